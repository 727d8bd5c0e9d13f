//! Webhook formats → [`Notice`]s, the vendor-neutral view of one alert in one delivery.
//!
//! This is the only module that knows vendor JSON. It validates a whole document before
//! anything else sees it, so a bad document is refused as a whole and nothing of it is stored.
//! It does not classify, deduplicate or store.

pub mod alertmanager;
pub mod generic;
pub mod grafana;
pub mod prometheus;

pub use crate::model::{LabelMap, Millis};

/// Resource limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Most (service, signature) pairs exported as label sets; the rest are counted as overflow.
    pub max_series: usize,
    /// Largest accepted webhook body.
    pub max_body_bytes: usize,
    /// Most alerts in one document; larger documents are refused (413).
    pub max_alerts_per_document: usize,
    /// Longest label name or value; an alert with a longer one is refused (400).
    pub max_label_bytes: usize,
    /// Longest annotation value kept; longer values are cut (they are only evidence).
    pub max_annotation_bytes: usize,
    /// Webhook requests handled at once; more get 503 with Retry-After.
    pub max_in_flight: usize,
    /// Longest a webhook request may take before it is answered 503.
    pub request_timeout: std::time::Duration,
    /// New (service, signature) pairs accepted per minute; documents that would create more
    /// get 503 and are retried by the sender.
    pub max_new_pairs_per_minute: usize,
    /// Alerts whose startsAt lies further in the future than this are skipped and counted.
    pub max_clock_skew: std::time::Duration,
    /// Longest fingerprint kept as sent; longer ones are replaced by a digest of themselves
    /// (identity kept, size bounded).
    pub max_fingerprint_bytes: usize,
    /// Most labels on one alert; an alert with more is refused (400).
    pub max_labels_per_alert: usize,
    /// Most bytes of label names and values on one alert; an alert with more is refused (400).
    pub max_label_set_bytes: usize,
    /// Most annotations (and, separately, links) kept per alert; the rest are dropped.
    pub max_annotations_per_alert: usize,
    /// New pairs one document may bring at once: more is refused (413) for good, since
    /// retrying cannot help; up to this, a document is accepted while its source has budget.
    pub max_new_pairs_per_document: usize,
    /// Open connections at once; more are closed as soon as they are accepted.
    pub max_connections: usize,
    /// Open connections from one IP address at once.
    pub max_connections_per_peer: usize,
    /// Longest wait for a request's headers, and for the next request on an idle keep-alive
    /// connection.
    pub header_read_timeout: std::time::Duration,
    /// Longest time for reading a webhook's body, counted before the in-flight permit is taken.
    pub body_read_timeout: std::time::Duration,
    /// Most bytes of webhook bodies held at once, being read or processed; a body that would
    /// go over gets 503. Bounds memory now that bodies are read before the in-flight permit.
    pub max_buffered_body_bytes: usize,
}

/// Where a delivery came from, used as a metric label and as part of an episode's identity:
/// a built-in format or a source named in the configuration (so the set is closed by the
/// configuration). Names are interned, so a `Source` is a cheap copyable handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Source(&'static str);

#[allow(non_upper_case_globals)] // Read like the enum variants they once were.
impl Source {
    pub const Alertmanager: Source = Source("alertmanager");
    pub const Grafana: Source = Source("grafana");

    /// The built-in sources.
    pub const ALL: [Source; 2] = [Source::Alertmanager, Source::Grafana];

    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The source called `name`; configured names are few, so interning them is bounded.
    pub fn named(name: &str) -> Source {
        if let Some(builtin) = Source::ALL.iter().find(|s| s.0 == name) {
            return *builtin;
        }
        static NAMES: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
        let mut names = NAMES.lock().expect("interner lock");
        if let Some(existing) = names.iter().find(|n| **n == name) {
            return Source(existing);
        }
        let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
        names.push(leaked);
        Source(leaked)
    }

    pub fn parse(s: &str) -> Option<Source> {
        (!s.is_empty()).then(|| Source::named(s))
    }
}

