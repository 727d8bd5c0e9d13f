//! Configuration: the YAML as the user wrote it (`Raw*` types) and the validated [`Config`]
//! built from it once.
//!
//! A `Config` that exists is valid: durations are parsed, regexes compiled, signature names
//! checked. Every error names the key and the line and column it came from. This module does
//! not read files beyond [`Config::load`]; parsing is tested on strings through
//! [`Config::from_yaml`].

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use serde_saphyr::Spanned;

mod outages;
mod storage;
pub use outages::{parse_inhibit_rules, AlertMatcher, InhibitRule, OutagesConfig};
pub use storage::{PostgresConfig, StorageConfig};

// The rule language and the classifier's settings belong to `classify`, the error type to
// `spans`; they are re-exported so that callers name them as configuration.
pub use crate::classify::rules::{
    compile_regex, compile_rule, valid_label_name, valid_signature_name, BuiltinSignatures,
    Condition, RawRule, Rule, ServiceFrom, SignatureKind,
};
pub use crate::spans::{invalid, ConfigError};

/// The default service labels: the first one that is present and non-empty names the service.
pub const DEFAULT_SERVICE_LABELS: [&str; 4] = ["service", "app", "application", "job"];

/// The validated configuration of the daemon.
#[derive(Debug, Clone)]
pub struct Config {
    /// Labels consulted in order to name an alert's service.
    pub service_labels: Vec<String>,
    /// `service_from:` as written; `None` means the defaults (`classify::service`), which
    /// derive the workload of Kubernetes alerts and then fall back to `service_labels`.
    pub service_from: Option<Vec<ServiceFrom>>,
    /// The user's signature rules, in the order written; they run before the catalogue.
    pub rules: Vec<Rule>,
    /// Whether the built-in catalogue runs, and which of its signatures are switched off.
    pub builtin: BuiltinSignatures,
    /// How episodes are grouped into incidents.
    pub incident: IncidentConfig,
    /// How long closed episodes are kept in the store.
    pub retention: Duration,
    /// Bounds on label cardinality and request sizes.
    pub limits: Limits,
    /// OTLP export of metrics and traces, as written in YAML (`export::otlp` adds the
    /// `OTEL_EXPORTER_OTLP_*` environment and the defaults when the daemon starts).
    pub otlp: OtlpConfig,
    /// Bearer token files per endpoint class (`auth:`); the tokens are read by `auth`.
    pub auth: AuthConfig,
    /// Configured JSON sources, each mounted at its own webhook path.
    pub sources: Vec<crate::ingest::generic::Mapping>,
    /// How incidents of a service are grouped into outages and their causes attributed.
    pub outages: OutagesConfig,
    /// Where the history lives: the embedded SQLite store unless `storage.postgres` is set.
    pub storage: StorageConfig,
}

/// Settings of the incident model; the model owns the type, so that it never imports this
/// module.
pub use crate::incident::IncidentConfig;

/// Resource limits; ingest owns the type, so that it never imports this module.
pub use crate::ingest::Limits;

impl crate::classify::ClassifierSettings for Config {
    fn rules(&self) -> &[Rule] {
        &self.rules
    }

    fn builtin(&self) -> &BuiltinSignatures {
        &self.builtin
    }

    fn service_from(&self) -> Option<&[ServiceFrom]> {
        self.service_from.as_deref()
    }

    fn service_labels(&self) -> &[String] {
        &self.service_labels
    }
}

impl Default for Config {
    fn default() -> Self {
        Config::from_yaml("").expect("the empty configuration is valid")
    }
}

impl Config {
    /// Reads and validates a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|error| ConfigError::Read {
            path: path.display().to_string(),
            error,
        })?;
        let mut config = Config::from_yaml_at(&text, path.parent()).map_err(|e| e.in_file(path))?;
        // Like Prometheus' `credentials_file`, a relative token file is found beside the
        // configuration file.
        if let Some(dir) = path.parent() {
            config.auth.resolve_relative_to(dir);
        }
        Ok(config)
    }

    /// Parses and validates a configuration from YAML text; an empty document gives the defaults.
    pub fn from_yaml(text: &str) -> Result<Config, ConfigError> {
        Config::from_yaml_at(text, None)
    }

    /// As [`Config::from_yaml`]; files the configuration names are found relative to `base`.
    fn from_yaml_at(text: &str, base: Option<&Path>) -> Result<Config, ConfigError> {
        let raw: RawConfig = if text.trim().is_empty() {
            RawConfig::default()
        } else {
            serde_saphyr::from_str::<Option<RawConfig>>(text)
                .map_err(|e| ConfigError::Syntax(e.to_string()))?
                .unwrap_or_default()
        };
        raw.validate(base)
    }
}

