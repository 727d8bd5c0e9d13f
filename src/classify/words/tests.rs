//! The word stage's own tests: tokenising, the issue's families, look-alikes, evidence.

use super::super::tests::map;
use super::*;

/// Classifies `(labels, annotations)` by words alone and compares `(signature, rule)`.
fn check(labels: &[(&str, &str)], annotations: &[(&str, &str)], expected: Option<(&str, &str)>) {
    let got = words().classify(&map(labels), &map(annotations), &|_| true);
    assert_eq!(
        got.as_ref().map(|m| (m.signature, m.rule)),
        expected,
        "labels {labels:?} annotations {annotations:?}: {got:?}"
    );
}

#[test]
fn camel_case_and_digits_split() {
    assert_eq!(
        camel_pieces("KafkaLagIsTooHigh"),
        ["Kafka", "Lag", "Is", "Too", "High"]
    );
    assert_eq!(camel_pieces("HTTPServer5xx"), ["HTTP", "Server", "5xx"]);
    assert_eq!(camel_pieces("p99"), ["p99"]);
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
    check(&[("alertname", "ContainerLowMemoryUsage")], &[], None);
}

#[test]
fn cause_beats_symptom_and_evidence_names_words() {
    let got = words()
        .classify(
            &map(&[("alertname", "HighErrorRate")]),
            &map(&[("description", "The connection pool has been exhausted")]),
            &|_| true,
        )
        .expect("a match");
    assert_eq!(got.signature, "connection_pool_exhaustion");
    assert_eq!(got.field, "annotation:description");
    assert_eq!(got.words, "connection, pool, exhausted");
}
