#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_plugins25.jsonl: monitoring-plugin and vendor check outputs
as alert texts. A plugin's status line (Nagios/Naemon/Icinga plugins, Sensu plugins, PRTG sensor
messages, Kapacitor TICKscript alerts) reaches Alertmanager through a bridge that sets the host,
the service description and the state as labels and carries the plugin output as an annotation.

Sources (strings quoted as the sources print them, at the commits below): nagios-plugins
(check_dns, check_ping, check_disk, check_swap, check_procs, check_mailq, sslutils),
nagios-plugins-rabbitmq (check_rabbitmq_queue/_server/_watermark), PaesslerAG's PRTG Python
Mini Probe sensors, lausser's check_oracle_health and check_mysql_health, sensu-plugins-resque,
influxdata/kapacitor's TICKscript examples.

Look-alikes that must stay null: OK lines ("DISK OK", "PING OK - Packet loss = 0%", "DNS OK",
"SWAP OK", "PROCS OK", "All queues under the thresholds"), UNKNOWN lines for a bad argument or
a monitor's own failure, usage text, dead-letter queues, process-limit utilisation, a non-
authoritative answer that still resolved.

Labels were decided from each output's meaning under POLICY.md before the classifier ran on the
file. Hosts, services, addresses, values, dates and the frames are made up; the output strings are
the sources' own at the commits below.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_plugins25.jsonl")

NP = "nagios-plugins/nagios-plugins"
NP_COMMIT = "8852bf48d5a190df3ca32da253ee4ddf38c35e16"


def np(path):
    return (NP, path, NP_COMMIT)


# --- Frames (our own) ----------------------------------------------------------------------------

def nagios_svc(host, service, state, output, attempt="3/3"):
    """A Nagios/Naemon -> Alertmanager bridge: a service problem, the plugin output as annotation."""
    return ({"alertname": "NagiosServiceProblem", "host": host, "service": service, "state": state,
             "state_type": "HARD", "attempt": attempt, "severity": state.lower(), "source": "nagios"},
            {"summary": f"{service} on {host} is {state}", "plugin_output": output})


def nagios_host(host, state, output, address):
    """The same bridge for a host check."""
    return ({"alertname": "NagiosHostProblem", "host": host, "address": address, "state": state,
             "state_type": "HARD", "severity": "critical", "source": "nagios"},
            {"summary": f"Host {host} is {state}", "plugin_output": output})


def icinga_svc(host, service, state, command, output):
    """An Icinga 2 notification command posting to Alertmanager."""
    return ({"alertname": "IcingaServiceNotification", "icinga_host": host, "icinga_service": service,
             "icinga_state": state, "check_command": command, "notification_type": "PROBLEM",
             "severity": "critical" if state == "CRITICAL" else state.lower()},
            {"summary": f"[{state}] {host}!{service}", "output": output})


def sensu(entity, check, status, output):
    """A Sensu event handler forwarding a check event to Alertmanager."""
    return ({"alertname": "SensuCheckFailing", "entity": entity, "check": check, "status": str(status),
             "sender": "sensu"},
            {"output": output})


# --- nagios-plugins: check_dns ---------------------------------------------------------------------

family.add(np("plugins/check_dns.c"), "dns_failure",
           "nagios-plugins check_dns: \"Domain ... was not found by the server\" (NXDOMAIN, rule 7)",
           *nagios_svc("app-web-04", "DNS lookup shop-api", "CRITICAL",
                       "Domain shop-api.svc.corp.example was not found by the server"))
family.add(np("plugins/check_dns.c"), "dns_failure",
           "nagios-plugins check_dns: \"DNS failure for\" (nslookup's \"Server failure\", SERVFAIL, rule 7)",
           *icinga_svc("mail-gw-2", "dns-resolve-mx", "CRITICAL", "dns",
                       "DNS failure for 10.20.0.53"))
family.add(np("plugins/check_dns.c"), "dns_failure",
           "nagios-plugins check_dns: \"Connection to DNS ... timed out\" on a client's lookup (a lookup timing out, rule 13)",
           *nagios_svc("batch-07", "Resolve ldap.corp.example", "CRITICAL",
                       "Connection to DNS 10.20.0.54 timed out"))
