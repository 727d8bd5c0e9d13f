#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_errlines23.jsonl: error lines of client libraries, drivers
and runtimes that the corpus had not quoted yet, inside symptom alerts: a Loki log-pattern alert,
a Sentry issue alert, an Elastic log-threshold alert, an error-ratio alert naming its top error,
a latency alert naming its top error and a Datadog APM error-rate monitor.

What the family tests: a cause named only by a library's own words (redis-py, Predis, Excon,
http.rb, generic-pool, mobc, the DataStax Python driver, Hickory DNS, tonic, grpc-dotnet, ...),
and the same libraries' look-alikes that share words but are another thing under POLICY.md
(authentication failures, a connection closed once, a pool drained at shutdown, too many
redirects, a 401/404, a replica loading its dataset, ...). Look-alikes are only put in frames that
assert no symptom of their own (log-pattern, Sentry and Elastic frames; rule 8: a log line is not a
request), so `null` is their whole meaning.

Labels are hand decisions under POLICY.md, made before the classifier ran on this file; the reason
of each is in its `source`. Frames, hosts, values and services are made up; only the quoted error
strings come from the sources listed in SOURCES.md (repo, path, commit in each item).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

# ---- sources (repo, path, commit) ----
REDISPY = "34817ce2a2accc893a81180fe737e0c4f5ac6b0c"
REDISPY_UTILS = ("redis/redis-py", "redis/utils.py", REDISPY)
REDISPY_CONN = ("redis/redis-py", "redis/connection.py", REDISPY)
REDISPY_SOCK = ("redis/redis-py", "redis/_parsers/socket.py", REDISPY)
REDISPY_LOCK = ("redis/redis-py", "redis/lock.py", REDISPY)
PREDIS = "0795d69d9e46b3e1fd1ee9011f941f57607a900a"
PREDIS_FACTORY = ("predis/predis", "src/Connection/Resource/StreamFactory.php", PREDIS)
PREDIS_TIMEOUT = ("predis/predis", "src/TimeoutException.php", PREDIS)
PREDIS_STREAM = ("predis/predis", "src/Connection/StreamConnection.php", PREDIS)
PREDIS_REPL = ("predis/predis", "src/Connection/Replication/MasterSlaveReplication.php", PREDIS)
EXCON = "f59b27e16c7516b7f2724401a430cacc144da406"
EXCON_SOCKET = ("excon/excon", "lib/excon/socket.rb", EXCON)
EXCON_ERROR = ("excon/excon", "lib/excon/error.rb", EXCON)
HTTPRB = "557b127e1b5c9ca93841fe484c01d94dc9522c75"
HTTPRB_NULL = ("httprb/http", "lib/http/timeout/null.rb", HTTPRB)
HTTPRB_GLOBAL = ("httprb/http", "lib/http/timeout/global.rb", HTTPRB)
HTTPRB_CONN = ("httprb/http", "lib/http/connection.rb", HTTPRB)
HTTPRB_REDIR = ("httprb/http", "lib/http/redirector.rb", HTTPRB)

GPOOL = "ee5db9ddb54ce3a142fde3500116b393d4f2f755"
GPOOL_REQ = ("coopernurse/node-pool", "lib/ResourceRequest.js", GPOOL)
GPOOL_POOL = ("coopernurse/node-pool", "lib/Pool.js", GPOOL)
MOBC = ("importcjj/mobc", "src/error.rs", "50258dc041cb7a93006eb6b0ace0c7e4646bbb64")
CASS = "dd2343d8fecead045245a6679d8de8194cea215f"
CASS_CLUSTER = ("datastax/python-driver", "cassandra/cluster.py", CASS)
CASS_CONN = ("datastax/python-driver", "cassandra/connection.py", CASS)
CASS_POOL = ("datastax/python-driver", "cassandra/pool.py", CASS)
TONIC = ("hyperium/tonic", "tonic/src/status.rs", "a55efae785d6628bfc832fdbe7ca7d024d000cdb")
TONIC_DEC = ("hyperium/tonic", "tonic/src/codec/decode.rs", "a55efae785d6628bfc832fdbe7ca7d024d000cdb")
GRPCNET = "91c8faf22c6571643a4a90026816bfc01e8f4946"
GRPCNET_SUB = ("grpc/grpc-dotnet", "src/Grpc.Net.Client/Balancer/Subchannel.cs", GRPCNET)
GRPCNET_MSG = ("grpc/grpc-dotnet", "src/Grpc.Net.Client/Internal/StreamExtensions.cs", GRPCNET)
NREDIS = ("redis/node-redis", "packages/client/lib/errors.ts", "2a92b2e51aea18b31776ede15e022217e7ea9b37")
NREDIS_POOL = ("redis/node-redis", "packages/client/lib/client/pool.ts", "2a92b2e51aea18b31776ede15e022217e7ea9b37")
AMQPLIB = "a82bc9dc8f1e108eaa67af9a69c443b911145ac9"
AMQPLIB_STREAM = ("php-amqplib/php-amqplib", "PhpAmqpLib/Wire/IO/StreamIO.php", AMQPLIB)
AMQPLIB_SOCKET = ("php-amqplib/php-amqplib", "PhpAmqpLib/Wire/IO/SocketIO.php", AMQPLIB)
AMQPLIB_CHAN = ("php-amqplib/php-amqplib", "PhpAmqpLib/Channel/AbstractChannel.php", AMQPLIB)
BUNNY = ("ruby-amqp/bunny", "lib/bunny/exceptions.rb", "e8af46d1e699c8995717ad9cafd67e9d2f8a5220")

