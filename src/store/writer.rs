//! The single writer: owns the store and is the only code that changes the incident state.
//!
//! Webhook handlers classify their alerts and hand them over as a [`Job`]. The writer takes
//! every job that is waiting, decides all their changes against the current state, makes them
//! durable in one transaction (group commit: one fsync for many webhooks), applies them to the
//! in-memory state and only then answers each job. Repeats of known episodes never reach the
//! disk. A failed commit applies nothing and answers every job that depended on it with an
//! error, so the sender retries. The queue is bounded: a full queue is refused at once.

use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use super::{Committed, Replicated, StoreError, StoreWriter};
use crate::classify::Classification;
use crate::incident::ledger::{LedgerKey, LedgerRow};
use crate::incident::outage::OutageSettings;
use crate::incident::IncidentConfig;
use crate::incident::{Batch, Change, Fix, Outcome, Tracker};
use crate::ingest::{Millis, Notice, Source};
use crate::state::Shared;

/// Most jobs folded into one commit.
const MAX_JOBS_PER_COMMIT: usize = 512;
/// How often stale episodes are closed and last-seen times saved.
const MAINTENANCE_EVERY: Duration = Duration::from_secs(30);
/// Longest wait between two looks for pairs whose settled history must be read again (after
/// a reload changed the merge window, or a failed read).
const HISTORY_CHECK_EVERY: Duration = Duration::from_secs(1);
/// How often the process's own counters are handed to the store (and at shutdown).
const PROCESS_COUNTERS_EVERY: Duration = Duration::from_secs(5);
/// How often retention pruning runs.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);

/// Work for the writer.
pub enum Job {
    Ingest(Ingest),
    AddFix {
        fix: Fix,
        reply: oneshot::Sender<Result<Fix, WriteError>>,
    },
    DeleteFix {
        id: i64,
        reply: oneshot::Sender<Result<Option<Fix>, WriteError>>,
    },
}

/// One webhook's classified alerts, waiting to be made durable.
pub struct Ingest {
    pub source: Source,
    pub items: Vec<(Notice, Classification)>,
    /// Arrival time, used only for stale detection.
    pub received_at: Millis,
    pub reply: oneshot::Sender<Result<Summary, WriteError>>,
    /// The request's span; the commit that serves the job links to it.
    pub span: tracing::Span,
}

/// What a job changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub alerts: usize,
    pub new_episodes: usize,
    pub resolved_episodes: usize,
    pub unchanged: usize,
}

/// Why a job was not made durable.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum WriteError {
    #[error("the store is still loading history")]
    NotReady,
    #[error("storage failure ({kind}); retry later")]
    Store { kind: &'static str },
    #[error("the ingestion queue is full; retry later")]
    Busy,
    #[error("too many new (service, signature) pairs from this source this minute (limits.max_new_pairs_per_minute); retry later")]
    NewPairsThrottled,
    #[error("{count} new (service, signature) pairs in one document; limits.max_new_pairs_per_document is {max}")]
    TooManyNewPairs { count: usize, max: usize },
    #[error("the daemon is shutting down")]
    ShuttingDown,
}

/// Sends jobs to the writer.
#[derive(Clone)]
pub struct WriterHandle {
    tx: SyncSender<Job>,
}

impl WriterHandle {
    /// Queues a job without waiting; a full queue is refused rather than grown.
    pub fn submit(&self, job: Job) -> Result<(), WriteError> {
        self.tx.try_send(job).map_err(|e| match e {
            TrySendError::Full(_) => WriteError::Busy,
            TrySendError::Disconnected(_) => WriteError::ShuttingDown,
        })
    }
}

