//! OTLP export of the real binary, received by `tests/otlp_receiver.py`, which decodes the
//! wire format with the OpenTelemetry project's own protobuf definitions (PyPI
//! `opentelemetry-proto`) and writes each request as a JSON line, with its headers and, over
//! TLS, the client certificate's name. TLS certificates come from `security::Pki` (`openssl`).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");
const TRACE_ID: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT_SPAN: &str = "00f067aa0ba902b7";
const DAY: i64 = 86_400;

fn ago(seconds: i64) -> String {
    let t = time::OffsetDateTime::now_utc() - time::Duration::seconds(seconds);
    t.format(&time::format_description::well_known::Rfc3339)
        .expect("format")
}

/// The receiver on `port`, appending to `out`; `tls` are its TLS options (`--tls-cert=…`).
fn start_receiver(port: u16, out: &Path, log: &Path, tls: &[String]) -> ChildGuard {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/otlp_receiver.py");
    let mut args = vec![
        script.to_string(),
        format!("--port={port}"),
        format!("--out={}", out.display()),
    ];
    args.extend_from_slice(tls);
    let guard = start("python3", &args, log);
    wait_for(
        "the OTLP receiver",
        Duration::from_secs(20),
        Some(log),
        || std::net::TcpStream::connect(("127.0.0.1", port)).ok(),
    );
    guard
}

/// The daemon with `otlp_yaml` as its configuration and no `OTEL_*` variables but `env`.
fn start_daemon(
    dir: &Path,
    otlp_yaml: &str,
    env: &[(&str, &str)],
    log: &Path,
) -> (ChildGuard, SocketAddr) {
    std::fs::write(dir.join("config.yml"), otlp_yaml).expect("write config");
    let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
    let mut command = daemon_command(dir, addr, env);
    command
        .stdout(std::fs::File::create(log).expect("log"))
        .stderr(std::fs::File::create(log.with_extension("err")).expect("log"));
    let guard = ChildGuard {
        child: command.spawn().expect("start daemon"),
    };
    let err_log = log.with_extension("err");
    wait_for(
        "daemon ready",
        Duration::from_secs(30),
        Some(&err_log),
        || {
            try_request(addr, "GET", "/-/ready", b"", &[])
                .ok()
                .filter(|r| r.status == 200)
        },
    );
    (guard, addr)
}

/// The daemon's command line: `dir`'s `config.yml` and store, debug logs, and no `OTEL_*`
/// variables but `env`.
fn daemon_command(dir: &Path, addr: SocketAddr, env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args([
            format!("--web.listen-address={addr}"),
            format!("--storage.path={}", dir.join("data").display()),
            format!("--config.file={}", dir.join("config.yml").display()),
            "--log.level=debug".to_string(),
        ])
        .stdin(Stdio::null());
    for (name, _) in std::env::vars() {
        if name.starts_with("OTEL_") {
            command.env_remove(name);
        }
    }
    command.envs(env.iter().copied());
    command
}

/// Every request the receiver has decoded so far on `path`.
fn received(out: &Path, path: &str) -> Vec<Value> {
    std::fs::read_to_string(out)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|r| r["path"] == path)
        .collect()
}

fn post(addr: SocketAddr, body: &[u8], headers: &[(&str, &str)]) -> Response {
    try_request(addr, "POST", "/webhook/alertmanager", body, headers).expect("webhook")
}

fn metrics_text(addr: SocketAddr) -> String {
    let r = try_request(addr, "GET", "/metrics", b"", &[]).expect("scrape");
    assert_eq!(r.status, 200);
    r.body
}