LARAVEL = "bd71b45fbb7e672957bf6ff61baddefe15fbca6a"
LARAVEL_LOST = ("laravel/framework", "src/Illuminate/Database/LostConnectionDetector.php", LARAVEL)
LARAVEL_CONC = ("laravel/framework", "src/Illuminate/Database/ConcurrencyErrorDetector.php", LARAVEL)
LARAVEL_MAX = ("laravel/framework", "src/Illuminate/Queue/MaxAttemptsExceededException.php", LARAVEL)
LARAVEL_TIMEOUT = ("laravel/framework", "src/Illuminate/Queue/TimeoutExceededException.php", LARAVEL)
LARAVEL_THROTTLE = ("laravel/framework", "src/Illuminate/Routing/Middleware/ThrottleRequests.php", LARAVEL)
KOMBU = "9ee8595b835c77b4f04cfb54b40b5d446f985a35"
KOMBU_CONN = ("celery/kombu", "kombu/connection.py", KOMBU)
KOMBU_RES = ("celery/kombu", "kombu/resource.py", KOMBU)
PYMC = "3ef28efac1a6cca5fb47c88981b7df4b33f1aac5"
PYMC_POOL = ("pinterest/pymemcache", "pymemcache/pool.py", PYMC)
PYMC_HASH = ("pinterest/pymemcache", "pymemcache/client/hash.py", PYMC)
PYMC_BASE = ("pinterest/pymemcache", "pymemcache/client/base.py", PYMC)
GOMC = ("bradfitz/gomemcache", "memcache/memcache.go", "8d39553ac7cf4c2a6857f3dc3751550176884755")
AMQP091 = ("rabbitmq/amqp091-go", "types.go", "28da80de762f0cbefc5c6517f9a144d526ce06cd")
RETRYHTTP = ("hashicorp/go-retryablehttp", "client.go", "fd004584a46724fae09e2f21d7c382e15c893f42")
MONGONODE = "bb35ded18aa1031d8e4be88cad4fc1cc1225b00e"
MONGONODE_METRICS = ("mongodb/node-mongodb-native", "src/cmap/metrics.ts", MONGONODE)
MONGONODE_ERRORS = ("mongodb/node-mongodb-native", "src/cmap/errors.ts", MONGONODE)

family = ProbeFamily("probes_errlines23.jsonl")

STACKS = {
    "py": (["checkout-api", "ledger-worker", "search-indexer", "notif-dispatch", "quote-svc"],
           ["shop", "payments", "platform"]),
    "php": (["storefront-php", "cms-web", "billing-portal", "wp-frontend", "crm-legacy"],
            ["web", "cms", "billing"]),
    "rb": (["rails-core", "sidekiq-mailers", "webhooks-rb", "admin-portal", "api-gateway-rb"],
           ["apps", "core", "integrations"]),
    "js": (["bff-web", "graphql-gw", "realtime-ws", "media-upload", "auth-edge"],
           ["frontend", "edge", "media"]),
    "rs": (["ingest-rs", "tile-server", "events-router", "price-feed", "geo-index"],
           ["data", "maps", "trading"]),
    "go": (["order-router", "inventory-go", "audit-sink", "fx-rates", "sched-api"],
           ["core", "ops", "finance"]),
    "cs": (["Orders.Api", "Billing.Worker", "Catalog.Api", "Identity.Gateway", "Reports.Service"],
           ["dotnet-apps", "billing", "catalog"]),
}

