"""rulesets30e.jsonl: whole alerting-rule files of public projects no corpus used before (session 30,
fifth helper; observability and data-pipeline tools' own rules: workflow orchestration, stream and
batch processing operators, tracing and telemetry pipelines).

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
from rule_templates import OUT, RuleFiles, helm_file, helm_text, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# astronomer/astronomer: charts/prometheus/templates/prometheus-alerts-configmap.yaml (the Astronomer
# platform's Prometheus chart for hosted Apache Airflow deployments). The ConfigMap's `alerts` key
# holds 23 groups; only the platform's own groups are read (airflow, platform, Ingress, PostgreSQL);
# the others (kube-state-metrics, node-exporter, kubernetes-*, prometheus, alertmanager.rules,
# general.rules, node-time, node-network) are copies of kube-prometheus' rules and are skipped.
ASTRONOMER = ("astronomer/astronomer", "charts/prometheus/templates/prometheus-alerts-configmap.yaml",
              "7498b11f43e2c79227e8a5b9aa843b7c632dc10e")
ASTRONOMER_OWN = ("airflow", "platform", "Ingress", "PostgreSQL")


def astronomer_text():
    """The chart's template with `{{ printf "%q" "..." }}` and `{{"..."}}` (Helm's way of passing a
    Prometheus template through) replaced by the quoted string they print, the release namespace
    put in, Helm comments and the empty-list fallbacks dropped; then the own groups of the
    ConfigMap's `alerts` document."""
    t = show(ASTRONOMER[0], ASTRONOMER[2], ASTRONOMER[1])
    t = re.sub(r'\{\{ printf "%q" "(.*?)" \}\}', lambda m: '"' + m.group(1) + '"', t)
    t = re.sub(r'\{\{"(.*?)"\}\}', lambda m: '"' + m.group(1) + '"', t)
    t = t.replace("{{.Release.Namespace}}", "astronomer")
    t = "\n".join(line for line in t.splitlines()
                  if line.strip() != "[]" and not line.strip().startswith("{{/*"))
    alerts = yaml.safe_load(yaml.safe_load(helm_text(t))["data"]["alerts"])
    groups = [g for g in alerts["groups"] if g["name"] in ASTRONOMER_OWN]
    return yaml.safe_dump({"groups": groups}, sort_keys=False)


GITLAB_PG = "copied from GitLab's PostgreSQL rules (same name, expression and wording, already in the corpus): not this project's wording"
take(*ASTRONOMER, {
    "AirflowDeploymentUnhealthy": (OUT, "fewer running containers than the release's containers for 15m, 'not completely available': a deployment's availability (a replica-mismatch look-alike) or containers down, not settled"),
    "AirflowSchedulerUnhealthy": ("node_down", 0),
    "AirflowPodQuota": (None, 96.7),
    "AirflowTasksPendingIncreasing": ("queue_backlog", 37),
    "AirflowOperatorFailureRate": (None, 63.4),
    "ManyUnhealthySchedulers": ("node_down", 7),
    "SchedulersNotHealthy": ("node_down", 0.42),
    "NginxIngressHighAvgLatency": ("high_latency", "1.84"),
    "NginxIngressHigh4XXRate": ("high_error_rate", "7.31"),
    "NginxIngressHigh5XXRate": ("high_error_rate", "12.06"),
    "ElasticSeachUnassignedShards": (None, 4),
    "ElasticDiskLowWatermarkReached": ("disk_full", 86.412),
    "ElasticDiskHighWatermarkReached": ("disk_full", 91.207),
    "ElasticDiskFloodWatermarkReached": ("disk_full", 95.634),
    "IngessCertificateExpiration": ("certificate_expiry", 431872),
    "AirflowChartVersionInconsistent": (None, 3),
    "PostgreSQLMaxConnectionsReached": (OUT, GITLAB_PG),
    "PostgreSQLHighConnections": (OUT, GITLAB_PG),
    "PostgreSQLDown": (OUT, GITLAB_PG),
    "PostgreSQLSlowQueries": (OUT, GITLAB_PG),
}, {"namespace": "astronomer", "release": "quasarian-nebula-4821", "workspace": "ckz8r1x0f00051tqs6a9d2k7b",
    "deployment": "quasarian-nebula-4821", "instance": "10.12.4.37:9102", "job": "airflow-statsd"},
    {"operator": "SnowflakeOperator", "ingress": "astronomer-houston", "host": "houston.astro.example.com",
     "name": "astronomer-elasticsearch-data-1", "node": "astronomer-elasticsearch-data-1"},
    text=astronomer_text())


