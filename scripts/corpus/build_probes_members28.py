#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_members28.jsonl: cluster members lost or below a minimum,
said as counts or membership states, and their look-alikes.

Members lost: InnoDB Cluster status texts ("1 member is not active", no quorum with N members not
active, no ONLINE members), Group Replication log lines (unreachable member, majority unreachable,
expelled), PMM HA live voters at the quorum boundary, Swarm managers Unavailable/unreachable,
StarRocks FE/BE suspension counts, etcd-operator and couchbase-operator dead/down/failed-over members,
JGroups suspects, KeyDB cluster-bus failure reports, Akka SBR downing "[1] unreachable of [5] members",
Galera cluster size below the inventory (Rackspace MaaS), RabbitMQ dead nodes (GOV.UK Icinga), Orleans
silo eviction and DeclareDead, Eureka expired leases.

Look-alikes (null): healthy tolerance lines, a cluster fenced by an operator, members joining,
recovering, added, promoted or upgraded, graceful leaves and removals by an operator, GR stopped on
purpose, drained nodes, rebalances, a services or expected-size mismatch (configuration), split-brain
and network partitions (links), leader loss and elections, recoveries, cluster state "fail" (cluster
health, rule 5), a node not Synced, housekeeping of outdated entries, a suspicion vote suppressed.

Labels were decided from each alert's meaning under POLICY.md (rules 4, 5, 9, 11, 14) before the
classifier ran on the file; see the SOURCES.md section "probes_members28" for the decisions.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_members28.jsonl")
N = "node_down"

SHELL = ("mysql/mysql-shell", "modules/adminapi/cluster/status.cc",
         "561cd3dad0eb619e5749a3b1a05c34ba2c54f324")


def shell_items():
    """InnoDB Cluster's `cluster.status()` statusText, polled by a check and sent as an alert."""
    def add(expected, why, status, text, cluster, host, extra=None):
        labels = {"alertname": "InnoDBClusterStatus", "cluster": cluster, "instance": host,
                  "job": "mysqlsh-cluster-check", "status": status, "severity": "critical"}
        ann = {"summary": f"InnoDB Cluster '{cluster}' status {status}", "description": text}
        if extra:
            ann.update(extra)
        family.add(SHELL, expected, f"mysql-shell cluster.status() statusText: {why}", labels, ann)

    add(N, "one member not active, no tolerance left", "OK_NO_TOLERANCE_PARTIAL",
        "Cluster is NOT tolerant to any failures. 1 member is not active.", "prodCluster",
        "db-orders-1.prod:3306")
    add(N, "five-member cluster with one member not active", "OK_PARTIAL",
        "Cluster is ONLINE and can tolerate up to ONE failure. 1 member is not active.",
        "ledger", "mysql-ledger-0.mysql-ledger:3306")
    add(N, "two members not active and quorum lost", "NO_QUORUM",
        "Cluster has no quorum as visible from 'db-pay-2.prod:3306' and cannot process write "
        "transactions. 2 members are not active.", "payments", "db-pay-2.prod:3306")
    add(N, "no ONLINE members", "ERROR",
        "There are no ONLINE members in the cluster. 3 members are not active.", "crm",
        "crm-db-1:3306")
    add(None, "healthy tolerance line (rule 14)", "OK",
        "Cluster is ONLINE and can tolerate up to ONE failure.", "prodCluster",
        "db-orders-1.prod:3306")
    add(None, "fenced by an operator (rule 9)", "FENCED_WRITES",
        "Cluster is fenced from Write Traffic.", "analytics", "an-db-1:3306")


def shell_member_items():
    """Per-member `status` and `instanceErrors` of cluster.status(), relayed by a check."""
    def add(expected, why, member, text, cluster="prodCluster", extra_labels=None):
        labels = {"alertname": "InnoDBClusterMemberIssue", "cluster": cluster, "member": member,
                  "job": "mysqlsh-cluster-check", "severity": "warning"}
        labels.update(extra_labels or {})
        family.add(SHELL, expected, f"mysql-shell cluster.status() member line: {why}", labels,
                   {"summary": f"{cluster}: {member}", "description": text})

    add(None, "a member joining by distributed recovery (a member added)", "db-orders-4.prod:3306",
        "Distributed recovery in progress", extra_labels={"memberState": "RECOVERING"})
    add(None, "group replication stopped on the member (NOTE: stopped on purpose, rule 9)",
        "db-orders-3.prod:3306", "NOTE: group_replication is stopped.",
        extra_labels={"memberState": "OFFLINE"})
    add(None, "a one-member sandbox cluster: no tolerance by its size, no member lost",
        "sandbox-db:3310", "Cluster is NOT tolerant to any failures.", cluster="devCluster",
        extra_labels={"status": "OK_NO_TOLERANCE"})


