#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_pipelines23.jsonl: data pipelines, stream processors and
change-data-capture as alerts, where "lag", "delay", "backpressure", "watermark" and "freshness"
mean different things: Debezium's connector metrics and log lines, Amazon Managed Service for
Apache Flink's recommended alarms, Airbyte's platform metrics, Apache NiFi's connection queues and
bulletins, Azure Stream Analytics' job metrics, dbt's run results and AWS DMS task metrics.

Labels are decided by hand under tests/fixtures/corpus/POLICY.md before the classifier ran (the
reason is in each item's `source`). Alert frames (Prometheus rules rendered as Alertmanager
delivers them, CloudWatch SNS notifications, Azure Monitor payloads, log-pattern alerts, chat
messages), hosts, connectors, jobs and values are our own; metric names, their documented
meanings and log lines are quoted from the cited files and pages.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

NULL = None
Q = "queue_backlog"
R = "replication_lag"
NODE = "node_down"
CRASH = "crash_loop"
OOM = "out_of_memory"
DISK = "disk_full"
LAT = "high_latency"
ERR = "high_error_rate"
TMO = "upstream_timeout"
RATE = "rate_limited"

DBZ = "debezium/debezium"
DBZ_C = "aad5519902997a3627fe296f77ea6d3452e9acce"
DBZ_STREAM = (DBZ, "documentation/modules/ROOT/partials/modules/all-connectors/ref-connector-monitoring-streaming-metrics.adoc", DBZ_C)
DBZ_SNAP = (DBZ, "documentation/modules/ROOT/partials/modules/all-connectors/ref-connector-monitoring-snapshot-metrics.adoc", DBZ_C)
DBZ_BASE = (DBZ, "debezium-connector-common/src/main/java/io/debezium/connector/common/BaseSourceTask.java", DBZ_C)
DBZ_PGREPL = (DBZ, "debezium-connector-postgres/src/main/java/io/debezium/connector/postgresql/connection/PostgresReplicationConnection.java", DBZ_C)
DBZ_PGTASK = (DBZ, "debezium-connector-postgres/src/main/java/io/debezium/connector/postgresql/PostgresConnectorTask.java", DBZ_C)
DBZ_ORA = (DBZ, "debezium-connector-oracle/src/main/java/io/debezium/connector/oracle/logminer/AbstractLogMinerStreamingChangeEventSource.java", DBZ_C)
DBZ_ERR = (DBZ, "debezium-connector-common/src/main/java/io/debezium/pipeline/ErrorHandler.java", DBZ_C)

AIRBYTE = ("airbytehq/airbyte-platform", "airbyte-metrics/metrics-lib/src/main/java/io/airbyte/metrics/lib/OssMetricsRegistry.java",
           "00bf6627f558da5a76cfc132cc7a554ffd55e848")

NIFI = "apache/nifi"
NIFI_REG = (NIFI, "nifi-nar-bundles/nifi-extension-utils/nifi-prometheus-utils/src/main/java/org/apache/nifi/prometheus/util/NiFiMetricsRegistry.java",
            "7cc37133898b365e81eda884cf386a4f7e3a7022")
NIFI_PRED = (NIFI, "nifi-nar-bundles/nifi-extension-utils/nifi-prometheus-utils/src/main/java/org/apache/nifi/prometheus/util/ConnectionAnalyticsMetricsHolder.java",
             "d6e5e9e51653f1f3b56ddb9c08d19c384f776bbe")
NIFI_JVM = (NIFI, "nifi-nar-bundles/nifi-extension-utils/nifi-prometheus-utils/src/main/java/org/apache/nifi/prometheus/util/JvmMetricsRegistry.java",
            "5ef16d0156fad485c6a42504031fdc93d40708bd")
NIFI_FSR = (NIFI, "nifi-framework-bundle/nifi-framework/nifi-framework-core/src/main/java/org/apache/nifi/controller/repository/FileSystemRepository.java",
            "9ed1842fbe0c79ac3151c547a4a3a906526a6289")

FLINK_ALARMS = "https://docs.aws.amazon.com/managed-flink/latest/java/monitoring-metrics-alarms.html"
FLINK_MON = "https://docs.amazonaws.cn/en_us/managed-flink/latest/java/monitoring.html"
FLINK_RESTART = "https://aws.amazon.com/premiumsupport/knowledge-center/kinesis-data-analytics-restart/"
DMS_LATENCY = "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Troubleshooting_Latency.html"

DBT = ("dbt-labs/dbt-core", "crates/dbt-tasks-sa/src/materialize.rs", "43aa6e8a621e703984cfcb84259a81be32518878")
ASA_METRICS = "https://trygone.org/develop-a-stream-processing-solution-monitoring-azure-data-storage-and-processing"

DBZ_ORACLE_DOC = (DBZ, "documentation/modules/ROOT/pages/connectors/oracle.adoc", DBZ_C)
REPLICATOR = "https://docs.confluent.io/platform/7.3/multi-dc-deployments/replicator/replicator-monitoring.html"
BEAM = ("apache/beam", "sdks/java/core/src/main/java/org/apache/beam/sdk/metrics/SourceMetrics.java", "9316d3f80b1d8f1cca42c0784a84787c1b842235")

NIFI_HB = (NIFI, "nifi-framework-bundle/nifi-framework/nifi-framework-cluster/src/main/java/org/apache/nifi/cluster/coordination/heartbeat/AbstractHeartbeatMonitor.java",
           "c48e6d4feda63f0053d243469cf653ea735801aa")

family = ProbeFamily("probes_pipelines23.jsonl")


add = family.add
page = family.add_page


# --- Debezium (Kafka Connect source connectors) ---------------------------------------------
DBZ_PG = {"job": "kafka-connect", "namespace": "cdc", "instance": "connect-1.cdc.svc:9404",
          "plugin": "postgres", "name": "orders-db", "context": "streaming", "task": "0"}
add(DBZ_STREAM, R, "Debezium MilliSecondsBehindSource: the connector's lag behind the source database's change log (CDC lag of something that replicates, rule 7; as probes_bigdata19's TiCDC checkpoint delay)",
    {"alertname": "DebeziumStreamingLagHigh", "severity": "warning", **DBZ_PG},
    {"summary": "Debezium connector orders-db is 7m 42s behind the source",
     "description": "debezium_metrics_millisecondsbehindsource = 462113 ms for 10m. The number of milliseconds between the last change event's timestamp and the connector processing it."})
