#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_cloud23.jsonl: cloud vendors' alert notifications as the
shipped vendor mappings of `config/sources.example.yml` turn them into labels and annotations.

- CloudWatch alarms delivered by SNS (`cloudwatch` source): alertname = AlarmName, service = the
  alarm's first dimension value, dimension, region, namespace, metric (Trigger.MetricName),
  sender; annotations description = AlarmDescription, message = the NewStateReason CloudWatch
  writes.
- Azure Monitor alerts in the common alert schema (`azure` source): alertname = alertRule,
  service = the affected resource's name, severity, signal_type, monitoring_service,
  resource_group, sender; annotations description = the rule's description, metric = the
  condition's metricName (metric alerts only), search_query (log alerts only).
- Google Cloud Monitoring incidents, schema 1.2 (`gcp` source): alertname = policy_name, service,
  condition, severity, resource_type, project, sender; annotations summary = the incident's
  summary as Cloud Monitoring writes it, description = the policy's documentation content, metric
  = the metric's display name.

Alarm names, descriptions, metric names and thresholds are quoted from the public files named in
each source tuple (repo, path, commit); resource names, regions, projects and values are made up.
Each item's expected signature was decided from the alarm's meaning (metric, direction,
threshold, description) under tests/fixtures/corpus/POLICY.md before the classifier ran on the
file; the reasons are in the `why` strings and in SOURCES.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_cloud23.jsonl")

CMP = {
    "GreaterThanThreshold": "greater than",
    "GreaterThanOrEqualToThreshold": "greater than or equal to",
    "LessThanThreshold": "less than",
    "LessThanOrEqualToThreshold": "less than or equal to",
}
REGION = {
    "us-east-1": "US East (N. Virginia)",
    "us-west-2": "US West (Oregon)",
    "eu-west-1": "EU (Ireland)",
    "eu-west-2": "EU (London)",
    "eu-central-1": "EU (Frankfurt)",
    "ap-southeast-1": "Asia Pacific (Singapore)",
    "sa-east-1": "South America (Sao Paulo)",
    "ap-northeast-2": "Asia Pacific (Seoul)",
}


def fmt(v):
    return f"{float(v):.1f}" if abs(float(v)) < 1e15 else repr(float(v))


def reason(values, threshold, cmp, minute=17, day="04/12/26", hour=21):
    """The NewStateReason CloudWatch writes for a static threshold."""
    n = len(values)
    points = ", ".join(f"{fmt(v)} ({day} {hour:02d}:{(minute - i) % 60:02d}:00)" for i, v in enumerate(values))
    verb = "was" if n == 1 else "were"
    dp = "datapoint" if n == 1 else "datapoints"
    return (f"Threshold Crossed: {n} out of the last {n} datapoints [{points}] {verb} {CMP[cmp]} "
            f"the threshold ({fmt(threshold)}) (minimum {n} {dp} for OK -> ALARM transition).")


def cloudwatch(src, expected, why, name, description, namespace, metric, dim, region, values,
               threshold, cmp):
    """An alarm of `src` = (repo, path, commit) as SNS delivers it to the cloudwatch source."""
    labels = {"alertname": name}
    if dim:
        labels["service"] = dim[1]
        labels["dimension"] = dim[0]
    labels["region"] = region
    if metric:  # a metric-math alarm's Trigger has Metrics, no Namespace or MetricName
        labels["namespace"] = namespace
    if metric:
        labels["metric"] = metric
    labels["sender"] = "cloudwatch"
    ann = {}
    if description:
        ann["description"] = description
    ann["message"] = reason(values, threshold, cmp)
    family.add(src, expected, f"CloudWatch alarm {name!r} ({src[0]} {src[1]}) via SNS: {why}",
               labels, ann)


def azure(src, expected, why, rule, resource, severity, signal, monitoring, rg, description,
          metric=None, query=None):
    """An Azure Monitor alert rule of `src` firing, common alert schema, azure source."""
    labels = {"alertname": rule, "service": resource, "severity": severity,
              "signal_type": signal, "monitoring_service": monitoring,
              "resource_group": rg, "sender": "azure"}
    ann = {}
    if description:
        ann["description"] = description
    if metric:
        ann["metric"] = metric
    if query:
        ann["search_query"] = query
    family.add(src, expected, f"Azure Monitor alert {rule!r} ({src[0]} {src[1]}), common alert schema: {why}",
               labels, ann)


def gcp(src, expected, why, policy, condition, service, resource_type, project, summary,
        documentation=None, metric=None, severity=None):
    """A Cloud Monitoring incident of the alert policy in `src`, webhook schema 1.2, gcp source."""
    labels = {"alertname": policy}
    if service:
        labels["service"] = service
    labels["condition"] = condition
    if severity:
        labels["severity"] = severity
    labels["resource_type"] = resource_type
    labels["project"] = project
    labels["sender"] = "gcp"
    ann = {"summary": summary}
    if documentation:
        ann["description"] = documentation
    if metric:
        ann["metric"] = metric
    family.add(src, expected, f"Cloud Monitoring incident of policy {policy!r} ({src[0]} {src[1]}): {why}",
               labels, ann)


# --- Planning-Inspectorate/infrastructure-environments: App Service alerts (Azure) ---
PINS = ("Planning-Inspectorate/infrastructure-environments", "app/modules/node-app-service/monitoring.tf",
        "007c68061b82352c342fc9b54b9bf842e63b0c8b")
azure(PINS, "high_error_rate", "Http5xx count of an App Service (rule 4)",
      "Http 5xx - pins-app-appeals-front-office-prod", "pins-app-appeals-front-office-prod", "Sev2",
      "Metric", "Platform", "pins-rg-appeals-service-prod-uks-001",
      "Sends an alert when the App Service returns excess 5xx respones", metric="Http5xx")
azure(PINS, "high_latency", "HttpResponseTime average above 3 s (rule 4)",
      "Response Time - pins-app-appeals-back-office-prod", "pins-app-appeals-back-office-prod", "Sev2",
      "Metric", "Platform", "pins-rg-appeals-service-prod-uks-001",
      "Sends an alert when the App Service response exceeds 3 seconds", metric="HttpResponseTime")
azure(PINS, None, "activity-log alert on the Microsoft.Web/sites/stop/Action operation: an operator stopped the app (rule 9)",
      "App Service Stopped - pins-app-applications-service-prod", "pins-app-applications-service-prod", "Sev4",
      "Activity Log", "Activity Log - Administrative", "pins-rg-applications-service-prod-uks-001",
      "Sends an alert when the App Service is stopped")
azure(PINS, None, "activity-log alert on Microsoft.Web/sites/Delete: an operator deleted the app (rule 9)",
      "App Service Deleted - pins-app-document-storage-prod", "pins-app-document-storage-prod", "Sev4",
      "Activity Log", "Activity Log - Administrative", "pins-rg-document-storage-prod-uks-001",
      "Sends an alert when the App Service is deleted")

# --- cloudposse/terraform-aws-ecs-cloudwatch-sns-alarms: ECS service CPU and memory ---
ECS = "cloudposse/terraform-aws-ecs-cloudwatch-sns-alarms"
ECS_MAIN = (ECS, "main.tf", "026911d400b58e9c174801d95eb8bf7579d77bea")
cloudwatch(ECS_MAIN, "out_of_memory", "ECS MemoryUtilization above 80% (rule 2); description from variables.tf's default format",
           "acme-prod-checkout-memory-utilization-high",
           "Average service Memory utilization Hight last 5 minute(s) over 1 period(s)",
           "AWS/ECS", "MemoryUtilization", ("ClusterName", "acme-prod"), REGION["eu-west-1"],
           [91.4], 80, "GreaterThanThreshold")
