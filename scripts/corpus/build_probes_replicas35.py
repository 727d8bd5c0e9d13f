#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_replicas35.jsonl: a workload or cluster short of members, said
through "replicas", "instances", "members", "pods", "bookies" — and the look-alikes that share those
words and must stay null.

Members short (node_down): OpenShift operators' workload conditions from openshift/library-go ("N of
M requested instances are unavailable for …", "no … pods available on any node."), Zabbix's
Kubernetes state template ("StatfulSet is down"), Checkmk's Kubernetes "Replicas" service ("Ready:
1/3 … Not ready for …"), the RabbitMQ cluster operator's AllReplicasReady and ClusterAvailable
conditions, Argo Rollouts' "Rollout does not have minimum availability", etcd-druid's member
readiness and quorum conditions, ScyllaDB's Unavailable error ("Cannot achieve consistency level for
cl QUORUM. Requires 2, alive 1") as the DataStax Python driver renders it, Apache BookKeeper's
"Not enough non-faulty bookies available" and "Bookie handle is not available".

Look-alikes (null): rollouts in progress (kubectl rollout status, Argo CD health messages, the
library-go Progressing condition, Checkmk's "Not updated for", Docker's service convergence progress,
etcd-druid's "At least one member is not yet updated", Argo Rollouts' steps, pauses and scale-downs),
deploy tools waiting (helm --wait), autoscalers at their bounds (HPA TooFewReplicas, an HPA at
maxReplicas, an HPA failing to read its metric), a DaemonSet's misscheduled pods, ECS AZ rebalancing.
One coordinator timeout waiting for replica nodes is upstream_timeout (rule 13).

Labels were decided from each alert's meaning under POLICY.md before the classifier ran on the file;
see the SOURCES.md section "probes_replicas35".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_replicas35.jsonl")
N = "node_down"
UT = "upstream_timeout"

LIBGO = ("openshift/library-go", "pkg/operator/apiserver/controller/workload/workload.go",
         "b03ce0ac0d58e194aeda590ad66cc8ca0ff18175")


def libgo_items():
    """OpenShift operators' workload conditions (library-go's workload controller): Degraded
    UnavailablePod, Available NoPod, Progressing PodsUpdating / NewGeneration."""
    family.add(LIBGO, N, "library-go: Degraded UnavailablePod, 1 of 3 instances unavailable, in an operator "
               "status event forwarded by a Loki rule",
               {"alertname": "ClusterOperatorStatusEvent", "severity": "warning", "namespace":
                "openshift-apiserver-operator", "reason": "OperatorStatusChanged"},
               {"summary": "clusteroperator/openshift-apiserver changed its Degraded message",
                "description": "Status for clusteroperator/openshift-apiserver changed: Degraded message changed "
                               "from \"All is well\" to \"APIServerDeploymentDegraded: 1 of 3 requested instances "
                               "are unavailable for apiserver.openshift-apiserver (container is waiting in pending "
                               "apiserver-6d5f8c7b9-x4kqz pod)\""})
    family.add(LIBGO, N, "library-go: Degraded UnavailablePod, 2 of 3 instances unavailable, as a Grafana "
               "alert on the operator's condition",
               {"alertname": "OpenShift operator degraded", "grafana_folder": "OpenShift", "cluster": "ocp-prod-2",
                "condition": "OAuthServerDeploymentDegraded", "reason": "UnavailablePod"},
               {"summary": "authentication operator reports OAuthServerDeploymentDegraded",
                "description": "2 of 3 requested instances are unavailable for oauth-openshift.openshift-"
                               "authentication (container is waiting in pending oauth-openshift-5c8d9f6b7-q2w8n "
                               "pod, container is waiting in pending oauth-openshift-5c8d9f6b7-zr4tm pod)"})
    family.add(LIBGO, N, "library-go: Available NoPod (zero available pods) in a Slack message",
               {"alertname": "OperatorConditionAvailableFalse", "severity": "critical", "cluster": "ocp-edge-1",
                "name": "openshift-apiserver", "condition": "APIServerDeploymentAvailable"},
               {"summary": "[FIRING:1] openshift-apiserver APIServerDeploymentAvailable=False",
                "description": "APIServerDeploymentAvailable: no apiserver.openshift-apiserver pods available on any "
                               "node."})
    family.add(LIBGO, N, "library-go: Available NoPod for the OAuth server, as a PagerDuty incident",
               {"alertname": "oauth-openshift not available", "service": "OpenShift Platform", "urgency": "high",
                "source": "ocp-prod-1"},
               {"summary": "[ocp-prod-1] OAuthServerDeploymentAvailable: no oauth-openshift.openshift-"
                           "authentication pods available on any node."})
    family.add(LIBGO, N, "library-go: Degraded UnavailablePod, 3 of 3, in an e-mail digest",
               {"alertname": "OperatorDegraded", "severity": "critical", "cluster": "ocp-lab-3",
                "name": "openshift-apiserver"},
               {"subject": "ocp-lab-3: openshift-apiserver Degraded=True (UnavailablePod)",
                "description": "APIServerDeploymentDegraded: 3 of 3 requested instances are unavailable for "
                               "apiserver.openshift-apiserver (container is waiting in pending apiserver-"
                               "7b6c5d4f8-9hj2k pod, container is waiting in pending apiserver-7b6c5d4f8-mm3x7 pod, "
                               "container is waiting in pending apiserver-7b6c5d4f8-t8v5c pod)"})
    family.add(LIBGO, N, "library-go: Degraded UnavailablePod, 1 of 2 instances of the controller manager, as a "
               "PagerDuty incident",
               {"alertname": "controller-manager degraded", "service": "OpenShift Platform", "urgency": "low",
                "source": "ocp-prod-3"},
               {"summary": "[ocp-prod-3] 1 of 2 requested instances are unavailable for controller-manager.openshift-"
                           "controller-manager (container is waiting in pending controller-manager-6f9c7d8b5-pl4vw pod)"})
    family.add(LIBGO, None, "library-go: Progressing PodsUpdating, pods being replaced by a new generation "
               "(rollout in progress)",
               {"alertname": "OperatorConditionProgressing", "severity": "info", "cluster": "ocp-prod-2",
                "name": "openshift-apiserver", "condition": "APIServerDeploymentProgressing", "reason": "PodsUpdating"},
               {"summary": "openshift-apiserver is progressing",
                "description": "deployment/apiserver.openshift-apiserver: 1/3 pods have been updated to the latest "
                               "generation and 2/3 pods are available"})
    family.add(LIBGO, None, "library-go: Progressing NewGeneration (a spec change not yet observed)",
               {"alertname": "OperatorConditionProgressing", "severity": "info", "cluster": "ocp-edge-1",
                "name": "authentication", "condition": "OAuthServerDeploymentProgressing", "reason": "NewGeneration"},
               {"summary": "authentication is progressing",
                "description": "deployment/oauth-openshift.openshift-authentication: observed generation is 11, "
                               "desired generation is 12."})


