#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_mq18.jsonl: message brokers' and job queues' own words for
work piling up, as alerts carry them, and the broker messages that look like a backlog but are not.

What the family tests: IBM MQ's reason codes and performance events (MQRC_Q_FULL 2053 "Queue Full",
MQRC_Q_DEPTH_HIGH 2224 "Queue Depth High") as an event monitor, pymqi's exception text and an MQ
exporter's metric names (ibmmq_queue_oldest_message_age, qtime_long, uncommitted_messages) carry
them; ActiveMQ Artemis's full addresses (AMQ229102, AMQ219058 ActiveMQAddressFullException,
AMQ222703 for a bridge), blocked producers (AMQ222183) and paging reads blocked by unacknowledged
messages (AMQ224127); RocketMQ's consumer-side flow control ("the cached message count exceeds the
threshold ... so do flow control", the span and wait-for-ack variants); Kafka's own metric
descriptions for consumer and sink-task lag (records-lag-max, sink-record-lag-max); Amazon SQS's
visible messages. None of these words is in the tuning corpora.

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the file:
- `queue_backlog` (rule 4, rule 10's paging broker, rule 12's ready/pending work): a queue that is
  full of messages by count (MQ's MaxQDepth) or an address full at its max-size-bytes, a queue
  depth over its high limit, the age of the oldest message, time spent in the queue, uncommitted
  messages, producers blocked because an address is full, paging reads held back by pending
  acknowledgements, a consumer's local cache of pulled-but-unconsumed messages over its
  threshold, messages waiting for ack, consumer and sink-task record lag, visible SQS messages.
- causes (rule 1/2): MQ's MQRC_Q_SPACE_NOT_AVAILABLE 2056 and MQRC_STORAGE_MEDIUM_FULL 2192 (no
  space on the storage that holds the queue) are `disk_full`; Artemis's AMQ222156 "You are in danger
  of running out of RAM" is `out_of_memory`.
- `null` look-alikes: MQ's Queue Depth Low (2225) and Queue Service Interval OK (2227) events (the
  queue is emptying or served: recovery, rule 14), MQRC_NO_MSG_AVAILABLE 2033 (an empty queue, rule
  12), MQRC_PUT_INHIBITED 2051 and MQRC_GET_INHIBITED 2016 (an operator's inhibit, rule 9),
  MQRC_BACKED_OUT 2003 (a backed-out unit of work), MQRC_MSG_TOO_BIG_FOR_Q 2030, MQRC_Q_ALREADY_EXISTS
  2290 and MQRC_UNKNOWN_OBJECT_NAME 2085 (a queue created / not there, rule 10), a queue with no
  input handles (a consumer gone, no lag stated); Artemis's "Stopped paging" (AMQ224108, recovery),
  dead-letter routing (AMQ222149, AMQ222150), expiry without an expiry address (AMQ222146,
  AMQ222147), an unrouted message (AMQ222056); NATS JetStream's "maximum consumers limit reached"
  and "consumer max ack pending exceeds system limit" (rejected settings, rule 12); RocketMQ's
  redelivery ("Consume too many times") and discarded transaction checks; Kafka's "Consumer group
  ... has no active members" and "... is rebalancing" (no lag stated); SQS's delayed messages
  (work for later, rule 12).

Left out as ambiguous (rule 6): MQ's Queue Service Interval High (2226: "no successful gets or
puts" also fires on an idle queue) and ibmmq_queue_time_since_get; MQRC_STORAGE_NOT_AVAILABLE 2071
and MQRC_RESOURCE_PROBLEM 2102 (which storage?); RocketMQ's broker-side "[TIMEOUT_CLEAN_QUEUE]broker
busy, start flow control" / "[PCBUSY_CLEAN_QUEUE]" (a request queue's wait, or throttling, or a
slow page cache: the policy does not settle which); NATS's "maximum messages exceeded" (a stream's
retention limit, rule 8, or a work queue's backlog?); Azure Service Bus's QuotaExceededException
"The maximum entity size has been reached or exceeded" (a storage quota, rule 7, or a backlog?);
SQS's in-flight (not visible) messages; Kafka's records-lead-min; Artemis's AMQ222205
"OutOfMemoryError possible!" (a configuration warning at start-up).

