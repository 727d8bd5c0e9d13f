//! The embedded store: one SQLite database in WAL mode with `synchronous=FULL`, so a commit
//! that returned has reached the disk and survives a power cut, not only a process crash.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, ErrorCode};

use super::owner::{Identity, OwnerLock};
use super::{
    decode_map, Committed, EpisodeDetail, EpisodeLinks, HistoryRow, StoreError, StoreReader,
    StoreWriter,
};
use crate::incident::ledger::{decode_figures, encode_figures, LedgerKey, LedgerRow};
use crate::incident::{Change, EpisodeKey, EpisodeRecord, Fix, Restored};
use crate::ingest::Source;
use crate::model::Millis;

/// File name of the database inside `--storage.path`.
pub const DB_FILE: &str = "recurrence.db";

/// Schema migrations; entry `i` upgrades version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: episodes.
    "CREATE TABLE episodes (
        id          INTEGER PRIMARY KEY,
        source      TEXT    NOT NULL,
        fingerprint TEXT    NOT NULL,
        starts_at   INTEGER NOT NULL,
        ends_at     INTEGER,
        last_seen   INTEGER NOT NULL,
        closed_by   TEXT,
        service     TEXT    NOT NULL,
        signature   TEXT    NOT NULL,
        rule        TEXT    NOT NULL,
        alertname   TEXT    NOT NULL,
        labels      TEXT    NOT NULL,
        annotations TEXT    NOT NULL,
        UNIQUE (source, fingerprint, starts_at)
    );
    CREATE INDEX episodes_pair_start ON episodes (service, signature, starts_at);
    CREATE INDEX episodes_ends_at ON episodes (ends_at);",
    // 2: declared fixes.
    "CREATE TABLE fixes (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        service    TEXT    NOT NULL,
        signature  TEXT    NOT NULL,
        ref        TEXT    NOT NULL,
        at         INTEGER NOT NULL,
        note       TEXT,
        created_at INTEGER NOT NULL
    );",
    // 3: links from the sender and the classifier's evidence, for the incident API.
    "ALTER TABLE episodes ADD COLUMN links TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE episodes ADD COLUMN evidence TEXT;",
    // 4: start-up reads each pair's history in order from this index alone (it covers the
    // query), instead of reading every row of the table.
    "CREATE INDEX episodes_pair_history ON episodes (service, signature, starts_at, ends_at, alertname);
    DROP INDEX episodes_pair_start;",
    // 5: the counters' ledger (incident::ledger): per counted subject, the figures last
    // followed and the sum of their decreases, so counters never go down across restarts.
    "CREATE TABLE counter_ledger (
        key        TEXT PRIMARY KEY,
        basis      TEXT NOT NULL,
        adjustment TEXT NOT NULL
    ) WITHOUT ROWID;",
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// A SQLite-backed [`StoreWriter`].
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    /// Held while the store is open: no other process writes it meanwhile.
    _owner: OwnerLock,
    /// The database file and directory as opened; [`StoreWriter::verify`] compares against it.
    identity: Identity,
    /// Ledger rows to write first in the next transaction, by encoded key.
    staged: std::collections::BTreeMap<String, (String, String)>,
}

