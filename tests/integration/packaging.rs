//! Packaging: the systemd unit (`systemd-analyze verify` and `security`, and its command lines
//! run for real), the Kubernetes manifests (strict schema validation, the embedded rules and
//! dashboards in step with the shipped files, `promtool` on the rules), the Alertmanager
//! examples (`amtool check-config`) and the container image (`podman build`).
//!
//! What stands in for what cannot run here: no Kubernetes cluster, so the manifests are checked
//! against the Kubernetes OpenAPI schemas (PyPI `kubernetes-validate`) and the Prometheus
//! Operator's CRD schemas (`tests/fixtures/kubernetes/`), unknown fields refused; no systemd as
//! PID 1, so the unit is verified offline and its `ExecStart`/`ExecReload` are run by the test;
//! no registry and no container runtime (the sandbox refuses crun's cgroups), so the image's
//! runtime stage is built by podman on a base made here from this Debian's own files, with the
//! binary cargo built standing in for the Rust build stage, and the image's file system is run
//! under `chroot` as the image's user with its entrypoint and command.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const UNIT: &str = "deploy/systemd/recurrence-exporter.service";

fn root(path: &str) -> PathBuf {
    Path::new(ROOT).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Runs a tool the test command installs; panics with its output unless it exits 0.
fn run_ok(program: &str, args: &[&str]) -> Output {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e} (the test command installs it)"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The unit's value of `key` in `[Service]`, continuation lines joined.
fn unit_value(unit: &str, key: &str) -> String {
    let joined = unit.replace("\\\n", " ");
    let line = joined
        .lines()
        .find(|l| l.starts_with(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key}= in the unit"));
    line[key.len() + 1..]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn systemd_unit_verifies_and_is_hardened() {
    let dir = tempfile::tempdir().expect("tempdir");
    let unit = read(UNIT);
    // verify also checks that ExecStart's program exists: point it at the binary just built.
    let copy = dir.path().join("recurrence-exporter.service");
    std::fs::write(
        &copy,
        unit.replace("/usr/local/bin/recurrence-exporter", BIN),
    )
    .expect("unit copy");
    let copy = copy.to_str().expect("utf-8 path");
    let out = run_ok("systemd-analyze", &["verify", "--man=no", copy]);
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.trim().is_empty(), "systemd-analyze verify: {report}");
    // Exposure 0 (locked down) … 10 (unprotected); this unit scores 1.4, the threshold is in
    // tenths. A removed hardening line raises the score above it.
    run_ok(
        "systemd-analyze",
        &["security", "--offline=true", "--threshold=20", copy],
    );
    for key in [
        "DynamicUser",
        "NoNewPrivileges",
        "ProtectHome",
        "PrivateTmp",
    ] {
        assert_eq!(unit_value(&unit, key), "yes", "{key}");
    }
    assert_eq!(unit_value(&unit, "ProtectSystem"), "strict");
    assert_eq!(unit_value(&unit, "StateDirectory"), "recurrence-exporter");
    assert_eq!(unit_value(&unit, "ExecReload"), "/bin/kill -HUP $MAINPID");
}

/// The unit's ExecStart, with the paths systemd would fill in: the binary just built, the
/// state directory, the example configuration and a free loopback port. SIGHUP from its
/// ExecReload reloads the configuration.
#[test]
fn systemd_unit_command_lines_serve_and_reload() {
    let dir = tempfile::tempdir().expect("tempdir");
    let unit = read(UNIT);
    let state = dir.path().join("state");
    std::fs::create_dir(&state).expect("state dir");
    let config = dir.path().join("config.yml");
    std::fs::copy(root("config/example.yml"), &config).expect("config");
    let port = free_port();
    let exec_start = unit_value(&unit, "ExecStart");
    let mut args: Vec<String> = exec_start
        .split_whitespace()
        .map(|a| {
            a.replace("${STATE_DIRECTORY}", state.to_str().expect("utf-8"))
                .replace(
                    "/etc/recurrence-exporter/config.yml",
                    config.to_str().expect("utf-8"),
                )
                .replace(":8977", &format!("127.0.0.1:{port}"))
        })
        .collect();
    assert_eq!(args.remove(0), "/usr/local/bin/recurrence-exporter");
    assert!(
        args.contains(&format!("--storage.path={}", state.display())),
        "{exec_start}"
    );
    let log = dir.path().join("daemon.log");
    let daemon = start(BIN, &args, &log);
    let addr = format!("127.0.0.1:{port}").parse().expect("addr");
    wait_for("ready", Duration::from_secs(30), Some(&log), || {
        try_request(addr, "GET", "/-/ready", b"", &[])
            .ok()
            .filter(|r| r.status == 200)
    });
    assert!(
        state.join("recurrence.db").exists(),
        "store in the state directory"
    );

    let reload =
        unit_value(&unit, "ExecReload").replace("$MAINPID", &daemon.child.id().to_string());
    let reload: Vec<&str> = reload.split_whitespace().collect();
    run_ok(reload[0], &reload[1..]);
    wait_for("reload", Duration::from_secs(10), Some(&log), || {
        std::fs::read_to_string(&log)
            .ok()
            .filter(|l| l.contains("configuration reloaded"))
    });
}

/// The manifest files the kustomization lists (every `*.yml` but itself and the Helm values).
fn manifests() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root("deploy/kubernetes"))
        .expect("deploy/kubernetes")
        .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
        .filter(|n| n.ends_with(".yml") && n != "kustomization.yml" && !n.contains("values"))
        .collect();
    files.sort();
    files
}