Sources (commits in SOURCES.md): dsuch/pymqi (code/pymqi/CMQC.py reason names and numbers,
code/pymqi/__init__.py MQMIError's text), ibm-messaging/mq-metric-samples (metrics.txt metric
names), IBM's reason-code pages on www.ibm.com (2053, 2224 explanations),
apache/activemq-artemis (ActiveMQServerLogger, ActiveMQMessageBundle, ActiveMQClientMessageBundle),
nats-io/nats-server (server/jetstream_errors_generated.go), apache/rocketmq (client consumer
implementations, broker transaction check listener), apache/kafka (FetchMetricsRegistry,
ConnectMetricsRegistry, ConsumerGroupCommand), docs.aws.amazon.com (SQS attribute meanings).
Messages are quoted; hosts, queues, values and the frames around them are our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, pick, probe_item  # noqa: E402

family = ProbeFamily("probes_mq18.jsonl")

PYMQI = "dsuch/pymqi"
PYMQI_C = "16184a62f368fde6eaa17d80c818be1b2d4bdbe9"
CMQC = (PYMQI, "code/pymqi/CMQC.py", PYMQI_C)
ART = "apache/activemq-artemis"
ART_C = "6700541d4604e2602551c8c64dac7d923fcbe165"
ART_LOG = (ART, "artemis-server/src/main/java/org/apache/activemq/artemis/core/server/ActiveMQServerLogger.java", ART_C)
ART_BUNDLE = (ART, "artemis-server/src/main/java/org/apache/activemq/artemis/core/server/ActiveMQMessageBundle.java", ART_C)
ART_CLIENT = (ART, "artemis-core-client/src/main/java/org/apache/activemq/artemis/core/client/ActiveMQClientMessageBundle.java", ART_C)
NATS = ("nats-io/nats-server", "server/jetstream_errors_generated.go", "1787eee035cf0253c201fa0f05afad92b6f296dc")
RMQ = "apache/rocketmq"
RMQ_C = "8fc57f1468d182eea11c01e089c0250d647dc5f3"
RMQ_PUSH = (RMQ, "client/src/main/java/org/apache/rocketmq/client/impl/consumer/DefaultMQPushConsumerImpl.java", RMQ_C)
RMQ_LITE = (RMQ, "client/src/main/java/org/apache/rocketmq/client/impl/consumer/DefaultLitePullConsumerImpl.java", RMQ_C)
RMQ_POP = (RMQ, "client/src/main/java/org/apache/rocketmq/client/impl/consumer/ConsumeMessagePopConcurrentlyService.java", RMQ_C)
RMQ_TX = (RMQ, "broker/src/main/java/org/apache/rocketmq/broker/transaction/queue/DefaultTransactionalMessageCheckListener.java", RMQ_C)
KAFKA = "apache/kafka"
KAFKA_C = "1eb7644349cb07139d6a3c1ad1986979647cac99"
K_FETCH = (KAFKA, "clients/src/main/java/org/apache/kafka/clients/consumer/internals/FetchMetricsRegistry.java", KAFKA_C)
K_CONNECT = (KAFKA, "connect/runtime/src/main/java/org/apache/kafka/connect/runtime/ConnectMetricsRegistry.java", KAFKA_C)
K_GROUPS = (KAFKA, "tools/src/main/java/org/apache/kafka/tools/consumer/group/ConsumerGroupCommand.java", KAFKA_C)
IBM_2053 = "http://www.ibm.com/support/knowledgecenter/SSFKSJ_7.5.0/com.ibm.mq.tro.doc/q041240_.htm"
IBM_2224 = "http://www-01.ibm.com/support/knowledgecenter/SSFKSJ_7.5.0/com.ibm.mq.tro.doc/q042600_.html"
SQS_PAGE = ("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/"
            "sqs-resources-required-process-messages.html")

B, NULL = "queue_backlog", None


def add_page(url, project, expected, source, labels, annotations):
    family.append(probe_item(labels, annotations, expected, source, project, page_provenance(url)))