impl SqliteStore {
    /// Opens (creating if needed) the store in directory `dir`, migrating older schemas.
    pub fn open(dir: &Path) -> Result<SqliteStore, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
            path: dir.display().to_string(),
            message: format!("creating the storage directory: {e}"),
        })?;
        Self::open_file(&dir.join(DB_FILE))
    }

    /// Opens the database file itself, as its only writer: another process that has it open
    /// for writing makes this fail with a `locked` error.
    pub fn open_file(path: &Path) -> Result<SqliteStore, StoreError> {
        let shown = path.display().to_string();
        let owner = OwnerLock::acquire(path)?;
        let conn = Connection::open(path).map_err(|e| StoreError::Open {
            path: shown.clone(),
            message: format!("{e}{}", writability_hint(path)),
        })?;
        let identity = Identity::of(path).map_err(|e| StoreError::Open {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
            _owner: owner,
            identity,
            staged: Default::default(),
        };
        store.prepare().map_err(|e| match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
                StoreError::Corrupt {
                    path: shown.clone(),
                    message: e.to_string(),
                }
            }
            _ => StoreError::Open {
                path: shown.clone(),
                message: format!("{e}{}", writability_hint(path)),
            },
        })?;
        store.migrate()?;
        Ok(store)
    }

    fn prepare(&mut self) -> rusqlite::Result<()> {
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Reading the journal mode touches the header, so a file that is not a database fails here.
        let _: String = self
            .conn
            .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        self.conn.execute_batch("PRAGMA synchronous=FULL;")?;
        // A full integrity check reads the whole file (seconds for millions of episodes), so
        // start-up checks only what can be checked from the header, the load reads every page
        // of the history index, and `SqliteReader::check_integrity` runs after start-up.
        if let Some(problem) = truncation(&self.path) {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(problem),
            ));
        }
        Ok(())
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let path = self.path.display().to_string();
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(classify_error)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        // A new store runs every migration on empty tables: one line says so. An existing
        // store's migrations may take a while, so each is logged before and after.
        let fresh = version == 0;
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            // Some migrations build an index over every episode: about 3 s per million.
            if !fresh {
                tracing::info!(store = %path, version = index + 1, "migrating the store schema");
            }
            let tx = self.conn.transaction().map_err(classify_error)?;
            tx.execute_batch(sql).map_err(classify_error)?;
            tx.pragma_update(None, "user_version", index as i64 + 1)
                .map_err(classify_error)?;
            tx.commit().map_err(classify_error)?;
            if !fresh {
                tracing::info!(store = %path, version = index + 1, "store schema migrated");
            }
        }
        if fresh {
            tracing::info!(store = %path, version = SCHEMA_VERSION, "created a new store");
        }
        Ok(())
    }

    /// Writes a consistent copy of the database to `target` while it is in use.
    pub fn backup_to(&self, target: &Path) -> Result<(), StoreError> {
        backup_connection(&self.conn, target)
    }

    /// Writes a consistent copy of the database file `db` to `target` without becoming its
    /// owner, so it works while a daemon runs: the connection is read-only (it neither
    /// migrates nor writes), and SQLite's own locks give the copy one consistent snapshot.
    pub fn backup_file(db: &Path, target: &Path) -> Result<(), StoreError> {
        let conn = Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| StoreError::Open {
                path: db.display().to_string(),
                message: e.to_string(),
            })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(classify_error)?;
        backup_connection(&conn, target)
    }
}

/// Copies the database behind `conn` to a new file `target` with SQLite's online backup.
fn backup_connection(conn: &Connection, target: &Path) -> Result<(), StoreError> {
    let mut dest = Connection::open(target).map_err(|e| StoreError::Open {
        path: target.display().to_string(),
        message: e.to_string(),
    })?;
    let backup = rusqlite::backup::Backup::new(conn, &mut dest).map_err(classify_error)?;
    backup
        .run_to_completion(1024, std::time::Duration::from_millis(0), None)
        .map_err(classify_error)
}

/// Whether the file is shorter than its header says, when that can be told: the header's
/// page count is valid when its version-valid-for number equals the change counter, and the
/// file must be that long unless a write-ahead log still holds pages not yet checkpointed.
fn truncation(db: &Path) -> Option<String> {
    let wal = db.with_extension("db-wal");
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        return None;
    }
    let mut header = [0u8; 100];
    let mut file = std::fs::File::open(db).ok()?;
    std::io::Read::read_exact(&mut file, &mut header).ok()?;
    let length = file.metadata().ok()?.len();
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(be32(28));
    let valid = pages > 0 && be32(24) == be32(92);
    (valid && length < pages * page_size).then(|| {
        format!(
            "the file is truncated: {length} bytes where its header declares {pages} pages of {page_size} bytes"
        )
    })
}

