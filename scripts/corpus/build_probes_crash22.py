#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crash22.jsonl: restarts, crash loops and their look-alikes, in
English, as rule sets and monitor templates of projects the corpus had not used word them: Gitpod's
PrometheusRule files (gitpod-io/gitpod, current and 2022 jsonnet mixins), OpenShift's
cluster-monitoring-operator rules, Canonical's charm alert rules (Oathkeeper, PostgreSQL, the Kubeflow
MinIO and Katib charms), KubeVirt's operator alerts, a Grafana alert module's test
(dasmeta/terraform-onpremise-monitoring) and Azure Container Apps' `RestartCount` metric.

What the family tests: crash loops worded as "is crashlooping", "is stuck in crashlooping for at
least 5 minutes", "is restarting 4.00 times / 3 minutes", "process too many restarts", "has too many
restarts", a workspace count stuck starting with the status "CrashLoopBackOff", and an Azure metric
alert on `RestartCount`; a crash loop whose pod's last termination was `OOMKilled` (rule 1, rule 8:
the cause decides) and one whose last termination reason is only `Error` (still a loop); and the
look-alikes: one restart (PostgreSQL "has restarted", one replica restart), replicas that do not
match, a deployment or daemon set not rolled out, Argo CD applications stuck Progressing/Degraded,
containers waiting in ContainerCreating, CreateContainerConfigError or ImagePullBackOff, a pod stuck
in PodInitializing, failed workspace starts and failing workspaces (user tasks, rule 10), workspaces
not starting or terminating too long, VM instances in outdated launcher pods (an update applied only
after a restart or migration, rule 10), and node OOM kills (`out_of_memory`, rule 2).

Labels, decided from each rule's meaning under POLICY.md before the classifier ran on the file:
two or more restarts in the window or a back-off are `crash_loop` (rules 4, 7); a cause on the
alert (`last_terminated_reason="OOMKilled"`) decides over the loop (rules 1, 3, 8); one restart,
short uptime, a rollout, replicas or readiness and failed tasks are `null` (rules 5, 7, 9, 10); a
component with no running pod is `node_down` (rule 16).

Sources (rules and their annotations quoted as the source has them; hosts, clusters, pods, values
and the frames are ours): see the constants below; every project was checked `OK` with
heldout_check.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_crash22.jsonl")
C, O, ND, N = "crash_loop", "out_of_memory", "node_down", None

GP = "gitpod-io/gitpod"
GP_HEAD = "4f45d02eac95a253e9031c5f651e62585f6c9d3b"
GP_OLD = "e0bed466e79efeccf327dd3fd81e06abb6c02f5e"  # the jsonnet mixins before they became YAML
GP_SERVER = (GP, "operations/observability/mixins/meta/rules/server.yaml", GP_HEAD)
GP_DASHBOARD = (GP, "operations/observability/mixins/meta/rules/dashboard.yaml", GP_HEAD)
GP_META_NODES = (GP, "operations/observability/mixins/meta/rules/meta-nodes.yaml", GP_HEAD)
GP_IMAGE_BUILDER = (GP, "operations/observability/mixins/workspace/rules/central/image-builder.yaml", GP_HEAD)
GP_NODE_LABELER = (GP, "operations/observability/mixins/workspace/rules/central/node-labeler.yaml", GP_HEAD)
GP_WS_DAEMON = (GP, "operations/observability/mixins/workspace/rules/central/ws-daemon.yaml", GP_HEAD)
GP_WS_MANAGER = (GP, "operations/observability/mixins/workspace/rules/central/ws-manager.yaml", GP_HEAD)
GP_WS_PROXY = (GP, "operations/observability/mixins/workspace/rules/central/ws-proxy.yaml", GP_HEAD)
GP_WS_DAEMON_SAT = (GP, "operations/observability/mixins/workspace/rules/satellite/ws-daemon.yaml", GP_HEAD)
GP_WORKSPACES = (GP, "operations/observability/mixins/workspace/rules/central/workspaces.yaml", GP_HEAD)
GP_ARGOCD = (GP, "operations/observability/mixins/self-hosted/rules/argocd/prometheusRules.yaml", GP_HEAD)
GP_OLD_WS_DAEMON = (GP, "operations/observability/mixins/workspace/rules/components/ws-daemon/alerts.libsonnet", GP_OLD)
GP_OLD_WS_MANAGER = (GP, "operations/observability/mixins/workspace/rules/components/ws-manager/alerts.libsonnet", GP_OLD)
GP_OLD_WORKSPACES = (GP, "operations/observability/mixins/workspace/rules/components/workspaces/alerts.libsonnet", GP_OLD)

CMO = "openshift/cluster-monitoring-operator"
CMO_HEAD = "f581865b41267ff23bbf1cb30fbdd2e02cecd42f"
CMO_RULES = (CMO, "assets/cluster-monitoring-operator/prometheus-rule.yaml", CMO_HEAD)
CMO_CONTROL = (CMO, "assets/control-plane/prometheus-rule.yaml", CMO_HEAD)
CMO_ALERTMANAGER = (CMO, "assets/alertmanager/prometheus-rule.yaml", CMO_HEAD)

OATHKEEPER = ("canonical/oathkeeper-operator", "src/prometheus_alert_rules/oathkeeper_process_too_many_restarts.rule",
              "6f9baf3f22d9998749aceb214e20ec96d6e3eb00")
