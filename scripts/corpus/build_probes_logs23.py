#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_logs23.jsonl: log lines of servers and daemons, quoted by
log-based alerts (a Loki ruler rule, a Kibana/Elastic log threshold rule, a Graylog event
definition, a CloudWatch Logs metric-filter alarm), and their look-alikes.

Every quoted line is the daemon's own format string at the commit named below, rendered with
made-up hosts, addresses, pids and values. Labels are decided from the line's meaning under
tests/fixtures/corpus/POLICY.md before the classifier ran on the file (see SOURCES.md,
section probes_logs23).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from c3common import C, D, DL, DNS, E, FD, L, M, N, NULL, Q, R, RL, RP, T  # noqa: E402,F401
from probes_common import ProbeFamily  # noqa: E402

CHRONY = "mlichvar/chrony", "8f2db839de0c4c8683ec460819c1ee77a718c770"
UNIT = "nginx/unit", "ad736f9f4fddd844aed1eb6ee8a9dc88df5533fb"
SSH = "openssh/openssh-portable", "0ef0f5a839831c213f24e3f2ae434765c607fb50"
NATS = "nats-io/nats-server", "1787eee035cf0253c201fa0f05afad92b6f296dc"


def src(proj, path):
    return (proj[0], path, proj[1])


# ---- frames: how a log-based alert delivers the matched line ----------------------------

def loki(alert, job, host, line, severity="warning", summary=None, **extra):
    """A Loki ruler alert (count_over_time on a |= filter) whose description carries the line."""
    labels = {"alertname": alert, "severity": severity, "job": job, "host": host}
    labels.update(extra)
    ann = {"description": f"Matched log line on {host}: {line}"}
    if summary:
        ann["summary"] = summary
    return labels, ann


def kibana(rule, host, line, count=3, window="5 mins"):
    """An Elastic Observability log threshold rule, as its default action message renders."""
    labels = {"alertname": rule, "rule_type": "logs.alert.document.count", "host_name": host}
    ann = {"reason": f"{count} log entries in the last {window} for host.name: {host}. Alert when > 0.",
           "message": line}
    return labels, ann


def graylog(title, source, line, stream="All messages"):
    """A Graylog event definition's notification (aggregation over a query), message backlog of one."""
    labels = {"alertname": title, "stream": stream, "source": source}
    ann = {"description": f"Event definition \"{title}\" triggered. Backlog: {source} {line}"}
    return labels, ann


def cloudwatch(alarm, group, pattern, value=3.0, region="eu-west-1"):
    """A CloudWatch alarm on a Logs metric filter: the alarm names the filter pattern, not a line."""
    labels = {"alertname": alarm, "region": region, "log_group": group}
    ann = {"description": (f"Threshold Crossed: 1 out of the last 1 datapoints [{value} (04/12/26 21:14:00)] "
                           f"was greater than or equal to the threshold (1.0) (minimum 1 datapoint for "
                           f"OK -> ALARM transition)."),
           "metric_filter": f"{group} filter pattern \"{pattern}\""}
    return labels, ann


family = ProbeFamily("probes_logs23.jsonl")


def add(source_file, expected, why, frame):
    labels, ann = frame
    family.add(source_file, expected, why, labels, ann)


# ---- chrony ----------------------------------------------------------------------------
add(src(CHRONY, "conf.c"), DNS, "chronyd could not resolve an initstepslew server (rule 7)",
    loki("ChronydResolveError", "chronyd", "ntp-gw-01",
         'chronyd[812]: Could not resolve address of initstepslew server ntp1.corp.example.net'))
add(src(CHRONY, "nts_ke_client.c"), DNS, "NTS-KE could not resolve the NTP server it was given (rule 7)",
    kibana("chronyd NTS errors", "db-07.prod", 'chronyd[1033]: Could not resolve NTP server ntp.int.example.org from nts.example.org:4460'))
add(src(CHRONY, "memory.c"), M, "chronyd's own allocation failure is fatal (rule 12)",
    loki("ChronydFatal", "chronyd", "edge-03", 'chronyd[611]: Fatal error : Could not allocate memory', severity="critical"))
add(src(CHRONY, "nts_ke_session.c"), N, "NTS-KE connect refused: the key server is not there (rule 11)",
    graylog("chrony NTS-KE connect failures", "app-14", 'chronyd[944]: Could not connect to 10.20.0.8:4460 : Connection refused'))
add(src(CHRONY, "reference.c"), NULL, "clock offset found at start: time sync, no signature",
    loki("ChronydClockWrong", "chronyd", "batch-02", 'chronyd[701]: System clock wrong by 3.412117 seconds'))
add(src(CHRONY, "reference.c"), NULL, "clock stepped: time sync, no signature",
    kibana("Clock steps", "cache-11", 'chronyd[588]: System clock was stepped by -1.208334 seconds'))
add(src(CHRONY, "reference.c"), NULL, "no suitable source: time sync has no source, no signature",
    graylog("NTP sync lost", "k8s-node-22", 'chronyd[702]: No suitable source for synchronisation'))
add(src(CHRONY, "leapdb.c"), NULL, "leap-second list needs update: an expiry of a data file, like licence expiry (rule 5)",
    loki("ChronyLeapListStale", "chronyd", "ntp-gw-02", 'chronyd[812]: Leap second list /usr/share/zoneinfo/leap-seconds.list needs update'))
