#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_lookalike9.jsonl: restart loops, gateway timeouts,
backlogs, replication lag and error ratios in wordings the corpus had not quoted, each next
to look-alikes that must not be those signatures.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-10) from the
alert's meaning; the label is written next to the item and never taken from the classifier.
Hosts, pods and numbers are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item, provenance  # noqa: E402

FOREVER = provenance("foreversd/forever", "lib/forever.js", "2ba8489f8d53f823494035e58fa4184749917084")
FOREVER_CLI = provenance("foreversd/forever", "lib/forever/cli.js", "0077d61e3ab86091194e29640d02df02eaa52ec6")
CIRCUS = provenance("circus-tent/circus", "circus/plugins/flapping.py", "2473ff776367ba33e32b6a0926e63835cd058e3b")
GOD = provenance("mojombo/god", "lib/god/conditions/flapping.rb", "4530542c239e2a28b4e68a1c8273fe747a772440")
MONIT = provenance("MMonit/monit", "src/validate.c", "1d1cd6ad640bbbf7338a79585c6798212338cafe")
COCKROACH = provenance("cockroachdb/cockroach", "monitoring/rules/alerts.rules.yml", "282f228768791b50fd1a27b074fcd56c379a9659")
CLICKHOUSE = provenance("Altinity/clickhouse-operator", "deploy/prometheus/prometheus-alert-rules-clickhouse.yaml", "1647b07494e680df5804cd5ce34104a2fe3ccb52")
PATRONI_API = provenance("patroni/patroni", "patroni/api.py", "de6b22c800a4e5edb351482f0bf64415271003f6")
PATRONI_REST = provenance("patroni/patroni", "docs/rest_api.rst", "de6b22c800a4e5edb351482f0bf64415271003f6")
PATRONI_CTL = provenance("patroni/patroni", "docs/patronictl.rst", "de6b22c800a4e5edb351482f0bf64415271003f6")
NEEDRESTART = provenance("liske/needrestart", "README.nagios.md", "f92ff226cadf9452d66e4e4ac7b2ff524a4cdd28")
NDRESTART = provenance("Tontonitch/check_ndrestart", "README.md", "bdd044e2aaa7a1cd926fe8505eb58baeff3ea0f9")
HEROKU = page_provenance("https://devcenter.heroku.com/articles/error-codes")
CLOUDRUN = page_provenance("https://docs.cloud.google.com/run/docs/configuring/request-timeout")
ARTEMIS = provenance("apache/activemq-artemis", "artemis-server/src/main/java/org/apache/activemq/artemis/core/server/ActiveMQServerLogger.java", "d1b0e5aaec2fbe0f9441005dd7748e68bb6333a2")
PULSAR = provenance("apache/pulsar-site", "docs/reference-metrics.md", "50a27ae65f5cb5dac8ccfc0a08d4986b2c4f96c8")
KMINION = provenance("redpanda-data/kminion", "docs/metrics.md", "00eb3554d4c493b714c740606ecfc93ec0e35907")
RQ = provenance("mdawar/rq-exporter", "README.md", "009b93b1eb12af2a88c5952108eef8ba7eff54ae")
CELERY = provenance("danihodovic/celery-exporter", "celery-mixin/alerts/alerts.libsonnet", "0bca0b72fc9e9eead7dde8ca429ca98eae2ac144")
NATS_EXP = provenance("nats-io/prometheus-nats-exporter", "collector/jsz.go", "0404192e3f2c5b322c01e133bd6b057351fb0775")
NATS_DOCS = provenance("nats-io/nats.docs", "running-a-nats-service/nats_admin/monitoring/monitoring_jetstream.md", "2d6232bbc505af0cdd71c0b5753978ac201dc839")
MEDIAWIKI = provenance("wikimedia/mediawiki", "includes/api/ApiMain.php", "f63b5040e3c2abd5f95f3c36c02cb6ae68b5d314")
TEKTON = provenance("tektoncd/pipeline", "pkg/apis/pipeline/v1/pipelinerun_types.go", "1651eb8101d8d6d0535b034517d4872ba9318e64")
# Second batch (written after the first figure; labelled and committed before the classifier
# ran on it).
SUPERVISOR = provenance("Supervisor/supervisor", "supervisor/process.py", "abc60468ea4b78c446cf3a194f6fccb83d90f670")
OPENRC = provenance("OpenRC/openrc", "src/supervise-daemon/supervise-daemon.c", "04d75bc192486fee932e4e602bdfffc32a0d8b96")
CELERY_REQ = provenance("celery/celery", "celery/worker/request.py", "5dc781f0bd5f36186bfcc74e0a4f9f654452c69b")
CELERY_EXP = provenance("danihodovic/celery-exporter", "src/exporter.py", "012e11e5ec0ed8873fe714a63613de1c561c35ab")
ARGO = provenance("argoproj/argo-workflows", "workflow/controller/exec_control.go", "03d3dd57b7de8b935883f80e789bf874166b4089")
REDIS_REPL = provenance("redis/redis", "src/replication.c", "4f8cdc2a1ea53e42955af758aabffee67cb455dd")
REDIS_SERVER = provenance("redis/redis", "src/server.c", "4f8cdc2a1ea53e42955af758aabffee67cb455dd")
BARMAN = provenance("EnterpriseDB/barman", "barman/server.py", "081bb8d2541a0b8e6aed2fe5df0d579d4b2d679d")
IOSTAT = provenance("sysstat/sysstat", "man/iostat.in", "c1eb661ab208aee09cb9eb02c3218c30d10a812a")
SAR = provenance("sysstat/sysstat", "man/sar.in", "c1eb661ab208aee09cb9eb02c3218c30d10a812a")
CLOUDFLARE = page_provenance("https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/")

family = ProbeFamily("probes_lookalike9.jsonl")


def add(expected, project, source, origin, labels, annotations):
    family.append(probe_item(labels, annotations, expected, source, project, origin))


# ---------------------------------------------------------------- process managers
# forever: every exit is followed by "Script restart attempt #N"; N >= 2 is a loop (rule 7).
for host, app, n, code in [("node-app-3", "api-server.js", 7, 1), ("web-11", "worker.js", 12, 1),
                           ("ops-bastion", "bot.js", 4, 134), ("media-2", "thumbnailer.js", 23, 1)]:
    add("crash_loop", "foreversd/forever", "forever: restart attempts logged by the monitor", FOREVER,
        {"alertname": "ForeverScriptRestarting", "severity": "warning", "host": host, "script": app},
        {"summary": f"forever keeps restarting {app} on {host}",
         "description": f"error: Forever detected script exited with code: {code}\nerror: Script restart attempt #{n}"})
add("crash_loop", "foreversd/forever", "forever: restart attempts quoted in a log alert", FOREVER,
    {"alertname": "LogPatternMatched", "severity": "warning", "host": "chat-1", "job": "varlogs"},
    {"summary": "error: Script restart attempt #9",
     "description": "Loki matched 9 lines from /var/log/forever/chat.log in 10m: \"Forever detected script exited with code: 1\""})
# One restart after a file change (watch mode) and one restart after one exit are not loops.
add(None, "foreversd/forever", "forever: restart because a watched file changed", FOREVER,
    {"alertname": "LogPatternMatched", "severity": "info", "host": "dev-box-2", "job": "varlogs"},
    {"summary": "forever restarted app.js on dev-box-2",
     "description": "error: restarting script because src/routes.js changed\nerror: Forever detected script was killed by signal: SIGKILL\nerror: Script restart attempt #1"})
add(None, "foreversd/forever", "forever: a single restart after one exit", FOREVER,
    {"alertname": "ForeverScriptRestarted", "severity": "info", "host": "web-04", "script": "server.js"},
    {"summary": "server.js on web-04 restarted once",
     "description": "error: Forever detected script exited with code: 0\nerror: Script restart attempt #1"})
