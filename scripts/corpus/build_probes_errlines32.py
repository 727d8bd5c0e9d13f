#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_errlines32.jsonl: error lines of libraries, drivers and runtimes
that no family quoted yet, inside log-based or symptom alerts (Loki, Elastic, Datadog, Graylog and Splunk
log monitors, Sentry issue alerts, Azure Monitor log alerts, error-ratio and latency alerts whose
description quotes the error).

Causes: Dart's dio timeouts and a 429 it was answered, the Dart VM's "Exhausted heap space", dart:io's
FileSystemException on ENOSPC and HandshakeException on an expired certificate, postgresql-dart's 40P01 and 53300
frames, ReactPHP's DNS resolver (NXDOMAIN, SERVFAIL, REFUSED, query timeouts, retries used up) and its socket
connector (connect timeout, lookup failure, refused), PHP's file_put_contents short write, Redix's timeout and
refused connection, rustls' expired-certificate texts, Rust's std::io "(os error 28/12/110)", Symfony HttpClient's
max duration and failed lookup, Symfony RateLimiter's refusal, RabbitMQ's .NET client with refused and unresolved
endpoints, EF Core's retry and transient-failure wrappers around a deadlock victim and "too many clients", kotlinx
coroutines' withTimeout on an upstream call, Vapor AsyncKit's and SeaORM's pool waits, Dalli's memcached servers
down, unresolved and timing out, Azure.Core's retries ending on "No such host is known" and refused connections, an
Azure 429.

Look-alikes (null): dio's 401 and cancelled requests, a missing configuration file, Dart handshakes failing on an
unknown issuer or a host-name mismatch, a serialization failure, DNS queries cancelled, a resolv.conf that did not
load, an AAAA NODATA answer, a connector given an invalid URI, Redis NOAUTH and WRONGTYPE errors, a certificate for
another name, issued by an unknown CA or revoked, an expired revocation list, SMTP authentication and recipient
refusals, RabbitMQ's ACCESS_REFUSED, EF Core's wrappers on their own, a job's own withTimeout, Oban's job timeout,
pools shut down, a database login refused, a memcached server back up, a fork reconnect, an optimistic-locking
stale object, Azure 403 and 409 answers, permission denied and a read-only file system.

Labels were decided from each alert's meaning under POLICY.md (rules 1, 3, 5, 8, 10, 11, 12, 13, 14)
before the classifier ran on the file; see the SOURCES.md section "probes_errlines32".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_errlines32.jsonl")
POOL = "connection_pool_exhaustion"
DL = "deadlock"
UT = "upstream_timeout"
DNS = "dns_failure"
CERT = "certificate_expiry"
OOM = "out_of_memory"
DISK = "disk_full"
ND = "node_down"
RL = "rate_limited"

DIO = ("cfug/dio", "dio/lib/src/dio_exception.dart", "a6fc168412e1545052d51cbebb170f3dd8dfa0e6")


def dio_items():
    """dio's DioException (`toString`: "DioException [<type>]: <message>")."""
    family.add(DIO, UT, "dio receive timeout calling an upstream, Datadog log monitor",
               {"alertname": "[Log Monitor] pricing-bff upstream errors", "monitor_type": "log alert",
                "service": "pricing-bff", "env": "prod"},
               {"summary": "pricing-bff: 148 error logs in the last 10 minutes",
                "description": "Top pattern: DioException [receive timeout]: The request took longer than "
                               "0:00:15.000000 to receive data. It was aborted. "
                               "(GET https://rates.internal/v3/quotes)"})
    family.add(DIO, UT, "dio connection timeout to an upstream, Loki alert",
               {"alertname": "DartServiceUpstreamErrors", "severity": "warning", "namespace": "mobile-edge",
                "app": "catalog-frog"},
               {"summary": "catalog-frog cannot complete calls to media-api",
                "description": "Line: [SEVERE] 2026-12-06 04:12:55.904 media client: DioException [connection "
                               "timeout]: The request connection took longer than 0:00:05.000000. It was "
                               "aborted."})
    family.add(DIO, UT, "dio receive timeout as the top error of an error-ratio alert (rule 1)",
               {"alertname": "ErrorRatioHigh", "severity": "critical", "service": "loyalty-gateway",
                "team": "mobile"},
               {"summary": "loyalty-gateway: 7.4% of requests failed over 15m",
                "description": "Most frequent error: DioException [receive timeout]: The request took longer "
                               "than 0:00:30.000000 to receive data. It was aborted."})
    family.add(DIO, RL, "dio: the upstream answered 429 (label-only evidence, rule 3)",
               {"alertname": "SentryIssueAlert", "project": "route-planner-api", "level": "error",
                "environment": "production"},
               {"summary": "New issue in route-planner-api",
                "title": "DioException [bad response]: The request returned an invalid status code of 429.",
                "culprit": "MapsClient.directions"})
    family.add(DIO, None, "dio: a 401 answer (authentication, not a signature)",
               {"alertname": "SentryIssueAlert", "project": "route-planner-api", "level": "error",
                "environment": "production"},
               {"summary": "New issue in route-planner-api",
                "title": "DioException [bad response]: The request returned an invalid status code of 401.",
                "culprit": "BillingClient.invoices"})
    family.add(DIO, None, "dio: requests cancelled by the caller (rule 13)",
               {"alertname": "DartServiceErrors", "severity": "info", "namespace": "mobile-edge",
                "app": "search-frog"},
               {"summary": "search-frog logged 61 errors in 5m",
                "description": "Line: [WARNING] typeahead: DioException [request cancelled]: The request was "
                               "cancelled."})


