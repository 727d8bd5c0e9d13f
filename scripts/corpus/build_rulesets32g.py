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


FILES.write("rulesets32g.jsonl")
