//! Classification: which service an alert belongs to and which failure signature (root cause)
//! it shows.
//!
//! Pure and deterministic: the same labels and annotations give the same answer on every
//! replica and after every restart. The user's rules run first, then the built-in catalogue
//! (`catalogue.yml`, written in the same rule language), then a fallback derived from the
//! alertname. Regexes are not tried one by one: all `text` patterns form one `RegexSet` run
//! once per annotation, and label patterns one `RegexSet` per label name; rules then only look
//! up which patterns hit. The prefilter also remembers the first annotation each `text` pattern
//! hit, so evidence costs one `find` on one value instead of a search of every annotation. This
//! module knows nothing of webhooks, storage or time.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::Serialize;

use crate::config::{parse_rules, Condition, Config, Rule};

/// Label or annotation name → value, ordered so that hashing and output are deterministic.
pub type LabelMap = BTreeMap<String, String>;

/// Prefix of the fallback signature given to alerts that no rule matches.
pub const UNCLASSIFIED_PREFIX: &str = "unclassified:";

/// Lazy-DFA cache of the `text` pattern set, per thread that classifies.
const TEXT_SET_DFA_BYTES: usize = 16 << 20;

/// Longest annotation value whose evidence is searched without a lazy DFA. Each alert's
/// evidence uses a different pattern, so that pattern's own lazy DFA is cold memory, and the
/// bounded backtracker is faster on a short value; on a long one it would give way to the
/// PikeVM, far slower than a DFA.
const SMALL_VALUE: usize = 512;

/// Longest service value exported; longer values are cut so one bad label cannot bloat series.
const MAX_SERVICE_LEN: usize = 128;

/// The answer for one alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Classification {
    pub service: String,
    pub signature: String,
    /// Name of the rule that matched: `rule:NAME`, `builtin:NAME`, or `fallback`.
    pub rule: String,
    /// The piece of the alert that made the rule match, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// What matched: the field (`label:alertname`, `annotation:description`) and the matched text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub field: String,
    pub matched: String,
}

/// The classifier built once per configuration.
#[derive(Debug)]
pub struct Classifier {
    service_labels: Vec<String>,
    rules: Vec<CompiledRule>,
    /// Every unanchored `text` pattern, in leaf order.
    text_set: RegexSet,
    /// Anchored label patterns grouped by label name.
    label_sets: Vec<LabelSet>,
    /// Number of label patterns over all sets.
    label_patterns: usize,
}

#[derive(Debug)]
struct LabelSet {
    label: String,
    set: RegexSet,
    /// The number of each of the set's patterns among all label patterns, in leaf order.
    numbers: Vec<usize>,
}

#[derive(Debug)]
struct CompiledRule {
    /// `rule:NAME` or `builtin:NAME`.
    id: String,
    signature: String,
    node: Node,
}

#[derive(Debug)]
enum Node {
    LabelEquals {
        label: String,
        value: String,
    },
    /// No regex of its own: the label set's answer is the whole match, as the pattern is
    /// anchored, so it serves as evidence too.
    LabelRegex {
        number: usize,
        label: String,
    },
    Text {
        index: usize,
        regex: Regex,
        /// The same pattern without a lazy DFA, for evidence in short values (see `evidence`).
        small: Regex,
    },
    AnnotationText {
        annotation: String,
        regex: Regex,
    },
    Any(Vec<Node>),
    All(Vec<Node>),
    Not(Box<Node>),
}

/// Which prefiltered patterns hit for one alert, in one vector (one allocation per alert): first
/// each `text` pattern's first annotation, then each label pattern's 0, or `MISS` when none.
struct Hits {
    first: Vec<u32>,
    text_patterns: usize,
}

/// The pattern matched no value.
const MISS: u32 = u32::MAX;

impl Hits {
    /// Where `text` pattern `index` first matched: its annotation's position in `LabelMap` order.
    fn text(&self, index: usize) -> Option<usize> {
        let first = self.first[index];
        (first != MISS).then_some(first as usize)
    }

    fn label(&self, number: usize) -> bool {
        self.first[self.text_patterns + number] != MISS
    }
}

/// The built-in catalogue's rules, parsed once.
fn catalogue() -> &'static [Rule] {
    static CATALOGUE: OnceLock<Vec<Rule>> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        parse_rules(include_str!("catalogue.yml"), "catalogue")
            .expect("the built-in catalogue is valid; a unit test parses it")
    })
}

