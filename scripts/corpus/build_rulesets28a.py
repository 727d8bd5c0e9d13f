"""rulesets28a.jsonl: whole alerting-rule files of public projects no corpus used before (session 28).

Each rule file is read from its snapshot (git object at the cited commit) under $CORPUS3_MIRROR
(default /work/.mirror) and every alerting rule is taken, one item per alertname (the first rule
of that name in the file; later rules of the same name, which differ only in threshold and
severity, are not taken again). Labels are decided by hand under tests/fixtures/corpus/POLICY.md
from each rule's expression and wording, before any classifier ran, in LABELS below; a rule whose
name maps to OUT is left out under POLICY rule 6 (reason given, and listed in SOURCES.md). The
builder refuses a rule file holding an alertname that has no decision here.

Rendering: the alert's labels are the rule's own labels + alertname + the series labels the
expression keeps (for an aggregation `by (...)`, those labels only; otherwise the file's made-up
series), with any label the templates name added from the same made-up values. `{{ $labels.x }}`
is filled with that value, `{{ $value }}` (bare, piped or printf'd) with the number given per rule,
`{{ $labels }}` with Go's map rendering. Everything else keeps the source's wording.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles  # noqa: E402

FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# apache/rocketmq-exporter: example.rules (the exporter's sample rule file)
ROCKETMQ = ("apache/rocketmq-exporter", "example.rules", "e1ab2dd569d431c88c9eb599a9284aedc7abeb7c")
take(*ROCKETMQ, {
    "RocketMQClusterProduceHigh": (None, 14.2),
    "RocketMQClusterProduceLow": (None, 0.3),
    "RocketMQClusterConsumeHigh": (None, 12.7),
    "RocketMQClusterConsumeLow": (None, 0.4),
    "ConsumerFallingBehind": ("queue_backlog", 18342, {"group": "order-settlement-consumer", "topic": "ORDER_PAID"}),
    "GroupGetLatencyByStoretime": ("queue_backlog", 4820),
}, {"cluster": "rocketmq-prod", "instance": "rocketmq-exporter.mq.svc:5557", "job": "rocketmq-exporter",
    "broker": "broker-b", "group": "inventory-sync-consumer", "topic": "STOCK_CHANGED"},
   {})


# ---------------------------------------------------------------------------------------------
# RamenDR/ramen: config/prometheus/alerts.yaml (the disaster-recovery operator's alerts)
RAMEN = ("RamenDR/ramen", "config/prometheus/alerts.yaml", "a78c2e3709bab119237110f8a5483a10dc6d87e1")
take(*RAMEN, {
    "VolumeSynchronizationDelay": ("replication_lag", 3.4, {"policyname": "dr-policy-5m"}),
    "WorkloadUnprotected": (None, 0),
    "UnsupportedConsistencyGroupingEnabled": (None, 1),
    "GlobalActionConsensusBlocked": (None, 0),
    "InvalidCIDRsDetected": (None, 1, {"obj_name": "dr-cluster-east", "obj_type": "DRCluster"}),
    "UndetectedCIDRsFound": (None, 1, {"obj_name": "dr-cluster-west", "obj_type": "DRCluster"}),
    "ApplicationCleanupPending": (None, 1, {"state": "WaitOnUserToCleanUp"}),
}, {"obj_name": "busybox-placement-drpc", "obj_namespace": "busybox-sample", "obj_type": "DRPlacementControl",
    "job": "ramen-hub-operator-metrics-service", "namespace": "openshift-operators",
    "pod": "ramen-hub-operator-6d9f7c8b54-kq2zt", "instance": "10.128.2.41:8443"})


# ---------------------------------------------------------------------------------------------
# rackerlabs/genestack: base-helm-configs/monitoring/kube-prometheus-stack/rules/*.yaml (the four
# rule files of Rackspace's OpenStack distribution, kube-prometheus-stack values)
GENESTACK = "rackerlabs/genestack"
COPY = ("a verbatim copy of an awesome-prometheus-alerts rule (samber/awesome-prometheus-alerts, a project of a"
        " blind set): not this project's own wording")
GS_COMMIT = "dfdf69dd689f9dbd0d864bdb41320c24018588cd"
GS_DIR = "base-helm-configs/monitoring/kube-prometheus-stack/rules/"
take(GENESTACK, GS_DIR + "alerting_rules.yaml", GS_COMMIT, {
    "AbnormalInstanceFailures": (None, 23.5),
    "InstancesStuckInFailureState": (None, 4),
    "AbnormalImageFailures": (None, 21.7),
    "ImagesStuckInFailureState": (None, 2),
    "LoadbalancersInErrorCritical": (None, 56.2),
    "LoadbalancersInError": (None, 3),
    "TLS certificate expiring": ("certificate_expiry", 27.4),
    "Service Down": ("node_down", 0),
    "KubernetesVolumeOutOfDiskSpace": (OUT, COPY),
    "ovnBackupUploadWarning": (None, 23112),
    "ovnBackupUploadCritical": (None, 44650),
    "ovnBackupDiskUsageWarning": ("disk_full", 84),
    "ovnBackupDiskUsageCritical": ("disk_full", 92),
    "mariadbBackupWarning": (None, 22417, {"cronjob": "mariadb-backup", "namespace": "openstack"}),
    "mariadbBackupCritical": (None, 45206, {"cronjob": "mariadb-backup", "namespace": "openstack"}),
    "MissingFluentbitServiceMonitor": ("node_down", 0),
}, lambda name: ({"instance": "https://keystone.api.example-cloud.net/v3", "job": "blackbox"}
                 if name in ("TLS certificate expiring", "Service Down")
                 else {"instance": "10.236.4.18:9091", "job": "ovn-backup", "namespace": "openstack"}
                 if name.startswith("ovnBackup") else {}))
take(GENESTACK, GS_DIR + "mariadb_alerting_rules.yaml", GS_COMMIT, {
    "MariaDBDown": ("node_down", 0),
    "MysqlTooManyConnections(>80%)": (OUT, COPY),
    "MariaDBReplicationErrors": (None, 1062),
    "MysqlSlaveReplicationLag": (OUT, COPY),
    "MysqlSlowQueries": (OUT, COPY),
    "MysqlRestarted": (OUT, COPY),
}, {"instance": "mariadb-cluster-1.mariadb-cluster-internal.openstack.svc:9104", "job": "mariadb-cluster-metrics",
    "namespace": "openstack", "pod": "mariadb-cluster-1"})
take(GENESTACK, GS_DIR + "pod_alerting_rules.yaml", GS_COMMIT, {
    "TooManyContainerRestarts": ("crash_loop", 7),
    "HighPodRestartRate": ("crash_loop", 2.4),
    "KubePodNotReadyCritical": (OUT, "pod Pending or Unknown for 5 m: unscheduled, starting or unreachable; the cause is not settled"),
}, {"container": "neutron-server", "namespace": "openstack", "pod": "neutron-server-7c9f8d6b5d-2xkqv",
    "instance": "10.244.3.12:8080", "job": "kube-state-metrics", "uid": "0b6f3c2e-8d41-4a9b-9e0f-1c2d3e4f5a6b"})
take(GENESTACK, GS_DIR + "rabbitmq_alerting_rules.yaml", GS_COMMIT, {
    "NovaQueueTotalToLarge": ("queue_backlog", 412, {"vhost": "nova", "queue": "conductor"}),
    "GlanceQueueTotalToLarge": ("queue_backlog", 37, {"vhost": "glance", "queue": "notifications.info"}),
    "NeutronQueueTotalToLarge": ("queue_backlog", 158, {"vhost": "neutron", "queue": "q-plugin"}),
    "KeystoneQueueTotalToLarge": ("queue_backlog", 64, {"vhost": "keystone", "queue": "notifications.info"}),
    "CinderQueueTotalToLarge": ("queue_backlog", 29, {"vhost": "cinder", "queue": "cinder-scheduler"}),
    "MagnumQueueTotalToLarge": ("queue_backlog", 31, {"vhost": "magnum", "queue": "magnum-conductor"}),
    "OctaviaQueueTotalToLarge": ("queue_backlog", 88, {"vhost": "octavia", "queue": "octavia_provisioning_v2"}),
    "BarbicanQueueTotalToLarge": ("queue_backlog", 26, {"vhost": "barbican", "queue": "barbican.workers"}),
}, {"instance": "10.244.1.33:15692", "job": "rabbitmq", "namespace": "openstack", "pod": "rabbitmq-server-1"})

# ---------------------------------------------------------------------------------------------
# crispkid/Dell-ECS-Metrics-Exporter: deploy/prometheus/alerts.yaml (the exporter's own rules)
DELL = ("crispkid/Dell-ECS-Metrics-Exporter", "deploy/prometheus/alerts.yaml", "8d11bac7cbc26b5d68bba2babd046fce7e6dbbd2")
take(*DELL, {
    "DellECSExporterDown": ("node_down", 0),
    "DellECSExporterCacheStale": (None, 1142),
    "DellECSExporterCacheTooOld": (None, 3902),
    "DellECSExporterCollectorErrors": (None, 4),
    "DellECSExporterAPIErrors": (None, 6, {"api": "/object/capacity"}),
    "DellECSClusterUnhealthy": (None, 0, {"vdc": "vdc-ams-01"}),
    "DellECSBucketHardQuotaHigh": ("disk_full", 93.1, {"namespace": "backup", "bucket": "veeam-repo-02"}),
}, lambda name: ({"instance": "ecs-exporter.monitoring.svc:9438", "job": "dell-ecs-metrics-exporter"}
                 if name == "DellECSExporterDown" else
                 {"instance": "ecs-exporter.monitoring.svc:9438", "job": "dell-ecs-metrics-exporter",
                  "cluster": "ecs-ams", "collector": "capacity"}),
   {"api": "/object/capacity", "vdc": "vdc-ams-01", "namespace": "backup", "bucket": "veeam-repo-02"})


# ---------------------------------------------------------------------------------------------
# donaldgifford/technitium_exporter: contrib/prometheus/alerts.yml (Technitium DNS server)
TECHNITIUM = ("donaldgifford/technitium_exporter", "contrib/prometheus/alerts.yml",
              "dcd3aecf0378910ae75f330cd805699c965dc477")
take(*TECHNITIUM, {
    "TechnitiumExporterDown": ("node_down", 0),
    "TechnitiumServerDown": ("node_down", 0),
    "TechnitiumHighServerFailureRate": ("dns_failure", 0.083),
    "TechnitiumHighNXDomainRate": ("dns_failure", 0.41),
    "TechnitiumHighRefusedRate": (OUT, "REFUSED answers (the server's policy or ACL declines to answer): POLICY settles SERVFAIL and NXDOMAIN only"),
    "TechnitiumHighBlockRate": (None, 0.57),
    "TechnitiumBlocklistEmpty": (None, 0),
    "TechnitiumLowCacheHitRate": (None, 0.14),
    "TechnitiumSlowScrape": (None, 6.8),
}, {"instance": "technitium-exporter:9274", "job": "technitium"})

# ---------------------------------------------------------------------------------------------
# hoard-project/hoard: contrib/prometheus/alerts.yml (an S3 uploading agent's own rules)
HOARD = ("hoard-project/hoard", "contrib/prometheus/alerts.yml", "7bd93d9c710ad34586575e851a932df96ffd9410")
take(*HOARD, {
    "HoardPendingBacklog": ("queue_backlog", 138),
    "HoardDeadLetter": (None, 3),
    "HoardEtagMismatch": (None, 1),
    "HoardDegraded": (OUT, "an application's own health endpoint saying degraded (POLICY rule 9: not settled)"),
    "HoardHighUploadFailureRate": ("high_error_rate", 0.27),
    "HoardBpfSilent": (None, 0),
}, {"instance": "storage-node-04:9469", "job": "hoard"})


# ---------------------------------------------------------------------------------------------
# openshift/local-storage-operator: assets/templates/localmetrics/prometheus-rule.yaml (the
# operator's own rules; ${OBJECT_NAMESPACE} and ${DAEMONSET_NAME} are filled by the operator)
LSO = ("openshift/local-storage-operator", "assets/templates/localmetrics/prometheus-rule.yaml",
       "0fc5ee5441de2b2e58a9924cabb00e8e0a6e538f")
take(*LSO, {
    "LSONoDiskManagerReplicas": (None, 0, {"daemonset": "diskmaker-manager", "job": "kube-state-metrics",
                                            "namespace": "openshift-local-storage"}),
    "LvSetDeletionAlert": (None, 1, {"lvSetName": "local-block-ssd"}),
    "LSONoStableLocalVolumePath": (None, 1, {"persistent_volume": "local-pv-3f9c2a1e", "policy": "None"}),
    "LSODeviceLinkMismatch": (None, 1, {"persistent_volume": "local-pv-8b41d07c", "policy": "None"}),
    "LSOLocalVolumeMissingDevicePath": (None, 2, {"storageClass": "local-sc", "nodeName": "worker-2.ocp.example.com"}),
}, lambda name: {} if name == "LSONoDiskManagerReplicas" else
   {"instance": "10.129.2.14:8383", "job": "local-storage-diskmaker-metrics", "namespace": "openshift-local-storage",
    "pod": "diskmaker-manager-7xk2p"})


# ---------------------------------------------------------------------------------------------
# pingcap/tidb-binlog: metrics/alertmanager/binlog.rules.yml and arbiter/arbiter.rules.yml
# (ENV_LABELS_ENV is the deploy tool's placeholder, kept as written)
BINLOG = "pingcap/tidb-binlog"
BL_COMMIT = "ec3adceb8b94f44ab7cddaea4056d500f54d940f"


def binlog_series(name):
    comp = "pump" if "pump" in name else "drainer" if "drainer" in name else "arbiter"
    port = {"pump": 8250, "drainer": 8249, "arbiter": 8251}[comp]
    return {"instance": f"10.0.1.{ {'pump': 21, 'drainer': 22, 'arbiter': 23}[comp] }:{port}", "job": comp}


take(BINLOG, "metrics/alertmanager/binlog.rules.yml", BL_COMMIT, {
    "binlog_pump_storage_error_count": (OUT, "failed binlog writes of the pump's storage: the cause (disk full, I/O error) is not named"),
    "binlog_drainer_checkpoint_high_delay": ("replication_lag", 5432.7),
    "binlog_pump_write_binlog_rpc_duration_seconds_bucket": ("high_latency", 1.84),
    "binlog_pump_storage_write_binlog_duration_time_bucket": (None, 1.37),
    "binlog_pump_storage_available_size_less_than_20G": ("disk_full", 1.6106127e+10),
    "binlog_drainer_execute_duration_time_more_than_10s": ("high_latency", 12.6),
    "binlog_drainer_checkpoint_tso_no_change_for_1m": (None, 0),
}, binlog_series)
take(BINLOG, "arbiter/arbiter.rules.yml", BL_COMMIT, {
    "binlog_arbiter_checkpoint_high_delay": ("replication_lag", 4127.3),
    "binlog_arbiter_checkpoint_tso_no_change_for_1m": (None, 0),
}, binlog_series)

# ---------------------------------------------------------------------------------------------
# pingcap/dm: dm/dm-ansible/conf/dm_worker.rules.yml (TiDB Data Migration)
DM = ("pingcap/dm", "dm/dm-ansible/conf/dm_worker.rules.yml", "da80bda17dce4d44c2bd830b58d822dac544b08b")
take(*DM, {
    "DM_master_all_down": ("node_down", 0, {"instance": "10.0.2.11:8261", "job": "dm_master"}),
    "DM_remain_storage_of_relay_log": ("disk_full", 7.9e9, {"type": "available"}),
    "DM_relay_process_exits_with_error": (None, 1),
    "DM_relay_log_data_corruption": (None, 1),
    "DM_fail_to_read_binlog_from_master": (None, 3),
    "DM_fail_to_write_relay_log": (OUT, "failed relay-log writes: the cause (disk full, I/O error) is not named"),
    "DM_dump_process_exists_with_error": (None, 1),
    "DM_load_process_exists_with_error": (None, 1),
    "DM_sync_process_exists_with_error": (None, 1),
    "DM_task_state": (None, 3),
    "DM_binlog_file_gap_between_master_relay": ("replication_lag", 3, {"node": "master"}),
    "DM_binlog_file_gap_between_master_syncer": ("replication_lag", 4, {"node": "master"}),
    "DM_binlog_file_gap_between_relay_syncer": ("replication_lag", 2, {"node": "syncer"}),
    "DM_worker_offline": ("node_down", 0, {"instance": "10.0.2.11:8261", "job": "dm_master", "worker": "dm-worker-2"}),
    "DM_pending_DDL": (OUT, "a sharded DDL waiting for the other shards' DDL (a lock-like wait): neither a queue nor lag, not settled"),
    "DM_DDL_error": (None, 1),
}, {"instance": "10.0.2.14:8262", "job": "dm_worker", "task": "orders-shard-merge"})

# ---------------------------------------------------------------------------------------------
# banzaicloud/koperator: config/samples/kafkacluster-prometheus.yaml (alerts the Kafka operator acts on;
# its extra annotations are the operator's scaling commands)
KOPERATOR = ("banzaicloud/koperator", "config/samples/kafkacluster-prometheus.yaml", "9b59b31514c84404b67238a2aed9a2a3364bf8b1")
take(*KOPERATOR, {
    "BrokerOverLoaded": (None, 41.7, {"brokerId": "2"}),
    "BrokerUnderReplicated": (None, 6),
    "PartitionCountHigh": (None, 128, {"brokerId": "1"}),
    "PartitionCountLow": (None, 31, {"brokerId": "0"}),
    "RemainingDiskSpaceLow": ("disk_full", 0.08),
}, lambda name: ({"instance": "10.0.12.44:10250", "job": "kubelet", "metrics_path": "/metrics", "namespace": "kafka",
                  "node": "ip-10-0-12-44", "persistentvolumeclaim": "kafka-1-storage-0-4kx9w"}
                 if name == "RemainingDiskSpaceLow" else
                 {"brokerId": "1", "kafka_cr": "kafka", "namespace": "kafka", "instance": "10.42.1.17:9020",
                  "job": "kafka-metrics", "pod": "kafka-1-8x2lq"}))


# ---------------------------------------------------------------------------------------------
# openshift/cluster-node-tuning-operator: manifests/30-monitoring.yaml;
# openshift/cloud-credential-operator: manifests/0000_90_cloud-credential-operator_03_alertrules.yaml;
# openshift/cluster-samples-operator: manifests/010-prometheus-rules.yaml (the operators' own rules)
NTO = ("openshift/cluster-node-tuning-operator", "manifests/30-monitoring.yaml", "d2394aa81ffe6a5411a674128995979956f40193")
take(*NTO, {
    "NTOPodsNotReady": (OUT, "a pod not ready: starting, failing probes or unreachable; the cause is not settled"),
    "NTOPodLabelsUsed": (None, 1),
    "NTOInvalidTunedExist": (None, 1),
    "NTODegraded": (None, 1),
}, {"instance": "10.128.0.52:60000", "job": "node-tuning-operator", "namespace": "openshift-cluster-node-tuning-operator",
    "pod": "cluster-node-tuning-operator-6b8d4f7c9-x2v7q", "service": "node-tuning-operator"})
CCO = ("openshift/cloud-credential-operator", "manifests/0000_90_cloud-credential-operator_03_alertrules.yaml",
       "b187feee66f4ce0f992059b21a97a2ae88e4cdd9")
cco = {"instance": "10.130.0.23:8443", "job": "cco-metrics", "namespace": "openshift-cloud-credential-operator",
       "pod": "cloud-credential-operator-7d6f9b8c4d-m4k8z", "service": "cco-metrics"}
take(*CCO, {
    "CloudCredentialOperatorTargetNamespaceMissing": (None, 1, {"condition": "MissingTargetNamespace"}),
    "CloudCredentialOperatorProvisioningFailed": (None, 2, {"condition": "CredentialsProvisionFailure"}),
    "CloudCredentialOperatorDeprovisioningFailed": (None, 1, {"condition": "CredentialsDeprovisionFailure"}),
    "CloudCredentialOperatorInsufficientCloudCreds": (None, 3, {"condition": "InsufficientCloudCreds"}),
    "CloudCredentialOperatorStaleCredentials": (None, 1, {"condition": "StaleCredentials"}),
}, cco)
SAMPLES = ("openshift/cluster-samples-operator", "manifests/010-prometheus-rules.yaml", "eee95babd52053191e29355108f7daf149dfbf8f")
take(*SAMPLES, {
    "SamplesRetriesMissingOnImagestreamImportFailing": (None, 2, {"_query": ("\n  jboss-eap74-openjdk11-openshift\n\n  fuse7-java-openshift\n", "\n")}),
    "SamplesImagestreamImportFailing": (None, 4, {"_query": ("\n   jboss-eap74-openjdk11-openshift\n\n   fuse7-java-openshift\n",)}),
    "SamplesDegraded": (None, 1),
    "SamplesInvalidConfig": (None, 1),
    "SamplesMissingSecret": (None, 1, {"reason": "missing_secret"}),
    "SamplesMissingTBRCredential": (None, 1, {"reason": "missing_tbr_credential"}),
    "SamplesTBRInaccessibleOnBoot": (None, 1),
}, lambda name: {} if name in ("SamplesRetriesMissingOnImagestreamImportFailing", "SamplesImagestreamImportFailing") else
   {"instance": "10.129.0.31:60000", "job": "metrics", "namespace": "openshift-cluster-samples-operator",
    "pod": "cluster-samples-operator-5c8b7d9f6-qw4zt", "service": "metrics"})


# ---------------------------------------------------------------------------------------------
# openshift/cluster-dns-operator: manifests/0000_90_dns-operator_03_prometheusrules.yaml;
# openshift/cluster-authentication-operator: manifests/0000_90_cluster-authentication-operator_03_prometheusrule.yaml
DNSOP = ("openshift/cluster-dns-operator", "manifests/0000_90_dns-operator_03_prometheusrules.yaml",
         "4b8ae49940eefc50fa48da5179e735dd6ccd42d9")
take(*DNSOP, {
    "CoreDNSPanicking": (None, 1),
    "CoreDNSHealthCheckSlow": ("high_latency", 12.4),
    "CoreDNSErrorsHigh": ("dns_failure", "2.73%"),
}, {"instance": "10.130.0.5:9154", "job": "dns-default", "namespace": "openshift-dns", "pod": "dns-default-8kq2m",
    "service": "dns-default", "endpoint": "metrics"})
AUTHOP = ("openshift/cluster-authentication-operator",
          "manifests/0000_90_cluster-authentication-operator_03_prometheusrule.yaml",
          "f3df4f5b26043e7c0f2bc724cd3cbc0a2a6d14f7")
take(*AUTHOP, {
    "DeprecatedOAuthTokensInUse": (None, 14),
}, {"instance": "10.128.0.19:8443", "job": "metrics", "namespace": "openshift-authentication-operator",
    "pod": "authentication-operator-6c9f5d7b8-h7jxl", "service": "metrics"})


FILES.write("rulesets28a.jsonl")
