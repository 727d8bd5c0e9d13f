//! Prometheus Alertmanager webhook, payload version 4.
//!
//! Every field of the format is read: `receiver`, `status`, `alerts` (with `status`,
//! `labels`, `annotations`, `startsAt`, `endsAt`, `generatorURL`, `fingerprint`),
//! `groupLabels`, `commonLabels`, `commonAnnotations`, `externalURL`, `version`, `groupKey`
//! and `truncatedAlerts`. Group-level fields are validated but carry nothing the per-alert
//! fields lack, so only the alerts become notices.

use serde::Deserialize;

use super::{
    label_fingerprint, parse_time, AlertStatus, Delivery, IngestError, Notice, NoticeMeta, Source,
};
use crate::model::LabelMap;

/// The document Alertmanager sends, and the part of Grafana's that is the same; `A` is the
/// per-alert type.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)] // Group-level fields are part of the validated shape, not of the model.
pub(super) struct Webhook<A> {
    #[serde(default)]
    receiver: String,
    #[serde(default)]
    status: String,
    pub(super) alerts: Vec<A>,
    #[serde(default)]
    group_labels: LabelMap,
    #[serde(default)]
    common_labels: LabelMap,
    #[serde(default)]
    common_annotations: LabelMap,
    #[serde(default, rename = "externalURL")]
    external_url: String,
    #[serde(default)]
    pub(super) version: Option<String>,
    #[serde(default)]
    group_key: String,
    #[serde(default)]
    pub(super) truncated_alerts: u64,
}

/// The per-alert fields Alertmanager and Grafana share.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
pub(super) struct Alert {
    status: String,
    #[serde(default)]
    labels: LabelMap,
    #[serde(default)]
    annotations: LabelMap,
    #[serde(default)]
    starts_at: String,
    #[serde(default)]
    ends_at: String,
    #[serde(default, rename = "generatorURL")]
    pub(super) generator_url: String,
    #[serde(default)]
    fingerprint: String,
}

/// Parses and validates one Alertmanager webhook document.
pub fn parse(body: &[u8]) -> Result<Delivery, IngestError> {
    let webhook: Webhook<Alert> = read_document(body, "an Alertmanager webhook")?;
    if let Some(version) = &webhook.version {
        if version != "4" {
            return Err(IngestError::Document(format!(
                "unsupported webhook version {version:?}; this endpoint reads version \"4\""
            )));
        }
    }
    let mut notices = Vec::with_capacity(webhook.alerts.len());
    for (index, alert) in webhook.alerts.into_iter().enumerate() {
        notices.push(notice(index, alert, NoticeMeta::default())?);
    }
    Ok(Delivery {
        source: Source::Alertmanager,
        notices,
        truncated_alerts: webhook.truncated_alerts,
    })
}

/// Reads a JSON object document into `T`, naming the JSON path of the first bad field.
pub(super) fn read_document<T: serde::de::DeserializeOwned>(
    body: &[u8],
    what: &str,
) -> Result<T, IngestError> {
    let first = body.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|b| *b != b'{') {
        return Err(IngestError::Document(format!(
            "the document must be a JSON object ({what})"
        )));
    }
    // Valid documents take the plain parse; only a bad one is parsed again with path
    // tracking, which allocates for every key and costs about a fifth of a repeat's time.
    let mut de = serde_json::Deserializer::from_slice(body);
    if let Ok(document) = T::deserialize(&mut de) {
        if de.end().is_ok() {
            return Ok(document);
        }
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let document: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        IngestError::Shape {
            path: if path == "." || path == "?" {
                "document".into()
            } else {
                path
            },
            message: e.into_inner().to_string(),
        }
    })?;
    de.end().map_err(|e| IngestError::Shape {
        path: "document".into(),
        message: e.to_string(),
    })?;
    Ok(document)
}

