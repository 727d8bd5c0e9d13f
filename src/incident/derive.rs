//! Incidents derived from a pair's episodes, and the pair's figures from its incidents: the
//! functions every path shares (live updates, start-up, rebuilds, the read API).

use super::Fix;
use super::{
    ledger, settle, settle_horizon, Folded, Incident, NameSet, Pair, PairSummary, WindowStats,
};
use crate::ingest::Millis;
use crate::model::HistoryRow;

/// A pair's derived figures in [`ledger::PairFigure`] order.
pub(super) fn pair_figures(summary: &PairSummary) -> Vec<u64> {
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

pub(super) fn millis_of(windows: &[std::time::Duration]) -> Vec<Millis> {
    windows.iter().map(|w| w.as_millis() as Millis).collect()
}

/// Figures of each trailing window ending at `now`.
pub(super) fn window_stats(
    incidents: &[Incident],
    windows: &[Millis],
    now: Millis,
) -> Vec<WindowStats> {
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
    (names, derive(&episodes, fixes, merge_window))
}

/// Every incident of a pair's sorted episodes, each marked with the fix it broke: the one
/// derivation the tracker, start-up, rebuilds and the read API share.
pub fn derive(
    episodes: &[(Millis, Option<Millis>, u32)],
    fixes: &[Fix],
    merge_window: Millis,
) -> Vec<Incident> {
    derive_after(&Folded::default(), episodes, fixes, merge_window).0
}

/// [`derive`] for the incidents that follow the settled ones folded in `settled`; also gives
/// the figures of all of them folded together.
pub(super) fn derive_after(
    settled: &Folded,
    episodes: &[(Millis, Option<Millis>, u32)],
    fixes: &[Fix],
    merge_window: Millis,
) -> (Vec<Incident>, Folded) {
    let mut incidents = derive_incidents(episodes, merge_window);
    let mut folded = settled.clone();
    for incident in &mut incidents {
        folded.fold(incident, fixes);
    }
    (incidents, folded)
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
pub(super) fn first_incident(
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
pub(super) fn recompute(pair: &mut Pair, merge_window: Millis, windows: &[Millis], now: Millis) {
    let (incidents, folded) =
        derive_after(&pair.settled, &pair.episodes, &pair.fixes, merge_window);
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
