"""rulesets31d.jsonl: whole alerting-rule files of public projects no corpus used before, whose
summaries and descriptions are written in a language other than English (session 31, fourth
helper: Chinese, French, ...).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md). The language does not change a label.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import BLIND2, RuleFiles, show, write_items  # noqa: E402

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets31d.jsonl")

OUT = "OUT"
FILES = RuleFiles()
ITEMS = FILES.items
LEFT_OUT = FILES.left_out
take = FILES.take

FIXED_COUNT = "a fixed threshold on a connection count without a stated limit (POLICY rule 7): left out"


# ---------------------------------------------------------------------------------------------
# 1029863649/fortune-platform: a Chinese fortune-telling platform's own Prometheus rule files
# (prometheus/rules/*.yml), summaries and descriptions in Chinese.
FORTUNE = "1029863649/fortune-platform"
FORTUNE_COMMIT = "b0648382741291189388a547ed9ce6174b4315d5"
FORTUNE_HOST = {"instance": "10.0.8.12:9100", "job": "node-exporter"}
FORTUNE_EXTRA = {"mountpoint": "/data", "device": "vdb", "fstype": "ext4"}

take(FORTUNE, "prometheus/rules/node.yml", FORTUNE_COMMIT, {
    "NodeHighCPUUsage": (None, 86.4),
    "NodeHighMemoryUsage": ("out_of_memory", 88.2),
    "NodeHighDiskUsage": ("disk_full", 91.7),
    "NodeHighLoad": (None, 1.73),
    "NodeNetworkErrors": (None, 0.4, {"device": "eth0"}),
    "NodeHighFileDescriptors": ("fd_exhaustion", 83.5),
}, FORTUNE_HOST, FORTUNE_EXTRA)

take(FORTUNE, "prometheus/rules/fortune-platform.yml", FORTUNE_COMMIT, {
    "APIHighResponseTime": ("high_latency", 2.71),
    "HighErrorRate": ("high_error_rate", 0.034),
    "HighCPUUsage": (None, 0.86),
    "HighMemoryUsage": ("out_of_memory", 0.87),
    "ServiceDown": (OUT, BLIND2),
    "DatabaseConnectionError": ("node_down", 0, {"instance": "postgres-exporter:9187", "job": "postgres"}),
    "RedisConnectionError": ("node_down", 0, {"instance": "redis-exporter:9121", "job": "redis"}),
}, {"instance": "fortune-api:8000", "job": "fortune-platform"})

take(FORTUNE, "prometheus/rules/postgres.yml", FORTUNE_COMMIT, {
    "PostgresHighConnections": (OUT, FIXED_COUNT),
    "PostgresHighXactCount": (None, 1342),
    "PostgresLowCacheHitRate": (None, 84.6),
    "PostgresDeadlocks": ("deadlock", 0.05),
    "PostgresReplicationLag": ("replication_lag", 163577856),
    "PostgresLongQueries": ("high_latency", 412),
}, {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "fortune"})

take(FORTUNE, "prometheus/rules/redis.yml", FORTUNE_COMMIT, {
    "RedisHighConnections": (OUT, FIXED_COUNT),
    "RedisHighMemoryUsage": ("out_of_memory", 86.1),
    "RedisLowHitRate": (None, 71.3),
    "RedisHighLatency": ("high_latency", 137),
    "RedisRejectedConnections": ("connection_pool_exhaustion", 0.2),
}, {"instance": "redis-exporter:9121", "job": "redis"})

take(FORTUNE, "prometheus/rules/system.yml", FORTUNE_COMMIT, {
    "HighCPUUsage": (None, 84.2),
    "HighMemoryUsage": ("out_of_memory", 89.6),
    "HighDiskUsage": ("disk_full", 88.3),
    "HighDiskIO": (None, 0.91),
    "HighNetworkTraffic": (None, 131072000),
    "HighSystemLoad": (None, 5.12),
}, FORTUNE_HOST, FORTUNE_EXTRA)


# ---------------------------------------------------------------------------------------------
# caicongyang/docker-compose: a Chinese developer's docker-compose monitoring stack; its own Redis
# and ZooKeeper rules (alert names and descriptions in Chinese). The Redis rules route on
# `{{ reReplaceAll ":(.*)" "" $labels.instance }}` (the instance without its port), put in
# place here as the host it prints.
CAICONGYANG = "caicongyang/docker-compose"
CAICONGYANG_COMMIT = "04b584cee77e3efab0a1bac698b35099dc31e129"
REDIS_HOST = "10.20.3.41"


def caicongyang_redis():
    text = show(CAICONGYANG, CAICONGYANG_COMMIT, "prometheus/rules/redis.yml")
    return text.replace('{{ reReplaceAll \\":(.*)\\" \\"\\" $labels.instance }}', REDIS_HOST)


take(CAICONGYANG, "prometheus/rules/redis.yml", CAICONGYANG_COMMIT, {
    "redis节点下线": ("node_down", 0),
    "redis集群节点丢失": (OUT, "the last RDB save older than 24 h, worded as a cluster node offline for 24 h: name and expression disagree (rule 8)"),
    "内存使用大于95%": ("out_of_memory", 96.4),
    "内存异常": (OUT, "memory fragmentation ratio: neither memory pressure nor settled"),
    "redis连接被拒绝": ("connection_pool_exhaustion", 3),
    "redis主节点缺失": (OUT, "no master in the Redis cluster: cluster health, not settled"),
    "redis副本下线": (OUT, "connected replicas decreasing, worded as a replica offline: broken replication or a replica down, not settled"),
    "redis连接数过多": ("connection_pool_exhaustion", 8712),
    "redis连接数过低": (None, 0),
    "redis连接故障": (OUT, "blocked clients (waiting on blocking commands): operations queued, left out (rule 7)"),
    "redis集群连接异常": (None, 0, {"master_host": "10.20.3.40", "alert_host": ""}),  # a rule label: `$labels.alert_host` prints nothing
}, {"instance": REDIS_HOST + ":59121", "job": "redis_exporter_targets"}, text=caicongyang_redis())

take(CAICONGYANG, "prometheus/rules/zookeeper.yml", CAICONGYANG_COMMIT, {
    "堆积请求数过大": ("queue_backlog", 27),
    "阻塞中的 sync 过多": (OUT, "pending follower syncs: not settled"),
    "平均响应延迟过高": ("high_latency", 14),
    "打开文件描述符数大于系统设定的大小": ("fd_exhaustion", 55731),
    "zookeeper服务器宕机": ("node_down", 0),
    "zk主节点丢失": (OUT, "no ZooKeeper leader (absent() of the leader state): quorum health, not settled"),
}, {"instance": "10.20.3.51:9141", "job": "prd_zookeeper"})


# ---------------------------------------------------------------------------------------------
# abcxxxxxzzzzz/prometheus: a Chinese operator's Prometheus/Alertmanager set-up (Telegram routing);
# prometheus/rules/os-linux.yml, host rules with Chinese names and wording (its CPU/memory/IO/
# network rules follow a Chinese blog's set, also seen in other Chinese repositories; none of its
# alert names is in any corpus). Its redis.yml and ssl.yml are awesome-prometheus-alerts' rules
# half translated and its mysql.yml a translated copy of a common MySQL set: not taken.
ABCX = "abcxxxxxzzzzz/prometheus"
ABCX_COMMIT = "6ee55fe5dca623c7475295f8b1fcedee1d5d7233"
NO_MOUNT = {"mountpoint": ""}  # aggregated or memory series: `$labels.mountpoint` prints nothing

take(ABCX, "prometheus/rules/os-linux.yml", ABCX_COMMIT, {
    "主机状态": ("node_down", 0),
    "CPU使用情况": (None, 76.3, NO_MOUNT),
    "内存使用": ("out_of_memory", 92.4, NO_MOUNT),
    "IO性能": (None, 86.1, NO_MOUNT),
    "网络": (None, 243.5, NO_MOUNT),
    "TCP会话": (OUT, FIXED_COUNT),
    "磁盘容量": ("disk_full", 83.7),
    "NodeProcessBlockedHigh": (OUT, "blocked processes: operations queued, left out (rule 7)"),
    "NodeTimeOffsetHigh": (None, 212),
}, {"instance": "172.16.20.11:9100", "job": "node"},
    {"mountpoint": "/home", "device": "/dev/vda1", "fstype": "ext4"})


# ---------------------------------------------------------------------------------------------
# Em-m-anuel/TP2-DevOps-INPTIC: a French-language DevOps course project (a Flask student-records
# app); prometheus/alert_rules.yml, summaries and descriptions in French.
EMMANUEL = "Em-m-anuel/TP2-DevOps-INPTIC"
EMMANUEL_COMMIT = "91ae499fd48b3b634a028a48f0dc7bdd933ed57c"
take(EMMANUEL, "prometheus/alert_rules.yml", EMMANUEL_COMMIT, {
    "AppDown": ("node_down", 0),
    "PrometheusDown": ("node_down", 0, {"job": "prometheus", "instance": "localhost:9090"}),
    "HighErrorRate": ("high_error_rate", 0.137),
    "HighLatency": ("high_latency", 0.73),
    "NoStudents": (None, 0),
    "LowAverageGrade": (None, 8.4),
    "HighMemoryUsage": ("out_of_memory", 87.3, {"job": "node-exporter", "instance": "node-exporter:9100"}),
    "HighCPU": (None, 84.6),
}, {"instance": "flask-app:5000", "job": "flask-app"})


# ---------------------------------------------------------------------------------------------
# Badreddiine/projet-Stage-Pfa: a French internship project (Spring Cloud microservices with
# Eureka, a gateway, Keycloak and MQTT); prometheus/alert_rules.yml, wording in French.
BADR = "Badreddiine/projet-Stage-Pfa"
BADR_COMMIT = "d8a1a4bbe265b2dedf24894b913b1cb582688676"
take(BADR, "prometheus/alert_rules.yml", BADR_COMMIT, {
    "ServiceDown": (OUT, BLIND2),
    "ServiceFlapping": ("crash_loop", 4),
    "HighCpuUsage": (None, "87.2%"),
    "HighJvmMemoryUsage": ("out_of_memory", "88.9%"),
    "CriticalJvmMemoryUsage": ("out_of_memory", "96.3%"),
    "HighHttpErrorRate": ("high_error_rate", "14.2%"),
    "HighHttpLatency": ("high_latency", 2.84),
    "NoActiveDatabaseConnections": (None, 0),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "93.8%"),
    "SlowDatabaseQueries": ("high_latency", 6.3),
    "ConfigServerDown": ("node_down", 0, {"job": "config_server", "instance": "config-server:8888", "application": "config-server"}),
    "DiscoveryServiceDown": ("node_down", 0, {"job": "discovery_service", "instance": "discovery-service:8761", "application": "discovery-service"}),
    "GatewayDown": ("node_down", 0, {"job": "gateway", "instance": "gateway:8080", "application": "gateway"}),
    "CriticalBusinessServiceDown": ("node_down", 0, {"service_type": "business"}),
    "UnprocessedIncidents": ("queue_backlog", 14),
    "MqttServiceDown": ("node_down", 0, {"job": "mqtt_service", "instance": "mqtt-service:8085", "application": "mqtt-service"}),
    "MqttBrokerDown": ("node_down", 0, {"job": "mqtt_broker", "instance": "mosquitto:9234", "application": "mosquitto"}),
    "KeycloakDown": ("node_down", 0, {"job": "keycloak", "instance": "keycloak:8080", "application": "keycloak"}),
    "HighAuthenticationFailures": (None, 13.6, {"job": "keycloak", "instance": "keycloak:8080", "application": "keycloak"}),
}, {"instance": "equipement-service:8083", "job": "equipement-service", "application": "equipement-service"},
    {"uri": "/api/equipements/{id}", "pool": "HikariPool-1"})


# ---------------------------------------------------------------------------------------------
# Azyyz77/Project-PFE: a French end-of-studies project (a Node.js API); prometheus/alert_rules.yml,
# summaries in French. Its error-ratio summary prints `{{ printf %.1f $value }}` (no quotes, a
# template Prometheus refuses to parse); it is read here as the printf'd value it means.
AZYYZ = "Azyyz77/Project-PFE"
AZYYZ_COMMIT = "df9c3ad73756716989856245dd39557265bdc0b8"
take(AZYYZ, "prometheus/alert_rules.yml", AZYYZ_COMMIT, {
    "HighErrorRate": ("high_error_rate", "14.3"),
    "HighLatencyP95": ("high_latency", 0.82),
    "HighMemoryUsage": (OUT, "a fixed threshold on Node.js heap bytes without a stated limit (rule 8): left out"),
    "EventLoopLag": (OUT, "Node.js event-loop lag: a runtime's scheduling delay, not request latency; not settled"),
    "BackendDown": ("node_down", 0),
}, {"instance": "api:3000", "job": "sta-chery-api"}, {"route": "/api/vehicles"},
    text=show(AZYYZ, AZYYZ_COMMIT, "prometheus/alert_rules.yml").replace("printf %.1f $value", 'printf \\"%.1f\\" $value'))


# ---------------------------------------------------------------------------------------------
# Theoretician9/content-factory: a Russian content-automation platform (Celery workers, Telegram
# parsing, integrations); prometheus/rules/alerts.yml, summaries and descriptions in Russian.
THEO = "Theoretician9/content-factory"
THEO_COMMIT = "08d493f6218d4b0427aee5f9e8d3295953407ef4"
take(THEO, "prometheus/rules/alerts.yml", THEO_COMMIT, {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", 0.14),
    "HighLatency": ("high_latency", 1.8),
    "TaskWorkerQueueSize": ("queue_backlog", 1842, {"job": "task-worker", "instance": "task-worker:9808", "queue_name": "celery"}),
    "TaskWorkerErrors": (None, 0.07, {"job": "task-worker", "instance": "task-worker:9808"}),
    "IntegrationSyncFailed": (None, 3, {"job": "integration-service", "instance": "integration-service:8000"}),
    "IntegrationHealthCheckFailed": (OUT, "a count of failed integration health checks (\"problems with integrations\"): an application's status, not a host; not settled (rule 18)"),
    "ParsingTaskQueueHigh": ("queue_backlog", 163, {"job": "parsing-service", "instance": "parsing-service:8000", "platform": "telegram"}),
    "ParsingTasksFailed": (None, 0.23, {"job": "parsing-service", "instance": "parsing-service:8000"}),
    "ParsingWorkerDown": ("node_down", 0, {"job": "parsing-service", "instance": "parsing-service:8000"}),
}, {"instance": "api-gateway:8000", "job": "api-gateway"})


# ---------------------------------------------------------------------------------------------
# CSSSensei/monitoring-infra: a Russian developer's monitoring for Telegram bots on one VPS;
# prometheus/rules/alerts.yml, colloquial (and profane) Russian wording.
CSS = "CSSSensei/monitoring-infra"
CSS_COMMIT = "16c8e4cec0304b3ad8915c0293e08df22afae375"
take(CSS, "prometheus/rules/alerts.yml", CSS_COMMIT, {
    "TargetDown": ("node_down", 0),
    "BotServiceDown": ("node_down", 0, {"name": "vipsubbot.service", "state": "active", "type": "simple"}),
    "DiskSpaceLow": ("disk_full", 0.12, {"mountpoint": "/", "device": "/dev/vda1", "fstype": "ext4"}),
    "DiskSpaceCritical": ("disk_full", 0.04, {"mountpoint": "/", "device": "/dev/vda1", "fstype": "ext4"}),
    "MemoryHigh": ("out_of_memory", 0.08),
    "CpuHigh": (None, 0.94, {"mode": "idle"}),
    "ProxyDown": ("node_down", 0, {"job": "proxy_exporter", "instance": "proxy-exporter:9101"}),
    "PrometheusConfigReloadFailed": (None, 0, {"job": "prometheus", "instance": "localhost:9090"}),
}, {"instance": "node-exporter:9100", "job": "node"})


# ---------------------------------------------------------------------------------------------
# Lucas-knut/Projet-Datavisualisation-Prometheus-Grafana-M1-DEV-25-26-: a French master's
# observability project (a demo API); prometheus/rules/alerts.yml, wording in French.
LUCAS = "Lucas-knut/Projet-Datavisualisation-Prometheus-Grafana-M1-DEV-25-26-"
LUCAS_COMMIT = "33ada2a5ea1147b4011690630d0d58b4e03a1436"
take(LUCAS, "prometheus/rules/alerts.yml", LUCAS_COMMIT, {
    "ApiDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", "1.2%"),
    "HighLatencyP95": ("high_latency", "812ms"),
    "HighCPU": (None, "87.43", {"instance": "node-exporter:9100", "job": "node"}),
    "LowMemory": ("out_of_memory", "7.215", {"instance": "node-exporter:9100", "job": "node"}),
    "TargetDown": ("node_down", 0, {"instance": "cadvisor:8080", "job": "cadvisor"}),
}, {"instance": "api:8000", "job": "api"})


# ---------------------------------------------------------------------------------------------
# NoeWil/observabilidad-devops: a Spanish-language observability course project (MariaDB,
# Django, Tomcat, WordPress behind blackbox probes); prometheus/rules/alerts.yml, wording in
# Spanish. (Other students' copies of the same assignment, e.g. ArmandoPeralesCruz's and
# Alexis01000011's, have no snapshot here and are not taken.)
NOE = "NoeWil/observabilidad-devops"
NOE_COMMIT = "cf95534d5ab90d388268354af7041160aaf3d10f"
take(NOE, "prometheus/rules/alerts.yml", NOE_COMMIT, {
    "HighCPUUsage": (None, 86.2),
    "HighMemoryUsage": ("out_of_memory", 88.7),
    "DiskAlmostFull": ("disk_full", 93.1, {"mountpoint": "/", "device": "/dev/sda1", "fstype": "ext4"}),
    "TargetDown": ("node_down", 0, {"instance": "cadvisor:8080", "job": "cadvisor"}),
    "MariaDBDown": ("node_down", 0, {"instance": "mysqld-exporter:9104", "job": "mariadb"}),
    "DjangoDown": ("node_down", 0, {"instance": "django:8000", "job": "django"}),
    "TomcatDown": ("node_down", 0, {"instance": "tomcat:9404", "job": "tomcat"}),
    "WordPressDown": ("node_down", 0, {"instance": "http://wordpress:80", "job": "blackbox_wordpress"}),
    "HighLatency": ("high_latency", 1.37, {"instance": "http://wordpress:80", "job": "blackbox_wordpress"}),
    "ContainerRestarting": (OUT, "container uptime under 2 minutes (one start measured), worded as a restart loop: measurement and wording disagree (rules 8, 15)"),
}, {"instance": "node-exporter:9100", "job": "node_exporter"})


write_items(OUT_PATH, ITEMS)
for r in LEFT_OUT:
    print("  out:", *r)
