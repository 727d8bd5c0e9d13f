#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_vendor13.jsonl: alerts rendered from monitoring products'
own check manuals and shipped alert rules that no corpus used before -- Checkmk's check manual
pages (`checkman/*`: what each check reports at WARN/CRIT, rendered as the Checkmk notification
carries it, host, service description, state and plugin output, some as the mail plugin's
subject and body), Sysdig's PromCat alert packs (sysdiglabs/promcat-resources: Kafka,
Elasticsearch, Redis, PostgreSQL, RabbitMQ, HAProxy ingress, the OpenShift router, PHP-FPM,
Harbor, Oracle, Windows, nginx-ingress and the AWS integrations, rendered as a Sysdig Monitor
notification: name, severity, scope, condition), LibreNMS's shipped alert rules not quoted yet
(misc/alert_rules.json: sensors, power supplies, fans, UPS states, ping latency, port
utilisation, poller and service checks) in LibreNMS's default template, and the Application Load
Balancer's documented HTTP errors (awsdocs) as CloudWatch alarms delivered by SNS.

Many items are look-alikes that POLICY.md keeps null: CPU, load, temperature, fans, power
supplies, UPS on battery, interface link and errors, port bandwidth, ping round-trip time, disk
I/O latency and queue depth, ECC memory, a failed unit, one restart, a short uptime, a monitor's
own polling, maintenance, dead letters, an empty queue, cluster red, under-replicated partitions,
failed replications (broken, not lag).

Each item keeps the facts of the template (its metric, its states, its thresholds) but is our own
text: hosts, clusters and numbers are made up. Every item is labelled by hand under
tests/fixtures/corpus/POLICY.md (rules 1-17) from the template's meaning before the classifier ran
on the file; the label is written next to the item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_vendor13.jsonl")

# ---------------------------------------------------------------------------------- sources
CMK = "Checkmk/checkmk"
CMK_MAIL = (CMK, "cmk/notification_plugins/mail.py", "e356208fa46a425cd008fe679776f92712e4adaf")
MAN = {
    "df": "1e2311db556d506f598e81aa4afdea9db8b87ed8",
    "mem_used": "0e3034ac8c6170d1b4593c092a9377e93d903cf2",
    "oracle_tablespaces": "02b8cf8d90278f33f3169bc7841d72afc4d748aa",
    "mysql_connections": "18ee0159828de5550d66896dc95335e9cb41f07f",
    "postgres_connections": "63c79b5d1a0323cb20429ba1c8521b8f7141dc7c",
    "mongodb_connections": "1678281c2628f0d5299bfe0a2a747afc3f862132",
    "mysql_slave": "1678281c2628f0d5299bfe0a2a747afc3f862132",
    "mongodb_replica_set": "0e3034ac8c6170d1b4593c092a9377e93d903cf2",
    "ad_replication": "082c6091cb65631aab59c3aecaa111a2b3861abc",
    "postfix_mailq": "28bc0a0755986cb383162e62bf4fc41d2f076adb",
    "ibm_mq_queues": "18ee0159828de5550d66896dc95335e9cb41f07f",
    "haproxy_server": "2399551d86caeb51d213ff6b1dff0dfadbc4d812",
    "f5_bigip_pool": "2a32f9f96de00ec04b2b63142b342504e0e90f4d",
    "services": "083ec51998e27a5c407fc7f35e918887fb3413bf",
    "ps": "0d12b2b35dc39ad7ef9a3606019b17ab53ee213d",
    "docker_container_status": "14fe6bd9a3e2efe3d8c53fc8dabb92d408c9a9b0",
    "kube_pod_status": "2399551d86caeb51d213ff6b1dff0dfadbc4d812",
    "kube_pod_restarts": "2399551d86caeb51d213ff6b1dff0dfadbc4d812",
    "uptime": "0319c57804c99e231514a85510f415c257d1ca9d",
    "systemd_units_services": "0e3034ac8c6170d1b4593c092a9377e93d903cf2",
    "cpu_loads": "0e3034ac8c6170d1b4593c092a9377e93d903cf2",
    "lnx_thermal": "132e43d505d0e95dda5a9e09f4ba33fc5f7a3182",
    "interfaces": "96296259edb069e72cb6d29c17df5d8adac54739",
    "diskstat": "14fe6bd9a3e2efe3d8c53fc8dabb92d408c9a9b0",
}
PROMCAT = "sysdiglabs/promcat-resources"
PROMCAT_COMMIT = "2d16c6db1eb162033763225a0de254375d69409d"
LIBRENMS = ("librenms/librenms", "misc/alert_rules.json", "00221fa5c838dbd687d36c96edb3bfee9070d37a")
ALB_DOC = ("awsdocs/elb-application-load-balancers-user-guide", "doc_source/load-balancer-troubleshooting.md",
           "10251a799ee4ba8a5526829aa040c5ae0ddccd6d")


# ---------------------------------------------------------------------------------- renderers
def checkmk(check, expected, source, host, service, state, output):
    """A Checkmk service problem as the notification carries it: the service description is the
    alert's name, the plugin output its summary (`STATE - output`)."""
    family.add((CMK, f"checkman/{check}", MAN[check]), expected, f"Checkmk check '{check}': {source}",
               {"alertname": service, "host": host, "service": service, "state": state, "sender": "checkmk"},
               {"summary": f"{state} - {output}"})


def checkmk_mail(check, expected, source, host, service, event, output):
    """The same problem as the mail plugin's default subject and body (`Check_MK: host/service
    OK -> CRIT`, `Host:`, `Service:`, `Event:`, `Output:`); the fact is the check's manual page."""
    family.add((CMK, f"checkman/{check}", MAN[check]), expected,
               f"Checkmk check '{check}' in the mail plugin's default subject and body ({CMK_MAIL[1]}): {source}",
               {"alertname": service, "host": host, "service": service, "sender": "checkmk"},
               {"subject": f"Check_MK: {host}/{service} {event}",
                "body": f"Host:     {host}\nService:  {service}\nEvent:    {event}\nOutput:   {output}"})


