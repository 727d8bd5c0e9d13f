#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_ops13.jsonl: alerts rendered from the alerting rules of
open-source databases and platforms that no corpus had quoted (session 13): ScyllaDB's monitoring
stack, Longhorn's chart, YugabyteDB Anywhere's alert policy templates, TiCDC's and TiDB DM's rules
(pingcap/tiflow), PD's rules (tikv/pd), OpenShift's etcd and ingress operators, and Sourcegraph's
generated alert definitions.

Aimed at the over-predicted `crash_loop` and `upstream_timeout`: most items are their look-alikes
in these projects' words -- one restart counted by a `changes()`/`resets()` rule ("restarted 1
times during last 30 minutes", "PD server has been restarted", "Node restarted"), an OS reboot,
leader changes and elections, a slow clock, slow fsyncs and slow peer round trips, a heartbeat-
based store disconnect (which is `node_down`), RPCs timed out in a queue (`queue_backlog`),
requests blocked waiting for a pooled connection (`connection_pool_exhaustion`), a reload that
failed, failed backups and repairs, fatal log lines -- and the rest the true
signatures as these rules word them (the same restart rule with two or more restarts in its
window is `crash_loop`; a caller's timeouts to its highlighting service are `upstream_timeout`).

Each item keeps the rule's facts (its name, its expression's meaning, its documented text) but is
our own rendering, the way each stack delivers it: TiDB-style payloads (`env`/`level`/`expr`
labels, "cluster: ..., instance: ..., values: ..." descriptions), YugabyteDB Anywhere
notifications, Sourcegraph's `alert_count` series, PrometheusRule annotations. Hosts, universes,
clusters and values are made up.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-17) from the rule's
meaning before the classifier ran on the file; the label is written next to the item. Rules the
policy does not settle (master leader missing, shed requests, pending DDL, pending peers, core
files, connection counts without a limit, a CDC processor exiting once...) are left out (rule 6).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

SCYLLA = ("scylladb/scylla-monitoring", "prometheus/prom_rules/prometheus.rules.yml",
          "8338154eef52806795d0106dd79edd15840c5bde")
LONGHORN = ("longhorn/longhorn", "chart/templates/prometheusrules.yaml",
            "167b42c71539c404f62a8fbfed9cb4c51c6b715e")
YBA = ("yugabyte/yugabyte-db",
       "docs/content/preview/yugabyte-platform/configure-yugabyte-platform/alert-policy-templates.md",
       "0d04b75127577e5206826b76c8cadd537bc270fc")
TICDC = ("pingcap/tiflow", "metrics/alertmanager/ticdc.rules.yml", "0542d9519a1614a10fc07b09cb4a18a290881844")
DM = ("pingcap/tiflow", "dm/metrics/alertmanager/dm_worker.rules.yml", "37c40b01b4f190d4132bed64e936b2d8d5689897")
PD = ("tikv/pd", "metrics/alertmanager/pd.rules.yml", "1058cf4177525440c919cb5674640939c638fa28")
ETCD = ("openshift/cluster-etcd-operator", "manifests/0000_90_etcd-operator_03_prometheusrule.yaml",
        "0190a80fa9aeee4b2f7270ae04bf1aba6eda11e0")
INGRESS = ("openshift/cluster-ingress-operator", "manifests/0000_90_ingress-operator_03_prometheusrules.yaml",
           "0118e11348356cebcce20dab32d3513d7c4efd59")
SG_ALERTS = ("sourcegraph/sourcegraph-public-snapshot", "doc/admin/observability/alerts.md",
             "02455a0f72dd0fc005c7928af8137a6e5db084e5")
SG_SYNTECT = ("sourcegraph/sourcegraph-public-snapshot", "monitoring/syntect_server.go",
              "0b6fc4a2c8762d9d9138f89065e34800f6b7fda1")

family = ProbeFamily("probes_ops13.jsonl")
add = family.add

# ====================================================================== ScyllaDB monitoring stack
def scylla(expected, source, alertname, severity, instance, summary, description, **extra):
    labels = {"alertname": alertname, "severity": severity, "instance": instance,
              "cluster": "scylla-eu1", "dc": "eu-west-1", "job": "scylla"}
    labels.update(extra)
    add(SCYLLA, expected, f"ScyllaDB monitoring rule {alertname}: {source}", labels,
        {"summary": summary, "description": description})


scylla("node_down", "scrape target down (up == 0) for 5m", "InstanceDown", "error", "10.0.3.21",
       "Instance 10.0.3.21 down", "10.0.3.21 has been down for more than 5 minutes.")
