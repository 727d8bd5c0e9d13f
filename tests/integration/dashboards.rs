//! The Grafana dashboards and the Prometheus rules against the real thing: the structure of
//! the dashboard JSON (what Grafana's import needs), `promtool` on the rules, and every panel,
//! variable, annotation and rule query run by a real Prometheus that scrapes a daemon fed with
//! a known history. No Grafana is installable here, so the structural checks stand in for an
//! import and the Prometheus run stands in for the panels rendering data.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");
const DASHBOARDS: [&str; 2] = ["recurrence-overview.json", "recurrence-service.json"];
const RULES: &str = "config/prometheus/recurrence-rules.yml";
const RULES_TEST: &str = "config/prometheus/recurrence-rules_test.yml";
const VARIABLES: [&str; 5] = ["datasource", "job", "service", "signature", "window"];
const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;
const ZERO: &str = "0001-01-01T00:00:00Z";
const POOL: (&str, &str) = ("payments-api", "connection_pool_exhaustion");

/// One alert of the fed history: service, alertname, description (what the catalogue
/// classifies), start and end relative to now in seconds (`None` while firing), signature the
/// catalogue gives it.
struct Episode {
    service: &'static str,
    alertname: &'static str,
    description: &'static str,
    start: i64,
    end: Option<i64>,
    signature: &'static str,
}

/// The history: pool exhaustion in payments-api four times over 55 days under four
/// alertnames (the last one firing now), crash loops in search twice, one latency incident in
/// checkout, and one alert the catalogue does not know. Over 30 days that is 3 + 1 + 1 + 1.
const HISTORY: [Episode; 8] = [
    Episode {
        service: "payments-api",
        alertname: "PostgresTooManyConnections",
        description: "FATAL:  sorry, too many clients already",
        start: -55 * DAY,
        end: Some(-55 * DAY + 40 * 60),
        signature: "connection_pool_exhaustion",
    },
    Episode {
        service: "payments-api",
        alertname: "HighRequestLatency",
        description: "p99 3s; HikariPool-1 - Connection is not available, request timed out after 30000ms.",
        start: -25 * DAY,
        end: Some(-25 * DAY + HOUR),
        signature: "connection_pool_exhaustion",
    },
    Episode {
        service: "payments-api",
        alertname: "Http5xxRateHigh",
        description: "5xx at 12%: sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00",
        start: -12 * DAY,
        end: Some(-12 * DAY + 30 * 60),
        signature: "connection_pool_exhaustion",
    },
    Episode {
        service: "payments-api",
        alertname: "PgbouncerClientsWaitingForConnection",
        description: "pgbouncer clients waiting for a server connection",
        start: -2 * HOUR,
        end: None,
        signature: "connection_pool_exhaustion",
    },
    Episode {
        service: "checkout",
        alertname: "APIHighRequestLatency",
        description: "p99 latency above 1s for 10 minutes",
        start: -10 * DAY,
        end: Some(-10 * DAY + 20 * 60),
        signature: "high_latency",
    },
    Episode {
        service: "search",
        alertname: "KubePodCrashLooping",
        description: "Pod search/search-0 (search) is in waiting state (reason: \"CrashLoopBackOff\").",
        start: -40 * DAY,
        end: Some(-40 * DAY + HOUR),
        signature: "crash_loop",
    },
    Episode {
        service: "search",
        alertname: "KubePodCrashLooping",
        description: "Pod search/search-1 (search) is in waiting state (reason: \"CrashLoopBackOff\").",
        start: -6 * DAY,
        end: Some(-6 * DAY + HOUR),
        signature: "crash_loop",
    },
    Episode {
        service: "search",
        alertname: "HostHighCpuLoad",
        description: "CPU load is above 80% for 5 minutes",
        start: -DAY,
        end: Some(-DAY + 15 * 60),
        signature: "unclassified:HostHighCpuLoad",
    },
];

/// Dashboard queries whose empty result is right for the fed history `(dashboard, panel,
/// refId, why)`; every other query must return data.
const EMPTY_BY_DESIGN: &[(&str, &str, &str, &str)] = &[
    (
        "recurrence-overview.json",
        "Incidents over time by signature",
        "A",
        "increases seen by Prometheus; the history came before its first scrape (second phase)",
    ),
    (
        "recurrence-service.json",
        "Incidents over time by signature",
        "A",
        "increases seen by Prometheus (second phase)",
    ),
    (
        "recurrence-service.json",
        "Regressions over time",
        "A",
        "increases seen by Prometheus (second phase)",
    ),
    (
        "recurrence-service.json",
        "New alertnames for known signatures",
        "A",
        "increases seen by Prometheus (second phase)",
    ),
];

/// The second phase, fed while Prometheus watches: the open pool incident ends an hour ago
/// and pool exhaustion comes back now under an alertname never seen for it, so a new
/// incident, a regression after the declared fix and a new symptom are counted.
const COMEBACK_ALERTNAME: &str = "PostgresConnectionSlotsExhausted";

/// Alerts the second phase must make fire for the pool pair.
const COMEBACK_ALERTS: [&str; 2] = ["RegressionAfterFix", "NewSymptomForKnownSignature"];

