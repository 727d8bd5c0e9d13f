#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_errlines31.jsonl: error lines of libraries, drivers and runtimes
that no family quoted yet, inside log-based or symptom alerts (Loki, Elastic, Datadog and Graylog log
monitors, Sentry issue alerts, error-ratio and latency alerts whose description quotes the error).

Causes: Ruby Sequel's `Sequel::PoolTimeout`, node-oracledb's NJS-040 / NJS-076 pool queue errors, its
call and connect timeouts (NJS-123, NJS-510) and an ORA-00060 in its frame, Elixir Postgrex's
`ERROR (deadlock_detected)` and `FATAL (too_many_connections)` frames, go-mssqldb's
`mssql: ... (1205)` deadlock frame, wolfSSL's ASN_AFTER_DATE_E (-151) and MEMORY_E, Mbed TLS's "The
certificate validity has expired", PyTorch's CUDA out-of-memory error, getaddrinfo failures in the BSD
libc wording ("hostname nor servname provided, or not known", EAI_FAIL, EAI_NODATA), Postgrex's
nxdomain and ssl-connect timeout frames, a resilience4j retry that gave up on a lookup, Symfony
HttpClient's idle timeout, Dart's Future.timeout on an upstream call, ServiceStack.Redis and peewee
pools that are full, GHC's heap exhausted, PHP PDO's pgsql 40P01 and 53200 frames.

Look-alikes (null): the same libraries' configuration errors (Sequel's max_connections, NJS-092),
pools shut down (NJS-064, NJS-065), an expired access token (NJS-087), a certificate that names another
host or is signed by an unknown CA (NJS-508, Mbed TLS CN mismatch and untrusted CA, wolfSSL's no
signer and self-signed errors, Go's legacy Common Name and "not valid for any names"), a revoked
certificate, statement-timeout cancellations and serialization failures in Postgrex's frame, a login
failure in go-mssqldb's frame, Jetty's server-side idle timeout (a client that idled), resilience4j
retries that succeeded after a deadlock or a failed lookup, PDO's 57014 and 40001, GHC's stack
overflow, Node's server-side ERR_HTTP_REQUEST_TIMEOUT, peewee's stale connection closed, a bad
service name for getaddrinfo, an allocator and an HTTP-client timeout setting changed.

Labels were decided from each alert's meaning under POLICY.md (rules 1, 5, 8, 11, 12, 13, 15) before
the classifier ran on the file; see the SOURCES.md section "probes_errlines31".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_errlines31.jsonl")
POOL = "connection_pool_exhaustion"
DL = "deadlock"
UT = "upstream_timeout"
DNS = "dns_failure"
CERT = "certificate_expiry"
OOM = "out_of_memory"
ND = "node_down"

SEQUEL = ("jeremyevans/sequel", "lib/sequel/connection_pool/threaded.rb",
          "0a37306e040589f11f0efb5501a9e546984561a0")


def sequel_items():
    """Ruby Sequel's threaded pool: `raise ::Sequel::PoolTimeout, "timeout: #{@timeout}, elapsed:
    #{elapsed}[, database name: #{name}]"`, and its max_connections check at start-up."""
    family.add(SEQUEL, POOL, "Sequel::PoolTimeout in a Loki log alert",
               {"alertname": "LokiRubyErrors", "severity": "warning", "namespace": "catalog",
                "app": "catalog-roda"},
               {"summary": "catalog-roda: 64 error lines in 5m",
                "description": "Loki query matched a line from catalog-roda in catalog:\n"
                               "E, [2026-12-05T23:41:07.118 #1] ERROR -- : Sequel::PoolTimeout: timeout: 5.0, "
                               "elapsed: 5.000412881 (/app/lib/catalog/repo.rb:44:in `find_sku')"})
    family.add(SEQUEL, POOL, "Sequel::PoolTimeout with the database name, as a Sentry issue",
               {"alertname": "SentryIssueAlert", "project": "ledger-sidekiq", "level": "error",
                "environment": "production"},
               {"summary": "New issue in ledger-sidekiq",
                "title": "Sequel::PoolTimeout: timeout: 10.0, elapsed: 10.001220937, database name: ledger",
                "culprit": "Ledger::PostingJob#perform"})
    family.add(SEQUEL, POOL, "Sequel::PoolTimeout as the top error of a 5xx-ratio alert (rule 1)",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "storefront-api",
                "namespace": "shop"},
               {"summary": "storefront-api: 9.3% of requests answered 5xx over 10m",
                "description": "Most frequent exception in the window: Sequel::PoolTimeout (timeout: 5.0, "
                               "elapsed: 5.00081)"})
    family.add(SEQUEL, None, "Sequel refuses a max_connections setting at boot (configuration, rule 12)",
               {"alertname": "PodStartupErrors", "severity": "warning", "namespace": "catalog",
                "container": "catalog-roda"},
               {"summary": "catalog-roda logged an error during start-up",
                "description": "Sequel::Error: :max_connections must be positive (DB_POOL=0 from the "
                               "release 7.3.0 env file)"})


NJS = ("oracle/node-oracledb", "lib/errors.js", "02d49ccff0ca7e15c813b92f5548ae873b58533e")


