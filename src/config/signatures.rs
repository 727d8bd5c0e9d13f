//! The classifier's sections: `service_labels`, `service_from`, `builtin_signatures` and
//! `signatures`.
//!
//! Only the YAML shapes and their validation; the rule language itself (conditions, regexes,
//! signature names) is `classify::rules`, and classifying is `classify`.

use std::collections::BTreeSet;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{
    compile_regex, compile_rule, invalid, valid_label_name, BuiltinSignatures, ConfigError,
    RawRule, Rule, ServiceFrom, DEFAULT_SERVICE_LABELS,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawServiceFrom {
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
pub(super) enum RawBuiltin {
    Enabled(bool),
    Detailed(RawBuiltinDetailed),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBuiltinDetailed {
    #[serde(default = "default_true")]
    enabled: bool,
    #[serde(default)]
    disabled: Vec<Spanned<String>>,
}

fn default_true() -> bool {
    true
}

/// `service_labels:`, or the defaults when absent.
pub(super) fn service_labels(
    raw: Option<Spanned<Vec<String>>>,
) -> Result<Vec<String>, ConfigError> {
    Ok(match raw {
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
    })
}

/// `service_from:`; `None` when absent (the classifier's defaults apply).
pub(super) fn service_from(
    raw: Option<&Vec<Spanned<RawServiceFrom>>>,
) -> Result<Option<Vec<ServiceFrom>>, ConfigError> {
    raw.map(|list| {
        list.iter()
            .enumerate()
            .map(|(i, s)| s.value.validate(&format!("service_from[{i}]")))
            .collect::<Result<Vec<_>, _>>()
    })
    .transpose()
}

/// `signatures:`, compiled in the order written.
pub(super) fn rules(raw: &[Spanned<RawRule>]) -> Result<Vec<Rule>, ConfigError> {
    let mut rules = Vec::with_capacity(raw.len());
    for (index, rule) in raw.iter().enumerate() {
        rules.push(compile_rule(rule, &format!("signatures[{index}]"))?);
    }
    Ok(rules)
}

/// `builtin_signatures:`: `true`/`false`, or `enabled` with the `disabled` signatures.
pub(super) fn builtin(raw: Option<Spanned<RawBuiltin>>) -> Result<BuiltinSignatures, ConfigError> {
    Ok(match raw {
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
    })
}
