#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_restarts29.jsonl: restart loops versus restarts, reboots,
uptimes, reloads and flaps that are not loops, as monitor templates, check plugins, supervisors'
logs and rule write-ups word them.

Loops (crash_loop): YugabyteDB Anywhere's "DB instance restart" template counting Master/TServer
restarts in 30 minutes outside a universe update, forever's "Script restart attempt #N" after
repeated exits, supervisord BACKOFF/FATAL "Exited too quickly" relayed by a Nagios plugin,
Kuberhealthy's pod-restarts check counting kubelet `BackOff` events for restarting containers,
the SRE blog's ProcessCrashlooping / ProcessCrashloopingSlowly base alerts.

Look-alikes (null): one restart in the window, an OS reboot counted once, a restart by a file
watcher, forever's start-up settings warnings, an operator's stop, short uptimes (check_docker),
a program starting or stopping, a recovery, a rolling restart in a release, a one-off restart
notice from process_start_time_seconds, a restart budget described in an init script, failed
systemd units (check_systemd), BGP neighbour and interface flaps (Juniper HealthBot), BGP route
flaps (FlapAlerted), an image-pull back-off counted by the same Kuberhealthy check.

Other labels: YugabyteDB's "DB node OOM" (out_of_memory).

Labels were decided from each alert's meaning under POLICY.md (rules 4, 5, 7, 9, 10, 14, 15, 16)
before the classifier ran on the file; see the SOURCES.md section "probes_restarts29".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_restarts29.jsonl")
C = "crash_loop"

YB_TEMPLATES = ("yugabyte/yugabyte-db",
                "docs/content/preview/yugabyte-platform/configure-yugabyte-platform/alert-policy-templates.md",
                "0d04b75127577e5206826b76c8cadd537bc270fc")
YB_NODE_ALERTS = ("yugabyte/yugabyte-db",
                  "docs/content/v2025.1/yugabyte-platform/troubleshoot/node-alerts.md",
                  "83573603697c5dfb12b9fa04b284299c126580a7")
FOREVER = ("foreversd/forever", "lib/forever.js", "2ba8489f8d53f823494035e58fa4184749917084")
FOREVER_CLI = ("foreversd/forever", "lib/forever/cli.js", "2ba8489f8d53f823494035e58fa4184749917084")
CHECK_DOCKER = ("timdaman/check_docker", "check_docker/check_docker.py",
                "2838faaeab41ccbc199cde8d3b41773898429a9e")
KUMINA = ("kumina/nagios-plugins-kumina", "check_supervisor.py",
          "de8244e000e0c046ac9cfec5ac59f586934ec495")
HB_BGP = ("Juniper/healthbot-rules", "juniper_official/Protocols/Bgp/bgp-neighbor-flap-detection.rule",
          "7da1ac82adc276a0ffe3796afa431b600cc7858c")
HB_IF = ("Juniper/healthbot-rules", "juniper_official/Interfaces/interface-flaps.rule",
         "c8ec02a2ef3250b1836e5caf07cd027ffedca0a7")
FLAPALERTED = ("Kioubit/FlapAlerted", "modules/httpAPI/secondaryEndpoints.go",
               "cd81691728f153590c1c5f0963704654acf74fe7")
KUBERHEALTHY = ("kuberhealthy/kuberhealthy", "cmd/pod-restarts-check/main.go",
                "75891d2f5f7f990ee45240ec3f863c537c0a87ab")
CHECK_SYSTEMD = ("Josef-Friedrich/check_systemd", "check_systemd.py",
                 "0704f6aa243590e7120bfe52ed8d960acd09fc9d")
PM2_PROM = ("VeXell/pm2-prom-module", "metrics/index.ts", "c215f69caa4f26306b8ad2518dce9b86d4da065c")
INGRESS_MIXIN = ("adinhodovic/ingress-nginx-mixin", "alerts/alerts.libsonnet",
                 "ce71b420448f36fb7248fc2b12814cd9dc2b719e")