scylla("node_down", "node scraped but shard 0 serves no CQL requests for 10m", "InstanceDown", "error", "10.0.3.24",
       "Instance 10.0.3.24 down", "10.0.3.24 instance has been down for more than 10 minutes.")
scylla("disk_full", "data directory below 15% free", "DiskFull", "critical", "10.0.3.22",
       "Instance 10.0.3.22 low disk space", "10.0.3.22 has less than 15% free disk space.", mountpoint="/var/lib/scylla")
scylla("disk_full", "root partition below 20% free", "DiskFull", "error", "10.0.3.23",
       "Instance 10.0.3.23 low disk space", "10.0.3.23 has less than 20% free disk space on the root partition.", mountpoint="/")
scylla("high_latency", "p95 write latency above 100ms for 5m", "HighLatencies", "info", "10.0.3.21",
       "Instance 10.0.3.21 High Write Latency", "10.0.3.21 has 95% high latency for more than 5 minutes.")
scylla("high_latency", "average read latency above 10ms for 5m", "HighLatencies", "info", "10.0.3.25",
       "Instance 10.0.3.25 High Read Latency", "10.0.3.25 has average high latency for more than 5 minutes.")
# Scylla Manager's tasks failing are failed jobs (rule 10): null.
scylla(None, "a backup task run ended in ERROR", "BackupFailed", "warn", "scylla-manager:5090",
       "Backup task failed", "Backup failed")
scylla(None, "a repair task run ended in ERROR", "RepairFailed", "warn", "scylla-manager:5090",
       "Repair task failed", "Repair failed")
# resets(scylla_gossip_heart_beat[1h]) > 0: one restart (rule 7): null.
scylla(None, "gossip heartbeat counter reset once in the hour (one restart)", "restart", "info", "10.0.3.22",
       "Instance 10.0.3.22 restarted", "Node restarted")
scylla("out_of_memory", "the kernel's OOM-kill counter changed in the hour (rule 8: one OOM kill)", "oomKill", "warn", "10.0.3.26",
       "A process was terminated on Instance 10.0.3.26", "OOM Kill on 10.0.3.26")
scylla(None, "reactor AIO errors: a faulty disk, not a full one (rule 5)", "nodeIOErrors", "info", "10.0.3.27",
       "IO Disk Error", "IO Errors can indicate a node with a faulty disk 10.0.3.27")
scylla(None, "compaction scheduler shares at their maximum (CPU load, rule 2)", "heavyCompaction", "info", "10.0.3.21",
       "Heavy compaction load", "Compaction load increases to a level it can interfere with the system behaviour. If this persists set the compaction share to a static level.")

# ====================================================================== Longhorn
def longhorn(expected, source, alertname, severity, summary, description, issue, **extra):
    labels = {"alertname": alertname, "severity": severity, "namespace": "longhorn-system",
              "job": "longhorn-backend", "issue": issue}
    labels.update(extra)
    add(LONGHORN, expected, f"Longhorn PrometheusRule {alertname}: {source}", labels,
        {"summary": summary, "description": description})


longhorn("disk_full", "volume's actual size over 90% of its capacity", "LonghornVolumeActualSpaceUsedWarning", "warning",
         "The actual used space of Longhorn volume is over 90% of the capacity.",
         "The actual space used by Longhorn volume pvc-7d1c0e2a on worker-4 is at 93.2% capacity for more than 5 minutes.",
         "The actual used space of Longhorn volume pvc-7d1c0e2a on worker-4 is high.", volume="pvc-7d1c0e2a", node="worker-4")
longhorn("disk_full", "node storage over 70% used", "LonghornNodeStorageWarning", "warning",
         "The used storage of node is over 70% of the capacity.",
         "The used storage of node worker-2 is at 78.4% capacity for more than 5 minutes.",
         "The used storage of node worker-2 is high.", node="worker-2")
longhorn("disk_full", "disk storage over 70% used", "LonghornDiskStorageWarning", "warning",
         "The used storage of disk is over 70% of the capacity.",
         "The used storage of disk default-disk-8f3a on node worker-5 is at 81.0% capacity for more than 5 minutes.",
         "The used storage of disk default-disk-8f3a on node worker-5 is high.", disk="default-disk-8f3a", node="worker-5")
longhorn("node_down", "nodes not ready (offline) for 5m", "LonghornNodeDown", "critical",
         "Longhorn nodes is offline",
         "There are 1 Longhorn nodes which have been offline for more than 5 minutes.",
         "There are 1 Longhorn nodes are offline")
