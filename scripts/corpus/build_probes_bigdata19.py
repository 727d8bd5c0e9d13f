#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_bigdata19.jsonl: alerts and error lines of data platforms and
their schedulers, in Chinese and English: TiDB/TiKV/PD/TiCDC alert rules as PingCAP's Chinese
documentation describes them (rendered the way PrometheusAlert, DingTalk robots and plain
Alertmanager annotations carry them), TiDB's own error strings quoted by application alerts, Apache
DolphinScheduler's alert-server notifications and load-protection log lines, Nacos's health-check
event log, Apache Airflow's UI banner and StatsD metrics, and RocketMQ Dashboard's consumer monitor.

What the family tests: wording no rule was written from, chiefly Chinese rule descriptions
("没有收到 TiKV/TiFlash 心跳", "服务端口探测失败", "节点空间不足", "Raft log 落后", "同步任务延迟",
"排队的请求", "等待的任务数量") and terse English lines of data systems ("Fault tolerance warning" with
`"event":"SERVER_DOWN"`, "OverLoad: the SystemMemoryUsedPercentage ...", "PD server timeout",
"{IP-DISABLED} ... client last beat", "The scheduler does not appear to be running"). Look-alikes
that must stay null (about 44%): CPU and load, disk read/fsync latency, PD leader changes and
leader drops, clock going back, GC not running, region size, missing replicas and no store to place
one (broken replication / placement capacity, POLICY.md rules 5 and 17), a read-only file system,
ping round-trip time (rule 16), a changefeed that exited with an error, two TiCDC owners, TiDB
transaction errors (write conflict, GC safe point, schema lease, transaction too large, TTL manager
timeout), failed or timed-out workflows and tasks (rule 10), a blocked workflow, Nacos's distro sync
and snapshot load failures, Airflow zombie kills, task failures and DAG-file processor timeouts.

Labels, decided from each rule's measurement and each line's meaning under POLICY.md before the
classifier ran on the file:
- node_down: PD's store-down and lost-heartbeat counts, TiDB's keep-alive counter not advancing and
  Airflow's missing scheduler/triggerer heartbeats (a target's own liveness signal, rule 8), a
  port probe failing (rule 4), TiKV reporting peers unreachable (rule 11), DolphinScheduler's
  SERVER_DOWN fault-tolerance alert and "server down" event, Nacos marking an instance unhealthy
  because its client heartbeats stopped (its liveness signal, rule 8).
- disk_full: store/cluster space and disk/inode utilisation, DolphinScheduler's disk OverLoad line
  (rule 2). out_of_memory: host memory utilisation, DolphinScheduler's system-memory OverLoad line,
  TiDB's memory-usage alarm against its memory quota, Airflow's task memory percentage (rule 2).
- replication_lag: TiCDC checkpoint/resolved-ts delay, TiKV raft log lag, PD pending peers (raft
  log behind the leader) (rule 7).
- queue_backlog: coprocessor requests queued and their wait time, pending worker tasks, waiting
  DDL jobs, Airflow queued tasks and time spent queued, RocketMQ consumer diffTotal (rule 4).
- high_latency: query, TSO and raft-write duration (rule 4).
- upstream_timeout: TiDB's "PD server timeout", "TiKV server timeout", "TiFlash server timeout" and
  DolphinScheduler's RPC "Wait response in N/ms timeout" (a caller gave up, rule 13).
- high_error_rate: an error-ratio alert quoting "TiKV server is busy" (its cause is not settled, so
  the alert keeps its symptom, rule 1).

Left out as ambiguous (rule 6): TiDB_memory_abnormal, ticdc_memory_abnormal and
TiKV_memory_used_too_fast (fixed memory thresholds without a limit, rule 8); "Out Of Memory
Quota!" (a per-query memory quota: rules 7 and 12 pull both ways); "TiKV server is busy" and
"Region is unavailable" on their own; "Store token is up to the limit"; TiKV_write_stall and
TiKV_channel_full_total; PD_down_peer_region_nums and PD_cluster_slow_tikv_nums; TiDB panics;
cdc_processor_checkpoint_tso_no_change_for_1m (stalled, lag not measured); TiCDC sink and mounter
durations; NODE_tcp_estab_num_more_than_50000 (a count without a limit, rule 7); DolphinScheduler's
"The current server is overload" (reason not given), "WorkerTaskExecutorThreadPool is overload" and
"worker fault tolerance"; Nacos's "Cancel distro sync caused by target server ... unhealthy" (a
ring's unhealthy status, rule 9) and AUTO-DELETE-IP; Airflow's starving tasks; a RocketMQ consumer
group below its minimum consumer count.

Sources (strings quoted; frames, hosts, values and clusters are ours):
- pingcap/docs-cn alert-rules.md and ticdc/ticdc-alert-rules.md (rule names, expressions, 规则描述);
- pingcap/tidb errors.toml and util/expensivequery/memory_usage_alarm.go;
- apache/dolphinscheduler AlertDao.java, ServerAlertContent.java, ServerDownListenerEvent.java,
  WorkflowAlertManager.java, BaseServerLoadProtection.java, ResponseFuture.java,
  AbstractCommandExecutor.java;
- alibaba/nacos UnhealthyInstanceChecker.java, AbstractDistroExecuteTask.java, DistroLoadDataTask.java;
- apache/airflow airflow/www/templates/airflow/main.html and the metrics reference (metrics.rst);
- apache/rocketmq-dashboard MonitorTask.java and GroupConsumeInfo.java.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, num, pick  # noqa: E402

