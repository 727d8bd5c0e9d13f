//! The real binary: command line, SIGKILL and SIGTERM.

use std::io::Write;
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run binary");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn config_check_reports_line_and_column_and_exit_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("good.yml");
    std::fs::write(&good, "incident:\n  merge_window: 10m\n").expect("write");
    let (code, out, _) = run(
        &[
            "--config.check",
            &format!("--config.file={}", good.display()),
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.contains("configuration is valid"));
    let bad = dir.path().join("bad.yml");
    std::fs::write(&bad, "incident:\n  merge_window: 10m\n  stale_afterr: 1h\n").expect("write");
    let (code, _, err) = run(
        &[
            "--config.check",
            &format!("--config.file={}", bad.display()),
        ],
        "",
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("line 3 column 3: unknown field `stale_afterr`"),
        "{err}"
    );
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/config/example.yml");
    assert_eq!(
        run(&["--config.check", &format!("--config.file={example}")], "").0,
        0
    );
}

#[test]
fn help_and_version() {
    let (code, out, _) = run(&["--help"], "");
    assert_eq!(code, 0);
    for flag in [
        "--config.file",
        "--web.listen-address",
        "--storage.path",
        "--config.check",
        "--log.level",
        "classify",
        "test-rules",
    ] {
        assert!(out.contains(flag), "--help mentions {flag}");
    }
    let (code, out, _) = run(&["--version"], "");
    assert_eq!(code, 0);
    assert!(out.contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn classify_reads_json_lines_and_webhooks_in_order() {
    let input = concat!(
        r#"{"labels":{"alertname":"Foo","app":"checkout"}}"#,
        "\n",
        r#"{"labels":{"alertname":"Bar","service":"payments-api"},"annotations":{"description":"x"}}"#,
        "\n"
    );
    let (code, out, err) = run(&["classify", "--explain"], input);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["service"], "checkout");
    assert_eq!(lines[0]["signature"], "unclassified:Foo");
    assert_eq!(lines[0]["rule"], "fallback");
    assert_eq!(lines[1]["service"], "payments-api");
    let webhook =
        String::from_utf8(fixture("alertmanager-0.25/02_webhook_alertmanager.json")).expect("utf8");
    let (code, out, _) = run(&["classify"], &webhook);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2);
    let (code, _, err) = run(&["classify"], "{not json\n");
    assert_eq!(code, 1);
    assert!(err.contains("line 1"), "{err}");

    // One bad line is reported; the lines around it are classified all the same.
    let mixed = concat!(
        r#"{"labels":{"alertname":"Foo","app":"checkout"}}"#,
        "\n{not json\n",
        r#"{"labels":{"alertname":"Bar","service":"payments-api"}}"#,
        "\n"
    );
    let (code, out, err) = run(&["classify"], mixed);
    assert_eq!(code, 1, "a bad line fails the command");
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.contains("unclassified:Bar"), "{out}");
    assert!(err.contains("line 2: "), "{err}");
    assert!(
        err.contains("2 alerts classified, 1 lines could not be read"),
        "{err}"
    );

    // Alertmanager's GET /api/v2/alerts answer: an array of alerts with their own status.
    let api = r#"[{"annotations":{"description":"FATAL:  sorry, too many clients already"},"endsAt":"2026-11-28T10:04:00.000Z","fingerprint":"1e2b","receivers":[{"name":"recurrence"}],"startsAt":"2026-11-28T09:59:00.000Z","status":{"inhibitedBy":[],"silencedBy":[],"state":"active"},"updatedAt":"2026-11-28T10:00:00.000Z","generatorURL":"http://prometheus/graph","labels":{"alertname":"PostgresTooManyConnections","service":"payments-api"}},{"annotations":{},"endsAt":"2026-11-28T10:04:00.000Z","fingerprint":"3c4d","receivers":[{"name":"recurrence"}],"startsAt":"2026-11-28T09:58:00.000Z","status":{"inhibitedBy":[],"silencedBy":[],"state":"active"},"updatedAt":"2026-11-28T10:00:00.000Z","labels":{"alertname":"Watchdog"}}]"#;
    let (code, out, err) = run(&["classify"], api);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].contains("connection_pool_exhaustion"), "{out}");
}