/// Alerting rules this history must not make fire: no counter increases under Prometheus'
/// eyes (the history is there before the first scrape) and the exporter is up.
const QUIET_ALERTS: [&str; 5] = [
    "RegressionAfterFix",
    "ProbableRecurrence",
    "NewSymptomForKnownSignature",
    "RecurrenceExporterWebhookErrors",
    "RecurrenceExporterDown",
];

/// Declared fixes `(service, signature, ref, at)`: the pool fix 15 days ago did not hold (the
/// incident 12 days ago is a regression); the crash-loop fix 3 days ago holds so far.
const FIXES: [(&str, &str, &str, i64); 2] = [
    (
        "payments-api",
        "connection_pool_exhaustion",
        "PM-1234",
        -15 * DAY,
    ),
    ("search", "crash_loop", "PM-1300", -3 * DAY),
];

#[test]
fn dashboards_are_importable_and_name_only_exported_metrics() {
    let daemon = Daemon::start();
    feed_history(daemon.addr);
    // Label families appear in /metrics with their first sample: a refused document and a
    // truncated delivery bring the rejection and truncation counters.
    assert_eq!(
        request(daemon.addr, "POST", "/webhook/alertmanager", b"{").status,
        400
    );
    let mut truncated: Value =
        serde_json::from_slice(&webhook("checkout", &[])).expect("webhook json");
    truncated["truncatedAlerts"] = json!(2);
    let r = request(
        daemon.addr,
        "POST",
        "/webhook/alertmanager",
        truncated.to_string().as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let exported = exported_metric_names(&request(daemon.addr, "GET", "/metrics", b"").body);
    let recorded = recorded_metric_names();

    let mut problems = Vec::new();
    for name in DASHBOARDS {
        let dashboard = load_dashboard(name);
        problems.extend(
            structure_problems(&dashboard)
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
        for expr in dashboard_exprs(&dashboard).into_iter().map(|q| q.expr) {
            for metric in metric_names(&expr) {
                if metric.contains(':') {
                    if !recorded.contains(&metric) {
                        problems.push(format!("{name}: {metric} is not recorded by {RULES}"));
                    }
                } else if metric.starts_with("recurrence_")
                    && !exported.contains(&normalise(&metric))
                {
                    problems.push(format!("{name}: {metric} is not in /metrics"));
                }
            }
        }
    }
    for rule in rules() {
        for metric in metric_names(&rule.expr) {
            if metric.starts_with("recurrence_") && !exported.contains(&normalise(&metric)) {
                problems.push(format!("{RULES}: {metric} is not in /metrics"));
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn promtool_checks_and_tests_the_rules() {
    for args in [["check", "rules", RULES], ["test", "rules", RULES_TEST]] {
        let out = Command::new("promtool")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("promtool (installed by the test command)");
        assert!(
            out.status.success(),
            "promtool {}:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn every_dashboard_and_rule_query_runs_on_real_prometheus_with_the_expected_values() {
    let daemon = Daemon::start();
    let fed_at = feed_history(daemon.addr);
    let mut problems = Vec::new();

    let dir = daemon.dir.path();
    let prom_port = free_port();
    let prom: SocketAddr = format!("127.0.0.1:{prom_port}").parse().expect("addr");
    std::fs::write(
        dir.join("prometheus.yml"),
        format!(
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - {}\nscrape_configs:\n  - job_name: recurrence\n    static_configs:\n      - targets: ['{}']\n",
            repo(RULES).display(),
            daemon.addr
        ),
    )
    .expect("prometheus config");
    let (_prom, prom_log) = start_prometheus(dir, prom);
    wait_for(
        "Prometheus to scrape the four pairs",
        Duration::from_secs(60),
        Some(&prom_log),
        || {
            query(
                prom,
                r#"count(recurrence_incidents_total{job="recurrence"})"#,
            )
            .ok()
            .filter(|r| value(r) == Some(4.0))
        },
    );
    // The rules run every second; the recorded series appear one evaluation after the scrape.
    // Without the window metrics there is nothing to record, so this wait is bounded and only
    // noted.
    let recorded = wait_for(
        "rules evaluated",
        Duration::from_secs(20),
        Some(&prom_log),
        || {
            let rules = get_json(prom, "/api/v1/rules")?;
            let all: Vec<&Value> = rules["data"]["groups"]
                .as_array()?
                .iter()
                .flat_map(|g| g["rules"].as_array().into_iter().flatten())
                .collect();
            let evaluated = all.iter().all(|r| r["health"] != "unknown");
            evaluated.then(|| {
                std::thread::sleep(Duration::from_secs(2));
                get_json(prom, "/api/v1/rules").unwrap_or(rules)
            })
        },
    );
    for group in recorded["data"]["groups"].as_array().into_iter().flatten() {
        for rule in group["rules"].as_array().into_iter().flatten() {
            if rule["health"] != "ok" {
                problems.push(format!(
                    "rule {} is {}: {}",
                    rule["name"], rule["health"], rule["lastError"]
                ));
            }
        }
    }

    let mut results = BTreeMap::new();
    for name in DASHBOARDS {
        let service = if name == "recurrence-service.json" {
            POOL.0
        } else {
            ".*"
        };
        for q in dashboard_exprs(&load_dashboard(name)) {
            let expr = substitute(&q.expr, service);
            match query(prom, &expr) {
                Ok(r) => {
                    results.insert((name, q.panel.clone(), q.ref_id.clone()), r);
                }
                Err(e) => problems.push(format!(
                    "{name}: panel {:?} query {}: {expr}: {e}",
                    q.panel, q.ref_id
                )),
            }
        }
    }
    let mut alerts = BTreeMap::new();
    for rule in rules() {
        match query(prom, &rule.expr) {
            Ok(r) => {
                alerts.insert(rule.name.clone(), r);
            }
            Err(e) => problems.push(format!("rule {}: {}: {e}", rule.name, rule.expr)),
        }
    }

    // The key panels, with the values the history above must give.
    let mut check = Check {
        results: &results,
        problems: &mut problems,
    };
    let ov = "recurrence-overview.json";
    let sv = "recurrence-service.json";
    let (incidents, mean_interval) = pool_incidents_and_mean_interval();
    check.top(
        ov,
        "Top recurring pairs in the last $window",
        "A",
        POOL,
        3.0,
    );
    check.count(ov, "Top recurring pairs in the last $window", "A", 4);
    check.pair(
        ov,
        "Top recurring pairs in the last $window",
        "B",
        POOL,
        incidents,
    );
    check.near(
        ov,
        "Top recurring pairs in the last $window",
        "D",
        POOL,
        mean_interval,
        5.0,
    );
    // 2: the latest incident started after the latest fix; 1: the fix holds.
    check.pair(
        ov,
        "Top recurring pairs in the last $window",
        "F",
        POOL,
        2.0,
    );
    check.pair(
        ov,
        "Top recurring pairs in the last $window",
        "F",
        ("search", "crash_loop"),
        1.0,
    );
    check.scalar(ov, "Open incidents now", "A", 1.0);
    check.scalar(ov, "Incidents in the last $window", "A", 6.0);
    check.scalar(ov, "Recurring pairs in $window", "A", 1.0);
    check.scalar(ov, "Unclassified share in $window", "A", 1.0 / 6.0);
    check.labelled(
        ov,
        "Share of incidents by service in $window",
        "A",
        "service",
        "payments-api",
        0.5,
        true,
    );
    check.labelled(
        ov,
        "Largest service share in $window",
        "A",
        "service",
        "payments-api",
        0.5,
        true,
    );
    check.labelled(
        ov,
        "Top unclassified alertnames in $window",
        "A",
        "signature",
        "unclassified:HostHighCpuLoad",
        1.0,
        true,
    );
    check.near(
        ov,
        "Open incidents by pair",
        "A",
        POOL,
        2.0 * HOUR as f64,
        120.0,
    );
    check.near(
        ov,
        "Time since last incident per pair",
        "A",
        POOL,
        2.0 * HOUR as f64,
        120.0,
    );
    // Outages in 30 days: three pool outages of payments-api (observed), one latency outage
    // of checkout and two of search (unexplained): payments-api has half of them.
    check.labelled(
        ov,
        "Outages by cause in $window (observed vs probable)",
        "A",
        "cause",
        POOL.1,
        3.0,
        true,
    );
    check.count(
        ov,
        "Outages by cause in $window (observed vs probable)",
        "A",
        4,
    );
    check.labelled(
        ov,
        "Top services by outage share in $window",
        "A",
        "service",
        "payments-api",
        0.5,
        true,
    );
    check.labelled(
        sv,
        "Outages of $service in $window by cause and attribution",
        "A",
        "attribution",
        "observed",
        3.0,
        true,
    );
    check.count(
        sv,
        "Outages of $service in $window by cause and attribution",
        "A",
        1,
    );
    check.pair(ov, "Regressions after declared fixes", "A", POOL, 1.0);
    check.count(ov, "Regressions after declared fixes", "A", 1);
    check.top(ov, "Symptom drift", "A", POOL, 4.0);
    check.scalar(sv, "Incidents in the last $window", "A", 3.0);
    check.scalar(sv, "Signatures", "A", 1.0);
    check.scalar(sv, "Regressions", "A", 1.0);
    check.labelled(
        sv,
        "Signatures of $service",
        "B",
        "signature",
        POOL.1,
        incidents,
        true,
    );
    check.labelled(
        sv,
        "Intervals by bucket (now)",
        "A",
        "le",
        "+Inf",
        3.0,
        false,
    );

    // Every other query has data to show for this history: an empty result is a panel that
    // would render "No data", unless it is listed, with the reason, as empty by design.
    for ((dashboard, panel, ref_id), r) in &results {
        let listed = EMPTY_BY_DESIGN
            .iter()
            .any(|(d, p, q, _)| d == dashboard && p == panel && q == ref_id);
        if r.is_empty() != listed {
            problems.push(format!(
                "{dashboard}: panel {panel:?} query {ref_id}: {}",
                if listed {
                    "listed as empty by design, but has data"
                } else {
                    "no data for the fed history"
                }
            ));
        }
    }
    for rule in rules() {
        let empty = alerts.get(&rule.name).is_none_or(|r| r.is_empty());
        let quiet = QUIET_ALERTS.contains(&rule.name.as_str());
        if empty != quiet {
            problems.push(format!(
                "rule {}: {}",
                rule.name,
                if quiet {
                    "selects something, but this history should not make it fire"
                } else {
                    "selects nothing for the fed history"
                }
            ));
        }
    }

    // The template variables list what the history has.
    for (name, label, service, expected) in [
        (ov, "job", ".*", vec!["recurrence"]),
        (
            ov,
            "service",
            ".*",
            vec!["checkout", "payments-api", "search"],
        ),
        (ov, "window", ".*", vec!["30d", "7d", "90d"]),
        (sv, "signature", POOL.0, vec![POOL.1]),
    ] {
        let dashboard = load_dashboard(name);
        let var = variables(&dashboard)
            .into_iter()
            .find(|v| v["name"] == label)
            .expect("variable");
        let definition = var["definition"].as_str().unwrap_or_default();
        let Some((selector, label_name)) = label_values(definition) else {
            problems.push(format!(
                "{name}: ${label}: not label_values(): {definition}"
            ));
            continue;
        };
        let expr = format!(
            "count by ({label_name}) ({})",
            substitute(&selector, service)
        );
        match query(prom, &expr) {
            Ok(r) => {
                let got: BTreeSet<String> = r
                    .iter()
                    .map(|(l, _)| l.get(&label_name).cloned().unwrap_or_default())
                    .collect();
                let want: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
                if got != want {
                    problems.push(format!("{name}: ${label} lists {got:?}, expected {want:?}"));
                }
            }
            Err(e) => problems.push(format!("{name}: ${label}: {expr}: {e}")),
        }
    }

    // Each alert's expression (without its `for`) selects what the history should.
    let firing = |name: &str| -> Vec<BTreeMap<String, String>> {
        alerts
            .get(name)
            .map(|r| r.iter().map(|(l, _)| l.clone()).collect())
            .unwrap_or_default()
    };
    let recurring = firing("SignatureRecurring");
    if recurring.len() != 1
        || recurring[0].get("service").map(String::as_str) != Some(POOL.0)
        || recurring[0].get("signature").map(String::as_str) != Some(POOL.1)
    {
        problems.push(format!(
            "SignatureRecurring selects {recurring:?}, expected only {POOL:?}"
        ));
    }
    // The history was there before the first scrape, so no counter increased under
    // Prometheus' eyes; every exporter target is up and answered 200.
    for name in [
        "RegressionAfterFix",
        "ProbableRecurrence",
        "NewSymptomForKnownSignature",
        "RecurrenceExporterWebhookErrors",
        "RecurrenceExporterDown",
    ] {
        if !firing(name).is_empty() {
            problems.push(format!("{name} selects {:?}", firing(name)));
        }
    }

    // The second phase: what only increases under Prometheus' eyes show.
    feed_comeback(daemon.addr, fed_at);
    let first_data = |expr: &str| {
        poll(Duration::from_secs(30), || {
            query(prom, expr).ok().filter(|r| !r.is_empty())
        })
    };
    for (name, panel, ref_id, _) in EMPTY_BY_DESIGN {
        let dashboard = load_dashboard(name);
        let service = if *name == "recurrence-service.json" {
            POOL.0
        } else {
            ".*"
        };
        let Some(q) = dashboard_exprs(&dashboard)
            .into_iter()
            .find(|q| q.panel == *panel && q.ref_id == *ref_id)
        else {
            problems.push(format!("{name}: no panel {panel:?} query {ref_id}"));
            continue;
        };
        match first_data(&substitute(&q.expr, service)) {
            Some(r) if Check::find(&r, "signature", POOL.1).is_some() => {}
            other => problems.push(format!(
                "{name}: panel {panel:?} query {ref_id}: no {} after the comeback: {other:?}",
                POOL.1
            )),
        }
    }
    for name in COMEBACK_ALERTS {
        let Some(rule) = rules().into_iter().find(|r| r.name == name) else {
            problems.push(format!("no rule {name}"));
            continue;
        };
        match first_data(&rule.expr) {
            Some(r) if r.len() == 1 && Check::find_pair(&r, POOL).is_some() => {}
            other => problems.push(format!(
                "{name} should select only {POOL:?} after the comeback: {other:?}"
            )),
        }
    }

    assert!(
        problems.is_empty(),
        "{} problems:\n{}\n--- prometheus log ---\n{}",
        problems.len(),
        problems.join("\n"),
        std::fs::read_to_string(&prom_log).unwrap_or_default()
    );
}

/// The recurrence daemon binary on a free port with a temporary store.
struct Daemon {
    addr: SocketAddr,
    dir: tempfile::TempDir,
    _guard: ChildGuard,
}

impl Daemon {
    fn start() -> Daemon {
        let dir = tempfile::tempdir().expect("tempdir");
        let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
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
        Daemon {
            addr,
            dir,
            _guard: guard,
        }
    }
}

/// `base` moved by `offset_secs`, in RFC 3339.
fn rfc3339(base: time::OffsetDateTime, offset_secs: i64) -> String {
    (base + time::Duration::seconds(offset_secs))
        .format(&time::format_description::well_known::Rfc3339)
        .expect("format")
}

/// Declares the fixes and posts the history, one webhook document per alert; a fix refused,
/// a document refused or an alert classified otherwise than planned fails the test at once.
fn feed_history(addr: SocketAddr) -> time::OffsetDateTime {
    let now = time::OffsetDateTime::now_utc();
    for (service, signature, reference, at) in FIXES {
        let body = json!({"service": service, "signature": signature, "ref": reference, "at": rfc3339(now, at)});
        let r = request(addr, "POST", "/api/v1/fixes", body.to_string().as_bytes());
        assert_eq!(r.status, 201, "POST /api/v1/fixes {reference}: {}", r.body);
    }
    for (i, e) in HISTORY.iter().enumerate() {
        let fingerprint = format!("{:016x}", i + 1);
        let (status, end) = match e.end {
            Some(end) => ("resolved", rfc3339(now, end)),
            None => ("firing", ZERO.to_string()),
        };
        let doc = webhook(
            e.service,
            &[(
                e.alertname,
                &fingerprint,
                status,
                &rfc3339(now, e.start),
                &end,
                e.description,
            )],
        );
        let r = request(addr, "POST", "/webhook/alertmanager", &doc);
        assert_eq!(r.status, 200, "{} {}: {}", e.service, e.alertname, r.body);
    }
    let metrics = request(addr, "GET", "/metrics", b"").body;
    for e in &HISTORY {
        let series = format!(
            "recurrence_incidents_total{{service=\"{}\",signature=\"{}\"}}",
            e.service, e.signature
        );
        assert!(
            sample(&metrics, &series).is_some(),
            "{} was not classified as {}",
            e.alertname,
            e.signature
        );
    }
    now
}

/// The second phase: the open pool episode resolved an hour ago, then pool exhaustion again
/// now under a new alertname; each document must be acknowledged and classified as the pool.
fn feed_comeback(addr: SocketAddr, fed_at: time::OffsetDateTime) {
    let now = time::OffsetDateTime::now_utc();
    let open = HISTORY
        .iter()
        .position(|e| e.end.is_none())
        .expect("one open episode");
    let e = &HISTORY[open];
    let resolve = webhook(
        e.service,
        &[(
            e.alertname,
            &format!("{:016x}", open + 1),
            "resolved",
            &rfc3339(fed_at, e.start),
            &rfc3339(now, -HOUR),
            e.description,
        )],
    );
    let r = request(addr, "POST", "/webhook/alertmanager", &resolve);
    assert_eq!(r.status, 200, "resolving {}: {}", e.alertname, r.body);
    // A fix declared after it ended, which the comeback breaks.
    let fix = json!({"service": POOL.0, "signature": POOL.1, "ref": "PM-1400", "at": rfc3339(now, -30 * 60)});
    let r = request(addr, "POST", "/api/v1/fixes", fix.to_string().as_bytes());
    assert_eq!(r.status, 201, "POST /api/v1/fixes PM-1400: {}", r.body);
    let comeback = webhook(
        POOL.0,
        &[(
            COMEBACK_ALERTNAME,
            "comeback",
            "firing",
            &rfc3339(now, -60),
            ZERO,
            "FATAL:  remaining connection slots are reserved for non-replication superuser connections",
        )],
    );
    let r = request(addr, "POST", "/webhook/alertmanager", &comeback);
    assert_eq!(r.status, 200, "{COMEBACK_ALERTNAME}: {}", r.body);
    // The comeback is a new open incident, a regression of the new fix, and a new alertname.
    let r = request(addr, "GET", "/api/v1/incidents?service=payments-api", b"");
    let list: Value = serde_json::from_str(&r.body).expect("incidents json");
    let comeback = list["data"].as_array().into_iter().flatten().find(|i| {
        i["alertnames"]
            .as_array()
            .is_some_and(|names| names.iter().any(|n| n == COMEBACK_ALERTNAME))
    });
    assert!(
        comeback.is_some_and(|i| i["open"] == true
            && i["alertnames"].as_array().map(Vec::len) == Some(1)
            && i["regression"]["ref"] == "PM-1400"),
        "the comeback is a new incident breaking PM-1400: {}",
        r.body
    );
}

/// Polls `check` until it gives `Some`, or `None` after `timeout`.
fn poll<T>(timeout: Duration, mut check: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Some(v) = check() {
            return Some(v);
        }
        if std::time::Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
}

/// Incidents of the pool pair and their mean interval (end of one to start of the next).
fn pool_incidents_and_mean_interval() -> (f64, f64) {
    let pool: Vec<&Episode> = HISTORY
        .iter()
        .filter(|e| (e.service, e.signature) == POOL)
        .collect();
    let gaps: Vec<i64> = pool
        .windows(2)
        .map(|w| w[1].start - w[0].end.expect("only the last is open"))
        .collect();
    (
        pool.len() as f64,
        gaps.iter().sum::<i64>() as f64 / gaps.len() as f64,
    )
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn load_dashboard(name: &str) -> Value {
    let path = repo("dashboards").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} is not valid JSON: {e}"))
}

/// Every panel, those nested in collapsed rows included.
fn panels(dashboard: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    for p in dashboard["panels"].as_array().into_iter().flatten() {
        out.push(p);
        out.extend(p["panels"].as_array().into_iter().flatten());
    }
    out
}

fn variables(dashboard: &Value) -> Vec<&Value> {
    dashboard["templating"]["list"]
        .as_array()
        .into_iter()
        .flatten()
        .collect()
}

/// One PromQL expression of a dashboard: a panel target, an annotation (panel "annotation:
/// NAME") or a variable's `label_values()` selector (panel "variable: NAME").
struct DashboardQuery {
    panel: String,
    ref_id: String,
    expr: String,
}

fn dashboard_exprs(dashboard: &Value) -> Vec<DashboardQuery> {
    let mut out = Vec::new();
    for p in panels(dashboard) {
        for t in p["targets"].as_array().into_iter().flatten() {
            out.push(DashboardQuery {
                panel: p["title"].as_str().unwrap_or_default().to_string(),
                ref_id: t["refId"].as_str().unwrap_or_default().to_string(),
                expr: t["expr"].as_str().unwrap_or_default().to_string(),
            });
        }
    }
    for a in dashboard["annotations"]["list"]
        .as_array()
        .into_iter()
        .flatten()
    {
        if let Some(expr) = a["expr"].as_str() {
            out.push(DashboardQuery {
                panel: format!("annotation: {}", a["name"].as_str().unwrap_or_default()),
                ref_id: "A".into(),
                expr: expr.to_string(),
            });
        }
    }
    for v in variables(dashboard) {
        if let Some((selector, _)) = label_values(v["definition"].as_str().unwrap_or_default()) {
            out.push(DashboardQuery {
                panel: format!("variable: {}", v["name"].as_str().unwrap_or_default()),
                ref_id: "A".into(),
                expr: selector,
            });
        }
    }
    out
}

/// `label_values(SELECTOR, LABEL)` → (SELECTOR, LABEL).
fn label_values(definition: &str) -> Option<(String, String)> {
    let inner = definition
        .trim()
        .strip_prefix("label_values(")?
        .strip_suffix(')')?;
    let (selector, label) = inner.rsplit_once(',')?;
    Some((selector.trim().to_string(), label.trim().to_string()))
}

/// What Grafana would send for the test's choice of variables.
fn substitute(expr: &str, service: &str) -> String {
    let mut out = expr.to_string();
    // Longest names first so that no name is replaced inside a longer one.
    for (var, value) in [
        ("__rate_interval", "1m"),
        ("__interval", "15s"),
        ("__range", "1h"),
        ("signature", ".*"),
        ("service", service),
        ("window", "30d"),
        ("job", "recurrence"),
    ] {
        out = out
            .replace(&format!("${{{var}}}"), value)
            .replace(&format!("${var}"), value);
    }
    out
}

fn structure_problems(dashboard: &Value) -> Vec<String> {
    let ds = json!({"type": "prometheus", "uid": "${datasource}"});
    let mut problems = Vec::new();
    if !dashboard["schemaVersion"].is_u64() {
        problems.push("no schemaVersion".to_string());
    }
    if dashboard.get("__inputs").is_some() {
        problems.push("has __inputs (it would need them filled on import)".to_string());
    }
    if !dashboard["uid"].is_string() || !dashboard["title"].is_string() {
        problems.push("no uid or title".to_string());
    }
    let mut ids = BTreeSet::new();
    for p in panels(dashboard) {
        let title = p["title"].as_str().unwrap_or_default();
        match p["id"].as_u64() {
            Some(id) if !ids.insert(id) => problems.push(format!("panel id {id} repeated")),
            Some(_) => {}
            None => problems.push(format!("panel {title:?} has no id")),
        }
        for k in ["x", "y", "w", "h"] {
            if !p["gridPos"][k].is_u64() {
                problems.push(format!("panel {title:?} has no gridPos.{k}"));
            }
        }
        if p["type"] == "row" {
            continue;
        }
        if p["datasource"] != ds {
            problems.push(format!("panel {title:?} datasource is {}", p["datasource"]));
        }
        let targets = p["targets"].as_array().cloned().unwrap_or_default();
        if targets.is_empty() {
            problems.push(format!("panel {title:?} has no targets"));
        }
        for t in &targets {
            if t["datasource"] != ds {
                problems.push(format!(
                    "panel {title:?} target {} datasource is {}",
                    t["refId"], t["datasource"]
                ));
            }
            if t["expr"].as_str().is_none_or(|e| e.trim().is_empty()) {
                problems.push(format!("panel {title:?} target {} has no expr", t["refId"]));
            }
        }
    }
    let vars = variables(dashboard);
    for name in VARIABLES {
        if !vars.iter().any(|v| v["name"] == name) {
            problems.push(format!("no ${name} variable"));
        }
    }
    for v in vars {
        if v["name"] == "datasource" {
            if v["type"] != "datasource" || v["query"] != "prometheus" {
                problems.push(format!("$datasource is {} {}", v["type"], v["query"]));
            }
        } else if v["type"] == "query" && v["datasource"] != ds {
            problems.push(format!(
                "${} datasource is {}",
                v["name"].as_str().unwrap_or_default(),
                v["datasource"]
            ));
        }
    }
    // Anywhere in the document, a datasource is the variable and no uid but the dashboard's
    // own names a thing: a hard-coded datasource uid would not exist in another Grafana.
    walk(dashboard, "", &mut |path, key, value| {
        if key == "datasource" && *value != ds {
            problems.push(format!("{path}: datasource {value}"));
        }
        if key == "uid" && path != "/uid" && value != "${datasource}" {
            problems.push(format!("{path}: hard-coded uid {value}"));
        }
    });
    problems
}

/// Calls `f(path, key, value)` for every object member in `v`.
fn walk(v: &Value, path: &str, f: &mut dyn FnMut(&str, &str, &Value)) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = format!("{path}/{k}");
                f(&p, k, child);
                walk(child, &p, f);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(child, &format!("{path}/{i}"), f);
            }
        }
        _ => {}
    }
}

/// Metric names in a PromQL expression: identifiers outside string literals that are not
/// followed by `(` (functions) and not keywords, grouping labels or durations. Only names
/// starting with `recurrence_` or holding a `:` (recorded) are checked by the callers, so the
/// filter need not be exact.
fn metric_names(expr: &str) -> BTreeSet<String> {
    let without_strings = regex::Regex::new(r#""(?:[^"\\]|\\.)*""#)
        .expect("regex")
        .replace_all(expr, "\"\"");
    regex::Regex::new(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
        .expect("regex")
        .find_iter(&without_strings)
        .map(|m| m.as_str().to_string())
        .filter(|m| m.starts_with("recurrence_") || m.contains(':'))
        .collect()
}

/// A sample name without the suffixes of histograms and counters, so that
/// `recurrence_interval_seconds_bucket` and `recurrence_interval_seconds` compare equal.
fn normalise(name: &str) -> String {
    for suffix in ["_bucket", "_sum", "_count", "_total"] {
        if let Some(base) = name.strip_suffix(suffix) {
            return base.to_string();
        }
    }
    name.to_string()
}

/// Names in an exposition, from its `# TYPE` lines (families without samples yet) and its
/// samples.
fn exported_metric_names(exposition: &str) -> BTreeSet<String> {
    exposition
        .lines()
        .filter_map(|line| match line.strip_prefix("# TYPE ") {
            Some(rest) => rest.split_whitespace().next(),
            None if line.starts_with('#') => None,
            None => line.split(['{', ' ']).next(),
        })
        .filter(|name| !name.is_empty())
        .map(normalise)
        .collect()
}

struct Rule {
    name: String,
    expr: String,
}

fn rules() -> Vec<Rule> {
    let text = std::fs::read_to_string(repo(RULES)).expect("rules file");
    let doc: Value = serde_saphyr::from_str(&text).expect("rules file is YAML");
    doc["groups"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|g| g["rules"].as_array().into_iter().flatten())
        .map(|r| Rule {
            name: r["alert"]
                .as_str()
                .or(r["record"].as_str())
                .unwrap_or_default()
                .to_string(),
            expr: r["expr"].as_str().unwrap_or_default().to_string(),
        })
        .collect()
}

fn recorded_metric_names() -> BTreeSet<String> {
    let text = std::fs::read_to_string(repo(RULES)).expect("rules file");
    let doc: Value = serde_saphyr::from_str(&text).expect("rules file is YAML");
    doc["groups"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|g| g["rules"].as_array().into_iter().flatten())
        .filter_map(|r| r["record"].as_str().map(str::to_string))
        .collect()
}

type Series = Vec<(BTreeMap<String, String>, f64)>;

fn get_json(addr: SocketAddr, path: &str) -> Option<Value> {
    let r = try_request(addr, "GET", path, b"", &[]).ok()?;
    serde_json::from_str(&r.body).ok()
}

/// An instant query through Prometheus' HTTP API: the samples, or Prometheus' error.
fn query(prom: SocketAddr, expr: &str) -> Result<Series, String> {
    let mut encoded = String::new();
    for b in expr.bytes() {
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
    .map_err(|e| e.to_string())?;
    let v: Value = serde_json::from_str(&r.body).map_err(|e| format!("{e}: {}", r.body))?;
    if v["status"] != "success" {
        return Err(format!("{}: {}", v["errorType"], v["error"]));
    }
    let data = &v["data"];
    let rows = match data["resultType"].as_str() {
        Some("vector") => data["result"].as_array().cloned().unwrap_or_default(),
        Some("scalar") => vec![json!({"metric": {}, "value": data["result"]})],
        other => return Err(format!("unexpected result type {other:?}")),
    };
    Ok(rows
        .iter()
        .map(|row| {
            let labels = row["metric"]
                .as_object()
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                        .collect()
                })
                .unwrap_or_default();
            let value = row["value"][1]
                .as_str()
                .and_then(|s| s.parse().ok())
                .unwrap_or(f64::NAN);
            (labels, value)
        })
        .collect())
}

/// The single value of a one-sample result.
fn value(r: &Series) -> Option<f64> {
    match r.as_slice() {
        [(_, v)] => Some(*v),
        _ => None,
    }
}

/// Expected values of panel queries; each mismatch becomes a problem, not a panic, so one
/// run reports all of them.
struct Check<'a> {
    results: &'a BTreeMap<(&'static str, String, String), Series>,
    problems: &'a mut Vec<String>,
}

impl Check<'_> {
    fn get(&mut self, dashboard: &'static str, panel: &str, ref_id: &str) -> Option<&Series> {
        let r = self
            .results
            .get(&(dashboard, panel.to_string(), ref_id.to_string()));
        if r.is_none() {
            self.problems.push(format!(
                "{dashboard}: no result for panel {panel:?} query {ref_id}"
            ));
        }
        r
    }

    fn find(r: &Series, label: &str, value: &str) -> Option<f64> {
        r.iter()
            .find(|(l, _)| l.get(label).map(String::as_str) == Some(value))
            .map(|(_, v)| *v)
    }

    fn find_pair(r: &Series, (service, signature): (&str, &str)) -> Option<f64> {
        r.iter()
            .find(|(l, _)| {
                l.get("service").map(String::as_str) == Some(service)
                    && l.get("signature").map(String::as_str) == Some(signature)
            })
            .map(|(_, v)| *v)
    }

    fn report(&mut self, what: String, ok: bool, r: &Series) {
        if !ok {
            self.problems.push(format!("{what}; got {r:?}"));
        }
    }

    /// The first row is `pair` with `expected`.
    fn top(
        &mut self,
        d: &'static str,
        panel: &str,
        ref_id: &str,
        pair: (&str, &str),
        expected: f64,
    ) {
        let Some(r) = self.get(d, panel, ref_id).cloned() else {
            return;
        };
        let ok = r.first().is_some_and(|(l, v)| {
            l.get("service").map(String::as_str) == Some(pair.0)
                && l.get("signature").map(String::as_str) == Some(pair.1)
                && *v == expected
        });
        self.report(
            format!("{d}: {panel:?} {ref_id}: expected {pair:?} = {expected} first"),
            ok,
            &r,
        );
    }

    fn count(&mut self, d: &'static str, panel: &str, ref_id: &str, expected: usize) {
        let Some(r) = self.get(d, panel, ref_id).cloned() else {
            return;
        };
        self.report(
            format!("{d}: {panel:?} {ref_id}: expected {expected} rows"),
            r.len() == expected,
            &r,
        );
    }

    fn pair(
        &mut self,
        d: &'static str,
        panel: &str,
        ref_id: &str,
        pair: (&str, &str),
        expected: f64,
    ) {
        self.near(d, panel, ref_id, pair, expected, 1e-9);
    }

    fn near(
        &mut self,
        d: &'static str,
        panel: &str,
        ref_id: &str,
        pair: (&str, &str),
        expected: f64,
        tolerance: f64,
    ) {
        let Some(r) = self.get(d, panel, ref_id).cloned() else {
            return;
        };
        let ok = Self::find_pair(&r, pair).is_some_and(|v| (v - expected).abs() <= tolerance);
        self.report(
            format!("{d}: {panel:?} {ref_id}: expected {pair:?} = {expected} ± {tolerance}"),
            ok,
            &r,
        );
    }

    fn scalar(&mut self, d: &'static str, panel: &str, ref_id: &str, expected: f64) {
        let Some(r) = self.get(d, panel, ref_id).cloned() else {
            return;
        };
        let ok = value(&r).is_some_and(|v| (v - expected).abs() < 1e-9);
        self.report(
            format!("{d}: {panel:?} {ref_id}: expected one value {expected}"),
            ok,
            &r,
        );
    }

    /// The row whose `label` is `value` has `expected`; with `first`, it is the first row.
    #[allow(clippy::too_many_arguments)]
    fn labelled(
        &mut self,
        d: &'static str,
        panel: &str,
        ref_id: &str,
        label: &str,
        value: &str,
        expected: f64,
        first: bool,
    ) {
        let Some(r) = self.get(d, panel, ref_id).cloned() else {
            return;
        };
        let ok = if first {
            r.first().is_some_and(|(l, v)| {
                l.get(label).map(String::as_str) == Some(value) && (v - expected).abs() < 1e-9
            })
        } else {
            Self::find(&r, label, value).is_some_and(|v| (v - expected).abs() < 1e-9)
        };
        self.report(
            format!(
                "{d}: {panel:?} {ref_id}: expected {label}={value} = {expected}{}",
                if first { " first" } else { "" }
            ),
            ok,
            &r,
        );
    }
}
