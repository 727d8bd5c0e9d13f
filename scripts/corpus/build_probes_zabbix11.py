"""Builds tests/fixtures/corpus/probes_zabbix11.jsonl: triggers of Zabbix's official templates
(zabbix/zabbix, templates/**) rendered as Zabbix problem notifications as they reach an alert
webhook: the problem name ({EVENT.NAME}: the trigger's event name, or its name, macros filled)
as the alertname, `sender: zabbix`, the host ({HOST.NAME}) and the severity, and the media type's
default problem message (problem name, host, severity, operational data with {ITEM.LASTVALUE}
filled) as the description; where the trigger has a description, it is carried as
`trigger_description` as a webhook that maps {TRIGGER.DESCRIPTION} would. The shape follows the
Zabbix items of probes_vendor.jsonl (which quote the same templates' READMEs); the repository
ships no Zabbix mapping under config/.

Templates: Linux and Windows by Zabbix agent, MySQL, PostgreSQL, Oracle, MongoDB and Redis by
agent 2, Nginx and Apache by HTTP, PHP-FPM, IIS, RabbitMQ, Kafka by JMX, Elasticsearch, Docker,
systemd, VMware hypervisor, AWS RDS, the generic SNMP network device, ICMP ping, the HTTP service
check and the website certificate. Every trigger is read from the template's README (its trigger
table: name, description, expression, severity) or its YAML at the commit recorded. Look-alikes
kept on purpose (null): single restarts ("has been restarted (uptime < 10m)"), version,
configuration, name and role changes, no-data triggers on status pages, CPU, load, process
limits, interface link, error-rate, speed and duplex triggers, ping loss and response time,
cluster health colours, broken replication, credit balances, failed metric collection,
certificate fingerprints and account expiry. Labels follow POLICY.md (rule 14 was settled for
it)."""
from probes_common import ProbeFamily, num, pick

