//! The `recurrence-exporter` binary: flags, logging, configuration, and running until a
//! shutdown signal. Everything else lives in the library.

use std::io::IsTerminal;
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
    #[arg(long = "storage.path", value_name = "DIR", default_value = "./data")]
    storage_path: PathBuf,

    /// Validate the configuration file, print the problem with its line and column, and exit.
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
    /// Classify alerts read from stdin (JSON lines of {"labels":…,"annotations":…}, or one
    /// Alertmanager webhook document); print one JSON line per alert.
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_max_level(cli.log_level)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("recurrence-exporter: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn load_config(path: Option<&PathBuf>) -> anyhow::Result<Config> {
    match path {
        Some(path) => Config::load(path).with_context(|| format!("loading {}", path.display())),
        None => Ok(Config::default()),
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Classify { explain }) => {
            let config = load_config(cli.config_file.as_ref())?;
            let stdin = std::io::stdin().lock();
            let stdout = std::io::stdout().lock();
            commands::classify(&config, explain, stdin, stdout).context("classifying stdin")?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::TestRules { files }) => {
            let totals = commands::test_rules(&files, std::io::stdout().lock())?;
            return Ok(if totals.failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            });
        }
        None => {}
    }
    if cli.config_check {
        let Some(path) = &cli.config_file else {
            anyhow::bail!("--config.check needs --config.file");
        };
        load_config(Some(path))?;
        println!("{}: configuration is valid", path.display());
        return Ok(ExitCode::SUCCESS);
    }
    let config = load_config(cli.config_file.as_ref())?;
    let settings = Settings {
        config,
        config_path: cli.config_file,
        storage_path: cli.storage_path,
        listen_address: cli.listen_address,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(serve(settings))?;
    Ok(ExitCode::SUCCESS)
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let storage = settings.storage_path.display().to_string();
    let app = Application::build(settings)
        .await
        .with_context(|| format!("starting with store {storage}"))?;
    tracing::info!(address = %app.local_addr(), version = env!("CARGO_PKG_VERSION"), "listening");
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