COUNTER = [0]


def frame(n, stack, text, symptom_ok):
    """The n-th alert frame quoting `text`; error-ratio/latency/APM frames only when symptom_ok."""
    names, nss = STACKS[stack]
    svc = names[n % len(names)]
    ns = nss[n % len(nss)]
    pod = f"{svc.lower().replace('.', '-')}-{6 + n % 4}d{n % 8}b{(n * 3) % 10}c-{'hmprw'[n % 5]}{(n * 7) % 10}k"
    first = text.split("\n")[0]
    etype, _, emsg = first.partition(": ")
    s = n % (6 if symptom_ok else 3)
    if s == 0:
        return ({"alertname": "LogErrorPattern", "severity": "warning", "namespace": ns, "pod": pod,
                 "app": svc},
                {"summary": f"Error lines in {svc} logs",
                 "description": f"count_over_time({{app=\"{svc}\"}} |= \"rror\" [5m]) = {9 + n}\n"
                                f"last line: {text}"})
    if s == 1:
        return ({"alertname": "SentryIssueAlert", "project": svc, "environment": "production",
                 "level": "error"},
                {"summary": f"New issue in {svc}: {etype}",
                 "title": first if emsg else text,
                 "culprit": f"{svc} worker",
                 "description": f"Seen {3 + n % 11} times by {1 + n % 4} users in the last hour."})
    if s == 2:
        return ({"alertname": "Log threshold breached", "rule_type": "logs.alert.document.count",
                 "service.name": svc, "kibana_space": "observability"},
                {"reason": f"{12 + n} log entries in the last 5 mins for service.name: {svc}. "
                           f"Alert when > 10.",
                 "message": f"Sample message: {text}"})
    if s == 3:
        return ({"alertname": "ServiceHighErrorRatio", "severity": "critical", "service": svc,
                 "namespace": ns},
                {"summary": f"{svc}: {3 + n % 7}.{n % 10}% of requests failed over 10m",
                 "description": f"5xx ratio above 2% for 10m. Most frequent error in the window: {text}"})
    if s == 4:
        return ({"alertname": "ServiceLatencyP99High", "severity": "warning", "service": svc,
                 "namespace": ns},
                {"summary": f"{svc} p99 latency is {2 + n % 5}.{n % 9}s (threshold 1s)",
                 "description": f"Top error logged in the same window: {text}"})
    return ({"alertname": f"[Datadog] APM error rate on {svc}", "monitor_type": "apm",
             "service": svc, "env": "prod"},
            {"summary": f"[Triggered] Error rate on {svc} is {0.08 + (n % 7) / 100:.2f} (> 0.05)",
             "description": f"Top error type: {etype}\nTop error message: {emsg or text}"})


def add(src, stack, expected, why, text, symptom_ok=True):
    n = COUNTER[0]
    COUNTER[0] += 1
    labels, annotations = frame(n, stack, text, symptom_ok)
    family.add(src, expected, f"{src[0]} {src[1]}: {why}", labels, annotations)


def redispy():
    add(REDISPY_UTILS, "py", "dns_failure",
        "redis-py connect error carrying getaddrinfo's EAI_NONAME (rule 7: resolution failed)",
        "redis.exceptions.ConnectionError: Error -2 connecting to sessions-redis.cache.svc:6379. "
        "Name or service not known.")
    add(REDISPY_UTILS, "py", "dns_failure",
        "redis-py connect error carrying getaddrinfo's EAI_AGAIN (rule 13: the lookup failed)",
        "redis.exceptions.ConnectionError: Error -3 connecting to redis-queue:6379. "
        "Temporary failure in name resolution.")
    add(REDISPY_CONN, "py", "upstream_timeout",
        "redis-py gave up connecting to Redis (rule 13: connect timeout)",
        "redis.exceptions.TimeoutError: Timeout connecting to server")
    add(REDISPY_CONN, "py", "upstream_timeout",
        "redis-py gave up reading Redis's reply (rule 13: read timeout)",
        "redis.exceptions.TimeoutError: Timeout reading from rate-redis.internal:6379")
    add(REDISPY_CONN, "py", "connection_pool_exhaustion",
        "redis-py ConnectionPool reached max_connections (rule 11: a pool's own limit)",
        "redis.exceptions.MaxConnectionsError: Too many connections")
    add(REDISPY_UTILS, "py", "upstream_timeout",
        "redis-py connect failed with ETIMEDOUT (rule 11: a connect timeout stays upstream_timeout)",
        "redis.exceptions.ConnectionError: Error 110 connecting to 10.42.7.19:6379. "
        "Connection timed out.")
    add(REDISPY_UTILS, "py", "node_down",
        "redis-py connect failed with EHOSTUNREACH (rule 11: no route to host)",
        "redis.exceptions.ConnectionError: Error 113 connecting to 10.42.7.19:6379. "
        "No route to host.")
    # look-alikes
    add(REDISPY_SOCK, "py", None,
        "the server closed one connection (a closed connection, no cause; look-alike)",
        "redis.exceptions.ConnectionError: Connection closed by server.", symptom_ok=False)
    add(REDISPY_LOCK, "py", None,
        "a distributed lock released after its TTL ran out (lock words, no deadlock; look-alike)",
        "redis.exceptions.LockNotOwnedError: Cannot release a lock that's no longer owned",
        symptom_ok=False)


