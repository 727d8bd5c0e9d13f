"""Builds tests/fixtures/corpus/probes_nodes10.jsonl: a client's "the peer is not there" error
lines (connection refused, no route to host, host down, network unreachable, no servers or
brokers available) as they arrive inside symptom alerts and bare checks, cluster members that
failed or became inactive, DNS and ICMP servers whose liveness checks fail, and their
look-alikes (routing peers and links, graceful leaves, recoveries, pool limits, connect
timeouts, certificate and authentication failures). Sources not used before: Kafka's
NetworkClient, redis-py, Jedis, NATS (nats.py), Bunny, grpc-go, Go's syscall errors, Node's
errors.md, CPython's exceptions.rst, Microsoft's Windows system error codes in German, French,
Spanish and Portuguese, Serf, etcd's rafthttp, Elasticsearch's FollowersChecker, Telegraf's ping
and dns_query, and NOC's alarm classes. Labels follow POLICY.md (rule 11 was settled for it)."""
from probes_common import ProbeFamily

P = {
 'kafka': ('apache/kafka', 'clients/src/main/java/org/apache/kafka/clients/NetworkClient.java', '0025adef0001fec3522a0e6ee12dc1601fc8eb4f'),
 'redispy': ('redis/redis-py', 'redis/connection.py', '006d97e7f48ed01290ba1f8161426b74b15aff0e'),
 'jedis': ('redis/jedis', 'src/main/java/redis/clients/jedis/DefaultJedisSocketFactory.java', '049baf7f96f8260d27830946eddb36f843aa25cb'),
 'nats': ('nats-io/nats.py', 'nats/errors.py', '24dd9a37176d128c4f94138b97bfc7bdb9bd07a2'),
 'bunny': ('ruby-amqp/bunny', 'lib/bunny/exceptions.rb', '0300f4421cb30247bf774658afb1a6fc32729cf1'),
 'grpc': ('grpc/grpc-go', 'internal/transport/http2_client.go', '001f93a8e9f76a90b2f4e7e9c0bc8309ebed7569'),
 'goerr': ('golang/go', 'src/syscall/zerrors_linux_amd64.go', '2bd616b1a7d2544e05d55141b6575f17a9b17263'),
 'node': ('nodejs/node', 'doc/api/errors.md', '002872cbb5008b7216097129ef20c54f0f6e3bcc'),
 'py': ('python/cpython', 'Doc/library/exceptions.rst', '001e11ea244c3518380a3ce9aebd84a5a4e91e34'),
 'win_de': ('MicrosoftDocs/win32-pr.de-de', 'desktop-src/Debug/system-error-codes--9000-11999-.md', '946e95e205f15de2d11ac3090e68cd547677fb66'),
 'win_fr': ('MicrosoftDocs/win32-pr.fr-fr', 'desktop-src/Debug/system-error-codes--9000-11999-.md', '716f604046ae1b672c136f8ef12bc9fcc5bdafa2'),
 'win_es': ('isabella232/win32-pr.es-es', 'desktop-src/Debug/system-error-codes--9000-11999-.md', '41c8b84342044c925286e7e5045432e216eb7f4c'),
 'win_pt': ('MicrosoftDocs/win32-pr.pt-br', 'desktop-src/Debug/system-error-codes--9000-11999-.md', 'e0bdc2258a9f15dd48678b928f7b65acfbcc18d6'),
 'serf': ('hashicorp/serf', 'serf/event.go', '0135b219cff00650516077fb2bd7e9c200593af3'),
 'etcd': ('etcd-io/etcd', 'server/etcdserver/api/rafthttp/peer_status.go', '4a5e9d12611e61eacf0e1ab7a3ce2662a6aabe11'),
 'es': ('elastic/elasticsearch', 'server/src/main/java/org/elasticsearch/cluster/coordination/FollowersChecker.java', '01ca585aaf6e77f9b63ee98bfafa1d71dbf39855'),
 'tping': ('influxdata/telegraf', 'plugins/inputs/ping/README.md', '0272ec17f28b2dc69beb260b8470266b32366666'),
 'tdns': ('influxdata/telegraf', 'plugins/inputs/dns_query/README.md', '0b88695a6104a4059d41cdb5ada13d84f22facb2'),
 'ddns': ('DataDog/integrations-core', 'dns_check/datadog_checks/dns_check/dns_check.py', '0057a8376e017d5cc0a8409d43d20af99833897e'),
 'nocbgp': ('nocproject/noc', 'docs/src/en/alarms/network-bgp-peer-down.rst', 'f8c5d4799b23e709a7191d8589e8d536020620f5'),
 'noclink': ('nocproject/noc', 'docs/src/en/alarms/network-link-link-down.rst', 'c75b7433341d7295f413f3cf2548813c6d0ed6c1'),
 'nocldp': ('nocproject/noc', 'docs/src/en/alarms/network-mpls-ldp-neighbor-down.rst', 'c75b7433341d7295f413f3cf2548813c6d0ed6c1'),
 'nocrsvp': ('nocproject/noc', 'docs/src/en/events/network-rsvp-neighbor-down.rst', '251b97ac3c685cbb1d16284c77ddcf3b8a949958'),
}
NAMES = {
 'kafka': "Kafka clients' NetworkClient", 'redispy': 'redis-py Connection', 'jedis': 'Jedis DefaultJedisSocketFactory',
 'nats': 'nats.py errors', 'bunny': 'Bunny exceptions', 'grpc': 'grpc-go http2_client', 'goerr': "Go's syscall errors",
 'node': "Node.js errors.md", 'py': "CPython's OS exceptions", 'win_de': 'Windows system error codes (de-de)',
 'win_fr': 'Windows system error codes (fr-fr)', 'win_es': 'Windows system error codes (es-es)',
 'win_pt': 'Windows system error codes (pt-br)', 'serf': 'Serf member events', 'etcd': "etcd rafthttp peer status",
 'es': "Elasticsearch FollowersChecker", 'tping': "Telegraf ping input", 'tdns': "Telegraf dns_query input",
 'ddns': 'Datadog dns_check', 'nocbgp': 'NOC alarm class Network | BGP | Peer Down',
 'noclink': 'NOC alarm class Network | Link | Link Down', 'nocldp': 'NOC alarm class Network | MPLS | LDP Neighbor Down',
 'nocrsvp': 'NOC event class Network | RSVP | Neighbor Down',
}
FAMILY = ProbeFamily('probes_nodes10.jsonl')