/// Why SQLite may have failed to open: a directory it cannot write (SQLite needs to create the
/// WAL and shared-memory files next to the database).
fn writability_hint(db: &Path) -> String {
    let dir = db.parent().unwrap_or(Path::new("."));
    let probe = dir.join(".recurrence-write-probe");
    match std::fs::OpenOptions::new().create(true).truncate(true).write(true).open(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            String::new()
        }
        Err(e) => format!(
            " (the storage directory {} is not writable: {e}; the store needs write access for its journal)",
            dir.display()
        ),
    }
}

/// Maps SQLite errors to the store's closed set of failures.
fn classify_error(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StoreError::Full(e.to_string()),
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            StoreError::Locked(e.to_string())
        }
        Some(ErrorCode::ReadOnly)
        | Some(ErrorCode::CannotOpen)
        | Some(ErrorCode::PermissionDenied) => StoreError::ReadOnly(e.to_string()),
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: String::from("store"),
            message: e.to_string(),
        },
        _ => StoreError::Io(e.to_string()),
    }
}

/// A stored episode's source; every stored source has a non-empty name.
fn source_of(path: &Path, id: i64, text: &str) -> Result<Source, StoreError> {
    Source::parse(text)
        .ok_or_else(|| StoreError::undecodable(path.display(), id, "source", format!("{text:?}")))
}

impl SqliteStore {
    /// Starts a write transaction that first writes the staged ledger rows.
    fn begin(&mut self) -> Result<rusqlite::Transaction<'_>, StoreError> {
        let tx = self.conn.transaction().map_err(classify_error)?;
        if !self.staged.is_empty() {
            let mut upsert = tx
                .prepare_cached(
                    "INSERT INTO counter_ledger (key, basis, adjustment) VALUES (?1, ?2, ?3)
                     ON CONFLICT (key) DO UPDATE SET basis = excluded.basis, adjustment = excluded.adjustment",
                )
                .map_err(classify_error)?;
            for (key, (basis, adjustment)) in &self.staged {
                upsert
                    .execute(params![key, basis, adjustment])
                    .map_err(classify_error)?;
            }
        }
        Ok(tx)
    }
}

impl StoreWriter for SqliteStore {
    fn verify(&self) -> Result<(), StoreError> {
        self.identity.verify(&self.path)
    }

