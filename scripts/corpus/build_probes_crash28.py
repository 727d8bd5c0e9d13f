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
from probes_common import ProbeFamily  # noqa: E402

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
page = family.add_page


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

# ------------------------------------------------------------------ airwallex/k8s-pod-restart-info-collector (Slack)
AW = "airwallex/k8s-pod-restart-info-collector"
AW_CTL = (AW, "controller.go", "007bfc79f8fdc6e50ab1316ce102b790235cfe1b")
AW_HLP = (AW, "helpers.go", "007bfc79f8fdc6e50ab1316ce102b790235cfe1b")


def aw(cluster, pod, ns, status, restarts, age, container, reason, count, events):
    title = f"*Pod restarted!*\n*cluster: `{cluster}`, pod: `{pod}`, namespace: `{ns}`*"
    text = (f"```NAME{' ' * (len(pod) - 2)}READY  STATUS  RESTARTS  AGE\n{pod}  0/1    {status}  "
            f"{restarts}  {age}\n```\n• Reason: `{reason}`\n• Pod Status\n```\n{container}:\n"
            f"  Ready:          False\n  Restart Count:  {count}\n```\n{events}")
    return ({"alertname": "PodRestarted", "source": "k8s-pod-restart-info-collector",
             "cluster": cluster, "namespace": ns, "pod": pod},
            {"title": title, "text": text, "footer": f"{cluster}, {pod}, {ns}"})


family.add(AW_CTL, N, "collector's Slack message for one restart (Restart Count 1, reason Error) "
           "(rule 7: one restart)",
           *aw("prod-eu", "billing-api-6f7c9d8b5-k2x9q", "billing", "Running", "1 (3m ago)", "17d",
               "billing-api", "Error (ExitCode 1)", 1, "• No Warning Pod Events\n"))
family.add(AW_HLP, O, "collector's message whose last-state reason is OOMKilled (ExitCode 137) "
           "(rule 8: the OOM reason decides)",
           *aw("prod-eu", "pdf-renderer-85d4c7f9b-wq7tn", "docs", "Running", "1 (52s ago)", "4d",
               "pdf-renderer", "OOMKilled (ExitCode 137)", 1, "• No Warning Pod Events\n"))
family.add(AW_HLP, C, "collector's message for a pod in CrashLoopBackOff with 7 restarts "
           "(rule 4: a loop; the reason Error names no cause)",
           *aw("stg-us", "ledger-consumer-5b8d6c4f7-h4m2r", "ledger", "CrashLoopBackOff",
               "7 (38s ago)", "14m", "ledger-consumer", "Error (ExitCode 2)", 7,
               "• Pod Events\n```\n2026-12-05 17:24:11 +0000 UTC, BackOff, Back-off restarting failed "
               "container ledger-consumer in pod ledger-consumer-5b8d6c4f7-h4m2r_ledger\n```\n"))
family.add(AW_HLP, O, "collector's message: CrashLoopBackOff with 9 restarts whose last-state reason "
           "is OOMKilled (rule 8: the cause, not the restart count, decides)",
           *aw("prod-us", "search-indexer-7c5b9f6d8-p8z3k", "search", "CrashLoopBackOff",
               "9 (1m ago)", "31m", "search-indexer", "OOMKilled (ExitCode 137)", 9,
               "• No Warning Pod Events\n"))
family.add(AW_HLP, N, "collector's message for a container that restarted once after exiting 0 "
           "(Completed): one restart (rule 7)",
           *aw("prod-eu", "feed-poller-79c8d5b6f-t6j4w", "feeds", "Running", "1 (6m ago)", "9d",
               "feed-poller", "Completed (ExitCode 0)", 1, "• No Warning Pod Events\n"))