SRE_BLOG = "http://sre-blog.com/2021-03-24-processcrashlooping-alert.html"
MYNODE = "https://docs.mynode.uk/bot/restart-alert"
JELLYPY = ("https://gitea.puchstein.bayern/anonfunc/JellyPy/src/commit/"
           "b243ac5f5c83c4f232328b51f78c3dbc33084f21/init-scripts")


page = family.add_page


def yugabyte_items():
    """YugabyteDB Anywhere alert policies, sent by its Alertmanager to a webhook or Slack."""
    def add(expected, why, name, text, universe, severity="SEVERE", extra=None, src=YB_TEMPLATES):
        labels = {"alertname": name, "configuration_type": "UNIVERSE", "source_name": universe,
                  "source_type": "universe", "severity": severity, "customer_name": "acme-data"}
        labels.update(extra or {})
        family.add(src, expected, f"YugabyteDB Anywhere alert template: {why}", labels,
                   {"summary": f"{name} for {universe} is firing", "message": text})

    add(C, "Master/TServer restarted 3 times in 30 minutes outside an update", "DB instance restart",
        "Universe 'orders-prod' Master or T-Server has restarted 3 times during last 30 minutes.",
        "orders-prod")
    add(C, "two unexpected restarts in the window (warning threshold)", "DB instance restart",
        "Universe 'ledger-eu' Master or T-Server has restarted 2 times during last 30 minutes.",
        "ledger-eu", severity="WARNING")
    add(C, "five restarts in 30 minutes", "DB instance restart",
        "Universe 'iot-ingest' Master or T-Server has restarted 5 times during last 30 minutes.",
        "iot-ingest", extra={"node_prefix": "yb-prod-iot-ingest"})
    add(C, "four restarts in 30 minutes, sent to Slack", "DB instance restart",
        "Universe 'crm-us' Master or T-Server has restarted 4 times during last 30 minutes.",
        "crm-us", severity="WARNING", extra={"channel": "slack-dba"})
    add(None, "one unexpected restart in the window (rule 7)", "DB instance restart",
        "Universe 'catalog-stg' Master or T-Server has restarted 1 times during last 30 minutes.",
        "catalog-stg", severity="WARNING")
    add(C, "three restarts, relayed by a webhook receiver", "DB instance restart",
        "Universe 'billing-apac' Master or T-Server has restarted 3 times during last 30 minutes.",
        "billing-apac", extra={"receiver": "pagerduty-dba", "definition_uuid": "5b1e0c7e"})
    add(None, "a node of another universe rebooted once (a reboot, rule 7)", "DB node restart",
        "Universe 'iot-ingest' database node has restarted 1 times during last 30 minutes.",
        "iot-ingest", severity="WARNING", extra={"receiver": "email-ops"})
    add(None, "the OS of a node rebooted once (a reboot, rule 7)", "DB node restart",
        "Universe 'orders-prod' database node has restarted 1 times during last 30 minutes.",
        "orders-prod", severity="WARNING")
    add("out_of_memory", "more than one OOM kill on two nodes", "DB node OOM",
        "More than one out of memory (OOM) kills have been detected for universe 'analytics-prod' "
        "on 2 nodes.", "analytics-prod")
    add(None, "node-alerts page: DB Node Restart is an OS-level reboot, counted once",
        "DB Node Restart",
        "DB Node Restart. The operating system rebooted. This alert tracks OS-level restarts using "
        "the node_boot_time metric. Value: 1 (yb-tserver-n3.payments-prod).", "payments-prod",
        severity="WARNING", src=YB_NODE_ALERTS)


