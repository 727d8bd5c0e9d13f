//! The daemon's own counters carried across restarts.
//!
//! Requests, refusals and commits are counted by the process, yet dashboards read them with
//! `increase()` over days; a restart that zeroed them would make every such panel restart
//! too. So their values go into the store's ledger (written with the next transaction, at most
//! every few seconds and at shutdown) and are added back when the daemon starts. A crash loses
//! the last few seconds of them, which Prometheus reads as the restart it was.
//!
//! Snapshots read the families through their own text exposition, so no family needs an
//! iteration API; restoring parses the label values back into the typed label sets.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use prometheus_client::encoding::{EncodeMetric, MetricEncoder, NoLabelSet};
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::Registry;

use super::{KindLabel, SelfMetrics, SourceCode, SourceLabel, SourceReason, SourceStatus};
use crate::ingest::Source;

/// A classic histogram whose cells can be read and restored (prometheus-client's cannot).
#[derive(Debug, Clone)]
pub struct DurableHistogram {
    inner: Arc<Cells>,
}

#[derive(Debug)]
struct Cells {
    bounds: Vec<f64>,
    /// One per bound, and one past the last.
    counts: Vec<AtomicU64>,
    /// The sum in millionths, so that it can be restored exactly.
    sum_micros: AtomicU64,
}

impl DurableHistogram {
    pub fn new(bounds: impl IntoIterator<Item = f64>) -> DurableHistogram {
        let bounds: Vec<f64> = bounds.into_iter().collect();
        let counts = (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect();
        DurableHistogram {
            inner: Arc::new(Cells {
                bounds,
                counts,
                sum_micros: AtomicU64::new(0),
            }),
        }
    }

    pub fn observe(&self, value: f64) {
        let cell = self
            .inner
            .bounds
            .iter()
            .position(|b| value <= *b)
            .unwrap_or(self.inner.bounds.len());
        self.inner.counts[cell].fetch_add(1, Ordering::Relaxed);
        let micros = (value.max(0.0) * 1e6).round() as u64;
        self.inner.sum_micros.fetch_add(micros, Ordering::Relaxed);
    }

    /// The cells: counts per bucket (the last past every bound), then the sum in millionths.
    fn cells(&self) -> Vec<u64> {
        let mut cells: Vec<u64> = self
            .inner
            .counts
            .iter()
            .map(|c| c.load(Ordering::Relaxed))
            .collect();
        cells.push(self.inner.sum_micros.load(Ordering::Relaxed));
        cells
    }

    /// Adds stored cells (of the same layout) to the live ones.
    fn restore(&self, cells: &[u64]) {
        if cells.len() != self.inner.counts.len() + 1 {
            return;
        }
        for (count, stored) in self.inner.counts.iter().zip(cells) {
            count.fetch_add(*stored, Ordering::Relaxed);
        }
        self.inner
            .sum_micros
            .fetch_add(cells[cells.len() - 1], Ordering::Relaxed);
    }
}

impl EncodeMetric for DurableHistogram {
    fn encode(&self, mut encoder: MetricEncoder) -> Result<(), std::fmt::Error> {
        let cells = self.cells();
        let counts = &cells[..cells.len() - 1];
        let mut buckets: Vec<(f64, u64)> = self
            .inner
            .bounds
            .iter()
            .copied()
            .zip(counts.iter().copied())
            .collect();
        buckets.push((f64::INFINITY, counts[counts.len() - 1]));
        let sum = cells[cells.len() - 1] as f64 / 1e6;
        encoder.encode_histogram::<NoLabelSet>(sum, counts.iter().sum(), &buckets, None)
    }

    fn metric_type(&self) -> MetricType {
        MetricType::Histogram
    }
}

/// Label values read back from the store, as the `'static` strings the label sets hold;
/// bounded by what the daemon itself wrote.
fn interned(value: &str) -> &'static str {
    static NAMES: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut names = NAMES.lock().expect("interner lock");
    if let Some(existing) = names.iter().find(|n| **n == value) {
        return existing;
    }
    let leaked: &'static str = Box::leak(value.to_string().into_boxed_str());
    names.push(leaked);
    leaked
}

/// `name{a="x",b="y"}` → (name, {a: x, b: y}).
fn parse_series(series: &str) -> Option<(&str, BTreeMap<&str, &str>)> {
    let (name, rest) = match series.split_once('{') {
        Some((name, rest)) => (name, rest.strip_suffix('}')?),
        None => (series, ""),
    };
    let mut labels = BTreeMap::new();
    for pair in rest.split("\",").filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once("=\"")?;
        labels.insert(key, value.trim_end_matches('"'));
    }
    Some((name, labels))
}