DART_HEAP = ("dart-lang/sdk", "runtime/vm/heap/heap.cc", "0a7cd496e934f34c6de824cae3ec235dfdb64669")
DART_FILE = ("dart-lang/sdk", "sdk/lib/io/file_impl.dart", "a280d0a16ccb4337c8ffc59e75bb210ff808ab73")


def dart_items():
    """The Dart VM's heap exhaustion message and dart:io's FileSystemException around an OSError."""
    family.add(DART_HEAP, OOM, "Dart VM: heap exhausted (rule 12)",
               {"alertname": "ElasticLogThreshold", "rule.name": "dart-vm-fatal", "severity": "critical",
                "host.name": "tiles-render-5"},
               {"summary": "3 log entries matched dart-vm-fatal in the last 5 minutes",
                "description": "message: Exhausted heap space, trying to allocate 268435472 bytes.\n"
                               "Unhandled exception:\nOut of Memory"})
    family.add(DART_FILE, DISK, "dart:io write failed with ENOSPC",
               {"alertname": "LokiLogAlert", "severity": "critical", "namespace": "maps",
                "app": "tiles-cache"},
               {"summary": "tiles-cache failed to persist tiles",
                "description": "Line: FileSystemException: writeFrom failed, path = '/var/cache/tiles/z14.mbtiles' "
                               "(OS Error: No space left on device, errno = 28)"})
    family.add(DART_FILE, None, "dart:io: a configuration file that does not exist (a setting)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "maps",
                "app": "tiles-cache"},
               {"summary": "tiles-cache logged an error at start-up",
                "description": "Line: FileSystemException: Cannot open file, path = '/etc/tiles/overrides.yaml' "
                               "(OS Error: No such file or directory, errno = 2)"})


RDNS = "reactphp/dns"
RDNS_COMMIT = "c134600642fa615b46b41237ef243daa65bb64ec"
RDNS_RESOLVER = (RDNS, "src/Resolver/Resolver.php", RDNS_COMMIT)
RDNS_TIMEOUT = (RDNS, "src/Query/TimeoutExecutor.php", RDNS_COMMIT)
RDNS_RETRY = (RDNS, "src/Query/RetryExecutor.php", RDNS_COMMIT)
RDNS_COOP = (RDNS, "src/Query/CoopExecutor.php", RDNS_COMMIT)
RDNS_CONFIG = (RDNS, "src/Config/Config.php", RDNS_COMMIT)


def reactdns_items():
    """ReactPHP's async resolver: "DNS query for <name> (<type>) ..." texts."""
    family.add(RDNS_RESOLVER, DNS, "ReactPHP DNS: NXDOMAIN in a Graylog event",
               {"alertname": "GraylogEventDefinition", "event_definition": "webhook worker DNS errors",
                "source": "hooks-worker-2"},
               {"summary": "webhook worker DNS errors: 22 messages in 5m",
                "description": "message: delivery 91f3 failed: DNS query for hooks.partner-retail.example (A) "
                               "returned an error response (Non-Existent Domain / NXDOMAIN)"})
    family.add(RDNS_RESOLVER, DNS, "ReactPHP DNS: SERVFAIL answers, Loki alert",
               {"alertname": "PhpAsyncWorkerErrors", "severity": "warning", "namespace": "crawler",
                "app": "feed-crawler"},
               {"summary": "feed-crawler: resolution errors",
                "description": "Line: [error] fetch https://feeds.news-wire.example/rss: DNS query for "
                               "feeds.news-wire.example (AAAA) returned an error response (Server Failure)"})
    family.add(RDNS_RESOLVER, DNS, "ReactPHP DNS: the server refused the query",
               {"alertname": "[Log Monitor] chat-gateway resolver errors", "monitor_type": "log alert",
                "service": "chat-gateway", "env": "staging"},
               {"summary": "chat-gateway: 40 error logs in 5 minutes",
                "description": "DNS query for push.vendor-mobile.example (A) returned an error response (Refused)"})
    family.add(RDNS_TIMEOUT, DNS, "ReactPHP DNS: query timed out (a lookup timing out, rule 13)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "crawler",
                "app": "feed-crawler"},
               {"summary": "feed-crawler: 310 lines matched in 10m",
                "description": "Line: [error] DNS query for cdn.imgsrv.example (A) timed out"})
    family.add(RDNS_RETRY, DNS, "ReactPHP DNS: retries used up (rule 13)",
               {"alertname": "SplunkAlert", "search_name": "php-async resolver failures", "severity": "high",
                "host": "notify-php-1"},
               {"summary": "php-async resolver failures: 17 results",
                "description": "RuntimeException: DNS query for smtp-relay.mail.internal (A) failed: too many "
                               "retries"})
    family.add(RDNS_COOP, None, "ReactPHP DNS: queries cancelled by the caller (rule 13)",
               {"alertname": "PhpAsyncWorkerErrors", "severity": "info", "namespace": "crawler",
                "app": "feed-crawler"},
               {"summary": "feed-crawler: 95 warnings in 5m",
                "description": "Line: [warning] DNS query for static.shop-assets.example (AAAA) has been cancelled"})
    family.add(RDNS_CONFIG, None, "ReactPHP DNS: resolv.conf not loaded (configuration)",
               {"alertname": "ContainerStartupErrors", "severity": "warning", "namespace": "notify",
                "container": "notify-php"},
               {"summary": "notify-php logged an error during start-up",
                "description": "RuntimeException: Unable to load resolv.conf file \"/etc/resolv.conf\""})
    family.add(RDNS_RESOLVER, None, "ReactPHP DNS: no AAAA record for a name that has A records (decision 1)",
               {"alertname": "LokiLogAlert", "severity": "info", "namespace": "crawler", "app": "feed-crawler"},
               {"summary": "feed-crawler: 1204 debug lines matched in 10m",
                "description": "Line: [debug] happy-eyeballs: DNS query for api.weather-feed.example (AAAA) did "
                               "not return a valid answer (NOERROR / NODATA); connected over IPv4"})


