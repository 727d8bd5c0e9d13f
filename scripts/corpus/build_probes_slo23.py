#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_slo23.jsonl: request health measured as ratios and SLIs
(error budget burn, failure / success ratios, 5xx and gRPC error-code ratios, p95/p99 latency,
apdex, response time) in rule sets and monitor templates the corpus had not used, and their
look-alikes (CPU, traffic rates, event rates, absent metrics, job staleness, selector checks...).

Each item is one rule rendered as Alertmanager (or the vendor) delivers it when fired: the rule's
own labels, the target labels its expression keeps (cluster, namespace, service, pod...) with
made-up values, and its annotations with `{{ $labels.x }}` / `{{ $value }}` filled in. Runbook and
dashboard links are dropped; every other annotation is quoted as the file at the cited commit has
it.

Labels are decided from each rule's expression and text under tests/fixtures/corpus/POLICY.md
before the classifier ran (the `reason` of each item); see the `probes_slo23.jsonl` section of
tests/fixtures/corpus/SOURCES.md for the groups, the left-outs and the policy decisions.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

ERR, LAT, DOWN, NULL = "high_error_rate", "high_latency", "node_down", None

GP = ("gitpod-io/gitpod", "4f45d02eac95a253e9031c5f651e62585f6c9d3b")
GPM = "operations/observability/mixins/meta/rules/"
GPI = "operations/observability/mixins/IDE/rules/"
GPW = "operations/observability/mixins/workspace/rules/central/"
SG = ("sourcegraph/sourcegraph-public-snapshot", "02455a0f72dd0fc005c7928af8137a6e5db084e5")
SGA = "doc/admin/observability/alerts.md"
PC = ("grafana/jsonnet-libs", "6da2b4b82e73d1918023586430e00c7ab56976fd")
OF = ("openfaas/faas-netes", "662ce9ce36ec4a32467773c308807bd5d58f5ae6")
CR = ("coroot/coroot", "370a33fd4fd3a9fff4433ded83de335df64ecd2f")
COS = ("GoogleCloudPlatform/cloud-ops-sandbox", "0cc587bddeec3186fb1a992801ee0c11c02faeb7")
WD = "unq-arq2-ecommerce-team/weather-documentation"


def sourcegraph(level, service, name, description, expected, reason):
    """Sourcegraph's generated alerts fire as its `alert_count` series (labels level, service_name,
    name, description); Alertmanager's summary is the silence key `<level>_<service>_<name>`."""
    return (SG, SGA, expected, reason,
            {"alertname": "alert_count", "level": level, "service_name": service, "name": name,
             "description": description},
            {"summary": f"{level}_{service}_{name}", "description": description})


