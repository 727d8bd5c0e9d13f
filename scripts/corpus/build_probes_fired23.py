#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_fired23.jsonl: alerts as they really fired, pasted by the
people who received them into public GitHub issue and pull-request threads (Alertmanager
notifications and alert-bot issues, Grafana and CloudWatch alarms, Icinga/Nagios/Zabbix problem
lines, PagerDuty pages, uptime monitors' messages), from projects the corpus has not used for
this family, next to the look-alikes that must stay null (rule-evaluation failures, failed jobs,
watchdogs, absent series, config reloads, throttling, rollouts that did not finish).

Each item keeps the facts of the alert as it fired (its rule, its state, its labels and values,
the error it quoted) but is our own text: hosts, pods, namespaces and numbers are made up where
the thread redacted or left them out. Provenance is the thread: repo, `issues/N` or `pull/N`,
commit null (POLICY.md, "Provenance"); the project is the repository.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-17) from the alert's
meaning before the classifier ran on the file; the label is written next to the item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_fired23.jsonl")


add = family.add_thread


# ====================================================================== request errors and latency
add("high_error_rate", "PostHog/posthog", 1446, "Grafana alert paging PagerDuty when 500 responses exceed 30",
    {"alertname": "500 responses", "grafana_folder": "app", "environment": "production"},
    {"message": "Number of HTTP 500 responses is 41 in the last 5 minutes (alert above 30)"})
add("high_error_rate", "alphagov/govuk-puppet", 9493, "Icinga check: licensify staging frontend 5xx rate too high",
    {"alertname": "licensify-frontend 5xx rate", "host": "backend-lb-1.staging", "state": "CRITICAL"},
    {"description": "CRITICAL: licensify frontend 5xx rate is 0.21 (critical above 0.1)"}, kind="pull")
add("high_error_rate", "alphagov/govuk-helm-charts", 2567, "High5xxRate of the chat app (503s excluded afterwards)",
    {"alertname": "High5xxRate", "namespace": "apps", "app": "govuk-chat", "severity": "critical"},
    {"summary": "High rate of 5xx responses from govuk-chat", "description": "6.2% of requests to govuk-chat returned 5xx over 5m"}, kind="pull")
add("high_latency", "alphagov/govuk-helm-charts", 2567, "LongRequestDuration of the chat app, moved from PagerDuty to Slack",
    {"alertname": "LongRequestDuration", "namespace": "apps", "app": "govuk-chat", "severity": "warning"},
    {"summary": "Requests to govuk-chat are taking a long time", "description": "p95 request duration of govuk-chat is 21.4s over 10m"}, kind="pull")
add("high_error_rate", "guardian/dotcom-rendering", 3181, "CloudWatch alarm: more than 100 requests a minute answered 5xx for 5 minutes",
    {"alertname": "DCR-PROD-5XX-errors", "metric": "HTTPCode_Target_5XX_Count", "state": "ALARM"},
    {"reason": "Threshold Crossed: 5 datapoints [412.0, 388.0, 350.0, 297.0, 221.0] were greater than the threshold (100.0)."}, kind="pull")

# ====================================================================== look-alikes that stay null
# Rule evaluation failures: Prometheus failing to evaluate its own rules (rule 16, a monitor's own failure).
add(None, "soharaki/test", 6, "github-receiver issue: PrometheusRuleFailures of the kubernetes.rules group on OpenShift",
    {"alertname": "PrometheusRuleFailures", "container": "prometheus-proxy", "endpoint": "web", "instance": "10.128.0.29:9091",
     "job": "prometheus-k8s", "namespace": "openshift-monitoring", "pod": "prometheus-k8s-0",
     "rule_group": "/etc/prometheus/rules/prometheus-k8s-rulefiles-0/openshift-monitoring-prometheus-k8s-rules.yaml;kubernetes.rules",
     "service": "prometheus-k8s", "severity": "critical"}, {})

family.write()