def oracledb_items():
    """node-oracledb's NJS errors (lib/errors.js, rendered `NJS-%03d: message`)."""
    family.add(NJS, POOL, "NJS-040 pool queue timeout in a Datadog log monitor",
               {"alertname": "[Logs] oracledb errors in claims-node", "monitor_type": "log alert",
                "service": "claims-node", "env": "prod"},
               {"summary": "claims-node: 212 logs matched status:error in the last 10m",
                "description": "Sample: Error: NJS-040: connection request timeout. Request exceeded "
                               "\"queueTimeout\" of 60000\n    at Pool._getConnection "
                               "(/srv/node_modules/oracledb/lib/pool.js:512:17)"})
    family.add(NJS, POOL, "NJS-040 quoted by a latency alert (cause over symptom, rule 1)",
               {"alertname": "ApiLatencyP99High", "severity": "warning", "service": "policy-gateway",
                "route": "/v2/policies/:id"},
               {"summary": "policy-gateway p99 above 30s for 10m",
                "description": "Slow requests end with NJS-040: connection request timeout. Request exceeded "
                               "\"queueTimeout\" of 30000 (poolAlias claimsdb, poolMax 12)"})
    family.add(NJS, POOL, "NJS-076 pool queue length reached (an Elastic log threshold rule)",
               {"alertname": "Elastic log threshold: njs-pool-rejections", "severity": "critical",
                "host.name": "claims-node-6c9f7d-2xkqp"},
               {"summary": "37 log entries matched in the last 5 minutes",
                "description": "error.message: NJS-076: connection request rejected. Pool queue length "
                               "\"queueMax\" 500 reached"})
    family.add(NJS, UT, "NJS-123 call timeout: the driver gave up on the database round-trip",
               {"alertname": "GraylogEventDefinition", "event_definition": "oracledb call timeouts",
                "source": "billing-node-3"},
               {"summary": "oracledb call timeouts: 14 messages in 5m",
                "description": "message: Error: NJS-123: call timeout of 15000 ms exceeded (sql=BEGIN "
                               "billing_pkg.close_period(:p); END;)"})
    family.add(NJS, UT, "NJS-510 connect timeout to the listener (a connect timeout, rule 11)",
               {"alertname": "SentryIssueAlert", "project": "quotes-node", "level": "error"},
               {"summary": "New issue in quotes-node",
                "title": "Error: NJS-510: connection to host ora-scan.prod.internal port 1521 timed out. "
                         "Request exceeded \"connectTimeout\" of 20 seconds. (CONNECTION_ID=bK2Q9xZl1vE=)",
                "culprit": "Pool.getConnection"})
    family.add(NJS, ND, "NJS-511 listener refused the connection (rule 11)",
               {"alertname": "LokiLogAlert", "severity": "critical", "namespace": "quotes",
                "app": "quotes-node"},
               {"summary": "quotes-node cannot reach the Oracle listener",
                "description": "Error: NJS-511: connection to listener at host 10.44.8.21 port 1521 was "
                               "refused. (CONNECTION_ID=Q7m0d1XqNsA=)\nCause: ECONNREFUSED"})
    family.add(NJS, OOM, "NJS-024: the driver's own allocation failed (rule 12)",
               {"alertname": "[Logs] oracledb errors in report-node", "monitor_type": "log alert",
                "service": "report-node", "env": "prod"},
               {"summary": "report-node: 9 logs matched status:error in the last 5m",
                "description": "Sample: Error: NJS-024: memory allocation failed (fetching 50000 rows into "
                               "resultSet, container RSS 1.96 GiB of 2 GiB)"})
    family.add(NJS, DL, "ORA-00060 as node-oracledb throws it, with errorNum (a new frame)",
               {"alertname": "KibanaLogRule", "rule.name": "oracle deadlocks in claims-node",
                "severity": "warning"},
               {"summary": "claims-node logged 6 ORA errors in 5m",
                "description": "{\"level\":\"error\",\"msg\":\"update failed\",\"err\":{\"message\":\"ORA-00060: "
                               "deadlock detected while waiting for resource\",\"errorNum\":60,\"offset\":0,"
                               "\"code\":\"ORA-00060\"}}"})
    family.add(NJS, None, "NJS-064 during a rolling shutdown (a pool shut down, rule 12)",
               {"alertname": "LokiLogAlert", "severity": "info", "namespace": "claims", "app": "claims-node"},
               {"summary": "claims-node: pool errors during SIGTERM",
                "description": "Error: NJS-064: connection pool is closing (request arrived after "
                               "pool.close(10) during deploy 2026.12.05-3)"})
    family.add(NJS, None, "NJS-065 after the pool was closed (rule 12)",
               {"alertname": "SentryIssueAlert", "project": "claims-node", "level": "warning"},
               {"summary": "New issue in claims-node",
                "title": "Error: NJS-065: connection pool was closed",
                "culprit": "shutdownHook"})
    family.add(NJS, None, "NJS-092 rejected pool sizes (a setting, rule 12)",
               {"alertname": "ContainerStartupError", "severity": "warning", "app": "quotes-node",
                "namespace": "quotes"},
               {"summary": "quotes-node failed to create its pool",
                "description": "Error: NJS-092: \"poolMax\" 4 must be greater than or equal to \"poolMin\" 8"})
    family.add(NJS, None, "NJS-087 expired access token (token expiry, rule 5)",
               {"alertname": "[Logs] oracledb auth errors", "monitor_type": "log alert",
                "service": "adb-sync", "env": "prod"},
               {"summary": "adb-sync: 31 auth errors in 10m",
                "description": "Sample: Error: NJS-087: access token has expired"})
    family.add(NJS, None, "NJS-508 certificate without the host name (not an expiry)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "analytics",
                "app": "adb-loader"},
               {"summary": "adb-loader TLS errors",
                "description": "Error: NJS-508: TLS detected an invalid certificate. adb.eu-frankfurt-1."
                               "oraclecloud.com not present in certificate"})