# (repo+commit, path, expected, reason, labels, annotations)
ITEMS = [
    # gitpod-io/gitpod: its observability mixins (PrometheusRule YAML)
    (GP, GPM + "login-slo.yaml", ERR,
     "rule 4: SLO error budget burn of the login requests' failure ratio (14.4x / 6x burn, page)",
     {"alertname": "GitpodLoginErrorBudgetBurn", "severity": "critical", "prometheus": "k8s"},
     {"summary": "Error budget is being burn too quickly.",
      "description": "Error budget is being burn too quickly. At this rate, the whole monthly budget will be burnt in less than 2 days."}),
    (GP, GPM + "login-slo.yaml", ERR,
     "rule 4: SLO error budget burn of the login requests' failure ratio (3x / 1x burn, ticket)",
     {"alertname": "GitpodLoginErrorBudgetBurn", "severity": "warning", "prometheus": "k8s"},
     {"summary": "Error budget is being burn quickly.",
      "description": "Error budget is being burn quickly. At this rate, the whole monthly budget will be burnt in less than 10 days."}),
    (GP, GPM + "public-api.yaml", DOWN,
     "rule 8: absent(up{job=...}) is a no-data alert on the target's own up series",
     {"alertname": "PublicAPI_NoMetrics", "severity": "warning", "team": "webapp"},
     {"summary": "We have not been able to collect metrics from the Public API. This can indicate an issue with the instances, or with metrics collection. Investigation required.",
      "description": "Metrics for Public API are not available. Either the public-api-server pods are down, or there is a problem with metric collection and we are flying blind. Investigate."}),
    (GP, GPM + "public-api.yaml", ERR,
     "rule 4: count of RPCs answered unknown/internal/unavailable/data_loss (server errors)",
     {"alertname": "PublicAPI_ServiceReturningServerErrors", "severity": "warning", "team": "webapp",
      "package": "gitpod.experimental.v1", "call": "GetWorkspace"},
     {"summary": "PublicAPI serves multiple different Services and RPC. There have been failing requests due to server errors. Investigation required.",
      "description": "Service gitpod.experimental.v1.GetWorkspace has returned 4.00 server errors in the last 10 minutes."}),
    (GP, GPM + "public-api.yaml", ERR,
     "rule 4: 5xx responses of the Stripe webhook handler (requests)",
     {"alertname": "GitpodStripeWebhookFailures", "severity": "warning", "team": "webapp"},
     {"summary": "Detected 3.00 errors handling Stripe webhook.",
      "description": "Stripe is sending us webhooks but we are failing to handle them. Inconsistent usage data very likely."}),
    (GP, GPM + "server.yaml", ERR,
     "rule 4: ratio of JSON-RPC API calls with a status code not 2xx/3xx/4xx",
     {"alertname": "JsonRpcApiErrorRates", "severity": "critical", "team": "webapp", "dedicated": "included",
      "cluster": "prod-meta-eu03"},
     {"summary": "The error rate of the JSON RPC API is high on prod-meta-eu03. Investigation required.",
      "description": "JSON RPC API error rate high"}),
    (GP, GPM + "server.yaml", ERR,
     "rule 4: ratio of gRPC Internal/Unknown/DataLoss codes of the gitpod.v1 API",
     {"alertname": "GitpodV1APIServerErrors", "severity": "critical", "team": "webapp", "dedicated": "included",
      "cluster": "prod-meta-us02"},
     {"summary": "gitpod.v1 API is returning higher number of errors on prod-meta-us02. Investigation required.",
      "description": "gitpod.v1 API is returning higher number of errors"}),
    (GP, GPM + "server.yaml", ERR,
     "rule 4: count of 5xx answers to the startWorkspace API call",
     {"alertname": "StartWorkspace_InternalErrors", "severity": "critical", "team": "webapp",
      "cluster": "prod-meta-eu03"},
     {"summary": "Failing to start workspaces in prod-meta-eu03.",
      "description": "Server is failed to start 7.00 workspaces in prod-meta-eu03 in the last 5 minutes"}),
    (GP, GPM + "server.yaml", NULL,
     "rule 2: CPU usage",
     {"alertname": "ServerHighCPUUsage", "severity": "warning", "team": "webapp", "cluster": "prod-meta-us02"},
     {"summary": "Server has excessive CPU usage.",
      "description": "Server is consumming too much CPU. Please investigate."}),
    (GP, GPM + "server.yaml", NULL,
     "traffic: the rate of new websocket connections (no limit, no errors)",
     {"alertname": "WebsocketConnectionRateHigh", "severity": "warning", "team": "webapp",
      "pod": "server-7d9f8c6b5-x2kqp"},
     {"summary": "The websocket connection rate is higher than usual. Investigation required.",
      "description": "Websocket connection rate high"}),
    (GP, GPM + "server.yaml", NULL,
     "policy decision: a runtime's pause (Node.js event-loop lag) is not request time; 'will become unresponsive' is a prediction (rule 17)",
     {"alertname": "ServerEventLoopLagTooHigh", "severity": "critical", "job": "server", "cluster": "prod-meta-eu03",
      "pod": "server-6c8d9b7f4-q7wzt"},
     {"summary": 'Server accumulated too much "event loop lag" on prod-meta-eu03. The webapp will become unresponsive if we don\'t act here.',
      "description": "Server has accumulated 0.42s event loop lag."}),
    (GP, GPM + "proxy.yaml", ERR,
     "rules 4, 15: ratio of 502 responses of Caddy (naming no timeout)",
     {"alertname": "ProxyBadGateway", "severity": "critical", "team": "webapp"},
     {"summary": "Caddy is having trouble serving requests for backends",
      "description": "The user experience is degraded, analyze logs to see which routes are impacted"}),
    (GP, GPM + "proxy.yaml", NULL,
     "rule 2: CPU usage",
     {"alertname": "ProxyHighCPUUsage", "severity": "warning", "team": "webapp", "cluster": "prod-meta-eu03"},
     {"summary": "Proxy has excessive CPU usage.",
      "description": "Proxy is consumming too much CPU. Please investigate."}),
    (GP, GPM + "usage.yaml", NULL,
     "rule 10: a scheduled reconciliation that has not completed successfully for an hour (job staleness)",
     {"alertname": "GitpodUsageTooLongSinceLastSuccessfulLedgerReconciliation", "severity": "warning", "team": "webapp"},
     {"summary": "Usage reconciliation has not run successfully for 4512.00 seconds. Usage data is stale.",
      "description": "We have not executed scheduled usage reconciliation for 4512.00 seconds. We expect the data to update every 15 minutes to avoid stale usage records and stale invoices."}),
    (GP, GPM + "ws-manager-bridge.yaml", NULL,
     "traffic: rate of workspace-instance update events received (no errors, no latency)",
     {"alertname": "WsManagerBridgeHighEventsReceived", "severity": "error", "team": "webapp", "dedicated": "included",
      "cluster": "prod-meta-eu03"},
     {"summary": "WS Manager Bridge events received from ws-manager-mk2 is abnormally high",
      "description": "If it becomes too high, it'll prevent workspaces from starting. Please investigate."}),
    (GP, GPI + "opensvx.yaml", ERR,
     "rules 4, 17: failure ratio of extension-gallery queries; 'possibly down' is a guess, the ratio decides",
     {"alertname": "GitpodOpenVSXRegistryDown", "severity": "critical", "dedicated": "included",
      "cluster": "prod-ws-eu03"},
     {"summary": "Open-VSX registry is possibly down",
      "description": "Open-VSX registry is possibly down. We cannot pull VSCode extensions we don't have in our caches"}),
    (GP, GPI + "opensvx.yaml", ERR,
     "rules 4, 17: ratio of HTTP client requests not SUCCESS/REDIRECTION/CLIENT_ERROR; 'possibly down' is a guess",
     {"alertname": "GitpodOpenVSXUpstreamDown", "severity": "critical"},
     {"summary": "Open-VSX upstream is possibly down",
      "description": "Open-VSX upstream is possibly down."}),
    (GP, GPI + "opensvx.yaml", DOWN,
     "rule 4: up == 0 of the proxy's scrape target",
     {"alertname": "GitpodOpenVSXUnavailable", "severity": "warning", "team": "ide",
      "job": "openvsx-proxy", "pod": "openvsx-proxy-0", "cluster": "prod-ws-us05", "instance": "10.12.4.31:9500"},
     {"summary": "Prometheus is failing to scrape OpenVSX-proxy",
      "description": "OpenVSX-proxy(Pod openvsx-proxy-0, cluster prod-ws-us05) is possibly down, or prometheus is failing to scrape it."}),
    (GP, GPI + "supervisor.yaml", ERR,
     "rule 4: ratio of gRPC calls to supervisor answered with a code other than OK/Canceled",
     {"alertname": "SupervisorIncomingFailuresRatioTooHigh", "severity": "critical", "dedicated": "included",
      "cluster": "prod-ws-eu03"},
     {"summary": "Supervisor is returning higher number of errors. This can prevent workspace usability."}),
    (GP, GPI + "supervisor.yaml", ERR,
     "rule 4: ratio of supervisor's outgoing API calls that failed",
     {"alertname": "SupervisorOutgoingFailuresRatioTooHigh", "severity": "critical", "dedicated": "included",
      "cluster": "prod-ws-us05"},
     {"summary": "PublicAPI or ServerAPI is returning higher number of errors. This can prevent workspace usability"}),
    (GP, GPW + "image-builder.yaml", NULL,
     "an anomaly in the count of running image builds (demand), not errors or latency",
     {"alertname": "GitpodImageBuildDurationAnomaly", "severity": "warning", "team": "engine",
      "cluster": "prod-ws-eu03"},
     {"summary": "image builds are happening too frequently in cluster prod-ws-eu03",
      "description": "Users are waiting more often for image builds"}),
    (GP, GPW + "workspaces.yaml", NULL,
     "rule 10: workspaces failing to start are user tasks, not requests (as crash22 labelled Gitpod's workspace failures)",
     {"alertname": "GitpodWorkspaceHighStartFailureRate", "severity": "critical", "dedicated": "included",
      "cluster": "prod-ws-us05"},
     {"summary": "Workspaces are failing to start in cluster prod-ws-us05.",
      "description": "For the last 15 minutes more than 20% of hew workspaces have failed to start"}),
]


