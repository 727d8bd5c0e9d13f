#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_monitor20.jsonl: notifications as network and infrastructure
monitoring systems send them, in wording the tuning corpora did not yet use: the output lines of
the nagios-plugins project's check plugins (check_disk, check_swap, check_ping, the SSL helpers
behind check_http/check_smtp, check_mysql's slave check, check_tcp, check_dns, check_procs,
check_load, check_ups, check_ntp_time, check_apt, check_smtp and check_http response times),
Kibana's rule-type action messages (Elastic Synthetics monitor status, the legacy Uptime monitor
status, Uptime TLS, Uptime duration anomaly, the Metrics threshold rule's reason texts, the APM
rules' failed-transaction, latency and error-count reasons) and
LibreNMS's default alert rules (misc/alert_rules.json), a LibreNMS "Service" rule carrying a
nagios-plugins line.

What the family tests: the positives said by a check plugin's status line or a rule type's
default message rather than by an alert name ("SWAP CRITICAL - 3% free", "SLOW_SLAVE CRITICAL",
"Connection to DNS ... was refused", "PROCS CRITICAL: 0 processes with command name",
"system.filesystem.used.pct is 96.4% in the last 5 mins", "\"checkout-api\" (...) is down -
Elastic Synthetics" with the error it received), and look-alikes that must stay null although
they say CRITICAL, down, expired or full: partial packet loss and round-trip time, a certificate's
OK line, a hostname mismatch, a stopped replica, process counts, load, a stale UPS, NTP offsets,
package updates, metric no-data and query failures of the monitor itself, recoveries, a LibreNMS
port, BGP, IS-IS, power, fan, RAID, ARP-table, cluster-state and HA-failover rule.

Labels, decided by hand under POLICY.md before the classifier ran on the file:
- check_disk free space or inodes low, a metric threshold on filesystem used/free: `disk_full`
  (rule 2); swap nearly used up and memory/pod-memory-vs-limit utilisation: `out_of_memory`
  (rule 2).
- check_ping "Host Unreachable"/"Network Unreachable" as a host check, check_tcp's "Connection
  refused", check_dns's "No response from DNS" / "Connection to DNS ... was refused" in a HARD
  state, zero processes of a daemon, Synthetics/Uptime "is down" with a refused or unroutable
  error: `node_down` (rules 4, 7, 11).
- a Synthetics monitor down whose received error is an expired certificate is
  `certificate_expiry`; one whose error is a failed lookup is `dns_failure` (rule 1).
- check_dns's "Probably a non-existent host/domain" (NXDOMAIN) and "Query was refused by DNS
  server" (REFUSED: resolution fails) are `dns_failure` (rule 7).
- SSL "expires in N day(s)", "expired on", "just expired", Uptime TLS expiring/expired:
  `certificate_expiry`.
- SLOW_SLAVE (seconds behind master over threshold): `replication_lag`; "Slave SQL: No" is broken
  replication (`null`, rule 5).
- check_smtp / check_http response time over threshold, Uptime duration anomaly, a backend's
  average response time: `high_latency` (rule 4).
- queue depth and consumer lag metric thresholds: `queue_backlog`.
- APM "Failed transactions is N%": `high_error_rate`; APM "latency is": `high_latency`; APM "Error
  count is" without error text: `null` (captured errors are not requests, as log lines in rule 8);
  with an error grouping name quoting "Read timed out": `upstream_timeout` (rules 1, 13); check_http
  "504 Gateway Time-out" in a HARD state (every retry): `upstream_timeout` (rules 3, 10).
- everything else named above: `null` (rules 2, 5, 8, 9, 14, 16; ping RTT and partial loss are
  link quality, rule 16).

Policy decisions where POLICY.md was silent (also in the report): a certificate's hostname
mismatch is `null` (a wrong certificate is not an expiring one); check_dns's REFUSED answer is
`dns_failure`; a nagios service check in a HARD state after its retries is taken as "over the
alert's window" (rule 11's DNS server); a check plugin's response-time WARNING/CRITICAL on a
protocol check (SMTP, HTTP) is `high_latency`, the probe's measured response time being a
request time.

Left out as ambiguous (rule 6): check_http's "Unable to open TCP socket" and "No data received
from host" (neither says refused nor down), the plugins' "Socket timeout" (a single timed-out
probe, rule 7), check_dns's "DNS ... has no records", a Synthetics monitor down with a client
timeout as its error (timeout cause vs down symptom), Uptime TLS's "becoming too old" (aging, not
expiry), LibreNMS's "Sneck - Wrong Number Of ... Procs Running" (count may be too high or zero),
check_disk's "DISK CRITICAL: /x not found" (an unmounted path).

