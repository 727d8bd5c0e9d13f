//! Classification: which service an alert belongs to and which failure signature (root cause)
//! it shows.
//!
//! Pure and deterministic: the same labels and annotations give the same answer on every
//! replica and after every restart. The user's rules run first, then the built-in catalogue
//! (`catalogue.yml`, written in the same rule language), then a fallback derived from the
//! alertname. Regexes are not tried one by one: all `text` patterns form one `RegexSet` run
//! once per annotation, and label patterns one `RegexSet` per label name; rules then only look
//! up which of their leaves hold. Every leaf is numbered, so one pass over the alert settles all
//! of them, and only the rules with a leaf that holds (or that can hold without one) are
//! evaluated, in order. The prefilter also remembers the first annotation each `text` pattern
//! hit, so evidence costs one `find` on one value instead of a search of every annotation.
//!
//! When no pattern names a root cause, the catalogue's second stage reads the alert's words
//! (`words.rs`): a cause found there wins over a symptom pattern, and a symptom found there is
//! used when no pattern matched at all. The service comes from `service.rs`. This module knows
//! nothing of webhooks, storage or time.

pub mod kinds;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder, RegexSet};
use serde::Serialize;

pub mod rules;

use rules::{parse_rules, BuiltinSignatures, Condition, Rule, ServiceFrom};

mod service;
mod textset;
mod words;

pub use textset::ascii_word_boundaries;
use textset::TextSet;

pub use crate::model::LabelMap;

/// Prefix of the fallback signature given to alerts that no rule matches.
pub const UNCLASSIFIED_PREFIX: &str = "unclassified:";

/// The signature of a call to a dependency that gave up waiting.
const UPSTREAM_TIMEOUT: &str = "upstream_timeout";

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
    services: service::Services,
    /// Signatures the word stage may assign: the enabled catalogue signatures; empty when the
    /// catalogue is off.
    word_signatures: BTreeSet<String>,
    rules: Vec<CompiledRule>,
    /// Every condition that is not `any`, `all` or `not`, numbered; `Node::Leaf` points here.
    leaves: Vec<Leaf>,
    /// The rule each leaf belongs to.
    leaf_rule: Vec<usize>,
    /// Rules evaluated on every alert: those that hold when none of their leaves does (a `not`
    /// alone), and those with an `annotation` leaf, which the scan does not settle.
    always: Vec<usize>,
    /// Every unanchored `text` pattern.
    text_set: TextSet,
    /// The leaf of each `text_set` pattern.
    text_leaves: Vec<usize>,
    /// Every label that an `equals` or `regex` leaf reads, in name order.
    label_probes: Vec<LabelProbe>,
}

/// The leaves that read one label: its value is looked up once per alert.
#[derive(Debug)]
struct LabelProbe {
    label: String,
    /// `equals` leaves: the value each wants, and the leaf.
    equals: Vec<(String, usize)>,
    /// The label's anchored patterns, if any, and the leaf of each.
    set: Option<(RegexSet, Vec<usize>)>,
}

#[derive(Debug)]
struct CompiledRule {
    /// `rule:NAME` or `builtin:NAME`.
    id: String,
    signature: String,
    node: Node,
    /// A catalogue rule for a symptom: word evidence of a root cause still wins over it.
    builtin_symptom: bool,
    /// A catalogue rule, not one of the configuration's.
    builtin: bool,
}

/// Labels whose value is an error text rather than a name.
const TEXT_LABELS: [&str; 14] = [
    "error",
    // Grafana names the error of a rule it could not evaluate `Error`.
    "Error",
    "error_message",
    "error.message",
    "exception",
    // OpenTelemetry's `exception.message` and its flattened form.
    "exception.message",
    "exception_message",
    "message",
    // A `reason` label quoting the error a check or an exception counter saw ("ERR max number
    // of clients reached"); short reason codes (`OOMKilled`) match the label rules first.
    "reason",
    // A log metric grouped by a field of the line (Loki's `sum by (err)`, `msg`, `log`) keeps
    // the error text as a label.
    "err",
    "msg",
    "log",
    // Kibana's APM error-count rule groups errors by their name ("java.lang.OutOfMemoryError:
    // Java heap space") and passes it as `error.grouping_name`.
    "error_grouping_name",
    "error.grouping_name",
];

/// The catalogue's symptom signatures; the others are root causes.
const SYMPTOM_SIGNATURES: [&str; 5] = [
    "crash_loop",
    "node_down",
    "queue_backlog",
    "high_error_rate",
    "high_latency",
];

#[derive(Debug)]
enum Node {
    Leaf(usize),
    Any(Vec<Node>),
    All(Vec<Node>),
    Not(Box<Node>),
}

#[derive(Debug)]
enum Leaf {
    LabelEquals {
        label: String,
        value: String,
    },
    /// No regex of its own: the label set's answer is the whole match, as the pattern is
    /// anchored, so it serves as evidence too.
    LabelRegex {
        label: String,
    },
    Text {
        regex: Regex,
        /// The same pattern without a lazy DFA, for evidence in short values (see `evidence`).
        small: Regex,
    },
    AnnotationText {
        annotation: String,
        regex: Regex,
    },
}

/// What one pass over an alert found: for each leaf, `MISS`, or where it holds (a `text` leaf's
/// first annotation, in `LabelMap` order; 0 for a label leaf), and which rules may hold.
struct Hits {
    first: Vec<u32>,
    /// Bit set over rules: those with a leaf that holds, and `always`.
    candidates: Vec<u64>,
}

/// The leaf holds nowhere (or, for an `annotation` leaf, was not looked at).
const MISS: u32 = u32::MAX;

