#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_fired30.jsonl: alerts as they really fired, pasted or named by
the people who received them in public GitHub issue and pull-request threads, often next to the
error text that came with them: Slack and e-mail renderings of Alertmanager notifications, amtool and
Prometheus "Alerts" page lines, Grafana notifier failures from grafana-server's log, Nagios mail
subjects, an Icinga check output, Prometheus remote-write and OpenTelemetry exporter errors. Next to
them, the look-alikes that fired at the same time and must stay null: Watchdog and DeadMansSwitch,
InfoInhibitor, rule-evaluation failures, a datasource query that timed out inside Grafana, renderer
time-outs, TLS name mismatches, replica mismatches, version skew, CPU throttling and overcommit,
acknowledgements and recoveries, interface errors, duplicate timestamps.

Each item keeps the alert's labels and annotations as the thread pasted them; where the thread only
names the alert (a list of firing alerts, a Slack title, a log line), the annotations are the rule's
own template of that time rendered with made-up hosts and values, and a log alert's frame is this
builder's. Provenance is the thread: repo, `issues/N` or `pull/N`, commit null (POLICY.md,
"Provenance"); the project is the repository.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-17) from the alert's
meaning before the classifier ran on the file; the reason is written next to the item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_fired30.jsonl")
add = family.add_thread

PO = "prometheus-operator/prometheus-operator"
MIXIN = "kubernetes-sigs/kubernetes-mixin"
GRAFANA = "grafana/grafana"

WATCHDOG_DESC = ("This is an alert meant to ensure that the entire alerting pipeline is functional.\n"
                 "This alert is always firing, therefore it should always be firing in Alertmanager\n"
                 "and always fire against a receiver. There are integrations with various notification\n"
                 "mechanisms that send a notification when this alert is not firing. For example the\n"
                 "\"DeadMansSnitch\" integration in PagerDuty.\n")
INFO_INHIBITOR_DESC = ("This is an alert that is used to inhibit info alerts.\n"
                       "By themselves, the info-level alerts are sometimes very noisy, but they are relevant when combined with\n"
                       "other alerts.\n"
                       "This alert fires whenever there's a severity=\"info\" alert, and stops firing when another alert with a\n"
                       "severity of 'warning' or 'critical' starts firing on the same namespace.\n"
                       "This alert should be routed to a null receiver and configured to inhibit alerts with severity=\"info\".\n")


def slack(alertname, severity, description, details):
    """The kube-prometheus-era Slack template many threads paste: title line, description, details."""
    lines = [f"Alert: {alertname} - {severity}", f" Description: {description}", " Details:"]
    lines += [f"   - {k}: {v}" for k, v in details.items()]
    return "\n".join(lines)


# ====================================================================== prometheus-operator threads (2017-2020 kube-prometheus)
# TargetDown = share of a job's scrape targets down (rule 4): node_down, whatever the thread later found.
add("node_down", PO, 2757, "Slack TargetDown for the kube-proxy job at 100% while the reporter saw every kube-proxy running",
    {"alertname": "TargetDown", "job": "kube-proxy", "severity": "warning"},
    {"message": "100% of the kube-proxy targets are down.",
     "summary": slack("TargetDown", "warning", "100% of the kube-proxy targets are down.",
                      {"alertname": "TargetDown", "job": "kube-proxy", "severity": "warning"})})
# Replica mismatches are rollout state, not a signature (fired24's look-alikes).
add(None, PO, 2963, "[FIRING:7] Prometheus Event Notification: KubeDeploymentReplicasMismatch for aws-alb-ingress-controller and other deployments",
    {"alertname": "KubeDeploymentReplicasMismatch", "deployment": "aws-alb-ingress-controller", "endpoint": "http",
     "instance": "172.17.23.88:8080", "job": "kube-state-metrics", "namespace": "kube-system",
     "pod": "prometheus-operator-kube-state-metrics-7f5bff855d-pjvzk", "prometheus": "monitoring/prometheus-operato-prometheus",
     "service": "prometheus-operator-kube-state-metrics", "severity": "critical"},
    {"summary": "[FIRING:7] Prometheus Event Notification",
     "message": "Deployment kube-system/aws-alb-ingress-controller has not matched the expected number of replicas for longer than 15 minutes."})