# --- IBM MQ: reason codes as pymqi raises them, quoted by log / Sentry / job frames -----------------
MQ_QMGRS = ["QM.PAY01", "QMPRD2", "QM_ORDERS_A", "GWQM01"]
MQ_QUEUES = ["APP.ORDERS.IN", "PAYMENTS.REQUEST", "SETTLEMENT.OUT", "CLAIMS.INBOUND", "EDI.XMITQ"]
MQ_APPS = ["order-bridge", "settlement-feeder", "claims-router", "edi-gateway"]

MQ_CODES = [
    # (comp, reason, name, expected, why)
    (2, 2053, "MQRC_Q_FULL", B, "a put refused because the queue holds MaxQDepth messages"),
    (2, 2056, "MQRC_Q_SPACE_NOT_AVAILABLE", "disk_full", "no space on disk for the queue"),
    (2, 2192, "MQRC_STORAGE_MEDIUM_FULL", "disk_full", "the storage medium holding the queue is full"),
    (2, 2033, "MQRC_NO_MSG_AVAILABLE", NULL, "a get on an empty queue (look-alike, rule 12)"),
    (2, 2051, "MQRC_PUT_INHIBITED", NULL, "puts inhibited by an operator (look-alike, rule 9)"),
    (2, 2016, "MQRC_GET_INHIBITED", NULL, "gets inhibited by an operator (look-alike, rule 9)"),
    (2, 2003, "MQRC_BACKED_OUT", NULL, "a unit of work backed out (look-alike)"),
    (2, 2030, "MQRC_MSG_TOO_BIG_FOR_Q", NULL, "a message longer than the queue's MaxMsgLength (look-alike)"),
    (2, 2085, "MQRC_UNKNOWN_OBJECT_NAME", NULL, "a queue that does not exist (look-alike, rule 10)"),
    (2, 2290, "MQRC_Q_ALREADY_EXISTS", NULL, "a queue created twice (look-alike, rule 10)"),
]


def mq_frame(n, comp, reason, name):
    qm, q, app = (pick(f"mq-{reason}-{n}-{k}", v) for k, v in
                  (("qm", MQ_QMGRS), ("q", MQ_QUEUES), ("app", MQ_APPS)))
    err = f"MQI Error. Comp: {comp}, Reason {reason}: {'FAILED' if comp == 2 else 'WARNING'}: {name}"
    shape = n % 3
    if shape == 0:
        return ({"alertname": "ApplicationLogErrors", "service": app, "severity": "warning",
                 "namespace": "integration"},
                {"summary": f"errors in {app} log",
                 "description": f"2026-12-03 04:17:09,412 ERROR {app} put to {q} on {qm} failed: "
                                f"pymqi.MQMIError: {err}"})
    if shape == 1:
        return ({"alertname": "SentryIssue", "project": app, "level": "error"},
                {"title": f"MQMIError: {err}", "summary": f"New issue in {app} ({q}@{qm})"})
    return ({"alertname": "JobFailed", "job_name": f"{app}-batch", "severity": "critical",
             "namespace": "integration"},
            {"summary": f"Job {app}-batch failed",
             "description": f"Last lines of output:\nconnecting to {qm} ... ok\nopening {q} ... ok\n"
                            f"Traceback (most recent call last):\n  ...\npymqi.MQMIError: {err}"})


