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

pub mod ledger;
pub mod outage;

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

    /// Puts new outage settings in force; every outage is derived again.
    pub fn set_outage_settings(&mut self, settings: outage::OutageSettings) {
        if settings != self.outage_settings {
            self.outage_settings = settings;
            self.refresh_all_outages();
        }
    }

    pub fn outage_settings(&self) -> &outage::OutageSettings {
        &self.outage_settings
    }

    /// Every service with outages, by name.
    pub fn services(&self) -> &BTreeMap<String, ServiceOutages> {
        &self.services
    }

    /// The rows of every counted subject that changed since the last call, for the store to
    /// write first in its next transaction (see [`ledger`]).
    pub fn take_ledger(&mut self) -> Vec<ledger::LedgerRow> {
        let mut rows = Vec::new();
        for id in std::mem::take(&mut self.dirty_pairs) {
            let pair = &self.pairs[id as usize];
            rows.push(ledger::LedgerRow::of(
                ledger::LedgerKey::Pair {
                    service: pair.service.clone(),
                    signature: pair.signature.clone(),
                },
                &pair.counted,
            ));
        }
        for service in std::mem::take(&mut self.dirty_services) {
            let Some(outages) = self.services.get(&service) else {
                continue;
            };
            for ((cause, attribution), counted) in &outages.counted {
                rows.push(ledger::LedgerRow::of(
                    ledger::LedgerKey::Outages {
                        service: service.clone(),
                        cause: cause.clone(),
                        attribution: attribution.as_str().to_string(),
                    },
                    counted,
                ));
            }
            for (cause, counted) in &outages.counted_by_cause {
                rows.push(ledger::LedgerRow::of(
                    ledger::LedgerKey::OutageCause {
                        service: service.clone(),
                        cause: cause.clone(),
                    },
                    counted,
                ));
            }
        }
        rows
    }

    /// Restores counters from the store's ledger before the history is loaded.
    fn restore_ledger(&mut self, rows: Vec<ledger::LedgerRow>) {
        for row in rows {
            match row.key {
                ledger::LedgerKey::Pair { service, signature } => {
                    let id = self.pair_id(&service, &signature);
                    self.pairs[id as usize].counted = ledger::Monotone::restored(
                        ledger::PAIR_FIGURES,
                        &row.basis,
                        &row.adjustment,
                    );
                }
                ledger::LedgerKey::Outages {
                    service,
                    cause,
                    attribution,
                } => {
                    let Some(attribution) = outage::Attribution::parse(&attribution) else {
                        continue;
                    };
                    self.services.entry(service).or_default().counted.insert(
                        (cause, attribution),
                        ledger::Monotone::restored(1, &row.basis, &row.adjustment),
                    );
                }
                // The process's own counters are restored by the writer, not the model.
                ledger::LedgerKey::Process { .. } => {}
                ledger::LedgerKey::OutageCause { service, cause } => {
                    self.services
                        .entry(service)
                        .or_default()
                        .counted_by_cause
                        .insert(
                            cause,
                            ledger::Monotone::restored(
                                OUTAGE_CAUSE_FIGURES,
                                &row.basis,
                                &row.adjustment,
                            ),
                        );
                }
            }
        }
    }

    /// Follows the derived figures of `ids` with their counters; pairs waiting for their
    /// history keep their counters until it is read, so that they never follow a partial truth.
    fn account_pairs(&mut self, ids: impl IntoIterator<Item = u32>) {
        for id in ids {
            if self.needs_history.contains(&id) {
                continue;
            }
            let pair = &mut self.pairs[id as usize];
            if pair.counted.follow(&pair_figures(&pair.summary)) {
                self.dirty_pairs.insert(id);
            }
        }
    }

    /// Counters and outages after a change that may reach every pair.
    fn account_all(&mut self) {
        self.account_pairs(0..self.pairs.len() as u32);
        self.refresh_all_outages();
    }

    /// Counters and outages after `ids` changed: their services' outages and those of the
    /// services that depend on them.
    fn account_changed(&mut self, ids: &BTreeSet<u32>) {
        self.account_pairs(ids.iter().copied());
        let mut services: BTreeSet<String> = ids
            .iter()
            .map(|id| self.pairs[*id as usize].service.clone())
            .collect();
        let dependents: Vec<String> = self
            .outage_settings
            .dependencies
            .iter()
            .filter(|(_, upstream)| upstream.iter().any(|u| services.contains(u)))
            .map(|(service, _)| service.clone())
            .collect();
        services.extend(dependents);
        self.refresh_outages(services);
    }

    fn refresh_all_outages(&mut self) {
        let services: BTreeSet<String> = self.pair_index.keys().cloned().collect();
        self.refresh_outages(services);
    }

    /// Derives the outages of `services` again and follows their counters. A service with a
    /// pair waiting for its history keeps its outages until the history is read.
    fn refresh_outages(&mut self, services: BTreeSet<String>) {
        let services: Vec<String> = services
            .into_iter()
            .filter(|s| {
                self.pair_index
                    .get(s)
                    .is_some_and(|pairs| pairs.values().all(|id| !self.needs_history.contains(id)))
            })
            .collect();
        if services.is_empty() {
            return;
        }
        // Every name an outage can refer to gets its id first, so the rest only reads.
        let mut names_needed: Vec<String> = services.clone();
        for service in &services {
            names_needed.extend(self.pair_index[service].keys().cloned());
            if let Some(upstream) = self.outage_settings.dependencies.get(service) {
                names_needed.extend(upstream.iter().cloned());
            }
        }
        names_needed.extend(
            self.outage_settings
                .declared
                .iter()
                .map(|d| d.cause.clone()),
        );
        for name in &names_needed {
            self.intern(name);
        }
        let keep_from = self
            .now
            .saturating_sub(self.windows.iter().copied().max().unwrap_or(0))
            .saturating_sub(self.outage_settings.join_window);
        // One service at a time, so that only one service's outages exist in full at once.
        for service in services {
            let (kept, figures) = {
                let outages = self.outage_details(&service);
                let fixes = self.fixes_by_signature(&service);
                let figures = outage::figures(&outages, &fixes);
                let first_kept = outages.partition_point(|o| o.start < keep_from);
                let kept: Vec<outage::OutageRecord> = outages[..first_kept]
                    .iter()
                    .filter(|o| o.end.is_none())
                    .chain(&outages[first_kept..])
                    .map(outage::OutageRecord::of)
                    .collect();
                (kept, figures)
            };
            self.follow_outages(service, kept, figures);
        }
    }

    /// Keeps a service's newly derived outage records and follows their counters.
    fn follow_outages(
        &mut self,
        service: String,
        outages: Vec<outage::OutageRecord>,
        figures: outage::OutageFigures,
    ) {
        let names = &self.names;
        let name = |id: u32| names[id as usize].to_string();
        let entry = self.services.entry(service.clone()).or_default();
        entry.outages = outages;
        let mut changed = false;
        let mut derived: BTreeMap<(String, outage::Attribution), u64> =
            entry.counted.keys().map(|k| (k.clone(), 0)).collect();
        for ((cause, attribution), n) in &figures.outages {
            derived.insert((name(*cause), *attribution), *n);
        }
        for (key, n) in derived {
            changed |= entry
                .counted
                .entry(key)
                .or_insert_with(|| ledger::Monotone::new(1))
                .follow(&[n]);
        }
        let mut by_cause: BTreeMap<String, Vec<u64>> = entry
            .counted_by_cause
            .keys()
            .map(|k| (k.clone(), vec![0; OUTAGE_CAUSE_FIGURES]))
            .collect();
        let causes: BTreeSet<u32> = figures
            .intervals
            .keys()
            .chain(figures.regressions.keys())
            .copied()
            .collect();
        for cause in causes {
            let mut cells = vec![figures.regressions.get(&cause).copied().unwrap_or(0)];
            let empty = Histogram::default();
            ledger::push_histogram(&mut cells, figures.intervals.get(&cause).unwrap_or(&empty));
            by_cause.insert(name(cause), cells);
        }
        for (cause, cells) in by_cause {
            changed |= entry
                .counted_by_cause
                .entry(cause)
                .or_insert_with(|| ledger::Monotone::new(OUTAGE_CAUSE_FIGURES))
                .follow(&cells);
        }
        if changed {
            self.dirty_services.insert(service);
        }
    }

    /// Every outage of `service` in full (members, causes, symptoms, evidence), oldest first;
    /// derived again from the incidents, as only compact records are kept.
    pub fn outage_details(&self, service: &str) -> Vec<outage::Outage> {
        if !self.pair_index.contains_key(service) {
            return Vec::new();
        }
        let mut outages = self.group_outages(service);
        let none = BTreeMap::new();
        let context = self.outage_context(service, &none);
        let name = |id: u32| self.names[id as usize].to_string();
        outage::attribute(&mut outages, &context, &name);
        outages
    }

    /// A service's incidents of every signature grouped into outages, causes observed.
    fn group_outages(&self, service: &str) -> Vec<outage::Outage> {
        let mut spans = Vec::new();
        for (signature, id) in &self.pair_index[service] {
            let pair = &self.pairs[*id as usize];
            let Some(&signature_id) = self.name_ids.get(signature.as_str()) else {
                continue;
            };
            let kind = self.outage_settings.kind(signature);
            spans.extend(
                pair.spans(self.merge_window)
                    .map(|(start, end)| outage::Span {
                        start,
                        end,
                        signature: signature_id,
                        kind,
                    }),
            );
        }
        let name = |id: u32| self.names[id as usize].to_string();
        outage::group(spans, self.outage_settings.join_window, &name)
    }

    /// What attribution needs for `service`: its dependencies' outages (grouped again unless
    /// `grouped` has them) and the declared rules its symptom pairs match.
    fn outage_context<'a>(
        &'a self,
        service: &str,
        grouped: &'a BTreeMap<String, Vec<outage::Outage>>,
    ) -> outage::Context<'a> {
        let mut upstream = Vec::new();
        for dependency in self
            .outage_settings
            .dependencies
            .get(service)
            .into_iter()
            .flatten()
        {
            let Some(id) = self.name_ids.get(dependency.as_str()) else {
                continue;
            };
            let outages = match grouped.get(dependency) {
                Some(outages) => std::borrow::Cow::Borrowed(outages.as_slice()),
                None if self.pair_index.contains_key(dependency) => {
                    std::borrow::Cow::Owned(self.group_outages(dependency))
                }
                None => continue,
            };
            upstream.push((*id, outages));
        }
        let mut declared = HashMap::new();
        for (signature, id) in &self.pair_index[service] {
            if self.outage_settings.kind(signature) == outage::Kind::Cause {
                continue;
            }
            let pair = &self.pairs[*id as usize];
            let alertnames = self.alertnames_of(pair);
            let rule = self
                .outage_settings
                .declared
                .iter()
                .position(|d| d.covers(service, signature, &alertnames));
            if let Some(rule) = rule {
                let cause = &self.outage_settings.declared[rule].cause;
                if let Some(cause) = self.name_ids.get(cause.as_str()) {
                    declared.insert(self.name_ids[signature.as_str()], (*cause, rule as u16));
                }
            }
        }
        outage::Context {
            settings: &self.outage_settings,
            upstream,
            declared,
        }
    }

    /// Declared fix times of a service, by interned signature.
    fn fixes_by_signature(&self, service: &str) -> HashMap<u32, Vec<Millis>> {
        let mut out: HashMap<u32, Vec<Millis>> = HashMap::new();
        for (signature, id) in &self.pair_index[service] {
            let pair = &self.pairs[*id as usize];
            if !pair.fixes.is_empty() {
                out.entry(self.name_ids[signature.as_str()])
                    .or_default()
                    .extend(pair.fixes.iter().map(|f| f.at));
            }
        }
        out
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

/// A pair's derived figures in [`ledger::PairFigure`] order.
fn pair_figures(summary: &PairSummary) -> Vec<u64> {
    let mut figures = Vec::with_capacity(ledger::PAIR_FIGURES);
    figures.extend([
        summary.incidents,
        summary.flaps,
        summary.regressions,
        summary.new_symptoms,
    ]);
    ledger::push_histogram(&mut figures, &summary.intervals);
    ledger::push_histogram(&mut figures, &summary.durations);
    ledger::push_histogram(&mut figures, &summary.time_to_regression);
    figures
}

fn millis_of(windows: &[std::time::Duration]) -> Vec<Millis> {
    windows.iter().map(|w| w.as_millis() as Millis).collect()
}

/// Figures of each trailing window ending at `now`.
fn window_stats(incidents: &[Incident], windows: &[Millis], now: Millis) -> Vec<WindowStats> {
    windows
        .iter()
        .map(|&window| {
            let from = now - window;
            let mut stats = WindowStats::default();
            let mut names = NameSet::default();
            for incident in incidents {
                let end = incident.end.unwrap_or(now).min(now);
                if incident.start >= from && incident.start <= now {
                    stats.incidents += 1;
                    names.extend(&incident.alertnames);
                }
                stats.firing_ms += (end - incident.start.max(from)).max(0);
            }
            stats.symptoms = names.len() as u64;
            stats
        })
        .collect()
}

/// Every incident of a pair from its stored history and fixes, as the tracker derives them,
/// with the alertnames the incidents index into; the read path's way to settled incidents.
pub fn incidents_of_history(
    history: &[HistoryRow],
    fixes: &[Fix],
    merge_window: Millis,
) -> (Vec<String>, Vec<Incident>) {
    let mut names: Vec<String> = Vec::new();
    let mut episodes: Vec<_> = history
        .iter()
        .map(|row| {
            let index = match names.iter().position(|n| *n == row.alertname) {
                Some(i) => i,
                None => {
                    names.push(row.alertname.clone());
                    names.len() - 1
                }
            };
            (row.starts_at, row.ends_at, index as u32)
        })
        .collect();
    episodes.sort_unstable();
    let mut incidents = derive_incidents(&episodes, merge_window);
    let mut folded = Folded::default();
    for incident in &mut incidents {
        folded.fold(incident, fixes);
    }
    (names, incidents)
}

/// Incidents that ended before this are settled: beyond every window, and beyond the merge
/// window of any episode that starts inside one.
fn settle_horizon(now: Millis, windows: &[Millis], merge_window: Millis) -> Millis {
    let longest = windows.iter().copied().max().unwrap_or(0);
    now.saturating_sub(longest).saturating_sub(merge_window)
}

/// Merges sorted episodes into incidents: an episode joins the current incident when it
/// starts while the incident is open or within `merge_window` after it ended.
pub fn derive_incidents(
    episodes: &[(Millis, Option<Millis>, u32)],
    merge_window: Millis,
) -> Vec<Incident> {
    let mut incidents = Vec::new();
    let mut rest = episodes;
    while let Some(incident) = first_incident(rest, merge_window) {
        rest = &rest[incident.episodes as usize..];
        incidents.push(incident);
    }
    incidents
}

/// The incident the first of the sorted `episodes` starts; its `episodes` count says how
/// many of them it took.
fn first_incident(
    episodes: &[(Millis, Option<Millis>, u32)],
    merge_window: Millis,
) -> Option<Incident> {
    let (&(start, end, name), rest) = episodes.split_first()?;
    let mut incident = Incident {
        start,
        end,
        episodes: 1,
        flaps: 0,
        alertnames: NameSet::of(name),
        regression_of: None,
    };
    for &(start, end, name) in rest {
        let joins = match incident.end {
            None => true,
            Some(current_end) => start <= current_end.saturating_add(merge_window),
        };
        if !joins {
            break;
        }
        if let Some(current_end) = incident.end {
            if start > current_end {
                incident.flaps += 1;
            }
            incident.end = end.map(|e| e.max(current_end));
        }
        incident.episodes += 1;
        incident.alertnames.insert(name);
    }
    Some(incident)
}

/// Derives a pair's summary from its unsettled incidents and its settled figures, then
/// settles what left every window.
fn recompute(pair: &mut Pair, merge_window: Millis, windows: &[Millis], now: Millis) {
    let mut incidents = derive_incidents(&pair.episodes, merge_window);
    let mut folded = pair.settled.clone();
    for incident in &mut incidents {
        folded.fold(incident, &pair.fixes);
    }
    pair.summary = PairSummary {
        incidents: folded.incidents,
        first_start: folded.first,
        open: incidents.last().is_some_and(|i| i.end.is_none()),
        last_start: folded.last.map(|(start, _)| start),
        last_end: incidents
            .iter()
            .rev()
            .find_map(|i| i.end)
            .or_else(|| pair.settled.last.and_then(|(_, end)| end)),
        flaps: folded.flaps,
        intervals: folded.intervals,
        durations: folded.durations,
        regressions: folded.regressions,
        time_to_regression: folded.time_to_regression,
        new_symptoms: folded.new_symptoms,
        windows: window_stats(&incidents, windows, now),
    };
    settle(
        pair,
        settle_horizon(now, windows, merge_window),
        merge_window,
    );
}

/// Folds the pair's leading incidents that ended before `horizon` into its settled figures
/// and drops their episodes. The summary stays as it is: folding is the same sum.
fn settle(pair: &mut Pair, horizon: Millis, merge_window: Millis) {
    let mut settled_episodes = 0;
    while let Some(mut incident) = first_incident(&pair.episodes[settled_episodes..], merge_window)
    {
        if incident.end.is_none_or(|end| end >= horizon) {
            break;
        }
        let count = incident.episodes as usize;
        let oldest_end = pair.episodes[settled_episodes..settled_episodes + count]
            .iter()
            .filter_map(|e| e.1)
            .min();
        pair.settled_oldest_end = match (pair.settled_oldest_end, oldest_end) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        pair.settled.fold(&mut incident, &pair.fixes);
        if let Some(end) = incident.end {
            pair.settled_spans.push((incident.start, end));
        }
        settled_episodes += count;
    }
    if settled_episodes > 0 {
        pair.episodes.drain(..settled_episodes);
    }
}

#[cfg(test)]
mod monotone_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn settings() -> IncidentConfig {
        IncidentConfig {
            merge_window: Duration::from_secs(15 * 60),
            stale_after: Duration::from_secs(24 * 3600),
            windows: vec![
                Duration::from_secs(7 * 86_400),
                Duration::from_secs(90 * 86_400),
            ],
        }
    }

    const MIN: Millis = 60_000;
    const DAY: Millis = 86_400_000;

    /// One step of a scenario: at `now`, alert `(service, signature, alertname, fingerprint)`
    /// started at `start` is reported firing (`end` None) or resolved at `end`.
    struct Step {
        now: Millis,
        service: &'static str,
        signature: &'static str,
        alertname: &'static str,
        fingerprint: &'static str,
        start: Millis,
        end: Option<Millis>,
    }

    fn step(
        now: Millis,
        sig: &'static str,
        alertname: &'static str,
        fp: &'static str,
        start: Millis,
        end: Option<Millis>,
    ) -> Step {
        Step {
            now,
            service: "payments-api",
            signature: sig,
            alertname,
            fingerprint: fp,
            start,
            end,
        }
    }

    fn run(steps: &[Step]) -> Tracker {
        let settings = settings();
        let mut tracker = Tracker::new(&settings);
        for s in steps {
            let labels = [("alertname".to_string(), s.alertname.to_string())]
                .into_iter()
                .collect();
            let notice = Notice {
                fingerprint: s.fingerprint.into(),
                status: if s.end.is_some() {
                    AlertStatus::Resolved
                } else {
                    AlertStatus::Firing
                },
                labels,
                annotations: Default::default(),
                starts_at: s.start,
                ends_at: s.end,
                meta: Default::default(),
            };
            let class = Classification {
                service: s.service.into(),
                signature: s.signature.into(),
                rule: "test".into(),
                evidence: None,
            };
            let mut batch = Batch::default();
            tracker.decide(&mut batch, Source::Alertmanager, &notice, &class, s.now);
            let changes = std::mem::take(&mut batch.changes);
            tracker.apply(&changes, s.now);
        }
        tracker
    }

    /// `(signature, incidents, open, flaps, alertnames)` of every pair.
    fn check(steps: &[Step], expected: &[(&str, u64, bool, u64, &[&str])]) {
        let tracker = run(steps);
        let got: Vec<_> = tracker
            .pairs()
            .iter()
            .map(|p| {
                (
                    p.signature.as_str(),
                    p.summary.incidents,
                    p.summary.open,
                    p.summary.flaps,
                    tracker.alertnames_of(p),
                )
            })
            .collect();
        let expected: Vec<_> = expected
            .iter()
            .map(|(s, i, o, f, a)| (*s, *i, *o, *f, a.to_vec()))
            .collect();
        assert_eq!(got, expected);
        // Replaying the final set of episodes in any order must rebuild the same incidents.
        let tracker = &tracker;
        let records: Vec<EpisodeRecord> = tracker
            .pairs()
            .iter()
            .flat_map(|p| {
                p.episodes
                    .iter()
                    .enumerate()
                    .rev()
                    .map(move |(i, (start, end, name))| EpisodeRecord {
                        key: EpisodeKey {
                            source: Source::Alertmanager,
                            fingerprint: format!("{i}"),
                            starts_at: *start,
                        },
                        ends_at: *end,
                        last_seen: 0,
                        service: p.service.clone(),
                        signature: p.signature.clone(),
                        rule: String::new(),
                        alertname: tracker.alertname(p.alertnames[*name as usize]).to_string(),
                        labels: Default::default(),
                        annotations: Default::default(),
                        extra: Default::default(),
                    })
            })
            .collect();
        let restored = Tracker::restore(&settings(), records, Vec::new(), tracker.now);
        for (a, b) in tracker.pairs().iter().zip(restored.pairs()) {
            assert_eq!(tracker.incidents(a).len(), restored.incidents(b).len());
            assert_eq!(a.summary.flaps, b.summary.flaps);
            assert_eq!(a.summary.open, b.summary.open);
        }
    }

    const POOL: &str = "connection_pool_exhaustion";

    #[test]
    fn seed_case_two_alertnames_at_once_then_a_third_six_weeks_later() {
        let t0 = 100 * DAY;
        check(
            &[
                step(t0, POOL, "PostgresTooManyConnections", "a", t0, None),
                step(t0 + MIN, POOL, "HighRequestLatency", "b", t0 + MIN, None),
                step(
                    t0 + 20 * MIN,
                    POOL,
                    "PostgresTooManyConnections",
                    "a",
                    t0,
                    Some(t0 + 20 * MIN),
                ),
                step(
                    t0 + 30 * MIN,
                    POOL,
                    "HighRequestLatency",
                    "b",
                    t0 + MIN,
                    Some(t0 + 30 * MIN),
                ),
                step(
                    t0 + 42 * DAY,
                    POOL,
                    "Http5xxRateHigh",
                    "c",
                    t0 + 42 * DAY,
                    None,
                ),
            ],
            &[(
                POOL,
                2,
                true,
                0,
                &[
                    "PostgresTooManyConnections",
                    "HighRequestLatency",
                    "Http5xxRateHigh",
                ],
            )],
        );
        let tracker = run(&[
            step(t0, POOL, "A", "a", t0, Some(t0 + 30 * MIN)),
            step(
                t0,
                POOL,
                "B",
                "c",
                t0 + 42 * DAY,
                Some(t0 + 42 * DAY + 10 * MIN),
            ),
        ]);
        let s = &tracker.pairs()[0].summary;
        assert_eq!(s.intervals.count, 1);
        assert_eq!(s.intervals.sum, ((42 * DAY - 30 * MIN) / 1000) as f64);
        assert_eq!(s.durations.count, 2);
        assert_eq!(s.last_end, Some(t0 + 42 * DAY + 10 * MIN));
    }

    #[test]
    fn repeats_duplicates_and_late_firings_change_nothing() {
        let t0 = 10 * DAY;
        check(
            &[
                step(t0, POOL, "A", "a", t0, None),
                step(t0 + 5 * MIN, POOL, "A", "a", t0, None),
                step(t0 + 5 * MIN, POOL, "A", "a", t0, None),
                step(t0 + 10 * MIN, POOL, "A", "a", t0, Some(t0 + 10 * MIN)),
                step(t0 + 10 * MIN, POOL, "A", "a", t0, Some(t0 + 10 * MIN)),
                step(t0 + 11 * MIN, POOL, "A", "a", t0, None),
            ],
            &[(POOL, 1, false, 0, &["A"])],
        );
    }

    #[test]
    fn the_latest_of_two_resolves_ends_the_episode_whichever_arrives_first() {
        let t0 = 10 * DAY;
        let (early, late) = (Some(t0 + 10 * MIN), Some(t0 + 30 * MIN));
        for ends in [[early, late], [late, early]] {
            let tracker = run(&[
                step(t0, POOL, "A", "a", t0, None),
                step(t0 + 40 * MIN, POOL, "A", "a", t0, ends[0]),
                step(t0 + 41 * MIN, POOL, "A", "a", t0, ends[1]),
                // Starts 20 minutes after the early end, 0 after the late one: it flaps into the
                // same incident only because the late end won.
                step(
                    t0 + 50 * MIN,
                    POOL,
                    "B",
                    "b",
                    t0 + 30 * MIN,
                    Some(t0 + 45 * MIN),
                ),
            ]);
            let pair = &tracker.pairs()[0];
            let incidents = tracker.incidents(pair);
            assert_eq!(incidents.len(), 1, "{ends:?}");
            assert_eq!(incidents[0].end, Some(t0 + 45 * MIN), "{ends:?}");
        }
    }

    #[test]
    fn merge_window_flaps_and_recurrences() {
        let t0 = 10 * DAY;
        check(
            &[
                // Resolves, comes back 10 minutes later (< 15m): a flap, same incident.
                step(t0, POOL, "A", "a", t0, Some(t0 + 5 * MIN)),
                step(t0, POOL, "A", "a", t0 + 15 * MIN, Some(t0 + 20 * MIN)),
                // 16 minutes after that: a recurrence.
                step(t0, POOL, "A", "a", t0 + 36 * MIN, Some(t0 + 40 * MIN)),
                // Another signature is another pair.
                step(t0, "disk_full", "D", "d", t0, None),
            ],
            &[
                (POOL, 2, false, 1, &["A"]),
                ("disk_full", 1, true, 0, &["D"]),
            ],
        );
    }

    #[test]
    fn resolve_for_unknown_episode_records_a_closed_one_and_order_does_not_matter() {
        let t0 = 10 * DAY;
        let forward = [
            step(t0, POOL, "A", "a", t0, Some(t0 + MIN)),
            step(t0, POOL, "A", "b", t0 + DAY, Some(t0 + DAY + MIN)),
            step(t0, POOL, "A", "c", t0 + 2 * DAY, Some(t0 + 2 * DAY + MIN)),
        ];
        check(&forward, &[(POOL, 3, false, 0, &["A"])]);
        let backward = [
            step(t0, POOL, "A", "c", t0 + 2 * DAY, Some(t0 + 2 * DAY + MIN)),
            step(t0, POOL, "A", "b", t0 + DAY, Some(t0 + DAY + MIN)),
            step(t0, POOL, "A", "a", t0, Some(t0 + MIN)),
        ];
        check(&backward, &[(POOL, 3, false, 0, &["A"])]);
        assert_eq!(
            run(&forward).pairs()[0].summary,
            run(&backward).pairs()[0].summary
        );
    }

    #[test]
    fn an_open_episode_holds_its_incident_open() {
        let t0 = 10 * DAY;
        check(
            &[
                step(t0, POOL, "A", "a", t0, None),
                step(t0, POOL, "B", "b", t0 + 3 * DAY, Some(t0 + 3 * DAY + MIN)),
            ],
            &[(POOL, 1, true, 0, &["A", "B"])],
        );
    }

    #[test]
    fn stale_episodes_close_at_last_seen() {
        let t0 = 10 * DAY;
        let mut tracker = run(&[
            step(t0, POOL, "A", "a", t0, None),
            step(t0 + 2 * 3_600_000, POOL, "A", "a", t0, None),
        ]);
        assert!(tracker.stale(t0 + DAY).is_empty());
        let stale = tracker.stale(t0 + 2 * 3_600_000 + DAY);
        assert_eq!(stale.len(), 1);
        assert!(
            matches!(&stale[0], Change::Close { ends_at, stale: true, .. } if *ends_at == t0 + 2 * 3_600_000)
        );
        tracker.apply(&stale, t0 + 2 * 3_600_000 + DAY);
        assert!(!tracker.pairs()[0].summary.open);
        assert_eq!(tracker.open_episodes(), 0);
    }

    #[test]
    fn same_episode_twice_in_one_batch_is_one_change() {
        let mut tracker = Tracker::new(&settings());
        let notice = Notice {
            fingerprint: "f".into(),
            status: AlertStatus::Firing,
            labels: [("alertname".to_string(), "A".to_string())]
                .into_iter()
                .collect(),
            annotations: Default::default(),
            starts_at: 5,
            ends_at: None,
            meta: Default::default(),
        };
        let class = Classification {
            service: "s".into(),
            signature: POOL.into(),
            rule: "r".into(),
            evidence: None,
        };
        let mut batch = Batch::default();
        assert_eq!(
            tracker.decide(&mut batch, Source::Alertmanager, &notice, &class, 10),
            Outcome::Opened
        );
        assert_eq!(
            tracker.decide(&mut batch, Source::Alertmanager, &notice, &class, 10),
            Outcome::Unchanged
        );
        assert_eq!(batch.changes.len(), 1);
    }

    fn fix(id: i64, at: Millis) -> Fix {
        Fix {
            id,
            service: "payments-api".into(),
            signature: POOL.into(),
            reference: format!("PM-{id}"),
            at,
            note: None,
            created_at: at,
        }
    }

    /// The issue's example: an incident 30 days ago, a fix 20 days ago, an incident 5 days ago.
    #[test]
    fn regression_after_a_declared_fix_and_windows() {
        let now = 400 * DAY;
        let mut tracker = run(&[
            step(
                now - 30 * DAY,
                POOL,
                "PostgresTooManyConnections",
                "a",
                now - 30 * DAY,
                Some(now - 30 * DAY + 20 * MIN),
            ),
            step(
                now - 5 * DAY,
                POOL,
                "HighRequestLatency",
                "b",
                now - 5 * DAY,
                Some(now - 5 * DAY + 40 * MIN),
            ),
        ]);
        tracker.add_fix(fix(1, now - 20 * DAY));
        tracker.refresh(now);
        let p = &tracker.pairs()[0];
        assert_eq!(p.summary.incidents, 2);
        assert_eq!(p.summary.regressions, 1);
        assert_eq!(tracker.incidents(p)[1].regression_of, Some(1));
        assert_eq!(p.summary.time_to_regression.sum, (15 * DAY / 1000) as f64);
        assert_eq!(
            p.summary.windows[0],
            WindowStats {
                incidents: 1,
                firing_ms: 40 * MIN,
                symptoms: 1
            }
        );
        assert_eq!(
            p.summary.windows[1],
            WindowStats {
                incidents: 2,
                firing_ms: 60 * MIN,
                symptoms: 2
            }
        );
        assert_eq!(
            p.summary.new_symptoms, 1,
            "HighRequestLatency is a new symptom of a known signature"
        );
        assert!(tracker.remove_fix(1).is_some());
        assert_eq!(tracker.pairs()[0].summary.regressions, 0);
    }

    #[test]
    fn only_the_first_incident_after_a_fix_is_a_regression() {
        let t = 100 * DAY;
        // Data-driven: (fix times, expected regression flags per incident).
        let cases: &[(&[Millis], &[bool])] = &[
            (&[], &[false, false, false]),
            (&[t + DAY / 2], &[false, true, false]),
            (&[t - DAY], &[true, false, false]),
            (&[t + DAY / 2, t + DAY + DAY / 2], &[false, true, true]),
            (&[t + DAY / 2, t + DAY / 2 + MIN], &[false, true, false]),
            (&[t + 3 * DAY], &[false, false, false]),
        ];
        for (fixes, expected) in cases {
            let mut tracker = run(&[
                step(t, POOL, "A", "a", t, Some(t + MIN)),
                step(t, POOL, "A", "a", t + DAY, Some(t + DAY + MIN)),
                step(t, POOL, "A", "a", t + 2 * DAY, Some(t + 2 * DAY + MIN)),
            ]);
            for (i, at) in fixes.iter().enumerate() {
                tracker.add_fix(fix(i as i64 + 1, *at));
            }
            let flags: Vec<bool> = tracker
                .incidents(&tracker.pairs()[0])
                .iter()
                .map(|i| i.regression_of.is_some())
                .collect();
            assert_eq!(&flags, expected, "fixes at {fixes:?}");
        }
    }

    #[test]
    fn a_fix_for_a_pair_without_history_waits() {
        let mut tracker = Tracker::new(&settings());
        tracker.add_fix(fix(7, 10 * DAY));
        assert_eq!(tracker.pairs()[0].summary.incidents, 0);
        let mut batch = Batch::default();
        let notice = Notice {
            fingerprint: "f".into(),
            status: AlertStatus::Firing,
            labels: [("alertname".to_string(), "A".to_string())]
                .into_iter()
                .collect(),
            annotations: Default::default(),
            starts_at: 11 * DAY,
            ends_at: None,
            meta: Default::default(),
        };
        let class = Classification {
            service: "payments-api".into(),
            signature: POOL.into(),
            rule: "r".into(),
            evidence: None,
        };
        tracker.decide(&mut batch, Source::Alertmanager, &notice, &class, 11 * DAY);
        tracker.apply(&batch.changes, 11 * DAY);
        assert_eq!(tracker.pairs().len(), 1);
        assert_eq!(tracker.pairs()[0].summary.regressions, 1);
    }

    /// Senders whose resolves do not carry the start (Datadog, CloudWatch): a resolve closes the
    /// open episode with the same fingerprint, in the state or earlier in the same batch.
    #[test]
    fn resolve_by_fingerprint_closes_the_open_episode() {
        let notice = |status: AlertStatus, start: Millis, end: Option<Millis>| Notice {
            fingerprint: "monitor-42".into(),
            status,
            labels: [("alertname".to_string(), "A".to_string())]
                .into_iter()
                .collect(),
            annotations: Default::default(),
            starts_at: start,
            ends_at: end,
            meta: crate::ingest::NoticeMeta {
                links: Default::default(),
                resolve_by_fingerprint: true,
            },
        };
        let class = Classification {
            service: "s".into(),
            signature: POOL.into(),
            rule: "r".into(),
            evidence: None,
        };
        let t0 = 10 * DAY;
        for same_batch in [false, true] {
            let mut tracker = Tracker::new(&settings());
            let mut batch = Batch::default();
            tracker.decide(
                &mut batch,
                Source::Grafana,
                &notice(AlertStatus::Firing, t0, None),
                &class,
                t0,
            );
            if !same_batch {
                let changes = std::mem::take(&mut batch.changes);
                tracker.apply(&changes, t0);
                batch = Batch::default();
            }
            // The resolve says only when it ended: its "start" is the resolve time.
            let resolve = notice(AlertStatus::Resolved, t0 + 25 * MIN, Some(t0 + 25 * MIN));
            assert_eq!(
                tracker.decide(&mut batch, Source::Grafana, &resolve, &class, t0 + 25 * MIN),
                Outcome::Closed
            );
            let changes = std::mem::take(&mut batch.changes);
            tracker.apply(&changes, t0 + 25 * MIN);
            let pair = &tracker.pairs()[0];
            assert_eq!(tracker.episode_count(), 1, "same batch: {same_batch}");
            assert_eq!(tracker.incidents(pair)[0].end, Some(t0 + 25 * MIN));
            // Another source's resolve with that fingerprint is not this episode's.
            let mut batch = Batch::default();
            let other = notice(AlertStatus::Resolved, t0 + 30 * MIN, Some(t0 + 30 * MIN));
            assert_eq!(
                tracker.decide(&mut batch, Source::Alertmanager, &other, &class, t0),
                Outcome::Opened
            );
        }
    }

    fn record(fp: &str, alertname: &str, start: Millis, end: Option<Millis>) -> EpisodeRecord {
        EpisodeRecord {
            key: EpisodeKey {
                source: Source::Alertmanager,
                fingerprint: fp.into(),
                starts_at: start,
            },
            ends_at: end,
            last_seen: start,
            service: "payments-api".into(),
            signature: POOL.into(),
            rule: String::new(),
            alertname: alertname.into(),
            labels: Default::default(),
            annotations: Default::default(),
            extra: Default::default(),
        }
    }

    /// A year of history: an incident every 10 days, the odd ones with a flap, names changing.
    fn year_of_history(t0: Millis) -> Vec<EpisodeRecord> {
        let mut records = Vec::new();
        for i in 0..36 {
            let start = t0 + i * 10 * DAY;
            let name = ["A", "B", "C"][(i % 3) as usize];
            records.push(record(
                &format!("e{i}"),
                name,
                start,
                Some(start + 30 * MIN),
            ));
            if i % 2 == 1 {
                records.push(record(
                    &format!("f{i}"),
                    "D",
                    start + 40 * MIN,
                    Some(start + 50 * MIN),
                ));
            }
        }
        records
    }

    /// Everything but the window figures, which depend on the configured windows.
    fn cumulative(s: &PairSummary) -> PairSummary {
        PairSummary {
            windows: Vec::new(),
            ..s.clone()
        }
    }

    fn without_settling() -> IncidentConfig {
        IncidentConfig {
            windows: vec![Duration::from_secs(4000 * 86_400)],
            ..settings()
        }
    }

    #[test]
    fn settled_incidents_leave_memory_but_not_the_figures() {
        let t0 = 1000 * DAY;
        let now = t0 + 365 * DAY;
        let fixes = vec![fix(1, t0 + 15 * DAY), fix(2, t0 + 300 * DAY)];
        let settled = Tracker::restore(&settings(), year_of_history(t0), fixes.clone(), now);
        let whole = Tracker::restore(&without_settling(), year_of_history(t0), fixes, now);
        let (a, b) = (&settled.pairs()[0], &whole.pairs()[0]);
        assert_eq!(b.settled_incidents(), 0);
        assert_eq!(whole.incidents(b).len(), 36);
        // 90 days plus the merge window: the incidents from day 280 on stay.
        assert_eq!(settled.incidents(a).len(), 8);
        assert_eq!(a.settled_incidents(), 28);
        assert_eq!(cumulative(&a.summary), cumulative(&b.summary));
        assert_eq!(a.summary.regressions, 2);
        assert_eq!(settled.broken_by(a, 1), Some(t0 + 20 * DAY));
        assert_eq!(settled.broken_by(a, 2), Some(t0 + 310 * DAY));
        assert_eq!(a.episodes.len(), 12);
        // Only open and recent keys are kept; the count is the store's.
        assert_eq!(settled.keys.len(), 0);
        assert_eq!(settled.episode_count(), 54);

        // Time passing settles more, and changes nothing but memory.
        let mut later = settled;
        later.refresh(now + 30 * DAY);
        let mut whole_later = whole;
        whole_later.refresh(now + 30 * DAY);
        assert_eq!(later.incidents(&later.pairs()[0]).len(), 5);
        assert_eq!(
            cumulative(&later.pairs()[0].summary),
            cumulative(&whole_later.pairs()[0].summary)
        );
    }

    #[test]
    fn a_change_reaching_settled_incidents_asks_for_the_pair_history() {
        let t0 = 1000 * DAY;
        let now = t0 + 365 * DAY;
        let mut history = year_of_history(t0);
        let mut tracker = Tracker::restore(&settings(), history.clone(), Vec::new(), now);
        assert!(tracker.pairs_needing_history().is_empty());
        let before = tracker.pairs()[0].summary.clone();

        // A late episode that bridges two settled incidents (imported, or a slow sender).
        let late = record("late", "E", t0 + 10 * MIN, Some(t0 + 10 * DAY + 5 * MIN));
        tracker.apply(&[Change::Open(Box::new(late.clone()))], now);
        assert_eq!(
            tracker.pairs_needing_history(),
            vec![("payments-api".to_string(), POOL.to_string())]
        );
        assert_eq!(
            tracker.pairs()[0].summary,
            before,
            "unchanged until rebuilt"
        );
        history.push(late);
        let stored: Vec<HistoryRow> = history
            .iter()
            .map(|r| HistoryRow {
                starts_at: r.key.starts_at,
                ends_at: r.ends_at,
                alertname: r.alertname.clone(),
            })
            .collect();
        tracker.rebuild_pair("payments-api", POOL, &stored);
        assert!(tracker.pairs_needing_history().is_empty());
        let oracle = Tracker::restore(&settings(), history.clone(), Vec::new(), now);
        assert_eq!(tracker.pairs()[0].summary, oracle.pairs()[0].summary);
        assert_eq!(tracker.pairs()[0].summary.incidents, before.incidents - 1);
        // Alertname indexes follow first-seen order, which differs; the names do not.
        let named = |t: &Tracker| -> Vec<(Millis, u32, Vec<String>)> {
            let p = &t.pairs()[0];
            t.incidents(p)
                .iter()
                .map(|i| {
                    let mut names: Vec<String> = i
                        .alertnames
                        .iter()
                        .map(|n| t.alertname(p.alertnames[n as usize]).to_string())
                        .collect();
                    names.sort();
                    (i.start, i.episodes, names)
                })
                .collect()
        };
        assert_eq!(named(&tracker), named(&oracle));

        // A fix declared before settled incidents needs them; one after them does not.
        tracker.add_fix(fix(7, now - 10 * DAY));
        assert!(tracker.pairs_needing_history().is_empty());
        tracker.add_fix(fix(8, t0 + 100 * DAY));
        assert_eq!(tracker.pairs_needing_history().len(), 1);
        tracker.rebuild_pair("payments-api", POOL, &stored);
        let oracle = Tracker::restore(
            &settings(),
            history,
            vec![fix(7, now - 10 * DAY), fix(8, t0 + 100 * DAY)],
            now,
        );
        assert_eq!(tracker.pairs()[0].summary, oracle.pairs()[0].summary);
        assert_eq!(
            tracker.pairs()[0].summary.regressions,
            1,
            "fix 7 holds: nothing started after it"
        );
    }

    #[test]
    fn settled_history_is_derived_for_the_read_path_as_the_tracker_does() {
        let t0 = 1000 * DAY;
        let history = year_of_history(t0);
        let fixes = vec![fix(1, t0 + 15 * DAY)];
        let whole = Tracker::restore(
            &without_settling(),
            history.clone(),
            fixes.clone(),
            t0 + 365 * DAY,
        );
        let stored: Vec<HistoryRow> = history
            .iter()
            .map(|r| HistoryRow {
                starts_at: r.key.starts_at,
                ends_at: r.ends_at,
                alertname: r.alertname.clone(),
            })
            .collect();
        let (names, incidents) = incidents_of_history(&stored, &fixes, 15 * MIN);
        assert_eq!(names, whole.alertnames_of(&whole.pairs()[0]));
        assert_eq!(incidents, whole.incidents(&whole.pairs()[0]));
    }

    #[test]
    fn name_sets_hold_any_index_in_order() {
        let mut set = NameSet::of(70);
        assert!(set.insert(3));
        assert!(!set.insert(3));
        assert!(set.insert(64));
        assert!(set.insert(63));
        assert!(!set.insert(70));
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![3, 63, 64, 70]);
        let mut other = NameSet::of(0);
        other.extend(&set);
        assert_eq!(other.len(), 5);
    }
}