# The 2017 kube-prometheus heartbeat: the pipeline works (fired24 decision 2).
add(None, PO, 560, "DeadMansSwitch (1 active) persisting after deploying kube-prometheus v0.11.0 on kops 1.7",
    {"alertname": "DeadMansSwitch", "severity": "none", "prometheus": "monitoring/k8s", "cluster": "kops-1-7.example.net"},
    {"description": "This is a DeadMansSwitch meant to ensure that the entire Alerting pipeline is functional.",
     "summary": "Alerting DeadMansSwitch"})
add("high_latency", PO, 560, "K8SApiServerLatency (1 active) persisting on a fresh kops 1.7 cluster",
    {"alertname": "K8SApiServerLatency", "resource": "nodes", "verb": "LIST", "severity": "warning"},
    {"description": "99th percentile Latency for LIST requests to the kube-apiserver is higher than 1s.",
     "summary": "Kubernetes apiserver latency is high"})
# KubeClientErrors: a ratio of failed REST requests of a client (rule 4).
add("high_error_rate", PO, 1827, "ALERTS{alertname=\"KubeClientErrors\"} firing for a kubelet on a kops cluster",
    {"alertname": "KubeClientErrors", "alertstate": "firing", "instance": "172.20.47.151:10250", "job": "kubelet", "severity": "warning"},
    {"message": "Kubernetes API server client 'kubelet/172.20.47.151:10250' is experiencing 4% errors.'"})
add("high_error_rate", PO, 1827, "ALERTS{alertname=\"KubeClientErrors\"} firing for the apiserver's own client",
    {"alertname": "KubeClientErrors", "alertstate": "firing", "instance": "172.20.56.97:443", "job": "apiserver", "severity": "warning"},
    {"message": "Kubernetes API server client 'apiserver/172.20.56.97:443' is experiencing 2% errors.'"})
# absent(up{job="kube-controller-manager"} == 1): a no-data alert on the target's own liveness series (rule 8).
add("node_down", PO, 1827, "ALERTS{alertname=\"KubeControllerManagerDown\"} firing on kops, whose pods carry other labels",
    {"alertname": "KubeControllerManagerDown", "alertstate": "firing", "severity": "critical"},
    {"message": "KubeControllerManager has disappeared from Prometheus target discovery."})
# etcd members down below what quorum needs (rule 11: cluster members unreachable).
add("node_down", PO, 1766, "kube-etcd InsufficientMembers firing all the time from the helm exporter-kube-etcd rules",
    {"alertname": "InsufficientMembers", "job": "kube-etcd", "severity": "critical"},
    {"description": "If one more etcd member goes down the cluster will be unavailable",
     "summary": "etcd cluster insufficient members"})
add("node_down", PO, 2062, "AlertmanagerDown on the Prometheus Alerts page of a new cluster (kube-prometheus a7eb782)",
    {"alertname": "AlertmanagerDown", "severity": "critical", "prometheus": "monitoring/k8s"},
    {"message": "Alertmanager has disappeared from Prometheus target discovery."})
add(None, PO, 2062, "CPUThrottlingHigh among the alerts a new cluster showed (rule 5: CPU throttling)",
    {"alertname": "CPUThrottlingHigh", "container_name": "config-reloader", "namespace": "monitoring",
     "pod_name": "alertmanager-main-1", "severity": "warning", "prometheus": "monitoring/k8s"},
    {"message": "43% throttling of CPU in namespace monitoring for container config-reloader in pod alertmanager-main-1."})
add("node_down", PO, 2062, "KubeSchedulerDown among the alerts a new cluster showed while every target was green",
    {"alertname": "KubeSchedulerDown", "severity": "critical", "prometheus": "monitoring/k8s"},
    {"message": "KubeScheduler has disappeared from Prometheus target discovery."})
# A rule that cannot be evaluated is the monitor's own failure (rule 16): null, whatever rule it names.
add(None, PO, 1319, "log alert on Prometheus' rule manager: AlertmanagerConfigInconsistent fails with many-to-many matching",
    {"alertname": "PrometheusRuleEvaluationWarnings", "container": "prometheus", "namespace": "monitoring",
     "pod": "prometheus-k8s-0", "severity": "warning"},
    {"summary": "Prometheus logs rule evaluation failures",
     "description": "level=warn caller=manager.go:339 component=\"rule manager\" group=alertmanager.rules msg=\"Evaluating rule failed\" "
                    "rule=\"alert: AlertmanagerConfigInconsistent\" err=\"many-to-many matching not allowed: matching labels must be unique on one side\""})
add(None, PO, 1977, "KubeVersionMismatch always firing on EKS (v1.10.3-eks against the AMI's kubelets)",
    {"alertname": "KubeVersionMismatch", "severity": "warning", "prometheus": "monitoring/k8s"},
    {"message": "There are 2 different versions of Kubernetes components running."})
