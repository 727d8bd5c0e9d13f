#!/usr/bin/env python3
"""Builds tests/fixtures/corpus/probes_errors9.jsonl: error lines of client libraries and runtimes
the corpus did not quote before (JDBC drivers, reactive and HTTP clients of the JVM, Python's httpx,
pymongo, asyncpg and kafka-python, Go's MySQL driver, sarama and NATS, Node's pg, ioredis, mongoose,
got and node-fetch, Ruby's pg, mysql2 and Faraday, PHP's Guzzle, Rust's reqwest, Elixir's Finch and
Mint), each quoted inside an alert as it reaches an on-call engineer:
  - a log alert whose summary says only "errors in application log" and whose description quotes
    the line (sometimes a Python traceback's last lines, a Java "Caused by:" chain, a Go or Node
    log record);
  - an error-tracker issue (Sentry style: `title` = "ExceptionType: message", `culprit`,
    `transaction`);
  - an error-ratio or latency alert whose description quotes the line as cause evidence;
  - a label (`error`, `exception`, `error_message`) on an exception-count or error alert.
About a third are look-alikes that stay null under POLICY.md (authentication and permission
failures, validation and parse errors, missing records and tables, duplicate keys, redirects,
closed connections, oversized payloads); quoted in an error-ratio or latency alert they leave the
symptom (`high_error_rate`, `high_latency`). Labels follow tests/fixtures/corpus/POLICY.md and were
decided from each alert's meaning before the classifier ran on the file. Hosts and values are made
up; each item's provenance names the public file its message comes from (the snapshot's commit).

Labelling calls: a refused connection is `node_down`, as the corpus labels ECONNREFUSED; a
connect, read or query timeout of a client is `upstream_timeout`; a pool whose acquire waits time
out or whose pending queue is full is `connection_pool_exhaustion`, and so is a server's
"too many connections" / `max_user_connections`; Kafka's throttling quota is `rate_limited`;
NATS's slow consumer ("messages dropped" from a full pending buffer) is `queue_backlog`. Left out
as unsure: statement timeouts and lock-wait timeouts, Connector/J's "Communications link failure"
and "Statement cancelled due to timeout or client request", pymongo's "No primary available",
sarama's "run out of available brokers", NATS's "no servers available", RabbitMQ's
BrokerUnreachableException, ioredis's max-retries error, mongoose's buffering timeout, OkHttp's
"Failed to connect to", 503 responses, premature closes and aborted requests.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

PGJDBC_HEAD = "3a699d57d957ca0c2b86e619d001a8763a130027"
PGJDBC_DRIVER = ("pgjdbc/pgjdbc", "pgjdbc/src/main/java/org/postgresql/Driver.java", PGJDBC_HEAD)
PGJDBC_FACTORY = ("pgjdbc/pgjdbc", "pgjdbc/src/main/java/org/postgresql/core/v3/ConnectionFactoryImpl.java", PGJDBC_HEAD)
PGJDBC_EXEC = ("pgjdbc/pgjdbc", "pgjdbc/src/main/java/org/postgresql/core/v3/QueryExecutorImpl.java", PGJDBC_HEAD)
PGJDBC_CONN = ("pgjdbc/pgjdbc", "pgjdbc/src/main/java/org/postgresql/jdbc/PgConnection.java", PGJDBC_HEAD)


def pgjdbc_po(lang):
    return ("pgjdbc/pgjdbc", f"pgjdbc/src/main/java/org/postgresql/translation/{lang}.po", PGJDBC_HEAD)


CJ_HEAD = "cf2917ea44ae2e43a4514a33771035aa99de73bf"
CJ_MSGS = ("mysql/mysql-connector-j", "src/main/resources/com/mysql/cj/LocalizedErrorMessages.properties", CJ_HEAD)
CJ_ERRNO = ("mysql/mysql-connector-j", "src/main/core-api/java/com/mysql/cj/exceptions/MysqlErrorNumbers.java", CJ_HEAD)
MSSQL = ("microsoft/mssql-jdbc", "src/main/java/com/microsoft/sqlserver/jdbc/SQLServerResource.java", "34285fd75cc26e84bfe50fc77fd138f31a0b3675")
RPOOL_PENDING = ("reactor/reactor-pool", "reactor-pool/src/main/java/reactor/pool/PoolAcquirePendingLimitException.java", "1b4b503183a71a3b7c6e639b3c6410cfbe2852fc")
RPOOL_TIMEOUT = ("reactor/reactor-pool", "reactor-pool/src/main/java/reactor/pool/PoolAcquireTimeoutException.java", "1b4b503183a71a3b7c6e639b3c6410cfbe2852fc")
RNETTY_H2POOL = ("reactor/reactor-netty", "reactor-netty-http/src/main/java/reactor/netty/http/client/Http2Pool.java", "da0f55072fadc619265a65274050d475eaba7169")
FEIGN = ("OpenFeign/feign", "core/src/main/java/feign/FeignException.java", "4b7c1eb51c0055dccd4b88d4f6b5fe75082c959d")
OKHTTP_HEAD = "1682d9bac8c03dffde2969b0b74d47649d0dbb52"
OKHTTP_CALL = ("square/okhttp", "okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/RealCall.kt", OKHTTP_HEAD)
OKHTTP_H2 = ("square/okhttp", "okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/http2/Http2Stream.kt", OKHTTP_HEAD)
OKHTTP_DNS = ("square/okhttp", "okhttp/src/commonJvmAndroid/kotlin/okhttp3/Dns.kt", OKHTTP_HEAD)
OKHTTP_DOH = ("square/okhttp", "okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/dns/-StateMachineDnsCall.kt", OKHTTP_HEAD)
OKHTTP_FOLLOW = ("square/okhttp", "okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/http/RetryAndFollowUpInterceptor.kt", OKHTTP_HEAD)
HTTPX_HEAD = "ae1b9f66238f75ced3ced5e4485408435de10768"
HTTPX_EXC = ("encode/httpx", "httpx/_exceptions.py", HTTPX_HEAD)
HTTPX_MODELS = ("encode/httpx", "httpx/_models.py", HTTPX_HEAD)
PYMONGO_HEAD = "ebc4bffcc842464e48a3edbd04802d1a42bc818a"
PYMONGO_POOL = ("mongodb/mongo-python-driver", "pymongo/synchronous/pool.py", PYMONGO_HEAD)
PYMONGO_TOPO = ("mongodb/mongo-python-driver", "pymongo/synchronous/topology.py", PYMONGO_HEAD)
PYMONGO_ERR = ("mongodb/mongo-python-driver", "pymongo/errors.py", PYMONGO_HEAD)
ASYNCPG = ("MagicStack/asyncpg", "asyncpg/exceptions/__init__.py", "db8ecc2a38e16fb0c090aef6f5506547c2831c24")
SARAMA_HEAD = "bd98b3aec67780cf514f219ed0342c5c1d9e1b75"
SARAMA = ("IBM/sarama", "errors.go", SARAMA_HEAD)
KPY_HEAD = "a3b3836ff3a4b34ebaa42fd93500bfcb16c1e9b7"
KPY_ERR = ("dpkp/kafka-python", "kafka/errors.py", KPY_HEAD)
KPY_PROD = ("dpkp/kafka-python", "kafka/producer/kafka.py", KPY_HEAD)
NATS = ("nats-io/nats.go", "nats.go", "850f889cf3d63bfd1a549ab9af59f0145146fb41")
GOMYSQL = ("go-sql-driver/mysql", "errors.go", "416cd99d463949ca51faf4f84d674de2fc1aa54b")
NPG_HEAD = "c9e57617bc92c2ded23a75345f50eadc527bd131"
NPG_CLIENT = ("brianc/node-postgres", "packages/pg/lib/client.js", NPG_HEAD)
NPG_POOL = ("brianc/node-postgres", "packages/pg-pool/index.js", NPG_HEAD)
IOREDIS_HEAD = "dfd542824dfb7168420f19fdfabe9fe1156efe10"
IOREDIS_CMD = ("redis/ioredis", "lib/Command.ts", IOREDIS_HEAD)
IOREDIS_REDIS = ("redis/ioredis", "lib/Redis.ts", IOREDIS_HEAD)
IOREDIS_UTILS = ("redis/ioredis", "lib/utils/index.ts", IOREDIS_HEAD)
MONGOOSE_HEAD = "3e212cec87dbf710216a3c6125121aefa60a4475"
MONGOOSE_SEL = ("Automattic/mongoose", "lib/error/serverSelection.js", MONGOOSE_HEAD)
MONGOOSE_VAL = ("Automattic/mongoose", "lib/error/validation.js", MONGOOSE_HEAD)
MONGOOSE_CAST = ("Automattic/mongoose", "lib/error/cast.js", MONGOOSE_HEAD)
MONGOOSE_NF = ("Automattic/mongoose", "lib/error/notFound.js", MONGOOSE_HEAD)
GOT_HEAD = "d00d845a0b435365ec73ea5a1fca6e17ee677184"
GOT_TIMEOUT = ("sindresorhus/got", "source/core/timed-out.ts", GOT_HEAD)
GOT_ERRORS = ("sindresorhus/got", "source/core/errors.ts", GOT_HEAD)
NODEFETCH = ("node-fetch/node-fetch", "src/index.js", "8b3320d2a7c07bce4afc6b2bf6c3bbddda85b01f")
RUBYPG = ("ged/ruby-pg", "ext/errorcodes.def", "7dd3b88eb2e2272af96477bad74082a97065b560")
MYSQL2_HEAD = "e5fd094ba46ad83ee0ecbe1a0f1f40f2e80b659d"
MYSQL2_CLIENT = ("brianmario/mysql2", "ext/mysql2/client.c", MYSQL2_HEAD)
MYSQL2_ERROR = ("brianmario/mysql2", "lib/mysql2/error.rb", MYSQL2_HEAD)
FARADAY = ("lostisland/faraday", "lib/faraday/error.rb", "59334e0e9b1918bd26b143f4a7bbc8c765de3ac4")
GUZZLE_HEAD = "2779e868a00289e1b1fd854af030c43a06f4bcb4"
GUZZLE_REQ = ("guzzle/guzzle", "src/Exception/RequestException.php", GUZZLE_HEAD)
GUZZLE_CURL = ("guzzle/guzzle", "src/Handler/CurlFactory.php", GUZZLE_HEAD)
REQWEST = ("seanmonstar/reqwest", "src/error.rs", "065a5ae5209d27d4f4e3c4409725672c49a8aa39")
FINCH = ("sneako/finch", "lib/finch/http1/pool.ex", "4b9b7b1eb3ad3e1cc2952ed954fc3c7267cfa204")
MINT = ("elixir-mint/mint", "lib/mint/transport_error.ex", "7719dd2be2fd9ba84292c0f2f5eec79ecc1d5efa")

family = ProbeFamily("probes_errors9.jsonl")
add = family.add


def log(src, expected, source, svc, line, env="production", style=0):
    """A log alert: the summary says only that errors were logged; the description quotes."""
    names = ["ApplicationLogErrors", "AppErrorLogs", "LogErrorsDetected"]
    descriptions = [
        f"Log pattern level=ERROR matched in {svc} ({env}):\n{line}",
        f"{svc} logged:\n{line}",
        f"Sample line from {svc}: {line}",
    ]
    add(src, expected, source + " (log alert)",
        {"alertname": names[style % 3], "severity": "warning", "service": svc, "env": env},
        {"summary": "errors in application log", "description": descriptions[style % 3]})


def tracker(src, expected, source, project, title, culprit, transaction, events=1, style=0):
    """An error tracker's issue alert (Sentry style)."""
    summary = [f"New issue in {project}", f"{events} events in 1h for an issue in {project}",
               f"Regression in {project}"][style % 3]
    add(src, expected, source + " (error-tracker issue)",
        {"alertname": "SentryIssueAlert", "severity": "error", "project": project, "level": "error"},
        {"summary": summary, "title": title, "culprit": culprit, "transaction": transaction})


