"""rulesets34c.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
third helper; search engines, caches and content delivery: the Elasticsearch cluster behind an
application's search, Redis caches run by applications and platforms, a CDN's own edge, origin and
service rules).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file  # noqa: E402


FILES = RuleFiles()
take = FILES.take

FIXED_CONNECTIONS = "a fixed threshold on Redis's connected clients without the maxclients limit (rule 7: connection counts only against a limit)"


# ---------------------------------------------------------------------------------------------
# Amine-Ecssr/event-management-system: prometheus/rules/elasticsearch.yml (EventVue, an event
# management application: its own rules for the Elasticsearch cluster behind its search, its
# PostgreSQL-to-Elasticsearch sync and its snapshots)
take("Amine-Ecssr/event-management-system", "prometheus/rules/elasticsearch.yml", "496990c1f23f63f0b5df14852f46f1f77d653ca7", {
    "ElasticsearchClusterRed": (None, 1),
    "ElasticsearchClusterYellow": (None, 1),
    "ElasticsearchUnassignedShards": (None, 4),
    "ElasticsearchRelocatingShards": (None, 2),
    "ElasticsearchNodeDown": ("node_down", 2),
    "ElasticsearchDataNodeDown": ("node_down", 1),
    "ElasticsearchDiskSpaceLow": ("disk_full", "83.6"),
    "ElasticsearchDiskSpaceCritical": ("disk_full", "92.4"),
    "ElasticsearchHeapUsageHigh": ("out_of_memory", "87.3"),
    "ElasticsearchHeapUsageCritical": ("out_of_memory", "96.1"),
    "ElasticsearchOldGCTooFrequent": ("out_of_memory", 0.1533),
    "ElasticsearchSearchLatencyHigh": ("high_latency", "1.37"),
    "ElasticsearchIndexLatencyHigh": ("high_latency", "0.64"),
    "ElasticsearchBulkRejections": (None, "2.35", {"name": "es-data-1"}),
    "ElasticsearchSearchRejections": (None, "0.87", {"name": "es-data-2"}),
    "ElasticsearchCircuitBreakerTripped": ("out_of_memory", 3, {"breaker": "parent"}),
    "EventVueSearchSyncLag": ("replication_lag", "742"),
    "EventVueSearchIndexMissing": (None, 1),
    "EventVueSearchDocCountMismatch": (OUT, "document-count difference between PostgreSQL and the search index for 30 minutes (a diverged index or one still catching up): not settled"),
    "ElasticsearchBackupFailed": (None, 1),
    "ElasticsearchBackupTooOld": (None, "1d 3h 12m 5s"),
}, {"cluster": "eventvue-es", "instance": "elasticsearch-exporter:9114", "job": "elasticsearch", "name": "es-data-1"},
    {"breaker": "parent", "pg_count": "", "es_count": ""})


# ---------------------------------------------------------------------------------------------
# fastly/fastly-dashboards: prometheus/rules/{account,datacenter,origin,service}.yml (Fastly's own
# alerting for its CDN: error ratios and latency at account, POP (datacenter), origin and service
# level, over its own recording rules; demo.yml's single always-true demo rule is not a rule file
# of 5 or more rules and is not taken)
FASTLY = ("fastly/fastly-dashboards", "890be6f405f1042528f117f6cf4e585df371c256")
FASTLY_SERVICE = {"service_id": "4Zq1fR7kWm2xT9bN6cH3pL", "service_name": "www.example-shop.com"}


def fastly(level, base, values):
    prefix = "fastly" + level.capitalize()
    take(FASTLY[0], f"prometheus/rules/{level}.yml", FASTLY[1], {
        prefix + "4xxPercent": ("high_error_rate", values[0]),
        prefix + "5xxPercent": ("high_error_rate", values[1]),
        prefix + "ErrorPercent": ("high_error_rate", values[2]),
        prefix + "P50Latency": ("high_latency", values[3]),
        prefix + "P99Latency": ("high_latency", values[4]),
    }, base)


fastly("account", {}, ["9.214%", "2.307%", "3.118%", "412ms", "3.874s"])
fastly("datacenter", {"datacenter": "FRA"}, ["14.62%", "4.981%", "6.05%", "687ms", "5.216s"])
fastly("origin", dict(FASTLY_SERVICE, origin="F_shop_api_origin"), ["11.37%", "7.442%", "8.31%", "1.284s", "9.617s"])
fastly("service", FASTLY_SERVICE, ["12.08%", "3.365%", "4.472%", "538ms", "4.102s"])


# ---------------------------------------------------------------------------------------------
# BaritoLog/prometheus-runbooks: rules/redis.yml (Barito, GoPay's logging platform: its own rules for
# the Redis instances it runs; its other rule files hold fewer than five rules each)
take("BaritoLog/prometheus-runbooks", "rules/redis.yml", "1323ccaa77c22ae9b20df68bffb870c065d82723", {
    "BaritoRedisDown": ("node_down", 0),
    "BaritoRedisReplicationBroken": (None, -1),
    "BaritoRedisTooManyConnections": (OUT, FIXED_CONNECTIONS),
    "BaritoRedisRejectedConnections": ("connection_pool_exhaustion", "1.5"),
    "BaritoRedisMissingBackup": (None, "91.45k"),
}, {"instance": "10.22.4.31:9121", "job": "redis-exporter", "name": "barito-router-redis"})


# ---------------------------------------------------------------------------------------------
# proyectoskevinsvega/Redis-con-docker: monitoring/prometheus/rules/redis.yml (a Redis deployment with
# its own monitoring stack; Spanish-commented rules in English)
take("proyectoskevinsvega/Redis-con-docker", "monitoring/prometheus/rules/redis.yml", "43525f2ec37810fb066e1df3f9b3698372310c58", {
    "RedisDown": ("node_down", 0),
    "RedisHighMemoryUsage": ("out_of_memory", "86.41527557373047"),
    "RedisHighCPUUsage": (None, 0.91),
    "RedisSlowCommands": ("high_latency", 14.6),
    "RedisHighConnections": (OUT, FIXED_CONNECTIONS),
}, {"instance": "redis-exporter:9121", "job": "redis"})


# ---------------------------------------------------------------------------------------------
# CraazzzyyFoxx/anak-tournaments: monitoring/prometheus/rules/redis.yml (a tournament platform's own
# rules for the Redis it uses for caching and sessions)
take("CraazzzyyFoxx/anak-tournaments", "monitoring/prometheus/rules/redis.yml", "522950445204128b75eabd6ca974a5399a221a31", {
    "RedisDown": ("node_down", 0),
    "RedisHighMemory": ("out_of_memory", "83.47%"),
    "RedisMemoryCritical": ("out_of_memory", "96.81%"),
    "RedisHighConnections": (OUT, FIXED_CONNECTIONS),
    "RedisKeyEvictions": ("out_of_memory", 1873),
    "RedisBlockedClients": (OUT, "clients blocked on BLPOP/BRPOP-style commands: operations waiting on a blocking call (rule 7: blocked processes are neither deadlock nor queue_backlog)"),
}, {"instance": "redis-exporter:9121", "job": "redis"})


# ---------------------------------------------------------------------------------------------
# jomapps/langgraph-orchestrator: monitoring/rules/redis.yml (an agent-orchestration service's own
# rules for the Redis it uses as cache and state store; its application and system files are not
# in this domain)
take("jomapps/langgraph-orchestrator", "monitoring/rules/redis.yml", "f65d85de74a0744c834462e5c696955ab6e343d9", {
    "RedisConnectionIssues": (None, 0),
    "RedisHighConnectionCount": (OUT, FIXED_CONNECTIONS),
    "RedisBlockedClients": (OUT, "clients blocked on blocking Redis commands (rule 7: blocked processes are neither deadlock nor queue_backlog)"),
    "RedisHighMemoryUsage": ("out_of_memory", 0.9342),
    "RedisMemoryFragmentation": (None, 1.83),
    "RedisSlowQueries": ("high_latency", 27),
    "RedisHighCommandRate": (None, 14231.6),
    "RedisLowHitRate": (None, 0.6418),
    "RedisHighEvictionRate": ("out_of_memory", 312.4),
    "RedisPersistenceFailures": (OUT, "named persistence failures, but the expression counts writes since the last RDB save (a busy dataset, not a failed save): name and expression disagree (rule 8)"),
    "RedisAOFReloadFailures": (None, 0),
    "RedisReplicationLag": ("replication_lag", 23),
    "RedisDisconnectedSlaves": (OUT, "named disconnected replicas, but the expression compares the replica count with a tenth of maxclients: name and expression disagree (rule 8)"),
    "RedisHealthCheckFailed": ("node_down", 0),
    "RedisConfigIssues": ("out_of_memory", 7.9e+08),
}, {"instance": "redis-exporter:9121", "job": "redis"})


# ---------------------------------------------------------------------------------------------
# jiangxianliang007/docker-compose-prometheus: prometheus/rules/elasticsearch.rules (a Compose-based
# monitoring stack's own Elasticsearch rules; several names and sentences resemble
# hvvit/elasticsearch-monitoring-stack's (a shared blog origin is likely), but no corpus holds them;
# its redis.rules holds three rules and is not taken)
GC_NO_MEMORY = "JVM garbage-collection runs or time above a threshold, with no memory wording (unlike an old-GC frequency said to show memory pressure): not settled"
take("jiangxianliang007/docker-compose-prometheus", "prometheus/rules/elasticsearch.rules", "ac14b948d325e6624b5124b98e66a051986babc6", {
    "Elastic_Cluster_Health_RED": (None, 1),
    "Elastic_Cluster_Health_Yellow": (None, 1),
    "Elasticsearch_JVM_Heap_Too_High": ("out_of_memory", 0.8734),
    "Elasticsearch_health_up": (None, 0),
    "Elasticsearch_Too_Few_Nodes_Running": ("node_down", 2),
    "Elasticsearch_Count_of_JVM_GC_Runs": (OUT, GC_NO_MEMORY),
    "Elasticsearch_GC_Run_Time": (OUT, GC_NO_MEMORY),
    "Elasticsearch_json_parse_failures": (None, 3),
    "Elasticsearch_breakers_tripped": ("out_of_memory", 0.0333),
    "Elasticsearch_health_timed_out": (OUT, "the cluster-health API call returned timed_out (its own wait for a status ran out): neither a caller's upstream timeout nor a node down; not settled"),
}, {"instance": "10.0.12.31:9114", "job": "elasticsearch", "cluster": "logging-es"})


# ---------------------------------------------------------------------------------------------
# devopsaitoolkit/grafana-dashboards: alerts/{redis,nginx}.rules.yml (a dashboard collection's own
# alerting rules, generated from its per-dashboard specs, each with a summary, a description and a
# runbook line; RedisMemoryHigh is written twice, the first is taken; its other files are outside
# this domain)
DAT = ("devopsaitoolkit/grafana-dashboards", "cb36b6daede34670240dbef6fe18c2d5e35fad90")
take(DAT[0], "alerts/redis.rules.yml", DAT[1], {
    "RedisNoConnectedReplicas": (None, 0),
    "RedisReplicaLagHigh": ("replication_lag", 17),
    "RedisRejectedConnections": ("connection_pool_exhaustion", 2.4),
    "RedisEvictingKeys": ("out_of_memory", 48.6),
    "RedisMemoryHigh": ("out_of_memory", 93.7),
    "RedisRDBSaveStale": (None, 91233),
    "RedisInstanceDown": ("node_down", 0),
    "RedisLowHitRatio": (None, 61.2),
}, {"instance": "10.40.2.17:9121", "job": "redis"})
take(DAT[0], "alerts/nginx.rules.yml", DAT[1], {
    "NginxConnectionsDropped": (OUT, "accepted minus handled connections (refused before being served); the description only guesses the limit behind it (\"usually worker_connections or file descriptors\", rule 17): not settled"),
    "NginxExporterDown": ("node_down", 0),
    "NginxUpstreamErrorRatio": ("high_error_rate", 8.3),
    "NginxHigh5xxRatio": ("high_error_rate", 6.9),
    "NginxUpstreamSlow": ("high_latency", 1.74),
    "NginxHigh4xxRatio": ("high_error_rate", 27.5),
}, lambda name: {"instance": "10.40.1.5:9113", "job": "nginx"} if name == "NginxExporterDown" else {"job": "nginx"},
    {"upstream": "shop_backend", "host": "shop.example.com"})


# ---------------------------------------------------------------------------------------------
# 520333/prom: prometheus/rules/redis-rules.yml (a Chinese operator's own monitoring stack; the
# file is gone from the snapshot's newest commit, so the commit that holds it, present in the
# snapshot, is cited; "redis连接数" is written twice, the first is taken)
take("520333/prom", "prometheus/rules/redis-rules.yml", "632c9547e786cdef2c82c70827364aabfa4a9051", {
    "redis实例": ("node_down", 0),
    "redis备份丢失": (None, "1.8"),
    "redis内存": ("out_of_memory", "94.6"),
    "redis连接数": (OUT, FIXED_CONNECTIONS),
}, {"instance": "172.16.20.14:9121", "job": "redis"})


# ---------------------------------------------------------------------------------------------
# helmforgedev/charts: charts/elasticsearch/templates/prometheusrule.yaml (a Helm chart collection's
# own rules for the Elasticsearch cluster its chart deploys; the template's replica-count action is
# rendered with the chart's default of three master nodes, its {{ "{{" }} escapes undone by
# helm_text; the collection's other rule templates are outside this domain or hold fewer than five
# rules)
HF = ("helmforgedev/charts", "dd8d969cd145bbca89e7103241ec157146aca853", "charts/elasticsearch/templates/prometheusrule.yaml")
take(HF[0], HF[2], HF[1], {
    "ElasticsearchClusterRed": (None, 1),
    "ElasticsearchClusterYellow": (None, 1),
    "ElasticsearchDiskSpaceHigh": ("disk_full", "88.42"),
    "ElasticsearchDiskSpaceCritical": ("disk_full", "96.31"),
    "ElasticsearchHeapHigh": ("out_of_memory", "92.64"),
    "ElasticsearchNodeDown": ("node_down", 2),
}, {"cluster": "search-prod", "host": "10.0.3.14", "name": "search-prod-master-1", "instance": "10.0.3.14:9114",
    "job": "elasticsearch-exporter"},
    text=helm_file(HF[0], HF[1], HF[2], {
        '{{ int (include "elasticsearch.master.replicaCount" .) }}': "3",
        '{{ include "elasticsearch.master.replicaCount" . }}': "3"}))


# ---------------------------------------------------------------------------------------------
# AfrikanMeals/africa-meals-infra: monitoring/prometheus/alerts/{memcached,redis}.yml (a meal
# platform's own rules, in French, for the Memcached and Redis caches its API uses; each file holds
# four rules, below the five a file usually has here, and the two are taken together as the
# project's cache rules)
AM = ("AfrikanMeals/africa-meals-infra", "280e43162b50ac81ffee04a3cd5edea92b9e5110")
take(AM[0], "monitoring/prometheus/alerts/memcached.yml", AM[1], {
    "MemcachedDown": ("node_down", 0),
    "MemcachedMemoryHigh": ("out_of_memory", 0.9127),
    "MemcachedConnectionsHigh": (OUT, "a fixed threshold of 900 connections; the limit is only guessed (\"max_connections souvent 1024\"), not measured (rule 7)"),
    "MemcachedEvictions": ("out_of_memory", 412),
}, {"instance": "memcached-exporter:9150", "job": "memcached", "memcached_port": "11211"})
take(AM[0], "monitoring/prometheus/alerts/redis.yml", AM[1], {
    "RedisDown": ("node_down", 0),
    "RedisMemoryHigh": ("out_of_memory", 0.8893),
    "RedisRejectedConnections": ("connection_pool_exhaustion", 17),
    "RedisEvictedKeys": ("out_of_memory", 2384),
}, {"instance": "redis-exporter:9121", "job": "redis", "redis_instance": "cache", "redis_port": "6379"})


# ---------------------------------------------------------------------------------------------
# Verdenroz/finance-query: monitoring/prometheus/alerts/redis.yml (a market-data API's own rules for
# the Redis cache in front of it, with the API's own view of its cache connection; four rules, below
# the five a file usually has here)
take("Verdenroz/finance-query", "monitoring/prometheus/alerts/redis.yml", "55f1cceac6140bfda57617f11e898b8c0da85556", {
    "RedisMemoryHigh": ("out_of_memory", "93.41%"),
    "RedisRejectedConnections": ("connection_pool_exhaustion", 0.4333),
    "CacheBackendDisconnected": (OUT, "the API's own cache-connection gauge at 0 (Redis down, unreachable, or the client never reconnected after a blip): not settled"),
    "CacheErrorsHigh": ("high_error_rate", 0.0667),
}, {"instance": "finance-query-v2:8000", "job": "finance-query-v2"})


FILES.write("rulesets34c.jsonl")