family.add(np("plugins/check_dns.c"), "high_latency",
           "nagios-plugins check_dns: a slow answer over the time threshold (DNS latency is latency, rule 4)",
           *nagios_svc("edge-proxy-3", "DNS www", "WARNING",
                       "DNS WARNING: 2.412 seconds response time. www.shop.example returns 203.0.113.40|time=2.412341s;2.000000;5.000000;0.000000"))
family.add(np("plugins/check_dns.c"), None,
           "nagios-plugins check_dns: DNS OK line (nothing wrong, rule 14)",
           *icinga_svc("ns-int-1", "dns-intranet", "OK", "dns",
                       "DNS OK: 0.021 seconds response time. intranet.corp.example returns 10.1.2.3|time=0.021107s;;;0.000000"))
family.add(np("plugins/check_dns.c"), None,
           "nagios-plugins check_dns: a non-authoritative answer with -A (the name resolved; policy decision)",
           *nagios_svc("ns-ext-2", "DNS authority corp.example", "CRITICAL",
                       "DNS CRITICAL - server 198.51.100.53 is not authoritative for corp.example"))
family.add(np("plugins/check_dns.c"), None,
           "nagios-plugins check_dns: UNKNOWN for a bad -q argument (a check's own misconfiguration)",
           *nagios_svc("ns-int-1", "DNS SRV ldap", "UNKNOWN",
                       "Missing valid querytype parameter.  Try using 'A' or 'AAAA' or 'SRV' or 'ANY'"))

# --- nagios-plugins: check_ping -------------------------------------------------------------------

family.add(np("plugins/check_ping.c"), "dns_failure",
           "nagios-plugins check_ping: \"Host not found\" (ping's \"unknown host\": the name did not resolve, rule 13)",
           *nagios_host("db-legacy-2", "DOWN", "CRITICAL - Host not found (db-legacy-2.corp.example)",
                        "db-legacy-2.corp.example"))
family.add(np("plugins/check_ping.c"), "node_down",
           "nagios-plugins check_ping: \"Destination Unreachable\" (host unreachable, rule 4)",
           *nagios_host("store-kiosk-118", "DOWN", "CRITICAL - Destination Unreachable (10.118.0.21)",
                        "10.118.0.21"))
family.add(np("plugins/check_ping.c"), None,
           "nagios-plugins check_ping: PING OK with no loss (nothing wrong)",
           *nagios_host("fw-core-1", "UP", "PING OK - Packet loss = 0%, RTA = 0.52 ms|rta=0.520000ms;3000.000000;5000.000000;0.000000 pl=0%;80;100;0",
                        "10.0.0.1"))

# --- nagios-plugins: check_disk, check_swap, check_procs ------------------------------------------

family.add(np("plugins/check_disk.c"), "disk_full",
           "nagios-plugins check_disk: inodes nearly exhausted (inode=1%, rule 2)",
           *nagios_svc("mx-relay-4", "Disk /var/spool/postfix", "CRITICAL",
                       "DISK CRITICAL - free space: /var/spool/postfix 18211 MB (71% inode=1%);| /var/spool/postfix=7388MB;20479;23039;0;25599"))
family.add(np("plugins/check_disk.c"), None,
           "nagios-plugins check_disk: DISK OK line (free space is fine)",
           *icinga_svc("git-01", "disk /", "OK", "disk",
                       "DISK OK - free space: / 31208 MB (64% inode=92%);| /=17544MB;39001;43876;0;48752"))
family.add(np("plugins/check_disk.c"), None,
           "nagios-plugins check_disk: INPUT ERROR, no thresholds (the check's own misconfiguration)",
           *nagios_svc("hv-lab-3", "Disk usage", "UNKNOWN", "INPUT ERROR: No thresholds specified"))
family.add(np("plugins/check_swap.c"), None,
           "nagios-plugins check_swap: SWAP OK line (swap nearly all free)",
           *nagios_svc("erp-app-1", "Swap", "OK",
                       "SWAP OK - 97% free (7950 MB out of 8191 MB) |swap=7950MB;1638;819;0;8191"))
