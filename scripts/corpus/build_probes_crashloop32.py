#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crashloop32.jsonl: crash loops and restart storms in the words
of tools the corpus had not quoted for them, and their look-alikes.

Crash loops: suture's (Go) supervisor events ("Failed service '…' (N failures of M), restarting:
true", "Entering the backoff state."), NSSM's restart throttling ("ran for less than … milliseconds.
Restart will be delayed by …", in English, French and Italian), Apache Aurora's THROTTLED (flapping)
tasks and Thermos' "under maximum failure limit, restarting.", Argo CD's Degraded health carrying the
container's "Back-off … restarting failed container=…", Elastic Agent's component restart bucket
("Suppressing FAILED state due to restart …"), Pacemaker's migration threshold, Proxmox VE HA's restart and
recovery policies, the descheduler's RemovePodsHavingTooManyRestarts evictions.

Causes inside a loop: a suture service restarting on a failed lookup (dns_failure, rule 13) or on a
refused connection (node_down, rule 11).

Look-alikes (null): one failure and one restart (suture, NSSM, Thermos, Elastic Agent), a back-off
that ends ("Exiting backoff state.", NSSM's throttle reset on resume), a stop timeout, a program not
restarted by policy (NSSM's Ignore action, Thermos' max_failures=1, nodemon's "app crashed - waiting
for file changes"), file-watcher restarts (nodemon), planned restarts (Reloader's rolling reloads,
Aurora's `aurora job restart`, kured's drain/reboot/uncordon notices, "Reboot required"), image-pull
back-off, restart counters at zero or restarts outside the window, a failed reload.

Labels were decided from each alert's meaning under POLICY.md (rules 1, 5, 7, 8, 9, 10, 11, 13, 14,
15, 18) before the classifier ran on the file; see the SOURCES.md section "probes_crashloop32".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_crashloop32.jsonl")
CL = "crash_loop"

SUTURE = ("thejerf/suture", "v4/events.go", "8a2561c661dce2a30c484b08e865676059c1e63e")
SUTURE_SUP = ("thejerf/suture", "v4/supervisor.go", "8a2561c661dce2a30c484b08e865676059c1e63e")


def suture_items():
    """suture v4's supervisor events (EventServiceTerminate, EventServicePanic, EventBackoff,
    EventResume, EventStopTimeout) as Go services log them through their event hook."""
    family.add(SUTURE, CL, "suture: a service failing again and again, counted by a Loki rule",
               {"alertname": "SupervisedServiceFailing", "severity": "critical", "namespace": "ingest",
                "app": "feed-ingester", "service_name": "kafkaConsumer"},
               {"summary": "feed-ingester: 9 service failures in 10m",
                "description": "ingest-root: Failed service 'kafkaConsumer' (4.213707 failures of 5.000000), "
                               "restarting: true, error: consumer loop exited: unexpected end of JSON input"})
    family.add(SUTURE, CL, "suture: the supervisor entered its backoff state (failures above threshold)",
               {"alertname": "LogPatternMatch", "severity": "warning", "service": "edge-router",
                "host": "edge-router-3"},
               {"summary": "edge-router: 'Entering the backoff state.' logged",
                "description": "level=error msg=\"edge-router-root: Entering the backoff state.\" "
                               "supervisor_name=edge-router-root"})
    family.add(SUTURE, CL, "suture: a panicking service restarted repeatedly (JSON event in an Elastic rule)",
               {"alertname": "Log threshold", "severity": "critical", "service.name": "billing-daemon",
                "event.dataset": "billing.supervisor"},
               {"summary": "7 log entries in the last 10 mins for billing-daemon. Alert when > 3.",
                "description": "{\"supervisor_name\":\"billing\",\"service_name\":\"invoiceRenderer\","
                               "\"current_failures\":3.871204,\"failure_threshold\":5,\"restarting\":true,"
                               "\"panic_msg\":\"runtime error: invalid memory address or nil pointer dereference\"}"})
    family.add(SUTURE, CL, "suture: failures past the threshold (6.2 of 5), the tree about to back off",
               {"alertname": "GoSupervisorRestartStorm", "severity": "page", "cluster": "prod-eu",
                "job": "notifier"},
               {"summary": "notifier's supervisor is restarting pushGateway faster than it decays",
                "description": "notifier: Failed service 'pushGateway' (6.218830 failures of 5.000000), "
                               "restarting: true, error: exit status 2"})
    family.add(SUTURE, "dns_failure", "suture: a restart loop whose error is a failed lookup (rule 13)",
               {"alertname": "SupervisedServiceFailing", "severity": "critical", "namespace": "events",
                "app": "event-relay", "service_name": "natsBridge"},
               {"summary": "event-relay: 12 service failures in 10m",
                "description": "relay-root: Failed service 'natsBridge' (4.902117 failures of 5.000000), "
                               "restarting: true, error: dial tcp: lookup nats.events.svc.cluster.local on "
                               "10.96.0.10:53: no such host"})
    family.add(SUTURE, "node_down", "suture: a restart loop whose error is a refused connection (rule 11)",
               {"alertname": "SupervisedServiceFailing", "severity": "critical", "namespace": "ledger",
                "app": "ledger-writer", "service_name": "pgListener"},
               {"summary": "ledger-writer: 8 service failures in 10m",
                "description": "ledger-root: Failed service 'pgListener' (3.544021 failures of 5.000000), "
                               "restarting: true, error: dial tcp 10.40.2.17:5432: connect: connection refused"})
    family.add(SUTURE_SUP, None, "suture: one failure, one restart, its error wrapped by supervisor.go (rule 7)",
               {"alertname": "LogPatternMatch", "severity": "info", "service": "thumbnailer",
                "host": "media-worker-2"},
               {"summary": "thumbnailer: 'Failed service' logged once",
                "description": "media-root: Failed service 'sqsPoller' (1.000000 failures of 5.000000), "
                               "restarting: true, error: from some other context, not the service's context, so service is "
                               "being restarted: context canceled"})
    family.add(SUTURE, None, "suture: the supervisor leaves its backoff state (over, rule 14)",
               {"alertname": "LogPatternMatch", "severity": "info", "service": "edge-router",
                "host": "edge-router-3"},
               {"summary": "edge-router: 'Exiting backoff state.' logged",
                "description": "level=info msg=\"edge-router-root: Exiting backoff state.\" "
                               "supervisor_name=edge-router-root"})
    family.add(SUTURE, None, "suture: a service slow to stop at shutdown (no restart)",
               {"alertname": "ShutdownWarnings", "severity": "warning", "app": "search-indexer",
                "pod": "search-indexer-5b7d9c6f4-qp2tx"},
               {"summary": "search-indexer logged a stop timeout during shutdown",
                "description": "indexer-root: Service bulkWriter failed to terminate in a timely manner"})
    family.add(SUTURE, CL, "suture: a panic event's text form, 5 of them in 10 minutes",
               {"alertname": "GoPanicsRecovered", "severity": "critical", "namespace": "billing",
                "app": "billing-daemon"},
               {"summary": "billing-daemon recovered 5 panics in 10m and restarted the service each time",
                "description": "billing: Failed service 'invoiceRenderer' (2.944310 failures of 5.000000), "
                               "restarting: true, panic: assignment to entry in nil map, stacktrace: goroutine 41 "
                               "[running]:\nmain.(*renderer).Serve(0xc0001a2000, {0x9b5e40, 0xc000214000})"})
    family.add(SUTURE, CL, "suture: a backoff line in a Datadog log monitor",
               {"alertname": "[Logs] supervisor backoff on geo-sync", "severity": "P2", "service": "geo-sync",
                "env": "prod"},
               {"summary": "Log monitor triggered: 2 matching logs in the last 15m",
                "description": "geo-sync-supervisor: Entering the backoff state."})


