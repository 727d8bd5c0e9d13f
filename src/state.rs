//! State shared by the HTTP handlers, the writer and the exporters.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::Duration;

use crate::classify::{Classifier, LabelMap};
use crate::config::{Config, SignatureKind};
use crate::incident::outage::{DeclaredCause, Matcher, OutageSettings};
use crate::incident::{Pair, ServiceOutages, Tracker};
use crate::ingest::Millis;
use crate::self_metrics::SelfMetrics;

mod health;

pub use health::{Health, HealthCell};

/// A configuration together with what is compiled from it; swapped whole on reload.
#[derive(Debug)]
pub struct Runtime {
    pub config: Config,
    pub classifier: Classifier,
    /// How outages are derived, with the kinds of signatures and the declared causes.
    pub outages: OutageSettings,
}

impl Runtime {
    pub fn new(config: Config) -> Runtime {
        let classifier = Classifier::new(&config);
        let outages = outage_settings(&config, &classifier);
        Runtime {
            config,
            classifier,
            outages,
        }
    }
}

/// Outage settings from the configuration: built-in kinds changed by the rules' `kind:`, and
/// the inhibit rules whose source the classifier names a cause.
fn outage_settings(config: &Config, classifier: &Classifier) -> OutageSettings {
    let mut causes: BTreeSet<String> = crate::classify::kinds::CAUSES
        .iter()
        .map(|s| s.to_string())
        .collect();
    for rule in &config.rules {
        match rule.kind {
            Some(SignatureKind::Cause) => {
                causes.insert(rule.signature.clone());
            }
            Some(SignatureKind::Symptom) => {
                causes.remove(&rule.signature);
            }
            None => {}
        }
    }
    let mut declared = Vec::new();
    for rule in &config.outages.inhibit_rules {
        let labels: LabelMap = rule.source_labels.clone();
        let cause = classifier.classify(&labels, &LabelMap::new()).signature;
        let target: Vec<Matcher> = rule
            .target
            .iter()
            .filter(|m| matches!(m.label.as_str(), "alertname" | "service" | "signature"))
            .map(|m| Matcher {
                label: m.label.clone(),
                negated: m.negated,
                pattern: m.pattern.clone(),
            })
            .collect();
        let names_symptoms = target
            .iter()
            .any(|m| !m.negated && (m.label == "alertname" || m.label == "signature"));
        if !causes.contains(&cause) || !names_symptoms {
            tracing::info!(
                rule = %rule.text,
                source_signature = %cause,
                "inhibit rule not used for outages: its source is not a cause, or its target names no alertname or signature"
            );
            continue;
        }
        declared.push(DeclaredCause {
            cause,
            target,
            text: rule.text.clone(),
        });
    }
    OutageSettings {
        join_window: config
            .outages
            .join_window
            .unwrap_or(config.incident.merge_window)
            .as_millis() as crate::ingest::Millis,
        min_support: config.outages.min_support,
        min_confidence: config.outages.min_confidence,
        dependencies: config.outages.dependencies.clone(),
        declared,
        causes,
    }
}

/// Everything the tasks of one daemon share.
///
/// `tracker` uses a std `Mutex`: it is held only for in-memory work (deciding a batch,
/// applying it, encoding a scrape), never across an `.await` or a disk write, so an async
/// mutex would buy nothing.
pub struct Shared {
    /// The current configuration; readers clone the `Arc` and never hold the lock.
    runtime: RwLock<Arc<Runtime>>,
    /// Episodes and incidents; written only by the store writer.
    pub tracker: Mutex<Tracker>,
    /// Loading, ready, or why not; one value on a `watch` channel ([`Health`]).
    pub health: HealthCell,
    /// Bumped whenever the tracker is replaced whole ([`Shared::replace_tracker`]: the history
    /// loaded at start-up or reloaded by a replica), so that a read walking it in slices
    /// notices and stops instead of mixing two trackers' pairs.
    epoch: AtomicU64,
    /// The daemon's own counters.
    pub metrics: SelfMetrics,
    /// Bumped by every configuration swap; the writer alone puts the settings of the tracker
    /// in force ([`Shared::settings_applied`]), so the tracker has one owner.
    generation: AtomicU64,
    /// The generation the writer last applied to the tracker.
    applied: (Mutex<u64>, Condvar),
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared")
    }
}

impl Shared {
    pub fn new(runtime: Runtime) -> Shared {
        let tracker = Tracker::new(&runtime.config.incident);
        Shared {
            runtime: RwLock::new(Arc::new(runtime)),
            tracker: Mutex::new(tracker),
            health: HealthCell::default(),
            epoch: AtomicU64::new(0),
            metrics: SelfMetrics::default(),
            generation: AtomicU64::new(0),
            applied: (Mutex::new(0), Condvar::new()),
        }
    }