Z = 'zabbix/zabbix'
P = {
    'linux_yaml': (Z, 'templates/os/linux/template_os_linux.yaml', '17a8c9ad81205356e2a56713d5e4273e86c4ce04'),
    'linux': (Z, 'templates/os/linux_active/README.md', 'a3237787cb310b5915a27ba7665797df3db2bf90'),
    'windows': (Z, 'templates/os/windows_agent/README.md', 'a3368f2a63d976239d681f1dc786bad7f1701173'),
    'mysql': (Z, 'templates/db/mysql_agent2/README.md', 'f9b6b135e3cd7e54c6ce58434aab702d1e11c7f9'),
    'pg2': (Z, 'templates/db/postgresql_agent2/README.md', 'dd8f4039ce8ae8561bbe88e9a04fa5de18b9fb27'),
    'pg': (Z, 'templates/db/postgresql/README.md', 'a3d99db4738ef1917e30a4ef4f11ca16ab7cc3aa'),
    'oracle': (Z, 'templates/db/oracle_agent2/README.md', '224398331bc18d8d452a0b6468b2aa66fab4a9fa'),
    'redis': (Z, 'templates/db/redis/README.md', 'a3d99db4738ef1917e30a4ef4f11ca16ab7cc3aa'),
    'mongo': (Z, 'templates/db/mongodb/README.md', 'b35d834343b3de9d286a85ecd9c39c4148ba99d6'),
    'nginx': (Z, 'templates/app/nginx_http/README.md', '09255244af3638b39482224d380a85d16d0c4e11'),
    'apache': (Z, 'templates/app/apache_http/README.md', '01aa3553567424c85411aed1db32ecb55e23b237'),
    'kafka': (Z, 'templates/app/kafka_jmx/README.md', '01be18cf58c21b774d5e14584c0c89d7a764c7a9'),
    'rabbit': (Z, 'templates/app/rabbitmq_http/README.md', '0007823c8c6a7d6ec84dcfe53b7439780bfab5fc'),
    'icmp': (Z, 'templates/net/icmp_ping/README.md', '0df27dab8d1ec50dd9143c0b3115bd3d07e1686e'),
    'cert': (Z, 'templates/app/certificate_agent2/README.md', '0018e06578fd743c8e432554bc58d4b03b240b9c'),
    'systemd': (Z, 'templates/app/systemd/README.md', '0806263ee00a8cb49b12bd7b5768b60cfbdea9b3'),
    'docker': (Z, 'templates/app/docker/README.md', '02443f7fd33b79fa35084cb40b1090ce5952b6c2'),
    'phpfpm': (Z, 'templates/app/php-fpm_http/README.md', '10cfc8ceb79da4399ebd9f958f46e14658d9f1ef'),
    'rds': (Z, 'templates/cloud/AWS/aws_rds_http/README.md', '001c85d3cf8a2f190f2eb3708dce9565f58f4b85'),
    'vmware': (Z, 'templates/app/vmware/README.md', 'a3d99db4738ef1917e30a4ef4f11ca16ab7cc3aa'),
    'snmp': (Z, 'templates/net/generic_snmp/README.md', 'eb4be9868410481f829ff3b0c83d2ba13c46d265'),
    'http': (Z, 'templates/app/http_service/README.md', '29c50053a313d51d02c5e0618568e596c314fa64'),
    'iis': (Z, 'templates/app/iis_agent/README.md', '000a66f234aa32108bbfb926a73412f77fd2f603'),
    'es': (Z, 'templates/app/elasticsearch_http/README.md', '01be18cf58c21b774d5e14584c0c89d7a764c7a9'),
}
NAMES = {
    'linux_yaml': 'Linux by Zabbix agent', 'linux': 'Linux by Zabbix agent active', 'windows': 'Windows by Zabbix agent',
    'mysql': 'MySQL by Zabbix agent 2', 'pg2': 'PostgreSQL by Zabbix agent 2', 'pg': 'PostgreSQL by Zabbix agent',
    'oracle': 'Oracle by Zabbix agent 2', 'redis': 'Redis by Zabbix agent 2', 'mongo': 'MongoDB node by Zabbix agent 2',
    'nginx': 'Nginx by HTTP', 'apache': 'Apache by HTTP', 'kafka': 'Apache Kafka by JMX', 'rabbit': 'RabbitMQ node by HTTP',
    'icmp': 'ICMP Ping', 'cert': 'Website certificate by Zabbix agent 2', 'systemd': 'Systemd by Zabbix agent 2',
    'docker': 'Docker by Zabbix agent 2', 'phpfpm': 'PHP-FPM by HTTP', 'rds': 'AWS RDS instance by HTTP',
    'vmware': 'VMware Hypervisor', 'snmp': 'Network Generic Device by SNMP', 'http': 'HTTP Service',
    'iis': 'IIS by Zabbix agent', 'es': 'Elasticsearch Cluster by HTTP',
}
HOSTS = {
    'linux_yaml': ['app-prod-07', 'batch-worker-3', 'ci-runner-12'], 'linux': ['web-fe-02', 'lb-internal-1', 'ops-bastion'],
    'windows': ['SRV-FILE01', 'WIN-APP-03', 'DC02-CORP'], 'mysql': ['mysql-shop-01', 'db-mysql-replica-2'],
    'pg2': ['pg-billing-01', 'pg-analytics-2'], 'pg': ['pg-core-03', 'pg-reports-1'], 'oracle': ['ora-erp-01', 'ORA-FIN-PRD'],
    'redis': ['redis-cache-2', 'redis-sessions-1'], 'mongo': ['mongo-rs0-b', 'mongo-catalog-1'],
    'nginx': ['edge-nginx-1', 'nginx-static-4'], 'apache': ['www-apache-2', 'intranet-web'], 'kafka': ['kafka-broker-2', 'kafka-b5.dc2'],
    'rabbit': ['rmq-node-1', 'rabbit-prod-3'], 'icmp': ['branch-rtr-14', 'ups-hall-b'], 'cert': ['shop.example.com', 'portal-proxy'],
    'systemd': ['app-prod-02', 'queue-worker-5'], 'docker': ['docker-host-08', 'swarm-node-3'], 'phpfpm': ['php-app-01', 'wp-front-2'],
    'rds': ['rds-orders-prod', 'rds-crm-replica'], 'vmware': ['esxi-07.dc1.local', 'esxi-12.dc2.local'],
    'snmp': ['core-sw-01', 'access-sw-3f'], 'http': ['intranet-portal', 'status-page'], 'iis': ['IIS-WEB02', 'SRV-IIS-PORTAL'],
    'es': ['es-logs-cluster', 'es-search-prod'],
}
SEVERITY = {'I': 'Information', 'W': 'Warning', 'A': 'Average', 'H': 'High', 'D': 'Disaster'}
FAMILY = ProbeFamily('probes_zabbix11.jsonl')


def add(key, expected, sev, name, opdata, desc='', note=''):
    """One problem notification of trigger `name` (macros already filled) of template `key`."""
    seed = key + name
    host = pick(seed, HOSTS[key])
    name = name.replace('{HOST.NAME}', host)
    severity = SEVERITY[sev]
    when = f"{pick(seed + 'h', ['02', '07', '11', '14', '19', '23'])}:{num(seed + 'm', 10, 59, 0)}:{num(seed + 's', 10, 59, 0)}"
    day = pick(seed + 'd', ['2026.11.24', '2026.11.26', '2026.11.28', '2026.11.30'])
    message = (f"Problem started at {when} on {day}\nProblem name: {name}\nHost: {host}\n"
               f"Severity: {severity}\nOperational data: {opdata}\nOriginal problem ID: {num(seed + 'id', 1200000, 9800000, 0)}")
    annotations = {'description': message}
    if desc:
        annotations['trigger_description'] = desc.replace('{HOST.NAME}', host)
    labels = {'alertname': name, 'sender': 'zabbix', 'host': host, 'severity': severity}
    what = f'Zabbix template "{NAMES[key]}" trigger: {name}' + (f' ({note})' if note else '')
    FAMILY.add(P[key], expected, what, labels, annotations)