NSSM = ("kirillkovalenko/nssm", "messages.mc", "9b377191952f38a47b27d8d2a132e1e773967401")
NSSM_SVC = ("kirillkovalenko/nssm", "service.cpp", "9b377191952f38a47b27d8d2a132e1e773967401")


def nssm_items():
    """NSSM's event log messages (messages.mc, English/French/Italian); the throttle doubles from 1 s
    to 128 s with each consecutive early exit (service.cpp throttle_milliseconds)."""
    family.add(NSSM, CL, "NSSM: restart throttled after quick exits (delay 64 s = 7th early exit)",
               {"alertname": "Windows Event Log", "severity": "warning", "host": "APP-WIN-04",
                "source": "nssm", "log": "Application"},
               {"summary": "Warning event from nssm on APP-WIN-04",
                "description": "Service LedgerSync ran for less than 1500 milliseconds.\r\n"
                               "Restart will be delayed by 64000 milliseconds."})
    family.add(NSSM, CL, "NSSM: the throttle message in French (delay 32 s)",
               {"alertname": "EventLogWarning", "severity": "warning", "host": "SRV-PAIE-02",
                "source": "nssm"},
               {"summary": "Avertissement nssm sur SRV-PAIE-02",
                "description": "Le service PaieExport est resté actif durant moins de 1500 millisecondes.\r\n"
                               "Son redémarrage sera retardé de 32000 millisecondes."})
    family.add(NSSM, CL, "NSSM: the throttle message in Italian (delay at its 128 s cap)",
               {"alertname": "EventLogWarning", "severity": "critical", "host": "WS-MAGAZZINO-1",
                "source": "nssm"},
               {"summary": "nssm: riavvio ritardato su WS-MAGAZZINO-1",
                "description": "Il servizio GestioneOrdini è rimasto in esecuzione per meno di 1500 millisecondi.\r\n"
                               "Il riavvio verrà posticipato di 128000 millisecondi."})
    family.add(NSSM, CL, "NSSM: the restart action logged 9 times in 30 minutes (a Zabbix event count)",
               {"alertname": "nssm restarts on WIN-RPT-07", "severity": "High", "host": "WIN-RPT-07"},
               {"summary": "Service ReportScheduler restarted 9 times in 30m",
                "description": "Last event: Service ReportScheduler action for exit code 3 is Restart.\r\n"
                               "Attempting to restart C:\\Apps\\ReportScheduler\\scheduler.exe."})
    family.add(NSSM, None, "NSSM: one exit and one restart (rule 7)",
               {"alertname": "Windows Event Log", "severity": "info", "host": "APP-WIN-11",
                "source": "nssm", "log": "Application"},
               {"summary": "Information event from nssm on APP-WIN-11",
                "description": "Service MailRelay action for exit code 1 is Restart.\r\n"
                               "Attempting to restart C:\\Program Files\\MailRelay\\relay.exe."})
    family.add(NSSM, None, "NSSM: exit action Ignore, the program is not restarted (no loop)",
               {"alertname": "EventLogWarning", "severity": "warning", "host": "APP-WIN-11",
                "source": "nssm"},
               {"summary": "nssm will not restart Indexer on APP-WIN-11",
                "description": "Service Indexer action for exit code 2 is Ignore.\r\n"
                               "No action will be taken to restart C:\\Tools\\indexer\\indexer.exe."})
    family.add(NSSM, None, "NSSM: an operator's resume resets the throttle (planned, rule 9)",
               {"alertname": "Windows Event Log", "severity": "info", "host": "APP-WIN-04",
                "source": "nssm", "log": "Application"},
               {"summary": "Information event from nssm on APP-WIN-04",
                "description": "Request to resume service LedgerSync.  Throttling of restart attempts will be reset."})
    family.add(NSSM_SVC, None, "NSSM: the first throttled restart (1 s delay: one early exit, rule 7)",
               {"alertname": "EventLogWarning", "severity": "warning", "host": "KIOSK-GW-01",
                "source": "nssm"},
               {"summary": "nssm warning on KIOSK-GW-01",
                "description": "Service KioskGateway ran for less than 1500 milliseconds.\r\n"
                               "Restart will be delayed by 1000 milliseconds."})
    family.add(NSSM, CL, "NSSM: the throttle in a Datadog Windows event monitor (delay 16 s)",
               {"alertname": "[Windows] nssm throttled restarts", "severity": "P3", "host": "i-0a4c19e7d2",
                "event_source": "nssm"},
               {"summary": "Event monitor triggered on i-0a4c19e7d2",
                "description": "Service TelemetryForwarder ran for less than 1500 milliseconds.\r\n"
                               "Restart will be delayed by 16000 milliseconds."})
    family.add(NSSM, CL, "NSSM: the restart action in French, 6 times in 20 minutes",
               {"alertname": "EventLogCount", "severity": "critical", "host": "SRV-FACT-03", "source": "nssm"},
               {"summary": "6 événements nssm en 20 minutes sur SRV-FACT-03",
                "description": "L'action prévue du service FacturationSync pour le code retour 1 est: Restart.\r\n"
                               "Tentative de redémarrage de D:\\Services\\FacturationSync\\sync.exe."})
    family.add(NSSM, CL, "NSSM: the restart action in Italian, 5 times in 15 minutes",
               {"alertname": "EventLogCount", "severity": "warning", "host": "SRV-LOG-05", "source": "nssm"},
               {"summary": "5 eventi nssm in 15 minuti su SRV-LOG-05",
                "description": "L'azione per il servizio Spedizioni, codice di uscita 255, è Restart.\r\n"
                               "Tentativo di riavvio C:\\Servizi\\spedizioni\\agent.exe."})
    family.add(NSSM_SVC, None, "NSSM: the configured restart delay on a first restart (a setting, one restart)",
               {"alertname": "Windows Event Log", "severity": "info", "host": "APP-WIN-08",
                "source": "nssm", "log": "Application"},
               {"summary": "Information event from nssm on APP-WIN-08",
                "description": "Restart of service QueueBridge will be delayed by 5000 milliseconds."})
    family.add(NSSM, None, "NSSM: a malformed AppRestartDelay value (a setting, rule 9)",
               {"alertname": "EventLogWarning", "severity": "warning", "host": "APP-WIN-08", "source": "nssm"},
               {"summary": "nssm warning on APP-WIN-08",
                "description": "The registry value AppRestartDelay, used to specify the number of milliseconds by "
                               "which restarts of service QueueBridge will be delayed, was not of type REG_DWORD.\r\n"
                               "No mandatory delay will be employed."})