PG_CHARM = ("canonical/postgresql-k8s-operator", "src/prometheus_alert_rules/postgresql_rules.yaml",
            "59f9b594cbd13051844942275e837142233858d2")
MINIO_CHARM = ("canonical/minio-operator", "src/prometheus_alert_rules/KubeflowMinioServices.rules",
               "52c6aa2e5c0333bc224e384b30807ce65ef68bf5")
KATIB_CHARM = ("canonical/katib-operators", "charms/katib-controller/src/prometheus_alert_rules/KubeflowKatibControllerServices.rules",
               "c4cf992485f81a6ef9b0facadb97f356e6aad8e3")

KV = "kubevirt/kubevirt"
KV_HEAD = "d923fdb815cd2016ddaebdaaa51db04133576d72"
KV_VMS = (KV, "pkg/monitoring/rules/alerts/vms.go", KV_HEAD)
KV_HANDLER = (KV, "pkg/monitoring/rules/alerts/virt-handler.go", KV_HEAD)
KV_OPERATOR = (KV, "pkg/monitoring/rules/alerts/virt-operator.go", KV_HEAD)

DASMETA = ("dasmeta/terraform-onpremise-monitoring", "modules/alerts/tests/container-restarts/1-example.tf",
           "b77e036282e4e74fd998dc2aba2889553da21fe3")

APPSVC_PROACTIVE = "https://azure.github.io/AppService/2017/08/17/Introducing-Proactive-Auto-Heal.html"
APPSVC_AUTOHEAL = "https://karatas.dev/azure-app-service-auto-healing"
APPSVC_OPTOUT = "https://koukia.ca/proactive-auto-heal-on-azure-app-services-8d136d7e894e"
ACA_METRICS = "https://learn.microsoft.com/en-nz/azure/azure-monitor/reference/supported-metrics/microsoft-web-containerapps-metrics"


def repo(src, expected, why, labels, annotations=None):
    family.add(src, expected, f"{src[0]} {src[1].rsplit('/', 1)[1]}: {why}", labels, annotations)


def page(url, expected, why, labels, annotations=None):
    family.add_page(url, expected, f"{url.split('/')[2]}: {why}", labels, annotations)


RB = "https://github.com/gitpod-io/runbooks/blob/main/runbooks/"


def pod_restarting(ns, pod, container, value, minutes):
    return f"Pod {ns}/{pod} ({container}) is restarting {value} times / {minutes} minutes."