def ratio(src, expected, source, svc, pct, line):
    add(src, expected, source + " (error-ratio alert quoting the line)",
        {"alertname": "HTTPErrorRatioHigh", "severity": "critical", "service": svc},
        {"summary": f"{svc}: {pct}% of requests answered 5xx",
         "description": f"5xx ratio above 2% for 10m. Top error in the logs: {line}"})


def latency(src, expected, source, svc, p99, line):
    add(src, expected, source + " (latency alert quoting the line)",
        {"alertname": "RequestLatencyP99High", "severity": "warning", "service": svc},
        {"summary": f"p99 latency of {svc} is {p99}s",
         "description": f"p99 above 1.5s for 15m. Slow requests end with: {line}"})


def label(src, expected, source, svc, key, line, n=12):
    """An exception-count alert whose only evidence is a label quoting the error."""
    add(src, expected, source + f" ({key} label)",
        {"alertname": "ExceptionsThrown", "severity": "warning", "service": svc, key: line},
        {"summary": f"{svc} threw {n} exceptions in 5m"})


# ------------------------------------------------------------------ PgJDBC
S = "PgJDBC: Connection attempt timed out."
log(PGJDBC_DRIVER, "upstream_timeout", S, "orders-api",
    "2026-03-02 09:14:07.311 ERROR 1 --- [nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper : "
    "Connection attempt timed out.\norg.postgresql.util.PSQLException: Connection attempt timed out.")
tracker(PGJDBC_DRIVER, "upstream_timeout", S, "billing-service",
        "PSQLException: Connection attempt timed out.",
        "org.postgresql.Driver in connect", "POST /invoices/{id}/finalize", 57, 1)
label(PGJDBC_DRIVER, "upstream_timeout", S, "ledger-jobs", "exception",
      "org.postgresql.util.PSQLException: Connection attempt timed out.")
S = "PgJDBC: Connection to {0} refused"
log(PGJDBC_FACTORY, "node_down", S, "catalog-api",
    "org.postgresql.util.PSQLException: Connection to pg-catalog-primary.db.svc:5432 refused. Check that "
    "the hostname and port are correct and that the postmaster is accepting TCP/IP connections.", style=1)