GR = ("mysql/mysql-server", "rapid/plugin/group_replication/src/gcs_event_handlers.cc",
      "5d6f96fd85243b2b6e0290aa179bcda47860a6df")


def gr_items():
    """Group Replication's error-log lines (MySQL 5.7 format, [Note]/[Warning]/[ERROR]), quoted by a
    log-pattern alert (Loki ruler style)."""
    def add(expected, why, level, line, host):
        labels = {"alertname": "MySQLGroupReplicationLogEvent", "host": host, "job": "mysql-errorlog",
                  "level": level, "severity": "warning" if level != "ERROR" else "critical"}
        text = (f"2026-12-05T16:41:0{len(line) % 10}.{len(host) * 7919 % 1000000:06d}Z 0 [{level}] "
                f"Plugin group_replication reported: '{line}'")
        family.add(GR, expected, f"MySQL Group Replication log line: {why}", labels,
                   {"summary": f"Group Replication event on {host}", "description": text})

    add(N, "a member has become unreachable (rule 11)", "Warning",
        "Member with address db-gr-3.prod:3306 has become unreachable.", "db-gr-1.prod")
    add(N, "this server cannot reach a majority of members (members unreachable, rule 11)", "ERROR",
        "This server is not able to reach a majority of members in the group. This server will now "
        "block all updates. The server will remain blocked until contact with the majority is "
        "restored. It is possible to use group_replication_force_members to force a new group "
        "membership.", "db-gr-2.prod")
    add(N, "majority unreachable with the unreachable-majority timeout set", "ERROR",
        "This server is not able to reach a majority of members in the group. This server will now "
        "block all updates. The server will remain blocked for the next 30 seconds. Unless contact "
        "with the majority is restored, after this time the member will error out and leave the "
        "group. It is possible to use group_replication_force_members to force a new group "
        "membership.", "db-gr-1.prod")
    add(N, "a member expelled for network failures (removed as faulty, rule 11)", "ERROR",
        "Member was expelled from the group due to network failures, changing member status to "
        "ERROR.", "db-gr-3.prod")
    add(None, "member reachable again (recovery, rule 14)", "Warning",
        "Member with address db-gr-3.prod:3306 is reachable again.", "db-gr-1.prod")
    add(None, "a member joined (member added)", "Note",
        "Members joined the group: db-gr-4.prod:3306", "db-gr-1.prod")
    add(None, "this member left the group (graceful leave, rule 11)", "Note",
        "Group membership changed: This member has left the group.", "db-gr-4.prod")


PMM = "percona/pmm"
PMM_QUORUM = (PMM, "managed/data/alerting-templates/ha_quorum_at_risk.yml",
              "ca74f4bc1bb39503af0983ae86f33da8c3df14a5")
PMM_SPLIT = (PMM, "managed/data/alerting-templates/ha_split_brain.yml",
             "26aff092eac7f8db5bbf2631ca63122f626175a3")
PMM_NOLEADER = (PMM, "managed/data/alerting-templates/ha_no_leader.yml",
                "5c1f6945804952899641684fcd432cd1e4daa013")
PMM_UNUSUAL = (PMM, "managed/data/alerting-templates/mongodb_unusual_state.yml",
               "233cbeffa7740072c3e876db543eee20cf2d6adc")
PMM_PRIMARY = (PMM, "managed/data/alerting-templates/mongodb_replset_primary_changed.yml",
               "09228cd39f8f11af297c663d8b0c01dcf390aea0")