def forever_items():
    """forever's own log lines (forever.out.error), shipped by a log agent and matched by a rule."""
    def add(expected, why, lines, host, app, summary, src=FOREVER, extra=None):
        labels = {"alertname": "ForeverLogPattern", "host": host, "app": app, "job": "forever-logs",
                  "severity": "warning"}
        labels.update(extra or {})
        family.add(src, expected, f"forever log lines: {why}", labels,
                   {"summary": summary, "description": "\n".join(lines)})

    add(C, "exits with code 1 followed by restart attempts #4 to #6 within two minutes",
        ["error: Forever detected script exited with code: 1",
         "error: Script restart attempt #4",
         "error: Forever detected script exited with code: 1",
         "error: Script restart attempt #5",
         "error: Forever detected script exited with code: 1",
         "error: Script restart attempt #6"],
        "web-03.intra", "invoice-api", "forever: invoice-api restarted 3 times in 2m on web-03.intra")
    add(C, "killed by SIGSEGV and restarted again and again (attempt #23, 9 in 10 minutes)",
        ["error: Forever detected script was killed by signal: SIGSEGV",
         "error: Script restart attempt #23"],
        "img-02.intra", "thumbnailer",
        "forever: 9 'Script restart attempt' lines for thumbnailer in the last 10 minutes",
        extra={"severity": "critical"})
    add(C, "the same exit code and restart attempts #57 and #58 a minute apart",
        ["error: Forever detected script exited with code: 1",
         "error: Script restart attempt #57",
         "error: Forever detected script exited with code: 1",
         "error: Script restart attempt #58"],
        "api-05.intra", "pricing-sync", "forever: pricing-sync keeps exiting on api-05.intra",
        extra={"severity": "critical"})
    add(C, "SIGABRT exits with a restart attempt after each, counted 6 in 5 minutes",
        ["error: Forever detected script was killed by signal: SIGABRT",
         "error: Script restart attempt #12"],
        "ws-01.intra", "chat-gateway",
        "6 forever restart attempts for chat-gateway in 5m (last: attempt #12)")
    add(C, "repeated exits with code 255 logged as JSON by forever's winston logger",
        ['{"level":"error","message":"Forever detected script exited with code: 255"}',
         '{"level":"error","message":"Script restart attempt #3"}',
         '{"level":"error","message":"Forever detected script exited with code: 255"}',
         '{"level":"error","message":"Script restart attempt #4"}'],
        "etl-02.intra", "csv-importer", "forever: csv-importer restart attempts #3 and #4 within 40s")
    add(None, "an operator's `forever restart` (rule 9)",
        ["error: Forever detected script was killed by signal: SIGTERM",
         "error: Script restart attempt #1"],
        "web-05.intra", "admin-ui", "forever: admin-ui restarted (forever restart admin-ui by deploy)",
        extra={"severity": "info"})
    add(C, "exit code 1 and restart attempts #2 to #4 inside a minute at boot",
        ["error: Forever detected script exited with code: 1",
         "error: Script restart attempt #2",
         "error: Forever detected script exited with code: 1",
         "error: Script restart attempt #3",
         "error: Forever detected script exited with code: 1",
         "error: Script restart attempt #4"],
        "kiosk-12.store", "pos-bridge", "forever: pos-bridge restart attempts #2-#4 within 1m")
    add(None, "a restart by the file watcher after a change (planned, rule 9)",
        ["error: restarting script because /srv/app/config/settings.json changed",
         "error: Forever detected script was killed by signal: SIGKILL",
         "error: Script restart attempt #1"],
        "web-01.intra", "storefront", "forever: storefront restarted on web-01.intra")
    add(None, "start-up warnings about restart settings (a setting, rule 9)",
        ["warn:    --minUptime not set. Defaulting to: 1000ms",
         "warn:    --spinSleepTime not set. Your script will exit if it does not stay up for at "
         "least 1000ms"],
        "batch-01.intra", "report-cron", "forever: warnings while starting report-cron",
        src=FOREVER_CLI, extra={"severity": "info"})
    add(None, "one exit and one restart attempt in a day (rule 7)",
        ["error: Forever detected script exited with code: 0",
         "error: Script restart attempt #1"],
        "web-04.intra", "webhook-relay", "forever: webhook-relay restarted once in 24h")
    add(None, "an operator's `forever stop` (rule 9)",
        ["info:    Forever stopped process:",
         "    uid  command       script  forever pid   id logfile                    uptime",
         "[0] Xg1h /usr/bin/node app.js  2231    2240     /root/.forever/Xg1h.log 0:2:11:5.12"],
        "web-02.intra", "legacy-admin", "forever: legacy-admin stopped on web-02.intra",
        src=FOREVER_CLI, extra={"severity": "info"})


