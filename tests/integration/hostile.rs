//! Hostile load (issue 16): each case of the issue that this branch covers, as a regression
//! test bounded in count and time, on loopback only. Attackers connect from 127.0.0.2 so that
//! per-peer caps can be told from the legitimate client on 127.0.0.1.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::support::{request_head, spawn_app_in, try_request, webhook};

const ZERO: &str = "0001-01-01T00:00:00Z";

/// A connection from 127.0.0.2, the attackers' address.
async fn connect_from_attacker(addr: SocketAddr) -> std::io::Result<tokio::net::TcpStream> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.bind("127.0.0.2:0".parse().expect("address"))?;
    socket.connect(addr).await
}

fn store_bytes(storage: &std::path::Path) -> u64 {
    std::fs::read_dir(storage)
        .expect("storage")
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// Cases 1 and 2: a 3.9 MB fingerprint is stored as a digest; an alert with too many labels,
/// or too many bytes of them, is refused naming the limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sender_supplied_sizes_are_bounded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), "").await;
    let huge = "F".repeat(3_900_000);
    for i in 0..5 {
        let start = format!("2026-01-01T00:0{i}:00Z");
        let doc = webhook("payments", &[("PoolA", &huge, "firing", &start, ZERO, "")]);
        let r = app.post("/webhook/alertmanager", &doc).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    assert!(
        store_bytes(&app.storage) < 2_000_000,
        "store grew to {} bytes",
        store_bytes(&app.storage)
    );
    assert_eq!(
        app.metric(
            r#"recurrence_rejected_alerts_total{source="alertmanager",reason="fingerprint_hashed"}"#
        )
        .await,
        Some(5.0)
    );
    // The same long fingerprint still finds its episode: the resolve closes it.
    let resolve = webhook(
        "payments",
        &[(
            "PoolA",
            &huge,
            "resolved",
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:10:00Z",
            "",
        )],
    );
    let r = app.post("/webhook/alertmanager", &resolve).await;
    assert!(r.body.contains(r#""resolved_episodes":1"#), "{}", r.body);

    let mut labels = serde_json::Map::new();
    for i in 0..150_000 {
        labels.insert(format!("l{i}"), "v".into());
    }
    let many = serde_json::json!({"version": "4", "alerts": [{
        "status": "firing", "labels": labels, "startsAt": "2026-01-01T00:00:00Z",
    }]});
    let r = app
        .post(
            "/webhook/alertmanager",
            &serde_json::to_vec(&many).expect("json"),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(
        r.body.contains("limits.max_labels_per_alert is 128"),
        "{}",
        r.body
    );
    let mut labels = serde_json::Map::new();
    for i in 0..20 {
        labels.insert(format!("l{i}"), "v".repeat(4000).into());
    }
    let wide = serde_json::json!({"version": "4", "alerts": [{
        "status": "firing", "labels": labels, "startsAt": "2026-01-01T00:00:00Z",
    }]});
    let r = app
        .post(
            "/webhook/alertmanager",
            &serde_json::to_vec(&wide).expect("json"),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(r.body.contains("limits.max_label_set_bytes"), "{}", r.body);
    for reason in ["too_many_labels", "label_set_too_large"] {
        let series = format!(
            r#"recurrence_rejected_documents_total{{source="alertmanager",reason="{reason}"}}"#
        );
        assert_eq!(app.metric(&series).await, Some(1.0), "{reason}");
    }
    app.stop().await;
}

/// Case 10: a second daemon, and an offline import, are refused while a daemon owns the
/// store; a backup, which only reads, still works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_owner_per_store() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let app = spawn_app_in(&storage, "").await;
    let settings = recurrence_exporter::app::Settings {
        config: recurrence_exporter::config::Config::default(),
        config_path: None,
        storage_path: storage.clone(),
        listen_address: "127.0.0.1:0".into(),
        web_config: None,
    };
    let second = recurrence_exporter::app::Application::build(settings).await;
    let Err(e) = second else {
        panic!("a second daemon started on the same store");
    };
    assert!(
        e.to_string()
            .contains("is in use by another recurrence-exporter process"),
        "{e}"
    );
    let import = recurrence_exporter::import::Sink::open(
        recurrence_exporter::import::Target::Store(storage.clone()),
        recurrence_exporter::config::Config::default(),
    );
    assert!(import.is_err(), "an offline import opened a daemon's store");
    let copy = dir.path().join("copy.db");
    recurrence_exporter::store::sqlite::SqliteStore::backup_file(
        &storage.join(recurrence_exporter::store::sqlite::DB_FILE),
        &copy,
    )
    .expect("a backup while the daemon runs");
    app.stop().await;
    // The lock goes with its owner.
    let again = spawn_app_in(&storage, "").await;
    again.stop().await;
}

/// Case 9: the storage directory deleted under the daemon makes it not ready and every
/// webhook, repeats included, 503, counted as a `missing` store error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storage_deleted_under_the_daemon_is_noticed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), "").await;
    let doc = webhook(
        "checkout",
        &[("A", "f1", "firing", "2026-01-01T00:00:00Z", ZERO, "")],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    std::fs::remove_dir_all(&app.storage).expect("rm -rf");
    // A new episode: refused at the commit, at once.
    let new = webhook(
        "checkout",
        &[("B", "f2", "firing", "2026-01-01T00:00:00Z", ZERO, "")],
    );
    assert_eq!(app.post("/webhook/alertmanager", &new).await.status, 503);
    let deadline = Instant::now() + Duration::from_secs(5);
    while app.get("/-/ready").await.status == 200 {
        assert!(Instant::now() < deadline, "still ready without its store");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A repeat changes nothing durable, but is not acknowledged either; nor is a fix.
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 503);
    let fix = br#"{"service":"checkout","signature":"unclassified:A","ref":"PM-1"}"#;
    assert_eq!(app.post("/api/v1/fixes", fix).await.status, 503);
    assert!(app
        .metric(r#"recurrence_store_errors_total{kind="missing"}"#)
        .await
        .is_some_and(|n| n >= 1.0));
    app.stop().await;
}

/// Cases 4 and 5: slow bodies and half-sent heads from one address take neither the
/// in-flight permits nor every connection; they are cut off by their deadlines, and a
/// legitimate webhook from another address is answered meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_bodies_and_slowloris_do_not_starve_webhooks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(
        &dir.path().join("data"),
        "limits:\n  max_in_flight: 4\n  max_connections_per_peer: 40\n  header_read_timeout: 1s\n  body_read_timeout: 2s\n",
    )
    .await;
    let mut slow_bodies = Vec::new();
    let mut half_heads = Vec::new();
    for i in 0..50 {
        let Ok(mut stream) = connect_from_attacker(app.addr).await else {
            continue;
        };
        let written = if i % 2 == 0 {
            let head = request_head(app.addr, "POST", "/webhook/alertmanager", 100_000, &[]);
            stream.write_all(format!("{head}{{").as_bytes()).await
        } else {
            stream
                .write_all(b"POST /webhook/alertmanager HTTP/1.1\r\nHost: x\r\n")
                .await
        };
        if written.is_ok() {
            if i % 2 == 0 {
                slow_bodies.push(stream);
            } else {
                half_heads.push(stream);
            }
        }
    }
    // Every connection beyond the per-peer cap was closed at once and counted.
    assert!(app
        .metric(r#"recurrence_connections_refused_total{reason="per_peer"}"#)
        .await
        .is_some_and(|n| n >= 10.0));
    let started = Instant::now();
    let doc = webhook(
        "checkout",
        &[("Legit", "f1", "firing", "2026-01-01T00:00:00Z", ZERO, "")],
    );
    let r = app.post("/webhook/alertmanager", &doc).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(started.elapsed() < Duration::from_millis(800));
    // The deadlines end both kinds: every attacker connection is closed within a few seconds.
    let closed_within = |mut stream: tokio::net::TcpStream| async move {
        let mut buf = Vec::new();
        tokio::time::timeout(Duration::from_secs(6), stream.read_to_end(&mut buf))
            .await
            .is_ok()
    };
    for stream in half_heads.into_iter().chain(slow_bodies) {
        assert!(
            closed_within(stream).await,
            "an attacker connection stayed open"
        );
    }
    assert!(app
        .metric(
            r#"recurrence_throttled_requests_total{source="alertmanager",reason="body_timeout"}"#
        )
        .await
        .is_some_and(|n| n >= 1.0));
    app.stop().await;
}

/// Case 7: a body cut short and a body with a bad chunk size are `aborted` and `malformed`,
/// never `too_large`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aborted_and_malformed_bodies_are_named_truthfully() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), "").await;
    let addr = app.addr;
    let exchange = |raw: Vec<u8>, half_close: bool| async move {
        let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
        stream.write_all(&raw).await.expect("write");
        if half_close {
            stream.shutdown().await.expect("shutdown");
        }
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
        String::from_utf8_lossy(&answer).to_string()
    };
    let head = request_head(app.addr, "POST", "/webhook/alertmanager", 1_000, &[]);
    let answer = exchange(format!("{head}{{\"alerts\":").into_bytes(), true).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    let chunked = format!(
        "POST /webhook/alertmanager HTTP/1.1\r\nHost: {}\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{{}}\r\n0\r\n\r\n",
        app.addr
    );
    let answer = exchange(chunked.into_bytes(), false).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    let count = |reason: &'static str| {
        format!(r#"recurrence_rejected_documents_total{{source="alertmanager",reason="{reason}"}}"#)
    };
    assert_eq!(app.metric(&count("aborted")).await, Some(1.0));
    assert_eq!(app.metric(&count("malformed")).await, Some(1.0));
    assert_eq!(app.metric(&count("too_large")).await, Some(0.0));
    app.stop().await;
}

/// Case 8: the new-pair budget is per source; a document bringing more new pairs than the
/// whole budget is accepted as a burst, and one over `max_new_pairs_per_document` is refused
/// for good with 413 naming the limit, never 503 on every retry.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_pair_budget_cannot_refuse_a_document_forever() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(
        &dir.path().join("data"),
        "limits:\n  max_new_pairs_per_minute: 5\n  max_new_pairs_per_document: 20\n",
    )
    .await;
    let document = |prefix: &str, pairs: usize| {
        let names: Vec<String> = (0..pairs).map(|i| format!("{prefix}{i}")).collect();
        let alerts: Vec<(&str, &str, &str, &str, &str, &str)> = names
            .iter()
            .map(|n| {
                (
                    n.as_str(),
                    n.as_str(),
                    "firing",
                    "2026-01-01T00:00:00Z",
                    ZERO,
                    "",
                )
            })
            .collect();
        webhook("svc", &alerts)
    };
    let r = app
        .post("/webhook/alertmanager", &document("Burst", 12))
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    // The burst left the source in debt: its next new pair waits…
    let r = app
        .post("/webhook/alertmanager", &document("Next", 1))
        .await;
    assert_eq!(r.status, 503, "{}", r.body);
    // …but another source has a budget of its own.
    let grafana = serde_json::json!({
        "receiver": "rx", "status": "firing", "orgId": 1, "version": "1",
        "alerts": [{"status": "firing", "labels": {"alertname": "Other", "service": "svc"},
                    "startsAt": "2026-01-01T00:00:00Z", "fingerprint": "g1"}],
    });
    let r = app
        .post(
            "/webhook/grafana",
            &serde_json::to_vec(&grafana).expect("json"),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = app
        .post("/webhook/alertmanager", &document("Huge", 21))
        .await;
    assert_eq!(r.status, 413, "{}", r.body);
    assert!(
        r.body.contains("limits.max_new_pairs_per_document is 20"),
        "{}",
        r.body
    );
    app.stop().await;
}

/// Case 6: a storm of wrong passwords from one address cannot starve a correct basic-auth
/// login from another; repeated wrong passwords cost one bcrypt.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_storm_does_not_starve_a_correct_login() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let hash = bcrypt::hash("right", 8).expect("bcrypt");
    std::fs::write(
        d.join("web.yml"),
        format!("basic_auth_users:\n  ops: {hash}\n"),
    )
    .expect("web");
    std::fs::write(d.join("config.yml"), "").expect("config");
    let settings = recurrence_exporter::app::Settings {
        config: recurrence_exporter::config::Config::default(),
        config_path: Some(d.join("config.yml")),
        storage_path: d.join("data"),
        listen_address: "127.0.0.1:0".into(),
        web_config: Some(d.join("web.yml")),
    };
    let (addr, stop, task) = super::support::launch(settings).await;
    let storm = tokio::spawn(async move {
        let mut tasks = Vec::new();
        for i in 0..200 {
            tasks.push(tokio::spawn(async move {
                let Ok(mut stream) = connect_from_attacker(addr).await else {
                    return 0;
                };
                let credentials = base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    format!("ops:wrong{i}"),
                );
                let head = format!(
                    "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Basic {credentials}\r\n\r\n"
                );
                let _ = stream.write_all(head.as_bytes()).await;
                let mut answer = Vec::new();
                let _ = tokio::time::timeout(
                    Duration::from_secs(20),
                    stream.read_to_end(&mut answer),
                )
                .await;
                u16::from(answer.starts_with(b"HTTP/1.1 429"))
            }));
        }
        let mut busy = 0;
        for t in tasks {
            busy += t.await.unwrap_or(0);
        }
        busy
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let credentials =
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, "ops:right");
    let authorization = format!("Basic {credentials}");
    let started = Instant::now();
    let r = tokio::task::spawn_blocking(move || {
        try_request(
            addr,
            "GET",
            "/metrics",
            b"",
            &[("Authorization", &authorization)],
        )
    })
    .await
    .expect("task")
    .expect("request");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "a correct login waited {:?}",
        started.elapsed()
    );
    assert!(
        storm.await.expect("storm") > 0,
        "no storm request was turned away"
    );
    let _ = stop.send(());
    task.await.expect("daemon");
}

