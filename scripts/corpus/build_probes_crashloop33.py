#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crashloop33.jsonl: crash loops and restart storms in the words of
init systems, wrappers and runtimes the corpus had not quoted for them, and their look-alikes.

Crash loops: OpenWrt procd's "Instance … s in a crash loop N crashes", SysV init's "Id "…" respawning too
fast: disabled for 5 minutes", launchd's (launchd-842) "Throttling respawn: Will start in N seconds"
repeated and "Job appears to have crashed", mysqld_safe's "The server is respawning too fast" and repeated
"mysqld restarted", the Tanuki Java Service Wrapper's "There were N failed launches in a row … Giving up."
and repeated "JVM exited unexpectedly.", Apache Flink's "Recovery is suppressed by
FixedDelay/FailureRate…RestartBackoffTimeStrategy(…)", Azure App Service's repeated "Container didn't respond
to HTTP pings on port", Windows SCM 7031/7034 with N >= 2 in PRTG, Checkmk, Wazuh and Graylog frames, gunicorn's
workers dying and rebooted again and again, Apache httpd's AH00051/AH00052 child crashes in numbers, Akka
Typed's "Supervisor RestartSupervisor saw failure" counted in a window.

Look-alikes (null): one exit and one respawn (launchd, mysqld_safe, the wrapper, App Service, SCM N=1), stop
timeouts and SIGKILL after SIGTERM, deliberate stops and shutdown files, runlevel changes and inittab
re-reads, configuration dumps and start notices, gunicorn's SIGTERM at a HUP reload, Akka's resume and
stop supervisors, a job that is not restarted by policy (Flink's
NoRestartBackoffTimeStrategy, maxNumberRestartAttempts=0, "The failure is not recoverable").

Labels were decided from each alert's meaning under POLICY.md (rules 5, 7, 9, 10, 14, 15, 16, 18) before the
classifier ran on the file; see the SOURCES.md section "probes_crashloop33".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_crashloop33.jsonl")
CL = "crash_loop"

PROCD = ("openwrt/procd", "service/instance.c", "2c1834abae171261f2d9161e5a28c36cbcc394a4")
SYSV = ("slicer69/sysvinit", "src/init.c", "86aadb6af08fda564ccf172fd34dcaecf2985cd2")
LAUNCHD = ("apple-oss-distributions/launchd", "src/core.c", "d448a1c8f70a61202f8705f94337f686b87c30c4")
MYSQLD_SAFE = ("mysql/mysql-server", "scripts/mysqld_safe.sh", "20ce8b5c36e7c9432741a5ce0546315a4290c49b")
JSW_LOOP = ("shimberger/java-service-wrapper", "src/c/wrappereventloop.c", "74ebd89f76e9a7c9211572b31b20143522219e33")
JSW = ("shimberger/java-service-wrapper", "src/c/wrapper.c", "74ebd89f76e9a7c9211572b31b20143522219e33")
FLINK = ("apache/flink",
         "flink-runtime/src/main/java/org/apache/flink/runtime/executiongraph/failover/ExecutionFailureHandler.java",
         "6113046f4659244842043d5854ba95b275b6ec55")
FLINK_FIXED = ("apache/flink",
               "flink-runtime/src/main/java/org/apache/flink/runtime/executiongraph/failover/"
               "FixedDelayRestartBackoffTimeStrategy.java", "bb437bd07f583ffa4c86bc525659abe477d6d051")
FLINK_RATE = ("apache/flink",
              "flink-runtime/src/main/java/org/apache/flink/runtime/executiongraph/failover/"
              "FailureRateRestartBackoffTimeStrategy.java", "e9529d4d7ec517412ed8c2534a17b4bcd5ff240f")
APPSVC = ("https://yeongseon.github.io/azure-app-service-practical-guide/troubleshooting/playbooks/"
          "app-startup-failures/")
APPSVC_PINGS = ("https://yeongseon.github.io/azure-app-service-practical-guide/troubleshooting/playbooks/"
                "startup-availability/container-didnt-respond-to-http-pings/")
GUNICORN = ("benoitc/gunicorn", "gunicorn/arbiter.py", "65ac1a3a4c0aa00960968c720d6e6bd2ac32f1b9")
AKKA = ("akka/akka", "akka-actor-typed/src/main/scala/akka/actor/typed/internal/Supervision.scala",
        "b52795331089f1ec7d4cd4134171a6f0ef96486e")
HTTPD = ("apache/httpd", "server/mpm_unix.c", "c0882d02091da592242b329d550604288c8caac5")
SCM_7031 = "http://technet.microsoft.com/en-us/library/cc756337(v=WS.10).aspx"
SCM_7034 = "https://anavem.com/en/windows-events/windows-event-id-7034-service-control-manager-service-crashed"


