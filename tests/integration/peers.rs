//! Real peers: Debian's `prometheus-alertmanager` delivers the webhooks, Debian's `prometheus`
//! scrapes the daemon, and PromQL through Prometheus' HTTP API shows the recurrence. Also
//! `promtool check metrics` on the exposition. The test command installs both packages.

use std::net::SocketAddr;
use std::process::Command;
use std::time::Duration;

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");

fn rfc3339(offset_secs: i64) -> String {
    let t = time::OffsetDateTime::now_utc() + time::Duration::seconds(offset_secs);
    t.format(&time::format_description::well_known::Rfc3339)
        .expect("format")
}

/// Posts alerts to Alertmanager's v2 API.
fn post_alerts(am: SocketAddr, alerts: serde_json::Value) {
    let body = serde_json::to_vec(&alerts).expect("json");
    let r = request(am, "POST", "/api/v2/alerts", &body);
    assert_eq!(r.status, 200, "alertmanager refused alerts: {}", r.body);
}

fn alert(name: &str, description: &str, starts: i64, ends: i64) -> serde_json::Value {
    serde_json::json!({
        "labels": {"alertname": name, "service": "payments-api", "severity": "critical"},
        "annotations": {"description": description},
        "startsAt": rfc3339(starts),
        "endsAt": rfc3339(ends),
    })
}

fn daemon_metric(addr: SocketAddr, series: &str) -> Option<f64> {
    let r = try_request(addr, "GET", "/metrics", b"", &[]).ok()?;
    sample(&r.body, series)
}

/// Runs a PromQL instant query and returns the first sample's value.
fn promql(prom: SocketAddr, query: &str) -> Option<f64> {
    let mut encoded = String::new();
    for b in query.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    let r = try_request(
        prom,
        "GET",
        &format!("/api/v1/query?query={encoded}"),
        b"",
        &[],
    )
    .ok()?;
    let v: serde_json::Value = serde_json::from_str(&r.body).ok()?;
    v["data"]["result"][0]["value"][1].as_str()?.parse().ok()
}

#[test]
fn alertmanager_to_daemon_to_prometheus_shows_the_recurrence() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path();

    let daemon_port = free_port();
    let daemon: SocketAddr = format!("127.0.0.1:{daemon_port}").parse().expect("addr");
    let daemon_log = path.join("daemon.log");
    let _daemon = start(
        BIN,
        &[
            format!("--web.listen-address={daemon}"),
            format!("--storage.path={}", path.join("data").display()),
        ],
        &daemon_log,
    );
    wait_for(
        "daemon ready",
        Duration::from_secs(30),
        Some(&daemon_log),
        || {
            try_request(daemon, "GET", "/-/ready", b"", &[])
                .ok()
                .filter(|r| r.status == 200)
        },
    );

    let (_am, am, am_log) = start_alertmanager(
        path,
        &format!(
        "route:\n  receiver: recurrence\n  group_by: [service]\n  group_wait: 1s\n  group_interval: 1s\n  repeat_interval: 1h\nreceivers:\n  - name: recurrence\n    webhook_configs:\n      - url: http://{daemon}/webhook/alertmanager\n        send_resolved: true\n",
        ),
    );

    let prom_port = free_port();
    let prom: SocketAddr = format!("127.0.0.1:{prom_port}").parse().expect("addr");
    std::fs::write(
        path.join("prometheus.yml"),
        format!(
            "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: recurrence\n    static_configs:\n      - targets: ['{daemon}']\n"
        ),
    )
    .expect("prom config");
    let (_prom, prom_log) = start_prometheus(path, prom);

    let pool = r#"{service="payments-api",signature="connection_pool_exhaustion"}"#;
    let day = 86_400;
    // Six weeks ago: pool exhaustion seen as two alertnames at once.
    post_alerts(am, serde_json::json!([
        alert("PostgresTooManyConnections", "FATAL:  sorry, too many clients already", -42 * day, 3600),
        alert("HighRequestLatency", "p99 3s; HikariPool-1 - Connection is not available, request timed out after 30000ms.", -42 * day + 300, 3600),
    ]));
    wait_for(
        "both episodes delivered",
        Duration::from_secs(30),
        Some(&am_log),
        || daemon_metric(daemon, "recurrence_episodes_open").filter(|v| *v == 2.0),
    );
    // They resolved within half an hour, back then.
    post_alerts(am, serde_json::json!([
        alert("PostgresTooManyConnections", "FATAL:  sorry, too many clients already", -42 * day, -42 * day + 1200),
        alert("HighRequestLatency", "p99 3s; HikariPool-1 - Connection is not available, request timed out after 30000ms.", -42 * day + 300, -42 * day + 1800),
    ]));
    wait_for(
        "both episodes resolved",
        Duration::from_secs(30),
        Some(&am_log),
        || daemon_metric(daemon, "recurrence_episodes_open").filter(|v| *v == 0.0),
    );
    assert_eq!(
        daemon_metric(daemon, &format!("recurrence_incidents_total{pool}")),
        Some(1.0)
    );
    // Now the same root cause is back under a third alertname.
    post_alerts(am, serde_json::json!([
        alert("Http5xxRateHigh", "5xx at 12%: sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00", -600, 3600),
    ]));
    wait_for(
        "the recurrence delivered",
        Duration::from_secs(30),
        Some(&am_log),
        || daemon_metric(daemon, "recurrence_episodes_open").filter(|v| *v == 1.0),
    );

    let incidents = wait_for(
        "Prometheus to scrape the recurrence",
        Duration::from_secs(60),
        Some(&prom_log),
        || promql(prom, &format!("recurrence_incidents_total{pool}")).filter(|v| *v == 2.0),
    );
    assert_eq!(incidents, 2.0);
    assert_eq!(
        promql(prom, &format!("recurrence_incident_open{pool}")),
        Some(1.0)
    );
    assert_eq!(
        promql(prom, &format!("recurrence_interval_seconds_count{pool}")),
        Some(1.0)
    );
    // The interval runs from the end of the first incident (six weeks ago plus half an hour)
    // to the start of the recurrence (ten minutes ago).
    let interval =
        promql(prom, &format!("recurrence_interval_seconds_sum{pool}")).expect("interval sum");
    assert!(
        (interval - (42 * day - 1800 - 600) as f64).abs() < 5.0,
        "interval {interval}"
    );
    assert_eq!(promql(prom, "up{job=\"recurrence\"}"), Some(1.0));
}