/// Case 3, in part: the recurrences API answers pages of at most 10,000 entries.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recurrences_are_paginated_with_a_hard_maximum() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), "").await;
    let now = time_now();
    for service in ["a", "b", "c"] {
        let doc = webhook(service, &[("A", service, "firing", &now, ZERO, "")]);
        assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    }
    let page = |query: &'static str| {
        let app = &app;
        async move {
            let r = app.get(&format!("/api/v1/recurrences{query}")).await;
            let total = r.headers.lines().find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("x-total-count: ")
                    .map(str::to_string)
            });
            let value: serde_json::Value = serde_json::from_str(&r.body).unwrap_or_default();
            let services: Vec<String> = value["data"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|r| r["service"].as_str().unwrap_or("").to_string())
                        .collect()
                })
                .unwrap_or_default();
            (r.status, total, services)
        }
    };
    let (status, total, first) = page("?limit=2").await;
    assert_eq!((status, total.as_deref(), first.len()), (200, Some("3"), 2));
    let (_, _, rest) = page("?limit=2&offset=2").await;
    assert_eq!(rest.len(), 1);
    assert!(!first.contains(&rest[0]));
    assert_eq!(page("?limit=10001").await.0, 400);
    app.stop().await;
}

/// Now as RFC 3339, for alerts that must fall inside the recurrences window.
fn time_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as i64
        - 60_000;
    recurrence_exporter::ingest::format_time(secs)
}

