"""rulesets33c.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
third helper; storage and backup systems' own rules: object-storage gateways (Scality CloudServer,
RustFS) and the platform around one (Scality Zenko), block and file storage (Portworx, GlusterFS) and
Velero and Proxmox Backup Server backup monitoring, and IBM FlashSystem under OpenShift Data Foundation).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


def scality_text(repo, commit, path, missing=None):
    """A Scality rule file (its `x-inputs` section lists the `${name}` placeholders its rules use,
    with their defaults, like a Grafana dashboard's `__inputs`) with each placeholder replaced by its
    default, or by `missing`'s value for an input the file gives no default (the deployment's replica
    count). A `{{ with printf "..." | query }}...{{ end }}` block is written as the
    `{{ with query ... }}` block `render` fills from a rule's `_query`."""
    text = show(repo, commit, path)
    values = dict(missing or {})
    for i in yaml.safe_load(text).get("x-inputs", []):
        if "value" in i:
            values[i["name"]] = i["value"]
    text = re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", lambda m: str(values[m.group(1)]), text)
    return re.sub(r"\{\{ with printf .*?\{\{ end \}\}", "{{ with query q }}{{ end }}", text, flags=re.S)


# ---------------------------------------------------------------------------------------------
# scality/cloudserver: monitoring/alerts.yaml (Scality's S3 server, the data-access endpoint of its
# Zenko/ARTESCA object storage: endpoint availability, 5xx ratio, listing and delete latency and the
# utilization service its bucket quotas need). `${replicas}` has no default: 3.
# QuotaMetricsNotAvailable is written twice (warning, then critical); the first is taken.
CS = ("scality/cloudserver", "monitoring/alerts.yaml", "ec2e3046a1c8289100223b881d59ae5271ba8a08")
take(CS[0], CS[1], CS[2], {
    "DataAccessS3EndpointDegraded": ("node_down", 2),
    "DataAccessS3EndpointCritical": ("node_down", 1),
    "SystemErrorsWarning": ("high_error_rate", 0.0417),
    "SystemErrorsCritical": ("high_error_rate", 0.0836),
    "ListingLatencyWarning": ("high_latency", 0.3842),
    "ListingLatencyCritical": ("high_latency", 0.6127),
    "DeleteLatencyWarning": ("high_latency", 0.5731),
    "DeleteLatencyCritical": ("high_latency", 1.2404),
    "QuotaMetricsNotAvailable": (OUT, "the share of S3 servers that can reach the utilization-metrics service a quota check needs (a dependency's availability as its callers see it, no host's liveness signal): not settled"),
    "QuotaUnavailable": (None, 6),
}, {}, text=scality_text(CS[0], CS[2], CS[1], {"replicas": 3}))


# ---------------------------------------------------------------------------------------------
# scality/Zenko: monitoring/{dr,kafka,mongodb,redis,zookeeper}/alerts.yaml (Zenko, Scality's
# multi-cloud object storage platform: its own rules for the disaster-recovery link between sites
# and for the Kafka queue, MongoDB metadata store, Redis cache and ZooKeeper quorum it runs; the
# same x-inputs convention as cloudserver). Kafka's `${replicas}` has no default: 3.
ZK = ("scality/Zenko", "22a339f6516cefa1e8a338523e77c3a90e454034")
ZNS = {"namespace": "zenko"}
take(ZK[0], "monitoring/dr/alerts.yaml", ZK[1], {
    "DrResourcePausedWhileOtherRunning": (None, 1),
    "DrResourcePausedForTooLong": (None, 0),
    "KafkaConnectOutageSource": (None, 0.35),
    "KafkaConnectOutageSink": (None, 0.2),
    "WriteTimesLatency": ("replication_lag", 4127331),
}, {}, text=scality_text(ZK[0], ZK[1], "monitoring/dr/alerts.yaml"))

