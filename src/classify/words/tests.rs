//! The word stage's own tests: tokenising, the issue's families, look-alikes, evidence.

use super::super::camel_case;
use super::super::tests::map;
use super::*;

/// Classifies `(labels, annotations)` by words alone and compares `(signature, rule)`.
fn check(labels: &[(&str, &str)], annotations: &[(&str, &str)], expected: Option<(&str, &str)>) {
    let labels = map(labels);
    let spelled = labels.get("alertname").and_then(|name| camel_case(name));
    let got = words().classify(&labels, &map(annotations), spelled.as_deref(), &|_| true);
    assert_eq!(
        got.as_ref().map(|m| (m.signature, m.rule)),
        expected,
        "labels {labels:?} annotations {annotations:?}: {got:?}"
    );
}

#[test]
fn camel_case_and_digits_split() {
    assert_eq!(
        camel_pieces("KafkaLagIsTooHigh").collect::<Vec<_>>(),
        ["Kafka", "Lag", "Is", "Too", "High"]
    );
    assert_eq!(
        camel_pieces("HTTPServer5xx").collect::<Vec<_>>(),
        ["HTTP", "Server", "5xx"]
    );
    assert_eq!(camel_pieces("p99").collect::<Vec<_>>(), ["p99"]);
    assert_eq!(
        camel_pieces("HTTP503Errors").collect::<Vec<_>>(),
        ["HTTP", "503", "Errors"]
    );
}

#[test]
fn families_of_the_issue() {
    check(
        &[("alertname", "KafkaLagIsTooHigh")],
        &[],
        Some(("queue_backlog", "consumer-lag")),
    );
    check(
        &[("alertname", "PGBouncerHighSaturationCritical")],
        &[],
        Some(("connection_pool_exhaustion", "pooler-saturation")),
    );
    check(
        &[
            ("alertname", "ResourceSaturation"),
            ("component", "disk_space"),
        ],
        &[],
        Some(("disk_full", "disk-capacity")),
    );
    check(
        &[("alertname", "HTTPErrors"), ("code", "504")],
        &[],
        Some(("upstream_timeout", "http-504")),
    );
    check(
        &[("alertname", "NodeNotReady")],
        &[],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "HostUnreachable")],
        &[("description", "db-7 does not reply to ICMP")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "PingFailed")],
        &[("description", "Host router-2 does not reply to ICMP")],
        Some(("node_down", "probe-failed")),
    );
    check(
        &[("alertname", "SLOViolation"), ("sli", "apdex")],
        &[],
        Some(("high_latency", "latency")),
    );
}

#[test]
fn look_alikes_stay_out() {
    check(
        &[("alertname", "BGPSessionDown")],
        &[("description", "BGP session to 192.0.2.1 is down")],
        None,
    );
    check(&[("alertname", "NodeExporterAbsent")], &[], None);
    check(
        &[("alertname", "Gateway")],
        &[("description", "Redis is not available for rate limiting")],
        None,
    );
    check(&[("alertname", "CPUThrottlingHigh")], &[], None);
    check(
        &[("alertname", "CPUThrottlingHigh")],
        &[("summary", "container api is throttled 40% of the time")],
        None,
    );
    check(&[("alertname", "ContainerLowMemoryUsage")], &[], None);
    // Not ready is not down for things that are not nodes; a scaled-down deployment, dead
    // tuples, a dead man's switch and an offline storage pool are not down nodes either.
    check(&[("alertname", "KubeadmConfigNotReady")], &[], None);
    check(&[("alertname", "LokiNeedsToBeScaledDown")], &[], None);
    check(&[("alertname", "PostgresqlDeadTuples")], &[], None);
    check(&[("alertname", "DeadMansSwitch")], &[], None);
    check(&[("alertname", "ZfsOfflinePool")], &[], None);
    check(&[("alertname", "NodeConnTrackAlmostExhausted")], &[], None);
    // A risk named in a runbook is not what happened.
    check(
        &[("alertname", "TooHighChurnRate")],
        &[(
            "description",
            "High churn of series may lead to OOM kills of the storage nodes",
        )],
        None,
    );
}

#[test]
fn alertnames_that_say_down() {
    check(
        &[("alertname", "PromscaleDown")],
        &[],
        Some(("node_down", "name-down")),
    );
    check(
        &[("alertname", "ControlPlaneDownForTooLong")],
        &[],
        Some(("node_down", "name-down")),
    );
    check(
        &[("alertname", "SparkNoAliveWorkers")],
        &[],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "DeadDataNodes")],
        &[],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "Host is not reporting")],
        &[],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "VMPoweredOff")],
        &[("summary", "virtual machine app-4 is powered off")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "NodeLost")],
        &[],
        Some(("node_down", "down")),
    );
    // A lost job is work, not a node.
    check(&[("alertname", "NomadJobLost")], &[], None);
    check(&[("alertname", "ThroughputDown")], &[], None);
}

#[test]
fn cloud_metric_names_as_alertnames() {
    for (name, expected) in [
        (
            "orders-ApproximateNumberOfMessagesVisible",
            ("queue_backlog", "pending-work"),
        ),
        ("lambda-IteratorAge", ("queue_backlog", "backlog")),
        (
            "dynamodb-ReadThrottleEvents",
            ("rate_limited", "throttled-name"),
        ),
        (
            "rds-prod-FreeableMemory",
            ("out_of_memory", "memory-capacity"),
        ),
        ("web-1-StatusCheckFailed", ("node_down", "probe-failed")),
    ] {
        check(&[("alertname", name)], &[], Some(expected));
    }
    check(&[("alertname", "ContainerHighThrottleRate")], &[], None);
}

#[test]
fn backlogs_without_queue_words() {
    check(
        &[("alertname", "EventHubBacklog")],
        &[("summary", "incoming messages exceed outgoing messages")],
        Some(("queue_backlog", "backlog")),
    );
    check(
        &[("alertname", "HubIncomingExceedsOutgoing")],
        &[],
        Some(("queue_backlog", "inflow-exceeds-outflow")),
    );
    check(
        &[("alertname", "CollectorQueueNotDraining")],
        &[],
        Some(("queue_backlog", "pending-work")),
    );
}

#[test]
fn storage_pools_and_other_pools() {
    check(
        &[("alertname", "CinderHighPoolCapacityUsage")],
        &[],
        Some(("disk_full", "pool-capacity")),
    );
    check(&[("alertname", "ThreadpoolUtilizationHigh")], &[], None);
    check(
        &[("alertname", "Pools")],
        &[("summary", "buffer pool capacity usage high")],
        None,
    );
}

#[test]
fn capacity_wording_of_desktops_brokers_and_windows() {
    // gnome-settings-daemon's low-disk-space notification in Czech, Swedish and Turkish.
    for (summary, body) in [
        (
            "Nedostatek místa na disku",
            "U tohoto počítače zbývá pouze 512 MB volného místa na disku.",
        ),
        (
            "Lågt diskutrymme på ”Lagring”",
            "Volymen ”Lagring” har endast 760 MB diskutrymme kvar.",
        ),
        (
            "“Veri” Üzerinde Düşük Disk Alanı",
            "“Veri” biriminde yalnızca 1,3 GB disk alanı kaldı.",
        ),
    ] {
        check(
            &[("alertname", "DesktopNotification")],
            &[("summary", summary), ("description", body)],
            Some(("disk_full", "disk-capacity")),
        );
    }
    // The alarm a RabbitMQ node raised, as a label.
    check(
        &[("alertname", "RabbitMQAlarm"), ("alarm", "disk_free_limit")],
        &[],
        Some(("disk_full", "disk-capacity")),
    );
    check(
        &[
            ("alertname", "RabbitMQAlarm"),
            ("alarm", "file_descriptor_limit"),
        ],
        &[],
        Some(("fd_exhaustion", "fd-usage")),
    );
    // A socket's descriptor number next to its accept queue being full is the queue's, not
    // descriptors running out (POLICY.md rule 16).
    check(
        &[("alertname", "AppServerWarnings")],
        &[(
            "description",
            "accept queue on listener fd 9 is full (128/128)",
        )],
        Some(("queue_backlog", "queue-size")),
    );
    // Windows Storage Spaces is a product's name, not free space; a resolver that restored
    // memory reports a recovery.
    check(
        &[("alertname", "WindowsEventLogEntry")],
        &[
            (
                "summary",
                "Microsoft-Windows-StorageSpaces-Driver event 206 on S2D-NODE-2",
            ),
            ("description", "Physical disk {7c22} was auto-retired."),
        ],
        None,
    );
    check(
        &[("alertname", "WindowsEventLogEntry")],
        &[
            (
                "summary",
                "Microsoft-Windows-Resource-Exhaustion-Resolver event 1012",
            ),
            (
                "description",
                "Windows successfully restored your computer's virtual memory.",
            ),
        ],
        None,
    );
    // A limit changed is a setting (POLICY.md rule 9); a limit nearly used up is not.
    check(
        &[("alertname", "ConfigDrift")],
        &[(
            "summary",
            "isucon-app.service: LimitNOFILE changed from 1024 to 65535",
        )],
        None,
    );
    check(
        &[("alertname", "ProcessAlert")],
        &[(
            "summary",
            "open file descriptors at 95% of the configured limit",
        )],
        Some(("fd_exhaustion", "fd-usage")),
    );
}

#[test]
fn two_camel_pieces_that_are_one_word() {
    check(
        &[("alertname", "AppTimeOutsHigh"), ("upstream", "payments")],
        &[("summary", "upstream TimeOut rate")],
        Some(("upstream_timeout", "upstream-timeout")),
    );
    check(
        &[("alertname", "RootFileSystemAlmostFull")],
        &[],
        Some(("disk_full", "disk-capacity")),
    );
}

#[test]
fn cause_beats_symptom_and_evidence_names_words() {
    let got = words()
        .classify(
            &map(&[("alertname", "HighErrorRate")]),
            &map(&[("description", "The connection pool has been exhausted")]),
            None,
            &|_| true,
        )
        .expect("a match");
    assert_eq!(got.signature, "connection_pool_exhaustion");
    assert_eq!(got.field, "annotation:description");
    assert_eq!(got.words, "connection, pool, exhausted");
}

#[test]
fn lexicon_has_each_word_once() {
    let mut seen = std::collections::BTreeSet::new();
    for (word, _) in LEXICON {
        assert!(
            seen.insert(*word),
            "{word} is listed twice; the later entry would win"
        );
        assert!(
            with_lowercase(word, |lower| lower == *word),
            "{word} must be lower-case to be found"
        );
    }
}

#[test]
fn other_languages_add_words_without_redefining_any() {
    let english: std::collections::BTreeSet<&str> = LEXICON.iter().map(|(w, _)| *w).collect();
    let mut seen = std::collections::BTreeSet::new();
    for (word, _) in intl::INTL_WORDS.iter().chain(intl::INTL_STEMS) {
        assert!(seen.insert(*word), "{word} is listed twice");
        assert!(
            !english.contains(word),
            "{word} is already in LEXICON; one meaning per word"
        );
        assert!(
            with_lowercase(word, |lower| lower == *word),
            "{word} must be lower-case to be found"
        );
    }
    for (stem, _) in intl::INTL_STEMS {
        assert!(
            !stem.is_ascii(),
            "{stem}: an ASCII stem would read English words"
        );
    }
    for (word, _) in intl::INTL_CJK_WORDS {
        assert!(
            word.chars().all(is_cjk),
            "{word} is not written in CJK or Hangul"
        );
        assert!(
            !CJK_WORDS.iter().any(|(w, _)| w == word),
            "{word} is already in CJK_WORDS"
        );
    }
}

#[test]
fn without_a_summary_the_first_sentence_of_the_text_is_the_subject() {
    check(
        &[("alertname", "checkout")],
        &[(
            "description",
            "The service is returning errors for 12% of requests. See the runbook.",
        )],
        Some(("high_error_rate", "request-errors")),
    );
    check(
        &[("alertname", "Monitor")],
        &[("message", "Queue orders has 12000 pending messages")],
        Some(("queue_backlog", "queue-messages")),
    );
    // Only the first sentence: a later one mentions errors in passing.
    check(
        &[("alertname", "Monitor")],
        &[(
            "description",
            "Nightly export finished. Errors of requests are logged.",
        )],
        None,
    );
    // With a summary, the description stays prose.
    check(
        &[("alertname", "Monitor")],
        &[
            ("summary", "Nightly export"),
            (
                "description",
                "The service is returning errors for 12% of requests",
            ),
        ],
        None,
    );
    // Prose symbols are not thresholds: "(> 5)" says what should be, not what is high.
    check(
        &[("alertname", "PostgresqlNotEnoughConnections")],
        &[(
            "description",
            "PostgreSQL instance should have more connections (> 5)",
        )],
        None,
    );
}

#[test]
fn uptime_monitors_name_their_target_without_a_host_word() {
    for summary in [
        "https://shop.example.com went down",
        "shop.example.com is down",
        "payments-gw is down",
        "DOWN alert: shop is DOWN",
        "payments-gw is unavailable",
        "kafka-2.kafka-headless is not responding",
    ] {
        assert!(names_a_target(summary), "{summary}");
        check(
            &[("alertname", "Website")],
            &[("summary", summary)],
            Some(("node_down", "down")),
        );
    }
    // Measures that went down are not targets.
    for summary in [
        "Throughput is down 30%",
        "orders per minute went down",
        "traffic down on checkout",
    ] {
        assert!(!names_a_target(summary), "{summary}");
        check(&[("alertname", "Traffic")], &[("summary", summary)], None);
    }
    // A bare link is a link, not a sentence.
    check(
        &[("alertname", "Traffic")],
        &[("runbook_url", "https://runbooks.example.com/host-down")],
        None,
    );
}

#[test]
fn a_hosts_availability_is_whether_it_is_up() {
    check(
        &[("alertname", "VmAvailabilityMetric")],
        &[(
            "summary",
            "Average VmAvailabilityMetric < 1.0 on web-3 (metric value 0.7)",
        )],
        Some(("node_down", "host-availability")),
    );
    check(
        &[("alertname", "vm-web-availability")],
        &[("description", "VM availability dropped to 0")],
        Some(("node_down", "host-availability")),
    );
    // A service's availability is its requests' success, not a machine being up.
    check(
        &[("alertname", "ServiceAvailability")],
        &[("summary", "Average ServiceAvailability < 99.9 on orders-db")],
        None,
    );
    check(
        &[("alertname", "CheckoutAvailabilitySLO")],
        &[("summary", "Availability SLO of checkout nodes burning")],
        Some(("high_error_rate", "slo-errors")),
    );
}

#[test]
fn application_monitor_wording() {
    for (summary, signature) in [
        (
            "Time to first byte above 1.5s on shop.example.com",
            "high_latency",
        ),
        ("TTFB 2.1s on /checkout", "high_latency"),
        ("Website has degraded performance", "high_latency"),
        ("Page load time 8.2s on /checkout", "high_latency"),
        (
            "Failed invocations of resize-fn above 5%",
            "high_error_rate",
        ),
    ] {
        let got = words()
            .classify(
                &map(&[("alertname", "Monitor")]),
                &map(&[("summary", summary)]),
                None,
                &|_| true,
            )
            .map(|m| m.signature);
        assert_eq!(got, Some(signature), "{summary}");
    }
    // A certificate signing request waits for approval, not for a worker.
    check(
        &[("alertname", "PendingCertificateRequest")],
        &[("summary", "Certificate signing request pending approval")],
        None,
    );
    // A count of exceptions in a log is not a ratio of failed requests.
    check(
        &[("alertname", "LogMonitor")],
        &[(
            "summary",
            "search-api-exceptions: 4719 matches in 10 minutes",
        )],
        None,
    );
}

#[test]
fn abbreviated_alertnames() {
    for (name, signature) in [
        ("ConnPoolSat", "connection_pool_exhaustion"),
        ("ReplLagHigh", "replication_lag"),
        ("ErrRateHigh", "high_error_rate"),
        ("NodeUnreach", "node_down"),
        ("GwTimeout", "upstream_timeout"),
        ("RabbitmqUnackedMsgs", "queue_backlog"),
    ] {
        let got = words()
            .classify(&map(&[("alertname", name)]), &map(&[]), None, &|_| true)
            .map(|m| m.signature);
        assert_eq!(got, Some(signature), "{name}");
    }
}

#[test]
fn storage_quotas_that_refuse_writes_are_full_disks() {
    check(
        &[("alertname", "BucketQuota")],
        &[(
            "summary",
            "Object storage quota by size is 96% full for project tools",
        )],
        Some(("disk_full", "storage-quota")),
    );
    check(
        &[("alertname", "ProjectDiskQuotaExceeded")],
        &[("summary", "Project registry exceeded its disk usage quota")],
        Some(("disk_full", "storage-quota")),
    );
    // Allowances: a namespace's quota of pods or memory, a count of volumes.
    for summary in [
        "Namespace team-b is using 93% of its pods quota",
        "Namespace team-b memory quota is full",
        "Tenant volume quota nearly exhausted",
    ] {
        check(
            &[("alertname", "QuotaAlert")],
            &[("summary", summary)],
            None,
        );
    }
}

#[test]
fn a_quoted_log_line_is_read_like_a_subject() {
    for line in [
        "NetworkManager[3353]: Rechner ist nicht erreichbar",
        "murmur-07 qtwebengine-render[3446]: Узел недоступен",
        "2026-03-14 03:41:07 ERROR host db-2 is unreachable",
        "[ERROR] host db-2 is unreachable",
        "level=error msg=\"host db-2 is unreachable\"",
        "fatal: host db-2 is unreachable",
        "java.net.NoRouteToHostException: No route to host (Host unreachable)",
        "Caused by: java.net.NoRouteToHostException: No route to host",
        "System.Net.Sockets.SocketException (113): No route to host",
        "Error: connect EHOSTUNREACH 10.0.4.12:5432",
        "E1201 10:20:31.123456    4121 controller.go:114] host db-2 is unreachable",
    ] {
        assert!(is_log_line(line), "{line}");
        // A client's errno text names the peer gone in any field (POLICY.md rule 11).
        let rule = if line.contains("route") || line.contains("EHOSTUNREACH") {
            "peer-gone"
        } else {
            "down"
        };
        check(
            &[("alertname", "SyslogErrors")],
            &[
                ("summary", "edge-gw: error lines in logs"),
                ("description", line),
            ],
            Some(("node_down", rule)),
        );
    }
    // Prose around it is not: a runbook that says what may go down says nothing happened.
    for prose in [
        "Note: the host may be unreachable during maintenance",
        "If the host is unreachable, check the VPN",
        "ERRORS of the host are logged",
        "nginx[abc]: host unreachable",
        "error budget: hosts may be unreachable",
        "Errors: the host is unreachable at times",
        "E1201 host db-2 is unreachable at times",
        "{\"level\":\"info\",\"msg\":\"host db-2 is unreachable\"}",
    ] {
        assert!(!is_log_line(prose), "{prose}");
        check(
            &[("alertname", "SyslogErrors")],
            &[
                ("summary", "edge-gw: error lines in logs"),
                ("description", prose),
            ],
            None,
        );
    }
    // A summary that only says an alert fired, and where, heads nothing: the message does.
    check(
        &[("alertname", "HostPing"), ("instance", "kiosk-lobby-2")],
        &[
            ("summary", "[FIRING:1] Alert fired for kiosk-lobby-2"),
            ("message", "kiosk-lobby-2 is unreachable"),
        ],
        Some(("node_down", "down")),
    );
    // A summary with a word of its own ("killed") heads the alert, and the description is detail.
    check(
        &[
            ("alertname", "ContainerKilled"),
            ("instance", "10.0.1.17:8080"),
        ],
        &[
            ("summary", "Container killed (instance 10.0.1.17:8080)"),
            ("description", "A container has disappeared"),
        ],
        None,
    );
    // A log line's level is how the program filed the line, not a word of what it says: the
    // ERROR of a full disk's line is not a disk error.
    for line in [
        "2026-12-02T10:41:07.123Z ERROR [main] disk /var is full",
        "[ERROR] disk /var is full",
        "level=error msg=\"disk /var is full\"",
        "{\"level\":\"error\",\"ts\":1764671467.1,\"msg\":\"disk /var is full\"}",
        "{\"@timestamp\":\"2026-12-02T10:41:07Z\",\"log.level\":\"ERROR\",\"message\":\"disk /var is full\"}",
        "{\"name\":\"app\",\"pid\":7,\"level\":50,\"msg\":\"disk /var is full\"}",
    ] {
        assert!(is_log_line(line), "{line}");
        check(
            &[("alertname", "LogErrors")],
            &[
                ("summary", "Error lines in the logs of app"),
                ("description", line),
            ],
            Some(("disk_full", "disk-capacity")),
        );
    }
    // A qualified exception type's namespace files the error: `System.IO` is not disk I/O.
    check(
        &[("alertname", "HighErrorRate")],
        &[
            ("summary", "search-api error rate above 5%"),
            (
                "description",
                "System.IO.IOException: There is not enough space on the disk.",
            ),
        ],
        Some(("disk_full", "disk-capacity")),
    );
    // The prose that introduces a line says where it was found, not what failed: an API's
    // query that matched a log line is not a request error.
    check(
        &[("alertname", "ApplicationErrorLogged")],
        &[
            ("summary", "Error logged by cms-api"),
            (
                "description",
                "Loki query matched a line from cms-api in content:\nError: Pool is closed.",
            ),
        ],
        None,
    );
}