# A faulted or degraded volume is the state of a custom resource's replicas (rule 5): null.
longhorn(None, "volume robustness Fault", "LonghornVolumeStatusCritical", "critical",
         "Longhorn volume pvc-2b90aa41 is Fault",
         "Longhorn volume pvc-2b90aa41 on worker-1 is Fault for more than 2 minutes.",
         "Longhorn volume pvc-2b90aa41 is Fault.", volume="pvc-2b90aa41", node="worker-1")
longhorn(None, "volume robustness Degraded", "LonghornVolumeStatusWarning", "warning",
         "Longhorn volume pvc-5e11c7d0 is Degraded",
         "Longhorn volume pvc-5e11c7d0 on worker-3 is Degraded for more than 5 minutes.",
         "Longhorn volume pvc-5e11c7d0 is Degraded.", volume="pvc-5e11c7d0", node="worker-3")
longhorn(None, "instance manager CPU at 3x its request (CPU, rule 2)", "LonghornIntanceManagerCPUUsageWarning", "warning",
         "Longhorn instance manager instance-manager-e-51a2 on worker-3 has CPU Usage / CPU request is over 300%.",
         "Longhorn instance manager instance-manager-e-51a2 on worker-3 has CPU Usage / CPU request is 342% for more than 5 minutes.",
         "Longhorn instance manager instance-manager-e-51a2 on worker-3 consumes 3 times the CPU request.",
         instance_manager="instance-manager-e-51a2", node="worker-3")
longhorn(None, "node CPU pressure (rule 2)", "LonghornNodeCPUUsageWarning", "warning",
         "Longhorn node worker-6 experiences high CPU pressure for more than 5m.",
         "Longhorn node worker-6 has CPU Usage / CPU capacity is 94% for more than 5 minutes.",
         "Longhorn node worker-6 experiences high CPU pressure.", node="worker-6")

# ====================================================================== YugabyteDB Anywhere alert policy templates
def yba(expected, source, template, severity, universe, message, **extra):
    labels = {"alertname": template, "severity": severity, "source_type": "universe",
              "source_name": universe, "universe_name": universe, "node_prefix": f"yb-{universe}"}
    labels.update(extra)
    add(YBA, expected, f"YugabyteDB Anywhere template '{template}': {source}", labels,
        {"summary": message, "message": f"{template} Alert for {universe} is firing. {message}"})


# DB instance restart: changes(yb_node_boot_time[30m]) outside a universe update. One restart is
# null, two or more in the window are crash_loop (rule 7).
yba(None, "Master/T-Server restarted once in 30 minutes (one restart)", "DB instance restart", "WARNING", "orders-prod",
    "Universe 'orders-prod' Master or T-Server has restarted 1 times during last 30 minutes.")
yba("crash_loop", "Master/T-Server restarted 4 times in 30 minutes", "DB instance restart", "SEVERE", "ledger-prod",
    "Universe 'ledger-prod' Master or T-Server has restarted 4 times during last 30 minutes.")
yba("crash_loop", "Master/T-Server restarted twice in 30 minutes", "DB instance restart", "WARNING", "catalog-stg",
    "Universe 'catalog-stg' Master or T-Server has restarted 2 times during last 30 minutes.")
yba(None, "the node's OS rebooted once (node_boot_time changed)", "DB node restart", "WARNING", "orders-prod",
    "Universe 'orders-prod' database node has restarted 1 times during last 30 minutes.")
yba("out_of_memory", "more than one OOM kill on nodes", "DB node OOM", "SEVERE", "ledger-prod",
    "More than one out of memory (OOM) kills have been detected for universe 'ledger-prod' on 2 nodes.")
yba("out_of_memory", "memory pressure rejections of leader/follower operations", "DB memory overload", "SEVERE", "catalog-prod",
    "Database memory rejections have been detected for universe 'catalog-prod'.")
yba("out_of_memory", "average memory usage above the threshold", "Memory consumption", "WARNING", "orders-prod",
    "Average memory usage for universe 'orders-prod' nodes is above 90%. Maximum value is 94.3.")
yba("node_down", "node exporter down for 15 minutes", "DB node down", "SEVERE", "ledger-prod",
    "1 database nodes are down for more than 15 minutes for universe 'ledger-prod'.")
yba("node_down", "master/tserver exporters down for 15 minutes", "DB instance down", "SEVERE", "orders-prod",
    "2 database Master or T-Server instances are down for more than 15 minutes for universe 'orders-prod'.")
