#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_guessed35.jsonl: alerts whose text GUESSES or LISTS possible
causes ("This could be result of slow disk", "Most likely causes tend to be networking issues",
"The most common cause of this alert is ...", "Possible causes and mitigations include:", "Potential
Causes", "may indicate", "Usually exhaused IOPS", runbook diagnosis steps pasted into the
notification), set against alerts that state their cause as fact (a container's lastState
`reason: OOMKilled`, SERVFAIL ratios, a pool near its limit, 429 responses, a certificate expiring).

The guessed or listed causes come from real runbooks: prometheus-operator/runbooks, openshift/runbooks,
kubevirt/monitoring, Grafana Mimir's runbooks (with the Mimir mixin's own alert messages), the
get-into-teaching-api runbooks (DFE-Digital), two small projects' runbooks (atlas-erp,
feasibility-dashboard); facts from Datadog's Postgres integration monitors and the Kubernetes
documentation's OOMKilled and FailedScheduling outputs.

Labels follow POLICY.md rule 17: a cause a description only guesses is not evidence, and advice
names where to look, not what happened; the alert's own measurement (its name, summary,
expression) decides. Look-alikes (null): disk I/O latency, leader loss, one restart, guest panics,
CPU run queues and throttling, allocation ratios and quotas, scheduling capacity, failed jobs,
failed compaction and block shipping, ring checks, replica counts below desired, a rate quota
approaching its limit.

Labels were decided by hand under POLICY.md before the classifier ran on the file; see the
SOURCES.md section "probes_guessed35".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_guessed35.jsonl")
N = "node_down"
CL = "crash_loop"
HER = "high_error_rate"
HL = "high_latency"
OOM = "out_of_memory"
DF = "disk_full"
QB = "queue_backlog"
CPE = "connection_pool_exhaustion"

PO = "prometheus-operator/runbooks"
PO_COMMIT = "a685d14cf5128bb30e2bf935c3983decd772d885"


def po(path):
    return (PO, "content/runbooks/" + path, PO_COMMIT)


OS = "openshift/runbooks"
OS_COMMIT = "82bd2d9d3789e76f8a8202f8a9ee0f0639cc5b73"


def osr(path):
    return (OS, "alerts/" + path, OS_COMMIT)


KV = "kubevirt/monitoring"
KV_COMMIT = "b02df94293509d77d2dd2a3ab619b3454d199e81"


def kv(name):
    return (KV, "docs/runbooks/" + name + ".md", KV_COMMIT)


MIMIR_RUNBOOK = ("grafana/mimir", "docs/sources/mimir/manage/mimir-runbooks/_index.md",
                 "043aa3dd9dd9b2bc131e43fa65241071c614ae1e")
MIMIR_ALERTS = ("grafana/mimir", "operations/mimir-mixin-compiled/alerts.yaml",
                "341b67b81f12435ff231f6f908c550e5ba8c671e")

DFE = "DFE-Digital/get-into-teaching-api"
DFE_TOO_MANY = (DFE, "docs/runbooks/alerts/too-many-requests.md", "c7ab23636acdf47d00ea23b5a16cfb2eed3d612a")
DFE_APPROACHING = (DFE, "docs/runbooks/alerts/client-approaching-rate-limit.md",
                   "0bc17567ad52beaae67e9b451eb7e7007b10f61f")
DFE_DB_CONN = (DFE, "docs/runbooks/alerts/high-database-connections.md", "7983b716d082db00ae99d54162bdae8783a2aba4")
DFE_MEMORY = (DFE, "docs/runbooks/alerts/high-memory.md", "7e2bcbda5d33ae987d0e6c5696bf7d8c77de470e")
DFE_FAILED_JOBS = (DFE, "docs/runbooks/alerts/failed-jobs.md", "7e2bcbda5d33ae987d0e6c5696bf7d8c77de470e")
DFE_CPU = (DFE, "docs/runbooks/high-cpu.md", "1b1f1b94f56c374c5972884c26c406e0f8d65e64")

DD_PG_CONN = ("DataDog/integrations-core", "postgres/assets/monitors/percent_usage_connections.json",
              "47ea30d0436ae867feaa53523ae229793dbd8f30")
DD_PG_REPL = ("DataDog/integrations-core", "postgres/assets/monitors/replication_delay.json",
              "7b5527954538d448893d77e0c383030ab636f49f")

K8S_MEMORY_TASK = ("kubernetes/website", "content/en/docs/tasks/configure-pod-container/assign-memory-resource.md",
                   "6e635466b8722c167880ea7657b985e9734c2282")

ATLAS_LAG = ("ayushgit2406/atlas-erp", "docs/runbooks/consumer-lag.md", "1740493f1a1ebcde11fa16d1ac9c0d8d86bb2d44")
ATLAS_OUTBOX = ("ayushgit2406/atlas-erp", "docs/runbooks/outbox-backlog.md", "ae4cc2efaf18e8a9889a6df9c59885f500659249")
FD_ERRORS = ("ayukoizgosu/feasibility-dashboard", "templates/antigravity/RUNBOOKS/api-high-error-rate.md",
             "70fdcab546ac416a8b387ad5869dde3ebb399b7b")
FD_QUEUE = ("ayukoizgosu/feasibility-dashboard", "templates/antigravity/RUNBOOKS/queue-backlog.md",
            "70fdcab546ac416a8b387ad5869dde3ebb399b7b")


