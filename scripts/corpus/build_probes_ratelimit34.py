#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_ratelimit34.jsonl: rate limiting and throttling as products the
corpus had not quoted word it, and the look-alikes that share their words.

Requests refused or throttled (`rate_limited`): kube-apiserver's API Priority and Fairness rejections
(`apiserver_flowcontrol_rejected_requests_total` by reason queue-full / time-out / concurrency-limit,
"Too many requests, please try again later.") and client-go's "the server has received too many
requests and has asked us to try again later"; Grafana Mimir's tenant ingestion and request rate limits
(err-mimir-tenant-max-ingestion-rate, err-mimir-tenant-max-request-rate) and its distributor instance
limit; Grafana Tempo's RATE_LIMITED ingestion errors and discarded spans by reason rate_limited; Envoy's
global rate-limit service (`over_limit`); Postfix smtpd's anvil rate limits (connection, message,
recipient, AUTH, new TLS session); Gmail's 421 4.7.28 and 450 4.2.1 deferrals; Amazon SES's sending
rate and daily quota throttling; go-github's primary and secondary rate-limit errors; slack-go's
RateLimitedError; octokit's throttling plugin; Cloudflare's error 1015; Vertex AI's 429
RESOURCE_EXHAUSTED; Azure AI Foundry's "Rate limit is exceeded"; raven-go's 429 from Sentry.

Look-alikes (null): CPU CFS throttling in Datadog's kubelet metrics, configured seats and limits and
their changes (APF nominal seats, Mimir and Tempo overrides, Postfix's rate-limit parameters, SES
sending quota raised, a retry/back-off policy), limiters that refuse nothing (Envoy shadow mode and its
global SHADOW_MODE, a limiter's backend error while it fails open, octokit throttling disabled,
Postfix anvil statistics), request rates that are merely high, other limits with refusal words (Mimir
active series and HA replica dedupe, Tempo trace_too_large and live_traces_exceeded), other Gmail
refusals (unknown user, reputation block) and recoveries.

Labels were decided from each alert's meaning under POLICY.md (rules 1, 3, 5, 7, 9, 14, 17) before the
classifier ran on the file; see the SOURCES.md section "probes_ratelimit34".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_ratelimit34.jsonl")
RL = "rate_limited"

APISERVER_C = "24a394e516bfda066d7e2221d7d92c052de27c54"
APF_FILTER = ("kubernetes/apiserver", "pkg/server/filters/priority-and-fairness.go", APISERVER_C)
APF_METRICS = ("kubernetes/apiserver", "pkg/util/flowcontrol/metrics/metrics.go", APISERVER_C)
APF_QUEUESET = ("kubernetes/apiserver", "pkg/util/flowcontrol/fairqueuing/queueset/queueset.go", APISERVER_C)
APISERVER_METRICS = ("kubernetes/apiserver", "pkg/endpoints/metrics/metrics.go", APISERVER_C)
APIMACHINERY = ("kubernetes/apimachinery", "pkg/api/errors/errors.go", "eed236ceee2c19c2753a3d93ac0631dc20750454")

TOO_MANY_K8S = "the server has received too many requests and has asked us to try again later"