def procd_items():
    """procd's instance_exit(): respawn threshold/timeout/retry (default 3600 s, 5 s, 5); past `retry`
    quick exits it logs the crash loop and halts the instance."""
    family.add(PROCD, CL, "procd: an instance halted after a crash loop (Loki rule on router syslog)",
               {"alertname": "OpenWrtServiceCrashLoop", "severity": "critical", "router": "gw-branch-14",
                "job": "openwrt-syslog"},
               {"summary": "procd halted openvpn on gw-branch-14",
                "description": "daemon.info procd: Instance openvpn::site2site s in a crash loop 6 crashes, 1 seconds "
                               "since last crash"})
    family.add(PROCD, CL, "procd: the crash-loop line in a Zabbix log item trigger",
               {"alertname": "procd crash loop on AP-LOBBY-2", "severity": "High", "host": "AP-LOBBY-2"},
               {"description": "Problem started at 03:12:44 on 2026.12.05\nProblem name: procd crash loop on AP-LOBBY-2\n"
                               "Host: AP-LOBBY-2\nSeverity: High\nOperational data: Instance hostapd::instance1 s in a "
                               "crash loop 6 crashes, 0 seconds since last crash"})
    family.add(PROCD, CL, "procd: a Graylog stream alert on the crash-loop line (custom respawn retry 10)",
               {"alertname": "Graylog: openwrt-procd", "severity": "high", "source": "cpe-0451"},
               {"message": "Graylog alert: stream 'openwrt' matched 1 message(s). cpe-0451 procd: Instance "
                           "mwan3track::wan s in a crash loop 11 crashes, 2 seconds since last crash"})
    family.add(PROCD, CL, "procd: crash-loop lines for two instances in one Datadog log monitor",
               {"alertname": "[Logs] procd crash loops on edge routers", "severity": "P2", "env": "branch"},
               {"summary": "Log monitor triggered: 2 matching logs in the last 10m",
                "description": "Instance uhttpd::main s in a crash loop 6 crashes, 0 seconds since last crash\n"
                               "Instance collectd::instance1 s in a crash loop 6 crashes, 3 seconds since last crash"})
    family.add(PROCD, None, "procd: an instance killed after ignoring SIGTERM at stop (no restart)",
               {"alertname": "OpenWrtProcdWarning", "severity": "info", "router": "gw-branch-09",
                "job": "openwrt-syslog"},
               {"summary": "procd had to SIGKILL odhcpd on gw-branch-09",
                "description": "daemon.info procd: Instance odhcpd::instance1 pid 2211 not stopped on SIGTERM, sending "
                               "SIGKILL instead"})
    family.add(PROCD, None, "procd: an instance not started because its command is missing (configuration, no loop)",
               {"alertname": "OpenWrtProcdWarning", "severity": "warning", "router": "gw-branch-22",
                "job": "openwrt-syslog"},
               {"summary": "procd did not start wireguard on gw-branch-22",
                "description": "daemon.info procd: Not starting instance wireguard::instance1, command not set"})
    family.add(PROCD, None, "procd: `ubus call service list` showing the respawn settings of a running instance",
               {"alertname": "OpenWrtServiceAudit", "severity": "info", "router": "gw-branch-14"},
               {"summary": "service inventory of gw-branch-14 collected",
                "description": "\"dropbear\": {\"instances\": {\"instance1\": {\"running\": true, \"pid\": 1412, "
                               "\"respawn\": {\"timeout\": 5, \"threshold\": 3600, \"retry\": 5}}}}"})


