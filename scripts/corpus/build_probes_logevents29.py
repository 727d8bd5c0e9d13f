#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_logevents29.jsonl: a cluster member lost, said only in the
log line that a log-based alert quotes, and its look-alikes in the same frame.

Every alert's summary names only a product, a topic and a host ("ScyllaDB gossip event on
scylla-2", "Couchbase cluster log alert on cb-1"); the member's fate is in the quoted line.

Members lost (node_down, POLICY rule 11): ScyllaDB gossip "is now DOWN" / "Mark node ... as DOWN",
Pekko cluster "Marking node as UNREACHABLE" and the leader removing or downing an unreachable node,
Serf "EventMemberFailed" (also as Consul logs it), Couchbase "saw that node ... went down" and an
automatic failover, Geode "unexpectedly left the distributed cache", failed availability checks and
quorum loss, Aerospike heartbeat expiry and a cluster below its minimum size, Hazelcast heartbeat
suspicion and failed pings, OpenSearch node-left after follower-check failures, MySQL 8.0 Group
Replication's unreachable member, majority timeout and a donor that disappeared.

Look-alikes (null): members up again, reachable again, restarted or rejoining, joined or arrived;
graceful leaves (Pekko exiting nodes, Serf leave, Geode graceful departure, Couchbase leaving),
removals by an operator (Serf force-leave and forced reap, Scylla force remove, a decommission,
a Couchbase ejection); leader elections and takeovers; cluster-size status lines and settings;
a heartbeat expiry for a cluster-name mismatch (configuration); suspicion cleared.

Labels were decided from each alert's meaning under POLICY.md (rules 9, 11, 14 and the decisions of
probes_members28) before the classifier ran on the file; see the SOURCES.md section
"probes_logevents29" for the decisions.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_logevents29.jsonl")
N = "node_down"


# --- ScyllaDB gossip (Loki ruler alert, Scylla's syslog format) ---------------------------------

SCYLLA_COMMIT = "f4a4091ca28efb8c06c3422fdaac1d2f02e5614f"
SCYLLA_GOSSIP = ("scylladb/scylladb", "gms/gossiper.cc", SCYLLA_COMMIT)
SCYLLA_SS = ("scylladb/scylladb", "service/storage_service.cc", SCYLLA_COMMIT)


def scylla_items():
    def add(src, expected, why, level, logger, line, host, ts):
        family.add(src, expected, f"ScyllaDB log line: {why}",
                   {"alertname": "ScyllaGossipLogEvent", "instance": host, "cluster": "scylla-eu1",
                    "job": "scylla-syslog", "severity": "warning"},
                   {"summary": f"ScyllaDB gossip event on {host}",
                    "description": f"{level}  2026-12-05 {ts} [shard 0:gossip] {logger} - {line}"})

    h3 = "0d5b1e7a-43c2-4f0e-9a61-3b2f8c7d5e14"
    h4 = "7a2e9c41-5b8d-4e63-b0f1-c4d2a9e6f803"
    add(SCYLLA_GOSSIP, N, "a node convicted by the gossiper (is now DOWN, status NORMAL)", "INFO ", "gossip",
        f"InetAddress {h3} is now DOWN, status = NORMAL", "scylla-1", "16:41:07,412")
    add(SCYLLA_GOSSIP, N, "the failure detector loop marks a node DOWN after failed echoes", "INFO ", "gossip",
        f"failure_detector_loop: Mark node {h4}/10.31.4.24 as DOWN", "scylla-2", "09:12:55,031")
    add(SCYLLA_GOSSIP, N, "a node down for the get_endpoint_states verb (shadow round)", "WARN ", "gossip",
        "Node 10.31.4.23 is down for get_endpoint_states verb", "scylla-5", "03:27:18,660")
    add(SCYLLA_GOSSIP, None, "a node UP again (recovery, rule 14)", "INFO ", "gossip",
        f"InetAddress {h3}/10.31.4.23 is now UP, status = NORMAL", "scylla-1", "16:44:31,208")
    add(SCYLLA_GOSSIP, None, "a node force-removed from gossip after removenode (removal by an operator)",
        "INFO ", "gossip", f"Finished to force remove node {h3}", "scylla-2", "17:20:44,105")
    add(SCYLLA_SS, None, "this node finished decommissioning (planned work, rule 9)", "INFO ",
        "storage_service", "DECOMMISSIONING: done", "scylla-6", "14:05:12,390")