impl Hits {
    fn at(&self, leaf: usize) -> Option<usize> {
        let first = self.first[leaf];
        (first != MISS).then_some(first as usize)
    }

    fn hit(&mut self, leaf: usize, position: u32, rule: usize) {
        self.first[leaf] = self.first[leaf].min(position);
        self.candidates[rule / 64] |= 1 << (rule % 64);
    }

    /// Candidate rules in order.
    fn rules(&self) -> impl Iterator<Item = usize> + '_ {
        self.candidates
            .iter()
            .enumerate()
            .flat_map(|(word, &bits)| {
                let mut bits = bits;
                std::iter::from_fn(move || {
                    (bits != 0).then(|| {
                        let bit = bits.trailing_zeros() as usize;
                        bits &= bits - 1;
                        word * 64 + bit
                    })
                })
            })
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

/// What a classifier is built from; the configuration provides it, so that this module never
/// reads the configuration itself.
pub trait ClassifierSettings {
    /// The user's rules, in order; they run before the catalogue.
    fn rules(&self) -> &[Rule];
    fn builtin(&self) -> &BuiltinSignatures;
    /// `service_from:` steps, or `None` for the defaults built on `service_labels`.
    fn service_from(&self) -> Option<&[ServiceFrom]>;
    fn service_labels(&self) -> &[String];
}

impl Classifier {
    /// Builds the classifier for `config`: user rules first, then the enabled catalogue rules.
    pub fn new(config: &impl ClassifierSettings) -> Classifier {
        let mut builder = Builder::default();
        let mut rules = Vec::new();
        for rule in config.rules() {
            rules.push(builder.rule(rule, "rule", rules.len()));
        }
        if config.builtin().enabled {
            for rule in catalogue() {
                if !config.builtin().disabled.contains(&rule.signature) {
                    rules.push(builder.rule(rule, "builtin", rules.len()));
                }
            }
        }
        let always = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.node.holds(&|_| false) || r.node.reads_annotation(&builder.leaves))
            .map(|(i, _)| i)
            .collect();
        let text_set = TextSet::new(&builder.text_patterns);
        let label_probes = builder
            .labels
            .into_iter()
            .map(|(label, probe)| LabelProbe {
                label,
                equals: probe.equals,
                set: (!probe.patterns.is_empty()).then(|| {
                    let (leaves, patterns): (Vec<usize>, Vec<String>) =
                        probe.patterns.into_iter().unzip();
                    let set = RegexSet::new(&patterns).expect("patterns compiled on their own");
                    (set, leaves)
                }),
            })
            .collect();
        let word_signatures = if config.builtin().enabled {
            catalogue_signatures()
                .into_iter()
                .filter(|s| !config.builtin().disabled.contains(*s))
                .map(str::to_string)
                .collect()
        } else {
            BTreeSet::new()
        };
        Classifier {
            services: service::Services::new(config.service_from(), config.service_labels()),
            word_signatures,
            rules,
            leaves: builder.leaves,
            leaf_rule: builder.leaf_rule,
            always,
            text_set,
            text_leaves: builder.text_leaves,
            label_probes,
        }
    }

    /// Classifies one alert.
    pub fn classify(&self, labels: &LabelMap, annotations: &LabelMap) -> Classification {
        let class = self.classify_read(labels, annotations);
        // "[prod] CoreDNSDown", "[staging] Disk almost full": a tag naming the environment,
        // put before the alertname by a team running one rule set in several, is read past
        // unless a user rule matched the name as sent: the built-in rules are written for
        // the untagged name ("[prod] CoreDNSDown" would otherwise be any service's "…Down").
        let built_in = class.rule == "fallback"
            || class.rule.starts_with("builtin:")
            || class.rule.starts_with("words:");
        if built_in {
            if let Some(untagged) = labels
                .get("alertname")
                .and_then(|name| without_environment_tag(name))
            {
                let mut read = labels.clone();
                read.insert("alertname".to_string(), untagged.to_string());
                let untagged = self.classify_read(&read, annotations);
                if untagged.rule != "fallback" {
                    return Classification {
                        service: class.service,
                        ..untagged
                    };
                }
            }
        }
        class
    }

    fn classify_read(&self, labels: &LabelMap, annotations: &LabelMap) -> Classification {
        // A runbook's list of "Possible causes:" guesses what might have happened; a guessed
        // cause is not evidence (POLICY.md rule 17), so the text from that heading on is not
        // read. The copy is made only for the rare alert that has one.
        // Advice is not read either: "Check if the controller is rate-limited", "Ensure that the
        // cluster has free space", "To resolve: ..." tell the reader where to look, not what
        // happened. Only the advice's own sentence goes; what follows it is read.
        // A notification's dressing is not read either: Alertmanager's "[FIRING:2]" before a
        // title forwarded as the summary, Markdown's "**" around a chat message's words.
        if annotations.iter().any(|(k, v)| {
            advice_key(k)
                || dressed(v)
                || spaced_out(v)
                || guessed_causes(v).is_some()
                || advice(v).is_some()
        }) {
            let cut: LabelMap = annotations
                .iter()
                .filter(|(k, _)| !advice_key(k))
                .map(|(k, v)| {
                    let v = single_spaced(&undressed(v));
                    let keep = guessed_causes(&v).map_or(v.as_str(), |at| &v[..at]);
                    (k.clone(), without_advice(keep))
                })
                .collect();
            return self.classify_cut(labels, &cut);
        }
        self.classify_cut(labels, annotations)
    }

