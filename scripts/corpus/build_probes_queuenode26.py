#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_queuenode26.jsonl: work waiting (queue_backlog) and hosts,
members or processes down (node_down), with their look-alikes that must stay null, from rule
files, monitor templates, status pages and documented messages of projects the tuning corpora had
not used: Charmed ZooKeeper's and Qubership ZooKeeper's Prometheus rules, slurmctld, OpenPBS and
Ray GCS node messages, Laravel Horizon notifications, Mosquitto, Apache Qpid Broker-J operational
log messages (QUE/CHN/HA/VHT/CON), Discourse's Sidekiq problem check, Karafka Web's status page,
ServicePulse (NServiceBus) monitoring texts, Nagios plugins (jonschipp, opinkerfi), kOps cluster
validation, confluent-kafka consumer-group states, GoBGP's FSM log, the IBM MQ Prometheus
collector's dashboards and README, Shoryuken and taskiq worker log lines.

Look-alikes kept null: recoveries and normal status lines (rule 14), planned drains, removals and
frozen services (rule 9), queues deleted, dead-lettered messages, retries and rebalances (rules 10
and 12), a ring queue dropping at its size limit (rule 8), stale metric feeds (rule 8), BGP
sessions and MQ channels (links, rule 5), failed backups, CPU, idle connections, one worker reload.

Labels are decided by hand under tests/fixtures/corpus/POLICY.md before the classifier ran (the
reason is in each item's `source`). Alert frames (Prometheus rules rendered as Alertmanager
delivers them, log alerts, Nagios results relayed by a bridge, notifications relayed to
Alertmanager), hosts, namespaces, queues and values are our own; alert names, expressions'
meaning, summaries, descriptions and message strings are the sources' own at the commits below.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

Q = "queue_backlog"
N = "node_down"
NULL = None

family = ProbeFamily("probes_queuenode26.jsonl")


add = family.add
page = family.add_page


# --- Charmed ZooKeeper (canonical/zookeeper-operator) -----------------------------------------
ZK = ("canonical/zookeeper-operator", "src/alert_rules/prometheus/zookeeper_metrics.rules",
      "23f1569da4e679efaeaed9afdaee54b0e772b92f")
ZK_L = {"juju_application": "zookeeper", "juju_model": "kafka-prod", "job": "juju_kafka-prod_zookeeper_prometheus_scrape"}

add(ZK, N, "Charmed ZooKeeper 'Ensemble Member Missing': up of ensemble members below quorum_size (targets down, rule 8's `up` liveness)",
    {"alertname": "Ensemble Member Missing", "severity": "critical", "instance": "zookeeper-2.zookeeper-endpoints:9998", **ZK_L},
    {"summary": "Prometheus target missing for member of the ZooKeeper ensemble  (instance zookeeper-2.zookeeper-endpoints:9998)",
     "description": "ZooKeeper ensemble member has disappeared. An exporter might be crashed.\n  VALUE = 1\n  LABELS = map[juju_application:zookeeper juju_model:kafka-prod]"})
add(ZK, Q, "Charmed ZooKeeper 'Zookeeper Outstanding Requests': outstanding_requests > 10 for 10m (requests queued, more than it can process; rule 12 outstanding work)",
    {"alertname": "Zookeeper Outstanding Requests", "severity": "high", "instance": "zookeeper-0.zookeeper-endpoints:9998", **ZK_L},
    {"summary": "Zookeeper receives more requests than it can process.",
     "description": "Zookeeper is processing more requests that it can process. Too many applications are possibly being connected to Zookeeper."})
add(ZK, NULL, "Charmed ZooKeeper 'Too Many Watch': watch_count > 10000 (a count of watches, no signature)",
    {"alertname": "Too Many Watch", "severity": "warning", "instance": "zookeeper-1.zookeeper-endpoints:9998", **ZK_L},
    {"summary": "Instance zookeeper-1.zookeeper-endpoints:9998 set too many watch",
     "description": "zookeeper-1.zookeeper-endpoints:9998 of job juju_kafka-prod_zookeeper_prometheus_scrape set too many watch: [14212]."})
add(ZK, NULL, "Charmed ZooKeeper 'Leader Election In Progress': an election happened (no member said down; a look-alike of a lost member)",
    {"alertname": "Leader Election In Progress", "severity": "warning", "instance": "zookeeper-0.zookeeper-endpoints:9998", **ZK_L},
    {"summary": "Instance zookeeper-0.zookeeper-endpoints:9998 a leader election happens",
     "description": "zookeeper-0.zookeeper-endpoints:9998 of job juju_kafka-prod_zookeeper_prometheus_scrape a leader election happens: [1]."})

# --- Slurm (SchedMD/slurm): slurmctld log lines relayed by a log alert -----------------------
SLURM_C = "284c3b95f08a2dc2478499837b03355e1b9c5c75"
SLURM_PING = ("SchedMD/slurm", "src/slurmctld/ping_nodes.c", SLURM_C)
SLURM_NODE = ("SchedMD/slurm", "src/slurmctld/node_mgr.c", SLURM_C)


