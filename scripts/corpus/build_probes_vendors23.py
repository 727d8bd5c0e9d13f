#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_vendors23.jsonl: monitoring tools' own check templates as
their notifications arrive — the outputs of the Centreon plugins (centreon/centreon-plugins: the
monitoring vendor's own plugin catalogue for VMware, AWS, Azure, Kubernetes, JVMs, message
brokers, databases, web servers and protocols), each as a service notification forwarded by
webhook, and their look-alikes.

What the family tests: a monitoring vendor's check output (an instance prefix such as
"Datastore 'DS-PROD-02' ", "Queue 'orders' ", "Connection pool 'OrdersPool' ", then the
counter's own output template) inside a Nagios-style service notification, next to look-alikes
sharing its words: CPU, maintenance mode, a DNS answer that changed, an HTTP page whose content
did not match, licences, snapshots, time offsets, overall health colours, I/O latency.

Frames: one service notification rendered as an Alertmanager-style alert: `alertname` = the
service description (made up, in the plugin packs' style), `host`, `service`, `state`,
`plugin_mode` (the plugin's `--plugin`/`--mode`, the source's own), `summary` = the Nagios
notification subject "** PROBLEM Service Alert: host/service is STATE **", `description` = the
plugin's output line as the Centreon plugin prints it ("STATE: " + instance prefix + counter
output). Output templates, prefixes, status words and default thresholds are the sources' own;
hosts, instances and values are ours.

Labels were decided by hand under POLICY.md before the classifier ran on the file; see SOURCES.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

R = "centreon/centreon-plugins"
C = "d3cc6de7ef7fa98a15c3051f10ac6b7c50cba49b"


def src(path):
    return (R, "src/" + path, C)


family = ProbeFamily("probes_vendors23.jsonl")


def svc(path, expected, reason, host, service, state, output, mode, extra=None):
    """One Centreon service notification carrying the plugin's output."""
    labels = {"alertname": service, "host": host, "service": service, "state": state,
              "plugin_mode": mode, "source": "centreon"}
    labels.update(extra or {})
    family.add(src(path), expected, f"{R} src/{path}: {reason}", labels,
               {"summary": f"** PROBLEM Service Alert: {host}/{service} is {state} **",
                "description": f"{state}: {output}"})


# --- JVM (Spring Boot actuator)
svc("apps/java/jvm/actuator/mode/fdusage.pm", "fd_exhaustion",
    "open file descriptors against the JVM's maximum (rule 2, open-file utilisation)",
    "app-orders-03", "Jvm-Fd-Usage", "CRITICAL",
    "File descriptor usage total: 4096 used: 4011 (97.92%) free: 85 (2.08%)",
    "apps::java::jvm::actuator::plugin fd-usage")
# --- RabbitMQ
svc("apps/mq/rabbitmq/restapi/mode/queueusage.pm", "queue_backlog",
    "messages waiting in a queue (rule 4, queue depth)",
    "rabbit-prod-1", "Rabbitmq-Queue-Usage", "CRITICAL",
    "Queue 'orders.created' current queue messages : 184233",
    "apps::mq::rabbitmq::restapi::plugin queue-usage", {"vhost": "/shop"})
svc("apps/mq/rabbitmq/restapi/mode/queueusage.pm", "queue_backlog",
    "messages ready and waiting for a consumer (rule 12)",
    "rabbit-prod-2", "Rabbitmq-Queue-Usage", "WARNING",
    "Queue 'invoice.render' current queue messages ready : 25871",
    "apps::mq::rabbitmq::restapi::plugin queue-usage", {"vhost": "/billing"})
# --- x509
svc("apps/protocols/x509/mode/certificate.pm", "certificate_expiry",
    "the served certificate expires in a few days",
    "lb-edge-01", "Certificate-api.shop.example.net", "WARNING",
    "Certificate for 'api.shop.example.net' expires in '6' days [2026-12-10T23:59:59] - Issuer: 'R11'",
    "apps::protocols::x509::plugin certificate")