add(None, "foreversd/forever", "forever: minUptime default warning at start", FOREVER_CLI,
    {"alertname": "ForeverStartWarning", "severity": "info", "host": "web-07"},
    {"summary": "warn: --minUptime not set. Defaulting to: 1000ms",
     "description": "warn: --spinSleepTime not set. Your script will exit if it does not stay up for at least 1000ms"})
# forever's spinning: a script that does not stay up for minUptime and is relaunched after spinSleepTime.
add("crash_loop", "foreversd/forever", "forever: spinning script relaunched after spinSleepTime", FOREVER_CLI,
    {"alertname": "ForeverScriptSpinning", "severity": "critical", "host": "api-6", "script": "index.js"},
    {"summary": "index.js on api-6 is spinning",
     "description": "The script exits before its minimum uptime of 1000ms and forever relaunches it every 3000ms (spinSleepTime); 14 launches in 5 minutes."})

# circus flapping plugin
for watcher, host in [("orders-worker", "app-3"), ("mailer", "app-8"), ("pdf-render", "batch-1")]:
    add("crash_loop", "circus-tent/circus", "circus: flapping plugin retries a watcher", CIRCUS,
        {"alertname": "CircusWatcherFlapping", "severity": "warning", "host": host, "watcher": watcher},
        {"summary": f"{watcher}: flapping detected: retry in  7s",
         "description": f"circusd on {host} stopped watcher {watcher} after 2 restarts within 1s; it will be started again in 7 seconds."})
add("crash_loop", "circus-tent/circus", "circus: flapping plugin gives up", CIRCUS,
    {"alertname": "CircusWatcherStopped", "severity": "critical", "host": "app-5", "watcher": "scheduler"},
    {"summary": "scheduler: flapping detected: max retry limit",
     "description": "circusd stopped the whole watcher after 5 retries."})
add(None, "circus-tent/circus", "circus: flapping options changed for a watcher", CIRCUS,
    {"alertname": "ConfigChanged", "severity": "info", "host": "app-3", "watcher": "orders-worker"},
    {"summary": "orders-worker flapping.max_retry raised from 5 to 10",
     "description": "circusctl set orders-worker flapping.max_retry 10; flapping.retry_in 7; no restart was made."})

# god flapping condition
add("crash_loop", "mojombo/god", "god: flapping condition triggered", GOD,
    {"alertname": "GodWatchFlapping", "severity": "warning", "host": "resque-2", "watch": "resque-worker-1"},
    {"summary": "resque-worker-1: process is flapping",
     "description": "resque-worker-1 moved to state start 5 times within 5 minutes; resque-worker-1 auto-reenable monitoring in 600 seconds"})
add("crash_loop", "mojombo/god", "god: flapping retries exhausted", GOD,
    {"alertname": "GodWatchFlapping", "severity": "critical", "host": "thin-1", "watch": "thin-3001"},
    {"summary": "thin-3001 giving up",
     "description": "god: thin-3001 flapped 5 times within 5 minutes, 5 times within an hour; monitoring stopped."})

# monit restart-rate timeout (an Event_Timeout that is a restart loop, not a slow upstream)
for svc, host, n, cyc, act in [("php-fpm", "web-03", 5, 5, "unmonitor"), ("sidekiq", "jobs-2", 3, 5, "alert"),
                                ("nginx", "edge-4", 5, 5, "unmonitor")]:
    add("crash_loop", "MMonit/monit", "monit: service restarted N times within M cycles (Timeout event)", MONIT,
        {"alertname": "MonitTimeout", "severity": "critical", "host": host, "service": svc},
        {"summary": f"Timeout Service {svc}",
         "description": f"Service: {svc}\nEvent: Timeout\nAction: {act}\nHost: {host}\nDescription: service restarted {n} times within {cyc} cycles(s) - {act}"})
add(None, "MMonit/monit", "monit: recovery after a restart timeout", MONIT,
    {"alertname": "MonitTimeoutRecovered", "severity": "info", "host": "web-03", "service": "php-fpm"},
    {"summary": "Timeout recovery Service php-fpm",
     "description": "Description: process is running after previous restart timeout (manually recovered?)"})
add(None, "MMonit/monit", "monit: restart-rate rule in the status output", MONIT,
    {"alertname": "MonitConfigReport", "severity": "info", "host": "edge-4", "service": "nginx"},
    {"summary": "monit rules for nginx on edge-4",
     "description": "Timeout = If restarted 5 times within 5 cycle(s) then unmonitor"})

# cockroachdb restart rules (resets of sys_uptime)
for inst, n, win in [("crdb-2:8080", 3, "10m"), ("crdb-0:8080", 2, "10m")]:
    add("crash_loop", "cockroachdb/cockroach", "CockroachDB InstanceFlapping", COCKROACH,
        {"alertname": "InstanceFlapping", "cluster": "ledger", "instance": inst, "job": "cockroachdb"},
        {"summary": f"Instance {inst} flapping",
         "description": f"{inst} for cluster ledger restarted {n} time(s) in {win}"})
add("crash_loop", "cockroachdb/cockroach", "CockroachDB InstancesFlapping", COCKROACH,
    {"alertname": "InstancesFlapping", "cluster": "ledger", "job": "cockroachdb"},
    {"summary": "Instances in ledger flapping", "description": "instances in cluster ledger restarted 4 time(s) in 5m"})
add("crash_loop", "cockroachdb/cockroach", "CockroachDB InstanceRestart (resets > 1 in 24h)", COCKROACH,
    {"alertname": "InstanceRestart", "cluster": "ledger", "instance": "crdb-4:8080", "priority": "P4"},
    {"summary": "Instance crdb-4:8080 restarted", "description": "crdb-4:8080 for cluster ledger restarted 3 time(s) in 24h"})
add(None, "cockroachdb/cockroach", "CockroachDB VersionMismatch during a rolling upgrade", COCKROACH,
    {"alertname": "VersionMismatch", "cluster": "ledger", "priority": "P4"},
    {"summary": "Binary version mismatch on ledger", "description": "Cluster ledger running 2 different versions"})
add(None, "cockroachdb/cockroach", "CockroachDB InstanceNotReady (unready replica of the StatefulSet)", COCKROACH,
    {"alertname": "InstanceNotReady", "cluster": "ledger", "statefulset": "cockroachdb", "priority": "P4"},
    {"summary": "Instance not ready", "description": "there has been an unready replica for cluster ledger for more than 15 minutes."})
add(None, "cockroachdb/cockroach", "CockroachDB ClockOffsetNearMax", COCKROACH,
    {"alertname": "ClockOffsetNearMax", "cluster": "ledger", "instance": "crdb-1:8080"},
    {"summary": "Clock on crdb-1:8080 as measured by cockroach is offset by 312000000 nanoseconds from the cluster mean"})
add(None, "cockroachdb/cockroach", "CockroachDB ZeroSQLQps", COCKROACH,
    {"alertname": "ZeroSQLQps", "cluster": "ledger", "instance": "crdb-3:8080"},
    {"summary": "Instance crdb-3:8080 has SQL connections but no queries"})
add(None, "cockroachdb/cockroach", "CockroachDB NoLeaseRanges", COCKROACH,
    {"alertname": "NoLeaseRanges", "cluster": "ledger", "instance": "crdb-2:8080", "severity": "testing"},
    {"summary": "Instance crdb-2:8080 has 12 ranges without leases"})

# ---------------------------------------------------------------- restart required / pending restart
for host, kern, svcs, sess in [("db-7", "6.1.0-18-amd64", ["postgresql@15-main.service", "cron.service"], 2),
                               ("web-2", "5.10.0-28-amd64", ["nginx.service"], 0),
                               ("kafka-4", "6.1.0-21-amd64", ["kafka.service", "ssh.service", "rsyslog.service"], 1)]:
    lines = "\n".join("- " + s for s in svcs)
    add(None, "liske/needrestart", "needrestart as a Nagios plugin: services to restart after upgrades", NEEDRESTART,
        {"alertname": "check_needrestart", "severity": "critical", "host": host},
        {"output": f"CRIT - Kernel: {kern}, Services: {len(svcs)} (!), Containers: none, Sessions: {sess} (!)",
         "description": f"Services:\n{lines}"})
