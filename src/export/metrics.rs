//! The Prometheus exposition: recurrence metrics derived from the incident state at scrape
//! time (so counters after a restart equal counters before it), plus the daemon's own metrics.

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

use crate::ingest::Millis;
use crate::model::truncate_str as truncate;
use crate::state::{Shared, READ_SLICE};

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

/// About how many bytes of text [`stream`] hands over at a time.
pub const CHUNK: usize = 64 * 1024;

/// Encodes the registry as [`render`] does, handing the text to `send` in chunks of about
/// [`CHUNK`] bytes as it is written, so a scrape never holds its whole answer. Stops early
/// when `send` returns false (the client went away). The pair families are copied out of the
/// tracker a slice at a time and written with the lock released, so `send` may block.
pub fn stream(registry: &Registry, send: impl FnMut(String) -> bool) {
    let mut sink = ChunkSink {
        buf: String::with_capacity(CHUNK + CHUNK / 4),
        send,
    };
    if prometheus_client::encoding::prometheus_text::encode(&mut sink, registry).is_ok()
        && !sink.buf.is_empty()
    {
        (sink.send)(std::mem::take(&mut sink.buf));
    }
}

/// The writer behind [`stream`].
struct ChunkSink<F> {
    buf: String,
    send: F,
}

impl<F: FnMut(String) -> bool> std::fmt::Write for ChunkSink<F> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.buf.push_str(s);
        if self.buf.len() >= CHUNK {
            let chunk = std::mem::replace(&mut self.buf, String::with_capacity(CHUNK + CHUNK / 4));
            if !(self.send)(chunk) {
                return Err(std::fmt::Error);
            }
        }
        Ok(())
    }
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
    /// Every step reads the tracker in slices of at most [`READ_SLICE`] pairs or services, one
    /// short lock hold each, and copies what it needs out: the text is written with the lock
    /// released, so a scrape streamed to a slow client never holds it (`stream`).
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let shared = &*self.shared;
        let max_series = shared.runtime().config.limits.max_series;
        // Pairs are named by their index in one tracker: if it is replaced during the scrape,
        // the remaining slices are left out rather than read from another tracker.
        let epoch = shared.tracker_epoch();
        let all = export_order(shared, epoch);
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
            for slice in shown.chunks(READ_SLICE) {
                let rows = copy_pairs(shared, epoch, slice, value);
                for (service, signature, sample) in rows {
                    let labels = [
                        ("service", service.as_str()),
                        ("signature", signature.as_str()),
                    ];
                    sample.encode(e.encode_family(&labels)?)?;
                }
            }
        }

        let windows: Vec<String> = shared.read_tracker(|tracker| {
            tracker
                .windows()
                .iter()
                .map(|w| {
                    crate::config::format_duration(std::time::Duration::from_millis(*w as u64))
                })
                .collect()
        });
        type WindowValue = fn(&crate::incident::WindowStats) -> Sample;
        let window_families: [(&str, &str, WindowValue); 2] = [
            (
                "recurrence_window_incidents",
                "Incidents that started in the trailing window, from the stored history",
                |stats| Sample::Int(stats.incidents as i64),
            ),
            (
                "recurrence_window_firing_seconds",
                "Time spent in incident within the trailing window",
                |stats| Sample::Float(stats.firing_ms as f64 / 1000.0),
            ),
        ];
        for (name, help, value) in window_families {
            let mut e = encoder.encode_descriptor(name, help, None, MetricType::Gauge)?;
            for slice in shown.chunks(READ_SLICE) {
                let rows = copy_pairs(shared, epoch, slice, |p| Some(p.summary.windows.clone()));
                for (service, signature, stats) in rows {
                    for (w, stats) in windows.iter().zip(&stats) {
                        let labels = [
                            ("service", service.as_str()),
                            ("signature", signature.as_str()),
                            ("window", w.as_str()),
                        ];
                        value(stats).encode(e.encode_family(&labels)?)?;
                    }
                }
            }
        }

        let mut e = encoder.encode_descriptor(
            "recurrence_fix_info",
            "The reference of the latest declared fix of the pair (one series per pair)",
            None,
            MetricType::Gauge,
        )?;
        for slice in shown.chunks(READ_SLICE) {
            let rows = copy_pairs(shared, epoch, slice, |p| {
                p.fixes
                    .last()
                    .map(|fix| truncate(&fix.reference, MAX_REF_LABEL).to_string())
            });
            for (service, signature, reference) in rows {
                let fix_labels = [
                    ("service", service.as_str()),
                    ("signature", signature.as_str()),
                    ("ref", reference.as_str()),
                ];
                e.encode_family(&fix_labels)?.encode_gauge(&1i64)?;
            }
        }

        // Shares are over every pair, exported or not, so they add up to 1.
        let mut totals = vec![0u64; windows.len()];
        let mut by_service: BTreeMap<String, Vec<u64>> = BTreeMap::new();
        let mut by_signature: BTreeMap<String, Vec<u64>> = BTreeMap::new();
        let mut services: std::collections::BTreeSet<String> = Default::default();
        for (n, slice) in all.chunks(READ_SLICE).enumerate() {
            let rows = copy_pairs(shared, epoch, slice, |p| Some(p.summary.windows.clone()));
            for (i, (service, signature, stats)) in rows.into_iter().enumerate() {
                for (w, stats) in stats.iter().enumerate().take(windows.len()) {
                    totals[w] += stats.incidents;
                }
                if n * READ_SLICE + i >= shown.len() {
                    continue;
                }
                for (w, stats) in stats.iter().enumerate().take(windows.len()) {
                    by_service
                        .entry(service.clone())
                        .or_insert_with(|| vec![0; windows.len()])[w] += stats.incidents;
                    by_signature
                        .entry(signature.clone())
                        .or_insert_with(|| vec![0; windows.len()])[w] += stats.incidents;
                }
                services.insert(service);
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
                    e.encode_family(&[(key, value.as_str()), ("window", w.as_str())])?
                        .encode_gauge(&ratio)?;
                }
            }
        }
        drop((by_service, by_signature));

        encode_outages(&mut encoder, shared, &services, &windows)?;

        let (episodes, open) =
            shared.read_tracker(|t| (t.episode_count() as i64, t.open_episodes() as i64));
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
            ("recurrence_episodes", "Episodes in the history", episodes),
            ("recurrence_episodes_open", "Episodes firing now", open),
            (
                "recurrence_ready",
                "Whether history is loaded and the store accepts writes",
                i64::from(shared.health.get().store_writable()),
            ),
        ];
        for (name, help, value) in gauges {
            let gauge = ConstGauge::new(value);
            gauge.encode(encoder.encode_descriptor(name, help, None, gauge.metric_type())?)?;
        }
        Ok(())
    }
}

