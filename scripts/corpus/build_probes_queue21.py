#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_queue21.jsonl: waiting work as job systems, brokers, stream
processors and log shippers word it in their metric catalogues, logs, advisories and UIs — and the
backlog look-alikes next to it (dead letters, retries, redeliveries, evictions, a queue drained or
unloaded, an empty long poll, a human-input wait).

What the family tests: wording no rule was written from. Temporal's matching and history metrics
(`approximate_backlog_count`, `approximate_backlog_age_seconds`, `task_schedule_to_start_latency`,
`shardinfo_immediate_queue_lag`, `no_poller_tasks`); kafka-lag-exporter's time-based group lag
(`kafka_consumergroup_group_max_lag_seconds`, `..._topic_sum_lag`); NATS JetStream's consumer info
and advisories; the RocketMQ dashboard's Chinese column names (差值, 延迟, 代理者位点/消费者位点);
Logstash's persistent-queue metrics (`queue.events_count`, `queue_persisted_growth_events`); Fluent
Bit's "paused (mem buf overlimit …)"; Airflow's scheduler and pool gauges (`scheduler.tasks.starving`,
`pool.starving_tasks`, `pool.queued_slots`) and its UI's task states in German, Chinese, French and
Japanese (Wartend, 排队中, En file, 待機中); AWS Lambda's `AsyncEventAge` and `OffsetLag` and MSK's
`EstimatedMaxTimeLag`/`MaxOffsetLag`/`SumOffsetLag`. Next to them a few latency, timeout and
replication items of the same systems (Temporal's persistence and service latency and cross-cluster
replication task lag, Fluent Bit's connect/read timeouts to its outputs, Airflow's timeouts
publishing to its Celery broker).

Labels, decided by hand under POLICY.md before the classifier ran on the file:
- `queue_backlog` (rules 4, 7, 12, 16, 17): work ready and waiting — a task queue's backlog count or
  age, schedule-to-start latency (time a task waits for a worker: consumer processing delay, rule
  7), history tasks pending behind the ack level, tasks added to a task queue that no worker polls
  (work piling up for a missing consumer), consumer-group lag in offsets or seconds, JetStream
  pending and ack-pending messages, RocketMQ's offset difference, a persistent queue's event count
  growing or its size near its maximum (a queue full of waiting events, as rule 10's paging broker),
  a log shipper's input paused because its buffer is over its limit (rule 17's Fluentd buffer),
  Airflow tasks starving for pool slots or sitting in the queued state, Lambda's async event age and
  Kafka event-source offset lag, MSK's consumer lag.
- `high_latency` (rule 7): slow operations of a store or service (Temporal `persistence_latency`,
  `service_latency`). `replication_lag`: Temporal's `replication_tasks_lag` (how far the remote
  cluster is behind). `upstream_timeout` (rule 13): Fluent Bit's connect and read timeouts to its
  output host, Airflow's `AirflowTaskTimeout` while publishing to the broker.
- `null`: dead letters and failures to dead-letter (rule 12), redeliveries, NAKs and terminated
  messages (rule 10), retry states and retry queues (rule 12), delayed/scheduled messages and a
  sensor waiting to be rescheduled (work for later, rule 12), operator actions (skipping the
  backlog, resetting offsets: rule 9), a pipeline draining before shutdown (rule 9), chunks evicted
  and DLQ events dropped by a size limit (rule 8), a buffer back under its limit and a successful
  flush (recovery, rule 14), a start-up line naming the backlog plugin, empty long polls and empty
  receives (an empty queue, rule 12), a task queue unloaded, a group with zero lag, failed task
  instances (rule 10), a task waiting for a human's input (a review
  queue, not work for a consumer).

Policy decisions where POLICY.md was silent (recorded in SOURCES.md): a count of tasks added to a
queue that has no recent poller is `queue_backlog` (the consumer is missing and the work waits);
a human-in-the-loop "awaiting input" state is `null`; Lambda's AsyncEventsDropped (events dropped
at their maximum age or retries) is `null` like other discarded work.

Left out as ambiguous (rule 6): Temporal's `schedule_to_start_timeout` counter (one task's time
limit, or a backlog?) and `task_latency_queue` (generation to completion, waiting plus processing);
kafka-lag-exporter's `kafka_consumergroup_poll_time_ms` (the exporter's own admin calls); NATS's
`$JS.EVENT.ADVISORY.STREAM.QUORUM_LOST` ("stream and its consumers are stalled": a lost quorum, not
a backlog); Logstash's `queue_backpressure` flow metric (rule 8: it does not say events wait in a
queue); Fluent Bit's "paused (rate gate limit exceeded)" and "could not segregate backlog chunks";
Airflow's `task.scheduled_duration` and the Scheduled state (Airflow's "scheduled" is ready work,
rule 12 calls scheduled jobs work for later), `dagrun.schedule_delay`,
`dag_processing.file_path_queue_size`, `scheduler.critical_section_busy` (a lock, rule 7) and the
pending partitioned Dag runs of the UI.