/// A history with recurrences (so histograms have counts), an open incident and fixtures.
fn ingest_history(addr: SocketAddr) {
    // The history ends before the fixtures' own alerts began (a fixed date): placed by today's
    // date alone, it would overlap them once they were older than its last incident, and the
    // two would be one incident.
    let before = fixtures_age_seconds();
    for (fp, days) in [("a", 60), ("b", 30), ("c", 5)] {
        let doc = webhook(
            "payments-api",
            &[(
                "PostgresTooManyConnections",
                fp,
                "resolved",
                &ago(before + days * DAY),
                &ago(before + days * DAY - 1800),
                "FATAL: sorry, too many clients already",
            )],
        );
        assert_eq!(post(addr, &doc, &[]).status, 200);
    }
    let open = webhook(
        "checkout",
        &[(
            "KubePodCrashLooping",
            "d",
            "firing",
            &ago(600),
            "0001-01-01T00:00:00Z",
            "back-off restarting failed container",
        )],
    );
    assert_eq!(post(addr, &open, &[]).status, 200);
    for name in [
        "01_webhook_alertmanager.json",
        "02_webhook_alertmanager.json",
    ] {
        let r = post(addr, &fixture(&format!("alertmanager-0.25/{name}")), &[]);
        assert_eq!(r.status, 200, "{}", r.body);
    }
}

/// How long ago the earliest alert of the Alertmanager fixtures `ingest_history` posts began.
fn fixtures_age_seconds() -> i64 {
    let mut earliest = time::OffsetDateTime::now_utc();
    for name in [
        "01_webhook_alertmanager.json",
        "02_webhook_alertmanager.json",
    ] {
        let doc: Value = serde_json::from_slice(&fixture(&format!("alertmanager-0.25/{name}")))
            .expect("fixture is JSON");
        for alert in doc["alerts"].as_array().expect("alerts") {
            let started = alert["startsAt"].as_str().expect("startsAt");
            let started = time::OffsetDateTime::parse(
                started,
                &time::format_description::well_known::Rfc3339,
            )
            .expect("RFC 3339");
            earliest = earliest.min(started);
        }
    }
    (time::OffsetDateTime::now_utc() - earliest).whole_seconds()
}

/// Samples of a text exposition as `name{sorted labels}` → value, `le` normalised.
fn exposition_samples(text: &str) -> BTreeMap<String, f64> {
    let label = regex::Regex::new(r#"([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)""#).expect("re");
    let mut out = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (series, value) = line.rsplit_once(' ').expect("sample line");
        let (name, labels) = match series.split_once('{') {
            Some((name, labels)) => (
                name,
                label
                    .captures_iter(labels)
                    .map(|c| (c[1].to_string(), c[2].to_string()))
                    .collect(),
            ),
            None => (series, Vec::new()),
        };
        out.insert(key(name, labels), number(value));
    }
    out
}

/// Equal up to the last bits serde_json's fast float parsing may get wrong.
fn same(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

fn number(text: &str) -> f64 {
    match text {
        "+Inf" => f64::INFINITY,
        t => t.parse().unwrap_or_else(|_| panic!("not a number: {t}")),
    }
}

fn key(name: &str, mut labels: Vec<(String, String)>) -> String {
    for (k, v) in labels.iter_mut() {
        if k == "le" && v != "+Inf" {
            *v = number(v).to_string();
        }
    }
    labels.sort();
    let labels: Vec<String> = labels.iter().map(|(k, v)| format!("{k}=\"{v}\"")).collect();
    format!("{name}{{{}}}", labels.join(","))
}

fn attributes(point: &Value) -> Vec<(String, String)> {
    point["attributes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| {
            (
                a["key"].as_str().expect("key").to_string(),
                a["value"]["stringValue"]
                    .as_str()
                    .expect("string")
                    .to_string(),
            )
        })
        .collect()
}

/// A JSON number or the string protobuf's JSON mapping writes 64-bit integers as.
fn json_number(v: &Value) -> f64 {
    match v {
        Value::String(s) => number(s),
        Value::Number(n) => n.as_f64().expect("f64"),
        Value::Null => 0.0, // proto3 JSON leaves out zero values
        other => panic!("not a number: {other}"),
    }
}

