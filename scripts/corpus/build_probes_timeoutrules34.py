#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_timeoutrules34.jsonl: timeout alerts written as Prometheus
alerting rules (and Loki ruler rules, which share the format) render them: alertname, severity and
the series' own labels, a summary and a description, sometimes a runbook link, built from the metric
names and messages of exporters and libraries that no earlier timeout family used.

Upstream timeouts (a caller gave up on something it called, POLICY rules 13 and 15): Pingora's
`Fail to proxy: Upstream ConnectTimedout/ReadTimedout` lines, Dapr's resiliency timeout activations
towards apps, components and actors and its gRPC client DEADLINE_EXCEEDED and HTTP 504 counters,
Knative's queue-proxy and activator timeouts (504), go-grpc-middleware's client DeadlineExceeded
ratio, OpenTelemetry's `rpc.client.call.duration` / `http.client.request.duration` with
DEADLINE_EXCEEDED / `error.type="timeout"`, the AWS SDK for Java v2's ApiCallTimeoutException and
ApiCallAttemptTimeoutException, Ocelot's downstream timeouts (503 that names the timeout), Apollo
Router's subgraph and connector GATEWAY_TIMEOUT, Armeria's ResponseTimeoutException and Netty's
connect timeout, Micrometer's `exception` tag on HTTP client timers.

