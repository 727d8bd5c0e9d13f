"""rulesets34f.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
sixth helper; e-commerce, payments, fintech, marketplaces, logistics and booking projects' own
rules: an ACH/OFAC payments platform, a warehouse-management backend, a hotel-booking bot, a
multi-tenant marketplace, shops, a court-booking platform with wallet and payments, a laundry
point-of-sale, a pay-per-call payments gateway, an on-chain insurance protocol, a landlord's
rent-tracking application, a delivery-route optimization API and a meat-delivery app).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import BLIND2, OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# moov-io/infra: lib/infra/14-prometheus-rules.yml (Moov's own infrastructure for its open-source
# payments services: ACH transfers via paygate, OFAC screening via watchman, the domain exporter).
# The file is a ConfigMap whose data keys each hold a rule file; the version taken is the last with
# the paygate rules (f0ae0a18, nine rules; later commits drop them and the newest snapshot has no
# rules at all). The rule files are its data values, joined in file order.
MOOV = ("moov-io/infra", "f0ae0a18faa684049b3a7a77b579967a5a2b8f69", "lib/infra/14-prometheus-rules.yml")
MOOV_TEXT = "\n---\n".join(v for d in yaml.safe_load_all(show(MOOV[0], MOOV[1], MOOV[2])) if d
                           for v in d["data"].values())

def moov_series(name):
    if name == "MoovAppProblem":
        return {"instance": "10.12.3.41:9090", "job": "kubernetes-pods", "kubernetes_namespace": "apps",
                "app": "paygate", "kubernetes_pod_name": "paygate-6c9f8d7b5-tq2xk"}
    if name.startswith("Domain"):
        return {"instance": "domain-exporter.infra:9203", "job": "domain-exporter", "domain": "moov.io"}
    if name == "UnschedulablePods":
        return {"instance": "kube-state-metrics.infra:8080", "job": "kube-state-metrics",
                "namespace": "apps", "pod": "watchman-7f6d9c8b4-2lkzp"}
    if name == "StaleWatchmanData":
        return {"instance": "10.12.3.58:9090", "job": "kubernetes-pods", "kubernetes_namespace": "apps", "app": "watchman"}
    return {"instance": "10.12.3.41:9090", "job": "kubernetes-pods", "kubernetes_namespace": "apps", "app": "paygate"}


take(MOOV[0], MOOV[2], MOOV[1], {
    "MoovAppProblem": ("node_down", 0),
    "DomainExpiring": (None, 38),
    "DomainUnfindable": (None, 1),
    "DomainMetricsAbsent": (None, 1),
    "UnschedulablePods": (None, 1),
    "MissingACHConfig": (None, 1, {"routing_number": "121042882"}),
    "FailedFileUpload": (OUT, "errors uploading an ACH file to the bank's server (an outbound file transfer failing, no cause quoted; neither a request ratio nor a settled cause): not settled"),
    "FailedApitestTransfers": (OUT, "failed ACH transfers of the API-test source (a synthetic transfer failing, its reason unstated; rule 7 leaves a failing synthetic check that does not say its target is down out)"),
    "StaleWatchmanData": (None, "1970-01-02 03:12:09 +0000 UTC"),
}, moov_series, {"domain": "moov.io", "routing_number": "121042882", "origin": "121042882", "source": "apitest"},
    text=MOOV_TEXT)


# ---------------------------------------------------------------------------------------------
# 239fd/wmsProjectBackend: monitoring/prometheus/alerts.yml (a warehouse-management system's
# Spring microservices behind a gateway, with RabbitMQ)
take("239fd/wmsProjectBackend", "monitoring/prometheus/alerts.yml", "2faef3edeadfd67280d1c0fb256ae02a2adcf761", {
    "HighErrorRate": ("high_error_rate", 0.083),
    "ServiceDown": (OUT, BLIND2),
    "HighResponseTime": ("high_latency", 4.21),
    "HighCPUUsage": (None, 0.87),
    "HighMemoryUsage": ("out_of_memory", 0.93),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", 0.95),
    "RabbitMQQueueSizeHigh": ("queue_backlog", 1843, {"instance": "rabbitmq:15692", "job": "rabbitmq",
                                                      "queue": "inventory.reservation.queue"}),
    "DiskSpaceLow": ("disk_full", 0.07, {"instance": "10.0.1.15:9100", "job": "node", "mountpoint": "/"}),
}, {"instance": "warehouse-service:8082", "job": "warehouse-service", "service": "warehouse-service"},
    {"queue": "inventory.reservation.queue"})


# ---------------------------------------------------------------------------------------------
# 1rokoko/hotel-boost: monitoring/alerts.yml (a WhatsApp guest-messaging bot for hotels: FastAPI
# API, Celery workers, PostgreSQL, Redis, the Green API WhatsApp gateway and DeepSeek)
HB_BASE = {"instance": "whatsapp-hotel-bot-api:8000", "job": "whatsapp-hotel-bot-api"}
take("1rokoko/hotel-boost", "monitoring/alerts.yml", "6b5f55022843117b01cea793531306b226428acc", {
    "APIDown": ("node_down", 0),
    "APIHighErrorRate": ("high_error_rate", "27.3%", {"status": "502"}),
    "APIHighLatency": ("high_latency", 3.42),
    "CeleryWorkerDown": ("node_down", 0, {"instance": "celery-worker:9808", "component": "celery-worker"}),
    "CeleryQueueBacklog": ("queue_backlog", 243, {"queue": "celery"}),
    "DatabaseDown": ("node_down", 0, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "DatabaseHighConnections": ("connection_pool_exhaustion", "86.2%", {"instance": "postgres-exporter:9187", "job": "postgres",
                                                                        "datname": "hotel_bot"}),
    "DatabaseSlowQueries": (OUT, "named slow queries, the expression is the ratio of returned to fetched tuples (query efficiency, not query time): name and expression disagree (rule 8)"),
    "DatabaseDiskSpaceHigh": (OUT, "a database's size above a fixed 5 GB without a stated limit (rule 8, as for memory and file descriptors)"),
    "RedisDown": ("node_down", 0, {"instance": "redis-exporter:9121", "job": "redis"}),
    "RedisHighMemoryUsage": ("out_of_memory", "93.1%", {"instance": "redis-exporter:9121", "job": "redis"}),
    "RedisHighConnections": (OUT, "Redis connected clients above a fixed 100 without a stated limit (rule 7)"),
    "GreenAPIHighErrorRate": ("high_error_rate", "14.2%", {"status": "503", "endpoint": "sendMessage"}),
    "GreenAPIRateLimitHit": ("rate_limited", 0.25),
    "DeepSeekAPIHighErrorRate": ("high_error_rate", "11.8%", {"status": "500"}),
    "DeepSeekAPIHighLatency": ("high_latency", 14.7),
    "HighNegativeSentimentRate": (None, "37.4%"),
    "MessageProcessingBacklog": ("queue_backlog", 87),
    "TriggerExecutionFailures": (None, 0.23),
    "PodCrashLooping": ("crash_loop", 0.0022, {"namespace": "hotel-bot", "pod": "whatsapp-hotel-bot-api-7c9d8f6b5-kx2mq",
                                               "container": "api"}),
    "PodNotReady": ("node_down", 1, {"namespace": "hotel-bot", "pod": "whatsapp-hotel-bot-worker-5f7b9c4d8-9qwrt",
                                     "condition": "false"}),
    "HighCPUUsage": (None, "91.3%", {"namespace": "hotel-bot", "pod": "whatsapp-hotel-bot-api-7c9d8f6b5-kx2mq", "container": "api"}),
    "HighMemoryUsage": ("out_of_memory", "93.6%", {"namespace": "hotel-bot", "pod": "whatsapp-hotel-bot-api-7c9d8f6b5-kx2mq",
                                                   "container": "api"}),
    "DiskSpaceHigh": ("disk_full", "88.4%", {"instance": "10.0.1.15:9100", "job": "node", "mountpoint": "/", "device": "/dev/sda1"}),
    "UnauthorizedAPIAccess": ("high_error_rate", 0.37, {"status": "401"}),
    "SuspiciousTrafficPattern": (None, 142.6),
}, HB_BASE, {"namespace": "hotel-bot", "pod": "whatsapp-hotel-bot-api-7c9d8f6b5-kx2mq"})


# ---------------------------------------------------------------------------------------------
# Volodymyr4K/vendora: infra/monitoring/alerts.yml and infra/prometheus/alerts/custom-domains.yml
# (a multi-tenant marketplace/storefront platform: its backend-for-frontend, checkout, event bus,
# and tenants' custom domains)
VENDORA = ("Volodymyr4K/vendora", "db399757efb8e897a85c6aba6f0fef7ec16b3f97")
VENDORA_BASE = {"instance": "vendora-bff:3001", "job": "vendora-bff", "tenant_id": "tnt_8f3k2"}
take(VENDORA[0], "infra/monitoring/alerts.yml", VENDORA[1], {
    "HighErrorRate": ("high_error_rate", "8.2%", {"status": "500", "route": "/api/cart"}),
    "SlowCheckout": ("high_latency", 6.8),
    "LowCacheHitRate": (None, "62.4%"),
    "EventBusFailures": (OUT, "failed event-bus publishes (the BFF's produce calls failing, no cause quoted; publishes, not requests served): not settled"),
    "ServiceDown": (OUT, BLIND2),
}, VENDORA_BASE)
take(VENDORA[0], "infra/prometheus/alerts/custom-domains.yml", VENDORA[1], {
    "HighDNSFailureRate": (OUT, "tenants' custom-domain DNS verifications failing (a customer's records missing or pointing elsewhere, not name resolution failing for the service): not settled"),
    "DomainsInGracePeriod": (None, 14),
    "DomainVerificationCronStalled": (None, "2h 14m 7s"),
    "LowCacheHitRate": (None, "58.9%"),
    "HighFailedDomainCount": (None, 57),
    "HighDomainResolutionLatency": ("high_latency", 0.142),
}, VENDORA_BASE)


# ---------------------------------------------------------------------------------------------
# Aftab0khan021/Scale_Mart: monitoring/alerts.yml (an e-commerce store: Django API, Celery,
# Redis, MongoDB, product stock)
take("Aftab0khan021/Scale_Mart", "monitoring/alerts.yml", "f00163f64024fc2db23a81e960a4bed19fc94e36", {
    "HighErrorRate": ("high_error_rate", 0.12, {"status": "500"}),
    "HighResponseTime": ("high_latency", 1.83),
    "RedisDown": ("node_down", 0, {"instance": "redis-exporter:9121", "job": "redis"}),
    "MongoDBDown": ("node_down", 0, {"instance": "mongodb-exporter:9216", "job": "mongodb"}),
    "HighMemoryUsage": ("out_of_memory", "94.2%", {"instance": "redis-exporter:9121", "job": "redis"}),
    "LargeCeleryQueue": ("queue_backlog", 1562, {"queue": "orders"}),
    "LowStockProducts": (None, 4, {"product_id": "SKU-10482"}),
}, {"instance": "scalemart-backend:8000", "job": "scalemart-backend"}, {"product_id": "SKU-10482"})


# ---------------------------------------------------------------------------------------------
# 6634284/badminton-system-mimo: infra/monitoring/alerts.yml (a multi-tenant badminton court and
# event booking platform: registrations with seat counts, payment callbacks, wallets, BullMQ)
BM_BASE = {"instance": "client-api:3000", "job": "client-api"}
take("6634284/badminton-system-mimo", "infra/monitoring/alerts.yml", "f17a7b90d136e4d197a138736e27731aa026940c", {
    "HighErrorRate": ("high_error_rate", "7.81%"),
    "ServiceDown": (OUT, BLIND2),
    "HighP99Latency": ("high_latency", 2.74, {"path": "/api/v1/courts/availability"}),
    "RegistrationSlowP99": ("high_latency", 0.63),
    "RegistrationOverselling": (None, 2),
    "RegistrationFailureRate": (OUT, "share of registrations whose result is failure (sold-out and rejected sign-ups counted with errors; a business outcome rather than failed requests): not settled"),
    "PaymentCallbackFailures": ("high_error_rate", 9),
    "PaymentCallbackDuplicateSpike": (None, 214),
    "WalletNegativeBalance": (None, 1),
    "WalletOptimisticLockRetries": (OUT, "wallet debits retried after optimistic-lock conflicts (lock contention, neither a detected deadlock nor work queued; rule 7 leaves lock waits out)"),
    "RedisDown": ("node_down", 0, {"instance": "redis-exporter:9121", "job": "redis"}),
    "RedisHighMemory": ("out_of_memory", 0.91, {"instance": "redis-exporter:9121", "job": "redis"}),
    "PostgresDown": ("node_down", 0, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "PostgresHighConnections": ("connection_pool_exhaustion", 0.86, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "PostgresReplicationLag": ("replication_lag", 47.2, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "QueueBacklog": ("queue_backlog", 1385, {"instance": "bullmq-exporter:9538", "job": "bullmq", "queue": "notifications"}),
    "DeadLetterAccumulation": (None, 73, {"instance": "bullmq-exporter:9538", "job": "bullmq", "queue": "payment-settlement"}),
    "NoActiveTenants": (None, 0),
    "IdempotencyRejectionSpike": (None, 64),
}, BM_BASE, {"queue": "notifications"})


# ---------------------------------------------------------------------------------------------
# Ardiputra614/laundry-pos: infra/monitoring/alerts.yml (a laundry shop's point-of-sale system:
# backend, MySQL, Redis)
take("Ardiputra614/laundry-pos", "infra/monitoring/alerts.yml", "03304d37723986c2e49a29f20581c2480d1f3ef9", {
    "BackendDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", 0.09),
    "DatabaseDown": ("node_down", 0, {"instance": "mysqld-exporter:9104", "job": "mysql"}),
    "RedisDown": ("node_down", 0, {"instance": "redis-exporter:9121", "job": "redis"}),
    "HighDiskUsage": ("disk_full", 0.06, {"instance": "10.0.1.15:9100", "job": "node", "mountpoint": "/"}),
    "HighMemoryUsage": ("out_of_memory", 0.93, {"instance": "10.0.1.15:9100", "job": "node"}),
}, {"instance": "backend:8000", "job": "backend"})


# ---------------------------------------------------------------------------------------------
# Parad0x-Labs/dna-x402: infra/monitoring/alerts.yml (an HTTP-402 pay-per-call payments gateway:
# quotes, payment finalization and verification, settlement, signed receipts, seller tax profiles)
X402 = "a counter of the gateway's payment-safety outcome (rejected finalizations, verifier errors, database errors, settlement unavailability), its requests and cause unstated: not settled"
take("Parad0x-Labs/dna-x402", "infra/monitoring/alerts.yml", "d18d309ef9e2d4b1dd6020d2be65e14a4a299480", {
    "X402FinalizeRejectionSpike": (OUT, X402),
    "X402VerifierErrorSpike": (OUT, X402),
    "X402DbErrorSpike": (OUT, X402),
    "X402WebhookReplaySpike": (None, 9),
    "X402PiiBlock": (None, 1),
    "X402EmergencyPauseActive": (None, 1),
    "X402AdminActionBurst": (None, 27),
    "X402PolicyBlockSpike": (None, 68),
    "X402TaxProfileBacklog": (None, 12),
    "X402SettlementUnavailable": (OUT, X402),
    "X402ReceiptSigningFailure": (None, 0),
    "X402BackupFailure": (None, 1),
    "X402RestoreDrillFailure": (None, 0),
}, {"instance": "dna-x402-api:8080", "job": "dna-x402"})


# ---------------------------------------------------------------------------------------------
# HobanSearch/Tonsurance: infra/monitoring/alerts.yml (a parametric-insurance protocol on TON:
# pricing oracle keepers, a multi-tranche capital vault, the claims processor, hedge keepers)
take("HobanSearch/Tonsurance", "infra/monitoring/alerts.yml", "399c2fae43992577a7880c14e85f20f220932c8e", {
    "OracleUpdateStale": (None, 412.6),
    "VaultInsolvencyRisk": (None, "84.7%"),
    "ClaimsProcessorDown": ("node_down", 0, {"instance": "claims-processor:9090", "job": "claims_processor"}),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", 94, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "CircuitBreakerTriggered": (None, 412500),
    "CITestFailures": (None, 3, {"branch": "main"}),
    "BridgeHealthDegraded": (None, 0.62, {"bridge_name": "orbit-bridge"}),
    "HighGasCosts": (None, 0.73),
    "HedgeExecutionDelayed": ("high_latency", 84.3),
    "AbnormalClaimRate": (None, 0.0104),
    "KeeperLowBalance": (None, 7.4, {"keeper_name": "pricing-oracle-keeper"}),
    "HighTrancheUtilization": (None, "78.2%", {"tranche_name": "SURE-MEZZ"}),
    "SlowDatabaseQueries": ("high_latency", 1.84, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "RedisMemoryHigh": ("out_of_memory", "86.3%", {"instance": "redis-exporter:9121", "job": "redis"}),
    "ContractDeploymentDetected": (None, 1, {"contract_name": "PolicyFactory"}),
    "UserActivitySpike": (None, 84.3),
    "KeeperUpdateIntervalIncreased": (None, 15),
}, {"instance": "tonsurance-api:8080", "job": "tonsurance-api"},
    {"branch": "main", "bridge_name": "orbit-bridge", "keeper_name": "pricing-oracle-keeper",
     "tranche_name": "SURE-MEZZ", "contract_name": "PolicyFactory"})


# ---------------------------------------------------------------------------------------------
# CGPA-Delivery/loyertracker: infra/monitoring/alerts.yml (a landlord's rental-management web
# application: leases, month-by-month rent payments, deposits, delegated management fees; Spring
# API, PostgreSQL, Keycloak, batch jobs, backups and Twilio notifications; French wording)
LT = {"instance": "loyertracker-api:8080", "job": "loyertracker-api"}
take("CGPA-Delivery/loyertracker", "infra/monitoring/alerts.yml", "d47907f243d44cdd07dfc1127903f7d8932dc100", {
    "ApiDown": ("node_down", 0),
    "ApiHighErrorRate": ("high_error_rate", 0.083),
    "ApiHighLatency": ("high_latency", 2.64),
    "AuthErrorSurge": ("high_error_rate", 1.7),
    "PostgresProbeDown": ("node_down", 0, {"instance": "postgres:5432", "job": "blackbox-postgres"}),
    "DbPoolPendingConnections": ("connection_pool_exhaustion", 6, {"pool": "HikariPool-1"}),
    "KeycloakProbeDown": ("node_down", 0, {"instance": "http://keycloak:8080/auth/health/ready", "job": "blackbox-keycloak"}),
    "BatchJobStale": (None, 97212.4, {"instance": "pushgateway:9091", "job": "relances-loyers-impayes"}),
    "BackupHeartbeatStale": (None, 101533.8, {"instance": "pushgateway:9091", "job": "backup-postgres"}),
    "BackupHeartbeatMissing": (None, 1),
    "NotificationBudgetProche": (OUT, "a monthly budget of external notifications at 80% of its cap before anything is held back (quota utilisation before refusal, rule 7)"),
    "NotificationBudgetEpuise": (OUT, "the monthly notification budget reached, dispatch stopped by the application's own cap with notifications kept pending (a configured spending cap, neither a provider's throttling nor measured queue depth): not settled"),
    "NotificationEchecPermanentEleve": (OUT, "share of notification dispatches classed as permanent failures (an outcome class of the notification, usually configuration errors per its description, not request status): not settled"),
    "NotificationKillSwitchFerme": (None, 3),
}, LT)


# ---------------------------------------------------------------------------------------------
# 10srav/Quantum-Inspired-Real-Time-Traffic-Logistics-Optimization: monitoring/alerts.yml (a
# real-time route-optimization API for traffic and delivery logistics)
QT = {"instance": "quantum-traffic-api:8000", "job": "quantum-traffic-api"}
take("10srav/Quantum-Inspired-Real-Time-Traffic-Logistics-Optimization", "monitoring/alerts.yml",
     "0eb880bdd67154f561f486cabd32dd2dbc0b55a3", {
         "HighErrorRate": ("high_error_rate", "6.214%"),
         "HighLatency": ("high_latency", "2.41s"),
         "ServiceDown": (OUT, BLIND2),
         "HighMemoryUsage": (OUT, "resident memory above a fixed 1 GiB without a stated limit (rule 8)"),
         "SlowOptimization": (OUT, "the route optimizer's own computation time (an internal operation's duration, as rulesets32a left Kueue's out): not settled"),
         "HighRateLimitHits": ("rate_limited", 14.2),
         "LowCacheHitRate": (None, "42.7%"),
     }, QT)


# ---------------------------------------------------------------------------------------------
# Deon404/MeatvoApp: monitoring/prometheus/alert_rules.yml (a meat and grocery delivery app: API,
# orders, payments, delivery partners, PostgreSQL, Redis, Elasticsearch, Nginx, backups)
MV_PG = {"instance": "postgres-exporter:9187", "job": "postgres"}
MV_REDIS = {"instance": "redis-exporter:9121", "job": "redis"}
MV_NODE = {"instance": "10.0.2.11:9100", "job": "node", "mountpoint": "/var/lib/docker"}
MV_ES = {"instance": "elasticsearch-exporter:9114", "job": "elasticsearch", "cluster": "meatvo-search"}
MV_CT = {"instance": "cadvisor:8080", "job": "cadvisor", "name": "meatvo-celery-worker"}
MV_ORDERS = "share or rate of orders or payments that fail (declined payments and rejected orders counted with errors; a business outcome rather than failed requests), as the court-booking platform's registration failures: not settled"
take("Deon404/MeatvoApp", "monitoring/prometheus/alert_rules.yml", "cebd1d8f00016bc1ffae1ac9315399e8389dd937", {
    "APIDown": ("node_down", 0),
    "APIHighErrorRate": ("high_error_rate", "7.412%", {"status": "500", "handler": "/api/v1/orders"}),
    "APIHighLatency": ("high_latency", 2.83),
    "PostgreSQLDown": ("node_down", 0, MV_PG),
    "PostgreSQLHighConnections": ("connection_pool_exhaustion", "83.5%", dict(MV_PG, datname="meatvo")),
    "PostgreSQLSlowQueries": ("high_latency", 1.37, MV_PG),
    "RedisDown": ("node_down", 0, MV_REDIS),
    "RedisHighMemoryUsage": ("out_of_memory", "92.4%", MV_REDIS),
    "HighCPUUsage": (None, 87.2, {"instance": "10.0.2.11:9100", "job": "node"}),
    "HighMemoryUsage": ("out_of_memory", 88.1, {"instance": "10.0.2.11:9100", "job": "node"}),
    "DiskSpaceLow": ("disk_full", 91.3, MV_NODE),
    "LowOrderVolume": (None, 6.2),
    "HighOrderFailureRate": (OUT, MV_ORDERS),
    "PaymentProcessingIssues": (OUT, MV_ORDERS),
    "DeliveryPartnerOffline": (None, 3),
    "SSLCertificateExpiringSoon": ("certificate_expiry", "6d 4h 12m 9s", {"instance": "https://api.meatvo.in", "job": "blackbox"}),
    "SSLCertificateExpired": ("certificate_expiry", -8523, {"instance": "https://api.meatvo.in", "job": "blackbox"}),
    "ElasticsearchDown": ("node_down", 0, MV_ES),
    "ElasticsearchHighDiskUsage": ("disk_full", "7.9%", MV_ES),
    "ElasticsearchHighCPUUsage": (None, 91, MV_ES),
    "NginxHighErrorRate": ("high_error_rate", "6.3%", {"instance": "nginx-exporter:9113", "job": "nginx", "status": "502"}),
    "NginxHighResponseTime": ("high_latency", 3.9, {"instance": "nginx-exporter:9113", "job": "nginx"}),
    "ContainerDown": ("node_down", 1733482173, MV_CT),
    "ContainerHighCPUUsage": (None, "87.3%", MV_CT),
    "ContainerHighMemoryUsage": ("out_of_memory", "93.8%", MV_CT),
    "BackupFailed": (None, 0),
    "BackupNotRecent": (None, "2d 7h 3m 12s"),
}, {"instance": "meatvo-api:8000", "job": "meatvo-api"}, {"mountpoint": "/var/lib/docker", "name": "meatvo-celery-worker"})


FILES.write("rulesets34f.jsonl")
