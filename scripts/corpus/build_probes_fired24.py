#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_fired24.jsonl: alerts as they really fired, pasted by the
people who received them into public GitHub issue and pull-request threads (Alertmanager Slack and
e-mail notifications, Alertmanager UI "Labels / Annotations" blocks, alert-bot issues, Grafana and
vendor notifications), from projects the corpus has not used, next to the look-alikes that must
stay null (watchdogs, info inhibitors, rule-evaluation failures, config reloads, CPU throttling,
failed jobs, replica mismatches).

Each item keeps the alert's labels and annotations as the thread pasted them; where the thread
redacted or cut them, values are filled in only where the rule's template obviously renders them
(hosts, pods and numbers made up). Provenance is the thread: repo, `issues/N` or `pull/N`, commit
null (POLICY.md, "Provenance"); the project is the repository.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-17) from the alert's
meaning before the classifier ran on the file; the label is written next to the item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_fired24.jsonl")
add = family.add_thread

WATCHDOG_DESC = ("This is an alert meant to ensure that the entire alerting pipeline is functional.\n"
                 "This alert is always firing, therefore it should always be firing in Alertmanager\n"
                 "and always fire against a receiver. There are integrations with various notification\n"
                 "mechanisms that send a notification when this alert is not firing. For example the\n"
                 "\"DeadMansSnitch\" integration in PagerDuty.\n")

# ====================================================================== etcd and control plane
# Failed gRPC requests are failed RPCs (rule 4), whatever the thread later found about their codes.
add("high_error_rate", "ibm-cloud-architecture/CSMO-ICP", 8, "ICPetcdHighNumberOfFailedGRPCRequests firing every five minutes on lease keep-alives",
    {"alertname": "ICPetcdHighNumberOfFailedGRPCRequests", "grpc_method": "LeaseKeepAlive", "grpc_service": "etcdserverpb.Lease",
     "instance": "10.10.25.71:4001", "job": "etcd", "severity": "warning"},
    {"message": "etcd cluster \"etcd\": 4.3478260869565215% of requests for LeaseKeepAlive failed on etcd instance 10.10.25.71:4001."})

# ====================================================================== monitoring stack's own alerts (null)
add(None, "alexbakker/alertmanager-ntfy", 17, "kube-prometheus-stack Watchdog, always firing, that the reporter wants forwarded to ntfy",
    {"alertname": "Watchdog", "prometheus": "monitoring/kube-prometheus-stack-prometheus", "severity": "none"},
    {"description": WATCHDOG_DESC, "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/general/watchdog",
     "summary": "An alert that should always be firing to certify that Alertmanager is working properly."})

add("high_error_rate", "kubesphere/ks-installer", 2151, "etcdHighNumberOfFailedGRPCRequests firing often after installing KubeSphere 3.3.1 (etcd older than v3.4.16)",
    {"alertname": "etcdHighNumberOfFailedGRPCRequests", "grpc_method": "Watch", "grpc_service": "etcdserverpb.Watch",
     "instance": "192.168.0.21:2379", "job": "etcd", "severity": "warning"},
    {"message": "etcd cluster \"etcd\": 100% of requests for Watch failed on etcd instance 192.168.0.21:2379."})
# An apiserver client certificate expiring (rule 1 cause): it fired while a KubeVirt deployment was running.
add("certificate_expiry", "kubevirt/kubevirt", 13548, "KubeClientCertificateExpiration flapping (expiring within 24 hours) once a KubeVirt CR was deployed",
    {"alertname": "KubeClientCertificateExpiration", "job": "apiserver", "instance": "10.20.0.11:6443",
     "prometheus": "monitoring/kube-prom-prometheus", "severity": "critical"},
    {"description": "A client certificate used to authenticate to kubernetes apiserver is expiring in less than 24.0 hours on cluster lab-kv.",
     "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubeclientcertificateexpiration",
     "summary": "Client certificate is about to expire."})

# ====================================================================== DNS, nodes, databases down
add("dns_failure", "okd-project/okd", 618, "CoreDNSErrorsHigh on OKD 4.7-4.10: CoreDNS returning SERVFAIL for a share of requests",
    {"alertname": "CoreDNSErrorsHigh", "namespace": "openshift-dns", "prometheus": "openshift-monitoring/k8s", "severity": "warning"},
    {"message": "CoreDNS is returning SERVFAIL for 3.718% of requests."})