def predis():
    add(PREDIS_FACTORY, "php", "node_down",
        "Predis could not open its stream: connection refused (rule 11)",
        "Predis\\Connection\\Resource\\Exception\\StreamInitException: Connection refused "
        "[tcp://10.20.3.14:6379]")
    add(PREDIS_FACTORY, "php", "upstream_timeout",
        "Predis could not open its stream within its connect timeout (rule 11: connect timeout)",
        "Predis\\Connection\\Resource\\Exception\\StreamInitException: Connection timed out "
        "[tcp://redis-sessions.web.svc:6379]")
    add(PREDIS_TIMEOUT, "php", "upstream_timeout",
        "Predis read/write on Redis timed out (rule 13)",
        "Predis\\TimeoutException: Operation has timed out")
    add(PREDIS_FACTORY, "php", "node_down",
        "Predis could not open its stream: no route to host (rule 11)",
        "Predis\\Connection\\Resource\\Exception\\StreamInitException: No route to host "
        "[tcp://10.20.9.40:6379]")
    # look-alikes
    add(PREDIS_STREAM, "php", None,
        "a read on a broken connection, once (a closed connection; look-alike)",
        "Predis\\Connection\\ConnectionException: Error while reading line from the server. "
        "[tcp://10.20.3.14:6379]", symptom_ok=False)
    add(PREDIS_REPL, "php", None,
        "a replica still loading its dataset after a restart (no memory shortage; look-alike; "
        "decision in SOURCES)",
        "Predis\\Connection\\ConnectionException: Redis is loading the dataset in memory "
        "[tcp://10.20.3.15:6379]", symptom_ok=False)


def excon():
    add(EXCON_SOCKET, "rb", "upstream_timeout", "Excon's read timeout (rule 13)",
        "Excon::Error::Timeout: read timeout reached")
    add(EXCON_SOCKET, "rb", "upstream_timeout", "Excon's connect timeout (rule 13)",
        "Excon::Error::Timeout: connect_write timeout reached")
    add(EXCON_SOCKET, "rb", "upstream_timeout", "Excon's whole-request deadline (rule 13)",
        "Excon::Error::Timeout: request timeout reached")
    add(EXCON_ERROR, "rb", "dns_failure", "Excon socket error wrapping a failed getaddrinfo",
        "Excon::Error::Socket: getaddrinfo: Name or service not known (SocketError)")
    add(EXCON_ERROR, "rb", "node_down", "Excon socket error wrapping ECONNREFUSED (rule 11)",
        "Excon::Error::Socket: Connection refused - connect(2) for 10.4.1.7:443 (Errno::ECONNREFUSED)")
    add(EXCON_ERROR, "rb", "rate_limited", "Excon status error for a 429 answer (rule 3)",
        "Excon::Error::TooManyRequests: Expected([200]) <=> Actual(429 Too Many Requests)")
    add(EXCON_ERROR, "rb", "upstream_timeout", "Excon status error for a 504 answer (rule 3)",
        "Excon::Error::GatewayTimeout: Expected([200, 201]) <=> Actual(504 Gateway Timeout)")
    # look-alikes
    add(EXCON_ERROR, "rb", None, "a 401 answer (authentication; look-alike)",
        "Excon::Error::Unauthorized: Expected([200]) <=> Actual(401 Unauthorized)", symptom_ok=False)
    add(EXCON_ERROR, "rb", None, "a 404 answer (a missing record; look-alike)",
        "Excon::Error::NotFound: Expected([200, 204]) <=> Actual(404 Not Found)", symptom_ok=False)


