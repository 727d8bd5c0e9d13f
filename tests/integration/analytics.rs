//! Recurrence analytics through the HTTP API: windows, declared fixes and regressions,
//! symptom drift, concentration, the incident and recurrence views, and backfill.

use std::time::Duration;

use crate::support::*;

const POOL: &str = r#"{service="payments-api",signature="connection_pool_exhaustion"}"#;
const DAY: i64 = 86_400;

fn ago(seconds: i64) -> String {
    let t = time::OffsetDateTime::now_utc() - time::Duration::seconds(seconds);
    t.format(&time::format_description::well_known::Rfc3339)
        .expect("format")
}

fn pool_incident(fp: &str, alertname: &str, days_ago: i64) -> Vec<u8> {
    webhook(
        "payments-api",
        &[(
            alertname,
            fp,
            "resolved",
            &ago(days_ago * DAY),
            &ago(days_ago * DAY - 1800),
            "FATAL: sorry, too many clients already",
        )],
    )
}

#[tokio::test]
async fn regression_after_a_declared_fix_survives_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let app = spawn_app_in(&storage, "").await;
    assert_eq!(
        app.post(
            "/webhook/alertmanager",
            &pool_incident("a", "PostgresTooManyConnections", 30)
        )
        .await
        .status,
        200
    );
    let fix = serde_json::json!({"service": "payments-api", "signature": "connection_pool_exhaustion", "ref": "PM-1234", "at": ago(20 * DAY), "note": "pool size raised"});
    let r = app.post("/api/v1/fixes", fix.to_string().as_bytes()).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let created: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(created["data"]["ref"], "PM-1234");
    assert_eq!(
        app.post(
            "/webhook/alertmanager",
            &pool_incident("b", "PostgresTooManyConnections", 5)
        )
        .await
        .status,
        200
    );

    let check = |m: &str| {
        assert_eq!(
            sample(m, &format!("recurrence_incidents_total{POOL}")),
            Some(2.0)
        );
        assert_eq!(
            sample(m, &format!("recurrence_regressions_total{POOL}")),
            Some(1.0)
        );
        let window = |w: &str| {
            sample(
                m,
                &format!(
                    r#"recurrence_window_incidents{{service="payments-api",signature="connection_pool_exhaustion",window="{w}"}}"#
                ),
            )
        };
        assert_eq!(window("7d"), Some(1.0));
        assert_eq!(
            window("30d"),
            Some(1.0),
            "the first incident started just over 30 days ago"
        );
        assert_eq!(window("90d"), Some(2.0));
        assert_eq!(
            sample(
                m,
                &format!("recurrence_time_to_regression_seconds_count{POOL}")
            ),
            Some(1.0)
        );
        assert!(m.contains(r#"recurrence_fix_info{service="payments-api",signature="connection_pool_exhaustion",ref="PM-1234"} 1"#), "{m}");
        assert_eq!(
            sample(
                m,
                r#"recurrence_service_incident_share_ratio{service="payments-api",window="90d"}"#
            ),
            Some(1.0)
        );
    };
    check(&app.get("/metrics").await.body);

    let incidents: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/incidents?service=payments-api").await.body)
            .expect("json");
    let list = incidents["data"].as_array().expect("list");
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0]["regression"]["ref"], "PM-1234",
        "newest first, and it broke the fix"
    );
    assert!(list[1]["regression"].is_null());
    app.stop().await;

    let app = spawn_app_in(&storage, "").await;
    check(&app.get("/metrics").await.body);
    let fixes: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/fixes").await.body).expect("json");
    assert_eq!(fixes["data"][0]["note"], "pool size raised");
    assert!(fixes["data"][0]["broken_by"].is_string());
    let id = fixes["data"][0]["id"].as_i64().expect("id");
    let r = app.get_with("DELETE", &format!("/api/v1/fixes/{id}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    // A deleted fix stops future regressions; the one that happened stays counted.
    assert_eq!(
        app.metric(&format!("recurrence_regressions_total{POOL}"))
            .await,
        Some(1.0)
    );
    assert_eq!(
        app.get_with("DELETE", &format!("/api/v1/fixes/{id}"))
            .await
            .status,
        404
    );
    app.stop().await;
}

#[tokio::test]
async fn fix_requests_are_validated() {
    let (app, _dir) = spawn_app().await;
    for (body, message) in [
        ("{", "invalid fix"),
        (r#"{"service":"a","signature":"b"}"#, "missing field `ref`"),
        (
            r#"{"service":"","signature":"b","ref":"x"}"#,
            "service must not be empty",
        ),
        (
            r#"{"service":"a","signature":"b","ref":"x","at":"yesterday"}"#,
            "is not an RFC 3339 timestamp",
        ),
        (
            r#"{"service":"a","signature":"b","ref":"x","colour":"red"}"#,
            "unknown field `colour`",
        ),
    ] {
        let r = app.post("/api/v1/fixes", body.as_bytes()).await;
        assert_eq!(r.status, 400, "{body}");
        assert!(
            r.body.contains(message),
            "{} should contain {message}",
            r.body
        );
    }
    // A fix for a pair with no history is accepted and waits.
    let r = app
        .post(
            "/api/v1/fixes",
            br#"{"service":"new","signature":"disk_full","ref":"PM-9"}"#,
        )
        .await;
    assert_eq!(r.status, 201);
    assert_eq!(app.get("/api/v1/incidents?limit=0").await.status, 400);
    assert_eq!(app.get("/api/v1/incidents?bogus=1").await.status, 400);
    assert_eq!(app.get("/api/v1/recurrences?window=soon").await.status, 400);
    let r = app.get("/api/v1/recurrences?window=365d").await;
    assert_eq!(r.status, 400);
    assert!(
        r.body.contains("longest configured window (90d)"),
        "{}",
        r.body
    );
    app.stop().await;
}

#[tokio::test]
async fn a_signature_moving_to_a_new_alertname_raises_new_symptom() {
    let (app, _dir) = spawn_app().await;
    app.post(
        "/webhook/alertmanager",
        &pool_incident("a", "PostgresTooManyConnections", 40),
    )
    .await;
    assert_eq!(
        app.metric(&format!("recurrence_new_symptom_total{POOL}"))
            .await,
        Some(0.0)
    );
    app.post(
        "/webhook/alertmanager",
        &pool_incident("b", "PostgresTooManyConnections", 20),
    )
    .await;
    assert_eq!(
        app.metric(&format!("recurrence_new_symptom_total{POOL}"))
            .await,
        Some(0.0)
    );
    app.post(
        "/webhook/alertmanager",
        &pool_incident("c", "HighRequestLatency", 2),
    )
    .await;
    let m = app.get("/metrics").await.body;
    assert_eq!(
        sample(&m, &format!("recurrence_new_symptom_total{POOL}")),
        Some(1.0)
    );
    assert_eq!(sample(&m, &format!("recurrence_symptoms{POOL}")), Some(2.0));
    let r: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/recurrences?window=90d").await.body).expect("json");
    let top = &r["data"][0];
    assert_eq!(top["incidents"], 3);
    assert_eq!(
        top["alertnames"],
        serde_json::json!(["PostgresTooManyConnections", "HighRequestLatency"])
    );
    let mtbi = top["mean_time_between_incidents_seconds"]
        .as_f64()
        .expect("mtbi");
    assert!((mtbi - 19.0 * DAY as f64).abs() < 5.0, "{mtbi}");
    app.stop().await;
}

#[tokio::test]
async fn concentration_and_ranking_across_services() {
    let (app, _dir) = spawn_app().await;
    // payments-api: 3 incidents; checkout: 1; search: 1 → payments-api has 60%.
    for (i, days) in [50, 30, 10].iter().enumerate() {
        app.post(
            "/webhook/alertmanager",
            &pool_incident(&format!("p{i}"), "PostgresTooManyConnections", *days),
        )
        .await;
    }
    for (svc, name) in [
        ("checkout", "HighRequestLatency"),
        ("search", "KubePodCrashLooping"),
    ] {
        let doc = webhook(
            svc,
            &[(
                name,
                svc,
                "resolved",
                &ago(3 * DAY),
                &ago(3 * DAY - 600),
                "",
            )],
        );
        assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    }
    let m = app.get("/metrics").await.body;
    assert_eq!(
        sample(
            &m,
            r#"recurrence_service_incident_share_ratio{service="payments-api",window="90d"}"#
        ),
        Some(0.6)
    );
    assert_eq!(
        sample(
            &m,
            r#"recurrence_service_incident_share_ratio{service="checkout",window="90d"}"#
        ),
        Some(0.2)
    );
    assert_eq!(
        sample(
            &m,
            r#"recurrence_signature_incident_share_ratio{signature="connection_pool_exhaustion",window="90d"}"#
        ),
        Some(0.6)
    );
    let r: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/recurrences?window=90d").await.body).expect("json");
    assert_eq!(r["data"][0]["service"], "payments-api");
    assert_eq!(r["data"].as_array().expect("list").len(), 3);
    let r: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/recurrences?window=7d").await.body).expect("json");
    assert_eq!(
        r["data"].as_array().expect("list").len(),
        2,
        "only checkout and search in 7d"
    );
    let r: serde_json::Value = serde_json::from_str(
        &app.get("/api/v1/incidents?since=20d&signature=connection_pool_exhaustion")
            .await
            .body,
    )
    .expect("json");
    assert_eq!(r["data"].as_array().expect("list").len(), 1);
    app.stop().await;
}

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");

fn run(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(BIN)
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("log.jsonl");
    let mut lines = String::new();
    for f in ["01", "02", "03", "04"] {
        let doc: serde_json::Value = serde_json::from_slice(&fixture(&format!(
            "alertmanager-0.25/{f}_webhook_alertmanager.json"
        )))
        .expect("json");
        lines.push_str(&doc.to_string());
        lines.push('\n');
    }
    std::fs::write(&file, &lines).expect("write");
    let storage = format!("--storage.path={}", dir.path().join("data").display());
    let (code, out, err) = run(&["import", &storage, &file.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    let first: serde_json::Value = serde_json::from_str(out.trim()).expect("report");
    assert_eq!(first["documents"], 4);
    assert_eq!(first["new_episodes"], 2);
    assert_eq!(first["resolved_episodes"], 2);
    let (code, out, err) = run(&["import", &storage, &file.display().to_string()]);
    assert_eq!(code, 0, "{err}");
    let second: serde_json::Value = serde_json::from_str(out.trim()).expect("report");
    assert_eq!(second["new_episodes"], 0);
    assert_eq!(second["resolved_episodes"], 0);
    assert_eq!(second["unchanged"], 6);
    // A bad line is reported with its number.
    std::fs::write(&file, format!("{lines}{{\"alerts\": 3}}\n")).expect("write");
    let (code, _, err) = run(&["import", &storage, &file.display().to_string()]);
    assert_eq!(code, 1);
    assert!(err.contains("line 5"), "{err}");
}

#[test]
fn fixes_cli_against_a_running_daemon() {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");
    let log = dir.path().join("daemon.log");
    let _daemon = start(
        BIN,
        &[
            format!("--web.listen-address=127.0.0.1:{port}"),
            format!("--storage.path={}", dir.path().join("data").display()),
        ],
        &log,
    );
    let addr = format!("127.0.0.1:{port}").parse().expect("addr");
    wait_for("daemon ready", Duration::from_secs(30), Some(&log), || {
        try_request(addr, "GET", "/-/ready", b"", &[])
            .ok()
            .filter(|r| r.status == 200)
    });
    let (code, out, err) = run(&[
        "fixes",
        "--url",
        &url,
        "add",
        "--service",
        "payments-api",
        "--signature",
        "connection_pool_exhaustion",
        "--ref",
        "PM-7",
        "--at",
        "2026-01-01T00:00:00Z",
    ]);
    assert_eq!(code, 0, "{err}");
    let added: serde_json::Value = serde_json::from_str(&out).expect("json");
    let id = added["id"].as_i64().expect("id");
    let (code, out, _) = run(&["fixes", "--url", &url, "list"]);
    assert_eq!(code, 0);
    assert!(out.contains("PM-7"), "{out}");
    let (code, _, _) = run(&["fixes", "--url", &url, "rm", &id.to_string()]);
    assert_eq!(code, 0);
    let (code, _, err) = run(&["fixes", "--url", &url, "rm", &id.to_string()]);
    assert_eq!(code, 1);
    assert!(err.contains("404"), "{err}");
}

/// Incidents older than every window are settled: folded into the figures and dropped from
/// memory (issue 9, memory). They must stay counted, listed and findable from the store, and
/// a repeat or a late episode reaching them must be handled as if they were in memory.
#[tokio::test]
async fn incidents_older_than_every_window_stay_counted_and_listed_from_the_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let app = spawn_app_in(&storage, "").await;
    let deliveries: Vec<Vec<u8>> = [("old1", 200), ("old2", 120), ("new", 5)]
        .iter()
        .map(|(fp, days)| pool_incident(fp, "PostgresTooManyConnections", *days))
        .collect();
    for delivery in &deliveries {
        let r = app.post("/webhook/alertmanager", delivery).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let old2: serde_json::Value = serde_json::from_slice(&deliveries[1]).expect("json");
    let old2_end = time::OffsetDateTime::parse(
        old2["alerts"][0]["endsAt"].as_str().expect("endsAt"),
        &time::format_description::well_known::Rfc3339,
    )
    .expect("time");
    let after_old2 = |seconds: i64| {
        (old2_end + time::Duration::seconds(seconds))
            .format(&time::format_description::well_known::Rfc3339)
            .expect("format")
    };
    app.stop().await;

    // After a restart the two old incidents are settled at load.
    let app = spawn_app_in(&storage, "").await;
    let total = format!("recurrence_incidents_total{POOL}");
    let flaps = format!("recurrence_flaps_total{POOL}");
    assert_eq!(app.metric(&total).await, Some(3.0));
    assert_eq!(app.metric("recurrence_episodes").await, Some(3.0));

    // A repeat of a settled episode, older than the daemon's memory of keys: the store
    // recognises it, nothing changes and the answer says so.
    let r = app.post("/webhook/alertmanager", &deliveries[0]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("\"new_episodes\":0"), "{}", r.body);
    assert_eq!(app.metric(&total).await, Some(3.0));
    assert_eq!(app.metric("recurrence_episodes").await, Some(3.0));

    let list = |body: &str| -> Vec<serde_json::Value> {
        let v: serde_json::Value = serde_json::from_str(body).expect("json");
        v["data"].as_array().expect("array").clone()
    };
    let all = list(&app.get("/api/v1/incidents?service=payments-api").await.body);
    assert_eq!(all.len(), 3, "{all:?}");
    assert!(all[0]["start"].as_str() > all[1]["start"].as_str());
    assert!(all[1]["start"].as_str() > all[2]["start"].as_str());
    assert_eq!(
        list(&app.get("/api/v1/incidents?limit=1").await.body).len(),
        1
    );
    assert_eq!(
        list(&app.get("/api/v1/incidents?since=150d").await.body).len(),
        2
    );

    // The oldest, settled incident by id, with its stored episode.
    let id = all[2]["id"].as_str().expect("id");
    let r = app.get(&format!("/api/v1/incidents/{id}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let detail: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(detail["data"]["episodes"][0]["fingerprint"], "old1");

    // A late episode 10 minutes after the settled incident of 120 days ago ended joins it
    // as a flap: the pair is rebuilt from the store.
    let late = webhook(
        "payments-api",
        &[(
            "PgBouncerPoolFull",
            "late",
            "resolved",
            &after_old2(600),
            &after_old2(1200),
            "no more connections allowed (max_client_conn)",
        )],
    );
    let r = app.post("/webhook/alertmanager", &late).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("\"new_episodes\":1"), "{}", r.body);
    assert_eq!(app.metric(&total).await, Some(3.0));
    assert_eq!(app.metric(&flaps).await, Some(1.0));
    let all = list(&app.get("/api/v1/incidents?service=payments-api").await.body);
    assert_eq!(all[1]["episodes"], 2, "{all:?}");
    assert_eq!(all[1]["flaps"], 1, "{all:?}");
    app.stop().await;

    // The same figures from a cold start.
    let app = spawn_app_in(&storage, "").await;
    assert_eq!(app.metric(&total).await, Some(3.0));
    assert_eq!(app.metric(&flaps).await, Some(1.0));
    assert_eq!(app.metric("recurrence_episodes").await, Some(4.0));
    app.stop().await;
}

/// A reload with a longer merge window reaches incidents that were settled with the old one:
/// their pair is rebuilt from the store within a second of the reload.
#[tokio::test]
async fn a_new_merge_window_rebuilds_settled_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let app = spawn_app_in(&storage, "").await;
    // Two episodes 200 days ago, 20 minutes apart: two incidents with the default 15m window.
    let first = pool_incident("p1", "PostgresTooManyConnections", 200);
    let parsed: serde_json::Value = serde_json::from_slice(&first).expect("json");
    let end = time::OffsetDateTime::parse(
        parsed["alerts"][0]["endsAt"].as_str().expect("endsAt"),
        &time::format_description::well_known::Rfc3339,
    )
    .expect("time");
    let at = |seconds: i64| {
        (end + time::Duration::seconds(seconds))
            .format(&time::format_description::well_known::Rfc3339)
            .expect("format")
    };
    let second = webhook(
        "payments-api",
        &[(
            "PgBouncerPoolFull",
            "p2",
            "resolved",
            &at(1200),
            &at(1800),
            "no more connections allowed (max_client_conn)",
        )],
    );
    for body in [&first, &second] {
        assert_eq!(app.post("/webhook/alertmanager", body).await.status, 200);
    }
    let total = format!("recurrence_incidents_total{POOL}");
    assert_eq!(app.metric(&total).await, Some(2.0));

    std::fs::write(
        storage.with_extension("yml"),
        "incident:\n  merge_window: 30m\n",
    )
    .expect("config");
    let r = app.post("/-/reload", b"").await;
    assert_eq!(r.status, 200, "{}", r.body);
    // The two incidents are one under the longer window: the counter keeps both openings and
    // the merge is counted; the stored history now holds one incident.
    let merges = format!("recurrence_incident_merges_total{POOL}");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while app.metric(&merges).await != Some(1.0) {
        assert!(
            std::time::Instant::now() < deadline,
            "still {:?} merges after the reload",
            app.metric(&merges).await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.metric(&total).await, Some(2.0));
    assert_eq!(
        app.metric(&format!("recurrence_flaps_total{POOL}")).await,
        Some(1.0)
    );
    app.stop().await;
}
