#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_k8sops23.jsonl: Kubernetes controllers' and operators'
conditions, events and status messages delivered as alerts (an event exporter's alert, a
kube-state-metrics / operator-metrics rule, a GitOps notification, a controller log alert), and
their look-alikes. See the section `probes_k8sops23.jsonl` at the end of
tests/fixtures/corpus/SOURCES.md for sources, labels and decisions.

Labels were decided by hand under POLICY.md before the classifier ran on the file. kubelet and
kube-scheduler wordings are quoted only as other (not held-out) projects' documentation quotes
them; kubernetes/kubernetes itself is held out and was not read.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_k8sops23.jsonl")

KARP = ("aws/karpenter-provider-aws", "website/content/en/docs/troubleshooting.md",
        "1d927085dd81a9df9301e613f371dac5b4d16bfe")
HC = "fluxcd/helm-controller"
HC_C = "0f61a8607a62be64638f2f912d9487e653960a6e"
HC_OOM = (HC, "internal/oomwatch/watch.go", HC_C)
HC_ATOMIC = (HC, "internal/reconcile/atomic_release.go", HC_C)
HC_DOC = (HC, "docs/spec/v2/helmreleases.md", HC_C)
HC_INSTALL = (HC, "internal/reconcile/install.go", HC_C)
ANOT = "argoproj-labs/argocd-notifications"
ANOT_C = "4a1a2a3acded0245fb04f307becef2ced5c29324"
EBS = "kubernetes-sigs/aws-ebs-csi-driver"
EBS_C = "429e202e589798e55c0f8ddcc81b2850b7f000d0"
EBS_FAQ = (EBS, "docs/faq.md", EBS_C)
EBS_METRICS = (EBS, "pkg/metrics/constants.go", EBS_C)


def event(reason, kind, ns, name, message, etype="Warning", source="kubelet", count=None,
          alertname="KubernetesWarningEvent", extra=None):
    """A Kubernetes event forwarded by an event exporter as an Alertmanager alert."""
    labels = {"alertname": alertname, "severity": "warning" if etype == "Warning" else "info",
              "reason": reason, "type": etype, "involved_object_kind": kind,
              "namespace": ns, "involved_object_name": name, "source_component": source}
    if extra:
        labels.update(extra)
    ann = {"summary": f"{kind} {ns}/{name}: {reason}", "message": message}
    if count:
        ann["description"] = f"{reason} ({source}) seen {count} times in the last 15m: {message}"
    return labels, ann


def log_alert(alertname, ns, pod, container, line, count, window="10m", severity="warning"):
    """A Loki ruler alert counting a controller's log line."""
    labels = {"alertname": alertname, "severity": severity, "namespace": ns, "pod": pod,
              "container": container}
    ann = {"summary": f"{container} in {ns} logged {count} matching lines in {window}",
           "description": f"Last matching line from {pod}:\n{line}"}
    return labels, ann


# ------------------------------------------------------------ Karpenter's troubleshooting guide
family.add(KARP, "dns_failure",
           "Karpenter troubleshooting: STS credentials failing on 'dial tcp: lookup sts...: i/o "
           "timeout' (rule 13: a lookup that times out is dns_failure)",
           *log_alert("KarpenterControllerErrors", "kube-system", "karpenter-6b9c7d5f8-q2lzx",
                      "controller",
                      "Checking EC2 API connectivity, WebIdentityErr: failed to retrieve credentials\n"
                      "caused by: RequestError: send request failed\ncaused by: Post "
                      "\"https://sts.eu-west-1.amazonaws.com/\": dial tcp: lookup "
                      "sts.eu-west-1.amazonaws.com: i/o timeout", 14))
family.add(KARP, "upstream_timeout",
           "Karpenter troubleshooting: pricing update 'dial tcp 52.94.231.236:443: i/o timeout' "
           "(rules 11, 13: a connect timeout to the API it calls)",
           *log_alert("KarpenterPricingUpdateFailing", "karpenter", "karpenter-7f5d8c9b4-mx7tn",
                      "controller",
                      "ERROR   controller.aws.pricing  updating on-demand pricing, RequestError: send "
                      "request failed\ncaused by: Post \"https://api.pricing.us-east-1.amazonaws.com/\": "
                      "dial tcp 52.94.231.236:443: i/o timeout; RequestError: send request failed", 6,
                      window="1h"))
family.add(KARP, "node_down",
           "Karpenter troubleshooting: node NotReady with KubeletNotReady 'runtime network not "
           "ready ... cni plugin not initialized' (rule 4: NodeNotReady)",
           {"alertname": "KubeNodeNotReady", "severity": "warning",
            "node": "ip-10-12-88-140.eu-west-1.compute.internal", "condition": "Ready",
            "status": "false", "job": "kube-state-metrics"},
           {"summary": "Node is not ready.",
            "description": "ip-10-12-88-140.eu-west-1.compute.internal has been unready for more "
                           "than 15 minutes. Condition Ready=False, reason KubeletNotReady: runtime "
                           "network not ready: NetworkReady=false reason:NetworkPluginNotReady "
                           "message:Network plugin returns error: cni plugin not initialized"})
family.add(KARP, None,
           "Karpenter troubleshooting: FailedMount 'Unable to attach or mount volumes ... timed "
           "out waiting for the condition' (a wait for a volume's state, rule 13; decision 1)",
           *event("FailedMount", "Pod", "payments", "ledger-db-0",
                  "Unable to attach or mount volumes: unmounted volumes=[data], unattached "
                  "volumes=[data kube-api-access-7xq2c]: timed out waiting for the condition",
                  count=4))
family.add(KARP, None,
           "Karpenter troubleshooting: FailedAttachVolume 'expected device to be attached but "
           "was attaching' (a volume attachment, no signature)",
           *event("FailedAttachVolume", "Pod", "search", "opensearch-data-2",
                  "AttachVolume.Attach failed for volume \"pvc-0b7e4c1a-5d2f-4e61-9a0c-3f8e21d7b6a4\" "
                  ": rpc error: code = Internal desc = Could not attach volume "
                  "\"vol-0c41f7a9e2b3d5861\" to node \"i-0a9d3e7f1c2b45e68\": attachment of disk "
                  "\"vol-0c41f7a9e2b3d5861\" failed, expected device to be attached but was attaching",
                  source="attachdetach-controller"))
