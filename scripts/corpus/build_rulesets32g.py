"""rulesets32g.jsonl: whole alerting-rule files of public projects no corpus used before (session 32,
seventh helper; IoT, telecom and industrial projects' own rules: MQTT brokers and LoRa meshes, an
industrial real-time robot controller).

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
# 5rbit/mxrc: monitoring/prometheus/alerts.yml (an industrial robot controller's own rules: its
# real-time (RT) control process, its non-real-time (Non-RT) task process, their event bus and
# shared data store)
MXRC = ("5rbit/mxrc", "monitoring/prometheus/alerts.yml", "03c400de269da74fe8147d1dfe4c4f9dfd345f22")
RT = {"instance": "10.20.0.11:9101", "job": "mxrc-rt", "process": "rt"}
NONRT = {"instance": "10.20.0.11:9102", "job": "mxrc-nonrt", "process": "nonrt"}
take(*MXRC, {
    "RTProcessDown": ("node_down", 0),
    "RTSafeModeEntered": (OUT, "the RT process in its own SAFE_MODE state (a degraded mode; the Non-RT heartbeat loss is only guessed, rule 17): not settled"),
    "RTHighDeadlineMissRate": (OUT, "real-time control-cycle deadline misses per second: a control loop's own cycle budget, neither request latency nor errors; not settled"),
    "RTCycleDurationHigh": (OUT, "mean real-time minor-cycle duration above 1.5 ms: a control loop's cycle time, not request latency; not settled"),
    "NonRTHeartbeatLost": ("node_down", 0, RT),
    "NonRTProcessDown": ("node_down", 0, NONRT),
    "NonRTHighTaskFailureRate": (None, "14.29%", NONRT),
    "NonRTTaskDurationHigh": (OUT, "mean duration of the controller's own tasks (work items, not requests): not settled"),
    "EventBusQueueNearFull": ("queue_backlog", 8417),
    "EventBusEventsDropped": (None, 3.4),
    "EventBusProcessingDelayed": ("queue_backlog", 146.2),
    "DataStoreHighSeqlockRetries": (OUT, "seqlock read retries (lock contention): neither deadlock nor queue_backlog (rule 7)"),
    "HighCPUUsage": (None, 87.6),
    "HighMemoryUsage": (OUT, "process RSS above a fixed 500 MB without a stated limit (rule 8)"),
}, lambda name: dict(NONRT) if name.startswith("NonRT") else dict(RT), {"key": "robot_state"})


# ---------------------------------------------------------------------------------------------
# capricornusx/meshtastic-mqtt-exporter: docs/src/stack/alertmanager/meshtastic-alerts.yml (the
# Meshtastic LoRa-mesh MQTT exporter's own rules for its stack: the exporter and the mesh nodes'
# battery, liveness, uptime, traffic, temperature and radio signal)
MESH = ("capricornusx/meshtastic-mqtt-exporter", "docs/src/stack/alertmanager/meshtastic-alerts.yml",
        "12f3b6dacee15cf369d1f22c304c4724a847424a")
NODE = {"instance": "meshtastic-exporter:8100", "job": "meshtastic", "node_id": "!a3f1c2d4"}
take(*MESH, {
    "MeshtasticExporterDown": ("node_down", 0),
    "MeshtasticServiceDown": ("node_down", 0),
    "MeshtasticBatteryCritical": (None, 7),
    "MeshtasticBatteryLow": (None, 16),
    "MeshtasticNodeOffline": ("node_down", 1386.214),
    "MeshtasticNodeRestarted": (None, 412.7),
    "MeshtasticLowMessageRate": (OUT, "a node's message rate below 0.01/s (a quiet node or a gone one; not its liveness signal's absence): not settled"),
    "MeshtasticHighTemperature": (None, 63.5),
    "MeshtasticWeakSignal": (None, -124),
}, NODE, {"from_node": "!a3f1c2d4"})


# ---------------------------------------------------------------------------------------------
# IzzaldinSamir/iot-noc-monitoring-lab: prometheus/alert_rules.yml (an IoT NOC lab's own rules for
# its Mosquitto MQTT broker and telemetry traffic)
NOC = ("IzzaldinSamir/iot-noc-monitoring-lab", "prometheus/alert_rules.yml", "8aeefc43d955da903769aef6900cf5eea02bbc0e")
take(*NOC, {
    "MonitoringTargetDown": ("node_down", 0),
    "MosquittoBrokerUnavailable": ("node_down", 0),
    "TelemetryTrafficSilent": (OUT, "inbound MQTT publish rate below 0.05/s (devices quiet or gone; not a liveness signal's absence): not settled"),
    "MosquittoDroppedMessages": (None, 2.183),
    "PrometheusConfigReloadFailed": (None, 0),
}, {"instance": "mosquitto-exporter:9234", "job": "mosquitto", "broker": "tcp://mosquitto:1883"})


# ---------------------------------------------------------------------------------------------
# ME-Catalyst/GreenStack: config/prometheus/alerts.yml (an industrial IO-Link device-description
# (IODD) platform's own rules: its API, PostgreSQL, Redis, Mosquitto MQTT broker, InfluxDB
# telemetry store, backups, IODD parser, security and data-quality alerts)
GREEN = ("ME-Catalyst/GreenStack", "config/prometheus/alerts.yml", "2d311914279336e76bdb8b5472fbd6a2bae2b413")
POOL_TEMPLATE = ("its description calls `{{ db_connection_pool_size }}`, an undefined template function: the rule "
                 "cannot render as committed (Prometheus refuses the file), so no alert text exists to label")
take(*GREEN, {
    "ServiceDown": (OUT, "shares its name with a blind set's rule"),
    "HighErrorRate": ("high_error_rate", "7.42%"),
    "DatabaseDown": ("node_down", 0, {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "APIServerDown": ("node_down", 0),
    "HighMemoryUsage": ("out_of_memory", "93.1%", {"name": "greenstack-api"}),
    "DiskSpaceCritical": ("disk_full", "7.84%", {"job": "node", "instance": "10.0.1.5:9100"}),
    "DatabaseConnectionPoolExhausted": (OUT, POOL_TEMPLATE),
    "HighResponseTime": ("high_latency", 3.27),
    "HighCPUUsage": (None, "87.5%", {"name": "greenstack-parser"}),
    "HighRequestRate": (None, 1342.6),
    "RedisDown": ("node_down", 0, {"job": "redis", "instance": "redis-exporter:9121"}),
    "MQTTBrokerDown": ("node_down", 0, {"job": "mosquitto", "instance": "mosquitto-exporter:9234"}),
    "InfluxDBDown": ("node_down", 0, {"job": "influxdb", "instance": "influxdb:8086"}),
    "BackupAgeTooOld": (None, "2d 7h 14m 3s"),
    "SSLCertificateExpiringSoon": ("certificate_expiry", "21d 4h 12m 9s", {"domain": "greenstack.example.com"}),
    "NoIODDUploadsRecently": (None, 0),
    "HighParseFailureRate": (OUT, "uploaded IODD files failing to parse (a verdict on file content, not failing requests): not settled"),
    "SlowIODDParsing": (OUT, "p95 time to parse an uploaded IODD file (the parser's own work, not request latency): not settled"),
    "NoDeviceSearchesRecently": (None, 0),
    "SlowDatabaseQueries": ("high_latency", 1.84),
    "HighDatabaseConnections": (OUT, POOL_TEMPLATE),
    "HighRedisMemoryUsage": ("out_of_memory", "86.3%", {"job": "redis", "instance": "redis-exporter:9121"}),
    "HighNetworkTraffic": (None, "137.2M", {"name": "greenstack-mosquitto"}),
    "HighAuthenticationFailureRate": ("high_error_rate", 14.2),
    "UnauthorizedAccessAttempts": ("high_error_rate", 7.6),
    "SuspiciousFileUploadActivity": (None, 63.4),
    "MissingMetrics": ("node_down", 1, {"instance": ""}),
    "StaleTelemetryData": (None, "14m 32s", {"job": "influxdb", "instance": "influxdb:8086"}),
    "InconsistentBackupSize": (None, 0.43),
}, {"instance": "greenstack-api:8000", "job": "greenstack-api"}, {"name": "greenstack-api", "domain": "greenstack.example.com"})


# ---------------------------------------------------------------------------------------------
# Chrostowska/VibraOps: monitoring/prometheus/alert_rules.yml (an industrial vibration
# anomaly-detection service's own rules)
VIBRA = ("Chrostowska/VibraOps", "monitoring/prometheus/alert_rules.yml", "07e895762cf8fcdc4217702e9257b35194d2f740")
take(*VIBRA, {
    "APIDown": ("node_down", 0),
    "HighAnomalyRate": (None, 0.7333333333333333),
    "HighResponseTime": ("high_latency", 1.4216),
    "HighErrorRate": ("high_error_rate", "12.7%"),
    "HighMemoryUsage": (OUT, "memory above a fixed 1000 MB without a stated limit (rule 8)"),
}, {"instance": "vibraops-api:8000", "job": "vibraops-api"})


# ---------------------------------------------------------------------------------------------
# ErnestasD/gps_tracker: infra/prometheus/alerts.yml (the Orbetra GPS fleet-tracking platform's own
# rules: UDP ingest of vehicle trackers, Redis-stream pipeline, trips/geofences, SMS onboarding,
# billing, GDPR jobs, backups and availability)
ORB = ("ErnestasD/gps_tracker", "infra/prometheus/alerts.yml", "d4272efeda17c675eca534dc0822650283f3bbbf")
ORB_PERSIST = "failed persistence writes of the worker's own state, counted without a total (neither request errors nor a settled cause): not settled"
take(*ORB, {
    "StreamDepthHigh": ("queue_backlog", "53.21k"),
    "StreamDepthCritical": ("queue_backlog", "91.44k"),
    "PipelineLagHigh": ("queue_backlog", "41.2k"),
    "PipelineLagCritical": ("queue_backlog", "137.9k"),
    "ParseFailSpike": (OUT, "tracker frames failing CRC/structure checks (a verdict on received data, not failing requests): not settled"),
    "IngestSheddingDatagrams": (OUT, "ingest dropping datagrams at its own in-flight cap (load shedding; its Redis cause is the description's guess, rule 17): not settled"),
    "PipelinePendingEvicted": (None, "3", {"shard": "3"}),
    "AckLatencyHigh": ("high_latency", 318.5),
    "UnsupportedCodecSeen": (None, "0.05"),
    "DeadLetteredRows": (None, "0.01667", {"reason": "rejected_by_db"}),
    "AvlTableUnresolved": (None, 0.2, {"reason": "unknown_table"}),
    "SmsQuotaTripped": ("rate_limited", 14),
    "DeviceCreateThrottled": (OUT, "fires for three opposite reasons (a tenant's creation limit reached, the guard unavailable, a refund failed): not settled"),
    "PositionsDegraded": (None, "0.4333"),
    "BillingWebhookUnmatched": (None, 1, {"reason": "no_tenant"}),
    "BackpressureSustained": ("queue_backlog", 2),
    "WorkerJobFailing": (None, 3, {"job": "retention"}),
    "UsageSweepFailing": (None, 1),
    "StripeUnmappedPrice": (None, 2),
    "BillingTenantSuspended": (None, 1),
    "BillingLapsedTenantsServed": (None, 3),
    "EnginePersistErrors": (OUT, ORB_PERSIST),
    "NotificationsFailing": (None, "0.1833", {"channel": "telegram"}),
    "WebhooksFailing": (OUT, "failed webhook deliveries (queued jobs or requests, the rule does not say), counted without a total: not settled"),
    "TripPersistErrors": (OUT, ORB_PERSIST),
    "TripCloseMissed": (None, 4),
    "TripOdometerRejected": (None, 1),
    "GdprJobFailing": (None, 1, {"job": "gdpr_erase"}),
    "WalArchiveFailing": (None, 0.0667, {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "WalDirGrowing": (None, 0, {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "ExporterDown": ("node_down", 0, {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "EndpointDown": ("node_down", 0, {"job": "blackbox", "instance": "https://app.orbetra.example/health"}),
    "ApiErrorRate": ("high_error_rate", "7.31%"),
    "ApiLatencyHigh": ("high_latency", 2.84),
    "TargetDown": ("node_down", 0, {"job": "ingest", "instance": "ingest:9464"}),
    "DiskFillingUp": ("disk_full", "12.4%", {"job": "node", "instance": "10.0.0.4:9100"}),
    "DiskCritical": ("disk_full", "3.87%", {"job": "node", "instance": "10.0.0.4:9100"}),
    "CertExpiringSoon": ("certificate_expiry", 1012345.6, {"job": "blackbox-tls", "instance": "https://app.orbetra.example"}),
}, {"instance": "worker:9464", "job": "worker"},
    {"shard": "3", "reason": "rejected_by_db", "why": "limit", "engine": "geofence", "channel": "telegram",
     "route": "/v1/reports/trips"})


# ---------------------------------------------------------------------------------------------
# ELEKTROC/Trackyu-GPS: monitoring/prometheus/rules.yml (the TrackYu GPS vehicle-tracking
# platform's own rules, in French: services, host resources, API, GPS tracker pipeline, database,
# Redis and WebSocket alerts)
TRACKYU = ("ELEKTROC/Trackyu-GPS", "monitoring/prometheus/rules.yml", "bfb8c4924f09f95d5936e93d616261d7dda49337")
NODE_TY = {"job": "node", "instance": "10.0.2.8:9100"}
take(*TRACKYU, {
    "BackendDown": ("node_down", 0),
    "RedisDown": ("node_down", 0, {"job": "redis", "instance": "redis-exporter:9121"}),
    "PostgresDown": ("node_down", 0, {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "HighCpuUsage": (None, "91.3", NODE_TY),
    "CriticalCpuUsage": (None, "97.2", NODE_TY),
    "HighMemoryUsage": ("out_of_memory", "88.6", NODE_TY),
    "CriticalMemoryUsage": ("out_of_memory", "96.4", NODE_TY),
    "DiskSpaceLow": ("disk_full", "83.5", NODE_TY),
    "DiskSpaceCritical": ("disk_full", "92.7", NODE_TY),
    "HighErrorRate": ("high_error_rate", "7.8"),
    "CriticalErrorRate": ("high_error_rate", "18.2"),
    "HighLatency": ("high_latency", 2.61),
    "HighRequestsInFlight": (OUT, "more than 100 requests in flight, a fixed threshold without a stated limit (rule 7)"),
    "GpsNoData": (OUT, "no GPS tracker messages received for 10 minutes (trackers quiet or the TCP listener gone; not a liveness signal's absence): not settled"),
    "GpsHighErrorRate": (OUT, "GPS tracker messages failing to parse (a verdict on received data, not failing requests): not settled"),
    "GpsHighLatency": ("high_latency", 0.74),
    "PositionBufferBacklog": ("queue_backlog", 612),
    "GpsUnknownImeiSpike": (None, "14"),
    "SocketHighDisconnectRate": (OUT, "Socket.IO client disconnections per second (network or server, the rule does not say): not settled"),
    "DbPoolExhausted": ("connection_pool_exhaustion", 7, {"state": "waiting"}),
    "DbSlowQueries": ("high_latency", 1.37),
    "RedisHighMemory": ("out_of_memory", "84.2", {"job": "redis", "instance": "redis-exporter:9121"}),
    "RedisHighConnections": (OUT, "more than 100 Redis clients, a fixed threshold without a stated limit (rule 7)"),
    "NoWebSocketClients": (None, 0),
    "HighThrottleRate": (OUT, "the server's own throttling of push updates to WebSocket clients (messages held back, not requests refused): not settled"),
}, {"instance": "trackyu-backend:3001", "job": "trackyu-backend"})


# ---------------------------------------------------------------------------------------------
# suprachakra/AtlasMesh-Fleet-OS: monitoring/prometheus/alerts.yaml (an autonomous-vehicle fleet
# operating system's own rules: platform services, fleet operations, infrastructure, vehicle edge,
# security and compliance evidence)
ATLAS = ("suprachakra/AtlasMesh-Fleet-OS", "monitoring/prometheus/alerts.yaml", "3e6123c9c729dc9fbc25d9f50965dff2dae73d7f")
AUTH_FAIL = "authentication failures per second (attempts, no status code and no total): not settled"
VEHICLE = {"vehicle_id": "AM-TRK-0417"}
take(*ATLAS, {
    "ServiceDown": (OUT, "shares its name with a blind set's rule"),
    "HighErrorRate": ("high_error_rate", "6.2%"),
    "HighLatency": ("high_latency", 2.73),
    "FleetUtilizationLow": (None, 42.5),
    "EmergencyStopsHigh": (None, 7),
    "AssistRequestsHigh": (None, "0.2"),
    "TripAssignmentFailure": (None, "8.1%"),
    "DatabaseConnectionsHigh": ("connection_pool_exhaustion", "84.7%", {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "DatabaseReplicationLag": ("replication_lag", 47.3, {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "KafkaConsumerLag": ("queue_backlog", 18432, {"topic": "vehicle-telemetry"}),
    "KafkaDLQMessages": (None, 12.4, {"topic": "vehicle-telemetry.dlq"}),
    "RedisMemoryUsageHigh": ("out_of_memory", "93.2%", {"job": "redis", "instance": "redis-exporter:9121"}),
    "VehicleOffline": ("node_down", 84, VEHICLE),
    "ControlLoopLatencyHigh": (OUT, "a vehicle's control-loop latency (a control cycle, not request latency): not settled"),
    "SensorHealthLow": (None, 72, VEHICLE),
    "VehicleBatteryLow": (None, 17, VEHICLE),
    "FailedAuthenticationHigh": (OUT, AUTH_FAIL),
    "UnauthorizedAccessAttempt": (OUT, AUTH_FAIL),
    "CertificateExpiringSoon": ("certificate_expiry", 21.4, {"cert_name": "vehicle-gateway-mtls"}),
    "EvidenceQueueHigh": ("queue_backlog", 1342),
    "EvidenceUploadFailure": (OUT, "failed evidence uploads (queued jobs or requests, the rule does not say): not settled"),
    "ComplianceViolation": (None, 1),
}, {"instance": "fleet-manager:8080", "job": "fleet-manager", "service": "fleet-manager"},
    {"vehicle_id": "AM-TRK-0417", "topic": "vehicle-telemetry", "cert_name": "vehicle-gateway-mtls"})


# ---------------------------------------------------------------------------------------------
# Sugu-Inc/modern_onap_so: monitoring/prometheus/alerts.yaml (a rewrite of ONAP's Service
# Orchestrator, the telecom network-service orchestration component: its API, database, network
# service deployments, pods, capacity and SLOs)
ONAP = ("Sugu-Inc/modern_onap_so", "monitoring/prometheus/alerts.yaml", "0aa9a775119cd5a37e752960ab8ac2294aee1d22")
take(*ONAP, {
    "OrchestratorAPIDown": ("node_down", 0),
    "OrchestratorHighErrorRate": ("high_error_rate", "6.84%"),
    "OrchestratorDatabaseDown": ("node_down", 1),
    "OrchestratorDeploymentFailureSpike": (None, "0.1833"),
    "OrchestratorHighLatency": ("high_latency", "2.417s"),
    "OrchestratorHighMemoryUsage": ("out_of_memory", "89.3%"),
    "OrchestratorHighCPUUsage": (None, "91.2%"),
    "OrchestratorPodCrashLooping": ("crash_loop", "0.003333"),
    "OrchestratorDatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "93.8%"),
    "OrchestratorRateLimitExceeded": ("rate_limited", "2.4", {"client": "nso-adapter"}),
    "OrchestratorSlowDeployments": (OUT, "p95 duration of network-service deployments (the orchestrator's own work, not request latency): not settled"),
    "OrchestratorCacheMissRateHigh": (None, "61.2%"),
    "OrchestratorLowReplicas": (OUT, "fewer than two replicas available, worded as high availability compromised (redundancy below its target): not settled"),
    "OrchestratorPodNotReady": (OUT, "a pod not ready for 10 minutes (readiness, not said down or unreachable): not settled"),
    "OrchestratorNearingMaxReplicas": (None, "93.3%"),
    "OrchestratorHighDeploymentRate": (None, "11.2"),
    "OrchestratorSLOBreach": ("high_error_rate", "99.21%"),
    "OrchestratorLatencySLOBreach": ("high_latency", "3.82s"),
}, {"instance": "10.42.1.17:8080", "job": "orchestrator-api", "pod": "orchestrator-api-7d9f8b6c5-x2kqp", "namespace": "onap"},
    {"client": "nso-adapter"})


FILES.write("rulesets32g.jsonl")