def slurm_log(alertname, host, line, severity="critical"):
    """A Loki/promtail rule on slurmctld's log, the matched line as its description."""
    return ({"alertname": alertname, "severity": severity, "cluster": "hpc-rz1", "host": host,
             "job": "slurmctld", "service": "slurmctld"},
            {"summary": f"slurmctld on {host} logged: {line}", "description": line})


add(SLURM_PING, N, "Slurm 'Nodes %s not responding, setting DOWN' (compute nodes marked DOWN after missed pings, rule 4)",
    *slurm_log("SlurmNodesNotResponding", "slurmctl01", "error: Nodes cn[041-043] not responding, setting DOWN"))
add(SLURM_NODE, N, "Slurm 'Nodes %s not responding' (a node down or unreachable from the controller, rule 4)",
    *slurm_log("SlurmNodesNotResponding", "slurmctl02", "error: Nodes gpu07 not responding", severity="warning"))
add(SLURM_NODE, NULL, "Slurm 'Node %s now responding' (the node is back; a recovery, rule 14)",
    *slurm_log("SlurmNodeEvent", "slurmctl01", "Node cn042 now responding", severity="info"))
add(SLURM_NODE, NULL, "Slurm 'drain_nodes: node %s state set to DRAIN' with an operator's maintenance reason (planned drain, rule 9)",
    {"alertname": "SlurmNodeDrained", "severity": "info", "cluster": "hpc-rz1", "host": "slurmctl01", "job": "slurmctld", "node": "cn017"},
    {"summary": "drain_nodes: node cn017 state set to DRAIN",
     "description": "drain_nodes: node cn017 state set to DRAIN (Reason=kernel update, scheduled maintenance [root@2026-12-05T08:00:00])"})

# --- Laravel Horizon (laravel/horizon): its own notifications, relayed to Alertmanager -------
HZ_WAIT = ("laravel/horizon", "src/Notifications/LongWaitDetected.php", "0507542e5a04ca3b47f910d3d54bd6852221b990")
HZ_PENDING = ("laravel/horizon", "src/Notifications/ManyPendingJobsDetected.php", "35e60bf19dea3d4d1eaf231eda1505022f161503")
HZ_MASTER = ("laravel/horizon", "src/Notifications/MasterSupervisorNotWorking.php", "7ad85c208a39798037e77097c8df3cd26381f30a")
HZ_L = {"app": "shop-backend", "environment": "production", "source": "laravel-horizon"}

add(HZ_WAIT, Q, "Horizon 'Long Wait Detected': a queue's wait time over its threshold (time spent waiting in a queue, rule 4)",
    {"alertname": "Long Wait Detected", "severity": "critical", "queue": "emails", **HZ_L},
    {"summary": "Long Wait Detected",
     "description": "[Shop Backend] The \"emails\" queue on the \"redis\" connection has a wait time of 742 seconds."})
add(HZ_PENDING, Q, "Horizon 'Many Pending Jobs Detected': 'Horizon has %s pending jobs.' (jobs waiting, rule 12)",
    {"alertname": "Many Pending Jobs Detected", "severity": "critical", **HZ_L},
    {"summary": "Many Pending Jobs Detected", "description": "[Shop Backend] Horizon has 18430 pending jobs."})
add(HZ_MASTER, N, "Horizon 'Supervisor inactive': 'The supervisor for horizon is actually not working' (the worker master process is not running; rules 7, 8)",
    {"alertname": "Supervisor inactive", "severity": "critical", **HZ_L},
    {"summary": "Supervisor inactive", "description": "[Shop Backend] The supervisor for horizon is actually not working"})

# --- Eclipse Mosquitto (eclipse-mosquitto/mosquitto): broker log lines -----------------------
MQ_C = "7b8aba105b77253309de24664bbae69d0cae3da0"
add(("eclipse-mosquitto/mosquitto", "lib/packet_mosq.c", MQ_C), Q,
    "Mosquitto 'Outgoing messages are being dropped for client %s.' (the client's outgoing queue reached max_queued_messages; a queue full of undelivered work, as rule 17's Fluentd buffer)",
    {"alertname": "MosquittoLogNotice", "severity": "warning", "instance": "mqtt-broker-1:1883", "job": "mosquitto", "client_id": "plant-gw-0042"},
    {"summary": "Outgoing messages are being dropped for client plant-gw-0042.",
     "description": "mosquitto[812]: 1733390121: Outgoing messages are being dropped for client plant-gw-0042."})
add(("eclipse-mosquitto/mosquitto", "lib/util_mosq.c", MQ_C), NULL,
    "Mosquitto 'Bridge connection %s has exceeded idle timeout, disconnecting.' (a bridge link closed for idleness; a link, rules 5 and 12)",
    {"alertname": "MosquittoLogNotice", "severity": "warning", "instance": "mqtt-broker-2:1883", "job": "mosquitto", "bridge": "cloud-uplink"},
    {"summary": "Bridge connection mqtt-broker-2.cloud-uplink has exceeded idle timeout, disconnecting.",
     "description": "mosquitto[655]: 1733390388: Bridge connection mqtt-broker-2.cloud-uplink has exceeded idle timeout, disconnecting."})

