//! The `storage:` section: where the history lives when it is not the embedded SQLite file.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{invalid, ConfigError};

/// Validated `storage:` settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StorageConfig {
    /// `None`: the embedded SQLite store under `--storage.path`.
    pub postgres: Option<PostgresConfig>,
}

/// `storage.postgres`: a shared PostgreSQL database, for several replicas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostgresConfig {
    /// `postgres://USER@HOST:PORT/DB` (`--storage.postgres.url` overrides it).
    pub url: String,
    /// A file holding the password (its trailing newline ignored), so the URL carries none.
    pub password_file: Option<PathBuf>,
    /// libpq's name: `disable`, `prefer`, `require`, `verify-ca` or `verify-full`.
    pub sslmode: Option<String>,
    pub ca_file: Option<PathBuf>,
    pub cert_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
}

/// The TLS modes accepted in `sslmode`.
pub const SSL_MODES: &[&str] = &["disable", "prefer", "require", "verify-ca", "verify-full"];

impl PostgresConfig {
    /// Checks a connection URL's shape; the server itself is reached at start-up.
    pub fn check_url(url: &str) -> Result<(), String> {
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err("must be a URL like postgres://USER@HOST:5432/DB".into());
        }
        Ok(())
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStorage {
    postgres: Option<RawPostgres>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPostgres {
    url: Spanned<String>,
    password_file: Option<Spanned<String>>,
    sslmode: Option<Spanned<String>>,
    ca_file: Option<Spanned<String>>,
    cert_file: Option<Spanned<String>>,
    key_file: Option<Spanned<String>>,
}

impl RawStorage {
    /// Validates the section; `base` resolves relative file names.
    pub(super) fn validate(self, base: Option<&Path>) -> Result<StorageConfig, ConfigError> {
        let Some(raw) = self.postgres else {
            return Ok(StorageConfig::default());
        };
        PostgresConfig::check_url(&raw.url.value)
            .map_err(|m| invalid(&raw.url, "storage.postgres.url", m))?;
        let file =
            |span: &Option<Spanned<String>>, key: &str| -> Result<Option<PathBuf>, ConfigError> {
                let Some(span) = span else { return Ok(None) };
                let mut path = PathBuf::from(&span.value);
                if path.is_relative() {
                    if let Some(base) = base {
                        path = base.join(path);
                    }
                }
                std::fs::File::open(&path)
                    .map_err(|e| invalid(span, key, format!("reading {}: {e}", path.display())))?;
                Ok(Some(path))
            };
        if let Some(mode) = &raw.sslmode {
            if !SSL_MODES.contains(&mode.value.as_str()) {
                return Err(invalid(
                    mode,
                    "storage.postgres.sslmode",
                    format!("{:?} is not one of {}", mode.value, SSL_MODES.join(", ")),
                ));
            }
        }
        let cert_file = file(&raw.cert_file, "storage.postgres.cert_file")?;
        let key_file = file(&raw.key_file, "storage.postgres.key_file")?;
        if cert_file.is_some() != key_file.is_some() {
            let span = raw
                .cert_file
                .as_ref()
                .or(raw.key_file.as_ref())
                .expect("one is set");
            return Err(invalid(
                span,
                "storage.postgres",
                "cert_file and key_file go together",
            ));
        }
        Ok(StorageConfig {
            postgres: Some(PostgresConfig {
                url: raw.url.value.clone(),
                password_file: file(&raw.password_file, "storage.postgres.password_file")?,
                sslmode: raw.sslmode.map(|s| s.value),
                ca_file: file(&raw.ca_file, "storage.postgres.ca_file")?,
                cert_file,
                key_file,
            }),
        })
    }
}