cloudwatch(ECS_MAIN, None, "ECS CPUUtilization above 80% (rule 2: CPU)",
           "acme-prod-checkout-cpu-utilization-high",
           "Average service CPU utilization High last 5 minute(s) over 1 period(s)",
           "AWS/ECS", "CPUUtilization", ("ClusterName", "acme-prod"), REGION["eu-west-1"],
           [87.2], 80, "GreaterThanThreshold")
cloudwatch(ECS_MAIN, None, "ECS MemoryUtilization *below* 20%: over-provisioned, nothing is exhausted (decision 1)",
           "acme-prod-search-memory-utilization-low",
           "Average service Memory utilization Low last 5 minute(s) over 1 period(s)",
           "AWS/ECS", "MemoryUtilization", ("ClusterName", "acme-prod"), REGION["eu-west-1"],
           [11.6], 20, "LessThanThreshold")

def gsum(metric, project, rtype, rlabels, above, threshold, value, mlabels=None):
    """The incident summary Cloud Monitoring writes for a metric-threshold condition, schema 1.2:
    "<metric display name> for <resource name> [with metric labels {...}] is above the threshold of
    0.500 with a value of 0.790." (resource name = project, resource type's display name and labels,
    as in ServiceNow's "Sample payload from Google Monitor",
    https://www.servicenow.com/docs/r/t~YvqQkg2oQX4L7ySrpyuQ/dJAykq4lSFNNU0et3hYP8A). The same
    shape is used for the MQL conditions, whose exact summary wording was not confirmed."""
    rl = ", ".join(f"{k}={v}" for k, v in rlabels.items())
    ml = (" with metric labels {" + ", ".join(f"{k}={v}" for k, v in mlabels.items()) + "}") if mlabels else ""
    word = "above" if above else "below"
    return (f"{metric} for {project} {rtype} labels {{{rl}}}{ml} is {word} the threshold of "
            f"{threshold:.3f} with a value of {value:.3f}.")


# --- gpii-ops/gpii-infra: Stackdriver alert policies of the GPII cloud (policy names state the
# healthy condition, condition names the violation) ---
GPII = "gpii-ops/gpii-infra"
GPII_C = "3450840176f44bc0a8e5c56e3ebae00ebc4bd7a8"
GM = "gcp/modules/gcp-stackdriver-monitoring/"
GPRJ = "gpii-gcp-prd"
gcp((GPII, GM + "alert_container_restart_rate.tf", GPII_C), "crash_loop",
    "kubernetes.io/container/restart_count delta above 1.5 a minute: repeated restarts (rules 4, 7)",
    "K8s containers does not restart more often than 1.5 times per minute",
    "K8s container restarting more often than 1.5 times per minute", "preferences", "k8s_container", GPRJ,
    gsum("Restart count", GPRJ, "Kubernetes Container",
         {"cluster_name": "k8s-cluster", "namespace_name": "gpii", "pod_name": "preferences-7d9c6b5f8-x2kqp",
          "container_name": "preferences", "location": "us-central1"}, True, 1.5, 3.0),
    metric="Restart count")
gcp((GPII, GM + "alert_pod_volume_utilization.tf", GPII_C), "disk_full",
    "kubernetes.io/pod/volume/utilization above 85% (rule 2)",
    "K8s pods utilize less than 85% of persistent volume capacity",
    "K8s pod utilizes more than 85% of persistent volume capacity", "couchdb-couchdb-1", "k8s_pod", GPRJ,
    gsum("Volume utilization", GPRJ, "Kubernetes Pod",
         {"cluster_name": "k8s-cluster", "namespace_name": "gpii", "pod_name": "couchdb-couchdb-1", "location": "us-central1"},
         True, 0.85, 0.913, {"volume_name": "database-storage"}),
    metric="Volume utilization")
gcp((GPII, GM + "alert_cluster_resource_allocatable_utilization.tf", GPII_C), None,
    "kubernetes.io/node/memory/allocatable_utilization: memory *requested* by pods against the node's allocatable, an allocation ratio (rule 7), not memory in use",
    "K8s cluster allocatable resource utilization stays within 85% of capacity",
    "K8s cluster allocated more than 85% of available RAM", "gke-k8s-cluster-default-pool-3f1c2a7b-5xkq", "k8s_node", GPRJ,
    gsum("Memory allocatable utilization", GPRJ, "Kubernetes Node",
         {"cluster_name": "k8s-cluster", "node_name": "gke-k8s-cluster-default-pool-3f1c2a7b-5xkq", "location": "us-central1"},
         True, 0.85, 0.887, {"memory_type": "non-evictable"}),
    metric="Memory allocatable utilization")
gcp((GPII, GM + "alert_cluster_resource_allocatable_utilization.tf", GPII_C), None,
    "kubernetes.io/node/cpu/allocatable_utilization: CPU requested against allocatable (rules 2, 7)",
    "K8s cluster allocatable resource utilization stays within 85% of capacity",
    "K8s cluster allocated more than 85% of available CPU", "gke-k8s-cluster-default-pool-3f1c2a7b-9m2d", "k8s_node", GPRJ,
    gsum("CPU allocatable utilization", GPRJ, "Kubernetes Node",
         {"cluster_name": "k8s-cluster", "node_name": "gke-k8s-cluster-default-pool-3f1c2a7b-9m2d", "location": "us-central1"},
         True, 0.85, 0.902),
    metric="CPU allocatable utilization")
gcp((GPII, GM + "alert_container_cpu_limit_utilization.tf", GPII_C), None,
    "kubernetes.io/container/cpu/limit_utilization above 85% (rule 2: CPU)",
    "K8s container CPU utilization stays within 85% of limit",
    "K8s container utilizes more than 85% of allowed CPU", "flowmanager", "k8s_container", GPRJ,
    gsum("CPU limit utilization", GPRJ, "Kubernetes Container",
         {"cluster_name": "k8s-cluster", "namespace_name": "gpii", "pod_name": "flowmanager-5b8f9c7d4-qw7rt",
          "container_name": "flowmanager", "location": "us-central1"}, True, 0.85, 0.964),
    metric="CPU limit utilization")
gcp((GPII, GM + "alert_backup_exporter_errors.tf", GPII_C), None,
    "a logs-based count of the backup exporter's error lines: failed backup work and log lines, not requests (rules 8, 10)",
    "Backup-exporter process does not report one or more errors",
    "Backup-exporter process reports one or more errors", "backup-exporter", "k8s_container", GPRJ,
    gsum("logging/user/backup_exporter.error", GPRJ, "Kubernetes Container",
         {"cluster_name": "k8s-cluster", "namespace_name": "backup-exporter", "pod_name": "backup-exporter-1575244800-8zq4n",
          "container_name": "backup-exporter", "location": "us-central1"}, True, 0.0, 2.0, {"log": "stderr"}),
    metric="logging/user/backup_exporter.error")