#[test]
fn test_rules_prints_a_diff_and_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("t.yml");
    std::fs::write(
        &file,
        "tests:\n  - name: wrong on purpose\n    alert:\n      labels: {alertname: Foo, service: s}\n    expect:\n      signature: disk_full\n  - name: right\n    alert:\n      labels: {alertname: Foo, service: s}\n    expect:\n      service: s\n      signature: 'unclassified:Foo'\n",
    )
    .expect("write");
    let (code, out, _) = run(&["test-rules", &file.display().to_string()], "");
    assert_eq!(code, 1);
    assert!(out.contains("FAIL"), "{out}");
    assert!(out.contains("- signature: disk_full"), "{out}");
    assert!(out.contains("+ signature: unclassified:Foo"), "{out}");
    assert!(out.contains("1 passed, 1 failed"), "{out}");
}

#[test]
fn shipped_signature_tests_pass() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/config/signatures_test.yml");
    if !std::path::Path::new(file).exists() {
        panic!("config/signatures_test.yml is missing");
    }
    let (code, out, err) = run(&["test-rules", file], "");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains(" 0 failed"), "{out}");
}

/// A daemon process on its own port and store.
struct Daemon {
    guard: ChildGuard,
    addr: SocketAddr,
}

fn start_daemon(storage: &std::path::Path, log: &std::path::Path) -> Daemon {
    let port = free_port();
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
    let guard = start(
        BIN,
        &[
            format!("--web.listen-address={addr}"),
            format!("--storage.path={}", storage.display()),
        ],
        log,
    );
    wait_for("daemon ready", Duration::from_secs(30), Some(log), || {
        try_request(addr, "GET", "/-/ready", b"", &[])
            .ok()
            .filter(|r| r.status == 200)
    });
    Daemon { guard, addr }
}

#[test]
fn sigkill_after_200_loses_nothing() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let log = dir.path().join("daemon.log");
    let mut acknowledged: Vec<(usize, String)> = Vec::new();
    for round in 0..3 {
        let daemon = start_daemon(&storage, &log);
        let addr = daemon.addr;
        let answered = Arc::new(AtomicUsize::new(0));
        // Four concurrent senders, each posting new episodes until the daemon dies under them.
        let senders: Vec<_> = (0..4)
            .map(|sender| {
                let answered = answered.clone();
                std::thread::spawn(move || {
                    let mut ok = Vec::new();
                    for i in 0.. {
                        let fp = format!("r{round}s{sender}i{i}");
                        let body = webhook(
                            &format!("svc-{sender}"),
                            &[(
                                "Crash",
                                &fp,
                                "resolved",
                                "2026-06-01T00:00:00Z",
                                "2026-06-01T00:01:00Z",
                                "",
                            )],
                        );
                        match try_request(addr, "POST", "/webhook/alertmanager", &body, &[]) {
                            Ok(r) if r.status == 200 => {
                                ok.push((sender, fp));
                                answered.fetch_add(1, Ordering::SeqCst);
                            }
                            _ => break,
                        }
                    }
                    ok
                })
            })
            .collect();
        // The kill comes while the senders are busy: after a few dozen acknowledgements,
        // however long the machine takes to give them.
        wait_for(
            "acknowledged webhooks",
            Duration::from_secs(60),
            Some(&log),
            || (answered.load(Ordering::SeqCst) >= 40).then_some(()),
        );
        let mut guard = daemon.guard;
        guard.child.kill().expect("SIGKILL");
        let _ = guard.child.wait();
        for s in senders {
            acknowledged.extend(s.join().expect("sender"));
        }
        drop(guard);

        let daemon = start_daemon(&storage, &log);
        let m = request(daemon.addr, "GET", "/metrics", b"").body;
        let episodes = sample(&m, "recurrence_episodes").expect("episodes gauge") as usize;
        eprintln!(
            "round {round}: acknowledged {}, found {episodes}",
            acknowledged.len()
        );
        assert!(!acknowledged.is_empty(), "senders got no 200 at all");
        assert!(
            episodes >= acknowledged.len(),
            "round {round}: fewer stored than acknowledged"
        );
        // Every acknowledged episode, by fingerprint, through the restarted daemon's own API,
        // and each sender's incident counter.
        for sender in 0..4 {
            let service = format!("svc-{sender}");
            let mine: Vec<&String> = acknowledged
                .iter()
                .filter(|(s, _)| *s == sender)
                .map(|(_, fp)| fp)
                .collect();
            if mine.is_empty() {
                continue;
            }
            let series = format!(
                r#"recurrence_incidents_total{{service="{service}",signature="unclassified:Crash"}}"#
            );
            assert_eq!(sample(&m, &series), Some(1.0), "{series}");
            let list: serde_json::Value = serde_json::from_str(
                &request(
                    daemon.addr,
                    "GET",
                    &format!("/api/v1/incidents?service={service}"),
                    b"",
                )
                .body,
            )
            .expect("json");
            let id = list["data"][0]["id"]
                .as_str()
                .expect("incident id")
                .to_string();
            let detail: serde_json::Value = serde_json::from_str(
                &request(daemon.addr, "GET", &format!("/api/v1/incidents/{id}"), b"").body,
            )
            .expect("json");
            let stored: std::collections::HashSet<&str> = detail["data"]["episodes"]
                .as_array()
                .expect("episodes")
                .iter()
                .filter_map(|e| e["fingerprint"].as_str())
                .collect();
            let missing: Vec<_> = mine
                .iter()
                .filter(|fp| !stored.contains(fp.as_str()))
                .collect();
            assert!(
                missing.is_empty(),
                "round {round}: acknowledged but lost: {missing:?}"
            );
        }
        drop(daemon);
    }
}

