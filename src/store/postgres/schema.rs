//! The PostgreSQL schema and its versioned migrations, run once under an advisory lock so that
//! replicas starting together do not race.

use postgres::Client;

use super::connect::{classify, error_text};
use crate::store::StoreError;

/// Advisory lock keys (one 64-bit space per database): chosen once, never reused.
pub const MIGRATION_LOCK: i64 = 0x7265_6375_0001;
/// Held by the replica that runs the once-only duties (stale closing, retention, log trim).
pub const LEADER_LOCK: i64 = 0x7265_6375_0002;
/// Taken by every write transaction: commits are serialised so that the change log's
/// sequence numbers become visible in order and a reader never skips one.
pub const COMMIT_LOCK: i64 = 0x7265_6375_0003;

/// Migrations; entry `i` upgrades version `i` to `i + 1`. Text columns that are sorted or
/// grouped use the "C" collation, so the order is bytewise as in SQLite whatever the
/// database's locale.
const MIGRATIONS: &[&str] = &[
    // 1: everything the SQLite store has at its version 5, plus the change log replicas follow.
    r#"CREATE TABLE episodes (
        id          BIGSERIAL PRIMARY KEY,
        source      TEXT COLLATE "C" NOT NULL,
        fingerprint TEXT COLLATE "C" NOT NULL,
        starts_at   BIGINT NOT NULL,
        ends_at     BIGINT,
        last_seen   BIGINT NOT NULL,
        closed_by   TEXT,
        service     TEXT COLLATE "C" NOT NULL,
        signature   TEXT COLLATE "C" NOT NULL,
        rule        TEXT NOT NULL,
        alertname   TEXT NOT NULL,
        labels      TEXT NOT NULL,
        annotations TEXT NOT NULL,
        links       TEXT NOT NULL DEFAULT '{}',
        evidence    TEXT,
        UNIQUE (source, fingerprint, starts_at)
    );
    CREATE INDEX episodes_pair_history ON episodes (service, signature, starts_at) INCLUDE (ends_at, alertname);
    CREATE INDEX episodes_ends_at ON episodes (ends_at);
    CREATE TABLE fixes (
        id         BIGSERIAL PRIMARY KEY,
        service    TEXT NOT NULL,
        signature  TEXT NOT NULL,
        ref        TEXT NOT NULL,
        at         BIGINT NOT NULL,
        note       TEXT,
        created_at BIGINT NOT NULL
    );
    CREATE TABLE counter_ledger (
        key        TEXT COLLATE "C" PRIMARY KEY,
        basis      TEXT NOT NULL,
        adjustment TEXT NOT NULL,
        seq        BIGINT NOT NULL
    );
    CREATE TABLE change_log (
        seq         BIGINT PRIMARY KEY,
        replica     TEXT NOT NULL,
        at          BIGINT NOT NULL,
        kind        TEXT NOT NULL,
        source      TEXT,
        fingerprint TEXT,
        starts_at   BIGINT,
        ends_at     BIGINT,
        last_seen   BIGINT,
        stale       BOOLEAN,
        service     TEXT,
        signature   TEXT,
        rule        TEXT,
        alertname   TEXT,
        fix_id      BIGINT,
        cutoff      BIGINT,
        removed     BIGINT
    );"#,
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database to [`SCHEMA_VERSION`]; refuses a newer one.
pub fn migrate(client: &mut Client, shown: &str) -> Result<(), StoreError> {
    let sql = |e: postgres::Error| classify(&e);
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .map_err(sql)?;
    let result = migrate_locked(client, shown);
    let unlocked = client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK]);
    result?;
    unlocked.map_err(sql)?;
    Ok(())
}

fn migrate_locked(client: &mut Client, shown: &str) -> Result<(), StoreError> {
    let sql = |e: postgres::Error| classify(&e);
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )",
        )
        .map_err(|e| StoreError::Open {
            path: shown.to_string(),
            message: format!("creating schema_migrations: {}", error_text(&e)),
        })?;
    let version: i64 = client
        .query_one(
            "SELECT COALESCE(MAX(version), 0)::BIGINT FROM schema_migrations",
            &[],
        )
        .map_err(sql)?
        .get(0);
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: shown.to_string(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let mut tx = client.transaction().map_err(sql)?;
        tx.batch_execute(migration).map_err(|e| StoreError::Open {
            path: shown.to_string(),
            message: format!("migration {}: {}", index + 1, error_text(&e)),
        })?;
        tx.execute(
            "INSERT INTO schema_migrations (version) VALUES ($1)",
            &[&(index as i32 + 1)],
        )
        .map_err(sql)?;
        tx.commit().map_err(sql)?;
        tracing::info!(
            store = shown,
            version = index + 1,
            "PostgreSQL schema migrated"
        );
    }
    Ok(())
}