def apf_items():
    """kube-apiserver's API Priority and Fairness: its rejection counter by reason, the 429 body it
    writes, and client-go's rendering of that 429 in controllers' logs."""
    def rejected(reason, pl, fs, value, why):
        labels = {"alertname": "KubeAPIServerFlowControlRejecting", "severity": "warning",
                  "cluster": "prod-euw1", "priority_level": pl, "flow_schema": fs, "reason": reason}
        family.add(APF_QUEUESET, RL, f"APF rejections with reason {reason} ({why})", labels,
                   {"summary": f"API Priority and Fairness is rejecting requests of priority level {pl}",
                    "description": f"sum by (priority_level, flow_schema, reason) (rate(apiserver_flowcontrol_"
                                   f"rejected_requests_total[5m])) = {value}/s (Number of requests rejected by "
                                   f"API Priority and Fairness subsystem), reason=\"{reason}\"."})

    rejected("queue-full", "workload-low", "service-accounts", "3.41", "every queue of the level was full")
    rejected("time-out", "catch-all", "catch-all", "0.87",
             "requests waited in their queue past the limit and were rejected with 429, not a call timing out")
    rejected("concurrency-limit", "workload-high", "kube-controller-manager", "1.2",
             "the level has no queues and all its seats were taken")

    family.add(APF_FILTER, RL, "APF's 429 body in an API server audit log alert (Loki)",
               {"alertname": "KubeAPIAudit429", "severity": "warning", "cluster": "prod-use2",
                "user": "system:serviceaccount:ci:runner-controller"},
               {"summary": "312 requests answered 429 in 5m for system:serviceaccount:ci:runner-controller",
                "description": "{\"kind\":\"Event\",\"level\":\"Metadata\",\"verb\":\"list\",\"requestURI\":\"/api/v1/"
                               "namespaces/ci/pods?labelSelector=runner%3Dtrue\",\"responseStatus\":{\"code\":429,"
                               "\"message\":\"Too many requests, please try again later.\"}}"})
    family.add(APIMACHINERY, RL, "client-go's TooManyRequests status in a controller's reflector error "
               "(Elastic log threshold rule)",
               {"alertname": "Log threshold", "rule.name": "cert-manager reflector errors",
                "kubernetes.namespace": "cert-manager", "host.name": "ip-10-40-12-8"},
               {"summary": "cert-manager reflector errors: 57 log entries in the last 5 mins",
                "description": "57 log entries have matched the following conditions: message CONTAINS 'failed "
                               "to list'. Last entry: W1206 10:42:19.882114       1 reflector.go:547] failed to "
                               "list *v1.Secret: " + TOO_MANY_K8S + " (get secrets)"})
    family.add(APIMACHINERY, RL, "client-go's TooManyRequests in a GitOps sync failure",
               {"alertname": "ArgoCDAppSyncFailed", "severity": "warning", "name": "platform-config",
                "dest_namespace": "platform", "project": "infra"},
               {"summary": "Application platform-config sync failed",
                "description": "ConfigMap/platform/feature-flags: " + TOO_MANY_K8S + " (post configmaps)"})
    family.add(APISERVER_METRICS, RL, "apiserver requests counted with code=\"429\" (label-only, rule 3)",
               {"alertname": "KubeAPIServerThrottlingClients", "severity": "warning", "cluster": "gke-prod-1",
                "code": "429", "verb": "LIST", "resource": "pods"},
               {"summary": "kube-apiserver answered 429 to LIST pods",
                "description": "sum(rate(apiserver_request_total{code=\"429\",verb=\"LIST\",resource=\"pods\"}[5m])) "
                               "= 6.3"})
    # look-alikes
    family.add(APF_METRICS, None, "APF nominal seats changed after a PriorityLevelConfiguration edit "
               "(a setting, rule 9)",
               {"alertname": "KubeAPFConfigChanged", "severity": "info", "cluster": "prod-euw1",
                "priority_level": "workload-low"},
               {"summary": "Nominal seats of priority level workload-low changed",
                "description": "apiserver_flowcontrol_nominal_limit_seats{priority_level=\"workload-low\"} 245 -> 368 "
                               "(Nominal number of execution seats configured for each priority level) after "
                               "prioritylevelconfigurations/workload-low was patched"})
    family.add(APF_METRICS, None, "APF dispatching many requests, none rejected (a high rate, nothing refused)",
               {"alertname": "KubeAPIDispatchRateHigh", "severity": "info", "cluster": "prod-use2",
                "priority_level": "global-default"},
               {"summary": "[FIRING:1] KubeAPIDispatchRateHigh (global-default)",
                "description": "Value: A=1862.4 (rate of apiserver_flowcontrol_dispatched_requests_total, Number "
                               "of requests executed by API Priority and Fairness subsystem); "
                               "apiserver_flowcontrol_rejected_requests_total unchanged over 1h"})
    family.add(APISERVER_METRICS, None, "API server request rate merely high, all answered 200",
               {"alertname": "KubeAPIServerRequestRateHigh", "severity": "info", "cluster": "aks-weu-3",
                "code": "200"},
               {"summary": "kube-apiserver serves 3.4k req/s",
                "description": "sum(rate(apiserver_request_total{code=\"200\"}[5m])) = 3412 (threshold 3000); "
                               "no 429 responses"})


MIMIR_ERRORS = ("grafana/mimir", "pkg/distributor/errors.go", "01bfb2eab2ecb7c9c094568f7acecaf784d2a23e")
MIMIR_GLOBALERR = ("grafana/mimir", "pkg/util/globalerror/errors.go", "0a79d758b0c938912a4d75590cfcd73d42aea8c2")
MIMIR_INSTANCE = ("grafana/mimir", "pkg/distributor/instance_limits.go", "d1274c41ef5c8589b4257c9f92d513080187e506")

MIMIR_INGEST = ("the request has been rejected because the tenant exceeded the ingestion rate limit, set to 150000 "
                "items/s with a maximum allowed burst of 1500000. This limit is applied on the total number of "
                "samples, exemplars and metadata received across all distributors (err-mimir-tenant-max-ingestion-"
                "rate). To adjust the related per-tenant limits, configure -distributor.ingestion-rate-limit and "
                "-distributor.ingestion-burst-size, or contact your service administrator.")
MIMIR_REQUEST = ("the request has been rejected because the tenant exceeded the request rate limit, set to 50 "
                 "requests/s across all distributors with a maximum allowed burst of 500 (err-mimir-tenant-max-"
                 "request-rate). To adjust the related per-tenant limits, configure -distributor.request-rate-limit "
                 "and -distributor.request-burst-size, or contact your service administrator.")
MIMIR_INSTANCE_MSG = ("the write request has been rejected because the distributor exceeded the ingestion rate limit "
                      "(err-mimir-distributor-max-ingestion-rate). To adjust the related limit, configure "
                      "-distributor.instance-limits.max-ingestion-rate, or contact your service administrator.")


