//! Unit tests of the rule stage: order, anchoring, evidence, ASCII and Unicode text sets.

use super::*;
use crate::config::Config;

/// A label or annotation map from pairs; the word stage's tests use it too.
pub(super) fn map(pairs: &[(&str, &str)]) -> LabelMap {
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
fn text_matches_alike_in_ascii_and_other_values() {
    // In a value with non-ASCII characters an ASCII pattern keeps Unicode folding (`K`, the
    // Kelvin sign, folds to `k`) but its `\b` is an ASCII word boundary, so that the lazy DFA
    // can run there (textset.rs); `ſ` in a pattern folds to `s`, so that pattern runs with
    // Unicode on every value.
    let config = "builtin_signatures: false\nsignatures:\n  - {signature: k, any: [{text: '(?i)\\bkill\\b'}]}\n  - {signature: f, any: [{text: '(?i)fold me'}]}\n";
    let matched = |name: &'static str| {
        (
            "unknown",
            name,
            if name == "k" {
                "rule:signatures[0]"
            } else {
                "rule:signatures[1]"
            },
        )
    };
    check(
        config,
        &[
            (&[], &[("d", "KILL it")], matched("k")),
            (&[], &[("d", "процесс: KILL it")], matched("k")),
            (&[], &[("d", "\u{e9}kill")], matched("k")),
            (
                &[],
                &[("d", "\u{212A}ill it")],
                ("unknown", "unclassified:unnamed", "fallback"),
            ),
            (&[], &[("d", "\u{212A}ill FOLD ME")], matched("f")),
            (
                &[],
                &[("d", "skill")],
                ("unknown", "unclassified:unnamed", "fallback"),
            ),
            (
                &[],
                &[("d", "процесс skill")],
                ("unknown", "unclassified:unnamed", "fallback"),
            ),
        ],
    );
    check(
        "builtin_signatures: false\nsignatures:\n  - {signature: s, any: [{text: '(?i)\u{17f}o'}]}\n",
        &[(&[], &[("d", "SO")], ("unknown", "s", "rule:signatures[0]"))],
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

#[test]
fn an_alertname_in_lower_case_words_is_the_camel_case_name_it_spells() {
    assert_eq!(camel_case("server errors").as_deref(), Some("ServerErrors"));
    assert_eq!(
        camel_case("kafka_lag-high").as_deref(),
        Some("KafkaLagHigh")
    );
    assert_eq!(
        camel_case("Kafka Lag High").as_deref(),
        Some("KafkaLagHigh")
    );
    assert_eq!(camel_case("KafkaLagHigh"), None);
    assert_eq!(camel_case("SERVER OUT OF SPACE"), None);
    // Numbers in a row stay apart: ten 500 errors, not 10500.
    assert_eq!(
        camel_case("logs-10-500-error-5-minutes").as_deref(),
        Some("Logs10-500Error5Minutes")
    );
    // A name with capitals is written as its author meant it.
    assert_eq!(camel_case("MySQL connections in use"), None);
    let builtin = "service_labels: [service]\n";
    check(
        builtin,
        &[
            (
                &[("alertname", "postgresql dead locks"), ("service", "db")],
                &[],
                ("db", "deadlock", "builtin:deadlock-alertname"),
            ),
            (
                &[("alertname", "PostgresqlDeadLocks"), ("service", "db")],
                &[],
                ("db", "deadlock", "builtin:deadlock-alertname"),
            ),
        ],
    );
    check(
        builtin,
        &[(
            &[("alertname", "load-balancer-10-502-error-5-minutes-critical")],
            &[],
            ("unknown", "high_error_rate", "words:http-5xx"),
        )],
    );
    // Users' rules match the name as it was sent.
    check(
        "builtin_signatures: false\nsignatures:\n  - {name: e, signature: errors, any: [{label: alertname, regex: 'ServerErrors'}]}\n",
        &[(&[("alertname", "server errors")], &[], ("unknown", "unclassified:server_errors", "fallback"))],
    );
}

/// POLICY.md rule 11: an error ratio or a latency that quotes a client's "connection refused"
/// or "no route to host" is the peer down; one that quotes a pool limit stays the pool's.
#[test]
fn a_quoted_peer_that_is_not_there_decides_over_the_symptom() {
    let builtin = "service_labels: [service]\n";
    check(
        builtin,
        &[
            (
                &[("alertname", "HighErrorRate"), ("service", "auth")],
                &[(
                    "description",
                    "Most frequent error: dial tcp 10.20.1.7:5432: connect: connection refused",
                )],
                ("auth", "node_down", "words:connection-refused"),
            ),
            (
                &[("alertname", "HighRequestLatency"), ("service", "bff")],
                &[(
                    "description",
                    "the traces end in: Error: connect EHOSTUNREACH 10.44.5.8:8443",
                )],
                ("bff", "node_down", "words:peer-gone"),
            ),
            (
                &[("alertname", "HighErrorRate"), ("service", "pricing")],
                &[(
                    "description",
                    "Most frequent error: redis.exceptions.ConnectionError: Too many connections",
                )],
                (
                    "pricing",
                    "connection_pool_exhaustion",
                    "builtin:server-connection-limit-text",
                ),
            ),
        ],
    );
}

#[test]
fn resolver_and_client_timeout_texts_of_more_runtimes() {
    let config = Config::from_yaml("").expect("empty config is valid");
    let classifier = Classifier::new(&config);
    for (labels, annotations, signature) in [
        (
            vec![("alertname", "HighErrorRatio")],
            vec![("description", "Top error: Resolv::ResolvError: no address for db.internal")],
            "dns_failure",
        ),
        (
            vec![("alertname", "AppErrorsByMessage"), ("err", "queryA ETIMEOUT orders-db.internal")],
            vec![],
            "dns_failure",
        ),
        (
            vec![("alertname", "SpanErrorRateHigh"), ("exception.message", "Net::ReadTimeout with #<TCPSocket:(closed)>")],
            vec![],
            "upstream_timeout",
        ),
        // nginx's client timeout and a Job's own deadline are not a dependency's.
        (
            vec![("alertname", "NginxErrors")],
            vec![("description", "[info] 7#7: *1 client timed out (110: Connection timed out) while reading client request headers")],
            "fallback",
        ),
        (
            vec![("alertname", "KubeJobFailed")],
            vec![("description", "kube_job_status_failed{reason=\"DeadlineExceeded\"} = 1: the Job ran past its activeDeadlineSeconds")],
            "fallback",
        ),
    ] {
        let got = classifier.classify(&map(&labels), &map(&annotations));
        let got = if got.rule == "fallback" { "fallback" } else { got.signature.as_str() };
        assert_eq!(got, signature, "{labels:?} {annotations:?}");
    }
}

#[test]
fn supervisors_giving_up_and_client_timeouts_of_more_sources() {
    let config = Config::from_yaml("").expect("empty config is valid");
    let classifier = Classifier::new(&config);
    for (labels, annotations, signature) in [
        // Supervisors and schedulers that gave up after their restart limit (POLICY.md rule 15).
        (
            vec![("alertname", "SupervisorMail")],
            vec![("description", "Dec 02 14:03:11 -- Process workers:beat failed to start too many times")],
            "crash_loop",
        ),
        (
            vec![("alertname", "SyslogPattern")],
            vec![("summary", "init: gunicorn respawning too fast, stopped")],
            "crash_loop",
        ),
        (
            vec![("alertname", "NomadTaskEvent")],
            vec![("description", "Not Restarting: Exceeded allowed attempts 2 in interval 30m0s and mode is \"fail\"")],
            "crash_loop",
        ),
        (
            vec![("alertname", "ContainerLogPattern")],
            vec![("description", "s6-permafailon: info: PERMANENT FAILURE triggered after 5 events involving exit code 1 in the last 60 seconds")],
            "crash_loop",
        ),
        // A proxy's read timeout in errno-first words, and the load balancer's own 504 count.
        (
            vec![("alertname", "ProxyErrorPages")],
            vec![("description", "Read Timeout. The system returned: (110) Connection timed out. A Timeout occurred while waiting to read data from the network.")],
            "upstream_timeout",
        ),
        (
            vec![("alertname", "CloudWatchAlarm")],
            vec![("summary", "ALARM: HTTPCode_ELB_504_Count > 10 for 2 datapoints within 5 minutes")],
            "upstream_timeout",
        ),
        // The client too slow: HTTP 408 and httpd's prefetch of the client's body.
        (
            vec![("alertname", "RequestTimeoutsHigh")],
            vec![("description", "408 Request Timeout: Request timed out; try again later")],
            "fallback",
        ),
    ] {
        let got = classifier.classify(&map(&labels), &map(&annotations));
        let got = if got.rule == "fallback" { "fallback" } else { got.signature.as_str() };
        assert_eq!(got, signature, "{labels:?} {annotations:?}");
    }
}

/// POLICY.md rule 16: Grafana's `DatasourceError`/`DatasourceNoData` carry the annotations of a
/// rule that could not be evaluated; the symptom that prose names did not happen, but an error
/// the alert quotes still names its cause. An uptime monitor that says its target is down quotes
/// the timeout as the reason its check failed (rules 7 and 11). Catalogue rcodes named to say
/// they did not occur are no failure to resolve.
#[test]
fn own_evaluation_failures_down_statements_and_negated_rcodes() {
    let builtin = "service_labels: [service]\n";
    check(
        builtin,
        &[
            (
                &[("alertname", "DatasourceError"), ("service", "billing")],
                &[
                    ("summary", "Payment API failure ratio above 5%"),
                    ("description", "failed requests / all requests over 10m"),
                ],
                ("billing", "unclassified:DatasourceError", "fallback"),
            ),
            (
                &[("alertname", "Data source error"), ("service", "billing")],
                &[("summary", "p95 response time of checkout above 2s")],
                ("billing", "unclassified:Data_source_error", "fallback"),
            ),
            (
                &[("alertname", "DatasourceError"), ("service", "reports")],
                &[(
                    "Error",
                    "query failed: dial tcp: lookup tsdb-2.internal on 10.0.0.10:53: no such host",
                )],
                (
                    "reports",
                    "dns_failure",
                    "builtin:name-resolution-failure-text",
                ),
            ),
            (
                &[("alertname", "UptimeCheck"), ("service", "shop")],
                &[(
                    "description",
                    "shop-eu.example is DOWN (request timed out after 30s)",
                )],
                ("shop", "node_down", "builtin:monitor-says-host-down"),
            ),
            (
                &[("alertname", "ResolverCheck"), ("service", "dns")],
                &[(
                    "description",
                    "p99 lookup time 0.9s on resolver-2, zero SERVFAIL in the window",
                )],
                ("dns", "high_latency", "words:percentile"),
            ),
            (
                &[("alertname", "ResolverCheck"), ("service", "dns")],
                &[(
                    "description",
                    "resolver-2 answered SERVFAIL to 12% of queries",
                )],
                ("dns", "dns_failure", "builtin:dns-rcode-text"),
            ),
        ],
    );
}

/// Burrow's e-mail notifier mails only groups whose status is not OK: consumers falling behind
/// or stopped while messages wait (POLICY.md rule 12), even when the mail names no lag.
#[test]
fn burrow_problem_mail_is_a_backlog() {
    check(
        "service_labels: [service]\n",
        &[(
            &[("alertname", "KafkaMonitorMail"), ("service", "ledger")],
            &[(
                "body",
                "The Kafka consumer groups you are monitoring are currently showing problems. \
                 Cluster: dc2 Group: ledger-writer Status: STOP",
            )],
            (
                "ledger",
                "queue_backlog",
                "builtin:queue-backlog-annotation",
            ),
        )],
    );
}

#[test]
fn advice_is_not_evidence_but_what_follows_it_is() {
    let builtin = "service_labels: [service]\n";
    check(
        builtin,
        &[
            // The runbook's step names a cause to look for; the backlog is what happened.
            (
                &[("alertname", "OperatorHealth"), ("service", "operator")],
                &[(
                    "description",
                    "Work queue depth is 512 items.\n\nTo resolve:\n1. Check whether the \
                     operator is rate limited by the cloud API\n2. Consider raising workers",
                )],
                ("operator", "queue_backlog", "words:queue-size"),
            ),
            // Only the advice's sentence goes: the status after it still decides.
            (
                &[("alertname", "ProbeAlert"), ("service", "cache")],
                &[(
                    "description",
                    "Make sure the cache host is powered. Connection to cache-1:6379 refused.",
                )],
                ("cache", "node_down", "builtin:service-check-unreachable"),
            ),
            // Text without advice is read whole.
            (
                &[("alertname", "StorageAlert"), ("service", "db")],
                &[("description", "Disk /var/lib/pg is 97% full")],
                ("db", "disk_full", "words:disk-capacity"),
            ),
        ],
    );
    assert_eq!(
        without_advice("Queue is long. Verify that consumers run. Lag is 90s."),
        "Queue is long. Lag is 90s."
    );
    // The same imperatives in other languages (Thunderbird's "Compruebe que tiene … suficiente
    // espacio en disco", "Győződjön meg róla, hogy … van elég szabad lemezterület").
    for (text, kept) in [
        (
            "No se puede guardar el mensaje. Compruebe que tiene suficiente espacio en disco.",
            "No se puede guardar el mensaje. ",
        ),
        (
            "Az e-mailt nem lehet írni. Győződjön meg róla, hogy van elég szabad lemezterület.",
            "Az e-mailt nem lehet írni. ",
        ),
        (
            "Export fehlgeschlagen. Stellen Sie sicher, dass genug Speicherplatz frei ist.",
            "Export fehlgeschlagen. ",
        ),
        (
            "Échec de l'export. Vérifiez que le disque n'est pas plein.",
            "Échec de l'export. ",
        ),
        // A sentence that guesses what may cause the symptom names no cause that happened
        // (POLICY.md rule 17).
        (
            "Apdex is 99.62%. Durations can be impacted by client pool saturation and pgbouncer saturation.",
            "Apdex is 99.62%. ",
        ),
        (
            "Cilium has exhausted its IPAM IPs. This may be caused by issues with Cilium rate limiting.",
            "Cilium has exhausted its IPAM IPs. ",
        ),
        (
            "Read responses are too high. This trigger might indicate disk nvme0n1 saturation.",
            "Read responses are too high. ",
        ),
        (
            "Instance status checks failed. Instance status checks might also fail due to severe memory pressure.",
            "Instance status checks failed. ",
        ),
        (
            "Work tables taken from cache. Threshold: a value less than 90% may indicate insufficient memory.",
            "Work tables taken from cache. Threshold: ",
        ),
        // A condition that sends the reader to look is advice too.
        (
            "MySQL restarted less than one minute ago. If the restart was unplanned or frequent, check Loki logs.",
            "MySQL restarted less than one minute ago. ",
        ),
        // A command's option help after a mistyped flag describes a setting.
        (
            "wget: unrecognized option '--dns-timout=5'\n       --dns-timeout=SECS       set the DNS lookup timeout to SECS\nexit 2",
            "wget: unrecognized option '--dns-timout=5'\n       exit 2",
        ),
    ] {
        assert_eq!(without_advice(text), kept, "{text}");
    }
}

#[test]
fn a_notice_that_a_setting_changed_is_no_failure() {
    let builtin = "service_labels: [service]\n";
    let pool = ("alertname", "PoolConfigChanged");
    let pool_text = (
        "summary",
        "max_connections raised from 100 to 300; connection timeout now 5s",
    );
    check(
        builtin,
        &[
            // Neither the words ("connection timeout") nor a built-in pattern read the settings
            // that a change notice quotes (POLICY.md rule 9).
            (
                &[pool],
                &[pool_text],
                ("unknown", "unclassified:PoolConfigChanged", "fallback"),
            ),
            (
                &[("alertname", "IngressAnnotationChanged")],
                &[
                    ("summary", "slow-api-ingress annotations updated"),
                    (
                        "description",
                        "nginx.ingress.kubernetes.io/proxy-read-timeout: \"300\"",
                    ),
                ],
                (
                    "unknown",
                    "unclassified:IngressAnnotationChanged",
                    "fallback",
                ),
            ),
            (
                &[("alertname", "FastPropertyChanged")],
                &[("summary", "readtimeout.status: 504 -> 503")],
                ("unknown", "unclassified:FastPropertyChanged", "fallback"),
            ),
            // The same text under a name that announces nothing is read.
            (
                &[("alertname", "CheckoutDatabase")],
                &[pool_text],
                ("unknown", "upstream_timeout", "words:connection-timeout"),
            ),
        ],
    );
    // A user's own rule still decides a change notice: the user asked for it.
    let own_rule = r#"
service_labels: [service]
signatures:
  - name: pool-settings
    signature: connection_pool_exhaustion
    all:
      - label: alertname
        equals: PoolConfigChanged
"#;
    check(
        own_rule,
        &[(
            &[pool],
            &[pool_text],
            (
                "unknown",
                "connection_pool_exhaustion",
                "rule:pool-settings",
            ),
        )],
    );
}

#[test]
fn annotations_named_for_advice_or_impact_are_not_read() {
    let builtin = "service_labels: [service]\n";
    let summary = ("summary", "compactor has not finished a cycle in 6 hours");
    let guess = "the store volume may fill up and ingesters can be OOMKilled on restart";
    for key in [
        "impact",
        "Investigate",
        "runbook",
        "action",
        "consequence",
        "remediation",
    ] {
        check(
            builtin,
            &[(
                &[("alertname", "CompactorBehind")],
                &[summary, (key, guess)],
                ("unknown", "unclassified:CompactorBehind", "fallback"),
            )],
        );
    }
    // The same words under a name that reports what happened are read.
    check(
        builtin,
        &[(
            &[("alertname", "CompactorBehind")],
            &[
                summary,
                ("description", "ingesters were OOMKilled on restart"),
            ],
            ("unknown", "out_of_memory", "builtin:out-of-memory-text"),
        )],
    );
}

#[test]
fn a_recovery_notice_decides_nothing_not_even_a_quoted_cause() {
    let builtin = "service_labels: [service]\n";
    check(
        builtin,
        &[
            (
                &[("alertname", "Uptime"), ("status", "resolved")],
                &[("summary", "checkout-api is down")],
                ("unknown", "unclassified:Uptime", "fallback"),
            ),
            (
                &[("alertname", "Uptime")],
                &[("summary", "Resolved: checkout-api is down")],
                ("unknown", "unclassified:Uptime", "fallback"),
            ),
            (
                &[("alertname", "Uptime")],
                &[("summary", "checkout-api is down")],
                ("unknown", "node_down", "words:down"),
            ),
            (
                &[("alertname", "Uptime")],
                &[
                    ("summary", "Resolved: checkout-api is down"),
                    (
                        "description",
                        "last error: dial tcp: lookup checkout-api: no such host",
                    ),
                ],
                // The episode's firing notice carries the cause; its recovery reports that
                // nothing is wrong any more (POLICY.md rule 14), and an unclassified notice never
                // reclassifies the episode it closes (`incident::tracker`'s `prevails`).
                ("unknown", "unclassified:Uptime", "fallback"),
            ),
            (
                &[("alertname", "Uptime")],
                &[
                    ("summary", "checkout-api is down"),
                    (
                        "description",
                        "last error: dial tcp: lookup checkout-api: no such host",
                    ),
                ],
                (
                    "unknown",
                    "dns_failure",
                    "builtin:name-resolution-failure-text",
                ),
            ),
        ],
    );
}

#[test]
fn monitors_say_recovery_in_their_own_labels_and_subjects() {
    let builtin = "service_labels: [service]\n";
    let down = ("summary", "checkout-api is down");
    check(
        builtin,
        &[
            (
                &[("alertname", "Uptime"), ("alert_state", "OK [Recovered]")],
                &[down],
                ("unknown", "unclassified:Uptime", "fallback"),
            ),
            (
                &[("alertname", "Uptime"), ("action_group", "recovered")],
                &[down],
                ("unknown", "unclassified:Uptime", "fallback"),
            ),
            (
                &[("alertname", "Uptime"), ("alert_state", "ALERT")],
                &[down],
                ("unknown", "node_down", "words:down"),
            ),
            (
                &[("alertname", "Uptime")],
                &[(
                    "summary",
                    "** RECOVERY Service Alert: shop/HTTP checkout-api is down **",
                )],
                ("unknown", "unclassified:Uptime", "fallback"),
            ),
            (
                &[("alertname", "Uptime")],
                &[
                    down,
                    (
                        "description",
                        "***** Nagios *****\n\nNotification Type: RECOVERY\n",
                    ),
                ],
                ("unknown", "unclassified:Uptime", "fallback"),
            ),
        ],
    );
}

#[test]
fn a_check_that_passed_or_could_not_measure_reports_nothing() {
    let builtin = "service_labels: [service]\n";
    let nothing = ("unknown", "unclassified:NagiosServiceProblem", "fallback");
    let disk = &[("alertname", "NagiosServiceProblem"), ("state", "CRITICAL")];
    check(
        builtin,
        &[
            // The same plugin output, failing and passing.
            (
                disk,
                &[(
                    "plugin_output",
                    "DISK CRITICAL - free space: / 812 MB (2% inode=92%);",
                )],
                ("unknown", "disk_full", "words:disk-capacity"),
            ),
            (
                &[("alertname", "NagiosServiceProblem"), ("state", "OK")],
                &[(
                    "plugin_output",
                    "DISK OK - free space: / 31208 MB (64% inode=92%);",
                )],
                nothing,
            ),
            (
                &[("alertname", "NagiosServiceProblem")],
                &[(
                    "plugin_output",
                    "RABBITMQ_QUEUE OK - All queues under the thresholds",
                )],
                nothing,
            ),
            (
                &[
                    ("alertname", "NagiosServiceProblem"),
                    ("icinga_state", "OK"),
                ],
                &[("summary", "[OK] git-01!disk /")],
                nothing,
            ),
            (
                &[("alertname", "NagiosServiceProblem"), ("level", "OK")],
                &[("message", "influx-02/disk_used/var/lib/influxdb:71.02")],
                nothing,
            ),
            // Checkmk's abbreviations.
            (
                &[("alertname", "Filesystem /var")],
                &[("summary", "OK - Used: 12.4% - 31.2 GB of 250 GB")],
                ("unknown", "unclassified:Filesystem__var", "fallback"),
            ),
            (
                &[("alertname", "NagiosServiceProblem"), ("state", "UNKN")],
                &[("summary", "Filesystem /var: item not found")],
                nothing,
            ),
            // UNKNOWN: the check could not measure, whatever its name watches.
            (
                &[
                    ("alertname", "NagiosServiceProblem"),
                    ("service", "Disk usage"),
                    ("state", "UNKNOWN"),
                ],
                &[
                    ("summary", "Disk usage on hv-lab-3 is UNKNOWN"),
                    ("plugin_output", "INPUT ERROR: No thresholds specified"),
                ],
                (
                    "Disk usage",
                    "unclassified:NagiosServiceProblem",
                    "fallback",
                ),
            ),
            (
                &[
                    ("alertname", "NagiosServiceProblem"),
                    ("service", "Mail queue"),
                ],
                &[
                    ("summary", "Mail queue on smtp-in-2 is UNKNOWN"),
                    (
                        "plugin_output",
                        "ERROR: timed out waiting for /usr/bin/mailq",
                    ),
                ],
                (
                    "Mail queue",
                    "unclassified:NagiosServiceProblem",
                    "fallback",
                ),
            ),
        ],
    );
}

#[test]
fn a_limit_avoided_changed_or_counted_none_refused_nothing() {
    let builtin = "service_labels: [service]\n";
    let limited = ("unknown", "rate_limited", "builtin:rate-limit-text");
    let nothing = ("unknown", "unclassified:Digest", "fallback");
    check(
        builtin,
        &[
            (
                &[("alertname", "Digest")],
                &[("description", "registry pulls failing: rate limits reached")],
                limited,
            ),
            (
                &[("alertname", "Digest")],
                &[(
                    "description",
                    "authenticated pulls enabled to avoid rate limits",
                )],
                nothing,
            ),
            (
                &[("alertname", "Digest")],
                &[("description", "no ratelimited responses recorded this week")],
                nothing,
            ),
            (
                &[("alertname", "Digest")],
                &[(
                    "description",
                    "Kong config change: rate-limiting plugin enabled on route",
                )],
                nothing,
            ),
            (
                &[("alertname", "Digest")],
                &[(
                    "description",
                    "TooManyRequests (429): Request rate is large",
                )],
                limited,
            ),
        ],
    );
}

/// What a notifier wraps around a text comes off, and nothing else: quotes stay quotes, a
/// command's option help keeps its spaces, and text of any script survives (no byte offset
/// falls inside a character).
#[test]
fn undressing_removes_only_the_dressing() {
    assert_eq!(
        undressed("[FIRING:2] [CRITICAL] **Incident with Codespaces**"),
        "Incident with Codespaces"
    );
    assert_eq!(undressed("🔥 ⚠️ Disk almost full"), "Disk almost full");
    assert_eq!(
        undressed("User &#39;a&#39; has &quot;too many&quot; &lt;conns&gt; &amp;amp;"),
        "User 'a' has \"too many\" <conns> &amp;"
    );
    assert_eq!(
        undressed("JVM memory is filling up\n  VALUE = 81\n  LABELS = map[job:kafka-lag-exporter]"),
        "JVM memory is filling up\n  VALUE = 81\n  "
    );
    // A bracket that is no severity ("[RESOLVED]", "[Job 80918]") is the text's own.
    assert_eq!(undressed("[RESOLVED] Disk full"), "[RESOLVED] Disk full");
    assert_eq!(undressed("[Job 80918] failed"), "[Job 80918] failed");
    assert_eq!(
        single_spaced("parado em  fs-matriz03\tagora\u{3000} 全角  空白"),
        "parado em fs-matriz03 agora\u{3000} 全角 空白"
    );
    assert_eq!(
        single_spaced("--dns-timeout=SECS   set the timeout;  -t,  --tries=N"),
        "--dns-timeout=SECS   set the timeout; -t,  --tries=N"
    );
    assert_eq!(
        without_environment_tag("[prod] CoreDNSDown"),
        Some("CoreDNSDown")
    );
    assert_eq!(without_environment_tag("[NGINX] Upstream latency"), None);
    // A template's code span around a value comes off; a fence around a block of output stays.
    assert_eq!(
        undressed("Vault instance `10.244.2.8:9410` is down for ``5m``"),
        "Vault instance 10.244.2.8:9410 is down for 5m"
    );
    assert_eq!(
        undressed("Last lines:\n```\nERROR disk full\n```"),
        "Last lines:\n```\nERROR disk full\n```"
    );
}

#[test]
fn guessed_causes_and_a_foreseen_impact_are_not_evidence() {
    let builtin = "service_labels: [service]\n";
    check(
        builtin,
        &[
            // The impact a template foresees names timeouts that have not happened.
            (
                &[("alertname", "SearchBackendAnomaly"), ("service", "edge")],
                &[(
                    "description",
                    "## What's happening?\n\nUpstream search-backend responds slower than its baseline.\n\n## 📈 Impact\n\nSlow upstream responses hold worker connections until clients see 504 Gateway Timeout.",
                )],
                ("edge", "high_latency", "words:latency"),
            ),
            (
                &[("alertname", "DiskAlert"), ("service", "db")],
                &[(
                    "description",
                    "Disk /var/lib/pg is 97% full.\n**Potential impact:** writes fail and replicas may crash-loop.",
                )],
                ("db", "disk_full", "words:disk-capacity"),
            ),
            (
                &[("alertname", "ServiceFailing"), ("service", "api")],
                &[(
                    "description",
                    "The api fails requests.\nPossible causes:\n- the connection pool is exhausted",
                )],
                ("api", "high_error_rate", "words:request-errors"),
            ),
        ],
    );
    // "Impact" inside a sentence is no heading.
    assert_eq!(guessed_causes("The impact: none so far"), None);
    assert!(guessed_causes("Summary\n### Impact\nUsers see errors").is_some());
    // Lists of causes under other headings, each found where it starts.
    for (text, heading) in [
        (
            "3% errors.\nUsual issues: too low memory requests",
            "Usual issues",
        ),
        (
            "Restarted 5 times.\nRunbook hints: memory too low",
            "Runbook hints",
        ),
        (
            "1 of 2 pods ready. This alert can have a variety of causes, including: OOM",
            "a variety of causes",
        ),
        (
            "No handler. Possible causes for the removal of a handler include node taints",
            "Possible causes for",
        ),
        (
            "Restarted once. The most common cause of this alert is a node that restarted",
            "The most common cause",
        ),
    ] {
        assert_eq!(guessed_causes(text), text.find(heading), "{text:?}");
    }
    // A cause stated as what happened is no heading.
    assert_eq!(
        guessed_causes("Restarted because of an OOM kill; known issue: none"),
        None
    );
}

#[test]
fn every_kind_of_advice_is_found_where_it_starts() {
    let examples = [
        (
            "recommended look",
            "Pool is slow. It is recommended to check the pool.",
        ),
        (
            "remediation heading",
            "Pool is slow. To resolve: restart the pool.",
        ),
        (
            "check whether",
            "Pool is slow. Check whether the pool is full.",
        ),
        (
            "please look",
            "Pool is slow. Please investigate the pool pressure.",
        ),
        ("ensure", "Pool is slow. Ensure that the pool has room."),
        (
            "consider a change",
            "Pool is slow. Consider increasing the pool size.",
        ),
        (
            "check whether, Romance languages",
            "Pool is slow. Verifique que el pool tenga espacio.",
        ),
        (
            "check whether, other languages",
            "Pool is slow. Prüfen Sie den Pool.",
        ),
        (
            "option help",
            "Pool is slow. --pool-size=N   the size of the pool",
        ),
        (
            "conditional look",
            "Pool is slow. If it keeps happening, check the pool.",
        ),
        ("guess", "Pool is slow. This may be caused by a full pool."),
        (
            "likely cause",
            "Pool is slow. Most likely the pool is full, meaning clients wait.",
        ),
        (
            "guess and advice, Portuguese and Spanish",
            "Pool is slow. Isso é geralmente causado por um pool cheio.",
        ),
        (
            "take action",
            "Pool is slow. View logs and take action to resolve the pool failures.",
        ),
        ("request, Chinese", "Pool is slow. 请检查连接池配置。"),
        (
            "request, Japanese",
            "Pool is slow. 接続プールの設定を確認してください。",
        ),
        (
            "guess, Chinese and Japanese",
            "Pool is slow. 这通常代表连接池已满。",
        ),
    ];
    let named: Vec<&str> = ADVICE_PIECES
        .iter()
        .chain(CJK_ADVICE_PIECES)
        .map(|(name, _)| *name)
        .collect();
    let shown: Vec<&str> = examples.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        named, shown,
        "every kind of advice has an example, in order"
    );
    for (name, text) in examples {
        let piece = ADVICE_PIECES
            .iter()
            .chain(CJK_ADVICE_PIECES)
            .find(|(n, _)| *n == name)
            .map(|(_, piece)| Regex::new(&format!("(?i){piece}")).expect("valid piece"))
            .expect("named piece");
        assert!(piece.is_match(text), "{name}: its own piece reads {text:?}");
        assert_eq!(
            advice(text),
            Some("Pool is slow. ".len()),
            "{name}: advice starts after the first sentence of {text:?}"
        );
    }
}

#[test]
fn a_health_checks_verdict_on_its_target_is_the_target_down_whatever_timeout_it_quotes() {
    check(
        "{}",
        &[
            (
                &[("alertname", "TraefikServerDown"), ("service", "grpc-api")],
                &[
                    ("summary", "Traefik health check marked h2c://10.0.4.21:50051 down"),
                    (
                        "description",
                        "checking gRPC health: gRPC health check timeout: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                    ),
                ],
                ("grpc-api", "node_down", "builtin:node-down-alertname"),
            ),
            (
                &[("alertname", "LoadBalancerTargetDown"), ("service", "search")],
                &[
                    ("summary", "tg-search target 10.0.21.15:9200 failed its health checks"),
                    ("description", "Reason: Target.Timeout - Request timed out"),
                ],
                ("search", "node_down", "builtin:node-down-alertname"),
            ),
            (
                &[("alertname", "TargetDown"), ("service", "node")],
                &[
                    ("summary", "Target 10.30.8.14:9100 of job node is down"),
                    (
                        "description",
                        "up == 0 for 5m. Last scrape error: Get \"http://10.30.8.14:9100/metrics\": context deadline exceeded",
                    ),
                ],
                ("node", "node_down", "builtin:node-down-alertname"),
            ),
            (
                &[("alertname", "VarnishBackendSick"), ("service", "cache")],
                &[
                    ("summary", "Backend boot.api_origin went sick on cache-fra-3"),
                    (
                        "description",
                        "Backend_health - boot.api_origin Went sick 4---X--- 2 3 5 0.000000 0.412883 \"Poll timeout 2.000s exceeded by 0.001s\"",
                    ),
                ],
                ("cache", "node_down", "words:peer-gone"),
            ),
            // Without a health check's verdict, the same timeout is a call that waited.
            (
                &[("alertname", "GatewayErrors"), ("service", "search")],
                &[(
                    "summary",
                    "upstream timed out (110: Connection timed out) while reading response header from upstream",
                )],
                ("search", "upstream_timeout", "builtin:upstream-timeout-text"),
            ),
        ],
    );
}

#[test]
fn two_sentences_of_advice_in_a_row_are_both_left_out() {
    assert_eq!(
        without_advice(
            "Targets down. It is probably due to resource exhaustion. Some peers may enforce rate limiting. Seen on 3 nodes."
        ),
        "Targets down. Seen on 3 nodes."
    );
}