WOLF = ("wolfSSL/wolfssl", "wolfcrypt/src/error.c", "03817e000e7f5985347fddaabfaee154dd43a445")


def wolfssl_items():
    """wolfSSL's wc_GetErrorString texts, as an embedded client logs them."""
    family.add(WOLF, CERT, "wolfSSL ASN_AFTER_DATE_E (-151) in a device-fleet log alert",
               {"alertname": "FleetLogErrors", "severity": "critical", "fleet": "meters-eu",
                "firmware": "4.12.0"},
               {"summary": "312 meters failed to connect to the ingest broker in 15m",
                "description": "wolfSSL_connect failed: err = -151, ASN date error, current date is after "
                               "expiration (peer mqtt-ingest.meters.example.net:8883)"})
    family.add(WOLF, CERT, "wolfSSL -151 quoted by a failed-connection ratio (cause over symptom)",
               {"alertname": "MQTTBridgeConnectFailures", "severity": "warning", "bridge": "plant-7-uplink"},
               {"summary": "plant-7-uplink: 100% of TLS connects failed over 10m",
                "description": "Last error: wolfSSL error -151 (ASN date error, current date is after "
                               "expiration) verifying the broker certificate"})
    family.add(WOLF, OOM, "wolfSSL MEMORY_E (-125): the library's own allocation failed (rule 12)",
               {"alertname": "GatewayLogErrors", "severity": "warning", "device": "gw-edge-0142"},
               {"summary": "gw-edge-0142 logged TLS errors",
                "description": "wolfSSL error -125: out of memory error (heap free 1812 bytes during "
                               "handshake)"})
    family.add(WOLF, None, "wolfSSL ASN_NO_SIGNER_E (-188): unknown CA, not an expiry",
               {"alertname": "FleetLogErrors", "severity": "warning", "fleet": "meters-us",
                "firmware": "4.12.1-rc2"},
               {"summary": "41 meters failed TLS verification in 15m",
                "description": "wolfSSL_connect failed: err = -188, ASN no signer error to confirm failure"})
    family.add(WOLF, None, "wolfSSL ASN_SELF_SIGNED_E: a self-signed peer, not an expiry",
               {"alertname": "GatewayLogErrors", "severity": "info", "device": "gw-lab-0007"},
               {"summary": "gw-lab-0007 logged TLS errors",
                "description": "wolfSSL error: ASN self-signed certificate error (test broker 192.0.2.40)"})


MBED = ("Mbed-TLS/mbedtls", "include/mbedtls/x509.h", "016dda5a7fc27e60cadcba2cbfaf0226e44cdef9")


def mbedtls_items():
    """Mbed TLS verify-info texts (MBEDTLS_X509_BADCERT_*), as firmware and agents print them."""
    family.add(MBED, CERT, "Mbed TLS BADCERT_EXPIRED in a firmware log alert",
               {"alertname": "DeviceLogPattern", "severity": "critical", "product": "thermo-hub",
                "site": "warehouse-4"},
               {"summary": "thermo-hub devices cannot reach the cloud",
                "description": "E (183224) esp-tls-mbedtls: Failed to verify peer certificate!\n"
                               "I (183224) esp-tls-mbedtls: verification info:   ! The certificate validity "
                               "has expired"})
    family.add(MBED, CERT, "Mbed TLS expired certificate in a Datadog log monitor",
               {"alertname": "[Logs] TLS verify failures on kiosk agents", "monitor_type": "log alert",
                "service": "kiosk-agent", "env": "prod"},
               {"summary": "kiosk-agent: 1,204 matching logs in 30m",
                "description": "Sample: mbedtls_ssl_handshake returned -0x2700; verify flags 0x01: The "
                               "certificate validity has expired (api.kiosks.example.com)"})
    family.add(MBED, CERT, "Mbed TLS expired certificate in an error-ratio alert (rule 1)",
               {"alertname": "DeviceCheckinErrorRatio", "severity": "warning", "fleet": "pos-terminals"},
               {"summary": "pos-terminals: 23% of check-ins failed over 30m",
                "description": "Failed check-ins report: x509 verify failed: The certificate validity has "
                               "expired"})
    family.add(MBED, None, "Mbed TLS CN mismatch (a wrong name, not an expiry)",
               {"alertname": "DeviceLogPattern", "severity": "warning", "product": "thermo-hub",
                "site": "lab"},
               {"summary": "thermo-hub TLS verification failures",
                "description": "esp-tls-mbedtls: verification info:   ! The certificate Common Name (CN) "
                               "does not match with the expected CN"})
    family.add(MBED, None, "Mbed TLS untrusted CA (not an expiry)",
               {"alertname": "[Logs] TLS verify failures on kiosk agents", "monitor_type": "log alert",
                "service": "kiosk-agent", "env": "staging"},
               {"summary": "kiosk-agent: 88 matching logs in 30m",
                "description": "Sample: verify flags 0x08: The certificate is not correctly signed by the "
                               "trusted CA"})
    family.add(MBED, None, "Mbed TLS revoked certificate (on a CRL, not an expiry)",
               {"alertname": "DeviceLogPattern", "severity": "warning", "product": "door-controller",
                "site": "hq"},
               {"summary": "door-controller rejected its peer",
                "description": "x509 verify: The certificate has been revoked (is on a CRL)"})


