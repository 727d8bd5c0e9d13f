//! Wiring: opens the store, starts the writer, binds the listener and serves until a
//! shutdown future completes. Tests build an [`Application`] on port 0 with a temporary store.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::auth::{Guard, Security, SecurityError};
use crate::config::{Config, ConfigError};
use crate::export::{metrics, otlp};
use crate::http::{router, AppState};
use crate::state::{now_millis, Runtime, Shared};
use crate::store::postgres::{Connector, PgOptions, PgReader, PgStore};
use crate::store::sqlite::{SqliteReader, SqliteStore};
use crate::store::{writer, StoreError, StoreReader, StoreWriter};

/// Most webhooks waiting for the writer before new ones are refused with 503.
const WRITER_QUEUE: usize = 4096;
/// How long shutdown waits for in-flight requests before giving up on them.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(25);

/// What the daemon needs to start.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config: Config,
    /// Where the configuration came from; reloads read it again. `None`: built-in defaults.
    pub config_path: Option<PathBuf>,
    pub storage_path: PathBuf,
    pub listen_address: String,
    /// `--web.config.file`: TLS, response headers and basic-auth users; read again on reload.
    pub web_config: Option<PathBuf>,
}

/// Why the daemon could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("listening on {address}: {source}")]
    Bind {
        address: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("OTLP export: {0}")]
    Otlp(String),
    #[error(transparent)]
    Security(#[from] SecurityError),
}

/// A daemon that is bound and has its store open, ready to serve.
pub struct Application {
    listener: tokio::net::TcpListener,
    state: AppState,
    writer_thread: JoinHandle<()>,
    /// Pushes `/metrics` over OTLP when configured.
    otlp: Option<otlp::MetricsExporter>,
    /// Whether the listener serves TLS; fixed from start to end.
    tls: bool,
    /// The caps on open connections (`limits.max_connections*`), read at start-up.
    connections: crate::serve::Connections,
}

/// Opens a reader of its own for the integrity check.
type IntegrityCheck = Box<dyn FnOnce() -> Result<Box<dyn StoreReader>, StoreError> + Send>;

/// Checks the whole store once the history is loaded, on a connection of its own so that
/// neither ingestion nor the API waits. Damage makes `/-/ready` fail with the store's message
/// and counts a `corrupt` store error; nothing is reset.
fn spawn_integrity_check(open: IntegrityCheck, shared: Arc<Shared>) {
    let spawned = std::thread::Builder::new()
        .name("store-check".into())
        .spawn(move || {
            if shared.health.wait_loaded().is_err() {
                return;
            }
            let started = std::time::Instant::now();
            let result = open().and_then(|reader| reader.check_integrity());
            match result {
                Ok(()) => tracing::info!(
                    elapsed_ms = started.elapsed().as_millis() as u64,
                    "store integrity checked"
                ),
                Err(e) => {
                    tracing::error!(error = %e, "store integrity check failed");
                    shared.metrics.store_error(e.kind());
                    shared.health.damaged(e.to_string());
                }
            }
        });
    if let Err(e) = spawned {
        tracing::warn!(error = %e, "could not start the store integrity check");
    }
}

