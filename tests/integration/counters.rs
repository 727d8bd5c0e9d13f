//! Counters that never go down: the cases that used to lower them (a bridging late episode, a
//! late episode filling a flap gap, a deleted fix, a huge `truncatedAlerts`, an episode older
//! than retention, a reload to a shorter retention and a longer merge window), scraped after
//! each step, then a restart that must export the same recurrence counters.

use std::collections::BTreeMap;

use crate::support::*;

const H: i64 = 3600;
const DAY: i64 = 86_400;
const POOL: &str = "HikariPool-1 - Connection is not available, request timed out after 30000ms.";

fn at(seconds_ago: i64) -> String {
    let t = time::OffsetDateTime::now_utc() - time::Duration::seconds(seconds_ago);
    t.format(&time::format_description::well_known::Rfc3339)
        .expect("format")
}

/// A resolved pool alert of payments-api from `start` to `end` seconds ago.
fn pool(name: &str, fp: &str, start: i64, end: i64) -> serde_json::Value {
    serde_json::json!({
        "status": "resolved",
        "labels": {"alertname": name, "service": "payments-api"},
        "annotations": {"description": POOL},
        "startsAt": at(start), "endsAt": at(end), "fingerprint": fp,
    })
}

fn document(alerts: Vec<serde_json::Value>, truncated: u64) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "receiver": "rx", "status": "resolved", "alerts": alerts,
        "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
        "externalURL": "http://am", "version": "4", "groupKey": "{}", "truncatedAlerts": truncated
    }))
    .expect("json")
}

/// Every counter and histogram series of the exposition (`_total`, `_count`, `_bucket`,
/// `_sum`), by its full name and labels.
fn counters(exposition: &str) -> BTreeMap<String, f64> {
    exposition
        .lines()
        .filter(|l| l.starts_with("recurrence_"))
        .filter_map(|l| {
            let (series, value) = l.rsplit_once(' ')?;
            let name = series.split('{').next()?;
            let counted = ["_total", "_count", "_bucket", "_sum"]
                .iter()
                .any(|s| name.ends_with(s));
            let value: f64 = value.parse().ok()?;
            counted.then(|| (series.to_string(), value))
        })
        .collect()
}

/// Series that count the daemon's own work since it started (requests, commits, reloads):
/// a restart resets them, as it does every process's counters.
fn of_the_process(series: &str) -> bool {
    [
        "recurrence_webhook_requests",
        "recurrence_alerts_received",
        "recurrence_rejected_",
        "recurrence_throttled_",
        "recurrence_truncated_alerts",
        "recurrence_store_",
        "recurrence_otlp_",
        "recurrence_auth_",
        "recurrence_config_",
    ]
    .iter()
    .any(|p| series.starts_with(p))
}

struct Scrapes {
    previous: BTreeMap<String, f64>,
    decreases: Vec<String>,
}

impl Scrapes {
    async fn step(&mut self, app: &TestApp, name: &str) -> BTreeMap<String, f64> {
        let current = counters(&app.get("/metrics").await.body);
        for (series, before) in &self.previous {
            match current.get(series) {
                Some(now) if now >= before => {}
                now => self
                    .decreases
                    .push(format!("{name}: {series} {before} -> {now:?}")),
            }
        }
        self.previous = current.clone();
        current
    }
}

