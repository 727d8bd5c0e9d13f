//! The `outages:` section, and the inhibit rules it reads from an Alertmanager configuration.
//!
//! Only parsing and validation: which signature an inhibit rule's source names is decided by
//! the classifier when the runtime is built, and outages are derived by `incident::outage`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use regex::Regex;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{duration_or, invalid, ConfigError};

/// Validated `outages:` settings.
#[derive(Debug, Clone, Default)]
pub struct OutagesConfig {
    /// `None`: the incident merge window.
    pub join_window: Option<Duration>,
    pub min_support: u32,
    pub min_confidence: f64,
    /// service → services it depends on.
    pub dependencies: BTreeMap<String, Vec<String>>,
    /// Where the inhibit rules were read from.
    pub alertmanager_config: Option<PathBuf>,
    pub inhibit_rules: Vec<InhibitRule>,
}

/// One Alertmanager inhibit rule, as far as outages use it.
#[derive(Debug, Clone)]
pub struct InhibitRule {
    /// Equality matchers of the source: the labels of a source alert, to classify.
    pub source_labels: BTreeMap<String, String>,
    pub target: Vec<AlertMatcher>,
    /// The rule in Alertmanager's own words, for explanations.
    pub text: String,
}

/// One label matcher: `label="value"`, `label!="value"`, `label=~"re"`, `label!~"re"`.
#[derive(Debug, Clone)]
pub struct AlertMatcher {
    pub label: String,
    pub negated: bool,
    /// Anchored at both ends, as in Alertmanager.
    pub pattern: Regex,
    /// The value when the matcher is an equality.
    pub equals: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOutages {
    join_window: Option<Spanned<String>>,
    min_support: Option<Spanned<u64>>,
    min_confidence: Option<Spanned<f64>>,
    #[serde(default)]
    dependencies: BTreeMap<String, Vec<String>>,
    alertmanager_config: Option<Spanned<String>>,
}

impl RawOutages {
    /// Validates the section; `base` resolves a relative `alertmanager_config`.
    pub(super) fn validate(self, base: Option<&Path>) -> Result<OutagesConfig, ConfigError> {
        let join_window = match &self.join_window {
            None => None,
            Some(_) => Some(duration_or(
                &self.join_window,
                "outages.join_window",
                Duration::ZERO,
            )?),
        };
        let min_support = match &self.min_support {
            None => 2,
            Some(span) if span.value >= 1 && span.value <= 1_000_000 => span.value as u32,
            Some(span) => {
                return Err(invalid(
                    span,
                    "outages.min_support",
                    "must be between 1 and 1000000",
                ))
            }
        };
        let min_confidence = match &self.min_confidence {
            None => 0.6,
            Some(span) if span.value > 0.0 && span.value <= 1.0 => span.value,
            Some(span) => {
                return Err(invalid(
                    span,
                    "outages.min_confidence",
                    "must be a share greater than 0 and at most 1",
                ))
            }
        };
        let (alertmanager_config, inhibit_rules) = match &self.alertmanager_config {
            None => (None, Vec::new()),
            Some(span) => {
                let mut path = PathBuf::from(&span.value);
                if path.is_relative() {
                    if let Some(base) = base {
                        path = base.join(path);
                    }
                }
                let text = std::fs::read_to_string(&path).map_err(|e| {
                    invalid(
                        span,
                        "outages.alertmanager_config",
                        format!("reading {}: {e}", path.display()),
                    )
                })?;
                let rules = parse_inhibit_rules(&text).map_err(|message| {
                    invalid(
                        span,
                        "outages.alertmanager_config",
                        format!("{}: {message}", path.display()),
                    )
                })?;
                (Some(path), rules)
            }
        };
        Ok(OutagesConfig {
            join_window,
            min_support,
            min_confidence,
            dependencies: self.dependencies,
            alertmanager_config,
            inhibit_rules,
        })
    }
}

/// The part of an Alertmanager configuration outages read; everything else is ignored, as
/// Alertmanager itself validates the file.
#[derive(Debug, Default, Deserialize)]
struct AlertmanagerFile {
    #[serde(default)]
    inhibit_rules: Vec<RawInhibitRule>,
}

#[derive(Debug, Default, Deserialize)]
struct RawInhibitRule {
    #[serde(default)]
    source_matchers: Vec<String>,
    #[serde(default)]
    target_matchers: Vec<String>,
    #[serde(default)]
    source_match: BTreeMap<String, String>,
    #[serde(default)]
    source_match_re: BTreeMap<String, String>,
    #[serde(default)]
    target_match: BTreeMap<String, String>,
    #[serde(default)]
    target_match_re: BTreeMap<String, String>,
}

/// Reads the inhibit rules of an Alertmanager configuration (`inhibit_rules:` with
/// `source_matchers`/`target_matchers` or the older `source_match(_re)`/`target_match(_re)`).
pub fn parse_inhibit_rules(text: &str) -> Result<Vec<InhibitRule>, String> {
    let file: AlertmanagerFile = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
    let mut rules = Vec::new();
    for (index, raw) in file.inhibit_rules.into_iter().enumerate() {
        let at = |e: String| format!("inhibit_rules[{index}]: {e}");
        let mut source = Vec::new();
        for m in &raw.source_matchers {
            source.push(parse_matcher(m).map_err(at)?);
        }
        for (label, value) in &raw.source_match {
            source.push(matcher(label, false, &regex::escape(value), Some(value)).map_err(at)?);
        }
        for (label, value) in &raw.source_match_re {
            source.push(matcher(label, false, value, None).map_err(at)?);
        }
        let mut target = Vec::new();
        for m in &raw.target_matchers {
            target.push(parse_matcher(m).map_err(at)?);
        }
        for (label, value) in &raw.target_match {
            target.push(matcher(label, false, &regex::escape(value), Some(value)).map_err(at)?);
        }
        for (label, value) in &raw.target_match_re {
            target.push(matcher(label, false, value, None).map_err(at)?);
        }
        let source_labels = source
            .iter()
            .filter(|m| !m.negated)
            .filter_map(|m| Some((m.label.clone(), m.equals.clone()?)))
            .collect();
        let describe = |ms: &[AlertMatcher]| {
            ms.iter()
                .map(|m| {
                    let op = match (m.negated, m.equals.is_some()) {
                        (false, true) => "=",
                        (true, true) => "!=",
                        (false, false) => "=~",
                        (true, false) => "!~",
                    };
                    let value = m.equals.clone().unwrap_or_else(|| {
                        let p = m.pattern.as_str();
                        p.trim_start_matches("^(?:")
                            .trim_end_matches(")$")
                            .to_string()
                    });
                    format!("{}{op}{value:?}", m.label)
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let text = format!(
            "{{{}}} inhibits {{{}}}",
            describe(&source),
            describe(&target)
        );
        rules.push(InhibitRule {
            source_labels,
            target,
            text,
        });
    }
    Ok(rules)
}

/// Parses one matcher in Alertmanager's syntax; the value may be quoted.
fn parse_matcher(text: &str) -> Result<AlertMatcher, String> {
    let text = text.trim();
    let ops = ["=~", "!~", "!=", "="];
    let (at, op) = text
        .char_indices()
        .find_map(|(i, _)| {
            ops.iter()
                .find(|op| text[i..].starts_with(**op))
                .map(|op| (i, *op))
        })
        .ok_or_else(|| format!("matcher {text:?} has no operator (=, !=, =~, !~)"))?;
    let label = text[..at].trim();
    if label.is_empty() {
        return Err(format!("matcher {text:?} has no label name"));
    }
    let mut value = text[at + op.len()..].trim();
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        value = &value[1..value.len() - 1];
    }
    let value = value.replace("\\\"", "\"");
    match op {
        "=" => matcher(label, false, &regex::escape(&value), Some(&value)),
        "!=" => matcher(label, true, &regex::escape(&value), Some(&value)),
        "=~" => matcher(label, false, &value, None),
        _ => matcher(label, true, &value, None),
    }
}

fn matcher(
    label: &str,
    negated: bool,
    pattern: &str,
    equals: Option<&String>,
) -> Result<AlertMatcher, String> {
    let pattern = Regex::new(&format!("^(?:{pattern})$"))
        .map_err(|e| format!("matcher on {label}: invalid regex: {e}"))?;
    Ok(AlertMatcher {
        label: label.to_string(),
        negated,
        pattern,
        equals: equals.cloned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_matcher_syntaxes_are_read() {
        let rules = parse_inhibit_rules(
            r#"
route: {receiver: x}
receivers: [{name: x}]
inhibit_rules:
  - source_matchers: ['alertname="DatabasePoolExhausted"', severity=critical]
    target_matchers: ['alertname=~".*HighLatency"']
    equal: [service]
  - source_match: {alertname: NodeDown}
    target_match_re: {alertname: "Instance.*"}
"#,
        )
        .expect("valid");
        assert_eq!(rules.len(), 2);
        assert_eq!(
            rules[0].source_labels.get("alertname").map(String::as_str),
            Some("DatabasePoolExhausted")
        );
        assert!(rules[0].target[0].pattern.is_match("PaymentsHighLatency"));
        assert!(!rules[0].target[0]
            .pattern
            .is_match("PaymentsHighLatencyX2Y"));
        assert_eq!(
            rules[0].text,
            r#"{alertname="DatabasePoolExhausted", severity="critical"} inhibits {alertname=~".*HighLatency"}"#
        );
        assert!(rules[1].target[0].pattern.is_match("InstanceSlow"));
    }

    #[test]
    fn a_bad_matcher_names_the_rule() {
        let error = parse_inhibit_rules("inhibit_rules:\n  - target_matchers: ['alertname']\n")
            .expect_err("no operator");
        assert_eq!(
            error,
            "inhibit_rules[0]: matcher \"alertname\" has no operator (=, !=, =~, !~)"
        );
    }
}