def checkmk_host(expected, source, host, event, output):
    """A host notification of the mail plugin (`Check_MK: host - UP -> DOWN`)."""
    family.add(CMK_MAIL, expected, f"Checkmk host notification (mail plugin): {source}",
               {"alertname": "Host state", "host": host, "sender": "checkmk"},
               {"subject": f"Check_MK: {host} - {event}",
                "body": f"Host:     {host}\nEvent:    {event}\nOutput:   {output}"})


SEV = {"critical": "high", "warning": "medium", "info": "info"}


def sysdig(pack, expected, name, severity, scope, description, condition, path=None):
    """A PromCat rule as a Sysdig Monitor notification: the rule's name, Sysdig's severity word, the
    scope's labels, our description and the condition with the value it reached."""
    path = path or f"resources/{pack}/include/alerts/alerts.yaml"
    labels = {"alertname": name, "severity": SEV[severity], "sender": "sysdig"}
    labels.update(scope)
    family.add((PROMCAT, path, PROMCAT_COMMIT), expected, f"Sysdig PromCat {pack} rule '{name}'", labels,
               {"description": description, "condition": condition})


def librenms(expected, rule, severity, host, faults, source=None, ts="2026-11-28 03:12:40", uid=7731):
    """A LibreNMS shipped rule in its default alert template."""
    family.add(LIBRENMS, expected, f"LibreNMS rule '{rule}'" + (f" ({source})" if source else ""),
               {"alertname": rule, "severity": severity, "hostname": host, "sysName": host},
               {"summary": f"Alert for device {host} - {rule}",
                "description": f"Severity: {severity}\nTimestamp: {ts}\nUnique-ID: {uid}\nRule: {rule}\nFaults:\n"
                               + "\n".join(f" #{i + 1}: {f}" for i, f in enumerate(faults))})


def alb(expected, name, metric, description, values, threshold, source):
    """An alarm on an Application Load Balancer metric as SNS delivers it to the cloudwatch source."""
    n = len(values)
    points = ", ".join(f"{float(v):.1f} (27/11/26 22:{(14 - i) % 60:02d}:00)" for i, v in enumerate(values))
    msg = (f"Threshold Crossed: {n} out of the last {n} datapoints [{points}] were greater than or equal to "
           f"the threshold ({float(threshold):.1f}) (minimum {n} datapoints for OK -> ALARM transition).")
    family.add(ALB_DOC, expected, f"ALB documented error as a CloudWatch alarm: {source}",
               {"alertname": name, "region": "EU (Ireland)", "namespace": "AWS/ApplicationELB", "metric": metric,
                "sender": "cloudwatch"},
               {"description": description, "message": msg})


# ====================================================================== Checkmk check manuals
# ---------------------------------------------------------------- disks, memory (rule 2)
checkmk("df", "disk_full", "filesystem used above the crit level", "files-02", "Filesystem /srv/nfs", "CRIT",
        "Used: 95.82% - 1.92 TiB of 2.00 TiB (warn/crit at 80.00%/90.00% used)(!!), trend: +12.3 GiB / 24 hours")
checkmk("df", "disk_full", "time left until the filesystem is full (trend)", "build-agent-7", "Filesystem /var/lib/docker",
        "WARN", "Used: 74.10% - 148 GiB of 200 GiB, trend: +31.7 GiB / 24 hours, Time left until disk full: 1 day 15 hours (warn/crit below 2 days/1 day)(!)")
checkmk_mail("df", "disk_full", "Windows drive above the levels", "WSFILE01", "Filesystem D:/", "WARN -> CRIT",
             "Used: 97.40% - 487 GiB of 500 GiB (warn/crit at 90.00%/95.00% used)(!!)")
checkmk("mem_used", "out_of_memory", "virtual memory used by processes above RAM", "app-jvm-04", "Memory", "CRIT",
        "Total virtual memory: 203.51% - 32.6 GiB of 16.0 GiB RAM (warn/crit at 150.00%/200.00% used)(!!), RAM: 97.20% - 15.6 GiB of 16.0 GiB")
checkmk_mail("mem_used", "out_of_memory", "RAM and swap nearly used up", "etl-worker-2", "Memory", "OK -> WARN",
             "RAM: 96.8% - 61.9 GiB of 64.0 GiB, Swap: 88.1% - 7.05 GiB of 8.00 GiB, Total virtual memory: 160.44% (warn/crit at 150.00%/200.00% used)(!)")
checkmk("oracle_tablespaces", "disk_full", "tablespace free space below the levels, autoextend off", "ora-prod-1",
        "ORA PRODDB.USERS Tablespace", "CRIT",
        "ONLINE (PERMANENT), Size: 30.0 GiB, 29.3 GiB used (97.6%) of max. 30.0 GiB, Free: 729 MiB (warn/crit below 10.00%/5.00%)(!!), Autoextend: off")
checkmk_mail("oracle_tablespaces", "disk_full", "TEMP tablespace close to its maximum size", "ora-dwh-2",
             "ORA DWH.TEMP Tablespace", "OK -> WARN",
             "ONLINE (TEMPORARY), Size: 64.0 GiB, 58.9 GiB used (92.0%) of max. 64.0 GiB, Free: 5.12 GiB (warn/crit below 10.00%/5.00%)(!)")
# ---------------------------------------------------------------- connections against a limit (rule 2)
checkmk("mysql_connections", "connection_pool_exhaustion", "maximum parallel connections against max_connections",
        "mysql-shop-1", "MySQL Connections mysql", "CRIT",
        "Max. parallel connections since server start: 96.40% - 482 of 500 (warn/crit at 75.00%/90.00%)(!!)")
checkmk("postgres_connections", "connection_pool_exhaustion", "used percentage of the allowed connections",
        "pg-ledger-1", "PostgreSQL Connections ledger", "WARN",
        "Used connections: 171, Used percentage: 85.50% (warn/crit at 80.00%/90.00%)(!)")
checkmk_mail("mongodb_connections", "connection_pool_exhaustion", "connections used of the available ones",
             "rs-orders", "MongoDB Connections", "WARN -> CRIT",
             "Used connections: 93.12% - 47,676 of 51,200 (warn/crit at 80.00%/90.00%)(!!), Rate: 211/s")