/// The data points of one OTLP metrics request, named the way Prometheus would show them.
fn otlp_samples(request: &Value) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    let metrics = request["body"]["resourceMetrics"][0]["scopeMetrics"][0]["metrics"]
        .as_array()
        .expect("metrics");
    for m in metrics {
        let name = m["name"].as_str().expect("name");
        if let Some(sum) = m.get("sum") {
            assert_eq!(sum["isMonotonic"], true, "{name}");
            assert_eq!(
                sum["aggregationTemporality"],
                "AGGREGATION_TEMPORALITY_CUMULATIVE"
            );
            for p in sum["dataPoints"].as_array().expect("points") {
                let value = p.get("asInt").or(p.get("asDouble")).unwrap_or(&Value::Null);
                out.insert(
                    key(&format!("{name}_total"), attributes(p)),
                    json_number(value),
                );
            }
        } else if let Some(gauge) = m.get("gauge") {
            for p in gauge["dataPoints"].as_array().expect("points") {
                let value = p.get("asInt").or(p.get("asDouble")).unwrap_or(&Value::Null);
                out.insert(key(name, attributes(p)), json_number(value));
            }
        } else if let Some(h) = m.get("histogram") {
            assert_eq!(
                h["aggregationTemporality"],
                "AGGREGATION_TEMPORALITY_CUMULATIVE"
            );
            for p in h["dataPoints"].as_array().expect("points") {
                let labels = attributes(p);
                let bounds: Vec<f64> = p["explicitBounds"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(json_number)
                    .collect();
                let counts: Vec<f64> = p["bucketCounts"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(json_number)
                    .collect();
                assert_eq!(counts.len(), bounds.len() + 1, "{name}");
                let mut cumulative = 0.0;
                for (i, count) in counts.iter().enumerate() {
                    cumulative += count;
                    let le = bounds.get(i).map_or("+Inf".to_string(), |b| b.to_string());
                    let mut l = labels.clone();
                    l.push(("le".into(), le));
                    out.insert(key(&format!("{name}_bucket"), l), cumulative);
                }
                out.insert(
                    key(&format!("{name}_sum"), labels.clone()),
                    json_number(&p["sum"]),
                );
                out.insert(
                    key(&format!("{name}_count"), labels),
                    json_number(&p["count"]),
                );
            }
        } else {
            panic!("unexpected metric type: {m}");
        }
    }
    out
}

/// Waits for the `n`-th metrics request received after `since` (unix seconds).
fn metrics_request_after(out: &Path, since: f64, n: usize, log: &Path) -> Value {
    wait_for(
        "an OTLP metrics export",
        Duration::from_secs(20),
        Some(log),
        || {
            received(out, "/v1/metrics")
                .into_iter()
                .filter(|r| r["received"].as_f64().unwrap_or(0.0) > since)
                .nth(n - 1)
        },
    )
}

/// A new alert is accepted and counted while exports fail.
fn assert_ingestion_goes_on(addr: SocketAddr) {
    let doc = webhook(
        "search",
        &[(
            "DiskFull",
            "z",
            "firing",
            &ago(30),
            "0001-01-01T00:00:00Z",
            "No space left on device",
        )],
    );
    assert_eq!(post(addr, &doc, &[]).status, 200);
    assert_eq!(
        sample(
            &metrics_text(addr),
            r#"recurrence_incidents_total{service="search",signature="disk_full"}"#
        ),
        Some(1.0)
    );
}

/// Fails unless a scrape and an export hold the same samples. The open-connections gauge counts
/// the scrape's own connection, which no export sees.
fn assert_same_samples(scrape: &BTreeMap<String, f64>, exported: &BTreeMap<String, f64>) {
    let differs = |a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>| -> Vec<(String, f64)> {
        a.iter()
            .filter(|(k, _)| !k.starts_with("recurrence_connections_open"))
            .filter(|(k, v)| !b.get(*k).is_some_and(|w| same(**v, *w)))
            .map(|(k, v)| (k.clone(), *v))
            .collect()
    };
    let only_scrape = differs(scrape, exported);
    let only_export = differs(exported, scrape);
    assert!(
        only_scrape.is_empty() && only_export.is_empty(),
        "/metrics and OTLP differ\nonly in /metrics: {only_scrape:#?}\nonly in OTLP: {only_export:#?}"
    );
}

/// Sends SIGTERM and waits for the daemon to exit.
fn sigterm(daemon: &mut ChildGuard, within: Duration, log: &Path) -> ExitStatus {
    let pid = daemon.child.id();
    Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill -TERM");
    wait_for(
        &format!("exit within {within:?} of SIGTERM"),
        within,
        Some(log),
        || daemon.child.try_wait().expect("wait"),
    )
}

fn unix_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs_f64()
}