    fn classify_cut(&self, labels: &LabelMap, annotations: &LabelMap) -> Classification {
        // An error text kept in a label (`error_message`, OpenTelemetry `error.message`) is read
        // like an annotation; the copy is made only for the rare alert that has one.
        if !self.text_leaves.is_empty() && TEXT_LABELS.iter().any(|l| labels.contains_key(*l)) {
            let mut all = annotations.clone();
            for l in TEXT_LABELS {
                if let Some(v) = labels.get(l) {
                    all.entry((*l).to_string()).or_insert_with(|| v.clone());
                }
            }
            return self.classify_texts(labels, &all);
        }
        self.classify_texts(labels, annotations)
    }

    fn classify_texts(&self, labels: &LabelMap, annotations: &LabelMap) -> Classification {
        let service = self.service(labels);
        let spelled = labels.get("alertname").and_then(|name| camel_case(name));
        let hits = self.hits(labels, annotations, spelled.as_deref());
        let mut symptom = None;
        // A recovery notice under the failure's name ("SiteDown" saying "**Resolved:** ... is
        // back up") reports that the failure is over (POLICY.md rule 14): nothing decides it. A
        // CloudWatch alarm on RDS's `ReadLatency` measures a disk's I/O (rule 5), whatever its
        // name says: the name's pattern does not decide; a cause it quotes, or the words, still
        // may. Each is asked only when a pattern is a candidate, and then once: the recovery by
        // both stages, the disk I/O by this one (the word stage reads it in the metric's label).
        let mut recovery = None;
        let mut reports_recovery =
            || *recovery.get_or_insert_with(|| words::reports_recovery(labels, annotations));
        let mut overruled = None;
        // A health check's verdict on its target is the target down, whatever timeout it
        // quotes (POLICY.md rule 11), and a wait for a state that ran out of time called no
        // dependency (rule 13): no timeout pattern decides either.
        let no_call = std::cell::OnceCell::new();
        let timeout_is_no_call =
            || *no_call.get_or_init(|| words::timeout_is_no_call(labels, annotations));
        // A notice named after a setting that changed ("MimirRuntimeConfigChanged",
        // "FastPropertyChanged", "SettingsRolledOut") reports the change, not a failure (POLICY.md
        // rule 9): the limits and timeouts its text quotes are settings, so neither a built-in
        // pattern nor the words read them. A user's own rule still may.
        let change = std::cell::OnceCell::new();
        let announces_a_change = || {
            *change.get_or_init(|| {
                labels.get("alertname").is_some_and(|name| {
                    words::announces_a_change(spelled.as_deref().unwrap_or(name))
                })
            })
        };
        for rule in hits.rules().map(|r| &self.rules[r]) {
            if rule.signature == UPSTREAM_TIMEOUT && timeout_is_no_call() {
                continue;
            }
            if rule.builtin && !self.word_signatures.is_empty() && announces_a_change() {
                continue;
            }
            // A recovery notice reports that nothing is wrong any more (POLICY.md rule 14): no
            // built-in pattern decides it, a cause's no more than a symptom's. The episode it
            // closes keeps the class its firing notice gave it (`incident::tracker`).
            if rule.builtin && !self.word_signatures.is_empty() && reports_recovery() {
                continue;
            }
            if rule.builtin_symptom
                && !self.word_signatures.is_empty()
                && *overruled.get_or_insert_with(|| {
                    words::measures_only_disk_io(labels) || reports_recovery()
                })
            {
                continue;
            }
            if rule
                .node
                .holds(&|leaf| self.leaf_holds(leaf, annotations, &hits))
            {
                if rule.builtin_symptom && !self.word_signatures.is_empty() {
                    symptom = Some(rule);
                    break;
                }
                return Classification {
                    service,
                    signature: rule.signature.clone(),
                    rule: rule.id.clone(),
                    evidence: rule.node.evidence(self, labels, annotations, &hits),
                };
            }
        }
        let found = if self.word_signatures.is_empty() || announces_a_change() {
            None
        } else {
            words::words().classify(labels, annotations, spelled.as_deref(), &|s| {
                self.word_signatures.contains(s) && !(s == UPSTREAM_TIMEOUT && timeout_is_no_call())
            })
        };
        // A root cause in the words beats a symptom pattern, and so does a symptom that decides
        // like one (a peer that is not there, POLICY.md rule 11); a symptom pattern beats other
        // symptom words, being the more precise of the two.
        // Grafana's `DatasourceError` and `DatasourceNoData` carry the annotations of a rule
        // that could not be evaluated: the symptom that rule's prose measures ("High error
        // rate") did not happen as far as anyone knows (POLICY.md rule 16). An error the alert
        // quotes still names what failed (rule 1), in a catalogue pattern or in its words.
        let own_evaluation = labels
            .get("alertname")
            .is_some_and(|name| words::reports_own_evaluation(name));
        // A recovery notice reports the failure over in its words too (POLICY.md rule 14).
        let found = found.filter(|m| !reports_recovery() && (m.cause || !own_evaluation));
        // A check in state UNKNOWN measured nothing (POLICY.md rule 16): its name and subject
        // ("Disk usage on hv-lab-3 is UNKNOWN") say what it watches, and its output is the
        // check's own trouble ("timed out waiting for /usr/bin/mailq"). Only an error it quotes
        // in a catalogue pattern's words can say what failed.
        let found = found.filter(|_| !words::reports_unknown_state(labels, annotations));
        let word_cause = found.as_ref().is_some_and(|m| m.cause);
        if let Some(rule) = symptom.filter(|_| !word_cause) {
            return Classification {
                service,
                signature: rule.signature.clone(),
                rule: rule.id.clone(),
                evidence: rule.node.evidence(self, labels, annotations, &hits),
            };
        }
        if let Some(m) = found {
            return Classification {
                service,
                signature: m.signature.to_string(),
                rule: format!("words:{}", m.rule),
                evidence: Some(Evidence {
                    field: m.field,
                    matched: truncate(&m.words, 200).to_string(),
                }),
            };
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

    /// The service an alert belongs to (see `service.rs`), else `unknown`.
    pub fn service(&self, labels: &LabelMap) -> String {
        self.services
            .resolve(labels)
            .map(|v| truncate(&v, MAX_SERVICE_LEN).to_string())
            .unwrap_or_else(|| "unknown".into())
    }

    /// Settles every leaf but the `annotation` ones in one pass over the alert.
    fn hits(&self, labels: &LabelMap, annotations: &LabelMap, spelled: Option<&str>) -> Hits {
        let mut hits = Hits {
            first: vec![MISS; self.leaves.len()],
            candidates: vec![0; self.rules.len().div_ceil(64)],
        };
        for &rule in &self.always {
            hits.candidates[rule / 64] |= 1 << (rule % 64);
        }
        if !self.text_leaves.is_empty() {
            for (position, value) in annotations.values().enumerate() {
                let position = u32::try_from(position).expect("fewer than 2^32 annotations");
                self.text_set.matches(value, |i| {
                    let leaf = self.text_leaves[i];
                    hits.hit(leaf, position, self.leaf_rule[leaf]);
                });
            }
        }
        // Both are in name order, so one walk finds each probed label's value.
        let mut alert = labels.iter().peekable();
        for probe in &self.label_probes {
            let mut value = "";
            while let Some((name, v)) = alert.peek() {
                match name.as_str().cmp(&probe.label) {
                    std::cmp::Ordering::Less => {
                        alert.next();
                    }
                    std::cmp::Ordering::Equal => {
                        value = v.as_str();
                        break;
                    }
                    std::cmp::Ordering::Greater => break,
                }
            }
            for (wanted, leaf) in &probe.equals {
                if value == wanted {
                    hits.hit(*leaf, 0, self.leaf_rule[*leaf]);
                }
            }
            if let Some((set, leaves)) = &probe.set {
                for i in set.matches(value).iter() {
                    hits.hit(leaves[i], 0, self.leaf_rule[leaves[i]]);
                }
                // "server errors", "postgres_dead_locks": the catalogue's alertname patterns are
                // written in CamelCase, as most rule sets name alerts; the same name in words is
                // the same alert. Users' rules match what they wrote.
                if probe.label == "alertname" {
                    if let Some(camel) = spelled {
                        for i in set.matches(camel).iter() {
                            let rule = self.leaf_rule[leaves[i]];
                            if self.rules[rule].id.starts_with("builtin:") {
                                hits.hit(leaves[i], 0, rule);
                            }
                        }
                    }
                }
            }
        }
        hits
    }

    fn leaf_holds(&self, leaf: usize, annotations: &LabelMap, hits: &Hits) -> bool {
        match &self.leaves[leaf] {
            // Annotation-specific patterns are rare in rules, so they skip the prefilter.
            Leaf::AnnotationText { annotation, regex } => annotations
                .get(annotation)
                .is_some_and(|v| regex.is_match(v)),
            _ => hits.at(leaf).is_some(),
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

use crate::model::truncate_str as truncate;

/// The alertname past a leading environment tag ("[prod] ", "[staging-eu] "), if it has one.
fn without_environment_tag(name: &str) -> Option<&str> {
    const ENVIRONMENTS: [&str; 12] = [
        "prod",
        "production",
        "prd",
        "live",
        "staging",
        "stage",
        "stg",
        "preprod",
        "dev",
        "test",
        "qa",
        "uat",
    ];
    let rest = name.strip_prefix('[')?;
    let (tag, name) = rest.split_once(']')?;
    let word = tag.split(['-', '_', ' ']).next().unwrap_or(tag);
    let name = name.trim_start_matches([' ', '-', ':']);
    (!name.is_empty() && ENVIRONMENTS.iter().any(|e| word.eq_ignore_ascii_case(e))).then_some(name)
}

/// Whether `text` has a run of spaces or a tab between words, as templates that join fields
/// leave ("parado em  fs-matriz03"); patterns and terms are written with one space.
fn spaced_out(text: &str) -> bool {
    text.contains("  ") || text.contains('\t')
}

/// `text` with each run of spaces and tabs as one space (line breaks stay), except after a
/// command-line option: a command's option help ("--dns-timeout=SECS   set the …") is known by
/// the spaces after the option, and is advice, not read.
fn single_spaced(text: &str) -> String {
    if !spaced_out(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find([' ', '\t']) {
        let blank = rest[at..]
            .find(|c: char| c != ' ' && c != '\t')
            .unwrap_or(rest.len() - at);
        let word = rest[..at].rsplit(char::is_whitespace).next().unwrap_or("");
        // "--timeout=SEC", "-t,": an option, spelled as option help spells it.
        let option = word.starts_with("--")
            || (word.len() <= 3
                && word.starts_with('-')
                && word[1..].starts_with(|c: char| c.is_ascii_alphabetic()));
        out.push_str(&rest[..at]);
        if option && blank > 1 {
            out.push_str(&rest[at..at + blank]);
        } else {
            out.push(' ');
        }
        rest = &rest[at + blank..];
    }
    out.push_str(rest);
    out
}

/// Whether `text` is dressed for a notifier (see [`undressed`]).
fn dressed(text: &str) -> bool {
    undressed_start(text) > 0
        || text.contains("**")
        || code_span(text)
        || escaped_entity(text).is_some()
        || label_dump(text).is_some()
}

/// The span of a rule template's dump of the alert's labels ("LABELS = map[instance:db-2:9104
/// job:kafka-lag-exporter]", awesome-prometheus-alerts' `{{ $labels }}`): the labels are read
/// as labels, and their values (a job named after a lag exporter, a host named "queue-01") say
/// nothing about what went wrong.
fn label_dump(text: &str) -> Option<(usize, usize)> {
    let start = text.find("LABELS = map[")?;
    let end = text[start..].find(']')? + start + 1;
    Some((start, end))
}

/// HTML's escapes of the characters alert texts quote with, as an HTML template renders them.
const ENTITIES: [(&str, &str); 8] = [
    ("&quot;", "\""),
    ("&#34;", "\""),
    ("&#39;", "'"),
    ("&#x27;", "'"),
    ("&apos;", "'"),
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&amp;", "&"),
];

fn escaped_entity(text: &str) -> Option<usize> {
    text.match_indices('&')
        .map(|(at, _)| at)
        .find(|&at| ENTITIES.iter().any(|(e, _)| text[at..].starts_with(e)))
}

/// Where `text` starts past Alertmanager's "[FIRING:3] " prefix, a chat message's leading emoji
/// ("🔥 ", "⚠️ ") and a bracketed severity ("[CRITICAL] "), or 0.
fn undressed_start(text: &str) -> usize {
    let symbol = |c: char| matches!(c, '\u{2190}'..='\u{2bff}' | '\u{1f000}'..='\u{1faff}' | '\u{fe0f}' | '\u{200d}');
    let mut rest = text.trim_start_matches(|c: char| c.is_whitespace() || symbol(c));
    if let Some(count) = rest
        .get(..8)
        .filter(|head| head.eq_ignore_ascii_case("[firing:"))
        .map(|_| &rest[8..])
    {
        let digits = count.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && count[digits..].starts_with(']') {
            rest = count[digits + 1..].trim_start();
        }
    }
    // "[CRITICAL] …", "[P2] …": the severity a notifier puts before the title.
    while let Some((tag, after)) = rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
        if !SEVERITY_TAGS.iter().any(|s| tag.eq_ignore_ascii_case(s)) {
            break;
        }
        rest = after.trim_start();
    }
    if rest.len() == text.trim_start().len() {
        return 0;
    }
    text.len() - rest.len()
}

/// Severities notifiers write in brackets before a title.
const SEVERITY_TAGS: [&str; 17] = [
    "critical", "crit", "warning", "warn", "error", "info", "major", "minor", "high", "medium",
    "low", "p1", "p2", "p3", "p4", "p5", "disaster",
];

/// `text` as it reads undressed: without Alertmanager's "[FIRING:n]" prefix, leading emoji,
/// Markdown's "**" emphasis and code spans, and a dump of the labels, and with HTML's escapes of
/// quotes and brackets undone.
fn undressed(text: &str) -> String {
    let mut rest = &text[undressed_start(text)..];
    let mut out = String::with_capacity(rest.len());
    while let Some(at) = escaped_entity(rest) {
        let (entity, plain) = ENTITIES
            .iter()
            .find(|(e, _)| rest[at..].starts_with(e))
            .expect("found above");
        out.push_str(&rest[..at]);
        out.push_str(plain);
        rest = &rest[at + entity.len()..];
    }
    out.push_str(rest);
    while let Some((start, end)) = label_dump(&out) {
        out.replace_range(start..end, "");
    }
    let out = out.replace("**", "");
    if code_span(&out) {
        without_code_spans(&out)
    } else {
        out
    }
}

/// Whether `text` has a Markdown code span: one or two backticks around a template's value
/// ("Vault instance `10.244.2.8:9410` is down"), not a fence of three around a block of output.
fn code_span(text: &str) -> bool {
    text.contains('`') && backtick_runs(text).any(|(_, len)| len < 3)
}

/// `text` with the backticks of its code spans removed; fences of three or more are kept, since
/// they mark a block of a program's output (`heads_a_block`).
fn without_code_spans(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (at, len) in backtick_runs(text) {
        if len < 3 {
            out.push_str(&text[copied..at]);
            copied = at + len;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Each run of backticks in `text`: where it starts and how many there are.
fn backtick_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes[at..].iter().position(|&b| b == b'`')?;
        let len = bytes[start..].iter().take_while(|&&b| b == b'`').count();
        at = start + len;
        Some((start, len))
    })
}

/// Whether an annotation's name says that it holds advice or guesses, not what happened: a
/// runbook's text, the action to take, the impact foreseen, what to investigate ("impact": "the
/// ingester disk might get full"; "investigate": "If the failing service is going OOM: scale
/// up"). POLICY.md rule 17: none of it is evidence, whatever its words.
fn advice_key(key: &str) -> bool {
    const KEYS: &[&str] = &[
        "runbook",
        "action",
        "actions",
        "impact",
        "consequence",
        "consequences",
        "investigate",
        "investigation",
        "triage",
        "mitigation",
        "remediation",
        "resolution",
        "possible_causes",
        "probable_causes",
        "next_steps",
        "troubleshooting",
        "how_to_fix",
        "solution",
        "sop",
        "playbook",
    ];
    KEYS.iter().any(|k| key.eq_ignore_ascii_case(k))
}

/// Where a runbook's heading of guessed causes starts in `text` ("Possible causes:", "Common
/// root causes include:", "Probable reasons:"), or of the impact it foresees ("## 📈 Impact",
/// "**Potential impact:**": what the failure may bring about, not what happened), if it has one.
fn guessed_causes(text: &str) -> Option<usize> {
    static HEADING: OnceLock<Regex> = OnceLock::new();
    if !text.contains("ause")
        && !text.contains("easons")
        && !text.contains("mpact")
        && !text.contains("ssues")
        && !text.contains("hints")
    {
        return None;
    }
    HEADING
        .get_or_init(|| {
            Regex::new(
                r"(?i)\b(possible|probable|potential|likely|common|typical)\s+(root\s+)?(causes|reasons)(\s+include)?\s*(:|\n)|\b(?:possible|probable|potential|common|typical)\s+(?:root\s+)?(?:causes|reasons)\s+(?:for|of)\b[^.\n]{0,100}\binclude\b|\b(?:a variety of|many|several|various|multiple|different)\s+(?:possible\s+)?causes,?\s+including\b|\b(?:the\s+)?most\s+common\s+cause\s+(?:of|for)\b|\b(?:usual|common|typical|known)\s+(?:issues|problems|culprits)\s*:|\brunbook\s+hints\s*:|(?:^|\n)[^a-zA-Z0-9\n]{0,12}(?:potential |possible |user |business |customer )?impact[*_\s]*(?::|\n)",
            )
            .expect("valid regex")
        })
        .find(text)
        .map(|m| m.start())
}

/// Where the first sentence of advice starts in `text`, if any: a remediation heading ("To
/// resolve:", "Next steps:") or an imperative that sends the reader to look ("Check if",
/// "Ensure that", "Make sure", "Consider increasing", and the same imperatives in Spanish, French,
/// German, Italian, Portuguese, Dutch, Polish and Hungarian), at the start of a sentence or of a
/// list item. A sentence that only names a check ("Check disk_usage is CRITICAL") is not advice.
/// A purpose ("authenticated pulls enabled to avoid rate limits") is advice from where it starts:
/// what it avoids has not happened. So is a line of a command's option help, printed after a
/// mistyped flag ("--dns-timeout=SECS   set the DNS lookup timeout"): it describes a setting.
/// So is a guess at causes ("Durations can be impacted by client pool saturation", "This might
/// indicate disk saturation", "This may be caused by …", "If the restart was frequent, check
/// …", "Likely an OOMKill or a crash", "…, likely indicating an outage"): what might explain a
/// symptom has not been seen to happen (POLICY.md rule 17); a check's own verdict that says
/// "probably" mid-line ("DNS CRITICAL - Probably a non-existent host/domain") stays read. So
/// is a call to act ("View logs and take action to resolve the build failures"): "resolve"
/// there fixes a problem, it looks up no name.
fn advice(text: &str) -> Option<usize> {
    static ADVICE: OnceLock<Regex> = OnceLock::new();
    static LIKELY: OnceLock<Regex> = OnceLock::new();
    // A sentence of advice starts a text, follows another sentence, or heads a list item.
    let sentence = |pieces: &[&str]| {
        Regex::new(&format!(
            r"(?i)(?:^|[.!?:]\s+|\n\s*(?:\d+[.)]\s*|[-*\x{{2022}}]\s*)?)(?:if [^.,\n]{{0,60}},\s*)?({})|\b(to avoid\b)",
            pieces.join("|")
        ))
        .expect("valid regex")
    };
    let start = |regex: &Regex| {
        regex
            .captures(text)
            .and_then(|c| c.get(1).or_else(|| c.get(2)))
            .map(|m| m.start())
    };
    let found = start(ADVICE.get_or_init(|| {
        let pieces: Vec<&str> = ADVICE_PIECES
            .iter()
            .filter(|(name, _)| *name != LIKELY_CAUSE)
            .map(|(_, piece)| *piece)
            .collect();
        sentence(&pieces)
    }));
    // The likely cause lets a dozen words come before its "likely": a large automaton that
    // every annotation would pay for, so it runs only on text that has one of its words.
    let likely = if LIKELY_WORDS.iter().any(|w| text.contains(w)) {
        start(LIKELY.get_or_init(|| {
            let piece = ADVICE_PIECES
                .iter()
                .find(|(name, _)| *name == LIKELY_CAUSE)
                .map(|(_, piece)| *piece)
                .expect("the likely cause is an advice piece");
            sentence(&[piece])
        }))
    } else {
        None
    };
    [found, likely, cjk_advice(text)]
        .into_iter()
        .flatten()
        .min()
}

/// The advice piece that a guessed "likely" or "probable" cause is, and the words (in either
/// case, without their first letter) that text must have for it to be read.
const LIKELY_CAUSE: &str = "likely cause";
const LIKELY_WORDS: &[&str] = &[
    "ikely",
    "IKELY",
    "robably",
    "ROBABLY",
    "resumably",
    "RESUMABLY",
];

/// Where the first sentence of advice or a guess in Chinese or Japanese starts in `text`: the
/// words that make it one ("请检查", "…してください", "这通常代表", "可能性があります") stand
/// anywhere in the sentence, so the sentence is found around them, and only in text that is
/// not all ASCII, which most alerts are.
fn cjk_advice(text: &str) -> Option<usize> {
    if text.is_ascii() {
        return None;
    }
    static CJK_ADVICE: OnceLock<Regex> = OnceLock::new();
    let found = CJK_ADVICE
        .get_or_init(|| {
            let pieces: Vec<&str> = CJK_ADVICE_PIECES.iter().map(|(_, piece)| *piece).collect();
            Regex::new(&pieces.join("|")).expect("valid regex")
        })
        .find(text)?;
    let before = &text[..found.start()];
    let start = before
        .char_indices()
        .rfind(|&(at, c)| {
            matches!(c, '\n' | '\u{3002}' | '\u{ff01}' | '\u{ff1f}')
                || (matches!(c, '.' | '!' | '?' | ':')
                    && before[at + 1..].starts_with(char::is_whitespace))
        })
        .map_or(0, |(at, c)| at + c.len_utf8());
    Some(start + (before.len() - start - before[start..].trim_start().len()))
}

/// The words of advice and guesses in Chinese and Japanese (see [`cjk_advice`]).
const CJK_ADVICE_PIECES: &[(&str, &str)] = &[
    (
        "request, Chinese",
        r"请(?:检查|排查|确认|尽快|及时|联系|查看|调整|参考|关注|核实|注意|处理)|您可以|你可以|建议",
    ),
    (
        "request, Japanese",
        r"してください|して下さい|ください|ことができます|調整できます|設定できます",
    ),
    (
        "guess, Chinese and Japanese",
        r"可能(?:会导致|导致|是由于|是因为|会)|通常(?:代表|意味着|表示)|可能性があります|可能性がある|おそれがあります",
    ),
];

/// The kinds of advice [`advice`] knows, each a regex alternative read at the start of a
/// sentence or list item; named so that a test can show each one at work.
const ADVICE_PIECES: &[(&str, &str)] = &[
    (
        "recommended look",
        r"(?:it is |it's )?recommend(?:ed)? to (?:look|check|review|inspect|investigate)\b",
    ),
    (
        "remediation heading",
        r"(?:to (?:resolve|fix|mitigate|remediate|troubleshoot)|next steps|remediation|what to do|how to fix)\s*:",
    ),
    (
        "check whether",
        r"(?:check|verify|confirm) (?:if|whether|that)\b",
    ),
    (
        "please look",
        r"please (?:investigate|check|review|verify|look|inspect|examine|refer|contact|see)\b",
    ),
    ("ensure", r"(?:ensure|make sure) (?:that )?\b"),
    (
        "consider a change",
        r"consider (?:increasing|raising|adding|scaling|lowering|reducing|checking)\b",
    ),
    (
        "check whether, Romance languages",
        r"(?:compruebe|verifique|asegúrese de|vérifiez|assurez-vous|verificare|assicurarsi|certifique-se de) (?:que|che|se)\b",
    ),
    (
        "check whether, other languages",
        r"(?:stellen sie sicher|prüfen sie|überprüfen sie|győződjön meg|controleer of|zorg ervoor dat|upewnij się|sprawdź,? czy)\b",
    ),
    (
        "option help",
        r"(?:-[a-z], )?--[a-z][a-z0-9-]*(?:=\S+)?\s{2,}\S",
    ),
    (
        "conditional look",
        r"if [^.,\n]{0,60},\s*(?:check|look at|inspect|investigate|review)\b",
    ),
    (
        "guess",
        r"(?:[\w%,-]+(?:\.[\w%]+)* ){0,6}(?:can|could|may|might)(?: also| potentially)? (?:be (?:impacted|affected|caused|triggered|driven) by|be due to|be because|be (?:an? )?(?:problem|issue|sign|symptom) (?:of|with)|indicate|signify|mean|lead to|result in|cause|happen|fail due to|enforce|impose)\b",
    ),
    (
        LIKELY_CAUSE,
        r"(?:[\w%,-]+(?:\.[\w%]+)* ){0,12}(?:(?:most |very )?(?:likely|probably|presumably) (?:due to|caused by|because|indicat(?:es|ing)|means|meaning)|(?:is|are|was|were) (?:most |very )?(?:likely|probably|presumably) (?:an?|the) )|(?:most )?(?:likely|probably|presumably),? (?:an?|the) ",
    ),
    (
        "guess and advice, Portuguese and Spanish",
        r"(?:recomenda-se|se recomienda|(?:[^\s.!?]+ ){0,4}(?:é|são|es|son) (?:geralmente |normalmente |usualmente )?causad[oa]s? por|(?:[^\s.!?]+ ){0,4}(?:pode|podem|puede|pueden) (?:indicar|causar|levar a|provocar)|(?:isso|isto|esto) (?:é|es) (?:um|una?) (?:forte )?indica(?:tivo|ción|ção))\b",
    ),
    (
        "take action",
        r"(?:(?:view|read|check|inspect|review) (?:the )?logs and )?take (?:the )?(?:appropriate |necessary )?action to (?:resolve|fix|address|remediate)\b",
    ),
];

/// `text` without its sentences of advice (see [`advice`]): each goes up to the end of its
/// sentence or line.
fn without_advice(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = advice(rest) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail
            .char_indices()
            .find(|&(i, c)| {
                // Chinese and Japanese end a sentence with a full-width stop and no space.
                matches!(c, '\n' | '\u{3002}' | '\u{ff01}' | '\u{ff1f}')
                    || (matches!(c, '.' | '!' | '?')
                        && tail[i + 1..].chars().next().is_none_or(char::is_whitespace))
            })
            .map_or(tail.len(), |(i, c)| i + c.len_utf8());
        // The next sentence starts after the space that follows this one, where a second
        // sentence of advice in a row is found as the first was; the space before the advice
        // is already in `out`.
        rest = tail[end..].trim_start();
    }
    out.push_str(rest);
    out
}

/// An alertname written in words ("server errors", "Kafka Lag High", "kafka_lag-high") in
/// CamelCase ("ServerErrors", "KafkaLagHigh"), or `None` when it has no separator to remove or
/// reads as a sentence ("MySQL connections in use": some words capitalised, some not).
pub(crate) fn camel_case(name: &str) -> Option<String> {
    let separator = |c: char| matches!(c, ' ' | '_' | '-' | '.');
    if !name.contains(separator) {
        return None;
    }
    let mut pieces = name.split(separator).filter(|p| !p.is_empty());
    let lower = !name.contains(char::is_uppercase);
    let title = pieces.all(|p| p.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    // In capitals ("SERVER HAS RUN OUT OF SPACE") the words would run together.
    let shouted = !name.contains(char::is_lowercase);
    if (!lower && !title) || shouted {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    for piece in name.split(separator).filter(|p| !p.is_empty()) {
        // Numbers stay apart: "10-500-errors" is ten 500s, not 10500.
        if out.ends_with(|c: char| c.is_ascii_digit())
            && piece.starts_with(|c: char| c.is_ascii_digit())
        {
            out.push('-');
        }
        let mut chars = piece.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    Some(out)
}

#[derive(Default)]
struct Builder {
    leaves: Vec<Leaf>,
    leaf_rule: Vec<usize>,
    text_patterns: Vec<String>,
    text_leaves: Vec<usize>,
    /// The leaves reading each label, by name.
    labels: BTreeMap<String, ProbeBuilder>,
}

#[derive(Default)]
struct ProbeBuilder {
    equals: Vec<(String, usize)>,
    /// Each anchored pattern's leaf and text.
    patterns: Vec<(usize, String)>,
}

impl Builder {
    fn rule(&mut self, rule: &Rule, origin: &str, number: usize) -> CompiledRule {
        CompiledRule {
            id: format!("{origin}:{}", rule.name),
            signature: rule.signature.clone(),
            node: self.node(&rule.condition, number),
            builtin_symptom: origin == "builtin"
                && SYMPTOM_SIGNATURES.contains(&rule.signature.as_str()),
            builtin: origin == "builtin",
        }
    }

    fn node(&mut self, condition: &Condition, rule: usize) -> Node {
        let id = self.leaves.len();
        let leaf = match condition {
            Condition::LabelEquals { label, value } => {
                self.labels
                    .entry(label.clone())
                    .or_default()
                    .equals
                    .push((value.clone(), id));
                Leaf::LabelEquals {
                    label: label.clone(),
                    value: value.clone(),
                }
            }
            Condition::LabelRegex { label, regex } => {
                self.labels
                    .entry(label.clone())
                    .or_default()
                    .patterns
                    .push((id, regex.as_str().to_string()));
                Leaf::LabelRegex {
                    label: label.clone(),
                }
            }
            Condition::Text {
                annotation: None,
                regex,
            } => {
                self.text_patterns.push(regex.as_str().to_string());
                self.text_leaves.push(id);
                Leaf::Text {
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
            } => Leaf::AnnotationText {
                annotation: annotation.clone(),
                regex: regex.clone(),
            },
            Condition::Any(list) => {
                return Node::Any(list.iter().map(|c| self.node(c, rule)).collect())
            }
            Condition::All(list) => {
                return Node::All(list.iter().map(|c| self.node(c, rule)).collect())
            }
            Condition::Not(inner) => return Node::Not(Box::new(self.node(inner, rule))),
        };
        self.leaves.push(leaf);
        self.leaf_rule.push(rule);
        Node::Leaf(id)
    }
}

impl Node {
    /// Whether the condition holds, given which of its leaves do.
    fn holds(&self, leaf: &dyn Fn(usize) -> bool) -> bool {
        match self {
            Node::Leaf(id) => leaf(*id),
            Node::Any(list) => list.iter().any(|n| n.holds(leaf)),
            Node::All(list) => list.iter().all(|n| n.holds(leaf)),
            Node::Not(inner) => !inner.holds(leaf),
        }
    }

    fn reads_annotation(&self, leaves: &[Leaf]) -> bool {
        match self {
            Node::Leaf(id) => matches!(leaves[*id], Leaf::AnnotationText { .. }),
            Node::Any(list) | Node::All(list) => list.iter().any(|n| n.reads_annotation(leaves)),
            Node::Not(inner) => inner.reads_annotation(leaves),
        }
    }

    /// The first positive leaf that holds, with the text it matched.
    fn evidence(
        &self,
        classifier: &Classifier,
        labels: &LabelMap,
        annotations: &LabelMap,
        hits: &Hits,
    ) -> Option<Evidence> {
        let id = match self {
            Node::Leaf(id) => *id,
            Node::Not(_) => return None,
            Node::Any(list) | Node::All(list) => {
                return list
                    .iter()
                    .find_map(|n| n.evidence(classifier, labels, annotations, hits))
            }
        };
        match &classifier.leaves[id] {
            Leaf::LabelEquals { label, value } => {
                (labels.get(label) == Some(value)).then(|| Evidence {
                    field: format!("label:{label}"),
                    matched: value.clone(),
                })
            }
            Leaf::LabelRegex { label } => hits.at(id).map(|_| {
                let value = labels.get(label).map(String::as_str).unwrap_or("");
                Evidence {
                    field: format!("label:{label}"),
                    matched: truncate(value, 200).to_string(),
                }
            }),
            // The earlier annotations did not match (the set says so), so the search starts at
            // the first one that did, where `find` succeeds at once.
            Leaf::Text { regex, small } => {
                let position = hits.at(id)?;
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
            Leaf::AnnotationText { annotation, regex } => {
                let value = annotations.get(annotation)?;
                regex.find(value).map(|m| Evidence {
                    field: format!("annotation:{annotation}"),
                    matched: truncate(m.as_str(), 200).to_string(),
                })
            }
        }
    }
}

#[cfg(test)]
mod corpus;

#[cfg(test)]
mod tests;
