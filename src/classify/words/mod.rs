//! Word evidence: the second stage of the built-in catalogue, for alerts whose wording no
//! hand-written pattern knows.
//!
//! The alertname (split at camelCase, snake_case, kebab-case and digit boundaries), every
//! annotation value and the values of a few evidence-bearing labels (`reason`, `component`,
//! `sli`, `code`, `error_message`, ...) are cut into words. Each word is lower-cased, stemmed
//! (plural and `-ing`/`-ed` endings) and looked up in a lexicon that maps it to *concepts*:
//! `heap`, `rss` and `memory` are all `MEM`; `backlog`, `queued` and `pending` are queue words;
//! `exhausted`, `saturated` and `limit` are capacity words. A word after `not`/`no` changes
//! meaning (`not ready`, `not running`, `does not reply` are down words).
//!
//! Signatures are decided by [`RULES`]: each is a conjunction of concept groups ("a memory
//! word and a capacity word") with vetoes ("... but not `under` or `ecc`"), checked first
//! inside each field (the alertname, one annotation, one label) and then, for rules that allow
//! it, over the whole alert (a generic `ResourceSaturation` whose `component` label says
//! `disk_space`). Symptom rules whose words are common in passing (errors, down, latency,
//! pending work) read only the alert's subject: alertname, labels, `summary`/`title`.
//! Among the rules that hold, a root cause beats a symptom, then the stronger
//! rule, then the field closer to the alert's subject (alertname, labels, annotations, whole
//! alert), then catalogue order. Every decision names its rule, field and words, so
//! `classify --explain` shows them.
//!
//! The lexicon and rules are data written from the labelled corpus' tuning projects
//! (`tests/fixtures/corpus-public`, see `corpus.rs`); nothing is learned at run time. Pure:
//! no I/O, no clock, no state between calls. This module does not read the pattern rules;
//! `classify/mod.rs` decides when word evidence is consulted. The vocabulary is in
//! `lexicon.rs`, the rules in `rules.rs`; this file tokenises and applies them.

mod intl;
mod lexicon;
mod rules;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::{LabelMap, SYMPTOM_SIGNATURES};
use intl::{INTL_CJK_WORDS, INTL_PHRASES, INTL_STEMS, INTL_WORDS};
use lexicon::*;
use rules::{ALONE_NEUTRAL, RULES};

/// Evidence labels whose value is one error as it was raised, not a name or a count.
const QUOTING_LABELS: &[&str] = &[
    "error",
    "Error",
    "error_message",
    "error.message",
    "errormessage",
    "exception",
    // Log metrics grouped by a field of the line and OpenTelemetry's exception attributes.
    "err",
    "msg",
    "log",
    "exception.message",
    "exception_message",
];

/// Labels whose values describe what went wrong (rather than naming where).
const EVIDENCE_LABELS: &[&str] = &[
    "reason",
    "condition",
    "component",
    "resource",
    "sli",
    "slo",
    "slo_name",
    "sloth_slo",
    "indicator",
    "metric",
    "metric_name",
    // Grafana keeps the series' name when a query returns it unaggregated.
    "__name__",
    // Rancher's alert webhook names its alert in `alert_name` and quotes log lines in `logs`.
    "alert_name",
    "logs",
    "type",
    "kind",
    "category",
    "class",
    "error",
    "Error",
    "err",
    "msg",
    "log",
    "exception.message",
    "exception_message",
    "error_message",
    "error.message",
    "errormessage",
    "exception",
    "exception.message",
    "exception_message",
    "message",
    "event",
    "cause",
    "problem",
    "check",
    "signal",
    "chart",
    // gRPC codes, vendor error codes and reasons, and the check or alarm a monitor names.
    "grpc_code",
    "grpc_status",
    "error_code",
    "error_type",
    "exception_type",
    "exception_class",
    "event_reason",
    "failure_reason",
    // Why a supervisor restarted something (Nomad's task events), and an event's free-text
    // detail.
    "restart_reason",
    "detail",
    "details",
    // A DNS server's response code (CoreDNS `rcode="SERVFAIL"`).
    "rcode",
    // systemd's unit `result` ("start-limit-hit"), API Gateway's `response_type`
    // ("INTEGRATION_TIMEOUT"): what the unit or the request ended in.
    "result",
    "response_type",
    "termination_reason",
    "last_terminated_reason",
    "check_name",
    "alarm_name",
    // The alarm a broker or appliance raised (RabbitMQ's `disk_free_limit`,
    // `file_descriptor_limit`) and the log pattern a node agent matched.
    "alarm",
    "pattern",
    // Nagios' and Icinga's name for the check that fired.
    "service_description",
    "servicedesc",
];

/// Labels whose value is an HTTP status code.
const CODE_LABELS: &[&str] = &[
    "code",
    "status",
    "status_code",
    "response_code",
    "http_status",
    "http_code",
];

/// Where a rule held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct WordMatch {
    pub signature: &'static str,
    pub rule: &'static str,
    /// `label:alertname`, `label:NAME`, `annotation:NAME` or `alert` (several fields).
    pub field: String,
    /// The words that carried the rule's concepts, comma-separated.
    pub words: String,
    /// Whether the match decides like a root cause: a cause, or a symptom rule that names what
    /// failed (`Rule::decides`).
    pub cause: bool,
}

/// The compiled lexicon.
pub(super) struct Words {
    lexicon: HashMap<&'static str, Concepts, BuildHasherDefault<FxHasher>>,
    /// The two-word terms by their second word in ASCII lower case, each with its first word.
    phrases: HashMap<String, Vec<(&'static str, Concepts)>, BuildHasherDefault<FxHasher>>,
    /// The words of `CJK_WORDS` and `INTL_CJK_WORDS` by their first character, each with its
    /// place in those lists.
    cjk: HashMap<char, Vec<CjkWord>, BuildHasherDefault<FxHasher>>,
}

/// A CJK word's place in the lists, the word and its concepts.
type CjkWord = (usize, &'static str, Concepts);

/// Field kinds in the order they are preferred as evidence.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Alertname,
    Label,
    /// The `summary` or `title` annotation.
    Subject,
    /// The first sentence of `description` or `message` when there is no summary or title:
    /// read like a subject, but prose, so its symbols are not thresholds.
    Heading,
    /// The title, read as the alert's name when the alertname names nothing.
    Title,
    Annotation,
    Alert,
}

struct Field<'a> {
    kind: Kind,
    name: &'a str,
    text: &'a str,
    concepts: Concepts,
    /// The concepts of the whole value the field was cut from (one sentence of an annotation
    /// is a field): vetoes read all of it.
    context: Concepts,
}

pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut lexicon: HashMap<_, _, _> = LEXICON.iter().copied().collect();
        for &(word, concepts) in INTL_WORDS {
            lexicon.entry(word).or_insert(concepts);
        }
        let mut phrases: HashMap<_, Vec<_>, _> = HashMap::default();
        for &(first, second, concepts) in PHRASES.iter().chain(INTL_PHRASES) {
            phrases
                .entry(second.to_ascii_lowercase())
                .or_default()
                .push((first, concepts));
        }
        let mut cjk: HashMap<_, Vec<_>, _> = HashMap::default();
        for (place, &(word, concepts)) in CJK_WORDS.iter().chain(INTL_CJK_WORDS).enumerate() {
            let first = word.chars().next().expect("no empty word");
            cjk.entry(first).or_default().push((place, word, concepts));
        }
        Words {
            lexicon,
            phrases,
            cjk,
        }
    })
}

/// Labels that say where an alert fired, whose values a summary may repeat without saying what.
const WHERE_LABELS: &[&str] = &[
    "service",
    "job",
    "instance",
    "namespace",
    "host",
    "hostname",
    "pod",
    "container",
    "entity",
    "cluster",
    "node",
    "deployment",
    "app",
    "team",
    "env",
    "environment",
    "region",
    "check",
    // Sensu names the host its check ran on `client`.
    "client",
    // Azure Monitor's and CloudWatch's bridges name the resource the rule watches.
    "resource",
    "resource_name",
    "resourceName",
];

/// Kubernetes' workload labels, whose names a summary repeats ("Job batch/cert-renewal-2935
/// failed to complete").
const WORKLOAD_LABELS: &[&str] = &[
    "job_name",
    "cronjob",
    "statefulset",
    "daemonset",
    "replicaset",
    "persistentvolumeclaim",
];

/// What a place's name may still say of the place: what kind of thing it is ("kvm-node-14",
/// "mail-gw-1", "api-gateway"), so that it can be said to be down or its calls to time out.
const PLACE_KINDS: Concepts = HOST | NETNAME | POD | SERVICE | UPSTREAM;

/// The names of where an alert fired, as its text may repeat them: values of `WHERE_LABELS` and
/// `WORKLOAD_LABELS` made of several parts ("dns-updater", "pg-replica-2:9187" and its host
/// "pg-replica-2"), as sent and in lower and upper case (a host name is case-insensitive). A
/// one-word name ("mysql", "dns") is read as the word it is.
fn place_names(labels: &LabelMap) -> Vec<String> {
    let mut places: Vec<String> = Vec::new();
    for (name, value) in labels {
        if !WHERE_LABELS.contains(&name.as_str()) && !WORKLOAD_LABELS.contains(&name.as_str()) {
            continue;
        }
        let value = value.trim();
        let host = value.rsplit_once(':').map_or(value, |(host, _)| host);
        for place in [value, host] {
            let parts = place.contains(['-', '_', '.', ':', '/']);
            if !parts || place.len() < 4 || !place.bytes().any(|b| b.is_ascii_alphabetic()) {
                continue;
            }
            for spelled in [
                place.to_string(),
                place.to_ascii_lowercase(),
                place.to_ascii_uppercase(),
            ] {
                if !places.contains(&spelled) {
                    places.push(spelled);
                }
            }
        }
    }
    places
}

/// Where in `text` each of `places` stands, as byte ranges.
fn place_spans(text: &str, places: &[String]) -> Vec<(usize, usize)> {
    places
        .iter()
        .flat_map(|place| {
            text.match_indices(place.as_str())
                .map(|(at, found)| (at, at + found.len()))
        })
        .collect()
}

/// The small words of a notification that says only that something fired.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "for", "on", "in", "at", "of", "from", "is", "has", "have", "been", "was",
    "fired", "detected", "raised", "opened", "open", "status", "state", "severity", "warning",
    "critical", "info", "high", "low", "p1", "p2", "p3", "p4", "p5",
];

/// What an alertname may name and still say nothing about what went wrong.
const GENERIC_NAME: Concepts = HOST | SERVICE | PROBE | INTERNAL;

/// The words of generic alertnames: monitors, their rules and their notifications.
const GENERIC_WORDS: &[&str] = &[
    "alert",
    "alerts",
    "alarm",
    "alarms",
    "grafana",
    "datadog",
    "azure",
    "cloudwatch",
    "monitor",
    "monitors",
    "check",
    "checks",
    "checkmk",
    "nagios",
    "icinga",
    "zabbix",
    "sensu",
    "problem",
    "problems",
    "notification",
    "incident",
    "rule",
    "rules",
    "trigger",
    "triggered",
    "firing",
    "event",
    "events",
    "condition",
    "default",
    "custom",
    "new",
    "test",
    "policy",
    "webhook",
    // Sourcegraph's `alert_count` series, "error count" aside: a count of nothing named.
    "count",
    // A check's state and how it ended ("ALERT - h1/check-chronos: CRITICAL", "health check
    // 'slurm state' on h1 exited WARN", "Nagios: PROBLEM Service Alert"): that it fired, not
    // what it found.
    "critical",
    "crit",
    "warning",
    "warn",
    "exited",
    "reported",
    "health",
];

/// Bytes of each annotation the word stage reads.
const WORD_WINDOW: usize = 400;

