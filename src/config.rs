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

use regex::Regex;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// The default service labels: the first one that is present and non-empty names the service.
pub const DEFAULT_SERVICE_LABELS: [&str; 4] = ["service", "app", "application", "job"];

/// The validated configuration of the daemon.
#[derive(Debug, Clone)]
pub struct Config {
    /// Labels consulted in order to name an alert's service.
    pub service_labels: Vec<String>,
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
}

/// Settings of the incident model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentConfig {
    /// An episode that starts within this time after the pair's last incident ended joins it.
    pub merge_window: Duration,
    /// An open episode with no notification for this long is closed at its last-seen time.
    pub stale_after: Duration,
    /// Trailing windows for the `recurrence_window_*` metrics, shortest first (YAML: `windows`).
    pub windows: Vec<Duration>,
}

/// Resource limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Most (service, signature) pairs exported as label sets; the rest are counted as overflow.
    pub max_series: usize,
    /// Largest accepted webhook body.
    pub max_body_bytes: usize,
}

/// The built-in catalogue switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltinSignatures {
    pub enabled: bool,
    /// Signatures of the catalogue that must never be assigned.
    pub disabled: BTreeSet<String>,
}

/// One signature rule: when `condition` holds, the alert gets `signature`.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Identifies the rule in explanations; defaults to `signatures[N]`.
    pub name: String,
    pub signature: String,
    pub condition: Condition,
}

/// A compiled match condition.
#[derive(Debug, Clone)]
pub enum Condition {
    LabelEquals {
        label: String,
        value: String,
    },
    /// Anchored at both ends, like PromQL's `=~`.
    LabelRegex {
        label: String,
        regex: Regex,
    },
    /// Unanchored search in one annotation, or in every annotation when `annotation` is `None`.
    Text {
        annotation: Option<String>,
        regex: Regex,
    },
    Any(Vec<Condition>),
    All(Vec<Condition>),
    Not(Box<Condition>),
}

/// Why a configuration was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("reading {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    /// The YAML parser's own message already carries the line, column and a snippet.
    #[error("{0}")]
    Syntax(String),
    #[error("line {line} column {column}: {key}: {message}")]
    Invalid {
        line: u64,
        column: u64,
        key: String,
        message: String,
    },
}

impl ConfigError {
    /// A short, closed-set name for metric labels and logs.
    pub fn kind(&self) -> &'static str {
        match self {
            ConfigError::Read { .. } => "read",
            ConfigError::Syntax(_) => "syntax",
            ConfigError::Invalid { .. } => "invalid",
        }
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
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Config::from_yaml(&text)
    }

    /// Parses and validates a configuration from YAML text; an empty document gives the defaults.
    pub fn from_yaml(text: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = if text.trim().is_empty() {
            RawConfig::default()
        } else {
            serde_saphyr::from_str::<Option<RawConfig>>(text)
                .map_err(|e| ConfigError::Syntax(e.to_string()))?
                .unwrap_or_default()
        };
        raw.validate()
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
        if ms > 0 && ms % size == 0 {
            return format!("{}{unit}", ms / size);
        }
    }
    format!("{ms}ms")
}

/// Checks that a signature name is a lower-case identifier, which keeps rule signatures
/// distinguishable from the `unclassified:` fallback.
pub fn valid_signature_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
        && name.len() <= 64
}

// ---------------------------------------------------------------------------------------------
// The raw configuration, exactly as written.

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    service_labels: Option<Spanned<Vec<String>>>,
    builtin_signatures: Option<Spanned<RawBuiltin>>,
    #[serde(default)]
    signatures: Vec<Spanned<RawRule>>,
    #[serde(default)]
    incident: RawIncident,
    retention: Option<Spanned<String>>,
    windows: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    limits: RawLimits,
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    name: Option<String>,
    signature: Spanned<String>,
    any: Option<Vec<Spanned<RawCondition>>>,
    all: Option<Vec<Spanned<RawCondition>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCondition {
    label: Option<String>,
    equals: Option<String>,
    regex: Option<Spanned<String>>,
    annotation: Option<String>,
    text: Option<Spanned<String>>,
    any: Option<Vec<Spanned<RawCondition>>>,
    all: Option<Vec<Spanned<RawCondition>>>,
    not: Option<Box<Spanned<RawCondition>>>,
}

fn invalid<T>(
    span: &Spanned<T>,
    key: impl Into<String>,
    message: impl Into<String>,
) -> ConfigError {
    ConfigError::Invalid {
        line: span.referenced.line(),
        column: span.referenced.column(),
        key: key.into(),
        message: message.into(),
    }
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
    fn validate(self) -> Result<Config, ConfigError> {
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

        let limits = Limits {
            max_series: match &self.limits.max_series {
                None => 10_000,
                Some(span) if span.value == 0 => {
                    return Err(invalid(
                        span,
                        "limits.max_series",
                        "must be greater than zero",
                    ))
                }
                Some(span) => span.value as usize,
            },
            max_body_bytes: match &self.limits.max_body_bytes {
                None => 4 << 20,
                Some(span) if span.value < 1024 => {
                    return Err(invalid(
                        span,
                        "limits.max_body_bytes",
                        "must be at least 1024",
                    ))
                }
                Some(span) => span.value as usize,
            },
        };

        Ok(Config {
            service_labels,
            rules,
            builtin,
            incident,
            retention,
            limits,
        })
    }
}

/// Parses a list of rules in the `signatures:` syntax; used for the built-in catalogue.
pub(crate) fn parse_rules(text: &str, origin: &str) -> Result<Vec<Rule>, ConfigError> {
    let raw: Vec<Spanned<RawRule>> =
        serde_saphyr::from_str(text).map_err(|e| ConfigError::Syntax(format!("{origin}: {e}")))?;
    raw.iter()
        .enumerate()
        .map(|(index, rule)| compile_rule(rule, &format!("{origin}[{index}]")))
        .collect()
}

