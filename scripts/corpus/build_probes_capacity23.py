#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_capacity23.jsonl: disk and memory capacity worded the ways
storage systems, databases, brokers, search engines and runtimes say it, quoted in the alerts of
the hosts that run them, and their look-alikes (CPU, process counts, licence quotas, retention
sizes, payload and file-size limits, a monitor's own collection, settings, recoveries, leader
loss, a read-only store with no capacity reason).

Sources (each checked with /work/briefs/heldout_check.py, "OK"; strings quoted from the files at
the commits named below; hosts, buckets, paths and values are made up):
- Couchbase Server's alert texts (`couchbase/ns_server`, `menelaus_web_alerts_srv.erl`, the
  e-mail subject "Couchbase Server alert: ..." from `ns_mail.erl`);
- EMQX's system-monitor alarms (`emqx/emqx`, `emqx_os_mon.erl`, `emqx_alarm_handler.erl`,
  `emqx_vm_mon.erl`, `emqx_license_resources.erl`);
- Weaviate's resource-use warnings and read-only switch (`weaviate/weaviate`,
  `adapters/repos/db/resource_use.go`, `entities/storagestate/status.go`,
  `entities/errors/transient.go`, `adapters/repos/db/batch.go`, `lsmkv/segment_group_compaction.go`);
- Typesense's write refusal and health check (`typesense/typesense`, `src/raft_server.cpp`,
  `src/core_api.cpp`, `src/cached_resource_stat.cpp`);
- Meilisearch's error codes (`meilisearch/meilisearch`, `crates/milli/src/error.rs`,
  `crates/meilisearch-types/src/error.rs`, `crates/meilisearch/src/error.rs`);
- Erlang/OTP's os_mon alarms as SASL's alarm_handler logs them (`erlang/otp`,
  `lib/os_mon/src/disksup.erl`, `lib/os_mon/src/memsup.erl`, `lib/sasl/src/alarm_handler.erl`).
Labels were decided from each message's meaning under tests/fixtures/corpus/POLICY.md before the
classifier ran on the file; the reason is in each item's `source`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

D, M, F, C, N, Q, NULL = ("disk_full", "out_of_memory", "fd_exhaustion", "connection_pool_exhaustion",
                          "node_down", "queue_backlog", None)

CB = ("couchbase/ns_server", "038347f1379cc1510f6e09c4f3e2e8c9c40416b0")
EMQX = ("emqx/emqx", "50e04386de8416e53113a617a9fd67ab3b07aed4")
WEAV = ("weaviate/weaviate", "adcffc5432aa797c60e3c4e479514054254fae2a")
TS = ("typesense/typesense", "4a092b0417d3ad33e40d75b42cddfab5c58c0f71")
MEILI = ("meilisearch/meilisearch", "5cb2f2e94befc717bbea60fec4a31ee64d2f60fd")
OTP_OSMON = "7c67bbddb53c364086f66260701bc54a61c9659c"
OTP_SASL = "55ac76deff38d20c7cadf892f0b6bce320de80ab"

family = ProbeFamily("probes_capacity23.jsonl")


def src(base, path):
    return (base[0], path, base[1])


def otp(path, commit):
    return ("erlang/otp", path, commit)


