//! Hostile load at scale (issue 16): the mixed abuse of every case at once, and concurrent
//! readers of a large history. Bounded in count and time, on loopback only; attackers connect
//! from 127.0.0.2 as in `hostile`.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::hostile::{connect_from_attacker, time_now, wait_ready, ZERO};
use super::support::{request_head, try_request, webhook};

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

/// The mixed abuse, all at once for `RECURRENCE_ABUSE_SECS` seconds (default 8; the
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
    // The bound is 100 ms; an unoptimised build on a shared two-core runner (where
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
/// episodes are `RECURRENCE_SCALE_EPISODES` (200,000 by default; the figure is
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
