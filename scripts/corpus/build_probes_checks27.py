#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_checks27.jsonl: monitoring-template triggers and check-plugin
outputs in English, as community Zabbix templates and Nagios-style plugins deliver them, from
public repositories no tuning corpus used before (each checked with heldout_check.py: OK).

What the family tests: a Zabbix problem's name, its operational data and its trigger description
(which often hedges: "may indicate insufficient memory", "possible clickhouse-server is down"),
and a Nagios/Icinga service notification carrying a plugin's status line, for databases (SQL
Server, ClickHouse, MongoDB), caches (Redis), queues, web servers, hosts and storage. About 40%
are look-alikes labelled null: informational triggers, version changes, one restart, backups
older than their age, hit ratios and page counters whose text guesses "insufficient memory",
advice, replicas broken rather than lagging, and low utilisation.

Labels are decided by hand under tests/fixtures/corpus/POLICY.md, from each trigger's expression
and text, before the classifier ran on the file; the reason is in each item's `source` note and
in SOURCES.md's section "probes_checks27.jsonl". Hosts, values, times and IDs are made up; the
trigger names, descriptions and plugin wording are the sources'.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, num, pick  # noqa: E402

REDIS = ("allenta/zabbix-template-for-redis", "2ee2eae1261e58be8cf4a9dcb2c90c178cdfdabc")
CLICK = ("Altinity/clickhouse-zabbix-template", "197455b63195156d3a8adc98b91b090b578acc25")
MSSQL = ("MantasTumenas/Zabbix-template-for-Microsoft-SQL-Server", "3dc82855554a63683269c865f62810ab8f6ba571")
ZHU = ("zhujinhe/collection-of-zabbix-templates", "0b372052fbba4bb87e5b9d3955f6e91f4c48694b")
HARI = ("HariSekhon/Nagios-Plugins", "18b34df89768d6ee3705c50c1bbf7e548798300a")
NPL = ("madrisan/nagios-plugins-linux", "8ad43ef209feab0f44b50d583ed278fb24e176d2")

P = {
    'redis': (REDIS[0], 'template-app-redis-server.j2', REDIS[1]),
    'sentinel': (REDIS[0], 'template-app-redis-sentinel.j2', REDIS[1]),
    'click': (CLICK[0], 'zbx_clickhouse_template.xml', CLICK[1]),
    'mssql3': (MSSQL[0], 'Microsoft SQL Server/Templates/Template Microsoft SQL Server DE Tier 3.xml', MSSQL[1]),
    'mssql2': (MSSQL[0], 'Microsoft SQL Server/Templates/Template Microsoft SQL Server DE Tier 2.xml', MSSQL[1]),
    'mssqlb': (MSSQL[0], 'With SQL instance discovery/Templates/Template Microsoft SQL Server DE Baseline.xml', MSSQL[1]),
    'ping': (ZHU[0], 'zabbix_ping/zbx_ping_templates.xml', ZHU[1]),
    'conn': (ZHU[0], 'zabbix_connectivity/zbx_connectivity_template.xml', ZHU[1]),
    'mysql': (ZHU[0], 'zabbix_mysql/Template-App-MySQL.xml', ZHU[1]),
    'php': (ZHU[0], 'zabbix_php/zbx_php_templates.xml', ZHU[1]),
    'redislld': (ZHU[0], 'zabbix_redis_lld/zbx_redis_lld.xml', ZHU[1]),
}
NAMES = {
    'redis': 'Template App Redis Server', 'sentinel': 'Template App Redis Sentinel',
    'click': 'Clickhouse', 'mssql3': 'Template Microsoft SQL Server DE Tier 3',
    'mssql2': 'Template Microsoft SQL Server DE Tier 2', 'mssqlb': 'Template Microsoft SQL Server DE Baseline',
    'ping': 'Template ICMP Ping', 'conn': 'Template Connectivity Check', 'mysql': 'Template App MySQL',
    'php': 'Template App Php Service', 'redislld': 'Template App Redis LLD Service',
}
HOSTS = {
    'redis': ['cache-redis-03', 'redis-sess-prd-1'], 'sentinel': ['redis-sentinel-a', 'sentinel-dc2-2'],
    'click': ['ch-shard2-replica1', 'clickhouse-olap-04'], 'mssql3': ['SQLPRD01', 'MSSQL-ERP-02'],
    'mssql2': ['SQLPRD03', 'SRV-SQL-CRM'], 'mssqlb': ['SQL-OLTP-01', 'SRVSQLHR02'],
    'ping': ['branch-fw-07', 'nas-backup-02'], 'conn': ['app-gw-01', 'etl-runner-3'],
    'mysql': ['mysql-orders-02', 'db-slave-bj-3'], 'php': ['php-web-11', 'fpm-shop-2'],
    'redislld': ['redis-node-5', 'cache-lld-02'],
}
SEVERITY = {'I': 'Information', 'W': 'Warning', 'A': 'Average', 'H': 'High', 'D': 'Disaster'}
FAMILY = ProbeFamily('probes_checks27.jsonl')