def mimir_items():
    family.add(MIMIR_ERRORS, RL, "Mimir tenant ingestion rate limit quoted by a remote-write log alert (Loki)",
               {"alertname": "RemoteWriteRejected", "severity": "warning", "namespace": "monitoring",
                "pod": "alloy-metrics-2", "tenant": "team-payments"},
               {"summary": "alloy-metrics-2: remote_write to mimir rejected 418 times in 10m",
                "description": "component=prometheus.remote_write.mimir level=error msg=\"non-recoverable error\" "
                               "err=\"" + MIMIR_INGEST + "\""})
    family.add(MIMIR_ERRORS, RL, "Mimir tenant request rate limit as gRPC ResourceExhausted (Grafana alert)",
               {"alertname": "OTelMetricsExportFailing", "severity": "critical", "grafana_folder": "Observability",
                "service_name": "otel-gateway"},
               {"summary": "[FIRING:1] OTelMetricsExportFailing (otel-gateway)",
                "description": "Value: B=0.31 (share of failed metric exports). Last error: rpc error: code = "
                               "ResourceExhausted desc = " + MIMIR_REQUEST})
    family.add(MIMIR_INSTANCE, RL, "Mimir distributor instance ingestion limit in a distributor log alert",
               {"alertname": "MimirDistributorRejectingWrites", "severity": "critical", "cluster": "mimir-prod",
                "pod": "distributor-6c9f8d7b5-kq2lx"},
               {"summary": "distributor-6c9f8d7b5-kq2lx rejects pushes",
                "description": "level=warn caller=push.go:190 msg=\"push error\" err=\"" + MIMIR_INSTANCE_MSG + "\""})
    family.add(MIMIR_ERRORS, RL, "Mimir ingestion rate limit behind an error-ratio frame (cause over symptom, "
               "rule 1)",
               {"alertname": "PrometheusRemoteWriteErrorRatio", "severity": "warning", "namespace": "monitoring",
                "remote_name": "mimir-prod"},
               {"summary": "12.4% of remote-write requests to mimir-prod fail",
                "description": "Failed samples are answered 429: " + MIMIR_INGEST})
    # look-alikes
    family.add(MIMIR_GLOBALERR, None, "Mimir runtime overrides raised a tenant's ingestion_rate (a setting, "
               "rule 9)",
               {"alertname": "MimirRuntimeConfigChanged", "severity": "info", "cluster": "mimir-prod"},
               {"summary": "runtime-config.yaml reloaded",
                "description": "overrides.team-payments.ingestion_rate: 150000 -> 300000, ingestion_burst_size: "
                               "1500000 -> 3000000 (flags -distributor.ingestion-rate-limit / "
                               "-distributor.ingestion-burst-size)"})
    family.add(MIMIR_ERRORS, None, "Mimir active-series limit: a series count limit, not a rate (reason decides, "
               "rule 17)",
               {"alertname": "MimirTenantSeriesRejected", "severity": "warning", "cluster": "mimir-prod",
                "tenant": "team-search"},
               {"summary": "team-search: series rejected at the active series limit",
                "description": "the request has been rejected because the tenant exceeded the active series limit, "
                               "set to 2000000. 1843 series were rejected from this request of a total of 5210"})
    family.add(MIMIR_ERRORS, None, "Mimir HA tracker dropping the non-elected replica (deduplication by design)",
               {"alertname": "MimirDistributorLogWarnings", "severity": "info", "cluster": "mimir-prod"},
               {"summary": "distributor logged 2,140 rejections in 5m",
                "description": "replicas did not match, rejecting sample: replica=prometheus-k8s-1, "
                               "elected=prometheus-k8s-0"})
    family.add(MIMIR_ERRORS, None, "a resolved notification for the tenant rate-limit rule (rule 14)",
               {"alertname": "MimirTenantRateLimited", "severity": "warning", "tenant": "team-payments",
                "status": "resolved"},
               {"summary": "[RESOLVED] MimirTenantRateLimited team-payments",
                "description": "No more err-mimir-tenant-max-ingestion-rate rejections for team-payments in the last "
                               "15m."})


TEMPO_C = "ad33aa8fafc41a4ea58519f7b7a88b1aa1383224"
TEMPO_DIST = ("grafana/tempo", "modules/distributor/distributor.go", TEMPO_C)
TEMPO_DISCARD = ("grafana/tempo", "modules/overrides/discarded_spans.go", TEMPO_C)
TEMPO_OVERRIDES = ("grafana/tempo", "modules/overrides/config.go", TEMPO_C)
TEMPO_MSG = ("RATE_LIMITED: ingestion rate limit (local: 15000000 bytes/s, global: 0 bytes/s, burst: 20000000 bytes) "
             "exceeded while adding 612340 bytes for user single-tenant. consider increasing the limit or reducing "
             "ingestion rate.")


