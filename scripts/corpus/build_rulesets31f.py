"""rulesets31f.jsonl: whole alerting-rule files of public projects no corpus used before, whose
summaries and descriptions are written in a language other than English (session 31, sixth
helper: Korean, Japanese, Portuguese (Brazil)).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md). The language does not change a label.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import BLIND2, OUT, RuleFiles  # noqa: E402

FILES = RuleFiles()
take = FILES.take

FIXED_MEMORY = "a fixed threshold on memory bytes without a stated limit (POLICY rule 8): left out"


# ---------------------------------------------------------------------------------------------
# p2bble/devops-tools: prometheus/rules/alert.rules.yml (Korean; a company's own infrastructure
# rules: hosts, NAS, GitLab/SonarQube/n8n/Graylog/VM backups, blackbox ICMP/SSL, a Windows VM)
P2BBLE = ("p2bble/devops-tools", "prometheus/rules/alert.rules.yml", "f823e978cea362674eab77f792b27988265b21ea")
NODE = {"instance": "172.19.100.21:9100", "job": "node-exporter", "nodename": "gitlab-srv"}


def p2bble_series(name):
    if name.startswith("Nas"):
        if name in ("NasCpuHigh", "NasMemoryHigh"):
            return {"instance": "172.18.100.10:9100", "job": "node-exporter", "nodename": "NAS"}
        return {"instance": "172.18.100.10:9100", "job": "node-exporter", "nodename": "NAS",
                "mountpoint": "/volume1" if "Volume" in name else "/storage", "fstype": "btrfs", "device": "/dev/mapper/cachedev_0"}
    if name.startswith("FinanceVm"):
        return {"instance": "172.19.100.40:9182", "job": "windows-exporter", "nodename": "finance-vm-01", "volume": "C:"}
    if name.startswith("SslCert"):
        return {"instance": "https://gitlab.clobot.co.kr", "job": "blackbox-http"}
    if name == "HostUnreachable":
        return {"instance": "172.19.100.22", "job": "blackbox-icmp", "nodename": "vm-server-02", "group": "infra"}
    if name.startswith("CriticalServerDisk"):
        return {"instance": "172.19.100.20:9100", "job": "node-exporter", "nodename": "vm-server-01",
                "mountpoint": "/", "fstype": "ext4", "device": "/dev/sda2"}
    if name.startswith("CriticalServer"):
        return {"instance": "172.19.100.20:9100", "job": "node-exporter", "nodename": "vm-server-01"}
    if "Backup" in name or "Rsync" in name:
        return {"instance": "172.19.100.20:9100", "job": "node-exporter", "nodename": "vm-server-01"}
    if name.startswith("Gitlab"):
        return dict(NODE, mountpoint="/data/docker/gitlab/backups", fstype="ext4", device="/dev/sdb1")
    if name == "LowDiskSpace":
        return dict(NODE, mountpoint="/", fstype="ext4", device="/dev/sda2")
    return dict(NODE)


take(*P2BBLE, {
    "InstanceDown": ("node_down", 0),
    "HighCpuUsage": (None, "87.34"),
    "HighMemoryUsage": ("out_of_memory", "88.12"),
    "HighSwapUsage": ("out_of_memory", "63.4"),
    "LowDiskSpace": ("disk_full", "7.85"),
    "HighSystemLoad": (None, "2.37"),
    "GitlabBackupDiskHigh": ("disk_full", "83.6"),
    "GitlabBackupDiskCritical": ("disk_full", "92.4"),
    "NasStorageLow": ("disk_full", "13.2"),
    "NasStorageCritical": ("disk_full", "8.7"),
    "GitlabRsyncFailed": (None, 0),
    "GitlabSecondaryRsyncFailed": (None, 0),
    "GitlabRsyncStale": (None, 93412),
    "GitlabSecondaryRsyncStale": (None, 97833),
    "SslCertExpiringSoon": ("certificate_expiry", "5d 3h 12m 40s"),
    "SslCertExpiryWarning": ("certificate_expiry", "21d 7h 3m 10s"),
    "SonarqubeBackupFailed": (None, 0),
    "SonarqubeBackupStale": (None, 91207),
    "N8nBackupFailed": (None, 0),
    "N8nBackupStale": (None, 104388),
    "GraylogBackupFailed": (None, 0),
    "GraylogBackupStale": (None, 702511),
    "VmBackupFailed": (None, 0),
    "VmBackupStale": (None, 695120),
    "ServerFileBackupFailed": (None, 0),
    "ServerFileBackupStale": (None, 92650),
    "HostUnreachable": ("node_down", 0),
    "CriticalServerCpuHigh": (None, "78.4"),
    "CriticalServerCpuCritical": (None, "93.1"),
    "CriticalServerMemoryHigh": ("out_of_memory", "82.6"),
    "CriticalServerMemoryCritical": ("out_of_memory", "91.8"),
    "CriticalServerDiskWarning": ("disk_full", "17.3"),
    "CriticalServerDiskCritical": ("disk_full", "8.4"),
    "NasCpuHigh": (None, "94.2"),
    "NasMemoryHigh": ("out_of_memory", "87.9"),
    "NasVolumeDiskWarning": ("disk_full", "16.5"),
    "NasVolumeDiskCritical": ("disk_full", "7.2"),
    "FinanceVmCpuHigh": (None, "86.3"),
    "FinanceVmMemoryHigh": ("out_of_memory", "88.7"),
    "FinanceVmDiskLow": ("disk_full", "14.6"),
}, p2bble_series, {"vm": "gitlab-srv", "server": "clobot-erp"})


# ---------------------------------------------------------------------------------------------
# KyungChan-PARK/palantir: prometheus/rules/alerts.yml (Korean and English; an AI-agent platform's
# own rules: API, auth, agents, LLM calls, message queues); monitoring/prometheus/rules/alerts.yml
# (an English subset of the same rules) not read
PALANTIR = ("KyungChan-PARK/palantir", "prometheus/rules/alerts.yml", "68d1bca3b8b61db209047623cb459806d26238b5")
TASK_TIME = "an agent task's processing time (p95): the alerting system's own work duration, not request latency; not settled"
take(*PALANTIR, {
    "HighErrorRate": ("high_error_rate", 0.0734),
    "HighResponseTime": ("high_latency", 1.42),
    "HighDatabaseLatency": ("high_latency", 0.83),
    "HighMemoryUsage": (OUT, "resident memory over the process's virtual memory size: not utilisation against a limit (POLICY rule 8)"),
    "HighCPUUsage": (None, 0.93),
    "ServiceDown": (OUT, BLIND2),
    "HighRequestRate": (None, 1243.7),
    "HighLoginFailureRate": (None, 0.41),
    "HighPermissionDenialRate": (OUT, "a ratio of denied permission checks: authorization outcomes, not request errors; not settled"),
    "SlowAuthRequests": ("high_latency", 1.37, {"endpoint": "/api/v1/auth/login"}),
    "HighTokenValidationFailureRate": (None, 0.17),
    "UnauthorizedRoleUpdates": (None, 0.05),
    "HighRequestLatency": ("high_latency", 1.84),
    "AgentHighErrorRate": (None, 0.14),
    "AgentHighTaskLatency": (OUT, TASK_TIME),
    "AgentLowSuccessRate": (None, 0.82),
    "AgentHighMemoryUsage": (OUT, FIXED_MEMORY),
    "AgentHighCPUUsage": (None, 91.5),
    "AgentNotResponding": (OUT, "an agent reporting its own status 'error' (named 'not responding'): an application's status (POLICY rule 9), not settled"),
    "AgentHighLLMLatency": ("high_latency", 7.83),
    "AgentHighLLMErrorRate": ("high_error_rate", 0.087),
    "HighTaskProcessingTime": (OUT, TASK_TIME),
    "HighLLMLatency": ("high_latency", 6.21),
    "HighTaskFailureRate": (None, "0.1632"),
    "LowPerformanceScore": (None, 0.58),
    "HighBottleneckCount": (None, 4),
    "HighMessageQueueSize": ("queue_backlog", 1873),
    "HighMessageProcessingLatency": (OUT, "p95 message processing latency: handling time or waiting time, the rule does not say which; not settled"),
    "LongCriticalPath": (None, 14),
}, {"instance": "palantir-api:8000", "job": "palantir"},
    {"agent_name": "research_agent", "model": "gpt-4o", "queue_type": "priority", "message_type": "task_request"})


# ---------------------------------------------------------------------------------------------
# HigorHenrique4tech/cloud-hub-manager: alerts.yml (Portuguese (Brazil); a Microsoft 365 migration
# service's own rules: worker, Graph API throttling, task queue, PostgreSQL, Redis)
CLOUDHUB = ("HigorHenrique4tech/cloud-hub-manager", "alerts.yml", "3d9966af5289dc4eb3c1b379f669745c636474e5")
take(*CLOUDHUB, {
    "MigrationWorkerOffline": ("node_down", 0),
    "WorkerMemoryHigh": (OUT, FIXED_MEMORY),
    "WorkerCPUHigh": (None, 87),
    "GraphAPIRateLimitApproaching": (OUT, "requests per minute approaching the API's quota before anything is refused (POLICY rule 7): left out"),
    "GraphAPIThrottled": ("rate_limited", 3),
    "HighMigrationFailureRate": (None, "21.4%"),
    "CriticalMigrationFailures": (None, 8),
    "QueueBacklogHigh": ("queue_backlog", 184),
    "QueueStuck": ("queue_backlog", 37),
    "PostgreSQLConnectionPoolHigh": (OUT, "a fixed threshold on a connection count without a stated limit (POLICY rule 7): left out"),
    "PostgreSQLCacheHitRatioLow": (None, "91.27%"),
    "RedisMemoryHigh": ("out_of_memory", "89.2%"),
    "RedisDown": ("node_down", 0),
    "TaskDurationAnomalouslyHigh": (OUT, "a migration task's own run time (p95): the alerting thing's own work, not request latency; not settled"),
}, lambda name: ({"instance": "redis:6379", "job": "redis"} if name.startswith("Redis")
                 else {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "migration365"} if name.startswith("PostgreSQL")
                 else {"instance": "worker:9100", "job": "migration-worker"}))


# ---------------------------------------------------------------------------------------------
# GendaMasami/CentralCondition: src/monitoring/prometheus/rules/alerts.yml (Japanese; the project's
# own host and API rules, warning and critical pairs)
GENDA = ("GendaMasami/CentralCondition", "src/monitoring/prometheus/rules/alerts.yml", "b4003b983719a114bc1f20ca0d7b38b21c9af808")
take(*GENDA, {
    "HighCPUUsage": (None, 84.7),
    "CriticalCPUUsage": (None, 96.3),
    "HighMemoryUsage": ("out_of_memory", 78.2),
    "CriticalMemoryUsage": ("out_of_memory", 92.5),
    "HighDiskUsage": ("disk_full", 83.1),
    "CriticalDiskUsage": ("disk_full", 91.4),
    "HighAPILatency": ("high_latency", 0.34),
    "CriticalAPILatency": ("high_latency", 0.71),
}, lambda name: ({"instance": "central-api:8000", "job": "central-condition-api"} if "API" in name
                 else {"instance": "node-exporter:9100", "job": "node", "mountpoint": "/", "fstype": "ext4", "device": "/dev/vda1"} if "Disk" in name
                 else {"instance": "node-exporter:9100", "job": "node"}))


# ---------------------------------------------------------------------------------------------
# JH627/assistudy-toy: monitoring/prometheus/rules/alerts.yml (Korean; a Spring/Kafka study
# service's own rules)
ASSISTUDY = ("JH627/assistudy-toy", "monitoring/prometheus/rules/alerts.yml", "1d82fda14dc0fddbff4cca59a6ec19955147c50b")
take(*ASSISTUDY, {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", "7.31%"),
    "HighLatency": ("high_latency", "2.84s"),
    "HighMemoryUsage": ("out_of_memory", "91.2%"),
    "KafkaConsumerLag": ("queue_backlog", 1847),
}, lambda name: ({"instance": "study-service:8080", "job": "study-service", "area": "heap", "id": "G1 Old Gen"} if name == "HighMemoryUsage"
                 else {"instance": "study-service:8080", "job": "study-service", "client_id": "consumer-study-group-1",
                       "topic": "study-events", "partition": "0"} if name == "KafkaConsumerLag"
                 else {"instance": "study-service:8080", "job": "study-service"}))


FILES.write("rulesets31f.jsonl")