impl Words {
    /// The best word evidence in an alert, among signatures `allowed` accepts.
    /// `spelled` is the alertname as the CamelCase name it spells (`super::camel_case`), worked
    /// out once per alert by the caller, whose catalogue reads it too.
    pub(super) fn classify(
        &self,
        labels: &LabelMap,
        annotations: &LabelMap,
        spelled: Option<&str>,
        allowed: &dyn Fn(&str) -> bool,
    ) -> Option<WordMatch> {
        let mut fields: Vec<Field> = Vec::with_capacity(annotations.len() + 2);
        // "postgresql dead locks", "Ha Proxy Http Slowing Down": an alertname in lower-case or
        // title-case words is read as the CamelCase name it spells, so that its two-word terms and
        // compounds ("DeadLocks", "HAProxy", "DeadMansSwitch") hold as they do there.
        if let Some(name) = labels.get("alertname") {
            let name = spelled.unwrap_or(name);
            let mut field = self.field(Kind::Alertname, "alertname", name, &[]);
            // "[prod] AWS/RDS Read Latency": a detector named after a disk's I/O metric.
            if measures_only_disk_io(labels) {
                field.concepts |= DISK | IO;
                field.context |= DISK | IO;
            }
            fields.push(field);
        }
        let nameless = labels
            .get("alertname")
            .is_some_and(|name| self.names_nothing(name));
        let places = place_names(labels);
        let places_of = |kind: Kind| -> &[String] {
            if matches!(kind, Kind::Alertname | Kind::Label) {
                &[]
            } else {
                &places
            }
        };
        for (name, value) in labels {
            // A Kubernetes `reason` of DeadlineExceeded is a Job or Pod that ran past its own
            // activeDeadlineSeconds (POLICY.md rule 10), not a call given up on; gRPC's code of
            // that name comes in `grpc_code` or `code`.
            if name == "reason" && value == "DeadlineExceeded" {
                continue;
            }
            // Prometheus' `service` names an application (`payments-api`); Checkmk's names the
            // check that fired ("Filesystem /var", "JVM billing Memory"): prose, with spaces.
            // Behind a generic alertname ("Checkmk service problem"), a one-word service
            // ("Memory", "Filesystem") is the check's name all the same.
            let check_description = name == "service"
                && (value.trim().contains(' ')
                    || (nameless && value.bytes().all(|b| b.is_ascii_alphabetic())));
            // Behind a generic alertname (Sourcegraph's `alert_count`, a webhook's "alert"), the
            // `name` or `rule_name` label is the check's own name ("disk_space_remaining").
            let check_name = nameless && matches!(name.as_str(), "name" | "rule_name" | "rulename");
            if EVIDENCE_LABELS.contains(&name.as_str()) || check_description || check_name {
                let mut field = self.field(Kind::Label, name, value, &[]);
                if name == "metric_name" && measures_disk_io(labels, value) {
                    field.concepts |= DISK | IO;
                    field.context |= DISK | IO;
                }
                if QUOTING_LABELS.contains(&name.as_str()) {
                    field.concepts |= QUOTED;
                    field.context |= QUOTED;
                }
                fields.push(field);
            } else if CODE_LABELS.contains(&name.as_str()) {
                let concepts = status_code(value);
                if concepts != 0 {
                    fields.push(Field {
                        kind: Kind::Label,
                        name,
                        text: value,
                        concepts,
                        context: concepts,
                    });
                } else if value.bytes().any(|b| b.is_ascii_alphabetic()) {
                    // `code="DeadlineExceeded"`, `status="NotReady"`: a named code is words.
                    fields.push(self.field(Kind::Label, name, value, &[]));
                }
            }
        }
        // Without a `summary` or `title`, the first sentence of the alert's text is its subject:
        // Grafana's `message`, a vendor's `description`, a Sensu or Nagios check's `output` carry
        // the whole alert.
        // A Kubernetes event's subject is its `reason`; its message is detail.
        // A summary that names nothing ("Alert fired for checkout", "[FIRING:1] checkout") heads
        // nothing either.
        let heads = |key: &str| {
            annotations.get(key).is_some_and(|text| {
                !self.summary_names_nothing(text, labels)
                    && !self.only_unhealthy(text)
                    && !self.names_an_event_only(text)
                    && !self.names_an_incident_only(text)
            })
        };
        // Without either, a `message` is the summary (the annotation kubernetes-mixin's and
        // Grafana's rules put theirs in), unless it is CloudWatch's state reason ("Threshold
        // Crossed: 1 out of the last 1 datapoints ...") or a Kubernetes event's detail.
        let message_heads = !annotations.contains_key("summary")
            && !annotations.contains_key("title")
            && !labels.contains_key("reason")
            && heads("message")
            && annotations.get("message").is_some_and(|m| {
                !m.starts_with("Threshold Crossed") && !m.starts_with("Thresholds Crossed")
            });
        let headless = !heads("summary")
            && !heads("title")
            && !message_heads
            && !labels.contains_key("reason");
        for (name, value) in annotations {
            // Only the head of a long annotation speaks for the alert: past it, runbooks and
            // templates ("Resolution", "timeouts or crashes") pair words by accident. The
            // catalogue's patterns still read the whole text.
            let value = crate::model::truncate_str(value, WORD_WINDOW);
            // Links (runbook_url, dashboards) repeat the alertname and add nothing; a sentence
            // that starts with one ("https://shop.example.com is down") is still a sentence.
            let link = value.starts_with("http") && !value.contains(char::is_whitespace);
            // Sentry's `culprit` is where in the code the error was raised
            // ("org.postgresql.jdbc.PgConnection in setNetworkTimeout"): a function's name, not
            // what went wrong.
            let code_location = name == "culprit";
            if !link && !code_location {
                // A monitor that sends only its measure sends it as `value`: the value that
                // crossed the threshold, read like a one-number summary.
                // A check's output sent as its own annotation (Nagios' `plugin_output`,
                // Icinga's `output`) and opening with its state ("DNS WARNING: …") is what the
                // check measured, as in a mail body's "Output:" line.
                let plugin_output = matches!(
                    name.as_str(),
                    "plugin_output" | "output" | "service_output" | "host_output"
                ) && plugin_state(value).is_some();
                let kind = if matches!(
                    name.as_str(),
                    "summary" | "title" | "value" | "current_value" | "metric_value"
                ) || (message_heads && name == "message")
                    || plugin_output
                {
                    Kind::Subject
                } else {
                    Kind::Annotation
                };
                // Concepts must meet inside a sentence or two: a long description names a disk
                // in one sentence and a limit three sentences later without meaning a full disk.
                let first = fields.len();
                // So does a log alert's quoted line (`log`, OpenNMS' `logmsg`), a chat
                // notifier's `text` and a mail notifier's `subject`.
                let heading = headless
                    && matches!(
                        name.as_str(),
                        "description"
                            | "message"
                            | "output"
                            | "log"
                            | "logmsg"
                            | "text"
                            | "subject"
                    );
                // Markup alone ("%%%" around a Datadog body, a "```" fence) is not a sentence.
                // The lines under "Last lines of output:" or "stderr:" are the program's own,
                // quoted as a log line is.
                let pieces = sentences(value)
                    .scan(false, |block, sentence| {
                        let introduced = *block;
                        *block |= heads_a_block(sentence);
                        Some((sentence, introduced))
                    })
                    .flat_map(|(sentence, block)| {
                        quote_apart(sentence)
                            .map(move |(piece, introduced)| (piece, introduced || block))
                    })
                    .filter(|(piece, _)| piece.chars().any(char::is_alphanumeric))
                    // "Backlog:" alone before the lines it introduces is their heading, no
                    // statement of its own.
                    .filter(|(piece, _)| {
                        !piece
                            .trim()
                            .strip_suffix(':')
                            .is_some_and(|head| head.eq_ignore_ascii_case("backlog"))
                    })
                    // A runbook's question ("Is something crash-looping?", "Has a job been
                    // failing to start?") names what to check, not what happened.
                    .filter(|(piece, _)| !asks(piece));
                for (i, (sentence, introduced)) in pieces.enumerate() {
                    // "Output:   Used: 97.4% ...", "Additional Info: CRITICAL - ...": the plugin
                    // output a monitor's notification mail carries in its body is what the check
                    // measured, the alert's subject, whatever lines ("Host:", "Event:") precede it.
                    let (sentence, output) = match check_output(sentence) {
                        Some(output) => (output, true),
                        None => (sentence, false),
                    };
                    let logged = introduced || is_log_line(sentence);
                    let quoted = kind == Kind::Annotation && logged && !output;
                    let kind = if output {
                        Kind::Subject
                    } else if (heading && i == 0) || quoted {
                        Kind::Heading
                    } else {
                        kind
                    };
                    // A log line's level is how the program filed it, not what failed: the
                    // "ERROR" of "ERROR No space left on device" is no disk error.
                    // A check's state ("CRIT - …", "CheckDisk CRITICAL: …") is its measure, kept.
                    let said = if logged && plugin_state(sentence).is_none() {
                        self.past_generic_error_type(log_message(sentence))
                    } else {
                        sentence
                    };
                    let mut field = self.field(kind, name, said, &places);
                    if quoted || (kind == Kind::Subject && names_a_raised_error(sentence)) {
                        field.concepts |= QUOTED;
                    }
                    fields.push(field);
                }
                // A sentence also reads the one before it: an error line often states its
                // cause over two ("Timeout acquiring a connection. The pool is probably full.").
                // Vetoes read the whole value, except the prose that introduces a quoted line
                // ("12% of requests failed; sample:"): it says how the line was found, not what
                // it means. A quoted line's vetoes read it and what follows it up to the next
                // item of a list ("- request failed with status 500" is another error).
                // `after[i]`: the concepts of sentence i and those after it in its item.
                let whole = fields[first..].iter().fold(0, |acc, f| acc | f.concepts);
                let mut after = vec![0; fields.len() - first];
                for i in (0..after.len()).rev() {
                    let next = after
                        .get(i + 1)
                        .filter(|_| !lists_an_item(fields[first + i + 1].text))
                        .copied()
                        .unwrap_or(0);
                    after[i] = fields[first + i].concepts | next;
                }
                let mut context = whole;
                // A quoted log line is read on its own when prose introduces it ("Loki query
                // matched a line from cms-api:"): the prose says where it was found.
                let mut previous: Option<(Concepts, usize)> = None;
                for (i, f) in fields[first..].iter_mut().enumerate() {
                    let own = (f.concepts, offset_in(value, f.text));
                    if let Some((concepts, start)) = previous {
                        let introduced = f.concepts & QUOTED != 0 && concepts & QUOTED == 0;
                        if introduced {
                            context = after[i];
                        } else {
                            f.concepts |= concepts;
                            f.text = &value[start..offset_in(value, f.text) + f.text.len()];
                        }
                    }
                    f.context = context;
                    previous = Some(own);
                }
            }
        }
        // A generic alertname ("Grafana alert", a monitor's number, Checkmk's "service
        // problem") names nothing; the title then is the alert's name, as vendors that send
        // one ("Apache down", "Thanos Query Is Down") mean it, and is read as one too.
        let title = ["title", "summary", "message"]
            .iter()
            .filter(|key| **key != "message" || message_heads)
            .find_map(|key| annotations.get_key_value(*key))
            .and_then(|(key, value)| sentences(value).next().map(|s| (key, s)));
        if let Some((key, sentence)) = title {
            let generic = labels
                .get("alertname")
                .is_none_or(|name| self.names_nothing(name));
            if generic {
                fields.push(self.field(Kind::Title, key, sentence, &places));
            }
        }
        let everything = fields.iter().fold(0, |acc, f| acc | f.concepts);
        // No text beyond where and how bad: what the check is named after is all there is.
        // CloudWatch's notification says no more than its alarm: a subject that quotes the
        // alarm's name (`ALARM: "AWS/RDS FreeStorageSpace ..." in EU (Ireland)`) and the
        // state reason it writes ("Threshold Crossed: 5 out of the last 5 datapoints ...").
        let alertname = labels.get("alertname").map_or("", String::as_str);
        let textless = fields
            .iter()
            .filter(|f| !matches!(f.kind, Kind::Alertname | Kind::Label))
            .filter(|f| {
                let repeats_name = alertname.len() > 3
                    && f.text.contains(alertname)
                    && f.text.len() < alertname.len() + 40;
                let state_reason = f.text.trim_start().starts_with("Threshold Crossed:")
                    || f.text.trim_start().starts_with("Thresholds Crossed:");
                !(repeats_name || state_reason)
            })
            .all(|f| f.concepts & !ALONE_NEUTRAL == 0);
        // A heading is read on its own, not combined with the alertname's words.
        let subject = fields
            .iter()
            .filter(|f| !matches!(f.kind, Kind::Annotation | Kind::Heading))
            .fold(0, |acc, f| acc | f.concepts);

        // (read more than a check's name, cause rank (2 a cause, 1 a symptom that decides like
        // one, 0 another symptom), is strong, field kind (lower is better), rule index)
        // A Job or Pod that failed with `reason="DeadlineExceeded"` ran past its own
        // activeDeadlineSeconds (POLICY.md rule 10): whatever its text repeats of the reason or
        // the deadline, no dependency was waited on.
        let own_deadline = labels
            .get("reason")
            .is_some_and(|reason| reason == "DeadlineExceeded");
        let mut best: Option<(bool, u8, bool, Kind, usize, usize)> = None;
        for (index, rule) in RULES.iter().enumerate() {
            if (own_deadline && rule.signature == "upstream_timeout")
                || rule.never & everything != 0
                || !allowed(rule.signature)
                || (rule.alone && !textless)
                || rule.not_about.iter().any(|mask| subject & mask == *mask)
            {
                continue;
            }
            let wanted: Concepts = rule.all.iter().fold(0, |acc, m| acc | m);
            let holds_in = |concepts: Concepts, context: Concepts| {
                rule.all.iter().all(|mask| concepts & mask != 0)
                    && !rule.none.iter().any(|mask| context & mask == *mask)
            };
            let found = fields
                .iter()
                .position(|f| {
                    holds_in(f.concepts, f.context)
                        && !(rule.subject && f.kind == Kind::Annotation)
                        && (!rule.name_only || matches!(f.kind, Kind::Alertname | Kind::Title))
                        && !(rule.alone
                            && (!matches!(f.kind, Kind::Alertname | Kind::Label)
                                || f.concepts & !(wanted | ALONE_NEUTRAL) != 0))
                })
                .map(|at| (fields[at].kind, at))
                .or_else(|| {
                    (rule.cross && holds_in(everything, everything))
                        .then_some((Kind::Alert, usize::MAX))
                })
                .or_else(|| {
                    (rule.cross_subject && holds_in(subject, subject))
                        .then_some((Kind::Alert, usize::MAX))
                });
            let Some((kind, at)) = found else { continue };
            // "FFmpegHighFailureRate" under "Elevated job failure rate: 14.6%": the summary
            // spells out what the alertname abbreviates, and says whose failures they are. When
            // it holds the rule's words but one of its vetoes, the alertname's match is that
            // vetoed one.
            if kind == Kind::Alertname
                && rule.spelled_out
                && fields.iter().any(|f| {
                    f.kind == Kind::Subject
                        && rule.all.iter().all(|mask| f.concepts & mask != 0)
                        && rule.none.iter().any(|mask| f.context & mask == *mask)
                })
            {
                continue;
            }
            // A root cause outranks a symptom that decides like one (POLICY.md rule 11), which
            // outranks other symptoms.
            let cause = if !SYMPTOM_SIGNATURES.contains(&rule.signature) {
                2
            } else {
                u8::from(rule.decides)
            };
            let candidate = (!rule.alone, cause, rule.strong, kind, index, at);
            let better = match &best {
                None => true,
                Some(b) => {
                    (
                        !rule.alone,
                        cause,
                        rule.strong,
                        std::cmp::Reverse(kind),
                        std::cmp::Reverse(index),
                    ) > (
                        b.0,
                        b.1,
                        b.2,
                        std::cmp::Reverse(b.3),
                        std::cmp::Reverse(b.4),
                    )
                }
            };
            if better {
                best = Some(candidate);
            }
        }
        let (_, _, _, kind, index, at) = best?;
        let rule = &RULES[index];
        let wanted: Concepts = rule.all.iter().fold(0, |acc, m| acc | m);
        let (field, words) = if kind == Kind::Alert {
            let words: Vec<String> = fields
                .iter()
                .filter(|f| rule.cross || f.kind != Kind::Annotation)
                .flat_map(|f| self.words_for(f.text, wanted, places_of(f.kind)))
                .collect();
            ("alert".to_string(), dedup_join(words))
        } else {
            let f = &fields[at];
            let mut words = if f.kind == Kind::Label && CODE_LABELS.contains(&f.name) {
                vec![f.text.to_string()]
            } else {
                self.words_for(f.text, wanted, places_of(f.kind))
            };
            if f.kind == Kind::Alertname {
                for (piece, c) in status_pieces(f.text) {
                    if c & wanted != 0 {
                        words.push(piece.to_string());
                    }
                }
            }
            let state = plugin_state(f.text);
            if let Some(state) = state.filter(|_| wanted & THRESHOLD != 0) {
                if matches!(f.kind, Kind::Subject | Kind::Heading) {
                    words.push(state.to_string());
                }
            }
            if matches!(f.kind, Kind::Alertname | Kind::Subject)
                || (f.kind == Kind::Heading && state.is_some())
            {
                if wanted & HIGH != 0 && compares(f.text) {
                    words.push(">".to_string());
                }
                if wanted & USAGE != 0 && f.text.contains('%') {
                    words.push("%".to_string());
                }
            }
            let prefix = if matches!(
                f.kind,
                Kind::Annotation | Kind::Subject | Kind::Heading | Kind::Title
            ) {
                "annotation"
            } else {
                "label"
            };
            (format!("{prefix}:{}", f.name), dedup_join(words))
        };
        Some(WordMatch {
            signature: rule.signature,
            rule: rule.name,
            field,
            words,
            cause: rule.decides || !SYMPTOM_SIGNATURES.contains(&rule.signature),
        })
    }

