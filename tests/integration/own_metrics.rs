//! The daemon's own metrics and the refusals that need a slow store to happen: alerts
//! received, build information, the reload timestamp, `request_timeout` and a full writer
//! queue. Each promise of the README's tables that had no test of its own.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::time::Duration;

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");
const ZERO: &str = "0001-01-01T00:00:00Z";

fn unix_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_millis() as i64
}

/// Every alert of an accepted document is counted by status, repeats included; a refused
/// document counts nothing.
#[tokio::test]
async fn alerts_received_counts_the_alerts_of_accepted_documents_by_status() {
    let (app, _dir) = spawn_app().await;
    let doc = webhook(
        "s",
        &[
            ("A", "1", "firing", "2026-01-01T00:00:00Z", ZERO, ""),
            ("B", "2", "firing", "2026-01-01T00:00:00Z", ZERO, ""),
            (
                "C",
                "3",
                "resolved",
                "2026-01-01T00:00:00Z",
                "2026-01-01T00:10:00Z",
                "",
            ),
        ],
    );
    let firing = r#"recurrence_alerts_received_total{source="alertmanager",status="firing"}"#;
    let resolved = r#"recurrence_alerts_received_total{source="alertmanager",status="resolved"}"#;
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    assert_eq!(app.metric(firing).await, Some(2.0));
    assert_eq!(app.metric(resolved).await, Some(1.0));
    // Alertmanager's re-send of the same group: received again, stored once.
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    assert_eq!(app.metric(firing).await, Some(4.0));
    assert_eq!(app.metric(resolved).await, Some(2.0));
    assert_eq!(app.metric("recurrence_episodes").await, Some(3.0));
    let mut broken = doc.clone();
    broken.truncate(doc.len() / 2);
    assert_eq!(app.post("/webhook/alertmanager", &broken).await.status, 400);
    assert_eq!(app.metric(firing).await, Some(4.0));
    app.stop().await;
}

#[tokio::test]
async fn build_info_names_the_version_and_compiler() {
    let (app, _dir) = spawn_app().await;
    let series = format!(
        r#"recurrence_build_info{{version="{}",rustc="{}"}}"#,
        env!("CARGO_PKG_VERSION"),
        option_env!("RUSTC_VERSION").unwrap_or("stable")
    );
    let m = app.get("/metrics").await.body;
    assert_eq!(sample(&m, &series), Some(1.0), "{series} in:\n{m}");
    app.stop().await;
}

/// The reload timestamp is the start-up time, moves to the time of each successful reload,
/// and stays where it was when a reload fails.
#[tokio::test]
async fn the_reload_timestamp_follows_successful_reloads_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let before_start = unix_millis() as f64 / 1000.0;
    let app = spawn_app_in(&storage, "").await;
    let series = "recurrence_config_last_reload_success_timestamp_seconds";
    let started = app.metric(series).await.expect("timestamp");
    assert!(started >= before_start, "{started} < {before_start}");
    // The next reload is at least a millisecond later, whatever the clock's resolution.
    while unix_millis() as f64 / 1000.0 <= started {
        std::thread::yield_now();
    }
    let before_reload = unix_millis() as f64 / 1000.0;
    assert_eq!(app.post("/-/reload", b"").await.status, 200);
    let reloaded = app.metric(series).await.expect("timestamp");
    assert!(
        reloaded >= before_reload && reloaded > started,
        "reloaded at {reloaded}, asked at {before_reload}, started at {started}"
    );
    std::fs::write(storage.with_extension("yml"), "retention: forever\n").expect("write");
    assert_eq!(app.post("/-/reload", b"").await.status, 500);
    assert_eq!(app.metric(series).await, Some(reloaded));
    assert_eq!(
        app.metric("recurrence_config_last_reload_successful").await,
        Some(0.0)
    );
    app.stop().await;
}

/// Processing slower than `limits.request_timeout` (the store locked by another process, so
/// the commit waits for the lock): 503 with `Retry-After`, counted as `timeout`; the sender's
/// retry once the lock is gone is acknowledged, and the episode is stored once.
#[tokio::test]
async fn a_request_slower_than_request_timeout_gets_503_and_its_retry_passes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), "limits:\n  request_timeout: 1s\n").await;
    let doc = |fp: &str| {
        webhook(
            "s",
            &[("A", fp, "firing", "2026-01-01T00:00:00Z", ZERO, "")],
        )
    };
    assert_eq!(
        app.post("/webhook/alertmanager", &doc("1")).await.status,
        200
    );
    let conn = rusqlite::Connection::open(app.storage.join("recurrence.db")).expect("open");
    conn.execute_batch("BEGIN EXCLUSIVE;")
        .expect("take the write lock");
    // The writer waits up to its 5 s busy timeout for the lock: longer than the request may.
    let r = app.post("/webhook/alertmanager", &doc("2")).await;
    assert_eq!(r.status, 503, "{}", r.body);
    assert!(r.body.contains("limits.request_timeout"), "{}", r.body);
    assert!(
        r.headers.to_ascii_lowercase().contains("retry-after"),
        "{}",
        r.headers
    );
    assert_eq!(
        app.metric(
            r#"recurrence_throttled_requests_total{source="alertmanager",reason="timeout"}"#
        )
        .await,
        Some(1.0)
    );
    conn.execute_batch("COMMIT;").expect("release");
    assert_eq!(
        app.post("/webhook/alertmanager", &doc("2")).await.status,
        200
    );
    assert_eq!(app.metric("recurrence_episodes").await, Some(2.0));
    app.stop().await;
}

