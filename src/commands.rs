//! The offline subcommands: `classify` and `test-rules`. They read files and standard input
//! and print results; the classification itself is [`crate::classify`].

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::classify::{Classification, Classifier, LabelMap};
use crate::config::Config;

/// Why a subcommand failed.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error("line {line}: {message}")]
    Input { line: usize, message: String },
    #[error("{path}: {message}")]
    TestFile { path: String, message: String },
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Client(#[from] crate::client::ClientError),
    #[error("the daemon answered {status}: {body}")]
    Daemon { status: u16, body: String },
    #[error("{0}")]
    Migrate(String),
}

/// A `fixes` subcommand.
pub enum FixCommand {
    Add {
        service: String,
        signature: String,
        reference: String,
        at: Option<String>,
        note: Option<String>,
    },
    List,
    Remove(i64),
}

/// Runs a `fixes` subcommand against the daemon at `base`; prints the daemon's JSON data.
pub fn fixes(
    base: &crate::client::BaseUrl,
    command: FixCommand,
    mut output: impl Write,
) -> Result<(), CommandError> {
    let reply = match command {
        FixCommand::Add {
            service,
            signature,
            reference,
            at,
            note,
        } => {
            let body = serde_json::json!({
                "service": service, "signature": signature, "ref": reference, "at": at, "note": note,
            });
            let body = serde_json::to_vec(&body).expect("JSON values serialise");
            base.request("POST", "/api/v1/fixes", Some(&body))?
        }
        FixCommand::List => base.request("GET", "/api/v1/fixes", None)?,
        FixCommand::Remove(id) => base.request("DELETE", &format!("/api/v1/fixes/{id}"), None)?,
    };
    if !(200..300).contains(&reply.status) {
        return Err(CommandError::Daemon {
            status: reply.status,
            body: reply.body.trim().to_string(),
        });
    }
    let value: serde_json::Value =
        serde_json::from_str(&reply.body).unwrap_or(serde_json::Value::String(reply.body));
    let data = value.get("data").cloned().unwrap_or(value);
    writeln!(
        output,
        "{}",
        serde_json::to_string_pretty(&data).expect("JSON values serialise")
    )?;
    Ok(())
}

#[derive(Debug, Deserialize)]
struct AlertInput {
    #[serde(default)]
    labels: LabelMap,
    #[serde(default)]
    annotations: LabelMap,
}

#[derive(Serialize)]
struct ClassifyOutput<'a> {
    service: &'a str,
    signature: &'a str,
    rule: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'a crate::classify::Evidence>,
}

/// What `classify` read: alerts classified, and input lines it could not read (each reported
/// on the error output, the rest classified all the same).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ClassifyReport {
    pub alerts: usize,
    pub bad_lines: usize,
}

/// Classifies alerts read from `input` and writes one JSON line per alert to `output`. The
/// input is one JSON document (an Alertmanager or Grafana webhook, an alert object, or an
/// array of alerts such as Alertmanager's `GET /api/v2/alerts` answer), or JSON lines each
/// holding one of those. A line that cannot be read is reported on `errors` with its number
/// and the others are classified all the same.
pub fn classify(
    config: &Config,
    explain: bool,
    input: impl BufRead,
    mut output: impl Write,
    mut errors: impl Write,
) -> Result<ClassifyReport, CommandError> {
    let classifier = Classifier::new(config);
    let text = std::io::read_to_string(input)?;
    // The whole input first, so that a pretty-printed document spanning lines is one item.
    let items: Vec<(usize, Result<Vec<AlertInput>, String>)> =
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(document) => vec![(1, alerts_of(document))],
            Err(_) => text
                .lines()
                .enumerate()
                .filter(|(_, line)| !line.trim().is_empty())
                .map(|(index, line)| {
                    let alerts = serde_json::from_str::<serde_json::Value>(line)
                        .map_err(|e| e.to_string())
                        .and_then(alerts_of);
                    (index + 1, alerts)
                })
                .collect(),
        };
    let mut report = ClassifyReport::default();
    for (line, alerts) in items {
        let alerts = match alerts {
            Ok(alerts) => alerts,
            Err(message) => {
                writeln!(errors, "{}", CommandError::Input { line, message })?;
                report.bad_lines += 1;
                continue;
            }
        };
        for alert in alerts {
            let c = classifier.classify(&alert.labels, &alert.annotations);
            let out = ClassifyOutput {
                service: &c.service,
                signature: &c.signature,
                rule: &c.rule,
                evidence: if explain { c.evidence.as_ref() } else { None },
            };
            serde_json::to_writer(&mut output, &out).map_err(std::io::Error::other)?;
            output.write_all(b"\n")?;
            report.alerts += 1;
        }
    }
    Ok(report)
}