    fn field<'a>(&self, kind: Kind, name: &'a str, text: &'a str, places: &[String]) -> Field<'a> {
        let mut concepts = 0;
        // A short Grafana-style title such as "Memory > 90%" states its threshold in symbols; so
        // does a check's output line ("CheckDisk CRITICAL: /var 96% bytes usage"), which is a
        // measurement, not prose.
        let measured = plugin_state(text).is_some();
        if measured {
            // "RABBITMQ_SERVER CRITICAL - Memory CRITICAL (93.41%), FD OK (4.10%)": a check
            // that lists its measures names each one's state; those within their thresholds
            // are not what failed.
            for piece in text.split(',').filter(|p| !states_ok(p)) {
                self.scan(piece, places, |_, c| concepts |= c);
            }
        } else {
            self.scan(text, places, |_, c| concepts |= c);
        }
        if matches!(kind, Kind::Alertname | Kind::Subject | Kind::Title)
            || (kind == Kind::Heading && measured)
        {
            if text.contains('%') {
                concepts |= USAGE;
            }
            if compares(text) {
                concepts |= HIGH;
            }
            // "Upstream429s", "HTTP503Errors", "429 Out of Capacity Error": a status code in the
            // alertname names the responses it counts. In prose a number is only a value.
            // Only the alertname itself: a title standing in for it is a sentence.
            let alertname = kind == Kind::Alertname;
            if alertname {
                for (_, c) in status_pieces(text) {
                    concepts |= c;
                }
            }
            // "KafkaLagCritical", "DiskSpaceWarning": a severity in the alertname says its
            // measure crossed a threshold. In prose "critical" is only a severity.
            if alertname
                && ["Critical", "Warning", "critical", "warning"]
                    .iter()
                    .any(|s| text.ends_with(s))
            {
                concepts |= HIGH;
            }
            // A summary that is only a number ("497", "7.9GB", "340s", "498/500") is the value
            // that crossed the alert's threshold: the alertname names what is high. A bare 0 or 1
            // is a condition's truth ("TiDB_node_restart", value 1: one restart), not a measure.
            let value = text.trim();
            let number = value.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if kind == Kind::Subject
                && !matches!(value, "0" | "1")
                && number.starts_with(|c: char| c.is_ascii_digit())
                && value.len() - number.len() <= 3
                && number
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'%' | b'/'))
            {
                concepts |= HIGH | USAGE;
            }
        }
        if matches!(kind, Kind::Subject | Kind::Heading | Kind::Title) && measured {
            concepts |= THRESHOLD;
        }
        if !matches!(kind, Kind::Alertname | Kind::Label) && !measured {
            if let Some(name) = readout_name(text) {
                let mut judged = 0;
                self.scan(name, places, |_, c| judged |= c);
                if judged & JUDGEMENT == 0 {
                    concepts |= READOUT;
                }
            }
        }
        // "shop.example.com went down", "checkout-api is DOWN": an uptime monitor names its
        // target by address or by name, with no word for "host".
        if matches!(kind, Kind::Subject | Kind::Heading | Kind::Title) && names_a_target(text) {
            concepts |= HOST;
        }
        Field {
            kind,
            name,
            text,
            concepts,
            context: concepts,
        }
    }

    /// Whether an alertname is only a monitor's generic words ("Grafana alert", "Checkmk
    /// service problem", "Monitor 4711"): every piece is a number, an identifier's hex
    /// (`a1b2c3`, not "Dead"), a
    /// generic word, or a word whose concepts name only where. A word the lexicon does not
    /// know names something ("MemcachedEvictions"), so the name is not generic.
    fn names_nothing(&self, name: &str) -> bool {
        name.split(|c: char| !c.is_alphanumeric())
            .flat_map(camel_pieces)
            .all(|piece| {
                piece.is_empty()
                    || (piece.bytes().all(|b| b.is_ascii_hexdigit())
                        && piece.bytes().any(|b| b.is_ascii_digit()))
                    || with_lowercase(piece, |lower| {
                        GENERIC_WORDS.contains(&lower)
                            || self.lookup(lower).is_some_and(|c| c & !GENERIC_NAME == 0)
                    })
            })
    }

    /// Whether a summary says only that an alert fired, and where: every word is a monitor's
    /// generic word, a small word, a number, a word that names only where, or part of one of the
    /// alert's label values (its service, instance or namespace). A word the lexicon does not
    /// know otherwise says something ("Container killed").
    /// "Consul agent unhealthy" over "A Consul agent is down", "minio service is not stable"
    /// over "… has been unreachable 50% of the time": a summary that names no failure, only
    /// where and that something is wrong, leaves it to the description's first sentence to say
    /// what. A summary that names only where ("Container killed", "scan report") or denies
    /// what it does not name ("not ingesting samples") still heads.
    fn only_unhealthy(&self, text: &str) -> bool {
        // Every word for "unhealthy" holds one of these ("unhealthy", "no healthy", "unstable",
        // "not stable", "degraded"): most summaries are passed over without a second scan.
        let holds = |word: &[u8]| {
            text.as_bytes()
                .windows(word.len())
                .any(|w| w.eq_ignore_ascii_case(word))
        };
        // "Spark Operator Controller Is Degraded" over "Some of its pods went down": "degraded"
        // names no failure either, though it is no word for a gateway's unhealthy target.
        let degraded = holds(b"degraded");
        if !holds(b"healthy") && !holds(b"stable") && !degraded {
            return false;
        }
        let mut concepts = 0;
        self.scan(text, &[], |_, c| concepts |= c);
        (concepts & UNHEALTHY != 0 || degraded) && concepts & !(GENERIC_NAME | UNHEALTHY | NOT) == 0
    }

    /// Whether a status page's or incident tool's title says only that there is an incident and
    /// where ("Incident with Pull Requests", "API Outage", "INC-0918 API Gateway, Payments
    /// Service degraded", "AWS S3 operational issue in us-east-1"): an incident word, and
    /// otherwise only the names of the parts affected. Its update text says what happened.
    fn names_an_incident_only(&self, text: &str) -> bool {
        if opens_as_an_incident(text) {
            return true;
        }
        if !INCIDENT_WORDS
            .iter()
            .any(|word| holds_ignore_case(text, word))
        {
            return false;
        }
        let mut incident = false;
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            // Empty runs, and identifiers with digits ("INC-2024-0918", "us-east-1", "S3").
            if word.is_empty() || word.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let names_only = with_lowercase(word, |lower| {
                if INCIDENT_WORDS.contains(&lower) {
                    incident = true;
                    return true;
                }
                STATUS_WORDS.contains(&lower)
                    || SMALL_WORDS.contains(&lower)
                    || self.lookup(lower).is_none_or(|c| c & !INCIDENT_NAMES == 0)
            });
            if !names_only {
                return false;
            }
        }
        incident
    }

    /// Whether a summary says only that a product logged an event about a topic, and where
    /// ("Group Replication event on db-gr-1", "KeyDB cluster event on keydb-0", "etcd-operator
    /// reported a problem with cluster etcd-main"): a log alert's notice, whose quoted line says
    /// what happened. The words before "event" may name the product and its topic (a server,
    /// replication), never a failure ("OOM event on web-3" heads).
    fn names_an_event_only(&self, text: &str) -> bool {
        // Most summaries name no event: they are done here, without a lower-cased copy.
        if !["event", "log", "reported"]
            .iter()
            .any(|word| holds_ignore_case(text, word))
        {
            return false;
        }
        let text = text.trim();
        let lower = text.to_ascii_lowercase();
        // Each word with where it starts: ASCII lower-casing keeps every byte where it was.
        let words: Vec<(usize, &str)> = lower
            .split_whitespace()
            .map(|word| {
                (
                    offset_in(&lower, word),
                    word.trim_end_matches([':', ',', '.']),
                )
            })
            .collect();
        let place_follows = |next: usize| {
            words
                .get(next)
                .is_none_or(|(_, word)| matches!(*word, "on" | "in" | "at" | "from" | "for" | "of"))
        };
        let marker = words.iter().enumerate().find_map(|(i, &(at, word))| {
            let next = words.get(i + 1).map_or("", |(_, w)| *w);
            match word {
                // "KeyDB cluster event on keydb-0"
                "event" | "events" if place_follows(i + 1) => Some(at),
                // "Couchbase cluster log alert on cb-1", "OpenSearch cluster log event on …"
                "log"
                    if matches!(next, "alert" | "event" | "entry" | "line" | "message")
                        && place_follows(i + 2) =>
                {
                    Some(at)
                }
                // "SeaweedFS mount on app-node-3 logged a matching line", "dmeventd on
                // backup-07 logged a warning": what was logged is in the line.
                "logged"
                    if matches!(next, "a" | "an")
                        && words[i + 2..].iter().all(|(_, w)| {
                            matches!(
                                *w,
                                "matching" | "line" | "warning" | "error" | "message" | "entry"
                            )
                        }) =>
                {
                    Some(at)
                }
                _ => None,
            }
        });
        let topic = ["reported a problem with ", "reported an issue with "]
            .iter()
            .find_map(|marker| lower.find(marker))
            .or(marker)
            .filter(|&at| at > 0)
            .map(|at| &text[..at]);
        let Some(topic) = topic else {
            return false;
        };
        let mut concepts = 0;
        self.scan(topic, &[], |_, c| concepts |= c);
        concepts & !(GENERIC_NAME | REPL | NETNAME | NOTNODE | WORK) == 0
    }

    fn summary_names_nothing(&self, text: &str, labels: &LabelMap) -> bool {
        let places: Vec<String> = labels
            .iter()
            .filter(|(name, _)| WHERE_LABELS.contains(&name.as_str()))
            .map(|(_, value)| value.to_lowercase())
            .collect();
        let names_nothing = |text: &str| {
            text.split_whitespace()
                .filter(|token| !message_code(token))
                .flat_map(|token| token.split(|c: char| !c.is_alphanumeric()))
                .all(|word| {
                    word.is_empty()
                        || word.bytes().all(|b| b.is_ascii_digit())
                        || with_lowercase(word, |lower| {
                            GENERIC_WORDS.contains(&lower)
                                || SMALL_WORDS.contains(&lower)
                                || self.lookup(lower).is_some_and(|c| c & !GENERIC_NAME == 0)
                                || (word.len() >= 3
                                    && places.iter().any(|place| place.contains(lower)))
                        })
                })
        };
        if names_nothing(text) {
            return true;
        }
        // Most summaries quote nothing and name no place whole: they are done here, without the
        // copies below.
        let quotes = text.contains(['\'', '"', '‘', '“']);
        if !quotes
            && !places
                .iter()
                .any(|place| place.len() >= 3 && text.contains(place.as_str()))
        {
            return false;
        }
        // "Azure Monitor alert 'aca-orders-restarts' fired for ca-orders-prod": the alertname
        // quoted back, and a place named whole ("ca-orders-prod", whose "ca" alone is no word),
        // say nothing the labels do not.
        let mut rest = text.to_lowercase();
        let mut cut = false;
        // Nagios' "app-07/service_nginx is CRITICAL": a check's identifier repeated after its
        // host, unquoted, says no more.
        let identifier = |name: &str| name.len() >= 6 && name.contains(['_', '-', '.']);
        if let Some(name) = labels
            .get("alertname")
            .filter(|name| (quotes && name.len() >= 3) || identifier(name))
        {
            let name = name.to_lowercase();
            if ["'", "\"", "‘", "“"]
                .iter()
                .any(|q| rest.contains(&format!("{q}{name}")))
                || (identifier(&name)
                    && [" ", ":"]
                        .iter()
                        .any(|end| rest.contains(&format!("/{name}{end}"))))
            {
                rest = rest.replace(&name, " ");
                cut = true;
            }
        }
        for place in places.iter().filter(|place| place.len() >= 3) {
            if rest.contains(place.as_str()) {
                rest = rest.replace(place.as_str(), " ");
                cut = true;
            }
        }
        cut && names_nothing(&rest)
    }

    /// The words of `text` that stand for one of `wanted`, as written.
    fn words_for(&self, text: &str, wanted: Concepts, places: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        self.scan(text, places, |word, c| {
            if c & wanted != 0 {
                out.push(word.to_string());
            }
        });
        out
    }

    /// Calls `hit(word, concepts)` for every word of `text` the lexicon knows, with the meaning
    /// it has in place (a word after `not`/`no` is read as its negation).
    fn scan<'t>(&self, text: &'t str, places: &[String], mut hit: impl FnMut(&'t str, Concepts)) {
        let near = Nearby::default();
        let named_places = place_spans(text, places);
        let mut hit = |word: &'t str, c: Concepts| {
            // "dns-updater is down", "OOM in oom-reporter-6d9f": a place's name says where,
            // whatever its words; it keeps only what kind of place it is.
            let c = if named_places.is_empty() {
                c
            } else {
                let at = offset_in(text, word);
                match named_places
                    .iter()
                    .find(|&&(start, end)| start <= at && at < end)
                {
                    Some(&(start, end)) if said_to_be_down(text, &text[start..end]) == Some(0) => {
                        (c & PLACE_KINDS) | HOST
                    }
                    // awesome-prometheus-alerts' "Nomad job lost (instance pg-replica-2:9187)":
                    // the instance a template appends says where the alert was evaluated, not
                    // what the sentence is about.
                    Some(&(start, _)) if text[..start].ends_with("(instance ") => 0,
                    Some(_) => c & PLACE_KINDS,
                    None => c,
                }
            };
            // "Hits=88123 Misses=12 Timeouts=0", "restarts: 0": a count of events that is zero
            // says none happened.
            let c = if c & COUNTED_EVENTS != 0 && counted_none(text, word) {
                c & !COUNTED_EVENTS
            } else if c & STATES != 0 && stated_false(text, word) {
                // "Is running: no", "Ready=False": a state answered in the negative.
                negation(c)
            } else if c & (LAG | BEHIND) != 0 && lag_unknown(text, word) {
                // "Seconds_Behind_Master: NULL", "Time behind master: NULL": MySQL has no lag to
                // report because replication is not running (broken, POLICY.md rule 5).
                c & !(LAG | BEHIND)
            } else if c & HOST != 0 && no_process_left(text, word) {
                // "Processes: 0 (warn/crit below 1/1)": none of the watched program runs.
                c | DOWN
            } else if c & PLANNED != 0 && asks_for_intervention(text, word) {
                // "failed and needs manual intervention": a person is needed because something
                // broke, not because anything was planned.
                c & !PLANNED
            } else if c & DISK != 0 && names_an_image(text, word) {
                // "Error restoring disk image …": an image of a disk is a file, not the disk.
                (c & !DISK) | FILES
            } else if c & HIGH != 0
                && word.eq_ignore_ascii_case("over")
                && (iso_window_follows(text, word) || time_window_follows(text, word))
            {
                // Azure Monitor's "Total over PT5M: 6": the window the metric was summed over.
                c & !HIGH
            } else if c & BACKLOG != 0 && heads_a_list(text, word) {
                // Graylog's notification template: "Backlog:" heads the messages that matched,
                // whatever they say; a backlog counted ("Backlog: 48310") is one.
                c & !BACKLOG
            } else if c & RECOVERED != 0
                && word.eq_ignore_ascii_case("properly")
                && ["from functioning ", "from working "].iter().any(|impact| {
                    text[..offset_in(text, word)]
                        .to_ascii_lowercase()
                        .ends_with(impact)
                })
            {
                // "Low disk space may prevent virtual machines from functioning properly": an
                // impact, not a recovery.
                c & !RECOVERED
            } else if c & SLOW != 0
                && word.eq_ignore_ascii_case("performance")
                && text[..offset_in(text, word)]
                    .to_ascii_lowercase()
                    .ends_with("reports of degraded ")
            {
                // Statuspage's opening "investigating reports of degraded performance" names
                // the component status, not what degraded; the update after it says.
                c & !SLOW
            } else if c & TIMEOUT != 0 && set_to_a_duration(text, word) {
                // "connect-timeout: 1000", "idle timeout 60s", "Timeout: 30s": a timeout
                // given its value is a setting quoted, not a wait that ran out.
                c & !TIMEOUT
            } else if let Some(words_on) = (c & !SERVICE_LIKE == 0 && names_a_service(word))
                .then(|| said_to_be_down(text, word))
                .flatten()
            {
                // "The API is down", "Kafka is unavailable": what is said to be down is a
                // service, though elsewhere these words count requests or consumers; in "HTTP
                // service is down" the service is, and "HTTP" only says which.
                let named = c & !(REQUEST | CONSUMER);
                if words_on == 0 {
                    named | HOST
                } else {
                    named
                }
            } else if word.eq_ignore_ascii_case("api") && !standalone(text, word) {
                // "Errors in the log of abrechnung-api": the last word of a service's name
                // names the service, not its requests.
                c & !REQUEST
            } else if word.eq_ignore_ascii_case("vol") && !standalone(text, word) {
                // Dutch "vol" (full) is a word of its own ("De schijf is vol"); in a name
                // ("vol_pgdata01") it is short for volume.
                c & !FULL
            } else {
                c
            };
            hit(word, near.note(text, word, c))
        };
        let mut negated = Negated::No;
        let mut previous = "";
        let mut earlier = "";
        for run in text.split(|c: char| !is_word_char(c)) {
            if !run.is_empty() {
                near.step(text, run);
            }
            // A URL's path and query (a Datadog footer's `/monitors/123?link_source=…`, a
            // runbook's `/docs/disk-full`) name a page, not what happened; nor does a date's
            // weekday ("last triggered at Sat Mar 25": not "saturated").
            if !run.is_empty() && (past_scheme(text, run) || names_a_weekday(text, run)) {
                continue;
            }
            // A URL's scheme and a host name's labels (`https://api.example.com`) name where,
            // not what: "Host api.example.com is down" is not about requests. A host name
            // written out is still a name that may not have been found.
            if !run.is_empty() && in_address(text, run) {
                if !in_url(text, run) {
                    hit(run, NETNAME);
                }
                continue;
            }
            // "DOWN: api-2, api-3", "api-07 (monitor down)": a numbered host's name says where,
            // not what: "api" there names no requests. What its word says of the host's role
            // is kept ("ch-node-2", "edge-gateway-1").
            // A Java executor's thread name (`[pool-2-thread-7]`) names a thread pool, not a pool
            // of connections: the log line's words say what happened.
            if run.eq_ignore_ascii_case("pool") && java_thread_name(text, run) {
                continue;
            }
            // CloudWatch's `ALARM: "rds-orders-disk-queue" in EU (Ireland)`: the alarm's state,
            // not a resource's alarm ("disk alarm", "memory alarm").
            if run == "ALARM" && text[offset_in(text, run) + run.len()..].starts_with(':') {
                continue;
            }
            // "Peer 200.139.48.98 - AS83047 está DOWN": an autonomous system's number names a
            // routing peer, a link (POLICY.md rule 11), whatever the sentence says of it.
            if run.len() >= 6
                && run.starts_with("AS")
                && run[2..].bytes().all(|b| b.is_ascii_digit())
            {
                hit(run, LINK);
                continue;
            }
            // "MongoDB replica set is down", "Replica set member db-2 not reachable": a replica
            // set is a group of members, as the compound "ReplicaSet" is, not replication.
            if run.eq_ignore_ascii_case("replica")
                && names_a_set(&text[offset_in(text, run) + run.len()..])
            {
                hit(run, POD);
                continue;
            }
            // "Data are not up to date", "VMTools not up-to-date": current, not running.
            if run.eq_ignore_ascii_case("up")
                && goes_on_with_to(&text[offset_in(text, run) + run.len()..])
            {
                continue;
            }
            // "Load Balancer has a high error rate": the load a balancer spreads, not a CPU's.
            if run.eq_ignore_ascii_case("load")
                && names_a_balancer(&text[offset_in(text, run) + run.len()..])
            {
                continue;
            }
            if !run.is_empty() && numbered_name(text, run) {
                let c = with_lowercase(run, |lower| self.lookup(lower)).unwrap_or(0);
                // Resources a host is named after ("storage-1-master", "rpi-kiosk-sga-03") are
                // not that host's resources; "disk-1" and "memory-0" alone are the resource.
                let named_after = if in_a_longer_name(text, run) {
                    REQUEST | DISK | MEM
                } else {
                    REQUEST
                };
                if c & named_after != 0 {
                    hit(run, (c & !named_after) | NETNAME);
                    continue;
                }
            }
            // `org.postgresql.util.PSQLException`, `System.IO.IOException`: a package or
            // namespace names where the class lives; its words ("util", "io") say nothing of
            // what went wrong. The class name itself is read.
            if !run.is_empty() && in_package(text, run) {
                continue;
            }
            // "restart attempt #9", "not running: backoff": the space and the `#`, or the colon
            // and the space, leave an empty run between them, which does not part a count from
            // what it counts or a state from what is in it. Nor does a Markdown code span
            // around a template's value ("restarted `1` times"). Other punctuation does.
            if run.is_empty()
                && (text[offset_in(text, run)..].starts_with(['#', '`'])
                    || text[..offset_in(text, run)].ends_with([':', '`']))
            {
                continue;
            }
            let before = std::mem::replace(&mut previous, run);
            let prior = std::mem::replace(&mut earlier, before);
            // A two-word term means something its second word alone does not ("Ceph PG" is a
            // placement group, not PostgreSQL).
            // "db-host failed to scrape": a "failed" that goes on with "to" is said of the verb
            // after it, whatever word before it makes a phrase with it.
            let failed_at = run.eq_ignore_ascii_case("failed")
                && goes_on_with_to(&text[offset_in(text, run) + run.len()..]);
            if let Some(c) = phrase(prior, before, run).filter(|_| !failed_at) {
                negated = self.emit(run, c, negated, &mut hit);
                continue;
            }
            // Chinese, Japanese and Korean words are not separated by spaces (Korean ones
            // carry their particles): they are found inside the run.
            if !run.is_ascii() && run.chars().any(is_cjk) {
                // Each word where it first stands in the run, in the lists' order.
                let mut placed: Vec<(usize, usize, usize, Concepts)> = Vec::new();
                for (at, first) in run.char_indices() {
                    for &(place, word, c) in self.cjk.get(&first).into_iter().flatten() {
                        if run[at..].starts_with(word) && !placed.iter().any(|p| p.0 == place) {
                            placed.push((place, at, at + word.len(), c));
                        }
                    }
                }
                placed.sort_unstable_by_key(|p| p.0);
                let found: Vec<(usize, usize, Concepts)> =
                    placed.into_iter().map(|(_, s, e, c)| (s, e, c)).collect();
                // The longer word is the one written: "消费延迟" is a consumer's lag, and the
                // "延迟" inside it no latency; "主从延迟" is replication's.
                for &(start, end, c) in &found {
                    let inside_a_longer = found
                        .iter()
                        .any(|&(s, e, _)| s <= start && end <= e && e - s > end - start);
                    if !inside_a_longer {
                        hit(&run[start..end], c);
                    }
                }
                // "慢SQL", "Inode过高", "4xx错误数": a Latin term written into the run is a word.
                for latin in run
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .filter(|w| w.len() >= 2 && w.bytes().any(|b| b.is_ascii_alphabetic()))
                {
                    if let Some(c) = with_lowercase(latin, |lower| self.lookup(lower)) {
                        if c != 0 {
                            hit(latin, c);
                        }
                    }
                }
                continue;
            }
            if run.is_empty() || run.len() > 48 {
                continue;
            }
            // "there might be a deadlock", "possibly OOM": a guess (POLICY.md rule 17).
            if HEDGES.iter().any(|h| run.eq_ignore_ascii_case(h)) {
                negated = Negated::Hedged;
                continue;
            }
            // The whole run first: `CrashLoopBackOff`, `OOMKilled`, `5xx`, `p99`.
            let whole = with_lowercase(run, |lower| self.lexicon.get(lower).copied());
            if let Some(c) = whole {
                if c != 0 {
                    negated = self.emit(run, c, negated, &mut hit);
                }
                continue;
            }
            let mut pieces = camel_pieces(run).peekable();
            let mut before_piece = before;
            let mut prior_piece = "";
            let mut index = 0;
            while let Some(piece) = pieces.next() {
                index += 1;
                // `TooManyConnectionsError`, `DiskFullError`: the words before the class's
                // `Error` say what went wrong; the suffix says only that it is an error class.
                if index > 2 && piece == "Error" && pieces.peek().is_none() {
                    negated = self.emit(piece, CLASSERR, negated, &mut hit);
                    continue;
                }
                // `VMToolsNotUpToDate`: current, not running, as "up to date" is.
                if piece.eq_ignore_ascii_case("up")
                    && pieces
                        .peek()
                        .is_some_and(|next| next.eq_ignore_ascii_case("to"))
                {
                    continue;
                }
                // Two-word terms hold across camelCase pieces too (`NameResolutionErrors`).
                let previous_piece = std::mem::replace(&mut before_piece, piece);
                let prior = std::mem::replace(&mut prior_piece, previous_piece);
                if let Some(c) = phrase(prior, previous_piece, piece) {
                    negated = self.emit(piece, c, negated, &mut hit);
                    continue;
                }
                // Two pieces that are one word in the lexicon (`ConnTrack`, `FileSystem`,
                // `TimeOut`, `OffLine`) are read as that word, not as its halves.
                if let Some(&next) = pieces.peek() {
                    let joined = &run[offset_in(run, piece)..offset_in(run, next) + next.len()];
                    let compound = with_lowercase(joined, |lower| self.lexicon.get(lower).copied());
                    if let Some(c) = compound {
                        pieces.next();
                        if c != 0 {
                            negated = self.emit(joined, c, negated, &mut hit);
                        }
                        continue;
                    }
                }
                if let Some(c) = with_lowercase(piece, |lower| self.lookup(lower)) {
                    // A word with no concept ("Being", "Be") lets a negation through, as it
                    // does between spaces ("NotBeingProcessed").
                    if c != 0 {
                        negated = self.emit(piece, c, negated, &mut hit);
                    }
                } else if pieces.peek().is_none() && said_to_be_down(text, piece) == Some(0) {
                    // "Velero is down.", "Keycloak is not running": a name nobody listed,
                    // said to be down, is the service that is.
                    negated = self.emit(piece, HOST, negated, &mut hit);
                } else {
                    negated = Negated::No;
                }
            }
        }
    }

    /// Reports one word; returns how the next word is negated.
    fn emit<'t>(
        &self,
        word: &'t str,
        concepts: Concepts,
        negated: Negated,
        hit: &mut impl FnMut(&'t str, Concepts),
    ) -> Negated {
        if concepts == NOT {
            hit(word, NOT);
            return Negated::Not;
        }
        let concepts = match negated {
            Negated::Not => negation(concepts),
            Negated::Failed => failed_to(concepts),
            Negated::Hedged if concepts & DECISIVE != 0 => concepts & !DECISIVE,
            Negated::Hedged | Negated::No => concepts,
        };
        hit(word, concepts);
        if negated == Negated::Not && concepts != 0 && concepts & !(HOST | MEM | DISK | SPACE) == 0
        {
            // "no node online", "No hay memoria suficiente", "não há espaço suficiente": the
            // negation reaches past the thing negated.
            Negated::Not
        } else if concepts == FAIL {
            // "Unable to find", "failed to locate", "impossibile trovare", "невозможно найти":
            // a failure said of the verb that follows it.
            Negated::Failed
        } else {
            Negated::No
        }
    }

    /// A raised error's message without its type when the type names no more than an error
    /// (`ValueError: Exceeded maximum connections`, `Error: …`, `RuntimeException: …`): the
    /// class the program chose to raise is not an error *rate*, and the message says what
    /// failed. A type that names something (`TimeoutError`, `ConnectionError`) stays read.
    fn past_generic_error_type<'t>(&self, message: &'t str) -> &'t str {
        let Some((word, rest)) = message.trim_start().split_once(": ") else {
            return message;
        };
        let type_name = word.rsplit(['.', ':', '/']).next().unwrap_or(word);
        if word.contains(char::is_whitespace)
            || !names_an_error_type(type_name)
            || !rest.chars().any(char::is_alphanumeric)
        {
            return message;
        }
        let names_something = camel_pieces(type_name)
            .map(str::to_ascii_lowercase)
            .filter(|piece| !matches!(piece.as_str(), "error" | "exception" | "fault" | "exc"))
            .any(|piece| self.lookup(&piece).is_some_and(|c| c != 0));
        if names_something {
            message
        } else {
            rest
        }
    }

    /// The concepts of a lower-case word, trying its stems when the word itself is unknown.
    fn lookup(&self, word: &str) -> Option<Concepts> {
        let known = |w: &str| self.lexicon.get(w).copied();
        if let Some(c) = known(word) {
            return Some(c);
        }
        if let Some(stem) = word.strip_suffix("ies") {
            // "entries" -> "entry", built on the stack (words are at most 48 bytes).
            let mut buf = [0u8; 48];
            if stem.len() < buf.len() {
                buf[..stem.len()].copy_from_slice(stem.as_bytes());
                buf[stem.len()] = b'y';
                if let Some(c) = std::str::from_utf8(&buf[..=stem.len()])
                    .ok()
                    .and_then(known)
                {
                    return Some(c);
                }
            }
        }
        let stemmed = [
            word.strip_suffix('s')
                .filter(|s| s.len() >= 3 && !s.ends_with('s')),
            word.strip_suffix("ing").filter(|s| s.len() >= 3),
            word.strip_suffix("ed").filter(|s| s.len() >= 3),
            word.strip_suffix('d').filter(|s| s.len() >= 3),
        ]
        .into_iter()
        .flatten()
        .find_map(known);
        // Russian, Ukrainian, Polish and Turkish words inflect: their stems are read as
        // prefixes. Only words outside ASCII, so that no English word is read by a foreign
        // prefix.
        stemmed.or_else(|| {
            (!word.is_ascii())
                .then(|| INTL_STEMS.iter().find(|(stem, _)| word.starts_with(stem)))
                .flatten()
                .map(|&(_, c)| c)
        })
    }
}