OOM, DISK, DOWN, CONN, LAT, REPL, QUEUE, CERT, DEAD = (
    'out_of_memory', 'disk_full', 'node_down', 'connection_pool_exhaustion', 'high_latency',
    'replication_lag', 'queue_backlog', 'certificate_expiry', 'deadlock')

# Linux by Zabbix agent (YAML: event names and operational data) and by Zabbix agent active.
add('linux_yaml', None, 'I', 'Configured max number of open filedescriptors is too low (< 256)', '128',
    note='a setting below a floor, not open-file utilisation')
add('linux_yaml', None, 'I', 'Configured max number of processes is too low (< 1024)', '512')
add('linux_yaml', None, 'W', 'High CPU utilization (over 90% for 5m)', 'Current utilization: 97.42 %',
    'CPU utilization is too high. The system might be slow to respond.')
add('linux_yaml', None, 'I', 'System name has changed (new name: app-prod-07a)', 'app-prod-07a',
    'System name has changed. Ack to close.')
add('linux_yaml', None, 'W', 'System time is out of sync (diff with Zabbix server > 60s)', '2026-11-26 11:42:03',
    'The host system time is different from the Zabbix server time.')
add('linux', None, 'W', 'Getting closer to process limit', '27311 / 32768')
add('linux', None, 'I', 'Operating system description has changed', 'Ubuntu 24.04.1 LTS',
    'Operating system description has changed. Possible reasons that system has been updated or replaced. Ack to close.')
add('linux', OOM, 'A', 'High memory utilization', '94.7 %', 'The system is running out of free memory.')
add('linux', OOM, 'A', 'Lack of available memory', '18.3 MB, 3.84 GB')
add('linux', OOM, 'W', 'High swap space usage', '12.6 %, 4 GB', 'This trigger is ignored, if there is no swap configured.')
add('linux', None, 'W', 'Interface ens192: High bandwidth usage', 'In: 947.3 Mbps, out: 88.1 Mbps, speed: 1 Gbps',
    'The network interface utilization is close to its estimated maximum bandwidth.')
add('linux', None, 'W', 'Interface ens192: High error rate', 'errors in: 31, errors out: 0',
    'Recovers when below 80% of 2 threshold', note='packet errors of a network interface')
add('linux', None, 'A', 'Interface eth2: Link down', 'Current state: down')
add('linux', None, 'I', 'Interface eth0: Ethernet has changed to lower speed than it was before', 'Current reported speed: 100 Mbps',
    'This Ethernet connection has transitioned down from its known maximum speed. This might be a sign of autonegotiation issues. Ack to close.')
add('linux', None, 'I', '/etc/passwd has been changed', '5f1c0e1a...')
add('linux', None, 'W', '{HOST.NAME} has been restarted', 'Uptime: 00:03:12', 'The host uptime is less than 10 minutes')
add('linux', DOWN, 'A', 'Zabbix agent is not available', 'Up (1)',
    'For active agents, nodata() with agent.ping is used with 30m as time threshold.')
add('linux', None, 'W', 'nvme0n1: Disk read/write request responses are too high', 'read: 41.7 ms, write: 63.2 ms',
    'This trigger might indicate disk nvme0n1 saturation.', note='disk I/O latency')

# Windows by Zabbix agent.
add('windows', DISK, 'A', 'Data(D:): Disk space is critically low', 'Space used: 471.3 GB of 500 GB (94.26 %)',
    'Two conditions should match: First, space utilization should be above 90. Second condition should be one of the following: - The disk free space is less than 5G. - The disk will be full in less than 24 hours.')
add('windows', DISK, 'W', 'Logs(L:): Disk space is low', 'Space used: 83.1 GB of 100 GB (83.1 %)',
    'Two conditions should match: First, space utilization should be above 80. Second condition should be one of the following: - The disk free space is less than 10G. - The disk will be full in less than 24 hours.')
add('windows', None, 'W', 'System time is out of sync', '2026-11-28 07:14:55', 'The host system time is different from the Zabbix server time.')
add('windows', None, 'I', 'System name has changed', 'WIN-APP-03B', 'System name has changed. Ack to close.')
add('windows', OOM, 'A', 'High memory utilization', '96.3 %', 'The system is running out of free memory.')
add('windows', OOM, 'W', 'High swap space usage', '8.4 %', 'This trigger is ignored, if there is no swap configured')
add('windows', None, 'W', 'Interface Ethernet0(LAN): High bandwidth usage', 'In: 912 Mbps, out: 40.2 Mbps, speed: 1 Gbps',
    'The network interface utilization is close to its estimated maximum bandwidth.')