AURORA = "apache/aurora"
AURORA_COMMIT = "11ebaeeb071cb182c388a40755e84f60dda32260"
AURORA_LIFECYCLE = (AURORA, "docs/reference/task-lifecycle.md", AURORA_COMMIT)
AURORA_VARS = (AURORA, "src/main/java/org/apache/aurora/scheduler/TaskVars.java", AURORA_COMMIT)
THERMOS = (AURORA, "src/main/python/apache/thermos/core/runner.py", AURORA_COMMIT)


def aurora_items():
    """Apache Aurora's THROTTLED state (a flapping task held back with a growing penalty), its
    task_store_<STATUS> gauges, and the Thermos runner's process failure lines."""
    family.add(AURORA_VARS, CL, "Aurora: tasks held THROTTLED as flapping (task_store_THROTTLED gauge)",
               {"alertname": "AuroraTasksThrottled", "severity": "warning", "job": "aurora-scheduler",
                "instance": "aurora-sched-2:8081"},
               {"summary": "4 tasks are THROTTLED on the Aurora scheduler",
                "description": "task_store_THROTTLED = 4 for 15m: tasks whose previous run ended after less "
                               "than 5 minutes are flapping and wait out a growing penalty before rescheduling"})
    family.add(AURORA_LIFECYCLE, CL, "Aurora: one job's instance flapping in and out of THROTTLED",
               {"alertname": "AuroraJobFlapping", "severity": "critical", "role": "www-data",
                "environment": "prod", "job": "checkout"},
               {"summary": "www-data/prod/checkout instance 3 is flapping",
                "description": "Instance 3 went FAILED -> THROTTLED 6 times in the last hour; each run "
                               "lasted under 5 minutes and the rescheduling penalty keeps increasing"})
    family.add(THERMOS, CL, "Thermos: a process failing and restarted under max_failures, then given up",
               {"alertname": "ThermosProcessFailures", "severity": "critical", "task": "reporting-api-0",
                "host": "mesos-agent-14"},
               {"summary": "Thermos process 'api' failed 3 times in 4 minutes",
                "description": "Process(api) failed [rc=1]\nProcess api under maximum failure limit, restarting.\n"
                               "Process(api) failed [rc=1]\nProcess api under maximum failure limit, restarting.\n"
                               "Process(api) failed [rc=1]\nProcess api reached maximum failures, marking "
                               "process run failed."})
    family.add(THERMOS, CL, "Thermos: 'under maximum failure limit, restarting.' counted 6 times",
               {"alertname": "LogLineCount", "severity": "warning", "task": "feeds-worker-2",
                "host": "mesos-agent-03"},
               {"summary": "6 matching lines in 15m",
                "description": "Process feed_loader under maximum failure limit, restarting."})
    family.add(THERMOS, None, "Thermos: max_failures=1, one failure and no restart (a failed run, rule 10)",
               {"alertname": "ThermosProcessFailures", "severity": "warning", "task": "db-migrate-0",
                "host": "mesos-agent-07"},
               {"summary": "Thermos process 'migrate' failed",
                "description": "Process(migrate) failed [rc=1]\nProcess migrate reached maximum failures, "
                               "marking process run failed."})
    family.add(THERMOS, None, "Thermos: one restart under the failure limit (rule 7)",
               {"alertname": "LogLineCount", "severity": "info", "task": "feeds-worker-0",
                "host": "mesos-agent-03"},
               {"summary": "1 matching line in 15m",
                "description": "Process(feed_loader) failed [rc=1]\nProcess feed_loader under maximum "
                               "failure limit, restarting."})
    family.add(AURORA_LIFECYCLE, None, "Aurora: `aurora job restart` puts tasks in RESTARTING (operator, rule 9)",
               {"alertname": "AuroraTaskStateChange", "severity": "info", "role": "www-data",
                "environment": "prod", "job": "search"},
               {"summary": "www-data/prod/search: 12 tasks entered RESTARTING",
                "description": "Tasks were forced into RESTARTING by `aurora job restart www-data/prod/search` "
                               "(user deploy-bot); replacements are being scheduled"})
    family.add(THERMOS, CL, "Thermos: restarts of one process in a Grafana log panel alert",
               {"alertname": "Thermos restarts", "severity": "warning", "grafana_folder": "Mesos",
                "task": "www-data-prod-pricing-1"},
               {"summary": "pricing: 'under maximum failure limit, restarting.' seen 4 times in 10m",
                "description": "Process quote_server under maximum failure limit, restarting."})