yba("fd_exhaustion", "used file descriptors above 70%", "DB node file descriptors usage", "WARNING", "catalog-prod",
    "Node file descriptors usage for universe 'catalog-prod' is above 70% on 3 nodes.")
yba("disk_full", "data disk usage above threshold", "DB node data disk usage", "SEVERE", "ledger-prod",
    "Node data disk usage for universe 'ledger-prod' is above 80% on 1 node(s).")
yba("disk_full", "system disk usage above threshold", "DB node system disk usage", "WARNING", "orders-prod",
    "Node system disk usage for universe 'orders-prod' is above 80% on 2 node(s).")
yba("certificate_expiry", "client-to-node certificate expiring", "Client to node cert expiry", "WARNING", "catalog-prod",
    "Client to node certificate for universe 'catalog-prod' expires in 12 days.")
yba("certificate_expiry", "node-to-node CA certificate expiring", "Node to node CA cert expiry", "SEVERE", "ledger-prod",
    "Node to node CA certificate for universe 'ledger-prod' expires in 5 days.")
yba("replication_lag", "xCluster async replication lag above threshold", "Replication Lag", "SEVERE", "orders-dr",
    "Average replication lag for universe 'orders-dr' is above 180000 milliseconds. Current value is 426310 milliseconds.")
yba("high_latency", "YSQL p99 latency above threshold", "YSQL P99 latency is high", "WARNING", "orders-prod",
    "YSQL P99 latency for universe 'orders-prod' is above 100 milliseconds. Current value is 387 milliseconds.")
yba("high_latency", "YCQL average latency above threshold", "YCQL average latency is high", "WARNING", "catalog-prod",
    "Average YCQL operations latency for universe 'catalog-prod' is above 10 milliseconds. Current value is 41 milliseconds.")
# RPCs that overflowed the service queue or timed out waiting in it: time spent waiting in a queue (rule 4).
yba("queue_backlog", "RPC queue overflows and RPCs timed out in queue", "DB queues overflow", "SEVERE", "ledger-prod",
    "Database queues overflow has been detected for universe 'ledger-prod'.")
# Look-alikes (null).
yba(None, "hybrid clock skew above 500ms", "Clock skew", "SEVERE", "orders-prod",
    "Maximum clock skew for universe 'orders-prod' is more than 500 milliseconds. The current value is 812 milliseconds.")
yba(None, "encryption-at-rest configuration expiring (a key, rule 5)", "Encryption at rest config expiry", "WARNING", "ledger-prod",
    "Encryption at rest configuration for universe 'ledger-prod' expires in 2 days.")
yba(None, "SSH key expiring (rule 5)", "SSH key expiry", "WARNING", "catalog-prod",
    "SSH key for universe 'catalog-prod' will expire in 6 days.")
yba(None, "last backup task failed (a failed job, rule 10)", "Backup failure", "SEVERE", "orders-prod",
    "Last backup task for universe 'orders-prod' failed. You need to check the backup task result for details.")
yba(None, "scheduled backup skipped because another operation ran", "Backup schedule failure", "WARNING", "ledger-prod",
    "Last attempt to run a scheduled backup for universe 'ledger-prod' failed due to other backup or universe operation in progress.")
yba(None, "the platform's own health check failed to run (rule 16)", "Health check error", "WARNING", "catalog-prod",
    "Failed to perform health check for universe 'catalog-prod'. You need to check YugabyteDB Anywhere logs for details or contact Yugabyte Support.")
yba(None, "the platform failed to collect metrics (rule 16)", "Metric collection failure", "WARNING", "orders-prod",
    "Failed to collect metric for universe 'orders-prod'. You need to check YugabyteDB Anywhere logs for details or contact Yugabyte Support.")
yba(None, "fatal log lines found by the health check (rule 8)", "DB fatal logs", "SEVERE", "ledger-prod",
    "Fatal logs have been detected for universe 'ledger-prod' on 1 Master or T-Server instances.")
yba(None, "error log lines found by the health check (rule 8)", "DB error logs", "WARNING", "catalog-prod",
    "Error logs detected for universe 'catalog-prod' on 2 Master/TServer instance(s).")
yba(None, "under-replicated tablets (replicas missing, not lag: rule 8)", "Under-replicated tablets", "SEVERE", "orders-prod",
    "3 tablets remain under-replicated for more than 5 minutes in universe 'orders-prod'.")
yba(None, "YSQL throughput above threshold", "YSQL throughput is high", "WARNING", "catalog-prod",
    "Maximum throughput for YSQL operations for universe 'catalog-prod' is above 5000. Current value is 7412.")
