//! The incident model: episodes → incidents → recurrences, per (service, signature) pair.
//!
//! Pure: no I/O, no clock. Time comes in as an argument and every timestamp used for history
//! is the sender's own `startsAt`/`endsAt`, so a replay of the stored episodes rebuilds exactly
//! the live state. The rules (also in ARCHITECTURE.md):
//!
//! 1. An *episode* is one firing stretch of one alert, identified by (source, fingerprint,
//!    startsAt). Repeats of a known episode change nothing. A resolve closes it with its real
//!    `endsAt`; a late firing for a closed episode does not reopen it; a resolve for an unknown
//!    episode records a closed episode.
//! 2. Per pair, episodes are merged into *incidents*: sorted by start, an episode joins the
//!    current incident when it starts while the incident is open or within `merge_window` after
//!    it ended; otherwise it opens a new incident, a *recurrence* when the pair had one before.
//!    Joining after a gap is a *flap*. An incident ends when its last episode ends.
//! 3. An open episode with no notification for `stale_after` is closed at its last-seen time.
//!
//! Because incidents are a function of the set of episode intervals, not of arrival order,
//! duplicate and out-of-order deliveries give the same incidents.

mod accounting;
mod derive;
pub mod ledger;
pub mod outage;

pub use derive::{derive_incidents, incidents_of_history};
use derive::{millis_of, pair_figures, recompute, settle, settle_horizon, window_stats};

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::classify::Classification;
use crate::ingest::{AlertStatus, Millis, Notice, Source};
use crate::model::HistoryRow;

/// Settings of the incident model, as values (`incident:` and `windows:` in the configuration).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentConfig {
    /// An episode that starts within this time after the pair's last incident ended joins it.
    pub merge_window: std::time::Duration,
    /// An open episode with no notification for this long is closed at its last-seen time.
    pub stale_after: std::time::Duration,
    /// Trailing windows for the `recurrence_window_*` metrics, shortest first (YAML: `windows`).
    pub windows: Vec<std::time::Duration>,
}

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
}

impl Change {
    pub fn key(&self) -> &EpisodeKey {
        match self {
            Change::Open(r) => &r.key,
            Change::Close { key, .. } => key,
        }
    }
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
    pending: HashMap<EpisodeKey, Option<Millis>>,
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
const BUCKETS: usize = 11;

impl Histogram {
    fn observe(&mut self, bounds: &[f64; BUCKETS], value: f64) {
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

/// A small set of alertname indexes: a bit mask for the first 64 names of a pair (nearly every
/// pair), so that an incident costs no allocation for its alertnames.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameSet {
    low: u64,
    /// Indexes from 64 on, sorted.
    high: Vec<u32>,
}

impl NameSet {
    pub fn of(name: u32) -> NameSet {
        let mut set = NameSet::default();
        set.insert(name);
        set
    }

    /// Adds a name; true if it was not there yet.
    pub fn insert(&mut self, name: u32) -> bool {
        if name < 64 {
            let bit = 1u64 << name;
            let added = self.low & bit == 0;
            self.low |= bit;
            added
        } else {
            match self.high.binary_search(&name) {
                Ok(_) => false,
                Err(at) => {
                    self.high.insert(at, name);
                    true
                }
            }
        }
    }

    pub fn extend(&mut self, other: &NameSet) {
        self.low |= other.low;
        for name in &other.high {
            self.insert(*name);
        }
    }

