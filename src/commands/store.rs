//! `backup`, `import` and `migrate`: a consistent copy of the store, backfill into the store
//! or a running daemon, and a copy of the store into PostgreSQL. The import itself is
//! [`crate::import`], the copy SQLite's online backup, the migration
//! `store::postgres::migrate`.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{daemon_url, step, CommandError, Credentials};
use crate::config::{parse_duration, Config};
use crate::import;

/// `backup`: writes a consistent copy of the store under `storage` to `file`, which must not
/// exist yet. Read-only and without the owner lock: a backup is taken while the daemon runs.
pub fn backup(storage: &Path, file: &Path, mut output: impl Write) -> Result<(), CommandError> {
    if file.exists() {
        return Err(CommandError::Usage(format!(
            "{} already exists; choose a new file",
            file.display()
        )));
    }
    let db = storage.join(crate::store::sqlite::DB_FILE);
    if !db.exists() {
        return Err(CommandError::Usage(format!("no store at {}", db.display())));
    }
    crate::store::sqlite::SqliteStore::backup_file(&db, file).map_err(step(format!(
        "backing up {} to {}",
        db.display(),
        file.display()
    )))?;
    writeln!(output, "backed up {} to {}", db.display(), file.display())?;
    Ok(())
}

/// What to import, and where to.
pub struct ImportCommand {
    /// A JSON-lines file of webhook documents (`-` for standard input).
    pub file: Option<PathBuf>,
    /// A Prometheus server whose `ALERTS` series are read instead of `file`.
    pub from_prometheus: Option<String>,
    /// How far back, and at which resolution, Prometheus is read (durations as written).
    pub since: String,
    pub step: String,
    /// A running daemon to send to; `None` writes the store under `--storage.path`.
    pub url: Option<String>,
    pub credentials: Credentials,
}

/// `import`: replays the documents into the target and prints the report as one JSON line,
/// also when the import stopped part-way.
pub fn import(
    config: Config,
    storage: &Path,
    command: ImportCommand,
    mut output: impl Write,
) -> Result<(), CommandError> {
    if command.url.is_none() && command.credentials.any() {
        return Err(CommandError::Usage(
            "--auth.* and --tls.ca-file are for sending to a daemon: add --url".into(),
        ));
    }
    let target = match &command.url {
        Some(url) => import::Target::Daemon(daemon_url(url, &command.credentials)?),
        None => import::Target::Store(storage.to_path_buf()),
    };
    let mut sink = import::Sink::open(target, config).map_err(step("opening the import target"))?;
    let result = match (&command.from_prometheus, &command.file) {
        (Some(prom), _) => {
            let since = parse_duration(&command.since).map_err(step("--since"))?;
            let resolution = parse_duration(&command.step).map_err(step("--step"))?;
            let prom = crate::client::BaseUrl::parse(prom)?;
            import::import_prometheus(&prom, since, resolution, &mut sink)
        }
        (None, Some(file)) => {
            let input =
                import::open_input(file).map_err(step(format!("opening {}", file.display())))?;
            import::import_lines(input, &mut sink)
        }
        (None, None) => {
            return Err(CommandError::Usage(
                "import needs a file or --from-prometheus".into(),
            ))
        }
    };
    let report = sink.finish();
    writeln!(
        output,
        "{}",
        serde_json::to_string(&report).expect("report serialises")
    )?;
    result.map_err(step("importing"))
}

/// `migrate`: copies the SQLite store at `from_sqlite` (its directory or its file) into the
/// PostgreSQL database at `to_postgres`, with the password and TLS settings of the
/// configuration's `storage.postgres` section, and prints the report as one JSON line.
pub fn migrate(
    config: &Config,
    from_sqlite: &Path,
    to_postgres: &str,
    into_non_empty: bool,
    mut output: impl Write,
) -> Result<(), CommandError> {
    use crate::store::postgres::{migrate, Connector, PgOptions};
    let db = if from_sqlite.is_dir() {
        from_sqlite.join(crate::store::sqlite::DB_FILE)
    } else {
        from_sqlite.to_path_buf()
    };
    if !db.exists() {
        return Err(CommandError::Usage(format!("no store at {}", db.display())));
    }
    crate::config::PostgresConfig::check_url(to_postgres)
        .map_err(|m| CommandError::Migrate(format!("--to-postgres: {m}")))?;
    let postgres = config.storage.postgres.as_ref();
    let connector = Connector::new(&PgOptions::from_config(postgres, Some(to_postgres)))
        .map_err(|e| CommandError::Migrate(e.to_string()))?;
    let report = migrate::copy_from_sqlite(&db, &connector, into_non_empty)
        .map_err(|e| CommandError::Migrate(e.to_string()))?;
    writeln!(
        output,
        "{}",
        serde_json::to_string(&report).expect("report serialises")
    )?;
    Ok(())
}
