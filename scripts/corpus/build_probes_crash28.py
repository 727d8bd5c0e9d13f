#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crash28.jsonl: crash loops and restart counts as vendor monitor
templates, rule files and documented supervisor messages word them, and their look-alikes.

Session 28, helper `crash28`. Labels are decided from each alert's meaning under POLICY.md before
the classifier ran on the file: two or more restarts in the alert's window, a loop, a back-off or a
supervisor's give-up state are `crash_loop` (rules 7, 9, 15); one restart, a planned restart, a
restart policy or setting described in text, a host's reboot, an application's retries, job
retries, a Pending or image-pull pod, an evicted pod, a runbook's restart budget and recoveries are
`null` (rules 5, 7, 9, 10, 14, 15); an OOMKilled termination is `out_of_memory` (rule 8).

Sources are listed in tests/fixtures/corpus/SOURCES.md (section probes_crash28); frames, hosts,
pods and values are ours.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402,F401

family = ProbeFamily("probes_crash28.jsonl")
C, O, N, ND = "crash_loop", "out_of_memory", None, "node_down"

# ------------------------------------------------------------------ kabisa/terraform-datadog-kubernetes
KB = "kabisa/terraform-datadog-kubernetes"
KB_POD = (KB, "pod-restarts.tf", "2d81b572b2ff0269ef468cc4797998ebaca31165")
KB_DEP = (KB, "deployment-multiple-restarts.tf", "4af76ddaac9d08ca48a7878d3a02984be71482c9")
KB_DS = (KB, "daemonset-multiple-restarts.tf", "4af76ddaac9d08ca48a7878d3a02984be71482c9")
KB_PEND = (KB, "pods-pending.tf", "2d81b572b2ff0269ef468cc4797998ebaca31165")
KB_DEPV = (KB, "deployment-multiple-restarts-variables.tf", "4af76ddaac9d08ca48a7878d3a02984be71482c9")


def dd(name, tags, message, status="Triggered"):
    labels = {"alertname": name, "monitor_type": "query alert", "source": "datadog", "status": status}
    labels.update(tags)
    return labels, {"message": message}


family.add(KB_POD, C, "Datadog 'Restarting Pods': change in container restarts over last_10m > 5 "
           "(rule 7: two or more restarts in the window)",
           *dd("[Kubernetes] Restarting Pods", {"pod_name": "checkout-api-7c9d5f6b8-m2kqz",
                                                "env": "prd", "service": "Kubernetes"},
               "Pods are restarting multiple times in the last last_10m"))
family.add(KB_DEP, C, "Datadog 'Deployment Multiple Restarts': restarts minus hour_before > 5 "
           "(rule 7)",
           *dd("[Kubernetes] Deployment Multiple Restarts", {"kube_deployment": "invoice-worker",
                                                             "env": "prd", "service": "Kubernetes"},
               "Kubernetes Deployment invoice-worker has more than 5.0 (9.0) restarts within one hour"))
family.add(KB_DS, C, "Datadog 'Daemonset Multiple Restarts': restarts within one hour above 5 "
           "(rule 7)",
           *dd("[Kubernetes] Daemonset Multiple Restarts", {"kube_daemon_set": "fluent-bit",
                                                            "env": "acc", "service": "Kubernetes"},
               "Kubernetes Daemonset fluent-bit has more than 5.0 (14.0) restarts within one hour"))
family.add(KB_DEP, N, "the same monitor's recovery message (rule 14: the condition is over)",
           *dd("[Kubernetes] Deployment Multiple Restarts", {"kube_deployment": "invoice-worker",
                                                             "env": "prd", "service": "Kubernetes"},
               "Kubernetes Deployment invoice-worker is now at 0.0 restarts of the last hour",
               status="Recovered"))
family.add(KB_POD, N, "the 'Restarting Pods' recovery message (rule 14)",
           *dd("[Kubernetes] Restarting Pods", {"pod_name": "search-indexer-5f7b8c9d4-hx2lp",
                                                "env": "acc", "service": "Kubernetes"},
               "Pods restarting recovered", status="Recovered"))
family.add(KB_PEND, N, "Datadog 'Pods Pending': pods in phase pending above the threshold "
           "(a Pending pod never ran; nothing restarts)",
           *dd("[Kubernetes] Pods Pending", {"namespace": "batch", "env": "prd",
                                             "service": "Kubernetes"},
               "Kubernetes pods pending (4.0) in Kubernetes exceeds 0.0"))
