"""rulesets30b.jsonl: whole alerting-rule files of public projects no corpus used before (session 30,
second helper; Kubernetes platform components and operators, ingress, registries and image
distribution, CI/dev platforms, managed-cluster SRE rules).

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
# coder/observability: compiled/resources.yaml (the Coder observability chart rendered with its
# defaults by the project itself); the rules are the `coder-metrics-alerts` ConfigMap's data
# (coderd.yaml, provisionerd.yaml, enterprise.yaml, postgres.yaml), read in that order.
CODER = ("coder/observability", "compiled/resources.yaml", "fc4af1ae2dc6faed52f04b50994f0919145eef17")


def coder_text():
    docs = [d for d in yaml.safe_load_all(show(CODER[0], CODER[2], CODER[1]))
            if d and d.get("kind") == "ConfigMap" and d["metadata"]["name"] == "coder-metrics-alerts"]
    return "\n---\n".join(v for d in docs for v in d["data"].values() if "alert:" in v)


def coder_series(name):
    if name.startswith("Postgres"):
        return {"namespace": "coder-observability", "job": "postgres-exporter", "instance": "10.42.3.17:9187",
                "pod": "postgres-exporter-0"}
    return {"namespace": "coder", "job": "coder", "instance": "10.42.1.23:2112", "pod": "coder-7d9f8b6c5-x2lqp"}


take(CODER[0], CODER[1], CODER[2], {
    "CoderdCPUUsage": (None, 0.93),
    "CoderdMemoryUsage": ("out_of_memory", 0.94),
    "CoderdRestarts": ("crash_loop", 4),
    "CoderdReplicas": ("node_down", 0),
    "CoderdWorkspaceBuildFailures": (None, 12),
    "CoderdIneligiblePrebuilds": (None, 2),
    "CoderdUnprovisionedPrebuiltWorkspaces": (OUT, "prebuilt workspaces desired but not yet running: a count below its target (provisioning not done), neither a queue said to wait nor settled"),
    "ProvisionerdReplicas": ("node_down", 0),
    "CoderLicenseSeats": (None, "100%"),
    "PostgresNotificationQueueFillingUp": ("queue_backlog", 0.93),
    "PostgresDown": ("node_down", 0),
    "PostgresConnectionsRunningLow": ("connection_pool_exhaustion", 93),
}, coder_series, {"datname": "coder", "template_name": "kubernetes-devcontainer", "preset_name": "large"},
    text=coder_text())


# ---------------------------------------------------------------------------------------------
# dragonflyoss/helm-charts: charts/dragonfly/values.yaml (the Dragonfly P2P image and file
# distribution chart; its PrometheusRule templates print `.Values.<component>.metrics.
# prometheusRule.rules` with toYaml, so the rules are those of values.yaml: manager, scheduler,
# client, seed client). The three "is down" messages write `{{ "{{ $labels.instance }}" }}`, a
# Helm-style escape that toYaml does not evaluate; it is read as the `{{ $labels.instance }}` it
# stands for.
DRAGONFLY = ("dragonflyoss/helm-charts", "charts/dragonfly/values.yaml", "12bf3a23106d945784ab4bc64270a3b13bd17630")


def dragonfly_series(name):
    for prefix, job, inst, pod in (
            ("Manager", "dragonfly-manager", "10.244.2.31:8000", "dragonfly-manager-6c9d7f5b8-q4xkz"),
            ("Scheduler", "dragonfly-scheduler", "10.244.1.18:8000", "dragonfly-scheduler-0"),
            ("SeedClient", "dragonfly-seed-client", "10.244.3.9:4002", "dragonfly-seed-client-1"),
            ("Client", "dragonfly-client", "10.244.4.22:4002", "dragonfly-client-7hx2k")):
        if name.startswith(prefix):
            return {"namespace": "dragonfly-system", "job": job, "instance": inst, "pod": pod}
    raise KeyError(name)


DF_RPC = "high_error_rate"
DF_TASK = None
take(DRAGONFLY[0], DRAGONFLY[1], DRAGONFLY[2], {
    "ManagerDown": ("node_down", 0),
    "ManagerHighNumberOfFailedGRPCRequest": (DF_RPC, 137.2),
    "ManagerSuccessRateOfGRPCRequest": (DF_RPC, 0.42),
    "ManagerHighNumberOfFailedRESTRequest": (DF_RPC, 164.5),
    "ManagerSuccessRateOfRESTRequest": (DF_RPC, 0.51),
    "SchedulerDown": ("node_down", 0),
    "SchedulerHighNumberOfFailedDownloadPeer": (DF_TASK, 212.4),
    "SchedulerSuccessRateOfDownloadingPeer": (DF_TASK, 0.47),
    "SchedulerHighNumberOfFailedRegisterPeer": (DF_RPC, 118.9),
    "SchedulerSuccessRateOfRegisterTask": (DF_RPC, 0.55),
    "SchedulerHighNumberOfFailedLeavePeer": (DF_RPC, 131.0),
    "SchedulerSuccessRateOfLeavingPeer": (DF_RPC, 0.38),
    "SchedulerHighNumberOfFailedStatTask": (DF_RPC, 149.3),
    "SchedulerSuccessRateOfStatTask": (DF_RPC, 0.44),
    "SchedulerHighNumberOfFailedAnnouncePeer": (DF_RPC, 176.8),
    "SchedulerSuccessRateOfAnnouncingPeer": (DF_RPC, 0.52),
    "SchedulerHighNumberOfFailedLeaveHost": (DF_RPC, 103.6),
    "SchedulerSuccessRateOfLeavingHost": (DF_RPC, 0.57),
    "SchedulerHighNumberOfFailedAnnounceHost": (DF_RPC, 121.7),
    "SchedulerSuccessRateOfAnnouncingHost": (DF_RPC, 0.49),
    "SchedulerHighNumberOfFailedGRPCRequest": (DF_RPC, 188.1),
    "SchedulerSuccessRateOfGRPCRequest": (DF_RPC, 0.46),
    "ClientDown": ("node_down", 0),
    "ClientHighNumberOfFailedDownloadTask": (DF_TASK, 143.9),
    "ClientSuccessRateOfDownloadingTask": (DF_TASK, 0.41),
    "SeedClientDown": ("node_down", 0),
    "SeedClientHighNumberOfFailedDownloadTask": (DF_TASK, 127.5),
    "SeedClientSuccessRateOfDownloadingTask": (DF_TASK, 0.53),
}, dragonfly_series,
    text=show(DRAGONFLY[0], DRAGONFLY[2], DRAGONFLY[1]).replace('{{ "{{ $labels.instance }}" }}', "{{ $labels.instance }}"))


# ---------------------------------------------------------------------------------------------
# openshift/managed-cluster-config: four of OpenShift Dedicated/ROSA SRE's own rule files (the
# Vector log forwarding and Dynatrace rules of HyperShift management clusters, the managed upgrade
# operator's rules, the infra-node resizing rules). Its files that restate the node-mixin's
# filesystem rules under SRE names, and the generated bundles, are not read.
MCC_REPO, MCC_COMMIT = "openshift/managed-cluster-config", "a0bed768c133ea1b4507e890a4f5cb06fbbfa6d8"
MCC_VECTOR = "deploy/sre-prometheus/management-cluster/100-vector-log-forwarding.PrometheusRule.yaml"
MCC_DYNATRACE = "deploy/sre-prometheus/management-cluster/100-dynatrace-workloads-monitoring.PrometheusRule.yaml"
MCC_UPGRADE = "deploy/sre-prometheus/100-managed-upgrade-operator.PrometheusRule.yaml"
MCC_INFRA = "deploy/sre-prometheus-per-node-infra/100-infra-per-node-resizing.PrometheusRule.yaml"

VECTOR_EBB = "share of log events delivered through Vector's transforms below 99% with transform errors: an error-budget wording over log events, not requests (rule 8), not settled"
take(MCC_REPO, MCC_VECTOR, MCC_COMMIT, {
    "VectorPodDownSRE": ("node_down", 2),
    "VectorMetricsAbsentSRE": (None, 1),
    "VectorClusterIngestionFailureSRE": (None, 0),
    "VectorNoLogsIngestedSRE": (None, 0),
    "VectorS3WritesStoppedSRE": (OUT, "the S3 sink sending nothing while events arrive (\"Buffer will eventually fill\"): a stalled sink, data said to wait only in the future, not settled"),
    "VectorMissingClusterIDSRE": (None, 3.4),
    "VectorClusterPipelineEBBFastSRE": (OUT, VECTOR_EBB),
    "VectorClusterPipelineEBBSlowSRE": (OUT, VECTOR_EBB),
    "VectorS3DeliveryEBBSRE": ("queue_backlog", "97.3%"),
    "VectorBufferNearCapacitySRE": ("queue_backlog", "7.4Gi", {"buffer_id": "hcp_logs"}),
}, {"namespace": "hypershift-control-plane-log-forwarding",
    "job": "hypershift-control-plane-log-forwarding/control-plane-log-forwarding-cmo",
    "instance": "10.128.4.19:8686", "pod": "control-plane-log-forwarding-7xk2p"},
    {"pod_namespace": "ocm-production-2f8k1c9q7d-hcp-demo", "mc_cluster_id": "unknown"})


def dynatrace_text():
    """The file as committed, with the description's `{{ if $labels.x }} ... {{end}}` blocks as
    Prometheus prints them for the made-up series, which names a Deployment only."""
    text = show(MCC_REPO, MCC_COMMIT, MCC_DYNATRACE)
    text = text.replace("{{ if $labels.deployment }} {{$labels.deployment}} Deployment {{end}}",
                        " {{$labels.deployment}} Deployment ")
    text = re.sub(r"\{\{ if \$labels\.(daemonset|statefulset) \}\}[^\n]*?\{\{end\}\}", "", text)
    return text


def dynatrace_series(name):
    series = {"namespace": "dynatrace", "job": "kube-state-metrics", "instance": "10.128.2.7:8443"}
    if name in ("DynatraceMonitoringStackDownSRE",):
        return {"namespace": "dynatrace", "deployment": "dynatrace-operator"}
    if name == "DynatraceOpenTelemetryCollectorDownSRE":
        series["deployment"] = "opentelemetry-dynatrace-collector"
    if name == "DynatracePodRestartsStuckSRE":
        series.update({"pod": "dynatrace-webhook-6b9f8d7c5-r2mzx", "container": "webhook"})
    if name == "DynatraceDynakubeComponentsDegradedSRE":
        return {"namespace": "dynatrace", "created_by_kind": "DaemonSet"}
    return series


take(MCC_REPO, MCC_DYNATRACE, MCC_COMMIT, {
    "DynatraceMonitoringStackDownSRE": (None, 1),
    "DynatraceOperatorDegradedSRE": ("node_down", 1),
    "DynatraceWebhookDegradedSRE": ("node_down", 1),
    "DynatraceOpenTelemetryCollectorDownSRE": ("node_down", 1),
    "DynatracePodRestartsStuckSRE": (OUT, "restarts increasing over 15m, held for 15m (one restart satisfies it) though worded \"stuck in restarts\": the count the rule measures does not settle one restart from a loop"),
    "DynatraceDynakubeComponentsDegradedSRE": (None, 1),
}, dynatrace_series, text=dynatrace_text())

take(MCC_REPO, MCC_UPGRADE, MCC_COMMIT, {
    "UpgradeConfigValidationFailedSRE": (None, 1),
    "UpgradeControlPlaneUpgradeTimeoutSRE": (None, 1),
    "UpgradeNodeUpgradeTimeoutSRE": (None, 1),
    "UpgradeNodeDrainFailedSRE": (None, 1),
    "UpgradeConfigSyncFailureOver4HrSRE": (None, 15312),
    "UpgradeStateNotificationFailureSRE": (None, 1),
}, {"namespace": "openshift-managed-upgrade-operator", "job": "managed-upgrade-operator-metrics",
    "instance": "10.129.0.44:8383", "pod": "managed-upgrade-operator-5d8f9c7b6-kq2vx"},
    {"version": "4.15.18", "event": "completed"})

take(MCC_REPO, MCC_INFRA, MCC_COMMIT, {
    "ExtremelyHighIndividualInfraNodeCPUSRE": (None, 1),
    "ExtremelyHighIndividualInfraNodeMemorySRE": ("out_of_memory", 1),
    "cpu-InfraNodesExcessiveResourceConsumptionPerNodeSRE45m": (None, 3),
    "memory-InfraNodesExcessiveResourceConsumptionPerNodeSRE30m": ("out_of_memory", 3),
    "cpu-InfraNodesExcessiveResourceConsumptionPerNodeSRE1h": (None, 2),
    "cpu-InfraNodesExcessiveResourceConsumptionPerNodeSRE12h": (None, 2),
    "memory-InfraNodesExcessiveResourceConsumptionPerNodeSRE1h": ("out_of_memory", 2),
    "memory-InfraNodesExcessiveResourceConsumptionPerNodeSRE12h": ("out_of_memory", 3),
    "cpu-InfraNodesNeedResizingSRE1h": (None, 1),
    "cpu-InfraNodesNeedResizingSRE12h": (None, 1),
    "memory-InfraNodesNeedResizingSRE1h": ("out_of_memory", 1),
    "memory-InfraNodesNeedResizingSRE12h": ("out_of_memory", 1),
}, {})


# ---------------------------------------------------------------------------------------------
# mariusbertram/oc-mirror-operator: config/prometheus/prometheusrule.yaml (an operator mirroring
# OpenShift release and operator images into a registry; its own rules)
OC_MIRROR = ("mariusbertram/oc-mirror-operator", "config/prometheus/prometheusrule.yaml", "2cad3fd7b295769dd1ff5c9e05c667803e03d316")


def oc_mirror_series(name):
    if name == "OCMirrorManagerDown":
        return {}
    return {"namespace": "oc-mirror-system", "target": "ocp-4-16-release", "job": "oc-mirror-controller-manager-metrics-service",
            "instance": "10.131.0.52:8443", "pod": "oc-mirror-controller-manager-7c5d8b9f4-m2vtl"}


take(*OC_MIRROR, {
    "OCMirrorHighFailedImages": (None, 14),
    "OCMirrorAllImagesFailed": (None, 0.62),
    "OCMirrorReconcileErrors": (None, 0.05),
    "OCMirrorNoProgress": ("queue_backlog", 1),
    "OCMirrorManagerDown": (None, 1),
}, oc_mirror_series, {"controller": "mirrortarget", "name": "ocp-4-16-release"})


# ---------------------------------------------------------------------------------------------
# Kuadrant/kcp-glbc: config/observability/kubernetes/monitoring_resources/
# rules-glbc-prometheusrule.yaml (the kcp Global Load Balancer Controller's rules, generated from
# its dhall sources; the openshift/ copy of the same rules is not read)
GLBC = ("Kuadrant/kcp-glbc", "config/observability/kubernetes/monitoring_resources/rules-glbc-prometheusrule.yaml",
        "4a3b8a8c111f66adc5991d14692a940affe16c49")
GLBC_SLO = "burn rate of the ingress time-to-admission SLO: the controller's own processing time of an object (as reconcile durations in rulesets28c/29b), neither request latency nor settled"


def glbc_series(name):
    if name == "DeadMansSwitch":
        return {}
    return {"namespace": "kcp-glbc", "container": "manager", "job": "kcp-glbc-controller-manager",
            "instance": "10.130.2.15:8080", "pod": "kcp-glbc-controller-manager-6f7b9c8d5-zx4wq"}


take(*GLBC, {
    "DeadMansSwitch": (None, 1),
    "GLBCTargetDown": ("node_down", 0),
    "HighDNSLatencyAlert": ("high_latency", 0.83),
    "HighDNSProviderErrorRate": ("high_error_rate", 0.037),
    "SLOIngressAdmissionLatency-ErrorBudgetBurn-5m1h": (OUT, GLBC_SLO),
    "SLOIngressAdmissionLatency-ErrorBudgetBurn-30m6h": (OUT, GLBC_SLO),
    "SLOIngressAdmissionLatency-ErrorBudgetBurn-2h1d": (OUT, GLBC_SLO),
    "SLOIngressAdmissionLatency-ErrorBudgetBurn-6h3d": (OUT, GLBC_SLO),
}, glbc_series)


# ---------------------------------------------------------------------------------------------
# sighupio/fury-kubernetes-ingress: katalog/nginx/bases/configs/PrometheusRule-ingress-nginx-controller.yml
# (SIGHUP's Kubernetes Fury ingress module, its own rules for ingress-nginx)
FURY_INGRESS = ("sighupio/fury-kubernetes-ingress", "katalog/nginx/bases/configs/PrometheusRule-ingress-nginx-controller.yml",
                "e2d27f5c72fefc9f5fe4b938058ca454312d3299")


def fury_ingress_series(name):
    if name == "NginxIngressDown":
        return {"job": "ingress-nginx-controller-metrics"}
    return {"namespace": "ingress-nginx", "job": "ingress-nginx-controller-metrics", "instance": "10.244.3.12:10254",
            "pod": "ingress-nginx-controller-7d4b8c9f6-p8wzt", "controller_class": "k8s.io/ingress-nginx"}


take(*FURY_INGRESS, {
    "NginxIngressDown": ("node_down", 1),
    "NginxIngressFailureRate": ("high_error_rate", "23.47"),
    "NginxIngressFailedReload": (None, 0),
    "NginxIngressLatencyTooHigh": ("high_latency", 7.31),
    "NginxIngressCertificateExpiration": ("certificate_expiry", 412345),
}, fury_ingress_series, {"ingress": "shop-frontend", "host": "shop.example.com"})


# ---------------------------------------------------------------------------------------------
# sighupio/fury-kubernetes-networking: katalog/tigera/on-prem/monitoring/prometheusrules.yaml (the
# Fury networking module's rules for Calico's Felix and Typha; worded after Calico's documented
# example rules, which no corpus holds)
FURY_CALICO = ("sighupio/fury-kubernetes-networking", "katalog/tigera/on-prem/monitoring/prometheusrules.yaml",
               "290c560ecc488e09e3a2f798327b484e523ca59f")


def fury_calico_series(name):
    if name.startswith("Typha"):
        return {"namespace": "calico-system", "job": "calico-typha-metrics", "instance": "10.0.12.35:9093",
                "pod": "calico-typha-5f6d8c7b9-k4jwz", "cluster": "prod-eu-1"}
    return {"namespace": "calico-system", "job": "calico-node-metrics", "instance": "10.0.12.34:9091",
            "pod": "calico-node-x7k2q", "cluster": "prod-eu-1"}


take(*FURY_CALICO, {
    "CalicoDataplaneFailuresHigh": (None, 9),
    "CalicoIpsetErrorsHigh": (None, 7),
    "CalicoIptableSaveErrorsHigh": (None, 6),
    "CalicoIptableRestoreErrorsHigh": (None, 11),
    "CalicoErrorsWhileLoggingHigh": (None, 3),
    "TyphaPingLatency": (OUT, "Typha's ping round trip to its Felix clients: a keep-alive's round-trip time on a connection (link quality, rule 16) or a client's responsiveness, not settled"),
    "TyphaClientWriteLatency": (OUT, "time Typha takes to write updates to its Felix clients: a slow client or a slow server, neither request latency nor settled"),
    "TyphaErrorsWhileLoggingHigh": (None, 2),
}, fury_calico_series)


# ---------------------------------------------------------------------------------------------
# Netcracker/qubership-consul: charts/helm/consul-service/templates/prometheus-rules.yaml (the
# Qubership Consul service chart's own rules), rendered with release and namespace "consul"
CONSUL = ("Netcracker/qubership-consul", "charts/helm/consul-service/templates/prometheus-rules.yaml",
          "11920f10f263e122968642ce3a24c48137ef9f4b")
take(*CONSUL, {
    "ConsulDoesNotExistAlarm": (None, 1),
    "ConsulIsDegradedAlarm": ("node_down", 0.33),
    "ConsulIsDownAlarm": ("node_down", 1),
    "ConsulCPULoadAlarm": (None, 0.97),
    "ConsulMemoryUsageAlarm": ("out_of_memory", 0.96),
}, {"namespace": "consul", "job": "kube-state-metrics", "instance": "10.129.2.14:8443", "exported_namespace": "consul",
    "exported_pod": "consul-server-1"},
    text=helm_file(CONSUL[0], CONSUL[2], CONSUL[1], {"{{ .Release.Namespace }}": "consul", "{{ .Release.Name }}": "consul",
                                                 '{{ template "consul.fullname" . }}': "consul"}))


# ---------------------------------------------------------------------------------------------
# Netcracker/qubership-logging-operator: charts/qubership-logging-operator/templates/
# fluentbit-daemonset/prometheusrule.yaml (the Qubership logging operator's rules for its
# Fluent Bit daemonset and Graylog), rendered with its values.yaml (alertDelay 3m,
# dropRecordsRateThreshold 10, parseErrorRateThreshold unset: the template's default 20)
LOGGING = ("Netcracker/qubership-logging-operator", "charts/qubership-logging-operator/templates/fluentbit-daemonset/prometheusrule.yaml",
           "9387af62fed1f863d0ac3fd708b8eea62fe5f2c1")


def logging_text():
    text = show(LOGGING[0], LOGGING[2], LOGGING[1])
    text = re.sub(r'\{\{ \.Values\.fluentbit\.prometheusRules\.alertDelay \| default "\d+m" \}\}', "3m", text)
    text = text.replace("{{ default 20 .Values.fluentbit.prometheusRules.parseErrorRateThreshold }}", "20")
    text = text.replace("{{ .Values.fluentbit.prometheusRules.parseErrorRateThreshold | default 20 }}", "20")
    text = text.replace("{{ default 100 .Values.fluentbit.prometheusRules.dropRecordsRateThreshold }}", "10")
    text = text.replace("{{ .Values.fluentbit.prometheusRules.dropRecordsRateThreshold | default 100 }}", "10")
    text = text.replace("{{ .Release.Namespace }}", "logging").replace("{{ .Release.Name }}", "logging-operator")
    return helm_text(text)


def logging_series(name):
    if name == "Graylog pod not running":
        return {"namespace": "logging", "job": "kube-state-metrics", "instance": "10.131.0.9:8443", "pod": "graylog-0",
                "phase": "Pending"}
    series = {"namespace": "logging", "job": "logging-fluentbit-all-pods", "instance": "10.131.2.40:2020",
              "pod": "logging-fluentbit-8xq2v", "container": "logging-fluentbit"}
    if name == "Fluentbit storage overlimit":
        series["name"] = "tail.0"
    if name == "Fluentbit output retries":
        series["name"] = "graylog.0"
    return series


take(*LOGGING, {
    "FluentBit pod is down": ("node_down", 0),
    "Graylog pod not running": ("node_down", 1),
    "Fluent bit high parse error rate": (None, 37.4),
    "Fluentbit high drop records rate": (None, 52.1),
    "Fluentbit storage overlimit": ("queue_backlog", 4),
    "Fluentbit output retries": (None, 0.27),
}, logging_series, {"name": "grep.1"}, text=logging_text())


FILES.write("rulesets30b.jsonl")