take(ZK[0], "monitoring/kafka/alerts.yaml", ZK[1], {
    "BrokersCountWarning": ("node_down", 2),
    "BrokersCountCritical": (None, 1),
    "ActiveControllerCritical": (OUT, "the count of brokers reporting as the active controller differs from one (a controller election state, not a broker down): not settled"),
    "UnderReplicatedPartitions": (None, 14),
    "OfflinePartitons": (OUT, "partitions with no leader, unavailable for reads and writes (a partition's state; the broker death it names is a guess, rule 17): not settled"),
    "RemainingDiskSpaceWarning": ("disk_full", 0.1843),
    "ZookeeperSyncConnect": (OUT, "brokers' ZooKeeper sync-connect counter below one ('Zookeeper Sync Disconected': a session state between two services, neither said down): not settled"),
    "ConsumerLagWarning": ("queue_backlog", 1318422, {"group": "backbeat-replication-group-crr", "_query": ["1h 22m 7s", "1.318M"]}),
}, lambda name: {"RemainingDiskSpaceWarning": dict(ZNS, persistentvolumeclaim="artesca-data-base-queue-artesca-data-base-queue-1",
                                                    instance="10.100.4.17:10250", job="kubelet", node="zenko-node-2"),
                 "ConsumerLagWarning": dict(ZNS, cluster_name="artesca-data-base-queue", group="backbeat-replication-group-crr",
                                            instance="10.100.2.31:9308", job="artesca-data-base-queue-exporter")}.get(name, {}),
    text=scality_text(ZK[0], ZK[1], "monitoring/kafka/alerts.yaml", {"replicas": 3}))

MONGO_POD = dict(ZNS, pod="data-db-mongodb-sharded-shard0-data-1", instance="10.100.3.12:9216",
                 job="zenko/data-db-mongodb-sharded-shard0-data", rs_nm="data-db-mongodb-sharded-shard-0",
                 member_idx="data-db-mongodb-sharded-shard0-data-2", member_state="SECONDARY")
MONGO_SERIES = {  # what each rule's aggregation (inside its label_replace) keeps
    "MongoDbDegraded": {"job": "shard0-data"}, "MongoDbCritical": {"job": "shard0-data"},
    "TooManyElectionsWarning": {"job": "shard0-data"}, "TooManyClientConnectionsWarning": {"job": "shard0-data"},
    "UnhealthyMemberWarning": {"member_idx": "data-db-mongodb-sharded-shard0-data-2", "member_state": "(not reachable/healthy)"},
    "ReplicationLagWarning": {"member_idx": "data-db-mongodb-sharded-shard0-data-2", "rs_nm": "data-db-mongodb-sharded-shard-0"},
    "MongoDbRSNotSynced": {"rs_nm": "data-db-mongodb-sharded-shard-0"},
    "RemainingDiskSpaceWarning": dict(ZNS, persistentvolumeclaim="datadir-data-db-mongodb-sharded-shard0-data-1",
                                      instance="10.100.4.17:10250", job="kubelet", node="zenko-node-3"),
}
take(ZK[0], "monitoring/mongodb/alerts.yaml", ZK[1], {
    "MongoDbDegraded": ("node_down", 2),
    "MongoDbCritical": ("node_down", 1),
    "NoPrimary": (OUT, "no member in the PRIMARY state (absent_over_time of its state series): a leadership state, said 'MongoDb down' without any member measured down; not settled"),
    "UnhealthyMemberWarning": ("node_down", 1),
    "TooManyElectionsWarning": (None, 13),
    "ReplicationLagWarning": ("replication_lag", 47.2),
    "TooManyClientConnectionsWarning": (OUT, "current client connections above a fixed 100 with no limit stated (rule 7)"),
    "RemainingDiskSpaceWarning": ("disk_full", 0.2107),
    "MongoDbPodRecovering": (OUT, "a member in the RECOVERING state for an hour (catching up after a resync, or failing to): neither lag measured nor a member down; not settled"),
    "MongoDbInvalidState": ("node_down", 8, {"rs_state": "8"}),
    "MongoDbPodStartup2": (OUT, "a member in the STARTUP2 state (initial sync) for an hour: not settled"),
    "MongoDbRSNotSynced": (None, 1),
}, lambda name: MONGO_SERIES.get(name, MONGO_POD), text=scality_text(ZK[0], ZK[1], "monitoring/mongodb/alerts.yaml"))

REDIS = dict(ZNS, instance="10.100.1.44:9121", job="artesca-data-base-cache-metrics", pod="artesca-data-base-cache-0")
take(ZK[0], "monitoring/redis/alerts.yaml", ZK[1], {
    "ServiceDown": (OUT, "shares its name with a blind set's rule"),
    "HighMemoryUsage": ("out_of_memory", 0.3127),
    "TooManyClientConnections": (OUT, "connected clients above a fixed 100 with no limit stated (rule 7)"),
    "RejectedClientConnections": ("connection_pool_exhaustion", 7),
}, REDIS, text=scality_text(ZK[0], ZK[1], "monitoring/redis/alerts.yaml"))