ZBX = ("zabbix/zabbix", "templates/app/kubernetes_http/kubernetes_state_http/README.md",
       "bb8679c9cc9ff8970b272cde78c84e68be233e41")


def zabbix_items():
    """Zabbix's 'Kubernetes cluster state by HTTP' trigger: ready replicas / current replicas <> 1."""
    family.add(ZBX, N, "Zabbix Kubernetes state template: StatefulSet ready/current replicas below 1, "
               "as Zabbix's default problem message",
               {"alertname": "Kubernetes: Namespace [streaming] StatefulSet [kafka]: StatfulSet is down",
                "severity": "High", "host": "k8s-prod-state", "sender": "zabbix"},
               {"summary": "Problem: Kubernetes: Namespace [streaming] StatefulSet [kafka]: StatfulSet is down",
                "description": "Problem started at 03:12:44 on 2026.12.05\nProblem name: Kubernetes: Namespace "
                               "[streaming] StatefulSet [kafka]: StatfulSet is down\nHost: k8s-prod-state\n"
                               "Severity: High\nOperational data: 0.6667\nOriginal problem ID: 48213377"})
    family.add(ZBX, N, "Zabbix Kubernetes state template: StatefulSet down, forwarded to Telegram",
               {"alertname": "StatfulSet is down", "severity": "high", "zabbix_host": "kube-state-dc2",
                "namespace": "cache", "statefulset": "redis-node"},
               {"message": "🔥 Kubernetes: Namespace [cache] StatefulSet [redis-node]: StatfulSet is down\n"
                           "Host: kube-state-dc2 | value 0.3333 | since 14:07"})
    family.add(ZBX, N, "Zabbix Kubernetes state template: StatefulSet down, in a Zabbix e-mail (HTML stripped)",
               {"alertname": "Problem: Kubernetes: Namespace [identity] StatefulSet [keycloak]: StatfulSet is down",
                "severity": "High", "host": "Kubernetes cluster state", "sender": "zabbix-mail"},
               {"description": "Problem started at 22:51:07 on 2026.12.04 Problem name: Kubernetes: Namespace "
                               "[identity] StatefulSet [keycloak]: StatfulSet is down Host: Kubernetes cluster state "
                               "Severity: High Operational data: 0.5"})
    family.add(ZBX, N, "Zabbix Kubernetes state template: StatefulSet down with no ready replica, in Opsgenie",
               {"alertname": "Zabbix problem", "priority": "P1", "host": "k8s-state-eu1",
                "trigger": "Kubernetes: Namespace [search] StatefulSet [opensearch-data]: StatfulSet is down"},
               {"description": "Trigger: Kubernetes: Namespace [search] StatefulSet [opensearch-data]: StatfulSet is "
                               "down\nTrigger status: PROBLEM\nTrigger severity: High\nItem values: ready 0 / "
                               "current 3"})