/// Writes `raw` from 127.0.0.2, then sends one byte a second until the server closes the
/// connection or `until`; returns once closed or at `until`.
async fn trickle(addr: SocketAddr, raw: Vec<u8>, until: Instant) {
    while Instant::now() < until {
        let Ok(mut stream) = connect_from_attacker(addr).await else {
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        if stream.write_all(&raw).await.is_err() {
            continue;
        }
        while Instant::now() < until && stream.write_all(b" ").await.is_ok() {
            let mut buf = [0u8; 512];
            match tokio::time::timeout(Duration::from_secs(1), stream.read(&mut buf)).await {
                Ok(Ok(0)) | Ok(Err(_)) => break,
                _ => {}
            }
        }
    }
}

/// One request from 127.0.0.2 with `Connection: close`; the status, or 0.
async fn attack(
    addr: SocketAddr,
    method: &str,
    path: &str,
    authorization: &str,
    body: &[u8],
) -> u16 {
    let Ok(mut stream) = connect_from_attacker(addr).await else {
        return 0;
    };
    let head = request_head(
        addr,
        method,
        path,
        body.len(),
        &[("Authorization", authorization)],
    );
    if stream.write_all(head.as_bytes()).await.is_err() || stream.write_all(body).await.is_err() {
        return 0;
    }
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer)
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn basic(user: &str, password: &str) -> String {
    let encoded = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("{user}:{password}"),
    );
    format!("Basic {encoded}")
}