def pmm_items():
    """Percona Monitoring and Management's alert templates, fired as PMM renders them."""
    def labels(name, template, severity, **extra):
        out = {"alertname": name, "severity": severity, "template_name": template}
        out.update(extra)
        return out

    family.add(PMM_QUORUM, N, "pmm_ha_quorum_at_risk: live Raft voters at or below the majority",
               labels("PMM HA quorum at risk", "pmm_ha_quorum_at_risk", "critical"),
               {"summary": "PMM HA quorum at risk, the cluster has no spare voters left",
                "description": "The number of live Raft voters has fallen to or below the smallest "
                "majority that still forms a quorum.\nAt the boundary the cluster still works, but one "
                "more node failure will make it impossible to elect a\nleader. Below the boundary "
                "leader election has already stopped, and leader-only work such as advisor\nchecks, "
                "backups and scheduled tasks has stopped with it. The High Availability page shows "
                "which of the\ntwo applies."})
    family.add(PMM_SPLIT, None, "pmm_ha_split_brain: more than one node claims leadership",
               labels("PMM HA split-brain detected", "pmm_ha_split_brain", "critical"),
               {"summary": "PMM HA split-brain detected, more than one node claims leadership",
                "description": "More than one PMM Server node reports itself as the Raft leader at the "
                "same time.\nRaft never allows two leaders within one cluster, so this means the nodes "
                "have formed\nseparate clusters instead of one. Every node bootstraps its own "
                "single-node cluster at\nstartup and then relies on peer discovery to merge into the "
                "others; when that discovery\nfails, each node stays the leader of a cluster of one."
                "\nLeader-only work may run more than once and diverging writes are possible."})
    family.add(PMM_NOLEADER, None, "pmm_ha_no_leader: no node holds the leader lease (leader loss)",
               labels("PMM HA cluster has no active leader", "pmm_ha_no_leader", "critical"),
               {"summary": "PMM HA cluster has no active leader",
                "description": "No node in the PMM High Availability cluster currently holds the Raft "
                "leader lease.\nLeader-only background work such as advisor checks, backups, telemetry "
                "and scheduled tasks is not running.\n\nRemediation steps:\n  1. Check that a majority "
                "of PMM Server nodes are running and reachable."})
    for idx, state, why in (("3", "STARTUP2", "a member added, in initial sync"),):
        family.add(PMM_UNUSUAL, None, f"pmm_mongodb_unusual_state: {why}",
                   labels("MongoDB member is in Unusual state", "pmm_mongodb_unusual_state", "critical",
                          cluster="mongo-orders", rs_nm="rs0", member_idx=idx, member_state=state),
                   {"summary": f"MongoDB replicaSet member is in unusual state for ({idx})",
                    "description": f"MongoDB replicaSet member ({idx}) is in \"{state}\" state for "
                    "cluster mongo-orders."})
    family.add(PMM_PRIMARY, None, "pmm_mongodb_replset_primary_changed: an election (leader change)",
               labels("MongoDB Primary Changed", "pmm_mongodb_replset_primary_changed", "warning",
                      set="rs-billing"),
               {"description": "Replica set rs-billing has undergone a primary change in the last 10 "
                "minutes", "summary": "Primary changed in rs-billing"})


DOCS_ADMIN = ("docker/docs", "content/manuals/engine/swarm/admin_guide.md",
              "23b19dd8c3ba3e82b72427d07c2f497f2834b3cf")
DOCS_NODES = ("docker/docs", "content/manuals/engine/swarm/manage-nodes.md",
              "0b99715a908f53a86ffe0babe75759f373b6e894")


def swarm_items():
    """Docker Swarm node states and CLI answers, relayed by a cron check on a manager."""
    def add(src, expected, why, node, text, **extra):
        labels = {"alertname": "SwarmNodeCheck", "swarm": "swarm-prod-eu", "node": node,
                  "job": "swarm-node-check"}
        labels.update(extra)
        family.add(src, expected, f"Docker Swarm docs: {why}", labels,
                   {"summary": f"swarm-prod-eu: node {node}", "description": text})

    add(DOCS_NODES, N, "MANAGER STATUS Unavailable (a manager that can't communicate)", "mgr-03",
        "docker node ls: mgr-03  Ready  Active  Unavailable", manager_status="Unavailable")
    add(DOCS_ADMIN, N, "a manager's Reachability is unreachable", "mgr-02",
        "docker node inspect mgr-02 --format \"{{ .ManagerStatus.Reachability }}\" returned "
        "\"unreachable\"", reachability="unreachable")
    add(DOCS_NODES, None, "a node set to Drain for maintenance (rule 9)", "wrk-07",
        "docker node ls: wrk-07  Ready  Drain", availability="drain")
    add(DOCS_NODES, None, "a manager demoted by an operator (rule 9)", "mgr-04",
        "Manager mgr-04 demoted in the swarm.", event="demote")
    add(DOCS_NODES, None, "a node left the swarm (graceful leave, rule 11)", "wrk-09",
        "Node left the swarm.", event="leave")
    add(DOCS_ADMIN, None, "a node removed by an operator with --force (rule 11)", "wrk-11",
        "Node wrk-11 removed from swarm", event="rm")