# ---------------------------------------------------------------- replication (rules 5, 17)
checkmk("mysql_slave", "replication_lag", "time behind master above the levels", "mysql-rep-2", "MySQL Slave mysql",
        "CRIT", "Slave-IO: running, Relay log: 42.7 MiB, Slave-SQL: running, Time behind master: 21 minutes 8 seconds (warn/crit at 5 minutes 0 seconds/10 minutes 0 seconds)(!!)")
checkmk("mysql_slave", None, "IO thread not running (broken replication, not lag)", "mysql-rep-3", "MySQL Slave mysql",
        "CRIT", "Slave-IO: not running(!!), Relay log: 0 B, Slave-SQL: running, Time behind master: NULL")
checkmk_mail("mongodb_replica_set", "replication_lag", "secondary behind the primary", "rs-events",
             "MongoDB Replication Lag", "OK -> CRIT",
             "mongo-events-2:27017 is 9 minutes 41 seconds behind the primary mongo-events-0:27017 (warn/crit at 3 minutes 0 seconds/8 minutes 0 seconds)(!!)")
checkmk("ad_replication", None, "replication failures above the maximum (failed, not lagging)", "DC01",
        "AD Replication DC02", "CRIT",
        "DC=corp,DC=example: Failures: 27 (max 20)(!!), Last failure: 2026-11-27 21:14:05, Last success: 2026-11-25 08:02:51")
# ---------------------------------------------------------------- queues (rule 4)
checkmk("postfix_mailq", "queue_backlog", "mails waiting in the deferred queue", "mx-out-1", "Postfix Queue", "CRIT",
        "Deferred queue length: 1,847 (warn/crit at 10/20)(!!), Size: 96.4 MiB, Active queue length: 12")
checkmk_mail("ibm_mq_queues", "queue_backlog", "queue depth and oldest message age", "mq-hub-1",
             "IBM MQ Queue QMHUB:PAYMENTS.IN", "WARN -> CRIT",
             "Queue depth: 48,211 of 50,000 (warn/crit at 10,000/40,000)(!!), Oldest message: 41 minutes 3 seconds (warn/crit at 10 minutes/30 minutes)(!!), Open input count: 0")
# ---------------------------------------------------------------- down (rules 7, 9, 16)
checkmk("haproxy_server", "node_down", "backend server marked DOWN by its layer-4 check", "lb-edge-1",
        "HAProxy api_backend/app-03", "CRIT", "Status: DOWN(!!), Layer4 connection problem: Connection refused, Active")
checkmk("haproxy_server", "node_down", "backend server DOWN after its layer-7 check timed out", "lb-edge-2",
        "HAProxy checkout/web-11", "CRIT", "Status: DOWN(!!), Layer7 timeout: check took longer than 2000ms, Active")
checkmk("haproxy_server", None, "server put in maintenance (work done on purpose)", "lb-edge-1",
        "HAProxy api_backend/app-05", "CRIT", "Status: MAINT(!!), set to maintenance by admin")
checkmk_mail("f5_bigip_pool", "node_down", "no pool member up", "f5-dc1-a", "Load Balancing Pool /Common/web_pool",
             "OK -> CRIT", "0 of 4 members are up (warn/crit below 2/1)(!!), down/disabled nodes: web-01, web-02, web-03, web-04")
checkmk("f5_bigip_pool", "node_down", "members down by their monitors", "f5-dc1-b", "Load Balancing Pool /Common/api_pool",
        "WARN", "2 of 4 members are up (warn/crit below 3/1)(!), down/disabled nodes: api-07 (monitor down), api-08 (monitor down)")
checkmk("services", "node_down", "Windows service not running", "WSAPP03", "Service W3SVC", "CRIT",
        "World Wide Web Publishing Service: stopped (start type is auto)(!!)")
checkmk_mail("services", "node_down", "database service stopped", "SQLNODE2", "Service MSSQLSERVER", "OK -> CRIT",
             "SQL Server (MSSQLSERVER): stopped (start type is auto)(!!)")
checkmk("ps", "node_down", "no matching process", "proxy-03", "Process squid", "CRIT",
        "Processes: 0 (warn/crit below 1/1)(!!)")
checkmk("ps", None, "too many processes (a process count, like PIDs)", "web-legacy-1", "Process httpd", "WARN",
        "Processes: 231 (warn/crit at 200/250)(!), 2.41 GiB virtual, 1.12 GiB physical, 18.2% CPU")
checkmk("docker_container_status", "node_down", "container exited with a non-zero code", "docker-host-4",
        "Docker container status", "CRIT", "Container exited(!!), Exit code: 1, Finished at 2026-11-28 02:51:07")
checkmk("docker_container_status", "crash_loop", "container restarting over and over (policy always)", "docker-host-4",
        "Docker container status", "CRIT", "Container restarting(!!), RestartCount: 23, restart policy: always")
checkmk_host("node_down", "host no longer answers ping", "db-archive-7", "UP -> DOWN",
             "CRITICAL - 10.20.7.17: rta nan, lost 100%")
checkmk_host("node_down", "host unreachable behind its parent", "branch-rtr-12", "UP -> UNREACHABLE",
             "CRITICAL - 172.16.12.1: Host unreachable @ 10.0.0.1. rta nan, lost 100%")
# ---------------------------------------------------------------- pods: crash loops and their look-alikes (rules 4, 8, 15)
checkmk("kube_pod_status", "crash_loop", "container waiting in CrashLoopBackOff longer than the levels", "k8s-prod",
        "Status pod checkout-api-7d9f5c-x2kqp", "CRIT",
        "Status: CrashLoopBackOff (for 14 minutes 2 seconds) (warn/crit at 5 minutes 0 seconds/10 minutes 0 seconds)(!!)")
checkmk("kube_pod_status", None, "image cannot be pulled", "k8s-prod", "Status pod reports-5c8d7-vz9wn", "CRIT",
        "Status: ImagePullBackOff (for 11 minutes 40 seconds) (warn/crit at 5 minutes 0 seconds/10 minutes 0 seconds)(!!)")
checkmk_mail("kube_pod_status", "out_of_memory", "container terminated by the OOM killer", "k8s-batch",
             "Status pod indexer-0", "OK -> CRIT", "Status: OOMKilled (for 10 minutes 31 seconds) (warn/crit at 5 minutes 0 seconds/10 minutes 0 seconds)(!!)")
