"""Builds tests/fixtures/corpus/probes_datadog11.jsonl: Datadog's own recommended monitors
(DataDog/integrations-core and DataDog/integrations-extras, `*/assets/monitors/*.json`: each
monitor's name, message and query) and the CRITICAL/WARNING texts of a few of the Agent's service
checks (tls, tcp_check), rendered as the shipped `datadog` webhook mapping
(config/sources.example.yml) turns a Datadog webhook into an alert: the title's markers
("[P2]", "[Triggered on {host:db-3}]") are stripped into `alertname`, a `service:` tag of the
title becomes `service`, `event_type` and `priority` are kept, `sender` is `datadog`, and the body
(`%%% ... %%%` with the monitor's rendered message, the metric summary Datadog appends and the
Monitor Status links) is the `description`. Template variables ({{value}}, {{host.name}},
{{#is_alert}} sections) are filled in as Datadog renders them for the transition.

Many integrations: databases (PostgreSQL, MySQL, MongoDB, SQL Server, ClickHouse, Vertica,
SingleStore, MongoDB Atlas), brokers (Kafka, Confluent, RabbitMQ, ActiveMQ Artemis, Celery),
web servers and proxies (NGINX, HAProxy, Apache, Tomcat, IIS, Squid), Kubernetes, ECS Fargate,
Istio, CoreDNS, Consul, Redis, Elasticsearch, Temporal, Vault, Ray, Triton, Airflow, ArgoCD, PHP
APCu, Resilience4j, External Secrets, Syncthing and others. Labels follow POLICY.md; monitors whose
name and query disagree (RabbitMQ's "disk usage" monitor computing memory, MySQL's "slave not
running" monitor computing seconds behind master) and those whose cause the policy does not
settle (queued readers, blocked processes, unhealthy availability groups, thread-pool busy
ratios, replica-count mismatches) are left out (rules 6 and 8)."""
import re
from urllib.parse import quote

from probes_common import ProbeFamily

CORE = 'DataDog/integrations-core'
EXTRAS = 'DataDog/integrations-extras'
EXTRAS_COMMIT = '57e9d599daad03d877fa75c3a4648a6e70ae9860'
FAMILY = ProbeFamily('probes_datadog11.jsonl')

# The shipped mapping's regexes (config/sources.example.yml, source `datadog`).
MARKERS = r'(?:P\d|TEST|Triggered|Recovered|Re-Triggered|Warn|Re-Warn|No Data|Re-No Data|Renotify)'
ALERTNAME = re.compile(r'^(?:\[' + MARKERS + r'(?: on \{.*?\})?\]\s*)*(.*?)(?: on service:\S+)?$')
SERVICE = re.compile(r'\bservice:([A-Za-z0-9_.-]+)')
PRIORITY = re.compile(r'^(?:\[[^\]]*\]\s*)*?\[(P\d)\]')

_counter = [0]


def webhook_labels(title, event_type):
    labels = {'alertname': ALERTNAME.match(title).group(1)}
    m = SERVICE.search(title)
    if m:
        labels['service'] = m.group(1)
    labels['event_type'] = event_type
    m = PRIORITY.match(title)
    if m:
        labels['priority'] = m.group(1)
    labels['sender'] = 'datadog'
    return labels


def stamp(i):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    day = 2 + (i * 5) % 26
    return f"{days[(day + 1) % 7]} Mar {day:02d} 2026 {(i * 7) % 24:02d}:{(i * 13) % 60:02d}:{(i * 29) % 60:02d} UTC"


def dd(src, expected, name, message, what, group=None, status='Triggered', priority=None,
       summary=None, event_type='query_alert_monitor'):
    """One webhook: title = markers + the monitor's rendered name; body = rendered message,
    Datadog's metric summary and the footer links."""
    _counter[0] += 1
    i = _counter[0]
    mid = 41_000_000 + i * 7919
    marker = f'[{status} on {{{group}}}]' if group else f'[{status}]'
    title = (f'[{priority}] ' if priority else '') + marker + ' ' + name
    parts = ['%%%', message.strip()]
    if summary:
        parts += ['', summary]
    parts += ['', f'The monitor was last triggered at {stamp(i)}.', '', '- - -', '']
    gq = f'group={quote(group)}&' if group else ''
    parts.append(f'[[Monitor Status](https://app.datadoghq.com/monitors/{mid}?{gq}link_source=monitor_notif)]'
                 f' · [[Edit Monitor](https://app.datadoghq.com/monitors/{mid}/edit?link_source=monitor_notif)]')
    parts.append('%%%')
    repo, path, _ = src
    integ = path.split('/')[0]
    kind = 'recommended monitor' if '/assets/monitors/' in path else 'service check'
    FAMILY.add(src, expected, f'Datadog {kind} ({integ}) {path.split("/")[-1]}: {what}',
               webhook_labels(title, event_type), {'description': '\n'.join(parts)})


def core(path, commit):
    return (CORE, path, commit)


def extras(path):
    return (EXTRAS, path, EXTRAS_COMMIT)


def avg(metric, scope, op, thr, window):
    return f'**{metric}** over **{scope}** was **{op} {thr}** on average during the **last {window}**.'


def anomaly(metric, scope, window='15m'):
    return (f'**{metric}** over **{scope}** had **> 1** anomalous values during the **last {window}**'
            ' (bounds from the agile model).')


def sc(check, scope, state, n, msg=None):
    out = f'**{check}** over **{scope}** was **{state}** for {n} consecutive checks.'
    if msg:
        out = f'Check message: {msg}\n\n' + out
    return out


N = None
OOM, DISK, CONN, DNSF, CERT = 'out_of_memory', 'disk_full', 'connection_pool_exhaustion', 'dns_failure', 'certificate_expiry'
LAG, QUEUE, DOWN, CRASH, ERR, LAT = ('replication_lag', 'queue_backlog', 'node_down', 'crash_loop',
                                     'high_error_rate', 'high_latency')

# ------------------------------------------------------------------ Redis
S = core('redisdb/assets/monitors/high_mem.json', '20f741119ad3623f0ca27f014b181916c4e4605e')
dd(S, OOM, '[Redis] High memory consumption', 'ALERT: Redis is consuming 93.4% of total memory allocated.',
   'memory used over maxmemory, alert', group='host:cache-prod-2',
   summary=avg('redis.mem.used', 'host:cache-prod-2', '>', '90.0', '5m'))
dd(S, OOM, '[Redis] High memory consumption', 'WARNING: Redis is consuming 76.1% of total memory allocated.',
   'memory used over maxmemory, warning', group='host:sessions-redis-1', status='Warn',
   summary=avg('redis.mem.used', 'host:sessions-redis-1', '>', '70.0', '5m'))
S = core('redisdb/assets/monitors/cmd_latency.json', 'a8ede09881fbe17cc9be9dfff457f99d81e5d50c')
dd(S, LAT, '[Redis] High command latency (p99)', """## 🚨 What’s happening

High Redis command latency detected (p95 > 20ms for 5 minutes).

Redis is experiencing elevated command latency, which suggests that operations are not responding within expected thresholds. This could be caused by internal contention, blocked commands, slow clients, or downstream pressure from connected services.

---

## 📈 Impact

Increased command latency can lead to:

- Slower application performance and timeouts
- Delayed cache reads/writes
- Poor user experience in latency-sensitive applications

---

### Cause and Resolution

Cause | Resolution
------|-----------
Command backlog or slow queries | Investigate slow logs and blocked clients.
High memory or CPU pressure | Scale the node or optimize Redis configuration.
Network degradation | Check latency and packet loss metrics.""",
   'slowlog p95 latency with its runbook', group='host:cache-prod-1',
   summary=avg('redis.slowlog.micros.95percentile', 'host:cache-prod-1', '>', '20000.0', '5m'))
S = core('redisdb/assets/monitors/error.json', 'cfb4e91d7972c600a6fe21743c7c3599dc4de777')
dd(S, ERR, '[Redis] Error rate elevated', """## 🚨 What’s happening

High Redis error rate detected (more than 5 errors per second over 5 minutes).

Redis is returning errors for client commands at an elevated rate. This may signal misconfigured applications, authentication issues, or denied commands.

---

### Cause and Resolution

Cause | Resolution
------|-----------
Failed AUTH attempts | Ensure clients use correct credentials and Redis ACL settings.
Application bug or misconfiguration | Fix command usage or update client libraries.""",
   'command errors per second with its runbook', summary=avg('redis.errors.per_sec', 'integration:redis', '>', '5.0', '5m'))

# ------------------------------------------------------------------ PostgreSQL
S = core('postgres/assets/monitors/db_unavailable.json', 'd83a7da73ac6a0d33483e946abcccc541853dcc5')
dd(S, DOWN, '[Postgres] Database orders is unavailable', """### 🧾 What's Happening

We have detected that the production PostgreSQL database (`db-prod.postgres.internal`) is currently **unavailable**. This may be due to a service crash, high resource usage, or network connectivity issues.

### ⚠️ Impact

-   Application services that rely on the database are currently degraded or non-functional.
-   End users may experience failed requests, timeouts, or inability to access key features.

### 🛠 Runbook

**1. Verify the database status**
systemctl status postgresql

**2. Check system resources**
df -h      # Check disk space
free -m    # Check memory

**3. Inspect PostgreSQL logs**
Look for:

-   FATAL errors
-   max connections reached
-   unexpected shutdowns""", 'no connections reported for the database, with its runbook', group='db:orders',
   summary=avg('postgresql.connections', 'db:orders', '<=', '1.0', '5m'))
S = core('postgres/assets/monitors/percent_usage_connections.json', '47ea30d0436ae867feaa53523ae229793dbd8f30')
dd(S, CONN, '[Postgres] Number of connections is approaching connection limit on pg-main-01',
   'Please check host pg-main-01, as the Postgres connection pool is approaching saturation.',
   'percent of max_connections in use', group='host:pg-main-01',
   summary=avg('postgresql.percent_usage_connections', 'host:pg-main-01', '>', '0.9', '15m'))
dd(S, CONN, '[Postgres] Number of connections is approaching connection limit on pg-reporting-2',
   'Please check host pg-reporting-2, as the Postgres connection pool is approaching saturation.',
   'percent of max_connections in use, warning', group='host:pg-reporting-2', status='Warn', priority='P3')