gcp((GPII, GM + "alert_flowmanager_ssl_cert_check.tf", GPII_C), "certificate_expiry",
    "certificate_days_left below 28 days for the service's TLS certificate",
    "Flowmanager TLS cert is valid", "Flowmanager TLS cert is about to expire", None, "global", GPRJ,
    gsum("custom/ssl-cert-check/certificate_days_left", GPRJ, "Global", {"project_id": GPRJ},
         False, 28.0, 12.0, {"name": "flowmanager.prd.gpii.net:443"}),
    metric="custom/ssl-cert-check/certificate_days_left")
gcp((GPII, GM + "alert_flowmanager_uptime.tf", GPII_C), "node_down",
    "uptime check check_passed false in more than one check for 5 minutes: the endpoint's probe fails over the window (rules 4, 7)",
    "Uptime check on `flowmanager.prd.gpii.net` is green",
    "Uptime Check on flowmanager.prd.gpii.net is failing", "flowmanager.prd.gpii.net", "uptime_url", GPRJ,
    gsum("Check passed", GPRJ, "Uptime Check URL", {"host": "flowmanager.prd.gpii.net", "project_id": GPRJ},
         True, 1.0, 6.0),
    metric="Check passed")
GPII_C2 = "d43877a1f2f93b64966189d39c9309fb1c6233b2"
gcp((GPII, GM + "alert_couchdb_request_time.tf", GPII_C2), "high_latency",
    "CouchDB httpd_request_time above 100 ms for 3 minutes (rule 4)",
    "CouchDB request time stays within 100ms", "CouchDB request time exceeded 100ms", "couchdb", "gke_container", GPRJ,
    gsum("custom/couchdb/httpd_request_time", GPRJ, "GKE Container",
         {"cluster_name": "k8s-cluster", "namespace_id": "gpii", "pod_id": "couchdb-couchdb-0", "container_name": "couchdb"},
         True, 100.0, 187.4),
    documentation='Typical "healthy" response time for CouchDB is < 50ms.\n\nThat value is doubled to give it some buffer and used as a threshold for this policy.',
    metric="custom/couchdb/httpd_request_time")
gcp((GPII, GM + "alert_disk_snapshots_error.tf", "1ef8020fd015062314a0e587bde2fce4671ef7c8"), None,
    "errors in the audit log of disk snapshot creation: a failed backup (rule 10)",
    "Snapshot creation audit log does not contain errors", "Error found in snapshot creation audit log",
    "pv-database-storage-couchdb-couchdb-0", "gce_disk", GPRJ,
    gsum("logging/user/compute.disks.createSnapshot.error", GPRJ, "GCE Disk",
         {"disk_id": "4418021936617385112", "zone": "us-central1-b", "project_id": GPRJ}, True, 0.0, 1.0),
    documentation="[Use this link to explore policy events in Logs Viewer](https://console.cloud.google.com/logs/viewer?project=gpii-gcp-prd&minLogLevel=0&expandAll=false&interval=PT1H&advancedFilter=resource.type%3D%22gce_disk%20AND%20protoPayload.methodName%3D%22v1.compute.disks.createSnapshot%22%20AND%20severity=%3D%22ERROR%22%0A)",
    metric="logging/user/compute.disks.createSnapshot.error")

# --- Knowre-Dev/terraform-cloudwatch-alarm: terragrunt inputs of a school-software company's
# production alarms; module SERVICE/cloudwatch/metric/alarm/generic_multiple_dimension prefixes
# "[WARN]"/"[CRIT]" and appends "-", terraform-aws-modules' metric-alarms-by-multiple-dimensions
# appends the dimension key (format("%s%s", alarm_name, each.key)); the expression module
# (metric math, no Trigger dimension or metric name) prefixes only. ---
KNOW = "Knowre-Dev/terraform-cloudwatch-alarm"
KH = "61cf1281f620b55c990612a461c19fa1b2296b62"
KA = "PROJECT/prd/common/apne2/alert/"
SEOUL = REGION["ap-northeast-2"]


def knowre(path, commit, expected, why, name, namespace, metric, dim, values, threshold, cmp):
    cloudwatch((KNOW, KA + path + "/terragrunt.hcl", commit), expected, why, name,
               name.split("-[")[0] if dim else name, namespace, metric, dim, SEOUL, values, threshold, cmp)


knowre("alb/5xx-error/504-error", KH, "upstream_timeout",
       "HTTPCode_ELB_504_Count: the load balancer's own 504, its target did not answer in time (rules 3, 10)",
       "[CRIT]504 Server Error-[mowbore-sl]", "AWS/ApplicationELB", "HTTPCode_ELB_504_Count",
       ("LoadBalancer", "mowbore-sl-stable"), [7], 1, "GreaterThanOrEqualToThreshold")
knowre("alb/5xx-error/502-error", KH, "high_error_rate",
       "HTTPCode_ELB_502_Count: 502 responses naming no timeout (rule 15)",
       "[CRIT]502 Server Error-[knowre-school-lms]", "AWS/ApplicationELB", "HTTPCode_ELB_502_Count",
       ("LoadBalancer", "knowre-school-lms-prd"), [12], 1, "GreaterThanOrEqualToThreshold")
knowre("alb/5xx-error/503-error", KH, "high_error_rate",
       "HTTPCode_ELB_503_Count: 503 responses naming no timeout (rule 15)",
       "[CRIT]503 Server Error-[trinity-learning-query-rest]", "AWS/ApplicationELB", "HTTPCode_ELB_503_Count",
       ("LoadBalancer", "trinity-learning-query-rest-prd"), [31], 1, "GreaterThanOrEqualToThreshold")
knowre("alb/error-count", KH, "high_error_rate",
       "HTTPCode_Target_5XX_Count >= 20 a minute (rule 4)",
       "[CRIT]5XX Error Count-[locaian0kr]", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count",
       ("TargetGroup", "locian0kr-stable"), [46], 20, "GreaterThanOrEqualToThreshold")
knowre("alb/unhealthy", KH, "node_down",
       "UnHealthyHostCount >= 1: a target marked unhealthy by the load balancer's health checks (rule 9)",
       "[CRIT]Unhealthy Host Count-[mowbore-dump-worker]", "AWS/ApplicationELB", "UnHealthyHostCount",
       ("TargetGroup", "mowbore-dump-worker-stable"), [2], 1, "GreaterThanOrEqualToThreshold")
knowre("alb/target-status/jarvis-auth", "4e81dbe07857edf6433e2bd272411eb10a9b5542", "node_down",
       "metric math HealthyHostCount/(Unhealthy+Healthy)*100 <= 10: nearly every target unhealthy (rule 9)",
       "[CRIT][jarvis-auth] Target Availability Status", "AWS/ApplicationELB", None, None,
       [0.0], 10, "LessThanOrEqualToThreshold")
knowre("alb/error-rate/jarvis-payment", "4e81dbe07857edf6433e2bd272411eb10a9b5542", "high_error_rate",
       "metric math HTTPCode_Target_5XX_Count/RequestCount*100 >= 10 (rule 4)",
       "[CRIT][jarvis-payment] Error Rate", "AWS/ApplicationELB", None, None,
       [17.4], 10, "GreaterThanOrEqualToThreshold")