# ------------------------------------------------------------------ juan-bolivar/onboarding-tasks (Datadog)
JB = ("juan-bolivar/onboarding-tasks", "datadog/main.tf", "296d65d8985c5d2d009ce2183d2d584e4014512a")
family.add(JB, N, "Datadog 'Kubernetes Pod Health' on waiting reason imagepullbackoff: the image "
           "cannot be pulled, nothing restarts (an image-pull back-off, not a crash loop)",
           {"alertname": "Kubernetes Pod Health", "monitor_type": "metric alert", "source": "datadog",
            "kube_namespace": "onboarding", "pod_name": "beacon-7f9c6d5b8-2lzqx"},
           {"message": "Kubernetes Pods are not in an optimal health state. Notify: @operator",
            "query": "max(last_10m):max:kubernetes_state.container.status_report.count.waiting"
                     "{reason:imagepullbackoff} by {kube_namespace,pod_name} >= 1"})

# ------------------------------------------------------------------ SigNoz: slow-starting (Pending) pods
SZ = "https://signoz.io/docs/alerts-management/user-guides/kubernetes-pod-startup-alerts"
page(SZ, N, "SigNoz alert on k8s.pod.phase staying Pending (1) for more than 5 minutes: a pod that "
     "never ran, nothing restarts",
     {"alertname": "Slow-Starting Kubernetes Pods", "severity": "warning", "source": "signoz",
      "k8s_namespace_name": "ml", "k8s_pod_name": "trainer-0"},
     {"summary": "Pod trainer-0 has been in phase Pending for more than 5 minutes",
      "description": "k8s.pod.phase = 1 (Pending: Pod has been accepted but containers are not yet "
                     "running) for 5m"},
     project="signoz.io")

# ------------------------------------------------------------------ pm2-hive/pm2-hive.github.io (PM2 docs)
PM2_RS = ("pm2-hive/pm2-hive.github.io", "docs/features/restart-strategies.md",
          "094cf50555f7bd8f25179a6b2050215750cd294b")
family.add(PM2_RS, C, "PM2 logs with the exponential back-off delay growing between crashes "
           "(rule 7: a back-off)",
           {"alertname": "Pm2AppRestartBackoff", "severity": "warning", "host": "node-app-02",
            "app": "throw", "job": "pm2-logs"},
           {"summary": "pm2 app throw:0 restarting with back-off on node-app-02",
            "description": "PM2      | App [throw:0] will restart in 100ms\n"
                           "PM2      | App [throw:0] exited with code [1] via signal [SIGINT]\n"
                           "PM2      | App [throw:0] will restart in 150ms\n"
                           "PM2      | App [throw:0] exited with code [1] via signal [SIGINT]\n"
                           "PM2      | App [throw:0] will restart in 225ms"})
family.add(PM2_RS, C, "a PM2 status check finding the app in status 'waiting restart' (the "
           "exponential back-off's state, rule 9)",
           {"alertname": "Pm2ProcessStatus", "severity": "warning", "host": "worker-vm-7",
            "app": "invoice-mailer"},
           {"summary": "pm2 process invoice-mailer (id 3) status is waiting restart",
            "description": "pm2 jlist: name=invoice-mailer pm_id=3 status=waiting restart "
                           "restart_time=23 exp_backoff_restart_delay=100"})
family.add(PM2_RS, N, "a PM2 ecosystem change setting a fixed restart_delay: a setting (rule 9)",
           {"alertname": "Pm2EcosystemChanged", "severity": "info", "host": "node-app-02",
            "app": "api"},
           {"summary": "ecosystem.config.js for api changed: restart_delay 3000",
            "description": "$ pm2 start app.js --restart-delay=3000\nYou can also use the restart_delay to "
                           "set a fixed timing between restarts"})
family.add(PM2_RS, N, "a one-time script run with --no-autorestart that completed: an expected exit "
           "(rule 15)",
           {"alertname": "Pm2ProcessStopped", "severity": "info", "host": "batch-vm-1",
            "app": "migrate-2026-12"},
           {"summary": "pm2 process migrate-2026-12 is stopped (started with --no-autorestart)",
            "description": "App [migrate-2026-12:0] exited with code [0] via signal [SIGINT]; "
                           "autorestart disabled, not restarting"})