def tempo_items():
    def discarded(expected, reason, value, why):
        family.add(TEMPO_DISCARD, expected, f"Tempo discarded spans by reason {reason} ({why})",
                   {"alertname": "TempoDiscardedSpans", "severity": "warning", "cluster": "tempo-prod",
                    "tenant": "checkout", "reason": reason},
                   {"summary": f"Tempo is discarding spans of tenant checkout ({reason})",
                    "description": f"sum by (tenant, reason) (rate(tempo_discarded_spans_total{{reason=\"{reason}\"}}"
                                   f"[5m])) = {value}"})

    discarded(RL, "rate_limited", "4210", "the tenant's spans/second exceeded its limits")
    discarded(None, "trace_too_large", "96", "a single trace has too many spans: a size limit, not a rate")
    discarded(None, "live_traces_exceeded", "388", "too many live traces tracked: a count limit, not a rate")
    family.add(TEMPO_DIST, RL, "Tempo RATE_LIMITED error in an exporter log (Datadog log monitor)",
               {"alertname": "[Log] otel trace export rejected", "monitor_type": "log alert", "service": "otel-agent",
                "env": "prod"},
               {"summary": "[Triggered] otel trace export rejected: 87 matching logs in 5m",
                "description": "%%%\nError: rpc error: code = ResourceExhausted desc = " + TEMPO_MSG + "\n%%%"})
    family.add(TEMPO_DIST, RL, "Tempo RATE_LIMITED behind a push error ratio (cause over symptom, rule 1)",
               {"alertname": "TempoDistributorPushErrors", "severity": "critical", "cluster": "tempo-prod"},
               {"summary": "14% of span pushes to tempo-distributor fail",
                "description": "Most frequent error: " + TEMPO_MSG})
    family.add(TEMPO_OVERRIDES, None, "Tempo overrides: a tenant's ingestion rate_limit_bytes raised (a setting)",
               {"alertname": "TempoOverridesChanged", "severity": "info", "cluster": "tempo-prod"},
               {"summary": "per-tenant overrides reloaded",
                "description": "overrides.checkout.ingestion.rate_limit_bytes: 15000000 -> 30000000; "
                               "ingestion_rate_limit_bytes limit metric updated"})


RLS = ("envoyproxy/ratelimit", "README.md", "f2fb15770f7fd1c88ca6c3a1b58ee513917ace96")
RLS_STATS = ("envoyproxy/ratelimit", "src/stats/manager_impl.go", "f2fb15770f7fd1c88ca6c3a1b58ee513917ace96")


def ratelimit_service_items():
    """Envoy's global rate-limit service: its per-rule over_limit / near_limit / total_hits /
    shadow_mode stats (statsd or the Prometheus mapper's names)."""
    family.add(RLS, RL, "ratelimit service over_limit hits (Prometheus mapper names)",
               {"alertname": "GlobalRateLimitOverLimit", "severity": "warning", "domain": "edge_proxy",
                "key1": "remote_address"},
               {"summary": "Global rate limit is refusing requests in domain edge_proxy",
                "description": "sum(rate(ratelimit_service_rate_limit_over_limit{domain=\"edge_proxy\"}[5m])) = 212 "
                               "(rule hits exceeding the threshold rate)"})
    family.add(RLS, RL, "ratelimit service over_limit counter in a Datadog metric monitor (statsd name)",
               {"alertname": "[Monitor] Rate limit rejections on auth-service", "monitor_type": "metric alert",
                "service": "ratelimit", "env": "prod"},
               {"summary": "[Triggered] Rate limit rejections on auth-service",
                "description": "%%%\nsum:ratelimit.service.rate_limit.messaging.auth-service.over_limit.over_limit{env:prod}."
                               "as_count() = 1,904 over the last 5m (threshold 500)\n%%%"})
    family.add(RLS, RL, "429 ratio with the rate-limit service's over_limit beside it (rule 3, cause named)",
               {"alertname": "IngressHigh4xxRatio", "severity": "warning", "service": "api-gateway",
                "response_code": "429"},
               {"summary": "api-gateway: 9.8% of responses are 429",
                "description": "ratelimit_service_rate_limit_over_limit{domain=\"api_gateway\",key1=\"api_key\"} "
                               "rising in step"})
    # look-alikes
    family.add(RLS, None, "shadow_mode hits: the rule would have limited, the result was overridden to OK",
               {"alertname": "RateLimitShadowHits", "severity": "info", "domain": "messaging", "key1": "auth-service"},
               {"summary": "Shadow-mode rule would have limited auth-service",
                "description": "ratelimit.service.rate_limit.messaging.auth-service.over_limit.shadow_mode "
                               "= 318 in 10m (Number of rule hits where shadow_mode would trigger and override the "
                               "over_limit result); no request was refused"})
    family.add(RLS, None, "global SHADOW_MODE enabled on the rate-limit service (a setting: nothing refused)",
               {"alertname": "KubeDeploymentEnvChanged", "severity": "info", "namespace": "ratelimit",
                "deployment": "ratelimit"},
               {"summary": "deployment ratelimit/ratelimit environment changed",
                "description": "env SHADOW_MODE: \"false\" -> \"true\" (rollout by argocd, revision 41)"})
    family.add(RLS, None, "rule hits high, over_limit zero (a high request rate, nothing refused)",
               {"alertname": "RateLimitTrafficHigh", "severity": "info", "domain": "mongo_cps"},
               {"summary": "Rate-limit rule database_users sees 9.8k hits/min",
                "description": "ratelimit.service.rate_limit.mongo_cps.database_users.total_hits = 9,812/min, "
                               "ratelimit.service.rate_limit.mongo_cps.database_users.over_limit = 0"})
    family.add(RLS_STATS, None, "the limiter's own Redis errors while the proxy lets requests through "
               "(a limiter's fault, nothing refused)",
               {"alertname": "RateLimitServiceRedisErrors", "severity": "warning", "namespace": "ratelimit"},
               {"summary": "ratelimit service cannot reach Redis",
                "description": "rate(ratelimit_service_should_rate_limit_error{err_type=\"redis_error\"}[5m]) = 14.2; "
                               "the proxy's rate limit filter is configured to fail open (requests allowed)"})