def sysv_items():
    """SysV init's respawn throttle: 10 spawns within 2 minutes disable the inittab entry for 5 minutes."""
    family.add(SYSV, CL, "sysvinit: a serial getty respawning too fast (Nagios check_log)",
               {"alertname": "check_log_console", "severity": "CRITICAL", "host": "pos-term-031"},
               {"output": "CRITICAL - 1 match: 'INIT: Id \"T0\" respawning too fast: disabled for 5 minutes'",
                "long_output": "Log: /var/log/messages (pattern 'respawning too fast')"})
    family.add(SYSV, CL, "sysvinit: an application's inittab entry disabled (Elastic log threshold rule)",
               {"alertname": "Log threshold", "severity": "critical", "host.name": "scada-hmi-4",
                "event.dataset": "system.syslog"},
               {"summary": "1 log entry in the last 5 mins for scada-hmi-4. Alert when > 0.",
                "description": "init: Id \"hm\" respawning too fast: disabled for 5 minutes"})
    family.add(SYSV, CL, "sysvinit: three inittab entries respawning too fast in a Splunk alert",
               {"alertname": "Splunk Alert: inittab respawn storm", "severity": "high", "host": "legacy-kiosk-07"},
               {"summary": "The alert condition for 'inittab respawn storm' was triggered.",
                "description": "host=legacy-kiosk-07 3 events: INIT: Id \"1\" respawning too fast: disabled for 5 minutes | "
                               "INIT: Id \"2\" respawning too fast: disabled for 5 minutes | INIT: Id \"ks\" respawning "
                               "too fast: disabled for 5 minutes"})
    family.add(SYSV, CL, "sysvinit: the message repeated every 5 minutes (Alertmanager summary from a Loki count)",
               {"alertname": "InittabEntryRespawning", "severity": "warning", "instance": "gw-serial-02",
                "inittab_id": "S0"},
               {"summary": "inittab entry S0 on gw-serial-02 keeps respawning",
                "description": "4 lines \"Id \\\"S0\\\" respawning too fast: disabled for 5 minutes\" in the last 30m"})
    family.add(SYSV, None, "sysvinit: inittab re-read after `telinit q` (a reload)",
               {"alertname": "InitNotice", "severity": "info", "instance": "scada-hmi-4"},
               {"summary": "init notice on scada-hmi-4", "description": "init: Re-reading inittab"})
    family.add(SYSV, None, "sysvinit: switching to runlevel 6 (a reboot by an operator)",
               {"alertname": "InitNotice", "severity": "info", "instance": "legacy-kiosk-07"},
               {"summary": "init notice on legacy-kiosk-07", "description": "INIT: Switching to runlevel: 6"})
    family.add(SYSV, None, "sysvinit: entering a runlevel at boot",
               {"alertname": "check_log_console", "severity": "WARNING", "host": "pos-term-031"},
               {"output": "WARNING - 1 match: 'INIT: Entering runlevel: 3'"})


def launchd_items():
    """launchd-842's job_reap/job_dispatch: "Exited with code: %d", "Job appears to have crashed: %s",
    "Exited: %s" (SIGKILL/SIGTERM), "Throttling respawn: Will start in %ld seconds" (the job ran for less than
    its minimum run time, 10 s by default)."""
    family.add(LAUNCHD, CL, "launchd: a KeepAlive agent throttled 14 times in 15 minutes (Loki on unified-log export)",
               {"alertname": "LaunchdRespawnThrottled", "severity": "warning", "host": "mac-build-07",
                "label": "com.acme.sync-agent"},
               {"summary": "com.acme.sync-agent on mac-build-07 respawn-throttled 14 times in 15m",
                "description": "com.apple.launchd[1] (com.acme.sync-agent): Throttling respawn: Will start in 9 seconds"})
    family.add(LAUNCHD, CL, "launchd: exit/throttle pairs repeated (Splunk on macOS syslog)",
               {"alertname": "Splunk Alert: launchd job flapping", "severity": "high", "host": "mac-ci-runner-3"},
               {"summary": "The alert condition for 'launchd job flapping' was triggered (22 results).",
                "description": "com.apple.launchd[1] (org.jenkins.agent[5513]): Exited with code: 1\n"
                               "com.apple.launchd[1] (org.jenkins.agent): Throttling respawn: Will start in 8 seconds"})
    family.add(LAUNCHD, CL, "launchd: a daemon crashing with SIGSEGV again and again",
               {"alertname": "MacDaemonCrashing", "severity": "critical", "host": "mac-kiosk-12",
                "label": "com.acme.kioskd"},
               {"summary": "com.acme.kioskd crashed 6 times in 10m on mac-kiosk-12",
                "description": "(com.acme.kioskd[811]): Job appears to have crashed: Segmentation fault: 11\n"
                               "(com.acme.kioskd): Throttling respawn: Will start in 10 seconds"})
    family.add(LAUNCHD, CL, "launchd: a Jamf/Elastic count of throttle lines above its threshold",
               {"alertname": "Log threshold", "severity": "warning", "host.name": "mac-sign-02",
                "event.dataset": "macos.unifiedlog"},
               {"summary": "31 log entries in the last 30 mins for mac-sign-02. Alert when > 10.",
                "description": "(com.acme.notary-helper): Throttling respawn: Will start in 10 seconds"})
    family.add(LAUNCHD, None, "launchd: one exit with code 1 (no repetition)",
               {"alertname": "LaunchdJobExited", "severity": "info", "host": "mac-build-07",
                "label": "com.acme.backup"},
               {"summary": "com.acme.backup exited on mac-build-07",
                "description": "com.apple.launchd[1] (com.acme.backup[9120]): Exited with code: 1"})
    family.add(LAUNCHD, None, "launchd: a single throttled respawn in the last hour",
               {"alertname": "LaunchdRespawnThrottled", "severity": "info", "host": "mac-ci-runner-1",
                "label": "org.jenkins.agent"},
               {"summary": "org.jenkins.agent on mac-ci-runner-1 respawn-throttled once in 1h",
                "description": "com.apple.launchd[1] (org.jenkins.agent): Throttling respawn: Will start in 7 seconds"})
    family.add(LAUNCHD, None, "launchd: a job stopped with SIGTERM by launchctl unload (deliberate)",
               {"alertname": "LaunchdJobExited", "severity": "info", "host": "mac-kiosk-12",
                "label": "com.acme.kioskd"},
               {"summary": "com.acme.kioskd exited after `launchctl unload` by jamf policy 212",
                "description": "(com.acme.kioskd[811]): Exited: Terminated: 15"})