    fn load(
        &mut self,
        recent_since: Millis,
        sink: &mut dyn FnMut(Restored<'_>),
    ) -> Result<usize, StoreError> {
        let mut history = self
            .conn
            .prepare(
                "SELECT service, signature, alertname, starts_at, ends_at FROM episodes
                 INDEXED BY episodes_pair_history ORDER BY service, signature, starts_at",
            )
            .map_err(classify_error)?;
        let mut rows = history.query([]).map_err(classify_error)?;
        let mut count = 0;
        while let Some(row) = rows.next().map_err(classify_error)? {
            let text = |i: usize| row.get_ref(i).and_then(|v| Ok(v.as_str()?));
            sink(Restored::History {
                service: text(0).map_err(classify_error)?,
                signature: text(1).map_err(classify_error)?,
                alertname: text(2).map_err(classify_error)?,
                starts_at: row.get(3).map_err(classify_error)?,
                ends_at: row.get(4).map_err(classify_error)?,
            });
            count += 1;
        }
        let mut recent = self
            .conn
            .prepare(
                "SELECT id, source, fingerprint, starts_at, ends_at, last_seen, service, signature, rule, alertname
                 FROM episodes WHERE ends_at IS NULL OR ends_at >= ?1",
            )
            .map_err(classify_error)?;
        let mut rows = recent.query([recent_since]).map_err(classify_error)?;
        while let Some(r) = rows.next().map_err(classify_error)? {
            let id: i64 = r.get(0).map_err(classify_error)?;
            let source: String = r.get(1).map_err(classify_error)?;
            let source = source_of(&self.path, id, &source)?;
            let record = (|| {
                Ok(EpisodeRecord {
                    key: EpisodeKey {
                        source,
                        fingerprint: r.get(2)?,
                        starts_at: r.get(3)?,
                    },
                    ends_at: r.get(4)?,
                    last_seen: r.get(5)?,
                    service: r.get(6)?,
                    signature: r.get(7)?,
                    rule: r.get(8)?,
                    alertname: r.get(9)?,
                    labels: Default::default(),
                    annotations: Default::default(),
                    extra: Default::default(),
                })
            })()
            .map_err(classify_error)?;
            sink(Restored::Recent(record));
        }
        Ok(count)
    }

    fn pair_history(
        &mut self,
        service: &str,
        signature: &str,
    ) -> Result<Vec<HistoryRow>, StoreError> {
        pair_history(&self.conn, service, signature)
    }

    fn commit(&mut self, changes: &[Change]) -> Result<Committed, StoreError> {
        let tx = self.begin()?;
        let mut already_stored = Vec::new();
        {
            let mut insert = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO episodes
                     (source, fingerprint, starts_at, ends_at, last_seen, closed_by, service, signature, rule, alertname, labels, annotations, links, evidence)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )
                .map_err(classify_error)?;
            let mut close = tx
                .prepare_cached(
                    "UPDATE episodes SET ends_at = ?1, closed_by = ?2
                     WHERE source = ?3 AND fingerprint = ?4 AND starts_at = ?5
                       AND (ends_at IS NULL OR ends_at < ?1)",
                )
                .map_err(classify_error)?;
            let mut reclassify = tx
                .prepare_cached(
                    "UPDATE episodes SET service = ?1, signature = ?2, rule = ?3, alertname = ?4,
                         annotations = ?5, evidence = ?6
                     WHERE source = ?7 AND fingerprint = ?8 AND starts_at = ?9
                       AND (service <> ?1 OR signature <> ?2)",
                )
                .map_err(classify_error)?;
            for (index, change) in changes.iter().enumerate() {
                match change {
                    Change::Open(r) => {
                        let labels =
                            serde_json::to_string(&r.labels).expect("string maps serialise");
                        let annotations =
                            serde_json::to_string(&r.annotations).expect("string maps serialise");
                        let inserted = insert
                            .execute(params![
                                r.key.source.as_str(),
                                r.key.fingerprint,
                                r.key.starts_at,
                                r.ends_at,
                                r.last_seen,
                                r.ends_at.map(|_| "resolved"),
                                r.service,
                                r.signature,
                                r.rule,
                                r.alertname,
                                labels,
                                annotations,
                                serde_json::to_string(&r.extra.links)
                                    .expect("string maps serialise"),
                                r.extra.evidence
                            ])
                            .map_err(classify_error)?;
                        if inserted == 0 {
                            already_stored.push(index);
                        }
                    }
                    Change::Close {
                        key,
                        ends_at,
                        stale,
                    } => {
                        let moved = close
                            .execute(params![
                                ends_at,
                                if *stale { "stale" } else { "resolved" },
                                key.source.as_str(),
                                key.fingerprint,
                                key.starts_at
                            ])
                            .map_err(classify_error)?;
                        if moved == 0 {
                            already_stored.push(index);
                        }
                    }
                    Change::Reclassify(r) => {
                        let annotations =
                            serde_json::to_string(&r.annotations).expect("string maps serialise");
                        let moved = reclassify
                            .execute(params![
                                r.service,
                                r.signature,
                                r.rule,
                                r.alertname,
                                annotations,
                                r.extra.evidence,
                                r.key.source.as_str(),
                                r.key.fingerprint,
                                r.key.starts_at
                            ])
                            .map_err(classify_error)?;
                        if moved == 0 {
                            already_stored.push(index);
                        }
                    }
                }
            }
        }
        tx.commit().map_err(classify_error)?;
        self.staged.clear();
        Ok(Committed {
            unchanged: already_stored,
        })
    }