family.add(np("plugins/check_procs.c"), "node_down",
           "nagios-plugins check_procs: zero processes with the given args (a process not running, rule 7)",
           *nagios_svc("tomcat-eu-2", "Tomcat process", "CRITICAL",
                       "PROCS CRITICAL: 0 processes with args 'org.apache.catalina.startup.Bootstrap' | procs=0;1:;1:;0;"))
family.add(np("plugins/check_procs.c"), None,
           "nagios-plugins check_procs: PROCS OK with the expected count",
           *icinga_svc("pg-main-2", "procs postgres", "OK", "procs",
                       "PROCS OK: 14 processes with command name 'postgres' | procs=14;1:;1:;0;"))

# --- nagios-plugins: sslutils (check_http -C) ------------------------------------------------------

family.add(np("plugins/sslutils.c"), "certificate_expiry",
           "nagios-plugins sslutils: certificate expires within hours (rule 1)",
           *nagios_svc("vpn-gw-1", "HTTPS certificate vpn", "CRITICAL",
                       "CRITICAL - Certificate 'vpn.corp.example' expires in 6 hours (2026-12-05 14:00 +0000/UTC)"))

# --- nagios-plugins: check_mailq -----------------------------------------------------------------

family.add(np("plugins-scripts/check_mailq.pl"), "queue_backlog",
           "nagios-plugins check_mailq: sendmail queue over the warning threshold (work waiting, rule 4)",
           *nagios_svc("smtp-out-3", "Mail queue", "WARNING", "WARNING: sendmail mailq is 142 (threshold w = 100)"))
family.add(np("plugins-scripts/check_mailq.pl"), None,
           "nagios-plugins check_mailq: queue below thresholds (nothing wrong)",
           *nagios_svc("smtp-out-1", "Mail queue", "OK", "OK: postfix mailq (12) is below threshold (100/500)"))
family.add(np("plugins-scripts/check_mailq.pl"), None,
           "nagios-plugins check_mailq: the check timed out running mailq (the monitor's own failure, rule 16)",
           *nagios_svc("smtp-in-2", "Mail queue", "UNKNOWN", "ERROR: timed out waiting for /usr/bin/mailq"))

# --- nagios-plugins-rabbitmq ----------------------------------------------------------------------

RMQ = "nagios-plugins-rabbitmq/nagios-plugins-rabbitmq"
RMQ_COMMIT = "bc20bf810660b96a7b24ecdb058a666e941c6cea"


def rmq(script):
    return (RMQ, f"scripts/{script}", RMQ_COMMIT)


family.add(rmq("check_rabbitmq_queue"), "queue_backlog",
           "check_rabbitmq_queue: messages and messages_ready over critical (messages waiting, rule 4)",
           *nagios_svc("mq-prod-1", "RabbitMQ queue billing.events", "CRITICAL",
                       "RABBITMQ_QUEUE CRITICAL - messages CRITICAL (48211), messages_ready CRITICAL (47990), "
                       "messages_unacknowledged OK (221), consumers OK (4) | messages=48211;10000;20000 "
                       "messages_ready=47990;10000;20000 messages_unacknowledged=221;1000;2000 consumers=4;;"))
family.add(rmq("check_rabbitmq_queue"), "queue_backlog",
           "check_rabbitmq_queue --queue all: one queue's ready messages over warning (rule 4)",
           *icinga_svc("mq-prod-2", "rabbitmq-queues", "WARNING", "rabbitmq_queue",
                       "RABBITMQ_QUEUE WARNING - invoice.render : messages WARNING (5230), "
                       "invoice.render : messages_ready WARNING (5210)"))
family.add(rmq("check_rabbitmq_queue"), "queue_backlog",
           "check_rabbitmq_queue: unacknowledged messages over critical (unacked messages, rule 4)",
           *nagios_svc("mq-prod-3", "RabbitMQ queue thumbnails", "CRITICAL",
                       "RABBITMQ_QUEUE CRITICAL - messages_unacknowledged CRITICAL (12004), messages OK (12310), "
                       "messages_ready OK (306), consumers OK (2)"))
family.add(rmq("check_rabbitmq_queue"), None,
           "check_rabbitmq_queue --filter dlq: a dead-letter queue's count (dead-lettered messages, rule 12)",
           *nagios_svc("mq-prod-1", "RabbitMQ dead-letter queues", "CRITICAL",
                       "RABBITMQ_QUEUE CRITICAL - orders.dlq : messages CRITICAL (1893), "
                       "orders.dlq : messages_ready CRITICAL (1893)"))