# ------------------------------------------------------------------------------ Couchbase Server
def couchbase():
    a = src(CB, "apps/ns_server/src/menelaus_web_alerts_srv.erl")
    def mail(short, body, node="cb-data-03.prod.internal"):
        return ({"alertname": "CouchbaseEmailAlert", "severity": "warning", "cluster": "cb-prod-eu",
                 "node": node},
                {"subject": f"Couchbase Server alert: {short}", "description": body})
    family.add(a, D, "Couchbase alert `disk`: disk usage around 91% (rule 2)",
               *mail("approaching full disk warning",
                     'Approaching full disk warning. Usage of disk "/opt/couchbase/var" on node "cb-data-03.prod.internal" is around 91%.'))
    family.add(a, D, "Couchbase alert `data_disk_warning`: data disk 87% full above the warning threshold (rule 2)",
               {"alertname": "CouchbaseUIAlert", "severity": "warning", "cluster": "cb-prod-eu",
                "node": "cb-data-01.prod.internal"},
               {"description": 'Warning: Your data disk (/data) is 87% full on node "cb-data-01.prod.internal", above the 85% warning threshold.'})
    family.add(a, D, "Couchbase alert `data_disk_guardrail_critical`: mutations refused above maximum disk usage (rule 2)",
               *mail("approaching disk usage limit for data service mutations",
                     'Critical: Your data disk (/data) is 96% full on node "cb-data-02.prod.internal", above the configured maximum disk usage for data service mutations (95%). Data service mutations will no longer be permitted, until the disk usage is brought back below the limit.',
                     node="cb-data-02.prod.internal"))
    family.add(a, D, "Couchbase alert `data_disk_guardrail_warning`: within 10% of the disk limit for mutations (rule 2)",
               {"alertname": "CouchbaseGuardrail", "severity": "warning", "cluster": "cb-prod-us",
                "node": "cb-kv-07"},
               {"summary": "Couchbase guardrail warning on cb-kv-07",
                "description": 'Warning: Your data disk (/mnt/cbdata) is 86% full on node "cb-kv-07", within 10% of the configured maximum disk usage for data service mutations (95%).'})
    family.add(a, M, "Couchbase alert `ep_oom_errors`: 'Heavy memory pressure', bucket reached its RAM quota (memory pressure, rule 2)",
               *mail("heavy memory pressure",
                     'Heavy memory pressure: Bucket "sessions" on node cb-data-03.prod.internal has reached its quota. The server will attempt to recover from this issue.'))
    family.add(a, M, "Couchbase alert `memory_critical`: system memory 93% of total, above critical (rule 2)",
               *mail("system memory usage threshold exceeded",
                     "CRITICAL: On node cb-query-02 system memory use is 93.41% of total available memory, above the critical threshold of 90%.",
                     node="cb-query-02"))
    family.add(a, M, "Couchbase alert `memory_warning`: cgroup memory use above the warning threshold (rule 2)",
               {"alertname": "CouchbaseUIAlert", "severity": "warning", "cluster": "cb-k8s",
                "namespace": "couchbase", "pod": "cb-prod-0002"},
               {"description": "Warning: On node cb-prod-0002.cb-prod.couchbase.svc cgroup memory use is 86.07% of total available memory, above the warning threshold of 85%."})
    family.add(a, M, "Couchbase alert `indexer_ram_max_usage`: indexer RAM 92%, at or above threshold (rule 2)",
               *mail("indexer ram approaching threshold warning",
                     'Warning: approaching max index RAM. Indexer RAM on node "cb-index-01" is 92%, which is at or above the threshold of 90%.',
                     node="cb-index-01"))
    family.add(a, C, "Couchbase alert `memcached_connections`: data-service connections above 90% of the limit (rule 7)",
               *mail("data service connections approaching limit",
                     "Warning: On node cb-data-04 the number of user connections being used by the Data Service (58712) is above the notice threshold of 90%. The limit is 65000.",
                     node="cb-data-04"))
    family.add(a, NULL, "Couchbase alert `history_size_warning`: change history near its retention size (retention size, rule 8)",
               *mail("history size approaching limit",
                     'Warning: On bucket "orders" mutation history is greater than 90% of history retention size for at least 412/1024 vbuckets. Please ensure that the history retention size is sufficiently large, in order for the mutation history to be retained for the history retention time.'))
    family.add(a, NULL, "Couchbase alert `disk_usage_analyzer_stuck`: the disk-usage worker (df) hangs (a monitor's own collection, rule 16)",
               *mail("disks usage worker is stuck and unresponsive",
                     'Disk usage worker is stuck on node "cb-data-05". Please ensure all mounts are accessible via "df" and consider killing any existing "df" processes.',
                     node="cb-data-05"))
    family.add(a, NULL, "Couchbase alert `stuck_rebalance`: no progress (planned work stalled, no signature)",
               *mail("rebalance stage appears stuck",
                     "Warning: Rebalance of 'data' (rebalance_id: 8c1f5e0b2a7d4c3e9f61a0b7d2e4c5f6) appears stuck, no progress has been made for 1800 seconds."))
    family.add(a, NULL, "Couchbase alert `audit_dropped_events`: audit log write unsuccessful (no capacity stated)",
               *mail("audit write failure",
                     'Audit Write Failure. Attempt to write to audit log on node "cb-data-03.prod.internal" was unsuccessful'))
    family.add(a, NULL, "Couchbase alert `time_out_of_sync`: clock not synchronised",
               *mail("node time not in sync",
                     "The time on node 'ns_1@cb-data-06' is not synchronized. Please ensure that NTP is set up correctly on all nodes and that clocks are synchronized.",
                     node="cb-data-06"))


