//! The Prometheus exposition: recurrence metrics derived from the incident state at scrape
//! time (so counters after a restart equal counters before it), plus the daemon's own metrics.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeMetric, NoLabelSet};
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::info::Info;
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::Registry;

use std::collections::BTreeMap;

use crate::incident::ledger::PairFigure;
use crate::incident::{DURATION_BUCKETS, INTERVAL_BUCKETS};
pub use crate::self_metrics::{
    KindLabel, SelfMetrics, SourceCode, SourceLabel, SourceReason, SourceStatus,
};

/// Longest `ref` label value of `recurrence_fix_info`; refs are user-declared.
const MAX_REF_LABEL: usize = 128;

use crate::model::truncate_str as truncate;
use crate::state::Shared;

/// Content type of the Prometheus text format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

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
        "recurrence_rejected_alerts",
        "Alerts skipped (future_start, too_old, ignored_status), changed (annotation_truncated) or documents that carried none (subscription_confirmation, unsubscribe_confirmation)",
        m.rejected_alerts,
    );
    r.register(
        "recurrence_throttled_requests",
        "Webhook requests answered 503 to protect the daemon, by reason",
        m.throttled_requests,
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

/// One sample of a pair.
enum Sample {
    Count(u64),
    Int(i64),
    Float(f64),
    Histogram(crate::incident::Histogram, &'static [f64]),
}

/// How a per-pair family reads its value; `None` leaves the pair out.
type PairValue = fn(&crate::incident::Pair) -> Option<Sample>;

/// A pair's counter: what was counted, including what later evidence merged or pruned.
fn counted(p: &crate::incident::Pair, figure: PairFigure) -> u64 {
    p.counted().value(figure as usize)
}

fn counted_histogram(p: &crate::incident::Pair, figure: PairFigure) -> crate::incident::Histogram {
    p.counted().histogram(figure as usize)
}

impl Sample {
    fn encode(self, mut e: prometheus_client::encoding::MetricEncoder<'_>) -> std::fmt::Result {
        match self {
            Sample::Count(v) => e.encode_counter::<NoLabelSet, _, u64>(&v, None),
            Sample::Int(v) => e.encode_gauge(&v),
            Sample::Float(v) => e.encode_gauge(&v),
            Sample::Histogram(h, bounds) => {
                e.encode_histogram::<NoLabelSet>(h.sum, h.count, &h.buckets(bounds), None)
            }
        }
    }
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
        // Pairs in an order that depends only on the history (earliest incident first), so the
        // same pairs are exported after a restart and on every replica; a pair whose last fix
        // was removed and that never had an episode is not exported, as after a restart.
        let mut all: Vec<&crate::incident::Pair> = tracker
            .pairs()
            .iter()
            .filter(|p| p.counted_incidents() > 0 || !p.fixes.is_empty())
            .collect();
        all.sort_by(|a, b| {
            let first = |p: &crate::incident::Pair| p.summary.first_start.unwrap_or(i64::MAX);
            (first(a), &a.service, &a.signature).cmp(&(first(b), &b.service, &b.signature))
        });
        let shown = &all[..all.len().min(max_series)];
        let per_pair: [(&str, &str, MetricType, PairValue); 13] = [
            (
                "recurrence_incidents",
                "Incidents opened per service and failure signature; never lowered by later evidence or retention (see recurrence_incident_merges_total)",
                MetricType::Counter,
                |p| Some(Sample::Count(counted(p, PairFigure::Incidents))),
            ),
            (
                "recurrence_incident_merges",
                "Incidents counted in recurrence_incidents_total that no longer stand alone in the stored history: merged into another by a late episode or a longer merge window, or pruned by retention",
                MetricType::Counter,
                |p| Some(Sample::Count(p.counted().adjustment(PairFigure::Incidents as usize))),
            ),
            (
                "recurrence_incident_open",
                "Whether the pair has an incident open now (1) or not (0)",
                MetricType::Gauge,
                |p| Some(Sample::Int(i64::from(p.summary.open))),
            ),
            (
                "recurrence_last_incident_start_timestamp_seconds",
                "Start of the pair's latest incident",
                MetricType::Gauge,
                |p| p.summary.last_start.map(|t| Sample::Float(t as f64 / 1000.0)),
            ),
            (
                "recurrence_last_incident_end_timestamp_seconds",
                "End of the pair's latest ended incident",
                MetricType::Gauge,
                |p| p.summary.last_end.map(|t| Sample::Float(t as f64 / 1000.0)),
            ),
            (
                "recurrence_interval_seconds",
                "Time from the end of an incident to the start of the next one of the same pair",
                MetricType::Histogram,
                |p| Some(Sample::Histogram(counted_histogram(p, PairFigure::Intervals), &INTERVAL_BUCKETS)),
            ),
            (
                "recurrence_incident_duration_seconds",
                "Duration of ended incidents",
                MetricType::Histogram,
                |p| Some(Sample::Histogram(counted_histogram(p, PairFigure::Durations), &DURATION_BUCKETS)),
            ),
            (
                "recurrence_flaps",
                "Episodes that rejoined an incident within the merge window after it had ended",
                MetricType::Counter,
                |p| Some(Sample::Count(counted(p, PairFigure::Flaps))),
            ),
            (
                "recurrence_regressions",
                "Incidents that were the first of their pair after a declared fix",
                MetricType::Counter,
                |p| Some(Sample::Count(counted(p, PairFigure::Regressions))),
            ),
            (
                "recurrence_fix_timestamp_seconds",
                "Time of the latest declared fix of the pair",
                MetricType::Gauge,
                |p| p.fixes.last().map(|f| Sample::Float(f.at as f64 / 1000.0)),
            ),
            (
                "recurrence_time_to_regression_seconds",
                "Time from a declared fix to the incident that broke it",
                MetricType::Histogram,
                // Only pairs with a declared fix can regress; others would add all-zero series.
                // A pair whose fix was deleted keeps the regressions it had.
                |p| {
                    (!p.fixes.is_empty() || counted(p, PairFigure::Regressions) > 0).then(|| {
                        Sample::Histogram(counted_histogram(p, PairFigure::TimeToRegression), &INTERVAL_BUCKETS)
                    })
                },
            ),
            (
                "recurrence_symptoms",
                "Distinct alertnames the pair showed up as in the longest window",
                MetricType::Gauge,
                |p| Some(Sample::Int(p.summary.windows.last().map(|w| w.symptoms).unwrap_or(0) as i64)),
            ),
            (
                "recurrence_new_symptom",
                "Times a known signature showed up under an alertname never seen for it before",
                MetricType::Counter,
                |p| Some(Sample::Count(counted(p, PairFigure::NewSymptoms))),
            ),
        ];
        for (name, help, kind, value) in per_pair {
            let mut e = encoder.encode_descriptor(name, help, None, kind)?;
            for p in shown.iter().copied() {
                if let Some(sample) = value(p) {
                    let labels = [
                        ("service", p.service.as_str()),
                        ("signature", p.signature.as_str()),
                    ];
                    sample.encode(e.encode_family(&labels)?)?;
                }
            }
        }

        let windows: Vec<String> = tracker
            .windows()
            .iter()
            .map(|w| crate::config::format_duration(std::time::Duration::from_millis(*w as u64)))
            .collect();
        let window_labels = |p: &crate::incident::Pair, w: &str| -> [(&'static str, String); 3] {
            [
                ("service", p.service.clone()),
                ("signature", p.signature.clone()),
                ("window", w.to_string()),
            ]
        };

        let mut e = encoder.encode_descriptor(
            "recurrence_window_incidents",
            "Incidents that started in the trailing window, from the stored history",
            None,
            MetricType::Gauge,
        )?;
        for p in shown.iter().copied() {
            for (w, stats) in windows.iter().zip(&p.summary.windows) {
                e.encode_family(&window_labels(p, w))?
                    .encode_gauge(&(stats.incidents as i64))?;
            }
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_window_firing_seconds",
            "Time spent in incident within the trailing window",
            None,
            MetricType::Gauge,
        )?;
        for p in shown.iter().copied() {
            for (w, stats) in windows.iter().zip(&p.summary.windows) {
                e.encode_family(&window_labels(p, w))?
                    .encode_gauge(&(stats.firing_ms as f64 / 1000.0))?;
            }
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_fix_info",
            "The reference of the latest declared fix of the pair (one series per pair)",
            None,
            MetricType::Gauge,
        )?;
        for p in shown.iter().copied() {
            if let Some(fix) = p.fixes.last() {
                let reference = truncate(&fix.reference, MAX_REF_LABEL);
                let fix_labels = [
                    ("service", p.service.as_str()),
                    ("signature", p.signature.as_str()),
                    ("ref", reference),
                ];
                e.encode_family(&fix_labels)?.encode_gauge(&1i64)?;
            }
        }

        // Shares are over every pair, exported or not, so they add up to 1.
        let mut totals = vec![0u64; windows.len()];
        let mut by_service: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
        let mut by_signature: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
        for p in all.iter().copied() {
            for (i, stats) in p.summary.windows.iter().enumerate() {
                totals[i] += stats.incidents;
            }
        }
        for p in shown.iter().copied() {
            for (i, stats) in p.summary.windows.iter().enumerate() {
                by_service
                    .entry(&p.service)
                    .or_insert_with(|| vec![0; windows.len()])[i] += stats.incidents;
                by_signature
                    .entry(&p.signature)
                    .or_insert_with(|| vec![0; windows.len()])[i] += stats.incidents;
            }
        }
        for (name, key, help, groups) in [
            (
                "recurrence_service_incident_share_ratio",
                "service",
                "The service's share of all incidents that started in the window",
                &by_service,
            ),
            (
                "recurrence_signature_incident_share_ratio",
                "signature",
                "The signature's share of all incidents that started in the window",
                &by_signature,
            ),
        ] {
            let mut e = encoder.encode_descriptor(name, help, None, MetricType::Gauge)?;
            for (value, counts) in groups {
                for (i, w) in windows.iter().enumerate() {
                    let ratio = if totals[i] == 0 {
                        0.0
                    } else {
                        counts[i] as f64 / totals[i] as f64
                    };
                    e.encode_family(&[(key, *value), ("window", w.as_str())])?
                        .encode_gauge(&ratio)?;
                }
            }
        }

        encode_outages(&mut encoder, &tracker, shown, &windows)?;

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

/// Outages in one window, by (cause, attribution).
type OutagesByCause = BTreeMap<(String, &'static str), u64>;

/// The outage families, for the services of the exported pairs (a capped set); causes are
/// signatures, attributions a closed set.
fn encode_outages(
    encoder: &mut DescriptorEncoder,
    tracker: &crate::incident::Tracker,
    shown: &[&crate::incident::Pair],
    windows: &[String],
) -> std::fmt::Result {
    let services: std::collections::BTreeSet<&str> =
        shown.iter().map(|p| p.service.as_str()).collect();
    let all = tracker.services();
    let exported = || {
        all.iter()
            .filter(|(service, _)| services.contains(service.as_str()))
    };

    let mut e = encoder.encode_descriptor(
        "recurrence_outages",
        "Outages per service, cause and attribution (observed, upstream, declared, probable, unexplained); each outage counted once across the signatures that fired in it",
        None,
        MetricType::Counter,
    )?;
    for (service, outages) in exported() {
        for ((cause, attribution), counted) in &outages.counted {
            e.encode_family(&[
                ("service", service.as_str()),
                ("cause", cause.as_str()),
                ("attribution", attribution.as_str()),
            ])?
            .encode_counter::<NoLabelSet, _, u64>(&counted.value(0), None)?;
        }
    }

    let mut e = encoder.encode_descriptor(
        "recurrence_outage_revisions",
        "Outages counted under one cause or attribution that later evidence moved to another, merged or retention pruned",
        None,
        MetricType::Counter,
    )?;
    for (service, outages) in exported() {
        let revised: u64 = outages.counted.values().map(|c| c.adjustment(0)).sum();
        e.encode_family(&[("service", service.as_str())])?
            .encode_counter::<NoLabelSet, _, u64>(&revised, None)?;
    }

    let mut e = encoder.encode_descriptor(
        "recurrence_outage_regressions",
        "Outages that were the first with their cause (observed or attributed) after a declared fix of that signature on the service",
        None,
        MetricType::Counter,
    )?;
    for (service, outages) in exported() {
        for (cause, counted) in &outages.counted_by_cause {
            e.encode_family(&[("service", service.as_str()), ("cause", cause.as_str())])?
                .encode_counter::<NoLabelSet, _, u64>(&counted.value(0), None)?;
        }
    }

    let mut e = encoder.encode_descriptor(
        "recurrence_outage_interval_seconds",
        "Time from the end of an outage to the start of the next one of the same service and cause (unexplained outages left out)",
        None,
        MetricType::Histogram,
    )?;
    for (service, outages) in exported() {
        for (cause, counted) in &outages.counted_by_cause {
            let h = counted.histogram(1);
            e.encode_family(&[("service", service.as_str()), ("cause", cause.as_str())])?
                .encode_histogram::<NoLabelSet>(
                    h.sum,
                    h.count,
                    &h.buckets(&INTERVAL_BUCKETS),
                    None,
                )?;
        }
    }

    let mut e = encoder.encode_descriptor(
        "recurrence_outage_open",
        "Whether the service has an outage open now (1) or not (0)",
        None,
        MetricType::Gauge,
    )?;
    for (service, outages) in exported() {
        let open = outages.outages.last().is_some_and(|o| o.end().is_none());
        e.encode_family(&[("service", service.as_str())])?
            .encode_gauge(&i64::from(open))?;
    }

    // Outages that started in each window, per service and cause, from the derived truth.
    let now = tracker.now();
    let mut by_service: BTreeMap<&str, Vec<OutagesByCause>> = BTreeMap::new();
    let mut totals = vec![0u64; windows.len()];
    for (service, outages) in all {
        let mut per_window = vec![BTreeMap::new(); windows.len()];
        for (i, window) in tracker.windows().iter().enumerate() {
            let from = now - window;
            for outage in outages.outages.iter().rev() {
                if outage.start < from {
                    break;
                }
                if outage.start <= now {
                    let key = (
                        tracker.name(outage.cause).to_string(),
                        outage.attribution.as_str(),
                    );
                    *per_window[i].entry(key).or_insert(0) += 1;
                    totals[i] += 1;
                }
            }
        }
        if services.contains(service.as_str()) {
            by_service.insert(service, per_window);
        }
    }
    let mut e = encoder.encode_descriptor(
        "recurrence_window_outages",
        "Outages that started in the trailing window, per service, cause and attribution, from the stored history",
        None,
        MetricType::Gauge,
    )?;
    for (service, per_window) in &by_service {
        for (w, causes) in windows.iter().zip(per_window) {
            for ((cause, attribution), n) in causes {
                e.encode_family(&[
                    ("service", *service),
                    ("cause", cause.as_str()),
                    ("attribution", *attribution),
                    ("window", w.as_str()),
                ])?
                .encode_gauge(&(*n as i64))?;
            }
        }
    }
    let mut e = encoder.encode_descriptor(
        "recurrence_service_outage_share_ratio",
        "The service's share of all outages that started in the window (each outage counted once)",
        None,
        MetricType::Gauge,
    )?;
    for (service, per_window) in &by_service {
        for (i, w) in windows.iter().enumerate() {
            let n: u64 = per_window[i].values().sum();
            let ratio = if totals[i] == 0 {
                0.0
            } else {
                n as f64 / totals[i] as f64
            };
            e.encode_family(&[("service", *service), ("window", w.as_str())])?
                .encode_gauge(&ratio)?;
        }
    }
    Ok(())
}
