"""rulesets31g.jsonl: whole alerting-rule files of public projects no corpus used before (session 31,
seventh helper; identity, security and platform-infrastructure projects: container registries,
object storage, bare-metal provisioning, CI clouds).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# suvarineko/harbor-replicator: configs/monitoring/prometheus-alerts.yml (a tool that replicates
# Harbor container-registry projects between instances; its own rules for its own metrics)
HARBOR_REPLICATOR = ("suvarineko/harbor-replicator", "configs/monitoring/prometheus-alerts.yml",
                     "462787e689dcd3c3fa080a8272efe82c240098ea")
HR_QUOTA = ("a Harbor resource quota of an unnamed resource type (storage or an object count) near its "
            "limit: whether writes are refused is not said; not settled")
take(*HARBOR_REPLICATOR, {
    "HarborReplicatorSyncFailureHigh": (None, 14.29),
    "HarborReplicatorSyncFailureCritical": (None, 31.7),
    "HarborReplicatorNoSyncActivity": (None, 0),
    "HarborReplicatorSyncDurationHigh": (None, 412.7),
    "HarborReplicatorSyncDurationCritical": (None, 683.2),
    "HarborReplicatorResourceProcessingErrors": (None, 2.4),
    "HarborReplicatorAPILatencyHigh": ("high_latency", 12.84, {"source": "harbor-primary"}),
    "HarborInstanceDown": ("node_down", 0, {"instance": "harbor-dr.example.internal"}),
    "HarborReplicatorQueueSizeHigh": ("queue_backlog", 1342),
    "HarborReplicatorQueueSizeCritical": ("queue_backlog", 5876),
    "HarborReplicatorReplicationLagHigh": ("replication_lag", 4213),
    "HarborReplicatorReplicationLagCritical": ("replication_lag", 11402),
    "HarborReplicatorConfigurationDrift": (None, 14),
    "HarborReplicatorConfigurationDriftCritical": (None, 63),
    "HarborReplicatorQuotaUsageHigh": (OUT, HR_QUOTA),
    "HarborReplicatorQuotaUsageCritical": (OUT, HR_QUOTA),
    "HarborReplicatorStaleSyncData": (None, 7243),
    "HarborReplicatorStaleSyncDataCritical": (None, 21877),
    "HarborReplicatorTooManyActiveSyncs": (OUT, "sync operations in progress above 20; the backlog is only guessed ('may indicate', rule 17): not settled"),
    "HarborReplicatorAuthenticationErrors": (OUT, "authentication errors of sync calls to Harbor (credentials): neither a request error ratio nor a signature the policy settles"),
    "HarborReplicatorConnectionErrors": (OUT, "connection errors of an unnamed kind (refused, reset or timed out) of sync calls: not settled"),
    "HarborReplicatorTimeoutErrors": ("upstream_timeout", 0.34),
    "HarborReplicatorEngineDown": ("node_down", 0),
    "HarborReplicatorWorkerPoolExhausted": (OUT, "every worker of the replicator's own worker pool busy: neither a connection pool nor a measured queue; not settled"),
    "HarborReplicatorHighMemoryUsage": (OUT, "resident memory above a fixed 1 GB without a stated limit (rule 8)"),
    "HarborReplicatorHighGoroutineCount": (None, 1423),
}, {"instance": "harbor-replicator:8080", "job": "harbor-replicator"},
    {"source": "harbor-primary", "target": "harbor-dr", "resource_type": "robot_accounts", "type": "target"})


# ---------------------------------------------------------------------------------------------
# abiolaogu/MinIO: configs/prometheus/rules/minio_alerts.yml (a MinIO-based object-storage
# distribution, "MinIO Enterprise"; its own rules, matched to its Grafana dashboards);
# configs/prometheus/alert_rules.yml, listed in its README, is not in the snapshot's tree
MINIO = ("abiolaogu/MinIO", "configs/prometheus/rules/minio_alerts.yml", "736d0b99c167b3e51ef0e4222e2078da1ae31737")
MINIO_AUTH = ("authentication or authorization failures counted as security events: rejected requests or "
              "failed logins, not settled")
take(*MINIO, {
    "HighP99Latency": ("high_latency", "63.2ms", {"api": "PutObject"}),
    "HighReplicationLag": ("replication_lag", "142.7ms"),
    "LowCacheHitRate": (None, "62.4%"),
    "HighAuthFailureRate": (OUT, MINIO_AUTH),
    "HighSecurityEvents": (None, 14.2),
    "UnauthorizedAccessAttempts": (OUT, MINIO_AUTH),
    "HighAPIErrorRate": ("high_error_rate", "13.4%"),
    "HighCPUUsage": (None, 87.3),
    "HighErrorRate": (OUT, "a rate of errors of an unnamed kind (minio_errors_total), not said to be requests' (rule 8): not settled"),
    "NodeDown": ("node_down", 0),
    "HighMemoryUsage": ("out_of_memory", 14.6),
    "DiskSpaceLow": ("disk_full", "88.2%"),
    "ClusterQuorumLost": ("node_down", 2),
    "DegradedClusterPerformance": (None, 734.2),
    "ReplicationErrors": (None, 2.3),
    "CacheCorruption": (None, 0.02),
}, {"instance": "minio-2:9000", "job": "minio"})


# ---------------------------------------------------------------------------------------------
# softwarefactory-project/sf-infra: monitoring/rules-nodepool.yaml and monitoring/rules-node.yaml
# (Software Factory's infrastructure for the RDO/OpenStack CI clouds, generated by dhall-to-yaml
# from the .dhall files beside them); its other rule files hold fewer than 5 rules, and
# rules-secrets.yaml holds one alertname (SecretWillExpireInTwoWeeks) 66 times
SF_COMMIT = "1edcdd5d40fa82474e6a379201d268e85dec86f0"
# Nodepool failing to spawn or launch cloud instances, a failed image build: failed jobs are not requests (rule 10).
take("softwarefactory-project/sf-infra", "monitoring/rules-nodepool.yaml", SF_COMMIT, {
    "DibImageOutdated": (None, 259200),
    "DibImageBuildFailed": (None, 1),
    "NodepoolNodes": (None, 3),
    "NodepoolNodesByLabel": (None, 2),
    "NodepoolNodesByProvider": (None, 3),
    "NodepoolLaunchByProvider": (None, 2),
    "NodepoolLaunchByRequestor": (None, 1),
    "NodepoolLaunch": (None, 4),
}, {"instance": "nodepool-launcher.softwarefactory-project.io:8080", "job": "nodepool"},
    {"image": "cloud-centos-9-stream", "lasttime": "2026-07-02 03:14:07", "provider": "vexxhost-nodepool-tripleo",
     "label": "cloud-centos-9-stream-tripleo", "requestor": "zuul.softwarefactory-project.io", "result": "error.unknown"})

take("softwarefactory-project/sf-infra", "monitoring/rules-node.yaml", SF_COMMIT, {
    "InstanceDown": ("node_down", 0),
    "WillRunOutOfDiskInThreeDays": ("disk_full", "42.37"),
    "WillRunOutOfMemoryInThreeDays": ("out_of_memory", "38.12"),
    "InstanceOutOfMemory": ("out_of_memory", "7.42"),
    "InstanceOutOfSwap": ("out_of_memory", "402.5Mi"),
    "InstanceOutOfDisk": ("disk_full", "6.81"),
    "OOMKillerDetected": ("out_of_memory", 1),
}, {"instance": "logserver.rdoproject.org:9100", "job": "node"},
    {"device": "/dev/vda1", "mountpoint": "/", "fstype": "xfs"})


# ---------------------------------------------------------------------------------------------
# metal-stack/metal-roles: common/roles/partition-prometheus-rules/defaults/main.yaml (metal-stack,
# a bare-metal cloud; the Ansible role's defaults hold each rule group of a partition's Prometheus
# as a YAML string inside {% raw %}; the builder joins them into one rule file and fills the
# partition's external label). The node-exporter group repeats kubernetes-mixin's node rules (its
# runbook links say so): left out. control-plane/roles/monitoring/templates/prometheus-stack-values.yaml
# (a Jinja-templated Helm values file) not read.
METAL = ("metal-stack/metal-roles", "common/roles/partition-prometheus-rules/defaults/main.yaml",
         "56b5da2b5a82c4684db593ce4eb305ba4e536898")


def metal_text():
    groups = []
    for value in yaml.safe_load(show(METAL[0], METAL[2], METAL[1])).values():
        text = value.replace("{% raw %}", "").replace("{% endraw %}", "")
        for ext in ("{{ $externalLabels.partition }}", "{{$externalLabels.partition}}"):
            text = text.replace(ext, "fra-equ01")
        groups += yaml.safe_load(text)
    return yaml.safe_dump({"groups": groups}, sort_keys=False, allow_unicode=True)


NODE_MIXIN = "kubernetes-mixin's node-exporter rule copied with its runbook link: not this project's own rule"
take(*METAL, {
    "BlackboxExporterDown": ("node_down", 0),
    "PartitionPingFailure": ("node_down", 0),
    "PartitionMetalApiUnreachable": ("node_down", 0),
    "PartitionNoDnsResolution": ("dns_failure", 0),
    "TooMuchActivePrefixes": (None, 13412),
    "RoutesFlapping": (None, 143),
    "FrrDown": ("node_down", 0),
    "BgpPeerConfigurationError": (None, 1),
    "BgpMetricsStale": (None, 612),
    "HAProxyNoBackends": ("node_down", 0),
    "IPMIAccessDown": ("node_down", 0),
    "IPMISensorState": (None, 1),
    "IPMIVoltageState": (None, 1),
    "IPMIFanSpeedState": (None, 1),
    "IPMIPowerState": (OUT, "a power-state rule worded as the fan-speed rule above it ('Fan speed ... is not OK'): name and wording disagree (rule 8)"),
    "IPMITemperatureState": (None, 2),
    "IPMISystemEventLog": (None, 0.0033),
    "MetalCoreDown": ("node_down", 0),
    "LeafHasRebooted": (None, 0.00028),
    "NodeFilesystemSpaceFillingUp": (OUT, NODE_MIXIN),
    "NodeFilesystemAlmostOutOfSpace": (OUT, NODE_MIXIN),
    "NodeFilesystemFilesFillingUp": (OUT, NODE_MIXIN),
    "NodeFilesystemAlmostOutOfFiles": (OUT, NODE_MIXIN),
    "ReadOnlyFilesystem": (None, 1),
    "SystemTimeOutOfSync": (None, 14.2),
    "PixieCoreDown": ("node_down", 0),
    "SonicSwitchNotScrapable": ("node_down", 0),
}, {"instance": "fra-equ01-leaf01:9100", "job": "node-exporter", "partition": "fra-equ01"},
    {"ping_to_hostname": "fra-equ01-leaf02", "ping_to_ip": "10.1.0.12", "dns_query": "metal-stack.io",
     "dns_resolver": "1.1.1.1", "proxy": "metal-api", "type": "Power Supply", "name": "PSU2 Status",
     "device": "/dev/sda2", "switchname": "fra-equ01-leaf01", "leafpair": "fra-equ01-leaf", "peer": "Ethernet4"},
    text=metal_text())


# ---------------------------------------------------------------------------------------------
# canonical/smoke-alerts: rules/prod/prometheus/charmed_openstack_rules.rule, canonical_k8s_rules.rule
# and ceph_rules.rule (Canonical's own alert rules for Charmed OpenStack, Canonical Kubernetes and
# Ceph deployments; the Loki rule files and the recording rules beside them not read)
SMOKE_COMMIT = "b737e008cb78844aeaa345811b84526563705667"
QUOTA = {}
for kind in ("Network", "Port", "Router", "FloatingIP", "Subnet", "SecurityGroup"):
    QUOTA[f"CharmedOpenStack{kind}QuotaWarning"] = (None, "93.75")
    QUOTA[f"CharmedOpenStack{kind}QuotaExhausted"] = (None, 0)
# Neutron project quotas (an accounting allowance, rule 7) and subnet IP or subnet-pool exhaustion
# (placement capacity that is not storage, rule 17): null.
take("canonical/smoke-alerts", "rules/prod/prometheus/charmed_openstack_rules.rule", SMOKE_COMMIT, dict({
    "CharmedOpenStackSubnetIPExhaustWarning": (None, "94.12"),
    "CharmedOpenStackSubnetIPExhausted": (None, 0),
    "CharmedOpenStackSubnetPoolExhaustWarning": (None, "92.19"),
    "CharmedOpenStackSubnetPoolExhausted": (None, 0),
}, **QUOTA), {"instance": "openstack-exporter:9180", "job": "openstack-exporter"},
    {"subnet_name": "ext-subnet-01", "cidr": "203.0.113.0/24", "network_name": "ext-net",
     "subnet_pool_name": "tenant-pool-v4", "prefix_length": "26"})

take("canonical/smoke-alerts", "rules/prod/prometheus/canonical_k8s_rules.rule", SMOKE_COMMIT, {
    "CanonicalK8sFailedRequestRateIncreasing": ("high_error_rate", 7.31),
    "CanonicalK8sFailedRequestRateHigh": ("high_error_rate", 24.6),
    "CanonicalK8sFailedRequestRateCritical": ("high_error_rate", 73.08),
    "CanonicalK8sAPIServerHighLatency": ("high_latency", 1.42),
    "CanonicalK8sCoreAPIFailedRateIncreasing": ("high_error_rate", 6.12),
    "CanonicalK8sCoreAPIFailedRateHigh": ("high_error_rate", 21.4),
    "CanonicalK8sCoreAPIFailedRateCritical": ("high_error_rate", 70.9),
    "CanonicalK8sCoreAPIServerHighLatency": ("high_latency", 1.87),
}, {"cluster": "ck8s-prod", "code": "500"}, {"verb": "LIST"})

OSD_COMMIT = ("an OSD's commit latency (the time it takes to commit writes to its disk): between a "
              "store's slow operations (rule 7) and disk I/O latency (rule 5), not settled")
take("canonical/smoke-alerts", "rules/prod/prometheus/ceph_rules.rule", SMOKE_COMMIT, {
    "CephOSDDownSpecific": ("node_down", 0),
    "CephOSDDownAllOnHost": ("node_down", 1),
    "CephOSDCommitLatencyHigh": (OUT, OSD_COMMIT),
    "CephOSDCommitLatencyCritical": (OUT, OSD_COMMIT),
    "CephOSDCommitLatencyOutlier": (OUT, OSD_COMMIT),
}, {"instance": "10.20.0.31:9283", "job": "ceph-mgr", "ceph_daemon": "osd.17", "hostname": "stor-node-03"})


# ---------------------------------------------------------------------------------------------
# ucupcreativenetwork-glitch/dashboardgravana-monitoring: prometheus/rules/infrastructure.yml and
# services.yml (a Proxmox-hosted self-hosting stack's own rules; Prometheus fills $externalURL in
# their dashboard links, here with a made-up address); proxmox.yml (4 rules), containers.yml and
# application.yml not read
UCUP = ("ucupcreativenetwork-glitch/dashboardgravana-monitoring", "d518c858dc1ce300bc3a4c32da452638f1b314bb")


def ucup_text(path):
    return show(UCUP[0], UCUP[1], path).replace("{{ $externalURL }}", "https://prometheus.home.lan")


take(UCUP[0], "prometheus/rules/infrastructure.yml", UCUP[1], {
    "NodeDown": ("node_down", 0),
    "NodeHighCPU": (None, "88.4"),
    "NodeCriticalCPU": (None, "96.7"),
    "NodeHighMemory": ("out_of_memory", "92.3"),
    "NodeCriticalMemory": ("out_of_memory", "97.8"),
    "NodeHighLoad": (None, "2.41"),
    "FilesystemAlmostFull": ("disk_full", "12.4"),
    "FilesystemCritical": ("disk_full", "3.7"),
    "FilesystemReadOnly": (None, 1),
    "DiskHighIO": (None, "0.93"),
}, {"instance": "pve-01:9100", "job": "node-exporter"},
    {"mountpoint": "/var/lib/vz", "device": "nvme0n1"}, text=ucup_text("prometheus/rules/infrastructure.yml"))

take(UCUP[0], "prometheus/rules/services.yml", UCUP[1], {
    "MariaDBDown": ("node_down", 0, {"instance": "mariadb:9104", "job": "mysql"}),
    "RedisDown": ("node_down", 0, {"instance": "redis:9121", "job": "redis"}),
    "RedisHighMemory": ("out_of_memory", "93.4", {"instance": "redis:9121", "job": "redis"}),
    "NextcloudDown": ("node_down", 0, {"instance": "https://nextcloud.home.lan/status.php", "job": "blackbox-http"}),
    "ImmichDown": ("node_down", 0, {"instance": "https://immich.home.lan/api/server/ping", "job": "blackbox-http"}),
    "ShinobiDown": ("node_down", 0, {"instance": "http://shinobi.home.lan:8080", "job": "blackbox-http"}),
    "PfSenseDown": ("node_down", 0, {"instance": "pfsense.home.lan", "job": "blackbox-icmp"}),
    "MikrotikDown": ("node_down", 0, {"instance": "mikrotik-core.home.lan", "job": "blackbox-icmp"}),
    "CloudflareExporterDown": ("node_down", 0, {"instance": "cloudflare-exporter:8080", "job": "cloudflare"}),
    "DomainExpirationSoon": (OUT, "named for a domain's expiry ('Domain or cert expiring soon') while it measures a TLS certificate's expiry: name and expression disagree (rule 8)"),
    "UPSOnBattery": (None, 0, {"instance": "nut-exporter:9199", "job": "nut"}),
    "UPSBatteryLow": (None, "24", {"instance": "nut-exporter:9199", "job": "nut"}),
    "SMARTFailing": (None, 0),
    "HighTemperature": (None, "87.5"),
    "BackupFailed": (None, 1, {"instance": "pbs-01:9100", "job": "node-exporter"}),
    "SnapshotFailed": (None, 1, {"instance": "pve-01:9221", "job": "pve"}),
    "HTTP500RateHigh": ("high_error_rate", "0.07", {"instance": "nextcloud:80"}),
    "APIFailure": ("node_down", 0, {"instance": "https://immich.home.lan/api/server/ping", "job": "blackbox-http"}),
}, {"instance": "pve-01:9100", "job": "node-exporter"},
    {"disk": "/dev/sdb", "sensor": "temp1"}, text=ucup_text("prometheus/rules/services.yml"))


# ---------------------------------------------------------------------------------------------
# samueljackson-collab/Portfolio-Project: projects/01-sde-devops/PRJ-SDE-002/assets/configs/alert-rules.yml
# (a homelab's observability and Proxmox Backup Server stack, its consolidated own rules); the
# other rule files of the project (prometheus/alerts/*.yml, 4 rules each; configs/alerts/demo-alerts.yml,
# a generic demo set) not read
take("samueljackson-collab/Portfolio-Project", "projects/01-sde-devops/PRJ-SDE-002/assets/configs/alert-rules.yml",
     "d971091eeb2c10bbf6ec07491640762cb6d5a5d3", {
    "APILatencyBurn": ("high_latency", 0.412, {"service": "demo-api", "job": "demo-api", "instance": "demo-api:8080"}),
    "LogIngestDrop": (None, 0.21, {"service": "loki", "job": "loki", "instance": "loki:3100"}),
    "PBSBackupFailure": (None, 1, {"instance": "pbs-01:10019", "job": "pbs", "task_type": "backup"}),
    "PBSRetentionDrift": (None, 1, {"instance": "pbs-01:10019", "job": "pbs"}),
    "PBSRepositoryCapacityRisk": ("disk_full", 0.91, {"instance": "pbs-01:10019", "job": "pbs", "datastore": "backup-main"}),
    "NodeFilesystemFilling": ("disk_full", 0.118),
    "PrometheusScrapeErrors": (None, 0, {"instance": "localhost:9090", "job": "prometheus"}),
}, {"instance": "pve-node-01:9100", "job": "node-exporter"}, {"mountpoint": "/var/lib/vz"})


# ---------------------------------------------------------------------------------------------
# CurryBaxter/DB-Stack: prometheus/alerts/backup.yml (a PostgreSQL stack's own rules for its
# pgBackRest backups and WAL archiving); host.yml and postgres.yml (not backup tooling) not read


def dbstack_series(name):
    if name.startswith("WAL"):
        return {"instance": "postgres-exporter:9187", "job": "postgres"}
    return {"instance": "db-stack-01:9100", "job": "node", "stanza": "main"}


take("CurryBaxter/DB-Stack", "prometheus/alerts/backup.yml", "5cd9585ff2400f5eb5efe985699fc9042b21ed91", {
    "BackupTooOld": (None, "1d 2h 14m 5s"),
    "BackupCriticallyOld": (None, "2d 3h 41m 9s"),
    "BackupRepoUnhealthy": (None, 0),
    "BackupCollectorDown": (None, 1),
    "WALArchivingFailing": (None, 3),
    "WALArchivingStalled": (None, 0),
}, dbstack_series)


if __name__ == "__main__":
    FILES.write("rulesets31g.jsonl")