/// The alerts of one JSON value: an array of alerts, a webhook document (`alerts`), or one
/// alert. Fields other than `labels` and `annotations` are ignored.
fn alerts_of(value: serde_json::Value) -> Result<Vec<AlertInput>, String> {
    let one = |v: serde_json::Value| -> Result<AlertInput, String> {
        if !v.is_object() {
            return Err("expected an alert object".into());
        }
        serde_json::from_value(v).map_err(|e| e.to_string())
    };
    match value {
        serde_json::Value::Array(list) => list
            .into_iter()
            .enumerate()
            .map(|(i, v)| one(v).map_err(|e| format!("[{i}]: {e}")))
            .collect(),
        serde_json::Value::Object(mut map) if map.contains_key("alerts") => {
            match map.remove("alerts") {
                Some(serde_json::Value::Array(list)) => list
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| one(v).map_err(|e| format!("alerts[{i}]: {e}")))
                    .collect(),
                _ => Err("alerts: expected a list".into()),
            }
        }
        other => one(other).map(|a| vec![a]),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestFile {
    config_file: Option<String>,
    tests: Vec<TestCase>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestCase {
    name: String,
    alert: TestAlert,
    expect: Expectation,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestAlert {
    #[serde(default)]
    labels: LabelMap,
    #[serde(default)]
    annotations: LabelMap,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expectation {
    service: Option<String>,
    signature: String,
}

/// Totals of a `test-rules` run.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TestTotals {
    pub passed: usize,
    pub failed: usize,
}

/// Runs rule test files; prints a diff for each failing case.
pub fn test_rules(files: &[PathBuf], mut output: impl Write) -> Result<TestTotals, CommandError> {
    let mut totals = TestTotals::default();
    for path in files {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| CommandError::TestFile {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        let file: TestFile = serde_saphyr::from_str(&text).map_err(|e| CommandError::TestFile {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        let config = match &file.config_file {
            Some(rel) => {
                let base = path.parent().unwrap_or(Path::new("."));
                Config::load(&base.join(rel))?
            }
            None => Config::default(),
        };
        let classifier = Classifier::new(&config);
        for case in &file.tests {
            let got = classifier.classify(&case.alert.labels, &case.alert.annotations);
            match diff(&case.expect, &got) {
                None => totals.passed += 1,
                Some(lines) => {
                    totals.failed += 1;
                    writeln!(output, "FAIL {shown}: {}", case.name)?;
                    for line in lines {
                        writeln!(output, "  {line}")?;
                    }
                    writeln!(output, "    rule: {}", got.rule)?;
                    if let Some(e) = &got.evidence {
                        writeln!(output, "    evidence: {} matched {:?}", e.field, e.matched)?;
                    }
                }
            }
        }
    }
    writeln!(
        output,
        "test-rules: {} passed, {} failed",
        totals.passed, totals.failed
    )?;
    Ok(totals)
}

fn diff(expect: &Expectation, got: &Classification) -> Option<Vec<String>> {
    let mut lines = Vec::new();
    if expect.signature != got.signature {
        lines.push(format!("- signature: {}", expect.signature));
        lines.push(format!("+ signature: {}", got.signature));
    }
    if let Some(service) = &expect.service {
        if *service != got.service {
            lines.push(format!("- service: {service}"));
            lines.push(format!("+ service: {}", got.service));
        }
    }
    (!lines.is_empty()).then_some(lines)
}

/// `migrate`: copies the SQLite store file `db` into the PostgreSQL database at `url`, with
/// the password and TLS settings of the configuration's `storage.postgres` section.
pub fn migrate(
    db: &Path,
    url: &str,
    postgres: Option<&crate::config::PostgresConfig>,
    into_non_empty: bool,
) -> Result<crate::store::postgres::migrate::MigrationReport, CommandError> {
    use crate::store::postgres::{migrate, Connector, PgOptions};
    crate::config::PostgresConfig::check_url(url)
        .map_err(|m| CommandError::Migrate(format!("--to-postgres: {m}")))?;
    let connector = Connector::new(&PgOptions::from_config(postgres, Some(url)))
        .map_err(|e| CommandError::Migrate(e.to_string()))?;
    migrate::copy_from_sqlite(db, &connector, into_non_empty)
        .map_err(|e| CommandError::Migrate(e.to_string()))
}