/// Whether an alert was firing or resolved in a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlertStatus {
    Firing,
    Resolved,
}

impl AlertStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertStatus::Firing => "firing",
            AlertStatus::Resolved => "resolved",
        }
    }
}

/// One alert as one delivery reported it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The sender's fingerprint, or a hash of the label set when it sent none.
    pub fingerprint: String,
    pub status: AlertStatus,
    pub labels: LabelMap,
    pub annotations: LabelMap,
    /// When the episode started, by the sender's clock.
    pub starts_at: Millis,
    /// When it ended; only for resolved alerts, never before `starts_at`.
    pub ends_at: Option<Millis>,
    /// What the sender adds beyond the alert itself.
    pub meta: NoticeMeta,
}

/// Extras some senders provide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticeMeta {
    /// Links kept with the episode (`dashboardURL`, `panelURL`, …); non-empty values only.
    pub links: LabelMap,
    /// The sender's resolves do not carry the episode's start: a resolve closes the open
    /// episode with the same fingerprint instead of one with the same (fingerprint, start).
    pub resolve_by_fingerprint: bool,
}

/// A validated webhook document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub source: Source,
    pub notices: Vec<Notice>,
    /// Alerts the sender left out because of its `max_alerts`.
    pub truncated_alerts: u64,
}

/// Why a document was refused. Every variant is the sender's fault (a 4xx).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IngestError {
    #[error("invalid JSON at {path}: {message}")]
    Shape { path: String, message: String },
    #[error("alerts[{index}].{field}: {message}")]
    Alert {
        index: usize,
        field: &'static str,
        message: String,
    },
    #[error("{0}")]
    Document(String),
}

impl IngestError {
    /// A short, closed-set name for metric labels.
    pub fn kind(&self) -> &'static str {
        match self {
            IngestError::Shape { .. } => "shape",
            IngestError::Alert { .. } => "alert",
            IngestError::Document(_) => "document",
        }
    }
}

/// What [`enforce_limits`] changed in a delivery.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LimitReport {
    /// Alerts skipped because their start lies too far in the future.
    pub future_starts: usize,
    /// Annotation values cut to the configured length.
    pub truncated_annotations: usize,
    /// Fingerprints longer than `max_fingerprint_bytes`, replaced by a digest of themselves.
    pub hashed_fingerprints: usize,
    /// Annotations dropped beyond `max_annotations_per_alert`.
    pub dropped_annotations: usize,
    /// Links dropped: beyond `max_annotations_per_alert`, or longer than `max_label_bytes` (a
    /// cut URL leads nowhere).
    pub dropped_links: usize,
}

/// Why a delivery breaks a limit.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LimitError {
    #[error("{count} alerts in one document; limits.max_alerts_per_document is {max}")]
    TooManyAlerts { count: usize, max: usize },
    #[error("alerts[{index}].labels: label {name:?} is longer than limits.max_label_bytes ({max} bytes)")]
    LabelTooLong {
        index: usize,
        name: String,
        max: usize,
    },
    #[error("alerts[{index}].labels: {count} labels; limits.max_labels_per_alert is {max}")]
    TooManyLabels {
        index: usize,
        count: usize,
        max: usize,
    },
    #[error("alerts[{index}].labels: {bytes} bytes of label names and values; limits.max_label_set_bytes is {max}")]
    LabelSetTooLarge {
        index: usize,
        bytes: usize,
        max: usize,
    },
}

impl LimitError {
    /// A short, closed-set name for the `reason` label of refused documents.
    pub fn kind(&self) -> &'static str {
        match self {
            LimitError::TooManyAlerts { .. } => "too_many_alerts",
            LimitError::LabelTooLong { .. } => "label_too_long",
            LimitError::TooManyLabels { .. } => "too_many_labels",
            LimitError::LabelSetTooLarge { .. } => "label_set_too_large",
        }
    }
}

