//! Configurable JSON sources: a [`Mapping`] from the `sources:` section says where the alerts
//! are in an arbitrary JSON document and which fields give identity, labels, annotations,
//! status and times. Ships with mappings for PagerDuty, Datadog, Amazon SNS (CloudWatch),
//! Opsgenie, Azure Monitor and Google Cloud Monitoring in `config/sources.example.yml`.
//!
//! Like the other parsers, a document is validated whole before anything is stored. Alerts
//! whose status is neither a firing nor a resolved value are skipped and counted, so that
//! acknowledgements and other lifecycle events of those products do nothing.

use regex::Regex;

use super::{
    label_fingerprint, AlertStatus, Delivery, IngestError, Millis, Notice, NoticeMeta, Source,
};
use crate::model::LabelMap;

/// How a source's documents map to alerts. Built and validated by `config`.
#[derive(Debug, Clone)]
pub struct Mapping {
    pub name: String,
    /// Mounted at this HTTP path, under `/webhook/`.
    pub path: String,
    pub envelope: Envelope,
    /// Where the alert(s) are: an object is one alert, an array many; `None`: the document.
    pub alerts: Option<JsonPath>,
    /// Fields joined to identify an alert; empty: a hash of its labels.
    pub fingerprint: Vec<Field>,
    /// Resolves of this sender do not carry the episode's start.
    pub resolve_by_fingerprint: bool,
    pub labels: Vec<(String, Field)>,
    pub static_labels: LabelMap,
    pub annotations: Vec<(String, Field)>,
    pub links: Vec<(String, Field)>,
    pub status: StatusMap,
    pub starts_at: TimeField,
    /// For resolved alerts; without it, or when the field is missing, the end is the start.
    pub ends_at: Option<TimeField>,
}

/// A wrapper around the sender's documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Envelope {
    None,
    /// Amazon SNS HTTP(S) delivery: `Notification` messages carry the document as a JSON string
    /// in `Message`; `SubscriptionConfirmation` must be confirmed by visiting `SubscribeURL`.
    Sns,
}

/// Which values of a field mean firing and resolved.
#[derive(Debug, Clone)]
pub struct StatusMap {
    pub field: Field,
    pub firing: Vec<String>,
    pub resolved: Vec<String>,
}

/// A time field and how it is written.
#[derive(Debug, Clone)]
pub struct TimeField {
    pub field: Field,
    pub format: TimeFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeFormat {
    /// RFC 3339; offsets written `+0000` are accepted too (CloudWatch writes them so).
    Rfc3339,
    UnixSeconds,
    UnixMillis,
    UnixNanos,
}

impl TimeFormat {
    pub fn parse(name: &str) -> Option<TimeFormat> {
        match name {
            "rfc3339" => Some(TimeFormat::Rfc3339),
            "unix" | "unix_seconds" => Some(TimeFormat::UnixSeconds),
            "unix_ms" => Some(TimeFormat::UnixMillis),
            "unix_ns" => Some(TimeFormat::UnixNanos),
            _ => None,
        }
    }
}

/// A value taken from a path, optionally narrowed by a regex (the first of its capture groups
/// that took part in the match, or the whole match without groups). When the path is missing,
/// or its value does not match, the fallback paths are tried in order with the same regex:
/// senders leave out fields now and then (PagerDuty's `data.created_at`, CloudWatch's
/// `AlarmArn`).
#[derive(Debug, Clone)]
pub struct Field {
    pub path: JsonPath,
    pub fallbacks: Vec<JsonPath>,
    pub regex: Option<Regex>,
}

/// A dotted path into JSON: `event.data.service.summary`, `alerts.0.id`; empty for the value
/// itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonPath {
    text: String,
    segments: Vec<String>,
}