S = core('postgres/assets/monitors/replication_delay.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, LAG, '[Postgres] Replication delay is abnormally high on pg-replica-03',
   'Please check host pg-replica-03, as replication delay has been abnormally high.',
   'anomaly of replication delay', group='host:pg-replica-03',
   summary=anomaly('postgresql.replication_delay', 'host:pg-replica-03'))

# ------------------------------------------------------------------ MySQL
S = core('mysql/assets/monitors/mysql_replication_seconds_behind_master.json', '1536a2490b81c641fd5b352597fb0f6d65d50253')
dd(S, LAG, '[MySQL] Replication seconds behind master',
   'MySQL Replication behind on mysql-replica-2\n\nPossible cause: Network lag, MySQL replication broken',
   'seconds behind master above 3000', group='host:mysql-replica-2',
   summary=avg('mysql.replication.seconds_behind_master', 'host:mysql-replica-2', '>', '3000.0', '5m'))
S = core('mysql/assets/monitors/replica_running.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, N, '[MySQL] Replica mysql-replica-1 is not running properly',
   'Replica_IO_Running and/or Replica_SQL_Running is not running on replica mysql-replica-1. Consider investigating to restore full data replication.',
   'replication threads stopped (broken replication, rule 5)', group='host:mysql-replica-1', event_type='service_check',
   summary=sc('mysql.replication.replica_running', 'host:mysql-replica-1', 'CRITICAL', 2))
S = core('mysql/assets/monitors/select_query_rate.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, N, '[MySQL] Unusual drop in SELECT query rate on server mysql-primary-1',
   'Get notified of drastic and prolonged drops in SELECT query throughput.',
   'anomaly of SELECT throughput (look-alike)', group='host:mysql-primary-1',
   summary=anomaly('mysql.performance.com_select', 'host:mysql-primary-1'))

# ------------------------------------------------------------------ MongoDB
S = core('mongo/assets/monitors/high_connections.json', '20f741119ad3623f0ca27f014b181916c4e4605e')
dd(S, CONN, '[MongoDB] High incoming connections',
   'The number of incoming connections is reaching the maximum. 92.7 % of the available connections have been used on rs0',
   'current over current+available connections', group='replset_name:rs0',
   summary=avg('mongodb.connections.current', 'replset_name:rs0', '>', '90.0', '5m'))
dd(S, CONN, '[MongoDB] High incoming connections',
   'The number of incoming connections is reaching the maximum. 71.3 % of the available connections have been used on shard-02',
   'current over current+available connections, warning', group='replset_name:shard-02', status='Warn')
S = core('mongo/assets/monitors/high_fsstorage_usage.json', 'de203da6501361836461dedb8969af08ae9a6419')
dd(S, DISK, '[MongoDB] High file system storage usage',
   'The used file system storage is reaching capacity for database host mongo-data-3:27017 on MongoDB Cluster prod-eu. 84.2 % of the total storage has been used.',
   'fsusedsize over fstotalsize', group='clustername:prod-eu,database_instance:mongo-data-3:27017')
S = core('mongo/assets/monitors/high_query_targeting.json', '44afeb1e4ae8cf54a9678604f1eca12d6b21077f')
dd(S, N, 'MongoDB query targeting is high on cluster prod-eu',
   'MongoDB operation 7d3c1a9e4f0b2c68 query targeting is high on MongoDB cluster prod-eu. \nQuery targeting measures the ratio of keys examined, documents examined vs. documents returned by MongoDB queries. \nHigh query targeting can indicate that queries are not using indexes effectively. \nThe ratio is 4812.5, exceeding the threshold of 1000.',
   'keys examined per document returned (look-alike)', group='clustername:prod-eu',
   event_type='database_monitoring_alert')
S = core('mongo/assets/monitors/high_replication_lag.json', 'ddf520650902bf7b1cb57b3038aeaa42f8a2d18a')
dd(S, LAG, '[MongoDB] High replication lag',
   'MongoDB Cluster prod-eu member mongo-data-2:27017 replication lag is high. The replication lag is 184.0 seconds.',
   'optime lag of a member', group='clustername:prod-eu,member:mongo-data-2:27017')
S = core('mongo/assets/monitors/low_oplog_window.json', '6ebe192fe35704e78498794489dc2d7032dc7ea4')
dd(S, N, '[MongoDB] Low oplog window',
   'Oplog window for database host mongo-data-1:27017 on MongoDB Cluster prod-eu is below the threshold. The oplog window is 2950.0 seconds.',
   'oplog time span below an hour (look-alike)', group='clustername:prod-eu,database_instance:mongo-data-1:27017')

# ------------------------------------------------------------------ Elasticsearch
S = core('elastic/assets/monitors/elastic_average_search_latency.json', '118b0269b7f9f97bc02e0916e63b289bb71dbf38')
dd(S, LAT, 'Average Search Query Latency is High on products-v7',
   'The average search query latency is 1843.2 ms/request on Index:products-v7 for the last 10 minutes. Alerting value >= 1500.0 ms/request.',
   'query time per query of an index, alert', group='index_name:products-v7')
dd(S, LAT, 'Average Search Query Latency is High on logs-2026.03',
   'The average search query latency is 1210.6 ms/request on Index:logs-2026.03 for the last 10 minutes. Warning value >= 1000.0 < 1500.0.',
   'query time per query of an index, warning', group='index_name:logs-2026.03', status='Warn')
S = core('elastic/assets/monitors/elastic_pending_tasks_high.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, QUEUE, '[ElasticSearch] Number of pending tasks is high', 'Number of pending tasks (all priority) is high: 23.0 tasks',
   'cluster pending tasks', summary=avg('elasticsearch.pending_tasks_total', '*', '>', '15.0', '5m'))
S = core('elastic/assets/monitors/elastic_query_latency_high.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, LAT, '[ElasticSearch] Time spent on queries is high on es-data-04',
   'The time spent on processing queries is increasing (4.1 s/query).\nYou may want to look for potential resource bottlenecks, or investigate whether you need to [optimize your queries.](https://www.datadoghq.com/blog/elasticsearch-performance-scaling-problems/)',
   'query time per query of a node', group='host:es-data-04')
S = core('elastic/assets/monitors/elastic_query_load_high.json', '20f741119ad3623f0ca27f014b181916c4e4605e')
dd(S, N, '[ElasticSearch] Query load is high on es-data-02', 'Number of queries currently in progress is high (14.0 queries)',
   'queries in progress (look-alike)', group='host:es-data-02',
   summary=avg('elasticsearch.search.query.current', 'host:es-data-02', '>', '10.0', '5m'))
S = core('elastic/assets/monitors/elastic_requests.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, ERR, '[ElasticSearch] Unsuccessful requests rate is high',
   'Unsuccessful requests rate is high: document is missing in 18.3% of requests.', 'missing-document GET ratio')
S = core('elastic/assets/monitors/elasticsearch_can_connect.json', '440740e56bf601290e2596437f32a80057a1183e')
dd(S, DOWN, '[elasticsearch] Unable to connect to Elasticsearch on es-master-1:9200',
   'The agent cannot connect to Elasticsearch on es-master-1:9200\n\nFollow these steps to troubleshoot:',
   'can_connect service check', group='host:es-master-1,port:9200', event_type='service_check',
   summary=sc('elasticsearch.can_connect', 'host:es-master-1,port:9200', 'CRITICAL', 3))
dd(S, DOWN, '[elasticsearch] Unable to connect to Elasticsearch on search-7:9200',
   'The agent cannot connect to Elasticsearch on search-7:9200\n\nFollow these steps to troubleshoot:',
   'can_connect service check with the check message', group='host:search-7,port:9200', event_type='service_check',
   priority='P1', summary=sc('elasticsearch.can_connect', 'host:search-7,port:9200', 'CRITICAL', 3,
                             "HTTPConnectionPool(host='search-7', port=9200): Max retries exceeded with url: / (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))"))

# ------------------------------------------------------------------ Kafka, Confluent
S = core('kafka/assets/monitors/broker_produce_latency.json', '20f741119ad3623f0ca27f014b181916c4e4605e')
dd(S, LAT, '[Kafka] High produce latency: 412.7 reqs/s on broker kafka-2:9999', """ALERT: The p99 produce latency on broker kafka-2:9999 reached: 412.7.


**Potential Impacts**

  - Client timeouts
  - Delays in the ability of clients to process their workload
  - Could be a leading indicator that the broker is falling behind
    due to lack of capacity or a performance-impacting incident.

**Recommended Actions**

  - Investigate the state of the broker
  - Consider expanding capacity by adding additional brokers
  - Broker restart or replacement can help in some situations.
    If TCP memory is high, and increasing in correlation with the
    load, this could mean that the disk is struggling to keep up.""",
   'p99 produce time of a broker with its recommended actions', group='instance:kafka-2:9999')
S = core('kafka/assets/monitors/kafka_high_producer_request_rate.json', '6bd5f7d1cce1aa0877fc4bbc5734be8d19c6fc8d')
dd(S, N, '[Kafka] High request rate on producer ingest-worker-3',
   'The request rate on a producer is abnormally high: 2874.0 request/s.', 'producer request-rate anomaly (look-alike)',
   group='host:ingest-worker-3', summary=anomaly('kafka.producer.request_rate', 'host:ingest-worker-3', '5m'))
S = core('confluent_platform/assets/monitors/unclean_leader_election.json', 'a6c4d13adcc3c4590f1b15933cad36f4cdd2e171')
dd(S, N, '[Confluent Platform] Unclean leader election',
   'An unclean leader election has occurred in your cluster. This is an indication of potential data loss. \n\nIf this unclean leader election was not intentional, consider disabling unclean leader election in your Broker settings.',
   'unclean leader election (look-alike)', group='instance:broker-1')

# ------------------------------------------------------------------ RabbitMQ, ActiveMQ, Celery
S = core('rabbitmq/assets/monitors/disk_usage_prometheus.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, DISK, '[RabbitMQ - OMV2] Disk Space is Low',
   'Disk space is extremely low. \nThis can be caused by an overload of messages or persistent messages that are being mismanaged. \nPlease resolve.',
   'free disk space watermark alarm', priority='P3',
   summary=avg('rabbitmq.alarms.free_disk_space.watermark', '*', '>=', '1.0', '5m'))