/// Most alerts one document may report as left out (`truncatedAlerts`): far above any real
/// `max_alerts`, and small enough that no sum of them wraps a counter.
pub const MAX_TRUNCATED_ALERTS: u64 = 1 << 32;

/// Drops alerts that ended before `cutoff` (now minus `retention`): their history would be
/// deleted at the next prune, and counting it first would make counters go down. Returns how
/// many were dropped.
pub fn drop_expired(delivery: &mut Delivery, cutoff: Millis) -> usize {
    let before = delivery.notices.len();
    delivery
        .notices
        .retain(|n| n.ends_at.is_none_or(|end| end >= cutoff));
    before - delivery.notices.len()
}

/// Applies the size and clock limits to a parsed delivery: refuses oversized documents and
/// label sets (labels are identity, so they are never cut), cuts long annotations and drops
/// annotations and links beyond the count (they are only evidence), replaces an overlong
/// fingerprint by its digest, and drops alerts that start more than `max_clock_skew` after
/// `now`, so a skewed clock cannot put incidents in the future. What is kept per alert, in
/// memory and on disk, is thereby bounded whatever the sender writes.
pub fn enforce_limits(
    delivery: &mut Delivery,
    limits: &Limits,
    now: Millis,
) -> Result<LimitReport, LimitError> {
    if delivery.notices.len() > limits.max_alerts_per_document {
        return Err(LimitError::TooManyAlerts {
            count: delivery.notices.len(),
            max: limits.max_alerts_per_document,
        });
    }
    let mut report = LimitReport::default();
    for (index, notice) in delivery.notices.iter_mut().enumerate() {
        if let Some((name, _)) = notice
            .labels
            .iter()
            .find(|(k, v)| k.len() > limits.max_label_bytes || v.len() > limits.max_label_bytes)
        {
            return Err(LimitError::LabelTooLong {
                index,
                name: name.chars().take(64).collect(),
                max: limits.max_label_bytes,
            });
        }
        if notice.labels.len() > limits.max_labels_per_alert {
            return Err(LimitError::TooManyLabels {
                index,
                count: notice.labels.len(),
                max: limits.max_labels_per_alert,
            });
        }
        let bytes: usize = notice.labels.iter().map(|(k, v)| k.len() + v.len()).sum();
        if bytes > limits.max_label_set_bytes {
            return Err(LimitError::LabelSetTooLarge {
                index,
                bytes,
                max: limits.max_label_set_bytes,
            });
        }
        if notice.fingerprint.len() > limits.max_fingerprint_bytes {
            notice.fingerprint = digest_fingerprint(&notice.fingerprint);
            report.hashed_fingerprints += 1;
        }
        report.dropped_annotations +=
            keep_first(&mut notice.annotations, limits.max_annotations_per_alert);
        let before = notice.meta.links.len();
        notice
            .meta
            .links
            .retain(|_, url| url.len() <= limits.max_label_bytes);
        report.dropped_links += before - notice.meta.links.len();
        report.dropped_links +=
            keep_first(&mut notice.meta.links, limits.max_annotations_per_alert);
        for value in notice.annotations.values_mut() {
            if value.len() > limits.max_annotation_bytes {
                let end = crate::model::truncate_str(value, limits.max_annotation_bytes).len();
                value.truncate(end);
                report.truncated_annotations += 1;
            }
        }
    }
    let horizon = now.saturating_add(limits.max_clock_skew.as_millis() as Millis);
    let before = delivery.notices.len();
    delivery.notices.retain(|n| n.starts_at <= horizon);
    report.future_starts = before - delivery.notices.len();
    Ok(report)
}

/// Keeps the first `max` entries of `map` (in name order, so the choice is deterministic) and
/// returns how many were dropped.
fn keep_first(map: &mut LabelMap, max: usize) -> usize {
    if map.len() <= max {
        return 0;
    }
    let dropped = map.len() - max;
    if let Some(first_dropped) = map.keys().nth(max).cloned() {
        drop(map.split_off(&first_dropped));
    }
    dropped
}

