//! How to reach PostgreSQL: the connection string, the password file and TLS (rustls, with
//! the CA of `ca_file` or the system's), and a connection that comes back by itself with
//! backoff after PostgreSQL went away.

use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use postgres::tls::{ChannelBinding, MakeTlsConnect, TlsConnect, TlsStream};
use postgres::{Client, NoTls};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::store::StoreError;

/// How long one connection attempt may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// Longest wait between two reconnection attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// TLS towards PostgreSQL, as libpq's `sslmode` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Plain TCP (or a Unix socket).
    Disable,
    /// TLS if the server offers it, else plain.
    Prefer,
    /// TLS, and the server's certificate must chain to the CA and name the host. rustls has
    /// no unverified mode, so libpq's `require`, `verify-ca` and `verify-full` all mean this.
    Require,
}

impl SslMode {
    /// The libpq name; `None` for a name this client does not support.
    pub fn parse(name: &str) -> Option<SslMode> {
        match name {
            "disable" => Some(SslMode::Disable),
            "prefer" => Some(SslMode::Prefer),
            "require" | "verify-ca" | "verify-full" => Some(SslMode::Require),
            _ => None,
        }
    }
}

/// Where and how to connect, as the configuration says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgOptions {
    /// `postgres://USER@HOST:PORT/DB?…`; a password in it works but is better in a file.
    pub url: String,
    pub password_file: Option<PathBuf>,
    /// Overrides the URL's `sslmode`.
    pub sslmode: Option<SslMode>,
    pub ca_file: Option<PathBuf>,
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
}

impl PgOptions {
    /// The validated `storage.postgres` section, with `url` in place of its own when given
    /// (`--storage.postgres.url`, `migrate --to-postgres`).
    pub fn from_config(
        config: Option<&crate::config::PostgresConfig>,
        url: Option<&str>,
    ) -> PgOptions {
        PgOptions {
            url: url
                .map(str::to_string)
                .or_else(|| config.map(|c| c.url.clone()))
                .unwrap_or_default(),
            password_file: config.and_then(|c| c.password_file.clone()),
            sslmode: config
                .and_then(|c| c.sslmode.as_deref())
                .and_then(SslMode::parse),
            ca_file: config.and_then(|c| c.ca_file.clone()),
            cert_file: config.and_then(|c| c.cert_file.clone()),
            key_file: config.and_then(|c| c.key_file.clone()),
        }
    }
}

/// A validated way to open connections. Its `Display` shows user, host, port and database,
/// never the password.
#[derive(Clone)]
pub struct Connector {
    config: postgres::Config,
    tls: Option<RustlsConnect>,
    shown: String,
}

impl std::fmt::Display for Connector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.shown)
    }
}

fn open_error(shown: &str, message: impl std::fmt::Display) -> StoreError {
    StoreError::Open {
        path: shown.to_string(),
        message: message.to_string(),
    }
}

impl Connector {
    pub fn new(options: &PgOptions) -> Result<Connector, StoreError> {
        let mut config: postgres::Config = options.url.parse().map_err(|e| {
            open_error(
                "storage.postgres.url",
                format!("not a PostgreSQL connection URL: {e}"),
            )
        })?;
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("recurrence-exporter");
        let shown = describe(&config);
        if let Some(file) = &options.password_file {
            let text = std::fs::read_to_string(file).map_err(|e| {
                open_error(
                    &shown,
                    format!("reading password_file {}: {e}", file.display()),
                )
            })?;
            config.password(text.trim_end_matches(['\n', '\r']));
        }
        if let Some(mode) = options.sslmode {
            config.ssl_mode(match mode {
                SslMode::Disable => postgres::config::SslMode::Disable,
                SslMode::Prefer => postgres::config::SslMode::Prefer,
                SslMode::Require => postgres::config::SslMode::Require,
            });
        }
        let tls = match config.get_ssl_mode() {
            postgres::config::SslMode::Disable => None,
            _ => Some(RustlsConnect(Arc::new(client_config(options).map_err(
                |message| open_error(&shown, format!("TLS settings: {message}")),
            )?))),
        };
        Ok(Connector { config, tls, shown })
    }