add('windows', None, 'W', 'Interface Ethernet0(LAN): High error rate', 'errors in: 12, errors out: 4',
    'Recovers when below 80% of 2 threshold', note='packet errors of a network interface')
add('windows', None, 'A', 'Interface Ethernet1(iSCSI): Link down', 'Current state: Disconnected')
add('windows', DOWN, 'A', '"MSSQLSERVER" (SQL Server (MSSQLSERVER)) is not running', 'Current state: Stopped',
    'The service has a state other than "Running" for the last three times.')
add('windows', DOWN, 'A', '"W3SVC" (World Wide Web Publishing Service) is not running', 'Current state: Stopped',
    'The service has a state other than "Running" for the last three times.')
add('windows', None, 'W', 'Host has been restarted', '00:04:51', 'The device uptime is less than 10 minutes.')
add('windows', DOWN, 'A', 'Zabbix agent is not available', 'not available',
    'For passive only agents, host availability is used with 3m as time threshold.')
add('windows', None, 'W', '0 C:: Disk is overloaded', '98.2 %', 'The disk appears to be under heavy load')
add('windows', None, 'W', '1 D:: Disk read request responses are too high', '0.0873 s', 'This trigger might indicate disk 1 D: saturation.')

# MySQL by Zabbix agent 2.
add('mysql', DOWN, 'H', 'MySQL: Service is down', 'Down (0)')
add('mysql', None, 'I', 'MySQL: Version has changed', '8.0.40', 'MySQL version has changed. Ack to close.')
add('mysql', None, 'I', 'MySQL: Service has been restarted', '00:02:37', 'MySQL uptime is less than 10 minutes.')
add('mysql', None, 'I', 'MySQL: Failed to fetch info data', '12d 04:51:09', 'Zabbix has not received data for items for the last 30 minutes.')
add('mysql', CONN, 'A', 'MySQL: Refused connections', '3.4', 'Number of refused connections due to the max_connections limit being reached.')
add('mysql', None, 'W', 'MySQL: Buffer pool utilization is too low', '31.2 %',
    'The buffer pool utilization is less than 50% in the last 5 minutes. This means that there is a lot of unused RAM allocated for the buffer pool, which you can easily reallocate at the moment.')
add('mysql', None, 'W', 'MySQL: Number of temporary files created per second is high', '14.2',
    'Possibly the application using the database is in need of query optimization.')
add('mysql', None, 'W', 'MySQL: Number of on-disk temporary tables created per second is high', '22.8',
    'Possibly the application using the database is in need of query optimization.')
add('mysql', LAT, 'W', 'MySQL: Server has slow queries', '6.1', 'The number of slow queries is more than 3 in the last 5 minutes.')
add('mysql', REPL, 'W', 'MySQL: Replication lag is too high', '00:41:12')
add('mysql', None, 'A', 'MySQL: The slave I/O thread is not running', 'No',
    "Whether the I/O thread for reading the master's binary log is running.")
add('mysql', None, 'W', 'MySQL: The slave I/O thread is not connected to a replication master', 'Connecting')
add('mysql', None, 'W', 'MySQL: The SQL thread is not running', 'No', 'Whether the SQL thread for executing events in the relay log is running.')

# PostgreSQL by Zabbix agent 2 and by Zabbix agent.
add('pg2', CONN, 'A', 'Connections sum: Total number of connections is too high', '93.4 %')
add('pg2', None, 'A', 'PostgreSQL: Oldest xid is too big', '19204117', note='transaction-ID age')
add('pg2', None, 'A', 'PostgreSQL: Service has been restarted', '00:05:09')
add('pg2', DOWN, 'H', 'PostgreSQL: Service is down', '0')
add('pg2', DEAD, 'H', 'DB billing: Deadlock occurred', '0.05')
add('pg2', LAT, 'W', 'DB analytics: Too many slow queries', '14')
add('pg', None, 'A', 'PostgreSQL: Required checkpoints occurs too frequently', '2.3',
    'Checkpoints are points in the sequence of transactions at which it is guaranteed that the heap and index data files have been updated with all information written before that checkpoint.')
