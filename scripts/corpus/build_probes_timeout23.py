#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_timeout23.jsonl: upstream timeouts as a service-mesh proxy,
RPC frameworks and HTTP/Redis/SSH clients word them, and their look-alikes (80 alerts, 30 null).

What the family tests: wordings of a caller giving up on its callee that no tuning family was
written from -- Linkerd2-proxy's `l5d-proxy-error` texts and its route metrics' `error` label
(RESPONSE_HEADERS_TIMEOUT, REQUEST_TIMEOUT, RESPONSE_STREAM_TIMEOUT, "response timeout"); Finagle's
request-timeout exceptions and stats; AsyncHttpClient, superagent, excon, http.rb, Micronaut,
go-retryablehttp and SmallRye Fault Tolerance timeouts; Lettuce's command and connect timeouts;
Connect-Go's `deadline_exceeded`; Fluent Bit's upstream connection and I/O timeouts; ssh's connect
timeout -- and the look-alikes that share their words: a proxy or server waiting for its *client*
(Linkerd TLS/protocol detection, sshd's ClientAlive and server-side "Connection from ... timed out"),
cancellations, an HTTP 408, timeout settings changed or printed, own time limits (Jenkins
build-timeout, pytest-timeout, Temporal workflow and activity timeouts), idle connections, sessions
and files closed, a collector's gather overrunning its interval (Telegraf), a deploy tool's wait
(Helm), recoveries, health checks that set a server down (Traefik), pool limits, refused
connections, 5xx ratios and latency without a timeout.

Labels, decided from each message's meaning under POLICY.md before the classifier ran (one reason
per item below; the SOURCES.md section lists the groups, the decisions where POLICY is silent and
the items left out under rule 6):
- `upstream_timeout`: a caller that gave up on something it called (rule 13), a connect timeout
  (rules 11, 15), a gateway's 504 for its backend (rule 3), also inside an error-ratio, latency or
  failed-job alert (rule 1).
- `node_down`: connection refused to the peer (rule 11); a gateway's server set down by its health
  checks (rule 9).
- `connection_pool_exhaustion`: a client's connection limit reached or too many waiters for a
  pooled connection (rules 7, 11).
- `high_error_rate` / `high_latency`: 5xx ratios and latency naming no timeout (rules 4, 15, 17).
- `dns_failure`: a failed name resolution (rule 13).
- `null`: rules 9, 10, 12, 13, 14, 15 and 16 as listed above.

Sources: the files at the commits named below (strings quoted as they stand); hosts, routes,
namespaces, values and the alert frames are ours.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

U, N, E, L, P, D, DL, Z = ("upstream_timeout", "node_down", "high_error_rate", "high_latency",
                           "connection_pool_exhaustion", "dns_failure", "deadlock", None)

LP = "linkerd/linkerd2-proxy"
LP_C = "29637b64f6cebedaf15bfbf516818d7a28a4d5a6"
LP_ERRORS = (LP, "linkerd/app/core/src/errors.rs", LP_C)
LP_RESPOND = (LP, "linkerd/app/core/src/errors/respond.rs", LP_C)
LP_LABELS = (LP, "linkerd/app/outbound/src/http/logical/policy/route/metrics/labels.rs", LP_C)
LP_OUT_ERR = (LP, "linkerd/app/outbound/src/metrics/error.rs", LP_C)
LP_IN_ERR = (LP, "linkerd/app/inbound/src/metrics/error.rs", LP_C)
LP_STREAM = (LP, "linkerd/http/stream-timeouts/src/lib.rs", LP_C)
LP_TIMEOUT = (LP, "linkerd/proxy/http/src/timeout.rs", LP_C)
LP_PROTO = (LP, "linkerd/app/outbound/src/protocol.rs", LP_C)
LP_ENV = (LP, "linkerd/app/src/env.rs", LP_C)
LP_ENDPOINT = (LP, "linkerd/app/outbound/src/http/endpoint.rs", LP_C)
LP_SERVER = (LP, "linkerd/app/outbound/src/http/server.rs", LP_C)

FG = ("twitter/finagle", "finagle-core/src/main/scala/com/twitter/finagle/Exceptions.scala",
      "4feb34cb949918c572a6152327212e062527bd62")

AHC = "AsyncHttpClient/async-http-client"
AHC_C = "0241eb57a499009cb5edd9ad306f3bfc8ec43cbe"
AHC_READ = (AHC, "client/src/main/java/org/asynchttpclient/netty/timeout/ReadTimeoutTimerTask.java", AHC_C)
AHC_REQ = (AHC, "client/src/main/java/org/asynchttpclient/netty/timeout/RequestTimeoutTimerTask.java", AHC_C)
AHC_HOST = (AHC, "client/src/main/java/org/asynchttpclient/exception/TooManyConnectionsPerHostException.java", AHC_C)
AHC_POOL = (AHC, "client/src/main/java/org/asynchttpclient/netty/channel/DefaultChannelPool.java", AHC_C)

SA = ("ladjs/superagent", "src/request-base.js", "1c8338b2e0a3b8f604d08acc7f3cbe305be1e571")

LET = "lettuce-io/lettuce-core"
LET_C = "8457a41a7596dc41829cbfcc4d54a0579bd7abba"
LET_EXC = (LET, "src/main/java/io/lettuce/core/internal/ExceptionFactory.java", LET_C)
LET_TOPO = (LET, "src/main/java/io/lettuce/core/cluster/topology/DefaultClusterTopologyRefresh.java", LET_C)
LET_CONN = (LET, "src/main/java/io/lettuce/core/RedisConnectionException.java", LET_C)

BT = ("jenkinsci/build-timeout-plugin", "src/main/resources/hudson/plugins/build_timeout/Messages.properties",
      "79b2549c3c9a9cbaac8853bd1e3e125e2aa7d7bd")

CG = "connectrpc/connect-go"
CG_C = "9646326030fc376e80050f6daa92151a72a4ca20"
CG_CODE = (CG, "code.go", CG_C)
CG_PROTO = (CG, "protocol_connect.go", CG_C)

