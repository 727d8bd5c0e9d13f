"""rulesets34e.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
fifth helper; rule files whose summaries and descriptions are written in a language other than
English — Portuguese, Spanish — by the projects that run them, not translations of
awesome-prometheus-alerts).

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
# LuanDev-Floripa/re-educa-store: monitoring/prometheus/rules/alerts.yml (a Brazilian health and
# nutrition shop with a Flask back end, React front end, PostgreSQL, Redis, nginx, payments and an
# AI assistant; its own rules, summaries and descriptions in Portuguese)
REEDUCA_JOBS = {"FlaskDown": "backend", "FrontendDown": "frontend", "PostgreSQLDown": "postgresql",
                "RedisDown": "redis", "NginxDown": "nginx", "PrometheusDown": "prometheus"}
REEDUCA_PORTS = {"backend": 5000, "frontend": 3000, "postgresql": 9187, "redis": 9121, "nginx": 9113, "prometheus": 9090}


def reeduca_series(name):
    if name in REEDUCA_JOBS:
        job = REEDUCA_JOBS[name]
        return {"instance": f"{job}:{REEDUCA_PORTS[job]}", "job": job}
    if name in ("HighCPUUsage", "HighMemoryUsage"):
        return {"instance": "re-educa-prod-01:9100", "job": "node"}
    if name == "HighDiskUsage":
        return {"instance": "re-educa-prod-01:9100", "job": "node", "device": "/dev/sda1", "fstype": "ext4", "mountpoint": "/"}
    if name.startswith("SSLCert"):
        return {"instance": "https://re-educa.com.br", "job": "blackbox"}
    if name.startswith("Docker"):
        return {"name": "re-educa-backend", "instance": "cadvisor:8080", "job": "cadvisor", "id": "/docker/3f9a1c7be2d4"}
    if name.startswith("Flask"):
        return {"instance": "backend:5000", "job": "backend", "method": "POST", "endpoint": "/api/checkout"}
    if name.startswith("Nginx") or name == "FrontendHighResponseTime":
        return {"instance": "nginx-exporter:9113", "job": "nginx"}
    if name == "PostgreSQLSlowQueries" or name == "PostgreSQLHighConnections":
        return {"instance": "postgres-exporter:9187", "job": "postgresql", "datname": "re_educa", "server": "postgres:5432"}
    if name == "RedisHighMemoryUsage":
        return {"instance": "redis-exporter:9121", "job": "redis"}
    return {"instance": "backend:5000", "job": "backend"}


take("LuanDev-Floripa/re-educa-store", "monitoring/prometheus/rules/alerts.yml", "b6629cce727f8a325d492e4b2efd6b7e7efd70e7", {
    "HighCPUUsage": (None, "87.31"),
    "HighMemoryUsage": ("out_of_memory", "89.64"),
    "HighDiskUsage": ("disk_full", "91.2"),
    "FlaskHighErrorRate": ("high_error_rate", "8.37"),
    "FlaskHighResponseTime": ("high_latency", "3.41"),
    "FlaskDown": ("node_down", 0),
    "FrontendDown": ("node_down", 0),
    "FrontendHighResponseTime": ("high_latency", "1.86"),
    "PostgreSQLDown": ("node_down", 0),
    "PostgreSQLHighConnections": (OUT, FIXED_COUNT),
    "PostgreSQLSlowQueries": ("high_latency", "42.7"),
    "RedisDown": ("node_down", 0),
    "RedisHighMemoryUsage": ("out_of_memory", "91.08"),
    "NginxDown": ("node_down", 0),
    "NginxHighErrorRate": ("high_error_rate", "6.92"),
    "NginxHighResponseTime": ("high_latency", "1.42"),
    "SSLCertExpiringSoon": ("certificate_expiry", "12d 4h 17m 3s"),
    "SSLCertExpired": ("certificate_expiry", "-1d 6h 12m 40s"),
    "HighAPIErrorRate": ("high_error_rate", "14.6"),
    "PaymentSystemError": (OUT, "a rate of payment-system errors, not said to be requests (failed payments are business operations, rule 10's failed jobs or a request error rate): not settled"),
    "AIAssistantError": (OUT, "a rate of AI-assistant errors, not said to be requests: not settled"),
    "LowUserActivity": (None, "6.4"),
    "HighPaymentFailureRate": (OUT, "the share of payment attempts that fail (business transactions, not said to be requests): not settled"),
    "PrometheusDown": ("node_down", 0),
    "GrafanaDown": (OUT, BLIND2),
    "DockerContainerDown": ("node_down", 1),
    "DockerHighMemoryUsage": ("out_of_memory", "88.9"),
    "BackupFailed": (None, 1),
    "BackupTooLarge": (None, "11.38G"),
    "HighFailedLoginAttempts": (None, "17.2"),
    "BruteForceAttack": (None, "63.5"),
    "HighRateLimitHits": ("rate_limited", "142.3"),
    "SlowDatabaseQueries": ("high_latency", "6.8"),
    "HighCacheMissRate": (None, "27.4"),
    "SlowExternalAPICalls": ("high_latency", "12.9"),
}, reeduca_series)


# ---------------------------------------------------------------------------------------------
# AlexanderRojas0111/Sistema_POS_Odata: monitoring/prometheus/rules/{alerts,multistore_alerts}.yml
# (a Colombian point-of-sale system for a chain of arepa shops, "Sabrositas": Flask back end,
# PostgreSQL/MySQL, Redis, per-store synchronisation with a central inventory; its own rules in
# Spanish. monitoring/prometheus/alerts.yml and alerts/pos-alerts.yml of the same repository hold
# other versions of the same alerts, half in English, and are not taken)
POS = ("AlexanderRojas0111/Sistema_POS_Odata", "e2ca8697fbfc9ca0c9cd1cb5e573a5d8be42540b")
POS_JOBS = {"OData_POS_Backend_Down": ("odata-pos-backend", "backend:8000"),
            "OData_POS_Frontend_Down": ("odata-pos-frontend", "frontend:80"),
            "Redis_Down": ("redis", "redis-exporter:9121"), "PostgreSQL_Down": ("postgresql", "postgres-exporter:9187"),
            "SyncServiceDown": ("sync-service", "sync-service:8081")}


def pos_series(name):
    if name in POS_JOBS:
        return {"instance": POS_JOBS[name][1], "job": POS_JOBS[name][0]}
    if name in ("High_CPU_Usage", "High_Memory_Usage", "High_Disk_Usage", "High_Network_Errors"):
        s = {"instance": "pos-sabrositas-01:9100", "job": "node-exporter"}
        if name == "High_Disk_Usage":
            s.update({"device": "/dev/vda1", "fstype": "ext4", "mountpoint": "/"})
        if name == "High_Network_Errors":
            s["device"] = "eth0"
        return s
    if name.startswith("Redis"):
        return {"instance": "redis-exporter:9121", "job": "redis"}
    if name.startswith("Database_") or name == "DatabaseConnectionPoolExhausted":
        return {"instance": "postgres-exporter:9187", "job": "postgresql", "datname": "pos_odata"}
    return {"instance": "backend:8000", "job": "odata-pos-backend"}


POS_EXTRA = {"store_name": "Sabrositas Centro", "store_id": "7", "worker_id": "sync-worker-2",
             "product_name": "Arepa de queso", "transfer_number": "TRF-2024-0193"}

take(POS[0], "monitoring/prometheus/rules/alerts.yml", POS[1], {
    "OData_POS_Backend_Down": ("node_down", 0),
    "OData_POS_Frontend_Down": ("node_down", 0),
    "Redis_Down": ("node_down", 0),
    "PostgreSQL_Down": ("node_down", 0),
    "High_Response_Time": ("high_latency", 2.74, {"quantile": "0.95", "handler": "/api/v1/sales"}),
    "High_Error_Rate": ("high_error_rate", 0.23, {"status": "500", "handler": "/api/v1/sales"}),
    "High_CPU_Usage": (None, 86.2),
    "High_Memory_Usage": ("out_of_memory", 88.41),
    "High_Disk_Usage": ("disk_full", 89.7),
    "Database_Connections_High": (OUT, FIXED_COUNT),
    "Database_Slow_Queries": ("high_latency", 47.3),
    "Redis_Memory_High": ("out_of_memory", 84.6),
    "Redis_Connected_Clients_High": (OUT, "a fixed threshold on Redis's connected clients without a stated limit (rule 7)"),
    "Low_Sales_Volume": (None, 612),
    "High_Inventory_Alerts": (None, 14),
    "High_Failed_Login_Attempts": (None, 12.4),
    "High_API_Errors": ("high_error_rate", 7.6),
    "Service_Restart_Frequency": ("crash_loop", 6),
    "High_Network_Errors": (None, 0.37),
}, pos_series, POS_EXTRA)

take(POS[0], "monitoring/prometheus/rules/multistore_alerts.yml", POS[1], {
    "StoreOffline": ("node_down", 0),
    "StoreHighLatency": (OUT, "a store's synchronisation latency with the central system (replication of store data, or the sync request's latency): not settled"),
    "MultipleSyncFailures": (None, 4),
    "StoreInventoryDrift": (None, 7.3),
    "SyncServiceDown": ("node_down", 0),
    "SyncQueueBacklog": ("queue_backlog", 1374),
    "SyncWorkerDown": (OUT, "a sync worker's own health flag at zero (an application's unhealthy status, rule 9), said to be not working: not settled"),
    "HighSyncErrorRate": (OUT, "a rate of synchronisation errors (operations of the sync service, not said to be requests): not settled"),
    "CriticalStockLevel": (None, 3),
    "ProductOutOfStock": (None, 0),
    "InventoryTransferOverdue": (None, 31),
    "HighInventoryDiscrepancy": (None, 12.6),
    "LowSalesVolume": (None, 0.33),
    "HighRefundRate": (None, "13.4%"),
    "UnusualSalesPattern": (None, 41),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "93.75%"),
    "RedisMemoryHigh": ("out_of_memory", "86.2%"),
    "HighAPILatency": ("high_latency", 2.61),
    "HighErrorRate": ("high_error_rate", "7.12%"),
}, lambda name: {"instance": "sync-service:8081", "job": "sync-service", "store_name": "Sabrositas Centro", "store_id": "7"}
   if name.startswith("Store") or name in ("MultipleSyncFailures", "LowSalesVolume", "HighRefundRate", "UnusualSalesPattern")
   else dict(pos_series(name), **({"worker_id": "sync-worker-2"} if name == "SyncWorkerDown" else {})),
   POS_EXTRA)


# ---------------------------------------------------------------------------------------------
# M4CH3T3xd/MonitoreoPortillosur: prometheus/alert_rules.yml (a Chilean company's Windows server
# monitoring: blackbox ICMP probes and windows_exporter through recording rules; its own rules in
# Spanish, each server named by the `servidor`/`datos` labels its scrape configuration sets)
PORTILLO = {"instance": "192.168.10.21", "job": "blackbox-icmp", "area": "infraestructura",
            "servidor": "SRV-ERP-01", "datos": "SRV-ERP-01"}
take("M4CH3T3xd/MonitoreoPortillosur", "prometheus/alert_rules.yml", "6907c469aa15ee21773df3c666cf9b5dbbaedc33", {
    "ServidorInalcanzable": ("node_down", 0),
    "ServidorSinMetricas": ("node_down", 0),
    "CPUSaturado": (None, 94.2),
    "RAMSaturada": ("out_of_memory", 93.1),
    "DiscoCasiLleno": ("disk_full", 92.6),
    "RedLenta": (None, 0.183),
    "PerdidaDePaquetes": (None, 20),
    "SaturacionColaCPU": (None, 14),
}, lambda name: dict(PORTILLO, **({"instance": "192.168.10.21:9182", "job": "windows-exporter"}
                                  if name in ("ServidorSinMetricas", "CPUSaturado", "RAMSaturada", "DiscoCasiLleno", "SaturacionColaCPU") else {})))


# ---------------------------------------------------------------------------------------------
# asanchezg19-ux/tienda_ropa_inventario: prometheus/alertas.yml (a local clothes shop's inventory
# system; its own rules with Spanish names, summaries and descriptions)
TIENDA = {"instance": "tienda-backend:8000", "job": "tienda-backend"}
take("asanchezg19-ux/tienda_ropa_inventario", "prometheus/alertas.yml", "b19585ec91b2a8dc058f02561683fe9df5abf233", {
    "TiempoRespuestaAlto": ("high_latency", "2.874s"),
    "TiempoRespuestaCritico": ("high_latency", "3.412s"),
    "BackendCaido": ("node_down", 0),
    "TasaErroresAlta": (OUT, "a rate of the application's internal errors counted by type, not said to be requests: not settled"),
    "IntentosFallidosLogin": (None, 0.37),
    "StockCritico": (None, 4),
}, TIENDA,
   {"tipo": "ValidationError"})


# ---------------------------------------------------------------------------------------------
# 1670098686/ljzProjectAssignment: monitoring/prometheus/alert_rules.yml (a personal bookkeeping
# app's Spring Boot back end — transactions, budgets; its own rules, summaries and descriptions in
# Chinese. The file is taken at the commit that holds it: the repository's newest commit moved
# the project into another folder without it)
LJZ = {"instance": "finance-app-backend:8080", "job": "finance-app-backend"}
take("1670098686/ljzProjectAssignment", "monitoring/prometheus/alert_rules.yml", "5c630e7e60c7d8c3e708147e726bff5ec4dbadca", {
    "HighCPUUsage": (None, "86.41"),
    "HighMemoryUsage": ("out_of_memory", "88.2"),
    "HighDiskUsage": ("disk_full", "92.73"),
    "HighResponseTime": ("high_latency", "2.63"),
    "ApplicationDown": ("node_down", 0),
    "HighJVMHeapUsage": ("out_of_memory", "83.5"),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "93.33%"),
    "HighGCFrequency": (OUT, "garbage-collection frequency (an allocation rate or heap pressure, not a measured utilisation): not settled"),
    "HighTransactionFailureRate": (OUT, "the share of bookkeeping transactions whose processing fails (business operations, not said to be requests): not settled"),
    "BudgetExceeded": (None, 1.12),
    "LowUserActivity": (None, 6.2),
    "SlowDatabaseQueries": ("high_latency", "1.37"),
    "SuspiciousLoginActivity": (None, 7.4),
    "HighAPIRate": (None, 1243),
}, lambda name: {"instance": "node-exporter:9100", "job": "node-exporter"} if name in ("HighCPUUsage", "HighMemoryUsage", "HighDiskUsage") else
   dict(LJZ, **({"area": "heap", "id": "G1 Old Gen"} if name == "HighJVMHeapUsage" else
                {"pool": "HikariPool-1"} if name == "DatabaseConnectionPoolExhausted" else {})),
   {"user_id": "10482", "category": "餐饮", "source_ip": "113.87.162.45"})


# ---------------------------------------------------------------------------------------------
# 845276678/AGENTshichang: docker/prometheus/alert_rules.yml (an AI-agent marketplace's production
# Docker deployment, nginx in front of the application, MySQL, Redis; its own rules, summaries and
# descriptions in Chinese)
AGENT_NODE = {"instance": "node-exporter:9100", "job": "node-exporter"}


def agent_series(name):
    if name in ("HighCPUUsage", "HighMemoryUsage", "TooManyConnections", "FileDescriptorsHigh"):
        return AGENT_NODE
    if name.startswith("DiskSpace"):
        return dict(AGENT_NODE, device="/dev/vda1", fstype="ext4", mountpoint="/")
    if name.startswith("SSLCertificate"):
        return {"instance": "https://www.aijiayuan.com", "job": "blackbox-https"}
    if name in ("HighErrorRate", "HighResponseTime"):
        return {"instance": "nginx-exporter:9113", "job": "nginx", "status": "502"} if name == "HighErrorRate" else {"instance": "nginx-exporter:9113", "job": "nginx"}
    if name == "DatabaseConnectionFailed":
        return {"instance": "mysqld-exporter:9104", "job": "mysql"}
    if name == "ContainerRestarted":
        return {"instance": "cadvisor:8080", "job": "cadvisor", "name": "aijiayuan-app"}
    if name == "DockerDaemonDown":
        return {"instance": "172.18.0.1:9323", "job": "docker"}
    if name == "QueueBacklog":
        return {"instance": "app:3000", "job": "app", "queue": "agent-tasks"}
    return {"instance": "app:3000", "job": "app"}


take("845276678/AGENTshichang", "docker/prometheus/alert_rules.yml", "c4a356082df038f3ac40e900a5dda1cc30cc7ec9", {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", 0.27),
    "HighResponseTime": ("high_latency", 2.91),
    "HighCPUUsage": (None, 84.7),
    "HighMemoryUsage": ("out_of_memory", 89.3),
    "DiskSpaceHigh": ("disk_full", 87.4),
    "DiskSpaceCritical": ("disk_full", 96.1),
    "RedisConnectionsHigh": (OUT, "a fixed threshold on Redis's connected clients without a stated limit (rule 7)"),
    "SSLCertificateExpiry": ("certificate_expiry", 412345.7),
    "SSLCertificateExpirySoon": ("certificate_expiry", 61234.2),
    "DatabaseConnectionFailed": ("node_down", 0),
    "ContainerRestarted": (None, 1),
    "TooManyConnections": (OUT, "a fixed threshold on the host's established TCP connections without a stated limit (rule 7)"),
    "FileDescriptorsHigh": ("fd_exhaustion", 84.6),
    "DockerDaemonDown": ("node_down", 0),
    "APISlowResponse": ("high_latency", 6.3),
    "ApplicationErrorRate": ("high_error_rate", "6.83%"),
    "QueueBacklog": ("queue_backlog", 1432),
}, agent_series)


# ---------------------------------------------------------------------------------------------
# jintang163/core-ledger-platform: docker/prometheus/alert_rules.yml (a core accounting ledger:
# accounts, transfers, distributed transactions, buffered bookkeeping through a message queue; its
# own rules, summaries and descriptions in Chinese)
LEDGER_FAILED_TX = "the share of ledger transactions that fail (business transactions, not said to be requests): not settled"
take("jintang163/core-ledger-platform", "docker/prometheus/alert_rules.yml", "a96fd83e61e541663eb23028aff8e8b7765366de", {
    "NegativeBalanceAccount": (None, 2),
    "AccountFrozenAbnormal": (None, 7),
    "DistributedTransactionTimeout": (OUT, "distributed transactions timing out (the transaction's own time limit, or a participant not answering in time): not settled"),
    "MessageQueueLag": ("queue_backlog", 1387),
    "HighTransactionFailureRate": (OUT, LEDGER_FAILED_TX),
    "HighHotAccountConflict": (OUT, "concurrent updates of a hot account conflicting (contention on a row lock, rule 7's operations queued on a lock): left out"),
    "HighTransactionLatency": ("high_latency", 3.84),
    "HighTransferLatency": ("high_latency", 6.21),
    "HighDistributedTransactionFailureRate": (OUT, LEDGER_FAILED_TX),
    "BufferAccountingFailed": (None, 3),
}, {"instance": "ledger-service:8080", "job": "core-ledger"})


# ---------------------------------------------------------------------------------------------
# amhyer/makassarujian: docker/prometheus/alert_rules.yml (an Indonesian online school-exam
# platform on Laravel/Horizon: queue delay and backlog, exam sessions, a write-behind sync of
# students' answers from Redis to the database; its own rules, summaries and descriptions in
# Indonesian)
REDIS_SYNC = "students' answers held in Redis not yet written to the database by the sync job (a write-behind copy falling behind: replication lag or a backlog of work): not settled"
take("amhyer/makassarujian", "docker/prometheus/alert_rules.yml", "98bbddf88d1bb3227a9254a513ba61daebbf21b8", {
    "HighQueueDelay": ("queue_backlog", "7.214s"),
    "CriticalQueueDelay": ("queue_backlog", "41.37s"),
    "QueueStuck": ("queue_backlog", 12847),
    "QueueBacklogBuilding": ("queue_backlog", 1523),
    "NoActiveExamSessions": (None, 0),
    "ExamSessionSurge": (None, 5213),
    "RedisSyncLagWarning": (OUT, REDIS_SYNC),
    "RedisSyncLagCritical": (OUT, REDIS_SYNC),
    "RedisDirtyAttemptsHigh": (OUT, REDIS_SYNC),
    "RedisDirtyAttemptsCritical": (OUT, REDIS_SYNC),
    "RedisSyncJobStalled": (None, "4m 12s"),
    "HighHttpLatency": ("high_latency", 2.84, {"route": "api/exam/save-answer"}),
    "RedisSaturation": ("out_of_memory", 6231.4),
    "AutosaveFailure": ("high_error_rate", 7.8),
    "RedisSyncHighDirtyCount": (OUT, REDIS_SYNC),
    "RedisSyncHighDelay": (OUT, REDIS_SYNC),
}, lambda name: {"instance": "redis-exporter:9121", "job": "redis"} if name == "RedisSaturation" else
   {"instance": "app:9000", "job": "laravel", "queue": "default", "connection": "redis"} if name.startswith(("High", "Critical", "Queue")) and name != "HighHttpLatency" else
   {"instance": "app:9000", "job": "laravel"})


FILES.write("rulesets34e.jsonl")