    fn save_last_seen(&mut self, seen: &[(EpisodeKey, Millis)]) -> Result<(), StoreError> {
        let tx = self.begin()?;
        {
            let mut update = tx
                .prepare_cached(
                    "UPDATE episodes SET last_seen = max(last_seen, ?1)
                     WHERE source = ?2 AND fingerprint = ?3 AND starts_at = ?4",
                )
                .map_err(classify_error)?;
            for (key, last_seen) in seen {
                update
                    .execute(params![
                        last_seen,
                        key.source.as_str(),
                        key.fingerprint,
                        key.starts_at
                    ])
                    .map_err(classify_error)?;
            }
        }
        tx.commit().map_err(classify_error)?;
        self.staged.clear();
        Ok(())
    }

    fn load_fixes(&mut self) -> Result<Vec<Fix>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, service, signature, ref, at, note, created_at FROM fixes ORDER BY id",
            )
            .map_err(classify_error)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(Fix {
                    id: r.get(0)?,
                    service: r.get(1)?,
                    signature: r.get(2)?,
                    reference: r.get(3)?,
                    at: r.get(4)?,
                    note: r.get(5)?,
                    created_at: r.get(6)?,
                })
            })
            .map_err(classify_error)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(classify_error)
    }

    fn add_fix(&mut self, fix: &Fix) -> Result<Fix, StoreError> {
        let tx = self.begin()?;
        tx.execute(
            "INSERT INTO fixes (service, signature, ref, at, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![fix.service, fix.signature, fix.reference, fix.at, fix.note, fix.created_at],
        )
        .map_err(classify_error)?;
        let id = tx.last_insert_rowid();
        tx.commit().map_err(classify_error)?;
        self.staged.clear();
        Ok(Fix { id, ..fix.clone() })
    }

    fn delete_fix(&mut self, id: i64) -> Result<bool, StoreError> {
        let tx = self.begin()?;
        let n = tx
            .execute("DELETE FROM fixes WHERE id = ?1", [id])
            .map_err(classify_error)?;
        tx.commit().map_err(classify_error)?;
        self.staged.clear();
        Ok(n > 0)
    }

    fn prune(&mut self, cutoff: Millis) -> Result<u64, StoreError> {
        let tx = self.begin()?;
        let n = tx
            .execute(
                "DELETE FROM episodes WHERE ends_at IS NOT NULL AND ends_at < ?1",
                [cutoff],
            )
            .map_err(classify_error)?;
        tx.commit().map_err(classify_error)?;
        self.staged.clear();
        Ok(n as u64)
    }

    fn load_ledger(&mut self) -> Result<Vec<LedgerRow>, StoreError> {
        let path = self.path.display().to_string();
        let mut stmt = self
            .conn
            .prepare("SELECT key, basis, adjustment FROM counter_ledger ORDER BY key")
            .map_err(classify_error)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(classify_error)?;
        let mut out = Vec::new();
        for row in rows {
            let (key, basis, adjustment) = row.map_err(classify_error)?;
            let corrupt = |what: &str| StoreError::Corrupt {
                path: path.clone(),
                message: format!("counter_ledger row {key:?}: {what}"),
            };
            let Some(decoded) = LedgerKey::decode(&key) else {
                // A subject only a newer version counts: left as it is.
                continue;
            };
            let basis = decode_figures(&basis).ok_or_else(|| corrupt("undecodable basis"))?;
            let adjustment =
                decode_figures(&adjustment).ok_or_else(|| corrupt("undecodable adjustment"))?;
            out.push(LedgerRow {
                key: decoded,
                basis,
                adjustment,
            });
        }
        Ok(out)
    }

    fn stage_ledger(&mut self, rows: Vec<LedgerRow>) {
        for row in rows {
            self.staged.insert(
                row.key.encode(),
                (encode_figures(&row.basis), encode_figures(&row.adjustment)),
            );
        }
    }
}