tracker(PGJDBC_FACTORY, "node_down", S, "reporting",
        "PSQLException: Connection to 10.40.2.15:5432 refused. Check that the hostname and port are correct "
        "and that the postmaster is accepting TCP/IP connections.",
        "org.postgresql.core.v3.ConnectionFactoryImpl in openConnectionImpl", "GET /reports/daily", 210)
S = "PgJDBC: The connection attempt failed, caused by UnknownHostException"
log(PGJDBC_FACTORY, "dns_failure", S, "payments-api",
    "org.postgresql.util.PSQLException: The connection attempt failed.\n"
    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:354)\n"
    "Caused by: java.net.UnknownHostException: pg-payments-rw.db.svc.cluster.local", style=2)
S = "PgJDBC: Ran out of memory retrieving query results."
log(PGJDBC_EXEC, "out_of_memory", S, "export-worker",
    "org.postgresql.util.PSQLException: Ran out of memory retrieving query results.")
tracker(PGJDBC_EXEC, "out_of_memory", S, "analytics-batch",
        "PSQLException: Ran out of memory retrieving query results.",
        "org.postgresql.core.v3.QueryExecutorImpl in processResults", "ExportJob.run", 3, 2)
S = "PgJDBC: This connection has been closed. (look-alike)"
log(PGJDBC_CONN, None, S, "orders-api",
    "org.postgresql.util.PSQLException: This connection has been closed.", style=1)
tracker(PGJDBC_CONN, None, S, "billing-service",
        "PSQLException: This connection has been closed.",
        "org.postgresql.jdbc.PgConnection in checkClosed", "POST /invoices", 4)
ratio(PGJDBC_CONN, "high_error_rate", S, "catalog-api", 3.8,
      "org.postgresql.util.PSQLException: This connection has been closed.")
# PgJDBC's own translations of the same two messages.
for lang, text, exp in [
    ("de", "Keine Verbindung innerhalb des Zeitintervalls möglich.", "upstream_timeout"),
    ("fr", "La tentative de connexion a échoué dans le délai imparti.", "upstream_timeout"),
    ("it", "Il tentativo di connessione è scaduto.", "upstream_timeout"),
    ("ru", "Истекло время ожидания подключения.", "upstream_timeout"),
    ("ja", "接続試行がタイムアウトしました。", "upstream_timeout"),
    ("de", "Nicht genügend Speicher beim Abholen der Abfrageergebnisse.", "out_of_memory"),
    ("it", "Fine memoria scaricando i risultati della query.", "out_of_memory"),
    ("pt_BR", "Memória insuficiente ao recuperar resultados da consulta.", "out_of_memory"),
    ("ja", "クエリの結果取得中にメモリ不足が起きました。", "out_of_memory"),
]:
    log(pgjdbc_po(lang), exp, f"PgJDBC translation ({lang}) of a driver message", f"kunden-{lang.lower()}",
        f"org.postgresql.util.PSQLException: {text}", env="prod", style=len(family.items))

# ------------------------------------------------------------------ MySQL Connector/J
S = "Connector/J: Connection attempt exceeded defined timeout."
log(CJ_MSGS, "upstream_timeout", S, "inventory-svc",
    "java.sql.SQLException: Connection attempt exceeded defined timeout.")
label(CJ_MSGS, "upstream_timeout", S, "pricing-svc", "error_message",
      "Connection attempt exceeded defined timeout.")
S = "Connector/J: ER_LOCK_DEADLOCK 1213"
tracker(CJ_ERRNO, "deadlock", S, "fulfilment",
        "MySQLTransactionRollbackException: Deadlock found when trying to get lock; try restarting transaction",
        "com.acme.fulfilment.ReservationRepository in reserve", "POST /reservations", 38)
latency(CJ_ERRNO, "deadlock", S, "warehouse-api", 4.2,
        "com.mysql.cj.jdbc.exceptions.MySQLTransactionRollbackException: Deadlock found when trying to get lock; "
        "try restarting transaction")
S = "Connector/J: ER_CON_COUNT_ERROR 1040"
log(CJ_ERRNO, "connection_pool_exhaustion", S, "cms-backend",
    "java.sql.SQLNonTransientConnectionException: Too many connections", style=2)
ratio(CJ_ERRNO, "connection_pool_exhaustion", S, "storefront", 9.1,
      "SQLNonTransientConnectionException: Too many connections")
S = "Connector/J: ER_OUTOFMEMORY 1037"
log(CJ_ERRNO, "out_of_memory", S, "search-indexer",
    "java.sql.SQLException: Out of memory; restart server and try again (needed 4194304 bytes)", style=1)
S = "Connector/J: ER_USER_LIMIT_REACHED 1226 (max_user_connections)"
tracker(CJ_ERRNO, "connection_pool_exhaustion", S, "loyalty",
        "SQLSyntaxErrorException: User 'loyalty'@'%' has exceeded the 'max_user_connections' resource (current value: 40)",
        "com.zaxxer.hikari.pool.HikariPool in createPoolEntry", "GET /points", 120, 1)
S = "Connector/J: look-alikes (access denied, duplicate entry, missing table)"
log(CJ_ERRNO, None, S, "inventory-svc",
    "java.sql.SQLException: Access denied for user 'inventory'@'10.8.1.23' (using password: YES)")
tracker(CJ_ERRNO, None, S, "fulfilment",
        "SQLIntegrityConstraintViolationException: Duplicate entry 'ORD-88123' for key 'orders.uk_order_ref'",
        "com.acme.fulfilment.OrderRepository in save", "POST /orders", 17)
label(CJ_ERRNO, None, S, "cms-backend", "exception",
      "java.sql.SQLSyntaxErrorException: Table 'cms.page_revisions' doesn't exist")
ratio(CJ_ERRNO, "high_error_rate", S, "storefront", 4.4,
      "java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '4471' for key 'cart_items.PRIMARY'")

# ------------------------------------------------------------------ mssql-jdbc
S = "mssql-jdbc: The query has timed out."
log(MSSQL, "upstream_timeout", S, "claims-api",
    "com.microsoft.sqlserver.jdbc.SQLServerException: The query has timed out.")
latency(MSSQL, "upstream_timeout", S, "policy-portal", 31.0,
        "com.microsoft.sqlserver.jdbc.SQLServerException: The query has timed out.")
S = "mssql-jdbc: TCP/IP connection failed, connection timed out"
tracker(MSSQL, "upstream_timeout", S, "claims-api",
        'SQLServerException: The TCP/IP connection to the host sql-claims01.corp.example, port 1433 has failed. '
        'Error: "Connection timed out: no further information.. Verify the connection properties. Make sure that '
        'an instance of SQL Server is running on the host and accepting TCP/IP connections at the port. Make sure '
        'that TCP connections to the port are not blocked by a firewall.".',
        "com.microsoft.sqlserver.jdbc.SQLServerConnection in connectHelper", "ClaimsSyncJob", 9)