def ibm_mq():
    n = 0
    for comp, reason, name, expected, why in MQ_CODES:
        for k in range(2 if expected is not NULL else 1):
            labels, annotations = mq_frame(n, comp, reason, name)
            family.add(CMQC, expected, f"IBM MQ {name} ({reason}) raised by pymqi: {why}",
                       labels, annotations)
            n += 1
    # pymqi's own exception format (code/pymqi/__init__.py), quoted once more in an exception label.
    family.add((PYMQI, "code/pymqi/__init__.py", PYMQI_C), B,
               "pymqi MQMIError text for MQRC_Q_FULL in an exception label: a full queue",
               {"alertname": "ExceptionsThrown", "service": "settlement-feeder", "severity": "warning",
                "exception": "pymqi.MQMIError", "error": "MQI Error. Comp: 2, Reason 2053: FAILED: MQRC_Q_FULL"},
               {"summary": "settlement-feeder threw 311 exceptions in 5m"})

    # Performance events as an MQ event monitor forwards them (SYSTEM.ADMIN.PERFM.EVENT).
    events = [
        ("Queue Full", "MQRC_Q_FULL", 2053, B, IBM_2053,
         "performance event Queue Full: the queue already contains MaxQDepth messages"),
        ("Queue Depth High", "MQRC_Q_DEPTH_HIGH", 2224, B, IBM_2224,
         "performance event Queue Depth High: depth at or above QDepthHighLimit"),
    ]
    for i, (event, rc, num, expected, url, why) in enumerate(events):
        for k in range(3):
            qm = pick(f"ev-{num}-{k}-qm", MQ_QMGRS)
            q = pick(f"ev-{num}-{k}-q", MQ_QUEUES)
            depth = 5000 if num == 2053 else pick(f"ev-{num}-{k}-d", [4012, 8170, 40007])
            if k == 0:
                labels = {"alertname": "MQPerformanceEvent", "qmgr": qm, "queue": q, "severity": "critical",
                          "event": event.replace(" ", "_")}
                annotations = {"summary": f"{event} on {q} ({qm})",
                               "description": f"Reason code in MQCFH: {rc} ({num}). HighQDepth={depth}, "
                                              f"MsgEnqCount=18230, MsgDeqCount=1044, TimeSinceReset=600"}
            elif k == 1:
                labels = {"alertname": f"MQ {event}", "sender": "mq-event-monitor", "host": "mqprd-02.corp.example",
                          "severity": "major"}
                annotations = {"message": f"{qm}: {rc} [{num}] on queue {q}"}
            else:
                labels = {"alertname": "AMQEventReceived", "reason": rc, "object": q, "qmgr": qm}
                annotations = {}
            add_page(url, "www.ibm.com", expected, f"IBM MQ {why}", labels, annotations)

    # Recoveries / look-alike events, names from pymqi's CMQC.
    for rc, num, event, why in [
            ("MQRC_Q_DEPTH_LOW", 2225, "Queue Depth Low",
             "depth fell to QDepthLowLimit: the queue is emptying (look-alike, rules 12 and 14)"),
            ("MQRC_Q_SERVICE_INTERVAL_OK", 2227, "Queue Service Interval OK",
             "a get within the service interval: recovery (look-alike, rule 14)")]:
        for k in range(2):
            qm, q = pick(f"lo-{num}-{k}", MQ_QMGRS), pick(f"lo-{num}-{k}q", MQ_QUEUES)
            if k == 0:
                labels = {"alertname": "MQPerformanceEvent", "qmgr": qm, "queue": q, "severity": "info",
                          "event": event.replace(" ", "_")}
                annotations = {"summary": f"{event} on {q} ({qm})",
                               "description": f"Reason code in MQCFH: {rc} ({num})."}
            else:
                labels = {"alertname": "AMQEventReceived", "reason": rc, "object": q, "qmgr": qm}
                annotations = {}
            family.add(CMQC, NULL, f"IBM MQ {event} ({num}): {why}", labels, annotations)