SHELL_SET = ("mysql/mysql-shell", "modules/adminapi/cluster_set/status.cc",
             "561cd3dad0eb619e5749a3b1a05c34ba2c54f324")


def shell_more_items():
    """cluster.status() diagnostics, ClusterSet status and ReplicaSet answers, relayed by a check."""
    def add(src, expected, why, alertname, text, **extra):
        labels = {"alertname": alertname, "job": "mysqlsh-cluster-check", "severity": "critical"}
        labels.update(extra)
        family.add(src, expected, f"mysql-shell: {why}", labels,
                   {"summary": f"{alertname} on {extra.get('cluster', extra.get('replicaset', ''))}",
                    "description": text})

    add(SHELL, N, "no ONLINE members forming a quorum (members below the majority)",
        "InnoDBClusterIssue", "ERROR: Could not find ONLINE members forming a quorum. Cluster will "
        "be unable to perform updates until it's restored.", cluster="billing")
    add(SHELL, N, "no ONLINE member reachable, unreachable instances", "InnoDBClusterIssue",
        "ERROR: Could not connect to any ONLINE members but there are unreachable instances that "
        "could still be ONLINE.", cluster="inventory")
    add(SHELL, N, "status UNREACHABLE", "InnoDBClusterStatus",
        "Could not connect to any ONLINE members", cluster="inventory", status="UNREACHABLE")
    add(SHELL, N, "a read replica unreachable", "InnoDBClusterMemberIssue",
        "ERROR: Could not connect to the Read-Replica: The instance is unreachable.",
        cluster="prodCluster", member="db-orders-rr1.prod:3306")
    add(SHELL_SET, N, "the ClusterSet's primary cluster unreachable", "InnoDBClusterSetStatus",
        "Primary Cluster is not reachable from the Shell, assuming it to be unavailable.",
        cluster="cs-global", globalStatus="UNAVAILABLE")


NATS = ("nats-io/nats-server", "server/jetstream_cluster.go",
        "1787eee035cf0253c201fa0f05afad92b6f296dc")


def nats_items():
    """nats-server's JetStream cluster log lines, quoted by a log-pattern alert."""
    def add(expected, why, level, line, server):
        family.add(NATS, expected, f"nats-server JetStream log line: {why}",
                   {"alertname": "NatsJetStreamClusterLog", "server_name": server, "cluster": "nats-east",
                    "job": "nats-logs", "severity": "warning"},
                   {"summary": f"JetStream cluster event on {server}",
                    "description": f"[1] 2026/12/05 16:41:07.{len(line) * 3571 % 1000000:06d} [{level}] {line}"})

    add(None, "the expected peer set size adjusted at boot (a size setting)", "INF",
        "Adjusting JetStream expected peer set size to 3 from original 5", "nats-1")
    add(None, "this server removed from the cluster by peer-remove (rule 9)", "ERR",
        "JetStream being DISABLED, our server was removed from the cluster", "nats-4")


SR = ("StarRocks/starrocks", "docs/en/administration/management/monitoring/alert.md",
      "0160d4fbed81e0eaf9b3127b6b73721e6f1dd6ee")


def starrocks_items():
    """StarRocks' documented alert items, as a Prometheus rule written from them fires."""
    family.add(SR, N, "FE Service Suspension: active FE nodes below the specified value",
               {"alertname": "FEServiceSuspension", "job": "starrocks-prod", "group": "fe",
                "severity": "critical"},
               {"summary": "FE Service Suspension",
                "description": "The number of active FE nodes falls below a specified value: 2 of 3 "
                "FE nodes up."})
    family.add(SR, N, "BE Service Suspension: more than one BE node dead",
               {"alertname": "BEServiceSuspension", "job": "starrocks-prod", "type": "be_node_num",
                "state": "dead", "severity": "critical"},
               {"summary": "BE Service Suspension",
                "description": "More than one BE node is suspended: node_info{type=\"be_node_num\", "
                "state=\"dead\"} = 2"})