# --- DNS
svc("apps/protocols/dns/mode/request.pm", "high_latency",
    "the DNS query's response time over the threshold (rule 4: DNS latency is latency)",
    "ns2.corp.example.net", "Dns-Request-intranet", "CRITICAL",
    "Response time 2.514 second(s) (answer: 10.20.4.17)",
    "apps::protocols::dns::plugin request")
svc("apps/protocols/dns/mode/request.pm", None,
    "the answer changed since the last check (--memory): resolution succeeded (rule 13)",
    "ns2.corp.example.net", "Dns-Request-www", "CRITICAL",
    "Result has changed [answer: 203.0.113.40] [old answer: 203.0.113.12]",
    "apps::protocols::dns::plugin request")
# --- AWS ElastiCache
svc("cloud/aws/elasticache/mode/evictions.pm", "out_of_memory",
    "ElastiCache Evictions: keys evicted because maxmemory was reached (rule 7, memory-pressure evictions)",
    "aws-eu-west-1", "Aws-Elasticache-Evictions-sessions", "CRITICAL",
    "Cluster 'sessions-prod' [Node: 0002] average Evictions: 1843.00 evictions",
    "cloud::aws::elasticache::plugin evictions")
svc("cloud/aws/elasticache/mode/replication.pm", "replication_lag",
    "ReplicationLag of a replica node in seconds (rule 7)",
    "aws-eu-west-1", "Aws-Elasticache-Replication-sessions", "WARNING",
    "Cluster 'sessions-prod' [Node: 0003] average ReplicationLag: 42.50 s",
    "cloud::aws::elasticache::plugin replication")
# --- Oracle UCP
svc("apps/oracle/ucp/jmx/mode/connectionpools.pm", "connection_pool_exhaustion",
    "borrowed connections against the pool's maximum (rule 2)",
    "app-billing-02", "Oracle-Ucp-Connection-Pools", "CRITICAL",
    "Connection pool 'BillingPool' total: 50 used: 50 (100.00%) free: 0 (0.00%)",
    "apps::oracle::ucp::jmx::plugin connection-pools")
# --- PHP-FPM
svc("apps/php/fpm/web/mode/usage.pm", "queue_backlog",
    "connections waiting in php-fpm's listen queue (rule 16)",
    "web-shop-04", "Php-Fpm-Usage", "CRITICAL",
    "php-fpm listen queue: 117",
    "apps::php::fpm::web::plugin usage")
# --- VMware
svc("apps/vmware/connector/mode/swaphost.pm", "out_of_memory",
    "an ESX host swapping memory in (rule 2, swapping)",
    "vcenter-dc1", "Vmware-Esx-Swap-esx-03", "WARNING",
    "Host 'esx-03.dc1.example.net' : Swap In: 35.20 MB/s",
    "apps::vmware::connector::plugin swap-host")
svc("apps/vmware/connector/mode/datastoreusage.pm", "disk_full",
    "a datastore's used space against its capacity (rule 2)",
    "vcenter-dc1", "Vmware-Datastore-Usage-DS-PROD-02", "CRITICAL",
    "Datastore 'DS-PROD-02' Usage Total: 4.00 TB Used: 3.85 TB (96.25%) Free: 153.60 GB (3.75%)",
    "apps::vmware::connector::plugin datastore-usage")
svc("apps/vmware/connector/mode/statushost.pm", "node_down",
    "an ESX host vCenter sees as notResponding (status not 'connected', rule 4)",
    "vcenter-dc1", "Vmware-Esx-Status-esx-07", "UNKNOWN",
    "Host 'esx-07.dc1.example.net' : status notResponding",
    "apps::vmware::connector::plugin status-host")
svc("apps/vmware/connector/mode/statushost.pm", None,
    "an ESX host's overall health colour red (rule 5, health red/yellow)",
    "vcenter-dc1", "Vmware-Esx-Status-esx-02", "CRITICAL",
    "Host 'esx-02.dc1.example.net' : overall status is red",
    "apps::vmware::connector::plugin status-host")