add(None, PO, 1139, "PrometheusDuplicateTimestamps that 'started firing on one of my clusters' (a duplicated ServiceMonitor)",
    {"alertname": "PrometheusDuplicateTimestamps", "namespace": "monitoring", "pod": "prometheus-k8s-0", "job": "prometheus-k8s",
     "severity": "warning"},
    {"description": "Prometheus monitoring/prometheus-k8s-0 is dropping 3.2 samples/s with different values but duplicated timestamp.",
     "summary": "Prometheus is dropping samples with duplicate timestamps."})

# ====================================================================== kubermatic, cloudposse, openshift SRE, karpenter, rivet, liatrio, dfds, gsp
add("node_down", "kubermatic/kubermatic", 1507, "Slack ':fire:EtcdInsufficientMembers:fire:' on the cloud seed while all etcd instances were grouped together",
    {"alertname": "EtcdInsufficientMembers", "job": "etcd", "severity": "critical", "region": "europe-west3-c"},
    {"summary": ":fire:EtcdInsufficientMembers:fire:", "message": "Etcd cluster \"etcd\": insufficient members (30)."})
# Overcommitted requests are scheduling capacity, not memory pressure (corpus labels both overcommit alerts null).
add(None, "kubermatic/kubermatic", 9739, "KubeMemOvercommit received from a customer's production seed before the mixin fix",
    {"alertname": "KubeMemOvercommit", "cluster": "nun-prod", "severity": "warning", "job": "kube-state-metrics"},
    {"message": "Cluster has overcommitted memory resource requests for Pods and cannot tolerate node failure.",
     "runbook_url": "https://docs.kubermatic.com/kubermatic/master/monitoring/runbook/#alert-kubememovercommit"}, kind="pull")
add("high_latency", "cloudposse/docs", 222, "Slack '[FIRING:2] API server high latency' caused by the Prometheus operator being OOM-killed and hammering the API",
    {"alertname": "K8SApiServerLatency", "resource": "pods", "verb": "WATCH", "severity": "warning"},
    {"summary": "[FIRING:2] API server high latency",
     "description": "99th percentile Latency for WATCH requests to the kube-apiserver is higher than 1s."})
add("node_down", "cloudposse/docs", 221, "Slack '[FIRING:1] etcd cluster insufficient members' to be given a remediation procedure",
    {"alertname": "InsufficientMembers", "job": "kube-etcd", "severity": "critical", "cluster": "us-west-2.prod"},
    {"summary": "[FIRING:1] etcd cluster insufficient members"})
add("high_latency", "openshift/configure-alertmanager-operator", 46, "KubeAPILatencyHigh paging critical on OSD clusters and resolving itself within ten minutes",
    {"alertname": "KubeAPILatencyHigh", "component": "apiserver", "resource": "configmaps", "scope": "cluster", "verb": "LIST",
     "severity": "critical", "namespace": "openshift-kube-apiserver"},
    {"message": "The API server has a 99th percentile latency of 4.213 seconds for LIST configmaps."}, kind="pull")
add(None, "aws/karpenter-provider-aws", 5980, "KubeMemoryOvercommit warnings on a young EKS cluster that Karpenter bin-packs by requests",
    {"alertname": "KubeMemoryOvercommit", "cluster": "eks-lab", "severity": "warning", "prometheus": "monitoring/kube-prometheus-stack-prometheus"},
    {"description": "Cluster eks-lab has overcommitted memory resource requests for Pods by 2.61G bytes and cannot tolerate node failure.",
     "summary": "Cluster has overcommitted memory resource requests.",
     "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubememoryovercommit"})
add(None, "rivet-dev/actors", 192, "KubeMemoryOvercommit firing for over-allocated Rivet services until disabled in the chart values",
    {"alertname": "KubeMemoryOvercommit", "severity": "warning", "prometheus": "prometheus/prometheus-kube-prometheus-prometheus"},
    {"description": "Cluster  has overcommitted memory resource requests for Pods by 7.41G bytes and cannot tolerate node failure.",
     "summary": "Cluster has overcommitted memory resource requests."}, kind="pull")
# A job's own run time is a time limit on the thing itself (rule 10): null.
add(None, "rivet-dev/actors", 192, "KubeJobNotCompleted among the kube-prometheus-stack alerts disabled for Rivet's EKS clusters",
    {"alertname": "KubeJobNotCompleted", "job_name": "nomad-gc-28321440", "namespace": "rivet-service", "severity": "warning"},
    {"description": "Job rivet-service/nomad-gc-28321440 is taking more than 12h 0m 0s to complete.",
     "summary": "Job did not complete in time"}, kind="pull")