    pub fn len(&self) -> usize {
        self.low.count_ones() as usize + self.high.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The indexes in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        (0..64u32)
            .filter(move |i| self.low & (1u64 << i) != 0)
            .chain(self.high.iter().copied())
    }
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

/// The cumulative figures of a run of incidents, folded in start order.
///
/// A pair's incidents that ended before every trailing window are *settled*: folded into one
/// of these and dropped from memory with their episodes, so memory follows the windows, not
/// the history. Only a change that reaches back to them (a late episode, a fix declared
/// before them, retention, a new merge window) needs their episodes again, and then the pair
/// is rebuilt from the store ([`Tracker::pairs_needing_history`]).
#[derive(Debug, Clone, Default, PartialEq)]
struct Folded {
    incidents: u64,
    flaps: u64,
    intervals: Histogram,
    durations: Histogram,
    regressions: u64,
    time_to_regression: Histogram,
    new_symptoms: u64,
    seen: NameSet,
    /// Start of the first incident folded.
    first: Option<Millis>,
    /// Start and end of the latest incident folded.
    last: Option<(Millis, Option<Millis>)>,
    /// `(fix id, start of the incident that broke it)`.
    broken: Vec<(i64, Millis)>,
}

impl Folded {
    /// Adds the next incident, marking it as a regression when it is the first incident
    /// after a fix; with several fixes before it, the latest one is the one broken.
    fn fold(&mut self, incident: &mut Incident, fixes: &[Fix]) {
        incident.regression_of = None;
        if let Some(fix) = fixes.iter().rev().find(|f| f.at < incident.start) {
            if self
                .last
                .is_none_or(|(previous_start, _)| fix.at >= previous_start)
            {
                incident.regression_of = Some(fix.id);
                self.regressions += 1;
                self.time_to_regression
                    .observe(&INTERVAL_BUCKETS, (incident.start - fix.at) as f64 / 1000.0);
                self.broken.push((fix.id, incident.start));
            }
        }
        if let Some(end) = incident.end {
            self.durations
                .observe(&DURATION_BUCKETS, (end - incident.start) as f64 / 1000.0);
        }
        if let Some((_, Some(previous_end))) = self.last {
            self.intervals.observe(
                &INTERVAL_BUCKETS,
                (incident.start - previous_end) as f64 / 1000.0,
            );
        }
        for name in incident.alertnames.iter() {
            if self.seen.insert(name) && self.incidents > 0 {
                self.new_symptoms += 1;
            }
        }
        self.flaps += u64::from(incident.flaps);
        self.incidents += 1;
        self.first.get_or_insert(incident.start);
        self.last = Some((incident.start, incident.end));
    }
}

/// History of one (service, signature) pair.
#[derive(Debug, Clone)]
pub struct Pair {
    pub service: String,
    pub signature: String,
    /// Every alertname the pair has been seen under, in first-seen order, as ids of the
    /// tracker's alertnames ([`Tracker::alertname`]): pairs share the few names there are.
    pub alertnames: Vec<u32>,
    /// `(start, end, alertname index)` of each episode not settled, sorted: those of the
    /// incidents that are open or ended within the longest window (plus the merge window).
    /// Incidents are derived from them when needed ([`Tracker::incidents`]), not kept.
    episodes: Vec<(Millis, Option<Millis>, u32)>,
    /// Declared fixes, sorted by time.
    pub fixes: Vec<Fix>,
    pub summary: PairSummary,
    settled: Folded,
    /// Earliest end of a settled episode, so that retention knows when it reaches them.
    settled_oldest_end: Option<Millis>,
    /// `(start, end)` of each settled incident, oldest first: outages are grouped across the
    /// service's pairs over the whole history, 16 bytes per settled incident.
    settled_spans: Vec<(Millis, Millis)>,
    /// The pair's counters ([`ledger::PairFigure`]): what was counted never goes down.
    counted: ledger::Monotone,
}

impl Pair {
    fn new(service: &str, signature: &str) -> Pair {
        Pair {
            service: service.to_string(),
            signature: signature.to_string(),
            alertnames: Vec::new(),
            episodes: Vec::new(),
            fixes: Vec::new(),
            summary: PairSummary::default(),
            settled: Folded::default(),
            settled_oldest_end: None,
            settled_spans: Vec::new(),
            counted: ledger::Monotone::new(ledger::PAIR_FIGURES),
        }
    }

    /// The pair's counters; read with [`ledger::PairFigure`] indexes.
    pub fn counted(&self) -> &ledger::Monotone {
        &self.counted
    }

    /// Incidents ever counted for the pair, including those later merged or pruned.
    pub fn counted_incidents(&self) -> u64 {
        self.counted.value(ledger::PairFigure::Incidents as usize)
    }

    /// Every incident of the pair as `(start, end)`, settled ones included, oldest first.
    fn spans(&self, merge_window: Millis) -> impl Iterator<Item = (Millis, Option<Millis>)> + '_ {
        let unsettled = derive_incidents(&self.episodes, merge_window);
        self.settled_spans
            .iter()
            .map(|(start, end)| (*start, Some(*end)))
            .chain(unsettled.into_iter().map(|i| (i.start, i.end)))
    }

    /// How many of the pair's incidents are settled: counted in `summary`, kept only in the
    /// store, and all older than the unsettled ones ([`Tracker::incidents`]).
    pub fn settled_incidents(&self) -> u64 {
        self.settled.incidents
    }

    /// Start of the latest settled incident: incidents starting at or before it are settled.
    pub fn settled_through(&self) -> Option<Millis> {
        self.settled.last.map(|(start, _)| start)
    }

    /// End of the latest settled incident.
    pub fn settled_end(&self) -> Option<Millis> {
        self.settled.last.and_then(|(_, end)| end)
    }

    /// The incidents that are not settled, oldest first, each marked with the fix it broke.
    fn incidents(&self, merge_window: Millis) -> Vec<Incident> {
        let mut incidents = derive_incidents(&self.episodes, merge_window);
        let mut folded = self.settled.clone();
        for incident in &mut incidents {
            folded.fold(incident, &self.fixes);
        }
        incidents
    }

