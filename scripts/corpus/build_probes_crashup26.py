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

# ------------------------------------------------------------------ Azure/prometheus-collector (recommended alerts)
AZ = ("Azure/prometheus-collector", "GeneratedMonitoringArtifacts/Default/recommendedMetricAlerts.json",
      "05f8b1258fbef091f96e40d1ba4c0c91d1e7f424")
AZL = {"cluster": "aks-prod-weu", "job": "kube-state-metrics", "severity": "warning"}

family.add(AZ, C, "Azure Managed Prometheus KubePodCrashLooping: waiting reason CrashLoopBackOff over 5m, for 15m",
           dict(AZL, alertname="KubePodCrashLooping", namespace="payments", pod="ledger-api-5f7c9d8b6-qw2zt",
                container="ledger-api", reason="CrashLoopBackOff"),
           {"description": "payments/ledger-api-5f7c9d8b6-qw2zt (ledger-api) in aks-prod-weu is restarting 1.00 / "
                           "second. For more information on this alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubePodCrashLooping.md)."})
family.add(AZ, N, "Azure: increase(restarts[1h]) > 0 per controller; a restart, not a loop (rule 7)",
           dict(AZL, alertname="Pod container restarted in the last 1 hour", namespace="web",
                controller="frontend-7d8f9c6b5", container="frontend"),
           {"description": "Pod container restarted in the last 1 hour"})
family.add(AZ, N, "Azure KubePodNotReadyByController: pods in phase Pending|Unknown for 15m (a pod pending)",
           dict(AZL, alertname="KubePodNotReadyByController", namespace="analytics", controller="spark-driver",
                pod="spark-driver-0"),
           {"description": "analytics/spark-driver-0 in aks-prod-weu by controller is not ready. For more "
                           "information on this alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubePodNotReady.md)."})
family.add(AZ, N, "Azure KubeJobFailed: kube_job_failed > 0 (a failed Job, rule 10)",
           dict(AZL, alertname="KubeJobFailed", namespace="etl", job_name="import-orders-29012345"),
           {"description": "Job etl/import-orders-29012345 in aks-prod-weu failed to complete. For more "
                           "information on this alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubeJobFailed.md)."})
family.add(AZ, N, "Azure KubeJobNotCompleted: an active Job older than 12 hours (its own run's time limit, rule 10)",
           dict(AZL, alertname="KubeJobNotCompleted", namespace="etl", job_name="reindex-catalog-29011880"),
           {"description": "Job etl/reindex-catalog-29011880 in aks-prod-weu is taking more than 12 hours to "
                           "complete. For more information on this alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubeJobCompletion.md)."})
family.add(AZ, N, "Azure: Job completions minus succeeded > 0 for 6 hours (rule 10)",
           dict(AZL, alertname="Job did not complete in time", namespace="reports"),
           {"description": "Number of stale jobs older than six hours is greater than 0"})
family.add(AZ, N, "Azure KubeStatefulSetGenerationMismatch: a rollout that failed and was not rolled back",
           dict(AZL, alertname="KubeStatefulSetGenerationMismatch", namespace="data", statefulset="kafka"),
           {"description": "StatefulSet generation for data/kafka does not match, this indicates that the "
                           "StatefulSet has failed but has not been rolled back. For more information on this "
                           "alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubeStatefulSetGenerationMismatch.md)."})

family.write()