add('pg', None, 'W', 'PostgreSQL: Cache hit ratio too low', '81.7 %')
add('pg', None, 'I', 'PostgreSQL: Configuration has changed', 'a3f09c1e')
add('pg', LAT, 'A', 'PostgreSQL: Response too long', '1.84 s')
add('pg', REPL, 'A', 'PostgreSQL: Streaming lag with pg-core-01 is too high', '00:17:40')
add('pg', None, 'A', 'PostgreSQL: Replication is down', '0', note='streaming stopped, not lag')
add('pg', None, 'I', 'PostgreSQL: Version has changed', '16.6')
add('pg', None, 'A', 'DB reports: VACUUM FREEZE is required to prevent wraparound', '4.1 %',
    'Preventing Transaction ID Wraparound Failures')
add('pg', None, 'W', 'PostgreSQL: Failed to get items', '{"buffers_alloc": 48211,...}', 'Zabbix has not received data for items for the last 30 minutes')

# Oracle by Zabbix agent 2.
add('oracle', DOWN, 'D', 'Oracle: Connection to database is unavailable', 'Down (0)', 'Connection to Oracle Database is currently unavailable.')
add('oracle', None, 'I', 'Oracle: Version has changed', '19.25.0.0.0', 'Oracle DB version has changed. Ack to close.')
add('oracle', None, 'I', 'Oracle: Failed to fetch info data', '41d 02:13:55',
    'Zabbix has not received data for items for the last 5 minutes. The database might be unavailable for connecting.')
add('oracle', None, 'I', 'Oracle: has been restarted', '00:06:21', 'Uptime is less than 10 minutes')
add('oracle', None, 'I', 'Oracle: Instance hostname has changed', 'ora-erp-01b', 'Oracle DB Instance hostname has changed. Ack to close.')
add('oracle', OOM, 'W', 'Oracle: Shared pool free is too low', '3.8 %',
    'The shared pool free memory percent has been less than 5% in the last 5 minutes.')
add('oracle', CONN, 'W', 'Oracle: Too many active sessions', '87.5 %',
    'Active sessions are using more than 80% of the available sessions.')
add('oracle', OOM, 'W', 'Oracle: Total PGA inuse is too high', '9.6 GB, 10 GB', 'Total PGA in use is more than 90% of PGA_AGGREGATE_TARGET.')
add('oracle', None, 'W', 'Oracle: Zabbix account will expire soon', '5 days', 'Password for zabbix user in the database will expire soon.')
add('oracle', None, 'I', "Oracle Database 'ERP': Role has changed", 'PHYSICAL STANDBY', 'Oracle DB role has changed. Ack to close.')
add('oracle', DISK, 'H', "Oracle TBS 'USERS': Tablespace usage is too high", '96.2 %')
add('oracle', DISK, 'W', "Oracle TBS 'SYSAUX': Tablespace utilization is too high", '91.4 %')
add('oracle', DISK, 'H', "ASM 'DATA': Disk group usage is too high", '95.7 %', 'Usage percent of ASM disk group is over 90')

# Redis by Zabbix agent 2.
add('redis', DOWN, 'A', 'Redis: Service is down', 'Down (0)')
add('redis', CONN, 'W', 'Redis: Total number of connected clients is too high', '9412, 10000',
    'When the number of clients reaches the value of the "maxclients" parameter, new connections will be rejected.')
add('redis', None, 'W', 'Redis: Last RDB save operation failed', 'Failed (0)', 'Detailed information about persistence: https://redis.io/topics/persistence',
    note='a failed snapshot')
add('redis', None, 'I', 'Redis: Number of slaves has changed', '1', 'Redis number of slaves has changed. Ack to close.')
add('redis', None, 'I', 'Redis: Version has changed', '7.4.1', 'Redis version has changed. Ack to close.')
add('redis', None, 'I', 'Redis: has been restarted', '00:01:44', 'Uptime is less than 10 minutes')
add('redis', DOWN, 'H', 'Redis: Process is not running', '0')
add('redis', OOM, 'W', 'Redis: Memory usage is too high', '3.81 GB, 4 GB')
add('redis', None, 'W', 'Redis: Failed to fetch info data', '{"Server":{"redis_version":"7.4.1",...}}', 'Zabbix has not received data for items for the last 30 minutes')
add('redis', None, 'I', 'Redis: Configuration has changed', '{"maxmemory":"4294967296",...}', 'Redis configuration has changed. Ack to close.')

# MongoDB node by Zabbix agent 2.
add('mongo', DOWN, 'H', 'MongoDB: Connection to MongoDB is unavailable', 'Down (0)', 'Connection to MongoDB instance is currently unavailable.')
add('mongo', None, 'I', 'MongoDB: Version has changed', '7.0.15', 'MongoDB version has changed. Ack to close.')
add('mongo', None, 'I', 'MongoDB: has been restarted', '00:08:02', 'Uptime is less than 10 minutes')
add('mongo', None, 'W', 'MongoDB: Failed to fetch info data', '6d 11:40:02', 'Zabbix has not received data for items for the last 10 minutes')
add('mongo', CONN, 'W', 'MongoDB: Total number of open connections is too high', '51120, 2080',
    'Too few available connections. If MongoDB runs low on connections, in may not be able to handle incoming requests in a timely manner.')
