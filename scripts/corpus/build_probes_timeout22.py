#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_timeout22.jsonl: upstream / gateway timeouts as ingress
controllers, API gateways, edge proxies and caching proxies word them, and their look-alikes.

What the family tests: gateway wordings of a caller giving up on its backend that no tuning family
was written from -- kubernetes/ingress-nginx's `nginx_ingress_controller_requests{status="504"}`,
Apache APISIX's `apisix_http_status{code="504"}`, Skipper's proxy log line "error while proxying
after ..., status code 504: context deadline exceeded" and its "net.Error during backend roundtrip
to HOST: timeout=true ...", Apache Traffic Server's error pages "Connection Timed Out" ("Too much
time has elapsed since the server has sent data.") and "Inactivity Timeout" ("Too much time has
passed without sending any data for document."), Netflix Zuul's status category
`FAILURE_ORIGIN_READ_TIMEOUT` "Timeout reading the response from origin" and its error type
`ORIGIN_READ_TIMEOUT` -- and the look-alikes that share their words: client-side timeouts and
cancellations (499, 408, Zuul's "Timeout reading the client request", Skipper's "client canceled",
ATS's ERR_CLIENT_ABORT), timeout settings changed, a 504 answered because the client accepts only
cached copies, recoveries, 5xx/4xx ratios without a timeout, latency without a timeout, targets
marked down, a full connection limit to an origin.

Labels, decided from each rule's or message's meaning under POLICY.md before the classifier ran
(one reason per item in ITEMS below):
- `upstream_timeout`: a gateway answering 504 or quoting its own read/response/connect timeout
  towards its backend (rules 3, 13, 15), also inside an error-ratio or latency alert (rule 1).
- `node_down`: a gateway's target or parent marked down/unhealthy by its checks (rule 9), "all of
  the addresses are marked down", "No UP origin servers available" and "connection refused"
  (rule 11).
- `high_error_rate`: 5xx / 4xx / 502 / 503 ratios that name no timeout (rules 4, 15).
- `high_latency`: response-time percentiles without a timeout (rule 4).
- `connection_pool_exhaustion`: Zuul throttling "due to reaching max number of connections to
  origin" (a limit reached, rule 7).
- `null`: client-side timeouts and cancellations (rules 13, 15), settings changed (rule 9),
  a config reload failure, recoveries (rule 14), and ATS's "Not Cached" 504 (decision of this
  family: the reason it names is the client's only-if-cached request, not a backend that did not
  answer in time; the reason decides over the status code, as rule 17 does for 429).

Left out (rule 6): ATS "Maximum Transaction Time exceeded"/"Activity Timeout" (a total transaction
limit, on either side), ATS ERR_CONNECT_FAIL "could not reach the origin server" (refused or timed
out, not said), Zuul ORIGIN_RESET_CONNECTION (answered 504 but a reset, not a timeout), Zuul
FAILURE_LOCAL_IDLE_TIMEOUT (which side idled is not said), Zuul "Throttled due to reaching
concurrency limit to origin" and "Throttled by origin returning 503 status", APISIX's health-check
`timeout_failure` counter rising while the node is not yet marked unhealthy (rule 7: a timed-out
probe result that does not say down), APISIX `apisix_stream_status{code="502"}` (folds idle
timeouts, connect failures and resets together).

Sources: the files at the commits in SOURCES below (strings quoted as they stand); hosts, routes,
namespaces, values and the alert frames are ours.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

U, N, E, L, P, Z = "upstream_timeout", "node_down", "high_error_rate", "high_latency", "connection_pool_exhaustion", None

ING = "kubernetes/ingress-nginx"
ING_C = "dbb11b92ddb77bee9c35e462479129354c84f939"
ING_VALUES = (ING, "charts/ingress-nginx/values.yaml", ING_C)
ING_MON = (ING, "docs/user-guide/monitoring.md", ING_C)
ING_ANN = (ING, "docs/user-guide/nginx-configuration/annotations.md", ING_C)
ING_CM = (ING, "docs/user-guide/nginx-configuration/configmap.md", ING_C)

APX = "apache/apisix"
APX_C = "f519a0f04ccfd4c13b5d06caf34bcde8c8593980"
APX_PROM = (APX, "docs/en/latest/plugins/prometheus.md", APX_C)
APX_HC = (APX, "docs/en/latest/tutorials/health-check.md", APX_C)
APX_CACHE = (APX, "docs/en/latest/plugins/proxy-cache.md", APX_C)