def prometheus_operator_items():
    """kube-prometheus alerts notified with a line of their prometheus-operator runbook pasted in
    (the runbook's Diagnosis guesses, its "Usual issues" lists, its advice)."""
    family.add(po("kubernetes/KubePodCrashLooping.md"), CL,
               "KubePodCrashLooping with the runbook's guesses (maybe unavailable resource, memory too low): "
               "guesses are not evidence (rule 17), restarts decide",
               {"alertname": "KubePodCrashLooping", "severity": "warning", "namespace": "billing",
                "pod": "invoice-renderer-5b7d9c6f4-q8wzt", "container": "renderer", "job": "kube-state-metrics"},
               {"summary": "Pod is crash looping.",
                "description": "Pod billing/invoice-renderer-5b7d9c6f4-q8wzt (renderer) restarted 5 times in the "
                               "last 10 minutes.\nRunbook hints: resources - maybe it tries to use unavailable "
                               "resource, such as GPU but there is limited number of nodes with GPU; app responding "
                               "extremely slow due to resource constraints such as memory too low, not enough CPU "
                               "which is required on start; app waits for other services to start, such as database"})
    family.add(po("etcd/etcdGRPCRequestsSlow.md"), HL,
               "etcdGRPCRequestsSlow whose runbook guesses slow disk or CPU contention (rule 17): request latency",
               {"alertname": "etcdGRPCRequestsSlow", "severity": "critical", "job": "etcd",
                "instance": "10.40.2.11:2379", "grpc_method": "Range"},
               {"summary": "etcd grpc requests are slow",
                "description": "etcd cluster \"etcd\": 99th percentile of gRPC requests is 1.83s on etcd instance "
                               "10.40.2.11:2379 for gRPC method Range.",
                "diagnosis": "This could be result of slow disk (due to fragmented state) or CPU contention."})
    family.add(po("etcd/etcdHighFsyncDurations.md"), None,
               "etcdHighFsyncDurations with 'could be result of slow disk': disk I/O latency is a look-alike "
               "(rule 5), not disk_full",
               {"alertname": "etcdHighFsyncDurations", "severity": "warning", "job": "etcd",
                "instance": "10.40.2.12:2379"},
               {"summary": "etcd cluster 99th percentile fsync durations are too high.",
                "description": "etcd cluster \"etcd\": 99th percentile fsync durations are 0.74s on etcd instance "
                               "10.40.2.12:2379. This could be result of slow disk possibly due to fragmented state "
                               "in etcd or simply due to slow disk."})
    family.add(po("etcd/etcdHighNumberOfFailedGRPCRequests.md"), HER,
               "etcdHighNumberOfFailedGRPCRequests: 'Most likely causes tend to be networking issues' is a "
               "guess (rule 17); failed RPC ratio",
               {"alertname": "etcdHighNumberOfFailedGRPCRequests", "severity": "critical", "job": "etcd",
                "instance": "10.40.2.13:2379", "grpc_method": "Txn", "grpc_service": "etcdserverpb.KV"},
               {"summary": "etcd cluster has high number of failed grpc requests.",
                "description": "etcd cluster \"etcd\": 7.4% of requests for Txn failed on etcd instance "
                               "10.40.2.13:2379.\nFrom the runbook: Depending on the above diagnosis, the issue "
                               "will most likely be described in the error log line of either etcd or "
                               "openshift-etcd-operator. Most likely causes tend to be networking issues."})
    family.add(po("etcd/etcdNoLeader.md"), None,
               "etcdNoLeader with the runbook's guesses (network partition, slow disk): leader loss is null as "
               "elsewhere in the corpus",
               {"alertname": "etcdNoLeader", "severity": "critical", "job": "etcd", "instance": "10.40.2.11:2379"},
               {"summary": "etcd cluster has no leader.",
                "description": "etcd cluster \"etcd\": member 10.40.2.11:2379 has no leader.",
                "runbook_excerpt": "This can happen if nodes from the cluster are orphaned - they were part of the "
                                   "cluster but now they are in minority and thus can not form a cluster, for "
                                   "example due to network partition. Another potential cause could be slow disk, "
                                   "inspect the Disk Sync Duration dashboard."})
    family.add(po("general/TargetDown.md"), N,
               "TargetDown whose runbook says it 'may or may not mean it's actually down': the alert is a scrape "
               "target down (rule 4)",
               {"alertname": "TargetDown", "severity": "warning", "job": "checkout-metrics",
                "namespace": "shop", "service": "checkout-metrics"},
               {"summary": "One or more targets are unreachable.",
                "description": "50% of the checkout-metrics/checkout-metrics targets in shop namespace are down.\n"
                               "Note: TargetDown really means that Prometheus just can't access your service, "
                               "which may or may not mean it's actually down."})
    family.add(po("kubernetes/KubeAPIErrorBudgetBurn.md"), HER,
               "KubeAPIErrorBudgetBurn with the runbook's questions ('it might be too many slow requests', "
               "'Maybe it's some dependency of the APIServer? etcd?'): an error-budget burn (rule 4)",
               {"alertname": "KubeAPIErrorBudgetBurn", "severity": "critical", "long": "1h", "short": "5m"},
               {"summary": "The API server is burning too much error budget.",
                "description": "The API server is burning too much error budget.\nRunbook: If you don't see "
                               "anything obvious with the error rates, it might be too many slow requests. Maybe "
                               "it's some dependency of the APIServer? etcd?"})
    family.add(po("kubernetes/KubeletDown.md"), N,
               "KubeletDown: 'Excluding the possibility of a network issue ...' hedges the impact; the kubelet "
               "target is gone (rule 4)",
               {"alertname": "KubeletDown", "severity": "critical", "job": "kubelet", "namespace": "kube-system"},
               {"summary": "Target disappeared from Prometheus target discovery.",
                "description": "Kubelet has disappeared from Prometheus target discovery.\nImpact: Excluding the "
                               "possibility of a network issue preventing the monitoring system from scraping "
                               "Kubelet metrics, multiple nodes in the cluster are likely unable to respond to "
                               "configuration changes for pods and other resources."})
    family.add(po("node/NodeFileDescriptorLimit.md"), "fd_exhaustion",
               "NodeFileDescriptorLimit above 90% (a stated limit, rule 2); 'likely to have severe consequences' "
               "is about impact",
               {"alertname": "NodeFileDescriptorLimit", "severity": "critical", "instance": "worker-07.dc2:9100",
                "job": "node-exporter"},
               {"summary": "Kernel is predicted to exhaust file descriptors limit soon.",
                "description": "File descriptors limit at worker-07.dc2:9100 is currently at 93.1%. Applications "
                               "on the node may no longer be able to open and operate on files. This is likely to "
                               "have severe consequences for anything scheduled on this node."})
    family.add(po("kubernetes/CPUThrottlingHigh.md"), None,
               "CPUThrottlingHigh with its diagnosis checklist: CPU throttling is a look-alike (rule 5)",
               {"alertname": "CPUThrottlingHigh", "severity": "info", "namespace": "search",
                "pod": "indexer-0", "container": "indexer"},
               {"summary": "Processes experience elevated CPU throttling.",
                "description": "64.2% throttling of CPU in namespace search for container indexer in pod indexer-0.",
                "diagnosis": "Check if application is performing normally; Check if CPU resource requests are "
                             "adjusted accordingly to the app usage; Check kernel version in the node"})
    family.add(po("kubernetes/KubeHpaMaxedOut.md"), None,
               "KubeHpaMaxedOut with 'ensure there are no memory leaks' (advice, rule 17): an autoscaler at max "
               "replicas is null",
               {"alertname": "KubeHpaMaxedOut", "severity": "warning", "namespace": "web",
                "horizontalpodautoscaler": "frontend"},
               {"summary": "HPA is running at max replicas",
                "description": "HPA web/frontend has been running at max replicas for longer than 15 minutes.\n"
                               "Check why HPA was unable to scale: max replicas too low; too low value for "
                               "requests such as CPU? For memory based scaling ensure there are no memory leaks."})
    family.add(po("kubernetes/KubeClientErrors.md"), HER,
               "KubeClientErrors with the runbook's 'Usual issues' list (networking errors, too low CPU/memory "
               "requests): a client's request error ratio",
               {"alertname": "KubeClientErrors", "severity": "warning", "job": "argo-workflows-controller",
                "instance": "10.2.14.9:9090"},
               {"summary": "Kubernetes API server client is experiencing errors.",
                "description": "Kubernetes API server client 'argo-workflows-controller/10.2.14.9:9090' is "
                               "experiencing 3.8% errors.\nUsual issues: networking errors; too low resources to "
                               "perform given API calls (usually too low CPU/memory requests); wrong api client "
                               "(old libraries)"})
    family.add(po("kubernetes/KubeletPodStartUpLatencyHigh.md"), HL,
               "KubeletPodStartUpLatencyHigh whose runbook says 'Usually exhaused IOPS for node storage': a "
               "guess about I/O, the alert is a latency (as the corpus labels it)",
               {"alertname": "KubeletPodStartUpLatencyHigh", "severity": "warning", "node": "ip-10-8-3-44",
                "metrics_path": "/metrics", "job": "kubelet"},
               {"summary": "Kubelet Pod startup latency is too high.",
                "description": "Kubelet Pod startup 99th percentile latency is 71.4 seconds on node ip-10-8-3-44.\n"
                               "Diagnosis: Usually exhaused IOPS for node storage."})
    family.add(po("node/NodeFilesystemSpaceFillingUp.md"), DF,
               "NodeFilesystemSpaceFillingUp: the runbook names ephemeral storage as a common cause; the "
               "alert is disk capacity either way (rule 2)",
               {"alertname": "NodeFilesystemSpaceFillingUp", "severity": "warning", "instance": "worker-03:9100",
                "device": "/dev/nvme0n1p1", "mountpoint": "/var/lib/kubelet", "fstype": "xfs"},
               {"summary": "Filesystem is predicted to run out of space within the next 24 hours.",
                "description": "Filesystem on /dev/nvme0n1p1, mounted on /var/lib/kubelet, at worker-03:9100 has "
                               "only 14.2% available space left and is filling up. Container ephemeral storage is "
                               "a common cause of this alert."})
    family.add(po("kubernetes/KubeContainerWaiting.md"), None,
               "KubeContainerWaiting (ContainerCreating) with the checklist 'missing files such as "
               "configmaps/secrets/volumes': waiting to be created is null",
               {"alertname": "KubeContainerWaiting", "severity": "warning", "namespace": "reports",
                "pod": "pdf-export-7cc4b9f9d-l2xbn", "container": "exporter", "reason": "ContainerCreating"},
               {"summary": "Pod container waiting longer than 1 hour",
                "description": "pod/pdf-export-7cc4b9f9d-l2xbn in namespace reports on container exporter has been "
                               "in waiting state for longer than 1 hour. Check for missing files such as "
                               "configmaps/secrets/volumes. Check for pod requests, especially special ones such "
                               "as GPU."})
    family.add(po("node/NodeNetworkReceiveErrs.md"), None,
               "NodeNetworkReceiveErrs whose impact text mentions network attached storage and data loss: a "
               "link fault (rule 16)",
               {"alertname": "NodeNetworkReceiveErrs", "severity": "warning", "instance": "storage-gw-2:9100",
                "device": "ens5f1"},
               {"summary": "Network interface is reporting many receive errors.",
                "description": "storage-gw-2:9100 interface ens5f1 has encountered 1843 receive errors in the last "
                               "two minutes.\nImpact: Applications on the node may no longer be able to operate "
                               "with other services. Network attached storage performance issues or even data loss."})
    family.add(po("kubernetes/KubeJobFailed.md"), None,
               "KubeJobFailed with the runbook's advice (describe the job, its pod, its logs): failed job, no "
               "quoted cause (rule 10)",
               {"alertname": "KubeJobFailed", "severity": "warning", "namespace": "etl",
                "job_name": "nightly-rollup-29412000"},
               {"summary": "Job failed to complete.",
                "description": "Job etl/nightly-rollup-29412000 failed to complete. Removing failed job after "
                               "investigation should clear this alert.\nImpact: Failure of processing of a "
                               "scheduled task."})
    family.add(po("kubernetes/KubeAggregatedAPIErrors.md"), HER,
               "KubeAggregatedAPIErrors with network/firewall advice: an API's error count (as the corpus labels "
               "it)",
               {"alertname": "KubeAggregatedAPIErrors", "severity": "warning", "name": "v1beta1.metrics.k8s.io",
                "namespace": "kube-system"},
               {"summary": "Kubernetes aggregated API has reported errors.",
                "description": "Kubernetes aggregated API v1beta1.metrics.k8s.io/kube-system has reported errors. "
                               "It has appeared unavailable 6 times averaged over the past 10m. Diagnosis: Check "
                               "networking on the node. Check firewall on the node."})
    family.add(po("kubernetes/KubeMemoryOvercommit.md"), None,
               "KubeMemoryOvercommit (requests exceed capacity): an allocation ratio (rule 7), with advice on "
               "nodes and the autoscaler",
               {"alertname": "KubeMemoryOvercommit", "severity": "warning", "cluster": "prod-eu"},
               {"summary": "Cluster has overcommitted memory resource requests.",
                "description": "Cluster prod-eu has overcommitted memory resource requests for Pods by 38.5Gi bytes "
                               "and cannot tolerate node failure. Check if Memory resource requests are adjusted to "
                               "the app usage; Check if cluster-autoscaler has issues with adding new nodes"})
    family.add(po("kubernetes/KubePersistentVolumeErrors.md"), None,
               "KubePersistentVolumeErrors (provisioning) whose impact guesses corrupted storage: not capacity, null",
               {"alertname": "KubePersistentVolumeErrors", "severity": "critical",
                "persistentvolume": "pvc-3f1c9a7e-8d2b-4b6e-9a51-0c2d7e41b8aa", "phase": "Failed"},
               {"summary": "PersistentVolume is having issues with provisioning.",
                "description": "The persistent volume pvc-3f1c9a7e-8d2b-4b6e-9a51-0c2d7e41b8aa has status Failed. "
                               "Volue may be unavailable or have data erors (corrupted storage). In happy scenario "
                               "storage is just not provisioned as fast as expected."})
    family.add(po("kubernetes/KubeQuotaFullyUsed.md"), None,
               "KubeQuotaFullyUsed: a Kubernetes ResourceQuota is an accounting allowance (rule 7)",
               {"alertname": "KubeQuotaFullyUsed", "severity": "info", "namespace": "analytics",
                "resource": "requests.storage", "resourcequota": "analytics-quota"},
               {"summary": "Namespace quota is fully used.",
                "description": "Namespace analytics is using 100% of its requests.storage quota. New app "
                               "installations may not be possible."})
    family.add(po("kubernetes/KubeClientCertificateExpiration.md"), "certificate_expiry",
               "KubeClientCertificateExpiration stated as fact, with advice to check service account tokens",
               {"alertname": "KubeClientCertificateExpiration", "severity": "critical", "job": "apiserver"},
               {"summary": "Client certificate is about to expire.",
                "description": "A client certificate used to authenticate to kubernetes apiserver is expiring in "
                               "less than 24.0 hours. Diagnosis: Check when certificate was issued and when it "
                               "expires. Check serviceAccounts and service account tokens."})