/// The pairs exported, as tracker indexes, in an order that depends only on the history
/// (earliest incident first, then service and signature), so the same pairs are exported
/// after a restart and on every replica. A pair whose last fix was removed and that never had
/// an episode is left out, as after a restart. Only the sort keys are copied (16 bytes a
/// pair); names are read only for pairs whose first incident started at the same instant.
fn export_order(shared: &Shared, epoch: u64) -> Vec<u32> {
    let mut keyed: Vec<(Millis, u32)> = Vec::new();
    shared.pair_slices(|_, pairs, offset| {
        for (i, p) in pairs.iter().enumerate() {
            if p.counted_incidents() > 0 || !p.fixes.is_empty() {
                let first = p.summary.first_start.unwrap_or(Millis::MAX);
                keyed.push((first, (offset + i) as u32));
            }
        }
    });
    keyed.sort_unstable();
    let mut start = 0;
    while start < keyed.len() {
        let first = keyed[start].0;
        let end = start + keyed[start..].iter().take_while(|k| k.0 == first).count();
        if end - start > 1 {
            let ids: Vec<u32> = keyed[start..end].iter().map(|k| k.1).collect();
            let mut named: Vec<(String, String, u32)> = Vec::with_capacity(ids.len());
            for slice in ids.chunks(READ_SLICE) {
                let rows = copy_pairs(shared, epoch, slice, |_| Some(()));
                named.extend(slice.iter().zip(rows).map(|(id, (a, b, ()))| (a, b, *id)));
            }
            named.sort();
            for (k, (_, _, id)) in keyed[start..end].iter_mut().zip(named) {
                k.1 = id;
            }
        }
        start = end;
    }
    keyed.into_iter().map(|(_, id)| id).collect()
}