family = ProbeFamily("probes_bigdata19.jsonl")

N, D, M, R, Q, L, T, E = ("node_down", "disk_full", "out_of_memory", "replication_lag",
                          "queue_backlog", "high_latency", "upstream_timeout", "high_error_rate")

DOCS = ("pingcap/docs-cn", "alert-rules.md", "000242927adc76df489a30cb41fe7a32d28e0975")
CDC = ("pingcap/docs-cn", "ticdc/ticdc-alert-rules.md", "0a587f605cf5931eb433a85f465e984c3698d197")
TIDB_ERR = ("pingcap/tidb", "errors.toml", "000120d63127bec3adb6f785592ae88dd63f1654")
TIDB_MEM = ("pingcap/tidb", "util/expensivequery/memory_usage_alarm.go",
            "c52ad37277201e58e79b7394eab35ff18329edec")
DS = "apache/dolphinscheduler"
DS_C = "7e0095dca198bfc50c59bbc10b3be5617d7b3229"
DS_ALERTDAO = (DS, "dolphinscheduler-dao/src/main/java/org/apache/dolphinscheduler/dao/AlertDao.java", DS_C)
DS_DOWNEVT = (DS, "dolphinscheduler-dao/src/main/java/org/apache/dolphinscheduler/dao/entity/event/"
              "ServerDownListenerEvent.java", DS_C)
DS_WAM = (DS, "dolphinscheduler-service/src/main/java/org/apache/dolphinscheduler/service/alert/"
          "WorkflowAlertManager.java", DS_C)
DS_LOAD = (DS, "dolphinscheduler-meter/src/main/java/org/apache/dolphinscheduler/meter/metrics/"
           "BaseServerLoadProtection.java", DS_C)
DS_RPC = (DS, "dolphinscheduler-extract/dolphinscheduler-extract-base/src/main/java/org/apache/"
          "dolphinscheduler/extract/base/future/ResponseFuture.java", DS_C)
DS_CMD = (DS, "dolphinscheduler-task-plugin/dolphinscheduler-task-api/src/main/java/org/apache/"
          "dolphinscheduler/plugin/task/api/AbstractCommandExecutor.java", DS_C)
NACOS = "alibaba/nacos"
NACOS_C = "486e19848605bbea24902b26e741a433d912e0a8"
NACOS_BEAT = (NACOS, "naming/src/main/java/com/alibaba/nacos/naming/healthcheck/heartbeat/"
              "UnhealthyInstanceChecker.java", NACOS_C)
NACOS_DISTRO = (NACOS, "core/src/main/java/com/alibaba/nacos/core/distributed/distro/task/execute/"
                "AbstractDistroExecuteTask.java", NACOS_C)
NACOS_LOAD = (NACOS, "core/src/main/java/com/alibaba/nacos/core/distributed/distro/task/load/"
              "DistroLoadDataTask.java", NACOS_C)
AF_MAIN = ("apache/airflow", "airflow/www/templates/airflow/main.html",
           "03087a00db217490fc8fddc4c48a4d4af0faa8af")
AF_METRICS = ("apache/airflow",
              "docs/apache-airflow/administration-and-deployment/logging-monitoring/metrics.rst",
              "fef7666e2cd2f21a937bcb663cba2fe1e8534675")
RMQ = ("apache/rocketmq-dashboard", "src/main/java/org/apache/rocketmq/dashboard/task/MonitorTask.java",
       "770822bbc812bfd0c2a94aa0128ab6f59b50d076")

CLUSTERS = ["tidb-bj-prod", "tidb-sh-olap", "tidb-gz-pay", "tidb-hz-risk"]
LEVELS = {"emergency": "紧急", "critical": "严重", "warning": "警告"}