add(None, "Tontonitch/check_ndrestart", "check_ndrestart: services need a restart after package updates", NDRESTART,
    {"alertname": "needs-restarting", "severity": "warning", "host": "centos-mail-1"},
    {"output": "WARNING:  Some services need to be restarted.",
     "description": "Services that need to be restarted:\n1736 : ntpd -u ntp:ntp -p /var/run/ntpd.pid -g\n1823 : /usr/libexec/postfix/master"})
add(None, "Tontonitch/check_ndrestart", "check_ndrestart: reboot required after a kernel update", NDRESTART,
    {"alertname": "needs-restarting", "severity": "warning", "host": "centos-db-2"},
    {"output": "WARNING: Reboot is required to fully utilize these updates (kernel, glibc)."})
add(None, "patroni/patroni", "Patroni patroni_pending_restart metric", PATRONI_API,
    {"alertname": "PatroniPendingRestart", "severity": "info", "instance": "pg-2:8008", "scope": "billing"},
    {"summary": "Patroni member pg-2 needs a restart",
     "description": "patroni_pending_restart is 1 on pg-2: a PostgreSQL parameter changed that only takes effect after a restart (max_connections: 200->400)."})
add(None, "patroni/patroni", "patronictl list: Pending restart column", PATRONI_CTL,
    {"alertname": "PatroniMemberPendingRestart", "severity": "warning", "cluster": "orders"},
    {"summary": "2 members of orders flagged Pending restart",
     "description": "| pg-orders-1 | Replica | streaming | Pending restart: * | Pending restart reason: shared_buffers: 4GB->8GB |"})

# ---------------------------------------------------------------- ClickHouse (Altinity operator rules)
CH_HOST = ["chi-events-0-0", "chi-events-0-1", "chi-events-1-0", "chi-logs-0-1"]
add(None, "Altinity/clickhouse-operator", "ClickHouseServerRestartRecently (uptime below 180 s)", CLICKHOUSE,
    {"alertname": "ClickHouseServerRestartRecently", "severity": "warning", "hostname": "chi-events-0-1"},
    {"summary": "clickhouse-server started recently",
     "description": "`chi_clickhouse_metric_Uptime` = 42.00 seconds\n`clickhouse-server` process has been start less than 3 minutes ago.\nLook to previous ClickHouse pod log to investigate restart reason"})
add("disk_full", "Altinity/clickhouse-operator", "ClickHouseDiskUsage (runbook says restart the pod)", CLICKHOUSE,
    {"alertname": "ClickHouseDiskUsage", "severity": "high", "hostname": "chi-logs-0-1"},
    {"summary": "Disk Usage in `<yandex><path>` > 80%",
     "description": "data size: 812GiB disk free 143GiB\ncurrently k8s doesn't support resize of Persistent Volumes, but you can try add another volume to existing pod with restart pod"})
for h, v in [("chi-events-0-0", 412.0), ("chi-events-1-0", 1380.5), ("chi-logs-0-1", 655.2)]:
    add("replication_lag", "Altinity/clickhouse-operator", "ClickHouseReplicasMaxAbsoluteDelay", CLICKHOUSE,
        {"alertname": "ClickHouseReplicasMaxAbsoluteDelay", "severity": "high", "hostname": h},
        {"summary": "Replication Lag more 300s occurred",
         "description": f"`clickhouse-server` have replication lag `chi_clickhouse_metric_ReplicasMaxAbsoluteDelay` = {v:.2f} seconds.\nWhen replica have too much lag, it can be skipped from Distributed SELECT Queries without errors and you will have wrong query results."})
add(None, "Altinity/clickhouse-operator", "ClickHouseReadonlyReplica (ZooKeeper session lost)", CLICKHOUSE,
    {"alertname": "ClickHouseReadonlyReplica", "severity": "high", "hostname": "chi-events-0-1"},
    {"summary": "ReadOnly replica occurred",
     "description": "`chi_clickhouse_metric_ReadonlyReplica` = 3 replicas\n`clickhouse-server` have ReplicatedMergeTree tables that are currently in readonly state due to re-initialization after ZooKeeper session loss or due to startup without ZooKeeper configured."})
add(None, "Altinity/clickhouse-operator", "ClickHouseReplicatedDataLoss", CLICKHOUSE,
    {"alertname": "ClickHouseReplicatedDataLoss", "severity": "high", "hostname": "chi-events-1-0"},
    {"summary": "Increased ReplicatedDataLoss",
     "description": "It mean data part that server wanted doesn't exist on any replica (even on replicas that are offline right now). That data parts are definitely lost."})
add(None, "Altinity/clickhouse-operator", "ClickHouseDataAfterMergeDiffersFromReplica", CLICKHOUSE,
    {"alertname": "ClickHouseDataAfterMergeDiffersFromReplica", "severity": "warning", "hostname": "chi-events-0-0"},
    {"summary": "Increased DataAfterMergeDiffersFromReplica",
     "description": "It mean Data after merge is not byte-identical to data on another replicas. Server will download merged part from replica to force byte-identical result."})
add(None, "Altinity/clickhouse-operator", "ClickHouseReplicatedPartFailedFetches (broken fetches, not lag)", CLICKHOUSE,
    {"alertname": "ClickHouseReplicatedPartFailedFetches", "severity": "high", "hostname": "chi-logs-0-1"},
    {"summary": "Increased ReplicatedPartFailedFetches",
     "description": "`increase(chi_clickhouse_event_ReplicatedPartFailedFetches[1m])` = 6.00\nIt mean server was failed to download data part from replica of a ReplicatedMergeTree table."})
add("upstream_timeout", "Altinity/clickhouse-operator", "ClickHouseDistributedSyncInsertionTimeoutExceeded", CLICKHOUSE,
    {"alertname": "ClickHouseDistributedSyncInsertionTimeoutExceeded", "severity": "warning", "hostname": "chi-events-0-0"},
    {"summary": "Increased DistributedSyncInsertionTimeoutExceeded",
     "description": "`increase(chi_clickhouse_event_DistributedSyncInsertionTimeoutExceeded[1m])` = 4.00\nIt mean Synchronous distributed insert timeout exceeded after successfull distributed connection."})
add(None, "Altinity/clickhouse-operator", "ClickHouseSystemSettingsChanged", CLICKHOUSE,
    {"alertname": "ClickHouseSystemSettingsChanged", "severity": "warning", "hostname": "chi-events-1-0"},
    {"summary": "`system.settings` changed", "description": "`clickhouse-server` changed `chi_clickhouse_metric_ChangedSettingsHash` = 1830264"})
add(None, "Altinity/clickhouse-operator", "ClickHouseVersionChanged", CLICKHOUSE,
    {"alertname": "ClickHouseVersionChanged", "severity": "warning", "hostname": "chi-logs-0-1"},
    {"summary": "ClickHouse version changed", "description": "`clickhouse-server` changed `chi_clickhouse_metric_VersionInteger` = 24008004"})
add(None, "Altinity/clickhouse-operator", "ClickHouseZooKeeperSession (more than one session)", CLICKHOUSE,
    {"alertname": "ClickHouseZooKeeperSession", "severity": "critical", "hostname": "chi-events-0-1"},
    {"summary": "ZooKeeperSession > 1",
     "description": "Number of sessions (connections) from `clickhouse-server` to `ZooKeeper` shall be no more than one, because using more than one connection to ZooKeeper may lead to bugs due to lack of linearizability (stale reads)"})

# ---------------------------------------------------------------- Patroni replication
for member, mb in [("pg-orders-2", 64), ("pg-billing-1", 512)]:
    add("replication_lag", "patroni/patroni", "Patroni /replica?lag= health check returns 503", PATRONI_REST,
        {"alertname": "PatroniReplicaLagCheckFailing", "severity": "warning", "member": member},
        {"summary": f"GET /replica?lag=16MB on {member} returns 503",
         "description": f"{member} is {mb} MB behind the leader's last operation; the load balancer took it out of the read pool."})