add(DBZ_STREAM, R, "Debezium MilliSecondsBehindSourceP95 over 5 minutes: CDC lag behind the source (rule 7)",
    {"alertname": "CdcConnectorBehindSource", "severity": "critical", "job": "kafka-connect", "namespace": "cdc",
     "instance": "connect-2.cdc.svc:9404", "plugin": "mysql", "name": "billing-mysql", "context": "streaming"},
    {"summary": "billing-mysql CDC p95 lag behind source is 312s",
     "description": "MilliSecondsBehindSourceP95 = 312000 (threshold 300000). The 95th percentile of the lag in milliseconds behind the source. Downstream topics billing.public.* are stale."})
add(DBZ_STREAM, Q, "Debezium QueueRemainingCapacity at 0 of QueueTotalCapacity: the queue between the streamer and the Kafka Connect loop is full, change events wait in it (rule 17's full buffer; queue23's full flow-control queue)",
    {"alertname": "DebeziumQueueFull", "severity": "warning", **DBZ_PG},
    {"summary": "Debezium queue for orders-db has no remaining capacity",
     "description": "QueueRemainingCapacity = 0 of QueueTotalCapacity = 8192 for 15m: the free capacity of the queue used to pass events between the streamer and the main Kafka Connect loop is exhausted; events are waiting to be polled by Kafka Connect."})
add(DBZ_STREAM, Q, "Debezium CurrentQueueSizeInBytes at MaxQueueSizeInBytes: records waiting in the connector's queue at its byte limit (rule 17)",
    {"alertname": "DebeziumQueueBytesAtLimit", "severity": "warning", "job": "kafka-connect", "namespace": "cdc",
     "instance": "connect-0.cdc.svc:9404", "plugin": "sqlserver", "name": "erp-sqlserver", "context": "streaming"},
    {"summary": "erp-sqlserver queue holds 268 MB of records (max 268 MB)",
     "description": "CurrentQueueSizeInBytes / MaxQueueSizeInBytes = 1.00 for 10m: the current volume, in bytes, of records in the queue has reached max.queue.size.in.bytes."})
add(DBZ_STREAM, NULL, "Debezium NumberOfErroneousEvents rising: malformed or schema-incompatible change events, not requests (rule 10's failed work) and no signature",
    {"alertname": "DebeziumErroneousEvents", "severity": "warning", **DBZ_PG},
    {"summary": "orders-db reported 37 erroneous change events in the last hour",
     "description": "increase(debezium_metrics_numberoferroneousevents[1h]) = 37. Events might fail processing if they are malformed, are incompatible with the schema, or if they encounter failures during transformation."})
add(DBZ_SNAP, NULL, "Debezium snapshot RemainingTableCount: progress of an initial snapshot (planned work, a job's own run, rule 10)",
    {"alertname": "DebeziumSnapshotStillRunning", "severity": "info", "job": "kafka-connect", "namespace": "cdc",
     "instance": "connect-1.cdc.svc:9404", "plugin": "postgres", "name": "catalog-db", "context": "snapshot"},
    {"summary": "Initial snapshot of catalog-db still running after 6h: 14 of 212 tables remaining",
     "description": "SnapshotRunning = true, RemainingTableCount = 14, SnapshotDurationInSeconds = 21742."})
add(DBZ_BASE, NULL, "Debezium: the recorded offset is no longer available on the server (the change log was purged): broken replication, not lag (rules 5, 10)",
    {"alertname": "KafkaConnectLogErrors", "severity": "critical", "namespace": "cdc", "pod": "connect-1",
     "connector": "billing-mysql", "logger": "io.debezium.connector.common.BaseSourceTask"},
    {"summary": "billing-mysql task 0 failed",
     "description": "io.debezium.DebeziumException: The connector is trying to read change stream starting at {file=mysql-bin.004211, pos=81233910}, but this is no longer available on the server. Reconfigure the connector to use a snapshot mode when needed."})
add(DBZ_ORA, NULL, "Debezium Oracle LogMiner: the offset SCN is not in the redo or archive logs any more (broken replication, rule 10)",
    {"alertname": "ConnectorTaskFailed", "severity": "critical", "namespace": "cdc", "connector": "ledger-oracle",
     "task": "0", "worker_id": "connect-0:8083"},
    {"summary": "Connector ledger-oracle task 0 is FAILED",
     "description": "trace: io.debezium.DebeziumException: Online REDO LOG files or archive log files do not contain the offset scn 7340121984. Please perform a new snapshot."})
add(DBZ_PGREPL, NULL, "Debezium Postgres: the replication slot is active for another PID, the stream cannot start (a configuration clash: broken replication, rule 5; nothing measured lagging)",
    {"alertname": "DebeziumConnectorError", "severity": "critical", "namespace": "cdc", "connector": "orders-db"},
    {"summary": "orders-db: Failed to start replication stream",
     "description": "io.debezium.DebeziumException: Failed to start replication stream at LSN{2/9C0A3B8}; when setting up multiple connectors for the same database host, please make sure to use a distinct replication slot name for each. Caused by: ERROR: replication slot \"debezium\" is active for PID 31877"})
add(DBZ_PGTASK, NODE, "Debezium Postgres retrying its connection, exception 'Connection refused': the database is not there (rule 11)",
    {"alertname": "LokiKafkaConnectWarn", "severity": "warning", "namespace": "cdc", "app": "kafka-connect",
     "connector": "orders-db"},
    {"summary": "Debezium cannot connect to pg-orders-primary",
     "description": "WARN Error connecting to server; will attempt retry 3 of 6 after 10 seconds. Exception message: java.net.ConnectException: Connection refused (pg-orders-primary.db.svc:5432)"})
add(DBZ_ERR, NULL, "Debezium ErrorHandler 'Retry 1 of 10 retries will be attempted': one retry after a retriable error, no cause quoted (rule 15: one restart is null)",
    {"alertname": "DebeziumRetrying", "severity": "info", "namespace": "cdc", "connector": "inventory-mongo"},
    {"summary": "inventory-mongo: Retry 1 of 10 retries will be attempted",
     "description": "io.debezium.pipeline.ErrorHandler WARN Retry 1 of 10 retries will be attempted"})