/// Every stored episode of a pair, oldest first.
fn pair_history(
    conn: &Connection,
    service: &str,
    signature: &str,
) -> Result<Vec<HistoryRow>, StoreError> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT starts_at, ends_at, alertname FROM episodes
                 WHERE service = ?1 AND signature = ?2 ORDER BY starts_at",
        )
        .map_err(classify_error)?;
    let rows = stmt
        .query_map(params![service, signature], |r| {
            Ok(HistoryRow {
                starts_at: r.get(0)?,
                ends_at: r.get(1)?,
                alertname: r.get(2)?,
            })
        })
        .map_err(classify_error)?;
    rows.collect::<Result<Vec<_>, _>>().map_err(classify_error)
}

/// The SQLite [`StoreReader`]: a read-only connection of its own, so that reads never wait for
/// the writer (WAL lets readers and the writer work at once).
pub struct SqliteReader {
    conn: std::sync::Mutex<Connection>,
    path: PathBuf,
}

impl SqliteReader {
    /// Opens the store in `dir` for reading; the writer must have opened (and migrated) it.
    pub fn open(dir: &Path) -> Result<SqliteReader, StoreError> {
        let path = dir.join(DB_FILE);
        let conn = Connection::open_with_flags(
            &path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(classify_error)?;
        Ok(SqliteReader {
            conn: std::sync::Mutex::new(conn),
            path,
        })
    }
}

impl StoreReader for SqliteReader {
    /// SQLite's `quick_check` over the whole file: every page read and checked.
    fn check_integrity(&self) -> Result<(), StoreError> {
        let conn = self.conn.lock().expect("reader lock");
        let mut stmt = conn
            .prepare("PRAGMA quick_check(5)")
            .map_err(classify_error)?;
        let problems: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(classify_error)?
            .collect::<Result<_, _>>()
            .map_err(classify_error)?;
        if problems == ["ok"] {
            return Ok(());
        }
        Err(StoreError::Corrupt {
            path: self.path.display().to_string(),
            message: problems.join("; "),
        })
    }

    fn pair_history(&self, service: &str, signature: &str) -> Result<Vec<HistoryRow>, StoreError> {
        pair_history(&self.conn.lock().expect("reader lock"), service, signature)
    }