    /// One connection attempt.
    pub fn connect(&self) -> Result<Client, StoreError> {
        let result = match &self.tls {
            Some(tls) => self.config.connect(tls.clone()),
            None => self.config.connect(NoTls),
        };
        result.map_err(|e| StoreError::Unreachable(format!("{}: {}", self.shown, error_text(&e))))
    }
}

/// `user@host:port/db` of a configuration, without its password.
fn describe(config: &postgres::Config) -> String {
    let host = config
        .get_hosts()
        .iter()
        .map(|h| match h {
            postgres::config::Host::Tcp(name) => name.clone(),
            postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .collect::<Vec<_>>()
        .join(",");
    let port = config
        .get_ports()
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(",");
    format!(
        "postgres://{}@{}:{}/{}",
        config.get_user().unwrap_or(""),
        host,
        if port.is_empty() { "5432".into() } else { port },
        config.get_dbname().unwrap_or("")
    )
}

/// A PostgreSQL error with its server message and detail when there is one.
pub fn error_text(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{} ({})", db.message(), db.code().code()),
        None => match std::error::Error::source(e) {
            Some(cause) => format!("{e}: {cause}"),
            None => e.to_string(),
        },
    }
}

/// rustls settings for `options`: the CA file's roots (else the system's bundle) and the
/// client certificate when both its files are given.
fn client_config(options: &PgOptions) -> Result<rustls::ClientConfig, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let mut roots = rustls::RootCertStore::empty();
    let bundle = options
        .ca_file
        .clone()
        .unwrap_or_else(|| PathBuf::from("/etc/ssl/certs/ca-certificates.crt"));
    if bundle.exists() || options.ca_file.is_some() {
        let certs = CertificateDer::pem_file_iter(&bundle)
            .and_then(|i| i.collect::<Result<Vec<_>, _>>())
            .map_err(|e| format!("ca_file {}: {e}", bundle.display()))?;
        let (added, _) = roots.add_parsable_certificates(certs);
        if added == 0 {
            return Err(format!(
                "ca_file {}: no certificate in it",
                bundle.display()
            ));
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots);
    match (&options.cert_file, &options.key_file) {
        (Some(cert), Some(key)) => {
            let chain = CertificateDer::pem_file_iter(cert)
                .and_then(|i| i.collect::<Result<Vec<_>, _>>())
                .map_err(|e| format!("cert_file {}: {e}", cert.display()))?;
            let key = PrivateKeyDer::from_pem_file(key)
                .map_err(|e| format!("key_file {}: {e}", key.display()))?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| format!("client certificate: {e}"))
        }
        (None, None) => Ok(builder.with_no_client_auth()),
        _ => Err("cert_file and key_file go together".into()),
    }
}

/// A connection that reconnects by itself: after a failure, the next use tries again, at
/// most once per backoff step (1 s doubling to 5 s), so an unreachable server costs one
/// attempt per step, not one per request.
pub struct Link {
    connector: Connector,
    client: Option<Client>,
    next_attempt: Option<Instant>,
    backoff: Duration,
    /// Counts connections opened, so that session state (a lock) can be tied to one.
    generation: u64,
    /// Run on every new connection (e.g. LISTEN, session settings).
    on_connect: fn(&mut Client) -> Result<(), postgres::Error>,
}

impl Link {
    pub fn new(
        connector: Connector,
        on_connect: fn(&mut Client) -> Result<(), postgres::Error>,
    ) -> Link {
        Link {
            connector,
            client: None,
            next_attempt: None,
            backoff: Duration::from_secs(1),
            generation: 0,
            on_connect,
        }
    }

    pub fn connector(&self) -> &Connector {
        &self.connector
    }