def mysqld_safe_items():
    """mysqld_safe's loop: "mysqld restarted" after each abnormal exit, "Number of processes running now: N",
    and after 5 restarts within the same second "The server is respawning too fast. Sleeping for 1 second."."""
    family.add(MYSQLD_SAFE, CL, "mysqld_safe: fast respawn throttling (Loki rule on the error log)",
               {"alertname": "MySQLRespawningTooFast", "severity": "critical", "instance": "db-legacy-03",
                "job": "mysql-errorlog"},
               {"summary": "mysqld_safe is throttling mysqld restarts on db-legacy-03",
                "description": "2026-12-05T03:12:44.118Z mysqld_safe The server is respawning too fast. Sleeping for 1 "
                               "second."})
    family.add(MYSQLD_SAFE, CL, "mysqld_safe: 'mysqld restarted' seven times in 20 minutes",
               {"alertname": "MySQLServerRestarting", "severity": "critical", "instance": "db-legacy-05",
                "job": "mysql-errorlog"},
               {"summary": "mysqld on db-legacy-05 restarted 7 times in 20m",
                "description": "Last lines: mysqld_safe Number of processes running now: 0\nmysqld_safe mysqld restarted"})
    family.add(MYSQLD_SAFE, CL, "mysqld_safe: a Nagios check_logfiles count of restarts",
               {"alertname": "check_logfiles_mysql", "severity": "CRITICAL", "host": "shop-db-1"},
               {"output": "CRITICAL - (4 errors in check_logfiles.protocol-2026-12-05-03-20-11) - 251205 03:19:58 "
                          "mysqld_safe mysqld restarted ...|mysql_lines=812 mysql_warnings=0 mysql_criticals=4"})
    family.add(MYSQLD_SAFE, CL, "mysqld_safe: the too-fast throttle without a sleep command (Datadog log monitor)",
               {"alertname": "[Logs] mysqld_safe respawn loop", "severity": "P1", "host": "db-appliance-2"},
               {"summary": "Log monitor triggered: 3 matching logs in the last 5m",
                "description": "mysqld_safe The server is respawning too fast and no working sleep command. Turning off "
                               "trottling."})
    family.add(MYSQLD_SAFE, None, "mysqld_safe: one restart in 24 hours",
               {"alertname": "MySQLServerRestarting", "severity": "warning", "instance": "db-legacy-04",
                "job": "mysql-errorlog"},
               {"summary": "mysqld on db-legacy-04 restarted once in 24h",
                "description": "mysqld_safe Number of processes running now: 0\nmysqld_safe mysqld restarted"})
    family.add(MYSQLD_SAFE, None, "mysqld_safe: the server ended (normal shutdown, pid file removed)",
               {"alertname": "MySQLErrorLogNotice", "severity": "info", "instance": "db-legacy-05"},
               {"summary": "mysqld_safe notice on db-legacy-05",
                "description": "mysqld_safe mysqld from pid file /var/run/mysqld/mysqld.pid ended"})
    family.add(MYSQLD_SAFE, None, "mysqld_safe: a shutdown file asks it not to restart (deliberate)",
               {"alertname": "MySQLErrorLogNotice", "severity": "info", "instance": "shop-db-1"},
               {"summary": "mysqld_safe notice on shop-db-1",
                "description": "mysqld_safe /var/run/mysqld/mysqld.pid.shutdown present. The server will not restart."})
    family.add(MYSQLD_SAFE, None, "mysqld_safe: the start notice after a maintenance restart",
               {"alertname": "MySQLErrorLogNotice", "severity": "info", "instance": "db-legacy-03"},
               {"summary": "mysqld_safe notice on db-legacy-03 (maintenance window MW-771)",
                "description": "mysqld_safe Starting mysqld daemon with databases from /var/lib/mysql"})