/// Starts a request whose head says `Expect: 100-continue` and returns once the daemon has
/// answered `100 Continue`: hyper sends it when the handler starts reading the body, so the
/// request is in flight in the daemon, and stays there until `body` is sent.
fn start_slow_request(addr: SocketAddr, body: &[u8]) -> std::net::TcpStream {
    use std::io::Read;
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let head = request_head(
        addr,
        "POST",
        "/webhook/alertmanager",
        body.len(),
        &[("Expect", "100-continue")],
    );
    stream.write_all(head.as_bytes()).expect("head");
    let mut interim = Vec::new();
    let mut byte = [0u8; 1];
    while !interim.ends_with(b"\r\n\r\n") {
        assert_eq!(stream.read(&mut byte).expect("100 Continue"), 1, "closed");
        interim.push(byte[0]);
    }
    let interim = String::from_utf8_lossy(&interim);
    assert!(interim.starts_with("HTTP/1.1 100"), "{interim}");
    stream
}

/// Sends the rest of a slow request and reads its answer's status.
fn finish_slow_request(mut stream: std::net::TcpStream, body: &[u8]) -> std::io::Result<u16> {
    use std::io::Read;
    stream.write_all(body)?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no answer: {answer:?}")))
}

fn unix_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_millis() as i64
}