def add(key, expected, labels, annotations, what):
    FAMILY.add(P[key], expected, f'{NAMES[key]}: {what}', labels, annotations)


# Wrappers: the same line as it arrives in different symptom alerts.
def ratio(key, exp, svc, line, what, pct='7.4'):
    add(key, exp, {'alertname': 'HighErrorRate', 'severity': 'critical', 'service': svc},
        {'summary': f'{svc}: {pct}% of requests failing', 'description': f'Error ratio above 5% for 10m. Most frequent error: {line}'},
        f'{what} (in an error-ratio alert)')


def latency(key, exp, svc, line, what):
    add(key, exp, {'alertname': 'HighRequestLatency', 'severity': 'warning', 'service': svc},
        {'summary': f'p99 latency of {svc} above 2s', 'description': f'Slow requests; the traces end in: {line}'},
        f'{what} (in a latency alert)')


def loki(key, exp, app, line, what):
    add(key, exp, {'alertname': 'LokiErrorLines', 'severity': 'warning', 'app': app},
        {'summary': f'Error lines in the logs of {app}', 'description': line},
        f'{what} (Loki log-line alert)')


def grafana(key, exp, host, line, what):
    add(key, exp, {'alertname': 'DatasourceError', 'grafana_folder': 'Backend', 'instance': host},
        {'summary': f'[FIRING:1] Log pattern matched on {host}', 'message': line},
        f'{what} (Grafana alert)')


def sentry(key, exp, proj, title, culprit, what):
    add(key, exp, {'alertname': 'SentryIssueAlert', 'project': proj},
        {'summary': f'New issue in {proj}', 'title': title, 'culprit': culprit},
        f'{what} (Sentry issue)')


def check(key, exp, name, host, output, what):
    add(key, exp, {'alertname': name, 'severity': 'critical', 'instance': host},
        {'summary': f'{name} CRITICAL on {host}', 'output': output},
        f'{what} (check output)')


# ------------------------------------------------------------------ 1. clients: the peer is not there
K = 'kafka'
loki(K, 'node_down', 'orders-consumer', '[2026-03-14 02:11:07,431] WARN [Consumer clientId=orders-consumer-1, groupId=orders] Connection to node 2 (kafka-2.kafka-headless/10.42.3.17:9092) could not be established. Node may not be available. (org.apache.kafka.clients.NetworkClient)', 'NOT_CONNECTED warning')
ratio(K, 'node_down', 'checkout-api', 'org.apache.kafka.common.errors.TimeoutException after: Connection to node -1 (kafka-bootstrap/10.42.1.5:9092) could not be established. Broker may not be available.', 'NOT_CONNECTED warning, older wording')
grafana(K, 'node_down', 'ingest-03', 'WARN [Producer clientId=ingest-producer] Connection to node 1 (kafka-1/10.0.12.41:9092) could not be established. Broker may not be available.', 'NOT_CONNECTED warning')
latency(K, 'node_down', 'billing-worker', 'WARN NetworkClient - [AdminClient clientId=adminclient-1] Connection to node 3 (broker-3.internal/172.20.4.9:9093) could not be established. Node may not be available.', 'NOT_CONNECTED warning')
add(K, 'node_down', {'alertname': 'KafkaClientCannotReachBroker', 'severity': 'critical', 'client_id': 'payments-producer'},
    {'description': 'Connection to node 0 (kafka-0/10.42.0.11:9092) could not be established. Node may not be available.'}, 'NOT_CONNECTED warning as a client alert')
add(K, 'upstream_timeout', {'alertname': 'LogPatternMatch', 'app': 'search-indexer'},
    {'summary': 'Kafka client disconnects', 'description': 'INFO [Consumer clientId=indexer-1] Disconnecting from node 4 due to request timeout.'}, 'request timeout disconnect (look-alike)')
add(K, None, {'alertname': 'LogPatternMatch', 'app': 'fraud-scorer'},
    {'summary': 'Kafka authentication errors', 'description': 'ERROR [Producer clientId=fraud] Connection to node 1 (kafka-1/10.42.2.8:9093) failed authentication due to: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512'}, 'authentication failure (look-alike)')
add(K, None, {'alertname': 'LokiErrorLines', 'app': 'audit-sink'},
    {'summary': 'Error lines in the logs of audit-sink', 'description': 'WARN [Producer clientId=audit] Connection to node 2 (kafka-2/10.42.2.9:9093) terminated during authentication. This may happen due to any of the following reasons: (1) Firewall blocking Kafka TLS traffic (eg it may only allow HTTPS traffic), (2) Transient network issue.'}, 'terminated during authentication (look-alike)')

K = 'redispy'
ratio(K, 'node_down', 'session-api', 'redis.exceptions.ConnectionError: Error 111 connecting to redis-sessions.cache.svc:6379. Connection refused.', 'connect error message')
loki(K, 'node_down', 'rate-card', 'ERROR worker: redis.exceptions.ConnectionError: Error 113 connecting to 10.8.2.14:6379. No route to host.', 'connect error message, EHOSTUNREACH')
sentry(K, 'node_down', 'celery-beat', 'ConnectionError: Error 111 connecting to redis-broker:6379. Connection refused.', 'kombu.connection in _ensure_connection', 'connect error message')
latency(K, 'node_down', 'feed-api', 'ConnectionError: Error 101 connecting to cache-eu-2.internal:6379. Network is unreachable.', 'connect error message, ENETUNREACH')
add(K, 'connection_pool_exhaustion', {'alertname': 'LokiErrorLines', 'app': 'quote-engine'},
    {'summary': 'Error lines in the logs of quote-engine', 'description': 'redis.exceptions.ConnectionError: Too many connections'}, 'pool limit reached (look-alike)')
ratio(K, 'connection_pool_exhaustion', 'pricing-api', 'redis.exceptions.ConnectionError: Too many connections', 'pool limit reached inside an error ratio (look-alike)', pct='12.1')
add(K, None, {'alertname': 'AppLogErrors', 'app': 'notif-sender'},
    {'summary': 'errors in application log', 'description': 'redis.exceptions.ConnectionError: Invalid Password'}, 'wrong password (look-alike)')