PF_C = "17830e5c13c160d51c95cb971d137a46de84e48c"
PF_SMTPD = ("vdukhovni/postfix", "postfix/src/smtpd/smtpd.c", PF_C)
PF_ANVIL = ("vdukhovni/postfix", "postfix/src/anvil/anvil.c", PF_C)
PF_PARAMS = ("vdukhovni/postfix", "postfix/src/global/mail_params.h", PF_C)


def postfix_items():
    def loki(expected, why, line, count, host):
        family.add(PF_SMTPD if expected else PF_ANVIL, expected, f"Postfix: {why}",
                   {"alertname": "PostfixLogPattern", "severity": "warning", "host": host, "job": "mail/postfix"},
                   {"summary": f"{count} matching lines from postfix on {host} in 10m",
                    "description": line})

    loki(RL, "smtpd connection rate limit (anvil)",
         "Dec  6 10:31:07 mx1 postfix/smtpd[21877]: warning: Connection rate limit exceeded: 61 from "
         "unknown[203.0.113.45] for service smtp", 44, "mx1.mail.example.net")
    loki(RL, "smtpd message delivery request rate limit with its 450 reply",
         "Dec  6 10:34:52 relay2 postfix/submission/smtpd[9120]: warning: Message delivery request rate limit "
         "exceeded: 121 from app-07.int.example.net[10.20.4.17] for service submission\n"
         "... reply: 450 4.7.1 Error: too much mail from 10.20.4.17", 121, "relay2.mail.example.net")
    loki(RL, "smtpd recipient address rate limit",
         "Dec  6 10:40:13 relay2 postfix/smtpd[9377]: warning: Recipient address rate limit exceeded: 501 from "
         "newsletter-01[10.20.8.3] for service smtp", 37, "relay2.mail.example.net")
    loki(RL, "smtpd AUTH command rate limit",
         "Dec  6 10:44:02 mx2 postfix/submission/smtpd[30011]: warning: AUTH command rate limit exceeded: 31 from "
         "unknown[198.51.100.23] for service submission", 212, "mx2.mail.example.net")
    family.add(PF_SMTPD, RL, "Postfix: new TLS session rate limit in an Elastic log threshold rule",
               {"alertname": "Log threshold", "rule.name": "postfix TLS session limit", "host.name": "mx3"},
               {"summary": "postfix TLS session limit: 18 log entries in the last 5 mins",
                "description": "18 log entries have matched the following conditions: process.name IS postfix/smtpd. "
                               "Last entry: warning: New TLS session rate limit exceeded: 41 from "
                               "mail-scanner[192.0.2.88] for service smtps"})
    # look-alikes
    loki(None, "anvil's periodic statistics: the highest rate seen, nothing refused",
         "Dec  6 10:50:11 mx1 postfix/anvil[21870]: statistics: max connection rate 14/60s for "
         "(smtp:192.0.2.10) at Dec  6 10:41:37", 1, "mx1.mail.example.net")
    loki(None, "anvil's message rate statistics after a quiet hour",
         "Dec  6 11:00:42 relay2 postfix/anvil[9101]: statistics: max message rate 6/60s for "
         "(submission:10.20.4.17) at Dec  6 10:52:09", 1, "relay2.mail.example.net")
    family.add(PF_PARAMS, None, "Postfix connection rate limit parameter changed (a setting; 0 disables it)",
               {"alertname": "ConfigDrift", "severity": "info", "host": "mx1.mail.example.net", "file": "main.cf"},
               {"summary": "main.cf changed on mx1.mail.example.net",
                "description": "smtpd_client_connection_rate_limit = 0 -> 60; smtpd_client_message_rate_limit "
                               "added = 100 (postfix reload at 10:12:44)"})


GMAIL_PAGE = "https://smtpfieldmanual.com/provider/google"
GMAIL_42128 = ("421-4.7.28 [203.0.113.25] Our system has detected an unusual rate of unsolicited mail originating "
               "from your IP address. To protect our users from spam, mail sent from your IP address has been "
               "temporarily rate limited. Please visit to review our Bulk Email Senders Guidelines. - gsmtp")