# --- Qubership ZooKeeper (Netcracker/qubership-zookeeper): its documented Prometheus alarms ----
QZK = ("Netcracker/qubership-zookeeper", "docs/public/monitoring.md", "71ca79ea958b8224b70dd672bea6155694886d0f")
QZK_L = {"namespace": "zookeeper-service", "project_name": "zookeeper-service", "host": "zookeeper-monitoring-7f9c"}

add(QZK, N, "Qubership ZooKeeper_Is_Down_Alarm: zookeeper_status_code == 10, 'All of ZooKeeper Service pods are down' (rule 4)",
    {"alertname": "ZooKeeper_Is_Down_Alarm", "severity": "disaster", **QZK_L},
    {"summary": "All of ZooKeeper Service pods are down", "description": "ZooKeeper is Down."})
add(QZK, N, "Qubership ZooKeeper_Is_Degraded_Alarm: zookeeper_status_code == 5, 'Some of ZooKeeper Service pods are down' (members down, rule 4)",
    {"alertname": "ZooKeeper_Is_Degraded_Alarm", "severity": "high", **QZK_L},
    {"summary": "Some of ZooKeeper Service pods are down", "description": "ZooKeeper is Degraded."})
add(QZK, NULL, "Qubership ZooKeeper_Last_Backup_Has_Failed_Alarm (a failed backup, rule 10)",
    {"alertname": "ZooKeeper_Last_Backup_Has_Failed_Alarm", "severity": "low", **QZK_L},
    {"summary": "ZooKeeper Last Backup Has Failed", "description": "ZooKeeper Last Backup Has Failed"})
add(QZK, NULL, "Qubership ZooKeeper_CPU_Load_Alarm (CPU, rule 2)",
    {"alertname": "ZooKeeper_CPU_Load_Alarm", "severity": "high", "pod": "zookeeper-2-5d8b7c9f4-xk2lq", **QZK_L},
    {"summary": "Some of ZooKeeper Service pod loads CPU higher then 95 percents", "description": "ZooKeeper CPU load is higher than 95 percents"})

# --- Ray (ray-project/ray): the GCS's node-removed error, relayed from the driver's log -------
RAY = ("ray-project/ray", "src/ray/gcs/gcs_server/gcs_node_manager.cc", "0052ed61c1d34147eea332386acfaf432cba25cb")
add(RAY, N, "Ray GCS 'has been marked dead because the detector has missed too many heartbeats from it' (a node lost; its '(1) raylet crashes unexpectedly (OOM, ...)' is a guess among two, rule 17)",
    {"alertname": "RayNodeRemoved", "severity": "critical", "ray_cluster": "train-a100", "namespace": "ml-platform", "ip": "10.42.7.19"},
    {"summary": "Ray node removed from cluster train-a100",
     "description": "The node with node id: 3b1f0c9a5e77d2c4a8f6e0b2d9c1a7e45f6b8d0c2e4a6b8d0f1e3c5a and address: 10.42.7.19 and node name: 10.42.7.19 has been marked dead because the detector has missed too many heartbeats from it. This can happen when a \t(1) raylet crashes unexpectedly (OOM, preempted node, etc.) \n\t(2) raylet has lagging heartbeats due to slow network or busy workload."})
add(RAY, NULL, "Ray GCS 'Draining node info, node id = ...' (a node drained on purpose by the autoscaler, rule 9)",
    {"alertname": "RayNodeEvent", "severity": "info", "ray_cluster": "train-a100", "namespace": "ml-platform"},
    {"summary": "Ray GCS event on train-a100",
     "description": "Draining node info, node id = 9e2d4f6a8c0b1e3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a"})

# --- Apache Qpid Broker-J (apache/qpid-broker-j): operational log messages, via a log alert ----
QPID_C = "1df338ce921cc0f1d8bd11e634c816a957b69a51"
QPID_D = "broker-core/src/main/java/org/apache/qpid/server/logging/messages/"
QPID_Q = ("apache/qpid-broker-j", QPID_D + "Queue_logmessages.properties", QPID_C)
QPID_CH = ("apache/qpid-broker-j", QPID_D + "Channel_logmessages.properties", QPID_C)
QPID_HA = ("apache/qpid-broker-j", QPID_D + "HighAvailability_logmessages.properties", QPID_C)
QPID_VH = ("apache/qpid-broker-j", QPID_D + "VirtualHost_logmessages.properties", QPID_C)
QPID_CON = ("apache/qpid-broker-j", QPID_D + "Connection_logmessages.properties", QPID_C)


def qpid(code, line, logger, subject, severity="warning", queue=None):
    """A log-based alert on Broker-J's operational log (one alert per message code)."""
    labels = {"alertname": "QpidBrokerOperationalLog", "severity": severity, "instance": "qpid-broker-0:5672",
              "job": "qpid-broker-j", "virtualhost": "default", "code": code}
    if queue:
        labels["queue"] = queue
    full = f"2026-12-05 10:12:01,234 INFO  [IO-/10.20.0.5:41234] ({logger}) - {subject} {line}"
    return labels, {"summary": f"{code} on qpid-broker-0", "description": full}


