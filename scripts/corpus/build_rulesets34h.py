"""rulesets34h.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
helper h; platform teams' GitOps and fleet repositories: the rules a team wrote for its own
applications and infrastructure in its Flux/Argo CD/ytt cluster repository, not the upstream
mixin rules such repositories vendor).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# JamesClonk/k8s-infrastructure: templates/prometheus/templates/configmap.yaml (a personal
# Kubernetes platform repository deployed with ytt/kapp; the ytt overlay puts the team's own
# `alerting_rules.yml` into the Prometheus server's ConfigMap: cluster capacity, cert-manager,
# PostgreSQL, the backman backup service and the owner's own applications). The rules are the
# ConfigMap's `alerting_rules.yml` string, read from the overlay document that holds it.
JC = ("JamesClonk/k8s-infrastructure", "templates/prometheus/templates/configmap.yaml",
      "b94bd2e90962c81229fe42ca6a3c403921e16a9d")


def jc_text():
    docs = [d for d in yaml.safe_load_all(show(JC[0], JC[2], JC[1]))
            if isinstance(d, dict) and "alerting_rules.yml" in (d.get("data") or {})]
    return docs[0]["data"]["alerting_rules.yml"]


def jc_series(name):
    if name in ("CPU_Usage", "Memory_Usage"):  # sum(...) over the cluster
        return {}
    if name.startswith("PostgreSQL_") or name == "Instance_Down":
        return {"instance": "postgres-exporter.postgres.svc:9187", "job": "postgres-exporter",
                "namespace": "postgres", "datname": "jcio"} if name != "Instance_Down" else \
            {"instance": "10.42.0.37:8080", "job": "kubernetes-service-endpoints", "namespace": "home-info",
             "service": "home-info-dashboard"}
    if name in ("Visualizer_Error", "Client_Error", "Collector_Error", "Client_Login_Failure"):
        return {"instance": "10.42.0.51:8080", "job": "kubernetes-pods", "namespace": "irvisualizer",
                "app_kubernetes_io_component": "ircollector" if name != "Visualizer_Error" else "irvisualizer",
                "pod": "ircollector-7d9c5b6f4-x2kqp"}
    return {"instance": "10.42.0.44:8080", "job": "kubernetes-pods", "namespace": "jcio", "app": "jcio-frontend",
            "pod": "jcio-frontend-6b8f9c7d5-mz4tl"}


take(*JC, {
    "Instance_Down": ("node_down", 0),
    "CPU_Requests": (None, 88.6),
    "CPU_Usage": (None, 64),
    "Memory_Requests": (None, 74.2),
    "Memory_Usage": ("out_of_memory", 73),
    "Disk_Usage": ("disk_full", 76),
    "PVC_Usage": ("disk_full", 82.41305541992188),
    "Certificate_Expiration": ("certificate_expiry", "6.874"),
    "PostgreSQL_MaxConnectionsReached": ("connection_pool_exhaustion", 96),
    "PostgreSQL_HighConnections": ("connection_pool_exhaustion", 78),
    "PostgreSQL_Down": ("node_down", 0),
    "PostgreSQL_SlowQueries": ("high_latency", 143.2),
    "PostgreSQL_QPS": (None, 1287.4),
    "Backup_Failure": (None, 0.0000115),
    "Backup_Filesize": (None, "48.83ki"),
    "Frontend_Newsfeed_Failure": (OUT, "rate of an application's newsfeed failures (fetching an external feed, a job of the app rather than requests it serves or a stated error ratio): not settled"),
    "Stdlib_Newsreader_Failure": (OUT, "rate of a newsreader's feed failures (as Frontend_Newsfeed_Failure): not settled"),
    "Alerting_Error": (OUT, "an application's own alerting-feature errors (its internal operation, not requests): not settled"),
    "Sensor_Error": (OUT, "errors reading home sensors (a device read, not requests): not settled"),
    "Visualizer_Error": (OUT, "a visualizer's own generic errors counter (no requests named): not settled"),
    "Client_Login_Failure": (OUT, "an API client's login (authentication) failures: not settled"),
    "Client_Error": ("high_error_rate", 0.18),
    "Collector_Error": (OUT, "a collector's own generic errors counter (no requests named): not settled"),
}, jc_series, {"node": "k8s-worker-2", "device": "/dev/sda1", "persistentvolumeclaim": "postgres-data",
               "name": "jamesclonk-io-tls", "type": "postgres"}, text=jc_text())


# ---------------------------------------------------------------------------------------------
# purplespacecat/homelab: infrastructure/monitoring/{alerts,flux-alerts,jellyfin-alerts}.yaml (a
# Flux-managed single-node homelab cluster; three PrometheusRules of its own: node resources and
# pods, Flux's sources and reconciliations through kube-state-metrics' custom resource state, and
# Jellyfin). FluxReconciliationFailure's description pipes a label through `toLower`, which the
# builder renders for its made-up kind ("Kustomization" -> "kustomization") before the templates
# are filled.
PSC = ("purplespacecat/homelab", "efe5ba404bd1c3875bbdd4aa46516b7411f64e7d")
PSC_NODE = {"instance": "192.168.1.50:9100", "job": "node-exporter"}
take(PSC[0], "infrastructure/monitoring/alerts.yaml", PSC[1], {
    "HighCPUUsage": (None, "91.3"),
    "HighMemoryUsage": ("out_of_memory", "88.7"),
    "DiskSpaceLow": ("disk_full", "89.2", {"device": "/dev/nvme0n1p2", "fstype": "ext4", "mountpoint": "/"}),
    "NfsSpaceLow": ("disk_full", "83.4", {"device": "192.168.1.50:/srv/nfs", "fstype": "nfs4", "mountpoint": "/data"}),
    "PodCrashLooping": ("crash_loop", "4", {"instance": "10.42.0.12:8080", "job": "kube-state-metrics",
                                            "namespace": "media", "pod": "sonarr-5f7b9d8c4-2lkq9", "container": "sonarr"}),
    "PodNotReady": (OUT, "a pod not ready (readiness of a pod, no restarts or down target named): not settled"),
    "PVCAlmostFull": ("disk_full", "91.6", {"instance": "192.168.1.50:10250", "job": "kubelet", "namespace": "media",
                                            "persistentvolumeclaim": "jellyfin-config"}),
}, PSC_NODE)
take(PSC[0], "infrastructure/monitoring/flux-alerts.yaml", PSC[1], {
    "FluxGitSourceNotReady": (None, 1),
    "FluxReconciliationFailure": (None, 1),
    "FluxMetricsAbsent": (None, 1),
}, lambda name: {
    "FluxGitSourceNotReady": {"name": "flux-system", "exported_namespace": "flux-system",
                              "url": "ssh://git@github.com/purplespacecat/homelab"},
    "FluxReconciliationFailure": {"name": "apps", "exported_namespace": "flux-system", "customresource_kind": "Kustomization"},
    "FluxMetricsAbsent": {"customresource_kind": "GitRepository"},
}[name], text=show(PSC[0], PSC[1], "infrastructure/monitoring/flux-alerts.yaml").replace(
    "{{ $labels.customresource_kind | toLower }}", "kustomization"))
take(PSC[0], "infrastructure/monitoring/jellyfin-alerts.yaml", PSC[1], {
    "JellyfinMediaMountGone": (None, 1),
    "JellyfinRestarted": (None, "1"),
    "JellyfinMemoryNearLimit": ("out_of_memory", "93.41%"),
}, lambda name: {
    "JellyfinMediaMountGone": {"mountpoint": "/mnt/media"},
    "JellyfinRestarted": {"instance": "10.42.0.12:8080", "job": "kube-state-metrics", "namespace": "media",
                          "pod": "jellyfin-6c9d7f8b5-wq8xn", "container": "jellyfin"},
    "JellyfinMemoryNearLimit": {"namespace": "media", "pod": "jellyfin-6c9d7f8b5-wq8xn"},
}[name])


# ---------------------------------------------------------------------------------------------
# dlowkeen/homelab: infrastructure/monitoring/custom-alerts.yaml (a Flux-managed homelab cluster;
# the owner's own PrometheusRule `homelab-alerts` beside the kube-prometheus-stack release: node
# resources, pods, its Immich and Karakeep services, blackbox certificate expiry, scrape targets)
DLK_NODE = {"instance": "192.168.86.40:9100", "job": "node-exporter"}
DLK_POD = {"instance": "10.42.1.17:8080", "job": "kube-state-metrics", "namespace": "immich",
           "pod": "immich-server-7c9f6d8b5d-h4x2m", "container": "immich-server"}
take("dlowkeen/homelab", "infrastructure/monitoring/custom-alerts.yaml", "fc67b3822820abf0cd5fbbafdc3eb6f4676c5762", {
    "PodOOMKilled": ("out_of_memory", 1, dict(DLK_POD, reason="OOMKilled")),
    "HighMemoryUsage": ("out_of_memory", 0.9312),
    "HighCPUUsage": (None, 88.4),
    "DiskSpaceCritical": ("disk_full", 0.0734, {"device": "/dev/sda2", "fstype": "ext4", "mountpoint": "/"}),
    "NodeDown": ("node_down", 0),
    "PodCrashLooping": ("crash_loop", 5, DLK_POD),
    "HighMemoryUsageWarning": ("out_of_memory", 0.8246),
    "HighCPUUsageWarning": (None, 78.9),
    "DiskSpaceWarning": ("disk_full", 0.1587, {"device": "/dev/sdb1", "fstype": "ext4", "mountpoint": "/var/lib/longhorn"}),
    "PodNotReady": (OUT, "a pod not ready (readiness of a pod, no restarts or down target named): not settled"),
    "ImmichServiceDown": ("node_down", 0, {"instance": "10.42.1.17:8081", "job": "immich", "namespace": "immich"}),
    "KarakeepServiceDown": ("node_down", 0, {"instance": "10.42.1.29:3000", "job": "karakeep", "namespace": "karakeep"}),
    "CertificateExpiringSoon": ("certificate_expiry", 21.4, {"instance": "https://photos.dlowkeen.dev", "job": "blackbox-https"}),
    "PrometheusTargetDown": ("node_down", 0, {"instance": "10.42.1.33:9090", "job": "karakeep-meilisearch", "namespace": "karakeep"}),
}, DLK_NODE, {"reason": "OOMKilled", "mountpoint": "/"})


# ---------------------------------------------------------------------------------------------
# gmackie/homelab: apps/monitoring/alerts.yaml (a homelab cluster's own PrometheusRule
# `homelab-alerts`: nodes, Longhorn volumes, pods, its media stack (Sonarr, Radarr, SABnzbd),
# cert-manager certificates and backup jobs; the file's second document is an Alertmanager Secret,
# not rules). The repository's other monitoring files (alerting-rules-complete.yaml,
# advanced-alerting.yaml) are larger generated catalogues and are not taken.
GMK_NODE = {"instance": "10.0.10.21:9100", "job": "node-exporter"}
GMK_POD = {"instance": "10.43.2.8:8080", "job": "kube-state-metrics", "namespace": "media",
           "pod": "radarr-84d6c9f7b-tx2lp", "container": "radarr"}
take("gmackie/homelab", "apps/monitoring/alerts.yaml", "b3eb1d6bd34fdfd0486a1d5a6e65bbc31d802047", {
    "NodeDown": ("node_down", 0),
    "HighCPUUsage": (None, 86.2),
    "HighMemoryUsage": ("out_of_memory", 89.4),
    "DiskSpaceLow": ("disk_full", 11.3, {"device": "/dev/mmcblk0p2", "fstype": "ext4", "mountpoint": "/"}),
    "LonghornVolumeLow": ("disk_full", 84.7, {"instance": "10.43.1.5:9500", "job": "longhorn-backend", "namespace": "longhorn-system",
                                              "volume": "pvc-3f1c2b7a-9d4e-4b8a-a1f6-7e2d5c9b0a13", "node": "pi-worker-2"}),
    "PodCrashLooping": ("crash_loop", "0.0033333333333333335", GMK_POD),
    "PodNotReady": (OUT, "a pod not ready (readiness of a pod, no restarts or down target named): not settled"),
    "SonarrDown": ("node_down", 0, {"instance": "exportarr-sonarr.media.svc:9707", "job": "exportarr-sonarr"}),
    "RadarrDown": ("node_down", 0, {"instance": "exportarr-radarr.media.svc:9708", "job": "exportarr-radarr"}),
    "SABnzbdQueueStalled": ("queue_backlog", 14, {"instance": "exportarr-sabnzbd.media.svc:9710", "job": "exportarr-sabnzbd"}),
    "CertificateExpiringSoon": ("certificate_expiry", 431280, {"instance": "10.43.0.19:9402", "job": "cert-manager", "namespace": "media",
                                                               "name": "media-mackie-house-tls"}),
    "BackupJobFailed": (None, 1, {"instance": "10.43.2.8:8080", "job": "kube-state-metrics", "namespace": "backup",
                                  "job_name": "backup-longhorn-nightly-29183040"}),
}, GMK_NODE)


# ---------------------------------------------------------------------------------------------
# 100rd/platform-design: k8s/monitoring/prometheus-rules.yaml (a platform repository's DNS-failover
# service: health scores of the DNS providers, the failover state machine, OctoDNS syncs and query
# latency). The repository's Helm-templated self-serve and SLO rule files are not taken.
PD_BASE = {"instance": "10.20.4.12:8080", "job": "dns-failover-controller", "namespace": "dns-failover",
           "pod": "dns-failover-controller-6f8d7c9b4-r2kqz", "provider": "cloudflare", "domain": "example-platform.io"}
take("100rd/platform-design", "k8s/monitoring/prometheus-rules.yaml", "1243d3748ea8426a667a9469fd10a60849d3421c", {
    "DNSProviderDown": ("node_down", 12),
    "DNSFailoverInitiated": (OUT, "a failover state machine's own step (removing a provider from the NS records): an automatic action, not settled"),
    "DNSSyncFailed": (None, 0.0333),
    "DNSProviderDegraded": (OUT, "a provider's composite health score below 70 (degraded, not down or failing resolution): not settled"),
    "DNSHighQueryLatency": ("high_latency", 0.62),
}, PD_BASE, {"state": "FAILING_OVER"})


# ---------------------------------------------------------------------------------------------
# mycurelabs/monobase-infra: infrastructure/monitoring/prometheus-rules.yaml (Mycure's Monobase
# platform repository, deployed by Argo CD: the team's own rules for its HapiHub API, MongoDB,
# MinIO, Velero backups and volumes; the file's trailing kube-prometheus-stack values are not
# rules). Taken at the commit the stored index cites, before the rules were moved into the
# repository's monitoring-resources chart.
MB_BASE = {"instance": "10.244.3.18:3000", "job": "hapihub", "namespace": "hapihub",
           "pod": "hapihub-7b9d6c5f4-kq2xw", "service": "hapihub"}
take("mycurelabs/monobase-infra", "infrastructure/monitoring/prometheus-rules.yaml", "213e076e830c2dccc27dc34511f7c59b1160f075", {
    "HapiHubDown": ("node_down", 0),
    "HapiHubHighErrorRate": ("high_error_rate", "7.133%", {"status": "503", "method": "POST", "path": "/api/patients"}),
    "HapiHubHighLatency": ("high_latency", 2.847),
    "HapiHubHighMemoryUsage": ("out_of_memory", "93.27%", {"container": "hapihub"}),
    "MongoDBDown": ("node_down", 0, {"instance": "10.244.2.9:9216", "job": "mongodb-exporter", "namespace": "mongodb", "pod": "mongodb-0"}),
    "MongoDBReplicationLag": ("replication_lag", 14, {"instance": "10.244.2.9:9216", "job": "mongodb-exporter", "namespace": "mongodb",
                                                      "pod": "mongodb-0", "set": "rs0", "name": "mongodb-1.mongodb-headless:27017"}),
    "MongoDBHighConnections": ("connection_pool_exhaustion", "84.12%", {"instance": "10.244.2.9:9216", "job": "mongodb-exporter",
                                                                      "namespace": "mongodb", "pod": "mongodb-0"}),
    "MongoDBHighMemory": (OUT, "resident memory above a fixed 5 GB with no stated limit (rule 8): left out"),
    "MongoDBSlowQueries": ("high_latency", 1843.2, {"instance": "10.244.2.9:9216", "job": "mongodb-exporter", "namespace": "mongodb",
                                                    "pod": "mongodb-0", "type": "command"}),
    "MinIODown": ("node_down", 0, {"instance": "10.244.1.22:9000", "job": "minio", "namespace": "minio", "pod": "minio-0"}),
    "MinIODiskOffline": (OUT, "a storage cluster's disks offline (a drive, not a host or service down): not settled"),
    "MinIOHighStorage": ("disk_full", "14.38%", {"instance": "10.244.1.22:9000", "job": "minio", "namespace": "minio", "pod": "minio-0"}),
    "VeleroBackupFailed": (None, 2, {"instance": "10.244.0.31:8085", "job": "velero", "namespace": "velero", "schedule": "daily-full"}),
    "VeleroBackupPartialFailure": (None, 1, {"instance": "10.244.0.31:8085", "job": "velero", "namespace": "velero", "schedule": "daily-full"}),
    "VeleroNoRecentBackup": (None, "1d 4h 12m 9s", {"instance": "10.244.0.31:8085", "job": "velero", "namespace": "velero", "schedule": "daily-full"}),
    "PersistentVolumeFillingUp": ("disk_full", "12.46%", {"instance": "10.0.1.14:10250", "job": "kubelet", "namespace": "mongodb",
                                                         "persistentvolumeclaim": "datadir-mongodb-0"}),
    "LonghornVolumeUnhealthy": (OUT, "a Longhorn volume's robustness degraded (a replica missing, the volume still served): not settled"),
}, MB_BASE, {"persistentvolumeclaim": "datadir-mongodb-0", "volume": "pvc-8c2e4f1a-6b3d-4e9f-9a7c-2d1b5e8f0c34"})


# The same repository's newest snapshot holds the rules rewritten as its monitoring-resources chart
# (the node, pod, API, storage, gateway and certificate rules reworded, and the Cadence sync
# program's guardrails added): taken too, rendered by `helm_text` (the `{{ "{{" }}` escapes undone;
# the chart has no other actions in its rules).
MB_HEAD = "72d1d7835a8a8f357eb7601a47b49aecd8f8570d"
MB_CHART = "charts/monitoring-resources/templates/prometheus-rules.yaml"
MB_POD = {"instance": "10.244.3.7:8080", "job": "kube-state-metrics", "namespace": "mycure-production",
          "pod": "hapihub-5d8c7b9f6-m2xq4", "container": "hapihub"}
MB_CADENCE = {"instance": "10.244.3.7:8080", "job": "kube-state-metrics", "namespace": "mycure-production",
              "pod": "cadence-6f9b8d7c5-t4wzn", "container": "cadence"}
MB_PVC = {"instance": "10.0.1.14:10250", "job": "kubelet", "namespace": "mycure-production",
          "persistentvolumeclaim": "data-postgresql-0"}
take("mycurelabs/monobase-infra", MB_CHART, MB_HEAD, {
    "NodeDown": ("node_down", 0),
    "NodeHighCPU": (None, "87.42"),
    "NodeHighMemory": ("out_of_memory", "86.1"),
    "NodeDiskFillingUp": ("disk_full", "83.7"),
    "NodeDiskCritical": ("disk_full", "92.35"),
    "PodCrashLooping": ("crash_loop", "2.222m", MB_POD),
    "PodNotReady": (OUT, "a pod Pending or Unknown for 15 minutes (scheduling or readiness, no restarts or down target named): not settled"),
    "PodHighMemory": ("out_of_memory", "93.17", MB_POD),
    "APIHighErrorRate": ("high_error_rate", "7.341", {"namespace": "mycure-production"}),
    "APIHighLatency": ("high_latency", "1.842", {"instance": "10.244.3.18:7500", "job": "api", "namespace": "mycure-production"}),
    "APIDown": ("node_down", 0, {"instance": "10.244.3.18:7500", "job": "api", "namespace": "mycure-production"}),
    "PersistentVolumeFillingUp": ("disk_full", "84.2", MB_PVC),
    "PersistentVolumeCritical": ("disk_full", "93.6", MB_PVC),
    "GatewayHighErrorRate": ("high_error_rate", "6.218", {}),
    "CertificateExpiringSoon": ("certificate_expiry", "5.271", {"instance": "10.244.0.12:9402", "job": "cert-manager",
                                                                "namespace": "mycure-production", "name": "api-mycure-md-tls"}),
    "CertificateExpiryCritical": ("certificate_expiry", "1.438", {"instance": "10.244.0.12:9402", "job": "cert-manager",
                                                                  "namespace": "mycure-production", "name": "api-mycure-md-tls"}),
    "HapihubPostgresVolumeFilling": ("disk_full", 0.7412, MB_PVC),
    "HapihubPostgresVolumeCritical": ("disk_full", 0.8734, MB_PVC),
    "CadenceRestartLoop": ("crash_loop", 4, MB_CADENCE),
    "CadenceWorkerQuarantined": (None, 1, dict(MB_CADENCE, instance="10.244.3.41:9464", job="cadence")),
    "CadenceUnconfiguredDropsGrowing": (None, 0.1833, dict(MB_CADENCE, instance="10.244.3.41:9464", job="cadence")),
    "CadenceInfraRetriesPersisting": (None, 3, dict(MB_CADENCE, instance="10.244.3.41:9464", job="cadence")),
}, {"instance": "10.0.1.14:9100", "job": "node-exporter"}, {"device": "/dev/sda1", "name": "api-mycure-md-tls"},
    text=helm_file("mycurelabs/monobase-infra", MB_HEAD, MB_CHART, {}))


# ---------------------------------------------------------------------------------------------
# shevchenkod/DevOps-Lab-Full-Cycle-Homelab-Platform: cluster/monitoring/{prometheus-rules,
# prometheusrule-wordpress-slo}.yaml (an Argo CD-managed homelab platform; its own `lab-alerts`
# for nodes and pods, and multi-window burn-rate SLO rules for the WordPress site it hosts, worded
# in Russian; the SLO file's recording rules are not alerts)
SHV = ("shevchenkod/DevOps-Lab-Full-Cycle-Homelab-Platform", "1d0c72822f64582c16f4141d23637e9196c14a3e")
SHV_POD = {"instance": "10.244.1.9:8080", "job": "kube-state-metrics", "namespace": "wordpress",
           "pod": "mariadb-0", "container": "mariadb"}
take(SHV[0], "cluster/monitoring/prometheus-rules.yaml", SHV[1], {
    "HighCPUUsage": (None, "87.3"),
    "HighMemoryUsage": ("out_of_memory", "89.1"),
    "NodeDiskAlmostFull": ("disk_full", "88.4", {"device": "/dev/sda1", "fstype": "ext4", "mountpoint": "/"}),
    "PodCrashLooping": ("crash_loop", 4, SHV_POD),
    "PodNotReady": (OUT, "a pod not ready (readiness of a pod, no restarts or down target named): not settled"),
    "DeploymentReplicasMismatch": (OUT, "available replicas differ from the spec (a rollout or capacity state, not a target down): not settled"),
}, {"instance": "192.168.10.21:9100", "job": "node-exporter"})
take(SHV[0], "cluster/monitoring/prometheusrule-wordpress-slo.yaml", SHV[1], {
    "WordPressAvailabilitySLOBurnRateCritical": ("high_error_rate", "8.124%"),
    "WordPressAvailabilitySLOBurnRateWarning": ("high_error_rate", "3.471%"),
    "WordPressLatencySLOViolation": ("high_latency", "91.3%"),
    "WordPressDown": ("node_down", 0, {"instance": "10.244.1.9:8080", "job": "kube-state-metrics", "namespace": "wordpress",
                                       "deployment": "wordpress"}),
    "WordPressPartiallyDown": (OUT, "fewer available replicas than the spec (some replicas, not the service, down): not settled"),
}, {})


# ---------------------------------------------------------------------------------------------
# Infobell-Asset-Management/Sunshine-aether-k8s-manifests: manifests/monitoring/prometheus-rules.yaml
# (a company's Kubernetes manifests repository for its AssetTrack services: processor, collector
# and API services, their 5xx rate and response time)
take("Infobell-Asset-Management/Sunshine-aether-k8s-manifests", "manifests/monitoring/prometheus-rules.yaml",
     "56fb83fc3983d86bb5d52b6708e0bf1d5bbc1431", {
         "ProcessorServiceDown": ("node_down", 0, {"instance": "10.1.4.17:8000", "job": "processor-service"}),
         "CollectorServiceDown": ("node_down", 0, {"instance": "10.1.4.22:8000", "job": "collector-service"}),
         "APIServiceDown": ("node_down", 0, {"instance": "10.1.4.9:8000", "job": "api-service"}),
         "HighErrorRate": ("high_error_rate", 0.2333, {"instance": "10.1.4.9:8000", "job": "api-service", "status": "500",
                                                       "method": "GET", "handler": "/api/v1/assets"}),
         "HighResponseTime": ("high_latency", 2.71, {"instance": "10.1.4.9:8000", "job": "api-service"}),
     }, {"instance": "10.1.4.9:8000", "job": "api-service", "namespace": "assettrack"})


FILES.write("rulesets34h.jsonl")
