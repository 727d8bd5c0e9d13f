//! The model's vocabulary: episodes and their keys, the durable changes the tracker decides,
//! incidents, fixes, histograms and the per-pair figures. Plain data; the behaviour is elsewhere.

use std::collections::HashMap;

use crate::ingest::{Millis, Source};

use super::NameSet;

/// Upper bounds (seconds) of `recurrence_interval_seconds`: 1h to 180d.
pub const INTERVAL_BUCKETS: [f64; BUCKETS] = [
    3_600.0,
    21_600.0,
    43_200.0,
    86_400.0,
    172_800.0,
    604_800.0,
    1_209_600.0,
    2_592_000.0,
    5_184_000.0,
    7_776_000.0,
    15_552_000.0,
];

/// Upper bounds (seconds) of `recurrence_incident_duration_seconds`: 1m to 7d.
pub const DURATION_BUCKETS: [f64; BUCKETS] = [
    60.0, 300.0, 900.0, 1_800.0, 3_600.0, 7_200.0, 21_600.0, 43_200.0, 86_400.0, 259_200.0,
    604_800.0,
];

/// Identity of an episode.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EpisodeKey {
    pub source: Source,
    pub fingerprint: String,
    pub starts_at: Millis,
}

/// A new episode, with everything the store keeps about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpisodeRecord {
    pub key: EpisodeKey,
    pub ends_at: Option<Millis>,
    /// Arrival time of the latest notification; used only to close stale episodes.
    pub last_seen: Millis,
    pub service: String,
    pub signature: String,
    pub rule: String,
    pub alertname: String,
    pub labels: crate::classify::LabelMap,
    pub annotations: crate::classify::LabelMap,
    /// What the store keeps for explanations and links; the model does not use it.
    pub extra: EpisodeExtra,
}

/// What the store gives back of an episode when a pair's history is read again.
impl From<&EpisodeRecord> for crate::model::HistoryRow {
    fn from(record: &EpisodeRecord) -> Self {
        crate::model::HistoryRow {
            starts_at: record.key.starts_at,
            ends_at: record.ends_at,
            alertname: record.alertname.clone(),
        }
    }
}

/// Stored with an episode for the incident API, not used by the incident model.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EpisodeExtra {
    /// Links from the sender (`dashboardURL`, `panelURL`, …).
    pub links: crate::classify::LabelMap,
    /// What made the classifier choose the signature: `field: matched text`.
    pub evidence: Option<String>,
}

/// A durable change to the episode history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Open(Box<EpisodeRecord>),
    Close {
        key: EpisodeKey,
        ends_at: Millis,
        stale: bool,
    },
    /// A known episode takes the classification of `record` (its service, signature, rule,
    /// alertname and evidence), which a later notice of it gave and which wins over the one it
    /// had ([`prevails`]); its end and last-seen time stay as they are.
    Reclassify(Box<EpisodeRecord>),
}

impl Change {
    pub fn key(&self) -> &EpisodeKey {
        match self {
            Change::Open(r) | Change::Reclassify(r) => &r.key,
            Change::Close { key, .. } => key,
        }
    }
}

/// Whether classification `a` wins over `b` for one episode whose notices classify
/// differently: the signature the classifier would pick if one text held both
/// ([`crate::classify::kinds::precedence`]: a user rule's, then the catalogue's order, causes
/// before symptoms, then `unclassified:…`; a firing text quoting "upstream request timeout"
/// keeps it against a recovery text that only names latency), then the smaller
/// (service, signature). A total order, so that the winner among the notices does not depend
/// on which arrived first.
pub fn prevails(a: (&str, &str), b: (&str, &str)) -> bool {
    fn rank<'a>((service, signature): (&'a str, &'a str)) -> (usize, &'a str, &'a str) {
        (
            crate::classify::kinds::precedence(signature),
            service,
            signature,
        )
    }
    rank(a) < rank(b)
}

/// What one notice amounted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new episode (firing, or already resolved).
    Opened,
    /// A known episode resolved.
    Closed,
    /// Nothing new: a repeat, a duplicate, or a late firing for a closed episode.
    Unchanged,
}

/// Changes decided but not yet durable, so that two deliveries of one episode in the same
/// group commit are seen as one.
#[derive(Debug, Default)]
pub struct Batch {
    pub changes: Vec<Change>,
    pub(super) pending: HashMap<EpisodeKey, Option<Millis>>,
}