add(QPID_Q, Q, "Qpid Broker-J QUE-1003 'Overfull': a queue over its capacity, producers held back (work waiting, rule 4)",
    *qpid("QUE-1003", "QUE-1003 : Overfull : Size : 1,048,912 bytes, Capacity : 1,048,576, Messages : 20,412, Message Capacity : 20,000",
          "q.m.q.overfull", "[vh(/default)/qu(orders.inbound)]", queue="orders.inbound"))
add(QPID_Q, NULL, "Qpid Broker-J QUE-1004 'Underfull': the queue back under its resume capacity (a recovery, rule 14)",
    *qpid("QUE-1004", "QUE-1004 : Underfull : Size : 524,100 bytes, Resume Capacity : 838,860, Messages : 9,870, Message Capacity : 20,000",
          "q.m.q.underfull", "[vh(/default)/qu(orders.inbound)]", severity="info", queue="orders.inbound"))
add(QPID_Q, NULL, "Qpid Broker-J QUE-1005 'Dropped': a ring queue discarding its oldest messages at its size limit (data deleted by a retention size limit, rule 8)",
    *qpid("QUE-1005", "QUE-1005 : Dropped : 500 messages, Depth : 262,144 bytes, 5,000 messages, Capacity : 262,144 bytes, 5,000 messages",
          "q.m.q.dropped", "[vh(/default)/qu(telemetry.ring)]", queue="telemetry.ring"))
add(QPID_Q, NULL, "Qpid Broker-J QUE-1002 'Delete': a queue deleted (rule 10)",
    *qpid("QUE-1002", 'QUE-1002 : Delete : "tmp_7f3a2c" : Lifetime : DELETE_ON_NO_OUTBOUND_LINKS',
          "q.m.q.delete", "[vh(/default)/qu(tmp_7f3a2c)]", severity="info", queue="tmp_7f3a2c"))
add(QPID_CH, NULL, "Qpid Broker-J CHN-1011 'moved to dead letter queue' (a dead-lettered message, rule 12)",
    *qpid("CHN-1011", "CHN-1011 : Message : 48213 moved to dead letter queue : orders.inbound_DLQ",
          "q.m.c.deadlettermsg", "[con:37(app@/10.20.1.17:51822/default)/ch:1]", queue="orders.inbound"))
add(QPID_HA, N, "Qpid Broker-J HA-1009 'Insufficient replicas contactable' (HA group members unreachable, rule 11)",
    *qpid("HA-1009", "HA-1009 : Insufficient replicas contactable", "q.m.h.quorum_lost",
          "[grp(/qpid-ha)/vhn(/node1)]", severity="critical"))
add(QPID_HA, NULL, "Qpid Broker-J HA-1004 'Removed : Node' (a node removed from the group by an operator, rules 9 and 11)",
    *qpid("HA-1004", "HA-1004 : Removed : Node : 'node3' (qpid-broker-2:5000)", "q.m.h.removed",
          "[grp(/qpid-ha)/vhn(/node1)]", severity="info"))
add(QPID_VH, "disk_full", "Qpid Broker-J VHT-1006 'Filesystem is over N per cent full, enforcing flow control' (the store's disk full; flow control is its consequence, rules 1 and 2)",
    *qpid("VHT-1006", "VHT-1006 : Filesystem is over 90 per cent full, enforcing flow control.", "q.m.v.filesystem_full",
          "[vh(/default)/ms(BDBMessageStore)]", severity="critical"))
add(QPID_CON, NULL, "Qpid Broker-J CON-1003 'Closed due to inactivity' (an idle client connection closed, rule 12)",
    *qpid("CON-1003", "CON-1003 : Closed due to inactivity : Heartbeat timeout", "q.m.c.idle_close",
          "[con:52(app@/10.20.1.33:40112/default)]", severity="info"))

# --- Discourse (discourse/discourse): the admin dashboard's Sidekiq problem check ------------
DISC = ("discourse/discourse", "app/services/problem_check/sidekiq_check.rb", "0f145a0033179b76a9ad2203e04e3f07d1e77cd7")
add(DISC, Q, "Discourse problem check 'dashboard.problem.queue_size': Jobs.queued >= 100000 (jobs waiting; the Sidekiq sentence only guesses, rules 12 and 17)",
    {"alertname": "DiscourseAdminProblem", "severity": "warning", "site": "forum.example.org", "problem": "queue_size", "priority": "low"},
    {"summary": "Discourse dashboard problem on forum.example.org",
     "description": "The number of queued jobs is 134522, which is high. This could indicate a problem with the Sidekiq process(es), or you may need to add more Sidekiq workers."})

# --- OpenPBS (openpbs/openpbs): pbs_server node log lines ------------------------------------
PBS = ("openpbs/openpbs", "src/server/node_manager.c", "cd7ab5edaf03dcac2f1cb9e2f42d75eb117d468a")
add(PBS, N, "OpenPBS 'node down: communication closed' (the server lost its MoM, rule 11)",
    {"alertname": "PBSNodeDown", "severity": "critical", "cluster": "pbs-chem", "host": "pbs-server01", "vnode": "c3n14"},
    {"summary": "pbs_server: c3n14 node down",
     "description": "12/05/2026 10:31:07;0001;Server@pbs-server01;Node;c3n14;node down: communication closed"})