OOM, DISK, DOWN, CONN, LAT, REPL, QUEUE, CRASH, ERR, FD = (
    'out_of_memory', 'disk_full', 'node_down', 'connection_pool_exhaustion', 'high_latency',
    'replication_lag', 'queue_backlog', 'crash_loop', 'high_error_rate', 'fd_exhaustion')


def zbx(key, expected, sev, name, opdata='', desc='', note=''):
    """One Zabbix problem notification of trigger `name` (macros already filled) of template `key`,
    as a webhook media type forwards it (message body in `description`, the trigger's description
    in `trigger_description`)."""
    seed = key + name
    host = pick(seed, HOSTS[key])
    name = name.replace('{HOST.HOST}', host).replace('{HOST.NAME}', host)
    severity = SEVERITY[sev]
    when = f"{pick(seed + 'h', ['01', '06', '09', '13', '17', '22'])}:{num(seed + 'm', 10, 59, 0)}:{num(seed + 's', 10, 59, 0)}"
    day = pick(seed + 'd', ['2026.11.23', '2026.11.25', '2026.11.27', '2026.12.01'])
    lines = [f"Problem started at {when} on {day}", f"Problem name: {name}", f"Host: {host}",
             f"Severity: {severity}"]
    if opdata:
        lines.append(f"Operational data: {opdata}")
    lines.append(f"Original problem ID: {num(seed + 'id', 1100000, 9900000, 0)}")
    annotations = {'description': '\n'.join(lines)}
    if desc:
        annotations['trigger_description'] = desc.replace('{HOST.HOST}', host)
    labels = {'alertname': name, 'sender': 'zabbix', 'host': host, 'severity': severity}
    what = f'Zabbix template "{NAMES[key]}" trigger: {name}' + (f' ({note})' if note else '')
    FAMILY.add(P[key], expected, what, labels, annotations)


# --- allenta/zabbix-template-for-redis (Zabbix triggers of the server and Sentinel templates) ---
zbx('redis', DOWN, 'D', 'Redis Server is not running', '0',
    note='proc.num[redis-server] below the minimum: a process count of zero is a stopped service, rule 7')
zbx('redis', None, 'H', 'Redis Server[6379] has been restarted', '3m 12s',
    note='uptime below {$REDIS_SERVER.UPTIME.MIN} (10m): one restart, rules 5 and 7')
zbx('redis', OOM, 'H', 'Redis Server[6379] is evicting keys', '184.2 eps',
    note='stats:evicted_keys per second: Redis evicts keys only at maxmemory, evictions by memory pressure, rule 7')
zbx('redis', None, 'H', 'Redis Server[6380] is a master without slaves', 'master',
    note='role master and connected_slaves = 0: no replica attached, broken replication not lag, rule 5')
zbx('sentinel', DOWN, 'D', 'Redis Sentinel is not running', '0',
    note='proc.num[redis-sentinel] below the minimum: process count zero, rule 7')
zbx('sentinel', None, 'H', 'Redis Sentinel[26379] has been restarted', '48s',
    note='uptime below the minimum: one restart, rule 7')

# --- Altinity/clickhouse-zabbix-template (zbx_clickhouse_template.xml) ---
zbx('click', None, 'W', '{HOST.HOST} clickhouse-server recently restarted', '212',
    note='Uptime <= 600: one restart, rule 7')
zbx('click', None, 'W', '{HOST.HOST} clickhouse version changed', '54460',
    note='Revision change(): an upgrade, planned work, rule 9')
zbx('click', LAT, 'W', '{HOST.HOST} have queries which running more than 600 sec', '1873',
    note='LongestRunningQuery >= {$MAX_QUERY_TIME}: a slow query, rule 4')
zbx('click', None, 'D', '{HOST.HOST} have read-only replicated tables, check Zookeeper state', '3',
    'Number of Replicated tables that are currently in readonly state due to re-initialization after ZooKeeper session loss or due to startup without ZooKeeper configured.',
    note='ReadonlyReplica > 0: a read-only replica is broken replication, rule 10')
zbx('click', REPL, 'H', '{HOST.HOST} have replication lag more 300 sec', '742',
    'When replica have too much lag, it can be skipped from Distributed SELECT Queries without errors and you will have wrong query results\n\nCheck disks and networks on monitored ClickHouse servers',
    note='ReplicasMaxAbsoluteDelay >= the macro: measured replication lag, rule 7')