EX = "excon/excon"
EX_C = "f59b27e16c7516b7f2724401a430cacc144da406"
EX_SOCKET = (EX, "lib/excon/socket.rb", EX_C)
EX_ERROR = (EX, "lib/excon/error.rb", EX_C)

HRB = "httprb/http"
HRB_C = "557b127e1b5c9ca93841fe484c01d94dc9522c75"
HRB_NULL = (HRB, "lib/http/timeout/null.rb", HRB_C)
HRB_GLOBAL = (HRB, "lib/http/timeout/global.rb", HRB_C)

RH = ("hashicorp/go-retryablehttp", "client.go", "fd004584a46724fae09e2f21d7c382e15c893f42")

SR = ("smallrye/smallrye-fault-tolerance",
      "implementation/core/src/main/java/io/smallrye/faulttolerance/core/timeout/Timeout.java",
      "5066307cd9021e850c3ac4dda8b352707fbb8722")

MN = "micronaut-projects/micronaut-core"
MN_C = "6a1c9e8d06d916330ee3734cee4f51733d02655e"
MN_READ = (MN, "http-client-core/src/main/java/io/micronaut/http/client/exceptions/ReadTimeoutException.java", MN_C)
MN_CONN = (MN, "http-client/src/main/java/io/micronaut/http/client/netty/ConnectionManager.java", MN_C)

TR = "traefik/traefik"
TR_C = "fd5a576df2e8aeb0bfc8a96b6ef6e60a61f7ec0a"
TR_HC = (TR, "pkg/healthcheck/healthcheck.go", TR_C)
TR_MAIN = (TR, "cmd/traefik/traefik.go", TR_C)

SSH = "openssh/openssh-portable"
SSH_C = "0ef0f5a839831c213f24e3f2ae434765c607fb50"
SSH_LOOP = (SSH, "serverloop.c", SSH_C)

TMP = "temporalio/temporal"
TMP_C = "6805caea59e35d0611ed96be69641b8d86bff11c"
TMP_METRICS = (TMP, "common/metrics/metric_defs.go", TMP_C)
TMP_DYN = (TMP, "common/dynamicconfig/client_diff.go", TMP_C)

FG_DOC = ("twitter/finagle", "doc/src/sphinx/metrics/Public.rst", "4feb34cb949918c572a6152327212e062527bd62")
LP_PROM = (LP, "linkerd/http/prom/src/record_response/request.rs", LP_C)

PT = ("pytest-dev/pytest-timeout", "pytest_timeout.py", "16edd491cb2d65bfd6e0bc1d64173450cf23a01f")

FB = ("fluent/fluent-bit", "src/flb_upstream.c", "d55459d492c5c019c0f7dc24db42e69ef47a5437")
BEATS = ("elastic/beats", "filebeat/input/log/harvester.go", "b2d6d4c65264f2b060dcf7f1b1dd68b8ccc33c75")
TG = "influxdata/telegraf"
TG_C = "b27263146617cefe16c0b300107b58b111a7fa57"
TG_AGENT = (TG, "agent/agent.go", TG_C)
TG_INTERNAL = (TG, "plugins/inputs/internal/README.md", TG_C)
HELM = "helm/helm"
HELM_C = "e9b85e4de16ad45805843fb121748018cf89094b"
HELM_WAIT = (HELM, "pkg/kube/statuswait.go", HELM_C)

SSH_CONNECT = (SSH, "sshconnect.c", SSH_C)
SSH_PACKET = (SSH, "packet.c", SSH_C)
LET_RECON = (LET, "src/main/java/io/lettuce/core/protocol/ReconnectionHandler.java", LET_C)
MN_RESP = (MN, "http-client/src/main/java/io/micronaut/http/client/netty/DefaultHttpClient.java", MN_C)

family = ProbeFamily("probes_timeout23.jsonl")
add = family.add

# --- Linkerd2-proxy -------------------------------------------------------------------------
add(LP_LABELS, U, "Linkerd route metric, error=RESPONSE_HEADERS_TIMEOUT with 504 (label-only, rule 3)",
    {"alertname": "LinkerdRouteResponseHeadersTimeouts", "severity": "warning", "namespace": "shop",
     "deployment": "web", "parent_name": "cart", "route_name": "get-cart", "http_status": "504",
     "error": "RESPONSE_HEADERS_TIMEOUT"},
    {"summary": "web -> cart get-cart: 3.1% of requests end with RESPONSE_HEADERS_TIMEOUT",
     "description": "sum(rate(outbound_http_route_request_statuses_total{parent_name=\"cart\",route_name=\"get-cart\",error=\"RESPONSE_HEADERS_TIMEOUT\"}[5m])) / sum(rate(outbound_http_route_request_statuses_total{parent_name=\"cart\",route_name=\"get-cart\"}[5m])) = 0.031"})
add(LP_LABELS, U, "Linkerd route metric, error=REQUEST_TIMEOUT (the route's request timeout elapsed before the backend answered)",
    {"alertname": "MeshRouteRequestTimeouts", "severity": "critical", "namespace": "payments",
     "deployment": "checkout", "parent_name": "ledger", "route_name": "post-entries",
     "error": "REQUEST_TIMEOUT"},
    {"summary": "checkout -> ledger: 42 requests/min hit REQUEST_TIMEOUT",
     "description": "outbound_http_route_request_statuses_total{error=\"REQUEST_TIMEOUT\",http_status=\"504\"} is increasing for route post-entries of Service ledger."})
add(LP_OUT_ERR, U, "outbound_http_errors_total{error=\"response timeout\"}: the proxy gave up waiting for the response",
    {"alertname": "LinkerdOutboundResponseTimeouts", "severity": "warning", "namespace": "catalog",
     "pod": "catalog-api-6f9c8d7b54-x2lqp", "error": "response timeout"},
    {"summary": "Outbound proxy of catalog-api-6f9c8d7b54-x2lqp: response timeouts",
     "description": "rate(outbound_http_errors_total{error=\"response timeout\"}[5m]) = 0.83/s"})