add("node_down", "cloudposse/docs", 223, "Slack alert: a share of the Kubernetes nodes not ready, remediation to be documented",
    {"alertname": "33% of Kubernetes nodes are not ready", "cluster": "prod.us-west-2", "severity": "critical"},
    {"summary": "[FIRING:1] *Critical:* 33% of Kubernetes nodes are not ready"})
# One Percona XtraDB replica's mysqld exporter reporting mysql_up == 0 (rule 4: an instance is down), the noise that led to MysqlClusterDown.
add("node_down", "vexxhost/atmosphere", 2186, "MySQLDown firing while only one percona-xtradb replica was down",
    {"alertname": "MySQLDown", "namespace": "openstack", "pod": "percona-xtradb-pxc-2", "instance": "10.0.3.41:9104",
     "job": "percona-xtradb-metrics", "severity": "P3"},
    {"summary": "MySQL instance percona-xtradb-pxc-2 is down", "description": "mysql_up is 0 for percona-xtradb-pxc-2 in namespace openstack"})
# Ceph HEALTH_WARN is cluster health (rule 5), whatever warning sits under it.
add(None, "vexxhost/atmosphere", 901, "Ceph HEALTH_WARN alert that does not say which health check is warning",
    {"alertname": "CephHealthWarning", "namespace": "ceph", "cluster": "ceph", "severity": "P4"},
    {"summary": "Ceph is in the WARNING state",
     "description": "The cluster state has been HEALTH_WARN for more than 15 minutes. Please check 'ceph health detail' for more information."})
add(None, "onedr0p/home-ops", 11, "rook-ceph HEALTH_WARN (an unarchived crash report) paging all night while the cluster worked",
    {"alertname": "CephClusterWarningState", "job": "rook-ceph-mgr", "namespace": "rook-ceph", "severity": "warning"},
    {"message": "Storage cluster is in warning state for more than 10m.", "expr": "ceph_health_status{job=\"rook-ceph-mgr\"} == 1"})

# ====================================================================== latency
add("high_latency", "sigstore/rekor", 741, "#alerts channel often alerting on production Rekor latency above 750 ms",
    {"alertname": "API Prober: Rekor API Endpoint Latency > 750 ms for 5 minutes", "endpoint": "/api/v1/log/entries/retrieve",
     "project": "projectsigstore-prod", "severity": "warning"},
    {"summary": "Rekor API endpoint latency is above 750 ms for 5 minutes",
     "description": "Prober latency for POST /api/v1/log/entries/retrieve is 1.21s (threshold 750ms)"})
add("high_latency", "dfe-analytical-services/explore-education-statistics", 7209, "Azure alert s101p01PublicAppServiceResponseTime, fired 18 times in 30 days at its 10 s threshold",
    {"alertname": "s101p01PublicAppServiceResponseTime", "severity": "Sev3", "monitorCondition": "Fired",
     "resource": "s101p01-as-ees-public-app", "signalType": "Metric"},
    {"description": "Average response time of the public App Service is 11.4 seconds (greater than 10 seconds)",
     "metricName": "HttpResponseTime"})
add("high_latency", "dfe-analytical-services/explore-education-statistics", 7209, "Azure Front Door response-time alert, fired 24 times in 30 days at its 1 s threshold",
    {"alertname": "s101p01-ees-afd-response-time", "severity": "Sev3", "monitorCondition": "Fired",
     "resource": "s101p01-ees-afd", "signalType": "Metric"},
    {"description": "Total latency of Front Door requests is 1840 ms (greater than 1000 ms)", "metricName": "TotalLatency"})

# ====================================================================== capacity look-alikes (null)
# Pods per kubelet and replica ceilings are scheduling capacity (rule 17), not a resource of rule 2.
add(None, "alphagov/gsp", 751, "KubeletTooManyPods noise in the Slack channel once the cluster autoscaler existed",
    {"alertname": "KubeletTooManyPods", "instance": "10.0.12.87:10250", "job": "kubelet", "severity": "warning"},
    {"message": "Kubelet 10.0.12.87:10250 is running 107 Pods, close to the limit of 110."})
add(None, "sassoftware/viya4-monitoring-kubernetes", 210, "kubeHpaMaxedOut firing for HPAs whose maximum replica count is 1",
    {"alertname": "KubeHpaMaxedOut", "namespace": "viya", "horizontalpodautoscaler": "sas-consul-server", "job": "kube-state-metrics",
     "severity": "warning"},
    {"message": "HPA viya/sas-consul-server has been running at max replicas for longer than 15 minutes."})