# --- Amazon Managed Service for Apache Flink (CloudWatch alarms via SNS) -----------------------
def sns(alarm, metric, app, state_reason, desc=""):
    return ({"alertname": alarm, "severity": "warning", "namespace": "AWS/KinesisAnalytics", "metric_name": metric,
             "Application": app, "region": "eu-west-1", "source": "cloudwatch-sns"},
            {"summary": f"ALARM: \"{alarm}\" in EU (Ireland)",
             "description": (desc + " " if desc else "") + f"NewStateValue: ALARM. NewStateReason: {state_reason}"})


lab, ann = sns("clickstream-enrich-restarts", "fullRestarts", "clickstream-enrich",
               "Threshold Crossed: 1 out of the last 1 datapoints [6.0 (04/12/26 21:40:00)] was greater than the threshold (2.0) (minimum 1 datapoint for OK -> ALARM transition).",
               "Alarm on the increase of fullRestarts over 15 minutes: the Flink job restarted 6 times and keeps failing back to its last checkpoint.")
page(FLINK_RESTART, CRASH, "Managed Flink fullRestarts up by 6 in 15 minutes: repeated restarts of the job in the alarm's window (rule 7: two or more restarts)", lab, ann, "aws.amazon.com")
lab, ann = sns("payments-agg-restart", "fullRestarts", "payments-agg",
               "Threshold Crossed: 1 out of the last 1 datapoints [1.0 (04/12/26 03:10:00)] was greater than or equal to the threshold (1.0).",
               "fullRestarts increased by 1 in the last hour.")
page(FLINK_RESTART, NULL, "Managed Flink fullRestarts up by 1: a single restart (rules 5, 7)", lab, ann, "aws.amazon.com")
lab, ann = sns("clickstream-enrich-failed-checkpoints", "numberOfFailedCheckpoints", "clickstream-enrich",
               "Threshold Crossed: 1 out of the last 1 datapoints [3.0 (04/12/26 21:45:00)] was greater than the threshold (0.0).",
               "RATE(numberOfFailedCheckpoints) > 0. This metric counts the number of failed checkpoints since the application started.")
page(FLINK_ALARMS, NULL, "Managed Flink numberOfFailedCheckpoints: the job's own state snapshots failing, no signature (failed work of the job itself, rule 10)", lab, ann, "docs.aws.amazon.com")
lab, ann = sns("orders-router-low-output", "numRecordsOutPerSecond", "orders-router",
               "Threshold Crossed: 3 out of the last 3 datapoints were less than the threshold (50.0).",
               "Operator.numRecordsOutPerSecond < threshold: the minimum number of records emitted from the application during normal conditions.")
page(FLINK_ALARMS, NULL, "Managed Flink numRecordsOutPerSecond below its floor: throughput, nothing measured waiting (as queue23's completed-jobs drop)", lab, ann, "docs.aws.amazon.com")
lab, ann = sns("clickstream-enrich-behind-latest", "millisBehindLatest", "clickstream-enrich",
               "Threshold Crossed: 5 out of the last 5 datapoints [1843000.0 (04/12/26 21:50:00)] were greater than the threshold (60000.0).",
               "millisBehindLatest (Kinesis source, shard shardId-000000000007): the application is falling behind the stream and needs to be scaled in order to keep up with the current load.")
page(FLINK_MON, Q, "Managed Flink millisBehindLatest: the consumer's lag behind the Kinesis stream (consumer lag, rule 4; as queue23's MillisBehindLatest)", lab, ann, "docs.amazonaws.cn")
lab, ann = sns("sessionizer-kafka-lag", "records_lag_max", "sessionizer",
               "Threshold Crossed: 3 out of the last 3 datapoints [412877.0] were greater than the threshold (100000.0).",
               "records_lag_max for topic web-events: the Flink application consuming from Kafka is falling behind.")
page(FLINK_MON, Q, "Managed Flink records_lag_max: Kafka consumer lag in records (rule 4)", lab, ann, "docs.amazonaws.cn")
lab, ann = sns("sessionizer-heap", "heapMemoryUtilization", "sessionizer",
               "Threshold Crossed: 3 out of the last 3 datapoints [96.2] were greater than the threshold (90.0).",
               "heapMemoryUtilization across task managers.")
page(FLINK_MON, OOM, "Managed Flink heapMemoryUtilization over 90%: heap usage (rule 2)", lab, ann, "docs.amazonaws.cn")
lab, ann = sns("sessionizer-cpu", "cpuUtilization", "sessionizer",
               "Threshold Crossed: 3 out of the last 3 datapoints [93.0] were greater than the threshold (80.0).",
               "cpuUtilization across task managers.")
page(FLINK_MON, NULL, "Managed Flink cpuUtilization: CPU (rule 2)", lab, ann, "docs.amazonaws.cn")
page(FLINK_RESTART, OOM, "Managed Flink application restarting with the task manager's java.lang.OutOfMemoryError quoted: the cause decides (rules 1, 8)",
     {"alertname": "FlinkApplicationRestarting", "severity": "critical", "application": "fraud-scorer", "source": "cloudwatch-logs-insights"},
     {"summary": "fraud-scorer switched from RUNNING to FAILED and is restarting",
      "description": "Job fraud-scorer (3f1c0d9e) switched from state RUNNING to RESTARTING. Caused by: java.lang.OutOfMemoryError: Java heap space at org.apache.flink.runtime.state.heap.CopyOnWriteStateMap.put"},
     "aws.amazon.com")
lab, ann = sns("fraud-scorer-checkpoint-duration", "lastCheckpointDuration", "fraud-scorer",
               "Threshold Crossed: 4 out of the last 4 datapoints [412000.0] were greater than the threshold (120000.0).",
               "lastCheckpointDuration keeps increasing (checkpoints now take ~7 minutes).")
page(FLINK_RESTART, NULL, "Managed Flink lastCheckpointDuration rising: the duration of the job's own checkpoint, not a request's response time (rule 10)", lab, ann, "aws.amazon.com")

# --- AWS DMS ongoing replication (CDC) -----------------------------------------------------
DMS_LAB = {"namespace": "AWS/DMS", "ReplicationInstanceIdentifier": "dms-prod-1", "ReplicationTaskIdentifier": "oracle-to-aurora-cdc",
           "region": "us-east-1", "source": "cloudwatch-sns"}