Sources (commits in SOURCES.md; every project checked `ok` with heldout_check.py): temporalio/temporal
common/metrics/metric_defs.go; seglo/kafka-lag-exporter README.md; nats-io/nats-server
server/jetstream_api.go and server/consumer.go; apache/rocketmq-dashboard
frontend-new/src/i18n/index.js; elastic/logstash docs/reference/tuning-logstash.md,
docs/reference/dead-letter-queues.md, logstash-core (AbstractPipelineExt.java,
ShutdownWatcherExt.java); fluent/fluent-bit src/flb_input_chunk.c, src/flb_engine.c,
src/flb_storage.c, src/flb_network.c, src/flb_io.c; apache/airflow metric_tables.rst and the UI's
locales/<lang>/common.json; docs.aws.amazon.com (Lambda metric types, MSK consumer lag, SQS metrics).
Metric names, descriptions and messages are quoted; hosts, queues, values and frames are our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_queue21.jsonl")

QB, HL, UT, RL = "queue_backlog", "high_latency", "upstream_timeout", "replication_lag"

TMP = ("temporalio/temporal", "common/metrics/metric_defs.go",
       "6805caea59e35d0611ed96be69641b8d86bff11c")
KLE = ("seglo/kafka-lag-exporter", "README.md", "3fcb3c79f5a62745a167e9bc4cd92f0228cf9ad5")
NATS_API = ("nats-io/nats-server", "server/jetstream_api.go",
            "1787eee035cf0253c201fa0f05afad92b6f296dc")
NATS_CONS = ("nats-io/nats-server", "server/consumer.go", "1787eee035cf0253c201fa0f05afad92b6f296dc")
RMQD = ("apache/rocketmq-dashboard", "frontend-new/src/i18n/index.js",
        "770822bbc812bfd0c2a94aa0128ab6f59b50d076")
LS = "5e5356567fd548a0390c14def8ebd70acf85d04a"
LS_TUNE = ("elastic/logstash", "docs/reference/tuning-logstash.md", LS)
LS_DLQ = ("elastic/logstash", "docs/reference/dead-letter-queues.md", LS)
LS_PIPE = ("elastic/logstash", "logstash-core/src/main/java/org/logstash/execution/AbstractPipelineExt.java", LS)
LS_SHUT = ("elastic/logstash", "logstash-core/src/main/java/org/logstash/execution/ShutdownWatcherExt.java", LS)
FB = "d55459d492c5c019c0f7dc24db42e69ef47a5437"
FB_CHUNK = ("fluent/fluent-bit", "src/flb_input_chunk.c", FB)
FB_ENGINE = ("fluent/fluent-bit", "src/flb_engine.c", FB)
FB_STORAGE = ("fluent/fluent-bit", "src/flb_storage.c", FB)
FB_NET = ("fluent/fluent-bit", "src/flb_network.c", FB)
FB_IO = ("fluent/fluent-bit", "src/flb_io.c", FB)
AF_METRICS = ("apache/airflow",
              "airflow-core/docs/administration-and-deployment/logging-monitoring/metric_tables.rst",
              "236ffb87ef77b2b07612a96bbba86760efd633d4")
AF_LOC = "airflow-core/src/airflow/ui/public/i18n/locales/{}/common.json"
AF_DE = ("apache/airflow", AF_LOC.format("de"), "053dfdfecdf6f6f8d98f6213cb027b7bf4c651d2")
AF_ZH = ("apache/airflow", AF_LOC.format("zh-CN"), "0b1196c7d34c6ce9d269336f7814b15d7a3e8da2")
AF_FR = ("apache/airflow", AF_LOC.format("fr"), "0622e6386ae95f3f2229b03429646de2c2f4f530")
AF_JA = ("apache/airflow", AF_LOC.format("ja"), "077758bad70968edd22b42243f94813963c397fe")
AWS = "docs.aws.amazon.com"
LAMBDA = "https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html"
MSK = "https://docs.aws.amazon.com/msk/latest/developerguide/consumer-lag.html"
MSK_ZH = "https://docs.aws.amazon.com/zh_cn/msk/latest/developerguide/consumer-lag.html"
MSK_ES = "https://docs.aws.amazon.com/es_es/msk/latest/developerguide/consumer-lag.html"
SQS = ("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/"
       "sqs-available-cloudwatch-metrics.html")


def page(expected, source, url, labels, annotations, project=AWS):
    family.append(probe_item(labels, annotations, expected, source, project, page_provenance(url)))


def grafana(title, labels_text, value, extra=""):
    return (f"[FIRING:1] {title}", f"**Firing**\n\nValue: {value}\nLabels:\n{labels_text}{extra}")