add(LP_ERRORS, U, "l5d-proxy-error \"connect timed out after 1s\" (a connect timeout, answered 504)",
    {"alertname": "LokiLogPattern", "severity": "warning", "namespace": "orders", "app": "orders-api"},
    {"summary": "orders-api received proxy errors from the mesh",
     "description": "47 lines in 5m matching l5d-proxy-error: e.g. status=504 l5d-proxy-error=\"connect timed out after 1s\" dst=inventory.orders.svc.cluster.local:8080"})
add(LP_STREAM, U, "\"timed out waiting for response headers: response header timeout: 2s\" in the proxy's request-failed log line",
    {"alertname": "MeshProxyRequestFailures", "severity": "warning", "namespace": "shop",
     "container": "linkerd-proxy", "pod": "web-7d4b9c6f8d-kq2zt"},
    {"summary": "linkerd-proxy in web-7d4b9c6f8d-kq2zt logs failed requests",
     "description": "INFO linkerd_app_core::errors::respond: HTTP/1.1 request failed error=timed out waiting for response headers: response header timeout: 2s path=/api/cart"})
add(LP_TIMEOUT, U, "\"HTTP response timeout after 10s\" inside a 5xx-ratio alert (the cause decides, rule 1)",
    {"alertname": "ServiceHighErrorRatio", "severity": "critical", "namespace": "reports",
     "service": "report-gateway"},
    {"summary": "report-gateway: 8.2% of requests fail",
     "description": "5xx ratio above 5% for 10m. Top l5d-proxy-error value on the failed responses: \"HTTP response timeout after 10s\" (status 504)."})
add(LP_IN_ERR, Z, "inbound_tcp_errors_total{error=\"tls detection timeout\"}: the proxy waited for its client's TLS hello (rule 13)",
    {"alertname": "LinkerdInboundTLSDetectTimeouts", "severity": "info", "namespace": "edge",
     "pod": "ingress-5b8f7c9d6-vm4rt", "error": "tls detection timeout"},
    {"summary": "Inbound connections closed: tls detection timeout",
     "description": "increase(inbound_tcp_errors_total{error=\"tls detection timeout\"}[10m]) = 14"})
add(LP_PROTO, Z, "protocol detection read timeout: the proxy waited for the client's first bytes and continued as opaque TCP (rule 13)",
    {"alertname": "ProxyLogWarnings", "severity": "info", "namespace": "db", "container": "linkerd-proxy",
     "pod": "pg-client-0"},
    {"summary": "linkerd-proxy log lines on pg-client-0",
     "description": "INFO outbound: linkerd_app_outbound::protocol: Continuing after timeout: 10s (repeated 23 times in 15m)"})
add(LP_ENV, Z, "proxy connect-timeout setting changed on a rollout (rule 9)",
    {"alertname": "DeploymentConfigChanged", "severity": "info", "namespace": "orders",
     "deployment": "orders-api"},
    {"summary": "orders-api rolled out with changed proxy environment",
     "description": "LINKERD2_PROXY_OUTBOUND_CONNECT_TIMEOUT changed from 1000ms to 3000ms; LINKERD2_PROXY_OUTBOUND_HTTP1_CONNECTION_POOL_IDLE_TIMEOUT unchanged (3s)."})
add(LP_LABELS, E, "route statuses 503 with error=LOAD_SHED: a 503 ratio naming no timeout (rule 15)",
    {"alertname": "MeshRoute503Ratio", "severity": "warning", "namespace": "search",
     "parent_name": "search-backend", "http_status": "503", "error": "LOAD_SHED"},
    {"summary": "search-backend: 6% of requests answered 503 by the proxy",
     "description": "sum(rate(outbound_http_route_request_statuses_total{parent_name=\"search-backend\",http_status=\"503\"}[5m])) / sum(rate(outbound_http_route_request_statuses_total{parent_name=\"search-backend\"}[5m])) > 0.05"})
add(LP_ENDPOINT, N, "an i/o error \"Connection refused (os error 111)\" answered 502 by the proxy (rule 11)",
    {"alertname": "MeshProxyRequestFailures", "severity": "warning", "namespace": "billing",
     "container": "linkerd-proxy", "pod": "invoicer-84c7b9d5f-2wpfn"},
    {"summary": "linkerd-proxy in invoicer-84c7b9d5f-2wpfn logs failed requests",
     "description": "INFO linkerd_app_core::errors::respond: HTTP/1.1 request failed error=Connection refused (os error 111) path=/v1/invoices"})

# --- Finagle ---------------------------------------------------------------------------------
add(FG, U, "Finagle IndividualRequestTimeoutException (rule 13)",
    {"alertname": "AppLogExceptions", "severity": "warning", "service": "storefront", "env": "prod"},
    {"summary": "storefront: 132 exceptions in 5m",
     "description": "com.twitter.finagle.IndividualRequestTimeoutException: exceeded 1.seconds to userstore at storefront while waiting for a response for an individual request, excluding retries. Remote Info: Not Available"})
add(FG, U, "Finagle GlobalRequestTimeoutException quoted in an APM error group (rule 13)",
    {"alertname": "ApmNewErrorGroup", "service": "timeline-api",
     "exception": "com.twitter.finagle.GlobalRequestTimeoutException"},
    {"summary": "New error group in timeline-api",
     "description": "exceeded 3.seconds to tweetstore at timeline-api while waiting for a response for the request, including retries (if applicable). Remote Info: Upstream Address: /10.8.1.22:43110, Upstream id: Not Available, Downstream Address: /10.8.4.9:9990, Downstream label: tweetstore, Trace Id: 4c1f0a9e7b23d815.4c1f0a9e7b23d815<:4c1f0a9e7b23d815"})
add(FG, U, "Finagle ReadTimedOutException (a read from the remote address timed out)",
    {"alertname": "ClientChannelErrors", "severity": "warning", "service": "search-frontend",
     "exception": "ReadTimedOutException"},
    {"summary": "search-frontend: channel errors to index-server",
     "description": "com.twitter.finagle.ReadTimedOutException: ChannelException at remote address: /10.8.3.14:9990 from service: index-server. Remote Info: Not Available"})
