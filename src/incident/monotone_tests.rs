//! A property test that hunts decreases: random histories of late, duplicated and bridging
//! episodes, fixes declared and deleted, new merge windows, retention and restarts. After every
//! step no counter may go down, and a restart from what a store would hold (episodes, fixes and
//! the ledger rows handed over before each transaction) must give exactly the live counters.

use std::collections::BTreeMap;
use std::time::Duration;

use proptest::prelude::*;

use super::*;
use crate::classify::Classification;
use crate::ingest::{AlertStatus, Millis, Notice, Source};
use crate::model::HistoryRow;

const MIN: Millis = 60_000;
const DAY: Millis = 86_400_000;
const SERVICES: [&str; 2] = ["payments-api", "checkout"];
const SIGNATURES: [&str; 3] = [
    "connection_pool_exhaustion",
    "high_latency",
    "out_of_memory",
];

#[derive(Debug, Clone)]
enum Op {
    /// An episode of pair (service, signature), resolved after `len` minutes or left open.
    Episode {
        service: usize,
        signature: usize,
        start: Millis,
        len: Option<Millis>,
    },
    /// A cause (pool or out-of-memory) and high latency firing together for `len` minutes:
    /// what teaches a service that latency alone is probably that cause.
    Together {
        service: usize,
        cause: usize,
        start: Millis,
        len: Millis,
    },
    /// A repeat of an earlier episode, resolved (possibly with another end).
    Resolve {
        index: usize,
        len: Millis,
    },
    AddFix {
        service: usize,
        signature: usize,
        at: Millis,
    },
    DeleteFix {
        index: usize,
    },
    MergeWindow {
        minutes: u64,
    },
    /// Whether checkout's outages are attributed by payments-api's (`outages.dependencies`).
    Dependencies {
        on: bool,
    },
    Prune {
        before: Millis,
    },
    Restart,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0..2usize, 0..3usize, 0..150 * DAY / (5 * MIN), proptest::option::weighted(0.85, 0..600i64))
            .prop_map(|(service, signature, slot, len)| Op::Episode {
                service,
                signature,
                start: slot * 5 * MIN,
                len: len.map(|l| l * MIN),
            }),
        3 => (0..2usize, prop_oneof![Just(0usize), Just(2)], 0..150 * DAY / (5 * MIN), 0..120i64)
            .prop_map(|(service, cause, slot, len)| Op::Together {
                service,
                cause,
                start: slot * 5 * MIN,
                len: len * MIN,
            }),
        1 => (0..64usize, 0..600i64).prop_map(|(index, len)| Op::Resolve { index, len: len * MIN }),
        1 => (0..2usize, 0..3usize, 0..150 * DAY / DAY)
            .prop_map(|(service, signature, day)| Op::AddFix { service, signature, at: day * DAY }),
        1 => (0..8usize).prop_map(|index| Op::DeleteFix { index }),
        1 => prop_oneof![Just(5u64), Just(15), Just(120)].prop_map(|minutes| Op::MergeWindow { minutes }),
        1 => any::<bool>().prop_map(|on| Op::Dependencies { on }),
        1 => (0..150 * DAY / DAY).prop_map(|day| Op::Prune { before: day * DAY }),
        1 => Just(Op::Restart),
    ]
}

/// What a store would hold.
#[derive(Default)]
struct Store {
    /// key → (service, signature, alertname, end)
    episodes: BTreeMap<(String, Millis), (usize, usize, Option<Millis>)>,
    fixes: Vec<Fix>,
    ledger: BTreeMap<String, ledger::LedgerRow>,
    next_fix: i64,
}

impl Store {
    /// A transaction: the staged ledger rows are written with it.
    fn stage(&mut self, tracker: &mut Tracker) {
        for row in tracker.take_ledger() {
            self.ledger.insert(row.key.encode(), row);
        }
    }