GMAIL_45021 = ("450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional "
               "messages from being delivered. Please resend your message at a later time. If the user is able to "
               "receive mail at that time, your message will be delivered. For more information, please visit - gsmtp")


def gmail_items():
    def deferred(expected, why, reply, queue_id, n):
        family.add_page(GMAIL_PAGE, expected, f"smtpfieldmanual.com (Google's replies): {why}",
                        {"alertname": "PostfixDeferredToGmail", "severity": "warning",
                         "host": "out1.mail.example.net", "relay": "gmail-smtp-in.l.google.com"},
                        {"summary": f"{n} deliveries to gmail-smtp-in.l.google.com deferred or bounced in 15m",
                         "description": f"postfix/smtp[4412]: {queue_id}: to=<j.doe@gmail.com>, "
                                        "relay=gmail-smtp-in.l.google.com[142.250.102.27]:25, delay=2.1, "
                                        f"status=deferred (host gmail-smtp-in.l.google.com[142.250.102.27] said: "
                                        f"{reply} (in reply to end of DATA command))"})

    deferred(RL, "421 4.7.28 unusual rate of unsolicited mail: the sending IP temporarily rate limited",
             GMAIL_42128, "4XkQ2m0b3Vz9tP", 312)
    deferred(RL, "450 4.2.1 the recipient is receiving mail at a rate that prevents more deliveries",
             GMAIL_45021, "4XkQ5c1Hn8z2rW", 23)
    family.add_page(GMAIL_PAGE, None, "smtpfieldmanual.com (Google's replies): 550 5.1.1 unknown account, "
                    "a bounce, no rate involved",
                    {"alertname": "PostfixBouncesToGmail", "severity": "info", "host": "out1.mail.example.net"},
                    {"summary": "41 bounces from gmail-smtp-in.l.google.com in 1h",
                     "description": "status=bounced (host gmail-smtp-in.l.google.com[142.250.102.27] said: 550 5.1.1 "
                                    "The email account that you tried to reach does not exist. Please try "
                                    "double-checking the recipient's email address for typos or unnecessary spaces. "
                                    "Learn more at - gsmtp (in reply to RCPT TO command))"})
    family.add_page(GMAIL_PAGE, None, "smtpfieldmanual.com (Google's replies): 421 4.7.0 blocked for the sending "
                    "domain's reputation, not a rate",
                    {"alertname": "PostfixDeferredToGmail", "severity": "warning", "host": "out2.mail.example.net",
                     "relay": "gmail-smtp-in.l.google.com"},
                    {"summary": "88 deliveries to gmail-smtp-in.l.google.com deferred in 15m",
                     "description": "status=deferred (host gmail-smtp-in.l.google.com[142.250.102.27] said: 421 4.7.0 "
                                    "[203.0.113.26] Our system has detected that this message is suspicious due to "
                                    "the very low reputation of the sending domain. To best protect our users from "
                                    "spam, the message has been blocked. Please visit for more information. - gsmtp)"})


SES_PAGE = "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html"


def ses_items():
    family.add_page(SES_PAGE, RL, "docs.aws.amazon.com (SES sending limits): ThrottlingException Maximum sending "
                    "rate exceeded in a CloudWatch Logs metric-filter alarm",
                    {"alertname": "ses-send-throttled", "severity": "warning", "region": "eu-west-1",
                     "LogGroupName": "/aws/lambda/notify-dispatch"},
                    {"summary": "ALARM: \"ses-send-throttled\" in EU (Ireland)",
                     "description": "Threshold Crossed: 1 datapoint [57.0 (06/12/26 10:35:00)] was greater than or "
                                    "equal to the threshold (5.0). Filter pattern \"ThrottlingException\" last "
                                    "match: An error occurred (ThrottlingException) when calling the SendEmail "
                                    "operation: Maximum sending rate exceeded."})
    family.add_page(SES_PAGE, RL, "docs.aws.amazon.com (SES sending limits): SMTP 454 daily message quota "
                    "exceeded (a per-day sending limit refusing mail)",
                    {"alertname": "MailerSmtpErrors", "severity": "critical", "app": "billing-mailer",
                     "namespace": "billing"},
                    {"summary": "billing-mailer: 230 SMTP send failures in 10m",
                     "description": "SMTPDataError: (454, b'Throttling failure: Daily message quota exceeded.')"})
    family.add_page(SES_PAGE, RL, "docs.aws.amazon.com (SES sending limits): SMTP 454 maximum sending rate in "
                    "an Elastic log threshold rule",
                    {"alertname": "Log threshold", "rule.name": "smtp relay throttling", "service.name": "crm-worker"},
                    {"summary": "smtp relay throttling: 64 log entries in the last 5 mins",
                     "description": "64 log entries have matched the following conditions: message CONTAINS "
                                    "'454'. Last entry: Net::SMTPServerBusy: 454 Throttling failure: Maximum sending "
                                    "rate exceeded"})
    family.add_page(SES_PAGE, None, "docs.aws.amazon.com (SES sending limits): the sending quota raised by "
                    "AWS (a setting change, nothing refused)",
                    {"alertname": "SESSendingQuotaChanged", "severity": "info", "service": "SES", "region": "eu-west-1"},
                    {"summary": "Amazon SES sending quota increased",
                     "description": "Your maximum sending rate is now 50 messages per second (was 14) and your daily "
                                    "sending quota is 200,000 messages (was 50,000)."})


