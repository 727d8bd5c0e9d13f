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
- Node.js's error codes (`nodejs/node`, `src/node_errors.h`, `lib/internal/errors.js`);
- Neo4j's memory-limit exception and status codes (`neo4j/neo4j`, `MemoryLimitExceededException.java`,
  `Status.java`);
- GlusterFS's quota and DHT disk-usage log lines and events (`gluster/glusterfs`, `quota.c`,
  `dht-diskusage.c`, `posix-common.c`);
- JuiceFS's cache-disk and settings warnings (`juicedata/juicefs`, `pkg/chunk/disk_cache.go`,
  `pkg/chunk/cached_store.go`, `pkg/meta/redis.go`);
- Grafana's jsonnet-libs mixins not yet used (`grafana/jsonnet-libs`, `csp-mixin`, `couchbase-mixin`,
  `postgres-observ-lib`, `redis-enterprise-mixin`, their `prometheus_rules_out/prometheus_alerts.yaml`);
- NATS server's JetStream storage messages (`nats-io/nats-server`, `server/jetstream.go`,
  `server/errors.json`, `server/jetstream_cluster.go`).
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


# ------------------------------------------------------------------------------------- Node.js
NODE_H = ("nodejs/node", "src/node_errors.h", "e65bb1012f52add6157297df9d8bbec7c5bd65da")
NODE_JS = ("nodejs/node", "lib/internal/errors.js", "d9214a7a2c91bf6c5d412b07fdce2827d15bb6ab")


def node():
    def tracker(title, culprit, svc):
        return ({"alertname": "SentryIssueAlert", "severity": "error", "project": svc,
                 "environment": "production"},
                {"title": title, "culprit": culprit})
    family.add(NODE_H, M, "Node.js ERR_MEMORY_ALLOCATION_FAILED 'Failed to allocate memory' (a runtime's allocation failure, rule 12)",
               *tracker("Error [ERR_MEMORY_ALLOCATION_FAILED]: Failed to allocate memory",
                        "zlib.inflateSync(node:zlib)", "pdf-render"))
    family.add(NODE_H, NULL, "Node.js ERR_BUFFER_TOO_LARGE: a size limit of one object, nothing ran out (rule 12's size limits)",
               *tracker("RangeError [ERR_BUFFER_TOO_LARGE]: Cannot create a Buffer larger than 0x100000000 bytes",
                        "Buffer.concat(node:buffer)", "export-api"))
    family.add(NODE_H, NULL, "Node.js ERR_STRING_TOO_LONG: V8's maximum string length (a size limit, rule 12)",
               *tracker("Error [ERR_STRING_TOO_LONG]: Cannot create a string longer than 0x1fffffe8 characters",
                        "Buffer.toString(node:buffer)", "report-builder"))
    family.add(NODE_JS, NULL, "Node.js ERR_FS_FILE_TOO_LARGE: a file bigger than a Buffer can hold (a size limit, as capintl19's EFBIG)",
               {"alertname": "CronJobFailed", "severity": "warning", "namespace": "batch",
                "job_name": "nightly-log-digest"},
               {"summary": "nightly-log-digest exited 1",
                "description": "RangeError [ERR_FS_FILE_TOO_LARGE]: File size (3221225472) is greater than possible Buffer: 2147483647 bytes"})
    family.add(NODE_JS, NULL, "Node.js ERR_CHILD_PROCESS_STDIO_MAXBUFFER: a child's output over maxBuffer (an output limit)",
               {"alertname": "LogErrorPattern", "severity": "warning", "service": "git-mirror-sync",
                "namespace": "tools"},
               {"description": "RangeError [ERR_CHILD_PROCESS_STDIO_MAXBUFFER]: stdout maxBuffer length exceeded"})


# --------------------------------------------------------------------------------------- Neo4j
NEO_MEM = ("neo4j/neo4j", "community/common/src/main/java/org/neo4j/memory/MemoryLimitExceededException.java",
           "63c0a37065340b9871f47606132dc99affc47b74")
NEO_STATUS = ("neo4j/neo4j", "community/common/src/main/java/org/neo4j/kernel/api/exceptions/Status.java",
              "7a3088ece8e03e8738be548a7dcfa69572149dc0")