# sourcegraph/sourcegraph-public-snapshot doc/admin/observability/alerts.md (generated reference)
ITEMS += [
    sourcegraph("warning", "frontend", "90th_percentile_search_request_duration",
                "frontend: 15s+ 90th percentile successful search request duration over 5m", LAT,
                "rule 4: p90 of search request duration"),
    sourcegraph("warning", "frontend", "99th_percentile_search_api_request_duration",
                "frontend: 50s+ 99th percentile successful search API request duration over 5m", LAT,
                "rule 4: p99 of search API request duration"),
    sourcegraph("warning", "frontend", "90th_percentile_search_codeintel_request_duration",
                "frontend: 15s+ 90th percentile code-intel successful search request duration over 5m", LAT,
                "rule 4: p90 of code-intel search request duration"),
    sourcegraph("critical", "frontend", "blob_load_latency",
                "frontend: 5s+ 90th percentile blob load latency over 10m", LAT,
                "rule 4: p90 of HTTP request duration of the blob route"),
    sourcegraph("warning", "frontend", "99th_percentile_gitserver_duration",
                "frontend: 20s+ 99th percentile successful gitserver query duration over 5m", LAT,
                "rule 4: p99 of gitserver request duration"),
    sourcegraph("critical", "frontend", "mean_successful_sentinel_duration_over_2h",
                "frontend: 8s+ mean successful sentinel search duration over 2h for 30m0s", LAT,
                "rule 4: mean response time of synthetic (sentinel) search requests"),
    sourcegraph("warning", "frontend", "90th_percentile_sentinel_stream_latency_over_2h",
                "frontend: 4s+ 90th percentile successful sentinel stream latency over 2h for 15m0s", LAT,
                "rule 4: p90 streaming latency of synthetic (sentinel) searches"),
    sourcegraph("warning", "frontend", "hard_error_search_responses",
                "frontend: 2%+ hard error search responses every 5m for 15m0s", ERR,
                "rule 4: percentage of search responses with status error"),
    sourcegraph("warning", "frontend", "hard_error_search_api_responses",
                "frontend: 2%+ hard error search API responses every 5m for 15m0s", ERR,
                "rule 4: ratio of search API responses with status error"),
    sourcegraph("warning", "frontend", "internal_indexed_search_error_responses",
                "frontend: 5%+ internal indexed search error responses every 5m for 15m0s", ERR,
                "rule 4: percentage of zoekt requests with a non-2xx code"),
    sourcegraph("warning", "frontend", "internal_unindexed_search_error_responses",
                "frontend: 5%+ internal unindexed search error responses every 5m for 15m0s", ERR,
                "rule 4: percentage of searcher requests with a non-2xx code"),
    sourcegraph("warning", "searcher", "frontend_internal_api_error_responses",
                "searcher: 2%+ frontend-internal API error responses every 5m by route for 5m0s", ERR,
                "rule 4: ratio of non-2xx responses to searcher's frontend-internal API requests"),
    sourcegraph("critical", "searcher", "pods_available_percentage",
                "searcher: less than 90% percentage pods available for 10m0s", DOWN,
                "rule 4: share of searcher scrape targets with up == 1 below 90% (targets down)"),
    sourcegraph("critical", "postgres", "postgres_up",
                "postgres: less than 0 database availability for 5m0s", DOWN,
                "rule 4: pg_up <= 0, the exporter cannot reach the database (database down)"),
    sourcegraph("warning", "frontend", "search_alert_user_suggestions",
                "frontend: 5%+ search alert user suggestions shown every 5m for 15m0s", NULL,
                "suggestions shown for users' syntax errors: answered searches, not failed requests"),
    sourcegraph("warning", "frontend", "cloudkms_cryptographic_requests",
                "frontend: 15000+ cryptographic requests to Cloud KMS every 1m for 5m0s", NULL,
                "traffic: a count of requests, not errors"),
    sourcegraph("warning", "frontend", "go_gc_duration_seconds",
                "frontend: 2s+ maximum go garbage collection duration", NULL,
                "a runtime's GC pause, not request time"),
    sourcegraph("warning", "worker", "go_goroutines",
                "worker: 10000+ maximum active goroutines for 10m0s", NULL,
                "a goroutine count without a limit"),
    sourcegraph("warning", "frontend", "observability_test_alert_warning",
                "frontend: 1+ warning test alert metric", NULL,
                "a test alert triggered on purpose (rule 9)"),
    sourcegraph("warning", "postgres", "pg_exporter_err",
                "postgres: 1+ errors scraping postgres exporter for 5m0s", NULL,
                "rule 16: the exporter's own failure to collect"),
    sourcegraph("warning", "repo-updater", "src_repoupdater_syncer_sync_errors_total",
                "repo-updater: 0.5+ site level external service sync error rate for 10m0s", NULL,
                "rule 10: failed background sync jobs, not requests served"),
    sourcegraph("warning", "repo-updater", "syncer_sync_duration",
                "repo-updater: 30s+ 95th repositories sync duration for 5m0s", NULL,
                "rule 10: the run time of a background sync job, not request time"),
    sourcegraph("warning", "zoekt", "indexed_search_request_errors",
                "zoekt: 5%+ indexed search request errors every 5m by code for 5m0s", ERR,
                "rule 4: percentage of zoekt requests with a non-2xx code"),
    sourcegraph("warning", "prometheus", "prometheus_rule_eval_duration",
                "prometheus: 30s+ average prometheus rule group evaluation duration over 10m by rule group", NULL,
                "the monitoring system's own rule evaluation time, not request time"),
    sourcegraph("warning", "prometheus", "prometheus_tsdb_op_failure",
                "prometheus: 0+ prometheus tsdb failures by operation over 1m by operation", NULL,
                "the monitoring system's own storage operations failing (compactions, reloads), not requests"),
    sourcegraph("warning", "prometheus", "prometheus_config_status",
                "prometheus: less than 1 prometheus configuration reload status", NULL,
                "a failed configuration reload (as mixins23 labelled PromBadConfig)"),
    sourcegraph("warning", "searcher", "provisioning_container_cpu_usage_long_term",
                "searcher: 80%+ container cpu usage total (90th percentile over 1d) across all cores by instance for 336h0m0s", NULL,
                "rule 2: CPU usage (its 90th percentile is of CPU, not of latency)"),
]