add(FG, Z, "Finagle CancelledRequestException: the request was cancelled upstream (rule 13)",
    {"alertname": "AppLogExceptions", "severity": "info", "service": "profile-api", "env": "prod"},
    {"summary": "profile-api: 58 exceptions in 5m",
     "description": "com.twitter.finagle.CancelledRequestException: request cancelled. Remote Info: Not Available"})
add(FG, P, "Finagle TooManyWaitersException: too many requests waiting for a pooled connection (rule 7)",
    {"alertname": "ApmNewErrorGroup", "service": "ads-mixer", "exception": "com.twitter.finagle.TooManyWaitersException"},
    {"summary": "New error group in ads-mixer: com.twitter.finagle.TooManyWaitersException",
     "description": "Raised by com.twitter.finagle.pool.WatermarkPool on calls to ads-index; 2,310 events in 10m"})
add(FG, N, "Finagle ConnectionRefusedException (rule 11)",
    {"alertname": "ClientChannelErrors", "severity": "critical", "service": "checkout-web",
     "exception": "ConnectionRefusedException"},
    {"summary": "checkout-web: channel errors to cart-service",
     "description": "com.twitter.finagle.ConnectionRefusedException: ChannelException at remote address: /10.8.2.40:9990 from service: cart-service. Remote Info: Not Available"})

# --- AsyncHttpClient -------------------------------------------------------------------------
add(AHC_READ, U, "AsyncHttpClient read timeout (rule 13)",
    {"alertname": "LogPatternAlert", "severity": "warning", "service": "pricing-sync", "env": "production"},
    {"summary": "pricing-sync: outbound call errors",
     "description": "java.util.concurrent.TimeoutException: Read timeout to rates.partner.example/203.0.113.24:443 after 60000 ms"})
add(AHC_REQ, U, "AsyncHttpClient request timeout inside a latency alert (rule 1)",
    {"alertname": "HighRequestLatency", "severity": "warning", "service": "quote-api"},
    {"summary": "quote-api p99 latency above 20s",
     "description": "Slow requests end with java.util.concurrent.TimeoutException: Request timeout to risk-engine.internal/10.30.2.8:8080 after 20000 ms"})
add(AHC_HOST, P, "AsyncHttpClient per-host connection limit reached (rule 11: a pool's own limit)",
    {"alertname": "ApmErrorRateByException", "service": "crawler",
     "exception": "org.asynchttpclient.exception.TooManyConnectionsPerHostException"},
    {"summary": "crawler: errors calling media-cdn",
     "description": "org.asynchttpclient.exception.TooManyConnectionsPerHostException: Too many connections: 50"})
add(AHC_POOL, Z, "AsyncHttpClient closing idle pooled channels (rule 12)",
    {"alertname": "VerboseClientLogs", "severity": "info", "service": "notifier"},
    {"summary": "notifier: connection pool debug lines",
     "description": "DEBUG o.a.netty.channel.DefaultChannelPool - Closing Idle Channel [id: 0x5e1f2a7c, L:/10.30.4.2:51344 - R:push.partner.example/198.51.100.7:443] isIdleTimeoutExpired=true isRemotelyClosed=false isTtlExpired=false"})

# --- superagent ------------------------------------------------------------------------------
add(SA, U, "superagent response timeout (ECONNABORTED, rule 13)",
    {"alertname": "SentryIssue", "project": "web-bff", "level": "error"},
    {"title": "Error: Response timeout of 3000ms exceeded",
     "culprit": "src/clients/catalog.js in getProducts",
     "summary": "New issue in web-bff (code: ECONNABORTED, timeout: 3000)"})
add(SA, U, "superagent overall timeout in a log-count alert (rule 13)",
    {"alertname": "NodeServiceErrors", "severity": "warning", "app": "mailer-node"},
    {"summary": "mailer-node: 31 errors in 5m",
     "description": "Error: Timeout of 10000ms exceeded (code=ECONNABORTED errno=ETIME) POST https://smtp-relay.internal/api/send"})

# --- Lettuce ---------------------------------------------------------------------------------
add(LET_EXC, U, "Lettuce RedisCommandTimeoutException (a client giving up on Redis, rule 13)",
    {"alertname": "AppLogExceptions", "severity": "warning", "service": "session-service", "env": "prod"},
    {"summary": "session-service: 76 exceptions in 5m",
     "description": "io.lettuce.core.RedisCommandTimeoutException: Command timed out after 1 minute(s)"})
add(LET_TOPO, U, "Lettuce cluster topology refresh connect timeout (rules 11, 15)",
    {"alertname": "LogWarnings", "severity": "warning", "service": "leaderboard", "logger": "io.lettuce.core.cluster.topology.DefaultClusterTopologyRefresh"},
    {"summary": "leaderboard: Redis topology refresh warnings",
     "description": "WARN Unable to connect to [redis-cluster-3.redis-cluster.cache.svc.cluster.local/10.42.5.17:6379]: Timeout after 10 second(s)"})
add(LET_CONN, N, "Lettuce \"Unable to connect\" caused by connection refused (rule 11)",
    {"alertname": "AppLogExceptions", "severity": "critical", "service": "rate-cache", "env": "prod"},
    {"summary": "rate-cache: Redis connection errors",
     "description": "io.lettuce.core.RedisConnectionException: Unable to connect to redis-primary.cache.svc.cluster.local:6379\nCaused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: redis-primary.cache.svc.cluster.local/10.42.0.8:6379"})

# --- Jenkins build-timeout -------------------------------------------------------------------
add(BT, Z, "a build's own time limit (rule 10)",
    {"alertname": "JenkinsBuildFailed", "severity": "warning", "job": "release/payments-service", "build": "1842"},
    {"summary": "release/payments-service #1842 failed",
     "description": "Last console lines: Build timed out (after 30 minutes). Marking the build as failed."})
add(BT, Z, "a build's own time limit, aborted (rule 10)",
    {"alertname": "CIJobTimedOut", "severity": "info", "job": "nightly/integration-tests"},
    {"summary": "nightly/integration-tests #311 aborted",
     "description": "Build timed out (after 180 minutes). Marking the build as aborted."})