NODEMON = ("remy/nodemon", "lib/monitor/run.js", "1d0a639b67f6d9dfa6dc3089d53461993106ebab")
NODEMON_WATCH = ("remy/nodemon", "lib/monitor/watch.js", "1d0a639b67f6d9dfa6dc3089d53461993106ebab")


def nodemon_items():
    """nodemon's status lines: a crash it does not restart, restarts on file changes."""
    family.add(NODEMON, None, "nodemon: the app crashed and waits for file changes (not restarted)",
               {"alertname": "ContainerLogError", "severity": "warning", "container": "storefront-dev",
                "host": "dev-box-12"},
               {"summary": "storefront-dev logged a crash",
                "description": "[nodemon] app crashed - waiting for file changes before starting..."})
    family.add(NODEMON_WATCH, None, "nodemon: restarts on source changes (file watcher, not a crash)",
               {"alertname": "FrequentRestarts", "severity": "info", "container": "api-dev",
                "host": "dev-box-12"},
               {"summary": "api-dev restarted 5 times in 10m",
                "description": "[nodemon] restarting due to changes..."})
    family.add(NODEMON, None, "nodemon: a clean exit waiting for changes (no restart)",
               {"alertname": "ContainerLogLine", "severity": "info", "container": "cron-dev",
                "host": "dev-box-03"},
               {"summary": "cron-dev: nodemon status line",
                "description": "[nodemon] clean exit - waiting for changes before restart"})


RELOADER = ("stakater/Reloader", "internal/pkg/handler/upgrade.go", "655a2b3814baadb69d3d1e105242d6cc8875d7cb")


