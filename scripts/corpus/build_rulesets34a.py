"""rulesets34a.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
first helper; data-engineering, workflow and batch platforms' own rules: Argo Workflows, Trino,
Kyuubi, Karapace, the Spark History Server, Superset, Open Data Hub's pipelines and batch
components, ...).

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


def juju(model, app, charm, uid, unit=0):
    """A Juju charm's made-up scrape series (the topology labels COS adds to every series)."""
    return {"juju_model": model, "juju_application": app, "juju_charm": charm, "juju_unit": f"{app}/{unit}",
            "instance": f"{model}_{uid}_{app}_{app}/{unit}", "job": f"juju_{model}_{uid}_{app}_prometheus_scrape"}


# ---------------------------------------------------------------------------------------------
# canonical/argo-operators: charms/argo-controller/src/prometheus_alert_rules/*.rule(s) (the
# Charmed Kubeflow operator of the Argo Workflows controller; four files, all taken)
ARGO = ("canonical/argo-operators", "6205ea8da9bac1f27c687ab8f635020ffc46c133", "charms/argo-controller/src/prometheus_alert_rules/")
ARGO_BASE = juju("kubeflow", "argo-controller", "argo-controller", "6f1c2a9e")
take(ARGO[0], ARGO[2] + "KubeflowArgoControllerServices.rules", ARGO[1], {
    "KubeflowServiceDown": ("node_down", 0),
    "KubeflowServiceIsNotStable": ("node_down", 0.4),
}, ARGO_BASE)
take(ARGO[0], ARGO[2] + "missing_pods.rule", ARGO[1], {
    "ArgoWorkflowPodsMissing": (None, 3),
}, ARGO_BASE)
take(ARGO[0], ARGO[2] + "operation_panic_error.rule", ARGO[1], {
    "ArgoWorkflowOperationPanic": (None, 1),
}, dict(ARGO_BASE, cause="OperationPanic"))
take(ARGO[0], ARGO[2] + "too_many_requests.rule", ARGO[1], {
    "ArgoTooManyRequests": ("rate_limited", 0.4667, {"kind": "pods", "verb": "List"}),
}, ARGO_BASE, {"kind": "pods", "verb": "List"})


# ---------------------------------------------------------------------------------------------
# canonical/trino-k8s-operator: src/prometheus_alert_rules/trino-monitoring.rules (Canonical's
# Trino charm: the distributed SQL query engine's coordinator and workers)
take("canonical/trino-k8s-operator", "src/prometheus_alert_rules/trino-monitoring.rules", "49db31f2a3b0128e36b76795cd505362415f11e6", {
    "HighQueuedQueries": ("queue_backlog", 17),
    "HighFailedQueries": ("high_error_rate", 14),
    "TrinoClusterHeapStarvation": ("out_of_memory", 0.9317),
}, juju("trino", "trino", "trino-k8s", "3d9b7e21"))


# ---------------------------------------------------------------------------------------------
# canonical/kyuubi-k8s-operator: src/prometheus_alert_rules/prometheus.yaml (Canonical's charm of
# Apache Kyuubi, the multi-tenant SQL gateway to Spark)
take("canonical/kyuubi-k8s-operator", "src/prometheus_alert_rules/prometheus.yaml", "efe1c88eb9f763c49c17959a86a67d80e2bef642", {
    "KyuubiBufferPoolCapacityLow": (OUT, "a direct buffer pool's capacity below a fixed figure of 1000 (bytes; neither use against a limit nor a refusal): not settled"),
    "KyuubiJVMUptime": (None, 0),
}, juju("spark", "kyuubi", "kyuubi-k8s", "9a4c0d58"))


# ---------------------------------------------------------------------------------------------
# canonical/karapace-operator: src/alert_rules/prometheus/karapace.rules (Canonical's charm of
# Karapace, the Kafka schema registry and REST proxy)
take("canonical/karapace-operator", "src/alert_rules/prometheus/karapace.rules", "a5c1fb40504f5976705f6444c87af7f8427c47b0", {
    "user_alert_karapace_high_non_success_http_requests": ("high_error_rate", 9),
    "user_alert_karapace_frequent_restart": ("crash_loop", 3),
}, lambda name: {"instance": "10.1.87.14:8081"} if "http" in name else {"app": "karapace"},
    {"instance": "10.1.87.14:8081", "app": "karapace"})


