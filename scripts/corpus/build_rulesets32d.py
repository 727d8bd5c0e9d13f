"""rulesets32d.jsonl: whole alerting-rule files of public projects no corpus used before (session 32,
fourth helper; media servers, video transcoding, game servers and game back ends, e-commerce shops).

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

TICK = "a game server's tick time or ticks per second (simulation speed), neither request latency nor a settled resource: not settled"
PAYMENT = "payment failures over payment attempts (card declines or failed calls to the provider, unsaid): not settled"
DB_CONN_ERR = "database connection failures counted (refused, timed out or refused credentials, unsaid): not settled"


# ---------------------------------------------------------------------------------------------
# Morlock52/newmedia: monitoring/prometheus/rules/media-server-alerts.yml (a Jellyfin/Plex/Arr
# media-server stack's own rules)
NEWMEDIA = ("Morlock52/newmedia", "monitoring/prometheus/rules/media-server-alerts.yml", "6187afffac1146494564ba39c1d5481f725abdcd")
take(*NEWMEDIA, {
    "InstanceDown": ("node_down", 0),
    "HighCPUUsage": (None, 87.34),
    "CriticalCPUUsage": (None, 96.81),
    "HighMemoryUsage": ("out_of_memory", 88.62),
    "DiskSpaceRunningOut": ("disk_full", 87.19),
    "CriticalDiskSpace": ("disk_full", 96.05),
    "MediaServerDown": ("node_down", 0, {"job": "jellyfin", "instance": "jellyfin:8096"}),
    "HighTranscodingLoad": (None, 4, {"server": "jellyfin"}),
    "CriticalTranscodingLoad": (None, 7, {"server": "jellyfin"}),
    "NoStreamingActivity": (None, 0, {"server": "jellyfin"}),
    "DownloadClientDown": ("node_down", 0, {"job": "qbittorrent", "instance": "qbittorrent:8080"}),
    "SlowDownloadSpeed": (None, "3.412", {"client": "qbittorrent"}),
    "DownloadQueueStuck": ("queue_backlog", 23, {"client": "sabnzbd"}),
    "ArrServiceDown": ("node_down", 0, {"job": "sonarr", "instance": "sonarr:8989"}),
    "LargeDownloadQueue": ("queue_backlog", 64, {"client": "sonarr"}),
    "HighContainerCPU": (None, 91.7),
    "HighContainerMemory": ("out_of_memory", 93.42),
    "HighTemperature": (None, 83),
    "CriticalTemperature": (None, 92),
    "HighNetworkLatency": (None, 0.1372, {"instance": "1.1.1.1", "job": "blackbox-icmp"}),
    "ServiceProbeFailure": ("node_down", 0, {"instance": "https://jellyfin.media.lan", "job": "blackbox-http"}),
    "SSLCertificateExpiring": ("certificate_expiry", 21.43, {"instance": "https://jellyfin.media.lan", "job": "blackbox-http"}),
    "HighLibraryGrowthRate": (None, 132.7),
    "HighDiskIOSaturation": (None, 0.91),
    "LowInternetSpeed": (None, 38.6),
    "HighInternetLatency": (None, 142),
}, {"instance": "media-01:9100", "job": "node-exporter"},
    {"mountpoint": "/mnt/media", "server": "jellyfin", "client": "sonarr", "container": "jellyfin",
     "service": "jellyfin", "sensor": "coretemp_package_id_0", "type": "movies", "device": "sda"})


# ---------------------------------------------------------------------------------------------
# pilarsen97/mohist-1-20-1: deploy/prometheus/alerts.yml (a modded Minecraft server's own rules,
# in Russian)
MOHIST = ("pilarsen97/mohist-1-20-1", "deploy/prometheus/alerts.yml", "ac3140db8d01df5c9117a361dc694202d3c5e882")
take(*MOHIST, {
    "MinecraftServerDown": ("node_down", 0),
    "MinecraftDiskSpaceCritical": ("disk_full", 96.3),
    "MinecraftMemoryCritical": ("out_of_memory", "9627%"),
    "MinecraftLowTPS": (OUT, TICK),
    "MinecraftDiskSpaceWarning": ("disk_full", 87.4),
    "MinecraftMemoryHigh": ("out_of_memory", "8912%"),
    "MinecraftBackupOld": (None, "1d 2h 13m 5s"),
    "MinecraftHighPlayerCount": (OUT, "its description calls an undefined template function (`{{ minecraft_players_max }}`), so the alert cannot be rendered as Prometheus would send it"),
    "MinecraftDegradedTPS": (OUT, TICK),
    "MinecraftLargeWorldSize": (None, "10.42Gi"),
    "MinecraftHighEntityCount": (None, 5873),
    "MinecraftNoRecentBackup": (None, "2d 3h 4m 10s"),
    "MinecraftSmallBackup": (None, "87.31Mi"),
    "MinecraftRecentRestart": (None, "2m 41s"),
    "MinecraftLongUptime": (None, "7d 3h 12m 0s"),
}, {"instance": "mcserver-201:9225", "job": "minecraft"})


# ---------------------------------------------------------------------------------------------
# psantana5/ffmpeg-rtmp: docs/prometheus/ffmpeg-rtmp-alerts.yml (a distributed FFmpeg
# transcoding/RTMP platform's own production rules)
FFMPEG = ("psantana5/ffmpeg-rtmp", "docs/prometheus/ffmpeg-rtmp-alerts.yml", "913e7d8e44e9bfd76654c2ebb6154896f04829f4")
WORKER = {"instance": "ffmpeg-worker-03:9091", "job": "ffmpeg-worker"}
take(*FFMPEG, {
    "FFmpegMasterNodeDown": ("node_down", 0),
    "FFmpegAllWorkersDown": ("node_down", 0),
    "FFmpegCriticalFailureRate": (None, "63.42", {"_query": ["19.2"]}),
    "FFmpegQueueCritical": ("queue_backlog", 2347),
    "FFmpegMasterDiskCritical": ("disk_full", "3.817"),
    "FFmpegWorkerNodeDown": ("node_down", 0, WORKER),
    "FFmpegHighFailureRate": (None, "14.6", {"_query": ["23.4", "137.1"]}),
    "FFmpegQueueWarning": ("queue_backlog", 612, {"_query": ["88"]}),
    "FFmpegWorkerCapacityHigh": (OUT, "a worker's busy job slots over its concurrency setting (capacity use, nothing refused or waiting): not settled"),
    "FFmpegHighJobLatency": ("queue_backlog", "7m 12s", {"_query": ["734", "3", "12"]}),
    "FFmpegWorkerDiskWarning": ("disk_full", "14.27", dict(WORKER, _query=["6.904GiB"])),
    "FFmpegMasterDiskWarning": ("disk_full", "11.38", {"_query": ["11.21GiB"]}),
    "FFmpegSlowJobExecution": (OUT, "p95 transcoding job execution time against last week's: the system's own task duration, not request latency; not settled"),
    "FFmpegLowWorkerUtilization": (None, "14.2%", WORKER),
}, {"instance": "ffmpeg-master-01:9090", "job": "ffmpeg-master"})


# ---------------------------------------------------------------------------------------------
# Aycrith/DarkAges: infra/monitoring/alerts.yml (an MMO game server's own rules: zones, Redis,
# ScyllaDB)
DARKAGES = ("Aycrith/DarkAges", "infra/monitoring/alerts.yml", "6b02cc1d8f878dacf4365476fdfc8ca78faaacfa")
PLAYERS = "players in a zone against its 400-player limit (player slots, neither connections of a pool nor a resource): not settled"
take(*DARKAGES, {
    "ZoneOffline": ("node_down", 0),
    "DDoSDetected": (OUT, "connections blocked per second by the zone's own DDoS filter (a suspected attack, not throttled requests): not settled"),
    "RedisDown": ("node_down", 0, {"instance": "redis:6379", "job": "redis"}),
    "ScyllaDown": ("node_down", 0, {"instance": "scylla-1:9180", "job": "scylla"}),
    "CriticalTickTime": (OUT, TICK),
    "HighTickTime": (OUT, TICK),
    "LowSimulationRate": (OUT, TICK),
    "HighMemoryUsage": ("out_of_memory", "87.4%"),
    "CriticalMemoryUsage": ("out_of_memory", "96.2%"),
    "MigrationFailures": (None, "0.083"),
    "HighPlayerCount": (OUT, PLAYERS),
    "CriticalPlayerCount": (OUT, PLAYERS),
    "HighNetworkLatency": (None, 137),
    "HighPacketLoss": (None, "2.3%"),
    "RedisHighMemory": ("out_of_memory", "88.1%", {"instance": "redis:6379", "job": "redis"}),
    "ScyllaHighLatency": ("high_latency", 142, {"instance": "scylla-1:9180", "job": "scylla"}),
    "QoSDegradationActive": (OUT, "the zone switched on its own QoS degradation measures (a self-protection mode): not settled"),
    "AuraSyncLag": (OUT, "'aura projection sync lag' (cross-zone entity projection, replication or processing delay, unsaid): not settled"),
}, {"instance": "zone-2:8081", "job": "zone-2", "zone_id": "2", "zone_name": "Eastern Marches"})


# ---------------------------------------------------------------------------------------------
# denizsari/cardiolive: monitoring/prometheus/alerts/application.yml (an e-commerce shop's own
# rules: API, MongoDB, hosts, orders and payments)
CARDIOLIVE = ("denizsari/cardiolive", "monitoring/prometheus/alerts/application.yml", "dc41d2237b4e4c1c02f6429cbcc86c53b0acd16e")
NODE = {"instance": "node-exporter:9100", "job": "node"}
take(*CARDIOLIVE, {
    "HighErrorRate": ("high_error_rate", 7.31),
    "HighResponseTime": ("high_latency", 1.84),
    "LowCacheHitRate": (None, 62.4),
    "HighMemoryUsage": (OUT, "process memory above a fixed 500MB without a stated limit (rule 8)"),
    "HighDatabaseConnections": (OUT, "active database connections above a fixed 80 without a stated limit (rule 7)"),
    "SlowDatabaseQueries": ("high_latency", 0.83),
    "DatabaseConnectionFailures": (OUT, DB_CONN_ERR),
    "ServiceDown": (OUT, BLIND2),
    "HighCPUUsage": (None, 86.2, NODE),
    "HighDiskUsage": ("disk_full", 88.7, NODE),
    "LowDiskSpace": ("disk_full", 7.4, NODE),
    "LowOrderRate": (None, 0.042),
    "HighCartAbandonmentRate": (None, 84.3),
    "HighPaymentFailureRate": (OUT, PAYMENT),
}, {"instance": "backend:5000", "job": "cardiolive-backend"})


# ---------------------------------------------------------------------------------------------
# synaptent/RingRift: monitoring/prometheus/alerts.yml (an online board game's own rules: web and
# WebSocket server, AI service, self-play cluster, rules parity, staging SLOs; its first 60
# alertnames)
RINGRIFT = ("synaptent/RingRift", "monitoring/prometheus/alerts.yml", "2aa9f89b5d64193fd3252366b362acdc3331ddb8")
FALLBACK = "AI requests answered by the local fallback heuristics (reasons mixed: timeout, refused, overloaded): not settled"
DEGRADED = "the service's own degradation level (a mode it reports, not a measurement): not settled"
take(*RINGRIFT, {
    "DatabaseDown": ("node_down", 0),
    "RedisDown": ("node_down", 0),
    "AIServiceDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", "6.82%"),
    "ElevatedErrorRate": ("high_error_rate", "1.73%"),
    "NoHTTPTraffic": (None, 0),
    "HighP99Latency": ("high_latency", "2.61s"),
    "HighP99LatencyCritical": ("high_latency", "5.83s"),
    "HighP95Latency": ("high_latency", "1.27s"),
    "HighMedianLatency": ("high_latency", "612ms"),
    "HighGameMoveLatency": ("high_latency", 1.43),
    "HighMemoryUsage": (OUT, "process resident memory above a fixed 1.5GB without a stated limit (rule 8)"),
    "HighMemoryUsageCritical": (OUT, "process resident memory above a fixed 2GB without a stated limit (rule 8; 'OOM kill is imminent' is a guess, rule 17)"),
    "HighEventLoopLag": (OUT, "Node.js event-loop lag (main thread blocked), not request latency: not settled"),
    "HighEventLoopLagCritical": (OUT, "Node.js event-loop lag (main thread blocked), not request latency: not settled"),
    "HighActiveHandles": (OUT, "active Node.js handles above a fixed 10,000 without a stated limit (rule 8)"),
    "ClusterNodeHighMemory": ("out_of_memory", "87.3"),
    "ClusterNodeCriticalMemory": ("out_of_memory", "96.4"),
    "ClusterNodeHighDisk": ("disk_full", "91.7"),
    "ClusterNodeHighGPUMemory": ("out_of_memory", "93.8"),
    "NoActiveGames": (None, 0),
    "NoWebSocketConnections": (None, 0),
    "HighWebSocketConnections": (OUT, "WebSocket connections above a fixed 1000 without a stated limit (rule 7)"),
    "LongRunningGames": (None, 4213),
    "SelfplayHighDrawRate": (None, "57.3%"),
    "SelfplayLowThroughput": (None, "6.4"),
    "SelfplayUnbalancedWinRate": (None, 2.41),
    "AIFallbackRateHigh": (OUT, FALLBACK),
    "AIFallbackRateCritical": (OUT, FALLBACK),
    "AIRequestHighLatency": ("high_latency", "6.2s"),
    "AIErrorsIncreasing": ("high_error_rate", 0.23),
    "ClusterEloDivergence": (None, "137"),
    "ClusterEloSourceUnreachable": ("node_down", 0),
    "ServiceDegraded": (OUT, DEGRADED),
    "ServiceMinimalMode": (OUT, DEGRADED),
    "ServiceOffline": (OUT, DEGRADED),
    "HighRateLimitHits": ("rate_limited", 3.7),
    "SustainedRateLimiting": ("rate_limited", 14.2),
    "RulesParityValidationMismatch": (None, 8),
    "RulesParityHashMismatch": (None, 7),
    "RulesParityGameStatusMismatch": (None, 1),
    "PythonInvariantViolations": (None, 2),
    "OrchestratorCircuitBreakerOpen": (OUT, "the orchestrator's circuit breaker open: not settled by POLICY"),
    "OrchestratorErrorRateWarning": (OUT, "the orchestrator's own error-rate gauge (errors of what, moves or calls, not said): not settled"),
    "OrchestratorInvariantViolationsStaging": (None, 1),
    "OrchestratorInvariantViolationsProduction": (None, 1),
    "DatabaseResponseTimeSlow": ("high_latency", "734ms"),
    "RedisResponseTimeSlow": ("high_latency", "182ms"),
    "WebSocketReconnectionTimeouts": (None, 0.083),
    "AbnormalGameSessionTerminationSpike": (None, 0.047),
    "GameSessionStatusSkew": (None, 0),
    "StagingHighLatency": ("high_latency", "612ms", {"environment": "staging"}),
    "StagingCriticalLatency": ("high_latency", "1.14s", {"environment": "staging"}),
    "StagingHighErrorRate": ("high_error_rate", "1.42%", {"environment": "staging"}),
    "StagingElevatedErrorRate": ("high_error_rate", "0.73%", {"environment": "staging"}),
    "StagingAILatencyHigh": ("high_latency", "1.38s", {"environment": "staging"}),
    "StagingAIFallbackHigh": (OUT, FALLBACK),
    "StagingApproachingGameCapacity": (None, 87),
    "StagingApproachingConnectionCapacity": (OUT, "WebSocket connections against a load-test target of 300 players, not a limit that refuses them: not settled"),
    "StagingExceedingCapacity": (OUT, "games or WebSocket connections above a load-test target, not a limit that refuses them: not settled"),
}, {"instance": "ringrift-app:3000", "job": "ringrift"},
    {"node_id": "gh200-a", "board_type": "square19", "endpoint": "/api/games", "suite": "contract-vectors",
     "invariant_id": "INV-ACTIVE-NO-MOVES", "type": "strict", "db_name": "selfplay_sq8_2p.db", "limit": "10000"})


# ---------------------------------------------------------------------------------------------
# AorusTTV/puresulfur.xyz: monitoring/prometheus-rules.yml (a browser game website's own rules)
PURESULFUR = ("AorusTTV/puresulfur.xyz", "monitoring/prometheus-rules.yml", "db1e23a933979af831617d5499e7786899d0501a")
take(*PURESULFUR, {
    "High5xxErrorRate": ("high_error_rate", 6.24),
    "AuthenticationFailureSpike": (None, 27),
    "GameEventRateAnomaly": (None, 41.7),
    "SecurityEventDetected": (None, 1),
    "LogVolumeSpike": (None, 318.4),
    "HighResponseTime": ("high_latency", 2.73),
    "DatabaseConnectionFailure": (OUT, DB_CONN_ERR),
}, {"instance": "puresulfur-api:3001", "job": "puresulfur-api"})


# ---------------------------------------------------------------------------------------------
# PoojaSrinivasan18/E-Commerce-with-Inventory-ECI: monitoring/prometheus-rules.yml (an e-commerce
# shop with inventory: its own rules)
ECI = ("PoojaSrinivasan18/E-Commerce-with-Inventory-ECI", "monitoring/prometheus-rules.yml", "e5c78169bedf2c10ef3495a835d2e53e19ff27ce")
take(*ECI, {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", 0.34),
    "LowInventoryAlert": (None, 6, {"product_id": "SKU-10482"}),
    "HighPaymentFailureRate": (OUT, PAYMENT),
    "DatabaseConnectionsHigh": (OUT, "PostgreSQL connections above a fixed 80 without a stated limit (rule 7)"),
}, {"instance": "order-service:8082", "job": "order-service"})


FILES.write("rulesets32d.jsonl")