page(DMS_LATENCY, R, "AWS DMS CDCLatencySource: delay between the source commit of the last captured event and the replication instance (replication lag, rule 7)",
     {"alertname": "dms-cdc-source-latency", "severity": "warning", "metric_name": "CDCLatencySource", **DMS_LAB},
     {"summary": "ALARM: \"dms-cdc-source-latency\" in US East (N. Virginia)",
      "description": "NewStateReason: Threshold Crossed: 5 datapoints [1260.0, 1198.0, 1102.0, 987.0, 902.0] were greater than the threshold (600.0). CDCLatencySource: the process of capturing changes from the source is delayed."},
     "docs.aws.amazon.com")
page(DMS_LATENCY, R, "AWS DMS CDCLatencyTarget: changes captured but not yet committed on the target (replication lag, rule 7)",
     {"alertname": "DMSTargetLatencyHigh", "severity": "critical", "metric_name": "CDCLatencyTarget", **DMS_LAB},
     {"summary": "DMS task oracle-to-aurora-cdc target latency 48 min",
      "description": "CDCLatencyTarget = 2883 s: the delay between the commit time on the source of the first event waiting to commit to the target and the current timestamp of the replication instance."},
     "docs.aws.amazon.com")
page(DMS_LATENCY, NULL, "AWS DMS CDCLatencySource alarm back to OK: a recovery (rule 14)",
     {"alertname": "dms-cdc-source-latency", "severity": "warning", "metric_name": "CDCLatencySource", "state": "OK", **DMS_LAB},
     {"summary": "OK: \"dms-cdc-source-latency\" in US East (N. Virginia)",
      "description": "NewStateValue: OK. NewStateReason: Threshold Crossed: 1 datapoint [4.0] was not greater than the threshold (600.0)."},
     "docs.aws.amazon.com")

# --- Airbyte platform metrics (metrics-reporter and workers) --------------------------------
AB = {"job": "airbyte-metrics-reporter", "namespace": "airbyte", "instance": "airbyte-metrics-0:9102"}
add(AIRBYTE, Q, "Airbyte oldest_pending_job_age_secs: the oldest sync job waiting to be picked up (time waiting in a queue, rule 4)",
    {"alertname": "AirbyteOldestPendingJobOld", "severity": "warning", **AB},
    {"summary": "Oldest pending Airbyte job has been waiting 47 minutes",
     "description": "airbyte_oldest_pending_job_age_secs = 2831 (threshold 1800): oldest pending job in seconds. No worker has started it."})
add(AIRBYTE, Q, "Airbyte num_pending_jobs: sync jobs waiting (rule 12: pending work waiting)",
    {"alertname": "AirbytePendingJobsHigh", "severity": "warning", "geography": "AUTO", **AB},
    {"summary": "142 Airbyte jobs pending",
     "description": "num_pending_jobs = 142 for 20m: number of pending jobs."})
add(AIRBYTE, NULL, "Airbyte oldest_running_job_age_secs: a sync's own run time (rule 10; as queue22's oldest job executing)",
    {"alertname": "AirbyteLongRunningJob", "severity": "info", **AB},
    {"summary": "An Airbyte job has been running for 9h 12m",
     "description": "oldest_running_job_age_secs = 33120: oldest running job in seconds (connection salesforce → snowflake)."})
add(AIRBYTE, NULL, "Airbyte num_unusually_long_syncs: syncs running long against their history (the job's own run, rule 10)",
    {"alertname": "AirbyteUnusuallyLongSyncs", "severity": "warning", **AB},
    {"summary": "3 unusually long Airbyte syncs",
     "description": "num_unusually_long_syncs = 3: number of unusual long syncs compared to their historic performance."})
add(AIRBYTE, NULL, "Airbyte num_abnormal_scheduled_syncs_last_day: syncs that skipped scheduled runs (a job that did not run, queue22's decision)",
    {"alertname": "AirbyteSkippedScheduledSyncs", "severity": "warning", **AB},
    {"summary": "5 Airbyte connections skipped scheduled runs in the last day",
     "description": "num_abnormal_scheduled_syncs_last_day = 5 of num_total_scheduled_syncs_last_day = 212: number of abnormal syncs that have skipped at least 1 scheduled run in last day."})
add(AIRBYTE, NULL, "Airbyte job_failed_by_release_stage: failed sync jobs are not requests (rule 10)",
    {"alertname": "AirbyteJobFailures", "severity": "warning", "release_stage": "beta", "job": "airbyte-worker", "namespace": "airbyte"},
    {"summary": "14 Airbyte jobs failed in the last hour (beta connectors)",
     "description": "increase(airbyte_job_failed_by_release_stage{release_stage=\"beta\"}[1h]) = 14"})
add(AIRBYTE, NULL, "Airbyte attempt_failed_by_failure_origin: failed sync attempts by origin, no cause quoted (rule 10)",
    {"alertname": "AirbyteDestinationAttemptFailures", "severity": "warning", "failure_origin": "destination",
     "failure_type": "system_error", "job": "airbyte-worker", "namespace": "airbyte"},
    {"summary": "Sync attempts failing at the destination",
     "description": "attempt_failed_by_failure_origin{failure_origin=\"destination\",failure_type=\"system_error\"} increased by 9 in 30m."})
add(AIRBYTE, Q, "Airbyte worker_destination_buffer_size: records waiting in the replication worker's buffer queue before the destination (queue depth, rule 4; 'replication worker' names Airbyte's sync, not a replica)",
    {"alertname": "AirbyteDestinationBufferBacklog", "severity": "warning", "connection_id": "5e1a0c3b-7d2f-4f64-9c1e-1b8f2a9d4e70",
     "job": "airbyte-worker", "namespace": "airbyte"},
    {"summary": "Destination buffer queue of connection postgres → bigquery holds 9 800 records",
     "description": "worker_destination_buffer_size = 9800 (capacity 10000) for 15m: the size of the replication worker destination buffer queue; the destination is not draining it."})
add(AIRBYTE, NULL, "Airbyte breaking_change_detected: a schema change, no signature",
    {"alertname": "AirbyteBreakingSchemaChange", "severity": "info", "job": "airbyte-server", "namespace": "airbyte"},
    {"summary": "Breaking schema change detected on connection hubspot → snowflake",
     "description": "breaking_change_detected: a breaking schema change has been detected; the connection was disabled until the change is reviewed."})

