//! Durable history: the only code that touches disk.
//!
//! Two narrow interfaces stand between the daemon and its backend, so that a PostgreSQL backend
//! is one new module beside [`sqlite`] and touches neither ingestion, the incident model nor
//! the exporters: [`StoreWriter`], held only by the [`writer`] thread, which groups many
//! webhooks into one commit and acknowledges each only after its commit; and [`StoreReader`],
//! shared by the read paths (the incident API and the background integrity check), which never
//! wait for the writer. Rows cross both as named types ([`HistoryRow`], [`EpisodeDetail`],
//! [`EpisodeLinks`]); a stored row that cannot be decoded is a [`StoreError::Corrupt`] naming
//! it, never a silent default.

pub mod owner;
pub mod postgres;
pub mod sqlite;
pub mod writer;

use crate::incident::ledger::LedgerRow;
use crate::incident::{Change, EpisodeKey, Fix, Restored};
pub use crate::model::HistoryRow;
use crate::model::{LabelMap, Millis};

/// The writer side of a durable episode store: only the writer thread holds one.
pub trait StoreWriter: Send {
    /// Hands the stored history to `sink` for rebuilding the in-memory state at start-up and
    /// returns how many episodes there were: first every episode as [`Restored::History`],
    /// ordered by (service, signature, start), then in full as [`Restored::Recent`] every
    /// episode that is open or ended at or after `recent_since` (labels and annotations may be
    /// left empty). Streaming in pair order keeps start-up memory to the state itself.
    fn load(
        &mut self,
        recent_since: Millis,
        sink: &mut dyn FnMut(Restored<'_>),
    ) -> Result<usize, StoreError>;
    /// Every stored episode of a pair, oldest first.
    fn pair_history(
        &mut self,
        service: &str,
        signature: &str,
    ) -> Result<Vec<HistoryRow>, StoreError>;
    /// Makes `changes` durable, all or nothing, and says which of them changed nothing: an
    /// `Open` whose episode was already stored (a repeat older than the tracker's memory, or
    /// one another replica stored first), a `Close` that did not move the stored end later.
    fn commit(&mut self, changes: &[Change]) -> Result<Committed, StoreError>;
    /// Remembers when open episodes were last seen, so stale detection survives a restart.
    fn save_last_seen(&mut self, seen: &[(EpisodeKey, Millis)]) -> Result<(), StoreError>;
    /// Deletes episodes that ended before `cutoff`; returns how many.
    fn prune(&mut self, cutoff: Millis) -> Result<u64, StoreError>;
    /// Every declared fix.
    fn load_fixes(&mut self) -> Result<Vec<Fix>, StoreError>;
    /// Stores a fix (its `id` is ignored) and returns it with the id it was given.
    fn add_fix(&mut self, fix: &Fix) -> Result<Fix, StoreError>;
    /// Deletes a fix; false if there was none with that id.
    fn delete_fix(&mut self, id: i64) -> Result<bool, StoreError>;
    /// The counters' ledger ([`crate::incident::ledger`]).
    fn load_ledger(&mut self) -> Result<Vec<LedgerRow>, StoreError>;
    /// Ledger rows to write first in the next write transaction, whichever it is, so that they
    /// are durable together with the next change to the history; they stay staged until a
    /// transaction commits.
    fn stage_ledger(&mut self, rows: Vec<LedgerRow>);
    /// Checks that the store is still the one that was opened: not deleted, not replaced
    /// under the running daemon. Cheap (a few `stat`s); the writer calls it before every
    /// commit and once a second.
    fn verify(&self) -> Result<(), StoreError> {
        Ok(())
    }
    /// Whether other processes write the same history (replicas on PostgreSQL). If so the
    /// writer applies every durable change, its own included, through [`StoreWriter::follow`],
    /// so that all replicas apply the same changes in the same order.
    fn replicated(&self) -> bool {
        false
    }
    /// What was committed since the last call (or the load), in commit order: other
    /// replicas' changes and this one's. Also the liveness check of a remote store: the writer
    /// calls it at least once a second.
    fn follow(&mut self) -> Result<Vec<Replicated>, StoreError> {
        Ok(Vec::new())
    }
    /// Whether this process runs the duties that must happen once for the whole history
    /// (stale closing, retention) now; with replicas, one of them at a time.
    fn leads(&mut self) -> bool {
        true
    }
}

/// What one commit did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Committed {
    /// Indexes of the changes that changed nothing, ascending.
    pub unchanged: Vec<usize>,
}