family.add(KARP, None,
           "Karpenter troubleshooting: FailedCreatePodSandBox 'failed to assign an IP address to "
           "container' (IP exhaustion; FailedCreatePodSandBox stays null as in the corpus)",
           *event("FailedCreatePodSandBox", "Pod", "checkout", "cart-api-5f6c9d7b8-2kqvd",
                  "Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup "
                  "network for sandbox \"4e1d0b7a9c3f2e8d6b5a4c3e2f1d0b9a8c7e6f5d4c3b2a1f0e9d8c7b6a5f4e3d\": "
                  "plugin type=\"aws-cni\" name=\"aws-cni\" failed (add): add cmd: failed to assign "
                  "an IP address to container", count=9))
family.add(KARP, None,
           "Karpenter troubleshooting: kubelet 'running with swap on is not supported, please "
           "disable swap!' (a configuration error; swap configured, not swapping)",
           *log_alert("KubeletStartFailed", "kube-system", "node-journal-ip-10-20-4-17", "kubelet",
                      "\"command failed\" err=\"failed to run Kubelet: running with swap on is not "
                      "supported, please disable swap!\"", 1, window="30m"))
family.add(KARP, None,
           "Karpenter troubleshooting: 'Unable to register node with API server' err=Unauthorized "
           "(an authentication failure)",
           *log_alert("KubeletRegistrationErrors", "kube-system", "node-journal-ip-192-168-67-130",
                      "kubelet",
                      "\"Unable to register node with API server\" err=\"Unauthorized\" "
                      "node=\"ip-192-168-67-130.ec2.internal\"", 22))
family.add(KARP, None,
           "Karpenter troubleshooting: 'Could not launch node ... InvalidBlockDeviceMapping' (a "
           "launch template error)",
           *log_alert("KarpenterLaunchErrors", "karpenter", "karpenter-7f5d8c9b4-mx7tn", "controller",
                      "ERROR controller.provisioning Could not launch node, launching instances, with "
                      "fleet error(s), InvalidBlockDeviceMapping: Invalid device name /dev/xvda; ...",
                      5))
family.add(KARP, None,
           "Karpenter troubleshooting: 'no instance type met the scheduling requirements or had a "
           "required offering' (scheduling capacity, rule 17)",
           *log_alert("KarpenterUnschedulablePods", "karpenter", "karpenter-6b9c7d5f8-q2lzx",
                      "controller",
                      "ERROR controller.provisioner could not schedule pod, incompatible with nodepool "
                      "\"default\", no instance type met the scheduling requirements or had a required "
                      "offering {\"Pod\": {\"name\":\"trainer-0\",\"namespace\":\"ml\"}}", 31))
family.add(KARP, None,
           "Karpenter troubleshooting: NodeClaim ConsistentStateFound=False 'Consistency Check "
           "Failed' (readiness of a custom resource, rule 5)",
           {"alertname": "KarpenterNodeClaimInconsistent", "severity": "warning",
            "kind": "NodeClaim", "type": "ConsistentStateFound", "status": "False",
            "name": "default-x7k2p"},
           {"summary": "NodeClaim default-x7k2p: ConsistentStateFound is False",
            "description": "operator_status_condition_count{type=\"ConsistentStateFound\",kind="
                           "\"NodeClaim\",status=\"False\"} > 0 for 15m. reason: ConsistencyCheckFailed, "
                           "message: Consistency Check Failed"})
family.add(KARP, None,
           "Karpenter troubleshooting: 'Failed to pull image ... no match for platform in manifest' "
           "(an image pull failure, as ImagePullBackOff)",
           *event("Failed", "Pod", "win-apps", "iis-frontend-6d8f7b9c5-lq4wz",
                  "Failed to pull image \"mcr.microsoft.com/windows/servercore:ltsc2022\": rpc error: "
                  "code = NotFound desc = failed to pull and unpack image "
                  "\"mcr.microsoft.com/windows/servercore:ltsc2022\": no match for platform in "
                  "manifest: not found", count=3))
family.add(KARP, None,
           "Karpenter troubleshooting: 'inflight check failed for node, Expected resource ... "
           "didn't register on the node' (a node not initialised, not down)",
           *log_alert("KarpenterInflightCheckFailed", "karpenter", "karpenter-6b9c7d5f8-q2lzx",
                      "controller",
                      "inflight check failed for node, Expected resource \"vpc.amazonaws.com/pod-eni\" "
                      "didn't register on the node", 3, window="1h"))

# ------------------------------------------------------------ Flux helm-controller
family.add(HC_OOM, "out_of_memory",
           "helm-controller oomwatch: 'Memory usage is near OOM (x/y), shutting down' (rule 2: "
           "memory near its limit)",
           *log_alert("FluxControllerNearOOM", "flux-system", "helm-controller-5c7d9f6b8-kq2wn",
                      "manager",
                      "{\"level\":\"info\",\"ts\":\"2026-11-02T08:14:51.227Z\",\"logger\":\"setup\","
                      "\"msg\":\"Memory usage is near OOM (973.4 MiB/1.0 GiB), shutting down\"}", 2,
                      window="30m"))
family.add(HC_DOC, None,
           "helm-controller: Stalled RetriesExceeded 'Failed to install after 1 attempt(s)' "
           "(a failed deploy, rule 10; no restart loop)",
           {"alertname": "FluxHelmReleaseNotReady", "severity": "warning", "kind": "HelmRelease",
            "exported_namespace": "podinfo", "name": "podinfo", "reason": "RetriesExceeded",
            "type": "Stalled"},
           {"summary": "HelmRelease podinfo/podinfo is stalled",
            "description": "Failed to install after 1 attempt(s)\nReady=False TestFailed: Helm test "
                           "failed for release podinfo/podinfo.v1 with chart podinfo@6.5.3: 1 error "
                           "occurred:\n* pod podinfo-fault-test-a0tew failed"})
family.add(HC_INSTALL, None,
           "helm-controller: 'Helm install failed for release ... : context deadline exceeded' "
           "(a deploy tool's wait for a resource state, rule 13)",
           {"alertname": "FluxReconciliationFailure", "severity": "error", "kind": "HelmRelease",
            "exported_namespace": "monitoring", "name": "kube-prometheus-stack",
            "reason": "InstallFailed", "controller": "helm-controller"},
           {"summary": "HelmRelease monitoring/kube-prometheus-stack reconciliation failed",
            "description": "Helm install failed for release monitoring/kube-prometheus-stack with "
                           "chart kube-prometheus-stack@65.1.1: context deadline exceeded"})

# ------------------------------------------------------------ Argo CD notifications catalog
family.add((ANOT, "catalog/templates/app-health-degraded.yaml", ANOT_C), None,
           "argocd-notifications app-health-degraded: 'Application X has degraded.' (health of a "
           "custom resource, rule 5; decision 2)",
           {"alertname": "ArgoCDAppHealthDegraded", "severity": "warning", "app": "billing-api",
            "health_status": "Degraded", "project": "payments"},
           {"summary": "Application billing-api has degraded.",
            "description": "Application billing-api has degraded.\nApplication details: "
                           "https://argocd.example.internal/applications/billing-api."})