def httprb():
    add(HTTPRB_NULL, "rb", "upstream_timeout", "http.rb read timeout (rule 13)",
        "HTTP::TimeoutError: Read timed out after 5 seconds")
    add(HTTPRB_NULL, "rb", "upstream_timeout", "http.rb connect timeout (rule 13)",
        "HTTP::ConnectTimeoutError: Connect timed out after 2 seconds")
    add(HTTPRB_GLOBAL, "rb", "upstream_timeout", "http.rb global timeout used up (rule 13)",
        "HTTP::TimeoutError: Timed out after using the allocated 15 seconds")
    add(HTTPRB_CONN, "rb", "dns_failure", "http.rb could not connect: getaddrinfo failed",
        "HTTP::ConnectionError: failed to connect: getaddrinfo: Name or service not known")
    add(HTTPRB_CONN, "rb", "node_down", "http.rb could not connect: connection refused (rule 11)",
        "HTTP::ConnectionError: failed to connect: Connection refused - connect(2) for "
        "\"10.9.0.12\" port 8080")
    # look-alike
    add(HTTPRB_REDIR, "rb", None, "too many redirects (shares 'too many'; look-alike)",
        "HTTP::Redirector::TooManyRedirectsError: HTTP::Redirector::TooManyRedirectsError",
        symptom_ok=False)


def genericpool():
    add(GPOOL_REQ, "js", "connection_pool_exhaustion",
        "generic-pool's acquire timed out waiting for a free resource (a pool-acquire timeout)",
        "TimeoutError: ResourceRequest timed out")
    add(GPOOL_POOL, "js", "connection_pool_exhaustion",
        "generic-pool's queue of waiting clients is full (rule 7: a pool overflowing)",
        "Error: max waitingClients count exceeded")
    add(GPOOL_REQ, "js", "connection_pool_exhaustion",
        "generic-pool acquire timeout under a knex-style wrapper (a pool-acquire timeout)",
        "TimeoutError: ResourceRequest timed out\n    at ResourceRequest._fireTimeout "
        "(/app/node_modules/generic-pool/lib/ResourceRequest.js:62:17)")
    add(GPOOL_POOL, "js", None, "a pool draining at shutdown (rule 12 look-alike)",
        "Error: pool is draining and cannot accept work", symptom_ok=False)
    add(GPOOL_POOL, "js", None, "a resource released to the wrong pool (no exhaustion; look-alike)",
        "Error: Resource not currently part of this pool", symptom_ok=False)


def mobc():
    add(MOBC, "rs", "connection_pool_exhaustion",
        "mobc's get() timed out in the connection pool (a pool-acquire timeout)",
        "ERROR events_router::db: failed to get connection: Time out in the connection pool")
    add(MOBC, "rs", "connection_pool_exhaustion",
        "mobc's get() timed out in the connection pool (a pool-acquire timeout)",
        "Error: Time out in the connection pool")
    add(MOBC, "rs", None, "a mobc pool already closed (rule 12 look-alike)",
        "ERROR price_feed::cache: redis pool error: The pool is closed", symptom_ok=False)


def cassandra():
    add(CASS_CLUSTER, "py", "upstream_timeout",
        "DataStax driver: the client-side request timeout expired (rule 13)",
        "cassandra.OperationTimedOut: errors={'10.30.1.12:9042': 'Client request timeout. "
        "See Session.execute[_async](timeout)'}, last_host=10.30.1.12:9042")
    add(CASS_CONN, "py", "node_down",
        "DataStax driver: no server accepted the connection, refused (rule 11)",
        "cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', "
        "{'10.30.1.12:9042': ConnectionRefusedError(111, \"Tried connecting to [('10.30.1.12', 9042)]. "
        "Last error: Connection refused\")})")
    add(CASS_CONN, "py", "upstream_timeout",
        "DataStax driver: connecting to every server timed out (rule 11: a connect timeout)",
        "cassandra.cluster.NoHostAvailable: ('Unable to connect to any servers', "
        "{'10.30.1.13:9042': OSError(None, \"Tried connecting to [('10.30.1.13', 9042)]. "
        "Last error: timed out\")})")
    add(CASS_POOL, "py", "connection_pool_exhaustion",
        "DataStax driver: every stream of the host's connection pool is in use (rule 7: a pool "
        "that is full)",
        "cassandra.cluster.NoHostAvailable: ('Unable to complete the operation against any hosts', "
        "{<Host: 10.30.1.12:9042 dc1>: NoConnectionsAvailable('All request IDs are currently in use')})")
    add(CASS_POOL, "py", None, "a host pool shut down (rule 12 look-alike)",
        "cassandra.connection.ConnectionException: Pool for 10.30.1.12:9042 is shutdown",
        symptom_ok=False)
    add(CASS_CONN, "py", None, "authentication required (an authentication failure; look-alike)",
        "cassandra.connection.AuthenticationFailed: Remote end requires authentication",
        symptom_ok=False)