knowre("api-gateway/error-rate/hexagon-api-prd", "5f3e6614eee2130f0f68d12cd86830cfaf0f1a92", "high_error_rate",
       "metric math (5XXError+4XXError)/Count*100 >= 10 of an API Gateway API (rule 4)",
       "[CRIT][hexagon-api] 5XX Error Rate", "AWS/Lambda", None, None,
       [23.8], 10, "GreaterThanOrEqualToThreshold")
knowre("api-gateway/IntegrationLatency", "2aa555c98ea2435a73580b640adcd3b48003f8c5", "high_latency",
       "API Gateway IntegrationLatency average >= 5000 ms: the backend's response time (rule 4)",
       "[CRIT]API Gateway IntegrationLatency-[management-oauth]", "AWS/ApiGateway", "IntegrationLatency",
       ("ApiName", "management-oauth"), [6120], 5000, "GreaterThanOrEqualToThreshold")
knowre("lambda/Throttles", KH, "rate_limited",
       "Lambda Throttles >= 2: invocations refused by throttling (rule 7)",
       "[CRIT]Lambda Throttles-[management-oauth]", "AWS/Lambda", "Throttles",
       ("FunctionName", "management-oauth"), [5], 2, "GreaterThanOrEqualToThreshold")
knowre("rds/deadlock", KH, "deadlock", "Aurora Deadlocks >= 10",
       "[WARN]RDS Deadlock-[prd-apne2-kr-summit-score-aurora-cluster]", "AWS/RDS", "Deadlocks",
       ("DBClusterIdentifier", "prd-apne2-kr-summit-score-aurora-cluster"), [13], 10, "GreaterThanOrEqualToThreshold")
knowre("rds/cpu/general", KH, None, "Aurora CPUUtilization >= 65% (rule 2: CPU)",
       "[CRIT]RDS CPU Usage-[prd-apne2-kr-hexagon-aurora-cluster]", "AWS/RDS", "CPUUtilization",
       ("DBClusterIdentifier", "prd-apne2-kr-hexagon-aurora-cluster"), [78.3], 65, "GreaterThanOrEqualToThreshold")
knowre("elasticache/memory", "5f3e6614eee2130f0f68d12cd86830cfaf0f1a92", "out_of_memory",
       "ElastiCache DatabaseMemoryUsagePercentage >= 60% of maxmemory (rule 2)",
       "[WARN]ElastiCache-REDIS Memory Usage-[sl-school-session-navy-prd-001]", "AWS/ElastiCache",
       "DatabaseMemoryUsagePercentage", ("CacheClusterId", "sl-school-session-navy-prd-001"), [64.2], 60,
       "GreaterThanOrEqualToThreshold")
knowre("elasticache/swap", "5f3e6614eee2130f0f68d12cd86830cfaf0f1a92", "out_of_memory",
       "ElastiCache SwapUsage >= 40 MB: swapping (rule 2)",
       "[CRIT]ElastiCache-REDIS Swap Usage-[sl-trinity-answer-navy-prd-002]", "AWS/ElastiCache", "SwapUsage",
       ("CacheClusterId", "sl-trinity-answer-navy-prd-002"), [52428800], 40000000, "GreaterThanOrEqualToThreshold")
knowre("opensearch/FreeStorageSpace", "d7e1e43f037283746b2f0c443fa5c9a78ba26dc8", "disk_full",
       "OpenSearch FreeStorageSpace below 10000 MB (rule 2)",
       "[CRIT]OpenSearch FreeStorageSpace-[sl-logstrg-orange]", "AWS/ES", "FreeStorageSpace",
       ("DomainName", "sl-logstrg-orange-prd"), [8712], 10000, "LessThanThreshold")
knowre("opensearch/jvm-master", "5f3e6614eee2130f0f68d12cd86830cfaf0f1a92", "out_of_memory",
       "OpenSearch MasterJVMMemoryPressure >= 80%: heap usage (rule 2)",
       "[CRIT]OpenSearch Master JVMMemoryPressure-[sl-logstrg-orange]", "AWS/ES", "MasterJVMMemoryPressure",
       ("DomainName", "sl-logstrg-orange-prd"), [86.0], 80, "GreaterThanOrEqualToThreshold")
knowre("service-quotas/fargate/vcpu-limit", "ecfd0aa468231d5a776e8bf0c930eeac53de2633", None,
       "metric math ResourceCount/SERVICE_QUOTA*100 of Fargate vCPUs >= 90: an account's allowance of vCPUs, nothing refused (rule 7: accounting allowance)",
       "[CRIT][Fargate] vCPU Limit", "AWS/Usage", None, None, [91.5], 90, "GreaterThanOrEqualToThreshold")

# --- pagopa/pagopa-infra: Azure Monitor metric and log alerts of Italy's pagoPA platform
# (descriptions and KQL quoted; `${var.env}`, `${var.domain}` and module names filled in) ---
PAGO = "pagopa/pagopa-infra"
PC = "1961a2fb39b644388b29673da9b3f978d4b76c9c"
PD = "src/domains/"


def pago(path, expected, why, rule, resource, sev, signal, monitoring, rg, description, metric=None, query=None):
    azure((PAGO, PD + path, PC), expected, why, rule, resource, sev, signal, monitoring, rg, description,
          metric=metric, query=query)


APIM_DASH = "https://portal.azure.com/?l=en.en-us#@pagopait.onmicrosoft.com/dashboard/arm/subscriptions/b9fc9419-6097-45fe-9f74-ba0641c91912/resourceGroups/dashboards/providers/Microsoft.Portal/dashboards/pagopa-p-opex_pagopa-afm-calculator-v1"
pago("afm-app/00_alert_afm_calculator.tf", "high_latency",
     "a log alert on APIM diagnostics firing when p95 DurationMs > 1500 on /v1/fees; the description states the healthy target, the rule fires on its breach (rule 4)",
     "pagopa-p-opex_pagopa-afm-calculator-v1-responsetime_fees", "pagopa-p-apim", "Sev2", "Log", "Log Analytics",
     "dashboards", "Response time for V1 version of /fees is less than or equal to 1.5s - " + APIM_DASH,
     query='let threshold = 1500;\nAzureDiagnostics\n| where url_s matches regex "/v1/fees"\n| summarize\n    watermark=threshold,\n    duration_percentile_95=percentiles(DurationMs, 95) by bin(TimeGenerated, 5m)\n| where duration_percentile_95 > threshold\n')
pago("afm-app/00_alert_afm_calculator.tf", "high_error_rate",
     "a log alert on APIM diagnostics: share of responses with responseCode_d < 500 below 0.99 (an error-ratio SLI, rule 4)",
     "pagopa-p-opex_pagopa-afm-calculator-v1-availability_fees", "pagopa-p-apim", "Sev1", "Log", "Log Analytics",
     "dashboards", "Availability for V1 version of /fees is less than or equal to 99% - " + APIM_DASH,
     query='let threshold = 0.99;\nAzureDiagnostics\n| where url_s matches regex "/v1/fees"\n| summarize\n    Total=count(),\n    Success=count(responseCode_d < 500)\n    by bin(TimeGenerated, 5m)\n| extend availability=toreal(Success) / Total\n| where availability < threshold\n')
