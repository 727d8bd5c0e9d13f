#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_timeout23.jsonl: upstream timeouts as a service-mesh proxy,
RPC frameworks and HTTP/Redis client libraries word them, and their look-alikes.

What the family tests: wordings of a caller giving up on its callee that no tuning family was
written from -- Linkerd2-proxy's `l5d-proxy-error` texts ("connect timed out after 1s", "HTTP
response timeout after 10s", "timed out waiting for response headers: response header timeout:
2s") and its route metrics' `error` label (RESPONSE_HEADERS_TIMEOUT, REQUEST_TIMEOUT, "response
timeout"); Finagle's IndividualRequestTimeoutException / GlobalRequestTimeoutException ("exceeded
1.seconds to userstore at storefront while waiting for a response ...") and
ReadTimedOutException; AsyncHttpClient's "Read timeout to ... after 60000 ms" and "Request timeout
to ..."; superagent's "Response timeout of 3000ms exceeded"; Lettuce's "Command timed out after 1
minute(s)" and topology refresh "Unable to connect to [...]: Timeout after 10 second(s)";
Connect-Go's `deadline_exceeded` -- and the look-alikes that share their words: a proxy's own
protocol or TLS detection timing out while it waits for its client, cancellations, timeout settings
changed, a build's own time limit (Jenkins build-timeout), idle connections closed, pool limits,
refused connections and load shedding.

Labels, decided from each message's meaning under POLICY.md before the classifier ran (one reason
per item below):
- `upstream_timeout`: a caller that gave up on something it called (rule 13), a connect timeout
  (rules 11, 15), a gateway's 504 for its backend (rule 3), also inside an error-ratio or latency
  alert (rule 1).
- `node_down`: connection refused to the peer (rule 11).
- `connection_pool_exhaustion`: a client's connection limit reached or too many waiters for a
  pooled connection (rules 7, 11).
- `high_error_rate`: 503 ratios naming no timeout (rule 15).
- `null`: a proxy waiting for its *client* (protocol / TLS detection timeouts, rule 13), a caller's
  cancellation (rule 13), settings changed (rule 9), a build's own time limit (rule 10), idle
  connections closed (rule 12).

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
     "description": "INFO linkerd_app_core::errors::respond: HTTP/1.1 request failed error=endpoint 10.42.7.31:8080: Connection refused (os error 111) path=/v1/invoices"})

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

family.write()