# ---------------------------------------------------------------------------------------------
# canonical/spark-history-server-k8s-operator: src/alert_rules/prometheus/history_metrics.rules
# (Canonical's charm of the Spark History Server)
take("canonical/spark-history-server-k8s-operator", "src/alert_rules/prometheus/history_metrics.rules", "3a54565978fb30558d29fcbdf46922e7e272d9b1", {
    "Spark History Server Missing": ("node_down", 0),
    "JvmMemory Filling Up": ("out_of_memory", 86.42),
    "Spark History Server Threads Dead Locked": ("deadlock", 2),
}, juju("spark", "history-server", "spark-history-server-k8s", "9a4c0d58"))


# ---------------------------------------------------------------------------------------------
# canonical/superset-k8s-operator: src/prometheus_alert_rules/superset_rules.yaml (Canonical's
# charm of Apache Superset, the data exploration and BI front end, with its Celery workers)
SUPERSET_WELCOME = "`superset_welcome` counts views of Superset's welcome page (traffic, not a liveness signal), named instances down: name and measurement disagree (rule 8)"
take("canonical/superset-k8s-operator", "src/prometheus_alert_rules/superset_rules.yaml", "9945360f24cd19645f31442d4c30dba062911477", {
    "SupersetDown": (OUT, SUPERSET_WELCOME),
    "SupersetHalfOrMoreDown": (OUT, SUPERSET_WELCOME),
    "WorkersDown": ("node_down", 0),
}, {})


# ---------------------------------------------------------------------------------------------
# opendatahub-io/opendatahub-operator: internal/controller/{components,services}/.../*-prometheusrules.tmpl.yaml
# (Open Data Hub's operator: the rules it installs for Data Science Pipelines (Kubeflow Pipelines
# on Argo), the Kueue and KubeRay batch operators, TrustyAI and its own monitoring stack; Go
# templates whose {{`...`}} escapes are undone and whose namespace actions are filled)
ODH = ("opendatahub-io/opendatahub-operator", "0c0c9913c712e3adac471a50f4bb461c125ef534", "internal/controller/")
ODH_SUBS = {"{{.Namespace}}": "opendatahub-monitoring", "{{.ApplicationNamespace}}": "opendatahub"}
ODH_PROBE = "burn rate of a blackbox probe's failures (the availability SLO of an operator's endpoint): it neither says the target is down (rule 7) nor counts requests; not settled"
DSPA = {"dspa_name": "dspa", "dspa_namespace": "fraud-detection"}


def odh(path, labels, base, extra=None):
    take(ODH[0], ODH[2] + path, ODH[1], labels, base, extra, text=helm_file(ODH[0], ODH[1], ODH[2] + path, ODH_SUBS))


odh("components/datasciencepipelines/monitoring/datasciencepipelines-prometheusrules.tmpl.yaml", {
    "Data Science Pipelines Application Route Error Burn Rate": ("high_error_rate", 0.01147),
    "Data Science Pipelines Operator Probe Success Burn Rate": (OUT, ODH_PROBE),
    "Data Science Pipeline Application Unavailable": (None, 0),
    "Data Science Pipeline APIServer Unavailable": ("node_down", 0),
    "Data Science Pipeline PersistenceAgent Unavailable": ("node_down", 0),
    "Data Science Pipeline ScheduledWorkflows Unavailable": ("node_down", 0),
}, lambda name: {"exported_namespace": "fraud-detection"} if "Route" in name else DSPA,
    {"route": "ds-pipeline-dspa", "exported_namespace": "fraud-detection", "instance": "data-science-pipelines-operator"})
