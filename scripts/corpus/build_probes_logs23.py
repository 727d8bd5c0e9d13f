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
RADIUS = "FreeRADIUS/freeradius-server", "65a80881caf496281707f2c52ef68ae5a4e518ce"
KRB5 = "krb5/krb5", "473b51b640bef2e97c490d6f2985658befa89c16"
DS389 = "389ds/389-ds-base", "70dcccafacc672a1add2fdd34388f84c5f42188d"
KONG = "Kong/kong", "22246ef28c16842098369b494eef879222e30c7b"
UNBOUND = "NLnetLabs/unbound", "7fb79b0677a03d6922c29880854e8fdeb271679e"
INNODB = "mysql/mysql-server", "74364310d6425a8991cbba1476813e0a17c707b3"   # storage/innobase/lock/lock0lock.cc
ATS = "apache/trafficserver", "1372b5efba2508e82252799e1242bd1b7ab121f5"
MYSQL = "mysql/mysql-server", "682bc7d7556859cc5e641cb3a6e763ea211c32c2"   # mysys/errors.cc


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
    repo, path, _ = source_file
    family.add(source_file, expected, f"{repo} {path}: {why}", labels, ann)


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
add(src(UNIT, "src/nxt_conn_connect.c"), N, "connect to the upstream refused: the peer is not there (rule 11)",
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

# ---- FreeRADIUS --------------------------------------------------------------------------
add(src(RADIUS, "src/lib/server/pool.c"), RP, "pool at its max connection limit (rule 7)",
    loki("RadiusSqlPoolExhausted", "radiusd", "radius-01",
         'Fri Dec  4 21:14:03 2026 : Error : No connections available and at max connection limit', severity="critical"))
add(src(RADIUS, "src/lib/server/pool.c"), RP, "the same line counted by a CloudWatch metric filter",
    cloudwatch("radius-pool-max-connections", "/radius/radiusd", "No connections available and at max connection limit", value=27.0))
add(src(RADIUS, "src/lib/server/connection.c"), T, "a connection attempt to the backend timed out (rule 13)",
    kibana("FreeRADIUS backend connection errors", "radius-02",
           'Fri Dec  4 21:14:09 2026 : Error : Connection failed - timed out after 3s'))
add(src(RADIUS, "src/modules/rlm_radius/bio.c"), N, "home server gave no replies in the zombie period and was marked dead (rules 9, 11)",
    graylog("RADIUS proxy home server dead", "radius-proxy-01",
            "Fri Dec  4 21:15:30 2026 : Info : radius - No replies during 'zombie_period', marking connection proxy udp from 10.8.0.4:1814 to 10.8.1.20:1812 as dead"))
add(src(RADIUS, "src/lib/io/worker.c"), NULL, "a duplicate request discarded: retransmission, no signature",
    loki("RadiusDuplicates", "radiusd", "radius-01",
         'Fri Dec  4 21:16:01 2026 : Warning : (1123) Discarding duplicate of request (1120)'))

# ---- MIT Kerberos ------------------------------------------------------------------------
add(src(KRB5, "src/lib/krb5/os/sendto_kdc.c"), N, "no KDC of the realm could be contacted: no server available (rule 11)",
    kibana("Kerberos client failures", "app-21",
           "sssd_be[2211]: GSSAPI Error: Unspecified GSS failure.  Minor code may provide more information (Cannot contact any KDC for realm 'CORP.EXAMPLE.COM')"))
add(src(KRB5, "src/lib/krb5/error_tables/krb5_err.et"), DNS, "the KDC's address could not be resolved (rule 7)",
    loki("KerberosKdcResolve", "kinit-keytab-refresh", "etl-04",
         'kinit: Cannot resolve network address for KDC in requested realm while getting initial credentials'))
add(src(KRB5, "src/lib/krb5/error_tables/krb5_err.et"), NULL, "clock skew: time sync, no signature",
    graylog("Kerberos auth errors", "fileserver-02",
            'smbd[4412]: gss_accept_sec_context failed: Clock skew too great'))
add(src(KRB5, "src/lib/krb5/error_tables/krb5_err.et"), NULL, "ticket expired: a credential's expiry, not a certificate (rule 5)",
    kibana("Kerberos ticket errors", "hadoop-nn-01",
           'kinit: Ticket expired while renewing credentials'))
add(src(KRB5, "src/kdc/kdc_log.c"), NULL, "pre-authentication failed: a wrong password, no signature",
    loki("KdcPreauthFailures", "krb5kdc", "kdc-01",
         'krb5kdc[1180](info): AS_REQ (4 etypes {aes256-cts-hmac-sha1-96(18), aes128-cts-hmac-sha1-96(17)}) 10.4.2.19: PREAUTH_FAILED: svc-backup@CORP.EXAMPLE.COM for krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM, Preauthentication failed'))
add(src(KRB5, "src/kdc/main.c"), NULL, "one KDC worker exited: a single exit, no loop (rule 15)",
    graylog("krb5kdc worker exits", "kdc-02", 'krb5kdc[1180](Error): worker 1184 exited with status 11'))

# ---- 389 Directory Server ----------------------------------------------------------------
add(src(DS389, "ldap/servers/slapd/daemon.c"), D, "disk space critically low, slapd shuts down (rule 2)",
    loki("DirsrvDiskCritical", "dirsrv", "ldap-01",
         '[04/Dec/2026:21:14:03.120331122 +0000] - ALERT - disk_monitoring_thread - Disk space is critically low on disk (/var/lib/dirsrv/slapd-ldap01/db), remaining space: 3012 Kb.  Signaling slapd for shutdown...',
         severity="critical"))
add(src(DS389, "ldap/servers/slapd/daemon.c"), D, "disk space too low, logging disabled (rule 2)",
    kibana("389-ds disk monitoring", "ldap-02",
           '[04/Dec/2026:21:14:03.100210003 +0000] - ALERT - disk_monitoring_thread - Disk space is too low on disk (/var/log/dirsrv/slapd-ldap02), remaining space: 180224 Kb, disabling access and audit logging.'))
add(src(DS389, "ldap/servers/slapd/daemon.c"), D, "the disk monitor put a backend read-only because the disk is low (rule 2)",
    graylog("389-ds backend read-only", "ldap-03",
            "[04/Dec/2026:21:14:04.002118551 +0000] - ALERT - disk_monitoring_thread - Putting the backend 'userRoot' to read-only mode"))
add(src(DS389, "ldap/servers/slapd/daemon.c"), NULL, "disk space back within acceptable levels: a recovery (rule 14)",
    loki("DirsrvDiskMonitor", "dirsrv", "ldap-01",
         '[04/Dec/2026:21:40:11.430022119 +0000] - INFO - disk_monitoring_thread - Disk space is now within acceptable levels.'))
add(src(DS389, "ldap/servers/plugins/replication/repl5_protocol_util.c"), NULL, "the consumer replica is busy with another supplier: no lag measured, nothing broken",
    kibana("389-ds replication notices", "ldap-02",
           '[04/Dec/2026:21:14:09.551200118 +0000] - NOTICE - NSMMReplicationPlugin - acquire_replica - agmt="cn=ldap02-to-ldap03" (ldap03:636): Unable to acquire replica: the replica is currently being updatedby another supplier.'))
add(src(DS389, "ldap/servers/plugins/replication/repl5_protocol_util.c"), NULL, "replication aborting after an internal error on the remote replica: broken replication (rule 5)",
    graylog("389-ds replication errors", "ldap-01",
            '[04/Dec/2026:21:14:12.119034551 +0000] - ERR - NSMMReplicationPlugin - acquire_replica - agmt="cn=ldap01-to-ldap02" (ldap02:636): Unable to acquire replica: an internal error occurred on the remote replica. Replication is aborting.'))

# ---- Kong Gateway ------------------------------------------------------------------------
add(src(KONG, "kong/runloop/balancer/init.lua"), DNS, "the upstream host's lookup got a name error (NXDOMAIN)",
    loki("KongDnsErrors", "kong", "kong-dp-2",
         '2026/12/04 21:14:03 [error] 1287#0: *88213 [kong] init.lua:382 DNS resolution failed: dns server error: 3 name error. Tried: ["(short)orders.internal:(na) - cache-miss","orders.internal:1 - cache-miss/querying/dns server error: 3 name error"], client: 10.2.0.5, server: kong, request: "GET /orders HTTP/1.1", host: "api.example.com"',
         namespace="kong", pod="kong-dp-2"))
add(src(KONG, "kong/runloop/handler.lua"), DNS, "the initial resolve failed with a server failure (SERVFAIL, rule 7)",
    kibana("Kong balancer errors", "kong-dp-1",
           "2026/12/04 21:14:07 [error] 1290#0: *90114 failed the initial dns/balancer resolve for 'payments.internal' with: dns server error: 2 server failure, client: 10.2.0.9, server: kong, request: \"POST /pay HTTP/1.1\", host: \"api.example.com\""))
add(src(KONG, "kong/runloop/balancer/init.lua"), N, "no peers available in the ring-balancer: every target is unhealthy or gone (rules 9, 11)",
    graylog("Kong 503 no upstream peer", "kong-dp-3",
            '503 {"message":"failure to get a peer from the ring-balancer"} upstream=checkout.v1.svc route=checkout'))

# ---- Apache Traffic Server (diags.log) ---------------------------------------------------
add(src(ATS, "src/iocore/dns/DNS.cc"), DNS, "the resolver answered SERVFAIL for an origin (rule 7)",
    loki("TrafficServerDnsErrors", "trafficserver", "cdn-edge-04",
         '[Dec  4 21:14:03.118] [ET_NET 2] NOTE: SERVFAIL: DNS error 2 for [origin-media.example.com]: Server Failure'))
add(src(ATS, "src/iocore/dns/DNS.cc"), DNS, "NXDOMAIN for an origin host (rule 7)",
    kibana("ATS DNS errors", "cdn-edge-05",
           '[Dec  4 21:14:05.441] [ET_NET 1] NOTE: NXDOMAIN: DNS error 3 for [img-origin.example.org]: Non-Existent Domain'))
add(src(ATS, "src/iocore/dns/DNS.cc"), DNS, "every DNS server lost: no server left to ask (rule 13)",
    graylog("Traffic Server DNS down", "cdn-edge-06",
            '[Dec  4 21:14:09.002] [ET_NET 0] WARNING: connection to all DNS servers lost, retrying'))
add(src(ATS, "src/iocore/dns/DNS.cc"), N, "one DNS server lost and marked down by its client (rules 7, 11)",
    loki("TrafficServerNameserverDown", "trafficserver", "cdn-edge-04",
         '[Dec  4 21:14:07.730] [ET_NET 0] WARNING: connection to DNS server 10.53.0.2 lost, marking as down'))
add(src(ATS, "src/iocore/dns/DNS.cc"), NULL, "connection to the DNS server restored: a recovery (rule 14)",
    kibana("ATS DNS errors", "cdn-edge-04",
           '[Dec  4 21:16:40.019] [ET_NET 0] WARNING: connection to DNS server 10.53.0.2 restored'))
add(src(ATS, "src/iocore/net/P_UnixNet.h"), RP, "connections at net_connections_throttle: a connection limit reached (rule 7), not a rate limit",
    graylog("Traffic Server connection throttling", "cdn-edge-07",
            '[Dec  4 21:14:11.380] [ET_NET 5] WARNING: too many connections, throttling.  connection_type=ACCEPT, current_connections=30000, net_connections_throttle=30000'))
add(src(ATS, "src/iocore/net/P_UnixNet.h"), RP, "the same limit as a CloudWatch metric-filter alarm",
    cloudwatch("ats-too-many-connections", "/cdn/trafficserver/diags", "too many connections, throttling", value=6.0))
add(src(ATS, "src/iocore/aio/AIO.cc"), NULL, "a cache disk operation failed with EIO: a disk fault, not capacity (rule 5)",
    loki("TrafficServerCacheDiskErrors", "trafficserver", "cdn-edge-08",
         '[Dec  4 21:14:13.900] [ET_AIO 3:1] WARNING: cache disk operation failed WRITE -1 5'))
add(src(ATS, "src/iocore/cache/CacheDisk.cc"), NULL, "a cache disk declared bad: a disk fault (rule 5)",
    kibana("ATS cache disks", "cdn-edge-08",
           '[Dec  4 21:14:14.010] [ET_AIO 3:1] WARNING: could not read disk header for disk /dev/sdc: declaring disk bad'))

# ---- Unbound -----------------------------------------------------------------------------
add(src(UNBOUND, "services/outside_network.c"), N, "the forwarder refused the TCP connection: the peer is not there (rule 11)",
    loki("UnboundUpstreamErrors", "unbound", "resolver-02",
         '[1733346843] unbound[812:0] error: outgoing tcp: connect: Connection refused for 10.53.1.10 port 853 (len 16)'))
add(src(UNBOUND, "util/netevent.c"), FD, "accept slowed down because descriptors ran out",
    kibana("Unbound accept errors", "resolver-03",
           '[1733346851] unbound[812:1] info: accept failed, slow down accept for 2000 msec: Too many open files'))
add(src(UNBOUND, "daemon/remote.c"), RP, "remote-control connections refused past their limit (rule 7: \"too many\")",
    graylog("Unbound remote control", "resolver-02",
            '[1733346860] unbound[812:0] warning: drop incoming remote control: too many connections'))
add(src(UNBOUND, "daemon/unbound.c"), NULL, "the daemon could not bind its ports at start: a failed start, no signature (rule 5)",
    loki("UnboundFatal", "unbound", "resolver-04",
         '[1733346870] unbound[901:0] fatal error: could not open ports'))

# ---- more look-alikes and capacity lines ---------------------------------------------------
add(src(CHRONY, "ntp_io.c"), NULL, "chronyd could not open its NTP socket: a bind failure, no signature",
    graylog("chronyd errors", "ntp-gw-03", 'chronyd[655]: Could not open NTP socket on 0.0.0.0:123'))
add(src(KRB5, "src/lib/krb5/error_tables/krb5_err.et"), NULL, "a keytab lacks the key: configuration, no signature",
    loki("KerberosKeytabErrors", "httpd-gssapi", "intranet-01",
         'mod_auth_gssapi: gss_accept_sec_context() failed: [Unspecified GSS failure.  Minor code may provide more information (Key table entry not found)]'))
add(src(KRB5, "src/lib/krb5/error_tables/krb5_err.et"), NULL, "a password expired: a credential's expiry (rule 5)",
    kibana("Kerberos ticket errors", "etl-02",
           'kinit: Password has expired while getting initial credentials'))
add(src(DS389, "ldap/servers/slapd/daemon.c"), D, "disk space low, the server lowers its log level (rule 2)",
    loki("DirsrvDiskLow", "dirsrv", "ldap-03",
         '[04/Dec/2026:21:12:58.882113004 +0000] - ALERT - disk_monitoring_thread - Disk space is low on disk (/var/lib/dirsrv/slapd-ldap03/db), remaining space: 1048576 Kb, temporarily setting error loglevel to the default level.'))
add(src(ATS, "src/iocore/cache/CacheProcessor.cc"), NULL, "cache started with fewer disks: disk faults, not capacity (rule 5)",
    graylog("Traffic Server cache disks", "cdn-edge-09",
            '[Dec  4 21:02:00.000] [ET_TASK 0] WARNING: Cache initialization incomplete - only 3 of 4 disks were available.'))
add(src(INNODB, "storage/innobase/lock/lock0lock.cc"), DL, "InnoDB detected a deadlock between transactions",
    loki("MysqlDeadlocks", "mysql-error-log", "db-15",
         '2026-12-04T21:14:27.175188Z 0 [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information.'))
add(src(INNODB, "storage/innobase/lock/lock0lock.cc"), DL, "the same line as a CloudWatch metric-filter alarm on RDS error logs",
    cloudwatch("rds-orders-innodb-deadlocks", "/aws/rds/instance/orders-prod/error", "Transactions deadlock detected", value=4.0))

# ---- MySQL server (mysys) ----------------------------------------------------------------
add(src(MYSQL, "mysys/errors.cc"), D, "the server waits for free disk space (rule 2)",
    loki("MysqlDiskFull", "mysql-error-log", "db-11",
         "2026-12-04T21:14:03.118227Z 14 [ERROR] [MY-000035] [Server] Disk is full writing './binlog.000412' (OS errno 28 - No space left on device). Waiting for someone to free space... Retry in 60 secs. Message reprinted in 600 secs.",
         severity="critical"))
add(src(MYSQL, "mysys/errors.cc"), M, "an allocation failed (rule 12)",
    kibana("MySQL error log", "db-12",
           '2026-12-04T21:14:09.004411Z 88 [ERROR] [MY-000005] [Server] Out of memory (Needed 16777232 bytes)'))
add(src(MYSQL, "mysys/errors.cc"), FD, "a file could not be opened: too many open files",
    graylog("MySQL out of resources", "db-13",
            "2026-12-04T21:14:12.551020Z 301 [ERROR] [MY-000023] [Server] Out of resources when opening file './shop/orders#p#p2026.ibd' (OS errno 24 - Too many open files)"))
add(src(MYSQL, "mysys/errors.cc"), NULL, "a sync to disk failed with an I/O error: a disk fault, not capacity (rule 5)",
    loki("MysqlSyncErrors", "mysql-error-log", "db-14",
         "2026-12-04T21:14:20.030101Z 0 [ERROR] [MY-000027] [Server] Can't sync file './ib_logfile1' to disk (OS errno 5 - Input/output error)"))

family.write()