def temporal():
    family.add(TMP, QB, "Temporal approximate_backlog_count: tasks waiting in a task queue",
               {"alertname": "TemporalTaskQueueBacklog", "severity": "warning",
                "namespace": "payments", "taskqueue": "settlement-activities",
                "task_type": "Activity", "service": "temporal-matching"},
               {"summary": "Task queue settlement-activities has 61,204 tasks in its backlog",
                "description": "max by (taskqueue) (approximate_backlog_count{namespace=\"payments\","
                               "task_type=\"Activity\"}) > 10000 for 15m"})
    s, d = grafana("TaskQueueBacklogAge",
                   " - namespace = orders\n - taskqueue = fulfilment-workflows\n - task_type = Workflow",
                   "B=1382", "\n\napproximate_backlog_age_seconds above 600 for 10m")
    family.add(TMP, QB, "Temporal approximate_backlog_age_seconds (Grafana notification)",
               {"alertname": "TaskQueueBacklogAge", "grafana_folder": "Temporal",
                "namespace": "orders", "taskqueue": "fulfilment-workflows"},
               {"summary": s, "description": d})
    family.add(TMP, QB, "Temporal task_schedule_to_start_latency: tasks wait for a worker (rule 7)",
               {"alertname": "ActivityScheduleToStartLatencyHigh", "severity": "warning",
                "namespace": "kyc", "taskqueue": "document-ocr", "operation": "TaskQueueMgr"},
               {"summary": "p95 task_schedule_to_start_latency on document-ocr is 4m12s",
                "description": "Activity tasks on document-ocr wait 4m12s (p95) between being scheduled "
                               "and being picked up by a worker. Threshold: 30s."})
    family.add(TMP, QB, "Temporal shardinfo_immediate_queue_lag quoting its description",
               {"alertname": "HistoryImmediateQueueLag", "severity": "warning",
                "service": "temporal-history", "cluster": "temporal-prod-eu"},
               {"summary": "shardinfo_immediate_queue_lag p99 = 48,310 tasks",
                "description": "A histogram across history shards for the difference between the "
                               "smallest taskID of pending history tasks and the last generated "
                               "history task ID. p99 above 20000 for 20m."})
    family.add(TMP, QB, "Temporal shardinfo_immediate_queue_backlog_age",
               {"alertname": "shardinfo_immediate_queue_backlog_age", "service": "temporal-history",
                "task_category": "transfer", "quantile": "0.99"},
               {"value": "912s"})
    family.add(TMP, QB, "Temporal no_poller_tasks: tasks added to a task queue no worker polls "
               "(decision: queue_backlog)",
               {"alertname": "TemporalNoPollerTasks", "severity": "critical", "namespace": "billing",
                "taskqueue": "invoice-render", "service": "temporal-matching"},
               {"summary": "1,284 tasks added to invoice-render in 10m with no recent poller",
                "description": "increase(no_poller_tasks{taskqueue=\"invoice-render\"}[10m]) > 0; "
                               "no worker has polled this task queue for 14m and its backlog grows."})
    family.add(TMP, RL, "Temporal replication_tasks_lag: the remote cluster is behind",
               {"alertname": "TemporalReplicationTasksLag", "severity": "warning",
                "source_cluster": "temporal-eu-west", "target_cluster": "temporal-eu-central"},
               {"summary": "replication_tasks_lag p95 = 182,440 tasks to temporal-eu-central",
                "description": "Heuristic of how far behind the remote cluster is, in tasks. "
                               "Above 50000 for 30m."})
    family.add(TMP, HL, "Temporal persistence_latency: slow operations of the store (rule 7)",
               {"alertname": "TemporalPersistenceLatencyHigh", "severity": "warning",
                "service": "temporal-history", "operation": "UpdateWorkflowExecution"},
               {"summary": "persistence_latency p99 for UpdateWorkflowExecution is 2.3s",
                "description": "Persistence latency, keyed by `operation`, above 500ms (p99) for 10m "
                               "on temporal-history-3."})
    family.add(TMP, HL, "Temporal service_latency of the frontend",
               {"alertname": "TemporalFrontendServiceLatency", "severity": "warning",
                "service": "temporal-frontend", "operation": "StartWorkflowExecution"},
               {"summary": "histogram_quantile(0.99, service_latency_bucket{operation="
                           "\"StartWorkflowExecution\"}) = 3.8s"})
    family.add(TMP, None, "Temporal poll_timeouts: long polls that found no task (an empty queue)",
               {"alertname": "TemporalPollTimeoutsHigh", "severity": "info", "namespace": "reports",
                "taskqueue": "monthly-export", "service": "temporal-matching"},
               {"summary": "poll_timeouts on monthly-export: 2,910 in 1h",
                "description": "Workers' long polls on monthly-export return empty: no tasks to hand out."})
    family.add(TMP, None, "Temporal task_queue_stopped: a task queue unloaded",
               {"alertname": "TaskQueueStopped", "severity": "info", "service": "temporal-matching",
                "taskqueue": "legacy-sync"},
               {"summary": "task_queue_stopped incremented for legacy-sync on temporal-matching-1",
                "description": "The task queue partition was unloaded from this matching host."})