impl Application {
    /// Opens the store, starts the writer (which loads the history in the background) and
    /// binds the listener.
    pub async fn build(settings: Settings) -> Result<Application, StartError> {
        let otlp_settings =
            otlp::Settings::from_env(&settings.config.otlp).map_err(StartError::Otlp)?;
        let security = Security::load(&settings.config.auth, settings.web_config.as_deref())?;
        let tls = security.web.tls.is_some();
        let auth = Arc::new(Guard::new(security));
        let (store, reader, check): (Box<dyn StoreWriter>, Arc<dyn StoreReader>, IntegrityCheck) =
            match &settings.config.storage.postgres {
                None => {
                    let store = SqliteStore::open(&settings.storage_path)?;
                    let reader = Arc::new(SqliteReader::open(&settings.storage_path)?);
                    let storage = settings.storage_path.clone();
                    let check: IntegrityCheck = Box::new(move || {
                        Ok(Box::new(SqliteReader::open(&storage)?) as Box<dyn StoreReader>)
                    });
                    (Box::new(store), reader, check)
                }
                Some(postgres) => {
                    let connector = Connector::new(&PgOptions::from_config(Some(postgres), None))?;
                    let opening = connector.clone();
                    // The PostgreSQL client blocks: never on an async worker.
                    let store = tokio::task::spawn_blocking(move || PgStore::open(opening))
                        .await
                        .map_err(|e| StoreError::Open {
                            path: connector.to_string(),
                            message: e.to_string(),
                        })??;
                    let reader = Arc::new(PgReader::new(connector.clone()));
                    let check: IntegrityCheck = Box::new(move || {
                        Ok(Box::new(PgReader::new(connector)) as Box<dyn StoreReader>)
                    });
                    (Box::new(store), reader, check)
                }
            };
        let address = listen_address(&settings.listen_address);
        let listener = tokio::net::TcpListener::bind(&address)
            .await
            .map_err(|source| StartError::Bind { address, source })?;
        let shared = Arc::new(Shared::new(Runtime::new(settings.config.clone())));
        shared.metrics.reload_successful.set(1);
        shared
            .metrics
            .reload_success_timestamp
            .set(now_millis() as f64 / 1000.0);
        let (writer, writer_thread) = writer::spawn(store, shared.clone(), WRITER_QUEUE);
        spawn_integrity_check(check, shared.clone());
        let connections = crate::serve::Connections::new(crate::serve::ConnectionLimits::of(
            &settings.config.limits,
        ));
        let mut registry = metrics::registry(shared.clone());
        otlp::register(&mut registry);
        auth.register(&mut registry);
        connections.register(&mut registry);
        let registry = Arc::new(registry);
        let otlp = match &otlp_settings {
            Some(s) => otlp::spawn(
                s,
                registry.clone(),
                shared.clone(),
                otlp::instance_id(&settings.listen_address),
            )
            .map_err(StartError::Otlp)?,
            None => None,
        };
        let reload_shared = shared.clone();
        let config_path = settings.config_path.clone();
        let web_config = settings.web_config.clone();
        let reload_auth = auth.clone();
        let reloader = Arc::new(move || {
            reload(
                &reload_shared,
                &reload_auth,
                config_path.as_deref(),
                web_config.as_deref(),
            )
        });
        let in_flight = Arc::new(tokio::sync::Semaphore::new(
            settings.config.limits.max_in_flight,
        ));
        // At least one largest body fits, whatever the two limits say.
        let body_bytes = Arc::new(tokio::sync::Semaphore::new(
            settings
                .config
                .limits
                .max_buffered_body_bytes
                .max(settings.config.limits.max_body_bytes)
                .min(tokio::sync::Semaphore::MAX_PERMITS),
        ));
        Ok(Application {
            listener,
            state: AppState {
                reader,
                shared,
                writer,
                registry,
                reloader,
                in_flight,
                body_bytes,
                auth,
            },
            writer_thread,
            otlp,
            tls,
            connections,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Whether the listener serves TLS (`tls_server_config` in `--web.config.file`).
    pub fn tls(&self) -> bool {
        self.tls
    }

    pub fn shared(&self) -> Arc<Shared> {
        self.state.shared.clone()
    }

    /// Reloads the configuration the way SIGHUP and `/-/reload` do.
    pub fn reloader(&self) -> Arc<dyn Fn() -> Result<(), String> + Send + Sync> {
        self.state.reloader.clone()
    }

    /// Serves until `shutdown` completes, then stops accepting, lets in-flight requests finish
    /// (their data committed) and stops the writer after it has answered every queued job.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let Application {
            listener,
            state,
            writer_thread,
            otlp,
            tls,
            connections,
        } = self;
        let (drain_tx, drain_rx) = tokio::sync::oneshot::channel::<()>();
        let shared = state.shared.clone();
        let signalled = async move {
            shutdown.await;
            // `/-/ready` fails from here on, so a load balancer stops sending while the
            // requests in progress finish.
            shared.health.shutting_down();
            tracing::info!("shutting down: no new connections, finishing in-flight requests");
            let _ = drain_tx.send(());
        };
        let guard = state.auth.clone();
        let app = router(state);
        let server: std::pin::Pin<Box<dyn Future<Output = std::io::Result<()>> + Send>> = if tls {
            let listener = crate::tls::TlsListener::new(listener, guard, connections.sibling())?;
            Box::pin(crate::serve::serve(listener, app, connections, signalled))
        } else {
            Box::pin(crate::serve::serve(listener, app, connections, signalled))
        };
        let served = tokio::select! {
            result = server => result,
            _ = async {
                let _ = drain_rx.await;
                tokio::time::sleep(DRAIN_TIMEOUT).await;
            } => {
                tracing::warn!("in-flight requests did not finish within {DRAIN_TIMEOUT:?}; stopping anyway");
                Ok(())
            }
        };
        // The router, and with it every writer handle, is gone: the writer drains and stops.
        let _ = tokio::task::spawn_blocking(move || writer_thread.join()).await;
        // Everything is committed: one last OTLP export, bounded in time.
        if let Some(exporter) = otlp {
            let _ =
                tokio::task::spawn_blocking(move || exporter.shutdown(otlp::SHUTDOWN_BUDGET)).await;
        }
        served
    }
}

/// Longest a reload waits for the writer to put new incident settings in force; the writer
/// looks at least once a second.
const SETTINGS_APPLY_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// Accepts Prometheus' `:PORT` shorthand for all interfaces.
fn listen_address(address: &str) -> String {
    if address.starts_with(':') {
        format!("0.0.0.0{address}")
    } else {
        address.to_string()
    }
}

/// Reads the configuration, the token files and the web configuration again and puts them in
/// force only if all of them are valid.
pub fn reload(
    shared: &Shared,
    auth: &Guard,
    path: Option<&std::path::Path>,
    web_config: Option<&std::path::Path>,
) -> Result<(), String> {
    let span = tracing::info_span!(
        "config.reload",
        outcome = tracing::field::Empty,
        otel.status_code = tracing::field::Empty
    );
    let _entered = span.enter();
    let result = match path {
        Some(path) => Config::load(path),
        None => Ok(Config::default()),
    };
    match result {
        Ok(config) => {
            let security = Security::load(&config.auth, web_config)
                .and_then(|security| auth.check_replacement(&security).map(|()| security));
            let security = match security {
                Ok(security) => security,
                Err(e) => {
                    shared.metrics.reload_successful.set(0);
                    span.record("outcome", "refused");
                    span.record("otel.status_code", "ERROR");
                    tracing::error!(error = %e, kind = e.kind(), "configuration reload failed; keeping the previous one");
                    return Err(e.to_string());
                }
            };
            let generation = shared.swap_runtime(Runtime::new(config));
            auth.replace(security);
            if !shared.wait_settings_applied(generation, SETTINGS_APPLY_WAIT) {
                tracing::info!("the history is still loading; the new incident settings apply once it is loaded");
            }
            shared.metrics.reload_successful.set(1);
            shared
                .metrics
                .reload_success_timestamp
                .set(now_millis() as f64 / 1000.0);
            span.record("outcome", "applied");
            tracing::info!("configuration reloaded");
            Ok(())
        }
        Err(e) => {
            shared.metrics.reload_successful.set(0);
            span.record("outcome", "refused");
            span.record("otel.status_code", "ERROR");
            tracing::error!(error = %e, kind = e.kind(), "configuration reload failed; keeping the previous one");
            Err(describe(&e))
        }
    }
}

fn describe(e: &ConfigError) -> String {
    e.to_string()
}