/// The issue's mixed abuse, all at once for `RECURRENCE_ABUSE_SECS` seconds (default 8; the
/// issue's figure is 60): slow bodies, half-sent heads, wrong passwords, a sender inventing
/// pairs, huge documents and landing-page readers, all from 127.0.0.2. Meanwhile `/-/healthy`
/// stays fast, every legitimate webhook from 127.0.0.1 gets in (retries allowed), nothing
/// acknowledged is lost, and the process's peak memory (test clients included) stays under
/// 1 GiB.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mixed_abuse_keeps_probes_fast_and_loses_nothing() {
    let seconds: u64 = std::env::var("RECURRENCE_ABUSE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let hash = bcrypt::hash("right", 6).expect("bcrypt");
    std::fs::write(
        d.join("web.yml"),
        format!("basic_auth_users:\n  ops: {hash}\n"),
    )
    .expect("web");
    let yaml = "limits:\n  max_new_pairs_per_minute: 100\n  header_read_timeout: 2s\n  body_read_timeout: 3s\n";
    std::fs::write(d.join("config.yml"), yaml).expect("config");
    let settings = recurrence_exporter::app::Settings {
        config: recurrence_exporter::config::Config::from_yaml(yaml).expect("valid"),
        config_path: Some(d.join("config.yml")),
        storage_path: d.join("data"),
        listen_address: "127.0.0.1:0".into(),
        web_config: Some(d.join("web.yml")),
    };
    let (addr, stop, task) = super::support::launch(settings).await;
    let good = basic("ops", "right");
    wait_ready(addr, Duration::from_secs(20)).await;
    // Built before the clock starts: the test's own clients share the daemon's two workers.
    let huge = "F".repeat(3_900_000);
    let huge_documents: std::sync::Arc<Vec<Vec<u8>>> = std::sync::Arc::new(
        (0..4)
            .map(|n| {
                let start = recurrence_exporter::ingest::format_time(1_767_225_600_000 + n * 1000);
                webhook("huge", &[("Huge", &huge, "firing", &start, ZERO, "")])
            })
            .collect(),
    );
    let mut labels = serde_json::Map::new();
    for i in 0..150_000 {
        labels.insert(format!("l{i}"), "v".into());
    }
    let wide = std::sync::Arc::new(
        serde_json::to_vec(&serde_json::json!({"version": "4", "alerts": [{
            "status": "firing", "labels": labels, "startsAt": "2026-01-01T00:00:00Z",
        }]}))
        .expect("json"),
    );
    let until = Instant::now() + Duration::from_secs(seconds);
    let mut attackers = Vec::new();
    for _ in 0..40 {
        let head = request_head(
            addr,
            "POST",
            "/webhook/alertmanager",
            100_000,
            &[("Authorization", &good)],
        );
        attackers.push(tokio::spawn(trickle(
            addr,
            format!("{head}{{").into_bytes(),
            until,
        )));
        attackers.push(tokio::spawn(trickle(
            addr,
            b"POST /webhook/alertmanager HTTP/1.1\r\nHost: x\r\n".to_vec(),
            until,
        )));
    }
    for i in 0..4 {
        attackers.push(tokio::spawn(async move {
            let mut n = 0;
            while Instant::now() < until {
                attack(
                    addr,
                    "GET",
                    "/metrics",
                    &basic("ops", &format!("wrong-{i}-{n}")),
                    b"",
                )
                .await;
                n += 1;
            }
        }));
    }
    for _ in 0..4 {
        let good = good.clone();
        attackers.push(tokio::spawn(async move {
            while Instant::now() < until {
                attack(addr, "GET", "/", &good, b"").await;
            }
        }));
    }
    {
        let good = good.clone();
        attackers.push(tokio::spawn(async move {
            let mut n = 0;
            while Instant::now() < until {
                let names: Vec<String> = (0..50).map(|i| format!("Invented{n}x{i}")).collect();
                let alerts: Vec<_> = names
                    .iter()
                    .map(|a| {
                        (
                            a.as_str(),
                            a.as_str(),
                            "firing",
                            "2026-01-01T00:00:00Z",
                            ZERO,
                            "",
                        )
                    })
                    .collect();
                attack(
                    addr,
                    "POST",
                    "/webhook/alertmanager",
                    &good,
                    &webhook("invented", &alerts),
                )
                .await;
                n += 1;
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }));
    }
    {
        let good = good.clone();
        attackers.push(tokio::spawn(async move {
            let mut n = 0;
            while Instant::now() < until {
                let doc = &huge_documents[n % huge_documents.len()];
                attack(addr, "POST", "/webhook/alertmanager", &good, doc).await;
                attack(addr, "POST", "/webhook/alertmanager", &good, &wide).await;
                n += 1;
            }
        }));
    }
    let prober = tokio::task::spawn_blocking(move || {
        let mut latencies = Vec::new();
        while Instant::now() < until {
            let started = Instant::now();
            let status = try_request(addr, "GET", "/-/healthy", b"", &[])
                .map(|r| r.status)
                .unwrap_or(0);
            latencies.push((status, started.elapsed()));
            std::thread::sleep(Duration::from_millis(50));
        }
        latencies
    });
    let sender = tokio::task::spawn_blocking(move || {
        let (mut acknowledged, mut retries) = (Vec::new(), 0);
        let mut n = 0;
        while Instant::now() < until {
            let fingerprint = format!("legit-{n}");
            let doc = webhook(
                "legit",
                &[(
                    "Legit",
                    &fingerprint,
                    "firing",
                    "2026-01-01T00:00:00Z",
                    ZERO,
                    "",
                )],
            );
            let deadline = Instant::now() + Duration::from_secs(10);
            loop {
                let status = try_request(
                    addr,
                    "POST",
                    "/webhook/alertmanager",
                    &doc,
                    &[("Authorization", &good)],
                )
                .map(|r| r.status)
                .unwrap_or(0);
                if status == 200 {
                    acknowledged.push(fingerprint);
                    break;
                }
                assert!(
                    Instant::now() < deadline,
                    "a legitimate webhook got {status} for 10 s"
                );
                retries += 1;
                std::thread::sleep(Duration::from_millis(200));
            }
            n += 1;
            std::thread::sleep(Duration::from_millis(100));
        }
        (acknowledged, retries)
    });
    let latencies = prober.await.expect("prober");
    let (acknowledged, retries) = sender.await.expect("sender");
    for attacker in attackers {
        let _ = attacker.await;
    }
    let mut times: Vec<Duration> = latencies.iter().map(|(_, t)| *t).collect();
    times.sort();
    let p99 = times[(times.len() * 99 / 100).min(times.len() - 1)];
    let failed = latencies.iter().filter(|(s, _)| *s != 200).count();
    eprintln!(
        "mixed abuse {seconds}s: /-/healthy p99 {p99:?} over {} probes ({failed} failed); {} legitimate webhooks acknowledged after {retries} retries",
        times.len(),
        acknowledged.len()
    );
    assert_eq!(failed, 0, "/-/healthy failed during the abuse");
    // The issue's bound is 100 ms; an unoptimised build on a shared two-core runner (where
    // this test runs in CI) is allowed four times that. `scripts/hostile-figures.py` measures
    // the release binary.
    let bound = Duration::from_millis(if cfg!(debug_assertions) { 400 } else { 100 });
    assert!(p99 < bound, "/-/healthy p99 {p99:?}");
    assert!(
        acknowledged.len() >= seconds as usize,
        "too few legitimate webhooks went through"
    );
    let _ = stop.send(());
    task.await.expect("daemon");
    let db = rusqlite::Connection::open(
        d.join("data")
            .join(recurrence_exporter::store::sqlite::DB_FILE),
    )
    .expect("store");
    for fingerprint in &acknowledged {
        let found: i64 = db
            .query_row(
                "SELECT count(*) FROM episodes WHERE service = 'legit' AND fingerprint = ?1",
                [fingerprint],
                |r| r.get(0),
            )
            .expect("query");
        assert_eq!(found, 1, "acknowledged {fingerprint} is not in the store");
    }
    let peak_kib: u64 = std::fs::read_to_string("/proc/self/status")
        .expect("status")
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    assert!(peak_kib < 1 << 20, "peak memory {peak_kib} KiB");
}

/// Bodies read before the in-flight permit are still bounded in memory: bytes held at once
/// beyond `limits.max_buffered_body_bytes` get 503, and are released with their request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buffered_body_bytes_are_bounded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(
        &dir.path().join("data"),
        "limits:\n  max_body_bytes: 1024\n  max_buffered_body_bytes: 1024\n  body_read_timeout: 2s\n",
    )
    .await;
    let head = request_head(app.addr, "POST", "/webhook/alertmanager", 1_000, &[]);
    let mut first = connect_from_attacker(app.addr).await.expect("connect");
    first
        .write_all(format!("{head}{}", " ".repeat(600)).as_bytes())
        .await
        .expect("write");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut second = connect_from_attacker(app.addr).await.expect("connect");
    second
        .write_all(format!("{head}{}", " ".repeat(600)).as_bytes())
        .await
        .expect("write");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), second.read_to_end(&mut answer)).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("max_buffered_body_bytes"), "{answer}");
    // Once the first body times out, its bytes are free again.
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), first.read_to_end(&mut answer)).await;
    let doc = webhook(
        "checkout",
        &[("A", "f1", "firing", "2026-01-01T00:00:00Z", ZERO, "")],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    assert_eq!(
        app.metric(
            r#"recurrence_throttled_requests_total{source="alertmanager",reason="body_buffers"}"#
        )
        .await,
        Some(1.0)
    );
    app.stop().await;
}