add('mongo', None, 'W', 'MongoDB: Too many cursors are timing out', '2.7', note='idle cursors closed by the server')
add('mongo', REPL, 'W', 'MongoDB: Replication lag with primary is too high', '00:02:31')

# Nginx and Apache by HTTP.
add('nginx', None, 'W', 'Nginx: Failed to fetch stub status page', 'HTTP/1.1 403 Forbidden',
    'Zabbix has not received any data for items for the last 30 minutes.')
add('nginx', DOWN, 'A', 'Nginx: Service is down', 'Down (0)')
add('nginx', LAT, 'W', 'Nginx: Service response time is too high', '12.4 s')
add('nginx', None, 'I', 'Nginx: Version has changed', '1.26.2', 'The Nginx version has changed. Acknowledge to close the problem manually.')
add('apache', DOWN, 'A', 'Apache: Service is down', 'Down (0)')
add('apache', LAT, 'W', 'Apache: Service response time is too high (over 10s for 5m)', '14.9 s')
add('apache', None, 'I', 'Apache: has been restarted (uptime < 10m)', '00:00:52', 'Uptime is less than 10 minutes')
add('apache', None, 'I', 'Apache: Version has changed (new version: 2.4.62)', '2.4.62', 'Apache version has changed. Ack to close.')
add('apache', None, 'W', 'Apache: Failed to fetch status page (or no data for 30m)', '{"ServerVersion":"Apache/2.4.62",...}',
    'Zabbix has not received data for items for the last 30 minutes.')

# PHP-FPM by HTTP.
add('phpfpm', DOWN, 'H', 'PHP-FPM: Service is down', 'Down (0)')
add('phpfpm', None, 'I', 'PHP-FPM: Failed to fetch info data (or no data for 30m)', '2d 07:19:44',
    'Zabbix has not received data for items for the last 30 minutes')
add('phpfpm', None, 'I', 'PHP-FPM: has been restarted (uptime < 10m)', '00:03:30', 'Uptime is less than 10 minutes')
add('phpfpm', None, 'I', 'PHP-FPM: Manager  changed (new value received: ondemand)', 'ondemand', 'PHP-FPM manager changed. Ack to close.')
add('phpfpm', LAT, 'W', 'PHP-FPM: Detected slow requests', '17',
    'PHP-FPM detected slow request. A slow request means that it took more time to execute than expected (defined in the configuration of your pool).')
add('phpfpm', QUEUE, 'W', 'PHP-FPM: Queue utilization is high (over 70% for 15m)', '84.4 %',
    'The queue for this pool reached 70% of its maximum capacity. Items in queue represent the current number of connections that have been initiated on this pool, but not yet accepted.')

# IIS by Zabbix agent.
add('iis', DOWN, 'H', 'IIS: The World Wide Web Publishing Service (W3SVC) is not running', 'Stopped (6)',
    'The World Wide Web Publishing Service (W3SVC) is not in running state. IIS cannot start.')
add('iis', DOWN, 'H', 'IIS: Windows process Activation Service (WAS) is not the running', 'Stopped (6)',
    'Windows Process Activation Service (WAS) is not in the running state. IIS cannot start.')
add('iis', DOWN, 'A', 'IIS: Port 80 is down', 'Down (0)')
add('iis', None, 'I', 'IIS: has been restarted (uptime < 10m)', '00:02:05', 'Uptime is less than 10 minutes')
add('iis', None, 'I', 'IIS: PortalPool has been restarted (uptime < 10m)', '00:01:10', 'Uptime is less than 10 minutes')
add('iis', DOWN, 'H', 'IIS: Application pool PortalPool is not in Running state', 'Stopped (4)')
add('iis', None, 'I', 'IIS: Application pool DefaultAppPool has been recycled', '14')
add('iis', QUEUE, 'W', 'IIS: Request queue of PortalPool is too large (over 0)', '37')

# RabbitMQ node by HTTP.
add('rabbit', DOWN, 'A', 'Service is down', 'Down (0)')
add('rabbit', None, 'W', 'Failed to fetch nodes data', '[{"name":"rabbit@rmq-node-1",...}]', 'Zabbix has not received any data for items for the last 30 minutes.')
add('rabbit', None, 'I', 'Version has changed', '3.13.7', 'RabbitMQ version has changed. Acknowledge to close the problem manually.')
add('rabbit', DOWN, 'A', 'Node is not running', '0', 'RabbitMQ node is not running.')
add('rabbit', OOM, 'A', 'Memory alarm', '1', 'For more details see [Memory Alarms](https://www.rabbitmq.com/memory.html).')
add('rabbit', DISK, 'A', 'Free disk space alarm', '1', 'For more details see [Free Disk Space Alarms](https://www.rabbitmq.com/disk-alarms.html).')
add('rabbit', None, 'I', 'Host has been restarted', '00:05:40', 'Uptime is less than 10 minutes.')
add('rabbit', LAT, 'W', 'Service response time is too high', '11.2 s')
add('rabbit', CERT, 'A', 'There are valid TLS certificates expiring in the next month', '503')
add('rabbit', None, 'A', 'There are queues that could potentially lose data if this node goes offline.', '503',
    note='mirrored queues without synchronised mirrors')
