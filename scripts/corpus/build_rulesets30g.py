"""rulesets30g.jsonl: whole alerting-rule files of public projects no corpus used before, written
in languages other than English or by non-English-speaking teams (session 30, seventh helper).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import RuleFiles, show  # noqa: E402


OUT = "OUT"
FILES = RuleFiles()
take = FILES.take

FIXED_COUNT = "a fixed threshold on a count without a stated limit (POLICY rule 7): left out"


# ---------------------------------------------------------------------------------------------
# shaxiaozz/Prometheus-Alert-Rules: a Chinese operations engineer's own PrometheusRule files
# ("工作中整理的Prometheus各种告警规则"), alert names and descriptions in Chinese, each alertname
# prefixed with its priority ([P0]..[P3]).
SHAXIAOZZ = "shaxiaozz/Prometheus-Alert-Rules"
SHAXIAOZZ_COMMIT = "13c7d267c72db42bfb2ad352f5466cb816e76151"

take(SHAXIAOZZ, "Databases/MySQL/mysql-alerts.yaml", SHAXIAOZZ_COMMIT, {
    "[P0]-MySQL Slave SQL 线程未运行": (None, 0),
    "[P1]-MySQL服务发生重启": (None, 37),
    "[P2]-MySQL连接数使用率高": ("connection_pool_exhaustion", "96.33"),
    "[P2]-MySQL慢查询增长数高": ("high_latency", "12.47"),
    "[P3]-MySQL慢查询增长数高": ("high_latency", "4.2"),
    "[P2]-MySQL InnoDB日志等待时间高": (None, "1.6"),
    "[P3]-MySQL文件描述符使用率高>80": ("fd_exhaustion", "83.52"),
    "[P2]-MySQL文件描述符使用率高": ("fd_exhaustion", "92.08"),
    "[P2]-MySQL高线程运行": (OUT, "running threads against max_connections: concurrency of running queries, not connections used against the limit; not settled"),
    "[P3]-MySQL连接数使用率高": ("connection_pool_exhaustion", "87.25"),
    "[P3]-MySQL QPS高": (None, "1.634k"),
    "[P0]-MySQL Down": ("node_down", 0),
    "[P2]-MySQL QPS高": (None, "2.215k"),
    "[P0]-MySQL Slave IO 线程未运行": (None, 0),
}, {"instance": "10.20.3.41:9104", "job": "mysql-exporter", "namespace": "monitoring"})

take(SHAXIAOZZ, "Databases/Redis/redis-alerts.yaml", SHAXIAOZZ_COMMIT, {
    "[P0]-Redis Down": ("node_down", 0),
    "[P3-]Redis内存使用率高": ("out_of_memory", "83.6"),
    "[P2]-Redis客户端新建连接数高": (OUT, "rate of the connected-clients gauge above 100: " + FIXED_COUNT),
    "[P1]-Redis存在拒绝客户端连接情况": ("connection_pool_exhaustion", 3),
    "[P1]-Redis QPS高": (None, 712.4),
    "[P1]-Redis发生慢查询": ("high_latency", 0.62),
    "[P1]-Redis丢失从节点": (OUT, "fewer connected replicas than a minute ago: a replica down or replication broken, not settled"),
    "[P2-]Redis内存使用率高": ("out_of_memory", "92.4"),
    "[P2]-Redis QPS高": (None, 348.1),
    "[P2]-Redis发生慢查询": ("high_latency", 0.27),
    "[P2]-Redis客户端连接数低": (None, 3),
}, {"instance": "10.20.3.52:9121", "job": "redis-exporter", "namespace": "monitoring"})


def node_series(name):
    s = {"instance": "10.20.1.17:9100", "job": "node-exporter", "namespace": "monitoring"}
    if "硬盘空间" in name or "inodes" in name:
        s.update({"device": "/dev/vdb1", "mountpoint": "/app", "fstype": "xfs"})
    elif "硬盘" in name or "磁盘" in name:
        s.update({"device": "vdb"})
    elif "流入流量" in name or "数据包" in name:
        s.update({"device": "eth0"})
    return s


take(SHAXIAOZZ, "System/Linux/node-alerts.yaml", SHAXIAOZZ_COMMIT, {
    "[P2]-Node 硬盘读取延迟大": (None, 0.31),
    "[P1]-Node 系统时间与实际存在差异": (None, 142),
    "[P3]-Node Socket连接数高": (OUT, "sockets in use above 5000: " + FIXED_COUNT),
    "[P2]-Node 硬盘读取IOPS高": (None, "3.412k"),
    "[P2]-Node 流入流量高": (None, "236.2"),
    "[P1]-Node 文件描述符使用率高": ("fd_exhaustion", "96.41"),
    "[P3]-Node 硬盘读取数据量高": (None, "214.7"),
    "[P2]-Node 硬盘写入IOPS高": (None, "3.871k"),
    "[P2]-Node 磁盘IO耗时占比高": (None, "72.35"),
    "[P0]-Node 服务器已重启": (None, 64),
    "[P1]-Node CPU使用率高": (None, "97.12"),
    "[P2]-Node 内存使用率高": ("out_of_memory", "88.46"),
    "[P2]-Node 硬盘空间使用率高": ("disk_full", "87.3"),
    "[P2]-Node CPU IO等待时间占比高": (None, "24.6"),
    "[P1]-Node 内存使用率高": ("out_of_memory", "96.2"),
    "[P1]-Node 硬盘空间使用率高": ("disk_full", "96.84"),
    "[P2]-Node 硬盘写入延迟大": (None, 0.27),
    "[P3]-Node TIME_WAIT连接数高": (OUT, "TIME_WAIT sockets above 5000: " + FIXED_COUNT),
    "[P2]-Node 文件描述符使用率高": ("fd_exhaustion", "83.7"),
    "[P2]-Node CPU使用率高": (None, "89.4"),
    "[P2]-Node 硬盘inodes使用率高": ("disk_full", "88.1"),
    "[P1]-Node 硬盘inodes使用率高": ("disk_full", "96.5"),
    "[P3]-Node 硬盘写入数据量高": (None, "243.9"),
    "[P1]-Node 数据包接收错误率高": (None, "12.5"),
    "[P1]-Node-Exporter Down": ("node_down", 0),
}, node_series)

take(SHAXIAOZZ, "Middleware/RabbitMQ/rabbitmq-alerts.yaml", SHAXIAOZZ_COMMIT, {
    "[P1]-RabbitMQ 不可路由的消息": (None, 4),
    "[P3]-RabbitMQ 连接太多": (OUT, "connections above 100: " + FIXED_COUNT),
    "[P2]-RabbitMQ节点内存使用率高": ("out_of_memory", 87.2),
    "[P0]-Rabbitmq 节点宕机": (OUT, "worded as the node down but computed as rabbitmq_build_info == 0 (an info series that is 1 while scraped): name and expression disagree (rule 8)"),
    "[P3]-RabbitMQ节点内存使用率高": ("out_of_memory", 74.1),
    "[P0]-Rabbitmq 节点未分布": (OUT, "an Erlang distribution link to a peer node not up: a cluster link or a peer down, not settled"),
    "[P1]-RabbitMQ Unack 消息太多": ("queue_backlog", 132),
    "[P2]-RabbitMQ 连接太多": (OUT, "connections above 300: " + FIXED_COUNT),
    "[P3]-RabbitMQ节点文件描述符使用率高": ("fd_exhaustion", 73.4),
    "[P2]-RabbitMQ节点文件描述符使用率高": ("fd_exhaustion", 88.9),
}, {"instance": "10.20.4.11:15692", "job": "rabbitmq", "namespace": "middleware", "queue": "order.create",
    "vhost": "/"})


# ---------------------------------------------------------------------------------------------
# guaguafrog/prometheus-alert-rules: alertrules/NodeExporterRules_Zh.yml (a Chinese author's own
# node-exporter rules with summaries and descriptions in Chinese; its descriptions print
# `{{ $labels.value }}`, a label the series lack, which Prometheus renders empty). Its
# PrometheusSelfRules_Zh.yml is not taken: 5 of its 18 names are awesome-prometheus-alerts' names.
GUAGUAFROG = ("guaguafrog/prometheus-alert-rules", "alertrules/NodeExporterRules_Zh.yml",
              "c6606e19bd724ce3491ad84d0a3ef6c8e960da33")


def guaguafrog_series(name):
    s = {"instance": "192.168.10.21:9100", "job": "node"}
    if name.startswith("NodeFilesystem") or name == "NodeInodeUsageHigh":
        s.update({"device": "/dev/mapper/centos-root", "mountpoint": "/", "fstype": "xfs"})
    elif name.startswith("NodeDisk"):
        s.update({"device": "sda"})
    elif name.startswith("NodeNetwork"):
        s.update({"device": "ens192"})
    elif name == "NodeCpuIowaitHigh":
        s.update({"cpu": "3", "mode": "iowait"})
    return s


take(*GUAGUAFROG, {
    "NodeContextSwitchingHigh": (None, 2381),
    "NodeCpuLoadHigh": (None, 78.4),
    "NodeCpuIowaitHigh": (None, 7.9),
    "NodeDisksMissing": (None, 0),
    "NodeDisksIOHigh": (None, 63),
    "NodeDiskReadRateHigh": (None, 71.2),
    "NodeDiskWrittenRateHigh": (None, 64.8),
    "NodeFilesystemFull": ("disk_full", 86.1),
    "NodeFilesystemWillFull": ("disk_full", 112.4),
    "NodeFilesystemReadonly": (None, 1),
    "NodeFilesystemDeviceError": (None, 1),
    "NodeInodeUsageHigh": ("disk_full", 83.2),
    "NodeMemoryUsageHigh": ("out_of_memory", 76.5),
    "NodeSwapMemoryUsageHigh": ("out_of_memory", 81.3),
    "NodeNetworkTransmitErr": (None, 3.2),
    "NodeNetworkTransmitdrop": (None, 5.1),
    "NodeNetworkTransmitRateHigh": (None, 93.6),
    "NodeNetworkReceiveErr": (None, 2.4),
    "NodeNetworkReceivedrop": (None, 12.7),
    "NodeNetworkReceiveRateHigh": (None, 97.1),
    "NodeClockSyncFailed": (None, 0),
    "NodeTimeOffsetHigh": (None, 0.184),
}, guaguafrog_series, {"value": ""},
    # Go's printf of the missing (empty-string) label, as Prometheus renders it
    text=show(GUAGUAFROG[0], GUAGUAFROG[2], GUAGUAFROG[1]).replace('{{ printf \\"%.0f\\" $labels.value }}', "%!f(string=)")
    .replace('{{ printf \\"%.3f\\" $labels.value }}', "%!f(string=)"))


# ---------------------------------------------------------------------------------------------
# PixiBixi/prometheus-rules: rules/haproxy.rules.yml (Jérémy Delgado, a French sysadmin's own
# rules, English wording written against his estate's exporter fixtures; none of its 47 names is
# in another corpus)
PIXIBIXI = ("PixiBixi/prometheus-rules", "rules/haproxy.rules.yml", "710dad3a48ab74a537b0148c5b7e05e9b35bf774")


def haproxy_series(name):
    s = {"instance": "lb-01.infra.local:8405", "job": "haproxy"}
    if "Frontend" in name:
        s.update({"proxy": "fe_https"})
    elif "Sticktable" in name:
        s.update({"name": "st_src_rate"})
    elif "Server" in name or name == "HAproxyBackendMaxActiveSessionHigh":
        s.update({"proxy": "be_api", "server": "api-02", "namespace": "haproxy-ingress"})
    elif "Backend" in name or "HAs" in name or "Pending" in name or "Retry" in name or "Blackholed" in name:
        s.update({"proxy": "be_api", "namespace": "haproxy-ingress"})
    return s


HAPROXY_RATE = "a connection or session *rate* against its configured rate limit, before anything is refused (rule 7): left out"
HAPROXY_CONN_ERR = "failed connection attempts to backend servers, cause (refused or timed out) not named: not settled"
take(*PIXIBIXI, {
    "HAproxyDown": ("node_down", 0),
    "HAproxyProcessStopping": (OUT, "a worker draining for 5 minutes, 'possible crash or stuck reload': a reload's state, cause only guessed (rule 17)"),
    "HAproxyProcessPoolFailures": ("out_of_memory", 0.4),
    "HAproxyProcessIdleLow": (None, 6),
    "HAproxyProcessDroppedLogs": (None, 12.5),
    "HAproxyProcessFailedResolutions": ("dns_failure", 4),
    "HAproxyMaxconnConnectionReuseRisk": (OUT, "connections at half of maxconn, worded about idle backend connection reuse being disabled: not near the limit, not settled"),
    "HAproxyProcessConnectionsCritical": ("connection_pool_exhaustion", 0.93),
    "HAproxyProcessConnectionsSaturation": ("connection_pool_exhaustion", 0.84),
    "HAproxyProcessSslConnectionsCritical": ("connection_pool_exhaustion", 0.92),
    "HAproxyProcessSslConnectionsSaturation": ("connection_pool_exhaustion", 0.83),
    "HAproxyConnectionRateNearLimit": (OUT, HAPROXY_RATE),
    "HAproxyProcessSessionRateNearLimit": (OUT, HAPROXY_RATE),
    "HAproxyFrontendDown": (OUT, "a frontend (listener) in state DOWN: stopped, paused or disabled, not settled"),
    "HAproxyFrontendSessionCritical": ("connection_pool_exhaustion", 0.89),
    "HAproxyFrontendSessionSaturation": ("connection_pool_exhaustion", 0.74),
    "HAproxyFrontendRequestErrors": ("high_error_rate", "1.8%"),
    "HAproxyFrontendSecurityBlockedRequests": (None, "7.4%"),
    "HAproxyBackendDown": ("node_down", 0),
    "HAproxyBackendStatusDown": ("node_down", 1),
    "HAproxyHAsNoAliveBackends": ("node_down", 0),
    "HAproxyBackendConnectionErrors": (OUT, HAPROXY_CONN_ERR),
    "HAproxyHighHttp5xxErrorRateBackend": ("high_error_rate", 8.3),
    "HAproxyHighHttp4xxErrorRateBackend": ("high_error_rate", 61.2),
    "HAproxyHighHttp4xxErrorRateBackendWarning": ("high_error_rate", 22.7),
    "HAproxyBackendConnectionReuseCollapse": (None, "12"),
    "HAproxyBackendConnectionReuseDrop": (None, "38"),
    "HAproxyBackendMaxActiveSessionHigh": ("connection_pool_exhaustion", "86.25"),
    "HAproxyBackendQueueTimeHigh": ("queue_backlog", "740ms"),
    "HAproxyBackendResponseTimeHigh": ("high_latency", "1.42s"),
    "HAproxyBackendRedispatch": (OUT, "requests redispatched to another server after a failed connection, 'a server is likely flapping' (a guess): not settled"),
    "HAproxyPendingRequests": ("queue_backlog", "14.00"),
    "HAproxyRetryHigh": (OUT, "connection retries to backend servers, cause not named: not settled"),
    "HAproxyBlackholedTrafficNamespaceWarning": (OUT, "share of requests routed to the default backend (misrouting or 404s): neither an error ratio nor settled"),
    "HAproxyBlackholedTrafficNamespaceCritical": (OUT, "share of requests routed to the default backend (misrouting or 404s): neither an error ratio nor settled"),
    "HAproxyServerDown": ("node_down", 1),
    "HAproxyServerConnectionErrors": (OUT, HAPROXY_CONN_ERR),
    "HAproxyHighHttp5xxErrorRateServer": ("high_error_rate", 11.6),
    "HAproxyHighHttp4xxErrorRateServer": ("high_error_rate", 57.9),
    "HAproxyHighHttp4xxErrorRateServerWarning": ("high_error_rate", 18.4),
    "HAproxyServerHealthcheckFailure": (OUT, "several failed health checks without the server said down (rule 7): left out"),
    "HAproxyServerQueueFull": ("queue_backlog", 9),
    "HAproxyServerDowntimeAccumulating": ("node_down", 412),
    "HAproxySticktableCritical": (None, 0.93),
    "HAproxySticktableSaturation": (None, 0.84),
    "HAProxyBackendFlapping": (OUT, "backend UP/DOWN check transitions: a flapping upstream, neither a restart loop nor a target down, not settled"),
    "HAProxyBackendInternalErrors": (OUT, "HAProxy's own internal errors (allocation, buffers, internal state), no cause named: not settled"),
}, haproxy_series, {"code": "5xx"})


# ---------------------------------------------------------------------------------------------
# starsliao/Prometheus: linux_proc_monit/node-exporter/prom_rule.yaml (a Chinese SRE's per-process
# rules for his node-exporter textfile collector; alert names and descriptions in Chinese, labels
# from the ECS inventory in Consul: A00_iid .. A05_ienv). Its windows_exporter/win_alert_rules.yml
# has 4 rules (below 5) and is not taken.
STARSLIAO = ("starsliao/Prometheus", "linux_proc_monit/node-exporter/prom_rule.yaml",
             "801f289b9250e5f901025830999ef22365b82c5e")
take(*STARSLIAO, {
    "业务进程CPU过高": (None, "192.4"),
    "业务进程内存过高": ("out_of_memory", "88.71"),
    "业务进程IOPS过高": (None, "9.214k"),
    "业务进程打开文件描述符过高": ("fd_exhaustion", 0.74),
    "业务进程停止": ("node_down", 1),
    "业务进程重启": (None, 1742),
}, {"instance": "172.18.4.23:9100", "job": "node-exporter", "A00_iid": "i-wz9d2x7kq9m3n8z4v6c0",
    "A01_iaccount": "prod-account", "A02_iname": "order-center-03", "A03_igroup": "订单中心",
    "A04_izone": "cn-shenzhen-e", "A05_ienv": "prod", "ifile": "/usr/local/jdk/bin/java",
    "icwd": "/data/app/order-center", "pid": "21873"})


# ---------------------------------------------------------------------------------------------
# navikt/aap-statistikk: .nais/alerts.yaml (NAV, the Norwegian Labour and Welfare Administration;
# team AAP's own PrometheusRule, summaries and consequences in Norwegian), at the commit that added it
take("navikt/aap-statistikk", ".nais/alerts.yaml", "b233b64afe3cdc0f9e0ad99d22694c8a26039c66", {
    "AppNede": ("node_down", 0),
    "HøyMinnebruk": ("out_of_memory", 88.3),
    "HøyHTTPFeilrate": ("high_error_rate", 7.9),
    "IngenNyeHendelser": (None, 0),
    "ÅrsakTilOpprettelseIkkeSatt": (None, 0.05),
}, {"namespace": "aap", "deployment": "statistikk", "app": "statistikk",
    "pod": "statistikk-6c9d7f8b4-qx2lm", "container": "statistikk"})


# ---------------------------------------------------------------------------------------------
# navikt/sokos-nav-oppdrag: .nais/alerts-prod.yaml (NAV team Økonomi's PrometheusRule, Norwegian
# summaries and actions; the team's sokos-* applications share this wording, only this one is taken)
take("navikt/sokos-nav-oppdrag", ".nais/alerts-prod.yaml", "030f450306240ba2848d0d1a75ea454e5923bdb1", {
    "Applikasjon nede": ("node_down", 0),
    "Applikasjonen har restartet flere ganger de siste 5 minuttene!": ("crash_loop", 4),
    "Applikasjonen logger høy andel errors": (None, 23),
    "Applikasjonen logger høy andel warnings": (None, 11),
    "Høy andel HTTP serverfeil (5xx responser)": ("high_error_rate", 5),
    "Høy andel HTTP klientfeil (4xx responser)": ("high_error_rate", 7, {"status": "400", "method": "GET",
                                                                        "route": "/api/v1/oppdrag/{oppdragsId}"}),
}, {"namespace": "okonomi", "deployment": "sokos-nav-oppdrag", "app": "sokos-nav-oppdrag",
    "container": "sokos-nav-oppdrag", "pod": "sokos-nav-oppdrag-5f7c9d8b6-t4wzr"},
    {"status": "500", "method": "POST", "route": "/api/v1/oppdrag/sok"})


FILES.write("rulesets30g.jsonl")