    /// Whether an episode starting at `start` would change settled incidents.
    fn reaches_settled(&self, start: Millis, merge_window: Millis) -> bool {
        self.settled
            .last
            .is_some_and(|(_, end)| end.is_none_or(|end| start <= end.saturating_add(merge_window)))
    }

    /// Whether a fix at `at` could change which settled incident is a regression.
    fn fix_reaches_settled(&self, at: Millis) -> bool {
        self.settled.last.is_some_and(|(start, _)| at < start)
    }

    /// The pair's own index of the tracker's alertname `id`.
    fn name_index(&mut self, id: u32) -> u32 {
        match self.alertnames.iter().position(|a| *a == id) {
            Some(i) => i as u32,
            None => {
                self.alertnames.push(id);
                (self.alertnames.len() - 1) as u32
            }
        }
    }
}

/// How long a closed episode's key stays in memory to recognise its repeats without the store.
/// Senders repeat a resolved alert for a few group intervals and HA pairs within seconds;
/// older repeats reach the writer and are recognised by the store's unique key.
pub const RECENT_KEYS: Millis = 86_400_000;

#[derive(Debug, Clone)]
struct EpisodeSlot {
    pair: u32,
    /// Index of the episode's alertname in its pair.
    name: u32,
    end: Option<Millis>,
    last_seen: Millis,
}

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

/// The state derived from the episode history: per pair, its unsettled incidents and its
/// figures; keys of open and recent episodes for repeat detection.
#[derive(Debug)]
pub struct Tracker {
    merge_window: Millis,
    stale_after: Millis,
    windows: Vec<Millis>,
    /// The latest time window figures were computed for.
    now: Millis,
    /// Open episodes and those that ended within [`RECENT_KEYS`].
    keys: HashMap<EpisodeKey, EpisodeSlot>,
    /// Keys of open episodes, so that stale checks do not scan every key.
    open: HashSet<EpisodeKey>,
    pairs: Vec<Pair>,
    /// service → signature → pair id; two levels so that look-ups borrow `&str`.
    pair_index: HashMap<String, HashMap<String, u32>>,
    /// Every alertname seen, once; pairs refer to them by index.
    names: Vec<Box<str>>,
    name_ids: HashMap<Box<str>, u32>,
    /// Episodes in the store, as far as this tracker has seen them.
    stored_episodes: u64,
    /// Pairs whose settled incidents must be rebuilt from the store.
    needs_history: BTreeSet<u32>,
    /// The pair whose history is streaming in at start-up.
    restoring: Option<u32>,
    /// Its episodes while they stream in: one buffer for every pair, so that only the
    /// unsettled episodes get an allocation of their own and the heap stays unfragmented.
    scratch: Vec<(Millis, Option<Millis>, u32)>,
    /// How outages are derived.
    outage_settings: outage::OutageSettings,
    /// Per service, its outages and their counters.
    services: BTreeMap<String, ServiceOutages>,
    /// Pairs whose counters changed since their ledger row was last handed to the store.
    dirty_pairs: BTreeSet<u32>,
    /// Services whose outage counters changed since their rows were last handed over.
    dirty_services: BTreeSet<String>,
}

/// The outages of one service, derived whenever one of its pairs changes.
#[derive(Debug, Default)]
pub struct ServiceOutages {
    /// The service's outages that started within the longest window (plus the join window) or
    /// are open, by start; older ones live on only in the counters. Their details are derived
    /// again on demand ([`Tracker::outage_details`]).
    pub outages: Vec<outage::OutageRecord>,
    /// (cause, attribution) → outages counted.
    pub counted: BTreeMap<(String, outage::Attribution), ledger::Monotone>,
    /// cause → `[regressions, interval histogram cells…]` counted.
    pub counted_by_cause: BTreeMap<String, ledger::Monotone>,
}

/// Figures of [`ServiceOutages::counted_by_cause`]: regressions, then the interval histogram.
pub const OUTAGE_CAUSE_FIGURES: usize = 1 + ledger::HISTOGRAM_CELLS;

impl Tracker {
    pub fn new(settings: &IncidentConfig) -> Tracker {
        Tracker {
            merge_window: settings.merge_window.as_millis() as Millis,
            stale_after: settings.stale_after.as_millis() as Millis,
            windows: millis_of(&settings.windows),
            now: 0,
            keys: HashMap::new(),
            open: HashSet::new(),
            pairs: Vec::new(),
            pair_index: HashMap::new(),
            names: Vec::new(),
            name_ids: HashMap::new(),
            stored_episodes: 0,
            needs_history: BTreeSet::new(),
            restoring: None,
            scratch: Vec::new(),
            outage_settings: outage::OutageSettings {
                join_window: settings.merge_window.as_millis() as Millis,
                ..outage::OutageSettings::default()
            },
            services: BTreeMap::new(),
            dirty_pairs: BTreeSet::new(),
            dirty_services: BTreeSet::new(),
        }
    }

