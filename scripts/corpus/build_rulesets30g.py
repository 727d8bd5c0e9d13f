"""rulesets30g.jsonl: whole alerting-rule files of public projects no corpus used before, written
in languages other than English or by non-English-speaking teams (session 30, seventh helper).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import RuleFiles  # noqa: E402

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets30g.jsonl")

OUT = "OUT"
FILES = RuleFiles()
ITEMS = FILES.items
LEFT_OUT = FILES.left_out
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


def write():
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    nulls = sum(1 for i in ITEMS if i["expected"] is None)
    projects = {}
    for i in ITEMS:
        projects[i["project"]] = projects.get(i["project"], 0) + 1
    print(f"rulesets30g.jsonl: {len(ITEMS)} items, {nulls} null, {len(projects)} projects")
    for p, n in projects.items():
        print(f"  {p}: {n}")
    for r in LEFT_OUT:
        print("  out:", *r)


write()
