//! The PostgreSQL store: several daemon replicas share one history.
//!
//! Every write transaction first takes one advisory lock (`schema::COMMIT_LOCK`), so commits of
//! all replicas are serialised, and appends what it changed to `change_log` under consecutive
//! sequence numbers. A replica keeps its in-memory tracker current by applying the log in
//! sequence order ([`StoreWriter::follow`]): the others' entries read from the table, its own
//! from memory. Because entries become visible only in sequence order, a reader that asks for
//! everything after the last number it applied never skips one; a gap means the log was trimmed
//! past it, and the replica reloads the whole history. Duties that must happen once (stale
//! closing, retention, trimming the log) run on the replica holding `schema::LEADER_LOCK`, a
//! session lock that PostgreSQL frees when that replica's connection dies.

pub mod connect;
mod log;
pub mod migrate;
mod reader;
pub mod schema;

use std::collections::{BTreeMap, HashMap};

use postgres::fallible_iterator::FallibleIterator;

use connect::{classify, Link};
pub use connect::{Connector, PgOptions, SslMode};
use log::{LogEntry, OwnEntries};
pub use reader::PgReader;

use super::{Committed, Replicated, StoreError, StoreWriter};
use crate::incident::ledger::{decode_figures, encode_figures, LedgerKey, LedgerRow};
use crate::incident::{Change, EpisodeKey, EpisodeRecord, Fix, Restored};
use crate::ingest::Source;
use crate::model::{HistoryRow, Millis};

/// How long change-log entries are kept: a replica away for longer reloads the whole history.
const LOG_KEPT: Millis = 24 * 3600 * 1000;

/// The writer side of the PostgreSQL store.
pub struct PgStore {
    link: Link,
    /// This process's name in the change log (random per start).
    replica: String,
    /// The last change-log sequence number the tracker has applied.
    followed: i64,
    /// This replica's committed entries the tracker has not applied yet, by sequence number.
    own: OwnEntries,
    /// Ledger rows to write first in the next transaction, by encoded key.
    staged: BTreeMap<String, (String, String)>,
    /// A repeatable-read snapshot is open for the start-up load.
    in_snapshot: bool,
    /// The connection generation on which this replica holds the leader lock.
    leading_on: Option<u64>,
}

fn sql(e: postgres::Error) -> StoreError {
    classify(&e)
}

impl PgStore {
    /// Connects and brings the schema up to date. PostgreSQL must be reachable at start-up
    /// (a clear error otherwise); later outages are answered 503 and recovered from.
    pub fn open(connector: Connector) -> Result<PgStore, StoreError> {
        let shown = connector.to_string();
        let mut link = Link::new(connector, |_| Ok(()));
        let client = link.client().map_err(|e| StoreError::Open {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        schema::migrate(client, &shown)?;
        Ok(PgStore {
            link,
            replica: replica_name(),
            followed: 0,
            own: OwnEntries::default(),
            staged: BTreeMap::new(),
            in_snapshot: false,
            leading_on: None,
        })
    }

    /// Runs `body` in a write transaction that holds the commit lock, after writing the staged
    /// ledger rows; `body` gets the next free sequence number and returns the log entries to
    /// append. Returns the body's value and the first sequence number used.
    fn write<T>(
        &mut self,
        body: impl FnOnce(&mut postgres::Transaction<'_>) -> Result<(T, Vec<LogEntry>), StoreError>,
    ) -> Result<(T, i64, Vec<LogEntry>), StoreError> {
        let staged = std::mem::take(&mut self.staged);
        let followed = self.followed;
        let replica = self.replica.clone();
        let result = (|| {
            let client = self.link.client()?;
            let mut tx = client.transaction().map_err(sql)?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&schema::COMMIT_LOCK])
                .map_err(sql)?;
            write_ledger(&mut tx, &staged, followed)?;
            let (value, entries) = body(&mut tx)?;
            let first: i64 = tx
                .query_one("SELECT COALESCE(MAX(seq), 0) + 1 FROM change_log", &[])
                .map_err(sql)?
                .get(0);
            log::append(&mut tx, &replica, first, &entries)?;
            tx.commit().map_err(sql)?;
            Ok((value, first, entries))
        })();
        if let Err(e) = &result {
            // Staged rows stay staged until a transaction that holds them commits.
            let mut back = staged;
            back.append(&mut self.staged);
            self.staged = back;
            if matches!(e, StoreError::Unreachable(_)) {
                self.link.forget();
            }
        }
        result
    }

    fn remember_own(&mut self, first: i64, entries: Vec<LogEntry>, item: Replicated) {
        if !entries.is_empty() {
            self.own
                .insert(first, first + entries.len() as i64 - 1, item);
        }
    }
}

/// A replica's name in the change log: host and process, plus randomness so that a restarted
/// process never takes an earlier one's entries for its own.
fn replica_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{host}/{}/{nanos:08x}", std::process::id())
}