/// `(service, signature, value)` of the pairs with these indexes that have a value, read in
/// one hold of the tracker lock.
fn copy_pairs<T>(
    shared: &Shared,
    epoch: u64,
    ids: &[u32],
    value: impl Fn(&crate::incident::Pair) -> Option<T>,
) -> Vec<(String, String, T)> {
    shared.read_tracker(|tracker| {
        if shared.tracker_epoch() != epoch {
            return Vec::new();
        }
        let pairs = tracker.pairs();
        ids.iter()
            .filter_map(|id| {
                let p = pairs.get(*id as usize)?;
                let v = value(p)?;
                Some((p.service.clone(), p.signature.clone(), v))
            })
            .collect()
    })
}

/// Outages in one window, by (cause, attribution).
type OutagesByCause = BTreeMap<(String, &'static str), u64>;

/// What the outage families need of one exported service, copied out of the tracker.
struct ServiceRow {
    service: String,
    /// `(cause, attribution, counted, adjustment)`.
    counted: Vec<(String, &'static str, u64, u64)>,
    /// `(cause, regressions, interval histogram)`.
    by_cause: Vec<(String, u64, crate::incident::Histogram)>,
    open: bool,
}

/// The outage families, for the services of the exported pairs (a capped set); causes are
/// signatures, attributions a closed set.
fn encode_outages(
    encoder: &mut DescriptorEncoder,
    shared: &Shared,
    services: &std::collections::BTreeSet<String>,
    windows: &[String],
) -> std::fmt::Result {
    // One walk over every service in slices: the exported services' rows and, for the shares,
    // the outages of every service that started in each window.
    let mut rows: Vec<ServiceRow> = Vec::new();
    let mut by_service: BTreeMap<String, Vec<OutagesByCause>> = BTreeMap::new();
    let mut totals = vec![0u64; windows.len()];
    shared.service_slices(|tracker, slice| {
        let now = tracker.now();
        for (service, outages) in slice {
            let mut per_window = vec![BTreeMap::new(); windows.len()];
            for (i, window) in tracker.windows().iter().enumerate().take(windows.len()) {
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
            if !services.contains(service.as_str()) {
                continue;
            }
            by_service.insert(service.to_string(), per_window);
            rows.push(ServiceRow {
                service: service.to_string(),
                counted: outages
                    .counted
                    .iter()
                    .map(|((cause, attribution), c)| {
                        (
                            cause.clone(),
                            attribution.as_str(),
                            c.value(0),
                            c.adjustment(0),
                        )
                    })
                    .collect(),
                by_cause: outages
                    .counted_by_cause
                    .iter()
                    .map(|(cause, c)| (cause.clone(), c.value(0), c.histogram(1)))
                    .collect(),
                open: outages.outages.last().is_some_and(|o| o.end().is_none()),
            });
        }
    });

    let mut e = encoder.encode_descriptor(
        "recurrence_outages",
        "Outages per service, cause and attribution (observed, upstream, declared, probable, unexplained); each outage counted once across the signatures that fired in it",
        None,
        MetricType::Counter,
    )?;
    for row in &rows {
        for (cause, attribution, counted, _) in &row.counted {
            e.encode_family(&[
                ("service", row.service.as_str()),
                ("cause", cause.as_str()),
                ("attribution", *attribution),
            ])?
            .encode_counter::<NoLabelSet, _, u64>(counted, None)?;
        }
    }

    let mut e = encoder.encode_descriptor(
        "recurrence_outage_revisions",
        "Outages counted under one cause or attribution that later evidence moved to another, merged or retention pruned",
        None,
        MetricType::Counter,
    )?;
    for row in &rows {
        let revised: u64 = row.counted.iter().map(|c| c.3).sum();
        e.encode_family(&[("service", row.service.as_str())])?
            .encode_counter::<NoLabelSet, _, u64>(&revised, None)?;
    }

    let mut e = encoder.encode_descriptor(
        "recurrence_outage_regressions",
        "Outages that were the first with their cause (observed or attributed) after a declared fix of that signature on the service",
        None,
        MetricType::Counter,
    )?;
    for row in &rows {
        for (cause, regressions, _) in &row.by_cause {
            e.encode_family(&[("service", row.service.as_str()), ("cause", cause.as_str())])?
                .encode_counter::<NoLabelSet, _, u64>(regressions, None)?;
        }
    }

    let mut e = encoder.encode_descriptor(
        "recurrence_outage_interval_seconds",
        "Time from the end of an outage to the start of the next one of the same service and cause (unexplained outages left out)",
        None,
        MetricType::Histogram,
    )?;
    for row in &rows {
        for (cause, _, h) in &row.by_cause {
            e.encode_family(&[("service", row.service.as_str()), ("cause", cause.as_str())])?
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
    for row in &rows {
        e.encode_family(&[("service", row.service.as_str())])?
            .encode_gauge(&i64::from(row.open))?;
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
                    ("service", service.as_str()),
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
            e.encode_family(&[("service", service.as_str()), ("window", w.as_str())])?
                .encode_gauge(&ratio)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::{EpisodeKey, EpisodeRecord, Fix, Tracker};
    use crate::ingest::Source;
    use crate::state::Runtime;

    const NOW: Millis = 1_767_225_600_000;

    /// `pairs` pairs over more than one read slice: services named so that the tracker's order
    /// (the order pairs first appear) differs from the export order, and every third pair
    /// starting at the same instant as another, so that names break the tie.
    fn shared_with(pairs: usize) -> Arc<Shared> {
        let config = crate::config::Config::default();
        let records = (0..pairs).map(|p| {
            let starts_at = NOW - 86_400_000 + (p as Millis / 3) * 60_000;
            EpisodeRecord {
                key: EpisodeKey {
                    source: Source::Alertmanager,
                    fingerprint: format!("{p:08x}"),
                    starts_at,
                },
                ends_at: Some(starts_at + 600_000),
                last_seen: starts_at + 600_000,
                service: format!("svc-{}", pairs - p),
                signature: format!("sig-{}", p % 7),
                rule: "test".into(),
                alertname: format!("Alert{}", p % 5),
                labels: Default::default(),
                annotations: Default::default(),
                extra: Default::default(),
            }
        });
        let shared = Arc::new(Shared::new(Runtime::new(config.clone())));
        shared.replace_tracker(Tracker::restore(
            &config.incident,
            records,
            Vec::<Fix>::new(),
            NOW,
        ));
        shared
    }

    #[test]
    fn the_stream_is_the_rendered_exposition_in_chunks() {
        let shared = shared_with(3 * READ_SLICE + 17);
        let registry = registry(shared);
        let whole = render(&registry);
        let mut chunks = Vec::new();
        stream(&registry, |chunk| {
            chunks.push(chunk);
            true
        });
        assert!(chunks.len() > 1, "{} chunks", chunks.len());
        assert!(chunks.iter().all(|c| c.len() < 2 * CHUNK));
        assert_eq!(chunks.concat(), whole);
        // A client that goes away stops the encoder after the chunk it refused.
        let mut sent = 0;
        stream(&registry, |_| {
            sent += 1;
            false
        });
        assert_eq!(sent, 1);
    }

    #[test]
    fn pairs_are_exported_by_first_incident_then_name_across_slices() {
        let pairs = 2 * READ_SLICE + 5;
        let shared = shared_with(pairs);
        let text = render(&registry(shared));
        let exported: Vec<(String, String)> = text
            .lines()
            .filter_map(|l| l.strip_prefix("recurrence_incidents_total{service=\""))
            .map(|l| {
                let (service, rest) = l.split_once('"').expect("service");
                let signature = rest.split('"').nth(1).expect("signature");
                (service.to_string(), signature.to_string())
            })
            .collect();
        let mut expected: Vec<(Millis, String, String)> = (0..pairs)
            .map(|p| {
                (
                    p as Millis / 3,
                    format!("svc-{}", pairs - p),
                    format!("sig-{}", p % 7),
                )
            })
            .collect();
        expected.sort();
        let expected: Vec<(String, String)> =
            expected.into_iter().map(|(_, a, b)| (a, b)).collect();
        assert_eq!(exported, expected);
    }
}