def kafka_lag_exporter():
    family.add(KLE, QB, "kafka-lag-exporter kafka_consumergroup_group_max_lag_seconds",
               {"alertname": "KafkaConsumerGroupTimeLag", "severity": "critical",
                "cluster_name": "events-prod", "group": "ledger-writer", "is_simple_consumer": "false"},
               {"summary": "ledger-writer is 17m behind on events-prod",
                "description": "kafka_consumergroup_group_max_lag_seconds = 1034 (threshold 300)."})
    family.add(KLE, QB, "kafka-lag-exporter kafka_consumergroup_group_lag_seconds quoting its help",
               {"alertname": "PartitionLagSeconds", "severity": "warning", "cluster_name": "events-prod",
                "group": "search-indexer", "topic": "catalog-changes", "partition": "11",
                "member_host": "/10.42.7.19"},
               {"summary": "The estimated lag in seconds: 2291 for catalog-changes/11",
                "description": "kafka_consumergroup_group_lag_seconds{group=\"search-indexer\"} > 900"})
    family.add(KLE, QB, "kafka-lag-exporter kafka_consumergroup_group_sum_lag (labels only)",
               {"alertname": "kafka_consumergroup_group_sum_lag", "cluster_name": "clicks",
                "group": "sessionizer", "severity": "warning"}, {})
    family.add(KLE, QB, "kafka-lag-exporter kafka_consumergroup_group_topic_sum_lag quoting its help",
               {"alertname": "TopicSumLagHigh", "severity": "warning", "cluster_name": "payments",
                "group": "fraud-scorer", "topic": "card-auth"},
               {"summary": "fraud-scorer / card-auth: 412,880 messages",
                "description": "The sum of the difference between the last produced offset and the "
                               "last consumed offset of all partitions in this topic for this group "
                               "is above 100000."})
    family.add(KLE, QB, "kafka-lag-exporter kafka_consumergroup_group_max_lag in a chat message",
               {"alertname": "ConsumerMaxLag", "receiver": "slack-data-eng", "cluster_name": "events-prod",
                "group": "s3-archiver"},
               {"message": ":rotating_light: *s3-archiver* max lag in offsets is 2.7M "
                           "(kafka_consumergroup_group_max_lag) — the highest lag of any partition "
                           "of the group."})
    family.add(KLE, None, "kafka-lag-exporter: a group with zero lag whose offset stands still "
               "(idle, nothing to consume)",
               {"alertname": "ConsumerGroupIdle", "severity": "info", "cluster_name": "events-prod",
                "group": "quarterly-report"},
               {"summary": "quarterly-report committed no offset for 6h",
                "description": "kafka_consumergroup_group_offset unchanged and "
                               "kafka_consumergroup_group_max_lag == 0: no new messages on its topics."})


def nats():
    family.add(NATS_API, None, "NATS JetStream MAX_DELIVERIES advisory (redelivery, rule 10)",
               {"alertname": "JetStreamMaxDeliveries", "severity": "warning", "stream": "ORDERS",
                "consumer": "invoicer"},
               {"summary": "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.ORDERS.invoicer",
                "description": "io.nats.jetstream.advisory.v1.max_deliver: stream_seq 884120 reached "
                               "max deliveries (5)"})
    family.add(NATS_API, None, "NATS JetStream MSG_NAKED advisory",
               {"alertname": "JetStreamAdvisory", "kind": "nak", "stream": "PAYMENTS",
                "consumer": "reconciler"},
               {"summary": "$JS.EVENT.ADVISORY.CONSUMER.MSG_NAKED.PAYMENTS.reconciler",
                "description": "47 messages negatively acknowledged in 5m"})
    family.add(NATS_API, None, "NATS JetStream MSG_TERMINATED advisory",
               {"alertname": "JetStreamAdvisory", "kind": "terminated", "stream": "MAIL",
                "consumer": "smtp-out"},
               {"message": "$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.MAIL.smtp-out: stream_seq=22019 "
                           "reason=\"invalid recipient\""})
    family.add(NATS_CONS, QB, "NATS consumer info: pending and ack-pending messages, no waiting pulls",
               {"alertname": "NatsConsumerBehind", "severity": "warning", "stream": "TELEMETRY",
                "consumer": "rollup", "server": "nats-2"},
               {"summary": "Consumer rollup on TELEMETRY is falling behind",
                "description": "{\"stream_name\":\"TELEMETRY\",\"name\":\"rollup\","
                               "\"num_ack_pending\":1000,\"num_redelivered\":3,\"num_waiting\":0,"
                               "\"num_pending\":2281904}"})
    family.add(NATS_CONS, None, "NATS consumer info: redelivered count alone (rule 10)",
               {"alertname": "NatsConsumerRedeliveries", "severity": "info", "stream": "EVENTS",
                "consumer": "webhooks"},
               {"summary": "num_redelivered = 318 on EVENTS/webhooks",
                "description": "num_pending: 0, num_ack_pending: 4"})