family.add(rmq("check_rabbitmq_queue"), None,
           "check_rabbitmq_queue: all queues under the thresholds (nothing wrong)",
           *icinga_svc("mq-stage-1", "rabbitmq-queues", "OK", "rabbitmq_queue",
                       "RABBITMQ_QUEUE OK - All queues under the thresholds"))
family.add(rmq("check_rabbitmq_server"), "out_of_memory",
           "check_rabbitmq_server: memory used against the node's mem_limit over critical (rule 2)",
           *nagios_svc("mq-prod-2", "RabbitMQ server", "CRITICAL",
                       "RABBITMQ_SERVER CRITICAL - Memory CRITICAL (93.41%), Process OK (0.62%), FD OK (4.10%), "
                       "Sockets OK (1.95%) | Memory=93.41%;80;90 Process=0.62%;80;90 FD=4.10%;80;90 Sockets=1.95%;80;90"))
family.add(rmq("check_rabbitmq_server"), "fd_exhaustion",
           "check_rabbitmq_server: file descriptors used against fd_total over warning (open-file utilisation, rule 2)",
           *icinga_svc("mq-prod-3", "rabbitmq-server", "WARNING", "rabbitmq_server",
                       "RABBITMQ_SERVER WARNING - FD WARNING (87.20%), Memory OK (41.03%), Process OK (1.12%), "
                       "Sockets OK (12.40%)"))
family.add(rmq("check_rabbitmq_server"), None,
           "check_rabbitmq_server: Erlang process count against proc_total (process-limit utilisation, rule 16)",
           *nagios_svc("mq-prod-1", "RabbitMQ server", "CRITICAL",
                       "RABBITMQ_SERVER CRITICAL - Process CRITICAL (91.07%), Memory OK (38.50%), FD OK (6.75%), "
                       "Sockets OK (3.10%)"))
family.add(rmq("check_rabbitmq_server"), "node_down",
           "check_rabbitmq_server: the management API reports the node not running (a node down, rule 4)",
           *nagios_svc("mq-prod-2", "RabbitMQ server", "CRITICAL",
                       "RABBITMQ_SERVER CRITICAL - Not running: nodes/rabbit@mq-prod-2"))
family.add(rmq("check_rabbitmq_server"), None,
           "check_rabbitmq_server: every measure OK (nothing wrong)",
           *icinga_svc("mq-stage-1", "rabbitmq-server", "OK", "rabbitmq_server",
                       "RABBITMQ_SERVER OK - Memory OK (6.19%), Process OK (0.01%), FD OK (2.53%), Sockets OK (0.86%)"))
family.add(rmq("check_rabbitmq_aliveness"), None,
           "check_rabbitmq_aliveness: the vhost's aliveness test passed (nothing wrong)",
           *nagios_svc("mq-prod-1", "RabbitMQ aliveness /", "OK", "RABBITMQ_ALIVENESS OK - vhost: /"))

# --- PRTG Python Mini Probe (PaesslerAG) ----------------------------------------------------------

PRTG = "PaesslerAG/PythonMiniProbe"
PRTG_COMMIT = "110b53756d988a5cd2bead8cfbcaa315f665c226"


def prtg_src(sensor):
    return (PRTG, f"miniprobe/sensors/{sensor}.py", PRTG_COMMIT)


def prtg(device, sensor, status, message):
    """A PRTG notification (HTTP action) relayed to Alertmanager: the sensor's last message."""
    return ({"alertname": "PrtgSensorState", "device": device, "sensor": sensor, "status": status,
             "probe": "Python Mini Probe (branch-ffm)", "severity": "critical" if status == "Down" else "info"},
            {"summary": f"{device} {sensor} {status}", "message": message})


family.add(prtg_src("ping"), "node_down",
           "PRTG Mini Probe Ping sensor: \"<host> is Not reachable!\" (no ping answer, rule 4)",
           *prtg("pos-terminal-12", "Ping", "Down", "pos-terminal-12.ffm.corp.example is Not reachable!"))