def gitpod():
    # ---------------------------------------------------------------- crash loops (rules 4, 7)
    repo(GP_SERVER, C, "WebAppServicesCrashlooping: restarts still rising over 5m for 5m (stuck in crashlooping)",
         {"alertname": "WebAppServicesCrashlooping", "severity": "critical", "team": "webapp",
          "dedicated": "included", "cluster": "eu74", "namespace": "default", "pod": "server-6d9c7b8f5-xk2lp",
          "container": "server"},
         {"runbook_url": RB + "WebAppServicesCrashlooping.md",
          "summary": "Pod is crash looping in eu74.",
          "description": "Pod default/server-6d9c7b8f5-xk2lp (server) is stuck in crashlooping for at least 5 minutes"})
    repo(GP_SERVER, C, "WebAppServicesCrashlooping for the proxy pod",
         {"alertname": "WebAppServicesCrashlooping", "severity": "critical", "team": "webapp",
          "dedicated": "included", "cluster": "us72", "namespace": "default", "pod": "proxy-7f7d9cbd6-9rtzn",
          "container": "proxy"},
         {"runbook_url": RB + "WebAppServicesCrashlooping.md",
          "summary": "Pod is crash looping in us72.",
          "description": "Pod default/proxy-7f7d9cbd6-9rtzn (proxy) is stuck in crashlooping for at least 5 minutes"})
    repo(GP_SERVER, C, "WebAppServicesCrashloopingInternal (the 1-minute fine-tuning copy)",
         {"alertname": "WebAppServicesCrashloopingInternal", "severity": "warning", "team": "webapp",
          "cluster": "eu74", "namespace": "default", "pod": "usage-5b8c9d77f-q2wbn", "container": "usage"},
         {"runbook_url": RB + "WebAppServicesCrashlooping.md",
          "summary": "Pod is crash looping in eu74.",
          "description": "FINE TUNE: Pod default/usage-5b8c9d77f-q2wbn (usage) is stuck in crashlooping for at least 1 minute"})
    repo(GP_IMAGE_BUILDER, C, "GitpodImageBuilderCrashlooping: increase(restarts[1m]) > 3 for 3m",
         {"alertname": "GitpodImageBuilderCrashlooping", "severity": "critical", "dedicated": "included",
          "cluster": "eu75", "namespace": "default", "pod": "image-builder-mk3-6c9f8d4b7-lm2pq",
          "container": "image-builder-mk3"},
         {"runbook_url": RB + "GitpodWorkspaceDeploymentCrashlooping.md",
          "summary": "image-builder-mk3 is crash looping in cluster eu75",
          "description": pod_restarting("default", "image-builder-mk3-6c9f8d4b7-lm2pq", "image-builder-mk3", "4.00", 3)})
    repo(GP_NODE_LABELER, C, "GitpodNodeLabelerCrashLooping: more than 3 restarts a minute",
         {"alertname": "GitpodNodeLabelerCrashLooping", "severity": "critical", "cluster": "us73",
          "namespace": "default", "pod": "node-labeler-5f6d7c8b9-2xkzt", "container": "node-labeler"},
         {"summary": "node-labeler is crashlooping in cluster us73.",
          "description": pod_restarting("default", "node-labeler-5f6d7c8b9-2xkzt", "node-labeler", "5.00", 3)})
    repo(GP_WS_MANAGER, C, "GitpodWsManagerMk2CrashLooping: more than 3 restarts a minute",
         {"alertname": "GitpodWsManagerMk2CrashLooping", "severity": "critical", "dedicated": "included",
          "cluster": "eu74", "namespace": "default", "pod": "ws-manager-mk2-7b5d9f6c4-hv8wd",
          "container": "ws-manager-mk2"},
         {"summary": "ws-manager-mk2 is crashlooping in cluster eu74.",
          "description": pod_restarting("default", "ws-manager-mk2-7b5d9f6c4-hv8wd", "ws-manager-mk2", "4.00", 3)})
    repo(GP_WS_PROXY, C, "GitpodWsProxyCrashLooping: more than 3 restarts a minute",
         {"alertname": "GitpodWsProxyCrashLooping", "severity": "critical", "dedicated": "included",
          "cluster": "us72", "namespace": "default", "pod": "ws-proxy-6b8c7d9f5-p4qrs", "container": "ws-proxy"},
         {"runbook_url": RB + "GitpodWorkspaceDeploymentCrashlooping.md",
          "summary": "ws-proxy is crashlooping in cluster us72.",
          "description": pod_restarting("default", "ws-proxy-6b8c7d9f5-p4qrs", "ws-proxy", "6.00", 3)})
    repo(GP_WS_DAEMON, C, "GitpodWsDaemonCrashLooping: three restarts in 10m",
         {"alertname": "GitpodWsDaemonCrashLooping", "severity": "warning", "cluster": "eu75",
          "namespace": "default", "pod": "ws-daemon-7xq2k", "container": "ws-daemon"},
         {"runbook_url": RB + "GitpodWsDaemonCrashLooping.md",
          "summary": "Ws-daemon is crashlooping in cluster eu75.",
          "description": pod_restarting("default", "ws-daemon-7xq2k", "ws-daemon", "3.00", 10)})
    repo(GP_WS_DAEMON_SAT, C, "BackupFailureBecauseOfGitpodWsDaemonCrash: ws-daemon restarting 3 times / 10m while backups fail",
         {"alertname": "BackupFailureBecauseOfGitpodWsDaemonCrash", "severity": "critical", "cluster": "us73"},
         {"runbook_url": RB + "GitpodWsDaemonCrashLooping.md",
          "summary": "Increase the number of backup failure because of ws-daemon is crashlooping.",
          "description": "Ws-daemon is restarting 3.00 times / 10 minutes.",
          "dashboard_url": "https://grafana.gitpod.io/d/ws-daemon/gitpod-component-ws-daemon"})
    repo(GP_OLD_WS_DAEMON, C, "GitpodWsDaemonCrashLooping (2022 jsonnet): two restarts in 10m",
         {"alertname": "GitpodWsDaemonCrashLooping", "severity": "critical", "namespace": "default",
          "pod": "ws-daemon-b9v4m", "container": "ws-daemon"},
         {"runbook_url": RB + "GitpodWsDaemonCrashLooping.md",
          "summary": "Ws-daemon is crashlooping.",
          "description": pod_restarting("default", "ws-daemon-b9v4m", "ws-daemon", "2.00", 10)})
    repo(GP_OLD_WS_MANAGER, C, "GitpodWsManagerCrashLooping (2022 jsonnet): three restarts in 10m",
         {"alertname": "GitpodWsManagerCrashLooping", "severity": "critical", "namespace": "default",
          "pod": "ws-manager-84c6b7d9f-tz6kx", "container": "ws-manager"},
         {"runbook_url": "https://github.com/gitpod-io/observability/blob/main/runbooks/GitpodWsManagerCrashLooping.md",
          "summary": "Ws-manager is crashlooping.",
          "description": pod_restarting("default", "ws-manager-84c6b7d9f-tz6kx", "ws-manager", "3.00", 10)})
    repo(GP_OLD_WS_DAEMON, C, "BackupFailureBecauseOfGitpodWsDaemonCrash (2022 jsonnet)",
         {"alertname": "BackupFailureBecauseOfGitpodWsDaemonCrash", "severity": "critical"},
         {"summary": "Increase the number of backup failure because of ws-daemon is crashlooping.",
          "description": "Ws-daemon is restarting 4.00 times / 10 minutes."})
    repo(GP_OLD_WORKSPACES, C, "GitpodWorkspaceStuckOnStarting grouped by waiting reason: the reason is CrashLoopBackOff",
         {"alertname": "GitpodWorkspaceStuckOnStarting", "severity": "warning", "team": "workspace",
          "reason": "CrashLoopBackOff"},
         {"runbook_url": RB + "GitpodWorkspaceStuckOnStarting.md",
          "summary": "5 or more workspaces are stuck on starting",
          "description": "7.00 regular workspaces are stuck on starting for more than 20 minutes. Current status: \"CrashLoopBackOff\""})

    # ---------------------------------------------------- a loop with its cause on the alert (rule 1)
    # Frame: the rule's result joined with kube_pod_container_status_last_terminated_reason (ours).
    repo(GP_WS_DAEMON, O, "GitpodWsDaemonCrashLooping whose pod's last termination was OOMKilled (rules 1, 3, 8)",
         {"alertname": "GitpodWsDaemonCrashLooping", "severity": "warning", "cluster": "us72",
          "namespace": "default", "pod": "ws-daemon-q8f2n", "container": "ws-daemon",
          "last_terminated_reason": "OOMKilled"},
         {"runbook_url": RB + "GitpodWsDaemonCrashLooping.md",
          "summary": "Ws-daemon is crashlooping in cluster us72.",
          "description": pod_restarting("default", "ws-daemon-q8f2n", "ws-daemon", "4.00", 10)})
    repo(GP_WS_PROXY, O, "GitpodWsProxyCrashLooping, last terminated reason OOMKilled (rules 1, 3, 8)",
         {"alertname": "GitpodWsProxyCrashLooping", "severity": "critical", "dedicated": "included",
          "cluster": "eu75", "namespace": "default", "pod": "ws-proxy-6b8c7d9f5-zz7lk", "container": "ws-proxy",
          "reason": "OOMKilled"},
         {"runbook_url": RB + "GitpodWorkspaceDeploymentCrashlooping.md",
          "summary": "ws-proxy is crashlooping in cluster eu75.",
          "description": pod_restarting("default", "ws-proxy-6b8c7d9f5-zz7lk", "ws-proxy", "5.00", 3)
          + " Last state: Terminated, reason OOMKilled, exit code 137."})
    repo(GP_IMAGE_BUILDER, C, "GitpodImageBuilderCrashlooping, last terminated reason Error exit code 1 (no cause: the loop)",
         {"alertname": "GitpodImageBuilderCrashlooping", "severity": "critical", "dedicated": "included",
          "cluster": "us73", "namespace": "default", "pod": "image-builder-mk3-6c9f8d4b7-9vw3c",
          "container": "image-builder-mk3", "last_terminated_reason": "Error"},
         {"runbook_url": RB + "GitpodWorkspaceDeploymentCrashlooping.md",
          "summary": "image-builder-mk3 is crash looping in cluster us73",
          "description": pod_restarting("default", "image-builder-mk3-6c9f8d4b7-9vw3c", "image-builder-mk3", "4.00", 3)
          + " Last state: Terminated, reason Error, exit code 1."})
    repo(GP_META_NODES, O, "GitpodMetaNodeOOMKills: node_vmstat_oom_kill rose by more than 1 in 10m (rule 2)",
         {"alertname": "GitpodMetaNodeOOMKills", "severity": "warning", "cluster": "eu74",
          "instance": "meta-pool-3c1a-n7tq:9100"},
         {"runbook_url": RB + "GitpodMetaNodeOOMKills.md",
          "summary": "A meta node is reporting OOM kills.",
          "description": "Meta node meta-pool-3c1a-n7tq:9100 is reporting 3.00 Out Of Memory kills in the last 10 minutes."})

    # ---------------------------------------------------------------- look-alikes (null)
    repo(GP_SERVER, N, "InstanceStartFailures: ratio of workspace instance starts that failed (user tasks, rule 10)",
         {"alertname": "InstanceStartFailures", "severity": "critical", "cluster": "eu74"},
         {"runbook_url": RB + "InstanceStartFailures.md",
          "summary": "Server tries to start an instance, but cannot for whatever reason. Investigation required.",
          "description": "Server cannot start workspace instances on workspace clusters."})
    repo(GP_WORKSPACES, N, "GitpodWorkspaceHighFailureRateMk2: workspaces stopped with reason failed (user tasks, rule 10)",
         {"alertname": "GitpodWorkspaceHighFailureRateMk2", "severity": "critical", "cluster": "us72"},
         {"runbook_url": RB + "GitpodWorkspaceHighFailureRate.md",
          "summary": "Workspaces are failing in cluster us72.",
          "description": "Multiple workspaces are failing for the last 5 minutes"})
    repo(GP_OLD_WORKSPACES, N, "GitpodWorkspaceStuckOnStarting with the waiting reason ContainerCreating (no restart)",
         {"alertname": "GitpodWorkspaceStuckOnStarting", "severity": "warning", "team": "workspace",
          "reason": "ContainerCreating"},
         {"runbook_url": RB + "GitpodWorkspaceStuckOnStarting.md",
          "summary": "5 or more workspaces are stuck on starting",
          "description": "9.00 regular workspaces are stuck on starting for more than 20 minutes. Current status: \"ContainerCreating\""})
    repo(GP_OLD_WORKSPACES, N, "GitpodWorkspaceStuckOnStarting with the waiting reason ImagePullBackOff (a pull back-off, no restart)",
         {"alertname": "GitpodWorkspaceStuckOnStarting", "severity": "warning", "team": "workspace",
          "reason": "ImagePullBackOff"},
         {"runbook_url": RB + "GitpodWorkspaceStuckOnStarting.md",
          "summary": "5 or more workspaces are stuck on starting",
          "description": "6.00 regular workspaces are stuck on starting for more than 20 minutes. Current status: \"ImagePullBackOff\""})
    repo(GP_OLD_WORKSPACES, N, "GitpodWorkspacesNotStarting: no workspace start observed",
         {"alertname": "GitpodWorkspacesNotStarting", "severity": "critical"},
         {"summary": "workspaces are not starting",
          "description": "inactive regular workspaces exists but workspaces are not being started"})
    repo(GP_OLD_WORKSPACES, N, "GitpodWorkspaceTooLongTerminating: a pod's deletion pending over a day",
         {"alertname": "GitpodWorkspaceTooLongTerminating", "severity": "warning", "pod": "ws-3f9c2a71-8d0e-4b6f-9a51-2c7e5d1b0f44"},
         {"summary": "workspace pods are terminating for too long",
          "description": "workspace pods are terminating for too long"})
    repo(GP_ARGOCD, N, "ArgoCDAppStuckInProgressing: a rollout that does not finish",
         {"alertname": "ArgoCDAppStuckInProgressing", "severity": "warning", "name": "ws-manager-mk2-eu74",
          "label_environment": "production", "team": "engine"},
         {"description": "App ws-manager-mk2-eu74 in production is stuck in `Progressing` for 1h. It is possible that the application is left in a weird state.",
          "summary": "App ws-manager-mk2-eu74 is stuck in `Progressing` state.",
          "dashboard_url": "https://grafana.gitpod.io/d/argocd-apps/argocd?refresh=30s&var-environment=production&var-team=engine"})
    repo(GP_ARGOCD, N, "ArgoCDAppDegraded: an application's health status (rule 5, readiness of custom resources)",
         {"alertname": "ArgoCDAppDegraded", "severity": "warning", "name": "server-us72",
          "label_environment": "production", "team": "webapp"},
         {"description": "App server-us72 in production is stuck in `Degraded`. This means that the synchronization failed requires investigation.",
          "summary": "App server-us72 is stuck in `Degraded` state.",
          "dashboard_url": "https://grafana.gitpod.io/d/argocd-apps/argocd?refresh=30s&var-environment=production&var-team=webapp"})
    repo(GP_IMAGE_BUILDER, N, "GitpodImageBuilderReplicasMismatch: desired replicas not available (as KubeDeploymentReplicasMismatch)",
         {"alertname": "GitpodImageBuilderReplicasMismatch", "severity": "critical", "dedicated": "included",
          "cluster": "eu75", "deployment": "image-builder-mk3", "namespace": "default"},
         {"runbook_url": RB + "GitpodWorkspaceDeploymentReplicaMismatch.md",
          "summary": "Desired number of replicas for image-builder-mk3 are not available in cluster eu75",
          "description": "Desired number of replicas for image-builder-mk3 are not available in cluster eu75: 1.00 are missing"})
    repo(GP_DASHBOARD, N, "DashboardPodsAreNotAllInReadyState: stuck in PodInitializing (never started, no restart)",
         {"alertname": "DashboardPodsAreNotAllInReadyState", "severity": "critical", "team": "webapp",
          "dedicated": "included", "cluster": "eu74"},
         {"runbook_url": RB + "DashboardStuckInPodInitState.md",
          "summary": "Dashboard stuck in PodInitializing state eu74.",
          "description": "Dashboard is stuck in PodInitializing for at least 10 minutes"})