/// SIGTERM stops accepting, finishes the requests in flight (their 200 comes after the signal
/// and their episodes are in the store), answers every sender truthfully, and saves the
/// last-seen times that only memory held (a repeat changes nothing on disk).
#[test]
fn sigterm_finishes_in_flight_requests_and_saves_last_seen_times() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    const ZERO: &str = "0001-01-01T00:00:00Z";
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    let log = dir.path().join("daemon.log");
    let daemon = start_daemon(&storage, &log);
    let addr = daemon.addr;

    // An open episode, then a repeat of it: only the in-memory last-seen time moves.
    let open = webhook(
        "svc",
        &[("Open", "open-1", "firing", "2026-06-01T00:00:00Z", ZERO, "")],
    );
    assert_eq!(
        request(addr, "POST", "/webhook/alertmanager", &open).status,
        200
    );
    let first_answered = unix_millis();
    while unix_millis() <= first_answered {
        std::thread::yield_now();
    }
    let repeat_sent = unix_millis();
    assert_eq!(
        request(addr, "POST", "/webhook/alertmanager", &open).status,
        200
    );

    // Requests in flight when the signal comes: heads read, bodies held back.
    let slow_bodies: Vec<Vec<u8>> = (0..3)
        .map(|i| {
            webhook(
                "svc",
                &[(
                    "Slow",
                    &format!("slow-{i}"),
                    "firing",
                    "2026-06-01T00:00:00Z",
                    ZERO,
                    "",
                )],
            )
        })
        .collect();
    let slow: Vec<_> = slow_bodies
        .iter()
        .map(|body| start_slow_request(addr, body))
        .collect();

    // And concurrent senders, each posting until the daemon stops answering.
    let answered = Arc::new(AtomicUsize::new(0));
    let senders: Vec<_> = (0..4)
        .map(|sender| {
            let answered = answered.clone();
            std::thread::spawn(move || {
                let mut ok = Vec::new();
                for i in 0.. {
                    let fp = format!("s{sender}i{i}");
                    let body = webhook(
                        "svc",
                        &[("Crash", &fp, "firing", "2026-06-01T00:00:00Z", ZERO, "")],
                    );
                    match try_request(addr, "POST", "/webhook/alertmanager", &body, &[]) {
                        Ok(r) if r.status == 200 => {
                            ok.push(fp);
                            answered.fetch_add(1, Ordering::SeqCst);
                        }
                        _ => break,
                    }
                }
                ok
            })
        })
        .collect();
    wait_for(
        "senders acknowledged",
        Duration::from_secs(30),
        Some(&log),
        || (answered.load(Ordering::SeqCst) >= 20).then_some(()),
    );

    let pid = daemon.guard.child.id();
    Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill -TERM");
    // Shutdown has begun once the listener is gone.
    wait_for(
        "the listener to close",
        Duration::from_secs(20),
        Some(&log),
        || std::net::TcpStream::connect(addr).is_err().then_some(()),
    );
    for (i, (stream, body)) in slow.into_iter().zip(&slow_bodies).enumerate() {
        let status = finish_slow_request(stream, body);
        assert!(
            matches!(status, Ok(200)),
            "in-flight request {i} after SIGTERM: {status:?}"
        );
    }
    let mut guard = daemon.guard;
    // Bounded: a shutdown that hangs (a writer handle kept alive) must fail, not stall CI.
    let status = wait_for(
        "exit after SIGTERM",
        Duration::from_secs(30),
        Some(&log),
        || guard.child.try_wait().expect("try_wait"),
    );
    assert!(status.success(), "clean exit on SIGTERM: {status:?}");
    let acknowledged: Vec<String> = senders
        .into_iter()
        .flat_map(|s| s.join().expect("sender"))
        .collect();
    drop(guard);

    // The store after exit: every acknowledged episode, the slow ones included, and the
    // repeat's arrival as the open episode's last-seen time.
    let conn = rusqlite::Connection::open(storage.join("recurrence.db")).expect("open");
    let stored: std::collections::HashSet<String> = conn
        .prepare("SELECT fingerprint FROM episodes")
        .expect("query")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("fingerprints");
    let slow_fps: Vec<String> = (0..3).map(|i| format!("slow-{i}")).collect();
    let lost: Vec<&String> = acknowledged
        .iter()
        .chain(&slow_fps)
        .filter(|fp| !stored.contains(*fp))
        .collect();
    assert!(lost.is_empty(), "acknowledged but not stored: {lost:?}");
    let last_seen: i64 = conn
        .query_row(
            "SELECT last_seen FROM episodes WHERE fingerprint = 'open-1'",
            [],
            |r| r.get(0),
        )
        .expect("the open episode");
    assert!(
        last_seen >= repeat_sent,
        "last-seen time {last_seen} is the first arrival's, not the repeat's ({repeat_sent})"
    );
}

/// The catalogue's done-when cases: three symptoms of one root cause.
#[test]
fn classify_puts_the_three_pool_symptoms_in_one_signature() {
    let input = [
        r#"{"labels":{"alertname":"HighRequestLatency","service":"payments-api"},"annotations":{"description":"p99 2.3s. HikariPool-1 - Connection is not available, request timed out after 30000ms."}}"#,
        r#"{"labels":{"alertname":"Http5xxRateHigh","service":"payments-api"},"annotations":{"description":"sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00"}}"#,
        r#"{"labels":{"alertname":"PostgresTooManyConnections","service":"payments-api"},"annotations":{"description":"FATAL:  sorry, too many clients already"}}"#,
    ]
    .join("\n");
    let (code, out, err) = run(&["classify", "--explain"], &input);
    assert_eq!(code, 0, "{err}");
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        assert_eq!(v["signature"], "connection_pool_exhaustion", "{line}");
        assert!(
            v["rule"].as_str().expect("rule").starts_with("builtin:"),
            "{line}"
        );
        assert!(
            v["evidence"]["field"]
                .as_str()
                .expect("field")
                .starts_with("annotation:"),
            "{line}"
        );
    }
    assert_eq!(out.lines().count(), 3);
}

/// `--web.listen-address=:PORT` listens on every interface: the daemon answers on 127.0.0.2,
/// which a socket bound to 127.0.0.1 (the default) would not.
#[test]
fn a_listen_address_without_host_listens_on_every_interface() {
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let log = dir.path().join("daemon.log");
    let _daemon = start(
        BIN,
        &[
            format!("--web.listen-address=:{port}"),
            format!("--storage.path={}", dir.path().join("data").display()),
        ],
        &log,
    );
    for host in ["127.0.0.1", "127.0.0.2"] {
        let addr: SocketAddr = format!("{host}:{port}").parse().expect("addr");
        wait_for("daemon ready", Duration::from_secs(30), Some(&log), || {
            try_request(addr, "GET", "/-/ready", b"", &[])
                .ok()
                .filter(|r| r.status == 200)
        });
    }
}