add("replication_lag", "patroni/patroni", "Patroni replayed timestamp behind", PATRONI_API,
    {"alertname": "PatroniReplayDelayed", "severity": "warning", "instance": "pg-3:8008", "scope": "orders"},
    {"summary": "pg-3 replayed WAL is 7m old",
     "description": "time() - patroni_xlog_replayed_timestamp = 431s on pg-3 (scope orders)"})
add(None, "patroni/patroni", "Patroni WAL replay paused", PATRONI_API,
    {"alertname": "PatroniXlogPaused", "severity": "warning", "instance": "pg-3:8008", "scope": "orders"},
    {"summary": "WAL replay is paused on pg-3", "description": "patroni_xlog_paused is 1: pg_wal_replay_pause() was called on pg-3."})
add(None, "patroni/patroni", "Patroni replica not streaming", PATRONI_API,
    {"alertname": "PatroniNotStreaming", "severity": "critical", "instance": "pg-4:8008", "scope": "orders"},
    {"summary": "pg-4 is not streaming from the leader", "description": "patroni_postgres_streaming is 0 on replica pg-4; replication is stopped."})
add(None, "patroni/patroni", "Patroni maximum_lag_on_failover changed", PATRONI_CTL,
    {"alertname": "PatroniConfigChanged", "severity": "info", "scope": "orders"},
    {"summary": "patronictl edit-config orders: maximum_lag_on_failover 1048576 -> 33554432",
     "description": "Dynamic configuration changed by dba@ops-1; no member restarted."})

# ---------------------------------------------------------------- MediaWiki maxlag
for h, lag in [("db1157", 7), ("db2210", 14), ("10.64.48.58", 5)]:
    add("replication_lag", "wikimedia/mediawiki", "MediaWiki API maxlag refusals", MEDIAWIKI,
        {"alertname": "BotEditsRefusedMaxlag", "severity": "warning", "service": "wiki-bot"},
        {"summary": f"API refused edits with maxlag: Waiting for {h}: {lag} seconds lagged",
         "description": "error code maxlag on 38 of 40 edit requests in the last 10m; the bot backs off and retries."})

# ---------------------------------------------------------------- Heroku router and runtime errors
for app, n in [("shop-web", 312), ("api-gw", 57)]:
    add("upstream_timeout", "heroku/error-codes", "Heroku H12 Request timeout", HEROKU,
        {"alertname": "HerokuRouterErrors", "severity": "critical", "app": app, "code": "H12"},
        {"summary": f"{n} H12 errors on {app} in 10m",
         "description": f'heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/checkout" host={app}.herokuapp.com dyno=web.2 connect=1ms service=30000ms status=503 bytes=0'})
add("upstream_timeout", "heroku/error-codes", "Heroku H19 Backend connection timeout", HEROKU,
    {"alertname": "HerokuRouterErrors", "severity": "critical", "app": "reports", "code": "H19"},
    {"summary": "H19 Backend connection timeout on reports",
     "description": 'heroku[router]: at=error code=H19 desc="Backend connection timeout" method=GET path="/" host=reports.herokuapp.com dyno=web.1 connect=5001ms service= status=503 bytes='})
add("queue_backlog", "heroku/error-codes", "Heroku H11 Backlog too deep", HEROKU,
    {"alertname": "HerokuRouterErrors", "severity": "critical", "app": "shop-web", "code": "H11"},
    {"summary": "H11 Backlog too deep on shop-web",
     "description": 'heroku[router]: at=error code=H11 desc="Backlog too deep" method=GET path="/" host=shop-web.herokuapp.com dyno= connect= service= status=503 bytes='})
add("high_error_rate", "heroku/error-codes", "Heroku H13 Connection closed without response", HEROKU,
    {"alertname": "HerokuRouterErrors", "severity": "warning", "app": "api-gw", "code": "H13"},
    {"summary": "4.2% of requests to api-gw end in H13",
     "description": 'heroku[router]: at=error code=H13 desc="Connection closed without response" method=POST path="/v1/orders" dyno=web.4 status=503'})
add(None, "heroku/error-codes", "Heroku H28 Client Connection Idle", HEROKU,
    {"alertname": "HerokuRouterErrors", "severity": "info", "app": "uploads", "code": "H28"},
    {"summary": "H28 Client Connection Idle on uploads",
     "description": 'heroku[router]: at=error code=H28 desc="Client Connection Idle" method=PUT path="/files" dyno=web.1 service=55000ms status=499'})
add(None, "heroku/error-codes", "Heroku H27 Client Request Interrupted", HEROKU,
    {"alertname": "HerokuRouterErrors", "severity": "info", "app": "shop-web", "code": "H27"},
    {"summary": "H27 Client Request Interrupted on shop-web",
     "description": 'heroku[router]: sock=client at=error code=H27 desc="Client Request Interrupted" method=GET path="/search" status=499'})
add(None, "heroku/error-codes", "Heroku R10 Boot timeout", HEROKU,
    {"alertname": "HerokuDynoError", "severity": "warning", "app": "reports", "code": "R10"},
    {"summary": "R10 Boot timeout on reports web.1",
     "description": "heroku[web.1]: Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch\nheroku[web.1]: Stopping process with SIGKILL"})
add(None, "heroku/error-codes", "Heroku R12 Exit timeout", HEROKU,
    {"alertname": "HerokuDynoError", "severity": "info", "app": "shop-web", "code": "R12"},
    {"summary": "R12 Exit timeout on shop-web worker.2",
     "description": "heroku[worker.2]: Error R12 (Exit timeout) -> At least one process failed to exit within 30 seconds of SIGTERM"})
add(None, "heroku/error-codes", "Heroku H80 Maintenance mode", HEROKU,
    {"alertname": "HerokuRouterErrors", "severity": "info", "app": "shop-web", "code": "H80"},
    {"summary": "H80 Maintenance mode on shop-web",
     "description": 'heroku[router]: at=info code=H80 desc="Maintenance mode" method=GET path="/" status=503'})
add(None, "heroku/error-codes", "Heroku L10 Drain buffer overflow", HEROKU,
    {"alertname": "HerokuLogDrain", "severity": "warning", "app": "api-gw", "code": "L10"},
    {"summary": "L10 Drain buffer overflow on api-gw",
     "description": "heroku[logplex]: Error L10 (output buffer overflow): drain 'd.8d4a' dropped 1024 messages since 2026-12-02T09:13:01+00:00"})

# ---------------------------------------------------------------- Cloud Run request timeout
for svc, n in [("checkout", 41), ("thumbs", 9)]:
    add("upstream_timeout", "gcp/cloud-run", "Cloud Run requests ended by the request timeout (504)", CLOUDRUN,
        {"alertname": "CloudRun504", "severity": "critical", "service_name": svc, "response_code": "504"},
        {"summary": f"{n} requests to Cloud Run service {svc} returned 504 in 5m",
         "description": "The response was not returned within the service's request timeout (300 s), so the request ended with 504."})
add(None, "gcp/cloud-run", "Cloud Run request timeout setting changed", CLOUDRUN,
    {"alertname": "CloudRunRevisionDeployed", "severity": "info", "service_name": "checkout"},
    {"summary": "checkout revision 00042 deployed with timeoutSeconds 900 (was 300)",
     "description": "gcloud run services update checkout --timeout=900 by ci@example-project"})

# ---------------------------------------------------------------- Tekton runs that hit their own time limit
for kind, name, t in [("PipelineRun", "release-build-x7k2p", "1h0m0s"), ("PipelineRun", "nightly-e2e-9qz", "2h0m0s")]:
    add(None, "tektoncd/pipeline", "Tekton run failed to finish within its timeout", TEKTON,
        {"alertname": "TektonRunTimedOut", "severity": "warning", "namespace": "ci", "reason": "PipelineRunTimeout"},
        {"summary": f"{kind} {name} timed out",
         "description": f'{kind} "{name}" failed to finish within "{t}"'})