def wrapper_items():
    """The Java Service Wrapper: "JVM exited unexpectedly.", "Waiting %d seconds before launching another JVM.",
    "Launching a JVM...", and after wrapper.max_failed_invocations short runs "There were %d failed launches in a
    row, each lasting less than %d seconds.  Giving up." / "  There may be a configuration problem: please check
    the logs."."""
    family.add(JSW_LOOP, CL, "wrapper: gave up after five short launches (Elastic rule on wrapper.log)",
               {"alertname": "Log threshold", "severity": "critical", "host.name": "erp-app-02",
                "service.name": "erp-batch"},
               {"summary": "1 log entry in the last 5 mins for erp-app-02. Alert when > 0.",
                "description": "FATAL  | wrapper  | 2026/12/05 03:12:44 | There were 5 failed launches in a row, each "
                               "lasting less than 300 seconds.  Giving up."})
    family.add(JSW_LOOP, CL, "wrapper: the give-up with its configuration hint (Windows service host, PRTG)",
               {"alertname": "PRTG: wrapper.log on WIN-CMDB-01", "severity": "Down", "device": "WIN-CMDB-01"},
               {"message": "Sensor wrapper.log FATAL lines: There were 10 failed launches in a row, each lasting less than "
                           "300 seconds.  Giving up.   There may be a configuration problem: please check the logs."})
    family.add(JSW_LOOP, CL, "wrapper: JVM exits and relaunches repeated (Loki count)",
               {"alertname": "JavaWrapperRelaunching", "severity": "warning", "instance": "mdm-hub-1",
                "app": "mdm-hub"},
               {"summary": "mdm-hub: 6 unexpected JVM exits in 10m",
                "description": "ERROR  | wrapper  | JVM exited unexpectedly.\nSTATUS | wrapper  | Waiting 5 seconds "
                               "before launching another JVM.\nSTATUS | wrapper  | Launching a JVM..."})
    family.add(JSW_LOOP, CL, "wrapper: a Graylog alert on repeated relaunch waits",
               {"alertname": "Graylog: jsw-relaunch", "severity": "high", "source": "report-srv-3"},
               {"message": "Graylog alert: stream 'java-wrapper' matched 9 message(s) in the last 15 minutes. "
                           "report-srv-3 wrapper: Waiting 5 seconds before launching another JVM."})
    family.add(JSW, None, "wrapper: one unexpected JVM exit, relaunched once",
               {"alertname": "JavaWrapperRelaunching", "severity": "info", "instance": "mdm-hub-2",
                "app": "mdm-hub"},
               {"summary": "mdm-hub: 1 unexpected JVM exit in 24h",
                "description": "ERROR  | wrapper  | JVM exited unexpectedly.\nSTATUS | wrapper  | Launching a JVM..."})
    family.add(JSW, None, "wrapper: a JVM that ignored a stop request and was terminated (no restart)",
               {"alertname": "Log threshold", "severity": "warning", "host.name": "erp-app-04",
                "service.name": "erp-batch"},
               {"summary": "1 log entry in the last 5 mins for erp-app-04. Alert when > 0.",
                "description": "ERROR  | wrapper  | 2026/12/05 02:00:13 | JVM did not exit on request, terminated"})
    family.add(JSW_LOOP, None, "wrapper: the first JVM launched after a configured start delay",
               {"alertname": "JavaWrapperNotice", "severity": "info", "instance": "report-srv-3"},
               {"summary": "wrapper notice on report-srv-3",
                "description": "STATUS | wrapper  | Waiting 30 seconds before launching the first JVM."})


def flink_items():
    """Flink's ExecutionFailureHandler: "Recovery is suppressed by " + the restart strategy's string once the
    strategy refuses another restart; "The failure is not recoverable" for non-recoverable errors."""
    family.add(FLINK_FIXED, CL, "Flink: fixed-delay restarts used up (3 restarts, then suppressed)",
               {"alertname": "FlinkJobFailed", "severity": "critical", "job_name": "orders-dedup",
                "cluster": "flink-prod"},
               {"summary": "orders-dedup switched to FAILED after its restart attempts",
                "description": "org.apache.flink.runtime.JobException: Recovery is suppressed by "
                               "FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=3, backoffTimeMS=10000)"})
    family.add(FLINK_RATE, CL, "Flink: failure-rate strategy exhausted (more than 3 failures in 60 s)",
               {"alertname": "FlinkJobFailed", "severity": "critical", "job_name": "clickstream-sessionizer",
                "cluster": "flink-prod"},
               {"summary": "clickstream-sessionizer stopped restarting",
                "description": "org.apache.flink.runtime.JobException: Recovery is suppressed by "
                               "FailureRateRestartBackoffTimeStrategy(FailureRateRestartBackoffTimeStrategy("
                               "failuresIntervalMS=60000,backoffTimeMS=10000,maxFailuresPerInterval=3)"})
    family.add(FLINK_FIXED, CL, "Flink: the suppressed-recovery exception in a Datadog log monitor (10 attempts)",
               {"alertname": "[Logs] Flink recovery suppressed", "severity": "P2", "service": "fraud-features",
                "env": "prod"},
               {"summary": "Log monitor triggered: 1 matching log in the last 15m",
                "description": "JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy("
                               "maxNumberRestartAttempts=10, backoffTimeMS=30000)"})
    family.add(FLINK, None, "Flink: no restart strategy, the first failure fails the job (no loop)",
               {"alertname": "FlinkJobFailed", "severity": "warning", "job_name": "backfill-2026-11",
                "cluster": "flink-batch"},
               {"summary": "backfill-2026-11 switched to FAILED",
                "description": "org.apache.flink.runtime.JobException: Recovery is suppressed by "
                               "NoRestartBackoffTimeStrategy"})
    family.add(FLINK_FIXED, None, "Flink: fixed-delay with zero attempts, failed at the first failure (no restart)",
               {"alertname": "FlinkJobFailed", "severity": "warning", "job_name": "schema-check",
                "cluster": "flink-batch"},
               {"summary": "schema-check switched to FAILED",
                "description": "org.apache.flink.runtime.JobException: Recovery is suppressed by "
                               "FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=0, backoffTimeMS=1000)"})
    family.add(FLINK, None, "Flink: a non-recoverable error, not restarted",
               {"alertname": "FlinkJobFailed", "severity": "warning", "job_name": "orders-dedup-v2",
                "cluster": "flink-prod"},
               {"summary": "orders-dedup-v2 switched to FAILED",
                "description": "org.apache.flink.runtime.JobException: The failure is not recoverable"})


