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

/// The number of commits the writer made, from the commit-duration histogram's count.
async fn commits(app: &TestApp) -> f64 {
    app.metric("recurrence_store_commit_seconds_count")
        .await
        .expect("commit histogram")
}

/// Repeats of known episodes (Alertmanager's re-sends, an HA pair's copies) are answered
/// without a commit: the commit count, the changes committed and the store's files stay as
/// they were, while a new episode commits once.
#[tokio::test]
async fn repeats_never_touch_the_disk() {
    let (app, _dir) = spawn_app().await;
    let doc = webhook(
        "s",
        &[
            ("A", "1", "firing", "2026-01-01T00:00:00Z", ZERO, ""),
            (
                "B",
                "2",
                "resolved",
                "2026-01-01T00:00:00Z",
                "2026-01-01T00:10:00Z",
                "",
            ),
        ],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    let committed = commits(&app).await;
    assert!(committed >= 1.0, "the new episodes were committed");
    let changes = app.metric("recurrence_store_commit_changes_sum").await;
    let files = |storage: &Path| -> Vec<(String, u64, std::time::SystemTime)> {
        let mut out: Vec<_> = std::fs::read_dir(storage)
            .expect("storage")
            .map(|e| e.expect("entry"))
            .filter(|e| e.file_name().to_string_lossy().starts_with("recurrence.db"))
            .map(|e| {
                let meta = e.metadata().expect("metadata");
                (
                    e.file_name().to_string_lossy().into_owned(),
                    meta.len(),
                    meta.modified().expect("mtime"),
                )
            })
            .collect();
        out.sort();
        out
    };
    // Last-seen times are saved every 30 s; this test is over well before.
    let before = files(&app.storage);
    for _ in 0..20 {
        let r = app.post("/webhook/alertmanager", &doc).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.body.contains("\"new_episodes\":0"), "{}", r.body);
    }
    assert_eq!(commits(&app).await, committed, "a repeat committed");
    assert_eq!(
        app.metric("recurrence_store_commit_changes_sum").await,
        changes
    );
    assert_eq!(files(&app.storage), before, "a repeat wrote to the store");
    // The check can fail: a new episode does commit.
    let new = webhook(
        "s",
        &[("A", "3", "firing", "2026-01-01T00:00:00Z", ZERO, "")],
    );
    assert_eq!(app.post("/webhook/alertmanager", &new).await.status, 200);
    assert!(commits(&app).await > committed);
    app.stop().await;
}

/// A firing episode with no notification for `stale_after` is closed at its last-seen time
/// by the running daemon (not only at start-up), and a later re-send does not reopen it.
#[tokio::test]
async fn an_episode_without_notifications_is_closed_at_its_last_seen_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), "incident:\n  stale_after: 1s\n").await;
    let start = unix_millis() - 3_600_000;
    let doc = webhook(
        "stale",
        &[(
            "PoolExhausted",
            "fp",
            "firing",
            &recurrence_exporter::ingest::format_time(start),
            ZERO,
            "HikariPool-1 - Connection is not available",
        )],
    );
    let sent = unix_millis();
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    assert_eq!(app.metric("recurrence_episodes_open").await, Some(1.0));
    // The writer looks for stale episodes every 30 s.
    let deadline = std::time::Instant::now() + Duration::from_secs(45);
    while app.metric("recurrence_episodes_open").await != Some(0.0) {
        assert!(
            std::time::Instant::now() < deadline,
            "the open episode was never closed"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let r = app.get("/api/v1/incidents?service=stale").await;
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    let end = v["data"][0]["end"].as_str().expect("closed incident");
    let end = time::OffsetDateTime::parse(end, &time::format_description::well_known::Rfc3339)
        .expect("time");
    let end = (end.unix_timestamp_nanos() / 1_000_000) as i64;
    assert!(
        (sent - 1_000..=sent + 5_000).contains(&end),
        "closed at {end}, last seen at about {sent}"
    );
    // Closed for good: a late re-send changes nothing.
    let r = app.post("/webhook/alertmanager", &doc).await;
    assert_eq!(r.status, 200);
    assert_eq!(app.metric("recurrence_episodes_open").await, Some(0.0));
    app.stop().await;
}

/// `recurrence_fix_info`'s `ref` label is cut to 128 bytes (on a character boundary); the fix
/// itself keeps the whole reference.
#[tokio::test]
async fn the_fix_ref_label_is_cut_to_128_bytes() {
    let (app, _dir) = spawn_app().await;
    let doc = webhook(
        "fixed",
        &[(
            "PoolExhausted",
            "fp",
            "resolved",
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:10:00Z",
            "HikariPool-1 - Connection is not available",
        )],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    // 127 ASCII bytes and then a two-byte character: the cut cannot split it.
    let reference = format!("{}é{}", "r".repeat(127), "x".repeat(200));
    let fix = serde_json::json!({"service": "fixed", "signature": "connection_pool_exhaustion", "ref": reference});
    let r = app.post("/api/v1/fixes", fix.to_string().as_bytes()).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let metrics = app.get("/metrics").await.body;
    let line = metrics
        .lines()
        .find(|l| l.starts_with("recurrence_fix_info{"))
        .expect("fix info");
    let label = line
        .split("ref=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("ref label");
    assert_eq!(label, "r".repeat(127), "{line}");
    let fixes: serde_json::Value =
        serde_json::from_str(&app.get("/api/v1/fixes").await.body).expect("json");
    assert!(fixes.to_string().contains(&reference), "{fixes}");
    app.stop().await;
}

/// The finite `le` bounds of one histogram series in an exposition, in order.
fn bounds(metrics: &str, prefix: &str) -> Vec<f64> {
    metrics
        .lines()
        .filter(|l| l.starts_with(prefix))
        .filter_map(|l| l.split("le=\"").nth(1)?.split('"').next()?.parse().ok())
        .filter(|le: &f64| le.is_finite())
        .collect()
}

/// The histograms' buckets are the README's: intervals 1h … 180d, durations 1m … 7d.
#[tokio::test]
async fn histogram_buckets_span_what_the_readme_says() {
    let (app, _dir) = spawn_app().await;
    let doc = webhook(
        "buckets",
        &[
            (
                "PoolExhausted",
                "1",
                "resolved",
                "2026-01-01T00:00:00Z",
                "2026-01-01T00:10:00Z",
                "HikariPool-1 - Connection is not available",
            ),
            (
                "PoolExhausted",
                "2",
                "resolved",
                "2026-01-03T00:00:00Z",
                "2026-01-03T00:10:00Z",
                "HikariPool-1 - Connection is not available",
            ),
        ],
    );
    assert_eq!(app.post("/webhook/alertmanager", &doc).await.status, 200);
    let metrics = app.get("/metrics").await.body;
    for (histogram, first, last) in [
        (
            "recurrence_interval_seconds_bucket{",
            3_600.0,
            180.0 * 86_400.0,
        ),
        (
            "recurrence_incident_duration_seconds_bucket{",
            60.0,
            7.0 * 86_400.0,
        ),
    ] {
        let bounds = bounds(&metrics, histogram);
        assert_eq!(bounds.first(), Some(&first), "{histogram}: {bounds:?}");
        assert_eq!(bounds.last(), Some(&last), "{histogram}: {bounds:?}");
        assert!(bounds.windows(2).all(|w| w[0] < w[1]), "{bounds:?}");
    }
    app.stop().await;
}
