#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_vendors23.jsonl: monitoring tools' own check templates as
their notifications arrive — the outputs of the Centreon plugins (centreon/centreon-plugins: the
monitoring vendor's own plugin catalogue for VMware, AWS, JVMs, Docker, Linux hosts, message
brokers, databases, web servers and protocols), each as a service notification forwarded by
webhook, and Munin's own limit messages (munin-monitoring/munin: munin-limits' default text over
the graph titles, field labels and default limits of the plugins it ships), and their
look-alikes.

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
MUNIN = "munin-monitoring/munin"
MC = "f21d2479c933542a8f024911aa791b1cbe88fb79"


def src(path):
    return (R, "src/" + path, C)


family = ProbeFamily("probes_vendors23.jsonl")


def munin(path, expected, reason, group, host, plugin, title, level, field, value, rng):
    """One munin-limits message (lib/Munin/Master/LimitsOld.pm's default text) sent to a
    webhook: "group :: host :: graph_title" then "\tCRITICALs: label is value (outside range
    [range])."."""
    word = {"critical": "CRITICALs", "warning": "WARNINGs"}[level]
    head = f"{group} :: {host} :: {title}"
    labels = {"alertname": plugin, "host": host, "group": group, "plugin": plugin,
              "severity": level, "source": "munin"}
    family.add((MUNIN, path, MC), expected, f"{MUNIN} {path}: {reason}", labels,
               {"summary": head,
                "description": f"{head}\n\t{word}: {field} is {value} (outside range [{rng}])."})


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

svc("os/linux/local/mode/cpu.pm", None,
    "CPU utilisation (rule 2)",
    "app-orders-03", "Cpu", "CRITICAL",
    "CPU(s) average usage is 97.42 %",
    "os::linux::local::plugin cpu")
svc("os/linux/local/mode/loadaverage.pm", None,
    "load average (rule 2)",
    "batch-02", "Load", "WARNING",
    "Load average: 3.12 [49.90/16 CPUs], 2.87 [45.92/16 CPUs], 2.41 [38.56/16 CPUs]",
    "os::linux::local::plugin load")
svc("os/linux/local/mode/packeterrors.pm", None,
    "an interface's packet error percentage (rule 16, a link fault)",
    "fw-edge-02", "Packet-Errors-eth1", "CRITICAL",
    "Interface 'eth1' Packet Error In : 6.85 % (24310)",
    "os::linux::local::plugin packet-errors")
svc("os/linux/local/mode/diskio.pm", None,
    "a block device's read wait (disk I/O latency, rule 5)",
    "db-shop-primary", "Disk-Io-sdb", "WARNING",
    "Device 'sdb' read wait: 182.40 ms",
    "os::linux::local::plugin diskio")
svc("os/linux/local/mode/traffic.pm", None,
    "interface bandwidth (rule 2, network bandwidth)",
    "fw-edge-02", "Traffic-eth0", "CRITICAL",
    "Interface 'eth0' Traffic In : 947.31Mb/s (94.73%)",
    "os::linux::local::plugin traffic")
svc("os/linux/local/mode/filesdate.pm", None,
    "a file's age over the threshold (an export not refreshed): no signature",
    "etl-01", "Files-Date-exports", "CRITICAL",
    "/data/exports/daily_orders.csv: 93817 seconds (time: Thu Dec  3 19:48:02 2026)",
    "os::linux::local::plugin files-date")
# --- HTTP, AWS
svc("apps/protocols/http/mode/response.pm", "high_latency",
    "the page's response time over the threshold (rule 4)",
    "www.shop.example.net", "Http-Response-Time", "WARNING",
    "response time 8.412s",
    "apps::protocols::http::plugin response")
svc("apps/protocols/http/mode/expectedcontent.pm", None,
    "the page answered but its content did not match the expected string (a content assertion: no signature)",
    "www.shop.example.net", "Http-Expected-Content", "CRITICAL",
    "Content test [filter: '%{content} !~ /Order confirmed/mi']",
    "apps::protocols::http::plugin expected-content")
svc("cloud/aws/sqs/mode/queues.pm", "queue_backlog",
    "SQS ApproximateNumberOfMessagesVisible: messages waiting to be received (rule 12)",
    "aws-eu-west-1", "Aws-Sqs-orders-ingest", "CRITICAL",
    "'orders-ingest' Statistic 'Average' Metrics approximate number of messages visible: 48211.00",
    "cloud::aws::sqs::plugin queues")