# ------------------------------------------------------------ AWS EBS CSI driver
family.add(EBS_FAQ, None,
           "EBS CSI FAQ: FailedAttachVolume 'Multi-Attach error ... Volume is already exclusively "
           "attached to one node' (a volume still attached elsewhere)",
           *event("FailedAttachVolume", "Pod", "data", "kafka-1",
                  "Multi-Attach error for volume \"pvc-4a86c32c-fbce-11ea-b7d2-0ad358e4e824\" Volume "
                  "is already exclusively attached to one node and can't be attached to another",
                  source="attachdetach-controller", count=12))
family.add(EBS_METRICS, "rate_limited",
           "EBS CSI metric aws_ebs_csi_api_request_throttles_total 'Total number of throttled AWS "
           "SDK API requests' rising (rule 7: throttled requests)",
           {"alertname": "EBSCSIDriverAPIThrottled", "severity": "warning",
            "namespace": "kube-system", "pod": "ebs-csi-controller-7d9c8b6f5-w4x2m",
            "request": "AttachVolume"},
           {"summary": "EBS CSI controller requests to EC2 are being throttled",
            "description": "increase(aws_ebs_csi_api_request_throttles_total{request=\"AttachVolume\"}"
                           "[10m]) = 37: throttled AWS SDK API requests from ebs-csi-controller-7d9c8b6f5-w4x2m."})


# ------------------------------------------------------------ Argo Workflows (controller events, metrics)
AW = "argoproj/argo-workflows"
AW_C = "f016ad89eb269d282aec06dc491c29f396a38df4"
AW_OP = (AW, "workflow/controller/operator.go", AW_C)
AW_METRICS = (AW, "docs/metrics.md", AW_C)

family.add(AW_OP, "out_of_memory",
           "argo-workflows recordNodePhaseEvent: WorkflowNodeFailed 'Failed node ...: main: "
           "OOMKilled (exit code 137)' (rule 8: one termination with an OOM hint)",
           *event("WorkflowNodeFailed", "Workflow", "etl", "nightly-rollup-7h2kq",
                  "Failed node nightly-rollup-7h2kq[2].aggregate: main: OOMKilled (exit code 137)",
                  source="workflow-controller"))
family.add(AW_OP, None,
           "argo-workflows: WorkflowTimedOut 'Workflow timed out' (a time limit on its own run, "
           "rule 10)",
           *event("WorkflowTimedOut", "Workflow", "ml-pipelines", "feature-backfill-cron-1764806400",
                  "Workflow timed out", source="workflow-controller"))
family.add(AW_OP, None,
           "argo-workflows: retry strategy 'Backoff would exceed max duration limit' (a job that "
           "failed after its retries, rule 10; a retry back-off is not a restart loop)",
           *event("WorkflowNodeFailed", "Workflow", "data-sync", "s3-mirror-wl9xd",
                  "Failed node s3-mirror-wl9xd[0].copy-objects: Backoff would exceed max duration limit",
                  source="workflow-controller"))
family.add(AW_METRICS, "queue_backlog",
           "argo-workflows metric queue_depth_gauge: 'If these get large then the workflow "
           "controller is not keeping up' (rule 4: workqueue depth)",
           {"alertname": "ArgoWorkflowsQueueDepthHigh", "severity": "warning",
            "namespace": "argo", "queue_name": "workflow_queue", "job": "workflow-controller-metrics"},
           {"summary": "Argo workflow controller queue workflow_queue is growing",
            "description": "argo_workflows_queue_depth_gauge{queue_name=\"workflow_queue\"} = 1843 "
                           "(> 500 for 15m): the workflow controller is not keeping up with the cluster."})
family.add(AW_METRICS, "out_of_memory",
           "argo-workflows metric pod_restarts_total reason=Evicted condition=MemoryPressure "
           "(rule 2: memory pressure; rule 3: label evidence)",
           {"alertname": "ArgoWorkflowPodsEvicted", "severity": "warning", "namespace": "genomics",
            "reason": "Evicted", "condition": "MemoryPressure"},
           {"summary": "Workflow pods in genomics are being restarted after eviction",
            "description": "increase(argo_workflows_pod_restarts_total{reason=\"Evicted\","
                           "condition=\"MemoryPressure\",namespace=\"genomics\"}[30m]) = 6"})
family.add(AW_METRICS, "disk_full",
           "argo-workflows metric pod_restarts_total reason=Evicted condition=DiskPressure "
           "(rule 2: disk pressure; rule 3: label evidence)",
           {"alertname": "ArgoWorkflowPodsEvicted", "severity": "warning", "namespace": "ci-builds",
            "reason": "Evicted", "condition": "DiskPressure"},
           {"summary": "Workflow pods in ci-builds are being restarted after eviction",
            "description": "increase(argo_workflows_pod_restarts_total{reason=\"Evicted\","
                           "condition=\"DiskPressure\",namespace=\"ci-builds\"}[30m]) = 11"})
family.add(AW_METRICS, None,
           "argo-workflows metric pod_restarts_total reason=NodeShutdown (a graceful node "
           "shutdown, rule 9; one automatic re-run per pod)",
           {"alertname": "ArgoWorkflowPodsRestarted", "severity": "info", "namespace": "reports",
            "reason": "NodeShutdown"},
           {"summary": "Workflow pods in reports were restarted by the controller",
            "description": "increase(argo_workflows_pod_restarts_total{reason=\"NodeShutdown\","
                           "namespace=\"reports\"}[1h]) = 3: pods automatically restarted due to "
                           "infrastructure failures before the main container started."})
family.add(AW_METRICS, "rate_limited",
           "argo-workflows metric k8s_request_total with status_code=429 (rule 3: 429 is "
           "rate_limited)",
           {"alertname": "ArgoWorkflowsKubeAPIThrottled", "severity": "warning",
            "namespace": "argo", "status_code": "429", "verb": "List", "kind": "pods"},
           {"summary": "Workflow controller requests to the Kubernetes API are refused",
            "description": "sum(rate(argo_workflows_k8s_request_total{status_code=\"429\"}[5m])) = "
                           "4.2 req/s"})
family.add(AW_METRICS, None,
           "argo-workflows metric log_messages{level=error} rising (rule 8: a count of error log "
           "lines is not high_error_rate)",
           {"alertname": "ArgoWorkflowsControllerErrors", "severity": "warning", "namespace": "argo",
            "level": "error"},
           {"summary": "Workflow controller is logging errors",
            "description": "increase(argo_workflows_log_messages{level=\"error\"}[10m]) = 87"})