checkmk("kube_pod_restarts", "crash_loop", "many restarts in the last hour", "k8s-prod", "Restarts pod payments-6b4f9-q8j2d",
        "CRIT", "Total: 58, In last hour: 11 (warn/crit at 3/5)(!!)")
checkmk("kube_pod_restarts", None, "one restart", "k8s-prod", "Restarts pod search-0", "WARN",
        "Total: 1, In last hour: 1 (warn/crit at 1/3)(!)")
# ---------------------------------------------------------------- look-alikes (rules 2, 5, 9, 16)
checkmk("uptime", None, "short uptime after a reboot", "hv-node-09", "Uptime", "CRIT",
        "Up since Sat Nov 28 03:02:44 2026, uptime: 0:06:12 (warn/crit below 30 minutes 0 seconds/10 minutes 0 seconds)(!!)")
checkmk("systemd_units_services", None, "one unit failed", "backup-01", "Systemd Service restic-prune", "CRIT",
        "Status: failed(!!), Prune old restic snapshots")
checkmk("cpu_loads", None, "CPU load", "ci-runner-3", "CPU load", "CRIT",
        "15 min load: 41.20 (warn/crit at 16.00/32.00)(!!), 15 min load per core: 5.15 (8 cores)")
checkmk("lnx_thermal", None, "thermal zone hot", "edge-nuc-2", "Temperature Zone 0", "CRIT",
        "98.0 °C (device reports hot)(!!)")
checkmk("interfaces", None, "port operationally down (a link)", "access-sw-14", "Interface Gi1/0/24", "CRIT",
        "[uplink-ap-3], (down)(!!), MAC: 00:1B:54:AA:10:2F, Speed: 1 GBit/s (expected)")
checkmk_mail("interfaces", None, "inbound bandwidth above the levels", "core-rtr-1", "Interface Te0/0/1", "OK -> WARN",
             "[transit-a], (up), Speed: 10 GBit/s, In: 1.07 GB/s (warn/crit at 80.00%/90.00%) (85.6%)(!), Out: 212 MB/s (17.0%)")
checkmk("interfaces", None, "inbound error rate (frames, not requests)", "dist-sw-2", "Interface Po12", "WARN",
        "[to-rack-12], (up), Speed: 20 GBit/s, In errors: 1.31% (warn/crit at 0.01%/0.1%)(!!), In: 312 MB/s (12.5%)")
checkmk("diskstat", None, "disk read latency (disk I/O, not requests)", "db-report-1", "Disk IO SUMMARY", "CRIT",
        "Read: 41.2 MB/s, Write: 96.0 MB/s, Average read wait: 318 ms (warn/crit at 80.0 ms/160 ms)(!!), Average write wait: 42.1 ms")

# ====================================================================== Sysdig PromCat
K8S = {"kube_cluster_name": "prod-eu-1"}
sysdig("kafka", "node_down", "[Kafka] Broker Down", "warning",
       {**K8S, "kube_namespace_name": "kafka", "kube_workload_name": "kafka-broker"},
       "Fewer Kafka brokers are up than the StatefulSet wants: 4 of 5 running.",
       "sum(kube_workload_status_desired) - sum(kafka_brokers) > 0 (value: 1)", path="resources/kafka/include/alerts/alerts.yaml")
sysdig("kafka", "queue_backlog", "[Kafka] ConsumerGroup Lag Not Decreasing", "warning",
       {**K8S, "kube_namespace_name": "kafka", "consumergroup": "invoice-writer", "topic": "invoices"},
       "Lag of consumer group invoice-writer on invoices has not gone down for 15 minutes; consumers may be down or slower than producers.",
       "sum(kafka_consumergroup_lag) > 0 and sum(delta(kafka_consumergroup_lag[2m])) >= 0 (value: 182344)")
sysdig("kafka", "rate_limited", "[Kafka] Producer High ThrottleTime By Client-Id", "warning",
       {**K8S, "kube_namespace_name": "kafka", "client_id": "clickstream-producer"},
       "Producer clickstream-producer hit its client quota; the brokers are throttling it.",
       "max(kafka_server_producer_client_throttle_time) > 1000 (value: 4210)")
sysdig("kafka", None, "[Kafka] Under Replicated Partitions", "warning",
       {**K8S, "kube_namespace_name": "kafka", "kube_workload_name": "kafka-broker"},
       "Some partitions have replicas outside the in-sync set.",
       "sum(kafka_server_under_replicated_partitions) > 0 (value: 14)")
sysdig("elasticsearch", "out_of_memory", "[Elasticsearch] Heap Usage Too High", "critical",
       {**K8S, "kube_namespace_name": "logging", "kube_pod_name": "es-data-2"},
       "JVM heap of es-data-2 above 90%.",
       "elasticsearch_jvm_memory_used_bytes{area=\"heap\"} / elasticsearch_jvm_memory_max_bytes{area=\"heap\"} > 0.9 (value: 0.94)")
sysdig("elasticsearch", "disk_full", "[Elasticsearch] Disk Out Of Space", "critical",
       {**K8S, "kube_namespace_name": "logging", "kube_pod_name": "es-data-0"},
       "Less than 10% of the data path is still available on es-data-0.",
       "elasticsearch_filesystem_data_available_bytes / elasticsearch_filesystem_data_size_bytes < 0.1 (value: 0.06)")
sysdig("elasticsearch", None, "[Elasticsearch] Cluster Red", "critical",
       {**K8S, "kube_namespace_name": "logging", "cluster": "logs"},
       "Cluster logs reports status red.", "elasticsearch_cluster_health_status{color=\"red\"} == 1 (value: 1)")
sysdig("elasticsearch", "queue_backlog", "[Elasticsearch] Pending Tasks", "warning",
       {**K8S, "kube_namespace_name": "logging", "cluster": "logs"},
       "The master has a long list of cluster tasks waiting to be executed.",
       "elasticsearch_cluster_health_number_of_pending_tasks > 5 (value: 87)")
sysdig("redis", "out_of_memory", "[Redis] High Memory Usage", "critical",
       {**K8S, "kube_namespace_name": "cache", "kube_pod_name": "redis-sessions-0"},
       "Used memory is above 85% of maxmemory.", "redis_memory_used_bytes / redis_memory_max_bytes > 0.85 (value: 0.97)")
