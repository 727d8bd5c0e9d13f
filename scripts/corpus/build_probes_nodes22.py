#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_nodes22.jsonl: ScyllaDB Monitoring Stack's Prometheus rules
(scylladb/scylla-monitoring), the older prometheus/prometheus.rules.yml and the newer
prometheus/prom_rules/prometheus.rules.yml, rendered as Alertmanager alerts with their
annotations filled in. Only rules and variants the corpus does not already hold (its Scylla
items are InstanceDown 5m/10m, DiskFull 15%/root, HighLatencies p95/average, BackupFailed,
RepairFailed, restart, oomKill, nodeIOErrors, heavyCompaction).

Theme: a node down (InstanceDown up == 0 for 30s, NoCql: the Manager's CQL health check denied)
and its look-alikes: an InstanceDown built on absent() of a traffic metric (rule 8), a node
stuck joining the ring (a node added: null), the CQL advisor's query-pattern alerts, unbalanced
traffic and a capped tombstone (no signature). DiskFull thresholds are `disk_full` (rule 2).
Labels decided from each rule's expression and POLICY.md before the classifier ran.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_nodes22.jsonl")
REPO = "scylladb/scylla-monitoring"
OLD = (REPO, "prometheus/prometheus.rules.yml", "00366fdc55622d376662e5f6c62bb3ec87d6aed2")
NEW = (REPO, "prometheus/prom_rules/prometheus.rules.yml", "046cb72d51a3db62be13ec156a7543943c425662")


def add(src, expected, why, alertname, severity, inst, summary, description, extra=None, ann_in_labels=False):
    labels = {"alertname": alertname, "severity": severity, "instance": inst,
              "cluster": extra.pop("cluster", "scylla-prod") if extra else "scylla-prod",
              "dc": "us-east-1", "job": "scylla"}
    if extra:
        labels.update(extra)
    ann = {"summary": summary, "description": description}
    if ann_in_labels:
        # the advisor rules carry summary/description as labels; Alertmanager shows them as such
        labels.update(ann)
        ann = {}
    family.add(src, expected, f"ScyllaDB monitoring rule {alertname}: {why}", labels, ann)


# --- node_down (rule 4) -------------------------------------------------------------------------
for src, sev, ip in [(OLD, "2", "172.16.4.11"), (NEW, "error", "172.16.4.12"), (NEW, "error", "10.20.1.7")]:
    add(src, "node_down", "scrape target down (up{job=scylla} == 0) for 30s", "InstanceDown", sev, ip,
        f"Instance {ip} down", f"{ip} has been down for more than 30 seconds.")
for src, sev, host, d in [
        (OLD, "2", "10.20.1.8", "has denied cql connection for more than 30 seconds."),
        (NEW, "info", "10.20.1.9", "has denied CQL connection for more than 30 seconds."),
        (NEW, "info", "scylla-node-3.db.internal", "has denied CQL connection for more than 30 seconds.")]:
    summ = "no cql connection" if src is OLD else "no CQL connection"
    family.add(src, "node_down",
               "ScyllaDB monitoring rule NoCql: Scylla Manager's CQL health check fails "
               "(scylla_manager_healthcheck_cql_status == -1): the node's CQL port does not answer (probe failure, rule 4)",
               {"alertname": "NoCql", "severity": sev, "host": host, "cluster": "scylla-prod",
                "job": "scylla_manager", "instance": "scylla-manager:5090"},
               {"summary": f"Instance {host} {summ}", "description": f"{host} {d}"})

# --- disk_full (rule 2) -------------------------------------------------------------------------
for src, sev, pct, ip in [(NEW, "warn", 35, "10.20.1.7"), (NEW, "error", 25, "10.20.1.8"),
                          (OLD, "3", 10, "172.16.4.13"), (OLD, "4", 1, "172.16.4.14"),
                          (OLD, "2", 25, "172.16.4.15")]:
    add(src, "disk_full", f"free space on /var/lib/scylla below {pct}%", "DiskFull", sev, ip,
        f"Instance {ip} low disk space", f"{ip} has less than {pct}% free disk space.")
add(OLD, "disk_full", "free space on / below 20% (old wording 'patition')", "DiskFull", "3", "172.16.4.16",
    "Instance 172.16.4.16 low disk space",
    "172.16.4.16 has less than 20% free disk space on the root patition.")

# --- high_latency (rule 4): read-latency variants the corpus lacks -------------------------------
add(NEW, "high_latency", "read p95 latency (rlatencyp95 > 100ms) for 5m", "HighLatencies", "info", "10.20.1.10",
    "Instance 10.20.1.10 High Read Latency", "10.20.1.10 has 95% high latency for more than 5 minutes.")
add(NEW, "high_latency", "average read latency (rlatencya > 10ms) for 5m", "HighLatencies", "info", "10.20.1.11",
    "Instance 10.20.1.11 High Read Latency", "10.20.1.11 has average high latency for more than 5 minutes.")

# --- null look-alikes ---------------------------------------------------------------------------
add(OLD, None, "absent(scylla_transport_requests_served{shard=0}) for 1m: a no-data alert on a traffic "
    "metric, not the target's liveness signal (rule 8), whatever its summary says", "InstanceDown", "2",
    "172.16.4.17", "Instance 172.16.4.17 down", "172.16.4.17 instance is shutting down.")
for sev, span in [("info", "5 hours"), ("warn", "1 day")]:
    ip = "10.20.1.12" if sev == "info" else "10.20.1.13"
    add(NEW, None, f"scylla_node_operation_mode == 2 (JOINING) for {span}: a node being added, slow to "
        "bootstrap; up and answering, no signature", "nodeInJoinMode", sev, ip,
        f"Node {ip} in Joining mode for {span}", f"Node {ip} in Joining mode for {span}", ann_in_labels=True)
for name, d, s, extra in [
        ("cqlNonPrepared", "Some queries are non-prepared", "non prepared statements", {}),
        ("cql:non_paged_no_system", "Some SELECT queries are non-paged", "non paged statements", {"status": "1"}),
        ("cqlNoTokenAware", "Some queries are not token-aware", "non token aware statements", {}),
        ("cqlAllowFiltering", "Some queries use ALLOW FILTERING", "Allow filtering queries", {}),
        ("cqlCLAny", "Some queries use Consistency Level: ANY", "non prepared statements", {}),
        ("cqlCLAll", "Some queries use Consistency Level: ALL", "non prepared statements", {})]:
    extra = dict(extra, advisor="cqlOptimization", dashboard="cql")
    add(NEW, None, "CQL advisor: a query-pattern hint (count > 0), names no signature", name, "info",
        "10.20.1.14", s, d, extra=extra, ann_in_labels=True)
add(NEW, None, "CQL updates not balanced among shards (a distribution hint)", "nonBalancedcqlTraffic", "info",
    "10.20.1.15", "CQL queries are not balanced",
    "CQL queries are not balanced among shards 10.20.1.15 shard 7",
    extra={"shard": "7", "status": "1", "advisor": "balanced", "dashboard": "cql"}, ann_in_labels=True)
add(NEW, None, "a tombstone deletion time was capped (data hygiene), names no signature", "cappedTombstone",
    "info", "10.20.1.16", "Tobmstone delete time is capped",
    "Tombstone delete time was set too far in the future and was capped",
    extra={"advisor": "cappedTombstone", "dashboard": "scylla-detailed"}, ann_in_labels=True)

if __name__ == "__main__":
    family.write()