S = core('rabbitmq/assets/monitors/message_ready.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, QUEUE, '[RabbitMQ] Queue message(s) ready in billing.invoices',
   'Messages are ready in billing.invoices on rabbit-2. With messages ready in your queue, ensure you have consumers to consume these messages.',
   'messages ready in a queue', group='host:rabbit-2,rabbitmq_queue:billing.invoices',
   summary=avg('rabbitmq.queue.messages_ready', 'host:rabbit-2,rabbitmq_queue:billing.invoices', '>', '1.0', '5m'))
S = core('rabbitmq/assets/monitors/message_unack_prometheus.json', '75e0a94f0ded66cc074e24a38629d990f7657d0a')
dd(S, QUEUE, '[RabbitMQ - OMV2] Unacknowledged Messages are higher than usual',
   'The ratio of unacknowledged to acknowledged messages in this queue is higher than usual. \nPlease check your message pipeline.',
   'unacked share of queued messages', priority='P3')
S = core('rabbitmq/assets/monitors/message_unacknowledge_rate_anomaly.json', '348c68b41b7df8da45ea011f45275a710c781db6')
dd(S, QUEUE, '[RabbitMQ] Messages unacknowledged rate is higher than usual on: rabbit-1',
   'The rate at which messages are being delivered without receiving acknowledgement is higher than usual. There may be errors or performance issues downstream.\n\nHost: rabbit-1\nRabbitMQ Queue: orders.created',
   'anomaly of unacknowledged messages', group='host:rabbit-1,rabbitmq_queue:orders.created')
S = core('activemq/assets/monitors/activemq_artemis_high_disk_store.json', '20f741119ad3623f0ca27f014b181916c4e4605e')
dd(S, DISK, '[ActiveMQ Artemis] High disk store percentage on artemis-0',
   'Please check host artemis-0, as disk store usage is abnormally high at 0.97.', 'disk store usage', group='host:artemis-0',
   summary=avg('activemq.artemis.disk_store_usage_pct', 'host:artemis-0', '>', '0.95', '10m'))
S = core('activemq/assets/monitors/activemq_artemis_unrouted_messages.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, N, '[ActiveMQ Artemis] High number of unrouted messages on address audit.events',
   'The number of unrouted messages on address audit.events has exceeded its normal range to 412.0 messages.',
   'unrouted messages (look-alike)', group='address:audit.events')
S = core('celery/assets/monitors/celery_exection_idle.json', '83a7d6c1b4afe39cde8c6fd9cc8836a0ccaf24eb')
dd(S, N, 'Celery workers are idle.', 'Celery workers are likely idle. Workers are not executing tasks.',
   'no task executing (look-alike)', group='endpoint:http://flower:5555,worker:celery@worker-4')
S = core('celery/assets/monitors/celery_workers_down.json', '7e18bb04a43edb921b14613886625892bd612e02')
dd(S, DOWN, 'Celery workers are down on jobs-host-2', 'There are no Celery workers online. Please check.',
   'no worker online', group='endpoint:http://flower:5555,host:jobs-host-2')

# ------------------------------------------------------------------ NGINX
S = core('nginx/assets/monitors/4xx.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, ERR, '[NGINX] 4xx Errors higher than usual', 'Number of 4xx errors on NGINX upstreams is at 318.0 which is higher than usual.',
   'anomaly of upstream 4xx', group='upstream:accounts-backend',
   summary=anomaly('nginx.upstream.peers.responses.4xx', 'upstream:accounts-backend'))
S = core('nginx/assets/monitors/5xx.json', '97862d6946e63f6acaccb3105a22815fb1b9b76e')
dd(S, ERR, '[NGINX] 5xx Errors higher than usual', 'Number of 5xx errors on NGINX upstreams is at 97.0 which is higher than usual.',
   'anomaly of upstream 5xx', group='upstream:checkout-backend')
S = core('nginx/assets/monitors/upstream_health_check_failures.json', '25762b233088cbd6074c65d67b90c4e26d5b0bae')
dd(S, DOWN, '[NGINX] Upstream active health check failures', """## 🚨 What's happening?

NGINX Plus active health checks are currently failing for one or more peers in upstream group **payments-api**. Current value: `0.0` (threshold: `1.0`). The affected peer(s) have been removed from the load balancing rotation and will remain out of rotation until health checks pass again.

---

## 📈 Impact

Unhealthy peers are removed from the load balancing pool by NGINX Plus, reducing upstream capacity. If multiple peers are marked unhealthy simultaneously, remaining peers absorb disproportionate traffic and may cascade into further failures and elevated `nginx.upstream.peers.responses.5xx` for end users.

---

## Why?

Possible causes:
* **Backend process crash or restart** — The upstream application server is down or mid-restart, causing the configured health check probe to fail.
* **Network partition between NGINX and upstream** — NGINX Plus cannot reach the backend host due to firewall rules, routing changes, or host-level network issues.
* **Upstream resource exhaustion** — The upstream server is too overloaded (CPU, memory, thread pool) to respond to active health check probes within the configured timeout.""",
   'peers failing active health checks, with its runbook', group='upstream:payments-api')
S = core('nginx/assets/monitors/upstream_latency.json', '8902eb4012a50eb3e7e7fb8c878866e672c25bd7')
dd(S, LAT, '[NGINX] Upstream **search-backend** response latency is anomalously high', """## 🚨 What's happening?

An anomaly has been detected in the response time of NGINX upstream **search-backend** (anomaly score: `1.0`, threshold: `1.0`). Backend servers are responding significantly slower than their historical baseline. Slow backends degrade user experience and increase connection hold times long before 5xx errors surface.

First triggered at **2026-03-14 02:11:07 UTC**, active for **420** seconds.

---

## 📈 Impact

Slow upstream responses hold NGINX worker connections open in the `writing` state, reducing capacity for new client connections. Sustained latency increases cascade into timeout accumulation, rising `nginx.net.connections` counts, and eventually connection drops or 504 Gateway Timeout errors for end users.

---

## Why?

Possible causes:
* **Backend CPU or memory saturation** — The upstream server is under resource pressure, causing requests to queue internally before being processed.
* **Database query regression** — A slow or unindexed query introduced by a recent deployment is blocking request handling on the backend.
* **GC pauses or JVM/runtime issues** — For JVM-based or managed-runtime backends, garbage collection pauses can cause periodic latency spikes.""",
   'anomaly of upstream response time, with its runbook', group='upstream:search-backend')
S = core('nginx/assets/monitors/worker_crashes.json', '0fd8bed57aaf4f4d9dd65ae604ae8236df04b60f')
WORKER_WHY = """

---

## 📈 Impact

Each worker crash drops all in-flight requests handled by that worker, causing client-visible connection resets and errors. Repeated respawning degrades overall NGINX throughput and may signal an impending full outage.

---

## Why?

Possible causes:
* **OOM kill** — A worker process exceeded its memory limit and was killed by the OS out-of-memory killer, typically due to large request buffers or memory leaks in a module.
* **Segfault or module bug** — A bug in a third-party NGINX module or the NGINX binary itself caused a segmentation fault, forcing the master process to respawn the worker.
* **Broken config reload** — A `nginx -s reload` with an invalid configuration caused workers to exit before the master process could cleanly replace them.
* **File descriptor exhaustion** — Workers hit the system `nofile` limit and crashed when unable to open new connections or log files."""
dd(S, CRASH, '[NGINX] Worker processes are crashing',
   "## 🚨 What's happening?\n\nNGINX on **edge-lb-3** has abnormally terminated and respawned 6.0 worker process(es) in the last 15 minutes. Any non-zero respawn count indicates an unhealthy NGINX deployment." + WORKER_WHY,
   'six worker respawns in 15 minutes, runbook naming OOM and fd causes', group='host:edge-lb-3')
dd(S, N, '[NGINX] Worker processes are crashing',
   "## 🚨 What's happening?\n\nNGINX on **edge-lb-1** has abnormally terminated and respawned 1.0 worker process(es) in the last 15 minutes. Any non-zero respawn count indicates an unhealthy NGINX deployment." + WORKER_WHY,
   'one worker respawn (one restart, rule 7; runbook causes are not evidence)', group='host:edge-lb-1')

# ------------------------------------------------------------------ HAProxy
S = core('haproxy/assets/monitors/backend_dreq.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, N, '[HAProxy] High number of backend denied responses for host: lb-eu-1',
   'The number of backend denied responses due to security restrictions for host: lb-eu-1 is above normal.\n\nA malicious attacker or misconfigured application could be to blame. More information on designing ACLs for HAProxy can be found in the [Introduction to HAProxy ACLs blog post](https://www.haproxy.com/blog/introduction-to-haproxy-acls/).',
   'ACL-denied responses (look-alike)', group='host:lb-eu-1')
S = core('haproxy/assets/monitors/backend_queue_time.json', '47ea30d0436ae867feaa53523ae229793dbd8f30')
dd(S, QUEUE, '[HAProxy] Backend queue time went above 500ms for host: lb-eu-2',
   'The average queue time for host: lb-eu-2 just reached: 734.0.', 'time requests wait in the backend queue',
   group='host:lb-eu-2', summary=avg('haproxy.backend.queue.time', 'host:lb-eu-2', '>', '500.0', '5m'))
S = core('haproxy/assets/monitors/backend_rtime.json', '08e1c164af27ff33cf4df4e945264ce657d10c60')
dd(S, LAT, '[HAProxy] Backend response time is above 500ms for host: lb-us-1',
   'The average backend response time for host: lb-us-1 is on average at: 862.5 over the last 5min.',
   'backend response time', group='host:lb-us-1')
S = core('haproxy/assets/monitors/backend_sessions.json', '4fd1c2391a49026ae93a22310e8abdcf1057bbbc')
dd(S, CONN, '[HAProxy] High amount of backend session usage for host: lb-us-2',
   'ALERT: The amount of backend sessions in use for host: lb-us-2 reached 86.4 for a detection threshold of 80.0 %\n\nWhen reaching the session limit HAProxy will deny additional clients until resource consumption drops. It could be time to either modify HAProxy’s configuration to allow more sessions, or migrate your HAProxy server to a bigger box.',
   'backend session percentage', group='host:lb-us-2')
S = core('haproxy/assets/monitors/frontend_4xx.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, ERR, '[HAProxy] Anomalous number of frontend 4xx HTTP responses for host: lb-eu-1',
   'An anomalous number of HAProxy frontend 4xx HTTP responses for host: lb-eu-1  has been detected over the last 15mins.',
   'anomaly of frontend 4xx', group='host:lb-eu-1')