/// Parses a Prometheus-style duration: one or more `<number><unit>` terms with units
/// `ms`, `s`, `m`, `h`, `d`, `w`, `y` (365 days), e.g. `90s`, `1h30m`, `400d`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty duration".into());
    }
    let mut total_ms: u128 = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(format!(
                "invalid duration {text:?}: expected a number like 90s, 15m, 24h or 30d"
            ));
        }
        let number: u128 = rest[..digits]
            .parse()
            .map_err(|_| format!("invalid duration {text:?}: number too large"))?;
        rest = &rest[digits..];
        let unit_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let unit_ms: u128 = match unit {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "w" => 7 * 86_400_000,
            "y" => 365 * 86_400_000,
            "" => {
                return Err(format!(
                    "invalid duration {text:?}: missing unit (ms, s, m, h, d, w, y)"
                ))
            }
            other => {
                return Err(format!(
                    "invalid duration {text:?}: unknown unit {other:?} (use ms, s, m, h, d, w, y)"
                ))
            }
        };
        total_ms = total_ms
            .checked_add(number.saturating_mul(unit_ms))
            .ok_or_else(|| format!("invalid duration {text:?}: too large"))?;
    }
    let ms =
        u64::try_from(total_ms).map_err(|_| format!("invalid duration {text:?}: too large"))?;
    Ok(Duration::from_millis(ms))
}

/// Formats a duration the way [`parse_duration`] reads it, using the largest exact unit up to
/// days (`7d`, not `1w`, as window labels read best in days).
pub fn format_duration(d: Duration) -> String {
    let ms = d.as_millis();
    for (unit, size) in [
        ("d", 86_400_000u128),
        ("h", 3_600_000),
        ("m", 60_000),
        ("s", 1_000),
    ] {
        if ms > 0 && ms.is_multiple_of(size) {
            return format!("{}{unit}", ms / size);
        }
    }
    format!("{ms}ms")
}

// ---------------------------------------------------------------------------------------------
// The raw configuration, exactly as written.

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    service_labels: Option<Spanned<Vec<String>>>,
    service_from: Option<Vec<Spanned<RawServiceFrom>>>,
    builtin_signatures: Option<Spanned<RawBuiltin>>,
    #[serde(default)]
    signatures: Vec<Spanned<RawRule>>,
    #[serde(default)]
    incident: RawIncident,
    retention: Option<Spanned<String>>,
    windows: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    limits: RawLimits,
    otlp: Option<RawOtlp>,
    auth: Option<RawAuth>,
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
    outages: Option<outages::RawOutages>,
    storage: Option<storage::RawStorage>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServiceFrom {
    label: Spanned<String>,
    regex: Option<Spanned<String>>,
    template: Option<String>,
    unless: Option<Spanned<String>>,
}