def check_docker_items():
    """check_docker's uptime check (`--uptime WARN:CRIT`, minimum uptime in seconds), as Icinga sends it."""
    def add(why, host, container, state, output):
        labels = {"alertname": "check_docker_uptime", "host": host, "service": f"docker-{container}",
                  "state": state, "source": "icinga2"}
        family.add(CHECK_DOCKER, None, f"check_docker --uptime: {why}", labels,
                   {"summary": f"{state}: docker-{container} on {host}", "output": output})

    add("a container up for 41 s after a restart (short uptime, rule 7)", "docker-prod-2",
        "billing-worker", "CRITICAL", "CRITICAL: billing-worker uptime is 41s|billing-worker_up=41s;600;120;0;2")
    add("a cron container up for a minute (short uptime, rule 7)", "docker-ops-1", "cron-runner",
        "CRITICAL", "CRITICAL: cron-runner uptime is 1min 5s|cron-runner_up=65s;600;120;0;2")
    add("a container up for 4 minutes (short uptime, rule 7)", "docker-edge-1", "nginx-proxy",
        "WARNING", "WARNING: nginx-proxy uptime is 4min 12s|nginx-proxy_up=252s;600;120;0;2")


def supervisor_items():
    """kumina's check_supervisor.py prints `supervisorctl status NAME` and maps its state to a
    Nagios level (BACKOFF/FATAL CRITICAL, STARTING/STOPPING WARNING, RUNNING/STOPPED OK)."""
    def add(expected, why, host, program, ntype, state, line):
        labels = {"alertname": "supervisor_" + program, "host": host, "notification_type": ntype,
                  "service_state": state, "source": "nagios"}
        family.add(KUMINA, expected, f"Nagios check_supv: {why}", labels,
                   {"summary": f"** {ntype} Service Alert: {host}/supervisor_{program} is {state} **",
                    "output": line})

    add(C, "BACKOFF, exited too quickly", "worker-07", "celery-default", "PROBLEM", "CRITICAL",
        "celery-default                   BACKOFF   Exited too quickly (process log may have details)")
    add(C, "FATAL, exited too quickly (gave up)", "worker-07", "flower", "PROBLEM", "CRITICAL",
        "flower                           FATAL     Exited too quickly (process log may have details)")
    add(C, "BACKOFF of a queue consumer held over two checks", "queue-03", "rq-worker-high",
        "PROBLEM", "CRITICAL",
        "rq-worker-high                   BACKOFF   Exited too quickly (process log may have details)")
    add(C, "FATAL of a websocket server after start retries", "ws-02", "daphne",
        "PROBLEM", "CRITICAL",
        "daphne                           FATAL     Exited too quickly (process log may have details)")
    add(C, "BACKOFF of a scheduler on a second host", "worker-09", "celery-beat", "PROBLEM",
        "CRITICAL", "celery-beat                      BACKOFF   Exited too quickly (process log may have details)")
    add(None, "a program starting (one start, rule 7)", "app-02", "gunicorn", "PROBLEM", "WARNING",
        "gunicorn                         STARTING")
    add(None, "recovery with a short uptime (rules 7, 14)", "worker-07", "celery-default",
        "RECOVERY", "OK", "celery-default                   RUNNING   pid 28113, uptime 0:00:09")
    add(C, "FATAL of an exporter after start retries", "db-03", "pg-exporter", "PROBLEM",
        "CRITICAL",
        "pg-exporter                      FATAL     Exited too quickly (process log may have details)")
    add(None, "recovery: a program stopped on purpose, which the check counts as OK (rules 9, 14)",
        "app-02", "gunicorn", "RECOVERY", "OK",
        "gunicorn                         STOPPED   Dec 05 07:02 PM")
    add(None, "a program being stopped by a deploy (rule 9)", "app-02", "gunicorn", "PROBLEM",
        "WARNING", "gunicorn                         STOPPING")