/// Raises this process's open-file limit (the child daemon inherits it) so that thousands
/// of connections can be open at once.
fn raise_open_file_limit(wanted: u64) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit read and write only the struct they are given.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit), 0);
        assert!(
            limit.rlim_max >= wanted,
            "the open-file hard limit {} is below {wanted}",
            limit.rlim_max
        );
        limit.rlim_cur = limit.rlim_cur.max(wanted);
        assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &limit), 0);
    }
}

/// The answer's status and body, read to the end of a `Connection: close` response.
fn answer(mut stream: TcpStream) -> (u16, String) {
    let mut text = String::new();
    let _ = stream.read_to_string(&mut text);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, text)
}

/// The writer queue (4096 jobs) full while the store's disk stalls (its file system frozen,
/// so the writer's commit waits however fast or slow the daemon reads requests): the
/// webhooks beyond the queue get 503 with `Retry-After` at once, each counted as
/// `queue_full`, and none of them is stored; once the disk is back every queued one is
/// acknowledged and stored.
#[test]
fn a_full_writer_queue_answers_503_at_once_and_stores_nothing_of_it() {
    const REQUESTS: usize = 4_700;
    const QUEUE: usize = 4_096;
    raise_open_file_limit(16_384);
    let dir = tempfile::tempdir().expect("tempdir");
    let disk = Ext4Disk::mount(dir.path());
    let config = dir.path().join("c.yml");
    std::fs::write(
        &config,
        "limits:\n  max_in_flight: 10000\n  max_connections: 10000\n  max_connections_per_peer: 10000\n  request_timeout: 300s\n",
    )
    .expect("config");
    let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
    let log = dir.path().join("daemon.log");
    let storage = disk.path.join("data");
    let _daemon = start(
        BIN,
        &[
            format!("--web.listen-address={addr}"),
            format!("--storage.path={}", storage.display()),
            format!("--config.file={}", config.display()),
        ],
        &log,
    );
    wait_for("daemon ready", Duration::from_secs(30), Some(&log), || {
        try_request(addr, "GET", "/-/ready", b"", &[])
            .ok()
            .filter(|r| r.status == 200)
    });
    disk.freeze(true);
    // Every request sent in full, no answer read yet: the writer holds one batch, stalled in
    // its commit, the queue takes 4096 jobs, the rest find it full.
    let streams: Vec<(String, TcpStream)> = (0..REQUESTS)
        .map(|i| {
            let fp = format!("q{i}");
            let body = webhook(
                "queue",
                &[("Q", &fp, "firing", "2026-01-01T00:00:00Z", ZERO, "")],
            );
            let mut stream = TcpStream::connect(addr).expect("connect");
            stream
                .set_read_timeout(Some(Duration::from_secs(300)))
                .expect("timeout");
            stream
                .write_all(
                    request_head(addr, "POST", "/webhook/alertmanager", body.len(), &[]).as_bytes(),
                )
                .and_then(|()| stream.write_all(&body))
                .expect("send");
            (fp, stream)
        })
        .collect();
    let series =
        r#"recurrence_throttled_requests_total{source="alertmanager",reason="queue_full"}"#;
    wait_for("a full queue", Duration::from_secs(120), Some(&log), || {
        let m = try_request(addr, "GET", "/metrics", b"", &[]).ok()?.body;
        sample(&m, series).filter(|v| *v >= 1.0)
    });
    disk.freeze(false);

    let mut full = Vec::new();
    let mut acknowledged = Vec::new();
    for (fp, stream) in streams {
        let (status, text) = answer(stream);
        match status {
            200 => acknowledged.push(fp),
            503 if text.contains("the ingestion queue is full") => {
                assert!(text.to_ascii_lowercase().contains("retry-after"), "{text}");
                full.push(fp);
            }
            other => panic!("unexpected answer {other}: {text}"),
        }
    }
    eprintln!(
        "{REQUESTS} webhooks: {} acknowledged, {} refused with queue_full",
        acknowledged.len(),
        full.len()
    );
    let m = request(addr, "GET", "/metrics", b"").body;
    assert_eq!(sample(&m, series), Some(full.len() as f64));
    assert!(!full.is_empty());
    // Refusals begin only once the queue is full, and everything queued is committed.
    assert!(
        acknowledged.len() >= QUEUE,
        "{} acknowledged",
        acknowledged.len()
    );
    let stored = stored_fingerprints(&storage.join("recurrence.db"));
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|fp| !stored.contains(*fp))
        .collect();
    assert!(lost.is_empty(), "acknowledged but not stored: {lost:?}");
    let kept: Vec<&String> = full.iter().filter(|fp| stored.contains(*fp)).collect();
    assert!(
        kept.is_empty(),
        "refused with queue_full but stored: {kept:?}"
    );
}

fn stored_fingerprints(db: &Path) -> std::collections::HashSet<String> {
    let conn = rusqlite::Connection::open(db).expect("open");
    let mut stmt = conn
        .prepare("SELECT fingerprint FROM episodes")
        .expect("query");
    let rows = stmt
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("fingerprints");
    rows
}
