//! The `recurrence-exporter` binary: flags, logging, configuration, and running until a
//! shutdown signal. Everything else lives in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

use recurrence_exporter::app::{Application, Settings};
use recurrence_exporter::commands;
use recurrence_exporter::config::Config;

/// Measures how often the same root cause of an alert comes back: ingests Alertmanager
/// webhooks, classifies each alert into a service and failure signature, tracks incidents in a
/// durable store and exports recurrence metrics for Prometheus.
#[derive(Parser, Debug)]
#[command(name = "recurrence-exporter", version, max_term_width = 100)]
struct Cli {
    /// YAML configuration file; without it the daemon runs on built-in defaults.
    #[arg(long = "config.file", value_name = "PATH", global = true)]
    config_file: Option<PathBuf>,

    /// Address to listen on, HOST:PORT (or :PORT for all interfaces).
    #[arg(
        long = "web.listen-address",
        value_name = "ADDRESS",
        default_value = "127.0.0.1:8977"
    )]
    listen_address: String,

    /// Directory of the embedded store; created if missing.
    #[arg(
        long = "storage.path",
        value_name = "DIR",
        default_value = "./data",
        global = true
    )]
    storage_path: PathBuf,

    /// Keep the history in this PostgreSQL database instead of the embedded store, so that
    /// several replicas share it: postgres://USER@HOST:PORT/DB (overrides storage.postgres.url;
    /// put the password in storage.postgres.password_file, not here).
    #[arg(long = "storage.postgres.url", value_name = "URL", global = true)]
    postgres_url: Option<String>,

    /// Prometheus exporter-toolkit web configuration: TLS, client certificates, response
    /// headers and basic-auth users. Read again on reload.
    #[arg(long = "web.config.file", value_name = "PATH")]
    web_config_file: Option<PathBuf>,

    /// Validate the configuration file (and --web.config.file, with the files they name),
    /// print the problem with its line and column, and exit.
    #[arg(long = "config.check")]
    config_check: bool,

    /// Log level: error, warn, info or debug.
    #[arg(
        long = "log.level",
        value_name = "LEVEL",
        default_value = "info",
        global = true
    )]
    log_level: tracing::Level,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Classify alerts read from stdin (JSON lines of {"labels":…,"annotations":…}, webhook
    /// documents, or arrays such as Alertmanager's /api/v2/alerts); print one JSON line per
    /// alert. A bad line is reported and the rest classified.
    Classify {
        /// Also print the evidence that made the rule match.
        #[arg(long)]
        explain: bool,
    },
    /// Run signature rule tests (YAML files of alerts and expected signatures).
    TestRules {
        /// Test files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write a consistent copy of the store to FILE, safely while the daemon runs. Restore by
    /// stopping the daemon and copying FILE to STORAGE/recurrence.db.
    Backup {
        /// The copy to write; must not exist yet.
        file: PathBuf,
    },
    /// Copy an embedded store (history, fixes, counters' ledger) into PostgreSQL, before
    /// starting replicas on it. Idempotent and resumable: a rerun continues where an
    /// interrupted one stopped, and copies nothing once complete.
    Migrate {
        /// The SQLite store: its directory (--storage.path) or its recurrence.db file.
        #[arg(long = "from-sqlite", value_name = "PATH")]
        from_sqlite: PathBuf,
        /// The PostgreSQL database: postgres://USER@HOST:PORT/DB (password, TLS: the
        /// configuration's storage.postgres section).
        #[arg(long = "to-postgres", value_name = "URL")]
        to_postgres: String,
        /// Copy into a database that already holds another history.
        #[arg(long = "into-non-empty")]
        into_non_empty: bool,
    },
    /// Declare, list and remove fixes on a running daemon.
    Fixes {
        /// The daemon's base URL (http:// or https://).
        #[arg(long, default_value = "http://127.0.0.1:8977", global = true)]
        url: String,
        /// Credentials and CA: the admin token (`auth.admin`; `read` for `list`).
        #[command(flatten)]
        client: ClientArgs,
        #[command(subcommand)]
        action: FixAction,
    },
    /// Backfill history: replay a JSON-lines file of Alertmanager webhook documents, or the
    /// ALERTS series of a Prometheus server. Idempotent: importing twice changes nothing.
    Import {
        /// JSON-lines file of webhook documents (`-` for stdin).
        #[arg(required_unless_present = "from_prometheus")]
        file: Option<PathBuf>,
        /// Import ALERTS{alertstate="firing"} from this Prometheus server instead.
        #[arg(long = "from-prometheus", value_name = "URL")]
        from_prometheus: Option<String>,
        /// How far back to read from Prometheus.
        #[arg(long, default_value = "15d")]
        since: String,
        /// Resolution of the Prometheus import.
        #[arg(long, default_value = "1m")]
        step: String,
        /// Send to a running daemon at this URL (http:// or https://) instead of writing
        /// --storage.path directly.
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// Credentials and CA for --url: the webhook token (`auth.webhook`).
        #[command(flatten)]
        client: ClientArgs,
    },
}

/// How the command line reaches a daemon run with `--web.config.file` and `auth:`.
#[derive(clap::Args, Debug)]
struct ClientArgs {
    /// File holding the bearer token to send (the daemon's `auth:` token for the endpoint).
    #[arg(long = "auth.bearer-token-file", value_name = "PATH", global = true)]
    bearer_token_file: Option<PathBuf>,
    /// Basic-auth user (the web configuration's `basic_auth_users`); needs
    /// --auth.basic-password-file.
    #[arg(
        long = "auth.basic-user",
        value_name = "USER",
        global = true,
        conflicts_with = "bearer_token_file"
    )]
    basic_user: Option<String>,
    /// File holding the basic-auth password.
    #[arg(long = "auth.basic-password-file", value_name = "PATH", global = true)]
    basic_password_file: Option<PathBuf>,
    /// PEM file of the CA certificates to trust for an https:// URL, besides the system's.
    #[arg(long = "tls.ca-file", value_name = "PATH", global = true)]
    ca_file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum FixAction {
    /// Declare that a pair's root cause was fixed.
    Add {
        #[arg(long)]
        service: String,
        #[arg(long)]
        signature: String,
        /// Postmortem id or URL.
        #[arg(long = "ref")]
        reference: String,
        /// When the fix shipped (RFC 3339); default now.
        #[arg(long)]
        at: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// List declared fixes.
    List,
    /// Remove a fix by id.
    Rm { id: i64 },
}

impl From<ClientArgs> for commands::Credentials {
    fn from(args: ClientArgs) -> Self {
        commands::Credentials {
            bearer_token_file: args.bearer_token_file,
            basic_user: args.basic_user,
            basic_password_file: args.basic_password_file,
            ca_file: args.ca_file,
        }
    }
}

impl From<FixAction> for commands::FixCommand {
    fn from(action: FixAction) -> Self {
        match action {
            FixAction::Add {
                service,
                signature,
                reference,
                at,
                note,
            } => commands::FixCommand::Add {
                service,
                signature,
                reference,
                at,
                note,
            },
            FixAction::List => commands::FixCommand::List,
            FixAction::Rm { id } => commands::FixCommand::Remove(id),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The daemon's traces need the OTLP settings before the subscriber is installed; a bad
    // configuration is still reported by `run`.
    let otlp = match (&cli.command, cli.config_check) {
        (None, false) => load_config(cli.config_file.as_ref()).ok().map(|c| c.otlp),
        _ => None,
    };
    let telemetry =
        recurrence_exporter::telemetry::init(cli.log_level, otlp.as_ref(), &cli.listen_address);
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("recurrence-exporter: {e:#}");
            ExitCode::FAILURE
        }
    };
    // The runtime is gone; send the spans still waiting, within a bounded time.
    telemetry.shutdown();
    code
}

fn load_config(path: Option<&PathBuf>) -> anyhow::Result<Config> {
    match path {
        Some(path) => Config::load(path).with_context(|| format!("loading {}", path.display())),
        None => Ok(Config::default()),
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let config_file = cli.config_file.as_ref();
    let stdout = || std::io::stdout().lock();
    match cli.command {
        Some(Command::Classify { explain }) => Ok(commands::classify_stdin(
            &load_config(config_file)?,
            explain,
        )?),
        Some(Command::TestRules { files }) => Ok(commands::test_rules_stdout(&files)?),
        Some(Command::Backup { file }) => {
            commands::backup(&cli.storage_path, &file, stdout())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Migrate {
            from_sqlite,
            to_postgres,
            into_non_empty,
        }) => {
            let config = load_config(config_file)?;
            commands::migrate(
                &config,
                &from_sqlite,
                &to_postgres,
                into_non_empty,
                stdout(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Fixes {
            url,
            client,
            action,
        }) => {
            let base = commands::daemon_url(&url, &client.into())?;
            commands::fixes(&base, action.into(), stdout())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Import {
            file,
            from_prometheus,
            since,
            step,
            url,
            client,
        }) => {
            let config = load_config(config_file)?;
            let command = commands::ImportCommand {
                file,
                from_prometheus,
                since,
                step,
                url,
                credentials: client.into(),
            };
            commands::import(config, &cli.storage_path, command, stdout())?;
            Ok(ExitCode::SUCCESS)
        }
        None if cli.config_check => {
            check_config(cli.config_file.as_ref(), cli.web_config_file.as_ref())
        }
        None => {
            let mut config = load_config(config_file)?;
            if let Some(url) = &cli.postgres_url {
                use_postgres_url(&mut config, url)?;
            }
            let settings = Settings {
                config,
                config_path: cli.config_file,
                storage_path: cli.storage_path,
                listen_address: cli.listen_address,
                web_config: cli.web_config_file,
            };
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .context("starting the async runtime")?;
            runtime.block_on(serve(settings))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `--storage.postgres.url`: the history in this PostgreSQL database, whatever
/// `storage.postgres.url` says (its password file and TLS settings still apply).
fn use_postgres_url(config: &mut Config, url: &str) -> anyhow::Result<()> {
    recurrence_exporter::config::PostgresConfig::check_url(url)
        .map_err(|m| anyhow::anyhow!("--storage.postgres.url: {m}"))?;
    let postgres = config.storage.postgres.get_or_insert_with(|| {
        recurrence_exporter::config::PostgresConfig {
            url: String::new(),
            password_file: None,
            sslmode: None,
            ca_file: None,
            cert_file: None,
            key_file: None,
        }
    });
    postgres.url = url.to_string();
    Ok(())
}

/// `--config.check`: loads both files (and the files they name) and says they are valid.
fn check_config(
    config_file: Option<&PathBuf>,
    web_config_file: Option<&PathBuf>,
) -> anyhow::Result<ExitCode> {
    if config_file.is_none() && web_config_file.is_none() {
        anyhow::bail!("--config.check needs --config.file or --web.config.file");
    }
    let config = load_config(config_file)?;
    recurrence_exporter::auth::Security::load(&config.auth, web_config_file.map(PathBuf::as_path))?;
    for path in [config_file, web_config_file].into_iter().flatten() {
        println!("{}: configuration is valid", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let storage = match &settings.config.storage.postgres {
        Some(_) => "on PostgreSQL".to_string(),
        None => settings.storage_path.display().to_string(),
    };
    let app = Application::build(settings)
        .await
        .with_context(|| format!("starting with store {storage}"))?;
    tracing::info!(address = %app.local_addr(), tls = app.tls(), version = env!("CARGO_PKG_VERSION"), "listening");
    let reloader = app.reloader();
    // Registered before the daemon answers ready: SIGHUP's default action ends the process,
    // so a reload sent right after start-up must find the handler in place.
    let hangups = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup());
    tokio::spawn(async move {
        let Ok(mut hangups) = hangups else {
            return;
        };
        while hangups.recv().await.is_some() {
            let reloader = reloader.clone();
            let _ = tokio::task::spawn_blocking(move || reloader()).await;
        }
    });
    app.run_until(shutdown_signal()).await.context("serving")?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = terminate => {},
    }
}