# ------------------------------------------------------------- TiDB / PD / TiKV rules (Chinese)
# (alertname, level, expr, 规则描述 as documented, instance, value, label, why)
RULES = [
    ("PD_cluster_down_store_nums", "emergency",
     'sum(pd_cluster_status{type="store_down_count"}) by (instance) > 0',
     "PD 长时间（默认配置是 30 分钟）没有收到 TiKV/TiFlash 心跳。", "10.12.0.11:2379", "1", N,
     "PD has had no store heartbeat for 30m (liveness signal, rule 8)"),
    ("PD_cluster_lost_connect_store_nums", "warning",
     'sum(pd_cluster_status{type="store_disconnected_count"}) by (instance) > 0',
     "PD 在 20 秒之内未收到 TiKV/TiFlash 上报心跳。正常情况下是每 10 秒收到 1 次心跳。",
     "10.12.0.12:2379", "2", N, "no store heartbeat within 20s (liveness signal, rule 8)"),
    ("TiDB_monitor_keep_alive", "emergency", "increase(tidb_monitor_keep_alive_total[10m]) < 100",
     "表示 TiDB 的进程是否仍然存在。如果在 10 分钟之内 tidb_monitor_keep_alive_total 增加次数少于 100，"
     "则 TiDB 的进程可能已经退出，此时会报警。", "10.12.1.21:10080", "37", N,
     "TiDB's keep-alive counter stopped advancing (its liveness signal, rule 8)"),
    ("TiKV_server_report_failure_msg_total", "critical",
     'sum(rate(tikv_server_report_failure_msg_total{type="unreachable"}[10m])) BY (store_id) > 10',
     "表明无法连接远端的 TiKV。", "10.12.2.31:20180", "14.2", N,
     "TiKV reports its remote peer unreachable (rule 11)"),
    ("TiDB_server_is_down", "emergency", 'probe_success{group="tidb"} == 0',
     "TiDB 服务端口探测失败。", "10.12.1.22:4000", "0", N, "a port probe failing (rule 4)"),
    ("TiKV_server_is_down", "emergency", 'probe_success{group="tikv"} == 0',
     "TiKV 服务端口探测失败。", "10.12.2.33:20160", "0", N, "a port probe failing (rule 4)"),
    ("PD_cluster_low_space", "warning",
     'sum(pd_cluster_status{type="store_low_space_count"}) by (instance) > 0',
     "表示 TiKV/TiFlash 节点空间不足。", "10.12.0.11:2379", "1", D, "stores low on space (rule 2)"),
    ("TiKV_space_used_more_than_80%", "warning",
     'sum(pd_cluster_status{type="storage_size"}) / sum(pd_cluster_status{type="storage_capacity"}) * 100 > 80',
     "集群空间占用超过 80%。", "10.12.0.13:2379", "86.4", D, "cluster storage utilisation (rule 2)"),
    ("TiKV_low_space", "warning",
     'sum(tikv_store_size_bytes{type="available"}) by (instance) / sum(tikv_store_size_bytes{type="capacity"}) by (instance) < 0.2',
     "TiKV 数据量超过节点配置容量或物理磁盘容量的 80%。", "10.12.2.34:20180", "0.13", D,
     "store data above 80% of capacity (rule 2)"),
    ("NODE_disk_used_more_than_80%", "emergency",
     'node_filesystem_avail_bytes{fstype=~"(ext.|xfs)", mountpoint!~"/boot"} / node_filesystem_size_bytes * 100 <= 20',
     "机器磁盘空间使用率超过 80%。", "10.12.2.35:9100", "11.8", D, "filesystem utilisation (rule 2)"),
    ("NODE_disk_inode_more_than_80%", "emergency",
     'node_filesystem_files_free{fstype=~"(ext.|xfs)"} / node_filesystem_files * 100 < 20',
     "机器磁盘挂载目录文件系统 inode 使用率超过 80%。", "10.12.3.41:9100", "7.5", D,
     "inode utilisation (rule 2)"),
    ("NODE_memory_used_more_than_80%", "critical",
     "(node_memory_MemTotal_bytes-node_memory_MemFree_bytes-node_memory_Cached_bytes)/node_memory_MemTotal_bytes*100 >= 80",
     "机器内存使用率超过 80%。", "10.12.1.23:9100", "91.2", M, "host memory utilisation (rule 2)"),
    ("TiDB_query_duration", "warning",
     "histogram_quantile(0.99, sum(rate(tidb_server_handle_query_duration_seconds_bucket[1m])) BY (le, instance)) > 1",
     "TiDB 处理请求的延时。如果延迟大于 1 秒的概率超过 99%，则报警。", "10.12.1.21:10080", "3.42", L,
     "query duration p99 (rule 4)"),
    ("PD_tidb_handle_requests_duration", "warning",
     'histogram_quantile(0.99, sum(rate(pd_client_request_handle_requests_duration_seconds_bucket{type="tso"}[1m])) by (instance, job, le)) > 0.1',
     "PD 处理 TSO 请求耗时过长，一般是由于负载过高。", "10.12.1.24:10080", "0.38", L,
     "TSO request duration (rule 4); the load is a guess (rule 17)"),
    ("TiKV_async_request_write_duration_seconds", "critical",
     'histogram_quantile(0.99, sum(rate(tikv_storage_engine_async_request_duration_seconds_bucket{type="write"}[1m])) by (le, instance, type)) > 1',
     "这个值偏大，表明 Raft write 耗时很长。", "10.12.2.31:20180", "2.7", L,
     "write request duration (rule 4)"),
    ("TiKV_coprocessor_pending_request", "warning", "delta(tikv_coprocessor_pending_request[10m]) > 5000",
     "Coprocessor 排队的请求。", "10.12.2.32:20180", "8841", Q, "requests queued (rule 4)"),
    ("TiKV_pending_task", "warning", "sum(tikv_worker_pending_task_total) BY (instance,name) > 1000",
     "TiKV 等待的任务数量。", "10.12.2.36:20180", "3120", Q, "tasks waiting (rule 4)"),
    ("TiDB_ddl_waiting_jobs", "warning", "sum(tidb_ddl_waiting_jobs) > 5",
     "如果 TiDB 中等待执行的 DDL 任务的数量大于 5，则报警。", "10.12.1.22:10080", "17", Q,
     "DDL jobs waiting (rule 4)"),
    ("TiKV_coprocessor_request_wait_seconds", "critical",
     "histogram_quantile(0.9999, sum(rate(tikv_coprocessor_request_wait_seconds_bucket[1m])) by (le, instance, req)) > 10",
     "这个值偏大，表明 Coprocessor worker 压力很大。可能有比较慢的任务卡住了 Coprocessor 线程。",
     "10.12.2.33:20180", "26.1", Q, "time requests wait in the coprocessor queue (rule 4)"),
    ("TiKV_raft_log_lag", "critical",
     "histogram_quantile(0.99, sum(rate(tikv_raftstore_log_lag_bucket[1m])) by (le, instance)) > 5000",
     "这个值偏大，表明 Follower 已经远远落后于 Leader，Raft 没法正常同步了。可能的原因是 Follower 所在的 "
     "TiKV 卡住或者挂掉了。", "10.12.2.34:20180", "12650", R,
     "raft log lag of followers (rule 7); the cause is a guess (rule 17)"),
    ("PD_pending_peer_region_count", "warning",
     'sum(pd_regions_status{type="pending-peer-region-count"}) by (instance) > 100',
     "Raft log 落后的 Region 过多。由于调度产生少量的 pending peer 是正常的，但是如果持续很高，就可能有问题。",
     "10.12.0.11:2379", "412", R, "regions whose raft log is behind (rule 7)"),
    # look-alikes
    ("TiDB_schema_error", "emergency",
     'increase(tidb_session_schema_lease_error_total{type="outdated"}[15m]) > 0',
     "TiDB 在一个 Lease 时间内没有重载到最新的 Schema 信息。如果 TiDB 无法继续对外提供服务，则报警。",
     "10.12.1.21:10080", "2", None, "schema lease not reloaded (as probes_monitoring4)"),
    ("TiKV_GC_can_not_work", "emergency", 'sum(increase(tikv_gcworker_gc_tasks_vec{task="gc"}[1d])) < 1',
     "在 24 小时内一个 TiKV 实例上没有成功执行 GC，说明 GC 不能正常工作了。", "10.12.2.31:20180", "0",
     None, "GC not running (housekeeping)"),
    ("TiKV_raftstore_thread_cpu_seconds_total", "critical",
     'sum(rate(tikv_thread_cpu_seconds_total{name=~"raftstore_.*"}[1m])) by (instance, name) > 1.6',
     "Raftstore 线程压力太大。", "10.12.2.32:20180", "1.83", None, "thread CPU (rule 2)"),
    ("TiKV_thread_apply_worker_cpu_seconds", "critical",
     'max(rate(tikv_thread_cpu_seconds_total{name=~"apply_.*"}[1m])) by (instance) > 0.9',
     "Apply Raft log 线程压力太大，已经接近或超过 apply 线程的处理上限。通常是因为短期内写入的数据量太多造成的。",
     "10.12.2.35:20180", "0.97", None, "thread CPU (rule 2)"),
    ("PD_leader_change", "warning", 'count(changes(pd_tso_events{type="save"}[10m]) > 0) >= 2',
     "近期发生了 PD leader 切换。", "10.12.0.12:2379", "2", None, "a leader change"),
    ("TiKV_leader_drops", "warning", 'delta(tikv_pd_heartbeat_tick_total{type="leader"}[30s]) < -10',
     "该问题通常是因为 Raftstore 线程卡住了。", "10.12.2.36:20180", "-23", None,
     "leaders moving away; the cause is a guess (rule 17)"),
    ("PD_etcd_write_disk_latency", "critical",
     "histogram_quantile(0.99, sum(rate(etcd_disk_wal_fsync_duration_seconds_bucket[1m])) by (instance, job, le)) > 1",
     "fsync 操作延迟大于 1s，代表 etcd 写盘慢，这很容易引起 PD leader 超时或者 TSO 无法及时存盘等问题，"
     "从而导致整个集群停止服务。", "10.12.0.13:2379", "1.46", None, "disk fsync latency (rule 5)"),
    ("NODE_disk_read_latency_more_than_32ms", "warning",
     "rate(node_disk_read_time_seconds_total[5m]) / rate(node_disk_reads_completed_total[5m]) * 1000 > 32",
     "磁盘读延迟超过 32 毫秒。", "10.12.2.33:9100", "57.3", None, "disk read latency (rule 5)"),
    ("NODE_node_overload", "warning",
     'node_load5 / count without (cpu, mode) (node_cpu_seconds_total{mode="system"}) > 1',
     "机器 CPU 负载较高。", "10.12.1.24:9100", "1.7", None, "load (rule 2)"),
    ("PD_system_time_slow", "warning", 'changes(pd_tso_events{type="system_time_slow"}[10m]) >= 1',
     "系统时间可能发生回退。", "10.12.0.11:2379", "1", None, "clock went back"),
    ("TiKV_approximate_region_size", "warning",
     "histogram_quantile(0.99, sum(rate(tikv_raftstore_region_size_bucket[1m])) by (le)) > 1073741824",
     "TiKV split checker 扫描到的最大的 Region approximate size 在 1 分钟内持续大于 1 GB。",
     "10.12.2.34:20180", "1395864371", None, "region size (housekeeping)"),
    ("PD_miss_peer_region_count", "critical",
     'sum(pd_regions_status{type="miss_peer_region_count"}) by (instance) > 100',
     "Region 的副本数小于 max-replicas 配置的值。", "10.12.0.12:2379", "233", None,
     "fewer replicas than configured (broken replication, rules 5 and 17)"),
    ("PD_no_store_for_making_replica", "warning",
     'increase(pd_checker_event_count{type="replica_checker", name="no_target_store"}[1m]) > 0',
     "没有合适的 store 用来补副本。", "10.12.0.13:2379", "4", None,
     "no store to place a replica (placement capacity, rule 17)"),
    ("NODE_disk_readonly", "emergency", 'node_filesystem_readonly{fstype=~"(ext.|xfs)"} == 1',
     "磁盘挂载目录文件系统只读，无法写入数据，一般是因为磁盘故障或文件系统损坏。", "10.12.3.42:9100", "1",
     None, "a read-only file system, not a full one"),
    ("BLACKER_ping_latency_more_than_1s", "warning",
     'max_over_time(probe_duration_seconds{job=~"blackbox_exporter.*_icmp"}[1m]) > 1',
     "Ping 延迟超过 1 秒。", "10.12.2.36", "1.38", None, "ping round-trip time (rule 16)"),
]

