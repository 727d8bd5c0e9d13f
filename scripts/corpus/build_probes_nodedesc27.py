#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_nodedesc27.jsonl: node_down as alerts really say it, where
the alert's name or frame names something else (a swarm checker, a health alerter, a monitor)
and the message or summary says that a host, service, manager or node is down, unreachable or
not available; with null look-alikes (resolve notices, a healthy/stopped service, planned work).

Labels were decided from each source's meaning under tests/fixtures/corpus/POLICY.md before the
classifier ran on the file. Label values (swarm names, hosts, services) are made up; the message
and summary strings are the source's own format strings with their fields filled in.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

ND, NULL, CL, DF = "node_down", None, "crash_loop", "disk_full"

BRABLC = "brablc/swarm-health-alerter"
PORT = (BRABLC, "port-alerter.sh", "08d4c251592d5c9fd1b0a058fe6eddc3c5864d81")
EVENT = (BRABLC, "event-alerter.py", "197d0be23ae19f3c7680dfbe48163ac9786a3c14")
SWARM = (BRABLC, "swarm-alerter.sh", "08d4c251592d5c9fd1b0a058fe6eddc3c5864d81")
DISK = (BRABLC, "disk-alerter.sh", "37c0e465230febb94dc8b43de165d4f053a761f1")

family = ProbeFamily("probes_nodedesc27.jsonl")


def zenduty(src, expected, why, checker, swarm, message, summary, **labels):
    """A swarm-health-alerter event as its Zenduty integration receives it (message, summary)."""
    lab = {"alertname": checker, "swarm": swarm, "severity": "critical"}
    lab.update(labels)
    family.add(src, expected, why, lab, {"message": message, "summary": summary})


# port-alerter.sh: dockerize waits 5s for tcp://alias:port; on failure "<swarm> service <name>
# (<alias>:<port>) not available via mesh"; on recovery "... is available via mesh".
zenduty(PORT, ND, "a service's port not reachable through the mesh: the service is down (rule 4)",
        "port-alerter", "ProdSwarm",
        "ProdSwarm service app_rabbitmq (rabbitmq:5672) not available via mesh", "",
        service="app_rabbitmq")
zenduty(PORT, ND, "a socket check failing at the host: the service is not available (rule 4)",
        "port-alerter", "ProdSwarm",
        "ProdSwarm service db_postgres (postgres:unix:/var/run/postgresql/.s.PGSQL.5432) not available at swarm-node-02",
        "", service="db_postgres")
zenduty(PORT, NULL, "a resolve notice: the service is available again, nothing is down",
        "port-alerter", "ProdSwarm",
        "ProdSwarm service web_nginx (nginx:443) is available via mesh", "", service="web_nginx")
# event-alerter.py: containers created and destroyed over a window, failing healthchecks, stable.
zenduty(EVENT, CL, "containers created and destroyed 3 times within 120 s: restarts in a window (rule 4)",
        "event-alerter", "ProdSwarm",
        "ProdSwarm service api_worker failing on swarm-node-01",
        "There were 3 containers created and 3 destroyed within 120 seconds.", service="api_worker")
zenduty(EVENT, NULL, "a resolve notice: no events, the service is stable (healthy or stopped)",
        "event-alerter", "ProdSwarm",
        "ProdSwarm service api_worker stable on swarm-node-01",
        "No events in last 120 seconds, assuming service is healthy (or stopped)", service="api_worker")
# swarm-alerter.sh: active managers fewer than SWARM_MANAGER_MIN.
zenduty(SWARM, ND, "swarm managers no longer active below the minimum: cluster members lost (rule 11)",
        "swarm-alerter", "ProdSwarm",
        "ProdSwarm swarm active managers count 1 is less than 3 at swarm-mgr-01", "")
zenduty(SWARM, NULL, "a resolve notice: the manager count is back to the minimum",
        "swarm-alerter", "ProdSwarm",
        "ProdSwarm swarm active managers count 3 is ok at swarm-mgr-01", "")
