#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_queuenode26.jsonl: work waiting (queue_backlog) and hosts,
members or processes down (node_down), with their look-alikes that must stay null, from rule
files, monitor templates and documented messages of projects the tuning corpora had not used.

Labels are decided by hand under tests/fixtures/corpus/POLICY.md before the classifier ran (the
reason is in each item's `source`). Alert frames (Prometheus rules rendered as Alertmanager
delivers them), hosts, namespaces, queues and values are our own; alert names, expressions'
meaning, summaries, descriptions and message strings are the sources' own at the commits below.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

Q = "queue_backlog"
N = "node_down"
NULL = None

family = ProbeFamily("probes_queuenode26.jsonl")


def add(src, expected, why, labels, annotations):
    family.add(src, expected, why, labels, annotations)


def page(url, expected, why, labels, annotations, project):
    family.append(probe_item(labels, annotations, expected, why, project, page_provenance(url)))


# --- Charmed ZooKeeper (canonical/zookeeper-operator) -----------------------------------------
ZK = ("canonical/zookeeper-operator", "src/alert_rules/prometheus/zookeeper_metrics.rules",
      "23f1569da4e679efaeaed9afdaee54b0e772b92f")
ZK_L = {"juju_application": "zookeeper", "juju_model": "kafka-prod", "job": "juju_kafka-prod_zookeeper_prometheus_scrape"}

add(ZK, N, "Charmed ZooKeeper 'Ensemble Member Missing': up of ensemble members below quorum_size (targets down, rule 8's `up` liveness)",
    {"alertname": "Ensemble Member Missing", "severity": "critical", "instance": "zookeeper-2.zookeeper-endpoints:9998", **ZK_L},
    {"summary": "Prometheus target missing for member of the ZooKeeper ensemble  (instance zookeeper-2.zookeeper-endpoints:9998)",
     "description": "ZooKeeper ensemble member has disappeared. An exporter might be crashed.\n  VALUE = 1\n  LABELS = map[juju_application:zookeeper juju_model:kafka-prod]"})
add(ZK, Q, "Charmed ZooKeeper 'Zookeeper Outstanding Requests': outstanding_requests > 10 for 10m (requests queued, more than it can process; rule 12 outstanding work)",
    {"alertname": "Zookeeper Outstanding Requests", "severity": "high", "instance": "zookeeper-0.zookeeper-endpoints:9998", **ZK_L},
    {"summary": "Zookeeper receives more requests than it can process.",
     "description": "Zookeeper is processing more requests that it can process. Too many applications are possibly being connected to Zookeeper."})
add(ZK, NULL, "Charmed ZooKeeper 'Too Many Watch': watch_count > 10000 (a count of watches, no signature)",
    {"alertname": "Too Many Watch", "severity": "warning", "instance": "zookeeper-1.zookeeper-endpoints:9998", **ZK_L},
    {"summary": "Instance zookeeper-1.zookeeper-endpoints:9998 set too many watch",
     "description": "zookeeper-1.zookeeper-endpoints:9998 of job juju_kafka-prod_zookeeper_prometheus_scrape set too many watch: [14212]."})
add(ZK, NULL, "Charmed ZooKeeper 'Leader Election In Progress': an election happened (no member said down; a look-alike of a lost member)",
    {"alertname": "Leader Election In Progress", "severity": "warning", "instance": "zookeeper-0.zookeeper-endpoints:9998", **ZK_L},
    {"summary": "Instance zookeeper-0.zookeeper-endpoints:9998 a leader election happens",
     "description": "zookeeper-0.zookeeper-endpoints:9998 of job juju_kafka-prod_zookeeper_prometheus_scrape a leader election happens: [1]."})

family.write()
