"""rulesets31a.jsonl: whole alerting-rule files of public projects no corpus used before (session 31,
first helper; databases, caches and their operators, charts and tooling).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets31a.jsonl")

FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# ongres/stackgres: stackgres-k8s/examples/full_example/production/cluster/StackGres-alerts.yaml
# (the StackGres Postgres operator's example PrometheusRule for a production cluster: Postgres,
# its PgBouncer pooler and the data volume; four descriptions use the "VALUE = / LABELS:" lines
# of awesome-prometheus-alerts, the rules and other wording are StackGres's own)
STACKGRES = ("ongres/stackgres", "stackgres-k8s/examples/full_example/production/cluster/StackGres-alerts.yaml",
             "085f6d0e445be63bc5180f5ac049cf2d1e5c9aea")
take(*STACKGRES, {
    "PostgresInstanceDown": ("node_down", 0),
    "PostgresExporterErrors": (OUT, "the exporter's last scrape failed, worded as the exporter down or showing errors: a monitor's own failure to collect (rule 16) or the exporter down, not settled"),
    "PostgresReplicationLagSizeTooLarge": ("replication_lag", "1.437Gi"),
    "PostgresTooManyDeadTuples": (None, 0.137),
    "PostgresInactiveReplicationSlots": (None, 0),
    "PostgresSplitBrain": (None, 2),
    "PostgresTooManyConnections": ("connection_pool_exhaustion", 183),
    "PostgresNotEnoughConnections": (None, 3),
    "PostgresPromotedNode": (None, 0),
    "PostgresLongRunningTransactionLeaderNode": (None, 2),
    "PostgresLongRunningTransactionReplicaNode": (None, 1),
    "PgBouncerWaitingClients": ("connection_pool_exhaustion", 14),
    "PgBouncerNotEnoughConnections": ("connection_pool_exhaustion", 27),
    "PgBouncerPoolFillingUp": ("connection_pool_exhaustion", 6),
    "PgBouncerAvgWaitTimeTooHigh": ("connection_pool_exhaustion", 2374118),
    "PgBouncerQueryTimeTooHigh": ("high_latency", 6204331),
    "DatabaseLowDiskAvailable": ("disk_full", 83.41),
}, {"instance": "10.244.2.17:9187", "job": "stackgres-pg", "namespace": "prod", "pod": "orders-db-1",
    "cluster_name": "orders-db"},
    {"datname": "orders", "application_name": "orders-db-2", "relname": "order_items", "database": "orders",
     "slot_name": "orders_db_2"})


# ---------------------------------------------------------------------------------------------
# slavnycoder/walera: deploy/prometheus/alerts.yaml (Walera, a service streaming PostgreSQL's WAL
# through a replication slot to subscribers: its own PrometheusRule); testbench/prometheus/
# alerts.yaml (a subset of the same rules) not read
WALERA = ("slavnycoder/walera", "deploy/prometheus/alerts.yaml", "da636bf160d98678a44daa894ba9dd37a9de0f54")
take(*WALERA, {
    "WaleraWALLagHigh": ("replication_lag", 1.84e8),
    "WaleraPGDisconnected": (None, 0),
    "WaleraStandbyAckFailures": (None, 5),
    "WaleraAuthBreakerOpen": (OUT, "the service's circuit breaker to its auth backend open (failing open): an upstream failing, cause not named, not settled"),
    "WaleraAuthBreakerStaleSubscribersOutsideBreaker": (None, 1),
    "WaleraSlowConsumerRate": (OUT, "subscribers disconnected as slow consumers (their buffer overflowed): as NATS slow consumers in rulesets29a, neither a queue waiting nor settled"),
    "WaleraMultiRootDrops": (None, 0.4),
    "WaleraFDPressure": ("fd_exhaustion", 0.83),
    "WaleraHeapGrowth": (OUT, "heap growth above a fixed 100 MiB over 30 minutes, no limit stated (rule 8)"),
}, {"namespace": "walera", "pod": "walera-6f7d9c8b5-k2xqp", "instance": "10.244.3.41:9090", "job": "walera"})


# ---------------------------------------------------------------------------------------------
# fluxo-kt/aza-pg: examples/prometheus/alerts.yml (the aza-pg PostgreSQL image's own example
# rules for its bundled exporter)
AZA_PG = ("fluxo-kt/aza-pg", "examples/prometheus/alerts.yml", "670a298c3ffe73aa6aedc0f6b9d4471546c0c66f")
take(*AZA_PG, {
    "PostgreSQLDown": ("node_down", 0),
    "PostgreSQLTooManyConnections": ("connection_pool_exhaustion", "86.25%"),
    "PostgreSQLReplicationLag": ("replication_lag", 417.3, {"instance": "aza-pg-replica-1:9187"}),
    "PostgreSQLDeadTuples": (None, "13.8%"),
    "PostgreSQLSlowQueries": (OUT, "named and described as slow queries but measuring the longest open transaction (pg_stat_activity_max_tx_duration): name and expression disagree (rule 8)"),
}, {"instance": "aza-pg-primary:9187", "job": "postgres"}, {"table": "events"})


# ---------------------------------------------------------------------------------------------
# hivellm/vectorizer: docs/prometheus/vectorizer-alerts.yml (the Vectorizer vector database's own
# rules). The file goes on, after a `---` line, with Markdown notes (severity table, an
# Alertmanager example, a promtool test) that are no rules and no YAML; only its first document,
# the rule groups, is read (the file has CRLF line ends).
VECTORIZER = ("hivellm/vectorizer", "docs/prometheus/vectorizer-alerts.yml", "d3a58ad2436c5b65459719f2c642924b1719cb89")
VECTORIZER_MEMORY = "process memory above a fixed 4 GB / 8 GB, no limit stated (rule 8)"
take(*VECTORIZER, {
    "VectorizerHighSearchLatency": ("high_latency", "153.2ms"),
    "VectorizerCriticalSearchLatency": ("high_latency", "712.4ms"),
    "VectorizerLowSearchSuccessRate": ("high_error_rate", 91.73),
    "VectorizerHighInsertLatency": ("high_latency", "318.6ms"),
    "VectorizerFailedInserts": ("high_error_rate", 3.4),
    "VectorizerRapidVectorGrowth": (None, 187342),
    "VectorizerHighReplicationLag": ("replication_lag", 2341),
    "VectorizerCriticalReplicationLag": ("replication_lag", 14872),
    "VectorizerReplicationBacklog": ("replication_lag", 18342),
    "VectorizerHighReplicationBandwidth": (None, "14.23M"),
    "VectorizerHighMemoryUsage": (OUT, VECTORIZER_MEMORY),
    "VectorizerCriticalMemoryUsage": (OUT, VECTORIZER_MEMORY),
    "VectorizerLowCacheHitRate": (None, 47.31),
    "VectorizerHighAPIErrorRate": ("high_error_rate", 23.7),
    "VectorizerNoSearchActivity": (None, 0),
    "VectorizerNoInsertActivity": (None, 0),
}, {"instance": "vectorizer-0.vectorizer:15002", "job": "vectorizer"},
    text=re.split(r"(?m)^---\s*$", show(VECTORIZER[0], VECTORIZER[2], VECTORIZER[1]))[0])


# ---------------------------------------------------------------------------------------------
# NinaWendy/Observability_Lab: Patroni/patroni/patroni-alerts.yml (the lab's own rules for a
# Patroni PostgreSQL cluster scraped on Patroni's REST API); Patroni/psql/postgres-alerts.yml
# (2 rules) not read
PATRONI_LAB = ("NinaWendy/Observability_Lab", "Patroni/patroni/patroni-alerts.yml", "0913ad603945b1401956211b410293712e717247")
take(*PATRONI_LAB, {
    "PatroniPrimaryDown": ("node_down", 0, {"role": "primary", "instance": "patroni1.ip:8008"}),
    "PatroniReplicaDown": ("node_down", 0),
    "PatroniClusterUnhealthy": (None, 1),
    "PatroniReplicationLagHigh": ("replication_lag", 18874368),
    "PatroniTimelineChanged": (None, 1),
    "PatroniProcessDown": ("node_down", 0),
}, {"instance": "patroni2.ip:8008", "job": "patroni", "role": "replica", "scope": "demo"})


FILES.write("rulesets31a.jsonl")