# ------------------------------------------------------------------------------------------ EMQX
def emqx():
    def alarm(name, message, details, node="emqx@10.42.3.17"):
        return ({"alertname": "EMQXAlarmActivated", "severity": "warning", "alarm": name,
                 "node": node, "cluster": "mqtt-prod"},
                {"summary": f"EMQX alarm {name} activated on {node}",
                 "description": f"message: {message}; details: {details}"})
    family.add(src(EMQX, "apps/emqx/src/emqx_os_mon.erl"), M,
               "EMQX alarm high_system_memory_usage: system memory over the high watermark (rule 2)",
               *alarm("high_system_memory_usage", "87.34% mem usage", "usage=87.34, high_watermark=70.0"))
    family.add(src(EMQX, "apps/emqx/src/emqx_alarm_handler.erl"), M,
               "EMQX alarm high_process_memory_usage: one Erlang process over the process memory watermark (rule 2)",
               *alarm("high_process_memory_usage", "Process memory usage is higher than 5%",
                      "pid=<0.4127.0>, high_watermark=5"))
    family.add(src(EMQX, "apps/emqx/src/emqx_os_mon.erl"), NULL,
               "EMQX alarm high_cpu_usage: CPU (rule 2)",
               *alarm("high_cpu_usage", "91.20% cpu usage", "usage=91.2, high_watermark=80.0, low_watermark=60.0"))
    family.add(src(EMQX, "apps/emqx/src/emqx_vm_mon.erl"), NULL,
               "EMQX alarm too_many_processes: Erlang process count against process_limit (process-limit utilisation, rules 2 and 16)",
               *alarm("too_many_processes", "82.15% process usage",
                      "usage=82.15%, high_watermark=0.8, low_watermark=0.6"))
    family.add(src(EMQX, "apps/emqx/src/emqx_alarm_handler.erl"), NULL,
               "EMQX alarm runq_overload: scheduler run queue (CPU load, rule 2)",
               *alarm("runq_overload", "VM is overloaded on node: 'emqx@10.42.3.18': 1260",
                      "node=emqx@10.42.3.18, runq_length=1260", node="emqx@10.42.3.18"))
    family.add(src(EMQX, "apps/emqx_license/src/emqx_license_resources.erl"), NULL,
               "EMQX alarm license_quota: licensed sessions quota over 80% (licence, rule 5)",
               *alarm("license_quota", "License: sessions quota exceeds 80%", "high_watermark=80"))
    family.add(src(EMQX, "apps/emqx/src/emqx_os_mon.erl"), NULL,
               "EMQX: memory alarm deactivated because its threshold was out of range (a setting, rule 9)",
               {"alertname": "EMQXLogWarning", "severity": "info", "node": "emqx@10.42.3.17"},
               {"description": "msg: discarded_out_of_range_mem_alarm_threshold, value: 1.5 -- Deactivated mem usage alarm due to out of range threshold"})