fn failures(addr: SocketAddr) -> f64 {
    sample(
        &metrics_text(addr),
        r#"recurrence_otlp_export_failures_total{signal="metrics"}"#,
    )
    .expect("failure counter is exported")
}

struct Paths {
    _dir: tempfile::TempDir,
    dir: PathBuf,
    out: PathBuf,
    receiver_log: PathBuf,
    daemon_log: PathBuf,
}

fn paths() -> Paths {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().to_path_buf();
    Paths {
        out: path.join("received.jsonl"),
        receiver_log: path.join("receiver.log"),
        daemon_log: path.join("daemon.log"),
        dir: path,
        _dir: dir,
    }
}

#[test]
fn otlp_metrics_equal_metrics_endpoint_and_spans_continue_the_callers_trace() {
    let p = paths();
    let port = free_port();
    let _receiver = start_receiver(port, &p.out, &p.receiver_log, &[]);
    let yaml = format!(
        "otlp:\n  endpoint: http://127.0.0.1:{port}\n  interval: 1s\n  headers:\n    X-Scope-OrgID: team-a\n"
    );
    let (_daemon, addr) = start_daemon(&p.dir, &yaml, &[], &p.daemon_log);
    ingest_history(addr);
    let traced = webhook(
        "payments-api",
        &[(
            "HighRequestLatency",
            "e",
            "firing",
            &ago(60),
            "0001-01-01T00:00:00Z",
            "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
        )],
    );
    let traceparent = format!("00-{TRACE_ID}-{PARENT_SPAN}-01");
    let r = post(addr, &traced, &[("traceparent", &traceparent)]);
    assert_eq!(r.status, 200, "{}", r.body);

    // The data no longer changes; the second export after this scrape was surely rendered
    // after it.
    let scraped_at = unix_now();
    let scrape = exposition_samples(&metrics_text(addr));
    let request = metrics_request_after(&p.out, scraped_at, 2, &p.daemon_log.with_extension("err"));
    let exported = otlp_samples(&request);
    assert_same_samples(&scrape, &exported);
    // Spot checks of what was just compared wholesale.
    let pool = r#"{service="payments-api",signature="connection_pool_exhaustion"}"#;
    // Three resolved incidents here and the fixtures' own.
    assert_eq!(exported[&format!("recurrence_incidents_total{pool}")], 4.0);
    assert_eq!(
        exported[&format!("recurrence_interval_seconds_count{pool}")],
        3.0
    );
    assert!(exported
        .keys()
        .any(|k| k.starts_with("recurrence_window_incidents{")));
    assert_eq!(request["headers"]["x-scope-orgid"], "team-a");
    let resource: BTreeMap<String, String> =
        attributes(&request["body"]["resourceMetrics"][0]["resource"])
            .into_iter()
            .collect();
    assert_eq!(resource["service.name"], "recurrence-exporter");
    assert_eq!(resource["service.version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        resource["service.instance.id"].rsplit(':').next(),
        Some(addr.port().to_string().as_str())
    );

    // The webhook's span is a child of the caller's span; the commit links to it.
    let spans = |out: &Path| -> Vec<Value> {
        received(out, "/v1/traces")
            .iter()
            .flat_map(|r| {
                r["body"]["resourceSpans"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default()
            })
            .flat_map(|rs| rs["scopeSpans"].as_array().cloned().unwrap_or_default())
            .flat_map(|ss| ss["spans"].as_array().cloned().unwrap_or_default())
            .collect()
    };
    let err_log = p.daemon_log.with_extension("err");
    let webhook_span = wait_for(
        "the webhook span",
        Duration::from_secs(20),
        Some(&err_log),
        || spans(&p.out).into_iter().find(|s| s["traceId"] == TRACE_ID),
    );
    assert_eq!(webhook_span["parentSpanId"], PARENT_SPAN);
    assert_eq!(webhook_span["kind"], "SPAN_KIND_SERVER");
    let attrs: BTreeMap<String, Value> = webhook_span["attributes"]
        .as_array()
        .expect("attributes")
        .iter()
        .map(|a| {
            (
                a["key"].as_str().unwrap_or_default().to_string(),
                a["value"].clone(),
            )
        })
        .collect();
    assert_eq!(
        attrs["source"]["stringValue"], "alertmanager",
        "{webhook_span}"
    );
    assert_eq!(attrs["alerts"]["intValue"], "1", "{webhook_span}");
    assert_eq!(attrs["outcome"]["stringValue"], "accepted");
    assert_eq!(attrs["http.response.status_code"]["intValue"], "200");
    let commit = wait_for(
        "the commit span",
        Duration::from_secs(20),
        Some(&err_log),
        || {
            spans(&p.out).into_iter().find(|s| {
                s["name"] == "store.commit"
                    && s["links"]
                        .as_array()
                        .is_some_and(|l| l.iter().any(|l| l["traceId"] == TRACE_ID))
            })
        },
    );
    assert_ne!(
        commit["traceId"], TRACE_ID,
        "a commit is its own trace, linked to the webhooks"
    );

    // Log lines inside a request carry its trace id.
    let bad = post(addr, b"{not json", &[("traceparent", &traceparent)]);
    assert_eq!(bad.status, 400);
    wait_for(
        "a log line with the trace id",
        Duration::from_secs(5),
        Some(&err_log),
        || {
            std::fs::read_to_string(&err_log).ok().filter(|log| {
                log.lines().any(|l| {
                    l.contains("rejected webhook document")
                        && l.contains(&format!("trace_id={TRACE_ID}"))
                })
            })
        },
    );
}

#[test]
fn collector_down_at_start_then_up_then_gone_never_blocks_ingestion() {
    let p = paths();
    let port = free_port();
    let yaml =
        format!("otlp:\n  endpoint: http://127.0.0.1:{port}\n  interval: 1s\n  timeout: 1s\n");
    let (_daemon, addr) = start_daemon(&p.dir, &yaml, &[], &p.daemon_log);
    let err_log = p.daemon_log.with_extension("err");
    ingest_history(addr);
    wait_for(
        "a counted failure",
        Duration::from_secs(10),
        Some(&err_log),
        || (failures(addr) > 0.0).then_some(()),
    );
    let log = std::fs::read_to_string(&err_log).expect("log");
    let warnings = log
        .lines()
        .filter(|l| l.contains("OTLP export failed"))
        .count();
    assert!(
        warnings <= 2,
        "failures are logged at most once a minute per signal:\n{log}"
    );

    // The collector comes up: exports arrive without a restart.
    let receiver = start_receiver(port, &p.out, &p.receiver_log, &[]);
    let since = unix_now();
    let request = metrics_request_after(&p.out, since, 1, &err_log);
    let series = r#"recurrence_incidents_total{service="payments-api",signature="connection_pool_exhaustion"}"#;
    assert_eq!(
        Some(otlp_samples(&request)[series]),
        sample(&metrics_text(addr), series)
    );

    // It goes away: failures are counted again, ingestion and scrapes carry on.
    drop(receiver);
    let before = failures(addr);
    wait_for(
        "failures after the collector left",
        Duration::from_secs(10),
        Some(&err_log),
        || (failures(addr) > before).then_some(()),
    );
    assert_ingestion_goes_on(addr);
    // Whether ingestion waits for an export is shown with a collector that never answers
    // (the next test); here the collector refuses connections at once.
}

/// Whether the peer of a connection the test accepted has closed it: everything it sent is
/// read without blocking, then a read of 0 bytes means closed.
fn closed_by_peer(stream: &std::net::TcpStream) -> bool {
    use std::io::Read;
    stream.set_nonblocking(true).expect("nonblocking");
    let mut buffer = [0u8; 4096];
    let mut reader = stream;
    loop {
        match reader.read(&mut buffer) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return false,
            Err(_) => return true,
        }
    }
}

#[test]
fn a_collector_that_never_answers_delays_neither_ingestion_nor_shutdown() {
    let p = paths();
    // Accepts connections and never answers; keeps every one so the test can see whether the
    // daemon is still waiting on it.
    let blackhole = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = blackhole.local_addr().expect("addr").port();
    let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let holder = held.clone();
    let _held = std::thread::spawn(move || {
        for stream in blackhole.incoming().flatten() {
            holder.lock().expect("held").push(stream);
        }
    });
    // A timeout far longer than the test: an export, once sent, stays stuck.
    let yaml =
        format!("otlp:\n  endpoint: http://127.0.0.1:{port}\n  interval: 1s\n  timeout: 120s\n");
    let (mut daemon, addr) = start_daemon(&p.dir, &yaml, &[], &p.daemon_log);
    let err_log = p.daemon_log.with_extension("err");
    wait_for(
        "an export stuck in the collector",
        Duration::from_secs(30),
        Some(&err_log),
        || (!held.lock().expect("held").is_empty()).then_some(()),
    );
    let stuck: Vec<std::net::TcpStream> = held
        .lock()
        .expect("held")
        .iter()
        .map(|s| s.try_clone().expect("clone"))
        .collect();
    for i in 0..10 {
        let doc = webhook(
            "payments-api",
            &[(
                "PostgresTooManyConnections",
                &format!("fp{i}"),
                "firing",
                &ago(100 + i),
                "0001-01-01T00:00:00Z",
                "too many clients",
            )],
        );
        assert_eq!(post(addr, &doc, &[]).status, 200);
        assert_eq!(
            sample(
                &metrics_text(addr),
                r#"recurrence_incidents_total{service="payments-api",signature="connection_pool_exhaustion"}"#
            ),
            Some(1.0)
        );
    }
    // Every webhook and scrape was answered while the exports sent before them were still
    // waiting for the collector: neither waited for an export.
    assert!(
        stuck.iter().all(|s| !closed_by_peer(s)),
        "an export ended before the webhooks were answered"
    );
    // SIGTERM: the last export waits at most its 5 s budget (and the trace flush its own), so
    // the daemon exits long before the stuck exports' 120 s timeout (40 s is a third of it).
    let status = sigterm(&mut daemon, Duration::from_secs(40), &err_log);
    assert!(status.success(), "clean exit: {status:?}");
}

/// The token of the headers-file test: it must reach the receiver and no log line.
const SECRET: &str = "s3cret-otlp-token-7f3a";

#[test]
fn headers_file_is_sent_with_every_export_never_logged_and_a_bad_line_stops_start_up() {
    let p = paths();
    let port = free_port();
    let _receiver = start_receiver(port, &p.out, &p.receiver_log, &[]);
    let headers = p.dir.join("otlp-headers");
    std::fs::write(
        &headers,
        format!("# for the collector\nAuthorization: Bearer {SECRET}\n\nX-Scope-OrgID:team-b\n"),
    )
    .expect("headers file");
    let yaml = format!(
        "otlp:\n  endpoint: http://127.0.0.1:{port}\n  interval: 500ms\n  headers_file: {}\n",
        headers.display()
    );
    // Debug logs: the most the daemon ever writes, the HTTP client's own lines included.
    let (mut daemon, addr) = start_daemon(&p.dir, &yaml, &[], &p.daemon_log);
    let err_log = p.daemon_log.with_extension("err");
    ingest_history(addr);
    let bearer = format!("Bearer {SECRET}");
    let metrics = metrics_request_after(&p.out, unix_now(), 1, &err_log);
    assert_eq!(metrics["headers"]["authorization"], bearer.as_str());
    assert_eq!(metrics["headers"]["x-scope-orgid"], "team-b");
    let traces = wait_for(
        "a traces export",
        Duration::from_secs(20),
        Some(&err_log),
        || received(&p.out, "/v1/traces").into_iter().next(),
    );
    assert_eq!(traces["headers"]["authorization"], bearer.as_str());
    assert_eq!(traces["headers"]["x-scope-orgid"], "team-b");

    // The settings are read at start-up (README): a reload succeeds and the exports keep the
    // headers the daemon started with.
    std::fs::write(&headers, "Authorization: Bearer rotated\n").expect("rewrite");
    let reload = try_request(addr, "POST", "/-/reload", b"", &[]).expect("reload");
    assert_eq!(reload.status, 200, "{}", reload.body);
    let after = metrics_request_after(&p.out, unix_now(), 1, &err_log);
    assert_eq!(after["headers"]["authorization"], bearer.as_str());

    let status = sigterm(&mut daemon, Duration::from_secs(20), &err_log);
    assert!(status.success(), "clean exit: {status:?}");
    let logs = std::fs::read_to_string(&p.daemon_log).expect("stdout")
        + &std::fs::read_to_string(&err_log).expect("stderr");
    assert!(
        logs.contains("exporting metrics over OTLP"),
        "the daemon logged:\n{logs}"
    );
    assert!(
        !logs.contains(SECRET),
        "the header's value is in the daemon's logs:\n{logs}"
    );

    // A line that is not `Name: value` stops start-up, naming the file and the line but not
    // echoing what the line holds.
    std::fs::write(
        &headers,
        format!("Authorization: Bearer {SECRET}\n# next: no colon\nX-Token {SECRET}\n"),
    )
    .expect("bad headers file");
    let out = daemon_command(&p.dir, addr, &[])
        .output()
        .expect("run the daemon");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let expected = format!(
        "otlp.headers_file {} line 3: expected `Name: value`",
        headers.display()
    );
    assert!(
        stderr.contains(&expected),
        "wanted {expected:?} in:\n{stderr}"
    );
    assert!(!stderr.contains(SECRET), "the value is echoed:\n{stderr}");
}

/// The metrics requests the receiver got from the daemon listening on `addr` (the port ends
/// its `service.instance.id`).
fn metrics_from(out: &Path, addr: SocketAddr) -> Vec<Value> {
    let suffix = format!(":{}", addr.port());
    received(out, "/v1/metrics")
        .into_iter()
        .filter(|r| {
            attributes(&r["body"]["resourceMetrics"][0]["resource"])
                .iter()
                .any(|(k, v)| k == "service.instance.id" && v.ends_with(&suffix))
        })
        .collect()
}

#[test]
fn tls_exports_verify_the_receiver_and_present_the_client_certificate() {
    let p = paths();
    let pki = crate::security::Pki::new(&p.dir.join("pki"));
    let port = free_port();
    // The receiver serves the CA's certificate for 127.0.0.1 and requires a client certificate
    // signed by the same CA.
    let _receiver = start_receiver(
        port,
        &p.out,
        &p.receiver_log,
        &[
            format!("--tls-cert={}", pki.server_cert.display()),
            format!("--tls-key={}", pki.server_key.display()),
            format!("--client-ca={}", pki.ca.display()),
        ],
    );
    let endpoint = format!("https://127.0.0.1:{port}");
    let (cert, key) = (
        pki.client.0.display().to_string(),
        pki.client.1.display().to_string(),
    );
    let yaml = |tls: &str| {
        format!(
            "otlp:\n  endpoint: {endpoint}\n  interval: 500ms\n  timeout: 2s\n  tls:\n{tls}    cert_file: {cert}\n    key_file: {key}\n"
        )
    };
    let (ca, rogue_ca) = (pki.ca.display().to_string(), pki.rogue_ca.display());
    // (name, YAML, environment, whether the exports reach the receiver)
    let cases = [
        (
            "ca_file",
            yaml(&format!("    ca_file: {ca}\n")),
            vec![],
            true,
        ),
        (
            "environment",
            String::new(),
            vec![
                ("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint.as_str()),
                ("OTEL_EXPORTER_OTLP_CERTIFICATE", ca.as_str()),
                ("OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE", cert.as_str()),
                ("OTEL_EXPORTER_OTLP_CLIENT_KEY", key.as_str()),
                ("OTEL_METRIC_EXPORT_INTERVAL", "500"),
            ],
            true,
        ),
        (
            "insecure_skip_verify",
            yaml("    insecure_skip_verify: true\n"),
            vec![],
            true,
        ),
        (
            "another CA",
            yaml(&format!("    ca_file: {rogue_ca}\n")),
            vec![],
            false,
        ),
    ];
    // All four at once: the test takes as long as the slowest.
    let daemons: Vec<_> = cases
        .iter()
        .map(|(name, yaml, env, reaches)| {
            let dir = p.dir.join(name.replace(' ', "-"));
            std::fs::create_dir_all(&dir).expect("daemon dir");
            let log = dir.join("daemon.log");
            let (guard, addr) = start_daemon(&dir, yaml, env, &log);
            (*name, *reaches, guard, addr, log.with_extension("err"))
        })
        .collect();
    for (name, reaches, _daemon, addr, err_log) in &daemons {
        ingest_history(*addr);
        if *reaches {
            let request = wait_for(
                &format!("an export over TLS ({name})"),
                Duration::from_secs(20),
                Some(err_log),
                || metrics_from(&p.out, *addr).into_iter().next(),
            );
            assert_eq!(request["client_cn"], "client", "{name}: client certificate");
            assert_eq!(failures(*addr), 0.0, "{name}: no export failed");
            continue;
        }
        // A receiver whose certificate the CA did not sign gets nothing; the failures are
        // counted and logged, and ingestion does not wait for them.
        wait_for(
            &format!("counted failures ({name})"),
            Duration::from_secs(20),
            Some(err_log),
            || (failures(*addr) >= 2.0).then_some(()),
        );
        assert_ingestion_goes_on(*addr);
        assert!(
            metrics_from(&p.out, *addr).is_empty(),
            "{name}: an export reached the receiver"
        );
        let log = std::fs::read_to_string(err_log).expect("log");
        assert!(
            log.lines()
                .any(|l| l.contains("OTLP export failed") && l.contains("certificate")),
            "{name}: the failure names the certificate:\n{log}"
        );
    }
}

#[test]
fn sigterm_sends_the_metrics_one_last_time() {
    let p = paths();
    let port = free_port();
    let _receiver = start_receiver(port, &p.out, &p.receiver_log, &[]);
    // No periodic export falls within the test, so whatever arrives was sent at shutdown.
    let yaml = format!("otlp:\n  endpoint: http://127.0.0.1:{port}\n  interval: 1h\n");
    let (mut daemon, addr) = start_daemon(&p.dir, &yaml, &[], &p.daemon_log);
    let err_log = p.daemon_log.with_extension("err");
    ingest_history(addr);
    let scrape = exposition_samples(&metrics_text(addr));
    assert!(
        received(&p.out, "/v1/metrics").is_empty(),
        "an export before the hour-long interval"
    );

    let sent = Instant::now();
    let status = sigterm(&mut daemon, Duration::from_secs(20), &err_log);
    let took = sent.elapsed();
    assert!(status.success(), "clean exit: {status:?}");
    let requests = received(&p.out, "/v1/metrics");
    assert_eq!(
        requests.len(),
        1,
        "one export, at shutdown ({took:?} after SIGTERM); the daemon logged:\n{}",
        std::fs::read_to_string(&err_log).unwrap_or_default()
    );
    // It carries what the daemon held when it stopped: the history ingested after start-up.
    let exported = otlp_samples(&requests[0]);
    assert_same_samples(&scrape, &exported);
    let pool = r#"{service="payments-api",signature="connection_pool_exhaustion"}"#;
    assert_eq!(exported[&format!("recurrence_incidents_total{pool}")], 4.0);
}
