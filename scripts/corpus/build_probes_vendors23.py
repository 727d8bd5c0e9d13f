#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_vendors23.jsonl: monitoring tools' own check templates as
their notifications arrive — the outputs of the Centreon plugins (centreon/centreon-plugins: the
monitoring vendor's own plugin catalogue for VMware, AWS, Azure, Kubernetes, JVMs, message
brokers, databases, web servers and protocols), each as a service notification forwarded by
webhook, and their look-alikes.

What the family tests: a monitoring vendor's check output (an instance prefix such as
"Datastore 'DS-PROD-02' ", "Queue 'orders' ", "Connection pool 'OrdersPool' ", then the
counter's own output template) inside a Nagios-style service notification, next to look-alikes
sharing its words: CPU, maintenance mode, a DNS answer that changed, an HTTP page whose content
did not match, licences, snapshots, time offsets, overall health colours, I/O latency.

Frames: one service notification rendered as an Alertmanager-style alert: `alertname` = the
service description (made up, in the plugin packs' style), `host`, `service`, `state`,
`plugin_mode` (the plugin's `--plugin`/`--mode`, the source's own), `summary` = the Nagios
notification subject "** PROBLEM Service Alert: host/service is STATE **", `description` = the
plugin's output line as the Centreon plugin prints it ("STATE: " + instance prefix + counter
output). Output templates, prefixes, status words and default thresholds are the sources' own;
hosts, instances and values are ours.

Labels were decided by hand under POLICY.md before the classifier ran on the file; see SOURCES.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

R = "centreon/centreon-plugins"
C = "d3cc6de7ef7fa98a15c3051f10ac6b7c50cba49b"


def src(path):
    return (R, "src/" + path, C)


family = ProbeFamily("probes_vendors23.jsonl")


def svc(path, expected, reason, host, service, state, output, mode, extra=None):
    """One Centreon service notification carrying the plugin's output."""
    labels = {"alertname": service, "host": host, "service": service, "state": state,
              "plugin_mode": mode, "source": "centreon"}
    labels.update(extra or {})
    family.add(src(path), expected, f"{R} src/{path}: {reason}", labels,
               {"summary": f"** PROBLEM Service Alert: {host}/{service} is {state} **",
                "description": f"{state}: {output}"})


# --- JVM (Spring Boot actuator)
svc("apps/java/jvm/actuator/mode/fdusage.pm", "fd_exhaustion",
    "open file descriptors against the JVM's maximum (rule 2, open-file utilisation)",
    "app-orders-03", "Jvm-Fd-Usage", "CRITICAL",
    "File descriptor usage total: 4096 used: 4011 (97.92%) free: 85 (2.08%)",
    "apps::java::jvm::actuator::plugin fd-usage")
# --- RabbitMQ
svc("apps/mq/rabbitmq/restapi/mode/queueusage.pm", "queue_backlog",
    "messages waiting in a queue (rule 4, queue depth)",
    "rabbit-prod-1", "Rabbitmq-Queue-Usage", "CRITICAL",
    "Queue 'orders.created' current queue messages : 184233",
    "apps::mq::rabbitmq::restapi::plugin queue-usage", {"vhost": "/shop"})
svc("apps/mq/rabbitmq/restapi/mode/queueusage.pm", "queue_backlog",
    "messages ready and waiting for a consumer (rule 12)",
    "rabbit-prod-2", "Rabbitmq-Queue-Usage", "WARNING",
    "Queue 'invoice.render' current queue messages ready : 25871",
    "apps::mq::rabbitmq::restapi::plugin queue-usage", {"vhost": "/billing"})
# --- x509
svc("apps/protocols/x509/mode/certificate.pm", "certificate_expiry",
    "the served certificate expires in a few days",
    "lb-edge-01", "Certificate-api.shop.example.net", "WARNING",
    "Certificate for 'api.shop.example.net' expires in '6' days [2026-12-10T23:59:59] - Issuer: 'R11'",
    "apps::protocols::x509::plugin certificate")
# --- DNS
svc("apps/protocols/dns/mode/request.pm", "high_latency",
    "the DNS query's response time over the threshold (rule 4: DNS latency is latency)",
    "ns2.corp.example.net", "Dns-Request-intranet", "CRITICAL",
    "Response time 2.514 second(s) (answer: 10.20.4.17)",
    "apps::protocols::dns::plugin request")
