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
from rule_templates import OUT, RuleFiles, show  # noqa: E402


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
PSC_NODE = {"instance": "192.168.1.50:9100", "job": "node-exporter", "namespace": "monitoring",
            "pod": "kube-prometheus-stack-prometheus-node-exporter-8xq2n"}
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


FILES.write("rulesets34h.jsonl")
