#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_cnmon19.jsonl: alerts worded as Chinese-language monitoring
stacks word them — rule names that are whole Chinese sentences ("机器负载-内存较高，请关注",
"Mongo实例挂了", "消费能力不足-延迟超过5分钟"), Chinese rule descriptions of TiDB's alert rules,
KubeSphere's event-alert summaries in Chinese (`summaryCn`) next to their English `summary`, and
English rule names whose annotations a Chinese team localised — delivered in our own frames: an
Alertmanager alert with Chinese annotations, a DingTalk-style markdown message, a WeCom-style
plain message, a short SMS line, a kube-events alert, and recovered notices ("已恢复").

What the family tests: recall on Chinese words for a lost target (失联, 挂了, 节点故障, 探测失败,
进程数为0, 心跳), a filling disk (写满, inode即将耗尽, 可用空间低于, 空间不足), memory (内存较高,
内存溢出, 驱逐率), consumer lag (消费能力不足), replica lag (主从延迟, 同步任务延迟), latency
(慢查询, 耗时, 延迟高), connections against a limit (连接数已超过80%, 拒绝连接), open files
(文件句柄), a deadlock (死锁), restart back-off (容器回退) and waiting jobs (等待执行); and the
look-alikes that stay null: CPU, load, I/O busy, packet drops, NTP offset, zombie processes, fan and
DIMM sensors, a recent restart (刚刚有重启), cursor timeouts, asserts, hit ratios, a low
configured fd limit, under-replicated partitions, a stopped replica thread, a failed changefeed,
cluster red, several leaders, leader change, a single node reboot, a failed mount, a probe
warning, ping round-trip time, disk write latency and recovered notices.

Labels, decided under POLICY.md before the classifier ran on the file: target_up / up / ping /
port probes failing and process count zero are `node_down` (rules 4, 7, 8, 11); memory
utilisation and Redis evictions under maxmemory `out_of_memory` (rules 2, 7); disk utilisation,
inodes, free bytes and predicted fill `disk_full`; Kafka consumer lag and waiting DDL jobs
`queue_backlog`; MongoDB/MySQL replica delay and TiCDC resolved-ts delay `replication_lag`;
slow queries, op latency, query p99 and Redis ping time `high_latency`; connections against
max_connections/available and Redis rejected connections (maxclients reached) 
`connection_pool_exhaustion`; open files against open_files_limit `fd_exhaustion`; PostgreSQL
deadlocks `deadlock`; BackOff events counted more than 3 times and CrashLoopBackOff `crash_loop`;
apiserver client 5xx ratio and error-budget burn `high_error_rate`; an HTTPS certificate expiring
within a week `certificate_expiry`. Recovered notices are `null` (rule 14).

Left out as ambiguous (rule 6): categraf's "pod发生了重启" (its expression mixes Error and
OOMKilled terminations), "内存可用低于200M" (fixed threshold without a limit, rule 8),
"TME_WAIT数量超过2万" and TiDB's NODE_tcp_estab_num_more_than_50000 (counts without a limit,
rule 7), "Mysql有超过60%的连接是running状态" (running threads against max_connections),
"Mongo出现页错误中断" (paging), "HTTP地址探测失败" (a probe result code that names no reason),
TiDB_server_panic_total and TiDB_memory_abnormal/ticdc_memory_abnormal (a guess about restarts;
a fixed memory threshold), PD_pending_peer_region_count, NODE_disk_readonly, KubeSphere's
DiskSpaceFreeFailed and the Zookeeper "no leader" rule.