    /// Rebuilds the state from stored episodes and fixes, in any order, as of `now`; the
    /// store's start-up path does the same with [`Tracker::begin_restore`] and streaming.
    pub fn restore(
        settings: &IncidentConfig,
        records: impl IntoIterator<Item = EpisodeRecord>,
        fixes: impl IntoIterator<Item = Fix>,
        now: Millis,
    ) -> Tracker {
        Tracker::restore_with(
            settings,
            outage::OutageSettings {
                join_window: settings.merge_window.as_millis() as Millis,
                ..outage::OutageSettings::default()
            },
            records,
            fixes,
            Vec::new(),
            now,
        )
    }

    /// [`Tracker::restore`] with outage settings and the counters' ledger.
    pub fn restore_with(
        settings: &IncidentConfig,
        outages: outage::OutageSettings,
        records: impl IntoIterator<Item = EpisodeRecord>,
        fixes: impl IntoIterator<Item = Fix>,
        ledger: Vec<ledger::LedgerRow>,
        now: Millis,
    ) -> Tracker {
        let mut records: Vec<EpisodeRecord> = records.into_iter().collect();
        records.sort_by(|a, b| {
            (&a.service, &a.signature, a.key.starts_at).cmp(&(
                &b.service,
                &b.signature,
                b.key.starts_at,
            ))
        });
        let mut tracker = Tracker::new(settings);
        tracker.outage_settings = outages;
        tracker.begin_restore(fixes, ledger, now);
        for r in &records {
            tracker.load(Restored::History {
                service: &r.service,
                signature: &r.signature,
                alertname: &r.alertname,
                starts_at: r.key.starts_at,
                ends_at: r.ends_at,
            });
        }
        for r in records {
            if r.ends_at.is_none_or(|end| end >= tracker.recent_since()) {
                tracker.load(Restored::Recent(r));
            }
        }
        tracker.finish_restore();
        tracker
    }

    /// Starts a rebuild as of `now`: fixes first, as folding incidents needs them, and the
    /// counters' ledger, which the rebuilt figures are then followed from.
    pub fn begin_restore(
        &mut self,
        fixes: impl IntoIterator<Item = Fix>,
        ledger: Vec<ledger::LedgerRow>,
        now: Millis,
    ) {
        self.now = now;
        self.restore_ledger(ledger);
        for fix in fixes {
            let id = self.pair_id(&fix.service, &fix.signature);
            self.pairs[id as usize].fixes.push(fix);
        }
        for pair in &mut self.pairs {
            pair.fixes.sort_by_key(|f| (f.at, f.id));
        }
    }

    /// Episodes that ended before this are not needed for repeat detection.
    pub fn recent_since(&self) -> Millis {
        self.now.saturating_sub(RECENT_KEYS)
    }

    /// Adds one stored item while rebuilding; call [`Tracker::finish_restore`] after the last.
    pub fn load(&mut self, item: Restored<'_>) {
        match item {
            Restored::History {
                service,
                signature,
                alertname,
                starts_at,
                ends_at,
            } => {
                let same = self.restoring.is_some_and(|id| {
                    let pair = &self.pairs[id as usize];
                    pair.service == service && pair.signature == signature
                });
                if !same {
                    self.finish_restoring_pair();
                    self.restoring = Some(self.pair_id(service, signature));
                }
                let id = self.restoring.expect("set above");
                self.stored_episodes += 1;
                let name_id = self.intern(alertname);
                let pair = &mut self.pairs[id as usize];
                if pair.reaches_settled(starts_at, self.merge_window) {
                    // Out of order: the pair was already folded; read it again whole.
                    self.needs_history.insert(id);
                    return;
                }
                let name = pair.name_index(name_id);
                self.scratch.push((starts_at, ends_at, name));
            }
            Restored::Recent(record) => {
                let id = self.pair_id(&record.service, &record.signature);
                let name_id = self.intern(&record.alertname);
                let name = self.pairs[id as usize].name_index(name_id);
                self.remember(&record, id, name);
            }
        }
    }

    /// Ends a rebuild: derives the figures of every pair as of the `now` it began with.
    pub fn finish_restore(&mut self) {
        self.finish_restoring_pair();
        self.scratch = Vec::new();
        self.recompute_all();
        self.account_all();
    }