/// Words a name and a "not found" may be apart and still be one statement: "Host %1 konnte
/// nicht gefunden werden", "Hôte %1 inconnu".
const NEAR_WORDS: usize = 4;

/// Where the last name and the last "not found" of a text were, in words, so that the two
/// close together within one clause read as a name that did not resolve (`NXNAME`): "Host
/// db.internal not found", "找不到主機". Apart, or in two sentences, they are two things.
/// Cells, because `scan` reports words through a closure while its loop moves on.
#[derive(Default)]
struct Nearby {
    /// Words seen so far; the pieces of a joined identifier (`map-server-04`) are one word.
    words: std::cell::Cell<usize>,
    /// Where the last word ended, in bytes.
    end: std::cell::Cell<usize>,
    /// The word at which the last name stood, in this clause.
    name: std::cell::Cell<Option<usize>>,
    /// The word at which the last "not found" stood, in this clause.
    missing: std::cell::Cell<Option<usize>>,
}

impl Nearby {
    /// Moves to `run`, a slice of `text`: one more word unless it continues an identifier,
    /// and a new clause after a line or a sentence.
    fn step(&self, text: &str, run: &str) {
        let start = offset_in(text, run);
        let gap = text.get(self.end.get()..start).unwrap_or("");
        // "Faraday::ResourceNotFound: the server responded with status 404": an exception's
        // class (a camelCase name before a colon) says what went wrong of what; the message
        // after the colon is another statement.
        let after_class = gap.starts_with(": ")
            && text[..self.end.get()]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|class| {
                    class
                        .as_bytes()
                        .windows(2)
                        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
                });
        if gap.contains(['。', ';', '\n', '|']) || gap.contains(". ") || after_class {
            self.name.set(None);
            self.missing.set(None);
        }
        if !matches!(gap, "." | "-" | "_") {
            self.words.set(self.words.get() + 1);
        }
        self.end.set(start + run.len());
    }

    /// The concepts of `word`, with `NXNAME` when it is a name or a "not found" close to the
    /// other. A name word inside an identifier or a path (`map-server-04`, `/app/server.js`,
    /// `host:web-1`) names no host that was looked up.
    fn note(&self, text: &str, word: &str, concepts: Concepts) -> Concepts {
        let at = self.words.get();
        let close = |other: Option<usize>| other.is_some_and(|o| at - o <= NEAR_WORDS);
        let mut out = concepts;
        if concepts & NETNAME != 0 && (standalone(text, word) || in_address(text, word)) {
            self.name.set(Some(at));
            if close(self.missing.get()) {
                out |= NXNAME;
            }
        }
        if concepts & NOTFOUND != 0 {
            self.missing.set(Some(at));
            if close(self.name.get()) {
                out |= NXNAME;
            }
        }
        out
    }
}

/// Whether `word`, a slice of `text`, stands alone rather than inside an identifier, a path or
/// a `key:value` tag (the labels of a host name are read by `in_address`).
fn standalone(text: &str, word: &str) -> bool {
    let start = offset_in(text, word);
    let joined = |b: Option<&u8>| matches!(b, Some(b'.' | b'-' | b'_' | b'/' | b'@' | b':'));
    let bytes = text.as_bytes();
    let end = start + word.len();
    // "host: 10.20.4.17", "the host.": a colon or a stop before a space ends the word.
    let joined_after =
        joined(bytes.get(end)) && bytes.get(end + 1).is_some_and(|b| !b.is_ascii_whitespace());
    (start == 0 || !joined(bytes.get(start - 1))) && !joined_after
}

/// Where `part`, a slice of `whole`, starts in it.
fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// Whether `text` states a threshold with `>` ("Memory > 90%"). An arrow ("1048576 -> 33554432",
/// "online => unknown") is a change from one value to another, not a comparison.
fn compares(text: &str) -> bool {
    text.match_indices('>').any(|(at, _)| {
        let before = at.checked_sub(1).and_then(|i| text.as_bytes().get(i));
        !matches!(before, Some(b'-' | b'='))
    })
}

/// Words that judge a measure rather than name it: a readout with one of them ("Disk space low:
/// 1.2 GB") is a warning.
const JUDGEMENT: Concepts = LOW
    | HIGH
    | FULL
    | NEAR
    | EXHAUST
    | OUT
    | FEW
    | UNDER
    | PRESSURE
    | ALARM
    | LIMIT
    | THRESHOLD
    | FAIL
    | ERROR;

/// The name of a readout, when `text` is only a measure's name and a size after a colon: "Boş
/// alan: 301.7 GB", "Использование памяти: 987.0 MB", "可用空间： 87.90 GiB". A percentage or a
/// count is left to the rules: those are how thresholds are stated.
fn readout_name(text: &str) -> Option<&str> {
    const UNITS: [&str; 13] = [
        "b",
        "kb",
        "mb",
        "gb",
        "tb",
        "kib",
        "mib",
        "gib",
        "tib",
        "bytes",
        "octets",
        "mégaoctets",
        "gigaoctets",
    ];
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let (head, value) = text.rsplit_once([':', '：'])?;
    let value = value.trim();
    let digits = value
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        .count();
    let unit = value[digits..].trim();
    if digits == 0 || !UNITS.iter().any(|u| unit.eq_ignore_ascii_case(u)) {
        return None;
    }
    let name = head
        .rsplit_once([':', '：'])
        .map_or(head, |(_, n)| n)
        .trim();
    // A number before the colon ("空き容量が 5GB 未満です。現在の空き容量: 3.2GB", "free: 48 MiB,
    // max: 2 GiB") makes the size one of several, or the current value after a threshold.
    (!name.is_empty()
        && name.split_whitespace().count() <= 6
        && !name.bytes().any(|b| b.is_ascii_digit()))
    .then_some(name)
}

/// Whether `c` is a kana, CJK ideograph, Hangul syllable or Thai letter, the scripts of
/// `CJK_WORDS` and `INTL_CJK_WORDS` (written without spaces between words).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}' | '\u{0e00}'..='\u{0e7f}')
}

/// Whether `c` belongs inside a word: a letter or digit, or any character of the Indic and
/// Thai blocks, whose vowel signs and viramas are combining marks rather than letters
/// ("समाप्त", "ใช้งาน" would otherwise be cut in two); the danda ends a sentence.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0900}'..='\u{0963}' | '\u{0966}'..='\u{0dff}' | '\u{0e00}'..='\u{0e7f}')
        // Arabic and Persian vowel signs, shadda and hamza are marks too ("يُعثر", "دامنهٔ").
        || matches!(c, '\u{064b}'..='\u{065f}' | '\u{0670}')
}