impl SelfMetrics {
    /// The process counters and histograms as `(series, cells)` for the store's ledger.
    pub fn snapshot(&self) -> Vec<(String, Vec<u64>)> {
        let mut registry = Registry::default();
        registry.register("c_webhook_requests", "", self.webhook_requests.clone());
        registry.register("c_alerts_received", "", self.alerts_received.clone());
        registry.register("c_truncated_alerts", "", self.truncated_alerts.clone());
        registry.register("c_rejected_documents", "", self.rejected_documents.clone());
        registry.register("c_rejected_alerts", "", self.rejected_alerts.clone());
        registry.register("c_throttled_requests", "", self.throttled_requests.clone());
        registry.register("c_store_errors", "", self.store_errors.clone());
        let mut text = String::new();
        if prometheus_client::encoding::text::encode(&mut text, &registry).is_err() {
            return Vec::new();
        }
        let mut out: Vec<(String, Vec<u64>)> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (series, value) = l.rsplit_once(' ')?;
                let value: u64 = value.parse().ok()?;
                (value > 0).then(|| (series.to_string(), vec![value]))
            })
            .collect();
        out.push(("h_commit_seconds".into(), self.commit_seconds.cells()));
        out.push(("h_commit_changes".into(), self.commit_changes.cells()));
        out
    }

    /// Adds stored values to the live counters (at start-up, before or while serving: the
    /// addition commutes with whatever was counted meanwhile).
    pub fn restore(&self, rows: &[(String, Vec<u64>)]) {
        for (series, cells) in rows {
            match series.as_str() {
                "h_commit_seconds" => self.commit_seconds.restore(cells),
                "h_commit_changes" => self.commit_changes.restore(cells),
                _ => {
                    let Some(&value) = cells.first() else {
                        continue;
                    };
                    self.restore_counter(series, value);
                }
            }
        }
    }

    fn restore_counter(&self, series: &str, value: u64) -> Option<()> {
        let (name, labels) = parse_series(series)?;
        let source = || labels.get("source").map(|s| Source::named(s).as_str());
        let label = |key: &str| labels.get(key).map(|v| interned(v));
        let reason = || SourceReason {
            source: source().unwrap_or("unknown"),
            reason: label("reason").unwrap_or("unknown"),
        };
        match name {
            "c_webhook_requests_total" => self
                .webhook_requests
                .get_or_create(&SourceCode {
                    source: source()?,
                    code: labels.get("code")?.parse().ok()?,
                })
                .inc_by(value),
            "c_alerts_received_total" => self
                .alerts_received
                .get_or_create(&SourceStatus {
                    source: source()?,
                    status: label("status")?,
                })
                .inc_by(value),
            "c_truncated_alerts_total" => self
                .truncated_alerts
                .get_or_create(&SourceLabel { source: source()? })
                .inc_by(value),
            "c_rejected_documents_total" => self
                .rejected_documents
                .get_or_create(&reason())
                .inc_by(value),
            "c_rejected_alerts_total" => {
                self.rejected_alerts.get_or_create(&reason()).inc_by(value)
            }
            "c_throttled_requests_total" => self
                .throttled_requests
                .get_or_create(&reason())
                .inc_by(value),
            "c_store_errors_total" => self
                .store_errors
                .get_or_create(&KindLabel {
                    kind: label("kind")?,
                })
                .inc_by(value),
            _ => return None,
        };
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_and_histograms_survive_a_snapshot_and_restore() {
        let before = SelfMetrics::default();
        before
            .webhook_requests
            .get_or_create(&SourceCode {
                source: "alertmanager",
                code: 200,
            })
            .inc_by(7);
        before.count_alerts("grafana", "too_old", 3);
        before.store_error("io");
        before.commit_seconds.observe(0.004);
        before.commit_seconds.observe(100.0);
        let rows = before.snapshot();
        let after = SelfMetrics::default();
        after.restore(&rows);
        assert_eq!(after.snapshot(), rows);
        assert_eq!(
            after
                .webhook_requests
                .get_or_create(&SourceCode {
                    source: "alertmanager",
                    code: 200
                })
                .get(),
            7
        );
        assert_eq!(
            after.commit_seconds.cells().iter().sum::<u64>(),
            2 + 100_004_000
        );
    }
}