    fn finish_restoring_pair(&mut self) {
        if let Some(id) = self.restoring.take() {
            let pair = &mut self.pairs[id as usize];
            self.scratch.append(&mut pair.episodes);
            self.scratch.sort_unstable();
            std::mem::swap(&mut pair.episodes, &mut self.scratch);
            recompute(pair, self.merge_window, &self.windows, self.now);
            let unsettled = pair.episodes.to_vec();
            self.scratch = std::mem::replace(&mut pair.episodes, unsettled);
            self.scratch.clear();
            pair.alertnames.shrink_to_fit();
            pair.settled_spans.shrink_to_fit();
        }
    }

    /// Replaces a pair's history with all of its stored episodes, after
    /// [`Tracker::pairs_needing_history`] asked for it.
    pub fn rebuild_pair(&mut self, service: &str, signature: &str, history: &[HistoryRow]) {
        let id = self.pair_id(service, signature);
        self.needs_history.remove(&id);
        let name_ids: Vec<u32> = history
            .iter()
            .map(|row| self.intern(&row.alertname))
            .collect();
        let pair = &mut self.pairs[id as usize];
        pair.settled = Folded::default();
        pair.settled_oldest_end = None;
        pair.settled_spans = Vec::new();
        let mut episodes: Vec<_> = history
            .iter()
            .zip(name_ids)
            .map(|(row, name_id)| (row.starts_at, row.ends_at, pair.name_index(name_id)))
            .collect();
        episodes.sort_unstable();
        pair.episodes = episodes;
        recompute(pair, self.merge_window, &self.windows, self.now);
        pair.episodes.shrink_to_fit();
        self.account_changed(&BTreeSet::from([id]));
    }

    /// `(service, signature)` of the pairs whose settled incidents a change reached; their
    /// figures are wrong until [`Tracker::rebuild_pair`] gives them their stored history.
    pub fn pairs_needing_history(&self) -> Vec<(String, String)> {
        self.needs_history
            .iter()
            .map(|id| {
                let pair = &self.pairs[*id as usize];
                (pair.service.clone(), pair.signature.clone())
            })
            .collect()
    }

    /// Changes the merge and window settings, recomputing every incident. Settled incidents
    /// were folded with the old settings: their pairs are asked for again.
    pub fn reconfigure(&mut self, settings: &IncidentConfig) {
        let merge_window = settings.merge_window.as_millis() as Millis;
        let windows = millis_of(&settings.windows);
        self.stale_after = settings.stale_after.as_millis() as Millis;
        if merge_window != self.merge_window || windows != self.windows {
            let reaches_back =
                merge_window != self.merge_window || windows.last() > self.windows.last();
            self.merge_window = merge_window;
            self.windows = windows;
            if reaches_back {
                for (id, pair) in self.pairs.iter().enumerate() {
                    if pair.settled.incidents > 0 {
                        self.needs_history.insert(id as u32);
                    }
                }
            }
            self.recompute_all();
            self.account_all();
        }
    }
    /// Decides what `notice` changes, adding durable changes to `batch`. Repeats of open
    /// episodes only refresh their last-seen time in memory.
    pub fn decide(
        &mut self,
        batch: &mut Batch,
        source: Source,
        notice: &Notice,
        class: &Classification,
        now: Millis,
    ) -> Outcome {
        let mut key = EpisodeKey {
            source,
            fingerprint: notice.fingerprint.clone(),
            starts_at: notice.starts_at,
        };
        let mut known_end = match batch.pending.get(&key) {
            Some(end) => Some(*end),
            None => self.keys.get(&key).map(|slot| slot.end),
        };
        if known_end.is_none()
            && notice.status == AlertStatus::Resolved
            && notice.meta.resolve_by_fingerprint
        {
            // The sender's resolve does not carry the start: it closes the latest open episode
            // of that fingerprint that started before the end.
            if let Some(open) =
                self.open_episode_of(batch, source, &notice.fingerprint, notice.ends_at)
            {
                key = open;
                known_end = Some(None);
            }
        }
        match (known_end, notice.status) {
            (None, _) => {
                let ends_at = notice.ends_at;
                batch.pending.insert(key.clone(), ends_at);
                batch.changes.push(Change::Open(Box::new(EpisodeRecord {
                    key,
                    ends_at,
                    last_seen: now,
                    service: class.service.clone(),
                    signature: class.signature.clone(),
                    rule: class.rule.clone(),
                    alertname: notice.labels.get("alertname").cloned().unwrap_or_default(),
                    labels: notice.labels.clone(),
                    annotations: notice.annotations.clone(),
                    extra: EpisodeExtra {
                        links: notice.meta.links.clone(),
                        evidence: class
                            .evidence
                            .as_ref()
                            .map(|e| format!("{}: {}", e.field, e.matched)),
                    },
                })));
                Outcome::Opened
            }
            (Some(None), AlertStatus::Resolved) => {
                let ends_at = notice.ends_at.unwrap_or(notice.starts_at);
                batch.pending.insert(key.clone(), Some(ends_at));
                batch.changes.push(Change::Close {
                    key,
                    ends_at,
                    stale: false,
                });
                Outcome::Closed
            }
            (Some(None), AlertStatus::Firing) => {
                if let Some(slot) = self.keys.get_mut(&key) {
                    slot.last_seen = slot.last_seen.max(now);
                }
                Outcome::Unchanged
            }
            // Two resolves of one episode with different ends: the latest end wins, whichever
            // arrives first, so the history does not depend on arrival order.
            (Some(Some(end)), AlertStatus::Resolved)
                if notice.ends_at.is_some_and(|later| later > end) =>
            {
                let ends_at = notice.ends_at.expect("checked by the guard");
                batch.pending.insert(key.clone(), Some(ends_at));
                batch.changes.push(Change::Close {
                    key,
                    ends_at,
                    stale: false,
                });
                Outcome::Closed
            }
            (Some(Some(_)), _) => Outcome::Unchanged,
        }
    }