zbx('click', None, 'H', '{HOST.HOST} MergeTree parts 90% of 300, please decrease INSERT queries frequency', '287',
    'Clickhouse MergeTree table engine split each INSERT query to partitions (PARTITION BY expression) and add one or more PARTS per INSERT inside each partition, after that background merge process run, and when you have too much unmerged parts inside partition, SELECT queries performance can significate degrade, so clickhouse try delay insert, or abort it',
    note='parts per partition against a limit: not a resource of the signatures; the degradation it names is a guess, rule 17')
zbx('click', None, 'H', '{HOST.HOST} please increase inserted rows per INSERT query', '12',
    'Clickhouse team recommends inserting data in packets of at least 1000 rows or no more than a single request per second.\n\nPlease use Buffer table\nhttps://clickhouse.tech/docs/en/operations/table_engines/buffer/\nor \nhttps://github.com/nikepan/clickhouse-bulk\nor \nhttps://github.com/VKCOM/kittenhouse',
    note='rows per INSERT below a recommendation: advice, nothing failing, rule 17')

# --- MantasTumenas/Zabbix-template-for-Microsoft-SQL-Server (Tier 3: event log and service) ---
zbx('mssql3', DISK, 'A', 'SQL Instance MSSQLSERVER: Could not allocate a new page', '1',
    'Msg 1101 or 1105 was logged in the Windows Application Event Log. These errors indicate that SQL server could not allocate a new page for database because of insufficient disk space in filegroup. Create the necessary space by dropping objects in the filegroup, adding additional files to the filegroup, or setting Autogrowth on for existing files in the filegroup.',
    note='event 1101/1105: no space in the filegroup, a database storage container full, rule 16')
zbx('mssql3', DISK, 'A', 'SQL Instance MSSQLSERVER: Transaction log for database is full', '1',
    'The transaction log for database is full. To find out why space in the log cannot be reused, see the log_reuse_wait_desc column in sys.databases. Solutions:\nCreate a backup and truncate the transaction logs.\nMake the log space available.\nMove log file to another disk drive.\nIncrease the size of log file.\nAdd another log file on a separate disk.',
    note='event 9002: the log file has no space left, database storage full, rule 16')
zbx('mssql3', None, 'W', 'SQL Instance MSSQLSERVER: Long running SQL Agent job', '1',
    'SQL Agent job has been running for more than 360 minutes.',
    note='a time limit on a job\'s own run, rule 10')
zbx('mssql3', None, 'A', 'SQL Instance MSSQLSERVER: Not synchronized logins or jobs', '1',
    'Availability Groups replicas on server MSSQLSERVER have not synchronized SQL server  logins or SQL Agent jobs.',
    note='logins and jobs not copied to replicas by a sync job: a failed job, not measured lag, rule 10')
zbx('mssql3', DOWN, 'A', 'SQL Instance MSSQLSERVER SQL Server: Service State 6', '6',
    'Monitors Microsoft SQL Server service state.\n\nWindows service status returned values:\n0 - service running;\n1 - service paused;\n2 - service starting (start pending);\n3 - service pausing (pause pending);\n4 - service starting after pause (continue pending);\n5 - service stopping (stop pending);\n6 - service stopped;\n7 - service state unknown;\n255 - unable to get current service state.',
    note='service.info not 0 over three checks, value 6 (stopped): a Windows service not running, rules 7 and 16')
zbx('mssql3', None, 'W', 'SQL Instance MSSQLSERVER Database SalesDB: Full Backup is older then 48 hours', '8',
    'Database full backup status is older then 48 hours. Status from msdb.dbo.backupset.',
    note='a backup older than its maximum age, rule 10')
zbx('mssql3', None, 'A', 'SQL Instance MSSQLSERVER Database SalesDB: Log Backup status unavailable', '0',
    'Database log backup status from msdb.dbo.backupset is unavailable.',
    note='backup status not collected: a monitor\'s collection, rule 16')

# --- MSSQL Tier 2: performance counters, several with guessed causes ---
zbx('mssql2', DISK, 'A', 'SQL Instance MSSQLSERVER Database CRM: Percent Log Used 91.37', '91.37',
    'Percentage of space in the log that is in use.\n\nSince all work in an OLTP database stops until writes can occur to the transaction log, it\u2019s a very good idea to ensure that the log never fills completely. Hence, the recommendation to keep the log under 80% full.',
    note='log space utilisation near full: database storage capacity, rules 2 and 16')
zbx('mssql2', None, 'W', 'SQL Instance MSSQLSERVER: Page Life Expectancy 142', '142',
    'Number of seconds a page will stay in the buffer pool without references.\n\nTells, on average, how many seconds SQL Server expects a data page to stay in cache.\n\nThreshold: the target on an OLTP system should be at least 300 (5 min). When under 300, this may indicate poor index design (leading to increased disk I/O and less effective use of memory) or, simply, a potential shortage of memory.',
    note='a cache residency counter; "may indicate ... a potential shortage of memory" is a guess, rule 17')
