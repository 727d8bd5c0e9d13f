#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_queue23.jsonl: work waiting (queue_backlog) and its look-alikes
in brokers, stream consumers, CI runner queues, job servers, mail queues and collectors that the
tuning corpora had not used: GitHub Actions Runner Controller's listener and controller metrics,
Faktory's QUEUE LATENCY command and web UI, the Nagios `check_mailq` plugin's status lines, the
OpenTelemetry Collector's Kafka and RabbitMQ receivers, and AWS / Azure documented metrics (pages).

Labels are decided by hand under tests/fixtures/corpus/POLICY.md before the classifier ran (the
reason is in each item's `source`): rule 4 (queue depth, consumer lag, time waiting in a queue),
rule 7 (consumer processing delay), rule 10 (created/deleted, redelivery), rule 12 (dead-lettered,
retried, scheduled/delayed work, an empty queue are `null`; ready/pending/unacked work waiting is
`queue_backlog`), rule 14 (recoveries), rule 16 (a monitor's own failure to collect).

Alert frames (Prometheus rules rendered as Alertmanager delivers them, Nagios notifications,
CloudWatch SNS notifications, Azure Monitor alert payloads, a cron script's chat message), hosts,
queues, namespaces and values are our own; metric names, help texts and status lines are quoted.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

Q = "queue_backlog"
NULL = None

ARC = "actions/actions-runner-controller"
ARC_C = "2ee6b3b8e8d2781c2f2bd4f0033fbb436465c5c1"
ARC_METRICS = (ARC, "cmd/ghalistener/metrics/metrics.go", ARC_C)
ARC_ADR = (ARC, "docs/adrs/2023-05-08-exposing-metrics.md", ARC_C)

FAKTORY = "contribsys/faktory"
FAKTORY_C = "cf9073fe168a8efdbd459c13921f93826e9be19a"
FAKTORY_CMD = (FAKTORY, "server/commands.go", FAKTORY_C)
FAKTORY_UI = (FAKTORY, "webui/static/locales/en.yml", FAKTORY_C)

MAILQ = ("nagios-plugins/nagios-plugins", "plugins-scripts/check_mailq.pl",
         "8852bf48d5a190df3ca32da253ee4ddf38c35e16")

PGBOSS = "timgit/pg-boss"
PGBOSS_C = "55ee32f66f0bf683ff823c0ad8be2056dbc91ce4"
PGBOSS_SRC = (PGBOSS, "src/boss.ts", PGBOSS_C)
PGBOSS_QUEUES = (PGBOSS, "docs/api/queues.md", PGBOSS_C)
PGBOSS_TIME = (PGBOSS, "src/timekeeper.ts", PGBOSS_C)
PGBOSS_MANAGER = (PGBOSS, "src/manager.ts", PGBOSS_C)

RESQUE = "resque/resque"
RESQUE_C = "9fc870e7f99e084ba167447e018511c366b91c61"

PUBSUB = "googleapis/python-pubsub"
PUBSUB_C = "63796ff3def3658ea22d4c2b734c08ad5ed94e72"
PUBSUB_SPM = (PUBSUB, "google/cloud/pubsub_v1/subscriber/_protocol/streaming_pull_manager.py", PUBSUB_C)
PUBSUB_FLOW = (PUBSUB, "google/cloud/pubsub_v1/publisher/flow_controller.py", PUBSUB_C)
PUBSUB_LEASER = (PUBSUB, "google/cloud/pubsub_v1/subscriber/_protocol/leaser.py", PUBSUB_C)

HATCHET = ("hatchet-dev/hatchet", "pkg/integrations/metrics/prometheus/tenant.go", "89d130f303c9561442804c9c32b8748e699d5139")

SURVEYOR = ("nats-io/nats-surveyor", "surveyor/collector_statz.go", "725f52db5817a18b78f687e42f2e468c03f0b666")

OTEL = "open-telemetry/opentelemetry-collector-contrib"
OTEL_KAFKA = (OTEL, "receiver/kafkametricsreceiver/metadata.yaml", "0076a755e96a22ab6b1c1fe31d32ed6746de27bf")
OTEL_RABBIT = (OTEL, "receiver/rabbitmqreceiver/metadata.yaml", "0801b46527ecbbe63c5d63d9547c7390a924ad2b")

family = ProbeFamily("probes_queue23.jsonl")


add = family.add
page = family.add_page


# --- GitHub Actions Runner Controller (gha-runner-scale-set listener and controller) ---------
ARC_NS = {"namespace": "arc-runners", "job": "arc-listeners",
          "actions_github_com_scale_set_name": "linux-x64-large",
          "actions_github_com_scale_set_namespace": "arc-runners"}
add(ARC_METRICS, Q, "ARC gha_job_startup_duration_seconds: time a workflow job waits for a runner (time spent waiting in a queue, rule 4)",
    {"alertname": "GHARunnerJobStartupSlow", "severity": "warning", **ARC_NS},
    {"summary": "Workflow jobs wait 14m 12s for a runner on scale set linux-x64-large (p95)",
     "description": "histogram_quantile(0.95, gha_job_startup_duration_seconds) = 852s. Time spent waiting for workflow job to get started on the runner owned by the scale set (in seconds)."})
add(ARC_ADR, Q, "ARC job_queue_duration_seconds: time queued jobs wait to be assigned to the scale set (rule 4)",
    {"alertname": "GitHubRunnerJobQueueDurationHigh", "severity": "critical", "namespace": "ci-runners",
     "scale_set": "build-arm64", "job": "arc-listener"},
    {"summary": "Jobs for build-arm64 have been queued for 31 minutes before assignment",
     "description": "github_runner_scale_set_job_queue_duration_seconds p90 is 1860s: time spent waiting for workflow jobs to get assigned to the scale set after queueing."})
add(ARC_METRICS, Q, "ARC assigned jobs well above running jobs for 20m: jobs assigned and waiting for a runner (work waiting, rule 4)",
    {"alertname": "GHAJobsWaitingForRunners", "severity": "warning", **ARC_NS},
    {"summary": "37 jobs assigned to linux-x64-large are not running yet",
     "description": "gha_assigned_jobs (52) - gha_running_jobs (15) > 20 for 20m. Jobs are piling up waiting for runners."})
add(ARC_METRICS, NULL, "ARC desired runners at the scale set's maximum: an autoscaling limit, capacity of runners, not work measured waiting (rule 17 placement capacity)",
    {"alertname": "GHAScaleSetAtMaxRunners", "severity": "info", **ARC_NS},
    {"summary": "Scale set linux-x64-large is running at its maximum of 40 runners",
     "description": "gha_desired_runners == gha_max_runners (40) for 30m. Consider raising maxRunners."})
add(ARC_ADR, NULL, "ARC pending_ephemeral_runners: runner pods in a pending state (pods starting, as rules20's pending pods)",
    {"alertname": "GHAEphemeralRunnersPending", "severity": "warning", "namespace": "arc-systems",
     "name": "linux-x64-large", "job": "arc-controller"},
    {"summary": "12 ephemeral runners pending in arc-runners",
     "description": "gha_controller_pending_ephemeral_runners = 12: number of ephemeral runners in a pending state."})
add(ARC_ADR, NULL, "ARC failed_ephemeral_runners: runners the controller could not start after retries (failed, rule 10)",
    {"alertname": "GHAEphemeralRunnersFailed", "severity": "critical", "namespace": "arc-systems",
     "name": "windows-2022", "job": "arc-controller"},
    {"summary": "3 ephemeral runners in Failed state for windows-2022",
     "description": "Number of ephemeral runners in a Failed state. When the ephemeral runner controller is not able to start the ephemeral runner pod after multiple retries, it will set the state of the EphemeralRunner to failed."})
add(ARC_METRICS, NULL, "ARC gha_job_execution_duration_seconds: a job's own run time (rule 10)",
    {"alertname": "GHAJobExecutionLong", "severity": "warning", **ARC_NS, "job_workflow_ref": "acme/monorepo/.github/workflows/e2e.yml@refs/heads/main"},
    {"summary": "Workflow job e2e has been executing for 2h 41m on linux-x64-large",
     "description": "gha_job_execution_duration_seconds > 7200: time spent executing workflow jobs by the scale set (in seconds)."})
add(ARC_METRICS, NULL, "ARC completed jobs per hour dropped: throughput, nothing measured waiting",
    {"alertname": "GHACompletedJobsDropped", "severity": "info", **ARC_NS},
    {"summary": "Completed jobs on linux-x64-large fell to 4/h (usually ~120/h)",
     "description": "increase(gha_completed_jobs_total[1h]) = 4. Total number of jobs completed."})

# --- Faktory -------------------------------------------------------------------------------
add(FAKTORY_CMD, Q, "Faktory QUEUE LATENCY: seconds since the oldest job in the queue was enqueued (time waiting in a queue, rule 4)",
    {"alertname": "FaktoryQueueLatency", "severity": "critical", "instance": "faktory-0.jobs.svc:7419", "queue": "critical"},
    {"summary": "Faktory queue critical latency is 912s",
     "description": "QUEUE LATENCY critical default => {\"critical\":912.4,\"default\":3.1}: the oldest job in critical was enqueued 15 minutes ago and no worker has fetched it."})
add(FAKTORY_UI, Q, "Faktory queue size (Enqueued) far above normal: jobs waiting (rule 12: enqueued work waiting)",
    {"alertname": "FaktoryQueueSizeHigh", "severity": "warning", "instance": "faktory-0.jobs.svc:7419", "queue": "default"},
    {"summary": "Faktory: 48 211 jobs enqueued in default",
     "description": "Queues › default › Size: 48211 (threshold 10000). Current jobs in default keep growing while Busy = 0."})
add(FAKTORY_UI, NULL, "Faktory Dead jobs count: dead-lettered jobs (rule 12)",
    {"alertname": "FaktoryDeadJobs", "severity": "warning", "instance": "faktory-0.jobs.svc:7419"},
    {"summary": "Faktory Dead Jobs: 214",
     "description": "Dead: 214 (was 180 an hour ago). Jobs that ran out of retries are kept in the dead set."})
add(FAKTORY_UI, NULL, "Faktory Retries set growing: jobs waiting for their next retry are retries (rule 12)",
    {"alertname": "FaktoryRetriesGrowing", "severity": "info", "instance": "faktory-0.jobs.svc:7419"},
    {"summary": "Faktory Retries: 1 306 jobs awaiting Next Retry",
     "description": "Retries grew by 900 in 30m; Retry Count up to 12 for class SyncInvoice."})
add(FAKTORY_UI, NULL, "Faktory Scheduled jobs: work for later (rule 12)",
    {"alertname": "FaktoryScheduledJobsHigh", "severity": "info", "instance": "faktory-0.jobs.svc:7419"},
    {"summary": "Faktory Scheduled Jobs: 25 400",
     "description": "Scheduled: 25400 jobs set to run at a later time (reminder emails for tomorrow 08:00)."})
add(FAKTORY_CMD, NULL, "Faktory QUEUE PAUSE by an operator: planned work (rule 9), no backlog stated",
    {"alertname": "FaktoryQueuePaused", "severity": "info", "instance": "faktory-0.jobs.svc:7419", "queue": "bulk"},
    {"summary": "Faktory queue bulk is Paused",
     "description": "QUEUE PAUSE bulk issued by deploy script before the migration; workers skip paused queues."})

# --- Nagios check_mailq ---------------------------------------------------------------------
NAG = {"alertname": "Nagios service", "service": "Mail Queue"}
add(MAILQ, Q, "check_mailq CRITICAL: mail queue length over its threshold (queue depth, rule 4)",
    {**NAG, "host": "mx-out-02.corp.example", "state": "CRITICAL"},
    {"summary": "** PROBLEM Service Alert: mx-out-02.corp.example/Mail Queue is CRITICAL **",
     "description": "CRITICAL: postfix mailq is 1873 (threshold c = 500)"})
add(MAILQ, Q, "check_mailq WARNING: messages in queue TO one domain over its threshold (queue depth, rule 4)",
    {**NAG, "host": "mx-out-01.corp.example", "state": "WARNING"},
    {"summary": "** PROBLEM Service Alert: mx-out-01.corp.example/Mail Queue is WARNING **",
     "description": "WARNING: 342 messages in queue TO outlook.com (threshold W = 200)"})
add(MAILQ, Q, "check_mailq CRITICAL for a source domain: messages waiting in the queue (rule 4)",
    {**NAG, "host": "relay-1.shop.example", "state": "CRITICAL"},
    {"summary": "Mail Queue on relay-1.shop.example",
     "description": "CRITICAL: 1204 messages in queue FROM newsletter.shop.example (threshold C = 1000)"})
add(MAILQ, NULL, "check_mailq RECOVERY: mail queue empty (rules 12, 14)",
    {**NAG, "host": "mx-out-02.corp.example", "state": "OK"},
    {"summary": "** RECOVERY Service Alert: mx-out-02.corp.example/Mail Queue is OK **",
     "description": "OK: postfix mailq is empty"})
add(MAILQ, NULL, "check_mailq's own failure to run mailq (a monitor's own failure to collect, rule 16)",
    {**NAG, "host": "mx-in-03.corp.example", "state": "CRITICAL"},
    {"summary": "** PROBLEM Service Alert: mx-in-03.corp.example/Mail Queue is CRITICAL **",
     "description": "CRITICAL: Error code 1 returned from /usr/bin/mailq"})
add(MAILQ, NULL, "check_mailq UNKNOWN: the plugin cannot execute mailq (rule 16)",
    {**NAG, "host": "mx-in-01.corp.example", "state": "UNKNOWN"},
    {"summary": "** PROBLEM Service Alert: mx-in-01.corp.example/Mail Queue is UNKNOWN **",
     "description": "ERROR: /usr/bin/mailq is not executable by (uid 112:gid(118 118))"})

# --- OpenTelemetry Collector: kafkametrics and rabbitmq receivers --------------------------------
KAFKA = {"job": "otel-collector", "instance": "otel-gw-1:8889", "group": "billing-events-consumer"}
add(OTEL_KAFKA, Q, "kafka.consumer_group.lag_sum: consumer-group lag (rule 4)",
    {"alertname": "KafkaConsumerGroupLagSumHigh", "severity": "warning", **KAFKA, "topic": "billing.events"},
    {"summary": "Consumer group billing-events-consumer is 182 340 messages behind on billing.events",
     "description": "kafka_consumer_group_lag_sum = 182340: current approximate sum of consumer group lag across all partitions of topic."})
add(OTEL_KAFKA, Q, "kafka.consumer_group.lag per partition (rule 4)",
    {"alertname": "KafkaPartitionLag", "severity": "critical", **KAFKA, "topic": "billing.events", "partition": "7"},
    {"summary": "Partition 7 of billing.events: consumer lag 96 012",
     "description": "Current approximate lag of consumer group at partition of topic has grown for 30 minutes."})
add(OTEL_KAFKA, NULL, "kafka.consumer_group.members = 0 with no lag stated: a group with no active members (as probes_mq18's 'has no active members')",
    {"alertname": "KafkaConsumerGroupNoMembers", "severity": "warning", **KAFKA, "group": "audit-archiver"},
    {"summary": "Consumer group audit-archiver has 0 members",
     "description": "kafka_consumer_group_members == 0 for 15m: count of members in the consumer group."})
add(OTEL_KAFKA, NULL, "kafka.partition.replicas_in_sync below replicas: under-replicated partition (rule 8)",
    {"alertname": "KafkaPartitionUnderReplicated", "severity": "warning", "job": "otel-collector",
     "topic": "orders", "partition": "3"},
    {"summary": "orders/3 has 2 of 3 replicas in sync",
     "description": "kafka_partition_replicas_in_sync < kafka_partition_replicas: number of synchronized replicas of partition."})
RMQ = {"job": "otel-collector", "rabbitmq_node_name": "rabbit@rmq-1", "rabbitmq_vhost_name": "/prod"}
add(OTEL_RABBIT, Q, "rabbitmq.message.current{state=ready}: messages ready and waiting (rule 12)",
    {"alertname": "RabbitMQReadyMessagesHigh", "severity": "warning", **RMQ, "rabbitmq_queue_name": "invoice.render", "state": "ready"},
    {"summary": "invoice.render holds 64 210 ready messages",
     "description": "rabbitmq_message_current{state=\"ready\"} > 50000: the total number of messages currently in the queue."})
add(OTEL_RABBIT, Q, "rabbitmq.message.current{state=unacknowledged}: unacked messages (rule 4)",
    {"alertname": "RabbitMQUnackedMessagesHigh", "severity": "warning", **RMQ, "rabbitmq_queue_name": "email.send", "state": "unacknowledged"},
    {"summary": "email.send has 9 870 unacknowledged messages",
     "description": "rabbitmq_message_current{state=\"unacknowledged\"} = 9870 for 20m."})
add(OTEL_RABBIT, NULL, "rabbitmq.message.dropped: unroutable messages dropped (as rules20's unroutable messages)",
    {"alertname": "RabbitMQMessagesDropped", "severity": "warning", **RMQ, "rabbitmq_queue_name": "events.fanout"},
    {"summary": "RabbitMQ dropped 1 420 messages in 10m",
     "description": "rate(rabbitmq_message_dropped[10m]): the number of messages dropped as unroutable."})
add(OTEL_RABBIT, NULL, "rabbitmq.message.published rate spike: messages published rate, nothing waiting stated",
    {"alertname": "RabbitMQPublishRateSpike", "severity": "info", **RMQ, "rabbitmq_queue_name": "clickstream"},
    {"summary": "Publish rate on clickstream is 5x its daily average",
     "description": "rate(rabbitmq_message_published[5m]) = 8 400/s: the number of messages published to a queue."})

# --- AWS (documentation pages) ------------------------------------------------------------------
AWS = "docs.aws.amazon.com"
SUBSCRIBE = "https://docs.aws.amazon.com/goto/WebAPI/kinesis-2013-12-02/SubscribeToShardEvent"
SNS = {"alertname": "CloudWatchAlarm", "region": "eu-west-1", "account": "412907664310"}
page(SUBSCRIBE, Q, "Kinesis MillisBehindLatest: how far behind current time the consumer is (consumer lag, rules 4 and 7)",
     {**SNS, "alarm_name": "orders-stream-indexer-MillisBehindLatest", "namespace": "orders-indexer", "metric_name": "MillisBehindLatest"},
     {"summary": "ALARM: \"orders-stream-indexer-MillisBehindLatest\" in EU (Ireland)",
      "description": "Threshold Crossed: 3 out of the last 3 datapoints [2714000.0 (04/12/26 21:40:00)] were greater than the threshold (600000.0). MillisBehindLatest: the number of milliseconds the read records are from the tip of the stream, indicating how far behind current time the consumer is."},
     AWS)
page(SUBSCRIBE, NULL, "Kinesis MillisBehindLatest back to zero: caught up, no new records to process (rules 12, 14)",
     {**SNS, "alarm_name": "orders-stream-indexer-MillisBehindLatest", "namespace": "orders-indexer", "metric_name": "MillisBehindLatest", "state": "OK"},
     {"summary": "OK: \"orders-stream-indexer-MillisBehindLatest\" in EU (Ireland)",
      "description": "Threshold Crossed: 1 datapoint [0.0 (04/12/26 23:05:00)] was not greater than the threshold (600000.0). A value of zero indicates that record processing is caught up, and there are no new records to process at this moment."},
     AWS)
page("https://aws.amazon.com/premiumsupport/knowledge-center/kinesis-readprovisionedthroughputexceeded/", "rate_limited",
     "Kinesis ReadProvisionedThroughputExceeded: GetRecords calls throttled (throttled requests, rule 7)",
     {**SNS, "alarm_name": "clickstream-ReadProvisionedThroughputExceeded", "stream_name": "clickstream", "metric_name": "ReadProvisionedThroughputExceeded"},
     {"summary": "ALARM: \"clickstream-ReadProvisionedThroughputExceeded\" in EU (Ireland)",
      "description": "Threshold Crossed: 1 datapoint [412.0 (04/12/26 21:12:00)] was greater than the threshold (0.0). ReadProvisionedThroughputExceeded: the number of GetRecords calls that are throttling in your Kinesis data stream."},
     "aws.amazon.com")
page("https://repost.aws/knowledge-center/kinesis-data-stream-throttling", "rate_limited",
     "Kinesis WriteProvisionedThroughputExceeded: records throttled, 'Rate exceeded' (rule 7)",
     {**SNS, "alarm_name": "telemetry-ingest-WriteThrottled", "stream_name": "telemetry-ingest", "metric_name": "WriteProvisionedThroughputExceeded"},
     {"summary": "ALARM: \"telemetry-ingest-WriteThrottled\"",
      "description": "WriteProvisionedThroughputExceeded Sum = 9 311 over 5 minutes: records throttled. Producers log ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000004."},
     "repost.aws")
FRESH = "https://docs.amazonaws.cn/en_us/firehose/latest/dev/data-freshness-metric-not-emitted.html"
page(FRESH, Q, "Firehose DeliveryToS3.DataFreshness: age of the oldest record waiting in the delivery stream, delivery falling behind (rule 4)",
     {**SNS, "alarm_name": "audit-firehose-DataFreshness", "delivery_stream": "audit-to-s3", "metric_name": "DeliveryToS3.DataFreshness"},
     {"summary": "ALARM: \"audit-firehose-DataFreshness\"",
      "description": "DeliveryToS3.DataFreshness Maximum = 5 412 s (threshold 900). Data freshness is the age of the oldest data record in the delivery stream; the metric is constantly increasing, which means that data delivery is falling behind."},
     "docs.amazonaws.cn")
page(FRESH, NULL, "Firehose data-freshness metric not emitted: a no-data alert on a metric that is not a liveness signal (rule 8)",
     {**SNS, "alarm_name": "audit-firehose-DataFreshness-missing", "delivery_stream": "audit-to-s3", "state": "INSUFFICIENT_DATA"},
     {"summary": "INSUFFICIENT_DATA: \"audit-firehose-DataFreshness-missing\"",
      "description": "No datapoints for DeliveryToS3.DataFreshness in the last 30 minutes. If the data-freshness metric isn't being emitted, there is no active delivery for the delivery stream (delivery blocked or no incoming data)."},
     "docs.amazonaws.cn")
page("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/setting-up-dead-letter-queue-retention.html", NULL,
     "SQS ApproximateAgeOfOldestMessage on a dead-letter queue: age of dead-lettered messages (rule 12)",
     {**SNS, "alarm_name": "payments-dlq-oldest-message-age", "queue_name": "payments-dlq", "metric_name": "ApproximateAgeOfOldestMessage"},
     {"summary": "ALARM: \"payments-dlq-oldest-message-age\"",
      "description": "ApproximateAgeOfOldestMessage on dead-letter queue payments-dlq = 259 200 s (3 days). The metric indicates when the message moved to the dead-letter queue; messages are deleted after the DLQ retention period."},
     AWS)
page("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/setting-up-dead-letter-queue-retention.html", NULL,
     "SQS dead-letter queue not empty: dead-lettered messages (rule 12)",
     {**SNS, "alarm_name": "orders-dlq-not-empty", "queue_name": "orders-dlq", "metric_name": "ApproximateNumberOfMessagesVisible"},
     {"summary": "ALARM: \"orders-dlq-not-empty\"",
      "description": "Threshold Crossed: 1 datapoint [37.0] was greater than the threshold (0.0). The redrive policy moved messages from orders after maxReceiveCount=5 failed receives into dead-letter queue orders-dlq."},
     AWS)
page("https://docs.amazonaws.cn/en_us/amazon-mq/latest/developer-guide/troubleshooting-action-required-codes-broker-out-of-memory.html",
     "out_of_memory", "Amazon MQ BROKER_OOM: restart loop due to insufficient memory; the cause decides (rules 1, 8), not the message count it lists",
     {"alertname": "AmazonMQActionRequired", "broker": "b-3f2a91c4-prod-activemq", "action_required_code": "BROKER_OOM"},
     {"summary": "Amazon MQ broker prod-activemq: action required BROKER_OOM",
      "description": "Amazon MQ for ActiveMQ will raise a BROKER_OOM alarm when the broker undergoes a restart loop due to the insufficient memory capacity. TotalMessageCount = 2 400 118; HeapUsage 98%."},
     "docs.amazonaws.cn")

# --- Azure Service Bus (learn.microsoft.com monitoring data reference) --------------------------------
SB = "https://learn.microsoft.com/en-us/azure/service-bus-messaging/monitor-service-bus-reference"
AZ = {"alertname": "Azure Monitor alert", "monitoringService": "Platform", "signalType": "Metric",
      "resourceId": "/subscriptions/7c1d/resourceGroups/rg-msg-prod/providers/Microsoft.ServiceBus/namespaces/sb-contoso-prod"}
page(SB, NULL, "Service Bus DeadletteredMessages: dead-lettered messages (rule 12)",
     {**AZ, "alertRule": "sb-orders-deadletter", "metricName": "DeadletteredMessages", "EntityName": "orders"},
     {"summary": "Fired: sb-orders-deadletter (Sev2)",
      "description": "Metric DeadletteredMessages (Average) = 1 204 > 0 for EntityName orders: count of dead-lettered messages in a Queue/Topic."},
     "learn.microsoft.com")
page(SB, NULL, "Service Bus ScheduledMessages: messages scheduled for later delivery (rule 12)",
     {**AZ, "alertRule": "sb-reminders-scheduled", "metricName": "ScheduledMessages", "EntityName": "reminders"},
     {"summary": "Fired: sb-reminders-scheduled (Sev3)",
      "description": "Metric ScheduledMessages (Average) = 58 990 > 50 000 for EntityName reminders: count of scheduled messages in a Queue/Topic."},
     "learn.microsoft.com")
page(SB, NULL, "Service Bus AbandonMessage: messages abandoned and redelivered (redelivery counts, rule 10)",
     {**AZ, "alertRule": "sb-shipments-abandoned", "metricName": "AbandonMessage", "EntityName": "shipments"},
     {"summary": "Fired: sb-shipments-abandoned (Sev3)",
      "description": "Metric Abandoned Messages (Total) = 3 480 in 15 minutes for EntityName shipments: count of messages abandoned on a Queue/Topic."},
     "learn.microsoft.com")
page(SB, "rate_limited", "Service Bus Throttled Requests: requests throttled because the usage was exceeded (rule 7)",
     {**AZ, "alertRule": "sb-throttled", "metricName": "ThrottledRequests", "MessagingErrorSubCode": "Namespace"},
     {"summary": "Fired: sb-throttled (Sev2)",
      "description": "Metric Throttled Requests (Total) = 2 611 > 100: the number of requests that were throttled because the usage was exceeded."},
     "learn.microsoft.com")
page(SB, "high_error_rate", "Service Bus Server Errors: requests not processed because of an error in the service (rule 4)",
     {**AZ, "alertRule": "sb-server-errors", "metricName": "ServerErrors", "EntityName": "payments-in"},
     {"summary": "Fired: sb-server-errors (Sev1)",
      "description": "Metric Server Errors (Total) = 742 > 50 in 5 minutes: the number of requests not processed because of an error in the Service Bus service over a specified period."},
     "learn.microsoft.com")
page(SB, "high_latency", "Service Bus Server Send Latency: time taken by the service to complete a request (rule 4)",
     {**AZ, "alertRule": "sb-send-latency", "metricName": "ServerSendLatency", "EntityName": "telemetry"},
     {"summary": "Fired: sb-send-latency (Sev3)",
      "description": "Metric Server Send Latency (Average) = 1 840 ms > 500 ms for EntityName telemetry."},
     "learn.microsoft.com")

# --- Windows print spooler and disk counters (documentation pages) ----------------------------------
PRINTQ = "http://msdn.microsoft.com/en-us/library/aa394335(v=vs.85).aspx"
PERF = {"alertname": "WindowsPerfCounter", "job": "windows-exporter"}
page(PRINTQ, Q, "Print Queue\\Jobs: current number of jobs in a print queue (jobs waiting, rule 4)",
     {**PERF, "instance": "PRN-SRV-01:9182", "printer": "HR-Floor3-MFP"},
     {"summary": "Print queue HR-Floor3-MFP has 146 jobs",
      "description": "\\Print Queue(HR-Floor3-MFP)\\Jobs = 146 (threshold 50) for 15m; Total Jobs Printed unchanged. Jobs are waiting in the print queue."},
     "msdn.microsoft.com")
page(PRINTQ, NULL, "Print Queue\\Out of Paper Errors: a device out of paper (not storage, not a queue backlog)",
     {**PERF, "instance": "PRN-SRV-01:9182", "printer": "Warehouse-Label-02"},
     {"summary": "Warehouse-Label-02: out of paper errors",
      "description": "\\Print Queue(Warehouse-Label-02)\\Out of Paper Errors increased by 6 since the spooler started."},
     "msdn.microsoft.com")
page(PRINTQ, NULL, "Print Queue\\Job Errors: failed print jobs (failed jobs are not requests, rule 10)",
     {**PERF, "instance": "PRN-SRV-02:9182", "printer": "Finance-Color"},
     {"summary": "Finance-Color: 23 job errors",
      "description": "\\Print Queue(Finance-Color)\\Job Errors = 23: total number of job errors in a print queue since the print server was last started."},
     "msdn.microsoft.com")
DISKQ = "https://www.poweradmin.com/blog/current-average-disk-queue-length-counters"
page(DISKQ, NULL, "Avg. Disk Queue Length: disk I/O requests queued (disk backlog, rule 5)",
     {**PERF, "instance": "SQL-PROD-03:9182", "volume": "E:"},
     {"summary": "Disk queue length high on SQL-PROD-03 E:",
      "description": "\\LogicalDisk(E:)\\Avg. Disk Queue Length = 38.4 for 10m: the average number of both read and write requests that were queued for the selected disk. The disk subsystem may be bottlenecked."},
     "www.poweradmin.com")
page(DISKQ, NULL, "Current Disk Queue Length: requests outstanding on the disk (disk backlog, rule 5)",
     {"alertname": "DiskQueueLengthHigh", "severity": "warning", "instance": "FS-02.corp.example", "disk": "1 D:"},
     {"summary": "Current Disk Queue Length 27 on FS-02 disk 1",
      "description": "Current Disk Queue Length is the number of requests outstanding on the disk at the time the performance data is collected; 5 or more requests per disk suggests the disk subsystem is bottlenecked."},
     "www.poweradmin.com")

# --- pg-boss (Postgres job queue) --------------------------------------------------------------------
PGB = {"service": "billing-worker", "env": "prod"}
add(PGBOSS_SRC, Q, "pg-boss queue_backlog warning: a queue holds more queued jobs than its warning size (queue depth, rule 4)",
    {"alertname": "PgBossWarning", "severity": "warning", **PGB, "type": "queue_backlog"},
    {"summary": "pg-boss warning: Warning: large queue backlog. Your queue should be reviewed",
     "description": "data: {\"name\":\"invoice-pdf\",\"queuedCount\":48310,\"warningQueued\":10000}"})
add(PGBOSS_SRC, Q, "pg-boss persisted queue_backlog warning row (the same warning from the warning table)",
    {"alertname": "PgBossPersistedWarnings", "severity": "warning", "datname": "jobs", "schema": "pgboss"},
    {"summary": "New rows in pgboss.warning",
     "description": "type=queue_backlog message=\"Warning: large queue backlog. Your queue should be reviewed\" name=email-send queuedCount=22871"})
add(PGBOSS_QUEUES, Q, "pg-boss readyCount: jobs ready to be processed now, 'the true runnable backlog' (rule 12)",
    {"alertname": "PgBossReadyBacklog", "severity": "critical", **PGB, "queue": "invoice-pdf"},
    {"summary": "invoice-pdf: 31 004 jobs ready and not picked up",
     "description": "getQueueStats('invoice-pdf') readyCount = 31004 (queuedCount - deferredCount): jobs ready to be processed now."})
add(PGBOSS_QUEUES, NULL, "pg-boss deferredCount: jobs scheduled to start in the future (work for later, rule 12)",
    {"alertname": "PgBossDeferredJobsHigh", "severity": "info", **PGB, "queue": "reminders"},
    {"summary": "reminders: 88 400 deferred jobs",
     "description": "deferredCount = 88400: jobs scheduled to start in the future (startAfter not yet reached); readyCount = 0."})
add(PGBOSS_SRC, "high_latency", "pg-boss slow_query warning: a monitoring query exceeded its time threshold (slow queries, rule 4)",
    {"alertname": "PgBossWarning", "severity": "warning", **PGB, "type": "slow_query"},
    {"summary": "pg-boss warning: Warning: slow query. Your queues and/or database server should be reviewed",
     "description": "data: {\"elapsed\":47.2}"})
add(PGBOSS_TIME, NULL, "pg-boss clock_skew warning: clocks out of sync, nothing waiting",
    {"alertname": "PgBossWarning", "severity": "info", **PGB, "type": "clock_skew"},
    {"summary": "pg-boss warning: Warning: Clock skew between this instance and the database server. This will not break scheduling, but is emitted any time the skew exceeds 60 seconds.",
     "description": "data: {\"seconds\":94,\"direction\":\"slower\"}"})
add(PGBOSS_MANAGER, NULL, "pg-boss jobs failed with 'job heartbeat timeout': a job's own run (rules 10, 13)",
    {"alertname": "PgBossJobsFailed", "severity": "warning", **PGB, "queue": "video-transcode"},
    {"summary": "17 jobs failed in video-transcode in 15m",
     "description": "output: {\"message\":\"job heartbeat timeout\"} (state=failed, retryCount=3)"})

# --- Resque ------------------------------------------------------------------------------------------
add((RESQUE, "lib/resque.rb", RESQUE_C), Q, "Resque.info :pending (sum of queue sizes) over threshold (queue depth, rule 4)",
    {"alertname": "ResqueInfoPending", "severity": "warning", "instance": "redis-jobs-1:6379", "app": "storefront"},
    {"summary": "Resque: 18 432 pending jobs",
     "description": "Resque.info => {pending: 18432, processed: 90211873, queues: 9, workers: 12, working: 12, failed: 311}"})
add((RESQUE, "lib/resque.rb", RESQUE_C), NULL, "Resque.info :failed growing: failed jobs (rule 10)",
    {"alertname": "ResqueFailedJobs", "severity": "warning", "instance": "redis-jobs-1:6379", "app": "storefront"},
    {"summary": "Resque failed queue at 1 140 jobs",
     "description": "Resque.info[:failed] rose from 311 to 1140 in 30m; pending: 0."})

# --- Google Cloud Pub/Sub Python client (flow control) --------------------------------------------------
PS = {"alertname": "LogPatternAlert", "service": "ledger-subscriber", "namespace": "ledger", "pod": "ledger-subscriber-7c9d5b6f4-xq2lz"}
add(PUBSUB_SPM, Q, "Pub/Sub subscriber 'Message backlog over load ... initiating client-side flow control': messages outstanding over the client's limit wait (rule 8: says they wait)",
    {**PS, "severity": "warning", "logger": "subscriber-flow-control"},
    {"summary": "subscriber-flow-control in ledger-subscriber",
     "description": "DEBUG subscriber-flow-control: Message backlog over load at 1.37 (threshold 0.80), initiating client-side flow control"})
add(PUBSUB_FLOW, Q, "Pub/Sub publisher 'Blocking until there is enough free capacity in the flow': messages wait for outstanding ones (as probes_mq18's blocked producers)",
    {**PS, "service": "order-events-publisher", "pod": "order-events-publisher-5d8f9-2kqvn", "severity": "warning"},
    {"summary": "Publisher blocked on flow control",
     "description": "Blocking until there is enough free capacity in the flow - messages: 1000 / 1000 (reserved: 0), bytes: 8734112 / 10000000 (reserved: 0)."})
add(PUBSUB_FLOW, Q, "Pub/Sub FlowControlLimitError 'Flow control limits would be exceeded': a full outgoing queue refuses messages (as rule 17's Fluentd BufferOverflowError)",
    {"alertname": "SentryIssue", "project": "order-events-publisher", "level": "error"},
    {"summary": "FlowControlLimitError: Flow control limits would be exceeded - messages: 1000 / 1000 (reserved: 0), bytes: 9911023 / 10000000 (reserved: 0).",
     "description": "google.cloud.pubsub_v1.publisher.exceptions.FlowControlLimitError in publish_order_event (limit_exceeded_behavior=ERROR)"})
add(PUBSUB_SPM, NULL, "Pub/Sub 'suspending client-side flow control': load back under its threshold (rule 14)",
    {**PS, "severity": "info", "logger": "subscriber-flow-control"},
    {"summary": "subscriber-flow-control in ledger-subscriber",
     "description": "DEBUG subscriber-flow-control: Current load is 0.42 (threshold 0.80), suspending client-side flow control."})
add(PUBSUB_FLOW, NULL, "Pub/Sub 'Total flow control limits too low for the message, would block forever': one message larger than a setting (as mq18's message too big)",
    {"alertname": "SentryIssue", "project": "media-publisher", "level": "error"},
    {"summary": "FlowControlLimitError: Total flow control limits too low for the message, would block forever - messages: 0 / 100 (reserved: 0), bytes: 0 / 1000000 (reserved: 0).",
     "description": "Raised from publish() for a 4.2 MB message"})
add(PUBSUB_LEASER, NULL, "Pub/Sub 'Dropping N items because they were leased too long': leases given up, messages redelivered (rule 10)",
    {**PS, "severity": "warning", "logger": "google.cloud.pubsub_v1.subscriber._protocol.leaser"},
    {"summary": "leaser warning in ledger-subscriber",
     "description": "WARNING google.cloud.pubsub_v1.subscriber._protocol.leaser: Dropping 37 items because they were leased too long."})

# --- NATS Surveyor ----------------------------------------------------------------------------------------
NS = {"job": "nats-surveyor", "instance": "nats-surveyor.nats:7777", "server_cluster": "east"}
add(SURVEYOR, Q, "nats_core_jetstream_api_pending: JetStream API requests in the queue waiting to be processed (rule 4)",
    {"alertname": "NatsJetStreamAPIPending", "severity": "warning", **NS, "server_name": "nats-1"},
    {"summary": "JetStream API queue on nats-1 holds 3 912 requests",
     "description": "nats_core_jetstream_api_pending = 3912: number of Jetstream API in the queue waiting to be processed."})
add(SURVEYOR, Q, "nats_consumer_num_ack_pending: pending acks (unacked messages, rule 4)",
    {"alertname": "NatsConsumerAckPendingHigh", "severity": "warning", **NS, "account": "ORDERS", "stream_name": "ORDERS", "consumer_name": "fulfilment-worker"},
    {"summary": "fulfilment-worker has 19 880 messages awaiting ack",
     "description": "nats_consumer_num_ack_pending: number of pending acks from a consumer (max_ack_pending 20000)."})
add(SURVEYOR, Q, "nats_consumer_num_pending: messages not yet delivered to the consumer (rule 4)",
    {"alertname": "NatsConsumerPendingHigh", "severity": "critical", **NS, "account": "IOT", "stream_name": "TELEMETRY", "consumer_name": "rollup-5m"},
    {"summary": "rollup-5m: 2.4M pending messages on TELEMETRY",
     "description": "nats_consumer_num_pending = 2401338: number of pending messages from a consumer, growing for 30m."})
add(SURVEYOR, "node_down", "JetStream RAFT group peer offline: a cluster member offline (rule 11)",
    {"alertname": "NatsRaftPeerOffline", "severity": "critical", **NS, "raft_group": "S-R3F-ORDERS", "peer": "nats-2"},
    {"summary": "RAFT peer nats-2 offline in group S-R3F-ORDERS",
     "description": "nats_core_jetstream_cluster_raft_group_replica_peer_offline == 1: Jetstream RAFT Group Peer is offline: 1 or online: 0."})

# --- more frames of the same sources (chat, Grafana) -------------------------------------------------------
add(FAKTORY_CMD, Q, "Faktory QUEUE LATENCY posted by a cron check to chat (time waiting in a queue, rule 4)",
    {"alertname": "ChatOpsCheck", "channel": "#jobs-oncall", "check": "faktory-latency"},
    {"message": ":rotating_light: faktory-prod: QUEUE LATENCY default mailers => {\"default\":2.0,\"mailers\":1388.7} — mailers jobs are waiting 23 minutes for a worker"})
add(ARC_METRICS, Q, "ARC job startup wait in a Grafana-managed alert (time waiting for a runner, rule 4)",
    {"alertname": "Runner queue wait", "grafana_folder": "CI", "scale_set": "gpu-runners", "namespace": "arc-gpu"},
    {"summary": "[FIRING:1] Runner queue wait (gpu-runners)",
     "description": "B=1975.4 — p90 of gha_job_startup_duration_seconds over 30m. Workflow jobs are queued ~33 minutes before a gpu runner starts them."})
add(MAILQ, Q, "check_mailq for exim: mail queue over its critical threshold (rule 4)",
    {**NAG, "host": "smtp-gw.uni.example", "state": "CRITICAL"},
    {"summary": "** PROBLEM Service Alert: smtp-gw.uni.example/Mail Queue is CRITICAL **",
     "description": "CRITICAL: exim mailq is 812 (threshold c = 400)"})
add(OTEL_KAFKA, Q, "kafka consumer lag sum in a chat notification (rule 4)",
    {"alertname": "KafkaConsumerGroupLagSumHigh", "severity": "critical", "group": "search-indexer", "topic": "catalog.changes"},
    {"message": "[FIRING] search-indexer lag on catalog.changes = 1 204 883 (kafka.consumer_group.lag_sum) and rising for 45m"})

# --- Hatchet (task orchestrator) -----------------------------------------------------------------------
HT = {"job": "hatchet-engine", "namespace": "hatchet", "tenant_id": "6f1c2d0e-prod"}
add(HATCHET, Q, "hatchet_tenant_queue_size: queued items per queue and workflow (queue depth, rule 4)",
    {"alertname": "HatchetQueueSizeHigh", "severity": "warning", **HT, "queue": "default", "workflow_name": "ingest-document"},
    {"summary": "Hatchet queue default holds 12 730 queued ingest-document tasks",
     "description": "hatchet_tenant_queue_size = 12730: number of queued items per queue and workflow."})
add(HATCHET, Q, "hatchet_tenant_queued_to_assigned_time_seconds: time spent in the queue before a worker is assigned (rule 4)",
    {"alertname": "HatchetQueueWaitHigh", "severity": "critical", **HT},
    {"summary": "Tasks wait 7m 40s in the queue before assignment (p95)",
     "description": "histogram_quantile(0.95, hatchet_tenant_queued_to_assigned_time_seconds_bucket) = 460s: buckets of time in seconds spent in the queue before being assigned to a worker."})
add(HATCHET, Q, "hatchet_tenant_queued_to_assigned_time_seconds_by_workflow for one workflow (rule 4)",
    {"alertname": "HatchetWorkflowQueueWait", "severity": "warning", **HT, "workflow_name": "send-digest"},
    {"summary": "send-digest tasks queued for 19 minutes before a worker picks them up",
     "description": "p90 of hatchet_tenant_queued_to_assigned_time_seconds_by_workflow{workflow_name=\"send-digest\"} = 1142s."})
add(HATCHET, NULL, "hatchet_tenant_failed_tasks: failed tasks are not requests (rule 10)",
    {"alertname": "HatchetTaskFailures", "severity": "warning", **HT},
    {"summary": "212 tasks failed in the last hour",
     "description": "increase(hatchet_tenant_failed_tasks[1h]) = 212: the total number of tasks that failed (in a final state, not including retries)."})
add(HATCHET, NULL, "hatchet_tenant_retried_tasks: retries (rule 12)",
    {"alertname": "HatchetTaskRetries", "severity": "info", **HT},
    {"summary": "Retried tasks up 4x",
     "description": "rate(hatchet_tenant_retried_tasks[15m]) = 3.1/s: the total number of tasks retried."})

# --- Amazon MQ for RabbitMQ (documentation page) --------------------------------------------------------
AMQ = "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/rabbitmq-logging-monitoring.md"
MQD = {**SNS, "broker": "orders-rmq-prod"}
page(AMQ, Q, "Amazon MQ MessageReadyCount: ready messages in the queues (rule 12)",
     {**MQD, "alarm_name": "orders-rmq-MessageReadyCount", "metric_name": "MessageReadyCount"},
     {"summary": "ALARM: \"orders-rmq-MessageReadyCount\" in EU (Ireland)",
      "description": "Threshold Crossed: 5 out of the last 5 datapoints [412330.0 (04/12/26 21:35:00)] were greater than the threshold (100000.0). MessageReadyCount: the total number of ready messages in the queues."},
     AWS)
page(AMQ, Q, "Amazon MQ MessageCount: ready plus unacknowledged messages (rule 4)",
     {**MQD, "alarm_name": "orders-rmq-MessageCount", "metric_name": "MessageCount"},
     {"summary": "ALARM: \"orders-rmq-MessageCount\"",
      "description": "MessageCount = 530 114 (threshold 200 000): the total sum of ready and unacknowledged messages on the broker."},
     AWS)
page(AMQ, Q, "Ready messages with no consumers: work waiting without a consumer (as probes_rules20's messages waiting without consumers)",
     {**MQD, "alarm_name": "orders-rmq-ready-no-consumers", "metric_name": "MessageReadyCount"},
     {"summary": "ALARM: \"orders-rmq-ready-no-consumers\"",
      "description": "MessageReadyCount = 4 210 and ConsumerCount = 0 for 15 minutes: messages are waiting and nothing consumes them."},
     AWS)
page(AMQ, NULL, "Amazon MQ ConsumerCount = 0 alone, no depth stated (as probes_mq18's no input handles)",
     {**MQD, "alarm_name": "orders-rmq-ConsumerCount-zero", "metric_name": "ConsumerCount"},
     {"summary": "ALARM: \"orders-rmq-ConsumerCount-zero\"",
      "description": "Threshold Crossed: 1 datapoint [0.0] was less than the threshold (1.0). ConsumerCount: the total number of consumers connected to the broker."},
     AWS)
page("https://support.huaweicloud.com/intl/th-th/usermanual-rabbitmq/rabbitmq-ug-180413002.html", Q,
     "DMS for RabbitMQ messages_unacknowledged: consumed but not acknowledged (rule 4)",
     {"alertname": "CloudEyeAlarm", "namespace": "SYS.DMS", "metric": "messages_unacknowledged", "instance": "rabbitmq-prod-01"},
     {"summary": "[Cloud Eye] Major alarm: Unacknowledged Messages of rabbitmq-prod-01 is 88 402",
      "description": "Unacknowledged Messages: total number of messages that have been consumed but not acknowledged in a RabbitMQ instance. Raw data > 50000 for 3 consecutive periods."},
     "support.huaweicloud.com")
page("https://support.huaweicloud.com/intl/th-th/usermanual-rabbitmq/rabbitmq-ug-180413002.html", Q,
     "DMS for RabbitMQ messages_ready (Available Messages): messages that can be consumed (rule 12)",
     {"alertname": "CloudEyeAlarm", "namespace": "SYS.DMS", "metric": "messages_ready", "instance": "rabbitmq-prod-01"},
     {"summary": "[Cloud Eye] Critical alarm: Available Messages of rabbitmq-prod-01 is 1 204 770",
      "description": "Available Messages: number of messages that can be consumed in the RabbitMQ instance. Raw data > 1000000 for 3 consecutive periods."},
     "support.huaweicloud.com")

# --- second frames of the same sources ---------------------------------------------------------------------
add(MAILQ, Q, "check_mailq for qmail (qmail-qstat): messages in queue over the critical threshold (rule 4)",
    {**NAG, "host": "mail.coop.example", "state": "CRITICAL"},
    {"summary": "mail.coop.example/Mail Queue CRITICAL",
     "description": "CRITICAL: qmail mailq is 2210 (threshold c = 1000)"})
page(PRINTQ, Q, "Print Queue Jobs in a WMI check (Win32_PerfFormattedData_Spooler_PrintQueue.Jobs): jobs waiting in the print queue (rule 4)",
     {"alertname": "Nagios service", "service": "Print Queue Jobs", "host": "PRINT01.school.example", "state": "WARNING"},
     {"summary": "** PROBLEM Service Alert: PRINT01.school.example/Print Queue Jobs is WARNING **",
      "description": "WARNING - Win32_PerfFormattedData_Spooler_PrintQueue Name=Library-BW Jobs=64 (warn>40, crit>80)"},
     "msdn.microsoft.com")
add(HATCHET, Q, "hatchet_tenant_queue_size in a chat notification (queue depth, rule 4)",
    {"alertname": "HatchetQueueSizeHigh", "severity": "critical", "tenant_id": "6f1c2d0e-prod", "queue": "gpu"},
    {"message": "[FIRING:1] HatchetQueueSizeHigh gpu — 4 310 items queued for render-thumbnail (hatchet_tenant_queue_size), no slots free"})
add(SURVEYOR, Q, "JetStream API pending in a Grafana-managed alert (requests waiting in a queue, rule 4)",
    {"alertname": "JetStream API backlog", "grafana_folder": "NATS", "server_name": "nats-0", "cluster_name": "east"},
    {"summary": "[FIRING:1] JetStream API backlog (nats-0)",
     "description": "B=8214 — nats_core_jetstream_api_pending on nats-0 above 5000 for 10m; JetStream API requests are waiting to be processed."})
page(FRESH, Q, "Firehose DeliveryToRedshift.DataFreshness: age of the oldest record not yet delivered (rule 4)",
     {**SNS, "alarm_name": "events-firehose-redshift-freshness", "delivery_stream": "events-to-redshift", "metric_name": "DeliveryToRedshift.DataFreshness"},
     {"summary": "ALARM: \"events-firehose-redshift-freshness\"",
      "description": "Threshold Crossed: 3 datapoints were greater than the threshold (1800.0): DeliveryToRedshift.DataFreshness Maximum = 6 903 s. The age of the oldest data record in the delivery stream keeps increasing: delivery to Redshift is falling behind."},
     "docs.amazonaws.cn")

if __name__ == "__main__":
    family.write()