take(ZK[0], "monitoring/zookeeper/alerts.yaml", ZK[1], {
    "ZookeeperQuorum": ("node_down", 2),
    "ZookeeperDown": ("node_down", 0),
    "MissingLeader": (OUT, "no node reporting leader uptime over a minute (a quorum's leadership state in a no-data form): not settled"),
    "ZookeeperTooManyLeaders": (None, 2),
    "RemainingDiskSpaceWarning": ("disk_full", 0.1532),
}, lambda name: dict(ZNS, persistentvolumeclaim="artesca-data-base-quorum-artesca-data-base-quorum-0",
                     instance="10.100.4.17:10250", job="kubelet") if name == "RemainingDiskSpaceWarning" else {},
    text=scality_text(ZK[0], ZK[1], "monitoring/zookeeper/alerts.yaml"))


# ---------------------------------------------------------------------------------------------
# libopenstorage/operator: drivers/storage/portworx/testspec/prometheusRule.yaml (the Portworx
# operator's PrometheusRule for Portworx Enterprise, block storage for Kubernetes: volume and pool
# capacity, replica quorum, node and KVDB health, cloudsnap backups, resizes, licensing; the file is
# the operator's expected rendering of the rules it installs)
PX_BASE = {"instance": "10.13.4.21:17001", "job": "portworx", "node": "px-worker-3",
           "cluster": "px-prod-east", "clusterUUID": "5f0c1a9e-7d2b-4c61-9a3e-2b8f6d1c0e47",
           "volumeid": "1093877425016645617"}
PX_EXTRA = {"POOL": "0", "clusterid": "px-prod-east", "volumename": "pvc-3c1f2a7e-9b41-4d0a-8e55-61a2c9d7f013",
            "error_string": "PutObject: RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period"}
take("libopenstorage/operator", "drivers/storage/portworx/testspec/prometheusRule.yaml", "303cc3735024cf33d14956236142dfe215bc4577", {
    "PortworxVolumeUsageCritical": ("disk_full", 84.71),
    "PortworxVolumeUsage": ("disk_full", 73.18),
    "PortworxVolumeNotInQuorum": (None, 1),
    "PortworxVolumeInResync": (OUT, "a volume's replicas resynchronising (one catching up after being out of the set, no lag measured): not settled"),
    "PortworxVolumeDegraded": (None, 3),
    "PortworxStorageUsageCritical": ("disk_full", 82.44),
    "PortworxStorageUsage": ("disk_full", 71.86),
    "PortworxStorageWillFill": ("disk_full", 27.31),
    "PortworxStorageNodeDown": ("node_down", 1),
    "PortworxQuorumUnhealthy": (None, 2),
    "PortworxMemberDown": ("node_down", 1),
    "PXBackupError": (None, 2),
    "PXKvdbNodeViewUnhealthy": (OUT, "a node unable to talk to the KVDB (which side failed, the KVDB or the node's connection, is not said): not settled"),
    "PXKvdbClusterViewUnhealthy": (OUT, "the cluster unable to talk to the KVDB (no side named down): not settled"),
    "PoolExpandSuccessful": (None, 2),
    "PoolExpandFailure": (None, 2),
    "VolumeResizeSuccessful": (None, 1),
    "VolumeResizeDeferred": (None, 1),
    "VolumeResizeFailed": (None, 1),
    "PortworxLicenseExpiry": (None, 3.5),
    "PortworxLicenseServerDown": ("node_down", 1),
    "PortworxLicenseSetupError": (None, 1),
}, PX_BASE, PX_EXTRA)


# ---------------------------------------------------------------------------------------------
# gluster/gluster-prometheus: prometheus_rules/alerting.rules.yml (the GlusterFS project's exporter
# and its rules over its recording rules: process uptime, CPU and memory, volume capacity and
# inodes, predicted fill; the file was removed later, so the commit that last validated it is cited).
# Each rule is written twice (warning, then critical); the first is taken.
GLUSTER_PROC = {"instance": "gluster-node-2.example.org:9713", "job": "gluster-prod", "name": "glusterfsd",
                "volume": "gv-data"}
take("gluster/gluster-prometheus", "prometheus_rules/alerting.rules.yml", "b250f6a9595df7664802fe567964614a9826e376", {
    "GlusterUptime": ("node_down", 0.2),
    "GlusterCpu": (None, 88.4),
    "GlusterMemory": ("out_of_memory", 78.9),
    "GlusterVolCapacity": ("disk_full", 91.7),
    "GlusterVolInodes": ("disk_full", 90.6),
    "GlusterVolCapacityDiff": (OUT, "a volume's used capacity differing from its subvolume's by more than 1 MB (an accounting mismatch, not a fill level): not settled"),
    "GlusterVolInodesPrediction": ("disk_full", 96.2),
    "GlusterVolCapacityPrediction": ("disk_full", 97.8),
}, lambda name: {k: v for k, v in GLUSTER_PROC.items() if k != "volume"} if name in ("GlusterUptime", "GlusterCpu", "GlusterMemory")
    else {"job": "gluster-prod", "volume": "gv-data"}, GLUSTER_PROC)


