//! The rule language of `signatures:` and of the built-in catalogue: raw serde structs as
//! written, compiled into [`Rule`]s with their regexes; and the other settings the classifier
//! takes ([`BuiltinSignatures`], [`ServiceFrom`]). `config` aggregates the section; this module
//! imports no configuration code, so classification never depends on it.

use std::collections::BTreeSet;

use regex::Regex;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::spans::{invalid, ConfigError};

/// The built-in catalogue switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltinSignatures {
    pub enabled: bool,
    /// Signatures of the catalogue that must never be assigned.
    pub disabled: BTreeSet<String>,
}

/// One way of naming an alert's service from a label (`service_from:`), tried in order.
#[derive(Debug, Clone)]
pub struct ServiceFrom {
    /// The label read.
    pub label: String,
    /// Anchored pattern the value must match; its captures feed `template`.
    pub regex: Option<Regex>,
    /// The service name: `$1`.. are the captures, `${name}` the value of label `name`; by
    /// default the whole value (or the first capture).
    pub template: Option<String>,
    /// Anchored pattern of values that never name a service (monitoring components).
    pub unless: Option<Regex>,
}

/// One signature rule: when `condition` holds, the alert gets `signature`.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Identifies the rule in explanations; defaults to `signatures[N]`.
    pub name: String,
    pub signature: String,
    /// Whether the signature names a root cause (`kind: cause`) or a symptom; `None` keeps
    /// the built-in kind, a symptom for signatures the catalogue does not have.
    pub kind: Option<SignatureKind>,
    pub condition: Condition,
}

/// The kind a rule gives its signature (see `classify::kinds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureKind {
    Cause,
    Symptom,
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

/// Checks that a signature name is a lower-case identifier, which keeps rule signatures
/// distinguishable from the `unclassified:` fallback.
pub fn valid_signature_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
        && name.len() <= 64
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    name: Option<String>,
    signature: Spanned<String>,
    kind: Option<Spanned<String>>,
    any: Option<Vec<Spanned<RawCondition>>>,
    all: Option<Vec<Spanned<RawCondition>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    label: Option<String>,
    equals: Option<String>,
    regex: Option<Spanned<String>>,
    annotation: Option<String>,
    text: Option<Spanned<String>>,
    any: Option<Vec<Spanned<RawCondition>>>,
    all: Option<Vec<Spanned<RawCondition>>>,
    not: Option<Box<Spanned<RawCondition>>>,
}

/// Parses a list of rules in the `signatures:` syntax; used for the built-in catalogue.
pub fn parse_rules(text: &str, origin: &str) -> Result<Vec<Rule>, ConfigError> {
    let raw: Vec<Spanned<RawRule>> =
        serde_saphyr::from_str(text).map_err(|e| ConfigError::Syntax(format!("{origin}: {e}")))?;
    raw.iter()
        .enumerate()
        .map(|(index, rule)| compile_rule(rule, &format!("{origin}[{index}]")))
        .collect()
}

pub fn compile_rule(span: &Spanned<RawRule>, key: &str) -> Result<Rule, ConfigError> {
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
    let kind = match &raw.kind {
        None => None,
        Some(span) => match span.value.as_str() {
            "cause" => Some(SignatureKind::Cause),
            "symptom" => Some(SignatureKind::Symptom),
            other => {
                return Err(invalid(
                    span,
                    format!("{key}.kind"),
                    format!("{other:?} is not a kind: use cause or symptom"),
                ))
            }
        },
    };
    Ok(Rule {
        name: raw.name.clone().unwrap_or_else(|| key.to_string()),
        signature: raw.signature.value.clone(),
        kind,
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

pub fn compile_regex(
    span: &Spanned<String>,
    key: &str,
    anchored: bool,
) -> Result<Regex, ConfigError> {
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

pub fn valid_label_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some('a'..='z' | 'A'..='Z' | '_'))
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

// ---------------------------------------------------------------------------------------------
// The `otlp:` section.