# disk-alerter.sh: root filesystem usage at or over DISK_USAGE_MAX.
zenduty(DISK, DF, "root filesystem usage over its maximum: disk capacity (rule 2)",
        "disk-alerter", "ProdSwarm",
        "ProdSwarm disk /rootfs at swarm-node-03 usage 93% >= 90 is out of space",
        "Filesystem      Size  Used Avail Use% Mounted on\noverlay          78G   72G  5.6G  93% /rootfs")

# FabianKramm/kube-problem: a cluster watcher posting each problem found on nodes and pods to
# Slack; the node's condition message is Kubernetes' own (kubelet / node controller).
KP = "FabianKramm/kube-problem"
KNODES = (KP, "pkg/runner/nodes.go", "7174bc7e4bce19aaf2355a396a8f9b6db8bface1")
KPODS = (KP, "pkg/runner/namespace.go", "7174bc7e4bce19aaf2355a396a8f9b6db8bface1")


def kube_problem(src, expected, why, kind, message, **labels):
    """A kube-problem report as its Slack message carries it."""
    lab = {"alertname": "kube-problem", "kind": kind, "cluster": "prod-eu-1"}
    lab.update(labels)
    family.add(src, expected, why, lab, {"message": message})


kube_problem(KNODES, ND, "Ready status Unknown, kubelet stopped posting: the node is NotReady (rule 4)",
             "Node", "Node 'worker-3' has ready status 'Unknown': Kubelet stopped posting node status.",
             node="worker-3")
kube_problem(KNODES, ND, "Ready status False, the runtime's network not ready: the node is NotReady (rule 4)",
             "Node", "Node 'worker-5' has ready status 'False': container runtime network not ready: "
             "NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized",
             node="worker-5")
kube_problem(KNODES, "out_of_memory", "MemoryPressure condition: memory capacity (rule 2)",
             "Node", "Node 'worker-2' has condition (MemoryPressure): kubelet has insufficient memory available",
             node="worker-2")
kube_problem(KNODES, DF, "DiskPressure condition: disk capacity (rule 2)",
             "Node", "Node 'worker-7' has condition (DiskPressure): kubelet has disk pressure", node="worker-7")
kube_problem(KNODES, NULL, "the monitor cannot get the node's metrics; the crash is only guessed (rules 8, 17)",
             "Node", "Metrics for node 'worker-6' cannot be retrieved. This could mean the node crashed or is under heavy load",
             node="worker-6")
kube_problem(KNODES, NULL, "CPU usage (rule 2: CPU is no signature)",
             "Node", "Node 'worker-1' has constantly around 100% cpu usage, this could slow down workloads running on the node",
             node="worker-1")
kube_problem(KNODES, "out_of_memory", "memory usage near 100% of capacity (rule 2)",
             "Node", "Node 'worker-8' has constantly around 100% memory usage, this could slow down workloads running on the node",
             node="worker-8")
kube_problem(KPODS, CL, "a pod in CrashLoopBackOff (rule 4)",
             "Pod", "Pod 'shop/cart-7d9f8b6c4-xk2lp' has critical status 'CrashLoopBackOff'",
             namespace="shop", pod="cart-7d9f8b6c4-xk2lp")
kube_problem(KPODS, NULL, "ImagePullBackOff: the container never ran, nothing restarts (session-22 decision 1)",
             "Pod", "Pod 'shop/search-5c6d7f9b8-q7wzn' has critical status 'ImagePullBackOff'",
             namespace="shop", pod="search-5c6d7f9b8-q7wzn")
kube_problem(KPODS, NULL, "a pod waiting in ContainerCreating: pending, nothing is down",
             "Pod", "Pod 'batch/report-28114560-7tqjv' is not starting with status 'ContainerCreating'",
             namespace="batch", pod="report-28114560-7tqjv")
kube_problem(KPODS, "out_of_memory", "one termination with OOMKilled / 137: the cause decides (rule 12)",
             "Pod", "Pod 'shop/checkout-6b8f9d7c5-m4r8t' has restarted 240 seconds ago due to 'OOMKilled' with exit code '137'",
             namespace="shop", pod="checkout-6b8f9d7c5-m4r8t")