    /// The connection, opening it first if needed; a closed one is replaced.
    pub fn client(&mut self) -> Result<&mut Client, StoreError> {
        if self.client.as_ref().is_some_and(Client::is_closed) {
            self.client = None;
            tracing::warn!(server = %self.connector, "the PostgreSQL connection was closed; reconnecting");
        }
        if self.client.is_none() {
            if self.next_attempt.is_some_and(|at| Instant::now() < at) {
                return Err(StoreError::Unreachable(format!(
                    "{}: waiting to reconnect",
                    self.connector
                )));
            }
            match self.connector.connect().and_then(|mut client| {
                (self.on_connect)(&mut client)
                    .map_err(|e| StoreError::Unreachable(error_text(&e)))?;
                Ok(client)
            }) {
                Ok(client) => {
                    if self.next_attempt.take().is_some() {
                        tracing::info!(server = %self.connector, "reconnected to PostgreSQL");
                    }
                    self.backoff = Duration::from_secs(1);
                    self.generation += 1;
                    self.client = Some(client);
                }
                Err(e) => {
                    self.next_attempt = Some(Instant::now() + self.backoff);
                    self.backoff = (self.backoff * 2).min(MAX_BACKOFF);
                    return Err(e);
                }
            }
        }
        Ok(self.client.as_mut().expect("connected"))
    }

    /// Which connection is open: changes with every reconnection.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Drops the connection after an error that may have broken it; the next use reconnects
    /// (at once the first time, then with backoff).
    pub fn forget(&mut self) {
        if self.client.take().is_some() {
            tracing::warn!(server = %self.connector, "dropping the PostgreSQL connection after an error");
        }
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        // A client owns a small runtime of its own, which must not be dropped on an async
        // worker (the daemon may drop a reader there at shutdown).
        if let Some(client) = self.client.take() {
            if tokio::runtime::Handle::try_current().is_ok() {
                let _ = std::thread::Builder::new()
                    .name("postgres-close".into())
                    .spawn(move || drop(client));
            }
        }
    }
}

/// Maps a PostgreSQL error to the store's closed set of failures.
pub fn classify(e: &postgres::Error) -> StoreError {
    use postgres::error::SqlState;
    let text = error_text(e);
    match e.code() {
        Some(c) if *c == SqlState::DISK_FULL || *c == SqlState::OUT_OF_MEMORY => {
            StoreError::Full(text)
        }
        Some(c) if *c == SqlState::READ_ONLY_SQL_TRANSACTION => StoreError::ReadOnly(text),
        Some(c) if *c == SqlState::DATA_CORRUPTED || *c == SqlState::INDEX_CORRUPTED => {
            StoreError::Corrupt {
                path: "postgres".into(),
                message: text,
            }
        }
        Some(_) => StoreError::Io(text),
        None => StoreError::Unreachable(text),
    }
}

/// TLS for tokio-postgres through the rustls already in the tree (no OpenSSL).
#[derive(Clone)]
struct RustlsConnect(Arc<rustls::ClientConfig>);

struct RustlsConnector {
    config: Arc<rustls::ClientConfig>,
    name: rustls::pki_types::ServerName<'static>,
}

impl<S> MakeTlsConnect<S> for RustlsConnect
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = RustlsStream<S>;
    type TlsConnect = RustlsConnector;
    type Error = rustls::pki_types::InvalidDnsNameError;

    fn make_tls_connect(&mut self, domain: &str) -> Result<RustlsConnector, Self::Error> {
        Ok(RustlsConnector {
            config: self.0.clone(),
            name: rustls::pki_types::ServerName::try_from(domain.to_string())?,
        })
    }
}

impl<S> TlsConnect<S> for RustlsConnector
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = RustlsStream<S>;
    type Error = std::io::Error;
    type Future =
        Pin<Box<dyn std::future::Future<Output = std::io::Result<RustlsStream<S>>> + Send>>;

    fn connect(self, stream: S) -> Self::Future {
        Box::pin(async move {
            let stream = tokio_rustls::TlsConnector::from(self.config)
                .connect(self.name, stream)
                .await?;
            Ok(RustlsStream(stream))
        })
    }
}

struct RustlsStream<S>(tokio_rustls::client::TlsStream<S>);

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for RustlsStream<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for RustlsStream<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> TlsStream for RustlsStream<S> {
    fn channel_binding(&self) -> ChannelBinding {
        ChannelBinding::none()
    }
}