sysdig("redis", "connection_pool_exhaustion", "[Redis] High Clients Usage", "warning",
       {**K8S, "kube_namespace_name": "cache", "kube_pod_name": "redis-sessions-0"},
       "Connected clients above 85% of maxclients.", "redis_connected_clients / redis_config_maxclients > 0.85 (value: 0.91)")
sysdig("redis", "connection_pool_exhaustion", "[Redis] Recurrent Rejected Connections", "critical",
       {**K8S, "kube_namespace_name": "cache", "kube_pod_name": "redis-queue-1"},
       "Redis keeps rejecting new connections because maxclients has been reached.",
       "rate(redis_rejected_connections_total[5m]) > 0 (value: 3.4)")
sysdig("redis", "out_of_memory", "[Redis] High Keys Eviction Ratio", "warning",
       {**K8S, "kube_namespace_name": "cache", "kube_pod_name": "redis-sessions-0"},
       "More than 10% of the keys are being evicted by the maxmemory policy.",
       "sum(rate(redis_evicted_keys_total[5m])) / sum(redis_db_keys) > 0.1 (value: 0.23)")
sysdig("redis", None, "[Redis] Low UpTime", "warning",
       {**K8S, "kube_namespace_name": "cache", "kube_pod_name": "redis-queue-1"},
       "Instance started less than an hour ago.", "redis_uptime_in_seconds < 3600 (value: 412)")
sysdig("redis", "high_latency", "[Redis] High Response Time", "warning",
       {**K8S, "kube_namespace_name": "cache", "kube_pod_name": "redis-queue-1"},
       "Average command duration above 250ms.",
       "sum(rate(redis_commands_duration_seconds_total[5m])) / sum(rate(redis_commands_processed_total[5m])) > 0.25 (value: 0.61)")
sysdig("redis", None, "[Redis] Exporter Process Down", "warning",
       {**K8S, "kube_namespace_name": "cache", "kube_workload_name": "redis-exporter"},
       "No Redis metrics are being served.", "absent(redis_uptime_in_seconds) > 0 (value: 1)")
sysdig("postgresql", "node_down", "[PostgreSQL] Instance Down", "critical",
       {**K8S, "kube_namespace_name": "db", "kube_pod_name": "pg-main-1"},
       "The PostgreSQL instance is not available.", "pg_up == 0 (value: 0)")
sysdig("postgresql", "connection_pool_exhaustion", "[PostgreSQL] Low Available Connections", "warning",
       {**K8S, "kube_namespace_name": "db", "kube_pod_name": "pg-main-0"},
       "Almost every connection slot below max_connections (minus the reserved ones) is taken.",
       "sum(pg_stat_activity_count) / (sum(pg_settings_max_connections) - sum(pg_settings_superuser_reserved_connections)) > 0.85 (value: 0.96)")
sysdig("postgresql", "deadlock", "[PostgreSQL] DeadLocks In Database", "warning",
       {**K8S, "kube_namespace_name": "db", "datname": "orders"},
       "Deadlocks detected in database orders.", "rate(pg_stat_database_deadlocks{datname=\"orders\"}[5m]) > 0 (value: 0.07)")
sysdig("postgresql", None, "[PostgreSQL] High WAL Files Archive Error Rate", "warning",
       {**K8S, "kube_namespace_name": "db", "kube_pod_name": "pg-main-0"},
       "More than 10% of WAL segments failed to archive.",
       "rate(pg_stat_archiver_failed_count[5m]) / (rate(pg_stat_archiver_archived_count[5m]) + rate(pg_stat_archiver_failed_count[5m])) > 0.1 (value: 0.5)")
sysdig("rabbitmq", "fd_exhaustion", "[RabbitMQ] File Descriptors Near Limit", "warning",
       {**K8S, "kube_namespace_name": "mq", "kube_pod_name": "rabbitmq-server-1"},
       "Open file descriptors above 80% of the limit.",
       "sum(max_over_time(rabbitmq_process_open_fds[5m])) / sum(rabbitmq_process_max_fds) > 0.8 (value: 0.88)")
sysdig("rabbitmq", "disk_full", "[RabbitMQ] Low Disk Watermark Predicted", "warning",
       {**K8S, "kube_namespace_name": "mq", "kube_pod_name": "rabbitmq-server-2"},
       "Free disk space is predicted to fall below the disk free limit within 24 hours.",
       "predict_linear(rabbitmq_disk_space_available_bytes[24h], 86400) < rabbitmq_disk_space_available_limit_bytes (value: 1)")
sysdig("rabbitmq", None, "[RabbitMQ] Container Restarts", "warning",
       {**K8S, "kube_namespace_name": "mq", "kube_pod_name": "rabbitmq-server-0"},
       "A rabbitmq container restarted once in the last 10 minutes.",
       "increase(kube_pod_container_status_restarts_total[10m]) >= 1 (value: 1)")
sysdig("haproxy-ingress", "node_down", "[Haproxy-Ingress] Backend Down", "critical",
       {**K8S, "kube_namespace_name": "ingress", "backend": "shop-frontend-8080"},
       "Every instance of backend shop-frontend-8080 has been down for over 10 minutes.",
       "sum(ha_backend_status == 1) == 0 (value: 0)")
sysdig("haproxy-ingress", "connection_pool_exhaustion", "[Haproxy-Ingress] High Sessions Usage", "warning",
       {**K8S, "kube_namespace_name": "ingress", "backend": "api-gateway-80"},
       "Backend sessions above 85% of the session limit for 10 minutes.",
       "max(rate(ha_backend_sessions_total[5m]) / ha_backend_limit_sessions) > 0.85 (value: 0.93)")
sysdig("haproxy-ingress", "high_latency", "[Haproxy-Ingress] High Response Rate", "warning",
       {**K8S, "kube_namespace_name": "ingress", "backend": "api-gateway-80"},
       "Mean response time above 250ms for 10 minutes.", "max(ha_backend_response_time_average_seconds) > 0.25 (value: 0.74)")
sysdig("haproxy-ingress", None, "[Haproxy-Ingress] Uptime less than 1 hour", "info",
       {**K8S, "kube_namespace_name": "ingress", "kube_workload_name": "haproxy-ingress"},
       "All ingress controller instances started less than an hour ago.",
       "max(time() - ha_process_start_time_seconds) < 3600 (value: 1204)")