K = 'jedis'
ratio(K, 'node_down', 'cart-service', 'redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect to any host resolved for DNS name. Suppressed: java.net.ConnectException: Connection refused', 'every resolved address refused')
loki(K, 'node_down', 'loyalty-api', 'ERROR [pool-3-thread-7] c.e.l.CacheClient - redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect to any host resolved for DNS name.\n\tSuppressed: java.net.NoRouteToHostException: No route to host', 'every resolved address unreachable')
sentry(K, 'node_down', 'inventory', 'JedisConnectionException: Failed to connect to any host resolved for DNS name.', 'redis.clients.jedis.DefaultJedisSocketFactory in connectToFirstSuccessfulHost', 'no resolved address answered')
add(K, 'certificate_expiry', {'alertname': 'LokiErrorLines', 'app': 'ledger'},
    {'summary': 'Error lines in the logs of ledger', 'description': "JedisConnectionException: Failed to create socket. Caused by: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertificateExpiredException: NotAfter: Sun Mar 01 00:00:00 UTC 2026"}, 'TLS socket with an expired certificate (look-alike)')
add(K, None, {'alertname': 'LokiErrorLines', 'app': 'ledger'},
    {'summary': 'Error lines in the logs of ledger', 'description': "JedisConnectionException: The connection to 'redis-ledger.prod' failed ssl/tls hostname verification."}, 'hostname verification (look-alike)')

K = 'nats'
loki(K, 'node_down', 'telemetry-gw', 'level=error msg="nats: no servers available for connection" servers=nats://nats-0.nats:4222,nats://nats-1.nats:4222', 'NoServersError')
grafana(K, 'node_down', 'edge-router-7', 'ERROR nats.aio.client: nats: no servers available for connection', 'NoServersError')
ratio(K, 'node_down', 'dispatch-api', 'nats.errors.NoServersError: nats: no servers available for connection', 'NoServersError')
add(K, 'upstream_timeout', {'alertname': 'LokiErrorLines', 'app': 'pricing-rpc'},
    {'summary': 'Error lines in the logs of pricing-rpc', 'description': 'nats.errors.TimeoutError: nats: timeout'}, 'request timeout (look-alike)')
add(K, None, {'alertname': 'AppLogErrors', 'app': 'device-registry'},
    {'summary': 'errors in application log', 'description': 'nats: authorization failed'}, 'authorization failure (look-alike)')
add(K, None, {'alertname': 'AppLogErrors', 'app': 'device-registry'},
    {'summary': 'NATS connection draining', 'description': 'nats: connection draining; shutdown requested by deploy'}, 'draining on a deploy (look-alike, rule 9)')

K = 'bunny'
loki(K, 'node_down', 'mailer', 'E, [2026-02-03T04:05:06.789 #4121] ERROR -- : Bunny::TCPConnectionFailed: Could not estabilish TCP connection to rabbitmq-0.rabbit:5672: Connection refused - connect(2) for "rabbitmq-0.rabbit" port 5672', 'TCPConnectionFailed')
ratio(K, 'node_down', 'webhooks', 'Bunny::TCPConnectionFailed: Could not estabilish TCP connection to 10.4.0.22:5672: No route to host - connect(2)', 'TCPConnectionFailed, EHOSTUNREACH')
sentry(K, 'node_down', 'sidekiq-jobs', 'Bunny::TCPConnectionFailed: Could not estabilish TCP connection to mq.internal:5672: Connection refused', 'Bunny::Session#start', 'TCPConnectionFailed')
add(K, None, {'alertname': 'LokiErrorLines', 'app': 'mailer'},
    {'summary': 'Error lines in the logs of mailer', 'description': 'Bunny::PossibleAuthenticationFailureError: AMQP broker closed TCP connection before authentication succeeded: this usually means authentication failure due to misconfiguration'}, 'possible authentication failure (look-alike)')