def kuberhealthy_items():
    """Kuberhealthy's pod-restarts check ("checks for excessive pod restarts"): kubelet Warning
    events with reason BackOff counted past MAX_FAILURES_ALLOWED, shown on its status page and
    relayed with the pod's events."""
    def add(expected, why, count, pod, ns, event):
        labels = {"alertname": "KuberhealthyCheckFailed", "check": "kuberhealthy/pod-restarts",
                  "namespace": "kuberhealthy", "severity": "warning"}
        family.add(KUBERHEALTHY, expected, f"Kuberhealthy pod-restarts check: {why}", labels,
                   {"summary": "Kuberhealthy check pod-restarts is failing",
                    "description": f"Found: {count} `BackOff` events for pod: {pod} in namespace: {ns}\n"
                                   f"Latest event: Warning BackOff kubelet {event}"})

    add(C, "BackOff events of a restarting container", 14, "orders-api-7c9d8f6b5-k2x9q", "shop",
        "Back-off restarting failed container")
    add(C, "BackOff events of a restarting container, cluster-wide scope", 37,
        "feature-flags-5f7b9c8d4-q8w2e", "platform", "Back-off restarting failed container")
    add(C, "BackOff events of a sidecar restarting 63 times", 63, "envoy-gw-6d5f8b7c9-r4t6y",
        "ingress", "Back-off restarting failed container")
    add(C, "BackOff events of an init container's restarts", 11, "mongo-shard-1-0", "data",
        "Back-off restarting failed container")
    add(None, "the same check counting an image-pull back-off (never ran)", 22,
        "payments-api-6b8c7d9f5-x7z2m", "pay",
        "Back-off pulling image \"registry.internal/pay/api:2.14.0\"")


def sre_blog_items():
    """The SRE blog's ProcessCrashlooping base alert ("unexpectedly restarted several times within
    the last several minutes"; not for rolling restarts) rendered as fired alerts."""
    project = "sre-blog.com"
    page(SRE_BLOG, C, "sre-blog ProcessCrashlooping: 4 unexpected restarts in 15 minutes",
         {"alertname": "ProcessCrashlooping", "job": "checkout", "severity": "page"},
         {"summary": "checkout instances are crashlooping",
          "description": "Instances of checkout have unexpectedly restarted 4 times within the last "
                         "15 minutes."}, project)
    page(SRE_BLOG, C, "sre-blog ProcessCrashloopingSlowly: 7 restarts in two hours",
         {"alertname": "ProcessCrashloopingSlowly", "job": "search-indexer", "severity": "ticket"},
         {"summary": "search-indexer is crashlooping slowly",
          "description": "Instances of search-indexer have unexpectedly restarted 7 times within the "
                         "last 2 hours. This restarting may sometimes also be referred to as "
                         "\"flapping\"."}, project)
    page(SRE_BLOG, C, "sre-blog ProcessCrashlooping summed across copies: 3 restarts in 20 minutes",
         {"alertname": "ProcessCrashlooping", "job": "ad-server", "cluster": "us-east",
          "severity": "page"},
         {"summary": "ad-server: 3 unexpected restarts across instances in 20m",
          "description": "The sum of unexpected restarts across all ad-server instances is 3 in the "
                         "last 20 minutes (threshold 3)."}, project)
    page(SRE_BLOG, C, "sre-blog ProcessCrashloopingSlowly: 5 restarts in 90 minutes",
         {"alertname": "ProcessCrashloopingSlowly", "job": "mail-relay", "severity": "ticket"},
         {"summary": "mail-relay: unexpected restarts over a longer window",
          "description": "Instances of mail-relay have unexpectedly restarted 5 times within the last "
                         "90 minutes."}, project)
    page(SRE_BLOG, None, "a rolling restart in a release, one restart per instance (rule 9)",
         {"alertname": "ReleaseRollingRestart", "job": "search-frontend", "severity": "info"},
         {"summary": "search-frontend: rolling restart completed",
          "description": "12 instances of search-frontend restarted once each during release "
                         "2026.12.05-3 (rolling restart)."}, project)