S = core('haproxy/assets/monitors/frontend_5xx.json', '20f741119ad3623f0ca27f014b181916c4e4605e')
dd(S, ERR, '[HAProxy] Anomalous number of frontend 5xx HTTP responses for host: lb-us-1',
   'An anomalous number of HAProxy frontend 5xx HTTP responses for host: lb-us-1  has been detected over the last 15mins.',
   'anomaly of frontend 5xx', group='host:lb-us-1', priority='P2')
S = core('haproxy/assets/monitors/frontend_dreq.json', '36b08a93600c06be64a135806e7adbe995cc58c4')
dd(S, N, '[HAProxy] High number of frontend denied requests for host: lb-us-2',
   'The number of frontend denied requests due to security restrictions for host: lb-us-2 is above normal.\n\nA malicious attacker or misconfigured application could be to blame.',
   'ACL-denied requests (look-alike)', group='host:lb-us-2')
S = core('haproxy/assets/monitors/frontend_sessions.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, CONN, '[HAProxy] High amount of frontend session usage for host: lb-eu-2',
   'WARNING: The amount of frontend sessions in use for host: lb-eu-2 reached 63.0 for a detection threshold of 80.0 %',
   'frontend session percentage, warning', group='host:lb-eu-2', status='Warn')
S = core('haproxy/assets/monitors/haproxy_backend_2xx_response_low.json', '68ac1aecc0e1383bf8c4a309e6c148f400a98c58')
dd(S, ERR, '[HAProxy] Backend HTTP 2xx response rate is low on lb-eu-1',
   'The rate of 2xx backend response code session is low  (93.8%)', 'share of 2xx responses below 99%',
   group='host:lb-eu-1')
S = core('haproxy/assets/monitors/haproxy_frontend_session_pct_high.json', '68ac1aecc0e1383bf8c4a309e6c148f400a98c58')
dd(S, CONN, '[HAProxy] Number of frontend session is close to the limit on lb-us-1',
   'The number of opened frontend session is close to the limit configured (94.1%)', 'sessions against the configured limit',
   group='host:lb-us-1')
S = core('haproxy/assets/monitors/request_rate.json', '75e0a94f0ded66cc074e24a38629d990f7657d0a')
dd(S, N, '[HAProxy] Anomalous frontend request rate for host lb-eu-2',
   'There is an anomaly in the amount of frontend requests handled by HAProxy on host: lb-eu-2 ',
   'request-rate anomaly (look-alike)', group='host:lb-eu-2')

# ------------------------------------------------------------------ Apache, Tomcat, IIS, Squid
S = core('apache/assets/monitors/high_keep_alive_and_cpu.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, N, '[Apache] resource utilization',
   'High number of keep-alive async connections, combined with high CPU. You may want to lower the maximum number of simultaneous connections to the server (MaxRequestWorkers), and/or decrease the KeepAliveTimeout to avoid holding connections open longer than necessary.',
   'CPU-load anomaly naming connection settings (look-alike)', group='host:web-apache-2')
S = core('tomcat/assets/monitors/error_count.json', 'a6c50e93c833a6845cf1b8a9797c0c974ff73538')
dd(S, ERR, '[Tomcat] Increase of the errors/second rate for host: app-tc-3',
   'There is an increase of the number of errors per second on all request processors for host: app-tc-3\n\nErrors indicate an issue with the Tomcat server itself, a host, a deployed application, or an application servlet. This includes errors generated when the Tomcat server runs out of memory, can’t find a requested file or servlet, or is unable to serve a JSP due to syntax errors in the servlet codebase.',
   'anomaly of request-processor errors, text naming memory as one cause', group='host:app-tc-3')
S = core('tomcat/assets/monitors/max_proc_time.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, LAT, '[Tomcat] Anomalous max processing time for host app-tc-1',
   'There is an anomaly in the Tomcat max processing time on host: app-tc-1 \n\n`tomcat.max_time` indicates the maximum amount of time it takes for the server to process one request: from the time an available thread starts processing the request to the time it returns a response.\n\nA spike in max processing time could indicate that a JSP page isn’t loading or an associated process (such as a database query) is taking too long to complete.',
   'anomaly of max request processing time', group='host:app-tc-1')
S = core('tomcat/assets/monitors/processing_time.json', 'a6c4d13adcc3c4590f1b15933cad36f4cdd2e171')
dd(S, LAT, '[Tomcat] Anomalous average processing time for host app-tc-2',
   'There is an anomaly in the Tomcat average processing time on host: app-tc-2 \n\nIf the processing time increases as traffic increases, then you may not have enough worker threads to process the requests, or your server is reaching its threshold and consuming too much memory.',
   'anomaly of average processing time, text naming memory', group='host:app-tc-2')
S = core('tomcat/assets/monitors/req_count.json', '97862d6946e63f6acaccb3105a22815fb1b9b76e')
dd(S, N, '[Tomcat] Anomalous request rate for host app-tc-1',
   'There is an anomaly in the amount of requests handled by Tomcat on host: app-tc-1', 'request-rate anomaly (look-alike)',
   group='host:app-tc-1')
S = core('iis/assets/monitors/err.json', '75e0a94f0ded66cc074e24a38629d990f7657d0a')
dd(S, ERR, '[IIS] Increase of 404 error per second for site: intranet',
   'An increase of not found errors per second for site: intranet  has been detected over the last 15mins. Typically reported as an HTTP 404 response code.',
   'anomaly of 404 responses', group='site:intranet')
S = core('iis/assets/monitors/lock.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, ERR, '[IIS] Increase of locked error per second for site: webdav',
   'An increase of locked errors per second for site: webdav  has been detected over the last 15mins. Typically reported as an HTTP 423 response code.',
   'anomaly of 423 Locked responses (not a deadlock)', group='site:webdav')
S = core('iis/assets/monitors/req.json', '75e0a94f0ded66cc074e24a38629d990f7657d0a')
dd(S, N, '[IIS] Anomalous amount of requests for site: shop',
   'An anomalous amount of requests for site: shop has been detected over the last 15mins.', 'request anomaly (look-alike)',
   group='site:shop')
S = core('squid/assets/monitors/cpu_usage_exceeded.json', 'de203da6501361836461dedb8969af08ae9a6419')
dd(S, N, 'CPU usage exceeded', 'CPU Usage exceeded the threshold.  \nCurrent Usage : 94.0 %\nThreshold: 90.0 %',
   'CPU of the cache manager (look-alike)', priority='P4')
S = core('squid/assets/monitors/high_latency_requests.json', 'dbebf31a2c352223ccac4d59cea8baeb3b395fb9')
dd(S, LAT, 'High latency requests', 'The requests with long duration exceeded the threshold.  \nCurrent requests: 9  \nThreshold: 5',
   'log alert counting requests slower than 6s', priority='P4', event_type='log_alert_monitor')
S = core('squid/assets/monitors/high_rate_of_client_http_errors.json', 'f81aa7c3db3759499eacc0c586898a332f141daa')
dd(S, ERR, 'High rate of client HTTP errors', 'Too many client errors exceeded the threshold.  \nCurrent errors : 17.2 % \nThreshold: 15.0 %',
   'client HTTP error ratio', priority='P4')
S = core('squid/assets/monitors/high_rate_of_server_errors.json', 'f81aa7c3db3759499eacc0c586898a332f141daa')
dd(S, ERR, 'High rate of server errors', 'Too many server errors exceeded the threshold.  \nThreshold: 10.0 %',
   'server error ratio, warning', priority='P4', status='Warn')

# ------------------------------------------------------------------ Kubernetes, ECS Fargate, Karpenter-free
S = core('kubernetes/assets/monitors/monitor_cluster_cpu.json', 'd119ecbef5f6a1d599054eac626e36b61794d01f')
dd(S, N, '[kubernetes] Monitor Kubernetes Cluster CPU Usage', 'CPU usage reaching maximum capacity in prod-eu1',
   'CPU requests over capacity (look-alike)', group='kubernetes_cluster:prod-eu1')
S = core('kubernetes/assets/monitors/monitor_containers_terminated.json', 'ec301bdb9a8d10f8024224f5fdc26734cdc150b9')
dd(S, N, '[kubernetes] Monitor Kubernetes Pods Terminated', 'Containers in pods terminated on prod-eu1',
   'terminated containers without a reason (look-alike)', group='kubernetes_cluster:prod-eu1')
S = core('kubernetes/assets/monitors/monitor_high_disk_usage_node.json', '854a106a942844f7a677ea28f2f54290fec1e7b4')
dd(S, DISK, '[kubernetes] Monitor Kubernetes Node High Disk Usage',
   'Disk usage is at 91.3% capacity on ip-10-0-12-44 (prod-us1 cluster).', 'node disk in use',
   group='host:ip-10-0-12-44,kubernetes_cluster:prod-us1',
   summary=avg('system.disk.in_use', 'host:ip-10-0-12-44,kubernetes_cluster:prod-us1', '>', '88.0', '10m'))
S = core('kubernetes/assets/monitors/monitor_node_unavailable.json', '75e0a94f0ded66cc074e24a38629d990f7657d0a')
dd(S, N, '[kubernetes] Monitor Unschedulable Kubernetes Nodes',
   'More than 20% of nodes are unschedulable on (prod-eu1 cluster). \n Keep in mind that this might be expected based on your infrastructure.',
   'unschedulable (cordoned) nodes, rule 9', group='kube_cluster_name:prod-eu1')
S = core('kubernetes/assets/monitors/monitor_pod_crashloopbackoff.json', '3c8cbff12eb125b206c185192b869b97b7524bd4')
dd(S, CRASH, '[kubernetes] Pod checkout-7d9f8b6c4-x2lqp is CrashloopBackOff on namespace shop',
   'pod checkout-7d9f8b6c4-x2lqp is in CrashloopBackOff on shop \n This alert could generate several alerts for a bad deployment. Adjust the thresholds of the query to suit your infrastructure.',
   'waiting reason crashloopbackoff', group='kube_cluster_name:prod-eu1,kube_namespace:shop,pod_name:checkout-7d9f8b6c4-x2lqp')