EOP = "coreos/etcd-operator"
EOP_EVENTS = (EOP, "pkg/util/k8sutil/events_util.go", "13a1831f9744207b39733bbe91413ca2e389aa40")
EOP_CLUSTER = (EOP, "pkg/cluster/cluster.go", "13a1831f9744207b39733bbe91413ca2e389aa40")
EOP_RECONCILE = (EOP, "pkg/cluster/reconcile.go", "13a1831f9744207b39733bbe91413ca2e389aa40")
CB_EVENTS = ("couchbase/couchbase-operator", "pkg/util/k8sutil/events_util.go",
             "32097d2de215b714eb635ee74f75d318be750a8e")


def k8s_event(src, expected, why, kind, name, namespace, reason, message, event_type="Normal"):
    """A Kubernetes event as kubernetes-event-exporter forwards it to Alertmanager."""
    family.add(src, expected, why,
               {"alertname": "KubernetesEvent", "namespace": namespace, "kind": kind, "name": name,
                "reason": reason, "type": event_type, "severity": "warning" if event_type == "Warning"
                else "info"},
               {"summary": f"{kind} {namespace}/{name}: {reason}", "description": message})


def operator_items():
    """Cluster operators' events and reconcile log lines."""
    k8s_event(EOP_EVENTS, N, "etcd-operator: a dead member being replaced", "EtcdCluster", "etcd-main",
              "platform", "Replacing Dead Member", "The dead member etcd-main-0003 is being replaced")
    k8s_event(EOP_EVENTS, None, "etcd-operator: a member upgraded (planned work, rule 9)", "EtcdCluster",
              "etcd-main", "platform", "Member Upgraded",
              "Member etcd-main-0004 upgraded from 3.3.13 to 3.3.25 ")
    for src, why, line in (
            (EOP_CLUSTER, "etcd-operator log: all etcd pods are dead", "all etcd pods are dead."),
            (EOP_RECONCILE, "etcd-operator log: removing one dead member", "removing one dead member")):
        family.add(src, N, why,
                   {"alertname": "EtcdOperatorLogWarning", "namespace": "platform",
                    "pod": "etcd-operator-6b8f9c7d4-x2lqp", "cluster_name": "etcd-main", "job": "loki"},
                   {"summary": "etcd-operator reported a problem with cluster etcd-main",
                    "description": f'time="2026-12-05T16:40:11Z" level=warning msg="{line}" '
                    'cluster-name=etcd-main cluster-namespace=platform pkg=cluster'})

    cb = "CouchbaseCluster"
    k8s_event(CB_EVENTS, N, "couchbase-operator: an existing member down", cb, "cb-prod", "couchbase",
              "MemberDown", "Existing member cb-prod-0002 down", "Warning")
    k8s_event(CB_EVENTS, N, "couchbase-operator: an existing member failed over (removed as faulty)",
              cb, "cb-prod", "couchbase", "MemberFailedOver", "Existing member cb-prod-0002 failed over",
              "Warning")
    k8s_event(CB_EVENTS, None, "couchbase-operator: member recovered (rule 14)", cb, "cb-prod",
              "couchbase", "MemberRecovered", "Existing member cb-prod-0002 recovered")
    k8s_event(CB_EVENTS, None, "couchbase-operator: a member added", cb, "cb-prod", "couchbase",
              "NewMemberAdded", "New member cb-prod-0005 added to cluster")
    k8s_event(CB_EVENTS, None, "couchbase-operator: a rebalance started", cb, "cb-prod", "couchbase",
              "RebalanceStarted", "A rebalance has been started to balance data across the cluster")
    k8s_event(CB_EVENTS, None, "couchbase-operator: services mismatch (configuration)", cb, "cb-prod",
              "couchbase", "ServicesMismatch", "Services mismatch in cluster", "Warning")


JG = "belaban/JGroups"
JG_COMMIT = "06c847b1c57cf823dbef49a299d9a49a43ea3d05"