def other_page_items():
    page(MYNODE, None, "a process_start_time_seconds change reported once (one restart, rule 7)",
         {"alertname": "NodeRestartDetected", "node": "redbelly-val-2", "channel": "telegram"},
         {"summary": "ℹ️ Node Restart Detected",
          "description": "Restart time: 2026-12-05 18:42:07 UTC\nSource: process_start_time_seconds "
                         "(process start timestamp)\nRestart can be intentional (manual restart) or "
                         "unintentional (crash, system reboot). It's worth checking the cause."},
         "docs.mynode.uk")
    page(JELLYPY, None, "a restart budget described in an init script's settings (rule 9)",
         {"alertname": "ConfigDrift", "host": "media-01", "file": "/etc/systemd/system/jellypy.service",
          "severity": "info"},
         {"summary": "jellypy.service unit file changed",
          "description": "StartLimitBurst=3 StartLimitIntervalSec=90: If the process fails 3 times "
                         "within 90 seconds of a start attempt consider it permanently failed and "
                         "stop all further attempts to restart it automatically."},
         "gitea.puchstein.bayern")


def check_systemd_items():
    """check_systemd (Icinga/Nagios) status lines: a unit in `failed`."""
    def add(why, host, output):
        labels = {"alertname": "check_systemd", "host": host, "service": "systemd",
                  "state": "CRITICAL", "source": "icinga2"}
        family.add(CHECK_SYSTEMD, None, f"check_systemd: {why}", labels,
                   {"summary": f"CRITICAL: systemd on {host}", "output": output})

    add("one failed unit (rule 5)", "web-11",
        "SYSTEMD CRITICAL - php8.2-fpm.service: failed | count_units=231 units_activating=0 "
        "units_active=164 units_failed=1 units_inactive=66")
    add("a failed mount-dependent unit (rule 5)", "nfs-cache-1",
        "SYSTEMD CRITICAL - cachefilesd.service: failed | count_units=176 units_activating=0 "
        "units_active=121 units_failed=1 units_inactive=54")
    add("a failed timer-started unit (rule 5)", "backup-02",
        "SYSTEMD CRITICAL - borg-nightly.service: failed | count_units=198 units_activating=0 "
        "units_active=140 units_failed=1 units_inactive=57")


def healthbot_items():
    """Juniper HealthBot (Paragon Insights) rule messages forwarded as notifications."""
    def add(src, why, rule, device, key, color, message):
        labels = {"alertname": rule, "device": device, "key": key, "color": color,
                  "source": "healthbot"}
        family.add(src, None, f"HealthBot {rule}: {why}", labels,
                   {"summary": f"{device} {rule} {color}", "message": message})

    add(HB_BGP, "a BGP neighbour session flapping (a link, rule 5)", "check-bgp-neighbor-flaps",
        "mx960-core-1", "10.255.0.14", "red",
        "Neighbor session flapping, last-established:2026-12-05T19:58:41Z")
    add(HB_BGP, "a BGP session inconsistent once (a link, rule 5)", "check-bgp-neighbor-flaps",
        "ptx-edge-2", "192.0.2.33", "yellow",
        "Neighbor session inconsistent, last-established:2026-12-05T20:11:02Z")
    add(HB_IF, "an interface flapping continuously (a link, rule 9)", "check-interface-flaps",
        "qfx5120-leaf-7", "et-0/0/3", "red", "Flaps are increasing continuously on et-0/0/3, flap count is:57")
    add(HB_BGP, "a BGP session stable again (rule 14)", "check-bgp-neighbor-flaps",
        "mx960-core-1", "10.255.0.14", "green",
        "Neighbor session stable, last-established:2026-12-05T19:58:41Z")
    add(HB_IF, "an interface stable again (rule 14)", "check-interface-flaps", "qfx5120-leaf-7",
        "et-0/0/3", "green", "et-0/0/3 is stable")
    add(HB_IF, "intermittent interface flaps (a link, rule 9)", "check-interface-flaps",
        "ex4650-acc-3", "xe-0/0/7", "yellow", "xe-0/0/7 flaps(4) are intermittent")