# ------------------------------------------------------------------------------------ Weaviate
def weaviate():
    ru = src(WEAV, "adapters/repos/db/resource_use.go")
    def log(level, msg, action, host="weaviate-2"):
        return ({"alertname": "WeaviateLogAlert", "severity": level, "namespace": "vector-db",
                 "pod": host, "container": "weaviate"},
                {"summary": f"Weaviate {level} log line on {host}",
                 "description": f'level=warning action={action} path=/var/lib/weaviate msg="{msg}"'})
    family.add(ru, D, "Weaviate: disk usage over the warning percentage (rule 2)",
               *log("warning", "disk usage currently at 84.62%, threshold set to 80.00%", "read_disk_use"))
    family.add(ru, M, "Weaviate: memory usage over the warning percentage (rule 2)",
               *log("warning", "memory usage currently at 83.17%, threshold set to 80.00%", "read_memory_use", host="weaviate-0"))
    family.add(ru, D, "Weaviate: shards set READONLY because disk usage passed the read-only threshold (rule 2)",
               *log("critical", "Set READONLY, disk usage currently at 90.41%, threshold set to 90.00%", "set_shard_read_only"))
    family.add(ru, M, "Weaviate: shards set READONLY because memory usage passed the read-only threshold (rule 2)",
               *log("critical", "Set READONLY, memory usage currently at 90.88%, threshold set to 90.00%", "set_shard_read_only", host="weaviate-1"))
    family.add(src(WEAV, "adapters/repos/db/batch.go"), M,
               "Weaviate: batch refused, memwatch 'not enough memory' (memory pressure, rule 2)",
               {"alertname": "HighErrorRate", "severity": "warning", "service": "ingest-worker",
                "namespace": "search"},
               {"summary": "batch import error ratio 12% over 10m",
                "description": "last error from weaviate: memory pressure: cannot process batch: not enough memory"})
    family.add(src(WEAV, "adapters/repos/db/lsmkv/segment_group_compaction.go"), M,
               "Weaviate: compaction skipped due to memory pressure (rule 2)",
               {"alertname": "LokiLogPattern", "severity": "warning", "namespace": "vector-db",
                "pod": "weaviate-4"},
               {"description": 'level=warning action=lsm_compaction class=Article shard=x8Kq2Lm msg="skipping compaction due to memory pressure"'})
    family.add(ru, NULL, "Weaviate: resource usage back below threshold, shards READY (recovery, rule 14)",
               {"alertname": "WeaviateLogAlert", "severity": "info", "namespace": "vector-db",
                "pod": "weaviate-2"},
               {"description": 'level=info action=set_shard_ready msg="Resource usage below threshold. Set shards back to READY"'})
    family.add(src(WEAV, "adapters/repos/db/disk_use_unix.go"), NULL,
               "Weaviate: failed to read disk usage (a monitor's own collection, rule 16)",
               {"alertname": "WeaviateLogAlert", "severity": "warning", "namespace": "vector-db",
                "pod": "weaviate-3"},
               {"description": 'level=error action=read_disk_use path=/var/lib/weaviate msg="failed to read disk usage: no such file or directory"'})


# ------------------------------------------------------------------------------------ Typesense
def typesense():
    rs = src(TS, "src/raft_server.cpp")
    family.add(rs, D, "Typesense 422 'running out of resource type: OUT_OF_DISK' (rule 2; rule 17: the reason decides)",
               {"alertname": "SearchIndexerErrors", "severity": "critical", "service": "catalog-indexer",
                "namespace": "search"},
               {"summary": "catalog-indexer import failures",
                "description": "POST /collections/products/documents/import -> 422 {\"message\": \"Rejecting write: running out of resource type: OUT_OF_DISK\"}"})
    family.add(rs, M, "Typesense 422 'running out of resource type: OUT_OF_MEMORY' (rule 2; rule 17)",
               {"alertname": "HighErrorRate", "severity": "warning", "service": "typesense-writer",
                "code": "422"},
               {"summary": "4xx ratio on typesense writes at 31%",
                "description": "Rejecting write: running out of resource type: OUT_OF_MEMORY"})
    family.add(src(TS, "src/core_api.cpp"), D,
               "Typesense /health answers resource_error OUT_OF_DISK (rule 2)",
               {"alertname": "TypesenseHealthDegraded", "severity": "warning", "instance": "ts-node-2:8108",
                "job": "blackbox-typesense"},
               {"description": "GET /health -> 200 {\"ok\": true, \"resource_error\": \"OUT_OF_DISK\"}"})
    family.add(src(TS, "src/cached_resource_stat.cpp"), D,
               "Typesense logs disk_used_percentage over its maximum (rule 2)",
               {"alertname": "TypesenseLogPattern", "severity": "warning", "host": "ts-node-1"},
               {"description": "I20261204 10:41:07.118 cached_resource_stat.cpp:43] disk_total_bytes: 107374182400, disk_used_bytes: 97710505984, disk_used_percentage: 91.0"})
    family.add(rs, NULL, "Typesense 422 'Skipping writes.' (skip-writes flag set by an operator, rule 9)",
               {"alertname": "SearchIndexerErrors", "severity": "warning", "service": "catalog-indexer"},
               {"description": "POST /collections/products/documents -> 422 {\"message\": \"Skipping writes.\"}"})
    family.add(rs, NULL, "Typesense 'Rejecting write: could not find a leader.' (leader loss, cluster health, rule 5)",
               {"alertname": "TypesenseLogPattern", "severity": "warning", "host": "ts-node-3"},
               {"description": "E20261204 02:13:55.902 raft_server.cpp:391] Rejecting write: could not find a leader."})