# --- Apache Pekko cluster (Elastic log-threshold rule, Logback pattern) -------------------------

PEKKO = ("apache/pekko", "cluster/src/main/scala/org/apache/pekko/cluster/ClusterDaemon.scala",
         "9d9771347e7f3f3900acc196c5cd9252384c2141")
PEKKO_SBR = ("apache/pekko", "cluster/src/main/scala/org/apache/pekko/cluster/sbr/SplitBrainResolver.scala",
             "9d9771347e7f3f3900acc196c5cd9252384c2141")


def pekko_items():
    def add(expected, why, level, line, pod, dc=None, src=PEKKO, logger="o.a.p.cluster.Cluster"):
        self_addr = f"pekko://checkout@{pod_ip[pod]}:7355"
        if src is PEKKO:
            line = (f"Cluster Node [{self_addr}] - {line}" if dc is None
                    else f"Cluster Node [{self_addr}] dc [{dc}] - {line}")
        family.add(src, expected, f"Pekko cluster log line: {why}",
                   {"alertname": "Cluster event on " + pod, "rule_type": "logs.alert.document.count",
                    "kibana_space": "payments", "service.name": "checkout", "host.name": pod},
                   {"summary": f"Cluster event on {pod}",
                    "message": f"{level} {logger} - {line}",
                    "reason": "Matched 1 log entry in the last 5 minutes for service.name: checkout"})

    pod_ip = {"checkout-0": "10.8.2.11", "checkout-1": "10.8.2.12", "checkout-2": "10.8.2.13"}
    lost = "pekko://checkout@10.8.2.14:7355"
    add(N, "a member marked UNREACHABLE by the failure detector", "WARN",
        f"Marking node as UNREACHABLE [Member({lost}, Up)].", "checkout-0")
    add(N, "the leader removing an unreachable node (removed as faulty)", "INFO",
        f"Leader is removing unreachable node [{lost}]", "checkout-1")
    add(N, "an unreachable node marked Down", "INFO",
        f"Marking unreachable node [{lost}] as [Down]", "checkout-0")
    add(N, "a member in another data center marked UNREACHABLE (multi-DC log prefix)", "WARN",
        "Marking node as UNREACHABLE [Member(pekko://checkout@10.9.1.21:7355, Up, eu-central)].", "checkout-2",
        dc="eu-central")
    sbr = "o.a.p.cluster.sbr.SplitBrainResolver"
    add(N, "SBR found an unreachable member and waits before downing it", "INFO",
        "SBR found unreachable members, waiting for stable-after = 20000 ms before taking downing decision. "
        "Now 1 unreachable members found. Downing decision will not be made before 2026-12-05T16:41:27.118Z.",
        "checkout-1", src=PEKKO_SBR, logger=sbr)
    add(None, "SBR: all unreachable members healed (recovery, rule 14)", "INFO",
        "SBR found all unreachable members healed during stable-after period, no downing decision necessary "
        "for now.", "checkout-1", src=PEKKO_SBR, logger=sbr)
    add(None, "exiting nodes unreachable, 'This is expected' (graceful leave, rule 11)", "INFO",
        "Marking exiting node(s) as UNREACHABLE [Member(pekko://checkout@10.8.2.15:7355, Exiting)]. "
        "This is expected and they will be removed.", "checkout-2")
    add(None, "a node REACHABLE again (recovery, rule 14)", "INFO",
        f"Marking node as REACHABLE [Member({lost}, Up)].", "checkout-0")
    add(None, "the leader removing a confirmed Exiting node (graceful leave)", "INFO",
        "Leader is removing confirmed Exiting node [pekko://checkout@10.8.2.15:7355]", "checkout-1")
    add(None, "the leader moving a joining node to Up (member joined)", "INFO",
        "Leader is moving node [pekko://checkout@10.8.2.16:7355] to [Up]", "checkout-1")
    add(None, "a new leader among reachable nodes (leader election)", "INFO",
        "is the new leader among reachable nodes (more leaders may exist)", "checkout-2")


