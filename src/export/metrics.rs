//! The Prometheus exposition: recurrence metrics derived from the incident state at scrape
//! time (so counters after a restart equal counters before it), plus the daemon's own metrics.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric, NoLabelSet};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::{ConstGauge, Gauge};
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::metrics::info::Info;
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;

use crate::incident::{DURATION_BUCKETS, INTERVAL_BUCKETS};
use crate::state::Shared;

/// Content type of the Prometheus text format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SourceCode {
    pub source: &'static str,
    pub code: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SourceStatus {
    pub source: &'static str,
    pub status: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SourceLabel {
    pub source: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SourceReason {
    pub source: &'static str,
    pub reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct KindLabel {
    pub kind: &'static str,
}

/// The daemon's own counters; cheap to clone, each clone updates the same values.
#[derive(Clone, Debug)]
pub struct SelfMetrics {
    pub webhook_requests: Family<SourceCode, Counter>,
    pub alerts_received: Family<SourceStatus, Counter>,
    pub truncated_alerts: Family<SourceLabel, Counter>,
    pub rejected_documents: Family<SourceReason, Counter>,
    pub store_errors: Family<KindLabel, Counter>,
    pub commit_seconds: Histogram,
    pub commit_changes: Histogram,
    pub reload_successful: Gauge,
    pub reload_success_timestamp: Gauge<f64, AtomicU64>,
}

impl Default for SelfMetrics {
    fn default() -> Self {
        SelfMetrics {
            webhook_requests: Family::default(),
            alerts_received: Family::default(),
            truncated_alerts: Family::default(),
            rejected_documents: Family::default(),
            store_errors: Family::default(),
            commit_seconds: Histogram::new(exponential_buckets(0.0005, 2.0, 14)),
            commit_changes: Histogram::new(exponential_buckets(1.0, 4.0, 8)),
            reload_successful: Gauge::default(),
            reload_success_timestamp: Gauge::default(),
        }
    }
}

impl SelfMetrics {
    pub fn store_error(&self, kind: &'static str) {
        self.store_errors.get_or_create(&KindLabel { kind }).inc();
    }
}

/// Builds the registry served on `/metrics`.
pub fn registry(shared: Arc<Shared>) -> Registry {
    let m = shared.metrics.clone();
    let mut r = Registry::default();
    r.register(
        "recurrence_webhook_requests",
        "Webhook requests by source and HTTP status code",
        m.webhook_requests,
    );
    r.register(
        "recurrence_alerts_received",
        "Alerts received in accepted webhook documents, by source and alert status",
        m.alerts_received,
    );
    r.register(
        "recurrence_truncated_alerts",
        "Alerts the sender left out of a document because of its max_alerts setting",
        m.truncated_alerts,
    );
    r.register(
        "recurrence_rejected_documents",
        "Webhook documents refused, by source and reason",
        m.rejected_documents,
    );
    r.register(
        "recurrence_store_errors",
        "Failed store operations by kind",
        m.store_errors,
    );
    r.register(
        "recurrence_store_commit_seconds",
        "Time to make one group commit durable",
        m.commit_seconds,
    );
    r.register(
        "recurrence_store_commit_changes",
        "Episode changes per group commit",
        m.commit_changes,
    );
    r.register(
        "recurrence_config_last_reload_successful",
        "Whether the last configuration reload succeeded",
        m.reload_successful,
    );
    r.register(
        "recurrence_config_last_reload_success_timestamp_seconds",
        "Timestamp of the last successful configuration reload",
        m.reload_success_timestamp,
    );
    r.register(
        "recurrence_build",
        "Build information",
        Info::new(vec![
            ("version", env!("CARGO_PKG_VERSION")),
            ("rustc", option_env!("RUSTC_VERSION").unwrap_or("stable")),
        ]),
    );
    r.register_collector(Box::new(PairCollector { shared }));
    r
}

/// Encodes the registry in the Prometheus text format.
pub fn render(registry: &Registry) -> String {
    let mut out = String::with_capacity(64 * 1024);
    prometheus_client::encoding::prometheus_text::encode(&mut out, registry)
        .expect("writing to a String cannot fail");
    out
}

/// Encodes the per-pair recurrence metrics from the incident state on each scrape.
#[derive(Debug)]
struct PairCollector {
    shared: Arc<Shared>,
}

impl Collector for PairCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let max_series = self.shared.runtime().config.limits.max_series;
        let tracker = self.shared.tracker.lock().expect("tracker lock");
        let all = tracker.pairs();
        let shown = &all[..all.len().min(max_series)];
        let labels = |p: &'_ crate::incident::Pair| -> [(&'static str, String); 2] {
            [
                ("service", p.service.clone()),
                ("signature", p.signature.clone()),
            ]
        };

        let mut e = encoder.encode_descriptor(
            "recurrence_incidents",
            "Incidents per service and failure signature since history began (within retention)",
            None,
            MetricType::Counter,
        )?;
        for p in shown {
            e.encode_family(&labels(p))?
                .encode_counter::<NoLabelSet, _, u64>(&p.summary.incidents, None)?;
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_incident_open",
            "Whether the pair has an incident open now (1) or not (0)",
            None,
            MetricType::Gauge,
        )?;
        for p in shown {
            e.encode_family(&labels(p))?
                .encode_gauge(&i64::from(p.summary.open))?;
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_last_incident_start_timestamp_seconds",
            "Start of the pair's latest incident",
            None,
            MetricType::Gauge,
        )?;
        for p in shown {
            if let Some(t) = p.summary.last_start {
                e.encode_family(&labels(p))?
                    .encode_gauge(&(t as f64 / 1000.0))?;
            }
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_last_incident_end_timestamp_seconds",
            "End of the pair's latest ended incident",
            None,
            MetricType::Gauge,
        )?;
        for p in shown {
            if let Some(t) = p.summary.last_end {
                e.encode_family(&labels(p))?
                    .encode_gauge(&(t as f64 / 1000.0))?;
            }
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_interval_seconds",
            "Time from the end of an incident to the start of the next one of the same pair",
            None,
            MetricType::Histogram,
        )?;
        for p in shown {
            let h = &p.summary.intervals;
            e.encode_family(&labels(p))?
                .encode_histogram::<NoLabelSet>(
                    h.sum,
                    h.count,
                    &h.buckets(&INTERVAL_BUCKETS),
                    None,
                )?;
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_incident_duration_seconds",
            "Duration of ended incidents",
            None,
            MetricType::Histogram,
        )?;
        for p in shown {
            let h = &p.summary.durations;
            e.encode_family(&labels(p))?
                .encode_histogram::<NoLabelSet>(
                    h.sum,
                    h.count,
                    &h.buckets(&DURATION_BUCKETS),
                    None,
                )?;
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_flaps",
            "Episodes that rejoined an incident within the merge window after it had ended",
            None,
            MetricType::Counter,
        )?;
        for p in shown {
            e.encode_family(&labels(p))?
                .encode_counter::<NoLabelSet, _, u64>(&p.summary.flaps, None)?;
        }

        let gauges: [(&str, &str, i64); 5] = [
            (
                "recurrence_pairs",
                "Distinct (service, signature) pairs in the history",
                all.len() as i64,
            ),
            (
                "recurrence_series_overflow",
                "Pairs not exported because limits.max_series was reached",
                all.len().saturating_sub(max_series) as i64,
            ),
            (
                "recurrence_episodes",
                "Episodes in the history",
                tracker.episode_count() as i64,
            ),
            (
                "recurrence_episodes_open",
                "Episodes firing now",
                tracker.open_episodes() as i64,
            ),
            (
                "recurrence_ready",
                "Whether history is loaded and the store accepts writes",
                i64::from(
                    self.shared.loaded.load(Ordering::Relaxed)
                        && self.shared.ingest_healthy.load(Ordering::Relaxed),
                ),
            ),
        ];
        for (name, help, value) in gauges {
            let gauge = ConstGauge::new(value);
            gauge.encode(encoder.encode_descriptor(name, help, None, gauge.metric_type())?)?;
        }
        Ok(())
    }
}
