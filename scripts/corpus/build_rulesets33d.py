"""rulesets33d.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
fourth helper; telemetry and logging pipelines' own self-monitoring rules, written by the projects
that run them: OpenTelemetry Collector deployments, log shippers and their stores, queues and
dashboards).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file, helm_text, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# open-telemetry/opentelemetry-helm-charts: charts/opentelemetry-collector/templates/prometheusrule.yaml
# (the OpenTelemetry project's own chart for the Collector: its default rules, behind
# prometheusRule.defaultRules.enabled). The chart writes the three enqueue-failure rules with a
# `range` over the signals; the builder unrolls it (SendQueueFailedspans, ...metric_points,
# ...log_records) before helm_text renders the rest.
OTELCHART = ("open-telemetry/opentelemetry-helm-charts", "dd5665c06f376c00a5e2147aa84b70c3d105ecfb",
             "charts/opentelemetry-collector/templates/prometheusrule.yaml")


def otelchart_text():
    text = show(OTELCHART[0], OTELCHART[1], OTELCHART[2])
    m = re.search(r"^\{\{- range \$signal := \$signals \}\}\n(.*?)^\{\{- end \}\}\n", text, re.S | re.M)
    body = m.group(1)
    unrolled = "".join(body.replace("{{ $signal }}", s) for s in ("spans", "metric_points", "log_records"))
    return helm_text(text[:m.start()] + unrolled + text[m.end():])


OTEL_COMMON = {"service_name": "otelcol-contrib", "service_version": "0.116.0",
               "instance": "10.42.3.17:8888", "job": "opentelemetry-collector",
               "namespace": "observability", "pod": "opentelemetry-collector-6d8f7b9c4-qz2lm"}


def otelchart_series(name):
    if name.startswith("Receiver"):
        return dict(OTEL_COMMON, receiver="otlp", transport="grpc")
    return dict(OTEL_COMMON, exporter="otlphttp/tempo", data_type="traces")


take(OTELCHART[0], OTELCHART[2], OTELCHART[1], {
    "ReceiverDroppedSpans": (None, "14.27"),
    "ReceiverDroppedMetrics": (None, "312.5"),
    "ReceiverDroppedLogs": (None, "48.9"),
    "ExporterDroppedSpans": (None, "22.13"),
    "ExporterDroppedMetrics": (None, "180.4"),
    "ExporterDroppedLogs": (None, "61.7"),
    "ExporterQueueSize": ("queue_backlog", "874"),
    "SendQueueFailedspans": (None, "35.6"),
    "SendQueueFailedmetric_points": (None, "412.8"),
    "SendQueueFailedlog_records": (None, "97.2"),
}, otelchart_series, text=otelchart_text())

# The same repository's chart for the OpenTelemetry Operator: its two default rules
# (charts/opentelemetry-operator/templates/prometheusrule.yaml), the duration and runbook base
# rendered with the chart's defaults.
OPCHART = "charts/opentelemetry-operator/templates/prometheusrule.yaml"
RUNBOOK = "https://opentelemetry.io/docs/kubernetes/operator/troubleshooting/prometheus-alerts-runbooks/"
take(OTELCHART[0], OPCHART, OTELCHART[1], {
    "ReconcileErrors": (None, "0.1333"),
    "WorkqueueDepth": ("queue_backlog", "27"),
}, lambda name: dict(
    {"controller": "opentelemetrycollector", "controllerGroup": "opentelemetry.io",
     "controllerKind": "OpenTelemetryCollector", "result": "error"} if name == "ReconcileErrors"
    else {"name": "opentelemetrycollector"},
    namespace="opentelemetry-operator-system", pod="opentelemetry-operator-5f6c8d7b9-vk4rt",
    instance="10.42.1.9:8443", job="opentelemetry-operator"),
    text=helm_file(OTELCHART[0], OTELCHART[1], OPCHART, {
        "{{ .Values.manager.prometheusRule.defaultRules.duration }}": "5m",
        '{{ default "%s" .Values.manager.prometheusRule.runbookUrl }}' % RUNBOOK: RUNBOOK}))


# ---------------------------------------------------------------------------------------------
# cloudoperators/greenhouse-extensions: the Greenhouse platform's plugins (SAP's operations
# platform) ship their own PrometheusRules: the logs plugin (OpenTelemetry Collector log shipping),
# the kafka plugin, the opensearch plugin (the log store), the alerts plugin's Alertmanager extras
# and the perses plugin (dashboards). The thanos plugin's rule files (copies of the thanos mixin)
# and the audit-logs plugin's vendored audit-poller chart are not taken.
GH = ("cloudoperators/greenhouse-extensions", "f3e4ddfaebf051dfd5d6723bb40bf2683a2e4fb3")


def gh_file(path, subs):
    return helm_file(GH[0], GH[1], path, subs)


GH_LOGS_COLLECTOR = {"namespace": "logs", "pod": "logs-opentelemetry-operator-7b9d5c6f48-m2xkd",
                     "instance": "10.100.12.41:8080", "job": "logs/opentelemetry-operator-metrics",
                     "controller": "opentelemetrycollector", "name": "opentelemetrycollector"}


def gh_logs_series(name):
    if name in ("ReconcileErrors", "WorkqueueDepth"):
        s = dict(GH_LOGS_COLLECTOR)
        if name == "ReconcileErrors":
            s["result"] = "error"
        return s
    return {"region": "eu-de-1", "k8s_node_name": "node-pool-a-7c9df-x2kqp",
            "pod": "logs-collector-logs-7f4bd", "k8s_cluster_name": "s-eu-de-1"}


take(GH[0], "logs/charts/templates/alerts.yaml", GH[1], {
    "FilelogRefusedLogs": (None, 12.4),
    "ReceiverRefusedMetric": (None, 3.1),
    "OTelLogsMissing": (None, 0),
    "ReconcileErrors": (None, 0.05),
    "WorkqueueDepth": ("queue_backlog", 0.2),
    "OTelLogsIncreasing": (None, 4.7),
    "OTelLogsDecreasing": (None, 5.3),
    "OTelLogsExportingFailed": (None, 0.83),
}, gh_logs_series, text=gh_file("logs/charts/templates/alerts.yaml", {'{{ printf "%s-alerts" $.Release.Name | trunc 63 }}': "logs-alerts"}))


def gh_kafka_series(name):
    if name == "KafkaNoBrokersOnline":  # absent(): the selector's labels
        return {"namespace": "kafka"}
    return {"topic": "logs.audit", "consumergroup": "logstash-audit-indexer"}


take(GH[0], "kafka/charts/templates/alerts.yaml", GH[1], {
    "KafkaConsumerLagTooHigh": ("queue_backlog", "18342"),
    "KafkaUnderReplicatedPartitions": (None, "2"),
    "KafkaNoBrokersOnline": (None, 1),
}, gh_kafka_series, text=gh_file("kafka/charts/templates/alerts.yaml", {
    "{{ .Release.Namespace }}": "kafka", '{{ printf "%s-alerts" .Values.kafka.name | trunc 63 }}': "kafka-alerts"}))


OS_SUBS = {"{{ .Release.Namespace }}": "opensearch-logs", "{{ .Values.cluster.cluster.name }}": "opensearch-logs"}


def os_series(name):
    if name.startswith("OpenSearchGuardian"):
        status = {"OpenSearchGuardianNoncompliant": "noncompliant", "OpenSearchGuardianEmpty": "empty"}.get(name, "compliant")
        s = {"namespace": "opensearch-logs", "cluster": "opensearch-logs", "pod": "opensearch-guardian-5c7d9f8b6-hw4tz",
             "instance": "10.100.7.23:9090", "job": "opensearch-guardian"}
        if name != "OpenSearchGuardianErrors":
            s["status"] = status
        return s
    if name == "OpenSearchOperatorDown":
        return {"namespace": "opensearch-logs", "pod": "opensearch-operator-controller-manager-6b8c4d7f5-pl9vn",
                "instance": "10.100.7.11:8443", "job": "opensearch-operator-controller-manager-metrics-service"}
    return {"opensearch_org_opensearch_cluster": "opensearch-logs", "deployment": "opensearch-logs-dashboards",
            "index": ".ds-logs-otel-000142"}


take(GH[0], "opensearch/chart/alerts/opensearch-cluster.yaml", GH[1], {
    "OpenSearchClusterRed": (None, 2),
    "OpenSearchClusterYellow": (None, 1),
    "OpenSearchIndexSizeTooLarge": (OUT, "an index grown past 200 GB while still written (a rollover not happening): neither storage capacity against a limit nor anything else settled"),
    "OpenSearchDashboardsUnavailable": ("node_down", 0),
}, os_series, text=gh_file("opensearch/chart/alerts/opensearch-cluster.yaml", OS_SUBS))
take(GH[0], "opensearch/chart/alerts/opensearch-guardian.yaml", GH[1], {
    "OpenSearchGuardianNoncompliant": (None, 1),
    "OpenSearchGuardianEmpty": (None, 1),
    "OpenSearchGuardianErrors": (None, 3),
    "OpenSearchGuardianStatusStale": (None, 612.4),
}, os_series, text=gh_file("opensearch/chart/alerts/opensearch-guardian.yaml", OS_SUBS))
take(GH[0], "opensearch/chart/alerts/opensearch-kube-metrics.yaml", GH[1], {
    "OpenSearchHotTierDiskFull": ("disk_full", 0.8712),
    "OpenSearchWarmTierDiskFull": ("disk_full", 0.8934),
}, os_series, text=gh_file("opensearch/chart/alerts/opensearch-kube-metrics.yaml", OS_SUBS))
take(GH[0], "opensearch/chart/alerts/opensearch-operator.yaml", GH[1], {
    "OpenSearchOperatorDown": ("node_down", 0),
}, os_series, text=gh_file("opensearch/chart/alerts/opensearch-operator.yaml", OS_SUBS))


take(GH[0], "alerts/charts/templates/prometheusRules.yaml", GH[1], {
    "AlertmanagerClusterMessagesPruned": (None, 0.4),
    "AlertmanagerClusterMessagesQueued": ("queue_backlog", 37),
    "AlertmanagerInvalidAlerts": (None, 0.07),
    "AlertmanagerClusterHealthDegraded": (None, 2),
    "AlertmanagerPeerReconnectFailed": (OUT, "failed reconnections to a gossip peer (a rate, not a member marked failed or unreachable): not settled by rule 11"),
}, {"container": "alertmanager", "namespace": "kube-monitoring", "pod": "alertmanager-kube-monitoring-0",
    "instance": "10.100.3.8:9093", "job": "kube-monitoring-alertmanager"},
    text=gh_file("alerts/charts/templates/prometheusRules.yaml", {"{{ $.Release.Namespace }}": "kube-monitoring"}))


PERSES_SUBS = {'{{ include "perses.jobName" . }}': "perses", '{{ include "release.name" . }}': "perses"}


def perses_series(name):
    if name == "PersesServiceAbsent":
        return {"job": "perses"}
    if name == "PersesContentSyncJobFailed":
        return {"namespace": "perses"}
    return {"job": "perses", "namespace": "perses", "pod": "perses-0", "instance": "10.100.9.14:8080"}


take(GH[0], "perses/charts/templates/rule-perses.yaml", GH[1], {
    "PersesServiceDown": ("node_down", 0),
    "PersesServiceAbsent": ("node_down", 1),
}, perses_series, text=gh_file("perses/charts/templates/rule-perses.yaml", PERSES_SUBS))
take(GH[0], "perses/charts/templates/rule-content-sync.yaml", GH[1], {
    "PersesContentSyncJobFailed": (None, 1),
}, perses_series, text=gh_file("perses/charts/templates/rule-content-sync.yaml", PERSES_SUBS))


# ---------------------------------------------------------------------------------------------
# kyma-project/telemetry-manager: internal/selfmonitor/config/testdata/rules.yaml (the Kyma
# telemetry module's self-monitor: the rules its manager generates for its OTLP gateways, agents
# and Fluent Bit, as the golden file of its generator; the rules carry no labels or annotations).
# Every taken rule aggregates `by (pipeline_name)`, so its series is that label alone.
take("kyma-project/telemetry-manager", "internal/selfmonitor/config/testdata/rules.yaml",
     "67492f6f5b6a70caf6cb11268e7737f1f0f26326", {
         "MetricGatewayAllDataDropped": (None, 1),
         "MetricGatewaySomeDataDropped": (None, 1),
         "MetricGatewayThrottling": (OUT, "receiver refusals named throttling (the gateway's memory limiter refusing data): the name reads rate limiting, the measurement the refusals the corpus labels null; not settled"),
         "MetricAgentAllDataDropped": (None, 1),
         "MetricAgentSomeDataDropped": (None, 1),
         "TraceGatewayAllDataDropped": (None, 1),
         "TraceGatewaySomeDataDropped": (None, 1),
         "TraceGatewayThrottling": (OUT, "receiver refusals named throttling (the gateway's memory limiter refusing data): the name reads rate limiting, the measurement the refusals the corpus labels null; not settled"),
         "LogGatewayAllDataDropped": (None, 1),
         "LogGatewaySomeDataDropped": (None, 1),
         "LogGatewayThrottling": (OUT, "receiver refusals named throttling (the gateway's memory limiter refusing data): the name reads rate limiting, the measurement the refusals the corpus labels null; not settled"),
         "LogAgentAllDataDropped": (None, 1),
         "LogAgentSomeDataDropped": (None, 1),
         "LogFluentBitAllDataDropped": (None, 1),
         "LogFluentBitSomeDataDropped": (None, 1),
         "LogFluentBitBufferInUse": ("queue_backlog", 412),
         "LogFluentBitNoLogsDelivered": (None, 1),
     }, {"pipeline_name": "loki-prod"})


# ---------------------------------------------------------------------------------------------
# ministryofjustice/cloud-platform-terraform-logging: resources/prometheusrule-alerts/alerts.yaml
# (the UK Ministry of Justice Cloud Platform's logging module: its own rules for the Fluent Bit
# DaemonSet that ships the platform's logs).
def moj_series(name):
    if name in ("FluentbitIsCrashLoopBackoffing", "FluentbitIsOOMKilled"):
        s = {"container": "fluent-bit", "namespace": "logging", "pod": "fluent-bit-9xk2v",
             "job": "kube-state-metrics", "instance": "10.0.22.14:8080"}
        if name == "FluentbitIsOOMKilled":
            s["reason"] = "OOMKilled"
        return s
    return {"name": "es.0", "namespace": "logging", "pod": "fluent-bit-9xk2v",
            "instance": "10.0.31.7:2020", "job": "fluent-bit"}


take("ministryofjustice/cloud-platform-terraform-logging", "resources/prometheusrule-alerts/alerts.yaml",
     "594d511af9115cd671c1942ee987314368566c85", {
         "FluentbitTooManyErrors": (OUT, "shares its name and message with kube-logging/logging-operator's rule already in the corpus (adapted copy)"),
         "FluentbitChunkTooManyRetries": (None, 0.27),
         "FluentbitIsCrashLoopBackoffing": (OUT, "restarts over 15m `> 0` (one restart satisfies it) under a CrashLoopBackOff name: rule 15 and the name disagree, not settled"),
         "FluentbitIsOOMKilled": ("out_of_memory", 1),
     }, moj_series)


# ---------------------------------------------------------------------------------------------
# osism/kolla-operations: prometheus/fluentd-aggregator.rules (OSISM's operations rules for the
# Kolla-deployed OpenStack clouds it runs: the fluentd aggregator that forwards the cloud's logs).
# The repository's other rule files are copies (awesome-prometheus-alerts' Elasticsearch and
# Prometheus rules, the alertmanager mixin) or outside this set's domain, and are not taken.
take("osism/kolla-operations", "prometheus/fluentd-aggregator.rules", "ef3fa6ac4214ebc4a8909355efeedd507840a026", {
    "fluentd_aggregator_buffer_size_warn": ("queue_backlog", 7.31e+08),
    "fluentd_aggregator_buffer_size_crit": ("queue_backlog", 2.41e+09),
}, {"host_name": "ctl-02", "instance": "10.10.1.12:24231", "job": "fluentd", "plugin_id": "forward_aggregator",
    "type": "forward", "plugin_category": "output"})


# ---------------------------------------------------------------------------------------------
# brunovlucena/auto-devops: 20-platform/services/loki/alerts.yaml (a home-lab platform's own
# PrometheusRule for the Loki it runs and the Alloy/Promtail clients that write to it, with a
# runbook per alert; its recording rules are not alerting rules). LokiRequestErrors keeps the loki
# mixin's expression under its own summary. Its one `printf '%.2f' $value` (single-quoted format,
# which Go templates reject as a character constant) is read as `printf "%.2f" $value` to render.
LOKI_BASE = {"instance": "10.42.2.31:3100", "job": "loki", "namespace": "loki", "pod": "loki-write-1", "container": "loki"}


def loki_series(name):
    if "Budget" in name or "SLO" in name:  # recorded ratios without labels
        return {}
    if name == "LokiIngesterMemoryUtilization":
        return {"container": "loki-ingester", "pod": "loki-ingester-0", "namespace": "loki",
                "instance": "10.0.4.12:10250", "job": "kubelet"}
    if name in ("LokiHighRestarts", "LokiPodCrashing"):
        s = {"container": "loki", "pod": "loki-write-1", "namespace": "loki", "job": "kube-state-metrics",
             "instance": "10.42.0.18:8080"}
        if name == "LokiPodCrashing":
            s["reason"] = "CrashLoopBackOff"
        return s
    if name.startswith(("LokiWriteDropped", "LokiProcessDropped")):
        return {"instance": "10.42.5.7:12345", "job": "alloy", "namespace": "monitoring", "pod": "alloy-7xk2p",
                "component_id": "loki.write.default" if "Write" in name else "loki.process.pods"}
    return dict(LOKI_BASE, route="loki_api_v1_push", org_id="fake")


LOKI_STORAGE = "error ratio of Loki's boltdb-shipper storage operations framed as an SLO burn: operations of a store (null as failed operations) or an error-budget burn (high_error_rate), not settled"
take("brunovlucena/auto-devops", "20-platform/services/loki/alerts.yaml", "3629063e4376c93f1af3691bc390d59dc8da0679", {
    "LokiInstanceDown": ("node_down", 0),
    "LokiRequestErrors": ("high_error_rate", "12.47"),
    "LokiSlowQueries": ("high_latency", 14.2),
    "LokiHighIngestionRate": (None, 13421772.8),
    "LokiChunkOperationFailures": (OUT, "named chunk operation failures, computes the rate of index entries per chunk: name and expression disagree (rule 8)"),
    "LokiDistributorErrors": (OUT, "a distributor error counter with no request total and no kind of error: neither requests' error rate nor a settled cause"),
    "LokiIngesterMemoryUtilization": ("out_of_memory", "93.41"),
    "LokiIngesterStreams": (None, "132418"),
    "LokiCompactorFailures": (None, 0.02),
    "LokiRequestLatency": ("high_latency", 31.7),
    "LokiDiscardedSamples": (OUT, "discarded samples of every reason summed (rate limits, validation, stream limits, too old): no reason label, not settled"),
    "LokiHighRestarts": ("crash_loop", 7),
    "LokiPodCrashing": ("crash_loop", 1),
    "LokiRateStoreRefreshFailures": (None, "0.05"),
    "LokiChunksFlushFailures": (None, "1.37"),
    "LokiWALDiskFullFailures": ("disk_full", 0.12),
    "LokiOutOfOrderEntries": (None, "4"),
    "LokiIndexCacheEncodeErrors": (None, "0.08"),
    "LokiWriteDroppedBytes": (None, "184320.00"),
    "LokiWriteDroppedEntries": (None, "412.60"),
    "LokiProcessDroppedLinesIsTooHigh": (None, "153.20"),
    "LokiProcessDroppedLines": (None, "153.20"),
    "LokiIngestionErrorBudgetBurn": ("high_error_rate", "0.018"),
    "LokiQueryErrorBudgetBurn": ("high_error_rate", "0.152"),
    "LokiStorageErrorBudgetBurn": (OUT, LOKI_STORAGE),
    "LokiIngestionSLOViolation": ("high_error_rate", "0.004"),
    "LokiQuerySLOViolation": ("high_error_rate", "0.023"),
    "LokiStorageSLOViolation": (OUT, LOKI_STORAGE),
}, loki_series, text=show("brunovlucena/auto-devops", "3629063e4376c93f1af3691bc390d59dc8da0679",
                          "20-platform/services/loki/alerts.yaml").replace("printf '%.2f' $value", 'printf "%.2f" $value'))


# ---------------------------------------------------------------------------------------------
# canonical/cos-proxy-operator: src/prometheus_alert_rules/vector_restarted.rule (the charm that
# proxies legacy machine telemetry into COS through a Vector instance: its one rule on Vector's
# own uptime).
take("canonical/cos-proxy-operator", "src/prometheus_alert_rules/vector_restarted.rule",
     "513b02951d28e9e8886297105584f6c1e1c57a3f", {
         "VectorRestarted": (None, 41.2),
     }, {"instance": "cos-proxy-0:8686", "job": "vector", "juju_application": "cos-proxy",
         "juju_model": "lma", "juju_unit": "cos-proxy/0"})


# canonical/otel-ebpf-profiler-operator: src/loki_alert_rules/error_level_logs_found.rule (the
# OpenTelemetry eBPF profiler charm's LogQL rule over its own logs, shipped to COS through the
# collector).
take("canonical/otel-ebpf-profiler-operator", "src/loki_alert_rules/error_level_logs_found.rule",
     "af2d676e37046e559b4b3ee4295b246be3bcebf8", {
         "HighPercentageError": (None, "7.84"),
     }, {"job": "otel-ebpf-profiler"})


# ---------------------------------------------------------------------------------------------
# kyma-project/kyma: the Kyma runtime's logging rules before logging moved to the telemetry
# module (each file read at the commit before the one that removed it): Fluent Bit's and Loki's
# "kyma-additions", the monitoring chart's logging rules and the older OK Log/Logspout rules.
# The Loki file's first three rules are the loki mixin's (names, expressions and messages) and are
# left out as copies. Helm's `{{ `...` }}` escapes (with spaces) are read as `{{`...`}}`.
KYMA = "kyma-project/kyma"
KYMA_ESC = {"{{ `": "{{`", "` }}": "`}}"}
KYMA_LOKI_COPY = "the loki mixin's rule (name, expression and message): a copy"


def kyma_file(commit, path, subs):
    return helm_file(KYMA, commit, path, dict(subs, **KYMA_ESC))


take(KYMA, "resources/logging/charts/fluent-bit/templates/kyma-additions/fluent-bit.rules.yaml",
     "0e0e51d20a8e5db3dd6104311889184bfe366393", {
         "NoOutputBytesProcessed": (None, 0),
     }, {"instance": "10.244.1.23:2020", "name": "http.0", "job": "logging-fluent-bit", "namespace": "kyma-system",
         "pod": "logging-fluent-bit-k7x2m"},
     text=kyma_file("0e0e51d20a8e5db3dd6104311889184bfe366393",
                    "resources/logging/charts/fluent-bit/templates/kyma-additions/fluent-bit.rules.yaml", {
                        '{{ printf "%s-%s" (include "fluent-bit.fullname" .) "kyma-fluent-bit.rules" | trunc 63 | trimSuffix "-" }}': "logging-fluent-bit-kyma-fluent-bit.rules",
                        "{{ .Values.prometheusRules.fluentBitAlertFilter }}": 'job="logging-fluent-bit"'}))
take(KYMA, "resources/logging/charts/loki/templates/kyma-additions/loki.rules.yaml",
     "1ec5ec326acbeae8a399727d646fe63141d4c846", {
         "LokiRequestErrors": (OUT, KYMA_LOKI_COPY),
         "LokiRequestLatency": (OUT, KYMA_LOKI_COPY),
         "LokiRequestPanics": (OUT, KYMA_LOKI_COPY),
         "LokiDiscardsLogs": (OUT, "discarded bytes of every reason (rate limits, validation, stream limits, too old): not settled"),
     }, {"job": "kyma-system/logging-loki"},
     text=kyma_file("1ec5ec326acbeae8a399727d646fe63141d4c846",
                    "resources/logging/charts/loki/templates/kyma-additions/loki.rules.yaml", {
                        '{{ printf "%s-%s" (include "loki.fullname" .) "kyma-loki.rules" | trunc 63 | trimSuffix "-" }}': "logging-loki-kyma-loki.rules"}))
take(KYMA, "resources/monitoring/charts/alert-rules/templates/alert-rules-logging.yaml",
     "604996000b65cd9e526da61c4fa21800d0d3bee0", {
         "LoggingKBPSHigh": (None, "1387.4"),
         "LoggingHighRequestCount": (OUT, "named a request count, computes the rate of summed request durations: name and expression disagree (rule 8)"),
         "LoggingFailedRequestPercentage": ("high_error_rate", "41.7"),
     }, {"instance": "10.244.2.8:3100", "job": "logging-loki", "namespace": "kyma-system", "pod": "logging-loki-0",
         "route": "api_prom_push"},
     text=kyma_file("604996000b65cd9e526da61c4fa21800d0d3bee0",
                    "resources/monitoring/charts/alert-rules/templates/alert-rules-logging.yaml", {}))
take(KYMA, "resources/logging/charts/logging-alerts/templates/logging-component-rules.yaml",
     "14e85570475cdcee4a263390054780af55ca8ea0", {
         "OKLogPodMemoryUsageIsHigh": ("out_of_memory", "93.6"),
         "LogspoutPodMemoryUsageIsHigh": ("out_of_memory", "91.2"),
         "LogspoutDaemonSetRolloutStuck": (OUT, "ready pods of a DaemonSet below desired (a replica mismatch, not pods said down): not settled"),
     }, lambda name: {"daemonset": "logging-logspout", "namespace": "kyma-system", "job": "kube-state-metrics"}
     if name == "LogspoutDaemonSetRolloutStuck" else
     {"namespace": "kyma-system", "pod_name": "logging-oklog-0" if name.startswith("OKLog") else "logging-logspout-7xq9k",
      "container_name": "oklog" if name.startswith("OKLog") else "logspout", "instance": "10.0.3.4:10250", "job": "kubelet"},
     text=kyma_file("14e85570475cdcee4a263390054780af55ca8ea0",
                    "resources/logging/charts/logging-alerts/templates/logging-component-rules.yaml", {}))


# ---------------------------------------------------------------------------------------------
# canonical/blackbox-exporter-k8s-operator: src/prometheus_alert_rules/*.rule (the COS blackbox
# exporter charm's rules: its probes' results and its own units' availability). The charm's
# BlackboxJobMissing says it is based on awesome-prometheus-alerts and is left out as a copy.
BBX = ("canonical/blackbox-exporter-k8s-operator", "b34ec4734057f4b4ef921fd9be19d666f785716a")
BBX_UNIT = {"instance": "cos_0ba4c1e2_blackbox-exporter_blackbox-exporter/0", "job": "juju_cos_0ba4c1e2_blackbox-exporter_prometheus_scrape",
            "juju_application": "blackbox-exporter", "juju_model": "cos", "juju_model_uuid": "0ba4c1e2-7d3f-4b8a-9c61-2f5e8d7a1b34",
            "juju_unit": "blackbox-exporter/0"}
BBX_PROBE = {"instance": "https://landscape.example.com", "job": "blackbox_https_landscape", "probe_target": "https://landscape.example.com",
             "juju_application": "blackbox-exporter", "juju_model": "cos", "juju_unit": "blackbox-exporter/0"}
take(BBX[0], "src/prometheus_alert_rules/blackbox_missing.rule", BBX[1], {
    "BlackboxJobMissing": (OUT, "says it is based on awesome-prometheus-alerts' PrometheusJobMissing: a copy"),
}, BBX_UNIT)
take(BBX[0], "src/prometheus_alert_rules/probe_failure.rule", BBX[1], {
    "ProbeFailedOnce": (OUT, "one failed probe result (for: 0m) that does not say the target is down: rule 7, left out"),
    "ProbeFailed": ("node_down", 0),
}, BBX_PROBE)
take(BBX[0], "src/prometheus_alert_rules/ssl_expiration.rule", BBX[1], {
    "BlackboxExporterSSLCertExpiringSoon30Days": ("certificate_expiry", 2211840),
    "BlackboxExporterSSLCertExpiringSoon15Days": ("certificate_expiry", 1036800),
}, BBX_PROBE)
take(BBX[0], "src/prometheus_alert_rules/unit_unavailable.rule", BBX[1], {
    "BlackboxExporterUnitIsUnavailable": ("node_down", 0),
    "BlackboxExporterUnitIsDown": ("node_down", 0.33),
}, BBX_UNIT)


FILES.write("rulesets33d.jsonl")