zbx('mssql2', None, 'W', 'SQL Instance MSSQLSERVER: Buffer cache hit ratio 81.2', '81.2',
    'Percentage of pages that were found in the buffer pool without having to incur a read from disk.\n\nThe ratio is the total number of cache hits divided by the total number of cache lookups over the last few thousand page accesses. After a long period of time, the ratio moves very little. Because reading from the cache is much less expensive than reading from disk, you want this ratio to be high. Generally, you can increase the buffer cache hit ratio by increasing the amount of memory available to SQL Server.',
    note='a cache hit ratio; the memory sentence is advice, rules 13 and 17')
zbx('mssql2', None, 'W', 'SQL Instance MSSQLSERVER: Logins/sec 7.4', '7.4',
    'Total number of logins started per second.\n\nThis does not include pooled connections.\n\nThreshold: any value over 2 may indicate insufficient connection pooling.',
    note='a login rate; "may indicate insufficient connection pooling" is a guess and no pool is full, rule 17')
zbx('mssql2', None, 'W', 'SQL Instance MSSQLSERVER: Page Reads/sec 214', '214',
    'Number of physical database page reads issued.\n\nThis statistic displays the total number of physical page reads across all databases. Because physical I/O is expensive, you may be able to minimize the cost, either by using a larger data cache, intelligent indexes, and more efficient queries, or by changing the database design.\n\nThreshold: normal OLTP workloads support 80 \u2013 90 per second, but higher values may be a yellow flag for poor indexing or insufficient memory.',
    note='a disk read rate; "insufficient memory" a guess, rule 17')
zbx('mssql2', None, 'W', 'SQL Instance MSSQLSERVER: Worktables From Cache Ratio 72.5', '72.5',
    'Percentage of work tables created where the initial two pages of the work table were not allocated but were immediately available from the work table cache.\n\nThreshold: a value less than 90% may indicate insufficient memory, since execution plans are being dropped, or may indicate, on 32-bit systems, the need for an upgrade to a 64-bit system.',
    note='a cache ratio; "may indicate insufficient memory" a guess, rule 17')


# --- MSSQL Baseline (with SQL instance discovery) ---
zbx('mssqlb', 'deadlock', 'A', 'SQL Instance MSSQLSERVER: Number of Deadlocks/sec (_Total) 0.35', '0.35',
    'Number of lock requests that resulted in a deadlock.\n\nThreshold: since only a COMMIT, ROLLBACK, or deadlock can terminate a transaction (excluding failures or errors), this is an important value to track. Excessive deadlocking indicates a table or index design error or bad application design.',
    note='a rate of detected deadlocks, rule 7')
zbx('mssqlb', None, 'I', 'SQL Instance MSSQLSERVER: SQL Re-Compilations/sec / SQL Compilations/sec avg value > 10% in the last 60 min', '17.4 %',
    'Number of times, per second, that Transact-SQL objects attempted to be executed but had to be recompiled before completion. This number should be at or near zero, since recompiles can cause deadlocks and exclusive compile locks. This counter\u2019s value should follow in proportion to \u201cBatch Requests/sec\u201d and \u201cSQL Compilations/sec\u201d. This needs to be nil in your system as much as possible.\n\nThreshold: SQL Re-Compilations/sec < 10% of the number of SQL Compilations/sec',
    note='a recompilation ratio; "recompiles can cause deadlocks" is general text, no deadlock detected, rule 17')
zbx('mssqlb', None, 'I', 'SQL Instance MSSQLSERVER Database Payroll: Log Growths > 0', '3',
    'Total number of times the transaction log for the database has been expanded.\n\nEach time the transaction log grows, all user activity must halt until the log growth completes. Therefore, you want log growths to occur during predefined maintenance windows rather than during general working hours.',
    note='the log file grew (autogrowth succeeded): no space is short, nothing refused')
zbx('mssqlb', None, 'I', 'SQL Instance MSSQLSERVER Database Payroll: Log Flush Wait Time 412', '412',
    'Total wait time (in milliseconds) to flush the log. On an AlwaysOn secondary database, this value indicates the wait time for log records to be hardened to disk.',
    note='time to write the log to disk: disk I/O latency, rule 5')

# --- zhujinhe/collection-of-zabbix-templates (only the templates whose text is the collector's own:
# ping, connectivity, MySQL, PHP, Redis LLD; copies of other projects' templates were not used) ---
zbx('ping', DOWN, 'H', '{HOST.NAME} is unavailable by ICMP', 'Down (0)',
    note='icmpping last = 0: all pings failed, rule 16')
zbx('conn', DOWN, 'H', 'Can NOT connect to 10.20.3.15,5432 over {HOST.NAME}', '0',
    note='net.tcp.port max(#3) = 0: the peer refused or did not answer three checks, rule 11')