# --- Apache NiFi (Prometheus reporting, bulletins) ------------------------------------------
NF = {"job": "nifi", "instance": "nifi-1.etl.svc:9092", "component_type": "Connection"}
add(NIFI_REG, Q, "NiFi nifi_percent_used_count at 100: the connection's queue is full by object count (FlowFiles wait in the queue; rule 8's back-pressure that says data waits in a queue)",
    {"alertname": "NiFiConnectionBackPressure", "severity": "warning", **NF, "component_name": "success",
     "source_name": "ConsumeKafka_2_6", "destination_name": "PutDatabaseRecord"},
    {"summary": "NiFi connection ConsumeKafka_2_6 → PutDatabaseRecord is 100% full",
     "description": "nifi_percent_used_count = 100: the percentage of connection that is filled based on object count. Back pressure is applied; ConsumeKafka_2_6 is no longer scheduled."})
add(NIFI_REG, Q, "NiFi nifi_backpressure_enabled with items queued at the object threshold (rule 8: data waits in the connection's queue)",
    {"alertname": "NiFiBackpressureApplied", "severity": "critical", **NF, "component_name": "matched",
     "source_name": "RouteOnAttribute", "destination_name": "PutS3Object"},
    {"summary": "Backpressure applied on RouteOnAttribute → PutS3Object",
     "description": "nifi_backpressure_enabled = 1, nifi_amount_items_queued = 10000 (nifi_backpressure_object_threshold = 10000): whether backpressure has been applied for this component."})
add(NIFI_REG, Q, "NiFi nifi_percent_used_bytes over 90%: the connection's queue filling by content size (rule 4)",
    {"alertname": "NiFiConnectionQueueBytesHigh", "severity": "warning", **NF, "component_name": "success",
     "source_name": "MergeContent", "destination_name": "PutHDFS"},
    {"summary": "MergeContent → PutHDFS queue is 94% of its 1 GB back pressure size",
     "description": "nifi_percent_used_bytes = 94: the percentage of connection that is filled based on content bytes."})
add(NIFI_REG, Q, "NiFi nifi_amount_items_queued for the root process group: FlowFiles queued across the flow (queue depth, rule 4)",
    {"alertname": "NiFiFlowFilesQueuedHigh", "severity": "warning", "job": "nifi", "instance": "nifi-0.etl.svc:9092",
     "component_type": "RootProcessGroup", "component_name": "NiFi Flow"},
    {"summary": "1.2M FlowFiles queued in NiFi Flow",
     "description": "nifi_amount_items_queued = 1204331 (threshold 500000): total number of items queued by the component; nifi_size_content_queued_total = 38 GB."})
add(NIFI_PRED, Q, "NiFi nifi_time_to_count_backpressure_prediction: the connection's queue predicted to reach its object threshold in minutes (a queue growing to its limit; predicted capacity counts like rule 2)",
    {"alertname": "NiFiBackpressurePredicted", "severity": "warning", **NF, "component_name": "success",
     "source_name": "ListenHTTP", "destination_name": "ConvertRecord"},
    {"summary": "ListenHTTP → ConvertRecord will hit back pressure in ~6 minutes",
     "description": "nifi_time_to_count_backpressure_prediction = 362000 ms: predicted time (in milliseconds) until backpressure will be applied on the connection due to number of objects in the queue."})
add(NIFI_JVM, OOM, "NiFi nifi_jvm_heap_usage over 0.9: heap usage (rule 2)",
    {"alertname": "NiFiJvmHeapHigh", "severity": "warning", "job": "nifi", "instance": "nifi-2.etl.svc:9092"},
    {"summary": "NiFi JVM heap usage 93% on nifi-2",
     "description": "nifi_jvm_heap_usage = 0.93 for 10m (NiFi JVM heap usage)."})
add(NIFI_JVM, "fd_exhaustion", "NiFi nifi_jvm_file_descriptor_usage over 0.9: open-file utilisation (rule 2)",
    {"alertname": "NiFiFileDescriptorsHigh", "severity": "warning", "job": "nifi", "instance": "nifi-2.etl.svc:9092"},
    {"summary": "NiFi on nifi-2 uses 91% of its file descriptors",
     "description": "nifi_jvm_file_descriptor_usage = 0.91 (NiFi JVM file descriptor usage)."})
add(NIFI_FSR, DISK, "NiFi FileSystemRepository: writes to the content repository wait because the container's used space reached its archive/back-pressure limit (a storage limit that refuses writes, rule 7)",
    {"alertname": "NiFiBulletinWarning", "severity": "warning", "instance": "nifi-1.etl.svc", "category": "FileSystemRepository"},
    {"summary": "NiFi bulletin (WARNING) from FileSystemRepository",
     "description": "Unable to write flowfile content to content repository container default due to archive file size constraints; waiting for archive cleanup. Total number of files currently archived = 184211"})
add(NIFI_FSR, NULL, "NiFi FileSystemRepository 'Archive cleanup completed ... will now allow writing': the condition is over (rule 14)",
    {"alertname": "NiFiLogInfo", "severity": "info", "instance": "nifi-1.etl.svc", "logger": "o.a.n.c.repository.FileSystemRepository"},
    {"summary": "NiFi content repository writable again",
     "description": "Archive cleanup completed for container default; will now allow writing to this container. Bytes used = 412.6 GB, bytes free = 87.4 GB, capacity = 500 GB"})
add(NIFI_REG, NULL, "NiFi nifi_amount_threads_active high: threads, nothing waiting or exhausted against a limit (rule 2: CPU/threads null)",
    {"alertname": "NiFiActiveThreadsHigh", "severity": "info", "job": "nifi", "instance": "nifi-0.etl.svc:9092",
     "component_type": "RootProcessGroup", "component_name": "NiFi Flow"},
    {"summary": "NiFi Flow has 96 active threads",
     "description": "nifi_amount_threads_active = 96: total number of threads active for the component."})
add(NIFI_REG, NULL, "NiFi nifi_transmitting = 0 on a remote input port with run_status Stopped: a port stopped by an operator (rule 9)",
    {"alertname": "NiFiPortNotTransmitting", "severity": "info", "job": "nifi", "instance": "nifi-0.etl.svc:9092",
     "component_type": "RemoteProcessGroup", "component_name": "from-edge-sites", "run_status": "Stopped"},
    {"summary": "Port from-edge-sites is not transmitting",
     "description": "nifi_transmitting = 0: whether this component is transmitting data. run_status=Stopped (stopped by admin before the maintenance window)."})