/// Validates one alert of an Alertmanager-shaped document into a notice.
pub(super) fn notice(index: usize, alert: Alert, meta: NoticeMeta) -> Result<Notice, IngestError> {
    let fail = |field: &'static str, message: String| IngestError::Alert {
        index,
        field,
        message,
    };
    let status = match alert.status.as_str() {
        "firing" => AlertStatus::Firing,
        "resolved" => AlertStatus::Resolved,
        other => {
            return Err(fail(
                "status",
                format!("{other:?} is neither \"firing\" nor \"resolved\""),
            ))
        }
    };
    if alert.labels.is_empty() {
        return Err(fail("labels", "an alert needs at least one label".into()));
    }
    let starts_at = parse_time(&alert.starts_at)
        .map_err(|m| fail("startsAt", m))?
        .ok_or_else(|| {
            fail(
                "startsAt",
                "missing or zero; the episode cannot be identified".into(),
            )
        })?;
    let ends_at = match status {
        // Firing alerts carry the zero time or a provisional resolve timeout; neither is an end.
        AlertStatus::Firing => None,
        AlertStatus::Resolved => {
            let end = parse_time(&alert.ends_at)
                .map_err(|m| fail("endsAt", m))?
                .ok_or_else(|| fail("endsAt", "a resolved alert needs its endsAt".into()))?;
            // A clock-skewed sender can put the end before the start; the episode then lasted 0s.
            Some(end.max(starts_at))
        }
    };
    let fingerprint = if alert.fingerprint.is_empty() {
        label_fingerprint(&alert.labels)
    } else {
        alert.fingerprint
    };
    Ok(Notice {
        fingerprint,
        status,
        labels: alert.labels,
        annotations: alert.annotations,
        starts_at,
        ends_at,
        meta,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!(
            "{}/tests/fixtures/alertmanager-0.25/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read(&path).expect("fixture exists")
    }

    #[test]
    fn real_deliveries_parse() {
        let d = parse(&fixture("02_webhook_alertmanager.json")).expect("valid");
        assert_eq!(d.notices.len(), 2);
        assert!(d
            .notices
            .iter()
            .all(|n| n.status == AlertStatus::Firing && n.ends_at.is_none()));
        let d = parse(&fixture("03_webhook_alertmanager.json")).expect("valid");
        let resolved: Vec<_> = d
            .notices
            .iter()
            .filter(|n| n.status == AlertStatus::Resolved)
            .collect();
        assert_eq!(resolved.len(), 1);
        assert!(resolved[0].ends_at.expect("resolved has end") > resolved[0].starts_at);
        let d = parse(&fixture("06_webhook_alertmanager-max2.json")).expect("valid");
        assert_eq!((d.notices.len(), d.truncated_alerts), (2, 1));
    }

    /// Each malformed document is refused with exactly this message.
    #[test]
    fn malformed_documents() {
        let table: &[(&str, &str)] = &[
            ("", "invalid JSON at document: EOF while parsing a value at line 1 column 0"),
            ("{", "invalid JSON at document: EOF while parsing an object at line 1 column 1"),
            ("[]", "the document must be a JSON object (an Alertmanager webhook)"),
            ("{}", "invalid JSON at document: missing field `alerts` at line 1 column 2"),
            (r#"{"alerts":[{"status":"firing","labels":{"a":1},"startsAt":"2026-01-01T00:00:00Z"}]}"#,
             "invalid JSON at alerts[0].labels.a: invalid type: integer `1`, expected a string at line 1 column 45"),
            (r#"{"alerts":[{"status":"firing","labels":{},"startsAt":"2026-01-01T00:00:00Z"}]}"#,
             "alerts[0].labels: an alert needs at least one label"),
            (r#"{"alerts":[{"status":"firing","labels":{"a":"b"},"startsAt":"2026-01-01T00:00:00Z"},{"status":"firing","labels":{"a":"b"},"startsAt":"soon"}]}"#,
             "alerts[1].startsAt: \"soon\" is not an RFC 3339 timestamp: the 'year' component could not be parsed"),
            (r#"{"alerts":[{"status":"firing","labels":{"a":"b"}}]}"#,
             "alerts[0].startsAt: missing or zero; the episode cannot be identified"),
            (r#"{"alerts":[{"status":"resolved","labels":{"a":"b"},"startsAt":"2026-01-01T00:00:00Z","endsAt":"0001-01-01T00:00:00Z"}]}"#,
             "alerts[0].endsAt: a resolved alert needs its endsAt"),
            (r#"{"alerts":[{"status":"pending","labels":{"a":"b"},"startsAt":"2026-01-01T00:00:00Z"}]}"#,
             "alerts[0].status: \"pending\" is neither \"firing\" nor \"resolved\""),
            (r#"{"version":"5","alerts":[]}"#,
             "unsupported webhook version \"5\"; this endpoint reads version \"4\""),
            (r#"{"alerts":[]} trailing"#, "invalid JSON at document: trailing characters at line 1 column 15"),
        ];
        for (body, expected) in table {
            let err = parse(body.as_bytes()).expect_err(body);
            assert_eq!(err.to_string(), *expected, "body: {body}");
        }
    }

    #[test]
    fn missing_fingerprint_falls_back_to_label_hash_and_end_is_clamped() {
        let d = parse(br#"{"alerts":[{"status":"resolved","labels":{"a":"b"},"startsAt":"2026-01-01T00:10:00Z","endsAt":"2026-01-01T00:00:00Z"}]}"#)
            .expect("valid");
        let n = &d.notices[0];
        assert_eq!(n.fingerprint, label_fingerprint(&n.labels));
        assert_eq!(n.ends_at, Some(n.starts_at));
    }
}