# ------------------------------------------------------------------ grafana/jsonnet-libs (Grafana Cloud integrations)
GJ = "grafana/jsonnet-libs"
GJ_C = "362e410def34e9ea5a690f38d37b59b45557daa8"
GJ_APACHE = (GJ, "apache-http-mixin/prometheus_rules_out/prometheus_alerts.yaml", GJ_C)
GJ_AST = (GJ, "asterisk-mixin/prometheus_rules_out/prometheus_alerts.yaml", GJ_C)
GJ_SNMP = (GJ, "snmp-mixin/prometheus_rules_out/prometheus_alerts.yaml", GJ_C)
GJ_JVM = (GJ, "jvm-observ-lib/prometheus_rules_out/prometheus_alerts.yaml",
          "9dbb57c65d2c0ad301695224687e6207dd631123")

family.add(GJ_APACHE, N, "ApacheRestart (apache_uptime_seconds_total / 60 < 1): one restart, a short "
           "uptime (rule 7)",
           {"alertname": "ApacheRestart", "severity": "info", "instance": "web-04.shop.internal:9117",
            "job": "integrations/apache_http"},
           {"summary": "Apache restart.",
            "description": "Apache has just been restarted on web-04.shop.internal:9117."})
family.add(GJ_AST, N, "AsteriskRestarted (asterisk_core_uptime_seconds < 60): one restart, a short "
           "uptime (rule 7)",
           {"alertname": "AsteriskRestarted", "severity": "critical", "instance": "pbx-02:8088",
            "job": "integrations/asterisk"},
           {"summary": "Asterisk instance restarted in the last minute.",
            "description": "Asterisk instance restarted in the last minute\n  VALUE = 41\n  LABELS = "
                           "map[__name__:asterisk_core_uptime_seconds instance:pbx-02:8088 "
                           "job:integrations/asterisk]"})
family.add(GJ_AST, N, "AsteriskReloaded (asterisk_core_last_reload_seconds < 60): a reload (rule 9)",
           {"alertname": "AsteriskReloaded", "severity": "warning", "instance": "pbx-02:8088",
            "job": "integrations/asterisk"},
           {"summary": "Asterisk instance reloaded in the last minute.",
            "description": "Asterisk instance reloaded in the last minute\n  VALUE = 12\n  LABELS = "
                           "map[__name__:asterisk_core_last_reload_seconds instance:pbx-02:8088 "
                           "job:integrations/asterisk]"})
family.add(GJ_SNMP, N, "SNMPRestarted (sysUpTime < 300): a device's uptime reset, one reboot "
           "(rule 7)",
           {"alertname": "SNMPRestarted", "severity": "info", "instance": "snmp-exporter:9116",
            "job": "integrations/snmp", "snmp_target": "core-sw-01"},
           {"summary": "SNMP target restarted.",
            "description": "The SNMP target on instance snmp-exporter:9116 from job integrations/snmp "
                           "has restarted."})
family.add(GJ_JVM, "deadlock", "JvmThreadsDeadlocked: a detected deadlock; 'The restart is required' "
           "is advice, not a restart (rules 7, 17)",
           {"alertname": "JvmThreadsDeadlocked", "severity": "critical",
            "instance": "orders-svc-2:9404", "job": "integrations/jvm"},
           {"summary": "JVM deadlock detected.",
            "description": "JVM deadlock detected: Threads in the JVM application orders-svc-2:9404 are "
                           "in a cyclic dependency with each other. The restart is required to resolve "
                           "the deadlock."})

# ------------------------------------------------------------------ runit's runsv (man page)
RUNSV = "https://git.vuxu.org/mirror/runit/plain/man/runsv.8?id=267ae0374a33530cd6641d69ae6c115db23f30b6"
page(RUNSV, C, "runit: ./run exits immediately and runsv restarts it every second; sv status shows a "
     "new pid with 0s-1s uptime at every check (rule 7: repeated restarts)",
     {"alertname": "RunitServiceFlapping", "severity": "warning", "host": "void-build-3",
      "service": "buildbot-worker"},
     {"summary": "runit service buildbot-worker restarted 6 times in 5 minutes",
      "description": "run: /var/service/buildbot-worker: (pid 4121) 0s; run: log: (pid 880) 9d\n"
                     "run: /var/service/buildbot-worker: (pid 4139) 1s; run: log: (pid 880) 9d\n"
                     "If ./run or ./finish exit immediately, runsv waits a second before starting "
                     "./finish or restarting ./run."},
     project="git.vuxu.org")