def openshift_items():
    """openshift/runbooks' Meaning, Diagnosis and Mitigation wording ("Possible causes and
    mitigations include:", "could indicate", "Most likely cause", "Common causes include")."""
    family.add(osr("network-observability-operator/Ingress5xxErrors.md"), HER,
               "Ingress5xxErrors with 'Possible causes and mitigations include:' (a list, rule 17): a 5xx ratio",
               {"alertname": "Ingress5xxErrors_Critical", "severity": "critical", "app": "netobserv",
                "namespace": "netobserv"},
               {"summary": "High percentage of 5xx responses from HAProxy ingress",
                "description": "7.9% of HTTP responses from the ingress routers are 5xx over the last 5 minutes.\n"
                               "Possible causes and mitigations include:\n- Checking application logs and recent "
                               "deployments for errors or changes\n- Verifying backend pod health, readiness probes, "
                               "and resource limits\n- Scaling backend pods if they're overloaded\n- Checking for "
                               "network policies blocking traffic"})
    family.add(osr("network-observability-operator/IngressHTTPLatencyTrend.md"), HL,
               "IngressHTTPLatencyTrend whose list names slow database queries (a guess): response latency",
               {"alertname": "IngressHTTPLatencyTrend", "severity": "warning", "app": "netobserv",
                "route": "storefront"},
               {"summary": "HAProxy ingress response latency increased compared to the baseline",
                "description": "Ingress response latency for route storefront is 212% of its value 1 day ago.\n"
                               "Possible causes and mitigations include:\n- Scaling backend application pods if "
                               "they're overloaded\n- Checking for slow database queries or external service "
                               "issues\n- Checking node resources and network health"})
    family.add(osr("cluster-logging-operator/CollectorNodeDown.md"), N,
               "CollectorNodeDown: 'could indicate that the collector pod is down, has crashed, is experiencing "
               "network connectivity issues' - the scrape target is down (rule 4)",
               {"alertname": "CollectorNodeDown", "severity": "critical", "namespace": "openshift-logging",
                "pod": "collector-9dxkq", "job": "collector"},
               {"summary": "Cannot scrape the log collector for more than 10m",
                "description": "Prometheus could not scrape namespace/pod openshift-logging/collector-9dxkq "
                               "collector component for more than 10m. The collector's metrics endpoint is "
                               "unreachable, which could indicate that the collector pod is down, has crashed, is "
                               "experiencing network connectivity issues, or its metrics port is not responding."})
    family.add(osr("openshift-container-storage-operator/ODFCorePodRestarted.md"), None,
               "ODFCorePodRestarted once in 24h: 'May indicate underlying instability (resource pressure ...)' "
               "and 'If OOMKilled' are guesses; one restart is null (rule 7)",
               {"alertname": "ODFCorePodRestarted", "severity": "warning", "namespace": "openshift-storage",
                "pod": "rook-ceph-osd-2-6d8f7b9c4-xk2lp"},
               {"summary": "Core ODF pod restarted",
                "description": "Pod openshift-storage/rook-ceph-osd-2-6d8f7b9c4-xk2lp has restarted 1 time in the "
                               "last 24 hours.\n* May indicate underlying instability (resource pressure, bugs, or "
                               "node issues).\nMitigation: 1. If OOMKilled: Increase memory limits for the "
                               "container. 2. If CrashLoopBackOff: Check for configuration errors or version "
                               "incompatibilities."})
    family.add(osr("openshift-virtualization-operator/VirtControllerRESTErrorsHigh.md"), HER,
               "VirtControllerRESTErrorsHigh: 'most likely because ... lost connection', 'commonly caused by DNS "
               "issues' are guesses; the alert is a failed-call ratio",
               {"alertname": "VirtControllerRESTErrorsHigh", "severity": "warning", "namespace": "openshift-cnv",
                "kubernetes_operator_component": "kubevirt"},
               {"summary": "More than 5% of the rest calls failed in virt-controller for the last hour",
                "description": "More than 5% of REST calls failed in virt-controller in the last 60 minutes. This is "
                               "most likely because virt-controller has partially lost connection to the API "
                               "server. The virt-controller pod cannot reach the API server. This is commonly "
                               "caused by DNS issues on the node and networking connectivity issues."})
    family.add(osr("openshift-container-storage-operator/CephOSDDown.md"), N,
               "CephOSDDown with 'Common causes include a stopped or crashed daemon, a \"down\" host, or a network "
               "failure': the OSD daemon is down (as the corpus labels it)",
               {"alertname": "CephOSDDown", "severity": "critical", "namespace": "openshift-storage",
                "ceph_daemon": "osd.5", "hostname": "ocs-worker-2"},
               {"summary": "OSD down",
                "description": "1 OSD(s) (osd.5 on ocs-worker-2) down for more than 5 minutes. The ceph-osd "
                               "daemon(s) or their host(s) may have crashed or been stopped, or peer OSDs might be "
                               "unable to reach the OSD over the public or private network. Common causes include "
                               "a stopped or crashed daemon, a \"down\" host, or a network failure."})
    family.add(osr("machine-config-operator/HighOverallControlPlaneMemory.md"), OOM,
               "HighOverallControlPlaneMemory: 'The memory use of etcd could be another reason' is a guess; "
               "memory utilisation (rule 2)",
               {"alertname": "HighOverallControlPlaneMemory", "severity": "warning"},
               {"summary": "Memory utilization across all control plane nodes is high, and could impact "
                           "responsiveness and stability.",
                "description": "Given three control plane nodes, the overall memory utilization may only be about "
                               "2/3 of all available capacity. Current usage: 71.3%. The memory use of etcd could "
                               "be another reason that memory could be high on the control plane."})
    family.add(osr("cluster-dns-operator/CoreDNSErrorsHigh.md"), "dns_failure",
               "CoreDNSErrorsHigh: SERVFAIL stated as fact; the advice (check the upstream nameservers) does not "
               "change it",
               {"alertname": "CoreDNSErrorsHigh", "severity": "warning", "namespace": "openshift-dns"},
               {"summary": "CoreDNS is returning SERVFAIL for more than 1% of requests.",
                "description": "CoreDNS is returning SERVFAIL for 3.2% of requests. Check CoreDNS pods if they "
                               "can reach the upstream nameservers; check the upstream nameservers if they are "
                               "returning SERVFAIL."})
    family.add(osr("cluster-monitoring-operator/KubeNodeNotReady.md"), N,
               "KubeNodeNotReady: 'network issues could be causing timeouts' is a guess (not upstream_timeout)",
               {"alertname": "KubeNodeNotReady", "severity": "warning", "node": "worker-2.ocp4.lab.internal",
                "condition": "Ready", "status": "false"},
               {"summary": "Node is not ready.",
                "description": "worker-2.ocp4.lab.internal has been unready for more than 15 minutes. The output of "
                               "oc get node describes why the node is not ready. For example network issues could "
                               "be causing timeouts when trying to reach the API or kubelet."})
    family.add(osr("cluster-monitoring-operator/TargetDown.md"), N,
               "TargetDown with 'probably due to resource exhaustion' and 'may enforce rate limiting or "
               "throttling' (guesses, rule 17): a scrape target down",
               {"alertname": "TargetDown", "severity": "warning", "namespace": "openshift-ingress",
                "job": "router-internal-default", "service": "router-internal-default"},
               {"summary": "Some targets were not reachable from the monitoring server for an extended period of "
                           "time.",
                "description": "100% of the router-internal-default/router-internal-default targets in "
                               "openshift-ingress namespace have been unreachable for more than 15 minutes. If the "
                               "query takes too long or times out, it is probably due to resource exhaustion. Some "
                               "applications may enforce rate limiting or throttling."})
    family.add(osr("cluster-etcd-operator/etcdGRPCWriteRequestsSlow.md"), HL,
               "etcdGRPCWriteRequestsSlow: 'Most likely cause- disk write performance' is a correlated alert's "
               "guess; write latency",
               {"alertname": "etcdGRPCWriteRequestsSlow", "severity": "critical", "job": "etcd",
                "grpc_method": "Txn", "instance": "10.0.0.5:9979"},
               {"summary": "etcd grpc Txn (write) requests are slow.",
                "description": "The 99th percentile of etcd gRPC Txn (write) requests is 6.2s on etcd instance "
                               "10.0.0.5:9979. Look for commonly co-firing alerts: etcdHighFsyncDurations "
                               "(CRITICAL) - Most likely cause- disk write performance."})