pago("aca-app/00_alert_aca_authorizer.tf", "high_error_rate",
     "share of 403 responses of the ACA APIs above 10%: a 4xx ratio of requests (rule 4)",
     "pagopa-p-opex_pagopa-aca-unauthorized @ _aca", "pagopa-p-apim", "Sev1", "Log", "Log Analytics",
     "dashboards", "Unauthorized for ACA APIs is greater than or equal to 10%",
     query='let threshold = 0.10;\nAzureDiagnostics\n| where url_s matches regex "/aca" or url_s matches regex "/aca/debt-positions-service"\n| summarize\n    Total=count(),\n    Unauthorized=count(responseCode_d == 403)\n    by bin(TimeGenerated, 5m)\n| extend KO=toreal(Unauthorized) / Total\n| where KO > threshold\n')
pago("apiconfig-app/00_alert_apiconfig_cache.tf", "out_of_memory",
     "the description says only 'Problem to generate cache'; the rule's query counts trace lines quoting java.lang.OutOfMemoryError: Java heap space (rules 1, 8, 12)",
     "pagopa-p-api-config-cache-out-of-memory-postgresql", "pagopa-p-appinsights", "Sev0", "Log",
     "Application Insights", "pagopa-p-api-config-rg", "[prod] Problem to generate cache - postgresql - prod",
     query='traces\n| where cloud_RoleName == "pagopa-p-api-config-cache-postgresql"\n| where message contains "java.lang.OutOfMemoryError: Java heap space"\n| order by timestamp desc\n| summarize Total=count() by length=bin(timestamp,1m)\n| order by length desc\n')
pago("apiconfig-app/00_alert_apiconfig_cache.tf", None,
     "trace lines '[ALERT] could not save on db': an application's own log line naming no cause (rule 8)",
     "pagopa-p-api-config-cache-write-on-db-postgresql", "pagopa-p-appinsights", "Sev0", "Log",
     "Application Insights", "pagopa-p-api-config-rg", "[prod] Problem to save cache on DB - postgresql - prod",
     query='traces\n| where cloud_RoleName == "pagopa-p-api-config-cache-postgresql"\n| where message contains "[ALERT] could not save on db"\n| order by timestamp desc\n| summarize Total=count() by length=bin(timestamp,1m)\n| order by length desc\n')
pago("apiconfig-app/00_alert_apiconfig_cache.tf", None,
     "trace lines '[ALERT] problem to generate cache': a failed job's log line naming no cause (rules 8, 10)",
     "pagopa-p-api-config-cache-generation-postgresql", "pagopa-p-appinsights", "Sev0", "Log",
     "Application Insights", "pagopa-p-api-config-rg", "[prod] Problem to generate cache - postgresql - prod",
     query='traces\n| where cloud_RoleName == "pagopa-p-api-config-cache-postgresql"\n| where message contains "[ALERT] problem to generate cache"\n| order by timestamp desc\n| summarize Total=count() by length=bin(timestamp,1m)\n| order by length desc\n')
pago("checkout-common/03_redis_std.tf", "out_of_memory",
     "Redis usedmemory above 200 MB of the cache's 250 MB: memory near its limit (rule 2)",
     "[checkout | pagopa-p-checkout-redis-std] Used Memory close to the threshold", "pagopa-p-checkout-redis-std",
     "Sev0", "Metric", "Platform", "pagopa-p-checkout-redis-std-rg",
     "The amount of cache memory in MB that is used for key/value pairs in the cache during the specified reporting interval, this amount is close to 200 MB so close to the threshold (250 MB)",
     metric="usedmemory")
pago("receipts-common/03_cosmosdb.tf", "rate_limited",
     "TotalRequestUnits of requests answered with StatusCode 429 above 0: throttled requests (rules 3, 7)",
     "[receipts | pagopa-p-weu-receipts-ds-cosmos-account] 429 Errors", "pagopa-p-weu-receipts-ds-cosmos-account",
     "Sev0", "Metric", "Platform", "pagopa-p-weu-receipts-rg",
     "A collection throughput (RU/s) exceed provisioned throughput, and it's raising 429 errors. Please, consider to increase RU. Runbook: not needed.",
     metric="TotalRequestUnits")
pago("ecommerce-common/03_storage.tf", "queue_backlog",
     "QueueMessageCount average above 10000 in the transient storage's queues: messages waiting (rule 4)",
     "[ecommerce | pagopapweuecommercetrsa] Queue message count average exceeds 10000", "pagopapweuecommercetrsa",
     "Sev1", "Metric", "Platform", "pagopa-p-weu-ecommerce-storage-rg",
     "Queue message count average exceeds 10000 for the storage", metric="QueueMessageCount")
pago("ecommerce-common/03_storage.tf", None,
     "QueueMessageCount above 200 in the *dead-letter* storage account: dead-lettered messages are not waiting work (rule 12)",
     "[ecommerce | pagopapweuecommercedlsa] Queue message count average exceeds 200", "pagopapweuecommercedlsa",
     "Sev1", "Metric", "Platform", "pagopa-p-weu-ecommerce-storage-rg",
     "Queue message count average exceeds 200 for the storage", metric="QueueMessageCount")
pago("gps-app/00_alert_gpd_ingestion.tf", None,
     "Event Hub IncomingMessages below 1 in 15 minutes: no traffic arriving, nothing waiting or failing (rule 12: an empty queue)",
     "pagopa-p-gpd-eventhub-incoming-messages-cdc-raw-auto-apd-payment-option", "pagopa-p-itn-gps-gpd-evh",
     "Sev2", "Metric", "Platform", "dashboards",
     "Alert when no messages arrive on Event Hub topic cdc-raw-auto.apd.payment_option in 15 minutes",
     metric="IncomingMessages")
pago("gps-common/00_monitor.tf", None,
     "Data Factory PipelineFailedRuns >= 1: a failed pipeline run (rule 10)",
     "pipeline-gpd-lifecycle-management-single-failure-alert", "pagopa-p-weu-gps-df", "Sev3", "Metric", "Platform",
     "pagopa-p-weu-gps-rg", "Triggers whenever GPD_LIFECYCLE_MANAGEMENT pipeline fails.", metric="PipelineFailedRuns")

# --- nhsconnect (NHS England's patient-record migration services): SQS, ALB and log-metric
# alarms whose actions publish to "${var.environment}-alarm-notifications-sns-topic" ---
SUSP = ("nhsconnect/prm-repo-suspension-service", "37232b8e0d80aadcd2537ae262145fc6bf518b35")
LONDON = REGION["eu-west-2"]
cloudwatch((SUSP[0], "terraform/cloudwatch.tf", SUSP[1]), "queue_backlog",
           "ApproximateAgeOfOldestMessage above 900 s: audit messages not consumed (rule 4: time waiting in a queue)",
           "prod-suspension-service-out-of-order-audit",
           "This alarm triggers when messages on the out of order audit queue is not polled by splunk in last 15 mins",
           "AWS/SQS", "ApproximateAgeOfOldestMessage", ("QueueName", "prod-suspension-service-out-of-order-audit"),
           LONDON, [1387], 900, "GreaterThanThreshold")
cloudwatch((SUSP[0], "terraform/modules/end-of-transfer-service/cloudwatch.tf", SUSP[1]), "queue_backlog",
           "ApproximateAgeOfOldestMessage above 1800 s on the queue the service consumes (rule 4)",
           "prod-end-of-transfer-service-transfer-complete-approx-age-of-oldest-message",
           "This alarm triggers when messages on the transfer complete queue is not polled by end of transfer service in last 30 mins",
           "AWS/SQS", "ApproximateAgeOfOldestMessage", ("QueueName", "prod-end-of-transfer-service-transfer-complete"),
           LONDON, [2461], 1800, "GreaterThanThreshold")
