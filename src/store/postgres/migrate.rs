//! `migrate --from-sqlite=PATH --to-postgres=URL`: copies an embedded store's history, fixes
//! and counters' ledger into PostgreSQL.
//!
//! Idempotent and resumable: episodes are copied in the SQLite row order in batches, each
//! batch committed together with how far the copy got (`sqlite_imports`), and keyed by the
//! episode key, so a rerun after an interruption continues where the last commit left off and
//! a complete rerun copies nothing. A target that already holds a history not copied from
//! this file is refused unless `into_non_empty` is set.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::connect::Connector;
use super::{schema, sql};
use crate::incident::ledger::LedgerKey;
use crate::store::StoreError;

/// Episodes copied per transaction.
const BATCH: i64 = 5_000;

/// What a copy did.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MigrationReport {
    pub episodes_copied: u64,
    pub episodes_already_there: u64,
    pub fixes_copied: u64,
    pub ledger_rows_copied: u64,
    /// Whether this run continued an earlier, interrupted one.
    pub resumed: bool,
}

/// Why a copy stopped.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("reading the SQLite store {path}: {message}")]
    Source { path: String, message: String },
    #[error(transparent)]
    Target(#[from] StoreError),
    #[error("the PostgreSQL database already holds {episodes} episodes not copied from {path}; pass --into-non-empty to merge this store into it")]
    NotEmpty { path: String, episodes: i64 },
}