/// The signature names the built-in catalogue can assign.
pub fn catalogue_signatures() -> BTreeSet<&'static str> {
    catalogue().iter().map(|r| r.signature.as_str()).collect()
}

impl Classifier {
    /// Builds the classifier for `config`: user rules first, then the enabled catalogue rules.
    pub fn new(config: &Config) -> Classifier {
        let mut builder = Builder::default();
        let mut rules = Vec::new();
        for rule in &config.rules {
            rules.push(builder.rule(rule, "rule"));
        }
        if config.builtin.enabled {
            for rule in catalogue() {
                if !config.builtin.disabled.contains(&rule.signature) {
                    rules.push(builder.rule(rule, "builtin"));
                }
            }
        }
        // The catalogue's ~120 case-insensitive patterns need about 7 MiB of lazy-DFA states
        // on real annotations; with the default 2 MiB cache the DFA thrashes and falls back to
        // the PikeVM, ~100x slower (BENCHMARKS.md, classification).
        let text_set = RegexSetBuilder::new(&builder.text_patterns)
            .dfa_size_limit(TEXT_SET_DFA_BYTES)
            .build()
            .expect("each pattern compiled on its own when the config was validated");
        let label_sets = builder
            .label_patterns
            .into_iter()
            .map(|(label, patterns)| {
                let (numbers, patterns): (Vec<usize>, Vec<String>) = patterns.into_iter().unzip();
                LabelSet {
                    label,
                    set: RegexSet::new(&patterns).expect("patterns compiled on their own"),
                    numbers,
                }
            })
            .collect();
        Classifier {
            service_labels: config.service_labels.clone(),
            rules,
            text_set,
            label_sets,
            label_patterns: builder.label_count,
        }
    }

    /// Classifies one alert.
    pub fn classify(&self, labels: &LabelMap, annotations: &LabelMap) -> Classification {
        let service = self.service(labels);
        let hits = self.hits(labels, annotations);
        for rule in &self.rules {
            if rule.node.eval(labels, annotations, &hits) {
                return Classification {
                    service,
                    signature: rule.signature.clone(),
                    rule: rule.id.clone(),
                    evidence: rule.node.evidence(labels, annotations, &hits),
                };
            }
        }
        let alertname = labels.get("alertname").map(String::as_str).unwrap_or("");
        Classification {
            service,
            signature: fallback_signature(alertname),
            rule: "fallback".into(),
            evidence: Some(Evidence {
                field: "label:alertname".into(),
                matched: alertname.to_string(),
            }),
        }
    }

    /// The service an alert belongs to: the first non-empty configured label, else `unknown`.
    pub fn service(&self, labels: &LabelMap) -> String {
        self.service_labels
            .iter()
            .filter_map(|l| labels.get(l))
            .find(|v| !v.is_empty())
            .map(|v| truncate(v, MAX_SERVICE_LEN).to_string())
            .unwrap_or_else(|| "unknown".into())
    }

    fn hits(&self, labels: &LabelMap, annotations: &LabelMap) -> Hits {
        let text_patterns = self.text_set.len();
        let mut first = vec![MISS; text_patterns + self.label_patterns];
        if text_patterns > 0 {
            for (position, value) in annotations.values().enumerate() {
                let position = u32::try_from(position).expect("fewer than 2^32 annotations");
                for i in self.text_set.matches(value).iter() {
                    first[i] = first[i].min(position);
                }
            }
        }
        let label_first = &mut first[text_patterns..];
        for LabelSet {
            label,
            set,
            numbers,
        } in &self.label_sets
        {
            let value = labels.get(label).map(String::as_str).unwrap_or("");
            for i in set.matches(value).iter() {
                label_first[numbers[i]] = 0;
            }
        }
        Hits {
            first,
            text_patterns,
        }
    }
}