# --- Azure Stream Analytics (Azure Monitor metric alerts, common alert schema) --------------
def asa(rule, metric, job, op, value, threshold, severity="Sev2"):
    return ({"alertname": rule, "severity": severity, "signalType": "Metric", "monitoringService": "Platform",
             "alertTargetIDs": f"/subscriptions/7c1e/resourceGroups/rg-iot/providers/Microsoft.StreamAnalytics/streamingjobs/{job}",
             "metricName": metric},
            {"summary": f"Azure Monitor alert {rule} fired for {job}",
             "description": f"Metric alert: {metric} {op} {threshold} (Total over 5 minutes); metricValue = {value}."})


lab, ann = asa("asa-backlog", "Backlogged Input Events", "telemetry-agg", ">", 48210, 0)
ann["description"] += " Backlogged Input Events: the number of incoming event messages being queued, waiting to be processed."
page(ASA_METRICS, Q, "Azure Stream Analytics Backlogged Input Events: input events queued waiting to be processed (rule 4)", lab, ann, "trygone.org")
lab, ann = asa("asa-late-events", "Late Input Events", "telemetry-agg", ">", 1920, 100)
ann["description"] += " Late Input Events: the events received outside the tolerance window."
page(ASA_METRICS, NULL, "Azure Stream Analytics Late Input Events: events that arrived after the late-arrival tolerance, a property of the input data, nothing waiting", lab, ann, "trygone.org")
lab, ann = asa("asa-deserialization-errors", "Input Deserialization Errors", "telemetry-agg", ">", 311, 0)
ann["description"] += " The number of input messages that could not be deserialized."
page(ASA_METRICS, NULL, "Azure Stream Analytics Input Deserialization Errors: malformed input messages, not requests (rules 4, 10)", lab, ann, "trygone.org")
lab, ann = asa("asa-conversion-errors", "Data Conversion Errors", "orders-stream", ">", 57, 0)
page(ASA_METRICS, NULL, "Azure Stream Analytics Data Conversion Errors: records that did not fit the output schema, not requests", lab, ann, "trygone.org")
lab, ann = asa("asa-ml-function-failures", "Failed Function Requests", "fraud-score-stream", ">", 842, 10, "Sev1")
ann["description"] += " Failed Function Requests: the sum of failed Azure Machine Learning function calls."
page(ASA_METRICS, ERR, "Azure Stream Analytics Failed Function Requests: failed calls to an Azure ML scoring endpoint (failed RPCs, rule 4)", lab, ann, "trygone.org")
lab, ann = asa("asa-cpu", "CPU % Utilization", "orders-stream", ">", 91, 80)
page(ASA_METRICS, NULL, "Azure Stream Analytics CPU % Utilization: CPU (rule 2)", lab, ann, "trygone.org")
lab, ann = asa("asa-early-events", "Early Input Events", "orders-stream", ">", 64, 0)
ann["description"] += " Event messages with a timestamp earlier than their arrival time by 5 minutes."
page(ASA_METRICS, NULL, "Azure Stream Analytics Early Input Events: event timestamps ahead of arrival (clock skew of producers), no signature", lab, ann, "trygone.org")

# --- dbt runs (job notifications quoting dbt's error block) ----------------------------------
def dbt(job, summary, block, alert="DbtJobFailed"):
    return ({"alertname": alert, "severity": "critical", "job": job, "environment": "prod", "tool": "dbt"},
            {"summary": summary, "description": block})


add(DBT, NODE, "dbt 'Database Error in model' quoting a refused connection: the warehouse is not there (rule 11; a failed run alone is null, rule 10, but the quoted line decides)",
    *dbt("nightly-build", "dbt run failed: 1 error (stg_orders)",
         "Database Error in model stg_orders (models/staging/stg_orders.sql)\n  could not connect to server: Connection refused\n  \tIs the server running on host \"analytics-pg.internal\" (10.20.4.11) and accepting\n  \tTCP/IP connections on port 5432?"))
add(DBT, DISK, "dbt 'Database Error in model' quoting 'No space left on device' (rule 1)",
    *dbt("hourly-marts", "dbt run failed: fct_orders",
         "Database Error in model fct_orders (models/marts/fct_orders.sql)\n  could not extend file \"base/16384/88213\": No space left on device\n  HINT:  Check free disk space."))
add(DBT, "deadlock", "dbt 'Database Error in model' quoting 'deadlock detected' (a detected deadlock, rule 7)",
    *dbt("hourly-marts", "dbt run failed: int_sessions",
         "Database Error in model int_sessions (models/intermediate/int_sessions.sql)\n  deadlock detected\n  DETAIL:  Process 48211 waits for ShareLock on transaction 9120331; blocked by process 48190."))
add(DBT, "connection_pool_exhaustion", "dbt 'Database Error' quoting Postgres's connection slots exhausted (connections against max_connections, rules 7, 17)",
    *dbt("nightly-build", "dbt run failed: 3 errors",
         "Database Error in model dim_customers (models/marts/dim_customers.sql)\n  FATAL:  remaining connection slots are reserved for non-replication superuser connections"))
add(DBT, NULL, "dbt 'Database Error' quoting the warehouse's own statement timeout (rule 15: a database's statement time limit is null)",
    *dbt("daily-snowflake", "dbt run failed: fct_events",
         "Database Error in model fct_events (models/marts/fct_events.sql)\n  000630 (57014): Statement reached its statement or warehouse timeout of 3600 second(s) and was canceled."))
add(DBT, NULL, "dbt 'Compilation Error in model': a code error in the project, no signature",
    *dbt("ci-slim", "dbt build failed: Compilation Error",
         "Compilation Error in model dim_products (models/marts/dim_products.sql)\n  Model 'model.shop.dim_products' depends on a node named 'stg_product_prices' which was not found"))

# --- More Debezium: Oracle LogMiner buffer metrics, the producer failure line ---------------
DBZ_ORA_LAB = {"job": "kafka-connect", "namespace": "cdc", "instance": "connect-3.cdc.svc:9404", "plugin": "oracle",
               "name": "ledger-oracle", "context": "streaming"}
