#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_members28.jsonl: cluster members lost or below a minimum,
said as counts or membership states (InnoDB Cluster status texts, ...), and their look-alikes:
members joining or recovering, healthy tolerance lines, fencing and stops by an operator,
split-brain and leader/quorum states that POLICY.md files elsewhere.

Labels were decided from each alert's meaning under POLICY.md (rules 4, 5, 9, 11, 14) before the
classifier ran on the file; see the SOURCES.md section "probes_members28" for the decisions.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_members28.jsonl")
N = "node_down"

SHELL = ("mysql/mysql-shell", "modules/adminapi/cluster/status.cc",
         "561cd3dad0eb619e5749a3b1a05c34ba2c54f324")


def shell_items():
    """InnoDB Cluster's `cluster.status()` statusText, polled by a check and sent as an alert."""
    def add(expected, why, status, text, cluster, host, extra=None):
        labels = {"alertname": "InnoDBClusterStatus", "cluster": cluster, "instance": host,
                  "job": "mysqlsh-cluster-check", "status": status, "severity": "critical"}
        ann = {"summary": f"InnoDB Cluster '{cluster}' status {status}", "description": text}
        if extra:
            ann.update(extra)
        family.add(SHELL, expected, f"mysql-shell cluster.status() statusText: {why}", labels, ann)

    add(N, "one member not active, no tolerance left", "OK_NO_TOLERANCE_PARTIAL",
        "Cluster is NOT tolerant to any failures. 1 member is not active.", "prodCluster",
        "db-orders-1.prod:3306")
    add(N, "five-member cluster with one member not active", "OK_PARTIAL",
        "Cluster is ONLINE and can tolerate up to ONE failure. 1 member is not active.",
        "ledger", "mysql-ledger-0.mysql-ledger:3306")
    add(N, "two members not active and quorum lost", "NO_QUORUM",
        "Cluster has no quorum as visible from 'db-pay-2.prod:3306' and cannot process write "
        "transactions. 2 members are not active.", "payments", "db-pay-2.prod:3306")
    add(N, "no ONLINE members", "ERROR",
        "There are no ONLINE members in the cluster. 3 members are not active.", "crm",
        "crm-db-1:3306")
    add(None, "healthy tolerance line (rule 14)", "OK",
        "Cluster is ONLINE and can tolerate up to ONE failure.", "prodCluster",
        "db-orders-1.prod:3306")
    add(None, "healthy tolerance line with two failures (rule 14)", "OK",
        "Cluster is ONLINE and can tolerate up to 2 failures.", "ledger",
        "mysql-ledger-0.mysql-ledger:3306")
    add(None, "fenced by an operator (rule 9)", "FENCED_WRITES",
        "Cluster is fenced from Write Traffic.", "analytics", "an-db-1:3306")
    add(None, "invalidated by its ClusterSet (failover by an operator, rule 9)", "INVALIDATED",
        "Cluster was invalidated by the ClusterSet it belongs to.", "dr-eu", "dr-eu-db-1:3306")


def main():
    shell_items()
    family.write()


if __name__ == "__main__":
    main()