/// One alert summary per language and family: the words of the language alone decide.
#[test]
fn alerts_written_in_other_languages() {
    let cases: &[(&str, Option<(&str, &str)>)] = &[
        // Chinese.
        (
            "磁盘空间不足，剩余 5%",
            Some(("disk_full", "disk-capacity")),
        ),
        (
            "内存使用率超过 90%",
            Some(("out_of_memory", "memory-capacity")),
        ),
        ("服务器宕机", Some(("node_down", "down"))),
        ("接口响应时间过长", Some(("high_latency", "latency"))),
        (
            "数据库连接池已满",
            Some(("connection_pool_exhaustion", "pool-exhausted")),
        ),
        (
            "MySQL 主从延迟超过 60 秒",
            Some(("replication_lag", "replication-lag")),
        ),
        (
            "SSL 证书将在 7 天后过期",
            Some(("certificate_expiry", "certificate-expiry")),
        ),
        ("Kafka 消息积压", Some(("queue_backlog", "backlog"))),
        ("打开文件数过多", Some(("fd_exhaustion", "open-files"))),
        ("Pod 频繁重启", Some(("crash_loop", "restart-loop"))),
        // Korean.
        ("디스크 공간 부족", Some(("disk_full", "disk-capacity"))),
        (
            "메모리 사용률 초과",
            Some(("out_of_memory", "memory-capacity")),
        ),
        (
            "인증서 만료 임박",
            Some(("certificate_expiry", "certificate-expiry")),
        ),
        ("응답 시간 지연", Some(("high_latency", "latency"))),
        // Russian and Ukrainian.
        (
            "Заканчивается место на диске /var",
            Some(("disk_full", "disk-capacity")),
        ),
        (
            "Высокое использование памяти",
            Some(("out_of_memory", "memory-capacity")),
        ),
        ("Сервер недоступен", Some(("node_down", "down"))),
        ("Сервер не отвечает", Some(("node_down", "down"))),
        (
            "Слишком много открытых файлов",
            Some(("fd_exhaustion", "open-files")),
        ),
        (
            "El servicio de pagos no responde",
            Some(("node_down", "down")),
        ),
        (
            "Задержка репликации больше 60 с",
            Some(("replication_lag", "replication-lag")),
        ),
        (
            "Срок действия сертификата истекает",
            Some(("certificate_expiry", "certificate-expiry")),
        ),
        (
            "Закінчується вільне місце на диску",
            Some(("disk_full", "disk-capacity")),
        ),
        // Portuguese, Italian, Dutch, Polish.
        (
            "Disco quase cheio no servidor web01",
            Some(("disk_full", "disk-capacity")),
        ),
        (
            "Fila com muitas mensagens pendentes",
            Some(("queue_backlog", "queue-messages")),
        ),
        ("Serviço indisponível", Some(("node_down", "down"))),
        (
            "Spazio su disco esaurito",
            Some(("disk_full", "disk-capacity")),
        ),
        (
            "Il certificato scade tra 3 giorni",
            Some(("certificate_expiry", "certificate-expiry")),
        ),
        ("Server non raggiungibile", Some(("node_down", "down"))),
        (
            "Schijf bijna vol: weinig schijfruimte",
            Some(("disk_full", "disk-capacity")),
        ),
        ("Hoog geheugengebruik", None),
        (
            "Hoog gebruik van geheugen",
            Some(("out_of_memory", "memory-capacity")),
        ),
        (
            "Wysokie zużycie pamięci",
            Some(("out_of_memory", "memory-capacity")),
        ),
        (
            "Opóźnienie replikacji przekracza 60 s",
            Some(("replication_lag", "replication-lag")),
        ),
        // Services and agents that stopped or cannot be reached, as monitoring templates say it.
        (
            "Agente Zabbix não está disponível",
            Some(("node_down", "down")),
        ),
        ("Le serveur ne répond pas", Some(("node_down", "down"))),
        ("Hôte hors service", Some(("node_down", "down"))),
        ("Служба nginx не работает", Some(("node_down", "down"))),
        ("サービスが停止しています", Some(("node_down", "down"))),
        ("Zabbix 代理不可用", Some(("node_down", "down"))),
        ("Usługa zatrzymana", Some(("node_down", "down"))),
        ("Sunucu erişilemez durumda", Some(("node_down", "down"))),
        // glibc's translations: name resolution, connection timeouts, allocation.
        (
            "Namnuppslagning misslyckades temporärt",
            Some(("dns_failure", "dns-failure")),
        ),
        (
            "Fallo temporal en la resolución del nombre",
            Some(("dns_failure", "dns-failure")),
        ),
        (
            "Yhteys aikakatkaistu",
            Some(("upstream_timeout", "connection-timeout")),
        ),
        (
            "Tempo esgotado para conexão",
            Some(("upstream_timeout", "connection-timeout")),
        ),
        (
            "No se pudo asignar memoria",
            Some(("out_of_memory", "memory-capacity")),
        ),
        // GLib's translations: a name that cannot be resolved.
        (
            "»db.internal« kann vorübergehend nicht aufgelöst werden",
            Some(("dns_failure", "dns-failure")),
        ),
        (
            "Error al resolver «db.internal»",
            Some(("dns_failure", "dns-failure")),
        ),
        (
            "Nie można tymczasowo rozwiązać „db.internal”",
            Some(("dns_failure", "dns-failure")),
        ),
        (
            "暂时无法解析“db.internal”",
            Some(("dns_failure", "dns-failure")),
        ),
        // A timeout among a latency alert's impacts is not the cause.
        (
            "Produce latency is high; clients see connection timeouts",
            Some(("high_latency", "latency")),
        ),
        // Look-alikes: the words of a resource without a failure.
        ("磁盘信息", None),
        ("Информация о сервере", None),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(summary, expected)| {
            let got = words().classify(
                &map(&[("alertname", "Alert")]),
                &map(&[("summary", summary)]),
                None,
                &|_| true,
            );
            let got = got.as_ref().map(|m| (m.signature, m.rule));
            (got != *expected).then(|| format!("{summary}: {got:?}, expected {expected:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn sentences_end_at_punctuation_before_space_only() {
    let got: Vec<&str> =
        sentences("Disk osd.12 on 10.0.0.4 is out. Pool full; retry!\nnext").collect();
    assert_eq!(
        got,
        [
            "Disk osd.12 on 10.0.0.4 is out.",
            " Pool full;",
            " retry!",
            "\nnext"
        ]
    );
    assert_eq!(sentences("").count(), 0);
}

#[test]
fn words_meet_within_two_sentences() {
    // A disk named in the first sentence and a limit three sentences later are not a full disk.
    check(
        &[("alertname", "StoreGatewayErrors")],
        &[(
            "description",
            "The store gateway reads blocks from disk. It serves queries. It retries. The max is 3.",
        )],
        None,
    );
    // An error line that states its cause over two sentences still counts.
    check(
        &[("alertname", "ServiceErrors")],
        &[(
            "description",
            "Timeout acquiring a connection. The pool is probably full.",
        )],
        Some(("connection_pool_exhaustion", "pool-exhausted")),
    );
}

/// The signature the words give an alert whose summary is `text`.
fn summary_signature(text: &str) -> Option<&'static str> {
    words()
        .classify(
            &map(&[("alertname", "Alerta")]),
            &map(&[("summary", text)]),
            None,
            &|_| true,
        )
        .map(|m| m.signature)
}

#[test]
fn words_of_other_languages() {
    for (text, signature) in [
        ("No queda espacio en el dispositivo", "disk_full"),
        ("No hay suficiente memoria", "out_of_memory"),
        ("Latencia alta en la API de pagos", "high_latency"),
        ("Festplatte fast voll auf srv-3", "disk_full"),
        ("Server srv-3 ist nicht erreichbar", "node_down"),
        ("Espace disque faible sur srv-3", "disk_full"),
        ("Le serveur srv-3 est injoignable", "node_down"),
        ("デバイスに空き領域がありません", "disk_full"),
        ("メモリを確保できません", "out_of_memory"),
        ("名前解決に失敗しました", "dns_failure"),
        ("開いているファイルが多すぎます", "fd_exhaustion"),
        ("Cola de mensajes creciendo", "queue_backlog"),
        ("Proceso reiniciándose continuamente", "crash_loop"),
        ("Mémoire saturée sur srv-3", "out_of_memory"),
        ("Speicher erschöpft auf srv-3", "out_of_memory"),
        ("kein Platz mehr auf dem Gerät", "disk_full"),
        ("Nicht genug Hauptspeicher", "out_of_memory"),
        (
            "Il n'y a plus de place disponible sur le périphérique",
            "disk_full",
        ),
        (
            "délai d'attente dépassé en attendant la réponse du serveur amont",
            "upstream_timeout",
        ),
        ("ERROR:  interbloqueo detectado", "deadlock"),
        ("el certificado ha expirado", "certificate_expiry"),
        ("Demasiados archivos abiertos", "fd_exhaustion"),
        ("Počítač je vypnutý", "node_down"),
        ("Host is inactief", "node_down"),
        ("Nicio rută spre mașina de la distanță", "node_down"),
        ("Værten kan ikke nås", "node_down"),
    ] {
        assert_eq!(summary_signature(text), Some(signature), "{text}");
    }
}

#[test]
fn names_not_found_and_connections_refused() {
    for (text, signature) in [
        ("Host db.internal not found", Some("dns_failure")),
        ("Unknown host api.example.com", Some("dns_failure")),
        (
            "api.example.com konnte nicht gefunden werden",
            Some("dns_failure"),
        ),
        ("Le domaine n'existe pas", Some("dns_failure")),
        ("主机 db.internal 未找到", Some("dns_failure")),
        ("Сервер api.example.com не найден", Some("dns_failure")),
        // Look-alikes: what was not found is no name a resolver looks up, or the name and
        // the "not found" are in different places.
        ("File report.pdf not found on host web-1", None),
        ("User deploy not found", None),
        ("404 Not Found: https://api.example.com/v1/users", None),
        ("Key not found in bucket", None),
        ("Record not found", None),
        ("Datei nicht gefunden", None),
        ("Cannot find module '/app/server.js'", None),
        ("Host web-1 not found in inventory", None),
        (
            "Scheduled run failed on map-server-04. Output: library not found",
            None,
        ),
        // A refused connection is a target down; a listener refusing connections is up.
        (
            "dial tcp 10.0.0.5:5432: connect: connection refused",
            Some("node_down"),
        ),
        ("Verbindung verweigert", Some("node_down")),
        ("Systemd socket refused connections", None),
    ] {
        assert_eq!(summary_signature(text), signature, "{text}");
    }
}

#[test]
fn translated_error_messages_in_more_languages_and_scripts() {
    for (text, signature) in [
        (
            "Zeitüberschreitung beim Verbindungsaufbau zu api.example.com",
            Some("upstream_timeout"),
        ),
        (
            "Время ожидания соединения с db-1 истекло",
            Some("upstream_timeout"),
        ),
        (
            "Przekroczono limit czasu podczas próby połączenia",
            Some("upstream_timeout"),
        ),
        (
            "Il tempo è scaduto durante la connessione",
            Some("upstream_timeout"),
        ),
        ("연결 시간이 초과되었습니다", Some("upstream_timeout")),
        ("انتهت مهلة الاتصال بالخادم", Some("upstream_timeout")),
        ("תם הזמן בעת ניסיון להתחבר לשרת", Some("upstream_timeout")),
        (
            "सर्वर का प्रमाणपत्र समाप्त हो गया है",
            Some("certificate_expiry"),
        ),
        ("ใบรับรองหมดอายุแล้ว", Some("certificate_expiry")),
        ("หน่วยความจำไม่เพียงพอ", Some("out_of_memory")),
        (
            "Sicherheitsbibliothek: Speicherzuweisungsfehler",
            Some("out_of_memory"),
        ),
        ("bellek yetersiz", Some("out_of_memory")),
        ("minnet slut", Some("out_of_memory")),
        ("Tạm thời không thể phân giải tên", Some("dns_failure")),
        (
            "Odwzorowanie nazwy jest chwilowo niemożliwe",
            Some("dns_failure"),
        ),
        ("Hôte inconnu : api.example.com", Some("dns_failure")),
        ("Zu viele Anfragen", Some("rate_limited")),
        ("Verklemmung erkannt", Some("deadlock")),
        ("Server app-2 antwortet nicht", Some("node_down")),
        ("Не удалось разрешить имя хоста", Some("dns_failure")),
        ("אין מספיק זיכרון", Some("out_of_memory")),
        ("Hết bộ nhớ trên app-2", Some("out_of_memory")),
        ("Il servizio è stato riavviato 5 volte", Some("crash_loop")),
        ("Pod startet ständig neu", Some("crash_loop")),
        // One crash is not a loop; waiting for a lock is not a deadlock; asking to contact
        // someone is not a connection.
        ("Der Daemon stürzte während der Transaktion ab!", None),
        ("パッケージマネージャのロックを待っています。", None),
        ("กรุณาติดต่อผู้ดูแลระบบ", None),
        ("Disco fuera de línea", None),
        ("Bộ nhớ đệm hết hạn", None),
        ("Passwort läuft in 5 Tagen ab", None),
    ] {
        assert_eq!(summary_signature(text), signature, "{text}");
    }
}

#[test]
fn indic_and_thai_words_stay_whole() {
    let mut seen = Vec::new();
    words().scan("समय समाप्त; การใช้งานสูง", &[], |word, _| seen.push(word));
    assert_eq!(seen, ["समाप्त", "การใช้งาน", "สูง"]);
}

#[test]
fn a_bare_number_is_the_value_over_the_threshold() {
    check(
        &[("alertname", "open files")],
        &[("summary", "64231")],
        Some(("fd_exhaustion", "open-files")),
    );
    check(
        &[("alertname", "db connections")],
        &[("summary", "98%")],
        Some(("connection_pool_exhaustion", "connection-limit")),
    );
    check(
        &[("alertname", "AWSRDSHighDatabaseConnections")],
        &[],
        Some(("connection_pool_exhaustion", "connections-high")),
    );
    check(
        &[("alertname", "PGConnPerc")],
        &[("summary", "92")],
        Some(("connection_pool_exhaustion", "connection-limit")),
    );
    check(
        &[("alertname", "redis memory")],
        &[("summary", "7.9GB")],
        Some(("out_of_memory", "memory-capacity")),
    );
    check(
        &[("alertname", "ProcessRespawning")],
        &[("summary", "process api respawned 9 times in 5 minutes")],
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "restarts")],
        &[("summary", "14")],
        Some(("crash_loop", "restart-loop")),
    );
    // Without a resource in the name a number says nothing.
    check(&[("alertname", "Orders")], &[("summary", "497")], None);
}

#[test]
fn vendor_monitor_wording() {
    // Datadog and Zabbix write their monitors as sentences.
    check(
        &[("alertname", "[prod] Docker does not respond")],
        &[],
        Some(("node_down", "not-responding")),
    );
    check(
        &[(
            "alertname",
            "Beanstalk Instance root file system usage > 90%",
        )],
        &[],
        Some(("disk_full", "disk-capacity")),
    );
    check(
        &[(
            "alertname",
            "API Management successful requests rate too low",
        )],
        &[],
        Some(("high_error_rate", "success-rate")),
    );
    check(
        &[(
            "alertname",
            "Azure Table Storage too few successful requests < 90% (80%)",
        )],
        &[],
        Some(("high_error_rate", "success-rate")),
    );
    check(
        &[(
            "alertname",
            "Azure Queue Storage too many throttling errors",
        )],
        &[],
        Some(("rate_limited", "throttle-errors")),
    );
    check(
        &[("alertname", "Redis: Too many entries in the slowlog")],
        &[],
        Some(("high_latency", "latency")),
    );
    check(
        &[("alertname", "DNS cannot resolve")],
        &[],
        Some(("dns_failure", "dns-failure")),
    );
    check(
        &[("alertname", "Elevated Response Times and Timeouts")],
        &[],
        Some(("high_latency", "response-time")),
    );
    check(
        &[("alertname", "Delays in notification delivery")],
        &[],
        Some(("queue_backlog", "delayed-work")),
    );
    check(
        &[("alertname", "Wildfly - Waiting Requests")],
        &[],
        Some(("queue_backlog", "waiting-requests")),
    );
    check(
        &[("alertname", "MysqlSecondsBehindMaster")],
        &[],
        Some(("replication_lag", "replication-lag")),
    );
    // Burst credits and a broken capacity value are not a full disk; a throttled update that
    // fails is not a refusal; a storage service's requests are not its space.
    check(
        &[("alertname", "orders-db-BurstBalance")],
        &[(
            "description",
            "Average database storage burst balance over last 10 minutes too low",
        )],
        None,
    );
    check(
        &[
            ("alertname", "KubernetesEvent"),
            ("reason", "InvalidDiskCapacity"),
        ],
        &[("message", "invalid capacity 0 on image filesystem")],
        None,
    );
    check(&[("alertname", "JaegerThrottlingUpdateFailing")], &[], None);
}

#[test]
fn status_codes_in_alertnames() {
    let got = words()
        .classify(
            &map(&[("alertname", "Upstream429s")]),
            &map(&[]),
            None,
            &|_| true,
        )
        .expect("a match");
    assert_eq!((got.signature, got.rule), ("rate_limited", "http-429"));
    assert_eq!(got.words, "429s");
    check(
        &[("alertname", "HTTP503Errors")],
        &[],
        Some(("high_error_rate", "http-5xx")),
    );
    // In prose a number is a value: "504s" of replication lag is not a gateway timeout.
    check(
        &[("alertname", "PostgresReplicationLagHigh")],
        &[("summary", "504s")],
        Some(("replication_lag", "replication-lag")),
    );
}

#[test]
fn incident_titles() {
    // Contractions negate what follows: a consumer that isn't consuming leaves work waiting.
    check(
        &[(
            "alertname",
            "One moksha consumer isn't consuming, but bloating",
        )],
        &[],
        Some(("queue_backlog", "pending-work")),
    );
    check(
        &[("alertname", "intermittent hostname lookup failures")],
        &[],
        Some(("dns_failure", "dns-failure")),
    );
    check(
        &[(
            "alertname",
            ".net \"No such host is known\" using DNS Service",
        )],
        &[],
        Some(("dns_failure", "dns-rcode")),
    );
    check(
        &[("alertname", "Host resolution fails from time to time")],
        &[],
        Some(("dns_failure", "dns-failure")),
    );
    check(
        &[("alertname", "JDBC Pool exhausted")],
        &[],
        Some(("connection_pool_exhaustion", "pool-exhausted")),
    );
    check(
        &[("alertname", "Site certificate outdated as of 2019-08-01")],
        &[],
        Some(("certificate_expiry", "certificate-expiry")),
    );
    // A node lookup is the API's, not the resolver's.
    check(
        &[("alertname", "PrometheusOperatorNodeLookupErrors")],
        &[],
        None,
    );
}

#[test]
fn named_codes_in_labels() {
    check(
        &[
            ("alertname", "GrpcErrors"),
            ("grpc_code", "DeadlineExceeded"),
        ],
        &[],
        Some(("upstream_timeout", "upstream-timeout")),
    );
    check(
        &[("alertname", "RpcFailures"), ("code", "DEADLINE_EXCEEDED")],
        &[],
        Some(("upstream_timeout", "upstream-timeout")),
    );
    check(
        &[
            ("alertname", "ContainerTerminated"),
            ("termination_reason", "OOMKilled"),
        ],
        &[],
        Some(("out_of_memory", "out-of-memory")),
    );
}

#[test]
fn addresses_are_not_words() {
    // The `api` of a host name is not a request, nor the `443` of a port a status code.
    check(
        &[("alertname", "Uptime")],
        &[("summary", "Host api.example.com is down")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "Monitor is DOWN: api.example.com")],
        &[],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "Probe of 10.0.0.5:443 failed")],
        &[],
        Some(("node_down", "probe-failed")),
    );
    // A refused connection is a closed port, not a connection limit.
    check(
        &[("alertname", "SystemdSocketRefusedConnections")],
        &[],
        None,
    );
}

#[test]
fn chinese_alert_texts() {
    check(
        &[("alertname", "磁盘空间不足")],
        &[],
        Some(("disk_full", "disk-capacity")),
    );
    check(
        &[("alertname", "内存使用率过高")],
        &[],
        Some(("out_of_memory", "memory-capacity")),
    );
    check(
        &[("alertname", "数据库连接数过多")],
        &[],
        Some(("connection_pool_exhaustion", "connection-limit")),
    );
    check(
        &[("alertname", "MySQL主从延迟")],
        &[],
        Some(("replication_lag", "replication-lag")),
    );
    check(
        &[("alertname", "服务器宕机")],
        &[],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "消息队列积压")],
        &[],
        Some(("queue_backlog", "backlog")),
    );
    // CPU usage is not memory.
    check(&[("alertname", "CPU使用率过高")], &[], None);
}

#[test]
fn terse_values() {
    // "498/500" is the value over the threshold, as "497" is.
    check(
        &[("alertname", "connections")],
        &[("summary", "498/500")],
        Some(("connection_pool_exhaustion", "connection-limit")),
    );
    check(
        &[("alertname", "cert days left")],
        &[("summary", "5")],
        Some(("certificate_expiry", "certificate-expiry")),
    );
    // A monitor that sends only its measure sends it as `value`.
    check(
        &[("alertname", "rabbitmq messages ready")],
        &[("value", "12000")],
        Some(("queue_backlog", "ready-messages")),
    );
    check(
        &[("alertname", "jvm heap")],
        &[("current_value", "96%")],
        Some(("out_of_memory", "memory-capacity")),
    );
    check(
        &[("alertname", "root fs")],
        &[("value", "95")],
        Some(("disk_full", "disk-capacity")),
    );
    // A generic alertname whose series keeps its name.
    check(
        &[
            ("alertname", "ThresholdExceeded"),
            ("__name__", "node_filesystem_avail_bytes"),
        ],
        &[],
        Some(("disk_full", "disk-capacity")),
    );
}

#[test]
fn a_check_output_heads_the_alert_and_its_state_marks_a_threshold() {
    // Sensu's and Nagios' checks report one line: the service, its state, the measure.
    check(
        &[("alertname", "check-container")],
        &[(
            "output",
            "CheckDockerContainer CRITICAL: Container nginx-proxy is not running on unix:///var/run/docker.sock",
        )],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "check-sqs-messages")],
        &[(
            "output",
            "SQSMsgs CRITICAL: 48213 message(s) in orders-ingest",
        )],
        Some(("queue_backlog", "queue-size")),
    );
    check(
        &[("alertname", "fd")],
        &[(
            "output",
            "OPEN FILES CRITICAL - 64000 of 65536 file descriptors open",
        )],
        Some(("fd_exhaustion", "fd-usage")),
    );
    // The state is no restart count: "processes to restart after an upgrade" is no loop.
    check(
        &[("alertname", "check-process-restart")],
        &[(
            "output",
            r#"CheckProcessRestart WARNING: {"found":"4","pids":{"1187":"/usr/sbin/sshd"}}"#,
        )],
        None,
    );
    // In prose "critical" is only a severity.
    check(
        &[("alertname", "QueueReport")],
        &[("summary", "the critical: queue of reports")],
        None,
    );
}