# grafana/jsonnet-libs pinecone-mixin (alerts/alerts.libsonnet, thresholds from config.libsonnet)
PCA = "pinecone-mixin/alerts/alerts.libsonnet"
ITEMS += [
    (PC, PCA, LAT, "rule 4: mean query latency above 125 ms",
     {"alertname": "PineconeHighQueryLatencyWarning", "severity": "warning", "cloud": "aws", "region": "us-east-1",
      "job": "integrations/pinecone", "instance": "pinecone-prod", "index_name": "docs-embeddings"},
     {"summary": "Query latency exceeds warning thresholds, indicating performance degradation in query operations.",
      "description": "Query latency on pinecone-prod (index: docs-embeddings) is 0.187s. This exceeds the warning threshold: > 125ms."}),
    (PC, PCA, LAT, "rule 4: mean query latency above 300 ms",
     {"alertname": "PineconeHighQueryLatencyCritical", "severity": "critical", "cloud": "gcp", "region": "us-central1",
      "job": "integrations/pinecone", "instance": "pinecone-search", "index_name": "products-v2"},
     {"summary": "Query latency exceeds critical thresholds, indicating performance degradation in query operations.",
      "description": "Query latency on pinecone-search (index: products-v2) is 0.412s. CRITICAL: This exceeds the critical threshold: > 300ms."}),
    (PC, PCA, LAT, "rule 4: mean upsert (write request) latency above 500 ms",
     {"alertname": "PineconeHighUpsertLatencyCritical", "severity": "critical", "cloud": "aws", "region": "eu-west-1",
      "job": "integrations/pinecone", "instance": "pinecone-prod", "index_name": "support-tickets"},
     {"summary": "Upsert latency exceeds critical thresholds, indicating performance degradation in upsert operations.",
      "description": "Upsert latency on pinecone-prod (index: support-tickets) is 0.734s. CRITICAL: This exceeds the critical threshold: > 500ms sustained."}),
]