def reloader_items():
    """Reloader's rolling restarts after a ConfigMap or Secret change: planned work (rule 9)."""
    family.add(RELOADER, None, "Reloader: its Slack alert for a rolling reload (planned restart, rule 9)",
               {"alertname": "Reloader", "channel": "#deploys", "namespace": "payments"},
               {"summary": "Reloader",
                "description": "Reloader detected changes in *payments-config* of type *CONFIGMAP* in namespace "
                               "*payments*. Hence reloaded *payments-api* of type *Deployment* in namespace *payments*"})
    family.add(RELOADER, None, "Reloader: the Reloaded event on a Deployment (planned restart, rule 9)",
               {"alertname": "KubernetesEvent", "severity": "info", "namespace": "orders",
                "reason": "Reloaded", "involved_object": "Deployment/orders-worker"},
               {"summary": "Normal Reloaded on Deployment/orders-worker",
                "description": "Changes detected in 'db-credentials' of type 'SECRET' in namespace 'orders', "
                               "Updated 'orders-worker' of type 'Deployment' in namespace 'orders'"})
    family.add(RELOADER, None, "Reloader: a rolling reload that failed to apply (no restart at all)",
               {"alertname": "KubernetesEvent", "severity": "warning", "namespace": "search",
                "reason": "ReloadFail", "involved_object": "StatefulSet/opensearch-data"},
               {"summary": "Warning ReloadFail on StatefulSet/opensearch-data",
                "description": "Update for 'opensearch-data' of type 'StatefulSet' in namespace 'search' failed "
                               "with error Operation cannot be fulfilled on statefulsets.apps \"opensearch-data\": "
                               "the object has been modified; please apply your changes to the latest version and try again"})


GITOPS = "argoproj/gitops-engine"
GITOPS_COMMIT = "5baed5604d2dd970619fc9b91e8d31724662ab3e"
CRASHLOOP_POD = (GITOPS, "pkg/health/testdata/pod-crashloop.yaml", GITOPS_COMMIT)
ONFAILURE_POD = (GITOPS, "pkg/health/testdata/pod-running-restart-onfailure.yaml", GITOPS_COMMIT)
ERROR_POD = (GITOPS, "pkg/health/testdata/pod-error.yaml", GITOPS_COMMIT)
PULL_POD = (GITOPS, "pkg/health/testdata/pod-imagepullbackoff.yaml", GITOPS_COMMIT)


def gitops_items():
    """Argo CD's pod health (gitops-engine pkg/health/health_pod.go): Degraded with the waiting
    container's message, as its test pods carry it."""
    family.add(CRASHLOOP_POD, CL, "Argo CD: app Degraded, pod back-off restarting (restartCount 3)",
               {"alertname": "ArgoCDAppHealthDegraded", "severity": "warning", "name": "checkout",
                "project": "shop", "health_status": "Degraded"},
               {"summary": "Application checkout has degraded.",
                "description": "Pod my-pod: Back-off 40s restarting failed container=main "
                               "pod=my-pod_argocd(63674389-f613-11e8-a057-fe5f49266390)"})
    family.add(ONFAILURE_POD, CL, "Argo CD: Degraded with a back-off of 1m20s (restartCount 4)",
               {"alertname": "ArgoAppDegraded", "severity": "critical", "dest_namespace": "argocd",
                "name": "batch-runner"},
               {"summary": "batch-runner health is Degraded",
                "description": "CrashLoopBackOff: Back-off 1m20s restarting failed container=main "
                               "pod=my-pod_argocd(3cf9325e-f617-11e8-a057-fe5f49266390) (restarts: 4)"})
    family.add(ERROR_POD, CL, "Argo CD: a pod whose container exited with code 1 twice in 15 s (restartCount 2)",
               {"alertname": "PodContainerErrors", "severity": "warning", "namespace": "argocd",
                "pod": "my-pod", "container": "main"},
               {"summary": "my-pod/main terminated with Error (exit code 1), restart count 2",
                "description": "last state: terminated, reason Error, exit code 1, finished 09:19:41; "
                               "current state: terminated, reason Error, exit code 1, finished 09:19:56"})
    family.add(PULL_POD, None, "Argo CD: Degraded by an image-pull back-off (no restart; restarts29's decision)",
               {"alertname": "ArgoCDAppHealthDegraded", "severity": "warning", "name": "guestbook",
                "project": "default", "health_status": "Degraded"},
               {"summary": "Application guestbook has degraded.",
                "description": "Pod my-pod: Back-off pulling image \"gcr.io/heptio-images/ks-guestbook-demo:0.3\""})
    family.add(ONFAILURE_POD, CL, "Argo CD: a Grafana alert on a Degraded app with the back-off message",
               {"alertname": "ArgoCD application degraded", "severity": "warning", "grafana_folder": "GitOps",
                "name": "nightly-exporter"},
               {"summary": "nightly-exporter has been Degraded for 10m",
                "description": "health message: Back-off 1m20s restarting failed container=main "
                               "pod=my-pod_argocd(3cf9325e-f617-11e8-a057-fe5f49266390)"})