CDC_RULES = [
    ("cdc_checkpoint_high_delay", "critical", "(time() - ticdc_processor_checkpoint_ts / 1000) > 600",
     "TiCDC 某个同步任务延迟超过 10 分钟。", "10.12.4.51:8300", "1712", R, "changefeed checkpoint lag (rule 7)"),
    ("cdc_resolvedts_high_delay", "critical", "(time() - ticdc_processor_resolved_ts / 1000) > 300",
     "TiCDC 某个同步任务的 resolved ts 延迟超过 5 分钟。", "10.12.4.52:8300", "644", R,
     "changefeed resolved-ts lag (rule 7)"),
    ("ticdc_processor_exit_with_error_count", "critical",
     "changes(ticdc_processor_exit_with_error_count[1m]) > 0",
     "TiCDC 某个同步任务报错退出。", "10.12.4.51:8300", "1", None,
     "a changefeed that exited with an error (broken replication, rule 5)"),
    ("cdc_multiple_owners", "warning", "sum(rate(ticdc_owner_ownership_counter[30s])) >= 2",
     "TiCDC 集群有多个 owner。", "10.12.4.53:8300", "2", None, "two owners (election, not lag)"),
]


def rule_frame(i, name, level, expr, desc, instance, value):
    cluster = pick(f"bd19-{name}-{i}", CLUSTERS)
    shape = i % 3
    if shape == 0:
        # Plain Alertmanager labels, Chinese annotations (a rule file translated by the team).
        return ({"alertname": name, "env": cluster, "level": level, "expr": expr, "instance": instance},
                {"summary": desc, "description": f"集群: {cluster}, 实例: {instance}, 当前值: {value}",
                 "value": value})
    if shape == 1:
        # A DingTalk robot's markdown, rendered by a webhook bridge.
        return ({"alertname": name, "severity": level, "cluster": cluster},
                {"message": f"### 【{LEVELS[level]}】{name}\n> 集群：{cluster}\n> 实例：{instance}\n\n"
                            f"**规则描述**：{desc}\n\n**当前值**：{value}\n\n状态：触发中"})
    # PrometheusAlert's template with the firing text in description.
    return ({"alertname": name, "level": level, "instance": instance, "job": cluster},
            {"description": f"告警级别：{LEVELS[level]}\n告警类型：{name}\n故障主机：{instance}\n"
                            f"告警详情：{desc}\n当前值：{value}",
             "summary": f"{cluster} {name}"})


