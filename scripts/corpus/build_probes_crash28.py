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

if __name__ == "__main__":
    family.write()
