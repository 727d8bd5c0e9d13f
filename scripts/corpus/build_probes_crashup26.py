#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crashup26.jsonl: crash loops and upstream timeouts as monitor
templates, rule files and proxies word them, and their look-alikes (a failed Job, a pod pending, one
restart, a client's own timeout, a slow backend, a 502 error rate, a stuck rollout).

Labels were decided from each alert's meaning under POLICY.md before the classifier ran on the file.
See the `probes_crashup26` section of tests/fixtures/corpus/SOURCES.md for sources, decisions and
left-outs. Hosts, pods, namespaces and values are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_crashup26.jsonl")

C, U, N = "crash_loop", "upstream_timeout", None

# ------------------------------------------------------------------ ejether/terradog (Datadog monitors)
TD = "ejether/terradog"
TD_C = "be968c9f9c66af2f803f00e1c3d7517512ffede4"
TD_CRASH = (TD, "terradog/monitors/kubernetes-stable/pod_crashes.yml", TD_C)
TD_PEND = (TD, "terradog/monitors/kubernetes-stable/pods_pending.yml", TD_C)
TD_JOB = (TD, "terradog/monitors/kubernetes-optional/job_failure.yml", TD_C)
TD_CRON = (TD, "terradog/monitors/kubernetes-optional/cronjob_failed_start.yml", TD_C)

family.add(TD_CRASH, C, "Datadog monitor: container restarts changed by >= 1 over the last hour, per pod",
           {"alertname": "[prod] Increased pod crashes kube-system", "monitor_type": "metric alert",
            "namespace": "kube-system", "pod": "cluster-autoscaler-6d9f7c8b5-x2qlm",
            "kubernetescluster": "prod-eu-1"},
           {"message": "cluster-autoscaler-6d9f7c8b5-x2qlm has crashed repeatedly over the last hour"})
family.add(TD_CRASH, N, "the same monitor's recovery branch ({{^is_alert}}), rule 14",
           {"alertname": "[prod] Increased pod crashes ingress", "monitor_type": "metric alert",
            "namespace": "ingress", "pod": "alb-ingress-controller-7b4c9f-kq8sd",
            "kubernetescluster": "prod-eu-1", "status": "recovered"},
           {"message": "alb-ingress-controller-7b4c9f-kq8sd appears to have stopped crashing"})
family.add(TD_PEND, N, "Datadog monitor: pods in phase pending for 30 minutes; its crash-loop line is a question",
           {"alertname": "[staging] Pods are stuck Pending", "monitor_type": "metric alert",
            "kubernetescluster": "staging-us-2"},
           {"message": "There has been at least 1 pod Pending for 30 minutes.\n"
                       "There are currently 4 pods Pending.\n"
                       "  - Is something crash-looping?\n"
                       "  - Is autoscaling adding node capacity where needed?\n"
                       "  - Is a secret or a configmap missing?"})
family.add(TD_JOB, N, "Datadog monitor: kubernetes_state.job.failed >= 1 in 5 minutes (a failed Job, rule 10)",
           {"alertname": "[prod] Job failures in batch", "monitor_type": "metric alert",
            "namespace": "batch", "job_name": "nightly-report-28391040", "kubernetescluster": "prod-eu-1"},
           {"message": "A kubernetes job has failed. Is a job misconfigured, or are the proper resources available?"})
family.add(TD_CRON, N, "Datadog event monitor: FailedNeedsStart events from the CronJob controller",
           {"alertname": "[prod] CronJob Start Failure", "monitor_type": "event alert",
            "kubernetescluster": "prod-eu-1"},
           {"message": "A cronjob controller cannot determine if a job needs to be started. Has a job been "
                       "failing to start within spec.startingDeadlineSeconds?"})

family.write()