sysdig("openshift-haproxy-router", "node_down", "[OpenShift-HAProxy-Router] Route Down", "critical",
       {**K8S, "kube_namespace_name": "billing", "route": "billing-ui"},
       "All servers behind route billing-ui are down.", "sum(haproxy_server_up) < 1 (value: 0)")
sysdig("openshift-haproxy-router", "queue_backlog", "[OpenShift-HAProxy-Router] Queue not empty in route", "warning",
       {**K8S, "kube_namespace_name": "billing", "route": "billing-api"},
       "Requests are waiting in the server queue of route billing-api.", "sum(haproxy_server_current_queue) > 0 (value: 37)")
sysdig("php-fpm", "queue_backlog", "[Php-Fpm] Reaching limit of queue process", "warning",
       {**K8S, "kube_namespace_name": "web", "kube_pod_name": "wordpress-7c9d-2lq"},
       "The listen queue of pending requests is above 80% of its length.",
       "phpfpm_listen_queue / phpfpm_listen_queue_length > 0.8 (value: 0.9)")
sysdig("php-fpm", "high_latency", "[Php-Fpm] Too slow requests processing", "warning",
       {**K8S, "kube_namespace_name": "web", "kube_pod_name": "wordpress-7c9d-2lq"},
       "More than 10% of requests are slow requests.",
       "rate(phpfpm_slow_requests[5m]) / rate(phpfpm_process_requests[5m]) > 0.1 (value: 0.27)")
sysdig("php-fpm", None, "[Php-Fpm] Recently reboot", "info",
       {**K8S, "kube_namespace_name": "web", "kube_workload_name": "wordpress"},
       "Instances have started recently.", "(count(phpfpm_start_since < 1800) or vector(0)) / sum(phpfpm_up) > 0.4 (value: 0.5)")
sysdig("harbor", "node_down", "[Harbor] Harbor Core Is Down", "critical",
       {**K8S, "kube_namespace_name": "harbor", "component": "core"},
       "Harbor core is down.", "harbor_up{component=\"core\"} == 0 (value: 0)")
sysdig("harbor", "disk_full", "[Harbor] Project Quota Is Raising The Limit", "warning",
       {**K8S, "kube_namespace_name": "harbor", "project": "ml-images"},
       "Project ml-images has used 95% of its storage quota; pushes will be refused when it is reached.",
       "(harbor_project_quota_usage_byte > 0) / harbor_quotas_size_bytes > 0.95 (value: 0.98)")
sysdig("harbor", "high_error_rate", "[Harbor] Harbor Error Rate is High", "warning",
       {**K8S, "kube_namespace_name": "harbor"},
       "More than 15% of registry requests answered 4xx or 5xx.",
       "sum(rate(registry_http_requests_total{code=~\"4..|5..\"}[5m])) / sum(rate(registry_http_requests_total[5m])) > 0.15 (value: 0.22)")
sysdig("oracle-db", "node_down", "DatabaseDown", "critical", {"host_hostname": "ora-fin-1", "instance": "FINPRD"},
       "The Oracle exporter cannot reach database FINPRD.", "oracledb_up < 1 (value: 0)", path="resources/oracle-db/alerts.yaml")
sysdig("oracle-db", "connection_pool_exhaustion", "HighResourceUtilization", "warning",
       {"host_hostname": "ora-fin-1", "instance": "FINPRD", "resource_name": "sessions"},
       "Sessions are above 85% of their limit.",
       "oracledb_resource_current_utilization{resource_name=\"sessions\"} / oracledb_resource_limit_value > 0.85 (value: 0.92)",
       path="resources/oracle-db/alerts.yaml")
sysdig("oracle-db", None, "HighResourceUtilization", "warning",
       {"host_hostname": "ora-fin-1", "instance": "FINPRD", "resource_name": "processes"},
       "Processes are above 85% of their limit.",
       "oracledb_resource_current_utilization{resource_name=\"processes\"} / oracledb_resource_limit_value > 0.85 (value: 0.88)",
       path="resources/oracle-db/alerts.yaml")
sysdig("windows", "disk_full", "[Windows] High Disk Usage", "critical", {"host_hostname": "WSRDS04", "volume": "C:"},
       "Disk C: on WSRDS04 is more than 95% full.",
       "100 - windows_logical_disk_free_bytes / windows_logical_disk_size_bytes * 100 > 95 (value: 97.8)")
sysdig("windows", "out_of_memory", "[Windows] High percent of swap space used", "warning", {"host_hostname": "WSRDS04"},
       "The page file is more than 80% used.",
       "(windows_os_virtual_memory_bytes - windows_os_virtual_memory_free_bytes) / windows_os_virtual_memory_bytes > 0.8 (value: 0.87)")
sysdig("windows", None, "[Windows] High CPU Usage", "warning", {"host_hostname": "WSBUILD2"},
       "CPU of WSBUILD2 at 95%.", "100 - avg(rate(windows_cpu_time_total{mode=\"idle\"}[2m])) * 100 > 95 (value: 98.1)")
sysdig("windows", None, "[Windows] Network bandwidth is reaching its limit", "warning", {"host_hostname": "WSFILE01", "nic": "Ethernet0"},
       "Traffic on Ethernet0 above 80% of the link's bandwidth.",
       "rate(windows_net_bytes_total[5m]) / windows_net_current_bandwidth_bytes > 0.8 (value: 0.91)")
sysdig("windows", None, "[Windows] Increase of Disk writes time", "warning", {"host_hostname": "WSSQL01", "volume": "E:"},
       "Average write time per disk operation on E: is growing.",
       "rate(windows_logical_disk_write_seconds_total[5m]) / rate(windows_logical_disk_writes_total[5m]) > 0.01 (value: 0.043)")
sysdig("windows", None, "[Windows] Queue of Writes and reads Disk operations is growing", "warning",
       {"host_hostname": "WSSQL01", "volume": "E:"},
       "More than 10 read/write requests are queued on disk E:.", "windows_logical_disk_requests_queued > 10 (value: 26)")