zbx('mysql', DOWN, 'H', 'MySQL is down', '0', note='mysql.ping = 0: the server does not answer, rule 4')
zbx('mysql', REPL, 'A', 'MySQL Slave replication falling behind more than 60 seconds', '418',
    'Value of Seconds_Behind_Master on Slave', note='Seconds_Behind_Master > 60: replication lag, rule 7')
zbx('mysql', None, 'A', 'MySQL Slave_IO_Running Status is not Yes', 'No',
    note='the replica\'s I/O thread stopped: broken replication, not lag, rule 5')
zbx('php', DOWN, 'H', 'Php port 9000 is not running on {HOST.NAME}', '0',
    note='net.tcp.service count(#2,0) = 2: PHP-FPM not answering on its port, rule 7')
zbx('redislld', DOWN, 'H', 'Redis port 6379 is not running', '0',
    note='net.tcp.port count(#3,0) = 3: Redis not answering three checks, rule 7')


def nagios(key, expected, host, service, state, output, note=''):
    """A Nagios service notification as the stock notify-service-by-email command words it,
    forwarded to Alertmanager by a mail-to-webhook bridge: the plugin's status line (and its
    performance data after `|`, as the bridge keeps it) under `Additional Info`."""
    seed = key + output
    when = f"Sat Nov 28 {pick(seed + 'h', ['02', '08', '12', '16', '21'])}:{num(seed + 'm', 10, 59, 0)}:{num(seed + 's', 10, 59, 0)} UTC 2026"
    body = (f"***** Nagios *****\n\nNotification Type: PROBLEM\n\nService: {service}\nHost: {host}\n"
            f"Address: 10.{num(seed + 'a', 10, 60, 0)}.{num(seed + 'b', 1, 250, 0)}.{num(seed + 'c', 2, 250, 0)}\n"
            f"State: {state}\n\nDate/Time: {when}\n\nAdditional Info:\n\n{output}")
    labels = {'alertname': service, 'sender': 'nagios', 'host': host, 'state': state,
              'severity': state.lower()}
    annotations = {'summary': f"** PROBLEM Service Alert: {host}/{service} is {state} **",
                   'description': body}
    src = PH[key]
    what = f'{src[0]} plugin {src[1]}: {output.split(" | ")[0]}' + (f' ({note})' if note else '')
    FAMILY.add(src, expected, what, labels, annotations)


PH = {k: (HARI[0], k, HARI[1]) for k in (
    'check_linux_system_file_descriptors.pl', 'check_file_descriptors.pl', 'check_hadoop_hdfs_space.py',
    'check_elasticsearch_node_disk_percent.pl', 'check_elasticsearch_tasks_pending.pl',
    'check_jenkins_queued_builds.py', 'check_selenium_hub_queue_size.py',
    'check_rabbitmq_stats_db_event_queue.py', 'check_spark_cluster_dead_workers.pl',
    'check_presto_worker_nodes_failed.py', 'check_hadoop_datanodes.pl',
    'check_hadoop_datanode_last_contact.py', 'check_hadoop_namenode_heap.pl',
    'check_hadoop_yarn_apps_memory_used.pl', 'check_ssl_cert.pl',
    'check_elasticsearch_x-pack_license_expiry.py', 'check_hbase_regions_stuck_in_transition.py',
    'check_hadoop_replication.pl', 'check_linux_load_normalized.pl',
    'check_hadoop_yarn_long_running_apps.py', 'check_docker_container_status.py', 'check_linux_ram.py',
    'check_presto_queries.py', 'check_hadoop_yarn_node_managers.pl', 'check_hbase_regionservers.pl',
    'check_consul_leader_elected.py', 'check_mongodb_master.pl', 'check_hadoop_checkpoint.pl',
    'check_hadoop_hdfs_corrupt_files.py', 'check_dns.pl', 'check_presto_worker_nodes_response_lag.py',
    'check_cassandra_heap.pl', 'check_elasticsearch_tasks_slow.py', 'check_mapr_memory_utilization.pl')}
PH.update({k: (NPL[0], 'plugins/' + k, NPL[1]) for k in (
    'check_memory.c', 'check_swap.c', 'check_pressure.c', 'check_uptime.c')})

# --- HariSekhon/Nagios-Plugins: status lines as each plugin builds its message ---
nagios('check_linux_system_file_descriptors.pl', FD, 'hdp-edge-02', 'System File Descriptors', 'CRITICAL',
       "CRITICAL: 96.41% system file descriptors used [1563421/1621580] | 'system file descriptors % used'=96.41%;80;90 'system file descriptors used'=1563421",
       note='used against the kernel file-max: open-file utilisation, rule 2')