PGX = ("elixir-ecto/postgrex", "lib/postgrex/error.ex", "02e7b860c5e8a3032ade8f0ddd98630e155af7af")


def postgrex_items():
    """Postgrex.Error messages: `"#{severity} (#{code}): #{message}"` for server errors (code as a
    name), `"tcp #{action} #{reason}: #{inspect(reason)} - #{formatted}"` and `"ssl #{action}:
    timeout"` for socket errors."""
    family.add(PGX, DL, "Postgrex 40P01 as (deadlock_detected) in a Loki log alert",
               {"alertname": "LokiElixirErrors", "severity": "warning", "namespace": "orders",
                "app": "orders-phx"},
               {"summary": "orders-phx: 17 error lines in 5m",
                "description": "[error] ** (Postgrex.Error) ERROR (deadlock_detected): deadlock detected\n"
                               "    (ecto_sql 3.12.1) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL."
                               "raise_sql_call_error/1"})
    family.add(PGX, DL, "Postgrex deadlock_detected as an AppSignal-style incident title",
               {"alertname": "ErrorIncidentOpened", "app": "billing-phx", "namespace": "Oban",
                "environment": "production"},
               {"summary": "New error incident in billing-phx",
                "title": "Postgrex.Error: ERROR (deadlock_detected): deadlock detected",
                "action": "Billing.Workers.SettleInvoices#perform"})
    family.add(PGX, POOL, "Postgrex FATAL too_many_connections (the server's connection limit)",
               {"alertname": "LokiElixirErrors", "severity": "critical", "namespace": "chat",
                "app": "chat-phx"},
               {"summary": "chat-phx cannot open database connections",
                "description": "[error] Postgrex.Protocol (#PID<0.3301.0>) failed to connect: ** "
                               "(Postgrex.Error) FATAL (too_many_connections): sorry, too many clients already"})
    family.add(PGX, POOL, "Postgrex too_many_connections, reserved-slots wording, in an error ratio",
               {"alertname": "PhoenixErrorRatio", "severity": "warning", "service": "accounts-phx"},
               {"summary": "accounts-phx: 5xx ratio 6.1% over 10m",
                "description": "Top error: (Postgrex.Error) FATAL (too_many_connections): remaining connection "
                               "slots are reserved for non-replication superuser connections"})
    family.add(PGX, DNS, "Postgrex tcp connect failing on nxdomain (rule 13)",
               {"alertname": "CrashLoopLastLog", "severity": "warning", "namespace": "orders",
                "container": "orders-phx"},
               {"summary": "orders-phx last log lines before exit",
                "description": "[error] Postgrex.Protocol (#PID<0.288.0>) failed to connect: ** "
                               "(Postgrex.Error) tcp connect nxdomain: :nxdomain - non-existing domain "
                               "(host pg-orders-rw.db.svc.cluster.local)"})
    family.add(PGX, UT, "Postgrex ssl connect timeout (a connect timeout, rule 11)",
               {"alertname": "LokiElixirErrors", "severity": "warning", "namespace": "reports",
                "app": "reports-phx"},
               {"summary": "reports-phx: 9 error lines in 5m",
                "description": "[error] Postgrex.Protocol (#PID<0.912.0>) failed to connect: ** "
                               "(Postgrex.Error) ssl connect: timeout"})
    family.add(PGX, None, "Postgrex statement timeout cancellation in a log alert (rule 15)",
               {"alertname": "LokiElixirErrors", "severity": "info", "namespace": "reports",
                "app": "reports-phx"},
               {"summary": "reports-phx: 4 error lines in 5m",
                "description": "[error] ** (Postgrex.Error) ERROR (query_canceled): canceling statement due "
                               "to statement timeout"})
    family.add(PGX, None, "Postgrex serialization_failure (a write conflict, not a deadlock)",
               {"alertname": "ErrorIncidentOpened", "app": "wallet-phx", "environment": "production"},
               {"summary": "New error incident in wallet-phx",
                "title": "Postgrex.Error: ERROR (serialization_failure): could not serialize access due to "
                         "concurrent update",
                "action": "Wallet.Transfers.commit/2"})


MSSQL = ("microsoft/go-mssqldb", "error.go", "0082d327551951bd9a028220db7aaa8a4c11faaf")
DEADLOCK_1205 = ("Transaction (Process ID {pid}) was deadlocked on lock resources with another process and has "
                 "been chosen as the deadlock victim. Rerun the transaction.")