# --- HashiCorp Serf (Loki ruler; Serf's stdlib log and Consul's hclog wrapping) -----------------

SERF = ("hashicorp/serf", "serf/serf.go", "a24f620f9e5b291f6d4610e275086250463eeb64")


def serf_items():
    def add(expected, why, line, host, consul=False):
        if consul:
            text = f"2026-12-05T16:41:07.118Z [INFO]  agent.server.serf.lan: serf: {line}"
            labels = {"alertname": "ConsulSerfLogEvent", "host": host, "job": "consul-journal",
                      "datacenter": "dc1", "severity": "warning"}
            summary = f"Consul serf event on {host}"
        else:
            text = f"2026/12/05 16:41:07 [INFO] serf: {line}"
            labels = {"alertname": "SerfMembershipLogEvent", "host": host, "job": "serf-agent",
                      "severity": "warning"}
            summary = f"Serf membership event on {host}"
        family.add(SERF, expected, f"Serf log line: {why}", labels,
                   {"summary": summary, "description": text})

    add(N, "a member failed (EventMemberFailed, rule 11)", "EventMemberFailed: web-3 10.0.4.13", "web-1")
    add(N, "a Consul server failed, as Consul's agent logs Serf's event", "EventMemberFailed: "
        "consul-server-2.dc1 10.0.1.12", "consul-server-1", consul=True)
    add(None, "a member left gracefully (EventMemberLeave, rule 11)", "EventMemberLeave: web-5 10.0.4.15",
        "web-1")
    add(None, "a member joined", "EventMemberJoin: web-6 10.0.4.16", "web-2")
    add(None, "a member force-left by an operator (rule 11)", "EventMemberLeave (forced): web-3 10.0.4.13",
        "web-1")
    add(None, "a member reaped by an operator's prune (rule 11)", "EventMemberReap (forced): "
        "consul-client-7 10.0.2.27", "consul-server-1", consul=True)


# --- Couchbase Server ns_server (Datadog log monitor) -------------------------------------------

CB_COMMIT = "038347f1379cc1510f6e09c4f3e2e8c9c40416b0"
CB_DISCO = ("couchbase/ns_server", "apps/ns_server/src/ns_node_disco.erl", CB_COMMIT)
CB_AFO = ("couchbase/ns_server", "apps/ns_server/src/auto_failover.erl", CB_COMMIT)
CB_CLUSTER = ("couchbase/ns_server", "apps/ns_server/src/ns_cluster.erl", CB_COMMIT)
CB_MASTER = ("couchbase/ns_server", "apps/ns_server/src/mb_master.erl", CB_COMMIT)


