"""rulesets28a.jsonl: whole alerting-rule files of public projects no corpus used before (session 28).

Each rule file is read from its snapshot (git object at the cited commit) under $CORPUS3_MIRROR
(default /work/.mirror) and every alerting rule is taken, one item per alertname (the first rule
of that name in the file; later rules of the same name, which differ only in threshold and
severity, are not taken again). Labels are decided by hand under tests/fixtures/corpus/POLICY.md
from each rule's expression and wording, before any classifier ran, in LABELS below; a rule whose
name maps to OUT is left out under POLICY rule 6 (reason given, and listed in SOURCES.md). The
builder refuses a rule file holding an alertname that has no decision here.

Rendering: the alert's labels are the rule's own labels + alertname + the series labels the
expression keeps (for an aggregation `by (...)`, those labels only; otherwise the file's made-up
series), with any label the templates name added from the same made-up values. `{{ $labels.x }}`
is filled with that value, `{{ $value }}` (bare, piped or printf'd) with the number given per rule,
`{{ $labels }}` with Go's map rendering. Everything else keeps the source's wording.
"""
import json
import os
import re
import subprocess
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import probe_item, provenance  # noqa: E402

MIRROR = os.environ.get("CORPUS3_MIRROR", "/work/.mirror")
OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets28a.jsonl")

OUT = "OUT"
ITEMS = []
LEFT_OUT = []  # (repo, path, alertname, reason)