def mssql_items():
    """go-mssqldb's Error(): `mssql: %s (%d)` around the server's message."""
    family.add(MSSQL, DL, "SQL Server 1205 in go-mssqldb's frame, Loki log alert",
               {"alertname": "LokiGoErrors", "severity": "warning", "namespace": "inventory",
                "app": "stock-sync"},
               {"summary": "stock-sync: 23 error lines in 5m",
                "description": "level=error msg=\"reserve stock\" err=\"mssql: " + DEADLOCK_1205.format(pid=64)
                               + " (1205)\""})
    family.add(MSSQL, DL, "SQL Server 1205 in go-mssqldb's frame, quoted by an error ratio (rule 1)",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "stock-api",
                "namespace": "inventory"},
               {"summary": "stock-api: 4.8% of requests failed over 10m",
                "description": "Top error: mssql: " + DEADLOCK_1205.format(pid=117) + " (1205)"})
    family.add(MSSQL, None, "a login failure in go-mssqldb's frame (no signature)",
               {"alertname": "LokiGoErrors", "severity": "warning", "namespace": "reports",
                "app": "report-exporter"},
               {"summary": "report-exporter: 60 error lines in 5m",
                "description": "level=error msg=\"open db\" err=\"mssql: Login failed for user 'svc_reports'. "
                               "(18456)\""})


JETTY = ("jetty/jetty.project", "jetty-core/jetty-io/src/main/java/org/eclipse/jetty/io/IdleTimeout.java",
         "2fcfdcfe23b05a251aa235eb73eba7e1d1d1d1e6")


def jetty_items():
    """Jetty's idle timeout on its own server connections: the client idled (rule 13)."""
    family.add(JETTY, None, "Jetty server: idle timeout on a client connection (the client idled)",
               {"alertname": "ElasticWatcherJavaErrors", "severity": "warning", "service": "upload-svc"},
               {"summary": "upload-svc: 112 WARN lines in 10m",
                "description": "WARN o.e.j.s.HttpChannel - handleException /api/upload "
                               "java.util.concurrent.TimeoutException: Idle timeout expired: 30001/30000 ms"})
    family.add(JETTY, None, "Jetty server: idle timeout as a Sentry issue (a client stalled)",
               {"alertname": "SentryIssueAlert", "project": "media-gateway", "level": "warning"},
               {"summary": "New issue in media-gateway",
                "title": "TimeoutException: Idle timeout expired: 60000/60000 ms",
                "culprit": "org.eclipse.jetty.io.IdleTimeout in checkIdleTimeout"})


GAI = ("freebsd/freebsd-src", "lib/libc/net/gai_strerror.c", "039ea811636f62633b18bcadb9f5332b215f7900")


def gai_items():
    """getaddrinfo errors in the BSD libc wording (gai_strerror): EAI_NONAME, EAI_FAIL, EAI_NODATA,
    EAI_SERVICE."""
    family.add(GAI, DNS, "EAI_NONAME in the BSD wording, Python gaierror in a log alert",
               {"alertname": "LokiPythonErrors", "severity": "warning", "host": "jail-mailq-02",
                "app": "mail-relay-worker"},
               {"summary": "mail-relay-worker: 41 error lines in 5m",
                "description": "socket.gaierror: [Errno 8] hostname nor servname provided, or not known "
                               "(smtp-out.internal:587)"})
    family.add(GAI, DNS, "EAI_NONAME in the BSD wording inside Java's UnknownHostException",
               {"alertname": "GraylogEventDefinition", "event_definition": "JDBC connect failures",
                "source": "bsd-app-07"},
               {"summary": "JDBC connect failures: 19 messages in 5m",
                "description": "message: java.net.UnknownHostException: pg-primary.internal: hostname nor "
                               "servname provided, or not known"})
    family.add(GAI, DNS, "EAI_FAIL: non-recoverable resolution failure, quoted by an error ratio",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "geo-api",
                "namespace": "maps"},
               {"summary": "geo-api: 12% of requests failed over 5m",
                "description": "Top error: [Errno 4] Non-recoverable failure in name resolution "
                               "(tiles.upstream.example.net)"})
    family.add(GAI, DNS, "EAI_NODATA: no address for the name, Ruby SocketError in Sentry",
               {"alertname": "SentryIssueAlert", "project": "billing-rails", "level": "error"},
               {"summary": "New issue in billing-rails",
                "title": "SocketError: Failed to open TCP connection to api.payments-sandbox.example:443 "
                         "(getaddrinfo: No address associated with hostname)",
                "culprit": "PaymentsClient#charge"})
    family.add(GAI, None, "EAI_SERVICE: a bad service name in configuration (not a lookup failure)",
               {"alertname": "LokiPythonErrors", "severity": "warning", "host": "jail-mailq-01",
                "app": "mail-relay-worker"},
               {"summary": "mail-relay-worker: 3 error lines in 5m",
                "description": "socket.gaierror: [Errno 9] servname not supported for ai_socktype "
                               "(SMTP_PORT='submission ' from settings)"})


R4J_OK = ("resilience4j/resilience4j",
          "resilience4j-retry/src/main/java/io/github/resilience4j/retry/event/RetryOnSuccessEvent.java",
          "15c1fa552e586176c91b057a1a0532e90bc670f5")
R4J_ERR = ("resilience4j/resilience4j",
           "resilience4j-retry/src/main/java/io/github/resilience4j/retry/event/RetryOnErrorEvent.java",
           "25a1e4638de36e31c59843a579b11e53845e69e0")