/// Starts the writer thread. It loads the history first and marks the state ready; it ends
/// when every [`WriterHandle`] is dropped, after answering every queued job.
pub fn spawn(
    mut store: Box<dyn StoreWriter>,
    shared: Arc<Shared>,
    queue_capacity: usize,
) -> (WriterHandle, JoinHandle<()>) {
    let (tx, rx) = std::sync::mpsc::sync_channel(queue_capacity);
    let thread = std::thread::Builder::new()
        .name("store-writer".into())
        .spawn(move || {
            let started = Instant::now();
            let (runtime, generation) = shared.runtime_generation();
            match restore(
                store.as_mut(),
                &runtime.config.incident,
                &runtime.outages,
                &shared.metrics,
            ) {
                Ok((tracker, count)) => {
                    shared.replace_tracker(tracker);
                    rebuild_shared(store.as_mut(), &shared);
                    shared.settings_applied(generation);
                    shared.health.loaded();
                    tracing::info!(
                        episodes = count,
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "history loaded"
                    );
                }
                Err(e) => {
                    tracing::error!(error = %e, "loading history failed; ingestion disabled");
                    shared.health.load_failed(e.to_string());
                    drain_refusing(&rx, WriteError::Store { kind: e.kind() });
                    return;
                }
            }
            // The settings the history was loaded with: a reload during the load is newer.
            run(store.as_mut(), &shared, &rx, generation);
        })
        .expect("spawning the writer thread");
    (WriterHandle { tx }, thread)
}

/// Rebuilds the incident state from the store as of now.
fn restore(
    store: &mut dyn StoreWriter,
    settings: &IncidentConfig,
    outages: &OutageSettings,
    metrics: &crate::self_metrics::SelfMetrics,
) -> Result<(Tracker, usize), StoreError> {
    let mut tracker = Tracker::new(settings);
    tracker.set_outage_settings(outages.clone());
    let ledger = store.load_ledger()?;
    let process: Vec<(String, Vec<u64>)> = ledger
        .iter()
        .filter_map(|row| match &row.key {
            LedgerKey::Process { series } => Some((series.clone(), row.basis.clone())),
            _ => None,
        })
        .collect();
    metrics.restore(&process);
    tracker.begin_restore(store.load_fixes()?, ledger, crate::state::now_millis());
    let recent_since = tracker.recent_since();
    let count = store.load(recent_since, &mut |item| tracker.load(item))?;
    tracker.finish_restore();
    Ok((tracker, count))
}

/// Gives the pairs whose settled incidents a change reached their whole stored history; a
/// failure leaves them asked for, and the writer tries again within a second.
fn rebuild_shared(store: &mut dyn StoreWriter, shared: &Shared) {
    let pending = shared
        .tracker
        .lock()
        .expect("tracker lock")
        .pairs_needing_history();
    for (service, signature) in pending {
        match store.pair_history(&service, &signature) {
            Ok(history) => shared
                .tracker
                .lock()
                .expect("tracker lock")
                .rebuild_pair(&service, &signature, &history),
            Err(e) => {
                shared.metrics.store_error(e.kind());
                tracing::warn!(error = %e, service, signature, "reading a pair's history failed; retrying later");
                return;
            }
        }
    }
}

fn drain_refusing(rx: &Receiver<Job>, error: WriteError) {
    while let Ok(job) = rx.recv() {
        match job {
            Job::Ingest(job) => drop(job.reply.send(Err(error.clone()))),
            Job::AddFix { reply, .. } => drop(reply.send(Err(error.clone()))),
            Job::DeleteFix { reply, .. } => drop(reply.send(Err(error.clone()))),
        }
    }
}

/// The new-pair budget of each source: a bucket that refills at `max_new_pairs_per_minute` a
/// minute up to that many. Per source, so a sender inventing label values exhausts its own
/// budget, not everyone's.
#[derive(Default)]
struct PairBudgets {
    buckets: std::collections::HashMap<Source, Bucket>,
}

struct Bucket {
    /// Pairs that may still be created; negative after a burst (see [`PairBudgets::admit`]).
    tokens: f64,
    /// When `tokens` was last brought up to date.
    at: Millis,
}

impl PairBudgets {
    /// Whether `source` may create `count` new pairs at `now`. A document is admitted
    /// whenever the bucket holds anything at all, however many pairs it brings (up to
    /// `max_new_pairs_per_document`, checked before), and may drive the bucket into debt; the
    /// source then waits until the debt is repaid. So a large legitimate document is
    /// accepted at the latest once its source's budget has refilled, instead of being refused
    /// on every retry until the sender gives up.
    fn admit(&mut self, source: Source, count: usize, now: Millis, per_minute: usize) -> bool {
        let capacity = per_minute as f64;
        let bucket = self.buckets.entry(source).or_insert(Bucket {
            tokens: capacity,
            at: now,
        });
        let elapsed = (now - bucket.at).max(0) as f64;
        bucket.tokens = (bucket.tokens + elapsed * capacity / 60_000.0).min(capacity);
        bucket.at = bucket.at.max(now);
        if bucket.tokens <= 0.0 {
            return false;
        }
        bucket.tokens -= count as f64;
        true
    }
}