def couchbase_items():
    def add(src, expected, why, module, line, host, status="warn"):
        family.add(src, expected, f"Couchbase ns_server log line: {why}",
                   {"alertname": f"[Datadog] Couchbase cluster log alert on {host}", "monitor_type": "log alert",
                    "host": host, "service": "couchbase", "status": status, "env": "prod"},
                   {"summary": f"Couchbase cluster log alert on {host}",
                    "description": f"Log matched `service:couchbase source:couchbase`:\n"
                    f"[user:info,2026-12-05T16:41:07.330Z,ns_1@{host}.prod:<0.31544.0>:{module}] {line}"})

    add(CB_DISCO, N, "a node saw another node go down (net tick timeout)", "ns_node_disco:handle_info",
        "Node 'ns_1@cb-1.prod' saw that node 'ns_1@cb-3.prod' went down. Details: "
        "[{nodedown_reason,net_tick_timeout}]", "cb-1")
    add(CB_AFO, N, "a node automatically failed over, all monitors unhealthy (removed as faulty)",
        "auto_failover:log_failover_success",
        "Node ('ns_1@cb-3.prod') was automatically failed over. Reason: All monitors report node is unhealthy.",
        "cb-2", status="error")
    add(CB_AFO, N, "auto-failover refused because another node is down too", "auto_failover:process_action",
        "Could not auto-failover node ('ns_1@cb-4.prod'). There was at least another node down.", "cb-1",
        status="error")
    add(CB_AFO, N, "auto-failover refused because the list of down nodes changed", "auto_failover:process_action",
        "Could not auto-failover node ('ns_1@cb-2.prod'). The list of nodes being down has changed.", "cb-4",
        status="error")
    add(CB_DISCO, None, "a node saw another come up (recovery, rule 14)", "ns_node_disco:handle_info",
        "Node 'ns_1@cb-1.prod' saw that node 'ns_1@cb-3.prod' came up. Tags: []", "cb-1", status="info")
    add(CB_CLUSTER, None, "this node is leaving the cluster (graceful leave)", "ns_cluster:leave",
        "Node 'ns_1@cb-5.prod' is leaving cluster.", "cb-5", status="info")
    add(CB_CLUSTER, None, "a node joined the cluster", "ns_cluster:perform_actual_join",
        "Node ns_1@cb-6.prod joined cluster", "cb-6", status="info")
    add(CB_MASTER, None, "a candidate takes over as orchestrator master (leader election)",
        "mb_master:candidate", "Haven't heard from a higher priority node or a master, so I'm taking over.",
        "cb-2", status="info")


# --- Apache Geode membership (Grafana-managed Loki alert, Geode's log format) -------------------

GEODE_COMMIT = "af12f177ed8454ef35c108d1eb9740d1ac1e126c"
GEODE_DM = ("apache/geode", "geode-core/src/main/java/org/apache/geode/distributed/internal/"
            "ClusterDistributionManager.java", GEODE_COMMIT)
GEODE_HM = ("apache/geode", "geode-membership/src/main/java/org/apache/geode/distributed/internal/membership/"
            "gms/fd/GMSHealthMonitor.java", GEODE_COMMIT)
GEODE_JL = ("apache/geode", "geode-membership/src/main/java/org/apache/geode/distributed/internal/membership/"
            "gms/membership/GMSJoinLeave.java", GEODE_COMMIT)
GEODE_GMS = ("apache/geode", "geode-membership/src/main/java/org/apache/geode/distributed/internal/membership/"
             "gms/GMSMembership.java", GEODE_COMMIT)