family.add(KB_DEPV, N, "the module's documented restart budget quoted in a monitor-change "
           "notice: a description of the rule, nothing fired (rule 17: advice, not evidence)",
           {"alertname": "MonitorUpdated", "source": "datadog", "event_type": "monitor_modified",
            "monitor": "[Kubernetes] Deployment Multiple Restarts"},
           {"message": "Monitor threshold changed: critical 5.0, evaluation period last_15m. Docs: "
                       "If a container restarts once, it can be considered 'normal behaviour' for "
                       "K8s. A Deployment restarting multiple times though is a problem"})

# ------------------------------------------------------------------ web pages (page_provenance)
def page(url, expected, source, labels, annotations, project):
    family.append(probe_item(labels, annotations, expected, source, project, page_provenance(url)))


# Azure Container Apps, a practical guide's restart KQL (ContainerAppSystemLogs_CL reasons and sample rows)
ACA_KQL = ("https://yeongseon.github.io/azure-container-apps-practical-guide/troubleshooting/kql/"
           "restarts/restart-timing-correlation")
ACA_P = "yeongseon.github.io"


def aca(name, app, rows, count, window="PT1H", severity="Sev2"):
    labels = {"alertname": name, "severity": severity, "monitor_service": "Log Alerts V2",
              "resource_type": "Microsoft.App/containerApps", "containerapp": app}
    ann = {"summary": f"Log alert '{name}' fired: {count} result(s) in the last {window}",
           "description": "ContainerAppSystemLogs_CL\n" + rows}
    return labels, ann


page(ACA_KQL, C, "ACA restart events by hour (summarize RestartCount=count() by bin(1h), Reason_s): 7 "
     "ContainerRestarted rows in one hour (rule 7: two or more restarts in the window)",
     *aca("aca-restarts-per-hour", "ca-orders-api",
          "| summarize RestartCount=count() by bin(TimeGenerated, 1h), Reason_s\n"
          "TimeGenerated=2026-12-05T16:00:00Z Reason_s=ContainerRestarted RestartCount=7", 1),
     project=ACA_P)
page(ACA_KQL, O, "ACA ContainerTerminated row 'Container exited with code 137 (OOMKilled)' "
     "(rule 8: one termination with the OOM reason is out_of_memory)",
     *aca("aca-container-terminated", "ca-report-builder",
          "RevisionName_s=ca-report-builder--r7k2p ReplicaName_s=ca-report-builder--r7k2p-6b9d4 "
          "Reason_s=ContainerTerminated Log_s=Container exited with code 137 (OOMKilled)", 1,
          window="PT15M"), project=ACA_P)
page(ACA_KQL, N, "ACA one ContainerRestarted row 'Container restarted after probe failure' "
     "(rule 15: one liveness restart is null)",
     *aca("aca-container-restarted", "ca-checkout",
          "RevisionName_s=ca-checkout--v42 ReplicaName_s=ca-checkout--v42-5c6d7 "
          "Reason_s=ContainerRestarted Log_s=Container restarted after probe failure", 1,
          window="PT15M"), project=ACA_P)
page(ACA_KQL, N, "ACA ContainerTerminated 'Container terminated normally' (an expected exit, rule 15)",
     *aca("aca-container-terminated", "ca-nightly-export",
          "RevisionName_s=ca-nightly-export--def456 ReplicaName_s=ca-nightly-export--def456-2a3b4 "
          "Reason_s=ContainerTerminated Log_s=Container terminated normally", 1, window="PT15M"),
     project=ACA_P)

# Azure Container Apps, "Demystifying restarts" (a revision restarted through Revision -> "Restart")
ACA_BLOG = "https://azureossd.github.io/2024/01/11/Container-Apps-Demystifying-restarts/index.html"
page(ACA_BLOG, N, "ACA revision restarted by an operator (Revision -> Restart): a new replica is "
     "scheduled; planned work (rule 9)",
     {"alertname": "ContainerAppReplicaScheduled", "severity": "informational",
      "containerapp": "ca-inventory", "revision": "ca-inventory--klis5dn"},
     {"summary": "Revision ca-inventory--klis5dn restarted from the portal (Revision -> \"Restart\")",
      "description": "Replica 'ca-inventory--klis5dn-8579475cfd-tktxh' has been scheduled to run on a node."},
     project="azureossd.github.io")