family.add(prtg_src("ping"), None,
           "PRTG Mini Probe Ping sensor: OK (nothing wrong)",
           *prtg("pos-terminal-14", "Ping", "Up", "OK"))
family.add(prtg_src("http"), None,
           "PRTG Mini Probe HTTP sensor: \"OK Status Code: 200\" (nothing wrong)",
           *prtg("intranet-ffm", "HTTP intranet", "Up", "OK Status Code: 200"))
family.add(prtg_src("probehealth"), None,
           "PRTG Mini Probe Probe Health sensor failed (the monitor's own failure, rule 16)",
           *prtg("miniprobe-ffm", "Probe Health", "Down", "Probe Health sensor failed. See log for details"))

# --- check_oracle_health (lausser) ----------------------------------------------------------------

ORA = "lausser/check_oracle_health"
ORA_COMMIT = "4bf20a38be3d4934c00da6845cf29ab648e09e65"


def ora(path):
    return (ORA, f"plugins-scripts/Nagios/DBD/Oracle/Server/{path}", ORA_COMMIT)


family.add(ora("Database/Tablespace.pm"), "disk_full",
           "check_oracle_health tablespace-usage: \"tbs USERS usage is 98.71%\" (a tablespace near full, rule 16)",
           *nagios_svc("ora-erp-1", "Oracle tablespace USERS", "CRITICAL",
                       "CRITICAL - tbs USERS usage is 98.71% | 'tbs_users_usage_pct'=98.71%;90;98 'tbs_users_usage'=31588MB;28800;31360;0;32000 'tbs_users_alloc'=32000MB;;;0;32000"))
family.add(ora("Database/Tablespace.pm"), "disk_full",
           "check_oracle_health tablespace-free: \"tbs APP_DATA has 4.12% free space left\" (rule 16)",
           *icinga_svc("ora-crm-2", "oracle-tbs-app_data", "WARNING", "oracle_health",
                       "WARNING - tbs APP_DATA has 4.12% free space left"))
family.add(ora("Database/FlashRecoveryArea.pm"), "disk_full",
           "check_oracle_health flash-recovery-area-usage: the recovery area near full (storage capacity, rule 2)",
           *nagios_svc("ora-erp-1", "Oracle FRA", "CRITICAL",
                       "CRITICAL - flra (/u03/fast_recovery_area) usage is 97.40%"))
family.add(ora("Instance/SGA/SharedPool.pm"), "out_of_memory",
           "check_oracle_health sga-shared-pool-free: shared pool free below its floor (a database memory area, rule 16)",
           *nagios_svc("ora-crm-2", "Oracle SGA shared pool", "CRITICAL",
                       "CRITICAL - SGA shared pool free 3.12% | sga_shared_pool_free=3.12%;10:;5:"))
family.add(("lausser/check_oracle_health", "plugins-scripts/Nagios/DBD/Oracle/Server.pm", ORA_COMMIT), "high_latency",
           "check_oracle_health connection-time: seconds to log in over the critical threshold (a response time, rule 4; policy decision)",
           *icinga_svc("ora-dwh-1", "oracle-connection-time", "CRITICAL", "oracle_health",
                       "CRITICAL - 12.41 seconds to connect as NAGIOS | connection_time=12.4107;1;5"))
family.add(ora("Instance.pm"), None,
           "check_oracle_health rman-backup-problems: failed backups (rule 10)",
           *nagios_svc("ora-crm-2", "Oracle RMAN backups", "CRITICAL",
                       "CRITICAL - rman had 3 problems during the last 3 days | rman_backup_problems=3;1;2"))

# --- check_mysql_health (lausser) -----------------------------------------------------------------

MY = "lausser/check_mysql_health"
MY_COMMIT = "ad90395e08beb1e24c428a056d81bfb7c624c929"


def my(path):
    return (MY, f"plugins-scripts/Nagios/DBD/MySQL/Server/{path}", MY_COMMIT)


family.add(my("Instance.pm"), "fd_exhaustion",
           "check_mysql_health open-files: open files against open_files_limit (rule 2)",
           *nagios_svc("mysql-shop-1", "MySQL open files", "CRITICAL",
                       "CRITICAL - 96.12% of the open files limit reached (7874 of max. 8192) | pct_open_files=96.12%;80;95 open_files=7874;6553;7782;0;8192"))