def kubevirt_items():
    """kubevirt/monitoring runbooks: cause lists under Mitigation, impact guesses."""
    family.add(kv("LowVirtControllersCount"), None,
               "LowVirtControllersCount: 'a variety of causes, including: Not enough memory on the cluster, "
               "Nodes are down' - a replica count below desired while one serves (decision 2)",
               {"alertname": "LowVirtControllersCount", "severity": "warning", "namespace": "kubevirt",
                "kubernetes_operator_component": "kubevirt"},
               {"summary": "Some virt controllers are running but not ready.",
                "description": "1 of 2 virt-controller pods is ready. This alert can have a variety of causes, "
                               "including: Not enough memory on the cluster; Nodes are down; The API server is "
                               "overloaded; Networking issues."})
    family.add(kv("ClusterVMPanicDetected"), None,
               "ClusterVMPanicDetected with 'may continue crash-looping' and 'a broken driver, or a shared "
               "storage problem' (guesses): one guest panic is null",
               {"alertname": "ClusterVMPanicDetected", "severity": "warning", "kubernetes_operator_component":
                "kubevirt"},
               {"summary": "VMs experienced non-recoverable guest OS panics",
                "description": "1 VM(s) panicked in the last 24 hours. If VMs have RunStrategy: Always, they "
                               "restart automatically but may continue crash-looping. This may indicate a "
                               "cluster-wide infrastructure issue such as a faulty node image, a broken driver, or "
                               "a shared storage problem affecting VMs."})
    family.add(kv("CDIDataVolumeUnusualRestartCount"), CL,
               "CDIDataVolumeUnusualRestartCount (more than three restarts) with 'unlikely to succeed'",
               {"alertname": "CDIDataVolumeUnusualRestartCount", "severity": "warning", "namespace": "vm-images",
                "pod": "importer-prime-rhel9-dv"},
               {"summary": "Some CDI population workloads have an unusual restart count",
                "description": "DataVolume vm-images/rhel9-dv importer pod has restarted 5 times. If a data volume "
                               "restarts more than three times, these operations are unlikely to succeed."})
    family.add(kv("OrphanedVirtualMachineInstances"), None,
               "OrphanedVirtualMachineInstances: 'Possible causes for the removal of a virt-handler pod' - no "
               "signature",
               {"alertname": "OrphanedVirtualMachineInstances", "severity": "warning", "node": "worker-5"},
               {"summary": "No ready virt-handler pod detected on node worker-5 with running vmis for more than 10 "
                           "minutes",
                "description": "Orphaned VMIs cannot be managed. Possible causes for the removal of a virt-handler "
                               "pod from a node include changes to the node's taints and tolerations or to a pod's "
                               "scheduling rules."})
    family.add(kv("KubeVirtVMGuestMemoryPressure"), OOM,
               "KubeVirtVMGuestMemoryPressure: 'can cause thrashing, swapping, or OOM kills' is consequence; "
               "memory pressure (rule 2)",
               {"alertname": "KubeVirtVMGuestMemoryPressure", "severity": "warning", "namespace": "tenant-a",
                "name": "sql-vm-01"},
               {"summary": "VM guest OS under sustained memory pressure",
                "description": "The VM guest OS of tenant-a/sql-vm-01 is under sustained memory pressure (low "
                               "usable memory with elevated major page faults and/or swap I/O). This can cause "
                               "thrashing, swapping, or OOM kills."})
    family.add(kv("GuestVCPUQueueHighWarning"), None,
               "GuestVCPUQueueHighWarning: a CPU run queue ('Latency might spike' is a guess) - CPU/load is null "
               "(rule 2), not queue_backlog",
               {"alertname": "GuestVCPUQueueHighWarning", "severity": "warning", "namespace": "tenant-b",
                "name": "build-agent-3"},
               {"summary": "Guest vCPU queue length is high",
                "description": "VMI tenant-b/build-agent-3 reported a guest CPU run-queue length of 14. Moderate CPU "
                               "contention inside the guest VM. Latency might spike, but workload still progresses."})