/// The concepts of the two-word term `first second`, if it is one ("Ceph PG" is a placement
/// group, not PostgreSQL; "name resolution" is a resolver's); `prior` is the word before.
fn phrase(prior: &str, first: &str, second: &str) -> Option<Concepts> {
    // "restarted 3 time(s) in 10m" (CockroachDB's rules, Windows' "It has done this 4
    // time(s)"): a count of restarts, as "times" is; "1 time(s)" is one.
    if first.eq_ignore_ascii_case("time") && second == "s" {
        return Some(if prior == "1" { 0 } else { LOOP });
    }
    // "api restarted 1 time in the last hour": one occurrence counted, not a duration.
    if second.eq_ignore_ascii_case("time") && (first == "1" || first.eq_ignore_ascii_case("one")) {
        return Some(0);
    }
    // "after 2 restarts within 1s", "Script restart attempt #9" (forever), "4 crash reports",
    // "3 unexpected exits": two restarts or crashes or more are a loop (POLICY.md rule 7);
    // "0 restarts" is none, and one is one.
    let count = |word: &str| word.parse::<u32>().ok();
    let by_count = |n: u32| match n {
        0 => 0,
        1 => RESTART,
        _ => RESTART | LOOP,
    };
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    // "returning 500 errors for 30% of users", "elevated 502s", "HTTP 503 responses": server
    // errors named by their status code in prose. After a comparison or a plain count ("more
    // than 500 errors", "500 errors in 5m") the number is how many, so only words that say a
    // server answered with it, or that its share rose, introduce a code.
    let answered = [
        "returning",
        "returned",
        "returns",
        "serving",
        "served",
        "throwing",
        "http",
        "elevated",
        "increased",
    ];
    let rose = [
        "elevated",
        "increased",
        "more",
        "spike",
        "of",
        "returning",
        "serving",
    ];
    let names_an_answer = [
        "errors",
        "error",
        "responses",
        "response",
        "status",
        "codes",
    ]
    .iter()
    .any(|w| is(second, w));
    if let Some(code) = server_error_code(first)
        .filter(|_| names_an_answer && answered.iter().any(|w| is(prior, w)))
    {
        return Some(code);
    }
    if let Some(code) = second
        .strip_suffix('s')
        .and_then(server_error_code)
        .filter(|_| rose.iter().any(|w| is(first, w)))
    {
        return Some(code);
    }
    // "has 0 available pods", "0 running tasks", "0 healthy hosts": none left in that state,
    // as "no running pods" says.
    if first == "0" {
        if is(second, "available") {
            return Some(UNAVAILABLE);
        }
        if ["running", "healthy", "ready", "alive", "online"]
            .iter()
            .any(|w| is(second, w))
        {
            return Some(DOWN);
        }
    }
    // "does not have any instance running" (Cloud Foundry), "no instances running": no copy of
    // the application is up.
    if ["instance", "instances"].iter().any(|w| is(first, w))
        && is(second, "running")
        && ["no", "any", "0"].iter().any(|w| is(prior, w))
    {
        return Some(HOST | DOWN);
    }
    // "1 replicas are not running", "fewer ready replicas than desired", "alive coderd
    // replicas", "API server replicas are down": a workload's copies, which are up or down as
    // hosts are; a database's replica stays replication's word.
    if is(second, "replicas") {
        let state = |w: &str| {
            ["alive", "ready", "running", "healthy"]
                .iter()
                .any(|x| is(w, x))
        };
        // Whose replicas they are, or how many a workload wants ("total required replicas").
        let of_a_workload = [
            "server",
            "service",
            "operator",
            "webhook",
            "controller",
            "required",
            "desired",
        ]
        .iter()
        .any(|x| is(first, x));
        if state(first) || state(prior) || of_a_workload {
            return Some(HOST);
        }
    }
    if ["restarts", "crashes", "crash", "respawns", "relaunches"]
        .iter()
        .any(|w| is(second, w))
    {
        if let Some(n) = count(first) {
            return Some(by_count(n));
        }
    }
    let exits = |w: &str| {
        [
            "exit",
            "exits",
            "deaths",
            "terminations",
            "shutdowns",
            "crashes",
            "crash",
        ]
        .iter()
        .any(|x| is(w, x))
    };
    if is(first, "unexpected") && exits(second) {
        return Some(count(prior).map_or(RESTART, by_count));
    }
    // "exited unexpectedly", "died unexpectedly", "terminated unexpectedly": a process that
    // crashed (once; a count or a loop word says whether it keeps doing so).
    if is(second, "unexpectedly")
        && [
            "exited",
            "exits",
            "died",
            "dies",
            "terminated",
            "quit",
            "aborted",
        ]
        .iter()
        .any(|w| is(first, w))
    {
        return Some(RESTART);
    }
    // A supervisor's flapping process or container (god's "process is flapping", circus'
    // flapping watcher, a "ProcessFlapping" alert): one that keeps dying and being started
    // again. A link's, a check's, an HA instance's or a pod's readiness flapping stays a loop
    // word only, and so do Ceph OSDs marking each other down over a bad network.
    let supervised = |w: &str| {
        [
            "process",
            "processes",
            "watch",
            "watcher",
            "script",
            "daemon",
            "program",
            "circus",
            "container",
            "worker",
        ]
        .iter()
        .any(|x| is(w, x))
    };
    let flaps = |w: &str| ["flapping", "flapped", "flaps"].iter().any(|x| is(w, x));
    if (supervised(first) && flaps(second))
        || (supervised(prior) && is(first, "is") && flaps(second))
    {
        return Some(RESTART | LOOP);
    }
    // supervisord's `PROCESS_STATE_FATAL` (gave up after its start retries) and
    // `PROCESS_STATE_BACKOFF` events, Nomad's restart tracker "Exceeded allowed attempts": a
    // supervisor's own words for a process restarted until it gave up, wherever they are
    // carried (an `event` or a `restart_reason` label too).
    if (is(prior, "process")
        && is(first, "state")
        && (is(second, "fatal") || is(second, "backoff")))
        || (is(prior, "exceeded") && is(first, "allowed") && is(second, "attempts"))
    {
        return Some(RESTART | LOOP);
    }
    // "Health check failed for backend F_tile", "keepalived health check failing on lb-01",
    // Fastly's "backend healthcheck critical", "failed health checks": a check's verdict that
    // its target is down (POLICY.md rule 18), when the target is a host, backend or container;
    // a cluster's, a backup's or replication's health check says nothing of a host. A
    // service's own check in Consul ("service healthcheck failed") is the application's status,
    // which the policy leaves unsettled.
    let verdict = |w: &str| {
        ["failed", "failing", "fails", "critical"]
            .iter()
            .any(|x| is(w, x))
    };
    let check = |w: &str| is(w, "check") || is(w, "checks");
    let healthcheck = |w: &str| is(w, "healthcheck") || is(w, "healthchecks");
    if (is(prior, "health") && check(first) && verdict(second))
        || (healthcheck(first) && !is(prior, "service") && verdict(second))
        || (is(prior, "failed") && is(first, "health") && check(second))
    {
        return Some(DOWN);
    }
    // systemd's start rate limit ("hit its start rate limit", "start limit reached"): a unit
    // restarted until StartLimitBurst stopped it, not a rate limit on requests.
    let limit = |w: &str| is(w, "limit") || is(w, "limits");
    if (is(prior, "start") && is(first, "rate") && limit(second))
        || (is(first, "start") && limit(second) && !is(prior, "session"))
    {
        return Some(RESTART | LOOP);
    }
    // "5 crash mails in 5m", "12 restart events", "6 unexpected exits of mailer": two or more
    // crashes counted under another noun are a loop too (POLICY.md rule 7); "unexpected exits"
    // uncounted are crashes.
    let counted = count(prior).is_some_and(|n| n >= 2);
    if ["crash", "restart", "respawn"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        && counted
        && second.len() > 3
        && second.ends_with(['s', 'S'])
    {
        return Some(RESTART | LOOP);
    }
    // strerror's "No route to host" and "Network is unreachable", NATS' "no servers available",
    // French "hôte impossible à atteindre", German "nicht erreichbaren Host": a client saying its
    // peer is not there (POLICY.md rule 11). "Host is down" is prose as often as an errno's text,
    // so it stays with the subject's `down` rule.
    if (is(prior, "no") && is(first, "route") && is(second, "to"))
        || (is(prior, "network")
            && is(first, "is")
            && (is(second, "down") || is(second, "unreachable")))
        || (is(prior, "no")
            && ["servers", "brokers", "nodes", "hosts"]
                .iter()
                .any(|w| is(first, w))
            && is(second, "available"))
        || (is(prior, "impossible") && is(first, "à") && is(second, "atteindre"))
        || (is(prior, "nicht") && is(first, "erreichbaren") && is(second, "host"))
    {
        return Some(HOST | DOWN | GONE);
    }
    // Said in prose too ("the node may not be available during upgrades"), these are read as
    // down only where a subject or a quoted line says them.
    if (is(prior, "not") && is(first, "be") && is(second, "available"))
        || (is(first, "en") && is(second, "panne"))
        || (is(prior, "fuera") && is(first, "de") && is(second, "servicio"))
    {
        return Some(DOWN | UNAVAILABLE);
    }
    if ((["unable", "failed", "failure"].iter().any(|w| is(prior, w)) && is(first, "to"))
        || ((is(prior, "could") || is(prior, "can")) && (is(first, "not") || is(first, "t"))))
        && is(second, "connect")
    {
        return Some(NOCONNECT);
    }
    // node-problem-detector's "docker is functioning properly", "kubelet is working properly":
    // a component said to be well, as a recovery says it ("is not working properly" is not).
    if is(second, "properly")
        && (is(first, "functioning") || is(first, "working"))
        && !is(prior, "not")
        && !is(prior, "t")
    {
        return Some(RECOVERED);
    }
    // "système de fichiers", "sistema de archivos", "sistemul de fișiere": a file system.
    if ["système", "sistema", "sistemul"]
        .iter()
        .any(|w| is(prior, w))
        && is(first, "de")
        && ["fichiers", "archivos", "arquivos", "fitxers", "fișiere"]
            .iter()
            .any(|w| is(second, w))
    {
        return Some(DISK);
    }
    // "DB pool utilization high", "DB primary pool at 84% utilization": a database's pool, on
    // the client, is a pool of connections to it (a storage pool belongs to a disk array).
    let database = |w: &str| is(w, "db") || is(w, "database");
    if (is(second, "pool") || is(second, "pools"))
        && (database(first) || (database(prior) && first.bytes().all(|b| b.is_ascii_lowercase())))
    {
        return Some(CONN | POOL);
    }
    // InnoDB Cluster's "1 member is not active", "The ipmiseld service is not active": said of
    // a member or a service, not running. A title's "routers not active" names a state of a
    // resource's record, said otherwise.
    if is(first, "not")
        && is(second, "active")
        && ["is", "are", "was", "were"].iter().any(|w| is(prior, w))
    {
        return Some(DOWN);
    }
    // "The HANA system is not up and running": the negation reaches "running" past the idiom.
    if (is(prior, "not") || is(prior, "t")) && is(first, "up") && is(second, "and") {
        return Some(NOT);
    }
    // "The connection to the server was refused", "connection has been refused": the refusal
    // said as what befell the connection. A socket that "refused connections" is a listener
    // turning clients away, said otherwise.
    if is(second, "refused") && (is(first, "was") || is(first, "been")) {
        return Some(STATED | REFUSED);
    }
    // Kafka's NetworkClient: "Connection to node 2 (...) could not be established."
    if is(prior, "not") && is(first, "be") && is(second, "established") {
        return Some(NOCONNECT);
    }
    // "for a reason other than CrashLoopBackOff", "any status except 429": the word after an
    // exclusion names what the alert is not about.
    if (first.eq_ignore_ascii_case("than") && prior.eq_ignore_ascii_case("other"))
        || first.eq_ignore_ascii_case("except")
        || first.eq_ignore_ascii_case("excluding")
    {
        return Some(0);
    }
    // "has restarted 1 times": one restart is not a loop (POLICY.md rule 7), however the
    // template pluralises it.
    if second.eq_ignore_ascii_case("times") && matches!(first, "0" | "1") {
        return Some(0);
    }
    if first.eq_ignore_ascii_case("attempt") && prior.eq_ignore_ascii_case("restart") {
        if let Some(n) = count(second) {
            return Some(if n >= 2 { LOOP } else { 0 });
        }
    }
    // "Threshold Crossed: 3 out of the last 3 datapoints" (CloudWatch's state reason): a count
    // of datapoints, not a resource run out.
    if second.eq_ignore_ascii_case("out")
        && !first.is_empty()
        && first.bytes().all(|b| b.is_ascii_digit())
    {
        return Some(0);
    }
    with_lowercase(second, |second| {
        words()
            .phrases
            .get(second)?
            .iter()
            .find(|(a, _)| first.eq_ignore_ascii_case(a))
            .map(|&(_, c)| c)
    })
    .or_else(|| {
        // "Неуспешно търсене": an ASCII comparison does not fold Cyrillic or Greek capitals,
        // so a capitalised non-ASCII word is looked up again in lower case (rarely: only
        // such words get here, and only when the first lookup failed).
        let capital = |w: &str| !w.is_ascii() && w.chars().any(char::is_uppercase);
        if !capital(first) && !capital(second) {
            return None;
        }
        let (first, second) = (first.to_lowercase(), second.to_lowercase());
        INTL_PHRASES
            .iter()
            .find(|(a, b, _)| second == *b && first == *a)
            .map(|(_, _, c)| *c)
    })
}

/// Where the program's own words stand after prose that introduces them with a colon.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoted {
    /// On the same line: "Top error in the logs: getaddrinfo ENOTFOUND db-1", "Sample: …".
    After,
    /// On the lines below: "Last lines of output:", "stderr:", "出力の最後の行:". A check's
    /// "Output:   Used: 97.4%" on one line is its measure, read by `check_output`, and a "Last
    /// matching line:" heads a pattern's match, not a program's output.
    Below,
}

/// The last word of prose that introduces a program's own words, and where they stand.
const INTRODUCERS: &[(&str, Quoted)] = &[
    ("error", Quoted::After),
    ("exception", Quoted::After),
    ("sample", Quoted::After),
    ("log", Quoted::After),
    ("line", Quoted::After),
    ("message", Quoted::After),
    ("reason", Quoted::After),
    ("cause", Quoted::After),
    // Graylog's event notification lists the messages that matched under "Backlog:".
    ("backlog", Quoted::After),
    ("output", Quoted::Below),
    ("stderr", Quoted::Below),
    ("stdout", Quoted::Below),
    ("ausgabe", Quoted::Below),
    ("sortie", Quoted::Below),
    ("salida", Quoted::Below),
    ("saída", Quoted::Below),
    ("uitvoer", Quoted::Below),
    ("wyjścia", Quoted::Below),
    ("вывода", Quoted::Below),
    ("виводу", Quoted::Below),
    ("出力", Quoted::Below),
    ("输出", Quoted::Below),
    ("輸出", Quoted::Below),
    ("출력", Quoted::Below),
];

/// Whether `head`, the prose before a colon, introduces a program's own words standing at
/// `place`: a short head whose last word is an introducer ("Most frequent error (web-3)": the
/// host in parentheses says where the error was seen; the word before it introduces the line).
fn introduces_a_quote(head: &str, place: Quoted) -> bool {
    let head = head.trim_end();
    if head.chars().count() > 60 {
        return false;
    }
    let head = head
        .strip_suffix(')')
        .and_then(|h| h.rsplit_once(" ("))
        .map_or(head, |(h, _)| h);
    let last = head.rsplit(' ').next().unwrap_or(head);
    let last = last.rsplit('(').next().unwrap_or(last);
    with_lowercase(last, |last| {
        let singular = last.strip_suffix('s').unwrap_or(last);
        INTRODUCERS.iter().any(|&(word, at)| {
            at == place
                && (last == word || singular == word || (!word.is_ascii() && head.contains(word)))
        })
    })
}

/// Whether a line ends in a colon after words that say a program's output follows below.
fn heads_a_block(sentence: &str) -> bool {
    sentence
        .trim_end()
        .strip_suffix(':')
        .is_some_and(|head| introduces_a_quote(head, Quoted::Below))
}

/// Whether `sentence` is a quoted log line (`nginx[1207]: …`, `ERROR …`, `level=error …`,
/// `fatal: …`): a program's own statement of what happened, read like a subject, where prose
/// around it ("hosts may go down") is not.
fn is_log_line(sentence: &str) -> bool {
    // A quoted line may come in its quotes ("Sample: `nginx[1207]: …`").
    let line = sentence
        .trim_start()
        .trim_start_matches(['`', '"', '\'', '«', '“']);
    if line.starts_with('{') {
        return json_level_end(line).is_some();
    }
    // Timestamps and bracketed prefixes come before the program or level.
    let line = line.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '-' | ':' | '.' | 'T' | 'Z' | '+' | ' ' | '/' | ',')
    });
    let word_end = line
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | '@')))
        .unwrap_or(line.len());
    let (word, rest) = line.split_at(word_end);
    if word.is_empty() {
        if after_bracketed_header(line).is_some() {
            return true;
        }
        return LEVELS.iter().chain(BRACKETED_LEVELS).any(|level| {
            line.strip_prefix('[')
                .and_then(|l| l.strip_prefix(level))
                .is_some_and(|l| l.starts_with(']'))
        });
    }
    // `nginx[1207]: `, and syslog's `web-3 nginx[1207]: ` with the host first.
    if opens_with_pid(rest) || after_syslog_host(line).is_some() {
        return true;
    }
    if LEVELS.contains(&word) && rest.starts_with([' ', ':', ']']) {
        return true;
    }
    if matches!(word, "fatal" | "error" | "panic") && rest.starts_with(": ") {
        return true;
    }
    // klog's error and fatal lines, as Kubernetes components write them (`E1201 10:20:31.123456`).
    if word.len() == 5
        && word.starts_with(['E', 'F'])
        && word[1..].bytes().all(|b| b.is_ascii_digit())
        && rest.starts_with(' ')
        && rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // `Caused by: …`, a Java stack trace's cause.
    if word == "Caused" && rest.starts_with(" by: ") {
        return true;
    }
    // An exception or error raised with its type (`java.net.UnknownHostException: db-1`,
    // `redis.exceptions.TimeoutError: …`, `Npgsql.NpgsqlException (0x80004005): …`,
    // `Error: getaddrinfo ENOTFOUND`): the program's own account of what failed.
    let type_name = word.rsplit(['.', ':', '/']).next().unwrap_or(word);
    if names_an_error_type(type_name) && (rest.starts_with(": ") || rest.starts_with(" (")) {
        return true;
    }
    word == "level"
        && ["=error", "=fatal", "=crit", "=critical"]
            .iter()
            .any(|l| rest.starts_with(l))
}

/// Whether a sentence opens an item of a list ("- timeout reading from db-1", "* …", "• …").
fn lists_an_item(sentence: &str) -> bool {
    let line = sentence.trim_start();
    ["- ", "* ", "• "]
        .iter()
        .any(|marker| line.starts_with(marker))
}

/// A sentence that introduces a quoted line after a colon ("Most frequent error:
/// java.net.UnknownHostException: db-1", "Top error in the logs: getaddrinfo ENOTFOUND db-1") as
/// two pieces, the prose and the line, so that the line is read as a quoted line, with its own
/// words; any other sentence whole. The second item says whether prose introduced the piece as an
/// error ("…error:", "Sample:"), which makes it a quoted line even in no log line's shape.
fn quote_apart(sentence: &str) -> impl Iterator<Item = (&str, bool)> {
    let split = (!is_log_line(sentence))
        .then(|| {
            sentence
                .match_indices(": ")
                .take(3)
                .map(|(at, _)| at)
                .filter(|&at| at + 2 < sentence.len())
                .find_map(|at| {
                    let introduces = introduces_a_quote(&sentence[..at], Quoted::After);
                    (introduces || is_log_line(&sentence[at + 2..])).then_some((at, introduces))
                })
        })
        .flatten();
    let (prose, line) = match split {
        Some((at, introduces)) => (
            (&sentence[..at + 1], false),
            Some((&sentence[at + 2..], introduces)),
        ),
        None => ((sentence, false), None),
    };
    std::iter::once(prose).chain(line)
}

/// Whether `name` is an error type's name: `Error`, `SocketTimeoutException`, `OperationalError`,
/// `SoapFault`; an upper-case first letter, as types are written, so "error" in prose is not one.
fn names_an_error_type(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && ["Exception", "Error", "Fault", "Exc"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
}

/// What a log line says after its timestamp and level (`2026-03-14 03:41:07 ERROR`, `[ERROR]`,
/// `level=error`, `fatal:`); the line itself when it has no level.
fn log_message(line: &str) -> &str {
    if let Some(end) = line
        .trim_start()
        .starts_with('{')
        .then(|| json_level_end(line))
        .flatten()
    {
        return &line[end..];
    }
    // Syslog's host before the program (`api-park-19 systemd[1]: …`) names where, not what.
    if let Some(program) = after_syslog_host(line) {
        return program;
    }
    if let Some(message) = after_bracketed_header(line) {
        return message;
    }
    let mut words = line.split_inclusive(' ');
    let mut at = 0;
    for word in words.by_ref().take(4) {
        let bare = word.trim_end().trim_matches(['[', ']', ':']);
        at += word.len();
        let bracketed = word.starts_with('[') && word.trim_end().ends_with(']');
        let level = LEVELS.contains(&bare)
            || (bracketed && BRACKETED_LEVELS.contains(&bare))
            || matches!(bare, "fatal" | "error" | "panic")
            || ["level=error", "level=fatal", "level=crit", "level=critical"].contains(&bare);
        if level {
            return past_logger_name(past_reporting_plugin(past_spring_thread(&line[at..])));
        }
    }
    line
}

/// The message after a log line's bracketed header, when the line opens with one: Couchbase's
/// `[user:info,2026-12-05T16:41:07.330Z,ns_1@cb-1:<0.315.0>:ns_node_disco:handle_info]` (no
/// space inside, its fields joined by colons and commas) or Geode's `[info 2026/12/05
/// 16:41:07.552 UTC server-1 <View Message Processor1> tid=0x5f]` (a lower-case level and a
/// date). The header says who logged and where, in module and thread names ("ns_node_disco",
/// "View Message Processor") that are no statement.
fn after_bracketed_header(line: &str) -> Option<&str> {
    let inner = line.trim_start().strip_prefix('[')?;
    let close = inner.find(']').filter(|&close| close <= 200)?;
    let (header, rest) = (&inner[..close], &inner[close + 1..]);
    let fields = !header.contains(char::is_whitespace)
        && header.contains(':')
        && (header.contains(',') || header.contains('@'));
    let leveled = header.split_once(' ').is_some_and(|(level, after)| {
        matches!(
            level,
            "info" | "warning" | "warn" | "error" | "fatal" | "severe" | "fine" | "config"
        ) && after.starts_with(|c: char| c.is_ascii_digit())
    });
    let message = rest.trim_start();
    ((fields || leveled) && !message.is_empty()).then_some(message)
}

/// Whether `rest`, what follows a program's name, is its process id and a colon (`[1207]: `).
fn opens_with_pid(rest: &str) -> bool {
    rest.strip_prefix('[').is_some_and(|pid| {
        let digits = pid.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && pid[digits..].starts_with("]:")
    })
}

/// The program and message of a syslog line that opens with its host (`web-3 nginx[1207]: …`).
fn after_syslog_host(line: &str) -> Option<&str> {
    let (host, program) = line.trim_start().split_once(' ')?;
    let name = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '/');
    let name_end = program.find(|c: char| !name(c)).unwrap_or(program.len());
    (!host.is_empty()
        && host.chars().all(|c| name(c) || c == '@')
        && name_end > 0
        && opens_with_pid(&program[name_end..]))
    .then_some(program)
}