CMK = ("Checkmk/checkmk", "cmk/plugins/kube/agent_based/kube_replicas.py",
       "c023c0331ade41368f1758e4302e926ae9343397")
CMK_MAN = ("Checkmk/checkmk", "checkman/kube_replicas", "2399551d86caeb51d213ff6b1dff0dfadbc4d812")
CMK_LEVELS = "(warn/crit at 5 minutes 0 seconds/10 minutes 0 seconds)"


def checkmk_items():
    """Checkmk's Kubernetes 'Replicas' service (kube_replicas): ready or available replicas below
    desired for longer than the grace period; out-of-date and misscheduled replicas are not members
    short."""
    family.add(CMK, N, "Checkmk Replicas service CRIT: ready replicas below desired past the grace period",
               {"alertname": "Replicas", "host": "deployment_prod_shop_cart", "state": "CRIT",
                "sender": "checkmk"},
               {"summary": "CRIT - Ready: 1/3, Up-to-date: 3/3, Not ready for: 11 minutes 2 seconds "
                           + CMK_LEVELS + "(!!)"})
    family.add(CMK, N, "Checkmk Replicas service CRIT for a StatefulSet with no ready replica, in a "
               "notification mail",
               {"alertname": "Checkmk: statefulset_prod_data_zookeeper/Replicas CRIT", "host":
                "statefulset_prod_data_zookeeper", "service": "Replicas", "notification_type": "PROBLEM"},
               {"description": "Host: statefulset_prod_data_zookeeper\nService: Replicas\nEvent: WARN -> CRIT\n"
                               "Output: Ready: 0/3, Up-to-date: 3/3, Not ready for: 10 minutes 14 seconds "
                               + CMK_LEVELS + "(!!)"})
    family.add(CMK, N, "Checkmk Replicas service WARN: available replicas below desired (minReadySeconds set)",
               {"alertname": "Replicas", "host": "deployment_prod_payments_ledger-api", "state": "WARN",
                "sender": "checkmk"},
               {"summary": "WARN - Available: 2/4, Ready: 2/4, Up-to-date: 4/4, Not available for: 6 minutes 40 "
                           "seconds " + CMK_LEVELS + "(!), Not ready for: 6 minutes 52 seconds " + CMK_LEVELS
                           + "(!)"})
    family.add(CMK, N, "Checkmk Replicas service CRIT for a DaemonSet with pods not ready on two nodes",
               {"alertname": "Replicas", "host": "daemonset_prod_kube-system_node-local-dns", "state": "CRIT",
                "sender": "checkmk"},
               {"summary": "CRIT - Ready: 10/12, Up-to-date: 12/12, Misscheduled: 0, Not ready for: 15 minutes 3 "
                           "seconds " + CMK_LEVELS + "(!!)"})
    family.add(CMK, N, "Checkmk Replicas service CRIT: a Deployment with no ready replica, via a Slack "
               "notification plugin",
               {"alertname": "Checkmk: deployment_staging_api_gateway/Replicas", "host":
                "deployment_staging_api_gateway", "service": "Replicas", "state": "CRIT"},
               {"message": ":rotating_light: deployment_staging_api_gateway / Replicas is CRIT: Ready: 0/2, Up-to-date: "
                           "2/2, Not ready for: 23 minutes 41 seconds " + CMK_LEVELS + "(!!)"})
    family.add(CMK, None, "Checkmk Replicas service WARN: replicas not yet updated (a rollout that takes long; "
               "all ready)",
               {"alertname": "Replicas", "host": "deployment_prod_shop_checkout", "state": "WARN",
                "sender": "checkmk"},
               {"summary": "WARN - Ready: 4/4, Up-to-date: 1/4, Not updated for: 7 minutes 30 seconds "
                           + CMK_LEVELS + "(!), Strategy: RollingUpdate (max surge: 25%, max unavailable: 25%)"})
    family.add(CMK, None, "Checkmk Replicas service WARN: a DaemonSet pod misscheduled (running where it "
               "should not; all ready)",
               {"alertname": "Replicas", "host": "daemonset_prod_monitoring_node-exporter", "state": "WARN",
                "sender": "checkmk"},
               {"summary": "WARN - Ready: 9/9, Up-to-date: 9/9, Misscheduled: 1, Misscheduled for: 5 minutes 21 "
                           "seconds " + CMK_LEVELS + "(!)"})
    family.add(CMK_MAN, None, "Checkmk man page's warning: replicas not ready during an update (the grace "
               "period's reason), quoted by a maintenance note",
               {"alertname": "MaintenanceNote", "severity": "info", "team": "platform",
                "change": "CHG-20431"},
               {"summary": "Rolling update of shop/cart tonight",
                "description": "Replicas service may show WARN during the update window: replicas may temporarily "
                               "be in a not ready or out-of-date state during the process of an update."})