def mimir_items():
    """The Mimir mixin's alert messages (operations/mimir-mixin-compiled/alerts.yaml) notified with
    a line of the Mimir runbook."""
    family.add(MIMIR_ALERTS, CL,
               "MimirIngesterRestarts (>= 2 restarts in 30m): 'The most common cause ... a single cloud "
               "providers node restarting' is a guess; restarts decide",
               {"alertname": "MimirIngesterRestarts", "severity": "warning", "cluster": "ops-us-east",
                "namespace": "mimir", "pod": "ingester-zone-a-4"},
               {"message": "Mimir ingester-zone-a-4 in ops-us-east/mimir has restarted 3.00 times in the last 30 "
                           "mins.",
                "runbook_note": "The most common cause of this alert is a single cloud providers node restarting "
                                "and causing the ingester on that node to be rescheduled somewhere else."})
    family.add(MIMIR_RUNBOOK, HL,
               "MimirRequestLatency on the write path: 'Latency may be caused by ... Network issues such as "
               "packet loss' (a guess)",
               {"alertname": "MimirRequestLatency", "severity": "warning", "cluster": "ops-us-east",
                "namespace": "mimir", "job": "mimir/gateway", "route": "api_v1_push"},
               {"message": "mimir/gateway api_v1_push is experiencing 4.87s 99th percentile latency.",
                "investigate": "Latency may be caused by the time taken for the gateway to receive the entire "
                               "request from the client. For example: Network issues such as packet loss between "
                               "the client and gateway; Client process having insufficient CPU resources."})
    family.add(MIMIR_RUNBOOK, HL,
               "MimirRequestLatency on the read path: 'it may be caused by \"first time\" queries', 'Cache query "
               "timeouts' (a list)",
               {"alertname": "MimirRequestLatency", "severity": "warning", "cluster": "ops-eu-west",
                "namespace": "mimir", "job": "mimir/query-frontend", "route": "prometheus_api_v1_query_range"},
               {"message": "mimir/query-frontend prometheus_api_v1_query_range is experiencing 12.40s 99th "
                           "percentile latency.",
                "investigate": "Common causes: High CPU utilization in ingesters; Low cache hit ratio in the "
                               "store-gateways; If memcached eviction rate is zero or very low, then it may be "
                               "caused by \"first time\" queries; Cache query timeouts."})
    family.add(MIMIR_RUNBOOK, HER,
               "MimirRequestErrors with 'If the failing service is going OOM (OOMKilled)' - a conditional in the "
               "runbook, not evidence",
               {"alertname": "MimirRequestErrors", "severity": "critical", "cluster": "ops-us-east",
                "namespace": "mimir", "route": "api_v1_push", "job": "mimir/distributor"},
               {"message": "The route api_v1_push in ops-us-east/mimir is experiencing 3.41% errors.",
                "investigate": "If the failing service is going OOM (OOMKilled): scale up or increase the memory. "
                               "If the failing service is crashing / panicking: look for the stack trace in the "
                               "logs and investigate from there."})
    family.add(MIMIR_RUNBOOK, None,
               "MimirIngesterTSDBHeadTruncationFailed: 'the ingester disk might get full ... OOMKilled crash "
               "loop' are consequences (guesses); a failed truncation is null",
               {"alertname": "MimirIngesterTSDBHeadTruncationFailed", "severity": "critical",
                "cluster": "ops-us-east", "namespace": "mimir", "pod": "ingester-zone-c-1"},
               {"message": "Mimir ingester-zone-c-1 in ops-us-east/mimir is failing to truncate TSDB head.",
                "impact": "If head truncation fails for a long time, the ingester disk might get full as it won't "
                          "continue to the WAL truncation stage and the subsequent ingester restart may take a "
                          "long time or even go into an OOMKilled crash loop because of the huge WAL to replay."})
    family.add(MIMIR_RUNBOOK, None,
               "MimirIngesterTSDBHeadCompactionFailed: the runbook's 'could lead to: Ingesters run out of memory, "
               "out of disk space' - null",
               {"alertname": "MimirIngesterTSDBHeadCompactionFailed", "severity": "critical",
                "cluster": "ops-eu-west", "namespace": "mimir", "pod": "ingester-zone-b-7"},
               {"message": "Mimir ingester-zone-b-7 in ops-eu-west/mimir is failing to compact TSDB head.",
                "impact": "The cause triggering this alert could lead to: Ingesters run out of memory; Ingesters "
                          "run out of disk space; Queries return partial results."})
    family.add(MIMIR_RUNBOOK, None,
               "MimirIngesterHasNotShippedBlocks with the runbook heading 'Ingester hit the disk capacity' (a "
               "possibility to check): blocks not shipped is null",
               {"alertname": "MimirIngesterHasNotShippedBlocks", "severity": "critical", "cluster": "ops-us-east",
                "namespace": "mimir", "pod": "ingester-zone-a-2"},
               {"message": "Mimir ingester-zone-a-2 in ops-us-east/mimir has not shipped any block in the last "
                           "4 hours.",
                "investigate": "Look for any upload error in the ingester logs (ie. networking or authentication "
                               "issues). Ingester hit the disk capacity? If the ingester hit the disk capacity, any "
                               "attempt to append samples will fail."})
    family.add(MIMIR_RUNBOOK, None,
               "MimirRulerFailedRingCheck: 'The most likely cause is that one of the rule ring entries is "
               "unhealthy' - a ring check, null",
               {"alertname": "MimirRulerFailedRingCheck", "severity": "critical", "cluster": "ops-us-east",
                "namespace": "mimir", "job": "mimir/ruler"},
               {"message": "Mimir Rulers in ops-us-east/mimir are experiencing errors when checking the ring for "
                           "rule group ownership.",
                "investigate": "The most likely cause is that one of the rule ring entries is unhealthy. The other "
                               "possible cause would be an error returned the ring client."})