# ---------------------------------------------------------------- Artemis
for addr, size, mx in [("orders", 104857600, 104857600), ("telemetry.in", 524288000, 524288000)]:
    add("queue_backlog", "apache/activemq-artemis", "Artemis AMQ222038 starting paging on an address", ARTEMIS,
        {"alertname": "ArtemisLogWarning", "severity": "warning", "broker": "artemis-1"},
        {"summary": f"AMQ222038: Starting paging on address '{addr}'; size is currently: {size} bytes; max-size-bytes: {mx}",
         "description": "Messages keep arriving faster than consumers take them; new messages are written to page files."})
add("disk_full", "apache/activemq-artemis", "Artemis AMQ222212 disk full blocks producers", ARTEMIS,
    {"alertname": "ArtemisLogWarning", "severity": "critical", "broker": "artemis-0"},
    {"summary": "AMQ222212: Disk Full! Blocking message production on address 'healthz'. Clients will report blocked."})
add(None, "apache/activemq-artemis", "Artemis AMQ221046 unblocking message production", ARTEMIS,
    {"alertname": "ArtemisLogInfo", "severity": "info", "broker": "artemis-1"},
    {"summary": "AMQ221046: Unblocking message production on address 'orders'; size is currently: 8388608 bytes; max-size-bytes: 104857600"})

# ---------------------------------------------------------------- Pulsar
for topic, sub, n in [("persistent://shop/events/orders", "billing", 184000), ("persistent://iot/raw/telemetry", "archiver", 2300000)]:
    add("queue_backlog", "apache/pulsar", "Pulsar subscription backlog", PULSAR,
        {"alertname": "PulsarSubscriptionBacklogHigh", "severity": "warning", "topic": topic, "subscription": sub},
        {"summary": f"Subscription {sub} on {topic} has {n} messages in backlog",
         "description": "pulsar_subscription_back_log > 100000 for 15m"})
add("queue_backlog", "apache/pulsar", "Pulsar subscription blocked on unacked messages", PULSAR,
    {"alertname": "PulsarSubscriptionBlocked", "severity": "critical", "topic": "persistent://shop/events/payments", "subscription": "ledger"},
    {"summary": "Subscription ledger is blocked waiting for unacknowledged messages to be acked",
     "description": "pulsar_subscription_blocked_on_unacked_messages == 1; pulsar_subscription_unacked_messages = 50000"})
for remote, n in [("eu-west", 412000), ("us-east", 95000)]:
    add("replication_lag", "apache/pulsar", "Pulsar geo-replication backlog", PULSAR,
        {"alertname": "PulsarReplicationBacklog", "severity": "warning", "namespace": "shop/events", "remote_cluster": remote},
        {"summary": f"{n} messages of shop/events not yet replicated to {remote}",
         "description": "pulsar_replication_backlog: the total backlog of the namespace replicating to remote cluster (messages)."})
add(None, "apache/pulsar", "Pulsar replicator disconnected", PULSAR,
    {"alertname": "PulsarReplicatorDisconnected", "severity": "critical", "namespace": "shop/events", "remote_cluster": "eu-west"},
    {"summary": "pulsar_replication_connected_count is 0 for shop/events -> eu-west",
     "description": "The replicator producer to the remote cluster is not connected; replication has stopped."})
add(None, "apache/pulsar", "Pulsar topic created", PULSAR,
    {"alertname": "PulsarTopicCountChanged", "severity": "info", "namespace": "shop/events"},
    {"summary": "pulsar_topics_count for shop/events rose from 14 to 15",
     "description": "Topic persistent://shop/events/refunds was created."})

# ---------------------------------------------------------------- NATS JetStream
for stream, cons, n in [("ORDERS", "fulfilment", 48213), ("EVENTS", "indexer", 910442)]:
    add("queue_backlog", "nats-io/prometheus-nats-exporter", "JetStream consumer num_pending", NATS_EXP,
        {"alertname": "JetStreamConsumerPending", "severity": "warning", "stream_name": stream, "consumer_name": cons},
        {"summary": f"Consumer {cons} on {stream} has {n} pending messages",
         "description": "jetstream_consumer_num_pending: number of pending messages from a consumer"})
add("queue_backlog", "nats-io/prometheus-nats-exporter", "JetStream consumer num_ack_pending", NATS_EXP,
    {"alertname": "JetStreamAckPendingHigh", "severity": "warning", "stream_name": "ORDERS", "consumer_name": "fulfilment"},
    {"summary": "jetstream_consumer_num_ack_pending = 1000 (MaxAckPending reached) for fulfilment"})
add(None, "nats-io/nats.docs", "JetStream advisory: stream created", NATS_DOCS,
    {"alertname": "JetStreamAdvisory", "severity": "info", "stream": "REFUNDS"},
    {"summary": "$JS.EVENT.ADVISORY.STREAM.CREATED.REFUNDS",
     "description": "io.nats.jetstream.advisory.v1.stream_action: stream REFUNDS created"})
add(None, "nats-io/nats.docs", "JetStream advisory: consumer deleted", NATS_DOCS,
    {"alertname": "JetStreamAdvisory", "severity": "info", "stream": "ORDERS", "consumer": "legacy-sync"},
    {"summary": "$JS.EVENT.ADVISORY.CONSUMER.DELETED.ORDERS.legacy-sync",
     "description": "io.nats.jetstream.advisory.v1.consumer_action: consumer legacy-sync deleted"})
add(None, "nats-io/nats.docs", "JetStream advisory: snapshot completed", NATS_DOCS,
    {"alertname": "JetStreamAdvisory", "severity": "info", "stream": "ORDERS"},
    {"summary": "$JS.EVENT.ADVISORY.STREAM.SNAPSHOT_COMPLETE.ORDERS",
     "description": "nats stream backup ORDERS finished"})

# ---------------------------------------------------------------- kminion consumer lag, RQ, Celery
for group, topic, n in [("bigquery-sink", "shop-activity", 147481), ("fraud-scorer", "payments", 22040)]:
    add("queue_backlog", "redpanda-data/kminion", "KMinion consumer group topic lag", KMINION,
        {"alertname": "KafkaConsumerGroupLagging", "severity": "warning", "group_id": group, "topic_name": topic},
        {"summary": f"{group} is {n} messages behind on {topic}",
         "description": "kminion_kafka_consumer_group_topic_lag: the number of messages a consumer group is lagging behind across all partitions in a topic"})
add(None, "redpanda-data/kminion", "KMinion consumer group with members but no partitions assigned", KMINION,
    {"alertname": "KafkaConsumerGroupEmptyMembers", "severity": "info", "group_id": "bigquery-sink"},
    {"summary": "kminion_kafka_consumer_group_empty_members = 1 for bigquery-sink",
     "description": "One member of the group has no partition assigned (4 members, 3 partitions)."})
add(None, "redpanda-data/kminion", "KMinion consumer group not stable (rebalancing)", KMINION,
    {"alertname": "KafkaConsumerGroupRebalancing", "severity": "info", "group_id": "fraud-scorer"},
    {"summary": "kminion_kafka_consumer_group_info state=PreparingRebalance for fraud-scorer"})
for q, n in [("default", 5120), ("high", 880)]:
    add("queue_backlog", "mdawar/rq-exporter", "RQ jobs queued", RQ,
        {"alertname": "RQQueueBacklog", "severity": "warning", "queue": q},
        {"summary": f"{n} RQ jobs queued on {q}", "description": 'rq_jobs{status="queued"} above 500 for 15m'})
add(None, "mdawar/rq-exporter", "RQ jobs scheduled for later", RQ,
    {"alertname": "RQScheduledJobs", "severity": "info", "queue": "low"},
    {"summary": "1200 RQ jobs scheduled on low", "description": 'rq_jobs{status="scheduled"}: nightly reports are enqueued for 02:00.'})
add("node_down", "danihodovic/celery-exporter", "CeleryWorkerDown", CELERY,
    {"alertname": "CeleryWorkerDown", "severity": "warning", "hostname": "celery@worker-3"},
    {"summary": "A Celery worker is offline.", "description": "The Celery worker celery@worker-3 is offline."})