#[test]
fn promtool_accepts_the_exposition() {
    let (addr, _guard, _dir) = {
        let dir = tempfile::tempdir().expect("tempdir");
        let port = free_port();
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
        let log = dir.path().join("daemon.log");
        let guard = start(
            BIN,
            &[
                format!("--web.listen-address={addr}"),
                format!("--storage.path={}", dir.path().join("data").display()),
            ],
            &log,
        );
        wait_for("daemon ready", Duration::from_secs(30), Some(&log), || {
            try_request(addr, "GET", "/-/ready", b"", &[])
                .ok()
                .filter(|r| r.status == 200)
        });
        (addr, guard, dir)
    };
    for f in ["01", "02", "03", "04", "05_webhook_alertmanager-max2"] {
        let name = if f.len() == 2 {
            format!("alertmanager-0.25/{f}_webhook_alertmanager.json")
        } else {
            format!("alertmanager-0.25/{f}.json")
        };
        assert_eq!(
            request(addr, "POST", "/webhook/alertmanager", &fixture(&name)).status,
            200
        );
    }
    assert_eq!(
        request(addr, "POST", "/webhook/alertmanager", b"{").status,
        400
    );
    let exposition = request(addr, "GET", "/metrics", b"").body;
    let mut child = Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("promtool (installed by the test command)");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(exposition.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("promtool");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "promtool check metrics failed:\n{report}\n{exposition}"
    );
    assert!(
        report.trim().is_empty(),
        "promtool lint findings:\n{report}"
    );
}

#[test]
fn backfill_from_the_alerts_series_of_a_real_prometheus() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path();
    let prom_port = free_port();
    let prom: SocketAddr = format!("127.0.0.1:{prom_port}").parse().expect("addr");
    std::fs::write(
        path.join("rules.yml"),
        "groups:\n  - name: backfill\n    interval: 1s\n    rules:\n      - alert: LegacyQueueStuck\n        expr: vector(1)\n        labels:\n          service: legacy-billing\n",
    )
    .expect("rules");
    std::fs::write(
        path.join("prometheus.yml"),
        "global:\n  evaluation_interval: 1s\nrule_files: [rules.yml]\n",
    )
    .expect("prom config");
    let (_prom, prom_log) = start_prometheus(path, prom);
    wait_for(
        "ALERTS to be recorded",
        Duration::from_secs(60),
        Some(&prom_log),
        || {
            promql(
                prom,
                "count_over_time(ALERTS{alertname=\"LegacyQueueStuck\"}[1m])",
            )
            .filter(|v| *v >= 3.0)
        },
    );
    let storage = format!("--storage.path={}", path.join("data").display());
    let import = |expect_new: u64| {
        let out = Command::new(BIN)
            .args([
                "import",
                &storage,
                &format!("--from-prometheus=http://{prom}"),
                "--since=10m",
                "--step=1s",
            ])
            .output()
            .expect("import");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("report");
        assert_eq!(report["new_episodes"], expect_new, "{report}");
    };
    import(1);
    import(0);

    let port = free_port();
    let daemon: SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
    let log = path.join("daemon.log");
    let _daemon = start(
        BIN,
        &[format!("--web.listen-address={daemon}"), storage.clone()],
        &log,
    );
    wait_for("daemon ready", Duration::from_secs(30), Some(&log), || {
        try_request(daemon, "GET", "/-/ready", b"", &[])
            .ok()
            .filter(|r| r.status == 200)
    });
    assert_eq!(
        daemon_metric(
            daemon,
            // A stuck queue is a backlog: the word stage of the catalogue reads the alertname.
            r#"recurrence_incidents_total{service="legacy-billing",signature="queue_backlog"}"#
        ),
        Some(1.0)
    );
    assert_eq!(daemon_metric(daemon, "recurrence_episodes_open"), Some(1.0));
}