def openshift():
    desc = ("has not matched the expected number of replicas for longer than 15 minutes. This indicates "
            "that cluster infrastructure is unable to start or restart the necessary components. This most "
            "often occurs when one or more nodes are down or partitioned from the cluster, or a fault occurs "
            "on the node that prevents the workload from starting. In rare cases this may indicate a new "
            "version of a cluster component cannot start due to a bug or configuration error. Assess the pods "
            "for this deployment to verify they are running on healthy nodes and then contact support.")
    repo(CMO_RULES, N, "KubeDeploymentReplicasMismatch, OpenShift's wording ('unable to start or restart' is a guess, rule 17)",
         {"alertname": "KubeDeploymentReplicasMismatch", "severity": "warning", "namespace": "openshift-ingress",
          "deployment": "router-default", "job": "kube-state-metrics"},
         {"description": f"Deployment openshift-ingress/router-default {desc}",
          "runbook_url": "https://github.com/openshift/runbooks/blob/master/alerts/cluster-monitoring-operator/KubeDeploymentReplicasMismatch.md",
          "summary": "Deployment has not matched the expected number of replicas"})
    waiting = "has been in waiting state for longer than 1 hour."
    repo(CMO_CONTROL, N, "KubeContainerWaiting (reason!=CrashLoopBackOff in OpenShift's copy): ContainerCreating",
         {"alertname": "KubeContainerWaiting", "severity": "warning", "namespace": "openshift-image-registry",
          "pod": "image-registry-6f7c9d5b8-rk2vd", "container": "registry", "reason": "ContainerCreating",
          "job": "kube-state-metrics"},
         {"description": f"pod/image-registry-6f7c9d5b8-rk2vd in namespace openshift-image-registry on container registry {waiting} (reason: \"ContainerCreating\").",
          "summary": "Pod container waiting longer than 1 hour"})
    repo(CMO_CONTROL, N, "KubeContainerWaiting: CreateContainerConfigError (a config error, no restart)",
         {"alertname": "KubeContainerWaiting", "severity": "warning", "namespace": "openshift-logging",
          "pod": "collector-x7f2q", "container": "collector", "reason": "CreateContainerConfigError",
          "job": "kube-state-metrics"},
         {"description": f"pod/collector-x7f2q in namespace openshift-logging on container collector {waiting} (reason: \"CreateContainerConfigError\").",
          "summary": "Pod container waiting longer than 1 hour"})
    repo(CMO_CONTROL, N, "KubeContainerWaiting: ErrImagePull",
         {"alertname": "KubeContainerWaiting", "severity": "warning", "namespace": "default",
          "pod": "payments-api-5d8f9c7b6-2kq9m", "container": "api", "reason": "ErrImagePull",
          "job": "kube-state-metrics"},
         {"description": f"pod/payments-api-5d8f9c7b6-2kq9m in namespace default on container api {waiting} (reason: \"ErrImagePull\").",
          "summary": "Pod container waiting longer than 1 hour"})