# ---------------------------------------------------------------- error ratios and their look-alikes
add("high_error_rate", "gcp/cloud-run", "Cloud Run 5xx ratio", CLOUDRUN,
    {"alertname": "CloudRun5xxRatio", "severity": "critical", "service_name": "checkout", "response_code_class": "5xx"},
    {"summary": "7.4% of requests to checkout returned 5xx in 5m"})
add(None, "Altinity/clickhouse-operator", "error log lines counted (rule 8)", CLICKHOUSE,
    {"alertname": "ClickHouseErrLogLines", "severity": "warning", "hostname": "chi-events-0-0"},
    {"summary": "212 lines in /var/log/clickhouse-server/clickhouse-server.err.log in 10m",
     "description": "Please check logs on clickhouse-server pods"})
add(None, "foreversd/forever", "error level lines of forever itself (rule 8)", FOREVER,
    {"alertname": "ErrorLogsDetected", "severity": "warning", "host": "web-04"},
    {"summary": "38 ERROR lines from forever on web-04 in 1h"})

# ---------------------------------------------------------------- terse payloads and other frames of the same sources
TERSE = [
    ("crash_loop", "MMonit/monit", MONIT, {"alertname": "monit_timeout", "service": "php-fpm", "host": "web-05", "event": "Timeout"}, {"message": "service restarted 5 times within 5 cycles(s) - unmonitor"}),
    ("crash_loop", "circus-tent/circus", CIRCUS, {"alertname": "circus_flapping", "watcher": "celery-beat", "host": "app-9"}, {"message": "celery-beat: flapping detected: retry in  7s"}),
    ("crash_loop", "mojombo/god", GOD, {"alertname": "god_flapping", "watch": "unicorn-8080", "host": "web-2"}, {"message": "unicorn-8080 auto-reenable monitoring in 300 seconds"}),
    ("crash_loop", "foreversd/forever", FOREVER, {"alertname": "forever_restarts", "script": "server.js", "host": "web-09", "restarts": "31"}, {}),
    ("crash_loop", "cockroachdb/cockroach", COCKROACH, {"alertname": "InstanceFlapping", "instance": "crdb-5:8080", "cluster": "geo"}, {}),
    (None, "Altinity/clickhouse-operator", CLICKHOUSE, {"alertname": "ClickHouseServerRestartRecently", "hostname": "chi-logs-0-0"}, {}),
    (None, "patroni/patroni", PATRONI_API, {"alertname": "PatroniPendingRestart", "instance": "pg-1:8008"}, {"value": "1"}),
    (None, "liske/needrestart", NEEDRESTART, {"alertname": "needrestart", "host": "lb-1", "state": "CRITICAL"}, {"message": "Kernel: 6.1.0-21-amd64, Services: 2 (!)"}),
    (None, "MMonit/monit", MONIT, {"alertname": "monit_action", "service": "nginx", "host": "edge-4"}, {"message": "restart action done"}),
    ("upstream_timeout", "heroku/error-codes", HEROKU, {"alertname": "H12 Request timeout", "app": "shop-web"}, {}),
    ("upstream_timeout", "heroku/error-codes", HEROKU, {"alertname": "heroku_router_error", "code": "H12", "app": "catalog"}, {"value": "144"}),
    ("upstream_timeout", "heroku/error-codes", HEROKU, {"alertname": "heroku_router_error", "code": "H19", "app": "catalog"}, {"message": "Backend connection timeout"}),
    ("upstream_timeout", "Altinity/clickhouse-operator", CLICKHOUSE, {"alertname": "ClickHouseDistributedSyncInsertionTimeoutExceeded", "hostname": "chi-events-1-1"}, {}),
    ("upstream_timeout", "gcp/cloud-run", CLOUDRUN, {"alertname": "cloudrun-request-count", "service_name": "pdf", "response_code": "504"}, {"value": "23"}),
    (None, "heroku/error-codes", HEROKU, {"alertname": "R10 Boot timeout", "app": "reports"}, {}),
    (None, "heroku/error-codes", HEROKU, {"alertname": "R12 Exit timeout", "app": "shop-web"}, {}),
    (None, "heroku/error-codes", HEROKU, {"alertname": "H28 Client Connection Idle", "app": "uploads"}, {}),
    (None, "tektoncd/pipeline", TEKTON, {"alertname": "PipelineRunTimeout", "namespace": "ci", "pipelinerun": "deploy-prod-4xq"}, {}),
    (None, "tektoncd/pipeline", TEKTON, {"alertname": "TaskRunTimeout", "namespace": "ci", "taskrun": "unit-tests-m2kd"}, {"message": "TaskRun \"unit-tests-m2kd\" failed to finish within \"30m0s\""}),
    ("queue_backlog", "heroku/error-codes", HEROKU, {"alertname": "H11 Backlog too deep", "app": "shop-web"}, {}),
    ("queue_backlog", "apache/pulsar", PULSAR, {"alertname": "pulsar_msg_backlog", "topic": "persistent://shop/events/orders"}, {"value": "120034"}),
    ("queue_backlog", "nats-io/prometheus-nats-exporter", NATS_EXP, {"alertname": "jetstream_consumer_num_pending", "consumer_name": "mailer", "stream_name": "NOTIFY"}, {"value": "33210"}),
    ("queue_backlog", "redpanda-data/kminion", KMINION, {"alertname": "kminion_kafka_consumer_group_topic_lag", "group_id": "search-indexer", "topic_name": "products"}, {"value": "88213"}),
    ("queue_backlog", "mdawar/rq-exporter", RQ, {"alertname": "rq_jobs_queued", "queue": "emails"}, {"value": "2300"}),
    ("queue_backlog", "apache/activemq-artemis", ARTEMIS, {"alertname": "AMQ222038", "broker": "artemis-2", "address": "invoices"}, {"message": "Starting paging on address 'invoices'"}),
    (None, "apache/activemq-artemis", ARTEMIS, {"alertname": "AMQ221046", "broker": "artemis-2", "address": "invoices"}, {}),
    (None, "nats-io/nats.docs", NATS_DOCS, {"alertname": "JetStreamAdvisory", "kind": "io.nats.jetstream.advisory.v1.consumer_action", "action": "create"}, {"message": "consumer indexer created on stream EVENTS"}),
    (None, "apache/pulsar", PULSAR, {"alertname": "pulsar_subscriptions_count", "namespace": "iot/raw"}, {"value": "0"}),
    ("replication_lag", "Altinity/clickhouse-operator", CLICKHOUSE, {"alertname": "ClickHouseReplicasMaxAbsoluteDelay", "hostname": "chi-logs-0-0"}, {"value": "902"}),
    ("replication_lag", "apache/pulsar", PULSAR, {"alertname": "pulsar_replication_backlog", "remote_cluster": "ap-south", "namespace": "iot/raw"}, {"value": "51200"}),
    ("replication_lag", "wikimedia/mediawiki", MEDIAWIKI, {"alertname": "maxlag", "wiki": "commonswiki"}, {"message": "Waiting for db1185: 9 seconds lagged."}),
    ("replication_lag", "patroni/patroni", PATRONI_REST, {"alertname": "patroni_replica_lag_check", "member": "pg-5", "status": "503"}, {"message": "GET /replica?lag=10MB"}),
    (None, "Altinity/clickhouse-operator", CLICKHOUSE, {"alertname": "ClickHouseReadonlyReplica", "hostname": "chi-logs-0-0"}, {"value": "2"}),
    (None, "patroni/patroni", PATRONI_API, {"alertname": "patroni_postgres_streaming", "instance": "pg-6:8008"}, {"value": "0"}),
    (None, "cockroachdb/cockroach", COCKROACH, {"alertname": "InstanceNotReady", "cluster": "geo"}, {}),
    (None, "apache/pulsar", PULSAR, {"alertname": "pulsar_replication_connected_count", "remote_cluster": "ap-south"}, {"value": "0"}),
    ("high_error_rate", "heroku/error-codes", HEROKU, {"alertname": "heroku_router_error", "code": "H13", "app": "catalog"}, {"message": "Connection closed without response"}),
    ("high_error_rate", "gcp/cloud-run", CLOUDRUN, {"alertname": "cloudrun-5xx", "service_name": "pdf", "response_code_class": "5xx"}, {"value": "0.12"}),
]
for expected, project, provenance, labels, annotations in TERSE:
    add(expected, project, "terse payload: alert name and a label or value", provenance, labels, annotations)