def flapalerted_items():
    """FlapAlerted's Prometheus metrics (BGP route path changes) in a threshold alert."""
    def add(why, name, metric, value, help_text):
        labels = {"alertname": name, "instance": "flapalerted.net.internal:8699", "job": "flapalerted",
                  "severity": "warning"}
        family.add(FLAPALERTED, None, f"FlapAlerted metric alert: {why}", labels,
                   {"summary": f"{metric} is {value}", "description": f"{help_text}: {value}"})

    add("actively flapping prefixes (route flaps, a link, rule 5)", "BGPPrefixesFlapping",
        "active_flap_count", 12, "Number of actively flapping prefixes")
    add("path changes of all prefixes (route churn, rule 5)", "BGPRouteChurnHigh",
        "route_change_count", 1930442, "Number of path changes by all prefixes")
    add("path changes by flapping prefixes (route flaps, rule 5)", "BGPFlapPathChanges",
        "active_flap_route_change_count", 48211,
        "Number of path changes caused by actively flapping prefixes")


def pm2_prom_items():
    """pm2-prom-module's gauges (pm2_app_restart_count "Show restart count of the app",
    pm2_app_uptime "Show app uptime in seconds") in Grafana-managed alert rules."""
    def add(expected, why, rule, app, host, expr, value, summary):
        labels = {"alertname": rule, "app": app, "instance": f"{host}:9988", "job": "pm2",
                  "grafana_folder": "Node apps", "severity": "warning"}
        family.add(PM2_PROM, expected, f"pm2-prom-module metric alert: {why}", labels,
                   {"summary": summary, "description": f"{expr} = {value}"})

    add(C, "restart count up by 8 in 15 minutes", "PM2AppRestarting", "checkout-api", "node-app-04",
        'increase(pm2_app_restart_count{app="checkout-api"}[15m])', 8,
        "checkout-api restarted 8 times in 15 minutes")
    add(C, "restart count up by 3 in 10 minutes", "PM2AppRestarting", "mailer", "node-app-01",
        'increase(pm2_app_restart_count{app="mailer"}[10m])', 3,
        "mailer restarted 3 times in 10 minutes")
    add(None, "restart count up by one in an hour (rule 7)", "PM2AppRestarted", "cms", "node-app-02",
        'increase(pm2_app_restart_count{app="cms"}[1h])', 1, "cms restarted once in the last hour")
    add(None, "an app up for less than two minutes (short uptime, rule 7)", "PM2AppShortUptime",
        "search-proxy", "node-app-03", 'pm2_app_uptime{app="search-proxy"}', 74,
        "search-proxy uptime is below 120 seconds")


def ingress_reload_items():
    """ingress-nginx-mixin's NginxConfigReloadFailed as it fires."""
    for cls, job in (("nginx", "ingress-nginx-controller-metrics"), ("nginx-internal", "ingress-internal-metrics")):
        family.add(INGRESS_MIXIN, None, "ingress-nginx-mixin NginxConfigReloadFailed: a reload "
                   "that failed (a setting, rule 9)",
                   {"alertname": "NginxConfigReloadFailed", "controller_class": cls, "job": job,
                    "severity": "warning"},
                   {"summary": "Nginx config reload failed.",
                    "description": f"Nginx config reload failed for the controller with the class {cls}."})


yugabyte_items()
pm2_prom_items()
ingress_reload_items()
forever_items()
check_docker_items()
supervisor_items()
kuberhealthy_items()
sre_blog_items()
other_page_items()
check_systemd_items()
healthbot_items()
flapalerted_items()
family.write()