add(PBS, N, "OpenPBS 'Job requeued, execution node %s down' (the job's node is down, rule 4)",
    {"alertname": "PBSJobRequeued", "severity": "warning", "cluster": "pbs-chem", "host": "pbs-server01", "job_id": "48211.pbs-server01"},
    {"summary": "Job 48211.pbs-server01 requeued",
     "description": "Job requeued, execution node c3n14 down"})

# --- Karafka Web UI (karafka/karafka-web): its status page's failures and warnings ----------
KW_C = "d34c548b99a4216332916888a9a3659a3fb761f4"
KW = "lib/karafka/web/ui/views/status/"
KW_L = {"app": "orders-karafka", "environment": "production", "source": "karafka-web-status"}
add(("karafka/karafka-web", KW + "failures/_materializing_lag.erb", KW_C), Q,
    "Karafka Web status 'Materializing lag': the Web UI consumer lagging behind its reports topic (a consumer behind, rule 12)",
    {"alertname": "KarafkaWebStatusFailure", "severity": "warning", "check": "materializing_lag", **KW_L},
    {"summary": "Materializing lag",
     "description": "The Web UI consumer is experiencing a significant lag in materializing and refreshing system states. This usually indicates that the consumer process assigned to handle Web UI data is under heavy load. Currently, the reporting is lagging by at least 412 seconds."})
add(("karafka/karafka-web", KW + "warnings/_replication.erb", KW_C), NULL,
    "Karafka Web status warning on topics' replication factor (a configuration recommendation, not lag; rule 9)",
    {"alertname": "KarafkaWebStatusWarning", "severity": "info", "check": "replication", **KW_L},
    {"summary": "Replication",
     "description": "It is recommended to have a replication factor greater than 1 for all the Karafka Web UI topics in a production environment. Current replication factors for Karafka Web UI topics: karafka_consumers_states: 1, karafka_consumers_reports: 1"})

# --- ServicePulse (Particular/ServicePulse): NServiceBus monitoring texts --------------------
SP_C = "34a6ebba4e1a6381eeaa1c9ec4bed0c80afd6f70"
SP_MON = ("Particular/ServicePulse", "src/Frontend/src/resources/MonitoringResources.ts", SP_C)
SP_AUDIT = ("Particular/ServicePulse", "src/Frontend/src/components/audit/AuditList.vue", SP_C)
SP_ROW = ("Particular/ServicePulse", "src/Frontend/src/components/monitoring/EndpointListRow.vue", SP_C)
SP_L = {"source": "servicepulse", "servicecontrol": "particular.monitoring"}


def sp_metric(alertname, endpoint, tooltip, value, severity="warning"):
    """A rule on ServiceControl Monitoring's per-endpoint metric, the dashboard's tooltip as its text."""
    return ({"alertname": alertname, "severity": severity, "endpoint": endpoint, **SP_L},
            {"summary": f"{alertname} on {endpoint}: {value}", "description": tooltip})


add(SP_MON, Q, "ServicePulse 'Queue length: The number of messages waiting to be processed in the input queue(s)' (queue depth, rule 4)",
    *sp_metric("NServiceBusQueueLengthHigh", "Sales.OrderProcessor", "Queue length: The number of messages waiting to be processed in the input queue(s) of the endpoint.", "18,240 msgs (threshold 1,000)"))
add(SP_MON, Q, "ServicePulse 'Critical time: The elapsed time from when a message was sent, until it was successfully processed' (time from produce to consume, rule 7)",
    *sp_metric("NServiceBusCriticalTimeHigh", "Billing.Invoicing", "Critical time: The elapsed time from when a message was sent, until it was successfully processed by a receiving endpoint.", "14m 22s (threshold 2m)"))
add(SP_MON, NULL, "ServicePulse 'Scheduled retries' (messages scheduled for retry; rules 10 and 12)",
    *sp_metric("NServiceBusScheduledRetriesHigh", "Shipping.Labels", "Scheduled retries: The number of messages per second scheduled for retries (immediate or delayed).", "3.4 msgs/s"))
add(SP_ROW, NULL, "ServicePulse 'No metrics received or endpoint is not configured to send metrics' (a stale metric feed, rule 8's absent look-alike)",
    {"alertname": "NServiceBusEndpointMetricsStale", "severity": "warning", "endpoint": "Crm.Sync", **SP_L},
    {"summary": "Crm.Sync: no monitoring data", "description": "No metrics received or endpoint is not configured to send metrics"})
add(SP_AUDIT, N, "ServicePulse 'All ServiceControl Audit instances are not responding.' ('offline or unreachable', rule 4)",
    {"alertname": "ServiceControlAuditUnavailable", "severity": "critical", **SP_L},
    {"summary": "All ServiceControl Audit instances are not responding.",
     "description": "The configured audit instances appears to be offline or unreachable. Check that the service is running and accessible."})