# More frames: a log alert quoting the line, and a symptom alert quoting a cause (rule 1).
add("upstream_timeout", "heroku/error-codes", "Heroku H12 quoted in an error-ratio alert (cause over symptom)", HEROKU,
    {"alertname": "HighErrorRate", "severity": "critical", "service": "checkout"},
    {"summary": "checkout 5xx ratio 9.8%",
     "description": 'Most failures are heroku[router]: at=error code=H12 desc="Request timeout" service=30000ms status=503'})
add("upstream_timeout", "heroku/error-codes", "Heroku H12 quoted in a latency alert (cause over symptom)", HEROKU,
    {"alertname": "HighLatency", "severity": "warning", "service": "search"},
    {"summary": "search p99 above 25s",
     "description": 'router lines show code=H12 desc="Request timeout" for /search on dyno=web.3'})
# A backlog is a symptom, not one of rule 1's causes: the error-ratio alert stays an error ratio.
add("high_error_rate", "heroku/error-codes", "Heroku H11 quoted in an error-ratio alert (a symptom, not a cause)", HEROKU,
    {"alertname": "HighErrorRate", "severity": "critical", "service": "shop-web"},
    {"summary": "shop-web returns 503 for 12% of requests",
     "description": 'heroku[router]: at=error code=H11 desc="Backlog too deep" - requests wait in the router backlog faster than dynos take them'})
add("high_error_rate", "heroku/error-codes", "Heroku router 503 ratio without a cause line", HEROKU,
    {"alertname": "HerokuHighErrorRate", "severity": "critical", "app": "api-gw"},
    {"summary": "11% of requests to api-gw answered 503 in 5m", "description": "status=503 across web.1-web.6"})
add("dns_failure", "Altinity/clickhouse-operator", "ClickHouseDNSErrors", CLICKHOUSE,
    {"alertname": "ClickHouseDNSErrors", "severity": "warning", "hostname": "chi-events-1-0"},
    {"summary": "DNS errors occurred",
     "description": "`increase(chi_clickhouse_event_DNSError[1m])` = 14.00 errors\nPlease check DNS settings in `/etc/resolve.conf` and `<remote_servers>` part of `/etc/clickhouse-server/`"})
add(None, "apache/activemq-artemis", "Artemis AMQ222039 messages dropped at the address size limit (rule 8)", ARTEMIS,
    {"alertname": "ArtemisLogWarning", "severity": "warning", "broker": "artemis-0"},
    {"summary": "AMQ222039: Messages sent to address 'metrics.raw' are being dropped; size is currently: 10485760 bytes; max-size-bytes: 10485760"})
add(None, "apache/activemq-artemis", "error lines of the broker counted (rule 8)", ARTEMIS,
    {"alertname": "ErrorLogsDetected", "severity": "warning", "broker": "artemis-1"},
    {"summary": "57 ERROR lines in artemis.log in 15m"})
add(None, "tektoncd/pipeline", "Tekton runs failing (jobs, not requests)", TEKTON,
    {"alertname": "TektonPipelineRunsFailing", "severity": "warning", "namespace": "ci"},
    {"summary": "3 of 20 PipelineRuns failed in the last hour", "description": "reason=Failed for release-build runs"})
add(None, "nats-io/prometheus-nats-exporter", "JetStream consumer redeliveries", NATS_EXP,
    {"alertname": "JetStreamRedeliveries", "severity": "info", "stream_name": "ORDERS", "consumer_name": "fulfilment"},
    {"summary": "jetstream_consumer_num_redelivered rose by 40 for fulfilment",
     "description": "Number of redelivered messages from a consumer"})
add(None, "nats-io/prometheus-nats-exporter", "JetStream pull requests waiting (idle workers)", NATS_EXP,
    {"alertname": "JetStreamConsumerWaiting", "severity": "info", "stream_name": "EVENTS", "consumer_name": "indexer"},
    {"summary": "jetstream_consumer_num_waiting = 16 for indexer",
     "description": "Number of inflight fetch requests from a pull consumer: workers wait for new messages."})
add(None, "mdawar/rq-exporter", "RQ workers idle", RQ,
    {"alertname": "RQWorkersIdle", "severity": "info", "queue": "default"},
    {"summary": 'rq_workers{state="idle"} = 8 on default for 6h'})
add("high_latency", "redpanda-data/kminion", "KMinion end-to-end produce latency (rule 7: produce p99 is latency)", KMINION,
    {"alertname": "KafkaEndToEndProduceSlow", "severity": "warning"},
    {"summary": "kminion_end_to_end_produce_latency_seconds p99 = 1.8s"})

# ================================================================ second batch
# Python supervisor: FATAL after too many start retries is a give-up state (rule 9).
for prog, host in [("celery-worker", "jobs-4"), ("gunicorn", "web-12"), ("xroad-proxy", "gw-1")]:
    add("crash_loop", "Supervisor/supervisor", "supervisor: gave up, FATAL state", SUPERVISOR,
        {"alertname": "SupervisorLogMatch", "severity": "critical", "host": host, "program": prog},
        {"summary": f"INFO gave up: {prog} entered FATAL state, too many start retries too quickly",
         "description": f"WARN exited: {prog} (exit status 1; not expected)"})
add("crash_loop", "Supervisor/supervisor", "supervisor: gave up quoted in a description", SUPERVISOR,
    {"alertname": "ContainerLogErrors", "severity": "warning", "container": "app", "pod": "webapp-7c9f-2kq"},
    {"summary": "Errors in the log of webapp-7c9f-2kq",
     "description": "2026-12-02 09:52:30,086 INFO gave up: node entered FATAL state, too many start retries too quickly"})
add("crash_loop", "Supervisor/supervisor", "supervisor: unexpected exits counted", SUPERVISOR,
    {"alertname": "LokiRuleMatched", "severity": "warning", "host": "jobs-2", "program": "mailer"},
    {"summary": "6 unexpected exits of mailer in 10m",
     "description": "exited: mailer (exit status 1; not expected) - supervisord respawned it each time"})
add(None, "Supervisor/supervisor", "supervisor: one unexpected exit", SUPERVISOR,
    {"alertname": "SupervisorLogMatch", "severity": "warning", "host": "web-12", "program": "gunicorn"},
    {"summary": "WARN exited: gunicorn (exit status 1; not expected)"})
add(None, "Supervisor/supervisor", "supervisor: an expected exit", SUPERVISOR,
    {"alertname": "SupervisorLogMatch", "severity": "info", "host": "jobs-4", "program": "nightly-import"},
    {"summary": "INFO exited: nightly-import (exit status 0; expected)"})
add(None, "Supervisor/supervisor", "supervisor: process entered RUNNING", SUPERVISOR,
    {"alertname": "SupervisorLogMatch", "severity": "info", "host": "gw-1", "program": "xroad-proxy"},
    {"summary": "INFO success: xroad-proxy entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"})

# OpenRC supervise-daemon
for exe, host in [("/usr/bin/node", "alpine-app-3"), ("/usr/sbin/haveged", "edge-9")]:
    add("crash_loop", "OpenRC/openrc", "OpenRC supervise-daemon gave up respawning", OPENRC,
        {"alertname": "SyslogWarning", "severity": "critical", "host": host, "program": "supervise-daemon"},
        {"summary": f'respawned "{exe}" too many times, exiting',
         "description": f"supervise-daemon[2211]: {exe}, pid 3310, exited with return code 1"})