odh("components/kueue/monitoring/kueue-prometheusrules.tmpl.yaml", {
    "Kueue Operator is not running": ("node_down", 0),
}, {"instance": "10.129.2.41:8443", "job": "Kueue Operator", "namespace": "opendatahub"})
odh("components/ray/monitoring/ray-prometheusrules.tmpl.yaml", {
    "KubeRay Operator is not running": ("node_down", 0),
}, {"instance": "10.129.2.57:8080", "job": "KubeRay Operator", "namespace": "opendatahub"})
odh("components/trustyai/monitoring/trustyai-prometheusrules.tmpl.yaml", {
    "TrustyAI Controller Probe Success Burn Rate": (OUT, ODH_PROBE),
}, {"instance": "trustyai-service-operator-controller-manager"})
odh("services/monitoring/monitoring/operator-prometheusrules.tmpl.yaml", {
    "OperatorPodRestartingFrequently": ("crash_loop", 4),
    "PrometheusSelfScrapeTargetDown": ("node_down", 0),
    "CollectorTelemetryScrapeTargetDown": ("node_down", 0),
    "CollectorPrometheusExporterScrapeTargetDown": ("node_down", 0),
    "AlertmanagerSelfScrapeTargetDown": ("node_down", 0),
}, lambda name: {"namespace": "opendatahub-operator-system", "pod": "opendatahub-operator-controller-manager-7d9f8b6c5-x2kqp",
                 "container": "manager", "instance": "10.129.2.18:8080", "job": "kube-state-metrics"}
    if name.startswith("Operator") else {"instance": "10.129.2.33:9090", "job": {
        "PrometheusSelfScrapeTargetDown": "prometheus-self-fixed",
        "CollectorTelemetryScrapeTargetDown": "data-science-collector-collector-monitoring",
        "CollectorPrometheusExporterScrapeTargetDown": "data-science-collector-prometheus",
        "AlertmanagerSelfScrapeTargetDown": "alertmanager-self"}[name]})


# ---------------------------------------------------------------------------------------------
# DrDroidLab/prometheus-alert-templates: {airflow,clickhouse,kafka}/*-prometheus-alerts-template.yaml
# (DrDroid's own alert templates for the data stack: Airflow's scheduler, executor, pools and DAG
# processor through the StatsD exporter, ClickHouse, Kafka brokers; the repository's other
# templates (Redis, Postgres, Kubernetes, ...) are outside this file's domain and not taken)
DRD = ("DrDroidLab/prometheus-alert-templates", "029573c4dc3034f14f99dd125dadb2d6a3582913")
DRD_OWN_LOOP = "the scheduler's own loop or critical-section duration (an internal operation, as rulesets28c, 29 and 32a left reconcile loops out): not settled"
take(DRD[0], "airflow/airflow-prometheus-alerts-template.yaml", DRD[1], {
    "AirflowSchedulerDown": ("node_down", 0),
    "AirflowSchedulerLoopDelay": (OUT, DRD_OWN_LOOP),
    "AirflowNoExecutorSlots": ("queue_backlog", 0),
    "AirflowHighQueuedTasks": ("queue_backlog", 57),
    "AirflowTasksStarving": (OUT, "tasks that cannot be scheduled for lack of pool slots: work waiting (rule 12) or scheduling capacity (rule 17); not settled"),
    "AirflowPoolSaturation": (None, 1, {"pool_name": "default_pool"}),
    "AirflowDagProcessingQueueGrowing": ("queue_backlog", 0.0244),
    "AirflowDagImportErrors": (None, 2),
    "AirflowCriticalSectionDuration": (OUT, DRD_OWN_LOOP),
}, {"instance": "airflow-statsd.airflow.svc:9102", "job": "airflow-statsd"}, {"pool_name": "default_pool"})
take(DRD[0], "clickhouse/clickhouse-prometheus-alerts-template.yaml", DRD[1], {
    "ClickHouseDown": ("node_down", 0),
    "ClickHouseRejectedConnections": (OUT, "rejected TCP/HTTP connections with no stated reason (a limit is not named): not settled (rule 7)"),
    "ClickHouseMemoryLimitExceeded": ("out_of_memory", 3),
    "ClickHouseHighMemoryUsage": ("out_of_memory", 88.61),
    "ClickHouseSlowQueries": ("high_latency", 1734562.5),
    "ClickHouseHighCPUUsage": (None, 912345.6),
    "ClickHouseDistributedSyncInsertErrors": (None, 0.05),
    "ClickHouseReadOnlyReplicas": (None, 2),
    "ClickHouseBackgroundTasksOverload": (OUT, "background thread-pool utilisation (neither connections against a limit nor work waiting): not settled"),
    "ClickHouseDelayedInserts": (OUT, "inserts delayed by ClickHouse's own throttle (too many parts; the rule names no reason): neither settled as rate limiting nor as a backlog"),
}, {"instance": "clickhouse-0.clickhouse.analytics.svc:9363", "job": "clickhouse"})
take(DRD[0], "kafka/kafka-prometheus-alerts-template.yaml", DRD[1], {
    "KafkaBrokerDown": ("node_down", 0),
    "KafkaUnderReplicatedPartitions": (None, 4),
    "KafkaOfflinePartitions": (OUT, "partitions without an active leader (unavailable data; neither a down host nor measured lag): not settled"),
    "KafkaNoActiveController": (None, 0),
    "KafkaHighRequestLatency": ("high_latency", 1342.7, {"instance": "kafka-1:7071", "request": "Produce"}),
    "KafkaHighFailedProduceRequests": ("high_error_rate", 14.2, {"instance": "kafka-1:7071"}),
    "KafkaHighFailedFetchRequests": ("high_error_rate", 11.6, {"instance": "kafka-1:7071"}),
}, {"instance": "kafka-1:7071", "job": "kafka-jmx"}, {"request": "Produce"})