# --- ActiveMQ Artemis ----------------------------------------------------------------------------------
ART_ADDR = ["orders.created", "billing.events", "telemetry.raw", "audit.trail", "shipments"]
ART_ITEMS = [
    (ART_BUNDLE, "AMQ229102", 'Address "{a}" is full.', B, "an address full at its max-size-bytes"),
    (ART_CLIENT, "AMQ219058", 'Address "{a}" is full. Message encode size = 2318B', B,
     "a producer refused because the address is full (ActiveMQAddressFullException)"),
    (ART_LOG, "AMQ222183", "Blocking message production on address '{a}'; size is currently: 209715200 "
     "bytes; max-size-bytes on address: 209715200, global-max-size is 1073741824", B,
     "producers blocked because the address is full (BLOCK policy)"),
    (ART_LOG, "AMQ222703", 'Address "{a}" is full. Bridge {a}-to-dc2 will disconnect', B,
     "a bridge disconnects because its target address is full"),
    (ART_LOG, "AMQ224127", "Message dispatch from paging is blocked. Address {a}/Queue {a}.q will not "
     "read any more messages from paging until pending messages are acknowledged. There are currently "
     "20481 messages pending (41224192 bytes) with max reads at maxPageReadMessages(-1) and "
     "maxPageReadBytes(41943040). Either increase reading attributes at the address-settings or change "
     "your consumers to acknowledge more often.", B, "paged messages held back by unacknowledged ones"),
    (ART_LOG, "AMQ222156", "Less than 10%\nfree: 48 MiB, max: 2 GiB, total: 2 GiB\nYou are in danger of "
     "running out of RAM. Have you set paging parameters on your addresses? (See user manual "
     "\"Paging\" chapter)", "out_of_memory", "the broker's free heap below its floor"),
    (ART_LOG, "AMQ224108", "Stopped paging on address '{a}'; size is currently: 1048576 bytes; "
     "max-size-bytes: 104857600", NULL, "paging stopped: recovery (look-alike, rule 14)"),
    (ART_LOG, "AMQ222149", "Sending message Reference[1887442]:RELIABLE:CoreMessage[messageID=1887442] to "
     "Dead Letter Address DLQ from {a}.q", NULL, "a message dead-lettered (look-alike, rule 12)"),
    (ART_LOG, "AMQ222150", "Sending message Reference[20931]:NON-RELIABLE to Dead Letter Address, but "
     "there is no Dead Letter Address configured for queue {a}.q so dropping it", NULL,
     "a dead-letter drop (look-alike, rule 12)"),
    (ART_LOG, "AMQ222147", "Messages are being expired on queue {a}.q, but there is no Expiry Address "
     "configured so messages will be dropped.", NULL, "messages expired by TTL (look-alike)"),
    (ART_LOG, "AMQ222146", "Message has expired. No bindings for Expiry Address ExpiryQueue so dropping it",
     NULL, "an expired message dropped (look-alike)"),
    (ART_LOG, "AMQ222056", "Did not route to any bindings for address {a} and sendToDLAOnNoRoute is true "
     "but there is no DLA configured for the address, the message will be ignored.", NULL,
     "an unrouted message (look-alike)"),
]


def artemis():
    n = 0
    for src, code, text, expected, why in ART_ITEMS:
        reps = 2 if expected == B else 1
        for k in range(reps):
            a = pick(f"art-{code}-{k}", ART_ADDR)
            msg = f"{code}: {text.format(a=a)}"
            broker = pick(f"art-{code}-{k}b", ["artemis-0", "artemis-1", "amq-broker-ss-0", "amq-prd-2"])
            shape = n % 3
            if code == "AMQ219058" and k == 0:
                labels = {"alertname": "SentryIssue", "project": "checkout-events", "level": "error"}
                annotations = {"title": f"ActiveMQAddressFullException: {msg}",
                               "summary": "New issue in checkout-events"}
            elif shape == 0:
                labels = {"alertname": "LokiLogMatch", "namespace": "messaging", "pod": broker,
                          "service": "artemis", "severity": "warning"}
                annotations = {"summary": f"[FIRING:1] LokiLogMatch messaging/{broker}",
                               "description": f"Line: 2026-12-03 02:41:17,903 WARN  "
                                              f"[org.apache.activemq.artemis.core.server] {msg}"}
            elif shape == 1:
                labels = {"alertname": "ArtemisBrokerLog", "broker": broker, "severity": "warning",
                          "log_code": code}
                annotations = {"message": msg}
            else:
                labels = {"alertname": "ElasticWatcher", "watch": "artemis-warnings", "host": f"{broker}.mq.lan"}
                annotations = {"summary": f"1 hit(s) for artemis-warnings on {broker}",
                               "description": f"log.level=WARN message=\"{msg}\""}
            family.add(src, expected, f"ActiveMQ Artemis {code}: {why}", labels, annotations)
            n += 1


# --- NATS JetStream: limits that reject settings -----------------------------------------------------
def nats():
    family.add(NATS, NULL, "NATS JetStream 10026 maximum consumers limit reached: a consumer not "
               "created (look-alike, rules 10 and 12)",
               {"alertname": "AppErrorLogs", "service": "notify-worker", "severity": "warning"},
               {"summary": "errors in application log",
                "description": "notify-worker logged: level=error msg=\"add consumer\" stream=NOTIFY "
                               "err=\"nats: API error: code=400 err_code=10026 description=maximum "
                               "consumers limit reached\""})
    family.add(NATS, NULL, "NATS JetStream consumer max ack pending above the system limit: a rejected "
               "setting (look-alike, rule 12)",
               {"alertname": "JobFailed", "job_name": "provision-streams", "severity": "warning"},
               {"summary": "Job provision-streams failed",
                "description": "nats: API error: code=400 err_code=10121 description=consumer max ack "
                               "pending exceeds system limit of 20000"})


