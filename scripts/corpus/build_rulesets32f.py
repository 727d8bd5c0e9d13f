"""rulesets32f.jsonl: whole alerting-rule files of public projects no corpus used before (session 32,
sixth helper; mail, chat, fediverse and collaboration platforms' own rules).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# canonical/synapse-operator: src/prometheus_alert_rules/synapse.rule (the Juju charm of the Matrix
# Synapse homeserver; its recording rules come from Synapse's contrib file, its alerting rules are
# the charm's own, the first worded after awesome-prometheus-alerts' target-missing rule)
SYNAPSE = ("canonical/synapse-operator", "src/prometheus_alert_rules/synapse.rule", "a0816877eea776d3c50bc1c1d0c1e97258667bd1")
take(*SYNAPSE, {
    "SynapseTargetMissing": ("node_down", 0),
    "SynapseHighCpuUtilization": (None, 94.31),
    "SynapseHighMemoryUtilization": (OUT, "resident memory above a fixed 3 GB without a stated limit (rule 8)"),
    "SynapseTooManyOpenFiles": (OUT, "open file descriptors above a fixed 1024 without a stated limit (rule 8)"),
    "SynapseHighHttp5xxErrorRate": ("high_error_rate", 7.84),
    "SynapseProcessNewPulledEventHighCPU": (None, 2.63),
    "SynapseUnitsChanged": (OUT, "the number of charm units changed (scaled by an operator or units missing, it says): not settled"),
    "SynapseHighEventRate": (None, 0.87, {"type": "m.room.member"}),
}, {"instance": "synapse-0.synapse-endpoints.matrix.svc:9000", "job": "juju_matrix_synapse_prometheus_scrape",
    "juju_charm": "synapse", "juju_model": "matrix", "juju_unit": "synapse/0"})


# ---------------------------------------------------------------------------------------------
# uMailServer/uMailServer: deploy/docker/production/config/prometheus/alert_rules.yml (the uMailServer
# all-in-one Go mail server's own production rules: queue, disk, TLS, SMTP/IMAP, health)
UMAIL = ("uMailServer/uMailServer", "deploy/docker/production/config/prometheus/alert_rules.yml", "f2add9c7cd426b3f79a1bd762d08bc633f526454")
CONN_ERRORS = "connection errors of the server's own {} listener per second (network-level, neither requests nor a named cause): not settled"
take(*UMAIL, {
    "QueueDepthHigh": ("queue_backlog", 143),
    "QueueDepthCritical": ("queue_backlog", 612),
    "DiskSpaceLow": ("disk_full", 812646400),
    "TLSCertExpiringSoon": ("certificate_expiry", 5),
    "AuthFailureRateHigh": (OUT, "failed logins per second (a brute-force attempt or misconfigured clients): not settled"),
    "SMTPConnectionErrors": (OUT, CONN_ERRORS.format("SMTP")),
    "IMAPConnectionErrors": (OUT, CONN_ERRORS.format("IMAP")),
    "ServerUnhealthy": (OUT, "the application's own health status gauge not 1: an application's unhealthy status is not settled (rule 9)"),
}, {"instance": "umailserver:9090", "job": "umailserver"})


# ---------------------------------------------------------------------------------------------
# canonical/mattermost-k8s-operator: cos_custom/prometheus_alert_rules/mattermost.rule and
# cos_custom/loki_alert_rules/mattermost_logs.rule (the Mattermost charm's own metric and log rules;
# the log rules' `%%juju_topology%%` placeholder is filled by the charm library at run time and is
# inside the expression only)
MM = "canonical/mattermost-k8s-operator"
MM_COMMIT = "adcde42c2d74019a20e741cf5e8dd08993c78f2f"
MM_BASE = {"instance": "mattermost-k8s-0.mattermost-k8s-endpoints.chat.svc:8067", "job": "juju_chat_mattermost_k8s_prometheus_scrape",
           "juju_charm": "mattermost-k8s", "juju_model": "chat", "juju_unit": "mattermost-k8s/0"}
take(MM, "cos_custom/prometheus_alert_rules/mattermost.rule", MM_COMMIT, {
    "MattermostHighCpuUtilization": (None, 91.7),
    "MattermostHighMemoryUsage": (OUT, "resident memory above a fixed 4000 MB without a stated limit (rule 8)"),
    "MattermostHighGoroutinesCount": (None, 6214),
    "MattermostHighApiErrorsPerSecond": ("high_error_rate", 14.6),
    "MattermostHighMeanApiRequestTime": ("high_latency", 1.92),
}, MM_BASE)
take(MM, "cos_custom/loki_alert_rules/mattermost_logs.rule", MM_COMMIT, {
    "MattermostFatalOrPanicLogs": (None, 0.025),
    "MattermostDatabaseErrors": (None, 1.37),
    "MattermostLogErrorsSpike": (None, 842),
    "MattermostPluginFailureSpike": (None, 37),
    "MattermostAuthFailureFlood": (None, 64),
}, MM_BASE)


# ---------------------------------------------------------------------------------------------
# krishna-perugupalli/wordpress-eks: modules/observability/alerts/{wordpress,aws,kubernetes,cost}-alerts.yaml
# (a WordPress hosting platform on EKS: its own rules for the WordPress application, the AWS services
# behind it read through YACE, the cluster it runs on and cost proxies; the file's commented-out
# billing rules are not rules). Its descriptions print `humanizePercentage` of values already
# multiplied by 100, so the values below are what Prometheus prints for them ("731%" for 7.31).
WP = "krishna-perugupalli/wordpress-eks"
WP_COMMIT = "8aca2345902cd3fa991b48a33de3ef39a508ac9d"
WP_DIR = "modules/observability/alerts/"
KSM = {"instance": "10.0.8.31:8080", "job": "kube-state-metrics"}
REPLICAS = "available replicas of the WordPress deployment below its desired count (pods crash-looping or unavailable, it says): not settled"
take(WP, WP_DIR + "wordpress-alerts.yaml", WP_COMMIT, {
    "WordPressHighErrorRate": ("high_error_rate", "731%"),
    "WordPressHighLatency": ("high_latency", "3.412s"),
    "WordPressPodUnavailable": (OUT, REPLICAS),
    "WordPressPodRestartRate": ("crash_loop", 5, KSM),
    "WordPressExporterDown": ("node_down", 0),
}, {"instance": "10.0.12.44:9117", "job": "wordpress-metrics", "namespace": "wordpress", "pod": "wordpress-7c9f8d6b5-x2kqp"},
    {"deployment": "wordpress"})

YACE = {"instance": "yace-exporter.observability.svc:5000", "job": "yace"}
take(WP, WP_DIR + "aws-alerts.yaml", WP_COMMIT, {
    "RDSCPUUtilizationHigh": (None, "8473%", {"dbinstance_identifier": "wordpress-aurora-writer"}),
    "RDSConnectionCountHigh": (OUT, "database connections above a fixed 400 without a stated limit (rule 7); the pool exhaustion it names is a guess (rule 17)"),
    "ElastiCacheMemoryUsageHigh": ("out_of_memory", "8791%", {"cache_cluster_id": "wordpress-redis-001"}),
    "ElastiCacheEvictionRateHigh": ("out_of_memory", "142.3", {"cache_cluster_id": "wordpress-redis-001"}),
    "ALBTargetErrorRateHigh": ("high_error_rate", "623%", {"load_balancer": "app/k8s-wordpress-ingress/4f1c2a9b7d3e6f80"}),
    "RDSFreeableMemoryLow": (OUT, "freeable memory below a fixed 1 GB without a stated limit (rule 8)"),
    "ElastiCacheCPUUtilizationHigh": (None, "8612%", {"cache_cluster_id": "wordpress-redis-001"}),
    "ALBResponseTimeHigh": ("high_latency", "2.734s", {"load_balancer": "app/k8s-wordpress-ingress/4f1c2a9b7d3e6f80"}),
    "ALBUnhealthyTargets": ("node_down", 2, {"load_balancer": "app/k8s-wordpress-ingress/4f1c2a9b7d3e6f80"}),
    "ElastiCacheConnectionCountHigh": (OUT, "cache connections above a fixed 1000 without a stated limit (rule 7)"),
}, YACE)

take(WP, WP_DIR + "kubernetes-alerts.yaml", WP_COMMIT, {
    "KubernetesNodeCPUUsageHigh": (None, "9124%"),
    "KubernetesNodeMemoryUsageHigh": ("out_of_memory", "9337%"),
    "KubernetesWordPressPodSchedulingFailures": (None, 1, dict(KSM, namespace="wordpress", pod="wordpress-7c9f8d6b5-m8wzt", phase="Pending")),
    "KubernetesWordPressPVUsageHigh": ("disk_full", "8868%", {"instance": "ip-10-0-21-87.eu-west-1.compute.internal", "job": "kubelet", "namespace": "wordpress", "persistentvolumeclaim": "wordpress-uploads"}),
    "KarpenterNodeProvisioningFailures": (OUT, "no node created while pods wait (a provisioner not provisioning; placement capacity or a failure, not said): not settled"),
    "KubernetesAPIServerDown": ("node_down", 0, {"instance": "10.0.0.12:443", "job": "kubernetes-apiservers"}),
    "KubernetesNodeNotReady": ("node_down", 0, dict(KSM, node="ip-10-0-21-87.eu-west-1.compute.internal", condition="Ready", status="true")),
    "KubernetesPodCrashLooping": ("crash_loop", 7, dict(KSM, namespace="wordpress", pod="wordpress-7c9f8d6b5-x2kqp", container="wordpress")),
    "KubernetesDeploymentReplicaMismatch": (OUT, REPLICAS),
}, {"instance": "10.0.21.87:9100", "job": "node-exporter"})

take(WP, WP_DIR + "cost-alerts.yaml", WP_COMMIT, {
    "ResourceUsageIncreaseHigh": (None, "6124%"),
    "HighResourceUtilizationSustained": (None, 74.1, {"_query": ["7410%", "8234%", "1214/hr"]}),
    "EKSWorkloadResourceIncreaseHigh": (None, "4231%", {"_query": ["1342/hr", "186 conn", "412 conn"]}),
}, lambda name: {})  # ratios of averages: the alerts keep no series labels


# ---------------------------------------------------------------------------------------------
# Canepro/rocketchat-k8s-deployment: aks/monitoring/rocket-chat-alerts.yaml (a Rocket.Chat
# deployment on AKS: its own PrometheusRule for Rocket.Chat, its microservices and MongoDB)
RC = ("Canepro/rocketchat-k8s-deployment", "aks/monitoring/rocket-chat-alerts.yaml", "80745deb3651f38bf8be946304f228aa26b29cc1")
RC_APP = {"instance": "10.244.2.31:9458", "job": "rocketchat", "namespace": "rocketchat", "pod": "rocketchat-rocketchat-6d5b9c7f8-q4lzn"}
RC_MONGO = {"instance": "10.244.2.40:9216", "job": "mongodb-exporter", "namespace": "rocketchat", "pod": "mongodb-0"}
RC_KUBELET = {"instance": "aks-nodepool1-31778897-vmss000000", "job": "kubelet", "namespace": "rocketchat"}
RC_BLACKBOX = {"instance": "https://chat.canepro.me", "job": "blackbox", "namespace": "monitoring", "service": "monitoring-ingress"}


def rc_series(name):
    if "Storage" in name:
        return RC_KUBELET
    if name.startswith("MongoDB"):
        return RC_MONGO
    if name == "RocketChatIngressDown":
        return RC_BLACKBOX
    return RC_APP


RC_KSM = {"instance": "10.244.1.17:8080", "job": "kube-state-metrics", "namespace": "rocketchat", "pod": "rocketchat-rocketchat-6d5b9c7f8-q4lzn", "container": "rocketchat"}
take(*RC, {
    "RocketChatDown": ("node_down", 0),
    "MongoDBConnectionIssues": ("node_down", 0),
    "RocketChatHighCPU": (None, 0.873, {"pod": "rocketchat-rocketchat-6d5b9c7f8-q4lzn"}),
    "RocketChatHighMemory": ("out_of_memory", 0.934, {"pod": "rocketchat-rocketchat-6d5b9c7f8-q4lzn"}),
    "RocketChatPodRestarting": ("crash_loop", 3, RC_KSM),
    "RocketChatMicroserviceDown": ("node_down", 0),
    "MongoDBConnectionPoolExhausted": ("connection_pool_exhaustion", 3),
    "MongoDBHighConnectionUsage": ("connection_pool_exhaustion", "84.21%"),
    "MongoDBHighCPU": (None, 0.861, {"pod": "mongodb-0"}),
    "MongoDBHighMemory": ("out_of_memory", 0.917, {"pod": "mongodb-0"}),
    "MongoDBSlowQueries": (OUT, "named slow queries, computes the query rate (\"high query volume\"): name and expression disagree (rule 8)"),
    "MongoDBReplicationLag": ("replication_lag", 14, {"set": "rs0", "name": "mongodb-1.mongodb-headless.rocketchat.svc.cluster.local:27017", "state": "SECONDARY"}),
    "RocketChatStorageUsageHigh": ("disk_full", 0.883, {"persistentvolumeclaim": "rocketchat-uploads"}),
    "MongoDBStorageUsageHigh": ("disk_full", 0.932, {"persistentvolumeclaim": "mongodb-datadir-mongodb-0"}),
    "RocketChatIngressDown": ("node_down", 0),
    "RocketChatHighResponseTime": ("high_latency", 6.21),
    "RocketChatLowActiveUsers": (None, 0),
    "RocketChatMessageRateLow": (None, 0.04),
    "RocketChatHighMessageVolume": (None, 27.3),
    "RocketChatLowUserEngagement": (None, 1),
    "RocketChatContainerRestartsHigh": ("crash_loop", 4, RC_KSM),
    "RocketChatOOMKills": ("out_of_memory", 1, dict(RC_KSM, reason="OOMKilled")),
    "RocketChatNetworkErrors": (OUT, "containers terminated with a reason matching Network|DNS|Timeout (no such termination reason is named by the platform; which failure, not said): not settled"),
    "RocketChatSlowResponsePattern": (OUT, "high message volume together with container restarts (a performance pattern, neither a restart loop nor latency measured): not settled"),
    "HighResourceUtilization": (OUT, "average CPU or memory utilisation of the namespace (either one, reviewed for cost): not settled"),
}, rc_series)


# ---------------------------------------------------------------------------------------------
# rest-mail/rest-mail-server: monitoring/alerting-rules.yml (the REST Mail server's own rules:
# outbound queue, certificates, authentication, its HTTP API and queue workers)
RESTMAIL = ("rest-mail/rest-mail-server", "monitoring/alerting-rules.yml", "52df06890460e795165727755e0b253d9b684fe7")
take(*RESTMAIL, {
    "QueueBacklogHigh": ("queue_backlog", 1342),
    "CertificateExpiringSoon": ("certificate_expiry", 5, {"domain": "mail.example.org"}),
    "AuthFailureRateHigh": (OUT, "failed logins per protocol (\"Possible brute-force attempt\"): not settled"),
    "HTTPErrorRateHigh": ("high_error_rate", "7.314%"),
    "APIResponseTimeSlow": ("high_latency", 2.84),
    "QueueErrorRateHigh": (None, 0.27),
    "QueueWorkerStalled": ("queue_backlog", 0),
}, {"instance": "restmail-api:9090", "job": "restmail"}, {"protocol": "imap"})


# ---------------------------------------------------------------------------------------------
# yamisskey-dev/yamisskey-ansible: ansible_collections/yamisskey/servers/roles/monitor/templates/rules/alerts.yml.j2
# (the yamisskey Misskey instance's own monitoring role: host, container, service and probe rules).
# The template's only Jinja is a block (`[# if domain != 'test.local' ... #]`/`[# endif #]`)
# around the blackbox group; for the instance's real domain it is rendered, so the builder drops
# the two block lines and keeps the group.
YAMI = ("yamisskey-dev/yamisskey-ansible", "ansible_collections/yamisskey/servers/roles/monitor/templates/rules/alerts.yml.j2",
        "d27381a654b694381bfe1eda16f2aa9df874167a")
YAMI_TEXT = "".join(line for line in show(YAMI[0], YAMI[2], YAMI[1]).splitlines(True) if not line.startswith("[#"))


def yami_series(name):
    if name.startswith("Container"):
        return {"instance": "cadvisor:8080", "job": "cadvisor", "name": "misskey-web-1"}
    if name in ("EndpointDown", "SlowResponse") or name.startswith("SSLCert"):
        return {"instance": "https://yami.ski", "job": "blackbox"}
    if name == "PrometheusDown":
        return {"instance": "localhost:9090", "job": "prometheus"}
    if name == "AlertManagerDown":
        return {"instance": "alertmanager:9093", "job": "alertmanager"}
    return {"instance": "balthasar:9100", "job": "node-exporters"}


take(*YAMI, {
    "InstanceDown": ("node_down", 0),
    "HighCpuUsage": (None, "87.3"),
    "HighMemoryUsage": ("out_of_memory", "84.6"),
    "DiskSpaceLow": ("disk_full", "14.2", {"mountpoint": "/", "device": "/dev/sda2", "fstype": "ext4"}),
    "DiskSpaceCritical": ("disk_full", "7.8", {"mountpoint": "/var/lib/docker", "device": "/dev/sdb1", "fstype": "xfs"}),
    "ContainerDown": ("node_down", 0, {"name": ""}),
    "ContainerHighCpu": (None, "91.4"),
    "ContainerHighMemory": ("out_of_memory", "86.4"),
    "ContainerRestarted": ("crash_loop", 4),
    "PrometheusDown": ("node_down", 0),
    "AlertManagerDown": ("node_down", 0),
    "EndpointDown": ("node_down", 0),
    "SlowResponse": ("high_latency", "6.83"),
    "SSLCertExpiringSoon": ("certificate_expiry", 1036800),
    "SSLCertExpiryCritical": ("certificate_expiry", 432000),
}, yami_series, text=YAMI_TEXT)


# ---------------------------------------------------------------------------------------------
# cabalmail/cabal-infra: docker/prometheus/rules/alerts.yml (the Cabalmail self-hosted mail
# system's own rules: its AWS API/Lambda/DynamoDB/EFS/ECS services, blackbox probes of its mail
# endpoints, hosts, and sendmail/Dovecot log-derived counts)
CABAL = ("cabalmail/cabal-infra", "docker/prometheus/rules/alerts.yml", "56bdbf2e9eea076220e58e7dbb845bac12d62a5b")


def cabal_series(name):
    if name.startswith("Blackbox"):
        return {"instance": "smtp-out.cabalmail.net:465", "job": "blackbox-smtp-tls"}
    if name == "NodeDiskSpaceLow":
        return {"instance": "10.0.3.142:9100", "job": "node-exporter", "mountpoint": "/", "fstype": "ext4", "device": "/dev/nvme0n1p1"}
    if name.startswith("Node"):
        return {"instance": "10.0.3.142:9100", "job": "node-exporter"}
    if name == "EFSBurstCreditsLow":
        return {"instance": "cloudwatch-exporter:9106", "job": "cloudwatch", "file_system_id": "fs-0a1b2c3d4e5f67890"}
    return {"instance": "cloudwatch-exporter:9106", "job": "cloudwatch", "service_name": "cabal-imap", "cluster_name": "cabal-mail"}


take(*CABAL, {
    "Lambda5xxSpike": ("high_error_rate", 0.0731),
    "LambdaThrottles": ("rate_limited", 0.42),
    "LambdaErrors": (OUT, "invocation errors of every Lambda (API handlers and scheduled or monitoring functions alike): errors of requests or failed jobs, not settled"),
    "DynamoDBThrottling": ("rate_limited", 17),
    "DynamoDBSystemErrors": ("high_error_rate", 3),
    "EFSBurstCreditsLow": (None, 1.71e10),
    "ContainerRestartLoop": (OUT, "running ECS tasks below the desired count for an hour (\"likely a crash loop\" is the description's guess, rule 17): not settled"),
    "BlackboxProbeFailure": ("node_down", 0),
    "BlackboxTLSCertExpiringSoonWarning": ("certificate_expiry", 1512000),
    "BlackboxTLSCertExpiringSoonCritical": ("certificate_expiry", 518400),
    "NodeHighCPU": (None, 91.3),
    "NodeHighMemory": ("out_of_memory", 88.6),
    "NodeDiskSpaceLow": ("disk_full", 89.2),
    "SendmailDeferredSpike": (None, 23),
    "SendmailBouncedSpike": (None, 31),
    "IMAPAuthFailureSpike": (None, 48),
}, cabal_series, {"api_name": "cabal_gateway", "stage": "prod", "function_name": "fetch_message", "table_name": "cabal-addresses"})


# ---------------------------------------------------------------------------------------------
# Canepro/rocketchat-k8s: ops/manifests/grafana-alerts-maintenance-jobs.yaml (the same author's
# later Rocket.Chat cluster repository: its own rules for the cluster's maintenance CronJobs;
# a separate repository, so a separate project)
RCM = ("Canepro/rocketchat-k8s", "ops/manifests/grafana-alerts-maintenance-jobs.yaml", "9c2d2e753090f452adf94584f138f3ded3251452")
take(*RCM, {
    "StalePodCleanupNotRunning": (None, "3d 1h 3m 20s", {"cronjob": "aks-stale-pod-cleanup"}),
    "ImagePruneNotRunning": (None, "8d 2h 26m 40s", {"cronjob": "k3s-image-prune"}),
    "MaintenanceJobFailed": (None, 1, {"job_name": "aks-stale-pod-cleanup-29441700"}),
    "MaintenanceJobRunningLong": (None, "12m 22s", {"job_name": "k3s-image-prune-29440980"}),
    "ManyStalePods": (None, 27),
}, {"instance": "10.244.1.17:8080", "job": "kube-state-metrics", "namespace": "monitoring"})


FILES.write("rulesets32f.jsonl")
