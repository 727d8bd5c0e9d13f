"""rulesets30e.jsonl: whole alerting-rule files of public projects no corpus used before (session 30,
fifth helper; observability and data-pipeline tools' own rules: workflow orchestration, stream and
batch processing operators, tracing and telemetry pipelines).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import json
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_text, show  # noqa: E402

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets30e.jsonl")

FILES = RuleFiles()
ITEMS = FILES.items
LEFT_OUT = FILES.left_out
take = FILES.take


def helm(repo, commit, path, subs):
    """A Helm chart's rule template rendered by rule_templates.helm_text after the chart's release
    name, namespace and default thresholds (values.yaml or the template's own `default`) are put in
    place of their actions."""
    text = show(repo, commit, path)
    for k, v in subs.items():
        text = text.replace(k, v)
    return helm_text(text)


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
    text=helm(*(SPARK[0], SPARK[2], SPARK[1]), {
        "{{ .Release.Namespace }}": "spark", "{{ .Release.Name }}": "spark-on-k8s",
        "{{ default 90 .Values.prometheusRules.alert.cpuThreshold }}": "90",
        "{{ default 90 .Values.prometheusRules.alert.memoryThreshold }}": "90"}))


def write():
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    nulls = sum(1 for i in ITEMS if i["expected"] is None)
    projects = {}
    for i in ITEMS:
        projects[i["project"]] = projects.get(i["project"], 0) + 1
    print(f"rulesets30e.jsonl: {len(ITEMS)} items, {nulls} null, {len(projects)} projects")
    for p, n in projects.items():
        print(f"  {p}: {n}")
    for r in LEFT_OUT:
        print("  out:", *r)


write()
