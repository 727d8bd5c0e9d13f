#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_throttle20.jsonl: rate limiting and throttling as cloud
SDKs, SaaS APIs, registries and gateways word it, quoted in log-pattern alerts, error-ratio alerts
quoting their most frequent error, failed jobs and rule-set alerts; and the look-alikes that speak
of limits, quotas, throttling or request rates without a request being refused.

Labels (POLICY.md, decided before the classifier ran): a request refused or delayed because a
caller went over a request-rate limit (AWS ThrottlingException, RequestLimitExceeded,
ProvisionedThroughputExceededException, TooManyRequestsException, S3 503 Slow Down; Azure Cosmos
"Request rate is large" / 429 substatus 3200, Service Bus ServerBusy 50009, ARM 429 with
Retry-After, Storage ServerBusy; Slack "ratelimited"; Stripe rate_limit; Shopify "Exceeded 2 calls
per second"; SendGrid 429; OpenAI rate_limit_exceeded; Docker Hub toomanyrequests; Envoy
x-envoy-ratelimited / local_rate_limited; Kong "API rate limit exceeded"; Traefik RateLimit 429;
GitLab "Retry later"; Kafka client quota throttle time) is `rate_limited`, also when an error-ratio
alert quotes it (cause over symptom, rule 1). Policy decision (silent in POLICY.md): Let's
Encrypt's "too many certificates already issued" refuses the ACME order by a rate limit, so the
cause is `rate_limited`, not `certificate_expiry`, even though renewal fails.
`null`: rate-limit configuration changes and documentation text, CPU (CFS and burstable credit)
throttling (POLICY rule "CPU throttling"), accounting quotas (vCPU/core/VPC counts, rule on
allowances), request rates that are high but not refused, retries/backoff with no limit named,
a rate limiter reporting zero refusals, Kafka replication throttle settings. An EDQUOT disk quota
is `disk_full` (storage quota rule).
Left out (rule 6): OpenAI "You exceeded your current quota" (insufficient_quota: a billing quota,
not a rate), "near limit" counters of the Envoy ratelimit service (utilisation before refusal).

Sources: vendor documentation pages named per item (domains checked with heldout_check.py;
cloud.google.com, docs.github.com, nginx.org, twilio, telegram, discord, haproxy.com,
kubernetes.io, docs.anthropic.com came back HELD-OUT and are not used). Frames, hosts, values are
our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_throttle20.jsonl")

AWS = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/throttling.html"
DDB = "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html"
LAM = "https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html"
S3 = "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html"
KIN = "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html"
COS = "https://learn.microsoft.com/en-us/azure/cosmos-db/nosql/troubleshoot-request-rate-too-large"
SB = "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-messaging-exceptions"
ARM = "https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/request-limits-and-throttling"
STG = "https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes"
QUO = "https://learn.microsoft.com/en-us/azure/quotas/view-quotas"
SLK = "https://api.slack.com/apis/rate-limits"
STR = "https://docs.stripe.com/rate-limits"
SHP = "https://shopify.dev/docs/api/usage/rate-limits"
SG = "https://docs.sendgrid.com/api-reference/how-to-use-the-sendgrid-v3-api/rate-limits"
OAI = "https://platform.openai.com/docs/guides/rate-limits"
DKR = "https://docs.docker.com/docker-hub/usage/"
ENV = "https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/local_rate_limit_filter"
KNG = "https://docs.konghq.com/hub/kong-inc/rate-limiting/"
TRF = "https://doc.traefik.io/traefik/middlewares/http/ratelimit/"
GL = "https://docs.gitlab.com/ee/security/rate_limits.html"
KAF = "https://kafka.apache.org/documentation/#design_quotas"
LE = "https://letsencrypt.org/docs/rate-limits/"
IST = "https://istio.io/latest/docs/tasks/policy-enforcement/rate-limit/"


def add(url, expected, source, labels, annotations):
    domain = url.split("/")[2]
    family.append(probe_item(labels, annotations, expected, source, domain, page_provenance(url)))