    fn links(
        &self,
        service: &str,
        signature: &str,
        from: Millis,
        to: Millis,
    ) -> Result<Vec<EpisodeLinks>, StoreError> {
        let conn = self.conn.lock().expect("reader lock");
        let mut stmt = conn
            .prepare_cached(
                "SELECT id, starts_at, links FROM episodes
                 WHERE service = ?1 AND signature = ?2 AND starts_at BETWEEN ?3 AND ?4 AND links != '{}'
                 ORDER BY starts_at, id",
            )
            .map_err(classify_error)?;
        let rows = stmt
            .query_map(params![service, signature, from, to], |r| {
                Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get::<_, String>(2)?))
            })
            .map_err(classify_error)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, starts_at, links) = row.map_err(classify_error)?;
            out.push(EpisodeLinks {
                starts_at,
                links: decode_map(self.path.display(), id, "links", &links)?,
            });
        }
        Ok(out)
    }

    fn episodes(
        &self,
        service: &str,
        signature: &str,
        from: Millis,
        to: Millis,
        limit: usize,
    ) -> Result<Vec<EpisodeDetail>, StoreError> {
        let conn = self.conn.lock().expect("reader lock");
        let mut stmt = conn
            .prepare_cached(
                "SELECT source, fingerprint, alertname, starts_at, ends_at, closed_by, rule, evidence, links, labels, id
                 FROM episodes WHERE service = ?1 AND signature = ?2 AND starts_at BETWEEN ?3 AND ?4
                 ORDER BY starts_at, id LIMIT ?5",
            )
            .map_err(classify_error)?;
        let mut rows = stmt
            .query(params![service, signature, from, to, limit as i64])
            .map_err(classify_error)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(classify_error)? {
            let id: i64 = r.get(10).map_err(classify_error)?;
            let text = |i: usize| r.get::<_, String>(i).map_err(classify_error);
            let links = decode_map(self.path.display(), id, "links", &text(8)?)?;
            let labels = decode_map(self.path.display(), id, "labels", &text(9)?)?;
            let detail = (|| {
                Ok(EpisodeDetail {
                    source: r.get(0)?,
                    fingerprint: r.get(1)?,
                    alertname: r.get(2)?,
                    starts_at: r.get(3)?,
                    ends_at: r.get(4)?,
                    closed_by: r.get(5)?,
                    rule: r.get(6)?,
                    evidence: r.get(7)?,
                    links,
                    labels,
                })
            })()
            .map_err(classify_error)?;
            out.push(detail);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stores one episode row with these `source`, `links` and `labels` texts, then checks
    /// what each read makes of it: `Ok(())` or the error message it must contain.
    fn check(source: &str, links: &str, labels: &str, expected: [Result<(), &str>; 3]) {
        let dir = tempfile::tempdir().expect("temporary directory");
        let mut store = SqliteStore::open(dir.path()).expect("open store");
        store
            .conn
            .execute(
                "INSERT INTO episodes (source, fingerprint, starts_at, ends_at, last_seen, service,
                 signature, rule, alertname, labels, annotations, links)
                 VALUES (?1, 'f', 1000, NULL, 1000, 'api', 'sig', 'r', 'A', ?3, '{}', ?2)",
                params![source, links, labels],
            )
            .expect("insert");
        let reader = SqliteReader::open(dir.path()).expect("open reader");
        let outcome = |result: Result<(), StoreError>| result.map_err(|e| e.to_string());
        let load = store.load(0, &mut |_| {}).map(|_| ());
        let links = reader.links("api", "sig", 0, 2000).map(|_| ());
        let episodes = reader.episodes("api", "sig", 0, 2000, 10).map(|_| ());
        for (what, got, want) in [
            ("load", outcome(load), expected[0]),
            ("links", outcome(links), expected[1]),
            ("episodes", outcome(episodes), expected[2]),
        ] {
            match (got, want) {
                (Ok(()), Ok(())) => {}
                (Err(e), Err(part)) => assert!(e.contains(part), "{what}: {e}"),
                (got, want) => panic!("{what}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn undecodable_rows_are_corrupt_and_named() {
        let ok = Ok(());
        check(
            "grafana",
            r#"{"runbook":"u"}"#,
            r#"{"a":"1"}"#,
            [ok, ok, ok],
        );
        check(
            "",
            "{}",
            "{}",
            [Err("episodes row 1: undecodable source: \"\""), ok, ok],
        );
        check(
            "alertmanager",
            "[1",
            "{}",
            [
                ok,
                Err("episodes row 1: undecodable links"),
                Err("episodes row 1: undecodable links"),
            ],
        );
        check(
            "alertmanager",
            "{}",
            "not json",
            [ok, ok, Err("episodes row 1: undecodable labels")],
        );
    }

    #[test]
    fn a_pair_history_is_read_in_named_rows_oldest_first() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let mut store = SqliteStore::open(dir.path()).expect("open store");
        for (fingerprint, start, end, name) in
            [("b", 2000, None, "B"), ("a", 1000, Some(1500), "A")]
        {
            store
                .conn
                .execute(
                    "INSERT INTO episodes (source, fingerprint, starts_at, ends_at, last_seen, service,
                     signature, rule, alertname, labels, annotations)
                     VALUES ('grafana', ?1, ?2, ?3, ?2, 'api', 'sig', 'r', ?4, '{}', '{}')",
                    params![fingerprint, start, end, name],
                )
                .expect("insert");
        }
        let expected = vec![
            HistoryRow {
                starts_at: 1000,
                ends_at: Some(1500),
                alertname: "A".into(),
            },
            HistoryRow {
                starts_at: 2000,
                ends_at: None,
                alertname: "B".into(),
            },
        ];
        let reader = SqliteReader::open(dir.path()).expect("open reader");
        assert_eq!(reader.pair_history("api", "sig").expect("reader"), expected);
        assert_eq!(
            StoreWriter::pair_history(&mut store, "api", "sig").expect("writer"),
            expected
        );
    }
}