RSOCK = "reactphp/socket"
RSOCK_COMMIT = "d454a1e35a482b6e3092052825227a04e56cb1cc"


def reactsocket_items():
    """ReactPHP's connectors: "Connection to <uri> ..." texts."""
    family.add((RSOCK, "src/TimeoutConnector.php", RSOCK_COMMIT), UT, "ReactPHP: connect timeout to a database",
               {"alertname": "ElasticLogThreshold", "rule.name": "php-async-errors", "severity": "warning",
                "service.name": "ledger-ws"},
               {"summary": "52 log entries matched in the last 5 minutes",
                "description": "error.message: Connection to tcp://10.30.4.18:3306 timed out after 3 seconds "
                               "(ETIMEDOUT)"})
    family.add((RSOCK, "src/DnsConnector.php", RSOCK_COMMIT), DNS, "ReactPHP: connection failed during DNS lookup",
               {"alertname": "SentryIssueAlert", "project": "ledger-ws", "level": "error"},
               {"summary": "New issue in ledger-ws",
                "title": "RuntimeException: Connection to tcp://redis-cache.ledger.svc:6379 failed during DNS "
                         "lookup: DNS query for redis-cache.ledger.svc (A) returned an error response "
                         "(Non-Existent Domain / NXDOMAIN)",
                "culprit": "Clue\\React\\Redis\\Factory::createClient"})
    family.add((RSOCK, "src/TcpConnector.php", RSOCK_COMMIT), ND, "ReactPHP: connection refused (rule 11)",
               {"alertname": "LatencyP95High", "severity": "warning", "service": "ledger-ws"},
               {"summary": "ledger-ws p95 above 2s for 10m",
                "description": "Errors in the slow requests: Connection to tcp://10.30.4.22:5672 failed: "
                               "Connection refused (ECONNREFUSED)"})
    family.add((RSOCK, "src/HappyEyeBallsConnectionBuilder.php", RSOCK_COMMIT), None,
               "ReactPHP: connection cancelled during the lookup (the caller gave up, rule 13)",
               {"alertname": "ElasticLogThreshold", "rule.name": "php-async-errors", "severity": "info",
                "service.name": "ledger-ws"},
               {"summary": "11 log entries matched in the last 5 minutes",
                "description": "error.message: Connection to tcp://search.ledger.svc:9200 cancelled during DNS "
                               "lookup (ECONNABORTED)"})
    family.add((RSOCK, "src/TcpConnector.php", RSOCK_COMMIT), None, "ReactPHP: an invalid URI (configuration)",
               {"alertname": "SentryIssueAlert", "project": "ledger-ws", "level": "error"},
               {"summary": "New issue in ledger-ws",
                "title": "InvalidArgumentException: Given URI \"tcp://:6379\" is invalid (EINVAL)",
                "culprit": "React\\Socket\\TcpConnector::connect"})


REDIX = ("whatyouhide/redix", "lib/redix/exceptions.ex", "ca11f5001dc0253482c250c67dbcb7da224d2cfe")


def redix_items():
    """Redix.ConnectionError (reason formatted by :inet.format_error) and Redix.Error (Redis's own
    semantic errors)."""
    family.add(REDIX, UT, "Redix: Redis did not reply in time",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "presence",
                "app": "presence-phx"},
               {"summary": "presence-phx: 77 error lines in 5m",
                "description": "Line: [error] GenServer PresenceTracker terminating\n"
                               "** (Redix.ConnectionError) timeout\n"
                               "    (redix 1.5.2) lib/redix.ex:707: Redix.pipeline!/3"})
    family.add(REDIX, ND, "Redix: connection refused (rule 11)",
               {"alertname": "AppsignalErrorIncident", "app": "sessions-phx", "environment": "production",
                "namespace": "web"},
               {"summary": "New error incident in sessions-phx",
                "description": "** (Redix.ConnectionError) connection refused (redis://10.60.1.9:6379)"})
    family.add(REDIX, None, "Redix.Error: NOAUTH (authentication)",
               {"alertname": "AppsignalErrorIncident", "app": "sessions-phx", "environment": "production",
                "namespace": "web"},
               {"summary": "New error incident in sessions-phx",
                "description": "** (Redix.Error) NOAUTH Authentication required."})
    family.add(REDIX, None, "Redix.Error: WRONGTYPE (a programming error)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "presence",
                "app": "presence-phx"},
               {"summary": "presence-phx: 9 error lines in 5m",
                "description": "Line: ** (Redix.Error) WRONGTYPE Operation against a key holding the wrong kind "
                               "of value"})


RUSTLS = ("rustls/rustls", "rustls/src/error/mod.rs", "6868ee84dd62b4292b760cb7ba487cb37f86a95f")