S = "mssql-jdbc: look-alikes (connection closed, Kerberos login)"
log(MSSQL, None, S, "claims-api",
    "com.microsoft.sqlserver.jdbc.SQLServerException: The connection is closed.", style=1)
label(MSSQL, None, S, "hr-sync", "error",
      "Cannot login with Kerberos principal svc-hrsync@CORP.EXAMPLE, check your credentials. ")

# ------------------------------------------------------------------ Reactor pool / Reactor Netty
S = "reactor-pool: PoolAcquirePendingLimitException"
log(RPOOL_PENDING, "connection_pool_exhaustion", S, "gateway-edge",
    "reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException: Pending acquire queue has reached its maximum size of 1000")
ratio(RPOOL_PENDING, "connection_pool_exhaustion", S, "bff-mobile", 6.7,
      "PoolAcquirePendingLimitException: Pending acquire queue has reached its maximum size of 500")
S = "reactor-pool: PoolAcquireTimeoutException"
tracker(RPOOL_TIMEOUT, "connection_pool_exhaustion", S, "gateway-edge",
        "PoolAcquireTimeoutException: Pool#acquire(Duration) has been pending for more than the configured timeout of 45000ms",
        "reactor.netty.resources.PooledConnectionProvider in acquire", "GET /api/v2/catalog/**", 640, 1)
latency(RPOOL_TIMEOUT, "connection_pool_exhaustion", S, "bff-web", 45.3,
        "reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException: Pool#acquire(Duration) has been "
        "pending for more than the configured timeout of 45000ms")
label(RPOOL_TIMEOUT, "connection_pool_exhaustion", S, "quote-aggregator", "exception",
      "reactor.netty.internal.shaded.reactor.pool.PoolAcquireTimeoutException")
S = "reactor-netty Http2Pool: no pending allowed and allocation limit reached"
log(RNETTY_H2POOL, "connection_pool_exhaustion", S, "grpc-bridge",
    "reactor.netty.internal.shaded.reactor.pool.PoolAcquirePendingLimitException: No pending allowed and pool has reached allocation limit",
    style=2)

# ------------------------------------------------------------------ OpenFeign
S = "Feign: RetryableException timeout executing"
log(FEIGN, "upstream_timeout", S, "checkout-svc",
    "feign.RetryableException: timeout executing GET http://inventory-svc/api/items/88213/stock")
tracker(FEIGN, "upstream_timeout", S, "checkout-svc",
        "RetryableException: timeout executing POST http://payment-svc/api/charges",
        "com.acme.checkout.client.PaymentClient in charge", "POST /checkout", 233, 1)
S = "Feign: FeignException$TooManyRequests"
log(FEIGN, "rate_limited", S, "fx-sync",
    'feign.FeignException$TooManyRequests: [429 Too Many Requests] during [GET] to '
    '[https://rates.partner.example/v1/latest?base=EUR] [RatesClient#latest(String)]: [{"message":"quota exceeded"}]', style=1)
label(FEIGN, "rate_limited", S, "geo-enricher", "exception",
      "feign.FeignException$TooManyRequests: [429 Too Many Requests] during [GET] to [https://maps.partner.example/geocode] [GeoClient#lookup(String)]: []")
S = "Feign: FeignException$GatewayTimeout"
ratio(FEIGN, "upstream_timeout", S, "order-orchestrator", 5.3,
      "feign.FeignException$GatewayTimeout: [504 Gateway Timeout] during [POST] to [http://shipping-svc/api/labels] [ShippingClient#createLabel(LabelRequest)]: []")
S = "Feign: look-alikes (404, 401)"
tracker(FEIGN, None, S, "profile-svc",
        "FeignException$NotFound: [404 Not Found] during [GET] to [http://user-svc/api/users/4410] [UserClient#get(Long)]: []",
        "com.acme.profile.client.UserClient in get", "GET /profile/{id}", 91, 1)
log(FEIGN, None, S, "fx-sync",
    "feign.FeignException$Unauthorized: [401 Unauthorized] during [GET] to [https://rates.partner.example/v1/latest] [RatesClient#latest(String)]: [{\"error\":\"invalid_token\"}]",
    style=2)
ratio(FEIGN, "high_error_rate", S, "profile-svc", 3.1,
      "feign.FeignException$NotFound: [404 Not Found] during [GET] to [http://user-svc/api/users/9] [UserClient#get(Long)]: []")

# ------------------------------------------------------------------ OkHttp
S = "OkHttp: SocketTimeoutException: timeout"
log(OKHTTP_H2, "upstream_timeout", S, "notifications",
    "java.net.SocketTimeoutException: timeout\n\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:731)")
latency(OKHTTP_H2, "upstream_timeout", S, "push-gateway", 10.2,
        "java.net.SocketTimeoutException: timeout")
S = "OkHttp: InterruptedIOException: timeout (call timeout)"
tracker(OKHTTP_CALL, "upstream_timeout", S, "android-api-proxy",
        "InterruptedIOException: timeout", "okhttp3.internal.connection.RealCall in timeoutExit",
        "GET /v1/feed", 1200, 1)
S = "OkHttp: UnknownHostException (DNS)"
log(OKHTTP_DNS, "dns_failure", S, "webhook-sender",
    "java.net.UnknownHostException: Broken system behaviour for dns lookup of hooks.customer-a.example", style=1)
label(OKHTTP_DOH, "dns_failure", S, "link-preview", "exception",
      "java.net.UnknownHostException: DNS server failure")
S = "OkHttp: look-alikes (follow-ups, canceled)"
log(OKHTTP_FOLLOW, None, S, "link-preview",
    "java.net.ProtocolException: Too many follow-up requests: 21", style=2)
tracker(OKHTTP_CALL, None, S, "android-api-proxy", "IOException: Canceled",
        "okhttp3.internal.connection.RealCall in execute", "GET /v1/search", 14)

# ------------------------------------------------------------------ httpx (Python)
S = "httpx.PoolTimeout"
log(HTTPX_EXC, "connection_pool_exhaustion", S, "recs-worker",
    'Traceback (most recent call last):\n  File "/app/recs/fetch.py", line 88, in fetch_profile\n'
    '    resp = await client.get(url)\n  ...\nhttpx.PoolTimeout')
tracker(HTTPX_EXC, "connection_pool_exhaustion", S, "recs-api", "PoolTimeout",
        "recs.clients.profile in get_profile", "/recommendations/{user_id}", 312, 1)
S = "httpx.ReadTimeout / ConnectTimeout"
log(HTTPX_EXC, "upstream_timeout", S, "llm-proxy",
    'Traceback (most recent call last):\n  File "/app/proxy/upstream.py", line 57, in complete\n'
    '    r = await self.http.post(self.url, json=body)\n  ...\nhttpx.ReadTimeout: timed out', style=1)
label(HTTPX_EXC, "upstream_timeout", S, "geo-sync", "exception", "httpx.ConnectTimeout: timed out")
latency(HTTPX_EXC, "upstream_timeout", S, "llm-proxy", 60.0, "httpx.ReadTimeout: The read operation timed out")
S = "httpx.HTTPStatusError 429"
tracker(HTTPX_MODELS, "rate_limited", S, "crm-sync",
        "HTTPStatusError: Client error '429 Too Many Requests' for url 'https://api.crm-vendor.example/v3/contacts?page=41'",
        "crm_sync.client in list_contacts", "sync_contacts", 77, 2)
