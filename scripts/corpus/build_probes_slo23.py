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
     {"alertname": "GitpodWorkspaceHighStartFailureRate", "severity": "critical", "cluster": "prod-ws-us05"},
     {"summary": "Workspaces are failing to start in cluster prod-ws-us05.",
      "description": "For the last 15 minutes more than 20% of hew workspaces have failed to start"}),
]


def main():
    family = ProbeFamily("probes_slo23.jsonl")
    for (repo, commit), path, expected, reason, labels, annotations in ITEMS:
        family.add((repo, path, commit), expected, f"{repo} {path}: {labels['alertname']} ({reason})",
                   labels, annotations)
    family.write()


if __name__ == "__main__":
    main()