K = 'grpc'
ratio(K, 'node_down', 'search-frontend', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.60.3.21:50051: connect: connection refused"', 'Unavailable while dialing')
latency(K, 'node_down', 'recommendations', 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp 10.60.7.4:9090: connect: no route to host"', 'Unavailable while dialing, no route')
loki(K, 'node_down', 'geo-lookup', 'E1203 11:42:07.113042       1 client.go:211] rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 172.16.9.30:443: connect: connection refused"', 'Unavailable while dialing, klog line')
add(K, 'node_down', {'alertname': 'GRPCClientErrors', 'severity': 'warning', 'grpc_service': 'inventory.v1.Stock', 'grpc_code': 'Unavailable'},
    {'summary': 'inventory client: 31% of calls Unavailable', 'description': 'last error: connection error: desc = "transport: Error while dialing: dial tcp 10.0.44.9:8443: connect: connection refused"'}, 'Unavailable ratio quoting the dial error')
add(K, 'certificate_expiry', {'alertname': 'LokiErrorLines', 'app': 'ledger-sync'},
    {'summary': 'Error lines in the logs of ledger-sync', 'description': 'rpc error: code = Unavailable desc = connection error: desc = "transport: authentication handshake failed: x509: certificate has expired or is not yet valid: current time 2026-04-02T10:00:01Z is after 2026-04-01T00:00:00Z"'}, 'handshake failed on an expired certificate (look-alike)')
add(K, 'dns_failure', {'alertname': 'LokiErrorLines', 'app': 'ledger-sync'},
    {'summary': 'Error lines in the logs of ledger-sync', 'description': 'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp: lookup ledger-db.prod.svc on 10.96.0.10:53: no such host"'}, 'dial failed on name resolution (look-alike)')

K = 'goerr'
ratio(K, 'node_down', 'auth-api', 'dial tcp 10.20.1.7:5432: connect: connection refused', 'ECONNREFUSED')
ratio(K, 'node_down', 'orders-api', 'failed to connect to `host=pg-orders-1 user=orders database=orders`: dial error (dial tcp 10.20.3.4:5432: connect: no route to host)', 'EHOSTUNREACH')
latency(K, 'node_down', 'catalog-api', 'Get "http://pricing.internal:8080/v1/prices": dial tcp 10.20.6.2:8080: connect: connection refused', 'ECONNREFUSED')
loki(K, 'node_down', 'metrics-relay', 'level=error ts=2026-02-11T08:30:00Z msg="remote write failed" err="Post \\"http://10.30.0.9:9090/api/v1/write\\": dial tcp 10.30.0.9:9090: connect: host is down"', 'EHOSTDOWN')
loki(K, 'node_down', 'backup-agent', 'level=error msg="upload failed" err="dial tcp 192.168.40.12:443: connect: network is unreachable"', 'ENETUNREACH')
grafana(K, 'node_down', 'vpn-gw-2', 'err="dial tcp 10.99.0.1:22: connect: no route to host"', 'EHOSTUNREACH')
check(K, 'node_down', 'TCPCheck', 'mq-02', 'dial tcp 10.12.0.22:5672: connect: connection refused', 'ECONNREFUSED')
check(K, 'node_down', 'TCPCheck', 'ldap-1', 'dial tcp 10.12.1.3:636: connect: no route to host', 'EHOSTUNREACH')
add(K, 'fd_exhaustion', {'alertname': 'LokiErrorLines', 'app': 'ws-gateway'},
    {'summary': 'Error lines in the logs of ws-gateway', 'description': 'http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s'}, 'EMFILE (look-alike)')
add(K, 'upstream_timeout', {'alertname': 'LokiErrorLines', 'app': 'catalog-api'},
    {'summary': 'Error lines in the logs of catalog-api', 'description': 'Get "http://pricing.internal:8080/v1/prices": dial tcp 10.20.6.2:8080: i/o timeout'}, 'dial i/o timeout (look-alike)')

K = 'node'
ratio(K, 'node_down', 'storefront-ssr', 'Error: connect ECONNREFUSED 10.44.0.17:3000', 'ECONNREFUSED')
loki(K, 'node_down', 'notifications', '{"level":"error","time":1767225600000,"msg":"send failed","err":{"type":"Error","message":"connect ECONNREFUSED 10.44.2.30:5672","code":"ECONNREFUSED","errno":-111,"syscall":"connect","address":"10.44.2.30","port":5672}}', 'ECONNREFUSED as pino JSON')
latency(K, 'node_down', 'bff-mobile', 'Error: connect EHOSTUNREACH 10.44.5.8:8443', 'EHOSTUNREACH')
sentry(K, 'node_down', 'web-checkout', 'Error: connect ECONNREFUSED 127.0.0.1:6379', 'TCPConnectWrap.afterConnect [as oncomplete](node:net)', 'ECONNREFUSED')
add(K, 'node_down', {'alertname': 'PM2ProcessErrors', 'app': 'api-gateway'},
    {'summary': 'api-gateway logged errors', 'description': 'Error: connect ECONNREFUSED ::1:27017\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {\n  errno: -111,\n  code: \'ECONNREFUSED\',\n  syscall: \'connect\',\n  address: \'::1\',\n  port: 27017\n}'}, 'ECONNREFUSED with its properties')
add(K, 'fd_exhaustion', {'alertname': 'LokiErrorLines', 'app': 'image-resizer'},
    {'summary': 'Error lines in the logs of image-resizer', 'description': "Error: EMFILE: too many open files, open '/srv/cache/7f/3a.webp'"}, 'EMFILE (look-alike)')
add(K, 'upstream_timeout', {'alertname': 'LokiErrorLines', 'app': 'bff-mobile'},
    {'summary': 'Error lines in the logs of bff-mobile', 'description': 'Error: connect ETIMEDOUT 10.44.5.8:8443'}, 'ETIMEDOUT (look-alike)')
add(K, None, {'alertname': 'NodeAppErrors', 'app': 'cron-runner'},
    {'summary': 'cron-runner logged errors', 'description': 'Error: listen EADDRINUSE: address already in use :::3000'}, 'EADDRINUSE (look-alike)')

K = 'py'
loki(K, 'node_down', 'etl-loader', 'Traceback (most recent call last):\n  File "/app/loader.py", line 88, in push\nConnectionRefusedError: [Errno 111] Connection refused', 'ConnectionRefusedError')
ratio(K, 'node_down', 'ml-scoring', 'ConnectionRefusedError: [Errno 111] Connect call failed (\'10.70.1.12\', 8000)', 'ConnectionRefusedError from asyncio')
check(K, 'node_down', 'PythonProbe', 'rpi-sensor-04', 'socket.connect(("10.1.7.40", 1883)) -> ConnectionRefusedError: [Errno 111] Connection refused', 'ConnectionRefusedError')
loki(K, 'node_down', 'report-builder', 'OSError: [Errno 113] No route to host', 'EHOSTUNREACH as OSError')
add(K, 'upstream_timeout', {'alertname': 'LokiErrorLines', 'app': 'etl-loader'},
    {'summary': 'Error lines in the logs of etl-loader', 'description': 'TimeoutError: [Errno 110] Connection timed out'}, 'TimeoutError (look-alike)')
add(K, None, {'alertname': 'LokiErrorLines', 'app': 'etl-loader'},
    {'summary': 'Error lines in the logs of etl-loader', 'description': 'BrokenPipeError: [Errno 32] Broken pipe'}, 'BrokenPipeError (look-alike)')
add(K, None, {'alertname': 'LokiErrorLines', 'app': 'upload-api'},
    {'summary': 'Error lines in the logs of upload-api', 'description': "PermissionError: [Errno 13] Permission denied: '/var/lib/upload/tmp'"}, 'PermissionError (look-alike)')

# Windows: the English text and its translations (WSAECONNREFUSED 10061, WSAEHOSTDOWN 10064,
# WSAEHOSTUNREACH 10065), and the look-alikes in the same table (WSAETIMEDOUT, WSAEDQUOT).
K = 'win_de'
loki(K, 'node_down', 'erp-connector', 'System.Net.Sockets.SocketException (10061): Es konnte keine Verbindung hergestellt werden, da diese vom Zielcomputer aktiv verweigert wurde. 10.5.0.20:1433', 'WSAECONNREFUSED in German')
ratio(K, 'node_down', 'kassen-api', 'ConnectionRefusedError: [WinError 10061] Es konnte keine Verbindung hergestellt werden, da diese vom Zielcomputer aktiv verweigert wurde', 'WSAECONNREFUSED in German')
grafana(K, 'node_down', 'win-app-07', 'SocketException (10064): Ein Socketvorgang ist fehlgeschlagen, da der Zielhost ausgefallen ist.', 'WSAEHOSTDOWN in German')
check(K, 'node_down', 'PortCheck', 'win-db-02', 'Test-NetConnection 10.5.0.31:1433 - Versuch eines Socketvorgangs für einen nicht erreichbaren Host.', 'WSAEHOSTUNREACH in German')
add(K, 'upstream_timeout', {'alertname': 'LokiErrorLines', 'app': 'erp-connector'},
    {'summary': 'Error lines in the logs of erp-connector', 'description': 'SocketException (10060): Ein Verbindungsversuch ist fehlgeschlagen, weil die verbundene Partei nach einem bestimmten Zeitraum nicht ordnungsgemäß reagiert hat, oder eine Verbindung konnte nicht hergestellt werden, da der verbundene Host nicht reagiert hat.'}, 'WSAETIMEDOUT in German (look-alike)')
K = 'win_fr'
loki(K, 'node_down', 'gestion-stock', 'System.Net.Sockets.SocketException (10061): Aucune connexion n’a pu être établie car l’ordinateur cible l’a refusé activement. 10.6.1.4:5432', 'WSAECONNREFUSED in French')
latency(K, 'node_down', 'portail-client', '[WinError 10061] Aucune connexion n’a pu être établie car l’ordinateur cible l’a refusé activement', 'WSAECONNREFUSED in French')
grafana(K, 'node_down', 'srv-compta-2', 'SocketException (10065): Une opération de socket a été tentée sur un hôte impossible à atteindre.', 'WSAEHOSTUNREACH in French')
check(K, 'node_down', 'PortCheck', 'srv-paie-1', 'Une opération de socket a échoué, car l’ordinateur hôte de destination était en panne. (10064)', 'WSAEHOSTDOWN in French')
add(K, 'upstream_timeout', {'alertname': 'LokiErrorLines', 'app': 'gestion-stock'},
    {'summary': 'Error lines in the logs of gestion-stock', 'description': 'SocketException (10060): Une tentative de connexion a échoué car le tiers connecté n’a pas répondu correctement après une certaine période, ou la connexion établie a échoué, car l’hôte connecté n’a pas pu répondre.'}, 'WSAETIMEDOUT in French (look-alike)')
K = 'win_es'
loki(K, 'node_down', 'facturacion', 'SocketException (10064): Error en una operación de socket porque el host de destino estaba fuera de servicio.', 'WSAEHOSTDOWN in Spanish')
ratio(K, 'node_down', 'pedidos-api', 'SocketException (10065): Se intentó realizar una operación de socket a un host inalcanzable. 10.9.2.7:1433', 'WSAEHOSTUNREACH in Spanish')
add(K, 'disk_full', {'alertname': 'LokiErrorLines', 'app': 'facturacion'},
    {'summary': 'Error lines in the logs of facturacion', 'description': 'SocketException (10069): Se ha quedo sin cuota de disco.'}, 'WSAEDQUOT in Spanish (look-alike: a quota that refuses writes)')
K = 'win_pt'
loki(K, 'node_down', 'pdv-sync', 'SocketException (10064): Uma operação de soquete falhou porque o host de destino estava inoperante.', 'WSAEHOSTDOWN in Portuguese')
grafana(K, 'node_down', 'loja-srv-3', 'SocketException (10065): Uma operação de soquete foi tentada em um host inacessível.', 'WSAEHOSTUNREACH in Portuguese')
add(K, 'disk_full', {'alertname': 'AppLogErrors', 'app': 'pdv-sync'},
    {'summary': 'errors in application log', 'description': 'SocketException (10069): Cota de disco esgotada.'}, 'WSAEDQUOT in Portuguese (look-alike)')
add(K, None, {'alertname': 'AppLogErrors', 'app': 'pdv-sync'},
    {'summary': 'errors in application log', 'description': 'SocketException (10093): O aplicativo não chamou WSAStartup ou WSAStartup falhou.'}, 'WSANOTINITIALISED in Portuguese (look-alike)')

# English Windows wording as Node's errors.md documents ECONNREFUSED, and Go's connectex.
K = 'node'
ratio(K, 'node_down', 'win-reporting', 'ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it', 'WSAECONNREFUSED, English')
loki(K, 'node_down', 'agent-win', 'level=error msg="scrape failed" err="Get \\"http://127.0.0.1:9182/metrics\\": dial tcp 127.0.0.1:9182: connectex: No connection could be made because the target machine actively refused it."', 'connectex, English')
check(K, 'node_down', 'HTTPCheck', 'iis-web-04', 'Unable to connect to the remote server: No connection could be made because the target machine actively refused it 10.2.0.14:443', 'WSAECONNREFUSED in a PowerShell check')

# Runbook advice and planned work that mention a refusal.
K = 'goerr'
add(K, None, {'alertname': 'HostHighCpuLoad', 'severity': 'warning', 'instance': 'app-11'},
    {'summary': 'CPU load is > 90% on app-11', 'description': 'If clients start to see "connect: connection refused", scale out before the node is overwhelmed.'}, 'advice that names a refusal (look-alike)')
add(K, None, {'alertname': 'MaintenanceWindowActive', 'severity': 'info', 'instance': 'pg-reports-1'},
    {'summary': 'pg-reports-1 in scheduled maintenance', 'description': 'PostgreSQL stopped by the operator for the minor upgrade; connections are refused until 03:00 UTC.'}, 'refusals during planned work (look-alike, rule 9)')
add(K, None, {'alertname': 'ServiceStoppedByOperator', 'severity': 'info', 'service': 'legacy-ftp'},
    {'summary': 'legacy-ftp was stopped by an operator', 'description': 'systemctl stop vsftpd by admin; port 21 now refuses connections as planned for decommissioning.'}, 'stopped on purpose (look-alike, rule 9)')

# ------------------------------------------------------------------ 2. cluster members down
K = 'serf'
add(K, 'node_down', {'alertname': 'SerfMemberFailed', 'severity': 'critical', 'member': 'web-14'},
    {'summary': 'serf: member-failed web-14 (10.0.5.14)'}, 'member-failed event')
add(K, 'node_down', {'alertname': 'ClusterMemberEvent', 'event': 'member-failed', 'cluster': 'edge'},
    {'description': 'Serf event handler received member-failed for edge-cache-3 10.0.9.3 role=cache'}, 'member-failed event handler')
loki(K, 'node_down', 'serf-agent', '2026/01/22 03:14:15 [INFO] serf: EventMemberFailed: lb-02 10.0.1.2', 'EventMemberFailed log line')
add(K, 'node_down', {'alertname': 'PeerDown', 'severity': 'critical', 'peer': 'nomad-client-8'},
    {'summary': 'Gossip peer nomad-client-8 failed', 'description': 'member-failed: nomad-client-8 10.3.0.8 has not answered probes'}, 'member-failed, alert named PeerDown')
add(K, None, {'alertname': 'ClusterMemberEvent', 'event': 'member-leave', 'cluster': 'edge'},
    {'description': 'Serf event handler received member-leave for edge-cache-5 10.0.9.5 (graceful leave before decommissioning)'}, 'member-leave (look-alike, rule 9)')
add(K, None, {'alertname': 'ClusterMemberEvent', 'event': 'member-join', 'cluster': 'edge'},
    {'description': 'Serf event handler received member-join for edge-cache-6 10.0.9.6'}, 'member-join (look-alike)')
add(K, None, {'alertname': 'ClusterMemberEvent', 'event': 'member-reap', 'cluster': 'edge'},
    {'description': 'member-reap: edge-cache-5 removed from the member list after the reconnect timeout, decommissioned last week'}, 'member-reap of a decommissioned node (look-alike)')
loki(K, None, 'serf-agent', '2026/01/22 03:20:40 [INFO] serf: EventMemberJoin: lb-02 10.0.1.2', 'EventMemberJoin log line (look-alike)')

K = 'etcd'
loki(K, 'node_down', 'etcd', '{"level":"warn","ts":"2026-02-02T10:11:12.131Z","caller":"rafthttp/peer_status.go:66","msg":"peer became inactive (message send to peer failed)","peer-id":"8e9e05c52164694d","error":"failed to dial 8e9e05c52164694d on stream MsgApp v2 (dial tcp 10.0.0.12:2380: connect: connection refused)"}', 'peer became inactive, JSON')
add(K, 'node_down', {'alertname': 'EtcdPeerInactive', 'severity': 'critical', 'job': 'etcd', 'instance': 'etcd-0'},
    {'summary': 'etcd peer 8e9e05c52164694d became inactive', 'description': 'message send to peer failed: failed to write 8e9e05c52164694d on pipeline (dial tcp 10.0.0.13:2380: connect: no route to host)'}, 'peer became inactive as an alert')
grafana(K, 'node_down', 'etcd-2', 'peer became inactive (message send to peer failed) peer-id=fd422379fda50e48', 'peer became inactive')
loki(K, None, 'etcd', '{"level":"info","ts":"2026-02-02T10:15:40.002Z","caller":"rafthttp/peer_status.go:53","msg":"peer became active","peer-id":"8e9e05c52164694d"}', 'peer became active (look-alike)')
add(K, None, {'alertname': 'EtcdPeerEvents', 'severity': 'info', 'instance': 'etcd-1'},
    {'summary': 'etcd peer deactivated again', 'description': 'debug: peer deactivated again peer-id=fd422379fda50e48; member removed by operator with etcdctl member remove'}, 'member removed by an operator (look-alike, rule 9)')

K = 'es'
loki(K, 'node_down', 'elasticsearch', '[2026-03-01T12:00:03,441][INFO ][o.e.c.s.MasterService    ] [es-master-0] node-left[{es-data-4}{Zx9...}{10.1.4.24:9300} reason: followers check retry count exceeded [timeouts=3, failures=0]], term: 12, version: 88412', 'node-left, retry count exceeded')
loki(K, 'node_down', 'elasticsearch', '[2026-03-01T12:04:10,118][INFO ][o.e.c.s.MasterService    ] [es-master-0] node-left[{es-data-2}{kQ1...}{10.1.4.22:9300} reason: disconnected], term: 12, version: 88430', 'node-left, disconnected')
add(K, 'node_down', {'alertname': 'ElasticsearchNodeLeft', 'severity': 'critical', 'cluster': 'logs-prod'},
    {'summary': 'es-data-7 left the cluster', 'description': 'master marked the node as faulty: followers check retry count exceeded [timeouts=0, failures=3]'}, 'node marked faulty')
add(K, 'node_down', {'alertname': 'ElasticsearchFaultyNode', 'cluster': 'search'},
    {'description': 'detected failure of {es-hot-1}{10.2.0.11:9300}; reason: disconnected'}, 'detected failure of a node')
add(K, None, {'alertname': 'ElasticsearchNodeLeft', 'severity': 'info', 'cluster': 'logs-prod'},
    {'summary': 'es-data-9 left the cluster', 'description': 'node-left reason: disconnected — node restarted on purpose by the rolling upgrade job'}, 'node left for a rolling upgrade (look-alike, rule 9)')
add(K, None, {'alertname': 'ElasticsearchNodeJoined', 'severity': 'info', 'cluster': 'logs-prod'},
    {'summary': 'es-data-2 joined the cluster', 'description': 'node-join[{es-data-2}{10.1.4.22:9300} rejoining]'}, 'node rejoined (look-alike)')

# ------------------------------------------------------------------ 3. DNS and ICMP servers' liveness
K = 'tping'
add(K, 'node_down', {'alertname': 'PingHostDown', 'severity': 'critical', 'url': '10.10.0.53'},
    {'summary': 'ping to 10.10.0.53 failing', 'description': 'percent_packet_loss=100 and result_code=2 (ping error) for 5m: host is not answering ICMP'}, 'ping error result code')
add(K, 'node_down', {'alertname': 'TelegrafPingFailed', 'url': 'core-sw-2.mgmt'},
    {'description': 'ping,url=core-sw-2.mgmt packets_transmitted=5i,packets_received=0i,percent_packet_loss=100,result_code=2i for the last 10 minutes'}, 'all packets lost')
add(K, 'node_down', {'alertname': 'HostUnreachable', 'severity': 'critical', 'url': 'branch-rtr-9'},
    {'summary': 'branch-rtr-9 does not reply to ICMP', 'description': 'Destination net unreachable; reply_received=0 (Windows pinger)'}, 'destination unreachable replies')
add(K, 'node_down', {'alertname': 'PingTimeout', 'severity': 'critical', 'url': 'nas-01'},
    {'summary': 'nas-01 is down', 'description': 'every ping timed out (timeout=1s, count=5) for 5m; percent_packet_loss=100'}, 'host down with timed-out pings')
add(K, 'fd_exhaustion', {'alertname': 'TelegrafErrors', 'host': 'poller-1'},
    {'summary': 'telegraf ping input errors', 'description': 'E! [inputs.ping] Error in plugin: fork/exec /bin/ping: too many open files'}, 'the pinger out of file descriptors (look-alike)')

K = 'tdns'
add(K, 'node_down', {'alertname': 'DNSServerDown', 'severity': 'critical', 'server': '10.10.0.53'},
    {'summary': 'DNS server 10.10.0.53 is down', 'description': 'dns_query result=timeout (result_code=1) for every domain for 5 minutes'}, 'DNS server down with timed-out queries')
add(K, 'node_down', {'alertname': 'DNSServerNotResponding', 'severity': 'critical', 'server': 'ns2.corp.example'},
    {'summary': 'ns2.corp.example not responding', 'description': 'Queries for A records time out (timeout=2s); the server has not answered for 10m'}, 'DNS server not answering')
add(K, 'node_down', {'alertname': 'ResolverUnreachable', 'server': '192.168.1.1'},
    {'description': 'dns_query to 192.168.1.1:53 failed: read udp 192.168.1.20:51234->192.168.1.1:53: i/o timeout; resolver unreachable for 15m'}, 'resolver unreachable with an i/o timeout')
add(K, 'node_down', {'alertname': 'DNSServerDown', 'severity': 'critical', 'server': '10.20.0.2'},
    {'summary': 'DNS server 10.20.0.2 down', 'description': 'dns_query result=error: dial udp 10.20.0.2:53: connect: network is unreachable'}, 'DNS server unreachable')
add(K, 'dns_failure', {'alertname': 'DNSQueryServfail', 'severity': 'warning', 'server': '10.10.0.53'},
    {'summary': 'SERVFAIL answers from 10.10.0.53', 'description': 'dns_query rcode=SERVFAIL (rcode_value=2) for corp.example for 10m'}, 'SERVFAIL rcode (look-alike: resolution fails, server up)')
add(K, 'high_latency', {'alertname': 'DNSQuerySlow', 'severity': 'warning', 'server': '10.10.0.53'},
    {'summary': 'DNS query time above 500ms', 'description': 'query_time_ms p95 = 740 on 10.10.0.53'}, 'query time (look-alike: DNS latency is latency)')
add(K, 'dns_failure', {'alertname': 'DNSQueryNXDOMAIN', 'severity': 'warning', 'server': '10.10.0.54'},
    {'summary': 'NXDOMAIN for api.corp.example', 'description': 'dns_query rcode=NXDOMAIN for api.corp.example on 10.10.0.54'}, 'NXDOMAIN (look-alike)')

K = 'ddns'
add(K, 'node_down', {'alertname': 'DNSServerDown', 'severity': 'critical', 'nameserver': '10.0.0.2'},
    {'summary': 'nameserver 10.0.0.2 is down', 'description': 'dns.can_resolve CRITICAL for 3 consecutive checks against nameserver:10.0.0.2: DNS resolution of www.example.org timed out'}, 'nameserver down, resolution timed out')
add(K, 'node_down', {'alertname': 'InternalDNSUnreachable', 'nameserver': 'dc1-dns-2'},
    {'summary': 'dc1-dns-2 unreachable', 'description': 'Datadog dns_check to nameserver dc1-dns-2 failing since 04:10; the host does not answer on port 53'}, 'nameserver unreachable')

# ------------------------------------------------------------------ routing peers and links (rule 5/9)
K = 'nocbgp'
add(K, None, {'alertname': 'Network | BGP | Peer Down', 'severity': 'major', 'managed_object': 'pe-msk-1'},
    {'summary': 'BGP peer 192.0.2.45 (AS64512) down', 'description': 'vrf: default, reason: Hold timer expired'}, 'BGP peer down')
add(K, None, {'alertname': 'BGPPeerDown', 'peer': '198.51.100.1'},
    {'description': 'BGP Peer 198.51.100.1 AS65010 description "transit-1" went from Established to Idle'}, 'BGP backward transition')
add(K, None, {'alertname': 'PeerDown', 'severity': 'major', 'protocol': 'bgp'},
    {'summary': 'peer 10.255.0.2 down', 'description': 'BGP session with peer 10.255.0.2 closed: connection refused by the neighbour (TCP 179)'}, 'BGP peer refusing TCP 179')
add(K, None, {'alertname': 'BGPNeighborDown', 'neighbor': '2001:db8::1'},
    {'summary': 'neighbor 2001:db8::1 Down', 'description': 'BGP Notification sent: hold time expired'}, 'neighbor down')
K = 'noclink'
add(K, None, {'alertname': 'Network | Link | Link Down', 'severity': 'major', 'managed_object': 'acc-sw-12'},
    {'summary': 'Link down on Gi0/1/3', 'description': 'Interface Gi0/1/3 (uplink to dist-sw-2) changed state to down'}, 'link down')
add(K, None, {'alertname': 'InterfaceDown', 'interface': 'xe-0/0/1'},
    {'summary': 'Interface xe-0/0/1 on edge-r1 is down', 'description': 'Connection lost; probable causes: cable damage or administrative action'}, 'interface down')
add(K, None, {'alertname': 'OSPFNeighborDown', 'interface': 'ae1.0'},
    {'summary': 'OSPF neighbor 10.0.0.6 down on ae1.0', 'description': 'Nbr 10.0.0.6 from Full to Down, KillNbr: Interface down or detached'}, 'OSPF neighbour down')
add(K, None, {'alertname': 'BFDSessionDown', 'interface': 'et-0/0/4'},
    {'summary': 'BFD session to 10.1.1.2 down', 'description': 'BFD session went down, diagnostic: Control Detection Time Expired'}, 'BFD session down')
add(K, None, {'alertname': 'LinkFlap', 'interface': 'eth1'},
    {'summary': 'eth1 on fw-2 flapping', 'description': 'Link down/up 6 times in 10m'}, 'link flapping')
K = 'nocldp'
add(K, None, {'alertname': 'Network | MPLS | LDP Neighbor Down', 'managed_object': 'p-core-3'},
    {'summary': 'LDP neighbor 10.255.1.9:0 down', 'description': 'reason: Session KeepAlive Timer expired'}, 'LDP neighbour down')
add(K, None, {'alertname': 'LDPSessionDown', 'peer': '10.255.1.10'},
    {'description': 'LDP peer 10.255.1.10 down (TCP connection closed by peer)'}, 'LDP peer down')
K = 'nocrsvp'
add(K, None, {'alertname': 'Network | RSVP | Neighbor Down', 'managed_object': 'pe-ams-2'},
    {'summary': 'RSVP neighbor 10.9.9.1 down on ge-1/0/0', 'description': 'RSVP protocol configuration problem or link failure'}, 'RSVP neighbour down')

# ------------------------------------------------------------------ more client lines, other shapes
K = 'goerr'
add(K, 'node_down', {'alertname': 'BlackboxTCPFailed', 'severity': 'critical', 'instance': 'smtp-relay:25'},
    {'summary': 'TCP probe to smtp-relay:25 failing', 'description': 'probe error: dial tcp 10.0.30.5:25: connect: connection refused'}, 'ECONNREFUSED in a TCP probe')
add(K, 'node_down', {'alertname': 'ScrapeErrors', 'job': 'node', 'instance': '10.0.8.44:9100'},
    {'summary': 'target 10.0.8.44:9100 cannot be scraped', 'description': 'Get "http://10.0.8.44:9100/metrics": dial tcp 10.0.8.44:9100: connect: no route to host'}, 'scrape error with EHOSTUNREACH')
ratio(K, 'node_down', 'ingest-api', 'write to clickhouse: dial tcp 10.0.22.5:9000: connect: connection refused', 'ECONNREFUSED in an error ratio', pct='19.5')
latency(K, 'node_down', 'search-api', 'elastic: Error 0 (): dial tcp 10.0.40.3:9200: connect: host is down', 'EHOSTDOWN in a latency alert')
grafana(K, 'node_down', 'mqtt-bridge', 'level=error msg="connect failed" broker=tcp://10.0.50.2:1883 err="dial tcp 10.0.50.2:1883: connect: connection refused"', 'ECONNREFUSED')
add(K, 'node_down', {'alertname': 'KubeProxyUpstreamRefused', 'namespace': 'payments'},
    {'summary': 'payments-db endpoint refusing', 'description': 'Health check failed: dial tcp 10.244.3.9:5432: connect: connection refused'}, 'health check refused')

K = 'py'
add(K, 'node_down', {'alertname': 'CeleryBrokerErrors', 'queue': 'default'},
    {'summary': 'Celery cannot reach its broker', 'description': 'consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//: [Errno 111] Connection refused.\nTrying again in 4.00 seconds... (2/100)'}, 'ConnectionRefusedError via kombu')
latency(K, 'node_down', 'ml-gateway', 'httpx.ConnectError: [Errno 113] No route to host', 'EHOSTUNREACH via httpx')

K = 'node'
loki(K, 'node_down', 'graphql-gw', 'FetchError: request to http://users-svc:4001/graphql failed, reason: connect ECONNREFUSED 10.44.7.2:4001', 'ECONNREFUSED via node-fetch')
ratio(K, 'node_down', 'next-web', 'upstream call failed: Error: connect ECONNREFUSED 10.44.9.12:8080', 'ECONNREFUSED via an HTTP client', pct='22.0')
grafana(K, 'node_down', 'socket-hub', 'Error: Redis connection to 10.44.1.3:6379 failed - connect EHOSTUNREACH 10.44.1.3:6379', 'EHOSTUNREACH via node-redis')
add(K, 'node_down', {'alertname': 'UptimeCheckFailed', 'severity': 'critical', 'check': 'status-page-api'},
    {'summary': 'status-page-api is DOWN', 'description': 'connect ECONNREFUSED 203.0.113.10:443'}, 'uptime check refused')

K = 'kafka'
add(K, 'node_down', {'alertname': 'KafkaConnectWorkerErrors', 'connector': 'pg-sink'},
    {'summary': 'connector pg-sink task failing', 'description': 'org.apache.kafka.connect.errors.ConnectException: java.net.ConnectException: Connection refused (Connection refused) while connecting to pg-warehouse:5432'}, 'ConnectException in a connector')
add(K, 'queue_backlog', {'alertname': 'KafkaConsumerLagHigh', 'group': 'orders'},
    {'summary': 'consumer group orders lagging', 'description': 'Lag 184,220 messages on topic orders; consumers connected to all brokers'}, 'consumer lag (look-alike)')

K = 'bunny'
add(K, 'node_down', {'alertname': 'AMQPPublishFailures', 'app': 'billing'},
    {'summary': 'billing cannot publish', 'description': 'Bunny::TCPConnectionFailedForAllHosts: Could not establish TCP connection to any of the configured hosts'}, 'all hosts failed')

K = 'nats'
add(K, 'node_down', {'alertname': 'NATSClientDisconnected', 'app': 'fleet-tracker'},
    {'summary': 'fleet-tracker lost NATS', 'description': 'reconnect attempts exhausted: nats: no servers available for connection'}, 'reconnects exhausted')
add(K, None, {'alertname': 'NATSClientReconnected', 'app': 'fleet-tracker', 'severity': 'info'},
    {'summary': 'fleet-tracker reconnected to nats://nats-1:4222', 'description': 'Connection re-established after 12s'}, 'reconnected (look-alike)')
add(K, 'queue_backlog', {'alertname': 'NATSSlowConsumer', 'app': 'fleet-tracker'},
    {'summary': 'slow consumer on positions.>', 'description': 'nats: slow consumer, messages dropped; 48,000 pending messages on the subscription'}, 'slow consumer with pending messages (look-alike)')

K = 'redispy'
add(K, 'node_down', {'alertname': 'RedisSentinelMasterUnreachable', 'master': 'cache-main'},
    {'summary': 'sentinel cannot reach cache-main', 'description': 'redis.exceptions.ConnectionError: Error 111 connecting to 10.7.0.5:6379. Connection refused.'}, 'refused to sentinel client')
add(K, None, {'alertname': 'RedisLoading', 'severity': 'info', 'instance': 'cache-main'},
    {'summary': 'cache-main loading its dataset', 'description': 'redis.exceptions.BusyLoadingError: Redis is loading the dataset in memory after a planned restart'}, 'loading after a planned restart (look-alike)')

K = 'grpc'
add(K, 'node_down', {'alertname': 'GRPCUpstreamUnavailable', 'cluster': 'inventory'},
    {'summary': 'inventory: backends unavailable', 'description': 'grpc status 14 UNAVAILABLE: connection error: desc = "transport: Error while dialing: dial tcp 10.1.9.8:50051: connect: connection refused"'}, 'UNAVAILABLE with a refused dial')
add(K, None, {'alertname': 'GRPCServerStarted', 'severity': 'info', 'app': 'inventory'},
    {'summary': 'inventory gRPC server listening', 'description': 'transport: server listening on :50051 after the deploy'}, 'server started (look-alike)')

K = 'etcd'
add(K, 'node_down', {'alertname': 'EtcdMemberUnreachable', 'severity': 'critical', 'member': 'etcd-2'},
    {'summary': 'etcd-2 unreachable from the leader', 'description': 'lost TCP streaming connection with remote peer; dial tcp 10.0.0.14:2380: connect: connection refused'}, 'member unreachable')

K = 'es'

K = 'serf'
add(K, 'node_down', {'alertname': 'ConsulNodeFailed', 'node': 'worker-17'},
    {'summary': 'Consul marked worker-17 failed', 'description': 'member worker-17 10.2.0.17 status=failed (serfHealth critical: Agent not live or unreachable)'}, 'member status failed')

# ------------------------------------------------------------------ write
FAMILY.write()