S = "httpx.HTTPStatusError 504"
log(HTTPX_MODELS, "upstream_timeout", S, "invoice-renderer",
    "httpx.HTTPStatusError: Server error '504 Gateway Timeout' for url 'http://pdf-service:8080/render'\n"
    "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/504", style=2)
S = "httpx.HTTPStatusError look-alikes (404, 401, 422)"
log(HTTPX_MODELS, None, S, "crm-sync",
    "httpx.HTTPStatusError: Client error '404 Not Found' for url 'https://api.crm-vendor.example/v3/contacts/998'\n"
    "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404")
label(HTTPX_MODELS, None, S, "billing-py", "error_message",
      "Client error '401 Unauthorized' for url 'https://api.stripe-like.example/v1/charges'")
tracker(HTTPX_MODELS, None, S, "forms-api",
        "HTTPStatusError: Client error '422 Unprocessable Entity' for url 'http://validator:8000/check'",
        "forms.submit in validate", "/forms/{id}/submit", 19)

# ------------------------------------------------------------------ pymongo
S = "pymongo WaitQueueTimeoutError"
log(PYMONGO_POOL, "connection_pool_exhaustion", S, "events-api",
    "pymongo.errors.WaitQueueTimeoutError: Timed out while checking out a connection from connection pool. maxPoolSize: 100, timeout: 10.0")
tracker(PYMONGO_POOL, "connection_pool_exhaustion", S, "events-api",
        "WaitQueueTimeoutError: Timed out while checking out a connection from connection pool. maxPoolSize: 50, timeout: 5.0",
        "events.store in insert_event", "POST /events", 890, 1)
ratio(PYMONGO_POOL, "connection_pool_exhaustion", S, "catalog-py", 7.7,
      "WaitQueueTimeoutError: Timeout waiting for connection from the connection pool. maxPoolSize: 100, connections in use "
      "by cursors: 3, connections in use by transactions: 0, connections in use by other operations: 97, timeout: 10.0")
S = "pymongo ServerSelectionTimeoutError (timed out)"
log(PYMONGO_TOPO, "upstream_timeout", S, "audit-writer",
    "pymongo.errors.ServerSelectionTimeoutError: mongo-audit-0.mongo-audit:27017: timed out, Timeout: 30s, "
    "Topology Description: <TopologyDescription id: 65e1f0c2a1b2, topology_type: Single, servers: [<ServerDescription "
    "('mongo-audit-0.mongo-audit', 27017) server_type: Unknown, rtt: None, error=NetworkTimeout('mongo-audit-0.mongo-audit:27017: timed out')>]>",
    style=1)
S = "pymongo NetworkTimeout"
label(PYMONGO_ERR, "upstream_timeout", S, "audit-writer", "exception",
      "pymongo.errors.NetworkTimeout: mongo-audit-1.mongo-audit:27017: timed out")
S = "pymongo DuplicateKeyError (look-alike)"
log(PYMONGO_ERR, None, S, "accounts-py",
    "pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: accounts.users index: email_1 dup key: "
    "{ email: \"a.lopez@example.org\" }, full error: {'index': 0, 'code': 11000}", style=2)
ratio(PYMONGO_ERR, "high_error_rate", S, "accounts-py", 2.6,
      "pymongo.errors.DuplicateKeyError: E11000 duplicate key error collection: accounts.users index: email_1")

# ------------------------------------------------------------------ asyncpg (class names)
for cls, exp, svc in [
    ("TooManyConnectionsError", "connection_pool_exhaustion", "ingest-api"),
    ("DeadlockDetectedError", "deadlock", "ledger-py"),
    ("DiskFullError", "disk_full", "metrics-writer"),
    ("OutOfMemoryError", "out_of_memory", "reports-py"),
    ("UniqueViolationError", None, "signup-api"),
    ("InvalidPasswordError", None, "ingest-api"),
    ("UndefinedTableError", None, "reports-py"),
    ("InsufficientPrivilegeError", None, "ledger-py"),
]:
    label(ASYNCPG, exp, f"asyncpg.exceptions.{cls}", svc, "exception", f"asyncpg.exceptions.{cls}", n=len(svc) + 5)
tracker(ASYNCPG, "deadlock", "asyncpg.exceptions.DeadlockDetectedError", "ledger-py",
        "DeadlockDetectedError", "ledger.repo in transfer", "POST /transfers", 12, 1)
tracker(ASYNCPG, "connection_pool_exhaustion", "asyncpg.exceptions.TooManyConnectionsError", "ingest-api",
        "TooManyConnectionsError", "ingest.db in acquire", "POST /ingest/batch", 77, 2)

# ------------------------------------------------------------------ sarama (Go)
S = "sarama: ErrRequestTimedOut"
log(SARAMA, "upstream_timeout", S, "clickstream-producer",
    'level=error msg="produce failed" err="kafka: Failed to produce message to topic clicks: kafka server: Request exceeded the user-specified time limit in the request"')
S = "sarama: ErrThrottlingQuotaExceeded"
log(SARAMA, "rate_limited", S, "topic-provisioner",
    'level=error msg="create topics failed" err="kafka server: The throttling quota has been exceeded"', style=1)
label(SARAMA, "rate_limited", S, "topic-provisioner", "error",
      "kafka server: The throttling quota has been exceeded")
S = "sarama: look-alikes (message too large, disk error, leader election, unknown topic)"
log(SARAMA, None, S, "clickstream-producer",
    'level=error msg="produce failed" err="kafka: Failed to produce message to topic clicks: kafka server: Message was too large, server rejected it to avoid allocation error"',
    style=2)
label(SARAMA, None, S, "audit-consumer", "error",
      "kafka server: Request was for a topic or partition that does not exist on this broker")
log(SARAMA, None, S, "orders-producer",
    'level=warn msg="retrying" err="kafka server: In the middle of a leadership election, there is currently no leader for this partition and hence it is unavailable for writes"')
ratio(SARAMA, "high_error_rate", S, "orders-producer", 4.0,
      "kafka: Failed to produce message to topic orders: kafka server: Message was too large, server rejected it to avoid allocation error")

# ------------------------------------------------------------------ kafka-python
S = "kafka-python KafkaTimeoutError: Failed to update metadata"
log(KPY_PROD, "upstream_timeout", S, "etl-loader",
    'Traceback (most recent call last):\n  File "/app/etl/sink.py", line 41, in send\n    self.producer.send(topic, value)\n'
    "kafka.errors.KafkaTimeoutError: KafkaTimeoutError: Failed to update metadata after 60.0 secs.")
S = "kafka-python RequestTimedOutError"
tracker(KPY_ERR, "upstream_timeout", S, "etl-loader",
        "RequestTimedOutError: [Error 7] RequestTimedOutError: This error is thrown if the request exceeds the user-specified time limit in the request.",
        "etl.sink in flush", "nightly_export", 6)