yba(None, "node CPU above 90% (rule 2)", "DB node CPU usage", "WARNING", "ledger-prod",
    "Average node CPU usage for universe 'ledger-prod' is more than 90% on 2 nodes.")
yba(None, "sending notifications to a channel failed (the monitor's own)", "Alert channel failed", "WARNING", "platform",
    "Last attempt to send alert notifications to channel 'ops-slack' has failed. You need to try sending a test alert to obtain details.",
    source_type="platform")
yba(None, "version mismatch between servers", "DB version mismatch", "WARNING", "orders-prod",
    "Version mismatch has been detected for universe 'orders-prod' for 2 Master or T-Server instances.")
yba(None, "nodes whose cron job is inactive", "Inactive cronjob nodes", "WARNING", "catalog-prod",
    "3 nodes have inactive cronjob for universe 'catalog-prod'.")
yba(None, "last PITR snapshot task failed (a failed job)", "PITR config failure", "WARNING", "ledger-prod",
    "Last snapshot task for universe 'ledger-prod' failed. To retry, check PITR configuration task result for more details.")
yba(None, "OS image outdated", "Universe OS outdated", "WARNING", "orders-prod",
    "More recent OS version is recommended for this universe. Consider running VM image upgrade for the nodes to incorporate security patches and address vulnerabilities.")

# ====================================================================== TiDB-style payloads: TiCDC, DM, PD
def tidb(src, expected, source, alertname, level, expr, instance, value, summary, task=None, cluster="tidb-prod-ap1"):
    labels = {"alertname": alertname, "env": cluster, "level": level, "expr": expr, "instance": instance}
    desc = f"cluster: {cluster}, instance: {instance}, "
    if task:
        labels["task"] = task
        desc += f"task: {task}, "
    desc += f"values: {value}"
    add(src, expected, f"{src[0]} {src[1].rsplit('/', 1)[-1]} {alertname}: {source}", labels,
        {"description": desc, "value": str(value), "summary": summary})


tidb(TICDC, "replication_lag", "changefeed checkpoint lag over 600s", "cdc_checkpoint_high_delay", "critical",
     "ticdc_owner_checkpoint_ts_lag > 600", "10.2.8.11:8300", 1834.2, "cdc owner checkpoint delay more than 10 minutes")
tidb(TICDC, None, "sink errors applying rows downstream (apply errors: broken replication, rule 17)",
     "ticdc_sink_mysql_execution_error", "warning", "changes(ticdc_sink_mysql_execution_error[1m]) > 0",
     "10.2.8.12:8300", 2, "cdc sink mysql execution meets errors")
tidb(DM, "node_down", "every dm-master target down", "DM_master_all_down", "critical", "up{job=\"dm_master\"} == 0",
     "10.2.9.4:8261", 0, "DM master all down, metrics not relyable")
tidb(DM, "node_down", "a DM worker offline for an hour", "DM_worker_offline", "critical", "dm_master_worker_state == 0",
     "10.2.9.4:8261", 0, "dm worker offline exceed 1h", task="orders-sync")
tidb(DM, "disk_full", "relay log disk with less than 10 GiB available", "DM_remain_storage_of_relay_log", "critical",
     "dm_relay_space{type=\"available\"} < 10*1024*1024*1024", "10.2.9.7:8262", 6871947673,
     "DM remain storage of relay log")
tidb(DM, "replication_lag", "syncer binlog file behind the upstream master for 10m", "DM_binlog_file_gap_between_master_syncer",
     "critical", "(dm_syncer_binlog_file{node=\"master\"} - ON(instance, task, job) dm_syncer_binlog_file{node=\"syncer\"} > 1) and ON(instance, task, job) (dm_worker_task_state == 2)",
     "10.2.9.7:8262", 3, "dm syncer binlog file not catch up master server exceed 10 min", task="orders-sync")
tidb(DM, "replication_lag", "relay binlog file behind the upstream master for 10m", "DM_binlog_file_gap_between_master_relay",
     "critical", "dm_relay_binlog_file{node=\"master\"} - ON(instance, job) dm_relay_binlog_file{node=\"relay\"} > 1",
     "10.2.9.8:8262", 2, "dm relay binlog file not catch up master server exceed 10 min", task="billing-sync")
tidb(DM, None, "task paused for 20 minutes (stopped replication, rule 5)", "DM_task_state", "critical",
     "dm_worker_task_state == 3", "10.2.9.7:8262", 3, "dm worker paused exceed 20 min", task="orders-sync")