# ---------------------------------------------------------------------------------------------
# canonical/velero-operator: src/prometheus_alert_rules/prometheus_alert_rules.yaml (Canonical's
# Velero charm; its rules for failed, partially failed and missing scheduled backups)
take("canonical/velero-operator", "src/prometheus_alert_rules/prometheus_alert_rules.yaml", "4c89cc322cae9fe7483de25764932fefbec3e782", {
    "VeleroBackupFailed": (None, 0),
    "VeleroBackupFailing": (None, 0),
    "VeleroNoNewDailyBackup": (None, 1),
    "VeleroNoNewWeeklyBackup": (None, 1),
    "VeleroBackupPartialFailures": (None, "66.67%"),
}, {"instance": "velero-0.velero-endpoints.velero.svc.cluster.local:8085", "job": "juju_velero_velero_prometheus_scrape",
    "juju_application": "velero", "juju_model": "velero", "schedule": "daily-cluster-backup"})


# ---------------------------------------------------------------------------------------------
# DoD-Platform-One/velero: chart/values.yaml (Big Bang's Velero package; its PrometheusRule spec in
# the chart's values, {{`{{`}} escapes undone: backup, restore, validation, deletion and snapshot
# failure ratios and the Velero job's absent target)
take("DoD-Platform-One/velero", "chart/values.yaml", "15cf8a5f9732c2b88354ec8b1465f22bc9f6f0b8", {
    "VeleroVeleroJobAbsent": ("node_down", 1, {"job": "velero-velero", "namespace": "velero"}),
    "VeleroBackupPartialFailures": (None, "12.5%"),
    "VeleroBackupFailures": (None, "8.333%"),
    "VeleroBackupValidationFailures": (None, "4.167%"),
    "VeleroBackupDeletionFailures": (None, "20%"),
    "VeleroBackupItemErrors": (None, 3),
    "VeleroCSISnapshotFailures": (None, "6.25%"),
    "VeleroRestorePartialFailures": (None, "50%"),
    "VeleroRestoreFailures": (None, "33.33%"),
    "VeleroRestoreValidationFailures": (None, "25%"),
    "VeleroVolumeSnapshotFailures": (None, "10%"),
}, lambda name: {} if name == "VeleroVeleroJobAbsent" else
    {"instance": "10.42.3.18:8085", "job": "velero", "namespace": "velero", "pod": "velero-6b8f9c7d54-xk2lp",
     "schedule": "velero-daily-backup"})


# ---------------------------------------------------------------------------------------------
# rustfs/rustfs: .docker/observability/prometheus-rules/rustfs-get-optimization-alerts.yaml and
# rustfs-kms-alerts.yml (RustFS, an S3-compatible object store: its GET path's latency, pipeline
# failures, bitrot and quorum; its KMS backend's errors, latency, retry budget, circuit and key
# rotation. The directory's rustfs-dashboard.yml holds recording rules and one alert, fewer than
# five, and is not taken)
RFS = ("rustfs/rustfs", "20d1266496ba50dbec09b2263c504416840c61f7", ".docker/observability/prometheus-rules/")
take(RFS[0], RFS[2] + "rustfs-get-optimization-alerts.yaml", RFS[1], {
    "GetP99Regression": ("high_latency", "2.317s"),
    "PipelineFailureSpike": ("high_error_rate", 4.83),
    "BitrotMismatchSpike": (None, 0.74),
    "EarlyStopInsufficientQuorum": (OUT, "the metadata early-stop path short of quorum before its deadline (disks or network 'suggested', neither measured): not settled"),
    "CodecStreamingFallbackSpike": (None, 38.42),
    "IoQueueSaturation": (None, 94.3),
}, {"instance": "rustfs-2:9000", "job": "rustfs"})
take(RFS[0], RFS[2] + "rustfs-kms-alerts.yml", RFS[1], {
    "KmsBackendFatalErrors": ("high_error_rate", 0.042, {"operation": "decrypt_data_key"}),
    "KmsBackendHighErrorRate": ("high_error_rate", "7.83%"),
    "KmsBackendP99LatencyHigh": ("high_latency", "2.84s"),
    "KmsBackendAttemptFailureSpike": ("high_error_rate", 0.71),
    "KmsBackendRetryBudgetExhausted": ("upstream_timeout", 0.083, {"outcome": "deadline_exceeded"}),
    "KmsBackendCircuitOpen": (OUT, "a circuit breaker open over the KMS backend (the caller's own protection state; what failed behind it is not said): not settled"),
    "KmsKeyRotationOverdue": (None, "401.2d"),
}, {"instance": "rustfs-2:9000", "job": "rustfs", "backend": "vault", "scope": "default"})