# ------------------------------------------------------------------ ACA practical guide: container start failure playbook
ACA_START = ("https://yeongseon.github.io/azure-container-apps-practical-guide/troubleshooting/playbooks/"
             "startup-and-provisioning/container-start-failure")
page(ACA_START, C, "ACA replicas restarting repeatedly with 'Address already in use' in the console "
     "log (rule 4: a loop; a bind error names no listed cause)",
     {"alertname": "aca-replica-restarts", "severity": "Sev2", "containerapp": "ca-pricing",
      "monitor_service": "Log Alerts V2"},
     {"summary": "Replicas of ca-pricing are created but repeatedly restart (5 short-lived replicas in "
                 "15 minutes)",
      "description": "ContainerAppConsoleLogs_CL | where Log_s has_any (\"traceback\", \"error\", "
                     "\"Address already in use\")\nLog_s=OSError: [Errno 98] Address already in use"},
     project=ACA_P)
page(ACA_START, ND, "ACA replicas restarting repeatedly, each start ending in 'connection refused' "
     "from its database (rule 11: the error names what is down)",
     {"alertname": "aca-replica-restarts", "severity": "Sev2", "containerapp": "ca-accounts",
      "monitor_service": "Log Alerts V2"},
     {"summary": "Replicas of ca-accounts repeatedly restart (4 restarts in 10 minutes)",
      "description": "Log_s=psycopg2.OperationalError: connection to server at \"10.4.2.8\", port 5432 "
                     "failed: Connection refused"},
     project=ACA_P)
page(ACA_KQL, C, "ACA system log rows with Reason_s BackOff and CrashLoopBackOff over the last hour "
     "(rule 4: a back-off)",
     *aca("aca-restart-events", "ca-notifier",
          "Reason_s=CrashLoopBackOff count=5; Reason_s=BackOff count=9\nLog_s=Back-off restarting "
          "failed container", 14), project=ACA_P)

# ------------------------------------------------------------------ Windows SCM event 7031 (ManageEngine's knowledge-base format)
ME = "https://manageengine.com/eu/products/eventlog/kb/event-7031-service-crash-help.html"


def scm(host, service, n, ms, action, severity="critical"):
    return ({"alertname": "WindowsServiceCrash", "severity": severity, "host": host,
             "event_id": "7031", "source": "Service Control Manager", "log": "System"},
            {"summary": f"Event 7031 on {host}: {service}",
             "description": f"The {service} service terminated unexpectedly. It has done this {n} "
                            f"time(s). The following corrective action will be taken in {ms} "
                            f"milliseconds: {action}."})


page(ME, C, "SCM 7031 'It has done this 4 time(s)' (rule 9: N >= 2)",
     *scm("WIN-APP-03", "OrderSync Agent", 4, 60000, "Restart the service"), project="manageengine.com")
page(ME, C, "SCM 7031 'It has done this 2 time(s)' (rule 9: N >= 2, the boundary)",
     *scm("WIN-FS-11", "Print Spooler", 2, 120000, "Restart the service"), project="manageengine.com")
page(ME, N, "SCM 7031 'It has done this 1 time(s)': one crash, one restart (rules 7, 9)",
     *scm("WIN-SQL-02", "SQL Server Agent (MSSQLSERVER)", 1, 60000, "Restart the service",
          severity="warning"), project="manageengine.com")