    /// The configuration in force.
    pub fn runtime(&self) -> Arc<Runtime> {
        self.runtime.read().expect("runtime lock").clone()
    }

    /// Puts a new, already validated configuration in force and returns its generation; the
    /// writer applies its incident and outage settings to the tracker within a second.
    pub fn swap_runtime(&self, runtime: Runtime) -> u64 {
        let mut current = self.runtime.write().expect("runtime lock");
        *current = Arc::new(runtime);
        self.generation.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// The configuration in force with its generation, read together.
    pub fn runtime_generation(&self) -> (Arc<Runtime>, u64) {
        let current = self.runtime.read().expect("runtime lock");
        (current.clone(), self.generation.load(Ordering::SeqCst))
    }

    /// Called by the writer once the tracker follows generation `generation`.
    pub fn settings_applied(&self, generation: u64) {
        let (applied, changed) = &self.applied;
        *applied.lock().expect("applied lock") = generation;
        changed.notify_all();
    }

    /// Waits until the writer has applied `generation`; false after `timeout` (the writer is
    /// still loading the history, and applies it as soon as it is done).
    pub fn wait_settings_applied(&self, generation: u64, timeout: Duration) -> bool {
        let (applied, changed) = &self.applied;
        let guard = applied.lock().expect("applied lock");
        let (guard, _) = changed
            .wait_timeout_while(guard, timeout, |g| *g < generation)
            .expect("applied lock");
        *guard >= generation
    }
}

/// Most pairs (or services) a read path handles per hold of the tracker lock. A read of a
/// 100,000-pair tracker is then some 400 short holds, and the writer and the repeat fast path
/// get the lock between any two of them instead of waiting for the whole read.
pub const READ_SLICE: usize = 256;

impl Shared {
    /// Puts a whole new tracker in place of the current one.
    pub fn replace_tracker(&self, tracker: Tracker) {
        let mut current = self.tracker.lock().expect("tracker lock");
        *current = tracker;
        self.epoch.fetch_add(1, Ordering::SeqCst);
    }

    /// Which tracker is in place; changes only with [`Shared::replace_tracker`].
    pub fn tracker_epoch(&self) -> u64 {
        self.epoch.load(Ordering::SeqCst)
    }

    /// Runs `f` under the tracker lock, then yields the thread so that a writer woken by the
    /// release gets the lock before this reader takes it again (std's mutex is not fair).
    pub fn read_tracker<T>(&self, f: impl FnOnce(&Tracker) -> T) -> T {
        let out = {
            let tracker = self.tracker.lock().expect("tracker lock");
            f(&tracker)
        };
        std::thread::yield_now();
        out
    }

    /// Calls `each` with the tracker and consecutive slices of at most [`READ_SLICE`] of its
    /// pairs (with the index of the slice's first pair), one lock hold per slice. Pairs are
    /// only ever appended, so every pair present when the walk starts is seen once; pairs
    /// added meanwhile may be seen or not, and each pair is read whole in one hold. If the
    /// tracker is replaced meanwhile (a replica reloading its history) the walk stops: that
    /// read answers from the part it saw.
    pub fn pair_slices(&self, mut each: impl FnMut(&Tracker, &[Pair], usize)) {
        let epoch = self.tracker_epoch();
        let mut start = 0;
        while let Some(end) = self.read_tracker(|tracker| {
            let pairs = tracker.pairs();
            (start < pairs.len() && self.tracker_epoch() == epoch).then(|| {
                let end = (start + READ_SLICE).min(pairs.len());
                each(tracker, &pairs[start..end], start);
                end
            })
        }) {
            start = end;
        }
    }

    /// Like [`Shared::pair_slices`] for the services' outages, in name order: slices of at
    /// most [`READ_SLICE`] services, each walk resuming after the last name seen.
    pub fn service_slices(&self, mut each: impl FnMut(&Tracker, &[(&String, &ServiceOutages)])) {
        use std::ops::Bound;
        let epoch = self.tracker_epoch();
        let mut after: Option<String> = None;
        while let Some(last) = self.read_tracker(|tracker| {
            if self.tracker_epoch() != epoch {
                return None;
            }
            let from = match &after {
                Some(name) => Bound::Excluded(name.as_str()),
                None => Bound::Unbounded,
            };
            let slice: Vec<(&String, &ServiceOutages)> = tracker
                .services()
                .range::<str, _>((from, Bound::Unbounded))
                .take(READ_SLICE)
                .collect();
            let last = slice.last().map(|(name, _)| (*name).clone());
            each(tracker, &slice);
            last
        }) {
            after = Some(last);
        }
    }
}

/// The wall clock in milliseconds; the only place the core's time comes from in production.
pub fn now_millis() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as Millis)
        .unwrap_or(0)
}
