"""rulesets35d.jsonl: whole alerting-rule files of public projects no corpus used before (session 35,
fourth helper: rule files whose summaries and descriptions are written in Russian, Ukrainian,
French, Korean or Polish by the projects that run them).

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

FIXED_COUNT = "a fixed threshold on a connection count without a stated limit (rule 7)"


# ---------------------------------------------------------------------------------------------
# DIZ-admin/erni-ki: conf/prometheus/alerts.yml at d3ad26a5 (ERNI-KI, a self-hosted AI workspace:
# Open WebUI, LiteLLM, Ollama on a GPU, SearXNG, PostgreSQL, Redis, nginx behind Docker Compose).
# The commit is the last one whose rule file is written in Russian; later commits translated the
# rules into English and split them into conf/prometheus/rules/*.yml, which are not taken.
ERNI_SERIES = {
    "DiskSpaceCritical": {"instance": "node-exporter:9100", "job": "node-exporter", "device": "/dev/nvme0n1p2",
                          "fstype": "ext4", "mountpoint": "/"},
    "ContainerDown": {"instance": "searxng:8080", "job": "searxng"},
    "ContainerRestarting": {"service": "erni-ki-litellm"},
    "HighCPUUsage": {"instance": "node-exporter:9100"},
    "PostgreSQLDown": {"instance": "postgres-exporter:9187", "job": "postgres-exporter"},
    "RedisDown": {"instance": "redis-exporter:9121", "job": "redis-exporter"},
    "OllamaGPUMemoryHigh": {"instance": "nvidia-exporter:9835", "job": "nvidia-exporter",
                            "uuid": "GPU-5b2c7e1a-93f4-4d0e-b1a7-2c8f6e4d9a13", "name": "NVIDIA GeForce RTX 5000"},
    "NginxHighErrorRate": {"instance": "nginx-exporter:9113", "job": "nginx", "status": "500"},
    "PrometheusTSDBCompactionsFailing": {"instance": "localhost:9090", "job": "prometheus"},
    "PrometheusTargetDown": {"instance": "tika:9998", "job": "tika"},
    "OpenWebUISlowResponse": {"instance": "openwebui:8080", "job": "openwebui"},
    "SearXNGSlowSearch": {"instance": "searxng:8080", "job": "searxng"},
    "DockerStoragePoolAlmostFull": {"instance": "172.17.0.1:9323", "job": "docker"},
    "LiteLLMPublicAIRepeated404": {"instance": "litellm:4000", "job": "litellm", "status": "404"},
}
ERNI_SERIES["DiskSpaceWarning"] = ERNI_SERIES["DiskSpaceCritical"]
ERNI_SERIES["MemoryCritical"] = ERNI_SERIES["MemoryWarning"] = {"instance": "node-exporter:9100", "job": "node-exporter"}
ERNI_SERIES["RedisLowHitRatio"] = ERNI_SERIES["RedisDown"]
ERNI_SERIES["LiteLLMPublicAIHighErrorRate"] = {}  # sum(...) / sum(...): no label kept
take("DIZ-admin/erni-ki", "conf/prometheus/alerts.yml", "d3ad26a5c5c5034606c60ba08aa737dbdebd2f80", {
    "DiskSpaceCritical": ("disk_full", "11.37%"),
    "DiskSpaceWarning": ("disk_full", "21.84%"),
    "MemoryCritical": ("out_of_memory", "3.912%"),
    "MemoryWarning": ("out_of_memory", "12.06%"),
    "ContainerDown": ("node_down", 0),
    "ContainerRestarting": ("crash_loop", "4"),
    "HighCPUUsage": (None, 93.47291666666667),
    "PostgreSQLTooManyConnections": (OUT, FIXED_COUNT),
    "PostgreSQLDown": ("node_down", 0),
    "RedisDown": ("node_down", 0),
    "RedisLowHitRatio": (None, "71.38%"),
    "OllamaGPUMemoryHigh": ("out_of_memory", "94.21%"),
    "NginxHighErrorRate": ("high_error_rate", 12.366666666666667),
    "PrometheusTSDBCompactionsFailing": (None, 0.0033333333333333335),
    "PrometheusTargetDown": ("node_down", 0),
    "OpenWebUISlowResponse": ("high_latency", 7.84),
    "SearXNGSlowSearch": ("high_latency", 4.62),
    "DockerStoragePoolAlmostFull": ("disk_full", "88.73%"),
    "LiteLLMPublicAIHighErrorRate": ("high_error_rate", 0.2142857142857143),
    "LiteLLMPublicAIRepeated404": ("high_error_rate", 0.18333333333333332),
}, lambda name: ERNI_SERIES[name])


# ---------------------------------------------------------------------------------------------
# AntonKuznetsov1911/StroiNadzor: monitoring/prometheus/alerts.yml (a construction-supervision
# service: a Python back end with PostgreSQL, Redis and Celery workers). No annotation names a
# label; the series are the ones each expression keeps.
STROI_SERIES = {
    "BackendDown": {"instance": "backend:8000", "job": "backend"},
    "HighErrorRate": {"instance": "backend:8000", "job": "backend", "method": "POST", "handler": "/api/v1/inspections",
                      "status": "500"},
    "HighResponseTime": {"instance": "backend:8000", "job": "backend", "method": "GET", "handler": "/api/v1/projects"},
    "PostgreSQLDown": {"instance": "postgres-exporter:9187", "job": "postgres"},
    "SlowQueries": {"instance": "postgres-exporter:9187", "job": "postgres-exporter", "datid": "16384",
                    "datname": "stroinadzor"},
    "RedisDown": {"instance": "redis-exporter:9121", "job": "redis"},
    "RedisHighMemoryUsage": {"instance": "redis-exporter:9121", "job": "redis-exporter"},
    "HighCPUUsage": {"instance": "node-exporter:9100"},
    "HighMemoryUsage": {"instance": "node-exporter:9100", "job": "node-exporter"},
    "LowDiskSpace": {"instance": "node-exporter:9100", "job": "node-exporter", "device": "/dev/sda1", "fstype": "ext4",
                     "mountpoint": "/"},
    "HighDiskIO": {"instance": "node-exporter:9100", "job": "node-exporter", "device": "sda"},
    "CeleryWorkerDown": {"instance": "celery-exporter:9808", "job": "celery"},
    "HighCeleryFailureRate": {"instance": "celery-exporter:9808", "job": "celery-exporter",
                              "name": "inspections.tasks.generate_report"},
    "CeleryQueueGrowing": {"instance": "celery-exporter:9808", "job": "celery-exporter", "queue_name": "celery"},
}
take("AntonKuznetsov1911/StroiNadzor", "monitoring/prometheus/alerts.yml", "0b3e2a7a727838b98d69ec7a5e86f0b915925c3b", {
    "BackendDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", 0.12222222222222222),
    "HighResponseTime": ("high_latency", 3.41),
    "PostgreSQLDown": ("node_down", 0),
    "HighDatabaseConnections": (OUT, FIXED_COUNT),
    "SlowQueries": (OUT, "named and summarised as slow queries, but computes the ratio of tuples returned to tuples fetched (query efficiency, no duration): name and expression disagree (rule 8)"),
    "RedisDown": ("node_down", 0),
    "RedisHighMemoryUsage": ("out_of_memory", 0.9317),
    "RedisTooManyConnections": (OUT, FIXED_COUNT),
    "HighCPUUsage": (None, 86.24),
    "HighMemoryUsage": ("out_of_memory", 92.41),
    "LowDiskSpace": ("disk_full", 7.83),
    "HighDiskIO": (None, 0.947),
    "CeleryWorkerDown": ("node_down", 0),
    "HighCeleryFailureRate": (None, 0.16666666666666666),
    "CeleryQueueGrowing": ("queue_backlog", 1342),
}, lambda name: STROI_SERIES[name])


# ---------------------------------------------------------------------------------------------
# AndrewBalin/monitoring-stack: prometheus/alerts.yml (a monitoring stack for a set of
# microservices behind RabbitMQ: blackbox /health probes, HTTP 5xx counters, RabbitMQ queues).
RABBIT = {"instance": "rabbitmq:15692", "job": "rabbitmq", "queue": "orders.created", "vhost": "/"}
take("AndrewBalin/monitoring-stack", "prometheus/alerts.yml", "b0116b449211c624b691cdeaacb14e2d8967afbb", {
    "ServiceDown": (OUT, BLIND2),
    "Service5xx": ("high_error_rate", 3),
    "RabbitQueueGrowing": ("queue_backlog", 137),
    "RabbitQueueUnprocessed": ("queue_backlog", 0.8333333333333334),
    "RabbitMassUpload": ("queue_backlog", 12480),
    "RabbitMQDown": ("node_down", 0, {"instance": ""}),
    "RabbitMQInstanceDown": ("node_down", 0),
}, lambda name: {
    "Service5xx": {"instance": "order-service:8000", "job": "order-service", "method": "POST",
                   "handler": "/orders", "status_code": "500"},
    "RabbitMQInstanceDown": {"instance": "rabbitmq:15692", "job": "rabbitmq", "node": "rabbit@rabbitmq-1"},
}.get(name, RABBIT), {"node": "rabbit@rabbitmq-1"})


# ---------------------------------------------------------------------------------------------
# Andrey-Sema/alert-bot-project: prometheus/alerts.yml (a Telegram bot relaying Odesa air-raid
# alerts: a userbot scraper, Redis Streams, a delivery worker; summaries and descriptions in
# Ukrainian). The snapshot's commit holds five rules (an earlier eight-rule version is not in it).
take("Andrey-Sema/alert-bot-project", "prometheus/alerts.yml", "f54b5e16690cae7fb19f0f0af8c51467e781f5c2", {
    "ServiceDown": (OUT, BLIND2),
    "RedisDown": ("node_down", 0),
    "HighWorkerErrors": (OUT, "the delivery worker's errors against the alerts it processed (message-processing failures, not said to be requests; rule 10 leaves failed jobs null): not settled"),
    "HighScraperErrors": (OUT, "a userbot scraper's stream-relay failures (\"збоїв трансляції потоку\"), neither requests nor a settled cause: not settled"),
    "DeadLetterQueueGrows": (None, 14),
}, lambda name: {"instance": "redis-exporter:9121", "job": "redis"} if name == "RedisDown"
    else {"instance": "worker:8001", "job": "worker"})


# ---------------------------------------------------------------------------------------------
# Ndiayeinfo/microservice-cicd: prometheus-alerts.yml (CloudTaskHub, a student team's
# microservice platform: gateway, auth, project, billing, notification and analytics services;
# French summaries and descriptions).
take("Ndiayeinfo/microservice-cicd", "prometheus-alerts.yml", "150044e43c35faf4c757d5c5deafd8c6b139806a", {
    "HighErrorRate": ("high_error_rate", 7.418397626112759),
    "ServiceDown": (OUT, BLIND2),
    "HighLatency": ("high_latency", 1.8325),
    "NoRequests": (None, 0),
    "LowRequestRate": (None, 0.004166666666666667),
}, lambda name: {"job": "gateway"} if name in ("NoRequests", "LowRequestRate") else {"job": "billing"})


# ---------------------------------------------------------------------------------------------
# Grandjeanfrederic/camet: monitoring/prometheus/rules/alerts.yml (CAMET, a French transport and
# warehouse application: orders, storage locations, trip preparation; Node.js with MySQL and Redis;
# French summaries and descriptions).
CAMET_APP = {"instance": "camet-app:3000", "job": "camet-app"}
CAMET_NODE = {"instance": "node-exporter:9100", "job": "node-exporter"}
take("Grandjeanfrederic/camet", "monitoring/prometheus/rules/alerts.yml", "0a00452f91d024a6d921cbacc857eeb4e7843cc2", {
    "CametAppDown": ("node_down", 0),
    "HighResponseTime": ("high_latency", 2.7318),
    "MySQLDown": ("node_down", 0),
    "HighMySQLConnections": ("connection_pool_exhaustion", 132),
    "RedisDown": ("node_down", 0),
    "HighCPUUsage": (None, 91.32),
    "HighMemoryUsage": ("out_of_memory", 88.17),
    "LowDiskSpace": ("disk_full", 87.42),
    "CommandeTraitementLent": (OUT, "the mean time an order takes to be processed (a business workflow's duration, neither a request's latency nor work said to wait in a queue): not settled"),
    "EmplacementsIndisponibles": (None, 7.5),
    "VoyagePreparationRetard": (None, 1),
    "TauxErreurOperationsCritiques": (OUT, "the error ratio of the application's \"critical operations\" (business operations, not said to be requests): not settled"),
}, lambda name: {
    "HighCPUUsage": {"instance": "node-exporter:9100"},
    "HighMemoryUsage": CAMET_NODE,
    "LowDiskSpace": dict(CAMET_NODE, device="/dev/sda1", fstype="ext4", mountpoint="/"),
    "EmplacementsIndisponibles": {},
    "VoyagePreparationRetard": dict(CAMET_APP, status="en_retard", voyage="V-2024-0412"),
}.get(name, CAMET_APP))


# ---------------------------------------------------------------------------------------------
# EdouardZemb/creche-planner: docker/prometheus/alerts.yml (a nursery-planning application of
# NestJS services behind an API gateway, NATS JetStream projections, a transactional outbox,
# PostgreSQL per service; French summaries and descriptions).
CRECHE_OTEL = {"instance": "otel-collector:8889", "job": "otel-metrics"}
CRECHE_PG = {"instance": "postgres-exporter-planification:9187", "job": "postgres", "base": "planification"}
CRECHE_NATS = {"instance": "nats-exporter:7777", "job": "nats-exporter", "consumer_name": "tarification-projection",
               "stream_name": "PLANIFICATION", "account": "$G"}
CRECHE_SERIES = {
    "AppServiceDown": {"instance": "http://svc-tarification:3000/api/health/live", "job": "blackbox",
                       "service": "svc-tarification"},
    "OtelCollectorSpansDrops": {"instance": "otel-collector:8888", "job": "otel-collector", "exporter": "otlp/tempo"},
    "OtelCollectorReceiverRefusedSpans": {"instance": "otel-collector:8888", "job": "otel-collector",
                                          "receiver": "otlp", "transport": "grpc"},
    "JetStreamLagCroissant": CRECHE_NATS, "JetStreamLagCritique": CRECHE_NATS, "JetStreamRedeliveriesElevees": CRECHE_NATS,
    "NatsExporterDown": {"instance": "nats-exporter:7777", "job": "nats-exporter"},
    "RepliPlanificationFrequent": {}, "RepliPlanificationCritique": {},
    "PostgresDown": CRECHE_PG, "PostgresTooManyConnections": {"base": "planification"},
    "PostgresLongRunningTransaction": {"base": "planification"}, "PostgresDeadlocks": {"base": "planification"},
    "ConsumerRejetsDetectes": dict(CRECHE_OTEL, service_name="svc-notifications", stream="FOYER", raison="TYPE_INCONNU"),
    "OutboxBacklogPersistant": dict(CRECHE_OTEL, service_name="svc-foyer"),
    "OutboxPublicationsEchecs": dict(CRECHE_OTEL, service_name="svc-foyer", type="foyer.EnfantInscrit.v1"),
    "OutboxAttenteAgee": dict(CRECHE_OTEL, service_name="svc-foyer"),
    "EnvoiEmailEchecs": dict(CRECHE_OTEL, service_name="svc-notifications"),
    "AuthzGatewayRefus": dict(CRECHE_OTEL, service_name="api-gateway", decision="refuse", motif="foyer_non_membre"),
    "ScopeInterServicesRefus": dict(CRECHE_OTEL, service_name="svc-planification", decision="aurait_refuse"),
    "MigrationsEnRetardPersistant": dict(CRECHE_OTEL, service_name="svc-planification"),
}
take("EdouardZemb/creche-planner", "docker/prometheus/alerts.yml", "df77ebf83367919bd046df20bff0bd8287de8734", {
    "ServiceDown": (OUT, BLIND2),
    "AppServiceDown": ("node_down", 0),
    "OtelCollectorSpansDrops": ("queue_backlog", "3.2"),
    "OtelCollectorReceiverRefusedSpans": (OUT, "a receiver refusing spans, no cause stated (the memory limiter, invalid data or a full pipeline refuse alike): not settled"),
    "JetStreamLagCroissant": ("queue_backlog", "742"),
    "JetStreamLagCritique": ("queue_backlog", "6120"),
    "JetStreamRedeliveriesElevees": (None, "7.4"),
    "NatsExporterDown": ("node_down", 0),
    "RepliPlanificationFrequent": (None, "0.3667"),
    "RepliPlanificationCritique": (None, "1.417"),
    "PostgresDown": ("node_down", 0),
    "PostgresTooManyConnections": ("connection_pool_exhaustion", "84.5%"),
    "PostgresLongRunningTransaction": (OUT, "a transaction open for more than 5 minutes (idle in transaction or blocked, holding locks and VACUUM): neither a request's latency nor a detected deadlock (rule 7 leaves operations held on locks out)"),
    "PostgresDeadlocks": ("deadlock", "2"),
    "ConsumerRejetsDetectes": (None, "3"),
    "OutboxBacklogPersistant": ("queue_backlog", 41),
    "OutboxPublicationsEchecs": (OUT, "failed publications of the outbox relay to NATS (publish attempts, not said to be requests; the cause is not stated): not settled"),
    "OutboxAttenteAgee": ("queue_backlog", "42m 13s"),
    "EnvoiEmailEchecs": (OUT, "e-mails the SMTP transport rejected (sends, not requests to the service; no cause stated): not settled"),
    "AuthzGatewayRefus": (OUT, "authorisation refusals counted with observe-only decisions (would-have-refused) among them: not settled"),
    "ScopeInterServicesRefus": (OUT, "per-resource scoping refusals counted with observe-only decisions among them: not settled"),
    "MigrationsEnRetardPersistant": (None, 1),
}, lambda name: CRECHE_SERIES[name])


# ---------------------------------------------------------------------------------------------
# changgi/nara-ai-project: infra/monitoring/prometheus/alerts.yml (NARA-AI, a Korean national-
# archives AI project: vLLM serving on DCGM-monitored GPUs, MCP servers, a Milvus vector store;
# Korean summaries).
NARA_GPU = {"instance": "dcgm-exporter:9400", "job": "dcgm", "gpu": "0", "UUID": "GPU-3f1c9a7e-52d4-4b8e-a0c6-9e27d1f48b5a",
            "Hostname": "nara-gpu-01", "modelName": "NVIDIA A100-SXM4-80GB"}
take("changgi/nara-ai-project", "infra/monitoring/prometheus/alerts.yml", "270159ee26936eb811e3dda315058815a16b588c", {
    "HighGPUUtilization": (None, 97),
    "GPUMemoryCritical": ("out_of_memory", 96.84375),
    "HighInferenceLatency": ("high_latency", 6.35),
    "MCPServerDown": ("node_down", 0),
    "MilvusDown": ("node_down", 0),
    "HighSearchLatency": ("high_latency", 2.74),
}, lambda name: {
    "HighGPUUtilization": NARA_GPU, "GPUMemoryCritical": NARA_GPU,
    "HighInferenceLatency": {"instance": "vllm:8000", "job": "vllm", "model_name": "nara-exaone-32b"},
    "MCPServerDown": {"instance": "mcp-archive:8101", "job": "mcp-servers"},
    "MilvusDown": {"instance": "milvus:9091", "job": "milvus"},
    "HighSearchLatency": {"instance": "nara-search:8080", "job": "nara-search"},
}[name])


# ---------------------------------------------------------------------------------------------
# ChudinAA/fuel-corp-mngm-app: docker/monitoring/prometheus/alerts.yml (AvFuel, an aviation-fuel
# company's management application with PostgreSQL, its host and backup disk; Russian summaries).
FUEL_NODE = {"instance": "node-exporter:9100", "job": "node-exporter"}
take("ChudinAA/fuel-corp-mngm-app", "docker/monitoring/prometheus/alerts.yml", "4ade0a7dc9d99a047d32140a75544fa14fd8d22d", {
    "AppDown": ("node_down", 0),
    "AppHighResponseTime": ("high_latency", 6.42),
    "PostgresDown": ("node_down", 0),
    "PostgresTooManyConnections": ("connection_pool_exhaustion", 87),
    "PostgresSlowQueries": (OUT, "rate() of a duration gauge (pg_stat_activity_max_tx_duration) measures how fast the longest transaction's age changes, not how long queries run: name and expression disagree (rule 8)"),
    "PostgresDeadlocks": ("deadlock", 0.016666666666666666),
    "HighCPU": (None, "93.7"),
    "LowDiskSpace": ("disk_full", "11.4"),
    "CriticalDiskSpace": ("disk_full", "3.2"),
    "HighMemoryUsage": ("out_of_memory", "92.6"),
    "BackupDiskSpaceLow": ("disk_full", 16.8),
}, lambda name: {
    "AppDown": {"instance": "app:5000", "job": "avfuel_app"},
    "AppHighResponseTime": {"instance": "http://app:5000/health", "job": "avfuel_app"},
    "PostgresDown": {"instance": "postgres-exporter:9187", "job": "postgres"},
    "PostgresTooManyConnections": {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "avfuel",
                                   "state": "active"},
    "PostgresDeadlocks": {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "avfuel"},
    "HighCPU": {"instance": "node-exporter:9100"},
    "BackupDiskSpaceLow": dict(FUEL_NODE, device="/dev/sdb1", fstype="ext4", mountpoint="/backups"),
}.get(name, dict(FUEL_NODE, device="/dev/sda1", fstype="ext4", mountpoint="/")))


# ---------------------------------------------------------------------------------------------
# maciej-sienkiewicz/automotive-crm-v2-backend: deploy/monitoring/prometheus/alerts.yml (a Polish
# CRM for car-detailing studios: security, availability and KSeF e-invoicing API limits; Polish
# summaries and descriptions).
CRM = {"instance": "crm-backend:8080", "job": "crm-backend", "application": "automotive-crm"}
take("maciej-sienkiewicz/automotive-crm-v2-backend", "deploy/monitoring/prometheus/alerts.yml", "31dbea6ae47495ea08715d133def23bddc829d46", {
    "LoginBruteForce": (None, 0.7333333333333333),
    "AccountLockoutSpike": (None, 5),
    "RateLimitExceeded": ("rate_limited", 0.23333333333333334),
    "CrossTenantAccessAttempt": (None, 1),
    "HighSecurityRejectionRate": ("high_error_rate", 3.4),
    "AbnormallyLargeResponse": (None, 7340032),
    "HighApiErrorRate": ("high_error_rate", 0.083),
    "ApiHighLatency": ("high_latency", 2.61),
    "KsefTenantNearHourlyLimit": (OUT, "utilisation of the hourly KSeF request budget before anything is refused (rule 7)"),
    "KsefTenantHourlyLimitExhausted": (OUT, "the application's own hourly request budget used up (its own fetches held back, nothing said to be refused by KSeF): not settled"),
    "KsefRateLimitRejections": ("rate_limited", 2),
    "KsefSyncPersistentlyDeferred": (OUT, "synchronisation runs deferred for a labelled reason (the application's own budget; documents pile up): neither a settled throttling nor a queue measurement"),
    "KsefApiErrorRate": ("high_error_rate", 0.31),
}, lambda name: {
    "RateLimitExceeded": dict(CRM, path="/api/v1/visits"),
    "CrossTenantAccessAttempt": dict(CRM, studio_id="st-0412", entity_type="Vehicle"),
    "KsefRateLimitRejections": dict(CRM, studio_id="st-0412", ksef_operation="invoice_xml_fetch", result="rate_limited"),
    "KsefApiErrorRate": {"studio_id": "st-0412"},
}.get(name, CRM))


# ---------------------------------------------------------------------------------------------
# kirill2015lo1/Monitoring_Nodes: prometheus/alert_rules.yaml (a Proxmox cluster's own monitoring:
# node_exporter on the hosts, the PVE exporter for guests, storage pools and ZFS replication;
# Russian summaries). The file's Loki rule file is not a Prometheus rule file and is not taken.
PVE = {"instance": "pve-exporter:9221", "job": "proxmox"}
take("kirill2015lo1/Monitoring_Nodes", "prometheus/alert_rules.yaml", "b9ef7b4c08e8ad0e65b7754cd56ab4f902c88100", {
    "HIGH_CPU_USAGE": (None, 0.9412),
    "HIGH_RAM_USAGE": (OUT, "named and summarised as RAM use, but computes the hosts' CPU busy share (node_cpu_seconds_total): name and expression disagree (rule 8)"),
    "HIGH_IO_DELAY": (None, 0.2731),
    "HIGH_ARC_USAGE": (OUT, "ZFS ARC size near its configured maximum (a cache that grows to its maximum by design; the description only fears slower ZFS): not settled"),
    "HIGH_CPU_USAGE_PROXMOX": (None, 2),
    "HIGH_RAM_USAGE_PROXMOX": ("out_of_memory", 1),
    "HIGH_DISK_USAGE_PROXMOX": ("disk_full", 1),
    "HIGH_DISK_LXC_USAGE_PROXMOX": ("disk_full", 1),
    "LONG_TIME_NO_REPLICA_PROXMOX": ("replication_lag", 5432.7),
    "NODE_POWEROFF": ("node_down", 0),
    "ZFS_REPLICA_ERROR": (None, 3),
    "ZFS_POOL_ERROR": (None, 1),
}, lambda name: {
    "HIGH_CPU_USAGE": {"instance": "192.168.10.11:9100", "server": "pve-01"},
    "HIGH_IO_DELAY": {"server": "pve-01"},
    "HIGH_CPU_USAGE_PROXMOX": {"id": "qemu/104"},
    "HIGH_RAM_USAGE_PROXMOX": {"id": "qemu/104"},
    "HIGH_DISK_USAGE_PROXMOX": {"id": "storage/pve-01/local-zfs"},
    "HIGH_DISK_LXC_USAGE_PROXMOX": {"id": "lxc/201"},
    "LONG_TIME_NO_REPLICA_PROXMOX": dict(PVE, id="qemu/104", server="pve-02"),
    "NODE_POWEROFF": {"instance": "192.168.10.13:9100", "job": "node_exporter", "server": "pve-03"},
    "ZFS_REPLICA_ERROR": dict(PVE, id="lxc/201", server="pve-01"),
    "ZFS_POOL_ERROR": {"instance": "192.168.10.12:9100", "job": "node_exporter", "server": "pve-02", "zpool": "rpool",
                       "state": "degraded"},
}[name])


FILES.write("rulesets35d.jsonl")