#[test]
fn members_that_are_too_few_or_unreachable() {
    check(
        &[("alertname", "ElasticsearchTooFewNodesRunning")],
        &[],
        Some(("node_down", "few-running")),
    );
    check(
        &[("alertname", "check-instance-reachability")],
        &[(
            "output",
            "CheckInstanceReachability CRITICAL: Could not reach i-0a1b2c3d4e5f60718",
        )],
        Some(("node_down", "not-responding")),
    );
    // "has not been ready": the negation passes over the auxiliary.
    check(
        &[("alertname", "CertManagerCertNotReady")],
        &[(
            "description",
            "This certificate has not been ready to serve traffic for at least 10m. If the cert is being renewed, the ingress may serve another.",
        )],
        None,
    );
}

#[test]
fn rates_limits_and_replication_latency() {
    // A rate and a capacity in a backlog's description are not requests refused.
    check(
        &[("alertname", "LogstashConsumersBehind")],
        &[(
            "description",
            "Logstash consumers are not keeping up with the rate of log production. Either Logstash has reduced throughput capacity or producers log too much.",
        )],
        Some(("queue_backlog", "consumer-lag")),
    );
    check(
        &[("alertname", "ApiCalls")],
        &[("description", "Rate limit exceeded for tenant acme")],
        Some(("rate_limited", "rate-limited")),
    );
    check(
        &[("alertname", "ReplicationLatency")],
        &[],
        Some(("replication_lag", "replication-latency")),
    );
    check(
        &[("alertname", "TiKV_raft_log_lag")],
        &[],
        Some(("replication_lag", "replication-lag")),
    );
    // A guest's vCPU run queue and a DIMM's errors are neither backlog nor exhaustion.
    check(&[("alertname", "GuestVCPUQueueHighWarning")], &[], None);
    check(
        &[("alertname", "HardwareMemoryError")],
        &[("summary", "DIMM error(s) detected")],
        None,
    );
}

#[test]
fn storage_daemons_down_and_erroneous_calls() {
    check(
        &[("alertname", "CephOSDDownHigh")],
        &[("summary", "More than 10% of OSDs are down")],
        Some(("node_down", "osd-down")),
    );
    // A disk offline is no host; OSDs that flap are a network's trouble.
    check(&[("alertname", "MinioNodeDiskOffline")], &[], None);
    check(
        &[("alertname", "CephOSDFlapping")],
        &[(
            "summary",
            "Network issues are causing OSDs to flap (mark each other down)",
        )],
        None,
    );
    check(
        &[("alertname", "Erroneous call rate is too high")],
        &[],
        Some(("high_error_rate", "request-errors")),
    );
}

#[test]
fn a_check_named_after_one_resource_with_no_text_is_that_resource() {
    check(
        &[("alertname", "check-ram"), ("status", "2")],
        &[],
        Some(("out_of_memory", "check-memory")),
    );
    check(
        &[("alertname", "check-postgres-replication")],
        &[],
        Some(("replication_lag", "check-replication")),
    );
    // Checkmk's generic alertname: the check is the `service` label, written as prose.
    check(
        &[
            ("alertname", "Checkmk service problem"),
            ("service", "RabbitMQ Node rabbit@mq-4 Filedesc"),
        ],
        &[],
        Some(("fd_exhaustion", "check-files")),
    );
    // Prometheus' `service` names an application: "memory-cache" is no measure.
    check(
        &[
            ("alertname", "InstanceProblem"),
            ("service", "memory-cache"),
        ],
        &[],
        None,
    );
    // Anything else named, in the alertname or in the text, and the check is not bare.
    check(&[("alertname", "MemoryECCErrors")], &[], None);
    check(
        &[("alertname", "KubeStatefulSetReplicasMismatch")],
        &[],
        None,
    );
    check(
        &[("alertname", "check-ram")],
        &[("summary", "memory bandwidth benchmark regressed")],
        None,
    );
}

#[test]
fn a_lower_case_alertname_keeps_its_compounds() {
    // "dead mans switch" is the Watchdog, not something dead; "replica set" is pods.
    check(&[("alertname", "dead mans switch")], &[], None);
    check(
        &[("alertname", "kube stateful set replicas mismatch")],
        &[],
        None,
    );
    check(
        &[("alertname", "ha proxy http slowing down")],
        &[],
        Some(("high_latency", "latency")),
    );
}

#[test]
fn a_generic_alertname_leaves_the_title_to_name_the_alert() {
    check(
        &[("alertname", "Grafana alert")],
        &[("title", "Memcached down on cache-3")],
        Some(("node_down", "name-down")),
    );
    // The same title under a name that says something else is only a summary.
    check(
        &[("alertname", "MemcachedEvictions")],
        &[(
            "summary",
            "Memcached evictions, capacity planning is down the line",
        )],
        None,
    );
    check(
        &[("alertname", "Alert")],
        &[("summary", "Prometheus dead man's switch")],
        None,
    );
}

#[test]
fn glibc_strerror_texts_in_more_languages() {
    for (text, signature) in [
        ("python3[2243]: Za dużo otwartych plików", "fd_exhaustion"),
        ("sshd[1746]: Nema dovoljno memorije", "out_of_memory"),
        (
            "rsync[2096]: Baigėsi prisijungimo laukimo laikas",
            "upstream_timeout",
        ),
        ("curl[1620]: Laitteella ei ole tilaa jäljellä", "disk_full"),
        ("postgres[1326]: L’amfitrió no està operatiu", "node_down"),
    ] {
        let got = words().classify(
            &map(&[("alertname", "LogErrorLines")]),
            &map(&[("description", text)]),
            None,
            &|_| true,
        );
        assert_eq!(got.map(|m| m.signature), Some(signature), "{text}");
    }
    // Reachable without a negation is no host down.
    check(
        &[("alertname", "LogErrorLines")],
        &[("description", "gvfsd[3122]: Gostitelj je dosegljiv")],
        None,
    );
}

#[test]
fn cloudwatch_alarms_as_the_sns_mapping_renders_them() {
    // "3 out of the last 3 datapoints" in the state reason is a count, not connections run out.
    check(
        &[
            ("alertname", "efs-fs-0a1b2c3d-anomalousClientConnections"),
            ("sender", "cloudwatch"),
        ],
        &[
            ("description", "Anomalous client connection count detected."),
            (
                "message",
                "Thresholds Crossed: 1 out of the last 1 datapoints [1840.0 (02/12/26 07:36:00)] \
                 was greater than the upper thresholds [902.5]",
            ),
        ],
        None,
    );
    // A function's `Errors` count failed invocations; its error *log* lines do not.
    check(
        &[("alertname", "Warning-Lambda-ResizeImage-Errors")],
        &[],
        Some(("high_error_rate", "request-errors")),
    );
    check(
        &[("alertname", "Warning-Lambda-ResizeImage-ErrorLog")],
        &[],
        None,
    );
    // Time a message has waited in a queue is a backlog.
    check(
        &[(
            "alertname",
            "ALARM: \"sqs-priority-queue-delay-critical\" in Canada (Central)",
        )],
        &[],
        Some(("queue_backlog", "queue-size")),
    );
    // An ECS task that is unavailable, nodes that failed: down.
    check(
        &[("alertname", "blazer-task-unavailable")],
        &[],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "kubernetes-failed-nodes")],
        &[],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "NodesFailureAlarm")],
        &[("description", "Nodes failure alert")],
        Some(("node_down", "down")),
    );
    // Work created faster than it is taken off: "not being processed" is work waiting.
    check(
        &[("alertname", "bulk-inflights-not-being-processed-warning")],
        &[],
        Some(("queue_backlog", "pending-work")),
    );
    // A deploy step that failed in the API's pods is no failed request.
    check(
        &[("alertname", "db-migration-failure-critical")],
        &[(
            "description",
            "The database migration running in the api k8s pods has failed",
        )],
        None,
    );
    // AWS's Japanese: "throttling occurred" with the function's name, an unhealthy host.
    check(
        &[("alertname", "Warning-ALB-Hosts")],
        &[(
            "description",
            "*Application Load Balancer* (web) で *異常なホストが検出* されました。",
        )],
        Some(("node_down", "down")),
    );
}

#[test]
fn restarts_timeouts_and_liveness() {
    // A back-off is a loop word, not a restart: a Kubernetes `BackOff` is as often an image pull.
    check(
        &[("alertname", "KubeEvent"), ("reason", "BackOff")],
        &[],
        None,
    );
    check(
        &[("alertname", "x")],
        &[(
            "summary",
            "pgbouncer.service on db-proxy-1 hit its start limit",
        )],
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "SyslogPattern")],
        &[
            ("summary", "openvpn alert"),
            (
                "description",
                "openvpn-server@corp.service restarted 14 times in 30 minutes.",
            ),
        ],
        Some(("crash_loop", "restarts-counted")),
    );
    check(
        &[("alertname", "KongUpstreamTargetUnhealthy")],
        &[(
            "summary",
            "Kong upstream target 10.0.4.17:8080 is unhealthy",
        )],
        Some(("node_down", "upstream-unhealthy")),
    );
    check(
        &[("alertname", "ArgoCdAppUnhealthy")],
        &[("summary", "The application shop is unhealthy")],
        None,
    );
    check(
        &[("alertname", "LinkerdRouteTimeouts")],
        &[(
            "summary",
            "web -> cart: 4.8% of requests hit the route's response timeout",
        )],
        Some(("upstream_timeout", "request-timeout")),
    );
}

#[test]
fn work_done_on_purpose_stays_out() {
    check(
        &[("alertname", "KubeConfigChange")],
        &[(
            "summary",
            "HTTPRoute get-cart: timeouts.request changed from 2s to 5s",
        )],
        None,
    );
    check(
        &[("alertname", "SystemdUnitInactive")],
        &[(
            "summary",
            "rabbitmq-server.service stopped by operator for maintenance",
        )],
        None,
    );
    check(
        &[("alertname", "ISIS Adjacency down")],
        &[("summary", "isisISAdjState = down on xe-0/0/3")],
        None,
    );
}

#[test]
fn a_load_balancer_with_no_healthy_targets_is_hosts_down() {
    check(
        &[("alertname", "KongUpstreamNoHealthyTargets")],
        &[(
            "summary",
            "No healthy targets left in upstream catalog-upstream",
        )],
        Some(("node_down", "upstream-unhealthy")),
    );
    check(
        &[("alertname", "check-alb-target-group-health")],
        &[(
            "output",
            "CheckALBTargetGroupHealth CRITICAL: Unhealthy ALB target groups: api-tg - 3/4 unhealthy targets",
        )],
        Some(("node_down", "upstream-unhealthy")),
    );
    // An application's own health is not settled (POLICY rule 9): no gateway, no rule.
    check(
        &[("alertname", "ArgoCdAppUnhealthy")],
        &[("summary", "An ArgoCD Application is Unhealthy.")],
        None,
    );
}

/// Session 9's monitoring and membership messages (`probes_nodes9.jsonl`): a log alert's
/// quoted line, a recovery notice, a problem "resolved", a node drained on purpose.
#[test]
fn liveness_lines_and_recoveries() {
    check(
        &[("alertname", "LokiCassandra")],
        &[(
            "log",
            "INFO [GossipStage:1] Gossiper.java:1012 - InetAddress /10.11.3.7 is now dead.",
        )],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "MasakariHostMonitor")],
        &[("log", "'cmp-22' is 'offline' (current: 'online').")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "ClusterReachability")],
        &[(
            "summary",
            "Not enough hosts reachable (required: 2, reachable: 0)",
        )],
        Some(("node_down", "few-running")),
    );
    check(
        &[("alertname", "GossipSuspect")],
        &[(
            "description",
            "[INFO] memberlist: Suspect esm-b has failed, no acks received",
        )],
        Some(("node_down", "not-responding")),
    );
    check(
        &[(
            "alertname",
            "Device Notice: core-switch-1 (10.0.0.2) returned from DOWN state",
        )],
        &[],
        None,
    );
    check(
        &[("alertname", "SwarmNodeAvailability")],
        &[(
            "description",
            "docker node update --availability drain swarm-worker-9 (kernel patching)",
        )],
        None,
    );
    check(
        &[("alertname", "NaemonLog")],
        &[(
            "log",
            "HOST DOWNTIME ALERT: esx-07;STOPPED; Host has exited from a period of scheduled downtime",
        )],
        None,
    );
    // A fixed problem is not a name that failed to resolve; a name that could not be is.
    check(
        &[("alertname", "OpenNMS")],
        &[("description", "Impact lasts until this outage is resolved.")],
        None,
    );
    check(
        &[("alertname", "CurlError")],
        &[("description", "the given remote host was not resolved")],
        Some(("dns_failure", "dns-failure")),
    );
}

#[test]
fn client_library_exceptions() {
    let exception = |text| [("alertname", "ExceptionsThrown"), ("exception", text)];
    // The `Error` of a class named after what went wrong is the class's kind, not "errors".
    check(
        &exception("asyncpg.exceptions.TooManyConnectionsError"),
        &[],
        Some(("connection_pool_exhaustion", "connection-limit")),
    );
    check(
        &exception("asyncpg.exceptions.DiskFullError"),
        &[],
        Some(("disk_full", "disk-capacity")),
    );
    // A package path names where a class lives: "util" is no utilisation.
    check(
        &[("alertname", "AppErrorLogs")],
        &[(
            "description",
            "org.postgresql.util.PSQLException: Memória insuficiente",
        )],
        Some(("out_of_memory", "memory-capacity")),
    );
    assert!(in_package(
        "java.util.concurrent.TimeoutException",
        &"java.util.concurrent.TimeoutException"[5..9]
    ));
    assert!(!in_package(
        "db-1.prod.example.com",
        &"db-1.prod.example.com"[5..9]
    ));
    // A pool that callers acquire from timed out: a connection pool, not a storage pool.
    check(
        &[("alertname", "SentryIssueAlert")],
        &[("title", "PoolTimeout")],
        Some(("connection_pool_exhaustion", "pool-timeout")),
    );
    check(
        &[("alertname", "ConfigReloaded")],
        &[
            ("summary", "client options changed"),
            ("description", "PoolSize 40 -> 80, PoolTimeout 4s -> 6s"),
        ],
        None,
    );
    check(
        &[("alertname", "AppErrorLogs")],
        &[(
            "description",
            "MongooseServerSelectionError: connect ECONNREFUSED 10.12.4.31:27017",
        )],
        Some(("node_down", "connection-refused")),
    );
    check(
        &[
            ("alertname", "Errors"),
            ("error", "slow consumer, messages dropped"),
        ],
        &[],
        Some(("queue_backlog", "slow-consumer")),
    );
    check(
        &[("alertname", "SentryIssueAlert")],
        &[(
            "title",
            "TimeoutError: Timeout awaiting 'response' for 10000ms",
        )],
        Some(("upstream_timeout", "response-wait-timeout")),
    );
    check(
        &[("alertname", "BillingWorkerErrors")],
        &[(
            "description",
            "rpc call to the pricing service: timed out waiting for a reply after 60s",
        )],
        Some(("upstream_timeout", "response-wait-timeout")),
    );
    // One failed request, as it was raised or logged, is not a ratio of requests.
    check(
        &exception("HTTPError: Request failed with status code 404 (Not Found): GET /x"),
        &[],
        None,
    );
    check(
        &[("alertname", "AppErrorLogs")],
        &[(
            "description",
            "ERROR indexer::fetch: parse failed error=error decoding response body",
        )],
        None,
    );
    check(
        &[
            ("alertname", "Errors"),
            ("error", "(Mint.TransportError) non-existing domain"),
        ],
        &[],
        Some(("dns_failure", "name-not-found")),
    );
}

#[test]
fn an_exception_class_before_its_message() {
    // The class says what was not found; the server named in its message is not a host name
    // that failed to resolve.
    check(
        &[("alertname", "AppErrorLogs")],
        &[(
            "description",
            "Faraday::ResourceNotFound: the server responded with status 404 for GET http://search/x",
        )],
        None,
    );
    // An error tracker's issue titled by its class is one error raised, not a ratio.
    check(
        &[("alertname", "SentryIssueAlert")],
        &[(
            "title",
            "HTTPStatusError: Client error '422 Unprocessable Entity' for url 'http://validator/check'",
        )],
        None,
    );
    assert!(names_a_raised_error(
        "GuzzleHttp\\Exception\\ClientException: Client error"
    ));
    assert!(!names_a_raised_error("HighErrorRate: 5% of requests fail"));
}

/// Restarts counted, restarts only required, timeouts that are a server's own limits, run and
/// device queues, replication backlogs (`probes_lookalike9.jsonl`, POLICY.md rule 10).
#[test]
fn restarts_timeouts_queues_and_replicas_that_look_alike() {
    fn restarts(text: &str) -> [(&str, &str); 1] {
        [("description", text)]
    }
    check(
        &[("alertname", "InstanceFlapping")],
        &restarts("crdb-2:8080 for cluster ledger restarted 3 time(s) in 10m"),
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "WindowsEventLog")],
        &restarts("The service terminated unexpectedly. It has done this 1 time(s)."),
        None,
    );
    check(
        &[("alertname", "CircusWatcherFlapping")],
        &restarts("circusd stopped watcher mailer after 2 restarts within 1s"),
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "LogPatternMatched")],
        &[("summary", "error: Script restart attempt #9")],
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "ForeverScriptRestarted")],
        &[("summary", "error: Script restart attempt #1")],
        None,
    );
    check(
        &[("alertname", "ConfigChanged")],
        &restarts("flapping.max_retry raised from 5 to 10; no restart was made."),
        None,
    );
    check(
        &[("alertname", "check-supervisor")],
        &[(
            // A check's output sent as its own annotation is its subject, where the restart loop
            // rule reads it.
            "output",
            "CheckSupervisor CRITICAL: \nqueue-worker-3 not running: backoff",
        )],
        Some(("crash_loop", "restart-loop")),
    );
    // Only required: nothing restarted.
    check(
        &[("alertname", "PatroniPendingRestart")],
        &[("summary", "Patroni member pg-2 needs a restart")],
        None,
    );
    check(
        &[("alertname", "check_needrestart")],
        &[(
            "output",
            "CRIT - Kernel: 6.1.0-18-amd64, Services: 2 (!), Containers: none, Sessions: 2 (!)",
        )],
        None,
    );
    // A router in front of an application is a gateway; idle and session timeouts are not.
    check(
        &[("alertname", "HerokuRouterErrors")],
        &[(
            "description",
            "heroku[router]: at=error code=H12 desc=\"Request timeout\" service=30000ms status=503",
        )],
        Some(("upstream_timeout", "upstream-timeout")),
    );
    check(
        &[("alertname", "EnvoyClusterEvents")],
        &[(
            "summary",
            "upstream connection idle timeout on cluster payments",
        )],
        None,
    );
    check(
        &[("alertname", "ApplicationErrorLogged")],
        &[(
            "description",
            "The session timeout is not within the range allowed by the broker",
        )],
        None,
    );
    check(
        &[("alertname", "CloudflareHttpStatus"), ("status", "524")],
        &[],
        Some(("upstream_timeout", "http-504")),
    );
    // Queues of the CPU and of a block device; a replication backlog; MediaWiki's maxlag.
    check(
        &[("alertname", "RunQueueHigh")],
        &[("summary", "runq-sz 64 on build-2")],
        None,
    );
    check(
        &[("alertname", "PulsarReplicationBacklog")],
        &[],
        Some(("replication_lag", "replication-lag")),
    );
    check(
        &[("alertname", "maxlag")],
        &[("message", "Waiting for db1185: 9 seconds lagged.")],
        Some(("replication_lag", "replication-lag")),
    );
    check(
        &[("alertname", "jetstream_consumer_num_pending")],
        &[("value", "33210")],
        Some(("queue_backlog", "pending-work")),
    );
    // An arrow is a change of value, not a threshold.
    check(
        &[("alertname", "PatroniConfigChanged")],
        &[("summary", "maximum_lag_on_failover 1048576 -> 33554432")],
        None,
    );
}

/// A symptom's prose around a quoted line ("returned 12% errors", "Most frequent error:") does
/// not veto what the line says; found by moving the deciding text of tuning alerts into
/// error-ratio, latency and Datadog-style carriers (session 10).
#[test]
fn prose_around_a_quoted_line_does_not_veto_it() {
    let ratio = [("alertname", "CheckoutErrors"), ("service", "checkout")];
    for description in [
        "The checkout service returned 12% errors over 10 minutes. curl[1340]: Na zařízení není volné místo",
        "Most frequent error in the last 5 minutes: curl[1340]: Na zařízení není volné místo",
        "%%%\nError count > 50 for service:checkout\n\nSample: `curl[1340]: Na zařízení není volné místo`\n%%%",
    ] {
        check(
            &ratio,
            &[("description", description)],
            Some(("disk_full", "disk-capacity")),
        );
    }
    check(
        &ratio,
        &[
            ("summary", "Errors"),
            (
                "description",
                "The checkout service returned 12% errors over 10 minutes. System.IO.IOException: There is not enough space on the disk.",
            ),
        ],
        Some(("disk_full", "disk-capacity")),
    );
    // Another item of a list is another error, not part of this one.
    check(
        &ratio,
        &[(
            "description",
            "Recent errors:\n- curl[1340]: Na zařízení není volné místo\n- request failed with status 500",
        )],
        Some(("disk_full", "disk-capacity")),
    );
    // Prose that is not a quoted line still vetoes: "disk errors" are I/O errors, not space.
    check(
        &ratio,
        &[(
            "description",
            "The disk returned errors over 10 minutes. Na zařízení není volné místo",
        )],
        None,
    );
}