def show(repo, commit, path):
    git_dir = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.check_output(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"]).decode()


def rules_of(text):
    """The alerting rules of a rule file in file order: a Prometheus rule file, a PrometheusRule
    object, or a values file holding rule groups anywhere (kube-prometheus-stack's
    `additionalPrometheusRulesMap`)."""
    out = []

    def walk(x):
        if isinstance(x, dict):
            if "alert" in x and "expr" in x:
                out.append(x)
                return
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    for doc in yaml.safe_load_all(text):
        walk(doc)
    return out


def fmt_value(value, spec):
    return str(value)


def render(text, series, value, queried=()):
    """A template filled; `queried` gives, in order, the value each `{{ with query ... }}` block prints."""
    text = str(text)
    values = list(queried)
    text = re.sub(r"\{\{ with query .*?\{\{ end \}\}", lambda m: str(values.pop(0)), text)

    def label(m):
        return series[m.group(1)]
    text = re.sub(r"\{\{-?\s*\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*-?\}\}", label, text)
    text = re.sub(r"\{\{-?\s*index\s+\$labels\s+\"([A-Za-z_][A-Za-z0-9_]*)\"\s*-?\}\}", label, text)
    text = re.sub(r"\{\{\s*\$labels\s*\}\}",
                  "map[" + " ".join(f"{k}:{v}" for k, v in sorted(series.items())) + "]", text)
    text = re.sub(r"\{\{-?\s*(?:printf\s+\"[^\"]*\"\s+)?\$value(?:\s*\|[^}]*)?\s*-?\}\}", str(value), text)
    text = re.sub(r"\{\{-?\s*(?:humanize[A-Za-z0-9]*|humanizePercentage|humanizeDuration)\s+\$value\s*-?\}\}",
                  str(value), text)
    assert "{{" not in text and "$labels" not in text and "$value" not in text, text
    return text


def template_labels(texts):
    names = []
    for t in texts:
        names += re.findall(r"\$labels\.([A-Za-z_][A-Za-z0-9_]*)", str(t))
        names += re.findall(r"index\s+\$labels\s+\"([A-Za-z_][A-Za-z0-9_]*)\"", str(t))
    return names


def kept_labels(expr):
    """The labels an outermost aggregation keeps, or None when the expression keeps the series'."""
    e = " ".join(str(expr).split())
    e = re.sub(r"^histogram_quantile\(\s*[0-9.]+\s*,\s*", "", e)
    m = re.match(r"^\(?\s*(?:sum|max|min|avg|count|topk\(\d+,\s*)?\s*(?:sum|max|min|avg|count)?\s*by\s*\(([^)]*)\)", e)
    if m:
        return [x.strip() for x in m.group(1).split(",") if x.strip() and x.strip() != "le"]
    m = re.match(r"^\(?\s*(?:sum|max|min|avg|count)\s*\((.*)\)\s*by\s*\(([^)]*)\)", e)
    if m:
        return [x.strip() for x in m.group(2).split(",") if x.strip() and x.strip() != "le"]
    if re.match(r"^\(?\s*(?:sum|max|min|avg|count)\s*\(", e) and " by " not in e and " by(" not in e:
        return []
    return None


def take(repo, path, commit, labels, base, extra=None, max_rules=60):
    """Every alerting rule of the file (its first `max_rules` alertnames), one item per alertname,
    labelled by `labels`: alertname -> (expected, value[, series overrides]) or (OUT, reason).
    `base` is the made-up series (or a function of the alertname giving it), `extra` the made-up
    values of labels only some rules keep or name."""
    seen = set()
    taken = 0
    for r in rules_of(show(repo, commit, path)):
        name = r["alert"]
        if name in seen:
            continue
        seen.add(name)
        if taken >= max_rules:
            break
        taken += 1
        assert name in labels, f"{repo} {path}: no decision for {name}"
        decision = labels[name]
        if decision[0] == OUT:
            LEFT_OUT.append((repo, path, name, decision[1]))
            continue
        expected, value = decision[0], decision[1]
        rule_base = base(name) if callable(base) else base
        pool = dict(rule_base, **(extra or {}))
        overrides = dict(decision[2]) if len(decision) > 2 else {}
        queried = overrides.pop("_query", ())
        anns = r.get("annotations") or {}
        rule_labels = r.get("labels") or {}
        kept = kept_labels(r.get("expr", ""))
        series = {}
        series.update(rule_base if kept is None else {k: pool[k] for k in kept if k in pool})
        series.update(overrides)
        for n in template_labels(list(anns.values()) + list(rule_labels.values())):
            if n not in series:
                assert n in pool, f"{name}: no made-up value for {n}"
                series[n] = pool[n]
        out_labels = {"alertname": name}
        out_labels.update({k: render(v, series, value) for k, v in rule_labels.items()})
        for k, v in series.items():
            out_labels.setdefault(k, v)
        out_anns = {k: render(v, series, value, queried) for k, v in anns.items()}
        ITEMS.append(probe_item(out_labels, out_anns, expected, f"{repo} {path}: {name}", repo,
                                provenance(repo, path, commit)))
    unused = set(labels) - seen
    assert not unused, f"{repo} {path}: decisions for rules not in the file: {unused}"


# ---------------------------------------------------------------------------------------------
# CrunchyData/postgres-operator-examples: kustomize/monitoring/prometheus/config/crunchy-alert-rules-pg.yml
# (the pgMonitor rule file shipped with the examples; commented-out example rules are not rules)
CRUNCHY = ("CrunchyData/postgres-operator-examples", "kustomize/monitoring/prometheus/config/crunchy-alert-rules-pg.yml",
           "edaf5c2e59a2df70b25a2e121aa8b16a874121ea")
take(*CRUNCHY, {
    "PGExporterScrapeError": (None, 3),
    "ExporterDown": ("node_down", 0.2),
    "PGIsUp": ("node_down", 0),
    "PGIdleTxn": (None, 412),
    "PGQueryTime": ("high_latency", 51873),
    "PGConnPerc": ("connection_pool_exhaustion", 81.5),
    "DiskFillPredict": ("disk_full", -2.1e9),
    "PGClusterRoleChange": (None, 1),
    "PGDiskSize": ("disk_full", 78.3),
    "PGReplicationByteLag": ("replication_lag", 7.3400320e+07),
    "PGReplicationSlotsInactive": (None, 0, {"slot_name": "pgbackrest_standby"}),
    "PGXIDWraparound": (None, 53),
    "PGEmergencyVacuum": (None, 114),
    "PGArchiveCommandStatus": (None, 1240),
    "PGSequenceExhaustion": (None, 2),
    "PGSettingsPendingRestart": (None, 1),
}, {"instance": "hippo-instance1-b7xq-0:9187", "job": "postgres-operator/hippo-instance1-b7xq-0",
    "pg_cluster": "postgres-operator:hippo", "kubernetes_pod_name": "hippo-instance1-b7xq-0"},
   {"deployment": "hippo-instance1-b7xq", "mount_point": "/pgdata", "dbname": "app"})


# ---------------------------------------------------------------------------------------------
# apache/rocketmq-exporter: example.rules (the exporter's sample rule file)
ROCKETMQ = ("apache/rocketmq-exporter", "example.rules", "e1ab2dd569d431c88c9eb599a9284aedc7abeb7c")
take(*ROCKETMQ, {
    "RocketMQClusterProduceHigh": (None, 14.2),
    "RocketMQClusterProduceLow": (None, 0.3),
    "RocketMQClusterConsumeHigh": (None, 12.7),
    "RocketMQClusterConsumeLow": (None, 0.4),
    "ConsumerFallingBehind": ("queue_backlog", 18342, {"group": "order-settlement-consumer", "topic": "ORDER_PAID"}),
    "GroupGetLatencyByStoretime": ("queue_backlog", 4820),
}, {"cluster": "rocketmq-prod", "instance": "rocketmq-exporter.mq.svc:5557", "job": "rocketmq-exporter",
    "broker": "broker-b", "group": "inventory-sync-consumer", "topic": "STOCK_CHANGED"},
   {})


# ---------------------------------------------------------------------------------------------
# pingcap/tidb-operator: examples/prometheus-operator/prometheus-rules.yaml (61 rules: its first 60
# taken; TiKV_approximate_region_size, the 61st, is not)
TIDB = ("pingcap/tidb-operator", "examples/prometheus-operator/prometheus-rules.yaml",
        "fe85d868be91529c148e1f55c00349753b0deac9")


def tidb_series(name):
    for prefix, comp in (("binlog_pump", "pump"), ("binlog_drainer", "drainer"), ("Lightning", "lightning"),
                         ("PD", "pd"), ("TiDB", "tidb"), ("tidb", "tidb"), ("TiKV", "tikv")):
        if name.startswith(prefix):
            port = {"pump": 8250, "drainer": 8249, "lightning": 8289, "pd": 2379, "tidb": 10080, "tikv": 20180}[comp]
            return {"instance": f"basic-{comp}-1.basic-{comp}-peer.tidb-cluster.svc:{port}", "job": comp}
    raise KeyError(name)


take(*TIDB, {
    "binlog_pump_storage_error_count": (OUT, "failed binlog writes of the pump's storage: the cause (disk full, I/O error) is not named"),
    "binlog_drainer_checkpoint_high_delay": ("replication_lag", 5432.7),
    "binlog_pump_write_binlog_rpc_duration_seconds_bucket": ("high_latency", 1.84),
    "binlog_pump_storage_write_binlog_duration_time_bucket": (None, 1.37),
    "binlog_pump_storage_available_size_less_than_20G": ("disk_full", 1.6106127e+10),
    "binlog_drainer_execute_duration_time_more_than_10s": ("high_latency", 12.6),
    "binlog_drainer_checkpoint_tso_no_change_for_1m": (None, 0),
    "Lightning_import_failure_tables_count": (None, 2),
    "PD_cluster_down_tikv_nums": ("node_down", 1),
    "PD_etcd_write_disk_latency": (None, 1.21),
    "PD_miss_peer_region_count": (None, 284),
    "PD_cluster_lost_connect_tikv_nums": ("node_down", 1),
    "PD_cluster_low_space": ("disk_full", 1),
    "PD_etcd_network_peer_latency": (None, 1.42, {"To": "5c1f0a9b3d2e7f44"}),
    "PD_tidb_handle_requests_duration": ("high_latency", 0.184),
    "PD_down_peer_region_nums": (None, 37),
    "PD_incorrect_namespace_region_count": (None, 142),
    "PD_pending_peer_region_count": (OUT, "regions whose peers' raft logs are behind: a count of lagging replicas, neither measured lag nor settled as broken replication"),
    "PD_leader_change": (None, 3),
    "TiKV_space_used_more_than_80%": ("disk_full", 83.6),
    "PD_system_time_slow": (None, 1),
    "PD_no_store_for_making_replica": (None, 4),
    "TiDB_schema_error": (None, 1),
    "TiDB_tikvclient_region_err_total": (OUT, "region errors (not leader, epoch changed) the client retries: neither failed requests nor a settled cause"),
    "TiDB_domain_load_schema_total": (None, 14),
    "TiDB_monitor_keep_alive": ("node_down", 12),
    "TiDB_server_panic_total": (None, 1),
    "TiDB_memory_abnormal": (OUT, "heap in use above a fixed 10 GB without a stated limit (POLICY rule 8)"),
    "TiDB_query_duration": ("high_latency", 1.73),
    "TiDB_server_event_error": (OUT, "counts server_start and server_hang events together: a restart or a hang, not settled"),
    "tidb_tikvclient_backoff_total": (OUT, "client back-offs (retries after region, lock or server-busy errors): the cause is not named"),
    "TiDB_monitor_time_jump_back_error": (None, 1),
    "TiDB_ddl_waiting_jobs": ("queue_backlog", 9),
    "TiKV_memory_used_too_fast": (OUT, "resident memory growing by 5 GB in 5 m, no stated limit (POLICY rule 8)"),
    "TiKV_GC_can_not_work": (None, 0),
    "TiKV_server_report_failure_msg_total": ("node_down", 23.5, {"store_id": "5"}),
    "TiKV_channel_full_total": (OUT, "raftstore message channel full: a bounded internal queue refusing messages, not settled"),
    "TiKV_write_stall": (None, 3),
    "TiKV_raft_log_lag": ("replication_lag", 8192),
    "TiKV_async_request_snapshot_duration_seconds": ("high_latency", 1.46, {"type": "snapshot"}),
    "TiKV_async_request_write_duration_seconds": ("high_latency", 2.03, {"type": "write"}),
    "TiKV_coprocessor_request_wait_seconds": ("queue_backlog", 11.8, {"req": "select"}),
    "TiKV_raftstore_thread_cpu_seconds_total": (None, 1.74),
    "TiKV_raft_append_log_duration_secs": (OUT, "raft log append to the raft engine (a disk write): disk I/O latency or a store's operation, not settled"),
    "TiKV_raft_apply_log_duration_secs": (OUT, "raft log apply to the KV engine: an internal operation's duration, not settled as request latency"),
    "TiKV_scheduler_latch_wait_duration_seconds": (OUT, "time commands wait on latches (locks): queued on a lock (POLICY rule 7)"),
    "TiKV_thread_apply_worker_cpu_seconds": (None, 1.86),
    "TiDB_tikvclient_gc_action_fail": (None, 17),
    "TiKV_leader_drops": (None, -24),
    "TiKV_raft_process_ready_duration_secs": (OUT, "raftstore's ready-processing loop duration: internal, not settled as request latency"),
    "TiKV_raft_process_tick_duration_secs": (OUT, "raftstore's tick-processing loop duration: internal, not settled as request latency"),
    "TiKV_scheduler_context_total": (OUT, "change in the scheduler's command contexts: in-flight commands, neither a queue nor a settled cause"),
    "TiKV_scheduler_command_duration_seconds": ("high_latency", 1.52, {"type": "prewrite"}),
    "TiKV_coprocessor_outdated_request_wait_seconds": (OUT, "requests outdated (past their deadline) while waiting: a timeout or a queue, not settled"),
    "TiKV_coprocessor_request_error": ("high_error_rate", 312, {"reason": "meet_lock_fail", "req": "select"}),
    "TiKV_coprocessor_request_lock_error": ("high_error_rate", 14873, {"reason": "lock", "req": "select"}),
    "TiKV_coprocessor_pending_request": ("queue_backlog", 6214, {"type": "select"}),
    "TiKV_batch_request_snapshot_nums": (OUT, "named for batch snapshot requests, computes coprocessor CPU use (POLICY rule 8: name and expression disagree)"),
    "TiKV_pending_task": ("queue_backlog", 1873, {"name": "split-check"}),
    "TiKV_low_space_and_add_region": ("disk_full", 1),
}, tidb_series, {"store_id": "5", "type": "select"})


# ---------------------------------------------------------------------------------------------
# sighupio/fury-kubernetes-monitoring: katalog/configs/kubeadm/rules.yml (SIGHUP's own rules for
# kubeadm clusters; its commented-out etcd rules are not rules). The module's copies of upstream
# mixins (kube-prometheus, node-exporter, Thanos, Mimir) and of awesome-prometheus-alerts (HAProxy,
# MinIO) are not taken.
SIGHUP = ("sighupio/fury-kubernetes-monitoring", "katalog/configs/kubeadm/rules.yml",
          "95c3c1e6aec68bcfcfac3c9664e581908870f9ca")


def sighup_series(name):
    if name.startswith("Etcd"):
        return {"instance": "10.20.1.11:2381", "job": "etcd-metrics", "namespace": "kube-system",
                "pod": "etcd-master-1", "service": "etcd-metrics"}
    if name.startswith("CoreDNS"):
        return {"instance": "10.244.2.17:9153", "job": "coredns", "namespace": "kube-system",
                "pod": "coredns-5d78c9869d-x8k2p", "service": "kube-dns"}
    return {}


take(*SIGHUP, {
    "KubeControllerManagerDown": ("node_down", 1, {"job": "kube-controller-manager"}),
    "KubeSchedulerDown": ("node_down", 1, {"job": "kube-scheduler"}),
    "KubeClientCertificateExpiration": ("certificate_expiry", 431236, {"job": "apiserver"}),
    "EtcdInsufficientMembers": ("node_down", 2),
    "EtcdNoLeader": (None, 0),
    "EtcdHighNumberOfLeaderChanges": (None, 5),
    "EtcdHighNumberOfFailedProposals": (OUT, "failed raft proposals (no quorum, lost leadership): neither failed client requests nor a settled cause"),
    "EtcdHighFsyncDurations": (None, 0.73),
    "EtcdHighCommitDurations": (None, 0.41),
    "CoreDNSPanic": (None, 1),
    "CoreDNSRequestsLatency": ("high_latency", 0.27),
    "CoreDNSHealthRequestsLatency": ("high_latency", 0.034),
    "CoreDNSForwardRequestsLatency": ("high_latency", 0.82, {"proto": "udp"}),
}, sighup_series, {"pod": "coredns-5d78c9869d-x8k2p", "instance": "10.244.2.17:9153"})


# ---------------------------------------------------------------------------------------------
# scylladb/scylla-operator: assets/monitoring/prometheus/v1/rules/prometheus.rules.yml (the
# ScyllaDB monitoring rules the operator deploys; several rules carry description/summary as
# labels, kept as labels)
SCYLLA = ("scylladb/scylla-operator", "assets/monitoring/prometheus/v1/rules/prometheus.rules.yml",
          "adefed4ef914e8b856a52bc638e2e61e9d3e15d6")
take(*SCYLLA, {
    "cqlNonPrepared": (None, 37),
    "cql:non_paged_no_system": (None, 12),
    "cqlNoTokenAware": (None, 144),
    "cqlAllowFiltering": (None, 6),
    "cqlCLAny": (None, 2),
    "cqlCLAll": (None, 9),
    "nonBalancedcqlTraffic": (None, 2.4),
    "nodeLocalErrors": ("high_error_rate", 18),
    "nodeIOErrors": (None, 0.35),
    "nodeCLErrors": ("high_error_rate", 41),
    "preparedCacheEviction": (OUT, "prepared-statement cache evictions by its own size limit: neither memory pressure nor TTL (POLICY rule 7 settles only those)"),
    "heavyCompaction": (None, 1000),
    "shedRequests": (OUT, "requests shed under overload: refused requests, but neither an error ratio of failures nor a quota's throttling; not settled"),
    "cappedTombstone": (None, 1),
    "InstanceDown": ("node_down", 0),
    "DiskFull": ("disk_full", 31.4, {"mountpoint": "/var/lib/scylla", "device": "/dev/md0", "fstype": "xfs"}),
    "NoCql": ("node_down", -1, {"host": "10.0.3.19"}),
    "HighLatencies": ("high_latency", 148213, {"by": "instance"}),
    "BackupFailed": (None, 1),
    "RepairFailed": (None, 1),
    "restart": (None, 1),
    "oomKill": ("out_of_memory", 1, {"job": "node_exporter"}),
    "tooManyFiles": (OUT, "inodes in use per shard above a fixed 20k without a stated limit (POLICY rule 8)"),
    "nodeInJoinMode": (None, 2),
    "splitBrain": (OUT, "nodes not seeing all live peers (gossip partition): unreachable members or a link, not settled"),
    "aioRetries": (None, 0.07),
    "bloomFilterSize": (OUT, "bloom filters' share of memory above 20%: a structure's footprint, not settled as memory pressure"),
}, {"instance": "10.0.3.17", "job": "scylla", "cluster": "scylla-prod", "dc": "us-east-1", "shard": "3"},
   {"host": "10.0.3.19"})

# ---------------------------------------------------------------------------------------------
# RamenDR/ramen: config/prometheus/alerts.yaml (the disaster-recovery operator's alerts)
RAMEN = ("RamenDR/ramen", "config/prometheus/alerts.yaml", "a78c2e3709bab119237110f8a5483a10dc6d87e1")
take(*RAMEN, {
    "VolumeSynchronizationDelay": ("replication_lag", 3.4, {"policyname": "dr-policy-5m"}),
    "WorkloadUnprotected": (None, 0),
    "UnsupportedConsistencyGroupingEnabled": (None, 1),
    "GlobalActionConsensusBlocked": (None, 0),
    "InvalidCIDRsDetected": (None, 1, {"obj_name": "dr-cluster-east", "obj_type": "DRCluster"}),
    "UndetectedCIDRsFound": (None, 1, {"obj_name": "dr-cluster-west", "obj_type": "DRCluster"}),
    "ApplicationCleanupPending": (None, 1, {"state": "WaitOnUserToCleanUp"}),
}, {"obj_name": "busybox-placement-drpc", "obj_namespace": "busybox-sample", "obj_type": "DRPlacementControl",
    "job": "ramen-hub-operator-metrics-service", "namespace": "openshift-operators",
    "pod": "ramen-hub-operator-6d9f7c8b54-kq2zt", "instance": "10.128.2.41:8443"})


# ---------------------------------------------------------------------------------------------
# rackerlabs/genestack: base-helm-configs/monitoring/kube-prometheus-stack/rules/*.yaml (the four
# rule files of Rackspace's OpenStack distribution, kube-prometheus-stack values)
GENESTACK = "rackerlabs/genestack"
GS_COMMIT = "dfdf69dd689f9dbd0d864bdb41320c24018588cd"
GS_DIR = "base-helm-configs/monitoring/kube-prometheus-stack/rules/"
take(GENESTACK, GS_DIR + "alerting_rules.yaml", GS_COMMIT, {
    "AbnormalInstanceFailures": (None, 23.5),
    "InstancesStuckInFailureState": (None, 4),
    "AbnormalImageFailures": (None, 21.7),
    "ImagesStuckInFailureState": (None, 2),
    "LoadbalancersInErrorCritical": (None, 56.2),
    "LoadbalancersInError": (None, 3),
    "TLS certificate expiring": ("certificate_expiry", 27.4),
    "Service Down": ("node_down", 0),
    "KubernetesVolumeOutOfDiskSpace": ("disk_full", 14.2, {
        "instance": "10.240.0.21:10250", "job": "kubelet", "namespace": "openstack",
        "node": "compute-ops-03", "persistentvolumeclaim": "mysql-data-mariadb-cluster-0"}),
    "ovnBackupUploadWarning": (None, 23112),
    "ovnBackupUploadCritical": (None, 44650),
    "ovnBackupDiskUsageWarning": ("disk_full", 84),
    "ovnBackupDiskUsageCritical": ("disk_full", 92),
    "mariadbBackupWarning": (None, 22417, {"cronjob": "mariadb-backup", "namespace": "openstack"}),
    "mariadbBackupCritical": (None, 45206, {"cronjob": "mariadb-backup", "namespace": "openstack"}),
    "MissingFluentbitServiceMonitor": ("node_down", 0),
}, lambda name: ({"instance": "https://keystone.api.example-cloud.net/v3", "job": "blackbox"}
                 if name in ("TLS certificate expiring", "Service Down")
                 else {"instance": "10.236.4.18:9091", "job": "ovn-backup", "namespace": "openstack"}
                 if name.startswith("ovnBackup") else {}))
take(GENESTACK, GS_DIR + "mariadb_alerting_rules.yaml", GS_COMMIT, {
    "MariaDBDown": ("node_down", 0),
    "MysqlTooManyConnections(>80%)": ("connection_pool_exhaustion", 86.3),
    "MariaDBReplicationErrors": (None, 1062),
    "MysqlSlaveReplicationLag": ("replication_lag", 74),
    "MysqlSlowQueries": ("high_latency", 3),
    "MysqlRestarted": (None, 42),
}, {"instance": "mariadb-cluster-1.mariadb-cluster-internal.openstack.svc:9104", "job": "mariadb-cluster-metrics",
    "namespace": "openstack", "pod": "mariadb-cluster-1"})
take(GENESTACK, GS_DIR + "pod_alerting_rules.yaml", GS_COMMIT, {
    "TooManyContainerRestarts": ("crash_loop", 7),
    "HighPodRestartRate": ("crash_loop", 2.4),
    "KubePodNotReadyCritical": (OUT, "pod Pending or Unknown for 5 m: unscheduled, starting or unreachable; the cause is not settled"),
}, {"container": "neutron-server", "namespace": "openstack", "pod": "neutron-server-7c9f8d6b5d-2xkqv",
    "instance": "10.244.3.12:8080", "job": "kube-state-metrics", "uid": "0b6f3c2e-8d41-4a9b-9e0f-1c2d3e4f5a6b"})
take(GENESTACK, GS_DIR + "rabbitmq_alerting_rules.yaml", GS_COMMIT, {
    "NovaQueueTotalToLarge": ("queue_backlog", 412, {"vhost": "nova", "queue": "conductor"}),
    "GlanceQueueTotalToLarge": ("queue_backlog", 37, {"vhost": "glance", "queue": "notifications.info"}),
    "NeutronQueueTotalToLarge": ("queue_backlog", 158, {"vhost": "neutron", "queue": "q-plugin"}),
    "KeystoneQueueTotalToLarge": ("queue_backlog", 64, {"vhost": "keystone", "queue": "notifications.info"}),
    "CinderQueueTotalToLarge": ("queue_backlog", 29, {"vhost": "cinder", "queue": "cinder-scheduler"}),
    "MagnumQueueTotalToLarge": ("queue_backlog", 31, {"vhost": "magnum", "queue": "magnum-conductor"}),
    "OctaviaQueueTotalToLarge": ("queue_backlog", 88, {"vhost": "octavia", "queue": "octavia_provisioning_v2"}),
    "BarbicanQueueTotalToLarge": ("queue_backlog", 26, {"vhost": "barbican", "queue": "barbican.workers"}),
}, {"instance": "10.244.1.33:15692", "job": "rabbitmq", "namespace": "openstack", "pod": "rabbitmq-server-1"})

# ---------------------------------------------------------------------------------------------
# crispkid/Dell-ECS-Metrics-Exporter: deploy/prometheus/alerts.yaml (the exporter's own rules)
DELL = ("crispkid/Dell-ECS-Metrics-Exporter", "deploy/prometheus/alerts.yaml", "8d11bac7cbc26b5d68bba2babd046fce7e6dbbd2")
take(*DELL, {
    "DellECSExporterDown": ("node_down", 0),
    "DellECSExporterCacheStale": (None, 1142),
    "DellECSExporterCacheTooOld": (None, 3902),
    "DellECSExporterCollectorErrors": (None, 4),
    "DellECSExporterAPIErrors": (None, 6, {"api": "/object/capacity"}),
    "DellECSClusterUnhealthy": (None, 0, {"vdc": "vdc-ams-01"}),
    "DellECSBucketHardQuotaHigh": ("disk_full", 93.1, {"namespace": "backup", "bucket": "veeam-repo-02"}),
}, lambda name: ({"instance": "ecs-exporter.monitoring.svc:9438", "job": "dell-ecs-metrics-exporter"}
                 if name == "DellECSExporterDown" else
                 {"instance": "ecs-exporter.monitoring.svc:9438", "job": "dell-ecs-metrics-exporter",
                  "cluster": "ecs-ams", "collector": "capacity"}),
   {"api": "/object/capacity", "vdc": "vdc-ams-01", "namespace": "backup", "bucket": "veeam-repo-02"})


# ---------------------------------------------------------------------------------------------
# donaldgifford/technitium_exporter: contrib/prometheus/alerts.yml (Technitium DNS server)
TECHNITIUM = ("donaldgifford/technitium_exporter", "contrib/prometheus/alerts.yml",
              "dcd3aecf0378910ae75f330cd805699c965dc477")
take(*TECHNITIUM, {
    "TechnitiumExporterDown": ("node_down", 0),
    "TechnitiumServerDown": ("node_down", 0),
    "TechnitiumHighServerFailureRate": ("dns_failure", 0.083),
    "TechnitiumHighNXDomainRate": ("dns_failure", 0.41),
    "TechnitiumHighRefusedRate": (OUT, "REFUSED answers (the server's policy or ACL declines to answer): POLICY settles SERVFAIL and NXDOMAIN only"),
    "TechnitiumHighBlockRate": (None, 0.57),
    "TechnitiumBlocklistEmpty": (None, 0),
    "TechnitiumLowCacheHitRate": (None, 0.14),
    "TechnitiumSlowScrape": (None, 6.8),
}, {"instance": "technitium-exporter:9274", "job": "technitium"})

# ---------------------------------------------------------------------------------------------
# hoard-project/hoard: contrib/prometheus/alerts.yml (an S3 uploading agent's own rules)
HOARD = ("hoard-project/hoard", "contrib/prometheus/alerts.yml", "7bd93d9c710ad34586575e851a932df96ffd9410")
take(*HOARD, {
    "HoardPendingBacklog": ("queue_backlog", 138),
    "HoardDeadLetter": (None, 3),
    "HoardEtagMismatch": (None, 1),
    "HoardDegraded": (OUT, "an application's own health endpoint saying degraded (POLICY rule 9: not settled)"),
    "HoardHighUploadFailureRate": ("high_error_rate", 0.27),
    "HoardBpfSilent": (None, 0),
}, {"instance": "storage-node-04:9469", "job": "hoard"})


# ---------------------------------------------------------------------------------------------
# openshift/local-storage-operator: assets/templates/localmetrics/prometheus-rule.yaml (the
# operator's own rules; ${OBJECT_NAMESPACE} and ${DAEMONSET_NAME} are filled by the operator)
LSO = ("openshift/local-storage-operator", "assets/templates/localmetrics/prometheus-rule.yaml",
       "0fc5ee5441de2b2e58a9924cabb00e8e0a6e538f")
take(*LSO, {
    "LSONoDiskManagerReplicas": (None, 0, {"daemonset": "diskmaker-manager", "job": "kube-state-metrics",
                                            "namespace": "openshift-local-storage"}),
    "LvSetDeletionAlert": (None, 1, {"lvSetName": "local-block-ssd"}),
    "LSONoStableLocalVolumePath": (None, 1, {"persistent_volume": "local-pv-3f9c2a1e", "policy": "None"}),
    "LSODeviceLinkMismatch": (None, 1, {"persistent_volume": "local-pv-8b41d07c", "policy": "None"}),
    "LSOLocalVolumeMissingDevicePath": (None, 2, {"storageClass": "local-sc", "nodeName": "worker-2.ocp.example.com"}),
}, lambda name: {} if name == "LSONoDiskManagerReplicas" else
   {"instance": "10.129.2.14:8383", "job": "local-storage-diskmaker-metrics", "namespace": "openshift-local-storage",
    "pod": "diskmaker-manager-7xk2p"})


def write():
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    nulls = sum(1 for i in ITEMS if i["expected"] is None)
    projects = {}
    for i in ITEMS:
        projects[i["project"]] = projects.get(i["project"], 0) + 1
    print(f"rulesets28a.jsonl: {len(ITEMS)} items, {nulls} null, {len(projects)} projects")
    for p, n in projects.items():
        print(f"  {p}: {n}")
    for r in LEFT_OUT:
        print("  out:", *r)


write()