# ---------------------------------------------------------------------------------------------
# Netcracker/qubership-spark-on-k8s: chart/helm/spark-on-k8s/templates/prometheus-rule.yaml (the
# Qubership Spark-on-Kubernetes chart's own rules for the Spark operator's controller and webhook;
# thresholds from the template's own `default 90`)
SPARK = ("Netcracker/qubership-spark-on-k8s", "chart/helm/spark-on-k8s/templates/prometheus-rule.yaml",
         "abf8f4f3cfc923580baee3d05be36233ae36fa15")
take(*SPARK, {
    "SparkOperatorControllerCPUusage": (None, 96.3),
    "SparkOperatorControllerMemoryUsage": ("out_of_memory", 93.8),
    "SparkOperatorWebhookCPUusage": (None, 94.1),
    "SparkOperatorWebhookMemoryUsage": ("out_of_memory", 91.5),
    "SparkOperatorControllerIsDegraded": ("node_down", 1),
    "SparkOperatorControllerIsDown": ("node_down", 1),
    "SparkOperatorWebhookIsDegraded": ("node_down", 1),
    "SparkOperatorWebhookIsDown": ("node_down", 1),
}, {"namespace": "spark", "service": "spark-on-k8s"}, {},
    text=helm_file(*(SPARK[0], SPARK[2], SPARK[1]), {
        "{{ .Release.Namespace }}": "spark", "{{ .Release.Name }}": "spark-on-k8s",
        "{{ default 90 .Values.prometheusRules.alert.cpuThreshold }}": "90",
        "{{ default 90 .Values.prometheusRules.alert.memoryThreshold }}": "90"}))


# ---------------------------------------------------------------------------------------------
# canonical/grafana-agent-operator: src/prometheus_alert_rules/*.rules (the Grafana Agent machine
# charm's own host rules, forwarded with the node metrics it ships; twelve files, one take each).
# Many are adapted from awesome-prometheus-alerts' host rules (renamed, new expressions); six names
# are shared with other corpora (HostConntrackLimit, HostMemoryUnderMemoryPressure,
# HostNetworkReceiveErrors, HostNetworkTransmitErrors, HostNetworkBondDegraded, HostOomKillDetected).
GRAFANA_AGENT = ("canonical/grafana-agent-operator", "de1252e7966c0b2ff1c613dbec341efd303d708b")
GA_BASE = {"instance": "juju-8a3b1c-2", "job": "juju_cos_8a3b1c_grafana-agent_node-exporter", "juju_model": "cos",
           "juju_application": "grafana-agent", "juju_unit": "grafana-agent/2"}