/// A Spring Boot line's message without its process id and bracketed application and thread
/// names (`1 --- [HikariPool-1 connection adder] o.p.Driver : …`), or a log4j line's without its
/// bracketed thread: a thread named for a pool or for I/O says which thread logged, not that
/// a pool or a disk failed.
fn past_spring_thread(message: &str) -> &str {
    // Scylla's and log4j's `LEVEL  2026-12-05 16:41:07,412 [shard 0:gossip] gossip - …`: the
    // time comes between the level and the thread.
    let undated = message.trim_start().trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '-' | ':' | ',' | '.' | ' ' | 'T' | 'Z' | '/')
    });
    let message = if undated.len() < message.len() && undated.starts_with('[') {
        undated
    } else {
        message
    };
    let pid = message.bytes().take_while(u8::is_ascii_digit).count();
    // log4j's and Logback's `LEVEL [thread] logger - message` (Qpid's "INFO [IO-/10.20.0.5:41234]
    // (q.m.v.filesystem_full) - …"): the thread's name in brackets right after the level.
    let thread_first = pid == 0 && message.trim_start().starts_with('[');
    let Some(mut rest) = message[pid..]
        .trim_start()
        .strip_prefix("--- ")
        .or_else(|| thread_first.then(|| message.trim_start()))
    else {
        return message;
    };
    while let Some(bracketed) = rest.trim_start().strip_prefix('[') {
        match bracketed.split_once(']') {
            Some((_, after)) => rest = after,
            None => return message,
        }
    }
    // WildFly's `LEVEL [category] (thread) message`: its threads are named in words
    // ("default task-18", "ServerService Thread Pool -- 65"); Qpid's `(q.m.v.filesystem_full)`
    // after the thread is the message's code, one word, and stays.
    if thread_first {
        if let Some((thread, after)) = rest
            .trim_start()
            .strip_prefix('(')
            .and_then(|r| r.split_once(')'))
        {
            if thread.contains(' ') {
                rest = after;
            }
        }
    }
    rest.trim_start()
}

/// A MySQL line's message without the plugin that logged it (`Plugin group_replication
/// reported: 'Member with address db-3:3306 has become unreachable.'`): the plugin's name says
/// which part of the server wrote the line, not that replication broke.
fn past_reporting_plugin(message: &str) -> &str {
    message
        .strip_prefix("Plugin ")
        .and_then(|rest| rest.split_once(' '))
        .and_then(|(_, rest)| rest.strip_prefix("reported: "))
        .unwrap_or(message)
}

/// A line's message without the logger's qualified name before it
/// (`Orleans.Runtime.MembershipService.MembershipTableManager: …`,
/// `c.n.e.registry.AbstractInstanceRegistry  : …`): the class that logged, not what failed. An
/// error type in that place (`java.net.UnknownHostException: db-1`) is the message and stays.
fn past_logger_name(message: &str) -> &str {
    let end = message.find(char::is_whitespace).unwrap_or(message.len());
    let (word, rest) = message.split_at(end);
    let (name, colon) = match word.strip_suffix(':') {
        Some(name) => (name, true),
        None => (word, false),
    };
    let segments: Vec<&str> = name.split('.').collect();
    let class = segments.last().copied().unwrap_or("");
    // Python's exception types live in modules named for them (`psycopg2.errors.DiskFull`,
    // `requests.exceptions.ReadTimeout`) and need no "Error" in their own names.
    let raised = names_an_error_type(class)
        || segments
            .iter()
            .any(|segment| matches!(*segment, "errors" | "exceptions" | "exc" | "error"));
    let logger = segments.len() >= 3
        && segments.iter().all(|segment| {
            !segment.is_empty()
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$'))
        })
        && class.starts_with(|c: char| c.is_ascii_uppercase())
        && !raised;
    if !logger {
        return message;
    }
    let rest = rest.trim_start();
    let after = if colon {
        Some(rest)
    } else {
        rest.strip_prefix(": ").or_else(|| rest.strip_prefix("- "))
    };
    after.filter(|a| !a.is_empty()).unwrap_or(message)
}

/// Where the level of a JSON log line ends when it is an error's (`{"level":"error",…`, zap,
/// logrus, ECS's `"log.level"`, python-json-logger's `"levelname":"ERROR"`, pino's and bunyan's
/// `"level":50`): what follows is the line's message and fields.
fn json_level_end(line: &str) -> Option<usize> {
    const KEYS: &[&str] = &[
        "\"level\"",
        "\"log.level\"",
        "\"levelname\"",
        "\"severity\"",
        "\"lvl\"",
        "\"@l\"",
    ];
    KEYS.iter().find_map(|key| {
        let at = line.find(key)? + key.len();
        let rest = &line[at..];
        let value = rest.trim_start().strip_prefix(':')?.trim_start();
        let quoted = value.strip_prefix('"');
        let body = quoted.unwrap_or(value);
        let len = body
            .find(|c: char| matches!(c, '"' | ',' | '}') || c.is_whitespace())
            .unwrap_or(body.len());
        let level = &body[..len];
        let error = if quoted.is_some() {
            [
                "error", "err", "fatal", "critical", "crit", "panic", "emerg", "alert", "severe",
            ]
            .iter()
            .any(|l| level.eq_ignore_ascii_case(l))
        } else {
            // pino's and bunyan's numbers: 50 is error, 60 fatal.
            matches!(level, "50" | "60")
        };
        error.then(|| line.len() - body.len() + len + usize::from(quoted.is_some()))
    })
}

/// Whether `sentence` opens with an exception's class and a colon, as an error tracker titles
/// an issue ("HTTPStatusError: Client error '422 Unprocessable Entity' for url ..."): one error
/// raised, however many times.
fn names_a_raised_error(sentence: &str) -> bool {
    let Some((class, _)) = sentence.trim_start().split_once(": ") else {
        return false;
    };
    !class.is_empty()
        && class
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | ':' | '\\' | '_' | '$'))
        && (class.ends_with("Error") || class.ends_with("Exception"))
}

/// Log levels, in capitals, that open a line of a program's log. A log alert quotes the line it
/// matched whatever its level: Kafka's client gives up on a request at INFO, Qpid reports a
/// full store at INFO and WARN.
const LEVELS: &[&str] = &[
    "ERROR", "FATAL", "CRITICAL", "CRIT", "PANIC", "ERR", "SEVERE", "EMERG", "ALERT", "WARN",
    "WARNING", "INFO", "NOTICE",
];

/// Levels written in brackets in mixed case (MySQL's `[Warning]`, `[Note]`, `[System]`;
/// Serilog's `[Information]`): only bracketed are they a level, not a sentence's first word.
const BRACKETED_LEVELS: &[&str] = &[
    "Error",
    "Warning",
    "Note",
    "System",
    "Information",
    "Warn",
    "Info",
    "Debug",
    "DEBUG",
    "Verbose",
    "Trace",
    "TRACE",
];

/// The sentences of `text`: split after `.`, `!`, `?` or `;` followed by white space, and at
/// line breaks, so that host names and numbers (`10.0.0.4`, `osd.12`) stay whole.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            let end = b == b'\n'
                || (matches!(b, b'.' | b'!' | b'?' | b';')
                    && bytes.get(i).is_none_or(|n| n.is_ascii_whitespace()));
            if end && i - start > 1 {
                let sentence = &text[start..i];
                start = i;
                return Some(sentence);
            }
        }
        (start < bytes.len()).then(|| {
            let sentence = &text[start..];
            start = bytes.len();
            sentence
        })
    })
}

/// The concepts of an HTTP status code label value: `504` is an upstream timeout, `429` rate
/// limiting, other 5xx/4xx codes errors.
fn status_code(value: &str) -> Concepts {
    match value {
        // Cloudflare's 522 and 524: the origin did not accept the connection, or did not answer,
        // in time.
        "504" | "522" | "524" => HTTP504,
        "429" => HTTP429,
        // 408 Request Timeout: the client did not finish its request in time (POLICY.md rule 15),
        // neither a dependency's timeout nor a server error.
        "408" => CLIENT | TIMEOUT,
        v if v.len() == 3
            && (v.starts_with('5') || v.starts_with('4'))
            && v.bytes().all(|b| b.is_ascii_digit() || b == b'x') =>
        {
            HTTP5XX
        }
        _ => 0,
    }
}

/// Suffixes that end a host name (`api.example.com`, `payments.internal`, `db.svc`).
const HOST_SUFFIXES: &[&str] = &[
    "com", "net", "org", "io", "internal", "local", "svc", "cluster", "dev", "cloud", "co", "de",
    "fr", "uk", "eu", "us", "info", "biz", "lan", "corp", "intra", "example",
];

/// Whether `run`, a slice of `text`, is a URL scheme (`https` before `://`) or a label of a host
/// name: words joined by dots and ending in a host suffix.
fn in_address(text: &str, run: &str) -> bool {
    let start = offset_in(text, run);
    let end = start + run.len();
    if text[end..].starts_with("://") {
        return true;
    }
    let bytes = text.as_bytes();
    let near = |at: usize| bytes.get(at) == Some(&b'.');
    let dotted = (start > 0 && near(start - 1)) || near(end);
    if !dotted {
        return false;
    }
    let (left, right) = dotted_span(text, run);
    let name = text[left..right].trim_end_matches(['.', '-', '_']);
    name.rsplit_once('.').is_some_and(|(head, last)| {
        // Host names are case-insensitive: "RICOH-1.LAB.EXAMPLE" in an upper-case log line.
        !head.is_empty() && HOST_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(last))
    })
}

/// Whether a CloudWatch metric measures a disk's I/O although its name says only latency: RDS's
/// and EBS's `ReadLatency`/`WriteLatency` are "the average amount of time taken per disk I/O
/// operation" (AWS's metric reference), which the alarm's `namespace` tells.
fn measures_disk_io(labels: &LabelMap, metric: &str) -> bool {
    in_storage_namespace(labels) && DISK_IO_METRICS.contains(&metric)
}

/// CloudWatch's metrics of a database's or volume's disk I/O time, though named latency.
const DISK_IO_METRICS: [&str; 4] = [
    "ReadLatency",
    "WriteLatency",
    "ReadLatencyLocal",
    "WriteLatencyLocal",
];

fn in_storage_namespace(labels: &LabelMap) -> bool {
    labels
        .get("namespace")
        .is_some_and(|ns| ["AWS/RDS", "AWS/EBS", "AWS/DocDB", "AWS/Neptune"].contains(&ns.as_str()))
}

/// Whether the alert's own metric (`metric_name`, or the alertname a detector built from it:
/// "[prod] AWS/RDS Read Latency") measures a disk's I/O although its name says latency
/// (`measures_disk_io`): the word stage reads it as disk I/O, and `classify/mod.rs` lets no
/// symptom pattern read from its name decide.
pub(super) fn measures_only_disk_io(labels: &LabelMap) -> bool {
    let named = || {
        labels.get("alertname").is_some_and(|name| {
            let compact: String = name.split_whitespace().collect();
            DISK_IO_METRICS
                .iter()
                .any(|metric| compact.ends_with(metric))
        })
    };
    labels
        .get("metric_name")
        .is_some_and(|metric| measures_disk_io(labels, metric))
        || (in_storage_namespace(labels) && named())
}

/// How the word being read is qualified by the words before it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Negated {
    No,
    /// After "might", "maybe", "possibly", "perhaps": a decisive word is only guessed.
    Hedged,
    /// After "not", "no", "nicht": the word means its opposite (`negation`).
    Not,
    /// After a word of failure ("unable", "failed", "nelze"): the word is what failed
    /// (`failed_to`).
    Failed,
}

/// What a verb means when a word of failure comes before it: a lookup that failed found
/// nothing. Other verbs keep their meaning; the failure word is read on its own.
fn failed_to(concepts: Concepts) -> Concepts {
    if concepts & FIND != 0 {
        NOTFOUND
    } else if concepts & REACHABLE != 0 {
        // "تعذر الوصول", "failed to reach": what could not be reached is down.
        DOWN | NOREPLY
    } else {
        concepts
    }
}

/// What a word means negated ("not running", "no response", "Running: no").
/// Words that name what happened on their own.
const DECISIVE: Concepts = OOM | DEADLOCK | CRASHLOOP | DNSFAIL | HTTP5XX;

/// Words that make what follows a guess ("is probably deadlocked"). Not "may": it is a month
/// in log lines' dates.
const HEDGES: &[&str] = &[
    "might",
    "maybe",
    "possibly",
    "perhaps",
    "likely",
    "probably",
    "presumably",
];

fn negation(concepts: Concepts) -> Concepts {
    match concepts {
        // "does not respond", "not reachable": an answer that stopped coming.
        c if c & (REPLY | REACHABLE) != 0 => DOWN | NOREPLY,
        // "no response from host": the same answer, missing.
        c if c & RESPONSE != 0 => NOREPLY,
        c if c & (READY | RUNNING) != 0 => DOWN,
        c if c & FREE != 0 => UNAVAILABLE | NOT | FREE,
        c if c & ENOUGH != 0 => FEW | NOT | ENOUGH,
        // "Laitteella ei ole tilaa", "no space on the device": none of it is left.
        SPACE => SPACE | FEW,
        // "no OOM kills", "no deadlocks", "zero 5xx", "no restart was made", "no ratelimited
        // responses", "no ThrottledRequests": a decisive word negated says the opposite.
        c if c & (DECISIVE | RESTART | RATELIMIT | THROTTLE) != 0 => 0,
        // "NoFrequentDockerRestart", "not repeatedly": no loop.
        c if c & LOOP != 0 => c & !LOOP,
        // "messages not consumed" are waiting.
        c if c & CONSUMPTION != 0 => PENDING,
        // "no pending jobs", "no backlog": nothing is waiting.
        c if c & (PENDING | BACKLOG) != 0 => 0,
        // "nicht aufgelöst", "cannot be resolved": a resolution that failed.
        c if c & RESOLVE != 0 => c | FAIL,
        // "non è riuscita", "not successful": an attempt that failed.
        c if c & SUCCESS != 0 => FAIL,
        // "not found", "nicht gefunden", "не существует": a lookup that found nothing.
        c if c & FIND != 0 => NOTFOUND,
        c => c,
    }
}

/// What follows `word`, a slice of `text`, after the first of `separators` found right after
/// it: the value a stats or status line gives it (`Timeouts=0` → `0`, `Ready: False` → `False`).
fn value_of<'t>(text: &'t str, word: &str, separators: &[&str]) -> Option<&'t str> {
    let after = &text[offset_in(text, word) + word.len()..];
    separators.iter().find_map(|sep| after.strip_prefix(sep))
}

/// Concepts a word may carry and still be read as a service's name when it is said to be down.
const SERVICE_LIKE: Concepts = REQUEST | CONSUMER | SERVICE | NETNAME;

/// Whether a word that elsewhere counts requests or names a broker names a service: "API",
/// "HTTP", "website", "Kafka". "Requests", "traffic" and "throughput" that are down fell.
fn names_a_service(word: &str) -> bool {
    const NOT_A_SERVICE: [&str; 12] = [
        "request",
        "requests",
        "requisições",
        "requisicoes",
        "solicitudes",
        "traffic",
        "throughput",
        "rate",
        "rates",
        "calls",
        "call",
        "qps",
    ];
    !NOT_A_SERVICE.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// When `word`, a slice of `text`, is the subject of a sentence saying it is down ("Kafka is
/// down", "Velero is currently offline", "Keycloak is not running"), or in the noun phrase before
/// the verb ("HTTP service is down on portal-1"): how many words on the verb comes, 0 for the
/// subject itself. A figure that went down ("is down 40%", "is down by half", "down to 3") is
/// not a service down, nor is a function unavailable ("unavailable for writes").
fn said_to_be_down(text: &str, word: &str) -> Option<usize> {
    // Not "went down": figures go down ("orders per minute went down").
    // Portuguese and Spanish put the protocol after the noun ("Serviço HTTP está parado").
    const VERBS: [&str; 19] = [
        "is currently ",
        "are currently ",
        "is now ",
        "has been ",
        // Statping's "has been offline" in its translations; before "è " and "est ".
        "a été ",
        "ha estado ",
        "è stato ",
        "è stata ",
        "seems to be ",
        "appears to be ",
        "is ",
        "are ",
        "was ",
        "está ",
        "esta ",
        "ist ",
        "è ",
        "es ",
        "est ",
    ];
    const STATES: [&str; 27] = [
        "down",
        "not accepting connections",
        "offline",
        "unavailable",
        "unreachable",
        "not running",
        "not responding",
        "not reachable",
        "not available",
        "parado",
        "parada",
        "inacessível",
        "inacessivel",
        "fora do ar",
        "caído",
        "detenido",
        "unerreichbar",
        "nicht erreichbar",
        "onbereikbaar",
        "niet bereikbaar",
        "irraggiungibile",
        "non raggiungibile",
        "inaccessible",
        "injoignable",
        "hors ligne",
        "inalcanzable",
        "caido",
    ];
    let mut rest = &text[offset_in(text, word) + word.len()..];
    for words_on in 0..3 {
        // A template's Markdown code span ("Vault instance `10.244.2.8:9410` is down") quotes
        // the name as quotation marks do.
        let trimmed = rest.trim_start_matches([' ', '"', '\'', '\u{2019}', '`']);
        if trimmed.len() == rest.len() {
            // The word goes on ("API-gateway", "kafka_exporter") or the sentence ends.
            return None;
        }
        if let Some(after_verb) = VERBS
            .iter()
            .find_map(|verb| strip_prefix_ignore_case(trimmed, verb))
        {
            let down = STATES.iter().any(|state| {
                strip_prefix_ignore_case(after_verb, state).is_some_and(|after| {
                    let next = after.trim_start();
                    let for_what = strip_prefix_ignore_case(next, "for ").is_some_and(|what| {
                        !what.starts_with(|c: char| c.is_ascii_digit())
                            && !["more", "over", "the last", "longer", "at least"]
                                .iter()
                                .any(|w| strip_prefix_ignore_case(what, w).is_some())
                    });
                    !after.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                        && !next.starts_with(|c: char| c.is_ascii_digit())
                        && !for_what
                        && !["by ", "to ", "from ", "compared", "than ", "the "]
                            .iter()
                            .any(|w| strip_prefix_ignore_case(next, w).is_some())
                })
            });
            return down.then_some(words_on);
        }
        let end = trimmed
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')))
            .unwrap_or(trimmed.len());
        if end == 0 || trimmed[..end].ends_with('.') {
            return None;
        }
        rest = &trimmed[end..];
    }
    None
}

/// Whether `word` (a part of `text`) is followed by "intervention" ("manual intervention").
fn asks_for_intervention(text: &str, word: &str) -> bool {
    let after = text[offset_in(text, word) + word.len()..].trim_start_matches(' ');
    strip_prefix_ignore_case(after, "intervention").is_some()
}

/// Whether `word` (a part of `text`) is followed by "image": a disk image is a file.
fn names_an_image(text: &str, word: &str) -> bool {
    let after = text[offset_in(text, word) + word.len()..].trim_start_matches([' ', '-']);
    after
        .get(..5)
        .is_some_and(|next| next.eq_ignore_ascii_case("image"))
}

/// `text` without `prefix` when it starts with it, ASCII case ignored.
fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    text.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .map(|_| &text[prefix.len()..])
}