svc("apps/protocols/dns/mode/request.pm", None,
    "the answer changed since the last check (--memory): resolution succeeded (rule 13)",
    "ns2.corp.example.net", "Dns-Request-www", "CRITICAL",
    "Result has changed [answer: 203.0.113.40] [old answer: 203.0.113.12]",
    "apps::protocols::dns::plugin request")
# --- AWS ElastiCache
svc("cloud/aws/elasticache/mode/evictions.pm", "out_of_memory",
    "ElastiCache Evictions: keys evicted because maxmemory was reached (rule 7, memory-pressure evictions)",
    "aws-eu-west-1", "Aws-Elasticache-Evictions-sessions", "CRITICAL",
    "Cluster 'sessions-prod' [Node: 0002] average Evictions: 1843.00 evictions",
    "cloud::aws::elasticache::plugin evictions")
svc("cloud/aws/elasticache/mode/replication.pm", "replication_lag",
    "ReplicationLag of a replica node in seconds (rule 7)",
    "aws-eu-west-1", "Aws-Elasticache-Replication-sessions", "WARNING",
    "Cluster 'sessions-prod' [Node: 0003] average ReplicationLag: 42.50 s",
    "cloud::aws::elasticache::plugin replication")
# --- Oracle UCP
svc("apps/oracle/ucp/jmx/mode/connectionpools.pm", "connection_pool_exhaustion",
    "borrowed connections against the pool's maximum (rule 2)",
    "app-billing-02", "Oracle-Ucp-Connection-Pools", "CRITICAL",
    "Connection pool 'BillingPool' total: 50 used: 50 (100.00%) free: 0 (0.00%)",
    "apps::oracle::ucp::jmx::plugin connection-pools")
# --- PHP-FPM
svc("apps/php/fpm/web/mode/usage.pm", "queue_backlog",
    "connections waiting in php-fpm's listen queue (rule 16)",
    "web-shop-04", "Php-Fpm-Usage", "CRITICAL",
    "php-fpm listen queue: 117",
    "apps::php::fpm::web::plugin usage")
# --- VMware
svc("apps/vmware/connector/mode/swaphost.pm", "out_of_memory",
    "an ESX host swapping memory in (rule 2, swapping)",
    "vcenter-dc1", "Vmware-Esx-Swap-esx-03", "WARNING",
    "Host 'esx-03.dc1.example.net' : Swap In: 35.20 MB/s",
    "apps::vmware::connector::plugin swap-host")
svc("apps/vmware/connector/mode/datastoreusage.pm", "disk_full",
    "a datastore's used space against its capacity (rule 2)",
    "vcenter-dc1", "Vmware-Datastore-Usage-DS-PROD-02", "CRITICAL",
    "Datastore 'DS-PROD-02' Usage Total: 4.00 TB Used: 3.85 TB (96.25%) Free: 153.60 GB (3.75%)",
    "apps::vmware::connector::plugin datastore-usage")
svc("apps/vmware/connector/mode/statushost.pm", "node_down",
    "an ESX host vCenter sees as notResponding (status not 'connected', rule 4)",
    "vcenter-dc1", "Vmware-Esx-Status-esx-07", "UNKNOWN",
    "Host 'esx-07.dc1.example.net' : status notResponding",
    "apps::vmware::connector::plugin status-host")
svc("apps/vmware/connector/mode/statushost.pm", None,
    "an ESX host's overall health colour red (rule 5, health red/yellow)",
    "vcenter-dc1", "Vmware-Esx-Status-esx-02", "CRITICAL",
    "Host 'esx-02.dc1.example.net' : overall status is red",
    "apps::vmware::connector::plugin status-host")
svc("apps/vmware/connector/mode/maintenancehost.pm", None,
    "an ESX host in maintenance mode (rule 9, work done on purpose)",
    "vcenter-dc1", "Vmware-Esx-Maintenance-esx-05", "CRITICAL",
    "Host 'esx-05.dc1.example.net' : maintenance mode is true",
    "apps::vmware::connector::plugin maintenance-host")

family.write()