/// The stand-in for a fingerprint longer than `max_fingerprint_bytes`: a SHA-256 digest, so
/// the same long fingerprint always maps to the same short one (repeats and resolves still
/// find their episode) and no sender can make two of them collide.
pub fn digest_fingerprint(fingerprint: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, fingerprint.as_bytes());
    let mut text = String::with_capacity(7 + 64);
    text.push_str("sha256:");
    for byte in digest.as_ref() {
        text.push_str(&format!("{byte:02x}"));
    }
    text
}

/// Parses an RFC 3339 timestamp as Go writes it; `None` for Go's zero time, which senders use
/// for "not set".
pub fn parse_time(text: &str) -> Result<Option<Millis>, String> {
    if text.is_empty() || text.starts_with("0001-01-01T00:00:00") {
        return Ok(None);
    }
    let t = time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .map_err(|e| format!("{text:?} is not an RFC 3339 timestamp: {e}"))?;
    let ms = t.unix_timestamp_nanos() / 1_000_000;
    Ok(Some(ms as Millis))
}

/// Formats milliseconds since the epoch as RFC 3339 in UTC.
pub fn format_time(ms: Millis) -> String {
    let nanos = i128::from(ms) * 1_000_000;
    time::OffsetDateTime::from_unix_timestamp_nanos(nanos)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| ms.to_string())
}