dd(S, CRASH, '[kubernetes] Pod ledger-worker-0 is CrashloopBackOff on namespace finance',
   'pod ledger-worker-0 is in CrashloopBackOff on finance \n This alert could generate several alerts for a bad deployment. Adjust the thresholds of the query to suit your infrastructure.',
   'waiting reason crashloopbackoff', group='kube_cluster_name:prod-us1,kube_namespace:finance,pod_name:ledger-worker-0',
   priority='P2')
S = core('kubernetes/assets/monitors/monitor_pod_imagepullbackoff.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, N, '[kubernetes] Pod notifier-5b8c7f9d7-mm2kq is ImagePullBackOff on namespace comms',
   'pod notifier-5b8c7f9d7-mm2kq is in ImagePullBackOff on comms \n This could happen for several reasons, for example a bad image path or tag or if the credentials for pulling images are not configured properly.',
   'image pull back-off (look-alike)', group='kube_cluster_name:prod-eu1,kube_namespace:comms,pod_name:notifier-5b8c7f9d7-mm2kq')
S = core('kubernetes/assets/monitors/monitor_pod_memory_limit.json', 'b87341f08f1b639c0ce231bd98b700891d1d3805')
dd(S, OOM, '[kubernetes] Monitor Kubernetes Pod Memory Limit Reached',
   'search-api-6c9d5f7b8-4kq8w is using this percentage of its memory limit: 97.2.\n\nInspect: [Live Containers View](https://app.datadoghq.com/containers?columns=container_name,container_cpu,container_memory&sort=container_memory,DESC&tags=pod_name%3Asearch-api-6c9d5f7b8-4kq8w)',
   'rss over memory limit', group='kube_service:search-api,pod_name:search-api-6c9d5f7b8-4kq8w')
S = core('kubernetes/assets/monitors/monitor_pod_oomkilled.json', '8191df123652f1cf21d4cc4c30afeec80deec46a')
dd(S, OOM, '[Kubernetes] Pod report-builder-28571-zxq4t is OOMKilled on namespace analytics',
   'pod report-builder-28571-zxq4t is in OOMKilled on analytics \n This could happen for several reasons, for example insufficient memory limits, memory leaks in the application, or the node running out of available memory.',
   'terminated reason oomkilled', group='kube_cluster_name:prod-eu1,kube_namespace:analytics,pod_name:report-builder-28571-zxq4t')
S = core('kubernetes/assets/monitors/monitor_pods_failed_state.json', '36b08a93600c06be64a135806e7adbe995cc58c4')
dd(S, N, '[kubernetes] Monitor Kubernetes Failed Pods in Namespaces',
   'More than ten pods are failing in (prod-eu1 cluster). \n The threshold of ten pods varies depending on your infrastructure. Change the threshold to suit your needs.',
   'pods in phase Failed (look-alike)', group='kube_cluster_name:prod-eu1,kube_namespace:batch')
S = core('kubernetes/assets/monitors/monitor_pods_restarting.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, CRASH, '[kubernetes] Monitor Kubernetes Pods Restarting',
   'Pod inventory-sync-6f7d8c9b5-p9zrt restarted multiple times in the last five minutes.', 'restarts above 5 in 5 minutes',
   group='kube_cluster_name:prod-us1,pod_name:inventory-sync-6f7d8c9b5-p9zrt')
S = core('ecs_fargate/assets/monitors/ecs_fargate_ephemeral_storage.json', '1592c653ea7c957cc8036f0353553cf0e2ae2022')
dd(S, DISK, '[ECS Fargate] Ephemeral storage utilization is high for task 3f9c2a7e1b8d4c60 in service thumbnailer (cluster media-prod)',
   'AWS ECS Fargate task 3f9c2a7e1b8d4c60 in service thumbnailer (cluster media-prod) has exceeded ephemeral storage utilization threshold\n\nCurrent Usage: 87.5%\n\nTo investigate further, view the affected task in the [ECS Explorer](/orchestration/explorer/ecsTask?inspect=3f9c2a7e1b8d4c60)',
   'ephemeral storage over reserved', group='ecs_cluster:media-prod,ecs_service:thumbnailer,task_arn:3f9c2a7e1b8d4c60')
S = core('ecs_fargate/assets/monitors/ecs_fargate_mem_usage.json', '145606dc4d4fb076fb5f6b308830fda35ccb91af')
dd(S, OOM, '[ECS Fargate] AWS ECS Task Memory utilization is high',
   'AWS ECS Task 9a1d4e7c2f6b4a13 in service pdf-renderer (cluster docs-prod) has crossed Memory Utilization threshold\n\nTo investigate further, view the affected task in the [ECS Explorer](/orchestration/explorer/ecsTask?inspect=9a1d4e7c2f6b4a13)',
   'task memory over its limit', group='ecs_cluster:docs-prod,ecs_service:pdf-renderer,task_arn:9a1d4e7c2f6b4a13')
dd(S, OOM, '[ECS Fargate] AWS ECS Task Memory utilization is high',
   'AWS ECS Task 5c8e2b1a9d7f4e06 in service geo-api (cluster maps-prod) is approaching Memory Utilization threshold\n\nTo investigate further, view the affected task in the [ECS Explorer](/orchestration/explorer/ecsTask?inspect=5c8e2b1a9d7f4e06)',
   'task memory over its limit, warning', group='ecs_cluster:maps-prod,ecs_service:geo-api,task_arn:5c8e2b1a9d7f4e06', status='Warn')
S = core('ecs_fargate/assets/monitors/ecs_fargate_net_rcvd.json', 'eeb610898c25acad1c38d33686f9b0bbe66d161f')
dd(S, N, '[ECS Fargate] Network received error rate is high for service: ingest-gw in cluster: edge-prod',
   'ECS Fargate service ingest-gw in cluster edge-prod has a network received error rate of 7.3%, which exceeds the 5% threshold.\n\nThis indicates potential network connectivity issues. To investigate further, view the affected service in the [ECS Explorer](/orchestration/explorer/ecsService?query=ecs_service:ingest-gw+ecs_cluster:edge-prod)',
   'network receive errors (packets, not requests; look-alike)', group='ecs_cluster:edge-prod,ecs_service:ingest-gw')

# ------------------------------------------------------------------ Istio, CoreDNS, Consul, Envoy-free, ArgoCD
S = core('istio/assets/monitors/failed_sidecar_injection.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, N, '[Istio] Increased number of failed sidecar injection requests',
   'Monitor Istio for failed sidecar injection requests. Increasing failed requests may signify other issues in your Istio mesh and requires attention.',
   'failed sidecar injections (look-alike)')
S = core('istio/assets/monitors/request_error_rate.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, ERR, '[Istio] Proxy Requests Error Percentage',
   'Istio Proxy requests are reporting a high error percentage in mesh-prod. This indicates that greater than 40% of requests are getting a status code of 5xx, 4xx or 0 in the last 15 minutes.',
   'share of 5xx/4xx/0 responses', group='cluster_name:mesh-prod')
S = core('istio/assets/monitors/xds_push_error_rate.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, N, '[Istio] xDS Push Error Rate',
   'Istio is reporting a high xDS push error rate of 31.5% in the last 15 minutes in mesh-prod. This could indicate that Istio is having trouble creating or pushing messages to the different xDS APIs.',
   'configuration push errors (not requests; look-alike)', group='kube_cluster_name:mesh-prod')
S = core('coredns/assets/monitors/coredns_cache_hits_low.json', '3c8cbff12eb125b206c185192b869b97b7524bd4')
dd(S, N, '[CoreDNS] Cache hits count is low', 'The number of cache hits is lower than usual', 'cache hits (rule 13, look-alike)')
S = core('coredns/assets/monitors/coredns_request_duration_high.json', '20f741119ad3623f0ca27f014b181916c4e4605e')
dd(S, LAT, '[CoreDNS] Request duration is high on ip-10-0-4-17', 'Request duration process is high on ip-10-0-4-17 (0.034 s)',
   'DNS request duration (latency, rule 4)', group='host:ip-10-0-4-17')
S = core('consul/assets/monitors/consul_status.json', 'fceba5fa2e5633814d11c86121c4054db98e29eb')
dd(S, DOWN, 'Consul service status', 'Consul service is down for consul-server-2', 'consul.check CRITICAL',
   group='host:consul-server-2', event_type='service_check',
   summary=sc('consul.check', 'host:consul-server-2', 'CRITICAL', 3))
S = core('argocd/assets/monitors/application_sync_status.json', '5afb91c3319ce856f220e4fc4d97313bfa172957')
dd(S, N, '[ArgoCD] Application Sync Status', 'Application payments-api has been reporting with a sync_status:outofsync for the last 30 minutes.',
   'application out of sync (look-alike)', group='name:payments-api,sync_status:outofsync')

# ------------------------------------------------------------------ SQL Server, ClickHouse, Vertica, SingleStore
S = core('sqlserver/assets/monitors/sqlserver_ao_failover.json', '2441117f2c557287ae633f8cedf38d9adddca85a')
dd(S, N, '[SQLServer] Availability group failover detected',
   'SQLServer availability group has failed over from one primary replica to another', 'a failover (look-alike)',
   group='availability_group_name:ag-orders')
S = core('sqlserver/assets/monitors/sqlserver_db_not_online.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, DOWN, '[SQLServer] Database is not online', 'SQLServer database is not online for the last 5 minutes',
   'database state not ONLINE', group='database:Inventory,host:sql-02')
S = core('sqlserver/assets/monitors/sqlserver_db_not_sync.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, N, '[SQLServer] Database is not marked for replication sync',
   'SQLServer database is not marked for replication sync. It may not be synced with its backup.',
   'not marked for sync with its backup (look-alike)', group='database:Archive,host:sql-01')
S = core('sqlserver/assets/monitors/sqlserver_high_number_failed_auto_param.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, N, '[SQLServer] High number of failed auto-parameterization attempts',
   'There is a high number of failed auto-parameterization attempts in the past 5 minutes', 'failed auto-parameterization (look-alike)',
   group='host:sql-01')
S = core('clickhouse/assets/monitors/clickhouse_can_connect.json', 'a43d4096a5d8b8698a42cb5f6c2f218f8332c264')
dd(S, DOWN, '[ClickHouse] Cannot connect to ch-node-2',
   "The Datadog Agent cannot connect to ClickHouse on ch-node-2. Verify that the ClickHouse server is running and that the Agent configuration is correct.",
   'can_connect service check', group='host:ch-node-2', event_type='service_check',
   summary=sc('clickhouse.can_connect', 'host:ch-node-2', 'CRITICAL', 2))
