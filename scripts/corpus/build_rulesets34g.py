"""rulesets34g.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
seventh helper; AI/LLM applications and their serving stacks: an LLM gateway (LiteLLM proxy), a RAG
backend's vector store (Qdrant), an LLM quality observer (gateway, LLM-judge evaluator), a RAG and
agent platform).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# saashqdev/ops-center: config/prometheus/rules/litellm_alerts.yml (an operations centre for a
# self-hosted AI platform; its own rules for the LiteLLM multi-provider gateway: availability,
# latency, errors, usage, costs, its database pool, providers). The repository's other rule files
# (generic API, host and database rules) are not taken.
take("saashqdev/ops-center", "config/prometheus/rules/litellm_alerts.yml", "283233d38107989c31524de98aea6407880b11b0", {
    "LiteLLMDown": ("node_down", 0),
    "LiteLLMUnhealthy": (OUT, "the proxy's own health-status gauge at 0 ('is unhealthy'): an application's own status, not a probe of a host (rules 9 and 18), not settled"),
    "LiteLLMHighLatency": ("high_latency", 14.27),
    "LiteLLMHighErrorRate": ("high_error_rate", "7.314%"),
    "LiteLLMCriticalErrorRate": ("high_error_rate", "23.51%"),
    "LiteLLMHighRequestRate": (None, 142.7),
    "LiteLLMTokenLimitApproaching": (None, 1284533),
    "LiteLLMModelFailures": ("high_error_rate", "14.29%"),
    "LiteLLMHighDailyCost": (None, 137.42),
    "LiteLLMCostSpike": (None, 2.63),
    "LiteLLMDatabasePoolExhausted": ("connection_pool_exhaustion", 20),
    "LiteLLMSlowDatabaseQueries": ("high_latency", 1.84),
    "LiteLLMGroqProviderDown": ("high_error_rate", "96.2%"),
    "LiteLLMProviderRateLimited": ("rate_limited", 23),
}, {"instance": "unicorn-litellm-wilmer:4000", "job": "litellm"},
    {"model": "groq/llama-3.1-70b-versatile", "provider": "openai"})


# ---------------------------------------------------------------------------------------------
# Balizero1987/ayo: config/prometheus/alerts.yml (Nuzantara, a RAG assistant; its own rules for the
# Qdrant operations of its RAG backend, read from the backend's JSON metrics endpoint)
QDRANT_RETRY = "client retries of Qdrant operations per second ('possible network issues' is a guess, rule 17): retries are neither failed requests nor a settled cause; not settled"
take("Balizero1987/ayo", "config/prometheus/alerts.yml", "0f136c29931a8801465a5da1da86325e9a6606bf", {
    "HighQdrantErrorRate": ("high_error_rate", "2.3%"),
    "CriticalQdrantErrorRate": ("high_error_rate", "7.8%"),
    "SlowQdrantSearch": ("high_latency", 642.5),
    "CriticalQdrantSearchLatency": ("high_latency", 1187),
    "SlowQdrantUpsert": ("high_latency", 1342),
    "CriticalQdrantUpsertLatency": ("high_latency", 2450),
    "HighQdrantRetryRate": (OUT, QDRANT_RETRY),
    "CriticalQdrantRetryRate": (OUT, QDRANT_RETRY),
    "NoQdrantSearchActivity": (None, 0),
    "LowQdrantUpsertThroughput": (None, "0.04"),
    "QdrantMetricsEndpointDown": ("node_down", 0),
    "QdrantMetricsEndpointSlow": ("high_latency", 1.73),
}, {"instance": "nuzantara-backend:8000", "job": "nuzantara-backend"})


# ---------------------------------------------------------------------------------------------
# dongkoony/LLM-Quality-Observer: infra/prometheus/alerts/{llm,http,evaluation,system}_alerts.yml
# (an LLM quality-observability project: a gateway API in front of LLMs, an LLM-as-judge evaluator
# with its scheduler, notifications; four rule files, all taken). Its error-ratio rules multiply
# by 100 and print with humanizePercentage, so their values print a hundred times too large
# ("731.2%"): rendered as the rule would print them.
LQO = ("dongkoony/LLM-Quality-Observer", "25949c13286748ceaec9dd73ac05d9c4c2ee3e6d")
LQO_BASE = {"instance": "gateway-api:8000", "job": "gateway-api"}
LQO_EXTRA = {"model": "gpt-4o-mini", "operation": "select_pending_logs", "judge_type": "rule_based"}
take(LQO[0], "infra/prometheus/alerts/llm_alerts.yml", LQO[1], {
    "HighLLMErrorRate": ("high_error_rate", "731.2%"),
    "ModerateLLMErrorRate": ("high_error_rate", "342.5%"),
    "HighLLMLatency": ("high_latency", 12.84),
    "VeryHighLLMLatency": ("high_latency", 34.2),
    "LLMRequestRateDrop": (None, "38.47%"),
    "NoLLMRequests": (None, 0),
    "HighTokenUsage": (None, 128431.5),
    "ModelHighErrorRate": ("high_error_rate", "1247%"),
}, LQO_BASE, LQO_EXTRA)
take(LQO[0], "infra/prometheus/alerts/http_alerts.yml", LQO[1], {
    "HighHTTPErrorRate": ("high_error_rate", "684.2%"),
    "ModerateHTTPErrorRate": ("high_error_rate", "318.7%"),
    "HighHTTPLatency": ("high_latency", 6.41, {"service": "gateway-api"}),
    "VeryHighHTTPLatency": ("high_latency", 11.38, {"service": "gateway-api"}),
    "HighHTTP4xxRate": ("high_error_rate", "1342%"),
    "HTTPRequestRateSpike": (None, 3.42),
    "NoHTTPRequests": (None, 0),
}, LQO_BASE, LQO_EXTRA)
EVAL_BASE = {"instance": "evaluator:8001", "job": "evaluator"}
take(LQO[0], "infra/prometheus/alerts/evaluation_alerts.yml", LQO[1], {
    "LowEvaluationScore": (None, 2.71),
    "EvaluationScoreDrop": (None, "74.2%"),
    "VeryLowEvaluationScore": (None, 1.86),
    "HighPendingLogs": ("queue_backlog", 143),
    "VeryHighPendingLogs": ("queue_backlog", 612),
    "EvaluationRateDrop": (None, 0.004),
    "NoEvaluationsRunning": (None, 0),
    "HighEvaluationErrorRate": (None, "812.4%"),
    "SchedulerNotRunning": (None, 8124),
    "HighEvaluationLatency": (OUT, "p95 duration of an LLM-judge evaluation (a background task's own run, neither a request's latency nor time waiting in a queue): not settled"),
    "HighLowQualityRate": (None, 0.18),
    "JudgeTypeHighErrorRate": (None, "1520%"),
}, EVAL_BASE, LQO_EXTRA)
take(LQO[0], "infra/prometheus/alerts/system_alerts.yml", LQO[1], {
    "HighDatabaseLatency": ("high_latency", 1.42),
    "VeryHighDatabaseLatency": ("high_latency", 5.87),
    "DatabaseConnectionErrors": (OUT, "a rate of database connection errors with no cause quoted (refused, timed out or a full pool): not settled"),
    "SlackNotificationFailures": ("high_error_rate", "1667%"),
    "DiscordNotificationFailures": ("high_error_rate", "1250%"),
    "EmailNotificationFailures": ("high_error_rate", "2143%"),
    "GatewayAPIDown": ("node_down", 0),
    "EvaluatorDown": ("node_down", 0, {"instance": "evaluator:8001", "job": "evaluator"}),
    "DashboardDown": ("node_down", 0, {"instance": "dashboard:8501", "job": "dashboard"}),
    "MetricsScrapeFailures": ("node_down", 0, {"instance": "evaluator:8001", "job": "evaluator"}),
    "HighMemoryUsage": (OUT, "a fixed threshold (2e9 bytes) on a process's resident memory without a stated limit (rule 8)"),
    "ServiceRestarted": (None, 0.003333, {"instance": "evaluator:8001", "job": "evaluator"}),
    "PrometheusStorageNearlyFull": ("disk_full", "92.4%", {"instance": "localhost:9090", "job": "prometheus"}),
    "SlowBatchProcessing": (OUT, "the duration of a batch-evaluation run (the scheduler's own run, rule 10 look-alike, but no time limit is stated): not settled"),
    "LLMJudgeHighErrorRate": ("high_error_rate", "1243%"),
}, LQO_BASE, LQO_EXTRA)


# ---------------------------------------------------------------------------------------------
# curatedhealth/vital-expert-platform: monitoring/prometheus/alerts/{rag-alerts,
# agent-operations-alerts,python-ai-engine-alerts}.yml (VITAL Path, a RAG and agent platform;
# its own rules for RAG latency, cost budgets and circuit breakers, agent search and selection,
# GraphRAG, its Python AI engine). The files were removed later; the commit cited holds all three.
# monitoring/prometheus/alerts.yml of the same commit (platform and host rules) is not taken.
VITAL = ("curatedhealth/vital-expert-platform", "b5fcced5c890f7a58a640a163a26835af31e60e3")
VITAL_BASE = {"instance": "vital-system:3000", "job": "vital-path"}
VITAL_EXTRA = {"service": "openai", "operation": "hybrid_search", "method": "graphrag", "error_type": "timeout",
               "mode": "automatic"}
BREAKER = "a circuit breaker's state or its rejections (opened after failures of a dependency it does not name as down, timed out or erroring): not settled"
GRAPHRAG = "GraphRAG searches falling back to the database (a degraded path, neither failed requests nor a settled cause): not settled"
take(VITAL[0], "monitoring/prometheus/alerts/rag-alerts.yml", VITAL[1], {
    "RAGLatencyHigh": ("high_latency", 2841),
    "RAGLatencyCritical": ("high_latency", 6120),
    "RAGCacheHitRateLow": (None, "14.2%"),
    "RAGDailyBudgetWarning": (None, 86.4),
    "RAGDailyBudgetExceeded": (None, 100),
    "RAGMonthlyBudgetWarning": (None, 83.1),
    "RAGCostPerQueryHigh": (None, 0.072),
    "RAGCircuitBreakerOpen": (OUT, BREAKER),
    "RAGCircuitBreakerHalfOpen": (OUT, BREAKER),
    "RAGHighFailureRate": ("high_error_rate", "14.7%"),
    "RAGRequestsRejected": (OUT, BREAKER),
    "RAGNoQueriesDetected": (None, 0),
    "CohereRerankingDegraded": ("high_error_rate", "84.6%"),
}, VITAL_BASE, VITAL_EXTRA)
take(VITAL[0], "monitoring/prometheus/alerts/agent-operations-alerts.yml", VITAL[1], {
    "AgentSearchLatencyHigh": ("high_latency", "1.342k"),
    "AgentSearchLatencyCritical": ("high_latency", "2.718k"),
    "AgentSearchErrorRateHigh": ("high_error_rate", "13.4%"),
    "GraphRAGFallbackRateHigh": (OUT, GRAPHRAG),
    "GraphRAGNotWorking": (OUT, GRAPHRAG),
    "AgentSelectionLowConfidence": (None, "62.5%"),
    "AgentSelectionLatencyHigh": ("high_latency", "684.2"),
    "Mode2ExecutionDurationHigh": ("high_latency", "7.214k"),
    "Mode3ExecutionDurationHigh": ("high_latency", "41.37k"),
    "ModeExecutionFailureRate": ("high_error_rate", "8.3%"),
    "UserAgentOperationErrors": ("high_error_rate", "183.3m"),
}, VITAL_BASE, VITAL_EXTRA)
take(VITAL[0], "monitoring/prometheus/alerts/python-ai-engine-alerts.yml", VITAL[1], {
    "PythonAIEngineHighErrorRate": ("high_error_rate", 0.27),
    "PythonAIEngineHighLatency": ("high_latency", 6.83),
    "PythonAIEngineHighRAGLatency": ("high_latency", 12.4),
    "PythonAIEngineDown": ("node_down", 0),
    "PythonAIEngineHighDBConnections": (OUT, "a fixed threshold (50) on database connections without a stated limit (rule 7)"),
    "PythonAIEngineHighVectorSearchLatency": ("high_latency", 3.91),
}, {"instance": "vital-python-ai-engine:8000", "job": "vital-python-ai-engine"}, VITAL_EXTRA)


# ---------------------------------------------------------------------------------------------
# T-W-M-B-W-C/BetterPrompts: infrastructure/model-serving/monitoring/alerts/torchserve-alerts.yml
# (BetterPrompts, a prompt-improvement service whose intent classifier is served by TorchServe on
# Kubernetes; its own rules for the TorchServe deployment)
def torchserve_series(name):
    if name in ("TorchServePodRestart",):
        return {"namespace": "model-serving", "pod": "torchserve-7d9c6b5f4-x2kqp", "container": "torchserve",
                "instance": "10.42.1.17:8080", "job": "kube-state-metrics"}
    if name == "TorchServeInsufficientReplicas":
        return {"namespace": "model-serving", "deployment": "torchserve", "instance": "10.42.1.17:8080",
                "job": "kube-state-metrics"}
    if name == "TorchServeGPUMemoryPressure":
        return {"gpu": "0", "Hostname": "gpu-node-1", "instance": "10.42.3.5:9400", "job": "dcgm-exporter"}
    return {"instance": "torchserve.model-serving.svc:8082", "job": "torchserve", "model_name": "intent-classifier"}


take("T-W-M-B-W-C/BetterPrompts", "infrastructure/model-serving/monitoring/alerts/torchserve-alerts.yml",
     "a654ca6350ba72102eeaff97e7028d78ba29b072", {
         "TorchServeHighLatency": ("high_latency", 742.6),
         "TorchServeCriticalLatency": ("high_latency", 1284),
         "TorchServeHighErrorRate": ("high_error_rate", "8.21%"),
         "TorchServeModelLoadFailed": (OUT, "model load errors with no cause quoted: not settled"),
         "TorchServeGPUMemoryPressure": ("out_of_memory", "93.4%"),
         "TorchServePodRestart": (None, 1),
         "TorchServeQueueOverflow": ("queue_backlog", 137),
         "TorchServeModelVersionDrift": (None, 2),
         "TorchServeInsufficientReplicas": ("node_down", 2),
     }, torchserve_series, {"model_name": "intent-classifier", "spec_replicas": "", "gpu": "0", "pod": "torchserve-7d9c6b5f4-x2kqp"})


FILES.write("rulesets34g.jsonl")