GOGH = ("google/go-github", "github/github.go", "30af001aa7b4e4e503a211e0711146ecd08c71b2")
SLACK = ("slack-go/slack", "misc.go", "009cdfc39c3193ed42ed7b29f31c6f66c229c951")
OCTO = ("octokit/plugin-throttling.js", "README.md", "00e52bf475e6e7f4b6de25af39233874c15dccc0")


def api_client_items():
    family.add(GOGH, RL, "go-github primary rate limit refused before the call (RateLimitError)",
               {"alertname": "RenovateBotErrors", "severity": "warning", "namespace": "renovate",
                "job": "renovate-cron"},
               {"summary": "renovate-cron logged 96 GitHub errors in 15m",
                "description": "GET https://api.github.com/repos/acme/infra/pulls?per_page=100: 403 API rate limit "
                               "of 5000 still exceeded until 2026-12-06 11:58:02 +0000 UTC, not making remote "
                               "request. [rate reset in 23m40s]"})
    family.add(GOGH, RL, "go-github secondary rate limit (AbuseRateLimitError) in a CloudWatch Logs alarm",
               {"alertname": "repo-sync-github-errors", "region": "us-east-1",
                "LogGroupName": "/ecs/repo-sync"},
               {"summary": "ALARM: \"repo-sync-github-errors\" in US East (N. Virginia)",
                "description": "Threshold Crossed: 3 datapoints were greater than the threshold (10.0). Last match: "
                               "POST https://api.github.com/repos/acme/web/statuses/9f1c2e7: 403 API secondary rate "
                               "limit exceeded until 2026-12-06 10:36:10 +0000 UTC, not making remote request."})
    family.add(GOGH, None, "a resolved GitHub rate-limit rule: the limit reset (rule 14)",
               {"alertname": "GitHubAPIRateLimited", "severity": "warning", "app": "repo-sync",
                "status": "resolved"},
               {"summary": "[RESOLVED] GitHubAPIRateLimited repo-sync",
                "description": "Rate limit reset: 5000 of 5000 core requests remaining; no RateLimitError in the "
                               "last 30m."})
    family.add(SLACK, RL, "slack-go RateLimitedError in a Sentry issue alert",
               {"alertname": "SentryIssueAlert", "project": "alert-router", "level": "error"},
               {"summary": "New issue in alert-router",
                "title": "*slack.RateLimitedError: slack rate limit exceeded, retry after 30s",
                "culprit": "router.(*SlackSink).Post"})
    family.add(SLACK, RL, "slack-go RateLimitedError as the top error of an error ratio (cause over symptom)",
               {"alertname": "NotifierErrorRatio", "severity": "warning", "service": "oncall-notifier"},
               {"summary": "oncall-notifier: 22% of notifications fail",
                "description": "Top error (341 of 402): slack rate limit exceeded, retry after 1m0s"})
    family.add(OCTO, RL, "octokit throttling plugin: request quota exhausted (Loki log alert)",
               {"alertname": "ReleaseBotWarnings", "severity": "warning", "app": "release-bot",
                "namespace": "tools"},
               {"summary": "release-bot: 58 warnings in 10m",
                "description": "Request quota exhausted for request GET /repos/{owner}/{repo}/actions/runs"})
    family.add(OCTO, RL, "octokit throttling plugin: abuse (secondary) limit detected",
               {"alertname": "[Log] github-app abuse limit", "monitor_type": "log alert", "service": "triage-app"},
               {"summary": "[Triggered] github-app abuse limit: 12 matching logs in 5m",
                "description": "%%%\nAbuse detected for request POST /repos/acme/web/issues/{issue_number}/comments\n%%%"})
    family.add(OCTO, None, "octokit throttling disabled in a config audit (a setting; nothing refused)",
               {"alertname": "AppConfigChanged", "severity": "info", "app": "release-bot"},
               {"summary": "release-bot configuration changed",
                "description": "octokit options: throttle.enabled true -> false (\"Pass { throttle: { enabled: "
                               "false } } to disable this plugin.\")"})


CF_PAGE = "https://dnschkr.com/cloudflare-errors/1015"
VERTEX = ("tensalir/Loop-Vesper", "docs/incidents/429-rate-limit-quota-exceeded/issue.md",
          "2e25152b6f3c7a33d34ed4dfe75d6b87405b411e")
FOUNDRY = ("microsoft/GitHub-Copilot-for-Azure",
           "plugin/skills/microsoft-foundry/troubleshooting/diagnose-429-errors.md",
           "33f744647b7e3663af4d396f907a9a6024aa5adf")