def rocketmq_dashboard():
    family.add(RMQD, QB, "RocketMQ dashboard (zh): broker offset minus consumer offset, 差值",
               {"alertname": "RocketMQ消费组差值过高", "severity": "critical", "cluster": "rmq-prod",
                "group": "GID_order_notify"},
               {"summary": "消费组 GID_order_notify 差值 48211",
                "description": "主题 order_event 队列 3: 代理者位点 1204481, 消费者位点 1156270, 差值 48211"})
    family.add(RMQD, QB, "RocketMQ dashboard (zh): the consumer list's 延迟 column",
               {"alertname": "消费者延迟告警", "product": "RocketMQ", "group": "GID_points_settle"},
               {"message": "### 消费者延迟告警\n> 消费组: GID_points_settle\n> 延迟: 182044\n> 消费 TPS: 12"})
    family.add(RMQD, None, "RocketMQ dashboard (zh): dead-letter messages 死信消息 (rule 12)",
               {"alertname": "死信消息告警", "severity": "warning", "group": "GID_coupon"},
               {"summary": "%DLQ%GID_coupon 新增死信消息 312 条"})
    family.add(RMQD, None, "RocketMQ dashboard (zh): retry queue 重试队列 (retries)",
               {"alertname": "RocketMQRetry", "severity": "info", "topic": "%RETRY%GID_sms"},
               {"summary": "重试队列 %RETRY%GID_sms 消息数 2210",
                "description": "最大重试次数 16"})
    family.add(RMQD, None, "RocketMQ dashboard (zh): timed/delayed messages (work for later)",
               {"alertname": "RocketMQDelayMessages", "severity": "info", "topic": "order_timeout_close"},
               {"summary": "定时/延时消息 48000 条待投递", "description": "投递时间: 明日 00:00"})
    family.add(RMQD, None, "RocketMQ dashboard (zh): an operator skipped the backlog (跳过堆积, rule 9)",
               {"alertname": "RocketMQAuditLog", "severity": "info", "user": "ops-zhang",
                "group": "GID_log_collect"},
               {"summary": "操作: 跳过堆积", "description": "用户 ops-zhang 对消费组 GID_log_collect 执行了跳过堆积"})
    family.add(RMQD, None, "RocketMQ dashboard (zh): an operator reset the consumer offset (rule 9)",
               {"alertname": "RocketMQAuditLog", "severity": "info", "user": "ops-li",
                "group": "GID_report"},
               {"summary": "操作: 重置消费位点", "description": "消费组 GID_report 重置位点到 2026-12-04 00:00:00"})


def logstash():
    family.add(LS_TUNE, QB, "Logstash persistent queue: queue.events_count growing",
               {"alertname": "LogstashPersistentQueueGrowing", "severity": "warning",
                "pipeline": "beats-main", "instance": "logstash-2:9600"},
               {"summary": "beats-main: queue.events_count = 3,418,220 and rising",
                "description": "Persisted queue of pipeline beats-main grew by 1.1M events in 30m."})
    family.add(LS_TUNE, QB, "Logstash queue_persisted_growth_events flow metric above zero",
               {"alertname": "LogstashPQGrowth", "severity": "warning", "pipeline": "syslog"},
               {"summary": "queue_persisted_growth_events last_5_minutes = 842.6 on syslog",
                "description": "Events are added to the persisted queue faster than workers take them; "
                               "the value should trend toward zero."})
    family.add(LS_TUNE, QB, "Logstash persistent queue near its maximum size",
               {"alertname": "LogstashQueueNearlyFull", "severity": "critical", "pipeline": "netflow",
                "instance": "logstash-0:9600"},
               {"summary": "netflow queue_size_in_bytes is 97% of max_queue_size_in_bytes",
                "description": "queue_size_in_bytes=4160749568 max_queue_size_in_bytes=4294967296"})
    family.add(LS_DLQ, None, "Logstash dead letter queue growing (rule 12)",
               {"alertname": "LogstashDLQGrowing", "severity": "warning", "pipeline": "es-ingest"},
               {"summary": "pipelines.es-ingest.dead_letter_queue.queue_size_in_bytes = 612 MB",
                "description": "Events rejected by Elasticsearch are written to the dead letter queue."})
    family.add(LS_PIPE, None, "Logstash 'Failing event was sent to dead letter queue' log line",
               {"alertname": "LokiLogMatch", "namespace": "logging", "pod": "logstash-1",
                "grafana_folder": "Logging"},
               {"summary": "[FIRING:1] LokiLogMatch logging/logstash-1",
                "description": "Line: [WARN ][org.logstash.execution.AbstractPipelineExt] "
                               "if [type] == \"nginx\" evaluation error. Failing event was sent to "
                               "dead letter queue"})
    family.add(LS_SHUT, None, "Logstash draining its queue before a shutdown (rule 9)",
               {"alertname": "LogstashShutdown", "severity": "info", "pipeline": "main",
                "host": "logstash-3"},
               {"summary": "The queue for pipeline main is draining before shutdown."})
    family.add(LS_DLQ, None, "Logstash DLQ entries dropped by its size limit (rule 8)",
               {"alertname": "LogstashDLQDroppedEvents", "severity": "warning", "pipeline": "es-ingest"},
               {"summary": "dead_letter_queue.dropped_events = 1,204 on es-ingest",
                "description": "dead_letter_queue.max_bytes reached; storage_policy drop_older removes "
                               "the oldest events."})