def appservice_items():
    """Azure App Service (Linux) start-up failures as its docker log and the playbook quote them."""
    family.add_page(APPSVC_PINGS, CL, "App Service: failed site starts repeated, the platform restarting the container",
                    {"alertname": "AppServiceStartupLoop", "severity": "Sev1", "resource": "app-orders-prod",
                     "source": "AppServicePlatformLogs"},
                    {"summary": "app-orders-prod: 6 failed site starts in 30 minutes",
                     "description": "Container app-orders-prod_0_4f1c2a7e didn't respond to HTTP pings on port: 8000, "
                                    "failing site start."},
                    project="yeongseon.github.io")
    family.add_page(APPSVC, CL, "App Service: repeated startup-probe failures (Log Analytics alert)",
                    {"alertname": "Log search alert: startup-probe-failures", "severity": "Sev2",
                     "resource": "app-quotes-api"},
                    {"summary": "Query returned 5 rows in the last 20 minutes",
                     "description": "AppServicePlatformLogs | where Message has \"Site startup probe failed\" -> "
                                    "Site startup probe failed after 230.4 seconds."},
                    project="yeongseon.github.io")
    family.add_page(APPSVC_PINGS, None, "App Service: one failed site start after a deployment",
                    {"alertname": "AppServiceStartupFailure", "severity": "Sev3", "resource": "app-wiki-staging",
                     "source": "AppServicePlatformLogs"},
                    {"summary": "app-wiki-staging: 1 failed site start in 30 minutes",
                     "description": "Container app-wiki-staging_0_9a1d4e7c didn't respond to HTTP pings on port: 8080, "
                                    "failing site start."},
                    project="yeongseon.github.io")
    family.add_page(APPSVC, None, "App Service: a failed start reverted by stopping the site (stopped, not looping)",
                    {"alertname": "AppServiceStartupFailure", "severity": "Sev3", "resource": "app-legacy-forms"},
                    {"summary": "app-legacy-forms failed to start",
                     "description": "Failed to start site. Revert by stopping site."},
                    project="yeongseon.github.io")


