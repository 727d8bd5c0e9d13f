"""rulesets33f.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
sixth helper; enterprise application stacks' own rules: Windows servers watched by windows_exporter,
Spring Boot / Micrometer services with JVM heap, GC and HikariCP rules, and a B2B e-invoicing (EDI)
business platform on Windows with its Active Directory, SQL Server and transaction-processing rules).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import BLIND2, OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take



# ---------------------------------------------------------------------------------------------
# truecommercedk/nomad-monitoring: prometheus/rules/*.rules.yml (TrueCommerce Denmark's monitoring of
# its e-invoicing / EDI platform: Windows application servers, VLTrader and OIOSI/X400 gateways,
# the transaction log and processing engine, .NET command-system queues, NetSuite reporting, Active
# Directory group membership and SQL Server maintenance). windows*.rules.yml, linux.rules.yml and
# the rabbitmq/elastic/vsphere/harvest/prometheus files are not taken (see SOURCES.md).
TC = ("truecommercedk/nomad-monitoring", "2818ff6d168ffb4ef1b61ce594a3ae1d7d8b2114")


def tc_names(path):
    """alertname -> the `name` (or `queue`) its expression selects, read from the file itself."""
    out = {}
    for group in yaml.safe_load(show(TC[0], TC[1], path))["groups"]:
        for r in group["rules"]:
            m = re.search(r'(name|queue)="([^"]+)"', r["expr"])
            if m and r["alert"] not in out:
                out[r["alert"]] = (m.group(1), m.group(2))
    return out


TC_APP = tc_names("prometheus/rules/application.rules.yml")


def tc_app_series(name):
    key, value = TC_APP[name]
    if key == "queue":  # the .NET command-system queues are exported per host
        return {"instance": "cmdsys02.tc.local:9182", "job": "app-monitoring-dotnet", "env": "production",
                "host": "cmdsys02", "queue": value}
    return {"instance": "tlogmon01.tc.local:9182", "job": "app-monitoring", "env": "production", "name": value}


take(TC[0], "prometheus/rules/application.rules.yml", TC[1], {
    "Business Configuration - Control route conflict": (None, 2),
    "Business Configuration - Control route creation failed": (None, 1),
    "Business Configuration - RouteAdm migration failed": (None, 1),
    "Transaction Log - Processing Engine - Failed orphan records": (None, 14),
    "Transaction Log - Incoming GW - No OIOSI records": (None, 0),
    "Transaction Log - Incoming GW - No VLTrader records": (None, 0),
    "Transaction Log - Incoming GW - No X400 records": (None, 0),
    "Transaction Log - Outgoing GW - No OIOSI records": (None, 0),
    "Transaction Log - Outgoing GW - No VLTrader records": (None, 0),
    "Transaction Log - Outgoing GW - No X400 records": (None, 0),
    "Transaction Log - Processing Engine - No ebroker records": (None, 0),
    "Transaction Processing - Billing Processor failure": (None, 0),
    "TIEKE - XML Download failed": (None, 1),
    "TIEKE - New VANS encounted": (None, 3),
    "TIEKE - New qualifier encounted": (None, 1),
    "Transaction Log - Next record not merged": (None, 27),
    "Transaction Log - Flows - Looping": (None, 4),
    "Transaction Log - Incoming GW - No FID": (None, 9),
    "Transaction Log - Incoming GW - Records not merged": (None, 42),
    "Transaction Log - Outgoing GW - Failed orphan records": (None, 6),
    "Transaction Log - Outgoing GW - OIOSI in processing state": (OUT, "documents left in the processing state (in flight or stuck, neither waiting in a queue nor failed): not settled"),
    "Transaction Log - Outgoing GW - Records not merged": (None, 18),
    "Transaction Log - Previous record not merged": (None, 11),
    "Transaction Log - Processing Engine - Records not merged": (None, 33),
    "Transaction Processing - Awaiting positive control processing delivered mode": ("queue_backlog", 57),
    "Transaction Processing - Positive control lookup failure": (None, 5),
    "Transaction Processing - Put On Hold": (None, 8),
    "SOR Download did not run": (None, 0),
    "SOR Download failed": (None, 1),
    "Transaction Processing - Awaiting Error Processing": (OUT, "transactions awaiting error processing (errored items parked for handling, close to a dead-letter count): not settled"),
    "Transaction Processing - Awaiting positive control processing received mode": ("queue_backlog", 121),
    "Transaction Processing - Awaiting reporting - AppResp": ("queue_backlog", 64),
    "Transaction Processing - Awaiting reporting - Controls": ("queue_backlog", 212),
    "Transaction Processing - Awaiting reporting - Mail": ("queue_backlog", 35),
    "Transaction Processing - Awaiting reporting - NetSuite": ("queue_backlog", 148),
    "Transaction Processing - Awaiting reporting - OneTime Ack": ("queue_backlog", 17),
    "Transaction Processing - Awaiting Resending": (None, 23),
    "Transaction Processing - Negative control setup conflict": (None, 2),
    "Transaction Processing - NetSuite reporting failed": (None, 6),
    "Command System - BC Command Processor Error Queue": (None, 31),
    "Command System - BC Command Processor Queue": ("queue_backlog", 1412),
    "Command System - Business Configuration Processor Error Queue": (None, 14),
    "Command System - Business Configuration Processor Queue": ("queue_backlog", 947),
    "Command System - Database Operation Error Queue": (None, 22),
    "Command System - Database Operation Queue": ("queue_backlog", 2210),
    "Command System - Elasticsearch Command Error Queue": (None, 48),
    "Command System - Elasticsearch Command Queue": ("queue_backlog", 833),
    "Command System - Message Bus Error Queue": (None, 3),
    "Command System - Message Bus Queue": ("queue_backlog", 1207),
    "Transaction Log - Analyzer Error Queue": (None, 2),
    "Transaction Log - Incoming Gateway Error Queue": (None, 7),
    "Transaction Log - Outgoing Gateway Error Queue": (None, 1),
    "Transaction Log - Processing Engine Error Queue": (None, 12),
    "Transaction Log - Router Error Queue": (None, 4),
    "Transaction Log - Splitter Error Queue": (None, 1),
    "Transaction Log - Validator Error Queue": (None, 9),
    "Command System - Client Message Bus Error Queue": (None, 5),
    "Command System - Client Message Bus Queue": ("queue_backlog", 764),
    "Command System - Client Message Bus Transactional Queue": ("queue_backlog", 1893),
    "dotNET Logging - AMQP Log Event Queue": ("queue_backlog", 402),
}, tc_app_series)

TC_AD_USERS = {
    "Domain Admins": "admjkla", "MonitoringAdmins": "admrvon", "EP_Prod_Administrators": "prodkbeh",
    "TS_Prod_Administrators": "prodsoha", "VMWare_Admins": "admlrej", "Valhal_SQL_Administrators": "admpeni",
    "MT_SuperUser": "admhaso", "MT_PersonalContent": "admfrlu", "Jump_Administrators": "prodmiwe",
    "Hub_Administrators": "prodcaje", "Enterprise Admins": "admtest2",
}
take(TC[0], "prometheus/rules/activedirectory.rules.yml", TC[1],
     {f"{g} Group Assignment": (None, 1) for g in TC_AD_USERS},
     lambda name: {"instance": "dc01.tc.local:9182", "job": "ad-users",
                   "group": name[:-len(" Group Assignment")], "user": TC_AD_USERS[name[:-len(" Group Assignment")]]})

take(TC[0], "prometheus/rules/msalerts.yml", TC[1], {
    "910225 KMDOutgoingCRITICALFile1h": (OUT, "a count of KMD outgoing files marked CRITICAL within the hour (what the file status means is not stated): not settled"),
    "Transaction Processing MS - Put On Hold": (None, 2),
    "CustomerFlowError": (OUT, "a count for one customer's web-service flows titled 'Error Interno del Servidor' (flow errors, not a request ratio of the service itself): not settled"),
}, {"instance": "msprod01.tc.local:9182", "job": "app-monitoring", "env": "production"})

take(TC[0], "prometheus/rules/mssql.rules.yml", TC[1], {
    "MSSQL Maint Plan not running": (None, 0),
}, {"instance": "sql02.tc.local:9182", "job": "mssql-maintenance", "task": "IndexOptimize - USER_DATABASES"})

take(TC[0], "prometheus/rules/http.rules.yml", TC[1], {
    "Core - Server Management not responding": ("node_down", 0),
    "Core - HTTP Not responding": ("node_down", 0),
    "Shared Services - SOR Download Responds": ("node_down", 0),
}, lambda name: {
    "Core - Server Management not responding": {"instance": "https://core-mgmt.tc.local/health", "job": "core-server-mgmt"},
    "Core - HTTP Not responding": {"instance": "https://core01.tc.local/", "job": "http-responds"},
}.get(name, {"instance": "https://sharedservices.tc.local/sor/download", "job": "sharedservice-sor"}))


# ---------------------------------------------------------------------------------------------
# kittaweek/server-observatory: prometheus/rules/{windows,alert}.rules.yml (a monitoring stack for
# Windows and Linux servers; the thresholds are ${...} variables that prometheus/entrypoint.sh fills
# with envsubst, defaults CPU 90, memory 90, disk 85, put in place here)
KW = ("kittaweek/server-observatory", "dd82feb72ebb86fa702fcb3618178f141b4831da")


def kw_text(path):
    text = show(KW[0], KW[1], path)
    for var, default in (("ALERT_CPU_THRESHOLD", "90"), ("ALERT_MEMORY_THRESHOLD", "90"), ("ALERT_DISK_THRESHOLD", "85")):
        text = text.replace("${" + var + "}", default)
    return text


take(KW[0], "prometheus/rules/windows.rules.yml", KW[1], {
    "WindowsInstanceDown": ("node_down", 0),
    "WindowsHighCpuUsage": (None, "96.41"),
    "WindowsHighMemoryUsage": ("out_of_memory", "93.77"),
    "WindowsHighDiskUsage": ("disk_full", "88.12"),
    "WindowsDiskWillFillIn4Hours": ("disk_full", "-2.1474836e+09"),
}, lambda name: dict({"instance": "fs01.office.lan:9182", "job": "windows"},
                     **({"volume": "E:"} if "Disk" in name else {})),
    text=kw_text("prometheus/rules/windows.rules.yml"))
take(KW[0], "prometheus/rules/alert.rules.yml", KW[1], {
    "InstanceDown": ("node_down", 0),
    "HighCpuUsage": (None, "94.03"),
    "HighMemoryUsage": ("out_of_memory", "92.58"),
    "HighDiskUsage": ("disk_full", "87.40"),
    "DiskWillFillIn4Hours": ("disk_full", "-5.36870912e+08"),
}, lambda name: dict({"instance": "web01.office.lan:9100", "job": "linux"},
                     **({"mountpoint": "/var", "device": "/dev/sdb1", "fstype": "xfs"} if "Disk" in name else {})),
    text=kw_text("prometheus/rules/alert.rules.yml"))


# ---------------------------------------------------------------------------------------------
# hezhaoqing/Shell: prometheus/rules/windows_alerts_1.yml (an operator's rules for a fleet of Windows
# servers, in Chinese, one rule per drive letter; windows_alerts.yml is an earlier four-rule version of
# the same file and is not taken again)
HZ = ("hezhaoqing/Shell", "51625ad27e02e1614131e1200ab53d40511b1c2b")
take(HZ[0], "prometheus/rules/windows_alerts_1.yml", HZ[1], {
    "winCPU告警": (None, "94"),
    "win内存告警": ("out_of_memory", "93"),
    "C盘告警": ("disk_full", "92", {"volume": "C:"}),
    "D盘告警": ("disk_full", "97", {"volume": "D:"}),
    "E盘告警": ("disk_full", "6", {"volume": "E:"}),
    "F盘告警": ("disk_full", "96", {"volume": "F:"}),
    "G盘告警": ("disk_full", "98", {"volume": "G:"}),
    "H盘告警": ("disk_full", "96", {"volume": "H:"}),
    "I盘告警": ("disk_full", "99", {"volume": "I:"}),
    "J盘告警": ("disk_full", "97", {"volume": "J:"}),
    "win主机告警": ("node_down", 0),
}, {"instance": "10.8.1.37:9182", "job": "prod_win_exporter"})


# ---------------------------------------------------------------------------------------------
# c88lopez/observability-with-ai: prometheus/rules/windows.yml (a lab monitoring stack's Windows
# rules; its host, MongoDB, PostgreSQL, RabbitMQ and Redis files are outside this helper's domain and
# are not taken)
take("c88lopez/observability-with-ai", "prometheus/rules/windows.yml", "b490562cb7fbe8631c5b83c3fa7b59b4ffa5ce47", {
    "WindowsHighCPUUsage": (None, "88.61"),
    "WindowsHighMemoryUsage": ("out_of_memory", "90.37"),
    "WindowsLowDiskSpace": ("disk_full", "91.05"),
    "WindowsServiceDown": ("node_down", 0),
    "WindowsExporterDown": ("node_down", 0),
}, lambda name: dict({"instance": "win-build-02:9182", "job": "windows-exporter"}, **{
    "WindowsLowDiskSpace": {"volume": "C:"},
    "WindowsServiceDown": {"name": "w3svc", "state": "running"},
}.get(name, {})))


# ---------------------------------------------------------------------------------------------
# omaranda/Microsoft-365-Infrastructure-Automation-Toolkit: docker/prometheus/rules/alerts.yml (the
# monitoring part of a Windows Server / Microsoft 365 administration toolkit: windows_exporter hosts
# and the stack's own containers)
take("omaranda/Microsoft-365-Infrastructure-Automation-Toolkit", "docker/prometheus/rules/alerts.yml",
     "be8b1a6bdb8fc80db4577f088effd8181de7d859", {
         "HighCPUUsage": (None, "93.8"),
         "HighMemoryUsage": ("out_of_memory", "92.4"),
         "LowDiskSpace": ("disk_full", "7.9"),
         "ServerDown": ("node_down", 0),
         "ContainerDown": ("node_down", 0, {"job": "cadvisor", "instance": "cadvisor:8080"}),
         "HighContainerCPU": (None, "0.91"),
         "HighContainerMemory": ("out_of_memory", "0.96"),
     }, lambda name: {"instance": "cadvisor:8080", "job": "cadvisor", "name": "m365-reporting"}
     if name in ("HighContainerCPU", "HighContainerMemory")
     else dict({"instance": "dc01.contoso.local:9182", "job": "windows-servers"},
               **({"volume": "D:"} if name == "LowDiskSpace" else {})))


# ---------------------------------------------------------------------------------------------
# Tyranno-Rex/public-server-framework-springboot: docker/prometheus/alert.rules.yml (a Spring Boot
# server framework's own rules: actuator HTTP metrics, JVM heap and GC, HikariCP, Resilience4j)
take("Tyranno-Rex/public-server-framework-springboot", "docker/prometheus/alert.rules.yml",
     "b73b103e01bd668d408e09765e34a696d875f3be", {
         "ServerDown": ("node_down", 0),
         "HighErrorRate": ("high_error_rate", 0.083),
         "HighResponseTime": ("high_latency", 3.27),
         "HighJvmMemory": ("out_of_memory", 0.89),
         "CriticalJvmMemory": ("out_of_memory", 0.97),
         "HighGcTime": (OUT, "average GC pause above 500ms (the JVM's own pause time: neither request latency nor memory exhaustion as stated): not settled"),
         "LowDbConnections": ("connection_pool_exhaustion", 0.05),
         "CircuitBreakerOpen": (OUT, "a Resilience4j circuit breaker open (the callee failed or timed out, which the rule does not say): not settled"),
     }, lambda name: dict({"instance": "app:8080", "job": "spring-boot-app", "application": "public-server"}, **{
         "HighJvmMemory": {"area": "heap", "id": "G1 Old Gen"},
         "CriticalJvmMemory": {"area": "heap", "id": "G1 Old Gen"},
         "LowDbConnections": {"pool": "HikariPool-1"},
         "CircuitBreakerOpen": {"name": "paymentClient", "state": "open"},
     }.get(name, {})))


# ---------------------------------------------------------------------------------------------
# JunyuZhan/law-firm-archive: docker/prometheus/rules/alerts.yml (a law firm's archive management
# system, Spring Boot backend with PostgreSQL, Redis and MinIO; rules in Chinese. The file was removed
# from the main branch later; the commit that holds it is cited)
take("JunyuZhan/law-firm-archive", "docker/prometheus/rules/alerts.yml", "7b2f44469313ba740125718575581205d506f74a", {
    "ServiceDown": (OUT, BLIND2),
    "HighErrorRate": ("high_error_rate", "7.42%"),
    "HighLatency": ("high_latency", "3.418s"),
    "HighJvmMemoryUsage": ("out_of_memory", "93.7%"),
    "ThreadPoolRejections": (OUT, "tasks rejected by an executor thread pool ('可能存在过载'): a worker pool's limit, not a connection pool or a queue; not settled"),
    "HighLoginFailureRate": (OUT, "failed logins above 50 in 15 minutes, read as a possible brute-force attack (security signal; whether failed logins count as failed requests is not settled)"),
    "AccountLocked": (None, 7),
    "UnusualApiAccess": (None, 128.4),
    "HighDatabaseConnections": (OUT, "PostgreSQL active connections above a fixed 80 with no stated limit (rule 7)"),
    "SlowDatabaseQueries": ("high_latency", 184.2),
    "HikariPoolWaiting": ("connection_pool_exhaustion", 12),
    "HighRedisMemoryUsage": ("out_of_memory", 0.94),
    "HighRedisConnections": (OUT, "Redis clients above a fixed 100 with no stated limit (rule 7)"),
    "LowDiskSpace": ("disk_full", 0.07),
    "MinioDown": ("node_down", 0),
    "HighCpuUsage": (None, "86.2"),
    "HighMemoryUsage": ("out_of_memory", 0.93),
    "ContainerRestarting": ("crash_loop", 5),
}, lambda name: {
    "HighDatabaseConnections": {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "archive", "state": "active"},
    "SlowDatabaseQueries": {"instance": "postgres-exporter:9187", "job": "postgres", "datname": "archive", "state": "active"},
    "HighRedisMemoryUsage": {"instance": "redis-exporter:9121", "job": "redis"},
    "HighRedisConnections": {"instance": "redis-exporter:9121", "job": "redis"},
    "LowDiskSpace": {"instance": "node-exporter:9100", "job": "node", "mountpoint": "/", "device": "/dev/vda1", "fstype": "ext4"},
    "MinioDown": {"instance": "minio:9000", "job": "minio"},
    "HighCpuUsage": {"instance": "node-exporter:9100", "job": "node"},
    "HighMemoryUsage": {"instance": "node-exporter:9100", "job": "node"},
    "ContainerRestarting": {"instance": "cadvisor:8080", "job": "cadvisor", "name": "archive-backend"},
    "HighJvmMemoryUsage": {"instance": "backend:8080", "job": "backend", "application": "archive-system", "area": "heap", "id": "G1 Old Gen"},
    "ThreadPoolRejections": {"instance": "backend:8080", "job": "backend", "application": "archive-system", "name": "archiveTaskExecutor"},
    "HikariPoolWaiting": {"instance": "backend:8080", "job": "backend", "application": "archive-system", "pool": "HikariPool-1"},
}.get(name, {"instance": "backend:8080", "job": "backend", "application": "archive-system"}))


# ---------------------------------------------------------------------------------------------
# ommanoj88/SEV: docker/prometheus/alert.rules.yml (an electric-vehicle fleet management system, Spring
# Boot monolith: actuator HTTP metrics, JVM, HikariCP, Spring Data repositories, Redis, host disk)
take("ommanoj88/SEV", "docker/prometheus/alert.rules.yml", "1c909671824b4a1a151876a4604e08cb006348fe", {
    "HighErrorRate": ("high_error_rate", "6.81%"),
    "HighResponseTime": ("high_latency", 1.734),
    "BackendDown": ("node_down", 0),
    "HighMemoryUsage": ("out_of_memory", "92.6%"),
    "HighCPUUsage": (None, "88.4%"),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "95%"),
    "SlowDatabaseQueries": ("high_latency", 1.42),
    "RedisDown": ("node_down", 0, {"instance": "redis-exporter:9121", "job": "redis"}),
    "RedisHighMemory": ("out_of_memory", 0.93, {"instance": "redis-exporter:9121", "job": "redis"}),
    "DiskSpaceLow": ("disk_full", 0.06, {"instance": "node-exporter:9100", "job": "node", "device": "/dev/nvme0n1p2", "mountpoint": "/"}),
}, lambda name: dict({"instance": "sev-backend:8080", "job": "sev-backend", "application": "evfleet-monolith"}, **{
    "HighErrorRate": {"uri": "/api/v1/vehicles", "status": "500", "method": "GET", "outcome": "SERVER_ERROR"},
    "HighResponseTime": {"uri": "/api/v1/vehicles", "status": "200", "method": "GET", "outcome": "SUCCESS"},
    "HighMemoryUsage": {"area": "heap", "id": "G1 Old Gen"},
    "DatabaseConnectionPoolExhausted": {"pool": "HikariPool-1"},
    "SlowDatabaseQueries": {"repository": "TelemetryRepository", "method": "findLatestByVehicleId"},
}.get(name, {})))


# ---------------------------------------------------------------------------------------------
# team-cowork/cowork-server: cowork-monitoring/prometheus/rules/application-alerts.yml (a team
# collaboration server: Spring Boot services plus Go and Node.js ones, Kafka; the earlier copy under
# docker/prometheus/rules/ is a previous version of the same rules and is not taken)
take("team-cowork/cowork-server", "cowork-monitoring/prometheus/rules/application-alerts.yml",
     "ef08a640b197a1c13ff737d837c455caf8194eae", {
         "coworkServiceDown": ("node_down", 0),
         "coworkHighJvmHeapUsage": ("out_of_memory", 0.88),
         "coworkHttp5xxSpike": ("high_error_rate", 2.4),
         "coworkHttp4xxSpike": ("high_error_rate", 9.7),
         "coworkHighResponseTime": ("high_latency", 2.83),
         "coworkGoHighMemory": ("out_of_memory", 0.91, {"job": "cowork-voice", "service": "cowork-voice", "instance": "cowork-voice:9090"}),
         "coworkNodeJsHighHeap": ("out_of_memory", 0.9, {"job": "cowork-chat", "service": "cowork-chat", "instance": "cowork-chat:3000"}),
         "coworkKafkaConsumerLag": ("queue_backlog", 4210, {"job": "kafka", "instance": "kafka-exporter:9308", "service": "kafka"}),
     }, lambda name: dict({"instance": "cowork-team:8080", "job": "cowork-team", "service": "cowork-team"}, **{
         "coworkHighJvmHeapUsage": {"area": "heap", "id": "G1 Old Gen"},
         "coworkKafkaConsumerLag": {"consumergroup": "cowork-notification", "topic": "team.events"},
     }.get(name, {})))


FILES.write("rulesets33f.jsonl")