add(None, "rivet-dev/actors", 192, "CPUThrottlingHigh among the alerts disabled for Rivet's EKS clusters (rule 5)",
    {"alertname": "CPUThrottlingHigh", "container": "api-monolith", "namespace": "rivet-service", "pod": "api-monolith-6f8d9c7b54-x2lqp",
     "severity": "info"},
    {"description": "38.6% throttling of CPU in namespace rivet-service for container api-monolith in pod api-monolith-6f8d9c7b54-x2lqp.",
     "summary": "Processes experience elevated CPU throttling."}, kind="pull")
add(None, "liatrio/lead-terraform", 521, "PagerDuty incident for KubeMemoryOvercommit before the team silenced it",
    {"alertname": "KubeMemoryOvercommit", "severity": "warning", "cluster": "lead-sandbox"},
    {"summary": "[FIRING:1] KubeMemoryOvercommit",
     "message": "Cluster has overcommitted memory resource requests for Pods and cannot tolerate node failure."}, kind="pull")
add(None, "dfds/infrastructure-modules", 679, "InfoInhibitor reaching the receivers until disabled (severity none, routed to null)",
    {"alertname": "InfoInhibitor", "namespace": "selfservice", "prometheus": "monitoring/monitoring-kube-prometheus-prometheus", "severity": "none"},
    {"description": INFO_INHIBITOR_DESC, "summary": "Info-level alert inhibition.",
     "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/general/infoinhibitor"}, kind="pull")
add(None, "alphagov/gsp", 750, "KubeVersionMismatch firing because some components report minor '14' and others '14+'",
    {"alertname": "KubeVersionMismatch", "severity": "warning", "prometheus": "gsp-system/gsp-prometheus-operator-prometheus"},
    {"message": "There are 2 different semantic versions of Kubernetes components running."}, kind="pull")

# ====================================================================== a GKE prod cluster's list of firing alerts (BasedHardware/omi)
OMI = "BasedHardware/omi"
OMI_LABELS = {"cluster": "prod-omi-gke", "prometheus": "monitoring/kube-prometheus-stack-prometheus"}
add("node_down", OMI, 9138, "KubeProxyDown critical among the persistent control-plane alerts on managed GKE",
    {"alertname": "KubeProxyDown", "severity": "critical", **OMI_LABELS},
    {"description": "KubeProxy has disappeared from Prometheus target discovery.",
     "summary": "Target disappeared from Prometheus target discovery."})
add("node_down", OMI, 9138, "KubeControllerManagerDown critical while the public API and pods were healthy",
    {"alertname": "KubeControllerManagerDown", "severity": "critical", **OMI_LABELS},
    {"description": "KubeControllerManager has disappeared from Prometheus target discovery.",
     "summary": "Target disappeared from Prometheus target discovery.",
     "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubecontrollermanagerdown"})
add(None, OMI, 9138, "PrometheusRuleFailures critical in the same list (rule 16: the monitor's own evaluation)",
    {"alertname": "PrometheusRuleFailures", "namespace": "monitoring", "pod": "prometheus-kube-prometheus-stack-prometheus-0",
     "severity": "critical", **OMI_LABELS},
    {"description": "Prometheus monitoring/prometheus-kube-prometheus-stack-prometheus-0 has failed to evaluate 24 rules in the last 5m.",
     "summary": "Prometheus is failing rule evaluations."})
add("node_down", OMI, 9138, "TargetDown warning for coredns in the same list",
    {"alertname": "TargetDown", "job": "coredns", "namespace": "kube-system", "service": "kube-prometheus-stack-coredns",
     "severity": "warning", **OMI_LABELS},
    {"description": "100% of the coredns/kube-prometheus-stack-coredns targets in kube-system namespace are down.",
     "summary": "One or more targets are unreachable."})
add("node_down", OMI, 9138, "TargetDown warning for the gpu-metrics exporter in the same list",
    {"alertname": "TargetDown", "job": "gpu-metrics", "namespace": "gpu-operator", "service": "gpu-metrics",
     "severity": "warning", **OMI_LABELS},
    {"description": "50% of the gpu-metrics/gpu-metrics targets in gpu-operator namespace are down.",
     "summary": "One or more targets are unreachable."})