# --- Connect-Go ------------------------------------------------------------------------------
add(CG_CODE, U, "Connect code deadline_exceeded as a label and in the error text (rules 3, 13)",
    {"alertname": "ConnectRPCErrorRatio", "severity": "warning", "service": "billing-api",
     "rpc_method": "/billing.v1.InvoiceService/Render", "code": "deadline_exceeded"},
    {"summary": "billing-api: 4.4% of Render calls fail with deadline_exceeded",
     "description": "Most frequent client error: deadline_exceeded: context deadline exceeded"})
add(CG_PROTO, Z, "Connect code canceled (HTTP 499 on the wire): the caller cancelled (rule 13), a log line not a ratio",
    {"alertname": "LogPatternAlert", "severity": "info", "service": "feed-api"},
    {"summary": "feed-api: RPC errors in logs",
     "description": "rpc error on /feed.v1.FeedService/Stream: canceled: context canceled"})

# --- excon (Ruby) ----------------------------------------------------------------------------
add(EX_SOCKET, U, "excon read timeout (rule 13)",
    {"alertname": "RailsErrorSpike", "severity": "warning", "app": "storefront-rails", "env": "production"},
    {"summary": "storefront-rails: 64 errors in 5m calling shipping-rates",
     "description": "Excon::Error::Timeout: read timeout reached (ShippingRates::Client#quote)"})
add(EX_SOCKET, U, "excon connect timeout (rules 11, 15)",
    {"alertname": "HoneybadgerErrorRate", "project": "billing-worker", "error_class": "Excon::Error::Timeout"},
    {"summary": "billing-worker: Excon::Error::Timeout x 212",
     "description": "connect_write timeout reached -- https://tax-api.partner.example/v2/quotes"})
add(EX_ERROR, U, "excon status error 504 Gateway Timeout from the callee's gateway (rule 3)",
    {"alertname": "SentryIssue", "project": "catalog-importer", "level": "error"},
    {"title": "Excon::Error::GatewayTimeout: Expected([200]) <=> Actual(504 Gateway Timeout)",
     "culprit": "app/services/feed_fetcher.rb in fetch",
     "summary": "New issue in catalog-importer"})
add(EX_ERROR, Z, "excon status error 408 Request Timeout: the server says its client was too slow (rule 15)",
    {"alertname": "SentryIssue", "project": "uploader", "level": "warning"},
    {"title": "Excon::Error::RequestTimeout: Expected([200, 201]) <=> Actual(408 Request Timeout)",
     "culprit": "app/jobs/upload_asset_job.rb in perform",
     "summary": "New issue in uploader"})
add(EX_ERROR, E, "excon status error 503 inside an error-ratio alert, no timeout named (rule 15)",
    {"alertname": "OutboundErrorRatio", "severity": "warning", "service": "storefront-rails", "peer": "recommendations"},
    {"summary": "storefront-rails -> recommendations: 9% of calls fail",
     "description": "Top error: Excon::Error::ServiceUnavailable: Expected([200]) <=> Actual(503 Service Unavailable)"})
add(EX_ERROR, D, "excon socket error wrapping a failed name resolution (rule 13)",
    {"alertname": "RailsErrorSpike", "severity": "warning", "app": "mailer-rails", "env": "production"},
    {"summary": "mailer-rails: errors calling the mail relay",
     "description": "Excon::Error::Socket: getaddrinfo: Temporary failure in name resolution (SocketError)"})
add(EX_ERROR, N, "excon socket error wrapping connection refused (rule 11)",
    {"alertname": "RailsErrorSpike", "severity": "critical", "app": "admin-rails", "env": "production"},
    {"summary": "admin-rails: errors calling search",
     "description": "Excon::Error::Socket: Connection refused - connect(2) for 10.0.3.41:9200 (Errno::ECONNREFUSED)"})

# --- http.rb ---------------------------------------------------------------------------------
add(HRB_NULL, U, "http.rb read timeout (rule 13)",
    {"alertname": "LogPatternAlert", "severity": "warning", "service": "webhooks-dispatcher"},
    {"summary": "webhooks-dispatcher: delivery errors",
     "description": "HTTP::TimeoutError: Read timed out after 5 seconds (POST https://hooks.customer-a.example/events)"})
add(HRB_NULL, U, "http.rb connect timeout (rules 11, 15)",
    {"alertname": "ErrorsByClass", "severity": "warning", "service": "geo-sync", "error_class": "HTTP::ConnectTimeoutError"},
    {"summary": "geo-sync: 38 HTTP::ConnectTimeoutError in 10m",
     "description": "Connect timed out after 2 seconds"})
add(HRB_GLOBAL, U, "http.rb global timeout used up (rule 13)",
    {"alertname": "SidekiqJobErrors", "severity": "warning", "queue": "imports", "worker": "PartnerFeedWorker"},
    {"summary": "PartnerFeedWorker raised HTTP::TimeoutError",
     "description": "HTTP::TimeoutError: Timed out after using the allocated 10 seconds"})

# --- go-retryablehttp ------------------------------------------------------------------------
add(RH, U, "go-retryablehttp giving up after retries whose last error is a client timeout (rule 13)",
    {"alertname": "LokiErrorLines", "severity": "warning", "app": "ledger-sync", "namespace": "finance"},
    {"summary": "ledger-sync logged errors",
     "description": "level=error msg=\"sync failed\" err=\"POST https://ledger.finance.svc:8443/v1/entries giving up after 5 attempt(s): Post \\\"https://ledger.finance.svc:8443/v1/entries\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\""})

# --- SmallRye Fault Tolerance ----------------------------------------------------------------
add(SR, U, "MicroProfile @Timeout on a REST client call (as resilience4j's TimeLimiter, rule 13)",
    {"alertname": "QuarkusErrorLogs", "severity": "warning", "app": "fx-quotes"},
    {"summary": "fx-quotes: exceptions in logs",
     "description": "org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException: public java.math.BigDecimal com.acme.fx.RateClient.getRate(java.lang.String,java.lang.String) timed out"})