RMQ_READY = ("rabbitmq/cluster-operator", "internal/status/all_replicas_ready.go",
             "34988bccbd70a419bac5e43961990ab0c680a36d")
RMQ_AVAIL = ("rabbitmq/cluster-operator", "internal/status/cluster_available.go",
             "dda2be15beb701544aa204fad73acd4a2afa15d3")


def rabbitmq_items():
    """The RabbitMQ cluster operator's RabbitmqCluster conditions."""
    family.add(RMQ_READY, N, "RabbitmqCluster AllReplicasReady=False NotAllPodsReady (1/3), from a "
               "custom-resource-state metric rule",
               {"alertname": "RabbitmqClusterNotAllReplicasReady", "severity": "warning", "namespace": "messaging",
                "rabbitmqcluster": "events-mq", "reason": "NotAllPodsReady"},
               {"summary": "RabbitmqCluster messaging/events-mq: 1/3 Pods ready",
                "description": "Condition AllReplicasReady is False (NotAllPodsReady) for 15m: 1/3 Pods ready"})
    family.add(RMQ_READY, N, "RabbitmqCluster AllReplicasReady=False with no pod ready, in a kubectl-based "
               "cron check",
               {"alertname": "CronCheckFailed", "check": "rabbitmq-clusters", "host": "ops-runner-2",
                "severity": "critical"},
               {"description": "rabbitmqcluster/orders-mq (ns orders): AllReplicasReady=False reason=NotAllPodsReady "
                               "message=\"0/3 Pods ready\" lastTransitionTime=2026-12-05T22:41:09Z"})
    family.add(RMQ_READY, N, "RabbitmqCluster AllReplicasReady=False (2/3) in a Nagios check output",
               {"alertname": "check_k8s_rabbitmqcluster", "host": "k8s-prod-api", "service": "RabbitMQ chat-mq",
                "state": "WARNING", "sender": "nagios"},
               {"output": "WARNING - rabbitmqcluster chat/chat-mq AllReplicasReady=False (NotAllPodsReady): 2/3 "
                          "Pods ready"})
    family.add(RMQ_AVAIL, N, "RabbitmqCluster ClusterAvailable=False NoEndpointsAvailable (no ready member "
               "behind the service)",
               {"alertname": "RabbitmqClusterUnavailable", "severity": "critical", "namespace": "billing",
                "rabbitmqcluster": "billing-mq", "reason": "NoEndpointsAvailable"},
               {"summary": "RabbitmqCluster billing/billing-mq is not available",
                "description": "ClusterAvailable=False: The service has no endpoints available"})


ROLLOUTS = ("argoproj/argo-rollouts", "utils/conditions/conditions.go", "8f82c368d868589b2c1122c8a97caaf427e9b52a")


def rollouts_items():
    """Argo Rollouts' conditions and events."""
    family.add(ROLLOUTS, N, "Argo Rollouts Available=False: minimum availability lost",
               {"alertname": "ArgoRolloutNotAvailable", "severity": "critical", "namespace": "storefront",
                "rollout": "web-frontend", "condition": "Available"},
               {"summary": "Rollout storefront/web-frontend is not available",
                "description": "Available=False (AvailableReason): Rollout does not have minimum availability"})
    family.add(ROLLOUTS, N, "Argo Rollouts Available=False in a Slack notification (argo notifications "
               "template of ours)",
               {"alertname": "on-rollout-unavailable", "trigger": "on-rollout-unavailable", "rollout": "pricing-api",
                "namespace": "pricing", "cluster": "gke-prod-euw1"},
               {"message": ":red_circle: pricing/pricing-api — Rollout does not have minimum availability (2/5 "
                           "available)"})
    family.add(ROLLOUTS, N, "Argo Rollouts Available=False as an Opsgenie alert",
               {"alertname": "Rollout availability", "priority": "P2", "cluster": "eks-prod-use1",
                "namespace": "media", "rollout": "transcoder"},
               {"description": "media/transcoder Available=False since 09:41Z: Rollout does not have minimum "
                               "availability. 1 of 4 replicas available."})
    family.add(ROLLOUTS, None, "Argo Rollouts paused between canary steps (planned)",
               {"alertname": "on-rollout-paused", "trigger": "on-rollout-paused", "rollout": "web-frontend",
                "namespace": "storefront"},
               {"message": "Rollout storefront/web-frontend: RolloutPaused — Rollout is paused"})
    family.add(ROLLOUTS, None, "Argo Rollouts scaled the old ReplicaSet down to 0 (a rollout's own scale-down)",
               {"alertname": "KubernetesEvent", "reason": "ScalingReplicaSet", "type": "Normal",
                "involved_object": "Rollout/checkout", "namespace": "shop"},
               {"description": "Scaled down ReplicaSet checkout-7c9f6d8b5 (revision 11) from 4 to 0"})
    family.add(ROLLOUTS, None, "Argo Rollouts canary step completed",
               {"alertname": "KubernetesEvent", "reason": "RolloutStepCompleted", "type": "Normal",
                "involved_object": "Rollout/search-api", "namespace": "search"},
               {"description": "Rollout step 3/8 completed (setWeight: 40)"})
    family.add(ROLLOUTS, None, "Argo Rollouts aborted an update (the rollout reverted to its stable "
               "ReplicaSet; nothing short)",
               {"alertname": "on-rollout-aborted", "trigger": "on-rollout-aborted", "rollout": "pricing-api",
                "namespace": "pricing"},
               {"message": "Rollout pricing/pricing-api: RolloutAborted — Rollout aborted update to revision 12"})


