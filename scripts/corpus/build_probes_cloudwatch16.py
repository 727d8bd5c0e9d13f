#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_cloudwatch16.jsonl: CloudWatch alarms as AWS's recommended
alarms and a public Terraform module define them, delivered the way they arrive: an SNS
notification (`ALARM: "<name>" in <region>` and CloudWatch's NewStateReason) or a bare label set
from a CloudWatch-to-Alertmanager bridge (alarm name, metric, namespace, nothing else).

What the family tests: terse payloads whose only evidence is a metric's name
(`FreeStorageSpace`, `FreeableMemory`, `CurrConnections`, `ReplicaLag`, `StatusCheckFailed`,
`node_filesystem_utilization`, `mem_used_percent`), and the look-alikes that must stay null:
CPU, burst and credit balances (POLICY.md rule 16), disk queue depth and storage latency (I/O, not
a full disk; a storage read latency is no request's), buffer-cache hit ratio, transaction-id age,
undo history length, a binlog replica that stopped (broken replication, rule 5) and an attached
volume's impaired status.

Labels, decided from each alarm's metric and direction under POLICY.md before the classifier ran
on the file: free storage, local storage, Aurora volume bytes left, a filesystem's and a disk's
utilisation are `disk_full` (rule 2, capacity warnings count toward their resource); freeable
memory, swap usage, memory utilisation and cache evictions are `out_of_memory` (evictions as in
probes_vendor13 and probes_mixins11); connection counts over a threshold are
`connection_pool_exhaustion`; replica and replication lag are `replication_lag`; a failed
instance status check is `node_down`. Left out as ambiguous (rule 6): BlockedTransactions,
EngineUptime, and an anomaly band on connections.

Sources (facts only; names of made-up resources and values are ours):
- kynging/AWS-Recommended-CloudWatch-Alarms-Generator, src/*Alarms/template.json (the alarms AWS
  recommends per service: metric, statistic, threshold, comparison);
- ganexcloud/terraform-aws-elasticache-cloudwatch-alarms main.tf (alarm names and descriptions).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, pick  # noqa: E402

family = ProbeFamily("probes_cloudwatch16.jsonl")

KYN = "kynging/AWS-Recommended-CloudWatch-Alarms-Generator"
KYN_RDS = (KYN, "src/RDSAlarms/template.json", "3a1e1436948f4893239b9a7f52194d89f64b64f9")
KYN_EC2 = (KYN, "src/EC2Alarms/template.json", "3a1e1436948f4893239b9a7f52194d89f64b64f9")
KYN_CWA = (KYN, "src/CWAgentAlarms/template.json", "3a1e1436948f4893239b9a7f52194d89f64b64f9")
KYN_CI = (KYN, "src/ContainerInsightsAlarms/template.json",
          "02d07a68b8de2e357b190dd7942b13c3eb22fbea")
KYN_EC = (KYN, "src/ElastiCacheAlarms/template.json", "02d07a68b8de2e357b190dd7942b13c3eb22fbea")
GAN = ("ganexcloud/terraform-aws-elasticache-cloudwatch-alarms", "main.tf",
       "09cee6d8da030f8ba5fed67cc9087b952112286b")

D, M, N, R, P = "disk_full", "out_of_memory", "node_down", "replication_lag", \
    "connection_pool_exhaustion"

# (source, namespace, metric, dimension, statistic, threshold, comparison, label, why)
RECOMMENDED = [
    (KYN_RDS, "AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", "Average", 90, ">", None, "CPU"),
    (KYN_RDS, "AWS/RDS", "DatabaseConnections", "DBInstanceIdentifier", "Average", 1000, ">", P,
     "connections over a threshold"),
    (KYN_RDS, "AWS/RDS", "EBSByteBalance%", "DBInstanceIdentifier", "Average", 10, "<", None,
     "a burst balance (rule 16)"),
    (KYN_RDS, "AWS/RDS", "EBSIOBalance%", "DBInstanceIdentifier", "Average", 10, "<", None,
     "a burst balance (rule 16)"),
    (KYN_RDS, "AWS/RDS", "FreeableMemory", "DBInstanceIdentifier", "Average", 1073741824, "<", M,
     "freeable memory low"),
    (KYN_RDS, "AWS/RDS", "FreeLocalStorage", "DBInstanceIdentifier", "Average", 1073741824, "<", D,
     "local storage low"),
    (KYN_RDS, "AWS/RDS", "FreeStorageSpace", "DBInstanceIdentifier", "Minimum", 1073741824, "<", D,
     "free storage low"),
    (KYN_RDS, "AWS/RDS", "MaximumUsedTransactionIDs", "DBInstanceIdentifier", "Average",
     1000000000, ">", None, "transaction-id age"),
    (KYN_RDS, "AWS/RDS", "ReadLatency", "DBInstanceIdentifier", "p90", 1, ">", None,
     "storage read latency (I/O)"),
    (KYN_RDS, "AWS/RDS", "ReplicaLag", "DBInstanceIdentifier", "Maximum", 60, ">", R, "replica lag"),
    (KYN_RDS, "AWS/RDS", "WriteLatency", "DBInstanceIdentifier", "p90", 1, ">", None,
     "storage write latency (I/O)"),
    (KYN_RDS, "AWS/RDS", "DBLoad", "DBInstanceIdentifier", "Average", 100, ">", None,
     "database load (active sessions)"),
    (KYN_RDS, "AWS/RDS", "AuroraVolumeBytesLeftTotal", "DBClusterIdentifier", "Average",
     1099511627776, "<", D, "volume bytes left low"),
    (KYN_RDS, "AWS/RDS", "AuroraBinlogReplicaLag", "DBClusterIdentifier", "Average", -1, "<=", None,
     "binlog replication stopped (broken replication, rule 5)"),
    (KYN_RDS, "AWS/RDS", "BufferCacheHitRatio", "DBInstanceIdentifier", "Average", 80, "<", None,
     "cache hit ratio"),
    (KYN_RDS, "AWS/RDS", "RollbackSegmentHistoryListLength", "DBInstanceIdentifier", "Average",
     1000000, ">", None, "undo history length"),
    (KYN_RDS, "AWS/RDS", "StorageNetworkThroughput", "DBClusterIdentifier", "Average", 1073741824,
     ">", None, "storage throughput"),
    (KYN_EC2, "AWS/EC2", "CPUUtilization", "InstanceId", "Average", 80, ">", None, "CPU"),
    (KYN_EC2, "AWS/EC2", "StatusCheckFailed", "InstanceId", "Maximum", 1, ">=", N,
     "an instance failing its status checks"),
    (KYN_EC2, "AWS/EC2", "StatusCheckFailed_AttachedEBS", "InstanceId", "Maximum", 1, ">=", None,
     "an attached volume impaired (storage, not the instance)"),
    (KYN_CWA, "CWAgent", "mem_used_percent", "InstanceId", "Average", 90, ">", M, "memory used"),
    (KYN_CWA, "CWAgent", "disk_used_percent", "InstanceId", "Average", 80, ">", D, "disk used"),
    (KYN_CI, "ContainerInsights", "node_cpu_utilization", "InstanceId", "Average", 80, ">", None,
     "CPU"),
    (KYN_CI, "ContainerInsights", "node_filesystem_utilization", "InstanceId", "Average", 80, ">",
     D, "a node's filesystem utilisation"),
    (KYN_CI, "ContainerInsights", "node_memory_utilization", "InstanceId", "Average", 80, ">", M,
     "a node's memory utilisation"),
    (KYN_EC, "AWS/ElastiCache", "CPUUtilization", "CacheClusterId", "Average", 90, ">", None, "CPU"),
    (KYN_EC, "AWS/ElastiCache", "CurrConnections", "CacheClusterId", "Average", 1000, ">", P,
     "connections over a threshold"),
    (KYN_EC, "AWS/ElastiCache", "DatabaseMemoryUsagePercentage", "CacheClusterId", "Average", 80,
     ">", M, "memory used"),
    (KYN_EC, "AWS/ElastiCache", "EngineCPUUtilization", "CacheClusterId", "Average", 90, ">", None,
     "CPU"),
    (KYN_EC, "AWS/ElastiCache", "ReplicationLag", "CacheClusterId", "Average", 1, ">", R,
     "replication lag"),
]

# (source, alarm name pattern, namespace, metric, description, label, why)
MODULES = [
    (GAN, "[Acme] elasticache-{id}-CPUUtilizationTooHigh", "AWS/ElastiCache", "CPUUtilization",
     "Average CPU utilization over last 300 seconds too high", None, "CPU"),
    (GAN, "[Acme] elasticache-{id}-CurrConnectionsTooHigh", "AWS/ElastiCache", "CurrConnections",
     "Average Current Connections have been greater than 500 for at least 5 seconds", P,
     "connections over a threshold"),
    (GAN, "[Acme] elasticache-{id}-MemoryUtilizationTooHigh", "AWS/ElastiCache",
     "DatabaseMemoryUsagePercentage", "Average Memory utilization over last 300 seconds too high",
     M, "memory utilisation high"),
    (GAN, "[Acme] elasticache-{id}-SwapUsageTooHigh", "AWS/ElastiCache", "SwapUsage",
     "Average Swap usage over last 300 seconds too high", M, "swap usage high"),
    (GAN, "[Acme] elasticache-{id}-EvictionsTooHigh", "AWS/ElastiCache", "Evictions",
     "Average Evictions over last 300 seconds too high", M, "cache evictions high"),
]

IDS = {
    "DBInstanceIdentifier": ["orders-db", "billing-pg-1", "catalog-mysql", "ledger-replica-2"],
    "DBClusterIdentifier": ["orders-aurora", "reporting-aurora"],
    "InstanceId": ["i-0a7c3e91f2b44d810", "i-04f2d9c1a8e7b3065"],
    "CacheClusterId": ["sessions-redis-001", "rate-cache-002"],
}
REGIONS = ["EU (Ireland)", "US East (N. Virginia)", "Asia Pacific (Tokyo)"]
WORDS = {">": "greater than", ">=": "greater than or equal to", "<": "less than",
         "<=": "less than or equal to"}


def crossed(threshold, comparison):
    if threshold == -1:
        return -1
    if threshold == 0:
        return 1
    value = threshold * (1.2 if comparison.startswith(">") else 0.8)
    return round(value, 2) if value < 1000 else int(value)


def reason(threshold, comparison, n=5):
    value = crossed(threshold, comparison)
    points = ", ".join(f"{value} (01/12/26 03:{10 + i:02d}:00)" for i in range(min(n, 3)))
    return (f"Threshold Crossed: {n} out of the last {n} datapoints [{points}] were "
            f"{WORDS[comparison]} the threshold ({threshold}) (minimum {n} datapoints for OK -> "
            f"ALARM transition).")


def main():
    for i, (src, ns, metric, dim, stat, threshold, cmp, label, why) in enumerate(RECOMMENDED):
        ident = pick(f"cw16-{ns}-{metric}", IDS[dim])
        name = f"{ns} {metric.rstrip('%')} {dim}={ident}"
        region = pick(f"cw16-region-{i}", REGIONS)
        # As SNS delivers it, through the shipped CloudWatch mapping.
        family.add(src, label, f"AWS recommended alarm {ns} {metric}: {why} (SNS notification)",
                   {"alertname": name, "metric_name": metric, "namespace": ns, "dimension": dim,
                    "state": "ALARM"},
                   {"summary": f'ALARM: "{name}" in {region}',
                    "description": reason(threshold, cmp)})
        # As a bridge relays it: the alarm's name and metric, nothing else.
        ident2 = pick(f"cw16b-{ns}-{metric}", IDS[dim])
        family.add(src, label, f"AWS recommended alarm {ns} {metric}: {why} (labels only)",
                   {"alertname": f"{ns} {metric.rstrip('%')} {dim}={ident2}",
                    "metric_name": metric, "namespace": ns, dim: ident2, "severity": "warning"})
    # (lorenzoaiello/terraform-aws-rds-alarms, read too, is left out: probes_cloud6 quotes it.)
    for i, (src, pattern, ns, metric, description, label, why) in enumerate(MODULES):
        dim = "DBInstanceIdentifier" if ns == "AWS/RDS" else "CacheClusterId"
        ident = pick(f"cw16m-{pattern}", IDS[dim])
        name = pattern.replace("{id}", ident)
        region = pick(f"cw16m-region-{i}", REGIONS)
        family.add(src, label, f"{src[0]} {metric}: {why}",
                   {"alertname": name, "metric_name": metric, "namespace": ns, "state": "ALARM"},
                   {"summary": f'ALARM: "{name}" in {region}', "description": description})
    family.write()


if __name__ == "__main__":
    main()