add(SP_AUDIT, N, "ServicePulse 'Some ServiceControl Audit instances are not responding.' (instances offline, rule 4)",
    {"alertname": "ServiceControlAuditPartiallyUnavailable", "severity": "warning", **SP_L},
    {"summary": "Some ServiceControl Audit instances are not responding.",
     "description": "One or more audit instances appear to be offline. Some audit data may be unavailable until all instances are restored."})

# --- Nagios plugins: jonschipp/nagios-plugins and opinkerfi/nagios-plugins status lines ------
JS_C = "795602bd9fe83da6141388e01835081f55c06f1e"
OK_C = "ffbdd754d4c24ce539573c06fb50e56bfafc87f7"


def nagios(host, service, state, output, severity=None):
    """A Nagios/Icinga service result relayed to Alertmanager by a notification bridge (our frame)."""
    sev = severity or {"CRITICAL": "critical", "WARNING": "warning", "OK": "info"}[state]
    return ({"alertname": service, "host": host, "state": state, "severity": sev, "source": "icinga2"},
            {"summary": f"{host}/{service} is {state}", "description": output})


add(("jonschipp/nagios-plugins", "check_rsyslog.sh", JS_C), Q,
    "check_rsyslog.sh -T queued: 'CRITICAL: $BASENAME: $COUNT queued messages' (logs waiting in rsyslog's queue, rule 4)",
    *nagios("loghost-02", "rsyslog_queue", "CRITICAL", "CRITICAL: impstats.log: 48211 queued messages"))
add(("jonschipp/nagios-plugins", "check_service.sh", JS_C), N,
    "check_service.sh: '$SERVICE is not running: no output from service command' (a service not running, rule 7)",
    *nagios("app-07", "service_nginx", "CRITICAL", "nginx is not running: no output from service command"))
add(("jonschipp/nagios-plugins", "check_ossec.sh", JS_C), N,
    "check_ossec.sh: 'An OSSEC service is not running!' (a process not running, rule 7)",
    *nagios("siem-01", "ossec_services", "CRITICAL", "An OSSEC service is not running!"))
add(("jonschipp/nagios-plugins", "check_enq.sh", JS_C), NULL,
    "check_enq.sh OK line 'No queues in down state' (a normal status line, rule 14)",
    *nagios("aix-print01", "print_queues", "OK", "No queues in down state"))
add(("opinkerfi/nagios-plugins", "check_ironport/check_ironport", OK_C), Q,
    "check_ironport queue: 'QUEUE CRITICAL: N msgs' (messages waiting in the mail gateway's queue, rule 4)",
    *nagios("esa-01.mail.example.is", "ironport_queue", "CRITICAL", "QUEUE CRITICAL: 12840 msgs | RESULT=12840;5000;10000;"))
add(("opinkerfi/nagios-plugins", "check_ironport/check_ironport", OK_C), Q,
    "check_ironport workqueue: 'WORKQUEUE WARNING: N msgs' (msgs_in_work_queue waiting to be processed, rule 4)",
    *nagios("esa-02.mail.example.is", "ironport_workqueue", "WARNING", "WORKQUEUE WARNING: 640 msgs | RESULT=640;500;1000;"))
add(("opinkerfi/nagios-plugins", "check_ironport/check_ironport", OK_C), "disk_full",
    "check_ironport queuedisk_usage: 'QueueDisk Usage CRITICAL: N%' (the queue's disk near full: storage capacity, rule 2)",
    *nagios("esa-01.mail.example.is", "ironport_queuedisk", "CRITICAL", "QueueDisk Usage CRITICAL: 93% | RESULT=93%;80;90;"))
add(("opinkerfi/nagios-plugins", "check_rhcs/check_rhcs", OK_C), N,
    "check_rhcs: 'WARNING: Local node state is offline!' (a cluster node offline, rule 11)",
    *nagios("rhcs-node2", "rhcs_node", "WARNING", "WARNING: Local node state is offline!"))
add(("opinkerfi/nagios-plugins", "check_rhcs/check_rhcs", OK_C), N,
    "check_rhcs: 'CRITICAL: RGManager service not running on <node>!' (a daemon not running, rule 7)",
    *nagios("rhcs-node1", "rhcs_node", "CRITICAL", "CRITICAL: RGManager service not running on rhcs-node1!", severity="critical"))
add(("opinkerfi/nagios-plugins", "check_rhcs/check_rhcs", OK_C), NULL,
    "check_rhcs: 'Service <svc> on <node> is in frozen state' (a service frozen by an operator with clusvcadm -Z, rule 9)",
    *nagios("rhcs-node1", "rhcs_service_db", "WARNING", "WARNING: Service service:pgsql on rhcs-node1 is in frozen state"))
add(("opinkerfi/nagios-plugins", "check_rhcs/check_rhcs", OK_C), NULL,
    "check_rhcs OK: 'Cluster node <node> is online and cluster is quorate.' (a normal status line, rule 14)",
    *nagios("rhcs-node3", "rhcs_node", "OK", "OK: Cluster node rhcs-node3 is online and cluster is quorate."))