def neo4j():
    family.add(NEO_MEM, M, "Neo4j MemoryPoolOutOfMemoryError: global transaction memory pool full (an allocation refused at its limit, rule 12)",
               {"alertname": "HighErrorRate", "severity": "critical", "service": "graph-api",
                "namespace": "recommendations"},
               {"summary": "graph-api 5xx ratio 9.4% over 5m",
                "description": "Neo.TransientError.General.MemoryPoolOutOfMemoryError: The allocation of an extra 2.0 MiB would use more than the limit 5.6 GiB. Currently using 5.6 GiB. dbms.memory.transaction.total.max threshold reached"})
    family.add(NEO_STATUS, M, "Neo4j General.OutOfMemoryError: not enough heap for the task (rule 12)",
               {"alertname": "Neo4jLogError", "severity": "critical", "instance": "neo4j-core-1",
                "namespace": "graph"},
               {"description": "Neo.TransientError.General.OutOfMemoryError: There is not enough memory to perform the current task. Please try increasing 'server.memory.heap.max_size' in the neo4j configuration (normally in 'conf/neo4j.conf' or, if you are using Neo4j Desktop, found through the user interface) or if you are running an embedded installation increase the heap by using '-Xmx' command line flag, and then restart the database."})
    family.add(NEO_STATUS, M, "Neo4j General.TransactionMemoryLimit: off-heap transaction memory exhausted (rule 12)",
               {"alertname": "Neo4jLogError", "severity": "warning", "instance": "neo4j-core-2",
                "namespace": "graph"},
               {"description": "Neo.TransientError.General.TransactionMemoryLimit: There is not enough memory to perform the current task. Please try increasing 'server.memory.off_heap.transaction_max_size' in the neo4j configuration (normally in 'conf/neo4j.conf' or, if you are using Neo4j Desktop, found through the user interface), and then restart the database."})
    family.add(NEO_STATUS, NULL, "Neo4j General.StackOverFlowError: a stack limit (rule 12)",
               {"alertname": "Neo4jLogError", "severity": "warning", "instance": "neo4j-core-1",
                "namespace": "graph"},
               {"description": "Neo.TransientError.General.StackOverFlowError: There is not enough stack size to perform the current task. This is generally considered to be a database error, so please contact Neo4j support."})
    family.add(NEO_STATUS, NULL, "Neo4j WriteOnReadOnlyAccessDatabase: a database in read-only mode (no capacity reason)",
               {"alertname": "AppErrorSpike", "severity": "warning", "service": "catalog-writer"},
               {"description": "Neo.ClientError.General.WriteOnReadOnlyAccessDatabase: This database is in read-only mode, writing or modifying the database is not allowed."})
    family.add(NEO_STATUS, NULL, "Neo4j Database.DatabaseLimitReached: a count of databases, not storage",
               {"alertname": "ProvisioningFailed", "severity": "warning", "tenant": "acme-eu",
                "service": "tenant-provisioner"},
               {"description": "CREATE DATABASE tenant_4471 failed: Neo.DatabaseError.Database.DatabaseLimitReached: The limit to number of databases has been reached."})


# ------------------------------------------------------------------------------------ GlusterFS
GLUSTER = ("gluster/glusterfs", "595745f8e42ed64aa77580b3e724ba20ce1cd17a")


def gluster():
    q = src(GLUSTER, "xlators/features/quota/src/quota.c")
    dht = src(GLUSTER, "xlators/cluster/dht/src/dht-diskusage.c")
    family.add(q, D, "GlusterFS quota: usage crossed the directory's soft limit (a quota that refuses writes at its hard limit, rule 7)",
               {"alertname": "GlusterBrickLogAlert", "severity": "warning", "host": "gfs-node-2",
                "volume": "gv-projects"},
               {"description": "[2026-12-04 08:41:17.213415 +0000] A [quota.c:4901:quota_log_usage] 0-gv-projects-quota: Usage crossed soft limit: 80.0GB used by /projects/ml-training"})
    family.add(q, D, "GlusterFS eventsapi QUOTA_CROSSED_SOFT_LIMIT webhook (rule 7)",
               {"alertname": "GlusterEvent", "severity": "warning", "event": "QUOTA_CROSSED_SOFT_LIMIT",
                "node": "gfs-node-1"},
               {"description": "Usage=412.5GB;volume=5c1f8e2a-7d44-4f0b-9a63-2e8b1c0d7f19;path=/home"})
    family.add(dht, D, "GlusterFS DHT: disk space on a subvolume getting full (rule 2)",
               {"alertname": "GlusterClientLogAlert", "severity": "warning", "host": "app-nfs-gw-1",
                "volume": "gv-media"},
               {"description": "W [dht-diskusage.c:251:dht_is_subvol_filled] 0-gv-media-dht: disk space on subvolume 'gv-media-client-3' is getting full (93.10 %), consider adding more bricks"})
    family.add(src(GLUSTER, "xlators/storage/posix/src/posix-common.c"), NULL,
               "GlusterFS posix: the disk-space check thread failed (a monitor's own check, rule 16)",
               {"alertname": "GlusterBrickLogAlert", "severity": "warning", "host": "gfs-node-3",
                "volume": "gv-projects"},
               {"description": "E [posix-common.c:434:posix_reconfigure] 0-gv-projects-posix: Getting disk space check from thread failed "})