sysdig("nginx-ingress", "certificate_expiry", "[Nginx-Ingress] Ingress Certificate Expiry", "warning",
       {**K8S, "kube_namespace_name": "shop", "host": "shop.example.com"},
       "The certificate served for shop.example.com expires in less than 14 days.",
       "avg(nginx_ingress_controller_ssl_expire_time_seconds - time()) < 14 * 86400 (value: 518400)")
sysdig("nginx-ingress", "high_error_rate", "[Nginx-Ingress] High Http 5xx Error Rate", "critical",
       {**K8S, "kube_namespace_name": "shop", "ingress": "shop-api"},
       "More than 5% of requests through shop-api answered 5xx.",
       "sum(rate(nginx_ingress_controller_requests{status=~\"5.*\"}[2m])) / sum(rate(nginx_ingress_controller_requests[2m])) > 0.05 (value: 0.12)")
sysdig("fluentd", "queue_backlog", "[Fluentd] Buffer Queue Length Increasing", "warning",
       {**K8S, "kube_namespace_name": "logging", "plugin_id": "out_es"},
       "Chunks keep piling up in the output buffer queue of out_es.",
       "avg(deriv(fluentd_output_status_buffer_queue_length[10m])) > 0 (value: 3.1)")
sysdig("rancher", "dns_failure", "CoreDNSErrorsHigh", "critical", {**K8S, "kube_namespace_name": "kube-system", "kube_workload_name": "coredns"},
       "CoreDNS answers SERVFAIL to 4.1% of queries.",
       "sum(rate(coredns_dns_responses_total{rcode=\"SERVFAIL\"}[5m])) / sum(rate(coredns_dns_responses_total[5m])) > 0.03 (value: 0.041)",
       path="future-apps/rancher/alerts.yaml")
sysdig("ntp", None, "[Ntp] Drift is too high", "warning", {"host_hostname": "kvm-14"},
       "Clock drift above 10 seconds.", "ntp_drift_seconds > 10 (value: 14.2)")
# ---------------------------------------------------------------- the AWS integrations
AWS_SCOPE = {"cloud_provider_region": "eu-west-1", "cloud_provider_account_id": "481516234200"}
sysdig("aws-sqs", "queue_backlog", "HighNumberOfMessagesInQueue", "warning", {**AWS_SCOPE, "queue_name": "thumbnail-jobs"},
       "Many messages have been visible in queue thumbnail-jobs for a long time.",
       "aws_sqs_approximate_number_of_messages_visible_average > 1000 (value: 58211)", path="resources/aws-sqs/alerts.yaml")
sysdig("aws-sqs", "queue_backlog", "HighLatencyInQueue", "warning", {**AWS_SCOPE, "queue_name": "order-events"},
       "The oldest message in order-events has waited too long.",
       "aws_sqs_approximate_age_of_oldest_message_maximum > 600 (value: 3912)", path="resources/aws-sqs/alerts.yaml")
sysdig("aws-sqs", None, "MessageReceivedInDeadLetterQueue", "warning", {**AWS_SCOPE, "queue_name": "dead-letter-order-events"},
       "Messages arrived in dead-letter-order-events.",
       "aws_sqs_number_of_messages_sent_sum{queue_name=~\"dead-letter-.*\"} > 0 (value: 6)", path="resources/aws-sqs/alerts.yaml")
sysdig("aws-sqs", None, "RecurringEmptyReceives", "info", {**AWS_SCOPE, "queue_name": "audit-export"},
       "Receive calls on audit-export keep coming back empty.",
       "aws_sqs_number_of_empty_receives_sum > 0 (value: 1820)", path="resources/aws-sqs/alerts.yaml")
sysdig("aws-rds", "out_of_memory", "LowFreeMemory", "warning", {**AWS_SCOPE, "dbinstance_identifier": "crm-prod"},
       "Free memory on crm-prod under 128MB.", "aws_rds_freeable_memory_average < 128 * 1024 * 1024 (value: 71303168)",
       path="resources/aws-rds/alerts.yaml")
sysdig("aws-rds", "disk_full", "DiskFullIn12H", "critical", {**AWS_SCOPE, "dbinstance_identifier": "crm-prod"},
       "Storage of crm-prod will be full within 12 hours at the current rate.",
       "predict_linear(aws_rds_free_storage_space_average[6h], 12 * 3600) < 0 (value: -2.1e9)", path="resources/aws-rds/alerts.yaml")
sysdig("aws-rds", None, "HighReadLatency", "warning", {**AWS_SCOPE, "dbinstance_identifier": "crm-prod"},
       "Average disk read latency of crm-prod over 250ms.", "aws_rds_read_latency_average > 0.25 (value: 0.41)",
       path="resources/aws-rds/alerts.yaml")
sysdig("aws-rds", None, "HighDiskQueue", "warning", {**AWS_SCOPE, "dbinstance_identifier": "crm-prod"},
       "Disk queue depth of crm-prod is high.", "aws_rds_disk_queue_depth_average > 64 (value: 131)",
       path="resources/aws-rds/alerts.yaml")
sysdig("aws-rds", None, "LongCPUThrottling", "warning", {**AWS_SCOPE, "dbinstance_identifier": "crm-prod"},
       "CPU over 95% for 10 minutes on crm-prod.", "aws_rds_cpu_utilization_average > 95 (value: 99.2)",
       path="resources/aws-rds/alerts.yaml")
sysdig("aws-lambda", "rate_limited", "ThrottlingFunction", "warning", {**AWS_SCOPE, "function_name": "resize-image"},
       "Invocations of resize-image are being throttled: the function reached its concurrency limit.",
       "aws_lambda_throttles_sum > 0 (value: 412)", path="resources/aws-lambda/alerts.yaml")
sysdig("aws-lambda", "queue_backlog", "HighIteratorAge", "warning", {**AWS_SCOPE, "function_name": "stream-indexer"},
       "Records of the stream wait long before stream-indexer reads them (iterator age).",
       "aws_lambda_iterator_age_average > 1000 (value: 184000)", path="resources/aws-lambda/alerts.yaml")
sysdig("aws-lambda", None, "DeadLetterErrors", "warning", {**AWS_SCOPE, "function_name": "stream-indexer"},
       "Failed events could not be sent to the dead-letter queue.",
       "aws_lambda_dead_letter_errors_sum > 0 (value: 3)", path="resources/aws-lambda/alerts.yaml")