def geode_items():
    def add(src, expected, why, level, thread, line, host):
        family.add(src, expected, f"Apache Geode log line: {why}",
                   {"alertname": "GeodeMembershipLog", "grafana_folder": "Data grid", "host": host,
                    "service_name": "geode-server", "severity": "warning"},
                   {"summary": f"Geode membership event on {host}",
                    "description": f"[{level} 2026/12/05 16:41:07.552 UTC {host} <{thread}> tid=0x5f] {line}"})

    m3 = "10.3.1.14(server-3:4112)<v5>:41000"
    m4 = "10.3.1.15(server-4:3990)<v6>:41000"
    add(GEODE_DM, N, "a member unexpectedly left (crashed) the distributed cache", "info",
        "View Message Processor1", f"Member at {m3} unexpectedly left the distributed cache: departed "
        "membership view", "server-1")
    add(GEODE_HM, N, "an availability check failed for a member", "info", "Geode Failure Detection thread 3",
        f"Availability check failed for member {m3}", "server-2")
    add(GEODE_HM, N, "removal of a suspect member requested after its final check", "info",
        "Geode Failure Detection thread 3", f"Requesting removal of suspect member {m3}", "server-2")
    add(GEODE_GMS, N, "possible loss of quorum from the loss of two cache processes", "fatal",
        "Geode Membership View Creator", f"Possible loss of quorum due to the loss of 2 cache processes: "
        f"[{m3}, {m4}]", "locator-1")
    add(GEODE_HM, N, "an availability check started for a member not answering heartbeats (suspicion)", "info",
        "Geode Failure Detection thread 5", f"Performing availability check for suspect member {m4} "
        "reason=Member isn't responding to heartbeat requests", "server-3")
    add(GEODE_JL, N, "a member failed its availability check during a view change", "info",
        "Geode Membership View Creator", f"member {m4} failed availability check", "locator-1")
    add(GEODE_JL, N, "unresponsive members added to the crash-set of the next view", "info",
        "Geode Membership View Creator", f"adding these unresponsive members to the crash-set for the next "
        f"view: [{m3}]", "locator-2")
    add(GEODE_DM, None, "a member gracefully left (shutdown message, rule 11)", "info", "View Message Processor1",
        f"Member at {m4} gracefully left the distributed cache: shutdown message received", "server-1")
    add(GEODE_HM, None, "a suspect member passed its availability check (no loss)", "info",
        "Geode Failure Detection thread 2", f"Availability check passed for suspect member {m4}", "server-2")
    add(GEODE_HM, None, "suspicion of a member cleared (recovery)", "info", "Geode Heartbeat Sender",
        f"No longer suspecting {m4}", "server-3")


# --- Aerospike fabric and heartbeat (CloudWatch Logs metric-filter alarm) -----------------------

AS_COMMIT = "05b91c64f5fa7836a36e52e3797da34dc0325649"
AS_HB = ("aerospike/aerospike-server", "as/src/fabric/hb.c", AS_COMMIT)
AS_CL = ("aerospike/aerospike-server", "as/src/fabric/clustering.c", AS_COMMIT)
AS_TICKER = ("aerospike/aerospike-server", "as/src/base/ticker.c", AS_COMMIT)


def aerospike_items():
    def add(src, expected, why, level, ctx, fileline, line, host):
        family.add(src, expected, f"Aerospike log line: {why}",
                   {"alertname": f"aerospike-{host}-cluster-log", "AlarmName": f"aerospike-{host}-cluster-log",
                    "Namespace": "LogMetrics", "MetricName": "AerospikeClusterEvents", "NewStateValue": "ALARM",
                    "Region": "eu-west-1"},
                   {"summary": f"Aerospike cluster log alert on {host}",
                    "description": "Threshold Crossed: 1 datapoint [1.0 (05/12/26 16:41:00)] was greater than or "
                    "equal to the threshold (1.0). Sample event: "
                    f"Dec 05 2026 16:41:07 GMT: {level} ({ctx}): ({fileline}) {line}"})

    add(AS_HB, N, "a node's heartbeat expired (failure detector)", "INFO", "hb", "hb.c:7944",
        "node expired bb9f3c2a1e0d4b6 ", "as-1")
    add(AS_CL, N, "the cluster fell below its minimum size (members below a stated minimum)", "WARNING",
        "clustering", "clustering.c:5734",
        "cluster size 2 less than required minimum size 3 - switching to orphan state", "as-2")
    add(AS_HB, None, "a node arrived (member joined)", "INFO", "hb", "hb.c:8524",
        "node arrived bb9f3c2a1e0d4b6", "as-1")
    add(AS_HB, None, "a node expired for a cluster-name mismatch (configuration, decision 3 of members28)",
        "INFO", "hb", "hb.c:7944", "node expired bb9a07e55c1d2f8 (cluster name mismatch)", "as-3")
    add(AS_TICKER, None, "the ticker's cluster-size status line (no expected size, rule 14)", "INFO", "info",
        "ticker.c:169", "NODE-ID bb9f3c2a1e0d4b6 CLUSTER-SIZE 5 CLUSTER-NAME kv-prod", "as-1")
    add(AS_CL, None, "min-cluster-size changed (a setting, rule 9)", "INFO", "clustering", "clustering.c:8053",
        "changing value of min-cluster-size from 3 to 4", "as-2")