S = core('clickhouse/assets/monitors/clickhouse_high_active_queries.json', '86c3eb96c43ff4da7fad4d3c12e87ba76f63aa51')
dd(S, N, '[ClickHouse] High number of active queries on ch-node-1',
   "## What's happening?\nClickHouse on ch-node-1 has a high number of concurrently active queries over the last 5 minutes. This may indicate query pile-up, long-running queries, or insufficient resources.\n\n## How to investigate\nCheck `system.processes` in ClickHouse for currently executing queries and identify any long-running or stuck queries.",
   'concurrent queries (look-alike)', group='host:ch-node-1')
S = core('clickhouse/assets/monitors/clickhouse_high_query_failure_rate.json', '6761680dea8420eb76826484ab084565b7359251')
dd(S, ERR, '[ClickHouse] High query failure rate on ch-node-3',
   "## What's happening?\nClickHouse on ch-node-3 has a high query failure rate over the last 5 minutes.\n\n## How to investigate\nCheck the ClickHouse system log (`system.query_log`) for error details and identify the failing queries.",
   'failed queries per second', group='host:ch-node-3')
S = core('clickhouse/assets/monitors/clickhouse_merge_pool_saturation.json', '5d2415e65c13ca43513c795b131e2863d6a744a0')
dd(S, N, '[ClickHouse] Background merge pool is saturated on ch-node-2',
   "## What's happening?\nThe ClickHouse background merge pool on ch-node-2 has a high number of active merge tasks. This may indicate write pressure exceeding the merge throughput, or merges being blocked by long-running operations.\n\n## How to investigate\nCheck `system.merges` for currently running merges. Consider reducing insert frequency, increasing `background_pool_size`, or investigating mutations blocking merges.",
   'background merges (look-alike)', group='host:ch-node-2')
S = core('clickhouse/assets/monitors/clickhouse_replica_delay.json', '55287a4acf698ef5a07a64c577907e4e750681a1')
dd(S, LAG, '[ClickHouse] Replica delay is high on ch-node-4',
   "## What's happening?\nClickHouse replica delay on ch-node-4 has exceeded the critical threshold over the last 15 minutes. Replicas may be serving stale data.\n\n## How to investigate\nCheck `system.replicas` for tables with high `absolute_delay`. Look for network issues between replicas, or high write load on the primary shard.",
   'absolute replica delay', group='host:ch-node-4')
S = core('vertica/assets/monitors/vertica_replication_safety.json', '75e0a94f0ded66cc074e24a38629d990f7657d0a')
dd(S, DOWN, '[Vertica] Nodes down above K-safety level',
   'Number of nodes down is above the K-safety, which may lead to data becoming unavailable.', 'nodes down beyond K-safety')
S = core('singlestore/assets/monitors/license_expiration.json', '3e62c61aa7c51c4b97f7d6fe19b7920844207214')
dd(S, N, '[SingleStore] License will expire soon', 'SingleStore license will expire in 7 days on node aggregator-1',
   'licence expiry (rule 5 look-alike)', group='singlestore_node_id:1,singlestore_node_name:aggregator-1')
S = core('singlestore/assets/monitors/read_failures.json', 'f9685526734ee5049371298ddb7f4fdcad3c00c9')
dd(S, ERR, '[SingleStore] Read queries failure rate is higher than before',
   'SingleStore read queries are failing more often on node leaf-3.', 'anomaly of the read-query success ratio',
   group='singlestore_node_id:7,singlestore_node_name:leaf-3')

# ------------------------------------------------------------------ Temporal, Vault, Ray, Triton, Airflow
S = core('temporal/assets/monitors/FrontendLatency.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, LAT, 'Temporal frontend latency is elevated', 'The latency for the Temporal frontend service is elevated (1432.0).',
   'frontend service latency')
S = core('temporal/assets/monitors/PersistenceLatency.json', '7b5527954538d448893d77e0c383030ab636f49f')
dd(S, LAT, 'Temporal persistence latency is elevated', 'The latency for the Temporal persistence is elevated (612.0).',
   'persistence store latency, warning', status='Warn')
S = core('vault/assets/monitors/vault_S3_time_high.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, LAT, '[Vault] S3 time to access secrets is high', 'S3 time to access secrets is high in the past 1 minute.',
   'S3 backend get time', group='host:vault-1')
S = core('ray/assets/monitors/failed_tasks.json', '02a1788593b68834e112abadc2f245d5561b2ac9')
dd(S, N, 'High Number of Failed Tasks on Ray.io Node',
   'There are 31.0 tasks that failed to be schedule because workers were not available. This occurred on node: 10.2.7.14. The stated reason was worker_startup_timeout.',
   'failed worker start-ups (failed tasks, rule 10)', group='nodeaddress:10.2.7.14,reason:worker_startup_timeout')
S = core('ray/assets/monitors/high_memory.json', '02a1788593b68834e112abadc2f245d5561b2ac9')
dd(S, OOM, 'High Memory Usage on Ray.io Node', 'There is less than 3.8% memory available.', 'available memory below 5%')
S = core('ray/assets/monitors/gpu_utilization.json', 'b531f2482d7b11c91d43237952be220570e5c1cd')
dd(S, N, 'GPU Utilization low on Ray.io Node', 'GPU Utilization is under 12.0%. Your system may be overprovisioned. This occurred on node: 10.2.7.19. ',
   'low GPU use (look-alike)', group='host:ray-gpu-3')
S = core('nvidia_triton/assets/monitors/cpu_memory.json', '44e53499060c6739f81ffea493bfb49163d7f45e')
dd(S, OOM, 'Nvidia Triton CPU memory usage on host triton-a100-2 is high.',
   'Your CPU on triton-a100-2 is running high, please check it.', 'host memory used over total (the message says CPU)',
   group='host:triton-a100-2')
S = core('airflow/assets/monitors/heartbeat_failures.json', '2ba5c3754a79c65743a253a58b4635755660ade6')
dd(S, N, 'Number of failed Heartbeats for a SchedulerJob job', 'Job SchedulerJob has failed 2.0 number of times.',
   'failed job heartbeats (rule 10)', group='host:airflow-sched-1,job_name:SchedulerJob,url:http://airflow:8080')
S = core('airflow/assets/monitors/ongoing_duration.json', '951b4d9a2c0180f762794f8e486fd21093417dff')
dd(S, N, 'DAG task ongoing duration', 'DAG nightly_export for task load_warehouse is taking more than an hour to complete on airflow-worker-2',
   "a task's own run time (rule 10)", group='dag_id:nightly_export,task_id:load_warehouse')

# ------------------------------------------------------------------ HTTP, disk
S = core('http_check/assets/monitors/http_can_connect.json', 'e7e8290747315a1a74761438a3b2b9596b15db20')
dd(S, DOWN, '[http_check] Cannot connect to URL: https://status.internal/health on Host: probe-1',
   'Cannot connect to URL: https://status.internal/health on Host: probe-1\n\nFollow these steps to troubleshoot:',
   'http.can_connect CRITICAL for 3 of 4 checks', group='host:probe-1,url:https://status.internal/health',
   event_type='service_check', summary=sc('http.can_connect', 'host:probe-1,url:https://status.internal/health', 'CRITICAL', 3))
S = core('http_check/assets/monitors/http_connect.json', 'f73484e0f6360a1fb77fbbac742a278575dd475a')
dd(S, DOWN, '[http_check] Cannot connect to URL: http://billing.svc:8080/ready on Host: probe-2',
   'Cannot connect to URL: http://billing.svc:8080/ready on Host: probe-2\n\nFollow these steps to troubleshoot:',
   'http.can_connect CRITICAL with the check message', group='url:http://billing.svc:8080/ready',
   event_type='service_check', priority='P1',
   summary=sc('http.can_connect', 'url:http://billing.svc:8080/ready', 'CRITICAL', 2,
              "HTTPConnectionPool(host='billing.svc', port=8080): Max retries exceeded with url: /ready (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c1d9e50>: Failed to establish a new connection: [Errno 111] Connection refused'))"))
S = core('disk/assets/monitors/disk_space_empty_forecast.json', '2172d38e12482cec3dda7de393700776f96003de')
dd(S, DISK, '[disk] Device /dev/nvme1n1 is going to be full on host kafka-broker-5',
   'Device /dev/nvme1n1 on kafka-broker-5 is projected to exceed  99.0% usage within the next 3 days.',
   'forecast of disk usage', group='device:/dev/nvme1n1,host:kafka-broker-5', event_type='metric_alert_monitor')

# ------------------------------------------------------------------ Agent service checks: tls, tcp_check
S = core('tls/datadog_checks/tls/tls.py', '7c1ac8b2c57499068a5d6cb6cfbfb6a2379a0b47')
TLS_MSG = 'TLS check for {0}:443 is {1}.'
dd(S, CERT, '[TLS] Certificate problem on api.example.com', TLS_MSG.format('api.example.com', 'CRITICAL'),
   'tls.cert_expiration: expired', group='port:443,server:api.example.com', event_type='service_check',
   summary=sc('tls.cert_expiration', 'port:443,server:api.example.com', 'CRITICAL', 1, 'Certificate has expired'))
dd(S, CERT, 'TLS certificate expiration on shop.example.net', TLS_MSG.format('shop.example.net', 'CRITICAL'),
   'tls.cert_expiration: critical days left', group='port:443,server:shop.example.net', event_type='service_check',
   summary=sc('tls.cert_expiration', 'port:443,server:shop.example.net', 'CRITICAL', 1, 'Certificate will expire in only 4.62 days'))
dd(S, CERT, 'TLS certificate expiration on sso.corp.local', TLS_MSG.format('sso.corp.local', 'WARNING'),
   'tls.cert_expiration: warning days left', group='port:443,server:sso.corp.local', event_type='service_check', status='Warn',
   summary=sc('tls.cert_expiration', 'port:443,server:sso.corp.local', 'WARNING', 1, 'Certificate will expire in 11.08 days'))