Look-alikes: other signatures said with the same metrics (a client's connection-pool acquire timeout:
connection_pool_exhaustion; DNS query timeouts and UnknownHostException: dns_failure; a blackbox probe
failing for 10 minutes: node_down; UNAVAILABLE and 5xx ratios naming no timeout: high_error_rate) and
`null`: timeout settings changed (Dapr resiliency, Knative revision timeouts, Emissary mappings and
module, Ocelot's route timeout warning, Azure Functions functionTimeout), executions of a timeout
policy (not timeouts), Raft heartbeat and election timeouts, a function's own time limit, query engines'
own time limits (Trino, ClickHouse), a query abandoned by its client, a listener's idle timeout for
clients, a probe close to its own deadline.

Labels were decided from each alert's meaning under POLICY.md before the classifier ran on the file;
see the SOURCES.md section "probes_timeoutrules34".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_timeoutrules34.jsonl")
UT = "upstream_timeout"
DNS = "dns_failure"
POOL = "connection_pool_exhaustion"
ERR = "high_error_rate"
N = "node_down"

PINGORA = "cloudflare/pingora"
PINGORA_COMMIT = "c0845a8693b0792a6ccd0626e8475990f7269af2"
PG_L4 = (PINGORA, "pingora-core/src/connectors/l4.rs", PINGORA_COMMIT)
PG_TLS = (PINGORA, "pingora-core/src/connectors/tls/rustls/mod.rs", PINGORA_COMMIT)
PG_H1 = (PINGORA, "pingora-core/src/protocols/http/v1/client.rs", PINGORA_COMMIT)
PG_H2 = (PINGORA, "pingora-core/src/protocols/http/v2/client.rs", PINGORA_COMMIT)


def pingora_items():
    """Pingora's proxy error lines ("Fail to proxy: {error}, status: …, tries: …, retry: …, {summary}",
    pingora-proxy/src/lib.rs) counted by Loki ruler rules; the error is displayed as
    "{source} {etype} context: {context} cause: {cause}" (pingora-error/src/lib.rs)."""
    family.add(PG_L4, UT, "Pingora: upstream connect timed out (ConnectTimedout, Timeout Elapsed), proxy "
               "answered 502",
               {"alertname": "EdgeProxyUpstreamConnectTimeouts", "severity": "critical", "cluster": "edge-fra1",
                "app": "pingora-edge", "etype": "ConnectTimedout"},
               {"summary": "pingora-edge: 212 upstream connect timeouts in 5m",
                "description": "sum by (etype) (count_over_time({app=\"pingora-edge\"} |= \"Fail to proxy\" "
                               "| regexp `Upstream (?P<etype>\\w+)` [5m])) > 50. Last line: Fail to proxy: "
                               "Upstream ConnectTimedout context: timeout 1s connecting to server addr: "
                               "10.42.7.19:8443, scheme: HTTPS, sni: orders.internal cause: Timeout Elapsed, "
                               "status: 502, tries: 1, retry: false, GET /v2/orders/88123, Host: api.shop.example"})
    family.add(PG_TLS, UT, "Pingora: TLS connect to the origin timed out (ConnectTimedout while connecting)",
               {"alertname": "PingoraOriginTLSConnectTimeout", "severity": "warning", "cluster": "edge-sin2",
                "app": "pingora-edge", "upstream": "media-origin"},
               {"summary": "TLS connects to media-origin time out",
                "description": "count_over_time({app=\"pingora-edge\"} |= \"ConnectTimedout\" |= \"media-origin\" "
                               "[10m]) = 64 on edge-sin2: Fail to proxy: Upstream ConnectTimedout context: connecting "
                               "to server addr: 172.31.40.12:443, scheme: HTTPS, sni: media-origin.cdn.example, "
                               "timeout 2s, status: 502, tries: 1, retry: false, GET /img/p/4471.webp, Host: "
                               "img.cdn.example"})
    family.add(PG_L4, UT, "Pingora: connect through an HTTP CONNECT proxy timed out (ConnectTimedout)",
               {"alertname": "EgressProxyConnectTimeouts", "severity": "warning", "cluster": "egress-eu2",
                "app": "pingora-egress"},
               {"summary": "pingora-egress: CONNECT proxy connects time out",
                "description": "Fail to proxy: Upstream ConnectTimedout context: establishing CONNECT proxy, "
                               "status: 502, tries: 1, retry: false, POST /v1/charges, Host: api.card-acquirer.example "
                               "(19 in 10m)"})
    family.add(PG_H1, UT, "Pingora: upstream did not send response headers in time (ReadTimedout)",
               {"alertname": "PingoraUpstreamReadTimeouts", "severity": "warning", "cluster": "edge-iad3",
                "app": "gql-proxy", "etype": "ReadTimedout"},
               {"summary": "gql-proxy: upstream read timeouts above 1/s",
                "description": "Upstream ReadTimedout while reading response headers (1.7/s over 5m). Sample: "
                               "Fail to proxy: Upstream ReadTimedout context: while reading response headers, status: "
                               "502, tries: 2, retry: false, POST /graphql, Host: gql.media.example",
                "runbook_url": "https://runbooks.media.example/edge/pingora-upstream-timeouts"})
    family.add(PG_H2, UT, "Pingora: an h2 upstream stalled reading the response body (ReadTimedout, retried)",
               {"alertname": "PingoraH2UpstreamStalls", "severity": "warning", "cluster": "edge-ams1",
                "app": "pingora-edge", "upstream": "search-h2"},
               {"summary": "search-h2 responses stall mid-body",
                "description": "Retried proxy failures on edge-ams1: Fail to proxy: Upstream ReadTimedout context: "
                               "while reading h2 response body, tries: 1, retry: true, GET /search?q=boots, Host: "
                               "www.shop.example (38 in 10m)"})


DAPR = "dapr/dapr"
DAPR_COMMIT = "d8450742ce3260d93a2346f4398a1e60d019a45b"
DAPR_RES = (DAPR, "pkg/diagnostics/resiliency_monitoring.go", DAPR_COMMIT)
DAPR_METRICS = (DAPR, "docs/development/dapr-metrics.md", DAPR_COMMIT)


def dapr_items():
    """Dapr sidecar metrics: resiliency/activations_total with policy="timeout" (the sidecar's timeout
    policy fired on a call it made), its gRPC client status and its HTTP client status."""
    def activations(target, app, value, sev="warning", direction="outbound", why=""):
        family.add(DAPR_RES, UT, f"Dapr: timeout policy activated on outbound calls to {target}{why}",
                   {"alertname": "DaprResiliencyTimeoutActivations", "severity": sev, "namespace": "shop",
                    "app_id": app, "policy": "timeout", "flow_direction": direction, "target": target,
                    "name": "shop-resiliency"},
                   {"summary": f"{app}: calls to {target} are hitting the resiliency timeout",
                    "description": f"sum by (app_id, target) (rate(dapr_resiliency_activations_total{{policy=\"timeout\","
                                   f"flow_direction=\"{direction}\"}}[5m])) = {value} for app_id {app}, target {target} "
                                   f"(Number of times a resiliency policy has been activated in a building block after "
                                   f"a failure or after a state change)."})

    activations("app_payment-service", "checkout", "1.83", sev="critical")
    activations("Statestore_orders-redis", "order-processor", "0.42", why=" (a state store component)")
    activations("actor_CartActor", "cart-gateway", "0.27", why=" (actor calls)")
    activations("Pubsub_orders-kafka", "order-api", "0.61", why=" (publishing to a pub/sub component)")
    family.add(DAPR_METRICS, UT, "Dapr: gRPC client RPCs ending DEADLINE_EXCEEDED (label, rule 3)",
               {"alertname": "DaprServiceInvocationDeadlineExceeded", "severity": "warning", "namespace": "billing",
                "app_id": "invoice-api", "grpc_client_status": "DEADLINE_EXCEEDED",
                "grpc_client_method": "/dapr.proto.internals.v1.ServiceInvocation/CallLocal"},
               {"summary": "invoice-api: 6.2% of service invocations exceed their deadline",
                "description": "sum(rate(dapr_grpc_io_client_completed_rpcs{app_id=\"invoice-api\","
                               "grpc_client_status=\"DEADLINE_EXCEEDED\"}[5m])) / sum(rate(dapr_grpc_io_client_"
                               "completed_rpcs{app_id=\"invoice-api\"}[5m])) = 0.062"})
    family.add(DAPR_METRICS, UT, "Dapr: DEADLINE_EXCEEDED count on another app's sidecar",
               {"alertname": "DaprSidecarDeadlines", "severity": "critical", "namespace": "fulfilment",
                "app_id": "pick-planner", "grpc_client_status": "DEADLINE_EXCEEDED"},
               {"summary": "pick-planner: 1.1k sidecar gRPC calls exceeded their deadline in 15m",
                "description": "increase(dapr_grpc_io_client_completed_rpcs{app_id=\"pick-planner\","
                               "grpc_client_status=\"DEADLINE_EXCEEDED\"}[15m]) = 1104"})
    family.add(DAPR_METRICS, UT, "Dapr: HTTP client requests completed with 504 (label-only, rule 3)",
               {"alertname": "DaprHTTPClient504", "severity": "warning", "namespace": "shop", "app_id": "storefront",
                "status": "504", "method": "POST"},
               {"summary": "storefront sidecar: 504 responses from invoked apps",
                "description": "increase(dapr_http_client_completed_count{app_id=\"storefront\",status=\"504\"}[10m]) "
                               "= 87"})
    family.add(DAPR_METRICS, None, "Dapr: timeout policy executions (the policy wraps every call; not "
               "activations)",
               {"alertname": "DaprResiliencyPolicyExecutionsHigh", "severity": "info", "namespace": "shop",
                "app_id": "checkout", "policy": "timeout", "target": "app_payment-service"},
               {"summary": "checkout: resiliency timeout policy executed 1.4k times/s",
                "description": "rate(dapr_resiliency_count{policy=\"timeout\"}[5m]) = 1402 (The number of times a "
                               "resiliency policy has been executed.) Traffic to app_payment-service doubled after "
                               "the campaign launch."})
    family.add(DAPR_METRICS, None, "Dapr: Resiliency resource reloaded with a longer timeout (a setting, rule 9)",
               {"alertname": "DaprResiliencyPoliciesReloaded", "severity": "info", "namespace": "shop",
                "app_id": "order-processor", "name": "shop-resiliency"},
               {"summary": "order-processor loaded resiliency policy shop-resiliency",
                "description": "changes(dapr_resiliency_loaded{name=\"shop-resiliency\"}[15m]) > 0 after the "
                               "Resiliency update: spec.policies.timeouts.general 5s -> 15s"})


KNATIVE = "knative/serving"
KNATIVE_COMMIT = "98e5ef90aa7033797aa0a61ef97f3ff7e49a3944"
KN_TIMEOUT = (KNATIVE, "pkg/http/handler/timeout.go", KNATIVE_COMMIT)
KN_ACTIVATOR = (KNATIVE, "cmd/activator/main.go", KNATIVE_COMMIT)
KN_REVISION = (KNATIVE, "pkg/apis/serving/v1/revision_types.go", KNATIVE_COMMIT)
KN_DEFAULTS = (KNATIVE, "config/core/configmaps/defaults.yaml", KNATIVE_COMMIT)


def knative_items():
    """Knative's timeout handler in the queue-proxy ("request timeout") and the activator ("activator
    request timeout"): it answers 504 when the user container does not respond, start responding or keep
    sending bytes in time."""
    family.add(KN_TIMEOUT, UT, "Knative queue-proxy: the revision's request timeout, 504 \"request timeout\"",
               {"alertname": "KnativeQueueProxyRequestTimeouts", "severity": "warning", "namespace": "reports",
                "service": "pdf-render", "revision": "pdf-render-00017", "container": "queue-proxy"},
               {"summary": "pdf-render-00017: requests cut at the revision timeout",
                "description": "count_over_time({namespace=\"reports\", container=\"queue-proxy\"} |= \"Request "
                               "timeout: 5m0s\" [15m]) = 23; clients received 504 with body \"request timeout\"."})
    family.add(KN_ACTIVATOR, UT, "Knative activator: 504 \"activator request timeout\" ratio",
               {"alertname": "KnativeActivatorGatewayTimeouts", "severity": "critical", "namespace": "knative-serving",
                "pod": "activator-7d9c5b8f6d-q2xkm", "code": "504"},
               {"summary": "activator: 4.1% of proxied requests end in 504",
                "description": "Responses with body \"activator request timeout\" from the activator for revision "
                               "ml-scoring-00009 in namespace models; the revision's pods did not answer within "
                               "timeoutSeconds."})
    family.add(KN_ACTIVATOR, UT, "Knative activator: \"activator request timeout\" lines counted by a Loki rule",
               {"alertname": "KnativeActivatorTimeoutLines", "severity": "warning", "namespace": "knative-serving",
                "app": "activator"},
               {"summary": "activator: requests to revision checkout-00031 timed out",
                "description": "sum(count_over_time({namespace=\"knative-serving\", app=\"activator\"} |= \"Request "
                               "timeout\" [10m])) = 57; clients of checkout-00031 got 504 \"activator request "
                               "timeout\""})
    family.add(KN_TIMEOUT, UT, "Knative queue-proxy: the container did not start responding in time",
               {"alertname": "KnativeResponseStartTimeouts", "severity": "warning", "namespace": "search",
                "service": "suggest", "revision": "suggest-00042", "container": "queue-proxy"},
               {"summary": "suggest-00042: response start timeouts",
                "description": "queue-proxy logged \"Response start timeout: 30s\" 41 times in 10m "
                               "(responseStartTimeoutSeconds: the maximum duration the request routing layer will "
                               "wait for a request delivered to a container to begin sending any network traffic)."})
    family.add(KN_TIMEOUT, UT, "Knative queue-proxy: the app stopped sending bytes (idle timeout of the "
               "response, not of a client)",
               {"alertname": "KnativeStreamIdleTimeouts", "severity": "warning", "namespace": "media",
                "service": "transcode-events", "revision": "transcode-events-00005", "container": "queue-proxy"},
               {"summary": "transcode-events-00005: streamed responses cut by the idle timeout",
                "description": "queue-proxy: \"Idle timeout: 1m0s\" x17 in 30m; the user container sent no bytes "
                               "for idleTimeoutSeconds and the request was ended with 504."})
    family.add(KN_ACTIVATOR, None, "Knative activator: PROBE_TIMEOUT unparsable at start (a setting, rule 9)",
               {"alertname": "KnativeActivatorFatalLogs", "severity": "warning", "namespace": "knative-serving",
                "pod": "activator-5c9f7d6b8-7wz4r"},
               {"summary": "activator logged a fatal error at start",
                "description": "{\"severity\":\"EMERGENCY\",\"message\":\"Failed to parse PROBE_TIMEOUT\","
                               "\"value\":\"300\",\"error\":\"time: missing unit in duration \\\"300\\\"\"}"})
    family.add(KN_REVISION, None, "Knative: a revision's timeoutSeconds raised (a setting, rule 9)",
               {"alertname": "KubeAuditKnativeServicePatched", "severity": "info", "namespace": "reports",
                "resource": "services.serving.knative.dev", "name": "pdf-render"},
               {"summary": "Knative Service reports/pdf-render patched",
                "description": "spec.template.spec.timeoutSeconds: 300 -> 900 (\"TimeoutSeconds is the maximum "
                               "duration in seconds that the request instance is allowed to respond to a "
                               "request\") by ci-deployer"})
    family.add(KN_DEFAULTS, None, "Knative: config-defaults revision timeouts changed (a setting, rule 9)",
               {"alertname": "ConfigMapChanged", "severity": "info", "namespace": "knative-serving",
                "configmap": "config-defaults"},
               {"summary": "knative-serving/config-defaults changed",
                "description": "revision-timeout-seconds: \"300\" -> \"600\"; max-revision-timeout-seconds: \"600\" "
                               "-> \"1800\""})


GGM = "grpc-ecosystem/go-grpc-middleware"
GGM_COMMIT = "9150cbd1794d11e2adbe1700751cfcabc3c2316a"
GGM_CLIENT = (GGM, "providers/prometheus/client_metrics.go", GGM_COMMIT)


def grpc_middleware_items():
    """go-grpc-middleware's Prometheus provider: grpc_client_handled_total by grpc_code (client side)."""
    family.add(GGM_CLIENT, UT, "gRPC client RPCs ending DeadlineExceeded, per service and method",
               {"alertname": "GRPCClientDeadlineExceededRatio", "severity": "warning", "namespace": "logistics",
                "job": "shipment-tracker", "grpc_service": "carrier.v2.RateQuoteService",
                "grpc_method": "GetQuote", "grpc_type": "unary"},
               {"summary": "shipment-tracker → carrier.v2.RateQuoteService/GetQuote: 9.3% DeadlineExceeded",
                "description": "sum(rate(grpc_client_handled_total{job=\"shipment-tracker\",grpc_method=\"GetQuote\","
                               "grpc_code=\"DeadlineExceeded\"}[5m])) / sum(rate(grpc_client_handled_total{job="
                               "\"shipment-tracker\",grpc_method=\"GetQuote\"}[5m])) = 0.093 (> 0.02 for 10m)"})
    family.add(GGM_CLIENT, UT, "gRPC client: a burst of DeadlineExceeded completions (count)",
               {"alertname": "GRPCClientDeadlineBurst", "severity": "critical", "namespace": "ledger",
                "job": "posting-api", "grpc_service": "ledger.v1.BalanceService", "grpc_code": "DeadlineExceeded"},
               {"summary": "posting-api: 412 client RPCs to ledger.v1.BalanceService exceeded their deadline",
                "description": "increase(grpc_client_handled_total{grpc_service=\"ledger.v1.BalanceService\","
                               "grpc_code=\"DeadlineExceeded\"}[10m]) = 412",
                "runbook_url": "https://wiki.ledger.example/runbooks/grpc-deadline-exceeded"})
    family.add(GGM_CLIENT, UT, "gRPC client: server-streaming calls ending DeadlineExceeded",
               {"alertname": "GRPCClientStreamDeadlines", "severity": "warning", "namespace": "market-data",
                "job": "quote-fanout", "grpc_service": "feeds.v3.TickerFeed", "grpc_method": "Subscribe",
                "grpc_type": "server_stream", "grpc_code": "DeadlineExceeded"},
               {"summary": "quote-fanout: TickerFeed/Subscribe streams end DeadlineExceeded",
                "description": "rate(grpc_client_handled_total{grpc_method=\"Subscribe\",grpc_type=\"server_stream\","
                               "grpc_code=\"DeadlineExceeded\"}[5m]) = 0.9/s (Total number of RPCs completed by the "
                               "client, regardless of success or failure.)"})
    family.add(GGM_CLIENT, ERR, "gRPC client RPCs ending Unavailable (failed RPCs, no timeout named)",
               {"alertname": "GRPCClientUnavailableRatio", "severity": "warning", "namespace": "logistics",
                "job": "shipment-tracker", "grpc_service": "geo.v1.ZoneService", "grpc_code": "Unavailable"},
               {"summary": "shipment-tracker → geo.v1.ZoneService: 3.8% Unavailable",
                "description": "sum(rate(grpc_client_handled_total{grpc_service=\"geo.v1.ZoneService\",grpc_code="
                               "\"Unavailable\"}[5m])) / sum(rate(grpc_client_handled_total{grpc_service=\"geo.v1."
                               "ZoneService\"}[5m])) = 0.038"})


SEMCONV = "open-telemetry/semantic-conventions"
SEMCONV_COMMIT = "384d66161cb18704c729645fa8136a148df9571c"
SC_RPC = (SEMCONV, "docs/rpc/rpc-metrics.md", SEMCONV_COMMIT)
SC_GRPC = (SEMCONV, "docs/rpc/grpc.md", SEMCONV_COMMIT)
SC_HTTP = (SEMCONV, "docs/http/http-metrics.md", SEMCONV_COMMIT)


def semconv_items():
    """OpenTelemetry semantic-convention metrics as a Prometheus exporter names them: rpc.client.call.duration
    with rpc.status_code, http.client.request.duration with error.type."""
    family.add(SC_GRPC, UT, "OTel rpc.client.call.duration: DEADLINE_EXCEEDED share of outgoing calls",
               {"alertname": "OutgoingRPCDeadlineExceeded", "severity": "warning", "service_name": "fraud-scorer",
                "rpc_system_name": "grpc", "rpc_method": "risk.v1.Signals/Lookup",
                "server_address": "signals.risk.svc.cluster.local"},
               {"summary": "fraud-scorer: 7% of calls to risk.v1.Signals/Lookup exceed their deadline",
                "description": "sum(rate(rpc_client_call_duration_seconds_count{rpc_status_code=\"DEADLINE_EXCEEDED\","
                               "rpc_method=\"risk.v1.Signals/Lookup\"}[5m])) / sum(rate(rpc_client_call_duration_"
                               "seconds_count{rpc_method=\"risk.v1.Signals/Lookup\"}[5m])) = 0.07"})
    family.add(SC_HTTP, UT, "OTel http.client.request.duration: error.type=\"timeout\" share per server",
               {"alertname": "HTTPClientTimeoutRatio", "severity": "warning", "service_name": "quote-engine",
                "server_address": "api.fx-rates.example", "error_type": "timeout"},
               {"summary": "quote-engine: 12% of requests to api.fx-rates.example time out",
                "description": "sum(rate(http_client_request_duration_seconds_count{server_address=\"api.fx-rates."
                               "example\",error_type=\"timeout\"}[5m])) / sum(rate(http_client_request_duration_"
                               "seconds_count{server_address=\"api.fx-rates.example\"}[5m])) = 0.12"})
    family.add(SC_GRPC, UT, "OTel rpc.client.call.duration: error.type=DEADLINE_EXCEEDED count (label, rule 3)",
               {"alertname": "OutgoingRPCErrorsByType", "severity": "critical", "service_name": "cart",
                "rpc_system_name": "grpc", "rpc_method": "promo.v1.Promotions/Apply",
                "error_type": "DEADLINE_EXCEEDED"},
               {"summary": "cart: 530 outgoing promo.v1.Promotions/Apply calls failed DEADLINE_EXCEEDED in 10m",
                "description": "sum by (error_type) (increase(rpc_client_call_duration_seconds_count{rpc_method="
                               "\"promo.v1.Promotions/Apply\"}[10m])) = 530"})
    family.add(SC_HTTP, UT, "OTel http.client.request.duration: timeouts per url.template of a partner API",
               {"alertname": "PartnerAPITimeouts", "severity": "warning", "service_name": "kyc-gateway",
                "server_address": "verify.id-partner.example", "url_template": "/v2/documents/{id}/checks",
                "error_type": "timeout"},
               {"summary": "kyc-gateway: calls to /v2/documents/{id}/checks time out",
                "description": "increase(http_client_request_duration_seconds_count{url_template=\"/v2/documents/"
                               "{id}/checks\",error_type=\"timeout\"}[15m]) = 96"})
    family.add(SC_HTTP, DNS, "OTel http.client.request.duration: error.type=java.net.UnknownHostException "
               "(the name did not resolve, rule 3)",
               {"alertname": "HTTPClientErrorTypeSpike", "severity": "warning", "service_name": "notification-hub",
                "server_address": "push.partner-b.example", "error_type": "java.net.UnknownHostException"},
               {"summary": "notification-hub: requests to push.partner-b.example fail with "
                           "java.net.UnknownHostException",
                "description": "sum(rate(http_client_request_duration_seconds_count{error_type=\"java.net."
                               "UnknownHostException\"}[5m])) = 3.1/s since 09:12"})
    family.add(SC_RPC, ERR, "OTel rpc.client.call.duration: UNAVAILABLE share (no timeout named)",
               {"alertname": "OutgoingRPCErrorRatio", "severity": "warning", "service_name": "fraud-scorer",
                "rpc_system_name": "grpc", "rpc_method": "risk.v1.Devices/Fingerprint",
                "rpc_status_code": "UNAVAILABLE"},
               {"summary": "fraud-scorer: 5.5% of calls to risk.v1.Devices/Fingerprint fail UNAVAILABLE",
                "description": "sum(rate(rpc_client_call_duration_seconds_count{rpc_status_code=\"UNAVAILABLE\"}[5m])) "
                               "/ sum(rate(rpc_client_call_duration_seconds_count[5m])) = 0.055"})


AWS = "aws/aws-sdk-java-v2"
AWS_CALL = (AWS, "core/sdk-core/src/main/java/software/amazon/awssdk/core/exception/ApiCallTimeoutException.java",
            "84f890e61140f8052df029f78c971aa6e998dd21")
AWS_ATTEMPT = (AWS, "core/sdk-core/src/main/java/software/amazon/awssdk/core/exception/"
               "ApiCallAttemptTimeoutException.java", "85e217f7af9d2204c1842c48f4cc5f9c57af6111")
AWS_NETTY = (AWS, "http-clients/netty-nio-client/src/main/java/software/amazon/awssdk/http/nio/netty/internal/"
             "NettyRequestExecutor.java", "cf8eccb9e971e98a698891780fdfcfd586af2074")
ACQUIRE = ("Acquire operation took longer than the configured maximum time. This indicates that a request cannot "
           "get a connection from the pool within the specified maximum time. This can be due to high request rate.")


def aws_items():
    """The AWS SDK for Java v2: the whole call's and one attempt's time limits (the client gave up on the
    service), and the Netty client's pool acquisition timeouts (a pool, rule 7)."""
    family.add(AWS_CALL, UT, "AWS SDK v2: ApiCallTimeoutException calling DynamoDB",
               {"alertname": "AppExceptionRate", "severity": "warning", "namespace": "profiles",
                "app": "profile-service", "exception": "ApiCallTimeoutException"},
               {"summary": "profile-service: 58 ApiCallTimeoutException in 5m",
                "description": "software.amazon.awssdk.core.exception.ApiCallTimeoutException: Client execution did "
                               "not complete before the specified timeout configuration: 10000 millis (DynamoDb."
                               "GetItem on table profiles-prod)"})
    family.add(AWS_ATTEMPT, UT, "AWS SDK v2: attempt timeouts as the top error of an error-ratio rule "
               "(cause, rule 1)",
               {"alertname": "HighErrorRatio", "severity": "critical", "namespace": "uploads",
                "service": "media-ingest"},
               {"summary": "media-ingest: 7.4% of requests failed over 10m",
                "description": "Top error: ApiCallAttemptTimeoutException: HTTP request execution did not complete "
                               "before the specified timeout configuration: 2000 millis (S3.PutObject, bucket "
                               "media-ingest-eu-west-1)"})
    family.add(AWS_CALL, UT, "AWS SDK v2: ApiCallTimeoutException fetching a secret at start-up",
               {"alertname": "PodNotReadyErrors", "severity": "warning", "namespace": "payments",
                "pod": "settlement-worker-6b7c9d-4kq2t"},
               {"summary": "settlement-worker not ready: secret fetch failing",
                "description": "readiness failing: software.amazon.awssdk.core.exception.ApiCallTimeoutException: "
                               "Client execution did not complete before the specified timeout configuration: 5000 "
                               "millis (SecretsManager.GetSecretValue)"})
    family.add(AWS_ATTEMPT, UT, "AWS SDK v2: attempt timeouts quoted by a latency rule (cause, rule 1)",
               {"alertname": "SQSConsumerSlow", "severity": "warning", "namespace": "orders",
                "service": "order-events-consumer"},
               {"summary": "order-events-consumer p99 handling time 9.8s",
                "description": "Slow handlers end in SqsException retries: HTTP request execution did not "
                               "complete before the specified timeout configuration: 3000 millis"})
    family.add(AWS_ATTEMPT, UT, "AWS SDK v2: Kinesis GetRecords attempts timing out (log rule)",
               {"alertname": "KinesisConsumerErrors", "severity": "warning", "namespace": "analytics",
                "app": "sessionizer"},
               {"summary": "sessionizer: GetRecords attempts time out",
                "description": "count_over_time({app=\"sessionizer\"} |= \"ApiCallAttemptTimeoutException\" [5m]) "
                               "= 212; software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException: HTTP "
                               "request execution did not complete before the specified timeout configuration: "
                               "1500 millis"})
    family.add(AWS_NETTY, POOL, "AWS SDK v2 Netty client: connection acquire timed out (the pool, rule 7)",
               {"alertname": "AppExceptionRate", "severity": "critical", "namespace": "analytics",
                "app": "clickstream-writer", "exception": "SdkClientException"},
               {"summary": "clickstream-writer: 1.9k SdkClientException in 5m",
                "description": "software.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP "
                               "request: " + ACQUIRE})
    family.add(AWS_NETTY, POOL, "AWS SDK v2 Netty client: pending acquisitions over the limit (the pool, "
               "rule 7)",
               {"alertname": "KinesisProducerErrors", "severity": "warning", "namespace": "analytics",
                "app": "clickstream-writer"},
               {"summary": "clickstream-writer: PutRecords failing",
                "description": "Maximum pending connection acquisitions exceeded. The request rate is too high for "
                               "the client to keep up."})


OCELOT = "ThreeMammals/Ocelot"
OCELOT_COMMIT = "30c2e08e20c096f8c8328827edfb99f4e0628fdb"
OC_QOS = (OCELOT, "src/QualityOfService/CircuitBreakerDelegatingHandler.cs", OCELOT_COMMIT)
OC_ERR = (OCELOT, "src/Errors/RequestTimedOutError.cs", OCELOT_COMMIT)
OC_RESP = (OCELOT, "src/Responder/Middleware/ResponderMiddleware.cs", OCELOT_COMMIT)
OC_POOL = (OCELOT, "src/Requester/MessageInvokerPool.cs", OCELOT_COMMIT)


def ocelot_items():
    """Ocelot (.NET API gateway; its backends are "downstream"): a downstream request that timed out is
    answered 503, with the timeout named (rule 15: a 503 that names a timeout is the timeout)."""
    family.add(OC_QOS, UT, "Ocelot: QoS timeout on a downstream request, 503 returned",
               {"alertname": "OcelotDownstreamTimeouts", "severity": "warning", "namespace": "gateway",
                "app": "ocelot-gw", "route": "/catalog/{everything}"},
               {"summary": "ocelot-gw: downstream timeouts on /catalog/{everything}",
                "description": "Request to 'http://catalog-api.shop.svc:8080/api/products/sku-42817' timed out "
                               "after 8000ms. Returning ServiceUnavailable for route -> /catalog/{everything} "
                               "(31 in 5m)"})
    family.add(OC_QOS, UT, "Ocelot: 503 ratio whose body names the route timeout",
               {"alertname": "GatewayServiceUnavailableRatio", "severity": "critical", "namespace": "gateway",
                "app": "ocelot-gw", "code": "503"},
               {"summary": "ocelot-gw: 9% of /pricing requests answered 503",
                "description": "Response body: \"Request timeout for route -> /pricing/{sku}\""})
    family.add(OC_QOS, UT, "Ocelot: downstream timeouts in a Loki rule on another route",
               {"alertname": "GatewayDownstreamTimedOut", "severity": "critical", "namespace": "b2b",
                "app": "partner-gateway"},
               {"summary": "partner-gateway: /invoices/{id} downstream timing out",
                "description": "count_over_time({app=\"partner-gateway\"} |= \"timed out after\" [5m]) = 74. "
                               "Request to 'http://invoice-svc.b2b:5000/invoices/INV-2026-00912' timed out after "
                               "3000ms. Returning ServiceUnavailable for route -> /invoices/{id}"})
    family.add(OC_ERR, UT, "Ocelot: RequestTimedOutError set by the responder middleware",
               {"alertname": "OcelotPipelineErrors", "severity": "warning", "namespace": "gateway",
                "app": "ocelot-gw", "error_code": "RequestTimedOutError"},
               {"summary": "ocelot-gw: RequestTimedOutError x58 in 10m",
                "description": "ResponderMiddleware found 1 error ->\nRequestTimedOutError: Timeout making http "
                               "request, exception: System.TimeoutException: The operation has timed out.\n"
                               "Setting error response for request: GET /accounts/7781/statements"})
    family.add(OC_POOL, None, "Ocelot: route/QoS timeouts misconfigured and auto-doubled (a setting, rule 9)",
               {"alertname": "OcelotConfigWarnings", "severity": "info", "namespace": "gateway", "app": "ocelot-gw"},
               {"summary": "ocelot-gw logged configuration warnings",
                "description": "Route '/pricing/{sku}' has Quality of Service settings (QoSOptions) enabled, but "
                               "either the route Timeout or the QoS Timeout is misconfigured: specifically, the "
                               "route Timeout (5000 ms) is shorter than the QoS Timeout (8000 ms). To mitigate "
                               "potential request failures, logged errors, or unexpected behavior caused by Polly's "
                               "timeout strategy, Ocelot auto-doubled the QoS Timeout and applied 16000 ms to the "
                               "route Timeout."})


ROUTER = "apollographql/router"
ROUTER_COMMIT = "27d8f600c5f2bead656b5ee81adc422b7b15922b"
AR_SHAPING = (ROUTER, "apollo-router/src/plugins/traffic_shaping/mod.rs", ROUTER_COMMIT)
AR_ERRORS = (ROUTER, "docs/source/routing/errors.mdx", ROUTER_COMMIT)
AR_INSTR = (ROUTER, "docs/source/routing/observability/router-telemetry-otel/enabling-telemetry/instruments.mdx",
            ROUTER_COMMIT)


def router_items():
    """Apollo Router: a subgraph request ended by the traffic-shaping timeout (504, "Your request has been
    timed out", GATEWAY_TIMEOUT) and a connector's GATEWAY_TIMEOUT; a 502 ratio that names no timeout."""
    family.add(AR_SHAPING, UT, "Apollo Router: subgraph requests ending 504 GATEWAY_TIMEOUT",
               {"alertname": "RouterSubgraphTimeouts", "severity": "critical", "namespace": "graph",
                "subgraph_name": "inventory", "http_response_status_code": "504"},
               {"summary": "Subgraph inventory: 6.7% of fetches time out",
                "description": "sum(rate(http_client_request_duration_seconds_count{subgraph_name=\"inventory\","
                               "http_response_status_code=\"504\"}[5m])) / sum(rate(http_client_request_duration_"
                               "seconds_count{subgraph_name=\"inventory\"}[5m])) = 0.067; errors: \"Your request has "
                               "been timed out\" (extensions.code GATEWAY_TIMEOUT)"})
    family.add(AR_SHAPING, UT, "Apollo Router: subgraph timeouts counted per subgraph",
               {"alertname": "RouterSubgraphTimeoutCount", "severity": "warning", "namespace": "graph",
                "subgraph_name": "accounts"},
               {"summary": "Subgraph accounts: 318 fetches ended in 504 in 15m",
                "description": "increase(http_client_request_duration_seconds_count{subgraph_name=\"accounts\","
                               "http_response_status_code=\"504\"}[15m]) = 318 (traffic_shaping.subgraphs.accounts."
                               "timeout: 2s)"})
    family.add(AR_ERRORS, UT, "Apollo Router: connector fetches ending GATEWAY_TIMEOUT",
               {"alertname": "RouterConnectorErrors", "severity": "warning", "namespace": "graph",
                "connector_source": "shipping_rest", "code": "GATEWAY_TIMEOUT"},
               {"summary": "Connector shipping_rest: GATEWAY_TIMEOUT errors",
                "description": "GATEWAY_TIMEOUT: The request timed out when fetching data from a connector service. "
                               "(44 operations in 10m)"})
    family.add(AR_INSTR, ERR, "Apollo Router: subgraph 502 ratio (a 5xx naming no timeout, rule 15)",
               {"alertname": "RouterSubgraphErrorRatio", "severity": "warning", "namespace": "graph",
                "subgraph_name": "reviews", "http_response_status_code": "502"},
               {"summary": "Subgraph reviews: 4.2% of fetches answered 502",
                "description": "sum(rate(http_client_request_duration_seconds_count{subgraph_name=\"reviews\","
                               "http_response_status_code=~\"5..\"}[5m])) / sum(rate(http_client_request_duration_"
                               "seconds_count{subgraph_name=\"reviews\"}[5m])) = 0.042"})


ARMERIA = "line/armeria"
ARMERIA_COMMIT = "8cb6fc168d4808d0d82ca771e3cba62399b41be4"
AM_RESP = (ARMERIA, "core/src/main/java/com/linecorp/armeria/client/ResponseTimeoutException.java", ARMERIA_COMMIT)
AM_DNS = (ARMERIA, "core/src/main/java/com/linecorp/armeria/internal/client/dns/DelegatingDnsResolver.java",
          ARMERIA_COMMIT)
NETTY_NIO = ("netty/netty", "transport/src/main/java/io/netty/channel/nio/AbstractNioChannel.java",
             "0f793059b9c57aef4ec27452d5de87a6522d0c7d")


def armeria_items():
    """Armeria's client exceptions: a response not received in time, a connect that timed out (Netty's
    ConnectTimeoutException inside UnprocessedRequestException) and its DNS resolver's query timeout."""
    family.add(AM_RESP, UT, "Armeria: ResponseTimeoutException as the top exception of a failure ratio",
               {"alertname": "ArmeriaClientFailureRatio", "severity": "warning", "namespace": "ads",
                "service": "bid-router", "remote_service": "pricing.BidPricer"},
               {"summary": "bid-router → pricing.BidPricer: 8% of requests fail",
                "description": "armeria_client_requests_total{result=\"failure\"} ratio 0.08 over 5m; top cause "
                               "com.linecorp.armeria.client.ResponseTimeoutException"})
    family.add(AM_RESP, UT, "Armeria: ResponseTimeoutException lines counted by a Loki rule",
               {"alertname": "ArmeriaResponseTimeouts", "severity": "critical", "namespace": "chat",
                "app": "message-relay"},
               {"summary": "message-relay: 640 response timeouts from push-gateway in 5m",
                "description": "count_over_time({app=\"message-relay\"} |= \"ResponseTimeoutException\" [5m]) = 640; "
                               "sample: Request failed: POST /push (endpoint push-gateway.chat.svc:8080): "
                               "com.linecorp.armeria.client.ResponseTimeoutException"})
    family.add(NETTY_NIO, UT, "Armeria/Netty: connect timed out to a backend (rule 11: a connect timeout)",
               {"alertname": "JavaErrorLogs", "severity": "warning", "namespace": "ads", "app": "bid-router"},
               {"summary": "bid-router: 120 connection errors in 5m",
                "description": "com.linecorp.armeria.client.UnprocessedRequestException: io.netty.channel."
                               "ConnectTimeoutException: connection timed out after 3200 ms: "
                               "reviews.internal/10.20.3.41:8080"})
    family.add(AM_DNS, DNS, "Armeria: DNS query timed out (DnsTimeoutException, rule 13)",
               {"alertname": "JavaErrorLogs", "severity": "warning", "namespace": "ads", "app": "creative-fetcher"},
               {"summary": "creative-fetcher: DNS errors",
                "description": "com.linecorp.armeria.client.DnsTimeoutException: DefaultDnsQuestion(cdn-origin."
                               "ads.svc.cluster.local. IN A) is timed out after 5000 milliseconds."})


MICROMETER = ("micrometer-metrics/micrometer",
              "micrometer-core/src/main/java/io/micrometer/core/instrument/binder/http/HttpRequestTags.java",
              "082b782b71c485e0da6e970d460e3b7c08a98522")


def micrometer_items():
    """Micrometer's `exception` tag (the exception's simple class name) on HTTP client timers."""
    family.add(MICROMETER, UT, "Micrometer: HTTP client calls ending SocketTimeoutException (label, rule 3)",
               {"alertname": "HttpClientTimeoutExceptions", "severity": "warning", "namespace": "claims",
                "application": "claims-portal", "client_name": "policy-api.claims.svc",
                "exception": "SocketTimeoutException", "uri": "/v1/policies/{id}"},
               {"summary": "claims-portal → policy-api.claims.svc: SocketTimeoutException on /v1/policies/{id}",
                "description": "sum(rate(http_client_requests_seconds_count{client_name=\"policy-api.claims.svc\","
                               "exception=\"SocketTimeoutException\"}[5m])) = 2.4/s"})
    family.add(MICROMETER, UT, "Micrometer: HTTP client calls ending ConnectTimeoutException (connect timeout, "
               "rule 11)",
               {"alertname": "HttpClientConnectTimeouts", "severity": "warning", "namespace": "shipping",
                "application": "label-printer", "client_name": "api.parcel-carrier.example",
                "exception": "ConnectTimeoutException"},
               {"summary": "label-printer cannot connect to api.parcel-carrier.example in time",
                "description": "increase(http_client_requests_seconds_count{exception=\"ConnectTimeoutException\"}"
                               "[10m]) = 143"})
    family.add(MICROMETER, UT, "Micrometer: WebClient calls ending ReadTimeoutException, as a share",
               {"alertname": "WebClientReadTimeoutRatio", "severity": "critical", "namespace": "travel",
                "application": "booking-bff", "client_name": "inventory.partner-air.example",
                "exception": "ReadTimeoutException"},
               {"summary": "booking-bff: 15% of calls to inventory.partner-air.example end in ReadTimeoutException",
                "description": "sum(rate(http_client_requests_seconds_count{exception=\"ReadTimeoutException\"}[5m])) "
                               "/ sum(rate(http_client_requests_seconds_count[5m])) = 0.15"})


RAFT = ("hashicorp/raft", "raft.go", "1837036daf50bd973bcb0f3fc536b2d451cebf5d")


def raft_items():
    """hashicorp/raft heartbeat and election timeouts, as Consul, Nomad and Vault log and count them: a
    consensus protocol's own timers (leader elections), not a caller giving up."""
    family.add(RAFT, None, "Raft heartbeat timeout starting an election (Consul's counter)",
               {"alertname": "ConsulRaftHeartbeatTimeouts", "severity": "warning", "datacenter": "dc-eu1",
                "instance": "consul-server-2:8500"},
               {"summary": "consul-server-2: raft heartbeat timeouts",
                "description": "increase(consul_raft_transition_heartbeat_timeout[10m]) = 3; log: agent.server.raft: "
                               "heartbeat timeout reached, starting election: last-leader-addr=10.0.3.21:8300 "
                               "last-leader-id=7c1e2f0a-5d3b-4e8c-a1f9-0b6d2c4e8a17"})
    family.add(RAFT, None, "Raft election timeout, election restarted (Nomad log rule)",
               {"alertname": "NomadServerElectionChurn", "severity": "warning", "region": "global",
                "instance": "nomad-server-1"},
               {"summary": "nomad-server-1 keeps restarting leader elections",
                "description": "count_over_time({job=\"nomad\"} |= \"Election timeout reached, restarting election\" "
                               "[15m]) = 6"})
    family.add(RAFT, None, "Raft heartbeat timeout on a non-voter (no election)",
               {"alertname": "VaultRaftWarnings", "severity": "info", "cluster": "vault-prod",
                "instance": "vault-4"},
               {"summary": "vault-4: raft warnings",
                "description": "storage.raft: heartbeat timeout reached, not part of a stable configuration or a "
                               "non-voter, not triggering a leader election"})
    family.add(RAFT, None, "Raft leader lost contact with the quorum and stepped down (leader loss)",
               {"alertname": "ConsulLeaderSteppedDown", "severity": "warning", "datacenter": "dc-us2",
                "instance": "consul-server-0:8500"},
               {"summary": "consul-server-0 stepped down as leader",
                "description": "agent.server.raft: failed to contact quorum of nodes, stepping down"})


EMISSARY = "emissary-ingress/emissary"
EMISSARY_COMMIT = "3ebe0f4687ff6245c5a8e7c9db114a0bb1546d3b"
EM_MAPPING = (EMISSARY, "pkg/api/getambassador.io/v3alpha1/crd_mapping.go", EMISSARY_COMMIT)
EM_CHANGELOG = (EMISSARY, "docs/CHANGELOG.tpl", EMISSARY_COMMIT)


def emissary_items():
    """Emissary-ingress timeout settings changed: Mapping timeout_ms and idle_timeout_ms, the Module's
    cluster_request_timeout_ms (settings, rule 9)."""
    family.add(EM_MAPPING, None, "Emissary: a Mapping's timeout_ms raised (a setting, rule 9)",
               {"alertname": "GitOpsDriftApplied", "severity": "info", "namespace": "ambassador",
                "kind": "Mapping", "name": "reports-export"},
               {"summary": "Mapping ambassador/reports-export updated by Argo CD",
                "description": "spec.timeout_ms: 3000 -> 60000 (The timeout for requests that use this Mapping.)"})
    family.add(EM_CHANGELOG, None, "Emissary: the Module's default request timeout set (a setting, rule 9)",
               {"alertname": "KubeAuditConfigChange", "severity": "info", "namespace": "ambassador",
                "resource": "modules.getambassador.io", "name": "ambassador"},
               {"summary": "modules.getambassador.io/ambassador patched",
                "description": "spec.config.cluster_request_timeout_ms: (unset, default 3000) -> 15000"})
    family.add(EM_MAPPING, None, "Emissary: idle keep-alive connections closed at a Mapping's idle_timeout_ms "
               "(closed for idleness, rule 12)",
               {"alertname": "EdgeIdleConnectionsClosed", "severity": "info", "namespace": "ambassador",
                "pod": "edge-stack-6f8d9c7b5-xk2lp"},
               {"summary": "edge-stack: idle downstream connections closed after idle_timeout_ms",
                "description": "Keep-alive connections through Mapping mobile-api that saw no traffic for 300000 "
                               "ms (idle_timeout_ms) were closed; 1.2k closes/min, as configured."})


FUNCS = "Azure/azure-functions-host"
FUNCS_COMMIT = "89dc438d476542786f2fc4070f553423213a6223"
FN_TIMEOUT = (FUNCS, "test/WebJobs.Script.Tests.Integration/ScriptHostEndToEnd/EndToEndTimeoutTests.cs", FUNCS_COMMIT)
FN_HOSTJSON = (FUNCS, "src/WebJobs.Script/Config/HostJsonFileConfigurationSource.cs", FUNCS_COMMIT)


def functions_items():
    """Azure Functions' own per-invocation time limit (functionTimeout): the function's run, rule 10."""
    family.add(FN_TIMEOUT, None, "Azure Functions: a function exceeded its functionTimeout (own limit, rule 10)",
               {"alertname": "FunctionTimeouts", "severity": "warning", "app": "func-inventory-sync-prod",
                "function": "SyncInventory"},
               {"summary": "func-inventory-sync-prod: SyncInventory timed out 4 times in 1h",
                "description": "Timeout value of 00:05:00 exceeded by function 'Functions.SyncInventory' (Id: "
                               "'4b9e2c1d-7a3f-4e8b-9c51-2f6d0a8e3b77') - Microsoft.Azure.WebJobs.Host."
                               "FunctionTimeoutException"})
    family.add(FN_TIMEOUT, None, "Azure Functions: a queue-triggered function hit its functionTimeout (own limit, "
               "rule 10)",
               {"alertname": "AppInsightsLogAlert", "severity": "Sev3", "app": "func-thumbnails-weu",
                "function": "ResizeImage"},
               {"summary": "Timeouts in func-thumbnails-weu",
                "description": "traces | where message startswith \"Timeout value of\" -> Timeout value of 00:10:00 "
                               "exceeded by function 'Functions.ResizeImage' (Id: 'c07a5e91-33d2-4f6b-8e0a-"
                               "91b4d2f7c6a8')"})
    family.add(FN_HOSTJSON, None, "Azure Functions: functionTimeout raised in host.json (a setting, rule 9)",
               {"alertname": "AppConfigChanged", "severity": "info", "app": "func-inventory-sync-prod"},
               {"summary": "func-inventory-sync-prod host.json changed",
                "description": "functionTimeout \"00:05:00\" -> \"00:10:00\" (deployment 2026-12-06.3)"})


TRINO = ("trinodb/trino", "core/trino-main/src/main/java/io/trino/execution/QueryTracker.java",
         "286b050bde15d650c293da4fc984de4b4333410f")


def trino_items():
    """Trino's own query time limits (EXCEEDED_TIME_LIMIT) and a query abandoned by its client."""
    family.add(TRINO, None, "Trino: query.max-run-time reached (the engine's own limit, rule 15)",
               {"alertname": "TrinoQueriesFailedTimeLimit", "severity": "warning", "cluster": "trino-adhoc",
                "error_name": "EXCEEDED_TIME_LIMIT"},
               {"summary": "trino-adhoc: 14 queries failed EXCEEDED_TIME_LIMIT in 1h",
                "description": "Latest: Query exceeded maximum time limit of 1.00h (user analyst_kp, source "
                               "superset)"})
    family.add(TRINO, None, "Trino: query.max-execution-time reached (the engine's own limit, rule 15)",
               {"alertname": "TrinoEventListenerFailures", "severity": "warning", "cluster": "trino-etl",
                "error_code": "EXCEEDED_TIME_LIMIT"},
               {"summary": "trino-etl: nightly rollup failed",
                "description": "Query 20261206_031502_00417_ztq8m failed: Query exceeded the maximum execution "
                               "time limit of 30.00m"})
    family.add(TRINO, None, "Trino: query.max-planning-time reached (the engine's own limit, rule 15)",
               {"alertname": "TrinoQueriesFailedTimeLimit", "severity": "info", "cluster": "trino-bi",
                "error_name": "EXCEEDED_TIME_LIMIT"},
               {"summary": "trino-bi: planning time limit hit",
                "description": "Query exceeded the maximum planning time limit of 10.00m (a 400-way UNION from "
                               "the dashboard builder)"})
    family.add(TRINO, None, "Trino: query abandoned by its client (the client stopped polling, rule 13)",
               {"alertname": "TrinoAbandonedQueries", "severity": "info", "cluster": "trino-adhoc",
                "error_name": "ABANDONED_QUERY"},
               {"summary": "trino-adhoc: abandoned queries",
                "description": "Query 20261206_101512_00042_x7k2p has not been accessed since 2026-12-06T10:20:14."
                               "112Z: currentTime 2026-12-06T10:25:14.335Z"})


CLICKHOUSE = ("ClickHouse/ClickHouse", "src/QueryPipeline/ExecutionSpeedLimits.cpp",
              "d1dec7d97210717385cf244d99deecb5d6e72888")


def clickhouse_items():
    """ClickHouse's own execution limits (max_execution_time and the speed checks): the database's limits,
    rule 15."""
    family.add(CLICKHOUSE, None, "ClickHouse: TIMEOUT_EXCEEDED by max_execution_time (own limit, rule 15)",
               {"alertname": "ClickHouseQueryErrors", "severity": "warning", "instance": "ch-analytics-03:9363",
                "error": "TIMEOUT_EXCEEDED"},
               {"summary": "ch-analytics-03: 27 TIMEOUT_EXCEEDED errors in 15m",
                "description": "increase(ClickHouseErrorMetric_TIMEOUT_EXCEEDED[15m]) = 27; last: Code: 159. "
                               "DB::Exception: Timeout exceeded: elapsed 60.004812 seconds, maximum: 60. "
                               "(TIMEOUT_EXCEEDED)"})
    family.add(CLICKHOUSE, None, "ClickHouse: query refused as too slow (own speed limit)",
               {"alertname": "ClickHouseQueryErrors", "severity": "info", "instance": "ch-analytics-01:9363",
                "error": "TOO_SLOW"},
               {"summary": "ch-analytics-01: TOO_SLOW errors",
                "description": "Code: 160. DB::Exception: Estimated query execution time (412.7 seconds) is too "
                               "long. Maximum: 300. Estimated rows to process: 1893442110. (TOO_SLOW)"})


BLACKBOX = "prometheus/blackbox_exporter"
BLACKBOX_COMMIT = "e39d7d415684f31b907dce55201a435fe2c2cf0d"
BB_HTTP = (BLACKBOX, "prober/http.go", BLACKBOX_COMMIT)
BB_MAIN = (BLACKBOX, "main.go", BLACKBOX_COMMIT)


def blackbox_items():
    """Blackbox exporter probes: a probe failing for ten minutes on a timeout (node_down, rule 4), a probe
    failing on a lookup that timed out (dns_failure, rule 13) and a probe close to its own deadline (the
    monitor's collection, rule 16)."""
    family.add(BB_HTTP, N, "blackbox: HTTP probe failing for 10m, last error a timeout (rule 4)",
               {"alertname": "BlackboxProbeFailed", "severity": "critical", "job": "blackbox-http",
                "instance": "https://status-api.payments.example/healthz", "module": "http_2xx"},
               {"summary": "Probe of https://status-api.payments.example/healthz failing",
                "description": "probe_success == 0 for 10m. Debug output: Error for HTTP request err=\"Get "
                               "\\\"https://status-api.payments.example/healthz\\\": context deadline exceeded\""})
    family.add(BB_HTTP, DNS, "blackbox: probe failing because the lookup timed out (rule 13 over rule 4)",
               {"alertname": "BlackboxProbeFailed", "severity": "warning", "job": "blackbox-http",
                "instance": "https://partner-sso.example/login", "module": "http_2xx"},
               {"summary": "Probe of https://partner-sso.example/login failing",
                "description": "probe_success == 0 for 5m; Error resolving address err=\"lookup partner-sso.example "
                               "on 10.96.0.10:53: read udp 10.244.1.9:51544->10.96.0.10:53: i/o timeout\""})
    family.add(BB_MAIN, None, "blackbox: probe duration close to the scrape timeout minus timeout-offset "
               "(the monitor's own collection, rule 16)",
               {"alertname": "BlackboxProbeNearTimeout", "severity": "info", "job": "blackbox-tcp",
                "instance": "smtp.mail.example:25", "module": "tcp_connect"},
               {"summary": "Probes of smtp.mail.example:25 take 9.3s of their 9.5s budget",
                "description": "probe_duration_seconds = 9.31; scrape_timeout 10s minus --timeout-offset 0.5 "
                               "(\"Offset to subtract from timeout in seconds.\")"})


pingora_items()
dapr_items()
knative_items()
grpc_middleware_items()
semconv_items()
aws_items()
ocelot_items()
router_items()
armeria_items()
micrometer_items()
raft_items()
emissary_items()
functions_items()
trino_items()
clickhouse_items()
blackbox_items()
family.write()