impl JsonPath {
    pub fn parse(text: &str) -> Result<JsonPath, String> {
        let trimmed = text.trim();
        if trimmed.is_empty() || trimmed == "." || trimmed == "$" {
            return Ok(JsonPath {
                text: ".".into(),
                segments: Vec::new(),
            });
        }
        let body = trimmed.strip_prefix("$.").unwrap_or(trimmed);
        let segments: Vec<String> = body.split('.').map(str::to_string).collect();
        if segments.iter().any(String::is_empty) {
            return Err(format!("{text:?} has an empty path segment"));
        }
        Ok(JsonPath {
            text: body.to_string(),
            segments,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn lookup<'a>(&self, value: &'a serde_json::Value) -> Option<&'a serde_json::Value> {
        let mut current = value;
        for segment in &self.segments {
            current = match current {
                serde_json::Value::Object(map) => map.get(segment)?,
                serde_json::Value::Array(list) => list.get(segment.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(current)
    }
}

impl Field {
    /// The field's text from the first of its paths that is present and (with a regex)
    /// matching.
    fn text(&self, value: &serde_json::Value) -> Option<String> {
        std::iter::once(&self.path)
            .chain(&self.fallbacks)
            .find_map(|path| self.text_at(path, value))
    }

    /// The paths, for messages: `data.created_at` or `data.created_at | occurred_at`.
    fn describe(&self) -> String {
        std::iter::once(&self.path)
            .chain(&self.fallbacks)
            .map(JsonPath::as_str)
            .collect::<Vec<_>>()
            .join(" | ")
    }

    fn text_at(&self, path: &JsonPath, value: &serde_json::Value) -> Option<String> {
        let raw = match path.lookup(value)? {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            _ => return None,
        };
        match &self.regex {
            None => Some(raw),
            Some(re) => {
                let caps = re.captures(&raw)?;
                // The first group that took part in the match, so that alternatives can each
                // capture their own; without groups, the whole match.
                let taken = caps
                    .iter()
                    .skip(1)
                    .flatten()
                    .next()
                    .or_else(|| caps.get(0))?;
                Some(taken.as_str().to_string())
            }
        }
    }
}

/// What a document amounted to.
#[derive(Debug)]
pub enum Parsed {
    Alerts {
        delivery: Delivery,
        /// Alerts skipped because their status is neither firing nor resolved.
        ignored: usize,
    },
    /// An SNS subscription confirmation: nothing to store; an operator confirms it by opening
    /// `subscribe_url` once.
    Confirmation {
        topic: String,
        subscribe_url: String,
    },
    /// An SNS unsubscribe confirmation: the subscription is already gone. Its `SubscribeURL`
    /// would subscribe the endpoint again, so it is deliberately not passed on.
    Unsubscribed { topic: String },
}

/// Parses a document of the source described by `mapping`.
pub fn parse(mapping: &Mapping, body: &[u8]) -> Result<Parsed, IngestError> {
    let document: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| IngestError::Shape {
            path: "document".into(),
            message: e.to_string(),
        })?;
    let document = match mapping.envelope {
        Envelope::None => document,
        Envelope::Sns => match document.get("Type").and_then(|t| t.as_str()) {
            Some(kind @ ("SubscriptionConfirmation" | "UnsubscribeConfirmation")) => {
                let text = |k: &str| {
                    document
                        .get(k)
                        .and_then(|v| v.as_str())
                        .unwrap_or("")
                        .to_string()
                };
                let topic = text("TopicArn");
                return Ok(if kind == "UnsubscribeConfirmation" {
                    Parsed::Unsubscribed { topic }
                } else {
                    Parsed::Confirmation {
                        topic,
                        subscribe_url: text("SubscribeURL"),
                    }
                });
            }
            Some("Notification") => {
                let message = document
                    .get("Message")
                    .and_then(|m| m.as_str())
                    .ok_or_else(|| {
                        IngestError::Document("SNS notification without a Message string".into())
                    })?;
                serde_json::from_str(message).map_err(|e| IngestError::Shape {
                    path: "Message".into(),
                    message: format!("the SNS Message is not JSON: {e}"),
                })?
            }
            other => {
                return Err(IngestError::Document(format!(
                    "not an SNS message (Type {:?})",
                    other.unwrap_or("missing")
                )))
            }
        },
    };
    if !document.is_object() && !document.is_array() {
        return Err(IngestError::Document(
            "the document must be a JSON object or array".into(),
        ));
    }
    let alerts: Vec<&serde_json::Value> = match &mapping.alerts {
        None => vec![&document],
        Some(path) => match path.lookup(&document) {
            Some(serde_json::Value::Array(list)) => list.iter().collect(),
            Some(one @ serde_json::Value::Object(_)) => vec![one],
            _ => {
                return Err(IngestError::Shape {
                    path: path.as_str().to_string(),
                    message: "expected the alert object or a list of alerts here".into(),
                })
            }
        },
    };
    let mut notices = Vec::with_capacity(alerts.len());
    let mut ignored = 0;
    for (index, alert) in alerts.into_iter().enumerate() {
        match notice(mapping, index, alert)? {
            Some(n) => notices.push(n),
            None => ignored += 1,
        }
    }
    Ok(Parsed::Alerts {
        delivery: Delivery {
            source: Source::named(&mapping.name),
            notices,
            truncated_alerts: 0,
        },
        ignored,
    })
}

fn notice(
    mapping: &Mapping,
    index: usize,
    alert: &serde_json::Value,
) -> Result<Option<Notice>, IngestError> {
    let fail = |field: &'static str, message: String| IngestError::Alert {
        index,
        field,
        message,
    };
    let status_text = mapping.status.field.text(alert).ok_or_else(|| {
        fail(
            "status",
            format!("no value at {}", mapping.status.field.describe()),
        )
    })?;
    let status = if mapping.status.firing.contains(&status_text) {
        AlertStatus::Firing
    } else if mapping.status.resolved.contains(&status_text) {
        AlertStatus::Resolved
    } else {
        return Ok(None);
    };
    let mut labels = mapping.static_labels.clone();
    for (name, field) in &mapping.labels {
        if let Some(v) = field.text(alert).filter(|v| !v.is_empty()) {
            labels.insert(name.clone(), v);
        }
    }
    if labels.is_empty() {
        return Err(fail(
            "labels",
            "none of the mapped label fields is present".into(),
        ));
    }
    let mut annotations = LabelMap::new();
    for (name, field) in &mapping.annotations {
        if let Some(v) = field.text(alert).filter(|v| !v.is_empty()) {
            annotations.insert(name.clone(), v);
        }
    }
    let mut links = LabelMap::new();
    for (name, field) in &mapping.links {
        if let Some(v) = field.text(alert).filter(|v| !v.is_empty()) {
            links.insert(name.clone(), v);
        }
    }
    let starts_at = time_of(&mapping.starts_at, alert)
        .map_err(|m| fail("starts_at", m))?
        .ok_or_else(|| {
            fail(
                "starts_at",
                format!("no value at {}", mapping.starts_at.field.describe()),
            )
        })?;
    let ends_at = match status {
        AlertStatus::Firing => None,
        AlertStatus::Resolved => {
            let end = match &mapping.ends_at {
                Some(field) => time_of(field, alert).map_err(|m| fail("ends_at", m))?,
                None => None,
            };
            Some(end.unwrap_or(starts_at).max(starts_at))
        }
    };
    let fingerprint = if mapping.fingerprint.is_empty() {
        label_fingerprint(&labels)
    } else {
        let parts: Vec<String> = mapping
            .fingerprint
            .iter()
            .map(|f| f.text(alert).unwrap_or_default())
            .collect();
        if parts.iter().all(String::is_empty) {
            return Err(fail(
                "fingerprint",
                "none of the fingerprint fields is present".into(),
            ));
        }
        let joined: LabelMap = parts
            .into_iter()
            .enumerate()
            .map(|(i, p)| (i.to_string(), p))
            .collect();
        label_fingerprint(&joined)
    };
    Ok(Some(Notice {
        fingerprint,
        status,
        labels,
        annotations,
        starts_at,
        ends_at,
        meta: NoticeMeta {
            links,
            resolve_by_fingerprint: mapping.resolve_by_fingerprint,
        },
    }))
}

fn time_of(field: &TimeField, alert: &serde_json::Value) -> Result<Option<Millis>, String> {
    let Some(text) = field.field.text(alert) else {
        return Ok(None);
    };
    parse_time_as(&text, field.format).map(Some)
}

/// Parses a time written in `format`.
pub fn parse_time_as(text: &str, format: TimeFormat) -> Result<Millis, String> {
    let number = || {
        text.trim()
            .parse::<f64>()
            .map_err(|_| format!("{text:?} is not a number"))
    };
    let ms = match format {
        TimeFormat::Rfc3339 => {
            let fixed = fix_offset(text);
            super::parse_time(&fixed)?.ok_or_else(|| format!("{text:?} is the zero time"))?
        }
        TimeFormat::UnixSeconds => (number()? * 1000.0).round() as Millis,
        TimeFormat::UnixMillis => number()?.round() as Millis,
        TimeFormat::UnixNanos => (number()? / 1_000_000.0).round() as Millis,
    };
    if ms <= 0 {
        return Err(format!("{text:?} is not a plausible time"));
    }
    Ok(ms)
}

/// `2026-01-10T12:00:00.000+0000` → `…+00:00`.
fn fix_offset(text: &str) -> String {
    let bytes = text.as_bytes();
    let n = bytes.len();
    if n > 5
        && (bytes[n - 5] == b'+' || bytes[n - 5] == b'-')
        && bytes[n - 4..].iter().all(u8::is_ascii_digit)
    {
        format!("{}:{}", &text[..n - 2], &text[n - 2..])
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_fields_and_times() {
        let doc: serde_json::Value = serde_json::from_str(
            r#"{"a":{"b":[{"c":"x"},{"c":42}]},"t":"[Recovered] Disk full on db-1"}"#,
        )
        .expect("json");
        let field = |p: &str, re: Option<&str>| Field {
            path: JsonPath::parse(p).expect("path"),
            fallbacks: Vec::new(),
            regex: re.map(|r| Regex::new(r).expect("regex")),
        };
        assert_eq!(field("a.b.0.c", None).text(&doc), Some("x".into()));
        assert_eq!(field("a.b.1.c", None).text(&doc), Some("42".into()));
        assert_eq!(field("a.b.2.c", None).text(&doc), None);
        assert_eq!(
            field("t", Some(r"^\[(\w+)\]")).text(&doc),
            Some("Recovered".into())
        );
        assert_eq!(
            field("t", Some(r"^\[[^\]]+\]\s*(.*)$")).text(&doc),
            Some("Disk full on db-1".into())
        );
        assert!(JsonPath::parse("a..b").is_err());
        assert_eq!(
            parse_time_as("2026-01-10T12:00:00.000+0000", TimeFormat::Rfc3339),
            Ok(1_768_046_400_000)
        );
        assert_eq!(
            parse_time_as("1768046400", TimeFormat::UnixSeconds),
            Ok(1_768_046_400_000)
        );
        assert_eq!(
            parse_time_as("1768046400000", TimeFormat::UnixMillis),
            Ok(1_768_046_400_000)
        );
        assert_eq!(
            parse_time_as("1768046400000000000", TimeFormat::UnixNanos),
            Ok(1_768_046_400_000)
        );
        assert!(parse_time_as("soon", TimeFormat::UnixMillis).is_err());
    }

    #[test]
    fn fallbacks_are_tried_in_order_when_a_path_is_missing_or_does_not_match() {
        let doc: serde_json::Value = serde_json::from_str(
            r#"{"occurred_at":"2026-01-10T12:00:00Z","name":"db-1 down","n":"x"}"#,
        )
        .expect("json");
        let check = |path: &str, fallbacks: &[&str], re: Option<&str>, expected: Option<&str>| {
            let field = Field {
                path: JsonPath::parse(path).expect("path"),
                fallbacks: fallbacks
                    .iter()
                    .map(|p| JsonPath::parse(p).expect("path"))
                    .collect(),
                regex: re.map(|r| Regex::new(r).expect("regex")),
            };
            assert_eq!(
                field.text(&doc).as_deref(),
                expected,
                "{}",
                field.describe()
            );
        };
        check(
            "data.created_at",
            &["occurred_at"],
            None,
            Some("2026-01-10T12:00:00Z"),
        );
        check(
            "data.created_at",
            &["missing", "occurred_at"],
            None,
            Some("2026-01-10T12:00:00Z"),
        );
        check("data.created_at", &["missing"], None, None);
        // A regex that does not match the first value moves on to the next path.
        check("n", &["name"], Some(r"^(\S+) down$"), Some("db-1"));
        check("name", &["n"], Some(r"^(\S+) down$"), Some("db-1"));
        // Of several groups, the first that took part in the match.
        check("name", &[], Some(r"^(?:(x)|(\S+) down)$"), Some("db-1"));
    }

    #[test]
    fn sns_unsubscribe_confirmations_are_not_subscription_confirmations() {
        let mapping = Mapping {
            name: "cw".into(),
            path: "/webhook/cw".into(),
            envelope: Envelope::Sns,
            alerts: None,
            fingerprint: Vec::new(),
            resolve_by_fingerprint: false,
            labels: Vec::new(),
            static_labels: LabelMap::new(),
            annotations: Vec::new(),
            links: Vec::new(),
            status: StatusMap {
                field: Field {
                    path: JsonPath::parse("s").expect("path"),
                    fallbacks: Vec::new(),
                    regex: None,
                },
                firing: vec!["a".into()],
                resolved: vec!["b".into()],
            },
            starts_at: TimeField {
                field: Field {
                    path: JsonPath::parse("t").expect("path"),
                    fallbacks: Vec::new(),
                    regex: None,
                },
                format: TimeFormat::Rfc3339,
            },
            ends_at: None,
        };
        let unsubscribe = br#"{"Type":"UnsubscribeConfirmation","TopicArn":"arn:t","SubscribeURL":"https://sns/?Action=ConfirmSubscription"}"#;
        assert!(matches!(
            parse(&mapping, unsubscribe),
            Ok(Parsed::Unsubscribed { topic }) if topic == "arn:t"
        ));
        let subscribe = br#"{"Type":"SubscriptionConfirmation","TopicArn":"arn:t","SubscribeURL":"https://sns/?Action=ConfirmSubscription"}"#;
        assert!(matches!(
            parse(&mapping, subscribe),
            Ok(Parsed::Confirmation { subscribe_url, .. }) if subscribe_url.contains("ConfirmSubscription")
        ));
    }
}