def tonic():
    add(TONIC, "rs", "node_down",
        "tonic maps a refused connect to UNAVAILABLE (rule 11: connection refused)",
        "grpc call failed: status: code: 'The service is currently unavailable', message: "
        "\"tcp connect error: Connection refused (os error 111)\"")
    add(TONIC, "rs", "upstream_timeout",
        "tonic status DEADLINE_EXCEEDED on a call (rule 13: a gRPC deadline)",
        "grpc call failed: status: code: 'Deadline expired before operation could complete'")
    add(TONIC_DEC, "rs", None, "a reply larger than the receive limit (an oversized payload; look-alike)",
        "grpc call failed: status: code: 'Operation was attempted past the valid range', message: "
        "\"Error, decoded message length too large: found 5242880 bytes, the limit is: 4194304 bytes\"",
        symptom_ok=False)


def grpcdotnet():
    add(GRPCNET_SUB, "cs", "node_down",
        "grpc-dotnet could not connect its subchannel: connection refused (rule 11)",
        "Grpc.Core.RpcException: Status(StatusCode=\"Unavailable\", Detail=\"Error connecting to "
        "subchannel.\", DebugException=\"System.Net.Sockets.SocketException: Connection refused\")")
    add(GRPCNET_SUB, "cs", "upstream_timeout",
        "grpc-dotnet's subchannel connect timed out (rule 13: connect timeout)",
        "Grpc.Core.RpcException: Status(StatusCode=\"Unavailable\", Detail=\"Timeout connecting to "
        "subchannel.\")")
    add(GRPCNET_MSG, "cs", None,
        "a message over the configured size (ResourceExhausted, an oversized payload; look-alike)",
        "Grpc.Core.RpcException: Status(StatusCode=\"ResourceExhausted\", Detail=\"Received message "
        "exceeds the maximum configured message size.\")", symptom_ok=False)


def noderedis():
    add(NREDIS, "js", "upstream_timeout", "node-redis connect timeout (rule 13)",
        "ConnectionTimeoutError: Connection timeout")
    add(NREDIS, "js", "upstream_timeout", "node-redis socket read timeout (rule 13)",
        "SocketTimeoutError: Socket timeout timeout. Expecting data, but didn't receive any in 5000ms.")
    add(NREDIS_POOL, "js", "connection_pool_exhaustion",
        "node-redis RedisClientPool acquire timed out (a pool-acquire timeout)",
        "TimeoutError: Timeout waiting for a client after 3000ms")
    add(NREDIS, "js", "node_down",
        "node-redis cluster client reached none of its root nodes (rule 11: no servers available)",
        "RootNodesUnavailableError: All the root nodes are unavailable")
    add(NREDIS, "js", None, "a command on a client already quit (rule 12 look-alike)",
        "ClientClosedError: The client is closed", symptom_ok=False)
    add(NREDIS, "js", None, "cluster MOVED/ASK redirections over the limit (shares 'Too many'; look-alike)",
        "MaxCommandRedirectionsError: Too many Cluster redirections", symptom_ok=False)
    add(NREDIS, "js", None, "an optimistic WATCH transaction aborted (no deadlock; look-alike)",
        "WatchError: One (or more) of the watched keys has been changed", symptom_ok=False)
    add(NREDIS, "js", None, "one socket closed (a connection dropped once; look-alike)",
        "SocketClosedUnexpectedlyError: Socket closed unexpectedly", symptom_ok=False)