Sources (heldout_check.py: all ok): flashcatcloud/categraf inputs/*/alerts*.json and
inputs/ipmi/ipmi_exporter_alert_rule.json at 6a93d64d1ba20a58cf419d1a6c37f40c150806a3;
pingcap/docs-cn alert-rules.md and ticdc/ticdc-alert-rules.md at
ae9ab0fd89873986fabc4c8873d77d46ba76f066; kubesphere/ks-installer
roles/ks-events/files/kube-events/templates/crs/cluster-rules-default.yaml and
roles/ks-monitor/files/prometheus/kubernetes/kubernetes-alertRuleGroups.yaml at
38055b318b8f805af65aedfa5ad4508128b5eb2c. Rule names, Chinese summaries and descriptions are
quoted; frames, hosts, values and the Chinese annotations of English-named rules are our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

CAT = "flashcatcloud/categraf"
CAT_C = "6a93d64d1ba20a58cf419d1a6c37f40c150806a3"
TIDB = "pingcap/docs-cn"
TIDB_C = "ae9ab0fd89873986fabc4c8873d77d46ba76f066"
KS = "kubesphere/ks-installer"
KS_C = "38055b318b8f805af65aedfa5ad4508128b5eb2c"
KS_EV = "roles/ks-events/files/kube-events/templates/crs/cluster-rules-default.yaml"
KS_RG = "roles/ks-monitor/files/prometheus/kubernetes/kubernetes-alertRuleGroups.yaml"

family = ProbeFamily("probes_cnmon19.jsonl")
D, M, N, Q, R, L, C, F = ("disk_full", "out_of_memory", "node_down", "queue_backlog",
                          "replication_lag", "high_latency", "connection_pool_exhaustion",
                          "fd_exhaustion")
NULL = None


def cat(path):
    return (CAT, f"inputs/{path}", CAT_C)


def tidb(path="alert-rules.md"):
    return (TIDB, path, TIDB_C)


def ks(path):
    return (KS, path, KS_C)


# ------------------------------------------------------------------ frames (our own wording)
def am(rule, instance, summary, description, severity="warning", **extra):
    labels = {"alertname": rule, "severity": severity, "instance": instance}
    labels.update(extra)
    return labels, {"summary": summary, "description": description}


def ding(rule, ident, value, level="P2", at="2026-12-03 02:41:17"):
    return ({"alertname": rule, "ident": ident, "level": level},
            {"message": f"### 【告警触发】{rule}\n- 级别：{level}\n- 对象：{ident}\n"
                        f"- 当前值：{value}\n- 触发时间：{at}\n- 值班人：@运维值班"})


def wecom(rule, target, detail, group="基础架构"):
    return ({"alertname": rule, "busigroup": group, "target": target},
            {"message": f"告警名称：{rule}\n告警对象：{target}\n告警详情：{detail}\n"
                        f"业务组：{group}\n请及时处理！"})


def sms(rule, ident, value, env="生产"):
    return ({"alertname": rule, "ident": ident, "env": env},
            {"message": f"[{env}][严重] {rule} {ident} 当前值={value}"})


def recovered(rule, ident, value, start, end):
    return ({"alertname": rule, "ident": ident, "status": "resolved"},
            {"message": f"### 【已恢复】{rule}\n- 对象：{ident}\n- 恢复值：{value}\n"
                        f"- 告警开始：{start}\n- 恢复时间：{end}\n- 持续：31分钟"})


def kev(name, summary, summary_cn, message, ns, pod=None, node=None):
    labels = {"alertname": name, "alerttype": "event", "severity": "warning", "namespace": ns}
    if pod:
        labels["pod"] = pod
    if node:
        labels["node"] = node
    return labels, {"summary": summary, "summaryCn": summary_cn, "message": message}


def add(src, expected, why, frame):
    labels, annotations = frame
    family.add(src, expected, why, labels, annotations)


def main():
    sysf = cat("system/alerts-linux.json")
    # --- categraf: Linux host rules
    add(sysf, N, "categraf 监控对象失联: max_over_time(target_up[130s]) == 0, the agent's own "
        "liveness signal (rule 8)",
        am("监控对象失联", "10.31.4.22", "监控对象失联：10.31.4.22",
           "机器 app-order-07 (10.31.4.22) 已超过130秒没有上报 target_up，请确认主机是否存活",
           severity="critical"))
    add(sysf, N, "categraf 监控对象失联 as a DingTalk message",
        ding("监控对象失联", "db-report-02", "target_up 无数据", level="P1"))
    add(sysf, NULL, "categraf CPU较高 (cpu_usage_idle < 25): CPU is null (rule 2)",
        am("机器负载-CPU较高，请关注", "10.31.4.23", "10.31.4.23 CPU空闲率 11.3%",
           "cpu_usage_idle{cpu=\"cpu-total\"} 持续低于25%"))
    add(sysf, NULL, "categraf Load较高 (system_load_norm_5 > 5): load is null (rule 2)",
        sms("机器负载-Load较高，请关注", "app-search-03", "7.82"))
    add(sysf, M, "categraf 内存较高 (mem_used_percent > 90): memory utilisation (rule 2)",
        am("机器负载-内存较高，请关注", "10.31.6.40", "10.31.6.40 内存使用率 94.6%",
           "mem_used_percent 超过 90%，主机 cache-node-11"))
    add(sysf, M, "categraf 内存较高 as an SMS line",
        sms("机器负载-内存较高，请关注", "bigdata-nn-01", "96.2%"))
    add(sysf, D, "categraf inode即将耗尽 (inodes used > 95%): inode capacity (rule 2)",
        am("文件系统-inode即将耗尽", "10.31.8.5", "10.31.8.5 挂载点 /data inode 使用率 97.1%",
           "disk_inodes_used/disk_inodes_total 超过 95%，path=/data"))
    add(sysf, NULL, "categraf IO有点繁忙 (diskio_io_time): disk I/O busy is null (rule 5)",
        wecom("硬盘-IO有点繁忙", "10.31.8.6 (vdb)", "IO繁忙度 99.6%"))
    add(sysf, D, "categraf 预计再有4小时写满 (predict_linear(disk_free) < 0): predicted fill "
        "(rule 2)", wecom("硬盘-预计再有4小时写满", "10.31.8.9 /var/lib/docker",
                          "按最近1小时趋势，剩余空间 3.1GiB 将在4小时内耗尽"))
    add(sysf, NULL, "categraf 入向有丢包: packet drops are a link fault (rule 16)",
        am("网卡-入向有丢包", "10.31.2.14", "10.31.2.14 eth0 入向丢包",
           "最近1分钟 net_drop_in 增加 213 个"))
    add(sysf, NULL, "categraf 出向有丢包 as an SMS line: link fault (rule 16)",
        sms("网卡-出向有丢包", "lb-edge-02", "57"))
    add(sysf, NULL, "categraf 监控对象失联 recovered: a recovery notice (rule 14)",
        recovered("监控对象失联", "app-order-07", "target_up=1", "2026-12-03 01:02:10",
                  "2026-12-03 01:33:40"))
    add(sysf, NULL, "categraf 预计再有4小时写满 recovered: a recovery notice (rule 14)",
        recovered("硬盘-预计再有4小时写满", "10.31.8.9 /var/lib/docker", "预计不会写满",
                  "2026-12-03 03:10:00", "2026-12-03 03:41:30"))

    # --- categraf: the business-line template of physical servers
    ipmi = cat("ipmi/ipmi_exporter_alert_rule.json")
    add(ipmi, D, "categraf 磁盘使用超过85% (disk_used_percent >= 85)",
        am("服务器层-虚拟化-OS-磁盘使用超过85%", "10.40.1.31", "10.40.1.31 /home 使用率 88.4%",
           "disk_used_percent >= 85，busigroup=biz-pay-core"))
    add(ipmi, D, "categraf 磁盘可用空间低于5G (disk_free <= 5 GiB)",
        ding("服务器层-虚拟化-OS-磁盘可用空间低于5G", "mysql-archive-02:/data", "4.2 GiB"))
    add(ipmi, M, "categraf 内存使用率高于90% (mem_used_percent >= 90)",
        wecom("服务器层-虚拟化-OS-内存使用率高于90%", "10.40.1.32", "内存使用率 92.8%",
              group="biz-pay-core"))
    add(ipmi, NULL, "categraf CPU空闲率低于10%: CPU is null (rule 2)",
        am("服务器层-虚拟化-OS-CPU空闲率低于10%", "10.40.1.33", "10.40.1.33 CPU空闲率 6.1%",
           "cpu_usage_idle <= 10"))
    add(ipmi, NULL, "categraf NTP时间偏移太大: clock offset is null",
        sms("服务器层-虚拟化-OS-NTP时间偏移太大", "10.40.1.34", "1840ms"))
    add(ipmi, NULL, "categraf 僵尸进程大于8个: zombie processes are null",
        am("服务器层-虚拟化-OS-僵尸进程大于8个", "10.40.1.35", "10.40.1.35 僵尸进程 14 个",
           "processes_zombies >= 8"))
    add(ipmi, NULL, "categraf 风扇运行状态异常: a fan sensor is hardware health, null",
        wecom("支付业务线-计算应用-物理机-硬件-风扇运行状态异常", "bmc-10.40.9.12",
              "ipmi_fan_speed_state{name=\"FAN3\"} = 1"))
    add(ipmi, NULL, "categraf 内存条运行状态异常: a DIMM sensor state, like ECC errors (rule 5)",
        am("支付业务线-计算应用-物理机-硬件-内存条运行状态异常", "bmc-10.40.9.13",
           "物理机 10.40.9.13 内存条状态异常", "ipmi_sensor_state{type=\"Memory\",name=\"DIMM_B2\"} = 2"))
    add(ipmi, NULL, "categraf 网卡收包错误数量大于1千: interface errors are a link fault (rule 16)",
        sms("服务器层-网络-网络健康检测-网卡收包错误数量大于1千", "10.40.1.36", "1532"))
    add(ipmi, N, "categraf PING地址探测失败 (ping_result_code != 0): all pings failing (rule 16)",
        am("服务器层-网络-网络健康检测-PING地址探测失败", "10.40.7.2",
           "10.40.7.2 PING不通", "ping_result_code=1，连续3次探测均无响应", severity="critical"))
    add(ipmi, NULL, "categraf 进程句柄限制低于2048: a configured limit too low (rule 16)",
        wecom("服务器层-虚拟化-OS-进程句柄限制低于2048", "10.40.1.37 (nginx)",
              "procstat_rlimit_num_fds_soft = 1024"))

    # --- categraf: Kafka
    kafka = cat("kafka/alerts.json")
    add(kafka, Q, "categraf 消费能力不足-延迟超过5分钟 (kafka_consumer_lag_millis): consumer lag",
        am("消费能力不足-延迟超过5分钟", "kafka-exporter-01:9308",
           "消费组 order-settle 消费延迟 742 秒", "topic=order-events consumergroup=order-settle "
           "消费延迟超过5分钟"))
    add(kafka, Q, "categraf 消费能力不足 as a DingTalk message",
        ding("消费能力不足-延迟超过5分钟", "topic=risk-log / group=risk-etl", "1380s"))
    add(kafka, NULL, "categraf 数据有丢失风险-副本数小于3: in-sync replicas below 3 are "
        "under-replicated partitions (rule 8)",
        am("数据有丢失风险-副本数小于3", "kafka-exporter-01:9308", "topic user-events ISR 副本数 2",
           "sum(kafka_topic_partition_in_sync_replica) by (topic) < 3"))

    # --- categraf: MongoDB
    mongo = cat("mongodb/alerts.json")
    add(mongo, R, "categraf Mongo副本集主从延迟超过30s: replica lag",
        am("Mongo副本集主从延迟超过30s", "10.50.2.11:9216", "rs0 从节点延迟 86 秒",
           "mongodb_mongod_replset_member_replication_lag=86 set=rs0 member=10.50.2.12:27017"))
    add(mongo, R, "categraf Mongo副本集主从延迟 as a WeCom message",
        wecom("Mongo副本集主从延迟超过30s", "mongo-user-rs1 / 10.50.2.15", "主从延迟 142s"))
    add(mongo, N, "categraf Mongo实例挂了 (mongodb_up < 1)",
        sms("Mongo实例挂了", "10.50.2.13:27017", "mongodb_up=0"))
    add(mongo, L, "categraf Mongo操作平均耗时 (opLatencies latency/ops): operation latency",
        am("Mongo操作平均耗时超过250秒", "10.50.2.14:9216", "Mongo操作平均耗时过高",
           "最近5分钟平均操作耗时 412ms，type=commands"))
    add(mongo, C, "categraf Mongo连接数已超过80% (current/available): connections against a limit",
        ding("Mongo连接数已超过80%", "10.50.2.16:27017", "87.5%"))
    add(mongo, NULL, "categraf Mongo刚刚有重启 (uptime < 60): one restart (rule 7)",
        am("Mongo刚刚有重启，请注意", "10.50.2.17:9216", "Mongo 10.50.2.17 刚刚重启",
           "mongodb_ss_uptime=23"))
    add(mongo, NULL, "categraf Mongo出现游标超时: server-side cursor timeouts (rule 16)",
        wecom("Mongo出现游标超时", "10.50.2.18:27017", "cursor timedOut 速率 0.4/s"))
    add(mongo, NULL, "categraf Mongo出现Assert错误: assertion counters are not requests",
        am("Mongo出现Assert错误", "10.50.2.19:9216", "Mongo出现Assert错误",
           "最近5分钟 regular assert 增长 0.2/s"))

    # --- categraf: MySQL (English notes where the source has them)
    mysql = cat("mysql/alerts.json")
    add(mysql, R, "categraf MysqlSlaveReplicationLag with a Chinese description: replica lag",
        am("MysqlSlaveReplicationLag", "10.60.3.21:9104", "MySQL从库复制延迟 214 秒",
           "从库 10.60.3.21 落后主库 214 秒（已扣除 sql_delay）"))
    add(mysql, N, "categraf Mysql实例挂了 (mysql_up == 0)",
        sms("Mysql实例挂了", "10.60.3.22:3306", "mysql_up=0"))
    add(mysql, F, "categraf Mysql打开了很多文件句柄 (open_files / open_files_limit > 80%)",
        am("Mysql打开了很多文件句柄，请注意", "10.60.3.23:9104",
           "More than 80% of MySQL files open", "当前 open_files 占 open_files_limit 的 86%"))
    add(mysql, L, "categraf Mysql最近一分钟有慢查询出现: slow queries",
        wecom("Mysql最近一分钟有慢查询出现", "10.60.3.24:3306", "最近1分钟新增慢查询 37 条"))
    add(mysql, C, "categraf Mysql连接数已超过80% (threads_connected / max_connections)",
        ding("Mysql连接数已超过80%", "10.60.3.25:3306", "83.1%", level="P1"))
    add(mysql, NULL, "categraf Mysql刚刚有重启 (uptime < 60): one restart (rule 7)",
        am("Mysql刚刚有重启，请注意", "10.60.3.26:9104", "Mysql刚刚有重启，请注意",
           "MySQL has just been restarted, less than one minute ago"))
    add(mysql, NULL, "categraf MysqlSlaveIoThreadNotRunning: broken replication (rule 5)",
        am("MysqlSlaveIoThreadNotRunning", "10.60.3.27:9104", "MySQL Slave IO thread not running",
           "从库 IO 线程未运行，Slave_IO_Running=No"))
    add(mysql, NULL, "categraf Mysql实例挂了 recovered: a recovery notice (rule 14)",
        recovered("Mysql实例挂了", "10.60.3.22:3306", "mysql_up=1", "2026-12-03 04:00:12",
                  "2026-12-03 04:31:40"))

    # --- categraf: PostgreSQL, procstat, Redis
    pg = cat("postgresql/alerts.json")
    add(pg, "deadlock", "categraf postgresql有死锁 (postgresql_deadlocks > 0)",
        am("postgresql有死锁", "10.60.5.11:5432", "PostgreSQL 出现死锁",
           "数据库 billing 新增死锁 3 次"))
    add(pg, N, "categraf Postgresql down (postgresql_up != 1)",
        wecom("Postgresql down", "10.60.5.12:5432", "postgresql_up=0"))
    add(pg, NULL, "categraf Postgresql缓存命中率低于50%: a hit ratio is null",
        am("Postgresql缓存命中率低于50%", "10.60.5.13:5432", "缓存命中率 41%", "db=reporting"))
    add(pg, NULL, "categraf posgresql读取时间过高 (blk_read_time): disk read time (rule 5)",
        sms("posgresql读取时间过高", "10.60.5.14:5432", "4812ms"))
    proc = cat("procstat/alerts.json")
    add(proc, N, "categraf 进程数为0 (procstat_lookup_count == 0): a process count of zero "
        "(rule 7)", am("进程监控-有进程数为0，某进程可能挂了", "10.70.1.5",
                       "10.70.1.5 进程 nginx 数量为 0", "procstat_lookup_count{pattern=\"nginx\"} == 0",
                       severity="critical"))
    add(proc, NULL, "categraf 进程句柄限制过小: a configured limit below a floor (rule 16)",
        ding("进程监控-进程句柄限制过小", "10.70.1.6 (java)", "soft limit 1024"))
    redis = cat("redis/alerts.json")
    add(redis, N, "categraf Redis 节点故障 (redis_up == 0)",
        am("Redis 节点故障", "10.80.0.21:6379", "Redis 10.80.0.21:6379 节点故障", "redis_up=0",
           severity="critical"))
    add(redis, L, "categraf Redis Ping 延迟高 (redis_ping_use_seconds > 0.1): response time",
        wecom("Redis Ping 延迟高（大于100毫秒）", "10.80.0.22:6379", "PING 耗时 0.34s"))
    add(redis, M, "categraf Redis内存使用率较高 (used_memory / maxmemory > 85%)",
        sms("Redis内存使用率较高", "10.80.0.23:6379", "91%"))
    add(redis, C, "categraf Redis出现拒绝连接 (rejected_connections): maxclients reached",
        am("Redis出现拒绝连接", "10.80.0.24:6379", "Redis 拒绝新连接",
           "rejected_connections 速率 3.2/s，已达到 maxclients 上限"))
    add(redis, NULL, "categraf Redis刚刚有重启 (uptime < 600): one restart (rule 7)",
        ding("Redis刚刚有重启，请注意", "10.80.0.25:6379", "uptime 182s"))
    add(redis, M, "categraf Redis驱逐率较高: evictions under maxmemory pressure (rule 7)",
        am("Redis驱逐率较高", "10.80.0.26:6379", "Redis key 驱逐率 14%",
           "内存达到 maxmemory，evicted_keys 快速增长"))
    add(redis, NULL, "categraf Redis较低的命中率: a hit ratio is null",
        wecom("Redis较低的命中率", "10.80.0.27:6379", "命中率 71%"))

    # --- categraf: probes, Zookeeper, Elasticsearch
    add(cat("http_response/alerts.json"), "certificate_expiry",
        "categraf HTTPS证书即将在一周内过期 (cert expire <= 7 days)",
        am("HTTPS证书即将在一周内过期", "https://pay.example.cn", "证书剩余有效期 5 天",
           "https://pay.example.cn 证书将于 2026-12-08 过期"))
    add(cat("ping/alerts.json"), N, "categraf PING地址探测失败 (ping_result_code != 0)",
        sms("PING地址探测失败", "10.90.0.1", "result_code=1"))
    add(cat("net_response/alerts.json"), N, "categraf 网络地址探活失败 quoting connection refused "
        "(rule 11)", am("网络地址探活失败", "10.90.0.5:8080", "10.90.0.5:8080 探活失败",
                        "net_response_result_code=2 (connection_failed): dial tcp 10.90.0.5:8080: "
                        "connect: connection refused", severity="critical"))
    zk = cat("zookeeper/alerts.json")
    add(zk, N, "categraf 【Zookeeper】Zookeeper Down (zk_up == 0)",
        wecom("【Zookeeper】Zookeeper Down", "zk-03.infra:2181", "zk_up=0"))
    add(zk, NULL, "categraf Zookeeper 集群存在多个 Leader: split brain, no signature",
        am("【Zookeeper】Zookeeper 集群存在多个 Leader", "zk-01.infra:2181",
           "集群 zk-prod 存在 2 个 Leader", "sum(zk_server_leader) by (zk_cluster) = 2"))
    es = cat("elasticsearch/alerts.json")
    add(es, N, "categraf Elasticsearch Down (elasticsearch_up == 0) with a Chinese description",
        am("Elasticsearch Down", "10.95.0.3:9200", "ES 节点不可用", "elasticsearch_up=0，节点 es-data-4"))
    add(es, NULL, "categraf Cluster Status Red: cluster health red (rule 5)",
        ding("ElastricSearch Cluster Status Red", "cluster=log-es", "status_code=3"))

    # --- KubeSphere event alerts (summary + summaryCn)
    ev = ks(KS_EV)
    add(ev, "crash_loop", "KubeSphere ContainerBackoff (reason=BackOff, count>3): restart back-off",
        kev("ContainerBackoff", "Container back-off", "容器回退",
            "Back-off restarting failed container order-api in pod order-api-6d8f9c7b5-q2xkl",
            "shop", pod="order-api-6d8f9c7b5-q2xkl"))
    add(ev, "crash_loop", "KubeSphere ContainerBackoff, Chinese summary only",
        ({"alertname": "ContainerBackoff", "namespace": "risk", "pod": "rule-engine-0"},
         {"summary": "容器回退", "message": "Back-off restarting failed container engine"}))
    add(ev, M, "KubeSphere NodeSystemOOM (reason=SystemOOM): a kernel OOM kill on the node",
        kev("NodeSystemOOM", "Node system OOM encountered", "节点内存溢出",
            "System OOM encountered, victim process: java, pid: 48213", "default",
            node="worker-12"))
    add(ev, NULL, "KubeSphere NodeRebooted: one reboot (rule 7)",
        kev("NodeRebooted", "Node Rebooted", "节点重启",
            "Node worker-07 has been rebooted, boot id: 3b1f0c2e-9a4d-4d3e-8f0a-2c5b6e7d8f90",
            "default", node="worker-07"))
    add(ev, NULL, "KubeSphere VolumeMountFailed: a mount failure, not capacity",
        kev("VolumeMountFailed", "Failed to mount volume", "存储卷挂载失败",
            "MountVolume.SetUp failed for volume \"app-config\" : configmap \"app-config\" not found",
            "crm", pod="crm-web-7c9d5-fx8pl"))
    add(ev, NULL, "KubeSphere ContainerProbeWarning: a probe warning, no failure",
        kev("ContainerProbeWarning", "Warning to perform a probe to the container", "容器探测警告",
            "Readiness probe warning: <a href=\"/login\">Found</a>.", "crm",
            pod="crm-web-7c9d5-fx8pl"))

    # --- KubeSphere built-in rules, annotations localised by a Chinese team (our wording)
    rg = ks(KS_RG)
    add(rg, "crash_loop", "KubeSphere KubePodCrashLooping (CrashLoopBackOff) in Chinese",
        am("KubePodCrashLooping", "10.233.64.5:8080", "容器组持续崩溃重启",
           "容器组 shop/cart-svc-5f7d8-9kq2m (cart) 处于 CrashLoopBackOff 等待状态", namespace="shop"))
    add(rg, "high_error_rate", "KubeSphere KubeClientErrors (client 5xx ratio > 1%) in Chinese",
        am("KubeClientErrors", "10.0.12.4:10257", "API Server 客户端请求错误率过高",
           "客户端 kube-controller-manager/10.0.12.4:10257 的请求 5xx 错误率为 3.7%"))
    add(rg, "high_error_rate", "KubeSphere KubeAPIErrorBudgetBurn in Chinese",
        am("KubeAPIErrorBudgetBurn", "apiserver", "API Server 错误预算消耗过快",
           "最近1小时 API Server 错误预算燃烧速率超过 14.4 倍", severity="critical"))
    add(rg, D, "KubeSphere KubePersistentVolumeFillingUp in Chinese",
        am("KubePersistentVolumeFillingUp", "10.233.70.2:10250", "存储卷即将写满",
           "项目 logging 中 PVC data-es-2 剩余空间仅 2.4%", namespace="logging"))

    # --- TiDB's rules with their Chinese descriptions (docs-cn)
    t = tidb()
    add(t, L, "TiDB_query_duration: p99 request time",
        am("TiDB_query_duration", "10.10.1.11:10080", "TiDB 99% 请求耗时 2.8s",
           "TiDB 处理请求的延时。99% 的请求的响应时间都应在 1 秒之内，否则报警。", env="tidb-prod"))
    add(t, N, "TiKV_server_is_down: port probe failed",
        am("TiKV_server_is_down", "10.10.2.21:20160", "TiKV 10.10.2.21:20160 宕机",
           "TiKV 服务端口探测失败。", severity="critical", env="tidb-prod"))
    add(t, N, "PD_cluster_down_store_nums: PD received no heartbeat from a store for 30m",
        wecom("PD_cluster_down_store_nums", "tidb-prod / store 5",
              "PD 长时间（默认配置是 30 分钟）没有收到 TiKV/TiFlash 心跳。"))
    add(t, D, "NODE_disk_used_more_than_80%: filesystem utilisation",
        am("NODE_disk_used_more_than_80%", "10.10.2.22:9100", "机器 10.10.2.22 磁盘使用率 86%",
           "机器磁盘空间使用率超过 80%。mountpoint=/data1", env="tidb-prod"))
    add(t, M, "NODE_memory_used_more_than_80%: memory utilisation",
        sms("NODE_memory_used_more_than_80%", "10.10.2.23", "88%"))
    add(t, D, "TiKV_low_space: available/capacity < 20%",
        ding("TiKV_low_space", "10.10.2.24:20160", "可用 14%（TiKV 数据量超过节点配置容量或物理磁盘容量的 80%）"))
    add(t, Q, "TiDB_ddl_waiting_jobs: DDL jobs waiting to run",
        am("TiDB_ddl_waiting_jobs", "10.10.1.12:10080", "等待执行的 DDL 任务 9 个",
           "如果 TiDB 中等待执行的 DDL 任务的数量大于 5，则报警。", env="tidb-prod"))
    add(t, NULL, "NODE_node_overload: CPU load is null (rule 2)",
        am("NODE_node_overload", "10.10.2.25:9100", "机器负载过高", "机器 CPU 负载较高。"))
    add(t, NULL, "NODE_disk_write_latency_more_than_16ms: disk I/O latency (rule 5)",
        wecom("NODE_disk_write_latency_more_than_16ms", "10.10.2.26 nvme0n1",
              "机器磁盘写延迟超过 16 毫秒。当前 27ms"))
    add(t, NULL, "BLACKER_ping_latency_more_than_1s: ping round-trip time (rule 16)",
        sms("BLACKER_ping_latency_more_than_1s", "10.10.9.1", "1.42s"))
    add(t, NULL, "PD_leader_change: a leader change, no signature",
        am("PD_leader_change", "10.10.3.31:2379", "PD leader 切换", "近期发生了 PD leader 切换。"))
    cdc = tidb("ticdc/ticdc-alert-rules.md")
    add(cdc, R, "cdc_resolvedts_high_delay: a changefeed's replication delay",
        am("cdc_resolvedts_high_delay", "10.10.4.41:8300", "同步任务 resolved ts 延迟 412 秒",
           "TiCDC 某个同步任务的 resolved ts 延迟超过 5 分钟。changefeed=kafka-orders",
           severity="critical"))
    add(cdc, NULL, "ticdc_changefeed_failed: a changefeed failed, broken replication (rule 5)",
        am("ticdc_changefeed_failed", "10.10.4.42:8300", "同步任务进入 failed 状态",
           "TiCDC 某个同步任务遇到无法自动恢复的错误，进入 failed 状态。changefeed=mysql-dw",
           severity="critical"))
    add(cdc, NULL, "cdc_resolvedts_high_delay recovered: a recovery notice (rule 14)",
        recovered("cdc_resolvedts_high_delay", "changefeed=kafka-orders", "延迟 3 秒",
                  "2026-12-03 05:12:00", "2026-12-03 05:43:20"))

    family.write()


if __name__ == "__main__":
    main()
