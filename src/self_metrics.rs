//! The daemon's own counters: requests, refusals, store errors, commits. Held by the shared
//! state and registered by `export::metrics`; they sit below both, so that neither imports the
//! other. `durable` carries them across restarts through the store's ledger.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::exponential_buckets;
use std::sync::atomic::AtomicU64;

use crate::ingest::Source;

mod durable;

pub use durable::DurableHistogram;

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
    pub rejected_alerts: Family<SourceReason, Counter>,
    pub throttled_requests: Family<SourceReason, Counter>,
    pub store_errors: Family<KindLabel, Counter>,
    pub commit_seconds: DurableHistogram,
    pub commit_changes: DurableHistogram,
    pub reload_successful: Gauge,
    pub reload_success_timestamp: Gauge<f64, AtomicU64>,
}

impl Default for SelfMetrics {
    fn default() -> Self {
        let metrics = SelfMetrics {
            webhook_requests: Family::default(),
            alerts_received: Family::default(),
            truncated_alerts: Family::default(),
            rejected_documents: Family::default(),
            rejected_alerts: Family::default(),
            throttled_requests: Family::default(),
            store_errors: Family::default(),
            commit_seconds: DurableHistogram::new(exponential_buckets(0.0005, 2.0, 14)),
            commit_changes: DurableHistogram::new(exponential_buckets(1.0, 4.0, 8)),
            reload_successful: Gauge::default(),
            reload_success_timestamp: Gauge::default(),
        };
        // Series of known label values exist from the start at 0, so that rate() and alerts
        // see the first error instead of a series appearing from nowhere.
        for source in Source::ALL {
            let source = source.as_str();
            let _ = metrics
                .truncated_alerts
                .get_or_create(&SourceLabel { source });
            for reason in REJECTED_DOCUMENT_REASONS {
                let _ = metrics
                    .rejected_documents
                    .get_or_create(&SourceReason { source, reason });
            }
            for reason in [
                "future_start",
                "too_old",
                "annotation_truncated",
                "ignored_status",
                "fingerprint_hashed",
                "annotations_dropped",
                "links_dropped",
            ] {
                let _ = metrics
                    .rejected_alerts
                    .get_or_create(&SourceReason { source, reason });
            }
            for reason in [
                "in_flight",
                "timeout",
                "queue_full",
                "new_pairs",
                "body_timeout",
                "body_buffers",
            ] {
                let _ = metrics
                    .throttled_requests
                    .get_or_create(&SourceReason { source, reason });
            }
        }
        for kind in STORE_ERROR_KINDS {
            let _ = metrics.store_errors.get_or_create(&KindLabel { kind });
        }
        metrics
    }
}

/// Every `reason` of `recurrence_rejected_documents_total`.
const REJECTED_DOCUMENT_REASONS: [&str; 11] = [
    "shape",
    "alert",
    "document",
    "too_large",
    "too_many_alerts",
    "label_too_long",
    "too_many_labels",
    "label_set_too_large",
    "too_many_new_pairs",
    "aborted",
    "malformed",
];

/// Every `kind` of `recurrence_store_errors_total`.
const STORE_ERROR_KINDS: [&str; 8] = [
    "open", "corrupt", "schema", "full", "readonly", "locked", "io", "missing",
];

/// What one delivery amounted to in the daemon's counters, before the writer: filled by
/// `pipeline::accept` and counted in one place, [`SelfMetrics::record`].
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Why the document was refused (`recurrence_rejected_documents_total`), if it was.
    pub rejected: Option<&'static str>,
    /// Alerts skipped or changed, and documents that carried none, by reason
    /// (`recurrence_rejected_alerts_total`); only reasons that happened.
    pub alerts: Vec<(&'static str, u64)>,
    /// Alerts the sender left out (`recurrence_truncated_alerts_total`).
    pub truncated: u64,
    /// Alerts received in an accepted document (`recurrence_alerts_received_total`).
    pub firing: u64,
    pub resolved: u64,
}

impl Tally {
    /// Adds `n` alerts skipped or changed for `reason`; nothing when `n` is 0, so that a
    /// configured source gets no series for what never happened to it.
    pub fn alerts(&mut self, reason: &'static str, n: u64) {
        if n > 0 {
            self.alerts.push((reason, n));
        }
    }
}

impl SelfMetrics {
    /// Counts what one delivery from `source` amounted to.
    pub fn record(&self, source: &'static str, tally: &Tally) {
        if let Some(reason) = tally.rejected {
            self.reject_document(source, reason);
        }
        for (reason, n) in &tally.alerts {
            self.rejected_alerts
                .get_or_create(&SourceReason { source, reason })
                .inc_by(*n);
        }
        if tally.truncated > 0 {
            self.truncated_alerts
                .get_or_create(&SourceLabel { source })
                .inc_by(tally.truncated);
        }
        for (status, n) in [("firing", tally.firing), ("resolved", tally.resolved)] {
            if n > 0 {
                self.alerts_received
                    .get_or_create(&SourceStatus { source, status })
                    .inc_by(n);
            }
        }
    }

    /// Counts a webhook document refused for `reason`.
    pub fn reject_document(&self, source: &'static str, reason: &'static str) {
        self.rejected_documents
            .get_or_create(&SourceReason { source, reason })
            .inc();
    }

    pub fn store_error(&self, kind: &'static str) {
        self.store_errors.get_or_create(&KindLabel { kind }).inc();
    }

    /// Counts alerts skipped or changed for `reason`.
    pub fn count_alerts(&self, source: &'static str, reason: &'static str, n: usize) {
        self.rejected_alerts
            .get_or_create(&SourceReason { source, reason })
            .inc_by(n as u64);
    }

    /// Counts a webhook refused with 503 to protect the daemon.
    pub fn throttled(&self, source: &'static str, reason: &'static str) {
        self.throttled_requests
            .get_or_create(&SourceReason { source, reason })
            .inc();
    }
}