# -------------------------------------------------------------------------------------- JuiceFS
JFS = ("juicedata/juicefs", "a6a0299bdfb7f6c51261e735c1e9ca955960925b")


def juicefs():
    dc = src(JFS, "pkg/chunk/disk_cache.go")
    family.add(dc, D, "JuiceFS: not enough free space or inodes on the cache disk (rule 2)",
               {"alertname": "JuiceFSLogWarning", "severity": "warning", "host": "gpu-node-14",
                "mountpoint": "/jfs"},
               {"description": "juicefs[28817] <WARNING>: not enough space (4%) or inodes (62%) for caching in /var/jfsCache/6f3b2c1a-8d7e-4b9a-a1c2-3e4f5a6b7c8d/raw: free ratio should be >= 10% [disk_cache.go:143]"})
    family.add(dc, NULL, "JuiceFS: cache dir in the root volume keeps 20% free (a start-up notice, rule 12)",
               {"alertname": "JuiceFSLogWarning", "severity": "info", "host": "gpu-node-15",
                "mountpoint": "/jfs"},
               {"description": "juicefs[1204] <INFO>: cache directory /var/jfsCache/6f3b2c1a-8d7e-4b9a-a1c2-3e4f5a6b7c8d is in root volume, keep 20% space free [disk_cache.go:225]"})
    family.add(src(JFS, "pkg/chunk/cached_store.go"), NULL,
               "JuiceFS: buffer-size too small, raised to 32 MiB (a setting, rule 9)",
               {"alertname": "JuiceFSLogWarning", "severity": "warning", "host": "etl-3",
                "mountpoint": "/data/jfs"},
               {"description": "juicefs[771] <WARNING>: buffer-size is too small, setting it to 32 MiB [cached_store.go:586]"})
    family.add(src(JFS, "pkg/meta/redis.go"), NULL,
               "JuiceFS: metadata Redis maxmemory-policy reconfigured to noeviction (a setting, rule 9)",
               {"alertname": "JuiceFSLogWarning", "severity": "warning", "host": "etl-3",
                "mountpoint": "/data/jfs"},
               {"description": "juicefs[771] <WARNING>: maxmemory_policy is \"allkeys-lru\",  we will try to reconfigure it to 'noeviction'. [redis.go:4630]"})


# ------------------------------------------------------------------------- grafana/jsonnet-libs
JL = ("grafana/jsonnet-libs", "6da2b4b82e73d1918023586430e00c7ab56976fd")