def fluent_bit():
    family.add(FB_CHUNK, QB, "Fluent Bit input paused: mem buf overlimit (rule 17)",
               {"alertname": "FluentBitInputPaused", "severity": "warning", "namespace": "logging",
                "pod": "fluent-bit-7xk2p"},
               {"summary": "fluent-bit-7xk2p: input paused",
                "description": "[ warn] [input] tail.0 paused (mem buf overlimit - event of size 18432B "
                               "exceeded limit 52428800 to 52441088B)"})
    family.add(FB_CHUNK, QB, "Fluent Bit input paused: storage buf overlimit (log-pattern alert)",
               {"alertname": "LogPatternAlert", "service": "fluent-bit", "host": "k8s-node-14"},
               {"message": "[2026/12/04 09:41:07] [ warn] [input] systemd.1 paused (storage buf "
                           "overlimit 128/128)"})
    family.add(FB_CHUNK, None, "Fluent Bit input resumed below its limit (recovery, rule 14)",
               {"alertname": "LogPatternAlert", "service": "fluent-bit", "host": "k8s-node-14"},
               {"message": "[2026/12/04 09:44:51] [ info] [input] tail.0 resume (mem buf overlimit - "
                           "buf size 31457280B now below limit 52428800B)"})
    family.add(FB_CHUNK, None, "Fluent Bit chunk evicted under storage.total_limit_size (rule 8)",
               {"alertname": "FluentBitWarnings", "severity": "warning", "pod": "fluent-bit-m2q8d",
                "namespace": "logging"},
               {"summary": "warnings in fluent-bit-m2q8d",
                "description": "[input chunk] chunk '1-1764839021.512.flb' evicted from output queue "
                               "to make room under storage.total_limit_size: input=tail.0 > "
                               "output=es.0 (out_id=0), bytes=2097152, limit=1073741824"})
    family.add(FB_ENGINE, None, "Fluent Bit flushed a backlog chunk (success)",
               {"alertname": "LogPatternAlert", "service": "fluent-bit", "host": "edge-03"},
               {"message": "[ info] [engine] flush backlog chunk '1-1764838990.117.flb' succeeded: "
                           "retry=0, input=storage_backlog.1 > output=forward.0 (out_id=0)"})
    family.add(FB_STORAGE, None, "Fluent Bit start-up line naming its backlog plugin",
               {"alertname": "FluentBitRestartLog", "severity": "info", "host": "edge-03"},
               {"summary": "[storage] backlog input plugin: storage_backlog.1"})
    family.add(FB_NET, UT, "Fluent Bit connect timeout to its output host (rule 13)",
               {"alertname": "FluentBitOutputErrors", "severity": "warning", "pod": "fluent-bit-9v4c1",
                "output": "es.0"},
               {"summary": "fluent-bit-9v4c1: output es.0 errors",
                "description": "[error] [net] connection #87 timeout after 10 seconds to: "
                               "es-logs.internal:9200"})
    family.add(FB_IO, UT, "Fluent Bit read timeout from its output host (rule 13)",
               {"alertname": "LokiLogMatch", "namespace": "logging", "pod": "fluent-bit-9v4c1",
                "grafana_folder": "Logging"},
               {"summary": "[FIRING:1] LokiLogMatch logging/fluent-bit-9v4c1",
                "description": "Line: [ warn] [net] sync io_read #91 timeout after 30 seconds from: "
                               "10.20.4.11:24224"})