    /// If every notice repeats what is already known (a firing for an open episode, anything
    /// for a closed one), refreshes the open episodes' last-seen times and returns true; then
    /// nothing durable would change. Otherwise changes nothing and returns false. Episodes the
    /// writer has decided but not yet applied are unknown here, so their repeats still go
    /// through the writer, which sees its own pending batch.
    pub fn touch_repeats(&mut self, source: Source, notices: &[Notice], now: Millis) -> bool {
        // One key whose buffer every look-up reuses: this runs for every repeat delivery.
        let mut key = EpisodeKey {
            source,
            fingerprint: String::new(),
            starts_at: 0,
        };
        let fill = |key: &mut EpisodeKey, notice: &Notice| {
            key.fingerprint.clear();
            key.fingerprint.push_str(&notice.fingerprint);
            key.starts_at = notice.starts_at;
        };
        for notice in notices {
            fill(&mut key, notice);
            let repeat = match self.keys.get(&key).map(|slot| slot.end) {
                // A resolve with a later end moves the end (see `decide`).
                Some(Some(end)) => {
                    notice.status != AlertStatus::Resolved
                        || notice.ends_at.is_none_or(|later| later <= end)
                }
                Some(None) => notice.status == AlertStatus::Firing,
                None => false,
            };
            if !repeat {
                return false;
            }
        }
        for notice in notices {
            fill(&mut key, notice);
            if let Some(slot) = self.keys.get_mut(&key) {
                slot.last_seen = slot.last_seen.max(now);
            }
        }
        true
    }

    /// The latest open episode (in the state or the batch) of `fingerprint` from `source` that
    /// started no later than `before`.
    fn open_episode_of(
        &self,
        batch: &Batch,
        source: Source,
        fingerprint: &str,
        before: Option<Millis>,
    ) -> Option<EpisodeKey> {
        let limit = before.unwrap_or(Millis::MAX);
        let from_state = self
            .open
            .iter()
            .filter(|k| batch.pending.get(*k).is_none_or(|end| end.is_none()));
        let from_batch = batch
            .pending
            .iter()
            .filter(|(_, end)| end.is_none())
            .map(|(k, _)| k);
        from_state
            .chain(from_batch)
            .filter(|k| k.source == source && k.fingerprint == fingerprint && k.starts_at <= limit)
            .max_by_key(|k| k.starts_at)
            .cloned()
    }

    /// Applies changes that are now durable; `now` moves the trailing windows forward.
    /// Changes that reach settled incidents leave their pairs in
    /// [`Tracker::pairs_needing_history`].
    pub fn apply(&mut self, changes: &[Change], now: Millis) {
        self.advance(now);
        let mut touched = BTreeSet::new();
        for change in changes {
            match change {
                Change::Open(record) => {
                    if let Some(pair) = self.insert(record) {
                        touched.insert(pair);
                    }
                }
                Change::Close { key, ends_at, .. } => {
                    if let Some(pair) = self.close(key, *ends_at) {
                        touched.insert(pair);
                    }
                }
            }
        }
        for &pair in &touched {
            let pair = &mut self.pairs[pair as usize];
            pair.episodes.sort_unstable();
            recompute(pair, self.merge_window, &self.windows, self.now);
        }
        if !touched.is_empty() {
            self.account_changed(&touched);
        }
    }

    /// Moves the trailing windows to `now` and forgets the keys of episodes that are no
    /// longer recent; cheap, as only window figures are recomputed.
    pub fn refresh(&mut self, now: Millis) {
        self.advance(now);
        for pair in &mut self.pairs {
            let incidents = derive_incidents(&pair.episodes, self.merge_window);
            pair.summary.windows = window_stats(&incidents, &self.windows, self.now);
        }
        let recent_since = self.recent_since();
        self.keys
            .retain(|_, slot| slot.end.is_none_or(|end| end >= recent_since));
    }