def scm_items():
    """Windows SCM 7031 (EVENT_SERVICE_CRASH, with the corrective action) and 7034 (without) in monitors that
    the corpus had not framed them in."""
    family.add_page(SCM_7034, CL, "SCM 7034 in a PRTG event-log sensor (3 times)",
                    {"alertname": "PRTG Event Log (Windows API): System", "severity": "Warning",
                     "device": "WIN-DMS-02"},
                    {"message": "Event ID 7034 Service Control Manager: The Acme Document Indexer service terminated "
                                "unexpectedly.  It has done this 3 time(s)."})
    family.add_page(SCM_7034, CL, "SCM 7034 in a Wazuh alert (6 times)",
                    {"alertname": "Wazuh: Windows service crash", "severity": "10", "agent": "WIN-POS-118"},
                    {"summary": "Windows: Service terminated unexpectedly",
                     "full_log": "{\"win\":{\"system\":{\"eventID\":\"7034\",\"providerName\":\"Service Control "
                                 "Manager\"},\"eventdata\":{\"param1\":\"POS Sync Agent\",\"param2\":\"6\"}}} The POS "
                                 "Sync Agent service terminated unexpectedly.  It has done this 6 time(s)."})
    family.add_page(SCM_7031, CL, "SCM 7031 in a Checkmk Event Console event (5 times, restart action)",
                    {"alertname": "Checkmk EC: Service Control Manager", "severity": "CRIT", "host": "WIN-HR-APP1"},
                    {"summary": "Event Console: Service Control Manager[7031]",
                     "description": "The HR Payroll Bridge service terminated unexpectedly.  It has done this 5 time(s).  "
                                    "The following corrective action will be taken in 60000 milliseconds: Restart the "
                                    "service."})
    family.add_page(SCM_7031, CL, "SCM 7031 in a Graylog Windows stream (2 times)",
                    {"alertname": "Graylog: windows-service-crash", "severity": "high", "source": "WIN-LAB-SQL3"},
                    {"message": "Graylog alert: stream 'winlogbeat' matched 1 message(s). WIN-LAB-SQL3 Service Control "
                                "Manager 7031: The SQL Server Reporting Services service terminated unexpectedly.  It has "
                                "done this 2 time(s).  The following corrective action will be taken in 120000 "
                                "milliseconds: Restart the service."})
    family.add_page(SCM_7034, None, "SCM 7034 once (Wazuh, first termination)",
                    {"alertname": "Wazuh: Windows service crash", "severity": "10", "agent": "WIN-POS-204"},
                    {"summary": "Windows: Service terminated unexpectedly",
                     "full_log": "The POS Sync Agent service terminated unexpectedly.  It has done this 1 time(s)."})
    family.add_page(SCM_7031, None, "SCM 7031 once (Checkmk, first termination)",
                    {"alertname": "Checkmk EC: Service Control Manager", "severity": "WARN", "host": "WIN-HR-APP2"},
                    {"summary": "Event Console: Service Control Manager[7031]",
                     "description": "The HR Payroll Bridge service terminated unexpectedly.  It has done this 1 time(s).  "
                                    "The following corrective action will be taken in 60000 milliseconds: Restart the "
                                    "service."})


def gunicorn_items():
    """gunicorn's arbiter reaping workers: "Worker (pid:%s) was sent %s!" (SIGTERM at info, other signals at
    warning), "Worker (pid:%s) exited with code %s.", "Booting worker with pid: %s", "Hang up: %s" (HUP reload)."""
    family.add(GUNICORN, CL, "gunicorn: workers segfaulting and rebooted 9 times in 10 minutes",
               {"alertname": "GunicornWorkersDying", "severity": "critical", "namespace": "catalog",
                "app": "catalog-web"},
               {"summary": "catalog-web: 9 worker deaths in 10m",
                "description": "[WARNING] Worker (pid:4112) was sent SIGSEGV!\n[INFO] Booting worker with pid: 4130"})
    family.add(GUNICORN, CL, "gunicorn: workers exiting with code 1 again and again (Elastic rule)",
               {"alertname": "Log threshold", "severity": "warning", "host.name": "api-web-3",
                "service.name": "ledger-api"},
               {"summary": "14 log entries in the last 15 mins for api-web-3. Alert when > 5.",
                "description": "[ERROR] Worker (pid:771) exited with code 1."})
    family.add(GUNICORN, CL, "gunicorn: an exit/boot churn counted by a Datadog log monitor",
               {"alertname": "[Logs] gunicorn worker churn on search-api", "severity": "P2", "service": "search-api",
                "env": "prod"},
               {"summary": "Log monitor triggered: 23 'Booting worker with pid' lines in the last 15m outside a deploy",
                "description": "[ERROR] Worker (pid:2290) exited with code 1.\n[INFO] Booting worker with pid: 2311"})
    family.add(GUNICORN, None, "gunicorn: workers sent SIGTERM during a HUP reload (graceful)",
               {"alertname": "GunicornWorkersDying", "severity": "info", "namespace": "catalog",
                "app": "catalog-web"},
               {"summary": "catalog-web: 4 worker exits in 10m during the config reload",
                "description": "[INFO] Hang up: Master\n[INFO] Worker (pid:5120) was sent SIGTERM!\n[INFO] Booting "
                               "worker with pid: 5188"})
    family.add(GUNICORN, None, "gunicorn: one worker abort in a day",
               {"alertname": "GunicornWorkersDying", "severity": "info", "namespace": "billing",
                "app": "billing-web"},
               {"summary": "billing-web: 1 worker death in 24h",
                "description": "[WARNING] Worker (pid:901) was sent SIGABRT!\n[INFO] Booting worker with pid: 933"})