GA_TABLE = [
    ("arp_cache", {"HostArpCache": (None, "84")}, {}, {}),
    ("conntrack", {"HostConntrackLimit": (None, "83")}, {}, {}),
    ("disk", {
        "HostDiskSpaceFillsUp": ("disk_full", "94"),
        "HostDiskSpace": ("disk_full", "93"),
        "HostXFSError": (None, 1),
    }, {"mountpoint": "/", "device": "/dev/sda1", "fstype": "ext4"}, {}),
    ("hwmon", {"HwmonTempAlarm": (None, 1)}, {"chip": "platform_coretemp_0", "sensor": "temp3"}, {}),
    ("mdadm", {
        "RaidDisksFailed": (None, 1),
        "RaidDisksSpare": (None, 1),
        "RaidDeviceInactive": (None, 1),
        "RaidDeviceRecovering": (None, 1),
    }, {"device": "md0"}, {}),
    ("memory", {
        "HostMemoryFillsUp": ("out_of_memory", "92"),
        "HostMemoryFull": ("out_of_memory", "7"),
        "HostSwapFull": ("out_of_memory", 93.41),
        "HostMemoryUnderMemoryPressure": (OUT, "a rate of major page faults only: paging rates alone are left out (POLICY rule 7)"),
    }, {}, {}),
    ("network", {
        "HostInterfaceMTUSize": (None, 9000),
        "HostInterfaceSpeed": (None, 125000000),
        "HostNetworkReceiveErrors": (None, "0.0183"),
        "HostNetworkTransmitErrors": (None, "0.0127"),
        "HostNetworkBondDegraded": (None, -1),
    }, {"device": "ens3"}, {"master": "bond0"}),
    ("oomkill", {"HostOomKillDetected": ("out_of_memory", 1)}, {}, {}),
    ("pressure", {
        "HostHighCpuWaitingTime": (None, "0.97"),
        "HostHighIOWaitingTime": (None, "0.72"),
        "HostHighMemoryWaitingTime": ("out_of_memory", "0.64"),
    }, {}, {}),
    ("process", {
        "TooManyProcesses": (None, 84.6),
        "ProcessesIncresingWarning": (None, 0.35),
    }, {}, {}),
    ("reboot", {"HostReboot": (None, 1)}, {}, {}),
    ("useful", {
        "HostSystemdFailedScopes": (None, 57),
        "HostLoggedInUsers": (None, 31),
    }, {}, {}),
]
for _name, _labels, _series, _extra in GA_TABLE:
    take(GRAFANA_AGENT[0], f"src/prometheus_alert_rules/{_name}.rules", GRAFANA_AGENT[1], _labels,
         dict(GA_BASE, **_series), _extra)


# ---------------------------------------------------------------------------------------------
# canonical/opentelemetry-collector-k8s-operator: src/prometheus_alert_rules/otelcol_*.rules (the
# OpenTelemetry Collector charm's own rules on the collector's internal telemetry; three files)
OTELCOL = ("canonical/opentelemetry-collector-k8s-operator", "2a778670309763cd21586fba7faad91f8772c88a")
OTEL_BASE = {"juju_model": "cos", "juju_application": "otelcol", "juju_unit": "otelcol/0"}
take(OTELCOL[0], "src/prometheus_alert_rules/otelcol_exporter.rules", OTELCOL[1], {
    "failed-logs": (None, 14.2),
    "failed-metrics": (None, 231.7),
    "failed-traces": (None, 48.9),
    "queue-near-capacity": ("queue_backlog", 0.87),
    "queue-overflow": ("queue_backlog", 112.4),
}, OTEL_BASE)
take(OTELCOL[0], "src/prometheus_alert_rules/otelcol_hardware.rules", OTELCOL[1], {
    "high-cpu-usage": (None, 96.2),
}, OTEL_BASE)
take(OTELCOL[0], "src/prometheus_alert_rules/otelcol_receiver.rules", OTELCOL[1], {
    "receiver-refused-logs": (None, 6.3),
    "receiver-refused-metrics": (None, 41.8),
}, OTEL_BASE)


# ---------------------------------------------------------------------------------------------
# canonical/loki-k8s-operator: src/prometheus_alert_rules/loki_distributor_failures.rule (the Loki
# charm's own rule); its four other rule files (LokiProcessTooManyRestarts, LokiRequestErrors,
# LokiRequestLatency, LokiRequestPanic) copy awesome-prometheus-alerts' Loki rules (names and
# wording already in the corpus) and are not read.
take("canonical/loki-k8s-operator", "src/prometheus_alert_rules/loki_distributor_failures.rule",
     "8bcecbf2fd2727c528060fc29c5d0146b3efc650", {
         "LokiDistributorRejectingLogs": ("rate_limited", "0.87"),
     }, {"namespace": "cos", "job": "loki", "route": "loki_api_v1_push", "reason": "rate_limited"})


# ---------------------------------------------------------------------------------------------
# canonical/alertmanager-k8s-operator: src/prometheus_alert_rules/*.rule (the Alertmanager charm's
# own rules on itself; three one-rule files)
ALERTMANAGER = ("canonical/alertmanager-k8s-operator", "876ead46978a030c82f7481f9158832a1df85ce3")
AM_BASE = {"juju_model": "cos", "juju_application": "alertmanager", "juju_unit": "alertmanager/0",
           "instance": "cos_5c1e2f0a_alertmanager_alertmanager/0", "job": "juju_cos_5c1e2f0a_alertmanager_prometheus_scrape"}