#[test]
fn a_colon_sets_a_quoted_line_apart_from_its_prose() {
    assert_eq!(
        quote_apart("Most frequent error: java.net.UnknownHostException: db-1").collect::<Vec<_>>(),
        [
            ("Most frequent error:", false),
            ("java.net.UnknownHostException: db-1", true)
        ]
    );
    assert_eq!(
        quote_apart("Disk usage: 93% on /var").collect::<Vec<_>>(),
        [("Disk usage: 93% on /var", false)]
    );
    assert_eq!(
        quote_apart("nginx[1207]: upstream timed out: reading response").collect::<Vec<_>>(),
        [("nginx[1207]: upstream timed out: reading response", false)]
    );
}

/// POLICY.md rule 11: a client's own words for a peer that is not there, in any field and in
/// any of the languages Windows says them in; routing neighbours, planned leaves and a true
/// cause beside the refusal are not hosts down.
#[test]
fn a_peer_that_is_not_there() {
    for (key, line) in [
        ("description", "ERROR redis.exceptions.ConnectionError: Error 113 connecting to 10.8.2.14:6379. No route to host."),
        ("description", "err=\"dial tcp 10.30.0.9:9090: connect: network is unreachable\""),
        ("description", "level=error msg=\"nats: no servers available for connection\""),
        ("output", "No connection could be made because the target machine actively refused it 10.2.0.14:443"),
        ("description", "SocketException (10064): Ein Socketvorgang ist fehlgeschlagen, da der Zielhost ausgefallen ist."),
        ("description", "SocketException (10065): Se intentó realizar una operación de socket a un host inalcanzable."),
        ("description", "2026/01/22 03:14:15 [INFO] serf: EventMemberFailed: lb-02 10.0.1.2"),
        ("message", "peer became inactive (message send to peer failed) peer-id=fd422379fda50e48"),
    ] {
        check(
            &[("alertname", "LogLines")],
            &[("summary", "Error lines in the logs of app"), (key, line)],
            Some(("node_down", "peer-gone")),
        );
    }
    check(
        &[("alertname", "LogLines")],
        &[(
            "message",
            "WARN Connection to node 1 (kafka-1/10.0.12.41:9092) could not be established. Node may not be available.",
        )],
        Some(("node_down", "connect-failed")),
    );
    // A peer alone is a cluster member.
    check(
        &[("alertname", "CassandraPeerDead")],
        &[(
            "summary",
            "Cassandra peer cas-ledger-5 marked dead by gossip",
        )],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "PeerDown"), ("protocol", "bgp")],
        &[(
            "description",
            "BGP session with peer 10.255.0.2 closed: connection refused by the neighbour",
        )],
        None,
    );
    check(
        &[("alertname", "BFDSessionDown")],
        &[("summary", "BFD session to 10.1.1.2 down")],
        None,
    );
    check(
        &[("alertname", "GossipNodeLeft")],
        &[(
            "description",
            "memberlist: node web-21 left the cluster gracefully (decommissioned)",
        )],
        None,
    );
    // A DNS server said to be down is down, whatever its probe's queries say; a target whose
    // name did not resolve is a resolution failure, whatever its check is called.
    check(
        &[("alertname", "DNSServerDown")],
        &[
            ("summary", "DNS server 10.10.0.53 is down"),
            (
                "description",
                "dns_query result=timeout for every domain for 5 minutes",
            ),
        ],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "PingTargetUnreachable")],
        &[(
            "description",
            "fping: db-replica-7.int.example.net: Name does not resolve",
        )],
        Some(("dns_failure", "dns-failure")),
    );
}

#[test]
fn capacity_as_pool_libraries_and_job_systems_word_it() {
    // A pool named by its library, and pools in the languages of SqlClient's resources.
    check(
        &[("alertname", "ApplicationLogErrors")],
        &[("description", "get connection failed: Timed out in bb8")],
        Some(("connection_pool_exhaustion", "pool-exhausted")),
    );
    check(
        &[("alertname", "ExceptionsThrown")],
        &[(
            "description",
            "Upłynął limit czasu przed uzyskaniem połączenia z puli.",
        )],
        Some(("connection_pool_exhaustion", "pool-exhausted")),
    );
    // A consumer's offset and its lag; a queue set against its threshold.
    check(
        &[("alertname", "BurrowConsumerStatus")],
        &[("description", "WARN invoices:3 (offset 8816004, lag 48877)")],
        Some(("queue_backlog", "consumer-lag")),
    );
    check(
        &[("alertname", "HangfireDashboardThreshold")],
        &[(
            "summary",
            "Jobs in Warteschlange: 18 452 (threshold 5 000 for 20m)",
        )],
        Some(("queue_backlog", "queue-size")),
    );
    check(
        &[("alertname", "ServiceBusActive")],
        &[("summary", "ActiveMessages on sb-prod/payments-in is 25118")],
        Some(("queue_backlog", "pending-work")),
    );
}

#[test]
fn memory_exhausted_in_more_languages() {
    for text in [
        "geheugen is uitgeput",
        "Nedostatek paměti",
        "sin memoria",
        "メモリを使い果たしました",
    ] {
        check(
            &[("alertname", "LogMatch")],
            &[("description", text)],
            Some(("out_of_memory", "memory-capacity")),
        );
    }
}

#[test]
fn capacity_look_alikes() {
    // Nothing pending, a dead-letter count, a device's request queue, an idle client closed,
    // a slow consumer that caught up and an allocation whose size overflowed.
    check(
        &[("alertname", "ResqueQueueCheck")],
        &[("summary", "There are no pending jobs in this queue")],
        None,
    );
    check(
        &[("alertname", "Service Bus dead-lettered messages")],
        &[(
            "summary",
            "DeadletteredMessages on sb-prod/payments-in is 37",
        )],
        None,
    );
    check(
        &[("alertname", "DeviceQueueLengthHigh")],
        &[(
            "description",
            "The average queue length of the requests issued to the device (iostat -x).",
        )],
        None,
    );
    check(
        &[("alertname", "LogMatch")],
        &[(
            "description",
            "pgbouncer: closing because: client_idle_timeout (age=600s)",
        )],
        None,
    );
    check(
        &[("alertname", "ApplicationLogErrors")],
        &[
            ("summary", "errors in application log"),
            (
                "description",
                "[INF] cid:8812 - Slow Consumer Recovered: Flush took 0.412s with 3 chunks",
            ),
        ],
        None,
    );
    check(
        &[("alertname", "LogMatch")],
        &[(
            "description",
            "memory allocation failed due to capacity overflow",
        )],
        None,
    );
}

#[test]
fn an_error_introduced_by_prose_is_read_on_its_own() {
    // The prose's "slow requests" would veto a resolver's words in the same sentence.
    check(
        &[("alertname", "HighRequestLatency")],
        &[(
            "description",
            "Slow requests since 10:02; sample error: cannot resolve db.internal",
        )],
        Some(("dns_failure", "dns-failure")),
    );
}

#[test]
fn timeouts_that_are_not_a_dependency_s() {
    // A client that stalled while this server waited for it.
    check(
        &[("alertname", "NginxLogWarnings")],
        &[(
            "summary",
            "api-gw: clients time out while reading request headers",
        )],
        None,
    );
    // A Kubernetes Job that ran past its own deadline.
    check(
        &[("alertname", "job_failed"), ("reason", "DeadlineExceeded")],
        &[],
        None,
    );
    // gRPC's code of the same name is a call given up on.
    check(
        &[
            ("alertname", "rpc_failures"),
            ("grpc_code", "DeadlineExceeded"),
        ],
        &[],
        Some(("upstream_timeout", "upstream-timeout")),
    );
}

#[test]
fn error_text_in_log_metric_labels() {
    check(
        &[
            ("alertname", "AppErrorsByMessage"),
            ("msg", "resolvers failing: no answer for orders-db"),
        ],
        &[],
        Some(("dns_failure", "dns-failure")),
    );
}

#[test]
fn read_timeouts_in_translated_error_pages() {
    // Squid's ERR_READ_TIMEOUT, translated, as the most frequent error of an error ratio: the
    // cause decides.
    for text in [
        "Most frequent error from squid-1.proxy (504): Zeitüberschreitung beim Lesen",
        "Most frequent error from squid-1.proxy (504): Délai de lecture dépassé",
        "Most frequent error from squid-1.proxy (504): 读取超时",
        "Most frequent error from squid-1.proxy (504): 読み込みタイムアウト",
        "Most frequent error from squid-1.proxy (504): przekroczony czas odczytu",
    ] {
        check(
            &[("alertname", "OutboundProxyErrors")],
            &[
                ("summary", "6.5% of requests failing"),
                ("description", text),
            ],
            Some(("upstream_timeout", "read-timeout")),
        );
    }
    // A ping probe reading its own socket is the probe's; a read timeout raised in a
    // configuration change is a setting.
    check(
        &[("alertname", "HostDown"), ("instance", "camera-17.site-b")],
        &[(
            "description",
            "Host camera-17.site-b does not answer ping: blackbox icmp probe logged \"Timeout reading from socket\"",
        )],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "ConfigChange")],
        &[
            (
                "summary",
                "proxy_read_timeout raised from 60s to 300s on ingress-public",
            ),
            ("description", "nginx -s reload after the config change"),
        ],
        None,
    );
}

#[test]
fn a_failed_connection_to_a_host_said_to_be_down() {
    for text in [
        "Last error page: Connection to 203.0.113.24 failed. The remote host or network may be down.",
        "Last error page: Conexión a 203.0.113.24 fallida. El host remoto o la red se ha caído.",
        "Last error page: Conexão para 192.0.2.80 falhou. O host ou rede remota pode estar fora do ar.",
        "Last error page: La connexion 198.51.100.17 a échouée. L'hôte distant ou le réseau sont peut-être défaillant.",
        // A negated success is a failure ("non è riuscita", "не удалось").
        "Last error page: Соединение с 203.0.113.24 не удалось Удаленный узел или сеть недоступен.",
        "Last error page: La connessione a 203.0.113.24 non è riuscita. Il server remoto è irraggiungibile.",
    ] {
        check(
            &[("alertname", "OutboundProxyErrors"), ("service", "billing-api")],
            &[("description", text)],
            Some(("node_down", "connection-host-down")),
        );
    }
    // A replica that lost its primary is broken replication (POLICY.md rule 5).
    check(
        &[("alertname", "ReplicaSyncBroken")],
        &[(
            "description",
            "Connection to master failed: the replica reports the master host is down.",
        )],
        None,
    );
}

#[test]
fn chinese_and_japanese_alert_items() {
    check(
        &[("alertname", "FE 服务挂起")],
        &[("description", "当存活的 FE 节点个数小于 3 时发送报警。")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "Routine Load 消费延迟报警")],
        &[("description", "当消费延迟超过 300000 条时发送报警。")],
        Some(("queue_backlog", "consumer-lag")),
    );
    check(
        &[("alertname", "查询失败报警")],
        &[("description", "当查询失败率高于 0.1/秒时发送报警。")],
        Some(("high_error_rate", "request-errors")),
    );
    // A status line saying memory is normal, planned maintenance, and free space that came back.
    check(
        &[("alertname", "巡检报告")],
        &[(
            "message",
            "【巡检】节点10.20.3.16:9100 内存使用率正常（41%）",
        )],
        None,
    );
    check(
        &[("alertname", "メンテナンス通知")],
        &[(
            "description",
            "計画メンテナンスのため BE ノード sr-be-3 を停止しました",
        )],
        None,
    );
    check(
        &[("alertname", "System HDD")],
        &[(
            "summary",
            "Свободное место на системном разделе восстановлено: 23%",
        )],
        None,
    );
}

#[test]
fn a_footer_link_and_a_date_say_nothing_of_what_failed() {
    // "Sat" of a date is not "saturated"; `link_source` in a URL's query is no network link.
    check(
        &[("alertname", "Consul service status")],
        &[(
            "description",
            "Consul service is down for consul-2\n\nThe monitor was last triggered at Sat Mar 25 \
             2026 10:00:00 UTC.\n\n[[Monitor Status](https://app.datadoghq.com/monitors/1?link_source=monitor_notif)]",
        )],
        Some(("node_down", "down")),
    );
    let date = "at Sat, 25 Mar 2026";
    assert!(names_a_weekday(date, &date[3..6]));
    let name = "ConnPool Sat 93%";
    assert!(!names_a_weekday(name, &name[9..12]));
    let text = "see https://wiki.example.com/runbooks/disk-full?ref=alert now";
    let at = text.find("disk").expect("word");
    assert!(past_scheme(text, &text[at..at + 4]));
    let at = text.find("now").expect("word");
    assert!(!past_scheme(text, &text[at..at + 3]));
    // Multi-byte whitespace before a run must not split a character.
    let text = "a\u{3000}https://x.example.com/path";
    let at = text.find("path").expect("word");
    assert!(past_scheme(text, &text[at..at + 4]));
}

#[test]
fn urllib3s_connection_pool_class_is_no_pool() {
    check(
        &[("alertname", "[RabbitMQ] Status check failing on rabbit-3")],
        &[(
            "description",
            "Check message: HTTPConnectionPool(host='rabbit-3', port=15672): Max retries exceeded \
             with url: /api/overview (Caused by NewConnectionError('Failed to establish a new \
             connection: [Errno 111] Connection refused'))",
        )],
        Some(("node_down", "probe-failed")),
    );
}

#[test]
fn a_liveness_probe_restarts_and_408_is_the_client_s() {
    // One failed liveness probe restarts the container once: not a host down (POLICY.md 15).
    check(
        &[("alertname", "KubeEventWarning")],
        &[(
            "description",
            "Liveness probe failed: HTTP probe failed with statuscode: 500\nContainer gw failed liveness probe, will be restarted",
        )],
        None,
    );
    // A blackbox probe that failed is still a target down.
    check(
        &[
            ("alertname", "EndpointProbeFailed"),
            ("instance", "https://shop.example.com"),
        ],
        &[("summary", "probe failed for https://shop.example.com")],
        Some(("node_down", "probe-failed")),
    );
    // 408: the client did not finish its request, neither a dependency nor a server error.
    check(
        &[("alertname", "ClientTimeouts"), ("status", "408")],
        &[("summary", "408 responses above baseline")],
        None,
    );
}

#[test]
fn a_job_past_its_own_deadline_waited_on_no_dependency() {
    // The reason label is skipped as evidence, but the text may repeat it or the deadline.
    check(
        &[
            ("alertname", "KubeJobFailed"),
            ("job_name", "compact-ledgers"),
            ("reason", "DeadlineExceeded"),
        ],
        &[(
            "summary",
            "Job compact-ledgers failed: DeadlineExceeded after its deadline of 2h",
        )],
        None,
    );
    // Without the label, the same words are a call given up on.
    check(
        &[("alertname", "CheckoutErrors")],
        &[("summary", "calls to stock-api fail with DeadlineExceeded")],
        Some(("upstream_timeout", "upstream-timeout")),
    );
}

#[test]
fn a_count_of_zero_says_the_event_did_not_happen() {
    check(
        &[("alertname", "CacheClientStats")],
        &[(
            "summary",
            "cache client stats: requests=4410 timeouts=0 errors=0",
        )],
        None,
    );
    // A fraction or a count above zero still counts.
    check(
        &[("alertname", "CacheClient")],
        &[("summary", "connection timeouts: 14 in the last 5 minutes")],
        Some(("upstream_timeout", "connection-timeout")),
    );
    let text = "Timeouts=0 Errors=0.5 Restarts: 0 free=0 Fails=0x1";
    let at = |w: &str| &text[text.find(w).expect("word")..][..w.len()];
    assert!(counted_none(text, at("Timeouts")));
    assert!(!counted_none(text, at("Errors")));
    assert!(counted_none(text, at("Restarts")));
    assert!(!counted_none(text, at("Fails")));
}

#[test]
fn a_state_answered_no_is_that_state_negated() {
    // Checkmk: the service names the node, the output answers "running" with "no".
    check(
        &[
            ("alertname", "Elasticsearch Node es-data-3"),
            ("service", "Elasticsearch Node es-data-3"),
        ],
        &[("summary", "CRIT - Is running: no (since 10:02)")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "NodeConditions")],
        &[("summary", "worker-7 Ready=False since 10:02")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "NodeConditions")],
        &[("summary", "worker-7 Ready=True since 10:02")],
        None,
    );
    let text = "Ready: False, Running=no, Reachable: yes";
    let at = |w: &str| &text[text.find(w).expect("word")..][..w.len()];
    assert!(stated_false(text, at("Ready")));
    assert!(stated_false(text, at("Running")));
    assert!(!stated_false(text, at("Reachable")));
}

#[test]
fn a_generic_alertname_leaves_the_service_label_to_name_the_check() {
    check(
        &[
            ("alertname", "Checkmk service problem"),
            ("service", "Swap"),
        ],
        &[],
        Some(("out_of_memory", "check-memory")),
    );
    // An application's name is no check's: it says nothing of what failed.
    check(
        &[
            ("alertname", "Checkmk service problem"),
            ("service", "disk-cleaner"),
        ],
        &[],
        None,
    );
}

#[test]
fn a_pending_task_is_work_waiting() {
    check(
        &[("alertname", "scheduler_pending_task")],
        &[],
        Some(("queue_backlog", "pending-work")),
    );
}

/// What a change-named alertname silences is tested at the classifier's level
/// (`classify::tests::a_notice_that_a_setting_changed_is_no_failure`); here, which names are one.
#[test]
fn which_alertnames_announce_a_change() {
    assert!(announces_a_change("PoolConfigChanged"));
    assert!(announces_a_change("IngressAnnotationChanged"));
    assert!(announces_a_change("config_drift"));
    assert!(announces_a_change("SettingsRolledOut"));
    // Overrides, a deployment's environment, a dynamic property and a quota are settings too.
    assert!(announces_a_change("TempoOverridesChanged"));
    assert!(announces_a_change("KubeDeploymentEnvChanged"));
    assert!(announces_a_change("ArchaiusPropertyChanged"));
    assert!(announces_a_change("SESSendingQuotaChanged"));
    // A component named for configuration that is down is no change, nor is a limit reached.
    assert!(!announces_a_change("MongodbConfigServerDown"));
    assert!(!announces_a_change("TenantRateLimitReached"));
}

#[test]
fn a_readiness_check_that_fired_found_its_nodes_not_ready() {
    check(
        &[
            ("alertname", "check-workers-ready"),
            ("entity", "k8s-master-1"),
        ],
        &[],
        Some(("node_down", "check-ready")),
    );
    // With text, the text decides: here it says everything is ready.
    check(
        &[("alertname", "check-workers-ready")],
        &[("output", "OK: 12/12 workers ready")],
        None,
    );
}

#[test]
fn counted_crashes_flapping_processes_and_supervisor_give_ups() {
    // Crashes counted in the subject are a loop; one unexpected exit is one crash.
    check(
        &[("alertname", "LogMatch")],
        &[("summary", "4 crash reports from renderer within 20 minutes")],
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "LogMatch")],
        &[("summary", "3 unexpected exits of indexer since 02:00")],
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "LogMatch")],
        &[("summary", "indexer exited unexpectedly with status 2")],
        None,
    );
    // A supervisor's flapping process keeps being restarted; a flapping check or link is not
    // a restart.
    check(
        &[("alertname", "WorkerWatch")],
        &[("summary", "thumbnailer: process is flapping")],
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "NagiosNotice")],
        &[("summary", "check_http on www-2 is flapping")],
        None,
    );
    // supervisord's FATAL event and Nomad's restart tracker, carried in labels.
    check(
        &[
            ("alertname", "supervisor_event"),
            ("event", "PROCESS_STATE_FATAL"),
        ],
        &[],
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[
            ("alertname", "task_event"),
            (
                "restart_reason",
                "Exceeded allowed attempts 3 in interval 10m0s",
            ),
        ],
        &[],
        Some(("crash_loop", "restart-loop")),
    );
}

#[test]
fn a_refusal_outranks_the_timeout_that_waited_for_it() {
    check(
        &[("alertname", "DriverErrors")],
        &[(
            "description",
            "ServerSelection failed: db-4:5432 connection refused, connect timeout 20s elapsed",
        )],
        Some(("node_down", "connection-refused")),
    );
}

#[test]
fn a_timeout_given_its_value_is_a_setting() {
    // A timeout quoted with its value names a setting, not a wait that ran out.
    check(
        &[("alertname", "ProxySettingsReport")],
        &[(
            "summary",
            "upstream read-timeout = 90s and request timeout is 2500 for route billing",
        )],
        None,
    );
    // The limit a request went past is still a timeout.
    check(
        &[("alertname", "EdgeProxyErrors")],
        &[("summary", "upstream answered later than timeout: 30s")],
        Some(("upstream_timeout", "upstream-timeout")),
    );
    assert!(set_to_a_duration(
        "idle timeout 45s",
        &"idle timeout 45s"[5..12]
    ));
    assert!(!set_to_a_duration(
        "Gateway Timeout 504",
        &"Gateway Timeout 504"[8..15]
    ));
    assert!(!set_to_a_duration("Timeouts=12", &"Timeouts=12"[..8]));
}

#[test]
fn a_refused_connection_outranks_the_timeout_it_ended_in() {
    check(
        &[("alertname", "CacheClientErrors")],
        &[(
            "description",
            "redis-7:6379: connect ECONNREFUSED, connection timeout after 10 retries",
        )],
        Some(("node_down", "connection-refused")),
    );
}

#[test]
fn an_agent_unavailable_for_want_of_its_heartbeat_is_a_host_down() {
    // The text explains the unavailability by the agent's silence; the subject says no data is
    // missing, so this is no `…Absent` look-alike (POLICY.md rule 8).
    check(
        &[("alertname", "Monitoring agent unavailable on db-7")],
        &[(
            "description",
            "Trigger: nodata(agent.heartbeat, 10m) = 1 for host db-7",
        )],
        Some(("node_down", "down")),
    );
    // A subject about missing data stays a look-alike.
    check(
        &[("alertname", "AgentMetricsAbsent")],
        &[("summary", "host agent down? metrics absent for 10m")],
        None,
    );
}

#[test]
fn a_process_that_dies_again_after_each_restart_is_a_loop() {
    check(
        &[("alertname", "WorkerUnstable")],
        &[(
            "description",
            "The supervisor brings the render worker back and it crashed again within a minute.",
        )],
        Some(("crash_loop", "restart-loop")),
    );
}

