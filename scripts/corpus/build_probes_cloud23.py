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

if __name__ == "__main__":
    family.write()