take(ALERTMANAGER[0], "src/prometheus_alert_rules/alertmanager_configuration_reload_failure.rule", ALERTMANAGER[1], {
    "AlertmanagerConfigurationReloadFailure": (None, 0),
}, AM_BASE)
take(ALERTMANAGER[0], "src/prometheus_alert_rules/alertmanager_notifications_failed.rule", ALERTMANAGER[1], {
    "AlertmanagerNotificationsFailed": (None, 12, {"integration": "webhook"}),
}, AM_BASE)
take(ALERTMANAGER[0], "src/prometheus_alert_rules/heartbeat.rule", ALERTMANAGER[1], {
    "Watchdog": (None, 1),
}, {})


# ---------------------------------------------------------------------------------------------
# canonical/kfp-operators: charms/kfp-api/src/prometheus_alert_rules/KubeflowKfpApiServices.rules
# (the Kubeflow Pipelines API charm's rules; KubeflowServiceDown and KubeflowServiceIsNotStable are
# the Charmed Kubeflow template every charm ships, their names already in `corpus`)
KF_BASE = {"juju_model": "kubeflow", "juju_charm": "kfp-api", "juju_application": "kfp-api", "juju_unit": "kfp-api/0",
           "instance": "kubeflow_2b7d4e91_kfp-api_kfp-api/0", "job": "juju_kubeflow_2b7d4e91_kfp-api_prometheus_scrape"}
take("canonical/kfp-operators", "charms/kfp-api/src/prometheus_alert_rules/KubeflowKfpApiServices.rules",
     "bbc97a3475fcd1295c59d1fd9b88567956e96492", {
         "KubeflowServiceDown": ("node_down", 0),
         "KubeflowServiceIsNotStable": ("node_down", 0.4),
         "KFP_Too_Many_Open_File_Descriptors": ("fd_exhaustion", 1048576),
         "KFP_File_Descriptors_Exhausted_Prediction": ("fd_exhaustion", 1193046),
     }, KF_BASE)


# ---------------------------------------------------------------------------------------------
# canonical/mlflow-operator: src/prometheus_alert_rules/mlflow-server.rule (the MLflow server
# charm's own rule); its KubeflowMlflowServerServices.rules is the Charmed Kubeflow template
# (the same two rules as kfp-api's, taken there) and is not read.
take("canonical/mlflow-operator", "src/prometheus_alert_rules/mlflow-server.rule",
     "17cfd547f10e4ed94818b7f5f8f641f99320e957", {
         "MLFlowRequestDurationTooLong": ("high_latency", 9.4),
     }, dict(KF_BASE, juju_charm="mlflow-server", juju_application="mlflow-server", juju_unit="mlflow-server/0",
             instance="kubeflow_2b7d4e91_mlflow-server_mlflow-server/0",
             job="juju_kubeflow_2b7d4e91_mlflow-server_prometheus_scrape"))


# ---------------------------------------------------------------------------------------------
# llmariner/inference-manager: deployments/server/templates/prometheusrule.yaml (the LLMariner
# inference manager server's own rules on its LLM inference engines; the heartbeat rule is
# rendered, as its chart's `engineHeartbeat.enable` gate is only a Helm condition)
take("llmariner/inference-manager", "deployments/server/templates/prometheusrule.yaml",
     "fd0e9332022901c353be710090b7da9d587b1aee", {
         "Inference Manager Server in-progress task duration": (OUT, "the longest in-progress task above 300 s: a task the server forwards to an engine, neither request latency nor a queue wait as measured; not settled"),
         "Inference Manager Server engine status inconsistency": (None, 2),
         "Inference Manager Server disconnected from engines": (OUT, "no engine connected for a tenant: engines down, disconnected or scaled to zero, not settled"),
         "Inference Manager Server engine heartbeat": ("node_down", 412),
     }, {"namespace": "llmariner", "pod": "inference-manager-server-6c9f7d8b5-x2kqp", "tenant_id": "default-tenant-7f3a"},
     text=helm_text(show("llmariner/inference-manager", "fd0e9332022901c353be710090b7da9d587b1aee",
                         "deployments/server/templates/prometheusrule.yaml")))


