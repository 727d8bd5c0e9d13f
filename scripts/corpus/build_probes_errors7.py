#!/usr/bin/env python3
"""Builds tests/fixtures/corpus/probes_errors7.jsonl: error lines of client libraries the corpus
did not quote before (connection pools of Elixir, Rust, Go, Node.js and Java; Kafka protocol
errors; Sidekiq queue latency; Laravel's throttle), each rendered inside an alert: a log alert
quoting the line, a symptom alert (error ratio, latency) whose description quotes it, an
`error_message` label, or an error-log-count alert (POLICY rule 8). About a third are look-alikes
(closed pools, settings, rebalances, in-sync replica refusals). Labels follow
tests/fixtures/corpus/POLICY.md and were decided from each alert's meaning before the classifier
ran on the file. Hosts and values are made up; each item's provenance names the public file its
message comes from."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

DBC = ("elixir-ecto/db_connection", "lib/db_connection/connection_pool.ex", "00c71087e28407143691ee7101b149911388060a")
SQLX = ("launchbadge/sqlx", "sqlx-core/src/error.rs", "017ee38725acc0610a189bedb6735a74b8e3e626")
GOREDIS = ("redis/go-redis", "internal/pool/pool.go", "0091c7405a9579604011bc3b999a1c8b15b4e558")
DEADPOOL = ("bikeshedder/deadpool", "src/managed/errors.rs", "099d0a2df21734b55b380b5b2942fbb23a0e1b21")
R2D2 = ("sfackler/r2d2", "src/lib.rs", "03e6bb69dda0f962573cb6375ed0416fae82669e")
MYSQLJS = ("mysqljs/mysql", "lib/Pool.js", "00ae90fd41e8f447c55f2c8705979a2a5915c41a")
HTTPCL = ("apache/httpcomponents-client", "httpclient/src/main/java/org/apache/http/impl/conn/tsccm/ConnPoolByRoute.java", "0bb63c609a862d8a6603f2a72a67170a2d107321")
KAFKAJS = ("tulios/kafkajs", "src/protocol/error.js", "03cdf0dda31bfe71dbec9c89d88e4ff8c6897d95")
LARAVEL = ("laravel/framework", "src/Illuminate/Http/Exceptions/ThrottleRequestsException.php", "082becd6387908e9a3e7c704fa3d1afb04a2d71a")
SIDEKIQ = ("sidekiq/sidekiq", "lib/sidekiq/api.rb", "00dc11943d3105de304cb7639ada483bb8972d42")

family = ProbeFamily("probes_errors7.jsonl")
add = family.add


def log_alert(src, expected, source, svc, ns, line, name="ApplicationErrorLogged"):
    add(src, expected, source + " (log alert)",
        {"alertname": name, "severity": "warning", "service": svc, "namespace": ns},
        {"summary": f"Error logged by {svc}",
         "description": f"Loki query matched a line from {svc} in {ns}:\n{line}"})


def error_ratio(src, expected, source, svc, pct, line):
    add(src, expected, source + " (error-ratio alert quoting the line)",
        {"alertname": "HighErrorRate", "severity": "critical", "service": svc},
        {"summary": f"{svc}: {pct}% of requests fail with 5xx",
         "description": f"The 5xx ratio of {svc} has been above 5% for 10 minutes. Most failed requests log: {line}"})


def latency(src, expected, source, svc, p99, line):
    add(src, expected, source + " (latency alert quoting the line)",
        {"alertname": "HighRequestLatency", "severity": "warning", "service": svc},
        {"summary": f"p99 latency of {svc} is {p99}s",
         "description": f"Request latency p99 above 2s for 15m. Slow requests end with: {line}"})


def label_only(src, expected, source, svc, line):
    add(src, expected, source + " (error_message label)",
        {"alertname": "UnhandledException", "severity": "error", "service": svc, "error_message": line},
        {"summary": f"New unhandled exception in {svc}"})


def log_count(src, expected, source, svc, n, line):
    add(src, expected, source + " (error-log-line count, rule 8)",
        {"alertname": "ErrorLogSpike", "severity": "warning", "service": svc},
        {"summary": f"{n} ERROR log lines from {svc} in the last 5 minutes",
         "description": f"Most frequent message: {line}"})


# ------------------------------------------------ Elixir DBConnection: queue timeout of the pool
DROP = "connection not available and request was dropped from queue after {}ms. This means requests are coming in and your connection pool cannot serve them fast enough."
S = "DBConnection.ConnectionError: pool queue timeout"
log_alert(DBC, "connection_pool_exhaustion", S, "billing-phx", "billing",
          "[error] ** (DBConnection.ConnectionError) " + DROP.format(2004))
error_ratio(DBC, "connection_pool_exhaustion", S, "storefront-phx", 8.4,
            "** (DBConnection.ConnectionError) " + DROP.format(3117))
latency(DBC, "connection_pool_exhaustion", S, "ledger-api", 4.7,
        "(DBConnection.ConnectionError) " + DROP.format(1550))
label_only(DBC, "connection_pool_exhaustion", S, "notifier",
           DROP.format(2871))
log_count(DBC, "connection_pool_exhaustion", S, "accounts-phx", 412,
          "(DBConnection.ConnectionError) " + DROP.format(1089))
S = "DBConnection.ConnectionError: pool busy with queuing disabled"
log_alert(DBC, "connection_pool_exhaustion", S, "search-indexer", "search",
          "[error] ** (DBConnection.ConnectionError) connection not available and queuing is disabled")
error_ratio(DBC, "connection_pool_exhaustion", S, "chat-gateway", 6.1,
            "(DBConnection.ConnectionError) connection not available and queuing is disabled")
# look-alikes
S = "DBConnection: client exited (informational disconnect)"
log_alert(DBC, None, S, "billing-phx", "billing",
          "[info] Postgrex.Protocol (#PID<0.2891.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.4410.0> exited")
error_ratio(DBC, "high_error_rate", S, "storefront-phx", 5.6,
            "Postgrex.Protocol (#PID<0.612.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.9917.0> exited")
S = "DBConnection pool settings changed (rule 9)"
add(DBC, None, S,
    {"alertname": "ConfigChanged", "severity": "info", "service": "ledger-api"},
    {"summary": "ledger-api Repo settings changed on deploy",
     "description": "pool_size raised from 10 to 20 and queue_target from 50ms to 200ms (queue_interval 1000ms unchanged)."})

# ------------------------------------------------ sqlx (Rust): PoolTimedOut / PoolClosed
S = "sqlx Error::PoolTimedOut"
log_alert(SQLX, "connection_pool_exhaustion", S, "inventory-rs", "inventory",
          'ERROR inventory_rs::db: query failed: error=timed out while waiting for an open connection')
error_ratio(SQLX, "connection_pool_exhaustion", S, "pricing-rs", 11.2,
            "error returned from database layer: timed out while waiting for an open connection")
latency(SQLX, "connection_pool_exhaustion", S, "quotes-rs", 30.1,
        "sqlx::Error::PoolTimedOut: timed out while waiting for an open connection")
label_only(SQLX, "connection_pool_exhaustion", S, "auth-rs",
           "timed out while waiting for an open connection")
S = "sqlx Error::PoolClosed (pool closed at shutdown)"
log_alert(SQLX, None, S, "inventory-rs", "inventory",
          "ERROR inventory_rs::worker: attempted to acquire a connection on a closed pool")
label_only(SQLX, None, S, "pricing-rs", "attempted to acquire a connection on a closed pool")
error_ratio(SQLX, "high_error_rate", S, "quotes-rs", 7.3,
            "attempted to acquire a connection on a closed pool")
S = "sqlx Error::RowNotFound"
log_count(SQLX, None, S, "auth-rs", 230, "found no rows when we expected at least one")

# ------------------------------------------------ go-redis: pool timeout / exhausted / closed
S = "go-redis ErrPoolTimeout"
log_alert(GOREDIS, "connection_pool_exhaustion", S, "session-svc", "identity",
          'level=error msg="cache get failed" err="redis: connection pool timeout"')
error_ratio(GOREDIS, "connection_pool_exhaustion", S, "cart-api", 9.8,
            "redis: connection pool timeout")
latency(GOREDIS, "connection_pool_exhaustion", S, "feed-api", 3.2,
        'err="redis: connection pool timeout" key=feed:user:88213')
label_only(GOREDIS, "connection_pool_exhaustion", S, "ratelimiter",
           "redis: connection pool timeout")
log_count(GOREDIS, "connection_pool_exhaustion", S, "leaderboard", 1880,
          "redis: connection pool timeout")
S = "go-redis ErrPoolExhausted"
log_alert(GOREDIS, "connection_pool_exhaustion", S, "presence-svc", "realtime",
          'level=error msg="publish failed" error="redis: connection pool exhausted"')
error_ratio(GOREDIS, "connection_pool_exhaustion", S, "cart-api", 12.5,
            "redis: connection pool exhausted")
label_only(GOREDIS, "connection_pool_exhaustion", S, "geo-api", "redis: connection pool exhausted")
S = "go-redis ErrClosed (client closed)"
log_alert(GOREDIS, None, S, "session-svc", "identity",
          'level=error msg="cache set failed" err="redis: client is closed"')
error_ratio(GOREDIS, "high_error_rate", S, "feed-api", 6.6, "redis: client is closed")
log_count(GOREDIS, None, S, "presence-svc", 96, "redis: client is closed")
S = "go-redis pool removing a stale connection"
log_alert(GOREDIS, None, S, "leaderboard", "games",
          "redis: 2026/03/14 10:02:11 pool.go:512: Removing connection 4481 from pool: connection not pooled")
S = "go-redis PoolTimeout setting changed (rule 9)"
add(GOREDIS, None, S,
    {"alertname": "ConfigReloaded", "severity": "info", "service": "cart-api"},
    {"summary": "cart-api redis client options changed",
     "description": "PoolSize 40 -> 80, PoolTimeout 4s -> 6s, DialTimeout 5s (unchanged). Reloaded by deploy 2291."})

# ------------------------------------------------ deadpool (Rust)
S = "deadpool PoolError::Timeout(Wait)"
log_alert(DEADPOOL, "connection_pool_exhaustion", S, "media-rs", "media",
          "ERROR media_rs::handlers: pool error: Timeout occurred while waiting for a slot to become available")
error_ratio(DEADPOOL, "connection_pool_exhaustion", S, "tiles-rs", 14.0,
            "deadpool: Timeout occurred while waiting for a slot to become available")
latency(DEADPOOL, "connection_pool_exhaustion", S, "router-rs", 5.9,
        "PoolError: Timeout occurred while waiting for a slot to become available")
label_only(DEADPOOL, "connection_pool_exhaustion", S, "thumbs-rs",
           "Timeout occurred while waiting for a slot to become available")
S = "deadpool PoolError::Closed"
log_alert(DEADPOOL, None, S, "media-rs", "media", "WARN media_rs::shutdown: pool error: Pool has been closed")
error_ratio(DEADPOOL, "high_error_rate", S, "tiles-rs", 5.2, "Pool has been closed")
S = "deadpool RecycleError (connection dropped and replaced)"
log_alert(DEADPOOL, None, S, "router-rs", "edge",
          "WARN deadpool.postgres: Error occurred while recycling an object: Connection closed")

# ------------------------------------------------ r2d2 (Rust)
S = "r2d2 Error: timed out waiting for connection"
log_alert(R2D2, "connection_pool_exhaustion", S, "diesel-api", "orders",
          "ERROR diesel_api::db: r2d2 error: timed out waiting for connection")
error_ratio(R2D2, "connection_pool_exhaustion", S, "crates-index", 7.7,
            "r2d2: timed out waiting for connection")
latency(R2D2, "connection_pool_exhaustion", S, "reports-rs", 31.0,
        "Error(None): timed out waiting for connection")
label_only(R2D2, "connection_pool_exhaustion", S, "audit-rs", "timed out waiting for connection")
log_count(R2D2, "connection_pool_exhaustion", S, "diesel-api", 644, "r2d2: timed out waiting for connection")

# ------------------------------------------------ mysqljs/mysql pool
S = "mysqljs Pool: queue limit reached"
log_alert(MYSQLJS, "connection_pool_exhaustion", S, "cms-api", "content",
          "Error: Queue limit reached.\n    at Pool.getConnection (/app/node_modules/mysql/lib/Pool.js:38:17)")
error_ratio(MYSQLJS, "connection_pool_exhaustion", S, "comments-api", 10.9, "Error: Queue limit reached.")
label_only(MYSQLJS, "connection_pool_exhaustion", S, "media-upload", "Queue limit reached.")
S = "mysqljs Pool: no connections available (waitForConnections false)"
log_alert(MYSQLJS, "connection_pool_exhaustion", S, "cms-api", "content",
          "Error: No connections available.\n    at Pool.getConnection (/app/node_modules/mysql/lib/Pool.js:41:8)")
latency(MYSQLJS, "connection_pool_exhaustion", S, "search-api", 2.9, "Error: No connections available.")
label_only(MYSQLJS, "connection_pool_exhaustion", S, "newsletter", "No connections available.")
S = "mysqljs Pool: pool is closed"
log_alert(MYSQLJS, None, S, "cms-api", "content", "Error: Pool is closed.\n    at Pool.getConnection (/app/node_modules/mysql/lib/Pool.js:18:8)")
error_ratio(MYSQLJS, "high_error_rate", S, "comments-api", 6.3, "Error: Pool is closed.")
log_count(MYSQLJS, None, S, "media-upload", 58, "Error: Pool is closed.")

# ------------------------------------------------ Apache HttpClient 4 (an HTTP client's connection pool)
S = "HttpClient ConnectionPoolTimeoutException"
log_alert(HTTPCL, "connection_pool_exhaustion", S, "payments-gw", "payments",
          "ERROR c.a.p.PspClient - call failed: org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection")
error_ratio(HTTPCL, "connection_pool_exhaustion", S, "quote-service", 8.8,
            "org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection")
latency(HTTPCL, "connection_pool_exhaustion", S, "catalog-sync", 12.4,
        "ConnectionPoolTimeoutException: Timeout waiting for connection")
label_only(HTTPCL, "connection_pool_exhaustion", S, "shipping-rates",
           "org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection")
log_count(HTTPCL, "connection_pool_exhaustion", S, "payments-gw", 3021,
          "ConnectionPoolTimeoutException: Timeout waiting for connection")
S = "HttpClient pool shut down (IllegalStateException)"
log_alert(HTTPCL, None, S, "quote-service", "sales",
          "ERROR c.a.q.Refresher - java.lang.IllegalStateException: Connection pool shut down.")
error_ratio(HTTPCL, "high_error_rate", S, "catalog-sync", 5.5, "java.lang.IllegalStateException: Connection pool shut down.")
S = "HttpClient debug: new pooled connection created"
log_alert(HTTPCL, None, S, "shipping-rates", "logistics",
          "DEBUG o.a.h.i.c.t.ConnPoolByRoute - Creating new connection [{s}->https://api.carrier.example:443]")
S = "HttpClient debug: expired idle connection closed"
log_alert(HTTPCL, None, S, "payments-gw", "payments",
          "DEBUG o.a.h.i.c.t.ConnPoolByRoute - Closing expired free connection [{s}->https://psp.example:443][null]")

# ------------------------------------------------ Kafka protocol errors (KafkaJS)
S = "Kafka REQUEST_TIMED_OUT (broker request timed out)"
log_alert(KAFKAJS, "upstream_timeout", S, "events-producer", "streaming",
          '{"level":"ERROR","logger":"kafkajs","message":"[Producer] The request timed out","broker":"kafka-2.kafka:9092","clientId":"events-producer","error":"REQUEST_TIMED_OUT"}')
error_ratio(KAFKAJS, "upstream_timeout", S, "orders-api", 6.9,
            "KafkaJSProtocolError: The request timed out (type REQUEST_TIMED_OUT, broker kafka-0:9092)")
latency(KAFKAJS, "upstream_timeout", S, "checkout-api", 8.1,
        "KafkaJSProtocolError: The request timed out")
label_only(KAFKAJS, "upstream_timeout", S, "audit-producer", "KafkaJSProtocolError: The request timed out")
S = "Kafka REBALANCE_IN_PROGRESS (group rebalance)"
log_alert(KAFKAJS, None, S, "billing-consumer", "streaming",
          '{"level":"ERROR","logger":"kafkajs","message":"[Runner] The group is rebalancing, re-joining","groupId":"billing","error":"The group is rebalancing, so a rejoin is needed"}')
log_count(KAFKAJS, None, S, "email-consumer", 77, "KafkaJSProtocolError: The group is rebalancing, so a rejoin is needed")
add(KAFKAJS, "queue_backlog", S + " (consumer lag alert)",
    {"alertname": "KafkaConsumerLagHigh", "severity": "warning", "consumergroup": "billing", "topic": "invoices"},
    {"summary": "Consumer group billing is 52,310 messages behind on invoices",
     "description": "Lag has grown for 20 minutes. Consumer log shows: The group is rebalancing, so a rejoin is needed"})
S = "Kafka GROUP_LOAD_IN_PROGRESS"
log_alert(KAFKAJS, None, S, "email-consumer", "streaming",
          "KafkaJSProtocolError: The coordinator is loading and hence can't process requests for this group")
S = "Kafka NOT_ENOUGH_REPLICAS (in-sync replicas below min.insync.replicas)"
log_alert(KAFKAJS, None, S, "events-producer", "streaming",
          "KafkaJSProtocolError: Messages are rejected since there are fewer in-sync replicas than required")
error_ratio(KAFKAJS, "high_error_rate", S, "orders-api", 15.3,
            "KafkaJSProtocolError: Messages are rejected since there are fewer in-sync replicas than required")
S = "Kafka LEADER_NOT_AVAILABLE (leader election)"
log_alert(KAFKAJS, None, S, "audit-producer", "streaming",
          "KafkaJSProtocolError: There is no leader for this topic-partition as we are in the middle of a leadership election")
S = "Kafka NETWORK_EXCEPTION"
log_count(KAFKAJS, None, S, "checkout-api", 141,
          "KafkaJSProtocolError: The server disconnected before a response was received")
S = "Kafka KAFKA_STORAGE_ERROR (disk error, not a full disk)"
log_alert(KAFKAJS, None, S, "events-producer", "streaming",
          "KafkaJSProtocolError: Disk error when trying to access log file on the disk")
S = "Kafka INVALID_SESSION_TIMEOUT (a timeout setting)"
log_alert(KAFKAJS, None, S, "billing-consumer", "streaming",
          "KafkaJSProtocolError: The session timeout is not within the range allowed by the broker (as configured by group.min.session.timeout.ms and group.max.session.timeout.ms)")

# ------------------------------------------------ Laravel throttle (429 to clients)
S = "Laravel ThrottleRequestsException (HTTP 429)"
log_alert(LARAVEL, "rate_limited", S, "shop-web", "shop",
          "production.ERROR: Illuminate\\Http\\Exceptions\\ThrottleRequestsException (status 429) at /api/v1/login")
error_ratio(LARAVEL, "rate_limited", S, "partner-api", 9.1,
            "Illuminate\\Http\\Exceptions\\ThrottleRequestsException: HTTP 429 returned by the throttle:api middleware")
label_only(LARAVEL, "rate_limited", S, "partner-api", "ThrottleRequestsException (429)")
S = "Laravel rate limiter configured (setting, rule 9)"
add(LARAVEL, None, S,
    {"alertname": "ConfigChanged", "severity": "info", "service": "partner-api"},
    {"summary": "partner-api RateLimiter for 'api' changed",
     "description": "RateLimiter::for('api') now allows 120 per minute per user (was 60). Deployed by release 4.18.2."})

# ------------------------------------------------ Sidekiq queues: latency and size (queue_backlog)
S = "Sidekiq::Queue#latency (oldest job enqueued N s ago)"
for q, sec, svc in [("default", 642, "rails-app"), ("mailers", 1810, "mailer"), ("critical", 95, "payments-app"),
                    ("low", 5400, "reports-app")]:
    add(SIDEKIQ, "queue_backlog", S,
        {"alertname": "SidekiqQueueLatencyHigh", "severity": "warning", "queue": q, "service": svc},
        {"summary": f"Sidekiq queue {q} latency is {sec}s",
         "description": f"The oldest job in queue {q} was enqueued {sec} seconds ago (Sidekiq::Queue.new('{q}').latency)."})
S = "Sidekiq::Queue#size"
for q, n, svc in [("default", 48210, "rails-app"), ("imports", 9120, "importer")]:
    add(SIDEKIQ, "queue_backlog", S,
        {"alertname": "SidekiqQueueSize", "severity": "warning", "queue": q, "service": svc},
        {"summary": f"{n} jobs enqueued in Sidekiq queue {q}",
         "description": f"Sidekiq::Queue.new('{q}').size has been above 5000 for 15 minutes."})
S = "Sidekiq queue cleared on purpose (rule 9)"
add(SIDEKIQ, None, S,
    {"alertname": "SidekiqQueueCleared", "severity": "info", "queue": "imports", "service": "importer"},
    {"summary": "Queue imports was cleared by an operator",
     "description": "Sidekiq::Queue.new('imports').clear run from the console by ops (ticket OPS-2231); 9,120 jobs deleted."})
S = "go-redis ErrPoolTimeout inside a job-queue latency alert (cause over symptom)"
add(GOREDIS, "connection_pool_exhaustion", S,
    {"alertname": "JobQueueLatencyHigh", "severity": "warning", "queue": "thumbnails", "service": "thumb-worker"},
    {"summary": "Jobs in queue thumbnails wait 380s before a worker picks them up",
     "description": "Workers fail fetching job state from the cache: redis: connection pool timeout"})

# ------------------------------------------------ more frames of the same messages
log_count(KAFKAJS, "upstream_timeout", "Kafka REQUEST_TIMED_OUT (broker request timed out)", "events-producer", 318,
          "KafkaJSProtocolError: The request timed out")
log_count(SQLX, "connection_pool_exhaustion", "sqlx Error::PoolTimedOut", "pricing-rs", 905,
          "timed out while waiting for an open connection")
log_count(MYSQLJS, "connection_pool_exhaustion", "mysqljs Pool: queue limit reached", "comments-api", 2210,
          "Error: Queue limit reached.")
log_count(DEADPOOL, "connection_pool_exhaustion", "deadpool PoolError::Timeout(Wait)", "media-rs", 371,
          "Timeout occurred while waiting for a slot to become available")
S = "go-redis pool Stats.Timeouts (waits for a pool connection that timed out)"
add(GOREDIS, "connection_pool_exhaustion", S,
    {"alertname": "RedisClientPoolTimeouts", "severity": "warning", "service": "cart-api"},
    {"summary": "cart-api: 340 redis pool wait timeouts in 5m",
     "description": "go-redis PoolStats().Timeouts grew by 340: callers timed out waiting to get a connection from the connection pool."})
S = "go-redis pool Stats (healthy, informational)"
add(GOREDIS, None, S,
    {"alertname": "RedisClientPoolStats", "severity": "info", "service": "feed-api"},
    {"summary": "feed-api redis pool stats",
     "description": "Hits=88123 Misses=12 Timeouts=0 TotalConns=20 IdleConns=17 StaleConns=3"})
S = "r2d2 pool configured (setting, rule 9)"
add(R2D2, None, S,
    {"alertname": "ConfigChanged", "severity": "info", "service": "diesel-api"},
    {"summary": "diesel-api database pool reconfigured",
     "description": "r2d2 Pool::builder().max_size(32).connection_timeout(30s) applied on restart for release 2.4.0 (was max_size 15)."})
S = "HttpClient pool timeout inside a gateway error alert"
add(HTTPCL, "connection_pool_exhaustion", S,
    {"alertname": "UpstreamErrors", "severity": "critical", "service": "checkout-bff", "code": "500"},
    {"summary": "checkout-bff returns 500 for 7% of requests",
     "description": "Calls to the pricing backend fail before a socket is opened: ConnectionPoolTimeoutException: Timeout waiting for connection"})

family.write()