# --- Hazelcast (Alertmanager from a Loki rule, Hazelcast's default log4j2 layout) ---------------

HZ = "hazelcast/hazelcast"
HZ_HB = (HZ, "hazelcast/src/main/java/com/hazelcast/internal/cluster/impl/ClusterHeartbeatManager.java",
         "53cbd1e099c178ad189ceebbbab7a79d5add5dd5")
HZ_MM = (HZ, "hazelcast/src/main/java/com/hazelcast/internal/cluster/impl/MembershipManager.java",
         "1cc9f204d7acd1b58ad78dacb36b314ecf73147a")


def hazelcast_items():
    def add(src, expected, why, level, logger, line, host, me):
        family.add(src, expected, f"Hazelcast log line: {why}",
                   {"alertname": "HazelcastClusterLog", "namespace": "sessions", "pod": host,
                    "job": "hazelcast-logs", "severity": "warning"},
                   {"summary": f"Hazelcast cluster log alert on {host}",
                    "description": f"2026-12-05 16:41:07,122 [{level}] [hz.sessions.cached.thread-4] [{logger}]: "
                    f"[{me}]:5701 [sessions] [5.4.0] {line}"})

    m3 = "Member [10.20.1.13]:5701 - 9c1e4f7a-2b3d-4c5e-8f6a-1b2c3d4e5f60"
    add(HZ_HB, N, "a member suspected for missing heartbeats", " WARN", "c.h.i.c.i.ClusterHeartbeatManager",
        f"Suspecting {m3} because it has not sent any heartbeats since 2026-12-05 16:40:07.118. Now: "
        "2026-12-05 16:41:07.122, heartbeat timeout: 60000 ms, suspicion level: 1.00", "hz-sessions-0",
        "10.20.1.11")
    add(HZ_HB, N, "a member that could not be pinged (ICMP failure detector)", " WARN",
        "c.h.i.c.i.ClusterHeartbeatManager", "[10.20.1.11]:5701 could not ping [10.20.1.13]:5701",
        "hz-sessions-0", "10.20.1.11")
    add(HZ_MM, N, "a member suspected to be dead", " WARN", "c.h.i.c.i.MembershipManager",
        f"{m3} is suspected to be dead for reason: [10.20.1.12]:5701 could not ping [10.20.1.13]:5701",
        "hz-sessions-1", "10.20.1.12")
    add(HZ_HB, N, "no connection to a member that stopped sending heartbeats", " WARN",
        "c.h.i.c.i.ClusterHeartbeatManager", "This node does not have a connection to Member [10.20.1.14]:5701 - "
        "e2a7c9d1-6f3b-4a85-9c20-7d4e1f8b3a56", "hz-sessions-2", "10.20.1.15")
    add(HZ_HB, None, "a member pinged successfully (no loss)", " INFO", "c.h.i.c.i.ClusterHeartbeatManager",
        "[10.20.1.11]:5701 pinged [10.20.1.14]:5701 successfully", "hz-sessions-0", "10.20.1.11")


# --- OpenSearch cluster coordination (OpenSearch Alerting per-document monitor) -----------------

OS = "opensearch-project/OpenSearch"
OS_FC = (OS, "server/src/main/java/org/opensearch/cluster/coordination/FollowersChecker.java",
         "9423abec67002852fcd24f22ea15a2355768ae3c")
OS_NR = (OS, "server/src/main/java/org/opensearch/cluster/coordination/NodeRemovalClusterStateTaskExecutor.java",
         "910532dd3a81e5f92614ec81e2e1b0450aea3ed8")