sysdig("aws-alb", "node_down", "UnhealthyHostInTargetGroup", "critical", {**AWS_SCOPE, "target_group": "tg-api-blue"},
       "One or more targets of tg-api-blue fail their health checks.",
       "aws_alb_tg_un_healthy_host_count_average > 0 (value: 2)", path="resources/aws-alb/include/alerts-rules.yaml")
sysdig("aws-alb", "high_latency", "HighResponseTimeInTargetGroup", "warning", {**AWS_SCOPE, "target_group": "tg-api-blue"},
       "p95 target response time above 250ms for 10 minutes.",
       "aws_alb_tg_target_response_time_p95 > 0.25 (value: 1.8)", path="resources/aws-alb/include/alerts-rules.yaml")
sysdig("aws-alb", "high_error_rate", "High5XXErrorsFromTargetGroup", "critical", {**AWS_SCOPE, "target_group": "tg-checkout"},
       "More than 15% of requests to tg-checkout ended with a 5xx from the targets.",
       "sum(aws_alb_tg_httpcode_target_5_xx_count_sum) / sum(aws_alb_tg_request_count_sum) > 0.15 (value: 0.31)",
       path="resources/aws-alb/include/alerts-rules.yaml")
sysdig("aws-elb", "node_down", "UnhealthyHostInLoadBalancer", "critical", {**AWS_SCOPE, "load_balancer_name": "legacy-web"},
       "Instances behind legacy-web are out of service.", "aws_elb_un_healthy_host_count_minimum > 0 (value: 3)",
       path="resources/aws-elb/alerts.yaml")

# ====================================================================== LibreNMS shipped rules
librenms(None, "Ping Latency", "warning", "wan-rtr-branch4", ["Last ping took 86.41 ms (hostname wan-rtr-branch4)"], "round-trip time")
librenms(None, "Port utilisation over threshold", "warning", "core-sw-01",
         ["Port TenGigabitEthernet1/1/1 (uplink-dc2): 87% in, 31% out of 10 Gbps"], "bandwidth")
librenms(None, "Sensor over limit - Check Device Health Settings", "critical", "dc1-ups-b",
         ["Temperature Battery: 52 C (limit 45 C)"], "temperature sensor")
librenms(None, "Processor usage over 85%", "critical", "fw-edge-1", ["Processor Data Plane: 97%"], "CPU")
librenms(None, "HP Procurve Bad Power Supply", "critical", "closet-sw-3", ["Power Supply 2 Sensor: bad (2)"], "power supply")
librenms(None, "HPE iLo Server Fan degraded/failure", "critical", "esx-22-ilo", ["Fan 4 (System): degraded (3)"], "fan")
librenms(None, "HPE iLo Server Memory degraded/failure", "critical", "esx-22-ilo",
         ["Memory Proc 2 DIMM 7: degraded (3), correctable ECC errors over threshold"], "ECC memory")
librenms(None, "Synology NAS has a bad disk status", "critical", "nas-backup",
         ["Disk 3 status: Crashed (5)"], "a failed disk is not a full one")
librenms(None, "UPS is running on the battery", "critical", "dc1-ups-a", ["Output source: battery (5)"], "power")
librenms(None, "UPS-NUT offline and is not supplying power to the load", "critical", "lab-nut-1",
         ["UPSOffline: 1 (ups.status OFF)"], "the UPS answers its poller: not a device down")
librenms(None, "Interface Errors Rate greater than 100", "warning", "dist-sw-7",
         ["Port GigabitEthernet0/12: 412 input errors/s"], "frames, not requests")
librenms(None, "Port Speed Degraded", "warning", "access-sw-22", ["Port Gi1/0/3 (desk-3-14): ifSpeed 1 Gbps -> 100 Mbps"], "negotiated speed")
librenms(None, "Unpolled Devices", "warning", "pdu-rack-18", ["Last polled 2026-11-28 02:41:05 (more than 6 minutes ago)"],
         "the monitor's own poller")
librenms(None, "Opensearch/Elasticsearch Cluster Status Red", "critical", "search-01", ["Cluster status: red (2)"], "cluster health")
librenms(None, "Syslog, ARP table is full check on device ", "warning", "edge-fw-3",
         ["syslog: %ARP-4-FULL: arp table is full, dropping new entries"], "a full table, not storage")
librenms(None, "Quota bills over 75% used", "warning", "transit-isp-a", ["Bill 'ISP-A 95th': 81% of quota used"], "billing")
librenms("node_down", "MySQL Server not responding", "critical", "db-cms-1",
         ["Application mysql: state ERROR, Can't connect to MySQL server on 'localhost' (111)"], "application poller")
librenms("node_down", "Service critical", "critical", "mail-gw-2",
         ["Service smtp (check_smtp): CRITICAL - connect to address 10.8.1.25 and port 25: Connection refused"],
         "a service check whose target refuses connections")

# ====================================================================== ALB errors as CloudWatch alarms
alb("upstream_timeout", "alb-public-elb-504", "HTTPCode_ELB_504_Count",
    "504s generated by the load balancer: targets did not answer before the idle timeout", [318, 276, 241], 50,
    "HTTP 504 Gateway timeout (target did not respond before the idle timeout)")
alb("upstream_timeout", "checkout-alb-gateway-timeouts", "HTTPCode_ELB_504_Count",
    "Gateway timeouts from checkout-alb (connection to target not established within 10 s)", [97, 88], 20,
    "HTTP 504 (connection to the target timed out)")
alb("high_error_rate", "alb-public-elb-502", "HTTPCode_ELB_502_Count",
    "502 Bad Gateway responses generated by the load balancer", [144, 130, 122], 50, "HTTP 502 count, no timeout named (rule 15)")
alb("node_down", "alb-public-unhealthy-targets", "UnHealthyHostCount",
    "Targets of tg-web failing health checks", [3.0, 3.0, 2.0], 1, "targets marked unhealthy (rule 9)")
alb("high_latency", "alb-public-target-response-time", "TargetResponseTime",
    "p99 TargetResponseTime of tg-web above 2 seconds", [4.8, 3.9, 3.1], 2, "target response time")

family.write()