# ---------------------------------------------------------------------------------------------
# NimaLAN74/hosting-base: lianel/dc/monitoring/prometheus/alerts/*.yml (the Lianel energy-data
# platform's own rules: Airflow ingestion DAGs, data-quality checks on its warehouse tables, its
# containers and services, SLA rules; four files, all taken)
NL = ("NimaLAN74/hosting-base", "66358d6e16b7ea93e72bfaa356942493096a9f2c", "lianel/dc/monitoring/prometheus/alerts/")
NL_DAG = {"dag_id": "eurostat_energy_ingestion", "run_id": "scheduled__2026-12-05T02:00:00+00:00", "task_id": "load_fact_energy_annual"}
NL_CONTAINER = {"name": "lianel-energy-service", "instance": "cadvisor:8080", "job": "cadvisor"}
take(NL[0], NL[2] + "airflow-alerts.yml", NL[1], {
    "AirflowDAGRunFailed": (None, 1),
    "AirflowTaskFailed": (None, 2),
    "AirflowDAGRunDurationTooLong": (None, 8214),
    "AirflowSchedulerDown": ("node_down", 0),
    "AirflowWorkerDown": ("node_down", 0),
    "AirflowHighTaskQueueLength": ("queue_backlog", 63),
}, lambda name: {"instance": "airflow-scheduler:9102", "job": "airflow"} if name == "AirflowSchedulerDown"
    else {"instance": "statsd-exporter:9102", "job": "airflow"} if name == "AirflowHighTaskQueueLength"
    else dict(NL_DAG, instance="statsd-exporter:9102", job="airflow"), NL_DAG)
take(NL[0], NL[2] + "data-quality-alerts.yml", NL[1], {
    "DataStale": (None, 93612),
    "MissingDataInCriticalTable": (None, 0),
    "DataVolumeAnomaly": (None, 742),
    "OSMDataMissing": (None, 0),
    "HighIngestionFailureRate": (None, 0.1875),
}, {})
take(NL[0], NL[2] + "service-alerts.yml", NL[1], {
    "ContainerDown": ("node_down", 0),
    "HighMemoryUsage": ("out_of_memory", "93.41%"),
    "ContainerOOMKilled": (OUT, "the container not seen and using no memory (stopped), named OOM-killed: its \"may have been OOM killed\" is a guess (rule 17) and name and measurement disagree (rule 8)"),
    "HighCPUUsage": (None, "87.2%"),
    "DiskSpaceLow": ("disk_full", "8.317%"),
    "DatabaseConnectionFailure": (OUT, "no increase of a backend-count gauge while Postgres is up, named a connection failure: name and measurement disagree (rule 8)"),
    "RedisDown": ("node_down", 0),
    "NginxDown": ("node_down", 0),
}, lambda name: {
    "ContainerDown": {"name": "lianel-energy-service", "instance": "cadvisor:8080", "job": "cadvisor"},
    "DiskSpaceLow": {"instance": "node-exporter:9100", "job": "node-exporter", "mountpoint": "/", "device": "/dev/sda1", "fstype": "ext4"},
    "RedisDown": {"instance": "redis-exporter:9121", "job": "redis"},
    "NginxDown": {"instance": "nginx-exporter:9113", "job": "nginx"},
}.get(name, NL_CONTAINER), NL_CONTAINER)
take(NL[0], NL[2] + "sla-alerts.yml", NL[1], {
    "APISLAViolation": ("high_latency", 0.7342),
    "DAGCompletionSLAViolation": (None, 8214),
    "ServiceUptimeSLAViolation": (OUT, "an uptime SLO computed as rate() of the `up` gauge over three jobs: neither a target down nor requests; not settled"),
    "DataFreshnessSLAViolation": (None, 93612),
}, lambda name: {"APISLAViolation": {"instance": "energy-service:8001", "job": "energy-service"},
                 "DAGCompletionSLAViolation": {"dag_id": "eurostat_energy_ingestion", "instance": "statsd-exporter:9102", "job": "airflow"}}.get(name, {}))


