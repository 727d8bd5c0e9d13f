#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crashlook27.jsonl: crash loops and upstream timeouts as rule
files, vendor monitor templates and documented log lines word them, and their look-alikes.

Labels were decided from each alert's meaning under POLICY.md before the classifier ran on the
file (see the crashlook27 section of tests/fixtures/corpus/SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_crashlook27.jsonl")

C, U = "crash_loop", "upstream_timeout"

SYSDIG_IAC = ("sysdiglabs/alerts-iac-example", "alerts/prometheus_alerts.tf",
              "6fe713e205b6468df3b274f5a440194dba58c4ba")

# Sysdig Monitor's Prometheus alert: restarts at a rate above zero over 5m for 10 minutes, so the
# container restarted again and again over the window (POLICY rule 7): crash_loop.
family.add(SYSDIG_IAC, C, "sysdiglabs/alerts-iac-example alerts/prometheus_alerts.tf: 'container "
           "restarts', rate(kube_pod_container_status_restarts_total[5m])>0 for 10 minutes",
           {"alertname": "container restarts", "severity": "high", "kube_cluster_name": "prod",
            "namespace": "payments", "pod": "ledger-api-6d9f7c5b8-q2xkp", "container": "ledger-api"},
           {"description": "scrape job uptime",
            "query": "rate(kube_pod_container_status_restarts_total{kube_cluster_name=\"prod\"}[5m])>0",
            "value": "0.0133"})

family.write()
