//! The README's quick start as a test: the commands it names, the real binary on its built-in
//! defaults and `scripts/demo.sh` against it, and what the landing page and `/metrics` show
//! afterwards; then real Alertmanager running the shipped `deploy/alertmanager.yml` delivers
//! to it. Also the build requirements the README states: the declared minimum Rust version
//! covers every locked dependency, and the Dockerfile builds with that version.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The README's quick start section.
fn quick_start() -> String {
    let readme = read("README.md");
    let start = readme
        .find("## Quick start\n")
        .expect("a quick start section");
    let rest = &readme[start + 3..];
    rest[..rest.find("\n## ").expect("a next section")].to_string()
}

fn run_demo(url: &str) -> String {
    let out = Command::new("bash")
        .arg(Path::new(ROOT).join("scripts/demo.sh"))
        .env("RECURRENCE_URL", url)
        .output()
        .expect("bash");
    assert!(
        out.status.success(),
        "scripts/demo.sh failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_quick_start_shows_a_first_recurrence() {
    let steps = quick_start();
    for command in [
        "cargo install --locked --path .",
        "recurrence-exporter --storage.path=/tmp/recurrence-demo",
        "scripts/demo.sh",
        "curl -s http://127.0.0.1:8977/metrics",
        "deploy/alertmanager.yml",
    ] {
        assert!(steps.contains(command), "the quick start names `{command}`");
    }

    // The binary as the quick start runs it: built-in configuration, a fresh store; only the
    // port differs, as 8977 may be taken on a shared machine.
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let log = dir.path().join("daemon.log");
    let _daemon = start(
        BIN,
        &[
            format!("--storage.path={}", dir.path().join("demo").display()),
            format!("--web.listen-address=127.0.0.1:{port}"),
        ],
        &log,
    );
    let addr = format!("127.0.0.1:{port}").parse().expect("addr");
    wait_for("ready", Duration::from_secs(30), Some(&log), || {
        try_request(addr, "GET", "/-/ready", b"", &[])
            .ok()
            .filter(|r| r.status == 200)
    });
    // A new store says so once, instead of logging every schema migration.
    let started = std::fs::read_to_string(&log).expect("log");
    assert_eq!(
        started.matches("created a new store").count(),
        1,
        "{started}"
    );
    assert!(!started.contains("migrating the store schema"), "{started}");
    let url = format!("http://127.0.0.1:{port}");
    let said = run_demo(&url);
    assert!(said.contains("posted 14 episodes of 5 services"), "{said}");

    let metrics = request(addr, "GET", "/metrics", b"").body;
    let pool = r#"{service="payments-api",signature="connection_pool_exhaustion"}"#;
    for (series, expected) in [
        (format!("recurrence_incidents_total{pool}"), 5.0),
        // Four recurrences: the time between incidents is known four times.
        (format!("recurrence_interval_seconds_count{pool}"), 4.0),
        (format!("recurrence_regressions_total{pool}"), 1.0),
        (format!("recurrence_symptoms{pool}"), 3.0),
        (
            r#"recurrence_incidents_total{service="checkout",signature="out_of_memory"}"#.into(),
            3.0,
        ),
        (
            r#"recurrence_incidents_total{service="orders-api",signature="upstream_timeout"}"#
                .into(),
            3.0,
        ),
        ("recurrence_episodes".into(), 14.0),
    ] {
        assert_eq!(sample(&metrics, &series), Some(expected), "{series}");
    }
    let landing = request(addr, "GET", "/", b"").body;
    for text in ["payments-api", "connection_pool_exhaustion", "PM-1042"] {
        assert!(landing.contains(text), "the landing page shows {text}");
    }

    // Running the demo again the same day changes nothing.
    run_demo(&url);
    let again = request(addr, "GET", "/metrics", b"").body;
    assert_eq!(sample(&again, "recurrence_episodes"), Some(14.0));
    let fixes = request(addr, "GET", "/api/v1/fixes", b"").body;
    assert_eq!(fixes.matches("PM-1042").count(), 1, "{fixes}");

    // Real Alertmanager with the shipped configuration: only the daemon's port and the
    // grouping delays (30s, 5m) are changed, so that the test need not wait for them.
    let shipped = read("deploy/alertmanager.yml");
    for line in [
        "      - url: http://127.0.0.1:8977/webhook/alertmanager",
        "  group_wait: 30s",
        "  group_interval: 5m",
    ] {
        assert!(
            shipped.contains(line),
            "deploy/alertmanager.yml has {line:?}"
        );
    }
    let config = shipped
        .replace("127.0.0.1:8977", &format!("127.0.0.1:{port}"))
        .replace("group_wait: 30s", "group_wait: 1s")
        .replace("group_interval: 5m", "group_interval: 1s");
    let am_dir = dir.path().join("alertmanager");
    std::fs::create_dir(&am_dir).expect("dir");
    let (_am, am, am_log) = start_alertmanager(&am_dir, &config);
    let starts = time::OffsetDateTime::now_utc() - time::Duration::minutes(5);
    let alert = serde_json::json!([{
        "labels": {"alertname": "PostgresTooManyConnections", "service": "billing"},
        "annotations": {"description": "FATAL:  sorry, too many clients already"},
        "startsAt": starts.format(&time::format_description::well_known::Rfc3339).expect("time"),
    }]);
    let r = request(am, "POST", "/api/v2/alerts", alert.to_string().as_bytes());
    assert_eq!(r.status, 200, "{}", r.body);
    wait_for(
        "Alertmanager's delivery",
        Duration::from_secs(60),
        Some(&am_log),
        || {
            let metrics = request(addr, "GET", "/metrics", b"").body;
            sample(
                &metrics,
                r#"recurrence_incidents_total{service="billing",signature="connection_pool_exhaustion"}"#,
            )
            .filter(|v| *v == 1.0)
        },
    );
}

/// `rust-version` in Cargo.toml is what the README states, at least what every locked
/// dependency declares, and the version of the Dockerfile's Rust image.
#[test]
fn the_declared_minimum_rust_version_holds() {
    let manifest = read("Cargo.toml");
    let declared = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("rust-version in Cargo.toml")
        .to_string();
    // Major, minor, patch; "1.89" is 1.89.0.
    let parse = |v: &str| -> Vec<u32> {
        let mut parts: Vec<u32> = v.split('.').map(|p| p.parse().unwrap_or(0)).collect();
        parts.resize(3, 0);
        parts
    };
    let out = Command::new("cargo")
        // Not --offline: the lock names crates of other platforms (wasm) that a build here
        // never downloads, and metadata needs their manifests.
        .args(["metadata", "--format-version=1", "--locked"])
        .current_dir(ROOT)
        .output()
        .expect("cargo metadata");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut needed = (Vec::new(), String::new());
    for package in metadata["packages"].as_array().expect("packages") {
        if let Some(v) = package["rust_version"].as_str() {
            if parse(v) > needed.0 {
                needed = (parse(v), format!("{} {}", package["name"], v));
            }
        }
    }
    assert!(
        parse(&declared) >= needed.0,
        "rust-version {declared} is below what {} needs",
        needed.1
    );
    assert!(
        quick_start().contains(&format!("Rust {declared} or later")),
        "the quick start states Rust {declared}"
    );
    assert!(
        read("Dockerfile").contains(&format!("rust:{declared}-")),
        "the Dockerfile builds with Rust {declared}"
    );
}
