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

P = {
    'redis': (REDIS[0], 'template-app-redis-server.j2', REDIS[1]),
    'sentinel': (REDIS[0], 'template-app-redis-sentinel.j2', REDIS[1]),
    'click': (CLICK[0], 'zbx_clickhouse_template.xml', CLICK[1]),
    'mssql3': (MSSQL[0], 'Microsoft SQL Server/Templates/Template Microsoft SQL Server DE Tier 3.xml', MSSQL[1]),
    'mssql2': (MSSQL[0], 'Microsoft SQL Server/Templates/Template Microsoft SQL Server DE Tier 2.xml', MSSQL[1]),
}
NAMES = {
    'redis': 'Template App Redis Server', 'sentinel': 'Template App Redis Sentinel',
    'click': 'Clickhouse', 'mssql3': 'Template Microsoft SQL Server DE Tier 3',
    'mssql2': 'Template Microsoft SQL Server DE Tier 2',
}
HOSTS = {
    'redis': ['cache-redis-03', 'redis-sess-prd-1'], 'sentinel': ['redis-sentinel-a', 'sentinel-dc2-2'],
    'click': ['ch-shard2-replica1', 'clickhouse-olap-04'], 'mssql3': ['SQLPRD01', 'MSSQL-ERP-02'],
    'mssql2': ['SQLPRD03', 'SRV-SQL-CRM'],
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

FAMILY.write()
