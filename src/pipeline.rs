//! One delivery from its bytes to the writer's job: the document parsed in its format, the size
//! and clock limits, retention, the repeat fast path and classification, with a [`Tally`] of
//! what arrived and what was skipped for `SelfMetrics::record`. The HTTP handler and the
//! offline import both go through [`accept`], so a backfill meets the same limits as a webhook.
//! Knows neither HTTP nor vendor JSON (`ingest` parses).

use serde_json::json;

use crate::classify::Classification;
use crate::ingest::generic::Parsed;
use crate::ingest::{self, AlertStatus, Millis, Notice, Source};
use crate::self_metrics::Tally;
use crate::state::{Runtime, Shared};
use crate::store::writer::Summary;

/// What a delivery amounts to before the writer.
#[derive(Debug)]
pub enum Prepared {
    /// A subscription confirmation or unsubscribe notice: logged and counted, nothing stored;
    /// the answer for the sender.
    Answered(serde_json::Value),
    /// Every alert repeats a known episode: nothing durable changes, nothing to write.
    Repeats(Summary),
    /// The alerts, classified, for the writer.
    Items(Vec<(Notice, Classification)>),
}

/// How a document is read.
#[derive(Debug, Clone)]
pub enum Format {
    Alertmanager,
    Grafana,
    /// A source from the `sources:` section.
    Mapped(Box<ingest::generic::Mapping>),
}

/// What became of one delivery before the writer: the answer or refusal, and what to count.
#[derive(Debug)]
pub struct Outcome {
    pub result: Result<Prepared, Refusal>,
    pub tally: Tally,
}

/// Why a delivery was refused; every one is the sender's doing.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Refusal {
    /// Not a document of its format (400).
    #[error("{0}")]
    Malformed(String),
    /// Over a size limit that a retry cannot pass (413).
    #[error("{0}")]
    TooLarge(String),
    /// A limit on an alert (400).
    #[error("{0}")]
    Invalid(String),
}

/// Parses a delivery received at `received_at` in its format, applies the limits, answers
/// repeats and classifies the rest. Counts nothing itself: the caller records the tally.
pub fn accept(
    shared: &Shared,
    runtime: &Runtime,
    source: Source,
    format: &Format,
    bytes: &[u8],
    received_at: Millis,
) -> Outcome {
    let mut tally = Tally::default();
    let parsed = match format {
        Format::Alertmanager => ingest::alertmanager::parse(bytes).map(|delivery| Parsed::Alerts {
            delivery,
            ignored: 0,
        }),
        Format::Grafana => ingest::grafana::parse(bytes).map(|delivery| Parsed::Alerts {
            delivery,
            ignored: 0,
        }),
        Format::Mapped(mapping) => ingest::generic::parse(mapping, bytes),
    };
    let result = match parsed {
        Err(e) => {
            tally.rejected = Some(e.kind());
            tracing::debug!(source = source.as_str(), error = %e, "rejected webhook document");
            Err(Refusal::Malformed(e.to_string()))
        }
        Ok(parsed) => prepare(shared, runtime, source, parsed, received_at, &mut tally),
    };
    Outcome { result, tally }
}

/// Applies the limits to a parsed delivery, tallies it, answers repeats and classifies the
/// rest.
fn prepare(
    shared: &Shared,
    runtime: &Runtime,
    source: Source,
    parsed: Parsed,
    received_at: Millis,
    tally: &mut Tally,
) -> Result<Prepared, Refusal> {
    let mut delivery = match parsed {
        ingest::generic::Parsed::Confirmation {
            topic,
            subscribe_url,
        } => {
            tally.alerts("subscription_confirmation", 1);
            // The daemon does not call out to the internet: an operator confirms by
            // visiting the URL once.
            tracing::warn!(
                source = source.as_str(),
                topic = %topic,
                subscribe_url = %subscribe_url,
                "SNS subscription confirmation received: visit SubscribeURL once to confirm the subscription"
            );
            return Ok(Prepared::Answered(json!({"status": "success", "data": {
                "confirmation": "logged; visit subscribe_url to confirm",
                "topic": topic,
                "subscribe_url": subscribe_url,
            }})));
        }
        ingest::generic::Parsed::Alerts { delivery, ignored } => {
            tally.alerts("ignored_status", ignored as u64);
            delivery
        }
        ingest::generic::Parsed::Unsubscribed { topic } => {
            tally.alerts("unsubscribe_confirmation", 1);
            // Its SubscribeURL would subscribe the endpoint again: it is not repeated here.
            tracing::info!(
                source = source.as_str(),
                topic = %topic,
                "SNS unsubscribe confirmation received: the subscription is removed; nothing to do"
            );
            return Ok(Prepared::Answered(json!({"status": "success", "data": {
                "confirmation": "unsubscribed; nothing to do",
                "topic": topic,
            }})));
        }
    };
    tracing::Span::current().record("alerts", delivery.notices.len() as i64);
    let limited = ingest::enforce_limits(&mut delivery, &runtime.config.limits, received_at)
        .map_err(|e| {
            tracing::debug!(source = source.as_str(), error = %e, "webhook document over a limit");
            tally.rejected = Some(e.kind());
            match e {
                ingest::LimitError::TooManyAlerts { .. } => Refusal::TooLarge(e.to_string()),
                _ => Refusal::Invalid(e.to_string()),
            }
        })?;
    tally.alerts("future_start", limited.future_starts as u64);
    if limited.future_starts > 0 {
        tracing::warn!(
            source = source.as_str(),
            alerts = limited.future_starts,
            "skipped alerts starting in the future beyond limits.max_clock_skew; check the sender's clock"
        );
    }
    let retention = runtime.config.retention.as_millis() as Millis;
    let expired = ingest::drop_expired(&mut delivery, received_at.saturating_sub(retention));
    tally.alerts("too_old", expired as u64);
    if expired > 0 {
        tracing::info!(
            source = source.as_str(),
            alerts = expired,
            "skipped alerts that ended before the retention period; they would be pruned at once"
        );
    }
    for (reason, count) in [
        ("annotation_truncated", limited.truncated_annotations),
        ("fingerprint_hashed", limited.hashed_fingerprints),
        ("annotations_dropped", limited.dropped_annotations),
        ("links_dropped", limited.dropped_links),
    ] {
        tally.alerts(reason, count as u64);
    }
    if delivery.truncated_alerts > 0 {
        tally.truncated = delivery.truncated_alerts.min(ingest::MAX_TRUNCATED_ALERTS);
        tracing::warn!(
            source = source.as_str(),
            truncated = delivery.truncated_alerts,
            "sender left alerts out of a webhook (max_alerts); they are not recorded"
        );
    }
    let firing = delivery
        .notices
        .iter()
        .filter(|n| n.status == AlertStatus::Firing)
        .count();
    tally.firing = firing as u64;
    tally.resolved = (delivery.notices.len() - firing) as u64;
    // Alertmanager re-sends every firing alert each group_interval: a document made only of
    // repeats of known episodes changes nothing durable, so it is answered without
    // classification and without waiting for the writer.
    let repeats = {
        let mut tracker = shared.tracker.lock().expect("tracker lock");
        tracker.touch_repeats(source, &delivery.notices, received_at)
    };
    if repeats {
        return Ok(Prepared::Repeats(Summary {
            alerts: delivery.notices.len(),
            unchanged: delivery.notices.len(),
            ..Default::default()
        }));
    }
    let items = delivery
        .notices
        .into_iter()
        .map(|n| {
            let class = runtime.classifier.classify(&n.labels, &n.annotations);
            (n, class)
        })
        .collect();
    Ok(Prepared::Items(items))
}