DRUID_READY = ("gardener/etcd-druid", "internal/health/condition/check_ready.go",
               "d22d87a079cd8d8e0a56754e7d995edc2a7d17c0")
DRUID_ALL = ("gardener/etcd-druid", "internal/health/condition/check_all_members_ready.go",
             "5dbe993c7d37b5e44e39f30d8446b7cd5abce845")
DRUID_MEMBER = ("gardener/etcd-druid", "internal/health/etcdmember/check_ready.go",
                "7e7b3d7d9fe050b0465bebc71ffa86645fee40f2")
DRUID_UPD = ("gardener/etcd-druid", "internal/health/condition/check_all_members_updated.go",
             "93a20c742c4f8706808276168b80de8e156e5b89")


def druid_items():
    """etcd-druid's Etcd conditions and member statuses."""
    family.add(DRUID_READY, N, "etcd-druid Ready=False QuorumLost (the majority of members not ready)",
               {"alertname": "EtcdDruidConditionFalse", "severity": "critical", "namespace": "shoot--core--prod",
                "etcd": "etcd-main", "condition": "Ready", "reason": "QuorumLost"},
               {"summary": "Etcd shoot--core--prod/etcd-main: Ready=False",
                "description": "QuorumLost: The majority of ETCD members is not ready"})
    family.add(DRUID_ALL, N, "etcd-druid AllMembersReady=False (at least one member not ready)",
               {"alertname": "EtcdDruidConditionFalse", "severity": "warning", "namespace": "shoot--dev--api",
                "etcd": "etcd-events", "condition": "AllMembersReady", "reason": "NotAllMembersReady"},
               {"summary": "Etcd shoot--dev--api/etcd-events: AllMembersReady=False for 20m",
                "description": "NotAllMembersReady: At least one member is not ready"})
    family.add(DRUID_MEMBER, N, "etcd-druid member status NotReady after its lease went unrenewed past the "
               "grace periods",
               {"alertname": "EtcdMemberNotReady", "severity": "warning", "namespace": "shoot--core--prod",
                "etcd": "etcd-main", "member": "etcd-main-2"},
               {"summary": "etcd member etcd-main-2 is NotReady",
                "description": "member etcd-main-2 (id 7f3c1a9e2b4d5c60, role Member): status NotReady, reason "
                               "UnknownGracePeriodExceeded"})
    family.add(DRUID_MEMBER, N, "etcd-druid member status NotReady because its containers are not ready",
               {"alertname": "EtcdMemberNotReady", "severity": "warning", "namespace": "shoot--qa--billing",
                "etcd": "etcd-main", "member": "etcd-main-0"},
               {"summary": "etcd member etcd-main-0 is NotReady",
                "description": "member etcd-main-0 (role Leader): status NotReady, reason ContainersNotReady"})
    family.add(DRUID_UPD, None, "etcd-druid AllMembersUpdated=False (a rolling update of the members, all "
               "ready)",
               {"alertname": "EtcdDruidConditionFalse", "severity": "info", "namespace": "shoot--core--prod",
                "etcd": "etcd-main", "condition": "AllMembersUpdated", "reason": "NotAllMembersUpdated"},
               {"summary": "Etcd shoot--core--prod/etcd-main: AllMembersUpdated=False",
                "description": "NotAllMembersUpdated: At least one member is not yet updated"})


SCYLLA = ("scylladb/scylladb", "exceptions/exceptions.hh", "a55b434a2b6ad56bec7bf541f629214399daf065")
PYDRIVER = ("datastax/python-driver", "cassandra/protocol.py", "e080510646779dbaafb1962ad40879400a854a54")


def unavailable(cl, required, alive):
    return ("Error from server: code=1000 [Unavailable exception] message=\"Cannot achieve consistency level "
            f"for cl {cl}. Requires {required}, alive {alive}\" info={{'consistency': '{cl}', "
            f"'required_replicas': {required}, 'alive_replicas': {alive}}}")