def tidb_rules():
    i = 0
    for src, rules in ((DOCS, RULES), (CDC, CDC_RULES)):
        for name, level, expr, desc, instance, value, label, why in rules:
            labels, ann = rule_frame(i, name, level, expr, desc, instance, value)
            family.add(src, label, f"PingCAP docs-cn {name} (规则描述 in Chinese): {why}", labels, ann)
            i += 1


# ---------------------------------------------------------------- TiDB's own error strings
def tidb_errors():
    add = family.add
    add(TIDB_ERR, T, "TiDB error 9001 'PD server timeout' in an application log alert: a call to PD "
        "timed out (rule 13)",
        {"alertname": "LogPatternMatched", "app": "ledger-api", "namespace": "fin", "severity": "warning"},
        {"summary": "ledger-api: TiDB errors in log",
         "description": "2026-12-04 08:41:07.512 ERROR [http-nio-8080-exec-14] o.h.e.j.s.SqlExceptionHelper - "
                        "(conn=88213) ERROR 9001 (HY000): PD server timeout"})
    add(TIDB_ERR, T, "TiDB error 9002 'TiKV server timeout' in a failed batch job's output (rule 13)",
        {"alertname": "KubeJobFailed", "job_name": "settle-daily-28904190", "namespace": "batch",
         "severity": "warning"},
        {"summary": "Job batch/settle-daily-28904190 failed to complete",
         "description": "Last log line: pymysql.err.InternalError: (9002, 'TiKV server timeout')"})
    add(TIDB_ERR, T, "TiDB error 9012 'TiFlash server timeout' in a Sentry issue (rule 13)",
        {"alertname": "SentryIssue", "project": "bi-dashboard", "level": "error"},
        {"title": "OperationalError: (1105, 'TiFlash server timeout')",
         "summary": "New issue in bi-dashboard: 212 events in 10m"})
    add(TIDB_ERR, E, "TiDB error 9003 'TiKV server is busy' quoted by an error-ratio alert: the alert "
        "keeps its symptom (rule 1)",
        {"alertname": "APIHighErrorRatio", "service": "order-query", "severity": "critical"},
        {"summary": "order-query: 7.9% of requests failing",
         "description": "5xx ratio above 5% for 10m. Top error: Error 9003 (HY000): TiKV server is busy"})
    add(TIDB_ERR, None, "TiDB error 9006 (GC life time shorter than the transaction): look-alike",
        {"alertname": "LogPatternMatched", "app": "report-export", "severity": "warning"},
        {"summary": "report-export: SQL errors",
         "description": "ERROR 9006 (HY000): GC life time is shorter than transaction duration, transaction "
                        "starts at 2026-12-04 02:10:13.418 +0800 CST, GC safe point is 2026-12-04 02:20:13.418 "
                        "+0800 CST"})
    add(TIDB_ERR, None, "TiDB error 9007 (write conflict): look-alike",
        {"alertname": "SentryIssue", "project": "inventory-svc", "level": "error"},
        {"title": "Error 9007: Write conflict, txnStartTS=446712390124863489, conflictStartTS="
                  "446712390124863491, conflictCommitTS=446712390138232834, key={tableID=118, "
                  "handle=90211} primary=... [try again later]",
         "summary": "New issue in inventory-svc"})
    add(TIDB_ERR, None, "TiDB error 8027 (schema lease outdated); the 'make sure TiDB can connect to "
        "TiKV' is advice (rule 17): look-alike",
        {"alertname": "ApplicationLogErrors", "service": "crm-sync", "severity": "warning"},
        {"summary": "errors in application log",
         "description": "java.sql.SQLException: Information schema is out of date: schema failed to update "
                        "in 1 lease, please make sure TiDB can connect to TiKV"})
    add(TIDB_ERR, None, "TiDB error 8004 (transaction too large, a size limit): look-alike",
        {"alertname": "KubeJobFailed", "job_name": "archive-orders-28904100", "namespace": "batch"},
        {"summary": "Job batch/archive-orders-28904100 failed",
         "description": "ERROR 8004 (HY000) at line 3: Transaction is too large, size: 104857600"})
    add(TIDB_ERR, None, "TiDB error 8229 (TTL manager timed out: the transaction's own time limit, "
        "rule 10): look-alike",
        {"alertname": "LogPatternMatched", "app": "points-ledger", "severity": "warning"},
        {"summary": "points-ledger: TiDB errors",
         "description": "Error 8229: TTL manager has timed out, pessimistic locks may expire, please commit "
                        "or rollback this transaction"})
    add(TIDB_ERR, None, "TiDB error 8055 (snapshot older than GC safe point): look-alike",
        {"alertname": "SentryIssue", "project": "audit-reader", "level": "error"},
        {"title": "Error 8055: snapshot is older than GC safe point 2026-12-04 06:00:01.22 +0800 CST",
         "summary": "New issue in audit-reader"})
    family.add(TIDB_MEM, M, "TiDB's memory usage alarm: instance memory above the alarm ratio of its "
               "quota (utilisation against a limit, rule 2)",
               {"alertname": "TiDBLogWarning", "instance": "10.12.1.23:10080", "component": "tidb",
                "severity": "warning"},
               {"summary": "tidb.log WARN matched on 10.12.1.23:10080",
                "description": '[2026/12/04 09:12:44.301 +08:00] [WARN] [memory_usage_alarm.go:97] ["the TiDB '
                               'instance now takes a lot of memory, has the risk of OOM"] [memType="instance '
                               'memory"] [memUsage=27384719360] [memQuota=32212254720]'})