def opensearch_items():
    def add(src, expected, why, logger, line, host):
        family.add(src, expected, f"OpenSearch log line: {why}",
                   {"alertname": f"OpenSearch cluster log event on {host}", "monitor_name": "os-cluster-logs",
                    "trigger_name": "coordination", "severity": "2", "host": host},
                   {"summary": f"OpenSearch cluster log event on {host}",
                    "description": f"[2026-12-05T16:41:07,918][INFO ][{logger}] [{host}] {line}"})

    node = "{os-data-3}{Qm2kB7xYTqS0v3u1Jw9ZkA}{c8HqvP0aR8y2m1oXb3N4tg}{10.40.0.23}{10.40.0.23:9300}{dir}"
    add(OS_NR, N, "node-left after the follower checks failed too many times (rule 11)",
        "o.o.c.s.MasterService", f"node-left[{node} reason: followers check retry count exceeded], term: 14, "
        f"version: 30412, delta: removed {{{node}}}", "os-master-1")
    add(OS_NR, N, "node-left after its health check failed (removed as faulty)", "o.o.c.s.MasterService",
        f"node-left[{node} reason: health check failed], term: 14, version: 30577, delta: removed {{{node}}}",
        "os-master-2")
    add(OS_FC, N, "the follower checker marking a node as faulty", "o.o.c.FollowersChecker",
        f"FollowerChecker{{discoveryNode={node}, failureCountSinceLastSuccess=3, "
        "[cluster.fault_detection.follower_check.retry_count]=3} marking node as faulty", "os-master-1")


# --- MySQL 8.0 Group Replication (Graylog event definition, 8.0 error-log layout) ---------------

MYSQL_MSGS = ("mysql/mysql-server", "share/messages_to_error_log.txt", "8d67bae6faf856f46b074f3a6e2eba26931b9658")


def mysql_items():
    def add(expected, why, level, line, host):
        family.add(MYSQL_MSGS, expected, f"MySQL 8.0 Group Replication error-log line: {why}",
                   {"alertname": "mysql-gr-errorlog", "event_definition_title": "MySQL GR error log",
                    "source": host, "priority": "2" if level == "Note" else "3"},
                   {"summary": f"MySQL Group Replication event on {host}",
                    "description": f"2026-12-05T16:41:07.204518Z 0 [{level}] [Repl] Plugin group_replication "
                    f"reported: '{line}'"})

    add(N, "a member has become unreachable (ER_GRP_RPL_MEM_UNREACHABLE)", "Warning",
        "Member with address mysql-gr-2.db.internal:3306 has become unreachable.", "mysql-gr-1")
    add(N, "this member left after it could not reach a majority for the timeout (members unreachable)",
        "ERROR", "This member could not reach a majority of the members for more than 40 seconds. The member "
        "will now leave the group as instructed by the group_replication_unreachable_majority_timeout option.",
        "mysql-gr-3")
    add(N, "the recovery donor unexpectedly disappeared", "Warning",
        "The member with address mysql-gr-1.db.internal:3306 has unexpectedly disappeared, killing the current "
        "group replication recovery connection", "mysql-gr-4")
    add(N, "this member expelled for network failures (removed as faulty)", "ERROR",
        "Member was expelled from the group due to network failures, changing member status to ERROR.",
        "mysql-gr-2")
    add(None, "contact with the majority resumed (recovery, rule 14)", "Warning",
        "The member has resumed contact with a majority of the members in the group. Regular operation is "
        "restored and transactions are unblocked.", "mysql-gr-3")
    add(None, "a member declared online (member joined)", "Note",
        "The member with address mysql-gr-4.db.internal:3306 was declared online within the replication group.",
        "mysql-gr-1")
    add(None, "a view change that names no loss", "Note",
        "Group membership changed to mysql-gr-1.db.internal:3306, mysql-gr-2.db.internal:3306, "
        "mysql-gr-3.db.internal:3306, mysql-gr-4.db.internal:3306 on view 17334569874412053:9.", "mysql-gr-1")


def main():
    scylla_items()
    pekko_items()
    serf_items()
    couchbase_items()
    geode_items()
    aerospike_items()
    hazelcast_items()
    opensearch_items()
    mysql_items()
    family.write()


if __name__ == "__main__":
    main()