RL = "rate_limited"
# (url, quoted error, service, what) -- quoted strings are the vendors' documented wording
REAL = [
    (AWS, "An error occurred (RequestLimitExceeded) when calling the RunInstances operation (reached max retries: 4): Request limit exceeded.", "fleet-scaler", "EC2 RequestLimitExceeded"),
    (AWS, "An error occurred (ThrottlingException) when calling the PutMetricData operation: Rate exceeded", "metrics-shipper", "ThrottlingException Rate exceeded"),
    (DDB, "ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.", "cart-api", "DynamoDB provisioned throughput exceeded"),
    (LAM, "TooManyRequestsException: Rate Exceeded. (Service: AWSLambda; Status Code: 429; Reason: ReservedFunctionConcurrentInvocationLimitExceeded)", "thumbnailer", "Lambda TooManyRequestsException"),
    (S3, "operation error S3: GetObject, https response error StatusCode: 503, api error SlowDown: Please reduce your request rate.", "asset-sync", "S3 503 SlowDown"),
    (KIN, "ProvisionedThroughputExceededException: Rate exceeded for shard shardId-000000000003 in stream clicks-prod under account 111122223333.", "click-ingest", "Kinesis shard rate exceeded"),
    (COS, "Response status code does not indicate success: TooManyRequests (429); Substatus: 3200; Reason: (Message: Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later.", "profile-svc", "Cosmos DB 429 request rate is large"),
    (SB, "Azure.Messaging.ServiceBus.ServiceBusException: The request was terminated because the entity is being throttled. Error code : 50009. (ServiceBusy)", "order-relay", "Service Bus ServerBusy 50009"),
    (ARM, "Status=429 Code=\"TooManyRequests\" Message=\"The request is being throttled.\" Retry-After: 17", "infra-reconciler", "ARM 429 TooManyRequests Retry-After"),
    (STG, "Status: 503 (The server is busy.) ErrorCode: ServerBusy Ingress is over the account limit.", "backup-writer", "Storage ServerBusy ingress over account limit"),
    (SLK, "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage) The server responded with: {'ok': False, 'error': 'ratelimited'}", "notify-bot", "Slack ratelimited"),
    (STR, "Stripe::RateLimitError: (Status 429) Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.", "billing-worker", "Stripe RateLimitError 429"),
    (SHP, "ShopifyAPI::Errors::HttpResponseError: 429 Too Many Requests: Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.", "catalog-sync", "Shopify calls per second"),
    (SHP, "GraphQL error: Throttled (extensions.code=THROTTLED, requestedQueryCost=982, throttleStatus.currentlyAvailable=14)", "inventory-feed", "Shopify GraphQL THROTTLED"),
    (SG, "python_http_client.exceptions.TooManyRequestsError: HTTP Error 429: {\"errors\":[{\"field\":null,\"message\":\"too many requests\"}]}", "mailer", "SendGrid 429 too many requests"),
    (OAI, "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization org-redacted on tokens per min (TPM): Limit 30000, Used 29412, Requested 1380. Please try again in 1.584s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}", "summariser", "OpenAI rate_limit_exceeded"),
    (DKR, "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit", "ci-runner", "Docker Hub pull rate limit"),
    (ENV, "upstream response 429 with header x-envoy-ratelimited: true, body \"local_rate_limited\"", "edge-gateway", "Envoy local_rate_limited"),
    (KNG, "HTTP/1.1 429 Too Many Requests {\"message\":\"API rate limit exceeded\"} X-RateLimit-Remaining-Minute: 0", "partner-api", "Kong API rate limit exceeded"),
    (TRF, "traefik RateLimit middleware ratelimit@file rejected request: 429 Too Many Requests", "public-web", "Traefik RateLimit 429"),
    (GL, "GET /api/v4/projects/412/pipelines returned 429 Retry later (RateLimit-Remaining: 0, Retry-After: 60)", "release-bot", "GitLab 429 Retry later"),
    (LE, "acme: error: 429 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: urn:ietf:params:acme:error:rateLimited :: Error creating new order :: too many certificates already issued for exact set of domains: shop.example.net: see https://letsencrypt.org/docs/rate-limits/", "cert-renewer", "Let's Encrypt too many certificates already issued"),
]

NS = ["payments", "core", "media", "integrations", "platform", "data"]
for i, (url, err, svc, what) in enumerate(REAL):
    ns = NS[i % len(NS)]
    pod = f"{svc}-{7 + i}c{i}f-{'xqzrvb'[i % 6]}{i}k"
    add(url, RL, f"{what}: log-pattern alert",
        {"alertname": "LogPatternMatched", "severity": "warning", "namespace": ns, "pod": pod,
         "service": svc},
        {"summary": f"{svc}: error pattern matched {12 + 3 * i} times in 5m",
         "description": f"Most recent match:\n{err}"})
    frame = i % 3
    if frame == 0:
        add(url, RL, f"{what}: error-ratio alert quoting the top error",
            {"alertname": f"{svc.title().replace('-', '')}ErrorRatioHigh", "severity": "critical",
             "namespace": ns, "service": svc},
            {"summary": f"{svc} error ratio {4 + i % 7}.{i}% over 10m",
             "description": f"Most frequent error ({80 + i} of {97 + 2 * i}): {err}"})
    elif frame == 1:
        add(url, RL, f"{what}: failed job output",
            {"alertname": "JobFailed", "severity": "warning", "namespace": ns,
             "job_name": f"{svc}-nightly-2916{i:02d}"},
            {"summary": f"Job {svc}-nightly failed after 3 attempts",
             "description": f"Last lines of output:\n  ... attempt 3/3\n  {err}\n  exit status 1"})
    else:
        add(url, RL, f"{what}: rule-set alert named by the team",
            {"alertname": f"{svc.title().replace('-', '')}Throttled", "severity": "warning",
             "service": svc, "team": "sre"},
            {"message": f"[{svc}] upstream refusing calls: {err}"})