# ---------------------------------------------------------------- DolphinScheduler
def ds_content(obj):
    return json.dumps(obj, separators=(",", ":"))


def dolphinscheduler():
    add = family.add
    down_master = ds_content([{"type": "MASTER", "host": "10.30.1.11:5678", "event": "SERVER_DOWN",
                               "warningLevel": "SERIOUS"}])
    down_worker = ds_content([{"type": "WORKER", "host": "10.30.2.24:1234", "event": "SERVER_DOWN",
                               "warningLevel": "SERIOUS"}])
    add(DS_ALERTDAO, N, "DolphinScheduler fault-tolerance alert, event SERVER_DOWN of a master",
        {"alertname": "DolphinSchedulerAlert", "alert_type": "FAULT_TOLERANCE_WARNING", "channel": "dingtalk"},
        {"title": "Fault tolerance warning", "content": down_master})
    add(DS_ALERTDAO, N, "DolphinScheduler fault-tolerance alert, event SERVER_DOWN of a worker, via email",
        {"alertname": "EmailAlert", "source": "dolphinscheduler-alert-server", "severity": "critical"},
        {"subject": "Fault tolerance warning", "message": f"Fault tolerance warning\n{down_worker}"})
    add(DS_DOWNEVT, N, "DolphinScheduler listener event 'server down'",
        {"alertname": "DSListenerEvent", "event_type": "SERVER_DOWN", "severity": "critical"},
        {"summary": "WORKER server down: 10.30.2.25:1234"})
    add(DS_LOAD, M, "DolphinScheduler load protection: system memory usage over its threshold (rule 2)",
        {"alertname": "LogPatternMatched", "app": "dolphinscheduler-master", "pod": "ds-master-1",
         "namespace": "dolphinscheduler"},
        {"message": "[WARN] 2026-12-04 09:30:11.204 +0800 o.a.d.m.m.BaseServerLoadProtection:[60] - OverLoad: "
                    "the SystemMemoryUsedPercentage: 0.93 is over then the "
                    "maxSystemMemoryUsagePercentageThresholds 0.7"})
    add(DS_LOAD, D, "DolphinScheduler load protection: disk usage over its threshold (rule 2)",
        {"alertname": "DolphinSchedulerWorkerLog", "pod": "ds-worker-3", "severity": "warning"},
        {"summary": "ds-worker-3 refuses new tasks",
         "description": "OverLoad: the DiskUsedPercentage: 0.96 is over then the maxDiskUsagePercentageThresholds 0.7"})
    add(DS_LOAD, None, "DolphinScheduler load protection: system CPU (rule 2): look-alike",
        {"alertname": "LogPatternMatched", "app": "dolphinscheduler-worker", "pod": "ds-worker-1"},
        {"message": "OverLoad: the system cpu usage: 0.88 is over then the maxSystemCpuUsagePercentageThresholds 0.7"})
    add(DS_LOAD, None, "DolphinScheduler load protection: JVM CPU (rule 2): look-alike",
        {"alertname": "DolphinSchedulerMasterLog", "pod": "ds-master-0", "severity": "warning"},
        {"summary": "ds-master-0 overloaded",
         "description": "OverLoad: the jvm cpu usage: 0.81 is over then the maxJvmCpuUsagePercentageThresholds 0.7"})
    add(DS_RPC, T, "DolphinScheduler RPC client gave up waiting for a response (rule 13)",
        {"alertname": "LogPatternMatched", "app": "dolphinscheduler-api", "pod": "ds-api-2"},
        {"message": "[WARN] 2026-12-04 09:41:52.017 +0800 o.a.d.e.b.f.ResponseFuture:[67] - Wait response in "
                    "3000/ms timeout, request id 881342"})
    wf_fail = ds_content([{"projectCode": 11873409127616, "projectName": "dw_daily", "owner": "etl",
                           "workflowInstanceId": 90211, "workflowInstanceName": "ods_to_dwd-1-20261204020000",
                           "commandType": "SCHEDULER", "workflowExecutionStatus": "FAILURE", "runTimes": 1,
                           "workflowStartTime": "2026-12-04 02:00:00", "workflowHost": "10.30.1.11:5678"}])
    add(DS_WAM, None, "DolphinScheduler workflow instance failed (a failed run, rule 10): look-alike",
        {"alertname": "DolphinSchedulerAlert", "alert_type": "WORKFLOW_INSTANCE_FAILURE", "channel": "wechat"},
        {"title": "scheduler failed", "content": wf_fail})
    task_fail = ds_content([{"projectName": "dw_daily", "workflowInstanceName": "ods_to_dwd-1-20261204020000",
                             "taskName": "load_orders", "taskType": "SQL", "retryTimes": 1,
                             "taskState": "FAILURE", "taskHost": "10.30.2.24:1234",
                             "logPath": "/opt/dolphinscheduler/logs/20261204/90211/load_orders.log"}])
    add(DS_WAM, None, "DolphinScheduler task failure warning (a failed task, rule 10): look-alike",
        {"alertname": "DolphinSchedulerAlert", "alert_type": "TASK_FAILURE", "channel": "feishu"},
        {"title": "Task [load_orders] Failure Warning", "content": task_fail})
    add(DS_ALERTDAO, None, "DolphinScheduler workflow timeout warning (its own time limit, rule 10): "
        "look-alike",
        {"alertname": "DolphinSchedulerAlert", "alert_type": "WORKFLOW_INSTANCE_TIMEOUT", "severity": "warning"},
        {"title": "Workflow Timeout Warn",
         "content": ds_content([{"projectName": "risk", "workflowInstanceName": "feature_build-3-20261204",
                                 "workflowExecutionStatus": "RUNNING_EXECUTION", "event": "TIME_OUT",
                                 "warnLevel": "MIDDLE", "workflowHost": "10.30.1.12:5678"}])})
    add(DS_CMD, None, "DolphinScheduler task killed at its configured timeout (rule 10): look-alike",
        {"alertname": "LogPatternMatched", "app": "dolphinscheduler-worker", "pod": "ds-worker-2"},
        {"message": "[ERROR] 2026-12-04 03:10:00.002 +0800 - process has failure, the task timeout "
                    "configuration value is:600, ready to kill ..."})
    add(DS_WAM, None, "DolphinScheduler workflow blocked by a blocking task (waits on purpose): look-alike",
        {"alertname": "DolphinSchedulerAlert", "alert_type": "WORKFLOW_INSTANCE_BLOCKED", "channel": "dingtalk"},
        {"title": "start workflow Blocked",
         "content": ds_content([{"projectName": "dw_daily", "workflowInstanceName": "dwd_to_ads-2-20261204",
                                 "workflowExecutionStatus": "PAUSE", "runTimes": 1}])})