# ====================================================================== more etcd, certificates, liveness (threads of projects other families used)
add("high_error_rate", "rancher/rancher", 29939, "many etcdHighNumberOfFailedGRPCRequests alerts with the v2.5 rancher-monitoring chart",
    {"alertname": "etcdHighNumberOfFailedGRPCRequests", "grpc_method": "Watch", "grpc_service": "etcdserverpb.Watch",
     "job": "kube-etcd", "instance": "172.31.14.9:2379", "prometheus": "cattle-monitoring-system/rancher-monitoring-prometheus",
     "severity": "critical"},
    {"message": "etcd cluster \"kube-etcd\": 61.29% of requests for Watch failed on etcd instance 172.31.14.9:2379."})
add("certificate_expiry", "kubermatic/kubermatic", 3291, "KubeClientCertificateExpiration received with the runbook's 7-day text",
    {"alertname": "KubeClientCertificateExpiration", "job": "apiserver", "cluster": "seed-europe-west3", "severity": "warning"},
    {"message": "Kubernetes API certificate is expiring in less than 7 days.",
     "runbook_url": "https://docs.kubermatic.com/kubermatic/master/monitoring/runbook/#alert-kubeclientcertificateexpiration"})
# KubeletDown is absent(up{job="kubelet"} == 1): a no-data alert on the target's own liveness series (rule 8), node_down.
add("node_down", "helm/charts", 20291, "KubeletDown firing with stable/prometheus-operator 8.5.11 although the reporter saw every kubelet target up",
    {"alertname": "KubeletDown", "prometheus": "monitoring/prometheus-operator-prometheus", "severity": "critical"},
    {"message": "Kubelet has disappeared from Prometheus target discovery.",
     "runbook_url": "https://github.com/kubernetes-monitoring/kubernetes-mixin/tree/master/runbook.md#alert-name-kubeletdown"})

# ====================================================================== restarts and queues
# Four Tekton controller pods restarting two or three times each in the window (rule 7: two or more restarts).
add("crash_loop", "redhat-appstudio/o11y", 427, "PipelinePodsRepeatedRestarts fired when the remote resolver controller pods all restarted a few times",
    {"alertname": "PipelinePodsRepeatedRestarts", "source_cluster": "stone-prd-rh01", "severity": "critical", "slo": "true",
     "team": "pipelines"},
    {"summary": "Tekton controller is rapidly restarting.",
     "description": "Tekton controllers on cluster stone-prd-rh01 have restarted 10 times recently."}, kind="pull")
# Time jobs wait in a Sidekiq queue (rule 4: time spent waiting in a queue), raised because morning digests tripped it.
add("queue_backlog", "alphagov/email-alert-api", 430, "Icinga healthcheck: email-alert-api queue latency critical while the morning digests ran",
    {"alertname": "email-alert-api app healthcheck", "host": "backend-3.backend", "check": "queue_latency", "state": "CRITICAL"},
    {"output": "CRITICAL: queue_latency - default queue latency is 1240.5 seconds (critical above 900)"}, kind="pull")

# ====================================================================== more null look-alikes
add(None, "tyriis/home-ops", 128, "goldilocks controller spamming CPUThrottlingHigh info alerts (rule 5: CPU throttling)",
    {"alertname": "CPUThrottlingHigh", "container": "goldilocks", "namespace": "observability",
     "pod": "goldilocks-controller-7c55dc56d-nbdgt", "prometheus": "observability/prometheus-prometheus", "severity": "info"},
    {"summary": "Processes experience elevated CPU throttling.",
     "description": "71.4% throttling of CPU in namespace observability for container goldilocks in pod goldilocks-controller-7c55dc56d-nbdgt."})
add(None, "linode/apl-core", 405, "Slack: KubeCPUOvercommit on an AKS cluster whose nodes sat at 10-21% CPU (rule 2: CPU requests)",
    {"alertname": "KubeCPUOvercommit", "cluster": "gem-utrecht/azure/dta", "prometheus": "monitoring/po-prometheus", "severity": "warning"},
    {"summary": "[FIRING:1] Notification for cluster \"gem-utrecht/azure/dta\"",
     "description": "Cluster has overcommitted CPU resource requests for Pods and cannot tolerate node failure."})

family.write()
