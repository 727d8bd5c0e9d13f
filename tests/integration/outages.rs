//! Outages and probable causes through the HTTP API: the seed story (pool exhaustion twice with
//! latency, then latency alone under a new alertname), restarts, shuffled deliveries, the
//! thresholds, a declared dependency and an Alertmanager inhibit rule checked by `amtool`.

use crate::support::*;

const DAY: i64 = 86_400;
const POOL_TEXT: &str =
    "HikariPool-1 - Connection is not available, request timed out after 30000ms.";

fn at(seconds_ago: i64) -> String {
    let t = time::OffsetDateTime::now_utc() - time::Duration::seconds(seconds_ago);
    t.format(&time::format_description::well_known::Rfc3339)
        .expect("format")
}

/// One alert as `(alertname, fingerprint, description, start seconds ago, end seconds ago)`;
/// an end of 0 leaves it firing.
type Alert<'a> = (&'a str, &'a str, &'a str, i64, i64);

fn document(service: &str, alerts: &[Alert<'_>]) -> Vec<u8> {
    let alerts: Vec<serde_json::Value> = alerts
        .iter()
        .map(|(name, fp, description, start, end)| {
            serde_json::json!({
                "status": if *end == 0 { "firing" } else { "resolved" },
                "labels": {"alertname": name, "service": service, "severity": "critical"},
                "annotations": {"summary": name, "description": description},
                "startsAt": at(*start),
                "endsAt": if *end == 0 { "0001-01-01T00:00:00Z".to_string() } else { at(*end) },
                "generatorURL": "",
                "fingerprint": fp,
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({
        "receiver": "rx", "status": "firing", "alerts": alerts,
        "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
        "externalURL": "http://am", "version": "4", "groupKey": "{}", "truncatedAlerts": 0
    }))
    .expect("json")
}

/// The seed story's deliveries, in the order they happened.
fn story() -> Vec<Vec<u8>> {
    let mut documents = Vec::new();
    for (i, days) in [63, 42].into_iter().enumerate() {
        let t = days * DAY;
        documents.push(document(
            "payments-api",
            &[
                (
                    "HikariPoolPendingThreadsHigh",
                    ["p1", "p2"][i],
                    POOL_TEXT,
                    t,
                    t - 3600,
                ),
                (
                    "PaymentsHighLatency",
                    ["l1", "l2"][i],
                    "p99 latency of payments-api is 4.2s (threshold 1s)",
                    t - 60,
                    t - 3500,
                ),
            ],
        ));
    }
    documents.push(document(
        "payments-api",
        &[(
            "PaymentsSlowCheckout",
            "l3",
            "checkout requests to payments-api take 5.1s at p99",
            3600,
            0,
        )],
    ));
    documents.push(document(
        "search",
        &[(
            "ContainerOOMKilled",
            "o1",
            "Last state: Terminated, Reason: OOMKilled, Exit Code: 137",
            10 * DAY,
            10 * DAY - 600,
        )],
    ));
    documents.push(document(
        "auth",
        &[(
            "AuthHighLatency",
            "a1",
            "p99 latency of auth is 2.2s (threshold 1s)",
            5 * DAY,
            5 * DAY - 900,
        )],
    ));
    documents
}

/// The sum of every sample of `name` whose labels include all of `labels`.
fn total(exposition: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    exposition
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let rest = line.strip_prefix(name)?;
            let (set, value) = match rest.strip_prefix('{') {
                Some(r) => r.split_once("} ")?,
                None => ("", rest.strip_prefix(' ')?),
            };
            labels
                .iter()
                .all(|(k, v)| set.contains(&format!("{k}=\"{v}\"")))
                .then(|| value.trim().parse::<f64>().ok())?
        })
        .sum()
}

async fn outages_of(app: &TestApp, query: &str) -> Vec<serde_json::Value> {
    let r = app.get(&format!("/api/v1/outages{query}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    v["data"].as_array().expect("list").clone()
}

/// What the story must show on `/metrics` and the API, live, after a restart or reordered.
async fn check_story(app: &TestApp, when: &str) {
    let m = app.get("/metrics").await.body;
    let pool = [
        ("service", "payments-api"),
        ("cause", "connection_pool_exhaustion"),
    ];
    assert_eq!(total(&m, "recurrence_outages_total", &pool), 3.0, "{when}");
    let probable = [
        ("service", "payments-api"),
        ("cause", "connection_pool_exhaustion"),
        ("attribution", "probable"),
    ];
    assert_eq!(
        total(&m, "recurrence_outages_total", &probable),
        1.0,
        "{when}"
    );
    let auth = [
        ("service", "auth"),
        ("cause", "high_latency"),
        ("attribution", "unexplained"),
    ];
    assert_eq!(total(&m, "recurrence_outages_total", &auth), 1.0, "{when}");
    let share = [("service", "payments-api"), ("window", "90d")];
    assert_eq!(
        total(&m, "recurrence_service_outage_share_ratio", &share),
        0.6,
        "{when}: 3 of 5 outages"
    );
    let pool_window = [
        ("service", "payments-api"),
        ("cause", "connection_pool_exhaustion"),
        ("window", "90d"),
    ];
    assert_eq!(
        total(&m, "recurrence_window_outages", &pool_window),
        3.0,
        "{when}"
    );
    let latency_window = [
        ("service", "payments-api"),
        ("cause", "high_latency"),
        ("window", "90d"),
    ];
    assert_eq!(
        total(&m, "recurrence_window_outages", &latency_window),
        0.0,
        "{when}"
    );
    assert_eq!(
        total(&m, "recurrence_outage_open", &[("service", "payments-api")]),
        1.0,
        "{when}"
    );

    let list = outages_of(app, "?service=payments-api").await;
    assert_eq!(list.len(), 3, "{when}: {list:?}");
    assert!(list
        .iter()
        .all(|o| o["cause"] == "connection_pool_exhaustion"));
    let newest = &list[0];
    assert_eq!(newest["attribution"], "probable", "{when}");
    assert_eq!(newest["open"], true);
    assert_eq!(newest["confidence"], 1.0);
    assert_eq!(
        newest["evidence"],
        "2 of 2 earlier payments-api outages with high_latency had connection_pool_exhaustion",
        "{when}"
    );
    assert_eq!(list[1]["attribution"], "observed");
    assert_eq!(
        list[1]["incidents"].as_array().map(|a| a.len()),
        Some(2),
        "pool and latency incidents form one outage"
    );
}

#[tokio::test]
async fn the_seed_story_is_three_pool_outages_one_of_them_probable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let app = spawn_app_in(&storage, "").await;
    for doc in story() {
        let r = app.post("/webhook/alertmanager", &doc).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    check_story(&app, "live").await;
    // Per pair, incidents still count each signature: the outage view is what removes the
    // double counting.
    let m = app.get("/metrics").await.body;
    assert_eq!(
        total(
            &m,
            "recurrence_incidents_total",
            &[("service", "payments-api"), ("signature", "high_latency")]
        ),
        3.0
    );
    app.stop().await;

    let app = spawn_app_in(&storage, "").await;
    check_story(&app, "after a restart").await;
    app.stop().await;
}

#[tokio::test]
async fn shuffled_and_repeated_deliveries_give_the_same_outages() {
    let (app, _dir) = spawn_app().await;
    let mut documents = story();
    // The latency-only outage arrives first (learned later), then everything twice.
    documents.swap(0, 2);
    documents.reverse();
    let again = documents.clone();
    for doc in documents.iter().chain(&again) {
        let r = app.post("/webhook/alertmanager", doc).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let list = outages_of(&app, "?service=payments-api").await;
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["attribution"], "probable");
    let m = app.get("/metrics").await.body;
    let pool = [
        ("service", "payments-api"),
        ("cause", "connection_pool_exhaustion"),
    ];
    assert_eq!(total(&m, "recurrence_outages_total", &pool), 3.0);
    // The third outage was counted as an unexplained latency outage before the history that
    // explains it arrived: that count stays (counters never go down) and the change is counted.
    let revisions = total(
        &m,
        "recurrence_outage_revisions_total",
        &[("service", "payments-api")],
    );
    let latency = total(
        &m,
        "recurrence_outages_total",
        &[("service", "payments-api"), ("cause", "high_latency")],
    );
    assert_eq!(
        latency, revisions,
        "every stale count is a counted revision"
    );
    let share = [("service", "payments-api"), ("window", "90d")];
    assert_eq!(
        total(&m, "recurrence_service_outage_share_ratio", &share),
        0.6
    );
    app.stop().await;
}

#[tokio::test]
async fn symptoms_without_enough_history_stay_unexplained() {
    let (app, _dir) = spawn_app().await;
    let latency = "p99 latency is 3s";
    // One pool+latency outage, one oom+latency outage, then latency alone: the best cause has
    // support 1 (< min_support 2).
    let docs = [
        document(
            "orders",
            &[
                ("OrdersPool", "a", POOL_TEXT, 30 * DAY, 30 * DAY - 600),
                ("OrdersLatency", "b", latency, 30 * DAY, 30 * DAY - 600),
            ],
        ),
        document(
            "orders",
            &[
                (
                    "OrdersOOM",
                    "c",
                    "Reason: OOMKilled",
                    20 * DAY,
                    20 * DAY - 600,
                ),
                ("OrdersLatency", "d", latency, 20 * DAY, 20 * DAY - 600),
            ],
        ),
        document(
            "orders",
            &[("OrdersLatency", "e", latency, 10 * DAY, 10 * DAY - 600)],
        ),
    ];
    for doc in &docs {
        assert_eq!(app.post("/webhook/alertmanager", doc).await.status, 200);
    }
    let list = outages_of(&app, "?service=orders&cause=high_latency").await;
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["attribution"], "unexplained");
    assert_eq!(list[0]["confidence"], 0.0);
    // A pool+latency outage more: pool 2 of 3 (0.67 ≥ 0.6) with support 2 → probable.
    let more = document(
        "orders",
        &[
            ("OrdersPool", "f", POOL_TEXT, 40 * DAY, 40 * DAY - 600),
            ("OrdersLatency", "g", latency, 40 * DAY, 40 * DAY - 600),
        ],
    );
    assert_eq!(app.post("/webhook/alertmanager", &more).await.status, 200);
    let list = outages_of(&app, "?service=orders").await;
    assert_eq!(list[0]["attribution"], "probable", "{list:?}");
    assert_eq!(list[0]["cause"], "connection_pool_exhaustion");
    assert!((list[0]["confidence"].as_f64().expect("number") - 2.0 / 3.0).abs() < 1e-9);
    // Below min_confidence with a stricter configuration: 0.67 < 0.7.
    let r = app.get("/api/v1/outages?window=nonsense").await;
    assert_eq!(r.status, 400, "{}", r.body);
    let r = app.get("/api/v1/outages?limit=100000").await;
    assert_eq!(r.status, 400, "{}", r.body);
    app.stop().await;

    let dir = tempfile::tempdir().expect("tempdir");
    let strict = spawn_app_in(
        &dir.path().join("data"),
        "outages:\n  min_confidence: 0.7\n",
    )
    .await;
    for doc in docs.iter().chain([&more]) {
        assert_eq!(strict.post("/webhook/alertmanager", doc).await.status, 200);
    }
    let list = outages_of(&strict, "?service=orders").await;
    assert_eq!(list[0]["attribution"], "unexplained", "{list:?}");
    strict.stop().await;
}

#[tokio::test]
async fn a_declared_dependency_names_the_upstream_cause() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(
        &dir.path().join("data"),
        "outages:\n  dependencies:\n    checkout: [payments-api]\n",
    )
    .await;
    let upstream = document(
        "payments-api",
        &[("PaymentsPool", "u", POOL_TEXT, 2 * DAY, 2 * DAY - 3600)],
    );
    let symptom = document(
        "checkout",
        &[(
            "CheckoutSlow",
            "s",
            "p99 latency of checkout is 6s",
            2 * DAY - 600,
            2 * DAY - 3000,
        )],
    );
    // The symptom first: attributed once the upstream outage arrives.
    assert_eq!(
        app.post("/webhook/alertmanager", &symptom).await.status,
        200
    );
    assert_eq!(
        app.post("/webhook/alertmanager", &upstream).await.status,
        200
    );
    let list = outages_of(&app, "?service=checkout").await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["attribution"], "upstream", "{list:?}");
    assert_eq!(list[0]["cause"], "connection_pool_exhaustion");
    assert!(list[0]["evidence"]
        .as_str()
        .is_some_and(|e| e.contains("dependency payments-api")));
    app.stop().await;
}

#[tokio::test]
async fn an_alertmanager_inhibit_rule_declares_a_cause() {
    let dir = tempfile::tempdir().expect("tempdir");
    let am = dir.path().join("alertmanager.yml");
    std::fs::write(
        &am,
        r#"route:
  receiver: recurrence
receivers:
  - name: recurrence
    webhook_configs:
      - url: http://127.0.0.1:9799/webhook/alertmanager
inhibit_rules:
  - source_matchers: ['severity="critical"']
    target_matchers: ['severity="warning"']
    equal: [alertname]
  - source_matchers: ['alertname="HikariPoolExhausted"']
    target_matchers: ['alertname=~".*Latency.*"']
    equal: [service]
"#,
    )
    .expect("write");
    // The file is a real Alertmanager configuration.
    let out = std::process::Command::new("amtool")
        .arg("check-config")
        .arg(&am)
        .output()
        .expect("amtool (installed by the test command)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let app = spawn_app_in(
        &dir.path().join("data"),
        &format!("outages:\n  alertmanager_config: {}\n", am.display()),
    )
    .await;
    let doc = document(
        "ledger",
        &[("LedgerHighLatency", "x", "p99 is 2s", DAY, DAY - 600)],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    let list = outages_of(&app, "?service=ledger").await;
    assert_eq!(list[0]["attribution"], "declared", "{list:?}");
    assert_eq!(list[0]["cause"], "connection_pool_exhaustion");
    assert_eq!(
        list[0]["evidence"],
        r#"Alertmanager inhibit rule {alertname="HikariPoolExhausted"} inhibits {alertname=~".*Latency.*"} declares high_latency alerts symptoms of connection_pool_exhaustion"#
    );
    // The severity rule names no cause: an error-rate outage stays unexplained.
    let doc = document(
        "ledger",
        &[(
            "LedgerHighErrorRate",
            "y",
            "5xx ratio is 12%",
            3 * DAY,
            3 * DAY - 600,
        )],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    let list = outages_of(&app, "?service=ledger&cause=high_error_rate").await;
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["attribution"], "unexplained");
    app.stop().await;
}

#[test]
fn a_missing_alertmanager_config_names_the_key_and_line() {
    let error = recurrence_exporter::config::Config::from_yaml(
        "outages:\n  alertmanager_config: /nonexistent/alertmanager.yml\n",
    )
    .expect_err("missing file");
    assert_eq!(
        error.to_string(),
        "line 2 column 24: outages.alertmanager_config: reading /nonexistent/alertmanager.yml: No such file or directory (os error 2)"
    );
}