# ---------------------------------------------------------------- Nacos
def nacos():
    add = family.add
    add(NACOS_BEAT, N, "Nacos marked an instance unhealthy: its client heartbeats stopped (liveness "
        "signal, rule 8)",
        {"alertname": "NacosLogPattern", "log": "naming-event.log", "pod": "nacos-1", "namespace": "registry"},
        {"message": "2026-12-04 09:51:20,318 INFO {POS} {IP-DISABLED} valid: 10.40.3.17:20880@DEFAULT@"
                    "DEFAULT_GROUP@@providers:com.shop.OrderService, region: unknown, msg: client last beat: "
                    "1764813064112"})
    add(NACOS_BEAT, N, "Nacos IP-DISABLED after missed client beats, in a Loki alert",
        {"alertname": "NacosInstanceDisabled", "service": "payment-gateway", "severity": "warning"},
        {"summary": "Nacos disabled an instance of payment-gateway",
         "description": "{POS} {IP-DISABLED} valid: 10.40.5.9:8080@DEFAULT@DEFAULT_GROUP@@payment-gateway, "
                        "region: unknown, msg: client last beat: 1764813190771"})
    add(NACOS_DISTRO, None, "Nacos distro sync of a change failed once (sync error, rule 5): look-alike",
        {"alertname": "NacosLogPattern", "log": "naming-distro.log", "pod": "nacos-2"},
        {"message": "2026-12-04 09:52:02,110 WARN [DISTRO] Sync data change failed. key: "
                    "[Nacos:Naming:v2:ClientData] 10.40.3.17:51820#true"})
    add(NACOS_LOAD, None, "Nacos failed to load a distro snapshot at start-up: look-alike",
        {"alertname": "NacosStartupError", "pod": "nacos-0", "severity": "warning"},
        {"summary": "nacos-0 logged an error during start-up",
         "description": "[DISTRO-INIT] load snapshot data failed."})