cloudwatch((SUSP[0], "terraform/cloudwatch.tf", SUSP[1]), None,
           "a log metric filter counting JSON lines with level ERROR: log lines, not requests, and no cause quoted (rule 8)",
           "prod-suspension-service-error-logs", "This alarm monitors errors logs in suspension-service",
           "SuspensionService", "ErrorCountInLogs", None, LONDON, [3], 0, "GreaterThanThreshold")
cloudwatch((SUSP[0], "terraform/modules/suspension-service/cloudwatch.tf", SUSP[1]), None,
           "NumberOfEmptyReceives above the scale-down threshold: the queue is empty, the alarm drives a scale-down (rules 9, 12)",
           "prod-suspension-service-scale-down", "Alarm to alert when all events are processed in the queue",
           "AWS/SQS", "NumberOfEmptyReceives", ("QueueName", "prod-suspension-service-suspensions"),
           LONDON, [642], 600, "GreaterThanOrEqualToThreshold")
cloudwatch((SUSP[0], "terraform/modules/suspension-service/cloudwatch.tf", SUSP[1]), None,
           "metric math on NumberOfMessagesReceived driving an ECS scale-up policy: incoming throughput and a scaling action (rules 2, 9)",
           "prod-suspension-service-scale-up", "Scale up alarm for suspension-service",
           "AWS/SQS", None, None, LONDON, [14], 10, "GreaterThanOrEqualToThreshold")
GP2GP = ("nhsconnect/prm-repo-gp2gp-messenger", "0177af8b7befd9002f7106c7f42906356115dbb7")
cloudwatch((GP2GP[0], "terraform/cloudwatch.tf", GP2GP[1]), "node_down",
           "ALB HealthyHostCount below 1 (missing data breaching): no healthy target behind the service's balancer (rules 4, 9)",
           "prm-deductions-gp2gp-messenger service down", "This metric monitors the health of prm-deductions-gp2gp-messenger",
           "AWS/ApplicationELB", "HealthyHostCount", ("TargetGroup", "prod-gp2gp-messenger-int-tg"),
           LONDON, [0.0], 1, "LessThanThreshold")
cloudwatch((GP2GP[0], "terraform/cloudwatch.tf", GP2GP[1]), None,
           "a log metric filter counting ERROR lines (rule 8)",
           "prod-gp2gp-messenger-error-logs", "This alarm monitors errors logs in gp2gp-messenger",
           "Gp2gpMessenger", "ErrorCountInLogs", None, LONDON, [7], 0, "GreaterThanThreshold")

# --- Daemon-Solutions/tf-aws-sap-ha: an EC2 auto-recovery alarm on the system status check ---
cloudwatch(("Daemon-Solutions/tf-aws-sap-ha", "app/40-autorecover.tf", "1698cf98d6b7ab6f3511680fb294f5807fad027a"),
           "node_down",
           "StatusCheckFailed_System above 0 for 2 minutes: the instance's host failed AWS's reachability check (rule 4); the recover action is the alarm's response, not the cause",
           "ec2-autorecover-sapapp", "This metric auto recovers EC2 instances", "AWS/EC2", "StatusCheckFailed_System",
           ("InstanceId", "i-0a3f7c91e52d4b6e8"), REGION["eu-west-1"], [1.0, 1.0], 0, "GreaterThanThreshold")

# --- Planning-Inspectorate/appeals-back-office: Azure SQL, Service Bus and Log Analytics alerts
# (local.service_name = "appeals-bo", resource_suffix = the environment) ---
ABO = "Planning-Inspectorate/appeals-back-office"
ABC = "ea3cca70ad229e96266bf6146b742ef14d01b6a8"
ABO_RG = "pins-rg-appeals-bo-prod"
ABO_DB = "pins-sqldb-appeals-bo-prod"
azure((ABO, "infrastructure/database-monitoring.tf", ABC), "deadlock", "Azure SQL deadlock count >= 1",
      "appeals-bo SQL Deadlock Alert prod", ABO_DB, "Sev2", "Metric", "Platform", ABO_RG,
      "Action will be triggered whenever the count of deadlocks is greater than 1.", metric="deadlock")
azure((ABO, "infrastructure/database-monitoring.tf", ABC), None, "Azure SQL cpu_percent above 80 (rule 2: CPU)",
      "appeals-bo SQL CPU Alert prod", ABO_DB, "Sev2", "Metric", "Platform", ABO_RG,
      "Action will be triggered when cpu percent is greater than 80.", metric="cpu_percent")
azure((ABO, "infrastructure/database-monitoring.tf", ABC), None,
      "Azure SQL dtu_consumption_percent above 80: a blended CPU/I-O unit (rules 2, 16; as probes_vendor22 decided)",
      "appeals-bo SQL DTU Alert prod", ABO_DB, "Sev2", "Metric", "Platform", ABO_RG,
      "Action will be triggered when DTU percent is greater than 80.", metric="dtu_consumption_percent")
azure((ABO, "infrastructure/database-monitoring.tf", ABC), None,
      "Azure SQL log_write_percent above 80: transaction-log write throughput against the tier's I/O limit, not log space (rule 16: I/O)",
      "appeals-bo SQL Log IO Alert prod", ABO_DB, "Sev2", "Metric", "Platform", ABO_RG,
      "Action will be triggered when Log write percent is greater than 80.", metric="log_write_percent")
azure((ABO, "infrastructure/service-bus-alerts.tf", ABC), None,
      "Service Bus DeadletteredMessages >= 1: dead-lettered messages are not waiting work (rule 12)",
      "Dead Letter Alert - Submissions - pins-sb-appeals-bo-prod", "pins-sb-appeals-bo-prod", "Sev1", "Metric",
      "Platform", ABO_RG, "Triggered when messages are added to dead-letter queue", metric="DeadletteredMessages")
azure((ABO, "infrastructure/monitoring.tf", ABC), None,
      "Log Analytics ingestion 'OverQuota': the workspace's daily data cap, a billing allowance (rules 7, 8: data refused by a size limit of the monitor itself)",
      "Log cap Alert", "pins-log-appeals-bo-prod", "Sev2", "Log", "Log Alerts V2", ABO_RG,
      "Triggered when the log Data cap is reached.",
      query='_LogOperation\n| where Category =~ "Ingestion" | where Detail contains "OverQuota"\n')

# --- geral-qempire/az-genai-infra: per-metric Azure alert modules of a generative-AI landing zone
# (each module's default name "alrt-<short>-<resource>" and default description, with the
# threshold variable's default) ---
GQ = "geral-qempire/az-genai-infra"
GQC = "9f3360c73f134b0e51153ecebe0731eba0c9b295"
GQRG = "rg-genai-prd-weu-001"


def gq(path, expected, why, rule, resource, sev, description, metric):
    azure((GQ, "modules/" + path + "/main.tf", GQC), expected, why, rule, resource, sev, "Metric", "Platform",
          GQRG, description, metric=metric)


gq("ai-search-service/alerts/SearchLatency", "high_latency", "AI Search SearchLatency average above 5 ms (rule 4)",
   "alrt-lat-srch-genai-prd-weu-001", "srch-genai-prd-weu-001", "Sev3",
   "Alert when SearchLatency (Average) over PT5M is above 5ms.", "SearchLatency")