tidb(DM, None, "relay log corruption detected", "DM_relay_log_data_corruption", "emergency",
     "changes(dm_relay_data_corruption[1m]) > 0", "10.2.9.8:8262", 1, "DM relay log data corruption")
tidb(DM, None, "relay unit failing to read the upstream binlog (broken replication, rule 5)",
     "DM_fail_to_read_binlog_from_master", "critical", "changes(dm_relay_read_error_count[1m]) > 0",
     "10.2.9.8:8262", 1, "DM fail to read binlog from master")
tidb(DM, None, "shard DDL coordination error", "DM_DDL_error", "critical", "increase(dm_master_shard_ddl_error[1m]) > 0",
     "10.2.9.4:8261", 1, "DDL error happens", task="shard-merge")
PDC = "tidb-prod-ap1"
tidb(PD, "node_down", "stores in Down state (no heartbeat past max-store-down-time)", "PD_cluster_offline_tikv_nums",
     "emergency", "(sum ( pd_cluster_status{type=\"store_down_count\"} ) by (instance) > 0) and (sum(etcd_server_is_leader) by (instance) > 0)",
     "10.2.7.1:2379", 1, "PD_cluster_offline_tikv_nums")
# Disconnected: PD received no store heartbeat for 20s -- the store's own liveness signal (rule 8).
tidb(PD, "node_down", "stores Disconnected (heartbeats missing)", "PD_cluster_lost_connect_tikv_nums", "warning",
     "(sum ( pd_cluster_status{type=\"store_disconnected_count\"} ) by (instance) > 0) and (sum(etcd_server_is_leader) by (instance) > 0)",
     "10.2.7.1:2379", 2, "PD_cluster_lost_connect_tikv_nums")
tidb(PD, "disk_full", "stores with low space", "PD_cluster_low_space", "warning",
     "(sum ( pd_cluster_status{type=\"store_low_space_count\"} ) by (instance) > 0) and (sum(etcd_server_is_leader) by (instance) > 0)",
     "10.2.7.1:2379", 1, "PD_cluster_low_space")
tidb(PD, "disk_full", "cluster storage used over 80% of capacity", "TiKV_space_used_more_than_80%", "warning",
     "sum(pd_cluster_status{type=\"storage_size\"}) / sum(pd_cluster_status{type=\"storage_capacity\"}) * 100  > 80",
     "10.2.7.1:2379", 84.7, "TiKV_space_used_more_than_80%")
tidb(PD, "high_latency", "p99 TSO request handling above 100ms", "PD_tidb_handle_requests_duration", "warning",
     "histogram_quantile(0.99, sum(rate(pd_client_request_handle_requests_duration_seconds_bucket{type=\"tso\"}[1m])) by (instance,job,le) ) > 0.1",
     "10.2.6.3:10080", 0.23, "PD_tidb_handle_requests_duration")
# PD_node_restart: changes(process_start_time_seconds{job="pd"}[5m]) > 0. One start is null; three in
# five minutes are a restart loop (rule 7).
tidb(PD, None, "PD process started once in 5m (one restart)", "PD_node_restart", "warning",
     "changes(process_start_time_seconds{job=\"pd\"}[5m]) > 0", "10.2.7.2:2379", 1, "PD server has been restarted")
tidb(PD, "crash_loop", "PD process started three times in 5m", "PD_node_restart", "warning",
     "changes(process_start_time_seconds{job=\"pd\"}[5m]) > 0", "10.2.7.3:2379", 3, "PD server has been restarted")
tidb(PD, None, "p99 WAL fsync above 1s (disk I/O latency, rule 5)", "PD_etcd_write_disk_latency", "critical",
     "histogram_quantile(0.99, sum(rate(etcd_disk_wal_fsync_duration_seconds_bucket[1m])) by (instance,job,le) ) > 1",
     "10.2.7.2:2379", 1.84, "PD_etcd_write_disk_latency")
tidb(PD, None, "p99 peer round trip above 1s (link quality, rule 16)", "PD_etcd_network_peer_latency", "warning",
     "histogram_quantile(0.99, sum(rate(etcd_network_peer_round_trip_time_seconds_bucket[1m])) by (To,instance,job,le) ) > 1",
     "10.2.7.3:2379", 1.27, "PD_etcd_network_peer_latency")
tidb(PD, None, "PD leader changed (elections)", "PD_leader_change", "warning",
     "count( changes(pd_server_tso{type=\"save\"}[10m]) > 0 )   >= 2", "10.2.7.1:2379", 2, "PD_leader_change")
