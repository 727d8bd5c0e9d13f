#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_fired24.jsonl: alerts as they really fired, pasted by the
people who received them into public GitHub issue and pull-request threads (Alertmanager Slack and
e-mail notifications, Alertmanager UI "Labels / Annotations" blocks, alert-bot issues, Grafana and
vendor notifications), from projects the corpus has not used, next to the look-alikes that must
stay null (watchdogs, info inhibitors, rule-evaluation failures, config reloads, CPU throttling,
failed jobs, replica mismatches).

Each item keeps the alert's labels and annotations as the thread pasted them; where the thread
redacted or cut them, values are filled in only where the rule's template obviously renders them
(hosts, pods and numbers made up). Provenance is the thread: repo, `issues/N` or `pull/N`, commit
null (POLICY.md, "Provenance"); the project is the repository.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-17) from the alert's
meaning before the classifier ran on the file; the label is written next to the item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_fired24.jsonl")
add = family.add_thread

WATCHDOG_DESC = ("This is an alert meant to ensure that the entire alerting pipeline is functional.\n"
                 "This alert is always firing, therefore it should always be firing in Alertmanager\n"
                 "and always fire against a receiver. There are integrations with various notification\n"
                 "mechanisms that send a notification when this alert is not firing. For example the\n"
                 "\"DeadMansSnitch\" integration in PagerDuty.\n")

# ====================================================================== etcd and control plane
# Failed gRPC requests are failed RPCs (rule 4), whatever the thread later found about their codes.
add("high_error_rate", "ibm-cloud-architecture/CSMO-ICP", 8, "ICPetcdHighNumberOfFailedGRPCRequests firing every five minutes on lease keep-alives",
    {"alertname": "ICPetcdHighNumberOfFailedGRPCRequests", "grpc_method": "LeaseKeepAlive", "grpc_service": "etcdserverpb.Lease",
     "instance": "10.10.25.71:4001", "job": "etcd", "severity": "warning"},
    {"message": "etcd cluster \"etcd\": 4.3478260869565215% of requests for LeaseKeepAlive failed on etcd instance 10.10.25.71:4001."})

# ====================================================================== monitoring stack's own alerts (null)
add(None, "alexbakker/alertmanager-ntfy", 17, "kube-prometheus-stack Watchdog, always firing, that the reporter wants forwarded to ntfy",
    {"alertname": "Watchdog", "prometheus": "monitoring/kube-prometheus-stack-prometheus", "severity": "none"},
    {"description": WATCHDOG_DESC, "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/general/watchdog",
     "summary": "An alert that should always be firing to certify that Alertmanager is working properly."})

family.write()
