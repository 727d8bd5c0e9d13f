//! Wiring: opens the store, starts the writer, binds the listener and serves until a
//! shutdown future completes. Tests build an [`Application`] on port 0 with a temporary store.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::config::{Config, ConfigError};
use crate::export::{metrics, otlp};
use crate::http::{router, AppState};
use crate::state::{now_millis, Runtime, Shared};
use crate::store::sqlite::SqliteStore;
use crate::store::{writer, StoreError};

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
}

/// A daemon that is bound and has its store open, ready to serve.
pub struct Application {
    listener: tokio::net::TcpListener,
    state: AppState,
    writer_thread: JoinHandle<()>,
    /// Pushes `/metrics` over OTLP when configured.
    otlp: Option<otlp::MetricsExporter>,
}

impl Application {
    /// Opens the store, starts the writer (which loads the history in the background) and
    /// binds the listener.
    pub async fn build(settings: Settings) -> Result<Application, StartError> {
        let otlp_settings =
            otlp::Settings::from_env(&settings.config.otlp).map_err(StartError::Otlp)?;
        let store = SqliteStore::open(&settings.storage_path)?;
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
        let (writer, writer_thread) = writer::spawn(Box::new(store), shared.clone(), WRITER_QUEUE);
        let mut registry = metrics::registry(shared.clone());
        otlp::register(&mut registry);
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
        let reloader = Arc::new(move || reload(&reload_shared, config_path.as_deref()));
        let in_flight = Arc::new(tokio::sync::Semaphore::new(
            settings.config.limits.max_in_flight,
        ));
        Ok(Application {
            listener,
            state: AppState {
                shared,
                writer,
                registry,
                reloader,
                in_flight,
            },
            writer_thread,
            otlp,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
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
        } = self;
        let (drain_tx, drain_rx) = tokio::sync::oneshot::channel::<()>();
        let signalled = async move {
            shutdown.await;
            tracing::info!("shutting down: no new connections, finishing in-flight requests");
            let _ = drain_tx.send(());
        };
        let server = axum::serve(listener, router(state)).with_graceful_shutdown(signalled);
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

/// Accepts Prometheus' `:PORT` shorthand for all interfaces.
fn listen_address(address: &str) -> String {
    if address.starts_with(':') {
        format!("0.0.0.0{address}")
    } else {
        address.to_string()
    }
}

/// Reads the configuration again and puts it in force only if it is valid.
pub fn reload(shared: &Shared, path: Option<&std::path::Path>) -> Result<(), String> {
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
            shared.swap_runtime(Runtime::new(config));
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
