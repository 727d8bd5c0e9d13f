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

/// The URL of a running daemon, with the bearer token read from `token_file` if given.
fn daemon_url(
    url: &str,
    client: &ClientArgs,
) -> anyhow::Result<recurrence_exporter::client::BaseUrl> {
    let read = |path: &PathBuf| {
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
    };
    let mut base = recurrence_exporter::client::BaseUrl::parse(url)?;
    if let Some(path) = &client.ca_file {
        base = base.with_ca_file(path)?;
    }
    if let Some(path) = &client.bearer_token_file {
        base = base
            .with_bearer_token(read(path)?.trim())
            .with_context(|| path.display().to_string())?;
    }
    match (&client.basic_user, &client.basic_password_file) {
        (Some(user), Some(path)) => {
            // Like a token file, surrounding white space (the final newline) is not part of it.
            base = base
                .with_basic_auth(user, read(path)?.trim())
                .with_context(|| path.display().to_string())?;
        }
        (None, None) => {}
        _ => anyhow::bail!("--auth.basic-user and --auth.basic-password-file go together"),
    }
    Ok(base)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Classify { explain }) => {
            let config = load_config(cli.config_file.as_ref())?;
            let stdin = std::io::stdin().lock();
            let stdout = std::io::stdout().lock();
            let stderr = std::io::stderr().lock();
            let report = commands::classify(&config, explain, stdin, stdout, stderr)
                .context("classifying stdin")?;
            // Every readable alert has been printed; a bad line still fails the command.
            return Ok(if report.bad_lines == 0 {
                ExitCode::SUCCESS
            } else {
                eprintln!(
                    "recurrence-exporter: classify: {} alerts classified, {} lines could not be read",
                    report.alerts, report.bad_lines
                );
                ExitCode::FAILURE
            });
        }
        Some(Command::TestRules { files }) => {
            let totals = commands::test_rules(&files, std::io::stdout().lock())?;
            return Ok(if totals.failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            });
        }
        Some(Command::Backup { file }) => {
            if file.exists() {
                anyhow::bail!("{} already exists; choose a new file", file.display());
            }
            let db = cli
                .storage_path
                .join(recurrence_exporter::store::sqlite::DB_FILE);
            if !db.exists() {
                anyhow::bail!("no store at {}", db.display());
            }
            // Read-only and without the owner lock: a backup is taken while the daemon runs.
            recurrence_exporter::store::sqlite::SqliteStore::backup_file(&db, &file)
                .with_context(|| format!("backing up {} to {}", db.display(), file.display()))?;
            println!("backed up {} to {}", db.display(), file.display());
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Migrate {
            from_sqlite,
            to_postgres,
            into_non_empty,
        }) => {
            let config = load_config(cli.config_file.as_ref())?;
            let db = if from_sqlite.is_dir() {
                from_sqlite.join(recurrence_exporter::store::sqlite::DB_FILE)
            } else {
                from_sqlite.clone()
            };
            if !db.exists() {
                anyhow::bail!("no store at {}", db.display());
            }
            let report = commands::migrate(
                &db,
                &to_postgres,
                config.storage.postgres.as_ref(),
                into_non_empty,
            )?;
            println!(
                "{}",
                serde_json::to_string(&report).expect("report serialises")
            );
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Fixes {
            url,
            client,
            action,
        }) => {
            let action = match action {
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
            };
            let base = daemon_url(&url, &client)?;
            commands::fixes(&base, action, std::io::stdout().lock())?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Import {
            file,
            from_prometheus,
            since,
            step,
            url,
            client,
        }) => {
            use recurrence_exporter::import;
            let config = load_config(cli.config_file.as_ref())?;
            let credentials = client.bearer_token_file.is_some()
                || client.basic_user.is_some()
                || client.basic_password_file.is_some()
                || client.ca_file.is_some();
            if url.is_none() && credentials {
                anyhow::bail!("--auth.* and --tls.ca-file are for sending to a daemon: add --url");
            }
            let target = match url {
                Some(url) => import::Target::Daemon(daemon_url(&url, &client)?),
                None => import::Target::Store(cli.storage_path.clone()),
            };
            let mut sink =
                import::Sink::open(target, config).context("opening the import target")?;
            let result = match (&from_prometheus, &file) {
                (Some(prom), _) => {
                    let since = recurrence_exporter::config::parse_duration(&since)
                        .map_err(anyhow::Error::msg)
                        .context("--since")?;
                    let step = recurrence_exporter::config::parse_duration(&step)
                        .map_err(anyhow::Error::msg)
                        .context("--step")?;
                    let prom = recurrence_exporter::client::BaseUrl::parse(prom)?;
                    import::import_prometheus(&prom, since, step, &mut sink)
                }
                (None, Some(file)) => {
                    let input = import::open_input(file)
                        .with_context(|| format!("opening {}", file.display()))?;
                    import::import_lines(input, &mut sink)
                }
                (None, None) => unreachable!("clap requires a file or --from-prometheus"),
            };
            let report = sink.finish();
            println!(
                "{}",
                serde_json::to_string(&report).expect("report serialises")
            );
            result.context("importing")?;
            return Ok(ExitCode::SUCCESS);
        }
        None => {}
    }
    if cli.config_check {
        if cli.config_file.is_none() && cli.web_config_file.is_none() {
            anyhow::bail!("--config.check needs --config.file or --web.config.file");
        }
        let config = load_config(cli.config_file.as_ref())?;
        recurrence_exporter::auth::Security::load(&config.auth, cli.web_config_file.as_deref())?;
        for path in [&cli.config_file, &cli.web_config_file]
            .into_iter()
            .flatten()
        {
            println!("{}: configuration is valid", path.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut config = load_config(cli.config_file.as_ref())?;
    if let Some(url) = &cli.postgres_url {
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
        postgres.url = url.clone();
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
    tokio::spawn(async move {
        let Ok(mut hangups) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
        else {
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
