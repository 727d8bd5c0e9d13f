"""rulesets33h.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
helper h; companies' and teams' own microservice back ends: payments and settlement, wallets and
ledgers, ride-hailing and food-delivery super-apps, an ad-mediation platform with billing and job
queues).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import BLIND2, OUT, RuleFiles  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# ALLiDoizCode/connector: monitoring/prometheus/alerts/connector-alerts.yml and
# monitoring/prometheus/claim-alert-rules.yml (an Interledger (ILP) payment connector's own rules:
# packet forwarding, settlement, TigerBeetle balance tracking, payment-channel claims exchanged with
# peers and redeemed on chain)
ILP = ("ALLiDoizCode/connector", "9b0ddc192a974371a11fe78639de6ffabc2e282e")
SETTLEMENT = "settlement executions (payment-channel settlements run when a balance threshold is reached) failing: job-like operations rather than requests (rule 10), not settled"
take(ILP[0], "monitoring/prometheus/alerts/connector-alerts.yml", ILP[1], {
    "HighPacketErrorRate": ("high_error_rate", "7.214%"),
    "SettlementFailures": (OUT, SETTLEMENT),
    "TigerBeetleUnavailable": ("node_down", 0),
    "ChannelDispute": (None, 1),
    "HighP99Latency": ("high_latency", "14.2ms"),
    "LowThroughput": (None, "742.3"),
    "ConnectorDown": ("node_down", 0),
    "HighMemoryUsage": ("out_of_memory", "86.41%"),
    "CriticalErrorSpike": (OUT, "a rate of the connector's internal errors of severity critical (errors by type, neither requests nor quoted log lines): not settled"),
    "SettlementSLABreach": (OUT, SETTLEMENT),
    "PacketSLABreach": ("high_error_rate", "99.62%"),
}, lambda name: {
    "TigerBeetleUnavailable": {"instance": "tigerbeetle:3000", "job": "tigerbeetle"},
    "ChannelDispute": {"instance": "connector-a:9464", "job": "agent-runtime", "method": "evm-paychan", "status": "disputed"},
    "SettlementFailures": {"instance": "connector-a:9464", "job": "agent-runtime", "method": "evm-paychan", "status": "failure"},
    "CriticalErrorSpike": {"instance": "connector-a:9464", "job": "agent-runtime", "severity": "critical", "type": "SettlementExecutionError"},
}.get(name, {"instance": "connector-a:9464", "job": "agent-runtime"}))
take(ILP[0], "monitoring/prometheus/claim-alert-rules.yml", ILP[1], {
    "HighClaimSendFailureRate": ("high_error_rate", "14.29%"),
    "HighClaimVerificationFailureRate": (OUT, "received claims rejected by verification (invalid signatures, nonces): a validation verdict on peers' messages, not settled"),
    "ClaimRedemptionStalled": (OUT, "no on-chain redemption for ten minutes while verified claims arrive (a stalled redemption service, or RPC trouble, as the description guesses): not settled"),
    "ClaimRedemptionFailures": (OUT, "on-chain claim redemptions (blockchain transactions) failing: job-like operations, as the file's settlements, not settled"),
    "ClaimVerificationErrorSpike": (OUT, "a count of claim verification failures of one error type: as HighClaimVerificationFailureRate, not settled"),
    "LowClaimThroughput": (None, "0.004167"),
}, {"instance": "connector-a:9464", "job": "agent-runtime", "peer_id": "peer-bob", "blockchain": "evm",
    "error_type": "invalid_signature", "success": "false"})


# ---------------------------------------------------------------------------------------------
# RadiSaiyed/syriasuperapp: ops/observability/prometheus/alerts.yml (a super-app's own rules:
# payments, taxi (ride-hailing matching and its payment calls), commerce, doctors; one job per
# service)
take("RadiSaiyed/syriasuperapp", "ops/observability/prometheus/alerts.yml", "28e845fe8ab0d74764eb0318e4a9e2405e1b43a5", {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", 0.0231),
    "PaymentsWebhookErrors": ("high_error_rate", 0.0333),
    "PaymentsHighLatencyP95": ("high_latency", 0.612),
    "PaymentsHighLatencyP95Critical": ("high_latency", 0.874),
    "TaxiHighLatencyP95": ("high_latency", 0.538),
    "CommerceHighLatencyP95": ("high_latency", 0.451),
    "DoctorsHighLatencyP95": ("high_latency", 0.693),
    "TaxiMatchingLowSuccess": (OUT, "share of ride requests assigned a driver below 60% (no driver found or accepted): a business outcome of matching, not settled"),
    "TaxiReaperSpike": (None, 6.2),
    "TaxiPaymentsInternalHighErrors": ("high_error_rate", 0.27),
    "TaxiPaymentsCircuitOpen": (OUT, "calls to payments skipped by an open circuit breaker (the breaker's state, not the calls' own errors): not settled"),
    "HighLatencyP99": ("high_latency", 1.42),
    "HighLatencyP99Critical": ("high_latency", 2.37),
}, lambda name: {"job": {"TaxiHighLatencyP95": "taxi", "CommerceHighLatencyP95": "commerce", "DoctorsHighLatencyP95": "doctors",
                          "HighLatencyP99": "food", "HighLatencyP99Critical": "stays", "HighErrorRate": "commerce"}.get(name, "payments")}
    if "LatencyP9" in name or name == "HighErrorRate" else {},
    {"instance": "payments:8080"})


# ---------------------------------------------------------------------------------------------
# khengleng/wallet: services/prometheus/alerts/platform-alerts.yml (a digital-wallet platform's own
# rules: ledger service, API gateway, ops/risk service; infra/monitoring/alerts/ holds the same
# file and is not taken again; audit-export-alerts.yml beside it has three rules only)
take("khengleng/wallet", "services/prometheus/alerts/platform-alerts.yml", "93c2532d8d5dd9c5f6e6c4c52e817cdec9e9eabe", {
    "WalletLedgerServiceDown": ("node_down", 0),
    "ApiGatewayServiceDown": ("node_down", 0),
    "OpsRiskServiceDown": ("node_down", 0),
    "ApiGatewayRateLimitedSpike": ("rate_limited", 412),
    "ApiGatewayWafBlockedSpike": (OUT, "requests blocked by the gateway's WAF (a security verdict on clients, not failures of the service): not settled"),
    "LedgerInsufficientFundsSpike": (OUT, "ledger operations refused for insufficient funds (a business decline on users' balances): not settled"),
}, lambda name: {
    "WalletLedgerServiceDown": {"instance": "wallet-ledger-service.railway.internal:8080", "job": "wallet-ledger-service"},
    "ApiGatewayServiceDown": {"instance": "api-gateway-service.railway.internal:8080", "job": "api-gateway-service"},
    "OpsRiskServiceDown": {"instance": "ops-risk-service.railway.internal:8080", "job": "ops-risk-service"},
}.get(name, {"instance": "api-gateway-service.railway.internal:8080", "job": "api-gateway-service"}))


# ---------------------------------------------------------------------------------------------
# sbelakho2/apex-mediation-platform: monitoring/alerts.yml (an ad-mediation platform's own rules:
# backend API, Stripe billing, Postgres, Redis, hosts, business metrics, SDK health, RTB auction
# and adapters, ClickHouse analytics, job queues, AI spend; the file was later removed, so the
# commit that holds it is cited)
APEX_QUEUE = {"queue": "payments-reconcile"}
take("sbelakho2/apex-mediation-platform", "monitoring/alerts.yml", "932f3af48ced37d769cd3f296fb944104f5a3d69", {
    "BackendAPIDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", "8.2%"),
    "HighLatency": ("high_latency", 0.734),
    "HighMemoryUsage": ("out_of_memory", 478.3),
    "DatabaseConnectionPoolExhausted": (OUT, "pool size minus available connections (those in use) below 5, named and described as few available: name and expression disagree (rule 8)"),
    "HighPaymentFailureRate": ("high_error_rate", "13.7%"),
    "StripeWebhookDeliveryFailed": ("high_error_rate", 5),
    "PostgreSQLDown": ("node_down", 0),
    "HighDatabaseConnections": ("connection_pool_exhaustion", 54),
    "SlowQueries": ("high_latency", 1432.7),
    "DatabaseDiskSpaceRunningOut": (OUT, "database size divided by the max_wal_size setting, named disk space running out: name and expression disagree (rule 8)"),
    "RedisDown": ("node_down", 0),
    "HighCacheMissRate": (None, "63.4%"),
    "HighCPUUsage": (None, 91.3),
    "HighDiskUsage": ("disk_full", "88.4%"),
    "SystemOutOfMemory": ("out_of_memory", "93.2%"),
    "NoNewCustomersIn24Hours": (None, 0),
    "HighChurnRate": (None, "24.3%"),
    "RevenueDropDetected": (None, 31.2),
    "HighSDKCrashRate": (OUT, "crashes of the SDK inside users' apps per session (client crashes, not a service restarting): not settled"),
    "HighANRRate": (OUT, "Application Not Responding events of the SDK inside users' apps: not settled"),
    "AuctionLatencyP95Warning": ("high_latency", 0.287),
    "AuctionLatencyP95Critical": ("high_latency", 0.612),
    "AdapterTimeoutSpikeShort": ("upstream_timeout", 0.14),
    "AdapterTimeoutSpikeSustained": ("upstream_timeout", 0.072),
    "HighNoFillRate": (None, "58.3%"),
    "HTTPErrorBudgetBurnShort": ("high_error_rate", "6.4%"),
    "HTTPErrorBudgetBurnLong": ("high_error_rate", "1.7%"),
    "ClickHouseWriteFailures": (OUT, "analytics events failing to be written to ClickHouse (events, not requests; the description only guesses at causes): not settled"),
    "ClickHouseHighWriteLatency": ("high_latency", 1.38),
    "AnalyticsPipelineBroken": ("queue_backlog", 143.2),
    "QueueBacklogGrowth": ("queue_backlog", 61.5),
    "QueueDepthCritical": ("queue_backlog", 12840),
    "QueueOldestJobStale": ("queue_backlog", 1217),
    "HighQueueFailureRate": (None, "14.2%"),
    "OpenAISpendExceeds50Percent": (None, 263.4),
    "OpenAISpendExceeds80Percent": (None, 412.9),
    "OpenAIHardLimitReached": (OUT, "AI requests blocked by the platform's own monthly spend cap (a budget stop, neither throttling by the provider nor a failure): not settled"),
    "UnexpectedAISpendSpike": (None, 0.0412),
}, lambda name: {
    "HighErrorRate": {"instance": "backend-api:4000", "job": "backend-api", "method": "POST", "route": "/api/v1/auction", "status": "503"},
    "HighLatency": {"instance": "backend-api:4000", "job": "backend-api", "method": "POST", "route": "/api/v1/auction"},
    "HighMemoryUsage": {"instance": "backend-api:4000", "job": "backend-api"},
    "BackendAPIDown": {"instance": "backend-api:4000", "job": "backend-api"},
    "PostgreSQLDown": {"instance": "postgres-exporter:9187", "job": "postgres"},
    "RedisDown": {"instance": "redis-exporter:9121", "job": "redis"},
    "HighDatabaseConnections": {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "apex", "state": "active"},
    "SlowQueries": {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "apex"},
    "HighCacheMissRate": {"instance": "redis-exporter:9121", "job": "redis"},
    "HighDiskUsage": {"instance": "node-exporter:9100", "job": "node", "device": "/dev/nvme0n1p1", "fstype": "ext4", "mountpoint": "/"},
    "SystemOutOfMemory": {"instance": "node-exporter:9100", "job": "node"},
    "StripeWebhookDeliveryFailed": {"instance": "backend-api:4000", "job": "backend-api"},
    "QueueOldestJobStale": dict(APEX_QUEUE, instance="backend-api:4000", job="backend-api"),
    "OpenAISpendExceeds50Percent": {"instance": "backend-api:4000", "job": "backend-api", "budget": "500"},
}.get(name, {}), dict(APEX_QUEUE, adapter="applovin", instance="node-exporter:9100", budget="500"))


# ---------------------------------------------------------------------------------------------
# HienHoang1101/cnpm: monitoring/prometheus/rules/service-rules.yml (a food-delivery platform's
# own rules for its Node services: auth, order, payment, restaurant, notification; the file was
# later removed, so the commit that holds it is cited; monitoring/prometheus_rules.yml holds three
# rules only)
take("HienHoang1101/cnpm", "monitoring/prometheus/rules/service-rules.yml", "d2ef2b38361c13178c5d928e05fba11042881718", {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", 0.0512),
    "HighLatencyP95": ("high_latency", 1.87),
    "LowActiveUsersAuth": (None, 0),
    "SuddenRequestSpike": (None, 38.4),
    "TestAlertFiring": (None, 1),
}, lambda name: {"service": "order-service"} if name in ("HighErrorRate", "HighLatencyP95", "SuddenRequestSpike")
    else {"service": "auth-service"} if name == "LowActiveUsersAuth" else {},
    {"instance": "order-service:5002", "job": "order-service"})


# ---------------------------------------------------------------------------------------------
# CYBERCODERoss/securepay: infra/monitoring/alerts.yml (a payments platform's own rules for its
# services: API gateway, auth, payment, fraud detection, notification; containers and Postgres)
take("CYBERCODERoss/securepay", "infra/monitoring/alerts.yml", "bf0e87bb69584d405e26939cc7018c216bbf92f9", {
    "HighAPILatency": ("high_latency", 1.32),
    "HighErrorRate": ("high_error_rate", "7.1%"),
    "ServiceDown": (OUT, BLIND2),
    "HighMemoryUsage": ("out_of_memory", 0.93),
    "HighCPUUsage": (None, 0.96),
    "PostgreSQLDown": ("node_down", 0),
}, lambda name: {
    "HighAPILatency": {"instance": "payment-service:3002", "job": "payment-service", "handler": "/api/payments/charge", "quantile": "0.9"},
    "HighMemoryUsage": {"instance": "10.0.3.14:8080", "job": "cadvisor", "container_name": "fraud-detection", "name": "securepay_fraud-detection_1"},
    "HighCPUUsage": {"container_name": "payment-service"},
    "PostgreSQLDown": {"instance": "postgres-exporter:9187", "job": "postgres"},
}.get(name, {"instance": "payment-service:3002", "job": "payment-service", "method": "POST", "status": "502"}))


# ---------------------------------------------------------------------------------------------
# Alex810604/Bel-parcel: monitoring/prometheus/alerts.yml and deploy/alerts/*-rules.yaml (a parcel
# logistics platform's own rules: reference data and operator API, and the batching,
# reassignment, routing and tracking services with their transactional outboxes and dead-letter
# queues; the deploy/ files hold two to four rules each, in Russian or English. monitoring/alerts.yml
# and the chart's prometheus-rules.yaml repeat reference-service rules of the first file and are
# not taken)
BEL = ("Alex810604/Bel-parcel", "19866f8b699d335117ca7ceef70728af2f780d91")
take(BEL[0], "monitoring/prometheus/alerts.yml", BEL[1], {
    "ReferenceServiceHighErrorRate": ("high_error_rate", "7.3%"),
    "ReferenceServiceKafkaFailures": (OUT, "events failing to be published to Kafka (no cause quoted; publications of an outbox, not the service's requests): not settled"),
    "ReferenceServiceOutboxBacklog": ("queue_backlog", 184),
    "ReferenceServiceOutboxLatency": ("queue_backlog", 94.6),
    "OperatorAPIHighLatency": ("high_latency", 2.74),
}, lambda name: {"instance": "operator-api:8080", "job": "operator-api"} if name == "OperatorAPIHighLatency"
    else {"instance": "reference-service:8080", "job": "reference-service"})
take(BEL[0], "deploy/alerts/batching-service-rules.yaml", BEL[1], {
    "BatchOutboxGrowing": ("queue_backlog", 214),
    "BatchDLQNotEmpty": (None, 3),
}, {"instance": "batching-service:8080", "job": "batching-service"})
take(BEL[0], "deploy/alerts/reassignment-service-rules.yaml", BEL[1], {
    "ReassignmentOutboxGrowing": ("queue_backlog", 167),
    "ReassignmentDLQNotEmpty": (None, 2),
    "HighTimeoutRate": (None, 12.4),
}, {"instance": "reassignment-service:8080", "job": "reassignment-service"})
take(BEL[0], "deploy/alerts/routing-service-rules.yaml", BEL[1], {
    "OutboxStuckEvents": (OUT, "a count of outbox send errors named and described as events stuck for two minutes (errors, not measured waiting): not settled"),
    "DeadLetterQueueNotEmpty": (None, 4),
    "OutboxQueueGrowing": ("queue_backlog", 312),
}, {"instance": "routing-service:8080", "job": "routing-service"})
take(BEL[0], "deploy/alerts/tracking-service-rules.yaml", BEL[1], {
    "TrackingNoWebSocketConnections": (None, 0),
    "TrackingHighAlertRate": (None, 14.8),
    "TrackingDLQNotEmpty": (None, 6),
    "TrackingNoGPSUpdates": (None, 0),
}, {"instance": "tracking-service:8080", "job": "tracking-service"})


# ---------------------------------------------------------------------------------------------
# mo74x/Hwala: deploy/monitoring/alerts.yaml (a money-transfer (hawala) back end's own
# PrometheusRule for its NestJS API, pods, Redis cache and volumes)
take("mo74x/Hwala", "deploy/monitoring/alerts.yaml", "7d74212e0f5e5d05ffbe74a2935db5ab385162b2", {
    "HighErrorRate": ("high_error_rate", 7.83),
    "HighLatency": ("high_latency", 2.41),
    "PodCrashLooping": ("crash_loop", 4.2),
    "RedisMemoryHigh": ("out_of_memory", 84.3),
    "DiskSpaceLow": ("disk_full", 87.6),
}, lambda name: {
    "PodCrashLooping": {"instance": "10.42.0.17:8080", "job": "kube-state-metrics", "namespace": "hwala", "pod": "hwala-core-6d8f9c7b5-q2x7m", "container": "hwala-core"},
    "RedisMemoryHigh": {"instance": "10.42.1.5:10250", "job": "kubelet", "namespace": "hwala", "pod": "hwala-redis-0", "container": "redis"},
    "DiskSpaceLow": {"instance": "10.42.1.5:10250", "job": "kubelet", "namespace": "hwala", "persistentvolumeclaim": "data-hwala-postgres-0"},
}.get(name, {}))


# ---------------------------------------------------------------------------------------------
# B0cka/my-bank-app: prometheus/alerts.yml (a banking microservice app's own business and HTTP
# rules in Russian: withdrawals (accounts), transfers, notifications, Spring Boot services)
BANK_NOTIFY = "failed notification sends (a call to the notification service, or a job sending a message; the summary says the service does not work): not settled"
take("B0cka/my-bank-app", "prometheus/alerts.yml", "8c2b075f1f7883602d764908f43d86a20393785c", {
    "HighWithdrawalFailures": ("high_error_rate", 0.1333),
    "HighTransferFailures": ("high_error_rate", 0.0867),
    "HighNotificationFailures": (OUT, BANK_NOTIFY),
    "HighHttpErrorRate": ("high_error_rate", "6.2%"),
    "SlowResponses": ("high_latency", 2.63),
}, lambda name: {"application": "transfer"} if name == "HighHttpErrorRate" else
    {"instance": "transfer:8080", "job": "transfer", "application": "transfer", "method": "POST", "uri": "/transfer"}
    if name in ("SlowResponses", "HighTransferFailures") else
    {"instance": "accounts:8080", "job": "accounts", "application": "accounts"} if name == "HighWithdrawalFailures" else
    {"instance": "notifications:8080", "job": "notifications", "application": "notifications"})


# ---------------------------------------------------------------------------------------------
# Admiralphp/OrderApp: monitoring/prometheus/alerts.yml (an ordering platform's own rules for its
# services in the orderapp namespace: HTTP, resources, database pool, payment provider, email
# notification queue, Kubernetes, HPA, disks)
ORDER_POD = {"namespace": "orderapp", "pod": "order-service-7c9d6f8b4-lm2zq"}
take("Admiralphp/OrderApp", "monitoring/prometheus/alerts.yml", "d80bde9c3a643a9e7155c61f7260bbab1dba4c1e", {
    "ServiceDown": (OUT, BLIND2),
    "HighServiceRestartRate": ("crash_loop", 0.62),
    "HighHTTPErrorRate": ("high_error_rate", "7.4%"),
    "HighHTTPLatency": ("high_latency", 1.37),
    "HighRequestRate": (None, 1243.6),
    "HighCPUUsage": (None, "86.2%"),
    "HighMemoryUsage": ("out_of_memory", "88.1%"),
    "MemoryOOM": ("out_of_memory", 0.05),
    "DatabaseConnectionPoolExhaustion": ("connection_pool_exhaustion", "93.33%"),
    "SlowDatabaseQueries": ("high_latency", 2.84),
    "HighPaymentFailureRate": ("high_error_rate", "14.6%"),
    "EmailQueueBacklog": ("queue_backlog", 1342),
    "HighEmailFailureRate": (OUT, "email deliveries failing (sends of a notification queue's jobs rather than requests, no cause quoted): not settled"),
    "PodCrashLooping": ("crash_loop", 7),
    "PodNotReady": (OUT, "a pod Pending, Unknown or Failed for ten minutes (never scheduled, or failed): not settled"),
    "NodeNotReady": ("node_down", 0),
    "HPAMaxedOut": (None, 10),
    "HPAScalingDisabled": (None, 1),
    "DiskSpaceLow": ("disk_full", 0.1127),
    "DiskSpaceCritical": ("disk_full", 0.0381),
}, lambda name: {
    "HighServiceRestartRate": dict(ORDER_POD, instance="10.244.1.12:8080", job="kube-state-metrics", container="order-service"),
    "PodCrashLooping": dict(ORDER_POD, instance="10.244.1.12:8080", job="kube-state-metrics", container="order-service"),
    "NodeNotReady": {"instance": "10.244.1.12:8080", "job": "kube-state-metrics", "node": "orderapp-worker-2", "condition": "Ready", "status": "true"},
    "HPAMaxedOut": {"instance": "10.244.1.12:8080", "job": "kube-state-metrics", "namespace": "orderapp", "horizontalpodautoscaler": "order-service"},
    "HPAScalingDisabled": {"instance": "10.244.1.12:8080", "job": "kube-state-metrics", "namespace": "orderapp", "horizontalpodautoscaler": "order-service",
                           "condition": "ScalingDisabled", "status": "true"},
    "EmailQueueBacklog": {"instance": "redis-exporter:9121", "job": "redis", "queue": "email"},
    "DiskSpaceLow": {"instance": "10.0.1.21:9100", "job": "node-exporter", "device": "/dev/sda1", "fstype": "ext4", "mountpoint": "/"},
    "DiskSpaceCritical": {"instance": "10.0.1.21:9100", "job": "node-exporter", "device": "/dev/sda1", "fstype": "ext4", "mountpoint": "/"},
}.get(name, {}), {"service": "order-service", "pod": "order-service-7c9d6f8b4-lm2zq", "namespace": "orderapp", "provider": "stripe"})


FILES.write("rulesets33h.jsonl")
