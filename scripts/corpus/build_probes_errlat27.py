#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_errlat27.jsonl: high error rates (5xx and failed-request
ratios, SLO error-budget burn, exception rates) and high latency (p95/p99 request duration,
apdex, slow responses, latency SLO burn) as rule files, vendor monitor templates and fired
alerts of projects the corpus had not used word them, and their look-alikes (request rates,
error counts of things that are not requests, load, collectors, jobs, label names...).

Each item is one rule rendered as Alertmanager (or the vendor) delivers it when fired: the
rule's own labels, the target labels its expression keeps with made-up values, and its
annotations with `{{ $labels.x }}` / `{{ $value }}` filled in. Runbook and dashboard links are
dropped; every other annotation is quoted as the file at the cited commit has it.

Labels are decided from each rule's expression and text under tests/fixtures/corpus/POLICY.md
before the classifier ran (the `reason` of each item); see the `probes_errlat27.jsonl` section
of tests/fixtures/corpus/SOURCES.md for the groups, the left-outs and the policy decisions.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

ERR, LAT, Q, NULL = "high_error_rate", "high_latency", "queue_backlog", None

GOVUK = "alphagov/govuk-helm-charts"
GR = "charts/monitoring-config/rules/"
ROUTER = (GOVUK, GR + "router.yaml", "02603187073a0262715b7e68da64b4aedea76b45")
SEARCH2 = (GOVUK, GR + "search_api_v2.yaml", "00e2178c41241ffd5dd1023209263df18d2d380d")
DGUSLO = (GOVUK, GR + "datagovuk_slo_alerts.yaml", "1fde2b5b4cf664abd76c7eb8ec918aab7c36b2fe")
DGUTRAF = (GOVUK, GR + "datagovuk_traffic.yaml", "742bead8fe02823c0c5de69b4b8685f8b03f79f3")
CHAT = (GOVUK, GR + "chat_ai.yaml", "035ce083d35a7fbfe63230e0a53c0ab8db72a2fd")
SMART = (GOVUK, GR + "smart_answers.yaml", "769339c7de4ae24dbccab330bc17765965fd2428")
GQL = (GOVUK, GR + "graphql.yaml", "0b391c519d71984cdecefafc89dec64d10fa9af0")
SEARCHES = (GOVUK, GR + "search_api_alerts.yaml", "187b8f1b4d606561c0addbad2b56e862534a7c89")
MIRRORS = (GOVUK, GR + "mirrors.yaml", "430dfc42020af85284a2bc73e44486e7852e9575")
SIGNON = (GOVUK, GR + "signon.yaml", "14d61d128dd0b517cfa69fb0cefe4fa0b3aa0363")
MF = ("mayflower/nixexprs", "modules/monitoring/alert-rules.nix", "0c8d7ef14691a919e4277aebf27ea08208ccb4a0")