def scylla_items():
    """ScyllaDB's Unavailable error (the coordinator knows too few replica nodes alive) as the DataStax
    Python driver renders it; a coordinator's write timeout waiting for replicas."""
    family.add(SCYLLA, N, "Scylla Unavailable (required 2, alive 1) in an application log alert",
               {"alertname": "AppErrorLogs", "severity": "warning", "app": "session-store", "namespace": "auth"},
               {"summary": "session-store logged 214 errors in 5m",
                "description": "cassandra.Unavailable: " + unavailable("QUORUM", 2, 1)})
    family.add(SCYLLA, N, "Scylla Unavailable (alive 0) quoted by an error-ratio alert (rule 11 decides, as "
               "a peer not there)",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "feed-api", "namespace": "feed"},
               {"summary": "feed-api: 23% of requests fail",
                "description": "Top error: cassandra.Unavailable: " + unavailable("LOCAL_QUORUM", 2, 0)})
    family.add(SCYLLA, N, "Scylla Unavailable (cl ONE, alive 0) as a Sentry issue",
               {"alertname": "SentryIssueAlert", "project": "telemetry-ingest", "level": "error"},
               {"summary": "New issue in telemetry-ingest",
                "title": "Unavailable: " + unavailable("ONE", 1, 0),
                "culprit": "ingest.writer in flush_batch"})
    family.add(SCYLLA, N, "Scylla Unavailable (cl LOCAL_ONE, alive 0) in a Datadog log monitor",
               {"alertname": "[Logs] Scylla unavailable errors in profile-sync", "monitor_type": "log alert",
                "service": "profile-sync", "env": "prod"},
               {"summary": "[Triggered] [Logs] Scylla unavailable errors in profile-sync",
                "description": "42 log events matched in the last 5m. Sample: cassandra.Unavailable: "
                               + unavailable("LOCAL_ONE", 1, 0)})
    family.add(PYDRIVER, UT, "Cassandra-protocol WriteTimeout: the coordinator timed out waiting for replica "
               "nodes (a caller giving up on what it called, rule 13)",
               {"alertname": "AppErrorLogs", "severity": "warning", "app": "ledger-writer", "namespace": "ledger"},
               {"summary": "ledger-writer logged 57 errors in 5m",
                "description": "cassandra.WriteTimeout: Error from server: code=1100 [Coordinator node timed out "
                               "waiting for replica nodes' responses] message=\"Operation timed out for ledger.entries "
                               "- received only 1 responses from 2 CL=QUORUM.\" info={'consistency': 'QUORUM', "
                               "'required_responses': 2, 'received_responses': 1, 'write_type': 0}"})


BK = ("apache/bookkeeper", "bookkeeper-server/src/main/java/org/apache/bookkeeper/client/api/BKException.java",
      "bff475d2cca0f5607d5db7fba43fa6ed007d3d3f")


def bookkeeper_items():
    """Apache BookKeeper client errors: too few bookies to form an ensemble, a bookie not available."""
    family.add(BK, N, "BookKeeper NotEnoughBookiesException in a Pulsar broker log alert",
               {"alertname": "PulsarBrokerErrors", "severity": "critical", "namespace": "pulsar",
                "pod": "pulsar-broker-1"},
               {"summary": "pulsar-broker-1: 96 ERROR lines in 5m",
                "description": "Failed to create ledger for persistent://public/default/orders-partition-3: "
                               "org.apache.bookkeeper.client.BKException$BKNotEnoughBookiesException: Not enough "
                               "non-faulty bookies available"})
    family.add(BK, N, "BookKeeper NotEnoughBookiesException code -6 counted by a log-based metric",
               {"alertname": "BookKeeperEnsembleErrors", "severity": "warning", "cluster": "bk-prod",
                "code": "-6"},
               {"summary": "ledger creation failing: NotEnoughBookiesException",
                "description": "NotEnoughBookiesException: Not enough non-faulty bookies available (ensemble 3, "
                               "writable bookies 2)"})
    family.add(BK, N, "BookKeeper NotEnoughBookiesException in a Datadog log monitor on the bookkeeper client",
               {"alertname": "[Logs] Pulsar ledger creation failures", "monitor_type": "log alert",
                "service": "pulsar-broker", "env": "staging"},
               {"summary": "[Triggered] [Logs] Pulsar ledger creation failures",
                "description": "18 log events matched in the last 10m. Sample: Error creating ledger for "
                               "persistent://tenant-a/events/clicks: -6: NotEnoughBookiesException: Not enough "
                               "non-faulty bookies available"})
    family.add(BK, N, "BookKeeper BookieHandleNotAvailableException (a bookie not available to the client, "
               "rule 11)",
               {"alertname": "PulsarBrokerErrors", "severity": "warning", "namespace": "pulsar",
                "pod": "pulsar-broker-0"},
               {"summary": "pulsar-broker-0: 31 ERROR lines in 5m",
                "description": "Read entry failed for ledger 884213 from bookie-2.bookie.pulsar.svc:3181: "
                               "BookieHandleNotAvailableException: Bookie handle is not available"})


