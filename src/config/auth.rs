//! The `auth:` section: which file holds the bearer tokens of each endpoint class.
//!
//! Only paths: secrets stay out of the YAML, and `auth` reads the files at start-up and on
//! every reload.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{invalid, ConfigError};

/// Where the bearer tokens of each endpoint class are; a class without a file is open (unless
/// the web configuration has basic-auth users). Only paths: secrets stay out of the YAML, and
/// `auth` reads the files at start-up and on every reload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthConfig {
    /// `POST /webhook/*` and any other ingestion path.
    pub webhook: Option<std::path::PathBuf>,
    /// Changes: `POST`/`DELETE /api/v1/fixes…` and `/-/reload`.
    pub admin: Option<std::path::PathBuf>,
    /// Reads: `/metrics`, the landing page and `GET /api/v1/…`.
    pub read: Option<std::path::PathBuf>,
}

impl AuthConfig {
    pub(super) fn resolve_relative_to(&mut self, dir: &Path) {
        for file in [&mut self.webhook, &mut self.admin, &mut self.read]
            .into_iter()
            .flatten()
        {
            if file.is_relative() {
                *file = dir.join(&*file);
            }
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAuth {
    webhook: Option<Spanned<RawAuthClass>>,
    admin: Option<Spanned<RawAuthClass>>,
    read: Option<Spanned<RawAuthClass>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuthClass {
    bearer_token_file: Spanned<String>,
}

impl RawAuth {
    pub(super) fn validate(self) -> Result<AuthConfig, ConfigError> {
        let file = |class: Option<Spanned<RawAuthClass>>, name: &str| match class {
            None => Ok(None),
            Some(span) => {
                let file = &span.value.bearer_token_file;
                if file.value.trim().is_empty() {
                    return Err(invalid(
                        file,
                        format!("auth.{name}.bearer_token_file"),
                        "must name a file",
                    ));
                }
                Ok(Some(std::path::PathBuf::from(&file.value)))
            }
        };
        Ok(AuthConfig {
            webhook: file(self.webhook, "webhook")?,
            admin: file(self.admin, "admin")?,
            read: file(self.read, "read")?,
        })
    }
}