def dfe_items():
    """get-into-teaching-api's runbooks: 'Potential Causes' sections, pasted into Grafana notifications."""
    family.add(DFE_TOO_MANY, "rate_limited",
               "TooManyRequests: the API answered 429 (fact); 'The likely cause ... an unexpected spike in sign "
               "ups' does not change it",
               {"alertname": "TooManyRequests", "grafana_folder": "get-into-teaching-api", "app":
                "get-into-teaching-api-prod"},
               {"summary": "get-into-teaching-api-prod responded 429 to 37 requests in 5m",
                "description": "Alerts when the API has received too many requests from a client and has responded "
                               "with a 429 status code.\nPotential Causes: The likely cause of this alert firing is "
                               "an unexpected spike in sign ups from the GiT app or TTA service."})
    family.add(DFE_APPROACHING, None,
               "ClientApproachingRateLimit: a rate quota before anything is refused (rule 7)",
               {"alertname": "ClientApproachingRateLimit", "grafana_folder": "get-into-teaching-api",
                "app": "get-into-teaching-api-prod", "endpoint": "POST /api/candidates/access_tokens"},
               {"summary": "Client approaching rate limit on POST /api/candidates/access_tokens",
                "description": "Alerts when the API is reviving a lot of requests to rate limited endpoints from a "
                               "client (and is in danger of returning a 429 response soon). Current rate: 212rpm "
                               "of 250rpm."})
    family.add(DFE_DB_CONN, CPE,
               "HighDatabaseConnections (75 of a possible 100): the listed past causes (leak, Hangfire workers) "
               "are guesses; connections against a limit (rule 2)",
               {"alertname": "HighDatabaseConnections", "grafana_folder": "get-into-teaching-api",
                "app": "get-into-teaching-api-prod"},
               {"summary": "API database connections: 81 of 100",
                "description": "Alerts when any of the API database exceeds 75 out of a possible 100 connections.\n"
                               "Potential Causes: In the past we've seen this happen for two reasons: 1. The "
                               "Hangfire Postgres provider was leaking database connections. 2. The number of "
                               "Hangfire workers was exhausting the connection pool."})
    family.add(DFE_MEMORY, OOM,
               "HighMemory (~70% memory utilisation) with 'See the potential causes in the HighCpu alert'",
               {"alertname": "HighMemory", "grafana_folder": "get-into-teaching-api",
                "app": "get-into-teaching-api-prod", "instance": "2"},
               {"summary": "API instance 2 memory at 74%",
                "description": "Alerts when any of the API instances exceed ~70% memory utilisation (768MB/1GB). "
                               "Potential Causes: See the potential causes in the HighCpu alert."})
    family.add(DFE_CPU, None,
               "HighCpu: 'likely received a spike in traffic' is a guess; CPU is null (rule 2)",
               {"alertname": "HighCpu", "grafana_folder": "get-into-teaching-api",
                "app": "get-into-teaching-api-prod", "instance": "0"},
               {"summary": "API instance 0 CPU at 88%",
                "description": "Alerts when any of the API instances exceed 70% CPU utilisation. Potential Causes: "
                               "The API has likely received a spike in traffic that it is struggling to keep up "
                               "with."})
    family.add(DFE_FAILED_JOBS, None,
               "FailedJobs: 'it's likely that the CRM is unavailable' is a guess; failed jobs are null (rule 10)",
               {"alertname": "FailedJobs", "grafana_folder": "get-into-teaching-api",
                "app": "get-into-teaching-api-prod"},
               {"summary": "3 background jobs failed after 24 attempts",
                "description": "Alerts when a background job fails. Jobs are retried once per hour for a maximum "
                               "of 24 attempts/hours before they are deemed as failures. If we get multiple "
                               "failures then it's likely that the CRM is unavailable for some reason."})