add("crash_loop", "OpenRC/openrc", "OpenRC supervise-daemon give-up, terse", OPENRC,
    {"alertname": "openrc_respawn_limit", "service": "node-app", "host": "alpine-app-4"}, {})
add(None, "OpenRC/openrc", "OpenRC supervise-daemon: one exit", OPENRC,
    {"alertname": "SyslogWarning", "severity": "warning", "host": "edge-9", "program": "supervise-daemon"},
    {"summary": "/usr/sbin/nginx, pid 4123, exited with return code 1"})

# Celery task time limits: the task's own limit (rule 10), not a dependency.
for task, lim in [("reports.tasks.build_monthly", 300), ("media.tasks.transcode", 1800)]:
    add(None, "celery/celery", "Celery hard time limit exceeded", CELERY_REQ,
        {"alertname": "CeleryWorkerErrors", "severity": "warning", "host": "jobs-4"},
        {"summary": f"Hard time limit ({lim}s) exceeded for {task}[8f2c1a7e-3b1d-4c55-9a0e-2d6f7b9c1e44]",
         "description": "The worker process running the task was terminated."})
add(None, "celery/celery", "Celery soft time limit exceeded", CELERY_REQ,
    {"alertname": "CeleryWorkerWarnings", "severity": "info", "host": "jobs-2"},
    {"summary": "Soft time limit (240s) exceeded for reports.tasks.build_monthly[1a9e0c44-7f21-4b8e-b3d2-5c6a7e8f9012]"})
add(None, "danihodovic/celery-exporter", "Celery failed tasks counted (jobs, not requests)", CELERY_EXP,
    {"alertname": "CeleryTasksFailing", "severity": "warning", "queue_name": "reports"},
    {"summary": "41 tasks failed on queue reports in the last hour",
     "description": "celery_task_failed_total increased by 41 (exception=SoftTimeLimitExceeded)"})
for q, n in [("celery", 12040), ("emails", 3400)]:
    add("queue_backlog", "danihodovic/celery-exporter", "Celery broker queue length", CELERY_EXP,
        {"alertname": "CeleryQueueLengthHigh", "severity": "warning", "queue_name": q},
        {"summary": f"{n} messages waiting in Celery queue {q}",
         "description": "celery_queue_length: the number of message in broker queue."})
add("queue_backlog", "danihodovic/celery-exporter", "Celery queue length, terse", CELERY_EXP,
    {"alertname": "celery_queue_length", "queue_name": "default"}, {"value": "8812"})

# Argo Workflows: a step's activeDeadlineSeconds reached.
for wf, step in [("etl-nightly-4k2m9", "load-warehouse"), ("ml-train-x9q2", "train")]:
    add(None, "argoproj/argo-workflows", "Argo step exceeded its deadline", ARGO,
        {"alertname": "ArgoWorkflowFailed", "severity": "warning", "namespace": "pipelines", "workflow": wf},
        {"summary": f"Workflow {wf} failed at step {step}", "description": "message: Step exceeded its deadline"})

# Cloudflare 524: the proxy waited for the origin's response past its Proxy Read Timeout.
for zone, n in [("shop.example.com", 212), ("api.example.net", 37)]:
    add("upstream_timeout", "cloudflare/5xx-errors", "Cloudflare 524 A timeout occurred", CLOUDFLARE,
        {"alertname": "CloudflareOriginErrors", "severity": "critical", "zone": zone},
        {"summary": f"{n} responses with Error 524: A timeout occurred on {zone} in 5m",
         "description": "Cloudflare connected to the origin web server, but the origin did not provide an HTTP response before the 100 seconds Proxy Read Timeout."})
add("upstream_timeout", "cloudflare/5xx-errors", "Cloudflare 524 as a status label", CLOUDFLARE,
    {"alertname": "CloudflareHttpStatus", "severity": "warning", "zone": "shop.example.com", "status": "524"},
    {"value": "58"})
add(None, "cloudflare/5xx-errors", "Cloudflare Proxy Read Timeout setting raised", CLOUDFLARE,
    {"alertname": "CloudflareZoneSettingChanged", "severity": "info", "zone": "api.example.net"},
    {"summary": "proxy_read_timeout changed from 100 to 600 seconds on api.example.net"})

# Redis replication: lag reported by the master versus a broken link.
for rep, off, lag in [("10.0.3.14:6379", 18823411, 12), ("10.0.3.15:6380", 922113, 31)]:
    add("replication_lag", "redis/redis", "Redis lagging replica warning", REDIS_SERVER,
        {"alertname": "RedisLogWarning", "severity": "warning", "host": "cache-1"},
        {"summary": f"Lagging replica {rep} reported offset {off} behind master, lag={lag}, state=online."})
add("replication_lag", "redis/redis", "Redis INFO replication lag", REDIS_SERVER,
    {"alertname": "RedisReplicaLagSeconds", "severity": "warning", "instance": "cache-1:6379"},
    {"summary": "slave0:ip=10.0.3.14,port=6379,state=online,offset=23119910,lag=17"})
add(None, "redis/redis", "Redis master disconnects a timed-out replica", REDIS_REPL,
    {"alertname": "RedisLogWarning", "severity": "warning", "host": "cache-1"},
    {"summary": "Disconnecting timedout replica (streaming sync): 10.0.3.15:6380"})
add(None, "redis/redis", "Redis replica lost its master link", REDIS_REPL,
    {"alertname": "RedisLogWarning", "severity": "warning", "host": "cache-2"},
    {"summary": "MASTER timeout: no data nor PING received..."})
add(None, "redis/redis", "Redis partial resync refused for now", REDIS_REPL,
    {"alertname": "RedisLogNotice", "severity": "info", "host": "cache-2"},
    {"summary": "Master is currently unable to PSYNC but should be in the future: -NOMASTERLINK Can't SYNC while not connected with my master"})
add(None, "redis/redis", "Redis full sync started", REDIS_REPL,
    {"alertname": "RedisLogNotice", "severity": "info", "host": "cache-3"},
    {"summary": "MASTER <-> REPLICA sync started"})

# Barman: an inactive slot and old backups are not lag (rule 10).
for srv in ["pg-orders", "pg-billing"]:
    add(None, "EnterpriseDB/barman", "barman check: replication slot not active", BARMAN,
        {"alertname": "BarmanCheckFailed", "severity": "critical", "server": srv},
        {"output": f"Server {srv}:\n\treplication slot: FAILED (slot 'barman' not active: is 'receive-wal' running?)"})
    add(None, "EnterpriseDB/barman", "barman check: backup maximum age", BARMAN,
        {"alertname": "BarmanCheckFailed", "severity": "warning", "server": srv},
        {"output": f"Server {srv}:\n\tbackup maximum age: FAILED (interval provided: 1 day, latest backup age: 2 days, 4 hours, 11 minutes)"})
add(None, "EnterpriseDB/barman", "barman check: failed backups", BARMAN,
    {"alertname": "BarmanCheckFailed", "severity": "warning", "server": "pg-orders"},
    {"output": "Server pg-orders:\n\tfailed backups: FAILED (there are 2 failed backups)"})

# sysstat: a device's request queue and the CPU run queue are not work waiting for consumers.
for dev, q in [("sdb", 38.2), ("nvme1n1", 112.7)]:
    add(None, "sysstat/sysstat", "iostat aqu-sz (device queue length)", IOSTAT,
        {"alertname": "DeviceQueueLengthHigh", "severity": "warning", "host": "db-4", "device": dev},
        {"summary": f"{dev} aqu-sz {q} on db-4",
         "description": "The average queue length of the requests that were issued to the device (iostat -x)."})
for host, rq in [("build-2", 64), ("app-17", 23)]:
    add(None, "sysstat/sysstat", "sar -q runq-sz (run queue length)", SAR,
        {"alertname": "RunQueueHigh", "severity": "warning", "host": host},
        {"summary": f"runq-sz {rq} on {host}",
         "description": "Run queue length (number of tasks running or waiting for run time) from sar -q."})

family.write()
