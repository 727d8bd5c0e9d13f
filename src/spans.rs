//! Errors of configuration sections with the line and column of the offending key, shared by
//! the modules that own a section (`config`, `classify::rules`). Imports no project module.

use std::path::Path;

use serde_saphyr::Spanned;

/// Why a configuration was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    // The cause is part of the message and deliberately not a `source`: an error chain printed
    // with `{:#}` would say it twice.
    #[error("reading {path}: {error}")]
    Read { path: String, error: std::io::Error },
    /// The YAML parser's own message already carries the line, column and a snippet.
    #[error("{0}")]
    Syntax(String),
    #[error("line {line} column {column}: {key}: {message}")]
    Invalid {
        line: u64,
        column: u64,
        key: String,
        message: String,
    },
}

impl ConfigError {
    /// The error of a file's text: the YAML parser's snippet names its input `<input>`; the
    /// file's name is more use to whoever has to fix it.
    pub fn in_file(self, path: &Path) -> ConfigError {
        match self {
            ConfigError::Syntax(message) => ConfigError::Syntax(message.replacen(
                "--> <input>:",
                &format!("--> {}:", path.display()),
                1,
            )),
            other => other,
        }
    }

    /// A short, closed-set name for metric labels and logs.
    pub fn kind(&self) -> &'static str {
        match self {
            ConfigError::Read { .. } => "read",
            ConfigError::Syntax(_) => "syntax",
            ConfigError::Invalid { .. } => "invalid",
        }
    }
}

pub fn invalid<T>(
    span: &Spanned<T>,
    key: impl Into<String>,
    message: impl Into<String>,
) -> ConfigError {
    ConfigError::Invalid {
        line: span.referenced.line(),
        column: span.referenced.column(),
        key: key.into(),
        message: message.into(),
    }
}