dd(S, N, 'TLS certificate validation on mail.example.org', TLS_MSG.format('mail.example.org', 'CRITICAL'),
   'tls.cert_validation: hostname mismatch (look-alike)', group='port:443,server:mail.example.org', event_type='service_check',
   summary=sc('tls.cert_validation', 'port:443,server:mail.example.org', 'CRITICAL', 1, 'The hostname on the certificate does not match the given host'))
dd(S, N, 'TLS version check on legacy-gw.example.com', TLS_MSG.format('legacy-gw.example.com', 'CRITICAL'),
   'tls.version: disallowed protocol (look-alike)', group='port:443,server:legacy-gw.example.com', event_type='service_check',
   summary=sc('tls.version', 'port:443,server:legacy-gw.example.com', 'CRITICAL', 1, 'Disallowed protocol version: TLSv1'))
dd(S, N, 'TLS certificate validation on grafana.internal', TLS_MSG.format('grafana.internal', 'CRITICAL'),
   'tls.cert_validation: self-signed chain (look-alike)', group='port:443,server:grafana.internal', event_type='service_check',
   summary=sc('tls.cert_validation', 'port:443,server:grafana.internal', 'CRITICAL', 1, 'self signed certificate in certificate chain'))
dd(S, DNSF, 'TLS can_connect on partner-api.example.io', TLS_MSG.format('partner-api.example.io', 'CRITICAL'),
   'tls.can_connect: name resolution failed', group='port:443,server:partner-api.example.io', event_type='service_check',
   summary=sc('tls.can_connect', 'port:443,server:partner-api.example.io', 'CRITICAL', 3,
              'Unable to resolve host, check your DNS: Name or service not known'))
dd(S, DOWN, 'TLS can_connect on vpn.example.com', TLS_MSG.format('vpn.example.com', 'CRITICAL'),
   'tls.can_connect: connection refused', group='port:443,server:vpn.example.com', event_type='service_check',
   summary=sc('tls.can_connect', 'port:443,server:vpn.example.com', 'CRITICAL', 3, '[Errno 111] Connection refused'))
S = core('tcp_check/datadog_checks/tcp_check/tcp_check.py', '3488128bbe8d1e72866ea0bc95a36c4c90a3c2a3')
dd(S, DOWN, 'TCP check smtp-relay:25', 'smtp-relay:25 does not accept connections.', 'tcp.can_connect: refused',
   group='instance:smtp_relay,port:25,target_host:smtp-relay', event_type='service_check',
   summary=sc('tcp.can_connect', 'instance:smtp_relay,port:25,target_host:smtp-relay', 'CRITICAL', 3,
              '[Errno 111] Connection refused. Connection failed after 1 ms'))

# ------------------------------------------------------------------ integrations-extras
X = extras
dd(X('bottomline_recordandreplay/assets/monitors/bottomline_mainframe_resource_has_problem.json'), LAT,
   '[bottomline_recordandreplay] Resource response time is very slow', 'Slow resource!',
   'log alert on mainframe resource duration', group='@bottomline.mainframe.activity.resource.code:CICS-PAY1',
   event_type='log_alert_monitor')
dd(X('emnify/assets/monitors/emnify_data_usage_forecast.json'), N, '[EMnify] Forecasted data usage has gone above expected',
   'It was forecasted that data usage over the next week would exceed what was set as the limit.', 'data-plan forecast (look-alike)')
dd(X('emnify/assets/monitors/emnify_data_usage_high_rx.json'), N, '[EMnify] data receiving for a device sensor-0419 is higher than usual.',
   'Incoming traffic for a device is higher than usual.', 'traffic anomaly (look-alike)', group='host:sensor-0419')
dd(X('external_secrets/assets/monitors/external_secrets_not_ready.json'), N, '[External Secrets] db-credentials not ready in payments',
   'External Secret `db-credentials` in namespace `payments` is not in Ready state.\n\nTo resolve:\n1. Check the ExternalSecret status: `kubectl describe externalsecret db-credentials -n payments`\n2. Verify the referenced SecretStore is valid and ready\n3. Check that the target secret exists and is accessible',
   'custom resource not ready (rule 5)', group='name:db-credentials,namespace:payments')
dd(X('external_secrets/assets/monitors/sync_errors.json'), N, '[External Secrets] Sync Errors for api-keys in checkout',
   'External Secret `api-keys` in namespace `checkout` is experiencing sync errors. This may indicate issues with the external provider or misconfiguration.\n\nTo resolve:\n1. Check the ExternalSecret resource status\n2. Verify the secret provider is accessible and credentials are valid\n3. Check ESO controller logs for detailed error messages',
   'reconcile errors (look-alike)', group='name:api-keys,namespace:checkout')
dd(X('external_secrets/assets/monitors/workqueue_depth.json'), QUEUE, '[External Secrets] High Workqueue Depth for externalsecret',
   'Workqueue `externalsecret` has a depth of 37.0 items, indicating the controller is falling behind on reconciliation.\n\nTo resolve:\n1. Check if the controller is rate-limited or throttled by the provider API\n2. Consider increasing concurrent reconciles\n3. Check for a large number of newly created ExternalSecret resources',
   'controller workqueue depth (runbook names throttling as a possible cause)', group='name:externalsecret')
dd(X('federatorai/assets/monitors/federatorai_node_cpu_prediction.json'), N,
   '[Federator.ai] Node CPU Load Prediction in Next 24 Hours is High on ip-10-1-3-7',
   '1. CPU utilization prediction **93.5%** for **ip-10-1-3-7**  in the next 24 hours is more than **90.0%**.\n2. Add additional node to share workload.',
   'CPU prediction (look-alike)', group='host:ip-10-1-3-7')
dd(X('mongodb_atlas/assets/monitors/high_cpu.json'), N, '[MongoDB Atlas] CPU usage is higher than average on host: atlas-shard-00-01',
   'Notify your team when CPU usage is higher than normal (88.2 %)', 'CPU anomaly (look-alike)', group='host:atlas-shard-00-01')
dd(X('mongodb_atlas/assets/monitors/query_efficiency.json'), N, '[MongoDB Atlas] Efficiency of queries is degrading',
   'Notify your team when average query efficiency is degraded', 'scanned objects per returned (look-alike)')
dd(X('mongodb_atlas/assets/monitors/read_latency.json'), LAT, '[MongoDB Atlas] Read Latency is higher than average for host: atlas-shard-00-02',
   'Notify your team when read latency is higher than usual (48.6 ms)', 'anomaly of read op latency', group='host:atlas-shard-00-02')
dd(X('mongodb_atlas/assets/monitors/write_latency.json'), LAT, '[MongoDB Atlas] Write Latency is higher than average for host: atlas-shard-01-00',
   'Notify your team when write latency is higher than usual (131.0 ms)', 'anomaly of write op latency', group='host:atlas-shard-01-00')
dd(X('nn_sdwan/assets/monitors/packet-loss-monitor.json'), N, 'Netnology SD-WAN Packet Loss Monitor [>1%]',
   'Packet loss at or exceeding 1% detected.', 'packet loss of a link (look-alike)')
dd(X('nomad/assets/monitors/nomad_excessive_leadership_losses.json'), N, '[Nomad] Excessive Leadership Losses',
   'Nomad has excessive leadership losses.\n** This monitor relies on a sparse metric which can be hard to resolve, it will therefore automatically expire after 1 hour **',
   'leader elections (look-alike)')
dd(X('nomad/assets/monitors/nomad_job_is_failing.json'), N, '[Nomad] Job Is Failing',
   'Observed at least 3 failures of job: etl-nightly task: extract in the last 5 minutes.\n\nThis is an indicator of the following scenarios:\n\n- A misconfiguration in the job\n- The job is not starting successfully',
   'failed job runs (rule 10)', group='job:etl-nightly,task_group:extract')
dd(X('php_apcu/assets/monitors/php-apcu_expunges.json'), OOM, '[php_apcu] Cache Full has been detected.',
   'APCu Cache Full has been detected. All cache purged.', 'cache expunged because its shared memory filled (rule 7)',
   group='host:php-web-4')
dd(X('php_apcu/assets/monitors/php-apcu_high_usage.json'), OOM, '[php_apcu] Detected High Cache Usage.',
   'APCu Detected High Cache Usage.', 'cache memory over its segment size', summary=avg('php_apcu.cache.mem_size', '*', '>', '90.0', '15m'))
dd(X('resilience4j/assets/monitors/circuitbreaker_state_open_slow_calls.json'), LAT,
   '[Resilience4j] Circuit Breaker State Alert Slow Calls for inventoryClient',
   'The percentage of slow calls for the circuit breaker inventoryClient is above 85%.\n\nService: inventoryClient\n\nState: closed',
   'share of slow calls', group='name:inventoryClient,state:closed')
dd(X('seagence/assets/monitors/defect_detection_monitor.json'), N, 'Seagence Defect Detection Monitor',
   'Seagence detected a defect. Visit SeagenceWeb for complete information.', 'defect event (look-alike)', event_type='event_alert_monitor')
dd(X('sigsci/assets/monitors/excessiveblockedHTTP.json'), N, 'SigSci - excessive blocked http requests',
   'Signal Sciences Web Application Firewall has been blocking an unusually high number of web requests. This may be indicative of a volumetric attack against one or more of your web properties or API endpoints. Details are available in your Signal Sciences console at https://dashboard.signalsciences.net/.',
   'WAF blocks (look-alike)')
dd(X('syncthing/assets/monitors/syncthing_folder_error.json'), N, 'Syncthing error on nas-1 in photos', '@all',
   'folder errors, bare body (look-alike)', group='folder:photos,host:nas-1')
dd(X('syncthing/assets/monitors/syncthing_system_error.json'), N, 'Syncthing system error on nas-2', '@all',
   'system errors, bare body (look-alike)', group='host:nas-2')
dd(X('syncthing/assets/monitors/syncthing_service_error.json'), DOWN, 'Syncthing service on nas-1 failed', '@all',
   'syncthing.can_connect CRITICAL, bare body', group='host:nas-1', event_type='service_check',
   summary=sc('syncthing.can_connect', 'host:nas-1', 'CRITICAL', 2))
dd(X('tailscale/assets/monitors/physical_traffic_received.json'), N, 'Unusually High Physical Traffic To Destination: 100.101.7.22',
   'Use this monitor to set an alert if the rate of change for physical traffic from a specific source is abnormally high.',
   'traffic change (look-alike)', group='@physicalTraffic.dst:100.101.7.22', event_type='log_alert_monitor')