def phpamqplib():
    add(AMQPLIB_STREAM, "php", "node_down", "php-amqplib stream connect refused (rule 11)",
        "PhpAmqpLib\\Exception\\AMQPIOException: Error Connecting to server(111): Connection refused")
    add(AMQPLIB_SOCKET, "php", "upstream_timeout", "php-amqplib socket connect timed out (rule 11)",
        "PhpAmqpLib\\Exception\\AMQPIOException: Error Connecting to server (110): Connection timed out")
    add(AMQPLIB_SOCKET, "php", "node_down", "php-amqplib socket connect: no route to host (rule 11)",
        "PhpAmqpLib\\Exception\\AMQPIOException: Error Connecting to server (113): No route to host")
    add(AMQPLIB_SOCKET, "php", None, "a connection found closed (closed once; look-alike)",
        "PhpAmqpLib\\Exception\\AMQPConnectionClosedException: Broken pipe or closed connection",
        symptom_ok=False)
    add(AMQPLIB_CHAN, "php", None, "a publish on a closed channel (closed; look-alike)",
        "PhpAmqpLib\\Exception\\AMQPChannelClosedException: Channel connection is closed.",
        symptom_ok=False)


def bunny():
    add(BUNNY, "rb", "dns_failure", "Bunny TCP connect failed on an unresolved host name",
        "Bunny::TCPConnectionFailed: Could not establish TCP connection to rabbitmq.queue.svc:5672: "
        "getaddrinfo: Name or service not known")
    add(BUNNY, "rb", None, "RabbitMQ refused the login (an authentication failure; look-alike)",
        "Bunny::AuthenticationFailureError: Authentication with RabbitMQ failed. Please check your "
        "connection settings. Username: orders, vhost: /, password length: 24", symptom_ok=False)
    add(BUNNY, "rb", None, "a publish on a connection closed by the app (closed; look-alike)",
        "Bunny::ConnectionAlreadyClosed: Connection has been already closed", symptom_ok=False)


def qe(msg, sql="select * from `sessions` where `id` = ? limit 1", host="10.0.3.12"):
    """Laravel's QueryException message (QueryException::formatMessage)."""
    return (f"Illuminate\\Database\\QueryException: {msg} (Connection: mysql, Host: {host}, Port: 3306, "
            f"Database: forge, SQL: {sql})")


def laravel():
    add(LARAVEL_LOST, "php", "upstream_timeout",
        "PDO MySQL connect timed out, one of Laravel's lost-connection messages (rule 11: connect timeout)",
        qe("SQLSTATE[HY000] [2002] Connection timed out"))
    add(LARAVEL_LOST, "php", "node_down",
        "PDO MySQL connect failed: network unreachable (rule 11)",
        qe("SQLSTATE[HY000] [2002] Network is unreachable", host="10.0.9.30"))
    add(LARAVEL_LOST, "php", "upstream_timeout",
        "PDO MySQL connect on Windows: WSAETIMEDOUT, the peer did not respond in time (rule 11: connect "
        "timeout)",
        qe("SQLSTATE[HY000] [2002] A connection attempt failed because the connected party did not "
           "properly respond after a period of time, or established connection failed because connected "
           "host has failed to respond", sql="select * from `orders` where `status` = pending"))
    add(LARAVEL_CONC, "php", "deadlock",
        "Galera aborted a transaction as a deadlock (error 1213), in Laravel's concurrency-error list "
        "(a detected deadlock)",
        qe("SQLSTATE[40001]: Serialization failure: 1213 WSREP detected deadlock/conflict and aborted the "
           "transaction. Try restarting the transaction",
           sql="update `stock` set `reserved` = 4 where `sku` = A-1142"))
    add(LARAVEL_THROTTLE, "php", "rate_limited",
        "Laravel's throttle middleware answered 429 (rule 7: throttled requests)",
        "Illuminate\\Http\\Exceptions\\ThrottleRequestsException: Too Many Attempts.")
    # look-alikes
    add(LARAVEL_LOST, "php", None, "MySQL refused the login (an authentication failure; look-alike)",
        qe("SQLSTATE[HY000] [1045] Access denied for user 'forge'@'10.0.3.40' (using password: YES)"),
        symptom_ok=False)
    add(LARAVEL_LOST, "php", None,
        "the server closed an idle session after wait_timeout (rule 12: closed for idleness; look-alike)",
        qe("SQLSTATE[HY000]: General error: 4031 The client was disconnected by the server because of "
           "inactivity. See wait_timeout and interactive_timeout for configuring this behavior."),
        symptom_ok=False)
    add(LARAVEL_LOST, "php", None,
        "Azure SQL refuses logins during its own upgrade (planned work, rule 9; look-alike)",
        "Illuminate\\Database\\QueryException: SQLSTATE[42000]: Login failed for user 'app'. Reason: "
        "Server is in script upgrade mode. Only administrator can connect at this time. (Connection: "
        "sqlsrv, Host: sql-prod-weu.database.windows.net, Port: 1433, Database: crm, SQL: select top 1 * "
        "from [accounts])", symptom_ok=False)
    add(LARAVEL_MAX, "php", None, "a queued job out of attempts (a failed job, rule 10; look-alike)",
        "Illuminate\\Queue\\MaxAttemptsExceededException: App\\Jobs\\SyncInvoices has been "
        "attempted too many times.", symptom_ok=False)
    add(LARAVEL_TIMEOUT, "php", None, "a queued job over its own time limit (rule 10; look-alike)",
        "Illuminate\\Queue\\TimeoutExceededException: App\\Jobs\\GeneratePdf has timed out.",
        symptom_ok=False)