# ------------------------------------------------------------ descheduler
DS = ("kubernetes-sigs/descheduler", "pkg/descheduler/evictions/evictions.go",
      "7d2b28bf2b6a12810317936d909af0270ff38fa3")
family.add(DS, None,
           "descheduler: 'pod eviction from X node by sigs.k8s.io/descheduler' (LowNodeUtilization; "
           "an eviction done on purpose, rule 9)",
           *event("LowNodeUtilization", "Pod", "web", "storefront-6b8d9c7f5-p4tzq",
                  "pod eviction from ip-10-31-7-202.eu-central-1.compute.internal node by "
                  "sigs.k8s.io/descheduler", etype="Normal", source="sigs.k8s.io/descheduler",
                  alertname="KubernetesEvent"))
family.add(DS, None,
           "descheduler: EvictionFailed '... failed: total eviction limit exceeded (10)' (the "
           "descheduler's own cap on evictions per run; no request throttled)",
           *event("EvictionFailed", "Pod", "web", "search-frontend-7c9f8d6b4-vx2lm",
                  "pod eviction from gke-prod-pool-3-9a7c1e2f-kl4m node by sigs.k8s.io/descheduler "
                  "failed: total eviction limit exceeded (10)", source="sigs.k8s.io/descheduler",
                  count=7))

# ------------------------------------------------------------ ECK
ECK = ("elastic/cloud-on-k8s", "pkg/controller/elasticsearch/reconcile/state.go",
       "7b93383d8ec1569ba99bdf9e59ad70a813fe99f8")
family.add(ECK, None,
           "ECK: Unhealthy 'Elasticsearch cluster health degraded' (cluster health, rule 5)",
           *event("Unhealthy", "Elasticsearch", "logging", "logs-prod",
                  "Elasticsearch cluster health degraded", source="elasticsearch-controller"))

# ------------------------------------------------------------ kube-lego
KL = ("jetstack/kube-lego", "pkg/ingress/tls.go", "bac4b8f3047171a181b939dfa63d3dc1ca1a2860")
family.add(KL, None,
           "kube-lego: 'cert expires in N days, no renewal needed' (a routine status line, rule 14)",
           *log_alert("KubeLegoCertificateLog", "kube-lego", "kube-lego-6f7b8c9d5-2xwqk", "kube-lego",
                      "level=info msg=\"cert expires in 63.2 days, no renewal needed\" context=ingress_tls "
                      "expire_time=2027-02-05 13:02:11 +0000 UTC name=shop-web namespace=storefront", 1,
                      window="1h", severity="info"))

# ------------------------------------------------------------ OpenShift runbooks
RB = "openshift/runbooks"
RB_C = "82bd2d9d3789e76f8a8202f8a9ee0f0639cc5b73"
family.add((RB, "alerts/machine-config-operator/MachineConfigControllerDrainError.md", RB_C), None,
           "OpenShift runbook MCCDrainError: the MCO fails to drain a node (a failed drain, "
           "no signature)",
           {"alertname": "MCCDrainError", "severity": "warning", "namespace": "openshift-machine-config-operator",
            "exported_node": "worker-2.ocp4.example.lan"},
           {"summary": "Alerts the user to a failed node drain. Always triggers when the failure "
                       "happens one or more times.",
            "description": "Drain failed on worker-2.ocp4.example.lan, updates may be blocked. The "
                           "MCO is unable to drain the node for an hour."})
family.add((RB, "alerts/cluster-kube-controller-manager-operator/PodDisruptionBudgetAtLimit.md", RB_C),
           None,
           "OpenShift runbook PodDisruptionBudgetAtLimit: a PDB at its minimum disruptions allowed "
           "(no signature)",
           {"alertname": "PodDisruptionBudgetAtLimit", "severity": "warning", "namespace": "kafka",
            "poddisruptionbudget": "broker-pdb"},
           {"summary": "The pod disruption budget is preventing further disruption to pods.",
            "description": "The pod disruption budget is at the minimum disruptions allowed level. "
                           "The number of current healthy pods is equal to the desired healthy pods."})


# ------------------------------------------------------------ issue threads quoting fired messages
MS = "kubernetes-sigs/metrics-server"
family.add_thread("dns_failure", MS, 223,
                  "metrics-server 'unable to fully scrape metrics ... dial tcp: lookup kube-node1 on "
                  "10.96.0.10:53: no such host' (rule 7: resolution fails)",
                  *log_alert("MetricsServerScrapeErrors", "kube-system", "metrics-server-7b4c6d9f8-2mzqp",
                             "metrics-server",
                             "E0311 09:55:34.465238       1 manager.go:102] unable to fully collect metrics: "
                             "[unable to fully scrape metrics from source kubelet_summary:kube-node1: unable "
                             "to fetch metrics from Kubelet kube-node1 (kube-node1): Get "
                             "https://kube-node1:10250/stats/summary/: dial tcp: lookup kube-node1 on "
                             "10.96.0.10:53: no such host]", 40))
family.add_thread("dns_failure", MS, 167,
                  "metrics-server 'dial tcp: lookup k8s-node-1 on 10.96.0.10:53: read udp ...: i/o "
                  "timeout' (rule 13: a lookup that times out)",
                  *log_alert("MetricsServerScrapeErrors", "kube-system", "metrics-server-5f8d7c6b9-hq4lx",
                             "metrics-server",
                             "E1101 06:08:08.455843       1 manager.go:102] unable to fully collect metrics: "
                             "[unable to fully scrape metrics from source kubelet_summary:k8s-node-1: unable "
                             "to fetch metrics from Kubelet k8s-node-1 (k8s-node-1): Get "
                             "https://k8s-node-1:10250/stats/summary/: dial tcp: lookup k8s-node-1 on "
                             "10.96.0.10:53: read udp 10.244.2.27:54765->10.96.0.10:53: i/o timeout]", 18))
family.add_thread("node_down", MS, 131,
                  "metrics-server 'dial tcp 10.10.240.143:10255: connect: connection refused' from "
                  "every kubelet (rule 11: the peer refuses)",
                  {"alertname": "KubeletMetricsUnavailable", "severity": "warning",
                   "namespace": "kube-system", "node": "linuxea.node-3.com"},
                  {"summary": "metrics-server cannot reach the kubelet on linuxea.node-3.com",
                   "description": "unable to fetch metrics from Kubelet linuxea.node-3.com (10.10.240.143): "
                                  "Get https://10.10.240.143:10255/stats/summary/: dial tcp "
                                  "10.10.240.143:10255: connect: connection refused"})