# ---------------------------------------------------------------------------------------------
# greenwichg/unified-data-platform: observability/prometheus/rules/*_alerts.yml (a food-delivery
# company's unified data platform: MSK Kafka, Flink streaming jobs, Druid real-time OLAP, Airflow
# batch DAGs, DynamoDB streams CDC, Athena; five files, all taken. Its `humanizeDuration` is
# applied to milliseconds, so the values are printed as that function prints them, as seconds)
UDP = ("greenwichg/unified-data-platform", "a61a403d92bbbee60ad8ce32e61a027c979fe66e", "observability/prometheus/rules/")
UDP_EVENTS = "share of pipeline events (or stream records) that failed processing: events, not requests (rule 4), and the policy leaves only failed jobs settled (rule 10); not settled"
UDP_DRUID = {"instance": "druid-historical-2.druid.svc:9000", "job": "druid-historical", "druid_cluster": "druid-prod",
             "dataSource": "order_events_rt", "supervisor": "order_events_rt"}
take(UDP[0], UDP[2] + "druid_alerts.yml", UDP[1], {
    "DruidIngestionLagHigh": ("queue_backlog", "1d 13h 13m 20s"),
    "DruidIngestionLagCritical": ("queue_backlog", 412877),
    "DruidIngestionTaskFailures": (None, 5),
    "DruidSupervisorNotHealthy": (OUT, "an ingestion supervisor's own health flag (an application's unhealthy status, rule 9; \"may be stopped\" is a guess): not settled"),
    "DruidPendingTasks": ("queue_backlog", 14),
    "DruidQueryLatencyP99High": ("high_latency", "7342"),
    "DruidQueryLatencyP99Critical": ("high_latency", "16873"),
    "DruidQueryFailureRate": ("high_error_rate", "10%"),
    "DruidSegmentsUnavailable": (OUT, "segments not served by any historical (unavailable data; neither a down host nor measured lag): not settled"),
    "DruidSegmentsUnderReplicated": (None, 6),
    "DruidHistoricalDown": ("node_down", 0),
    "DruidCoordinatorDown": ("node_down", 0, {"instance": "druid-coordinator-0.druid.svc:8081", "job": "druid-coordinator"}),
    "DruidHistoricalDiskUsageHigh": ("disk_full", "90%"),
}, UDP_DRUID)
UDP_FLINK = {"instance": "flink-taskmanager-3:9249", "job": "flink", "job_name": "order-enrichment",
             "task_name": "Enrich_Orders_With_Restaurant", "tm_id": "flink-taskmanager-3", "operator_name": "Source:_order_events"}
take(UDP[0], UDP[2] + "flink_alerts.yml", UDP[1], {
    "FlinkJobNotRunning": (OUT, "a streaming job not in RUNNING state (neither a host or process down, rule 7, nor a failed run, rule 10): not settled"),
    "FlinkJobRestartRateHigh": ("crash_loop", "0.13"),
    "FlinkJobRestartsExhausted": ("crash_loop", 23),
    "FlinkCheckpointFailing": (None, 4),
    "FlinkCheckpointDurationHigh": (OUT, "a checkpoint's own duration (an internal operation, as reconcile and scheduler loops were left out): not settled"),
    "FlinkNoCompletedCheckpoints": (None, 0),
    "FlinkBackpressureHigh": (None, "734"),
    "FlinkBackpressureCritical": (None, "947"),
    "FlinkTaskManagerMemoryHigh": ("out_of_memory", "90%"),
    "FlinkTaskManagerGCPressure": (OUT, "old-generation GC time (memory pressure only inferred; rule 2 names utilisation and pressure measured as such): not settled"),
    "FlinkRecordsLagBehind": (OUT, "an operator's inbound record rate dropping below 5% of its hourly average, named lagging behind: name and measurement disagree (rule 8)"),
}, UDP_FLINK)
UDP_KAFKA = {"instance": "b-2.msk-prod.kafka.ap-south-1.amazonaws.com:11001", "job": "msk-broker",
             "broker_host": "b-2.msk-prod.kafka.ap-south-1.amazonaws.com", "cluster": "msk-prod"}
