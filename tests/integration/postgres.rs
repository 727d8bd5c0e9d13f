//! The PostgreSQL backend with a real PostgreSQL (Debian's `postgresql`, a throwaway cluster
//! per test): the end-to-end story and bad input as on SQLite, two replicas behind a real
//! Alertmanager HA pair with one replica SIGKILLed mid-stream, and PostgreSQL stopped and
//! started under load.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::process::Child;
use std::time::{Duration, Instant};

use crate::pgcluster::PgCluster;
use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");

fn postgres_config(cluster: &PgCluster) -> String {
    format!("storage:\n  postgres:\n    url: {}\n", cluster.url())
}

/// Sum of every sample of a metric family.
fn total(exposition: &str, family: &str) -> f64 {
    exposition
        .lines()
        .filter(|l| {
            l.strip_prefix(family)
                .is_some_and(|rest| rest.starts_with('{') || rest.starts_with(' '))
        })
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

fn pool_alert(name: &str, fingerprint: &str, status: &str, start: &str, end: &str) -> Vec<u8> {
    webhook(
        "payments-api",
        &[(
            name,
            fingerprint,
            status,
            start,
            end,
            "HikariPool-1 - Connection is not available, request timed out after 30000ms",
        )],
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_story_bad_input_fixes_and_restart_on_postgres() {
    let cluster = PgCluster::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let config = postgres_config(&cluster);
    let app = spawn_app_in(&dir.path().join("data"), &config).await;

    // Two incidents six weeks apart, the second still firing.
    let first = pool_alert(
        "DBPool",
        "fp-1",
        "resolved",
        "2026-09-01T10:00:00Z",
        "2026-09-01T10:30:00Z",
    );
    let second = pool_alert(
        "DBPool",
        "fp-1",
        "firing",
        "2026-10-13T10:00:00Z",
        "0001-01-01T00:00:00Z",
    );
    assert_eq!(app.post("/webhook/alertmanager", &first).await.status, 200);
    assert_eq!(app.post("/webhook/alertmanager", &second).await.status, 200);
    // The same again (the second Alertmanager of a pair): nothing new.
    let again = app.post("/webhook/alertmanager", &second).await;
    assert_eq!(again.status, 200);
    let series = r#"recurrence_incidents_total{service="payments-api",signature="connection_pool_exhaustion"}"#;
    assert_eq!(app.metric(series).await, Some(2.0));
    assert_eq!(cluster.query("SELECT count(*) FROM episodes").trim(), "2");

    // Bad input: refused naming the problem, nothing stored.
    let bad = app
        .post("/webhook/alertmanager", b"{\"alerts\": [{\"labels\": 1}]}")
        .await;
    assert_eq!(bad.status, 400, "{}", bad.body);
    assert_eq!(cluster.query("SELECT count(*) FROM episodes").trim(), "2");

    // A fix, stored in PostgreSQL and listed.
    let fix = app
        .post(
            "/api/v1/fixes",
            br#"{"service":"payments-api","signature":"connection_pool_exhaustion","ref":"PM-1","at":"2026-09-20T00:00:00Z"}"#,
        )
        .await;
    assert!(
        fix.status == 200 || fix.status == 201,
        "{} {}",
        fix.status,
        fix.body
    );
    assert_eq!(cluster.query("SELECT ref FROM fixes").trim(), "PM-1");
    let regressions = r#"recurrence_regressions_total{service="payments-api",signature="connection_pool_exhaustion"}"#;
    assert_eq!(app.metric(regressions).await, Some(1.0));

    // The incident API reads settled and recent incidents through the PostgreSQL reader.
    let incidents = app.get("/api/v1/incidents?service=payments-api").await;
    assert_eq!(incidents.status, 200, "{}", incidents.body);
    assert!(
        incidents.body.contains("2026-10-13T10:00:00"),
        "{}",
        incidents.body
    );

    let before = app.get("/metrics").await.body;
    app.stop().await;
    // A new process (any replica) rebuilds the same figures from PostgreSQL.
    let app = spawn_app_in(&dir.path().join("data2"), &config).await;
    let after = app.get("/metrics").await.body;
    for family in [
        "recurrence_incidents_total",
        "recurrence_regressions_total",
        "recurrence_incident_open",
        "recurrence_outages_total",
    ] {
        assert_eq!(
            total(&before, family),
            total(&after, family),
            "{family} after restart"
        );
    }
    assert_eq!(app.metric(series).await, Some(2.0));
    // Nothing was written to the SQLite path: the history is in PostgreSQL only.
    assert!(!dir.path().join("data2").join("recurrence.db").exists());
    app.stop().await;
}

/// A daemon replica: the real binary on PostgreSQL.
struct Replica {
    child: Option<Child>,
    addr: SocketAddr,
    log: std::path::PathBuf,
    url: String,
}

impl Replica {
    fn start(url: &str, log: std::path::PathBuf) -> Replica {
        let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
        let mut replica = Replica {
            child: None,
            addr,
            log,
            url: url.to_string(),
        };
        replica.spawn();
        replica
    }

    fn spawn(&mut self) {
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .expect("log");
        let child = std::process::Command::new(BIN)
            .args([
                format!("--web.listen-address={}", self.addr),
                format!("--storage.postgres.url={}", self.url),
            ])
            .stdout(out.try_clone().expect("dup"))
            .stderr(out)
            .spawn()
            .expect("start replica");
        self.child = Some(child);
        let addr = self.addr;
        wait_for(
            "replica ready",
            Duration::from_secs(60),
            Some(&self.log),
            || {
                try_request(addr, "GET", "/-/ready", b"", &[])
                    .ok()
                    .filter(|r| r.status == 200)
            },
        );
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn metrics(&self) -> String {
        request(self.addr, "GET", "/metrics", b"").body
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Two Alertmanagers clustered on loopback, each delivering every notification to both
/// replicas.
fn alertmanager_pair(
    dir: &std::path::Path,
    replicas: &[SocketAddr],
) -> Vec<(ChildGuard, SocketAddr)> {
    let hooks: String = replicas
        .iter()
        .map(|r| {
            format!("      - url: http://{r}/webhook/alertmanager\n        send_resolved: true\n")
        })
        .collect();
    let config = format!(
        "route:\n  receiver: replicas\n  group_by: [alertname, instance]\n  group_wait: 1s\n  group_interval: 2s\n  repeat_interval: 1h\nreceivers:\n  - name: replicas\n    webhook_configs:\n{hooks}"
    );
    let cluster_ports = [free_port(), free_port()];
    let mut out = Vec::new();
    for i in 0..2 {
        let own = dir.join(format!("am{i}"));
        std::fs::create_dir_all(&own).expect("am dir");
        let cluster = [
            format!("--cluster.listen-address=127.0.0.1:{}", cluster_ports[i]),
            format!("--cluster.peer=127.0.0.1:{}", cluster_ports[1 - i]),
            "--cluster.peer-timeout=2s".into(),
        ];
        let (guard, addr, _log) = start_alertmanager_peer(&own, &config, &cluster);
        out.push((guard, addr));
    }
    out
}

/// Alerts for Alertmanager's API: `(instance, startsAt)`, pool exhaustion on payments-api.
fn am_alerts(alerts: &[(String, String)]) -> Vec<u8> {
    let list: Vec<serde_json::Value> = alerts
        .iter()
        .map(|(instance, start)| {
            serde_json::json!({
                "labels": {"alertname": "DBPoolExhausted", "service": "payments-api", "instance": instance},
                "annotations": {"description": "HikariPool-1 - Connection is not available"},
                "startsAt": start,
            })
        })
        .collect();
    serde_json::to_vec(&list).expect("json")
}

#[test]
fn two_replicas_behind_an_alertmanager_pair_survive_a_sigkill() {
    let cluster = PgCluster::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let url = cluster.url();
    let with_password = url.replace("postgres@", &format!("postgres:{SECRET}@"));
    let mut replicas = [
        Replica::start(&with_password, dir.path().join("r0.log")),
        Replica::start(&url, dir.path().join("r1.log")),
    ];
    let addrs: Vec<SocketAddr> = replicas.iter().map(|r| r.addr).collect();
    let ams = alertmanager_pair(dir.path(), &addrs);

    // 3 waves of 20 alerts, each posted to both Alertmanagers (as Prometheus does); replica 1
    // is SIGKILLed during the second wave and restarted after it.
    let base = time::OffsetDateTime::now_utc() - time::Duration::hours(2);
    let mut instances = BTreeSet::new();
    for wave in 0..3 {
        let alerts: Vec<(String, String)> = (0..20)
            .map(|i| {
                let instance = format!("db-{wave}-{i}");
                let start = base + time::Duration::minutes(wave * 30);
                (
                    instance,
                    start
                        .format(&time::format_description::well_known::Rfc3339)
                        .expect("time"),
                )
            })
            .collect();
        instances.extend(alerts.iter().map(|(i, _)| i.clone()));
        for (_, am) in &ams {
            let r = request(*am, "POST", "/api/v2/alerts", &am_alerts(&alerts));
            assert_eq!(r.status, 200, "{}", r.body);
        }
        if wave == 1 {
            std::thread::sleep(Duration::from_millis(1500));
            replicas[1].kill();
        }
        if wave == 2 {
            replicas[1].spawn();
        }
    }
    // Every alert reaches the store exactly once (Alertmanager retries what the killed
    // replica refused; the other replica and the second Alertmanager deliver it too).
    cluster.wait_query(
        "SELECT count(DISTINCT labels::json->>'instance') FROM episodes",
        "60",
        "all 60 alerts in PostgreSQL",
    );
    assert_eq!(cluster.query("SELECT count(*) FROM episodes").trim(), "60");
    let stored: BTreeSet<String> = cluster
        .query("SELECT labels::json->>'instance' FROM episodes")
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(stored, instances);

    // Both replicas export the same figures within a couple of seconds of the last commit.
    let agreed = wait_for("replicas agree", Duration::from_secs(20), None, || {
        let a = replicas[0].metrics();
        let b = replicas[1].metrics();
        let families = [
            "recurrence_incidents_total",
            "recurrence_incident_open",
            "recurrence_episodes",
            "recurrence_outages_total",
        ];
        let same = families.iter().all(|f| total(&a, f) == total(&b, f));
        (same && total(&a, "recurrence_incidents_total") > 0.0)
            .then(|| total(&a, "recurrence_incidents_total"))
    });
    // 60 pool-exhaustion episodes of one pair, all still firing: one incident, open.
    assert_eq!(agreed, 1.0);
    for replica in &replicas {
        assert_eq!(total(&replica.metrics(), "recurrence_episodes"), 60.0);
    }

    // The once-only duties move when the replica running them dies: replica 0 started first
    // and took the leader lock; once it is gone, replica 1 takes it over.
    let leads = "now runs the once-only duties";
    let r0 = std::fs::read_to_string(dir.path().join("r0.log")).unwrap_or_default();
    assert!(r0.contains(leads), "replica 0 never led:\n{r0}");
    replicas[0].kill();
    wait_for(
        "replica 1 takes the lead",
        Duration::from_secs(20),
        Some(&dir.path().join("r1.log")),
        || {
            std::fs::read_to_string(dir.path().join("r1.log"))
                .ok()
                .filter(|log| log.contains(leads))
        },
    );
    // Replica 0's URL carried a password (trust authentication ignores it): never logged.
    let logs = std::fs::read_to_string(dir.path().join("r0.log")).unwrap_or_default()
        + &std::fs::read_to_string(dir.path().join("r1.log")).unwrap_or_default();
    assert!(!logs.contains(SECRET), "a log shows the password:\n{logs}");
}

const SECRET: &str = "s3cret-in-url";

#[test]
fn an_unreachable_database_at_start_up_is_a_clear_error_without_the_password() {
    let out = std::process::Command::new(BIN)
        .args([
            "--web.listen-address=127.0.0.1:0".to_string(),
            format!("--storage.postgres.url=postgres://app:{SECRET}@127.0.0.1:1/recurrence"),
        ])
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("postgres://app@127.0.0.1:1/recurrence") && stderr.contains("unreachable"),
        "{stderr}"
    );
    assert!(!stderr.contains(SECRET), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migrate_copies_an_embedded_store_once_and_resumes() {
    let cluster = PgCluster::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let storage = dir.path().join("data");
    // An embedded store with three incidents, a fix and counters.
    let app = spawn_app_in(&storage, "").await;
    for (fp, start, end) in [
        ("m-1", "2026-09-01T10:00:00Z", "2026-09-01T10:30:00Z"),
        ("m-2", "2026-10-13T10:00:00Z", "2026-10-13T11:00:00Z"),
        ("m-3", "2026-10-20T10:00:00Z", "2026-10-20T10:05:00Z"),
    ] {
        let r = app
            .post(
                "/webhook/alertmanager",
                &pool_alert("DBPool", fp, "resolved", start, end),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let fix = app
        .post(
            "/api/v1/fixes",
            br#"{"service":"payments-api","signature":"connection_pool_exhaustion","ref":"PM-9","at":"2026-09-20T00:00:00Z"}"#,
        )
        .await;
    assert!(fix.status == 200 || fix.status == 201, "{}", fix.body);
    let sqlite_metrics = app.get("/metrics").await.body;
    app.stop().await;

    let migrate = |from: &std::path::Path, extra: &[&str]| {
        let out = std::process::Command::new(BIN)
            .args([
                "migrate".to_string(),
                format!("--from-sqlite={}", from.display()),
                format!("--to-postgres={}", cluster.url()),
            ])
            .args(extra)
            .output()
            .expect("run migrate");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let report = |stdout: &str| -> serde_json::Value {
        serde_json::from_str(stdout.trim()).expect("report")
    };
    let (code, out, err) = migrate(&storage, &[]);
    assert_eq!(code, Some(0), "{err}");
    let first = report(&out);
    assert_eq!(first["episodes_copied"], 3, "{out}");
    assert_eq!(first["fixes_copied"], 1, "{out}");
    assert!(
        first["ledger_rows_copied"].as_u64().unwrap_or(0) > 0,
        "{out}"
    );
    // Again: nothing more.
    let (code, out, _) = migrate(&storage, &[]);
    assert_eq!(code, Some(0));
    assert_eq!(report(&out)["episodes_copied"], 0, "{out}");
    assert_eq!(cluster.query("SELECT count(*) FROM episodes").trim(), "3");
    assert_eq!(cluster.query("SELECT count(*) FROM fixes").trim(), "1");
    // Interrupted half-way (progress back at the start, one episode not copied yet): the
    // rerun copies what is missing and nothing twice.
    cluster.query("DELETE FROM episodes WHERE fingerprint = 'm-3'");
    cluster.query("UPDATE sqlite_imports SET last_id = 0, finished = false");
    let (code, out, _) = migrate(&storage, &[]);
    assert_eq!(code, Some(0));
    let resumed = report(&out);
    assert_eq!(
        (
            resumed["episodes_copied"].as_u64(),
            resumed["episodes_already_there"].as_u64()
        ),
        (Some(1), Some(2)),
        "{out}"
    );
    assert_eq!(cluster.query("SELECT count(*) FROM episodes").trim(), "3");

    // The daemon on PostgreSQL shows what it showed on SQLite.
    let app = spawn_app_in(&dir.path().join("unused"), &postgres_config(&cluster)).await;
    let pg_metrics = app.get("/metrics").await.body;
    for family in [
        "recurrence_incidents_total",
        "recurrence_regressions_total",
        "recurrence_episodes",
    ] {
        assert_eq!(
            total(&sqlite_metrics, family),
            total(&pg_metrics, family),
            "{family}"
        );
    }
    assert_eq!(total(&pg_metrics, "recurrence_incidents_total"), 3.0);
    app.stop().await;

    // Another embedded store into this now non-empty database: refused unless told.
    let other = dir.path().join("other");
    let app = spawn_app_in(&other, "").await;
    let r = app
        .post(
            "/webhook/alertmanager",
            &pool_alert(
                "DBPool",
                "o-1",
                "resolved",
                "2026-11-01T10:00:00Z",
                "2026-11-01T10:30:00Z",
            ),
        )
        .await;
    assert_eq!(r.status, 200);
    app.stop().await;
    let (code, _, err) = migrate(&other, &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("already holds 3 episodes") && err.contains("--into-non-empty"),
        "{err}"
    );
    let (code, _, err) = migrate(&other, &["--into-non-empty"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(cluster.query("SELECT count(*) FROM episodes").trim(), "4");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_down_under_load_answers_503_and_recovers_without_restart() {
    let cluster = PgCluster::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), &postgres_config(&cluster)).await;
    let addr = app.addr;
    // A sender that posts new episodes and retries each until it is acknowledged, as
    // Alertmanager does; it records every 200 and every 503.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sender = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut acked = Vec::new();
            let mut refused = 0;
            let mut retry_after = false;
            let mut i = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let fp = format!("load-{i:05}");
                let start = format!("2026-11-01T{:02}:{:02}:00Z", (i / 60) % 24, i % 60);
                let body = pool_alert("DBPool", &fp, "firing", &start, "0001-01-01T00:00:00Z");
                loop {
                    match try_request(addr, "POST", "/webhook/alertmanager", &body, &[]) {
                        Ok(r) if r.status == 200 => {
                            acked.push(fp.clone());
                            break;
                        }
                        Ok(r) => {
                            assert_eq!(r.status, 503, "{}", r.body);
                            retry_after |= r.headers.to_ascii_lowercase().contains("retry-after");
                            refused += 1;
                            std::thread::sleep(Duration::from_millis(100));
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(100)),
                    }
                }
                i += 1;
                std::thread::sleep(Duration::from_millis(20));
            }
            (acked, refused, retry_after)
        })
    };
    tokio::time::sleep(Duration::from_secs(1)).await;
    cluster.stop_server();
    // Readiness follows PostgreSQL.
    let down = Instant::now();
    loop {
        if app.get("/-/ready").await.status == 503 {
            break;
        }
        assert!(
            down.elapsed() < Duration::from_secs(20),
            "still ready with PostgreSQL down"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    cluster.start_server();
    app.wait_ready().await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let (acked, refused, retry_after) =
        tokio::task::spawn_blocking(move || sender.join().expect("sender"))
            .await
            .expect("join");
    assert!(refused > 0, "nothing was refused while PostgreSQL was down");
    assert!(retry_after, "503 without Retry-After");
    let stored: BTreeSet<String> = cluster
        .query("SELECT fingerprint FROM episodes")
        .lines()
        .map(str::to_string)
        .collect();
    let missing: Vec<&String> = acked.iter().filter(|fp| !stored.contains(*fp)).collect();
    assert!(
        missing.is_empty(),
        "acknowledged but not stored: {missing:?}"
    );
    assert!(acked.len() > 20, "only {} acknowledged", acked.len());
    // Recovered without a restart: new alerts are stored and counted.
    let series = r#"recurrence_episodes"#;
    let count = app.metric(series).await.unwrap_or(-1.0);
    assert_eq!(
        count as usize,
        stored.len(),
        "episodes_stored vs PostgreSQL"
    );
    app.stop().await;
}

/// TLS to PostgreSQL with rustls: `verify-full` against the configured CA with a client
/// certificate works, and the server sees an encrypted session; a CA that did not sign the
/// server's certificate, and a plain connection to a server that only accepts TLS, each stop
/// start-up with the reason.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_with_a_client_certificate_and_verified_server() {
    let cluster = PgCluster::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let pki = dir.path().join("pki");
    std::fs::create_dir_all(&pki).expect("pki dir");
    crate::security::make_ca(&pki, "ca");
    crate::security::make_ca(&pki, "rogue-ca");
    crate::security::make_leaf(
        &pki,
        "ca",
        "server",
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
    );
    // With `cert` authentication the certificate's CN is the database user.
    crate::security::make_leaf(
        &pki,
        "ca",
        "postgres",
        "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n",
    );
    cluster.require_tls(
        &pki.join("ca.crt"),
        &pki.join("server.crt"),
        &pki.join("server.key"),
    );
    let tls_config = |ca: &str, sslmode: &str| {
        format!(
            "storage:\n  postgres:\n    url: {}\n    sslmode: {sslmode}\n    ca_file: {}\n    cert_file: {}\n    key_file: {}\n",
            cluster.url(),
            pki.join(ca).display(),
            pki.join("postgres.crt").display(),
            pki.join("postgres.key").display(),
        )
    };

    let app = spawn_app_in(
        &dir.path().join("data"),
        &tls_config("ca.crt", "verify-full"),
    )
    .await;
    let alert = pool_alert(
        "DBPool",
        "fp-tls",
        "firing",
        "2026-10-13T10:00:00Z",
        "0001-01-01T00:00:00Z",
    );
    let r = app.post("/webhook/alertmanager", &alert).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(cluster.query("SELECT count(*) FROM episodes").trim(), "1");
    assert_eq!(
        cluster
            .query(
                "SELECT bool_and(s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
                 WHERE a.application_name = 'recurrence-exporter'"
            )
            .trim(),
        "t",
        "every connection of the daemon is encrypted"
    );
    drop(app);

    let refused = |config: String, expected: &str| {
        let file = dir.path().join("refused.yml");
        std::fs::write(&file, config).expect("config");
        let out = std::process::Command::new(BIN)
            .args([
                "--web.listen-address=127.0.0.1:0".to_string(),
                format!("--storage.path={}", dir.path().join("unused").display()),
                format!("--config.file={}", file.display()),
            ])
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains(&format!(
                "postgres://postgres@127.0.0.1:{}/recurrence",
                cluster.port
            )) && stderr.contains(expected),
            "expected {expected:?} in:\n{stderr}"
        );
    };
    // The server's certificate does not chain to this CA.
    refused(tls_config("rogue-ca.crt", "verify-full"), "UnknownIssuer");
    // Plain TCP where the server only accepts TLS.
    refused(tls_config("ca.crt", "disable"), "no encryption");
}