family.add_thread("node_down", MS, 457,
                  "metrics-server '... dial tcp 192.168.17.131:10250: connect: no route to host' "
                  "(rule 11)",
                  *log_alert("MetricsServerScrapeErrors", "kube-system", "metrics-server-84f6d859f6-qmf4c",
                             "metrics-server",
                             "E0306 03:58:11.940331       1 manager.go:111] unable to fully collect metrics: "
                             "[unable to fully scrape metrics from source kubelet_summary:k8s-node01: unable "
                             "to fetch metrics from Kubelet k8s-node01 (192.168.17.131): Get "
                             "https://192.168.17.131:10250/stats/summary?only_cpu_and_memory=true: dial tcp "
                             "192.168.17.131:10250: connect: no route to host]", 12))
family.add_thread("upstream_timeout", MS, 1081,
                  "metrics-server '\"Failed to scrape node\" err=\"Get ...: context deadline exceeded\"' "
                  "(rule 13: the scraper gave up on the kubelet it called)",
                  *log_alert("MetricsServerScrapeErrors", "kube-system", "metrics-server-6c9f7d8b5-ww7kr",
                             "metrics-server",
                             "E0826 00:50:40.396391       1 scraper.go:140] \"Failed to scrape node\" "
                             "err=\"Get \\\"https://192.168.65.4:10250/metrics/resource\\\": context deadline "
                             "exceeded\" node=\"docker-desktop\"", 24))
family.add_thread(None, MS, 202,
                  "metrics-server 'HTTP/1.x transport connection broken: malformed HTTP response' (a "
                  "protocol mismatch, no signature)",
                  *log_alert("MetricsServerScrapeErrors", "kube-system", "metrics-server-7d8f9c6b5-kx2vn",
                             "metrics-server",
                             "E0115 02:59:40.074225       1 manager.go:102] unable to fully collect metrics: "
                             "[unable to fully scrape metrics from source kubelet_summary:node-01: unable to "
                             "fetch metrics from Kubelet node-01 (node-01): Get "
                             "http://node-01:10250/stats/summary/: net/http: HTTP/1.x transport connection "
                             "broken: malformed HTTP response \"\\x15\\x03\\x01\\x00\\x02\\x02\"]", 30))

KLR = "jetstack/kube-lego"
family.add_thread("rate_limited", KLR, 272,
                  "kube-lego '429 urn:acme:error:rateLimited: Error creating new registration :: too "
                  "many registrations for this IP' (rule 3: an ACME 429)",
                  *log_alert("KubeLegoErrors", "kube-lego", "kube-lego-85d6c7f9b4-9wq2r", "kube-lego",
                             "time=\"2017-11-10T13:06:45Z\" level=error msg=\"Error while processing "
                             "certificate requests: 429 urn:acme:error:rateLimited: Error creating new "
                             "registration :: too many registrations for this IP\" context=kubelego", 57,
                             window="1h"))
family.add_thread("rate_limited", KLR, 276,
                  "kube-lego '429 urn:acme:error:rateLimited: Error creating new authz :: Too many "
                  "failed authorizations recently.' (rule 3)",
                  {"alertname": "CertificateRequestFailing", "severity": "warning",
                   "namespace": "kube-lego", "domain": "shop.example.org"},
                  {"summary": "kube-lego cannot obtain a certificate for shop.example.org",
                   "description": "error while authorizing: getting authorization failed: 429 "
                                  "urn:acme:error:rateLimited: Error creating new authz :: Too many "
                                  "failed authorizations recently."})
family.add_thread(None, KLR, 276,
                  "kube-lego 'waiting for authorization failed: acme: identifier authorization failed' "
                  "(a failed ACME challenge, no signature)",
                  {"alertname": "CertificateRequestFailing", "severity": "warning",
                   "namespace": "kube-lego", "domain": "api.example.org"},
                  {"summary": "kube-lego cannot obtain a certificate for api.example.org",
                   "description": "error while authorizing: waiting for authorization failed: acme: "
                                  "identifier authorization failed"})
family.add_thread(None, "cloudposse/docs", 173,
                  "kube-lego '403 urn:acme:error:unauthorized: No registration exists matching "
                  "provided key' (an authorization failure)",
                  *log_alert("KubeLegoErrors", "kube-lego", "tls-kube-lego-5bb7556d7d-k94gm", "kube-lego",
                             "level=warning msg=\"authorization failed after 1m0s: getting authorization "
                             "failed: 403 urn:acme:error:unauthorized: No registration exists matching "
                             "provided key\" context=acme domain=pr-1693.app.us-west-2.staging.example.net",
                             9, window="1h"))

HCR = "fluxcd/helm-controller"
family.add_thread("out_of_memory", HCR, 349,
                  "helm-controller pod lastState terminated reason OOMKilled exitCode 137 (rule 8: one "
                  "OOM kill decides)",
                  {"alertname": "KubeContainerOOMKilled", "severity": "warning",
                   "namespace": "flux-system", "pod": "helm-controller-f56848c5-gsd44",
                   "container": "manager", "reason": "OOMKilled"},
                  {"summary": "Container manager in flux-system/helm-controller-f56848c5-gsd44 was OOMKilled",
                   "description": "lastState.terminated: exitCode 137, reason OOMKilled, finishedAt "
                                  "2021-11-02T17:40:29Z; restartCount 1; memory limit 1Gi"})
family.add_thread(None, HCR, 701,
                  "helm-controller 'reconciliation failed: install retries exhausted' (a failed deploy, "
                  "rule 10; no restart loop)",
                  *event("error", "HelmRelease", "default", "nginx-testing-1",
                         "reconciliation failed: install retries exhausted", source="helm-controller",
                         count=14))
family.add_thread(None, HCR, 454,
                  "helm-controller Reconciler error 'upgrade retries exhausted' (a failed deploy, rule 10)",
                  *log_alert("FluxReconcilerErrors", "flux-system", "helm-controller-7d6b9c8f5-jq2wm",
                             "manager",
                             "{\"level\":\"error\",\"ts\":\"2021-09-30T08:01:41.124Z\",\"logger\":"
                             "\"controller.helmrelease\",\"msg\":\"Reconciler error\",\"reconciler group\":"
                             "\"helm.toolkit.fluxcd.io\",\"reconciler kind\":\"HelmRelease\",\"name\":\"infra\","
                             "\"namespace\":\"monitoring\",\"error\":\"upgrade retries exhausted\"}", 33))