add(None, OMI, 9138, "Watchdog in the same list of firing alerts",
    {"alertname": "Watchdog", "severity": "none", **OMI_LABELS},
    {"description": WATCHDOG_DESC,
     "summary": "An alert that should always be firing to certify that Alertmanager is working properly."})

# ====================================================================== a k3s cluster's four firing alerts (gilesknap/tpi-k3s-ansible)
K3S = "gilesknap/tpi-k3s-ansible"
add("node_down", K3S, 309, "TargetDown for the kube-prometheus-stack operator: every scrape failed TLS verification on a SAN-less cert",
    {"alertname": "TargetDown", "job": "grafana-prometheus-kube-pr-operator", "namespace": "monitoring",
     "service": "grafana-prometheus-kube-pr-operator", "severity": "warning"},
    {"description": "100% of the grafana-prometheus-kube-pr-operator/grafana-prometheus-kube-pr-operator targets in monitoring namespace are down.",
     "summary": "One or more targets are unreachable."}, kind="pull")
add("node_down", K3S, 309, "KubeSchedulerDown on k3s, whose scheduler runs inside the k3s-server process",
    {"alertname": "KubeSchedulerDown", "severity": "critical", "prometheus": "monitoring/grafana-prometheus-kube-pr-prometheus"},
    {"description": "KubeScheduler has disappeared from Prometheus target discovery.",
     "summary": "Target disappeared from Prometheus target discovery.",
     "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubeschedulerdown"}, kind="pull")
add("node_down", K3S, 309, "KubeProxyDown on k3s (no pod labelled component kube-proxy, empty endpoints)",
    {"alertname": "KubeProxyDown", "severity": "critical", "prometheus": "monitoring/grafana-prometheus-kube-pr-prometheus"},
    {"description": "KubeProxy has disappeared from Prometheus target discovery.",
     "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubeproxydown"}, kind="pull")

# ====================================================================== kubernetes-mixin threads
# Two restarts in the window are a loop by rule 7, even when the pod was fine afterwards.
add("crash_loop", MIXIN, 348, "KubePodCrashLooping alerted after a pod restarted twice within 30 s and then ran",
    {"alertname": "KubePodCrashLooping", "container": "order-sync", "namespace": "shop", "pod": "order-sync-5c7d9b8f6-hq2vn",
     "job": "kube-state-metrics", "severity": "critical"},
    {"message": "Pod shop/order-sync-5c7d9b8f6-hq2vn (order-sync) is restarting 0.67 times / 5 minutes."})
add("crash_loop", MIXIN, 526, "KubePodCrashLooping flapping between pending and resolved under the kubelet's 5-minute back-off",
    {"alertname": "KubePodCrashLooping", "container": "worker", "namespace": "ingest", "pod": "ingest-worker-0",
     "job": "kube-state-metrics", "severity": "warning"},
    {"description": "Pod ingest/ingest-worker-0 (worker) is restarting 1.04 times / 5 minutes.",
     "summary": "Pod is crash looping."})
add(None, MIXIN, 342, "KubeVersionMismatch firing continuously on EKS (apiserver v1.14.9, kubelets v1.14.7)",
    {"alertname": "KubeVersionMismatch", "severity": "warning", "prometheus": "monitoring/monitoring-prometheus-oper-prometheus"},
    {"message": "There are 2 different semantic versions of Kubernetes components running."})
# Interface error counts are link faults (rule 16), also when they fire on every node.
add(None, MIXIN, 268, "NetworkTransmitErrors firing for every node of a prometheus-operator helm install",
    {"alertname": "NetworkTransmitErrors", "device": "eth0", "instance": "ip-10-40-3-17.eu-west-1.compute.internal", "severity": "warning"},
    {"summary": "Network transmit errors on ip-10-40-3-17.eu-west-1.compute.internal",
     "description": "rate(node_network_transmit_errs_total{device=\"eth0\"}[2m]) is 0.0333, above 0"})
add(None, "vexxhost/atmosphere", 3984, "NodeNetworkReceiveErrs sample alert 'has encountered 0 receive errors' on a bond",
    {"alertname": "NodeNetworkReceiveErrs", "device": "bond0", "instance": "prod1", "job": "node", "severity": "warning"},
    {"description": "prod1 interface bond0 has encountered 0 receive errors in the last two minutes.",
     "summary": "Network interface is reporting many receive errors."}, kind="pull")

