//! Grafana alerting's webhook contact point (unified alerting, payload version "1").
//!
//! Alertmanager-like, plus `orgId`, `state`, `title`, `message` at the top and, per alert,
//! `values`, `valueString`, `silenceURL`, `dashboardURL`, `panelURL` and `imageURL`. The links
//! are kept with the episode (the incident API shows them); the values and texts are validated
//! but not stored, since the labels and annotations carry the alert itself.

use serde::Deserialize;

use super::{alertmanager, Delivery, IngestError, NoticeMeta, Source};

/// Alertmanager's document with Grafana's alerts, plus Grafana's own top-level fields.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)] // Group-level fields are part of the validated shape, not of the model.
struct Webhook {
    #[serde(flatten)]
    common: alertmanager::Webhook<Alert>,
    #[serde(default)]
    org_id: i64,
    #[serde(default)]
    title: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    message: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct Alert {
    #[serde(flatten)]
    common: alertmanager::Alert,
    #[serde(default, rename = "silenceURL")]
    silence_url: String,
    #[serde(default, rename = "dashboardURL")]
    dashboard_url: String,
    #[serde(default, rename = "panelURL")]
    panel_url: String,
    #[serde(default, rename = "imageURL")]
    image_url: String,
    /// Query results by refId; numbers, or null for NaN.
    #[serde(default)]
    values: Option<std::collections::BTreeMap<String, Option<f64>>>,
    #[serde(default)]
    value_string: String,
}

/// Parses and validates one Grafana webhook document.
pub fn parse(body: &[u8]) -> Result<Delivery, IngestError> {
    let webhook: Webhook = alertmanager::read_document(body, "a Grafana webhook")?;
    let webhook = webhook.common;
    if let Some(version) = &webhook.version {
        if version != "1" {
            return Err(IngestError::Document(format!(
                "unsupported Grafana webhook version {version:?}; this endpoint reads version \"1\""
            )));
        }
    }
    let mut notices = Vec::with_capacity(webhook.alerts.len());
    for (index, alert) in webhook.alerts.into_iter().enumerate() {
        let links = [
            ("dashboardURL", alert.dashboard_url),
            ("panelURL", alert.panel_url),
            ("silenceURL", alert.silence_url),
            ("generatorURL", alert.common.generator_url.clone()),
            ("imageURL", alert.image_url),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let meta = NoticeMeta {
            links,
            resolve_by_fingerprint: false,
        };
        notices.push(alertmanager::notice(index, alert.common, meta)?);
    }
    Ok(Delivery {
        source: Source::Grafana,
        notices,
        truncated_alerts: webhook.truncated_alerts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_payload_parses_with_links() {
        let body = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/grafana/firing.json"
        ))
        .expect("fixture");
        let d = parse(&body).expect("valid");
        assert_eq!(d.source, Source::Grafana);
        assert_eq!(d.notices.len(), 2);
        let n = &d.notices[0];
        assert_eq!(n.fingerprint, "c6eadffa33fcdf37");
        assert_eq!(
            n.meta.links["dashboardURL"],
            "https://grafana.example/d/payments?orgId=1"
        );
        assert_eq!(
            n.meta.links["panelURL"],
            "https://grafana.example/d/payments?orgId=1&viewPanel=4"
        );
        assert!(parse(br#"{"version":"4","alerts":[]}"#).is_err());
        assert_eq!(
            parse(br#"{"alerts":[{"status":"firing","labels":{"a":"b"},"startsAt":"x"}]}"#).expect_err("bad").to_string(),
            "alerts[0].startsAt: \"x\" is not an RFC 3339 timestamp: the 'year' component could not be parsed"
        );
    }
}