IU = "argoproj-labs/argocd-image-updater"
family.add_thread("rate_limited", IU, 313,
                  "argocd-image-updater 'http: non-successful response (status=429 body=\"Quota "
                  "Exceeded.\")' from gcr.io (rule 3)",
                  *log_alert("ArgoImageUpdaterErrors", "argocd", "argocd-image-updater-6d5b8c7f9-z8klm",
                             "argocd-image-updater",
                             "time=\"2021-12-07T11:43:59Z\" level=error msg=\"error fetching metadata for "
                             "dev-collection/data-utils-server:0.46: Get \\\"https://gcr.io/v2/acme-prod/"
                             "data-utils-server/blobs/sha256:97a804dd72026a88ca41869d3d998033ce8c1073af2c621616e15d059a4fb98a\\\": "
                             "http: non-successful response (status=429 body=\\\"Quota Exceeded.\\\")\"", 212))
family.add_thread("upstream_timeout", IU, 1057,
                  "argocd-image-updater 'Could not get tags from registry: ... context deadline exceeded "
                  "(Client.Timeout exceeded while awaiting headers)' (rule 13)",
                  *log_alert("ArgoImageUpdaterErrors", "argocd", "argocd-image-updater-7c9d5f6b8-p2xvq",
                             "argocd-image-updater",
                             "Could not get tags from registry: Get \"https://registry.gitlab.example.com/v2/"
                             "team/service/billing/tags/list\": Get \"https://gitlab.example.com/jwt/auth?"
                             "account=image-updater&scope=repository%3Ateam%2Fservice%2Fbilling%3Apull&service="
                             "container_registry\": context deadline exceeded (Client.Timeout exceeded while "
                             "awaiting headers)", 16))


# ------------------------------------------------------------ AWS SDK request metrics of the EBS CSI driver
family.add(EBS_METRICS, "high_error_rate",
           "EBS CSI metric aws_ebs_csi_api_request_errors_total 'Total number of AWS SDK API errors "
           "by error code and request type' as a share of AttachVolume calls (rule 4: failed requests)",
           {"alertname": "EBSCSIDriverAPIErrors", "severity": "warning", "namespace": "kube-system",
            "request": "AttachVolume", "error_code": "IncorrectState"},
           {"summary": "EBS CSI controller: 18% of AttachVolume requests to EC2 fail",
            "description": "sum(rate(aws_ebs_csi_api_request_errors_total{request=\"AttachVolume\"}[10m])) / "
                           "sum(rate(aws_ebs_csi_api_request_duration_seconds_count{request=\"AttachVolume\"}[10m])) "
                           "= 0.18 (> 0.05)"})
family.add(EBS_METRICS, "high_latency",
           "EBS CSI metric aws_ebs_csi_api_request_duration_seconds 'AWS SDK API request duration by "
           "request type' p99 (rule 4: request time)",
           {"alertname": "EBSCSIDriverAPISlow", "severity": "warning", "namespace": "kube-system",
            "request": "CreateVolume"},
           {"summary": "EBS CSI controller: CreateVolume requests to EC2 are slow",
            "description": "histogram_quantile(0.99, sum by (le) (rate(aws_ebs_csi_api_request_duration_seconds_bucket"
                           "{request=\"CreateVolume\"}[10m]))) = 11.8s (> 5s for 15m)"})
family.add(EBS_METRICS, "rate_limited",
           "EBS CSI metric aws_ebs_csi_api_request_errors_total with error_code=RequestLimitExceeded "
           "(rule 3: the throttling code is label evidence)",
           {"alertname": "EBSCSIDriverAPIErrors", "severity": "warning", "namespace": "kube-system",
            "request": "DescribeVolumes", "error_code": "RequestLimitExceeded"},
           {"summary": "EBS CSI controller: DescribeVolumes requests to EC2 fail",
            "description": "increase(aws_ebs_csi_api_request_errors_total{request=\"DescribeVolumes\","
                           "error_code=\"RequestLimitExceeded\"}[10m]) = 64"})

# ------------------------------------------------------------ Argo Workflows' Kubernetes API request metrics
family.add(AW_METRICS, "high_latency",
           "argo-workflows metric k8s_request_duration (timings of k8s_request_total) p99 (rule 4: "
           "request time)",
           {"alertname": "ArgoWorkflowsKubeAPISlow", "severity": "warning", "namespace": "argo",
            "verb": "Update", "kind": "workflows"},
           {"summary": "Workflow controller requests to the Kubernetes API are slow",
            "description": "histogram_quantile(0.99, sum by (le, verb) (rate(argo_workflows_k8s_request_duration_bucket"
                           "{kind=\"workflows\"}[5m]))) = 4.7s for verb Update (> 1s for 10m)"})
family.add(AW_METRICS, "high_error_rate",
           "argo-workflows metric k8s_request_total share of status_code 5xx (rule 4)",
           {"alertname": "ArgoWorkflowsKubeAPIErrors", "severity": "warning", "namespace": "argo"},
           {"summary": "Workflow controller requests to the Kubernetes API fail",
            "description": "sum(rate(argo_workflows_k8s_request_total{status_code=~\"5..\"}[5m])) / "
                           "sum(rate(argo_workflows_k8s_request_total[5m])) = 12.4% (> 5%)"})

# ------------------------------------------------------------ more issue threads
family.add_thread("certificate_expiry", MS, 1059,
                  "metrics-server '\"Unable to authenticate the request\" err=\"[x509: certificate has "
                  "expired or is not yet valid: current time ... is after ...' (rule 1: an expired "
                  "certificate)",
                  *log_alert("MetricsServerErrors", "kube-system", "metrics-server-5d9c8f7b6-qt2lx",
                             "metrics-server",
                             "E0711 08:59:43.118702       1 authentication.go:63] \"Unable to authenticate the "
                             "request\" err=\"[x509: certificate has expired or is not yet valid: current time "
                             "2022-07-11T08:59:43Z is after 2022-06-10T10:35:56Z, verifying certificate "
                             "SN=13434937848727689, SKID=, AKID=24:E2:DE:08:37:16 failed: x509: certificate "
                             "has expired or is not yet valid]\"", 48))
KP = "aws/karpenter-provider-aws"
family.add_thread("crash_loop", KP, 4275,
                  "Karpenter controller pod keeps restarting on 'panic: validating settings, Key: "
                  "'Settings.ClusterName' ... failed on the 'required' tag' (rule 7: repeated restarts)",
                  {"alertname": "KarpenterControllerRestarting", "severity": "critical",
                   "namespace": "karpenter", "pod": "karpenter-6f9b7c5d8-r4t2x", "container": "controller"},
                  {"summary": "Karpenter controller restarted 9 times in the last 30 minutes",
                   "description": "increase(kube_pod_container_status_restarts_total{namespace=\"karpenter\","
                                  "container=\"controller\"}[30m]) = 9. Last log line before exit: panic: "
                                  "validating settings, Key: 'Settings.ClusterName' Error:Field validation "
                                  "for 'ClusterName' failed on the 'required' tag"})