nagios('check_file_descriptors.pl', FD, 'kafka-b3', 'File Descriptors', 'WARNING',
       "WARNING: 63122 file descriptors allocated, 2414 free, 65536 max | 'File Descriptors Allocated'=63122;60000;64000 'File Descriptors Free'=2414 'File Descriptors Maximum'=65536",
       note='allocated against the stated maximum, rule 2')
nagios('check_hadoop_hdfs_space.py', DISK, 'nn1.hadoop.prod', 'HDFS Space', 'CRITICAL',
       "CRITICAL: HDFS space used = 93.18% (1.2 PB/1.3 PB), in 48213377 files spread across 51220841 blocks | 'HDFS % space used'=93.180000%;80;90 'HDFS space used'=1211204563184640b 'HDFS file count'=48213377 'HDFS block count'=51220841",
       note='storage capacity, rule 2')
nagios('check_elasticsearch_node_disk_percent.pl', DISK, 'es-data-07', 'Elasticsearch Node Disk', 'CRITICAL',
       "CRITICAL: Elasticsearch node disk = 91.40% | 'disk %'=91.4%;80;90",
       note='a node\'s disk use, rule 2')
nagios('check_elasticsearch_tasks_pending.pl', QUEUE, 'es-master-1', 'Elasticsearch Pending Tasks', 'WARNING',
       "WARNING: Elasticsearch has 57 pending tasks | num_pending_tasks=57;10;100",
       note='cluster-state tasks waiting for the master: work waiting, rule 4')
nagios('check_jenkins_queued_builds.py', QUEUE, 'jenkins.ci.internal', 'Jenkins Queued Builds', 'CRITICAL',
       "CRITICAL: Jenkins queued build count = 34 | queued_build_count=34;10;20 query_time=0.0812s",
       note='builds waiting for an executor, rule 4')
nagios('check_selenium_hub_queue_size.py', QUEUE, 'selenium-hub-01', 'Selenium Hub Queue', 'WARNING',
       "WARNING: Selenium Hub 'chrome' queue size = 18 | queue_size=18;10;30",
       note='session requests waiting in the hub\'s queue, rule 4')
nagios('check_rabbitmq_stats_db_event_queue.py', QUEUE, 'rmq-mgmt-2', 'RabbitMQ Stats DB Event Queue', 'CRITICAL',
       "CRITICAL: RabbitMQ stats dbs event queue = 250342 | stats_db_event_queue=250342;1000;10000",
       note='events waiting for the management stats database to consume them, rule 4')
nagios('check_spark_cluster_dead_workers.pl', DOWN, 'spark-master-1', 'Spark Dead Workers', 'CRITICAL',
       "CRITICAL: 2 dead workers, 6 alive workers | dead_workers=2;0;1 alive_workers=6",
       note='cluster members dead, rule 11')
nagios('check_presto_worker_nodes_failed.py', DOWN, 'presto-coord-1', 'Presto Failed Worker Nodes', 'CRITICAL',
       "CRITICAL: Presto SQL - 2 worker nodes failed",
       note='cluster members failed, rule 11')
nagios('check_hadoop_datanodes.pl', DOWN, 'nn1.hadoop.prod', 'HDFS Datanodes', 'CRITICAL',
       "CRITICAL: datanodes: 14 live, 2 dead, 0 stale | 'live datanodes'=14 'dead datanodes'=2;0;1",
       note='datanodes dead, rule 11')
nagios('check_hadoop_datanode_last_contact.py', DOWN, 'nn1.hadoop.prod', 'HDFS Datanode dn07 Last Contact', 'CRITICAL',
       "CRITICAL: Dead HDFS datanode 'dn07.hadoop.prod' last contact with namenode was 1843 secs ago | datanode_last_contact_secs=1843;30;180",
       note='a datanode in the namenode\'s dead list, rule 11')
nagios('check_hadoop_namenode_heap.pl', OOM, 'nn1.hadoop.prod', 'Namenode Heap', 'CRITICAL',
       "CRITICAL: 93.20% heap used (29.8GB/32GB) | 'heap used %'=93.20%;80;90",
       note='JVM heap against its max, rule 2')
nagios('check_hadoop_yarn_apps_memory_used.pl', None, 'rm1.hadoop.prod', 'Yarn App Memory Used', 'WARNING',
       "WARNING: 88% yarn app memory used [1.8TB/2TB] | '% Yarn App Memory Used'=88%;80;90;0;100; 'Allocated Yarn App Memory'=1887436MB;;;0;2097152MB",
       note='memory allocated to applications by the scheduler: an allocation ratio, not pressure, rule 7')
nagios('check_ssl_cert.pl', 'certificate_expiry', 'web-lb-01', 'SSL Certificate', 'CRITICAL',
       "CRITICAL: 5 days remaining for 'shop.example.com'. Certificate Expires: 'Dec  3 23:59:59 2026 GMT' | days_remaining=5;30;7",
       note='a certificate near expiry, rule 1')