HELM = ("helm/helm", "pkg/kube/wait.go", "5d49a6a67f08c44fc1825dfe09b55063eb145b7f")


def helm_items():
    """helm --wait log lines in a CI pipeline alert: a deploy tool waiting (rule 18)."""
    family.add(HELM, None, "helm --wait: Deployment not ready yet, in a CI job log alert (a deploy tool's wait)",
               {"alertname": "DeployJobLog", "severity": "info", "pipeline": "payments-cd", "job": "deploy-prod"},
               {"summary": "deploy-prod still waiting on release payments",
                "description": "Deployment is not ready: payments/payments-api. 0 out of 2 "
                               "expected pods are ready"})
    family.add(HELM, None, "helm --wait: StatefulSet not ready yet (a deploy tool's wait)",
               {"alertname": "DeployJobLog", "severity": "info", "pipeline": "platform-cd", "job": "upgrade-redis"},
               {"summary": "upgrade-redis waiting",
                "description": "StatefulSet is not ready: cache/redis-node. 1 out of 3 expected "
                               "pods are ready"})
    family.add(HELM, None, "helm --wait: DaemonSet pods not yet scheduled (a deploy tool's wait)",
               {"alertname": "GitLabJobLog", "project": "infra/cluster-addons", "job": "helm-upgrade-logging",
                "stage": "deploy"},
               {"description": "DaemonSet is not ready: logging/fluent-bit. 3 out of 8 expected pods have been "
                               "scheduled"})


KUBECTL = ("kubernetes/kubectl", "pkg/polymorphichelpers/rollout_status.go", "53ef3abb02e5148346e12c14e6fa0f20d5712176")


def kubectl_items():
    """kubectl rollout status lines (rollouts in progress)."""
    family.add(KUBECTL, None, "kubectl rollout status: updated replicas not all available yet (rollout in "
               "progress)",
               {"alertname": "DeployStepSlow", "severity": "info", "pipeline": "search-cd", "step": "rollout-status"},
               {"description": "Waiting for deployment \"search-api\" rollout to finish: 1 of 3 updated replicas are "
                               "available..."})
    family.add(KUBECTL, None, "kubectl rollout status: old replicas pending termination (rollout in progress)",
               {"alertname": "DeployStepSlow", "severity": "info", "pipeline": "web-cd", "step": "rollout-status"},
               {"description": "Waiting for deployment \"web\" rollout to finish: 2 old replicas are pending "
                               "termination..."})
    family.add(KUBECTL, None, "kubectl rollout status for a DaemonSet (rollout in progress)",
               {"alertname": "JenkinsConsoleMatch", "job": "k8s-addons-deploy", "build": "412"},
               {"description": "Waiting for daemon set \"node-exporter\" rollout to finish: 5 of 8 updated pods are "
                               "available..."})


ARGOCD_DEP = ("argoproj/gitops-engine", "pkg/health/health_deployment.go", "bc8fe68a443f9d821c7c4f4fe32b68adc9fc87cd")
ARGOCD_STS = ("argoproj/gitops-engine", "pkg/health/health_statefulset.go", "9e6f22f3ca99d1b2b3b16926e37d7676c96d4f5f")
ARGOCD_HPA = ("argoproj/gitops-engine", "pkg/health/testdata/hpa-v2-degraded-partially.yaml",
              "ad2ab57396dda1cd308fc59f8d05d275e0daace0")


def argocd_items():
    """Argo CD resource health messages (gitops-engine)."""
    family.add(ARGOCD_DEP, None, "Argo CD health Progressing: new replicas being updated (rollout in progress)",
               {"alertname": "ArgoCDAppNotHealthy", "severity": "info", "name": "checkout", "health_status":
                "Progressing", "dest_namespace": "shop"},
               {"summary": "Application checkout is Progressing",
                "description": "Deployment shop/checkout: Waiting for rollout to finish: 2 out of 4 new replicas have "
                               "been updated..."})
    family.add(ARGOCD_DEP, None, "Argo CD health Suspended: the Deployment is paused",
               {"alertname": "ArgoCDAppNotHealthy", "severity": "info", "name": "reporting", "health_status":
                "Suspended", "dest_namespace": "bi"},
               {"summary": "Application reporting is Suspended",
                "description": "Deployment bi/report-worker: Deployment is paused"})
    family.add(ARGOCD_STS, None, "Argo CD health Progressing: a partitioned StatefulSet roll out",
               {"alertname": "ArgoCDAppNotHealthy", "severity": "info", "name": "kafka", "health_status":
                "Progressing", "dest_namespace": "streaming"},
               {"summary": "Application kafka is Progressing",
                "description": "StatefulSet streaming/kafka: Waiting for partitioned roll out to finish: 1 out of 3 "
                               "new pods have been updated..."})
    family.add(ARGOCD_HPA, None, "HPA ScalingActive=False: unable to compute the replica count (no resource "
               "metrics; the autoscaler's own collection)",
               {"alertname": "KubernetesEvent", "reason": "FailedGetResourceMetric", "type": "Warning",
                "involved_object": "HorizontalPodAutoscaler/argocd-server", "namespace": "argocd"},
               {"description": "the HPA was unable to compute the replica count: failed to get memory utilization: "
                               "unable to get metrics for resource memory: unable to fetch metrics from resource "
                               "metrics API: the server could not find the requested resource (get "
                               "pods.metrics.k8s.io)"})


