"""rulesets33g.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
seventh helper; self-hostable web applications' own rules: a workspace and business-process
application's chart, an identity provider's chart, ...).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file, helm_text, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# corezoid/control: mixins/{control-tasks,pong-server}-alerts.yaml (Corezoid's Control, a
# workspace and business-process web application; its umbrella chart's templates/alerts.yaml
# installs every mixins/*.yaml file as a PrometheusRule). The rules write each alert twice,
# warning then critical; the first of each name is taken.
CZ = ("corezoid/control", "7398f803a030a59171a3c3a4b0307b16cc234ca9")
CZ_BASE = {"instance": "10.42.3.17:9090", "job": "control-server", "namespace": "control",
           "pod": "control-server-7d9f8b6c5-x2lqp"}
CZ_EXTRA = {"task_type": "notify_members", "queue_name": "tasks.default", "worker_pool": "default",
            "route": "/api/v1/actors", "method": "POST", "path": "/api/v1/actors/filter",
            "query_type": "select", "pool_name": "main", "operation": "hgetall", "service": "control-server",
            "transaction_type": "transfer", "actor_type": "event", "auth_type": "password",
            "cache_type": "actors"}
CZ_TASK_TIME = "the processing duration of background tasks (work done by the task service, not a request's response time): not settled"
take(CZ[0], "mixins/control-tasks-alerts.yaml", CZ[1], {
    "ControlTasksHighErrorRate": (None, 0.0834),
    "ControlTasksHighLatency": (OUT, CZ_TASK_TIME),
    "ControlTasksLargeQueueSize": ("queue_backlog", 1437),
    "ControlTasksHighRetryRate": (None, 0.1271),
    "ControlTasksLowWorkerCount": (OUT, "fewer than three workers in a pool (no worker said to be down or restarting; a pool size below a floor): not settled"),
}, CZ_BASE, CZ_EXTRA)
take(CZ[0], "mixins/pong-server-alerts.yaml", CZ[1], {
    "PongServerHighErrorRate": ("high_error_rate", 0.0713),
    "PongServerHighLatency": ("high_latency", 1.84),
    "PongServerTooManyConnections": (OUT, "active connections above a fixed 1000 without a stated limit (rule 7)"),
    "PongServerErrorSpike": ("high_error_rate", 3.7),
    "HighErrorRate": ("high_error_rate", 0.0912),
    "SlowResponses": ("high_latency", 4.27),
    "HighTraffic": (None, 1384.2),
    "PostgresHighQueryTime": ("high_latency", 1.62),
    "PostgresHighErrorRate": ("high_error_rate", 0.0681),
    "ScyllaHighQueryTime": ("high_latency", 1.34),
    "ScyllaHighErrorRate": ("high_error_rate", 0.0573),
    "RedisPoolExhausted": ("connection_pool_exhaustion", "93.47"),
    "RedisHighConnectionFailureRate": (OUT, "failed connection attempts to Redis per second, no cause or peer state said (as the corpus leaves database connection failure counts out)"),
    "RedisHighLatency": ("high_latency", 0.184),
    "ApiGatewayHighErrorRate": ("high_error_rate", 0.0648),
    "ApiGatewaySlowResponses": ("high_latency", 3.91),
    "WebhooksHighErrorRate": ("high_error_rate", 0.1342),
    "WebhooksSlowResponses": ("high_latency", 6.73),
    "HighCPUUsage": (None, 1.12),
    "HighMemoryUsage": ("out_of_memory", 0.8312),
    "CriticalMemoryUsage": ("out_of_memory", 0.9147),
    "HighFileDescriptorUsage": ("fd_exhaustion", 0.8406),
    "HighTransactionErrorRate": (OUT, "business transactions of a type failing (application-level outcomes, not requests or a settled cause): not settled"),
    "SlowTransactions": (OUT, "business transaction duration (an application-level process, not a request's response time): not settled"),
    "HighActorOperationErrorRate": (OUT, "failed create/update/delete operations on actors (application-level outcomes, not said to be failed requests): not settled"),
    "HighAuthFailureRate": (None, 0.2734),
    "SlowAuthentication": ("high_latency", 1.48),
    "LowCacheHitRatio": (None, 0.5612),
}, CZ_BASE, CZ_EXTRA)


# ---------------------------------------------------------------------------------------------
# robotinfra/keycloak-chart: templates/prometheusrule.yaml (a Helm chart for the Keycloak identity
# and access-management server, with its own rules; rendered with values.yaml's defaults: release
# "keycloak", thresholds 90%, 0.05, 2s, 0.8 and 1 GC/s, the printed percentages 5 and 80)
KC = ("robotinfra/keycloak-chart", "b40408495e5f333ec13b2732d8b5b981235b3c8a")
KC_R = ".Values.monitoring.prometheusRule.rules."
KC_SUBS = {
    '{{ include "keycloak.fullname" . }}': "keycloak",
    "{{ .Values.monitoring.prometheusRule.interval }}": "30s",
    "{{ " + KC_R + "highErrorRateThreshold | float64 | mulf 100 }}": "5",
    "{{ " + KC_R + "dbConnectionThreshold | float64 | mulf 100 }}": "80",
    "{{ " + KC_R + "highMemoryThreshold }}": "90",
    "{{ " + KC_R + "highErrorRateThreshold }}": "0.05",
    "{{ " + KC_R + "slowResponseThreshold }}": "2",
    "{{ " + KC_R + "dbConnectionThreshold }}": "0.8",
    "{{ " + KC_R + "gcFrequencyThreshold }}": "1",
}
take(KC[0], "templates/prometheusrule.yaml", KC[1], {
    "KeycloakHighMemoryUsage": ("out_of_memory", "9342%"),
    "KeycloakHighErrorRate": ("high_error_rate", "7.318%"),
    "KeycloakSlowResponseTime": ("high_latency", "3.412s"),
    "KeycloakDatabaseConnectionIssues": ("connection_pool_exhaustion", "87.5%"),
    "KeycloakFrequentGC": (OUT, "garbage-collection pauses per second (a JVM's collection rate, no memory measured): not settled"),
}, {"instance": "10.244.1.23:9000", "job": "keycloak", "namespace": "iam", "pod": "keycloak-0",
    "area": "heap", "id": "G1 Old Gen"},
    text=helm_file(KC[0], KC[1], "templates/prometheusrule.yaml", KC_SUBS))


# ---------------------------------------------------------------------------------------------
# Sarcastic-Soul/springboot-url-shortner: chart/templates/prometheusrule.yaml (a Spring Boot URL
# shortener with a Valkey click-analytics stream; the chart's own rules, rendered with values.yaml's
# defaults: p95 0.5s, stream length 50000, Valkey memory 80%, release "urlshortener")
US = ("Sarcastic-Soul/springboot-url-shortner", "eef8fdf4604970fda86df34f7f2d62bc7f4cdc7f")
take(US[0], "chart/templates/prometheusrule.yaml", US[1], {
    "HikariPoolSaturated": ("connection_pool_exhaustion", 3),
    "RedirectLatencyHigh": ("high_latency", 0.87),
    "AnalyticsStreamBacklog": ("queue_backlog", 71204),
    "AnalyticsMessagesStranded": ("queue_backlog", 1836),
    "ValkeyMemoryHigh": ("out_of_memory", 86.4),
    "HPAScalingInactive": (None, 1),
    "LoadSheddingSustained": ("high_error_rate", 0.0731),
}, {"application": "url-shortener", "instance": "10.42.0.57:8080", "job": "urlshortener-backend",
    "namespace": "urlshortener", "pod": "urlshortener-backend-6d5f7c9b8-4kq2m"},
    text=helm_file(US[0], US[1], "chart/templates/prometheusrule.yaml", {
        '{{ include "urlshortener.fullname" . }}': "urlshortener",
        "{{ $r.redirectP95Seconds }}": "0.5", "{{ $r.streamLength }}": "50000",
        "{{ $r.valkeyMemoryPercent }}": "80"}))


# ---------------------------------------------------------------------------------------------
# aantenore/imposbro-search: helm/templates/prometheusrule.yaml (IMPOSBRO, a federated search
# platform over Typesense clusters: its query API and its Kafka indexing workers). Each rule sits
# in a `with .Values.monitoring.prometheusRule.rules.<rule>` block; each block's `.key` actions are
# filled from that rule's defaults in helm/values.yaml.
IMP = ("aantenore/imposbro-search", "8d149f87790703203e29f9876e7bc1682d4bb618")
IMP_VALUES = {
    "queryApiHigh5xxRate": {"severity": "warning", "threshold": "0.05", "duration": "10m"},
    "queryApiHighP95Latency": {"severity": "warning", "thresholdSeconds": "1", "duration": "10m"},
    "queryApiRateLimitBlocked": {"severity": "warning", "threshold": "50", "window": "5m"},
    "queryApiRateLimitBackendErrors": {"severity": "critical", "threshold": "0", "window": "5m"},
    "indexingDlqMessages": {"severity": "critical", "threshold": "0", "window": "5m"},
    "indexingRetryBurst": {"severity": "warning", "threshold": "10", "window": "10m"},
    "indexingNoLoadedClusters": {"severity": "critical", "duration": "5m"},
}


def imposbro_text():
    parts = show(IMP[0], IMP[1], "helm/templates/prometheusrule.yaml").split(
        "{{- with .Values.monitoring.prometheusRule.rules.")
    out = [parts[0]]
    for part in parts[1:]:
        name = part.split(" ", 1)[0]
        for k, v in IMP_VALUES[name].items():
            part = part.replace("{{ .%s | quote }}" % k, '"%s"' % v).replace("{{ .%s }}" % k, v)
        out.append("{{- with .Values.monitoring.prometheusRule.rules." + part)
    return helm_text("".join(out).replace('{{ include "imposbro-search.fullname" . }}', "imposbro-search"))


take(IMP[0], "helm/templates/prometheusrule.yaml", IMP[1], {
    "ImposbroQueryApiHigh5xxRate": ("high_error_rate", 0.0812),
    "ImposbroQueryApiHighP95Latency": ("high_latency", 1.73),
    "ImposbroQueryApiRateLimitBlocked": ("rate_limited", 214),
    "ImposbroQueryApiRateLimitBackendErrors": ("high_error_rate", 17),
    "ImposbroIndexingDlqMessages": (None, 3),
    "ImposbroIndexingRetryBurst": (None, 26),
    "ImposbroIndexingNoLoadedClusters": (OUT, "indexing workers that report no loaded Typesense data clusters (a configuration or load state of the workers, no host said to be down): not settled"),
}, {"instance": "10.1.4.22:8000", "job": "query-api", "namespace": "imposbro", "app_name": "query-api"},
    text=imposbro_text())


# ---------------------------------------------------------------------------------------------
# Kh3rwa1/offline-qr-school-attendance: k8s/prometheusrule.yaml and monitoring/{alerts.yaml,
# appliance-alerts.yml,rfid-alerts.yml} (AttendEase, a self-hosted school-attendance web appliance:
# QR and RFID check-ins, parent SMS notifications, encrypted backups; its Kubernetes rule set and the
# three rule files of its Docker appliance)
AE = ("Kh3rwa1/offline-qr-school-attendance", "7e3abcf4ac6e76164bfd7741788543f89bc28151")
AE_APP = {"instance": "attendease-app:3000", "job": "attendease-app"}
AE_NODE = {"instance": "attendease-appliance:9100", "job": "node", "device": "/dev/sda2", "fstype": "ext4",
           "mountpoint": "/"}
AE_EXTRA = {"reader_id": "gate-north-01", "domain": "attendance.greenfield-school.org"}


def ae_series(name):
    if name in ("AttendEaseDiskUsageCritical", "DiskSpaceWarning", "DiskSpaceCritical", "ClockDriftHigh",
                "NtpUnsynchronized"):
        return AE_NODE
    if name in ("AttendEasePostgresDown",):
        return {"instance": "postgres-exporter:9187", "job": "postgres", "namespace": "attendance"}
    if name in ("AttendEaseRedisDown",):
        return {"instance": "redis-exporter:9121", "job": "redis", "namespace": "attendance"}
    if name == "ApplianceRfidGatewayDown":
        return {"instance": "attendease-rfid-gateway:3100", "job": "attendease-rfid-gateway"}
    if name.startswith("Rfid") and name not in ("RfidRedisUnavailable", "RfidPostgresUnavailable"):
        return {"instance": "attendease-rfid-gateway:3100", "job": "attendease-rfid-gateway",
                "reader_id": "gate-north-01"}
    return AE_APP


take(AE[0], "k8s/prometheusrule.yaml", AE[1], {
    "AttendEaseAppDown": ("node_down", 0),
    "AttendEasePostgresDown": ("node_down", 0),
    "AttendEaseRedisDown": ("node_down", 0),
    "AttendEaseSmsWorkerHeartbeatStale": ("node_down", 412),
    "AttendEaseSmsQueueBacklogHigh": ("queue_backlog", 187),
    "AttendEaseBackupStale": (None, 131402),
    "AttendEaseRestoreVerificationStale": (None, 693120),
    "AttendEaseDiskUsageCritical": ("disk_full", 0.1134),
    "AttendEaseRfidGatewayOffline": ("node_down", 0),
    "AttendEaseCardProofFailureSpike": (None, 0.27),
}, ae_series, AE_EXTRA)
take(AE[0], "monitoring/alerts.yaml", AE[1], {
    "HighHttpErrorRate": ("high_error_rate", "2.371"),
    "HighHttpLatencyP95": ("high_latency", "0.842"),
    "PostgresDown": ("node_down", 0),
    "RedisDown": ("node_down", 0),
    "BackupStale": (None, "97214.6"),
    "BackupVerificationFailed": (None, 0),
    "RestoreDrillStale": (None, 712004),
    "DbPoolSaturation": ("connection_pool_exhaustion", "93.75%"),
    "DbDeadlocksDetected": ("deadlock", 2),
    "DbSlowQueriesHigh": ("high_latency", 23),
    "SmsQueueBacklogHigh": ("queue_backlog", 1712),
    "ImportFailureRateHigh": (None, 0.0042),
}, ae_series, AE_EXTRA)
take(AE[0], "monitoring/appliance-alerts.yml", AE[1], {
    "ApplianceAppDown": ("node_down", 0),
    "ApplianceRfidGatewayDown": ("node_down", 0),
    "MetricsScrapeFailing": (OUT, "`up == 0 or absent(up)` of the app (its liveness signal, rule 8) worded as the monitor's own failure to collect, a token mismatch (rule 16): name and measurement disagree (rule 8), not settled"),
    "AlertingPipelineWatchdog": (None, 1),
    "BackupNeverCreated": (None, 0),
    "OffsiteBackupFailing": (None, 0),
    "OffsiteBackupStale": (None, 190411),
    "DiskSpaceWarning": ("disk_full", "17.31%"),
    "DiskSpaceCritical": ("disk_full", 0.0412),
    "TlsCertExpiryWarning": ("certificate_expiry", "11d 4h 12m 9s"),
    "TlsCertExpiryCritical": ("certificate_expiry", "2d 5h 3m 11s"),
    "ClockDriftHigh": (None, 1.84),
    "NtpUnsynchronized": (None, 0),
    "UpdateRollbackOccurred": (None, 1),
    "RestoreDrillOverdue": (None, 2764801),
    "SmsWorkerHeartbeatStale": ("node_down", 318),
    "SmsWorkerDown": ("node_down", 1),
    "SmsQueueOldestMessageStale": ("queue_backlog", 9184),
    "ElevatedAuthFailures": (None, 0.83),
    "AttendanceRejectionRateHigh": (None, 0.1473),
}, ae_series, AE_EXTRA)
take(AE[0], "monitoring/rfid-alerts.yml", AE[1], {
    "RfidReaderOffline": ("node_down", 914),
    "RfidQueueBacklog": ("queue_backlog", 1342),
    "RfidStaleEvents": ("queue_backlog", 5127),
    "RfidReplayAttempts": (None, 14),
    "RfidExcessiveUnknownCards": (None, 63),
    "RfidHighErrorRate": (OUT, "share of RFID card scans whose decision is ERROR (scans judged by the gateway, not said to be failed requests): not settled"),
    "RfidClockDrift": (None, 74.2),
    "RfidRedisUnavailable": ("node_down", 0),
    "RfidPostgresUnavailable": ("node_down", 0),
}, ae_series, AE_EXTRA)


# ---------------------------------------------------------------------------------------------
# HiMRS-dev/GuitarOnline: ops/prometheus/alerts.yml (the backend of an online guitar school, an
# e-learning web application; its alerts over its own SLI recording rules)
take("HiMRS-dev/GuitarOnline", "ops/prometheus/alerts.yml", "16a858cdb397940f2534b57e21c600ba426e6a97", {
    "GuitarOnlineApiDown": ("node_down", 0),
    "GuitarOnlineApiHigh5xxRate": ("high_error_rate", 0.0714),
    "GuitarOnlineApiHighP95Latency": ("high_latency", 1.38),
    "GuitarOnlineApiReadinessDegraded": (OUT, "share of successful answers of the API's own /ready endpoint (the application's readiness status, rule 9's unsettled \"unhealthy\" family)"),
}, {"instance": "app:8000", "job": "guitaronline-api"})


# ---------------------------------------------------------------------------------------------
# tenshi-lab-kube/tenshi-portal: k8s/prometheusrule.yaml (a Go web portal listing a lab cluster's
# services; its own rules, summaries in French)
take("tenshi-lab-kube/tenshi-portal", "k8s/prometheusrule.yaml", "a48abe6817e67a5c6863d69e6c261f7d58ff02aa", {
    "TenshiPortalDown": ("node_down", 0),
    "TenshiPortalHighHttpErrorRate": ("high_error_rate", 0.0871),
    "TenshiPortalMemoryHigh": ("out_of_memory", 88604672),
    "TenshiPortalPodRestarting": (None, 1),
}, {"container": "app", "instance": "10.42.1.33:8080", "job": "tenshi-portal", "namespace": "tenshi-portal",
    "pod": "tenshi-portal-5c7d8f9b6d-7xk2p"})


# ---------------------------------------------------------------------------------------------
# Artem362a/Planner: deploy/monitoring/alerts.yml (Dayplan, a self-hosted day-planning web
# application; its own rules, wording in Russian)
take("Artem362a/Planner", "deploy/monitoring/alerts.yml", "15435697f87ab3c3835508893655156b243031f4", {
    "BackendDown": ("node_down", 0),
    "High5xxRate": ("high_error_rate", "9"),
    "HighLatency": ("high_latency", "1.47"),
    "DiskAlmostFull": ("disk_full", "83.62%"),
    "HostOutOfMemory": ("out_of_memory", 0.0731),
}, lambda name: ({"instance": "node-exporter:9100", "job": "node", "device": "/dev/vda1", "fstype": "ext4",
                  "mountpoint": "/"} if name in ("DiskAlmostFull", "HostOutOfMemory")
                 else {"instance": "backend:8000", "job": "backend"}))


# ---------------------------------------------------------------------------------------------
# OSM-Notes/OSM-Notes-API: docker/prometheus/alerts.yml (the REST API that serves OpenStreetMap
# notes and their analytics; its own rules)
take("OSM-Notes/OSM-Notes-API", "docker/prometheus/alerts.yml", "60dae2a1d74e504fead8fa3195333adfc4b149c5", {
    "HighErrorRate": ("high_error_rate", "14.27"),
    "VeryHighErrorRate": ("high_error_rate", "57.31"),
    "HighLatencyP95": ("high_latency", "2.84"),
    "VeryHighLatencyP95": ("high_latency", "6.12"),
    "HighLatencyP99": ("high_latency", "5.73"),
    "FrequentRateLimiting": ("rate_limited", "7.4"),
    "VeryFrequentRateLimiting": ("rate_limited", "23.8"),
    "APIDown": ("node_down", 0),
    "HighRequestRate": (None, "1412.6"),
}, {"instance": "api:3000", "job": "osm-notes-api"})


# ---------------------------------------------------------------------------------------------
# AAChibilyaev/bitrix-cdn-server: docker/prometheus/alerts.yml (a CDN server for 1C-Bitrix CMS
# sites that converts their images to WebP; its own rules; the author's earlier bitrix-cdn
# repository is not taken again)
take("AAChibilyaev/bitrix-cdn-server", "docker/prometheus/alerts.yml", "deaae247b9f7285c1630fe7f8a21866609ae2f8a", {
    "NginxDown": ("node_down", 0),
    "NginxHighConnections": (OUT, "active connections above a fixed 1000 without a stated limit (rule 7)"),
    "NginxHighErrorRate": ("high_error_rate", "8.3%"),
    "RedisDown": ("node_down", 0),
    "RedisHighMemory": ("out_of_memory", "93.41%"),
    "WebPConverterDown": ("node_down", 0),
    "WebPConversionErrors": (OUT, "failed WebP image conversions per second (conversion work, not said to be failed requests): not settled"),
    "DiskSpaceLow": ("disk_full", 0.0734),
    "CacheSizeHigh": (OUT, "the WebP cache's size above a fixed 10 GB without a stated limit or free space (rule 7's fixed-threshold family)"),
}, lambda name: {
    "NginxDown": {"instance": "nginx-exporter:9113", "job": "nginx"},
    "NginxHighErrorRate": {"instance": "nginx-exporter:9113", "job": "nginx", "status": "502"},
    "RedisDown": {"instance": "redis-exporter:9121", "job": "redis"},
    "RedisHighMemory": {"instance": "redis-exporter:9121", "job": "redis"},
    "WebPConverterDown": {"instance": "webp-converter:9101", "job": "webp-converter"},
    "DiskSpaceLow": {"instance": "node-exporter:9100", "job": "node", "device": "/dev/md2", "fstype": "ext4",
                     "mountpoint": "/"},
}.get(name, {"instance": "webp-converter:9101", "job": "webp-converter"}))


FILES.write("rulesets33g.jsonl")
