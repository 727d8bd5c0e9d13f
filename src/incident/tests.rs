//! Unit tests of the incident model through one `check(steps, expected)` helper.

use super::*;
use crate::classify::Classification;
use crate::ingest::{AlertStatus, Millis, Notice, Source};
use crate::model::HistoryRow;
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

/// A firing and a resolved notice classified differently, in one batch or in two, in either
/// order: one episode, in the prevailing pair, and the other pair empty.
#[test]
fn the_prevailing_classification_wins_whichever_notice_comes_first() {
    let notice = |status, ends_at| Notice {
        fingerprint: "f".into(),
        status,
        labels: [("alertname".to_string(), "A".to_string())]
            .into_iter()
            .collect(),
        annotations: Default::default(),
        starts_at: 5,
        ends_at,
        meta: Default::default(),
    };
    let class = |signature: &str| Classification {
        service: "s".into(),
        signature: signature.into(),
        rule: "r".into(),
        evidence: None,
    };
    let firing = (notice(AlertStatus::Firing, None), class("unclassified:A"));
    let resolved = (notice(AlertStatus::Resolved, Some(50)), class(POOL));
    for one_batch in [true, false] {
        for order in [[&firing, &resolved], [&resolved, &firing]] {
            let mut tracker = Tracker::new(&settings());
            let mut batch = Batch::default();
            for (notice, class) in order {
                tracker.decide(&mut batch, Source::Alertmanager, notice, class, 10);
                if !one_batch {
                    let changes = std::mem::take(&mut batch).changes;
                    tracker.apply(&changes, 10);
                }
            }
            tracker.apply(&batch.changes, 10);
            let case = format!(
                "one batch {one_batch}, order {:?}",
                order.map(|o| o.0.status)
            );
            let pool = tracker.pair("s", POOL).expect(&case);
            assert_eq!(tracker.incidents(pool).len(), 1, "{case}");
            assert_eq!(tracker.incidents(pool)[0].end, Some(50), "{case}");
            assert!(
                tracker
                    .pair("s", "unclassified:A")
                    .is_none_or(|p| tracker.incidents(p).is_empty()),
                "{case}"
            );
        }
    }
    assert!(prevails(("s", POOL), ("s", "unclassified:A")));
    assert!(prevails(("a", "x"), ("b", "x")));
    assert!(!prevails(("s", POOL), ("s", POOL)));
    // The catalogue's order, not the alphabet: "high_latency" sorts before "upstream_timeout"
    // but the classifier picks the timeout when one text holds both.
    assert!(prevails(("s", "upstream_timeout"), ("s", "high_latency")));
    assert!(!prevails(("s", "high_latency"), ("s", "upstream_timeout")));
    assert!(prevails(("s", "my_rule_signature"), ("s", POOL)));
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
    let stored: Vec<HistoryRow> = history.iter().map(HistoryRow::from).collect();
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
    let stored: Vec<HistoryRow> = history.iter().map(HistoryRow::from).collect();
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

/// An episode of `signature` on payments-api.
fn of(signature: &str, fp: &str, start: Millis, end: Option<Millis>) -> EpisodeRecord {
    EpisodeRecord {
        signature: signature.into(),
        ..record(fp, signature, start, end)
    }
}

/// The outage figures a tracker derives (before any adjustment), by series.
fn outage_figures(tracker: &Tracker) -> Vec<(String, Vec<u64>)> {
    let mut out = Vec::new();
    for (service, outages) in tracker.services() {
        for ((cause, attribution), counted) in &outages.counted {
            let name = format!("{service}/{cause}/{}", attribution.as_str());
            out.push((name, counted.basis()));
        }
        for (cause, counted) in &outages.counted_by_cause {
            out.push((format!("{service}/{cause}"), counted.basis()));
        }
    }
    out
}

const LATENCY: &str = "high_latency";

/// Pool exhaustion with high latency on days 0, 20 and 40, then latency alone on day 300 and
/// day 360: the old outages settle, and what they taught still attributes the new ones.
fn learned_history(t0: Millis) -> Vec<EpisodeRecord> {
    let mut records = Vec::new();
    for (i, day) in [0, 20, 40].into_iter().enumerate() {
        let start = t0 + day * DAY;
        records.push(of(POOL, &format!("p{i}"), start, Some(start + 30 * MIN)));
        records.push(of(
            LATENCY,
            &format!("l{i}"),
            start + MIN,
            Some(start + 40 * MIN),
        ));
    }
    for day in [300, 360] {
        let start = t0 + day * DAY;
        records.push(of(
            LATENCY,
            &format!("l{day}"),
            start,
            Some(start + 20 * MIN),
        ));
    }
    records
}

#[test]
fn settled_outages_leave_memory_but_not_the_figures_or_the_learning() {
    let t0 = 1000 * DAY;
    let now = t0 + 365 * DAY;
    let fixes = vec![fix(1, t0 + 10 * DAY)];
    let settled = Tracker::restore(&settings(), learned_history(t0), fixes.clone(), now);
    let whole = Tracker::restore(&without_settling(), learned_history(t0), fixes, now);
    assert_eq!(
        settled.settled_outages("payments-api"),
        (3, Some(t0 + 40 * DAY + 40 * MIN))
    );
    assert_eq!(whole.settled_outages("payments-api"), (0, None));
    assert!(
        settled.pairs().iter().all(|p| p.settled_spans.is_empty()),
        "the settled outages' incident spans are dropped"
    );
    assert_eq!(outage_figures(&settled), outage_figures(&whole));
    let probable = outage::Attribution::Probable;
    let attributions = |t: &Tracker| -> Vec<(String, outage::Attribution)> {
        t.outage_details("payments-api")
            .iter()
            .map(|o| (t.name(o.cause).to_string(), o.attribution))
            .collect()
    };
    // Only the outages after the settled ones are derived again, attributed as in the whole.
    assert_eq!(
        attributions(&settled),
        vec![(POOL.to_string(), probable), (POOL.to_string(), probable)]
    );
    assert_eq!(attributions(&whole)[3..], attributions(&settled)[..]);
    let counted = &settled.services()["payments-api"].counted;
    assert_eq!(counted[&(POOL.to_string(), probable)].value(0), 2);
    assert_eq!(
        settled.services()["payments-api"].counted_by_cause[POOL].value(0),
        1,
        "the day-20 outage broke the fix of day 10"
    );
}

#[test]
fn a_change_reaching_settled_outages_asks_for_every_pair_of_the_service() {
    let t0 = 1000 * DAY;
    let now = t0 + 365 * DAY;
    let mut history = learned_history(t0);
    let mut tracker = Tracker::restore(&settings(), history.clone(), Vec::new(), now);
    let deliver = |tracker: &mut Tracker, history: &mut Vec<_>, signature, fp, day| {
        let start = t0 + day * DAY;
        let late = of(signature, fp, start, Some(start + 5 * MIN));
        tracker.apply(&[Change::Open(Box::new(late.clone()))], now);
        history.push(late);
    };
    // Latency alone on day 60, well after the settled outages: only the later incidents are
    // grouped again.
    deliver(&mut tracker, &mut history, LATENCY, "late", 60);
    assert!(tracker.pairs_needing_history().is_empty());
    let oracle = Tracker::restore(&without_settling(), history.clone(), Vec::new(), now);
    assert_eq!(outage_figures(&tracker), outage_figures(&oracle));

    // A pool episode on day 30 makes a new observed outage among the settled ones.
    deliver(&mut tracker, &mut history, POOL, "late-pool", 30);
    let mut asked = tracker.pairs_needing_history();
    asked.sort();
    assert_eq!(
        asked,
        vec![
            ("payments-api".to_string(), POOL.to_string()),
            ("payments-api".to_string(), LATENCY.to_string())
        ]
    );
    for (service, signature) in asked {
        let stored: Vec<HistoryRow> = history
            .iter()
            .filter(|r| r.service == service && r.signature == signature)
            .map(HistoryRow::from)
            .collect();
        tracker.rebuild_pair(&service, &signature, &stored);
    }
    let oracle = Tracker::restore(&without_settling(), history.clone(), Vec::new(), now);
    assert_eq!(outage_figures(&tracker), outage_figures(&oracle));
    assert_eq!(tracker.settled_outages("payments-api").0, 5);

    // A fix declared before settled outages reaches them too; one after them does not.
    tracker.add_fix(fix(5, t0 + 200 * DAY));
    assert!(tracker.pairs_needing_history().is_empty());
    tracker.add_fix(fix(6, t0 + 15 * DAY));
    assert_eq!(tracker.pairs_needing_history().len(), 2);
}