DOCKER = ("docker/cli", "cli/command/service/progress/progress.go", "6ed16a2cc1f0853f07e23490314458d7f44c3531")


def docker_items():
    """docker service create/update progress (a deploy converging)."""
    family.add(DOCKER, None, "docker service update progress: tasks still converging (rollout in progress)",
               {"alertname": "SwarmDeployLog", "severity": "info", "stack": "shop", "service": "shop_web"},
               {"description": "overall progress: 1 out of 3 tasks"})
    family.add(DOCKER, None, "docker service update rolling back: tasks converging back (a rollback in "
               "progress)",
               {"alertname": "SwarmDeployLog", "severity": "info", "stack": "billing", "service": "billing_api"},
               {"description": "overall progress: rolling back update: 2 out of 3 tasks"})
    family.add(DOCKER, None, "docker service converged (the deploy finished)",
               {"alertname": "SwarmDeployLog", "severity": "info", "stack": "billing", "service": "billing_api"},
               {"description": "verify: Service kq3w9x2m7yd0vbn4c1e8p5s6t converged"})


def autoscaler_items():
    """Autoscalers at their bounds: capacity planning, nothing down."""
    family.add_page("https://coderapp.vercel.app/answer/73290462", None,
                    "HPA ScalingLimited TooFewReplicas: the desired count is below minReplicas (an autoscaler "
                    "at its floor)",
                    {"alertname": "KubernetesEvent", "type": "Normal", "reason": "ScalingLimited",
                     "involved_object": "HorizontalPodAutoscaler/prod-backend-hpa-v1", "namespace": "prod"},
                    {"description": "ScalingLimited True TooFewReplicas the desired replica count is less than the "
                                    "minimum replica count"})
    family.add_page("https://runbooks.gitlab-static.net/kube/alerts/HPAScaleCapability/", None,
                    "HPA at its configured maxReplicas (capacity planning, as the corpus labels HPA maxima)",
                    {"alertname": "HPAScaleCapability", "severity": "s3", "cluster": "gprd-us-east1-b",
                     "namespace": "gitlab", "horizontalpodautoscaler": "gitlab-webservice-web"},
                    {"summary": "HPA gitlab/gitlab-webservice-web at maxReplicas",
                     "description": "The Horizontal Pod Autoscaler for a workload has reached its configured "
                                    "maxReplicas. The HPA will not add more pods until the cap is raised or load "
                                    "subsides."})


ECS_AZ = "https://docs.amazonaws.cn/en_us/AmazonECS/latest/developerguide/service-rebalancing-event-messages-list.html"


def ecs_items():
    """Amazon ECS Availability Zone rebalancing events (information events, nothing missing)."""
    family.add_page(ECS_AZ, None, "ECS service not AZ balanced, rebalancing in progress (an information event)",
                    {"alertname": "ECS Service Action", "source": "aws.ecs", "eventType": "INFO",
                     "cluster": "prod-apps", "service": "orders-api"},
                    {"description": "service (orders-api) is not AZ balanced with 3 tasks in Availability Zone "
                                    "eu-west-1a, 0 in Availability Zone eu-west-1b, and 1 tasks in Availability Zone "
                                    "eu-west-1c. AZ Rebalancing in progress."})
    family.add_page(ECS_AZ, None, "ECS stopped running tasks in one AZ to rebalance (tasks stopped on purpose)",
                    {"alertname": "ECS Service Action", "source": "aws.ecs", "eventType": "INFO",
                     "cluster": "prod-apps", "service": "orders-api"},
                    {"description": "orders-api has stopped 2 running tasks in Availability Zone eu-west-1a due to "
                                    "AZ rebalancing: 0f3c9a2b7d1e4c58a6b9e0d2f4a7c1b3."})


libgo_items()
zabbix_items()
checkmk_items()
rabbitmq_items()
rollouts_items()
druid_items()
scylla_items()
bookkeeper_items()
helm_items()
kubectl_items()
argocd_items()
docker_items()
autoscaler_items()
ecs_items()
family.write()