kube_problem(KPODS, NULL, "one restart with a plain Error exit (rule 5)",
             "Pod", "Pod 'shop/cart-7d9f8b6c4-xk2lp' has restarted 75 seconds ago due to 'Error' with exit code '1'",
             namespace="shop", pod="cart-7d9f8b6c4-xk2lp")

# canonical/prometheus-k8s-operator: the charm's own Prometheus rules (awesome-prometheus-alerts
# wording, %%juju_topology%% rendered as Juju labels) and rules of its unit tests.
CAN = "canonical/prometheus-k8s-operator"
JUJU = {"juju_model": "cos", "juju_model_uuid": "5d8f2c1e-7a40-4b8e-9f3a-0c6e1d2b9a77",
        "juju_application": "mysql", "juju_unit": "mysql/1", "instance": "cos_5d8f2c1e_mysql_mysql/1"}


def rule(path, commit, expected, why, alertname, severity, summary, description, **labels):
    lab = {"alertname": alertname, "severity": severity}
    lab.update(JUJU)
    lab.update(labels)
    family.add((CAN, path, commit), expected, why, lab, {"summary": summary, "description": description})


VL = "\n  VALUE = {v}\n  LABELS = map[instance:cos_5d8f2c1e_mysql_mysql/1 juju_application:mysql juju_model:cos]"
rule("src/prometheus_alert_rules/prometheus-all-targets-missing.rule", "bc4c84f3bec1b19ae5e97eb4e50fc17c100470c6",
     ND, "count(up) == 0: a job with no living target (rules 4, 8)", "PrometheusAllTargetsMissing", "critical",
     "Prometheus all targets missing (instance cos_5d8f2c1e_mysql_mysql/1)",
     "A Prometheus job does not have living targets anymore." + VL.format(v="0"))
rule("tests/unit/prometheus_alert_rules/host_metrics_missing.rule", "a09af231fe01ae8901549dc50448df3a8419accf",
     ND, "absent(up): a no-data alert on the target's own up series (rule 8)", "HostMetricsMissing", "critical",
     "Host metrics missing (instance cos_5d8f2c1e_mysql_mysql/1)",
     "Host metrics have disappeared from Prometheus. This may indicate that the exporter is down or unreachable. "
     "VALUE = 1 LABELS = map[juju_application:scraped_charm juju_model:test-model]\n",
     juju_application="scraped_charm", juju_charm="scraped-charm-k8s", juju_model="test-model")
rule("src/prometheus_alert_rules/prometheus-too-many-restarts.rule", "bc4c84f3bec1b19ae5e97eb4e50fc17c100470c6",
     CL, "process start time changed more than twice in 15 minutes: restarts in a window (rule 4)",
     "PrometheusTooManyRestarts", "warning", "Prometheus too many restarts (instance cos_5d8f2c1e_mysql_mysql/1)",
     "Prometheus has restarted more than twice in the last 15 minutes. It might be crashlooping." + VL.format(v="3"))
rule("src/prometheus_alert_rules/prometheus_notifications_backlog.rule", "32ad886c7aee6395cc00f63a5b4adf7d61a2f6c7",
     "queue_backlog", "the notification queue not empty for 10 minutes: work waiting (rule 4)",
     "PrometheusNotificationsBacklog", "warning", "Prometheus notifications backlog (instance cos_5d8f2c1e_mysql_mysql/1)",
     "The Prometheus notification queue has not been empty for 10 minutes" + VL.format(v="12"))
rule("src/prometheus_alert_rules/prometheus-target-scrape-slow.rule", "bc4c84f3bec1b19ae5e97eb4e50fc17c100470c6",
     NULL, "the scrape interval stretched: the monitor's own collection (rule 8), nothing down",
     "PrometheusTargetScrapingSlow", "warning", "Prometheus target scraping slow (instance cos_5d8f2c1e_mysql_mysql/1)",
     "Prometheus is scraping exporters slowly" + VL.format(v="61.27"))