/// Writes staged ledger rows unless a row computed at a later sequence number is there: every
/// replica applies the same log in the same order, so the row of the latest number is the one
/// the others would write too.
fn write_ledger(
    tx: &mut postgres::Transaction<'_>,
    staged: &BTreeMap<String, (String, String)>,
    seq: i64,
) -> Result<(), StoreError> {
    if staged.is_empty() {
        return Ok(());
    }
    let keys: Vec<&str> = staged.keys().map(String::as_str).collect();
    let bases: Vec<&str> = staged.values().map(|(b, _)| b.as_str()).collect();
    let adjustments: Vec<&str> = staged.values().map(|(_, a)| a.as_str()).collect();
    tx.execute(
        "INSERT INTO counter_ledger (key, basis, adjustment, seq)
         SELECT k, b, a, $4 FROM UNNEST($1::text[], $2::text[], $3::text[]) AS v(k, b, a)
         ON CONFLICT (key) DO UPDATE SET basis = excluded.basis, adjustment = excluded.adjustment, seq = excluded.seq
         WHERE counter_ledger.seq <= excluded.seq",
        &[&keys, &bases, &adjustments, &seq],
    )
    .map_err(sql)?;
    Ok(())
}

impl StoreWriter for PgStore {
    fn load(
        &mut self,
        recent_since: Millis,
        sink: &mut dyn FnMut(Restored<'_>),
    ) -> Result<usize, StoreError> {
        self.begin_snapshot()?;
        let client = self.link.client()?;
        let mut count = 0;
        let mut rows = client
            .query_raw(
                "SELECT service, signature, alertname, starts_at, ends_at FROM episodes
                 ORDER BY service, signature, starts_at",
                std::iter::empty::<i64>(),
            )
            .map_err(sql)?;
        while let Some(row) = rows.next().map_err(sql)? {
            sink(Restored::History {
                service: row.get(0),
                signature: row.get(1),
                alertname: row.get(2),
                starts_at: row.get(3),
                ends_at: row.get(4),
            });
            count += 1;
        }
        drop(rows);
        let mut rows = client
            .query_raw(
                "SELECT id, source, fingerprint, starts_at, ends_at, last_seen, service, signature, rule, alertname
                 FROM episodes WHERE ends_at IS NULL OR ends_at >= $1",
                [recent_since],
            )
            .map_err(sql)?;
        while let Some(r) = rows.next().map_err(sql)? {
            let source: String = r.get(1);
            let source = Source::parse(&source).ok_or_else(|| StoreError::Corrupt {
                path: "postgres".into(),
                message: format!(
                    "episodes row {}: undecodable source {source:?}",
                    r.get::<_, i64>(0)
                ),
            })?;
            sink(Restored::Recent(EpisodeRecord {
                key: EpisodeKey {
                    source,
                    fingerprint: r.get(2),
                    starts_at: r.get(3),
                },
                ends_at: r.get(4),
                last_seen: r.get(5),
                service: r.get(6),
                signature: r.get(7),
                rule: r.get(8),
                alertname: r.get(9),
                labels: Default::default(),
                annotations: Default::default(),
                extra: Default::default(),
            }));
        }
        drop(rows);
        client.batch_execute("COMMIT").map_err(sql)?;
        self.in_snapshot = false;
        Ok(count)
    }

    fn pair_history(
        &mut self,
        service: &str,
        signature: &str,
    ) -> Result<Vec<HistoryRow>, StoreError> {
        reader::pair_history(self.link.client()?, service, signature)
    }

    fn commit(&mut self, changes: &[Change]) -> Result<Committed, StoreError> {
        let (unchanged, first, entries) = self.write(|tx| log::commit_changes(tx, changes))?;
        let applied: Vec<Change> = entries.iter().filter_map(LogEntry::as_change).collect();
        self.remember_own(first, entries, Replicated::Changes(applied));
        Ok(Committed { unchanged })
    }

    fn save_last_seen(&mut self, seen: &[(EpisodeKey, Millis)]) -> Result<(), StoreError> {
        let sources: Vec<&str> = seen.iter().map(|(k, _)| k.key_source()).collect();
        let fingerprints: Vec<&str> = seen.iter().map(|(k, _)| k.fingerprint.as_str()).collect();
        let starts: Vec<i64> = seen.iter().map(|(k, _)| k.starts_at).collect();
        let times: Vec<i64> = seen.iter().map(|(_, t)| *t).collect();
        self.write(|tx| {
            tx.execute(
                "UPDATE episodes e SET last_seen = GREATEST(e.last_seen, v.t)
                 FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[]) AS v(source, fingerprint, starts_at, t)
                 WHERE e.source = v.source AND e.fingerprint = v.fingerprint AND e.starts_at = v.starts_at",
                &[&sources, &fingerprints, &starts, &times],
            )
            .map_err(sql)?;
            Ok(((), Vec::new()))
        })?;
        Ok(())
    }