/// States a check reports as a yes/no field.
const STATES: Concepts = READY | RUNNING | REACHABLE | REPLY;

/// Whether `word`, a slice of `text`, is given a negative answer: `Is running: no`,
/// `Ready=False`, `reachable: false` (Checkmk's and Kubernetes' condition fields).
fn stated_false(text: &str, word: &str) -> bool {
    let Some(value) = value_of(text, word, &["=", ": ", " = ", ":", " "]) else {
        return false;
    };
    let mut answers = value
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    let mut answer = answers.next().unwrap_or("");
    // Kubernetes' "Node 'edge-2' has ready status 'False'": the condition's status, named.
    if answer.eq_ignore_ascii_case("status") {
        answer = answers.next().unwrap_or("");
    }
    // A node whose Ready condition is Unknown has stopped reporting: it is not ready either.
    answer.eq_ignore_ascii_case("no")
        || answer.eq_ignore_ascii_case("false")
        || (word.eq_ignore_ascii_case("ready") && answer.eq_ignore_ascii_case("unknown"))
}

/// Whether `word`, a slice of `text`, is the singular "timeout" followed by its value: a
/// duration (`timeout: 5s`, `Timeout=30s`, `timeout is PT60S`) or a bare number of
/// milliseconds or seconds (`connect-timeout: 1000`). A three-digit bare number may be an
/// HTTP status (`Gateway Timeout 504`) and is not read as a value; the plural counts events
/// (`Timeouts=12`).
fn set_to_a_duration(text: &str, word: &str) -> bool {
    if !word.eq_ignore_ascii_case("timeout") {
        return false;
    }
    // "Response took longer than timeout: PT10S": the limit that was passed.
    let start = offset_in(text, word);
    let before = text[..start].trim_end();
    if ["than", "exceeded", "reached", "hit"].iter().any(|w| {
        before
            .len()
            .checked_sub(w.len())
            .and_then(|at| before.get(at..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(w))
    }) {
        return false;
    }
    // "Response Timeout (s) 60 -> 120": a console's setting, its unit in parentheses.
    let after = &text[start + word.len()..];
    if let Some((unit, rest)) = after
        .strip_prefix(" (")
        .and_then(|rest| rest.split_once(") "))
    {
        if [
            "s",
            "ms",
            "sec",
            "seconds",
            "milliseconds",
            "min",
            "minutes",
        ]
        .iter()
        .any(|u| unit.eq_ignore_ascii_case(u))
            && rest.starts_with(|c: char| c.is_ascii_digit())
        {
            return true;
        }
    }
    let Some(value) = value_of(text, word, &["=", ": ", " = ", ":", " is ", " "]) else {
        return false;
    };
    let value = value
        .strip_prefix("PT")
        .or_else(|| value.strip_prefix("pt"))
        .unwrap_or(value);
    let digits = value.len() - value.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return false;
    }
    let unit = value[digits..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    const UNITS: [&str; 12] = [
        "ms",
        "s",
        "m",
        "h",
        "sec",
        "secs",
        "second",
        "seconds",
        "millis",
        "milliseconds",
        "min",
        "minutes",
    ];
    if UNITS.contains(&unit.as_str()) {
        return true;
    }
    unit.is_empty() && digits != 3 && !value[digits..].starts_with(['.', ','])
}

/// Events a stats line counts; a count of zero of one of them says it did not happen. A
/// quantity of zero ("free=0", "available: 0") is the opposite and is not among them.
const COUNTED_EVENTS: Concepts = TIMEOUT
    | ERROR
    | FAIL
    | RESTART
    | OOM
    | CRASHLOOP
    | DEADLOCK
    | HTTP5XX
    | HTTP504
    | HTTP429
    | REFUSED
    | REJECT
    | THROTTLE
    | DNSFAIL;

/// Whether `word`, a slice of `text`, is followed by a count of zero: `Timeouts=0`,
/// `errors: 0`, `restarts = 0` (not `0.5` or `0,5`, a fraction).
fn counted_none(text: &str, word: &str) -> bool {
    // "timeout_failure=0": the count's name goes on past the word.
    let start = offset_in(text, word);
    let suffix = text[start + word.len()..]
        .strip_prefix('_')
        .map_or(0, |rest| {
            1 + rest
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                .count()
        });
    let name = &text[start..start + word.len() + suffix];
    let Some(value) = value_of(text, name, &["=", ": ", " = ", ":"]) else {
        return false;
    };
    value.strip_prefix('0').is_some_and(|rest| {
        !rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | 'x' | 'X'))
    })
}

/// The words of an incident's title that say there is one.
const INCIDENT_WORDS: &[&str] = &[
    "incident",
    "incidents",
    "outage",
    "outages",
    "disruption",
    "disruptions",
    "interruption",
    "degraded",
    "degradation",
    "issue",
    "issues",
    "problem",
    "problems",
    // "API performance": the topic of a status page's incident, not a measure.
    "performance",
];

/// The words around them that say no more: its stage, its reach, its reports.
const STATUS_WORDS: &[&str] = &[
    "investigating",
    "identified",
    "monitoring",
    "update",
    "reports",
    "reported",
    "partial",
    "major",
    "minor",
    "operational",
    "intermittent",
    "ongoing",
    "affecting",
    "impacting",
    "service",
    "services",
];

/// What the parts an incident names may read as: names of hosts, services, APIs, gateways,
/// domains and cloud providers.
const INCIDENT_NAMES: Concepts = GENERIC_NAME | REQUEST | UPSTREAM | NETNAME | REMOTE;

/// Whether a status page's incident title says only that there is an incident and where
/// ("Incident with Pull Requests", "Disruption with some GitHub services", "We are investigating
/// reports of degraded performance."): its update text says what happened.
fn opens_as_an_incident(text: &str) -> bool {
    const OPENINGS: [&str; 5] = [
        "incident with ",
        "disruption with ",
        "we are investigating reports of degraded performance",
        "investigating reports of degraded performance",
        "degraded performance",
    ];
    let text = text.trim_start();
    OPENINGS.iter().any(|opening| {
        text.len() >= opening.len()
            && text.is_char_boundary(opening.len())
            && text[..opening.len()].eq_ignore_ascii_case(opening)
    })
}

/// Whether `word`, a slice of `text`, is a heading ("Backlog:") over words rather than a
/// measure given its value ("Backlog: 48310").
fn heads_a_list(text: &str, word: &str) -> bool {
    text[offset_in(text, word) + word.len()..]
        .strip_prefix(':')
        .is_some_and(|rest| {
            let rest = rest.trim_start();
            !rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Whether `word`, a slice of `text`, is followed by an ISO 8601 duration ("over PT5M").
fn iso_window_follows(text: &str, word: &str) -> bool {
    let after = &text.as_bytes()[offset_in(text, word) + word.len()..];
    after.len() > 4 && after[0] == b' ' && after[1..3] == *b"PT" && after[3].is_ascii_digit()
}

/// Whether `word`, a slice of `text`, opens a sentence with a time window: "Over the last 10
/// minutes, container … restarted 1 times" says when it was counted, not that a measure is over
/// its threshold. Later in a sentence ("95th percentile over the last 5 minutes") the window
/// still says which measure is high, and is kept.
fn time_window_follows(text: &str, word: &str) -> bool {
    let start = offset_in(text, word);
    let opens = text[..start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '\n' | ':' | '!'));
    let after = text[start + word.len()..].trim_start();
    opens
        && ["the last ", "the past ", "the previous ", "last ", "past "]
            .iter()
            .any(|window| strip_prefix_ignore_case(after, window).is_some())
}

/// Whether `run`, a slice of `text`, comes after a URL's `://` in the same token: the URL's
/// host, path or query.
fn past_scheme(text: &str, run: &str) -> bool {
    let start = offset_in(text, run);
    let token = text[..start]
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '<' | '[' | '"' | '\''))
        .map_or(0, |(at, c)| at + c.len_utf8());
    text[token..start].contains("://")
}

/// Whether `run`, a slice of `text`, is a weekday's abbreviation opening a date ("Sat Mar 25",
/// "Sat, 25 Mar 2026").
fn names_a_weekday(text: &str, run: &str) -> bool {
    const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    if !WEEKDAYS.contains(&run) {
        return false;
    }
    let after = &text[offset_in(text, run) + run.len()..];
    let rest = after.trim_start_matches([',', ' ']);
    (after.starts_with(',') && rest.starts_with(|c: char| c.is_ascii_digit()))
        || MONTHS.iter().any(|month| rest.starts_with(month))
}

/// Whether `run`, a slice of `text`, is a package or namespace segment of a qualified class
/// name: lower-case segments joined by dots before a capitalised class
/// (`java.util.concurrent.TimeoutException`, `pymongo.errors.NetworkTimeout`), or any segment
/// before an error type (`System.IO.IOException`). Host names have no capitalised last label.
fn in_package(text: &str, run: &str) -> bool {
    let end = offset_in(text, run) + run.len();
    if text.as_bytes().get(end) != Some(&b'.') {
        return false;
    }
    let (left, right) = dotted_span(text, run);
    let name = text[left..right].trim_end_matches(['.', '-', '_']);
    let Some((package, class)) = name.rsplit_once('.') else {
        return false;
    };
    names_an_error_type(class)
        || (package.contains('.')
            && class.starts_with(|c: char| c.is_ascii_uppercase())
            && class.bytes().any(|b| b.is_ascii_lowercase())
            && package
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_')))
}

/// Where the dotted name around `run`, a slice of `text`, starts and ends: the letters,
/// digits, dots, hyphens and underscores on either side.
fn dotted_span(text: &str, run: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let part = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_');
    let mut left = offset_in(text, run);
    while left > 0 && part(bytes[left - 1]) {
        left -= 1;
    }
    let mut right = offset_in(text, run) + run.len();
    while right < bytes.len() && part(bytes[right]) {
        right += 1;
    }
    (left, right)
}

/// Whether `run`, a label of a host name in `text`, belongs to a URL, a path or an e-mail
/// address (`https://api.example.com/v1`, `/srv/app.example.com`, `ops@example.com`) rather
/// than naming a host on its own.
fn in_url(text: &str, run: &str) -> bool {
    let bytes = text.as_bytes();
    let (left, right) = dotted_span(text, run);
    (left > 0 && matches!(bytes[left - 1], b'/' | b'@' | b':'))
        || matches!(bytes.get(right), Some(b'/' | b'@'))
        || text[right..].starts_with("://")
}

/// The state a monitoring plugin's output opens with ("DISK CRITICAL - free space: ...",
/// "CheckRAM WARNING: 4% RAM free", Checkmk's "CRIT - Used: 97.1%"): the check's measure crossed
/// its threshold, as a severity at the end of an alertname says. Upper case only: in prose
/// "critical" is only a severity.
fn plugin_state(text: &str) -> Option<&str> {
    let mut tokens = text.split_whitespace();
    // "CRITICAL: ...", "DISK CRITICAL - ...", "OPEN FILES CRITICAL - ...".
    for _ in 0..3 {
        let token = tokens.next()?;
        let state = token.trim_end_matches(':');
        if matches!(state, "CRITICAL" | "WARNING" | "CRIT" | "WARN") {
            let stated = token.ends_with(':') || tokens.next() == Some("-");
            return stated.then_some(state);
        }
    }
    None
}

/// Whether `token` is a product's message identifier ("QUE-1003", "VHT-1006", "HA-1009",
/// "AMQ222156" is not one): a catalogue number that names nothing by itself.
fn message_code(token: &str) -> bool {
    let token = token.trim_end_matches([':', ',']);
    token.split_once('-').is_some_and(|(prefix, number)| {
        (2..=5).contains(&prefix.len())
            && prefix.bytes().all(|b| b.is_ascii_uppercase())
            && (3..=6).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether a sentence is a question: it ends in a question mark right after a word. A
/// placeholder ("where `id` = ?") is SQL, not a question.
fn asks(sentence: &str) -> bool {
    let text = sentence.trim_end();
    let Some(body) = text.strip_suffix('?').or_else(|| text.strip_suffix('？')) else {
        return false;
    };
    body.chars().next_back().is_some_and(char::is_alphabetic)
}

/// Whether one measure of a check's list is stated within its thresholds: "FD OK (4.10%)",
/// "messages_unacknowledged OK (221)".
fn states_ok(piece: &str) -> bool {
    let mut tokens = piece.split_whitespace();
    tokens.any(|t| t == "OK") && tokens.next().is_none_or(|t| t.starts_with('('))
}

/// The plugin output of a notification mail's body line (`Output:   CRIT - ...` in Checkmk's
/// mail plugin, `Additional Info: ...` in Nagios' and Icinga's, `Service Output:`), without its
/// field name; `None` for any other line.
fn check_output(line: &str) -> Option<&str> {
    const FIELDS: [&str; 5] = [
        "output:",
        "service output:",
        "host output:",
        "plugin output:",
        "additional info:",
    ];
    let text = line.trim_start();
    FIELDS.iter().find_map(|field| {
        text.get(..field.len())
            .filter(|head| head.eq_ignore_ascii_case(field))
            .map(|_| text[field.len()..].trim())
            .filter(|rest| !rest.is_empty())
    })
}

/// Whether `run`, a slice of `text`, begins a Java executor's thread name: `pool-2-thread-7`.
fn java_thread_name(text: &str, run: &str) -> bool {
    let rest = &text[offset_in(text, run) + run.len()..];
    let Some(rest) = rest.strip_prefix('-') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with("-thread-")
}

/// Whether `run`, a slice of `text`, stands beside another word of the name it is in
/// ("rpi-kiosk-sga-03", "storage-1-master"), so that the name is more than the word and a number.
fn in_a_longer_name(text: &str, run: &str) -> bool {
    let start = offset_in(text, run);
    let bytes = text.as_bytes();
    let word_before =
        start >= 2 && bytes[start - 1] == b'-' && bytes[start - 2].is_ascii_alphanumeric();
    let rest = &text[start + run.len()..];
    let digits = rest
        .strip_prefix('-')
        .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
    let word_after = digits > 0
        && rest[1 + digits..]
            .strip_prefix('-')
            .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_lowercase()));
    word_before || word_after
}

/// Whether `run`, a slice of `text`, is the lower-case word of a numbered host name: `api-2`,
/// `web-07`, `checkout-api-3` (its last word), followed by a hyphen and one to three digits
/// that end the name. A status code (`http-503`) and longer numbers (an error code such as
/// `ora-00060`) are not host numbers.
fn numbered_name(text: &str, run: &str) -> bool {
    if run.len() < 2 || !run.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let start = offset_in(text, run);
    let bytes = text.as_bytes();
    if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
        return false;
    }
    let Some(rest) = text[start + run.len()..].strip_prefix('-') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let ends = after
        .as_bytes()
        .first()
        .is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        // "storage-1-master": a number between two words of a name.
        || after
            .strip_prefix('-')
            .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_lowercase()));
    let status = digits == 3 && matches!(rest.as_bytes()[0], b'4' | b'5');
    (1..=3).contains(&digits) && ends && !status
}

/// Whether `word`, a slice of `text`, is a lag or "behind" whose value is NULL or n/a
/// (`Seconds_Behind_Master: NULL`, `Time behind master: NULL`, `lag=n/a`).
fn lag_unknown(text: &str, word: &str) -> bool {
    let mut after = text[offset_in(text, word) + word.len()..].trim_start_matches('_');
    for name in [
        "the ", "master", "source", "primary", "Master", "Source", "Primary",
    ] {
        after = after
            .strip_prefix(name)
            .unwrap_or(after)
            .trim_start_matches(' ');
    }
    let value = [": ", "=", ":", " = ", " "]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
        .unwrap_or("")
        .trim_start();
    let answer = value
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '/'))
        .next()
        .unwrap_or("");
    answer.eq_ignore_ascii_case("null") || answer.eq_ignore_ascii_case("n/a")
}

/// Whether `word`, a slice of `text`, counts processes and the count is zero: Checkmk's
/// `Processes: 0`, check_procs' `0 processes with command name 'nginx'`, `procs=0`. No process
/// left of what a check watches is that program down (POLICY.md rule 7).
fn no_process_left(text: &str, word: &str) -> bool {
    if !["processes", "procs", "process count", "process"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let zero = |value: &str| {
        value.strip_prefix('0').is_some_and(|rest| {
            !rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '%'))
        })
    };
    let before = text[..offset_in(text, word)].trim_end();
    let counted_before = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .is_some_and(|n| n == "0");
    counted_before || value_of(text, word, &[": ", "=", ":", " = "]).is_some_and(zero)
}

/// Whether `text` names a monitored target the way uptime monitors do: a URL
/// (`https://shop.example.com`), a status in capitals (`is DOWN`, `DOWN alert`), or a dotted,
/// hyphenated or underscored name or an IPv4 address (`shop.example.com`, `checkout-api`,
/// `'cmp-22'`, `/10.11.3.7`) before "is down" (`checkout-api is down`, "is unavailable", "is
/// offline", "is unreachable", "is not responding", "is now dead", "is 'offline'").
fn names_a_target(text: &str) -> bool {
    let mut previous = "";
    for run in text.split(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | '(' | ')' | ',')) {
        if run == "DOWN" {
            return true;
        }
        if run.contains("://") {
            return true;
        }
        let name = previous.trim_matches(|c| matches!(c, '\'' | '"' | '/'));
        let address = name.bytes().filter(|&b| b == b'.').count() == 3
            && name.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        let identifier = name.len() > 2
            && name.contains(['-', '.', '_'])
            && (address || name.bytes().any(|b| b.is_ascii_alphabetic()));
        if identifier && run == "is" {
            let rest = &text[offset_in(text, run) + 2..];
            let state = rest.trim_start();
            // "is now dead" (Cassandra's gossip), "is currently offline" (Statping).
            let state = ["now ", "currently "]
                .iter()
                .find_map(|adverb| state.strip_prefix(adverb))
                .unwrap_or(state)
                .trim_start_matches(['\'', '"']);
            // Compared in place: this runs on every subject, and a lower-cased copy of the
            // rest of the text is not needed to read its first words.
            if [
                "down",
                "unavailable",
                "offline",
                "unreachable",
                "not responding",
                "dead",
            ]
            .iter()
            .any(|s| {
                state
                    .get(..s.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(s))
            }) {
                return true;
            }
        }
        if !run.is_empty() {
            previous = run;
        }
    }
    false
}