fn compile_rule(span: &Spanned<RawRule>, key: &str) -> Result<Rule, ConfigError> {
    let raw = &span.value;
    if !valid_signature_name(&raw.signature.value) {
        return Err(invalid(
            &raw.signature,
            format!("{key}.signature"),
            format!(
                "{:?} is not a valid signature name (lower-case letters, digits and _, starting with a letter, at most 64)",
                raw.signature.value
            ),
        ));
    }
    let mut parts = Vec::new();
    if let Some(all) = &raw.all {
        parts.push(Condition::All(compile_list(all, &format!("{key}.all"))?));
    }
    if let Some(any) = &raw.any {
        parts.push(Condition::Any(compile_list(any, &format!("{key}.any"))?));
    }
    let condition = match parts.len() {
        0 => {
            return Err(invalid(
                span,
                key,
                "a rule needs `any:` or `all:` conditions",
            ))
        }
        1 => parts.pop().expect("one element"),
        _ => Condition::All(parts),
    };
    Ok(Rule {
        name: raw.name.clone().unwrap_or_else(|| key.to_string()),
        signature: raw.signature.value.clone(),
        condition,
    })
}

fn compile_list(list: &[Spanned<RawCondition>], key: &str) -> Result<Vec<Condition>, ConfigError> {
    if list.is_empty() {
        return Err(ConfigError::Invalid {
            line: 0,
            column: 0,
            key: key.to_string(),
            message: "an empty condition list never matches; remove it".into(),
        });
    }
    list.iter()
        .enumerate()
        .map(|(i, c)| compile_condition(c, &format!("{key}[{i}]")))
        .collect()
}

fn compile_condition(span: &Spanned<RawCondition>, key: &str) -> Result<Condition, ConfigError> {
    let c = &span.value;
    let kinds = [
        c.label.is_some(),
        c.text.is_some() || c.annotation.is_some(),
        c.any.is_some(),
        c.all.is_some(),
        c.not.is_some(),
    ];
    if kinds.iter().filter(|k| **k).count() != 1 {
        return Err(invalid(
            span,
            key,
            "a condition is exactly one of {label, equals|regex}, {annotation, regex}, {text}, {any}, {all}, {not}",
        ));
    }
    if let Some(label) = &c.label {
        if c.text.is_some() {
            return Err(invalid(span, key, "`text` cannot be combined with `label`"));
        }
        return match (&c.equals, &c.regex) {
            (Some(value), None) => Ok(Condition::LabelEquals {
                label: label.clone(),
                value: value.clone(),
            }),
            (None, Some(re)) => Ok(Condition::LabelRegex {
                label: label.clone(),
                regex: compile_regex(re, &format!("{key}.regex"), true)?,
            }),
            _ => Err(invalid(
                span,
                key,
                "a label condition needs exactly one of `equals` or `regex`",
            )),
        };
    }
    if c.equals.is_some() {
        return Err(invalid(span, key, "`equals` only applies to `label`"));
    }
    if let Some(annotation) = &c.annotation {
        let re = c
            .regex
            .as_ref()
            .or(c.text.as_ref())
            .ok_or_else(|| invalid(span, key, "an annotation condition needs `regex`"))?;
        return Ok(Condition::Text {
            annotation: Some(annotation.clone()),
            regex: compile_regex(re, &format!("{key}.regex"), false)?,
        });
    }
    if let Some(text) = &c.text {
        if c.regex.is_some() {
            return Err(invalid(
                span,
                key,
                "`text` is itself the regex; drop `regex`",
            ));
        }
        return Ok(Condition::Text {
            annotation: None,
            regex: compile_regex(text, &format!("{key}.text"), false)?,
        });
    }
    if c.regex.is_some() {
        return Err(invalid(span, key, "`regex` needs `label` or `annotation`"));
    }
    if let Some(any) = &c.any {
        return Ok(Condition::Any(compile_list(any, &format!("{key}.any"))?));
    }
    if let Some(all) = &c.all {
        return Ok(Condition::All(compile_list(all, &format!("{key}.all"))?));
    }
    let not = c.not.as_ref().expect("exactly one kind is set");
    Ok(Condition::Not(Box::new(compile_condition(
        not,
        &format!("{key}.not"),
    )?)))
}

fn compile_regex(span: &Spanned<String>, key: &str, anchored: bool) -> Result<Regex, ConfigError> {
    let pattern = if anchored {
        format!("^(?:{})$", span.value)
    } else {
        span.value.clone()
    };
    regex::RegexBuilder::new(&pattern)
        .size_limit(1 << 20)
        .build()
        .map_err(|e| invalid(span, key, format!("invalid regex {:?}: {}", span.value, e)))
}

fn valid_label_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z' | 'A'..='Z' | '_'))
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
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
            ("bogus: 1\n", "error: line 1 column 1: unknown field `bogus`, expected one of service_labels, builtin_signatures, signatures, incident, retention, windows, limits"),
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
            ("limits:\n  max_series: 0\n", "line 2 column 15: limits.max_series: must be greater than zero"),
            ("limits:\n  max_body_bytes: 10\n", "line 2 column 19: limits.max_body_bytes: must be at least 1024"),
            ("windows: [7d, 500d]\n", "line 1 column 15: windows: window 500d is longer than retention 400d"),
            ("builtin_signatures:\n  disabled: [nope]\n", "line 2 column 3: builtin_signatures.disabled: \"nope\" is not a built-in signature (known: "),
            ("incident: [1, 2]\n", "error: line 1 column 11: expected mapping start"),
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
