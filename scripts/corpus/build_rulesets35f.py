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
}, {"instance": "dernier-metro-api:3000", "job": "dernier-metro-api"}, {"mountpoint": "/var/lib/postgresql"})


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
}, {"instance": "redis-exporter:9121", "job": "mental-health"})


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


FILES.write("rulesets35f.jsonl")