KURED = ("kubereboot/kured", "cmd/kured/main.go", "51220cc778a4c8cc5bdd35617697a2844887f8c7")


def kured_items():
    """kured's default notification templates and log lines: planned node reboots (rule 9)."""
    family.add(KURED, None, "kured: its reboot notification (planned reboot, rule 9)",
               {"alertname": "kured", "channel": "#k8s-maintenance", "cluster": "prod-us-east"},
               {"summary": "kured", "description": "Rebooting node ip-10-22-4-118.ec2.internal"})
    family.add(KURED, None, "kured: its drain notification (planned, rule 9)",
               {"alertname": "kured", "channel": "#k8s-maintenance", "cluster": "prod-us-east"},
               {"summary": "kured", "description": "Draining node ip-10-22-7-31.ec2.internal"})
    family.add(KURED, None, "kured: node back after its reboot (over, rule 14)",
               {"alertname": "kured", "channel": "#k8s-maintenance", "cluster": "staging"},
               {"summary": "kured", "description": "Node aks-pool1-31418-vmss000004 rebooted & uncordoned successfully!"})
    family.add(KURED, None, "kured: a reboot is required (pending, rule 10)",
               {"alertname": "LogPatternMatch", "severity": "info", "namespace": "kube-system",
                "pod": "kured-8xq2m"},
               {"summary": "kured on worker-b-6 logged a pending reboot",
                "description": "time=\"2026-12-05T03:00:12Z\" level=info msg=\"Reboot required\""})


PCMK = ("ClusterLabs/pacemaker", "lib/pacemaker/pcmk_sched_resource.c", "0a519a6e6b1663bb655b3f81afffff70529c50c4")


def pacemaker_items():
    """Pacemaker's scheduler on a resource's fail count against its migration-threshold: banned from
    the node once the count reaches it ("cannot run on … due to reaching migration threshold"), and
    the tries left before that ("can fail N more times on …")."""
    family.add(PCMK, CL, "Pacemaker: a resource banned after 3 failures on its node (restarted twice there)",
               {"alertname": "PacemakerSchedulerWarning", "severity": "critical", "cluster": "pg-ha",
                "host": "db-ha-1"},
               {"summary": "pacemaker-schedulerd warning on db-ha-1",
                "description": "Dec 05 21:14:09 db-ha-1 pacemaker-schedulerd[2231]: warning: pgsql-primary cannot run "
                               "on db-ha-1 due to reaching migration threshold (clean up resource to allow again) | "
                               "failures=3 migration-threshold=3"})
    family.add(PCMK, CL, "Pacemaker: a clone banned after 5 failures (syslog frame)",
               {"alertname": "SyslogPattern", "severity": "warning", "program": "pacemaker-schedulerd",
                "host": "lb-ha-2"},
               {"summary": "lb-ha-2: resource reached its migration threshold",
                "description": "<28>1 2026-12-05T18:02:51Z lb-ha-2 pacemaker-schedulerd 1904 - - haproxy-clone cannot "
                               "run on lb-ha-2 due to reaching migration threshold (clean up resource to allow again) | "
                               "failures=5 migration-threshold=5"})
    family.add(PCMK, CL, "Pacemaker: 4 failures so far, one try left of 5 (recovered in place 4 times)",
               {"alertname": "PacemakerResourceFailing", "severity": "warning", "cluster": "nfs-ha",
                "host": "nfs-ha-1"},
               {"summary": "nfs-server keeps failing on nfs-ha-1",
                "description": "pacemaker-schedulerd[1566]: info: nfs-server can fail 1 more time on nfs-ha-1 before "
                               "reaching migration threshold (5)"})
    family.add(PCMK, CL, "Pacemaker: a banned resource in an Icinga notification",
               {"alertname": "pacemaker-log", "severity": "CRITICAL", "host": "sap-ha-2",
                "service": "pacemaker-scheduler-warnings"},
               {"summary": "***** Icinga  *****\n\nNotification Type: PROBLEM\n\nService: pacemaker-scheduler-warnings\n"
                          "Host: sap-ha-2\nState: CRITICAL",
                "description": "pacemaker-schedulerd[3310]: warning: rsc_sap_ERS10 cannot run on sap-ha-2 due to reaching migration threshold (clean "
                               "up resource to allow again) | failures=4 migration-threshold=4"})
    family.add(PCMK, None, "Pacemaker: migration-threshold=1, one failure moves the resource (no restart)",
               {"alertname": "PacemakerSchedulerWarning", "severity": "warning", "cluster": "web-ha",
                "host": "web-ha-1"},
               {"summary": "pacemaker-schedulerd warning on web-ha-1",
                "description": "pacemaker-schedulerd[2018]: warning: vip-public cannot run on web-ha-1 due to reaching "
                               "migration threshold (clean up resource to allow again) | failures=1 migration-threshold=1"})
    family.add(PCMK, None, "Pacemaker: one failure so far, two tries left of 3 (one recovery, rule 7)",
               {"alertname": "PacemakerResourceFailing", "severity": "info", "cluster": "web-ha",
                "host": "web-ha-2"},
               {"summary": "apache-web failed once on web-ha-2",
                "description": "pacemaker-schedulerd[2018]: info: apache-web can fail 2 more times on web-ha-2 before "
                               "reaching migration threshold (3)"})