#[test]
fn kubernetes_manifests_pass_strict_schema_validation() {
    let kustomization = read("deploy/kubernetes/kustomization.yml");
    let listed: BTreeSet<&str> = kustomization
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- "))
        .collect();
    let files = manifests();
    assert_eq!(
        listed,
        files.iter().map(String::as_str).collect(),
        "kustomization.yml lists every manifest"
    );
    let paths: Vec<String> = files
        .iter()
        .map(|f| format!("{ROOT}/deploy/kubernetes/{f}"))
        .collect();
    let mut args = vec![format!("{ROOT}/tests/validate_kubernetes.py")];
    args.extend(paths);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run_ok("python3", &args);
    let report = String::from_utf8_lossy(&out.stdout);
    for kind in [
        "StatefulSet/recurrence-exporter",
        "Service/recurrence-exporter",
        "ConfigMap/recurrence-exporter-config",
        "ConfigMap/recurrence-exporter-dashboards",
        "ServiceMonitor/recurrence-exporter",
        "PrometheusRule/recurrence-exporter",
        "AlertmanagerConfig/recurrence-exporter",
    ] {
        assert!(
            report.contains(&format!("{kind}: valid")),
            "{kind} not validated:\n{report}"
        );
    }

    // The validator itself refuses what a strict apply would: a misspelt field of a CRD kind
    // and of a core kind.
    let dir = tempfile::tempdir().expect("tempdir");
    for (file, from, to) in [
        ("alertmanagerconfig.yml", "sendResolved", "sendresolved"),
        ("statefulset.yml", "readinessProbe", "readinesProbe"),
    ] {
        let bad = dir.path().join(file);
        std::fs::write(
            &bad,
            read(&format!("deploy/kubernetes/{file}")).replace(from, to),
        )
        .expect("write");
        let out = Command::new("python3")
            .arg(root("tests/validate_kubernetes.py"))
            .arg(&bad)
            .output()
            .expect("python3");
        assert!(!out.status.success(), "{file} with {to} was accepted");
    }
}

/// The daemon's configuration inside the ConfigMap passes `--config.check`.
#[test]
fn kubernetes_configmap_holds_a_valid_configuration() {
    let text = read("deploy/kubernetes/configmap.yml");
    let doc: serde_json::Value = serde_saphyr::from_str(&text).expect("yaml");
    let config = doc["data"]["config.yml"].as_str().expect("config.yml");
    assert!(config.contains("service_labels"), "{config}");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.yml");
    std::fs::write(&path, config).expect("write");
    run_ok(
        BIN,
        &[
            "--config.check",
            &format!("--config.file={}", path.display()),
        ],
    );
}