def airflow():
    family.add(AF_METRICS, QB, "Airflow scheduler.tasks.starving quoting its description",
               {"alertname": "AirflowTasksStarving", "severity": "warning", "deployment": "airflow-prod"},
               {"summary": "37 tasks starving on airflow-prod",
                "description": "scheduler.tasks.starving: Number of tasks that cannot be scheduled "
                               "because of no open slot in pool. Above 0 for 30m."})
    family.add(AF_METRICS, QB, "Airflow pool.starving_tasks (labels only)",
               {"alertname": "airflow_pool_starving_tasks", "pool_name": "snowflake_etl",
                "severity": "warning"}, {"value": "64"})
    family.add(AF_METRICS, QB, "Airflow pool.queued_slots with no open slot",
               {"alertname": "AirflowPoolSaturated", "severity": "warning", "pool_name": "spark_jobs"},
               {"summary": "Pool spark_jobs: open_slots 0, queued_slots 118",
                "description": "airflow_pool_queued_slots{pool_name=\"spark_jobs\"} > 50 for 20m"})
    family.add(AF_METRICS, UT, "Airflow celery.task_timeout_error: timeouts publishing to the broker",
               {"alertname": "AirflowCeleryPublishTimeouts", "severity": "warning",
                "deployment": "airflow-prod"},
               {"summary": "celery.task_timeout_error: 14 in 10m",
                "description": "Number of AirflowTaskTimeout errors raised when publishing Task to "
                               "Celery Broker."})
    family.add(AF_METRICS, None, "Airflow celery.execute_command.failure (failed tasks, rule 10)",
               {"alertname": "AirflowCeleryCommandFailures", "severity": "warning",
                "deployment": "airflow-prod", "queue": "default"},
               {"summary": "celery.execute_command.failure: 19 in 1h",
                "description": "Number of non-zero exit code from Celery task."})
    # The UI's task-instance states, in the frames a dashboard check or a scraper of the UI sends.
    family.add(AF_DE, QB, "Airflow UI (de): pool with Frei 0 and Wartend tasks",
               {"alertname": "AirflowPoolBelegung", "severity": "warning", "pool": "default_pool"},
               {"summary": "Pool default_pool: Frei 0 · Laufende 128 · Wartend 57",
                "description": "Seit 25 Minuten keine freien Slots."})
    family.add(AF_DE, QB, "Airflow UI (de): task instances Wartend seit",
               {"alertname": "AirflowTaskInstanzenWartend", "severity": "warning", "dag": "dwh_load"},
               {"summary": "112 Task Instanzen im Status Wartend",
                "description": "Älteste: dwh_load.stage_orders, Wartend seit 2026-12-04 08:02 UTC (58 min)"})
    family.add(AF_DE, None, "Airflow UI (de): Wartet auf neuen Versuch (retries, rule 12)",
               {"alertname": "AirflowTaskInstanzen", "severity": "info", "dag": "crm_sync"},
               {"summary": "23 Task Instanzen: Wartet auf neuen Versuch"})
    family.add(AF_DE, None, "Airflow UI (de): Wartet auf Neuplanung (a sensor rescheduled: work for later)",
               {"alertname": "AirflowTaskInstanzen", "severity": "info", "dag": "partner_files"},
               {"summary": "wait_for_partner_file: Wartet auf Neuplanung",
                "description": "Sensor im reschedule-Modus, nächste Prüfung in 5 Minuten"})
    family.add(AF_ZH, QB, "Airflow UI (zh-CN): task instances 排队中",
               {"alertname": "Airflow任务排队", "severity": "warning", "env": "prod"},
               {"summary": "任务实例 排队中: 214",
                "description": "最早开始排队时间: 2026-12-04 07:55，已超过 40 分钟未执行"})
    family.add(AF_ZH, None, "Airflow UI (zh-CN): 等待重试 (retries)",
               {"alertname": "Airflow任务状态", "severity": "info", "env": "prod"},
               {"summary": "任务实例 等待重试: 9", "description": "Dag: ads_report"})
    family.add(AF_ZH, None, "Airflow UI (zh-CN): 等待输入 (a human's input, decision: null)",
               {"alertname": "Airflow任务状态", "severity": "info", "env": "prod"},
               {"summary": "任务实例 等待输入: 3", "description": "Dag: refund_approval，需要人工审批"})
    family.add(AF_FR, QB, "Airflow UI (fr): task instances En file",
               {"alertname": "AirflowTachesEnFile", "severity": "warning", "env": "prod"},
               {"summary": "Instances de tâche En file : 88",
                "description": "La plus ancienne a été Mis en file à 04:12 UTC, il y a 52 min."})
    family.add(AF_FR, None, "Airflow UI (fr): À réessayer (retries)",
               {"alertname": "AirflowEtatTaches", "severity": "info", "env": "prod"},
               {"summary": "Instances de tâche À réessayer : 12"})
    family.add(AF_JA, QB, "Airflow UI (ja): task instances 待機中",
               {"alertname": "Airflowタスク待機", "severity": "warning", "env": "prod"},
               {"summary": "タスクインスタンス 待機中: 140",
                "description": "キューイング時刻が最も古いもの: 35 分前"})
    family.add(AF_JA, None, "Airflow UI (ja): 再試行待ち (retries)",
               {"alertname": "Airflowタスク状態", "severity": "info", "env": "prod"},
               {"summary": "タスクインスタンス 再試行待ち: 6"})
    family.add(AF_JA, None, "Airflow UI (ja): 入力待ち (a human's input)",
               {"alertname": "Airflowタスク状態", "severity": "info", "env": "prod"},
               {"summary": "タスクインスタンス 入力待ち: 2", "description": "承認者の入力を待っています"})