def rustls_items():
    """rustls' Display texts: "invalid peer certificate: <CertificateError>" and "received fatal alert:
    the peer <alert>"."""
    family.add(RUSTLS, CERT, "rustls: peer certificate expired, in a reqwest error line",
               {"alertname": "LokiLogAlert", "severity": "critical", "namespace": "payments",
                "app": "settlement-rs"},
               {"summary": "settlement-rs cannot reach the clearing house",
                "description": "Line: ERROR settlement_rs::clearing: error sending request for url "
                               "(https://api.clearing-house.example/v2/batches): client error (Connect): invalid "
                               "peer certificate: certificate expired: verification time 1796536800 (UNIX), but "
                               "certificate is not valid after 1796515199 (21601 seconds ago)"})
    family.add(RUSTLS, CERT, "rustls: expired certificate as the top error of an error-ratio alert (rule 1)",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "edge-proxy-rs",
                "namespace": "edge"},
               {"summary": "edge-proxy-rs: 31% of upstream calls failed over 5m",
                "description": "Top error: invalid peer certificate: certificate expired: verification time "
                               "1796540412 (UNIX), but certificate is not valid after 1796428800 (111612 seconds "
                               "ago)"})
    family.add(RUSTLS, CERT, "rustls: the peer rejected our certificate as expired",
               {"alertname": "[Log Monitor] mtls handshake failures", "monitor_type": "log alert",
                "service": "ingest-gw", "env": "prod"},
               {"summary": "ingest-gw: 640 handshake errors in 10 minutes",
                "description": "WARN ingest_gw::tls: handshake with 10.8.3.41:52114 failed: received fatal alert: "
                               "the peer found the certificate to be expired"})
    family.add(RUSTLS, None, "rustls: a certificate for other names (a mismatch, not expiry)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "payments",
                "app": "settlement-rs"},
               {"summary": "settlement-rs TLS errors",
                "description": "Line: ERROR invalid peer certificate: certificate not valid for name "
                               "\"ledger.payments.svc\"; certificate is only valid for *.internal.example"})
    family.add(RUSTLS, None, "rustls: an expired revocation list (decision 2)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "edge", "app": "edge-proxy-rs"},
               {"summary": "edge-proxy-rs: CRL checks failing",
                "description": "Line: ERROR invalid peer certificate: certificate revocation list expired: "
                               "verification time 1796536800 (UNIX), but CRL is not valid after 1796450400 "
                               "(86400 seconds ago)"})
    family.add(RUSTLS, None, "rustls: an issuer that is not trusted",
               {"alertname": "SentryIssueAlert", "project": "settlement-rs", "level": "error"},
               {"summary": "New issue in settlement-rs",
                "title": "reqwest::Error: error sending request: invalid peer certificate: UnknownIssuer",
                "culprit": "settlement_rs::bank::fetch_statements"})
    family.add(RUSTLS, None, "rustls: the peer found the certificate revoked",
               {"alertname": "[Log Monitor] mtls handshake failures", "monitor_type": "log alert",
                "service": "ingest-gw", "env": "prod"},
               {"summary": "ingest-gw: 12 handshake errors in 10 minutes",
                "description": "WARN ingest_gw::tls: handshake with 10.8.7.3:40022 failed: received fatal alert: "
                               "the peer found the certificate to be revoked"})


SF = "symfony/symfony"
SF_NATIVE = (SF, "src/Symfony/Component/HttpClient/NativeHttpClient.php", "82fed8e00d97a80cd4ebfc03611ded495f2a4069")
SF_LIMIT = (SF, "src/Symfony/Component/RateLimiter/Exception/RateLimitExceededException.php",
            "ccfb24aed3659b280a281a36380b4b368c7629b1")
SF_SMTP = (SF, "src/Symfony/Component/Mailer/Transport/Smtp/SmtpTransport.php",
           "71477514dd1a839fedd1db139f5496ec178a9480")


def symfony_items():
    """Symfony HttpClient's TransportException texts, RateLimiter's refusal and Mailer's SMTP refusals."""
    family.add(SF_NATIVE, UT, "Symfony HttpClient: max duration reached on an upstream call",
               {"alertname": "[Log Monitor] shop-api transport errors", "monitor_type": "log alert",
                "service": "shop-api", "env": "prod"},
               {"summary": "shop-api: 93 error logs in 10 minutes",
                "description": "request.CRITICAL: Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception"
                               "\\TransportException: \"Max duration was reached for "
                               "\"https://erp.internal/api/stock/levels\".\""})
    family.add(SF_NATIVE, DNS, "Symfony HttpClient: host not resolved",
               {"alertname": "SentryIssueAlert", "project": "shop-api", "level": "error",
                "environment": "production"},
               {"summary": "New issue in shop-api",
                "title": "TransportException: Could not resolve host \"tax-rates.vendor.example\".",
                "culprit": "App\\Tax\\RatesClient::fetch"})
    family.add(SF_LIMIT, RL, "Symfony RateLimiter refusing logins (throttled requests)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "accounts",
                "app": "accounts-symfony"},
               {"summary": "accounts-symfony: 420 lines matched in 5m",
                "description": "Line: app.WARNING: Symfony\\Component\\RateLimiter\\Exception\\"
                               "RateLimitExceededException: Rate Limit Exceeded (limiter login_ip, "
                               "retry after 2026-12-06T05:14:00+00:00)"})
    family.add(SF_SMTP, None, "Symfony Mailer: SMTP authentication refused",
               {"alertname": "[Log Monitor] mailer failures", "monitor_type": "log alert",
                "service": "newsletter-worker", "env": "prod"},
               {"summary": "newsletter-worker: 58 error logs in 10 minutes",
                "description": "Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "
                               "\"235\" but got code \"535\", with message \"535 5.7.8 Authentication credentials "
                               "invalid\"."})
    family.add(SF_SMTP, None, "Symfony Mailer: recipient rejected (validation)",
               {"alertname": "SentryIssueAlert", "project": "newsletter-worker", "level": "error"},
               {"summary": "New issue in newsletter-worker",
                "title": "UnexpectedResponseException: Expected response code \"250/251/252\" but got code "
                         "\"550\", with message \"550 5.1.1 <j.doe@old-domain.example>: Recipient address "
                         "rejected: User unknown in virtual mailbox table\".",
                "culprit": "App\\MessageHandler\\SendNewsletterHandler"})