/// `deploy/kubernetes/prometheusrule.yml` and `grafana-dashboards.yml` embed the shipped rules
/// and dashboards. They are generated from them: `RECURRENCE_UPDATE_DEPLOY=1 cargo test --test
/// integration kubernetes_embeds` rewrites both.
fn expected_prometheus_rule() -> String {
    let rules = read("config/prometheus/recurrence-rules.yml");
    let groups = &rules[rules.find("\ngroups:").expect("groups:") + 1..];
    let mut out = String::from(
        "# GENERATED from config/prometheus/recurrence-rules.yml (edit the rules there, then run\n\
         #   RECURRENCE_UPDATE_DEPLOY=1 cargo test --test integration kubernetes_embeds\n\
         # to rewrite this file). The release label is kube-prometheus-stack's rule selector.\n\
         apiVersion: monitoring.coreos.com/v1\n\
         kind: PrometheusRule\n\
         metadata:\n  name: recurrence-exporter\n  labels:\n    app.kubernetes.io/name: recurrence-exporter\n    release: kube-prometheus-stack\n\
         spec:\n",
    );
    for line in groups.lines() {
        if !line.is_empty() {
            out.push_str("  ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

const DASHBOARDS: [&str; 2] = ["recurrence-overview.json", "recurrence-service.json"];

fn expected_dashboards() -> String {
    let mut out = String::from(
        "# GENERATED from dashboards/*.json (edit those, then run\n\
         #   RECURRENCE_UPDATE_DEPLOY=1 cargo test --test integration kubernetes_embeds\n\
         # to rewrite this file). Grafana's dashboard sidecar (kube-prometheus-stack's default)\n\
         # loads ConfigMaps labelled grafana_dashboard=\"1\" into the folder the annotation names.\n\
         apiVersion: v1\n\
         kind: ConfigMap\n\
         metadata:\n  name: recurrence-exporter-dashboards\n  labels:\n    app.kubernetes.io/name: recurrence-exporter\n    grafana_dashboard: \"1\"\n  annotations:\n    grafana_folder: Recurrence\n\
         data:\n",
    );
    for name in DASHBOARDS {
        out.push_str(&format!("  {name}: |\n"));
        for line in read(&format!("dashboards/{name}")).lines() {
            if !line.is_empty() {
                out.push_str("    ");
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn kubernetes_embeds_the_shipped_rules_and_dashboards() {
    let update = std::env::var_os("RECURRENCE_UPDATE_DEPLOY").is_some();
    for (file, expected) in [
        (
            "deploy/kubernetes/prometheusrule.yml",
            expected_prometheus_rule(),
        ),
        (
            "deploy/kubernetes/grafana-dashboards.yml",
            expected_dashboards(),
        ),
    ] {
        if update {
            std::fs::write(root(file), &expected).expect("write");
        }
        assert!(
            read(file) == expected,
            "{file} is not in step with the files it embeds; rewrite it with \
             RECURRENCE_UPDATE_DEPLOY=1 cargo test --test integration kubernetes_embeds"
        );
    }

    // What YAML reads back is exactly the shipped content.
    let rule: serde_json::Value =
        serde_saphyr::from_str(&read("deploy/kubernetes/prometheusrule.yml")).expect("yaml");
    let shipped: serde_json::Value =
        serde_saphyr::from_str(&read("config/prometheus/recurrence-rules.yml")).expect("yaml");
    assert_eq!(rule["spec"]["groups"], shipped["groups"]);
    let cm: serde_json::Value =
        serde_saphyr::from_str(&read("deploy/kubernetes/grafana-dashboards.yml")).expect("yaml");
    for name in DASHBOARDS {
        assert_eq!(
            cm["data"][name].as_str(),
            Some(read(&format!("dashboards/{name}")).as_str()),
            "{name}"
        );
    }

    // The operator hands spec to Prometheus as a rule file: promtool must accept it.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("rules.yml");
    std::fs::write(&path, serde_json::to_string(&rule["spec"]).expect("json")).expect("write");
    let out = run_ok(
        "promtool",
        &["check", "rules", path.to_str().expect("utf-8")],
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("SUCCESS"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn alertmanager_examples_pass_amtool() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The kube-prometheus-stack values carry an Alertmanager configuration of their own.
    let values: serde_json::Value =
        serde_saphyr::from_str(&read("deploy/kubernetes/kube-prometheus-stack-values.yml"))
            .expect("yaml");
    let from_values = dir.path().join("kps-alertmanager.yml");
    std::fs::write(
        &from_values,
        serde_json::to_string(&values["alertmanager"]["config"]).expect("json"),
    )
    .expect("write");
    for path in [root("deploy/alertmanager.yml"), from_values] {
        let out = run_ok("amtool", &["check-config", path.to_str().expect("utf-8")]);
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(report.contains("SUCCESS"), "{report}");
    }
    // amtool is no rubber stamp: the README's old snippet, a route without a receiver, fails.
    let partial = dir.path().join("partial.yml");
    std::fs::write(
        &partial,
        "route:\n  routes:\n    - receiver: recurrence\n      continue: true\nreceivers:\n  - name: recurrence\n    webhook_configs:\n      - url: http://127.0.0.1:8977/webhook/alertmanager\n",
    )
    .expect("write");
    let out = Command::new("amtool")
        .args(["check-config", partial.to_str().expect("utf-8")])
        .output()
        .expect("amtool");
    assert!(
        !out.status.success(),
        "amtool accepted a route without a receiver"
    );
}

/// A base image made from this machine's Debian files, standing in for distroless' cc image:
/// the C libraries the binary links, CA certificates, and the `nonroot` user (65532).
fn make_runtime_base(dir: &Path, tag: &str) {
    let rootfs = dir.join("base");
    let ldd = run_ok("ldd", &[BIN]);
    let mut files: Vec<String> = String::from_utf8_lossy(&ldd.stdout)
        .split_whitespace()
        .filter(|w| w.starts_with('/'))
        .map(str::to_owned)
        .collect();
    files.push("/etc/ssl/certs/ca-certificates.crt".into());
    for file in files {
        let target = rootfs.join(file.trim_start_matches('/'));
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&file, &target).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    std::fs::write(
        rootfs.join("etc/passwd"),
        "root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n",
    )
    .expect("passwd");
    std::fs::write(rootfs.join("etc/group"), "root:x:0:\nnonroot:x:65532:\n").expect("group");
    std::fs::create_dir_all(rootfs.join("tmp")).expect("tmp");
    let tar = dir.join("base.tar");
    run_ok(
        "tar",
        &[
            "-C",
            rootfs.to_str().expect("utf-8"),
            "-cf",
            tar.to_str().expect("utf-8"),
            ".",
        ],
    );
    run_ok(
        "podman",
        &["import", "--quiet", tar.to_str().expect("utf-8"), tag],
    );
}

/// Removes the test's images (and the container it exported) however the test ends.
struct Images(Vec<String>);

impl Drop for Images {
    fn drop(&mut self) {
        for name in &self.0 {
            let _ = Command::new("podman").args(["rm", "-f", name]).output();
            let _ = Command::new("podman").args(["rmi", "-f", name]).output();
        }
    }
}

#[test]
fn container_image_runtime_stage_builds_and_serves() {
    let dockerfile = read("Dockerfile");
    let runtime_from = "FROM ${RUNTIME_IMAGE}\n";
    assert!(
        dockerfile.contains("FROM ${RUST_IMAGE} AS build\n"),
        "a Rust build stage"
    );
    assert!(dockerfile.contains("cargo build --release --locked"));
    let runtime = &dockerfile[dockerfile.find(runtime_from).expect("runtime stage")..];

    let dir = tempfile::tempdir().expect("tempdir");
    let id = format!("{}-{}", std::process::id(), free_port());
    let base = format!("localhost/recurrence-test-base:{id}");
    let image = format!("localhost/recurrence-test-image:{id}");
    let container = format!("recurrence-test-{id}");
    let _cleanup = Images(vec![container.clone(), image.clone(), base.clone()]);
    make_runtime_base(dir.path(), &base);

    // The build context: the binary cargo built where the Rust stage would put it, and the
    // Dockerfile's runtime stage as written.
    let context = dir.path().join("context");
    std::fs::create_dir_all(context.join("out/data")).expect("context");
    std::fs::copy(BIN, context.join("out/recurrence-exporter")).expect("binary");
    std::fs::write(
        context.join("Containerfile"),
        format!("ARG RUNTIME_IMAGE\nFROM scratch AS build\nCOPY out /out\n{runtime}"),
    )
    .expect("Containerfile");
    run_ok(
        "podman",
        &[
            "build",
            "--quiet",
            // Keep no image of the stand-in build stage behind.
            "--layers=false",
            "--build-arg",
            &format!("RUNTIME_IMAGE={base}"),
            "-t",
            &image,
            context.to_str().expect("utf-8"),
        ],
    );

    let out = run_ok("podman", &["image", "inspect", &image]);
    let inspect: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let config = &inspect[0]["Config"];
    assert_eq!(config["User"], "65532:65532", "non-root: {config}");
    assert!(config["ExposedPorts"].get("8977/tcp").is_some(), "{config}");
    assert!(
        config["Volumes"]
            .get("/var/lib/recurrence-exporter")
            .is_some(),
        "{config}"
    );
    let command: Vec<String> = config["Entrypoint"]
        .as_array()
        .into_iter()
        .chain(config["Cmd"].as_array())
        .flatten()
        .map(|v| v.as_str().expect("string").to_owned())
        .collect();
    assert_eq!(
        command[0], "/usr/local/bin/recurrence-exporter",
        "{command:?}"
    );

    // Run the image's file system as the image's user with its own command line (the port
    // moved off 8977, which another process may hold).
    run_ok("podman", &["create", "--name", &container, &image]);
    let tar = dir.path().join("image.tar");
    run_ok(
        "podman",
        &["export", "-o", tar.to_str().expect("utf-8"), &container],
    );
    let rootfs = dir.path().join("rootfs");
    std::fs::create_dir(&rootfs).expect("rootfs");
    run_ok(
        "tar",
        &[
            "-C",
            rootfs.to_str().expect("utf-8"),
            "--same-owner",
            "-xpf",
            tar.to_str().expect("utf-8"),
        ],
    );
    let port = free_port();
    let mut args = vec![
        format!("--userspec={}", config["User"].as_str().expect("user")),
        rootfs.to_str().expect("utf-8").to_owned(),
    ];
    args.extend(
        command
            .iter()
            .map(|a| a.replace("=:8977", &format!("=127.0.0.1:{port}"))),
    );
    let log = dir.path().join("container.log");
    let _daemon = start("chroot", &args, &log);
    let addr = format!("127.0.0.1:{port}").parse().expect("addr");
    for probe in ["/-/healthy", "/-/ready"] {
        wait_for(probe, Duration::from_secs(30), Some(&log), || {
            try_request(addr, "GET", probe, b"", &[])
                .ok()
                .filter(|r| r.status == 200)
        });
    }
    let body = webhook(
        "checkout",
        &[(
            "PodCrashLooping",
            "fp1",
            "firing",
            "2026-11-01T10:00:00Z",
            "0001-01-01T00:00:00Z",
            "Back-off restarting failed container",
        )],
    );
    let r = try_request(addr, "POST", "/webhook/alertmanager", &body, &[]).expect("post");
    assert_eq!(r.status, 200, "{}", r.body);
    let store = rootfs.join("var/lib/recurrence-exporter/recurrence.db");
    let meta = std::fs::metadata(&store).expect("the store is in the volume");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(meta.uid(), 65532, "the store belongs to the image's user");
}
