"""rulesets35f.jsonl: whole alerting-rule files of public projects no corpus used before (session 35,
sixth helper; projects outside classic tech: healthcare assistants and platforms, public transport).

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
# ABDELHAFIDAIT/CliniQ: monitoring/alerts.yml (a clinical question-answering assistant built on a
# retrieval pipeline over medical documents; rules in French).
take("ABDELHAFIDAIT/CliniQ", "monitoring/alerts.yml", "9af0b0a7c6f1a6e55ad576f85b241d058907451a", {
    "RAGHighLatency": ("high_latency", 41.7),
    "RAGCriticalLatency": ("high_latency", 73.2),
    "HighErrorRate": ("high_error_rate", 0.23),
    "LowAnswerRelevancy": (None, 0.41),
    "LowFaithfulness": (None, 0.38),
    "HighEvalFailureRate": (None, 0.82),
    "HighNoContextRate": (None, 0.31),
}, {"instance": "cliniq-api:8000", "job": "cliniq"})


# ---------------------------------------------------------------------------------------------
# ASapAbro/Projet-Dernier_metro: monitoring/alerts.yml (an API telling Paris metro riders when the
# last train leaves; rules in French). `LowDiskSpace` is written twice; the first (database size)
# is taken.
METRO_PG = {"instance": "postgres-exporter:9187", "job": "postgres"}
METRO_REDIS = {"instance": "redis-exporter:9121", "job": "redis"}
METRO_NGINX = {"instance": "nginx-exporter:9113", "job": "nginx"}
METRO_NODE = {"instance": "metro-prod-1:9100", "job": "node"}
METRO_SERIES = {
    "PostgreSQLDown": METRO_PG, "TooManyConnections": METRO_PG, "LowDiskSpace": METRO_PG,
    "RedisDown": METRO_REDIS, "RedisHighMemoryUsage": METRO_REDIS,
    "NginxDown": METRO_NGINX, "NginxHighErrorRate": METRO_NGINX,
    "HighSystemLoad": METRO_NODE, "HighSystemMemoryUsage": METRO_NODE,
}
take("ASapAbro/Projet-Dernier_metro", "monitoring/alerts.yml", "45d3a76fab5afa63dd323d8972fa2cafcc041fe8", {
    "APIDown": ("node_down", 0),
    "HighLatency": ("high_latency", 1.86),
    "HighErrorRate": ("high_error_rate", "7.4%"),
    "HighCPUUsage": (None, 88.6),
    "HighMemoryUsage": (OUT, "a fixed threshold on process memory (400 MB) without a stated limit (POLICY rule 8)"),
    "PostgreSQLDown": ("node_down", 0),
    "TooManyConnections": ("connection_pool_exhaustion", 86.5),
    "LowDiskSpace": (OUT, "named low disk space, but its expression is the database's size above 8 GB, "
                          "no capacity or limit (rule 8: name and expression disagree)"),
    "RedisDown": ("node_down", 0),
    "RedisHighMemoryUsage": ("out_of_memory", 93.4),
    "NginxDown": ("node_down", 0),
    "NginxHighErrorRate": ("high_error_rate", "6.1%"),
    "HighSystemLoad": (None, 3.7),
    "HighSystemMemoryUsage": ("out_of_memory", 92.3),
}, lambda name: METRO_SERIES.get(name, {"instance": "dernier-metro-api:3000", "job": "dernier-metro-api"}),
    {"mountpoint": "/var/lib/postgresql"})


# ---------------------------------------------------------------------------------------------
# Ahmad6564/medical_assistant_ai: monitoring/alerts.yml (a medical question-answering assistant's
# API).
take("Ahmad6564/medical_assistant_ai", "monitoring/alerts.yml", "332f31f3a1ccdf3a7d5bd1c6c4240afea41b7c50", {
    "HighErrorRate": ("high_error_rate", 0.12, {"error_type": "llm_provider_error"}),
    "HighLatency": ("high_latency", 3.41, {"endpoint": "/api/v1/chat"}),
    "ServiceDown": (OUT, BLIND2),
    "HighRequestRate": (None, 143.6),
    "FrequentRateLimiting": ("rate_limited", 2.7),
}, {"instance": "medical-ai-api:8000", "job": "medical-ai-api"})


# ---------------------------------------------------------------------------------------------
# 001-Elsa/Mental_Health_Website: monitoring/alerts.yml (a mental-health support platform with an
# AI chat and risk-case handling; summaries in Chinese).
take("001-Elsa/Mental_Health_Website", "monitoring/alerts.yml", "7577321d6ab8550110ddde2a85ae7a22cf787cad", {
    "ApiErrorRateHigh": ("high_error_rate", 0.081),
    "AiTimeoutRateHigh": ("upstream_timeout", 0.27),
    "RiskCaseSlaOverdue": (OUT, "risk cases overdue for human follow-up: case work, not a queue of messages "
                                "or jobs nor requests; not settled (rule 6)"),
    "RedisUnavailable": ("node_down", 0),
    "PostgresConnectionsHigh": ("connection_pool_exhaustion", 0.86),
}, {"instance": "redis-exporter:9121", "job": "redis"})


# ---------------------------------------------------------------------------------------------
# 2024ac05841-design/heart-health-classifier: monitoring/alerts.yml (an API predicting heart
# disease from patient measurements; the k8s/monitoring-local.yaml copy of six of its rules is
# not taken again).
take("2024ac05841-design/heart-health-classifier", "monitoring/alerts.yml", "f0a705772f086624d82091b3327a55ec1f0a5754", {
    "HighErrorRate": ("high_error_rate", "8.3%"),
    "SlowAPIResponses": ("high_latency", 1.64),
    "HighMemoryUsage": (OUT, "a fixed threshold on process memory (500 MB) without a stated limit (POLICY rule 8)"),
    "ModelNotLoaded": (None, 0),
    "LowPredictionConfidence": (None, "54.2%"),
    "HighPredictionVolume": (None, 127.4),
    "SlowModelInference": ("high_latency", 0.184),
    "APIServiceDown": ("node_down", 0),
    "HighRiskPredictionsSpike": (None, "76.9%"),
}, {"instance": "heart-disease-api:8000", "job": "heart-disease-api"})


# ---------------------------------------------------------------------------------------------
# 1gassner/energy-management-mvp: monitoring/alert_rules.yml (an energy-management platform's
# backend, "FlowMind", with its frontends, PostgreSQL, Redis and WebSocket live data).
FLOWMIND_NODE = {"instance": "flowmind-prod:9100", "job": "node"}
FLOWMIND_PG = {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "flowmind"}
FLOWMIND_REDIS = {"instance": "redis-exporter:9121", "job": "redis"}
FLOWMIND_SERIES = {
    "HighCPUUsage": FLOWMIND_NODE, "HighMemoryUsage": FLOWMIND_NODE,
    "LowDiskSpace": dict(FLOWMIND_NODE, mountpoint="/", device="/dev/sda1", fstype="ext4"),
    "DatabaseConnectionIssue": FLOWMIND_PG, "HighDatabaseConnections": FLOWMIND_PG,
    "RedisDown": FLOWMIND_REDIS, "HighRedisMemoryUsage": FLOWMIND_REDIS,
}
take("1gassner/energy-management-mvp", "monitoring/alert_rules.yml", "061d4c11bb5ba5b4def59b60d497dd10d8719d42", {
    "BackendDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", "6.4%"),
    "HighResponseTime": ("high_latency", 1.42),
    "HighCPUUsage": (None, 87.3),
    "HighMemoryUsage": ("out_of_memory", 89.1),
    "LowDiskSpace": ("disk_full", 91.2),
    "DatabaseConnectionIssue": ("node_down", 0),
    "HighDatabaseConnections": ("connection_pool_exhaustion", "84.2%"),
    "RedisDown": ("node_down", 0),
    "HighRedisMemoryUsage": ("out_of_memory", "93.7%"),
    "HighWebSocketErrors": (OUT, "WebSocket connection errors a second: neither requests nor a named cause; "
                                 "not settled (rule 6)"),
    "TooManyWebSocketConnections": (OUT, "a fixed threshold on a connection count without a limit (POLICY rule 7)"),
    "FrontendDown": ("node_down", 0, {"job": "frontend-dashboard", "instance": "frontend-dashboard:80"}),
    "LowUserActivity": (None, 0.0042),
    "HighAuthenticationFailures": (OUT, "401 answers to the login endpoint: wrong credentials or an attack as much "
                                        "as a failing service; not settled (rule 6, as rulesets34i left them)"),
    "UptimeSLABreached": (OUT, "a day's average of `up` below 99.9%: past downtime against an SLA, the target "
                               "may be up now; not settled (rule 6)"),
    "ResponseTimeSLABreached": ("high_latency", 0.164),
}, lambda name: FLOWMIND_SERIES.get(name, {"instance": "flowmind-backend:8000", "job": "flowmind-backend"}))


# ---------------------------------------------------------------------------------------------
# 10srav/solar-panel-fault-detection-platform: monitoring/alert_rules.yml (an API that detects
# faults in solar panels from images; the author's other repository, claimed by another helper,
# is a different project).
take("10srav/solar-panel-fault-detection-platform", "monitoring/alert_rules.yml", "632de837059f9b5cac4306611b06909f51011cd2", {
    "APIDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", 0.071),
    "SlowInference": ("high_latency", 6.8),
    "HighMemoryUsage": ("out_of_memory", 0.93),
    "HighRiskFaultRate": (None, 0.36),
}, {"instance": "solar-detection-api:8000", "job": "solar-detection-api"})


# ---------------------------------------------------------------------------------------------
# Anacex/Voice-Infra-AI-powered-voice-call-agent-for-healthcare-: monitoring/prometheus/alerts.yml
# (a voice agent that answers a clinic's phone calls: webhooks from the telephony provider, tool
# calls that look up patients and appointments).
take("Anacex/Voice-Infra-AI-powered-voice-call-agent-for-healthcare-", "monitoring/prometheus/alerts.yml",
     "a7adbc646fefa5a79ced8a29e2e95075e010c824", {
    "BackendDown": ("node_down", 0),
    "DatabaseUnreachable": ("node_down", 0),
    "NoCallsReceivedDuringBusinessHours": (None, 0),
    "HighWebhookErrorRate": ("high_error_rate", 0.083),
    "HighToolCallFailureRate": ("high_error_rate", 0.31),
    "WebhookLatencyHigh": ("high_latency", 2.63),
    "AbnormalCallEndReasons": (OUT, "phone calls that ended with an error status: calls, not requests, and no "
                                    "cause named; not settled (rule 6)"),
}, {"instance": "voice-backend:8000", "job": "voice-backend"})


# ---------------------------------------------------------------------------------------------
# AkashJadhav-github/rag-healthcare-assistant-python-fastapi: monitoring/alert_rules.yml (a
# retrieval-augmented healthcare assistant; the author's Node.js variant is not taken again).
take("AkashJadhav-github/rag-healthcare-assistant-python-fastapi", "monitoring/alert_rules.yml",
     "046f4af5b97f9a990dda85966f79aab957796aad", {
    "HighQueryLatency": ("high_latency", "3.214s"),
    "CriticalQueryLatency": ("high_latency", "6.871s"),
    "HighErrorRate": ("high_error_rate", "7.9%"),
    "DatabaseDown": ("node_down", 0, {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "RedisDown": ("node_down", 0, {"job": "redis", "instance": "redis-exporter:9121"}),
    "APIDown": ("node_down", 0),
    "LowDiskSpace": ("disk_full", "11.42"),
}, {"instance": "rag-api:8000", "job": "rag-api"})


# ---------------------------------------------------------------------------------------------
# 602420232-dotcom/UAV-PLATFORM-V2: monitoring/prometheus-alerts.yml (a drone traffic-management
# platform: weather, data assimilation, risk, observation, route planning and UTM services;
# descriptions in Chinese). The same directory's alert_rules.yml repeats most of these rules under
# other names and is not taken.
UAV_KAFKA = {"group": "planning-consumer", "topic": "uav.telemetry", "partition": "3",
             "instance": "kafka-exporter:9308", "job": "kafka-exporter"}
take("602420232-dotcom/UAV-PLATFORM-V2", "monitoring/prometheus-alerts.yml", "d2a7580a1906d1b5595ded8e6069da28d600b27b", {
    "SLAAvailabilityBreach": ("high_error_rate", "0.9962"),
    "SLAP99LatencyBreach": ("high_latency", "0.734"),
    "SLAP95LatencyBreach": ("high_latency", "0.318"),
    "JVMHeapMemoryHigh": ("out_of_memory", "0.9"),
    "JVMHeapMemoryCritical": ("out_of_memory", 0.97),
    "JVMGCPauseTooLong": (OUT, "mean GC pause above 1 s: garbage-collection time, neither a memory limit "
                               "reached nor request latency; not settled (rule 6)"),
    "JVMGCPauseCritical": (OUT, "mean GC pause above 5 s: as JVMGCPauseTooLong, not settled (rule 6)"),
    "KafkaConsumerLagHigh": ("queue_backlog", 1843, UAV_KAFKA),
    "KafkaConsumerLagCritical": ("queue_backlog", 6127, UAV_KAFKA),
    "KafkaConsumerStopped": ("queue_backlog", 0, UAV_KAFKA),
    "MySQLConnectionPoolHigh": ("connection_pool_exhaustion", "1", {"pool": "HikariPool-mysql"}),
    "MySQLConnectionPoolCritical": ("connection_pool_exhaustion", 0.97, {"pool": "HikariPool-mysql"}),
    "MySQLConnectionWaitTimeHigh": (OUT, "named a wait for a connection, its expression is the pool's connection "
                                         "creation time (rule 8: name and expression disagree)"),
    "RedisConnectionPoolHigh": ("connection_pool_exhaustion", "1"),
    "RedisConnectionPoolCritical": ("connection_pool_exhaustion", 0.96),
    "AlgorithmExecutionFailureRate": (None, "0.08"),
    "AlgorithmExecutionFailureRateCritical": (None, "0.27"),
    "AlgorithmExecutionTimeoutRate": (None, "0.13"),
    "ServiceInstanceDown": ("node_down", 0),
    "PrometheusDown": ("node_down", 0, {"job": "prometheus", "instance": "prometheus:9090"}),
    "GrafanaDown": (OUT, BLIND2),
    "AlertManagerDown": ("node_down", 0, {"job": "alertmanager", "instance": "alertmanager:9093"}),
    "High5xxErrorRate": ("high_error_rate", "0.07"),
    "High4xxErrorRate": ("high_error_rate", "0.14"),
}, {"instance": "10.20.3.14:8080", "job": "planning-api"})


# ---------------------------------------------------------------------------------------------
# AKAZIK-py/aviation-weather-agent-design: monitoring/prometheus/alerts.yml (an assistant that
# answers pilots' questions about aviation weather, with its LLM calls, tools and telemetry
# pipeline). The same directory's alert_rules.yml holds the same nine alertnames and is not taken.
take("AKAZIK-py/aviation-weather-agent-design", "monitoring/prometheus/alerts.yml",
     "3dc40118f5687cf381604a006b78de3c84ef9b37", {
    "AviationAgentHighErrorRate": ("high_error_rate", 0.071),
    "AviationAgentHighP95Latency": ("high_latency", 13.6),
    "AviationAgentToolFailures": ("high_error_rate", 0.34),
    "AviationAgentNoTraffic": (None, 0),
    "OTelCollectorSpanExportFailures": (OUT, "a telemetry collector failing to export spans: its own delivery of "
                                             "telemetry, no cause named; not settled (rule 6)"),
    "PhoenixMetricsUnavailable": ("node_down", 0, {"job": "phoenix", "instance": "phoenix:6006"}),
    "LLMAPIErrorRateHigh": ("high_error_rate", 0.16),
    "HallucinationScoreHigh": (None, 0.18),
    "EvalPassRateLow": (None, 78.5),
}, {"instance": "aviation-agent:8000", "job": "aviation-weather-agent"})


# ---------------------------------------------------------------------------------------------
# 908-design/aqua_intelli_v2: monitoring/alert_rules.yml (a groundwater-monitoring platform for
# water authorities: aquifer levels, predictions by a model, alerts per aquifer).
take("908-design/aqua_intelli_v2", "monitoring/alert_rules.yml", "69913932c2be5fbc91d51cd21861190b839f3416", {
    "HighAPILatency": ("high_latency", "143ms"),
    "HighErrorRate": ("high_error_rate", "6.2%"),
    "APIDown": ("node_down", 0),
    "MLInferenceSlowdown": ("high_latency", "6.41s"),
    "LowCacheHitRate": (None, 0.58),
    "CriticalAquiferAlert": (None, 2, {"aquifer_id": "AQ-RJ-0147", "severity": "critical"}),
}, {"instance": "aquaintelli-backend:8000", "job": "aquaintelli-backend"})


# ---------------------------------------------------------------------------------------------
# AAR5249/healthcare-ui: monitoring/alert_rules.yml (MediBook, a medical appointment-booking
# service).
take("AAR5249/healthcare-ui", "monitoring/alert_rules.yml", "f41baf2ecf07ab952329b81d1c3dad1476de22a3", {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", 0.083),
    "HighResponseTime": ("high_latency", 2.74),
    "HighMemoryUsage": (OUT, "a fixed threshold on process memory (512 MB) without a stated limit (POLICY rule 8)"),
    "RequestRateSpike": (None, 1312.4),
    "HealthCheckFailing": (OUT, "the service's own /health endpoint answering non-200: an application's "
                                "unhealthy status, not settled (POLICY rule 9)"),
}, {"instance": "medibook-api:3000", "job": "medibook-api", "service": "medibook-api"})


FILES.write("rulesets35f.jsonl")