# --- Micronaut HTTP client -------------------------------------------------------------------
add(MN_READ, U, "Micronaut HTTP client read timeout (rule 13)",
    {"alertname": "ApmErrorGroup", "service": "order-service", "exception": "io.micronaut.http.client.exceptions.ReadTimeoutException"},
    {"summary": "New error group in order-service",
     "description": "io.micronaut.http.client.exceptions.ReadTimeoutException: Read Timeout (GET http://inventory:8080/stock/4711)"})
add(MN_CONN, N, "Micronaut \"Connect Error\" caused by connection refused (rule 11)",
    {"alertname": "ApmErrorGroup", "service": "order-service", "exception": "io.micronaut.http.client.exceptions.HttpClientException"},
    {"summary": "New error group in order-service",
     "description": "io.micronaut.http.client.exceptions.HttpClientException: Connect Error: Connection refused: payments/10.42.6.12:8080"})

# --- Traefik health checks and start-up ------------------------------------------------------
add(TR_HC, N, "Traefik marks a server down after its health check timed out (rule 9; timeout22 decision 2)",
    {"alertname": "TraefikServerDown", "severity": "critical", "service": "api@kubernetescrd",
     "url": "http://10.42.3.9:8080"},
    {"summary": "Traefik took http://10.42.3.9:8080 out of api@kubernetescrd",
     "description": "traefik_service_server_up == 0. Last log: WRN Health check failed. error=\"checking HTTP health: Get \\\"http://10.42.3.9:8080/healthz\\\": context deadline exceeded\" targetURL=http://10.42.3.9:8080"})
add(TR_HC, N, "Traefik marks a gRPC server down after a health check timeout (rule 9)",
    {"alertname": "TraefikServerDown", "severity": "critical", "service": "grpc-api@file",
     "url": "h2c://10.0.4.21:50051"},
    {"summary": "Traefik health check marked h2c://10.0.4.21:50051 down",
     "description": "checking gRPC health: gRPC health check timeout: rpc error: code = DeadlineExceeded desc = context deadline exceeded; traefik_service_server_up{service=\"grpc-api@file\"} = 0"})
add(TR_MAIN, Z, "timeouts printed in Traefik's static configuration at start-up (rule 9)",
    {"alertname": "TraefikRestarted", "severity": "info", "instance": "traefik-7c9d8b6f5-pq2lm"},
    {"summary": "Traefik started with new static configuration",
     "description": "DBG Static configuration loaded [json] staticConfiguration={\"serversTransport\":{\"forwardingTimeouts\":{\"dialTimeout\":\"30s\",\"responseHeaderTimeout\":\"60s\",\"idleConnTimeout\":\"1m30s\"}},\"entryPoints\":{\"websecure\":{\"transport\":{\"respondingTimeouts\":{\"readTimeout\":\"1m0s\",\"idleTimeout\":\"3m0s\"}}}}}"})

# --- OpenSSH server --------------------------------------------------------------------------
add(SSH_LOOP, Z, "sshd's ClientAlive timeout: the client stopped answering the server (rule 13)",
    {"alertname": "AuthLogPattern", "severity": "info", "host": "bastion-2", "program": "sshd"},
    {"summary": "sshd on bastion-2: sessions dropped",
     "description": "Timeout, client not responding from user deploy 198.51.100.23 port 51532"})
add(SSH_LOOP, Z, "sshd's UnusedConnectionTimeout: an idle connection closed (rule 12)",
    {"alertname": "AuthLogPattern", "severity": "info", "host": "sftp-1", "program": "sshd"},
    {"summary": "sshd on sftp-1: connections terminated",
     "description": "terminating inactive connection from user backup 10.20.9.3 port 40022"})

# --- Temporal ---------------------------------------------------------------------------------
add(TMP_METRICS, Z, "workflow executions ending by their own run timeout (rule 10)",
    {"alertname": "TemporalWorkflowTimeouts", "severity": "warning", "namespace": "billing", "workflow_type": "MonthlyInvoiceWorkflow"},
    {"summary": "MonthlyInvoiceWorkflow executions time out",
     "description": "increase(workflow_timeout{namespace=\"billing\",workflow_type=\"MonthlyInvoiceWorkflow\"}[1h]) = 7"})
add(TMP_METRICS, Z, "activities ending by their own timeout (a task's time limit, rule 10)",
    {"alertname": "TemporalActivityTimeouts", "severity": "warning", "namespace": "media", "activity_type": "TranscodeVideo"},
    {"summary": "TranscodeVideo activities time out",
     "description": "rate(activity_timeout{namespace=\"media\",activity_type=\"TranscodeVideo\"}[15m]) > 0: terminal activity timeouts"})
add(TMP_DYN, Z, "a timeout setting changed in dynamic config (rule 9)",
    {"alertname": "TemporalConfigChange", "severity": "info", "service": "history", "cluster": "temporal-prod"},
    {"summary": "temporal history: dynamic config reloaded",
     "description": "dynamic config changed for the key: history.shardIOTimeout oldValue: { constraints: {} value: 5s } newValue: { constraints: {} value: 10s }"})
add(TMP_METRICS, L, "Temporal frontend service latency, no timeout named (rule 4)",
    {"alertname": "TemporalFrontendLatencyHigh", "severity": "warning", "service_name": "frontend", "operation": "StartWorkflowExecution"},
    {"summary": "StartWorkflowExecution p95 above 1s",
     "description": "histogram_quantile(0.95, sum(rate(service_latency_bucket{service_name=\"frontend\",operation=\"StartWorkflowExecution\"}[5m])) by (le)) = 1.8s"})

# --- Finagle stats ---------------------------------------------------------------------------
add(FG_DOC, U, "Finagle failures counter scoped by IndividualRequestTimeoutException (rule 13)",
    {"alertname": "FinagleClientTimeouts", "severity": "warning", "service": "storefront", "client": "userstore"},
    {"summary": "storefront -> userstore: request timeouts",
     "description": "rate(clnt/userstore/failures/com.twitter.finagle.IndividualRequestTimeoutException[5m]) = 14/s"})
