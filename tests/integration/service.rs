//! The daemon in-process: ingestion, idempotency, bad input, restart, reload.

use crate::support::*;

const POOL: &str = r#"{service="payments-api",signature="connection_pool_exhaustion"}"#;
const ZERO: &str = "0001-01-01T00:00:00Z";

#[tokio::test]
async fn real_alertmanager_deliveries_make_one_incident_and_repeats_change_nothing() {
    let (app, _dir) = spawn_app().await;
    for f in ["01", "02", "02", "03", "04", "04"] {
        let r = app
            .post(
                "/webhook/alertmanager",
                &fixture(&format!("alertmanager-0.25/{f}_webhook_alertmanager.json")),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let m = app.get("/metrics").await.body;
    assert_eq!(sample(&m, "recurrence_episodes"), Some(2.0));
    assert_eq!(sample(&m, "recurrence_episodes_open"), Some(0.0));
    assert_eq!(
        sample(&m, &format!("recurrence_incidents_total{POOL}")),
        Some(1.0)
    );
    assert_eq!(
        sample(&m, &format!("recurrence_incident_open{POOL}")),
        Some(0.0)
    );
    assert_eq!(
        sample(
            &m,
            r#"recurrence_webhook_requests_total{source="alertmanager",code="200"}"#
        ),
        Some(6.0)
    );
    // The latest resolve (04) carries the incident's real end.
    assert_eq!(
        sample(
            &m,
            &format!("recurrence_last_incident_end_timestamp_seconds{POOL}")
        ),
        Some(1_795_770_850.36)
    );
    app.stop().await;
}

#[tokio::test]
async fn truncated_alerts_are_counted() {
    let (app, _dir) = spawn_app().await;
    let r = app
        .post(
            "/webhook/alertmanager",
            &fixture("alertmanager-0.25/06_webhook_alertmanager-max2.json"),
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        app.metric(r#"recurrence_truncated_alerts_total{source="alertmanager"}"#)
            .await,
        Some(1.0)
    );
    app.stop().await;
}

#[tokio::test]
async fn malformed_documents_get_400_with_the_problem_and_store_nothing() {
    let (app, _dir) = spawn_app().await;
    let good = r#"{"status":"firing","labels":{"alertname":"A","service":"s"},"startsAt":"2026-01-01T00:00:00Z","fingerprint":"f1"}"#;
    let cases: &[(String, &str)] = &[
        ("not json".into(), "the document must be a JSON object"),
        ("{\"alerts\": [".into(), "invalid JSON at alerts: EOF while parsing a list"),
        (format!(r#"{{"alerts":[{good},{{"status":"firing","labels":{{}},"startsAt":"2026-01-01T00:00:00Z"}}]}}"#), "alerts[1].labels: an alert needs at least one label"),
        (format!(r#"{{"alerts":[{good},{{"status":"firing","labels":{{"a":"b"}},"startsAt":"tuesday"}}]}}"#), "alerts[1].startsAt: \"tuesday\" is not an RFC 3339 timestamp"),
        (r#"{"alerts":[{"status":"firing","labels":{"a":["x"]},"startsAt":"2026-01-01T00:00:00Z"}]}"#.into(), "invalid JSON at alerts[0].labels.a"),
    ];
    for (body, message) in cases {
        let r = app.post("/webhook/alertmanager", body.as_bytes()).await;
        assert_eq!(r.status, 400, "{body}");
        let json: serde_json::Value = serde_json::from_str(&r.body).expect("JSON error body");
        let error = json["error"].as_str().expect("error field");
        assert!(
            error.contains(message),
            "{error:?} should contain {message:?}"
        );
    }
    // The valid first alert of the refused documents was not stored either.
    assert_eq!(app.metric("recurrence_episodes").await, Some(0.0));
    assert_eq!(
        app.metric(r#"recurrence_rejected_documents_total{source="alertmanager",reason="alert"}"#)
            .await,
        Some(2.0)
    );
    let big = vec![b' '; 5 << 20];
    let r = app.post("/webhook/alertmanager", &big).await;
    assert_eq!(r.status, 413, "{}", r.body);
    app.stop().await;
}

#[tokio::test]
async fn restart_keeps_every_counter_and_history_outlives_the_process() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let app = spawn_app_in(&storage, "").await;
    // The seed case: two alertnames at once, then a recurrence six weeks later, then a flap.
    let docs = [
        webhook(
            "payments-api",
            &[
                (
                    "PostgresTooManyConnections",
                    "a1",
                    "resolved",
                    "2026-08-01T10:00:00Z",
                    "2026-08-01T10:20:00Z",
                    "FATAL: sorry, too many clients already",
                ),
                (
                    "HighRequestLatency",
                    "b1",
                    "resolved",
                    "2026-08-01T10:05:00Z",
                    "2026-08-01T10:30:00Z",
                    "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
                ),
            ],
        ),
        webhook(
            "payments-api",
            &[(
                "PostgresTooManyConnections",
                "a1",
                "resolved",
                "2026-09-12T10:00:00Z",
                "2026-09-12T10:10:00Z",
                "sorry, too many clients already",
            )],
        ),
        webhook(
            "payments-api",
            &[(
                "PostgresTooManyConnections",
                "a1",
                "firing",
                "2026-09-12T10:20:00Z",
                ZERO,
                "sorry, too many clients already",
            )],
        ),
    ];
    for doc in &docs {
        assert_eq!(app.post("/webhook/alertmanager", doc).await.status, 200);
    }
    let before = app.get("/metrics").await.body;
    assert_eq!(
        sample(&before, &format!("recurrence_incidents_total{POOL}")),
        Some(2.0)
    );
    assert_eq!(
        sample(&before, &format!("recurrence_flaps_total{POOL}")),
        Some(1.0)
    );
    assert_eq!(
        sample(&before, &format!("recurrence_incident_open{POOL}")),
        Some(1.0)
    );
    assert_eq!(
        sample(&before, &format!("recurrence_interval_seconds_count{POOL}")),
        Some(1.0)
    );
    app.stop().await;

    let app = spawn_app_in(&storage, "").await;
    let after = app.get("/metrics").await.body;
    for series in [
        "recurrence_incidents_total",
        "recurrence_flaps_total",
        "recurrence_incident_open",
        "recurrence_interval_seconds_count",
        "recurrence_interval_seconds_sum",
        "recurrence_incident_duration_seconds_sum",
        "recurrence_last_incident_start_timestamp_seconds",
        "recurrence_last_incident_end_timestamp_seconds",
    ] {
        let s = format!("{series}{POOL}");
        assert_eq!(sample(&after, &s), sample(&before, &s), "{s}");
        assert!(sample(&after, &s).is_some(), "{s} present");
    }
    // Replaying the same documents after the restart changes nothing.
    for doc in &docs {
        let r = app.post("/webhook/alertmanager", doc).await;
        assert!(r.body.contains("\"new_episodes\":0"), "{}", r.body);
    }
    assert_eq!(
        app.metric(&format!("recurrence_incidents_total{POOL}"))
            .await,
        Some(2.0)
    );
    app.stop().await;
}

#[tokio::test]
async fn a_bad_reload_keeps_the_old_config() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let rules = "builtin_signatures: false\nsignatures:\n  - signature: mine\n    any: [{label: alertname, equals: A}]\n";
    let app = spawn_app_in(&storage, rules).await;
    let config_path = storage.with_extension("yml");
    std::fs::write(&config_path, "incident:\n  merge_window: soon\n").expect("write");
    let r = app.post("/-/reload", b"").await;
    assert_eq!(r.status, 500);
    assert!(
        r.body.contains("line 2 column 17: incident.merge_window"),
        "{}",
        r.body
    );
    assert_eq!(
        app.metric("recurrence_config_last_reload_successful").await,
        Some(0.0)
    );
    let doc = webhook(
        "s",
        &[("A", "f", "firing", "2026-01-01T00:00:00Z", ZERO, "")],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    assert_eq!(
        app.metric(r#"recurrence_incidents_total{service="s",signature="mine"}"#)
            .await,
        Some(1.0),
        "the old rules still classify"
    );
    std::fs::write(&config_path, "builtin_signatures: false\n").expect("write");
    assert_eq!(app.post("/-/reload", b"").await.status, 200);
    assert_eq!(
        app.metric("recurrence_config_last_reload_successful").await,
        Some(1.0)
    );
    let doc = webhook(
        "s",
        &[("A", "g", "firing", "2026-01-02T00:00:00Z", ZERO, "")],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    assert_eq!(
        app.metric(r#"recurrence_incidents_total{service="s",signature="unclassified:A"}"#)
            .await,
        Some(1.0)
    );
    app.stop().await;
}

#[tokio::test]
async fn series_beyond_the_limit_are_counted_not_exported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(
        &dir.path().join("data"),
        "builtin_signatures: false\nlimits:\n  max_series: 2\n",
    )
    .await;
    for (i, name) in ["A", "B", "C"].iter().enumerate() {
        let doc = webhook(
            "s",
            &[(
                name,
                &format!("f{i}"),
                "firing",
                "2026-01-01T00:00:00Z",
                ZERO,
                "",
            )],
        );
        assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    }
    let m = app.get("/metrics").await.body;
    assert_eq!(m.matches("recurrence_incidents_total{").count(), 2);
    assert_eq!(sample(&m, "recurrence_series_overflow"), Some(1.0));
    assert_eq!(sample(&m, "recurrence_pairs"), Some(3.0));
    app.stop().await;
}

#[tokio::test]
async fn storage_failure_answers_503_and_recovers() {
    let (app, _dir) = spawn_app().await;
    let db = app.storage.join("recurrence.db");
    // Make the store refuse writes the way a full or read-only disk does: a trigger that
    // aborts every insert, installed from a second connection.
    let conn = rusqlite_conn(&db);
    conn.execute_batch("CREATE TRIGGER fail BEFORE INSERT ON episodes BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;")
        .expect("trigger");
    let doc = webhook(
        "s",
        &[("A", "f", "firing", "2026-01-01T00:00:00Z", ZERO, "")],
    );
    let r = app.post("/webhook/alertmanager", &doc).await;
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.headers.to_ascii_lowercase().contains("retry-after"));
    assert_eq!(app.get("/-/ready").await.status, 503);
    assert_eq!(app.get("/-/healthy").await.status, 200);
    assert_eq!(app.metric("recurrence_episodes").await, Some(0.0));
    conn.execute_batch("DROP TRIGGER fail;")
        .expect("drop trigger");
    let r = app.post("/webhook/alertmanager", &doc).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(app.get("/-/ready").await.status, 200);
    assert_eq!(app.metric("recurrence_episodes").await, Some(1.0));
    app.stop().await;
}

fn rusqlite_conn(path: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).expect("open db");
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .expect("busy timeout");
    conn
}