# --- kOps (kubernetes/kops): `kops validate cluster` failures from a scheduled validation job --
KOPS = ("kubernetes/kops", "pkg/validation/validate_cluster.go", "004831cd8494e22165401891969def6da3b22151")
KOPS_L = {"job": "kops-validate", "namespace": "platform-ops", "kops_cluster": "prod-eu1.k8s.example.net"}
add(KOPS, N, "kOps validation 'your nodes are NOT ready %s' (worker nodes not Ready, rule 4's NodeNotReady)",
    {"alertname": "KopsClusterValidationFailed", "severity": "critical", **KOPS_L},
    {"summary": "kops validate cluster failed for prod-eu1.k8s.example.net",
     "description": "your nodes are NOT ready prod-eu1.k8s.example.net"})
add(KOPS, N, "kOps validation 'your masters are NOT ready %s' (control-plane nodes not Ready, rule 4)",
    {"alertname": "KopsClusterValidationFailed", "severity": "critical", **KOPS_L},
    {"summary": "kops validate cluster failed for prod-eu1.k8s.example.net",
     "description": "your masters are NOT ready prod-eu1.k8s.example.net"})

# --- confluent-kafka-python (confluentinc/confluent-kafka-python): consumer group states ------
CKP = ("confluentinc/confluent-kafka-python", "src/confluent_kafka/_model/__init__.py", "00c362dd30bcc70bb8f0dd7b450bda3eaed3bdc0")


def group_state(group, state, doc):
    """A cron check built on AdminClient.describe_consumer_groups(), the enum's docstring quoted."""
    return ({"alertname": "KafkaConsumerGroupState", "severity": "warning", "consumer_group": group,
             "state": state, "cluster": "kafka-prod-eu"},
            {"summary": f"Consumer group {group} is {state}", "description": f"ConsumerGroupState.{state}: {doc}"})


add(CKP, NULL, "confluent-kafka ConsumerGroupState.PREPARING_REBALANCING 'Preparing rebalance for the consumer group.' (a rebalance, no lag measured; brief's look-alike, rule 10)",
    *group_state("orders-enricher", "PREPARING_REBALANCING", "Preparing rebalance for the consumer group."))
add(CKP, NULL, "confluent-kafka ConsumerGroupState.COMPLETING_REBALANCING 'Consumer Group is completing rebalancing.' (a rebalance, rule 10)",
    *group_state("payments-ledger", "COMPLETING_REBALANCING", "Consumer Group is completing rebalancing."))

# --- GoBGP (osrg/gobgp): FSM log lines shipped as log alerts -------------------------------
GOBGP = ("osrg/gobgp", "pkg/server/fsm.go", "b7d523b6b3e5339b6567478d475fa3cf378560f8")
add(GOBGP, NULL, "GoBGP 'Peer Down' with Reason hold-timer-expired (a BGP session down: a link, rule 5)",
    {"alertname": "GoBGPPeerDown", "severity": "critical", "instance": "edge-rtr-1:50051", "job": "gobgpd", "peer": "192.0.2.14"},
    {"summary": "BGP peer 192.0.2.14 down on edge-rtr-1",
     "description": "level=INFO msg=\"Peer Down\" Topic=Peer Key=192.0.2.14 State=BGP_FSM_ESTABLISHED Reason=hold-timer-expired"})
add(GOBGP, NULL, "GoBGP 'hold timer expired' (the BGP session's keepalives missed; a routing peer, rules 5 and 11)",
    {"alertname": "GoBGPLogWarning", "severity": "warning", "instance": "edge-rtr-2:50051", "job": "gobgpd", "peer": "198.51.100.9"},
    {"summary": "gobgpd warning on edge-rtr-2",
     "description": "level=WARN msg=\"hold timer expired\" Topic=Peer Key=198.51.100.9 State=BGP_FSM_ESTABLISHED"})

# --- IBM MQ metrics (ibm-messaging/mq-metric-samples): rules on the mq_prometheus collector ----
MQM_C = "6ce6632e7cab61ec3c274e92bf50fcb840bf131e"
MQM_ZOS = ("ibm-messaging/mq-metric-samples", "cmd/mq_prometheus/zOS_Status.json", MQM_C)
MQM_README = ("ibm-messaging/mq-metric-samples", "cmd/mq_prometheus/README.md", MQM_C)
MQM_L = {"job": "ibmmq", "qmgr": "QM1PROD", "platform": "ZOS"}
add(MQM_ZOS, Q, "mq_prometheus 'Queue Full%' panel: 100 * ibmmq_queue_depth / ibmmq_queue_attribute_max_depth over 80 (queue depth against its maximum, rule 4)",
    {"alertname": "IBMMQQueueFullPercentHigh", "severity": "warning", "queue": "APP.ORDERS.IN", **MQM_L},
    {"summary": "Queue Full% of APP.ORDERS.IN@QM1PROD is 87%",
     "description": "(100 * ibmmq_queue_depth{platform=\"ZOS\"})/ibmmq_queue_attribute_max_depth = 87 for queue APP.ORDERS.IN on QM1PROD"})