# ---------------------------------------------------------------------------------------------
# IBM/ibm-storage-odf-operator: rules/prometheus-flashsystem-rules.yaml (IBM's operator that plugs
# FlashSystem block storage into OpenShift Data Foundation: its rules for the storage subsystem's
# health, its exporter's response, and system and pool capacity; the operator puts each subsystem's
# name in place of "flashsystem-subsystem-name-template" in the expressions)
FS_BASE = {"subsystem_name": "fs9500-prod", "instance": "10.131.2.44:9100", "job": "fs9500-prod-sds-exporter",
           "namespace": "openshift-storage", "pod": "fs9500-prod-sds-exporter-7b9c8d6f5-2xkqp",
           "service": "fs9500-prod-sds-exporter", "subsystem_vendor": "IBM", "subsystem_type": "FlashSystem"}
take("IBM/ibm-storage-odf-operator", "rules/prometheus-flashsystem-rules.yaml", "b459f51e7397294d9c1fa54ea7b9499815b8df45", {
    "FlashsystemClusterErrorState": (None, 2),
    "FlashsystemClusterWarningState": (None, 1),
    "FlashsystemMgrIsAbsent": ("node_down", 0),
    "FlashSystemStoragePhysicalCapacityNearFull": ("disk_full", 0.8612),
    "FlashsystemPoolWarningState": (None, 1, {"pool_name": "Pool0"}),
    "FlashsystemPoolErrorState": (OUT, "a storage pool reported offline by the subsystem's own health gauge (a pool, not a host, and no cause given): not settled"),
    "FlashSystemPoolPhysicalCapacityNearFull": ("disk_full", 0.8934, {"pool_name": "Pool0"}),
    "FlashSystemPoolLogicalCapacityNearFull": ("disk_full", 0.9117, {"pool_name": "Pool0"}),
}, FS_BASE, {"pool_name": "Pool0"})


# ---------------------------------------------------------------------------------------------
# natrontech/pbs-exporter: prometheus/rules/example-rules.yaml (the Proxmox Backup Server exporter's
# own rules: the server's presence, snapshot verification and age, datastore and root-disk space,
# host memory, swap, CPU and iowait; several descriptions adapt awesome-prometheus-alerts' and the
# Kubernetes mixin's sentences to its own metrics and names)
PBS_BASE = {"instance": "pbs-01.example.net:10019", "job": "pbs-exporter", "host": "pbs-01",
            "datastore": "backup-zfs", "id": "pbs-01"}
take("natrontech/pbs-exporter", "prometheus/rules/example-rules.yaml", "cec990ca91ed2f8d4ed1ada9d0f6bff1f7f3d597", {
    "ProxmoxBackupHostDown": (None, 1),
    "ProxmoxBackupSnapshotVerifyFailed": (None, 0, {"vm_id": "104"}),
    "ProxmoxBackupSnapshotOutdated": (None, 2.64, {"vm_id": "104", "vm_name": "gitlab-runner-02"}),
    "ProxmoxBackupPoolDiskOutOfSpace": ("disk_full", 92.41),
    "ProxmoxBackupPoolDiskFillingUpInFourDays": ("disk_full", "78.34%"),
    "ProxmoxBackupRootDiskOutOfSpace": ("disk_full", 93.08),
    "ProxmoxBackupRootDiskFillingUpInFourDays": ("disk_full", "74.61%"),
    "ProxmoxBackupHostOutOfMemory": ("out_of_memory", 91.73),
    "ProxmoxBackupHostSwapIsFillingUp": ("out_of_memory", 84.22),
    "ProxmoxBackupHostHighCpuLoad": (None, 0.87),
    "ProxmoxBackupHostHighIowait": (None, 14.26),
}, PBS_BASE, {"vm_name": "gitlab-runner-02", "vm_id": "104"})


FILES.write("rulesets33c.jsonl")