def kombu():
    add(KOMBU_CONN, "py", "connection_pool_exhaustion",
        "kombu's connection pool is at its limit (rule 11: a pool's own limit)",
        "kombu.exceptions.ConnectionLimitExceeded: 10")
    add(KOMBU_RES, "py", None, "acquire on a pool closed at shutdown (rule 12 look-alike)",
        "RuntimeError: Acquire on closed pool", symptom_ok=False)


def pymemcache():
    add(PYMC_POOL, "py", "connection_pool_exhaustion",
        "pymemcache's PooledClient object pool is at max_size (a pool's own limit)",
        "RuntimeError: Too many objects, 20 >= 20")
    add(PYMC_HASH, "py", "node_down",
        "pymemcache HashClient found every server dead (rule 11: no servers available)",
        "pymemcache.exceptions.MemcacheError: All servers seem to be down right now")
    add(PYMC_BASE, "py", None, "an over-long cache key (input validation; look-alike)",
        "pymemcache.exceptions.MemcacheIllegalInputError: Key is too long: "
        "b'session:v2:3f9c0d7e8a1b4c2d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3"
        "c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2"
        "d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5'", symptom_ok=False)


def gomemcache():
    add(GOMC, "go", "upstream_timeout", "gomemcache connect timeout (rule 13)",
        "memcache: connect timeout to 10.12.0.7:11211")
    add(GOMC, "go", None, "a cache miss (no failure; look-alike)",
        "level=error msg=\"session lookup failed\" err=\"memcache: cache miss\"", symptom_ok=False)
    add(GOMC, "go", None, "a CAS conflict (optimistic concurrency, no deadlock; look-alike)",
        "level=error msg=\"counter update failed\" err=\"memcache: compare-and-swap conflict\"",
        symptom_ok=False)


def amqp091():
    add(AMQP091, "go", None, "a publish on a closed channel (closed; look-alike)",
        "failed to publish: Exception (504) Reason: \"channel/connection is not open\"", symptom_ok=False)
    add(AMQP091, "go", None, "RabbitMQ refused the credentials (authentication; look-alike)",
        "dial amqp: Exception (403) Reason: \"username or password not allowed\"", symptom_ok=False)


def retryablehttp():
    add(RETRYHTTP, "go", "upstream_timeout",
        "go-retryablehttp gave up; the last answer was a 504 (rule 3)",
        "POST https://ledger.partner.example/v1/postings giving up after 5 attempt(s): "
        "unexpected HTTP status 504 Gateway Timeout")
    add(RETRYHTTP, "go", None, "one retry scheduled after a 503 (a retry under way, no cause; look-alike)",
        "[DEBUG] GET https://rates.partner.example/v1/fx (status: 503): retrying in 2s (3 left)",
        symptom_ok=False)


def mongonode():
    add(MONGONODE_METRICS, "js", "connection_pool_exhaustion",
        "MongoDB Node driver: checkout wait timed out with every pooled connection in use",
        "MongoWaitQueueTimeoutError: Timed out while checking out a connection from connection pool: "
        "maxPoolSize: 100, connections in use by cursors: 3, connections in use by transactions: 0, "
        "connections in use by other operations: 97")
    add(MONGONODE_ERRORS, "js", None, "checkout from a pool closed at shutdown (rule 12 look-alike)",
        "MongoPoolClosedError: Attempted to check out a connection from closed connection pool",
        symptom_ok=False)


def main():
    redispy()
    predis()
    excon()
    httprb()
    genericpool()
    mobc()
    cassandra()
    tonic()
    grpcdotnet()
    noderedis()
    phpamqplib()
    bunny()
    laravel()
    kombu()
    pymemcache()
    gomemcache()
    amqp091()
    retryablehttp()
    mongonode()
    family.write()


if __name__ == "__main__":
    main()
