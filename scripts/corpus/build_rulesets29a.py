"""rulesets29a.jsonl: whole alerting-rule files of public projects no corpus used before (session 29,
first helper; databases, brokers, search engines and storage systems).

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
from rule_templates import helm_file, helm_text, RuleFiles, show  # noqa: E402


OUT = "OUT"
FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# ceph/ceph-mixins: extras/manifests/prometheus-ceph-rules.yaml (the OpenShift Container Storage
# mixin's rules for Rook-Ceph, generated from its alerts/*.libsonnet; its own wording, not the
# ceph/ceph monitoring rules)
CEPH_MIXINS = ("ceph/ceph-mixins", "extras/manifests/prometheus-ceph-rules.yaml", "77016201cd87c9aa7cd8e91f909a5c3740225ee5")
take(*CEPH_MIXINS, {
    "CephMgrIsAbsent": ("node_down", 0),
    "CephMgrIsMissingReplicas": (OUT, "the manager Deployment's spec replicas below 1: a configured replica count, not a process measured down"),
    "CephMdsMissingReplicas": (OUT, "fewer metadata daemons than the required two: a count below its target, not settled (rule 17's HA count is about standbys)"),
    "CephMonQuorumAtRisk": (OUT, "monitors in quorum at the majority floor: quorum health, not settled"),
    "CephMonQuorumLost": (OUT, "fewer than two monitor pods Running: quorum loss, cluster health (rule 5) or monitors down, not settled"),
    "CephMonHighNumberOfLeaderChanges": (None, 1.27, {"ceph_daemon": "mon.b"}),
    "CephNodeDown": ("node_down", 0),
    "CephOSDCriticallyFull": ("disk_full", 0.83),
    "CephOSDFlapping": ("crash_loop", 12),
    "CephOSDNearFull": ("disk_full", 0.77),
    "CephOSDDiskNotResponding": (OUT, "an OSD in the cluster but down, worded as a disk not responding: a failing disk or a daemon down, not settled"),
    "CephOSDDiskUnavailable": (OUT, "an OSD out and down, worded as a disk not accessible: a failing disk or a daemon down, not settled"),
    "CephOSDSlowOps": ("high_latency", 37),
    "CephDataRecoveryTakingTooLong": (OUT, "undersized placement groups (fewer replicas while recovery runs): degraded replication, neither lag nor settled"),
    "CephPGRepairTakingTooLong": (None, 2),
    "PersistentVolumeUsageNearFull": ("disk_full", 0.78),
    "PersistentVolumeUsageCritical": ("disk_full", 0.88),
    "CephClusterErrorState": (None, 2),
    "CephClusterWarningState": (None, 1),
    "CephOSDVersionMismatch": (None, 2),
    "CephMonVersionMismatch": (None, 2),
    "CephClusterNearFull": ("disk_full", 0.77),
    "CephClusterCriticallyFull": ("disk_full", 0.82),
    "CephClusterReadOnly": ("disk_full", 0.86),
    "CephPoolQuotaBytesNearExhaustion": ("disk_full", 0.74),
    "CephPoolQuotaBytesCriticallyExhausted": ("disk_full", 0.93),
}, {"namespace": "openshift-storage", "job": "rook-ceph-mgr", "instance": "10.131.0.18:9283"},
    {"ceph_daemon": "osd.3", "hostname": "ocs-worker-2", "device_class": "ssd", "node": "ocs-worker-2",
     "device": "/dev/nvme1n1", "host": "ocs-worker-2", "persistentvolumeclaim": "db-postgres-0",
     "name": "ocs-storagecluster-cephblockpool", "storageclass": "ocs-storagecluster-ceph-rbd"})


# ---------------------------------------------------------------------------------------------
# noobaa/noobaa-mixins: extras/manifests/prometheus-noobaa-rules.yaml (the NooBaa object gateway's
# own rules, generated from its alerts/*.libsonnet)
NOOBAA = ("noobaa/noobaa-mixins", "extras/manifests/prometheus-noobaa-rules.yaml", "11240ebfc1a6de747c3a7b63134d51c4367aad4f")
NOOBAA_STATE = "a bucket or backing resource in NooBaa's error state: an application's status (rule 9), cause not named"
take(*NOOBAA, {
    "NooBaaBucketErrorState": (OUT, NOOBAA_STATE),
    "NooBaaNamespaceBucketErrorState": (OUT, NOOBAA_STATE),
    "NooBaaBucketReachingQuotaState": ("disk_full", 86),
    "NooBaaBucketExceedingQuotaState": ("disk_full", 104),
    "NooBaaBucketLowCapacityState": ("disk_full", 88),
    "NooBaaBucketNoCapacityState": ("disk_full", 97),
    "NooBaaResourceErrorState": (OUT, NOOBAA_STATE),
    "NooBaaNamespaceResourceErrorState": (OUT, NOOBAA_STATE),
    "NooBaaSystemCapacityWarning85": ("disk_full", 87),
    "NooBaaSystemCapacityWarning95": ("disk_full", 96),
    "NooBaaSystemCapacityWarning100": ("disk_full", 100),
}, {"namespace": "openshift-storage", "job": "noobaa-mgmt", "instance": "10.129.2.41:8080"},
    {"bucket_name": "loki-chunks-bucket", "resource_name": "noobaa-default-backing-store",
     "namespace_resource_name": "aws-ns-store"})


# ---------------------------------------------------------------------------------------------
# NetApp/harvest: container/prometheus/alert_rules.yml (the ONTAP/StorageGRID collector's own
# example rules shipped with its container setup); container/prometheus/ems_alert_rules.yml (86
# event rules) not read
HARVEST = ("NetApp/harvest", "container/prometheus/alert_rules.yml", "7a7ba3dfd21216a4728d1f46c0af2350ee4df405")
take(*HARVEST, {
    "InstanceDown": ("node_down", 0),
    "Volume Used Percentage Breach": ("disk_full", 93.4),
    "Volume state offline": (OUT, "a volume in the offline state: taken offline by an operator or by a fault, not settled"),
    "Aggregate state is not online": (OUT, "an aggregate in a state other than online (restricted, offline, relocating): not settled"),
    "Disk failure": (None, 1),
    "Node nfs latency is high": ("high_latency", 7342),
    "Snapmirror lag time is high": ("replication_lag", 5423),
    "Volume Created": (None, 1),
    "Volume Modified": (None, 1),
    "Volume Deleted": (None, 1),
    "Certificates expiring within 1 month": ("certificate_expiry", 1912345),
    "Certificates expired": ("certificate_expiry", -86400),
}, {"instance": "harvest-poller:12990", "job": "harvest", "cluster": "ontap-cl1", "datacenter": "dc1"},
    {"volume": "vol_pgdata01", "svm": "svm_db", "aggr": "aggr1_node1", "state": "restricted", "disk": "1.0.12",
     "node": "ontap-cl1-01", "relationship_id": "5f1a2b3c-7d8e-11ee-9a1b-00a098d4c5e6", "object": "volume",
     "track": "size", "old_value": "500GB", "new_value": "750GB", "name": "ontap-cl1_ca",
     "expiry_time": "2027-01-03T10:15:00Z"})


# ---------------------------------------------------------------------------------------------
# donaldgifford/zfs_exporter: contrib/prometheus/data/zfs-alerts.yaml (the exporter's own rules)
ZFS = ("donaldgifford/zfs_exporter", "contrib/prometheus/data/zfs-alerts.yaml", "7417cc80b43c85edd5155f9c3be3ebdeada5f3f0")
ZFS_GROWTH = "dataset usage deviating from its own baseline, no limit stated: neither capacity near full nor settled"
take(*ZFS, {
    "ZfsExporterDown": ("node_down", 0),
    "ZfsCommandFailure": (None, 0),
    "ZfsPoolDegraded": (None, 1),
    "ZfsPoolFaulted": (None, 1),
    "ZfsPoolDegradedNotResilvering": (None, 1),
    "ZfsPoolResilvering": (None, "42.7%"),
    "ZfsPoolResilverStalled": (None, 1),
    "ZfsPoolNotOnline": (None, 0),
    "ZfsPoolReadOnly": (OUT, "a pool read-only: imported read-only on purpose, by faults or when full, not settled"),
    "ZfsPoolCapacityWarning": ("disk_full", "84.2%"),
    "ZfsPoolCapacityCritical": ("disk_full", "93.6%"),
    "ZfsPoolFragmentationHigh": (None, "57.3%"),
    "ZfsServiceDown": ("node_down", 0),
    "ZfsNFSSharesWithoutService": ("node_down", 3),
    "ZfsSMBSharesWithoutService": ("node_down", 2),
    "ZfsDatasetAbnormalGrowth": (OUT, ZFS_GROWTH),
    "ZfsDatasetAbnormalGrowthShortTerm": (OUT, ZFS_GROWTH),
    "ZfsPoolPredictedFull7d": ("disk_full", -2.31e11),
    "ZfsPoolPredictedFull1d": ("disk_full", -4.8e10),
}, {"instance": "nas-01.lan:9134", "job": "zfs_exporter"},
    {"pool": "tank", "service": "nfs", "dataset": "tank/backups"})


# ---------------------------------------------------------------------------------------------
# Netcracker/qubership-opensearch: the operator chart's PrometheusRule
# (operator/charts/helm/opensearch-service/templates/monitoring/prometheus-rules.yaml), rendered
# with release "opensearch" in namespace "opensearch-service"; thresholds in expressions only
OPENSEARCH = ("Netcracker/qubership-opensearch", "operator/charts/helm/opensearch-service/templates/monitoring/prometheus-rules.yaml",
              "19eff59f31706efd82debbeb24e79f81c67d672f")
take(*OPENSEARCH, {
    "OpenSearchCPULoadAlert": (None, 97.2),
    "OpenSearchDiskUsageAbove75%Alert": ("disk_full", 0.79),
    "OpenSearchDiskUsageAbove85%Alert": ("disk_full", 0.88),
    "OpenSearchDiskUsageAbove95%Alert": ("disk_full", 0.96),
    "OpenSearchHeapMemoryUsageAlert": ("out_of_memory", 96),
    "OpenSearchIsDegradedAlert": ("node_down", 6),
    "OpenSearchIsDownAlert": ("node_down", 10),
    "OpenSearchDBaaSIsDownAlert": ("node_down", 1),
    "OpenSearchLegacyIndicesDetectedAlert": (None, 4),
    "OpenSearchLastBackupHasFailedAlert": (None, 0),
    "OpenSearchQueryIsTooSlowAlert": ("high_latency", 7431),
    "OpenSearchReplicationFailedAlert": (None, 4),
    "OpenSearchReplicationDegradedAlert": (OUT, "cross-cluster replication status 'degraded': broken or lagging replication, not settled"),
    "OpenSearchReplicationLeaderConnectionLostAlert": (None, -1),
    "OpenSearchReplicationTooHighLagAlert": ("replication_lag", 18342),
}, {"namespace": "opensearch-service", "container": "opensearch-service-monitoring", "pod": "opensearch-service-monitoring-7c9f8d6b5-q2wxz"},
    text=helm_file(OPENSEARCH[0], OPENSEARCH[2], OPENSEARCH[1], {"{{ .Release.Namespace }}": "opensearch-service",
                                                            "{{ .Release.Name }}": "opensearch"}))


# ---------------------------------------------------------------------------------------------
# Netcracker/qubership-kafka: the operator chart's PrometheusRules for Kafka
# (operator/charts/helm/kafka-service/templates/prometheus_rules.yaml; its consumer-lag rules come
# from _helpers.tpl includes, which helm_text drops) and for Kafka Mirror Maker
# (kmm_prometheus_rules.yaml), rendered with release "kafka" in namespace "kafka-service" and the
# chart's default thresholds (values.yaml)
QKAFKA = "Netcracker/qubership-kafka"
QKAFKA_COMMIT = "22fe7bb6e6624599b1ab17eef64ed6a2249c88a8"
QKAFKA_SUBS = {"{{ .Release.Namespace }}": "kafka-service", "{{ .Release.Name }}": "kafka",
               '{{ template "kafka.name" . }}': "kafka",
               "{{ .Values.monitoring.thresholds.gcCountAlert }}": "10",
               "{{ .Values.monitoring.thresholds.partitionCountAlert }}": "4000",
               "{{ .Values.monitoring.thresholds.brokerSkewAlert }}": "50",
               "{{ .Values.monitoring.thresholds.brokerLeaderSkewAlert }}": "50"}
QKAFKA_BASE = {"namespace": "kafka-service", "container": "kafka-monitoring", "pod": "kafka-monitoring-5d8b9c7f4-hx2lp"}
_qk = f"operator/charts/helm/kafka-service/templates/prometheus_rules.yaml"
take(QKAFKA, _qk, QKAFKA_COMMIT, {
    "KafkaIsDegradedAlert": ("node_down", 6),
    "KafkaMetricsAreAbsent": (None, 1),
    "KafkaIsDownAlert": ("node_down", 10),
    "KafkaCPUUsageAlert": (None, 0.97),
    "KafkaMemoryUsageAlert": ("out_of_memory", 0.96),
    "KafkaHeapMemoryUsageAlert": ("out_of_memory", 0.97),
    "KafkaGCCountAlert": (OUT, "a garbage-collection rate above a fixed count: a sign of heap pressure, not a measured memory limit, not settled"),
    "KafkaPartitionCountAlert": (None, 4210),
    "KafkaBrokerSkewAlert": (None, 63),
    "KafkaBrokerLeaderSkewAlert": (None, 58),
    "SupplementaryServicesCompatibilityAlert": (None, 1),
}, QKAFKA_BASE, {"broker": "kafka-2", "version": "2.8.2"}, text=helm_file(QKAFKA, QKAFKA_COMMIT, _qk, QKAFKA_SUBS))
_qkmm = f"operator/charts/helm/kafka-service/templates/kmm_prometheus_rules.yaml"
take(QKAFKA, _qkmm, QKAFKA_COMMIT, {
    "Kafka_Mirror_Maker_Is_Degraded_Alarm": ("node_down", 1),
    "Kafka_Mirror_Maker_Is_Down_Alarm": ("node_down", 2),
}, {"project_name": "kafka-service"}, text=helm_file(QKAFKA, QKAFKA_COMMIT, _qkmm, QKAFKA_SUBS))


# ---------------------------------------------------------------------------------------------
# Netcracker/qubership-rabbitmq: the operator chart's PrometheusRule
# (operator/charts/helm/rabbitmq/templates/rabbitmq_alarms.yaml), rendered with release
# "rabbitmq" in namespace "rabbitmq" and cluster name "rmqlocal"; rabbitmq_alarms_external.yaml
# (4 rules, for an external broker) not read
QRABBIT = ("Netcracker/qubership-rabbitmq", "operator/charts/helm/rabbitmq/templates/rabbitmq_alarms.yaml",
           "67138eadc5659cd3fd5b1c0a7a2aa07483371fbc")
take(*QRABBIT, {
    "ClusterError": (OUT, "no RabbitMQ cluster identity or more than one in the namespace (\"unavailable or misconfigured\"): not settled"),
    "SomePodsAreNotWorking": ("node_down", 0.67),
    "MemoryAlarm": ("out_of_memory", -1.3e8),
    "DiskAlarm": ("disk_full", 4.1e7),
    "NoMetrics": (None, 1),
}, {"namespace": "rabbitmq", "instance": "10.130.4.22:15692", "rabbitmq_cluster": "rmqlocal", "rabbitmq_node": "rabbit@rmqlocal-1"},
    text=helm_file(QRABBIT[0], QRABBIT[2], QRABBIT[1], {"{{ .Release.Namespace }}": "rabbitmq", "{{ .Release.Name }}": "rabbitmq",
                                                  "{{ .Values.rabbitmq.custom_params.rabbitmq_cluster_name }}": "rmqlocal"}))


# ---------------------------------------------------------------------------------------------
# Netcracker/qubership-redis: the Redis operator chart's PrometheusRule
# (redis-operator/charts/helm/redis-operator/templates/prometheus_alerts.yaml), rendered with
# release "redis" in namespace "redis" and the chart's default thresholds (values.yaml), which
# also name three of its rules
QREDIS = ("Netcracker/qubership-redis", "redis-operator/charts/helm/redis-operator/templates/prometheus_alerts.yaml",
          "906122d55abd6145b11c122f9cea8bd7f44befb1")
take(*QREDIS, {
    "Redis CPU Usage": (None, 0.97),
    "Redis Memory Usage": ("out_of_memory", 0.96),
    "Redis node is down": ("node_down", -1),
    "Latency on a Redis node is more than 20 ms": ("high_latency", 34),
    "Connections count to a Redis node is more than 90% of the limit": ("connection_pool_exhaustion", 0.93),
}, {"namespace": "redis", "server": "redis-1:6379", "pod": "redis-1-6d9f7c8b4-kq7zt"},
    text=helm_file(QREDIS[0], QREDIS[2], QREDIS[1], {"{{ .Release.Namespace }}": "redis", "{{ .Release.Name}}": "redis",
                                               "{{ .Release.Name }}": "redis",
                                               "{{ .Values.monitoringAgent.prometheus.alerts.cpuThreshold }}": "95",
                                               "{{ .Values.monitoringAgent.prometheus.alerts.memThreshold }}": "95",
                                               "{{ .Values.monitoringAgent.prometheus.alerts.latencyThresholdMs }}": "20",
                                               "{{ .Values.monitoringAgent.prometheus.alerts.connectionsThreshold }}": "90"}))


# ---------------------------------------------------------------------------------------------
# Netcracker/qubership-airflow: the Airflow chart's PrometheusRule
# (chart/helm/airflow/templates/qsmonitoring/apiserver-prometheus-rule.yaml), rendered with release
# "airflow" in namespace "airflow" and the default maxDagRunDuration (3600); both branches of its
# executor conditionals are kept (they are rules of the file)
QAIRFLOW = ("Netcracker/qubership-airflow", "chart/helm/airflow/templates/qsmonitoring/apiserver-prometheus-rule.yaml",
            "21246f1d8e6440c006812fc40e582e55637dc6a9")
take(*QAIRFLOW, {
    "AirflowDRState": (None, 0),
    "SomeDAGRunsLongerThan3600Seconds": (None, 5412),
    "SomeDAGfailed": (None, 2),
    "SomeTaskFailed": (None, 5),
    "There are failed jobs in airflow namespace": (None, 1),
    "Cleanup database cronjob takes too long to complete": (None, 4210),
    "SchedulerError": ("node_down", 0),
    "ProblematicPods": (OUT, "unavailable replicas summed over scheduler, API server and workers, worded as \"problem pods\": a rollout or pods down, not settled"),
    "WorkerError": ("node_down", 0),
    "WorkerStatefulsetIsDegraded": ("node_down", 2),
    "ThereAreUnavailableWorkers": ("node_down", 1),
    "WorkerCPUload": (None, 0.98),
    "WorkerMemoryLoad": ("out_of_memory", 0.97),
    "SchedulerCPUload": (None, 0.96),
    "SchedulerMemoryLoad": ("out_of_memory", 0.96),
    "DagProcessorCPUload": (None, 0.97),
    "DagProcessorMemoryLoad": ("out_of_memory", 0.98),
    "APIerror": ("node_down", 0),
    "StatsdPrometheusExporterIsNotAvailable": ("node_down", 0),
    "NoKubeMetricsForAirflowNamespace": (None, 1),
}, lambda name: dict({"exported_namespace": "airflow", "namespace": "airflow"},
                   **({"statefulset": "airflow-worker"} if name == "WorkerStatefulsetIsDegraded" else {})),
    text=helm_file(QAIRFLOW[0], QAIRFLOW[2], QAIRFLOW[1], {"{{ .Release.Namespace }}": "airflow", "{{ .Release.Name }}": "airflow",
                                                     '{{ include "airflow.fullname" . }}': "airflow",
                                                     "{{ .Values.prometheusRule.dagAlerts.maxDagRunDuration }}": "3600"}))


# ---------------------------------------------------------------------------------------------
# ops-center/alerts: charts/nats-alerts/templates/alert.yaml (AppsCode's KubeDB alert chart for
# NATS, its own wording), rendered with release "nats" in namespace "demo", the chart's default
# thresholds and severities (values.yaml) and its label-list variables; the other charts of the
# repository were not read (several reuse awesome-prometheus-alerts' and RabbitMQ's own wording)
OPS_CENTER = "ops-center/alerts"
OPS_CENTER_COMMIT = "00c8e56b1991f9c47b84b34770c1f58d122ace57"


def ops_center_chart(chart, subs):
    """An alert chart's template with each `{{ .rules.<rule>.<field> }}` set to its default from the
    chart's values.yaml (form.alert.groups.*.rules), then `subs`, then rule_templates.helm_text."""
    values = yaml.safe_load(show(OPS_CENTER, OPS_CENTER_COMMIT, f"charts/{chart}-alerts/values.yaml"))
    defaults = {}
    for group in values["form"]["alert"]["groups"].values():
        defaults.update(group.get("rules") or {})
    text = show(OPS_CENTER, OPS_CENTER_COMMIT, f"charts/{chart}-alerts/templates/alert.yaml")
    text = re.sub(r"\{\{ \.rules\.(\w+)\.(\w+) \}\}", lambda m: str(defaults[m.group(1)][m.group(2)]), text)
    for k, v in subs.items():
        text = text.replace(k, v)
    return helm_text(text)


