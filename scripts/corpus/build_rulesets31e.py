"""rulesets31e.jsonl: whole alerting-rule files of public projects no corpus used before (session 31,
fifth helper; message brokers, streaming, CDC pipelines, job queues and their workers).

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
from rule_templates import OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# gbram1/streamhouse: monitoring/prometheus/alerts.yaml (the StreamHouse S3-backed Kafka-compatible
# streaming broker's own rules)
STREAMHOUSE = ("gbram1/streamhouse", "monitoring/prometheus/alerts.yaml", "cbca01ebcb5ce7910c3e4526d6eb1802b7deeed9")
LEASE = "failed partition-lease renewals/acquisitions against the metadata database: coordination operations, neither requests nor a settled cause"
take(*STREAMHOUSE, {
    "CircuitBreakerOpen": (OUT, "the broker's own S3 circuit breaker open (writes rejected after sustained S3 failures): not settled by POLICY"),
    "CircuitBreakerFlapping": (OUT, "circuit-breaker state changes per second: not settled"),
    "HighS3ThrottlingRate": ("rate_limited", "14.27%"),
    "S3ErrorRateHigh": ("high_error_rate", "7.312%"),
    "S3LatencyHigh": ("high_latency", "6.84s"),
    "PartitionLeaseConflicts": (None, 0.027, {"topic": "orders", "partition": "3"}),
    "LeaseRenewalFailures": (OUT, LEASE),
    "LeaseAcquisitionFailures": (OUT, LEASE),
    "WALRecoveryFailures": (None, 0.033),
    "WALCorruptionRate": (None, "8.41%"),
    "WALSizeGrowing": (OUT, "a WAL's growth rate (truncation not working), disk full only predicted in words without a capacity: not settled"),
    "SchemaRegistrationFailures": (OUT, "schema registrations failing or refused as incompatible (a compatibility verdict mixed with errors): not settled"),
    "SchemaNotFoundErrors": ("high_error_rate", 0.12),
    "SchemaCompatibilityCheckFailures": (None, "26.3%"),
    "HighMemoryUsage": ("out_of_memory", "89.7%"),
    "AgentOOMKilled": ("out_of_memory", 0.0022),
    "DiskSpaceLow": ("disk_full", "11.82%"),
    "DiskSpaceCritical": ("disk_full", "3.614%"),
    "HighCPUUsage": (None, 3.781),
    "ProducerLatencyHigh": ("high_latency", "1.417s"),
    "ConsumerLagIncreasing": ("queue_backlog", 184.6, {"consumer_group": "billing-consumers", "topic": "orders"}),
    "SegmentFlushFailures": ("high_error_rate", 0.083),
    "AgentDown": ("node_down", 0),
    "NoActiveAgents": ("node_down", 0),
    "InsufficientAgents": (OUT, "fewer than two agents up (redundancy below its HA target, it says, not that one is down): not settled"),
    "DatabaseConnectionFailures": (OUT, "named connection failures, computes every database error per second: name and expression disagree (rule 8)"),
    "LoadTestDataLoss": (None, 3),
    "LoadTestHighErrorRate": ("high_error_rate", "2.718%"),
    "LoadTestConsumersBehind": ("queue_backlog", 148213),
    "LoadTestNoProgress": (None, 1),
}, {"instance": "10.0.4.21:8080", "job": "streamhouse-agent", "pod": "streamhouse-agent-0", "namespace": "streamhouse"},
    {"operation": "put", "topic": "orders", "partition": "3", "subject": "orders-value", "result": "incompatible",
     "consumer_group": "billing-consumers"})


# ---------------------------------------------------------------------------------------------
# huynhloc04/monitoring: monitor/prometheus/rules/debezium.yml (a Kafka CDC platform's own rules
# for its Debezium MySQL connector; the commented-out rules of the file are not rules)
DEBEZIUM = ("huynhloc04/monitoring", "monitor/prometheus/rules/debezium.yml", "9a3ddf587e3f9dd74714ebad7dfed79dc95a3219")
take(*DEBEZIUM, {
    "DebeziumInstanceDown": ("node_down", 0),
    "DebeziumConnectorNotConnected": (None, 0),
    "DebeziumConnectorNoChanges": (None, 0),
    "DebeziumInvalidBinlogTimestamp": (None, -1),
    "DebeziumConnectorMetricsGone": (None, 1),
}, {"instance": "debezium:5000", "job": "debezium", "name": "mysql-orders-connector", "plugin": "mysql", "context": "streaming"})


# ---------------------------------------------------------------------------------------------
# scality/backbeat: monitoring/*/alerts.yaml (the Zenko Backbeat Kafka-based replication,
# lifecycle, ingestion and bucket-notification queue processors' own rules). The files declare
# their parameters under `x-inputs` and write `${name}` in the rules; Scality's tooling fills them
# and accepts capitalised keys (`Expr:`, `Labels:`, `Annotations:`). The builder fills the inputs
# with their defaults (made-up deployment names where a constant has none) and lowers the keys.
BACKBEAT_COMMIT = "0a32e66773027f99b5057bf9159bf1ec1f5fc3c0"
BACKBEAT_CONSTANTS = {
    "namespace": "zenko", "replicas": "2", "job_ingestion_processor": "artesca-data-backbeat-ingestion-processor-headless",
    "job_ingestion_producer": "artesca-data-backbeat-ingestion-producer-headless",
    "job_lifecycle_producer": "artesca-data-backbeat-lifecycle-producer-headless",
    "job_lifecycle_object_processor": "artesca-data-backbeat-lifecycle-object-processor-headless",
    "job_lifecycle_bucket_processor": "artesca-data-backbeat-lifecycle-bucket-processor-headless",
    "job_lifecycle_transition_processor": "artesca-data-backbeat-lifecycle-transition-processor-headless",
    "job_sorbet_forwarder": "artesca-data-sorbet-forwarder", "lifecycle_conductor_replicas": "1",
    "lifecycle_bucket_replicas": "1", "lifecycle_object_replicas": "1", "lifecycle_transition_replicas": "1",
}
# Prometheus's humanizeDuration of the lifecycle thresholds (24 h, 36 h), which the descriptions print
HUMANIZED = {"24*60*60": "1d 0h 0m 0s", "36*60*60": "1d 12h 0m 0s"}


def backbeat_text(path):
    text = show("scality/backbeat", BACKBEAT_COMMIT, path)
    inputs = dict(BACKBEAT_CONSTANTS)
    for i in yaml.safe_load(text).get("x-inputs") or []:
        if "value" in i:
            inputs[i["name"]] = str(i["value"])
    text = re.sub(r"\{\{ \$\{(\w+)\} \| humanizeDuration \}\}", lambda m: HUMANIZED[inputs[m.group(1)]], text)
    text = re.sub(r"\$\{(\w+)\}", lambda m: inputs[m.group(1)], text)
    return re.sub(r"(?m)^(\s*)(Expr|For|Labels|Annotations):", lambda m: m.group(1) + m.group(2).lower() + ":", text)


def backbeat(path, labels, base, extra=None):
    take("scality/backbeat", path, BACKBEAT_COMMIT, labels, base, extra, text=backbeat_text(path))


BB = {"namespace": "zenko"}
backbeat("monitoring/replication/alerts.yaml", {
    "ReplicationProducerDegraded": ("node_down", 0),
    "ReplicationProducerCritical": ("node_down", 0),
    "ReplicationDataProcessorDegraded": ("node_down", 0),
    "ReplicationDataProcessorCritical": ("node_down", 0),
    "ReplicationReplayProcessorDegraded": ("node_down", 0),
    "ReplicationReplayProcessorCritical": ("node_down", 0),
    "ReplicationStatusProcessorDegraded": ("node_down", 0),
    "ReplicationStatusProcessorCritical": ("node_down", 0),
    "ReplicationErrorsWarning": (None, 99.71),
    "ReplicationErrorsCritical": (None, 98.62),
    "ReplicationRpoWarning": ("replication_lag", 742.3),
    "ReplicationRpoCritical": ("replication_lag", 1184.9),
    "ReplicationLatencyWarning": (OUT, "the time an object takes to replicate to its destination: replication lag or the operation's latency, not settled"),
    "ReplicationLatencyCritical": (OUT, "the time an object takes to replicate to its destination: replication lag or the operation's latency, not settled"),
    "ReplicationBacklogGrowing": ("replication_lag", -412),
}, BB, {"location": "aws-location-1"})

backbeat("monitoring/notification/alerts.yaml", {
    "NotificationProducerDegraded": ("node_down", 0),
    "NotificationProducerCritical": ("node_down", 0),
    "NotificationProcessorsDegraded": ("node_down", 0, {"job": "destination-kafka"}),
    "NotificationProcessorsCritical": ("node_down", 0, {"job": "destination-kafka"}),
    "NotificationDeliveryDegraded": (OUT, "a ratio of failed bucket-notification deliveries to a target: deliveries of queued messages, not settled as requests"),
    "NotificationDeliveryCritical": (OUT, "a ratio of failed bucket-notification deliveries to a target: deliveries of queued messages, not settled as requests"),
}, BB, {"target": "destination-kafka"})

backbeat("monitoring/oplog-populator/alerts.yaml", {
    "OplogPopulatorUnavailable": ("node_down", 0),
    "KafkaConnectFailedConnectorConfiguration": (None, 1),
    "KafkaConnectTooManyConnectors": (None, 3),
    "OplogPopulatorMetastoreChangeStreamLagThreshold": (OUT, "p99 acknowledgement lag of a change stream, named change-stream lag and summarised as configuration lag: not settled"),
    "KafkaConnectFailedConnectors": ("crash_loop", 4),
}, BB, {"connector": "source-connector-1"})

backbeat("monitoring/ingestion/ingestion-processor-alert.yaml", {
    "IngestionProcessorDown": ("node_down", 0),
    "IngestionProcessorDegraded": ("node_down", 1),
    "IngestionProcessorErrorRate3Percent": (OUT, "ingested entries processed into MongoDB with status error: processed entries, neither requests nor settled"),
    "IngestionProcessorErrorRate5Percent": (OUT, "ingested entries processed into MongoDB with status error: processed entries, neither requests nor settled"),
    "IngestionProcessorTopicConsumeErrorIncreasedBy3Percent": (OUT, "errors consuming messages from a topic (fetch or processing errors): not settled"),
    "IngestionProcessorTopicConsumeErrorIncreasedBy5Percent": (OUT, "errors consuming messages from a topic (fetch or processing errors): not settled"),
}, BB)

backbeat("monitoring/ingestion/ingestion-producer-alert.yaml", {
    "IngestionProducerDown": ("node_down", 0),
    "IngestionProducerLagIncreasedBy3Percent": ("queue_backlog", 0.042),
    "IngestionProducerLagIncreasedBy5Percent": ("queue_backlog", 0.067),
    "NoMessagesQueued": (OUT, "the producer queued nothing for 5 minutes while journal entries are unread: stalled with lag or idle, the wording says only 'not queued'; not settled"),
    "IngestionProducerSourceErrorRate3Percent": ("high_error_rate", 0.041),
    "IngestionProducerZookeeperErrorRate3Percent": ("high_error_rate", 0.036),
    "IngestionProducerZookeeperErrorRate5Percent": ("high_error_rate", 0.058),
    "IngestionProducerTopicPublishErrorIncreasedBy3Percent": ("high_error_rate", 0.034),
    "IngestionProducerTopicPublishErrorIncreasedBy5Percent": ("high_error_rate", 0.071),
}, BB)

backbeat("monitoring/lifecycle/alerts.yaml", {
    "LifecycleProducerDown": ("node_down", 0),
    "LifecycleLateScan": (None, 1.21),
    "LifecycleBucketProcessorDown": ("node_down", 0),
    "LifecycleBucketProcessorRequest": ("high_error_rate", 0.037),
    "LifecycleObjectProcessorDown": ("node_down", 0),
    "LifecycleObjectProcessorRequest": ("high_error_rate", 0.044),
    "LifecycleTransitionProcessorDown": ("node_down", 0),
    "LifecycleTransitionProcessorRequest": ("high_error_rate", 0.031),
    "LifecycleLatency": (OUT, "p95 delay of applying lifecycle expirations/transitions against a 24 h threshold: a processing delay, neither request latency nor a measured queue; not settled"),
    "LifecycleKafkaBucketMessages": ("high_error_rate", 0.038),
    "LifecycleKafkaObjectMessages": ("high_error_rate", 0.052),
    "KafkaConsumerSlowTask": (OUT, "tasks taking too long to process (maybe blocked): slow tasks, not settled"),
    "KafkaConsumerRebalanceTimeout": (OUT, "a consumer-group rebalance timed out and the consumer stopped consuming: no lag measured, not settled"),
    "CircuitBreakerError": (None, 2),
}, BB, {"type": "expiration", "location": "us-east-1", "pod": "artesca-data-backbeat-lifecycle-object-processor-7c9d5-x2kq4"})


# ---------------------------------------------------------------------------------------------
# seankim-business/corp-system: config/prometheus-alerts.yml (the Nubabel agent platform's own
# rules: its API, BullMQ queues, AI/MCP calls, Redis, Prisma/PostgreSQL, workflows);
# config/alerting/prometheus-rules.yaml and agent-alerts.yaml (other rule sets of the same
# repository) not read
CORP = ("seankim-business/corp-system", "config/prometheus-alerts.yml", "0c08683d3a12e253fe716ad557a3a924b472250d")
take(*CORP, {
    "HighErrorRate": ("high_error_rate", "7.314%"),
    "HighP95Latency": ("high_latency", 2.47),
    "HighP99Latency": ("high_latency", 6.12),
    "SLOAvailabilityBreach": ("high_error_rate", "98.71%"),
    "CircuitBreakerOpen": (OUT, "a circuit breaker open after repeated downstream failures: not settled by POLICY"),
    "CircuitBreakerHighFailureRate": ("high_error_rate", 14.23),
    "CircuitBreakerHalfOpen": (None, 1),
    "HighQueueDepth": ("queue_backlog", "1.843k"),
    "QueueProcessingLag": ("queue_backlog", 3.217),
    "HighStalledJobRate": (None, 6.4),
    "QueueStuck": (OUT, "active jobs with no completions for 10 minutes (workers hung, it guesses): a stall without a waiting count, not settled"),
    "HighAIFailureRate": ("high_error_rate", "12.41%"),
    "HighAILatency": ("high_latency", 41.3),
    "AITokenCostSpike": (None, "184.3k"),
    "AIServiceUnavailable": ("high_error_rate", 0.612),
    "HighMCPFailureRate": ("high_error_rate", "27.52%"),
    "HighMCPLatency": ("high_latency", 14.8),
    "MCPServiceUnavailable": ("high_error_rate", 0.573),
    "RedisConnectionFailures": (OUT, "the application's Redis connection flag at 0 ('lost connection'): Redis down or a client-side disconnect, not settled"),
    "RedisMemoryHigh": ("out_of_memory", "93.12%"),
    "RedisEvictions": ("out_of_memory", 12.7),
    "RedisReplicationLag": ("replication_lag", "1.843M"),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "93.33%"),
    "SlowQueries": ("high_latency", 1.73),
    "DatabaseReplicationLag": ("replication_lag", 14.2),
    "DatabaseDiskSpaceHigh": ("disk_full", "83.41%"),
    "HighMemoryUsage": ("out_of_memory", "92.64%"),
    "ProcessRestart": (None, -2841),
    "HighCPUUsage": (None, "87.2%"),
    "HighWorkflowFailureRate": (None, "14.12%"),
    "HighWebhookFailureRate": (OUT, "failed outgoing webhook deliveries per event type: deliveries of queued events, not settled as requests"),
    "OrganizationQuotaExceeded": (None, "96.2%"),
}, {"instance": "nubabel-api-7f9c4d-2xk8p:3000", "job": "nubabel-api"},
    {"name": "slack-api", "queue": "orchestration", "model": "claude-sonnet", "provider": "notion",
     "workflow_id": "wf_daily_digest", "event_type": "task.completed", "org_id": "org_8f21c"})


# ---------------------------------------------------------------------------------------------
# AdityaPardikar/distributed-task-queue-system: monitoring/prometheus/alert_rules.yml (the TaskFlow
# distributed task queue's own rules: API, tasks, queue, workers, Redis, containers)
TASKFLOW = ("AdityaPardikar/distributed-task-queue-system", "monitoring/prometheus/alert_rules.yml", "30d40493791ed5a57c5e058664447605bb002d40")
WORKER_CAPACITY = "worker capacity utilisation (busy task slots against the workers' capacity): concurrency, not a settled resource"
take(*TASKFLOW, {
    "HighErrorRate": ("high_error_rate", "6.842%"),
    "CriticalErrorRate": ("high_error_rate", "12.31%"),
    "HighLatency": ("high_latency", 2.841),
    "VeryHighLatency": ("high_latency", 6.307),
    "APIDown": ("node_down", 0),
    "TaskFailureSpike": (None, 27),
    "HighTaskErrorRate": (None, "11.24%"),
    "QueueDepthHigh": ("queue_backlog", 143),
    "QueueDepthCritical": ("queue_backlog", 12408),
    "SlowTaskExecution": (OUT, "p99 task execution time: a task's run time, neither request latency nor a time limit; not settled"),
    "DeadLetterQueueGrowing": (None, 14),
    "AllWorkersOffline": ("node_down", 0),
    "LowWorkerCount": (OUT, "fewer than two workers active (scale-up advice, not that one is down): not settled"),
    "WorkerHighUtilization": (OUT, WORKER_CAPACITY),
    "WorkerOverloaded": (OUT, WORKER_CAPACITY),
    "WorkerHighErrorRate": (OUT, "a worker's own error-rate gauge (errors of what, tasks or calls, not said): not settled"),
    "WorkerRestarting": ("crash_loop", 5),
    "RedisDown": ("node_down", 0),
    "RedisHighMemory": ("out_of_memory", "88.41%"),
    "RedisHighConnections": (OUT, "Redis clients above a fixed 500 without a stated limit (rule 7)"),
    "ContainerHighCPU": (None, "86.2%"),
    "ContainerHighMemory": ("out_of_memory", "89.73%"),
}, {"instance": "taskflow-worker-2:8001", "job": "taskflow-worker", "name": "taskflow-worker-2"},
    {"worker_id": "worker-2"})


# ---------------------------------------------------------------------------------------------
# Arbiter09/Real-Time-Data-Pipeline: monitoring/alerts.yml (a Kafka -> Spark Structured Streaming ->
# Cassandra pipeline's own rules)
RTDP = ("Arbiter09/Real-Time-Data-Pipeline", "monitoring/alerts.yml", "1cc48fbd2492c7a88fa9517197722f6bd0def38a")
take(*RTDP, {
    "ConsumerLagGrowingMonotonically": ("queue_backlog", "212.4"),
    "ConsumerLagAbsoluteHigh": ("queue_backlog", 134512),
    "StreamBatchDurationHigh": (OUT, "p95 micro-batch duration of the stream job: processing time, neither request latency nor a queue; not settled"),
    "DLQFillingUp": (None, 1.73),
    "CassandraRetriesExhausted": (OUT, "Cassandra writes that used up their retry budget (sent to the DLQ): a count of failed writes, errors of requests or failed jobs; not settled"),
    "CassandraRetryRateElevated": (None, 6.3),
    "ProducerBelowTargetRate": (None, 5000),
    "ProducerDeliveryFailures": ("high_error_rate", 12),
}, {"instance": "stream-processor:8000", "job": "rtdp-stream"})


FILES.write("rulesets31e.jsonl")