add(FG_DOC, E, "Finagle failures over requests, no exception named (rule 4)",
    {"alertname": "FinagleClientFailureRatio", "severity": "warning", "service": "storefront", "client": "cartstore"},
    {"summary": "storefront -> cartstore: 6.4% failures",
     "description": "clnt/cartstore/failures / clnt/cartstore/requests over 5m = 0.064"})
add(FG_DOC, L, "Finagle request_latency_ms p99 (rule 4)",
    {"alertname": "FinagleClientLatencyHigh", "severity": "warning", "service": "timeline-api", "client": "tweetstore"},
    {"summary": "timeline-api -> tweetstore p99 latency 850 ms",
     "description": "clnt/tweetstore/request_latency_ms.p99 = 850 (threshold 500)"})
add(FG_DOC, Z, "Finagle ExpiringService idle/lifetime counters: sessions expired for idleness or age (rule 12)",
    {"alertname": "FinagleSessionChurn", "severity": "info", "service": "ads-mixer", "client": "ads-index"},
    {"summary": "ads-mixer -> ads-index: sessions expiring",
     "description": "clnt/ads-index/idle +310 and clnt/ads-index/lifetime +42 in the last 10m (sessions expired from staying idle / exceeding their lifetime)"})

# --- Linkerd latency -------------------------------------------------------------------------
add(LP_PROM, L, "Linkerd route request duration p99, no timeout named (rule 4)",
    {"alertname": "MeshRouteLatencyHigh", "severity": "warning", "namespace": "shop", "parent_name": "catalog", "route_name": "list-products"},
    {"summary": "web -> catalog list-products p99 above 750ms",
     "description": "histogram_quantile(0.99, sum by (le) (rate(outbound_http_route_request_duration_seconds_bucket{parent_name=\"catalog\",route_name=\"list-products\"}[5m]))) = 1.21"})

# --- pytest-timeout --------------------------------------------------------------------------
add(PT, Z, "a test's own time limit in CI (rule 10)",
    {"alertname": "CIPipelineFailed", "severity": "warning", "pipeline": "api-tests", "branch": "main"},
    {"summary": "api-tests on main failed",
     "description": "FAILED tests/integration/test_checkout.py::test_refund_flow - Failed: Timeout (>300.0s) from pytest-timeout."})

# --- Fluent Bit upstream connections ---------------------------------------------------------
add(FB, U, "Fluent Bit upstream connect timeout towards its output (rules 11, 15)",
    {"alertname": "FluentBitErrorLogs", "severity": "warning", "namespace": "logging", "pod": "fluent-bit-7xk2p"},
    {"summary": "fluent-bit-7xk2p: output errors",
     "description": "[error] [upstream] connection #52 to tcp://10.0.5.12:9200 timed out after 10 seconds (connection timeout)"})
add(FB, U, "Fluent Bit upstream I/O timeout: the output's peer did not answer in time (rule 13)",
    {"alertname": "LogShipperOutputErrors", "severity": "warning", "host": "edge-7", "output": "forward.0"},
    {"summary": "fluent-bit on edge-7 cannot deliver to the aggregator",
     "description": "[error] [upstream] connection #88 to tcp://10.20.0.40:24224 timed out after 30 seconds (IO timeout)"})
add(FB, Z, "Fluent Bit drops an idle keepalive connection (rule 12)",
    {"alertname": "FluentBitDebugLines", "severity": "info", "namespace": "logging", "pod": "fluent-bit-q9w4d"},
    {"summary": "fluent-bit-q9w4d: upstream connection lines",
     "description": "[debug] [upstream] drop keepalive connection #40 to es-logging.logging.svc:9200 (keepalive idle timeout)"})
add(FB, Z, "Fluent Bit printing its network settings, timeouts included (rule 9)",
    {"alertname": "LogShipperConfigDump", "severity": "info", "host": "edge-3"},
    {"summary": "fluent-bit on edge-3 traced its upstream setup",
     "description": "[trace] [upstream] get new connection for es-logging.logging.svc:9200, net setup:\nnet.connect_timeout        = 10 seconds\nnet.source_address         = any\nnet.keepalive              = enabled\nnet.keepalive_idle_timeout = 30 seconds\nnet.max_worker_connections = 0"})

# --- Filebeat ---------------------------------------------------------------------------------
add(BEATS, Z, "Filebeat closes a harvester after close_inactive: an idle file, not a timeout on a call (rule 12)",
    {"alertname": "FilebeatLogPattern", "severity": "info", "host": "web-04", "log.logger": "harvester"},
    {"summary": "filebeat on web-04: harvesters closing",
     "description": "File is inactive. Closing because close_inactive of 5m0s reached. (log.file.path: /var/log/nginx/access.log)"})

# --- Telegraf ---------------------------------------------------------------------------------
add(TG_AGENT, Z, "the collector's own gather overrunning its interval (rule 16: a monitor's own collection)",
    {"alertname": "TelegrafLogWarnings", "severity": "warning", "host": "metrics-agent-2"},
    {"summary": "telegraf on metrics-agent-2 logs warnings",
     "description": "W! [inputs.prometheus] Collection took longer than expected; not complete after interval of 10s"})
add(TG_INTERNAL, Z, "Telegraf's internal gather_timeouts counter (rule 16)",
    {"alertname": "TelegrafGatherTimeouts", "severity": "warning", "host": "metrics-agent-5", "input": "snmp"},
    {"summary": "telegraf input snmp overruns its interval",
     "description": "increase(internal_gather_gather_timeouts{input=\"snmp\"}[30m]) = 12: number of times a collection took longer than the defined interval"})

# --- Helm -------------------------------------------------------------------------------------
add(HELM_WAIT, Z, "a deploy tool's wait for a resource state ran out (rule 13)",
    {"alertname": "DeployPipelineFailed", "severity": "warning", "pipeline": "shop-web", "stage": "helm-upgrade"},
    {"summary": "shop-web deploy failed at helm upgrade --wait",
     "description": "Error: UPGRADE FAILED: resource Deployment/shop/web not ready. status: InProgress, message: Available: 1/3\ncontext deadline exceeded"})
