"""rulesets32a.jsonl: whole alerting-rule files of public projects no corpus used before (session 32,
first helper; CI/CD and developer-tooling projects' own rules: build services and farms, CI runners,
code review, pipeline queueing, the CI systems' own hosts).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# jelmer/janitor: examples/janitor.rules (the Debian Janitor's own rules: a service that builds
# and publishes automated changes to Debian packages; runner, publisher, differ, archiver, VCS
# stores). The file's commented-out rules are not rules; JanitorArchiverDown is written twice (the
# first is taken).
JANITOR_JOBS = {
    "JanitorRunnerDown": "janitor.runner", "JanitorPublisherDown": "janitor.publisher",
    "JanitorSiteDown": "janitor.site", "JanitorDifferDown": "janitor.differ",
    "JanitorArchiverDown": "janitor.archiver", "JanitorIrcRelayDown": "irc_relay",
    "JanitorGitStoreDown": "janitor.git_store", "JanitorBzrStoreDown": "janitor.bzr_store",
    "JanitorRunFinishFailing": "janitor.runner", "JanitorRunAssignFailing": "janitor.runner",
}


def janitor_series(name):
    if name == "JanitorScheduleNotRunning":
        return {"instance": "pushgateway:9091", "job": "pushgateway", "exported_job": "janitor.schedule"}
    if name == "JobRestarting":  # avg without(instance)
        return {"job": "janitor.publisher"}
    if name == "SiteDown":
        return {"instance": "https://janitor.debian.net/", "job": "blackbox_https"}
    series = {"instance": "janitor-1.debian.net:9911", "job": JANITOR_JOBS[name]}
    if name in ("JanitorRunFinishFailing", "JanitorRunAssignFailing"):
        series["route"] = "finish" if "Finish" in name else "assign"
    return series


take("jelmer/janitor", "examples/janitor.rules", "95cc26c8e42d4262079c51cc7b3acca31d80d3ec", {
    "JanitorRunnerDown": ("node_down", 0),
    "JanitorPublisherDown": ("node_down", 0),
    "JanitorSiteDown": ("node_down", 0),
    "JanitorDifferDown": ("node_down", 0),
    "JanitorArchiverDown": ("node_down", 0),
    "JanitorScheduleNotRunning": (None, 61.27),
    "JanitorIrcRelayDown": ("node_down", 0),
    "JanitorGitStoreDown": ("node_down", 0),
    "JanitorBzrStoreDown": ("node_down", 0),
    "JanitorRunFinishFailing": ("high_error_rate", 3),
    "JanitorRunAssignFailing": ("high_error_rate", 7),
    "JobRestarting": ("crash_loop", 4),
    "SiteDown": ("node_down", 0),
    "WorkerCrashing": (OUT, "changes of the `run` gauge whose result code is worker-failure (build runs failing with a worker failure, named a crashing worker): name and measurement disagree (rule 8), not settled"),
}, janitor_series)


# ---------------------------------------------------------------------------------------------
# canonical/github-runner-operator: src/loki_alert_rules/{capacity,failure}.rules (the charm that
# runs self-hosted GitHub Actions runners; LogQL rules over its runner-metrics log)
GHR = ("canonical/github-runner-operator", "9e2549c0470ff5dc5d2da9f7039ab8a5d615c307")
GHR_BASE = {"filename": "/var/log/github-runner-metrics.log", "juju_application": "github-runner-large",
            "juju_model": "prod-github-runners", "juju_unit": "github-runner-large/3"}
take(GHR[0], "src/loki_alert_rules/capacity.rules", GHR[1], {
    "Job Queue duration too high": ("queue_backlog", 2317, {"flavor": "large"}),
    "No idle runners": (OUT, "no idle runner of a flavor for two hours (all busy, or none spawned): runner-pool capacity, not settled"),
    "Short idle time": (None, 142.6, {"flavor": "large"}),
}, GHR_BASE, {"flavor": "large"})
take(GHR[0], "src/loki_alert_rules/failure.rules", GHR[1], {
    "Crashed runner": (OUT, "crashed ephemeral runners summed over ten minutes (several runners each crashing once, not one thing restarting): not settled"),
    "Repo-policy check failures": (OUT, "share of jobs stopped by the repo-policy check with a 4xx answer (a policy refusal per job rather than failed requests): not settled"),
    "Repo-policy server error": ("high_error_rate", 2, {"http_code": "503", "repo": "canonical/operator"}),
}, GHR_BASE, {"http_code": "503", "repo": "canonical/operator"})


# ---------------------------------------------------------------------------------------------
# GerritCodeReview/gerrit-monitoring: charts/prometheus/prometheus.yaml (the Gerrit project's own
# monitoring setup for Gerrit code-review servers; the alerting rules sit in the Prometheus chart's
# values under alerting_rules.yml)
take("GerritCodeReview/gerrit-monitoring", "charts/prometheus/prometheus.yaml", "7f71bd51509dfabdb088f4a3332e5efd7f8c891e", {
    "InstanceDown": ("node_down", 0),
    "ThreadDeadlock": ("deadlock", 2),
    "SSHBatchUserScheduledTasks": ("queue_backlog", 236),
    "SSHInteractiveUserScheduledTasks": ("queue_backlog", 318),
}, {"instance": "gerrit-primary.example.org:8080", "job": "gerrit"})


# ---------------------------------------------------------------------------------------------
# redhat-appstudio/infra-deployments: components/kueue/production/base/tekton-kueue-monitoring/
# kueue-prometheus-alerts.yaml (Konflux CI's own rules for the Kueue queue that admits its Tekton
# PipelineRuns; the development/staging and ring copies of the file in the same repository are not
# taken again)
KUEUE_INTERNAL = "an internal operation's duration (Kueue's admission attempt, the pipeline watcher's PipelineRun deletion): neither a request's latency nor work waiting in a queue; not settled"
take("redhat-appstudio/infra-deployments",
     "components/kueue/production/base/tekton-kueue-monitoring/kueue-prometheus-alerts.yaml",
     "e952b7605e4f38dd6ae222177fb26dfb56405528", {
         "KueueHighAdmissionLatency": (OUT, KUEUE_INTERNAL),
         "KueueReplicasNotAvailable": ("node_down", 50),
         "KueueHighMemoryUtilization": ("out_of_memory", 78.41),
         "KueueHighCPUUtilization": (None, 91.27),
         "KueueCELEvaluationFailures": (OUT, "failed CEL evaluations of the PipelineRun-defaulting webhook (evaluations, not requests or a settled cause): not settled"),
         "KueueHighContainerRestarts": ("crash_loop", 4),
         "KueueClusterQueueNotActive": (None, 0),
         "KueueHighPendingWorkloads": ("queue_backlog", 412),
         "KueueHighAdmissionWaitTime": ("queue_backlog", 1324.6),
         "KueueHighResourceReservation": (None, 94.2),
         "KueueLowResourceUsage": (None, 38.5),
         "KueueHighPipelineDeletionDuration": (OUT, KUEUE_INTERNAL),
         "KueueMetricsDown": ("node_down", 0),
         "KueueNoRecentAdmissions": (None, 0),
         "KueueMutatingWebhookLowSuccessRate": ("high_error_rate", 97.31),
     }, {"namespace": "tekton-kueue", "pod": "tekton-kueue-controller-manager-7d9f8c6b5-x2kqp",
         "container": "manager", "instance": "10.128.4.17:8443", "job": "tekton-kueue-controller-manager-metrics"},
     {"deployment": "tekton-kueue-controller-manager", "resource": "cpu", "status": "active"})


# ---------------------------------------------------------------------------------------------
# stefanprodan/dockprom: prometheus/alert.rules (the Docker-host monitoring stack's own rules:
# targets, host, and the Jenkins container it was written to watch)
take("stefanprodan/dockprom", "prometheus/alert.rules", "61b72678166d2a7b1ff21937d541151f02c7159c", {
    "monitor_service_down": ("node_down", 0),
    "high_cpu_load": (None, 2.37),
    "high_memory_load": ("out_of_memory", "87.42"),
    "high_storage_load": ("disk_full", "91.3"),
    "jenkins_down": (None, 1),
    "jenkins_high_cpu": (None, "14.2"),
    "jenkins_high_memory": (OUT, "Jenkins container memory above a fixed 1.2 GB without a stated limit (rule 8)"),
}, lambda name: {"name": "jenkins"} if name == "jenkins_down" else {"instance": "nodeexporter:9100", "job": "nodeexporter"})


# ---------------------------------------------------------------------------------------------
# gardener/ci-infra: deploy/monitoring/trusted/prow-rules.yaml (Gardener's Prow CI deployment: its
# own PrometheusRule for Prow's components (crier, deck, hook, tide, sinker, ghproxy), the CI's
# monitoring stack, its blackbox probes and heartbeat jobs. Much of its wording is adapted from the
# upstream Prow monitoring mixin, which no corpus holds; the base/ and build/ files of the same
# directory hold four rules also in this one and are not taken again)
PROW_JOBS = {"crierDown": "crier", "deckDown": "deck", "ghproxyDown": "ghproxy", "hookDown": "hook",
             "horologiumDown": "horologium", "prow-controller-managerDown": "prow-controller-manager",
             "sinkerDown": "sinker", "tideDown": "tide", "alertmanagerDown": "prometheus-alertmanager",
             "prometheusDown": "prometheus-prometheus", "grafanaDown": "grafana"}


def prow_series(name):
    if name in PROW_JOBS:  # absent(up{job="..."} == 1)
        return {"job": PROW_JOBS[name]}
    if name.startswith("Site unavailable: ") or name.startswith("SinkerNotRemoving"):
        return {}  # min(probe_success{...}) == 0, absent(sum(...)) == 1
    if name == "ConfigMapFullInOneWeek":
        return {"instance": "10.250.3.14:8080", "job": "prow-controller-manager", "name": "job-config", "namespace": "prow"}
    if name == "prow-pod-crashlooping":
        return {"instance": "10.250.1.9:8080", "job": "kube-state-metrics", "namespace": "prow",
                "pod": "tide-6f9c7d8b54-hq2lm", "container": "tide"}
    return {"instance": "10.250.3.21:8888", "job": "ghproxy"}


PROW_HEARTBEAT = "a Tide controller's heartbeat counter not advancing (a stalled sync loop inside a running Tide, or Tide down): not settled"
take("gardener/ci-infra", "deploy/monitoring/trusted/prow-rules.yaml", "e99e0113991ef8f562ba2104a95f7a65c2b68fb0", {
    "crierDown": ("node_down", 1),
    "deckDown": ("node_down", 1),
    "ghproxyDown": ("node_down", 1),
    "hookDown": ("node_down", 1),
    "horologiumDown": ("node_down", 1),
    "prow-controller-managerDown": ("node_down", 1),
    "sinkerDown": ("node_down", 1),
    "tideDown": ("node_down", 1),
    "ServiceLostHA": (OUT, "at most one instance of the monitoring service up (redundancy below its HA target, not that one is down): not settled"),
    "alertmanagerDown": ("node_down", 1),
    "prometheusDown": ("node_down", 1),
    "grafanaDown": ("node_down", 1),
    "ConfigMapFullInOneWeek": (None, "12.41"),
    "ghproxy-specific-status-code-5xx": ("high_error_rate", "14.27", {"status": "502", "path": "/repos/:owner/:repo/pulls/:pullId"}),
    "ghproxy-global-status-code-5xx": ("high_error_rate", "4.118", {"status": "502"}),
    "ghproxy-specific-status-code-4xx": ("high_error_rate", "18.6", {"status": "422", "path": "/repos/:owner/:repo/issues/:issueId/labels"}),
    "ghproxy-specific-status-code-not-422": ("high_error_rate", "11.2", {"status": "401", "path": "/repos/:owner/:repo/statuses/:statusId"}),
    "ghproxy-specific-status-code-not-403": ("high_error_rate", "23.45", {"status": "422", "path": "/search/issues"}),
    "ghproxy-specific-status-code-not-405": ("high_error_rate", "16.8", {"status": "409", "path": "/repos/:owner/:repo/pulls/:pullId/merge"}),
    "ghproxy-global-status-code-4xx": ("high_error_rate", "3.671", {"status": "401"}),
    "ghproxy-global-status-code-403-405-422": ("high_error_rate", "12.09", {"status": "422"}),
    "ghproxy-running-out-github-tokens-in-a-hour": (OUT, "a GitHub token's API quota predicted to run out before the reset: rate-quota utilisation before anything is refused (rule 7)"),
    "no-webhook-calls": (None, 0),
    "SinkerNotRemovingPods": (None, 1),
    "SinkerNotRemovingProwJobs": (None, 1),
    "Sync controller heartbeat": (OUT, PROW_HEARTBEAT),
    "Status-update controller heartbeat": (OUT, PROW_HEARTBEAT),
    "TidePool error rate: individual": (None, 4),
    "TidePool error rate: multiple": (None, 3),
    "Site unavailable: https://prow.gardener.cloud": ("node_down", 0),
    "Site unavailable: https://monitoring.prow.gardener.cloud": ("node_down", 0),
    "Site unavailable: https://monitoring-build.prow.gardener.cloud": ("node_down", 0),
    "No recent successful heartbeat job runs": (OUT, "a canary ProwJob without a successful run in 20 minutes (failing, or not scheduled): not settled"),
    "prow-pod-crashlooping": ("crash_loop", "2.00"),
}, prow_series, {"token_hash": "3f1c9a0e7b", "ratelimit_resource": "core", "job_name": "ci-infra-prow-checkconfig-trusted",
                 "org": "gardener", "repo": "gardener", "branch": "master"})


# ---------------------------------------------------------------------------------------------
# pytorch/ci-infra: osdc/modules/monitoring/kubernetes/alerts/*.yaml (PyTorch's CI runner cloud
# (OSDC): GitHub Actions runner scale sets (ARC), GPU runners, the Harbor pull-through image cache
# and its recovery job, Karpenter nodes, node conntrack, NodeLocal DNSCache, zombie-pod cleanup;
# eight PrometheusRule files, every one taken)
OSDC_COMMIT = "b1ce4a6078e0be2e4aed58e3e970dae001873985"
OSDC_DIR = "osdc/modules/monitoring/kubernetes/alerts/"
OSDC_NODE = "ip-10-42-17-203.ec2.internal"


def osdc(name, labels, base, extra=None):
    take("pytorch/ci-infra", OSDC_DIR + name, OSDC_COMMIT, labels, base, extra)


osdc("arc-alerts.yaml", {
    "ARCListenerStall": ("queue_backlog", 37),
}, {"instance": "10.42.3.77:8080", "job": "arc-listeners", "namespace": "arc-systems",
    "pod": "linux-g5-4xlarge-nvidia-gpu-754b578d-listener", "name": "linux-g5-4xlarge-nvidia-gpu"})
osdc("gpu-alerts.yaml", {
    "GPUDoublebitECCError": (None, 1),
    "GPUXIDCriticalError": (None, 48),
    "GPURowRemapFailure": (None, 1),
    "GPUTemperatureCritical": (None, 97),
}, {"instance": "10.42.17.203:9400", "job": "dcgm-exporter", "gpu": "3", "device": "nvidia3",
    "node": OSDC_NODE, "modelName": "NVIDIA A10G"})
osdc("harbor-cache-recovery-alerts.yaml", {
    "HarborCacheRecoveryFailing": (None, 1),
    "HarborCacheRecoveryOOM": ("out_of_memory", 1),
    "HarborCacheRecoveryStale": (None, 2145),
}, {"namespace": "harbor-system", "job_name": "harbor-cache-recovery-29421750"})
osdc("infrastructure-alerts.yaml", {
    "NodeNotReady": ("node_down", 0),
    "ControlPlaneCrashLoop": ("crash_loop", 7),
    "HarborDown": ("node_down", 0),
    "KarpenterNodeClaimNotReady": (OUT, "node claims created but no node joined in 15 minutes (new nodes failing to register, or slow): not settled"),
}, lambda name: {
    "NodeNotReady": {"instance": "10.42.2.15:8080", "job": "kube-state-metrics", "node": OSDC_NODE,
                     "condition": "Ready", "status": "true"},
    "ControlPlaneCrashLoop": {"instance": "10.42.2.15:8080", "job": "kube-state-metrics", "namespace": "buildkit",
                              "pod": "buildkit-amd64-0", "container": "buildkitd"},
    "HarborDown": {"instance": "10.42.5.12:8001", "job": "harbor-core", "namespace": "harbor-system"},
}.get(name, {}))
osdc("network-pressure-alerts.yaml", {
    "NodeConntrackHighWarn": (None, "83.41%"),
    "NodeConntrackHighCritical": (None, "96.2%"),
    "NodeConntrackMetricMissing": (None, 1),
}, lambda name: {} if name == "NodeConntrackMetricMissing" else
   {"instance": "[2600:1f18:4a3:6e01::1c]:9100", "job": "node-exporter", "node": OSDC_NODE})
osdc("node-compactor-alerts.yaml", {
    "NodeCompactorReconcileErrors": (None, 0.0167),
}, {"instance": "10.42.4.31:8080", "job": "node-compactor", "namespace": "node-compactor", "status": "error"})
osdc("nodelocaldns-alerts.yaml", {
    "NodeLocalDNSSetupErrors": (None, 2),
    "NodeLocalDNSPodRestarting": (None, 0.0011),
    "NodeLocalDNSDaemonSetDegraded": ("node_down", 2),
}, lambda name: {"namespace": "kube-system", "daemonset": "node-local-dns", "job": "kube-state-metrics",
                 "instance": "10.42.2.15:8080"} if name == "NodeLocalDNSDaemonSetDegraded" else
   {"namespace": "kube-system", "pod": "node-local-dns-8xq2v", "container": "node-cache", "node": OSDC_NODE,
    "instance": "10.42.17.203:9253", "job": "nodelocaldns"})
osdc("zombie-cleanup-alerts.yaml", {
    "ZombieCleanupCapReached": (None, 3),
}, {"instance": "pushgateway.monitoring:9091", "job": "pushgateway", "exported_job": "zombie-cleanup"})


# ---------------------------------------------------------------------------------------------
# elvizhuy/Prometheus-Grafana: prometheus/rules/jenkins.yml (an operator's own rules for the host of
# a Jenkins CI server, group JENKINS; its recording rule is not a rule taken). One description prints
# three inline `{{ query ... | first | value | humanize }}` results (used, free and total memory):
# the builder puts made-up humanized byte counts in their place, in that order.
HUY = ("elvizhuy/Prometheus-Grafana", "prometheus/rules/jenkins.yml", "0e53f39e7acf16bf9349f9da5a6d9881b3f3ec08")
HUY_QUERIED = ["5.264G", "1.862G", "7.753G"]


def huy_text():
    values = list(HUY_QUERIED)
    text = re.sub(r"\{\{ query .*? \| first \| value \| humanize \}\}", lambda m: values.pop(0), show(HUY[0], HUY[2], HUY[1]))
    assert not values
    return text


take(HUY[0], HUY[1], HUY[2], {
    "Node Exporter Down": ("node_down", 0),
    "Memory Usage Above 60%": (OUT, "free memory between 40% and 45% (use of 55-60%) named as use above 60%, its description printing the free share as use: name and expression disagree (rule 8)"),
    "Memory Usage Above 75%": ("out_of_memory", "21.34"),
    "CPU Usage High": (None, 86.41),
    "CPU_0_High": (None, 92.7, {"cpu": "0"}),
    "CPU_1_High": (None, 88.15, {"cpu": "1"}),
    "Free Disk Space Less 10%": ("disk_full", "7.84", {"device": "/dev/mapper/ubuntu--vg-ubuntu--lv", "fstype": "ext4", "mountpoint": "/"}),
}, {"instance": "10.0.0.182:19100", "job": "Jenkins"}, text=huy_text())


# ---------------------------------------------------------------------------------------------
# cloudoperators/repo-guard: charts/repo-guard/templates/prometheusrules.yaml (SAP Greenhouse's
# GitHub organisation and team access guard, a developer-tooling controller; the chart's template
# holds the eleven rules of which config/prometheus/rules.yaml holds six, so the chart is taken:
# its severity action is rendered with its default "info" and its {{ `...` }} escapes undone)
take("cloudoperators/repo-guard", "charts/repo-guard/templates/prometheusrules.yaml", "7e05fbe5f6348ba7e181a0ef198b76ce5f430c1e", {
    "GithubGuardControllerHighErrorRate": (None, 0.0712),
    "GithubGuardControllerVeryHighErrorRate": (None, 0.1834),
    "GithubGuardControllerSlowReconcileP95": (OUT, "a controller's own reconcile-loop duration (as rulesets28c and 29 left them out)"),
    "GithubGuardControllerNoReconciles": (None, 0),
    "GithubGuardExternalAPIHighErrorRate": ("high_error_rate", 0.1342),
    "GithubGuardExternalAPISlowP95": ("high_latency", 7.42),
    "GithubGuardOrgRateLimited": ("rate_limited", 1),
    "GithubGuardHighPendingOperations": ("queue_backlog", 73),
    "GithubGuardOrgSyncFailureSpike": (None, 7),
    "GithubGuardTeamSyncFailureSpike": (None, 6),
    "GithubGuardRateLimitFrequent": ("rate_limited", 14),
}, lambda name: {
    "GithubGuardExternalAPIHighErrorRate": {"provider": "github", "operation": "ListTeamMembers"},
    "GithubGuardExternalAPISlowP95": {"provider": "github", "operation": "ListTeamMembers"},
    "GithubGuardOrgRateLimited": {"github": "github-com", "organization": "sap-cloud-infrastructure"},
}.get(name, {"instance": "10.96.14.22:8080", "job": "repo-guard-controller-manager-metrics", "namespace": "repo-guard",
             "pod": "repo-guard-controller-manager-5c8d9f7b6-qk4zt", "controller": "githubteam",
             "github": "github-com", "organization": "sap-cloud-infrastructure", "team": "greenhouse-admins"}),
    {"controller": "githubteam", "github": "github-com", "organization": "sap-cloud-infrastructure",
     "team": "greenhouse-admins", "provider": "github", "operation": "ListTeamMembers"},
    text=helm_file("cloudoperators/repo-guard", "7e05fbe5f6348ba7e181a0ef198b76ce5f430c1e",
                   "charts/repo-guard/templates/prometheusrules.yaml",
                   {'{{ .Values.monitoring.severity | default "info" | quote }}': '"info"', "{{ `": "", "` }}": ""}))


FILES.write("rulesets32a.jsonl")