    fn history(&self, service: &str, signature: &str) -> Vec<HistoryRow> {
        let mut out: Vec<_> = self
            .episodes
            .iter()
            .filter(|(_, (s, g, _))| SERVICES[*s] == service && SIGNATURES[*g] == signature)
            .map(|((fp, start), (_, g, end))| HistoryRow {
                starts_at: *start,
                ends_at: *end,
                alertname: format!("{}-{}", SIGNATURES[*g], &fp[..1]),
            })
            .collect();
        out.sort();
        out
    }

    fn records(&self) -> Vec<EpisodeRecord> {
        self.episodes
            .iter()
            .map(|((fp, start), (s, g, end))| EpisodeRecord {
                key: EpisodeKey {
                    source: Source::Alertmanager,
                    fingerprint: fp.clone(),
                    starts_at: *start,
                },
                ends_at: *end,
                last_seen: 0,
                service: SERVICES[*s].to_string(),
                signature: SIGNATURES[*g].to_string(),
                rule: String::new(),
                alertname: format!("{}-{}", SIGNATURES[*g], &fp[..1]),
                labels: Default::default(),
                annotations: Default::default(),
                extra: Default::default(),
            })
            .collect()
    }
}

fn settings(merge_minutes: u64) -> IncidentConfig {
    IncidentConfig {
        merge_window: Duration::from_secs(merge_minutes * 60),
        stale_after: Duration::from_secs(365 * 86_400),
        windows: vec![
            Duration::from_secs(7 * 86_400),
            Duration::from_secs(30 * 86_400),
        ],
    }
}

/// Every counter the daemon exports, by a name that identifies its series.
fn counters(tracker: &Tracker) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for pair in tracker.pairs() {
        for i in 0..ledger::PAIR_FIGURES {
            out.insert(
                format!("{}/{}/{i}", pair.service, pair.signature),
                pair.counted().value(i),
            );
        }
    }
    for (service, outages) in tracker.services() {
        for ((cause, attribution), counted) in &outages.counted {
            out.insert(
                format!("{service}/outages/{cause}/{}", attribution.as_str()),
                counted.value(0),
            );
        }
        for (cause, counted) in &outages.counted_by_cause {
            for i in 0..OUTAGE_CAUSE_FIGURES {
                out.insert(format!("{service}/cause/{cause}/{i}"), counted.value(i));
            }
        }
    }
    out
}

/// What the model derives (pairs' and outages' figures, before any adjustment), without the
/// zeros, by a name that identifies each figure.
fn derived(tracker: &Tracker) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    let mut put = |name: String, basis: &[u64]| {
        for (i, v) in basis.iter().enumerate().filter(|(_, v)| **v > 0) {
            out.insert(format!("{name}/{i}"), *v);
        }
    };
    for pair in tracker.pairs() {
        put(
            format!("{}/{}", pair.service, pair.signature),
            &pair.counted().basis(),
        );
    }
    for (service, outages) in tracker.services() {
        for ((cause, attribution), counted) in &outages.counted {
            put(
                format!("{service}/outages/{cause}/{}", attribution.as_str()),
                &counted.basis(),
            );
        }
        for (cause, counted) in &outages.counted_by_cause {
            put(format!("{service}/cause/{cause}"), &counted.basis());
        }
    }
    out
}

/// The settings the steps have put in force.
#[derive(Debug, Clone, Copy)]
struct Settings {
    merge_minutes: u64,
    dependencies: bool,
}

/// Outage settings whose join window is the merge window, as the daemon's default.
fn outage_settings(s: Settings) -> outage::OutageSettings {
    let mut settings = outage::OutageSettings {
        join_window: s.merge_minutes as Millis * MIN,
        ..Default::default()
    };
    if s.dependencies {
        settings
            .dependencies
            .insert(SERVICES[1].into(), vec![SERVICES[0].into()]);
    }
    settings
}

/// A tracker rebuilt from what the store holds, as the daemon does at start-up.
fn restart(store: &Store, s: Settings, now: Millis) -> Tracker {
    Tracker::restore_with(
        &settings(s.merge_minutes),
        outage_settings(s),
        store.records(),
        store.fixes.clone(),
        store.ledger.values().cloned().collect(),
        now,
    )
}

