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
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

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

family = ProbeFamily("probes_pipelines23.jsonl")


def add(src, expected, why, labels, annotations):
    family.add(src, expected, why, labels, annotations)


def page(url, expected, why, labels, annotations, project):
    family.append(probe_item(labels, annotations, expected, why, project, page_provenance(url)))


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

if __name__ == "__main__":
    family.write()