def openshift_rollouts():
    repo(CMO_CONTROL, N, "KubeDeploymentRolloutStuck: a rollout not progressing (no restart)",
         {"alertname": "KubeDeploymentRolloutStuck", "severity": "warning", "namespace": "openshift-console",
          "deployment": "console", "job": "kube-state-metrics"},
         {"description": "Rollout of deployment openshift-console/console is not progressing for longer than 15 minutes.",
          "summary": "Deployment rollout is not progressing."})
    repo(CMO_ALERTMANAGER, N, "AlertmanagerFailedReload: a configuration reload failed (rule 9: a reload is a setting)",
         {"alertname": "AlertmanagerFailedReload", "severity": "critical", "namespace": "openshift-monitoring",
          "pod": "alertmanager-main-1", "service": "alertmanager-main"},
         {"description": "Configuration has failed to load for openshift-monitoring/alertmanager-main-1.",
          "summary": "Reloading an Alertmanager configuration has failed."})


def canonical():
    ok_desc = "An oathkeeper process had too many restarts (target {inst})\n  VALUE = {v}\n  LABELS = {labels}"
    for inst, v, unit in (("10.1.42.17:4456", 6, "oathkeeper/0"), ("10.1.42.23:4456", 9, "oathkeeper/1")):
        labels = {"alertname": "OathkeeperProcessTooManyRestarts", "severity": "warning", "instance": inst,
                  "juju_application": "oathkeeper", "juju_model": "iam", "juju_unit": unit}
        repo(OATHKEEPER, C, f"OathkeeperProcessTooManyRestarts: changes(process_start_time_seconds[15m]) = {v} (> 5)",
             labels,
             {"summary": f"Oathkeeper process too many restarts (instance {inst})",
              "description": ok_desc.format(inst=inst, v=v, labels="map[instance:%s juju_application:oathkeeper juju_model:iam juju_unit:%s severity:warning]" % (inst, unit))})
    pg_desc = ("If you are not enabling/disabling TLS or upgrading or configuring cross-region async replication "
               "clusters, check for errors in the Loki logs.\nLABELS = map[instance:{inst} juju_application:postgresql-k8s "
               "juju_model:db juju_unit:{unit}]\n")
    for inst, unit in (("postgresql-k8s-0.postgresql-k8s-endpoints:9187", "postgresql-k8s/0"),
                       ("postgresql-k8s-2.postgresql-k8s-endpoints:9187", "postgresql-k8s/2")):
        repo(PG_CHARM, N, "PostgresqlRestarted: postmaster started less than 60s ago (one restart, rule 7)",
             {"alertname": "PostgresqlRestarted", "severity": "info", "instance": inst,
              "juju_application": "postgresql-k8s", "juju_model": "db", "juju_unit": unit},
             {"summary": f"PostgreSQL instance {inst} has restarted.",
              "description": pg_desc.format(inst=inst, unit=unit)})
    for src, charm, unit in ((MINIO_CHARM, "minio", "minio/0"), (KATIB_CHARM, "katib-controller", "katib-controller/0")):
        repo(src, ND, "KubeflowServiceIsNotStable: target unreachable at least half of the last 10 minutes (rule 4)",
             {"alertname": "KubeflowServiceIsNotStable", "severity": "warning", "juju_charm": charm,
              "juju_model": "kubeflow", "juju_unit": unit},
             {"summary": f"{charm} service is not stable (kubeflow/{unit})",
              "description": f"{charm} unit kubeflow/{unit} has been unreachable at least 50% of the time over the last 10 minutes.\n"
                             f"LABELS = map[juju_charm:{charm} juju_model:kubeflow juju_unit:{unit} severity:warning]\n"})