ECKR = "elastic/cloud-on-k8s"
family.add_thread("out_of_memory", ECKR, 1076,
                  "ECK cluster pods 'some with OOMKilled others fall into CrashLoopBackOff' (rule 1: the "
                  "OOM kill is the cause of the loop)",
                  {"alertname": "ElasticsearchPodsRestarting", "severity": "critical",
                   "namespace": "search", "elasticsearch_cluster": "es-poc",
                   "pod": "es-poc-es-data-1", "reason": "OOMKilled"},
                  {"summary": "Elasticsearch es-poc: data pods are crash looping",
                   "description": "es-poc-es-data-1 is in CrashLoopBackOff (6 restarts in 30m); last "
                                  "termination reason OOMKilled, exit code 137"})
family.add_thread("crash_loop", ECKR, 2034,
                  "ECK 'Operator CrashLooping on 1.0.0-beta1 when maxUnavailable=-1' (rule 7: a "
                  "back-off loop)",
                  {"alertname": "OperatorPodCrashLooping", "severity": "critical",
                   "namespace": "elastic-system", "pod": "elastic-operator-0", "container": "manager",
                   "reason": "CrashLoopBackOff"},
                  {"summary": "elastic-operator-0 is crash looping",
                   "description": "Container manager of elastic-operator-0 is waiting with reason "
                                  "CrashLoopBackOff; 11 restarts in the last hour. Operator version "
                                  "1.0.0-beta1-84792e30."})
family.add_thread("disk_full", "mongodb/mongodb-kubernetes-operator", 570,
                  "MongoDB community operator: 'the file /var/log/mongodb-mms-automation/mongodb.log "
                  "takes all spaces in /var/log/mongodb-mms-automation mount' (rule 2: a full volume)",
                  {"alertname": "KubeletVolumeFull", "severity": "critical", "namespace": "mongodb",
                   "persistentvolumeclaim": "logs-volume-mongodb-1", "pod": "mongodb-1"},
                  {"summary": "Volume logs-volume-mongodb-1 is full",
                   "description": "kubelet_volume_stats_available_bytes / kubelet_volume_stats_capacity_bytes "
                                  "= 0% for logs-volume-mongodb-1 (mounted at /var/log/mongodb-mms-automation); "
                                  "mongodb.log has taken all the space and the replica is down."})


ESOR = "external-secrets/external-secrets"
family.add_thread("rate_limited", ESOR, 4065,
                  "external-secrets 'could not get secret data from provider' with 'ThrottlingException: "
                  "Rate exceeded' (rule 7: throttled requests)",
                  *log_alert("ExternalSecretsProviderErrors", "external-secrets",
                             "external-secrets-6c8b9d7f5-tm4wq", "external-secrets",
                             "{\"level\":\"error\",\"ts\":1730390363.3979635,\"logger\":\"controllers.ExternalSecret\","
                             "\"msg\":\"could not get secret data from provider\",\"ExternalSecret\":"
                             "\"istio-system/istio-clusters-monitor\",\"error\":\"ThrottlingException: Rate "
                             "exceeded\\n\\tstatus code: 400, request id: fe1373f4-1bcc-4f19-8a11-ae2f12be1917\"}",
                             27))
family.add_thread("rate_limited", ESOR, 4107,
                  "external-secrets Keeper provider 'Error: 403 Forbidden ... \"error\":\"throttled\"' "
                  "(rule 7: the provider throttled the requests)",
                  *log_alert("ExternalSecretsProviderErrors", "external-secrets",
                             "external-secrets-cd8dd4497-qm98p", "external-secrets",
                             "2024/11/15 09:35:56.340476 ERROR:  Error: 403 Forbidden  (http error code: 403, "
                             "raw: {\"path\":\"https://keepersecurity.eu/api/rest/sm/v1/get_secret, POST, "
                             "Go-http-client/2.0\",\"additional_info\":\"throttled\",\"location\":\"default "
                             "exception manager - api validation exception\",\"error\":\"throttled\",\"message\":"
                             "\"get_secret\"})", 96))