svc("cloud/aws/sqs/mode/queues.pm", "queue_backlog",
    "SQS ApproximateAgeOfOldestMessage: time the oldest message has waited (rule 4, time waiting in a queue)",
    "aws-eu-west-1", "Aws-Sqs-orders-ingest", "WARNING",
    "'orders-ingest' Statistic 'Maximum' Metrics age of oldest message: 5412.00",
    "cloud::aws::sqs::plugin queues")
svc("cloud/aws/sqs/mode/queues.pm", None,
    "SQS ApproximateNumberOfMessagesDelayed: messages held back on purpose (rule 12, work for later)",
    "aws-eu-west-1", "Aws-Sqs-reminders", "WARNING",
    "'reminders-delay' Statistic 'Average' Metrics delayed messages: 2300.00",
    "cloud::aws::sqs::plugin queues")
svc("cloud/aws/sqs/mode/queues.pm", None,
    "SQS NumberOfEmptyReceives: polls that found nothing (rule 12, an empty queue)",
    "aws-eu-west-1", "Aws-Sqs-audit", "WARNING",
    "'audit-events' Statistic 'Sum' Metrics number of empty receives: 86400.00",
    "cloud::aws::sqs::plugin queues")
svc("cloud/aws/elb/classic/mode/queues.pm", "queue_backlog",
    "SurgeQueueLength: requests waiting in the balancer's queue (as vendor22 decided)",
    "aws-us-east-1", "Aws-Elb-Queues-web-classic", "CRITICAL",
    "Loadbalancer 'web-classic-prod' Statistic 'Maximum' Metrics Surge Queue Length: 812.00",
    "cloud::aws::elb::classic::plugin queues")
svc("cloud/aws/elb/application/mode/targetshealth.pm", "node_down",
    "UnHealthyHostCount: targets the balancer's health checks mark unhealthy (rule 9)",
    "aws-us-east-1", "Aws-Alb-Targets-Health-api", "CRITICAL",
    "ELB 'app/api-prod/50dc6c495c0c9188' Statistic 'Maximum' Metrics Unhealthy Hosts: 3.00",
    "cloud::aws::elb::application::plugin targets-health")
svc("cloud/aws/elb/application/mode/httpcodes.pm", "high_error_rate",
    "HTTPCode_Target_5XX_Count: a count of 5xx responses naming no timeout (rule 15)",
    "aws-us-east-1", "Aws-Alb-Http-Codes-api", "CRITICAL",
    "ELB 'app/api-prod/50dc6c495c0c9188' Statistic 'Sum' Metrics Target HTTP 5XXs: 1842.00",
    "cloud::aws::elb::application::plugin http-codes")
svc("cloud/aws/elb/application/mode/httpcodes.pm", None,
    "HTTP_Redirect_Count: redirects are not errors",
    "aws-us-east-1", "Aws-Alb-Http-Codes-www", "WARNING",
    "ELB 'app/www-prod/7f3a1c2b9d8e4f60' Statistic 'Sum' Metrics HTTP Redirect: 9120.00",
    "cloud::aws::elb::application::plugin http-codes")
svc("cloud/aws/apigateway/mode/latency.pm", "high_latency",
    "API Gateway Latency (rule 4)",
    "aws-eu-central-1", "Aws-Apigateway-Latency-orders", "CRITICAL",
    "'orders-api' Statistic: 'Average' Client Latency: 4521.30 ms",
    "cloud::aws::apigateway::plugin latency")
# --- HAProxy, IBM MQ, Cassandra, Kafka, Exchange, Docker
svc("apps/haproxy/web/mode/backendusage.pm", "node_down",
    "a backend server marked DOWN by HAProxy's health checks (rule 9)",
    "lb-int-01", "Haproxy-Backend-api_back", "CRITICAL",
    "Backend 'api_back' Server 'api-3' status: DOWN",
    "apps::haproxy::web::plugin backend-usage")
svc("apps/haproxy/web/mode/backendusage.pm", "queue_backlog",
    "requests queued in HAProxy waiting for a backend slot (qcur)",
    "lb-int-01", "Haproxy-Backend-api_back", "WARNING",
    "Backend 'api_back' backend current queue: 214",
    "apps::haproxy::web::plugin backend-usage")
svc("apps/mq/ibmmq/mqi/mode/queues.pm", "queue_backlog",
    "an IBM MQ queue's current depth (rule 4)",
    "mq-prod-01", "Ibmmq-Queue-PAYMENTS.IN", "CRITICAL",
    "Queue 'QM_PROD1:PAYMENTS.IN' current messages depth: 35872",
    "apps::mq::ibmmq::mqi::plugin queues")