def jsonnet_libs():
    csp = src(JL, "csp-mixin/prometheus_rules_out/prometheus_alerts.yaml")
    family.add(src(JL, "couchbase-mixin/prometheus_rules_out/prometheus_alerts.yaml"), M,
               "couchbase-mixin CouchbaseMemoryEvictionRate: ejections 'indicates high memory pressure' (evictions from memory pressure, rule 7)",
               {"alertname": "CouchbaseMemoryEvictionRate", "severity": "warning", "bucket": "user-profiles",
                "instance": "cb-data-02:8091", "couchbase_cluster": "cb-prod-eu"},
               {"description": "37 evictions in bucket user-profiles, on node cb-data-02:8091, and on cluster cb-prod-eu, which is above the threshold of 10.",
                "summary": "There is a spike in evictions in a bucket, which indicates high memory pressure."})
    azsql = {"namespace": "cloud-provider-azure", "service": "Azure SQL database",
             "serviceId": "microsoft.sql/servers/databases", "severity": "critical",
             "resourceGroup": "rg-billing-prod", "resourceName": "sqldb-billing", "job": "integrations/azure"}
    family.add(csp, D, "csp-mixin AzureDatabaseHighStorageUsage: storage over 95% (rule 2)",
               {"alertname": "AzureDatabaseHighStorageUsage", **azsql},
               {"dashboard_url": "/a/grafana-csp-app/azure/dashboards/sqldatabase",
                "description": "Archive or delete old data, or scale up storage capacity in sqldb-billing database.",
                "summary": "High database Storage usage."})
    family.add(csp, D, "csp-mixin AzureDatabaseLowTempdbLogSpace: tempdb log used over 60% (a database storage container, rule 16)",
               {"alertname": "AzureDatabaseLowTempdbLogSpace", **azsql},
               {"dashboard_url": "/a/grafana-csp-app/azure/dashboards/sqldatabase",
                "description": "Look for active sessions that might be using TempDB intensively, identify stored procedures or queries that create temporary tables or objects, and also look for long-running or memory-intensive queries that rely heavily on TempDB into the sqldb-billing database.",
                "summary": "Low database tempdb log space."})
    flex = {"namespace": "cloud-provider-azure", "service": "Azure PostgreSQL Flexible Servers",
            "serviceId": "microsoft.dbforpostgresql/flexibleservers", "severity": "critical",
            "resourceName": "pg-flex-orders"}
    family.add(csp, M, "csp-mixin AzureFlexibleServerHighMemoryUsage: memory over 90% (rule 2)",
               {"alertname": "AzureFlexibleServerHighMemoryUsage", **flex},
               {"dashboard_url": "/a/grafana-csp-app/azure/dashboards/postgresql-flexible-servers",
                "description": "The Flexible Server pg-flex-orders is experiencing high memory usage, which may lead to performance degradation.",
                "summary": "Flexible Server Memory usage is too high."})
    family.add(csp, D, "csp-mixin AzureFlexibleServerHighStorageUsage: storage over 90% (rule 2)",
               {"alertname": "AzureFlexibleServerHighStorageUsage", **flex},
               {"dashboard_url": "/a/grafana-csp-app/azure/dashboards/postgresql-flexible-servers",
                "description": "The Flexible Server pg-flex-orders is running low on storage space, which may impact database operations.",
                "summary": "Flexible Server Storage usage is too high."})
    sql = {"namespace": "cloud-provider-gcp", "service": "Cloud SQL", "serviceId": "cloudsql",
           "severity": "critical", "project_id": "shop-prod-3141", "database_id": "shop-prod-3141:orders-mysql",
           "job": "integrations/gcp"}
    family.add(csp, D, "csp-mixin GcpCloudSQLDiskUsage: disk utilisation over 85% (rule 2)",
               {"alertname": "GcpCloudSQLDiskUsage", **sql},
               {"dashboard_url": "/a/grafana-csp-app/gcp/dashboards/cloud-sql",
                "description": "Delete or archive unused data, or increase disk size to the shop-prod-3141:orders-mysql database.",
                "summary": "Database disk utilization is too high."})
    family.add(csp, M, "csp-mixin GcpCloudSQLMemoryUsage: memory utilisation over 85% (rule 2)",
               {"alertname": "GcpCloudSQLMemoryUsage", **sql},
               {"dashboard_url": "/a/grafana-csp-app/gcp/dashboards/cloud-sql",
                "description": "Review high-memory queries or add more memory to the shop-prod-3141:orders-mysql instance.",
                "summary": "Database memory utilization is too high."})
    family.add(csp, NULL, "csp-mixin GcpCloudSQLHighCpu: CPU (rule 2)",
               {"alertname": "GcpCloudSQLHighCpu", **sql},
               {"dashboard_url": "/a/grafana-csp-app/gcp/dashboards/cloud-sql",
                "description": "Check shop-prod-3141:orders-mysql database for high CPU queries and optimize them, or scale up the instance if sustained high usage.",
                "summary": "Database CPU utilization is too high."})
    family.add(csp, NULL, "csp-mixin GcpCEHighIOLatency: disk I/O latency (rule 5)",
               {"alertname": "GcpCEHighIOLatency", "namespace": "cloud-provider-gcp", "service": "Compute Engine",
                "serviceId": "compute", "severity": "critical", "project_id": "shop-prod-3141",
                "instance_id": "4419872236610981734"},
               {"dashboard_url": "/a/grafana-csp-app/gcp/dashboards/compute-engine",
                "description": "Check 4419872236610981734 VM for I/O bottlenecks and upgrade to SSD if necessary.",
                "summary": "VM IO latency is too high."})
    family.add(src(JL, "postgres-observ-lib/prometheus_rules_out/prometheus_alerts.yaml"), NULL,
               "postgres-observ-lib PostgreSQLLowCacheHitRatio: cache hit ratio (not capacity)",
               {"alertname": "PostgreSQLLowCacheHitRatio", "severity": "warning", "instance": "pg-reporting-1:9187",
                "job": "integrations/postgres_exporter"},
               {"description": "PostgreSQL pg-reporting-1:9187 cache hit ratio is 83.6%. Consider increasing shared_buffers.",
                "summary": "PostgreSQL cache hit ratio is low."})
    re_ = src(JL, "redis-enterprise-mixin/prometheus_rules_out/prometheus_alerts.yaml")
    family.add(re_, M, "redis-enterprise-mixin RedisEnterpriseClusterOutOfMemory: used memory over 80% of available (rule 2)",
               {"alertname": "RedisEnterpriseClusterOutOfMemory", "severity": "critical", "redis_cluster": "re-cluster-prod",
                "node": "3"},
               {"description": "Memory usage is at 86 percent on the cluster re-cluster-prod, which is above the configured threshold of 80% of the cluster's available memory",
                "summary": "Cluster has run out of memory."})
    family.add(re_, M, "redis-enterprise-mixin RedisEnterpriseHighMemUtilization: database memory over 80% of its memory limit (rule 2)",
               {"alertname": "RedisEnterpriseHighMemUtilization", "severity": "warning", "redis_cluster": "re-cluster-prod",
                "bdb": "7"},
               {"description": "The database 7 in cluster re-cluster-prod has a memory utilization of $84, which exceeds the threshold 80%.",
                "summary": "Node memory utilization is above the configured threshold."})
    family.add(re_, M, "redis-enterprise-mixin RedisEnterpriseKeyEvictionsIncreasing: evictions (Redis evicts only at maxmemory: memory pressure, rule 7)",
               {"alertname": "RedisEnterpriseKeyEvictionsIncreasing", "severity": "warning", "redis_cluster": "re-cluster-prod",
                "bdb": "7"},
               {"description": "The database 7 in cluster re-cluster-prod is evicting $2318 objects, which exceeds the threshold of 1 evicted objects.",
                "summary": "The number of evicted objects is greater than or equal to the configured threshold."})