# openfaas/faas-netes chart/openfaas/templates/prometheus-cfg.yaml
ITEMS += [
    (OF, "chart/openfaas/templates/prometheus-cfg.yaml", NULL,
     "traffic: rate of successful (code 200) invocations above 5/s",
     {"alertname": "APIHighInvocationRate", "service": "gateway", "severity": "major", "function_name": "nodeinfo"},
     {"description": 'High invocation total on "nodeinfo"', "summary": 'High invocation total on "nodeinfo"'}),
]


# coroot/coroot: deployment reports (model/application_deployment.go CalcApplicationDeploymentSummary:
# "Availability: %s (objective: %s)", "Latency: %s of requests faster %sms (objective: %s)", each line
# with the emoji of ApplicationDeploymentSummary.Emoji, 💔 not ok / 🎉 ok; notifications/slack.go
# SendDeployment: "Deployment of <app> to <project>", Status, Version, "*Summary*") and built-in
# alerting rules (model/alerting_rule.go: name, severity, description; the summary is the check's
# MessageTemplate in model/check.go). Frame as crash23 rendered Coroot: labels alertname (the rule's
# name; "Deployment" for a deployment report), severity, project, application. Coroot's SLO
# *incident* notifications ("[CRITICAL] checkout is not meeting its SLOs") are left out: at this
# commit they omit the SLO report (notifications/notifications.go), so they do not say whether
# availability or latency failed (rule 6).
CRD = "model/application_deployment.go"
CRR = "model/alerting_rule.go"


