//! An independent reference for the incident rules of ARCHITECTURE.md, written from the rules
//! alone (it calls nothing of the tracker), compared with the daemon through its HTTP API on
//! random histories delivered in random order: gaps of exactly the merge window, one second
//! less and one second more, overlaps, open episodes, and incidents old enough to be settled
//! (read back from the store).

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence};

use recurrence_exporter::ingest::format_time;

use crate::support::*;

type Millis = i64;

const SECOND: Millis = 1000;
const MINUTE: Millis = 60 * SECOND;
const DAY: Millis = 86_400_000;
/// The daemon's default `incident.merge_window`.
const MERGE_WINDOW: Millis = 15 * MINUTE;

/// One incident as the rules define it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Incident {
    start: Millis,
    end: Option<Millis>,
    episodes: u32,
    flaps: u32,
}

/// The rules, as ARCHITECTURE.md states them: episodes sorted by start; one joins the current
/// incident if it starts while the incident is open or within `merge_window` after it ended
/// (inclusive); joining after a gap is a flap; an incident ends when its last episode ends.
fn reference(episodes: &[(Millis, Option<Millis>)], merge_window: Millis) -> Vec<Incident> {
    let mut sorted = episodes.to_vec();
    sorted.sort();
    let mut incidents: Vec<Incident> = Vec::new();
    for (start, end) in sorted {
        if let Some(current) = incidents.last_mut() {
            let joins = match current.end {
                None => true,
                Some(current_end) => start <= current_end + merge_window,
            };
            if joins {
                if current.end.is_some_and(|current_end| start > current_end) {
                    current.flaps += 1;
                }
                current.end = match (current.end, end) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
                current.episodes += 1;
                continue;
            }
        }
        incidents.push(Incident {
            start,
            end,
            episodes: 1,
            flaps: 0,
        });
    }
    incidents
}

/// How far after the previous episode's end the next one starts.
fn gap() -> impl Strategy<Value = Millis> {
    prop_oneof![
        Just(MERGE_WINDOW),
        Just(MERGE_WINDOW - SECOND),
        Just(MERGE_WINDOW + SECOND),
        (-120i64..120).prop_map(|m| m * MINUTE),
        // At most 13 gaps of 20 days: the history stays within retention (400d).
        (1i64..20).prop_map(|d| d * DAY),
    ]
}

/// A history of one pair: `(start, end)` of each episode, chained by gaps, the last one
/// possibly open, ending within the last day; delivered in a shuffled order.
fn history() -> impl Strategy<Value = (Vec<(Millis, Option<Millis>)>, Vec<usize>)> {
    proptest::collection::vec((gap(), 1i64..180, any::<bool>()), 1..14).prop_flat_map(|steps| {
        let now = time::OffsetDateTime::now_utc().unix_timestamp() * SECOND;
        let total: Millis = steps.iter().map(|(g, l, _)| g.max(&0) + l * MINUTE).sum();
        let mut t = now - DAY - total;
        let mut episodes = Vec::new();
        let last = steps.len() - 1;
        for (i, (gap, minutes, open)) in steps.into_iter().enumerate() {
            let start = t + gap;
            let end = start + minutes * MINUTE;
            episodes.push((start, (i != last || !open).then_some(end)));
            t = end;
        }
        let order: Vec<usize> = (0..episodes.len()).collect();
        (Just(episodes), Just(order).prop_shuffle())
    })
}

fn document(episodes: &[(Millis, Option<Millis>)], order: &[usize]) -> Vec<Vec<u8>> {
    order
        .iter()
        .map(|i| {
            let (start, end) = episodes[*i];
            let alert = serde_json::json!({
                "status": if end.is_some() { "resolved" } else { "firing" },
                "labels": {"alertname": "PoolExhausted", "service": "ref"},
                "annotations": {"description": "HikariPool-1 - Connection is not available, request timed out after 30000ms."},
                "startsAt": format_time(start),
                "endsAt": end.map(format_time).unwrap_or_else(|| "0001-01-01T00:00:00Z".into()),
                "fingerprint": format!("fp{i}"),
            });
            serde_json::to_vec(&serde_json::json!({
                "receiver": "rx", "status": "firing", "alerts": [alert],
                "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
                "externalURL": "http://am", "version": "4", "groupKey": "{}", "truncatedAlerts": 0
            }))
            .expect("json")
        })
        .collect()
}

/// The daemon's incidents of the pair, oldest first, as the reference describes them.
async fn daemon_incidents(app: &TestApp) -> Vec<Incident> {
    let r = app
        .get("/api/v1/incidents?service=ref&since=400d&limit=10000")
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    let parse = |t: &serde_json::Value| -> Option<Millis> {
        let text = t.as_str()?;
        let parsed =
            time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                .ok()?;
        Some((parsed.unix_timestamp_nanos() / 1_000_000) as Millis)
    };
    let mut out: Vec<Incident> = v["data"]
        .as_array()
        .expect("list")
        .iter()
        .map(|i| Incident {
            start: parse(&i["start"]).expect("start"),
            end: parse(&i["end"]),
            episodes: i["episodes"].as_u64().expect("episodes") as u32,
            flaps: i["flaps"].as_u64().expect("flaps") as u32,
        })
        .collect();
    out.reverse();
    out
}

async fn check(episodes: &[(Millis, Option<Millis>)], order: &[usize]) -> Vec<Incident> {
    let (app, _dir) = spawn_app().await;
    for doc in document(episodes, order) {
        let r = app.post("/webhook/alertmanager", &doc).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let got = daemon_incidents(&app).await;
    let counted =
        r#"recurrence_incidents_total{service="ref",signature="connection_pool_exhaustion"}"#;
    let merged =
        r#"recurrence_incident_merges_total{service="ref",signature="connection_pool_exhaustion"}"#;
    let standing =
        app.metric(counted).await.unwrap_or(0.0) - app.metric(merged).await.unwrap_or(0.0);
    app.stop().await;
    assert_eq!(
        standing,
        got.len() as f64,
        "counted minus merged is the stored truth"
    );
    got
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: Some(Box::new(FileFailurePersistence::Off)),
        rng_seed: proptest::test_runner::RngSeed::Fixed(1517),
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_daemon_agrees_with_the_reference((episodes, order) in history()) {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let got = runtime.block_on(check(&episodes, &order));
        prop_assert_eq!(got, reference(&episodes, MERGE_WINDOW), "episodes {:?}", episodes);
    }
}

/// The boundary is inclusive and exact: a reference one second off in either direction
/// disagrees with the daemon on these histories, so the comparison above would catch such a
/// change of the merge window.
#[tokio::test]
async fn a_reference_one_second_off_disagrees() {
    let now = time::OffsetDateTime::now_utc().unix_timestamp() * SECOND;
    let t = now - 3 * DAY;
    for gap in [MERGE_WINDOW, MERGE_WINDOW + SECOND] {
        let episodes = vec![
            (t, Some(t + 10 * MINUTE)),
            (t + 10 * MINUTE + gap, Some(t + 40 * MINUTE + gap)),
        ];
        let got = check(&episodes, &[1, 0]).await;
        assert_eq!(got, reference(&episodes, MERGE_WINDOW), "gap {gap}");
        let off = if gap == MERGE_WINDOW {
            MERGE_WINDOW - SECOND
        } else {
            MERGE_WINDOW + SECOND
        };
        assert_ne!(
            got,
            reference(&episodes, off),
            "a reference with {off} ms agrees at gap {gap}"
        );
    }
}