/// A tracker that settles nothing (its window covers the whole history), from the store.
fn unsettled(store: &Store, s: Settings, now: Millis) -> Tracker {
    let whole = IncidentConfig {
        windows: vec![Duration::from_secs(4000 * 86_400)],
        ..settings(s.merge_minutes)
    };
    Tracker::restore_with(
        &whole,
        outage_settings(s),
        store.records(),
        store.fixes.clone(),
        Vec::new(),
        now,
    )
}

fn rebuild(tracker: &mut Tracker, store: &Store) {
    for (service, signature) in tracker.pairs_needing_history() {
        let history = store.history(&service, &signature);
        tracker.rebuild_pair(&service, &signature, &history);
    }
}

fn run(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let now = 150 * DAY;
    let mut current = Settings {
        merge_minutes: 15,
        dependencies: false,
    };
    let mut store = Store::default();
    let mut tracker = Tracker::new(&settings(current.merge_minutes));
    tracker.set_outage_settings(outage_settings(current));
    let mut opened: Vec<(String, Millis, usize, usize)> = Vec::new();
    let mut previous = counters(&tracker);
    for (step, op) in ops.into_iter().enumerate() {
        match op {
            Op::Episode {
                service,
                signature,
                start,
                len,
            } => {
                let fingerprint = format!("{}{step}", ["a", "b"][step % 2]);
                opened.push((fingerprint.clone(), start, service, signature));
                let end = len.map(|l| start + l);
                deliver(
                    &mut tracker,
                    &mut store,
                    &fingerprint,
                    start,
                    end,
                    service,
                    signature,
                    now,
                );
            }
            Op::Together {
                service,
                cause,
                start,
                len,
            } => {
                for signature in [cause, 1] {
                    let fingerprint = format!("{}{step}", ["a", "c", "b"][signature]);
                    opened.push((fingerprint, start, service, signature));
                    let episode = opened.last().expect("pushed above");
                    redeliver(&mut tracker, &mut store, episode, start + len, now);
                }
            }
            Op::Resolve { index, len } => {
                if let Some(episode) = opened.get(index) {
                    redeliver(&mut tracker, &mut store, episode, episode.1 + len, now);
                }
            }
            Op::AddFix {
                service,
                signature,
                at,
            } => {
                store.stage(&mut tracker);
                store.next_fix += 1;
                let fix = Fix {
                    id: store.next_fix,
                    service: SERVICES[service].into(),
                    signature: SIGNATURES[signature].into(),
                    reference: "PM".into(),
                    at,
                    note: None,
                    created_at: at,
                };
                store.fixes.push(fix.clone());
                tracker.add_fix(fix);
            }
            Op::DeleteFix { index } => {
                if index < store.fixes.len() {
                    store.stage(&mut tracker);
                    let fix = store.fixes.remove(index);
                    tracker.remove_fix(fix.id);
                }
            }
            Op::MergeWindow { minutes } => {
                // See `Op::Dependencies`: the ledger holds what the reload lowers.
                store.stage(&mut tracker);
                current.merge_minutes = minutes;
                tracker.reconfigure(&settings(minutes));
                tracker.set_outage_settings(outage_settings(current));
            }
            Op::Dependencies { on } => {
                // A transaction between the last delivery and the reload: the ledger holds the
                // figures the reload lowers (a crash before any transaction would lose them).
                store.stage(&mut tracker);
                current.dependencies = on;
                tracker.set_outage_settings(outage_settings(current));
            }
            Op::Prune { before } => {
                store.stage(&mut tracker);
                let n = store.episodes.len();
                store
                    .episodes
                    .retain(|_, (_, _, end)| end.is_none_or(|e| e >= before));
                let removed = (n - store.episodes.len()) as u64;
                tracker.prune(before, removed);
            }
            Op::Restart => {
                tracker = restart(&store, current, now);
            }
        }
        rebuild(&mut tracker, &store);
        // Settling changes what is kept, never a figure: the same as a tracker that settles
        // nothing derives from the whole store.
        prop_assert_eq!(
            derived(&tracker),
            derived(&unsettled(&store, current, now)),
            "step {}: settled figures differ from the whole history's",
            step
        );
        let counted = counters(&tracker);
        for (series, value) in &previous {
            // A series that never counted anything may vanish (the exporter leaves it out).
            let now_value = counted.get(series).copied().or((*value == 0).then_some(0));
            prop_assert!(
                now_value.is_some_and(|v| v >= *value),
                "step {step}: {series} went from {value} to {now_value:?}"
            );
        }
        // What a restart here would export: exactly the live counters.
        let mut replayed = restart(&store, current, now);
        rebuild(&mut replayed, &store);
        let replayed = counters(&replayed);
        for (series, value) in &counted {
            prop_assert_eq!(
                replayed.get(series).copied().unwrap_or(0),
                *value,
                "step {}: a restart would change {}",
                step,
                series
            );
        }
        previous = counted;
    }
    Ok(())
}

