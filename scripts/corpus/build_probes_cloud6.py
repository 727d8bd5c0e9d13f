"""Probe family `probes_cloud6.jsonl`: cloud-provider alarms as the shipped vendor mappings of
`config/sources.example.yml` turn their deliveries into labels and annotations.

- CloudWatch alarms delivered by SNS (`cloudwatch` source): alertname = AlarmName, region,
  namespace, metric (Trigger.MetricName), sender; annotations description = AlarmDescription,
  message = NewStateReason. The mapping's `service` and `dimension` (the alarm's first dimension)
  are left out: the alarm definitions do not always give one, and the classifier reads neither.
- CloudWatch alarms paged through PagerDuty's CloudWatch integration (`pagerduty` source):
  alertname = the alarm's name (the mapping reads it out of the title `ALARM: "name" in Region`),
  description = the incident title, service, priority, urgency, sender.
- Azure Monitor metric alerts, common alert schema (`azure` source).
- Google Cloud Monitoring incidents, schema 1.2 (`gcp` source).

Each item's expected signature was decided from the alarm's meaning (metric, threshold,
description) under tests/fixtures/corpus/POLICY.md before the classifier ever ran on the file.
Hosts, identifiers and values are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

CDS = ("cds-snc/notification-terraform", "c446304ce2d4694eb82edf80f6a257eac02c404b")
RDS = ("lorenzoaiello/terraform-aws-rds-alarms", "015785e17fa02e07fcc3ec9e4854bbfc9b754de4")
ALB = ("lorenzoaiello/terraform-aws-alb-alarms", "0e42910ac2a948cab12e96427bc61dc0d8b404c4")
EFS = ("lorenzoaiello/terraform-aws-efs-alarms", "c63fdbe3b47bdd2d67c45818762bcd57d88a2e6e")
NAT = ("lorenzoaiello/terraform-aws-nat-alarms", "41f7d1a5b3ca94a60b46a8f3288c0ba8a884278d")
ES = ("aws-samples/amazon-es-service-recommended-alarms", "c115a633135134022c4279d767a21467899d2ef0")
ACC = ("aws-samples/monitoring-accelerator", "ac90b636fb3f6d1737d16cc30a778d192914fff0")
AZ = ("obay/terraform-azurerm-recommended-alerts", "697246568c4f9bb7eb9f7efca0ff18a8b7ad4df7")
AZ_AVAIL = ("obay/terraform-azurerm-recommended-alerts", "54e54e694a318d2f37c9e70ed71d8fe58d938d61")
AZ_NETOUT = ("obay/terraform-azurerm-recommended-alerts", "54599ebd7aad686d40c0a813670977bb0d4fa67e")

CMP = {
    "GreaterThanThreshold": "greater than",
    "GreaterThanOrEqualToThreshold": "greater than or equal to",
    "LessThanThreshold": "less than",
    "LessThanOrEqualToThreshold": "less than or equal to",
}

REGION = {
    "ca-central-1": "Canada (Central)",
    "us-west-2": "US West (Oregon)",
    "us-east-1": "US East (N. Virginia)",
    "eu-west-1": "EU (Ireland)",
    "eu-central-1": "EU (Frankfurt)",
    "ap-southeast-2": "Asia Pacific (Sydney)",
    "ap-northeast-1": "Asia Pacific (Tokyo)",
}

family = ProbeFamily("probes_cloud6.jsonl")


def add(src, path, expected, source, labels, annotations):
    """An alarm defined in `path` of the repository `src` = (repo, commit)."""
    repo, commit = src
    family.add((repo, path, commit), expected, source, labels, annotations)


def fmt(v):
    return f"{float(v):.1f}" if abs(float(v)) < 1e15 else repr(float(v))


def reason(values, threshold, cmp, minute=41, day="02/12/26", hour=7):
    """The NewStateReason CloudWatch writes for a static threshold."""
    n = len(values)
    points = ", ".join(f"{fmt(v)} ({day} {hour:02d}:{(minute - i) % 60:02d}:00)" for i, v in enumerate(values))
    verb = "was" if n == 1 else "were"
    dp = "datapoint" if n == 1 else "datapoints"
    return (f"Threshold Crossed: {n} out of the last {n} datapoints [{points}] {verb} {CMP[cmp]} "
            f"the threshold ({fmt(threshold)}) (minimum {n} {dp} for OK -> ALARM transition).")


def anomaly_reason(value, upper):
    return (f"Thresholds Crossed: 1 out of the last 1 datapoints [{fmt(value)} (02/12/26 07:36:00)] was "
            f"greater than the upper thresholds [{fmt(upper)}] (minimum 1 datapoint for OK -> ALARM transition).")


def cloudwatch(name, description, metric, namespace, region, msg, expected, src, path, source):
    labels = {"alertname": name}
    labels["region"] = REGION[region]
    if namespace:
        labels["namespace"] = namespace
    if metric:
        labels["metric"] = metric
    labels["sender"] = "cloudwatch"
    ann = {"description": description, "message": msg}
    add(src, path, expected, source, labels, ann)


def pagerduty(name, region, service, priority, urgency, expected, src, path, source):
    title = f'ALARM: "{name}" in {REGION[region]}'
    labels = {"alertname": name, "service": service}
    if priority:
        labels["priority"] = priority
    labels["urgency"] = urgency
    labels["sender"] = "pagerduty"
    add(src, path, expected, source, labels, {"description": title})


# --- cds-snc/notification-terraform: CloudWatch alarms of GC Notify, as SNS delivers them ---

P_COMMON = "aws/common/cloudwatch_alarms.tf"
P_EMAIL = "aws/common/cloudwatch_alarms_email.tf"
P_SMS = "aws/common/cloudwatch_alarms_sms.tf"
P_REDISQ = "aws/common/cloudwatch_alarms_redis_queue.tf"
P_EKS = "aws/eks/cloudwatch_alarms.tf"
P_CACHE = "aws/elasticache/cloudwatch_alarms.tf"
P_RDS = "aws/rds/cloudwatch_alarms.tf"
P_DBT = "aws/database-tools/cloudwatch_alarms.tf"
P_PIN = "aws/pinpoint_to_sqs_sms_callbacks/cloudwatch_alarms.tf"
P_SES = "aws/ses_to_sqs_email_callbacks/cloudwatch_alarms.tf"
P_SNS = "aws/sns_to_sqs_sms_callbacks/cloudwatch_alarms.tf"
P_STATUS = "aws/system_status/cloudwatch_alarms.tf"

SRC_CDS = "GC Notify CloudWatch alarm (cds-snc/notification-terraform) delivered by SNS to the cloudwatch source"

cds_sns = [
    # (name, description, metric, namespace, values, threshold, cmp, expected, path)
    ("sqs-priority-queue-delay-warning", "ApproximateAgeOfOldestMessage in high priority queue >= 20 seconds for 3 minutes",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [34, 27, 22], 20, "GreaterThanOrEqualToThreshold", "queue_backlog", P_COMMON),
    ("sqs-priority-queue-delay-critical", "ApproximateAgeOfOldestMessage in high priority queue >= 60 seconds for 5 minutes",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [141, 118, 96, 77, 64], 60, "GreaterThanOrEqualToThreshold", "queue_backlog", P_COMMON),
    ("sqs-bulk-queue-delay-warning", "ApproximateAgeOfOldestMessage in bulk queue reached 60 minutes",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [3712], 3600, "GreaterThanOrEqualToThreshold", "queue_backlog", P_COMMON),
    ("sqs-bulk-queue-delay-critical", "ApproximateAgeOfOldestMessage in bulk queue reached 3 hours",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [10987], 10800, "GreaterThanOrEqualToThreshold", "queue_backlog", P_COMMON),
    ("sqs-priority-db-tasks-stuck-in-queue-warning", "ApproximateAgeOfOldestMessage in priority DB tasks queue is older than 5 minutes in a 1-minute period",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [318], 300, "GreaterThanOrEqualToThreshold", "queue_backlog", P_COMMON),
    ("sqs-normal-db-tasks-stuck-in-queue-critical", "ApproximateAgeOfOldestMessage in normal DB tasks queue is older than 15 minute for 1 minute",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [1402, 1341, 1280, 1219, 1158], 900, "GreaterThanOrEqualToThreshold", "queue_backlog", P_COMMON),
    ("sqs-bulk-db-tasks-stuck-in-queue-warning", "ApproximateAgeOfOldestMessage in bulk DB tasks queue is older than 5 minutes in a 1-minute period",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [362], 300, "GreaterThanOrEqualToThreshold", "queue_backlog", P_COMMON),
    ("healtheck-page-slow-response-warning", "Healthcheck page response time is above 100ms for 10 minutes",
     "production_notifications_api_GET_status_show_status_200", "NotificationCanadaCa", [163, 141], 100, "GreaterThanOrEqualToThreshold", "high_latency", P_COMMON),
    ("healtheck-page-slow-response-critical", "Healthcheck page response time is above 200ms for 10 minutes",
     "production_notifications_api_GET_status_show_status_200", "NotificationCanadaCa", [388, 254], 200, "GreaterThanOrEqualToThreshold", "high_latency", P_COMMON),
    ("sign-in-3-500-error-15-minutes-critical", "Three 500 errors in 15 minutes for sign-in",
     "production_notifications_admin_POST_main_sign_in_500", "NotificationCanadaCa", [4], 3, "GreaterThanOrEqualToThreshold", "high_error_rate", P_COMMON),
    ("contact-3-500-error-15-minutes-critical", "Three 500 errors in 15 minutes for contact us",
     "production_notifications_admin_POST_main_contact_500", "NotificationCanadaCa", [3], 3, "GreaterThanOrEqualToThreshold", "high_error_rate", P_COMMON),
    ("document-download-bucket-size-warning", "Document download S3 bucket size is larger than 500 GB",
     "BucketSizeBytes", "AWS/S3", [541165879296], 536870912000, "GreaterThanOrEqualToThreshold", None, P_COMMON),
    ("live-service-over-daily-rate-limit-warning", "A live service reached its daily rate limit and has been blocked from sending more notifications",
     "production_notifications_api_validators_rate_limit_live_service_daily", "NotificationCanadaCa", [1], 1, "GreaterThanOrEqualToThreshold", "rate_limited", P_COMMON),
    ("inflights-not-being-processed-warning", "Batch saving inflights are being created but are not being processed fast enough. Difference > 100 for 5 minutes",
     None, "NotificationCanadaCa", [246], 100, "GreaterThanThreshold", "queue_backlog", P_COMMON),
    ("bulk-buffer-not-being-processed-critical", "Bulk saving are being created but are not being processed fast enough. Difference > 5000 for 5 minutes",
     None, "NotificationCanadaCa", [7810], 5000, "GreaterThanThreshold", "queue_backlog", P_COMMON),
    ("normal-bulk-buffer-not-being-processed-warning", "Normal bulk saving are being created but are not being processed fast enough. Difference > 1000 for 5 minutes",
     None, "NotificationCanadaCa", [1322], 1000, "GreaterThanThreshold", "queue_backlog", P_COMMON),
    ("ses-bounce-rate-warning", "Bounce rate >=5% over the last 12 hours",
     "Reputation.BounceRate", "AWS/SES", [0.061], 0.05, "GreaterThanOrEqualToThreshold", None, P_EMAIL),
    ("ses-complaint-rate-critical", "Complaint rate >=0.4% over the last 12 hours",
     "Reputation.ComplaintRate", "AWS/SES", [0.0047], 0.004, "GreaterThanOrEqualToThreshold", None, P_EMAIL),
    ("sqs-send-email-high-queue-delay-warning", "ApproximateAgeOfOldestMessage in send email high priority queue >= 20 seconds for 3 minutes",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [41, 33, 25], 20, "GreaterThanOrEqualToThreshold", "queue_backlog", P_EMAIL),
    ("sqs-send-email-medium-queue-delay-critical", "ApproximateAgeOfOldestMessage in send-email-medium queue is >= 45 minutes for 5 minutes",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [2971, 2911, 2851, 2791, 2731], 2700, "GreaterThanOrEqualToThreshold", "queue_backlog", P_EMAIL),
    ("sqs-send-email-low-queue-delay-warning", "ApproximateAgeOfOldestMessage in send-email-low queue is >= 1 hour for 5 minutes",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [3904, 3844, 3784, 3724, 3664], 3600, "GreaterThanOrEqualToThreshold", "queue_backlog", P_EMAIL),
    ("no-emails-sent-1-minute-warning", "SES sending rate is less than 1 per minute",
     "Delivery", "AWS/SES", [0], 1, "LessThanThreshold", None, P_EMAIL),
    ("no-emails-sent-5-minutes-critical", "No emails delivered with SES in 5 minutes",
     "Delivery", "AWS/SES", [0], 1, "LessThanThreshold", None, P_EMAIL),
    ("priority-inflights-not-being-processed-critical", "Batch saving priority inflights are being created but are not being processed fast enough. Difference > 500 for 5 minutes",
     None, "NotificationCanadaCa", [861], 500, "GreaterThanThreshold", "queue_backlog", P_REDISQ),
    ("bulk-inflights-not-being-processed-warning", "Batch saving bulk inflights are being created but are not being processed fast enough. Difference > 2000 for 5 minutes",
     None, "NotificationCanadaCa", [2418], 2000, "GreaterThanThreshold", "queue_backlog", P_REDISQ),
    ("sns-spending-warning", "SNS spending reached 80% of limit this month",
     "SMSMonthToDateSpentUSD", "AWS/SNS", [8104.0], 8000, "GreaterThanOrEqualToThreshold", None, P_SMS),
    ("sns-spending-us-west-2-critical", "SNS spending reached 90% of limit this month",
     "SMSMonthToDateSpentUSD", "AWS/SNS", [915.3], 900, "GreaterThanOrEqualToThreshold", None, P_SMS),
    ("sns-sms-rate-exceeded-warning", "At least 1 SNS SMS rate exceeded error in 5 minutes",
     "sns-sms-rate-exceeded", "LogMetrics", [7], 1, "GreaterThanOrEqualToThreshold", "rate_limited", P_SMS),
    ("sqs-send-sms-high-queue-delay-critical", "ApproximateAgeOfOldestMessage in send-sms-high queue >= 60 seconds for 5 minutes",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [212, 170, 131, 98, 71], 60, "GreaterThanOrEqualToThreshold", "queue_backlog", P_SMS),
    ("sqs-send-sms-medium-queue-delay-warning", "ApproximateAgeOfOldestMessage in send-sms-medium queue is >= 10 minutes for 5 minutes",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [851, 791, 731, 671, 611], 600, "GreaterThanOrEqualToThreshold", "queue_backlog", P_SMS),
    ("sqs-send-sms-low-queue-delay-critical", "ApproximateAgeOfOldestMessage in send-sms-low queue is >= 3 hours",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [11206], 10800, "GreaterThanOrEqualToThreshold", "queue_backlog", P_SMS),
    ("sqs-dedicated-number-throttled-sms-stuck-in-queue-warning", "Delay in throttled SMS queue for dedicated numbers >= 1 hour",
     "ApproximateAgeOfOldestMessage", "AWS/SQS", [3790], 3600, "GreaterThanOrEqualToThreshold", "queue_backlog", P_SMS),
    ("sqs-send-throttled-sms-tasks-receive-rate-warning", "NumberOfMessagesReceived is more than the expected maximum rate for send-throttled-sms-tasks SQS queue",
     "NumberOfMessagesReceived", "AWS/SQS", [71], 66, "GreaterThanOrEqualToThreshold", None, P_SMS),
    ("blazer-task-unavailable", "Unavailable Blazer task",
     "TaskCount", "ECS/ContainerInsights", [0], 1, "LessThanThreshold", "node_down", P_DBT),
    ("coredns-nxdomain-notification-warning", "More than 30 NXDOMAIN responses containing the basedomain in CoreDNS logs in 5 minutes",
     "CoreDNSNXDOMAINNotificationCount", "NotificationCanadaCa/DNS", [57], 30, "GreaterThanThreshold", "dns_failure", P_EKS),
    ("load-balancer-1-500-error-1-minute-warning", "One 500 error in 1 minute",
     "HTTPCode_ELB_500_Count", "AWS/ApplicationELB", [2], 1, "GreaterThanOrEqualToThreshold", "high_error_rate", P_EKS),
    ("load-balancer-10-502-error-5-minutes-critical", "Ten 502 errors in 5 minutes",
     "HTTPCode_ELB_502_Count", "AWS/ApplicationELB", [23], 10, "GreaterThanOrEqualToThreshold", "high_error_rate", P_EKS),
    ("document-download-api-high-request-count-warning", "More than 300 4XX requests in 10 minutes on notification-canada-ca-alb-document target group",
     "HTTPCode_Target_4XX_Count", "AWS/ApplicationELB", [412], 300, "GreaterThanOrEqualToThreshold", "high_error_rate", P_EKS),
    ("logs-celery-error-unknown-critical", "Ten unclassified Celery errors in 1 minute",
     "celery-error-unknown", "LogMetrics", [14], 10, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("logs-celery-error-duplicate-record-warning", "50 Celery duplicate record errors in 1 minute",
     "celery-error-duplicate-record", "LogMetrics", [63], 50, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("logs-celery-error-notification-not-found-critical", "200 Celery notifications not found errors in 1 minute",
     "celery-error-notification-not-found", "LogMetrics", [231], 200, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("logs-celery-error-shutdown-warning", "10 Celery shutdown errors in 1 minute",
     "celery-error-shutdown", "LogMetrics", [12], 10, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("logs-celery-error-throttling-critical", "3000 Celery throttling errors in 1 minute",
     "celery-error-throttling", "LogMetrics", [3412], 3000, "GreaterThanOrEqualToThreshold", "rate_limited", P_EKS),
    ("logs-celery-error-xray-warning", "Five Celery X-Ray errors in 1 minute",
     "celery-error-xray", "LogMetrics", [6], 5, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("logs-1-500-error-1-minute-warning", "One 500 error in 1 minute",
     "500-errors", "LogMetrics", [1], 1, "GreaterThanOrEqualToThreshold", "high_error_rate", P_EKS),
    ("logs-10-500-error-5-minutes-critical", "Ten 500 errors in 5 minutes",
     "500-errors", "LogMetrics", [17], 10, "GreaterThanOrEqualToThreshold", "high_error_rate", P_EKS),
    ("api-pods-high-cpu-warning", "Average CPU of API pods >=50% during 10 minutes",
     "pod_cpu_utilization", "ContainerInsights", [63.2, 58.9], 50, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("celery-core-tasks-burst-pods-high-cpu-warning", "Average CPU of celery-core-tasks-burst pods >=50% during 10 minutes",
     "pod_cpu_utilization", "ContainerInsights", [71.4, 66.0], 50, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("admin-pods-high-memory-warning", "Average memory of admin pods >=50% during 10 minutes",
     "pod_memory_utilization", "ContainerInsights", [57.8, 54.1], 50, "GreaterThanOrEqualToThreshold", "out_of_memory", P_EKS),
    ("celery-sms-dedicated-static-pods-high-memory-warning", "Average memory of celery-sms-dedicated-static >=50% during 10 minutes",
     "pod_memory_utilization", "ContainerInsights", [66.3, 61.7], 50, "GreaterThanOrEqualToThreshold", "out_of_memory", P_EKS),
    ("ddos-detected-load-balancer-critical", "DDoS has been detected on the load balancer",
     "DDoSDetected", "AWS/DDoSProtection", [1], 1, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("logs-10-malware-detected-1-minute-critical", "Ten malware detected errors in 1 minute",
     "malware-detected", "LogMetrics", [11], 10, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("kubernetes-failed-nodes", "Kubernetes failed node anomalies",
     "cluster_failed_node_count", "ContainerInsights", [2], 1, "GreaterThanOrEqualToThreshold", "node_down", P_EKS),
    ("db-migration-failure-critical", "The database migration running in the api k8s pods has failed",
     "db-migration-failure", "LogMetrics", [1], 1, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("logs-1-oom-error-1-minute-warning", "One oom error in 1 minute",
     "oom-errors", "LogMetrics", [1], 1, "GreaterThanOrEqualToThreshold", "out_of_memory", P_EKS),
    ("logs-10-oom-error-5-minute-warning", "Ten oom errors in 5 minute",
     "oom-errors", "LogMetrics", [13], 10, "GreaterThanOrEqualToThreshold", "out_of_memory", P_EKS),
    ("logs-1-velero-error-5-minute-warning", "Errors In Velero. Verify Backup Status",
     "velero-error", "LogMetrics", [3], 1, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("international-sms-sent-warning", "A service has sent more than 100 international SMS in 1 hour",
     "international_sms_sent", "NotificationCanadaCa", [148], 100, "GreaterThanOrEqualToThreshold", None, P_EKS),
    ("redis-elasticache-high-cpu-warning-CacheCluster002CPUUtilization", "Average CPU of Redis ElastiCache >= 70% during 1 minute ",
     "CPUUtilization", "AWS/ElastiCache", [78.5], 70, "GreaterThanOrEqualToThreshold", None, P_CACHE),
    ("redis-elasticache-high-db-memory-warning-CacheCluster001", "Average DB Memory on Redis ElastiCache >= 60% during 1 minute",
     "DatabaseMemoryUsagePercentage", "AWS/ElastiCache", [64.7], 60, "GreaterThanOrEqualToThreshold", "out_of_memory", P_CACHE),
    ("elasticache-queue-high-db-memory-critical-CacheCluster003", "Average DB Memory on Redis ElastiCache >= 85% during 1 minute",
     "DatabaseMemoryUsagePercentage", "AWS/ElastiCache", [88.9], 85, "GreaterThanOrEqualToThreshold", "out_of_memory", P_CACHE),
    ("elasticache-queue-medium-cpu-warning-CacheCluster001CPUUtilization", "Average CPU of Redis ElastiCache >= 50% during 1 minute",
     "CPUUtilization", "AWS/ElastiCache", [52.3], 50, "GreaterThanOrEqualToThreshold", None, P_CACHE),
    ("high-dbload-warning-instance-0", "DBLoad > 10. Check if there's a query that is causing this.",
     "DBLoad", "AWS/RDS", [13.6], 10, "GreaterThanThreshold", None, P_RDS),
    ("high-dbload-critical-instance-1", "DBLoad > 100. Check if there's a query that is causing this.",
     "DBLoad", "AWS/RDS", [118.2], 100, "GreaterThanThreshold", None, P_RDS),
    ("very-high-db-cpu-warning-instance-0", "CPU usage of the RDS instance > 95% for 5 minutes",
     "CPUUtilization", "AWS/RDS", [98.1, 97.4, 96.8, 97.9, 95.6], 95, "GreaterThanThreshold", None, P_RDS),
    ("low-db-memory-warning-instance-1", "Freeable memory of the RDS instance < 4G",
     "FreeableMemory", "AWS/RDS", [3801087590], 4294967296, "LessThanThreshold", "out_of_memory", P_RDS),
    ("low-db-memory-critical-instance-0", "Freeable memory of the RDS instance < 2G",
     "FreeableMemory", "AWS/RDS", [1634574336], 2147483648, "LessThanThreshold", "out_of_memory", P_RDS),
    ("db-free-local-storage-warning-instance-0", "Free local storage of instance is less than 20GB",
     "FreeLocalStorage", "AWS/RDS", [19862597632], 21474836480, "LessThanThreshold", "disk_full", P_RDS),
    ("db-free-local-storage-critical-instance-1", "Free local storage of instance is less than 10GB",
     "FreeLocalStorage", "AWS/RDS", [9126805504], 10737418240, "LessThanThreshold", "disk_full", P_RDS),
    ("lambda-image-pinpoint-delivery-receipts-errors-critical", "20 errors on Lambda pinpoint-to-sqs-sms-callbacks in 10 minutes",
     "Errors", "AWS/Lambda", [26], 20, "GreaterThanOrEqualToThreshold", "high_error_rate", P_PIN),
    ("lambda-ses-delivery-receipts-errors-warning", "5 errors on Lambda ses-to-sqs-email-callbacks in 10 minutes",
     "Errors", "AWS/Lambda", [8], 5, "GreaterThanOrEqualToThreshold", "high_error_rate", P_SES),
    ("lambda-image-sns-delivery-receipts-errors-warning", "5 errors on Lambda sns-to-sqs-sms-callbacks in 10 minutes",
     "Errors", "AWS/Lambda", [6], 5, "GreaterThanOrEqualToThreshold", "high_error_rate", P_SNS),
    ("total-sms-spending-critical", "SMS spending reached 90% of limit this month",
     "SMSMonthToDateSpentUSD", "AWS/SNS", [9050.2], 9000, "GreaterThanOrEqualToThreshold", None, P_PIN),
    ("pinpoint-sms-rate-exceeded-warning", "At least 1 Pinpoint SMS rate exceeded error in 5 minutes",
     "pinpoint-sms-rate-exceeded", "LogMetrics", [4], 1, "GreaterThanOrEqualToThreshold", "rate_limited", P_PIN),
    ("system-status-email-down-warning", "Email system status reported as 'down'",
     "system_status_email_down", "LogMetrics", [1], 1, "GreaterThanOrEqualToThreshold", "node_down", P_STATUS),
    ("system-status-sms-down-warning", "SMS system status reported as 'down'",
     "system_status_sms_down", "LogMetrics", [1], 1, "GreaterThanOrEqualToThreshold", "node_down", P_STATUS),
]

for i, (name, desc, metric, ns, values, thr, cmp, exp, path) in enumerate(cds_sns):
    region = "us-west-2" if "us-west-2" in name else "ca-central-1"
    cloudwatch(name, desc, metric, ns, region, reason(values, thr, cmp, minute=41 - (i % 30)), exp, CDS, path,
               SRC_CDS + f": {name}")

# The same estate's alarms as PagerDuty's CloudWatch integration pages them: only the title.
SRC_CDS_PD = "GC Notify CloudWatch alarm (cds-snc/notification-terraform) paged through PagerDuty's CloudWatch integration"
cds_pd = [
    ("sqs-priority-queue-delay-critical", "notify-sqs", "P1", "high", "queue_backlog", P_COMMON),
    ("sqs-send-email-high-queue-delay-critical", "notify-email", "P1", "high", "queue_backlog", P_EMAIL),
    ("sqs-normal-db-tasks-stuck-in-queue-warning", "notify-sqs", "P3", "low", "queue_backlog", P_COMMON),
    ("sqs-bulk-db-tasks-stuck-in-queue-critical", "notify-sqs", "P2", "high", "queue_backlog", P_COMMON),
    ("sqs-send-sms-low-queue-delay-warning", "notify-sms", "P3", "low", "queue_backlog", P_SMS),
    ("sqs-dedicated-number-throttled-sms-stuck-in-queue-critical", "notify-sms", "P2", "high", "queue_backlog", P_SMS),
    ("load-balancer-10-500-error-5-minutes-critical", "notify-api", "P1", "high", "high_error_rate", P_EKS),
    ("load-balancer-1-502-error-1-minute-warning", "notify-api", "P3", "low", "high_error_rate", P_EKS),
    ("healtheck-page-slow-response-critical", "notify-api", "P2", "high", "high_latency", P_COMMON),
    ("low-db-memory-critical-instance-2", "notify-database", "P1", "high", "out_of_memory", P_RDS),
    ("db-free-local-storage-critical-instance-0", "notify-database", "P1", "high", "disk_full", P_RDS),
    ("high-db-cpu-warning-instance-2", "notify-database", "P3", "low", None, P_RDS),
    ("redis-elasticache-high-db-memory-critical-CacheCluster002", "notify-redis", "P2", "high", "out_of_memory", P_CACHE),
    ("redis-elasticache-medium-cpu-warning-CacheCluster001CPUUtilization", "notify-redis", "P4", "low", None, P_CACHE),
    ("kubernetes-failed-nodes", "notify-eks", "P1", "high", "node_down", P_EKS),
    ("sns-sms-rate-exceeded-us-west-2-warning", "notify-sms", "P3", "low", "rate_limited", P_SMS),
    ("coredns-nxdomain-notification-warning", "notify-eks", "P3", "low", "dns_failure", P_EKS),
    ("logs-1-oom-error-1-minute-warning", "notify-eks", "P3", "low", "out_of_memory", P_EKS),
    ("sns-spending-critical", "notify-sms", "P3", "low", None, P_SMS),
    ("no-emails-sent-5-minutes-critical", "notify-email", "P1", "high", None, P_EMAIL),
    ("blazer-task-unavailable", "notify-database-tools", "P3", "low", "node_down", P_DBT),
]
for name, svc, prio, urg, exp, path in cds_pd:
    region = "us-west-2" if "us-west-2" in name else "ca-central-1"
    pagerduty(name, region, svc, prio, urg, exp, CDS, path, SRC_CDS_PD + f": {name}")

# --- lorenzoaiello's RDS, ALB, EFS and NAT gateway alarm modules ---
SRC_LA = "CloudWatch alarm of a Terraform alarm module ({}) delivered by SNS to the cloudwatch source"

rds = [
    # (suffix, description, metric, values, threshold, cmp, expected)
    ("highCPUUtilization", "Average database CPU utilization is too high.", "CPUUtilization", [94.2], 90, "GreaterThanThreshold", None),
    ("lowCPUCreditBalance", "Average database CPU credit balance is too low, a negative performance impact is imminent.", "CPUCreditBalance", [61.4], 100, "LessThanThreshold", None),
    ("lowEBSBurstBalance", "Average database storage burst balance is too low, a negative performance impact is imminent.", "BurstBalance", [37.0], 100, "LessThanThreshold", None),
    ("highDiskQueueDepth", "Average database disk queue depth is too high, performance may be negatively impacted.", "DiskQueueDepth", [81.6], 64, "GreaterThanThreshold", None),
    ("lowFreeStorageSpace", "Average database free storage space is too low and may fill up soon.", "FreeStorageSpace", [8423112704], 10000000000, "LessThanThreshold", "disk_full"),
    ("lowFreeableMemory", "Average database freeable memory is too low, performance may be negatively impacted.", "FreeableMemory", [201326592], 256000000, "LessThanThreshold", "out_of_memory"),
    ("highSwapUsage", "Average database swap usage is too high, performance may be negatively impacted.", "SwapUsage", [412090368], 256000000, "GreaterThanThreshold", "out_of_memory"),
]
for j, db in enumerate(["billing-pg-prod", "ledger-mysql-prod"]):
    region = ["us-east-1", "eu-west-1"][j]
    for k, (suffix, desc, metric, values, thr, cmp, exp) in enumerate(rds):
        if j == 1 and suffix in ("lowEBSBurstBalance", "highCPUUtilization", "lowCPUCreditBalance"):
            continue
        name = f"rds-{db}-{suffix}"
        cloudwatch(name, desc, metric, "AWS/RDS", region, reason(values, thr, cmp, minute=20 + k), exp, RDS, "main.tf",
                   SRC_LA.format("lorenzoaiello/terraform-aws-rds-alarms") + f": {suffix}")
# The anomaly-detection alarm on DatabaseConnections keeps the module's copied description.
cloudwatch("rds-billing-pg-prod-anomalousConnectionCount", "This metric monitors ec2 cpu utilization", None, None, "us-east-1",
           anomaly_reason(612, 287.4), None, RDS, "main.tf",
           SRC_LA.format("lorenzoaiello/terraform-aws-rds-alarms") + ": anomalousConnectionCount (anomaly band, no limit)")

alb = [
    ("high5XXCount", "Average API 5XX target group error code count is too high", "HTTPCode_Target_5XX_Count", [38], 25, "GreaterThanThreshold", "high_error_rate", True),
    ("high5XXCount", "Average API 5XX load balancer error code count is too high", "HTTPCode_ELB_5XX_Count", [19], 10, "GreaterThanThreshold", "high_error_rate", False),
    ("highResponseTime", "Average API response time is greater than 0.5", "TargetResponseTime", [0.93], 0.5, "GreaterThanThreshold", "high_latency", True),
    ("unhealthy-hosts", "Unhealthy host count is greater than 0", "UnHealthyHostCount", [2], 0, "GreaterThanThreshold", "node_down", True),
    ("healthy-hosts", "Healthy host count is less than or equal to 0", "HealthyHostCount", [0], 0, "LessThanOrEqualToThreshold", "node_down", True),
]
for j, (tg, lb, region) in enumerate([("targetgroup/checkout-api/6d0ecf831eec9f09", "app/checkout-prod/50dc6c495c0c9188", "us-east-1"),
                                      ("targetgroup/search-web/943f017f100becff", "app/search-prod/3b5c1d4e2f6a7b8c", "eu-central-1")]):
    for k, (suffix, desc, metric, values, thr, cmp, exp, per_tg) in enumerate(alb):
        name = f"alb-tg-{tg}-{suffix}" if per_tg else f"alb-{lb}-{suffix}"
        cloudwatch(name, desc, metric, "AWS/ApplicationELB", region, reason(values, thr, cmp, minute=30 + k), exp, ALB, "main.tf",
                   SRC_LA.format("lorenzoaiello/terraform-aws-alb-alarms") + f": {metric}")

efs = [
    ("lowBurstBalance", "Average burst credit balance is low, a performance impact will occur within the hour.", "BurstCreditBalance", [61203972096], 100000000000, "LessThanThreshold", None),
    ("highIOPercentage", "I/O limit has been reached, consider using Max I/O performance mode.", "PercentIOLimit", [97.0], 90, "GreaterThanThreshold", None),
]
for k, (suffix, desc, metric, values, thr, cmp, exp) in enumerate(efs):
    name = f"efs-fs-0a1b2c3d4e5f67890-{suffix}"
    cloudwatch(name, desc, metric, "AWS/EFS", "ap-southeast-2", reason(values, thr, cmp, minute=12 + k), exp, EFS, "main.tf",
               SRC_LA.format("lorenzoaiello/terraform-aws-efs-alarms") + f": {suffix}")
cloudwatch("efs-fs-0a1b2c3d4e5f67890-anomalousClientConnections", "Anomalous database connection count detected. Something unusual is happening.",
           None, None, "ap-southeast-2", anomaly_reason(1840, 902.5), None, EFS, "main.tf",
           SRC_LA.format("lorenzoaiello/terraform-aws-efs-alarms") + ": anomalousClientConnections (anomaly band, no limit)")
cloudwatch("efs-fs-0a1b2c3d4e5f67890-anomalousIOBytes", "Anomalous IO pattern detected. Something unusual is happening.",
           None, None, "ap-southeast-2", anomaly_reason(88213504, 41943040), None, EFS, "main.tf",
           SRC_LA.format("lorenzoaiello/terraform-aws-efs-alarms") + ": anomalousIOBytes")

for k, (suffix, desc, metric, exp) in enumerate([
        ("droppedPackets", "The NAT Gateway is experiencing dropped packets.", "PacketsDropCount", None),
        ("errorAllocatingPorts", "The NAT Gateway is experiencing errors allocating ports.", "ErrorPortAllocation", None)]):
    name = f"efs-nat-0f1e2d3c4b5a69788-{suffix}"
    cloudwatch(name, desc, metric, "AWS/NATGateway", "us-east-1", reason([[412], [37]][k], 0, "GreaterThanThreshold", minute=50 + k),
               exp, NAT, "main.tf", SRC_LA.format("lorenzoaiello/terraform-aws-nat-alarms") + f": {suffix}")

# --- aws-samples: Amazon ES recommended alarms (CloudFormation names) and ElastiCache alarms ---
SRC_ES = "Amazon ES recommended CloudWatch alarm (aws-samples/amazon-es-service-recommended-alarms CloudFormation template) delivered by SNS"
es = [
    ("CPUUtilizationAlarm", "CPU alarm for Elasticsearch cluster", "CPUUtilization", [96.0], 90, "GreaterThanOrEqualToThreshold", None),
    ("JVMMemoryPressureAlarm", "JVM alerts Elasticsearch cluster", "JVMMemoryPressure", [86.0, 84.0, 81.0], 80, "GreaterThanOrEqualToThreshold", "out_of_memory"),
    ("RedClusterAlarm", "Red cluster status", "ClusterStatus.red", [1.0], 1, "GreaterThanOrEqualToThreshold", None),
    ("YellowClusterAlarm", "Yellow cluster status", "ClusterStatus.yellow", [1.0], 1, "GreaterThanOrEqualToThreshold", None),
    ("FreeStorageSpaceAlarm", "Minimum FreeStorageSpace alert", "FreeStorageSpace", [17304.0], 20480, "LessThanOrEqualToThreshold", "disk_full"),
    ("AutomatedSnapshotFailureAlarm", "AutomatedSnapshotFailure alerts", "AutomatedSnapshotFailure", [1.0], 1, "GreaterThanOrEqualToThreshold", None),
    ("NodesFailureAlarm", "Nodes failure alert", "Nodes", [2.0], 3, "LessThanThreshold", "node_down"),
    ("MasterCPUUtilizationAlarm", "CPU alarm for Elasticsearch cluster", "MasterCPUUtilization", [71.0, 64.0, 58.0], 50, "GreaterThanOrEqualToThreshold", None),
    ("MasterJVMMemoryPressureAlarm", "JVM alerts Elasticsearch cluster", "MasterJVMMemoryPressure", [83.0], 80, "GreaterThanOrEqualToThreshold", "out_of_memory"),
    ("KMSKeyInaccessibleAlarm", "KMSKeyInaccessible alerts", "KMSKeyInaccessible", [1.0], 1, "GreaterThanOrEqualToThreshold", None),
    ("KMSKeyErrorAlarm", "KMSKeyError alerts", "KMSKeyError", [1.0], 1, "GreaterThanOrEqualToThreshold", None),
]
SUFFIXES = ["1R2T3Y4U5I6O", "Q7W8E9R0T1Y2", "A3S4D5F6G7H8", "Z9X8C7V6B5N4", "M1N2B3V4C5X6", "L7K8J9H0G1F2",
            "P3O4I5U6Y7T8", "R9E8W7Q6A5S4", "D3F2G1H0J9K8", "U7I6O5P4L3K2", "B1V2C3X4Z5A6"]
for k, (logical, desc, metric, values, thr, cmp, exp) in enumerate(es):
    name = f"logs-es-alarms-{logical}-{SUFFIXES[k]}"
    cloudwatch(name, desc, metric, "AWS/ES", "eu-west-1", reason(values, thr, cmp, minute=10 + k), exp, ES,
               "cloudformation-template/elasticsearch-recommended-alarms.yaml", SRC_ES + f": {logical}")

SRC_ACC = "ElastiCache CloudWatch alarm of aws-samples/monitoring-accelerator delivered by SNS"
acc = [
    ("cpu_utilization_alarm_name", "Alert when the ElastiCache's CPUUtilization is greater or equal to a specified value", "CPUUtilization", [91.0], 90, None),
    ("engine_cpu_utilization_alarm_name", "Alert when the ElastiCache's EngineCPUUtilization is greater or equal to a specified value", "EngineCPUUtilization", [93.0], 90, None),
    ("database_memory_usage_percentage_alarm", "Alert when the ElastiCache's DatabaseMemoryUsagePercentage is greater or equal to a specified value", "DatabaseMemoryUsagePercentage", [92.0], 80, "out_of_memory"),
    ("replication_lag_alarm", "Alert when the ElastiCache's ReplicationLag is greater or equal to a specified value", "ReplicationLag", [4.2], 2, "replication_lag"),
    ("freeable_memory_alarm", "Alert when the ElastiCache's FreeableMemory is less than or equal to a specified value", "FreeableMemory", [83886080], 104857600, "out_of_memory"),
    ("curr_connections_alarm", "Alert when the ElastiCache's CurrConnections is greater or equal to a specified value", "CurrConnections", [6120], 5000, None),
]
for j, cluster in enumerate(["sessions-redis-001", "rate-cache-002"]):
    for k, (suffix, desc, metric, values, thr, exp) in enumerate(acc):
        if j == 1 and suffix in ("cpu_utilization_alarm_name", "curr_connections_alarm"):
            continue
        if suffix == "curr_connections_alarm":
            continue  # a fixed threshold on a count without a limit: left out (POLICY rule 7)
        cmp = "LessThanOrEqualToThreshold" if metric == "FreeableMemory" else "GreaterThanOrEqualToThreshold"
        name = f"elasticache_{cluster}_{suffix}"
        cloudwatch(name, desc, metric, "AWS/ElastiCache", ["us-east-1", "eu-central-1"][j], reason(values, thr, cmp, minute=5 + k),
                   exp, ACC, "elasticache/main.tf", SRC_ACC + f": {metric}")

# --- ThanhPhamit/custom-infrastructure: alarm modules for ECS services, RDS, ElastiCache and
# scheduled tasks (snake_case names, which the cloudwatch mapping's service regex does not read) ---
TP = ("ThanhPhamit/custom-infrastructure", "4174f1c6e31587265bb198ded78d49ec8d712045")
SRC_TP = "CloudWatch alarm of ThanhPhamit/custom-infrastructure's alarm modules delivered by SNS to the cloudwatch source"
P_ECS = "modules/cloudwatch_alarm_ecs/main.tf"
P_TRDS = "modules/cloudwatch_alarm_rds_instance/main.tf"
P_TEC = "modules/cloudwatch_alarm_elasticache_server_based/main.tf"
P_SCHED = "scheduled_ecs_task_modules/cloudwatch_alarm_ecs_scheduled_task/main.tf"
P_EVB = "scheduled_ecs_task_modules/cloudwatch_alarm_eventbridge/main.tf"
tp = [
    # (name, description, metric, namespace, values, threshold, cmp, expected, path)
    ("jobboard_ecs_memory_utilization_high", "ECS Memory Utilization is too high.", "MemoryUtilization", "AWS/ECS", [86.4, 83.0], 80, "GreaterThanThreshold", "out_of_memory", P_ECS),
    ("jobboard_ecs_memory_utilization_high_alert", "ECS Memory Utilization is too high.", "MemoryUtilization", "AWS/ECS", [95.8, 93.1], 90, "GreaterThanThreshold", "out_of_memory", P_ECS),
    ("jobboard_ecs_memory_utilization_low", "ECS Memory Utilization is low.", "MemoryUtilization", "AWS/ECS", [11.2, 10.9, 10.4], 20, "LessThanThreshold", None, P_ECS),
    ("jobboard_ecs_cpu_utilization_high", "ECS CPU Utilization is too high", "CPUUtilization", "AWS/ECS", [88.0, 84.5], 80, "GreaterThanThreshold", None, P_ECS),
    ("jobboard_ecs_cpu_utilization_low", "ECS CPU Utilization is low.", "CPUUtilization", "AWS/ECS", [3.1, 2.8, 2.6], 10, "LessThanThreshold", None, P_ECS),
    ("jobboard_alb_healthy_count_blue", "ALB blue target group healthy count is less than 1.", "HealthyHostCount", "AWS/ApplicationELB", [0], 1, "LessThanThreshold", "node_down", P_ECS),
    ("jobboard_nlb_healthy_count_green", "NLB green target group healthy count is less than 1.", "HealthyHostCount", "AWS/NetworkELB", [0], 1, "LessThanThreshold", "node_down", P_ECS),
    ("jobboard-ecs-service-log-errors", "This alarm monitors for any ERROR messages in the ECS service logs", "jobboard_ecs_service_log_errors", "jobboard/ECS/LogErrors", [4], 0, "GreaterThanThreshold", None, P_ECS),
    ("payroll_rds_cpu_utilization_alert", "RDS CPU Utilization", "CPUUtilization", "AWS/RDS", [92.7], 90, "GreaterThanThreshold", None, P_TRDS),
    ("payroll_rds_freeable_memory_notice", "RDS Freeable Memory is too low.", "FreeableMemory", "AWS/RDS", [488636416], 536870912, "LessThanThreshold", "out_of_memory", P_TRDS),
    ("payroll_rds_freeable_memory_alert", "RDS Freeable Memory is too low.", "FreeableMemory", "AWS/RDS", [236978176], 268435456, "LessThanThreshold", "out_of_memory", P_TRDS),
    ("payroll_rds_freeable_storage_space_notice", "RDS Freeable Storage Space is too low.", "FreeStorageSpace", "AWS/RDS", [9663676416], 10737418240, "LessThanThreshold", "disk_full", P_TRDS),
    ("payroll_rds_freeable_storage_space_alert", "RDS Freeable Storage Space is too low.", "FreeStorageSpace", "AWS/RDS", [4187593113], 5368709120, "LessThanThreshold", "disk_full", P_TRDS),
    ("jobboard-elasticache-cpu-critical-jobboard-redis-0001", "ElastiCache CPU utilization is critically high on cluster jobboard-redis node 0001", "CPUUtilization", "AWS/ElastiCache", [93.5], 90, "GreaterThanThreshold", None, P_TEC),
    ("jobboard-elasticache-memory-warning-jobboard-redis-0002", "ElastiCache memory usage is high on cluster jobboard-redis node 0002", "DatabaseMemoryUsagePercentage", "AWS/ElastiCache", [81.9], 75, "GreaterThanThreshold", "out_of_memory", P_TEC),
    ("jobboard-elasticache-memory-critical-jobboard-redis-0001", "ElastiCache memory usage is critically high on cluster jobboard-redis node 0001", "DatabaseMemoryUsagePercentage", "AWS/ElastiCache", [91.3], 90, "GreaterThanThreshold", "out_of_memory", P_TEC),
    ("invoicing-ecs-scheduled-task-failed", "Alert when ECS scheduled task logs application errors", "invoicing_ecs_task_failures", "invoicing/ECS/ScheduledTask", [2], 0, "GreaterThanThreshold", None, P_SCHED),
    ("invoicing-ecs-scheduled-task-cpu-high", "Alert when ECS scheduled task CPU utilization is too high", "CPUUtilization", "AWS/ECS", [97.2], 85, "GreaterThanThreshold", None, P_SCHED),
    ("invoicing-ecs-scheduled-task-memory-high", "Alert when ECS scheduled task memory utilization is too high", "MemoryUtilization", "AWS/ECS", [94.6], 85, "GreaterThanThreshold", "out_of_memory", P_SCHED),
    ("invoicing-ecs-scheduled-task-log-errors", "Alert when errors are detected in ECS scheduled task logs", "invoicing_ecs_scheduled_task_log_errors", "invoicing/ECS/ScheduledTask/LogErrors", [7], 0, "GreaterThanThreshold", None, P_SCHED),
    ("invoicing-eventbridge-throttled-rules", "Alert when EventBridge rule is throttled", "ThrottledRules", "AWS/Events", [3], 0, "GreaterThanThreshold", "rate_limited", P_EVB),
    ("invoicing-eventbridge-invocations-low", "Alert when EventBridge rule stops triggering (no invocations detected)", "Invocations", "AWS/Events", [0], 1, "LessThanThreshold", None, P_EVB),
    ("invoicing-eventbridge-dlq-messages", "Alert when messages are sent to EventBridge Dead Letter Queue", "NumberOfMessagesReceived", "AWS/SQS", [5], 0, "GreaterThanThreshold", None, P_EVB),
]
for k, (name, desc, metric, ns, values, thr, cmp, exp, path) in enumerate(tp):
    cloudwatch(name, desc, metric, ns, "ap-southeast-2" if k % 3 == 0 else "eu-central-1",
               reason(values, thr, cmp, minute=15 + k), exp, TP, path, SRC_TP + f": {name}")

# --- eijikominami/aws-cloudformation-templates: monitoring templates whose alarm descriptions
# are Japanese Slack-formatted sentences (default alarm names, placeholders filled in) ---
EK = ("eijikominami/aws-cloudformation-templates", "3da9b6997d9ab708e8d6593a41c6516ec058f942")
SRC_EK = "CloudWatch alarm of eijikominami/aws-cloudformation-templates (Japanese description) delivered by SNS to the cloudwatch source"
ACM_URL = "<https://docs.aws.amazon.com/ja_jp/acm/latest/userguide/managed-renewal.html|マネージド証明書の更新>"
APIGW_URL = "<https://docs.aws.amazon.com/ja_jp/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html|Amazon API Gateway のディメンションとメトリクス>"
ALB_URL = "<https://docs.aws.amazon.com/ja_jp/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html|Application Load Balancer の CloudWatch メトリクス>"
NLB_URL = "<https://docs.aws.amazon.com/ja_jp/elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html|Network Load Balancer の CloudWatch メトリクス>"
EC2_URL = "<https://docs.aws.amazon.com/ja_jp/AWSEC2/latest/UserGuide/viewing_metrics_with_cloudwatch.html|インスタンスの利用可能な CloudWatch メトリクスのリスト表示>"
CWA_URL = "<https://docs.aws.amazon.com/ja_jp/AmazonCloudWatch/latest/monitoring/Install-CloudWatch-Agent.html|CloudWatch エージェントを使用した Amazon EC2 Instances インスタンスとオンプレミスサーバーからのメトリクスとログの収集>"
ECS_URL = "<https://docs.aws.amazon.com/ja_jp/AmazonECS/latest/developerguide/cloudwatch-metrics.html|Amazon ECS CloudWatch メトリクス>"
ES_URL = "<https://docs.aws.amazon.com/ja_jp/opensearch-service/latest/developerguide/managedomains-cloudwatchmetrics.html|Amazon CloudWatch による OpenSearch クラスターメトリクスのモニタリング>"
FH_URL = "<https://docs.aws.amazon.com/ja_jp/firehose/latest/dev/monitoring-with-cloudwatch-metrics.html|CloudWatch メトリクスによる Amazon Data Firehose のモニタリング>"
ek = [
    # (template, name, description, metric, namespace, values, threshold, cmp, expected)
    ("acm", "Notice-CertificateManager-DaysToExpiry-30", f"*CertificateManager* (shop-example-jp) の有効期限は残り30日以下です。証明書の更新は、{ACM_URL} をご覧ください。", "DaysToExpiry", "AWS/CertificateManager", [29], 30, "LessThanOrEqualToThreshold", "certificate_expiry"),
    ("acm", "Warning-CertificateManager-DaysToExpiry-7", f"*CertificateManager* (api-example-jp) の有効期限は残り7日以下です。証明書の更新は、{ACM_URL} をご覧ください。", "DaysToExpiry", "AWS/CertificateManager", [6], 7, "LessThanOrEqualToThreshold", "certificate_expiry"),
    ("acm", "Warning-CertificateManager-DaysToExpiry-1", f"*CertificateManager* (cdn-example-jp) の有効期限は残り1日以下です。証明書の更新は、{ACM_URL} をご覧ください。", "DaysToExpiry", "AWS/CertificateManager", [1], 1, "LessThanOrEqualToThreshold", "certificate_expiry"),
    ("apigateway", "Notice-ApiGateway-order-api-4XX-Error-Occured", f"*API Gateway* (order-api) の GET メソッドで *4XX エラー* が発生しました。このエラーの詳細は、{APIGW_URL} をご覧ください。", "4XXError", "AWS/ApiGateway", [12], 1, "GreaterThanOrEqualToThreshold", "high_error_rate"),
    ("apigateway", "Notice-ApiGateway-order-api-5XX-Error-Occured", f"*API Gateway* (order-api) の GET メソッドで *5XX エラー* が発生しました。 *内部処理に異常が発生* している可能性があります。このエラーの詳細は、{APIGW_URL} をご覧ください。", "5XXError", "AWS/ApiGateway", [4], 1, "GreaterThanOrEqualToThreshold", "high_error_rate"),
    ("apigateway", "Notice-ApiGateway-order-api-Latency", f"*API Gateway* (order-api) の GET メソッドで *Latencyの値が増加* しています。このエラーが継続する場合は、 *トラフィックの増大* もしくは *内部処理に異常が発生* している可能性があります。このエラーの詳細は、{APIGW_URL} をご覧ください。", "Latency", "AWS/ApiGateway", [3420], 3000, "GreaterThanOrEqualToThreshold", "high_latency"),
    ("application-elb", "Warning-ALB-UnHealthyHost", f"*Application Load Balancer* (reservation-alb) で *異常なホストが検出* されました。このエラーの詳細は、{ALB_URL} をご覧ください。", "UnHealthyHostCount", "AWS/ApplicationELB", [1], 1, "GreaterThanOrEqualToThreshold", "node_down"),
    ("dynamodb-throttle", "Warning-DynamoDB-user-sessions-WriteThrottleEvents", "*DynamoDB* (user-sessions) の *書き込み処理でスロットリングが発生* しています。これは、プロビジョニングされたスループット値を超えるリクエストが発生して、書き込み処理が中断されたことを示しています。", "WriteThrottleEvents", "AWS/DynamoDB", [38], 1, "GreaterThanOrEqualToThreshold", "rate_limited"),
    ("dynamodb-throttle", "Warning-DynamoDB-product-catalog-ReadThrottleEvents", "*DynamoDB* (product-catalog) の *読み込み処理でスロットリングが発生* しています。これは、プロビジョニングされたスループット値を超えるリクエストが発生して、読み込み処理が中断されたことを示しています。", "ReadThrottleEvents", "AWS/DynamoDB", [211], 1, "GreaterThanOrEqualToThreshold", "rate_limited"),
    ("dynamodb", "Warning-DynamoDB-SystemErrors", "*DynamoDB* で *システムエラー* が発生しています。これは、 *AWS側で問題が発生* していることを示しています。", "SystemErrors", "AWS/DynamoDB", [5], 2, "GreaterThanOrEqualToThreshold", "high_error_rate"),
    ("ec2", "Warning-EC2-StatusCheckFailed", f"*EC2* で *ステータスチェックエラー* が発生しています。このエラーの詳細は、{EC2_URL} をご覧ください。", "StatusCheckFailed", "AWS/EC2", [1], 1, "GreaterThanOrEqualToThreshold", "node_down"),
    ("ec2", "Warning-EC2-CPU-Overloaded", f"*EC2* で *CPU使用率が上昇* しています。このエラーの詳細は、{EC2_URL} をご覧ください。", "CPUUtilization", "AWS/EC2", [97.3], 90, "GreaterThanOrEqualToThreshold", None),
    ("ec2-cwagent", "Warning-EC2-DiskUsedPercent", f"*EC2* で *ディスクの使用率が上昇* しています。このエラーの詳細は、{CWA_URL} をご覧ください。", "disk_used_percent", "CWAgent", [91.2], 90, "GreaterThanOrEqualToThreshold", "disk_full"),
    ("ec2-cwagent", "Warning-EC2-MemUsedPercent", f"*EC2* で *メモリの使用率が上昇* しています。このエラーの詳細は、{CWA_URL} をご覧ください。", "mem_used_percent", "CWAgent", [93.8], 90, "GreaterThanOrEqualToThreshold", "out_of_memory"),
    ("ecs", "Warning-ECS-CPU-Overloaded", f"*ECS* で *CPU使用率が上昇* しています。このエラーの詳細は、{ECS_URL} をご覧ください。", "CPUUtilization", "AWS/ECS", [95.0], 90, "GreaterThanOrEqualToThreshold", None),
    ("ecs", "Warning-ECS-Memory-Overloaded", f"*ECS* で *メモリ使用率が上昇* しています。このエラーの詳細は、{ECS_URL} をご覧ください。", "MemoryUtilization", "AWS/ECS", [92.4], 90, "GreaterThanOrEqualToThreshold", "out_of_memory"),
    ("elasticsearch", "Warning-Elasticsearch-applog-Cluster-Status", f"*Elasticsearch* (applog) で *クラスタ異常が発生* しています。このエラーの詳細は、{ES_URL} をご覧ください。", "ClusterStatus.green", "AWS/ES", [0], 0, "LessThanOrEqualToThreshold", None),
    ("elasticsearch", "Warning-Elasticsearch-applog-Master-Reachable-From-Node", f"*Elasticsearch* (applog) で *マスターノードで異常が発生* しています。このエラーの詳細は、{ES_URL} をご覧ください。", "MasterReachableFromNode", "AWS/ES", [0], 0, "LessThanOrEqualToThreshold", "node_down"),
    ("elasticsearch", "Notice-Elasticsearch-applog-Automated-Snapshot-Failure", f"*Elasticsearch* (applog) で *自動スナップショットの作成が失敗* しました。このエラーの詳細は、{ES_URL} をご覧ください。", "AutomatedSnapshotFailure", "AWS/ES", [1], 1, "GreaterThanOrEqualToThreshold", None),
    ("elasticsearch", "Warning-Elasticsearch-applog-Kibana-Healthy-Nodes", f"*Elasticsearch* (applog) で *Kibanaの異常が発生* しています。このエラーの詳細は、{ES_URL} をご覧ください。", "KibanaHealthyNodes", "AWS/ES", [0], 0, "LessThanOrEqualToThreshold", "node_down"),
    ("elasticsearch", "Warning-Elasticsearch-applog-Free-Storage-Space", f"*Elasticsearch* (applog) の *ディスクの空き容量が減少* しています。このエラーの詳細は、{ES_URL} をご覧ください。", "FreeStorageSpace", "AWS/ES", [4812], 5120, "LessThanOrEqualToThreshold", "disk_full"),
    ("elasticsearch", "Notice-Elasticsearch-applog-Master-CPU-Utilization", f"*Elasticsearch* (applog) で *マスターノードのCPU使用率が上昇* しています。このエラーの詳細は、{ES_URL} をご覧ください。", "MasterCPUUtilization", "AWS/ES", [68, 61, 57], 50, "GreaterThanOrEqualToThreshold", None),
    ("elasticsearch", "Notice-Elasticsearch-applog-Data-JVM-Memory-Pressure", f"*Elasticsearch* (applog) で *データノードのJVMメモリ負荷率が上昇* しています。このエラーの詳細は、{ES_URL} をご覧ください。", "JVMMemoryPressure", "AWS/ES", [88, 86, 85], 80, "GreaterThanOrEqualToThreshold", "out_of_memory"),
    ("elasticsearch", "Notice-Elasticsearch-applog-Data-JVM-Sys-Memory-Utilization", f"*Elasticsearch* (applog) で *データノードのメモリ使用率が上昇* しています。このエラーの詳細は、{ES_URL} をご覧ください。", "SysMemoryUtilization", "AWS/ES", [97, 96, 96], 80, "GreaterThanOrEqualToThreshold", "out_of_memory"),
    ("kinesis", "Notice-Kinesis-clickstream-IteratorAgeMilliseconds-is-Too-Long", "*Kinesis* (clickstream) で *GetRecords.IteratorAgeMillisecondsの値が増加* しています。これは、レコードを読み取る *アプリケーションの処理が遅延* していることを示しています。このエラーが継続する場合は、 *トラフィックの増大* もしくは *内部処理に異常が発生* している可能性があります。", "GetRecords.IteratorAgeMilliseconds", "AWS/Kinesis", [92000, 81000, 64000], 60000, "GreaterThanOrEqualToThreshold", "queue_backlog"),
    ("kinesis", "Warning-Kinesis-clickstream-PutRecord-Success-is-Too-High", "*Kinesis* (clickstream) で *入力レコード数が増加* しています。このエラーが継続する場合は、 *トラフィックが増大* している可能性があります。", "PutRecord.Success", "AWS/Kinesis", [184000], 150000, "GreaterThanOrEqualToThreshold", None),
    ("kinesis", "Warning-Kinesis-clickstream-WriteProvisionedThroughputExceeded", "*Kinesis* (clickstream) で *スロットリングが発生* しています。これは、プロビジョニングされたスループット値を超えるリクエストが発生して、書き込み処理が中断されたことを示しています。", "WriteProvisionedThroughputExceeded", "AWS/Kinesis", [17], 1, "GreaterThanOrEqualToThreshold", "rate_limited"),
    ("lambda", "Warning-Lambda-ResizeImage-Errors", "Lambda *ResizeImage()* でエラーが発生しています。CloudWatch Logs から詳細を確認してください。", "Errors", "AWS/Lambda", [3], 1, "GreaterThanOrEqualToThreshold", "high_error_rate"),
    ("lambda", "Warning-Lambda-ResizeImage-ErrorLog", "Lambda *ResizeImage()* からエラーログが出力されています。CloudWatch Logs から詳細を確認してください。", "ResizeImage-ErrorLog", "LogMetrics", [2], 1, "GreaterThanOrEqualToThreshold", None),
    ("lambda", "Warning-Lambda-ExportReport-Timeout-Will-Occur", "Lambda *ExportReport()* の実行時間がタイムアウト値に近づいています。X-Ray から詳細を確認してください。", "Duration", "AWS/Lambda", [28410], 27000, "GreaterThanOrEqualToThreshold", "high_latency"),
    ("lambda", "Warning-Lambda-ExportReport-Throttles", "Lambda *ExportReport()* でスロットリングが発生しています。これは、プロビジョニングされたスループット値を超えるリクエストが発生して、Lambdaの実行が中断されたことを示しています。", "Throttles", "AWS/Lambda", [9], 1, "GreaterThanOrEqualToThreshold", "rate_limited"),
    ("network-elb", "Warning-NLB-UnHealthyHostCount", f"*Network Load Balancer* (mqtt-nlb) で *異常なホストが検出* されました。このエラーの詳細は、{NLB_URL} をご覧ください。", "UnHealthyHostCount", "AWS/NetworkELB", [2], 1, "GreaterThanOrEqualToThreshold", "node_down"),
    ("network-elb", "Warning-NLB-PortAllocationErrorCount", f"*Network Load Balancer* (mqtt-nlb) で *ポート割り当てエラー* が発生しました。このエラーの詳細は、{NLB_URL} をご覧ください。", "PortAllocationErrorCount", "AWS/NetworkELB", [4], 1, "GreaterThanOrEqualToThreshold", None),
    ("firehose", "Notice-Firehose-applog-stream-Delivery-To-Elasticsearch-Data-Freshness", f"*Firehose* (applog-stream) で *OpenSearch Service への配信遅延が発生* しています。このエラーの詳細は、{FH_URL} をご覧ください。", "DeliveryToElasticsearch.DataFreshness", "AWS/Firehose", [1260], 900, "GreaterThanOrEqualToThreshold", "queue_backlog"),
    ("firehose", "Warning-Firehose-applog-stream-Throttled-Get-Records", f"*Firehose* (applog-stream) で *ThrottledGetRecordsが発生* しています。このエラーの詳細は、{FH_URL} をご覧ください。", "ThrottledGetRecords", "AWS/Firehose", [6], 1, "GreaterThanOrEqualToThreshold", "rate_limited"),
]
for k, (tpl, name, desc, metric, ns, values, thr, cmp, exp) in enumerate(ek):
    cloudwatch(name, desc, metric, ns, "ap-northeast-1" if k % 4 else "us-east-1", reason(values, thr, cmp, minute=44 - k),
               exp, EK, f"monitoring/sam-app/{tpl}.yaml", SRC_EK + f": {name}")

# --- Aurora and RDS/ELB alarm modules: terraform-aws-modules/terraform-aws-rds-aurora, alphagov/govuk-aws ---
AUR = ("terraform-aws-modules/terraform-aws-rds-aurora", "4696f83a3d685690f7a3060a75b0ba6450857d6e")
SRC_AUR = "CloudWatch alarm of terraform-aws-modules/terraform-aws-rds-aurora (alarms.tf) delivered by SNS"
for k, (suffix, desc, metric, values, thr, exp) in enumerate([
        ("writer-DatabaseConnections", "RDS Maximum connection Alarm for {c} writer", "DatabaseConnections", [1000], 1000, "connection_pool_exhaustion"),
        ("reader-DatabaseConnections", "RDS Maximum connection Alarm for {c} reader(s)", "DatabaseConnections", [1012], 1000, "connection_pool_exhaustion"),
        ("writer-CPU", "RDS CPU Alarm for {c} writer", "CPUUtilization", [96.0, 94.0], 90, None),
        ("reader-CPU", "RDS CPU Alarm for {c} reader(s)", "CPUUtilization", [91.0, 92.0], 90, None),
        # The module gives the replica-lag alarm the CPU alarm's description; name and metric say lag.
        ("reader-AuroraReplicaLag", "RDS CPU Alarm for {c}", "AuroraReplicaLag", [2200, 1900, 1750, 1640, 1510], 1500, "replication_lag")]):
    for c, region in [("orders-aurora-prod", "us-east-1"), ("catalog-aurora", "eu-west-1")]:
        if c == "catalog-aurora" and suffix in ("reader-CPU", "writer-CPU", "reader-DatabaseConnections"):
            continue
        cloudwatch(f"{c}-alarm-rds-{suffix}", desc.format(c=c), metric, "AWS/RDS", region,
                   reason(values, thr, "GreaterThanOrEqualToThreshold", minute=25 + k), exp, AUR, "alarms.tf", SRC_AUR + f": {suffix}")

GOVR = ("alphagov/govuk-aws", "3b4e3fbc2fde861dbbe47d5587574c775f6a2681")
GOVE = ("alphagov/govuk-aws", "19f1c27265f66acfa36341ffd005120c47e0647a")
SRC_GOV = "CloudWatch alarm of alphagov/govuk-aws's alarm modules delivered by SNS"
gov = [
    (GOVR, "terraform/modules/aws/alarms/rds/main.tf", "content-store-postgres-rds-cpuutilization", "This metric monitors the percentage of CPU utilization.", "CPUUtilization", "AWS/RDS", [88.0, 83.0], 80, "GreaterThanOrEqualToThreshold", None),
    (GOVR, "terraform/modules/aws/alarms/rds/main.tf", "content-store-postgres-rds-freeablememory", "This metric monitors the amount of available random access memory.", "FreeableMemory", "AWS/RDS", [1610612736, 1503238553], 2147483648, "LessThanThreshold", "out_of_memory"),
    (GOVR, "terraform/modules/aws/alarms/rds/main.tf", "publishing-api-postgres-rds-freestoragespace", "This metric monitors the amount of available storage space.", "FreeStorageSpace", "AWS/RDS", [9126805504, 9019431322], 10737418240, "LessThanThreshold", "disk_full"),
    (GOVR, "terraform/modules/aws/alarms/rds/main.tf", "publishing-api-postgres-replica-rds-replicalag", "This metric monitors the amount of time a Read Replica DB instance lags behind the source DB instance.", "ReplicaLag", "AWS/RDS", [420, 395], 120, "GreaterThanOrEqualToThreshold", "replication_lag"),
    (GOVR, "terraform/modules/aws/alarms/rds/main.tf", "mysql-replica-rds-replicalag", "This metric monitors the amount of time a Read Replica DB instance lags behind the source DB instance.", "ReplicaLag", "AWS/RDS", [96, 71], 60, "GreaterThanOrEqualToThreshold", "replication_lag"),
    (GOVE, "terraform/modules/aws/alarms/elb/main.tf", "frontend-elb-httpcode_backend_5xx", "This metric monitors the sum of HTTP 5XX response codes generated by registered instances.", "HTTPCode_Backend_5XX", "AWS/ELB", [141, 122, 98, 91, 84], 80, "GreaterThanOrEqualToThreshold", "high_error_rate"),
    (GOVE, "terraform/modules/aws/alarms/elb/main.tf", "router-elb-httpcode_elb_5xx", "This metric monitors the sum of HTTP 5XX server error codes generated by the load balancer.", "HTTPCode_ELB_5XX", "AWS/ELB", [310, 280, 244, 190, 121], 80, "GreaterThanOrEqualToThreshold", "high_error_rate"),
    (GOVE, "terraform/modules/aws/alarms/elb/main.tf", "whitehall-frontend-elb-httpcode_backend_4xx", "This metric monitors the sum of HTTP 4XX response codes generated by registered instances.", "HTTPCode_Backend_4XX", "AWS/ELB", [604, 577, 512, 498, 463], 80, "GreaterThanOrEqualToThreshold", "high_error_rate"),
    (GOVE, "terraform/modules/aws/alarms/elb/main.tf", "search-elb-surgequeuelength", "This metric monitors maximum number of requests that are pending routing.", "SurgeQueueLength", "AWS/ELB", [512, 488, 430, 402, 377], 200, "GreaterThanOrEqualToThreshold", "queue_backlog"),
    (GOVE, "terraform/modules/aws/alarms/elb/main.tf", "cache-elb-healthyhostcount", "This metric monitors maximum number of healthy instances registered with your load balancer.", "HealthyHostCount", "AWS/ELB", [0, 0, 0, 1, 1], 2, "LessThanThreshold", "node_down"),
]
for k, (src, path, name, desc, metric, ns, values, thr, cmp, exp) in enumerate(gov):
    cloudwatch(name, desc, metric, ns, "eu-west-1", reason(values, thr, cmp, minute=58 - k), exp, src, path, SRC_GOV + f": {name}")

# --- Azure Monitor: the portal's recommended VM alert rules (obay/terraform-azurerm-recommended-alerts) ---
SRC_AZ = "Azure Monitor recommended VM alert rule (obay/terraform-azurerm-recommended-alerts) in the common alert schema, azure source"
az = [
    ("Available Memory Bytes", "Available Memory Bytes", "resource.azurerm_monitor_metric_alert.available_memory_bytes.tf", "out_of_memory", AZ),
    ("Data Disk IOPS Consumed Percentage", "Data Disk IOPS Consumed Percentage", "resource.azurerm_monitor_metric_alert.data_disk_iops_consumed_percentage.tf", None, AZ),
    ("OS Disk IOPS Consumed Percentage", "OS Disk IOPS Consumed Percentage", "resource.azurerm_monitor_metric_alert.os_disk_iops_consumed_percentage.tf", None, AZ),
    ("Percentage CPU", "Percentage CPU", "resource.azurerm_monitor_metric_alert.percentage_cpu.tf", None, AZ),
    ("Network In Total", "Network In Total", "resource.azurerm_monitor_metric_alert.network_in_total.tf", None, AZ),
    ("Network Out Total", "Network Out Total", "resource.azurerm_monitor_metric_alert.network_out_total.tf", None, AZ_NETOUT),
    ("VM Availability", "VmAvailabilityMetric", "resource.azurerm_monitor_metric_alert.vm_availability.tf", "node_down", AZ_AVAIL),
]
for j, (vm, rg) in enumerate([("vm-erp-app-01", "rg-erp-prod"), ("vm-jumphost-weu", "rg-shared-infra"), ("vm-sqlrpt-02", "rg-reporting")]):
    for k, (rule, metric, path, exp, src) in enumerate(az):
        if j == 1 and rule in ("Network In Total", "Network Out Total", "OS Disk IOPS Consumed Percentage", "Percentage CPU"):
            continue
        if j == 2 and rule in ("Network In Total", "Network Out Total", "Data Disk IOPS Consumed Percentage", "Percentage CPU"):
            continue
        name = f"{rule} - {vm}"
        labels = {
            "alertname": name,
            "service": vm,
            "severity": "Sev3" if rule == "VM Availability" else "Sev2",
            "signal_type": "Metric",
            "monitoring_service": "Platform",
            "resource_group": rg,
            "sender": "azure",
        }
        add(src, path, exp, SRC_AZ + f": {rule}", labels, {"description": name, "metric": metric})

# Fewer look-alikes of the kinds already present (CPU, spending, log-line counts): about a quarter
# of the family stays null.
DROPPED = {'logs-celery-error-duplicate-record-warning', 'logs-celery-error-shutdown-warning', 'logs-celery-error-xray-warning', 'celery-core-tasks-burst-pods-high-cpu-warning', 'elasticache-queue-medium-cpu-warning-CacheCluster001CPUUtilization', 'high-dbload-critical-instance-1', 'ses-complaint-rate-critical', 'sns-spending-us-west-2-critical', 'total-sms-spending-critical', 'international-sms-sent-warning', 'logs-10-malware-detected-1-minute-critical', 'redis-elasticache-medium-cpu-warning-CacheCluster001CPUUtilization', 'sns-spending-critical', 'MasterCPUUtilizationAlarm', 'KMSKeyErrorAlarm', 'jobboard_ecs_cpu_utilization_high', 'payroll_rds_cpu_utilization_alert', 'invoicing-ecs-scheduled-task-cpu-high', 'Warning-ECS-CPU-Overloaded'}
family.items = [it for it in family.items if not any(it["source"].endswith(": " + d) for d in DROPPED)]

family.write()
