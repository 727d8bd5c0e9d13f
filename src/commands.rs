//! The subcommands of the binary, each a function the thin `main` calls with its parsed flags
//! and the loaded configuration: `classify` and `test-rules` (offline classification), `fixes`
//! (a running daemon's API), `backup`, `import` and `migrate` (the store, a daemon's webhook,
//! PostgreSQL).
//!
//! They print their results; they do not parse flags, load the configuration or run the
//! daemon (`main` and `app` do).

use std::error::Error;
use std::path::PathBuf;

mod classify;
mod fixes;
mod store;

pub use classify::{
    classify, classify_stdin, test_rules, test_rules_stdout, ClassifyReport, TestTotals,
};
pub use fixes::{fixes, FixCommand};
pub use store::{backup, import, migrate, ImportCommand};

/// Why a subcommand failed.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("line {line}: {message}")]
    Input { line: usize, message: String },
    #[error("{path}: {message}")]
    TestFile { path: String, message: String },
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Client(#[from] crate::client::ClientError),
    #[error("the daemon answered {status}: {body}")]
    Daemon { status: u16, body: String },
    /// Flags or files that do not go together; nothing was done.
    #[error("{0}")]
    Usage(String),
    /// A step that failed, named; its cause is the error's source, so that an error chain
    /// printed with `{:#}` reads `step: cause`.
    #[error("{step}")]
    Step {
        step: String,
        #[source]
        cause: Box<dyn Error + Send + Sync>,
    },
    /// The copy into PostgreSQL failed.
    #[error("{0}")]
    Migrate(String),
}

/// Names the step an error happened in: `result.map_err(step("reading x"))`.
fn step<E: Into<Box<dyn Error + Send + Sync>>>(
    step: impl Into<String>,
) -> impl FnOnce(E) -> CommandError {
    let step = step.into();
    move |cause| CommandError::Step {
        step,
        cause: cause.into(),
    }
}

/// How the command line reaches a daemon run with `--web.config.file` and `auth:`.
#[derive(Debug, Default)]
pub struct Credentials {
    /// File holding the bearer token to send.
    pub bearer_token_file: Option<PathBuf>,
    /// Basic-auth user; needs `basic_password_file`.
    pub basic_user: Option<String>,
    pub basic_password_file: Option<PathBuf>,
    /// PEM CA certificates to trust for an https:// URL, besides the system's.
    pub ca_file: Option<PathBuf>,
}

impl Credentials {
    fn any(&self) -> bool {
        self.bearer_token_file.is_some()
            || self.basic_user.is_some()
            || self.basic_password_file.is_some()
            || self.ca_file.is_some()
    }
}

/// The URL of a running daemon, with the credentials read from their files.
pub fn daemon_url(
    url: &str,
    credentials: &Credentials,
) -> Result<crate::client::BaseUrl, CommandError> {
    let read = |path: &PathBuf| {
        std::fs::read_to_string(path).map_err(step(format!("reading {}", path.display())))
    };
    let mut base = crate::client::BaseUrl::parse(url)?;
    if let Some(path) = &credentials.ca_file {
        base = base.with_ca_file(path)?;
    }
    if let Some(path) = &credentials.bearer_token_file {
        base = base
            .with_bearer_token(read(path)?.trim())
            .map_err(step(path.display().to_string()))?;
    }
    match (&credentials.basic_user, &credentials.basic_password_file) {
        (Some(user), Some(path)) => {
            // Like a token file, surrounding white space (the final newline) is not part of it.
            base = base
                .with_basic_auth(user, read(path)?.trim())
                .map_err(step(path.display().to_string()))?;
        }
        (None, None) => {}
        _ => {
            return Err(CommandError::Usage(
                "--auth.basic-user and --auth.basic-password-file go together".into(),
            ))
        }
    }
    Ok(base)
}