fn source_error(path: &Path, e: impl std::fmt::Display) -> MigrateError {
    MigrateError::Source {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// Copies the SQLite database file `db` into the database `target` reaches.
pub fn copy_from_sqlite(
    db: &Path,
    target: &Connector,
    into_non_empty: bool,
) -> Result<MigrationReport, MigrateError> {
    let source = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| source_error(db, e))?;
    source
        .busy_timeout(std::time::Duration::from_secs(5))
        .map_err(|e| source_error(db, e))?;
    let version: i64 = source
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| source_error(db, e))?;
    if version != crate::store::sqlite::SCHEMA_VERSION {
        return Err(source_error(
            db,
            format!(
                "schema version {version}; start this binary's daemon on it once to migrate it to version {} first",
                crate::store::sqlite::SCHEMA_VERSION
            ),
        ));
    }
    let mut client = target.connect()?;
    schema::migrate(&mut client, &target.to_string())?;
    let name = std::fs::canonicalize(db)
        .unwrap_or_else(|_| db.to_path_buf())
        .display()
        .to_string();
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS sqlite_imports (
                source     TEXT PRIMARY KEY,
                last_id    BIGINT NOT NULL,
                finished   BOOLEAN NOT NULL DEFAULT false
            )",
        )
        .map_err(sql)?;
    let progress = client
        .query_opt(
            "SELECT last_id FROM sqlite_imports WHERE source = $1",
            &[&name],
        )
        .map_err(sql)?
        .map(|r| r.get::<_, i64>(0));
    let mut report = MigrationReport {
        resumed: progress.is_some_and(|id| id > 0),
        ..MigrationReport::default()
    };
    if progress.is_none() && !into_non_empty {
        let episodes: i64 = client
            .query_one("SELECT count(*) FROM episodes", &[])
            .map_err(sql)?
            .get(0);
        if episodes > 0 {
            return Err(MigrateError::NotEmpty {
                path: name,
                episodes,
            });
        }
    }
    let mut last_id = progress.unwrap_or(0);

    // Fixes and ledger first, in one transaction with the progress row: small, and keyed.
    if progress.is_none() {
        let mut tx = client.transaction().map_err(sql)?;
        let mut fixes = source
            .prepare(
                "SELECT id, service, signature, ref, at, note, created_at FROM fixes ORDER BY id",
            )
            .map_err(|e| source_error(db, e))?;
        let rows = fixes
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, i64>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, i64>(6)?,
                ))
            })
            .map_err(|e| source_error(db, e))?;
        for row in rows {
            let (_, service, signature, reference, at, note, created_at) =
                row.map_err(|e| source_error(db, e))?;
            let inserted = tx
                .execute(
                    "INSERT INTO fixes (service, signature, ref, at, note, created_at)
                     SELECT $1, $2, $3, $4, $5, $6
                     WHERE NOT EXISTS (SELECT 1 FROM fixes WHERE service = $1 AND signature = $2 AND ref = $3 AND at = $4)",
                    &[&service, &signature, &reference, &at, &note, &created_at],
                )
                .map_err(sql)?;
            report.fixes_copied += inserted;
        }
        let mut ledger = source
            .prepare("SELECT key, basis, adjustment FROM counter_ledger ORDER BY key")
            .map_err(|e| source_error(db, e))?;
        let rows = ledger
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(|e| source_error(db, e))?;
        for row in rows {
            let (key, basis, adjustment) = row.map_err(|e| source_error(db, e))?;
            // A process's own counters stay with that process.
            if matches!(
                LedgerKey::decode(&key),
                Some(LedgerKey::Process { .. }) | None
            ) {
                continue;
            }
            report.ledger_rows_copied += tx
                .execute(
                    "INSERT INTO counter_ledger (key, basis, adjustment, seq) VALUES ($1, $2, $3, 0)
                     ON CONFLICT (key) DO NOTHING",
                    &[&key, &basis, &adjustment],
                )
                .map_err(sql)?;
        }
        tx.execute(
            "INSERT INTO sqlite_imports (source, last_id) VALUES ($1, 0)",
            &[&name],
        )
        .map_err(sql)?;
        tx.commit().map_err(sql)?;
    }

    let mut read = source
        .prepare(
            "SELECT id, source, fingerprint, starts_at, ends_at, last_seen, closed_by, service, signature,
                    rule, alertname, labels, annotations, links, evidence
             FROM episodes WHERE id > ?1 ORDER BY id LIMIT ?2",
        )
        .map_err(|e| source_error(db, e))?;
    loop {
        type Row = (
            i64,
            String,
            String,
            i64,
            Option<i64>,
            i64,
            Option<String>,
            String,
            String,
            String,
            String,
            String,
            String,
            String,
            Option<String>,
        );
        let rows: Vec<Row> = read
            .query_map(rusqlite::params![last_id, BATCH], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                    r.get(8)?,
                    r.get(9)?,
                    r.get(10)?,
                    r.get(11)?,
                    r.get(12)?,
                    r.get(13)?,
                    r.get(14)?,
                ))
            })
            .map_err(|e| source_error(db, e))?
            .collect::<Result<_, _>>()
            .map_err(|e| source_error(db, e))?;
        let Some(last) = rows.last().map(|r| r.0) else {
            break;
        };
        let column = |f: fn(&Row) -> Option<String>| rows.iter().map(f).collect::<Vec<_>>();
        let numbers = |f: fn(&Row) -> Option<i64>| rows.iter().map(f).collect::<Vec<_>>();
        let mut tx = client.transaction().map_err(sql)?;
        let inserted = tx
            .execute(
                "INSERT INTO episodes (source, fingerprint, starts_at, ends_at, last_seen, closed_by,
                     service, signature, rule, alertname, labels, annotations, links, evidence)
                 SELECT * FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[],
                     $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                     $12::text[], $13::text[], $14::text[])
                 ON CONFLICT (source, fingerprint, starts_at) DO NOTHING",
                &[
                    &column(|r| Some(r.1.clone())),
                    &column(|r| Some(r.2.clone())),
                    &numbers(|r| Some(r.3)),
                    &numbers(|r| r.4),
                    &numbers(|r| Some(r.5)),
                    &column(|r| r.6.clone()),
                    &column(|r| Some(r.7.clone())),
                    &column(|r| Some(r.8.clone())),
                    &column(|r| Some(r.9.clone())),
                    &column(|r| Some(r.10.clone())),
                    &column(|r| Some(r.11.clone())),
                    &column(|r| Some(r.12.clone())),
                    &column(|r| Some(r.13.clone())),
                    &column(|r| r.14.clone()),
                ],
            )
            .map_err(sql)?;
        tx.execute(
            "UPDATE sqlite_imports SET last_id = $2 WHERE source = $1",
            &[&name, &last],
        )
        .map_err(sql)?;
        tx.commit().map_err(sql)?;
        report.episodes_copied += inserted;
        report.episodes_already_there += rows.len() as u64 - inserted;
        last_id = last;
    }
    client
        .execute(
            "UPDATE sqlite_imports SET finished = true WHERE source = $1",
            &[&name],
        )
        .map_err(sql)?;
    Ok(report)
}
