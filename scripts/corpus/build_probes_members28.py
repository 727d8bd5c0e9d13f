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


def shell_member_items():
    """Per-member `status` and `instanceErrors` of cluster.status(), relayed by a check."""
    def add(expected, why, member, text, cluster="prodCluster", extra_labels=None):
        labels = {"alertname": "InnoDBClusterMemberIssue", "cluster": cluster, "member": member,
                  "job": "mysqlsh-cluster-check", "severity": "warning"}
        labels.update(extra_labels or {})
        family.add(SHELL, expected, f"mysql-shell cluster.status() member line: {why}", labels,
                   {"summary": f"{cluster}: {member}", "description": text})

    add(None, "a member joining by distributed recovery (a member added)", "db-orders-4.prod:3306",
        "Distributed recovery in progress", extra_labels={"memberState": "RECOVERING"})
    add(None, "group replication stopped on the member (NOTE: stopped on purpose, rule 9)",
        "db-orders-3.prod:3306", "NOTE: group_replication is stopped.",
        extra_labels={"memberState": "OFFLINE"})
    add(None, "a one-member sandbox cluster: no tolerance by its size, no member lost",
        "sandbox-db:3310", "Cluster is NOT tolerant to any failures.", cluster="devCluster",
        extra_labels={"status": "OK_NO_TOLERANCE"})


GR = ("mysql/mysql-server", "rapid/plugin/group_replication/src/gcs_event_handlers.cc",
      "5d6f96fd85243b2b6e0290aa179bcda47860a6df")


def gr_items():
    """Group Replication's error-log lines (MySQL 5.7 format, [Note]/[Warning]/[ERROR]), quoted by a
    log-pattern alert (Loki ruler style)."""
    def add(expected, why, level, line, host):
        labels = {"alertname": "MySQLGroupReplicationLogEvent", "host": host, "job": "mysql-errorlog",
                  "level": level, "severity": "warning" if level != "ERROR" else "critical"}
        text = (f"2026-12-05T16:41:0{len(line) % 10}.{len(host) * 7919 % 1000000:06d}Z 0 [{level}] "
                f"Plugin group_replication reported: '{line}'")
        family.add(GR, expected, f"MySQL Group Replication log line: {why}", labels,
                   {"summary": f"Group Replication event on {host}", "description": text})

    add(N, "a member has become unreachable (rule 11)", "Warning",
        "Member with address db-gr-3.prod:3306 has become unreachable.", "db-gr-1.prod")
    add(N, "this server cannot reach a majority of members (members unreachable, rule 11)", "ERROR",
        "This server is not able to reach a majority of members in the group. This server will now "
        "block all updates. The server will remain blocked until contact with the majority is "
        "restored. It is possible to use group_replication_force_members to force a new group "
        "membership.", "db-gr-2.prod")
    add(N, "majority unreachable with the unreachable-majority timeout set", "ERROR",
        "This server is not able to reach a majority of members in the group. This server will now "
        "block all updates. The server will remain blocked for the next 30 seconds. Unless contact "
        "with the majority is restored, after this time the member will error out and leave the "
        "group. It is possible to use group_replication_force_members to force a new group "
        "membership.", "db-gr-1.prod")
    add(N, "a member expelled for network failures (removed as faulty, rule 11)", "ERROR",
        "Member was expelled from the group due to network failures, changing member status to "
        "ERROR.", "db-gr-3.prod")
    add(None, "member reachable again (recovery, rule 14)", "Warning",
        "Member with address db-gr-3.prod:3306 is reachable again.", "db-gr-1.prod")
    add(None, "contact with the majority resumed (recovery, rule 14)", "Warning",
        "The member has resumed contact with a majority of the members in the group. Regular "
        "operation is restored and transactions are unblocked.", "db-gr-2.prod")
    add(None, "a member joined (member added)", "Note",
        "Members joined the group: db-gr-4.prod:3306", "db-gr-1.prod")
    add(None, "a view change naming the active hosts (no loss said)", "Note",
        "Group membership changed to db-gr-1.prod:3306, db-gr-2.prod:3306, db-gr-3.prod:3306, "
        "db-gr-4.prod:3306 on view 17649511201234567:9.", "db-gr-1.prod")
    add(None, "this member left the group (graceful leave, rule 11)", "Note",
        "Group membership changed: This member has left the group.", "db-gr-4.prod")


def main():
    shell_items()
    shell_member_items()
    gr_items()
    family.write()


if __name__ == "__main__":
    main()