/// Waits until `/-/ready` at `addr` answers 200, failing after `within`.
async fn wait_ready(addr: SocketAddr, within: Duration) {
    let deadline = Instant::now() + within;
    while try_request(addr, "GET", "/-/ready", b"", &[])
        .map(|r| r.status)
        .ok()
        != Some(200)
    {
        assert!(Instant::now() < deadline, "never ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A store of `episodes` closed episodes over `pairs` pairs (20 signatures per service), spread
/// over the last 300 days and written by SQLite itself in one statement, on the daemon's
/// schema.
fn generate_store(storage: &std::path::Path, episodes: u64, pairs: u64) {
    drop(recurrence_exporter::store::sqlite::SqliteStore::open(storage).expect("schema"));
    let db = rusqlite::Connection::open(storage.join(recurrence_exporter::store::sqlite::DB_FILE))
        .expect("store");
    db.execute_batch("PRAGMA synchronous=OFF;").expect("pragma");
    let span: i64 = 300 * 86_400_000;
    let per_pair = episodes.div_ceil(pairs).max(1) as i64;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as i64;
    db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1 - 1)
         INSERT INTO episodes (source, fingerprint, starts_at, ends_at, last_seen, closed_by,
                               service, signature, rule, alertname, labels, annotations)
         SELECT 'alertmanager', printf('%016x', i), s, s + 600000, s + 600000, 'resolved',
                printf('svc-%05d', (i % ?2) / 20), printf('sig-%02d', (i % ?2) % 20), 'test',
                printf('Alert%d', i % 5), '{}', '{}'
         FROM (SELECT i, ?3 - ?4 + (i / ?2) * (?4 / ?5) + ((i % ?2) * 7919) % 3600000 AS s FROM n)",
        rusqlite::params![episodes as i64, pairs as i64, now, span, per_pair],
    )
    .expect("generating episodes");
}

/// Reads one answer and throws it away as it arrives, so the test's own client holds no body:
/// the status and the number of bytes.
fn drain(addr: SocketAddr, path: &str) -> (u16, usize) {
    use std::io::{Read, Write};
    let Ok(mut stream) = std::net::TcpStream::connect(addr) else {
        return (0, 0);
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(120)));
    let head = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    if stream.write_all(head.as_bytes()).is_err() {
        return (0, 0);
    }
    let (mut buf, mut first, mut total) = (vec![0u8; 64 * 1024], Vec::new(), 0);
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
        if first.len() < 64 {
            first.extend_from_slice(&buf[..n.min(64)]);
        }
        total += n;
    }
    let status = String::from_utf8_lossy(&first)
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, total)
}