def httpd_items():
    """Apache httpd's ap_process_child_status(): AH00051/AH00052 "child pid %ld exit signal %s (%d)[, possible
    coredump in %s]" for each child killed by a signal other than TERM/HUP/graceful/KILL; the MPM forks
    replacements to keep its spare servers."""
    family.add(HTTPD, CL, "httpd: children segfaulting, 38 in 15 minutes (Loki rule)",
               {"alertname": "ApacheChildCrashes", "severity": "critical", "instance": "www-legacy-2",
                "job": "apache-errorlog"},
               {"summary": "www-legacy-2: 38 httpd children exited on signals in 15m",
                "description": "[Sat Dec 05 03:12:44.118243 2026] [core:notice] [pid 1201:tid 140231] AH00052: child "
                               "pid 28114 exit signal Segmentation fault (11)"})
    family.add(HTTPD, CL, "httpd: repeated core dumps (Nagios check_logfiles)",
               {"alertname": "check_logfiles_apache", "severity": "CRITICAL", "host": "intranet-web-1"},
               {"output": "CRITICAL - (12 errors in check_logfiles.protocol-2026-12-05-04-01-09) - [core:notice] "
                          "AH00051: child pid 9912 exit signal Bus error (7), possible coredump in /etc/httpd ..."})
    family.add(HTTPD, CL, "httpd: aborting children in a Splunk alert",
               {"alertname": "Splunk Alert: httpd child crashes", "severity": "high", "host": "shop-fe-07"},
               {"summary": "The alert condition for 'httpd child crashes' was triggered (17 results in 10m).",
                "description": "AH00052: child pid 30418 exit signal Aborted (6)"})
    family.add(HTTPD, None, "httpd: one child crash in a day",
               {"alertname": "ApacheChildCrashes", "severity": "info", "instance": "www-legacy-3",
                "job": "apache-errorlog"},
               {"summary": "www-legacy-3: 1 httpd child exited on a signal in 24h",
                "description": "[core:notice] [pid 1188] AH00052: child pid 7781 exit signal Segmentation fault (11)"})


def akka_items():
    """Akka Typed's supervisors log "Supervisor {} saw failure: {}" with their class name: RestartSupervisor
    (restart and restartWithBackoff) restarts the actor, StopSupervisor stops it, ResumeSupervisor keeps it
    running with its state (no restart)."""
    family.add(AKKA, CL, "Akka Typed: an actor restarted 11 times in 10 minutes (Loki count)",
               {"alertname": "AkkaActorRestarting", "severity": "critical", "namespace": "ledger",
                "app": "ledger-service", "actor": "/user/ledger-writer"},
               {"summary": "ledger-service: /user/ledger-writer restarted 11 times in 10m",
                "description": "[ERROR] [akka.actor.typed.Behavior$] [ledger-akka.actor.default-dispatcher-7] "
                               "[akka://ledger/user/ledger-writer] - Supervisor RestartSupervisor saw failure: snapshot "
                               "checksum mismatch for partition 14"})
    family.add(AKKA, CL, "Akka Typed: a backoff-supervised projection failing repeatedly (Datadog log monitor)",
               {"alertname": "[Logs] Akka supervisor failures on cart-projection", "severity": "P2",
                "service": "cart-projection", "env": "prod"},
               {"summary": "Log monitor triggered: 7 matching logs in the last 5m",
                "description": "Supervisor RestartSupervisor saw failure: Unexpected offset type for projection "
                               "cart-events-0"})
    family.add(AKKA, None, "Akka Typed: one restart in a day",
               {"alertname": "AkkaActorRestarting", "severity": "info", "namespace": "ledger",
                "app": "ledger-service", "actor": "/user/fx-rates"},
               {"summary": "ledger-service: /user/fx-rates restarted once in 24h",
                "description": "[akka://ledger/user/fx-rates] - Supervisor RestartSupervisor saw failure: rate table "
                               "not initialised"})
    family.add(AKKA, None, "Akka Typed: a resume-supervised actor failing often but never restarted",
               {"alertname": "AkkaSupervisorFailures", "severity": "warning", "namespace": "search",
                "app": "query-router"},
               {"summary": "query-router: 20 supervisor failures in 10m",
                "description": "[akka://router/user/parser] - Supervisor ResumeSupervisor saw failure: unsupported "
                               "query operator '~~'"})
    family.add(AKKA, None, "Akka Typed: an actor stopped by its supervisor (no restart)",
               {"alertname": "AkkaSupervisorFailures", "severity": "warning", "namespace": "orders",
                "app": "order-saga"},
               {"summary": "order-saga: supervisor failure",
                "description": "[akka://orders/user/saga-7f1c] - Supervisor StopSupervisor saw failure: saga 7f1c "
                               "received an unexpected compensation"})


procd_items()
sysv_items()
launchd_items()
mysqld_safe_items()
wrapper_items()
flink_items()
appservice_items()
scm_items()
gunicorn_items()
httpd_items()
akka_items()
family.write()