# --- RocketMQ consumer flow control ----------------------------------------------------------------
RMQ_ITEMS = [
    (RMQ_PUSH, B, "the cached message count exceeds the threshold 1000, so do flow control, minOffset=88120, "
     "maxOffset=89131, count=1012, size=3 MiB, pullRequest=PullRequest [consumerGroup={g}, "
     "messageQueue=MessageQueue [topic={t}, brokerName=broker-a, queueId=3], nextOffset=89132], "
     "flowControlTimes=40001", "a consumer's cache of unconsumed messages over its count threshold"),
    (RMQ_PUSH, B, "the cached message size exceeds the threshold 100 MiB, so do flow control, minOffset=1203,"
     " maxOffset=4410, count=3208, size=104 MiB, pullRequest=PullRequest [consumerGroup={g}, "
     "messageQueue=MessageQueue [topic={t}, brokerName=broker-b, queueId=0], nextOffset=4411], "
     "flowControlTimes=2001", "a consumer's cache of unconsumed messages over its size threshold"),
    (RMQ_PUSH, B, "the queue's messages, span too long, so do flow control, minOffset=500221, "
     "maxOffset=502410, maxSpan=2189, pullRequest=PullRequest [consumerGroup={g}, messageQueue="
     "MessageQueue [topic={t}, brokerName=broker-a, queueId=7], nextOffset=502411], flowControlTimes=1",
     "unconsumed messages held behind a stuck offset"),
    (RMQ_PUSH, B, "the messages waiting to ack exceeds the threshold 1000, so do flow control, "
     "popRequest=PopRequest [topic={t}, consumerGroup={g}], flowControlTimes=9001, wait count=1440",
     "messages waiting for acknowledgement over the threshold"),
    (RMQ_LITE, B, "The cached message count exceeds the threshold 1000, so do flow control, minOffset=77, "
     "maxOffset=1290, count=1214, size=1 MiB, flowControlTimes=3001",
     "a lite pull consumer's cache of unconsumed messages over its threshold"),
    (RMQ_POP, NULL, "Consume too many times, ack message async. message MessageExt [topic={t}, "
     "reconsumeTimes=16, msgId=0A0B0C0D00002A9F0000000000A1B2C3]", "a message redelivered too often "
     "(look-alike, rule 10)"),
    (RMQ_TX, NULL, "MsgExt:MessageExt [topic=RMQ_SYS_TRANS_HALF_TOPIC, msgId=0A0B0C0D00002A9F00000000003F1E22] "
     "has been checked too many times, so discard it by moving it to system topic TRANS_CHECK_MAXTIME_TOPIC",
     "a transaction check discarded (look-alike)"),
]


def rocketmq():
    for i, (src, expected, text, why) in enumerate(RMQ_ITEMS):
        for k in range(2 if expected == B else 1):
            g = pick(f"rmq-{i}-{k}g", ["GID_order_sync", "CG_settlement", "GID_push_notify", "risk-scoring"])
            t = pick(f"rmq-{i}-{k}t", ["TP_ORDER_CREATED", "settlement_event", "push_msg", "risk_input"])
            msg = text.format(g=g, t=t)
            app = g.lower().replace("_", "-")
            if (i + k) % 2 == 0:
                labels = {"alertname": "RocketMQClientWarn", "app": app, "namespace": "mq-apps",
                          "severity": "warning"}
                annotations = {"summary": f"RocketMQ client warnings in {app}",
                               "description": f"2026-12-03 05:02:44 WARN RocketmqClient - {msg}"}
            else:
                labels = {"alertname": "LogPatternAlert", "service": app, "log_file": "rocketmq_client.log"}
                annotations = {"message": msg}
            family.add(src, expected, f"RocketMQ client: {why}", labels, annotations)