RMQ = ("rabbitmq/rabbitmq-dotnet-client", "projects/RabbitMQ.Client/client/exceptions/BrokerUnreachableException.cs",
       "58fab44b44593a1cff0ca9ac328dc0fb016fcf9d")


def rabbitmq_dotnet_items():
    """BrokerUnreachableException "None of the specified endpoints were reachable": the inner exception
    names the cause (rule 1)."""
    family.add(RMQ, ND, "RabbitMQ .NET: endpoints unreachable, inner connection refused (rule 11)",
               {"alertname": "Failed dependency: RabbitMQ", "severity": "Sev2", "monitor_service": "Log Alerts V2",
                "cloud_RoleName": "Orders.Worker"},
               {"summary": "Orders.Worker: 24 exceptions in 5 minutes",
                "description": "RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified "
                               "endpoints were reachable\n ---> System.Net.Sockets.SocketException (111): "
                               "Connection refused 10.12.0.40:5672"})
    family.add(RMQ, DNS, "RabbitMQ .NET: endpoints unreachable, inner name not resolved",
               {"alertname": "AppExceptionSpike", "severity": "warning", "app": "invoice-consumer",
                "host": "invoice-vm-03"},
               {"summary": "invoice-consumer: 31 exceptions in 5m",
                "description": "BrokerUnreachableException: None of the specified endpoints were reachable ---> "
                               "System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Name or service not "
                               "known"})
    family.add(RMQ, None, "RabbitMQ .NET: endpoints unreachable, inner ACCESS_REFUSED (authentication)",
               {"alertname": "AppExceptionSpike", "severity": "warning", "app": "invoice-consumer",
                "host": "invoice-vm-01"},
               {"summary": "invoice-consumer: 12 exceptions in 5m",
                "description": "BrokerUnreachableException: None of the specified endpoints were reachable ---> "
                               "RabbitMQ.Client.Exceptions.AuthenticationFailureException: ACCESS_REFUSED - Login "
                               "was refused using authentication mechanism PLAIN. For details see the broker "
                               "logfile."})


EF = "dotnet/efcore"
EF_COMMIT = "ecd0ba4c23377e479ce94c74119c499f1339351c"
EF_CORE = (EF, "src/EFCore/Properties/CoreStrings.resx", EF_COMMIT)
EF_SQL = (EF, "src/EFCore.SqlServer/Properties/SqlServerStrings.resx", EF_COMMIT)
EF_RETRY = ("The maximum number of retries (6) was exceeded while executing database operations with "
            "'{}'. See the inner exception for the most recent failure.")
EF_TRANSIENT = ("An exception has been raised that is likely due to a transient failure. Consider enabling "
                "transient error resiliency by adding 'EnableRetryOnFailure' to the 'UseSqlServer' call.")


def efcore_items():
    """EF Core's execution-strategy wrappers: on their own they name no cause; the inner exception decides."""
    family.add(EF_CORE, None, "EF Core: retries exhausted, no inner cause quoted",
               {"alertname": "SentryIssueAlert", "project": "Booking.Api", "level": "error",
                "environment": "production"},
               {"summary": "New issue in Booking.Api",
                "title": "RetryLimitExceededException: " + EF_RETRY.format("NpgsqlRetryingExecutionStrategy"),
                "culprit": "Booking.Api.Reservations.ReservationService.ConfirmAsync"})
    family.add(EF_CORE, POOL, "EF Core: retries exhausted, the inner error is PostgreSQL's connection limit",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "booking-api",
                "namespace": "booking"},
               {"summary": "booking-api: 12% of requests failed over 10m",
                "description": "Top exception: Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException: "
                               + EF_RETRY.format("NpgsqlRetryingExecutionStrategy") + "\n ---> Npgsql."
                               "PostgresException (0x80004005): 53300: sorry, too many clients already"})
    family.add(EF_SQL, None, "EF Core: the transient-failure advice alone",
               {"alertname": "Failed requests", "severity": "Sev3", "monitor_service": "Log Alerts V2",
                "cloud_RoleName": "Claims.Web"},
               {"summary": "Claims.Web: 9 failed requests in 15 minutes",
                "description": "System.InvalidOperationException: " + EF_TRANSIENT})
    family.add(EF_SQL, DL, "EF Core: transient failure wrapping a deadlock victim (rule 1)",
               {"alertname": "Failed requests", "severity": "Sev2", "monitor_service": "Log Alerts V2",
                "cloud_RoleName": "Claims.Web"},
               {"summary": "Claims.Web: 41 failed requests in 15 minutes",
                "description": "System.InvalidOperationException: " + EF_TRANSIENT + "\n ---> Microsoft.Data."
                               "SqlClient.SqlException (0x80131904): Transaction (Process ID 88) was deadlocked "
                               "on lock resources with another process and has been chosen as the deadlock "
                               "victim. Rerun the transaction."})


KTX = ("Kotlin/kotlinx.coroutines", "kotlinx-coroutines-core/common/src/Timeout.kt",
       "0acf116e7431daf0647ca735ee28aed15eaeace1")