/// The concepts of `word` when it is an HTTP server error's status code (`500` to `599`), as a
/// `code` label's (`504` an upstream timeout, others a server error).
fn server_error_code(word: &str) -> Option<Concepts> {
    (word.len() == 3 && word.starts_with('5') && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| status_code(word))
}

/// The HTTP status codes of an alertname, with their concepts: pieces of three digits, with an
/// optional plural `s` (`Upstream429s`), that are not part of an address or version
/// (`10.0.0.5:443`, `v1.503`).
fn status_pieces(text: &str) -> impl Iterator<Item = (&str, Concepts)> {
    let bytes = text.as_bytes();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(move |run| {
            let start = offset_in(text, run);
            let end = start + run.len();
            let joined = |b: Option<&u8>| matches!(b, Some(b':' | b'.'));
            let attached = (start > 0 && joined(bytes.get(start - 1))) || joined(bytes.get(end));
            // "More than 500 e-mails in the queue", "Mais de 500 e-mails na fila": a number
            // after a comparison is a threshold, not a status.
            let threshold = || {
                let before = text[..start].trim_end().to_lowercase();
                ["than", "mais de", "más de", "plus de", "over", "above", ">"]
                    .iter()
                    .any(|w| before.ends_with(w))
            };
            let numeric = run.bytes().any(|b| b.is_ascii_digit());
            !(attached || (numeric && threshold()))
        })
        .flat_map(camel_pieces)
        .filter_map(|piece| {
            let code = piece.strip_suffix('s').unwrap_or(piece);
            let concepts = if code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()) {
                status_code(code)
            } else {
                0
            };
            (concepts != 0).then_some((piece, concepts))
        })
}

/// Calls `f` with `s` in lower case; an ASCII word of up to 48 bytes is lowered on the stack,
/// so the common case allocates nothing.
fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let lower = if s.is_ascii() {
        !s.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        !s.chars().any(char::is_uppercase)
    };
    if lower {
        return f(s);
    }
    let mut buf = [0u8; 48];
    if s.is_ascii() && s.len() <= buf.len() {
        let lower = &mut buf[..s.len()];
        lower.copy_from_slice(s.as_bytes());
        lower.make_ascii_lowercase();
        return f(std::str::from_utf8(lower).expect("ASCII stays UTF-8"));
    }
    f(&s.to_lowercase())
}

/// Whether an alert only reports that its condition is over (POLICY.md rule 14): a `status` or
/// `state` label saying so, or a text that opens as a recovery notice does ("**Resolved:** Docs
/// is back up", "[Recovered] API test login is passing", "## Prometheus恢复信息"). An alert
/// *named* after the failure ("SiteDown") is then not that failure.
pub(super) fn reports_recovery(labels: &LabelMap, annotations: &LabelMap) -> bool {
    const OVER: [&str; 5] = ["resolved", "recovered", "ok", "normal", "cleared"];
    // Kibana's `action_group` and `alert_state` ("OK [Recovered]") say it as Alertmanager's
    // `status` does; the state is the value's first word.
    // Icinga's notification carries the check's state as `icinga_state`, Kapacitor's alert as
    // `level`.
    let by_label = [
        "status",
        "state",
        "icinga_state",
        "level",
        "alert_state",
        "action_group",
        "kibana_action_group",
    ]
    .iter()
    .any(|l| {
        // A notifier that sends the state as an annotation ("status": "resolved") says so too.
        labels
            .get(*l)
            .or_else(|| annotations.get(*l))
            .is_some_and(|v| {
                let first = v.split([' ', '[', '(']).next().unwrap_or(v);
                OVER.iter().any(|o| first.eq_ignore_ascii_case(o))
            })
    });
    let opens_as_recovery = |text: &str| {
        let head = text.trim_start_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '*' | '[' | '#' | '_' | '>')
                || !c.is_ascii() && !c.is_alphanumeric()
        });
        let len = head.bytes().take_while(u8::is_ascii_alphabetic).count();
        let (word, rest) = head.split_at(len);
        let closed = rest.starts_with([':', ']', '*']);
        // Nagios' and Icinga's notifications: "** RECOVERY Service Alert: …", "Notification
        // Type: RECOVERY".
        let nagios = word.eq_ignore_ascii_case("recovery")
            && (rest.starts_with(" Service Alert") || rest.starts_with(" Host Alert"));
        (closed
            && ["resolved", "recovered", "recovery"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w)))
            // Checkmk's "OK - Used: 12.4%" opens with the state alone.
            || (word.eq_ignore_ascii_case("ok")
                && (rest.starts_with([':', ']']) || rest.starts_with(" - ")))
            || nagios
            || reports_plugin_ok(head)
            || head.lines().next().is_some_and(|l| l.contains("恢复信息"))
            // Kibana's translated recovery messages: "回復完了：'…'", "已恢复：'…'"; Huawei
            // FusionInsight's "【告警清除】" and CAT's "[告警恢复]" (alarm cleared, recovered).
            || ["回復完了", "已恢复", "已恢復", "告警清除", "告警恢复"]
                .iter()
                .any(|w| head.starts_with(w))
            || text
                .lines()
                .any(|l| l.trim().eq_ignore_ascii_case("Notification Type: RECOVERY"))
            // Glowroot's recovery mail: "… is no longer greater than or equal to the alert
            // threshold of 2000 milliseconds."
            || text.contains("is no longer greater than or equal to the alert threshold")
            || text.contains("is no longer less than or equal to the alert threshold")
    };
    by_label || annotations.values().any(|v| opens_as_recovery(v))
}

/// Whether a liveness check gave up on the alert's target: the target is down (POLICY.md rule
/// 11), whatever timeout the check's detail quotes ("Target.Timeout", "context deadline
/// exceeded"); no call to a dependency waited.
fn reports_failed_health_check(labels: &LabelMap, annotations: &LabelMap) -> bool {
    health_check_verdict(labels, annotations) || said_down_over_its_check(labels, annotations)
}

/// Whether the timeout an alert quotes is not a call to a dependency that went unanswered: a
/// health check's verdict on its target (the target is down, POLICY.md rule 11), or a wait for
/// a state that ran out of time (rule 13).
pub(super) fn timeout_is_no_call(labels: &LabelMap, annotations: &LabelMap) -> bool {
    reports_failed_health_check(labels, annotations) || timed_out_waiting_for_a_state(annotations)
}

/// A wait for a state that ran out of its time: Helm's `--wait` on resources not ready
/// ("UPGRADE FAILED: resource Deployment/shop/web not ready. status: InProgress … context
/// deadline exceeded"), a CI runner's "script timeout: context deadline exceeded", Velero's "to
/// become ReadyToUse within timeout 10m0s: context deadline exceeded". A call "within timeout"
/// that failed is still a call.
fn timed_out_waiting_for_a_state(annotations: &LabelMap) -> bool {
    annotations.values().any(|text| {
        holds_ignore_case(text, "context deadline exceeded")
            && ["not ready. status", "script timeout", "to become"]
                .iter()
                .any(|waited| holds_ignore_case(text, waited))
    })
}

/// Whether `after`, the text after "up", goes on with the word "to".
fn goes_on_with_to(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '-', '_']);
    rest.get(..2)
        .is_some_and(|word| word.eq_ignore_ascii_case("to"))
        && !rest[2..].starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// Whether `after`, the text after "load", goes on with "balancer" or "balancing".
fn names_a_balancer(after: &str) -> bool {
    after
        .trim_start_matches([' ', '-', '_'])
        .get(..6)
        .is_some_and(|word| word.eq_ignore_ascii_case("balanc"))
}

/// Whether `after`, the text after "replica", goes on with "set" or "sets" ("settings" is no
/// set).
fn names_a_set(after: &str) -> bool {
    let word = after.trim_start_matches([' ', '-', '_']);
    word.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("set"))
        && !word[3..].starts_with(|c: char| c.is_ascii_alphanumeric() && c != 's')
}

/// The first sentence of the alert's summary and title.
fn subject_lines(annotations: &LabelMap) -> impl Iterator<Item = &str> {
    ["summary", "title"]
        .into_iter()
        .filter_map(|key| annotations.get(key))
        .map(|text| sentences(text).next().unwrap_or(text))
}

/// Whether `text` holds `wanted`, a lower-case ASCII word, as a word of its own.
fn holds_word(text: &str, wanted: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|word| word.eq_ignore_ascii_case(wanted))
}

/// Whether `text` holds `needle`, lower-case ASCII, in any case, without a lower-cased copy.
fn holds_ignore_case(text: &str, needle: &str) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

/// A health check's verdict as the subject ("tg-search target 10.0.21.15:9200 failed its health
/// checks", "Traefik health check marked h2c://10.0.4.21:50051 down",
/// `ApisixHealthcheckNodeUnhealthy`). "Health checks slowed down" is no verdict.
fn health_check_verdict(labels: &LabelMap, annotations: &LabelMap) -> bool {
    let verdict = |text: &str| {
        ["health check", "healthcheck", "health-check"]
            .iter()
            .any(|check| holds_ignore_case(text, check))
            && (["failed", "failing", "fails", "unhealthy"]
                .iter()
                .any(|word| holds_word(text, word))
                || (holds_word(text, "marked")
                    && (holds_word(text, "down") || holds_word(text, "unhealthy"))))
    };
    subject_lines(annotations).any(verdict)
        || labels.get("alertname").is_some_and(|name| {
            let joined: String = name
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect();
            joined.contains("healthcheck")
                && ["failed", "failing", "unhealthy", "down"]
                    .iter()
                    .any(|word| joined.ends_with(word))
        })
}

/// A target said down or sick over the check that found it so and timed out on it ("Target
/// 10.30.8.14:9100 of job node is down" over "Last scrape error: … context deadline exceeded",
/// Varnish's "Backend … went sick" over its "Poll timeout 2.000s exceeded"). "Availability is
/// down to 97.2%" is a measure, and `InventoryApiSlowdown` or `KubeHpaScaledDown` no target down.
fn said_down_over_its_check(labels: &LabelMap, annotations: &LabelMap) -> bool {
    const NOT_A_TARGET: [&str; 7] = [
        "slowdown",
        "scaledown",
        "scaleddown",
        "cooldown",
        "shutdown",
        "countdown",
        "breakdown",
    ];
    let said_down = |text: &str| {
        let lower = text.to_ascii_lowercase();
        let down_at_clause_end = lower.match_indices(" is down").any(|(at, phrase)| {
            let after = lower[at + phrase.len()..].trim_start();
            !(after.starts_with(|c: char| c.is_ascii_digit() || c == '%')
                || ["to ", "by ", "from "].iter().any(|w| after.starts_with(w)))
        });
        down_at_clause_end
            || [" went sick", " still sick", " is unhealthy"]
                .iter()
                .any(|phrase| lower.contains(phrase))
    };
    let name_says_down = labels.get("alertname").is_some_and(|name| {
        let lower = name.to_ascii_lowercase();
        (lower.ends_with("down") || lower.ends_with("unhealthy") || lower.ends_with("sick"))
            && !NOT_A_TARGET.iter().any(|word| lower.ends_with(word))
    });
    if !(name_says_down || subject_lines(annotations).any(said_down)) {
        return false;
    }
    annotations.values().any(|text| {
        let head = crate::model::truncate_str(text, WORD_WINDOW);
        [
            "last scrape error",
            "backend_health",
            "poll timeout",
            "probe timed out",
        ]
        .iter()
        .any(|mechanism| holds_ignore_case(head, mechanism))
    })
}

/// Whether a Nagios-style check reports the state `UNKNOWN`: the plugin could not measure at
/// all ("INPUT ERROR: No thresholds specified", "timed out waiting for /usr/bin/mailq"), so
/// the resource its name watches ("Disk usage", "Mail queue") is not what failed (POLICY.md
/// rule 16). The state comes as a label, at the end of the subject ("… is UNKNOWN") or as the
/// plugin output's state ("DISK UNKNOWN - …").
pub(super) fn reports_unknown_state(labels: &LabelMap, annotations: &LabelMap) -> bool {
    // Checkmk abbreviates it: "UNKN".
    let unknown = |v: &String| {
        let v = v.trim();
        v.eq_ignore_ascii_case("unknown") || v.eq_ignore_ascii_case("unkn")
    };
    ["state", "icinga_state", "service_state"]
        .iter()
        .any(|l| labels.get(*l).is_some_and(unknown))
        || annotations.values().any(|v| {
            let line = v.lines().next().unwrap_or(v).trim_end();
            line.ends_with(" is UNKNOWN")
                || named_check_state(line) == Some("UNKNOWN")
                || ["UNKNOWN:", "UNKNOWN -", "UNKN -"]
                    .iter()
                    .any(|state| line.starts_with(state))
        })
}

/// Whether a monitoring plugin's output line says its check passed: the Nagios plugin format is
/// `CHECK STATE - text` or `CHECK STATE: text` ("DISK OK - free space: / 31208 MB",
/// "RABBITMQ_QUEUE OK - All queues under the thresholds"), and its measures and thresholds
/// follow the state in every state, so only the state tells a passing check from a failing one.
fn reports_plugin_ok(head: &str) -> bool {
    named_check_state(head.lines().next().unwrap_or(head)) == Some("OK")
}

/// The state a plugin output line gives after its check's name in capitals ("DISK OK - …",
/// "RABBITMQ_QUEUE UNKNOWN: …"): the word right after the name, ended by a space, a colon or the
/// line's end.
fn named_check_state(line: &str) -> Option<&str> {
    let check = line
        .bytes()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
        .count();
    let rest = line[check..].strip_prefix(' ').filter(|_| check >= 2)?;
    let end = rest.find([' ', ':']).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// Whether an alertname reports that the monitor could not evaluate its own rule: Grafana's
/// `DatasourceError` (the rule's query failed) and `DatasourceNoData` (it returned nothing),
/// "Data source query failed". Such an alert carries the failed rule's annotations, so its
/// "errors" and "latency" are what the rule would have measured, not what happened (POLICY.md
/// rule 16: a monitor's own failure to collect is `null`); `classify/mod.rs` then keeps only
/// the causes the alert quotes.
pub(super) fn reports_own_evaluation(name: &str) -> bool {
    const FAILED: [&str; 6] = [
        "error",
        "errors",
        "failed",
        "failure",
        "nodata",
        "unavailable",
    ];
    let pieces: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .flat_map(camel_pieces)
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
        .collect();
    let source = pieces.iter().enumerate().any(|(i, p)| {
        p == "datasource" || (p == "data" && pieces.get(i + 1).is_some_and(|n| n == "source"))
    });
    let failed = pieces.iter().enumerate().any(|(i, p)| {
        FAILED.contains(&p.as_str())
            || (p == "no" && pieces.get(i + 1).is_some_and(|n| n == "data"))
    });
    source && failed
}

/// Whether an alertname announces that a setting changed: a configuration word and a change
/// word among its words ("ConfigChanged", "config_drift", "DesktopConfigChanged").
pub(super) fn announces_a_change(name: &str) -> bool {
    // An Ingress's or a Service's annotations are its settings ("proxy-read-timeout: 300").
    // Per-tenant overrides, a deployment's environment, a dynamic property, a quota or a
    // limit that changed ("TempoOverridesChanged", "KubeDeploymentEnvChanged",
    // "ArchaiusPropertyChanged", "SESSendingQuotaChanged") are settings too.
    const SETTING: [&str; 19] = [
        "config",
        "configuration",
        "setting",
        "settings",
        "policy",
        "annotation",
        "annotations",
        "override",
        "overrides",
        "env",
        "environment",
        "property",
        "properties",
        "quota",
        "quotas",
        "limit",
        "limits",
        "flag",
        "flags",
    ];
    const CHANGE: [&str; 8] = [
        "changed", "change", "changes", "drift", "rolled", "updated", "applied", "modified",
    ];
    let mut setting = false;
    let mut change = false;
    for run in name.split(|c: char| !c.is_alphanumeric()) {
        for piece in camel_pieces(run) {
            setting |= SETTING.iter().any(|w| piece.eq_ignore_ascii_case(w));
            change |= CHANGE.iter().any(|w| piece.eq_ignore_ascii_case(w));
        }
    }
    setting && change
}

/// Splits an identifier at camelCase, letter-to-digit and digit-to-capital boundaries:
/// `KafkaLagIsTooHigh` → `Kafka Lag Is Too High`, `HTTPServer5xx` → `HTTP Server 5xx`,
/// `HTTP503Errors` → `HTTP 503 Errors`.
fn camel_pieces(run: &str) -> impl Iterator<Item = &str> {
    let mut chars = run.char_indices().peekable();
    let mut prev: Option<char> = None;
    let mut start = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while let Some((at, c)) = chars.next() {
            let Some(p) = prev.replace(c) else { continue };
            let next_lower = chars.peek().is_some_and(|(_, n)| n.is_lowercase());
            let boundary = (p.is_lowercase() && c.is_uppercase())
                || (p.is_uppercase() && c.is_uppercase() && next_lower)
                || (p.is_ascii_digit() && c.is_uppercase())
                || (p.is_alphabetic()
                    && c.is_ascii_digit()
                    && !run[start..at].eq_ignore_ascii_case("p"));
            if boundary {
                let piece = &run[start..at];
                start = at;
                return Some(piece);
            }
        }
        done = true;
        Some(&run[start..])
    })
}

fn dedup_join(words: Vec<String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for w in words {
        if !seen.iter().any(|s| s.eq_ignore_ascii_case(&w)) {
            seen.push(w);
        }
    }
    seen.join(", ")
}

/// A small, fast hasher for short string keys (the lexicon is fixed, so hash flooding does not
/// apply); the same multiply-rotate scheme as rustc's FxHasher.
#[derive(Default)]
struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().expect("chunks of eight"));
            self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests;