# ---------------------------------------------------------------------------------- NATS server
NATS = ("nats-io/nats-server", "1787eee035cf0253c201fa0f05afad92b6f296dc")


def nats():
    js = src(NATS, "server/jetstream.go")
    errs = src(NATS, "server/errors.json")
    def log(level, line, host="nats-2"):
        return ({"alertname": "NATSServerLogAlert", "severity": level, "namespace": "messaging",
                 "pod": host, "container": "nats"},
                {"description": f"[1] 2026/12/04 10:11:12.345678 [{'ERR' if level == 'critical' else 'WRN'}] {line}"})
    family.add(js, D, "NATS: JetStream out of File resources, disabled (handleOutOfSpace after an out-of-space write error, rule 2)",
               *log("critical", "JetStream out of File resources, will be DISABLED"))
    family.add(js, D, "NATS: JetStream out of resources from the raft log's out-of-space error (rule 2)",
               *log("critical", "JetStream out of resources, will be DISABLED", host="nats-0"))
    family.add(js, D, "NATS: JetStream file resource limits exceeded for server (max_file_store reached, writes refused: rule 7)",
               *log("critical", "JetStream file resource limits exceeded for server", host="nats-1"))
    family.add(errs, D, "NATS JetStream 10047 'insufficient storage resources available' (storage limit refusing a stream, rule 7)",
               {"alertname": "StreamProvisioningFailed", "severity": "warning", "service": "orders-events",
                "namespace": "messaging"},
               {"description": "nats: API error: code=500 err_code=10047 description=insufficient storage resources available"})
    family.add(js, NULL, "NATS: temporary storage directory used (a start-up notice)",
               *log("warning", "Temporary storage directory used, data could be lost on system reboot", host="nats-dev-0"))
    family.add(js, NULL, "NATS: 'Max Storage' printed at start-up (a limit printed at start-up, rule 12)",
               {"alertname": "NATSServerLogAlert", "severity": "info", "namespace": "messaging", "pod": "nats-1"},
               {"description": "[1] 2026/12/04 09:00:01.002233 [INF]   Max Storage:     1.00 TB"})
    family.add(errs, NULL, "NATS JetStream 10122: stream max bytes above the account's limit (a rejected setting, rule 12)",
               {"alertname": "StreamProvisioningFailed", "severity": "warning", "service": "audit-log",
                "namespace": "messaging"},
               {"description": "nats: API error: code=400 err_code=10122 description=stream max bytes exceeds account limit max stream bytes"})
    family.add(src(NATS, "server/jetstream_cluster.go"), NULL,
               "NATS: Maximum HA Assets limit reached (a count of replicated assets, not storage)",
               *log("warning", "Maximum HA Assets limit reached: 2000", host="nats-2"))


couchbase()
emqx()
weaviate()
typesense()
meilisearch()
erlang()
node()
neo4j()
gluster()
juicefs()
jsonnet_libs()
nats()
family.write()