svc("apps/mq/ibmmq/mqi/mode/queues.pm", "queue_backlog",
    "the age of the oldest message waiting on the queue (rule 4)",
    "mq-prod-01", "Ibmmq-Queue-PAYMENTS.IN", "WARNING",
    "Queue 'QM_PROD1:PAYMENTS.IN' oldest message: 2h 14m 5s",
    "apps::mq::ibmmq::mqi::plugin queues")
svc("database/cassandra/jmx/mode/threadpoolsusage.pm", "queue_backlog",
    "tasks pending in a Cassandra stage's thread pool (rule 12, pending work)",
    "cass-prod-04", "Cassandra-Thread-Pools", "CRITICAL",
    "Thread Pool 'MutationStage' Current Pending Tasks : 15230",
    "database::cassandra::jmx::plugin threadpools-usage")
svc("apps/java/kafka/jmx/mode/globalstats.pm", None,
    "Kafka under-replicated partitions (rule 8)",
    "kafka-prod-2", "Kafka-Global-Stats", "CRITICAL",
    "Under replicated partitions : 14",
    "apps::java::kafka::jmx::plugin global-stats")
svc("apps/microsoft/exchange/local/mode/queues.pm", None,
    "an Exchange delivery queue an administrator suspended (rule 9, work done on purpose)",
    "exch-mbx-01", "Exchange-Queues", "CRITICAL",
    "Queue 'partner.example.org' status: Suspended [last error: ] [delivery type: SmartHostConnectorDelivery] [identity: EXCH-MBX-01\\1187] [message count: 42]",
    "apps::microsoft::exchange::local::plugin queues")
svc("cloud/docker/local/mode/containerstatus.pm", "node_down",
    "a container stopped with a non-zero exit code (rule 16)",
    "docker-host-03", "Docker-Containers", "CRITICAL",
    "Container 'invoice-worker' status is 'Exited (1) 4 minutes ago'",
    "cloud::docker::local::plugin container-status")
# --- VMware look-alikes
svc("apps/vmware/connector/mode/cpuhost.pm", None,
    "an ESX host's CPU (rule 2)",
    "vcenter-dc1", "Vmware-Esx-Cpu-esx-03", "CRITICAL",
    "Host 'esx-03.dc1.example.net' : cpu total average : 96.00 %",
    "apps::vmware::connector::plugin cpu-host")
svc("apps/vmware/connector/mode/timehost.pm", None,
    "an ESX host's clock offset: no signature",
    "vcenter-dc1", "Vmware-Esx-Time-esx-06", "CRITICAL",
    "Host 'esx-06.dc1.example.net' : time offset 312 second(s) : 2026-12-04T14:21:07",
    "apps::vmware::connector::plugin time-host")
svc("apps/vmware/connector/mode/snapshotvm.pm", None,
    "VM snapshots older than a limit (rule 10, backups and retention)",
    "vcenter-dc1", "Vmware-Vm-Snapshots", "WARNING",
    "Snapshots for VM older than 3 days: [erp-app-02] [jump-01]",
    "apps::vmware::connector::plugin snapshot-vm")
svc("apps/vmware/connector/mode/toolsvm.pm", None,
    "guest agents (VMware Tools) not up to date: an agent version, no signature",
    "vcenter-dc1", "Vmware-Vm-Tools", "WARNING",
    "3 VM with VMTools not up-to-date",
    "apps::vmware::connector::plugin tools-vm")
svc("apps/vmware/connector/mode/licenses.pm", None,
    "licence usage (rule 5, licences)",
    "vcenter-dc1", "Vmware-Licenses", "WARNING",
    "License 'vSphere 8 Enterprise Plus' [edition: esx.enterprisePlus.cpuPackageCoreLimited] total: 64 used: 62 (96.88%) free: 2 (3.12%)",
    "apps::vmware::connector::plugin licenses")

# --- Munin (munin-limits messages; graph titles, field labels and default limits from the plugins)
munin("plugins/node.d/df", "disk_full", "'Disk usage in percent' past its critical 98 (rule 2)",
      "prod", "web-shop-04.prod", "df", "Disk usage in percent", "critical", "/var", "98.41", ":98")
munin("plugins/node.d/df_inode", "disk_full", "'Inode usage in percent' past its warning 92 (rule 2)",
      "prod", "build-agent-12.ci", "df_inode", "Inode usage in percent", "warning", "/home", "93.70", ":92")