# ---------------------------------------------------------------------------------------------
# canonical/pyroscope-k8s-operator: coordinator/src/prometheus_alert_rules/workers/alerts.yaml (the
# Pyroscope profiling backend charm's own rules on its workers; its nginx/alerts.yaml (two nginx
# rules) not read)
take("canonical/pyroscope-k8s-operator", "coordinator/src/prometheus_alert_rules/workers/alerts.yaml",
     "444751cfce224764393d1819c84413bf477333e1", {
         "PyroscopeRingMemberUnhealthy": (OUT, "ring members in the Unhealthy state: a ring's 'unhealthy' status is not settled (POLICY rule 9)"),
         "PyroscopeStoreGatewayNotSyncing": (None, 0),
         "PyroscopeTCPConnectionsLimit": ("connection_pool_exhaustion", 87.5),
         "PyroscopePanicsDetected": (None, 1),
         "PyroscopeFrontendNotConnectedToScheduler": (OUT, "a query frontend connected to no scheduler: schedulers down or a connection problem, not settled"),
         "PyroscopeCompactorFailures": (None, 2),
         "PyroscopeBlockCleanupFailures": (None, 3),
         "PyroscopeObjectStoreOperationFailures": (None, 17),
         "PyroscopeHighReadRequestLatency": ("high_latency", 2.31),
         "PyroscopeReadRequestErrors": ("high_error_rate", "14.62"),
         "PyroscopeHighWriteRequestLatency": ("high_latency", 1.48),
         "PyroscopeWriteRequestErrors": ("high_error_rate", "11.27"),
     }, {"instance": "pyroscope-worker-0.pyroscope-worker-endpoints.cos.svc.cluster.local:4040",
         "job": "juju_cos_7e2a9c41_pyroscope-worker_prometheus_scrape"},
     {"method": "POST", "route": "ingest", "bucket": "pyroscope", "operation": "upload"})


# ---------------------------------------------------------------------------------------------
# canonical/seldon-core-operator: src/prometheus_alert_rules/seldon_errors.rule (the Seldon Core
# model-serving operator charm's own rules); its KubeflowSeldonCoreServices.rules is the Charmed
# Kubeflow template (taken under kfp-operators) and is not read.
take("canonical/seldon-core-operator", "src/prometheus_alert_rules/seldon_errors.rule",
     "106e21b17a8cdd98eea32e0108974c639563190f", {
         "SeldonWorkqueueTooManyRetries": (None, 0.27),
         "SeldonHTTPError": ("high_error_rate", 0.15, {"code": "404"}),
         "SeldonReconcileError": (None, 0.05),
         "SeldonUnfinishedWorkIncrease": (OUT, "the seconds of in-progress work in the controller's workqueue rising: work being processed for long (stuck workers), neither queue depth nor waiting time; not settled"),
         "SeldonWebhookError": ("high_error_rate", 0.1, {"code": "500"}),
     }, {"juju_model": "kubeflow", "juju_application": "seldon-controller-manager", "juju_unit": "seldon-controller-manager/0",
         "juju_charm": "seldon-core", "instance": "kubeflow_4c8e1d27_seldon-controller-manager_seldon-controller-manager/0",
         "job": "juju_kubeflow_4c8e1d27_seldon-controller-manager_prometheus_scrape"},
     {"webhook": "/validate-machinelearning-seldon-io-v1-seldondeployment"})


# ---------------------------------------------------------------------------------------------
# canonical/grafana-k8s-operator: src/prometheus_alert_rules/unit_unavailable.rule (the Grafana
# charm's own self-monitoring rules)
take("canonical/grafana-k8s-operator", "src/prometheus_alert_rules/unit_unavailable.rule",
     "382e4636b6dfd2dd48efd45cb03284f4ba6952c4", {
         "GrafanaUnitIsUnavailable": ("node_down", 0),
         "GrafanaUnitIsDown": ("node_down", 0.33),
     }, {"juju_model": "cos", "juju_application": "grafana", "juju_unit": "grafana/0", "juju_charm": "grafana-k8s",
         "instance": "cos_5c1e2f0a_grafana_grafana/0", "job": "juju_cos_5c1e2f0a_grafana_prometheus_scrape"})


FILES.write("rulesets30e.jsonl")