    /// Moves `now` forward, settling the incidents that left every window. Settling does
    /// not change any figure, only what is kept in memory.
    fn advance(&mut self, now: Millis) {
        if now <= self.now {
            return;
        }
        self.now = now;
        let horizon = settle_horizon(self.now, &self.windows, self.merge_window);
        for pair in &mut self.pairs {
            settle(pair, horizon, self.merge_window);
        }
    }
    /// The latest time figures were computed for.
    pub fn now(&self) -> Millis {
        self.now
    }

    pub fn merge_window(&self) -> Millis {
        self.merge_window
    }

    /// The trailing windows in milliseconds, shortest first.
    pub fn windows(&self) -> &[Millis] {
        &self.windows
    }

    /// Records a durable fix; a pair without history is created and waits for incidents.
    pub fn add_fix(&mut self, fix: Fix) {
        let id = self.pair_id(&fix.service, &fix.signature);
        let pair = &mut self.pairs[id as usize];
        if pair.fix_reaches_settled(fix.at) {
            self.needs_history.insert(id);
        }
        pair.fixes.push(fix);
        pair.fixes.sort_by_key(|f| (f.at, f.id));
        recompute(pair, self.merge_window, &self.windows, self.now);
        self.account_changed(&BTreeSet::from([id]));
    }

    /// Forgets a fix; returns it if it existed.
    pub fn remove_fix(&mut self, id: i64) -> Option<Fix> {
        let (pair_id, i) = self.pairs.iter().enumerate().find_map(|(pair_id, pair)| {
            let i = pair.fixes.iter().position(|f| f.id == id)?;
            Some((pair_id, i))
        })?;
        let pair = &mut self.pairs[pair_id];
        let fix = pair.fixes.remove(i);
        if pair.fix_reaches_settled(fix.at) {
            self.needs_history.insert(pair_id as u32);
        }
        recompute(pair, self.merge_window, &self.windows, self.now);
        self.account_changed(&BTreeSet::from([pair_id as u32]));
        Some(fix)
    }

    /// Every declared fix, oldest first.
    pub fn fixes(&self) -> Vec<&Fix> {
        let mut all: Vec<&Fix> = self.pairs.iter().flat_map(|p| &p.fixes).collect();
        all.sort_by_key(|f| (f.at, f.id));
        all
    }

    /// Open episodes silent for `stale_after`, to be closed at their last-seen time.
    pub fn stale(&self, now: Millis) -> Vec<Change> {
        let mut changes: Vec<Change> = self
            .open
            .iter()
            .filter_map(|key| {
                let slot = self.keys.get(key)?;
                (now - slot.last_seen >= self.stale_after).then(|| Change::Close {
                    key: key.clone(),
                    ends_at: slot.last_seen.max(key.starts_at),
                    stale: true,
                })
            })
            .collect();
        changes.sort_by(|a, b| a.key().cmp(b.key()));
        changes
    }

    /// Last-seen times of open episodes, for the store to remember across restarts.
    pub fn open_last_seen(&self) -> Vec<(EpisodeKey, Millis)> {
        self.open
            .iter()
            .filter_map(|k| self.keys.get(k).map(|s| (k.clone(), s.last_seen)))
            .collect()
    }

    /// Forgets what ended before `cutoff` after the store's retention deleted `removed`
    /// episodes; pairs whose settled incidents lost episodes are asked for again.
    pub fn prune(&mut self, cutoff: Millis, removed: u64) {
        self.stored_episodes = self.stored_episodes.saturating_sub(removed);
        self.keys
            .retain(|_, slot| slot.end.is_none_or(|end| end >= cutoff));
        for (id, pair) in self.pairs.iter_mut().enumerate() {
            if pair.settled_oldest_end.is_some_and(|end| end < cutoff) {
                self.needs_history.insert(id as u32);
            }
            let before = pair.episodes.len();
            pair.episodes
                .retain(|(_, end, _)| end.is_none_or(|end| end >= cutoff));
            if pair.episodes.len() != before {
                recompute(pair, self.merge_window, &self.windows, self.now);
            }
        }
        self.account_all();
    }

    /// Whether the pair has any history (episodes or fixes).
    pub fn has_pair(&self, service: &str, signature: &str) -> bool {
        self.pair_id_of(service, signature).is_some()
    }

    pub fn pairs(&self) -> &[Pair] {
        &self.pairs
    }

    /// The pair of `service` and `signature`, if it has any history.
    pub fn pair(&self, service: &str, signature: &str) -> Option<&Pair> {
        let id = self.pair_id_of(service, signature)?;
        self.pairs.get(id as usize)
    }