def resilience4j_items():
    """resilience4j Retry events: a retry that succeeded (nothing wrong any more) versus one that gave
    up, with the last exception it names."""
    family.add(R4J_OK, None, "retry succeeded after a SQL Server deadlock victim (a recovery, rule 14)",
               {"alertname": "LokiJavaWarnings", "severity": "info", "namespace": "orders",
                "app": "order-writer"},
               {"summary": "order-writer: retry events",
                "description": "Retry 'orderInsert' recorded a successful retry attempt. Number of retry "
                               "attempts: '2', Last exception was: 'com.microsoft.sqlserver.jdbc."
                               "SQLServerException: " + DEADLOCK_1205.format(pid=93) + "'."})
    family.add(R4J_OK, None, "retry succeeded after a failed lookup (a recovery, rule 14)",
               {"alertname": "[Logs] retry events in shipping-svc", "monitor_type": "log alert",
                "service": "shipping-svc"},
               {"summary": "shipping-svc: 7 retry events in 15m",
                "description": "Retry 'carrierApi' recorded a successful retry attempt. Number of retry "
                               "attempts: '1', Last exception was: 'java.net.UnknownHostException: "
                               "api.carrier.example'."})
    family.add(R4J_ERR, DNS, "retry gave up: last exception UnknownHostException",
               {"alertname": "[Logs] retry failures in shipping-svc", "monitor_type": "log alert",
                "service": "shipping-svc"},
               {"summary": "shipping-svc: 54 failed retries in 15m",
                "description": "Retry 'carrierApi' recorded a failed retry attempt. Number of retry attempts: "
                               "'3', Last exception was: 'java.net.UnknownHostException: api.carrier.example'."})


TORCH = ("pytorch/pytorch", "c10/cuda/CUDACachingAllocator.cpp", "eb42ad6eca0ce61e7c581212b4bf32f991425571")


def torch_items():
    """PyTorch's CUDA caching allocator: out of GPU memory, and an allocator setting."""
    family.add(TORCH, OOM, "CUDA out of memory in an inference server's log alert",
               {"alertname": "LokiInferenceErrors", "severity": "critical", "namespace": "ml-serving",
                "app": "embedder-gpu"},
               {"summary": "embedder-gpu: 27 error lines in 5m",
                "description": "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 "
                               "has a total capacity of 23.65 GiB of which 1.31 GiB is free."})
    family.add(TORCH, OOM, "CUDA out of memory quoted by a 5xx-ratio alert (rule 1)",
               {"alertname": "InferenceErrorRatio", "severity": "warning", "model": "reranker-v3",
                "namespace": "ml-serving"},
               {"summary": "reranker-v3: 18% of predictions failed over 10m",
                "description": "Most failing requests log: CUDA out of memory. Tried to allocate 512.00 MiB. "
                               "GPU 1 has a total capacity of 79.14 GiB of which 312.50 MiB is free."})
    family.add(TORCH, None, "allocator configuration changed in a rollout note (a setting, rule 9)",
               {"alertname": "DeploymentConfigChanged", "severity": "info", "deployment": "embedder-gpu",
                "namespace": "ml-serving"},
               {"summary": "embedder-gpu environment changed",
                "description": "PYTORCH_CUDA_ALLOC_CONF set to expandable_segments:True (was unset) in "
                               "revision 41"})


GOX509 = ("golang/go", "src/crypto/x509/verify.go", "28fad8da15631a8b165fece2c7381ed84ce090db")


def gox509_items():
    """Go crypto/x509 host-name errors: certificates that are valid in time but not for the name."""
    family.add(GOX509, None, "Go x509 legacy Common Name error (not an expiry)",
               {"alertname": "LokiGoErrors", "severity": "warning", "namespace": "payments",
                "app": "ledger-grpc-client"},
               {"summary": "ledger-grpc-client: 300 error lines in 5m",
                "description": "rpc error: code = Unavailable desc = connection error: desc = \"transport: "
                               "authentication handshake failed: tls: failed to verify certificate: x509: "
                               "certificate relies on legacy Common Name field, use SANs instead\""})
    family.add(GOX509, None, "Go x509 certificate valid for no names (not an expiry)",
               {"alertname": "[Logs] TLS errors in edge-proxy", "monitor_type": "log alert",
                "service": "edge-proxy"},
               {"summary": "edge-proxy: 52 TLS errors in 10m",
                "description": "Sample: http: proxy error: tls: failed to verify certificate: x509: "
                               "certificate is not valid for any names, but wanted to match orders.svc"})


PDO = ("php/php-src", "ext/pdo/pdo_sqlstate.c", "03f3b8479b88688e45fd0879b755937fd01f593a")