impl Batch {
    /// A batch of changes decided elsewhere, such as stale closes.
    pub fn of(changes: Vec<Change>) -> Batch {
        Batch {
            changes,
            pending: HashMap::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Decides that a known episode ends at `ends_at`.
    pub(super) fn close(&mut self, key: EpisodeKey, ends_at: Millis) -> Outcome {
        self.pending.insert(key.clone(), Some(ends_at));
        self.changes.push(Change::Close {
            key,
            ends_at,
            stale: false,
        });
        Outcome::Closed
    }
}

/// Counts of a classic histogram over [`INTERVAL_BUCKETS`] or [`DURATION_BUCKETS`]:
/// per-bucket (non-cumulative) counts, sum and count. Inline, as every pair has six.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Histogram {
    pub counts: [u64; BUCKETS],
    pub sum: f64,
    pub count: u64,
}

/// Buckets of every histogram the model keeps.
pub(super) const BUCKETS: usize = 11;

impl Histogram {
    pub(super) fn observe(&mut self, bounds: &[f64; BUCKETS], value: f64) {
        if let Some(i) = bounds.iter().position(|b| value <= *b) {
            self.counts[i] += 1;
        }
        self.sum += value;
        self.count += 1;
    }

    /// `(upper bound, count in that bucket)` pairs, the form prometheus-client encodes
    /// (it accumulates them itself).
    pub fn buckets(&self, bounds: &[f64]) -> Vec<(f64, u64)> {
        bounds
            .iter()
            .enumerate()
            .map(|(i, b)| (*b, self.counts.get(i).copied().unwrap_or(0)))
            .collect()
    }
}

/// A team's declaration that a pair's root cause was fixed at `at`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Fix {
    pub id: i64,
    pub service: String,
    pub signature: String,
    /// A postmortem id or URL, as the team wrote it.
    #[serde(rename = "ref")]
    pub reference: String,
    pub at: Millis,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub created_at: Millis,
}

/// Figures of a pair within one trailing window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WindowStats {
    /// Incidents that started in the window.
    pub incidents: u64,
    /// Time spent in incident within the window.
    pub firing_ms: Millis,
    /// Distinct alertnames of the incidents that started in the window.
    pub symptoms: u64,
}

/// One incident of a pair, derived from its episodes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incident {
    pub start: Millis,
    /// `None` while any of its episodes is open.
    pub end: Option<Millis>,
    pub episodes: u32,
    pub flaps: u32,
    /// Indexes into the pair's `alertnames`.
    pub alertnames: NameSet,
    /// The fix this incident broke, when it is the first incident after a declared fix.
    pub regression_of: Option<i64>,
}

/// The derived figures of a pair, recomputed whenever its episodes change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PairSummary {
    pub incidents: u64,
    /// Start of the pair's first incident.
    pub first_start: Option<Millis>,
    pub open: bool,
    pub last_start: Option<Millis>,
    /// End of the latest incident that has ended.
    pub last_end: Option<Millis>,
    pub flaps: u64,
    pub intervals: Histogram,
    pub durations: Histogram,
    /// Incidents that were the first after a declared fix.
    pub regressions: u64,
    /// Declared fix → the incident that broke it.
    pub time_to_regression: Histogram,
    /// Alertnames first seen after the pair's first incident.
    pub new_symptoms: u64,
    /// One entry per configured window, in the order of the windows.
    pub windows: Vec<WindowStats>,
}

/// How long a closed episode's key stays in memory to recognise its repeats without the store.
/// Senders repeat a resolved alert for a few group intervals and HA pairs within seconds;
/// older repeats reach the writer and are recognised by the store's unique key.
pub const RECENT_KEYS: Millis = 86_400_000;

/// One item of the history as the store streams it at start-up.
#[derive(Debug)]
pub enum Restored<'a> {
    /// One episode, ordered by (service, signature, start) so that each pair's settled
    /// incidents can be folded as soon as its last episode is read.
    History {
        service: &'a str,
        signature: &'a str,
        alertname: &'a str,
        starts_at: Millis,
        ends_at: Option<Millis>,
    },
    /// An open or recently ended episode in full, for repeat detection.
    Recent(EpisodeRecord),
}