def jgroups_items():
    """JGroups failure-detection log lines (as Infinispan/WildFly clusters log them), quoted by a
    log-pattern alert."""
    def add(path, expected, why, logger, line, host):
        family.add((JG, path, JG_COMMIT), expected, f"JGroups log line: {why}",
                   {"alertname": "JGroupsClusterLog", "host": host, "job": "app-logs",
                    "app": "session-cache", "severity": "warning"},
                   {"summary": f"JGroups cluster event on {host}",
                    "description": f"2026-12-05 16:42:10,511 DEBUG [{logger}] (Timer runner-1) {line}"})

    add("src/org/jgroups/protocols/FD_ALL3.java", N, "no heartbeat, member added to suspect list",
        "org.jgroups.protocols.FD_ALL3",
        "cache-0-41872: haven't received a heartbeat from cache-2-9921 in timeout period (40000 ms), "
        "adding it to suspect list", "cache-0")
    add("src/org/jgroups/protocols/FD_HOST.java", N, "a host and its members suspected",
        "org.jgroups.protocols.FD_HOST",
        "cache-0-41872: suspecting host 10.42.7.19; suspected members: cache-3-1207,cache-4-5530",
        "cache-0")


ECK = "elastic/cloud-on-k8s"
ECK_COMMIT = "7b93383d8ec1569ba99bdf9e59ad70a813fe99f8"


def eck_items():
    """ECK operator reconcile message for a planned node removal."""
    family.add((ECK, "pkg/controller/elasticsearch/driver/stateful/downscale.go", ECK_COMMIT), None,
               "ECK: a downscale in progress, nodes delayed (planned scale-down, rule 9)",
               {"alertname": "ElasticsearchReconcileRequeued", "namespace": "search",
                "elasticsearch": "logs-es", "job": "eck-operator", "severity": "info"},
               {"summary": "ECK reconciliation of search/logs-es requeued",
                "description": "Downscale in progress, delayed nodes: [logs-es-hot-3 logs-es-hot-4]"})


VTORC = ("vitessio/vitess", "go/vt/vtorc/inst/analysis_problem.go",
         "71131d53442b37139e983509a23e0e037ba64b24")


def vtorc_items():
    for code, text, why in (
            ("PrimarySemiSyncMustBeSet", "Primary semi-sync must be set", "a durability setting"),):
        family.add(VTORC, None, f"VTOrc analysis {code}: {why}",
                   {"alertname": "VTOrcProblem", "analysis": code, "keyspace": "payments",
                    "shard": "-40", "tablet": "eu1-0000002301", "job": "vtorc", "severity": "warning"},
                   {"summary": f"VTOrc: {code} on payments/-40", "description": text})


KEYDB = ("Snapchat/KeyDB", "src/cluster.cpp", "603ebb27fb82a27fb98b0feb6749b0f7661a1c4b")


def keydb_items():
    """Redis-protocol cluster bus log lines (KeyDB's cluster.cpp), quoted by a log-pattern alert."""
    def add(expected, why, mark, line, pod):
        family.add(KEYDB, expected, f"KeyDB cluster log line: {why}",
                   {"alertname": "KeyDBClusterLog", "namespace": "cache", "pod": pod,
                    "job": "keydb-logs", "severity": "warning"},
                   {"summary": f"KeyDB cluster event on {pod}",
                    "description": f"1:M 05 Dec 2026 16:41:{len(line) % 50 + 10:02d}.{len(line) * 37 % 1000:03d} "
                    f"{mark} {line}"})

    a, b, c = ("3f1c0e9a5b7d4c2e8f6a1b0c9d8e7f6a5b4c3d2e", "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b",
               "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f")
    add(N, "a node marked failing after a quorum of failure reports", "*",
        f"Marking node {b} as failing (quorum reached).", "keydb-0")
    add(N, "a FAIL message about a node received", "*",
        f"FAIL message received from {a} about {b}", "keydb-2")
    add(N, "a node reported another as not reachable", "-",
        f"Node {c} reported node {b} as not reachable.", "keydb-0")
    add(N, "connection to a node failed, refused (rule 11)", "-",
        f"Connection with Node {b} at 10.44.2.17:16379 failed: Connection refused", "keydb-1")
    add(None, "cluster state changed to fail (cluster health, rule 5)", "#",
        "Cluster state changed: fail", "keydb-1")
    add(None, "a failover election won (leader change)", "#",
        "Failover election won: I'm the new master.", "keydb-3")