def cloud_api_items():
    family.add_page(CF_PAGE, RL, "dnschkr.com (Cloudflare 1015): a synthetic check blocked by the zone's rate "
                    "limiting rule",
                    {"alertname": "SyntheticCheckFailed", "severity": "warning", "check": "search-page",
                     "location": "aws:eu-central-1"},
                    {"summary": "Synthetic check search-page failed from aws:eu-central-1",
                     "description": "GET https://www.example.com/search?q=boots -> HTTP/1.1 429 Too Many Requests "
                                    "(server: cloudflare): Error 1015: You are being rate limited"})
    family.add_page(CF_PAGE, RL, "dnschkr.com (Cloudflare 1015): webhook deliveries to a partner refused at "
                    "Cloudflare's edge",
                    {"alertname": "WebhookDeliveryFailures", "severity": "warning", "partner": "shipco"},
                    {"summary": "shipco webhook deliveries failing",
                     "description": "117 of 140 deliveries in 10m failed: status 429, body \"<title>hooks.shipco.example "
                                    "| Error 1015</title> ... You have sent too many requests. Please wait a moment "
                                    "before trying again.\""})
    family.add(VERTEX, RL, "Vertex AI 429 RESOURCE_EXHAUSTED in a Grafana log-based alert",
               {"alertname": "GenAIProviderErrors", "severity": "warning", "grafana_folder": "AI",
                "provider": "vertex"},
               {"summary": "[FIRING:1] GenAIProviderErrors (vertex)",
                "description": "Value: A=64 (errors in 5m). Sample: Gen AI SDK error: [ApiError]: {\"error\": "
                               "{\"code\": 429, \"message\": \"Resource exhausted. Please try again later. Please "
                               "refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for "
                               "more details.\", \"status\": \"RESOURCE_EXHAUSTED\"}}"})
    family.add(FOUNDRY, RL, "Azure AI Foundry 429 count alert (the guide's own sample alert)",
               {"alertname": "High-Rate-Limit-Errors", "severity": "Sev3", "monitor_service": "Platform",
                "resource": "foundry-eastus"},
               {"summary": "Fired:Sev3 Metric alert High-Rate-Limit-Errors on foundry-eastus",
                "description": "count HttpErrors where ResultType == 429 > 10 (window 5m): 47"})
    family.add(FOUNDRY, RL, "Azure AI Foundry \"Rate limit is exceeded\" in an app log alert",
               {"alertname": "Log search alert: chat-api throttled", "severity": "Sev2",
                "cloud_RoleName": "chat-api"},
               {"summary": "chat-api: 89 throttled model calls in 10 minutes",
                "description": "HTTP 429: Too Many Requests. Rate limit is exceeded. Try again in 17 seconds. "
                               "(deployment gpt-4o-eastus)"})
    family.add(FOUNDRY, None, "a retry/back-off policy set for the model client (back-off configuration)",
               {"alertname": "AppConfigChanged", "severity": "info", "app": "chat-api"},
               {"summary": "chat-api retry policy updated",
                "description": "model client retries: exponential backoff (1s -> 2s -> 4s -> 8s -> 16s) with jitter, "
                               "max retries 5, honour Retry-After"})


def misc_items():
    family.add_thread(RL, "ddev/ddev", 1684, "raven-go's 429 from Sentry (events denied by rate limiting)",
                      {"alertname": "ErrorReporterFailures", "severity": "warning", "app": "ddev-telemetry"},
                      {"summary": "error reporter could not deliver events",
                       "description": "raven: got http status 429 - x-sentry-error: Creation of this event was "
                                      "denied due to rate limiting"})


DD_KUBELET = ("DataDog/integrations-core", "kubelet/metadata.csv", "00d4ae24f172de9c052de96badc1268010061584")


def cpu_items():
    family.add(DD_KUBELET, None, "Datadog: CFS throttled seconds of a container (CPU throttling, rule 5)",
               {"alertname": "[Monitor] search-api CPU throttled", "monitor_type": "metric alert",
                "kube_deployment": "search-api", "env": "prod"},
               {"summary": "[Triggered] search-api CPU throttled",
                "description": "%%%\navg(last_10m):sum:kubernetes.cpu.cfs.throttled.seconds{kube_deployment:search-api} "
                               "by {pod_name} > 2 (Total time duration the container has been throttled): 3.7 on "
                               "pod_name:search-api-5d8c7b9f6-2xkzq\n%%%"})
    family.add(DD_KUBELET, None, "Datadog: throttled CFS periods over elapsed periods (CPU throttling, rule 5)",
               {"alertname": "[Monitor] Container CPU throttling high", "monitor_type": "query alert",
                "kube_namespace": "ingest"},
               {"summary": "[Triggered] Container CPU throttling high on ingest/log-router",
                "description": "%%%\nkubernetes.cpu.cfs.throttled.periods / kubernetes.cpu.cfs.periods = 0.47 "
                               "(Number of throttled period intervals / Number of elapsed enforcement period "
                               "intervals) for kube_container_name:log-router\n%%%"})


apf_items()
mimir_items()
tempo_items()
ratelimit_service_items()
postfix_items()
gmail_items()
ses_items()
api_client_items()
cloud_api_items()
misc_items()
cpu_items()
family.write()