PVE_LRM = ("proxmox/pve-ha-manager", "src/PVE/HA/LRM.pm", "b71218f279d57417dbcdd957128499695fe55171")
PVE_CRM = ("proxmox/pve-ha-manager", "src/PVE/HA/Manager.pm", "b71218f279d57417dbcdd957128499695fe55171")


def proxmox_items():
    """Proxmox VE's HA stack: the LRM's restart policy (max_restart) and the CRM's relocate/recovery
    policy (max_relocate)."""
    family.add(PVE_LRM, CL, "Proxmox HA: the LRM's third restart-policy retry of one guest",
               {"alertname": "ProxmoxHAWarnings", "severity": "warning", "cluster": "pve-prod",
                "host": "pve2"},
               {"summary": "pve-ha-lrm on pve2 is retrying vm:104",
                "description": "pve-ha-lrm[1733]: unable to start service vm:104\npve-ha-lrm[1733]: restart policy: "
                               "retry number 3 for service 'vm:104'"})
    family.add(PVE_LRM, CL, "Proxmox HA: the LRM gives up after 2 retries on the local node",
               {"alertname": "ProxmoxHAErrors", "severity": "critical", "cluster": "pve-prod", "host": "pve3"},
               {"summary": "pve-ha-lrm error on pve3",
                "description": "pve-ha-lrm[2210]: unable to start service vm:131 on local node after 2 retries"})
    family.add(PVE_CRM, CL, "Proxmox HA: the recovery policy fails on every node, error state",
               {"alertname": "ProxmoxHAErrors", "severity": "critical", "cluster": "pve-lab", "host": "pve1"},
               {"summary": "pve-ha-crm: vm:118 entered the error state",
                "description": "pve-ha-crm[1402]: recovery policy for service vm:118 failed, entering error state. "
                               "Failed nodes: pve1, pve2, pve3"})
    family.add(PVE_LRM, CL, "Proxmox HA: a Graylog count of restart-policy retries for one container",
               {"alertname": "Graylog event: pve-ha restart retries", "severity": "high", "source": "pve5"},
               {"summary": "4 messages matched in the last 30 minutes",
                "description": "pve-ha-lrm[2054]: restart policy: retry number 2 for service 'ct:240'"})
    family.add(PVE_LRM, None, "Proxmox HA: the first restart-policy retry (one restart, rule 7)",
               {"alertname": "ProxmoxHAWarnings", "severity": "info", "cluster": "pve-prod", "host": "pve4"},
               {"summary": "pve-ha-lrm on pve4 is retrying ct:210",
                "description": "pve-ha-lrm[1688]: restart policy: retry number 1 for service 'ct:210'"})
    family.add(PVE_LRM, None, "Proxmox HA: max_restart 0, one failed start and no retry (no loop, rule 5)",
               {"alertname": "ProxmoxHAErrors", "severity": "warning", "cluster": "pve-lab", "host": "pve2"},
               {"summary": "pve-ha-lrm error on pve2",
                "description": "pve-ha-lrm[1930]: unable to start service ct:305 on local node after 0 retries"})
    family.add(PVE_CRM, None, "Proxmox HA: relocation succeeded on another node (recovered, rule 14)",
               {"alertname": "ProxmoxHAInfo", "severity": "info", "cluster": "pve-lab", "host": "pve1"},
               {"summary": "pve-ha-crm: vm:122 running again",
                "description": "pve-ha-crm[1402]: relocation policy successful for 'vm:122' on node 'pve3', failed "
                               "nodes: pve1"})


AGENT = ("elastic/elastic-agent", "pkg/component/runtime/command.go", "07adab5bc3d249133b4615832270434546c189d0")
AGENT_SVC = ("elastic/elastic-agent", "pkg/component/runtime/service.go", "07adab5bc3d249133b4615832270434546c189d0")