def aws():
    page(QB, "AWS Lambda AsyncEventAge: time an event waits in Lambda's queue (SNS notification)",
         LAMBDA,
         {"alertname": "AWS/Lambda AsyncEventAge FunctionName=thumbnail-render", "state": "ALARM",
          "namespace": "AWS/Lambda", "metric_name": "AsyncEventAge"},
         {"summary": 'ALARM: "AWS/Lambda AsyncEventAge FunctionName=thumbnail-render" in EU (Ireland)',
          "description": "Threshold Crossed: 3 out of the last 3 datapoints [412000.0 (04/12/26 06:10:00), "
                         "398000.0 (04/12/26 06:09:00), 377500.0 (04/12/26 06:08:00)] were greater than "
                         "the threshold (60000.0)."})
    page(QB, "AWS Lambda OffsetLag of a Kafka event source mapping (labels only)", LAMBDA,
         {"alertname": "lambda-orders-consumer-OffsetLag", "namespace": "AWS/Lambda",
          "metric_name": "OffsetLag", "FunctionName": "orders-consumer", "severity": "warning"}, {})
    page(None, "AWS Lambda AsyncEventsDropped (events discarded at max age: decision null)", LAMBDA,
         {"alertname": "AWS/Lambda AsyncEventsDropped FunctionName=webhook-relay", "state": "ALARM",
          "namespace": "AWS/Lambda", "metric_name": "AsyncEventsDropped"},
         {"summary": 'ALARM: "AWS/Lambda AsyncEventsDropped FunctionName=webhook-relay" in US East (N. Virginia)',
          "description": "Threshold Crossed: 1 out of the last 1 datapoints [27.0 (04/12/26 02:40:00)] "
                         "was greater than the threshold (0.0)."})
    page(None, "AWS Lambda DeadLetterErrors (failing to dead-letter, rule 12)", LAMBDA,
         {"alertname": "lambda-image-resize-DeadLetterErrors", "namespace": "AWS/Lambda",
          "metric_name": "DeadLetterErrors", "FunctionName": "image-resize"},
         {"description": "Lambda could not send 5 failed events of image-resize to its dead-letter queue."})
    page(QB, "Amazon MSK EstimatedMaxTimeLag (SNS notification)", MSK,
         {"alertname": "msk-prod EstimatedMaxTimeLag orders-enricher", "state": "ALARM",
          "namespace": "AWS/Kafka", "metric_name": "EstimatedMaxTimeLag",
          "Consumer Group": "orders-enricher", "Topic": "orders"},
         {"summary": 'ALARM: "msk-prod EstimatedMaxTimeLag orders-enricher" in Asia Pacific (Tokyo)',
          "description": "Threshold Crossed: 5 out of the last 5 datapoints [1260.0 (04/12/26 01:20:00), "
                         "1200.0 (04/12/26 01:19:00), 1150.0 (04/12/26 01:18:00)] were greater than the "
                         "threshold (300.0)."})
    page(QB, "Amazon MSK MaxOffsetLag (bridge labels)", MSK,
         {"alertname": "AWS/Kafka MaxOffsetLag", "cluster": "msk-analytics",
          "consumer_group": "clickstream-loader", "topic": "clicks", "severity": "warning"},
         {"description": "MaxOffsetLag = 884,102 over 15 minutes"})
    page(QB, "Amazon MSK SumOffsetLag (labels only)", MSK,
         {"alertname": "msk-payments-SumOffsetLag", "namespace": "AWS/Kafka", "metric_name": "SumOffsetLag",
          "Consumer Group": "settlement", "Topic": "payments"}, {})
    page(QB, "Amazon MSK consumer lag, Chinese page wording (消费者延迟)", MSK_ZH,
         {"alertname": "MSK消费者延迟", "severity": "warning", "cluster": "msk-cn-prod",
          "consumer_group": "risk-engine"},
         {"summary": "消费者延迟: EstimatedMaxTimeLag 超过 600 秒",
          "description": "使用器 risk-engine 没有跟上主题 txn-events 中的最新数据"})
    page(QB, "Amazon MSK consumer lag, Spanish page wording (desfase del consumidor)", MSK_ES,
         {"alertname": "MSKDesfaseConsumidor", "severity": "warning", "cluster": "msk-latam",
          "consumer_group": "facturacion"},
         {"summary": "Desfase del consumidor alto en facturacion",
          "description": "SumOffsetLag = 512.330 mensajes en el tema pedidos"})
    page(None, "Amazon SQS NumberOfEmptyReceives (an empty queue, rule 12)", SQS,
         {"alertname": "AWS/SQS NumberOfEmptyReceives QueueName=report-requests", "state": "ALARM",
          "namespace": "AWS/SQS", "metric_name": "NumberOfEmptyReceives"},
         {"summary": 'ALARM: "AWS/SQS NumberOfEmptyReceives QueueName=report-requests" in EU (Ireland)',
          "description": "Threshold Crossed: 1 out of the last 1 datapoints [18420.0 (04/12/26 05:00:00)] "
                         "was greater than the threshold (10000.0)."})


def main():
    temporal()
    kafka_lag_exporter()
    nats()
    rocketmq_dashboard()
    logstash()
    fluent_bit()
    airflow()
    aws()
    family.write()


if __name__ == "__main__":
    main()