nagios('check_elasticsearch_x-pack_license_expiry.py', None, 'es-master-1', 'Elasticsearch License', 'WARNING',
       "WARNING: Elasticsearch X-Pack license 'active', type: 'gold', expires in 9 days on '2026-12-07' | days_remaining=9;30;7",
       note='licence expiry, rule 5')
nagios('check_hbase_regions_stuck_in_transition.py', None, 'hbase-master-1', 'HBase Regions Stuck In Transition', 'CRITICAL',
       "CRITICAL: 3 regions stuck in transition (ie. transitioning longer than HBase threshold) | regions_stuck_in_transition=3;0;0",
       note='region assignment state, no signature\'s resource')
nagios('check_hadoop_replication.pl', None, 'nn1.hadoop.prod', 'HDFS Replication', 'WARNING',
       "WARNING: hdfs blocks missing: 0, corrupt: 0, under-replicated: 1422, excess: 0, replication pending: 1422, scheduled: 0, deletion pending: 0, postponed misreplicated: 0 | 'hdfs blocks missing'=0 'hdfs blocks corrupt='0 'hdfs blocks under-replicated'=1422;10;100",
       note='under-replicated blocks: replicas missing, not measured lag, as Kafka URP, rule 8')
nagios('check_linux_load_normalized.pl', None, 'batch-07', 'Load Normalized', 'CRITICAL',
       "CRITICAL: average load by CPU = 3.71, load = 59.36 / CPU cores = 16 | averaged_load=3.71;2;3 load=59.36",
       note='CPU load, rule 2')
nagios('check_hadoop_yarn_long_running_apps.py', None, 'rm1.hadoop.prod', 'Yarn Long Running Apps', 'WARNING',
       "WARNING: Yarn apps breaching SLAs = 1, checked 12 out of 12 running apps | num_apps_breaching_SLA=1 max_elapsed_app_time=43211s;43200;86400",
       note='an application\'s own run time over its limit, rule 10')
nagios('check_docker_container_status.py', DOWN, 'docker-host-04', 'Docker Container billing-api', 'CRITICAL',
       "CRITICAL: Docker container 'billing-api' status = 'exited', exit code = '1'",
       note='a container stopped with a non-zero exit code, rule 16')
nagios('check_docker_container_status.py', None, 'docker-host-04', 'Docker Container report-gen', 'WARNING',
       "WARNING: Docker container 'report-gen' status = 'paused'",
       note='paused by `docker pause`: work done on purpose, rule 9')
nagios('check_linux_ram.py', OOM, 'app-jvm-05', 'RAM', 'CRITICAL',
       "RAM CRITICAL: 4% ram free (61811/64302 MB used) | 'RAM Used'=61811.00MB;57871.80;61086.90;0;64302.00",
       note='free memory below the threshold, rule 2')
nagios('check_presto_queries.py', ERR, 'presto-coord-1', 'Presto Failed Queries', 'CRITICAL',
       "CRITICAL: Presto SQL - 37 failed queries out of last 200 queries on coordinator | num_failed_queries=37;5;10 num_matching_queries=200",
       note='failed queries among the last 200: an error count of requests, rule 4')
nagios('check_hadoop_yarn_node_managers.pl', DOWN, 'rm1.hadoop.prod', 'Yarn Node Managers', 'CRITICAL',
       "CRITICAL: node managers: 22 active, 3 lost / 0 unhealthy | 'active node managers'=22 'lost node managers'=3;0;1 'unhealthy node managers'=0",
       note='node managers lost (stopped heartbeating to the resource manager): members lost, rule 11')
nagios('check_hbase_regionservers.pl', DOWN, 'hbase-master-1', 'HBase RegionServers', 'CRITICAL',
       "CRITICAL: 9 live regionservers, 1 dead regionserver, 212.4 average load. Dead regionserver: hb-rs-04.prod | live_regionservers=9 dead_regionservers=1;0;1;0 hbase_load_average=212.4",
       note='a dead regionserver, rule 11; "average load" is regions per server')
nagios('check_consul_leader_elected.py', None, 'consul-srv-2', 'Consul Leader', 'CRITICAL',
       "CRITICAL: Consul leader not elected! Key writes may fail",
       note='leader loss, cluster health, rule 5; "may fail" a guess, rule 17')
nagios('check_mongodb_master.pl', None, 'mongo-rs1-a', 'MongoDB Primary', 'CRITICAL',
       "CRITICAL: no 'primary' found (election in progress or lack of quorum?)",
       note='no primary: leader loss, rules 5 and 17')