dd(X('upbound_uxp/assets/monitors/controller_runtime_reconcile_error.json'), N, 'Upbound UXP encountered reconciliation errors on uxp-ctrl-1',
   'High reconciliation error rate.', 'reconcile errors (look-alike)', group='host:uxp-ctrl-1')
dd(X('watchtower_ziris/assets/monitors/mainframe_cpu_contention_monitor.json'), N,
   'CPU Contention Monitor - Mainframe LPAR PRD1  CPU contention exceeds recommended threshold',
   'This monitor evaluates the WatchTower z/IRIS CPU Metric `zos.cpu.in_ready_work_queue_contention` exceeds 60% which indicates CPU contention on z/OS LPARs.\n\nCPU contention exceeded the 60% on PRD1 . Application availability may be impacted.\n\nNext Steps:\n1. Engage Mainframe SMEs to address resource contention',
   'CPU contention of an LPAR, "ready work queue" (look-alike)', group='host.name:PRD1')
dd(X('zilliz_cloud_zilliz_cloud/assets/monitors/cluster_cu_computation_usage_is_higher_than_expected.json'), N,
   '[Zilliz Cloud] CU Computation is higher than expected', 'Current value:  94.0 %', 'compute-unit load (look-alike)',
   group='cluster_id:in01-4f2a9c,org_id:org-77,project_id:proj-12')
dd(X('zilliz_cloud_zilliz_cloud/assets/monitors/p99_search_latency_is_higher_than_expected.json'), LAT,
   '[Zilliz Cloud] Search Latency (P99) is higher than expected', 'Current value:  2740.0 ms', 'p99 search latency',
   group='cluster_id:in01-4f2a9c,org_id:org-77,project_id:proj-12')

# ------------------------------------------------------------------ more recommended monitors
S = core('temporal/assets/monitors/HistoryLatency.json', 'a6c4d13adcc3c4590f1b15933cad36f4cdd2e171')
dd(S, LAT, 'Temporal history service latency is elevated', 'The latency for the Temporal history service is elevated (1873.0).',
   'history service latency')
S = core('milvus/assets/monitors/request_latency.json', '94e4dd4b9f9b48b770855cb6f28dedeac50ce975')
dd(S, LAT, 'Request latency is high', 'Request latency exceeds 500.0 milliseconds.', 'proxy request latency (terse)')
S = core('keda/assets/monitors/scaler_errors.json', 'f6aa876fc7dd05fdf9bd34385961546bd22ad7ad')
dd(S, N, '[Keda] Keda Scaler Errors',
   'Keda Scaledobject orders-consumer from kafka scaler in streaming namespace is high number of errors in the last 15 minutes.',
   'scaler errors (look-alike)', group='namespace:streaming,scaledobject:orders-consumer,scaler:kafka')
S = core('octopus_deploy/assets/monitors/deployment_failed.json', 'f6aa876fc7dd05fdf9bd34385961546bd22ad7ad')
dd(S, N, 'Deployment Failed for Storefront', '\\n At least 3 deployments have failed for Storefront \\n',
   'failed deployments (rule 10)', group='project_name:Storefront')
S = core('kyverno/assets/monitors/controller_drops.json', '73c6adff63db2c83a120ca324b4f2ab013adfc40')
dd(S, N, '[Kyverno] Controller Element Drops',
   'Kyverno Controller: policy-controller reported 2.0 dropped element in prod-eu1 cluster.\n\nDropping usually indicates an unrecoverable error, the controller retried to process an item a couple of times and after failing every try drop the item.',
   'dropped work items (look-alike)', group='controller_name:policy-controller,kube_cluster_name:prod-eu1')
S = core('ray/assets/monitors/mem_utilization.json', '7d637fd635cddc359c9580e81739f562980d339d')
dd(S, OOM, 'High Memory Usage on Ray.io Node', 'There is less than 8.9% memory available.',
   'available memory below 10%, warning', status='Warn')

# ------------------------------------------------------------------ service checks of the integrations, with the check's message
# Monitors on a service check are written by users; the check names, what CRITICAL means
# (assets/service_checks.json) and the message the Agent attaches (the client library's error) are
# the integration's.
S = core('postgres/assets/service_checks.json', '17519bd33451667ca044eb832a7b8e50023ad80e')
dd(S, DOWN, '[Postgres] Cannot connect to pg-main-01', 'The Agent is unable to connect to the monitored PostgreSQL instance.',
   'postgres.can_connect, connection refused', group='db:orders,host:pg-main-01,port:5432', event_type='service_check',
   summary=sc('postgres.can_connect', 'db:orders,host:pg-main-01,port:5432', 'CRITICAL', 3,
              'connection to server at "pg-main-01" (10.0.3.12), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'))
dd(S, CONN, '[Postgres] Cannot connect to pg-reporting-2', 'The Agent is unable to connect to the monitored PostgreSQL instance.',
   'postgres.can_connect, too many clients (the cause, rule 1)', group='db:reports,host:pg-reporting-2,port:5432',
   event_type='service_check',
   summary=sc('postgres.can_connect', 'db:reports,host:pg-reporting-2,port:5432', 'CRITICAL', 3,
              'connection to server at "pg-reporting-2" (10.0.3.40), port 5432 failed: FATAL:  sorry, too many clients already'))
dd(S, N, '[Postgres] Cannot connect to pg-analytics-1', 'The Agent is unable to connect to the monitored PostgreSQL instance.',
   'postgres.can_connect, authentication failure (look-alike)', group='db:analytics,host:pg-analytics-1,port:5432',
   event_type='service_check',
   summary=sc('postgres.can_connect', 'db:analytics,host:pg-analytics-1,port:5432', 'CRITICAL', 3,
              'connection to server at "pg-analytics-1" (10.0.3.51), port 5432 failed: FATAL:  password authentication failed for user "datadog"'))
S = core('mysql/assets/service_checks.json', '11850e01d475a99d790c4c0121e8df19e53d3690')
dd(S, DOWN, 'MySQL can_connect on mysql-primary-1', 'Datadog cannot reach MySQL on mysql-primary-1.',
   'mysql.can_connect, 2003 refused', group='host:mysql-primary-1,port:3306', event_type='service_check',
   summary=sc('mysql.can_connect', 'host:mysql-primary-1,port:3306', 'CRITICAL', 2,
              "(2003, \"Can't connect to MySQL server on 'mysql-primary-1' ([Errno 111] Connection refused)\")"))
dd(S, CONN, 'MySQL can_connect on mysql-replica-2', 'Datadog cannot reach MySQL on mysql-replica-2.',
   'mysql.can_connect, 1040 too many connections', group='host:mysql-replica-2,port:3306', event_type='service_check',
   summary=sc('mysql.can_connect', 'host:mysql-replica-2,port:3306', 'CRITICAL', 2, "(1040, 'Too many connections')"))
dd(S, N, 'MySQL can_connect on mysql-replica-3', 'Datadog cannot reach MySQL on mysql-replica-3.',
   'mysql.can_connect, 1045 access denied (look-alike)', group='host:mysql-replica-3,port:3306', event_type='service_check',
   summary=sc('mysql.can_connect', 'host:mysql-replica-3,port:3306', 'CRITICAL', 2,
              "(1045, \"Access denied for user 'datadog'@'10.0.4.2' (using password: YES)\")"))
S = core('mongo/assets/service_checks.json', '314f1c2e73e61727b4c47146e24c5598f8a46d41')
dd(S, DOWN, '[MongoDB] Agent cannot connect to mongo-data-1', 'mongodb.can_connect is CRITICAL for mongo-data-1:27017.',
   'mongodb.can_connect, server selection refused', group='host:mongo-data-1,port:27017', event_type='service_check',
   summary=sc('mongodb.can_connect', 'host:mongo-data-1,port:27017', 'CRITICAL', 3,
              'ServerSelectionTimeoutError: mongo-data-1:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 65f1c0a2e4b0c1d2e3f4a5b6, topology_type: Single, servers: [<ServerDescription (\'mongo-data-1\', 27017) server_type: Unknown, rtt: None, error=AutoReconnect(\'mongo-data-1:27017: [Errno 111] Connection refused\')>]>'))
S = core('redisdb/assets/service_checks.json', 'f7c62f430e671f1e1adbdb40a913eddb7e1fa4eb')
dd(S, DOWN, '[Redis] Can Connect', 'Returns CRITICAL: the Agent check is unable to connect to the monitored redis instance.',
   'redis.can_connect, connection refused', group='redis_host:cache-prod-3,redis_port:6379', event_type='service_check',
   summary=sc('redis.can_connect', 'redis_host:cache-prod-3,redis_port:6379', 'CRITICAL', 2,
              'Error 111 connecting to cache-prod-3:6379. Connection refused.'))
dd(S, N, '[Redis] Master Link Status', 'cache-replica-2 is unable to connect to its master instance.',
   'replica lost its master link (broken replication, rule 10)', group='redis_host:cache-replica-2,redis_port:6379',
   event_type='service_check', summary=sc('redis.replication.master_link_status', 'redis_host:cache-replica-2,redis_port:6379', 'CRITICAL', 2))
S = core('rabbitmq/assets/service_checks.json', 'ee3a0bee7924bce3fbcda3bf6743f6077cf25ef3')
dd(S, DOWN, '[RabbitMQ] Status check failing on rabbit-3', 'The agent was unable to contact the RabbitMQ management API on rabbit-3.',
   'rabbitmq.status, API refused', group='host:rabbit-3', event_type='service_check',
   summary=sc('rabbitmq.status', 'host:rabbit-3', 'CRITICAL', 3,
              "HTTPConnectionPool(host='rabbit-3', port=15672): Max retries exceeded with url: /api/overview (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))"))
S = core('kafka_consumer/assets/service_checks.json', '58edd402cb5748884f6e87751e1186b053bbae34')
dd(S, DOWN, 'Kafka Connect can connect', 'Returns CRITICAL if the agent cannot reach the Kafka Connect REST API.',
   'kafka.connector.can_connect', group='connect_url:http://connect-0.kafka:8083,kafka_cluster_id:lkc-7x2p9', event_type='service_check',
   summary=sc('kafka.connector.can_connect', 'connect_url:http://connect-0.kafka:8083,kafka_cluster_id:lkc-7x2p9', 'CRITICAL', 3))

FAMILY.write()