def canonical_down():
    repo(MINIO_CHARM, ND, "KubeflowServiceDown: up < 1 for 5m (rule 4)",
         {"alertname": "KubeflowServiceDown", "severity": "critical", "juju_charm": "minio",
          "juju_model": "kubeflow", "juju_unit": "minio/0"},
         {"summary": "minio service is Down (kubeflow/minio/0)",
          "description": "One or more targets of minio charm are down on unit kubeflow/minio/0.\n"
                         "LABELS = map[juju_charm:minio juju_model:kubeflow juju_unit:minio/0 severity:critical]\n"})


def kubevirt():
    repo(KV_VMS, N, "OutdatedVirtualMachineInstanceWorkloads: VMIs in outdated launcher pods after an update (rule 10)",
         {"alertname": "OutdatedVirtualMachineInstanceWorkloads", "severity": "warning",
          "operator_health_impact": "none", "kubernetes_operator_part_of": "kubevirt",
          "namespace": "vm-workloads"},
         {"summary": "Some running VMIs are still active in outdated pods after KubeVirt control plane update has completed.",
          "runbook_url": "https://kubevirt.io/monitoring/runbooks/OutdatedVirtualMachineInstanceWorkloads"})
    repo(KV_HANDLER, ND, "VirtHandlerDown: no running virt-handler pod for 10 min (not running, rule 16)",
         {"alertname": "VirtHandlerDown", "severity": "critical", "operator_health_impact": "critical",
          "kubernetes_operator_part_of": "kubevirt", "namespace": "openshift-cnv"},
         {"summary": "No running virt-handler pods were detected for the last 10 min.",
          "runbook_url": "https://kubevirt.io/monitoring/runbooks/VirtHandlerDown"})
    repo(KV_OPERATOR, ND, "VirtOperatorDown: no running virt-operator pod for 10 min (rule 16)",
         {"alertname": "VirtOperatorDown", "severity": "critical", "operator_health_impact": "critical",
          "kubernetes_operator_part_of": "kubevirt", "namespace": "kubevirt"},
         {"summary": "No running virt-operator pods were detected for the last 10 min.",
          "runbook_url": "https://kubevirt.io/monitoring/runbooks/VirtOperatorDown"})