SKP = "zalando/skipper"
SKP_C = "527238d12b3d72192b8c8b61f2edc161d70149d9"
SKP_PROXY = (SKP, "proxy/proxy.go", SKP_C)
SKP_FILTERS = (SKP, "docs/reference/filters.md", SKP_C)
SKP_CONFIG = (SKP, "config/config.go", SKP_C)

ATS = "apache/trafficserver"
ATS_C = "1372b5efba2508e82252799e1242bd1b7ab121f5"
ATS_ERR = (ATS, "doc/admin-guide/monitoring/error-messages.en.rst", ATS_C)
ATS_INACT = (ATS, "configs/body_factory/default/timeout#inactivity", ATS_C)
ATS_ALLDOWN = (ATS, "configs/body_factory/default/connect#all_down", ATS_C)
ATS_CRC = (ATS, "doc/admin-guide/logging/cache-results.en.rst", ATS_C)
ATS_STATS = (ATS, "doc/admin-guide/monitoring/statistics/core/http-connection.en.rst", ATS_C)
ATS_RECORDS = (ATS, "doc/admin-guide/files/records.yaml.en.rst", ATS_C)

ZUL = "Netflix/zuul"
ZUL_C = "f3144f6c4e2715fe98f87934f2746dba65820aab"
ZUL_CAT = (ZUL, "zuul-core/src/main/java/com/netflix/zuul/stats/status/ZuulStatusCategory.java", ZUL_C)
ZUL_OUT = (ZUL, "zuul-core/src/main/java/com/netflix/zuul/exception/OutboundErrorType.java", ZUL_C)
ZUL_ERR = (ZUL, "zuul-core/src/main/java/com/netflix/zuul/exception/ErrorType.java", ZUL_C)

SK_LOG = ('error while proxying after {d}, route {route} with backend network {be}, status code {code}: '
          '{err}, remote host: {rh}, request: "{m} {uri} HTTP/1.1", host: {host}, user agent: "{ua}"')


def skl(d, route, be, code, err, rh, m, uri, host, ua="okhttp/4.12.0", prefix="error while proxying"):
    return SK_LOG.format(d=d, route=route, be=be, code=code, err=err, rh=rh, m=m, uri=uri, host=host,
                         ua=ua).replace("error while proxying", prefix, 1)