#[test]
fn crashes_counted_under_another_noun_are_a_loop() {
    check(
        &[("alertname", "LogPatternMatch")],
        &[("summary", "4 crash reports from indexer within 15 minutes")],
        Some(("crash_loop", "restart-loop")),
    );
    check(
        &[("alertname", "LogPatternMatch")],
        &[("summary", "3 unexpected terminations of renderer in 20m")],
        Some(("crash_loop", "restart-loop")),
    );
    // One crash mail is one crash.
    check(
        &[("alertname", "LogPatternMatch")],
        &[("summary", "1 crash report from indexer")],
        None,
    );
}

#[test]
fn a_login_refused_by_a_peer_is_no_node_down() {
    check(
        &[("alertname", "DatabaseCheckCritical")],
        &[(
            "description",
            "Unable to connect to server orders-db-2: Access denied for user 'monitor'@'10.1.2.3'",
        )],
        None,
    );
    check(
        &[("alertname", "DatabaseCheckCritical")],
        &[("description", "Unable to connect to server orders-db-2")],
        Some(("node_down", "connect-failed")),
    );
}

#[test]
fn a_device_returned_from_its_down_state_in_translation_is_a_recovery() {
    check(
        &[(
            "alertname",
            "Уведомление: маршрутизатор филиала вернулся из состояния ВНИЗ",
        )],
        &[],
        None,
    );
}

#[test]
fn a_pending_reboot_is_no_backlog() {
    // A reboot or restart waiting to happen is planned work on a host, not work in a queue.
    check(&[("alertname", "HostRebootPendingForDays")], &[], None);
    check(
        &[("alertname", "NodeMaintenance")],
        &[(
            "summary",
            "reboot pending on db-replica-3 since the kernel update",
        )],
        None,
    );
    check(
        &[("alertname", "PendingJobsHigh")],
        &[("summary", "412 jobs pending in the render queue")],
        Some(("queue_backlog", "pending-work")),
    );
}

#[test]
fn a_backend_refusing_the_proxy_is_down_not_slow() {
    check(
        &[("alertname", "ProxyBackendErrors")],
        &[(
            "summary",
            "upstream connect failed: connection refused by app-4:8080",
        )],
        Some(("node_down", "connection-refused")),
    );
}

#[test]
fn swapping_ballooning_and_pending_replications() {
    check(
        &[("alertname", "HypervisorGuestMemory")],
        &[(
            "summary",
            "guest db-9 is swapping; balloon driver reclaimed 3 GiB",
        )],
        Some(("out_of_memory", "memory-capacity")),
    );
    check(
        &[("alertname", "DirectorySync")],
        &[(
            "summary",
            "dc-west-1 reports 52 pending replications to its partners",
        )],
        Some(("replication_lag", "replication-lag")),
    );
}

#[test]
fn a_service_said_to_be_down_by_its_own_name() {
    for (summary, words) in [
        ("Keycloak is down.", "down"),
        ("The API is currently offline", "down"),
        ("NATS is not running on msg-2", "down"),
        ("gRPC service is unavailable in eu-west", "down"),
        ("Serviço HTTP está parado em ns1-provedor", "down"),
    ] {
        check(
            &[("alertname", "StatusCheck")],
            &[("summary", summary)],
            Some(("node_down", words)),
        );
    }
    // Figures that fell, a function switched off, a job, and replication are no service down.
    for summary in [
        "Requests are down 40% compared to last week",
        "Checkout conversions are down by half",
        "Orders are unavailable for export",
        "Nightly export job is not running",
        "Bucket replication is down",
        "Requisições HTTP está parada por manutenção programada",
    ] {
        check(
            &[("alertname", "StatusCheck")],
            &[("summary", summary)],
            None,
        );
    }
}

#[test]
fn one_time_counted_is_no_duration() {
    check(
        &[("alertname", "ContainerRestarted")],
        &[("summary", "web api container restarted 1 time in 2h")],
        None,
    );
}

#[test]
fn a_notification_mails_output_line_is_its_subject() {
    // Nagios' and Icinga's mail bodies carry the plugin output as "Additional Info:".
    check(
        &[("alertname", "Filesystem /home")],
        &[(
            "body",
            "Notification Type: PROBLEM\nHost: nfs-7\nState: CRITICAL\nAdditional Info: 98.2% used of 4 TiB",
        )],
        Some(("disk_full", "disk-capacity")),
    );
    // The same line outside a mail body is no field name: prose that starts "Output" is read
    // as before.
    assert_eq!(
        check_output("Output:   stopped (start type is auto)"),
        Some("stopped (start type is auto)")
    );
    assert_eq!(
        check_output("Service Output: CRIT - 0 workers"),
        Some("CRIT - 0 workers")
    );
    assert_eq!(check_output("Output of the job was empty"), None);
    assert_eq!(check_output("Output:   "), None);
}

#[test]
fn a_plugins_connection_refused_is_no_connection_count() {
    check(
        &[("alertname", "Service problem")],
        &[(
            "summary",
            "CRITICAL - TCP connect to 10.4.0.12 port 5432 failed: Connection refused",
        )],
        Some(("node_down", "connection-refused")),
    );
}

#[test]
fn a_dns_records_controller_failing_is_no_name_unresolved() {
    check(
        &[("alertname", "ExternalDNSProviderErrors")],
        &[(
            "summary",
            "external-dns cannot update records: provider errors rising",
        )],
        None,
    );
    // A name that did not resolve still is one.
    check(
        &[("alertname", "LookupErrors")],
        &[("summary", "DNS lookups of billing.internal are failing")],
        Some(("dns_failure", "dns-failure")),
    );
}

#[test]
fn throttled_for_using_up_a_quota_is_rate_limited_but_not_cpu() {
    check(
        &[("alertname", "ClientQuotaWatch")],
        &[(
            "description",
            "fetch requests of consumer etl-7 are throttled by the broker: byte-rate quota used up",
        )],
        Some(("rate_limited", "throttled-requests")),
    );
    check(
        &[("alertname", "TenantLimits")],
        &[(
            "description",
            "tenant acme exceeded its quota and the gateway is throttling it",
        )],
        Some(("rate_limited", "quota-throttled")),
    );
    check(
        &[("alertname", "ContainerCpuQuota")],
        &[(
            "description",
            "container worker hit its CPU quota and is being throttled",
        )],
        None,
    );
}

#[test]
fn little_free_memory_left_is_memory_running_out() {
    // "Under" keeps memory-capacity away (memory *utilisation* under a level is no shortage);
    // free memory under a level is one.
    check(
        &[("alertname", "LowFreeRam")],
        &[("summary", "free RAM under 300 MiB on worker-9")],
        Some(("out_of_memory", "memory-left")),
    );
    check(
        &[("alertname", "NodeCheck")],
        &[("description", "free memory under 5% on cache-3")],
        Some(("out_of_memory", "memory-left")),
    );
    // Low usage is the opposite.
    check(
        &[("alertname", "MemoryUsageLow")],
        &[("summary", "memory usage low on batch-2, free memory 93%")],
        None,
    );
}

#[test]
fn no_process_left_is_the_program_down() {
    check(
        &[("alertname", "Process haproxy")],
        &[("summary", "CRIT - Processes: 0 (ok from 1 to 4)")],
        Some(("node_down", "down")),
    );
    let at = |text: &'static str, word: &str| {
        let start = text.find(word).expect("word in text");
        no_process_left(text, &text[start..start + word.len()])
    };
    assert!(at("procs=0 matching", "procs"));
    assert!(at("found 0 processes named sshd", "processes"));
    assert!(!at("Processes: 0.5 per second", "Processes"));
    assert!(!at("Processes: 12", "Processes"));
}

#[test]
fn a_lag_of_null_is_replication_stopped_not_lagging() {
    check(
        &[("alertname", "ReplicaStatus")],
        &[(
            "summary",
            "replica db-r2: Seconds_Behind_Master: NULL, Last_IO_Error: 2003",
        )],
        None,
    );
    check(
        &[("alertname", "ReplicaStatus")],
        &[("summary", "replica db-r2 is behind master: 812 seconds")],
        Some(("replication_lag", "replication-lag")),
    );
    let at = |text: &'static str, word: &str| {
        let start = text.find(word).expect("word in text");
        lag_unknown(text, &text[start..start + word.len()])
    };
    assert!(at("Seconds_Behind_Master: NULL", "Behind"));
    assert!(at("replication lag = n/a", "lag"));
    assert!(!at("lag: 42s", "lag"));
}

#[test]
fn a_numbered_hosts_name_is_where_not_what() {
    // "api-3" names a host; the check says its pool members are down.
    check(
        &[("alertname", "LB pool web_pool")],
        &[(
            "summary",
            "WARN - 1 of 3 members up, failed nodes: api-3, api-4",
        )],
        Some(("node_down", "down")),
    );
    let at = |text: &'static str, word: &str| {
        let start = text.find(word).expect("word in text");
        numbered_name(text, &text[start..start + word.len()])
    };
    assert!(at("hosts api-2 and api-3", "api"));
    assert!(at("checkout-api-12 is down", "api"));
    assert!(!at("http-503 responses", "http"));
    assert!(!at("ora-00060 raised", "ora"));
    assert!(!at("api-gateway timeouts", "api"));
    assert!(!at("the API-2 endpoint", "API"));
    assert!(at(
        "Instance 'storage-1-master' low arena memory",
        "storage"
    ));
    assert!(!at("storage-1 TB free", "TB"));
    // A disk called disk-1 is a disk.
    check(
        &[("alertname", "VolumeUsage")],
        &[("summary", "disk-1 is 95% full")],
        Some(("disk_full", "disk-capacity")),
    );
    // Tarantool's rules name the instance by its alias: its "storage" is no disk.
    check(
        &[("alertname", "LowMemtxArenaRemaining")],
        &[(
            "summary",
            "Instance 'storage-1-master' ('tarantool') low arena memory remaining",
        )],
        Some(("out_of_memory", "memory-capacity")),
    );
}

#[test]
fn a_workloads_replicas_down_are_its_hosts_down() {
    check(
        &[("alertname", "DockerServiceReplicasDownMajor")],
        &[(
            "summary",
            "60.0% of Docker Swarm 'monitoring_alertmanager' service replicas are down",
        )],
        Some(("node_down", "down")),
    );
    // A database's replicas stay replication's, counted or not.
    check(
        &[("alertname", "DatabaseHealth")],
        &[(
            "summary",
            "2 replicas are lagging behind the primary by 300s",
        )],
        Some(("replication_lag", "replication-lag")),
    );
}

#[test]
fn a_replication_thread_not_running_is_no_server_down() {
    check(
        &[("alertname", "ReplicaHealth")],
        &[("summary", "db-r7: the IO thread is not running")],
        None,
    );
    check(
        &[("alertname", "DatabaseHealth")],
        &[("summary", "db-r7: mysqld is not running")],
        Some(("node_down", "down")),
    );
}

#[test]
fn change_data_capture_behind_its_source_is_replication_lag() {
    // A binlog reader that has not caught up, a changefeed's delay: a copy behind its source.
    check(
        &[("alertname", "ConnectorBehind")],
        &[(
            "summary",
            "Debezium binlog reader for inventory has not caught up with the primary for 20m",
        )],
        Some(("replication_lag", "replication-lag")),
    );
    check(
        &[("alertname", "ChangefeedDelayed")],
        &[(
            "summary",
            "changefeed 42 to the analytics sink is delayed by 14 minutes",
        )],
        Some(("replication_lag", "replication-lag")),
    );
    // A guess that a replaced copy may need to catch up measures nothing.
    check(
        &[("alertname", "StandbyCountLow")],
        &[(
            "summary",
            "only 1 standby left; a new one may take a while to catch up once scheduled",
        )],
        None,
    );
}

#[test]
fn overflowing_queues_overloaded_memory_and_expiring_authorities() {
    // A queue past what it holds is work waiting; a stack or integer overflow is a bug.
    check(
        &[("alertname", "BrokerQueueOverflow")],
        &[(
            "summary",
            "The outbound queue overflowed on mq-2; producers are blocked",
        )],
        Some(("queue_backlog", "queue-size")),
    );
    check(
        &[("alertname", "WorkerPanic")],
        &[("summary", "thread 'main' has overflowed its stack")],
        None,
    );
    // Work refused because memory ran short.
    check(
        &[("alertname", "TabletMemoryOverload")],
        &[(
            "summary",
            "memory overload on tserver-4: writes are being rejected",
        )],
        Some(("out_of_memory", "memory-capacity")),
    );
    // A certificate authority running out, not the region `ca-central-1`.
    check(
        &[("alertname", "IssuerCheck")],
        &[("summary", "The intermediate CA expires in 12 days")],
        Some(("certificate_expiry", "certificate-expiry")),
    );
    check(
        &[("alertname", "ReservationNotice")],
        &[(
            "summary",
            "Reserved instances in ca-central-1 end in 12 days",
        )],
        None,
    );
    // A slow system clock is no request latency.
    check(
        &[("alertname", "TsoSystemTimeSlow")],
        &[("summary", "the system time went slow on pd-2")],
        None,
    );
}

#[test]
fn validity_ends_in_keystores_and_pki_and_servers_not_accepting_connections() {
    check(
        &[("alertname", "TruststoreAudit")],
        &[(
            "summary",
            "truststore entry 'partner-root' is valid until 2027-01-04",
        )],
        Some(("certificate_expiry", "certificate-expiry")),
    );
    check(
        &[("alertname", "ControlPlaneCerts")],
        &[("summary", "front-proxy-client: residual time 6d")],
        Some(("certificate_expiry", "certificate-expiry")),
    );
    check(
        &[("alertname", "PkiIssuerCheck")],
        &[(
            "summary",
            "PKI issuer intermediate-7 reaches its not_after in 9 days",
        )],
        Some(("certificate_expiry", "certificate-expiry")),
    );
    // A licence valid until a date names no certificate.
    check(
        &[("alertname", "LicenseCheck")],
        &[("summary", "The support licence is valid until 2027-01-04")],
        None,
    );
    // A listener that stopped taking connections is down; one taking them is not.
    check(
        &[("alertname", "DatabaseListener")],
        &[("summary", "orders-db-2 is not accepting connections")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "DatabaseListener")],
        &[("summary", "orders-db-2 is accepting connections again")],
        None,
    );
    // The monitor's own health check failing is one probe, not a ratio of failed requests; its
    // verdict is a target down only when the target is a host (POLICY.md rule 18).
    check(
        &[("alertname", "SyntheticCheck")],
        &[("summary", "Health check failed for orders-api")],
        None,
    );
    check(
        &[("alertname", "SyntheticCheck")],
        &[("summary", "Health check failed for backend F_tile_cache")],
        Some(("node_down", "down")),
    );

    check(
        &[("alertname", "ConsulServiceHealthcheckFailed")],
        &[(
            "summary",
            "Consul service healthcheck failed (instance web-3)",
        )],
        None,
    );
}

#[test]
fn absent_series_queue_latency_name_labels_and_volume_throughput() {
    // A missing SLI series says nothing of latency or errors (POLICY.md rule 5).
    check(
        &[("alertname", "SliSeriesAbsent"), ("slo", "search-latency")],
        &[(
            "summary",
            "request duration histogram for search-latency is absent",
        )],
        None,
    );
    check(
        &[
            ("alertname", "SliSeriesAbsent"),
            ("slo", "orders-availability"),
        ],
        &[(
            "summary",
            "error ratio series of orders-availability absent for 15m",
        )],
        None,
    );
    // How long the oldest job has waited in a queue is a backlog (rule 4).
    check(
        &[("alertname", "WorkerHealth")],
        &[(
            "summary",
            "mailers queue latency 312s (critical above 300s)",
        )],
        Some(("queue_backlog", "queue-size")),
    );
    // Behind a generic alertname, the `name` label is the check's own name (rule 3).
    check(
        &[
            ("alertname", "alert_count"),
            ("service_name", "symbols"),
            ("name", "disk_space_remaining"),
        ],
        &[],
        Some(("disk_full", "disk-capacity")),
    );
    // ... but an informative alertname keeps a unit's or certificate's `name` out of it.
    check(
        &[
            ("alertname", "BackupJobFailed"),
            ("name", "disk_space_remaining"),
        ],
        &[],
        None,
    );
    // A volume's throughput held at its cap is I/O, not a full disk nor requests refused.
    check(
        &[("alertname", "DataVolumeThroughputCapped")],
        &[(
            "summary",
            "gp3 volume throughput limited at 125 MiB/s for 20 minutes",
        )],
        None,
    );
    // Japanese "no response" is an answer that stopped coming.
    check(
        &[("alertname", "死活監視")],
        &[("summary", "web-3 応答がありません")],
        Some(("node_down", "not-responding")),
    );
}

#[test]
fn connection_and_limit_in_two_annotations_are_two_facts() {
    // A listen queue at its limit, with "connections" said only in the runbook's advice.
    check(
        &[("alertname", "WorkerListenQueue")],
        &[
            (
                "summary",
                "listen queue of php-fpm pool www at 95% of its backlog",
            ),
            ("runbook", "Look for slow upstream connections first."),
        ],
        Some(("queue_backlog", "queue-size")),
    );
    // In the subject they still meet: the alertname names sessions, the summary the cap.
    check(
        &[("alertname", "OracleSessions")],
        &[("summary", "92% of the configured maximum in use on orcl-2")],
        Some(("connection_pool_exhaustion", "connection-limit")),
    );
}

#[test]
fn not_up_and_running_is_down() {
    check(
        &[("alertname", "SapCheck")],
        &[("summary", "The application server is not up and running")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "SapCheck")],
        &[("summary", "The application server is up and running again")],
        None,
    );
}

#[test]
fn a_requests_total_or_connect_time_is_latency() {
    check(
        &[("alertname", "EdgeProxyTotalTime")],
        &[],
        Some(("high_latency", "latency")),
    );
    check(
        &[("alertname", "UpstreamConnectTimeHigh")],
        &[],
        Some(("high_latency", "latency")),
    );
    // A collector's total time is its own housekeeping.
    check(&[("alertname", "GcTotalTimeHigh")], &[], None);
}

#[test]
fn a_lock_not_obtained_in_time_is_lock_contention() {
    check(
        &[("alertname", "BatchFailed")],
        &[(
            "summary",
            "could not acquire the row lock in time for order 77",
        )],
        Some(("deadlock", "lock-timeout")),
    );
    check(
        &[("alertname", "BatchFailed")],
        &[(
            "summary",
            "Die Sperre wurde nicht rechtzeitig erteilt: Zeit überschritten",
        )],
        Some(("deadlock", "lock-timeout")),
    );
    check(
        &[("alertname", "JobErrors")],
        &[("summary", "在规定时间内未能获得表锁")],
        Some(("deadlock", "lock-timeout")),
    );
    // Many locks held is a count, not a wait.
    check(
        &[("alertname", "DbLocks")],
        &[("summary", "too many locks held for a long time")],
        None,
    );
    // Deadlocks in Czech and Hungarian.
    check(
        &[("alertname", "AppErrors")],
        &[("summary", "transakce přerušena kvůli uváznutí")],
        Some(("deadlock", "deadlock")),
    );
    check(
        &[("alertname", "AppErrors")],
        &[("summary", "holtpont a tranzakciók között")],
        Some(("deadlock", "deadlock")),
    );
}

#[test]
fn a_java_thread_name_is_no_connection_pool() {
    check(
        &[("alertname", "LogAlert")],
        &[(
            "message",
            "ERROR [pool-4-thread-2] report export timed out after 30 s",
        )],
        None,
    );
}

#[test]
fn a_lookup_said_to_fail_is_a_name_not_found() {
    check(
        &[("alertname", "ExportFailed")],
        &[("summary", "failed to locate host ledger.corp.example")],
        Some(("dns_failure", "name-not-found")),
    );
    check(
        &[("alertname", "ExportFailed")],
        &[("summary", "Impossibile trovare l'host archive.corp.example")],
        Some(("dns_failure", "name-not-found")),
    );
    // A file that could not be found names nothing a resolver looks up.
    check(
        &[("alertname", "ExportFailed")],
        &[("summary", "unable to find file /etc/app/config.yml")],
        None,
    );
    // The failure reaches the verb past a preposition, as a negation does.
    check(
        &[("alertname", "ExportFailed")],
        &[(
            "summary",
            "Impossible de trouver l'hôte archive.corp.example",
        )],
        Some(("dns_failure", "name-not-found")),
    );
    check(
        &[("alertname", "ExportFailed")],
        &[(
            "summary",
            "Não foi possível localizar o servidor archive.corp.example",
        )],
        Some(("dns_failure", "name-not-found")),
    );
    // A failure word before another verb leaves it as it is: a host that could not be
    // reached is not a name that was not found.
    check(
        &[("alertname", "ExportFailed")],
        &[("summary", "failed to contact host archive.corp.example")],
        None,
    );
}

#[test]
fn a_cloudwatch_alarm_state_is_no_resource_alarm() {
    check(
        &[
            ("alertname", "rds-orders-disk-queue"),
            ("metric_name", "DiskQueueDepth"),
        ],
        &[(
            "summary",
            "ALARM: \"rds-orders-disk-queue\" in EU (Ireland)",
        )],
        None,
    );
    // A resource's own alarm still counts.
    check(
        &[("alertname", "BrokerAlarms")],
        &[("summary", "disk alarm set on rabbit@mq-2")],
        Some(("disk_full", "disk-capacity")),
    );
}

#[test]
fn cloudwatch_alarms_that_are_all_name() {
    // The notification repeats the alarm's name and CloudWatch's state reason: nothing more.
    check(
        &[
            (
                "alertname",
                "AWS/ElastiCache CurrConnections CacheClusterId=cart-001",
            ),
            ("metric_name", "CurrConnections"),
        ],
        &[
            (
                "summary",
                "ALARM: \"AWS/ElastiCache CurrConnections CacheClusterId=cart-001\" in EU (Paris)",
            ),
            (
                "description",
                "Threshold Crossed: 3 out of the last 3 datapoints [1400.0 (02/12/26 10:00:00)] \
                 were greater than the threshold (1000) (minimum 3 datapoints for OK -> ALARM \
                 transition).",
            ),
        ],
        Some(("connection_pool_exhaustion", "check-connections")),
    );
    // A burst balance is no disk filling (POLICY.md rule 16).
    check(
        &[(
            "alertname",
            "AWS/RDS EBSIOBalance DBInstanceIdentifier=cart-db",
        )],
        &[],
        None,
    );
    // An attached volume's failed status check is the volume's.
    check(
        &[(
            "alertname",
            "AWS/EC2 StatusCheckFailed_AttachedEBS InstanceId=i-0abc",
        )],
        &[],
        None,
    );
}