gq("ai-search-service/alerts/ThrottledSearchQueriesPercentage", "rate_limited",
   "ThrottledSearchQueriesPercentage above 10%: queries refused by throttling (rule 7)",
   "alrt-thrpct-srch-genai-prd-weu-001", "srch-genai-prd-weu-001", "Sev3",
   "Alert when ThrottledSearchQueriesPercentage (Average) over PT5M is above 10%.", "ThrottledSearchQueriesPercentage")
gq("ai-services/alerts/AzureOpenAINormalizedTTFTInMS", "high_latency",
   "Azure OpenAI normalized time to first token above 5 ms: the service's response time (rule 4)",
   "alrt-ttft-ais-genai-prd-weu-001", "ais-genai-prd-weu-001", "Sev2",
   "Alert when AzureOpenAINormalizedTTFTInMS (Average) over PT5M is above 5ms.", "AzureOpenAINormalizedTTFTInMS")
gq("ai-services/alerts/ProcessedInferenceTokens", None,
   "tokens processed per hour above 10,000,000: usage and spend, nothing failing (rule 2: throughput)",
   "alrt-tok-ais-genai-prd-weu-001", "ais-genai-prd-weu-001", "Sev3",
   "Alert when Processed Inference Tokens (Total) over PT1H is above 10000000.", "ProcessedInferenceTokens")
gq("sql-database/alerts/AppMemoryPercent", "out_of_memory",
   "Azure SQL app_memory_percent above 90% of the database's memory limit (rule 2)",
   "alrt-mem-sqldb-genai-prd-weu-001", "sqldb-genai-prd-weu-001", "Sev3",
   "Alert when SQL Database app_memory_percent (Average) over PT5M is above 90%.", "app_memory_percent")
gq("sql-database/alerts/StoragePercent", "disk_full",
   "Azure SQL storage_percent above 80% of the database's max size (rule 2)",
   "alrt-stor-sqldb-genai-prd-weu-001", "sqldb-genai-prd-weu-001", "Sev3",
   "Alert when SQL Database Storage Percent (Average) over PT5M is above 80%.", "storage_percent")
gq("sql-database/alerts/SqlInstanceCpuPercent", None, "sql_instance_cpu_percent above 70% (rule 2: CPU)",
   "alrt-sqlcpu-sqldb-genai-prd-weu-001", "sqldb-genai-prd-weu-001", "Sev3",
   "Alert when SQL Database sql_instance_cpu_percent (Average) over PT15M is above 70%.", "sql_instance_cpu_percent")
gq("storage-account/alerts/UsedCapacity", None,
   "a storage account's UsedCapacity above a fixed 5e14 bytes: an account that refuses no writes there, a size/spend watch (as probes_cloud6 labelled an S3 bucket-size alarm; decision 2)",
   "alrt-used-stgenaiprdweu001", "stgenaiprdweu001", "Sev3",
   "Alert when Storage Account UsedCapacity (Average) over PT1H is above 500000000000000 bytes.", "UsedCapacity")
gq("storage-account/alerts/Availability", "high_error_rate",
   "Storage Availability (share of requests that succeeded) below 100%: an error-ratio SLI (rule 4)",
   "alrt-avail-stgenaiprdweu001", "stgenaiprdweu001", "Sev1",
   "Alert when Storage Account Availability (Average) over PT1M is below 100%.", "Availability")
gq("storage-account/alerts/SuccessServerLatency", "high_latency",
   "SuccessServerLatency average above 1000 ms (rule 4)",
   "alrt-sslat-stgenaiprdweu001", "stgenaiprdweu001", "Sev2",
   "Alert when Storage Account Success Server Latency (Average) over PT5M is above 1000ms.", "SuccessServerLatency")

# --- pagopa/terraform-azurerm-v3: the default alerts pagoPA's shared Azure modules create
# (PostgreSQL flexible replica, AKS cluster, Linux function app) ---
PV3 = "pagopa/terraform-azurerm-v3"
PV3C = "d0a0b3a81963169bdc974f79eba31e41e918e63d"
PG = "pagopa-p-weu-fdr-flexible-postgresql"
azure((PV3, "postgres_flexible_server_replica/04_variables.tf", PV3C), "replication_lag",
      "default replica alert: physical_replication_delay_in_seconds >= 240 on the read replica (rule 7)",
      PG + "-replica-REPLICA_LAG", PG + "-replica", "Sev2", "Metric", "Platform", "pagopa-p-weu-fdr-db-rg", None,
      metric="physical_replication_delay_in_seconds")
azure((PV3, "postgres_flexible_server_replica/04_variables.tf", PV3C), "replication_lag",
      "default main-server alert: physical_replication_delay_in_bytes >= 240, WAL not yet replayed by the replica (rule 7)",
      PG + "-REPLICATION_DELAY_BYTES", PG, "Sev2", "Metric", "Platform", "pagopa-p-weu-fdr-db-rg", None,
      metric="physical_replication_delay_in_bytes")
AKS = "pagopa-p-weu-prod-aks"
AKSQ_NR = ('KubeNodeInventory\n| where ClusterId == "/subscriptions/b9fc9419-6097-45fe-9f74-ba0641c91912/resourceGroups/pagopa-p-weu-prod-aks-rg/providers/Microsoft.ContainerService/managedClusters/pagopa-p-weu-prod-aks"\n'
           '| where TimeGenerated > ago(15m)\n| where Status == "NotReady"\n| summarize count() by Computer, Status\n')
AKSQ_DISK = ('InsightsMetrics\n| where _ResourceId == "/subscriptions/b9fc9419-6097-45fe-9f74-ba0641c91912/resourcegroups/pagopa-p-weu-prod-aks-rg/providers/microsoft.containerservice/managedclusters/pagopa-p-weu-prod-aks"\n'
             '| where TimeGenerated > ago(15m)\n| where Namespace == "container.azm.ms/disk"\n| where Name == "used_percent"\n'
             '| project TimeGenerated, Computer, Val, Origin\n| summarize AvgDiskUsage = avg(Val) by Computer\n')
azure((PV3, "kubernetes_cluster/99_variables_monitoring_alerts.tf", PV3C), "node_down",
      "default log alert: KubeNodeInventory rows with Status NotReady (rule 4: NodeNotReady)",
      AKS + "-NODE_NOT_READY", AKS, "Sev1", "Log", "Log Alerts V2", "pagopa-p-weu-prod-aks-rg",
      "Detect nodes that is not ready on AKS cluster", query=AKSQ_NR)
azure((PV3, "kubernetes_cluster/99_variables_monitoring_alerts.tf", PV3C), "disk_full",
      "default log alert: node disk used_percent above 90 (rule 2)",
      AKS + "-NODE_DISK_USAGE", AKS, "Sev2", "Log", "Log Alerts V2", "pagopa-p-weu-prod-aks-rg",
      "Detect nodes disk is going to run out of space", query=AKSQ_DISK)
azure((PV3, "kubernetes_cluster/99_variables_monitoring_alerts.tf", PV3C), "out_of_memory",
      "default metric alert: node_memory_working_set_percentage above 96 (rule 2)",
      AKS + "-NODE_MEMORY_WORKING_SET_PERCENTAGE_CRITICAL", AKS, "Sev3", "Metric", "Platform",
      "pagopa-p-weu-prod-aks-rg", "Critical node memory usage", metric="node_memory_working_set_percentage")
