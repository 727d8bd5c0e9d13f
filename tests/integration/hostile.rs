//! Hostile load (issue 16): each of the issue's ten cases as a regression test bounded in
//! count and time, on loopback only (the mixed abuse and the large history are in
//! `hostile_mixed`). Attackers connect from 127.0.0.2 so that per-peer caps can be told from
//! the legitimate client on 127.0.0.1.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::support::{request_head, spawn_app_in, try_request, webhook};

pub(super) const ZERO: &str = "0001-01-01T00:00:00Z";

/// A connection from 127.0.0.2, the attackers' address.
pub(super) async fn connect_from_attacker(
    addr: SocketAddr,
) -> std::io::Result<tokio::net::TcpStream> {
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
    // Annotations and links are evidence, not identity: the alert is kept, the excess dropped
    // and counted. 70 annotations (64 kept), and a Grafana link of 5,000 bytes (4,096 allowed).
    let mut annotations = serde_json::Map::new();
    for i in 0..70 {
        annotations.insert(format!("a{i:02}"), "text".into());
    }
    let noisy = serde_json::json!({"version": "4", "alerts": [{
        "status": "firing", "labels": {"alertname": "Noisy", "service": "payments"},
        "annotations": annotations, "startsAt": "2026-01-01T00:00:00Z",
    }]});
    let r = app
        .post(
            "/webhook/alertmanager",
            &serde_json::to_vec(&noisy).expect("json"),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let grafana = serde_json::json!({
        "receiver": "rx", "status": "firing", "orgId": 1, "version": "1",
        "alerts": [{"status": "firing", "labels": {"alertname": "Linked", "service": "payments"},
                    "startsAt": "2026-01-01T00:00:00Z", "fingerprint": "g1",
                    "dashboardURL": format!("https://grafana/{}", "d".repeat(5000))}],
    });
    let r = app
        .post(
            "/webhook/grafana",
            &serde_json::to_vec(&grafana).expect("json"),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    for (source, reason, count) in [
        ("alertmanager", "annotations_dropped", 6.0),
        ("grafana", "links_dropped", 1.0),
    ] {
        let series =
            format!(r#"recurrence_rejected_alerts_total{{source="{source}",reason="{reason}"}}"#);
        assert_eq!(app.metric(&series).await, Some(count), "{reason}");
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

/// Case 5 as the issue found it: with `RLIMIT_NOFILE=256`, 250 half-sent heads from one
/// address. The default caps (the open-file limit less 64 in all, 128 per address) keep
/// descriptors free, so `/-/healthy` from another address answers every time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_heads_under_a_low_file_limit_leave_the_probe_answering() {
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let port = super::support::free_port();
    let addr: SocketAddr = ([127, 0, 0, 1], port).into();
    let log = std::fs::File::create(dir.path().join("daemon.log")).expect("log");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_recurrence-exporter"));
    command
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        .arg(format!(
            "--storage.path={}",
            dir.path().join("data").display()
        ))
        .stdout(log.try_clone().expect("dup"))
        .stderr(log);
    // SAFETY: setrlimit is async-signal-safe and touches only the child.
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 256,
                rlim_max: 256,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let _daemon = super::support::ChildGuard {
        child: command.spawn().expect("daemon"),
    };
    wait_ready(addr, Duration::from_secs(60)).await;
    let mut heads = Vec::new();
    for _ in 0..250 {
        if let Ok(mut stream) = connect_from_attacker(addr).await {
            if stream
                .write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\n")
                .await
                .is_ok()
            {
                heads.push(stream);
            }
        }
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    for _ in 0..10 {
        let r =
            tokio::task::spawn_blocking(move || try_request(addr, "GET", "/-/healthy", b"", &[]))
                .await
                .expect("probe");
        assert_eq!(r.map(|r| r.status).ok(), Some(200));
    }
    drop(heads);
}

/// Case 5, idle side: a keep-alive connection that sends nothing after its answer is closed
/// once `header_read_timeout` has passed, so idle connections cannot pile up either.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_keep_alive_connections_are_closed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(
        &dir.path().join("data"),
        "limits:\n  header_read_timeout: 1s\n",
    )
    .await;
    let mut stream = connect_from_attacker(app.addr).await.expect("connect");
    stream
        .write_all(b"GET /-/healthy HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    let started = Instant::now();
    let mut answer = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(15), stream.read_to_end(&mut answer))
        .await
        .is_ok();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(closed, "an idle keep-alive connection stayed open for 15 s");
    // Kept open at least for a while: the answer was not `Connection: close`.
    assert!(
        !answer.to_ascii_lowercase().contains("connection: close"),
        "{answer}"
    );
    assert!(started.elapsed() >= Duration::from_millis(500));
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
pub(super) fn time_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_millis() as i64
        - 60_000;
    recurrence_exporter::ingest::format_time(secs)
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
pub(super) async fn wait_ready(addr: SocketAddr, within: Duration) {
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