svc("apps/vmware/connector/mode/maintenancehost.pm", None,
    "an ESX host in maintenance mode (rule 9, work done on purpose)",
    "vcenter-dc1", "Vmware-Esx-Maintenance-esx-05", "CRITICAL",
    "Host 'esx-05.dc1.example.net' : maintenance mode is true",
    "apps::vmware::connector::plugin maintenance-host")

# --- MySQL / MSSQL / PostgreSQL / MongoDB / Redis / Oracle
svc("database/mysql/mode/replication.pm", "replication_lag",
    "a replica's seconds behind its source (rule 7)",
    "db-shop-replica-2", "Mysql-Replication", "CRITICAL",
    "database instance 'db-shop-replica-2:3306' slave has 734 seconds latency behind master",
    "database::mysql::plugin replication")
svc("database/mysql/mode/replication.pm", None,
    "the replica's SQL thread stopped on an error: replication broken, not lag (rule 5)",
    "db-shop-replica-3", "Mysql-Replication", "CRITICAL",
    "database instance 'db-shop-replica-3:3306' thread sql running: no [last error message: Could not execute Write_rows event on table shop.orders; Duplicate entry '88123' for key 'PRIMARY', Error_code: 1062]",
    "database::mysql::plugin replication")
svc("database/mssql/mode/deadlocks.pm", "deadlock",
    "SQL Server's detected deadlocks per minute",
    "sql-erp-01", "Mssql-Dead-Locks", "CRITICAL",
    "4.20 total dead locks/min",
    "database::mssql::plugin deadlocks")
svc("database/postgres/mode/backends.pm", "connection_pool_exhaustion",
    "client connections against max_connections (rule 17)",
    "pg-core-01", "Postgres-Backends", "CRITICAL",
    "Instance at 96.50% of client connections limit (193 of max. 200)",
    "database::postgres::plugin backends")
svc("database/mongodb/mode/replicationstatus.pm", "replication_lag",
    "a secondary's replication lag in seconds (rule 7)",
    "mongo-rs0", "Mongodb-Replication-Status", "WARNING",
    "Member 'mongo-2.prod.internal:27017' replication lag: 187 s",
    "database::mongodb::plugin replication-status")
svc("database/mongodb/mode/replicationstatus.pm", "node_down",
    "a replica-set member not reachable, health down (rule 11, member unreachable)",
    "mongo-rs0", "Mongodb-Replication-Status", "CRITICAL",
    "Member 'mongo-3.prod.internal:27017' state is '(not reachable/healthy)' and health is 'down' [slave delay: 0] [priority: 1]",
    "database::mongodb::plugin replication-status")
svc("database/redis/mode/connections.pm", "connection_pool_exhaustion",
    "Redis rejected_connections: connections refused because maxclients was reached (policy decision 1)",
    "redis-cache-01", "Redis-Connections", "CRITICAL",
    "Number of connections rejected: 412",
    "database::redis::plugin connections")
svc("database/oracle/mode/tablespaceusage.pm", "disk_full",
    "a tablespace near full (rule 16)",
    "ora-fin-01", "Oracle-Tablespace-Usage", "CRITICAL",
    "Tablespace 'USERS' Total: 32.00 GB Used: 31.20 GB (97.50%) Free: 819.20 MB (2.50%)",
    "database::oracle::plugin tablespace-usage")
svc("database/oracle/mode/sessionusage.pm", "connection_pool_exhaustion",
    "sessions against the instance's session limit (rule 2, session utilisation near a limit)",
    "ora-fin-01", "Oracle-Session-Usage", "CRITICAL",
    "92.40% of session resources used.",
    "database::oracle::plugin session-usage")
svc("database/mysql/mode/longqueries.pm", "high_latency",
    "queries running longer than N seconds (rule 4, slow queries)",
    "db-shop-primary", "Mysql-Long-Queries", "WARNING",
    "7 queries over 60 seconds",
    "database::mysql::plugin long-queries")