# Oracle Communications CNC NEF: OccapifPodsRestart ("A Pod has restarted"), one restart
ORA = "https://docs.oracle.com/en/industries/communications/cloud-native-core/3.24.2/nef-user-guide/occapifpodsrestart.html"
page(ORA, N, "Oracle CAPIF OccapifPodsRestart: 'Pod <Pod Name> has restarted.' for one restart "
     "(rule 7: one restart is null; a restart counter above zero rendered with 1)",
     {"alertname": "OccapifPodsRestart", "severity": "major", "namespace": "ocnef",
      "pod": "occapif-apimgr-7d8c6b5f4-qx2mz", "oid": "1.3.6.1.4.1.323.5.3.39.1.3.5002"},
     {"description": "Pod occapif-apimgr-7d8c6b5f4-qx2mz has restarted.",
      "summary": "namespace: ocnef, podname: occapif-apimgr-7d8c6b5f4-qx2mz, timestamp: 2026-12-05 "
                 "17:31:09.412 +0000 UTC : A Pod has restarted"},
     project="docs.oracle.com")

# Software AG webMethods API Gateway: container metrics (PodCrashLooping)
SAG = ("https://documentation.softwareag.com/webmethods/api_gateway/yai10-11/10-11_API_Gateway_webhelp/"
       "yai-webhelp/re-monitoring_gtw_container_metrics.html")
page(SAG, C, "Software AG API Gateway PodCrashLooping: the pod is restarting continuously for 15 "
     "minutes (rule 4: a loop)",
     {"alertname": "PodCrashLooping", "severity": "critical", "namespace": "apigw",
      "pod": "apigateway-0"},
     {"summary": "API Gateway pod apigateway-0 is restarting continuously for 15 minutes",
      "description": "If API Gateway pod is restarting continuously for 15 minutes, consider the severity "
                     "as CRITICAL."},
     project="documentation.softwareag.com")

# ------------------------------------------------------------------ docker/docs (restart policies)
DK = ("docker/docs", "content/manuals/engine/containers/start-containers-automatically.md",
      "135870fc131a12d677a5a73d2a4695b5f5ebb73b")
family.add(DK, N, "a restart policy changed with docker update (a setting, rule 9)",
           {"alertname": "DockerContainerConfigChanged", "severity": "info", "host": "docker-prd-03",
            "container": "redis"},
           {"summary": "Restart policy of container redis changed on docker-prd-03",
            "description": "$ docker update --restart unless-stopped redis\nRestartPolicy: no -> "
                           "unless-stopped"})
family.add(DK, N, "a policy scan quoting Docker's restart-policy details: the text names a restart "
           "loop the policy prevents; nothing restarted (rule 17: a description, not evidence)",
           {"alertname": "ContainerRestartPolicyReview", "severity": "info", "host": "docker-qa-11",
            "container": "ledger-sync"},
           {"summary": "Container ledger-sync uses restart policy on-failure:5",
            "description": "on-failure[:max-retries]: Restart the container if it exits due to an error, "
                           "which manifests as a non-zero exit code. A restart policy only takes effect "
                           "after a container starts successfully. In this case, starting successfully "
                           "means that the container is up for at least 10 seconds and Docker has "
                           "started monitoring it. This prevents a container which doesn't start at all "
                           "from going into a restart loop."})

# ------------------------------------------------------------------ AWS ECS container restart policy (API reference)
ECS_RP = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerRestartPolicy.html"
page(ECS_RP, N, "an ECS task definition registered with a container restart policy: a setting "
     "described in text (rule 9)",
     {"alertname": "EcsTaskDefinitionRegistered", "severity": "info", "cluster": "payments-prd",
      "family": "settlement-worker", "revision": "57"},
     {"summary": "Task definition settlement-worker:57 registered with restartPolicy enabled",
      "description": "restartPolicy: {enabled: true, ignoredExitCodes: [0], restartAttemptPeriod: 60}. "
                     "A container can be restarted only once every restartAttemptPeriod seconds. If a "
                     "container isn't able to run for this time period and exits early, it will not be "
                     "restarted."},
     project="docs.aws.amazon.com")

if __name__ == "__main__":
    family.write()