family.add(my("Instance/Replication.pm"), "replication_lag",
           "check_mysql_health slave-lag: \"Slave is N seconds behind master\" (replication lag, rule 7)",
           *icinga_svc("mysql-shop-2", "mysql-slave-lag", "CRITICAL", "mysql_health",
                       "CRITICAL - Slave is 1820 seconds behind master | slave_lag=1820;10;20"))
family.add(my("Instance.pm"), "high_latency",
           "check_mysql_health slow-queries: slow queries per second over threshold (slow queries, rule 4)",
           *nagios_svc("mysql-crm-1", "MySQL slow queries", "WARNING",
                       "WARNING - 37 slow queries in 300 seconds (0.12/sec) | slow_queries_rate=0.12%;0.1;1"))
family.add(my("Instance.pm"), None,
           "check_mysql_health tmp-disk-tables: temporary tables created on disk (a query-plan ratio, not free space)",
           *nagios_svc("mysql-crm-1", "MySQL tmp disk tables", "CRITICAL",
                       "CRITICAL - 45.12% of 1223 tables were created on disk | pct_tmp_table_on_disk=45.12%;25;50"))
family.add(my("Instance.pm"), None,
           "check_mysql_health qcache-hitrate: the query cache turned off (a setting, rule 9)",
           *icinga_svc("mysql-shop-1", "mysql-qcache-hitrate", "CRITICAL", "mysql_health",
                       "CRITICAL - query cache hitrate 0.00% (because it's turned off) | qcache_hitrate=0.00%;90:;80:"))
family.add(my("Instance.pm"), None,
           "check_mysql_health table-fragmentation: a fragmented table (space to reclaim, not a full disk)",
           *nagios_svc("mysql-shop-2", "MySQL table fragmentation", "WARNING",
                       "WARNING - table shop.order_items is 38.20% fragmented"))

# --- Kapacitor TICKscript examples (influxdata/kapacitor examples/telegraf) ------------------------

KAP = "influxdata/kapacitor"
KAP_COMMIT = "7702d12d3565322d70a8b88273b218e6f11f8ab6"


def kap_src(path):
    return (KAP, f"examples/telegraf/{path}", KAP_COMMIT)


def kapacitor(task, alert_id, level, host, message):
    """A Kapacitor alert event posted to Alertmanager by an HTTP post handler."""
    return ({"alertname": task, "id": alert_id, "level": level, "host": host, "source": "kapacitor"},
            {"message": message})


family.add(kap_src("disk/disk_alert_stream.tick"), "disk_full",
           "Kapacitor disk_alert_stream: mean disk used_percent over crit (disk capacity, rule 2)",
           *kapacitor("disk_alert_stream", "influx-02/disk_used/var/lib/influxdb", "CRITICAL", "influx-02",
                      "influx-02/disk_used/var/lib/influxdb:93.41"))
family.add(kap_src("disk/disk_alert_stream.tick"), None,
           "Kapacitor disk_alert_stream: the same alert back at OK (recovery, rule 14)",
           *kapacitor("disk_alert_stream", "influx-02/disk_used/var/lib/influxdb", "OK", "influx-02",
                      "influx-02/disk_used/var/lib/influxdb:71.02"))
family.add(kap_src("mem/mem_alert_stream.tick"), "out_of_memory",
           "Kapacitor mem_alert_stream: mean memory used_percent over crit (memory utilisation, rule 2)",
           *kapacitor("mem_alert_stream", "app-node-5/mem_used", "CRITICAL", "app-node-5",
                      "app-node-5/mem_used:94.2"))
family.add(kap_src("cpu/cpu_alert_stream.tick"), None,
           "Kapacitor cpu_alert_stream: CPU used over crit (CPU, rule 2)",
           *kapacitor("cpu_alert_stream", "app-node-5/cpu_used", "CRITICAL", "app-node-5",
                      "app-node-5/cpu_used:97.1"))
family.add(kap_src("zookeeper/zookeeper_latency_batch.tick"), "high_latency",
           "Kapacitor zookeeper_latency_batch: ZooKeeper mean avg_latency (ms) over crit (request latency, rule 4)",
           *kapacitor("zookeeper_latency_batch", "zk-2/avg_latency", "CRITICAL", "zk-2",
                      "zk-2/avg_latency:17.5"))
