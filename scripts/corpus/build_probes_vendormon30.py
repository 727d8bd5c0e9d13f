#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_vendormon30.jsonl: vendor monitors' own notification formats
that no family used yet, rendered as each vendor sends them, with look-alikes.

Vendors and formats: Kibana Stack Monitoring rules (the English action messages and UI messages of
the disk, JVM memory, CPU, CCR read exception, large shard and missing-data rules); New Relic issue
webhooks ("<entity> query result is > X for N minutes on '<condition>'", incident state payloads) and
its infrastructure "Host not reporting" and "Process running" conditions; UptimeRobot, Pingdom,
Freshping, Insping and Librato webhook payloads (as Zulip's integration fixtures record them);
Dynatrace problems (Keptn's Dynatrace problem fixtures), its Kubernetes anomaly detectors' problem
titles, its disk anomaly rules and Managed Cluster event notifications; LogicMonitor DataSource
alerts rendered from its token examples and its reachability datapoints; PRTG's Probe Health sensor
channels.

Look-alikes (null): CPU, load, network throughput, request-saturation and pod-saturation problems,
a monitor's own failures (missing monitoring data, Dynatrace API monitoring not available, PRTG
interval delays), broken cross-cluster replication, large shards, recoveries and closed incidents,
absent-metric conditions, partial ping loss, too many processes running, a job running too long,
retention truncation and hardware below recommendations.

Labels were decided from each alert's meaning under POLICY.md before the classifier ran on the file;
see the SOURCES.md section "probes_vendormon30".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_vendormon30.jsonl")
N = "node_down"
D = "disk_full"
M = "out_of_memory"

# --- Kibana Stack Monitoring rules -------------------------------------------------------------
KIB = "elastic/kibana"
KIB_DIR = "x-pack/platform/plugins/private/monitoring/server/rules/"
KIB_DISK = (KIB, KIB_DIR + "disk_usage_rule.ts", "201679120d8e01f3d7efb6c34f2f0b278f46b64f")
KIB_MEM = (KIB, KIB_DIR + "memory_usage_rule.ts", "8137d1cdb0b7fa60624f5ecf6ea9fc21cbdebae4")
KIB_CPU = (KIB, KIB_DIR + "cpu_usage_rule.ts", "c258e378445518e6832b09c5d295ac59939e8032")
KIB_CCR = (KIB, KIB_DIR + "ccr_read_exceptions_rule.ts", "92ce4a466af53eba913e432b6bb98dddff66eb10")
KIB_SHARD = (KIB, KIB_DIR + "large_shard_size_rule.ts", "8137d1cdb0b7fa60624f5ecf6ea9fc21cbdebae4")
KIB_MISSING = (KIB, KIB_DIR + "missing_monitoring_data_rule.ts", "77180a7642f3274b646f8dfdf6a4836ef6c4f3a0")
KBN_URL = "https://kibana.ops.example.net/app/monitoring#/elasticsearch/nodes/"


def kibana_items():
    """Stack Monitoring rules as their connectors send them: `internalShortMessage` (also the alert
    reason), `internalFullMessage` with its Markdown link, or the UI firing message."""
    family.add(KIB_DISK, D, "Kibana Stack Monitoring disk usage rule: internalShortMessage in a Slack connector",
               {"alertname": "Disk Usage", "rule_type_id": "monitoring_alert_disk_usage", "severity": "warning",
                "cluster": "logs-prod", "node": "es-data-warm-03"},
               {"summary": "Disk usage alert is firing for node es-data-warm-03 in cluster: logs-prod. "
                           "Verify disk usage level of node."})
    family.add(KIB_DISK, D, "Kibana Stack Monitoring disk usage rule: internalFullMessage with its link, in mail",
               {"alertname": "Disk Usage", "rule_type_id": "monitoring_alert_disk_usage", "cluster": "search-eu",
                "node": "es-hot-11"},
               {"summary": "[Kibana] Disk Usage: es-hot-11",
                "description": "Disk usage alert is firing for node es-hot-11 in cluster: search-eu. "
                               "[View node](" + KBN_URL + "Qk9yXgP1T2y1mY0v3S0nRw?_g=(cluster_uuid:'Zt3vX8')) "
                               "node: es-hot-11:93.17"})
    family.add(KIB_DISK, D, "Kibana Stack Monitoring disk usage rule: UI firing message",
               {"alertname": "monitoring_alert_disk_usage", "source": "kibana", "cluster": "metrics-prod"},
               {"description": "Node es-data-07 is reporting disk usage of 88.64% at Dec 5, 2026 9:41:07 PM"})
    family.add(KIB_MEM, M, "Kibana Stack Monitoring memory usage (JVM) rule: internalShortMessage",
               {"alertname": "Memory Usage (JVM)", "rule_type_id": "monitoring_alert_jvm_memory_usage",
                "severity": "warning", "cluster": "logs-prod", "node": "es-master-02"},
               {"summary": "Memory usage alert is firing for node es-master-02 in cluster: logs-prod. "
                           "Verify memory usage level of node."})
    family.add(KIB_MEM, M, "Kibana Stack Monitoring memory usage (JVM) rule: UI firing message in a webhook",
               {"alertname": "monitoring_alert_jvm_memory_usage", "source": "kibana", "cluster": "apm-prod",
                "node": "es-ingest-04"},
               {"description": "Node es-ingest-04 is reporting JVM memory usage of 91.30% at Dec 5, 2026 10:02:15 PM",
                "node": "es-ingest-04:91.30"})
    family.add(KIB_MEM, M, "Kibana Stack Monitoring memory usage (JVM) rule: internalFullMessage with its link",
               {"alertname": "Memory Usage (JVM)", "rule_type_id": "monitoring_alert_jvm_memory_usage",
                "cluster": "search-eu", "node": "es-data-hot-12"},
               {"description": "Memory usage alert is firing for node es-data-hot-12 in cluster: search-eu. "
                               "[View node](" + KBN_URL + "c2Vhcm5vZGUxMg?_g=(cluster_uuid:'Zt3vX8'))",
                "node": "es-data-hot-12:86.41"})
    family.add(KIB_CPU, None, "Kibana Stack Monitoring CPU usage rule (CPU, rule 2)",
               {"alertname": "CPU Usage", "rule_type_id": "monitoring_alert_cpu_usage", "severity": "warning",
                "cluster": "logs-prod", "node": "es-data-hot-05"},
               {"summary": "CPU usage alert is firing for node es-data-hot-05 in cluster: logs-prod. "
                           "Verify CPU level of node.",
                "description": "Node es-data-hot-05 is reporting cpu usage of 97.52% at Dec 5, 2026 8:15:44 PM"})
    family.add(KIB_CCR, None, "Kibana Stack Monitoring CCR read exceptions rule (a follower that fails to read "
               "is broken replication, not lag: rule 5)",
               {"alertname": "CCR read exceptions", "rule_type_id": "monitoring_ccr_read_exceptions",
                "cluster": "dr-us-west", "remoteCluster": "prod-us-east"},
               {"summary": "CCR read exceptions alert is firing for the following remote cluster: prod-us-east. "
                           "Current 'follower_index' index affected: orders-follower. [View CCR stats]("
                           "https://kibana.dr.example.net/app/monitoring#/elasticsearch/ccr)"})
    family.add(KIB_SHARD, None, "Kibana Stack Monitoring large shard size rule (shard sizing, not capacity)",
               {"alertname": "Shard size", "rule_type_id": "monitoring_shard_size", "cluster": "logs-prod",
                "shardIndex": "filebeat-8.15.1-2026.12.01"},
               {"summary": "Large shard size alert is firing for the following index: filebeat-8.15.1-2026.12.01. "
                           "Investigate indices with large shard sizes.",
                "description": "The following index: filebeat-8.15.1-2026.12.01 has a large average shard size of: "
                               "71GB at Dec 5, 2026 6:30:00 PM"})
    family.add(KIB_MISSING, None, "Kibana Stack Monitoring missing monitoring data rule (the monitor's data, as "
               "probes_kibanaintl21 labels its translations; its advice is not evidence, rule 17)",
               {"alertname": "Missing monitoring data", "rule_type_id": "monitoring_alert_missing_monitoring_data",
                "severity": "critical", "cluster": "search-eu", "node": "es-coord-01"},
               {"summary": "We have not detected any monitoring data for node es-coord-01 in cluster: search-eu. "
                           "Verify the node is up and running, then double check the monitoring settings."})


# --- New Relic ----------------------------------------------------------------------------------
ZULIP = "zulip/zulip"
NR_ISSUE = (ZULIP, "zerver/webhooks/newrelic/fixtures/incident_activated_new_provided_base_payload.json",
            "71b5e33c374c543ca37262f6a6adeb84bc77eafc")
NR_CLOSED = (ZULIP, "zerver/webhooks/newrelic/fixtures/incident_closed_new.json",
             "4aab119d14e514e26a2158da5cc391a9c6920ddf")
NRDOCS = "newrelic/docs-website"
NR_HNR = (NRDOCS, "src/content/docs/infrastructure/infrastructure-alerts/infrastructure-alert-conditions/"
          "create-infrastructure-host-not-reporting-condition.mdx", "025b6df5eb1af7e88f2beff3e1735cd852c9d17b")
NR_PROC = (NRDOCS, "src/content/docs/infrastructure/infrastructure-alerts/alert-infrastructure-processes.mdx",
           "067e3d1aa43b53fc76ed1eec7d72425b9cf0f315")


def newrelic_items():
    """New Relic issue webhooks: the title New Relic writes for an NRQL condition and the policy and
    condition names it carries."""
    def issue(expected, why, entity, op, value, minutes, condition, policy, priority="HIGH", extra=None):
        labels = {"alertname": condition, "source": "newrelic", "priority": priority, "state": "ACTIVATED",
                  "alertPolicyNames": policy}
        ann = {"summary": f"{entity} query result is {op} {value} for {minutes} minutes on '{condition}'"}
        if extra:
            ann["description"] = extra
        family.add(NR_ISSUE, expected, f"New Relic issue webhook title: {why}", labels, ann)

    issue(D, "a storage condition on a host", "ip-10-20-4-17", ">", "90.0", 5,
          "Storage on Host Exceeded Threshold", "Golden Signals")
    issue(D, "a filesystem used-percent condition, its query in the description", "db-archive-02", ">", "85.0", 10,
          "Disk used % on /var/lib/postgresql", "DBA - production",
          extra="SELECT max(diskUsedPercent) FROM StorageSample WHERE mountPoint = '/var/lib/postgresql' FACET hostname")
    issue(M, "a memory used-percent condition", "payments-worker-2", ">", "95.0", 10,
          "Memory Used % high", "Payments infra", priority="CRITICAL")
    issue("high_latency", "a transaction duration condition", "checkout-api (prod)", ">", "2.5", 5,
          "Web transaction duration above 2.5 s", "Checkout SLOs")
    issue("high_error_rate", "an error percentage condition on transactions", "orders-api (prod)", ">", "5.0", 5,
          "Error percentage", "Orders - Golden Signals", priority="CRITICAL",
          extra="SELECT percentage(count(*), WHERE error IS true) FROM Transaction WHERE appName = 'orders-api (prod)'")
    issue("queue_backlog", "a queue depth condition (messages waiting, rule 4)", "orders-fulfilment-queue", ">",
          "10000.0", 15, "SQS messages visible", "Fulfilment")
    issue("replication_lag", "a replica delay condition", "mysql-replica-2", ">", "300.0", 5,
          "Replica seconds behind source", "DBA - production", priority="CRITICAL")
    issue("connection_pool_exhaustion", "connections against max_connections (rule 2)", "pg-main-1", ">", "90.0", 5,
          "Connections % of max_connections", "DBA - production",
          extra="SELECT latest(db.connectionCount) / latest(db.maxConnections) * 100 FROM PostgresqlInstanceSample")
    issue("crash_loop", "container restarts above 3 in the window (rule 7)", "checkout-7d9f6c8b5-x2lqp", ">", "3.0",
          10, "Container restarts", "Kubernetes - shop",
          extra="SELECT max(restartCountDelta) FROM K8sContainerSample WHERE namespaceName = 'shop'")
    issue(None, "a CPU used-percent condition (CPU, rule 2)", "build-runner-07", ">", "90.0", 15,
          "CPU % high", "CI fleet")
    issue(None, "a throughput drop condition (load, not errors)", "api-gateway (prod)", "<", "10.0", 10,
          "Throughput dropped", "Edge")
    issue(None, "a network receive condition (bandwidth, rule 2)", "nat-gw-euw1-a", ">", "850000000", 5,
          "Network receive bytes/s high", "Network")

    family.add(NR_CLOSED, None, "New Relic incident webhook with state closed (rule 14)",
               {"alertname": "Server Down", "source": "newrelic", "state": "closed",
                "alertPolicyNames": "Infra - core"},
               {"summary": "Incident closed: Server Down",
                "description": "db-replica-3 responded to pings again; incident closed after 14 minutes"})
    family.add(NR_CLOSED, None, "New Relic incident webhook with state closed for a storage condition (rule 14)",
               {"alertname": "Storage on Host Exceeded Threshold", "source": "newrelic", "state": "closed",
                "alertPolicyNames": "Golden Signals"},
               {"summary": "Incident closed: ip-10-20-4-17 query result is > 90.0 for 5 minutes on 'Storage on Host "
                           "Exceeded Threshold'"})

    family.add(NR_HNR, N, "New Relic infrastructure 'Host not reporting' condition (the agent's liveness, rule 8)",
               {"alertname": "Host not reporting", "source": "newrelic", "conditionType": "infra_host_not_reporting",
                "hostname": "web-14.prod.example.net", "priority": "CRITICAL"},
               {"summary": "Host not reporting: web-14.prod.example.net",
                "description": "Data from the infrastructure agent on web-14.prod.example.net has not reached New "
                               "Relic for 10 minutes (threshold: 10 minutes)."})
    family.add(NR_HNR, N, "New Relic 'Host not reporting' in an email notification",
               {"alertname": "HNR - kafka brokers", "source": "newrelic", "hostname": "kafka-broker-5"},
               {"summary": "[New Relic] Critical: kafka-broker-5 has stopped reporting",
                "description": "Host not reporting: no data from the infrastructure agent for 7 minutes. The host "
                               "disconnected at 2026-12-05 21:14 UTC."})
    family.add(NR_PROC, N, "New Relic 'Process running' condition: no processes are running (rule 7)",
               {"alertname": "postgres must run", "source": "newrelic", "conditionType": "infra_process_running",
                "hostname": "db-3.prod", "processDisplayName": "postgres"},
               {"summary": "No processes are running: postgres on db-3.prod for 5 minutes"})
    family.add(NR_PROC, None, "New Relic 'Process running' condition: more than one process running (runaway "
               "process, not down)",
               {"alertname": "Single chef-client", "source": "newrelic", "conditionType": "infra_process_running",
                "hostname": "app-22.prod", "processDisplayName": "chef-client"},
               {"summary": "More than 1 processes are running: chef-client on app-22.prod (3 running) for 5 minutes"})
    family.add(NR_PROC, None, "New Relic 'Process running' condition on a job running longer than expected "
               "(the job's own time, rule 10)",
               {"alertname": "nightly-export too long", "source": "newrelic", "conditionType": "infra_process_running",
                "hostname": "batch-01", "processDisplayName": "nightly-export"},
               {"summary": "At least one process is running: nightly-export on batch-01 for 90 minutes"})


# --- Uptime checkers' webhooks (Zulip's integration fixtures) -----------------------------------
UR_DOWN = (ZULIP, "zerver/webhooks/uptimerobot/fixtures/uptimerobot_monitor_down.json",
           "628dc748678f5cafd456367b4cf960c1d9d61869")
UR_VIEW = (ZULIP, "zerver/webhooks/uptimerobot/view.py", "11fc48866038f4399f5b4bd3c878d825a7ab29dd")
PD_HTTP = (ZULIP, "zerver/webhooks/pingdom/fixtures/http_up_to_down.json", "038a928aee25e40794e5ef92418f3aaebd7c5750")
PD_SMTP = (ZULIP, "zerver/webhooks/pingdom/fixtures/smtp_up_to_down.json", "dcc4f3ecdb44d3b80dfcbaf83dea891e9dd3b59f")
PD_IMAP = (ZULIP, "zerver/webhooks/pingdom/fixtures/imap_down_to_up.json", "5bc9c8543c3e7854607c42381d536cf38f2e2725")
FP_UP = (ZULIP, "zerver/webhooks/freshping/fixtures/freshping_check_reachable.json",
         "8ab6c737b71a525a0b332ed30e965ec60a3f6752")
IP_DOWN = (ZULIP, "zerver/webhooks/insping/fixtures/website_state_not_responding.json",
           "5bc9c8543c3e7854607c42381d536cf38f2e2725")
LIB = (ZULIP, "zerver/webhooks/librato/fixtures/librato_three_conditions_alert.json",
       "51b11df2fa0ef8c37f9bc8bbf2ddafa63262d6b8")


def uptime_items():
    family.add(UR_DOWN, N, "UptimeRobot down alert: host is unreachable",
               {"alertname": "Customer portal", "source": "uptimerobot", "alert_type": "1",
                "alert_type_friendly_name": "Down"},
               {"summary": "Customer portal (portal.example-shop.com) is DOWN (Host Is Unreachable)."})
    family.add(UR_VIEW, N, "UptimeRobot down alert as Zulip renders it, in a ping monitor",
               {"alertname": "UptimeRobot", "monitor_friendly_name": "vpn-gw-fra ping", "severity": "critical"},
               {"description": "vpn-gw-fra ping (198.51.100.24) is DOWN (Host Is Unreachable)."})
    family.add(UR_VIEW, None, "UptimeRobot up alert: back up after an outage (rule 14)",
               {"alertname": "Customer portal", "source": "uptimerobot", "alert_type": "2",
                "alert_type_friendly_name": "Up"},
               {"description": "Customer portal (portal.example-shop.com) is back UP (HTTP 200 - OK).\n"
                               "It was down for 12 minutes and 3 seconds."})

    family.add(PD_HTTP, "dns_failure", "Pingdom HTTP check went DOWN on a DNS error (the lookup failed, rule 13)",
               {"alertname": "www.example-travel.com", "source": "pingdom", "check_type": "HTTP",
                "previous_state": "UP", "current_state": "DOWN"},
               {"summary": "DNS error",
                "description": "Non-recoverable failure in name resolution (probes: Amsterdam 5, Netherlands; "
                               "Calgary, Canada)"})
    family.add(PD_SMTP, N, "Pingdom SMTP check went DOWN: connection refused (rule 11)",
               {"alertname": "SMTP mx1", "source": "pingdom", "check_type": "SMTP", "previous_state": "UP",
                "current_state": "DOWN", "hostname": "mx1.example-mail.net", "port": "25"},
               {"summary": "Connection refused", "description": "Connection refused"})
    family.add(PD_IMAP, None, "Pingdom IMAP check from DOWN to UP (rule 14)",
               {"alertname": "IMAP check", "source": "pingdom", "check_type": "IMAP", "previous_state": "DOWN",
                "current_state": "UP", "hostname": "imap.example-mail.net"},
               {"summary": "OK", "description": "OK"})
    family.add(FP_UP, None, "Freshping check back to Available (rule 14)",
               {"alertname": "Storefront home", "source": "freshping", "check_state_name": "Available",
                "http_status_code": "200"},
               {"summary": "Storefront home (https://shop.example.org) is Available",
                "description": "response_time 140 ms, target 1000 ms"})
    family.add(IP_DOWN, N, "Insping website state Not Responding (the target does not answer)",
               {"alertname": "billing portal", "source": "insping", "check_state_name": "Not Responding"},
               {"summary": "billing portal: Not Responding",
                "description": "https://billing.example.org:8443 (request at 2026-12-05T21:13:46Z, response_time "
                               "942 ms, no HTTP status)"})

    def librato(why, metric, cond, value):
        family.add(LIB, None, f"Librato alert: {why}",
                   {"alertname": "librato", "alert": "host-health", "source": "prod-app-3"},
                   {"summary": "Alert host-health has triggered!",
                    "description": f"Metric `{metric}` {cond}, value {value} recorded at 2026-12-05 21:20:14 UTC"})

    librato("load average above its threshold (load, rule 2)", "collectd.load.load.longterm", "max was above 99", "141")
    librato("interface transmit octets above a threshold (bandwidth, rule 2)",
            "collectd.interface.eth0.if_octets.tx", "absolute_value was above 4 for 300 seconds", "46")
    librato("a metric absent for 60 seconds (an absent metric, rule 5)", "librato.swap.swap.cached",
            "was absent for 60 seconds (average)", "n/a")


# --- Dynatrace ----------------------------------------------------------------------------------
KEPTN_DT = "keptn-contrib/dynatrace-service"
DT_PROBLEMS = (KEPTN_DT, "internal/sli/testdata/dashboards/basic/dashboard_query/problems.json",
               "632dfd135a0e82facc43b61ebb1c6a5f404caf65")
DT_OPEN = (KEPTN_DT, "internal/problem/testdata/open_problem/received_ce.json",
           "9012758156f4906d7e6edbe2a5ad1551699992fc")
DT_K8S = "https://docs.dynatrace.com/docs/shortlink/k8s-reference-anomaly"
DT_MANAGED = "https://docs.dynatrace.com/managed/managed-cluster/configuration/configure-cluster-event-notifications"
DT_DISK_RULES = ("https://docs.dynatrace.com/docs/dynatrace-api/environment-api/settings/schemas/"
                 "builtin-anomaly-detection-disk-rules")
DT_HOSTS_API = ("https://docs.dynatrace.com/managed/dynatrace-api/configuration-api/anomaly-detection-api/"
                "anomaly-detection-api-hosts/get-config")


def dt_page(url, expected, why, labels, ann):
    family.append(probe_item(labels, ann, expected, f"Dynatrace documentation: {why}", "docs.dynatrace.com",
                             page_provenance(url)))


def dynatrace_items():
    family.add(DT_PROBLEMS, "high_error_rate", "Dynatrace problem: a load balancer's backend error rate (Problems API v2)",
               {"alertname": "Classic Load Balancer has a high backend error rate", "source": "dynatrace",
                "severityLevel": "ERROR", "impactLevel": "INFRASTRUCTURE", "status": "OPEN"},
               {"summary": "P-261187: Classic Load Balancer has a high backend error rate",
                "description": "Affected entity: ELASTIC_LOAD_BALANCER a91c0e7d3f2b44c8 (istio-system/istio-ingressgateway)"})
    family.add(DT_OPEN, "high_error_rate", "Dynatrace problem notification (ProblemTitle/State/ImpactedEntity "
               "payload) for the same problem type",
               {"alertname": "DynatraceProblem", "State": "OPEN", "PID": "-4127733891240571103_1733431200000V2",
                "ImpactedEntity": "a3f9e10c5d2e4b71"},
               {"summary": "Classic Load Balancer has a high backend error rate",
                "description": "Problem P-261203 OPEN. Tags: kubernetes.io/service-name:shop/frontend-lb"})
    family.add(DT_PROBLEMS, None, "Dynatrace problem with status CLOSED (rule 14)",
               {"alertname": "Classic Load Balancer has a high backend error rate", "source": "dynatrace",
                "severityLevel": "ERROR", "status": "CLOSED"},
               {"summary": "P-261187 CLOSED after 12 minutes"})

    dt_page(DT_K8S, N, "Kubernetes node readiness problem ('Node not ready')",
            {"alertname": "Node not ready", "source": "dynatrace", "problemType": "Availability",
             "k8s.cluster.name": "aks-prod-weu", "k8s.node.name": "aks-nodepool1-38122641-vmss00000b"},
            {"summary": "Node not ready", "description": "Node is not ready."})
    dt_page(DT_K8S, N, "Kubernetes node readiness problem in a Slack notification",
            {"alertname": "DynatraceProblem", "ProblemTitle": "Node not ready", "State": "OPEN"},
            {"message": "Problem P-88412 OPEN: Node not ready on ip-10-42-7-19.eu-central-1.compute.internal "
                        "(cluster eks-payments) - Node is not ready."})
    dt_page(DT_K8S, None, "cluster memory-request saturation (requests against allocatable, rules 7 and 17)",
            {"alertname": "Memory-request saturation on cluster", "source": "dynatrace",
             "problemType": "Resource", "k8s.cluster.name": "gke-analytics"},
            {"summary": "Memory-request saturation on cluster",
             "description": "Memory-request saturation exceeds the specified threshold."})
    dt_page(DT_K8S, None, "cluster CPU-request saturation (CPU, rule 2)",
            {"alertname": "CPU-request saturation on cluster", "source": "dynatrace", "problemType": "Resource",
             "k8s.cluster.name": "gke-analytics"},
            {"summary": "CPU-request saturation on cluster",
             "description": "CPU-request saturation exceeds the specified threshold."})
    dt_page(DT_K8S, None, "cluster pod saturation (scheduling capacity, rule 17)",
            {"alertname": "Pod saturation on cluster", "source": "dynatrace", "problemType": "Resource",
             "k8s.cluster.name": "eks-batch"},
            {"summary": "Pod saturation on cluster", "description": "Cluster pod-saturation exceeds the specified threshold."})
    dt_page(DT_K8S, None, "the monitor's own Kubernetes API monitoring not available (rule 16)",
            {"alertname": "Monitoring not available", "source": "dynatrace", "problemType": "Availability",
             "k8s.cluster.name": "openshift-dmz"},
            {"summary": "Monitoring not available", "description": "Dynatrace API monitoring is not available."})

    dt_page(DT_MANAGED, D, "Managed Cluster event: insufficient disk space on a node",
            {"alertname": "Insufficient disk space on a Managed Cluster node", "source": "dynatrace-managed",
             "node": "dtm-node-2"},
            {"summary": "Insufficient disk space on a Managed Cluster node",
             "description": "A disk partition on Managed Cluster node dtm-node-2 (/var/opt/dynatrace-managed) has "
                            "less disk space than required for the storage type Cassandra. Extend the disk or "
                            "review cluster settings; otherwise data retention might be reduced."})
    dt_page(DT_MANAGED, None, "Managed Cluster event: hardware below recommended requirements",
            {"alertname": "Insufficient hardware on a Managed Cluster node", "source": "dynatrace-managed",
             "node": "dtm-node-4"},
            {"summary": "Insufficient hardware on a Managed Cluster node",
             "description": "Node dtm-node-4 doesn't have enough CPU cores and RAM to meet recommended requirements."})
    dt_page(DT_MANAGED, None, "Managed Cluster event: retention shortened to store new data (rule 8)",
            {"alertname": "Transaction storage retention period truncation", "source": "dynatrace-managed"},
            {"summary": "Transaction storage retention period truncation",
             "description": "Data retention has been automatically reduced to store new data (10 days -> 6 days)."})
    dt_page(DT_MANAGED, None, "Managed Cluster event: metrics storage above the supported size (a sizing "
            "limit, not a full disk)",
            {"alertname": "Metrics storage exceeds supported size (4 TiB)", "source": "dynatrace-managed",
             "node": "dtm-node-1"},
            {"summary": "Metrics storage exceeds supported size (4 TiB)",
             "description": "Metrics storage on node dtm-node-1 is 4.3 TiB; review monitoring settings or add nodes."})

    dt_page(DT_DISK_RULES, D, "custom disk anomaly rule on LOW_DISK_SPACE",
            {"alertname": "Disk anomaly: /data low disk space", "source": "dynatrace", "metric": "LOW_DISK_SPACE",
             "host": "HOST-5E1A90C3D7B2F684", "disk": "/data"},
            {"summary": "Low disk space on /data (kafka-3)",
             "description": "Free disk space is 2.1%, below the rule's threshold of 5% in 18 of 30 samples."})
    dt_page(DT_DISK_RULES, D, "custom disk anomaly rule on LOW_INODES",
            {"alertname": "Disk anomaly: /var low inodes", "source": "dynatrace", "metric": "LOW_INODES",
             "host": "HOST-0B77C1E9A4D35F20", "disk": "/var"},
            {"summary": "Low inodes on /var (mail-relay-2)",
             "description": "Available inodes 1.4%, below the rule's threshold of 5%."})
    dt_page(DT_HOSTS_API, None, "slow running disks detection (disk I/O latency, rule 5)",
            {"alertname": "Slow disk", "source": "dynatrace", "detection": "diskSlowWritesAndReadsDetection",
             "host": "HOST-9F04D2B6E1C87A35", "disk": "/var/lib/mysql"},
            {"summary": "Slow running disk /var/lib/mysql on db-legacy-1",
             "description": "Write and read time 312 ms exceeds the 200 ms threshold."})
    dt_page(DT_HOSTS_API, None, "high CPU saturation detection (CPU, rule 2)",
            {"alertname": "CPU saturation", "source": "dynatrace", "detection": "highCpuSaturationDetection",
             "host": "HOST-3A6C0E1F99B24D71"},
            {"summary": "CPU saturation on render-node-12", "description": "CPU usage 97% in 18 of 30 samples."})


# --- LogicMonitor ---------------------------------------------------------------------------------
LM_TOKENS = "https://www.logicmonitor.com/support/settings/logicmodules/tokens-available-in-datasource-alert-messages/"
LM_DEPS = "https://www.logicmonitor.com/support_category/alerts"


def lm(url, expected, why, labels, ann):
    family.append(probe_item(labels, ann, expected, f"LogicMonitor documentation: {why}", "www.logicmonitor.com",
                             page_provenance(url)))


def logicmonitor_items():
    lm(LM_TOKENS, D, "WinVolumeUsage PercentUsed alert rendered from the DataSource tokens",
       {"alertname": "WinVolumeUsage-C:\\", "source": "logicmonitor", "level": "critical", "alertid": "LMD418822",
        "datapoint": "PercentUsed", "host": "FS-PROD-02"},
       {"summary": "critical - FS-PROD-02 WinVolumeUsage-C:\\ PercentUsed",
        "description": "Monitors space usage on logical volumes. Percentage Used on the volume: 97.3 "
                       "(threshold > 95) since 2026-12-05 21:02:11 UTC"})
    lm(LM_TOKENS, D, "a Linux volume's PercentUsed alert with the datapoint description",
       {"alertname": "LMD419530", "source": "logicmonitor", "level": "error", "datasource": "Filesystems-/var/log",
        "datapoint": "PercentUsed", "host": "syslog-agg-1"},
       {"description": "Host: syslog-agg-1\nDatasource: Filesystems-/var/log\nDatapoint: PercentUsed (Percentage "
                      "Used on the volume)\nValue: 92.8\nThreshold: > 90"})
    lm(LM_DEPS, N, "HostStatus idleInterval: no data from the resource (down or unreachable)",
       {"alertname": "HostStatus", "source": "logicmonitor", "level": "critical", "datapoint": "idleInterval",
        "host": "esx-rack4-07"},
       {"summary": "critical - esx-rack4-07 HostStatus idleInterval",
        "description": "idleInterval 612 seconds (threshold > 300): no data has been received from esx-rack4-07."})
    lm(LM_DEPS, N, "Ping PingLossPercent at 100 (all pings fail, rule 16)",
       {"alertname": "Ping", "source": "logicmonitor", "level": "critical", "datapoint": "PingLossPercent",
        "host": "branch-rtr-lyon"},
       {"summary": "critical - branch-rtr-lyon Ping PingLossPercent", "description": "PingLossPercent 100 (threshold >= 100)"})
    lm(LM_DEPS, None, "Ping PingLossPercent partial loss (link quality, rule 16)",
       {"alertname": "Ping", "source": "logicmonitor", "level": "warning", "datapoint": "PingLossPercent",
        "host": "branch-rtr-porto"},
       {"summary": "warning - branch-rtr-porto Ping PingLossPercent", "description": "PingLossPercent 40 (threshold > 30)"})


# --- PRTG -----------------------------------------------------------------------------------------
PRTG_PROBE = "https://prtg-colo.autocrib.net/help/probe_health_sensor.htm"


def prtg(expected, why, labels, ann):
    family.append(probe_item(labels, ann, expected, f"PRTG manual, Probe Health sensor: {why}",
                             "prtg-colo.autocrib.net", page_provenance(PRTG_PROBE)))


def prtg_items():
    prtg(D, "the Data Storage Free channel below its limit (free disk space on the probe system)",
         {"alertname": "Probe Health", "source": "prtg", "status": "Down", "device": "Probe Device",
          "probe": "Remote Probe DC-Frankfurt"},
         {"summary": "[PRTG] Probe Health (Probe Device) Down",
          "description": "Data Storage Free: 1,284 MB (Data Storage Free) is below the error limit of 2,000 MB"})
    prtg(None, "the Interval Delay SNMP channel above 0% (the monitor's own scanning delay, rule 16)",
         {"alertname": "Probe Health", "source": "prtg", "status": "Warning", "device": "Probe Device",
          "probe": "Local Probe"},
         {"summary": "[PRTG] Probe Health (Probe Device) Warning",
          "description": "Interval Delay SNMP: 34 % (Interval Delay SNMP) is above the warning limit of 0 %"})
    prtg(None, "the Probe Process CPU Load channel above 50% (CPU, rule 2)",
         {"alertname": "Probe Health", "source": "prtg", "status": "Warning", "device": "Probe Device",
          "probe": "Remote Probe Branch-Oslo"},
         {"summary": "[PRTG] Probe Health (Probe Device) Warning",
          "description": "Probe Process CPU Load: 71 % (Probe Process CPU Load) is above the warning limit of 50 %"})


kibana_items()
newrelic_items()
uptime_items()
dynatrace_items()
logicmonitor_items()
prtg_items()
family.write()