add(src(CHRONY, "local.c"), NULL, "frequency exceeds maximum: a clock fault, no signature",
    kibana("chronyd warnings", "vm-host-04", 'chronyd[455]: Frequency 512.3 ppm exceeds allowed maximum'))

# ---- NGINX Unit --------------------------------------------------------------------------
add(src(UNIT, "src/nxt_conn_accept.c"), FD, "accept failed with EMFILE: descriptors used up",
    loki("UnitAcceptErrors", "unit", "web-05",
         '2026/12/04 21:13:52 [alert] 1219#1226 accept4(11) failed (24: Too many open files)', severity="critical"))
add(src(UNIT, "src/nxt_conn_accept.c"), M, "accept failed with ENOMEM: kernel out of memory for the socket",
    graylog("NGINX Unit alert lines", "web-06",
            '2026/12/04 21:13:52 [alert] 1219#1226 accept4(11) failed (12: Cannot allocate memory)'))
add(src(UNIT, "src/nxt_socket.c"), N, "connect to the upstream refused: the peer is not there (rule 11)",
    kibana("Unit proxy errors", "web-07",
           '2026/12/04 21:14:03 [error] 1219#1227 *4411 connect(31, 10.0.4.17:8080) failed (111: Connection refused)'))
add(src(UNIT, "src/nxt_main_process.c"), NULL, "one app process exited on a signal: one crash, no loop (rule 15)",
    loki("UnitProcessCrashed", "unit", "web-05",
         '2026/12/04 21:15:40 [alert] 1201#1201 app process 18823 exited on signal 11 (core dumped)'))
add(src(UNIT, "src/nxt_router.c"), NULL, "an application failed to start once (rule 5)",
    graylog("NGINX Unit app start failures", "web-08",
            '2026/12/04 21:16:02 [warn] 1219#1219 failed to start application "checkout"'))
add(src(UNIT, "src/nxt_cert.c"), NULL, "no certificates in the store: not an expiry",
    kibana("Unit certificate store", "web-09", '2026/12/04 20:02:11 [alert] 1201#1201 no certificates found'))

# ---- OpenSSH sshd ------------------------------------------------------------------------
add(src(SSH, "sshd.c"), NULL, "a source dropped for its per-source penalty (failed logins): security, not a limit",
    loki("SshdPenaltyDrops", "sshd", "bastion-01",
         'sshd[1022]: drop connection #4 from [203.0.113.77]:51234 on [10.0.0.5]:22 penalty: failed authentication'))
add(src(SSH, "sshd.c"), NULL, "login grace time exceeded: the client stalled (rule 13)",
    kibana("sshd preauth timeouts", "bastion-02",
           'sshd[1022]: Timeout before authentication for 198.51.100.23 port 44122, pid = 48812'))
add(src(SSH, "auth.c"), NULL, "too many authentication attempts: security, not rate limiting",
    graylog("SSH brute force", "bastion-01",
            'sshd[48830]: error: maximum authentication attempts exceeded for root from 198.51.100.23 port 44130 ssh2 [preauth]'))
add(src(SSH, "ssh.c"), DNS, "ssh could not resolve the host a backup job connects to (rule 7)",
    loki("BackupSshErrors", "backup-cron", "backup-01",
         'rsync-offsite[9921]: ssh: Could not resolve hostname vault-02.dr.example.net: Name or service not known'))

# ---- NATS server -------------------------------------------------------------------------
add(src(NATS, "server/client.go"), RP, "max_connections reached: new clients refused (rule 7)",
    loki("NatsMaxConnections", "nats", "nats-1",
         '[1] 2026/12/04 21:14:03.112233 [ERR] 10.42.3.18:51234 - cid:9812 - maximum connections exceeded',
         namespace="messaging", pod="nats-1"))
add(src(NATS, "server/client.go"), RP, "the same limit as a CloudWatch metric-filter alarm",
    cloudwatch("nats-max-connections-exceeded", "/ecs/nats", "maximum connections exceeded", value=14.0))
add(src(NATS, "server/route.go"), N, "route connect refused: the peer server is not there (rule 11)",
    kibana("NATS route errors", "nats-0.nats",
           '[1] 2026/12/04 21:14:05.000112 [ERR] Error trying to connect to route (attempt 3): dial tcp 10.42.1.12:6222: connect: connection refused'))
add(src(NATS, "server/route.go"), T, "route connect timed out: the caller gave up connecting (rule 13)",
    graylog("NATS cluster route failures", "nats-2.nats",
            '[1] 2026/12/04 21:14:09.553101 [ERR] Error trying to connect to route (attempt 7): dial tcp 10.42.1.12:6222: i/o timeout'))
add(src(NATS, "server/route.go"), DNS, "route lookup found no such host: resolution failed (rule 7)",
    loki("NatsRouteErrors", "nats", "nats-0", '[1] 2026/12/04 21:14:11.000913 [ERR] Error trying to connect to route (attempt 1): lookup nats-3.nats.messaging.svc.cluster.local on 10.96.0.10:53: no such host',
         namespace="messaging", pod="nats-0"))
add(src(NATS, "server/server.go"), NULL, "lame duck mode: a planned shutdown (rule 9)",
    kibana("NATS notices", "nats-1.nats", '[1] 2026/12/04 21:20:00.100200 [INF] Entering lame duck mode, stop accepting new clients'))

family.write()