#[test]
fn capitalised_words_of_other_scripts_still_make_a_two_word_term() {
    // The Bulgarian term begins the sentence, so its first word is capitalised.
    check(
        &[("alertname", "SyslogErrorPattern")],
        &[(
            "message",
            "Неуспешно търсене на сървъра „exchange.intra.example“.",
        )],
        Some(("dns_failure", "dns-failure")),
    );
}

#[test]
fn a_host_in_parentheses_does_not_hide_the_quoted_error() {
    check(
        &[("alertname", "SyncErrorRatioHigh")],
        &[(
            "description",
            "Error ratio above 5% for 15m. Most frequent error (pcs-17): At least 732MB more space needed on the /var filesystem.",
        )],
        Some(("disk_full", "disk-capacity")),
    );
}

#[test]
fn a_log_monitor_count_is_no_veto_on_the_memory_it_quotes() {
    check(
        &[("alertname", "DatadogLogMonitor")],
        &[(
            "message",
            "57 logs matched \"insufficient memory\" on host:desk-ws-46 over the last 10m.",
        )],
        Some(("out_of_memory", "memory-capacity")),
    );
}

#[test]
fn an_rds_read_latency_alarm_is_disk_io() {
    check(
        &[
            (
                "alertname",
                "AWS/RDS ReadLatency DBInstanceIdentifier=orders-db",
            ),
            ("metric_name", "ReadLatency"),
            ("namespace", "AWS/RDS"),
        ],
        &[],
        None,
    );
    // The same word with no storage namespace is an application's read path.
    check(
        &[
            ("alertname", "CatalogReadLatency"),
            ("metric_name", "ReadLatency"),
            ("namespace", "shop"),
        ],
        &[],
        Some(("high_latency", "latency")),
    );
}

#[test]
fn latin_terms_inside_a_chinese_run_are_words() {
    check(
        &[("alertname", "慢SQL告警")],
        &[("summary", "慢SQL执行时间太长")],
        Some(("high_latency", "latency")),
    );
}

#[test]
fn a_negated_loop_word_and_a_component_working_properly_are_no_loop() {
    check(
        &[("alertname", "NodeConditionChanged")],
        &[(
            "message",
            "condition FrequentDockerRestart is now False: NoFrequentDockerRestart - docker is functioning properly",
        )],
        None,
    );
}

#[test]
fn brazilian_zabbix_triggers_for_a_process_not_running() {
    check(
        &[("alertname", "Processo CapptaGp não esta rodando")],
        &[],
        Some(("node_down", "down")),
    );
}

#[test]
fn a_peer_named_by_its_autonomous_system_is_a_link() {
    check(
        &[("alertname", "Peer 200.139.48.98 - AS83047 está DOWN !!!")],
        &[],
        None,
    );
}

#[test]
fn a_number_after_more_than_is_a_threshold_not_a_status() {
    check(
        &[("alertname", "Mais de 500 e-mails na fila")],
        &[(
            "description",
            "Problem name: Mais de 500 e-mails na fila Host: mail-1 Severity: Average Operational data: 831",
        )],
        Some(("queue_backlog", "queue-size")),
    );
}
#[test]
fn german_exhausted_pools_and_jammed_queues() {
    check(
        &[("alertname", "VerbindungspoolErschoepft")],
        &[(
            "summary",
            "Datenbank-Verbindungspool von checkout ausgeschöpft (50/50)",
        )],
        Some(("connection_pool_exhaustion", "pool-exhausted")),
    );
    check(
        &[("alertname", "WarteschlangeStaut")],
        &[(
            "summary",
            "Warteschlange orders staut sich: 12000 Nachrichten",
        )],
        Some(("queue_backlog", "queue-size")),
    );
}

#[test]
fn translated_allocation_failures_and_timeouts_of_a_driver_and_a_file_system_tool() {
    let log = |line: &str| {
        [
            ("summary", "Errors in the log of fuse2fs".to_string()),
            ("description", line.to_string()),
        ]
    };
    for (line, expected) in [
        // A Spring Boot line: the thread named for a pool is no pool.
        (
            "2026-12-03T04:04:17.204Z ERROR 1 --- [HikariPool-1 connection adder] org.postgresql.util.PSQLException: Bağlantı denemesi zaman aşımına uğradı.",
            Some(("upstream_timeout", "connection-timeout")),
        ),
        (
            "fuse2fs[8397]: N'a pu allouer de bloc dans le système de fichiers ext2",
            Some(("disk_full", "disk-capacity")),
        ),
        (
            "mkfs.ext4: 无法为 ext2 文件系统分配块",
            Some(("disk_full", "disk-capacity")),
        ),
        (
            "systemd-fsck[758]: e2fsck: Muistinvaraus epäonnistui",
            Some(("out_of_memory", "memory-capacity")),
        ),
        (
            "e2fsck: Die Reservierung von Speicher schlug fehl",
            Some(("out_of_memory", "memory-capacity")),
        ),
        // An interrupted wait "во время" (during) a lock is no lock timeout.
        (
            "org.postgresql.util.PSQLException: Поток прерван во время ожидания блокировки.",
            None,
        ),
    ] {
        let fields = log(line);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        check(&[("alertname", "LogPatternMatched")], &fields, expected);
    }
}

#[test]
fn a_closed_issue_is_no_full_store() {
    check(
        &[("alertname", "InstanaIssue")],
        &[
            ("summary", "Store usage is close to the limit."),
            (
                "description",
                "Store usage is close to 100% of the store limit.",
            ),
        ],
        Some(("disk_full", "disk-capacity")),
    );
    check(
        &[("alertname", "Store usage is close to the limit.")],
        &[(
            "description",
            "State: closed by Instana. Duration: 3 minutes.",
        )],
        None,
    );
}

#[test]
fn the_api_in_a_services_name_is_no_request() {
    check(
        &[("alertname", "LogPatternMatched")],
        &[
            ("summary", "Errors in the log of abrechnung-api"),
            (
                "description",
                "PSQLException: The server does not support SSL.",
            ),
        ],
        None,
    );
    check(
        &[("alertname", "ApiErrors")],
        &[("summary", "API errors above 5% on checkout")],
        Some(("high_error_rate", "request-errors")),
    );
}
#[test]
fn a_servers_own_limits_and_waits_on_its_clients_are_no_upstream_timeouts() {
    for (line, expected) in [
        (
            "http2: server: error reading preface from client 203.0.113.77:40122: timeout waiting for client preface",
            None,
        ),
        (
            "PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/report.php on line 214",
            None,
        ),
        (
            "LOG S-0x55d0f2a3c010: billing/billing_rw@10.4.5.9:5432 closing because: server lifetime over (age=3601s)",
            None,
        ),
        (
            "io.ktor.client.network.sockets.ConnectTimeoutException: Connect timeout has expired [url=https://gw.example/send]",
            Some(("upstream_timeout", "connection-timeout")),
        ),
    ] {
        check(
            &[("alertname", "LogPatternMatched")],
            &[("summary", "Errors in the log of billing"), ("description", line)],
            expected,
        );
    }
}

#[test]
fn a_negation_reaches_past_the_resource_it_negates() {
    for line in [
        "No hay memoria suficiente",
        "Nincs elég memória",
        "Inte tillräckligt med minne",
        "Бракує пам'яті",
        "Error restoring disk image: not enough memory",
    ] {
        check(
            &[("alertname", "LogPattern")],
            &[("description", line)],
            Some(("out_of_memory", "memory-capacity")),
        );
    }
    for line in [
        "Bijwerken mislukt: niet genoeg schijfruimte",
        "There is not enough space on the destination.",
        "Det finns för lite utrymme på målet.",
    ] {
        check(
            &[("alertname", "LogPattern")],
            &[("description", line)],
            Some(("disk_full", "space-left")),
        );
    }
}

#[test]
fn a_host_said_to_be_unreachable_in_other_languages_is_down() {
    for summary in [
        "Zustands-Änderung (Hard): ap-lager-4 ist unerreichbar",
        "Harde status gewijzigd: mail-gw-1 is onbereikbaar",
    ] {
        let labels = [("alertname", "IcingaDBHistory"), ("host", "ap-lager-4")];
        let annotations = [("summary", summary)];
        let got = words().classify(&map(&labels), &map(&annotations), None, &|_| true);
        assert_eq!(got.map(|m| m.signature), Some("node_down"), "{summary}");
    }
}

#[test]
fn a_jobs_lock_file_and_a_host_that_answered_are_no_signature() {
    check(
        &[("alertname", "CronJobFailed"), ("job", "restic-backup")],
        &[(
            "description",
            "+ flock -w 900 /run/lock/restic.lock restic.sh\nflock: Zeitüberschreitung beim Warten auf die Sperre",
        )],
        None,
    );
    check(
        &[("alertname", "LogPatternMatch"), ("job", "ansible-pull")],
        &[(
            "description",
            "fatal: [jump-01]: UNREACHABLE! => {\"msg\": \"Failed to connect to the host via ssh: Host key verification failed.\"}",
        )],
        None,
    );
}
#[test]
fn the_longer_cjk_word_is_the_one_written() {
    let mut concepts = 0;
    words().scan(
        "消费组 order-settle 消费延迟 742 秒",
        &[],
        |_, c| concepts |= c,
    );
    assert_ne!(
        concepts & (CONSUMPTION | LAG),
        0,
        "a consumer's lag is read"
    );
    assert_eq!(
        concepts & LATENCY,
        0,
        "the 延迟 inside 消费延迟 is no latency"
    );
    let mut concepts = 0;
    words().scan("请求延迟过高", &[], |_, c| concepts |= c);
    assert_ne!(concepts & LATENCY, 0, "延迟 on its own is latency");
}

#[test]
fn a_ref_that_git_cannot_resolve_is_no_name_lookup() {
    for line in [
        "fatal: 无法解析 HEAD",
        "fatal: kunde inte slå upp HEAD",
        "fatal: impossible de résoudre la révision : v2026.12.0-rc1",
    ] {
        check(
            &[("alertname", "JobFailed")],
            &[("description", line)],
            None,
        );
    }
    let host = map(&[(
        "description",
        "fatal: unable to resolve host gitmirror.corp.example",
    )]);
    let got = words().classify(&map(&[("alertname", "JobFailed")]), &host, None, &|_| true);
    assert_eq!(got.map(|m| m.signature), Some("dns_failure"));
}

/// Session 21: a program's messages as thirty-four languages say them (memory run out, a disk full,
/// a server that does not answer, a request timed out, a host nobody knows, work waiting, too many
/// connections or open files, expired certificates, deadlocks, replicas behind), in a
/// log alert and under a job's "Last lines of output:". Each of these was unclassified before.
#[test]
fn program_messages_in_thirty_four_languages() {
    let cases: &[(&str, &str, bool)] = &[
        ("Geheugen vol", "out_of_memory", true),
        ("Za mało pamięci", "out_of_memory", true),
        ("Došla paměť", "out_of_memory", true),
        ("Не хватает памяти", "out_of_memory", true),
        ("Закінчилася пам'ять", "out_of_memory", true),
        ("メモリが足りません", "out_of_memory", true),
        ("Muisti loppui", "out_of_memory", false),
        ("Muistia ei ole riittävästi", "out_of_memory", true),
        ("Memoria s-a epuizat", "out_of_memory", true),
        ("Schijf vol", "disk_full", true),
        ("Disk je plný", "disk_full", true),
        ("Disken är full", "disk_full", true),
        ("Диск заповнений", "disk_full", true),
        ("Disk dolu", "disk_full", true),
        ("디스크가 가득 찼습니다", "disk_full", true),
        ("A lemez megtelt", "disk_full", true),
        ("Laitteella ei ole tilaa", "disk_full", false),
        ("Levy on täynnä", "disk_full", true),
        ("Disc plin", "disk_full", true),
        ("Server db-7.internal antwortet nicht", "node_down", true),
        ("Le serveur db-7.internal ne répond pas", "node_down", true),
        (
            "No se puede acceder al host db-7.internal",
            "node_down",
            false,
        ),
        ("El servidor db-7.internal no responde", "node_down", true),
        ("Il server db-7.internal non risponde", "node_down", true),
        ("O servidor db-7.internal não responde", "node_down", true),
        ("Host db-7.internal jest nieosiągalny", "node_down", false),
        ("Serwer db-7.internal nie odpowiada", "node_down", true),
        ("Server db-7.internal neodpovídá", "node_down", true),
        ("Сервер db-7.internal не отвечает", "node_down", true),
        ("Сервер db-7.internal не відповідає", "node_down", true),
        ("db-7.internal sunucusuna ulaşılamıyor", "node_down", false),
        ("db-7.internal sunucusu yanıt vermiyor", "node_down", true),
        ("サーバー db-7.internal が応答しません", "node_down", true),
        ("服务器 db-7.internal 无响应", "node_down", true),
        ("A db-7.internal kiszolgáló nem válaszol", "node_down", true),
        ("Palvelin db-7.internal ei vastaa", "node_down", false),
        (
            "Isäntä db-7.internal ei ole tavoitettavissa",
            "node_down",
            true,
        ),
        ("Gazda db-7.internal nu este accesibilă", "node_down", false),
        ("Serverul db-7.internal nu răspunde", "node_down", true),
        (
            "Zeitüberschreitung bei der Anfrage an api.internal",
            "upstream_timeout",
            true,
        ),
        (
            "Délai d'attente de la connexion à db-7.internal dépassé",
            "upstream_timeout",
            false,
        ),
        (
            "La requête vers api.internal a expiré",
            "upstream_timeout",
            true,
        ),
        (
            "Verzoek naar api.internal is verlopen",
            "upstream_timeout",
            true,
        ),
        (
            "Časový limit požadavku na api.internal vypršel",
            "upstream_timeout",
            true,
        ),
        (
            "Tidsgränsen för anslutningen till db-7.internal överskreds",
            "upstream_timeout",
            false,
        ),
        (
            "Превышено время ожидания ответа от api.internal",
            "upstream_timeout",
            true,
        ),
        (
            "db-7.internal bağlantısı zaman aşımına uğradı",
            "upstream_timeout",
            false,
        ),
        (
            "api.internal isteği zaman aşımına uğradı",
            "upstream_timeout",
            true,
        ),
        (
            "api.internal へのリクエストがタイムアウトしました",
            "upstream_timeout",
            true,
        ),
        ("请求 api.internal 超时", "upstream_timeout", true),
        (
            "Időtúllépés az api.internal kérésnél",
            "upstream_timeout",
            true,
        ),
        (
            "Yhteys palvelimeen db-7.internal aikakatkaistiin",
            "upstream_timeout",
            false,
        ),
        (
            "Pyyntö api.internal aikakatkaistiin",
            "upstream_timeout",
            true,
        ),
        (
            "Conexiunea la db-7.internal a expirat",
            "upstream_timeout",
            false,
        ),
        ("Nieznany host db-7.internal", "dns_failure", true),
        ("Neznámý hostitel db-7.internal", "dns_failure", true),
        (
            "Не вдалося визначити адресу вузла db-7.internal",
            "dns_failure",
            false,
        ),
        ("Невідомий вузол db-7.internal", "dns_failure", true),
        (
            "db-7.internal ana makine adı çözümlenemedi",
            "dns_failure",
            false,
        ),
        (
            "Palvelimen nimeä db-7.internal ei voitu selvittää",
            "dns_failure",
            false,
        ),
        ("Tuntematon isäntä db-7.internal", "dns_failure", true),
        ("Gazdă necunoscută db-7.internal", "dns_failure", true),
        (
            "12000 Nachrichten warten in der Warteschlange orders",
            "queue_backlog",
            false,
        ),
        (
            "12000 messages en attente dans la file orders",
            "queue_backlog",
            false,
        ),
        (
            "12000 сообщений ожидают в очереди orders",
            "queue_backlog",
            false,
        ),
        ("キューが溜まっています", "queue_backlog", true),
        ("Ikke nok hukommelse", "out_of_memory", false),
        ("Hukommelsen er opbrugt", "out_of_memory", true),
        ("Ikke nok minne", "out_of_memory", false),
        ("Tomt for minne", "out_of_memory", true),
        ("Nedostatok pamäte", "out_of_memory", false),
        ("Memorija je potrošena", "out_of_memory", true),
        ("Недостатъчно памет", "out_of_memory", false),
        ("Memori tidak cukup", "out_of_memory", false),
        ("หน่วยความจำไม่พอ", "out_of_memory", false),
        ("הזיכרון אזל", "out_of_memory", true),
        ("मेमोरी समाप्त हो गई", "out_of_memory", true),
        ("حافظه کافی نیست", "out_of_memory", false),
        ("حافظه تمام شد", "out_of_memory", true),
        ("No hi ha prou memòria", "out_of_memory", false),
        ("Trūksta atminties", "out_of_memory", false),
        ("Nema više mjesta na uređaju", "disk_full", false),
        ("Disk je pun", "disk_full", true),
        ("Дискът е пълен", "disk_full", true),
        ("Ο δίσκος είναι γεμάτος", "disk_full", true),
        ("Disk penuh", "disk_full", true),
        ("ไม่มีพื้นที่ว่างบนอุปกรณ์", "disk_full", false),
        ("لا توجد مساحة متبقية على الجهاز", "disk_full", false),
        ("לא נותר מקום בהתקן", "disk_full", false),
        ("डिवाइस पर कोई जगह नहीं बची", "disk_full", false),
        ("Disc ple", "disk_full", true),
        ("Diskas pilnas", "disk_full", true),
        ("Serveren db-7.internal svarer ikke", "node_down", false),
        ("Serveren db-7.internal svarer ikke", "node_down", false),
        ("Verten db-7.internal er utilgjengelig", "node_down", true),
        ("Server db-7.internal neodpovedá", "node_down", false),
        (
            "Ο διακομιστής db-7.internal δεν αποκρίνεται",
            "node_down",
            false,
        ),
        ("Máy chủ db-7.internal không phản hồi", "node_down", false),
        (
            "Không thể truy cập máy chủ db-7.internal",
            "node_down",
            true,
        ),
        ("Server db-7.internal tidak merespons", "node_down", false),
        (
            "Host db-7.internal tidak dapat dijangkau",
            "node_down",
            true,
        ),
        ("เซิร์ฟเวอร์ db-7.internal ไม่ตอบสนอง", "node_down", false),
        ("الخادم db-7.internal لا يستجيب", "node_down", false),
        ("تعذر الوصول إلى المضيف db-7.internal", "node_down", true),
        ("השרת db-7.internal אינו מגיב", "node_down", false),
        ("לא ניתן להגיע למארח db-7.internal", "node_down", true),
        (
            "सर्वर db-7.internal प्रतिक्रिया नहीं दे रहा है",
            "node_down",
            false,
        ),
        ("سرور db-7.internal پاسخ نمی‌دهد", "node_down", false),
        ("伺服器 db-7.internal 沒有回應", "node_down", false),
        ("無法連線到主機 db-7.internal", "node_down", true),
        ("El servidor db-7.internal no respon", "node_down", false),
        ("Serveris db-7.internal neatsako", "node_down", false),
        ("Mazgas db-7.internal nepasiekiamas", "node_down", true),
        (
            "Anmodningen til api.internal udløb",
            "upstream_timeout",
            true,
        ),
        (
            "Tidsavbrudd for tilkoblingen til db-7.internal",
            "upstream_timeout",
            false,
        ),
        (
            "Forespørselen til api.internal fikk tidsavbrudd",
            "upstream_timeout",
            true,
        ),
        (
            "Časový limit pripojenia k db-7.internal vypršal",
            "upstream_timeout",
            false,
        ),
        (
            "Požiadavka na api.internal vypršala",
            "upstream_timeout",
            true,
        ),
        (
            "Isteklo je vrijeme za povezivanje s db-7.internal",
            "upstream_timeout",
            false,
        ),
        (
            "Zahtjev prema api.internal je istekao",
            "upstream_timeout",
            true,
        ),
        ("Заявката към api.internal изтече", "upstream_timeout", true),
        (
            "Το αίτημα προς api.internal έληξε",
            "upstream_timeout",
            true,
        ),
        (
            "Yêu cầu tới api.internal đã hết thời gian chờ",
            "upstream_timeout",
            true,
        ),
        (
            "Permintaan ke api.internal kehabisan waktu",
            "upstream_timeout",
            true,
        ),
        ("คำขอไปยัง api.internal หมดเวลา", "upstream_timeout", true),
        (
            "انتهت مهلة الطلب إلى api.internal",
            "upstream_timeout",
            true,
        ),
        (
            "תם הזמן הקצוב לחיבור אל db-7.internal",
            "upstream_timeout",
            false,
        ),
        ("הבקשה אל api.internal חרגה מהזמן", "upstream_timeout", true),
        (
            "api.internal को अनुरोध का समय समाप्त",
            "upstream_timeout",
            true,
        ),
        (
            "مهلت اتصال به db-7.internal به پایان رسید",
            "upstream_timeout",
            false,
        ),
        (
            "مهلت درخواست به api.internal تمام شد",
            "upstream_timeout",
            true,
        ),
        (
            "Baigėsi ryšio su db-7.internal laukimo laikas",
            "upstream_timeout",
            false,
        ),
        (
            "Užklausa į api.internal viršijo laiką",
            "upstream_timeout",
            true,
        ),
        (
            "Nepodarilo sa preložiť názov hostiteľa db-7.internal",
            "dns_failure",
            false,
        ),
        ("Neznámy hostiteľ db-7.internal", "dns_failure", true),
        ("Nepoznato računalo db-7.internal", "dns_failure", true),
        ("Непознат хост db-7.internal", "dns_failure", true),
        (
            "Άγνωστος κεντρικός υπολογιστής db-7.internal",
            "dns_failure",
            true,
        ),
        (
            "Tidak dapat me-resolve nama host db-7.internal",
            "dns_failure",
            false,
        ),
        ("Host tidak dikenal db-7.internal", "dns_failure", true),
        ("ไม่สามารถแปลงชื่อโฮสต์ db-7.internal", "dns_failure", false),
        ("ไม่รู้จักโฮสต์ db-7.internal", "dns_failure", true),
        ("تعذر تحليل اسم المضيف db-7.internal", "dns_failure", false),
        (
            "לא ניתן לפענח את שם המארח db-7.internal",
            "dns_failure",
            false,
        ),
        (
            "होस्ट नाम db-7.internal को हल नहीं किया जा सका",
            "dns_failure",
            false,
        ),
        ("अज्ञात होस्ट db-7.internal", "dns_failure", true),
        ("میزبان ناشناخته db-7.internal", "dns_failure", true),
        ("Nežinomas mazgas db-7.internal", "dns_failure", true),
        ("Conexión rehusada por db-7.internal", "node_down", false),
        ("db-7.internal bağlantıyı reddetti", "node_down", false),
        (
            "Troppe connessioni al database",
            "connection_pool_exhaustion",
            false,
        ),
        (
            "Conexões demais com o banco de dados",
            "connection_pool_exhaustion",
            false,
        ),
        (
            "Verbindingspool uitgeput",
            "connection_pool_exhaustion",
            true,
        ),
        (
            "Zbyt wiele połączeń z bazą danych",
            "connection_pool_exhaustion",
            false,
        ),
        (
            "Příliš mnoho připojení k databázi",
            "connection_pool_exhaustion",
            false,
        ),
        (
            "Fond připojení je vyčerpán",
            "connection_pool_exhaustion",
            true,
        ),
        ("Zu viele geöffnete Dateien", "fd_exhaustion", true),
        ("Arquivos abertos demais", "fd_exhaustion", false),
        (
            "オープンしているファイルが多すぎます",
            "fd_exhaustion",
            true,
        ),
        ("Zbyt wiele otwartych plików", "fd_exhaustion", false),
        (
            "Certyfikat api.internal wygaśnie za 3 dni",
            "certificate_expiry",
            true,
        ),
        (
            "Verrou mortel détecté lors de l'attente du verrou",
            "deadlock",
            true,
        ),
        ("Bloqueo mutuo detectado", "deadlock", true),
        (
            "Stallo rilevato durante l'attesa del lock",
            "deadlock",
            true,
        ),
        ("Обнаружена взаимная блокировка", "deadlock", true),
        (
            "Replikat hinkt 340 Sekunden hinterher",
            "replication_lag",
            true,
        ),
        (
            "Le réplica a 340 secondes de retard",
            "replication_lag",
            true,
        ),
        (
            "La réplica está 340 segundos atrasada",
            "replication_lag",
            true,
        ),
        (
            "A réplica está 340 segundos atrasada",
            "replication_lag",
            true,
        ),
        ("Реплика отстаёт на 340 секунд", "replication_lag", true),
        ("レプリカが 340 秒遅れています", "replication_lag", true),
        (
            "12000 messaggi in attesa nella coda orders",
            "queue_backlog",
            false,
        ),
        (
            "12000 mensagens aguardando na fila orders",
            "queue_backlog",
            false,
        ),
        (
            "12000 berichten wachten in de wachtrij orders",
            "queue_backlog",
            false,
        ),
        (
            "12000 wiadomości oczekuje w kolejce orders",
            "queue_backlog",
            false,
        ),
        (
            "orders 큐에 12000개의 메시지가 대기 중입니다",
            "queue_backlog",
            false,
        ),
        (
            "佇列 orders 中有 12000 則訊息等待處理",
            "queue_backlog",
            false,
        ),
        ("訊息堆積", "queue_backlog", true),
        (
            "orders kuyruğunda 12000 mesaj bekliyor",
            "queue_backlog",
            false,
        ),
        (
            "12000 mensajes en espera en la cola orders",
            "queue_backlog",
            false,
        ),
        (
            "Acumulación de mensajes en la cola orders",
            "queue_backlog",
            true,
        ),
    ];
    for &(message, expected, in_job_output) in cases {
        let (labels, annotations) = if in_job_output {
            (
                map(&[
                    ("alertname", "CronJobFailed"),
                    ("cronjob", "nightly-export"),
                ]),
                map(&[
                    ("summary", "Job nightly-export failed"),
                    (
                        "description",
                        &format!("exit status 1. Last lines of output:\n{message}"),
                    ),
                ]),
            )
        } else {
            (
                map(&[
                    ("alertname", "LogPatternMatched"),
                    ("app", "billing-worker"),
                ]),
                map(&[
                    ("summary", "error lines in billing-worker logs"),
                    ("description", &format!("billing-worker[3121]: {message}")),
                ]),
            )
        };
        let spelled = labels.get("alertname").and_then(|name| camel_case(name));
        let got = words().classify(&labels, &annotations, spelled.as_deref(), &|_| true);
        assert_eq!(got.map(|m| m.signature), Some(expected), "{message}");
    }
}