# --- Kafka's own metric descriptions and tool output -----------------------------------------------
def kafka():
    family.add(K_FETCH, B, "Kafka consumer records-lag-max: consumer lag in records",
               {"alertname": "KafkaConsumerRecordsLagMax", "client_id": "ledger-writer-2", "severity": "warning",
                "topic": "ledger.entries", "job": "jmx"},
               {"summary": "records-lag-max = 184220 for ledger-writer-2",
                "description": "The maximum lag in terms of number of records for any partition in this window."})
    family.add(K_FETCH, B, "Kafka consumer records-lag-max via JMX exporter name",
               {"alertname": "ConsumerFetchManagerLag", "severity": "critical", "client_id": "geo-enricher-0"},
               {"summary": "kafka_consumer_consumer_fetch_manager_metrics_records_lag_max{client_id=\"geo-enricher-0\"}"
                           " = 920114"})
    family.add(K_CONNECT, B, "Kafka Connect sink-record-lag-max: a sink task behind its consumer position",
               {"alertname": "KafkaConnectSinkLag", "connector": "s3-sink-orders", "task": "3", "severity": "warning"},
               {"summary": "sink-record-lag-max 1.2M for s3-sink-orders task 3",
                "description": "The maximum lag in terms of number of records that the sink task is behind "
                               "the consumer's position for any topic partitions."})
    family.add(K_CONNECT, B, "Kafka Connect sink-record-lag-max, bare metric label",
               {"alertname": "connect_sink_task_metrics_sink_record_lag_max", "connector": "jdbc-sink-crm",
                "task": "0"}, {"value": "48211"})
    family.add(K_GROUPS, NULL, "kafka-consumer-groups: a group with no active members, no lag stated "
               "(look-alike: a consumer gone)",
               {"alertname": "KafkaGroupCheck", "group": "invoice-mailer", "severity": "info"},
               {"summary": "check of consumer group invoice-mailer",
                "description": "Consumer group 'invoice-mailer' has no active members."})
    family.add(K_GROUPS, NULL, "kafka-consumer-groups: a group rebalancing (look-alike)",
               {"alertname": "JobFailed", "job_name": "lag-report", "severity": "warning"},
               {"summary": "Job lag-report exited 1",
                "description": "Warning: Consumer group 'fraud-scorer' is rebalancing."})


# --- Amazon SQS attribute meanings ----------------------------------------------------------------
def sqs():
    add_page(SQS_PAGE, "docs.aws.amazon.com", B,
             "Amazon SQS ApproximateNumberOfMessagesVisible: messages available for retrieval",
             {"alertname": "sqs-webhooks-visible", "sender": "cloudwatch", "region": "eu-west-1",
              "QueueName": "webhooks-inbound"},
             {"summary": "ALARM: ApproximateNumberOfMessagesVisible >= 10000 for 3 datapoints within 15 minutes",
              "description": "Threshold Crossed: 3 out of the last 3 datapoints [41822.0, 38811.0, 35120.0] "
                             "were greater than or equal to the threshold (10000.0)."})
    add_page(SQS_PAGE, "docs.aws.amazon.com", NULL,
             "Amazon SQS ApproximateNumberOfMessagesDelayed: messages delayed on purpose (look-alike, rule 12)",
             {"alertname": "sqs-reminders-delayed", "sender": "cloudwatch", "region": "eu-west-1",
              "QueueName": "reminders"},
             {"summary": "ALARM: ApproximateNumberOfMessagesDelayed > 5000",
              "description": "Threshold Crossed: 1 datapoint [8840.0] was greater than the threshold (5000.0)."})
    add_page(SQS_PAGE, "docs.aws.amazon.com", NULL,
             "Amazon SQS ApproximateNumberOfMessagesDelayed as a bare metric alert (look-alike, rule 12)",
             {"alertname": "aws_sqs_approximate_number_of_messages_delayed_maximum", "queue_name": "retry-later"},
             {"value": "1204"})


def main():
    ibm_mq()
    # Dropped by the lead at merge: mq-metric-samples' metric names are also those of
    # ibm-messaging/mq-golang, which heldout_check.py rejects (disclosed in SOURCES.md).
    artemis()
    nats()
    rocketmq()
    kafka()
    sqs()
    family.write()


if __name__ == "__main__":
    main()