# ====================================================================== Grafana's notifier and evaluator, as its own log says (log alerts on grafana-server)
GRAFANA_LOG = {"alertname": "GrafanaAlertingLogErrors", "job": "grafana", "service": "grafana-server", "severity": "warning"}
# A caller that gave up connecting (rule 13) or waiting: upstream_timeout, as the corpus labels failed sends with a timeout.
add("upstream_timeout", GRAFANA, 6450, "Grafana 4.0 pre-release could not mail an alert: 'dial tcp: i/o timeout' to the SMTP relay",
    {**GRAFANA_LOG, "instance": "grafana-01:3000", "logger": "alerting.notifier.email"},
    {"summary": "Grafana failed to deliver an alert notification",
     "description": "t=2016-11-02T14:35:26-0400 lvl=eror msg=\"Failed to send alert notification email\" logger=alerting.notifier.email error=\"dial tcp: i/o timeout\""})
add("upstream_timeout", GRAFANA, 21256, "Slack and an e-mail webhook both failed with context deadline exceeded on a state change",
    {**GRAFANA_LOG, "instance": "monitor-1", "logger": "alerting.notifier.slack"},
    {"summary": "Alert notifications are failing",
     "description": "lvl=eror msg=\"Failed to send slack notification\" logger=alerting.notifier.slack error=\"context deadline exceeded\" webhook=SLACK-alert-critical"})
add("upstream_timeout", GRAFANA, 20736, "Grafana 6.5 HA could not forward alerts to its Alertmanager notification channel",
    {**GRAFANA_LOG, "instance": "prometheus-grafana-6479967497-vrlmf", "logger": "alerting.notifier.prometheus-alertmanager"},
    {"summary": "Grafana notifier errors",
     "description": "lvl=eror msg=\"Failed to send alertmanager\" logger=alerting.notifier.prometheus-alertmanager error=\"context deadline exceeded\" alertmanager=AlertManager"})
add("upstream_timeout", GRAFANA, 7710, "4.2-beta1 behind a proxy: the Slack webhook timed out until rolled back to 4.1",
    {"alertname": "GrafanaNotificationFailed", "notifier": "slack", "channel": "WebServices_alert_grafana", "severity": "critical"},
    {"message": "Failed to send slack notification: context deadline exceeded (webhook=WebServices_alert_grafana)"})
# The evaluator's own datasource query timing out moved the rule to alerting: the monitor's failure to collect (rule 16).
add(None, GRAFANA, 8042, "Alert Rule Result Error: the datasource query timed out and the rule went to alerting",
    {**GRAFANA_LOG, "instance": "grafana-prod:3000", "logger": "alerting.resultHandler", "ruleId": "8"},
    {"summary": "Grafana alert rule evaluation error",
     "description": "lvl=eror msg=\"Alert Rule Result Error\" logger=alerting.resultHandler ruleId=8 name=\"\" error=\"tsdb.HandleRequest() error context deadline exceeded\" changing state to=alerting"})
# The renderer's own time limit for a panel image (rule 10).
add(None, GRAFANA, 10912, "the panel image upload for a Slack alert timed out in the renderer after upgrading to 5.0 beta",
    {**GRAFANA_LOG, "instance": "grafana-ops:3000", "logger": "alerting.notifier"},
    {"summary": "Grafana could not attach a panel image",
     "description": "lvl=eror msg=\"Failed to upload alert panel image.\" logger=alerting.notifier error=\"Timeout error. You can set timeout in seconds with &timeout url parameter\""})
# A certificate issued for other names is a TLS misconfiguration, not expiry (rule 5's licence/token family: not a signature).
add(None, GRAFANA, 47671, "unified alerting could not mail an alert: the SMTP server's certificate is valid for other names",
    {**GRAFANA_LOG, "instance": "grafana-home:3000", "logger": "alertmanager", "org": "1"},
    {"summary": "Grafana contact point grafana-default-email is failing",
     "description": "level=error component=dispatcher msg=\"Notify for alerts failed\" num_alerts=1 err=\"grafana-default-email/email[0]: notify retry canceled due to unrecoverable error after 1 attempts: Failed to send notification to email addresses: <ops@example.net>: x509: certificate is valid for *.mail.example.org, not localhost\""})

# ====================================================================== Fedora infrastructure's Nagios mail (fedora-copr/copr) and an Icinga check (devops-dojo)
COPR = "fedora-copr/copr"
add("disk_full", COPR, 3492, "Nagios PROBLEM for the copr-be root filesystem before it was acknowledged and resized to 160 GB",
    {"alertname": "Disk_Space_/", "host": "copr-be.aws.fedoraproject.org", "state": "WARNING", "source": "nagios"},
    {"summary": "** PROBLEM alert - copr-be.aws.fedoraproject.org/Disk_Space_/ is WARNING **",
     "output": "DISK WARNING - free space: / 10240 MB (8.21% inode=96%);"})