def kotlin_items():
    """kotlinx.coroutines' withTimeout: "Timed out waiting for <n> ms"; the frame says what timed out."""
    family.add(KTX, UT, "withTimeout around a call to an upstream service",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "fulfilment",
                "app": "shipping-ktor"},
               {"summary": "shipping-ktor: carrier rate calls failing",
                "description": "Line: ERROR c.e.shipping.CarrierClient - rates call to "
                               "https://carrier-gw.internal/v1/rates failed: kotlinx.coroutines."
                               "TimeoutCancellationException: Timed out waiting for 2500 ms"})
    family.add(KTX, None, "withTimeout around a batch job's own run (rule 10)",
               {"alertname": "ScheduledJobFailed", "severity": "warning", "namespace": "fulfilment",
                "job": "nightly-manifest-export"},
               {"summary": "nightly-manifest-export aborted",
                "description": "ManifestExportJob exceeded its run limit: kotlinx.coroutines."
                               "TimeoutCancellationException: Timed out waiting for 1800000 ms"})


ASYNCKIT = ("vapor/async-kit", "Sources/AsyncKit/ConnectionPool/ConnectionPoolError.swift",
            "7bd2e5c0b81f6820a4d13cc7872054829ecd8add")
SEAORM = ("SeaQL/sea-orm", "src/error.rs", "2d424af2fda7970353edcd9de054ed6b385aca6b")


def pool_items():
    """Vapor AsyncKit's pool errors and SeaORM's DbErr texts."""
    family.add(ASYNCKIT, POOL, "Vapor: a connection request timed out waiting for the pool",
               {"alertname": "LokiLogAlert", "severity": "critical", "namespace": "tickets",
                "app": "tickets-vapor"},
               {"summary": "tickets-vapor: 188 error lines in 5m",
                "description": "Line: [ ERROR ] AsyncKit.ConnectionPoolTimeoutError.connectionRequestTimeout "
                               "[request-id: 4C1F0B2E, database: psql]"})
    family.add(ASYNCKIT, None, "Vapor: the pool was shut down (rule 12)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "tickets",
                "app": "tickets-vapor"},
               {"summary": "tickets-vapor: 4 error lines in 5m",
                "description": "Line: [ ERROR ] AsyncKit.ConnectionPoolError.shutdown (during graceful "
                               "shutdown of pod tickets-vapor-7d5c9-wq2lx)"})
    family.add(SEAORM, POOL, "SeaORM: could not acquire a pooled connection",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "inventory-axum",
                "namespace": "inventory"},
               {"summary": "inventory-axum: 18% of requests answered 500 over 5m",
                "description": "Top error: DbErr: Failed to acquire connection from pool"})
    family.add(SEAORM, None, "SeaORM: a connection error that is a password failure",
               {"alertname": "PodStartupErrors", "severity": "warning", "namespace": "inventory",
                "container": "inventory-axum"},
               {"summary": "inventory-axum logged an error during start-up",
                "description": "Connection Error: error returned from database: password authentication failed "
                               "for user \"inventory_rw\""})


DALLI = "petergoldstein/dalli"
DALLI_COMMIT = "614d15494fc928a21d4de118c334dffa96fcb5b6"
DALLI_CM = (DALLI, "lib/dalli/protocol/connection_manager.rb", DALLI_COMMIT)


def dalli_items():
    """Dalli's memcached client: "<host:port> is down: <class> <message>", its ring and its warnings."""
    family.add((DALLI, "lib/dalli/ring.rb", DALLI_COMMIT), ND, "Dalli: no memcached server available (rule 11)",
               {"alertname": "SentryIssueAlert", "project": "storefront-rails", "level": "error"},
               {"summary": "New issue in storefront-rails",
                "title": "Dalli::RingError: No server available",
                "culprit": "ProductsController#show"})
    family.add(DALLI_CM, ND, "Dalli: server down, connection refused (rule 11)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "storefront",
                "app": "storefront-rails"},
               {"summary": "storefront-rails: cache errors",
                "description": "Line: Dalli::NetworkError: mc-2.cache.internal:11211 is down: Errno::ECONNREFUSED "
                               "Connection refused - connect(2) for 10.20.6.12:11211"})
    family.add(DALLI_CM, DNS, "Dalli: server marked down because its name does not resolve (rule 1)",
               {"alertname": "ElasticLogThreshold", "rule.name": "rails-cache-errors", "severity": "warning",
                "service.name": "storefront-rails"},
               {"summary": "29 log entries matched in the last 5 minutes",
                "description": "message: Dalli::NetworkError: memcached-sessions.prod.internal:11211 is down: "
                               "SocketError getaddrinfo: Name or service not known"})
    family.add((DALLI, "lib/dalli/socket.rb", DALLI_COMMIT), UT,
               "Dalli: server marked down after IO timeouts (a timeout, rule 11)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "storefront",
                "app": "storefront-jruby"},
               {"summary": "storefront-jruby: cache errors",
                "description": "Line: Dalli::NetworkError: mc-1.cache.internal:11211 is down: Timeout::Error IO "
                               "timeout: {:socket_timeout=>0.5, :down_retry_delay=>30}"})
    family.add(DALLI_CM, None, "Dalli: a server back after a short downtime (recovery, rule 14)",
               {"alertname": "LokiLogAlert", "severity": "info", "namespace": "storefront",
                "app": "storefront-rails"},
               {"summary": "storefront-rails: cache warnings",
                "description": "Line: W, [2026-12-06T05:02:11 #7] WARN -- : mc-2.cache.internal:11211 is back "
                               "(downtime was 41.207 seconds)"})
    family.add(DALLI_CM, None, "Dalli: reconnect after a fork (expected)",
               {"alertname": "LokiLogAlert", "severity": "info", "namespace": "storefront",
                "app": "storefront-rails"},
               {"summary": "storefront-rails: 64 cache log lines in 5m",
                "description": "Line: I, [2026-12-06T05:03:40 #212] INFO -- : Fork detected, re-connecting child "
                               "process..."})