#[tokio::test]
async fn no_counter_goes_down_whatever_arrives_late_is_deleted_or_pruned() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let app = spawn_app_in(&storage, "retention: 400d\n").await;
    let mut scrapes = Scrapes {
        previous: BTreeMap::new(),
        decreases: Vec::new(),
    };
    let post = |body: Vec<u8>| {
        let app = &app;
        async move {
            let r = app.post("/webhook/alertmanager", &body).await;
            assert_eq!(r.status, 200, "{}", r.body);
        }
    };
    let incidents = r#"recurrence_incidents_total{service="payments-api",signature="connection_pool_exhaustion"}"#;
    let merges = r#"recurrence_incident_merges_total{service="payments-api",signature="connection_pool_exhaustion"}"#;
    let flaps =
        r#"recurrence_flaps_total{service="payments-api",signature="connection_pool_exhaustion"}"#;
    let regressions = r#"recurrence_regressions_total{service="payments-api",signature="connection_pool_exhaustion"}"#;

    let t = 10 * DAY;
    post(document(
        vec![
            pool("PoolA", "f1", t, t - H),
            pool("PoolB", "f2", t - 2 * H, t - 3 * H),
        ],
        0,
    ))
    .await;
    scrapes.step(&app, "two incidents").await;
    assert_eq!(app.metric(incidents).await, Some(2.0));

    post(document(
        vec![pool("PoolC", "f3", t - H / 2, t - 5 * H / 2)],
        0,
    ))
    .await;
    scrapes.step(&app, "bridging episode").await;
    assert_eq!(
        app.metric(incidents).await,
        Some(2.0),
        "both openings stay counted"
    );
    assert_eq!(app.metric(merges).await, Some(1.0), "the merge is counted");

    let t2 = 5 * DAY;
    post(document(
        vec![
            pool("PoolA", "g1", t2, t2 - H),
            pool("PoolB", "g2", t2 - H - 600, t2 - 2 * H),
        ],
        0,
    ))
    .await;
    scrapes.step(&app, "flap").await;
    assert_eq!(app.metric(flaps).await, Some(1.0));
    post(document(
        vec![pool("PoolC", "g3", t2 - H + 60, t2 - H - 660)],
        0,
    ))
    .await;
    scrapes.step(&app, "gap filled").await;
    assert_eq!(app.metric(flaps).await, Some(1.0), "the flap stays counted");

    let fix = serde_json::json!({"service": "payments-api", "signature": "connection_pool_exhaustion", "ref": "PM-1", "at": at(3 * DAY)});
    let r = app.post("/api/v1/fixes", fix.to_string().as_bytes()).await;
    assert!(r.status == 200 || r.status == 201, "{}", r.body);
    let id = serde_json::from_str::<serde_json::Value>(&r.body).expect("json")["data"]["id"]
        .as_i64()
        .expect("id");
    post(document(vec![pool("PoolA", "h1", 2 * DAY, 2 * DAY - H)], 0)).await;
    scrapes.step(&app, "regression").await;
    assert_eq!(app.metric(regressions).await, Some(1.0));
    let r = app.get_with("DELETE", &format!("/api/v1/fixes/{id}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    scrapes.step(&app, "fix deleted").await;
    assert_eq!(app.metric(regressions).await, Some(1.0));

    for n in [u64::MAX, 2] {
        post(document(vec![pool("PoolA", "h1", 2 * DAY, 2 * DAY - H)], n)).await;
    }
    let truncated = r#"recurrence_truncated_alerts_total{source="alertmanager"}"#;
    assert_eq!(
        app.metric(truncated).await,
        Some((1u64 << 32) as f64 + 2.0),
        "a sender's number is bounded before it is added"
    );
    scrapes.step(&app, "truncatedAlerts").await;

    // Ended before retention: refused for history rather than counted and pruned later.
    post(document(
        vec![pool("PoolOld", "old", 500 * DAY, 500 * DAY - H)],
        0,
    ))
    .await;
    let too_old = r#"recurrence_rejected_alerts_total{source="alertmanager",reason="too_old"}"#;
    assert_eq!(app.metric(too_old).await, Some(1.0));
    assert_eq!(app.metric(incidents).await, Some(4.0));
    scrapes.step(&app, "too old").await;

    std::fs::write(
        storage.with_extension("yml"),
        "retention: 3d\nincident:\n  merge_window: 2d\n",
    )
    .expect("config");
    let r = app.post("/-/reload", b"").await;
    assert_eq!(r.status, 200, "{}", r.body);
    let before_restart = scrapes
        .step(&app, "reload: retention 3d, merge window 2d")
        .await;
    assert_eq!(app.metric(incidents).await, Some(4.0));
    assert_eq!(
        app.metric(merges).await,
        Some(1.0),
        "the incidents are days apart"
    );
    app.stop().await;

    // The restart prunes the incidents of 10 and 5 days ago (retention 3d): they stay counted,
    // and leave the stored history as merges do.
    let app = spawn_app_in(&storage, "retention: 3d\nincident:\n  merge_window: 2d\n").await;
    // Retention runs on the writer's first round after the history is loaded.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while app.metric(merges).await != Some(3.0) {
        assert!(std::time::Instant::now() < deadline, "retention never ran");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let after = counters(&app.get("/metrics").await.body);
    for (series, value) in before_restart.iter().filter(|(s, _)| !of_the_process(s)) {
        assert!(
            after.get(series).is_some_and(|now| now >= value),
            "{series} went from {value} to {:?} across the restart",
            after.get(series)
        );
    }
    assert_eq!(app.metric(incidents).await, Some(4.0));
    assert_eq!(app.metric(merges).await, Some(3.0));
    let gauge = r#"recurrence_window_incidents{service="payments-api",signature="connection_pool_exhaustion",window="90d"}"#;
    assert_eq!(
        app.metric(gauge).await,
        Some(1.0),
        "the gauge shows the stored truth"
    );
    app.stop().await;
    assert!(scrapes.decreases.is_empty(), "{:#?}", scrapes.decreases);
}