def pdo_items():
    """PHP PDO's message: `SQLSTATE[%s]: %s: <native code> %s` (ext/pdo/pdo_dbh.c), the middle part the
    SQLSTATE description of ext/pdo/pdo_sqlstate.c; pdo_pgsql passes 7 as the native code."""
    family.add(PDO, DL, "PDO pgsql 40P01 \"Deadlock detected\" in a Laravel log alert",
               {"alertname": "LokiLaravelErrors", "severity": "warning", "namespace": "shop",
                "app": "shop-laravel"},
               {"summary": "shop-laravel: 26 error lines in 5m",
                "description": "[2026-12-06 00:41:12] production.ERROR: SQLSTATE[40P01]: Deadlock detected: 7 "
                               "ERROR:  deadlock detected\nDETAIL:  Process 48121 waits for ShareLock on "
                               "transaction 99182734; blocked by process 48007."})
    family.add(PDO, DL, "PDO pgsql 40P01 as a Sentry issue title",
               {"alertname": "SentryIssueAlert", "project": "booking-laravel", "level": "error"},
               {"summary": "New issue in booking-laravel",
                "title": "Illuminate\\Database\\QueryException: SQLSTATE[40P01]: Deadlock detected: 7 ERROR:  "
                         "deadlock detected",
                "culprit": "App\\Jobs\\ReleaseSeats::handle"})
    family.add(PDO, OOM, "PDO pgsql 53200 \"Out of memory\": the server ran out of memory for a query",
               {"alertname": "[Logs] SQL errors in reports-php", "monitor_type": "log alert",
                "service": "reports-php", "env": "prod"},
               {"summary": "reports-php: 11 SQL errors in 10m",
                "description": "Sample: SQLSTATE[53200]: Out of memory: 7 ERROR:  out of memory\nDETAIL:  Failed "
                               "on request of size 268435456 in memory context \"ExecutorState\"."})
    family.add(PDO, None, "PDO pgsql 57014 \"Query canceled\" by statement_timeout (rule 15)",
               {"alertname": "LokiLaravelErrors", "severity": "info", "namespace": "reports",
                "app": "reports-php"},
               {"summary": "reports-php: 5 error lines in 5m",
                "description": "production.ERROR: SQLSTATE[57014]: Query canceled: 7 ERROR:  canceling "
                               "statement due to statement timeout"})
    family.add(PDO, None, "PDO pgsql 40001 \"Serialization failure\" without a deadlock (a conflict)",
               {"alertname": "SentryIssueAlert", "project": "wallet-php", "level": "error"},
               {"summary": "New issue in wallet-php",
                "title": "PDOException: SQLSTATE[40001]: Serialization failure: 7 ERROR:  could not serialize "
                         "access due to read/write dependencies among transactions",
                "culprit": "Wallet\\Ledger::transfer"})


GHC_HEAP = ("ghc/ghc", "rts/hooks/OutOfHeap.c", "1eda0b78a907e44c655f757448ec0499d494b328")
GHC_STACK = ("ghc/ghc", "rts/hooks/StackOverflow.c", "0ee44def597152e6b25ac6647041542a6b1ee6b4")


def ghc_items():
    """The GHC runtime's out-of-heap and stack-overflow hooks, as a Haskell service prints them."""
    family.add(GHC_HEAP, OOM, "GHC RTS heap exhausted in a log alert",
               {"alertname": "LokiLogAlert", "severity": "critical", "namespace": "docs",
                "app": "pandoc-render"},
               {"summary": "pandoc-render: fatal runtime error",
                "description": "pandoc-render: Heap exhausted;\npandoc-render: Current maximum heap size is "
                               "1073741824 bytes (1024 MB);\npandoc-render: use `+RTS -M<size>' to increase it."})
    family.add(GHC_HEAP, OOM, "GHC RTS heap exhausted quoted by a 5xx-ratio alert (rule 1)",
               {"alertname": "HighErrorRatio", "severity": "warning", "service": "search-hs",
                "namespace": "search"},
               {"summary": "search-hs: 7.7% of requests failed over 10m",
                "description": "Workers die with: search-hs: Heap exhausted; Current maximum heap size is "
                               "4294967296 bytes (4096 MB); use `+RTS -M<size>' to increase it."})
    family.add(GHC_HEAP, OOM, "GHC RTS bare out of memory (no heap maximum set)",
               {"alertname": "ElasticWatcherErrors", "severity": "warning", "service": "ledger-hs"},
               {"summary": "ledger-hs: fatal lines in 5m",
                "description": "ledger-hs: out of memory"})
    family.add(GHC_STACK, None, "GHC RTS stack space overflow (a stack limit, rule 12)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "docs",
                "app": "pandoc-render"},
               {"summary": "pandoc-render: fatal runtime error",
                "description": "Stack space overflow: current size 8388608 bytes.\nUse `+RTS -Ksize -RTS' to "
                               "increase it."})


NODE = ("nodejs/node", "lib/internal/errors.js", "d9214a7a2c91bf6c5d412b07fdce2827d15bb6ab")


def node_items():
    """Node.js core errors: a server-side request timeout (the client was slow) and a DNS failure."""
    family.add(NODE, None, "Node http server clientError ERR_HTTP_REQUEST_TIMEOUT (the client stalled, rule 13)",
               {"alertname": "[Logs] clientError in upload-node", "monitor_type": "log alert",
                "service": "upload-node", "env": "prod"},
               {"summary": "upload-node: 96 clientError events in 10m",
                "description": "Sample: clientError Error [ERR_HTTP_REQUEST_TIMEOUT]: Request timeout "
                               "(remote 198.51.100.23, server.requestTimeout 300000)"})
    family.add(NODE, DNS, "getaddrinfo EAI_FAIL from Node (the resolver failed)",
               {"alertname": "LokiNodeErrors", "severity": "warning", "namespace": "notify",
                "app": "notify-node"},
               {"summary": "notify-node: 73 error lines in 5m",
                "description": "Error: getaddrinfo EAI_FAIL smtp.mailer.internal\n    at GetAddrInfoReqWrap."
                               "onlookup [as oncomplete] (node:dns:120:26) {\n  errno: -3007,\n  code: "
                               "'EAI_FAIL',\n  syscall: 'getaddrinfo',\n  hostname: 'smtp.mailer.internal'\n}"})


PEEWEE = ("coleifer/peewee", "playhouse/pool.py", "0005014eaea3f5eb66ec9ae9285c456b39421a94")