RAILS = ("rails/rails", "activerecord/lib/active_record/errors.rb", "d7d5a4bddf6f7ae6cd5da07f148b8f96af7977b3")


def rails_items():
    """Active Record's optimistic locking: a stale object is not a deadlock."""
    family.add(RAILS, None, "Active Record: stale object (optimistic locking)",
               {"alertname": "SentryIssueAlert", "project": "storefront-rails", "level": "error"},
               {"summary": "New issue in storefront-rails",
                "title": "ActiveRecord::StaleObjectError: Attempted to update a stale object: Order.",
                "culprit": "CheckoutController#update"})


AZ = "Azure/azure-sdk-for-net"
AZ_RETRY = (AZ, "sdk/core/Azure.Core/src/Pipeline/Internal/RetryPolicy.cs", "a8984249cd2c0e8e5a1b01858360d9f4a90db63a")
AZ_FAILED = (AZ, "sdk/core/Azure.Core/src/RequestFailedException.cs", "fe2c3d46deb1e32c7687144f9403dde1e4039116")


def azure_items():
    """Azure.Core's RetryPolicy ("Retry failed after {n} tries." with the inner messages) and
    RequestFailedException ("Service request failed.\\nStatus: <code> (<reason>)\\nErrorCode: ...")."""
    dns = " (No such host is known. (kv-orders-weu.vault.azure.net:443))"
    family.add(AZ_RETRY, DNS, "Azure.Core: retries ended on a name that does not resolve",
               {"alertname": "Exceptions: Orders.Api", "severity": "Sev2", "monitor_service": "Log Alerts V2",
                "cloud_RoleName": "Orders.Api"},
               {"summary": "Orders.Api: 57 exceptions in 5 minutes",
                "description": "System.AggregateException: Retry failed after 4 tries." + dns * 4})
    refused = " (Connection refused (10.44.3.9:443))"
    family.add(AZ_RETRY, ND, "Azure.Core: retries ended on refused connections (rule 11)",
               {"alertname": "AppExceptionSpike", "severity": "warning", "app": "blob-archiver",
                "host": "archiver-vm-2"},
               {"summary": "blob-archiver: 16 exceptions in 5m",
                "description": "AggregateException: Retry failed after 4 tries." + refused * 4})
    family.add(AZ_FAILED, RL, "Azure.Core: a 429 answer (throttled, rule 3)",
               {"alertname": "[Log Monitor] provisioning errors", "monitor_type": "log alert",
                "service": "env-provisioner", "env": "prod"},
               {"summary": "env-provisioner: 74 error logs in 10 minutes",
                "description": "Azure.RequestFailedException: Service request failed.\nStatus: 429 (Too Many "
                               "Requests)\nErrorCode: TooManyRequests"})
    family.add(AZ_FAILED, None, "Azure.Core: a 403 answer (authorisation)",
               {"alertname": "AppExceptionSpike", "severity": "warning", "app": "blob-archiver",
                "host": "archiver-vm-1"},
               {"summary": "blob-archiver: 22 exceptions in 5m",
                "description": "Azure.RequestFailedException: This request is not authorized to perform this "
                               "operation.\nStatus: 403 (This request is not authorized to perform this "
                               "operation.)\nErrorCode: AuthorizationFailure"})
    family.add(AZ_FAILED, None, "Azure.Core: a 409 answer (a conflict, not a signature)",
               {"alertname": "[Log Monitor] provisioning errors", "monitor_type": "log alert",
                "service": "env-provisioner", "env": "prod"},
               {"summary": "env-provisioner: 6 error logs in 10 minutes",
                "description": "Azure.RequestFailedException: The specified container already exists.\n"
                               "Status: 409 (The specified container already exists.)\nErrorCode: "
                               "ContainerAlreadyExists"})


DART_TLS = ("dart-lang/sdk", "runtime/bin/secure_socket_filter.cc", "ce484ec025964bade33cd1c0de416a8ac0276e56")
HANDSHAKE = ("HandshakeException: Handshake error in client (OS Error: \n\tCERTIFICATE_VERIFY_FAILED: {}"
             "(handshake.cc:393))")


def dart_tls_items():
    """dart:io's HandshakeException ("Handshake error in client") around BoringSSL's verify reason."""
    family.add(DART_TLS, CERT, "Dart: handshake failed on an expired certificate",
               {"alertname": "[Log Monitor] partner sync TLS errors", "monitor_type": "log alert",
                "service": "partner-sync-dart", "env": "prod"},
               {"summary": "partner-sync-dart: 211 error logs in 10 minutes",
                "description": "POST https://edi.partner-freight.example/v1/manifests failed: "
                               + HANDSHAKE.format("certificate has expired")})
    family.add(DART_TLS, None, "Dart: handshake failed on an unknown issuer",
               {"alertname": "[Log Monitor] partner sync TLS errors", "monitor_type": "log alert",
                "service": "partner-sync-dart", "env": "staging"},
               {"summary": "partner-sync-dart: 14 error logs in 10 minutes",
                "description": "GET https://edi-test.partner-freight.example/v1/ping failed: "
                               + HANDSHAKE.format("unable to get local issuer certificate")})
    family.add(DART_TLS, None, "Dart: handshake failed on a host-name mismatch",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "mobile-edge",
                "app": "catalog-frog"},
               {"summary": "catalog-frog TLS errors",
                "description": "Line: [SEVERE] media client: " + HANDSHAKE.format("Hostname mismatch")})


PGDART = ("isoos/postgresql-dart", "lib/src/exceptions.dart", "f09c4bf13a7a0f303f48eed1e0cb60892cd5eee7")


