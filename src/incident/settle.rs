//! Settling: a pair's incidents that left every window are folded into cumulative figures
//! ([`Folded`]) and dropped from memory; [`Pair`] holds what is left.

use super::{
    derive_after, derive_incidents, first_incident, ledger, Fix, Histogram, Incident, NameSet,
    PairSummary,
};
use super::{DURATION_BUCKETS, INTERVAL_BUCKETS};
use crate::ingest::Millis;

/// The cumulative figures of a run of incidents, folded in start order.
///
/// A pair's incidents that ended before every trailing window are *settled*: folded into one
/// of these and dropped from memory with their episodes, so memory follows the windows, not
/// the history. Only a change that reaches back to them (a late episode, a fix declared
/// before them, retention, a new merge window) needs their episodes again, and then the pair
/// is rebuilt from the store ([`Tracker::pairs_needing_history`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Folded {
    pub(super) incidents: u64,
    pub(super) flaps: u64,
    pub(super) intervals: Histogram,
    pub(super) durations: Histogram,
    pub(super) regressions: u64,
    pub(super) time_to_regression: Histogram,
    pub(super) new_symptoms: u64,
    pub(super) seen: NameSet,
    /// Start of the first incident folded.
    pub(super) first: Option<Millis>,
    /// Start and end of the latest incident folded.
    pub(super) last: Option<(Millis, Option<Millis>)>,
    /// `(fix id, start of the incident that broke it)`.
    pub(super) broken: Vec<(i64, Millis)>,
}

impl Folded {
    /// Adds the next incident, marking it as a regression when it is the first incident
    /// after a fix; with several fixes before it, the latest one is the one broken.
    pub(super) fn fold(&mut self, incident: &mut Incident, fixes: &[Fix]) {
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
    pub(super) episodes: Vec<(Millis, Option<Millis>, u32)>,
    /// Declared fixes, sorted by time.
    pub fixes: Vec<Fix>,
    pub summary: PairSummary,
    pub(super) settled: Folded,
    /// Earliest end of a settled episode, so that retention knows when it reaches them.
    pub(super) settled_oldest_end: Option<Millis>,
    /// `(start, end)` of each settled incident that is not yet in a settled outage of the
    /// service, oldest first: the service's later outages are grouped from them and the
    /// unsettled incidents (see `service_outages`). Usually a few; every one for a service
    /// with dependencies, whose outages never settle.
    pub(super) settled_spans: Vec<(Millis, Millis)>,
    /// The pair's counters ([`ledger::PairFigure`]): what was counted never goes down.
    pub(super) counted: ledger::Monotone,
}

impl Pair {
    pub(super) fn new(service: &str, signature: &str) -> Pair {
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

    /// Every incident of the pair after its service's settled outages as `(start, end)`,
    /// oldest first.
    pub(super) fn spans(
        &self,
        merge_window: Millis,
    ) -> impl Iterator<Item = (Millis, Option<Millis>)> + '_ {
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
    pub(super) fn incidents(&self, merge_window: Millis) -> Vec<Incident> {
        derive_after(&self.settled, &self.episodes, &self.fixes, merge_window).0
    }

    /// Whether an episode starting at `start` would change settled incidents.
    pub(super) fn reaches_settled(&self, start: Millis, merge_window: Millis) -> bool {
        self.settled
            .last
            .is_some_and(|(_, end)| end.is_none_or(|end| start <= end.saturating_add(merge_window)))
    }

    /// Whether a fix at `at` could change which settled incident is a regression.
    pub(super) fn fix_reaches_settled(&self, at: Millis) -> bool {
        self.settled.last.is_some_and(|(start, _)| at < start)
    }
}

/// Incidents that ended before this are settled: beyond every window, and beyond the merge
/// window of any episode that starts inside one.
pub(super) fn settle_horizon(now: Millis, windows: &[Millis], merge_window: Millis) -> Millis {
    let longest = windows.iter().copied().max().unwrap_or(0);
    now.saturating_sub(longest).saturating_sub(merge_window)
}

/// Folds the pair's leading incidents that ended before `horizon` into its settled figures
/// and drops their episodes. The summary stays as it is: folding is the same sum.
pub(super) fn settle(pair: &mut Pair, horizon: Millis, merge_window: Millis) {
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