/// A durable change as replicas follow it.
#[derive(Debug, Clone)]
pub enum Replicated {
    Changes(Vec<Change>),
    FixAdded(Fix),
    FixDeleted(i64),
    Pruned { cutoff: Millis, removed: u64 },
}

/// The reader side of a durable episode store: every read the daemon does outside the writer
/// thread. Shared as `Arc<dyn StoreReader>`; an implementation answers from its own connection
/// so that reads never wait for the writer's commits.
pub trait StoreReader: Send + Sync {
    /// Every stored episode of a pair, oldest first (as [`StoreWriter::pair_history`]).
    fn pair_history(&self, service: &str, signature: &str) -> Result<Vec<HistoryRow>, StoreError>;
    /// The links of a pair's episodes that started in `[from, to]` and have any, by start.
    fn links(
        &self,
        service: &str,
        signature: &str,
        from: Millis,
        to: Millis,
    ) -> Result<Vec<EpisodeLinks>, StoreError>;
    /// Episodes of a pair that started in `[from, to]`, oldest first, at most `limit`.
    fn episodes(
        &self,
        service: &str,
        signature: &str,
        from: Millis,
        to: Millis,
        limit: usize,
    ) -> Result<Vec<EpisodeDetail>, StoreError>;
    /// Checks the whole store for damage. It may read every byte (seconds for millions of
    /// episodes), so the daemon runs it once, in the background, after start-up.
    fn check_integrity(&self) -> Result<(), StoreError>;
}

/// One stored episode in full, for the incident API.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EpisodeDetail {
    pub source: String,
    pub fingerprint: String,
    pub alertname: String,
    pub starts_at: Millis,
    pub ends_at: Option<Millis>,
    /// `resolved`, `stale`, or absent while firing.
    pub closed_by: Option<String>,
    pub rule: String,
    pub evidence: Option<String>,
    pub links: LabelMap,
    pub labels: LabelMap,
}

/// The links the sender gave one stored episode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpisodeLinks {
    pub starts_at: Millis,
    pub links: LabelMap,
}

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open store {path}: {message}")]
    Open { path: String, message: String },
    #[error("store {path} is not a readable database ({message}); it may be corrupt or truncated: restore it from a backup, or move it aside to start with an empty history")]
    Corrupt { path: String, message: String },
    #[error("store {path} has schema version {found}, newer than this binary supports ({supported}); run a newer recurrence-exporter or restore a backup")]
    NewerSchema {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("store is full: {0}")]
    Full(String),
    #[error("store is read-only: {0}")]
    ReadOnly(String),
    #[error("store is locked by another process: {0}")]
    Locked(String),
    #[error("store I/O error: {0}")]
    Io(String),
    #[error("PostgreSQL is unreachable: {0}")]
    Unreachable(String),
    #[error("this replica fell behind the shared history: {0}")]
    Behind(String),
    #[error("store is missing: {0}; nothing is acknowledged until it is back (restore the directory, or restart the daemon to start over or from a backup)")]
    Missing(String),
}

impl StoreError {
    /// The error for a stored episode row this binary cannot decode. Only this binary writes
    /// the columns it decodes, so a row that does not decode was damaged or written by hand:
    /// guessing a value would give it another identity (a wrong source) or drop what it said
    /// (empty labels). `store` names the database (a path, or `postgres`).
    pub(crate) fn undecodable(
        store: impl std::fmt::Display,
        id: i64,
        what: &str,
        error: impl std::fmt::Display,
    ) -> StoreError {
        StoreError::Corrupt {
            path: store.to_string(),
            message: format!("episodes row {id}: undecodable {what}: {error}"),
        }
    }

    /// A short, closed-set name for metric labels.
    pub fn kind(&self) -> &'static str {
        match self {
            StoreError::Open { .. } => "open",
            StoreError::Corrupt { .. } => "corrupt",
            StoreError::NewerSchema { .. } => "schema",
            StoreError::Full(_) => "full",
            StoreError::ReadOnly(_) => "readonly",
            StoreError::Locked(_) => "locked",
            StoreError::Io(_) => "io",
            StoreError::Missing(_) => "missing",
            StoreError::Unreachable(_) => "unreachable",
            StoreError::Behind(_) => "behind",
        }
    }
}

/// A stored label, annotation or link map (a JSON object of strings) of episode row `id`.
pub(crate) fn decode_map(
    store: impl std::fmt::Display,
    id: i64,
    what: &str,
    text: &str,
) -> Result<LabelMap, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::undecodable(store, id, what, e))
}