S = "kafka-python ThrottlingQuotaExceededError"
log(KPY_ERR, "rate_limited", S, "schema-bootstrap",
    "kafka.errors.ThrottlingQuotaExceededError: [Error 89] ThrottlingQuotaExceededError: The throttling quota has been exceeded.", style=1)

# ------------------------------------------------------------------ nats.go
S = "nats.go ErrTimeout"
log(NATS, "upstream_timeout", S, "pricing-rpc",
    'level=error msg="request failed" subject=pricing.quote err="nats: timeout"')
latency(NATS, "upstream_timeout", S, "quote-api", 2.0, 'err="nats: timeout" subject=pricing.quote')
S = "nats.go ErrSlowConsumer"
log(NATS, "queue_backlog", S, "telemetry-fanout",
    'level=error msg="async error" sid=14 subject=telemetry.> err="nats: slow consumer, messages dropped"', style=1)
label(NATS, "queue_backlog", S, "alerts-consumer", "error", "nats: slow consumer, messages dropped")
S = "nats.go look-alikes (authorization, payload, closed)"
log(NATS, None, S, "telemetry-fanout",
    'level=error msg="connect failed" err="nats: authorization violation"', style=2)
label(NATS, None, S, "upload-notifier", "error", "nats: maximum payload exceeded")
log(NATS, None, S, "pricing-rpc", 'level=error msg="publish failed" err="nats: connection closed"')

# ------------------------------------------------------------------ go-sql-driver/mysql
S = "go-sql-driver/mysql: Error 1213 deadlock"
log(GOMYSQL, "deadlock", S, "stock-reservation",
    'level=error msg="reserve failed" err="Error 1213 (40001): Deadlock found when trying to get lock; try restarting transaction"')
ratio(GOMYSQL, "deadlock", S, "stock-reservation", 3.3,
      "Error 1213 (40001): Deadlock found when trying to get lock; try restarting transaction")
S = "go-sql-driver/mysql: Error 1040 Too many connections"
label(GOMYSQL, "connection_pool_exhaustion", S, "wallet-go", "error", "Error 1040 (08004): Too many connections")
log(GOMYSQL, "connection_pool_exhaustion", S, "wallet-go",
    'time="2026-03-02T08:01:44Z" level=error msg="ping db" error="Error 1040 (08004): Too many connections"', style=1)
S = "go-sql-driver/mysql: Error 1226 max_user_connections"
log(GOMYSQL, "connection_pool_exhaustion", S, "shipping-go",
    "Error 1226 (42000): User 'shipping'@'%' has exceeded the 'max_user_connections' resource (current value: 30)", style=2)
S = "go-sql-driver/mysql: look-alikes"
log(GOMYSQL, None, S, "wallet-go",
    'level=error msg="insert failed" err="Error 1062 (23000): Duplicate entry \'tx-77812\' for key \'transactions.uk_ref\'"')
label(GOMYSQL, None, S, "shipping-go", "error",
      "Error 1045 (28000): Access denied for user 'shipping'@'10.3.7.19' (using password: YES)")
log(GOMYSQL, None, S, "reports-go",
    "packet for query is too large. Try adjusting the `Config.MaxAllowedPacket`", style=1)
label(GOMYSQL, None, S, "stock-reservation", "error",
      "commands out of sync. You can't run this command now")
latency(GOMYSQL, "high_latency", S, "reports-go", 3.9,
        "Error 1146 (42S02): Table 'reports.daily_rollup_tmp' doesn't exist")

# ------------------------------------------------------------------ node-postgres
S = "node-postgres: Connection terminated due to connection timeout"
log(NPG_POOL, "upstream_timeout", S, "graphql-gw",
    "Error: Connection terminated due to connection timeout\n    at Client._handleErrorEvent (/app/node_modules/pg/lib/client.js:330:19)")
S = "node-postgres: Query read timeout"
tracker(NPG_CLIENT, "upstream_timeout", S, "graphql-gw", "Error: Query read timeout",
        "node_modules/pg/lib/client in Timeout._onTimeout", "query Orders", 145, 1)
latency(NPG_CLIENT, "upstream_timeout", S, "search-node", 30.4, "Error: Query read timeout")
S = "pg-pool: timeout exceeded when trying to connect"
log(NPG_POOL, "connection_pool_exhaustion", S, "bookings-node",
    "Unhandled rejection Error: timeout exceeded when trying to connect\n    at Timeout._onTimeout (/app/node_modules/pg-pool/index.js:224:27)",
    style=2)
S = "node-postgres: Connection terminated (client ended, look-alike)"
log(NPG_CLIENT, None, S, "bookings-node", "Error: Connection terminated\n    at Client._handleReadyForQuery")

# ------------------------------------------------------------------ ioredis
S = "ioredis: Command timed out"
log(IOREDIS_CMD, "upstream_timeout", S, "session-node",
    "Error: Command timed out\n    at Timeout._onTimeout (/srv/app/node_modules/ioredis/built/Command.js:192:33)")
ratio(IOREDIS_CMD, "upstream_timeout", S, "cart-node", 6.2, "Error: Command timed out")
S = "ioredis: Unhandled error event: connect ETIMEDOUT"
log(IOREDIS_REDIS, "upstream_timeout", S, "leaderboard-node",
    "[ioredis] Unhandled error event: Error: connect ETIMEDOUT\n    at Socket.<anonymous> (/app/node_modules/ioredis/built/Redis.js:170:41)",
    style=1)
S = "ioredis: Unhandled error event: getaddrinfo ENOTFOUND"
log(IOREDIS_REDIS, "dns_failure", S, "session-node",
    "[ioredis] Unhandled error event: Error: getaddrinfo ENOTFOUND redis-sessions.cache.svc.cluster.local", style=2)
S = "ioredis: Connection is closed. (look-alike)"
label(IOREDIS_UTILS, None, S, "cart-node", "error_message", "Connection is closed.")

# ------------------------------------------------------------------ mongoose
S = "mongoose: MongooseServerSelectionError ECONNREFUSED"
log(MONGOOSE_SEL, "node_down", S, "content-node",
    "MongooseServerSelectionError: connect ECONNREFUSED 10.12.4.31:27017")
S = "mongoose: MongooseServerSelectionError ENOTFOUND"
tracker(MONGOOSE_SEL, "dns_failure", S, "content-node",
        "MongooseServerSelectionError: getaddrinfo ENOTFOUND mongo-content-0.mongo-content.db.svc",
        "node_modules/mongoose/lib/connection in Connection.openUri", "worker boot", 4, 1)
S = "mongoose look-alikes (validation, cast, not found)"
log(MONGOOSE_VAL, None, S, "orders-node",
    "ValidationError: Order validation failed: total: Path `total` is required., customerId: Path `customerId` is required.",
    style=1)
tracker(MONGOOSE_CAST, None, S, "orders-node",
        'CastError: Cast to ObjectId failed for value "undefined" (type string) at path "_id" for model "Order"',
        "node_modules/mongoose/lib/query in castQuery", "GET /orders/:id", 48, 2)