/// A stable fingerprint of a label set (FNV-1a, 64 bits) for senders that send none. Stable
/// across versions and machines because it depends only on the sorted labels.
pub fn label_fingerprint(labels: &LabelMap) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, value) in labels {
        for byte in name
            .bytes()
            .chain([0xff])
            .chain(value.bytes())
            .chain([0xfe])
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert_eq!(parse_time("0001-01-01T00:00:00Z"), Ok(None));
        assert_eq!(
            parse_time("2026-11-27T09:04:12.360836Z"),
            Ok(Some(1_795_770_252_360))
        );
        assert_eq!(
            parse_time("2026-11-27T10:04:12.360836+01:00"),
            Ok(Some(1_795_770_252_360))
        );
        assert!(parse_time("yesterday").is_err());
        assert_eq!(format_time(1_795_770_252_360), "2026-11-27T09:04:12.36Z");
    }

    #[test]
    fn limits_refuse_cut_and_skip() {
        let limits = crate::config::Config::from_yaml(
            "limits:\n  max_alerts_per_document: 2\n  max_label_bytes: 64\n  max_annotation_bytes: 256\n",
        )
        .expect("valid")
        .limits;
        let notice = |start: Millis, label: &str, annotation: &str| Notice {
            fingerprint: "f".into(),
            status: AlertStatus::Firing,
            labels: [("alertname".to_string(), label.to_string())]
                .into_iter()
                .collect(),
            annotations: [("description".to_string(), annotation.to_string())]
                .into_iter()
                .collect(),
            starts_at: start,
            ends_at: None,
            meta: Default::default(),
        };
        let now = 1_000_000;
        let mut d = Delivery {
            source: Source::Alertmanager,
            notices: vec![
                notice(now, "A", &"é".repeat(200)),
                notice(now + 301_000, "B", ""),
            ],
            truncated_alerts: 0,
        };
        let report = enforce_limits(&mut d, &limits, now).expect("within limits");
        assert_eq!(
            report,
            LimitReport {
                future_starts: 1,
                truncated_annotations: 1,
                ..LimitReport::default()
            }
        );
        assert_eq!(d.notices.len(), 1);
        assert_eq!(d.notices[0].annotations["description"].len(), 256);
        let mut d = Delivery {
            source: Source::Alertmanager,
            notices: vec![notice(now, &"x".repeat(65), "")],
            truncated_alerts: 0,
        };
        assert_eq!(
            enforce_limits(&mut d, &limits, now).expect_err("long label").to_string(),
            "alerts[0].labels: label \"alertname\" is longer than limits.max_label_bytes (64 bytes)"
        );
        let mut d = Delivery {
            source: Source::Alertmanager,
            notices: vec![notice(now, "A", ""); 3],
            truncated_alerts: 0,
        };
        assert!(matches!(
            enforce_limits(&mut d, &limits, now),
            Err(LimitError::TooManyAlerts { count: 3, max: 2 })
        ));
    }

    /// Sender-supplied sizes: each is refused naming its limit, or cut and counted.
    #[test]
    fn every_sender_supplied_size_is_bounded() {
        let limits = crate::config::Config::from_yaml(
            "limits:\n  max_fingerprint_bytes: 100\n  max_labels_per_alert: 3\n  max_label_set_bytes: 128\n  max_annotations_per_alert: 2\n  max_label_bytes: 64\n",
        )
        .expect("valid")
        .limits;
        let map = |n: usize, width: usize| -> LabelMap {
            (0..n)
                .map(|i| (format!("k{i}"), "v".repeat(width)))
                .collect()
        };
        let check = |fingerprint: &str, labels: LabelMap, extras: LabelMap| {
            let mut d = Delivery {
                source: Source::Alertmanager,
                notices: vec![Notice {
                    fingerprint: fingerprint.to_string(),
                    status: AlertStatus::Firing,
                    labels,
                    annotations: extras.clone(),
                    starts_at: 0,
                    ends_at: None,
                    meta: NoticeMeta {
                        links: extras,
                        resolve_by_fingerprint: false,
                    },
                }],
                truncated_alerts: 0,
            };
            enforce_limits(&mut d, &limits, 0).map(|report| (report, d.notices.remove(0)))
        };
        // Fingerprints: kept up to the limit; beyond it, a digest that is the same each time.
        let (report, kept) = check(&"f".repeat(100), map(1, 1), map(0, 0)).expect("ok");
        assert_eq!(
            (report.hashed_fingerprints, kept.fingerprint.len()),
            (0, 100)
        );
        let (report, long) = check(&"f".repeat(3_900_000), map(1, 1), map(0, 0)).expect("ok");
        assert_eq!(report.hashed_fingerprints, 1);
        assert!(long.fingerprint.starts_with("sha256:") && long.fingerprint.len() == 71);
        let (_, again) = check(&"f".repeat(3_900_000), map(1, 1), map(0, 0)).expect("ok");
        assert_eq!(long.fingerprint, again.fingerprint);
        // Labels are identity: too many, or too many bytes in all, refuses the document.
        let e = check("f", map(4, 1), map(0, 0)).expect_err("too many labels");
        assert_eq!(e.kind(), "too_many_labels");
        assert_eq!(
            e.to_string(),
            "alerts[0].labels: 4 labels; limits.max_labels_per_alert is 3"
        );
        let e = check("f", map(3, 64), map(0, 0)).expect_err("label set too large");
        assert_eq!(e.kind(), "label_set_too_large");
        assert_eq!(
            e.to_string(),
            "alerts[0].labels: 198 bytes of label names and values; limits.max_label_set_bytes is 128"
        );
        // Annotations and links are evidence: the first ones by name are kept, the rest counted.
        let mut extras = map(3, 1);
        extras.insert("long".into(), "u".repeat(65));
        let (report, cut) = check("f", map(1, 1), extras).expect("ok");
        assert_eq!(
            (report.dropped_annotations, report.dropped_links),
            (2, 1 + 1)
        );
        assert_eq!(cut.annotations.keys().collect::<Vec<_>>(), ["k0", "k1"]);
        assert_eq!(cut.meta.links.keys().collect::<Vec<_>>(), ["k0", "k1"]);
    }

    #[test]
    fn fingerprint_is_stable_and_order_free() {
        let a: LabelMap = [("b", "2"), ("a", "1")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let b: LabelMap = [("a", "1"), ("b", "2")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(label_fingerprint(&a), label_fingerprint(&b));
        assert_eq!(label_fingerprint(&a), "24a2e378496c5fc9");
        let c: LabelMap = [("a", "12")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_ne!(label_fingerprint(&a), label_fingerprint(&c));
    }
}
