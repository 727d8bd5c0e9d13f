"""rulesets33e.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
fifth helper; cloud-native platform layers' own rules: multi-tenancy and platform add-ons, the
plugins a Kubernetes platform ships for its clusters).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# projectcapsule/capsule: charts/capsule/values.yaml (Capsule, the CNCF multi-tenancy add-on for
# Kubernetes: the chart's own PrometheusRule groups sit in values.yaml under monitoring rules;
# tenants, custom and global quotas, resource pools, replications, its controller and webhook)
CAPSULE_CR = "readiness of one of Capsule's custom resources (rule 5): null"
CAPSULE_QUOTA = "usage of a tenant quota or resource pool (an accounting allowance, rule 7): null"
take("projectcapsule/capsule", "charts/capsule/values.yaml", "65a4e19e028fbbb2703b888d81f02035cf36cefa", {
    "CapsuleGlobalCustomQuotaNotReady": (None, 0),
    "CapsuleGlobalCustomQuotaHighUsageWarning": (None, 92.5),
    "CapsuleGlobalCustomQuotaHighUsageCritical": (None, 97.25),
    "CapsuleCustomQuotaNotReady": (None, 0),
    "CapsuleCustomQuotaHighUsageWarning": (None, 91.66666666666667),
    "CapsuleCustomQuotaHighUsageCritical": (None, 98),
    "CapsuleResourcePoolNotReady": (None, 0),
    "CapsuleResourcePoolClaimNotReady": (None, 0),
    "CapsulePoolHighUsageWarning": (None, 93.75, {"resource": "requests.memory"}),
    "CapsulePoolHighUsageCritical": (None, 96.875, {"resource": "limits.cpu"}),
    "CapsuleGlobalResourceQuotaNotReady": (None, 0),
    "CapsuleGlobalResourceQuotaHighUsage": (None, 90.9090909090909, {"resource": "pods"}),
    "CapsuleGlobalResourceQuotaCriticalUsage": (None, 95.83333333333333, {"resource": "requests.storage"}),
    "CapsuleGlobalTenantResourceNotReady": (None, 0),
    "CapsuleTenantResourceNotReady": (None, 0),
    "CapsuleTenantNamespaceQuotaExceeded": (None, 10),
    "CapsuleTenantNotReady": (None, 0),
    "CapsuleTenantNamespaceNotReady": (None, 0),
    "CapsuleRuleStatusNotReady": (None, 0),
    "CapsuleTenantOwnerNotReady": (None, 0),
    "CapsuleConfigurationNotReady": (None, 0),
    "CapsuleControllerDown": ("node_down", 0),
    "CapsuleWebhookHighErrorRate": ("high_error_rate", "7.31%"),
}, {"instance": "10.244.3.17:8080", "job": "capsule-controller-manager", "namespace": "capsule-system",
    "pod": "capsule-controller-manager-7c9d6f8b54-qm2vx", "container": "manager"},
    {"custom_quota": "gpu-quota", "target_namespace": "oil-production", "name": "oil-default",
     "pool": "solar-pool", "resource": "requests.cpu", "global_resource_quota": "global-compute",
     "tenant": "oil", "max_namespaces": "10", "condition": "Ready"})


# ---------------------------------------------------------------------------------------------
# cloudoperators/greenhouse-extensions (SAP's Greenhouse platform: the plugins it deploys into
# managed clusters, each with its own PrometheusRule; the alerts (Alertmanager), logs (OpenTelemetry
# log shipping), OpenSearch, Kafka and Perses plugins' own rules are taken; the thanos plugin's
# files are the Thanos mixin's rules and are not taken). Helm templates: the release namespace is
# rendered as "logs", the OpenSearch cluster as "opensearch-logs" and Perses' job name as "perses".
GH = ("cloudoperators/greenhouse-extensions", "f3e4ddfaebf051dfd5d6723bb40bf2683a2e4fb3")
GH_SUBS = {"{{ .Release.Namespace }}": "logs", "{{ .Values.cluster.cluster.name }}": "opensearch-logs",
           '{{ include "perses.jobName" . }}': "perses",
           '{{ printf "%s-alerts" $.Release.Name | trunc 63 }}': "logs-alerts"}


def gh(path, labels, base, extra=None):
    take(GH[0], path, GH[1], labels, base, extra, text=helm_file(GH[0], GH[1], path, GH_SUBS))


gh("alerts/charts/templates/prometheusRules.yaml", {
    "AlertmanagerClusterMessagesPruned": (OUT, "Alertmanager pruning its gossip message queue and dropping cluster messages (a full queue that drops rather than work waiting): not settled"),
    "AlertmanagerClusterMessagesQueued": ("queue_backlog", 37),
    "AlertmanagerInvalidAlerts": (OUT, "alerts received and discarded as invalid (rejected input, not failed requests of the Alertmanager nor a settled cause): not settled"),
    "AlertmanagerClusterHealthDegraded": (None, 1),
    "AlertmanagerPeerReconnectFailed": (OUT, "failed reconnections to a gossip peer (the peer down, or the link between them): not settled"),
}, {"instance": "10.96.12.41:9093", "job": "alerts-alertmanager", "namespace": "greenhouse-alerts",
    "pod": "alertmanager-alerts-0", "container": "alertmanager"})

gh("logs/charts/templates/alerts.yaml", {
    "FilelogRefusedLogs": (OUT, "the OpenTelemetry filelog receiver refusing log records (back-pressure from a memory limiter, or malformed input): not settled"),
    "ReceiverRefusedMetric": (OUT, "an OpenTelemetry receiver refusing metric points (its description guesses malformed metrics): not settled"),
    "OTelLogsMissing": (OUT, "a log collector exporting no records for an hour (collector stalled, exporter failing, or no input): not settled"),
    "ReconcileErrors": (None, 0.0333),
    "WorkqueueDepth": ("queue_backlog", 0.2),
    "OTelLogsIncreasing": (None, 4.37),
    "OTelLogsDecreasing": (None, 5.12),
    "OTelLogsExportingFailed": (OUT, "share of log records the exporters sent against failed and enqueue-failed records (records shipped, not requests): not settled"),
}, {"instance": "10.96.7.22:8888", "job": "logs/opentelemetry-collector-logs", "namespace": "logs",
    "pod": "opentelemetry-collector-logs-collector-5k2lp", "controller": "opentelemetrycollector"},
    {"k8s_node_name": "node-eu-de-1a-07", "region": "eu-de-1", "k8s_cluster_name": "obs-eu-de-1"})

OS_BASE = {"instance": "10.96.20.14:9600", "job": "opensearch-logs", "namespace": "logs",
           "opensearch_org_opensearch_cluster": "opensearch-logs"}
gh("opensearch/chart/alerts/opensearch-cluster.yaml", {
    "OpenSearchClusterRed": (None, 2),
    "OpenSearchClusterYellow": (None, 1),
    "OpenSearchIndexSizeTooLarge": (OUT, "an index above a fixed 200 GB still receiving data (a rollover check, no storage limit stated; rule 8's fixed thresholds): not settled"),
    "OpenSearchDashboardsUnavailable": ("node_down", 0),
}, OS_BASE, {"index": ".ds-logs-otel-000042", "deployment": "opensearch-logs-dashboards"})
gh("opensearch/chart/alerts/opensearch-guardian.yaml", {
    "OpenSearchGuardianNoncompliant": (None, 1),
    "OpenSearchGuardianEmpty": (None, 1),
    "OpenSearchGuardianErrors": (OUT, "errors of the OpenSearch Guardian compliance checker (what failed is not said): not settled"),
    "OpenSearchGuardianStatusStale": (OUT, "the Guardian's status not refreshed for seven minutes (the checker stalled or down): not settled"),
}, OS_BASE)
gh("opensearch/chart/alerts/opensearch-kube-metrics.yaml", {
    "OpenSearchHotTierDiskFull": ("disk_full", 0.8731),
    "OpenSearchWarmTierDiskFull": ("disk_full", 0.9104),
}, OS_BASE)
gh("opensearch/chart/alerts/opensearch-operator.yaml", {
    "OpenSearchOperatorDown": ("node_down", 0),
}, {"instance": "10.96.20.3:8080", "job": "opensearch-operator-controller-manager-metrics-service", "namespace": "logs"})

gh("kafka/charts/templates/alerts.yaml", {
    "KafkaConsumerLagTooHigh": ("queue_backlog", 4213),
    "KafkaUnderReplicatedPartitions": (None, 3),
    "KafkaNoBrokersOnline": (OUT, "no series of the brokers' state metric (an absent metric that is not the brokers' `up`; rule 8): not settled"),
}, {"namespace": "logs"}, {"topic": "otel-logs", "consumergroup": "logstash-ingest"})

gh("perses/charts/templates/rule-content-sync.yaml", {
    "PersesContentSyncJobFailed": (None, 1),
}, {"namespace": "perses"})
gh("perses/charts/templates/rule-perses.yaml", {
    "PersesServiceDown": ("node_down", 0),
    "PersesServiceAbsent": ("node_down", 1),
}, lambda name: {"job": "perses"} if name == "PersesServiceAbsent" else
   {"instance": "10.96.31.8:8080", "job": "perses", "namespace": "perses", "pod": "perses-0"})


FILES.write("rulesets33e.jsonl")