#[test]
fn a_vague_summary_leaves_the_description_to_say_what_is_down() {
    // "unhealthy" says nothing of how: the description's first sentence does.
    check(
        &[
            ("alertname", "ConsulAgentUnhealthy"),
            ("instance", "db-2:9104"),
        ],
        &[
            ("summary", "Consul agent unhealthy (instance db-2:9104)"),
            ("description", "A Consul agent is down"),
        ],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "KubeflowServiceIsNotStable")],
        &[
            ("summary", "minio service is not stable (kubeflow/minio/0)"),
            (
                "description",
                "minio unit kubeflow/minio/0 has been unreachable at least 50% of the time",
            ),
        ],
        Some(("node_down", "down")),
    );
    // A summary that says what it is about keeps the description's sentences detail.
    check(
        &[("alertname", "ConsulAgentVersions")],
        &[
            ("summary", "Consul agent versions differ"),
            ("description", "A Consul agent is down"),
        ],
        None,
    );
}

#[test]
fn a_negation_passes_over_the_verbs_of_seeming() {
    check(
        &[("alertname", "WorkerCheck")],
        &[("summary", "The worker process does not seem to be running")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "X")],
        &[("summary", "Service api doesn't appear to respond")],
        Some(("node_down", "not-responding")),
    );
}

#[test]
fn a_client_that_gave_up_is_no_upstream_timeout_and_no_error_rate() {
    check(
        &[("alertname", "ZuulClientFailures")],
        &[
            (
                "summary",
                "Zuul: 120 requests/min with FAILURE_CLIENT_CANCELLED",
            ),
            ("description", "Client abandoned/closed the connection"),
        ],
        None,
    );
    check(
        &[("alertname", "SkipperClientCanceled")],
        &[(
            "summary",
            "client canceled: readTimeout() hit while reading the request body",
        )],
        None,
    );
    // Cassandra's "client request" failures are requests failing.
    check(
        &[("alertname", "CassandraClientRequestWriteFailure")],
        &[("summary", "Cassandra client request write failure")],
        Some(("high_error_rate", "request-errors")),
    );
}

#[test]
fn a_master_is_a_node_that_may_be_down() {
    check(
        &[("alertname", "K8sNodeStatus")],
        &[("summary", "kube-m-02   NotReady   master   127d   v1.16.2")],
        Some(("node_down", "down")),
    );
    // Replication behind its master is lag, not a node down.
    check(
        &[("alertname", "MysqlReplicaLag")],
        &[("summary", "Replica db-2 is 340 seconds behind master")],
        Some(("replication_lag", "replication-lag")),
    );
}

#[test]
fn a_place_named_with_signature_words_is_only_where() {
    // The service's and pod's names repeat in the text; their words say nothing of what failed.
    check(
        &[("alertname", "ServiceAlert"), ("service", "dns-updater")],
        &[(
            "summary",
            "High error rate on dns-updater: 14% of requests failed",
        )],
        Some(("high_error_rate", "request-errors")),
    );
    check(
        &[("alertname", "PodAlert"), ("pod", "oom-reporter-6d9f-x2")],
        &[("summary", "Pod oom-reporter-6d9f-x2 is not ready")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "ServiceAlert"), ("service", "dns-updater")],
        &[("summary", "dns-updater: 3 instances restarted")],
        None,
    );
    // A Kubernetes Job named after certificates that failed is a failed job.
    check(
        &[
            ("alertname", "KubeJobFailed"),
            ("job_name", "cert-renewal-29357550"),
        ],
        &[(
            "description",
            "Job batch/cert-renewal-29357550 failed to complete.",
        )],
        None,
    );
    // Said to be down, a place is a host whatever its words.
    check(
        &[("alertname", "Alert"), ("job", "kafka-lag-exporter")],
        &[("summary", "kafka-lag-exporter is down")],
        Some(("node_down", "down")),
    );
    // A one-word name is the word it is.
    check(
        &[("alertname", "ServiceAlert"), ("service", "dns")],
        &[("summary", "dns lookups failing")],
        Some(("dns_failure", "dns-failure")),
    );
}

#[test]
fn offline_and_unknown_hosts_in_more_languages() {
    for (text, signature) in [
        ("px-rz2-08: Le nœud est hors ligne", "node_down"),
        ("px-rz2-07: ノードがオフライン", "node_down"),
        ("px-rz2-07: 节点已下线", "node_down"),
        ("pve-b2: 노드가 오프라인 상태임", "node_down"),
        ("3 av 7 noder är frånkopplade", "node_down"),
        ("pve-a3: Sunucu çevrimdışı", "node_down"),
        ("Ο κόμβος είναι εκτός σύνδεσης", "node_down"),
        ("El servicio ha estado desconectado para 29m", "node_down"),
        ("Trying to fence node 'pve-b2'", "node_down"),
        (
            "No keepalive sent from web-front-5 for 134 seconds",
            "node_down",
        ),
        ("ERRO:  sem memória", "out_of_memory"),
        ("SocketException: No se conoce este host", "dns_failure"),
        ("SocketException: Taki host nie jest znany", "dns_failure"),
        (
            "SocketException: Böyle bir ana bilgisayar bilinmiyor",
            "dns_failure",
        ),
    ] {
        assert_eq!(summary_signature(text), Some(signature), "{text}");
    }
    // Needing a person is no planned work; a datastore in maintenance is.
    assert_eq!(
        summary_signature(
            "The node 'pve-b2' failed and needs manual intervention. Trying to fence node 'pve-b2'"
        ),
        Some("node_down")
    );
    assert_eq!(summary_signature("データストアは保守モード中"), None);
}

#[test]
fn a_readout_names_a_measure_and_its_size_without_judging_it() {
    let relayed = [("alertname", "DesktopNotificationRelayed")];
    for line in [
        "Utilisation de la mémoire: 1342.5 MB",
        "Использование памяти: 987.0 MB",
        "obs[2199]: Espacio en disco disponible: 412.7 GB",
        "Free space: 301.7 GB",
    ] {
        check(&relayed, &[("description", line)], None);
    }
    // A judging word, a percentage or a threshold before the value is a warning.
    check(
        &relayed,
        &[("description", "Disk space low: 1.2 GB")],
        Some(("disk_full", "disk-capacity")),
    );
    check(
        &relayed,
        &[("description", "Memory usage: 93%")],
        Some(("out_of_memory", "memory-capacity")),
    );
    check(
        &relayed,
        &[(
            "description",
            "ルートディレクトリの空き容量が 5GB 未満です。現在の空き容量: 3.2GB",
        )],
        Some(("disk_full", "space-left")),
    );
}

#[test]
fn not_enough_space_or_memory_in_more_languages() {
    let relayed = [("alertname", "DesktopNotificationRelayed")];
    for (line, expected) in [
        (
            "Nincs elég szabad tárhely a folyamat befejezéséhez.",
            ("disk_full", "disk-capacity"),
        ),
        (
            "Ei tarpeeksi vapaata levytilaa prosessin suorittamiseen.",
            ("disk_full", "disk-capacity"),
        ),
        (
            "Fehler: Speichermangel",
            ("out_of_memory", "memory-capacity"),
        ),
        ("Błąd braku pamięci", ("out_of_memory", "memory-capacity")),
    ] {
        check(&relayed, &[("description", line)], Some(expected));
    }
}

#[test]
fn space_freed_on_purpose_is_no_full_disk() {
    let relayed = [("alertname", "DesktopNotificationRelayed")];
    for line in [
        "The following file was deleted from /srv/sessions/audiofiles, freeing 87 megabytes of disk space",
        "Le fichier suivant a été éffacé de /srv/sessions/audiofiles,\nlibérant 87 mégaoctets d'espace disque",
        "Följande fil har raderats från /home/erik/Sessions,\nvilket frigör 2 gigabyte diskutrymme",
    ] {
        check(&relayed, &[("description", line)], None);
    }
}

#[test]
fn a_plugin_output_annotation_reads_as_the_measure_and_only_its_failing_parts() {
    let nagios = [("alertname", "NagiosServiceProblem")];
    let output = |text| {
        [
            ("summary", "RabbitMQ server on mq-prod-2 is CRITICAL"),
            ("plugin_output", text),
        ]
    };
    check(
        &nagios,
        &output("RABBITMQ_SERVER CRITICAL - Memory CRITICAL (93.41%), Process OK (0.62%), FD OK (4.10%)"),
        Some(("out_of_memory", "memory-capacity")),
    );
    check(
        &nagios,
        &output("RABBITMQ_SERVER WARNING - FD WARNING (87.20%), Memory OK (41.03%)"),
        Some(("fd_exhaustion", "fd-usage")),
    );
    // Erlang's process count is no listed signature; the file descriptors are fine.
    check(
        &nagios,
        &output("RABBITMQ_SERVER CRITICAL - Process CRITICAL (91.07%), Memory OK (38.50%), FD OK (6.75%)"),
        None,
    );
    check(
        &nagios,
        &[(
            "plugin_output",
            "DNS WARNING: 2.412 seconds response time. www.shop.example returns 203.0.113.40",
        )],
        Some(("high_latency", "response-time")),
    );
    // check_oracle_health's abbreviations: a tablespace, the System Global Area.
    check(
        &nagios,
        &[(
            "plugin_output",
            "CRITICAL - tbs USERS usage is 98.71% | 'tbs_users_usage_pct'=98.71%;90;98",
        )],
        Some(("disk_full", "disk-capacity")),
    );
    check(
        &nagios,
        &[(
            "plugin_output",
            "CRITICAL - SGA shared pool free 3.12% | sga_shared_pool_free=3.12%;10:;5:",
        )],
        Some(("out_of_memory", "memory-capacity")),
    );
}

#[test]
fn a_runbook_question_and_a_client_that_left_say_nothing_failed() {
    let pending = [("alertname", "[staging] Pods are stuck Pending")];
    check(
        &pending,
        &[(
            "message",
            "There are currently 4 pods Pending.\n  - Is something crash-looping?\n  - Is autoscaling adding node capacity where needed?",
        )],
        None,
    );
    // The same words stated, not asked.
    check(
        &pending,
        &[("message", "Something is crash-looping.")],
        Some(("crash_loop", "restart-loop")),
    );
    let nginx = [("alertname", "NginxErrorLog")];
    for line in [
        "2021/04/15 02:40:24 [error] 964#0: *199 proxy_connect: client read timed out while connecting to upstream, client: 127.0.0.1",
        "2018/05/22 15:17:24 [info] 45#0: *400 epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream",
    ] {
        check(&nginx, &[("description", line)], None);
    }
}

#[test]
fn a_sentry_culprit_is_where_the_code_raised_not_what_failed() {
    let sentry = [("alertname", "SentryIssue")];
    check(
        &sentry,
        &[
            ("title", "PSQLException: 잘못된 sslmode 값: prefered"),
            (
                "culprit",
                "org.postgresql.jdbc.PgConnection in setNetworkTimeout",
            ),
        ],
        None,
    );
    // The same words in the alert's own text still count.
    check(
        &sentry,
        &[(
            "title",
            "PSQLException: connection timeout in setNetworkTimeout",
        )],
        Some(("upstream_timeout", "connection-timeout")),
    );
}

#[test]
fn none_left_in_a_running_state_counted_as_zero_is_down() {
    let ecs = [("alertname", "ServiceCapacity")];
    check(
        &ecs,
        &[("summary", "Service checkout has 0 running tasks")],
        Some(("node_down", "down")),
    );
    check(
        &ecs,
        &[("summary", "Target group has 0 healthy hosts")],
        Some(("node_down", "down")),
    );
    // Some left is no outage.
    check(
        &ecs,
        &[("summary", "Service checkout has 3 running tasks")],
        None,
    );
}

#[test]
fn a_summary_that_repeats_the_check_after_its_host_leaves_the_description_to_speak() {
    check(
        &[("alertname", "service_nginx"), ("host", "app-07")],
        &[
            ("summary", "app-07/service_nginx is CRITICAL"),
            (
                "description",
                "nginx is not running: no output from service command",
            ),
        ],
        Some(("node_down", "down")),
    );
}

#[test]
fn a_manager_that_gave_up_restarting_is_a_crash_loop() {
    check(
        &[("alertname", "WorkerLog")],
        &[("description", "Max restarts reached. Exiting.")],
        Some(("crash_loop", "restart-loop")),
    );
}

#[test]
fn a_log4j_thread_in_brackets_says_which_thread_logged() {
    check(
        &[("alertname", "LogPatternMatched")],
        &[(
            "description",
            "2026-12-05 10:12:01,234 ERROR [IO-/10.20.0.5:41234] Filesystem is over 90 per cent full",
        )],
        Some(("disk_full", "disk-capacity")),
    );
}

#[test]
fn a_connection_closed_for_idling_is_no_pool_filled_up() {
    check(
        &[("alertname", "MosquittoLogNotice")],
        &[(
            "summary",
            "Bridge connection mqtt-broker-2.cloud-uplink has exceeded idle timeout, disconnecting.",
        )],
        None,
    );
}

#[test]
fn a_queue_that_a_connection_names_is_work_waiting_but_a_wait_queue_for_connections_is_a_pool() {
    check(
        &[("alertname", "Long Wait Detected")],
        &[(
            "description",
            "[Shop Backend] The \"emails\" queue on the \"redis\" connection has a wait time of 742 seconds.",
        )],
        Some(("queue_backlog", "queue-size")),
    );
    check(
        &[(
            "exception",
            "MongoDB.Driver.MongoWaitQueueFullException: The wait queue for acquiring a connection to server mongo-1.data:27017 is full.",
        )],
        &[("summary", "basket-api exceptions above threshold")],
        Some(("connection_pool_exhaustion", "pool-exhausted")),
    );
}

#[test]
fn a_warning_or_notice_line_is_a_log_line_too() {
    // Kafka's client logs a request given up on at INFO; a broker's full store at WARN.
    for (line, expected) in [
        (
            "INFO [Consumer clientId=indexer-1] Disconnecting from node 4 due to request timeout.",
            Some(("upstream_timeout", "request-timeout")),
        ),
        (
            "2026-12-05 10:12:01,234 WARN [IO-/10.20.0.5:41234] Filesystem is over 90 per cent full",
            Some(("disk_full", "disk-capacity")),
        ),
        (
            "NOTICE: host db-2 is unreachable",
            Some(("node_down", "down")),
        ),
    ] {
        assert!(is_log_line(line), "{line}");
        check(
            &[("alertname", "LogPatternMatch")],
            &[("summary", "Kafka client disconnects"), ("description", line)],
            expected,
        );
    }
    // A level in lower case inside prose is no line's level.
    assert!(!is_log_line(
        "info: the host may be unreachable during maintenance"
    ));
}

#[test]
fn a_wildfly_thread_in_parentheses_says_which_thread_logged() {
    // "(default task-18)" names a request thread; "task" is no host that went down.
    check(
        &[("alertname", "LogPatternMatched")],
        &[
            ("summary", "Error pattern matched in logs of policy-quote"),
            (
                "description",
                "2026-12-04 04:17:06,118 WARN [o.j.jca.core.connectionmanager.pool.strategy] (default task-18) javax.resource.ResourceException: IJ000653: The pool has been shutdown (ClaimsDS,aa5a3ef4)",
            ),
        ],
        None,
    );
    // Qpid's one-word code in parentheses is the message's own and stays read.
    check(
        &[("alertname", "QpidBrokerOperationalLog")],
        &[(
            "description",
            "2026-12-05 10:12:01,234 INFO  [IO-/10.20.0.5:41234] (q.m.v.filesystem_full) - [vh(/default)] VHT-1006 : Filesystem is over 90 per cent full",
        )],
        Some(("disk_full", "disk-capacity")),
    );
}

#[test]
fn a_task_pending_is_work_waiting() {
    check(
        &[("alertname", "CassandraCompactionTaskPending")],
        &[(
            "summary",
            "Cassandra compaction task pending (instance 10.0.4.21:9187)",
        )],
        Some(("queue_backlog", "pending-work")),
    );
}

#[test]
fn graylogs_backlog_heading_introduces_the_matched_lines() {
    // Graylog lists the messages that matched its event definition under "Backlog:"; the word
    // names that list, not work waiting.
    check(
        &[("alertname", "SSH brute force")],
        &[(
            "description",
            "Event definition \"SSH brute force\" triggered. Backlog: bastion-01 sshd[48830]: error: maximum authentication attempts exceeded for root from 198.51.100.23 port 44130 ssh2 [preauth]",
        )],
        None,
    );
    // The lines under it are read as any quoted line is.
    check(
        &[("alertname", "Disk alerts")],
        &[(
            "description",
            "Event definition \"Disk alerts\" triggered. Backlog: db-3 postgres[4412]: could not extend file: No space left on device",
        )],
        Some(("disk_full", "space-left")),
    );
    // A backlog said in prose is still one.
    check(
        &[("alertname", "WebhookDelivery")],
        &[("summary", "Webhook delivery backlog is growing")],
        Some(("queue_backlog", "queue-size")),
    );
}