add(DBZ_ORACLE_DOC, R, "Debezium Oracle LagFromSourceInMilliseconds: time from a change in the transaction logs to the connector's buffer (CDC lag, rule 7)",
    {"alertname": "DebeziumOracleLagFromSource", "severity": "warning", **DBZ_ORA_LAB},
    {"summary": "ledger-oracle is 11 minutes behind the redo log",
     "description": "debezium_metrics_lagfromsourceinmilliseconds = 662000: the time difference in milliseconds between when a change occurred in the transaction logs and when its added to the transaction buffer."})
add(DBZ_ORACLE_DOC, NULL, "Debezium Oracle AbandonedTransactionCount: transactions removed from the buffer for their age (data dropped by a retention limit, rule 8)",
    {"alertname": "DebeziumOracleAbandonedTransactions", "severity": "warning", **DBZ_ORA_LAB},
    {"summary": "ledger-oracle abandoned 4 transactions",
     "description": "AbandonedTransactionCount = 4: the most recent abandoned transaction identifiers removed from the transaction buffer due to their age (log.mining.transaction.retention.ms = 14400000)."})
add(DBZ_ERR, OOM, "Debezium ErrorHandler 'Producer failure' with java.lang.OutOfMemoryError: the quoted error decides (rule 1)",
    {"alertname": "KafkaConnectErrorLogs", "severity": "critical", "namespace": "cdc", "pod": "connect-3",
     "connector": "ledger-oracle", "logger": "io.debezium.pipeline.ErrorHandler"},
    {"summary": "ERROR Producer failure in ledger-oracle",
     "description": "ERROR [ledger-oracle|task-0] Producer failure (io.debezium.pipeline.ErrorHandler) java.lang.OutOfMemoryError: Java heap space"})

# --- Confluent Replicator (cross-cluster topic replication) ----------------------------------
RP = {"job": "kafka-connect-replicator", "namespace": "dr", "connector": "replicator-us-east-to-us-west",
      "source_topic": "orders", "destination_topic": "orders.replica"}
page(REPLICATOR, R, "Confluent Replicator Message Lag: messages produced to the origin cluster not yet replicated to the destination (geo-replication backlog, rule 10)",
     {"alertname": "ReplicatorMessageLagHigh", "severity": "warning", **RP, "task": "2", "partition": "7"},
     {"summary": "Replicator lag 1.4M messages on orders[7]",
      "description": "Message Lag = 1 402 331: the number of messages that have been produced to the origin cluster that have not yet been replicated to the destination."},
     "docs.confluent.io")
page(REPLICATOR, R, "Confluent Replicator Latency: time between production to the origin cluster and production to the destination (replication delay, rule 7; 'latency' names the replica's delay, not a request's)",
     {"alertname": "ReplicatorLatencyHigh", "severity": "critical", **RP},
     {"summary": "Replicator latency for orders is 14 minutes",
      "description": "Latency = 842 s: the average time period between message production to the origin cluster and message production to the destination cluster."},
     "docs.confluent.io")
page(REPLICATOR, NULL, "Confluent Replicator throughput dropped: messages replicated per second, nothing measured waiting",
     {"alertname": "ReplicatorThroughputLow", "severity": "info", **RP},
     {"summary": "Replicator throughput fell to 12 msg/s",
      "description": "Throughput = 12 messages replicated per second (usually ~4 000/s at this hour); Message Lag = 0."},
     "docs.confluent.io")

# --- Apache Beam source metrics (a pipeline's reader backlog) --------------------------------
add(BEAM, Q, "Beam source backlog_elements: elements the source has not yet read (work waiting, rule 4)",
    {"alertname": "BeamSourceBacklogHigh", "severity": "warning", "pipeline": "events-to-bq", "namespace": "source",
     "step": "ReadFromKafka"},
    {"summary": "events-to-bq: 3.1M elements in source backlog",
     "description": "source.backlog_elements = 3102211 and growing for 20m (gauge for source backlog in elements)."})
add(BEAM, Q, "Beam source backlog_bytes: bytes waiting to be read by the source (rule 4)",
    {"alertname": "BeamSourceBacklogBytes", "severity": "warning", "pipeline": "clicks-sessionize", "namespace": "source",
     "step": "ReadFromPubSub"},
    {"summary": "clicks-sessionize source backlog is 41 GiB",
     "description": "source.backlog_bytes = 44023414784 (gauge for source backlog in bytes)."})
add(BEAM, NULL, "Beam source elements_read rate dropped to zero with no backlog stated: throughput only (as the Managed Flink output floor)",
    {"alertname": "BeamSourceNoElementsRead", "severity": "info", "pipeline": "clicks-sessionize", "namespace": "source",
     "step": "ReadFromPubSub"},
    {"summary": "clicks-sessionize read 0 elements in 15m",
     "description": "rate(source.elements_read[15m]) == 0 (counter of elements read by a source). Upstream publishers may be idle."})

# --- NiFi cluster heartbeats -----------------------------------------------------------------
add(NIFI_HB, NODE, "NiFi cluster coordinator disconnects a node for LACK_OF_HEARTBEAT: a member whose liveness signal stopped (rules 8, 11)",
    {"alertname": "NiFiNodeDisconnected", "severity": "critical", "cluster": "etl-nifi", "node": "nifi-2.etl.svc:8443",
     "disconnection_code": "LACK_OF_HEARTBEAT"},
    {"summary": "NiFi node nifi-2.etl.svc:8443 disconnected from the cluster",
     "description": "Node disconnection requested: Have not received a heartbeat from node in 94 seconds"})
add(NIFI_HB, NULL, "NiFi 'Received heartbeat from node previously disconnected due to LACK_OF_HEARTBEAT. Issuing reconnection request.': the node is back (rule 14)",
    {"alertname": "NiFiClusterEvent", "severity": "info", "cluster": "etl-nifi", "node": "nifi-2.etl.svc:8443"},
    {"summary": "NiFi node nifi-2 heartbeating again",
     "description": "Received heartbeat from node previously disconnected due to LACK_OF_HEARTBEAT. Issuing reconnection request."})
add(NIFI_HB, NULL, "NiFi 'Firewall blocked received heartbeat': the node is up and refused by the cluster's own configuration (planned/configured, rule 9)",
    {"alertname": "NiFiClusterEvent", "severity": "warning", "cluster": "etl-nifi", "node": "nifi-9.etl.svc:8443"},
    {"summary": "NiFi heartbeat from nifi-9 blocked",
     "description": "Firewall blocked received heartbeat. Issuing disconnection request. (nifi-9 is not in nifi.cluster.firewall.file)"})