AKKA_SBR = ("akka/akka", "akka-cluster/src/main/scala/akka/cluster/sbr/SplitBrainResolver.scala",
            "9892c5e415e41599db095469c5963f155a0d736d")
MAAS_GALERA = ("rcbops/rpc-maas", "playbooks/templates/rax-maas/galera_check.yaml.j2",
               "d02a78c4488d5c7b1be2c3e66cc646f7585445f2")
GOVUK_DEAD = ("alphagov/govuk-developer-docs", "source/manual/alerts/rabbitmq-dead-nodes.html.md",
              "b91ac699b6534fe6645e894a0ec2dc83d0ae2121")
GOVUK_PART = ("alphagov/govuk-puppet", "modules/govuk_rabbitmq/manifests/monitoring.pp",
              "26d83f4164eee469e94006008336449c41aa418d")


def count_items():
    """Member counts and states from rule sets, monitor templates and checks."""
    family.add(AKKA_SBR, N, "Akka SBR downing unreachable members, with its count of unreachable members",
               {"alertname": "AkkaSplitBrainResolverDowning", "service": "checkout", "job": "app-logs",
                "severity": "critical"},
               {"summary": "checkout: SBR is downing members",
                "description": "[WARN] [akka.cluster.sbr.SplitBrainResolver] SBR took decision "
                "DownUnreachable and is downing [akka://checkout@10.4.7.22:25520], [1] unreachable of [5] "
                "members, all members in DC [Member(akka://checkout@10.4.7.20:25520, Up), "
                "Member(akka://checkout@10.4.7.21:25520, Up), Member(akka://checkout@10.4.7.22:25520, Up), "
                "Member(akka://checkout@10.4.7.23:25520, Up), Member(akka://checkout@10.4.7.24:25520, Up)], "
                "full reachability status: [akka://checkout@10.4.7.20:25520 -> "
                "akka://checkout@10.4.7.22:25520: Unreachable [Unreachable] (3)]"})
    family.add(MAAS_GALERA, N, "Rackspace MaaS: wsrep_cluster_size below the inventory's node count",
               {"alertname": "wsrep_cluster_size--infra1_galera_container-3a1b2c4d", "check": "galera_check",
                "entity": "infra1", "severity": "critical"},
               {"summary": "Galera cluster size less than expected",
                "description": "CRITICAL: Galera cluster size less than expected (wsrep_cluster_size=2, "
                "3 galera nodes in inventory)"})
    family.add(MAAS_GALERA, None, "Rackspace MaaS: a node not Synced (state, not lost)",
               {"alertname": "wsrep_local_state--infra2_galera_container-7e8f9a0b", "check": "galera_check",
                "entity": "infra2", "severity": "critical"},
               {"summary": "Galera cluster node not synced",
                "description": "CRITICAL: Galera cluster node not synced (wsrep_local_state_comment=Donor/Desynced)"})
    family.add(GOVUK_DEAD, N, "Icinga: RabbitMQ dead nodes in cluster ('\"running\":false' in /api/nodes)",
               {"alertname": "RabbitMQ: Dead nodes in cluster", "host": "rabbitmq-1.backend", "state": "CRITICAL",
                "source": "icinga"},
               {"summary": "RabbitMQ: Dead nodes in cluster",
                "description": "HTTP CRITICAL: HTTP/1.1 200 OK - pattern found - 2314 bytes in 0.012 second "
                "response time (\"running\":false in /api/nodes)"})
    family.add(GOVUK_PART, None, "Icinga: RabbitMQ network partition (a partition between members, a link)",
               {"alertname": "RabbitMQ network partition has occurred", "host": "rabbitmq-2.backend",
                "state": "CRITICAL", "source": "icinga"},
               {"summary": "RabbitMQ network partition has occurred",
                "description": "HTTP CRITICAL: HTTP/1.1 200 OK - string '\"partitions\":[]' not found on "
                "'http://127.0.0.1:15672/api/nodes' - 2290 bytes in 0.011 second response time"})


ORLEANS_MTM = ("dotnet/orleans", "src/Orleans.Runtime/MembershipService/MembershipTableManager.cs",
               "e558829b0b0f696e98c222438106e643fb53928f")