tidb(PD, None, "system time went backwards/slow for TSO", "PD_system_time_slow", "warning",
     "changes(pd_server_tso{type=\"system_time_slow\"}[10m]) >= 1", "10.2.7.1:2379", 1, "PD_system_time_slow")
tidb(PD, None, "regions missing replicas (under-replicated, rule 8)", "PD_miss_peer_region_count", "critical",
     "(sum(pd_regions_status{type=\"miss_peer_region_count\"}) by (instance)  > 100) and (sum(etcd_server_is_leader) by (instance) > 0)",
     "10.2.7.1:2379", 412, "PD_miss_peer_region_count")

# ====================================================================== OpenShift etcd and ingress operators
def openshift(src, expected, source, alertname, severity, summary, description, **extra):
    labels = {"alertname": alertname, "severity": severity, "namespace": "openshift-etcd", "job": "etcd"}
    labels.update(extra)
    add(src, expected, f"OpenShift rule {alertname}: {source}", labels,
        {"summary": summary, "description": description} if summary else {"message": description})


openshift(ETCD, "node_down", "members down or failing to send to peers", "etcdMembersDown", "critical",
          "etcd cluster members are down.", 'etcd cluster "etcd": members are down (1).')
openshift(ETCD, "node_down", "fewer than a quorum of members up", "etcdInsufficientMembers", "critical",
          "etcd is reporting that a majority of instances are unavailable.",
          "etcd is reporting fewer instances are available than are needed (1). When etcd does not have a majority of instances available the Kubernetes and OpenShift APIs will reject read and write requests. Check that all control plane nodes are powered on and reachable.")
openshift(ETCD, "disk_full", "database size above 95% of its backend quota (writes refused when full, rule 7)",
          "etcdDatabaseQuotaLowSpace", "critical", "etcd cluster database is running full.",
          'etcd cluster "etcd": database size exceeds the defined quota on etcd instance 10.0.0.12:9979, please defrag or increase the quota as the writes to etcd will be disabled when it is full.',
          instance="10.0.0.12:9979")
openshift(ETCD, "disk_full", "database predicted to exceed its quota in four hours", "etcdExcessiveDatabaseGrowth", "warning",
          "etcd cluster database growing very fast.",
          'etcd cluster "etcd": Predicting running out of disk space in the next four hours, based on write observations within the past four hours on etcd instance 10.0.0.13:9979, please check as it might be disruptive.',
          instance="10.0.0.13:9979")
openshift(ETCD, "high_latency", "p99 unary gRPC handling above 1s", "etcdGRPCRequestsSlow", "critical",
          "etcd grpc requests are slow",
          'etcd cluster "etcd": 99th percentile of gRPC requests is 1.42s on etcd instance 10.0.0.14:9979 for Range method.',
          instance="10.0.0.14:9979", grpc_method="Range")
openshift(ETCD, "high_error_rate", "over 10% of gRPC requests failed", "etcdHighNumberOfFailedGRPCRequests", "warning",
          "etcd cluster has high number of failed grpc requests.",
          'etcd cluster "etcd": 13.6% of requests for Txn failed on etcd instance 10.0.0.12:9979.',
          instance="10.0.0.12:9979", grpc_method="Txn")
openshift(ETCD, "certificate_expiry", "signer CA with less than a year of validity", "etcdSignerCAExpirationCritical", "critical",
          "etcd has critical signer ca expiration",
          'etcd is reporting the signer ca "etcd-signer" to have less than year ((341 days) of validity left.',
          name="etcd-signer")
openshift(ETCD, None, "p99 peer round trip above 150ms (link quality, rule 16)", "etcdMemberCommunicationSlow", "warning",
          "etcd cluster member communication is slow.",
          'etcd cluster "etcd": member communication with 5c3f9a1e07d2b4c8 is taking 0.31s on etcd instance 10.0.0.13:9979.',
          instance="10.0.0.13:9979", To="5c3f9a1e07d2b4c8")
openshift(ETCD, None, "p99 WAL fsync above 1s (disk I/O latency, rule 5)", "etcdHighFsyncDurations", "critical",
          "etcd cluster 99th percentile fsync durations are too high.",
          'etcd cluster "etcd": 99th percentile fsync durations are 1.18s on etcd instance 10.0.0.14:9979.',
          instance="10.0.0.14:9979")
openshift(ETCD, None, "p99 backend commit above 250ms (disk I/O latency, rule 5)", "etcdHighCommitDurations", "warning",
          "etcd cluster 99th percentile commit durations are too high.",
          'etcd cluster "etcd": 99th percentile commit durations 0.42s on etcd instance 10.0.0.12:9979.',
          instance="10.0.0.12:9979")