# --- Other frames of the same measurements ---------------------------------------------------
add(DBZ_STREAM, R, "Debezium MilliSecondsBehindSource in a Grafana chat notification: CDC lag behind the source (rule 7)",
    {"alertname": "CDC lag", "grafana_folder": "Data Platform", "connector": "payments-pg", "severity": "critical"},
    {"summary": "[FIRING:1] CDC lag (payments-pg)",
     "description": "Value: B=1.94e+06. debezium MilliSecondsBehindSource for payments-pg above 30 min. Consumers of payments.public.transactions see 32-minute-old data."})
add(AIRBYTE, Q, "Airbyte oldest_pending_job_age_secs as a Datadog monitor: a sync job waiting (rule 4)",
    {"alertname": "[Airbyte] Jobs stuck in pending", "severity": "P2", "monitor_type": "metric alert", "env": "prod"},
    {"summary": "[Triggered] [Airbyte] Jobs stuck in pending",
     "description": "max(last_10m):max:airbyte.metrics_reporter.oldest_pending_job_age_secs{env:prod} > 3600. Current value 5410. The oldest pending job has not been picked up by any worker."})
page(DMS_LATENCY, R, "AWS DMS CDCLatencyTarget quoted in a chat message (rule 7)",
     {"alertname": "DMS replication behind", "severity": "warning", "channel": "#data-ops", "task": "mysql-to-redshift"},
     {"summary": "DMS task mysql-to-redshift: CDCLatencyTarget 2h 05m",
      "description": "CDCLatencyTarget keeps growing (7 512 s): changes committed on the source are still waiting to be applied to Redshift."},
     "docs.aws.amazon.com")
page(FLINK_RESTART, CRASH, "Managed Flink numRestarts up by 5 in 10 minutes in a Grafana rule on the CloudWatch metric: repeated restarts (rule 7)",
     {"alertname": "FlinkJobRestarting", "severity": "critical", "job_name": "orders-enrichment", "namespace": "streaming",
      "application": "orders-enrichment"},
     {"summary": "Flink job orders-enrichment restarted 5 times in 10 minutes",
      "description": "numRestarts increased by 5 in the last 10 minutes (CloudWatch AWS/KinesisAnalytics, Application=orders-enrichment). The job fails and is restarted from the latest checkpoint each time."},
     "aws.amazon.com")
page(FLINK_MON, OOM, "Managed Flink heapMemoryUtilization in a Grafana rule on the CloudWatch metric (heap usage, rule 2)",
     {"alertname": "FlinkTaskManagerHeapHigh", "severity": "warning", "namespace": "streaming", "application": "orders-enrichment"},
     {"summary": "orders-enrichment heap at 94%",
      "description": "heapMemoryUtilization (Maximum, Application=orders-enrichment) = 94% for 10m."},
     "docs.amazonaws.cn")

# --- A last batch of the same sources' measurements ------------------------------------------
add(DBZ_SNAP, Q, "Debezium snapshot QueueRemainingCapacity at 0: the snapshotter's queue to the Kafka Connect loop is full, records wait in it (rule 17's full buffer)",
    {"alertname": "DebeziumSnapshotQueueFull", "severity": "warning", "job": "kafka-connect", "namespace": "cdc",
     "instance": "connect-1.cdc.svc:9404", "plugin": "postgres", "name": "catalog-db", "context": "snapshot"},
    {"summary": "catalog-db snapshot queue full",
     "description": "QueueRemainingCapacity = 0 (QueueTotalCapacity = 8192) for 10m: the free capacity of the queue used to pass events between the snapshotter and the main Kafka Connect loop."})
add(DBZ_STREAM, NULL, "Debezium NumberOfEventsFiltered jumped: events dropped by the connector's own include/exclude filters (configuration, no signature)",
    {"alertname": "DebeziumFilteredEventsSpike", "severity": "info", **DBZ_PG},
    {"summary": "orders-db filtered 2.3M events in the last hour",
     "description": "increase(debezium_metrics_numberofeventsfiltered[1h]) = 2312004: the number of events that have been filtered by include/exclude list filtering rules configured on the connector."})
add(AIRBYTE, Q, "Airbyte worker_source_buffer_size: records read from the source waiting in the replication worker's buffer queue (queue depth, rule 4)",
    {"alertname": "AirbyteSourceBufferFull", "severity": "warning", "connection_id": "a9c4e2f1-33b0-4d1e-8d6c-0f2b7e5c9a11",
     "job": "airbyte-worker", "namespace": "airbyte"},
    {"summary": "Source buffer queue of connection mysql → s3 is full",
     "description": "worker_source_buffer_size = 10000 (capacity 10000) for 10m: the size of the replication worker source buffer queue."})
add(AIRBYTE, NULL, "Airbyte num_orphan_running_jobs: jobs reported running for inactive connections (bookkeeping, no signature)",
    {"alertname": "AirbyteOrphanRunningJobs", "severity": "info", **AB},
    {"summary": "2 orphan running Airbyte jobs",
     "description": "num_orphan_running_jobs = 2: number of jobs reported as running that as associated to connection inactive or deprecated."})
add(AIRBYTE, NULL, "Airbyte state_commit_attempt_failed: the platform failing to persist sync state, not requests (rule 10)",
    {"alertname": "AirbyteStateCommitFailures", "severity": "warning", "job": "airbyte-worker", "namespace": "airbyte"},
    {"summary": "Airbyte failed to commit sync state 6 times in 15m",
     "description": "increase(state_commit_attempt_failed[15m]) = 6: number of failed attempts to commit states from the orchestrator/workers."})
add(NIFI_REG, Q, "NiFi nifi_size_content_queued_total for a process group: content queued in its connections (queue depth by bytes, rule 4)",
    {"alertname": "NiFiQueuedContentHigh", "severity": "warning", "job": "nifi", "instance": "nifi-1.etl.svc:9092",
     "component_type": "ProcessGroup", "component_name": "ingest-logs"},
    {"summary": "ingest-logs has 72 GB queued",
     "description": "nifi_size_content_queued_total = 77309411328: total size of content queued in the component; nifi_amount_items_queued = 2 811 020."})

if __name__ == "__main__":
    family.write()