svc("database/mysql/mode/slowqueries.pm", "high_latency",
    "MySQL's slow-query counter since the last check (rule 4, slow queries)",
    "db-shop-primary", "Mysql-Slow-Queries", "WARNING",
    "38 slow queries since last check.",
    "database::mysql::plugin slow-queries")
svc("database/oracle/mode/corruptedblocks.pm", None,
    "corrupted data blocks: no signature",
    "ora-fin-02", "Oracle-Corrupted-Blocks", "CRITICAL",
    "12 corrupted blocks.",
    "database::oracle::plugin corrupted-blocks")
# --- OS (SNMP and local Linux)
svc("snmp_standard/mode/storage.pm", "disk_full",
    "a file system's used space (rule 2)",
    "app-orders-03", "Disk-/var", "CRITICAL",
    "Storage '/var' Usage Total: 49.09 GB Used: 46.71 GB (95.15%) Free: 2.38 GB (4.85%)",
    "os::linux::snmp::plugin storage")
svc("os/linux/local/mode/inodes.pm", "disk_full",
    "inode utilisation of a partition (rule 2)",
    "build-agent-12", "Inodes-/var/lib/docker", "CRITICAL",
    "Inodes partition '/var/lib/docker' used: 97 %",
    "os::linux::local::plugin inodes")
svc("os/linux/local/mode/memory.pm", "out_of_memory",
    "RAM used against total (rule 2, memory utilisation)",
    "app-orders-03", "Memory", "CRITICAL",
    "Ram total: 31.26 GB used (-buffers/cache): 30.12 GB (96.35%) free: 1.14 GB (3.65%) available: 1002.45 MB (3.13%)",
    "os::linux::local::plugin memory")
svc("snmp_standard/mode/swap.pm", "out_of_memory",
    "swap space nearly used up (rule 2, swapping)",
    "app-legacy-01", "Swap", "CRITICAL",
    "Swap Total: 8.00 GB Used: 7.41 GB (92.62%) Free: 604.16 MB (7.38%)",
    "os::linux::snmp::plugin swap")
svc("os/linux/local/mode/quota.pm", "disk_full",
    "a file-system quota near its hard limit (rule 7, a quota that refuses writes)",
    "nfs-home-01", "Quota-/srv/projects", "CRITICAL",
    "Quota '/srv/projects' Data used: 48.92 GB (97.84 % of soft limit) (95.55 % of hard limit)",
    "os::linux::local::plugin quota")
svc("os/linux/local/mode/systemdscstatus.pm", None,
    "one systemd unit in state failed (rule 5, a failed unit, no loop)",
    "backup-01", "Systemd-Sc-Status", "CRITICAL",
    "Service 'backup-sync.service' status : loaded/failed/failed [boot: enabled]",
    "os::linux::local::plugin systemd-sc-status")
svc("os/linux/local/mode/uptime.pm", None,
    "a short uptime: one reboot (rule 7)",
    "app-orders-05", "Uptime", "WARNING",
    "System uptime is: 412 seconds",
    "os::linux::local::plugin uptime")
svc("os/linux/local/mode/ntp.pm", None,
    "a clock offset from an NTP peer: no signature",
    "app-orders-05", "Ntp", "CRITICAL",
    "Peer '10.20.0.1' offset: 1830.512 ms",
    "os::linux::local::plugin ntp")
svc("os/linux/local/mode/pendingupdates.pm", None,
    "security updates waiting to be installed: no signature (pending, not a queue of work)",
    "web-shop-04", "Pending-Updates", "WARNING",
    "Number of pending security updates : 14",
    "os::linux::local::plugin pending-updates")
svc("snmp_standard/mode/processcount.pm", "node_down",
    "a process count of zero (rule 7)",
    "mail-relay-02", "Proc-postfix", "CRITICAL",
    "Number of current processes running: 0",
    "os::linux::snmp::plugin processcount")

family.write()