    pub fn open_episodes(&self) -> usize {
        self.open.len()
    }

    /// Episodes in the store.
    pub fn episode_count(&self) -> u64 {
        self.stored_episodes
    }

    /// Adds a new episode; the pair to recompute, unless there is none or the episode
    /// reaches its settled incidents.
    fn insert(&mut self, record: &EpisodeRecord) -> Option<u32> {
        if self.keys.contains_key(&record.key) {
            return None;
        }
        self.stored_episodes += 1;
        let id = self.pair_id(&record.service, &record.signature);
        let name_id = self.intern(&record.alertname);
        let pair = &mut self.pairs[id as usize];
        let name = pair.name_index(name_id);
        let reaches_settled = pair.reaches_settled(record.key.starts_at, self.merge_window);
        if !reaches_settled {
            pair.episodes
                .push((record.key.starts_at, record.ends_at, name));
        }
        self.remember(record, id, name);
        if reaches_settled {
            self.needs_history.insert(id);
            return None;
        }
        Some(id)
    }

    /// Keeps an episode's key for repeat detection.
    fn remember(&mut self, record: &EpisodeRecord, pair: u32, name: u32) {
        if record.ends_at.is_none() {
            self.open.insert(record.key.clone());
        }
        self.keys.insert(
            record.key.clone(),
            EpisodeSlot {
                pair,
                name,
                end: record.ends_at,
                last_seen: record.last_seen,
            },
        );
    }

    /// Closes an open episode, or moves a closed one's end later; the pair to recompute,
    /// unless the episode is settled (its pair then waits for its stored history).
    fn close(&mut self, key: &EpisodeKey, ends_at: Millis) -> Option<u32> {
        let slot = self.keys.get_mut(key)?;
        let previous = slot.end;
        if previous.is_some_and(|end| end >= ends_at) {
            return None;
        }
        slot.end = Some(ends_at);
        let (pair_id, name) = (slot.pair, slot.name);
        self.open.remove(key);
        let pair = &mut self.pairs[pair_id as usize];
        let entry = pair
            .episodes
            .iter_mut()
            .find(|(start, end, n)| *start == key.starts_at && *end == previous && *n == name);
        match entry {
            Some(entry) => {
                entry.1 = Some(ends_at);
                Some(pair_id)
            }
            None => {
                // A closed episode whose incident is settled: read the pair again.
                if previous.is_some() {
                    self.needs_history.insert(pair_id);
                }
                None
            }
        }
    }

    /// A pair's incidents that are not settled (open, or ended within the longest window),
    /// oldest first; older ones are counted in its summary and derived from the store by
    /// [`incidents_of_history`].
    pub fn incidents(&self, pair: &Pair) -> Vec<Incident> {
        pair.incidents(self.merge_window)
    }

    /// Start of the incident that broke fix `id` of `pair`, settled or not.
    pub fn broken_by(&self, pair: &Pair, id: i64) -> Option<Millis> {
        pair.settled
            .broken
            .iter()
            .find(|(fix, _)| *fix == id)
            .map(|(_, start)| *start)
            .or_else(|| {
                self.incidents(pair)
                    .iter()
                    .find(|i| i.regression_of == Some(id))
                    .map(|i| i.start)
            })
    }

    /// An alertname by its id ([`Pair::alertnames`]).
    pub fn alertname(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    /// A pair's alertnames in its own index order, the order [`Incident::alertnames`] uses.
    pub fn alertnames_of(&self, pair: &Pair) -> Vec<&str> {
        pair.alertnames
            .iter()
            .map(|id| self.alertname(*id))
            .collect()
    }

    fn intern(&mut self, alertname: &str) -> u32 {
        if let Some(id) = self.name_ids.get(alertname) {
            return *id;
        }
        let id = self.names.len() as u32;
        self.names.push(alertname.into());
        self.name_ids.insert(alertname.into(), id);
        id
    }

    fn pair_id_of(&self, service: &str, signature: &str) -> Option<u32> {
        self.pair_index.get(service)?.get(signature).copied()
    }

    fn pair_id(&mut self, service: &str, signature: &str) -> u32 {
        if let Some(id) = self.pair_id_of(service, signature) {
            return id;
        }
        let id = self.pairs.len() as u32;
        self.pairs.push(Pair::new(service, signature));
        self.pair_index
            .entry(service.to_string())
            .or_default()
            .insert(signature.to_string(), id);
        id
    }

    /// A name interned by the tracker (an alertname, signature or service).
    pub fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    fn recompute_all(&mut self) {
        for pair in &mut self.pairs {
            recompute(pair, self.merge_window, &self.windows, self.now);
        }
    }
}

#[cfg(test)]
mod monotone_tests;

#[cfg(test)]
mod tests;