add(MQM_ZOS, Q, "mq_prometheus 'Message Age' panel: ibmmq_queue_oldest_message_age over 10 minutes (time waiting in a queue, rule 4)",
    {"alertname": "IBMMQOldestMessageAgeHigh", "severity": "critical", "queue": "APP.PAYMENTS.REQ", **MQM_L},
    {"summary": "Oldest msg: APP.PAYMENTS.REQ@QM1PROD is 1843s old",
     "description": "ibmmq_queue_oldest_message_age{queue=\"APP.PAYMENTS.REQ\",qmgr=\"QM1PROD\"} = 1843"})
add(MQM_ZOS, NULL, "mq_prometheus 'Message Age' panel: ibmmq_queue_time_since_put high (no new message put for a while: an idle producer, no work waiting)",
    {"alertname": "IBMMQNoRecentPut", "severity": "warning", "queue": "APP.AUDIT.EVT", **MQM_L},
    {"summary": "No put to APP.AUDIT.EVT@QM1PROD for 3600s",
     "description": "ibmmq_queue_time_since_put{queue=\"APP.AUDIT.EVT\",qmgr=\"QM1PROD\"} = 3600"})
add(MQM_ZOS, NULL, "mq_prometheus 'Channel Status' panel: a sender channel RETRYING (an MQ channel is a link between queue managers, rule 5)",
    {"alertname": "IBMMQChannelNotRunning", "severity": "warning", "channel": "QM1PROD.TO.QM2DR", "status": "RETRYING", **MQM_L},
    {"summary": "Channel QM1PROD.TO.QM2DR status RETRYING",
     "description": "ibmmq_channel_status{channel=\"QM1PROD.TO.QM2DR\",platform=\"ZOS\"} = 5 (RETRYING)"})
add(MQM_README, N, "mq_prometheus README: with keepRunning the collector returns 'a single metric qmgr_status indicating that the queue manager is down' (a broker down, rule 4)",
    {"alertname": "IBMMQQueueManagerDown", "severity": "critical", "job": "ibmmq", "qmgr": "QM2DR", "platform": "UNIX"},
    {"summary": "Queue manager QM2DR is down",
     "description": "ibmmq_qmgr_status{qmgr=\"QM2DR\"} == 0: the collector is running but the queue manager is not available"})

# --- More from sources above -----------------------------------------------------------------
SLURM_JOB = ("SchedMD/slurm", "src/slurmctld/job_mgr.c", SLURM_C)
add(SLURM_JOB, N, "Slurm 'Killing %pJ on failed node %s' (a job killed because its node failed, rule 4)",
    *slurm_log("SlurmJobOnFailedNode", "slurmctl01", "Killing JobId=991842 on failed node cn043", severity="warning"))
HZ_MEM = ("laravel/horizon", "src/Listeners/MonitorMasterSupervisorMemory.php", "d9c39ce4e9050b33a2ff9d2cee21646a18d4cc92")
add(HZ_MEM, "out_of_memory", "Horizon master supervisor 'Memory limit exceeded: Using N/NMB. Consider increasing horizon.memory_limit.' (its own memory limit; it then terminates: the cause, rules 1 and 12)",
    {"alertname": "HorizonSupervisorLog", "severity": "critical", **HZ_L},
    {"summary": "horizon master supervisor error", "description": "Memory limit exceeded: Using 71/64MB. Consider increasing horizon.memory_limit."})

# --- Shoryuken (ruby-shoryuken/shoryuken) and taskiq (taskiq-python/taskiq): worker log lines --
SHORYUKEN = ("ruby-shoryuken/shoryuken", "lib/shoryuken/middleware/server/timing.rb", "5c46ebf58913f22153c1d719812218f34db9e145")
TASKIQ = ("taskiq-python/taskiq", "taskiq/cli/worker/process_manager.py", "ae2b788007a4c985394dda913f4df875ec79711a")
add(SHORYUKEN, NULL, "Shoryuken 'exceeded the queue visibility timeout by N ms' (a job ran longer than the SQS visibility timeout: the job's own run time, rule 10)",
    {"alertname": "ShoryukenLogWarning", "severity": "warning", "app": "billing-worker", "queue": "billing-invoices", "namespace": "billing"},
    {"summary": "Shoryuken warning in billing-worker",
     "description": "WARN: [InvoiceRenderWorker/billing-invoices/5f8c2d1e] exceeded the queue visibility timeout by 41230 ms"})
add(TASKIQ, "crash_loop", "taskiq 'Max restarts reached. Exiting.' (the process manager gave up after --max-fails worker restarts; a give-up state, rule 15)",
    {"alertname": "TaskiqWorkerLog", "severity": "critical", "app": "reports-taskiq", "namespace": "reports"},
    {"summary": "taskiq worker manager exited", "description": "[taskiq.process-manager] WARNING - Max restarts reached. Exiting."})
add(TASKIQ, NULL, "taskiq '<worker> is dead. Scheduling reload.' (one worker process died and is reloaded: one restart, rules 7 and 15)",
    {"alertname": "TaskiqWorkerLog", "severity": "info", "app": "reports-taskiq", "namespace": "reports"},
    {"summary": "taskiq worker reloaded", "description": "[taskiq.process-manager] INFO - worker-2 is dead. Scheduling reload."})

family.write()