# ---------------------------------------------------------------------------------- Meilisearch
def meilisearch():
    me = src(MEILI, "crates/milli/src/error.rs")
    family.add(me, D, "Meilisearch no_space_left_on_device (rule 2)",
               {"alertname": "MeilisearchTaskFailed", "severity": "critical", "index": "products",
                "instance": "meili-prod-1"},
               {"summary": "documentAdditionOrUpdate task 48211 failed",
                "description": "error: {\"message\": \"There is no more space left on the device. Consider increasing the size of the disk/partition.\", \"code\": \"no_space_left_on_device\", \"type\": \"system\"}"})
    family.add(me, D, "Meilisearch database_size_limit_reached: maximum database size (a size limit that refuses writes, rule 7)",
               {"alertname": "MeilisearchTaskFailed", "severity": "critical", "index": "articles",
                "instance": "meili-prod-2"},
               {"summary": "documentAdditionOrUpdate task 9177 failed",
                "description": "error: {\"message\": \"Maximum database size has been reached.\", \"code\": \"database_size_limit_reached\", \"type\": \"internal\"}"})
    family.add(src(MEILI, "crates/meilisearch-types/src/error.rs"), F,
               "Meilisearch too_many_open_files (os error 24)",
               {"alertname": "MeilisearchTaskFailed", "severity": "warning", "index": "logs-2026-12",
                "instance": "meili-logs-1"},
               {"description": "error: {\"message\": \"Too many open files (os error 24)\", \"code\": \"too_many_open_files\", \"type\": \"system\"}"})
    family.add(src(MEILI, "crates/meilisearch/src/error.rs"), NULL,
               "Meilisearch payload_too_large: a request-size limit, nothing is full",
               {"alertname": "SearchIndexerErrors", "severity": "warning", "service": "docs-indexer"},
               {"description": "POST /indexes/docs/documents -> 413 The provided payload reached the size limit. The maximum accepted payload size is 100 MiB."})
    family.add(me, NULL, "Meilisearch invalid_store_file: corrupt database file (no capacity)",
               {"alertname": "MeilisearchTaskFailed", "severity": "critical", "index": "products",
                "instance": "meili-prod-3"},
               {"description": "error: {\"message\": \"The database file is in an invalid state.\", \"code\": \"invalid_store_file\", \"type\": \"internal\"}"})


# --------------------------------------------------------------------------------- Erlang os_mon
def erlang():
    ah = otp("lib/sasl/src/alarm_handler.erl", OTP_SASL)
    def report(what, node="rabbit@mq-2"):
        return ({"alertname": "ErlangAlarmReport", "severity": "warning", "node": node,
                 "service": "billing-core"},
                {"description": f"=INFO REPORT==== 4-Dec-2026::10:22:41.318 ===\n    alarm_handler: {what}"})
    family.add(otp("lib/os_mon/src/disksup.erl", OTP_OSMON), D,
               "Erlang disksup alarm disk_almost_full set for a mount (rule 2)",
               *report('{set,{{disk_almost_full,"/var/lib/billing"},[]}}', node="billing@app-7"))
    family.add(otp("lib/os_mon/src/memsup.erl", OTP_OSMON), M,
               "Erlang memsup alarm system_memory_high_watermark set (rule 2)",
               *report("{set,{system_memory_high_watermark,[]}}", node="billing@app-7"))
    family.add(otp("lib/os_mon/src/memsup.erl", OTP_OSMON), M,
               "Erlang memsup alarm process_memory_high_watermark set for a process (rule 2)",
               *report("{set,{process_memory_high_watermark,<0.31337.0>}}", node="billing@app-8"))
    family.add(ah, NULL, "Erlang alarm_handler: system_memory_high_watermark cleared (recovery, rule 14)",
               *report("{clear,system_memory_high_watermark}", node="billing@app-7"))
    family.add(otp("lib/os_mon/src/memsup.erl", OTP_OSMON), NULL,
               "Erlang memsup: 'OS_MON (memsup) timeout, no data collected' (a monitor's own collection, rule 16)",
               {"alertname": "ErlangWarningReport", "severity": "warning", "node": "billing@app-9"},
               {"description": "=WARNING REPORT==== 4-Dec-2026::10:25:02.004 ===\nOS_MON (memsup) timeout, no data collected"})


couchbase()
emqx()
weaviate()
typesense()
meilisearch()
erlang()
family.write()