def grafana_module():
    # Frame: Grafana unified alerting's notification of the module's rules (labels and summary as rendered).
    repo(DASMETA, C, "'App_1 has too many restarts': rate of restarts over 5m above 2",
         {"alertname": "App_1 has too many restarts", "grafana_folder": "Restarts",
          "container": "app-1-container", "namespace": "prod", "pod": "app-1-7c9d8f6b5-wq4zn"},
         {"summary": "App_1 microservice has too many restarts"})
    repo(DASMETA, C, "'App_2 has too many restarts' (no summary: the rule name only)",
         {"alertname": "App_2 has too many restarts", "grafana_folder": "Restarts",
          "container": "app-2-container", "namespace": "prod", "pod": "app-2-5f8b7c9d4-k2m7x"},
         {"description": "[FIRING:1] App_2 has too many restarts Restarts (app-2-container prod)"})


def azure():
    # Frame: an Azure Monitor metric alert on Container Apps' "Replica Restart Count" (RestartCount),
    # relayed into Alertmanager labels/annotations by a webhook bridge (ours).
    def aca(rule, app, op, threshold, window, value, expected, why, revision):
        page(ACA_METRICS, expected, why,
             {"alertname": rule, "severity": "Sev2", "monitor_service": "Platform",
              "signal_type": "Metric", "resource_type": "Microsoft.App/containerApps",
              "resource": app, "revisionName": revision, "monitor_condition": "Fired"},
             {"summary": f"Azure Monitor alert '{rule}' fired for {app}",
              "description": (f"Metric 'RestartCount' (Replica Restart Count: Restart count of container app replicas) "
                              f"Total over {window}: {value}, condition {op} {threshold}.")})
    aca("aca-orders-restarts", "ca-orders-prod", "GreaterThan", 3, "PT5M", 6, C,
        "Replica Restart Count total of 6 in 5 minutes (several restarts, rule 7)", "ca-orders-prod--v42")
    aca("aca-checkout-restarts", "ca-checkout-prod", "GreaterThanOrEqual", 2, "PT15M", 4, C,
        "Replica Restart Count total of 4 in 15 minutes", "ca-checkout-prod--rev7")
    aca("aca-worker-restarts", "ca-worker-prod", "GreaterThan", 0, "PT5M", 1, N,
        "Replica Restart Count total of 1 in 5 minutes (one restart, rule 7)", "ca-worker-prod--v9")
    aca("aca-api-restarts", "ca-api-staging", "GreaterThan", 0, "PT1H", 1, N,
        "one replica restart within the hour (rule 7)", "ca-api-staging--a1b2c3")