NATS_LIMIT = "a stream near its configured message or byte limit: a retention limit (rule 8, null) or a storage quota refusing writes (rule 7), by the stream's discard policy, not settled"
take(OPS_CENTER, "charts/nats-alerts/templates/alert.yaml", OPS_CENTER_COMMIT, {
    "NatsDown": ("node_down", 0),
    "NatsReplicasNotReady": ("node_down", 2),
    "NatsJetStreamHighMemoryUsage": ("out_of_memory", 93.4),
    "NatsJetStreamHighStorageUsage": ("disk_full", 94.1),
    "NatsJetStreamHighPendingMessages": ("queue_backlog", 7421),
    "NatsJetStreamHighPendingMessagesWarning": ("queue_backlog", 2873),
    "NatsJetStreamHighAckPending": ("queue_backlog", 2410),
    "NatsJetStreamBacklogNoProgress": ("queue_backlog", 312),
    "NatsJetStreamNearMessageLimit": (OUT, NATS_LIMIT),
    "NatsJetStreamNearByteLimit": (OUT, NATS_LIMIT),
    "NatsJetStreamDisabled": (OUT, "JetStream disabled on a server: by configuration or by the server after storage errors, not settled"),
    "NatsSlowConsumers": (OUT, "NATS slow consumers (clients whose pending buffer overflowed, cut off by the server): neither a queue waiting nor settled"),
    "NatsStalledClients": (OUT, "clients stalled by the server's flow control: not settled"),
    "NatsStaleConnections": (OUT, "connections closed for missed pings: a client's liveness, not settled"),
    "NatsSuddenConnectionDrop": (None, 7),
    "NatsHighActiveConnections": (OUT, "a fixed threshold on a connection count without a limit (rule 7)"),
    "NatsSuddenConsumerDrop": (None, 4),
    "NatsHighTotalConsumers": (None, 117),
}, {"namespace": "demo", "job": "nats-stats", "instance": "10.244.1.15:7777", "server_id": "NDQ7ZKXJ3QF2MB6ST5VQ4N3Q",
    "server_name": "nats-1"},
    {"account_id": "$G", "stream_name": "ORDERS", "consumer_name": "order-processor"},
    text=ops_center_chart("nats", {"{{ $app }}": "nats", "{{ $.Release.Namespace }}": "demo", "{{ $job }}": "nats-stats",
                                   "{{ $natsConsumerLabels }}": "namespace, job, account_id, stream_name, consumer_name",
                                   "{{ $natsStreamLabels }}": "namespace, job, account_id, stream_name"}))


FILES.write("rulesets29a.jsonl")