rule("src/prometheus_alert_rules/prometheus_tsdb_compactions_failed.rule", "32ad886c7aee6395cc00f63a5b4adf7d61a2f6c7",
     NULL, "TSDB compactions failed: a failed job of the store (rule 10)",
     "PrometheusTsdbCompactionsFailed", "critical", "Prometheus TSDB compactions failed (instance cos_5d8f2c1e_mysql_mysql/1)",
     "Prometheus encountered 1 TSDB compactions failures" + VL.format(v="1"))

# xcat2/xcat-core: nodestat's per-node status words (sshd, ping, netboot, noping) as a cron job
# wrapping `nodestat compute -u` forwards a changed node status (our frame: alertname, node).
NODESTAT = ("xcat2/xcat-core", "docs/source/guides/admin-guides/references/man1/nodestat.1.rst",
            "215aecb5ab5d8264e55d5a7fa3da15834e528c61")
for expected, why, node, status in [
    (ND, "noping: none of sshd/pbs_mom/xend open and fping fails, the node does not answer ping (rule 4)",
     "node5", "noping"),
    (NULL, "netboot: the node is pingable and in the middle of deployment, planned provisioning (rule 9)",
     "node4", "netboot"),
    (NULL, "sshd: the node answers on its sshd port, a status line with nothing wrong",
     "node1", "sshd"),
]:
    family.add(NODESTAT, expected, why,
               {"alertname": "XcatNodeStatusChanged", "node": node, "group": "compute", "severity": "warning"},
               {"summary": f"nodestat compute -u: {node} status changed",
                "description": f"{node}   {status}"})

# Other Canonical charms' rule files (unused projects): MySQL (group replication), PostgreSQL
# (Patroni) and hardware-observer; labels carry Juju topology as the charms' rules get it.
MYSQL = "canonical/mysql-k8s-operator"
PG = "canonical/postgresql-operator"
HW = "canonical/hardware-observer-operator"


def charm(src, expected, why, alertname, severity, summary, description, **labels):
    lab = {"alertname": alertname, "severity": severity, "juju_model": "db"}
    lab.update(labels)
    family.add(src, expected, why, lab, {"summary": summary, "description": description})


MYL = {"juju_application": "mysql-k8s", "juju_unit": "mysql-k8s/2", "instance": "mysql-k8s-2"}
MYLS = "LABELS = map[instance:mysql-k8s-2 juju_application:mysql-k8s juju_model:db juju_unit:mysql-k8s/2]."
charm((MYSQL, "src/prometheus_alert_rules/replication_rules.yaml", "0f8417378d7506f48fde5d4fe05502b9e997a4ca"),
      ND, "ONLINE members of the group fewer than the 6-hour maximum: cluster members lost (rule 11)",
      "MySQLGroupReplicationReduced", "warning", "MySQL cluster's Group Replication size reduced",
      "The number of ONLINE members in the MySQL Group Replication cluster has reduced compared to the maximum observed in the last 6 hours.\n"
      "Please check the cluster health, the logs and investigate.\n" + MYLS + "\n", **MYL)
charm((MYSQL, "src/prometheus_alert_rules/replication_rules.yaml", "0f8417378d7506f48fde5d4fe05502b9e997a4ca"),
      NULL, "absent(member_role=PRIMARY): no-data on a non-liveness metric, leader loss as cluster health (rules 5, 8)",
      "MySQLClusterNoPrimary", "critical", "MySQL cluster reports no primariy",
      "MySQL has no primaries. The cluster will likely be in a Read-Only state.\n"
      "Please check the cluster health, the logs and investigate.\nLABELS = map[juju_application:mysql-k8s juju_model:db].\n",
      juju_application="mysql-k8s")
charm((MYSQL, "src/prometheus_alert_rules/general_rules.yaml", "29ea602cb205c31651e14377fc00a56484b2f883"),
      NULL, "uptime under 60 s: one restart (rule 5)",
      "MySQLRestarted", "info", "MySQL instance mysql-k8s-2 restarted.",
      "MySQL restarted less than one minute ago.\nIf the restart was unplanned or frequent, check Loki logs (e.g. `error.log`).\n"
      + MYLS + "\n", **MYL)