munin("plugins/node.d/exim_mailqueue", "queue_backlog", "Exim's queued mails past queuecrit 200 (rule 4, queue depth)",
      "mail", "mx1.mail", "exim_mailqueue", "Exim Mailqueue", "critical", "queued mails", "4211.00", "0:200")
munin("plugins/node.d/exim_mailqueue", None, "Exim's frozen mails: messages the MTA froze after failed delivery (rule 12, dead-lettered)",
      "mail", "mx1.mail", "exim_mailqueue", "Exim Mailqueue", "warning", "frozen mails", "137.00", "0:100")
munin("plugins/node.d/postfix_mailqueue", "queue_backlog", "Postfix's active queue: mail waiting for delivery (rule 12)",
      "mail", "relay-02.mail", "postfix_mailqueue", "Postfix Mailqueue", "critical", "active", "18442.00", ":5000")
munin("plugins/node.d/postgres_streaming_", "replication_lag", "'PostgreSQL replication lag': a standby's apply delay (rule 7)",
      "db", "pg-core-01.db", "postgres_streaming_pg-core-01:pg-core-02", "PostgreSQL replication lag", "critical", "Apply delay", "524288.00", ":65536")
munin("plugins/node.d/slony_lag_", "replication_lag", "'Slony lag': Slony replication lag of a subscriber node (rule 7)",
      "db", "pg-legacy-01.db", "slony_lag_shop", "Slony lag", "warning", "Node 3", "912.00", ":300")
munin("plugins/node.d/mysql_", "replication_lag", "mysql_'s 'Secs Behind Master' past its default 600 (rule 7)",
      "db", "db-shop-replica-2.db", "mysql_replication", "Replication", "critical", "Secs Behind Master", "1412.00", ":600")
munin("plugins/node.d/postgres_querylength_", "high_latency", "'PostgreSQL query length': the oldest running query's age (rule 4, slow queries)",
      "db", "pg-core-01.db", "postgres_querylength_ALL", "PostgreSQL query length", "critical", "Oldest query", "1834.00", ":600")
munin("plugins/node.d/postgres_oldest_prepared_xact_", None, "the age of the oldest prepared (two-phase) transaction: no signature",
      "db", "pg-core-01.db", "postgres_oldest_prepared_xact_ALL", "PostgreSQL oldest prepared transaction", "warning", "Oldest prepared transaction", "7260.00", ":3600")
munin("plugins/node.d/pgbouncer_connections", "connection_pool_exhaustion", "PgBouncer 'Waiting clients' (cl_waiting): clients waiting because the pool's server connections are all taken (policy decision 2)",
      "db", "pgbouncer-01.db", "pgbouncer_connections", "PgBouncer connections", "critical", "Waiting clients", "87.00", ":10")
munin("plugins/node.d/http_loadtime", "high_latency", "'HTTP loadtime of a page' past its critical 30 s (rule 4)",
      "web", "monitor-01.web", "http_loadtime", "HTTP loadtime of a page", "critical", "https://www.shop.example.net/", "41.27", ":30")
munin("plugins/node.d/ping_", "node_down", "packet loss 100%: every ping failed (rule 16)",
      "net", "monitor-01.net", "ping_fw-branch-07", "IPv4 ping times to fw-branch-07", "critical", "packet loss (%)", "100.00", ":50")
munin("plugins/node.d/ping_", None, "partial packet loss (rule 16, link quality)",
      "net", "monitor-01.net", "ping_fw-branch-04", "IPv4 ping times to fw-branch-04", "warning", "packet loss (%)", "18.00", ":10")
munin("plugins/node.d/ping_", None, "ping round-trip time (rule 16, link quality)",
      "net", "monitor-01.net", "ping_fw-branch-04", "IPv4 ping times to fw-branch-04", "warning", "fw-branch-04", "0.84", ":0.5")
munin("plugins/node.d/ntp_offset", None, "NTP offset of the system peer: no signature",
      "prod", "app-orders-05.prod", "ntp_offset", "NTP timing statistics for system peer", "critical", "Offset", "1.83", "-0.5:0.5")
munin("plugins/node.d/munin_update", None, "the time munin-update takes to collect a host: the monitor's own collection (rule 16)",
      "munin", "munin-master.mgmt", "munin_update", "Munin-update", "warning", "web-shop-04.prod", "262.14", ":240")
munin("plugins/node.d/smart_", None, "a S.M.A.R.T. attribute below the vendor's threshold: a predicted drive failure, no signature",
      "storage", "nas-02.storage", "smart_sdc", "S.M.A.R.T values for drive sdc", "critical", "Reallocated_Sector_Ct", "5.00", "36:")

family.write()
