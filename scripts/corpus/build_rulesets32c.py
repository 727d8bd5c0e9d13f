"""rulesets32c.jsonl: whole alerting-rule files of public projects no corpus used before (session 32,
third helper; data, ML and HPC platforms' own rules: model serving (vLLM, LocalAI, prediction APIs),
GPU/DCGM, Ray, MLflow, Airflow, feature stores).

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

MODEL_NOT_LOADED = "no model version loaded into the serving process: a serving state the policy does not settle"


# ---------------------------------------------------------------------------------------------
# ArchanaChetan07/ai-inference-observability-platform: monitoring/alerts.yml (a vLLM proxy's own
# latency-SLO and error rules)
AIOBS = ("ArchanaChetan07/ai-inference-observability-platform", "monitoring/alerts.yml",
         "468d39ab08719f89ac025b9259ae85772c630a71")
take(*AIOBS, {
    "HighTTFT": ("high_latency", "2.847k"),
    "CriticalTTFT": ("high_latency", "6.213k"),
    "HighTBT": ("high_latency", "731.4"),
    "HighErrorRate": ("high_error_rate", "7.42%"),
    "NoRequests": (None, 0),
}, {"instance": "vllm-proxy:9100", "job": "vllm-proxy"})


# ---------------------------------------------------------------------------------------------
# 254CARBON/ml: monitoring/prometheus/alerts.yml (an ML platform's own rules: model serving,
# embedding and search services, MLflow, caches, vector store, reindex queue)
CARBON = ("254CARBON/ml", "monitoring/prometheus/alerts.yml", "c1514c5933f72b9ebe72b1e498a3dc94efcf21aa")
take(*CARBON, {
    "ServiceDown": (OUT, "shares its name with a blind set's rule"),
    "HighLatency": ("high_latency", 0.7342),
    "CriticalLatency": ("high_latency", 1.284),
    "HighErrorRate": ("high_error_rate", "6.21%"),
    "CriticalErrorRate": ("high_error_rate", "12.8%"),
    "ModelInferenceLatencyHigh": ("high_latency", 0.1834),
    "EmbeddingGenerationSlow": (OUT, "p95 time to generate embeddings: a model's computation, per request or in batches the rule does not say; not settled"),
    "SearchLatencyHigh": ("high_latency", 0.5127),
    "LowCacheHitRate": (None, "71.3%"),
    "HighMemoryUsage": ("out_of_memory", "93.1%", {"pod": "embedding-service-7c8d9f-q2lm7"}),
    "HighCPUUsage": (None, "94.2%", {"pod": "embedding-service-7c8d9f-q2lm7"}),
    "DatabaseConnectionsHigh": ("connection_pool_exhaustion", "84.5%"),
    "VectorStoreQuerySlow": (OUT, "named slow queries, computes the vector store's operation rate below 10/s (throughput): name and expression disagree (rule 8)"),
    "ModelNotLoaded": (OUT, MODEL_NOT_LOADED),
    "ModelReloadFailed": (None, 1),
    "QueueBacklogHigh": ("queue_backlog", 1843),
    "EmbeddingDimensionMismatch": (None, 3),
    "SearchResultsEmpty": (None, "57.2%"),
}, {"instance": "model-serving-6d9f7b-x2k4p:8000", "job": "model-serving"},
    {"service": "model-serving", "model_name": "price-forecaster", "cache_type": "embedding",
     "pod": "model-serving-6d9f7b-x2k4p"})


# ---------------------------------------------------------------------------------------------
# danyapilovets/mlops-view: monitoring/alerts/{gpu,inference,platform}-alerts.yaml (an LLM
# inference platform's own PrometheusRules: DCGM, GPU nodes, vLLM SLOs, Airflow, MLflow, PVCs)
MLOPS_VIEW = "df0eaf49d81dfb31e6b605f30ead7e5dcf00f18d"
DCGM = {"Hostname": "gpu-node-a100-03", "gpu": "2", "device": "nvidia2", "UUID": "GPU-5f1c2a9e-8b3d-4e7a-9c21-6d0f4b8a7e13",
        "modelName": "NVIDIA A100-SXM4-80GB", "instance": "10.42.3.17:9400", "job": "dcgm-exporter"}
take("danyapilovets/mlops-view", "monitoring/alerts/gpu-alerts.yaml", MLOPS_VIEW, {
    "GPUHighUtilization": (None, 97),
    "GPUMemoryExhaustion": ("out_of_memory", 0.9712),
    "GPUNodeNotReady": ("node_down", 0, {"node": "gke-inference-gpu-pool-5b2c7d1e-k9xq", "condition": "Ready",
                                          "status": "true", "job": "kube-state-metrics", "instance": "10.42.0.11:8080"}),
}, lambda name: {} if name == "GPUNodeNotReady" else DCGM)
take("danyapilovets/mlops-view", "monitoring/alerts/inference-alerts.yaml", MLOPS_VIEW, {
    "HighInferenceLatency": ("high_latency", 13.72),
    "HighInferenceErrorRate": ("high_error_rate", 0.0831),
    "InferenceQueueBacklog": ("queue_backlog", 17),
    "LowGPUCacheUsage": (None, 0.034),
}, {"instance": "10.42.5.23:8000", "job": "vllm", "model_name": "meta-llama/Llama-3.1-8B-Instruct",
    "namespace": "inference", "pod": "vllm-llama-8b-6f7c9d5b8-2xkqp"})
take("danyapilovets/mlops-view", "monitoring/alerts/platform-alerts.yaml", MLOPS_VIEW, {
    "AirflowDAGFailure": (None, 2, {"dag_id": "feature_backfill_daily"}),
    "MLflowDown": ("node_down", 0),
    "PVCNearFull": ("disk_full", 0.9314, {"persistentvolumeclaim": "mlflow-artifacts", "namespace": "mlops",
                                          "job": "kubelet", "instance": "10.42.1.5:10250"}),
}, {"instance": "10.42.2.9:5000", "job": "mlflow", "namespace": "mlops"})


# ---------------------------------------------------------------------------------------------
# rejRoky/infra-monitoring-stack: prometheus/rules/gpu.yml (the stack's own DCGM rules; its CPU,
# memory and disk files are host rules, not read)
take("rejRoky/infra-monitoring-stack", "prometheus/rules/gpu.yml", "bcff39b2af2987fd9dd0dc82b7cfb228a80efad9", {
    "HighGPUUtilization": (None, 94),
    "HighGPUMemoryUsage": ("out_of_memory", "93.4"),
    "CriticalGPUMemoryUsage": ("out_of_memory", "98.7"),
    "HighGPUTemperature": (None, 83),
    "CriticalGPUTemperature": (None, 92),
    "HighGPUPowerUsage": (None, "96.8"),
    "GPUXidError": (None, 79),
}, {"instance": "gpu-worker-01:9400", "job": "dcgm", "gpu": "0", "UUID": "GPU-3e8a1b2c-4d5f-6a7b-8c9d-0e1f2a3b4c5d"})


# ---------------------------------------------------------------------------------------------
# SanchesWise/kube-conf: monitoring/alerts/gpu-alerts.yaml (a cluster's own DCGM PrometheusRule;
# its other alert files are not GPU rules, not read)
take("SanchesWise/kube-conf", "monitoring/alerts/gpu-alerts.yaml", "e3b039e6a9846ca47dfbde626ce8100f07463104", {
    "GpuHighTemperature": (None, 84),
    "GpuCriticalTemperature": (None, 91),
    "GpuXidError": (None, 43),
    "GpuMemoryError": (OUT, "computes used/free VRAM over 0.95 (fires near half full) while its words say over 95% full: name and expression disagree (rule 8)"),
    "GpuPowerOverlimit": (None, 287.3),
}, {"instance": "10.0.20.31:9400", "job": "nvidia-dcgm-exporter", "node": "k8s-gpu-01", "gpu": "0"})


# ---------------------------------------------------------------------------------------------
# ArchanaChetan07/KubeInfer: monitoring/alerts/vllm-alerts.yaml (an LLM inference platform's own
# PrometheusRule: vLLM engine availability, latency, queue, KV cache, DCGM, HPA)
VLLM_ENGINE = {"namespace": "llm-inference", "container": "vllm-engine", "pod": "vllm-engine-7d9c8b6f5-k2xnp",
               "instance": "10.0.7.22:8000", "job": "vllm-engine"}
KUBEINFER_DCGM = {"instance": "10.0.7.14:9400", "job": "dcgm-exporter", "gpu": "1", "Hostname": "gpu-node-2"}
KUBEINFER_HPA = {"namespace": "llm-inference", "horizontalpodautoscaler": "vllm-engine", "job": "kube-state-metrics",
                 "instance": "10.0.1.8:8080"}


def kubeinfer_series(name):
    if name.startswith("GPU"):
        return KUBEINFER_DCGM
    if name.startswith("HPA"):
        return KUBEINFER_HPA
    return VLLM_ENGINE


take("ArchanaChetan07/KubeInfer", "monitoring/alerts/vllm-alerts.yaml", "03d4f3ec0499a5295d32bc62286dec991aee6dba", {
    "VLLMEngineDown": ("node_down", 0),
    "VLLMEngineRestartLoop": ("crash_loop", 0.2667),
    "VLLMHighTimeToFirstToken": ("high_latency", "14.27s"),
    "VLLMHighE2ELatency": ("high_latency", "1m 12s"),
    "VLLMQueueDepthHigh": ("queue_backlog", 27.5),
    "VLLMKVCacheNearFull": ("out_of_memory", "93.4%"),
    "VLLMPreemptionsIncreasing": ("out_of_memory", 0.4),
    "GPUMemoryHigh": ("out_of_memory", "96.2%"),
    "GPUTemperatureHigh": (None, 87),
    "GPUUtilizationLow": (None, 4),
    "HPAAtMaxReplicas": (None, 8),
    "HPAScalingFailed": (None, 1, {"condition": "ScalingActive", "status": "false"}),
}, kubeinfer_series)


# ---------------------------------------------------------------------------------------------
# AdityaThakur-DA25M004/predictive-maintenance-system-mlops-pipeline: monitoring/prometheus/
# alert_rules.yml (a predictive-maintenance model API's own rules: availability, errors, latency
# SLO, drift, model quality, retraining, uploads, alert mail)
take("AdityaThakur-DA25M004/predictive-maintenance-system-mlops-pipeline", "monitoring/prometheus/alert_rules.yml",
     "a5e59d2fca0197d76280ab8f724f2d44777b9ed6", {
         "APIDown": ("node_down", 0),
         "ModelNotLoaded": (OUT, MODEL_NOT_LOADED),
         "HighErrorRate": ("high_error_rate", "6.3%"),
         "ElevatedErrorRate": ("high_error_rate", "2.71%"),
         "HighLatencyP95": ("high_latency", 0.2731),
         "VeryHighLatencyP99": ("high_latency", 0.6412),
         "DataDriftDetected": (None, 1),
         "MultipleFeaturesDrifted": (None, 4),
         "ModelF1Degraded": (None, 0.43),
         "FeedbackAccuracyDegraded": (None, "64.2%"),
         "RetrainStorm": (None, 7),
         "ModelStale": (None, "8d 3h 12m 40s"),
         "UploadSuccessRate": (OUT, "dataset uploads rejected by the schema check: requests refused for their data, or failed pipeline work; not settled"),
         "TrainingDataSourceDefault": (None, 0),
         "AlertEmailDispatchFailing": (None, 4),
     }, {"instance": "api:8000", "job": "predictive-maintenance-api"})


# ---------------------------------------------------------------------------------------------
# Abdul-Hanan-Choudhry/MLOPS_Project: monitoring/prometheus/alert_rules.yml (a crypto-price
# prediction API's own rules: latency, errors, availability, drift, predictions)
take("Abdul-Hanan-Choudhry/MLOPS_Project", "monitoring/prometheus/alert_rules.yml",
     "0ebebb976cad802a1446738e6d39e9a2b35e17ad", {
         "HighInferenceLatency": ("high_latency", "0.73"),
         "CriticalInferenceLatency": ("high_latency", "1.42"),
         "HighErrorRate": ("high_error_rate", "0.08"),
         "PredictionServiceDown": ("node_down", 0),
         "DataDriftDetected": (None, 1),
         "HighOODRatio": (None, "0.21"),
         "OODSpike": (None, "12.47"),
         "NoPredictions": (None, 0),
         "UnusualPredictions": (None, 31240),
     }, {"instance": "api:8000", "job": "crypto-predictor-api"}, {"feature": "volume_24h"})


# ---------------------------------------------------------------------------------------------
# cjkennedy1972/observability-stack: prometheus/alerts/{gpu,localai}.yml (a LocalAI inference
# lab's own rules: NVIDIA and AMD GPUs, their exporters, the LocalAI API); openclaw.yml not read
CJK = "6582090c9e21dd3925f3456e0a8afac62c2fc15b"
LOCALAI02_GPU = {"instance": "localai02:9835", "job": "gpu_localai02", "host": "localai02", "gpu": "0"}
LOCALAI01_GPU = {"instance": "localai01:9400", "job": "gpu_localai01", "host": "localai01", "gpu_id": "0"}
take("cjkennedy1972/observability-stack", "prometheus/alerts/gpu.yml", CJK, {
    "NvidiaGPUHighTemperature": (None, 87),
    "NvidiaGPUMemoryNearFull": ("out_of_memory", "93.41"),
    "NvidiaGPUExporterDown": ("node_down", 0),
    "AMDGPUHighTemperature": (None, 89),
    "AMDGPUMemoryNearFull": ("out_of_memory", "91.87"),
    "AMDGPUExporterDown": ("node_down", 0),
}, lambda name: LOCALAI01_GPU if name.startswith("AMD") else LOCALAI02_GPU)
take("cjkennedy1972/observability-stack", "prometheus/alerts/localai.yml", CJK, {
    "LocalAIDown": ("node_down", 0),
    "LocalAIHighRequestLatency": ("high_latency", "11h 27m 30s"),
    "LocalAIHighErrorRate": (OUT, "named an error rate, computes a request rate both above and equal to zero (never fires, counts no errors): name and expression disagree (rule 8)"),
}, {"instance": "localai02:8080", "job": "localai02", "host": "localai02"})


# ---------------------------------------------------------------------------------------------
# axelofwar/shml-platform: monitoring/prometheus/alerts/{ml-slos,platform-alerts}.yml (a
# self-hosted ML platform's own rules: model freshness, training, feature store, MLflow, Ray,
# inference, GPUs, hosts); nemoclaw-alerts.yml (an agent's rules) not read
SHML = "080c42545e8fef0fd90e7bac958047ab3beb2c32"
take("axelofwar/shml-platform", "monitoring/prometheus/alerts/ml-slos.yml", SHML, {
    "ModelStale": (None, 16),
    "ModelVeryStale": (None, 33),
    "TrainingSuccessRateLow": (None, "85.71%"),
    "ErrorBudgetExhausted": (OUT, "an ML SLO's remaining monthly error budget whose SLI (training runs, freshness or requests) the rule does not say: not settled"),
    "EvalIncomplete": (None, "91.3%"),
    "FeatureFreshnessBreached": (None, 187),
    "FeatureViewSLOBreached": (None, 0),
    "FeatureViewNoData": (None, -1),
}, {"instance": "ml-slo-exporter:9101", "job": "ml-slo-exporter"}, {"feature_view": "face_embeddings_v2"})
take("axelofwar/shml-platform", "monitoring/prometheus/alerts/platform-alerts.yml", SHML, {
    "HighCPUUsage": (None, 87.3),
    "HighMemoryUsage": ("out_of_memory", 88.6),
    "DiskSpaceLow": ("disk_full", 11.2),
    "ContainerDown": ("node_down", 0, {"instance": "ray-head:8080", "job": "ray-head"}),
    "ContainerHighMemory": ("out_of_memory", 94.1, {"name": "mlflow-server", "instance": "cadvisor:8080", "job": "cadvisor"}),
    "MLflowServerDown": ("node_down", 0, {"instance": "mlflow-server:5000", "job": "mlflow-server"}),
    "MLflowAPIDown": ("node_down", 0, {"instance": "mlflow-api:8000", "job": "mlflow-api"}),
    "MLflowHighLatency": ("high_latency", 3.41, {"instance": "mlflow-server:5000", "job": "mlflow-server"}),
    "RayHeadDown": ("node_down", 0, {"instance": "ray-head:8080", "job": "ray-head"}),
    "RayClusterDown": ("node_down", 0, {"instance": "ray-head:44217", "job": "ray-cluster"}),
    "RayAPIDown": ("node_down", 0, {"instance": "ray-compute-api:8000", "job": "ray-compute-api"}),
    "RayJobQueueBacklog": ("queue_backlog", 14, {"instance": "ray-compute-api:8000", "job": "ray-compute-api"}),
    "RayNodeDead": ("node_down", 1, {"instance": "ray-head:44217", "job": "ray-cluster"}),
    "RayObjectStoreMemoryHigh": ("out_of_memory", 0.937, {"instance": "ray-head:44217", "job": "ray-cluster"}),
    "RayWorkerMemoryHigh": ("out_of_memory", 0.921, {"instance": "ray-worker-gpu:44217", "job": "ray-cluster"}),
    "RayGPUUtilizationLow": (None, 6, {"instance": "ray-worker-gpu:44217", "job": "ray-cluster"}),
    "RayTasksPending": ("queue_backlog", 248, {"instance": "ray-head:44217", "job": "ray-cluster", "State": "PENDING"}),
    "RayActorRestartHigh": ("crash_loop", 9, {"instance": "ray-head:44217", "job": "ray-cluster"}),
    "LLMServiceDown": ("node_down", 0, {"instance": "qwen3-vl-api:8000", "job": "qwen3-vl-api"}),
    "InferenceGatewayDown": ("node_down", 0, {"instance": "inference-gateway:8000", "job": "inference-gateway"}),
    "InferenceQueueBacklog": ("queue_backlog", 73, {"instance": "inference-gateway:8000", "job": "inference-gateway"}),
    "GPUMemoryHigh": ("out_of_memory", 0.972, {"instance": "dcgm-exporter:9400", "job": "dcgm-exporter", "gpu": "0"}),
    "GPUTemperatureHigh": (None, 88, {"instance": "dcgm-exporter:9400", "job": "dcgm-exporter", "gpu": "0"}),
}, {"instance": "shml-host:9100", "job": "node-exporter"},
    {"name": "mlflow-server", "gpu": "0", "job": "node-exporter"})


FILES.write("rulesets32c.jsonl")