azure((PV3, "kubernetes_cluster/99_variables_monitoring_alerts.tf", PV3C), None,
      "default metric alert: node_cpu_usage_percentage above 96 (rule 2: CPU)",
      AKS + "-NODE_CPU_USAGE_PERCENTAGE_CRITICAL", AKS, "Sev3", "Metric", "Platform",
      "pagopa-p-weu-prod-aks-rg", "Critical node cpu usage", metric="node_cpu_usage_percentage")
azure((PV3, "function_app/main.tf", PV3C), "node_down",
      "HealthCheckStatus below the threshold: the platform's health check marks the app's instances unhealthy and takes them out of the balancer (rule 9)",
      "[shared | pagopa-p-weu-shared-authorizer-fn] Health Check Failed", "pagopa-p-weu-shared-authorizer-fn", "Sev1",
      "Metric", "Platform", "pagopa-p-weu-shared-authorizer-rg",
      "Function availability is under threshold level. Runbook: -", metric="HealthCheckStatus")

# --- google/exposure-notifications-verification-server: the Cloud Monitoring policies of the
# COVID exposure-notification verification service (documentation = the playbook URL) ---
ENX = "google/exposure-notifications-verification-server"
ENXC = "5a27cc44d7bcb144ebb6a07a1c0cb6840c1682d8"
ENXP = "en-verification-prod"
PB = "https://github.com/google/exposure-notifications-verification-server/blob/main/docs/playbooks/alerts/"
gcp((ENX, "terraform/alerting/alerts.tf", ENXC), "node_down",
    "uptime check_passed fraction below 20% for 5 minutes, condition 'Host is unreachable'; the playbook: clients cannot reach the server (rules 4, 7)",
    "HostDown", "Host is unreachable", "encv.org", "uptime_url", ENXP,
    gsum("Check passed", ENXP, "Uptime Check URL", {"host": "encv.org", "project_id": ENXP}, False, 0.2, 0.0),
    documentation=PB + "HostDown.md", metric="Check passed")
gcp((ENX, "terraform/alerting/alerts.tf", ENXC), "rate_limited",
    "limitware request_count with result RATE_LIMITED above 1 a minute: requests refused by the rate limiter (rule 7)",
    "ElevatedRateLimitedCount", "Rate Limited count by job", "apiserver", "generic_task", ENXP,
    gsum("OpenCensus/en-verification-server/ratelimit/limitware/request_count", ENXP, "Generic Task",
         {"job": "apiserver", "project_id": ENXP}, True, 1.0, 17.0),
    documentation=PB + "ElevatedRateLimitedCount.md",
    metric="OpenCensus/en-verification-server/ratelimit/limitware/request_count")
gcp((ENX, "terraform/alerting/alerts.tf", ENXC), None,
    "errors exporting the service's own metrics to Stackdriver: the monitor's own collection (rule 16)",
    "StackdriverExportFailed", "Stackdriver metric export error rate", "server", "cloud_run_revision", ENXP,
    gsum("logging/user/stackdriver_export_error_count", ENXP, "Cloud Run Revision",
         {"service_name": "server", "location": "us-central1"}, True, 0.0, 0.008),
    documentation=PB + "StackdriverExportFailed.md", metric="logging/user/stackdriver_export_error_count")
gcp((ENX, "terraform/alerting/alerts.tf", ENXC), None,
    "the backup job's success counter below 1 over 8h10m: a scheduled backup that did not succeed (rule 10)",
    "ForwardProgress-backup", "backup failing", "backup", "generic_task", ENXP,
    gsum("OpenCensus/en-verification-server/backup/success", ENXP, "Generic Task",
         {"job": "backup", "project_id": ENXP}, False, 1.0, 0.0),
    documentation=PB + "ForwardProgressFailed.md", metric="OpenCensus/en-verification-server/backup/success")
gcp((ENX, "terraform/alerting/alerts.tf", ENXC), None,
    "an upstream-user re-creation rate above 5/s: an application event, not a failure of a signature's kind",
    "UpstreamUserRecreates", "Upstream users that should have existed but did not and we re-created", "adminapi",
    "generic_task", ENXP,
    gsum("OpenCensus/en-verification-server/user/upstream_user_recreate_count", ENXP, "Generic Task",
         {"job": "adminapi", "project_id": ENXP}, True, 5.0, 7.4),
    documentation=PB + "UpstreamUserRecreates.md",
    metric="OpenCensus/en-verification-server/user/upstream_user_recreate_count")
gcp((ENX, "terraform/alerting/alerts.tf", ENXC), None,
    "a security audit: a deploy that bypassed Binary Authorization (rule 9: work done on purpose)",
    "CloudRunBreakglass", "A service was deployed that bypassed Binary Authorization", None, "global", ENXP,
    gsum("logging/user/cloud_run_breakglass", ENXP, "Global", {"project_id": ENXP}, True, 0.0, 0.003),
    documentation=PB + "CloudRunBreakglass.md", metric="logging/user/cloud_run_breakglass")
gcp((ENX, "terraform/alerting/alerts.tf", "02619fd5cec16dea5922401eb09e83d300c2bcb8"), None,
    "ERROR log entries of Cloud Scheduler jobs: failed scheduled jobs and log lines (rules 8, 10)",
    "CloudSchedulerJobFailed", "Cloud Scheduler Job Error Ratio", None, "cloud_scheduler_job", ENXP,
    gsum("Log entries", ENXP, "Cloud Scheduler Job", {"job_id": "cleanup-worker", "location": "us-central1"},
         True, 0.0, 0.017, {"severity": "ERROR"}),
    documentation=PB + "CloudSchedulerJobFailed.md", metric="Log entries")
gcp((ENX, "terraform/alerting/alerts.tf", "02619fd5cec16dea5922401eb09e83d300c2bcb8"), "high_error_rate",
    "share of NOT_OK results among the end-to-end runner's API requests above 5% for 10 minutes: an error ratio of requests, over a window (rule 4)",
    "E2ETestErrorRatioHigh", "E2E test per-step per-test_type error ratio", "e2e-runner", "generic_task", ENXP,
    gsum("OpenCensus/en-verification-server/e2e/request_count", ENXP, "Generic Task",
         {"job": "e2e-runner", "project_id": ENXP}, True, 0.05, 0.333, {"step": "issue", "test_type": "default"}),
    documentation=PB + "E2ETestErrorRatioHigh.md", metric="OpenCensus/en-verification-server/e2e/request_count")
gcp((ENX, "terraform/alerting/module.latency-alert/main.tf", ENXC), "high_latency",
    "the HTTPS load balancer's p99 total_latencies for the backend above 2 s for 5 minutes (rule 4)",
    "LatencyOverThreshold-apiserver", "Latency over 2 seconds for 5 minutes", "apiserver", "https_lb_rule", ENXP,
    gsum("Total latency", ENXP, "HTTPS Load Balancing Rule",
         {"backend_name": "apiserver", "url_map_name": "verification-server", "project_id": ENXP}, True, 2000.0, 3412.0),
    documentation="https://github.com/google/exposure-notifications-verification-server/blob/main/docs/playbooks/slo/FastLatencyBudgetBurn.md",
    metric="Total latency")

if __name__ == "__main__":
    family.write()