def pgdart_items():
    """postgresql-dart's PostgreSQLException.toString: "$severity $code: $message [Detail: ...]"."""
    family.add(PGDART, DL, "postgresql-dart: 40P01 deadlock detected",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "ledger",
                "app": "ledger-shelf"},
               {"summary": "ledger-shelf: 23 error lines in 5m",
                "description": "Line: SEVERE: transfer 7781 failed: PostgreSQLSeverity.error 40P01: deadlock "
                               "detected Detail: Process 30144 waits for ShareLock on transaction 9918271; blocked "
                               "by process 30187. Process 30187 waits for ShareLock on transaction 9918266; "
                               "blocked by process 30144. "})
    family.add(PGDART, POOL, "postgresql-dart: 53300 too many clients",
               {"alertname": "ErrorRatioHigh", "severity": "critical", "service": "ledger-shelf",
                "team": "payments"},
               {"summary": "ledger-shelf: 22% of requests failed over 5m",
                "description": "Top error: PostgreSQLSeverity.fatal 53300: sorry, too many clients already "})
    family.add(PGDART, None, "postgresql-dart: 40001 serialization failure (not a deadlock)",
               {"alertname": "LokiLogAlert", "severity": "info", "namespace": "ledger", "app": "ledger-shelf"},
               {"summary": "ledger-shelf: 6 error lines in 5m",
                "description": "Line: WARNING: retrying transfer 7790: PostgreSQLSeverity.error 40001: could not "
                               "serialize access due to concurrent update "})


PHP_FILE = ("php/php-src", "ext/standard/file.c", "b44b0b80e013f94186fd1b6de2d8f99390d962fc")
OBAN = ("oban-bg/oban", "lib/oban/timeout_error.ex", "404d76a7a5a08277fff2eb0cdbe37efbd4d53684")


def php_oban_items():
    """PHP's file_put_contents short write, and Oban's own job timeout."""
    family.add(PHP_FILE, DISK, "PHP: file_put_contents short write on a full disk",
               {"alertname": "[Log Monitor] shop-api warnings", "monitor_type": "log alert",
                "service": "shop-api", "env": "prod"},
               {"summary": "shop-api: 1380 warning logs in 10 minutes",
                "description": "php.WARNING: Warning: file_put_contents(): Only 0 of 18842 bytes written, "
                               "possibly out of free disk space {\"exception\":\"[object] (ErrorException(code: 0): "
                               "at /srv/shop/vendor/symfony/cache/Traits/FilesystemCommonTrait.php:113)\"}"})
    family.add(OBAN, None, "Oban: a job ended by its own timeout (rule 10)",
               {"alertname": "AppsignalErrorIncident", "app": "reports-phx", "environment": "production",
                "namespace": "Oban"},
               {"summary": "New error incident in reports-phx",
                "description": "** (Oban.TimeoutError) Reports.Workers.MonthlyExport timed out after 600000ms"})


RUST_IO = ("rust-lang/rust", "library/std/src/io/error.rs", "86d6d2b7389fe1b339402c1798edae8b695fc9ef")


def rust_io_items():
    """std::io::Error's Display for an OS error: "<strerror text> (os error <n>)"."""
    family.add(RUST_IO, DISK, "Rust: ENOSPC writing a buffer file",
               {"alertname": "ElasticLogThreshold", "rule.name": "vector-agent-errors", "severity": "critical",
                "host.name": "log-agg-3"},
               {"summary": "44 log entries matched in the last 5 minutes",
                "description": "message: ERROR vector::buffers: Failed to write record to disk buffer: No space "
                               "left on device (os error 28)"})
    family.add(RUST_IO, OOM, "Rust: ENOMEM mapping an index segment",
               {"alertname": "LokiLogAlert", "severity": "critical", "namespace": "search",
                "app": "search-indexer-rs"},
               {"summary": "search-indexer-rs failed to open segments",
                "description": "Line: ERROR indexer: mmap of segment 0f3a91c2.idx failed: Cannot allocate memory "
                               "(os error 12)"})
    family.add(RUST_IO, UT, "Rust: connect timed out to an upstream",
               {"alertname": "[Log Monitor] ingest-rs upstream errors", "monitor_type": "log alert",
                "service": "ingest-rs", "env": "prod"},
               {"summary": "ingest-rs: 97 error logs in 10 minutes",
                "description": "ERROR ingest_rs::sink: connect to clickhouse-2.analytics.internal:9000 failed: "
                               "Connection timed out (os error 110)"})
    family.add(RUST_IO, None, "Rust: permission denied (not a capacity problem)",
               {"alertname": "ElasticLogThreshold", "rule.name": "vector-agent-errors", "severity": "warning",
                "host.name": "log-agg-1"},
               {"summary": "3 log entries matched in the last 5 minutes",
                "description": "message: ERROR vector::sources::file: Failed reading file for fingerprinting: "
                               "Permission denied (os error 13) path=/var/log/secure"})
    family.add(RUST_IO, None, "Rust: a read-only file system (not full)",
               {"alertname": "LokiLogAlert", "severity": "warning", "namespace": "search",
                "app": "search-indexer-rs"},
               {"summary": "search-indexer-rs cannot write its lock file",
                "description": "Line: ERROR indexer: create /data/index/.lock: Read-only file system (os error 30)"})


dio_items()
dart_items()
reactdns_items()
reactsocket_items()
redix_items()
rustls_items()
symfony_items()
rabbitmq_dotnet_items()
efcore_items()
kotlin_items()
pool_items()
dalli_items()
rails_items()
azure_items()
dart_tls_items()
pgdart_items()
php_oban_items()
rust_io_items()
family.write()
