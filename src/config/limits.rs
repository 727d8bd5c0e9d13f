//! The `limits:` section: bounds on sizes, counts, connections and time per request.
//!
//! `ingest` owns `Limits`, so that it never imports the configuration; this file only reads
//! and checks the YAML and works out the defaults that depend on the process (the
//! connection cap).

use std::time::Duration;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{count_or, duration_or, invalid, ConfigError, Limits};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLimits {
    max_series: Option<Spanned<u64>>,
    max_body_bytes: Option<Spanned<u64>>,
    max_alerts_per_document: Option<Spanned<u64>>,
    max_label_bytes: Option<Spanned<u64>>,
    max_annotation_bytes: Option<Spanned<u64>>,
    max_in_flight: Option<Spanned<u64>>,
    request_timeout: Option<Spanned<String>>,
    max_new_pairs_per_minute: Option<Spanned<u64>>,
    max_clock_skew: Option<Spanned<String>>,
    max_fingerprint_bytes: Option<Spanned<u64>>,
    max_labels_per_alert: Option<Spanned<u64>>,
    max_label_set_bytes: Option<Spanned<u64>>,
    max_annotations_per_alert: Option<Spanned<u64>>,
    max_new_pairs_per_document: Option<Spanned<u64>>,
    max_connections: Option<Spanned<u64>>,
    max_connections_per_peer: Option<Spanned<u64>>,
    header_read_timeout: Option<Spanned<String>>,
    body_read_timeout: Option<Spanned<String>>,
    max_buffered_body_bytes: Option<Spanned<u64>>,
}

impl RawLimits {
    pub(super) fn validate(&self) -> Result<Limits, ConfigError> {
        let l = self;
        let limits = Limits {
            max_series: count_or(&l.max_series, "limits.max_series", 10_000, 1)?,
            max_body_bytes: count_or(&l.max_body_bytes, "limits.max_body_bytes", 4 << 20, 1024)?,
            max_alerts_per_document: count_or(
                &l.max_alerts_per_document,
                "limits.max_alerts_per_document",
                10_000,
                1,
            )?,
            max_label_bytes: count_or(&l.max_label_bytes, "limits.max_label_bytes", 4096, 64)?,
            max_annotation_bytes: count_or(
                &l.max_annotation_bytes,
                "limits.max_annotation_bytes",
                65_536,
                256,
            )?,
            max_in_flight: count_or(&l.max_in_flight, "limits.max_in_flight", 256, 1)?,
            request_timeout: duration_or(
                &l.request_timeout,
                "limits.request_timeout",
                Duration::from_secs(30),
            )?,
            max_new_pairs_per_minute: count_or(
                &l.max_new_pairs_per_minute,
                "limits.max_new_pairs_per_minute",
                1000,
                1,
            )?,
            max_clock_skew: duration_or(
                &l.max_clock_skew,
                "limits.max_clock_skew",
                Duration::from_secs(300),
            )?,
            max_fingerprint_bytes: count_or(
                &l.max_fingerprint_bytes,
                "limits.max_fingerprint_bytes",
                256,
                72,
            )?,
            max_labels_per_alert: count_or(
                &l.max_labels_per_alert,
                "limits.max_labels_per_alert",
                128,
                1,
            )?,
            max_label_set_bytes: count_or(
                &l.max_label_set_bytes,
                "limits.max_label_set_bytes",
                32_768,
                128,
            )?,
            max_annotations_per_alert: count_or(
                &l.max_annotations_per_alert,
                "limits.max_annotations_per_alert",
                64,
                1,
            )?,
            max_new_pairs_per_document: count_or(
                &l.max_new_pairs_per_document,
                "limits.max_new_pairs_per_document",
                10_000,
                1,
            )?,
            max_connections: count_or(
                &l.max_connections,
                "limits.max_connections",
                default_max_connections(),
                16,
            )?,
            max_connections_per_peer: count_or(
                &l.max_connections_per_peer,
                "limits.max_connections_per_peer",
                128,
                1,
            )?,
            header_read_timeout: duration_or(
                &l.header_read_timeout,
                "limits.header_read_timeout",
                Duration::from_secs(10),
            )?,
            body_read_timeout: duration_or(
                &l.body_read_timeout,
                "limits.body_read_timeout",
                Duration::from_secs(30),
            )?,
            max_buffered_body_bytes: count_or(
                &l.max_buffered_body_bytes,
                "limits.max_buffered_body_bytes",
                256 << 20,
                1024,
            )?,
        };
        if limits.max_buffered_body_bytes < limits.max_body_bytes {
            if let Some(span) = &l.max_buffered_body_bytes {
                return Err(invalid(
                    span,
                    "limits.max_buffered_body_bytes",
                    format!(
                        "must be at least limits.max_body_bytes ({})",
                        limits.max_body_bytes
                    ),
                ));
            }
        }
        if let Some(span) = &l.max_label_set_bytes {
            if limits.max_label_set_bytes < limits.max_label_bytes {
                return Err(invalid(
                    span,
                    "limits.max_label_set_bytes",
                    format!(
                        "must be at least limits.max_label_bytes ({})",
                        limits.max_label_bytes
                    ),
                ));
            }
        }
        Ok(limits)
    }
}

/// Open connections allowed by default: what the process's file-descriptor limit leaves
/// after a reserve for the store, the log and the exporters, at most 4096. Counting against
/// the real limit means the cap is reached before `accept` starts failing, so a flood of
/// idle connections is shed instead of starving the health check.
fn default_max_connections() -> usize {
    const RESERVE: u64 = 64;
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into the struct it is given and nothing else.
    let known = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0;
    if !known || limit.rlim_cur == libc::RLIM_INFINITY {
        return 4096;
    }
    (limit.rlim_cur.saturating_sub(RESERVE)).clamp(16, 4096) as usize
}