label(MONGOOSE_NF, None, S, "content-node", "error_message",
      'No document found for query "{ _id: new ObjectId("65e1a0d2f1c3a9b7e4d21c77") }" on model "Article"')
ratio(MONGOOSE_VAL, "high_error_rate", S, "orders-node", 5.5,
      "ValidationError: Order validation failed: email: Path `email` is invalid (bob@).")

# ------------------------------------------------------------------ got
S = "got: TimeoutError Timeout awaiting"
log(GOT_TIMEOUT, "upstream_timeout", S, "image-proxy",
    "RequestError: Timeout awaiting 'request' for 30000ms\n    at ClientRequest.<anonymous> (/app/node_modules/got/dist/source/core/index.js:790:61)")
tracker(GOT_TIMEOUT, "upstream_timeout", S, "image-proxy", "TimeoutError: Timeout awaiting 'response' for 10000ms",
        "node_modules/got/dist/source/core/timed-out in Timeout.timeoutHandler", "GET /resize", 501, 1)
S = "got: HTTPError 429"
log(GOT_ERRORS, "rate_limited", S, "social-importer",
    "HTTPError: Request failed with status code 429 (Too Many Requests): GET https://graph.social.example/v19.0/me/posts",
    style=1)
S = "got: look-alikes (404, redirects)"
label(GOT_ERRORS, None, S, "social-importer", "error",
      "HTTPError: Request failed with status code 404 (Not Found): GET https://cdn.partner.example/images/4412.jpg")
log(GOT_ERRORS, None, S, "link-checker", "MaxRedirectsError: Redirected 10 times. Aborting.", style=2)

# ------------------------------------------------------------------ node-fetch
S = "node-fetch: request failed, getaddrinfo ENOTFOUND"
log(NODEFETCH, "dns_failure", S, "webhooks-node",
    "FetchError: request to https://hooks.tenant-42.example/ingest failed, reason: getaddrinfo ENOTFOUND hooks.tenant-42.example")
ratio(NODEFETCH, "dns_failure", S, "bff-node", 12.0,
      "FetchError: request to http://catalog.internal.example/api/items failed, reason: getaddrinfo EAI_AGAIN catalog.internal.example")
S = "node-fetch: request failed, connect ETIMEDOUT"
tracker(NODEFETCH, "upstream_timeout", S, "bff-node",
        "FetchError: request to https://payments.partner.example/v2/intents failed, reason: connect ETIMEDOUT 203.0.113.40:443",
        "node_modules/node-fetch/src/index in ClientRequest.<anonymous>", "POST /api/pay", 66, 2)
S = "node-fetch: request failed, connect ECONNREFUSED"
log(NODEFETCH, "node_down", S, "ssr-frontend",
    "FetchError: request to http://127.0.0.1:4000/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:4000", style=1)

# ------------------------------------------------------------------ ruby-pg (class names)
S = "ruby-pg error classes"
label(RUBYPG, "deadlock", S, "rails-shop", "exception", "PG::TRDeadlockDetected")
label(RUBYPG, "connection_pool_exhaustion", S, "rails-admin", "exception", "PG::TooManyConnections")
label(RUBYPG, "disk_full", S, "rails-events", "exception", "PG::DiskFull")
label(RUBYPG, "out_of_memory", S, "rails-reports", "exception", "PG::OutOfMemory")
label(RUBYPG, None, S, "rails-shop", "exception", "PG::UniqueViolation")
label(RUBYPG, None, S, "rails-admin", "exception", "PG::InsufficientPrivilege")
label(RUBYPG, None, S, "rails-events", "exception", "PG::UndefinedTable")
tracker(RUBYPG, "deadlock", S, "rails-shop", "ActiveRecord::Deadlocked: PG::TRDeadlockDetected",
        "app/models/order.rb in block in reserve_stock!", "OrdersController#create", 22, 1)
tracker(RUBYPG, "connection_pool_exhaustion", S, "rails-admin",
        "ActiveRecord::ConnectionNotEstablished: PG::TooManyConnections",
        "app/jobs/sync_job.rb in perform", "SyncJob", 140, 2)

# ------------------------------------------------------------------ mysql2
S = "mysql2: TimeoutError waiting for a response"
log(MYSQL2_CLIENT, "upstream_timeout", S, "rails-billing",
    "Mysql2::Error::TimeoutError: Timeout waiting for a response from the last query. (waited 10 seconds)")
latency(MYSQL2_CLIENT, "upstream_timeout", S, "rails-billing", 10.4,
        "Mysql2::Error::TimeoutError: Timeout waiting for a response from the last query. (waited 10 seconds)")
S = "mysql2: server errors through Mysql2::Error"
tracker(MYSQL2_ERROR, "deadlock", S, "rails-billing",
        "ActiveRecord::Deadlocked: Mysql2::Error: Deadlock found when trying to get lock; try restarting transaction",
        "app/services/invoice_builder.rb in call", "InvoicesController#create", 31, 2)
log(MYSQL2_ERROR, "connection_pool_exhaustion", S, "rails-cms",
    "ActiveRecord::ConnectionNotEstablished: Mysql2::Error::ConnectionError: Too many connections", style=1)
log(MYSQL2_ERROR, None, S, "rails-cms",
    "ActiveRecord::RecordNotUnique: Mysql2::Error: Duplicate entry 'hello-world' for key 'index_posts_on_slug'", style=2)
label(MYSQL2_ERROR, None, S, "rails-billing", "error",
      "Mysql2::Error::ConnectionError: Access denied for user 'billing'@'10.0.9.14' (using password: YES)")

# ------------------------------------------------------------------ Faraday
S = "Faraday::TooManyRequestsError"
log(FARADAY, "rate_limited", S, "rails-integrations",
    "Faraday::TooManyRequestsError: the server responded with status 429 for GET https://api.shipping-partner.example/v1/rates")
tracker(FARADAY, "rate_limited", S, "rails-integrations",
        "Faraday::TooManyRequestsError: the server responded with status 429 for POST https://api.sms-vendor.example/messages",
        "app/clients/sms_client.rb in deliver", "SmsDeliveryJob", 380, 1)
S = "Faraday::TimeoutError"
label(FARADAY, "upstream_timeout", S, "rails-integrations", "exception", "Faraday::TimeoutError: timeout")
log(FARADAY, "upstream_timeout", S, "rails-search",
    "Faraday::TimeoutError: Net::ReadTimeout with #<TCPSocket:(closed)>", style=1)
S = "Faraday::SSLError certificate has expired"
log(FARADAY, "certificate_expiry", S, "rails-integrations",
    "Faraday::SSLError: SSL_connect returned=1 errno=0 peeraddr=198.51.100.20:443 state=error: certificate verify failed (certificate has expired)",
    style=2)
S = "Faraday look-alikes (404, 401, parsing, self-signed)"
log(FARADAY, None, S, "rails-search",
    "Faraday::ResourceNotFound: the server responded with status 404 for GET http://search-api/indices/products_v3")
label(FARADAY, None, S, "rails-integrations", "exception",
      "Faraday::UnauthorizedError: the server responded with status 401 for POST https://api.sms-vendor.example/messages")