#[test]
fn an_incomplete_start_is_a_failure_not_space_left() {
    check(
        &[("alertname", "Traffic Server cache disks")],
        &[(
            "description",
            "Backlog: cdn-edge-09 [ET_TASK 0] WARNING: Cache initialization incomplete - only 3 of 4 disks were available.",
        )],
        None,
    );
}

#[test]
fn an_apdex_objective_that_counts_5xx_as_unsatisfied_is_latency() {
    check(
        &[("alertname", "CamoproxyServiceServerApdexSLOViolation")],
        &[
            (
                "title",
                "The server SLI of the camoproxy service (`main` stage) has an apdex violating SLO",
            ),
            (
                "description",
                "This SLI monitors the camoproxy HTTP interface. 5xx responses are considered to be failures.",
            ),
        ],
        Some(("high_latency", "latency")),
    );
    // Without an apdex, the same 5xx sentence is the error rate it states.
    check(
        &[("alertname", "CamoproxyErrors")],
        &[(
            "description",
            "5xx responses from the camoproxy HTTP interface are above 5%.",
        )],
        Some(("high_error_rate", "http-5xx")),
    );
}

#[test]
fn an_image_pull_back_off_never_ran_but_a_supervisor_that_gave_up_restarting_looped() {
    // A back-off on pulling an image retries the pull: the container never started.
    check(
        &[("alertname", "pod_crashes"), ("reason", "ImagePullBackOff")],
        &[("summary", "web/storefront-7d6c5f-9vq4r: ImagePullBackOff")],
        None,
    );
    check(
        &[("alertname", "KubePodEvents")],
        &[(
            "summary",
            "Back-off pulling image \"registry.example/web:1.4\"",
        )],
        None,
    );
    // A back-off on restarting it is the loop.
    check(
        &[("alertname", "pod_crashes"), ("reason", "CrashLoopBackOff")],
        &[("summary", "web/storefront-7d6c5f-9vq4r: CrashLoopBackOff")],
        Some(("crash_loop", "crash-loop")),
    );
    for (summary, description, rule) in [
        (
            "ERROR line in report-worker supervisor log",
            "2026-12-05 09:14:16,286:ERROR:max number of restarts reached",
            "restart-loop",
        ),
        (
            "PM2 stopped checkout-api",
            "[PM2] Script /srv/checkout/dist/server.js had too many unstable restarts (16). Stopped. \"errored\"",
            "restarts-counted",
        ),
    ] {
        check(
            &[("alertname", "SupervisorLogError")],
            &[("summary", summary), ("description", description)],
            Some(("crash_loop", rule)),
        );
    }
}

#[test]
fn a_processor_slowed_for_heat_is_no_rate_limit() {
    check(
        &[("alertname", "HWThermalThrottle")],
        &[(
            "summary",
            "GPU Hardware Thermal throttling detected. (instance gpu-node-2)",
        )],
        None,
    );
    // A provider's throttling named in the alertname still is one.
    check(
        &[("alertname", "DynamoDBReadThrottleEvents")],
        &[("summary", "Reads on table orders are throttled")],
        Some(("rate_limited", "throttled-name")),
    );
}

#[test]
fn a_cache_evicting_keys_is_out_of_memory_and_nodes_that_failed_are_down() {
    check(
        &[("alertname", "Redis Server[6379] is evicting keys")],
        &[],
        Some(("out_of_memory", "memory-capacity")),
    );
    // A pod evicted from a drained node is no cache's memory.
    check(
        &[("alertname", "KubeEvent")],
        &[(
            "summary",
            "kubectl drain worker-7; evicting pod shop/cart-6c9f7d-x2kqp",
        )],
        None,
    );
    check(
        &[("alertname", "Presto Failed Worker Nodes")],
        &[("summary", "CRITICAL: Presto SQL - 2 worker nodes failed")],
        Some(("node_down", "down")),
    );
}

#[test]
fn a_measure_now_within_its_limits_has_recovered() {
    check(
        &[("alertname", "DirsrvDiskMonitor")],
        &[(
            "description",
            "Matched log line on ldap-01: [04/Dec/2026:21:40:11 +0000] - INFO - disk_monitoring_thread - Disk space is now within acceptable limits",
        )],
        None,
    );
    // A node that did not come back within its delay has not.
    check(
        &[("alertname", "ProxmoxNodeFence")],
        &[
            ("summary", "pve5: node needs to be fenced"),
            (
                "description",
                "Node is not a member of the quorate partition and did not come back within the fence delay.",
            ),
        ],
        Some(("node_down", "down")),
    );
}

#[test]
fn the_instance_a_template_appends_says_nothing_of_what_failed() {
    // "pg-replica-2" names a database host, but "(instance …)" only says where the rule ran.
    check(
        &[
            ("alertname", "NomadJobLost"),
            ("instance", "pg-replica-2:9187"),
        ],
        &[("summary", "Nomad job lost (instance pg-replica-2:9187)")],
        None,
    );
    // Said of the place itself, its name is still the host that went down.
    check(
        &[
            ("alertname", "HostProbe"),
            ("instance", "pg-replica-2:9187"),
        ],
        &[("summary", "pg-replica-2:9187 is down")],
        Some(("node_down", "down")),
    );
}

#[test]
fn a_node_whose_ready_status_is_false_or_unknown_is_down() {
    for status in ["'False'", "'Unknown'"] {
        let message =
            format!("Node 'edge-2' has ready status {status}: Kubelet never posted node status.");
        check(
            &[("alertname", "kube-problem"), ("node", "edge-2")],
            &[("message", message.as_str())],
            Some(("node_down", "down")),
        );
    }
    check(
        &[("alertname", "kube-problem"), ("node", "edge-2")],
        &[("message", "Node 'edge-2' has ready status 'True'")],
        None,
    );
}

#[test]
fn a_process_or_service_not_running_is_down_in_every_language() {
    for summary in [
        "Servizio MySQL non in esecuzione",
        "Servizio arrestato",
        "Le processus nginx n'est pas en cours d'exécution",
        "El proceso nginx no se está ejecutando",
        "Der Prozess nginx läuft nicht",
        "Dienst nginx nicht gestartet",
        "Служба Spooler не запущена",
        "Процесс nginx не запущен",
        "nginx 进程未运行",
        "nginx プロセスが実行されていません",
    ] {
        check(
            &[("alertname", "ProcessCheck")],
            &[("summary", summary)],
            Some(("node_down", "down")),
        );
    }
    // A job in progress ("en cours d'exécution") is no process down.
    check(
        &[("alertname", "BackupCheck")],
        &[("summary", "La sauvegarde est en cours d'exécution")],
        None,
    );
}

#[test]
fn a_certificate_renewed_successfully_leaves_nothing_to_expire() {
    check(
        &[("alertname", "CertManagerEvent")],
        &[("summary", "Certificate renewal succeeded")],
        None,
    );
    check(
        &[("alertname", "CertManagerEvent")],
        &[("summary", "Certificate renewal was not successful")],
        Some(("certificate_expiry", "certificate-expiry")),
    );
}

#[test]
fn a_count_in_a_markdown_code_span_counts_as_written() {
    // RabbitMQ's template writes the value as code: one restart is still one.
    check(
        &[("alertname", "ContainerRestarts")],
        &[(
            "description",
            "Over the last 10 minutes, container `rabbitmq` restarted `1` times in pod `chat-mq-server-0`",
        )],
        None,
    );
    check(
        &[("alertname", "ContainerRestarts")],
        &[(
            "description",
            "Over the last 10 minutes, container `rabbitmq` restarted `4` times in pod `chat-mq-server-0`",
        )],
        Some(("crash_loop", "restart-loop")),
    );
}

#[test]
fn a_summary_that_says_only_which_check_fired_and_in_what_state_leaves_it_to_the_output() {
    // Sensu's "ALERT - client/check: STATE", the client named in its own label.
    check(
        &[
            ("alertname", "check-chronos"),
            ("client", "chronos-sched-1"),
            ("check", "check-chronos"),
        ],
        &[
            ("summary", "ALERT - chronos-sched-1/check-chronos: CRITICAL"),
            (
                "description",
                "ChronosNodeStatus CRITICAL: Chronos on chronos-sched-1 is not responding",
            ),
        ],
        Some(("node_down", "down")),
    );
    // A health check that "exited WARN" says how it ended, not what it found.
    check(
        &[("alertname", "slurm state"), ("node", "h100-a-0412")],
        &[
            (
                "summary",
                "health check 'slurm state' on h100-a-0412 exited WARN",
            ),
            (
                "description",
                "node is in bad state: down, and cannot accept jobs.",
            ),
        ],
        Some(("node_down", "down")),
    );
    // The output still decides: a check that fired on a full disk is no node down.
    check(
        &[
            ("alertname", "check-disk"),
            ("client", "web-1"),
            ("check", "check-disk"),
        ],
        &[
            ("summary", "ALERT - web-1/check-disk: WARNING"),
            ("description", "CheckDisk WARNING: / 91% used"),
        ],
        Some(("disk_full", "disk-capacity")),
    );
}

#[test]
fn a_member_or_service_not_active_or_expelled_is_down() {
    check(
        &[("alertname", "InnoDBClusterIssue")],
        &[("summary", "1 member is not active.")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "GroupReplicationLog")],
        &[(
            "summary",
            "Member was expelled from the group due to network failures",
        )],
        Some(("node_down", "peer-gone")),
    );
    // A resource's record "not active" is said of no running thing.
    check(
        &[("alertname", "OpenStackNeutronRoutersNotActive")],
        &[("summary", "OpenStack Neutron routers not active")],
        None,
    );
}

#[test]
fn a_log_line_is_read_past_its_bracketed_level_and_the_plugin_that_wrote_it() {
    let line = |description: &str| {
        [
            (
                "summary",
                "Group Replication event on db-gr-1.prod".to_string(),
            ),
            ("description", description.to_string()),
        ]
    };
    for (description, expected) in [
        (
            "2026-12-05T16:41:01.095028Z 0 [Warning] Plugin group_replication reported: 'Member with address db-gr-3.prod:3306 has become unreachable.'",
            Some(("node_down", "down")),
        ),
        (
            "2026-12-05T16:41:01.095028Z 0 [Warning] [MY-011493] [Repl] Plugin group_replication reported: 'Member with address db-gr-3.prod:3306 has become unreachable.'",
            Some(("node_down", "down")),
        ),
        // The plugin's name no longer speaks, and a member that left of its own accord is no
        // member lost (POLICY.md rule 11).
        (
            "2026-12-05T16:41:01.095028Z 0 [Note] Plugin group_replication reported: 'Members removed from the group: db-gr-3.prod:3306'",
            None,
        ),
        // Only in brackets is a mixed-case word a level.
        ("Warning signs of replication trouble were not seen.", None),
    ] {
        let fields = line(description);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        check(&[("alertname", "MySQLGroupReplicationLogEvent")], &fields, expected);
    }
}

#[test]
fn a_summary_that_names_only_a_logged_event_leaves_it_to_the_line() {
    for (summary, description, expected) in [
        (
            "KeyDB cluster event on keydb-0",
            "1:M 05 Dec 2026 16:41:28.366 - Node 5e6f7a8b9c0d reported node 9a8b7c6d5e4f as not reachable.",
            Some(("node_down", "down")),
        ),
        (
            "etcd-operator reported a problem with cluster etcd-main",
            "time=\"2026-12-05T16:40:11Z\" level=warning msg=\"all etcd pods are dead.\" cluster-name=etcd-main",
            Some(("node_down", "down")),
        ),
        // Housekeeping of outdated entries; the logger's qualified name ("…MembershipService…")
        // is where the line was written, no service.
        (
            "Orleans membership event on lobby-silo-0",
            "[Debug] Orleans.Runtime.MembershipService.MembershipTableManager: CleanupTableEntries: About to DeclareDead 3 outdated silos in the table: S10.60.0.9:11111:501998412",
            None,
        ),
        (
            "Couchbase cluster log alert on cb-1",
            "Node 'ns_1@cb-1.prod' saw that node 'ns_1@cb-3.prod' went down.",
            Some(("node_down", "down")),
        ),
        // A summary that names a failure before "event" still heads.
        (
            "OOM kill event on web-3",
            "Reported by the node's kernel log watcher.",
            Some(("out_of_memory", "out-of-memory")),
        ),
    ] {
        check(
            &[("alertname", "ClusterLogEvent")],
            &[("summary", summary), ("description", description)],
            expected,
        );
    }
}

#[test]
fn a_member_suspected_or_lost_by_the_others_is_down() {
    for (description, expected) in [
        (
            "Suspecting Member [10.20.1.13]:5701 because it has not sent any heartbeats since 2026-12-05 16:40:07.118",
            Some(("node_down", "peer-gone")),
        ),
        // Suspicion is said of members only: a fraud alert's "suspect member", a consumer that
        // "unexpectedly left" its group and a job "marked as failing" lost no member.
        ("Suspect member login from a new country", None),
        ("Consumer orders-worker-2 unexpectedly left the consumer group", None),
        ("Cron job on host web-3 marked as failing after 3 consecutive errors", None),
        (
            "INFO  [GossipStage:1] 2026-12-05 16:41:07,412 Gossiper.java:1034 - InetAddress /10.31.4.23 is now DOWN",
            Some(("node_down", "down")),
        ),
        // A member that left the cluster as asked is planned work (POLICY.md rule 11).
        ("Member db-3 left the cluster gracefully.", None),
    ] {
        check(
            &[("alertname", "ClusterLogEvent")],
            &[("summary", "Cluster event on node-1"), ("description", description)],
            expected,
        );
    }
}

#[test]
fn a_volume_named_vol_is_not_full_and_snapmirror_lags_as_replication() {
    check(
        &[("alertname", "Volume Created")],
        &[("summary", "volume [vol_pgdata01] created")],
        None,
    );
    check(
        &[("alertname", "VolumeEvent")],
        &[("description", "De schijf van volume data01 is vol.")],
        Some(("disk_full", "disk-capacity")),
    );
    check(
        &[("alertname", "Snapmirror lag time is high")],
        &[(
            "summary",
            "Snapmirror [5f1a2b3c] has [5423] lag time (in secs)",
        )],
        Some(("replication_lag", "replication-lag")),
    );
}

#[test]
fn a_dataset_quota_or_a_bucket_reaching_its_quota_is_storage_but_a_count_of_volumes_is_not() {
    for (annotations, expected) in [
        (
            vec![(
                "description",
                "CRITICAL: Refquota exceeded on dataset pool0/shares/finance. Used 97.06% (1.94 TiB of 2 TiB).",
            )],
            Some(("disk_full", "storage-quota")),
        ),
        // A dataset is as often BigQuery's: its query latency is latency.
        (
            vec![("summary", "Query latency on BigQuery dataset sales is above 5s")],
            Some(("high_latency", "latency")),
        ),
        // A quota "reached" may count volumes.
        (
            vec![("summary", "Volume quota reached: tenant ops has 20 of 20 volumes")],
            None,
        ),
        (
            vec![("message", "A NooBaa Bucket Is In Reaching Quota State")],
            Some(("disk_full", "storage-quota")),
        ),
        (
            vec![(
                "description",
                "WARNING: VDO vg_backup-vpool0-vpool vg_backup-vpool0 is now 87.40% full.",
            )],
            Some(("disk_full", "disk-capacity")),
        ),
        (
            vec![(
                "description",
                "WARNING: Thin pool vg_backup-tpool0 is now 87.40% full.",
            )],
            Some(("disk_full", "disk-capacity")),
        ),
        (
            vec![(
                "summary",
                "OpenStack Cinder tenant volume quota nearly exhausted (instance 10.0.1.17:9100)",
            )],
            None,
        ),
    ] {
        check(&[("alertname", "PlatformAlert")], &annotations, expected);
    }
}

#[test]
fn an_ssds_endurance_remaining_is_its_wear_not_its_space() {
    check(
        &[("alertname", "PhysicalDisk-EnduranceRemaining-critical")],
        &[],
        None,
    );
    check(
        &[("alertname", "X")],
        &[("summary", "SSD wearout indicator at 95% on sda")],
        None,
    );
    check(
        &[("alertname", "X")],
        &[("summary", "Disk space remaining below 10% on sda")],
        Some(("disk_full", "disk-capacity")),
    );
}

#[test]
fn a_bracketed_log_header_is_who_logged_not_what_happened() {
    for (description, expected) in [
        (
            "[user:info,2026-12-05T16:41:07.330Z,ns_1@cb-1.prod:<0.31544.0>:ns_node_disco:handle_info] Node 'ns_1@cb-1.prod' saw that node 'ns_1@cb-3.prod' went down.",
            Some(("node_down", "down")),
        ),
        (
            "[info 2026/12/05 16:41:07.552 UTC server-1 <View Message Processor1> tid=0x5f] Member at 10.3.1.14(server-3:4112)<v5>:41000 left the distributed cache normally.",
            None,
        ),
        // A bracketed tag with spaces and no level is prose ("[FIRING:1] …" is stripped
        // elsewhere); its words still count.
        ("[prod cluster] node cb-3 went down", Some(("node_down", "down"))),
    ] {
        check(
            &[("alertname", "ClusterLogEvent")],
            &[("summary", "Couchbase cluster log alert on cb-1"), ("description", description)],
            expected,
        );
    }
}

#[test]
fn a_thread_after_the_levels_timestamp_is_who_logged() {
    let header =
        "INFO   2026-12-05 16:41:07,412 [shard 0:gossip] gossip - InetAddress 0d5b1e7a-43c2";
    // The same header over a node that came back is no node down.
    for (state, expected) in [("DOWN", Some(("node_down", "down"))), ("UP", None)] {
        let line = format!("{header} is now {state}, status = NORMAL");
        check(
            &[("alertname", "ScyllaGossipLogEvent")],
            &[
                ("summary", "ScyllaDB gossip event on scylla-1"),
                ("description", &line),
            ],
            expected,
        );
    }
}

#[test]
fn a_raised_errors_type_that_names_nothing_is_no_error_rate() {
    for line in [
        "ValueError: Exceeded maximum connections",
        "Error: Exceeded maximum connections",
    ] {
        check(
            &[("alertname", "LokiPythonErrors")],
            &[
                ("summary", "forms-flask: 58 error lines in 5m"),
                ("description", line),
            ],
            Some(("connection_pool_exhaustion", "connection-limit")),
        );
    }
}

#[test]
fn an_incident_title_leaves_the_update_to_say_what_happened() {
    for (title, update, expected) in [
        (
            "API Outage",
            "Elevated error rates on the checkout API.",
            Some(("high_error_rate", "request-errors")),
        ),
        (
            "INC-0918 Payments API degraded",
            "P99 latency increased from 200ms to 8,500ms",
            Some(("high_latency", "latency")),
        ),
        (
            "AWS S3 operational issue in us-east-1",
            "Increased API Error Rates",
            Some(("high_error_rate", "request-errors")),
        ),
        // A title that names a failure heads: the update's first sentence is detail.
        (
            "Disk issue on web-1",
            "Elevated error rates on the checkout API.",
            None,
        ),
    ] {
        check(
            &[("alertname", "IncidentUpdate")],
            &[("summary", title), ("description", update)],
            expected,
        );
    }
}

#[test]
fn a_server_error_code_in_prose_is_a_5xx_but_a_count_is_not() {
    for (update, expected) in [
        (
            "Production payment service is returning 500 errors for 30% of users.",
            Some(("high_error_rate", "http-5xx")),
        ),
        (
            "We are investigating elevated 500s across Copilot services.",
            Some(("high_error_rate", "http-5xx")),
        ),
        // A gateway's 504 is an upstream that did not answer in time, as a `code` label's.
        (
            "The gateway is returning 504 errors to 12% of users.",
            Some(("upstream_timeout", "http-504")),
        ),
        ("More than 500 errors in 5 minutes", None),
        ("500 errors in the last hour", None),
    ] {
        check(
            &[("alertname", "IncidentUpdate")],
            &[("summary", "Payments incident"), ("description", update)],
            expected,
        );
    }
}

#[test]
fn a_summary_spells_out_whose_failures_an_alertname_counts() {
    for (name, summary, expected) in [
        (
            "FFmpegHighFailureRate",
            "Elevated job failure rate: 14.6%",
            None,
        ),
        (
            "HighWorkflowFailureRate",
            "High workflow failure rate",
            None,
        ),
        (
            "NonRTHighTaskFailureRate",
            "High Non-RT task failure rate",
            None,
        ),
        // The same alertname over requests stays an error rate.
        (
            "CheckoutHighFailureRate",
            "Elevated request failure rate: 14.6%",
            Some(("high_error_rate", "request-errors")),
        ),
        // With no summary to spell it out, the alertname is read alone.
        (
            "CheckoutHighFailureRate",
            "",
            Some(("high_error_rate", "request-errors")),
        ),
    ] {
        let annotations: &[(&str, &str)] = if summary.is_empty() {
            &[]
        } else {
            &[("summary", summary)]
        };
        check(&[("alertname", name)], annotations, expected);
    }
}

#[test]
fn a_failed_to_is_no_phrase_and_a_replica_set_is_members() {
    // "host failed" is a host down; "db-host failed to scrape" is a program that failed.
    check(
        &[("alertname", "XenPoolMessage")],
        &[("summary", "HA_HOST_FAILED on xcp-h04")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "CollectorScrapeFailed")],
        &[(
            "description",
            "The textfile collector on db-host failed to scrape its files.",
        )],
        None,
    );
    // A replica set is a group of members: its member unreachable is a host down, which a
    // replication word would veto.
    check(
        &[("alertname", "MongoAlert")],
        &[("summary", "Replica set member db-2 not reachable")],
        Some(("node_down", "down")),
    );
    check(
        &[("alertname", "MongoAlert")],
        &[("summary", "MongoDB replica settings changed")],
        None,
    );
}

#[test]
fn a_decisive_word_after_a_hedge_is_only_guessed() {
    for hedge in ["maybe", "possibly", "probably", "likely", "presumably"] {
        check(
            &[("alertname", "OrdersSlow")],
            &[("description", &format!("orders-db is {hedge} deadlocked"))],
            Some(("high_latency", "latency")),
        );
    }
    check(
        &[("alertname", "OrdersSlow")],
        &[("description", "orders-db is deadlocked")],
        Some(("deadlock", "deadlock")),
    );
}