# An acknowledgement is an operator's action on a known problem (corpus labels ACKNOWLEDGEMENT notifications null).
add(None, COPR, 3492, "the ACKNOWLEDGEMENT mail for the same copr-be disk warning",
    {"alertname": "Disk_Space_/", "host": "copr-be.aws.fedoraproject.org", "notificationtype": "ACKNOWLEDGEMENT", "source": "nagios"},
    {"summary": "** ACKNOWLEDGEMENT alert - copr-be.aws.fedoraproject.org/Disk_Space_/ is WARNING **",
     "comment": "Author: frostyx; looking into it"})
add(None, COPR, 3492, "the recovery mail that followed ('did somebody fix this or are we balancing on the edge?')",
    {"alertname": "Disk_Space_/", "host": "copr-be.aws.fedoraproject.org", "notificationtype": "RECOVERY", "source": "nagios"},
    {"summary": "** RECOVERY alert - copr-be.aws.fedoraproject.org/Disk_Space_/ is OK **",
     "output": "DISK OK - free space: / 21504 MB (17.02% inode=96%);"})
# The check could not read a pseudo-filesystem: the monitor's own collection (rule 16), not space.
add(None, "devops-dojo/the-app", 11, "Icinga reports Disk CRITICAL for the apps because check_disk cannot read debugfs tracing",
    {"alertname": "disk", "host": "app-server", "state": "CRITICAL", "source": "icinga"},
    {"output": "DISK CRITICAL - /sys/kernel/debug/tracing is not accessible: Permission denied"})

# ====================================================================== remote write and exporters: the error text that came with the alert
# A remote store refusing samples with 429 because a tenant's ingestion rate limit is exceeded (rule 3/7: throttled).
LSST = "lsst-it/k8s-cookbook"
add("rate_limited", LSST, 461, "PrometheusRemoteStorageFailures on ruka with Mimir's ingestion-rate 429 in the log",
    {"alertname": "PrometheusRemoteStorageFailures", "namespace": "kube-prometheus-stack", "pod": "prometheus-kube-prometheus-stack-prometheus-0",
     "remote_name": "43e475", "url": "https://mimir.ruka.dev.lsst.org/api/v1/push", "severity": "critical"},
    {"description": "Prometheus kube-prometheus-stack/prometheus-kube-prometheus-stack-prometheus-0 failed to send 100% of the samples to 43e475:https://mimir.ruka.dev.lsst.org/api/v1/push",
     "log": "msg=\"non-recoverable error\" count=1975 exemplarCount=0 err=\"server returned HTTP status 429 Too Many Requests: the request has been rejected because the tenant exceeded the ingestion rate limit, set to 500000 items/s with a maximum allowed burst of 1000000.\""}, kind="pull")
add("rate_limited", LSST, 461, "Loki alert on antu's Prometheus log: remote write rejected with 429 by Mimir (err-mimir-tenant-max-ingestion-rate)",
    {"alertname": "RemoteWriteNonRecoverableErrors", "cluster": "antu", "container": "prometheus", "severity": "warning"},
    {"summary": "Prometheus remote write is dropping samples",
     "description": "component=remote level=error remote_name=033e74 url=https://mimir.antu.ls.lsst.org/api/v1/push msg=\"non-recoverable error\" count=2000 err=\"server returned HTTP status 429 Too Many Requests: ... This limit is applied on the total number of samples, exemplars and metadata received across all distributors (err-mimir-tenant-max-ingestion-rate).\""}, kind="pull")
add("upstream_timeout", "open-telemetry/opentelemetry-collector-contrib", 19211, "collector log alert: prometheusremotewrite dropping data after its POST hit context deadline exceeded",
    {"alertname": "OtelExporterSendFailed", "exporter": "prometheusremotewrite", "data_type": "metrics", "k8s_namespace": "observability",
     "severity": "warning"},
    {"summary": "OpenTelemetry Collector exporter is dropping data",
     "description": "Exporting failed. The error is not retryable. Dropping data. error=\"Permanent error: Post \\\"https://k8s-grpc-elb.us-west-2.elb.amazonaws.com/receive\\\": context deadline exceeded\" dropped_items=9191"})