# Kafka client quota: throttle time reported by the broker
add(KAF, RL, "Kafka client quota throttle time (produce-throttle-time-avg)",
    {"alertname": "KafkaProducerThrottled", "severity": "warning", "client_id": "events-writer",
     "instance": "events-writer-3:9404"},
    {"summary": "events-writer produce requests throttled by broker quota",
     "description": "kafka_producer_produce_throttle_time_avg=412ms for client-id events-writer (quota producer_byte_rate=1048576)"})
add(KAF, RL, "Kafka client quota throttle time (fetch-throttle-time-max)",
    {"alertname": "ConsumerQuotaRatelimit", "severity": "info", "client_id": "audit-reader"},
    {"summary": "audit-reader fetch-throttle-time-max 1830 ms", "description": "The broker delays fetch responses for client-id audit-reader because its consumer_byte_rate quota was exceeded."})
add(IST, RL, "Istio rate limit via Envoy: 429 with x-envoy-ratelimited on the ingress",
    {"alertname": "IngressRatelimitHits", "severity": "warning", "namespace": "istio-system", "destination_service": "productpage.bookinfo.svc.cluster.local"},
    {"summary": "productpage: 14% of requests answered 429 by the rate limit service", "description": "response_flags=RL, header x-envoy-ratelimited present on 1204 responses in 5m"})