def agent_items():
    """Elastic Agent's command runtime: restarts allowed by its restart bucket are "Suppressing FAILED
    state due to restart", and FAILED is reported once the bucket is full of restart events."""
    family.add(AGENT, CL, "Elastic Agent: 11 suppressed-failure restarts of one component in 5 minutes",
               {"alertname": "Log threshold", "severity": "warning", "agent.name": "fleet-host-09",
                "component.id": "filestream-default"},
               {"summary": "11 log entries in the last 5 mins for fleet-host-09. Alert when > 5.",
                "description": "Suppressing FAILED state due to restart for '48213' exited with code '1'"})
    family.add(AGENT, CL, "Elastic Agent: FAILED once its restart bucket is full, after restarts",
               {"alertname": "FleetAgentUnhealthy", "severity": "critical", "agent": "edge-collector-2",
                "policy": "edge-linux"},
               {"summary": "Agent edge-collector-2: component winlog-default FAILED after repeated restarts",
                "description": "Suppressing FAILED state due to restart for '7131' exited with code '2' (x10)\n"
                               "Failed: pid '7188' exited with code '2'"})
    family.add(AGENT_SVC, CL, "Elastic Agent: a service component failing to start, retried with waits",
               {"alertname": "Log threshold", "severity": "critical", "agent.name": "ws-fin-221",
                "component.id": "endpoint-default"},
               {"summary": "6 log entries in the last 15 mins for ws-fin-221. Alert when > 2.",
                "description": "failed to start endpoint service, err: exit status 1, restarting after waiting for 30s"})
    family.add(AGENT, None, "Elastic Agent: one restart of a component (rule 7)",
               {"alertname": "Log threshold", "severity": "info", "agent.name": "fleet-host-02",
                "component.id": "system/metrics-default"},
               {"summary": "1 log entry in the last 5 mins for fleet-host-02. Alert when > 0.",
                "description": "Suppressing FAILED state due to restart for '3301' exited with code '1'"})
    family.add(AGENT, None, "Elastic Agent: a hung component killed for missed check-ins (once, no loop)",
               {"alertname": "Log threshold", "severity": "warning", "agent.name": "fleet-host-05",
                "component.id": "http/metrics-monitoring"},
               {"summary": "1 log entry in the last 5 mins for fleet-host-05. Alert when > 0.",
                "description": "Failed: pid '29910' missed 3 check-ins and will be killed"})
    family.add(AGENT_SVC, CL, "Elastic Agent: the service start retry line in a Kibana rule, 4 in 10 minutes",
               {"alertname": "Elastic Agent service component restarting", "severity": "warning",
                "host.name": "pos-terminal-118"},
               {"summary": "4 documents matched in the last 10m",
                "description": "failed to start endpoint service, err: exit status 255, restarting after "
                               "waiting for 1m0s"})


DESCHED = "kubernetes-sigs/descheduler"
DESCHED_COMMIT = "7d2b28bf2b6a12810317936d909af0270ff38fa3"
DESCHED_EVICT = (DESCHED, "pkg/descheduler/evictions/evictions.go", DESCHED_COMMIT)
DESCHED_README = (DESCHED, "README.md", DESCHED_COMMIT)
DESCHED_METRICS = (DESCHED, "metrics/metrics.go", DESCHED_COMMIT)


def descheduler_items():
    """The descheduler's RemovePodsHavingTooManyRestarts plugin (README) and its eviction log and event
    (evictions.go): a pod evicted because its containers restarted past the threshold."""
    family.add(DESCHED_EVICT, CL, "descheduler: a pod evicted by RemovePodsHavingTooManyRestarts (log)",
               {"alertname": "DeschedulerEvictions", "severity": "warning", "namespace": "kube-system",
                "strategy": "RemovePodsHavingTooManyRestarts"},
               {"summary": "descheduler evicted a pod for too many restarts",
                "description": "I1205 22:41:07.512233       1 evictions.go:609] \"Evicted pod\" pod=\"shop/cart-6f7d8b9c5-kx2mn\" "
                               "reason=\"\" strategy=\"RemovePodsHavingTooManyRestarts\" node=\"ip-10-12-33-41.ec2.internal\" "
                               "profile=\"default\""})
    family.add(DESCHED_README, CL, "descheduler: its eviction event named after the restarts plugin "
               "(policy: podRestartThreshold 20, states CrashLoopBackOff)",
               {"alertname": "KubernetesEvent", "severity": "info", "namespace": "media",
                "reason": "RemovePodsHavingTooManyRestarts", "involved_object": "Pod/transcoder-5d9f7c8b6-zr4qv"},
               {"summary": "Normal RemovePodsHavingTooManyRestarts on Pod/transcoder-5d9f7c8b6-zr4qv",
                "description": "pod eviction from gke-media-pool-2-8a1f node by sigs.k8s.io/descheduler "
                               "(DeschedulerPolicy: podRestartThreshold: 20, states: [CrashLoopBackOff])"})
    family.add(DESCHED_METRICS, CL, "descheduler: pods evicted by the restarts plugin, counted by a Prometheus rule",
               {"alertname": "DeschedulerEvictingRestartingPods", "severity": "warning", "namespace": "batch",
                "strategy": "RemovePodsHavingTooManyRestarts", "result": "success"},
               {"summary": "3 pods in batch evicted for too many restarts in the last hour",
                "description": "increase(descheduler_pods_evicted_total{strategy=\"RemovePodsHavingTooManyRestarts\","
                               "namespace=\"batch\"}[1h]) = 3"})
    family.add(DESCHED_EVICT, None, "descheduler: an eviction refused by its own per-node limit (no restart)",
               {"alertname": "KubernetesEvent", "severity": "warning", "namespace": "web",
                "reason": "EvictionFailed", "involved_object": "Pod/storefront-6b8d9c7f5-p4tzq"},
               {"summary": "Warning EvictionFailed on Pod/storefront-6b8d9c7f5-p4tzq",
                "description": "pod eviction from ip-10-31-7-202.eu-central-1.compute.internal node by "
                               "sigs.k8s.io/descheduler failed: node eviction limit exceeded (5)"})


suture_items()
nssm_items()
aurora_items()
nodemon_items()
reloader_items()
gitops_items()
kured_items()
pacemaker_items()
proxmox_items()
agent_items()
descheduler_items()
family.write()