def coroot_deployment(app, version, lines, expected, reason):
    ns, kind, name = app.split(":")
    return (CR, CRD, expected, reason,
            {"alertname": "Deployment", "status": "Deployed", "project": "production", "application": app,
             "version": version},
            {"summary": f"Deployment of {name} to production",
             "description": "Summary\n" + "\n".join(lines)})


ITEMS += [
    coroot_deployment("shop:Deployment:checkout", "checkout:v2.14.0",
                      ["💔 Availability: 87% (objective: 99%)"], ERR,
                      "rule 4: availability (successful request percentage) below its objective after the deploy"),
    coroot_deployment("api:Deployment:search-api", "search-api:1.31.2",
                      ["💔 Latency: 91.3% of requests faster 500ms (objective: 99%)",
                       "💔 CPU usage: +34% (+$52/mo) compared to the previous deployment"], LAT,
                      "rule 4: latency SLI (share of requests faster than 500 ms) below its objective; the CPU line is not a signature"),
    coroot_deployment("default:Deployment:catalog", "catalog:0.9.7",
                      ["🎉 Availability: 99.96% (objective: 99%)"], NULL,
                      "rules 9, 14: a deploy whose availability is back above the objective (ok line): nothing wrong"),
    coroot_deployment("billing:Deployment:invoice-api", "invoice-api:3.2.0",
                      ["🎉 Latency: 99.4% of requests faster 250ms (objective: 99%)",
                       "🎉 Memory: looks like the memory leak has been fixed"], NULL,
                      "rules 9, 14: latency back within its objective after a deploy: nothing wrong"),
]