# ---------------------------------------------------------------- Airflow
def airflow():
    add = family.add
    add(AF_MAIN, N, "Airflow UI banner: no scheduler heartbeat (liveness signal, rule 8)",
        {"alertname": "AirflowUIBanner", "deployment": "airflow-prod", "severity": "critical"},
        {"summary": "The scheduler does not appear to be running. Last heartbeat was received 14 minutes ago.",
         "description": "The DAGs list may not update, and new tasks will not be scheduled."})
    add(AF_MAIN, N, "Airflow UI banner: no triggerer heartbeat (liveness signal, rule 8)",
        {"alertname": "SyntheticCheck", "check": "airflow-webserver-banner", "env": "staging"},
        {"message": "Banner found on https://airflow.staging.internal/home: The triggerer does not appear to be "
                    "running. Last heartbeat was received 9 minutes ago. Triggers will not run, and any deferred "
                    "operator will remain deferred until it times out and fails."})
    add(AF_METRICS, N, "Airflow scheduler_heartbeat counter stopped (liveness signal, rule 8)",
        {"alertname": "AirflowSchedulerHeartbeatStopped", "job": "statsd-exporter", "instance": "airflow-scheduler-0"},
        {"summary": "airflow_scheduler_heartbeat has not increased for 5m",
         "description": "rate(airflow_scheduler_heartbeat[5m]) == 0 on airflow-scheduler-0"})
    add(AF_METRICS, Q, "Airflow executor.queued_tasks high (tasks waiting, rule 4)",
        {"alertname": "AirflowExecutorQueuedTasksHigh", "executor": "CeleryExecutor", "severity": "warning"},
        {"summary": "412 task instances queued on the executor",
         "description": "airflow_executor_queued_tasks > 200 for 15m; open slots: 0"})
    add(AF_METRICS, Q, "Airflow task.queued_duration high (time spent queued, rule 4)",
        {"alertname": "AirflowTaskQueuedTooLong", "dag_id": "hourly_clickstream", "severity": "warning"},
        {"summary": "Tasks spend 18m in the Queued state before Running",
         "description": "p95 of airflow_task_queued_duration for hourly_clickstream is 1084000 ms"})
    add(AF_METRICS, M, "Airflow task.mem_usage percentage high (memory utilisation, rule 2)",
        {"alertname": "AirflowTaskMemoryHigh", "dag_id": "ml_scoring", "task_id": "predict_batch"},
        {"summary": "ml_scoring.predict_batch uses 97% of its memory",
         "description": "airflow_task_mem_usage{dag_id=\"ml_scoring\",task_id=\"predict_batch\"} = 97.2"})
    add(AF_METRICS, None, "Airflow zombies_killed (tasks reaped, housekeeping): look-alike",
        {"alertname": "AirflowZombiesKilled", "severity": "info"},
        {"summary": "3 zombie tasks killed in the last hour",
         "description": "increase(airflow_zombies_killed[1h]) = 3"})
    add(AF_METRICS, None, "Airflow ti_failures (failed tasks, rule 10): look-alike",
        {"alertname": "AirflowTaskFailures", "dag_id": "partner_feeds", "severity": "warning"},
        {"summary": "Task instance failures in partner_feeds",
         "description": "increase(airflow_ti_failures{dag_id=\"partner_feeds\"}[30m]) = 2"})
    add(AF_METRICS, None, "Airflow dag_processing.processor_timeouts (a parse time limit, rule 10): "
        "look-alike",
        {"alertname": "AirflowDagProcessorTimeouts", "severity": "warning"},
        {"summary": "DAG file processors killed for taking too long",
         "description": "increase(airflow_dag_processing_processor_timeouts{file_path=\"/opt/airflow/dags/"
                        "gen_exports.py\"}[1h]) = 4"})


# ---------------------------------------------------------------- RocketMQ Dashboard
def rocketmq():
    info = json.dumps({"group": "GID_settlement", "version": "V5_1_4", "count": 4,
                       "consumeType": "CONSUME_PASSIVELY", "messageModel": "CLUSTERING",
                       "consumeTps": 38, "diffTotal": 58211, "subGroupType": "NORMAL"},
                      separators=(",", ":"))
    family.add(RMQ, Q, "RocketMQ Dashboard consumer monitor: diffTotal above maxDiffTotal (consumer lag, "
               "rule 4)",
               {"alertname": "RocketMQConsumerMonitor", "group": "GID_settlement", "maxDiffTotal": "10000"},
               {"message": f"op=look consumeInfo {info}"})
    info2 = json.dumps({"group": "GID_coupon_push", "version": "V4_9_7", "count": 2,
                        "consumeType": "CONSUME_PASSIVELY", "messageModel": "CLUSTERING",
                        "consumeTps": 0, "diffTotal": 1203877}, separators=(",", ":"))
    family.add(RMQ, Q, "RocketMQ Dashboard consumer monitor in a log alert: diffTotal far above the "
               "configured maximum",
               {"alertname": "LogPatternMatched", "app": "rocketmq-dashboard", "severity": "warning"},
               {"summary": "consumer group GID_coupon_push over maxDiffTotal 50000",
                "description": f"2026-12-04 10:00:00.004 INFO MonitorTask - op=look consumeInfo {info2}"})


def main():
    tidb_rules()
    tidb_errors()
    dolphinscheduler()
    nacos()
    airflow()
    rocketmq()
    family.write()


if __name__ == "__main__":
    main()