add(HELM_WAIT, Z, "the same wait failing on install (rule 13)",
    {"alertname": "ArgoWorkflowStepFailed", "severity": "warning", "workflow": "provision-tenant-8812", "step": "install-chart"},
    {"summary": "install-chart failed",
     "description": "Error: INSTALLATION FAILED: resource StatefulSet/tenant-8812/postgres not ready. status: InProgress, message: Ready: 0/1\ncontext deadline exceeded"})

# --- OpenSSH client and server: the same "timed out" from both sides --------------------------
add(SSH_CONNECT, U, "ssh client's connect to the host timed out (rules 11, 15)",
    {"alertname": "DeployJobFailed", "severity": "warning", "pipeline": "inventory-api", "stage": "deploy-prod"},
    {"summary": "deploy-prod failed for inventory-api",
     "description": "ssh: connect to host app-3.prod.example.net port 22: Connection timed out\nlost connection"})
add(SSH_PACKET, U, "ssh client side: the connection to the server timed out (rule 13)",
    {"alertname": "BackupJobFailed", "severity": "warning", "job": "rsync-offsite", "host": "backup-1"},
    {"summary": "rsync-offsite on backup-1 failed",
     "description": "Connection to 10.30.1.9 port 22 timed out\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]"})
add(SSH_PACKET, Z, "sshd side: a connecting client timed out (the client stalled while the server waited, rule 13)",
    {"alertname": "AuthLogPattern", "severity": "info", "host": "bastion-1", "program": "sshd"},
    {"summary": "sshd on bastion-1: 37 matching lines in 10m",
     "description": "Connection from 203.0.113.77 port 50122 timed out"})

# --- more Linkerd route metrics ---------------------------------------------------------------
add(LP_LABELS, U, "Linkerd route metric error=RESPONSE_STREAM_TIMEOUT (rule 3, 13)",
    {"alertname": "MeshRouteStreamTimeouts", "severity": "warning", "namespace": "media",
     "parent_name": "thumbnailer", "route_name": "render", "error": "RESPONSE_STREAM_TIMEOUT"},
    {"summary": "gallery -> thumbnailer render: responses cut by the stream timeout",
     "description": "increase(outbound_http_route_request_statuses_total{parent_name=\"thumbnailer\",error=\"RESPONSE_STREAM_TIMEOUT\"}[10m]) = 96"})
add(LP_PROM, L, "p99 close to the route's timeout, none hit: a foreseen timeout is not evidence (rule 17)",
    {"alertname": "MeshRouteLatencyNearTimeout", "severity": "warning", "namespace": "shop", "parent_name": "pricing", "route_name": "quote"},
    {"summary": "web -> pricing quote p99 is 1.8s",
     "description": "p99 of outbound_http_route_request_duration_seconds is 1.8s; the route's request timeout is 2s, so requests will start timing out if latency grows further. No RESPONSE_HEADERS_TIMEOUT or REQUEST_TIMEOUT recorded yet."})

# --- Micronaut: a 5xx without a timeout -------------------------------------------------------
add(MN_RESP, E, "Micronaut HttpClientResponseException 500 inside an error ratio, no timeout named (rule 4)",
    {"alertname": "OutboundErrorRatio", "severity": "warning", "service": "order-service", "peer": "payments"},
    {"summary": "order-service -> payments: 7% of calls fail",
     "description": "Top error: io.micronaut.http.client.exceptions.HttpClientResponseException: Internal Server Error"})

# --- excon request deadline in a failed job ----------------------------------------------------
add(EX_SOCKET, U, "excon request deadline reached, quoted by a failed job (rule 1)",
    {"alertname": "SidekiqJobErrors", "severity": "warning", "queue": "default", "worker": "CarrierTrackingSyncJob"},
    {"summary": "CarrierTrackingSyncJob failed 18 times in 15m",
     "description": "Excon::Error::Timeout: request timeout reached"})

# --- recoveries and reconnects (rule 14) -------------------------------------------------------
add(FG_DOC, Z, "recovery of a Finagle timeout alert (rule 14)",
    {"alertname": "FinagleClientTimeouts", "severity": "warning", "service": "storefront", "client": "userstore"},
    {"summary": "[RESOLVED] storefront -> userstore: request timeouts",
     "description": "Resolved: clnt/userstore/failures/com.twitter.finagle.IndividualRequestTimeoutException has not increased for 15m."})
add(FB, Z, "recovery of a Fluent Bit connect-timeout alert (rule 14)",
    {"alertname": "FluentBitErrorLogs", "severity": "warning", "namespace": "logging", "pod": "fluent-bit-7xk2p"},
    {"summary": "[RESOLVED] fluent-bit-7xk2p: output errors",
     "description": "No \"timed out after 10 seconds (connection timeout)\" lines for 30m; chunks are flushing to tcp://10.0.5.12:9200 again."})
add(LET_RECON, Z, "Lettuce reconnected: the condition is over (rule 14)",
    {"alertname": "AppLogInfoPattern", "severity": "info", "service": "session-service"},
    {"summary": "session-service: Redis connection events",
     "description": "INFO io.lettuce.core.protocol.ReconnectionHandler - Reconnected to redis-primary.cache.svc.cluster.local/10.42.0.8:6379"})

# --- more look-alikes of own limits and own collection -----------------------------------------
add(TG_AGENT, Z, "Telegraf skipping a scheduled collection while the previous one runs (rule 16)",
    {"alertname": "TelegrafLogWarnings", "severity": "info", "host": "metrics-agent-2"},
    {"summary": "telegraf on metrics-agent-2 logs collection skips",
     "description": "D! [inputs.vsphere] Previous collection has not completed; scheduled collection skipped"})
add(PT, Z, "a test's own time limit in a nightly run (rule 10)",
    {"alertname": "NightlyTestsRed", "severity": "info", "suite": "billing-integration"},
    {"summary": "billing-integration: 2 tests failed",
     "description": "test_invoice_pdf_render: Failed: Timeout (>60.0s) from pytest-timeout.\ntest_dunning_schedule: Failed: Timeout (>60.0s) from pytest-timeout."})

family.write()