def fact_items():
    """Alerts stating their cause as fact: Datadog's Postgres integration monitors and the
    Kubernetes documentation's container status output."""
    family.add(DD_PG_CONN, CPE,
               "Datadog Postgres monitor: connections approaching the connection limit (fact, rule 2)",
               {"alertname": "[Postgres] Number of connections is approaching connection limit on pg-main-01",
                "host": "pg-main-01", "integration": "postgres", "monitor_type": "query alert"},
               {"description": "%%%\nPlease check host pg-main-01, as the Postgres connection pool is approaching "
                               "saturation.\n\navg(last_15m):avg:postgresql.percent_usage_connections{*} > 0.9 "
                               "(value 0.94)\n%%%"})
    family.add(DD_PG_REPL, "replication_lag",
               "Datadog Postgres monitor: replication delay anomalously high (fact)",
               {"alertname": "[Postgres] Replication delay is abnormally high on pg-replica-03",
                "host": "pg-replica-03", "integration": "postgres"},
               {"description": "%%%\nPlease check host pg-replica-03, as replication delay has been abnormally "
                               "high.\n%%%"})
    family.add(K8S_MEMORY_TASK, OOM,
               "a crash-loop alert quoting the container's lastState (reason: OOMKilled, exitCode 137): the cause "
               "stated as fact decides (rule 1)",
               {"alertname": "PodRestartLoop", "severity": "critical", "namespace": "mem-example",
                "pod": "memory-demo-2", "container": "memory-demo-2-ctr"},
               {"summary": "memory-demo-2 restarted 4 times in 15m",
                "description": "lastState:\n   terminated:\n     exitCode: 137\n     reason: OOMKilled"})
    family.add(K8S_MEMORY_TASK, None,
               "FailedScheduling 'Insufficient memory (3)': scheduling capacity, not memory exhaustion (rule 17)",
               {"alertname": "KubernetesEventWarning", "severity": "warning", "namespace": "mem-example",
                "involved_object": "Pod/memory-demo-3", "reason": "FailedScheduling"},
               {"summary": "Pod memory-demo-3 is Pending",
                "description": "FailedScheduling  No nodes are available that match all of the following "
                               "predicates:: Insufficient memory (3)."})
    family.add(K8S_MEMORY_TASK, CL,
               "repeated 'Back-off restarting failed container' events with no reason quoted: a back-off loop",
               {"alertname": "KubernetesEventWarning", "severity": "warning", "namespace": "mem-example",
                "involved_object": "Pod/memory-demo-4", "reason": "BackOff", "count": "9"},
               {"summary": "9 BackOff events for Pod/memory-demo-4 in 10m",
                "description": "Warning BackOff   Back-off restarting failed container"})


def small_runbook_items():
    """Short runbooks whose Diagnosis / Root cause analysis sections list causes."""
    family.add(ATLAS_LAG, QB,
               "consumer lag with the runbook's 'Root cause analysis' list (slow handler, poison message, "
               "dependency outage): guesses; lag decides",
               {"alertname": "KafkaConsumerLagHigh", "severity": "warning", "consumergroup": "reporting-projector",
                "topic": "atlas.orders.events.v1"},
               {"summary": "reporting-projector is 48211 messages behind on atlas.orders.events.v1",
                "description": "Symptoms: reporting/read models stale; increasing event backlog.\nRoot cause "
                               "analysis: slow handler (DB contention); poison message; dependency outage"})
    family.add(ATLAS_OUTBOX, QB,
               "outbox backlog (outbox_pending_count grows) with the checklist 'Verify publisher process is "
               "running', 'Verify broker connectivity/auth': pending messages wait (rule 12)",
               {"alertname": "OutboxBacklogGrowing", "severity": "critical", "service": "orders"},
               {"summary": "orders outbox_pending_count = 12840 and growing",
                "description": "DB state changes exist but downstream services not reacting. Immediate actions: "
                               "1. Verify publisher process is running 2. Inspect outbox table for error status / "
                               "retry count 3. Verify broker connectivity/auth"})
    family.add(ATLAS_OUTBOX, None,
               "messages moved to a dead-letter topic (rule 12): null, whatever 'poison' suggests",
               {"alertname": "DLQMessagesPresent", "severity": "warning", "topic": "atlas.orders.dlq.v1"},
               {"summary": "7 messages on atlas.orders.dlq.v1",
                "description": "Poison messages were moved to DLQ (atlas.orders.dlq.v1) after max 5 retries "
                               "(exponential backoff with jitter)."})
    family.add(FD_ERRORS, HER,
               "API high error rate with the runbook's steps (check deploy timeline, check dependency health)",
               {"alertname": "APIHighErrorRate", "severity": "page", "service": "feasibility-api"},
               {"summary": "Elevated 5xx on feasibility-api: 6.1% over 10m",
                "description": "Immediate actions: Check deploy timeline; Roll back last release if correlated. "
                               "Diagnosis: Inspect error logs with trace_id; Check dependency health."})
    family.add(FD_QUEUE, QB,
               "queue depth increasing with the runbook's Diagnosis list (poison messages, downstream dependency "
               "slow)",
               {"alertname": "QueueBacklog", "severity": "warning", "queue": "site-scoring"},
               {"summary": "site-scoring queue depth increasing (3420 ready)",
                "description": "Diagnosis: Poison messages / retries; Downstream dependency slow. Immediate "
                               "actions: Increase worker concurrency cautiously."})