EBSR = "kubernetes-sigs/aws-ebs-csi-driver"
family.add_thread("upstream_timeout", EBSR, 867,
                  "FailedAttachVolume 'rpc error: code = DeadlineExceeded desc = context deadline "
                  "exceeded' (rule 13: a gRPC deadline, the attacher gave up on the driver call)",
                  *event("FailedAttachVolume", "Pod", "analytics", "clickhouse-shard0-1",
                         "AttachVolume.Attach failed for volume \"pvc-6f1d2c3b-8a4e-4b7f-9d21-0c5e7a3f9b18\" : "
                         "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                         source="attachdetach-controller", count=3))
family.add_thread("upstream_timeout", EBSR, 795,
                  "ebs-csi-controller 'Could not attach volume ...: RequestCanceled: request context "
                  "canceled caused by: context deadline exceeded' (rule 13: the EC2 call ran out of time)",
                  *log_alert("EBSCSIControllerErrors", "kube-system", "ebs-csi-controller-7f9d8c6b5-lq2wz",
                             "ebs-plugin",
                             "E0312 23:34:38.526557       1 driver.go:115] GRPC error: rpc error: code = "
                             "Internal desc = Could not attach volume \"vol-0210b73b6a589c69b\" to node "
                             "\"i-0deb566b98a30ac3b\": RequestCanceled: request context canceled\ncaused by: "
                             "context deadline exceeded", 19))
family.add_thread(None, EBSR, 292,
                  "FailedAttachVolume 'attachment timeout for volume vol-...' (the volume stuck in "
                  "'attaching': a wait for a resource state, rule 13)",
                  *event("FailedAttachVolume", "Pod", "default", "app",
                         "AttachVolume.Attach failed for volume \"pvc-5dea601a-f076-40d5-8d0a-fe1ea4e04e74\" : "
                         "attachment timeout for volume vol-0ddf92e13636fa667",
                         source="attachdetach-controller"))

family.add_thread("dns_failure", "helm/helm", 7293,
                  "install-helm job: 'is not a valid chart repository or cannot be reached: ... dial "
                  "tcp: lookup kubernetes-charts.storage.googleapis.com on 10.152.183.10:53: read udp "
                  "...: i/o timeout' (rules 1, 13: the failed job quotes a lookup that timed out)",
                  {"alertname": "KubeJobFailed", "severity": "warning", "namespace": "gitlab-managed-apps",
                   "job_name": "install-helm"},
                  {"summary": "Job gitlab-managed-apps/install-helm failed to complete.",
                   "description": "Last log line of install-helm: Error: Looks like "
                                  "\"https://kubernetes-charts.storage.googleapis.com\" is not a valid chart "
                                  "repository or cannot be reached: Get https://kubernetes-charts.storage."
                                  "googleapis.com/index.yaml: dial tcp: lookup kubernetes-charts.storage."
                                  "googleapis.com on 10.152.183.10:53: read udp 10.1.1.125:56134->"
                                  "10.152.183.10:53: i/o timeout"})

# ------------------------------------------------------------ Amazon VPC CNI troubleshooting guide
CNI = ("aws/amazon-vpc-cni-k8s", "docs/troubleshooting.md", "b52188387f2e2f10bf289ace929d6a63b176a4fa")
family.add(CNI, "crash_loop",
           "VPC CNI troubleshooting 'aws-node crashing with below error': 'Retrying waiting for "
           "IPAM-D' then 'panic: runtime error: invalid memory address or nil pointer dereference', "
           "restarting (rule 7: repeated restarts)",
           {"alertname": "AwsNodeRestarting", "severity": "critical", "namespace": "kube-system",
            "pod": "aws-node-8kq2m", "container": "aws-node",
            "node": "ip-10-0-41-77.eu-west-1.compute.internal"},
           {"summary": "aws-node on ip-10-0-41-77.eu-west-1.compute.internal restarted 6 times in 20m",
            "description": "Last log lines: {\"level\":\"info\",\"ts\":\"2022-02-04T22:24:57.022Z\",\"caller\":"
                           "\"entrypoint.sh\",\"msg\":\"Retrying waiting for IPAM-D\"}\npanic: runtime error: "
                           "invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation "
                           "violation code=0x1 addr=0x39 pc=0x5597a7c2b3f8]"})


# ------------------------------------------------------------ Karpenter's metrics reference
KM = ("aws/karpenter-provider-aws", "website/content/en/docs/reference/metrics.md",
      "1d927085dd81a9df9301e613f371dac5b4d16bfe")
family.add(KM, "queue_backlog",
           "Karpenter karpenter_interruption_message_queue_duration_seconds 'Amount of time an "
           "interruption message is on the queue before it is processed' (rule 4: time waiting in "
           "a queue)",
           {"alertname": "KarpenterInterruptionQueueSlow", "severity": "warning", "namespace": "karpenter"},
           {"summary": "Interruption messages wait too long on the SQS queue",
            "description": "histogram_quantile(0.9, sum by (le) (rate(karpenter_interruption_message_queue_"
                           "duration_seconds_bucket[10m]))) = 94s (> 30s for 10m)"})
family.add(KM, "node_down",
           "Karpenter karpenter_interruption_instance_status_unhealthy_total: EC2 DescribeInstanceStatus "
           "reports the instance unhealthy (an instance status check failing, as cloud23's EC2 "
           "StatusCheckFailed_System)",
           {"alertname": "KarpenterInstanceStatusUnhealthy", "severity": "critical",
            "namespace": "karpenter", "category": "InstanceStatus"},
           {"summary": "EC2 reports unhealthy instance status for Karpenter-managed nodes",
            "description": "increase(karpenter_interruption_instance_status_unhealthy_total{category="
                           "\"InstanceStatus\"}[10m]) = 2: instance status checks failed for "
                           "i-0b8e4f2a9c1d37e65 (node ip-10-12-3-88.eu-west-1.compute.internal)"})
family.add(KM, None,
           "Karpenter karpenter_cloudprovider_instance_launch_failures_total with reason "
           "InsufficientInstanceCapacity (cloud placement capacity, rule 17)",
           {"alertname": "KarpenterLaunchFailures", "severity": "warning", "namespace": "karpenter",
            "capacity_type": "spot", "reason": "InsufficientInstanceCapacity", "zone": "eu-west-1b"},
           {"summary": "Karpenter cannot launch spot capacity in eu-west-1b",
            "description": "increase(karpenter_cloudprovider_instance_launch_failures_total{reason="
                           "\"InsufficientInstanceCapacity\",capacity_type=\"spot\"}[30m]) = 14"})
family.add(KM, None,
           "Karpenter karpenter_nodepools_usage at karpenter_nodepools_limit for memory (a "
           "provisioning cap reached: capacity planning, as an HPA at its maximum)",
           {"alertname": "KarpenterNodePoolLimitReached", "severity": "warning",
            "nodepool": "general-purpose", "resource_type": "memory"},
           {"summary": "NodePool general-purpose has reached its memory limit",
            "description": "karpenter_nodepools_usage{resource_type=\"memory\"} / karpenter_nodepools_limit"
                           "{resource_type=\"memory\"} = 1.00: no new nodes can be provisioned for this "
                           "NodePool."})
family.add(KM, "high_error_rate",
           "Karpenter karpenter_cloudprovider_errors_total 'errors returned from CloudProvider calls' "
           "(rule 4: failed calls)",
           {"alertname": "KarpenterCloudProviderErrors", "severity": "warning", "namespace": "karpenter",
            "method": "Create", "provider": "aws"},
           {"summary": "Karpenter cloud provider calls are failing",
            "description": "sum(rate(karpenter_cloudprovider_errors_total{method=\"Create\"}[10m])) = 0.8/s; "
                           "42% of Create calls return an error"})
family.add(KM, "high_latency",
           "Karpenter karpenter_cloudprovider_duration_seconds 'Duration of cloud provider method "
           "calls' p99 (rule 4: request time)",
           {"alertname": "KarpenterCloudProviderSlow", "severity": "warning", "namespace": "karpenter",
            "method": "GetInstanceTypes", "provider": "aws"},
           {"summary": "Karpenter cloud provider calls are slow",
            "description": "histogram_quantile(0.99, sum by (le, method) (rate(karpenter_cloudprovider_"
                           "duration_seconds_bucket[10m]))) = 12.3s for GetInstanceTypes (> 3s)"})

# ------------------------------------------------------------ ingress-nginx
family.add_thread("connection_pool_exhaustion", "kubernetes/ingress-nginx", 2734,
                  "ingress-nginx '32768 worker_connections are not enough' (rules 7, 11: the worker's "
                  "own connection limit reached)",
                  *log_alert("IngressNginxWorkerConnections", "ingress-websocket",
                             "ingress-nginx-controller-6d8c9b7f5-x4mkq", "controller",
                             "2018/07/03 14:31:07 [alert] 314#314: 32768 worker_connections are not enough",
                             211, window="5m", severity="critical"))

family.write()