add('rabbit', QUEUE, 'W', 'Too many messages in queue [/][billing.invoices]', '48213')

# Apache Kafka by JMX.
add('kafka', None, 'A', 'Kafka: Unclean leader election detected', '1',
    'Unclean leader elections occur when there is no qualified partition leader among Kafka brokers. If Kafka is configured to allow an unclean leader election, a leader is chosen from the out-of-sync replicas, and any messages that were not synced prior to the loss of the former leader are lost forever.')
add('kafka', None, 'W', 'Kafka: Failed to fetch info data (or no data for 15m)', '71.3 %',
    'Zabbix has not received data for items for the last 15 minutes')
add('kafka', None, 'A', 'Kafka: There are partitions under the min ISR', '3')
add('kafka', None, 'A', 'Kafka: There are under replicated partitions', '12')
add('kafka', None, 'I', 'Kafka: Version has changed (new version: 3.8.1)', '3.8.1', 'Kafka version has changed. Ack to close.')
add('kafka', None, 'I', 'Kafka: has been restarted (uptime < 10m)', '00:04:18', 'Uptime is less than 10 minutes')

# Elasticsearch Cluster by HTTP.
add('es', DOWN, 'A', 'ES: Service is down', 'Down (0)', 'The service is unavailable or does not accept TCP connections.')
add('es', LAT, 'W', 'ES: Service response time is too high (over 10s for 5m)', '13.7 s', 'The performance of the TCP service is very low.')
add('es', None, 'A', 'ES: Health is YELLOW', 'YELLOW (1)', 'All primary shards are assigned, but one or more replica shards are unassigned.')
add('es', None, 'H', 'ES: Health is RED', 'RED (2)', 'One or more primary shards are unassigned, so some data is unavailable.')
add('es', None, 'I', 'ES: The number of nodes within the cluster has increased', '7')
add('es', None, 'I', 'ES: Cluster has been restarted (uptime < 10m)', '00:06:09', 'Uptime is less than 10 minutes')
add('es', DISK, 'H', 'ES: Cluster does not have enough space for resharding', '1.91 TB, 412 GB',
    'There is not enough disk space for index resharding.')
add('es', None, 'D', 'ES: Cluster has only two master nodes', '2',
    'The cluster has only two nodes with a master role and will be unavailable if one of them breaks.')
add('es', None, 'I', 'ES es-data-4: Node es-data-4 has been restarted (uptime < 10m)', '00:02:58', 'Uptime is less than 10 minutes')
add('es', OOM, 'W', 'ES es-data-2: Percent of JVM heap in use is high (over 85% for 1h)', '88 %',
    "This indicates that the rate of garbage collection isn't keeping up with the rate of garbage creation.")
add('es', OOM, 'H', 'ES es-data-5: Percent of JVM heap in use is critical (over 95% for 1h)', '97 %',
    "This indicates that the rate of garbage collection isn't keeping up with the rate of garbage creation.")
add('es', LAT, 'W', 'ES es-data-1: Query latency is too high (over 100ms for 5m)', '412 ms',
    'If latency exceeds a threshold, look for potential resource bottlenecks, or investigate whether you need to optimize your queries.')
add('es', LAT, 'W', 'ES es-data-3: Fetch latency is too high (over 100ms for 5m)', '233 ms')
add('es', LAT, 'W', 'ES es-data-2: Indexing latency is too high (over 100ms for 5m)', '187 ms',
    'If the latency is increasing, it may indicate that you are indexing too many documents at the same time.')

# Docker and systemd by Zabbix agent 2.
add('docker', DOWN, 'A', 'Container /billing-api: Container has been stopped with error code', '1, 0',
    note='a container stopped and not running')
add('systemd', DOWN, 'W', 'Systemd: nginx.service: Service is not running', 'inactive (2)')
add('systemd', DOWN, 'W', 'Systemd: postgresql@16-main.service: Service is not running', 'failed (3)')
add('systemd', None, 'I', 'Systemd: sidekiq.service: has been restarted', '00:00:41', 'Uptime is less than 10 minutes.')