# ====================================================================== notifiers that could not resolve their endpoint, certificate-expiry alerts doubted by their readers
# A failed lookup quoted by the alert is dns_failure (rules 1 and 13), "server misbehaving" included (the resolver answered SERVFAIL).
ORAKL = "Bisonai/orakl"
add("dns_failure", ORAKL, 2406, "sentinel's error-log alert, opened as an issue: Slack webhook lookup failed 34 times ('server misbehaving')",
    {"alertname": "[sentinel][baobab] Slack Alert", "service": "sentinel", "level": "3", "occurrence_count": "34"},
    {"message": "Slack Alert: Error sending message: Post \"https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXX\": dial tcp: lookup hooks.slack.com on 10.96.0.10:53: server misbehaving",
     "timestamp": "2025-03-26T22:12:56Z"})
add("dns_failure", ORAKL, 2377, "the same sentinel alert two weeks earlier, nine occurrences, another webhook",
    {"alertname": "[sentinel][baobab] Slack Alert", "service": "sentinel", "level": "3", "occurrence_count": "9"},
    {"summary": "sentinel: Slack Alert: Error sending message",
     "error": "Post \"https://hooks.slack.com/services/T0000000/B1111111/YYYYYYYY\": dial tcp: lookup hooks.slack.com on 10.96.0.10:53: server misbehaving"})
# A 500 from Slack counted as error log lines, no request ratio and no cause of the list (rule 8): null.
add(None, ORAKL, 2363, "sentinel's error-log alert: Slack answered 500 Internal Server Error twice",
    {"alertname": "[sentinel][baobab] Slack Alert", "service": "sentinel", "level": "3", "occurrence_count": "2"},
    {"message": "Slack Alert: Non-OK HTTP status: 500 Internal Server Error", "timestamp": "2025-02-26T18:14:16Z"})
# A failed transaction and a rejected nonce are failed jobs, not requests (rule 10): null.
add(None, ORAKL, 2284, "por's error-log alert: one transaction failed",
    {"alertname": "[por][baobab] tx failed", "service": "por", "level": "3", "occurrence_count": "1"},
    {"message": "tx failed", "tx": "0x2d94c3ac5eeafea66b18be63c474a32eaa33cbd48b88a8ee87eb5248a3131759"})
add(None, ORAKL, 2269, "sentinel's error-log alert: the VRF inspection failed with 'nonce too low' four times",
    {"alertname": "[sentinel][baobab] Failed VRF inspection", "service": "sentinel", "level": "3", "occurrence_count": "4"},
    {"message": "Failed VRF inspection", "error": "nonce too low"})
add("dns_failure", GRAFANA, 39880, "8.2.0-beta2 unified alerting stopped reaching Slack: the lookup of slack.com failed on the cluster DNS",
    {"alertname": "GrafanaContactPointFailing", "integration": "slack", "receiver": "Slack - #alert-infra", "severity": "warning"},
    {"summary": "Grafana could not deliver to Slack - #alert-infra",
     "description": "Post \"https://slack.com/api/chat.postMessage\": dial tcp: lookup slack.com on 10.32.0.10:53: server misbehaving"})
add("dns_failure", "huginn/huginn", 637, "Huginn's SlackAgent failing with getaddrinfo on Slack's hostname, surfaced as an agent error",
    {"alertname": "HuginnAgentErrors", "agent": "SlackAgent", "agent_name": "Post to #ops", "severity": "warning"},
    {"summary": "Huginn agent 'Post to #ops' logged errors",
     "description": "SocketError: getaddrinfo: Name or service not known"})
# An expiry alert is certificate_expiry by what it measures, also when its reader suspects a false positive.
add("certificate_expiry", "magma/magma", 9053, "orc8r NMS alert that gateway certificates expire soon, on some networks, while the AGW cert runs to 2031",
    {"alertname": "GatewayCertificateExpiringSoon", "networkID": "lte_net_2", "gatewayID": "agw02", "severity": "major"},
    {"description": "Certificate for gateway agw02 in network lte_net_2 expires in less than 720 hours",
     "summary": "Gateway certificate expiring soon"})
add("certificate_expiry", "flanksource/karina", 826, "CertManagerCertificateExpiry firing for a certificate that was invalid rather than near expiry",
    {"alertname": "CertManagerCertificateExpiry", "name": "ingress-ca", "namespace": "cert-manager", "severity": "warning"},
    {"description": "The certificate cert-manager/ingress-ca expires in less than 7 days",
     "summary": "Certificate expiring soon"})

family.write()
