//! More alert sources: Grafana's webhook and the shipped example mappings for PagerDuty,
//! Datadog, Amazon SNS (CloudWatch), Opsgenie, Azure Monitor and Google Cloud Monitoring, each
//! fed its sample payloads and the corpus of real ones in `fixtures/sources/real/`.

use crate::support::*;

fn example_config() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/config/sources.example.yml"
    ))
    .expect("example")
}

async fn post_fixture(app: &TestApp, path: &str, name: &str) -> Response {
    app.post(path, &fixture(&format!("sources/{name}.json")))
        .await
}

/// The incidents of a pair as the API lists them.
async fn incidents(app: &TestApp, service: &str, signature: &str) -> Vec<serde_json::Value> {
    let r = app
        .get(&format!(
            "/api/v1/incidents?service={service}&signature={signature}"
        ))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    v["data"].as_array().expect("list").clone()
}

#[tokio::test]
async fn grafana_alerts_become_incidents_with_their_links() {
    let (app, _dir) = spawn_app().await;
    let body = fixture("grafana/firing.json");
    let r = app.post("/webhook/grafana", &body).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("\"new_episodes\":2"), "{}", r.body);
    assert!(
        app.post("/webhook/grafana", &body)
            .await
            .body
            .contains("\"new_episodes\":0"),
        "idempotent"
    );
    let list = incidents(&app, "payments-api", "connection_pool_exhaustion").await;
    assert_eq!(
        list.len(),
        1,
        "Hikari evidence in a Grafana latency alert is pool exhaustion"
    );
    assert_eq!(
        list[0]["links"]["dashboardURL"],
        "https://grafana.example/d/payments?orgId=1"
    );
    assert_eq!(
        list[0]["links"]["panelURL"],
        "https://grafana.example/d/payments?orgId=1&viewPanel=4"
    );
    let id = list[0]["id"].as_str().expect("id");
    let detail: serde_json::Value =
        serde_json::from_str(&app.get(&format!("/api/v1/incidents/{id}")).await.body)
            .expect("json");
    let episode = &detail["data"]["episodes"][0];
    assert_eq!(episode["source"], "grafana");
    assert_eq!(episode["rule"], "builtin:client-pool-timeout-text");
    assert!(
        episode["evidence"]
            .as_str()
            .expect("evidence")
            .starts_with("annotation:description: "),
        "{episode}"
    );
    assert_eq!(
        app.get("/api/v1/incidents/0000000000000000").await.status,
        404
    );
    assert_eq!(
        app.metric(r#"recurrence_webhook_requests_total{source="grafana",code="200"}"#)
            .await,
        Some(2.0)
    );
    let r = app
        .post(
            "/webhook/grafana",
            br#"{"version":"1","alerts":[{"status":"firing","labels":{}}]}"#,
        )
        .await;
    assert_eq!(r.status, 400);
    app.stop().await;
}

#[tokio::test]
async fn pagerduty_triggered_acknowledged_resolved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), &example_config()).await;
    assert_eq!(
        post_fixture(&app, "/webhook/pagerduty", "pagerduty-triggered")
            .await
            .status,
        200
    );
    let r = post_fixture(&app, "/webhook/pagerduty", "pagerduty-acknowledged").await;
    assert!(
        r.body.contains("\"alerts\":0"),
        "an acknowledgement is not an alert: {}",
        r.body
    );
    assert_eq!(
        app.metric(
            r#"recurrence_rejected_alerts_total{source="pagerduty",reason="ignored_status"}"#
        )
        .await,
        Some(1.0)
    );
    assert_eq!(
        post_fixture(&app, "/webhook/pagerduty", "pagerduty-resolved")
            .await
            .status,
        200
    );
    let list = incidents(&app, "payments-api", "connection_pool_exhaustion").await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["start"], "2026-10-02T18:45:22Z");
    assert_eq!(list[0]["end"], "2026-10-02T19:12:40.002Z");
    assert_eq!(
        list[0]["links"]["incident"],
        "https://acme.pagerduty.com/incidents/PGR0VU2"
    );
    app.stop().await;
}

#[tokio::test]
async fn datadog_recovery_closes_the_triggered_episode() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), &example_config()).await;
    assert_eq!(
        post_fixture(&app, "/webhook/datadog", "datadog-triggered")
            .await
            .status,
        200
    );
    assert_eq!(app.metric("recurrence_episodes_open").await, Some(1.0));
    assert_eq!(
        post_fixture(&app, "/webhook/datadog", "datadog-recovered")
            .await
            .status,
        200
    );
    assert_eq!(app.metric("recurrence_episodes_open").await, Some(0.0));
    assert_eq!(
        app.metric("recurrence_episodes").await,
        Some(1.0),
        "the recovery closed it, no new episode"
    );
    let list = incidents(&app, "checkout", "upstream_timeout").await;
    assert_eq!(
        list.len(),
        1,
        "the body's 'upstream request timeout' is the root cause"
    );
    assert_eq!(list[0]["duration_seconds"], 1500.0);
    assert_eq!(list[0]["alertnames"][0], "High p99 latency");
    app.stop().await;
}

