//! One delivery from its parsed document to the writer's job: the size and clock limits,
//! retention, the counters of what arrived and what was skipped, the repeat fast path and
//! classification. The HTTP handler and the offline import both go through [`prepare`], so a
//! backfill meets the same limits as a webhook. Knows neither HTTP nor vendor JSON.

use serde_json::json;

use crate::classify::Classification;
use crate::ingest::generic::Parsed;
use crate::ingest::{self, AlertStatus, Millis, Notice, Source};
use crate::self_metrics::{SourceLabel, SourceReason, SourceStatus};
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

/// Why a delivery was refused; every one is the sender's doing.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Refusal {
    /// Over a size limit that a retry cannot pass (413).
    #[error("{0}")]
    TooLarge(String),
    /// A limit on an alert (400).
    #[error("{0}")]
    Invalid(String),
}

/// Applies the limits to a parsed delivery received at `received_at`, counts it, answers
/// repeats and classifies the rest.
pub fn prepare(
    shared: &Shared,
    runtime: &Runtime,
    source: Source,
    parsed: Parsed,
    received_at: Millis,
) -> Result<Prepared, Refusal> {
    let reject = |reason: &'static str| shared.metrics.reject_document(source.as_str(), reason);
    let mut delivery = match parsed {
        ingest::generic::Parsed::Confirmation {
            topic,
            subscribe_url,
        } => {
            shared
                .metrics
                .count_alerts(source.as_str(), "subscription_confirmation", 1);
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
            if ignored > 0 {
                shared
                    .metrics
                    .count_alerts(source.as_str(), "ignored_status", ignored);
            }
            delivery
        }
        ingest::generic::Parsed::Unsubscribed { topic } => {
            shared
                .metrics
                .count_alerts(source.as_str(), "unsubscribe_confirmation", 1);
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
            reject(e.kind());
            match e {
                ingest::LimitError::TooManyAlerts { .. } => Refusal::TooLarge(e.to_string()),
                _ => Refusal::Invalid(e.to_string()),
            }
        })?;
    if limited.future_starts > 0 {
        shared
            .metrics
            .rejected_alerts
            .get_or_create(&SourceReason {
                source: source.as_str(),
                reason: "future_start",
            })
            .inc_by(limited.future_starts as u64);
        tracing::warn!(
            source = source.as_str(),
            alerts = limited.future_starts,
            "skipped alerts starting in the future beyond limits.max_clock_skew; check the sender's clock"
        );
    }
    let retention = runtime.config.retention.as_millis() as Millis;
    let expired = ingest::drop_expired(&mut delivery, received_at.saturating_sub(retention));
    if expired > 0 {
        shared
            .metrics
            .count_alerts(source.as_str(), "too_old", expired);
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
        if count > 0 {
            shared.metrics.count_alerts(source.as_str(), reason, count);
        }
    }
    if delivery.truncated_alerts > 0 {
        shared
            .metrics
            .truncated_alerts
            .get_or_create(&SourceLabel {
                source: source.as_str(),
            })
            .inc_by(delivery.truncated_alerts.min(ingest::MAX_TRUNCATED_ALERTS));
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
    for (status, count) in [
        ("firing", firing),
        ("resolved", delivery.notices.len() - firing),
    ] {
        if count > 0 {
            shared
                .metrics
                .alerts_received
                .get_or_create(&SourceStatus {
                    source: source.as_str(),
                    status,
                })
                .inc_by(count as u64);
        }
    }
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
