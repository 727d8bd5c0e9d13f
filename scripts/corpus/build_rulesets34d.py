"""rulesets34d.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
fourth helper; real-time communication, telephony, streaming and education platforms: a BigBlueButton
deployment at scale, broadcast-radio automation, a Telegram video-streaming service, an Asterisk AI voice
agent, a MediaMTX/SRS streaming lab, a university LMS, an adaptive-learning platform, an Open edX
deployment).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import BLIND2, OUT, RuleFiles, configmap_text  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# sattva2020/tg-video-stream: config/monitoring/rules/{critical,warning}.yml (a 24/7 Telegram TV
# streaming service: streamer, backend API, its database, Redis and the streams' own gauges)
TGV = ("sattva2020/tg-video-stream", "ee5d7a8faa2645e922e9c92dba48a426fcad5694")
TGV_BASE = {"instance": "backend:8000", "job": "backend"}
TGV_EXTRA = {"path": "/api/schedule", "container": "streamer", "query_type": "select", "channel_id": "tv-main"}


def tgv_series(name):
    if name == "StreamerDown":
        return {"instance": "streamer:9100", "job": "streamer"}
    if name in ("DiskSpaceCritical", "DiskSpaceWarning"):
        return {"instance": "node-exporter:9100", "job": "node", "mountpoint": "/", "device": "/dev/sda1", "fstype": "ext4"}
    if name in ("MemoryExhausted", "HighMemoryUsage"):
        return {"instance": "node-exporter:9100", "job": "node"}
    if name == "ContainerRestarting":
        return {"instance": "10.42.0.17:8080", "job": "kube-state-metrics", "namespace": "tg-video", "pod": "streamer-7d9c6b5f4-x2kqp",
                "container": "streamer"}
    return TGV_BASE


take(TGV[0], "config/monitoring/rules/critical.yml", TGV[1], {
    "StreamerDown": ("node_down", 0),
    "BackendDown": ("node_down", 0),
    "DatabaseDown": (OUT, "absent() of the application's connection-pool gauge, or zero active connections in it: neither the database's own liveness signal nor a measured outage; not settled"),
    "HighErrorRate": ("high_error_rate", 0.1843),
    "StreamStopped": (OUT, "a channel's stream status gauge at 0 (stopped by a failure or by an operator): neither a process nor a host; not settled"),
    "NoViewers": (None, 1),
    "DiskSpaceCritical": ("disk_full", 7.31),
    "MemoryExhausted": ("out_of_memory", 96.4),
}, tgv_series, TGV_EXTRA)
take(TGV[0], "config/monitoring/rules/warning.yml", TGV[1], {
    "HighLatency": ("high_latency", 1.72, {"path": "/api/schedule"}),
    "BufferUnderruns": (None, 0.23),
    "ConnectionPoolLow": ("connection_pool_exhaustion", 1, {"pool": "default"}),
    "FrequentReconnects": (None, 0.27),
    "ElevatedErrorRate": ("high_error_rate", 0.0712),
    "DiskSpaceWarning": ("disk_full", 16.8),
    "HighMemoryUsage": ("out_of_memory", 88.9),
    "ContainerRestarting": ("crash_loop", 5),
    "SlowDatabaseQueries": ("high_latency", 0.83, {"query_type": "select"}),
    "RedisConnectionIssues": (OUT, "no client connected to Redis (Redis itself answering the exporter): the application not connected, not settled"),
}, tgv_series, TGV_EXTRA)


# ---------------------------------------------------------------------------------------------
# Worteks/bbb-ansible: roles/prometheus/files/rules/*.yaml (Worteks' Ansible playbooks deploying
# BigBlueButton at scale: BBB nodes, Kurento, FreeSWITCH, Scalelite, coturn, a conference-streaming
# platform, PeerTube, certificates, a Pacemaker HA cluster, Kibana). The role's other rule files
# (alertmanager, blackbox, docker, elasticsearch, fail2ban, haproxy, jobs, mongodb, nginx, nodes,
# pgbouncer, postgres, prometheus, redis, thanos) are copies of awesome-prometheus-alerts and are
# not taken.
BBBA = ("Worteks/bbb-ansible", "b6aa4f774c4d8879e9ab21a6de2002cb5cc91934", "roles/prometheus/files/rules/")


def bbba(file, labels, base, extra=None):
    take(BBBA[0], BBBA[2] + file, BBBA[1], labels, base, extra)


BBB_NODE = {"instance": "bbb-03.visio.example.fr:9688", "job": "bigbluebutton"}
bbba("bigbluebutton.yaml", {
    "BigBlueButtonDown": ("node_down", 0),
    "BigBlueButtonnLatencyHigh": ("high_latency", 3.418),
    "BigBlueButtonNginxDown": ("node_down", 0),
    "BigBlueButtonFreeswitchDown": ("node_down", 0),
    "BigBlueButtonRedisDown": ("node_down", 0),
    "BigBlueButtonAppsAkkaDown": ("node_down", 0),
    "BigBlueButtonTranscodeAkkaDown": ("node_down", 0),
    "BigBlueButtonFeslAkkaDown": ("node_down", 0),
    "BigBlueButtonRed5Down": ("node_down", 0),
    "BigBlueButtonMongodbDown": ("node_down", 0),
    "BigBlueButtonHtml5Down": ("node_down", 0),
    "BigBlueButtonWebRtcDown": ("node_down", 0),
    "BigBlueButtonEtherPadDown": ("node_down", 0),
    "BigBlueButtonKurentoDown": ("node_down", 0),
    "BigBlueButtonWebDown": ("node_down", 0),
    "BigBlueButtonServicesStale": (None, 612),
}, BBB_NODE)
bbba("bbbcsp.yaml", {
    "BigBlueButtonConferencesStreamingPlatformDown": ("node_down", 1, {"instance": ""}),
}, {"prometheus_service_group": "bbbcsp"})
bbba("freeswitch.yaml", {
    "FreeSwitchDown": ("node_down", 0),
    "FreeSwitchSessionsWarning": ("connection_pool_exhaustion", 84.37),
    "FreeSwitchSessionsCritical": ("connection_pool_exhaustion", 96.1),
}, {"instance": "bbb-03.visio.example.fr:9282", "job": "freeswitch"})
bbba("kurento.yaml", {
    "KurentoMediaServerDown": ("node_down", 0),
    "KurentoMediaServerUnavailable": (OUT, "seconds since the exporter's last Kurento scrape, named unavailable: name and measurement disagree (rule 8), not settled"),
}, {"instance": "bbb-03.visio.example.fr:9700", "job": "kurento"})
bbba("scalelite.yaml", {
    "ScaleliteRecordingsImporterDown": ("node_down", 0, {"instance": ""}),
    "ScaleliteRecordingsQueued": ("queue_backlog", 3),
    "ScaleliteRecordingsStale": (None, 547),
}, {"instance": "scalelite.visio.example.fr:9688", "job": "scalelite"})
bbba("turn.yaml", {
    "TurnNotRunning": ("node_down", 1),
}, {"instance": "turn-01.visio.example.fr:9558", "job": "systemd", "name": "coturn.service", "state": "failed"})
bbba("peertube.yaml", {
    "PeerTubeDown": (None, 1, {"instance": ""}),
}, {})
bbba("certificates.yaml", {
    "CertificateNotRunning": (None, "1.7178048e+09", {"path": ""}),
    "LetsEncryptCertificateExpiresSoon": ("certificate_expiry", "1.9872e+06"),
    "LetsEncryptCertificateExpiresVerySoon": ("certificate_expiry", "8.64e+05"),
    "CertificateExpiresSoon": ("certificate_expiry", "1.296e+07",
                               {"path": "/etc/ssl/private/ldap.visio.example.fr.crt"}),
    "CertificateExpiresVerySoon": ("certificate_expiry", "1.44e+05",
                                   {"path": "/etc/ssl/private/ldap.visio.example.fr.crt"}),
}, {"instance": "scalelite.visio.example.fr:9100", "job": "node",
    "path": "/etc/letsencrypt/live/visio.example.fr/cert.pem"})
PCM_UNIT = {"instance": "lb-01.visio.example.fr:9100", "job": "node", "state": "active", "type": "notify"}
PCM_CLUSTER = {"instance": "lb-01.visio.example.fr:9664", "job": "ha-cluster", "pcm_cluster": "visio-lb"}
bbba("pacemaker.yaml", {
    "PaceMakerFailedResources": (OUT, "a Pacemaker resource in the failed state on a node (one failure of a managed service, not a stopped one and not a loop): not settled"),
    "PaceMakerMigrationThresholdExceeded": ("crash_loop", 1),
    "PaceMakerServiceDown": ("node_down", 0, dict(PCM_UNIT, name="pacemaker.service")),
    "PaceMakerCorosyncServiceDown": ("node_down", 0, dict(PCM_UNIT, name="corosync.service")),
    "PaceMakerSbdServiceDown": ("node_down", 0, dict(PCM_UNIT, name="sbd.service")),
    "PaceMakerHawkServiceDown": ("node_down", 0, dict(PCM_UNIT, name="hawk.service")),
    "PaceMakerHawkBackendServiceDown": ("node_down", 0, dict(PCM_UNIT, name="hawk-backend.service")),
    "PaceMakerExporterServiceDown": ("node_down", 0, dict(PCM_UNIT, name="ha-cluster-exporter.service")),
    "PaceMakerLocationConstraints": (None, -1),
}, lambda name: PCM_UNIT if name.endswith("ServiceDown") else PCM_CLUSTER,
    {"resource": "vip-scalelite", "node": "lb-01", "resources": "vip-scalelite"})
bbba("kibana.yaml", {
    "KibanaDown": (OUT, "kibana_status other than 1 (Kibana's overall status, degraded or unavailable), named down: an application's status, not settled (rule 9)"),
    "KibanaESPlugin": (None, 0),
    "KibanaDiscoverPlugin": (None, 0),
    "KibanaRestarting": (None, 84211),
}, {"instance": "logs-01.visio.example.fr:9684", "job": "kibana"})


# ---------------------------------------------------------------------------------------------
# friendsincode/grimnir_radio: deploy/prometheus/alerts.yml (Grimnir Radio, a broadcast
# automation and streaming platform: media engine, playout mounts, scheduler, executors, live DJ
# sessions, webstream relays, its API and database)
GRIM_BASE = {"instance": "grimnir-api:9000", "job": "grimnir", "station_id": "kxyz", "mount_id": "main-mp3",
             "executor_id": "exec-kxyz-1"}
GRIM_EXTRA = {"reason": "decoder_error", "error_type": "no_playable_item", "webstream_id": "relay-bbc-ws",
              "method": "GET", "endpoint": "/api/v1/stations/{id}/schedule", "operation": "load_track",
              "table": "schedule_entries"}
take("friendsincode/grimnir_radio", "deploy/prometheus/alerts.yml", "4b8b2c5f34e6d86a619ab89a30840d01b130070e", {
    "MediaEngineDown": (OUT, "an executor's gRPC connection status to the media engine at 0 (a connection state, not the engine's liveness): not settled"),
    "MediaEnginePipelineRestartLoop": ("crash_loop", 0.2, {"reason": "decoder_error"}),
    "PlayoutUnderrunHigh": (None, 0.083),
    "PlayoutBufferLow": (None, 480),
    "PlayoutMountDark": (OUT, "a mount with no producer pipeline past its grace window (the station off air, for a reason not measured): not settled"),
    "ScheduleGap": (None, 0),
    "SchedulerErrors": (None, 0.033, {"error_type": "no_playable_item"}),
    "ExecutorStuck": (None, 3),
    "LiveSessionStuck": (None, 1),
    "WebstreamUnhealthy": ("node_down", 0, {"webstream_id": "relay-bbc-ws"}),
    "WebstreamFailoverLoop": (None, 0.083, {"webstream_id": "relay-bbc-ws"}),
    "APIHighLatency": ("high_latency", 2.84, {"method": "GET", "endpoint": "/api/v1/stations/{id}/schedule"}),
    "APIHighErrorRate": ("high_error_rate", "7.31%"),
    "MediaEngineOperationFailureHigh": ("high_error_rate", "14.2%"),
    "MediaEngineSlowOperations": ("high_latency", 1.37, {"operation": "load_track"}),
    "DatabaseSlowQueries": ("high_latency", 1.12, {"operation": "select", "table": "schedule_entries"}),
    "DatabaseErrorRate": ("high_error_rate", 0.05, {"operation": "insert", "error_type": "deadline_exceeded"}),
    "APIConnectionsHigh": (OUT, "a fixed threshold on active API connections with no stated limit (rule 7)"),
    "WebSocketConnectionsHigh": (OUT, "a fixed threshold on WebSocket connections with no stated limit (rule 7)"),
    "DatabaseConnectionsHigh": (OUT, "a fixed threshold (80) on active database connections with no stated limit; the pool exhaustion it names is not measured (rule 7)"),
    "AudioSilence": (None, 1),
    "AudioLevelLow": (None, 1),
    "AudioLoudnessOutOfRange": (None, -25.4),
}, GRIM_BASE, GRIM_EXTRA)


# ---------------------------------------------------------------------------------------------
# PrathamModi001/lms-obs: prometheus/alerts_comprehensive.yml (the observability stack of IIT
# Kanpur C3iHub's learning-management system, lms.c3ihub.iitk.ac.in: its Node.js backend, MongoDB,
# Redis, auth, uploads, e-mail). The repository's prometheus/alerts.yml holds five earlier rules
# whose names this file reuses and is not taken.
LMS_BASE = {"instance": "lms-backend-1:9464", "job": "lms-backend", "environment": "production"}
take("PrathamModi001/lms-obs", "prometheus/alerts_comprehensive.yml", "7836d4681fa55ea5ab934aa833d56692a282661b", {
    "BackendDown": ("node_down", 0),
    "PrometheusDown": ("node_down", 0, {"instance": "localhost:9090", "job": "prometheus"}),
    "HighCPUUsage": (None, 24.3),
    "CriticalCPUUsage": (None, 6.8),
    "HighMemoryUsage": (OUT, "a fixed threshold (700 MB) on the process's resident memory with no stated limit (rule 8)"),
    "CriticalMemoryUsage": (OUT, "a fixed threshold (900 MB) on the process's resident memory with no stated limit; the OOM risk it names is a guess (rules 8 and 17)"),
    "HighHeapUsage": ("out_of_memory", "91.3"),
    "HighFileDescriptors": (OUT, "a fixed threshold (1000) on open file descriptors with no stated limit (rule 8)"),
    "HighEventLoopLag": (OUT, "Node.js event-loop lag (the process's own scheduling delay, neither a request's latency nor work in a queue): not settled"),
    "CriticalErrorRate": ("high_error_rate", "27.45"),
    "CriticalResponseTime": ("high_latency", "6214"),
    "SlowAPIEndpoint": ("high_latency", "2480", {"http_route": "/api/v1/courses/:id/progress", "http_method": "GET"}),
    "High4xxErrorRate": ("high_error_rate", "31.62"),
    "High4xxErrorRatePerEndpoint": ("high_error_rate", "63.4", {"http_route": "/api/v1/assignments/:id/submit",
                                                              "http_method": "POST", "http_status_code": "422"}),
    "MongoDBPoolExhausted": ("connection_pool_exhaustion", 3),
    "MongoDBPoolLow": ("connection_pool_exhaustion", 8),
    "MongoDBSlowOperations": ("high_latency", "1.47", {"operation": "find"}),
    "MongoDBOperationErrors": ("high_error_rate", "0.23"),
    "RedisOperationErrors": ("high_error_rate", "0.18"),
    "LowRedisCacheHitRate": (None, "38.2"),
    "AuthenticationFailureSpike": ("high_error_rate", "2.35"),
    "FileUploadErrors": ("high_error_rate", "0.14"),
    "EmailSendingFailures": (OUT, "failed e-mail sends (the backend's own sending jobs, SMTP answer not quoted): not settled (rule 10)"),
}, LMS_BASE, {"http_route": "/api/v1/courses/:id/progress", "http_method": "GET", "http_status_code": "401",
              "operation": "find"})


# ---------------------------------------------------------------------------------------------
# nikhilsood007/streaming-lab: config-alerts.yml (a live-streaming ingest lab: MediaMTX and SRS
# streaming servers, FFmpeg publishers scheduled by Node-RED, Prometheus)
take("nikhilsood007/streaming-lab", "config-alerts.yml", "f56141fd9dc9847807ca5a1522705cde1efdc688", {
    "MediaMTXNoActivePublishers": (None, 0),
    "MediaMTXHighReaderCount": (OUT, "a fixed threshold (100) on readers connected to MediaMTX with no stated limit (rule 7)"),
    "MediaMTXServerDown": ("node_down", 0),
    "SRSNoActiveStreams": (None, 0, {"instance": "srs:9972", "job": "srs"}),
    "SRSServerDown": ("node_down", 0, {"instance": "srs:9972", "job": "srs"}),
    "PrometheusDown": ("node_down", 0, {"instance": "localhost:9090", "job": "prometheus"}),
    "HighMemoryUsage": ("out_of_memory", 86.2, {"instance": "node-exporter:9100", "job": "node"}),
    "StreamingLabTestAlert": ("node_down", 1, {"job": "srs", "instance": ""}),
}, {"instance": "mediamtx:9998", "job": "mediamtx"})


# ---------------------------------------------------------------------------------------------
# hkjarral/AVA-AI-Voice-Agent-for-Asterisk: monitoring/alerts/ai-engine.yml (the Asterisk AI
# voice agent's own rules: turn latency, AudioSocket streaming, barge-in, VAD, providers). The
# file was removed from the repository (the project now asks users to bring their own
# Prometheus); it is taken at the last commit that holds it.
take("hkjarral/AVA-AI-Voice-Agent-for-Asterisk", "monitoring/alerts/ai-engine.yml", "38df1599a888fa8f3fd03dade0fa4ad58cbb317d", {
    "HighTurnResponseLatency": ("high_latency", "2.731s"),
    "CriticalTurnResponseLatency": ("high_latency", "5.42s"),
    "SlowSTTtoTTS": ("high_latency", "1.87s", {"provider": "deepgram"}),
    "HighUnderflowRate": (None, "7.4"),
    "FrequentStreamingFallbacks": (None, "0.8"),
    "LowJitterBufferDepth": (None, 1),
    "CodecMismatch": (None, 0, {"provider": "openai_realtime"}),
    "NoAudioSocketConnections": (OUT, "zero active AudioSocket connections for a minute (no calls, or Asterisk not connecting): not settled"),
    "AudioSocketConnectionSpike": (None, "12.5"),
    "SlowBargeInReaction": (OUT, "the agent's own barge-in reaction time (an internal processing delay, not a request's latency): not settled"),
    "HighBargeInRate": (None, "3.6"),
    "LowVADConfidence": (None, "0.31"),
    "VADAdaptiveThresholdAnomaly": (None, 6240),
    "HealthEndpointDown": ("node_down", 0),
    "HighMemoryUsage": (OUT, "a fixed threshold (2e9 bytes) on the process's resident memory with no stated limit (rule 8)"),
    "DeepgramHighACKLatency": ("high_latency", 742, {"provider": "deepgram"}),
    "OpenAISampleRateMismatch": (None, 8000, {"provider": "openai_realtime", "assumed": "24000"}),
}, {"instance": "ai_engine:15000", "job": "ai-engine", "call_id": "1718893044.117"},
    {"provider": "deepgram", "assumed": "24000"})


# ---------------------------------------------------------------------------------------------
# mugisham37/DriveMaster: infrastructure/monitoring/prometheus/alerting-rules.yaml (an adaptive
# learning platform for driving-theory students: auth, user, content, scheduler, ML, event,
# notification and fraud services). The file is a ConfigMap whose `adaptive-learning-alerts.yml`
# key holds the rules; the builder reads that key. The Kafka, Redis-cluster, Kong and performance
# files of the repository are separate stacks and are not taken.
DM = ("mugisham37/DriveMaster", "4a7b24c7cd837e65288e2a575182423529aaceb2",
      "infrastructure/monitoring/prometheus/alerting-rules.yaml")


DM_POD = {"namespace": "adaptive-learning", "job": "kubernetes-pods"}


def dm_pod(service, pod):
    return dict(DM_POD, instance=f"10.42.3.{18 + len(service) % 7}:8080", job=service, pod=pod, container=service)


def dm_series(name):
    if name == "HighDiskUsage":
        return {"instance": "10.0.3.21:9100", "job": "node-exporter", "mountpoint": "/", "fstype": "ext4", "device": "/dev/nvme0n1p1"}
    if name == "NodeNotReady":
        return {"instance": "10.42.0.9:8080", "job": "kube-state-metrics", "node": "ip-10-0-3-21.ec2.internal",
                "condition": "Ready", "status": "true"}
    if name == "PersistentVolumeUsageHigh":
        return {"instance": "10.0.3.21:10250", "job": "kubelet", "namespace": "adaptive-learning",
                "persistentvolumeclaim": "postgres-data-postgres-0"}
    if name == "KafkaConsumerLag":
        return {"instance": "kafka-exporter:9308", "job": "kafka-exporter", "consumergroup": "scheduler-service",
                "topic": "learning-events"}
    if name == "DatabaseConnectionHigh":
        return dm_pod("user-service", "user-service-5b8c7d6f9-m4xqz")
    if name == "RedisConnectionHigh":
        return {"instance": "redis-exporter:9121", "job": "redis"}
    if name == "PodRestartingTooOften":
        return {"instance": "10.42.0.9:8080", "job": "kube-state-metrics", "namespace": "adaptive-learning",
                "pod": "ml-service-7c9f8b6d5-t7wkp", "container": "ml-service"}
    if name == "SchedulerSlowResponse":
        return dm_pod("scheduler-service", "scheduler-service-84b6c9d7f-2lz9r")
    if name == "AuthenticationFailureRate":
        return dm_pod("auth-service", "auth-service-6d5f7c8b9-hw3jn")
    if name in ("HighFraudDetectionRate",):
        return dm_pod("fraud-service", "fraud-service-59c8d7b6f-vb8qs")
    if name.startswith("ML"):
        return dm_pod("ml-service", "ml-service-7c9f8b6d5-t7wkp")
    if name in ("LowUserEngagement", "HighUserChurnRate", "LowContentEngagement"):
        return dm_pod("event-service", "event-service-6b7c5d9f8-pq4xr")
    return dm_pod("content-service", "content-service-6f7d8c9b5-kq2vn")


take(DM[0], DM[2], DM[1], {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", "8.21%"),
    "HighResponseTime": ("high_latency", 1.84),
    "CriticalResponseTime": ("high_latency", 6.3),
    "DatabaseConnectionHigh": ("connection_pool_exhaustion", "86.2%"),
    "RedisConnectionHigh": ("connection_pool_exhaustion", "83.5%"),
    "HighMemoryUsage": ("out_of_memory", "93.1%"),
    "HighCPUUsage": (None, "95.2%"),
    "HighDiskUsage": ("disk_full", "88.4%"),
    "KafkaConsumerLag": ("queue_backlog", 4821),
    "MLModelPredictionFailure": (OUT, "prediction errors per second of the ML service's model (model failures, neither requests' answers nor a settled cause): not settled"),
    "SchedulerSlowResponse": ("high_latency", 0.42),
    "AuthenticationFailureRate": ("high_error_rate", "13.7%"),
    "HighFraudDetectionRate": (None, 0.17),
    "PodRestartingTooOften": (None, 0.0011),
    "NodeNotReady": ("node_down", 0),
    "PersistentVolumeUsageHigh": ("disk_full", "89.7%"),
    "LowUserEngagement": (None, 0.0021),
    "HighUserChurnRate": (None, "24.6%"),
    "LowContentEngagement": (None, 0.035),
    "MLModelAccuracyDrop": (None, "76.4%", {"model": "difficulty-estimator"}),
}, dm_series,
    {"node": "ip-10-0-3-21.ec2.internal", "persistentvolumeclaim": "postgres-data-postgres-0"},
    text=configmap_text(*DM, "adaptive-learning-alerts.yml"))


# ---------------------------------------------------------------------------------------------
# AL-Cybision/OpenEdX-K8s-Assessment-AWS-EKS: configs/observability/openedx-prometheusrule.yaml
# (an Open edX (Tutor) deployment on EKS: its LMS/CMS deployments and their autoscalers)
OEDX_BASE = {"namespace": "openedx-prod", "job": "kube-state-metrics", "instance": "10.0.42.7:8080"}
take("AL-Cybision/OpenEdX-K8s-Assessment-AWS-EKS", "configs/observability/openedx-prometheusrule.yaml",
     "f788bc491e6501294260ada0333f92d957308859", {
         "OpenedxDeploymentReplicasMismatch": ("node_down", 1, {"deployment": "lms"}),
         "OpenedxHpaAtMaxReplicas": (None, 6, {"horizontalpodautoscaler": "lms-hpa"}),
         "OpenedxPodsNotReady": ("node_down", 2),
     }, OEDX_BASE, {"deployment": "lms", "horizontalpodautoscaler": "lms-hpa"})


FILES.write("rulesets34d.jsonl")