#[tokio::test]
async fn cloudwatch_through_sns_logs_the_confirmation_and_tracks_the_alarm() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), &example_config()).await;
    let r = post_fixture(
        &app,
        "/webhook/cloudwatch",
        "cloudwatch-subscription-confirmation",
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        r.body.contains("Action=ConfirmSubscription"),
        "the SubscribeURL is returned: {}",
        r.body
    );
    assert_eq!(app.metric("recurrence_episodes").await, Some(0.0));
    assert_eq!(
        app.metric(r#"recurrence_rejected_alerts_total{source="cloudwatch",reason="subscription_confirmation"}"#).await,
        Some(1.0)
    );
    assert_eq!(
        post_fixture(&app, "/webhook/cloudwatch", "cloudwatch-alarm")
            .await
            .status,
        200
    );
    assert_eq!(
        post_fixture(&app, "/webhook/cloudwatch", "cloudwatch-ok")
            .await
            .status,
        200
    );
    let list = incidents(&app, "orders-api", "high_error_rate").await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["start"], "2026-10-05T08:15:07.212Z");
    assert_eq!(list[0]["end"], "2026-10-05T08:45:07.519Z");
    let r = app
        .post(
            "/webhook/cloudwatch",
            br#"{"Type":"Notification","Message":"not json"}"#,
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(r.body.contains("the SNS Message is not JSON"), "{}", r.body);
    app.stop().await;
}

#[tokio::test]
async fn opsgenie_create_acknowledge_close() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), &example_config()).await;
    for f in ["opsgenie-create", "opsgenie-acknowledge", "opsgenie-close"] {
        assert_eq!(
            post_fixture(&app, "/webhook/opsgenie", f).await.status,
            200,
            "{f}"
        );
    }
    let list = incidents(&app, "search-indexer", "disk_full").await;
    assert_eq!(list.len(), 1, "flood-stage watermark text is disk_full");
    assert_eq!(list[0]["duration_seconds"], 2700.0);
    app.stop().await;
}

#[tokio::test]
async fn unknown_source_paths_are_404_and_mapping_errors_name_the_source_and_field() {
    let (app, _dir) = spawn_app().await;
    let r = app.post("/webhook/nagios", b"{}").await;
    assert_eq!(r.status, 404);
    assert!(
        r.body
            .contains("no source is configured at /webhook/nagios"),
        "{}",
        r.body
    );
    app.stop().await;
    let bad = "sources:\n  - name: pd\n    path: /webhook/pd\n    labels:\n      alertname: {field: title, regex: '(unclosed'}\n    status: {field: s, firing: [a], resolved: [b]}\n    starts_at: {field: t}\n";
    let err = recurrence_exporter::config::Config::from_yaml(bad)
        .expect_err("bad regex")
        .to_string();
    assert!(
        err.starts_with(
            "line 5 column 18: sources[0] (pd).labels.alertname: invalid regex \"(unclosed\""
        ),
        "{err}"
    );
    let bad = "sources:\n  - name: pd\n    path: /hooks/pd\n    labels: {alertname: t}\n    status: {field: s, firing: [a], resolved: [b]}\n    starts_at: {field: t}\n";
    let err = recurrence_exporter::config::Config::from_yaml(bad)
        .expect_err("bad path")
        .to_string();
    assert_eq!(
        err,
        "line 3 column 11: sources[0] (pd).path: must be /webhook/NAME"
    );
    let bad = "sources:\n  - name: pd\n    path: /webhook/pd\n    labels: {alertname: t}\n    status: {field: s, firing: [a], resolved: [b]}\n    starts_at: {field: t, format: epoch}\n";
    let err = recurrence_exporter::config::Config::from_yaml(bad)
        .expect_err("bad format")
        .to_string();
    assert!(
        err.contains("sources[0] (pd).starts_at.format: \"epoch\" is not a time format"),
        "{err}"
    );
}