# ---- look-alikes -------------------------------------------------------------------------
NULLS = [
    (KNG, "Kong config change: rate-limiting plugin enabled on route partner-api with config.minute=600, config.policy=redis", "Kong rate-limiting plugin configuration change",
     {"alertname": "GatewayConfigChanged", "severity": "info", "service": "partner-api"}),
    (KNG, "Deck sync applied 3 changes: plugin rate-limiting updated (config.second 5 -> 10)", "Kong config sync mentioning rate-limiting",
     {"alertname": "DeckSyncCompleted", "severity": "info", "workspace": "default"}),
    (ENV, "local_rate_limit filter: token_bucket max_tokens=1000 tokens_per_fill=100 fill_interval=1s loaded for listener ingress_http", "Envoy rate-limit configuration loaded",
     {"alertname": "EnvoyListenerUpdated", "severity": "info", "pod": "edge-gateway-6d9f7-ab1cd"}),
    (ENV, "http_local_rate_limit.rate_limited = 0, http_local_rate_limit.ok = 88412 over the last 15m", "Envoy limiter healthy (zero refusals)",
     {"alertname": "RateLimiterReport", "severity": "info", "service": "edge-gateway"}),
    (IST, "ratelimit service pod ratelimit-5c7d8-qz2lm not ready: readiness probe failed: HTTP probe failed with statuscode: 500", "Istio rate limit service itself unhealthy",
     {"alertname": "RatelimitServiceNotReady", "severity": "warning", "namespace": "istio-system", "pod": "ratelimit-5c7d8-qz2lm"}),
    (ARM, "Documentation: Resource Manager throttles requests per subscription; when you hit the limit you receive HTTP status code 429 and a Retry-After value.", "ARM throttling documentation text in a runbook reminder",
     {"alertname": "RunbookReviewDue", "severity": "info", "team": "platform"}),
    (SLK, "Web API tier 3 methods allow 50+ requests per minute; no ratelimited responses recorded this week.", "Slack weekly API usage digest",
     {"alertname": "WeeklyApiUsageDigest", "severity": "info", "service": "notify-bot"}),
    (QUO, "Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota. Current Limit: 100, Current Usage: 96, Additional Required: 8", "Azure vCPU core quota (allowance)",
     {"alertname": "ScaleSetProvisioningFailed", "severity": "warning", "resource_group": "rg-batch-weu"}),
    (AWS, "An error occurred (VpcLimitExceeded) when calling the CreateVpc operation: The maximum number of VPCs has been reached.", "AWS VPC count limit (allowance)",
     {"alertname": "TerraformApplyFailed", "severity": "warning", "workspace": "network-prod"}),
    (AWS, "CPUCreditBalance for i-0a1b2c3d4e5f60789 (t3.medium) is 0; instance is throttled to baseline performance 20%", "EC2 burstable CPU credit throttling",
     {"alertname": "EC2CpuCreditsExhausted", "severity": "warning", "instance": "i-0a1b2c3d4e5f60789"}),
    (KAF, "leader.replication.throttled.rate=50000000 and follower.replication.throttled.replicas set for topic orders during reassignment", "Kafka replication throttle setting during reassignment",
     {"alertname": "KafkaReassignmentInProgress", "severity": "info", "cluster": "kafka-main"}),
    (KAF, "kafka_producer_produce_throttle_time_max=0 for all client-ids over 24h", "Kafka client quotas never applied",
     {"alertname": "KafkaQuotaDailyReport", "severity": "info", "cluster": "kafka-main"}),
    (STR, "Inbound request rate to billing-worker 3.4k rps, 2.1x the 7-day baseline; 0 errors", "high request rate, nothing refused",
     {"alertname": "TrafficSpike", "severity": "warning", "service": "billing-worker"}),
    (OAI, "retrying chat completion in 4.0s (attempt 2/6) after: Connection reset by peer", "client backoff log with no limit reached",
     {"alertname": "ClientRetriesLogged", "severity": "info", "service": "summariser"}),
    (SG, "X-RateLimit-Remaining: 587 of 600 at 10:04Z (rate limit headers logged for debugging)", "rate-limit headers far from the limit",
     {"alertname": "DebugLogVolumeHigh", "severity": "info", "service": "mailer"}),
    (DKR, "docker login to registry-1.docker.io succeeded; authenticated pulls enabled for ci-runner to avoid rate limits", "Docker Hub authentication configured",
     {"alertname": "CIConfigChange", "severity": "info", "service": "ci-runner"}),
    (TRF, "Middleware ratelimit@file: average=100 burst=50 period=1s; not available for rate limiting on router api-internal (entrypoint disabled)", "Traefik 'not available for rate limiting' text",
     {"alertname": "TraefikConfigWarning", "severity": "info", "service": "public-web"}),
    (GL, "Admin area setting changed: 'Max authenticated API requests per rate limit period per user' set to 2000", "GitLab rate limit setting change (audit event)",
     {"alertname": "GitlabAuditEvent", "severity": "info", "instance": "gitlab.int.example"}),
    (LE, "Certificate for shop.example.net renewed by cert-manager; new expiry 2027-03-03", "Let's Encrypt renewal success",
     {"alertname": "CertificateRenewed", "severity": "info", "namespace": "ingress"}),
    (DDB, "ConsumedWriteCapacityUnits on table carts is 61% of provisioned (WCU 1200); no ThrottledRequests", "DynamoDB capacity utilisation, nothing throttled",
     {"alertname": "DynamoCapacityReport", "severity": "info", "table": "carts"}),
    (SB, "Service Bus namespace sb-orders: incoming requests 38k/min, successful 38k/min, throttled requests 0", "Service Bus metrics with zero throttled requests",
     {"alertname": "ServiceBusDailyMetrics", "severity": "info", "namespace_name": "sb-orders"}),
    (COS, "Normalized RU consumption for container profiles is 42%; autoscale max RU/s 4000", "Cosmos RU utilisation below limit",
     {"alertname": "CosmosRuUsage", "severity": "info", "account": "cosmos-profile"}),
    (SHP, "Shopify webhook topic orders/create delivery rate 18/s (normal)", "Shopify webhook rate informational",
     {"alertname": "WebhookRate", "severity": "info", "service": "catalog-sync"}),
    (KNG, "Kong rate-limiting plugin: Redis policy counter store unreachable, falling back to fault_tolerant=true (requests allowed)", "rate limiter fails open",
     {"alertname": "KongRedisUnreachable", "severity": "warning", "service": "partner-api"}),
]
for url, text, what, labels in NULLS:
    add(url, None, what, labels, {"summary": labels["alertname"], "description": text})

# CFS CPU throttling: null (POLICY: CPU throttling)
for pod, pct, ctr in [("fleet-scaler-5f6d-9xk2p", 61, "scaler"), ("profile-svc-77c9-ab3zq", 38, "app")]:
    add(ENV, None, "CFS CPU throttling of a container (Envoy sidecar page is provenance of nothing quoted; frame only)",
        {"alertname": "ContainerCfsThrottled", "severity": "warning", "namespace": "core", "pod": pod, "container": ctr},
        {"summary": f"{ctr} in {pod} throttled {pct}% of CFS periods",
         "description": f"container_cpu_cfs_throttled_periods_total / container_cpu_cfs_periods_total = {pct/100:.2f} over 15m"})

# Storage quota refusing writes: disk_full (storage-quota rule)
add(STG, "disk_full", "EDQUOT from a file-system quota (look-alike: 'quota exceeded')",
    {"alertname": "BackupWriteFailed", "severity": "critical", "service": "backup-writer"},
    {"summary": "backup-writer cannot write", "description": "write /mnt/share/backups/2026-12-04.tar: disk quota exceeded (EDQUOT) on share backups"})

family.write()