Sources, read through the tools named in the brief: nagios-plugins/nagios-plugins plugins/*.c at
8852bf48d5a190df3ca32da253ee4ddf38c35e16 (mirror from `fetch github:nagios-plugins/nagios-plugins`);
elastic/kibana x-pack/plugins/synthetics/common/rules/synthetics/translations.ts at
0f008459b16cf92429ea737eecc646c74e54a525, .../legacy_uptime/translations.ts at
0550b0386fd14b10d987deeda8a68cef3d19161c and
x-pack/plugins/infra/server/lib/alerting/common/messages.ts at
ce9363d40b10947cff415748ec90e935362057d6, x-pack/plugins/apm/common/rules/apm_rule_types.ts at
c25f61830228cb438f051f162e46016c09b6dd92; librenms/librenms misc/alert_rules.json at
00221fa5c838dbd687d36c96edb3bfee9070d37a. Hosts, addresses, values, dates and the frames (Nagios
mail, an Alertmanager relay, a PagerDuty summary, Kibana e-mail/Slack/index connectors, a LibreNMS
Slack transport) are our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

NP = "nagios-plugins/nagios-plugins"
NPC = "8852bf48d5a190df3ca32da253ee4ddf38c35e16"
KB = "elastic/kibana"
KB_SYN = (KB, "x-pack/plugins/synthetics/common/rules/synthetics/translations.ts",
          "0f008459b16cf92429ea737eecc646c74e54a525")
KB_UP = (KB, "x-pack/plugins/synthetics/common/rules/legacy_uptime/translations.ts",
         "0550b0386fd14b10d987deeda8a68cef3d19161c")
KB_APM = (KB, "x-pack/plugins/apm/common/rules/apm_rule_types.ts",
          "c25f61830228cb438f051f162e46016c09b6dd92")
KB_MET = (KB, "x-pack/plugins/infra/server/lib/alerting/common/messages.ts",
          "ce9363d40b10947cff415748ec90e935362057d6")
LN = ("librenms/librenms", "misc/alert_rules.json", "00221fa5c838dbd687d36c96edb3bfee9070d37a")

family = ProbeFamily("probes_monitor20.jsonl")


# Lines a plugin prints through a shared helper: the certificate lines come from sslutils.c (used
# by check_http, check_smtp, check_tcp), the connect lines from netutils.c (used by check_tcp).
HELPER = {"certificate": "sslutils", "hostname mismatch": "sslutils", "connect to address": "netutils"}


def np(plugin, output=""):
    for needle, helper in HELPER.items():
        if needle in output.lower():
            plugin = helper
    return (NP, f"plugins/{plugin}.c", NPC)


# ------------------------------------------------------------------ nagios-plugins status lines
def nagios(n, plugin, expected, why, host, addr, service, state, output, host_check=False):
    """A check plugin's line, in one of four frames (rotating on n)."""
    shape = n % 4
    when = f"Fri Dec 4 0{n % 10}:{(n * 7) % 60:02d}:11 UTC 2026"
    if host_check:
        hstate = "DOWN" if state == "CRITICAL" else state
        if shape % 2 == 0:
            labels = {"alertname": "HostAlert", "sender": "nagios", "host": host,
                      "state": hstate, "state_type": "HARD"}
            ann = {"summary": f"** PROBLEM Host Alert: {host} is {hstate} **",
                   "description": f"***** Nagios *****\n\nNotification Type: PROBLEM\nHost: {host}\n"
                                  f"State: {hstate}\nAddress: {addr}\nInfo: {output}\n\n"
                                  f"Date/Time: {when}"}
        else:
            labels = {"alertname": "nagios_host_problem", "host": host, "severity": "critical",
                      "source": "nagios"}
            ann = {"summary": f"{host} ({addr}) {hstate}: {output}"}
    elif shape == 0:
        # An OK line reaches the on-call as Nagios's RECOVERY notification (fixed after the first
        # classification run: the first version called it PROBLEM; label unchanged).
        kind = "RECOVERY" if state == "OK" else "PROBLEM"
        labels = {"alertname": service, "sender": "nagios", "host": host, "state": state,
                  "state_type": "HARD"}
        ann = {"summary": f"** {kind} Service Alert: {host}/{service} is {state} **",
               "description": f"***** Nagios *****\n\nNotification Type: {kind}\n\nService: "
                              f"{service}\nHost: {host}\nAddress: {addr}\nState: {state}\n\n"
                              f"Date/Time: {when}\n\nAdditional Info:\n\n{output}"}
    elif shape == 1:
        labels = {"alertname": "NagiosServiceProblem", "host": host, "service": service,
                  "severity": state.lower(), "attempt": "3/3"}
        ann = {"summary": f"{service} on {host} is {state}", "description": output}
    elif shape == 2:
        labels = {"alertname": "pagerduty_trigger", "source": host, "component": service,
                  "severity": "critical" if state == "CRITICAL" else "warning",
                  "integration": "nagios"}
        ann = {"summary": f"{state}: '{service}' on '{host}' is {state}", "message": output}
    else:
        labels = {"alertname": service.replace(" ", "_").lower(), "instance": host,
                  "monitor": "nagios", "state": state}
        ann = {"message": f"[nagios] {host} {service} {state} (HARD 3/3): {output}"}
    family.add(np(plugin, output), expected, f"nagios-plugins {plugin}: {why}", labels, ann,
               project=NP)


NAGIOS = [
    # plugin, expected, why, host, addr, service, state, output[, host_check]
    ("check_disk", "disk_full", "free space of a mount below threshold (rule 2)", "docker-node-11",
     "10.21.4.11", "Disk /var/lib/docker", "CRITICAL",
     "DISK CRITICAL - free space: /var/lib/docker 3120 MB (3.05% inode=71%);"
     "| /var/lib/docker=99112MB;81926;92167;0;102400"),
    ("check_disk", "disk_full", "free inodes of a mount below threshold (rule 2)", "mx-relay-2",
     "10.9.0.32", "Disk inodes /srv/maildir", "WARNING",
     "DISK WARNING - free space: /srv/maildir 52012 MB (48.80% inode=4%);"),
    ("check_disk", "disk_full", "one of two mounts nearly full (rule 2)", "syslog-01",
     "10.9.0.40", "Disk", "CRITICAL",
     "DISK CRITICAL - free space: / 6120 MB (31.00% inode=88%); /var/log 211 MB (1.04% inode=97%);"),
    ("check_swap", "out_of_memory", "swap nearly used up (rule 2)", "erp-app-3", "10.14.2.63",
     "Swap", "CRITICAL",
     "SWAP CRITICAL - 3% free (61 MB out of 2047 MB) |swap=61MB;409;204;0;2047"),
    ("check_swap", "out_of_memory", "swap mostly used (rule 2)", "jenkins-agent-7", "10.14.5.17",
     "Swap usage", "WARNING", "SWAP WARNING - 17% free (1392 MB out of 8191 MB) |swap=1392MB;1638;819;0;8191"),
    ("check_ping", "node_down", "host check: ICMP host unreachable (rule 11)", "branch-fw-17",
     "10.40.12.9", "", "CRITICAL", "CRITICAL - Host Unreachable (10.40.12.9)", True),
    ("check_ping", "node_down", "host check: network unreachable (rule 11)", "lab-esx-04",
     "172.20.3.15", "", "CRITICAL", "CRITICAL - Network Unreachable (172.20.3.15)", True),
    ("check_ping", None, "partial packet loss and RTA (link quality, rule 16; look-alike)",
     "wan-rtr-leeds", "10.250.1.6", "PING", "WARNING",
     "PING WARNING - Packet loss = 30%, RTA = 212.48 ms|rta=212.480000ms;200.000000;500.000000;0.000000 pl=30%;20;60;0"),
    ("check_ping", None, "round-trip time only (rule 16; look-alike)", "sat-link-oslo",
     "10.250.7.2", "PING", "CRITICAL", "PING CRITICAL - Packet loss = 0%, RTA = 612.30 ms"),
    ("check_http", "certificate_expiry", "certificate expires in days", "portal-lb-1",
     "10.3.0.10", "HTTPS cert portal.hexbridge.example", "WARNING",
     "WARNING - Certificate 'portal.hexbridge.example' expires in 12 day(s) (2026-12-16 08:14 +0000)."),
    ("check_smtp", "certificate_expiry", "certificate already expired", "mail-in-2",
     "10.3.0.25", "SMTP TLS certificate", "CRITICAL",
     "CRITICAL - Certificate 'mx2.ostravaops.example' expired on 2026-12-01 23:59 +0000."),
    ("check_http", "certificate_expiry", "certificate just expired", "ldap-proxy",
     "10.3.0.41", "LDAPS certificate", "CRITICAL",
     "CRITICAL - Certificate 'ldap.corp.hexbridge.example' just expired (2026-12-04 10:00 +0000)."),
    ("check_http", None, "certificate check back OK (rule 14; look-alike)", "vpn-portal",
     "10.3.0.50", "HTTPS cert vpn.hexbridge.example", "OK",
     "OK - Certificate 'vpn.hexbridge.example' will expire in 211 days on 2027-07-03 12:00 +0000."),
    ("check_http", None, "certificate hostname mismatch (not expiry; look-alike)", "intranet-web",
     "10.3.0.61", "HTTPS intranet", "CRITICAL", "CRITICAL - Hostname mismatch."),
    ("check_mysql", "replication_lag", "slave seconds behind master over threshold", "db-rep-02",
     "10.50.1.12", "MySQL slave lag", "CRITICAL",
     "SLOW_SLAVE CRITICAL: Slave IO: Yes Slave SQL: Yes Seconds Behind Master: 2417|"
     "'seconds behind master'=2417s;300;900"),
    ("check_mysql", "replication_lag", "slave seconds behind master over threshold", "db-rep-05",
     "10.50.1.15", "MySQL replication", "WARNING",
     "SLOW_SLAVE WARNING: Slave IO: Yes Slave SQL: Yes Seconds Behind Master: 412"),
    ("check_mysql", None, "SQL thread stopped: broken replication (rule 5; look-alike)",
     "db-rep-07", "10.50.1.17", "MySQL replication", "CRITICAL",
     "Slave IO: Yes Slave SQL: No Seconds Behind Master: NULL"),
    ("check_tcp", "node_down", "TCP connect refused (rule 11)", "pg-main-1", "10.30.4.21",
     "PostgreSQL port", "CRITICAL", "connect to address 10.30.4.21 and port 5432: Connection refused"),
    ("check_tcp", "node_down", "TCP connect refused (rule 11)", "redis-cache-3", "10.30.6.3",
     "Redis 6379", "CRITICAL", "connect to address 10.30.6.3 and port 6379: Connection refused"),
    ("check_dns", "node_down", "DNS server not answering, HARD state (rule 11)", "ns-int-1",
     "10.0.0.53", "DNS resolver", "CRITICAL", "No response from DNS 10.0.0.53"),
    ("check_dns", "node_down", "DNS server refused the connection (rule 11)", "ns-int-2",
     "10.0.0.54", "DNS resolver", "CRITICAL", "Connection to DNS 10.0.0.54 was refused"),
    ("check_dns", "dns_failure", "NXDOMAIN for a name that must resolve (rule 7)", "ns-int-1",
     "10.0.0.53", "DNS api.hexbridge.internal", "CRITICAL",
     "DNS CRITICAL - Probably a non-existent host/domain"),
    ("check_dns", "dns_failure", "query refused: resolution fails (decision)", "ns-branch-4",
     "10.44.0.53", "DNS lookup intranet", "CRITICAL",
     "Query was refused by DNS server at 10.44.0.53"),
    ("check_procs", "node_down", "no process of the daemon (rule 7)", "lb-edge-2", "10.2.0.12",
     "haproxy process", "CRITICAL",
     "PROCS CRITICAL: 0 processes with command name 'haproxy' | procs=0;1:;1:;0;"),
    ("check_procs", "node_down", "no process of the daemon (rule 7)", "ci-runner-9", "10.2.5.9",
     "Proc gitlab-runner", "CRITICAL", "PROCS CRITICAL: 0 processes with command name 'gitlab-runner'"),
    ("check_procs", None, "total process count (PIDs, rule 2; look-alike)", "build-host-3",
     "10.2.5.33", "Total Processes", "WARNING", "PROCS WARNING: 812 processes | procs=812;600;1000;0;"),
    ("check_load", None, "load average (rule 2; look-alike)", "render-node-8", "10.2.7.8",
     "Current Load", "CRITICAL", "CRITICAL - load average: 41.20, 38.77, 30.05|load1=41.200;15.000;30.000;0;"),
    ("check_ups", None, "UPS on battery (look-alike)", "ups-srvroom-a", "10.1.9.21", "UPS status",
     "WARNING", "UPS WARNING - Status=On Battery Utility=0.0V Batt=92.0% Load=41.0% |"),
    ("check_ups", None, "UPS data stale (monitor's own data, rule 16; look-alike)", "ups-srvroom-b",
     "10.1.9.22", "UPS status", "CRITICAL", "CRITICAL - UPS data is stale"),
    ("check_ntp_time", None, "clock offset (look-alike)", "kdc-02", "10.5.0.88", "NTP offset",
     "CRITICAL", "NTP CRITICAL: Offset 2.871034 secs|offset=2.871034s;60.000000;120.000000;"),
    ("check_apt", None, "package updates pending (look-alike)", "web-frontend-4", "10.8.1.4",
     "APT updates", "CRITICAL",
     "APT CRITICAL: 31 packages available for upgrade (6 critical updates). |available_upgrades=31;;;0 critical_updates=6;;;0"),
    ("check_smtp", "high_latency", "SMTP response time over threshold (decision)", "mail-out-1",
     "10.3.0.26", "SMTP", "WARNING",
     "SMTP WARNING - 7.412 sec. response time|time=7.412000s;5.000000;10.000000;0.000000"),
    ("check_http", "high_latency", "HTTP response time over threshold (decision)", "shop-web-2",
     "10.8.2.2", "HTTP shop", "CRITICAL",
     "HTTP CRITICAL: HTTP/1.1 200 OK - 48211 bytes in 11.204 second response time |time=11.204000s;4.000000;10.000000;0.000000"),
    ("check_http", "upstream_timeout", "the gateway's 504 on every retry, HARD state (rules 3, 10)",
     "api-gw-1", "10.8.3.1", "HTTP api orders", "CRITICAL",
     "HTTP CRITICAL: HTTP/1.1 504 Gateway Time-out - 562 bytes in 60.006 second response time"),
]


# --------------------------------------------------------------------------- Kibana action texts
def synthetics(n, expected, why, name, loc, url, mtype, error, src=KB_SYN):
    subject = f'"{name}" ({loc}) is down - Elastic Synthetics'
    body = (f'"{name}" is down from {loc}. - Elastic Synthetics\n\nDetails:\n\n- Monitor name: {name}  \n'
            f"- URL: {url}  \n- Monitor type: {mtype}  \n- Checked at: Dec 4, 2026 @ 0{n % 10}:1{n % 6}:07.212  \n"
            f"- From: {loc}  \n- Error received: {error}  \n")
    if n % 2:
        labels = {"alertname": "Synthetics monitor status", "rule_type": "xpack.synthetics.alerts.monitorStatus",
                  "monitor": name, "location": loc, "severity": "critical"}
        ann = {"subject": subject, "message": body}
    else:
        labels = {"alertname": f"{name} down", "kibana_rule": "Synthetics status", "service": name}
        ann = {"summary": subject, "description": body}
    family.add(src, expected, f"Kibana Synthetics monitor status: {why}", labels, ann, project=KB)


def uptime(n, expected, why, name, url, loc, status, error):
    labels = {"alertname": "Uptime monitor status", "rule_type": "xpack.uptime.alerts.monitorStatus",
              "monitor_id": name, "observer_location": loc}
    ann = {"summary": f"Monitor {name} with url {url} is down",
           "description": f"Monitor {name} with url {url} from {loc} {status} The latest error message "
                          f"is {error}, checked at Dec 4, 2026 @ 03:2{n % 10}:40.118"}
    family.add(KB_UP, expected, f"Kibana Uptime monitor status: {why}", labels, ann, project=KB)


def metric(n, expected, why, field, reason, group):
    shape = n % 3
    if shape == 0:
        # The rule's state word (messages.ts stateToAlertMessage) follows the reason; the first
        # version said ALERT for every reason (fixed after the first run; label unchanged).
        state = ("OK [Recovered]" if "is now" in reason else "NO DATA" if "no data" in reason
                 else "ERROR" if "failed when" in reason else "ALERT")
        labels = {"alertname": f"Metric threshold: {field}", "rule_type": "metrics.alert.threshold",
                  "host_name": group, "alert_state": state}
        ann = {"reason": reason}
    elif shape == 1:
        labels = {"alertname": "infra-threshold", "group": group, "severity": "warning",
                  "source": "kibana"}
        ann = {"summary": f"[ALERT] {field} on {group}", "message": reason}
    else:
        labels = {"alertname": "KibanaIndexConnector", "kibana.alert.rule.category": "Metric threshold",
                  "kibana.alert.instance.id": group}
        ann = {"kibana.alert.reason": reason}
    family.add(KB_MET, expected, f"Kibana Metrics threshold reason ({field}): {why}", labels, ann,
               project=KB)


def kibana():
    n = 0
    for exp, why, name, loc, url, mtype, err in [
        ("node_down", "monitor down, connection refused (rules 7, 11)", "checkout-api",
         "Europe - Frankfurt", "https://checkout.fernbeck.example/health", "http",
         'Get "https://checkout.fernbeck.example/health": dial tcp 10.8.4.12:443: connect: connection refused'),
        ("node_down", "browser monitor down, connection refused (rules 7, 11)", "storefront-journey",
         "US East", "https://www.fernbeck.example/", "browser",
         "page.goto: net::ERR_CONNECTION_REFUSED at https://www.fernbeck.example/"),
        ("node_down", "TCP monitor down, no route to host (rule 11)", "sftp-partner",
         "Asia/Pacific - Singapore", "tcp://sftp.fernbeck.example:22", "tcp",
         "dial tcp 203.0.113.44:22: connect: no route to host"),
        ("node_down", "ICMP monitor down (rule 7)", "core-switch-a", "Europe - London",
         "icmp://10.250.0.1", "icmp", "ping timeout"),
        ("certificate_expiry", "monitor down because the certificate expired (rule 1)", "partner-api",
         "Europe - Frankfurt", "https://partner.fernbeck.example/v2/ping", "http",
         'Get "https://partner.fernbeck.example/v2/ping": x509: certificate has expired or is not yet '
         "valid: current time 2026-12-04T03:11:02Z is after 2026-12-03T23:59:59Z"),
        ("dns_failure", "monitor down because the lookup failed (rule 1)", "payments-webhook",
         "US West", "https://hooks.quillmoor.example/status", "http",
         'Get "https://hooks.quillmoor.example/status": dial tcp: lookup hooks.quillmoor.example on '
         "10.0.0.2:53: no such host"),
    ]:
        synthetics(n, exp, why, name, loc, url, mtype, err)
        n += 1
    labels = {"alertname": "Synthetics monitor status", "rule_type": "xpack.synthetics.alerts.monitorStatus",
              "monitor": "checkout-api", "location": "Europe - Frankfurt", "status": "recovered"}
    family.add(KB_SYN, None, "Kibana Synthetics recovery message (rule 14; look-alike)", labels,
               {"subject": '"checkout-api" (Europe - Frankfurt) has recovered - Elastic Synthetics',
                "message": 'The alert for "checkout-api" from Europe - Frankfurt is no longer active: the '
                           "monitor is up again. - Elastic Synthetics\n\nDetails:\n\n- Monitor name: "
                           "checkout-api  \n- Monitor type: http  \n- From: Europe - Frankfurt  \n- Last "
                           "error received: connect: connection refused  \n"}, project=KB)
    uptime(1, "node_down", "monitor down, connection refused (rule 11)", "billing-health",
           "http://billing.int.fernbeck.example:8080/healthz", "eu-west-1", "is down.",
           'Get "http://billing.int.fernbeck.example:8080/healthz": dial tcp 10.12.0.8:8080: connect: connection refused')
    uptime(2, "node_down", "monitor down, host unreachable (rule 11)", "erp-gateway",
           "https://erp.int.fernbeck.example", "dc-north", "is down.",
           "dial tcp 10.12.3.4:443: connect: no route to host")
    family.add(KB_UP, None, "Kibana Uptime recovery message (rule 14; look-alike)",
               {"alertname": "Uptime monitor status", "rule_type": "xpack.uptime.alerts.monitorStatus",
                "monitor_id": "billing-health", "action_group": "recovered"},
               {"summary": "Monitor billing-health with url http://billing.int.fernbeck.example:8080/healthz has recovered",
                "description": "Alert for monitor billing-health with url http://billing.int.fernbeck.example:8080/healthz "
                               "from eu-west-1 has recovered"}, project=KB)
    family.add(KB_UP, "certificate_expiry", "Kibana Uptime TLS: certificate expiring",
               {"alertname": "Uptime TLS", "rule_type": "xpack.uptime.alerts.tlsCertificate",
                "common_name": "api.fernbeck.example", "severity": "warning"},
               {"message": "Detected TLS certificate api.fernbeck.example from issuer R11 is expiring. "
                           "Certificate expires on Dec 11, 2026 @ 06:00:00.000 in 7 days."}, project=KB)
    family.add(KB_UP, "certificate_expiry", "Kibana Uptime TLS: certificate expired",
               {"alertname": "tls-certs", "kibana_rule": "Uptime TLS", "service": "sso"},
               {"summary": "TLS certificate alert for sso.fernbeck.example",
                "description": "Detected TLS certificate sso.fernbeck.example from issuer Sectigo RSA Domain "
                               "Validation Secure Server CA is expired. Certificate expired on Dec 2, 2026 @ "
                               "23:59:59.000, 2 days ago."}, project=KB)
    family.add(KB_UP, None, "Kibana Uptime TLS recovery (rule 14; look-alike)",
               {"alertname": "Uptime TLS", "rule_type": "xpack.uptime.alerts.tlsCertificate",
                "common_name": "api.fernbeck.example", "action_group": "recovered"},
               {"message": "Alert for TLS certificate api.fernbeck.example from issuer R11 has recovered"},
               project=KB)
    family.add(KB_UP, "high_latency", "Kibana Uptime duration anomaly: abnormal response time",
               {"alertname": "Uptime Duration Anomaly", "rule_type": "xpack.uptime.alerts.durationAnomaly",
                "monitor": "search-api", "severity": "major"},
               {"message": "Abnormal (major level) response time detected on search-api with url "
                           "https://search.fernbeck.example/q?probe=1 at Dec 4, 2026 @ 02:40:00.000. Anomaly "
                           "severity score is 78.\nResponse times as high as 9.4 s have been detected from "
                           "location eu-west-1. Expected response time is 420 ms."}, project=KB)
    family.add(KB_UP, "high_latency", "Kibana Uptime duration anomaly: abnormal response time",
               {"alertname": "search-latency-anomaly", "kibana_rule": "Uptime Duration Anomaly",
                "service": "catalog"},
               {"summary": "Abnormal (critical level) response time detected on catalog-browse",
                "description": "Abnormal (critical level) response time detected on catalog-browse with url "
                               "https://shop.fernbeck.example/c/all at Dec 4, 2026 @ 04:05:00.000. Anomaly "
                               "severity score is 93.\nResponse times as high as 14.2 s have been detected "
                               "from location us-east-1. Expected response time is 610 ms."}, project=KB)
    family.add(KB_UP, None, "Kibana Uptime duration anomaly recovery (rule 14; look-alike)",
               {"alertname": "Uptime Duration Anomaly", "rule_type": "xpack.uptime.alerts.durationAnomaly",
                "monitor": "search-api", "action_group": "recovered"},
               {"message": "Alert for abnormal (major level) response time detected on monitor search-api "
                           "with url https://search.fernbeck.example/q?probe=1 from location eu-west-1 at "
                           "Dec 4, 2026 @ 02:40:00.000 has recovered"}, project=KB)

    for exp, why, rule_type, name, reason, extra in [
        ("high_error_rate", "failed transaction rate over threshold (rule 4)", "apm.transaction_error_rate",
         "Failed transaction rate threshold",
         "Failed transactions is 12.4% in the last 5 mins for service: checkout, env: production, type: "
         "request. Alert when > 5.0%.", None),
        ("high_error_rate", "failed transaction rate over threshold (rule 4)", "apm.transaction_error_rate",
         "Failed transaction rate threshold",
         "Failed transactions is 31% in the last 1 min for service: ledger-api, env: prod-eu, type: "
         "request, name: POST /v1/postings. Alert when > 10%.", None),
        ("high_latency", "p95 latency over threshold (rule 4)", "apm.transaction_duration", "Latency threshold",
         "95th latency is 3,210 ms in the last 5 mins for service: search-api, env: production, type: "
         "request. Alert when > 1,500 ms.", None),
        ("high_latency", "average latency over threshold (rule 4)", "apm.transaction_duration", "Latency threshold",
         "Avg. latency is 1.8 s in the last 10 mins for service: invoice-render, env: staging, type: "
         "request. Alert when > 800 ms.", None),
        (None, "count of captured errors, no error text (rule 8; look-alike)", "apm.error_rate",
         "Error count threshold",
         "Error count is 57 in the last 5 mins for service: notifier, env: production. Alert when > 25.", None),
        ("upstream_timeout", "error count quoting a read timeout (rules 1, 13)", "apm.error_rate",
         "Error count threshold",
         "Error count is 212 in the last 5 mins for service: quote-engine, env: production, error key: "
         "4c1f0e9a. Alert when > 50.",
         "java.net.SocketTimeoutException: Read timed out (calling http://pricing.int:8080/v3/price)"),
    ]:
        labels = {"alertname": name, "rule_type": rule_type, "severity": "critical",
                  "kibana_space": "default"}
        ann = {"reason": reason}
        if extra:
            ann["error_grouping_name"] = extra
        family.add(KB_APM, exp, f"Kibana APM rule '{name}': {why}", labels, ann, project=KB)

    m = 0
    for exp, why, field, reason, group in [
        ("disk_full", "filesystem used over threshold (rule 2)", "system.filesystem.used.pct",
         "system.filesystem.used.pct is 96.4% in the last 5 mins for es-hot-04. Alert when > 90%.", "es-hot-04"),
        ("disk_full", "filesystem free under threshold (rule 2)", "system.filesystem.free",
         "system.filesystem.free is 1.2 GB in the last 10 mins for ingest-02. Alert when < 5 GB.", "ingest-02"),
        ("out_of_memory", "memory used over threshold (rule 2)", "system.memory.actual.used.pct",
         "system.memory.actual.used.pct is 97.1% in the last 5 mins for kafka-03. Alert when > 95%.", "kafka-03"),
        ("out_of_memory", "swap used over threshold (rule 2)", "system.memory.swap.used.pct",
         "system.memory.swap.used.pct is 88% in the last 15 mins for legacy-erp-1. Alert when > 80%.", "legacy-erp-1"),
        ("out_of_memory", "pod memory against its limit (rule 2)", "kubernetes.pod.memory.usage.limit.pct",
         "kubernetes.pod.memory.usage.limit.pct is 99.2% in the last 5 mins for search-indexer-7c9f4. "
         "Alert when > 95%.", "search-indexer-7c9f4"),
        ("queue_backlog", "ready messages over threshold (rule 4)", "rabbitmq.queue.messages.ready.count",
         "rabbitmq.queue.messages.ready.count is 184,220 in the last 10 mins for orders.created. "
         "Alert when > 50,000.", "orders.created"),
        ("queue_backlog", "consumer lag over threshold (rule 4)", "kafka.consumergroup.consumer_lag",
         "kafka.consumergroup.consumer_lag is 1,204,551 in the last 5 mins for billing-consumers. "
         "Alert when > 100,000.", "billing-consumers"),
        ("high_latency", "backend response time over threshold (rule 4)", "haproxy.stat.response.time.avg",
         "haproxy.stat.response.time.avg is 2,410 in the last 5 mins for be_checkout. Alert when > 800.",
         "be_checkout"),
        (None, "load (rule 2; look-alike)", "system.load.5",
         "system.load.5 is 22.1 in the last 5 mins for build-03. Alert when > 16.", "build-03"),
        (None, "CPU (rule 2; look-alike)", "system.cpu.total.norm.pct",
         "system.cpu.total.norm.pct is 97% in the last 10 mins for transcoder-2. Alert when > 90%.", "transcoder-2"),
        (None, "no data for a filesystem metric (rule 8; look-alike)", "system.filesystem.used.pct",
         "system.filesystem.used.pct reported no data in the last 5m for es-warm-02", "es-warm-02"),
        (None, "the monitor's own query failed (rule 16; look-alike)", "system.memory.actual.used.pct",
         "Elasticsearch failed when attempting to query data for system.memory.actual.used.pct", "all hosts"),
        (None, "recovered below threshold (rule 14; look-alike)", "system.filesystem.used.pct",
         "system.filesystem.used.pct is now below a threshold of 90% (current value is 71.2%) for es-hot-04",
         "es-hot-04"),
        (None, "network bandwidth (rule 2; look-alike)", "system.network.in.bytes",
         "system.network.in.bytes is 1.1 GB in the last 5 mins for edge-proxy-1. Alert when > 800 MB.", "edge-proxy-1"),
        (None, "disk I/O latency (rule 5; look-alike)", "system.diskio.iostat.await",
         "system.diskio.iostat.await is 48.3 in the last 5 mins for pg-main-1. Alert when > 20.", "pg-main-1"),
    ]:
        metric(m, exp, why, field, reason, group)
        m += 1


# ------------------------------------------------------------------------ LibreNMS default rules
def librenms(n, expected, why, rule, host, faults, severity="critical"):
    if n % 2:
        labels = {"alertname": rule, "hostname": host, "severity": severity, "sender": "librenms"}
        ann = {"summary": f"LibreNMS #{4100 + n}: {rule} on {host}", "description": faults}
    else:
        labels = {"alertname": "librenms_alert", "rule": rule, "device": host, "severity": severity}
        ann = {"message": f":red_circle: *{rule}* — {host}\n{faults}"}
    family.add(LN, expected, f"LibreNMS rule '{rule}': {why}", labels, ann, project="librenms/librenms")


def librenms_rules():
    n = 0
    for exp, why, rule, host, faults, sev in [
        (None, "a port going down is a link (rule 9)", "Port status change from up to down",
         "access-sw-14", "#1: ifDescr => GigabitEthernet1/0/24; ifAlias => uplink-printer-3; "
         "ifOperStatus => down; ifOperStatus_prev => up", "warning"),
        (None, "interface error rate (rule 16)", "Interface Errors Rate greater than 100",
         "dist-sw-02", "#1: ifDescr => TenGigabitEthernet1/1/2; ifInErrors_rate => 412; ifOutErrors_rate => 0",
         "warning"),
        (None, "BGP peer not established (rules 5, 11)", "BGP Session down", "edge-rtr-ams-2",
         "#1: bgpPeerIdentifier => 198.51.100.17; bgpPeerRemoteAs => 64512; bgpPeerState => active",
         "critical"),
        (None, "IS-IS adjacency (rule 9)", "ISIS Adjacency down", "core-rtr-1",
         "#1: isisISAdjIPAddrAddress => 10.255.1.2; isisISAdjState => down", "critical"),
        (None, "UPS on battery (look-alike)", "APC UPS Switched to Battery Power", "ups-dc1-a",
         "#1: sensor_descr => Output Status; sensor_current => 3 (onBattery)", "critical"),
        (None, "fan fault (look-alike)", "HP Procurve Fan Fault", "closet-sw-3",
         "#1: sensor_descr => Fan Sensor; sensor_current => 2 (bad)", "warning"),
        (None, "RAID degraded (look-alike)", "Synology NAS has a bad RAID status", "nas-backup-1",
         "#1: sensor_descr => Volume 1 RAID status; sensor_current => 11 (Degrade)", "critical"),
        (None, "ARP table full is not storage (rule 17)", "Syslog, ARP table is full check on device ",
         "fw-branch-9", "#1: msg => %ARP-4-TABLEFULL: arp table is full, new entries dropped", "warning"),
        (None, "cluster status red (rule 5)", "Opensearch/Elasticsearch Cluster Status Red", "logs-os-1",
         "#1: app_type => opensearch; metric => .status; value => 2", "critical"),
        (None, "HA failover (planned or not, no outage named; look-alike)",
         "Palo Alto Networks passive firewall changed to active", "pa-fw-b",
         "#1: sensor_descr => HA State; sensor_current => 1 (active); sensor_prev => 2 (passive)", "warning"),
        (None, "device rebooted: one restart (rule 7)", "Device rebooted", "poe-sw-22",
         "#1: uptime => 142", "warning"),
        # LibreNMS services run nagios-plugins checks; the line decides.
        ("node_down", "service check: TCP connect refused (rule 11)", "Service up/down", "ldap-02",
         "#1: service_type => tcp; service_message => connect to address 10.5.0.22 and port 636: "
         "Connection refused", "critical"),
        ("disk_full", "service check: free space below threshold (rule 2)", "Service critical", "backup-srv-1",
         "#1: service_type => disk; service_message => DISK CRITICAL - free space: /backup 9215 MB "
         "(0.90% inode=99%);", "critical"),
        ("replication_lag", "service check: SLOW_SLAVE (rule 4)", "Service critical", "db-rep-09",
         "#1: service_type => mysql; service_message => SLOW_SLAVE CRITICAL: Slave IO: Yes Slave SQL: Yes "
         "Seconds Behind Master: 5302", "critical"),
    ]:
        librenms(n, exp, why, rule, host, faults, sev)
        n += 1


def main():
    for i, row in enumerate(NAGIOS):
        nagios(i, *row)
    kibana()
    librenms_rules()
    family.write()


if __name__ == "__main__":
    main()