def app_service():
    # Frame: an App Service diagnostics notification relayed by a webhook bridge (ours); the rules'
    # conditions are the page's.
    base = {"resource_type": "Microsoft.Web/sites", "monitor_service": "App Service Diagnostics"}
    page(APPSVC_PROACTIVE, O, "Proactive Auto Heal recycled a process for its Percent Memory Rule (the cause decides, rules 1, 2)",
         dict(base, alertname="ProactiveAutoHealRecycle", site="app-invoicing-prod", instance="RD0003FF4A1C22"),
         {"summary": "Proactive Auto Heal performed an overlapped restart of the w3wp process on RD0003FF4A1C22",
          "description": "Percent Memory Rule: the process' private bytes exceeded 90% of the limit (3.15 GB of 3.5 GB) for over 30 seconds."})
    page(APPSVC_PROACTIVE, "high_latency", "Proactive Auto Heal recycled a process for its Percent Request Rule (slow requests decide, rule 1)",
         dict(base, alertname="ProactiveAutoHealRecycle", site="app-reports-prod", instance="RD0003FF4B7E10"),
         {"summary": "Proactive Auto Heal performed an overlapped restart of the w3wp process on RD0003FF4B7E10",
          "description": "Percent Request Rule: 80% (or more) of total number of requests have taken 200+ seconds (7 requests in a rolling window of 120 seconds)."})
    page(APPSVC_PROACTIVE, C, "Proactive Auto Heal auto-disabled for 3 hours after too many restarts (a give-up state, rules 9, 15)",
         dict(base, alertname="ProactiveAutoHealDisabled", site="app-invoicing-prod", instance="RD0003FF4A1C22"),
         {"summary": "Proactive Auto Heal rules auto-disabled for 3 hours on app-invoicing-prod",
          "description": "Both rules were auto-disabled for 3 hours because there were too many restarts of the process on RD0003FF4A1C22."})
    page(APPSVC_AUTOHEAL, "high_latency", "custom Auto-Heal rule 'Request Duration' recycled the worker (slow requests decide, rule 1)",
         dict(base, alertname="AutoHealRecycle", site="app-search-prod", instance="RD0003FF52D0A8"),
         {"summary": "Auto-Heal recycled the worker process for app-search-prod",
          "description": "Auto-Heal condition Request Duration met: 100 slow requests (taking 20 seconds or more) in the last 300 seconds. Mitigation action: Recycle Process."})
    page(APPSVC_AUTOHEAL, O, "custom Auto-Heal rule 'Memory Limit' recycled the worker (process memory in private bytes, rules 1, 2)",
         dict(base, alertname="AutoHealRecycle", site="app-search-prod", instance="RD0003FF52D0A9"),
         {"summary": "Auto-Heal recycled the worker process for app-search-prod",
          "description": "Auto-Heal condition Memory Limit met: process private bytes 1,468,006 KB above the limit of 1,400,000 KB. Mitigation action: Recycle Process."})


def more():
    page(APPSVC_OPTOUT, N, "an app setting change turning Proactive Auto Heal off (a setting, rule 9)",
         {"alertname": "AppSettingChanged", "severity": "info", "site": "app-invoicing-prod",
          "resource_type": "Microsoft.Web/sites", "monitor_service": "Activity Log - Administrative"},
         {"summary": "App setting changed on app-invoicing-prod",
          "description": "WEBSITE_PROACTIVE_AUTOHEAL_ENABLED set to \"false\" by deploy pipeline; the app will restart to apply app settings."})
    repo(DASMETA, C, "'App_1 has too many restarts' for a second pod of the service",
         {"alertname": "App_1 has too many restarts", "grafana_folder": "Restarts",
          "container": "app-1-container", "namespace": "prod", "pod": "app-1-7c9d8f6b5-n8v2c"},
         {"summary": "App_1 microservice has too many restarts"})
    page(ACA_METRICS, C, "Replica Restart Count total of 12 in an hour",
         {"alertname": "aca-ingest-restarts", "severity": "Sev1", "monitor_service": "Platform",
          "signal_type": "Metric", "resource_type": "Microsoft.App/containerApps",
          "resource": "ca-ingest-prod", "revisionName": "ca-ingest-prod--v118", "monitor_condition": "Fired"},
         {"summary": "Azure Monitor alert 'aca-ingest-restarts' fired for ca-ingest-prod",
          "description": "Metric 'RestartCount' (Replica Restart Count: Restart count of container app replicas) Total over PT1H: 12, condition GreaterThan 5."})


def reports():
    # A weekly digest that only reports the restart count (nothing wrong: rule 14's status line).
    page(ACA_METRICS, N, "a weekly digest listing Replica Restart Count 0 (a status line, rule 14)",
         {"alertname": "WeeklyPlatformDigest", "severity": "info", "resource": "ca-orders-prod",
          "resource_type": "Microsoft.App/containerApps"},
         {"summary": "Weekly digest for ca-orders-prod",
          "description": "Replica Restart Count (RestartCount, Total, 7 days): 0. Replica Count (Average): 3. Requests: 4.1M."})
    # Alertmanager's resolved notification for a loop that is over (rule 14).
    repo(GP_WS_DAEMON, N, "GitpodWsDaemonCrashLooping rendered as resolved (the condition is over, rule 14)",
         {"alertname": "GitpodWsDaemonCrashLooping", "severity": "warning", "cluster": "eu74",
          "namespace": "default", "pod": "ws-daemon-7xq2k", "container": "ws-daemon", "status": "resolved"},
         {"summary": "[RESOLVED] Ws-daemon is crashlooping in cluster eu74.",
          "description": "Resolved: ws-daemon on eu74 has not restarted in the last 10 minutes."})
    repo(GP_SERVER, C, "WebAppServicesCrashlooping for the db pod",
         {"alertname": "WebAppServicesCrashlooping", "severity": "critical", "team": "webapp",
          "dedicated": "included", "cluster": "eu74", "namespace": "default", "pod": "db-0", "container": "mysql"},
         {"runbook_url": RB + "WebAppServicesCrashlooping.md",
          "summary": "Pod is crash looping in eu74.",
          "description": "Pod default/db-0 (mysql) is stuck in crashlooping for at least 5 minutes"})


gitpod()
openshift()
openshift_rollouts()
canonical_down()
canonical()
kubevirt()
grafana_module()
azure()
app_service()
more()
reports()
family.write()