# ------------------------------------------------------------------ more of the sources above
family.add(AW_HLP, C, "collector's message: liveness probe failures and 'will be restarted' events "
           "with Restart Count 5 (rule 15: repeated failures with restarts)",
           *aw("prod-eu", "gateway-7d9f8c6b5-v5nqs", "edge", "Running", "5 (2m ago)", "41m", "gateway",
               "Error (ExitCode 143)", 5,
               "• Pod Events\n```\n2026-12-05 17:18:40 +0000 UTC, Unhealthy, Liveness probe failed: HTTP "
               "probe failed with statuscode: 500\n2026-12-05 17:18:40 +0000 UTC, Killing, Container "
               "gateway failed liveness probe, will be restarted\n```\n"))
family.add(PM2_RS, C, "PM2 logs with the back-off delay at its 15000ms maximum between crashes "
           "(rule 7: a back-off)",
           {"alertname": "Pm2AppRestartBackoff", "severity": "critical", "host": "node-app-05",
            "app": "webhooks", "job": "pm2-logs"},
           {"summary": "pm2 app webhooks:1 keeps crashing on node-app-05",
            "description": "PM2      | App [webhooks:1] exited with code [1] via signal [SIGINT]\n"
                           "PM2      | App [webhooks:1] will restart in 15000ms\n"
                           "PM2      | App [webhooks:1] exited with code [1] via signal [SIGINT]\n"
                           "PM2      | App [webhooks:1] will restart in 15000ms"})
family.add(KB_DS, C, "Datadog 'Daemonset Multiple Restarts' for another daemonset (rule 7)",
           *dd("[Kubernetes] Daemonset Multiple Restarts", {"kube_daemon_set": "node-exporter",
                                                            "env": "prd", "service": "Kubernetes"},
               "Kubernetes Daemonset node-exporter has more than 5.0 (11.0) restarts within one hour"))
family.add(KB_POD, C, "Datadog 'Restarting Pods' for another pod (rule 7)",
           *dd("[Kubernetes] Restarting Pods", {"pod_name": "rabbitmq-consumer-84d5f7c9b-zz4kd",
                                                "env": "acc", "service": "Kubernetes"},
               "Pods are restarting multiple times in the last last_10m"))
page(ACA_KQL, C, "ACA restart events by hour for another app: ContainerRestarted 4 in one hour "
     "(rule 7)",
     *aca("aca-restarts-per-hour", "ca-thumbnailer",
          "| summarize RestartCount=count() by bin(TimeGenerated, 1h), Reason_s\n"
          "TimeGenerated=2026-12-05T17:00:00Z Reason_s=ContainerRestarted RestartCount=4", 1),
     project=ACA_P)
page(SAG, C, "Software AG PodCrashLooping for a second gateway pod (rule 4: a loop)",
     {"alertname": "PodCrashLooping", "severity": "critical", "namespace": "apigw-stage",
      "pod": "apigateway-2"},
     {"summary": "PodCrashLooping: pod apigateway-2 is restarting continuously",
      "description": "API Gateway pod apigateway-2 has been restarting continuously for 15 minutes; check "
                     "the previous logs of the pod for any exception."},
     project="documentation.softwareag.com")

# ------------------------------------------------------------------ a team's runbook wiki (PodCrashLoopBackOff)
VF = "https://dokuwiki.vforeseetech.com/_export/raw/runbooks:coustom_alerts:podcrashloopbackoff"
page(VF, C, "PodCrashLoopBackOff for more than 6 hours; the runbook's 'Possible Causes' list "
     "(OOMKills among them) is a guess, not evidence (rule 17)",
     {"alertname": "PodCrashLoopBackOff", "severity": "critical", "namespace": "crm",
      "pod": "crm-sync-6b7d9c8f5-jx4pl", "container": "crm-sync"},
     {"summary": "Pod `crm-sync-6b7d9c8f5-jx4pl` in `crm` is in CrashLoopBackOff",
      "description": "This alert is triggered when a pod container remains in the `CrashLoopBackOff` state "
                     "for more than 6 hours. It indicates that the container is repeatedly crashing and "
                     "Kubernetes is backing off from restarting it.\nPossible Causes: Application crash due "
                     "to bug or misconfiguration; Insufficient memory or CPU causing OOMKills; Failing "
                     "liveness or readiness probes"},
     project="dokuwiki.vforeseetech.com")