# VMware hypervisor.
add('vmware', DOWN, 'A', 'VMware: Hypervisor is down', 'Down (0)', 'The service is unavailable or does not accept ICMP ping.')
add('vmware', None, 'H', 'VMware: The 4c4c4544-0051-4810-8057-b4c04f4d3732 health is Red', 'red (3)',
    'One or more components in the appliance might be in an unusable status and the appliance might become unresponsive soon. Security patches might be available.')
add('vmware', None, 'A', 'VMware: The 4c4c4544-0051-4810-8057-b4c04f4d3732 health is Yellow', 'yellow (2)',
    'One or more components in the appliance might become overloaded soon.')
add('vmware', None, 'W', 'VMware: Hypervisor has been restarted', '00:07:33', 'Uptime is less than 10 minutes')
add('vmware', None, 'A', 'VMware: The multipath count has been changed', '2', 'The number of available datastore paths less than registered (4).')

# AWS RDS instance by HTTP.
add('rds', None, 'W', 'AWS RDS: Failed to get metrics data', 'AccessDenied: not authorized to perform cloudwatch:GetMetricData')
add('rds', None, 'A', 'AWS RDS: Read replica in error state', 'False (0)', 'The status of a read replica. False if the instance is in an error state.')
add('rds', None, 'W', 'AWS RDS: Burst balance is too low', '12 %')
add('rds', None, 'W', 'AWS RDS: High CPU utilization', '93.1 %', 'The CPU utilization is too high. The system might be slow to respond.')
add('rds', None, 'W', 'AWS RDS: Instance CPU Credit balance is too low', '14.2',
    'The number of earned CPU credits has been less than 50 in the last 5 minutes.')
add('rds', None, 'W', 'AWS RDS: I/O Credit balance is too low', '8 %')
add('rds', None, 'I', 'AWS RDS Alarms: "rds-orders-freeable-memory" has \'Insufficient data\' state', 'Insufficient data (1)')

# Network Generic Device by SNMP, ICMP Ping, HTTP Service.
add('snmp', None, 'I', 'System name has changed', 'core-sw-01-new', 'System name has changed. Ack to close.')
add('snmp', None, 'W', 'Interface Gi1/0/24(uplink-fw): In half-duplex mode', 'halfDuplex (2)',
    'Please check autonegotiation settings and cabling')
add('snmp', None, 'A', 'Interface GigabitEthernet1/0/3: Link down', 'Current state: down (2)')
add('snmp', None, 'W', 'Interface TenGigabitEthernet1/1/1: High bandwidth usage', 'In: 9.41 Gbps, out: 2.2 Gbps, speed: 10 Gbps',
    'The network interface utilization is close to its estimated maximum bandwidth.')
add('snmp', None, 'W', 'Interface GigabitEthernet1/0/17: High error rate', 'errors in: 143, errors out: 0',
    'Recovers when below 80% of 2 threshold', note='packet errors of a network interface')
add('snmp', None, 'I', 'Interface GigabitEthernet1/0/9: Ethernet has changed to lower speed than it was before', 'Current reported speed: 100 Mbps',
    'This Ethernet connection has transitioned down from its known maximum speed. This might be a sign of autonegotiation issues. Ack to close.')
add('snmp', None, 'W', 'Host has been restarted', '00:02:16', 'Uptime is less than 10 minutes.')
add('snmp', DOWN, 'W', 'No SNMP data collection', 'not available (0)',
    'SNMP is not available for polling. Please check device connectivity and SNMP settings.', note="the device's own availability check")
add('snmp', DOWN, 'H', 'Unavailable by ICMP ping', 'Down (0)', 'Last three attempts returned timeout.  Please check device connectivity.')
add('snmp', None, 'W', 'High ICMP ping loss', 'Loss: 35 %', note='partial packet loss')
add('snmp', None, 'W', 'High ICMP ping response time', 'Value: 212.4 ms', note='round-trip time of pings')
add('icmp', DOWN, 'H', 'Unavailable by ICMP ping', 'Down (0)', 'Last three attempts returned timeout.  Please check device connectivity.')
add('icmp', None, 'W', 'High ICMP ping loss', 'Loss: 60 %', note='partial packet loss')
add('icmp', None, 'W', 'High ICMP ping response time', 'Value: 318.0 ms', note='round-trip time of pings')
add('http', DOWN, 'A', 'HTTP service is down on {HOST.NAME}', 'Down (0)')

# Website certificate by Zabbix agent 2.
add('cert', CERT, 'W', 'Cert [shop.example.com:443]: SSL certificate expires soon', '2026-12-05 23:59:59',
    'The SSL certificate should be updated or it will become untrusted.')
add('cert', None, 'I', 'Cert [portal.example.org:443]: Fingerprint has changed', '3f:1a:9c:...',
    'The SSL certificate fingerprint has changed. If you did not update the certificate, it may mean your certificate has been hacked. Acknowledge to close the problem manually.')

FAMILY.write()
