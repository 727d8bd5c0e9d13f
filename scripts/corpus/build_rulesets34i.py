"""rulesets34i.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
ninth helper; small web applications and APIs whose repositories ship a docker-compose monitoring
stack with rules their authors wrote for their own service: a freelance marketplace, an e-commerce
portal, an interview-practice app, a lunch-matching chat, a game-skin marketplace, a scooter-rental
system, a groundwater-forecast API, a restaurant menu on a Raspberry Pi).

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
# Mo7amed7osam/UniFreelance: monitoring/prometheus/rules/alerts.yml (a university freelance
# marketplace, "Shaghalny": Node/Express backend on Azure, MongoDB via Mongoose, blackbox probes)
take("Mo7amed7osam/UniFreelance", "monitoring/prometheus/rules/alerts.yml", "f503e0ba9afb679699b8a2e8c441b911100c70eb", {
    "BackendMetricsUnavailable": ("node_down", 0),
    "CloudEndpointProbeFailed": ("node_down", 0),
    "BackendHigh5xxRate": ("high_error_rate", 0.0734),
    "BackendHighLatencyP95": ("high_latency", 1.62),
    "MongoConnectionNotReady": (OUT, "Mongoose's connection state not `connected` (a client's connection state, its cause not measured; as rulesets34d's gRPC connection state): not settled"),
}, lambda name: {
    "CloudEndpointProbeFailed": {"instance": "https://shaghalny-api.azurewebsites.net/api/health", "job": "blackbox-cloud"},
}.get(name, {"instance": "shaghalny-api.azurewebsites.net:443", "job": "backend-cloud"}))


# ---------------------------------------------------------------------------------------------
# L-a-z-e/portal-universe: monitoring/prometheus/rules/alerts.yml (a Spring Boot microservice
# portal: shopping with orders, payments and coupons, MySQL, Redis, Kafka, Elasticsearch search)
PU_BASE = {"instance": "shopping-service:8083", "job": "shopping-service"}
take("L-a-z-e/portal-universe", "monitoring/prometheus/rules/alerts.yml", "c9250af6cb65e44ff2950d86221cd1e7d18ca8ce", {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", "6.12%"),
    "CriticalErrorRate": ("high_error_rate", "13.4%"),
    "HighLatency": ("high_latency", "712.4ms"),
    "VeryHighLatency": ("high_latency", "1.382s"),
    "HighMemoryUsage": ("out_of_memory", "88.17%"),
    "CriticalMemoryUsage": ("out_of_memory", "96.31%"),
    "HighGCPauseTime": (OUT, "average JVM GC pause time (a runtime's own pauses, neither request latency nor a memory limit): not settled"),
    "HighThreadCount": (None, 537),
    "MySQLConnectionsHigh": ("connection_pool_exhaustion", "83.59%"),
    "MySQLSlowQueries": ("high_latency", 0.2333),
    "RedisMemoryHigh": ("out_of_memory", "89.23%"),
    "RedisConnectionsHigh": (OUT, "Redis connected clients above a fixed 100, no limit stated (rule 7)"),
    "LowDiskSpace": ("disk_full", 0.1213),
    "CriticalDiskSpace": ("disk_full", 0.0417),
    "HighCPUUsage": (None, 91.4),
    "KafkaConsumerLag": ("queue_backlog", 1532, {"consumergroup": "order-notification-group", "topic": "order-created"}),
    "HighKafkaConsumerLag": ("queue_backlog", 12840, {"consumergroup": "order-notification-group", "topic": "order-created"}),
    "HighOrderFailureRate": ("high_error_rate", "12.7%"),
    "HighPaymentFailureRate": ("high_error_rate", "14.3%"),
    "CouponIssueErrors": (OUT, "a rate of coupon-issue errors (an internal operation's errors; whether requests fail is not stated): not settled"),
    "LowSearchPerformance": ("high_latency", "418.2ms"),
}, lambda name: {
    "MySQLConnectionsHigh": {"instance": "mysql-exporter:9104", "job": "mysql"},
    "MySQLSlowQueries": {"instance": "mysql-exporter:9104", "job": "mysql"},
    "RedisMemoryHigh": {"instance": "redis-exporter:9121", "job": "redis"},
    "RedisConnectionsHigh": {"instance": "redis-exporter:9121", "job": "redis"},
    "LowDiskSpace": {"instance": "node-exporter:9100", "job": "node", "mountpoint": "/", "device": "/dev/nvme0n1p1", "fstype": "ext4"},
    "CriticalDiskSpace": {"instance": "node-exporter:9100", "job": "node", "mountpoint": "/", "device": "/dev/nvme0n1p1", "fstype": "ext4"},
    "HighCPUUsage": {"instance": "node-exporter:9100"},
    "KafkaConsumerLag": {"instance": "kafka-exporter:9308", "job": "kafka", "partition": "0"},
    "HighKafkaConsumerLag": {"instance": "kafka-exporter:9308", "job": "kafka", "partition": "0"},
    "HighOrderFailureRate": {},
    "HighPaymentFailureRate": {},
    "LowSearchPerformance": {},
    "HighMemoryUsage": dict(PU_BASE, area="heap", id="G1 Old Gen"),
    "CriticalMemoryUsage": dict(PU_BASE, area="heap", id="G1 Old Gen"),
}.get(name, PU_BASE), {"consumergroup": "order-notification-group", "topic": "order-created"})


# ---------------------------------------------------------------------------------------------
# AlejandroPosadaR/Miraiprep: monitoring/prometheus/rules/alerts.yml (an AI mock-interview app,
# "AIMock": Spring Boot backend calling an AI model, WebSockets, HikariCP)
MP_BASE = {"instance": "aimock-backend:8080", "job": "aimock-backend"}
take("AlejandroPosadaR/Miraiprep", "monitoring/prometheus/rules/alerts.yml", "3e0267b92960274151411ce7a0691cbb8aad612f", {
    "HighAIProcessingFailureRate": (OUT, "AI processing failures per second (whether these are failed calls to the model or failed background processing is not stated; rule 10): not settled"),
    "SlowAIResponseTime": ("high_latency", "34.27"),
    "HighHTTPErrorRate": ("high_error_rate", "7.31%"),
    "HighWebSocketConnections": (OUT, "active WebSocket connections above a fixed 100, no limit stated (rule 7)"),
    "HighJVMMemoryUsage": ("out_of_memory", "92.41%", dict(MP_BASE, area="heap", id="G1 Old Gen")),
    "ApplicationDown": ("node_down", 0),
    "HighCPUUsage": (None, "93.1%"),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "95%", dict(MP_BASE, pool="HikariPool-1")),
}, lambda name: {} if name in ("SlowAIResponseTime", "HighHTTPErrorRate") else MP_BASE)


# ---------------------------------------------------------------------------------------------
# LUNCH-CHAT/BACKEND: monitoring/prometheus/rules/alerts.yml (LunchChat, a university lunch-matching
# chat service: Spring Boot, Redis, node exporter on its host)
LC_BASE = {"instance": "10.0.1.27:8080", "job": "lunchchat-api"}
take("LUNCH-CHAT/BACKEND", "monitoring/prometheus/rules/alerts.yml", "af79c742eb3749fcbd783414814b9ae03cd3b202", {
    "HighCPUUsage": (None, 87.3),
    "HighMemoryUsage": ("out_of_memory", 89.6),
    "DiskSpaceLow": ("disk_full", 7.4),
    "InstanceDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", 8.21),
    "HighResponseTime": ("high_latency", 1.74),
    "ApplicationDown": ("node_down", 0),
    "RedisDown": ("node_down", 0),
    "RedisHighMemoryUsage": (OUT, "Redis RSS above a fixed 500MB, no limit stated (rule 8)"),
}, lambda name: {
    "HighCPUUsage": {"instance": "10.0.1.27:9100"},
    "HighMemoryUsage": {"instance": "10.0.1.27:9100", "job": "node"},
    "DiskSpaceLow": {"instance": "10.0.1.27:9100", "job": "node", "mountpoint": "/", "device": "/dev/xvda1", "fstype": "ext4"},
    "RedisDown": {"instance": "redis-exporter:9121", "job": "redis"},
    "RedisHighMemoryUsage": {"instance": "redis-exporter:9121", "job": "redis"},
    "HighErrorRate": dict(LC_BASE, method="POST", uri="/api/chat/rooms", status="500"),
}.get(name, LC_BASE))


# ---------------------------------------------------------------------------------------------
# Dauke2304/cs2-marketplace-microservices: monitoring/prometheus/rules/alerts.yml (a CS2 skin
# marketplace: user, inventory and transaction services with their own up gauges)
CS_BASE = {"instance": "user-service:8001", "job": "user-service"}
take("Dauke2304/cs2-marketplace-microservices", "monitoring/prometheus/rules/alerts.yml", "f930dfbe042fd06f1cff92aeb345828e1b6f6f98", {
    "ServiceDown": (OUT, BLIND2),
    "UserServiceDown": ("node_down", 0),
    "HighLoginFailureRate": (OUT, "failed login attempts per second (wrong credentials, a security signal rather than failing requests): not settled"),
    "DatabaseConnectionsLow": (OUT, "fewer than one active database connection (no connection in use; whether the database is unreachable is not stated): not settled"),
    "InventoryServiceDown": ("node_down", 0),
    "HighInventoryServiceErrors": ("high_error_rate", 0.2833),
    "TransactionServiceDown": ("node_down", 0),
    "HighResponseTime": ("high_latency", 2.71),
    "HighInventoryResponseTime": ("high_latency", 3.05),
    "HighCpuUsage": (None, 84.2),
    "HighMemoryUsage": ("out_of_memory", 86.9),
}, lambda name: {
    "InventoryServiceDown": {"instance": "inventory-service:8002", "job": "inventory-service"},
    "HighInventoryServiceErrors": {"instance": "inventory-service:8002", "job": "inventory-service"},
    "HighInventoryResponseTime": {"instance": "inventory-service:8002", "job": "inventory-service"},
    "TransactionServiceDown": {"instance": "transaction-service:8003", "job": "transaction-service"},
    "HighCpuUsage": {"instance": "node-exporter:9100"},
    "HighMemoryUsage": {"instance": "node-exporter:9100", "job": "node-exporter"},
}.get(name, CS_BASE))


# ---------------------------------------------------------------------------------------------
# AlexanderExp/SysDesign-HW-1: monitoring/prometheus/rules/alerts.yml (a scooter/power-bank rental
# system's rules: quotes, rentals, billing worker, payments, external API calls)
RS_BASE = {"instance": "rental-core:8000", "job": "rental-core", "service": "rental-core"}
take("AlexanderExp/SysDesign-HW-1", "monitoring/prometheus/rules/alerts.yml", "0e6dcd4f494bdd45918df8d037447d70f477f79b", {
    "HighErrorRate": ("high_error_rate", 0.2367, dict(RS_BASE, method="POST", handler="/rentals/start", status="500")),
    "HighResponseTime": ("high_latency", 2.84),
    "ServiceDown": (OUT, BLIND2),
    "HighDebtAmount": (None, 1284500),
    "HighPaymentFailureRate": ("high_error_rate", "27.5%"),
    "CircuitBreakerOpen": (OUT, "a circuit breaker open (calls short-circuited after failures of the thing called, which the rule does not name): not settled"),
    "BillingWorkerStuck": (OUT, "no billing cycles processed in ten minutes (a worker making no progress: stopped, hung or idle, not stated): not settled"),
    "HighDatabaseConnections": (OUT, "active database connections above a fixed 50, no limit stated (rule 7)"),
    "SlowDatabaseQueries": ("high_latency", 1.37, dict(RS_BASE, database="rental")),
    "LowRentalConversionRate": (None, "6.83%"),
    "HighWorkerErrorRate": (None, 0.15, dict(RS_BASE, instance="billing-worker:8001", job="billing-worker", service="billing-worker", error_type="debt_charge_failed")),
    "ExternalAPIHighLatency": ("high_latency", 6.42, dict(RS_BASE, api_service="payments-mock", endpoint="/charge")),
    "NoActiveRentals": (None, 0),
}, RS_BASE, {"circuit_name": "tariff-service", "database": "rental", "error_type": "debt_charge_failed",
             "api_service": "payments-mock", "endpoint": "/charge"})


# ---------------------------------------------------------------------------------------------
# Isivaleriano/TP_Ing_Software: monitoring/prometheus/rules/alerts.yml (a university software-
# engineering project: an API forecasting groundwater wells, KPIs in its rules' wording)
take("Isivaleriano/TP_Ing_Software", "monitoring/prometheus/rules/alerts.yml", "e20dbd695096c33c0334cc8be2d021c25f38ca8c", {
    "Service Down": ("node_down", 0),
    "High Error Rate": ("high_error_rate", 0.0213),
    "High Forecast Latency": ("high_latency", 6.8),
    "High Wells Latency": ("high_latency", 5.4),
    "Sustained High CPU": (None, 86.2),
    "Sustained High Memory": ("out_of_memory", 88.7),
}, lambda name: {
    "Service Down": {"instance": "api:8000", "job": "api"},
    "Sustained High CPU": {"instance": "node-exporter:9100"},
    "Sustained High Memory": {"instance": "node-exporter:9100", "job": "node-exporter"},
}.get(name, {}))


# ---------------------------------------------------------------------------------------------
# Bombatomica64/Simple-menu: monitoring/prometheus/rules/alerts.yml (a restaurant menu web app
# hosted on a Raspberry Pi: node exporter, cAdvisor, the backend's response-time summary)
SM_HOST = {"instance": "simplemenu-pi:9100", "job": "node"}
take("Bombatomica64/Simple-menu", "monitoring/prometheus/rules/alerts.yml", "4fd101aac7defea65a0f422a778e2761e603f0aa", {
    "HighCPUUsage": (None, 88.4),
    "HighMemoryUsage": ("out_of_memory", 87.2),
    "HighDiskUsage": ("disk_full", 92.6, dict(SM_HOST, mountpoint="/", device="/dev/mmcblk0p2", fstype="ext4")),
    "HighCPUTemperature": (None, 78.4, dict(SM_HOST, chip="thermal_thermal_zone0", sensor="temp0")),
    "ServiceDown": (OUT, BLIND2),
    "BackendResponseTime": ("high_latency", 2.47, {"instance": "backend:3000", "job": "simple-menu-backend", "quantile": "0.95", "route": "/api/menus"}),
    "ContainerHighCPU": (None, 91.3, {"instance": "cadvisor:8080", "job": "cadvisor", "name": "simple-menu-backend"}),
    "ContainerHighMemory": ("out_of_memory", 93.8, {"instance": "cadvisor:8080", "job": "cadvisor", "name": "simple-menu-backend"}),
}, lambda name: {"HighCPUUsage": {"instance": "simplemenu-pi:9100"}}.get(name, SM_HOST))


# ---------------------------------------------------------------------------------------------
# FredericoPerimLopes/Fulsk: monitoring/prometheus/rules/alerts.yml (Fulsk, a solar-installation
# monitoring dashboard: backend, frontend, PostgreSQL, Redis, an MQTT broker, inverters' metrics)
FK_BASE = {"instance": "fulsk-backend:3001", "job": "fulsk-backend"}
FK_NODE = {"instance": "fulsk-host:9100", "job": "node"}
take("FredericoPerimLopes/Fulsk", "monitoring/prometheus/rules/alerts.yml", "b9423a0672163ccec7db35609575a96fdca3b5b0", {
    "InstanceDown": ("node_down", 0, {"instance": "fulsk-frontend:80", "job": "fulsk-frontend"}),
    "HighMemoryUsage": ("out_of_memory", 88.3, FK_NODE),
    "HighCPUUsage": (None, 84.6, {"instance": "fulsk-host:9100"}),
    "DiskSpaceLow": ("disk_full", 7.9, dict(FK_NODE, mountpoint="/", device="/dev/sda1", fstype="ext4")),
    "BackendDown": ("node_down", 0),
    "FrontendDown": ("node_down", 0, {"instance": "fulsk-frontend:80", "job": "fulsk-frontend"}),
    "DatabaseDown": ("node_down", 0, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "RedisDown": ("node_down", 0, {"instance": "redis-exporter:9121", "job": "redis"}),
    "MqttDown": ("node_down", 0, {"instance": "mosquitto-exporter:9234", "job": "mqtt"}),
    "HighResponseTime": ("high_latency", 2.38, dict(FK_BASE, quantile="0.95", route="/api/inverters")),
    "HighErrorRate": ("high_error_rate", 0.1833, dict(FK_BASE, method="GET", route="/api/inverters", status="500")),
    "DatabaseConnectionsHigh": ("connection_pool_exhaustion", 84.0, {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "fulsk", "server": "postgres:5432"}),
    "DatabaseSlowQueries": (OUT, "pg_stat_activity_max_tx_duration: the longest open transaction, which may be idle in transaction rather than a slow query (name and measurement may disagree, rule 8)"),
    "DatabaseReplicationLag": ("replication_lag", 47.2, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "InverterOffline": (OUT, "a field device's status gauge at 0 (a solar inverter offline: the device, its link or its data logger, not stated): not settled"),
    "LowPowerGeneration": (None, 62.5),
    "InverterError": (None, 3),
    "HighInverterTemperature": (None, 68.4),
}, FK_BASE, {"inverter_id": "INV-0042"})


# ---------------------------------------------------------------------------------------------
# JorgeSaicoski/portfolio-manager: monitoring/prometheus/rules/alerts.yml (a portfolio-website
# manager: Go backend, PostgreSQL, Authentik sign-in, image uploads)
PM_BASE = {"instance": "backend-service:8000", "job": "backend-service"}
take("JorgeSaicoski/portfolio-manager", "monitoring/prometheus/rules/alerts.yml", "1bac14a1ae2708b278594a9eab64a19ceb8531f6", {
    "BackendServiceDown": ("node_down", 0),
    "PostgreSQLExporterDown": ("node_down", 0, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "HighErrorRate": ("high_error_rate", "7.42%"),
    "CriticalErrorRate": ("high_error_rate", "18.9%"),
    "SlowResponseTime": ("high_latency", "2.614s"),
    "VerySlowResponseTime": ("high_latency", "5.82s"),
    "HighDatabaseConnections": (OUT, "active database connections above a fixed 80, no limit stated (rule 7)"),
    "DatabaseConnectionPoolExhausted": (OUT, "active database connections above a fixed 95, said nearly exhausted but no pool size stated (rule 7)"),
    "PostgreSQLHighConnections": (OUT, "PostgreSQL backends above a fixed 90, no limit stated (rule 7)"),
    "LowCacheHitRatio": (None, "86.4%", {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "portfolio_db"}),
    "HighDatabaseTransactionRollbacks": (OUT, "a rate of transaction rollbacks (an application's or a database's choice, failed requests not stated): not settled"),
    "HighAuthenticationFailureRate": (OUT, "share of failed authentication attempts (wrong credentials or an attack, the rule says; failing requests not stated): not settled"),
    "CriticalAuthenticationFailureRate": (OUT, "share of failed authentication attempts, 'possible attack or service issue' (a guess, rule 17): not settled"),
    "NoAuthenticationAttempts": (None, 0),
    "NoNewPortfolios": (None, 0),
    "HighImageUploadRate": (None, "12.37"),
    "PrometheusScrapeFailing": ("node_down", 0, {"instance": "localhost:9090", "job": "prometheus"}),
    "PrometheusScrapeSlowTarget": (OUT, "a scrape taking over a second (the monitor's own collection, rule 16, or the target's slowness): not settled"),
}, lambda name: PM_BASE if name in ("BackendServiceDown",) else {}, {"job": "backend-service"})


# ---------------------------------------------------------------------------------------------
# MindFlowInteractive/quest-service: monitoring/prometheus/rules/alerts.yml (a puzzle/quest game's
# NestJS backend: game sessions, an in-game economy, BullMQ job queues, PostgreSQL, Redis)
QS_BASE = {"instance": "quest-service:3000", "job": "quest-service"}
take("MindFlowInteractive/quest-service", "monitoring/prometheus/rules/alerts.yml", "b55b48cfbe22121326b88d9c101cf94bdaec2717", {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", 0.2167, dict(QS_BASE, method="POST", route="/quests/submit", status="500")),
    "HighResponseTime": ("high_latency", 1.43),
    "HighMemoryUsage": ("out_of_memory", 0.9312, {"instance": "node-exporter:9100", "job": "node"}),
    "HighCPUUsage": (None, 88.1, {"instance": "node-exporter:9100"}),
    "DatabaseConnectionHigh": (OUT, "PostgreSQL sessions above a fixed 80, no limit stated (rule 7)"),
    "RedisMemoryHigh": ("out_of_memory", "93.6%", {"instance": "redis-exporter:9121", "job": "redis"}),
    "DiskSpaceLow": ("disk_full", 8.2, {"instance": "node-exporter:9100", "job": "node", "mountpoint": "/", "device": "/dev/vda1", "fstype": "ext4"}),
    "GameSessionTimeouts": (OUT, "game sessions timing out (a player's session ending on its own time limit, or a stall, not stated): not settled"),
    "TransactionFailures": (OUT, "failures of in-game economy transactions per second (business operations; failing requests not stated): not settled"),
    "QueueSizeHigh": ("queue_backlog", 1427, dict(QS_BASE, queue="reward-distribution")),
}, QS_BASE, {"queue": "reward-distribution"})


FILES.write("rulesets34i.jsonl")