# (source, expected, reason, labels, annotations)
ITEMS = [
    # ---------------- kubernetes/ingress-nginx ----------------
    (ING_MON, U, "label-only status=504 on the controller's request counter (rule 3)",
     {"alertname": "IngressNginxUpstream504", "severity": "warning", "namespace": "shop", "ingress": "shop-api",
      "exported_service": "shop-api", "status": "504", "controller_class": "k8s.io/ingress-nginx"},
     {"summary": "shop/shop-api: 2.4 requests/s answered with status 504",
      "description": "sum by (ingress, status) (rate(nginx_ingress_controller_requests{ingress=\"shop-api\",status=\"504\"}[5m])) = 2.4"}),
    (ING_MON, U, "label-only status=504, another ingress (rule 3)",
     {"alertname": "IngressNginxStatusCodes", "severity": "critical", "namespace": "reporting", "ingress": "report-builder",
      "status": "504", "cluster": "prod-eu-2"},
     {"summary": "Ingress report-builder returns 504 for 17.3% of requests"}),
    (ING_MON, U, "label-only status=504 on a canary ingress (rule 3)",
     {"alertname": "IngressNginxUpstream504", "severity": "warning", "namespace": "checkout", "ingress": "checkout-canary",
      "exported_service": "checkout-v2", "status": "504", "canary": "true"},
     {"summary": "checkout/checkout-canary: 0.8 requests/s answered with status 504"}),
    (ING_VALUES, E, "NGINXTooMany500s: 5xx ratio naming no timeout (rule 4)",
     {"alertname": "NGINXTooMany500s", "severity": "warning", "namespace": "ingress-nginx",
      "pod": "ingress-nginx-controller-7d9c8b6f5-x2kqp"},
     {"description": "Too many 5XXs",
      "summary": "More than 5% of all requests returned 5XX, this requires your attention"}),
    (ING_VALUES, E, "NGINXTooMany400s: 4xx ratio (rule 4)",
     {"alertname": "NGINXTooMany400s", "severity": "warning", "namespace": "ingress-nginx",
      "pod": "ingress-nginx-controller-7d9c8b6f5-lm4tz"},
     {"description": "Too many 4XXs",
      "summary": "More than 5% of all requests returned 4XX, this requires your attention"}),
    (ING_VALUES, Z, "NGINXConfigFailed: a config test failure, no request symptom",
     {"alertname": "NGINXConfigFailed", "severity": "critical", "namespace": "ingress-nginx"},
     {"description": "bad ingress config - nginx config test failed",
      "summary": "uninstall the latest ingress changes to allow config reloads to resume"}),
    (ING_MON, E, "503 ratio naming no timeout (rule 15)",
     {"alertname": "IngressNginxServiceUnavailable", "severity": "warning", "namespace": "search", "ingress": "search-api",
      "status": "503"},
     {"summary": "search/search-api: 6.1% of requests answered 503 Service Unavailable",
      "description": "sum(rate(nginx_ingress_controller_requests{ingress=\"search-api\",status=\"503\"}[5m])) / sum(rate(nginx_ingress_controller_requests{ingress=\"search-api\"}[5m])) = 0.061"}),
    (ING_MON, E, "status=499 counted: a 4xx rate, as probes_net10 and probes_fired12 label 499 rates (rule 4; relabelled after the first run, see SOURCES)",
     {"alertname": "IngressNginxClientClosedRequests", "severity": "info", "namespace": "media", "ingress": "media-upload",
      "status": "499"},
     {"summary": "media/media-upload: 41 requests ended with status 499 in the last 10m",
      "description": "Clients closed the connection before the controller sent a response."}),
    (ING_MON, Z, "status=408: the client did not finish its request in time (rule 15)",
     {"alertname": "IngressNginxRequestTimeouts408", "severity": "info", "namespace": "shop", "ingress": "shop-web",
      "status": "408"},
     {"summary": "shop/shop-web: 0.9 requests/s answered 408 Request Timeout"}),
    (ING_MON, L, "upstream response-time p99, no timeout named (rule 4)",
     {"alertname": "IngressNginxUpstreamResponseSlow", "severity": "warning", "namespace": "billing", "ingress": "billing-api"},
     {"summary": "billing/billing-api: p99 upstream response time is 4.8s",
      "description": "histogram_quantile(0.99, sum by (le, ingress) (rate(nginx_ingress_controller_response_duration_seconds_bucket{ingress=\"billing-api\"}[5m]))) > 3 -- the time spent on receiving the response from the upstream server"}),
    (ING_MON, L, "request duration p95, no timeout named (rule 4)",
     {"alertname": "IngressNginxRequestLatencyHigh", "severity": "warning", "namespace": "catalog", "ingress": "catalog-web"},
     {"summary": "catalog/catalog-web: p95 request duration 2.7s over 15m",
      "description": "nginx_ingress_controller_request_duration_seconds p95 above 2s"}),
    (ING_ANN, Z, "a timeout annotation changed (rule 9)",
     {"alertname": "IngressAnnotationChanged", "severity": "info", "namespace": "registry", "ingress": "docker-registry"},
     {"summary": "Ingress registry/docker-registry updated",
      "description": "nginx.ingress.kubernetes.io/proxy-read-timeout changed from \"60\" to \"600\" by argocd (sync 4f2c9e1)"}),
    (ING_CM, Z, "a ConfigMap timeout setting changed (rule 9)",
     {"alertname": "ConfigMapChanged", "severity": "info", "namespace": "ingress-nginx", "configmap": "ingress-nginx-controller"},
     {"summary": "ingress-nginx-controller ConfigMap changed: proxy-connect-timeout \"5\" -> \"10\", proxy-read-timeout \"60\" -> \"120\"",
      "description": "The controller reloaded nginx with the new configuration."}),
    (ING_MON, Z, "a recovery of a 504 alert (rule 14)",
     {"alertname": "IngressNginxUpstream504", "severity": "warning", "namespace": "shop", "ingress": "shop-api",
      "status": "504"},
     {"summary": "[RESOLVED] shop/shop-api: 504 rate back to 0 requests/s",
      "description": "No 504 responses for 15 minutes; condition cleared."}),

    # ---------------- apache/apisix ----------------
    (APX_PROM, U, "label-only code=504 on apisix_http_status (rule 3)",
     {"alertname": "ApisixUpstream504", "severity": "warning", "route": "orders-route", "service": "orders",
      "code": "504", "node": "10.0.3.21", "instance": "apisix-gw-0:9091"},
     {"summary": "APISIX route orders-route: 3.7 responses/s with code 504"}),
    (APX_PROM, U, "label-only code=504, ratio (rule 3)",
     {"alertname": "ApisixHighStatusRatio", "severity": "critical", "route": "payments", "service": "payments-svc",
      "code": "504", "matched_host": "pay.example.com"},
     {"summary": "11.2% of payments requests end with code 504",
      "description": "sum(rate(apisix_http_status{route=\"payments\",code=\"504\"}[5m])) / sum(rate(apisix_http_status{route=\"payments\"}[5m])) = 0.112"}),
    (APX_CACHE, U, "the gateway answers 504 Gateway Time-out for an upstream node (rule 3)",
     {"alertname": "ApisixGatewayTimeouts", "severity": "warning", "route": "inventory", "node": "10.0.7.4"},
     {"summary": "APISIX answers \"HTTP/1.1 504 Gateway Time-out\" for inventory (upstream node 10.0.7.4:9080)",
      "description": "83 responses in 5m"}),
    (APX_PROM, U, "label-only code=504 on an ai_chat route (rule 3)",
     {"alertname": "ApisixUpstream504", "severity": "warning", "route": "ai-chat", "request_type": "ai_chat",
      "llm_model": "gpt-4o-mini", "code": "504", "node": "10.0.12.8"},
     {"summary": "APISIX route ai-chat: 0.6 responses/s with code 504"}),
    (APX_PROM, E, "502 ratio naming no timeout (rule 15)",
     {"alertname": "ApisixBadGatewayRatio", "severity": "warning", "route": "legacy-soap", "code": "502"},
     {"summary": "7.9% of legacy-soap requests end with code 502",
      "description": "sum(rate(apisix_http_status{route=\"legacy-soap\",code=\"502\"}[5m])) / sum(rate(apisix_http_status{route=\"legacy-soap\"}[5m]))"}),
    (APX_PROM, E, "5xx ratio (rule 4)",
     {"alertname": "ApisixRoute5xx", "severity": "warning", "route": "profile", "service": "profile"},
     {"summary": "APISIX route profile: 5xx ratio 6.4% (codes 500, 502)"}),
    (APX_PROM, E, "code=499 counted: a 4xx rate (rule 4; relabelled after the first run, see SOURCES)",
     {"alertname": "ApisixClientClosed", "severity": "info", "route": "video-stream", "code": "499"},
     {"summary": "APISIX route video-stream: 12 responses/s with code 499",
      "description": "Clients closed the connection before the response was sent."}),
    (APX_PROM, N, "apisix_upstream_status 0: node marked unhealthy by health checks (rule 9)",
     {"alertname": "ApisixUpstreamNodeUnhealthy", "severity": "critical", "name": "/apisix/upstreams/catalog",
      "ip": "10.0.5.12", "port": "8080"},
     {"summary": "APISIX upstream node 10.0.5.12:8080 is unhealthy",
      "description": "apisix_upstream_status{name=\"/apisix/upstreams/catalog\",ip=\"10.0.5.12\",port=\"8080\"} == 0 for 2m (1 = healthy, 0 = unhealthy)"}),
    (APX_HC, N, "node transitioned to unhealthy after health-check timeouts (rule 9, rule 11)",
     {"alertname": "ApisixHealthcheckNodeUnhealthy", "severity": "warning", "route": "/apisix/routes/search",
      "hostname": "10.0.9.31", "port": "1980"},
     {"summary": "Health check marked 10.0.9.31:1980 unhealthy",
      "description": "status: unhealthy, counter: {tcp_failure: 0, http_failure: 0, success: 0, timeout_failure: 3}; timeout_failure exceeded unhealthy.timeouts (3)"}),
    (APX_PROM, L, "upstream latency p99, no timeout named (rule 4)",
     {"alertname": "ApisixUpstreamLatencyHigh", "severity": "warning", "route": "reports", "type": "upstream"},
     {"summary": "APISIX route reports: p99 upstream latency 3900ms",
      "description": "histogram_quantile(0.99, sum by (le) (rate(apisix_http_latency_bucket{type=\"upstream\",route=\"reports\"}[5m]))) > 2000"}),
    (APX_PROM, L, "request latency p95 (rule 4)",
     {"alertname": "ApisixRequestLatencyHigh", "severity": "warning", "route": "auth", "type": "request"},
     {"summary": "APISIX request latency p95 is 1.8s on route auth"}),
    (APX_HC, Z, "health-check timeout setting changed (rule 9)",
     {"alertname": "ApisixConfigChanged", "severity": "info", "resource": "upstreams/catalog"},
     {"summary": "Upstream catalog updated via Admin API",
      "description": "checks.active.timeout 1 -> 3, checks.active.unhealthy.timeouts 3 -> 5"}),
    (APX_PROM, Z, "a recovery (rule 14)",
     {"alertname": "ApisixUpstream504", "severity": "warning", "route": "orders-route", "code": "504"},
     {"summary": "Resolved: APISIX route orders-route no longer returns 504",
      "description": "The condition has cleared; 0 responses with code 504 in the last 10m."}),

    # ---------------- zalando/skipper ----------------
    (SKP_PROXY, U, "context deadline exceeded towards the backend, 504 (rule 13)",
     {"alertname": "SkipperProxyErrors", "severity": "warning", "namespace": "kube-system", "application": "skipper-ingress"},
     {"summary": "skipper-ingress logs backend errors",
      "description": skl("30.001s", "kube_shop__shop_api__shop_example_org____shop_api", "http://10.2.14.7:8080", 504,
                         "context deadline exceeded", "10.2.0.15", "GET", "/api/cart", "shop.example.org")}),
    (SKP_PROXY, U, "net.Error timeout=true on the backend roundtrip, 504 (rule 13)",
     {"alertname": "LogPatternAlert", "severity": "warning", "app": "skipper-ingress", "cluster": "prod-aws-eu1"},
     {"summary": "Pattern 'error while proxying' matched 26 times in 5m",
      "description": skl("1m0.002s", "kube_search__search__search_example_org____search", "http://10.2.31.4:9090", 504,
                         "net.Error during backend roundtrip to 10.2.31.4:9090: timeout=true temporary='true': "
                         "net/http: timeout awaiting response headers",
                         "10.2.0.18", "POST", "/v2/query", "search.example.org")}),
    (SKP_PROXY, U, "dial i/o timeout: a connect timeout stays upstream_timeout (rules 11, 15)",
     {"alertname": "SkipperBackendErrors", "severity": "critical", "application": "skipper-ingress", "route": "kube_ledger__ledger"},
     {"summary": "Backend http://10.2.40.9:8080 unreachable from skipper",
      "description": skl("10.001s", "kube_ledger__ledger__ledger_example_org____ledger", "http://10.2.40.9:8080", 502,
                         "failed to do backend roundtrip to 10.2.40.9:8080: dial tcp 10.2.40.9:8080: i/o timeout",
                         "10.2.0.11", "GET", "/accounts", "ledger.example.org")}),
    (SKP_PROXY, U, "error ratio quoting the backend deadline (rule 1)",
     {"alertname": "SkipperRouteErrorRate", "severity": "critical", "route": "kube_checkout__checkout"},
     {"summary": "Route kube_checkout__checkout: 9% of responses are 5xx",
      "description": "Most recent error: status code 504: context deadline exceeded (backend http://10.2.22.3:8080)"}),
    (SKP_FILTERS, U, "backendTimeout answered 504 Gateway Timeout (rule 13)",
     {"alertname": "SkipperGatewayTimeouts", "severity": "warning", "route": "kube_pdf__renderer", "code": "504"},
     {"summary": "504 Gateway Timeout on route kube_pdf__renderer",
      "description": "backendTimeout(\"10s\") exceeded: obtaining a connection, sending the request and reading the backend response headers took longer than the configured timeout"}),
    (SKP_PROXY, N, "dial connection refused, 502 (rule 11)",
     {"alertname": "SkipperProxyErrors", "severity": "warning", "namespace": "kube-system", "application": "skipper-ingress"},
     {"summary": "skipper-ingress logs backend errors",
      "description": skl("2.113ms", "kube_wiki__wiki__wiki_example_org____wiki", "http://10.2.8.21:3000", 502,
                         "failed to do backend roundtrip to 10.2.8.21:3000: dial tcp 10.2.8.21:3000: connect: connection refused",
                         "10.2.0.15", "GET", "/", "wiki.example.org")}),
    (SKP_PROXY, Z, "client canceled, 499 (rule 13)",
     {"alertname": "SkipperProxyErrors", "severity": "info", "namespace": "kube-system", "application": "skipper-ingress"},
     {"summary": "skipper-ingress logs canceled requests",
      "description": skl("12.304s", "kube_media__media__media_example_org____media", "http://10.2.17.2:8080", 499,
                         "context canceled", "10.2.0.19", "GET", "/video/8812.mp4", "media.example.org",
                         ua="Mozilla/5.0", prefix="client canceled")}),
    (SKP_PROXY, E, "499s counted after the client's readTimeout(): a 4xx rate (rule 4; relabelled after the first run, see SOURCES)",
     {"alertname": "SkipperClientCanceledRate", "severity": "info", "route": "kube_upload__upload"},
     {"summary": "Route kube_upload__upload: 37 requests ended with status code 499 in 10m",
      "description": "client canceled: readTimeout() hit while reading the request body; connection closed"}),
    (SKP_PROXY, E, "a ratio of 499 client cancellations: a 4xx rate (rule 4; relabelled after the first run, see SOURCES)",
     {"alertname": "SkipperRouteStatus499", "severity": "info", "route": "kube_search__search", "code": "499"},
     {"summary": "Route kube_search__search: 14% of responses are 499",
      "description": "client canceled after 2.870s, route kube_search__search with backend network http://10.2.31.4:9090, status code 499: context canceled"}),
    (SKP_CONFIG, Z, "a timeout flag changed (rule 9)",
     {"alertname": "SkipperConfigChanged", "severity": "info", "application": "skipper-ingress"},
     {"summary": "skipper-ingress rolled out with new flags",
      "description": "-timeout-backend=60s -> 10s, -response-header-timeout-backend=60s -> 30s"}),

    # ---------------- apache/trafficserver ----------------
    (ATS_ERR, U, "ATS 'Connection Timed Out' 504 (rule 13)",
     {"alertname": "TrafficServerErrorPages", "severity": "warning", "instance": "ats-edge-03:8080", "template": "timeout#inactivity"},
     {"summary": "Traffic Server sent 142 'Connection Timed Out' (504) pages in 5m",
      "description": "Too much time has elapsed since the server has sent data."}),
    (ATS_INACT, U, "ATS 'Inactivity Timeout' page for the origin (rule 13)",
     {"alertname": "LogMatch", "severity": "warning", "host": "ats-cache-11", "service": "trafficserver"},
     {"summary": "Inactivity Timeout served for origin images.example.net",
      "description": "Inactivity Timeout -- Description: Too much time has passed without sending any data for document."}),
    (ATS_ERR, U, "504 from the cache tier quoting the server timeout (rule 3, rule 13)",
     {"alertname": "CDNGatewayTimeouts", "severity": "critical", "tier": "ats-midtier", "code": "504"},
     {"summary": "Midtier returns 504 Connection Timed Out for 4.1% of requests to origin api-origin.example.net"}),
    (ATS_ERR, U, "5xx ratio whose top error is 'Connection Timed Out' (rule 1)",
     {"alertname": "EdgeCache5xxRatio", "severity": "critical", "pop": "fra1", "service": "trafficserver"},
     {"summary": "fra1 edge caches: 5xx ratio 3.8%",
      "description": "Top error page: Connection Timed Out (504) -- Too much time has elapsed since the server has sent data. (origin www-origin.example.com)"}),
    (ATS_ERR, Z, "'Not Cached' 504: the client accepts only cached copies (decision: the reason decides)",
     {"alertname": "TrafficServerErrorPages", "severity": "info", "instance": "ats-edge-07:8080", "template": "cache#not_in_cache"},
     {"summary": "Traffic Server sent 58 'Not Cached' (504) pages in 5m",
      "description": "This document was not available in the cache, and you (the client) only accept cached copies."}),
    (ATS_ERR, E, "'Invalid HTTP Response' 502 ratio (rule 15)",
     {"alertname": "TrafficServerBadResponses", "severity": "warning", "instance": "ats-edge-02:8080"},
     {"summary": "3.2% of responses are 'Invalid HTTP Response' (502)",
      "description": "The host origin-legacy.example.net did not return the document /catalog/feed.xml correctly."}),
    (ATS_ALLDOWN, N, "'No Valid Host': all addresses marked down (rule 9)",
     {"alertname": "TrafficServerNoValidHost", "severity": "critical", "instance": "ats-edge-05:8080", "origin": "assets.example.net"},
     {"summary": "No Valid Host for assets.example.net",
      "description": "The server was found but all of the addresses are marked down and so there is no valid target address to which to connect."}),
    (ATS_STATS, N, "parents marked down due to inactivity timeouts (rule 9)",
     {"alertname": "TrafficServerParentMarkedDown", "severity": "warning", "instance": "ats-child-02:8080"},
     {"summary": "4 parents marked down in 10m due to inactivity timeout",
      "description": "increase(proxy.process.http.total_parent_marked_down_timeout[10m]) = 4 -- number of times a parent was marked down due to a inactivity timeout"}),
    (ATS_CRC, Z, "ERR_CLIENT_ABORT: the client disconnected (rule 13)",
     {"alertname": "TrafficServerClientAborts", "severity": "info", "instance": "ats-edge-01:8080", "crc": "ERR_CLIENT_ABORT"},
     {"summary": "ERR_CLIENT_ABORT rate 14/s",
      "description": "The client disconnected before the complete object was sent."}),
    (ATS_CRC, Z, "ERR_CLIENT_READ_ERROR: the client's network (rule 13)",
     {"alertname": "TrafficServerClientReadErrors", "severity": "info", "instance": "ats-edge-04:8080", "crc": "ERR_CLIENT_READ_ERROR"},
     {"summary": "312 ERR_CLIENT_READ_ERROR entries in squid.log in 5m",
      "description": "The client had read errors (network problems)."}),
    (ATS_RECORDS, Z, "an origin timeout setting changed (rule 9)",
     {"alertname": "TrafficServerConfigReloaded", "severity": "info", "instance": "ats-edge-03:8080"},
     {"summary": "records.yaml reloaded on ats-edge-03",
      "description": "proxy.config.http.transaction_no_activity_timeout_out 30 -> 120; proxy.config.http.connect_attempts_timeout 30 -> 10"}),

    # ---------------- Netflix/zuul ----------------
    (ZUL_CAT, U, "FAILURE_ORIGIN_READ_TIMEOUT (rule 13)",
     {"alertname": "ZuulOriginFailures", "severity": "warning", "origin": "api-prod", "status_category": "FAILURE_ORIGIN_READ_TIMEOUT"},
     {"summary": "Zuul origin api-prod: 48 requests/min failed",
      "description": "FAILURE_ORIGIN_READ_TIMEOUT: Timeout reading the response from origin"}),
    (ZUL_OUT, U, "ORIGIN_READ_TIMEOUT error type, 504 (rule 13)",
     {"alertname": "LogErrors", "severity": "warning", "app": "zuul-edge", "host": "zuul-edge-i-0a12"},
     {"summary": "zuul-edge: 211 outbound errors in 5m",
      "description": "originName=recs-backend, errorType=ORIGIN_READ_TIMEOUT, status=504"}),
    (ZUL_CAT, U, "error ratio quoting the origin read timeout (rule 1)",
     {"alertname": "ZuulErrorRatioHigh", "severity": "critical", "origin": "checkout"},
     {"summary": "Zuul: 7.5% of checkout requests fail",
      "description": "Top status category: FAILURE_ORIGIN_READ_TIMEOUT (Timeout reading the response from origin), 92% of failures"}),
    (ZUL_OUT, U, "latency alert quoting the origin read timeout (rule 1)",
     {"alertname": "ZuulHighLatency", "severity": "warning", "origin": "search"},
     {"summary": "Zuul p99 for origin search above 10s",
      "description": "Slow requests end with ORIGIN_READ_TIMEOUT (504) after the origin read timeout."}),
    (ZUL_ERR, U, "label-only status 504 on outbound errors (rule 3)",
     {"alertname": "ZuulOutbound5xx", "severity": "warning", "origin": "profile", "code": "504"},
     {"summary": "Zuul returns 504 for 2.9% of profile requests"}),
    (ZUL_CAT, Z, "FAILURE_CLIENT_TIMEOUT: the client stalled (rule 13)",
     {"alertname": "ZuulClientFailures", "severity": "info", "status_category": "FAILURE_CLIENT_TIMEOUT"},
     {"summary": "Zuul: 33 requests/min with FAILURE_CLIENT_TIMEOUT",
      "description": "Timeout reading the client request"}),
    (ZUL_CAT, Z, "FAILURE_CLIENT_CANCELLED: the client hung up (rule 13)",
     {"alertname": "ZuulClientFailures", "severity": "info", "status_category": "FAILURE_CLIENT_CANCELLED"},
     {"summary": "Zuul: 120 requests/min with FAILURE_CLIENT_CANCELLED",
      "description": "Client abandoned/closed the connection"}),
    (ZUL_ERR, Z, "a timeout status property changed (rule 9)",
     {"alertname": "FastPropertyChanged", "severity": "info", "app": "zuul-edge"},
     {"summary": "Property zuul.error.outbound.readtimeout.status changed",
      "description": "zuul.error.outbound.readtimeout.status: 504 -> 503 (scope: zuul-edge, us-east-1)"}),
    (ZUL_CAT, N, "FAILURE_ORIGIN_NO_SERVERS (rule 11)",
     {"alertname": "ZuulOriginFailures", "severity": "critical", "origin": "ratings", "status_category": "FAILURE_ORIGIN_NO_SERVERS"},
     {"summary": "Zuul origin ratings: all requests failing",
      "description": "FAILURE_ORIGIN_NO_SERVERS: No UP origin servers available in Discovery"}),
    (ZUL_CAT, P, "max number of connections to origin reached (rule 7)",
     {"alertname": "ZuulOriginFailures", "severity": "warning", "origin": "images", "status_category": "FAILURE_LOCAL_THROTTLED_ORIGIN_SERVER_MAXCONN"},
     {"summary": "Zuul origin images: 19 requests/min throttled",
      "description": "FAILURE_LOCAL_THROTTLED_ORIGIN_SERVER_MAXCONN: Throttled due to reaching max number of connections to origin"}),
    (ZUL_CAT, E, "origin error status ratio (rule 4)",
     {"alertname": "ZuulOriginErrorRatio", "severity": "warning", "origin": "playback", "status_category": "FAILURE_ORIGIN"},
     {"summary": "Zuul origin playback: 5.6% of requests FAILURE_ORIGIN",
      "description": "Origin returned an error status"}),
    (ZUL_CAT, Z, "SUCCESS_LOCAL_NO_ROUTE: a routing miss, no backend called",
     {"alertname": "ZuulNoRoute", "severity": "info", "status_category": "SUCCESS_LOCAL_NO_ROUTE"},
     {"summary": "Zuul: 75 requests/min with no route",
      "description": "SUCCESS_LOCAL_NO_ROUTE: Unable to determine an origin to handle request"}),
    (APX_HC, Z, "a node back to healthy (rule 14)",
     {"alertname": "ApisixHealthcheckNodeHealthy", "severity": "info", "route": "/apisix/routes/search",
      "hostname": "10.0.9.31", "port": "1980"},
     {"summary": "Health check marked 10.0.9.31:1980 healthy again",
      "description": "status: healthy, counter: {tcp_failure: 0, http_failure: 0, success: 0, timeout_failure: 0}"}),
    (APX_PROM, Z, "code=408: the client did not send its request in time (rule 15)",
     {"alertname": "ApisixStatus408", "severity": "info", "route": "file-upload", "code": "408"},
     {"summary": "APISIX route file-upload: 2.1 responses/s with code 408"}),
    (SKP_FILTERS, Z, "a route updated with a backendTimeout filter (rule 9)",
     {"alertname": "RouteGroupChanged", "severity": "info", "namespace": "pdf", "routegroup": "renderer"},
     {"summary": "RouteGroup pdf/renderer updated",
      "description": "filters: backendTimeout(\"30s\") replaced by backendTimeout(\"10s\")"}),
]


def main():
    family = ProbeFamily("probes_timeout22.jsonl")
    for src, expected, reason, labels, annotations in ITEMS:
        family.add(src, expected, f"{src[0]} {src[1]}: {reason}", labels, annotations)
    family.write()


if __name__ == "__main__":
    main()
