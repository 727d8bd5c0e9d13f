#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_nodes23.jsonl: a cluster member, node, instance or agent that
is not there, as clustered systems word it (Redis Sentinel's SDOWN/ODOWN events and INFO status,
Grafana's jsonnet-libs mixins for the Grafana Agent, Ceph OSD/MDS and Azure VM availability,
Vitess VTOrc's detection analyses, ...), and the look-alikes that share their words: recoveries
(-sdown, -odown), failovers and leader changes (+switch-master, +elected-leader), members that
join (+sentinel, +slave), Sentinel's TILT mode, cluster health, CPU, broken replication.

Labels are decided from each alert's meaning under POLICY.md before the classifier ran on the file
(see the SOURCES.md section `probes_nodes23.jsonl`).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_nodes23.jsonl")
N = "node_down"

SENTINEL = ("redis/redis-doc", "docs/management/sentinel.md", "03217c2502408dc17da7fa1dea82983b4a829e9f")
JL = "6da2b4b82e73d1918023586430e00c7ab56976fd"
AGENT = ("grafana/jsonnet-libs", "grafana-agent-mixin/prometheus_rules_out/prometheus_alerts.yaml", JL)
CEPH = ("grafana/jsonnet-libs", "ceph-mixin/prometheus_rules_out/prometheus_alerts.yaml", JL)
CSP = ("grafana/jsonnet-libs", "csp-mixin/prometheus_rules_out/prometheus_alerts.yaml", JL)

# ------------------------------------------------------------------ Redis Sentinel
# Sentinel's Pub/Sub events ("<event> <instance details>"), as a notification-script relay and as a
# log-pattern alert quoting the sentinel log line.  The doc: "+sdown ... The specified instance is now
# in Subjectively Down state" (SDOWN means the instance is no longer reachable from the point of view
# of the Sentinel), "+odown ... Objectively Down state", "-sdown"/"-odown" no longer, "+switch-master",
# "+tilt", "+sentinel", "+slave", "-dup-sentinel", "+reset-master", "+elected-leader".


def sentinel_script(expected, why, event, details, host, master="cache-main"):
    family.add(SENTINEL, expected, f"Redis Sentinel event {event} via notification-script: {why}",
               {"alertname": "RedisSentinelEvent", "severity": "warning", "event": event,
                "master_name": master, "sentinel": host, "job": "sentinel-notify"},
               {"summary": f"Sentinel {host}: {event} {details}",
                "description": f"notification-script called with type={event} description=\"{details}\""})


def sentinel_log(expected, why, line, host, alertname="RedisSentinelLogEvent"):
    family.add(SENTINEL, expected, f"Redis Sentinel log line in a Loki alert: {why}",
               {"alertname": alertname, "severity": "warning", "namespace": "redis",
                "pod": host, "container": "sentinel"},
               {"summary": f"Sentinel event on {host}",
                "description": f"Matched log line: {line}"})


sentinel_script(N, "+sdown of a master (no valid PING reply: not reachable)", "+sdown",
                "master cache-main 10.40.3.21 6379", "sentinel-0")
sentinel_script(N, "+sdown of a replica", "+sdown",
                "slave 10.40.3.22:6379 10.40.3.22 6379 @ cache-main 10.40.3.21 6379", "sentinel-1")
sentinel_script(N, "+sdown of another Sentinel", "+sdown",
                "sentinel 5c0f2e7b9d1a43e8b6a0c3d2e1f4a5b6c7d8e9f0 10.40.3.33 26379 @ sessions 10.40.3.31 6379",
                "sentinel-2", master="sessions")
sentinel_script(N, "+odown of a master with quorum", "+odown",
                "master sessions 10.40.3.31 6379 #quorum 2/2", "sentinel-0", master="sessions")
sentinel_log(N, "+sdown master in the log", "1:X 04 Dec 2026 21:14:07.512 # +sdown master queue-redis 10.12.0.7 6379",
             "redis-sentinel-1")
sentinel_log(N, "+odown master in the log", "1:X 04 Dec 2026 21:14:07.603 # +odown master queue-redis 10.12.0.7 6379 #quorum 3/2",
             "redis-sentinel-2")
sentinel_script(None, "-sdown: no longer subjectively down (recovery, rule 14)", "-sdown",
                "master cache-main 10.40.3.21 6379", "sentinel-0")
sentinel_script(None, "-odown: no longer objectively down (recovery, rule 14)", "-odown",
                "master sessions 10.40.3.31 6379", "sentinel-1", master="sessions")
sentinel_script(None, "+switch-master: the master's address changed after a failover (a new leader, as probes_cluster21)",
                "+switch-master", "cache-main 10.40.3.21 6379 10.40.3.22 6379", "sentinel-2")
sentinel_log(None, "+elected-leader: this Sentinel won the election for the epoch (leader election)",
             "1:X 04 Dec 2026 21:14:07.611 # +elected-leader master queue-redis 10.12.0.7 6379", "redis-sentinel-0")
sentinel_script(None, "+tilt: Sentinel's own TILT mode (its timer, not a member gone)", "+tilt",
                "#tilt mode entered", "sentinel-1")
sentinel_script(None, "+sentinel: a new sentinel was detected and attached (a join)", "+sentinel",
                "sentinel 9e1d0c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d 10.40.3.34 26379 @ cache-main 10.40.3.22 6379",
                "sentinel-0")
sentinel_script(None, "+slave: a new replica was detected and attached (a join)", "+slave",
                "slave 10.40.3.21:6379 10.40.3.21 6379 @ cache-main 10.40.3.22 6379", "sentinel-2")
sentinel_script(None, "-dup-sentinel: sentinels removed as duplicated after a restart", "-dup-sentinel",
                "master cache-main 10.40.3.22 6379 #duplicate of 10.40.3.33:26379 or 5c0f2e7b9d1a43e8b6a0c3d2e1f4a5b6c7d8e9f0",
                "sentinel-1")
sentinel_script(None, "+reset-master: the master was reset (SENTINEL RESET by an operator, rule 9)", "+reset-master",
                "master sessions 10.40.3.31 6379", "sentinel-0", master="sessions")

# ------------------------------------------------------------------ grafana/jsonnet-libs mixins
family.add(AGENT, N, "jsonnet-libs GrafanaAgentDown: up{job=\"integrations/agent\"} == 0 for 5m",
           {"alertname": "GrafanaAgentDown", "severity": "critical", "job": "integrations/agent",
            "instance": "edge-collector-04:12345"},
           {"summary": "Grafana agent is down.",
            "description": "Grafana agent is down on edge-collector-04:12345 for the last 5 minutes"})
family.add(AGENT, None, "jsonnet-libs GrafanaAgentCPUHigh: process CPU above 80% (rule 2: CPU is null)",
           {"alertname": "GrafanaAgentCPUHigh", "severity": "warning", "job": "integrations/agent",
            "instance": "edge-collector-02:12345"},
           {"summary": "Grafana agent high CPU usage.",
            "description": "Grafana agent is using more than 80 percent of CPU on edge-collector-02:12345 for the last 5 minutes"})
family.add(CEPH, N, "jsonnet-libs OSDNodeDown: ceph_osd_up == 0 for 5m (an OSD daemon down)",
           {"alertname": "OSDNodeDown", "severity": "warning", "ceph_daemon": "osd.17",
            "instance": "ceph-mgr.storage.svc:9283", "job": "integrations/ceph"},
           {"summary": "The OSD node is down.",
            "description": "The OSD node is down, you won`t have access to the physical disks mounted in this node"})
family.add(CEPH, N, "jsonnet-libs MDSDown: no MDS daemon reporting metadata (all MDS nodes down)",
           {"alertname": "MDSDown", "severity": "warning", "cluster": "ceph-prod-b",
            "job": "integrations/ceph"},
           {"summary": "All MDS nodes down.", "description": "There's no MDS node available."})
family.add(CEPH, None, "jsonnet-libs CephUnhealthyWarning: ceph_health_status == 1 (cluster health, rule 5)",
           {"alertname": "CephUnhealthyWarning", "severity": "warning", "cluster": "ceph-prod-b",
            "job": "integrations/ceph"},
           {"summary": "The Ceph cluster has warning level issues.",
            "description": "The Ceph cluster has warning level issues. Run the ceph -s command on any Ceph node to identify the reason and resolve the issue depending on the output."})
family.add(CSP, N, "jsonnet-libs AzureVMUnavailable: VM availability metric != 1 for 5m",
           {"alertname": "AzureVMUnavailable", "severity": "critical", "namespace": "cloud-provider-azure",
            "service": "Azure Virtual Machines", "serviceId": "microsoft.compute/virtualmachines",
            "resourceGroup": "rg-payments-prod", "resourceName": "vm-pay-worker-03",
            "subscriptionName": "prod-emea", "job": "integrations/azure"},
           {"summary": "VM unavailable.",
            "description": "The VM vm-pay-worker-03 is not functioning or crashed, which may require immediate action.",
            "dashboard_url": "/a/grafana-csp-app/azure/dashboards/vm"})

# ------------------------------------------------------------------ Vitess VTOrc detection analyses
# VTOrc's analysis codes and their descriptions (go/vt/vtorc/inst/analysis_problem.go), rendered as a
# rule on VTOrc's detected-problems gauge (the frame is ours) whose description quotes the analysis.
VTORC = ("vitessio/vitess", "go/vt/vtorc/inst/analysis_problem.go", "71131d53442b37139e983509a23e0e037ba64b24")


def vtorc(expected, why, analysis, description, alias, keyspace="commerce", shard="-80"):
    family.add(VTORC, expected, f"Vitess VTOrc analysis {analysis}: {why}",
               {"alertname": "VTOrcDetectedProblem", "severity": "critical" if expected else "warning",
                "Analysis": analysis, "TabletAlias": alias, "Keyspace": keyspace, "Shard": shard,
                "job": "vtorc", "instance": "vtorc-0.vitess:15000"},
               {"summary": f"VTOrc detected {analysis} on {keyspace}/{shard} ({alias})",
                "description": description})


vtorc(N, "the primary cannot be reached and no replica replicates", "DeadPrimary",
      "Primary cannot be reached by vtorc and none of its replicas is replicating", "zone1-0000000101")
vtorc(N, "the primary cannot be reached and has no replica", "DeadPrimaryWithoutReplicas",
      "Primary cannot be reached by vtorc and has no replica", "zone2-0000000210", keyspace="lookup", shard="0")
vtorc(N, "the primary and some replicas cannot be reached", "DeadPrimaryAndSomeReplicas",
      "Primary cannot be reached by vtorc; some of its replicas are unreachable and none of its reachable replicas is replicating",
      "zone1-0000000301", keyspace="customer", shard="80-")
vtorc(N, "the single replica is dead (not reachable by VTOrc)", "PrimarySingleReplicaDead",
      "Primary is reachable but its single replica is dead", "zone1-0000000401", keyspace="orders", shard="40-80")
vtorc(None, "replication stopped on a replica (broken replication, rule 5)", "ReplicationStopped",
      "Replication is stopped", "zone1-0000000102")
vtorc(None, "the primary is read-only (a setting, not a member gone)", "PrimaryIsReadOnly",
      "Primary is read-only", "zone1-0000000101")
vtorc(None, "a replica is writable (a setting)", "ReplicaIsWritable",
      "Replica is writable", "zone2-0000000212", keyspace="lookup", shard="0")
vtorc(None, "errant GTIDs on a tablet (diverged replica, rule 10)", "ErrantGTIDDetected",
      "Tablet has errant GTIDs", "zone1-0000000303", keyspace="customer", shard="80-")
vtorc(None, "a replica connected to the wrong primary (broken replication topology)", "ConnectedToWrongPrimary",
      "Connected to wrong primary", "zone1-0000000103")
vtorc(None, "a replica-type tablet that acts as a primary, replicating from nobody (broken replication)",
      "NotConnectedToPrimary", "Not connected to the primary", "zone2-0000000104")
vtorc(None, "the single replica is reachable but not replicating (broken replication, rule 5)",
      "PrimarySingleReplicaNotReplicating", "Primary is reachable but its single replica is not replicating",
      "zone1-0000000401", keyspace="orders", shard="40-80")
vtorc(None, "a stale PRIMARY record after a newer primary was elected (leader change)", "StaleTopoPrimary",
      "Primary tablet is stale, older than current primary", "zone1-0000000105")
vtorc(None, "replica net timeout not twice the heartbeat interval (a setting, rule 9)", "ReplicaMisconfigured",
      "Replica has been misconfigured", "zone1-0000000106")

# ------------------------------------------------------------------ Mirantis StackLight (salt-formulas)
GALERA = ("salt-formulas/salt-formula-galera", "galera/meta/prometheus.yml", "cb2bb079d620be369318cef0e05cdfa38697498e")
ES_SALT = ("salt-formulas/salt-formula-elasticsearch", "elasticsearch/meta/prometheus.yml",
           "39f214eeef6028c783971c948bf57278ee2ae618")

family.add(GALERA, N, "StackLight GaleraServiceDown: mysql_up != 1 on a Galera node",
           {"alertname": "GaleraServiceDown", "severity": "minor", "service": "mysql", "host": "dbs02",
            "instance": "dbs02:9104"},
           {"summary": "Galera service is down", "description": "The Galera service on the dbs02 node is down."})
family.add(GALERA, N, "StackLight GaleraServiceOutage: mysql_up == 0 on every node of the cluster",
           {"alertname": "GaleraServiceOutage", "severity": "critical", "service": "mysql", "cluster": "dbs"},
           {"summary": "Galera service outage", "description": "All Galera services within the dbs cluster are down."})
family.add(ES_SALT, N, "StackLight ElasticsearchServiceDown: elasticsearch_up == 0 on a node",
           {"alertname": "ElasticsearchServiceDown", "severity": "minor", "service": "elasticsearch",
            "host": "log03", "instance": "log03:9108"},
           {"summary": "Elasticsearch service is down",
            "description": "The Elasticsearch service on the log03 node is down."})
family.add(ES_SALT, N, "StackLight ElasticsearchServiceDownMajor: at least 60% of elasticsearch_up == 0 for 2m",
           {"alertname": "ElasticsearchServiceDownMajor", "severity": "major", "service": "elasticsearch"},
           {"summary": "60.0% of Elasticsearch services are down",
            "description": "2 Elasticsearch services are down for 2 minutes."})
family.add(ES_SALT, N, "StackLight ElasticsearchServiceOutage: every elasticsearch_up == 0",
           {"alertname": "ElasticsearchServiceOutage", "severity": "critical", "service": "elasticsearch"},
           {"summary": "Elasticsearch cluster outage",
            "description": "All Elasticsearch services within the cluster are down."})
family.add(ES_SALT, None, "StackLight ElasticsearchClusterHealthStatusMajor: cluster health YELLOW (rule 5)",
           {"alertname": "ElasticsearchClusterHealthStatusMajor", "severity": "major", "service": "elasticsearch"},
           {"summary": "Elasticsearch cluster status is YELLOW",
            "description": "The Elasticsearch cluster status is YELLOW for 2 minutes."})
family.add(ES_SALT, None, "StackLight ElasticsearchClusterHealthStatusCritical: cluster health RED (rule 5)",
           {"alertname": "ElasticsearchClusterHealthStatusCritical", "severity": "critical", "service": "elasticsearch"},
           {"summary": "Elasticsearch cluster status is RED",
            "description": "The Elasticsearch cluster status is RED for 2 minutes."})

DOCKER_SALT = ("salt-formulas/salt-formula-docker", "docker/meta/prometheus.yml", "905536ea2451b275c6a9e0b1a6189be7e2275356")
INFLUX_SALT = ("salt-formulas/salt-formula-influxdb", "influxdb/meta/prometheus.yml", "8ec0a62f4c6cbf3a4570fc5de72911bc639a07dc")
LINUX_SALT = ("salt-formulas/salt-formula-linux", "linux/meta/prometheus.yml", "0bd8565876a43d17ed1b4306c1af59ac8516c02b")

family.add(DOCKER_SALT, N, "StackLight DockerdProcessDown: procstat_running{process_name=\"dockerd\"} == 0 (rule 7: zero processes)",
           {"alertname": "DockerdProcessDown", "severity": "minor", "service": "docker", "host": "ctl02",
            "process_name": "dockerd"},
           {"summary": "Dockerd process is down", "description": "The dockerd process on the ctl02 node is down."})
family.add(DOCKER_SALT, N, "StackLight DockerServiceOutage: no dockerd running on any node of the cluster",
           {"alertname": "DockerServiceOutage", "severity": "critical", "service": "docker", "cluster": "ctl"},
           {"summary": "Docker cluster outage", "description": "All dockerd processes within the ctl cluster are down."})
family.add(DOCKER_SALT, N, "StackLight DockerService<Name>ReplicasDownMajor: Swarm tasks running below the replica count",
           {"alertname": "DockerServiceMonitoringAlertmanagerReplicasDownMajor", "severity": "major", "service": "docker",
            "service_name": "monitoring_alertmanager"},
           {"summary": "60.0% of Docker Swarm 'monitoring_alertmanager' service replicas are down",
            "description": "2 Docker Swarm 'monitoring_alertmanager' service replicas are down for 2 minutes."})
family.add(DOCKER_SALT, N, "StackLight DockerService<Name>Outage: no Swarm task of the service running",
           {"alertname": "DockerServiceDashboardGrafanaOutage", "severity": "critical", "service": "docker",
            "service_name": "dashboard_grafana"},
           {"summary": "Docker Swarm 'dashboard_grafana' service outage",
            "description": "All Docker Swarm 'dashboard_grafana' replicas are down for 2 minutes."})
family.add(INFLUX_SALT, N, "StackLight InfluxdbServiceDown: influxdb_up == 0",
           {"alertname": "InfluxdbServiceDown", "severity": "minor", "service": "influxdb", "host": "mtr01"},
           {"summary": "InfluxDB service is down", "description": "The InfluxDB service on the mtr01 node is down."})
family.add(INFLUX_SALT, N, "StackLight InfluxdbServicesDownMajor: a share of influxdb_up == 0",
           {"alertname": "InfluxdbServicesDownMajor", "severity": "major", "service": "influxdb"},
           {"summary": "60.0% of InfluxDB services are down",
            "description": "2 InfluxDB services are down (at least 60.0%)."})
family.add(INFLUX_SALT, None, "StackLight InfluxdbSeriesMaxNumberCritical: series cardinality at its per-database maximum (no signature)",
           {"alertname": "InfluxdbSeriesMaxNumberCritical", "severity": "critical", "service": "influxdb",
            "database": "prometheus", "host": "mtr02"},
           {"summary": "Maximum number of time series in the prometheus database",
            "description": "The InfluxDB prometheus database contains 1000000 time series. No more series can be saved."})
family.add(INFLUX_SALT, "high_error_rate", "StackLight InfluxdbHTTPClientErrorsWarning: ratio of 4xx HTTP requests (rule 4)",
           {"alertname": "InfluxdbHTTPClientErrorsWarning", "severity": "warning", "service": "influxdb", "host": "mtr03"},
           {"summary": "5% of HTTP client errors",
            "description": "An average of 7.4% of HTTP client requests on the mtr03 node fail."})
family.add(LINUX_SALT, None, "StackLight AvgCPUUsageIdle: idle CPU below 10% on a node (CPU, rule 2)",
           {"alertname": "AvgCPUUsageIdle", "severity": "warning", "service": "system", "host": "cmp014", "cpu": "cpu-total"},
           {"summary": "Avarage CPU usage (idle) for node cmp014 is low",
            "description": "Avarage CPU usage (idle) for node cmp014 is low 6.2"})
family.add(LINUX_SALT, None, "StackLight SystemLoad5: load per CPU above 3 on a node (load, rule 2)",
           {"alertname": "SystemLoad5", "severity": "warning", "service": "system", "host": "cmp021"},
           {"summary": "High system load (5m) on cmp021", "description": "High system load (5m) on node cmp021"})

# ------------------------------------------------------------------ New Relic infrastructure conditions
# newrelic_infra_alert_condition examples (condition name, description, type), as a New Relic incident
# webhook relayed to Alertmanager (frame ours).
NR_TF = ("newrelic/terraform-provider-newrelic", "website/docs/r/infra_alert_condition.html.markdown",
         "0f8e32cd6dad82684427a4a5b02af86054f3d643")
family.add(NR_TF, N, "New Relic infra_host_not_reporting condition: the infrastructure agent stopped reporting (rule 8)",
           {"alertname": "Host not reporting", "severity": "critical", "condition_type": "infra_host_not_reporting",
            "policy_name": "frontend-hosts", "hostname": "frontend-07.prod"},
           {"summary": "Host not reporting: frontend-07.prod",
            "description": "Critical alert when the host is not reporting. frontend-07.prod has not reported for 5 minutes."})
family.add(NR_TF, N, "New Relic infra_process_running condition equal 0 for 5 minutes (rule 7: zero processes)",
           {"alertname": "Process not running (/usr/bin/ruby)", "severity": "critical",
            "condition_type": "infra_process_running", "policy_name": "web", "hostname": "web01"},
           {"summary": "Process not running (/usr/bin/ruby) on web01",
            "description": "Critical alert when ruby isn't running. commandName = '/usr/bin/ruby' process count equal 0 for at least 5 minutes on web01."})

# ------------------------------------------------------------------ Elastic Agent built-in rules
EA = ("elastic/docs-content", "reference/fleet/alert-templates.md", "11b482fba56a5c63a99665be0cfe7dc0a1898c9d")


def elastic_agent(expected, why, rule, doc, agent, extra):
    family.add(EA, expected, f"Elastic Agent built-in rule {rule}: {why}",
               {"alertname": rule, "severity": "warning", "rule_type": ".es-query", "agent_name": agent,
                "policy": "fleet-server-policy" if "fleet" in agent else "linux-hosts"},
               {"summary": f"{rule} fired for {agent}", "description": f"{doc} {extra}"})


elastic_agent(N, "agents offline for longer than the inactivity timeout (rule 8: heartbeat/check-in lost)",
              "[Elastic Agent] Offline status", "Checks for any agents that are offline.",
              "web-node-12", "Agent web-node-12 status: offline, last_checkin: 2026-12-04T20:41:09Z.")
elastic_agent(None, "an agent removed from Fleet with its API keys revoked by hand (planned, rule 9)",
              "[Elastic Agent] Unenrolled status", "Checks for agents that have been manually unenrolled.",
              "batch-runner-03", "Agent batch-runner-03 status: unenrolled.")
elastic_agent(None, "an agent uninstalled and removed from the host (planned, rule 9)",
              "[Elastic Agent] Uninstalled status", "Checks for agents that have been uninstalled.",
              "kiosk-22", "Agent kiosk-22 status: uninstalled.")
elastic_agent(None, "an agent's processes pegged at high CPU (CPU, rule 2)",
              "[Elastic Agent] CPU usage spike",
              "Checks if the agent or any of its processes were pegged at a high CPU for a specified window of time.",
              "ingest-05", "system.process.cpu.total.norm.pct = 0.93 for component filestream-default.")
elastic_agent("crash_loop", "11 or more restarts on a host in a 5-minute window (rule 7)",
              "[Elastic Agent] Excessive restarts", "Checks for excessive restarts on a host.",
              "db-edge-02", "14 restarts of elastic-agent in the last 5 minutes.")

# ------------------------------------------------------------------ Icinga 2 cluster health checks
# The built-in `cluster` and `cluster-zone` check commands' outputs, as Icinga 2 service notifications
# relayed to Alertmanager (frame ours; hosts and zones made up).
I2_CLUSTER = ("Icinga/icinga2", "lib/methods/clusterchecktask.cpp", "4b4d15ce727571aa5e6f603546e6236b3131fb0d")
I2_ZONE = ("Icinga/icinga2", "lib/methods/clusterzonechecktask.cpp", "3c60fbf75ddd89c618b535e8dab0902c9049d724")


def icinga2(src, expected, why, service, state, output, host="icinga-master-1"):
    family.add(src, expected, f"Icinga 2 {service} check {state}: {why}",
               {"alertname": "IcingaServiceProblem", "severity": "critical" if state == "CRITICAL" else "info",
                "host": host, "service": service, "state": state, "notification_type": "PROBLEM" if state != "OK" else "RECOVERY"},
               {"summary": f"{service} on {host} is {state}", "description": output})


icinga2(I2_CLUSTER, N, "endpoints of the cluster not connected (members unreachable, rule 11)", "cluster", "CRITICAL",
        "Icinga 2 Cluster Problem: 2 endpoints are not connected.\n(satellite-eu-2.mon.example.net, agent-db-07.example.net)")
icinga2(I2_ZONE, N, "no endpoint of a zone connected", "cluster-zone-satellite-apac", "CRITICAL",
        "Zone 'satellite-apac' is not connected. Log lag: 14 minutes and 22 seconds")
icinga2(I2_ZONE, N, "an agent's zone not connected (the agent's availability check)", "cluster-zone-web-14", "CRITICAL",
        "Zone 'web-14.example.net' is not connected. Log lag: 3 hours and 2 minutes", host="web-14.example.net")
icinga2(I2_CLUSTER, None, "every endpoint connected (an OK status line, rule 14)", "cluster", "OK",
        "Icinga 2 Cluster OK: 6 endpoints are connected.\n(satellite-eu-1.mon.example.net, satellite-eu-2.mon.example.net, satellite-apac-1.mon.example.net, agent-db-07.example.net, web-14.example.net, icinga-master-2)")
icinga2(I2_ZONE, None, "the zone connected with no lag (an OK status line, rule 14)", "cluster-zone-satellite-eu", "OK",
        "Zone 'satellite-eu' is connected. Log lag: 0.00 seconds")
icinga2(I2_ZONE, "replication_lag", "zone connected but its replay-log lag above the critical threshold (decision: replication lag)",
        "cluster-zone-satellite-eu", "CRITICAL",
        "Zone 'satellite-eu' is connected. Log lag: 47 minutes and 10 seconds greater than critical threshold: 30 minutes")

# ------------------------------------------------------------------ Confluent jmx-monitoring-stacks broker rules
CP_BROKER = ("confluentinc/jmx-monitoring-stacks",
             "jmxexporter-prometheus-grafana/assets/prometheus/prometheus-alerts/broker-alerts.yml",
             "84aee3a406376cd18c932d44bbd0d368042c174d")
family.add(CP_BROKER, None, "Confluent UncleanLeaderElectionsPerSec > 0: a partition leader election out of sync (look-alike)",
           {"alertname": "UncleanLeaderElectionsPerSec > 0", "severity": "page", "env": "prod-eu"},
           {"summary": "UncleanLeaderElectionsPerSec for env prod-eu",
            "description": "UncleanLeaderElectionsPerSec for env prod-eu is 0.35. "})
family.add(CP_BROKER, None, "Confluent UnderMinIsrPartitionCount > 0: replicas out of the in-sync set (rule 8, broken replication)",
           {"alertname": "UnderMinIsrPartitionCount > 0", "severity": "page", "env": "prod-eu"},
           {"summary": "UnderMinIsrPartitionCount for env prod-eu",
            "description": "UnderMinIsrPartitionCount for env prod-eu is 12. "})

# ------------------------------------------------------------------ more StackLight services
MONGO_SALT = ("salt-formulas/salt-formula-mongodb", "mongodb/meta/prometheus.yml", "c836872022236ea1e9d486942db4d45c12ac053b")
SALT_SALT = ("salt-formulas/salt-formula-salt", "salt/meta/prometheus.yml", "77bef8d06cd64ab804064a4288c52dd7211b0dca")
NGINX_SALT = ("salt-formulas/salt-formula-nginx", "nginx/meta/prometheus.yml", "78d56b0f1e0d806f83421b88b9dcc981cb43bdf8")
family.add(MONGO_SALT, N, "StackLight MongoDBServiceDown: mongodb_up == 0 for 1m",
           {"alertname": "MongoDBServiceDown", "severity": "minor", "service": "mongodb", "host": "dbs03"},
           {"summary": "MongoDB service is down", "description": "The MongoDB service on the dbs03 node is down for 1 minute."})
family.add(MONGO_SALT, N, "StackLight MongoDBServiceOutage: every mongodb_up == 0",
           {"alertname": "MongoDBServiceOutage", "severity": "critical", "service": "mongodb"},
           {"summary": "MongoDB service outage", "description": "All MongoDB services are down for 1 minute."})
family.add(SALT_SALT, N, "StackLight SaltMinionProcessDown: no salt-minion process (an agent not running, rule 7)",
           {"alertname": "SaltMinionProcessDown", "severity": "warning", "service": "salt-minion", "host": "cmp033",
            "process_name": "salt-minion"},
           {"summary": "Salt-minion service is down", "description": "Salt-minion service is down on node cmp033"})
family.add(SALT_SALT, N, "StackLight SaltMasterProcessDown: no salt-master process",
           {"alertname": "SaltMasterProcessDown", "severity": "warning", "service": "salt-master", "host": "cfg01",
            "process_name": "salt-master"},
           {"summary": "Salt-master service is down", "description": "Salt-master service is down on node cfg01"})
family.add(NGINX_SALT, N, "StackLight NginxServiceDown: nginx_up != 1",
           {"alertname": "NginxServiceDown", "severity": "minor", "service": "nginx", "host": "prx01"},
           {"summary": "NGINX service is down", "description": "The NGINX service on the prx01 node is down."})
family.add(NGINX_SALT, N, "StackLight NginxServiceOutage: nginx_up == 0 on every node of the cluster",
           {"alertname": "NginxServiceOutage", "severity": "critical", "service": "nginx", "cluster": "prx"},
           {"summary": "NGINX cluster outage", "description": "All NGINX processes within the prx cluster are down."})

# ------------------------------------------------------------------ APISIX health checker (lua-resty-healthcheck)
APISIX_HC = ("apache/apisix", "docs/en/latest/tutorials/health-check.md", "88951479de77cbc06d9acfc52d7e4e58b5ed57b1")
family.add(APISIX_HC, N, "APISIX error-log lines: the health checker's second TCP failure (2/2) marks the upstream node unhealthy (rule 9)",
           {"alertname": "ApisixUpstreamHealthcheckLog", "severity": "warning", "namespace": "gateway",
            "pod": "apisix-6d8f7b9c5-q2lxw", "container": "apisix"},
           {"summary": "APISIX marked an upstream node unhealthy",
            "description": "failed to receive status line from 'nil (10.20.4.17:8080)': closed\n"
                           "unhealthy TCP increment (2/2) for '(10.20.4.17:8080)'"})
family.add(APISIX_HC, None, "APISIX Control API: every node of the upstream back to status healthy (rule 14)",
           {"alertname": "ApisixHealthcheckStatus", "severity": "info", "namespace": "gateway",
            "upstream": "/apisix/routes/orders"},
           {"summary": "Upstream /apisix/routes/orders health check status",
            "description": "nodes: 10.20.4.17:8080 status=healthy (tcp_failure=0, http_failure=0, timeout_failure=0); "
                           "10.20.4.18:8080 status=healthy (tcp_failure=0, http_failure=0, timeout_failure=0)"})

# ------------------------------------------------------------------ Redis Sentinel: SENTINEL MASTER flags
family.add(SENTINEL, N, "SENTINEL MASTER flags carrying s_down/o_down (the doc: \"If the master was down we could expect to see s_down or o_down flag\")",
           {"alertname": "RedisSentinelMasterFlags", "severity": "critical", "master_name": "billing",
            "sentinel": "10.40.5.2:26379", "job": "sentinel-check"},
           {"summary": "Sentinel reports master billing with flags s_down,o_down,master",
            "description": "SENTINEL MASTER billing: ip=10.40.5.11 port=6379 flags=s_down,o_down,master num-slaves=2 num-other-sentinels=2 quorum=2"})

if __name__ == "__main__":
    family.write()