# (source (repo, path, commit), expected, reason, labels, annotations)
ITEMS = [
    # mayflower/nixexprs: the alert rules its NixOS monitoring module generates
    (MF, NULL, "rule 5: L2ARC write/IO errors of ZFS are disk errors, not requests",
     {"alertname": "node_zfs_errors", "severity": "page", "alias": "storage-02", "instance": "storage-02:9100", "job": "node"},
     {"summary": "storage-02: ZFS IO errors: 3", "description": "storage-02 reports: 3 ZFS IO errors. Drive(s) are failing."}),
    (MF, NULL, "rule 16: a node-exporter collector failing is the monitor's own collection",
     {"alertname": "node_collector_failed", "severity": "page", "alias": "web-04", "instance": "web-04:9100", "job": "node", "collector": "textfile"},
     {"summary": "web-04: Node collector textfile failed.", "description": "web-04: The collector textfile of node exporter instance web-04:9100 failed."}),
    (MF, NULL, "rule 5: one systemd unit that failed to (re)start (no loop)",
     {"alertname": "node_systemd_service_failed", "severity": "page", "alias": "mail-01", "instance": "mail-01:9100", "job": "node", "name": "postfix.service", "state": "failed"},
     {"summary": "mail-01: Service postfix.service failed to start.", "description": "mail-01 failed to (re)start service postfix.service."}),
    (MF, NULL, "a change in Alertmanager's count of active silences: nothing is wrong with requests",
     {"alertname": "alerts_silences_changed", "severity": "page", "instance": "alertmanager-0:9093", "job": "alertmanager", "state": "active"},
     {"summary": "alertmanager: number of active silences has changed: 2", "description": "alertmanager: number of active silences has changed: 2"}),

    # alphagov/govuk-helm-charts: GOV.UK's Prometheus rules (monitoring-config chart)
    (ROUTER, ERR, "rule 4: ratio of the router's backend responses with a 5xx code above 10%",
     {"alertname": "RouterBackendHandlerResponse5xxErrorRate", "severity": "page", "job": "router"},
     {"summary": "High 5xx error rate for router", "description": "router has high 5xx error rate for more than 10 minutes."}),
    (SEARCH2, LAT, "rule 4: p90 of the Vertex search request duration above 2 s (request latency)",
     {"alertname": "HighVertexP90Latency", "severity": "critical", "destination": "slack-search-team"},
     {"summary": "High Vertex Search Latency (90th percentile)",
      "description": "Google Vertex search request duration has exceeded 2 seconds for more than 5 minutes."}),
    (SEARCH2, ERR, "rule 4: the expression is the share of search requests answered 200 (below 99%): an error-ratio SLI, whatever 'performance' says",
     {"alertname": "SearchDegradedAcute", "severity": "critical", "destination": "slack-search-team"},
     {"summary": "Search API v2: Degraded search performance (acute)",
      "description": "5 minute rolling success rate for search requests has dropped below 99% for more than 10 minutes."}),
    (SEARCH2, ERR, "rule 4: share of autocomplete requests answered 200 below 90% (error-ratio SLI)",
     {"alertname": "AutocompleteDegradedAcute", "severity": "warning", "destination": "slack-search-team"},
     {"summary": "Search API v2: Degraded autocomplete performance (acute)",
      "description": "5 minute rolling success rate for autocomplete requests has dropped below 90% for more than 10 minutes."}),
    (SEARCH2, ERR, "rule 4: 1-hour success ratio of search requests below 99.9% (error-ratio SLI, long window)",
     {"alertname": "SearchDegradedMid", "severity": "critical", "destination": "slack-search-team"},
     {"summary": "Search API v2: Degraded search performance (mid)",
      "description": "1 hour rolling success rate for search requests has dropped below 99.9% for more than 2 hours."}),
    (SEARCH2, NULL, "an offline evaluation of result quality (top-3 recall of a query set): neither errors nor latency of requests",
     {"alertname": "SearchQualityDegradedBinaryRecall", "severity": "critical", "destination": "slack-search-team"},
     {"summary": "Search API v2: Degraded search result quality (binary recall top 3 is critical)",
      "description": "Top 3 recall for binary query set has dropped below 80%."}),
    (SEARCH2, NULL, "an offline evaluation of result ranking (NDCG of a clickstream query set): not request health",
     {"alertname": "SearchQualityDegradedClickstreamNDCG", "severity": "warning", "destination": "slack-search-team"},
     {"summary": "Search API v2: Degraded search result quality (clickstream NDCG top 10 has dropped)",
      "description": "Top 10 NDCG for clickstream query set has dropped below 85%."}),
    (DGUSLO, ERR, "rule 4: 5xx ratio of datagovuk-find above its 1% SLO; 'Check ... upstream CKAN connectivity' is advice (rule 17)",
     {"alertname": "DataGovUkFindHighErrorRate", "severity": "warning", "destination": "slack-datagovuk-technical"},
     {"summary": "data.gov.uk Find error rate above 1% SLO threshold",
      "description": "The 5xx error rate for the datagovuk-find service has exceeded the 1% SLO target.\n\nCheck the datagovuk-find pods and upstream CKAN connectivity."}),
    (DGUSLO, ERR, "rule 4: 5xx ratio of CKAN above its 0.5% SLO; the database and Solr are named as places to look (rule 17)",
     {"alertname": "DataGovUkCkanHighErrorRate", "severity": "warning", "destination": "slack-datagovuk-technical"},
     {"summary": "data.gov.uk CKAN error rate above 0.5% SLO threshold",
      "description": "The 5xx error rate for the ckan-ckan service has exceeded the 0.5% SLO target.\n\nCheck the ckan-ckan pods, Solr connectivity, and database health."}),
    (DGUTRAF, NULL, "a request *rate* above 80% of load-tested capacity: traffic, not errors or latency",
     {"alertname": "DataGovUkHighTrafficRate", "severity": "warning", "destination": "slack-datagovuk-technical"},
     {"summary": "data.gov.uk origin request rate exceeds 80% of load-tested capacity",
      "description": "The request rate to the data.gov.uk origin has exceeded 80% of the\npeak capacity established by load testing (55.8 req/s at 100 virtual users).\n\nCurrent rate: 47.31 req/s\nThreshold (80% of 55.8 req/s): 44.6 req/s\n\nConsider scaling the find and CKAN pods before traffic reaches 100% capacity."}),
    (SMART, ERR, "rule 4: 5xx responses above 10% of Smart Answers' requests",
     {"alertname": "High5xxRate", "severity": "warning", "destination": "slack-publishing-mainstream-experience"},
     {"summary": "Elevated rate of 5xx return codes for Smart Answers",
      "description": "The rate of http 5xx return codes is above 10% of total requests for more than 6 minutes."}),
    (CHAT, NULL, "rule 2: container CPU usage",
     {"alertname": "HighPodCPUFE", "severity": "critical", "destination": "slack-chat-notifications", "container": "app"},
     {"summary": "Elevated level of FE Pod CPU being consumed for Chat AI",
      "description": "The FE Pod CPU usage is above 80% for a container for more than 5 minutes."}),
    (CHAT, Q, "rule 4: age of the oldest job waiting in the Sidekiq answer queue (sidekiq_queue_latency_seconds): time spent waiting in a queue, not request latency",
     {"alertname": "SidekiqAnswerJobAge", "severity": "critical", "destination": "slack-chat-notifications", "job": "govuk-chat-worker", "queue": "answer"},
     {"summary": "Sidekiq Answer Queue Items Over 15 Minutes Old",
      "description": "Some Sidekiq items in the answer queue are over 15 minutes old. Check to see if some items have got stuck or if there is a problem processing items causing the delay."}),
    (GQL, LAT, "rule 4: p75 of GraphQL request duration above 75 ms for the fast schemas",
     {"alertname": "LongRequestDurationFastSchemas", "severity": "warning", "destination": "slack-graphql-notifications"},
     {"summary": "Elevated GraphQL request duration",
      "description": "75th percentile request duration to GraphQL endpoints in the Publishing API read replica for known fast schemas has been above 75ms for 5 minutes."}),
    (GQL, LAT, "rule 4: p95 of GraphQL request duration above 350 ms for the slow schemas ('read replica' names the app, not replication)",
     {"alertname": "LongRequestDurationSlowSchemas", "severity": "critical", "destination": "slack-graphql-notifications"},
     {"summary": "Elevated GraphQL request duration",
      "description": "95th percentile request duration to GraphQL endpoints in the Publishing API read replica for known slow schemas has been above 350ms for 10 minutes."}),
    (GQL, ERR, "rule 4: share of GraphQL responses with status 200 below 99.5% (error ratio)",
     {"alertname": "HighQueryFailureRate", "severity": "warning", "destination": "slack-graphql-notifications"},
     {"summary": "Elevated GraphQL error rate",
      "description": "The rate of 200 responses from GraphQL endpoints in the Publishing API read replica has dropped below 99.5% for 4 minutes."}),
    (SEARCHES, NULL, "rule 5: cluster health red ('search indexing may fail' is a consequence, no request is counted)",
     {"alertname": "SearchApiElasticsearchClusterRed", "severity": "critical"},
     {"summary": "Elasticsearch cluster status is RED",
      "description": "The Elasticsearch cluster used by Search API is in RED state. Some primary shards are unavailable and search indexing may fail."}),
    (MIRRORS, NULL, "rule 10: a mirror job not updated for two days (staleness of a job's output)",
     {"alertname": "MirrorFreshnessAlert", "backend": "s3"},
     {"summary": "Mirror freshness has exceeded two days", "description": "The mirror hasn't been updated in more than two days"}),
    (SIGNON, NULL, "rule 5: token expiry",
     {"alertname": "SignonApiUserTokenExpirySoon", "api_user": "content-publisher@alphagov.co.uk", "application": "Publishing API"},
     {"summary": "Signon API User token is due to expire soon",
      "description": "A token is about to expire within the next two weeks and needs rotating."}),
]

family = ProbeFamily("probes_errlat27.jsonl")
for src, expected, reason, labels, annotations in ITEMS:
    family.add(src, expected, f"{src[0]} {src[1]}: {labels['alertname']} ({reason})", labels, annotations)
family.write()