# coroot/coroot built-in alerting rules (model/alerting_rule.go; summaries from model/check.go)
ITEMS += [
    (CR, CRR, LAT, "rule 4: the average query execution time of postgres instances above 100 ms (slow queries)",
     {"alertname": "Postgres latency", "severity": "warning", "project": "production",
      "application": "db:StatefulSet:orders-pg"},
     {"summary": "2 postgres instances are performing slowly",
      "description": "PostgreSQL query latency is elevated. This may cause slow response times for dependent applications."}),
    (CR, CRR, LAT, "rule 4: the average command execution time of a redis instance above 5 ms",
     {"alertname": "Redis latency", "severity": "warning", "project": "production",
      "application": "cache:StatefulSet:session-redis"},
     {"summary": "1 redis instance is performing slowly",
      "description": "Redis latency is elevated. This may cause slow response times for dependent applications."}),
    (CR, CRR, LAT, "rule 4: p95 of DNS response times (DNS latency is latency, not dns_failure)",
     {"alertname": "DNS latency", "severity": "warning", "project": "production",
      "application": "shop:Deployment:recommendations"},
     {"summary": "high latency",
      "description": "DNS resolution latency is elevated. This may cause slow connection establishment to other services."}),
    (CR, CRR, NULL, "rule 16: network round-trip time between services is link quality",
     {"alertname": "Network RTT (in-cluster)", "severity": "warning", "project": "production",
      "application": "shop:Deployment:cart"},
     {"summary": "high in-cluster network latency: 3 services affected, max RTT: 14ms",
      "description": "Network round-trip time between services within the cluster is elevated."}),
    (CR, CRR, NULL, "rule 16: network round-trip time to external services is link quality",
     {"alertname": "Network RTT (external)", "severity": "warning", "project": "production",
      "application": "billing:Deployment:invoice-sender"},
     {"summary": "high network latency to external services: 2 services affected, max RTT: 310ms",
      "description": "Network round-trip time to external services is elevated."}),
    (CR, CRR, NULL, "policy decision: JVM safepoint pauses are a runtime's pause, not request time ('may cause ... increased latency' is a guess, rule 17)",
     {"alertname": "JVM safepoint time", "severity": "warning", "project": "production",
      "application": "payments:Deployment:ledger-service"},
     {"summary": "high safepoint time on 2 JVM instances",
      "description": "JVM is spending significant time at safepoints. This may cause application pauses and increased latency."}),
    (CR, CRR, NULL, "policy decision: GIL waiting time is a runtime's contention, not request time (rule 17 for the guess)",
     {"alertname": "Python GIL waiting time", "severity": "warning", "project": "staging",
      "application": "ml:Deployment:feature-api"},
     {"summary": "high GIL waiting times on 1 Python instance",
      "description": "Python threads are spending significant time waiting for the GIL. This may cause increased latency and reduced throughput."}),
    (CR, CRR, NULL, "policy decision: event-loop blocked time is a runtime's pause, not request time (rule 17 for the guess)",
     {"alertname": "Node.js event loop blocked time", "severity": "warning", "project": "production",
      "application": "web:Deployment:storefront-ssr"},
     {"summary": "high Node.js event loop blocked times on 3 Node.js instances",
      "description": "The Node.js event loop is being blocked for extended periods. This may cause increased latency and unresponsive behavior."}),
]