/// A line of `/proc/PID/status` in KiB.
fn status_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .expect("status")
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Issue 16's bounded reads: on 100,000 pairs, eight concurrent readers of `/metrics` (four),
/// `/` (two), the recurrences and the outages APIs, three rounds each, while a sender repeats
/// a known alert. The memory they add to the daemon (the binary, so that tests running
/// alongside do not count) at its peak stays under the size of one `/metrics` answer: four
/// concurrent scrapes held four whole answers before the exposition was streamed. The
/// episodes are `RECURRENCE_SCALE_EPISODES` (200,000 by default; the issue's figure is
/// 1,000,000). Bounds are measured in this run, not timed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_readers_of_a_large_history_hold_bounded_memory() {
    let episodes: u64 = std::env::var("RECURRENCE_SCALE_EPISODES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let pairs = 100_000;
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    generate_store(&storage, episodes, pairs);
    let port = super::support::free_port();
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let daemon = super::support::start(
        env!("CARGO_BIN_EXE_recurrence-exporter"),
        &[
            format!("--web.listen-address=127.0.0.1:{port}"),
            format!("--storage.path={}", storage.display()),
        ],
        &dir.path().join("daemon.log"),
    );
    let pid = daemon.child.id();
    wait_ready(addr, Duration::from_secs(300)).await;
    let repeat = webhook(
        "repeat",
        &[("Repeat", "repeat-1", "firing", &time_now(), ZERO, "")],
    );
    assert_eq!(
        try_request(addr, "POST", "/webhook/alertmanager", &repeat, &[])
            .expect("post")
            .status,
        200
    );
    let paths: [&'static str; 8] = [
        "/metrics",
        "/metrics",
        "/metrics",
        "/metrics",
        "/",
        "/",
        "/api/v1/recurrences?limit=10000",
        "/api/v1/outages?limit=1000",
    ];
    // One of each first, so that the allocator's arenas and the store's caches are warm and
    // what is measured next is what concurrent readers add.
    let mut answer = 0;
    for path in paths.into_iter().skip(3) {
        let (status, bytes) = tokio::task::spawn_blocking(move || drain(addr, path))
            .await
            .expect("reader");
        assert_eq!(status, 200, "{path}");
        if path == "/metrics" {
            answer = bytes;
        }
    }
    assert!(answer > 10_000_000, "/metrics is {answer} bytes");
    let baseline = status_kib(pid, "VmRSS:");
    // Resets VmHWM to the current RSS (proc(5), clear_refs), so the next peak is this phase's.
    std::fs::write(format!("/proc/{pid}/clear_refs"), "5").expect("clear_refs");
    let readers: Vec<_> = paths
        .into_iter()
        .map(|path| {
            tokio::task::spawn_blocking(move || {
                (0..3)
                    .map(|_| drain(addr, path))
                    .collect::<Vec<(u16, usize)>>()
            })
        })
        .collect();
    let repeater = tokio::task::spawn_blocking(move || {
        let mut worst = Duration::ZERO;
        let mut codes = Vec::new();
        for _ in 0..50 {
            let started = Instant::now();
            let status = try_request(addr, "POST", "/webhook/alertmanager", &repeat, &[])
                .map(|r| r.status)
                .unwrap_or(0);
            worst = worst.max(started.elapsed());
            codes.push(status);
            std::thread::sleep(Duration::from_millis(20));
        }
        (codes, worst)
    });
    for (reader, path) in readers.into_iter().zip(paths) {
        for (status, bytes) in reader.await.expect("reader") {
            assert_eq!(status, 200, "{path}");
            if path == "/metrics" {
                // The same pairs every time: only the daemon's own counters move.
                assert!(bytes.abs_diff(answer) < answer / 100, "{bytes} vs {answer}");
            }
        }
    }
    let (codes, worst) = repeater.await.expect("repeater");
    let peak = status_kib(pid, "VmHWM:");
    let added_mib = peak.saturating_sub(baseline) / 1024;
    eprintln!(
        "{pairs} pairs, {episodes} episodes: /metrics {answer} bytes; 8 concurrent readers added {added_mib} MiB at their peak over {} MiB; slowest repeat webhook meanwhile {worst:?}",
        baseline / 1024
    );
    assert!(
        codes.iter().all(|c| *c == 200),
        "repeats answered {codes:?}"
    );
    assert!(
        (peak.saturating_sub(baseline) * 1024) < answer as u64,
        "readers added {added_mib} MiB, one answer is {} MiB",
        answer / (1 << 20)
    );
    drop(daemon);
}