    fn prune(&mut self, cutoff: Millis) -> Result<u64, StoreError> {
        let now = wall_clock();
        let (removed, first, entries) = self.write(|tx| {
            let removed = tx
                .execute(
                    "DELETE FROM episodes WHERE ends_at IS NOT NULL AND ends_at < $1",
                    &[&cutoff],
                )
                .map_err(sql)?;
            tx.execute(
                "DELETE FROM change_log WHERE at < $1 AND seq < (SELECT MAX(seq) FROM change_log)",
                &[&(now - LOG_KEPT)],
            )
            .map_err(sql)?;
            let entries = if removed > 0 {
                vec![LogEntry::Pruned {
                    cutoff,
                    removed: removed as i64,
                }]
            } else {
                Vec::new()
            };
            Ok((removed, entries))
        })?;
        self.remember_own(first, entries, Replicated::Pruned { cutoff, removed });
        Ok(removed)
    }

    fn load_fixes(&mut self) -> Result<Vec<Fix>, StoreError> {
        self.begin_snapshot()?;
        let rows = self
            .link
            .client()?
            .query(
                "SELECT id, service, signature, ref, at, note, created_at FROM fixes ORDER BY id",
                &[],
            )
            .map_err(sql)?;
        Ok(rows.iter().map(log::fix_of).collect())
    }