charm((MYSQL, "src/prometheus_alert_rules/general_rules.yaml", "29ea602cb205c31651e14377fc00a56484b2f883"),
      NULL, "the exporter's own scrape error: the monitor's collection (rule 8)",
      "MySQLMetricsScrapeError", "warning", "MySQL instance mysql-k8s-2 has a metrics scrape error.",
      "The MySQL Exporter encountered an error while scraping metrics.\nCheck the MySQL Exporter logs for more details.\n"
      + MYLS + "\n", **MYL)
PGL = {"juju_application": "postgresql", "juju_unit": "postgresql/1", "instance": "postgresql-1", "scope": "postgresql"}
PGLS = "LABELS = map[instance:postgresql-1 juju_application:postgresql juju_model:db juju_unit:postgresql/1 scope:postgresql]\n"
charm((PG, "src/prometheus_alert_rules/patroni_rules.yaml", "0ac5e81569e86446ca181319e7f4eb5a3fda478b"),
      ND, "patroni_postgres_running == 0: the PostgreSQL instance is down; the description only sends to the logs (rules 4, 17)",
      "PatroniPostgresqlDown", "critical", "Patroni PostgreSQL instance postgresql-1 is down.",
      "Check for errors in the Loki logs.\n" + PGLS, **PGL)
charm((PG, "src/prometheus_alert_rules/patroni_rules.yaml", "0ac5e81569e86446ca181319e7f4eb5a3fda478b"),
      NULL, "no leader node in the Patroni cluster: leader loss is cluster health (rule 5)",
      "PatroniHasNoLeader", "critical", "Patroni instance postgresql-1 has no leader node.",
      "A leader node (neither primary nor standby) cannot be found inside the cluster postgresql.\n"
      "Check for errors in the Loki logs.\n" + PGLS, **PGL)
HWL = {"juju_application": "hardware-observer", "juju_unit": "hardware-observer/0", "instance": "compute-07"}
charm((HW, "src/prometheus_alert_rules/general.yaml", "0367d86fa54adbc83e4f7731697367e434829aee"),
      NULL, "a collector failed to fetch metrics: the monitor's own collection (rule 8)",
      "CollectorFailed", "critical", "Collector failed. (instance compute-07)",
      "A collector failed to fetch the metrics. Please reach out to hardware-observer maintainers.\n"
      "  LABELS = map[__name__:redfish_collector_failed instance:compute-07 juju_application:hardware-observer]\n", **HWL)
charm((HW, "src/prometheus_alert_rules/redfish.yaml", "2cf7b2aa1466963b19e09bf6d7d8725a103014d9"),
      NULL, "a drive's health not OK: a disk, not a node, is failing (rule 5)",
      "RedfishStorageDriveHealthNotOk", "critical", "Redfish storage drive health not OK. (instance compute-07)",
      "Redfish storage drive health not OK.\n  LABELS = map[drive_id:Disk.Bay.3 health:Critical instance:compute-07 system_id:System.Embedded.1]\n",
      **HWL)

# More renderings of the same sources with other values and other Kubernetes condition messages.
kube_problem(KNODES, ND, "Ready status Unknown, the kubelet never posted: the node is NotReady (rule 4)",
             "Node", "Node 'edge-2' has ready status 'Unknown': Kubelet never posted node status.", node="edge-2")
kube_problem(KNODES, ND, "Ready status False, PLEG not healthy: the kubelet set the node NotReady (rule 4)",
             "Node", "Node 'gpu-1' has ready status 'False': PLEG is not healthy: pleg was last seen active 3m12.5s ago; threshold is 3m0s",
             node="gpu-1")
zenduty(PORT, ND, "a service's port not reachable through the mesh: the service is down (rule 4)",
        "port-alerter", "StageSwarm",
        "StageSwarm service cache_redis (redis:6379) not available via mesh", "", service="cache_redis")
zenduty(SWARM, ND, "no active swarm manager left: cluster members lost (rule 11)",
        "swarm-alerter", "StageSwarm",
        "StageSwarm swarm active managers count 0 is less than 1 at swarm-stage-01", "")

family.write()