def peewee_items():
    """peewee's PooledDatabase: `raise ValueError('Exceeded maximum connections.')` when every pooled
    connection is in use, and its debug line for a stale connection closed."""
    family.add(PEEWEE, POOL, "peewee pool full in a Loki log alert",
               {"alertname": "LokiPythonErrors", "severity": "warning", "namespace": "forms",
                "app": "forms-flask"},
               {"summary": "forms-flask: 58 error lines in 5m",
                "description": "Traceback (most recent call last): ... File \"/usr/lib/python3/dist-packages/"
                               "playhouse/pool.py\", line 36, in _connect\nValueError: Exceeded maximum "
                               "connections."})
    family.add(PEEWEE, POOL, "peewee pool full quoted by a 5xx-ratio alert (rule 1)",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "forms-flask",
                "namespace": "forms"},
               {"summary": "forms-flask: 14% of requests answered 500 over 5m",
                "description": "Top exception: ValueError: Exceeded maximum connections. (PooledPostgresqlDatabase "
                               "max_connections=20)"})
    family.add(PEEWEE, None, "peewee closes a stale pooled connection (recycled for age, rule 12)",
               {"alertname": "LokiPythonWarnings", "severity": "info", "namespace": "forms",
                "app": "forms-flask"},
               {"summary": "forms-flask: pool debug lines",
                "description": "DEBUG peewee.pool: Connection 140233917542864 was stale, closing."})


SYMFONY = ("symfony/symfony", "src/Symfony/Component/HttpClient/Response/TransportResponseTrait.php",
           "19f3b546bd021aa32dfb8118ba7e3f70615c19d9")


def symfony_items():
    """Symfony HttpClient: `Idle timeout reached for "%s".` when the upstream sends nothing in time."""
    family.add(SYMFONY, UT, "Symfony HttpClient idle timeout in a Datadog log monitor",
               {"alertname": "[Logs] HttpClient errors in checkout-symfony", "monitor_type": "log alert",
                "service": "checkout-symfony", "env": "prod"},
               {"summary": "checkout-symfony: 143 logs matched in 10m",
                "description": "Sample: Symfony\\Component\\HttpClient\\Exception\\TransportException: Idle timeout "
                               "reached for \"https://api.psp.example/v2/payments\"."})
    family.add(SYMFONY, UT, "Symfony HttpClient idle timeout quoted by a latency alert (rule 1)",
               {"alertname": "SlowEndpoint", "severity": "warning", "service": "shipping-symfony",
                "endpoint": "/api/rates"},
               {"summary": "shipping-symfony p95 above 20s for 15m",
                "description": "Slow requests end with: Idle timeout reached for \"https://rates.carrier.example/"
                               "v1/quote\"."})
    family.add(SYMFONY, None, "HttpClient timeout option changed (a setting, rule 9)",
               {"alertname": "ConfigDriftDetected", "severity": "info", "service": "shipping-symfony"},
               {"summary": "shipping-symfony configuration changed",
                "description": "framework.http_client.scoped_clients.carrier.client.timeout: 10 -> 30 "
                               "(config/packages/framework.yaml, commit 3e1f9a2)"})


DART = ("dart-lang/sdk", "sdk/lib/async/future_impl.dart", "181efd76eeb55e2fc6014dd25f00a652da81247a")


def dart_items():
    """Dart's Future.timeout: `TimeoutException after <duration>: Future not completed`."""
    family.add(DART, UT, "Dart backend gave up on an upstream HTTP call (Future.timeout)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "mobile-bff",
                "app": "bff-dart"},
               {"summary": "bff-dart: 88 error lines in 5m",
                "description": "SEVERE: GET http://loyalty-api.loyalty.svc:8080/v1/points failed: "
                               "TimeoutException after 0:00:10.000000: Future not completed"})


SSREDIS = ("ServiceStack/ServiceStack.Redis", "src/ServiceStack.Redis/RedisManagerPool.cs",
           "c22d9ee2c9a5205c2b2d9f82e2c74e3c1ce23935")
SS_POOL = ("Redis Timeout expired. The timeout period elapsed prior to obtaining a connection from the pool. "
           "This may have occurred because all pooled connections were in use.")


def ssredis_items():
    """ServiceStack.Redis's PoolTimeoutError."""
    family.add(SSREDIS, POOL, "ServiceStack.Redis pool timeout in an Application Insights log alert",
               {"alertname": "Exceptions in cart-api", "severity": "Sev2", "cloud_RoleName": "Cart.Api",
                "monitor_service": "Log Alerts V2"},
               {"summary": "Cart.Api: 301 exceptions in 10 minutes",
                "description": "System.TimeoutException: " + SS_POOL + "\n   at ServiceStack.Redis."
                               "RedisManagerPool.GetClient(Boolean forAsync)"})
    family.add(SSREDIS, POOL, "ServiceStack.Redis pool timeout as a Sentry issue",
               {"alertname": "SentryIssueAlert", "project": "session-svc", "level": "error"},
               {"summary": "New issue in session-svc",
                "title": "TimeoutException: " + SS_POOL,
                "culprit": "SessionStore.Get"})


sequel_items()
oracledb_items()
wolfssl_items()
mbedtls_items()
postgrex_items()
mssql_items()
jetty_items()
gai_items()
resilience4j_items()
torch_items()
gox509_items()
pdo_items()
ghc_items()
node_items()
peewee_items()
symfony_items()
dart_items()
ssredis_items()
family.write()
