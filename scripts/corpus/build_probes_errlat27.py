#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_errlat27.jsonl: high error rates (5xx and failed-request
ratios, SLO error-budget burn, exception rates) and high latency (p95/p99 request duration,
apdex, slow responses, latency SLO burn) as rule files, vendor monitor templates and fired
alerts of projects the corpus had not used word them, and their look-alikes (request rates,
error counts of things that are not requests, load, collectors, jobs, label names...).

Each item is one rule rendered as Alertmanager (or the vendor) delivers it when fired: the
rule's own labels, the target labels its expression keeps with made-up values, and its
annotations with `{{ $labels.x }}` / `{{ $value }}` filled in. Runbook and dashboard links are
dropped; every other annotation is quoted as the file at the cited commit has it.

Labels are decided from each rule's expression and text under tests/fixtures/corpus/POLICY.md
before the classifier ran (the `reason` of each item); see the `probes_errlat27.jsonl` section
of tests/fixtures/corpus/SOURCES.md for the groups, the left-outs and the policy decisions.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

ERR, LAT, NULL = "high_error_rate", "high_latency", None

MF = ("mayflower/nixexprs", "modules/monitoring/alert-rules.nix", "0c8d7ef14691a919e4277aebf27ea08208ccb4a0")

# (source (repo, path, commit), expected, reason, labels, annotations)
ITEMS = [
    # mayflower/nixexprs: the alert rules its NixOS monitoring module generates
    (MF, NULL, "rule 5: L2ARC write/IO errors of ZFS are disk errors, not requests",
     {"alertname": "node_zfs_errors", "severity": "page", "alias": "storage-02", "instance": "storage-02:9100", "job": "node"},
     {"summary": "storage-02: ZFS IO errors: 3", "description": "storage-02 reports: 3 ZFS IO errors. Drive(s) are failing."}),
    (MF, NULL, "rule 16: a node-exporter collector failing is the monitor's own collection",
     {"alertname": "node_collector_failed", "severity": "page", "alias": "web-04", "instance": "web-04:9100", "job": "node", "collector": "textfile"},
     {"summary": "web-04: Node collector textfile failed.", "description": "web-04: The collector textfile of node exporter instance web-04:9100 failed."}),
    (MF, NULL, "rule 5: one systemd unit that failed to (re)start (no loop)",
     {"alertname": "node_systemd_service_failed", "severity": "page", "alias": "mail-01", "instance": "mail-01:9100", "job": "node", "name": "postfix.service", "state": "failed"},
     {"summary": "mail-01: Service postfix.service failed to start.", "description": "mail-01 failed to (re)start service postfix.service."}),
    (MF, NULL, "a change in Alertmanager's count of active silences: nothing is wrong with requests",
     {"alertname": "alerts_silences_changed", "severity": "page", "instance": "alertmanager-0:9093", "job": "alertmanager", "state": "active"},
     {"summary": "alertmanager: number of active silences has changed: 2", "description": "alertmanager: number of active silences has changed: 2"}),
]

family = ProbeFamily("probes_errlat27.jsonl")
for src, expected, reason, labels, annotations in ITEMS:
    family.add(src, expected, f"{src[0]} {src[1]}: {labels['alertname']} ({reason})", labels, annotations)
family.write()