# ------------------------------------------------------------------ Amezmo's resource policy (OOM events)
AMZ = "https://www.amezmo.com/docs/policies"
page(AMZ, O, "a container shut down after excessive OOM events (rule 8: the OOM cause decides)",
     {"alertname": "ContainerShutdownPolicy", "severity": "critical", "instance": "amz-app-5531",
      "app": "shop-frontend"},
     {"summary": "Container shop-frontend was shut down: excessive OOM events",
      "description": "Containers are allocated a memory reservation and a swap allocation. If the total "
                     "memory is exceeded, the container will be killed. Excessive OOM events will result "
                     "in the container being shut down. OOM events in the last hour: 6"},
     project="www.amezmo.com")

# ------------------------------------------------------------------ Azure Container Apps: "Backoff restarts and container exits"
ACA_BO = "https://azureossd.github.io/2024/01/19/Container-Apps-Backoff-restarts-and-container-exits/index.html"
page(ACA_BO, C, "ACA ContainerBackOff rows 'Persistent Failiure to start container' (sic): Kubernetes' "
     "back-off restart under ACA's name (rule 4)",
     *aca("aca-container-backoff", "ca-ledger-api",
          "Reason_s=ContainerBackOff Log_s=Persistent Failiure to start container count=6", 6,
          window="PT30M"), project="azureossd.github.io")
page(ACA_BO, C, "ACA 'Persistent Failiure to start container' together with repeated 'was terminated "
     "with exit code' rows (rule 7: repeated exits and a back-off)",
     *aca("aca-container-exits", "ca-report-api",
          "Reason_s=ContainerTerminated Log_s=Container 'report-api' was terminated with exit code '1' "
          "count=5\nReason_s=ContainerBackOff Log_s=Persistent Failiure to start container count=3", 8,
          window="PT30M"), project="azureossd.github.io")
page(ACA_BO, N, "ACA one ContainerTerminated row; the next replica started (one exit, one restart, "
     "rule 7)",
     *aca("aca-container-exits", "ca-pdf-export",
          "Reason_s=ContainerTerminated Log_s=Container 'pdf-export' was terminated with exit code '1' "
          "count=1", 1, window="PT30M"), project="azureossd.github.io")

# ------------------------------------------------------------------ AWS ECS: container restart policies, restarts counted
ECS_CRP = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html"
page(ECS_CRP, C, "a CloudWatch alarm on an ECS container's restart count from Container Insights: 5 "
     "restarts in 15 minutes (rule 7)",
     {"alertname": "ecs-settlement-worker-restarts", "severity": "ALARM", "source": "cloudwatch",
      "cluster": "payments-prd", "service": "settlement-worker", "container": "worker"},
     {"summary": "ALARM: \"ecs-settlement-worker-restarts\" in EU (Ireland)",
      "description": "Threshold Crossed: 1 datapoint [5.0 (05/12/26 17:25:00)] was greater than or equal "
                     "to the threshold (3.0). Container restarts of container worker in service "
                     "settlement-worker (Container Insights, Sum over 15 minutes)."},
     project="docs.aws.amazon.com")
page(ECS_CRP, N, "the same kind of alarm with one restart in its period (rule 7: one restart)",
     {"alertname": "ecs-any-container-restart", "severity": "ALARM", "source": "cloudwatch",
      "cluster": "payments-prd", "service": "fx-rates", "container": "app"},
     {"summary": "ALARM: \"ecs-any-container-restart\" in EU (Ireland)",
      "description": "Threshold Crossed: 1 datapoint [1.0 (05/12/26 16:40:00)] was greater than or equal "
                     "to the threshold (1.0). Container restarts of container app in service fx-rates "
                     "(Container Insights, Sum over 15 minutes)."},
     project="docs.aws.amazon.com")

if __name__ == "__main__":
    family.write()