family.add(kap_src("net/net_alert_stream.tick"), None,
           "Kapacitor net_alert_stream: interface errors and drops (link faults, rule 16)",
           *kapacitor("net_alert_stream", "edge-3/net_stats", "CRITICAL", "edge-3",
                      "edge-3/net_stats: err_in:12 err_out:0 drop_in:4811 drop_out:0"))

# --- sensu-plugins-resque -------------------------------------------------------------------------

RESQUE = ("sensu-plugins/sensu-plugins-resque", "bin/check-timeouts-resque.rb",
          "080df61dbf3a8600cc568582374f5bcbc1799a3f")

family.add(RESQUE, None,
           "sensu-plugins-resque check-timeouts-resque: a job running past its maximum lifetime (a time limit on a job's own run, rule 10)",
           *sensu("worker-3", "resque-timeouts", 2,
                  "worker-3 (pid: 24117) is taking too much time at 1944 seconds "
                  "(max: 900) on class ReportExportJob"))

# --- more look-alikes and a replication item -------------------------------------------------------

family.add(my("Instance/Replication.pm"), None,
           "check_mysql_health slave-io-running: the replica's IO thread stopped (broken replication, not lag, rule 5)",
           *nagios_svc("mysql-shop-2", "MySQL slave IO", "CRITICAL", "CRITICAL - Slave io is not running"))
family.add(np("plugins/check_ping.c"), None,
           "nagios-plugins check_ping: partial packet loss over the warning threshold (link quality, rule 16)",
           *nagios_host("wan-rtr-graz", "UP", "PING WARNING - Packet loss = 20%, RTA = 48.12 ms|rta=48.120000ms;100.000000;500.000000;0.000000 pl=20%;10;60;0",
                        "10.77.0.1"))

# --- more outputs of the same plugins ----------------------------------------------------------------

family.add(ora("Database/Tablespace.pm"), "disk_full",
           "check_oracle_health tablespace-free --units MB: free space in MB below the threshold (rule 16)",
           *nagios_svc("ora-dwh-1", "Oracle tablespace SYSAUX", "CRITICAL",
                       "CRITICAL - tbs SYSAUX has 212.00MB free space left"))
family.add(ora("Database/FlashRecoveryArea.pm"), "disk_full",
           "check_oracle_health flash-recovery-area-free: the recovery area almost without free space (rule 2)",
           *icinga_svc("ora-crm-2", "oracle-fra-free", "CRITICAL", "oracle_health",
                       "CRITICAL - flra /u03/fast_recovery_area has 1.80% free space left"))
family.add(np("plugins/check_procs.c"), "node_down",
           "nagios-plugins check_procs: zero processes matching regex args (a process not running, rule 7)",
           *icinga_svc("worker-eu-4", "procs celery", "CRITICAL", "procs",
                       "PROCS CRITICAL: 0 processes with regex args 'celery.*worker' | procs=0;1:;1:;0;"))
family.add(np("plugins/sslutils.c"), "certificate_expiry",
           "nagios-plugins sslutils: certificate expires within minutes (rule 1)",
           *icinga_svc("lb-pub-1", "https-cert-shop", "CRITICAL", "http",
                       "CRITICAL - Certificate 'shop.example.de' expires in 40 minutes (2026-12-05 09:00 +0000/UTC)"))
family.add(np("plugins/check_dns.c"), "dns_failure",
           "nagios-plugins check_dns: NXDOMAIN for a service name in an Icinga frame (rule 7)",
           *icinga_svc("k8s-node-11", "dns-registry", "CRITICAL", "dns",
                       "Domain registry.int.corp.example was not found by the server"))
family.add(rmq("check_rabbitmq_queue"), "queue_backlog",
           "check_rabbitmq_queue: ready messages over warning with consumers present (messages waiting, rule 4)",
           *icinga_svc("mq-prod-1", "rabbitmq-queue-mail.outbound", "WARNING", "rabbitmq_queue",
                       "RABBITMQ_QUEUE WARNING - messages WARNING (8120), messages_ready WARNING (8004), "
                       "messages_unacknowledged OK (116), consumers OK (3)"))

if __name__ == "__main__":
    family.write()
