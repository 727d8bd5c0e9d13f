#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_precision30.jsonl: the precision of symptom signatures. Alerts
whose words look like high_error_rate, queue_backlog, rate_limited, replication_lag, crash_loop or
upstream_timeout but which POLICY.md keeps null, most products paired with the real thing in their own
wording so that the contrast is sharp.

Look-alikes (null): internal housekeeping errors (Thanos and Loki compactor failures, controller-runtime
"Reconciler error" lines and its reconcile-error and reconcile-timeout counters, Temporal's failed
workflows, Sidekiq's failed-jobs counter, Borg backup runs that terminated with an error), queue words
that are not a backlog (controller-runtime's retries counter of "rate-limited requeues", Sidekiq's dead,
retry and scheduled sets, RabbitMQ consumer counts, dead-lettering counters and a max-length policy),
rate-limit configuration (Boulder's override administration and loader errors, a Temporal namespaceRPS
change), replication that is stopped, diverged or delayed on purpose rather than lagging
(pt-online-schema-change "Replica … is stopped", pt-slave-delay, Orchestrator's `not_replicating`,
`errant_gtid` and "none of its replicas is replicating"), restarts that are single or planned (one
Podman restart, Podman auto-update restarting a unit, Sidekiq requeueing at shutdown), and timeouts that
are the monitor's or agent's own (Sensu "Execution timed out", Telegraf's flush interval) or a slow
client's (httpd mod_reqtimeout AH01382).

The real things: Loki's ingestion and per-stream rate limits, Boulder's rate-limit refusals, Temporal's
"namespace rate limit exceeded", an InfluxDB 429 seen by Telegraf, workqueue depth and queue time,
Sidekiq queue latency and size, RabbitMQ ready and unacked messages, pt-heartbeat and
pt-online-schema-change replica lag, Orchestrator's `replication_lag` problem, Podman containers dying
and restarting again and again, ssh and Telegraf clients that gave up on a peer, 5xx ratios of Thanos
Query, Loki and a webhook server.

Labels were decided from each alert's meaning under POLICY.md before the classifier ran on the file;
see the SOURCES.md section "probes_precision30".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_precision30.jsonl")
UT = "upstream_timeout"
RL = "rate_limited"
QB = "queue_backlog"
RLAG = "replication_lag"
CL = "crash_loop"
HER = "high_error_rate"

# ------------------------------------------------------------------ Thanos compactor and query
THANOS = "thanos-io/thanos"
THANOS_COMMIT = "e103a81bd5943697394afcb4fb592b6ffa806c30"
TH_COMPACT_CMD = (THANOS, "cmd/thanos/compact.go", THANOS_COMMIT)
TH_COMPACT_PKG = (THANOS, "pkg/compact/compact.go", THANOS_COMMIT)
TH_ALERTS = (THANOS, "examples/alerts/alerts.yaml", THANOS_COMMIT)


def thanos_items():
    family.add(TH_COMPACT_CMD, None, "Thanos compactor log: retriable compaction error (housekeeping, rule 10)",
               {"alertname": "ThanosCompactorLogErrors", "severity": "warning", "namespace": "monitoring",
                "container": "thanos-compact", "cluster": "prod-eu1"},
               {"summary": "thanos-compact logged 6 error lines in 15m",
                "description": "level=error ts=2026-12-05T21:14:09.553Z caller=compact.go:559 msg=\"retriable error\" "
                               "err=\"compaction: group 0@5322589354663189029: upload of 01JEX3M7V2R9Q4KQ5N8T6B1C2D "
                               "failed: upload index: Access Denied.\""})
    family.add(TH_COMPACT_PKG, None, "Thanos compactor halted on an unhealthy block (housekeeping, rule 10)",
               {"alertname": "Log pattern: compactor halting", "team": "observability", "source": "loki",
                "app": "thanos-compact"},
               {"summary": "thanos-compact-0: critical error detected; halting",
                "description": "msg=\"critical error detected; halting\" err=\"compaction: group "
                               "0@17241709254077376921: block with not healthy index found "
                               "/var/thanos/compact/compact/0@17241709254077376921/01JEQ9ZK4T2B7H0W6M3XR5CY8N; "
                               "Compaction level 2; Labels: map[cluster:prod-eu1 replica:a]: 3/48211 series have "
                               "an average of 1.000 out-of-order chunks: 0.000 of these are exact duplicates (in "
                               "terms of data and time range)\""})
    family.add(TH_ALERTS, HER, "Thanos Query: share of query_range requests answered 5xx (rule 4)",
               {"alertname": "Thanos query_range 5xx share", "grafana_folder": "Thanos", "severity": "critical",
                "job": "thanos-query", "handler": "query_range"},
               {"summary": "thanos-query is failing 7.4% of query_range requests",
                "description": "sum(rate(http_requests_total{code=~\"5..\", job=\"thanos-query\", "
                               "handler=\"query_range\"}[5m])) / sum(rate(http_requests_total{job=\"thanos-query\", "
                               "handler=\"query_range\"}[5m])) = 0.074"})


# ------------------------------------------------------------------ Loki
LOKI = "grafana/loki"
LOKI_COMMIT = "65e30f8488e8a5ea2013c6881675f8103a8f6bc7"
LK_VALIDATE = (LOKI, "pkg/validation/validate.go", LOKI_COMMIT)
LK_TABLES = (LOKI, "pkg/compactor/tables_manager.go", LOKI_COMMIT)
LK_COMPACTOR = (LOKI, "pkg/compactor/compactor.go", LOKI_COMMIT)
LK_ALERTS = (LOKI, "production/loki-mixin-compiled/alerts.yaml", LOKI_COMMIT)


def loki_items():
    family.add(LK_VALIDATE, RL, "Loki refused a push: tenant ingestion rate limit exceeded (HTTP 429)",
               {"alertname": "PromtailRequestsErrors", "severity": "warning", "namespace": "logging",
                "pod": "promtail-7xq2n", "status_code": "429"},
               {"summary": "promtail-7xq2n: pushes to Loki failing",
                "description": "level=warn component=client host=loki-gateway.logging.svc msg=\"error sending batch, "
                               "will retry\" status=429 tenant=payments error=\"server returned HTTP status 429 Too "
                               "Many Requests (429): ingestion rate limit exceeded for user payments (limit: 4194304 "
                               "bytes/sec) while attempting to ingest '6214' lines totaling '1048391' bytes, reduce "
                               "log volume or contact your Loki administrator to see if the limit can be increased\""})
    family.add(LK_VALIDATE, RL, "Loki refused lines of one stream: per-stream rate limit exceeded",
               {"alertname": "LogShipperErrors", "severity": "warning", "host": "k8s-node-14",
                "agent": "fluent-bit"},
               {"summary": "fluent-bit on k8s-node-14: Loki output rejected records",
                "description": "[output:loki:loki.0] loki-distributor.logging:3100, HTTP status=429\nPer stream rate "
                               "limit exceeded (limit: 3MB/sec) while attempting to ingest for stream "
                               "'{app=\"checkout\", namespace=\"shop\"}' totaling 512KB, consider splitting a stream "
                               "via additional labels or contact your Loki administrator to see if the limit can be "
                               "increased"})
    family.add(LK_VALIDATE, RL, "Loki discarded samples with reason rate_limited (label-only, rule 3)",
               {"alertname": "LokiDiscardedSamples", "severity": "warning", "tenant": "tenant-ops",
                "reason": "rate_limited", "cluster": "loki-prod"},
               {"summary": "Loki is discarding samples for tenant-ops",
                "description": "sum by (tenant, reason) (rate(loki_discarded_samples_total{reason=\"rate_limited\"}"
                               "[5m])) = 1840 lines/s"})
    family.add(LK_TABLES, None, "Loki compactor log: failed to run compaction (housekeeping, rule 10)",
               {"alertname": "LokiCompactorErrorLogs", "severity": "warning", "namespace": "loki",
                "pod": "loki-backend-0"},
               {"summary": "loki-backend-0: compactor errors in the last 30m",
                "description": "level=error ts=2026-12-05T20:40:11.902Z caller=tables_manager.go:100 msg=\"failed to "
                               "run compaction\" err=\"schema for table not found\""})
    family.add(LK_TABLES, None, "Loki compactor log: failed to apply retention (housekeeping, rule 10)",
               {"alertname": "Loki retention errors", "priority": "P4", "service": "loki-compactor",
                "env": "staging"},
               {"summary": "Loki retention run failed on loki-compactor-0",
                "description": "msg=\"failed to apply retention\" err=\"failed to init table marker: schema for table "
                               "not found\""})
    family.add(LK_ALERTS, HER, "Loki: share of 5xx answers on a route (rule 4)",
               {"alertname": "Loki read path 5xx", "severity": "critical", "cluster": "loki-prod",
                "namespace": "loki", "job": "loki/querier", "route": "loki_api_v1_query_range"},
               {"summary": "loki/querier loki_api_v1_query_range is answering 5xx",
                "description": "100 * sum(rate(loki_request_duration_seconds_count{status_code=~\"5..\"}[2m])) / "
                               "sum(rate(loki_request_duration_seconds_count[2m])) = 18.62% over 15m"})


# ------------------------------------------------------------------ controller-runtime
CR = "kubernetes-sigs/controller-runtime"
CR_COMMIT = "86a0d40e047cf6b7b18d1eb47d15639821863d05"
CR_CONTROLLER = (CR, "pkg/internal/controller/controller.go", CR_COMMIT)
CR_METRICS = (CR, "pkg/internal/controller/metrics/metrics.go", CR_COMMIT)
CR_WORKQUEUE = (CR, "pkg/internal/metrics/workqueue.go", CR_COMMIT)
CR_WEBHOOK = (CR, "pkg/webhook/internal/metrics/metrics.go", CR_COMMIT)


def controller_runtime_items():
    family.add(CR_CONTROLLER, None, "a controller's \"Reconciler error\" line (housekeeping, rule 10)",
               {"alertname": "OperatorReconcilerErrors", "severity": "warning", "namespace": "cnpg-system",
                "container": "manager"},
               {"summary": "cnpg-controller-manager logged 41 \"Reconciler error\" lines in 10m",
                "description": "{\"level\":\"error\",\"ts\":\"2026-12-05T19:51:07Z\",\"msg\":\"Reconciler error\","
                               "\"controller\":\"cluster\",\"controllerGroup\":\"postgresql.cnpg.io\","
                               "\"controllerKind\":\"Cluster\",\"Cluster\":{\"name\":\"orders-db\",\"namespace\":"
                               "\"orders\"},\"namespace\":\"orders\",\"name\":\"orders-db\",\"reconcileID\":"
                               "\"3f0c2b1e-8a4d-4f61-9e0a-6c1d2b7e9f44\",\"error\":\"Operation cannot be fulfilled on "
                               "clusters.postgresql.cnpg.io \\\"orders-db\\\": the object has been modified; please "
                               "apply your changes to the latest version and try again\"}"})
    family.add(CR_METRICS, None, "rate of reconciliation errors of a controller (not requests, rule 10)",
               {"alertname": "ControllerReconcileErrorsHigh", "severity": "warning", "controller": "certificate",
                "namespace": "cert-manager", "service": "cert-manager"},
               {"summary": "Controller certificate has a high reconcile error rate",
                "description": "sum(rate(controller_runtime_reconcile_errors_total{controller=\"certificate\"}[5m])) "
                               "/ sum(rate(controller_runtime_reconcile_total{controller=\"certificate\"}[5m])) = "
                               "0.31 (\"Total number of reconciliation errors per controller\")"})
    family.add(CR_METRICS, None, "reconciliations that ran past the controller's own timeout (rule 10)",
               {"alertname": "[k8s] reconcile timeouts", "monitor_type": "query alert", "kube_namespace":
                "crossplane-system", "controller": "managed/rdsinstance.database.aws.crossplane.io"},
               {"summary": "Reconcile timeouts in managed/rdsinstance.database.aws.crossplane.io",
                "description": "%%%\nsum:controller_runtime_reconcile_timeouts_total{controller:managed/rdsinstance."
                               "database.aws.crossplane.io}.as_count() = 14 over the last 30m\n%%%"})
    family.add(CR_WORKQUEUE, None, "workqueue retries counter, \"rate-limited requeues\" (not a backlog, not "
               "throttling: rules 10 and 12)",
               {"alertname": "WorkqueueRetriesRising", "severity": "info", "name": "helmrelease",
                "controller": "helmrelease", "namespace": "flux-system"},
               {"summary": "helmrelease workqueue is retrying items",
                "description": "rate(workqueue_retries_total{name=\"helmrelease\"}[10m]) = 0.85/s — \"Total number of "
                               "items added to the workqueue with a non-zero delay (rate-limited requeues, explicit "
                               "RequeueAfter or AddAfter calls)\""})
    family.add(CR_WORKQUEUE, QB, "workqueue depth of a controller (rule 4)",
               {"alertname": "ControllerWorkqueueDepth", "severity": "warning", "name": "ingress",
                "controller": "ingress", "namespace": "gateway-system", "priority": ""},
               {"summary": "ingress controller workqueue depth is 2,318",
                "description": "workqueue_depth{name=\"ingress\",controller=\"ingress\"} > 500 for 15m (current 2318)"})
    family.add(CR_WORKQUEUE, QB, "time items wait in a controller's workqueue (rule 4: time spent waiting in a queue)",
               {"alertname": "Workqueue wait time", "grafana_folder": "Operators", "severity": "warning",
                "name": "kafkatopic", "controller": "kafkatopic"},
               {"summary": "Items wait 94s in the kafkatopic workqueue before being picked up",
                "description": "histogram_quantile(0.99, sum by (le, name) (rate(workqueue_queue_duration_seconds_"
                               "bucket{name=\"kafkatopic\"}[5m]))) = 94.1 s"})
    family.add(CR_WEBHOOK, HER, "admission webhook answering 500 to a share of requests (rule 4)",
               {"alertname": "WebhookServerErrors", "severity": "critical", "webhook": "/validate-apps-v1-deployment",
                "namespace": "policy-system", "code": "500"},
               {"summary": "Admission webhook /validate-apps-v1-deployment is failing requests",
                "description": "sum(rate(controller_runtime_webhook_requests_total{code=\"500\",webhook=\"/validate-"
                               "apps-v1-deployment\"}[5m])) / sum(rate(controller_runtime_webhook_requests_total"
                               "{webhook=\"/validate-apps-v1-deployment\"}[5m])) = 0.226"})


# ------------------------------------------------------------------ OpenSSH
SSH = "openssh/openssh-portable"
SSH_COMMIT = "0ef0f5a839831c213f24e3f2ae434765c607fb50"
SSH_CLIENTLOOP = (SSH, "clientloop.c", SSH_COMMIT)


def openssh_items():
    family.add(SSH_CLIENTLOOP, UT, "an ssh tunnel gave up on a server that stopped answering keep-alives "
               "(the caller gave up, rule 13)",
               {"alertname": "TunnelLogErrors", "severity": "warning", "service": "autossh-db-tunnel",
                "host": "report-runner-3"},
               {"summary": "autossh-db-tunnel: ssh session ended",
                "description": "ssh[2231]: Timeout, server db-jump.example.net not responding."})


# ------------------------------------------------------------------ Percona Toolkit
PT = "percona/percona-toolkit"
PT_COMMIT = "8d0f14c1800a06c12f8967a5564015d16c40609d"
PT_OSC = (PT, "bin/pt-online-schema-change", PT_COMMIT)
PT_HEARTBEAT = (PT, "bin/pt-heartbeat", PT_COMMIT)


def percona_items():
    family.add(PT_OSC, RLAG, "pt-online-schema-change waiting on a lagging replica (rule 7)",
               {"alertname": "SchemaMigrationStalled", "severity": "warning", "job": "pt-osc-orders-add-index",
                "host": "db-ops-1"},
               {"summary": "pt-online-schema-change on orders.order_items is paused",
                "description": "Copying `shop`.`order_items`:  41% 12:18 remain\nReplica lag is 187 seconds on "
                               "h=db-replica-2.internal,P=3306.  Waiting."})
    family.add(PT_HEARTBEAT, RLAG, "pt-heartbeat --monitor output: replica delay and moving averages",
               {"alertname": "MySQLHeartbeatDelay", "severity": "critical", "instance": "db-replica-4:3306",
                "tool": "pt-heartbeat"},
               {"summary": "db-replica-4 is 412 s behind the source",
                "description": "pt-heartbeat -D percona --monitor h=db-replica-4: 412s [ 301.20s,  95.42s,  31.90s ]"})
    family.add(PT_HEARTBEAT, RLAG, "pt-heartbeat --check --recurse: per-replica delay in a Nagios check",
               {"alertname": "MySQL replica delay", "service": "check_pt_heartbeat", "host": "db-src-1",
                "state": "CRITICAL"},
               {"summary": "CRITICAL - replica delay above 120s",
                "description": "pt-heartbeat --check --recurse 1 h=db-src-1:\ndb-rep-a             2.00\ndb-rep-b             244.00"})
    family.add(PT_OSC, None, "pt-online-schema-change waiting on a replica whose replication is stopped "
               "(stopped, not lag: rule 5)",
               {"alertname": "SchemaMigrationStalled", "severity": "warning", "job": "pt-osc-users-drop-col",
                "host": "db-ops-1"},
               {"summary": "pt-online-schema-change on accounts.users is waiting",
                "description": "Copying `accounts`.`users`:  73% 03:02 remain\nReplica db-replica-3 is stopped.  "
                               "Waiting."})
    family.add(PT_OSC, None, "pt-online-schema-change aborted: replication is stopped (a failed job and "
               "stopped replication, rules 5 and 10)",
               {"alertname": "MigrationJobFailed", "severity": "warning", "namespace": "db-tools",
                "job_name": "osc-invoices-20261205"},
               {"summary": "Job osc-invoices-20261205 failed",
                "description": "replication is stopped at /usr/bin/pt-online-schema-change line 5156."})


PT_DELAY = (PT, "bin/pt-slave-delay", PT_COMMIT)


def percona_delay_items():
    """pt-slave-delay holds a replica behind its source on purpose: lag and stopped SQL threads that were
    asked for (work done on purpose, rule 9)."""
    family.add(PT_DELAY, None, "pt-slave-delay keeping a delayed replica one hour behind (on purpose, rule 9)",
               {"alertname": "ReplicaBehindSource", "severity": "warning", "instance": "db-delayed-1:3306",
                "role": "delayed-replica", "managed_by": "pt-slave-delay --delay 1h"},
               {"summary": "db-delayed-1 (delayed replica) is 3612 s behind",
                "description": "pt-slave-delay log: 2026-12-05T21:00:15 slave running 3612 seconds behind at master "
                               "position mysql-bin.004211/81530214"})
    family.add(PT_DELAY, None, "pt-slave-delay stopping the SQL thread to hold the delay (on purpose, rule 9)",
               {"alertname": "MySQL replica SQL thread not running", "severity": "warning",
                "instance": "db-delayed-1:3306", "role": "delayed-replica"},
               {"summary": "Replica SQL thread stopped on db-delayed-1",
                "description": "pt-slave-delay --delay 1h --interval 15s: 2026-12-05T21:02:30 STOP SLAVE until "
                               "2026-12-05T21:29:41 at master position mysql-bin.004211/81977305"})


# ------------------------------------------------------------------ Orchestrator
ORC = "openark/orchestrator"
ORC_COMMIT = "730db91f70344e38296dbb0fecdbc0cefd6fca79"
ORC_DAO = (ORC, "go/inst/instance_dao.go", ORC_COMMIT)
ORC_ANALYSIS = (ORC, "go/inst/analysis_dao.go", ORC_COMMIT)


def orchestrator_items():
    family.add(ORC_DAO, RLAG, "Orchestrator instance problem replication_lag (lag above "
               "ReasonableReplicationLagSeconds)",
               {"alertname": "OrchestratorInstanceProblem", "severity": "warning", "cluster_alias": "payments",
                "instance": "mysql-pay-r3:3306", "problem": "replication_lag"},
               {"summary": "mysql-pay-r3:3306 reports problem replication_lag",
                "description": "orchestrator /api/problems: mysql-pay-r3:3306 ReplicationLagSeconds=96 SQLDelay=0 "
                               "Problems=[replication_lag]"})
    family.add(ORC_DAO, None, "Orchestrator instance problem not_replicating (stopped, rule 5)",
               {"alertname": "OrchestratorInstanceProblem", "severity": "warning", "cluster_alias": "catalog",
                "instance": "mysql-cat-r1:3306", "problem": "not_replicating"},
               {"summary": "mysql-cat-r1:3306 reports problem not_replicating",
                "description": "orchestrator /api/problems: mysql-cat-r1:3306 ReplicationSQLThreadRuning=false "
                               "ReplicationIOThreadRuning=true Problems=[not_replicating]"})
    family.add(ORC_DAO, None, "Orchestrator instance problem errant_gtid (diverged replica, rule 10)",
               {"alertname": "Orchestrator problem", "severity": "info", "cluster_alias": "auth",
                "instance": "mysql-auth-r2:3306"},
               {"summary": "mysql-auth-r2:3306: errant_gtid",
                "description": "GtidErrant=3e11fa47-71ca-11e1-9e33-c80aa9429562:29 Problems=[errant_gtid]"})
    family.add(ORC_DAO, None, "Orchestrator instance problem not_recently_checked (the monitor's own polling, "
               "rule 16)",
               {"alertname": "OrchestratorInstanceProblem", "severity": "info", "cluster_alias": "search",
                "instance": "mysql-srch-r1:3306", "problem": "not_recently_checked"},
               {"summary": "mysql-srch-r1:3306 reports problem not_recently_checked",
                "description": "orchestrator /api/problems: mysql-srch-r1:3306 IsLastCheckValid=true "
                               "IsRecentlyChecked=false Problems=[not_recently_checked]"})
    family.add(ORC_ANALYSIS, None, "Orchestrator analysis AllMasterReplicasNotReplicating (stopped, rule 5)",
               {"alertname": "OrchestratorReplicationAnalysis", "severity": "critical", "analysis":
                "AllMasterReplicasNotReplicating", "cluster_alias": "orders"},
               {"summary": "orders: AllMasterReplicasNotReplicating on mysql-ord-src:3306",
                "description": "Master is reachable but none of its replicas is replicating (count replicas 3)"})


# ------------------------------------------------------------------ Boulder (Let's Encrypt)
BOULDER = "letsencrypt/boulder"
BOULDER_COMMIT = "2d00c8e27919fe945e53b2cf857838e68a1da111"
BL_LIMITER = (BOULDER, "ratelimits/limiter.go", BOULDER_COMMIT)
BL_OV_ADD = (BOULDER, "cmd/admin/overrides_add.go", BOULDER_COMMIT)
BL_OV_TOGGLE = (BOULDER, "cmd/admin/overrides_toggle.go", BOULDER_COMMIT)
BL_LIMIT = (BOULDER, "ratelimits/limit.go", BOULDER_COMMIT)


def boulder_items():
    family.add(BL_LIMITER, RL, "an ACME CA refused an order: certificates per exact set of identifiers",
               {"alertname": "CertificateNotReady", "severity": "warning", "namespace": "shop",
                "name": "storefront-tls", "condition": "Ready"},
               {"summary": "Certificate shop/storefront-tls is not Ready (2h)",
                "description": "Failed to create Order: 429 urn:ietf:params:acme:error:rateLimited: too many "
                               "certificates (5) already issued for this exact set of identifiers in the last "
                               "168h0m0s, retry after 2026-12-07 04:12:55 UTC: see https://letsencrypt.org/docs/"
                               "rate-limits/#new-certificates-per-exact-set-of-identifiers"})
    family.add(BL_LIMITER, RL, "an ACME CA refused new orders from an account (rate limit refusal)",
               {"alertname": "AcmeClientErrors", "severity": "critical", "service": "tls-provisioner",
                "region": "us-east-1"},
               {"summary": "tls-provisioner: 318 failed ACME orders in 30m",
                "description": "acme: error: 429 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: "
                               "urn:ietf:params:acme:error:rateLimited :: too many new orders (300) from this account "
                               "in the last 3h0m0s, retry after 2026-12-05 23:41:07 UTC: see https://letsencrypt.org/"
                               "docs/rate-limits/#new-orders-per-account"})
    family.add(BL_LIMITER, RL, "an ACME CA refused authorizations after failed validations (rate limit refusal)",
               {"alertname": "TraefikAcmeErrors", "severity": "warning", "instance": "edge-lb-2",
                "resolver": "letsencrypt"},
               {"summary": "Traefik on edge-lb-2 could not obtain a certificate",
                "description": "Unable to obtain ACME certificate for domains \"api.partner.example\": 429 :: "
                               "urn:ietf:params:acme:error:rateLimited :: too many failed authorizations (5) for "
                               "\"api.partner.example\" in the last 1h0m0s, retry after 2026-12-05 22:58:31 UTC: see "
                               "https://letsencrypt.org/docs/rate-limits/#authorization-failures-per-identifier-per-"
                               "account"})
    family.add(BL_OV_ADD, None, "a CA operator added a rate-limit override (configuration, rule 9)",
               {"alertname": "AdminActionAudit", "severity": "info", "tool": "boulder admin",
                "host": "ca-admin-1"},
               {"summary": "Rate-limit override changed by an operator",
                "description": "Added new override for limit CertificatesPerDomain key \"5:example-university.edu\", "
                               "status=[enabled]"})
    family.add(BL_OV_TOGGLE, None, "a CA operator disabled a rate-limit override (configuration, rule 9)",
               {"alertname": "AdminActionAudit", "severity": "info", "tool": "boulder admin",
                "host": "ca-admin-1"},
               {"summary": "Rate-limit override disabled",
                "description": "Disabled override for limit NewOrdersPerAccount key \"3:1894403\""})
    family.add(BL_LIMIT, None, "the override loader failed to refresh rate-limit overrides (a configuration "
               "error, nothing refused)",
               {"alertname": "LogErrors: ratelimit overrides", "severity": "warning", "service": "boulder-wfe",
                "host": "wfe-3"},
               {"summary": "boulder-wfe on wfe-3: override refresh errors",
                "description": "E210204 boulder-wfe loading overrides (refresh): context canceled"})


# ------------------------------------------------------------------ Sidekiq
SIDEKIQ = "sidekiq/sidekiq"
SIDEKIQ_COMMIT = "1bb4aa06e5aa178a114a5e855f9f3d5c24f6c61b"
SK_API = (SIDEKIQ, "lib/sidekiq/api.rb", SIDEKIQ_COMMIT)
SK_RETRY = (SIDEKIQ, "lib/sidekiq/job_retry.rb", SIDEKIQ_COMMIT)
SK_FETCH = (SIDEKIQ, "lib/sidekiq/fetch.rb", SIDEKIQ_COMMIT)
SK_LOCALE = (SIDEKIQ, "web/locales/en.yml", SIDEKIQ_COMMIT)


def sidekiq_items():
    family.add(SK_API, QB, "Sidekiq queue latency: age of the oldest enqueued job (rule 4)",
               {"alertname": "[Sidekiq] mailers queue latency", "monitor_type": "metric alert",
                "queue": "mailers", "env": "production"},
               {"summary": "Sidekiq queue mailers latency above 300s",
                "description": "%%%\nSidekiq::Queue.new(\"mailers\").latency = 1284.6 s (the oldest job was enqueued "
                               "21 minutes ago)\n%%%"})
    family.add(SK_LOCALE, QB, "Sidekiq enqueued jobs in a queue (jobs waiting, rule 12)",
               {"alertname": "SidekiqEnqueuedHigh", "severity": "warning", "queue": "default",
                "app": "billing"},
               {"summary": "billing: 48,211 jobs Enqueued in queue default",
                "description": "Sidekiq Web, Queues: default — Size 48211, Latency 412.7; Busy 25 of 25 threads"})
    family.add(SK_API, None, "Sidekiq dead set size (dead-lettered jobs, rule 12)",
               {"alertname": "SidekiqDeadJobs", "severity": "info", "app": "billing"},
               {"summary": "billing: 37 Dead Jobs",
                "description": "Sidekiq::DeadSet.new.size = 37 (jobs that failed all of their retries)"})
    family.add(SK_API, None, "Sidekiq retry set size (retried jobs, rule 12)",
               {"alertname": "Sidekiq retries", "grafana_folder": "Rails", "severity": "warning",
                "app": "storefront"},
               {"summary": "storefront: 812 Retries waiting",
                "description": "sidekiq_retry_set_size = 812 (RetrySet; Next Retry in 4 min)"})
    family.add(SK_API, None, "Sidekiq failed-jobs counter rising (failed jobs are not requests, rule 10)",
               {"alertname": "SidekiqFailedJobsRate", "severity": "warning", "app": "storefront"},
               {"summary": "storefront: Sidekiq Failed count up 2,140 in 1h",
                "description": "delta(Sidekiq::Stats.new.failed) = 2140 over 1h (Processed 58,930)"})
    family.add(SK_LOCALE, None, "Sidekiq scheduled jobs (work for later, rule 12)",
               {"alertname": "SidekiqScheduledJobs", "severity": "info", "app": "crm"},
               {"summary": "crm: 15,400 Scheduled Jobs",
                "description": "Sidekiq Web, Scheduled: 15400 jobs (campaign sends queued for tomorrow 08:00)"})
    family.add(SK_RETRY, None, "Sidekiq log lines adding jobs to the dead set (dead-lettered, rule 12)",
               {"alertname": "SidekiqLogPattern", "severity": "info", "service": "sidekiq-worker",
                "namespace": "billing"},
               {"summary": "sidekiq-worker: 12 dead jobs in 1h",
                "description": "INFO pid=11 tid=2rq8 class=InvoicePdfJob jid=b4f1c09e21aa7d3c7f55e1a2: Adding dead "
                               "InvoicePdfJob job b4f1c09e21aa7d3c7f55e1a2"})
    family.add(SK_FETCH, None, "Sidekiq pushed in-progress jobs back at shutdown (a deploy, rule 9)",
               {"alertname": "SidekiqShutdownRequeue", "severity": "info", "service": "sidekiq-worker",
                "namespace": "billing"},
               {"summary": "sidekiq-worker requeued jobs on shutdown",
                "description": "INFO pid=11 tid=2rp0: Pushed 18 jobs back to Redis"})


TEMPORAL = "temporalio/temporal"
TEMPORAL_COMMIT = "6805caea59e35d0611ed96be69641b8d86bff11c"
TP_NS_LIMIT = (TEMPORAL, "common/rpc/interceptor/namespace_rate_limit.go", TEMPORAL_COMMIT)
TP_METRICS = (TEMPORAL, "common/metrics/metric_defs.go", TEMPORAL_COMMIT)
TP_DYNCONFIG = (TEMPORAL, "common/dynamicconfig/constants.go", TEMPORAL_COMMIT)


def temporal_items():
    family.add(TP_NS_LIMIT, RL, "Temporal frontend refused calls: namespace rate limit exceeded (RPS_LIMIT)",
               {"alertname": "TemporalWorkerErrors", "severity": "warning", "namespace": "payments",
                "service": "settlement-worker", "k8s_cluster": "prod-us2"},
               {"summary": "settlement-worker: StartWorkflowExecution calls failing",
                "description": "failed to start workflow SettleBatch: namespace rate limit exceeded "
                               "(serviceerror.ResourceExhausted, cause RESOURCE_EXHAUSTED_CAUSE_RPS_LIMIT, scope "
                               "RESOURCE_EXHAUSTED_SCOPE_NAMESPACE)"})
    family.add(TP_METRICS, RL, "Temporal service_errors_resource_exhausted with cause RpsLimit (rule 7: refused)",
               {"alertname": "TemporalResourceExhausted", "severity": "critical", "service_name": "frontend",
                "resource_exhausted_cause": "RpsLimit", "namespace": "orders"},
               {"summary": "Temporal frontend rejecting requests for namespace orders",
                "description": "sum(rate(service_errors_resource_exhausted{resource_exhausted_cause=\"RpsLimit\","
                               "namespace=\"orders\"}[5m])) = 212/s"})
    family.add(TP_DYNCONFIG, None, "Temporal namespace rate limit raised in dynamic config (a setting, rule 9)",
               {"alertname": "TemporalDynamicConfigChanged", "severity": "info", "service_name": "frontend",
                "cluster": "temporal-prod"},
               {"summary": "temporal frontend: dynamic config reloaded",
                "description": "dynamic config changed for the key: frontend.namespacerps oldValue: { constraints: "
                               "{namespace:orders} value: 2400 } newValue: { constraints: {namespace:orders} value: "
                               "4800 }"})
    family.add(TP_METRICS, None, "Temporal workflow_failed count (failed workflows are not requests, rule 10)",
               {"alertname": "Temporal workflow failures", "grafana_folder": "Temporal", "severity": "warning",
                "namespace": "billing", "workflow_type": "ChargeCustomer"},
               {"summary": "ChargeCustomer workflows failing",
                "description": "increase(workflow_failed{namespace=\"billing\",workflow_type=\"ChargeCustomer\"}[30m]) "
                               "= 143"})


# ------------------------------------------------------------------ RabbitMQ
RABBIT = "rabbitmq/rabbitmq-server"
RABBIT_COMMIT = "5b09e556da53b8473f26843a2493d8460ced8c8e"
RB_METRICS = (RABBIT, "deps/rabbitmq_prometheus/metrics.md", RABBIT_COMMIT)
RB_SET_POLICY = (RABBIT, "deps/rabbitmq_cli/lib/rabbitmq/cli/ctl/commands/set_policy_command.ex", RABBIT_COMMIT)


def rabbitmq_items():
    family.add(RB_METRICS, QB, "RabbitMQ messages ready on a queue (rule 4)",
               {"alertname": "RabbitMQQueueMessagesReady", "severity": "warning", "queue": "invoice.render",
                "vhost": "billing", "rabbitmq_cluster": "rmq-prod"},
               {"summary": "invoice.render holds 182,304 ready messages",
                "description": "rabbitmq_detailed_queue_messages_ready{queue=\"invoice.render\",vhost=\"billing\"} "
                               "> 50000 for 20m (\"Messages ready to be delivered to consumers\")"})
    family.add(RB_METRICS, QB, "RabbitMQ messages delivered but not yet acknowledged (unacked, rule 4)",
               {"alertname": "[RabbitMQ] unacked messages", "monitor_type": "query alert",
                "rabbitmq_queue": "search.reindex", "rabbitmq_vhost": "/"},
               {"summary": "search.reindex: 24,880 unacknowledged messages",
                "description": "%%%\navg(last_15m):sum:rabbitmq_queue_messages_unacked{rabbitmq_queue:search.reindex} "
                               "> 20000\n%%%"})
    family.add(RB_METRICS, None, "RabbitMQ consumer count on a queue below its usual number (consumers, not "
               "messages waiting)",
               {"alertname": "RabbitMQQueueConsumersLow", "severity": "info", "queue": "email.outbound",
                "vhost": "notify"},
               {"summary": "email.outbound has 2 consumers (usually 6)",
                "description": "rabbitmq_detailed_queue_consumers{queue=\"email.outbound\"} = 2 (\"Consumers on a "
                               "queue\"); rabbitmq_detailed_queue_messages_ready = 0"})
    family.add(RB_METRICS, None, "RabbitMQ messages dead-lettered after their delivery limit (dead-lettered, "
               "rule 12)",
               {"alertname": "RabbitMQDeadLetteredDeliveryLimit", "severity": "warning",
                "queue_type": "rabbit_quorum_queue", "dead_letter_strategy": "at_least_once", "instance": "rmq-prod-1"},
               {"summary": "Messages dead-lettered after too many redeliveries",
                "description": "increase(rabbitmq_global_messages_dead_lettered_delivery_limit_total[15m]) = 3120 "
                               "(\"Total number of messages dead-lettered due to delivery-limit exceeded\")"})
    family.add(RB_METRICS, None, "RabbitMQ messages dead-lettered by reject/nack (dead-lettered, rule 12)",
               {"alertname": "Rabbit DLX traffic", "grafana_folder": "Messaging", "severity": "warning",
                "queue_type": "rabbit_classic_queue"},
               {"summary": "basic.reject / basic.nack dead-lettering is up",
                "description": "rate(rabbitmq_global_messages_dead_lettered_rejected_total[5m]) = 14.2/s"})
    family.add(RB_SET_POLICY, None, "RabbitMQ queue length limit configured by policy (a setting, rule 9)",
               {"alertname": "RabbitMQAuditPolicyChange", "severity": "info", "rabbitmq_cluster": "rmq-prod",
                "user": "ops-automation"},
               {"summary": "Policy changed on rmq-prod",
                "description": "Setting policy \"orders-limits\" for pattern \"^orders\\.\" to \"{\"max-length\":"
                               "100000,\"overflow\":\"reject-publish-dlx\"}\" with priority \"1\" for vhost \"/\" ..."})


# ------------------------------------------------------------------ Telegraf
TELEGRAF = "influxdata/telegraf"
TELEGRAF_COMMIT = "b27263146617cefe16c0b300107b58b111a7fa57"
TG_AGENT = (TELEGRAF, "agent/agent.go", TELEGRAF_COMMIT)
TG_INFLUX = (TELEGRAF, "plugins/outputs/influxdb/influxdb.go", TELEGRAF_COMMIT)
TG_INFLUX_HTTP = (TELEGRAF, "plugins/outputs/influxdb/http.go", TELEGRAF_COMMIT)


def telegraf_items():
    family.add(TG_AGENT, None, "Telegraf: an output flush outran its flush interval (the agent's own time "
               "limit, rule 10)",
               {"alertname": "TelegrafAgentWarnings", "severity": "warning", "host": "edge-collector-5"},
               {"summary": "telegraf on edge-collector-5 logged 9 warnings in 15m",
                "description": "2026-12-05T21:44:00Z W! [agent] [\"outputs.kafka\"] did not complete within its "
                               "flush interval"})
    family.add(TG_INFLUX_HTTP, RL, "Telegraf writes refused by InfluxDB with 429 Too Many Requests (rule 3)",
               {"alertname": "TelegrafOutputErrors", "severity": "warning", "host": "iot-gw-12"},
               {"summary": "telegraf on iot-gw-12: metrics dropped by the influxdb output",
                "description": "E! [outputs.influxdb] Failed to write metric (will be dropped: 429 Too Many "
                               "Requests): "})
    family.add(TG_INFLUX, UT, "Telegraf gave up writing to InfluxDB: client timeout awaiting headers (rule 13)",
               {"alertname": "TelegrafOutputErrors", "severity": "critical", "host": "edge-collector-5"},
               {"summary": "telegraf on edge-collector-5 cannot write metrics",
                "description": "E! [outputs.influxdb] When writing to [http://influxdb-ha.monitoring:8086]: failed "
                               "doing req: Post \"http://influxdb-ha.monitoring:8086/write?db=telegraf\": context "
                               "deadline exceeded (Client.Timeout exceeded while awaiting headers)\n"
                               "E! [agent] Error writing to outputs.influxdb: could not write any address"})


# ------------------------------------------------------------------ Apache httpd
HTTPD = "apache/httpd"
HTTPD_COMMIT = "0cb680442ecaa6118cc610b5ecc6e824330bf61a"
HD_REQTIMEOUT = (HTTPD, "modules/filters/mod_reqtimeout.c", HTTPD_COMMIT)


def httpd_items():
    family.add(HD_REQTIMEOUT, None, "httpd mod_reqtimeout: clients too slow sending headers (rule 13)",
               {"alertname": "ApacheErrorLogPattern", "severity": "info", "host": "www-03",
                "module": "reqtimeout"},
               {"summary": "www-03: 340 reqtimeout messages in 10m",
                "description": "[Sat Dec 05 21:12:44.118204 2026] [reqtimeout:info] [pid 30112:tid 139822] "
                               "[client 192.0.2.41:50622] AH01382: Request header read timeout"})
    family.add(HD_REQTIMEOUT, None, "httpd mod_reqtimeout: a client too slow sending its body (rule 13)",
               {"alertname": "Elastic rule: httpd timeouts", "rule_type": "log threshold",
                "host.name": "upload-01", "service.type": "apache"},
               {"summary": "upload-01: timeout lines in apache error log",
                "description": "[reqtimeout:info] [pid 8814:tid 140211] [client 198.51.100.90:61833] AH01382: "
                               "Request body read timeout"})


# ------------------------------------------------------------------ Sensu Go
SENSU = "sensu/sensu-go"
SENSU_COMMIT = "3b6b79dbc6be264d26939b60aa160784cdc691a8"
SN_COMMAND = (SENSU, "command/command.go", SENSU_COMMIT)


def sensu_items():
    family.add(SN_COMMAND, None, "Sensu replication check whose own execution timed out (the monitor's check, rule 16)",
               {"alertname": "SensuCheckCritical", "severity": "critical", "entity": "db-replica-4",
                "check": "check-mysql-replication-status", "namespace": "production"},
               {"summary": "db-replica-4/check-mysql-replication-status is CRITICAL",
                "description": "Execution timed out\n(status 2, duration 30.002s, timeout 30)"})
    family.add(SN_COMMAND, None, "Sensu check of a queue whose own execution timed out (the monitor's check, "
               "rule 16)",
               {"alertname": "Sensu event: rabbitmq-queue-depth", "severity": "warning",
                "entity": "mq-01", "check": "rabbitmq-queue-depth"},
               {"summary": "mq-01 - rabbitmq-queue-depth: WARNING",
                "description": "Check output: Execution timed out"})


# ------------------------------------------------------------------ Podman
PODMAN = "containers/podman"
PODMAN_COMMIT = "c6580b4a5219c9efb9ab79a540637d8a58b736f8"
PD_INTERNAL = (PODMAN, "libpod/container_internal.go", PODMAN_COMMIT)
PD_EVENTS = (PODMAN, "libpod/events/events.go", PODMAN_COMMIT)
PD_AUTOUPDATE = (PODMAN, "pkg/autoupdate/autoupdate.go", PODMAN_COMMIT)


def podman_items():
    family.add(PD_EVENTS, CL, "Podman restart events again and again under the restart policy (rule 7)",
               {"alertname": "PodmanContainerRestarts", "severity": "warning", "host": "edge-box-11",
                "container": "mqtt-bridge"},
               {"summary": "mqtt-bridge on edge-box-11 restarted 6 times in 10m",
                "description": "2026-12-05 21:40:02.1183 +0000 UTC container restart 9c1e4f0a7b2d "
                               "(image=registry.example.net/iot/mqtt-bridge:2.4.1, name=mqtt-bridge)\n"
                               "... 5 more \"container restart\" events for mqtt-bridge since 21:30"})
    family.add(PD_EVENTS, CL, "Podman: a container that keeps dying and being restarted (rule 7)",
               {"alertname": "Container died repeatedly", "severity": "critical", "host": "kiosk-gw-3",
                "source": "journald", "container": "print-spooler"},
               {"summary": "print-spooler died 4 times in 15 minutes",
                "description": "podman events --filter container=print-spooler:\n"
                               "2026-12-05 21:51:10.402 +0000 UTC container died 51d0c3a9e2f4 "
                               "(image=registry.example.net/kiosk/print-spooler:1.9, name=print-spooler)\n"
                               "2026-12-05 21:51:10.966 +0000 UTC container restart 51d0c3a9e2f4 "
                               "(image=registry.example.net/kiosk/print-spooler:1.9, name=print-spooler)\n"
                               "2026-12-05 21:54:41.113 +0000 UTC container died 51d0c3a9e2f4 "
                               "(image=registry.example.net/kiosk/print-spooler:1.9, name=print-spooler)"})
    family.add(PD_INTERNAL, None, "Podman: one restart under the restart policy (one restart, rule 7)",
               {"alertname": "PodmanContainerRestarted", "severity": "info", "host": "edge-box-07",
                "container": "node-red"},
               {"summary": "node-red on edge-box-07 restarted",
                "description": "podman inspect node-red: RestartCount=1, RestartPolicy=on-failure, Status=running "
                               "(up 41 minutes)"})
    family.add(PD_AUTOUPDATE, None, "Podman auto-update restarted a unit after pulling an image (planned, rule 9)",
               {"alertname": "PodmanUnitRestarted", "severity": "info", "host": "edge-box-07",
                "unit": "container-node-red.service"},
               {"summary": "container-node-red.service restarted on edge-box-07",
                "description": "podman-auto-update.service: Successfully restarted systemd unit "
                               "\"container-node-red.service\""})


# ------------------------------------------------------------------ BorgBackup
BORG = "borgbackup/borg"
BORG_COMMIT = "fc74d5f643d17d5341e303cd5ed4ddeb425660f0"
BG_LOCK = (BORG, "src/borg/storelocking.py", BORG_COMMIT)
BG_HELPERS = (BORG, "src/borg/helpers/__init__.py", BORG_COMMIT)
BG_REMOTE = (BORG, "src/borg/legacy/remote.py", BORG_COMMIT)


def borg_items():
    family.add(BG_LOCK, None, "a Borg backup run failed waiting for the repository lock (a failed backup, "
               "rule 10)",
               {"alertname": "BackupJobFailed", "severity": "warning", "host": "nas-01",
                "job": "borg-nightly-home"},
               {"summary": "borg-nightly-home failed on nas-01",
                "description": "Failed to create/acquire the lock /srv/borg/home/lock (timeout).\nterminating with "
                               "error status, rc 2"})
    family.add(BG_HELPERS, None, "a Borg backup run terminated with an error status (a failed backup, rule 10)",
               {"alertname": "systemd unit failed: borgmatic.service", "severity": "warning",
                "host": "web-backup-3"},
               {"summary": "borgmatic.service failed on web-backup-3",
                "description": "borgmatic[4471]: terminating with error status, rc 2"})
    family.add(BG_REMOTE, None, "a Borg backup whose remote closed the connection (a failed backup, rule 10)",
               {"alertname": "Cron job failed", "severity": "warning", "host": "db-backup-1",
                "cron": "borg create ::pg-{now}"},
               {"summary": "cron on db-backup-1: borg create exited 2",
                "description": "Connection closed by remote host. Is borg working on the server?\n"
                               "terminating with error status, rc 2"})


thanos_items()
loki_items()
controller_runtime_items()
openssh_items()
percona_items()
percona_delay_items()
orchestrator_items()
boulder_items()
sidekiq_items()
temporal_items()
rabbitmq_items()
telegraf_items()
httpd_items()
sensu_items()
podman_items()
borg_items()
family.write()