/// Every payload of the real corpus (`fixtures/sources/real/cases.yml`, which names where each
/// comes from) through the real webhook path of a fresh daemon on the shipped mappings.
#[tokio::test]
async fn real_payloads_are_accepted_with_the_expected_service_and_signature() {
    let cases: serde_json::Value =
        serde_saphyr::from_slice(&fixture("sources/real/cases.yml")).expect("cases.yml");
    let cases = cases.as_array().expect("a list of cases");
    // The corpus reaches back to 2015: keep every episode, however old.
    let config = format!("{}\nretention: 30y\n", example_config());
    let mut senders = std::collections::BTreeMap::<&str, usize>::new();
    for case in cases {
        let file = case["file"].as_str().expect("file");
        let source = case["source"].as_str().expect("source");
        assert!(
            case["origin"].as_str().is_some_and(|o| !o.is_empty()),
            "{file}: every payload names its origin"
        );
        let expect = &case["expect"];
        let mut document: serde_json::Value =
            serde_json::from_slice(&fixture(&format!("sources/real/{file}"))).expect("json");
        if let Some(post) = case["post"].as_str() {
            for segment in post.split('.') {
                document = match segment.parse::<usize>() {
                    Ok(i) => document[i].take(),
                    Err(_) => document[segment].take(),
                };
            }
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let app = spawn_app_in(&dir.path().join("data"), &config).await;
        let body = serde_json::to_vec(&document).expect("json");
        let r = app.post(&format!("/webhook/{source}"), &body).await;
        assert_eq!(r.status, 200, "{file}: {}", r.body);
        let answer: serde_json::Value = serde_json::from_str(&r.body).expect("json");
        if expect["unsubscribed"] == true {
            assert!(
                !r.body.contains("SubscribeURL") && !r.body.contains("ConfirmSubscription"),
                "{file}: an unsubscribe confirmation must not invite re-subscribing: {}",
                r.body
            );
            assert_eq!(
                app.metric(&format!(
                    r#"recurrence_rejected_alerts_total{{source="{source}",reason="unsubscribe_confirmation"}}"#
                ))
                .await,
                Some(1.0),
                "{file}"
            );
        } else {
            assert_eq!(
                answer["data"]["alerts"], expect["alerts"],
                "{file}: {}",
                r.body
            );
        }
        let list = incidents_all(&app).await;
        if expect["alerts"] == 0 {
            assert!(list.is_empty(), "{file}: nothing stored: {list:?}");
        } else {
            assert_eq!(list.len(), 1, "{file}: {list:?}");
            let incident = &list[0];
            for key in ["service", "signature", "start"] {
                assert_eq!(incident[key], expect[key], "{file}: {key} of {incident}");
            }
            assert_eq!(incident["end"], expect["end"], "{file}: end of {incident}");
            if !expect["alertname"].is_null() {
                assert_eq!(incident["alertnames"][0], expect["alertname"], "{file}");
            }
        }
        *senders.entry(source).or_default() += 1;
        app.stop().await;
    }
    // The corpus keeps covering every sender the issue names.
    for sender in ["pagerduty", "datadog", "cloudwatch", "azure", "gcp"] {
        assert!(
            senders.get(sender).copied().unwrap_or(0) >= 2,
            "{sender}: {senders:?}"
        );
    }
}

/// Every incident the API lists, whatever its pair.
async fn incidents_all(app: &TestApp) -> Vec<serde_json::Value> {
    let r = app.get("/api/v1/incidents?since=30y&limit=100").await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    v["data"].as_array().expect("list").clone()
}

/// Datadog's title forms, from its monitor API documentation (`include_tags`: "[Triggered on
/// {host:h1}] Monitor Title") and its test notifications ("[TEST]"): the status, the alertname
/// without markers, and the same fingerprint for a group's trigger and recovery.
#[tokio::test]
async fn datadog_grouped_titles_and_test_notifications() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), &example_config()).await;
    let post = |title: &str, date: u64| {
        serde_json::to_vec(&serde_json::json!({
            "id": "1", "last_updated": date.to_string(), "event_type": "query_alert_monitor",
            "title": title, "date": date.to_string(), "org": {"id": "1", "name": "Acme"},
            "body": "%%%\nerror: upstream request timeout\n%%%"
        }))
        .expect("json")
    };
    for (title, date, open) in [
        (
            "[Triggered on {host:h1}] Monitor Title on service:checkout",
            1_790_000_000_000u64,
            1.0,
        ),
        (
            "[Triggered on {host:h2}] Monitor Title on service:checkout",
            1_790_000_060_000,
            2.0,
        ),
        (
            "[Recovered on {host:h1}] Monitor Title on service:checkout",
            1_790_000_600_000,
            1.0,
        ),
        // A test notification changes nothing.
        (
            "[TEST] [Triggered] [P2] Monitor Title on service:checkout",
            1_790_000_700_000,
            1.0,
        ),
    ] {
        let r = app.post("/webhook/datadog", &post(title, date)).await;
        assert_eq!(r.status, 200, "{title}: {}", r.body);
        assert_eq!(
            app.metric("recurrence_episodes_open").await,
            Some(open),
            "{title}"
        );
    }
    assert_eq!(
        app.metric(r#"recurrence_rejected_alerts_total{source="datadog",reason="ignored_status"}"#)
            .await,
        Some(1.0),
        "the test notification is ignored"
    );
    let list = incidents(&app, "checkout", "upstream_timeout").await;
    assert_eq!(list[0]["alertnames"], serde_json::json!(["Monitor Title"]));
    app.stop().await;
}