UDP_LAG = {"consumergroup": "flink-order-processor", "topic": "order_events", "instance": "kafka-exporter:9308", "job": "kafka-exporter"}
take(UDP[0], UDP[2] + "kafka_alerts.yml", UDP[1], {
    "KafkaBrokerDown": ("node_down", 0),
    "KafkaInsufficientBrokers": ("node_down", 2),
    "KafkaUnderReplicatedPartitions": (None, 7),
    "KafkaUnderReplicatedPartitionsCritical": (None, 18),
    "KafkaOfflinePartitions": (OUT, "partitions without an active leader (unavailable data; neither a down host nor measured lag): not settled"),
    "KafkaISRShrinkRate": (None, "0.87"),
    "KafkaConsumerLagHigh": ("queue_backlog", "73.21k"),
    "KafkaConsumerLagCritical": ("queue_backlog", "612.4k"),
    "KafkaConsumerLagIncreasing": ("queue_backlog", "143.2k", {"_query": ["184523"]}),
    "KafkaOrderEventsConsumerLag": ("queue_backlog", "24.53k"),
    "KafkaBrokerBytesInDrop": (None, 1843.2),
    "KafkaRequestQueueFull": ("queue_backlog", 147),
    "KafkaProduceLatencyHigh": ("high_latency", 734),
}, lambda name: dict(UDP_LAG) if "ConsumerLag" in name else dict(UDP_KAFKA), dict(UDP_KAFKA, **UDP_LAG))
UDP_PIPE = {"pipeline": "order_events", "instance": "pipeline-metrics:9102", "job": "pipeline-metrics"}
take(UDP[0], UDP[2] + "pipeline_alerts.yml", UDP[1], {
    "OrderPipelineDataStale": (None, "412"),
    "DeliveryTrackingDataStale": (None, "246", {"pipeline": "delivery_tracking"}),
    "RestaurantAnalyticsDataStale": (None, "873", {"pipeline": "restaurant_analytics"}),
    "PaymentReconciliationDataStale": (None, "1264", {"pipeline": "payment_reconciliation"}),
    "PipelineThroughputDrop": (None, "3.2"),
    "PipelineThroughputZero": (None, 0),
    "PipelineErrorRateHigh": (OUT, UDP_EVENTS),
    "PipelineErrorRateCritical": (OUT, UDP_EVENTS),
    "PipelineDLQGrowing": (None, "1.742k"),
    "AirflowDAGFailure": (None, 2, {"dag_id": "daily_restaurant_rollup"}),
    "AirflowSchedulerHeartbeatMissing": ("node_down", "87", {"instance": "airflow-statsd:9102", "job": "airflow"}),
    "AirflowTaskQueueBacklog": ("queue_backlog", 128, {"pool": "default_pool"}),
    "DynamoDBStreamIteratorAgeHigh": ("queue_backlog", "4d 18h 26m 40s"),
    "DynamoDBStreamProcessingErrors": (OUT, UDP_EVENTS),
}, lambda name: {"instance": "airflow-statsd:9102", "job": "airflow"} if name.startswith("Airflow")
    else {"table_name": "orders", "instance": "cloudwatch-exporter:9106", "job": "cloudwatch"} if name.startswith("DynamoDB")
    else dict(UDP_PIPE),
    {"pipeline": "order_events", "dag_id": "daily_restaurant_rollup", "pool": "default_pool", "table_name": "orders"})
take(UDP[0], UDP[2] + "trino_alerts.yml", UDP[1], {
    "AthenaWorkgroupUnhealthy": (OUT, "a query workgroup's health flag (an application's status, rule 9; not a host's probe, rule 18): not settled"),
    "AthenaQueryFailureRateHigh": ("high_error_rate", "10%"),
    "AthenaQueryFailureRateCritical": ("high_error_rate", "30%"),
    "AthenaDataScannedExcessive": (None, "612"),
}, {"workgroup": "analytics-primary", "instance": "cloudwatch-exporter:9106", "job": "cloudwatch"})


FILES.write("rulesets34a.jsonl")