ORLEANS_CHM = ("dotnet/orleans", "src/Orleans.Runtime/MembershipService/ClusterHealthMonitor.cs",
               "e558829b0b0f696e98c222438106e643fb53928f")
EUREKA = ("Netflix/eureka", "eureka-core/src/main/java/com/netflix/eureka/registry/AbstractInstanceRegistry.java",
          "61acc83d958974d4afc32c228e583ae92db1c426")


def membership_log_items():
    """Orleans silo membership and Eureka registry log lines, quoted by log alerts."""
    def orleans(src, expected, why, level, line, pod):
        family.add(src, expected, f"Orleans membership log line: {why}",
                   {"alertname": "OrleansMembershipLog", "namespace": "games", "pod": pod,
                    "job": "seq", "level": level, "severity": "warning"},
                   {"summary": f"Orleans membership event on {pod}",
                    "description": f"[{level}] Orleans.Runtime.MembershipService.MembershipTableManager: {line}"})

    s1, s2, s3, s4 = ("S10.60.1.14:11111:502115203", "S10.60.1.15:11111:502115207",
                      "S10.60.1.16:11111:502115210", "S10.60.1.17:11111:502115212")
    orleans(ORLEANS_MTM, N, "a silo evicted by votes (removed as faulty)", "Information",
            f"Evicting '{s3}'. Fresh vote count: '2', votes required to evict: '2', non-stale silo count: '4', "
            f"suspecters: '[{s1}, {s2}]'", "lobby-silo-0")
    orleans(ORLEANS_MTM, N, "a vote to evict a suspected silo", "Information",
            f"Voting to evict '{s3}'. Previous suspect list is '[]', trying to update to '[{s2}]', ETag: "
            "'\"0x8DD1A2B3C4D5E6F\"', Fresh vote count: '1'", "lobby-silo-1")
    orleans(ORLEANS_MTM, N, "a silo being declared dead", "Information",
            f"Going to DeclareDead silo {s3} in the table. About to write entry SiloAddress={s3} "
            "Status=Dead.", "lobby-silo-0")
    orleans(ORLEANS_MTM, N, "this silo declared dead by the cluster", "Error",
            "I have been told I am dead, so this silo will stop! Reason: I should be Dead according to "
            "the membership table", "lobby-silo-2")
    orleans(ORLEANS_CHM, None, "a suspicion vote suppressed, the silo is alive", "Information",
            f"Suppressing vote to suspect silo {s4}: connection received a message 00:00:01.4120000 ago, "
            "within the 00:00:10 monitoring window. The silo is demonstrably alive.", "lobby-silo-1")
    orleans(ORLEANS_MTM, None, "outdated silo entries cleaned up (housekeeping, rule 9)", "Debug",
            "CleanupTableEntries: About to DeclareDead 3 outdated silos in the table: "
            "S10.60.0.9:11111:501998412, S10.60.0.10:11111:501998415, S10.60.0.11:11111:501998419",
            "lobby-silo-0")

    def eureka(expected, why, level, line):
        family.add(EUREKA, expected, f"Eureka registry log line: {why}",
                   {"alertname": "EurekaRegistryLog", "namespace": "platform", "pod": "eureka-0",
                    "job": "app-logs", "severity": "warning"},
                   {"summary": "Eureka server registry event",
                    "description": f"2026-12-05 16:41:37.204 {level:>5} 1 --- [a-EvictionTimer] "
                    f"c.n.e.registry.AbstractInstanceRegistry  : {line}"})

    eureka(N, "an instance's lease expired (missed renewals)", "WARN",
           "DS: Registry: expired lease for ORDERS-SERVICE/orders-7f9c6d-2kq8p:orders-service:8080")
    eureka(N, "instances with expired leases evicted, counted", "INFO",
           "Evicting 3 items (expired=3, evictionLimit=6)")


def main():
    shell_items()
    shell_member_items()
    gr_items()
    pmm_items()
    swarm_items()
    shell_more_items()
    nats_items()
    starrocks_items()
    operator_items()
    jgroups_items()
    eck_items()
    vtorc_items()
    keydb_items()
    count_items()
    membership_log_items()
    family.write()


if __name__ == "__main__":
    main()