tracker(FARADAY, None, S, "rails-search", "Faraday::ParsingError: unexpected token at '<html>'",
        "app/clients/search_client.rb in query", "SearchController#index", 25)
log(FARADAY, None, S, "rails-integrations",
    "Faraday::SSLError: SSL_connect returned=1 errno=0 peeraddr=10.2.0.8:443 state=error: certificate verify failed (self-signed certificate in certificate chain)",
    style=1)
ratio(FARADAY, "high_error_rate", S, "rails-search", 2.9,
      "Faraday::ResourceNotFound: the server responded with status 404 for GET http://search-api/indices/products_v2")

# ------------------------------------------------------------------ Guzzle
S = "Guzzle: cURL error 28 (timeout)"
log(GUZZLE_CURL, "upstream_timeout", S, "laravel-shop",
    "[2026-03-02 07:55:12] production.ERROR: cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received "
    "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.tax-partner.example/v2/quotes "
    "{\"exception\":\"[object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 0)\"}")
latency(GUZZLE_CURL, "upstream_timeout", S, "symfony-api", 30.0,
        "GuzzleHttp\\Exception\\ConnectException: cURL error 28: Connection timed out after 5001 milliseconds "
        "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for http://stock-svc/api/stock")
S = "Guzzle: cURL error 6 (could not resolve host)"
tracker(GUZZLE_CURL, "dns_failure", S, "laravel-shop",
        "ConnectException: cURL error 6: Could not resolve host: api.tax-partner.example (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.tax-partner.example/v2/quotes",
        "App\\Services\\TaxClient::quote", "POST /checkout", 140, 1)
S = "Guzzle: cURL error 60 (certificate has expired)"
log(GUZZLE_CURL, "certificate_expiry", S, "symfony-api",
    "GuzzleHttp\\Exception\\RequestException: cURL error 60: SSL certificate problem: certificate has expired "
    "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://legacy-erp.partner.example/soap", style=1)
S = "Guzzle: ClientException 429"
log(GUZZLE_REQ, "rate_limited", S, "laravel-crm",
    "GuzzleHttp\\Exception\\ClientException: Client error: `GET https://api.mailer.example/v3/lists/19/members` resulted in a "
    "`429 Too Many Requests` response:\n{\"title\":\"Too Many Requests\",\"status\":429}", style=2)
label(GUZZLE_REQ, "rate_limited", S, "laravel-crm", "error_message",
      "Client error: `POST https://api.mailer.example/v3/batches` resulted in a `429 Too Many Requests` response")
S = "Guzzle: ServerException 504"
tracker(GUZZLE_REQ, "upstream_timeout", S, "symfony-api",
        "ServerException: Server error: `POST http://pricing-svc/api/price` resulted in a `504 Gateway Time-out` response",
        "App\\Client\\PricingClient::price", "app_cart_update", 88, 2)
S = "Guzzle look-alikes (404, 401, 422)"
log(GUZZLE_REQ, None, S, "laravel-crm",
    "GuzzleHttp\\Exception\\ClientException: Client error: `GET https://api.mailer.example/v3/lists/77` resulted in a `404 Not Found` response")
label(GUZZLE_REQ, None, S, "laravel-shop", "exception",
      "GuzzleHttp\\Exception\\ClientException: Client error: `POST https://api.payments.example/v1/tokens` resulted in a `401 Unauthorized` response")
tracker(GUZZLE_REQ, None, S, "symfony-api",
        "ClientException: Client error: `POST http://address-svc/validate` resulted in a `422 Unprocessable Entity` response",
        "App\\Client\\AddressClient::validate", "app_checkout_address", 12)
ratio(GUZZLE_REQ, "high_error_rate", S, "laravel-crm", 3.6,
      "Client error: `GET https://api.mailer.example/v3/lists/77` resulted in a `404 Not Found` response")

# ------------------------------------------------------------------ reqwest (Rust)
S = "reqwest: error sending request: operation timed out"
log(REQWEST, "upstream_timeout", S, "indexer-rs",
    'ERROR indexer_rs::fetch: fetch failed error=error sending request for url (http://crawler-svc:8080/pages/next): operation timed out')
label(REQWEST, "upstream_timeout", S, "thumbs-rs", "error",
      "error sending request for url (https://media.partner.example/v1/thumbs): operation timed out")
S = "reqwest: HTTP status client error 429"
log(REQWEST, "rate_limited", S, "gh-mirror-rs",
    "Error: HTTP status client error (429 Too Many Requests) for url (https://api.github.example/repos/acme/app/commits?per_page=100)",
    style=1)
S = "reqwest: HTTP status server error 504"
ratio(REQWEST, "upstream_timeout", S, "edge-rs", 4.8,
      "HTTP status server error (504 Gateway Timeout) for url (http://origin-svc/assets/app.js)")
S = "reqwest look-alikes (404, 403, decode)"
log(REQWEST, None, S, "gh-mirror-rs",
    "Error: HTTP status client error (404 Not Found) for url (https://api.github.example/repos/acme/old-app)", style=2)
label(REQWEST, None, S, "thumbs-rs", "error",
      "HTTP status client error (403 Forbidden) for url (https://media.partner.example/v1/thumbs/42)")
log(REQWEST, None, S, "indexer-rs",
    "ERROR indexer_rs::fetch: parse failed error=error decoding response body: expected value at line 1 column 1")
latency(REQWEST, "high_latency", S, "edge-rs", 2.7,
        "error decoding response body: EOF while parsing a value at line 1 column 0")

# ------------------------------------------------------------------ Finch / Mint (Elixir)
S = "Finch: excess queuing for connections"
log(FINCH, "connection_pool_exhaustion", S, "notifier-ex",
    "** (RuntimeError) Finch was unable to provide a connection within the timeout due to excess queuing for connections. "
    "Consider adjusting the pool size, count, timeout or reducing the rate of requests if it is possible that the "
    "downstream service is unable to keep up with the current rate.")
ratio(FINCH, "connection_pool_exhaustion", S, "webhooks-ex", 8.8,
      "Finch was unable to provide a connection within the timeout due to excess queuing for connections.")
S = "Mint.TransportError timeout"
log(MINT, "upstream_timeout", S, "notifier-ex",
    "[error] delivery failed: ** (Mint.TransportError) timeout", style=1)
S = "Mint.TransportError non-existing domain"
log(MINT, "dns_failure", S, "webhooks-ex",
    "[error] POST https://hooks.customer-b.example/events failed: %Mint.TransportError{reason: :nxdomain} (non-existing domain)",
    style=2)
label(MINT, "dns_failure", S, "webhooks-ex", "error", "** (Mint.TransportError) non-existing domain")
S = "Mint.TransportError connection refused"
tracker(MINT, "node_down", S, "payments-ex", "Mint.TransportError: connection refused",
        "Finch.HTTP1.Conn.connect/2", "PaymentsWeb.ChargeController.create", 60, 1)
S = "Mint.TransportError socket closed (look-alike)"
log(MINT, None, S, "payments-ex", "[warning] ** (Mint.TransportError) socket closed")

family.write()