/// The fallback signature for an alertname: stable, bounded, and never a valid rule signature
/// (rule signatures cannot contain `:`).
pub fn fallback_signature(alertname: &str) -> String {
    let mut name: String = alertname
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    if name.is_empty() {
        name = "unnamed".into();
    }
    format!("{UNCLASSIFIED_PREFIX}{name}")
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[derive(Default)]
struct Builder {
    text_patterns: Vec<String>,
    /// Label regexes grouped by label name, each with its number among all label patterns.
    label_patterns: Vec<(String, Vec<(usize, String)>)>,
    label_index: HashMap<String, usize>,
    label_count: usize,
}

impl Builder {
    fn rule(&mut self, rule: &Rule, origin: &str) -> CompiledRule {
        CompiledRule {
            id: format!("{origin}:{}", rule.name),
            signature: rule.signature.clone(),
            node: self.node(&rule.condition),
        }
    }

    fn node(&mut self, condition: &Condition) -> Node {
        match condition {
            Condition::LabelEquals { label, value } => Node::LabelEquals {
                label: label.clone(),
                value: value.clone(),
            },
            Condition::LabelRegex { label, regex } => {
                let set = *self.label_index.entry(label.clone()).or_insert_with(|| {
                    self.label_patterns.push((label.clone(), Vec::new()));
                    self.label_patterns.len() - 1
                });
                let number = self.label_count;
                self.label_count += 1;
                self.label_patterns[set]
                    .1
                    .push((number, regex.as_str().to_string()));
                Node::LabelRegex {
                    number,
                    label: label.clone(),
                }
            }
            Condition::Text {
                annotation: None,
                regex,
            } => {
                self.text_patterns.push(regex.as_str().to_string());
                Node::Text {
                    index: self.text_patterns.len() - 1,
                    regex: regex.clone(),
                    small: RegexBuilder::new(regex.as_str())
                        .dfa_size_limit(0)
                        .build()
                        .expect("compiled once already"),
                }
            }
            Condition::Text {
                annotation: Some(annotation),
                regex,
            } => Node::AnnotationText {
                annotation: annotation.clone(),
                regex: regex.clone(),
            },
            Condition::Any(list) => Node::Any(list.iter().map(|c| self.node(c)).collect()),
            Condition::All(list) => Node::All(list.iter().map(|c| self.node(c)).collect()),
            Condition::Not(inner) => Node::Not(Box::new(self.node(inner))),
        }
    }
}

impl Node {
    fn eval(&self, labels: &LabelMap, annotations: &LabelMap, hits: &Hits) -> bool {
        match self {
            Node::LabelEquals { label, value } => {
                labels.get(label).map(String::as_str).unwrap_or("") == value
            }
            Node::LabelRegex { number, .. } => hits.label(*number),
            Node::Text { index, .. } => hits.text(*index).is_some(),
            // Annotation-specific patterns are rare in rules, so they skip the prefilter.
            Node::AnnotationText { annotation, regex } => annotations
                .get(annotation)
                .is_some_and(|v| regex.is_match(v)),
            Node::Any(list) => list.iter().any(|n| n.eval(labels, annotations, hits)),
            Node::All(list) => list.iter().all(|n| n.eval(labels, annotations, hits)),
            Node::Not(inner) => !inner.eval(labels, annotations, hits),
        }
    }

    /// The first positive leaf that holds, with the text it matched.
    fn evidence(&self, labels: &LabelMap, annotations: &LabelMap, hits: &Hits) -> Option<Evidence> {
        match self {
            Node::LabelEquals { label, value } => {
                (labels.get(label) == Some(value)).then(|| Evidence {
                    field: format!("label:{label}"),
                    matched: value.clone(),
                })
            }
            Node::LabelRegex { number, label } => hits.label(*number).then(|| {
                let value = labels.get(label).map(String::as_str).unwrap_or("");
                Evidence {
                    field: format!("label:{label}"),
                    matched: truncate(value, 200).to_string(),
                }
            }),
            // The earlier annotations did not match (the set says so), so the search starts at
            // the first one that did, where `find` succeeds at once.
            Node::Text {
                index,
                regex,
                small,
            } => {
                let position = hits.text(*index)?;
                annotations.iter().skip(position).find_map(|(name, value)| {
                    let regex = if value.len() <= SMALL_VALUE {
                        small
                    } else {
                        regex
                    };
                    regex.find(value).map(|m| Evidence {
                        field: format!("annotation:{name}"),
                        matched: truncate(m.as_str(), 200).to_string(),
                    })
                })
            }
            Node::AnnotationText { annotation, regex } => {
                let value = annotations.get(annotation)?;
                regex.find(value).map(|m| Evidence {
                    field: format!("annotation:{annotation}"),
                    matched: truncate(m.as_str(), 200).to_string(),
                })
            }
            Node::Not(_) => None,
            Node::Any(list) | Node::All(list) => list
                .iter()
                .find_map(|n| n.evidence(labels, annotations, hits)),
        }
    }
}

#[cfg(test)]
mod corpus;

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> LabelMap {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// Classifies each `(labels, annotations)` under `config_yaml` and compares
    /// `(service, signature, rule)` with the expectation.
    /// `(labels, annotations, (service, signature, rule))`.
    type Case<'a> = (
        &'a [(&'a str, &'a str)],
        &'a [(&'a str, &'a str)],
        (&'a str, &'a str, &'a str),
    );

    fn check(config_yaml: &str, cases: &[Case]) {
        let config = Config::from_yaml(config_yaml).expect("test config is valid");
        let classifier = Classifier::new(&config);
        for (labels, annotations, (service, signature, rule)) in cases {
            let got = classifier.classify(&map(labels), &map(annotations));
            assert_eq!(
                (
                    got.service.as_str(),
                    got.signature.as_str(),
                    got.rule.as_str()
                ),
                (*service, *signature, *rule),
                "labels {labels:?} annotations {annotations:?}"
            );
        }
    }

    const RULES: &str = r#"
builtin_signatures: false
signatures:
  - name: pg-clients
    signature: connection_pool_exhaustion
    any:
      - label: alertname
        equals: PostgresTooManyConnections
      - text: 'sorry, too many clients already'
  - name: latency
    signature: high_latency
    all:
      - label: alertname
        regex: '.*Latency.*'
      - not: {label: severity, equals: info}
"#;

    #[test]
    fn service_and_first_matching_rule() {
        check(
            RULES,
            &[
                (
                    &[
                        ("alertname", "PostgresTooManyConnections"),
                        ("service", "payments-api"),
                        ("job", "pg"),
                    ],
                    &[],
                    (
                        "payments-api",
                        "connection_pool_exhaustion",
                        "rule:pg-clients",
                    ),
                ),
                (
                    &[("alertname", "HighRequestLatency"), ("app", "checkout")],
                    &[("description", "FATAL: sorry, too many clients already")],
                    ("checkout", "connection_pool_exhaustion", "rule:pg-clients"),
                ),
                (
                    &[
                        ("alertname", "HighRequestLatency"),
                        ("service", ""),
                        ("job", "api"),
                    ],
                    &[],
                    ("api", "high_latency", "rule:latency"),
                ),
                (
                    &[("alertname", "HighRequestLatency"), ("severity", "info")],
                    &[],
                    ("unknown", "unclassified:HighRequestLatency", "fallback"),
                ),
                (
                    &[("alertname", "Weird name/with spaces")],
                    &[],
                    ("unknown", "unclassified:Weird_name_with_spaces", "fallback"),
                ),
                (&[], &[], ("unknown", "unclassified:unnamed", "fallback")),
            ],
        );
    }

    #[test]
    fn label_regex_is_anchored_and_text_is_not() {
        check(
            RULES,
            &[(
                &[("alertname", "NotLatencyButLonger"), ("service", "s")],
                &[],
                ("s", "high_latency", "rule:latency"),
            )],
        );
        check(
            "builtin_signatures: false\nsignatures:\n  - signature: x\n    any: [{label: alertname, regex: Lat}]\n",
            &[(&[("alertname", "Latency")], &[], ("unknown", "unclassified:Latency", "fallback"))],
        );
    }

    #[test]
    fn evidence_names_the_field_and_text() {
        let config = Config::from_yaml(RULES).expect("valid");
        let c = Classifier::new(&config).classify(
            &map(&[("alertname", "HighRequestLatency")]),
            &map(&[(
                "description",
                "pool: FATAL: sorry, too many clients already (pid 42)",
            )]),
        );
        assert_eq!(
            c.evidence,
            Some(Evidence {
                field: "annotation:description".into(),
                matched: "sorry, too many clients already".into()
            })
        );
    }

    #[test]
    fn user_rules_run_before_the_catalogue_and_catalogue_parses() {
        assert!(!catalogue().is_empty());
        check(
            "signatures:\n  - name: mine\n    signature: my_pool\n    any: [{text: 'too many clients'}]\n",
            &[(
                &[("alertname", "X")],
                &[("description", "sorry, too many clients already")],
                ("unknown", "my_pool", "rule:mine"),
            )],
        );
    }

    #[test]
    fn fallback_is_bounded() {
        let long = "A".repeat(500);
        assert_eq!(
            fallback_signature(&long).len(),
            UNCLASSIFIED_PREFIX.len() + 64
        );
    }
}