    fn add_fix(&mut self, fix: &Fix) -> Result<Fix, StoreError> {
        let (stored, first, entries) = self.write(|tx| {
            let id: i64 = tx
                .query_one(
                    "INSERT INTO fixes (service, signature, ref, at, note, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                    &[
                        &fix.service,
                        &fix.signature,
                        &fix.reference,
                        &fix.at,
                        &fix.note,
                        &fix.created_at,
                    ],
                )
                .map_err(sql)?
                .get(0);
            Ok((Fix { id, ..fix.clone() }, vec![LogEntry::FixAdded { id }]))
        })?;
        self.remember_own(first, entries, Replicated::FixAdded(stored.clone()));
        Ok(stored)
    }

    fn delete_fix(&mut self, id: i64) -> Result<bool, StoreError> {
        let (existed, first, entries) = self.write(|tx| {
            let n = tx
                .execute("DELETE FROM fixes WHERE id = $1", &[&id])
                .map_err(sql)?;
            let entries = if n > 0 {
                vec![LogEntry::FixDeleted { id }]
            } else {
                Vec::new()
            };
            Ok((n > 0, entries))
        })?;
        self.remember_own(first, entries, Replicated::FixDeleted(id));
        Ok(existed)
    }

    fn load_ledger(&mut self) -> Result<Vec<LedgerRow>, StoreError> {
        self.begin_snapshot()?;
        let rows = self
            .link
            .client()?
            .query(
                "SELECT key, basis, adjustment FROM counter_ledger ORDER BY key",
                &[],
            )
            .map_err(sql)?;
        let mut out = Vec::new();
        for row in rows {
            let key: String = row.get(0);
            let corrupt = |what: &str| StoreError::Corrupt {
                path: "postgres".into(),
                message: format!("counter_ledger row {key:?}: {what}"),
            };
            let Some(decoded) = LedgerKey::decode(&key) else {
                continue;
            };
            let basis = decode_figures(row.get(1)).ok_or_else(|| corrupt("undecodable basis"))?;
            let adjustment =
                decode_figures(row.get(2)).ok_or_else(|| corrupt("undecodable adjustment"))?;
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
            // A process's own counters belong to that process, not to the shared history:
            // each replica counts its own requests, from zero after a restart.
            if matches!(row.key, LedgerKey::Process { .. }) {
                continue;
            }
            self.staged.insert(
                row.key.encode(),
                (encode_figures(&row.basis), encode_figures(&row.adjustment)),
            );
        }
    }

    fn follow(&mut self) -> Result<Vec<Replicated>, StoreError> {
        let followed = self.followed;
        let replica = self.replica.clone();
        let client = self.link.client()?;
        let (items, last) = match log::read_since(client, followed, &replica, &mut self.own) {
            Ok(read) => read,
            Err(e) => {
                if matches!(e, StoreError::Unreachable(_)) {
                    self.link.forget();
                }
                return Err(e);
            }
        };
        self.followed = last;
        Ok(items)
    }

    fn leads(&mut self) -> bool {
        if self.link.client().is_err() {
            return false;
        }
        let generation = self.link.generation();
        if self.leading_on == Some(generation) {
            return true;
        }
        if self.leading_on.take().is_some() {
            tracing::warn!(replica = %self.replica, "lost the leader lock with the connection; another replica may run the once-only duties now");
        }
        let Ok(client) = self.link.client() else {
            return false;
        };
        let won = client
            .query_one("SELECT pg_try_advisory_lock($1)", &[&schema::LEADER_LOCK])
            .map(|row| row.get::<_, bool>(0))
            .unwrap_or(false);
        if won {
            tracing::info!(replica = %self.replica, "this replica now runs the once-only duties (stale closing, retention)");
            self.leading_on = Some(generation);
        }
        won
    }

    fn replicated(&self) -> bool {
        true
    }
}

impl PgStore {
    /// Opens the start-up snapshot if it is not open: the ledger, fixes, history and the
    /// change log's position are read from one consistent state.
    fn begin_snapshot(&mut self) -> Result<(), StoreError> {
        if self.in_snapshot {
            return Ok(());
        }
        let client = self.link.client()?;
        client
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .map_err(sql)?;
        self.followed = client
            .query_one("SELECT COALESCE(MAX(seq), 0) FROM change_log", &[])
            .map_err(sql)?
            .get(0);
        self.own.clear();
        self.in_snapshot = true;
        Ok(())
    }
}

fn wall_clock() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as Millis)
        .unwrap_or(0)
}

/// Key columns of an episode, for the `UNNEST` statements.
trait KeyColumns {
    fn key_source(&self) -> &'static str;
}

impl KeyColumns for EpisodeKey {
    fn key_source(&self) -> &'static str {
        self.source.as_str()
    }
}

/// Episodes by key, for matching `RETURNING` rows to the changes they came from.
type KeyIndex<'a> = HashMap<(&'a str, &'a str, i64), usize>;