def reworded_items():
    """The same runbook guesses in other notifiers' frames (PagerDuty, Opsgenie, Slack), where the
    guess is the most prominent text."""
    family.add(po("kubernetes/KubePodCrashLooping.md"), CL,
               "Opsgenie alert: CrashLoopBackOff, the note lists 'misconfiguration causing app crash on start', "
               "'read only filesystem', 'missing files such as configmaps/secrets/volumes' (guesses)",
               {"alertname": "[opsgenie] payments-worker CrashLoopBackOff", "priority": "P2",
                "source": "Prometheus", "namespace": "payments", "reason": "CrashLoopBackOff"},
               {"message": "payments-worker-0 is in CrashLoopBackOff (restarts: 14)",
                "note": "Other things to check: misconfiguration causing app crash on start; missing files such as "
                        "configmaps/secrets/volumes; read only filesystem; wrong user permissions in container"})
    family.add(po("etcd/etcdGRPCRequestsSlow.md"), None,
               "PagerDuty note on an etcd disk fsync alert whose text says 'One of the most common reasons for "
               "slow gRPC requests is disk': disk I/O latency (rule 5)",
               {"alertname": "etcdHighFsyncDurations", "severity": "critical", "pagerduty_service": "k8s-control-plane",
                "instance": "etcd-2.k8s.internal:2379"},
               {"summary": "[FIRING] etcd WAL fsync p99 at 0.91s on etcd-2.k8s.internal:2379",
                "description": "One of the most common reasons for slow gRPC requests is disk. To rule out a slow "
                               "disk and confirm that the disk is reasonably fast, 99th percentile of the "
                               "etcd_disk_wal_fsync_duration_seconds_bucket should be less than 10ms."})
    family.add(osr("cluster-logging-operator/CollectorNodeDown.md"), None,
               "Slack: a metrics endpoint 'not responding' guessed as the cause of a dashboard gap, but the alert "
               "is a no-data alert on a non-liveness metric (rule 8): null",
               {"alertname": "CollectorForwardRateAbsent", "severity": "info", "namespace": "openshift-logging"},
               {"text": "No data for log_forwarder_output_bytes_total in 20m. Possibly the collector pod is down, "
                        "has crashed, is experiencing network connectivity issues, or its metrics port is not "
                        "responding."})
    family.add(MIMIR_RUNBOOK, None,
               "MimirIngesterRestarts-style text for a rolling update (one restart, planned work, rule 9) whose "
               "note guesses a node restart",
               {"alertname": "IngesterRestarted", "severity": "info", "namespace": "mimir",
                "pod": "ingester-zone-b-0"},
               {"summary": "ingester-zone-b-0 restarted once in 30m (StatefulSet rolling update)",
                "description": "The most common cause of this alert is a single cloud providers node restarting. "
                               "Check kubectl get events for NodeNotReady."})
    family.add(DFE_TOO_MANY, None,
               "a guess of automated attack on sign-ups without any refused request: a sign-up rate alert is not "
               "rate_limited (rule 7)",
               {"alertname": "SignUpSpike", "grafana_folder": "get-into-teaching-api",
                "app": "get-into-teaching-api-prod"},
               {"summary": "Mailing list sign ups 4.2x the weekly baseline",
                "description": "A possible cause could be targeted advertising sending high volumes of traffic to "
                               "the website in a short period of time. A more sinister cause would be if the website "
                               "is the target of an automated attack, creating high levels of false sign ups."})
    family.add(osr("openshift-virtualization-operator/VirtControllerRESTErrorsHigh.md"), None,
               "the deprecated VirtControllerRESTErrorsHigh notice ('does not indicate a genuine issue ... may be "
               "safely ignored') sent as an info notice about the rule itself: null",
               {"alertname": "AlertRuleDeprecated", "severity": "info", "rule": "VirtControllerRESTErrorsHigh"},
               {"summary": "Alert rule VirtControllerRESTErrorsHigh is deprecated",
                "description": "This alert has been deprecated; it does not indicate a genuine issue. If "
                               "triggered, it may be safely ignored and silenced."})
    family.add(po("kubernetes/KubeAPIErrorBudgetBurn.md"), HL,
               "Grafana alert on slow apiserver read requests quoting 'it might be too many slow requests': a "
               "latency SLI",
               {"alertname": "KubeAPISlowReadRequests", "grafana_folder": "Kubernetes / API server",
                "verb": "LIST", "resource": "pods"},
               {"summary": "12.4% of LIST pods requests slower than 5s over 1h",
                "description": "If you don't see anything obvious with the error rates, it might be too many slow "
                               "requests."})
    family.add(kv("ClusterVMPanicDetected"), CL,
               "a VM restarting again and again after guest panics (5 restarts in 30m, RunStrategy Always): "
               "repeated restarts decide, the 'broken driver' guess does not",
               {"alertname": "VirtualMachineRestartLoop", "severity": "critical", "namespace": "tenant-c",
                "name": "win2022-app-1"},
               {"summary": "VM tenant-c/win2022-app-1 restarted 5 times in 30m",
                "description": "Guest OS panics detected (type hyper-v). VMs with RunStrategy: Always restart "
                               "automatically but may continue crash-looping. If all affected VMs run on the same "
                               "node, the issue is likely node-specific (hardware, kernel, driver)."})


prometheus_operator_items()
openshift_items()
kubevirt_items()
mimir_items()
dfe_items()
fact_items()
small_runbook_items()
reworded_items()
family.write()
