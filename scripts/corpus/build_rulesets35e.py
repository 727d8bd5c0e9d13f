"""rulesets35e.jsonl: whole alerting-rule files of public projects no corpus used before (session 35,
fifth helper; Kubernetes operators of databases, caches, queues and storage that ship their own
PrometheusRule for the thing they operate).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file, helm_text, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# mariadb-operator/mariadb-operator: deploy/charts/mariadb-cluster/prometheus/{generic,galera,
# replication}.yaml (the MariaDB operator's own rules for the clusters it runs, bundled into the
# mariadb-cluster chart's PrometheusRule; each file is a bare list of rules that the chart's
# prometheusrule.yaml templates with `tpl`, so the cluster's full name is put in place of its
# `include` and the `{{"`...`"}}` escapes give the Prometheus templates they stand for)
MARIADB = ("mariadb-operator/mariadb-operator", "220840cf29e8198bf9703f653bb6dc8da98098c1")
MARIADB_BASE = {"target": "mariadb-galera-1.mariadb-galera-internal.databases.svc.cluster.local:3306",
                "instance": "mariadb-galera-1.mariadb-galera-internal.databases.svc.cluster.local:3306",
                "job": "mariadb-galera-metrics", "namespace": "databases"}


def mariadb_text(path):
    text = show(MARIADB[0], MARIADB[1], path)
    text = text.replace('{{"`', "").replace('`"}}', "")
    text = text.replace('{{ include "mariadb-cluster.fullname" . }}', "mariadb-galera")
    text = text.replace("{{ sub .Values.mariadb.replicas 1 }}", "2")  # values.yaml: replicas 3
    return helm_text(text)


for name, table in [
    ("generic", {
        "MariaDBDown": ("node_down", 0),
        "MariaDBSlowQueries": ("high_latency", 4),
        "MariaDBTooManyConnectionsWarning": ("connection_pool_exhaustion", "76.4%"),
        "MariaDBTooManyConnectionsCritical": ("connection_pool_exhaustion", "93.1%"),
        # mysqld_exporter's connection_errors_total{error="max_connections"}: connections refused
        # because max_connections was reached (the label quotes the cause, rule 3).
        "MariaDBConnectionError": ("connection_pool_exhaustion", 17, {"error": "max_connections"}),
    }),
    ("galera", {
        "MariaDBGaleraNotReady": (OUT, "wsrep_ready != 1 (a Galera node not accepting queries, outside the primary component): a member's readiness, not settled"),
        "MariaDBGaleraOutOfSync": (OUT, "Galera local state other than Synced while not desynced on purpose (joining, donor, joined): neither measured lag nor a settled broken replication"),
        "MariaDBGaleraDonorFallingBehind": ("replication_lag", 2),
    }),
    ("replication", {
        "MariaDBReplicationNotRunning": (None, 0),
        "MariaDBReplicationLagWarning": ("replication_lag", "1m 12s"),
        "MariaDBReplicationLagCritical": ("replication_lag", "7m 41s"),
        "MariaDBReplicaMissing": (None, 1),
    }),
]:
    path = f"deploy/charts/mariadb-cluster/prometheus/{name}.yaml"
    take(MARIADB[0], path, MARIADB[1], table, MARIADB_BASE, {"error": "max_connections"},
         text=mariadb_text(path))


# ---------------------------------------------------------------------------------------------
# Netcracker/pgskipper-operator: operator/charts/patroni-services/templates/monitoring-templates/
# prometheus-rule.yml (Netcracker's Patroni/PostgreSQL operator: its own PrometheusRule for the
# Postgres cluster, the backup daemon and the site manager's standby cluster). The chart's
# `{{ default X .Values... }}` thresholds are put in place of their actions, the release namespace
# and name are "postgres" and "patroni-services", and the summaries' escaped
# `\{\{ \$labels.x \}\}` are read as the templates they stand for. "Space for Postgres backup is
# less than acceptable threshold" is written twice (the first, 5% free, is taken).
PGS = ("Netcracker/pgskipper-operator", "118e885d246d68753c06eb0d830144a7c1873a43",
       "operator/charts/patroni-services/templates/monitoring-templates/prometheus-rule.yml")
ORDINAL = {"First": "node1", "Second": "node2", "Third": "node3", "Fourth": "node4"}


def pgskipper_text():
    text = show(PGS[0], PGS[1], PGS[2])
    text = re.sub(r'\{\{ default "?([^" ]+)"? \.Values\.[A-Za-z.]+ \}\}', lambda m: m.group(1), text)
    text = text.replace("{{ .Release.Namespace }}", "postgres").replace("{{ .Release.Name }}", "patroni-services")
    text = text.replace('{{ default "common" .Release.Namespace }}', "postgres")
    text = text.replace(r"\{\{ \$labels.", "{{ $labels.").replace(r" \}\}", " }}")
    return helm_text(text)


def pgskipper_series(name):
    series = {"namespace": "postgres"}
    node = next((v for k, v in ORDINAL.items() if f" {k} " in f" {name} "), None)
    if name.startswith(("Space for", "Last ", "PostgreSQL backup", "Unable to collect")):
        series.update({"service_name": "postgres-backup-daemon", "pod": "postgres-backup-daemon-6c9f7d8b54-kq2xz"})
    elif name.startswith(("Memory on", "CPU on")):
        if name.startswith("Memory on"):
            series.update({"container": f"pg-patroni-{node}", "pod": f"pg-patroni-{node}-5d8b9c7f6-w4lzt"})
        else:
            series = {}  # max(...) / max(...) keeps no label
    elif node:
        series.update({"pg_node": node, "pod": f"pg-patroni-{node}-5d8b9c7f6-w4lzt"})
    elif "Replica" in name or "TXID" in name or "transaction ID" in name:
        series.update({"hostname": "pg-patroni-node2", "pod": "postgres-exporter-7b6c8d9f5-2mxqv"})
    return series


NODES = ("First", "Second", "Third", "Fourth")
PGS_TABLE = {
    "PostgreSQL metrics are absent": (None, 1),
    "PostgreSQL is Down": ("node_down", 10),
    "PostgreSQL is Degraded": (None, 6),
    "Space for Postgres backup is less than acceptable threshold": ("disk_full", 0.031),
    # The summary says "Targets are down" (a copy slip); name, description and expression say the
    # last backup failed, which is null (rule 10).
    "Last Postgres backup is failed": (None, 1),
    "Last Successful Postgres backup is too old": (None, 93211.4),
    "PostgreSQL backup agent has problem": (OUT, "the backup daemon's status is 'problem' (code 6): what failed is not said; not settled"),
    "Unable to collect metrics from PostgreSQL backup agent": (None, -1),
    "PostgreSql Large Object Size High": (OUT, "large objects' total size above a fixed 100 MiB without a stated limit (rule 8)"),
    "Patroni Replica Is Lagging": ("replication_lag", 50331648),
    "PostgreSQL Replica Is Lagging": ("replication_lag", 41943040),
    "Patroni Standby Leader Is Not Connected": (None, 0),
    "Current overall connections exceed max_connection percentage": ("connection_pool_exhaustion", 93.5),
    "Current overall connections reached average max_connection percentage": ("connection_pool_exhaustion", 84.2),
    "Current connections exceed max_connection": ("connection_pool_exhaustion", 500),
    "DB Connection exceeding more than specified limit": (OUT, "a database's connections at or above a fixed alerting threshold (250), not a limit the server enforces (rule 7)"),
    "PostgreSQL the percentage of transaction ID space used out": (None, 78),
    "PostgreSQL replication slot wal size is too high": (OUT, "WAL retained by a replication slot above 1 GiB (its consumer behind or gone): neither measured lag nor disk capacity; not settled"),
    "PostgreSQL replication slot is not active for a long time": (None, 2148),
    "Wait event warning threshold for SubtransBuffer or SubtransSLRU": (OUT, "backends waiting on the subtransaction SLRU lock/buffer (operations queued on a lock, rule 7)"),
    "Wait event critical threshold for SubtransBuffer or SubtransSLRU": (OUT, "backends waiting on the subtransaction SLRU lock/buffer (operations queued on a lock, rule 7)"),
    "Pct used warning threshold": (OUT, "an unnamed percentage ('pct used') of an unnamed resource: not settled"),
    "Standby cluster is not streaming": (None, 0),
    "Standby cluster has big lag in bytes": ("replication_lag", 1610612736),
    "Standby cluster has big lag in milliseconds": ("replication_lag", 742113),
}
for n in NODES:
    disk = "Postgre Second Node Disk is almost full" if n == "Second" else f"Postgres {n} Node Disk is almost full"
    PGS_TABLE.update({
        f"Patroni {n.lower()} Node is not running": ("node_down", 0),
        disk: ("disk_full", 93.2),
        f"Locks on {n} Node more then acceptable threshold": (OUT, "locks held above a fixed 500 (neither a detected deadlock nor a limit, rule 7): not settled"),
        f"Memory on Postgres {n} Node is more than 95% busy": ("out_of_memory", 96.4),
        f"There are long running queries on {n} Node": ("high_latency", 4127),
        f"CPU on Postgres {n} Node is more than 95% busy": (None, 0.97),
    })
take(PGS[0], PGS[2], PGS[1], PGS_TABLE, pgskipper_series, text=pgskipper_text())


# ---------------------------------------------------------------------------------------------
# redpanda-data/redpanda-operator: operator/chart/testdata/template-cases.golden.txtar (the Redpanda
# operator's own PrometheusRule, written in operator/chart/prometheusrule.go and transpiled to the
# chart's _prometheusrule.go.tpl; the golden file holds it rendered by the chart's test case
# `monitoring-rules-enabled`, whose YAML document of kind PrometheusRule is read)
RP = ("redpanda-data/redpanda-operator", "0ab80199c9876c552e0007d625484a9f25f3f31a",
      "operator/chart/testdata/template-cases.golden.txtar")


def redpanda_text():
    case = show(RP[0], RP[1], RP[2]).split("\n-- testdata/monitoring-rules-enabled.yaml.golden --\n", 1)[1]
    case = case.split("\n-- ", 1)[0]
    return next(d for d in case.split("\n---\n") if "kind: PrometheusRule" in d)


take(RP[0], RP[2], RP[1], {
    "OperatorReconcileErrors": (OUT, "a controller's reconcile errors (operations of the operator, not requests): not settled"),
    "OperatorReconcileRunaway": (None, 7.3),
    "OperatorReconcileStalled": (OUT, "a controller that stopped reconciling (a stall of the operator's own loop): not settled"),
    "OperatorWorkerPoolSaturated": (OUT, "all reconcile workers busy ('reconciles may be queueing' only guesses, rule 17): worker-pool capacity, not settled"),
    "StretchClusterMemberUnreachable": ("node_down", 0),
    "StretchClusterBrokerCountSkew": (OUT, "fewer ready brokers than desired on a member (a broker failing to start or pass readiness): not settled"),
    "StretchClusterSpecDrift": (None, 1),
    "StretchClusterReplicationUnhealthy": (None, 0),
}, lambda name: {"controller": "redpanda"} if name.startswith("Operator") else
   {"member": "eu-west-1", "stretchcluster": "orders", "namespace": "redpanda", "pod": "redpanda-operator-6f7d9c8b5-9xk2p",
    "instance": "10.42.3.17:8443", "job": "redpanda-operator-metrics-service"}, text=redpanda_text())


# ---------------------------------------------------------------------------------------------
# EvgeniyPatlan/percona-valkey-operator: config/prometheus/prometheusrule.yaml (a Percona Operator
# for Valkey: its own PrometheusRule catalogue over the engine's redis_exporter-compatible metrics
# and the operator's custom-resource state mirrored by kube-state-metrics)
PVK_BASE = {"cluster": "cart-cache", "shard_index": "1", "namespace": "valkey",
            "pod": "cart-cache-valkey-4", "instance": "10.42.7.31:9121", "job": "cart-cache-valkey-metrics"}
take("EvgeniyPatlan/percona-valkey-operator", "config/prometheus/prometheusrule.yaml",
     "2e934bb56b6b8ddee45a845d9cbbcb9400e67add", {
         "ValkeyExporterDown": ("node_down", 0),
         "ValkeyClusterStateFail": (None, 0),
         "ValkeySlotsUnassigned": (OUT, "hash slots not all assigned (slot coverage of the cluster, mirrored from a SlotsAssigned condition): not settled"),
         "ValkeyPrimaryDownNoQuorum": (OUT, "slot-owning primaries unreachable below the failover quorum (several nodes down and a quorum lost at once): cluster state, not settled"),
         "ValkeyReplicationBroken": (None, 0),
         "ValkeyReplicationLagHigh": ("replication_lag", 157286400),
         "ValkeyMemoryPressure": ("out_of_memory", 0.93),
         "ValkeyEvictionSpike": ("out_of_memory", 214.6),
         "ValkeyClusterNotReady": (None, 0),
         "ValkeyClusterDegraded": (None, 1),
         "ValkeyReconcileStuck": (OUT, "the operator's reconcile not converging (Progressing without Ready for 30m): not settled"),
         "ValkeyObservedGenerationLag": (None, 2),
         "ValkeyLeaderThrash": (OUT, "a shard's replica-to-primary link flipping (failover thrash): neither restarts of one process nor settled"),
         "ValkeyFailoverFailing": (OUT, "failed or timed-out proactive failovers during a roll: not settled"),
         "ValkeyBackupFailed": (None, 0.0003),
         "ValkeyBackupStale": (None, 97215.3),
     }, PVK_BASE)


# ---------------------------------------------------------------------------------------------
# howl-cloud/redis-operator: charts/redis-operator/templates/prometheusrule.yaml (a Redis operator's
# chart: its default Redis alerts; values.yaml's thresholds put in place of their actions and the
# ``{{ `...` }}`` escapes undone)
HOWL = ("howl-cloud/redis-operator", "d11e7dc209d9d5f85b2470ded174131dcf90b98e",
        "charts/redis-operator/templates/prometheusrule.yaml")
take(HOWL[0], HOWL[2], HOWL[1], {
    "RedisPrimaryUnavailable": ("node_down", 3),
    "RedisReplicationLagHigh": ("replication_lag", "2.3068672e+07"),
    "RedisMemoryUsageHigh": ("out_of_memory", 0.91),
    "RedisBackupMissing": (None, 97201.4),
    "RedisInstanceDown": ("node_down", 0),
}, {"namespace": "sessions", "cluster": "session-store", "pod": "session-store-1", "role": "master",
    "instance": "10.42.5.12:9121", "job": "session-store-metrics"},
    text=helm_file(HOWL[0], HOWL[1], HOWL[2], {
        "{{ `": "", "` }}": "",
        "{{ .Values.monitoring.alertingRules.replicationLagThresholdBytes }}": "10485760",
        "{{ .Values.monitoring.alertingRules.memoryUsageThresholdRatio }}": "0.85",
        "{{ .Values.monitoring.alertingRules.backupMissingSeconds }}": "86400"}))


# ---------------------------------------------------------------------------------------------
# KeiaiLab/valkey-operator: config/prometheus/alert-rules.yaml (a Valkey operator's own rules over
# its metrics, written in Korean; the chart's prometheusrule.yaml in the same repository is not
# taken again)
KVO_OPERATOR = "the operator's own reconcile loop (its errors, error ratio or duration): operations of the operator, not requests or a settled cause"
KVO_READY = "pods of the Valkey StatefulSet not Ready (all or some; the description only guesses PV, image pull or probe causes, rule 17): readiness, not settled"
take("KeiaiLab/valkey-operator", "config/prometheus/alert-rules.yaml", "150f0e6acb49e620321995191ae04aa82ec39ff7", {
    "ValkeyClusterStateNotOK": (None, 0),
    "ValkeyClusterSlotsMismatch": (OUT, "hash slots assigned other than 16384 (resharding or a lost shard): slot coverage, not settled"),
    "ValkeyClusterNoReadyReplicas": (OUT, KVO_READY),
    "ValkeyClusterDegraded": (OUT, KVO_READY),
    "ValkeyClusterPhaseFailed": (None, 1),
    "ValkeyOperatorReconcileErrorsHigh": (OUT, KVO_OPERATOR),
    "ValkeyOperatorDown": ("node_down", 0),
    "ValkeyBackupFailureRateHigh": (None, "0.002778"),
    "ValkeyRestoreFailureRateHigh": (None, "0.002222"),
    "ValkeyFailoverHigh": (OUT, "two or more automatic failovers in an hour (the description only guesses OOMKilled or probe causes, rule 17): failovers, not restarts of one process; not settled"),
    "ValkeyOperatorReconcileLatencyP95High": (OUT, KVO_OPERATOR),
    "ValkeyOperatorReconcileLatencyP99Critical": (OUT, KVO_OPERATOR),
    "ValkeyOperatorReconcileErrorRateHigh": (OUT, KVO_OPERATOR),
}, lambda name: {"namespace": "valkey-operator-system", "pod": "valkey-operator-controller-manager-7c9d8f6b4-tx5qm",
                 "instance": "10.42.2.44:8443", "job": "valkey-operator-controller-manager-metrics-service"}
   if name == "ValkeyOperatorDown" else
   {"namespace": "payments", "name": "payments-cache", "component": "cluster", "instance": "10.42.2.44:8443",
    "job": "valkey-operator-controller-manager-metrics-service"})


# ---------------------------------------------------------------------------------------------
# KeiaiLab/postgres-operator: charts/postgres-operator/templates/prometheusrule.yaml (a PostgreSQL
# operator's chart: alerts for the Postgres clusters it runs and for the operator itself; the
# template's leading comment block is dropped and the ``{{`...`}}`` escapes undone)
KPO = ("KeiaiLab/postgres-operator", "25476e169fe3b5b32e07aa2e103920599d7a7286",
       "charts/postgres-operator/templates/prometheusrule.yaml")
take(KPO[0], KPO[2], KPO[1], {
    "PostgresOperatorReconcileFailureRate": (OUT, KVO_OPERATOR),
    "PostgresOperatorLeaderElectionLost": (OUT, "an operator replica that does not hold the leader lease: not settled"),
    "PostgresClusterReplicationLagHigh": ("replication_lag", 74.3),
    "PostgresClusterConnectionsHigh": ("connection_pool_exhaustion", 0.86),
    "PostgresClusterPrimaryDown": ("node_down", 0),
    "PostgresClusterBackupFailed": (None, 1),
    "PostgresClusterLocksHigh": (OUT, "locks held above a fixed 1000 ('deadlock possible' only guesses, rule 17; neither a detected deadlock nor a limit, rule 7)"),
    "PostgresOperatorWorkqueueDepthHigh": ("queue_backlog", 73),
}, lambda name: {"namespace": "orders", "cluster": "orders-db", "pod": "orders-db-1", "role": "primary",
                 "instance": "10.42.6.21:9187", "job": "orders-db-metrics"}
   if name.startswith("PostgresCluster") and name != "PostgresClusterBackupFailed" else
   {"namespace": "orders", "job_name": "postgres-backup-orders-db-29811440", "job": "kube-state-metrics",
    "instance": "10.42.0.9:8080"} if name == "PostgresClusterBackupFailed" else
   {"namespace": "postgres-operator-system", "name": "postgrescluster", "controller": "postgrescluster",
    "instance": "10.42.1.8:8443", "job": "postgres-operator-controller-manager-metrics"},
    text=helm_text(re.sub(r"\{\{-? /\*.*?\*/ ?-?\}\}", "", show(KPO[0], KPO[1], KPO[2]), flags=re.S)))


# ---------------------------------------------------------------------------------------------
# AutoMQ/automq: docker/telemetry/prometheus/rules/alert_rules_template.yml (AutoMQ, a smaller
# vendor's Kafka-compatible streaming store on object storage: the alert rule template it ships with
# its telemetry stack; not an operator, taken for the queue domain)
def automq_series(name):
    series = {"job": "automq-prod", "instance": "automq-broker-2:9090"}
    if name == "KafkaBrokerHighErrorRequestRate":
        series["error"] = "NOT_LEADER_OR_FOLLOWER"
    elif name == "KafkaGroupHighConsumerLag":
        series.update({"consumer_group": "order-events-indexer", "topic": "order-events"})
    elif name == "KafkaHighS3RequestErrorRate":
        series["operation_name"] = "PutObject"
    elif name in ("KafkaBrokerHighProduceLatency", "KafkaBrokerHighFetchLatency"):
        series["type"] = "Produce" if "Produce" in name else "Fetch"
    return series


take("AutoMQ/automq", "docker/telemetry/prometheus/rules/alert_rules_template.yml",
     "f1ce98ec8981faecf0be05a57cadbbbeeef2a290", {
         "ActiveControllerCount": (OUT, "the number of active controllers other than one (none elected, or two): controller election, not settled"),
         "KafkaClusterHighBytesInPerSec": (None, "61865984"),
         "KafkaClusterHighBytesOutPerSec": (None, "73400320"),
         "KafkaBrokerHighBytesInPerSec": (None, "24117248"),
         "KafkaBrokerHighBytesOutPerSec": (None, "28311552"),
         "KafkaBrokerHighProduceRequestRate": (None, "1483.27"),
         "KafkaBrokerHighFetchRequestRate": (None, "2216.90"),
         "KafkaBrokerHighProduceLatency": ("high_latency", "187.42"),
         "KafkaBrokerHighFetchLatency": ("high_latency", "1423.70"),
         "KafkaBrokerHighErrorRequestRate": ("high_error_rate", "0.37"),
         "KafkaBrokerHighPartitionCount": (None, 5312),
         "KafkaBrokerHighConnectionCount": (OUT, "a broker's connections above a fixed 1000 without a stated limit (rule 7)"),
         "KafkaGroupHighConsumerLag": ("queue_backlog", "23811"),
         "KafkaHighS3RequestErrorRate": ("high_error_rate", "0.42"),
     }, automq_series)


# ---------------------------------------------------------------------------------------------
# multigres/multigres-operator: config/monitoring/prometheus-rules.yaml (the operator of Multigres,
# a sharded PostgreSQL: its own rules for the clusters, cells, shards and pools it runs and for the
# operator itself)
def multigres_series(name):
    series = {"namespace": "multigres", "name": "prod-pg", "cluster": "prod-pg", "controller": "multigrescluster",
              "instance": "10.42.4.15:8443", "job": "multigres-operator-metrics"}
    if name in ("MultigresCellGatewayUnavailable", "MultigresShardPoolDegraded", "MultigresBackupStale",
                "MultigresRollingUpdateStuck", "MultigresDrainTimeout"):
        series.update({"cell": "zone-a", "shard": "0-inf", "pool": "replica"})
    if name == "MultigresClusterDegraded":
        series["phase"] = "Degraded"
    if name == "MultigresWebhookErrors":
        series.update({"operation": "validate", "resource": "multigresclusters"})
    if name == "MultigresControllerSaturated":
        series["name"] = "shard"
    return series


take("multigres/multigres-operator", "config/monitoring/prometheus-rules.yaml", "39a7efcdea3d3d98c9da0f03f684eb463ed4ed9d", {
    "MultigresClusterReconcileErrors": (OUT, KVO_OPERATOR),
    "MultigresClusterDegraded": (None, 1),
    "MultigresCellGatewayUnavailable": (OUT, "zero ready gateway replicas in a cell (pods not Ready, cause unsaid): readiness, not settled (as KeiaiLab's ValkeyClusterNoReadyReplicas)"),
    "MultigresShardPoolDegraded": (OUT, "fewer ready pool replicas than desired: readiness, not settled"),
    "MultigresWebhookErrors": ("high_error_rate", "0.2"),
    "MultigresBackupStale": (None, "1d 3h 12m 5s"),
    "MultigresRollingUpdateStuck": (None, 1),
    "MultigresDrainTimeout": (None, 0.0333),
    "MultigresReconcileSlow": (OUT, KVO_OPERATOR),
    "MultigresControllerSaturated": ("queue_backlog", 87),
}, multigres_series)


# ---------------------------------------------------------------------------------------------
# ybooks240/redis-operator: config/monitoring/prometheus-rules.yaml (a Redis operator's own rules for
# its controller and the Redis instances, Sentinels and Clusters it runs; comments in Chinese; the
# file's recording rules are not alerts)
def ybooks_series(name):
    if name == "RedisOperatorControllerDown":
        return {"job": "redis-operator-controller-manager-metrics-service", "instance": "10.42.3.9:8443",
                "namespace": "redis-operator-system", "pod": "redis-operator-controller-manager-5b7d9c4f8-qz6wn"}
    series = {"namespace": "cache", "name": "catalog-redis", "controller": "redisinstance", "role": "master",
              "master_name": "mymaster", "pod": "catalog-redis-0", "container": "redis",
              "instance": "10.42.3.9:8443", "job": "redis-operator-controller-manager-metrics-service"}
    if name == "RedisPersistenceFailure":
        series["operation"] = "bgsave"
    if name == "RedisHighNetworkIO":
        series["direction"] = "transmit"
    return series


take("ybooks240/redis-operator", "config/monitoring/prometheus-rules.yaml", "044aca0b886b032fb9dec14414497958676d5b7e", {
    "RedisOperatorControllerDown": ("node_down", 0),
    "RedisOperatorHighReconcileErrors": (OUT, KVO_OPERATOR),
    "RedisOperatorSlowReconcile": (OUT, KVO_OPERATOR),
    "RedisInstanceDown": ("node_down", 0),
    "RedisInstanceHighMemoryUsage": (OUT, "an instance's memory above a fixed 1 GiB without a stated limit (rule 8)"),
    "RedisInstanceHighConnectedClients": (OUT, "connected clients above a fixed 1000 without a stated limit (rule 7)"),
    "RedisInstanceLowHitRate": (None, "72.4%"),
    "RedisSentinelMasterDown": ("node_down", 0),
    "RedisSentinelInsufficientSentinels": (None, "2"),
    "RedisSentinelFrequentFailovers": (OUT, "Sentinel failovers more often than 0.1 per hour: failovers, not restarts of one process; not settled"),
    "RedisClusterStateNotOK": (None, 0),
    "RedisClusterInsufficientNodes": (None, "4"),
    "RedisClusterIncompleteSlotCoverage": (OUT, "fewer than 16384 hash slots assigned: slot coverage, not settled"),
    "RedisHighCPUUsage": (None, "0.93"),
    "RedisHighMemoryUsage": (OUT, "a pod's memory above a fixed 2 GiB without a stated limit (rule 8)"),
    "RedisPersistenceFailure": (None, 1),
    "RedisHighNetworkIO": (None, "1.31072e+08"),
}, ybooks_series)


FILES.write("rulesets35e.jsonl")