fn run(store: &mut dyn StoreWriter, shared: &Shared, rx: &Receiver<Job>, loaded_with: u64) {
    let mut budget = PairBudgets::default();
    let mut last_maintenance = Instant::now();
    let mut last_prune: Option<Instant> = None;
    let mut applied = loaded_with;
    let mut last_process_counters = Instant::now();
    loop {
        sync_settings(store, shared, &mut applied);
        if last_process_counters.elapsed() >= PROCESS_COUNTERS_EVERY {
            last_process_counters = Instant::now();
            stage_process_counters(store, shared);
        }
        match rx.recv_timeout(HISTORY_CHECK_EVERY) {
            Ok(first) => {
                let mut jobs = vec![first];
                while jobs.len() < MAX_JOBS_PER_COMMIT {
                    match rx.try_recv() {
                        Ok(job) => jobs.push(job),
                        Err(_) => break,
                    }
                }
                let mut ingests = Vec::with_capacity(jobs.len());
                for job in jobs {
                    match job {
                        Job::Ingest(ingest) => ingests.push(ingest),
                        Job::AddFix { fix, reply } => {
                            let _ = reply.send(add_fix(store, shared, fix));
                        }
                        Job::DeleteFix { id, reply } => {
                            let _ = reply.send(delete_fix(store, shared, id));
                        }
                    }
                }
                if !ingests.is_empty() {
                    process(store, shared, ingests, &mut budget);
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        if check_identity(store, shared).is_err() {
            // Maintenance would write into a file nobody will read again.
            continue;
        }
        if store.replicated() {
            if follow(store, shared).is_err() {
                continue;
            }
            // Taken over within a second when the leading replica dies (PostgreSQL frees its
            // session lock with its connection).
            store.leads();
        }
        rebuild_shared(store, shared);
        if last_maintenance.elapsed() >= MAINTENANCE_EVERY {
            last_maintenance = Instant::now();
            let now = crate::state::now_millis();
            maintain(store, shared, now);
            shared.tracker.lock().expect("tracker lock").refresh(now);
        }
        if last_prune.is_none_or(|t| t.elapsed() >= PRUNE_EVERY) {
            last_prune = Some(Instant::now());
            prune(store, shared, crate::state::now_millis());
        }
    }
    // Last-seen times and counters' ledger rows are the only state not yet on disk.
    let seen = shared
        .tracker
        .lock()
        .expect("tracker lock")
        .open_last_seen();
    stage_ledger(store, shared);
    stage_process_counters(store, shared);
    if let Err(e) = store.save_last_seen(&seen) {
        tracing::warn!(error = %e, "saving last-seen times at shutdown failed");
    }
    tracing::info!("store writer stopped");
}

/// Puts a reloaded configuration's incident and outage settings in force: the writer is the
/// only code that changes the tracker.
fn sync_settings(store: &mut dyn StoreWriter, shared: &Shared, applied: &mut u64) {
    let (runtime, generation) = shared.runtime_generation();
    if generation == *applied {
        return;
    }
    {
        let mut tracker = shared.tracker.lock().expect("tracker lock");
        tracker.reconfigure(&runtime.config.incident);
        tracker.set_outage_settings(runtime.outages.clone());
    }
    rebuild_shared(store, shared);
    *applied = generation;
    shared.settings_applied(generation);
}

/// Hands the process's own counters to the store for its next transaction.
fn stage_process_counters(store: &mut dyn StoreWriter, shared: &Shared) {
    let rows = shared
        .metrics
        .snapshot()
        .into_iter()
        .map(|(series, cells)| LedgerRow {
            key: LedgerKey::Process { series },
            basis: cells,
            adjustment: Vec::new(),
        })
        .collect();
    store.stage_ledger(rows);
}

/// Hands the counters' ledger rows that changed since the last transaction to the store,
/// which writes them first in its next one (see `incident::ledger`).
fn stage_ledger(store: &mut dyn StoreWriter, shared: &Shared) {
    let rows = shared.tracker.lock().expect("tracker lock").take_ledger();
    if !rows.is_empty() {
        store.stage_ledger(rows);
    }
}

fn add_fix(store: &mut dyn StoreWriter, shared: &Shared, fix: Fix) -> Result<Fix, WriteError> {
    check_identity(store, shared).map_err(|e| WriteError::Store { kind: e.kind() })?;
    stage_ledger(store, shared);
    let stored = store.add_fix(&fix).map_err(|e| {
        shared.metrics.store_error(e.kind());
        tracing::error!(error = %e, "storing a fix failed");
        WriteError::Store { kind: e.kind() }
    })?;
    if store.replicated() {
        let _ = follow(store, shared);
    } else {
        shared
            .tracker
            .lock()
            .expect("tracker lock")
            .add_fix(stored.clone());
        rebuild_shared(store, shared);
    }
    Ok(stored)
}

fn delete_fix(
    store: &mut dyn StoreWriter,
    shared: &Shared,
    id: i64,
) -> Result<Option<Fix>, WriteError> {
    check_identity(store, shared).map_err(|e| WriteError::Store { kind: e.kind() })?;
    stage_ledger(store, shared);
    let existed = store.delete_fix(id).map_err(|e| {
        shared.metrics.store_error(e.kind());
        WriteError::Store { kind: e.kind() }
    })?;
    let removed = if store.replicated() {
        let known = shared
            .tracker
            .lock()
            .expect("tracker lock")
            .fixes()
            .into_iter()
            .find(|fix| fix.id == id)
            .cloned();
        let _ = follow(store, shared);
        known
    } else {
        let removed = shared.tracker.lock().expect("tracker lock").remove_fix(id);
        rebuild_shared(store, shared);
        removed
    };
    Ok(if existed { removed } else { None })
}

fn process(
    store: &mut dyn StoreWriter,
    shared: &Shared,
    jobs: Vec<Ingest>,
    budget: &mut PairBudgets,
) {
    let mut batch = Batch::default();
    let mut summaries = Vec::with_capacity(jobs.len());
    let runtime = shared.runtime();
    let max_new_pairs = runtime.config.limits.max_new_pairs_per_minute;
    let max_per_document = runtime.config.limits.max_new_pairs_per_document;
    let mut accepted = Vec::with_capacity(jobs.len());
    // Index of each accepted job's first change in the batch.
    let mut first_change = Vec::with_capacity(jobs.len());
    {
        let mut tracker = shared.tracker.lock().expect("tracker lock");
        let mut new_in_batch: std::collections::HashSet<(String, String)> = Default::default();
        for job in jobs {
            let mut new_pairs = Vec::new();
            for (_, class) in &job.items {
                let key = (class.service.clone(), class.signature.clone());
                if !tracker.has_pair(&key.0, &key.1)
                    && !new_in_batch.contains(&key)
                    && !new_pairs.contains(&key)
                {
                    new_pairs.push(key);
                }
            }
            if new_pairs.len() > max_per_document {
                // Retrying cannot help: refused for good, naming the limit.
                let _ = job.reply.send(Err(WriteError::TooManyNewPairs {
                    count: new_pairs.len(),
                    max: max_per_document,
                }));
                continue;
            }
            if !new_pairs.is_empty()
                && !budget.admit(job.source, new_pairs.len(), job.received_at, max_new_pairs)
            {
                shared.metrics.throttled(job.source.as_str(), "new_pairs");
                let _ = job.reply.send(Err(WriteError::NewPairsThrottled));
                continue;
            }
            new_in_batch.extend(new_pairs);
            accepted.push(job);
        }
        for job in &accepted {
            first_change.push(batch.changes.len());
            let mut summary = Summary {
                alerts: job.items.len(),
                ..Summary::default()
            };
            for (notice, class) in &job.items {
                match tracker.decide(&mut batch, job.source, notice, class, job.received_at) {
                    Outcome::Opened => summary.new_episodes += 1,
                    Outcome::Closed => summary.resolved_episodes += 1,
                    Outcome::Unchanged => summary.unchanged += 1,
                }
            }
            summaries.push(summary);
        }
    }
    let jobs = accepted;
    let result = if batch.is_empty() {
        Ok(Committed::default())
    } else {
        let span = crate::telemetry::commit_span(
            jobs.len(),
            batch.changes.len(),
            jobs.iter().map(|j| &j.span),
        );
        let result = span.in_scope(|| commit(store, shared, &batch));
        span.record(
            "outcome",
            if result.is_ok() {
                "committed"
            } else {
                "failed"
            },
        );
        result
    };
    match result {
        Ok(committed) => {
            for &index in &committed.unchanged {
                let job = first_change.partition_point(|first| *first <= index) - 1;
                let summary = &mut summaries[job];
                match &batch.changes[index] {
                    Change::Open(_) => summary.new_episodes -= 1,
                    Change::Close { .. } => summary.resolved_episodes -= 1,
                    // A reclassification is not a notice of its own.
                    Change::Reclassify(_) => continue,
                }
                summary.unchanged += 1;
            }
            if !batch.is_empty() {
                let now = jobs.iter().map(|j| j.received_at).max().unwrap_or(0);
                apply_committed(store, shared, batch.changes, &committed, now);
            }
            for (job, summary) in jobs.into_iter().zip(summaries) {
                let _ = job.reply.send(Ok(summary));
            }
        }
        Err(e) => {
            // A job that changed nothing may still have been a duplicate of a change that was
            // lost with this batch, so every job of the batch is refused and will be retried.
            let kind = e.kind();
            for job in jobs {
                let _ = job.reply.send(Err(WriteError::Store { kind }));
            }
        }
    }
}

/// Applies a committed batch to the tracker: directly, or, when replicas share the store,
/// through the change log in commit order together with what the others committed before it.
fn apply_committed(
    store: &mut dyn StoreWriter,
    shared: &Shared,
    changes: Vec<Change>,
    committed: &Committed,
    now: Millis,
) {
    if store.replicated() {
        let _ = follow(store, shared);
        return;
    }
    let changes = without(changes, &committed.unchanged);
    shared
        .tracker
        .lock()
        .expect("tracker lock")
        .apply(&changes, now);
    rebuild_shared(store, shared);
}

/// Applies what was committed to a replicated store since the last call, in commit order,
/// and keeps readiness in step with the store's reachability. A replica that fell behind the
/// kept change log reloads the whole history.
fn follow(store: &mut dyn StoreWriter, shared: &Shared) -> Result<(), StoreError> {
    let items = match store.follow() {
        Ok(items) => items,
        Err(StoreError::Behind(message)) => {
            tracing::warn!(%message, "reloading the history from the shared store");
            let (runtime, _) = shared.runtime_generation();
            let (tracker, count) = restore(
                store,
                &runtime.config.incident,
                &runtime.outages,
                &shared.metrics,
            )?;
            shared.replace_tracker(tracker);
            rebuild_shared(store, shared);
            tracing::info!(episodes = count, "history reloaded");
            return Ok(());
        }
        Err(e) => {
            store_health(shared, Err(&e));
            return Err(e);
        }
    };
    store_health(shared, Ok(()));
    if items.is_empty() {
        return Ok(());
    }
    let now = crate::state::now_millis();
    {
        let mut tracker = shared.tracker.lock().expect("tracker lock");
        for item in items {
            match item {
                Replicated::Changes(changes) => tracker.apply(&changes, now),
                Replicated::FixAdded(fix) => {
                    if !tracker.fixes().iter().any(|known| known.id == fix.id) {
                        tracker.add_fix(fix);
                    }
                }
                Replicated::FixDeleted(id) => {
                    tracker.remove_fix(id);
                }
                Replicated::Pruned { cutoff, removed } => tracker.prune(cutoff, removed),
            }
        }
    }
    rebuild_shared(store, shared);
    Ok(())
}

/// Keeps the health flag and the store-error counter in step with the store's last answer.
fn store_health(shared: &Shared, result: Result<(), &StoreError>) {
    match result {
        Ok(()) => {
            if shared.health.commit_succeeded(true) {
                tracing::info!("store writable again; ingestion recovered");
            }
        }
        Err(e) => {
            shared.metrics.store_error(e.kind());
            if shared.health.commit_succeeded(false) {
                tracing::error!(error = %e, "store failed; answering 503 until it recovers");
            } else {
                tracing::debug!(error = %e, "store failed again");
            }
        }
    }
}

/// `changes` less those at `indexes` (sorted).
fn without(changes: Vec<Change>, indexes: &[usize]) -> Vec<Change> {
    if indexes.is_empty() {
        return changes;
    }
    changes
        .into_iter()
        .enumerate()
        .filter(|(i, _)| indexes.binary_search(i).is_err())
        .map(|(_, c)| c)
        .collect()
}

/// Checks that the store is still the one opened (see [`StoreWriter::verify`]) and keeps
/// the health in step: the first time it is found missing, that is logged
/// as an error and counted; once it is back, ingestion resumes.
fn check_identity(store: &dyn StoreWriter, shared: &Shared) -> Result<(), StoreError> {
    match store.verify() {
        Ok(()) => {
            if shared.health.store_missing(false) {
                tracing::warn!("the store is back where it was opened; ingestion resumed");
            }
            Ok(())
        }
        Err(e) => {
            if shared.health.store_missing(true) {
                shared.metrics.store_error(e.kind());
                tracing::error!(
                    error = %e,
                    "STORE MISSING: the storage was deleted or replaced under the running daemon; every webhook is answered 503 and nothing is acknowledged until it is back or the daemon is restarted"
                );
            }
            Err(e)
        }
    }
}

/// Commits a batch, keeping the health flag and self-metrics in step.
fn commit(
    store: &mut dyn StoreWriter,
    shared: &Shared,
    batch: &Batch,
) -> Result<Committed, StoreError> {
    stage_ledger(store, shared);
    let started = Instant::now();
    // Checked before every commit, not only once a second: a commit into a deleted file
    // would be acknowledged and then lost.
    let result = check_identity(store, shared).and_then(|()| store.commit(&batch.changes));
    shared
        .metrics
        .commit_seconds
        .observe(started.elapsed().as_secs_f64());
    if result.is_ok() {
        shared
            .metrics
            .commit_changes
            .observe(batch.changes.len() as f64);
    }
    store_health(shared, result.as_ref().map(|_| ()));
    result
}

fn maintain(store: &mut dyn StoreWriter, shared: &Shared, now: Millis) {
    let (stale, seen) = {
        let tracker = shared.tracker.lock().expect("tracker lock");
        (tracker.stale(now), tracker.open_last_seen())
    };
    // Replicas close stale episodes on one of them only: the store checks each against the
    // last-seen times every replica saves.
    if !stale.is_empty() && store.leads() {
        let batch = Batch::of(stale);
        if let Ok(committed) = commit(store, shared, &batch) {
            tracing::info!(
                episodes = batch.changes.len() - committed.unchanged.len(),
                "closed stale episodes"
            );
            apply_committed(store, shared, batch.changes, &committed, now);
        }
    }
    if !seen.is_empty() {
        stage_ledger(store, shared);
        if let Err(e) = store.save_last_seen(&seen) {
            shared.metrics.store_error(e.kind());
            tracing::warn!(error = %e, "saving last-seen times failed");
        }
    }
}

fn prune(store: &mut dyn StoreWriter, shared: &Shared, now: Millis) {
    let retention = shared.runtime().config.retention.as_millis() as Millis;
    let cutoff = now.saturating_sub(retention);
    if !store.leads() {
        return;
    }
    stage_ledger(store, shared);
    match store.prune(cutoff) {
        Ok(0) => {}
        Ok(n) if store.replicated() => {
            let _ = follow(store, shared);
            tracing::info!(episodes = n, "pruned episodes past retention");
        }
        Ok(n) => {
            shared
                .tracker
                .lock()
                .expect("tracker lock")
                .prune(cutoff, n);
            rebuild_shared(store, shared);
            tracing::info!(episodes = n, "pruned episodes past retention");
        }
        Err(e) => {
            shared.metrics.store_error(e.kind());
            tracing::warn!(error = %e, "pruning failed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PairBudgets;
    use crate::ingest::Source;

    #[test]
    fn new_pair_budget_is_per_source_and_admits_a_burst() {
        let other = Source::named("budget-test-other");
        let mut budgets = PairBudgets::default();
        // A burst larger than the whole budget is admitted while the bucket holds anything…
        assert!(budgets.admit(Source::Alertmanager, 2_500, 0, 1_000));
        // …then the source waits until its debt of 1,500 is repaid (90 s at 1,000 a minute)…
        assert!(!budgets.admit(Source::Alertmanager, 1, 60_000, 1_000));
        assert!(!budgets.admit(Source::Alertmanager, 1, 90_000, 1_000));
        assert!(budgets.admit(Source::Alertmanager, 1, 90_100, 1_000));
        // …while another source keeps its own budget throughout.
        assert!(budgets.admit(other, 1_000, 30_000, 1_000));
    }
}