# GoogleCloudPlatform/cloud-ops-sandbox provisioning/terraform/monitoring/alerts.tf (SLOs in
# slo_services.tf: 90% goal, burn rate 2x over 60m, latency threshold 1000 ms on Istio response
# latencies). Frame: a Cloud Monitoring incident as cloud23 rendered one (alertname = the policy's
# display name, condition, resource_type, project, sender gcp), annotations description = the
# policy's documentation; the incident summary Cloud Monitoring writes for an SLO burn-rate
# condition was not confirmed, so it is not rendered.
COSA = "provisioning/terraform/monitoring/alerts.tf"


def sandbox(title, kind, expected, reason):
    doc = {"Availability": ("Availability SLO burn for the {t} for the past 60m\n"
                            "exceeded 2x the acceptable budget burn rate. The service is returning\n"
                            "less OK responses than desired. Consider viewing the service logs or custom dashboard\n"
                            "to retrieve more information or adjust the values for the SLO and error budget.\n"),
           "Latency": ("Latency SLO burn for the {t} for the past 60m\n"
                       "exceeded 2x the acceptable budget burn rate. The service is responding\n"
                       "slower than desired. Consider viewing the service logs or custom dashboard to retrieve\n"
                       "more information or adjust the values for the SLO and error budget.\n")}[kind]
    return (COS, COSA, expected, reason,
            {"alertname": f"{title} {kind} SLO Burn Alert",
             "condition": f"SLO burn rate alert for {kind.lower()} SLO with a threshold of 2",
             "resource_type": "istio_canonical_service", "project": "cloud-ops-sandbox-41723", "sender": "gcp"},
            {"description": doc.format(t=title)})


ITEMS += [
    sandbox("Frontend Service", "Availability", ERR, "rule 4: burn of an availability SLO (basic availability SLI: OK responses)"),
    sandbox("Checkout Service", "Availability", ERR, "rule 4: burn of an availability SLO"),
    sandbox("Payment Service", "Latency", LAT, "rule 4: burn of a latency SLO (responses under 1000 ms)"),
    sandbox("Cart Service", "Latency", LAT, "rule 4: burn of a latency SLO"),
]


# unq-arq2-ecommerce-team/weather-documentation: Grafana-managed apdex rules (provisioning files;
# the apdex is computed from http_request_duration_seconds buckets at 0.5 s / 1 s, averaged over the
# last hour). Frame: a Grafana-managed alert (alertname = the rule's title, grafana_folder, the
# rule's labels, the query's `job` label), annotation summary as the file has it.
ITEMS += [
    ((WD, "84f9090ab1c24daaa96025ade822eaf2fb20ce29"), "grafana/provisioning/alerting/alert_rule_apdex.yaml", LAT,
     "rule 4: apdex (share of requests answered within 0.5 s / 1 s) below 0.55",
     {"alertname": "Apdex Score Alert", "grafana_folder": "business-rules", "category": "business",
      "severity": "critical", "job": "weather-loader"},
     {"summary": "In last hour, apdex average is below than 0.55 points"}),
    ((WD, "81b31a053034de0662be44f9c1e4c948a907a2ea"), "documents/grafana_alerta_config/alert_rules.yml", LAT,
     "rule 4: apdex below 0.64",
     {"alertname": "Apdex Score Alert below 0.64", "grafana_folder": "alert_business", "category": "business",
      "severity": "critical", "job": "weather-metrics"},
     {"summary": "In last hour, apdex average is below than 0.64 points"}),
]


def main():
    family = ProbeFamily("probes_slo23.jsonl")
    for (repo, commit), path, expected, reason, labels, annotations in ITEMS:
        family.add((repo, path, commit), expected, f"{repo} {path}: {labels['alertname']} ({reason})",
                   labels, annotations)
    family.write()


if __name__ == "__main__":
    main()
