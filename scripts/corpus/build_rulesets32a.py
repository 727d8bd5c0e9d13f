"""rulesets32a.jsonl: whole alerting-rule files of public projects no corpus used before (session 32,
first helper; CI/CD and developer-tooling projects' own rules: build services and farms, CI runners,
code review, pipeline queueing, the CI systems' own hosts).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles  # noqa: E402


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


FILES.write("rulesets32a.jsonl")