/// Delivers an episode opened before (fingerprint, start, service, signature), resolved at `end`.
fn redeliver(
    tracker: &mut Tracker,
    store: &mut Store,
    episode: &(String, Millis, usize, usize),
    end: Millis,
    now: Millis,
) {
    let (fingerprint, start, service, signature) = episode;
    deliver(
        tracker,
        store,
        fingerprint,
        *start,
        Some(end),
        *service,
        *signature,
        now,
    );
}

#[allow(clippy::too_many_arguments)]
fn deliver(
    tracker: &mut Tracker,
    store: &mut Store,
    fingerprint: &str,
    start: Millis,
    end: Option<Millis>,
    service: usize,
    signature: usize,
    now: Millis,
) {
    let alertname = format!("{}-{}", SIGNATURES[signature], &fingerprint[..1]);
    let notice = Notice {
        fingerprint: fingerprint.into(),
        status: if end.is_some() {
            AlertStatus::Resolved
        } else {
            AlertStatus::Firing
        },
        labels: [("alertname".to_string(), alertname)].into_iter().collect(),
        annotations: Default::default(),
        starts_at: start,
        ends_at: end,
        meta: Default::default(),
    };
    let class = Classification {
        service: SERVICES[service].into(),
        signature: SIGNATURES[signature].into(),
        rule: "test".into(),
        evidence: None,
    };
    let mut batch = Batch::default();
    tracker.decide(&mut batch, Source::Alertmanager, &notice, &class, now);
    if batch.is_empty() {
        return;
    }
    store.stage(tracker);
    // As the store's unique key does: an episode already stored (older than the tracker's
    // memory of keys) changes nothing and is not applied.
    let mut applied = Vec::new();
    for change in std::mem::take(&mut batch.changes) {
        match &change {
            Change::Open(r) => {
                let key = (r.key.fingerprint.clone(), r.key.starts_at);
                if store.episodes.contains_key(&key) {
                    continue;
                }
                store.episodes.insert(key, (service, signature, r.ends_at));
            }
            // As the store's update does: only a stored episode of another pair moves.
            Change::Reclassify(r) => {
                match store
                    .episodes
                    .get_mut(&(r.key.fingerprint.clone(), r.key.starts_at))
                {
                    Some(e) if (e.0, e.1) != (service, signature) => {
                        (e.0, e.1) = (service, signature);
                    }
                    _ => continue,
                }
            }
            Change::Close { key, ends_at, .. } => {
                if let Some(e) = store
                    .episodes
                    .get_mut(&(key.fingerprint.clone(), key.starts_at))
                {
                    // As the store's update does: the latest end wins.
                    if e.2.is_none_or(|end| end < *ends_at) {
                        e.2 = Some(*ends_at);
                    }
                }
            }
        }
        applied.push(change);
    }
    tracker.apply(&applied, now);
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        // A fixed seed, so that CI runs the same cases every time.
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5eed),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_counter_goes_down_and_a_restart_exports_the_same(ops in proptest::collection::vec(op(), 1..40)) {
        run(ops)?;
    }
}