nagios('check_hadoop_checkpoint.pl', None, 'nn1.hadoop.prod', 'HDFS Checkpoint', 'CRITICAL',
       "CRITICAL: HDFS last checkpoint 2 days 4 hours ago [187211 secs] | 'lag since last checkpoint'=187211s;43200;86400",
       note='the namespace image not checkpointed for its maximum age: like a backup older than its maximum age, rule 10; the "lag" is not replication')
nagios('check_hadoop_hdfs_corrupt_files.py', None, 'nn1.hadoop.prod', 'HDFS Corrupt Files', 'CRITICAL',
       "CRITICAL: HDFS has 4 corrupt files | hdfs_corrupt_files=4",
       note='corrupt blocks: data integrity, no signature')
nagios('check_dns.pl', 'dns_failure', 'mon-01', 'DNS intranet.corp.example', 'CRITICAL',
       "CRITICAL: query returned with no answer from servers 10.0.0.53,10.0.1.53 in 0.031 secs",
       note='the record did not resolve on either server, rule 7')
nagios('check_presto_worker_nodes_response_lag.py', DOWN, 'presto-coord-1', 'Presto Worker Response Lag', 'CRITICAL',
       "CRITICAL: Presto SQL - worker nodes with response timestamps older than 60 secs = 2 out of 10 nodes, current max response age = 183.22 secs | num_nodes_lagging=2;0;1 max_response_age=183.22s",
       note='workers that stopped answering the coordinator for minutes: their liveness signal is stale, rule 8; the "lag" is not replication')
nagios('check_cassandra_heap.pl', OOM, 'cass-ring1-04', 'Cassandra Heap', 'WARNING',
       "WARNING: 87.41% heap used (6994.23/8002.00 MB) | 'heap_used_%'=87.41%;80;90 heap_used=6994.23MB heap_total=8002.00MB",
       note='JVM heap against its total, rule 2')
nagios('check_elasticsearch_tasks_slow.py', LAT, 'es-data-03', 'Elasticsearch Slow Search Tasks', 'CRITICAL',
       "CRITICAL: Elasticsearch search tasks = 14 for node 'es-data-03', warning 3 tasks > 10 secs, critical 2 tasks > 60 secs | num_tasks=14 warning_tasks=3 critical_tasks=2",
       note='search tasks running longer than the thresholds: slow queries, rule 4')
nagios('check_mapr_memory_utilization.pl', OOM, 'mapr-cldb-1', 'MapR Memory Utilization', 'CRITICAL',
       "CRITICAL: cluster: 'prod.mapr' memory: 93.87% active [2.7TB/2.9TB]' | 'active memory %'=93.87%;85;90 'active memory'=2835456MB 'total_memory'=3020800MB",
       note='active memory against the total of the cluster, rule 2')

# --- madrisan/nagios-plugins-linux: `<name> <STATE>: ...` lines ---
nagios('check_memory.c', OOM, 'web-fe-09', 'Memory', 'CRITICAL',
       "memory CRITICAL: 94.37% (15132416 kB) used | mem_total=16035020kB mem_used=15132416kB;12828016;14431518;0;16035020 mem_free=211904kB",
       note='memory used near total, rule 2')
nagios('check_memory.c', OOM, 'db-report-2', 'Memory Available', 'WARNING',
       "memory WARNING: 7.81% (2617344 kB) available | mem_total=33509980kB mem_used=30892636kB;;;0;33509980 mem_free=412004kB",
       note='available memory low, rule 2')
nagios('check_swap.c', OOM, 'legacy-app-3', 'Swap', 'CRITICAL',
       "swap CRITICAL: 71.02% (5815040 kB) used | swap_total=8187900kB swap_used=5815040kB swap_free=2372860kB",
       note='swap in use, rule 2')
nagios('check_pressure.c', OOM, 'k8s-worker-12', 'Pressure Memory', 'CRITICAL',
       "pressure (Memory starvation) CRITICAL: some:48211 full:20133 microsecs/s",
       note='memory stall (PSI), rule 7')
nagios('check_pressure.c', None, 'k8s-worker-12', 'Pressure CPU', 'WARNING',
       "pressure (CPU starvation) WARNING: 183320 microsecs/s | cpu_avg10=18.33% cpu_avg60=15.02% cpu_avg300=11.47% cpu_starvation/s=183320",
       note='CPU stall, rule 2')
nagios('check_pressure.c', None, 'nfs-client-4', 'Pressure IO', 'CRITICAL',
       "pressure (IO starvation) CRITICAL: some:312044 full:290117 microsecs/s",
       note='I/O stall: disk I/O latency, rule 5')
nagios('check_uptime.c', None, 'web-fe-09', 'Uptime', 'CRITICAL',
       "uptime CRITICAL: 4 min | uptime=4;30:;15:;0;",
       note='a short uptime: one reboot, rule 7')

FAMILY.write()