openshift(ETCD, None, "frequent leader elections", "etcdHighNumberOfLeaderChanges", "warning",
          "etcd cluster has high number of leader changes.",
          'etcd cluster "etcd": 7 average leader changes within the last 10 minutes. Frequent elections may be a sign of insufficient resources, high network latency, or disruptions by other components and should be investigated.')
openshift(ETCD, None, "raft proposals failing", "etcdHighNumberOfFailedProposals", "warning",
          "etcd cluster has high number of proposal failures.",
          'etcd cluster "etcd": 9 proposal failures within the last 30 minutes on etcd instance 10.0.0.13:9979.',
          instance="10.0.0.13:9979")
openshift(ETCD, None, "database fragmented (space to reclaim by defrag)", "etcdDatabaseHighFragmentationRatio", "warning",
          "etcd database size in use is less than 50% of the actual allocated storage.",
          'etcd cluster "etcd": database size in use on instance 10.0.0.14:9979 is 38.2% of the actual allocated disk space, please run defragmentation (e.g. etcdctl defrag) to retrieve the unused fragmented disk space.',
          instance="10.0.0.14:9979")
openshift(INGRESS, None, "router's HAProxy reloads failing (a reload, rule 9)", "HAProxyReloadFail", "critical", None,
          "HAProxy reloads have failed on router-default-6d9f8c7b5-x2kqp. Router is not respecting recently created or modified routes",
          namespace="openshift-ingress", job="router-internal-default", pod="router-default-6d9f8c7b5-x2kqp")
openshift(INGRESS, "node_down", "router's HAProxy reported down", "HAProxyDown", "critical", None,
          "HAProxy metrics are reporting that the router is down",
          namespace="openshift-ingress", job="router-internal-default", pod="router-default-6d9f8c7b5-7hwnd")

# ====================================================================== Sourcegraph's generated alerts
def sourcegraph(src, expected, source, service, name, level, description):
    add(src, expected, f"Sourcegraph alert {service}: {name}: {source}",
        {"alertname": "alert_count", "level": level, "service_name": service, "name": name,
         "description": description},
        {"summary": f"{level}_{service}_{name}", "description": description})


sourcegraph(SG_ALERTS, "connection_pool_exhaustion", "mean time blocked waiting for a pooled database connection",
            "frontend", "mean_blocked_seconds_per_conn_request", "critical",
            "frontend: 0.1s+ mean blocked seconds per conn request for 15m0s")
sourcegraph(SG_ALERTS, "high_latency", "p99 search request duration", "frontend", "99th_percentile_search_request_duration",
            "warning", "frontend: 20s+ 99th percentile successful search request duration over 5m")
sourcegraph(SG_ALERTS, "high_latency", "p90 page load latency", "frontend", "page_load_latency", "warning",
            "frontend: 2s+ 90th percentile page load latency over all routes over 10m")
sourcegraph(SG_ALERTS, "high_error_rate", "gitserver non-2xx responses over 5%", "frontend", "gitserver_error_responses",
            "warning", "frontend: 5%+ gitserver error responses every 5m for 15m0s")
sourcegraph(SG_ALERTS, "high_error_rate", "internal API non-2xx responses over 5%", "frontend", "internalapi_error_responses",
            "warning", "frontend: 5%+ internal API error responses every 5m by route for 15m0s")
sourcegraph(SG_ALERTS, "out_of_memory", "container memory at 99% of its limit", "frontend", "container_memory_usage",
            "warning", "frontend: 99%+ container memory usage by instance")
sourcegraph(SG_ALERTS, None, "container CPU at 99% (rule 2)", "frontend", "container_cpu_usage", "warning",
            "frontend: 99%+ container cpu usage total (1m average) across all cores by instance")
sourcegraph(SG_ALERTS, None, "a test alert triggered on purpose", "frontend", "observability_test_alert_critical", "critical",
            "frontend: 1+ critical test alert metric")
sourcegraph(SG_ALERTS, None, "many Cloud KMS requests (request volume)", "frontend", "cloudkms_cryptographic_requests",
            "critical", "frontend: 30000+ cryptographic requests to Cloud KMS every 1m for 5m0s")
# The frontend's highlighting requests to syntect-server that ended in its client timeout (rule 13).
sourcegraph(SG_SYNTECT, "upstream_timeout", "share of highlighting requests to syntect-server that timed out",
            "syntect-server", "syntax_highlighting_timeouts", "warning",
            "syntect-server: 5%+ syntax highlighting timeouts every 5m for 5m0s")
family.write()
