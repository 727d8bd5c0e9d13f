//! Helpers shared by the benchmark binaries: the alert corpus, webhook bodies built from it,
//! and the typed Alertmanager structs of the parse ceiling.
//!
//! Each bench binary uses a different part of this module.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{json, Value};

/// Label or annotation name → value, as the daemon keeps them.
pub type LabelMap = BTreeMap<String, String>;

/// Placeholder for a fingerprint in the body templates the wrk script fills in.
pub const FINGERPRINT_SLOT: &str = "@@FP@@";

/// One alert of the corpus: real label and annotation sets from public rule repositories.
#[derive(Debug, Clone)]
pub struct CorpusAlert {
    pub labels: LabelMap,
    pub annotations: LabelMap,
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every alert of `tests/fixtures/corpus/*.jsonl`, files in name order.
pub fn corpus() -> Vec<CorpusAlert> {
    let dir = root().join("tests/fixtures/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the corpus directory exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut alerts = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable corpus file");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let value: Value = serde_json::from_str(line).expect("corpus lines are JSON");
            alerts.push(CorpusAlert {
                labels: string_map(&value["labels"]),
                annotations: string_map(&value["annotations"]),
            });
        }
    }
    alerts
}

fn string_map(value: &Value) -> LabelMap {
    value
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// `n` alerts spread evenly over the corpus, so that every file contributes.
pub fn mix(n: usize) -> Vec<CorpusAlert> {
    let all = corpus();
    (0..n).map(|i| all[i * all.len() / n].clone()).collect()
}

/// One firing alert of a webhook document.
pub fn alert_json(alert: &CorpusAlert, fingerprint: &str, starts_at: &str) -> Value {
    json!({
        "status": "firing",
        "labels": alert.labels,
        "annotations": alert.annotations,
        "startsAt": starts_at,
        "endsAt": "0001-01-01T00:00:00Z",
        "generatorURL": "http://prometheus:9090/graph?g0.expr=up",
        "fingerprint": fingerprint,
    })
}

/// A complete Alertmanager webhook document (payload version 4) around `alerts`.
pub fn webhook(alerts: Vec<Value>) -> String {
    json!({
        "receiver": "recurrence",
        "status": "firing",
        "alerts": alerts,
        "groupLabels": {},
        "commonLabels": {},
        "commonAnnotations": {},
        "externalURL": "http://alertmanager:9093",
        "version": "4",
        "groupKey": "{}:{}",
        "truncatedAlerts": 0,
    })
    .to_string()
}

/// A document of the first `n` alerts of the mix with fixed fingerprints: a repeat.
pub fn repeat_body(n: usize, starts_at: &str) -> String {
    let alerts = mix(n)
        .iter()
        .enumerate()
        .map(|(i, a)| alert_json(a, &format!("{i:016x}"), starts_at))
        .collect();
    webhook(alerts)
}

/// The same document with [`FINGERPRINT_SLOT`] where each fingerprint goes.
pub fn template_body(n: usize, starts_at: &str) -> String {
    let alerts = mix(n)
        .iter()
        .map(|a| alert_json(a, FINGERPRINT_SLOT, starts_at))
        .collect();
    webhook(alerts)
}

/// Writes the request bodies of `scripts/bench-ingest.sh` into `dir`.
pub fn write_bodies(dir: &Path, starts_at: &str) {
    std::fs::create_dir_all(dir).expect("creating the body directory");
    for n in [1, 50] {
        std::fs::write(
            dir.join(format!("repeat-{n}.json")),
            repeat_body(n, starts_at),
        )
        .expect("writing a body");
        std::fs::write(
            dir.join(format!("new-{n}.json")),
            template_body(n, starts_at),
        )
        .expect("writing a body");
    }
}

/// The parse ceiling's model of the Alertmanager webhook (v4): every field, typed.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Webhook {
    pub receiver: String,
    pub status: String,
    pub alerts: Vec<Alert>,
    pub group_labels: LabelMap,
    pub common_labels: LabelMap,
    pub common_annotations: LabelMap,
    #[serde(rename = "externalURL")]
    pub external_url: String,
    pub version: String,
    pub group_key: String,
    #[serde(default)]
    pub truncated_alerts: u64,
}

/// One alert of [`Webhook`].
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Alert {
    pub status: String,
    pub labels: LabelMap,
    pub annotations: LabelMap,
    pub starts_at: String,
    pub ends_at: String,
    #[serde(rename = "generatorURL")]
    pub generator_url: String,
    pub fingerprint: String,
}