impl RawServiceFrom {
    fn validate(&self, key: &str) -> Result<ServiceFrom, ConfigError> {
        if !valid_label_name(&self.label.value) {
            return Err(invalid(
                &self.label,
                format!("{key}.label"),
                format!(
                    "{:?} is not a valid Prometheus label name",
                    self.label.value
                ),
            ));
        }
        Ok(ServiceFrom {
            label: self.label.value.clone(),
            regex: self
                .regex
                .as_ref()
                .map(|r| compile_regex(r, &format!("{key}.regex"), true))
                .transpose()?,
            template: self.template.clone(),
            unless: self
                .unless
                .as_ref()
                .map(|r| compile_regex(r, &format!("{key}.unless"), true))
                .transpose()?,
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawBuiltin {
    Enabled(bool),
    Detailed(RawBuiltinDetailed),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBuiltinDetailed {
    #[serde(default = "default_true")]
    enabled: bool,
    #[serde(default)]
    disabled: Vec<Spanned<String>>,
}

fn default_true() -> bool {
    true
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIncident {
    merge_window: Option<Spanned<String>>,
    stale_after: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimits {
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    name: Spanned<String>,
    path: Spanned<String>,
    envelope: Option<Spanned<String>>,
    alerts: Option<Spanned<String>>,
    #[serde(default)]
    fingerprint: Vec<Spanned<RawField>>,
    #[serde(default)]
    resolve_by_fingerprint: bool,
    #[serde(default)]
    labels: std::collections::BTreeMap<String, Spanned<RawField>>,
    #[serde(default)]
    static_labels: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    annotations: std::collections::BTreeMap<String, Spanned<RawField>>,
    #[serde(default)]
    links: std::collections::BTreeMap<String, Spanned<RawField>>,
    status: Spanned<RawStatus>,
    starts_at: Spanned<RawTime>,
    ends_at: Option<Spanned<RawTime>>,
}

/// A field: a dotted path, or a path with a regex whose first group is taken and paths tried
/// in order when it is missing (`or`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawField {
    Path(String),
    Detailed {
        field: String,
        #[serde(default)]
        regex: Option<String>,
        #[serde(default)]
        or: Vec<String>,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatus {
    field: RawField,
    #[serde(default)]
    firing: Vec<String>,
    #[serde(default)]
    resolved: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTime {
    field: String,
    #[serde(default)]
    or: Vec<String>,
    #[serde(default)]
    regex: Option<String>,
    #[serde(default = "default_time_format")]
    format: String,
}

fn default_time_format() -> String {
    "rfc3339".into()
}

/// Built-in webhook paths that a configured source cannot take.
const RESERVED_PATHS: [&str; 2] = ["/webhook/alertmanager", "/webhook/grafana"];

fn compile_sources(
    raw: &[Spanned<RawSource>],
) -> Result<Vec<crate::ingest::generic::Mapping>, ConfigError> {
    use crate::ingest::generic::{
        Envelope, Field, JsonPath, Mapping, StatusMap, TimeField, TimeFormat,
    };
    let mut out: Vec<Mapping> = Vec::new();
    for (index, span) in raw.iter().enumerate() {
        let r = &span.value;
        let name = &r.name.value;
        let key = format!("sources[{index}] ({name})");
        let valid_name = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
            && name.len() <= 32;
        if !valid_name {
            return Err(invalid(
                &r.name,
                format!("{key}.name"),
                "must be lower-case letters, digits, _ or -, starting with a letter, at most 32",
            ));
        }
        if crate::ingest::Source::ALL
            .iter()
            .any(|s| s.as_str() == name)
            || out.iter().any(|m| &m.name == name)
        {
            return Err(invalid(&r.name, format!("{key}.name"), "is already taken"));
        }
        let path = &r.path.value;
        let suffix = path.strip_prefix("/webhook/").unwrap_or("");
        if suffix.is_empty() || suffix.contains('/') {
            return Err(invalid(
                &r.path,
                format!("{key}.path"),
                "must be /webhook/NAME",
            ));
        }
        if RESERVED_PATHS.contains(&path.as_str()) || out.iter().any(|m| &m.path == path) {
            return Err(invalid(&r.path, format!("{key}.path"), "is already taken"));
        }
        let envelope = match r.envelope.as_ref().map(|e| e.value.as_str()) {
            None | Some("none") => Envelope::None,
            Some("sns") => Envelope::Sns,
            Some(other) => {
                return Err(invalid(
                    r.envelope.as_ref().expect("matched Some"),
                    format!("{key}.envelope"),
                    format!("{other:?} is not an envelope (none, sns)"),
                ))
            }
        };
        let path_of = |text: &str, span_key: &str, at: &dyn Fn(String, String) -> ConfigError| {
            JsonPath::parse(text).map_err(|m| at(span_key.to_string(), m))
        };
        let field = |raw: &Spanned<RawField>, field_key: String| -> Result<Field, ConfigError> {
            let at = |k: String, m: String| invalid(raw, k, m);
            let (text, regex, or) = match &raw.value {
                RawField::Path(p) => (p.as_str(), None, &[][..]),
                RawField::Detailed { field, regex, or } => {
                    (field.as_str(), regex.as_deref(), or.as_slice())
                }
            };
            Ok(Field {
                path: path_of(text, &field_key, &at)?,
                fallbacks: or
                    .iter()
                    .map(|p| path_of(p, &format!("{field_key}.or"), &at))
                    .collect::<Result<_, _>>()?,
                regex: regex
                    .map(|r| {
                        regex::Regex::new(r).map_err(|e| {
                            invalid(raw, field_key.clone(), format!("invalid regex {r:?}: {e}"))
                        })
                    })
                    .transpose()?,
            })
        };
        let fields = |map: &std::collections::BTreeMap<String, Spanned<RawField>>,
                      section: &str|
         -> Result<Vec<(String, Field)>, ConfigError> {
            map.iter()
                .map(|(name, raw)| {
                    Ok((name.clone(), field(raw, format!("{key}.{section}.{name}"))?))
                })
                .collect()
        };
        let labels = fields(&r.labels, "labels")?;
        if labels.is_empty() && r.static_labels.is_empty() {
            return Err(invalid(
                span,
                format!("{key}.labels"),
                "map at least one label (alertname, service, ...)",
            ));
        }
        for name in r.labels.keys().chain(r.static_labels.keys()) {
            if !valid_label_name(name) {
                return Err(invalid(
                    span,
                    format!("{key}.labels"),
                    format!("{name:?} is not a valid Prometheus label name"),
                ));
            }
        }
        let status_key = format!("{key}.status");
        let st = &r.status.value;
        if st.firing.is_empty() || st.resolved.is_empty() {
            return Err(invalid(
                &r.status,
                status_key,
                "list the values meaning `firing` and `resolved`",
            ));
        }
        let status_field = Spanned {
            value: clone_field(&st.field),
            referenced: r.status.referenced,
            defined: r.status.defined,
        };
        let time = |raw: &Spanned<RawTime>, time_key: String| -> Result<TimeField, ConfigError> {
            let format = TimeFormat::parse(&raw.value.format).ok_or_else(|| {
                invalid(
                    raw,
                    format!("{time_key}.format"),
                    format!(
                        "{:?} is not a time format (rfc3339, unix, unix_ms, unix_ns)",
                        raw.value.format
                    ),
                )
            })?;
            let as_field = Spanned {
                value: RawField::Detailed {
                    field: raw.value.field.clone(),
                    regex: raw.value.regex.clone(),
                    or: raw.value.or.clone(),
                },
                referenced: raw.referenced,
                defined: raw.defined,
            };
            Ok(TimeField {
                field: field(&as_field, format!("{time_key}.field"))?,
                format,
            })
        };
        let alerts = match &r.alerts {
            None => None,
            Some(a) => Some(
                JsonPath::parse(&a.value).map_err(|m| invalid(a, format!("{key}.alerts"), m))?,
            ),
        };
        out.push(Mapping {
            name: name.clone(),
            path: path.clone(),
            envelope,
            alerts,
            fingerprint: r
                .fingerprint
                .iter()
                .enumerate()
                .map(|(i, f)| field(f, format!("{key}.fingerprint[{i}]")))
                .collect::<Result<_, _>>()?,
            resolve_by_fingerprint: r.resolve_by_fingerprint,
            labels,
            static_labels: r.static_labels.clone().into_iter().collect(),
            annotations: fields(&r.annotations, "annotations")?,
            links: fields(&r.links, "links")?,
            status: StatusMap {
                field: field(&status_field, format!("{key}.status.field"))?,
                firing: st.firing.clone(),
                resolved: st.resolved.clone(),
            },
            starts_at: time(&r.starts_at, format!("{key}.starts_at"))?,
            ends_at: r
                .ends_at
                .as_ref()
                .map(|t| time(t, format!("{key}.ends_at")))
                .transpose()?,
        });
    }
    Ok(out)
}

fn clone_field(f: &RawField) -> RawField {
    match f {
        RawField::Path(p) => RawField::Path(p.clone()),
        RawField::Detailed { field, regex, or } => RawField::Detailed {
            field: field.clone(),
            regex: regex.clone(),
            or: or.clone(),
        },
    }
}

/// A numeric limit: its default when absent, refused below `min`.
fn count_or(
    value: &Option<Spanned<u64>>,
    key: &str,
    default: usize,
    min: u64,
) -> Result<usize, ConfigError> {
    match value {
        None => Ok(default),
        Some(span) if span.value < min => {
            Err(invalid(span, key, format!("must be at least {min}")))
        }
        Some(span) => Ok(span.value as usize),
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

fn duration_or(
    value: &Option<Spanned<String>>,
    key: &str,
    default: Duration,
) -> Result<Duration, ConfigError> {
    match value {
        None => Ok(default),
        Some(span) => {
            let d = parse_duration(&span.value).map_err(|m| invalid(span, key, m))?;
            if d.is_zero() {
                return Err(invalid(span, key, "must be greater than zero"));
            }
            Ok(d)
        }
    }
}

impl RawConfig {
    fn validate(self, base: Option<&Path>) -> Result<Config, ConfigError> {
        let service_labels = match self.service_labels {
            None => DEFAULT_SERVICE_LABELS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            Some(span) => {
                if span.value.is_empty() {
                    return Err(invalid(
                        &span,
                        "service_labels",
                        "must name at least one label",
                    ));
                }
                if let Some(bad) = span.value.iter().find(|l| !valid_label_name(l)) {
                    return Err(invalid(
                        &span,
                        "service_labels",
                        format!("{bad:?} is not a valid Prometheus label name"),
                    ));
                }
                span.value
            }
        };

        let service_from = self
            .service_from
            .as_ref()
            .map(|list| {
                list.iter()
                    .enumerate()
                    .map(|(i, s)| s.value.validate(&format!("service_from[{i}]")))
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?;

        let mut rules = Vec::with_capacity(self.signatures.len());
        for (index, rule) in self.signatures.iter().enumerate() {
            rules.push(compile_rule(rule, &format!("signatures[{index}]"))?);
        }

        let builtin = match self.builtin_signatures {
            None => BuiltinSignatures {
                enabled: true,
                disabled: BTreeSet::new(),
            },
            Some(span) => match &span.value {
                RawBuiltin::Enabled(enabled) => BuiltinSignatures {
                    enabled: *enabled,
                    disabled: BTreeSet::new(),
                },
                RawBuiltin::Detailed(detailed) => {
                    let known = crate::classify::catalogue_signatures();
                    let mut disabled = BTreeSet::new();
                    for name in &detailed.disabled {
                        if !known.contains(name.value.as_str()) {
                            // Locations inside an untagged enum are lost, so point at the section.
                            return Err(invalid(
                                &span,
                                "builtin_signatures.disabled",
                                format!(
                                    "{:?} is not a built-in signature (known: {})",
                                    name.value,
                                    known.iter().copied().collect::<Vec<_>>().join(", ")
                                ),
                            ));
                        }
                        disabled.insert(name.value.clone());
                    }
                    BuiltinSignatures {
                        enabled: detailed.enabled,
                        disabled,
                    }
                }
            },
        };

        let retention = duration_or(
            &self.retention,
            "retention",
            Duration::from_secs(400 * 86_400),
        )?;

        let windows = match &self.windows {
            None => vec![
                Duration::from_secs(7 * 86_400),
                Duration::from_secs(30 * 86_400),
                Duration::from_secs(90 * 86_400),
            ],
            Some(list) => {
                if list.value.is_empty() || list.value.len() > 8 {
                    return Err(invalid(
                        list,
                        "windows",
                        "must list between 1 and 8 durations",
                    ));
                }
                let mut windows = Vec::new();
                for w in &list.value {
                    let d = duration_or(&Some(w.clone()), "windows", Duration::ZERO)?;
                    if d > retention {
                        return Err(invalid(
                            w,
                            "windows",
                            format!(
                                "window {} is longer than retention {}",
                                w.value,
                                format_duration(retention)
                            ),
                        ));
                    }
                    windows.push(d);
                }
                windows.sort();
                windows.dedup();
                windows
            }
        };

        let incident = IncidentConfig {
            merge_window: duration_or(
                &self.incident.merge_window,
                "incident.merge_window",
                Duration::from_secs(15 * 60),
            )?,
            stale_after: duration_or(
                &self.incident.stale_after,
                "incident.stale_after",
                Duration::from_secs(24 * 3600),
            )?,
            windows,
        };

        let l = &self.limits;
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

        let sources = compile_sources(&self.sources)?;
        let outages = self.outages.unwrap_or_default().validate(base)?;
        let storage = self.storage.unwrap_or_default().validate(base)?;

        Ok(Config {
            service_labels,
            service_from,
            rules,
            builtin,
            incident,
            retention,
            limits,
            sources,
            outages,
            storage,
            otlp: self
                .otlp
                .map(RawOtlp::validate)
                .transpose()?
                .unwrap_or_default(),
            auth: self
                .auth
                .map(RawAuth::validate)
                .transpose()?
                .unwrap_or_default(),
        })
    }
}

/// The `otlp:` section. `None` means "not written": the environment or the default applies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OtlpConfig {
    /// Base URL of an OTLP/HTTP receiver; `/v1/metrics` and `/v1/traces` are appended.
    pub endpoint: Option<String>,
    /// How often metrics are pushed.
    pub interval: Option<Duration>,
    /// Longest one export request may take.
    pub timeout: Option<Duration>,
    /// Extra request headers, e.g. an API key; they win over `headers_file` and the environment.
    pub headers: Vec<(String, String)>,
    /// A file of `Name: value` lines read at start-up, for secrets kept out of the YAML.
    pub headers_file: Option<std::path::PathBuf>,
    pub tls: OtlpTls,
}

/// TLS settings of an `https://` OTLP endpoint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OtlpTls {
    /// PEM CA certificates trusted in addition to the system's.
    pub ca_file: Option<std::path::PathBuf>,
    /// PEM client certificate and key, for mutual TLS; both or neither.
    pub cert_file: Option<std::path::PathBuf>,
    pub key_file: Option<std::path::PathBuf>,
    /// Accept any server certificate; for tests only.
    pub insecure_skip_verify: bool,
}

/// The one OTLP protocol spoken; `grpc` and `http/json` are refused.
pub const OTLP_PROTOCOL: &str = "http/protobuf";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOtlp {
    endpoint: Option<Spanned<String>>,
    protocol: Option<Spanned<String>>,
    interval: Option<Spanned<String>>,
    timeout: Option<Spanned<String>>,
    headers: Option<Spanned<std::collections::BTreeMap<String, String>>>,
    headers_file: Option<Spanned<String>>,
    tls: Option<Spanned<RawOtlpTls>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOtlpTls {
    ca_file: Option<String>,
    cert_file: Option<String>,
    key_file: Option<String>,
    #[serde(default)]
    insecure_skip_verify: bool,
}

/// Checks an OTLP endpoint URL: `http://` or `https://` with a host. Also used for the
/// `OTEL_EXPORTER_OTLP_*ENDPOINT` environment variables.
pub fn check_otlp_endpoint(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .ok_or_else(|| format!("{url:?} is not an http:// or https:// URL"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || host.chars().any(|c| c.is_whitespace()) {
        return Err(format!("{url:?} has no valid host"));
    }
    Ok(())
}

/// Checks a header name: an HTTP token.
pub fn valid_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

impl RawOtlp {
    fn validate(self) -> Result<OtlpConfig, ConfigError> {
        if let Some(span) = &self.endpoint {
            check_otlp_endpoint(&span.value).map_err(|m| invalid(span, "otlp.endpoint", m))?;
        }
        if let Some(span) = &self.protocol {
            if span.value != OTLP_PROTOCOL {
                return Err(invalid(
                    span,
                    "otlp.protocol",
                    format!("{:?} is not supported; use {OTLP_PROTOCOL}", span.value),
                ));
            }
        }
        let duration = |value: &Option<Spanned<String>>, key| match value {
            None => Ok(None),
            Some(_) => duration_or(value, key, Duration::ZERO).map(Some),
        };
        let interval = duration(&self.interval, "otlp.interval")?;
        let timeout = duration(&self.timeout, "otlp.timeout")?;
        let mut headers = Vec::new();
        if let Some(span) = &self.headers {
            for (name, value) in &span.value {
                if !valid_header_name(name) {
                    return Err(invalid(
                        span,
                        "otlp.headers",
                        format!("{name:?} is not a valid HTTP header name"),
                    ));
                }
                if value.chars().any(|c| c.is_control()) {
                    return Err(invalid(
                        span,
                        "otlp.headers",
                        format!("the value of {name:?} holds a control character"),
                    ));
                }
                headers.push((name.clone(), value.clone()));
            }
        }
        let mut tls = OtlpTls::default();
        if let Some(span) = &self.tls {
            let raw = &span.value;
            if raw.cert_file.is_some() != raw.key_file.is_some() {
                return Err(invalid(
                    span,
                    "otlp.tls",
                    "cert_file and key_file go together (mutual TLS)",
                ));
            }
            let used = raw.ca_file.is_some() || raw.cert_file.is_some() || raw.insecure_skip_verify;
            if let Some(endpoint) = &self.endpoint {
                if used && endpoint.value.starts_with("http://") {
                    return Err(invalid(
                        span,
                        "otlp.tls",
                        "applies only to an https:// endpoint",
                    ));
                }
            }
            tls = OtlpTls {
                ca_file: raw.ca_file.as_ref().map(Into::into),
                cert_file: raw.cert_file.as_ref().map(Into::into),
                key_file: raw.key_file.as_ref().map(Into::into),
                insecure_skip_verify: raw.insecure_skip_verify,
            };
        }
        Ok(OtlpConfig {
            endpoint: self.endpoint.map(|s| s.value),
            interval,
            timeout,
            headers,
            headers_file: self.headers_file.map(|s| s.value.into()),
            tls,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// The `auth:` section.

/// Where the bearer tokens of each endpoint class are; a class without a file is open (unless
/// the web configuration has basic-auth users). Only paths: secrets stay out of the YAML, and
/// `auth` reads the files at start-up and on every reload.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthConfig {
    /// `POST /webhook/*` and any other ingestion path.
    pub webhook: Option<std::path::PathBuf>,
    /// Changes: `POST`/`DELETE /api/v1/fixes…` and `/-/reload`.
    pub admin: Option<std::path::PathBuf>,
    /// Reads: `/metrics`, the landing page and `GET /api/v1/…`.
    pub read: Option<std::path::PathBuf>,
}

impl AuthConfig {
    fn resolve_relative_to(&mut self, dir: &Path) {
        for file in [&mut self.webhook, &mut self.admin, &mut self.read]
            .into_iter()
            .flatten()
        {
            if file.is_relative() {
                *file = dir.join(&*file);
            }
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuth {
    webhook: Option<Spanned<RawAuthClass>>,
    admin: Option<Spanned<RawAuthClass>>,
    read: Option<Spanned<RawAuthClass>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuthClass {
    bearer_token_file: Spanned<String>,
}

impl RawAuth {
    fn validate(self) -> Result<AuthConfig, ConfigError> {
        let file = |class: Option<Spanned<RawAuthClass>>, name: &str| match class {
            None => Ok(None),
            Some(span) => {
                let file = &span.value.bearer_token_file;
                if file.value.trim().is_empty() {
                    return Err(invalid(
                        file,
                        format!("auth.{name}.bearer_token_file"),
                        "must name a file",
                    ));
                }
                Ok(Some(std::path::PathBuf::from(&file.value)))
            }
        };
        Ok(AuthConfig {
            webhook: file(self.webhook, "webhook")?,
            admin: file(self.admin, "admin")?,
            read: file(self.read, "read")?,
        })
    }
}

#[cfg(test)]
mod tests {

    /// The file's errors name the file and say their cause once.
    #[test]
    fn file_errors_name_the_file_and_their_cause_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("missing.yml");
        let err = anyhow::Error::new(Config::load(&missing).expect_err("missing"));
        let chain = format!("{err:#}");
        assert_eq!(chain.matches("No such file").count(), 1, "{chain}");
        assert!(
            chain.starts_with(&format!("reading {}: ", missing.display())),
            "{chain}"
        );

        let bad = dir.path().join("bad.yml");
        std::fs::write(&bad, "incident:\n  merge_windw: 15m\n").expect("write");
        let message = Config::load(&bad).expect_err("unknown key").to_string();
        assert!(message.contains("unknown field `merge_windw`"), "{message}");
        assert!(
            message.contains(&format!("--> {}:2:3", bad.display())),
            "{message}"
        );
        assert!(!message.contains("<input>"), "{message}");
    }
    use super::*;

    /// Checks that `yaml` is refused with exactly `expected` as the first line of the message.
    fn check_invalid(yaml: &str, expected: &str) {
        let err = Config::from_yaml(yaml).expect_err(yaml).to_string();
        let first = err.lines().next().unwrap_or_default();
        assert_eq!(first, expected, "for config:\n{yaml}\nfull error:\n{err}");
    }

    #[test]
    fn defaults() {
        let c = Config::default();
        assert_eq!(c.service_labels, ["service", "app", "application", "job"]);
        assert_eq!(c.incident.merge_window, Duration::from_secs(900));
        assert_eq!(c.incident.stale_after, Duration::from_secs(86_400));
        assert_eq!(c.retention, Duration::from_secs(400 * 86_400));
        assert_eq!(c.incident.windows.len(), 3);
        assert_eq!(c.limits.max_series, 10_000);
        assert!(c.builtin.enabled);
        assert!(c.rules.is_empty());
    }

    #[test]
    fn durations() {
        for (text, ms) in [
            ("90s", 90_000u64),
            ("15m", 900_000),
            ("1h30m", 5_400_000),
            ("30d", 2_592_000_000),
            ("2w", 1_209_600_000),
            ("250ms", 250),
            ("1y", 31_536_000_000),
        ] {
            assert_eq!(
                parse_duration(text),
                Ok(Duration::from_millis(ms)),
                "{text}"
            );
            assert_eq!(
                parse_duration(&format_duration(Duration::from_millis(ms))),
                Ok(Duration::from_millis(ms))
            );
        }
        for bad in ["", "15", "m", "15x", "1.5h", "-3m"] {
            assert!(parse_duration(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn invalid_configs_name_key_and_line() {
        let table: &[(&str, &str)] = &[
            ("bogus: 1\n", "error: line 1 column 1: unknown field `bogus`, expected one of service_labels, service_from, builtin_signatures, signatures, incident, retention, windows, limits, otlp, auth"),
            ("incident:\n  merge_window: 15x\n", "line 2 column 17: incident.merge_window: invalid duration \"15x\": unknown unit \"x\" (use ms, s, m, h, d, w, y)"),
            ("incident:\n  stale_after: 0s\n", "line 2 column 16: incident.stale_after: must be greater than zero"),
            ("retention: forever\n", "line 1 column 12: retention: invalid duration \"forever\": expected a number like 90s, 15m, 24h or 30d"),
            ("service_labels: []\n", "line 1 column 17: service_labels: must name at least one label"),
            ("service_labels: [\"bad-name\"]\n", "line 1 column 17: service_labels: \"bad-name\" is not a valid Prometheus label name"),
            ("signatures:\n  - signature: Pool\n    any: [{label: alertname, equals: X}]\n", "line 2 column 16: signatures[0].signature: \"Pool\" is not a valid signature name (lower-case letters, digits and _, starting with a letter, at most 64)"),
            ("signatures:\n  - signature: pool\n", "line 2 column 5: signatures[0]: a rule needs `any:` or `all:` conditions"),
            ("signatures:\n  - signature: pool\n    any:\n      - text: '(unclosed'\n", "line 4 column 15: signatures[0].any[0].text: invalid regex \"(unclosed\": regex parse error:"),
            ("signatures:\n  - signature: pool\n    any:\n      - label: alertname\n", "line 4 column 9: signatures[0].any[0]: a label condition needs exactly one of `equals` or `regex`"),
            ("signatures:\n  - signature: pool\n    any:\n      - label: a\n        text: b\n", "line 4 column 9: signatures[0].any[0]: a condition is exactly one of {label, equals|regex}, {annotation, regex}, {text}, {any}, {all}, {not}"),
            ("signatures:\n  - signature: pool\n    any:\n      - labl: alertname\n", "error: line 4 column 9: unknown field `labl`, expected one of label, equals, regex, annotation, text, any, all, not"),
            ("limits:\n  max_series: 0\n", "line 2 column 15: limits.max_series: must be at least 1"),
            ("limits:\n  request_timeout: 0s\n", "line 2 column 20: limits.request_timeout: must be greater than zero"),
            ("limits:\n  max_body_bytes: 10\n", "line 2 column 19: limits.max_body_bytes: must be at least 1024"),
            ("limits:\n  max_fingerprint_bytes: 16\n", "line 2 column 26: limits.max_fingerprint_bytes: must be at least 72"),
            ("limits:\n  max_label_set_bytes: 1024\n", "line 2 column 24: limits.max_label_set_bytes: must be at least limits.max_label_bytes (4096)"),
            ("limits:\n  header_read_timeout: 0s\n", "line 2 column 24: limits.header_read_timeout: must be greater than zero"),
            ("limits:\n  max_buffered_body_bytes: 2048\n", "line 2 column 28: limits.max_buffered_body_bytes: must be at least limits.max_body_bytes (4194304)"),
            ("windows: [7d, 500d]\n", "line 1 column 15: windows: window 500d is longer than retention 400d"),
            ("otlp:\n  protocol: grpc\n", "line 2 column 13: otlp.protocol: \"grpc\" is not supported; use http/protobuf"),
            ("otlp:\n  endpoint: collector:4318\n", "line 2 column 13: otlp.endpoint: \"collector:4318\" is not an http:// or https:// URL"),
            ("otlp:\n  interval: 0s\n", "line 2 column 13: otlp.interval: must be greater than zero"),
            ("otlp:\n  headers: {\"bad name\": x}\n", "line 2 column 12: otlp.headers: \"bad name\" is not a valid HTTP header name"),
            ("otlp:\n  endpoint: http://c:4318\n  tls: {insecure_skip_verify: true}\n", "line 3 column 8: otlp.tls: applies only to an https:// endpoint"),
            ("otlp:\n  endpoint: https://c:4318\n  tls: {cert_file: c.pem}\n", "line 3 column 8: otlp.tls: cert_file and key_file go together (mutual TLS)"),
            ("otlp:\n  tls: {ca: x}\n", "error: line 2 column 9: unknown field `ca`, expected one of ca_file, cert_file, key_file, insecure_skip_verify"),
            ("builtin_signatures:\n  disabled: [nope]\n", "line 2 column 3: builtin_signatures.disabled: \"nope\" is not a built-in signature (known: "),
            ("incident: [1, 2]\n", "error: line 1 column 11: expected mapping start"),
            ("auth:\n  webhook:\n    bearer_token_file: ''\n", "line 3 column 24: auth.webhook.bearer_token_file: must name a file"),
            ("auth:\n  webhook:\n    bearer_token: s3cret\n", "error: line 3 column 5: unknown field `bearer_token`, expected one of bearer_token_file"),
            ("auth:\n  metrics: {bearer_token_file: t}\n", "error: line 2 column 3: unknown field `metrics`, expected one of webhook, admin, read"),
        ];
        for (yaml, expected) in table {
            let err = Config::from_yaml(yaml).expect_err(yaml).to_string();
            let first = err.lines().next().unwrap_or_default();
            assert!(
                first.starts_with(expected),
                "for config:\n{yaml}\nexpected prefix: {expected}\ngot: {first}\nfull:\n{err}"
            );
        }
        check_invalid("incident:\n  merge_window: 1x\n", "line 2 column 17: incident.merge_window: invalid duration \"1x\": unknown unit \"x\" (use ms, s, m, h, d, w, y)");
    }

    #[test]
    fn example_config_is_valid_and_matches_defaults() {
        let text = include_str!("../config/example.yml");
        let c = Config::from_yaml(text).expect("config/example.yml is valid");
        let d = Config::default();
        assert_eq!(c.service_labels, d.service_labels);
        assert_eq!(c.incident, d.incident);
        assert_eq!(c.retention, d.retention);
        assert_eq!(c.limits, d.limits);
        // The example shows the OTLP defaults explicitly but leaves the endpoint unset.
        assert_eq!(c.otlp.endpoint, None);
        assert_eq!(c.otlp.interval, Some(crate::export::otlp::DEFAULT_INTERVAL));
        assert_eq!(c.otlp.timeout, Some(crate::export::otlp::DEFAULT_TIMEOUT));
        assert_eq!(c.otlp.tls, OtlpTls::default());
        assert_eq!(c.limits.max_in_flight, 256);
        assert_eq!(c.limits.max_clock_skew, Duration::from_secs(300));
        assert_eq!(c.auth, AuthConfig::default());
    }

    #[test]
    fn rules_compile_with_nesting() {
        let c = Config::from_yaml(
            "signatures:\n  - name: pool\n    signature: connection_pool_exhaustion\n    all:\n      - label: service\n        regex: 'pay.*'\n    any:\n      - annotation: description\n        regex: 'too many clients'\n      - not: {any: [{label: alertname, equals: Watchdog}]}\n",
        )
        .expect("valid");
        assert_eq!(c.rules.len(), 1);
        assert_eq!(c.rules[0].name, "pool");
        assert!(matches!(&c.rules[0].condition, Condition::All(parts) if parts.len() == 2));
    }
}
