#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crash23.jsonl: crash loops outside the kubelet's wording and their
look-alikes, in English, as process supervisors, platforms and monitors document their messages, each rendered
as an alert (Alertmanager labels/annotations, or a log/event alert carrying the line).

Sources (quoted as the source has them; hosts, programs, pids, counts and the frames are ours): supervisord's
log lines, event-listener payloads, supervisorctl output and start-up refusal (Supervisor/supervisor); Windows
Service Control Manager events as the SCOM "A Service Terminated Unexpectedly" rule lists them
(systemcenter.wiki) and myeventlog.com's 7031 entry; IIS/WAS application-pool events (learn.microsoft.com);
Service Fabric code-package health and statistics (learn.microsoft.com); Heroku's error codes
(devcenter.heroku.com); Amazon ECS stopped-task errors (docs.aws.amazon.com, repost.aws); Docker's restart
policies, swarm task states and compose deploy policies (docker/docs, docs.docker.com); runit's `sv` status
(void-linux/runit); Cloud Foundry's process events (cloudfoundry/cloud_controller_ng); Argo Workflows' node
messages (argoproj/argo-workflows); Coroot's built-in checks and alerting rules (coroot/coroot);
systemd_exporter's restart counter (prometheus-community/systemd_exporter); windows_exporter's service and
update docs (prometheus-community/windows_exporter); OpenTelemetry's k8s_cluster and docker_stats receivers
(open-telemetry/opentelemetry-collector-contrib); GitLab's Sidekiq memory killer (docs.gitlab.com); ONTAP EMS
events (docs.netapp.com); Avi's SeProcessCrashedDetails (developer.broadcom.com); Instana's crash detector
(www.ibm.com); Oracle GoldenGate's AUTORESTART (docs.oracle.com). Every project was checked `OK` with
heldout_check.py.

What the family tests: repeated exits and supervisors' give-up or back-off states worded by each tool
(crash_loop), next to look-alikes that share their words and are not a loop: one unexpected exit or crash, an
expected exit, a stop by an operator or a deploy, a configuration reload or a changed restart policy, a
start-up refused because of a configured limit, a short uptime, a counter reset, a start time limit, a single
failed start, failed batch steps, a rollout in progress, pending updates; restarts whose cause another
signature names (memory: out_of_memory, rule 1); and services or nodes that are down (node_down, rule 16).

Labels are decided from each message's meaning under tests/fixtures/corpus/POLICY.md before the classifier ran.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_crash23.jsonl")
C, O, ND, N = "crash_loop", "out_of_memory", "node_down", None

SUP = "Supervisor/supervisor"
SUP_HEAD = "abc60468ea4b78c446cf3a194f6fccb83d90f670"
SUP_PROCESS = (SUP, "supervisor/process.py", SUP_HEAD)
SUP_OPTIONS = (SUP, "supervisor/options.py", SUP_HEAD)
SUP_SUPERVISORD = (SUP, "supervisor/supervisord.py", SUP_HEAD)
SUP_CTL = (SUP, "supervisor/supervisorctl.py", SUP_HEAD)
SUP_EVENTS = (SUP, "docs/events.rst", SUP_HEAD)

SCOM_RULE = ("https://systemcenter.wiki/?GetElement=Microsoft.Windows.Server.2003.OperatingSystem.ServiceTerminatedUnexpextedly.Alert"
             "&ManagementPack=Microsoft.Windows.Server.2003&Type=Rule&Version=6.0.6667.0")
MYEVENTLOG_7031 = "https://myeventlog.com/search/show/131"
HEROKU_CODES = "https://devcenter.heroku.com/articles/error-codes"
ECS_OOM = "https://repost.aws/knowledge-center/ecs-resolve-outofmemory-errors"
ECS_STOPPED = "https://docs.aws.amazon.com/AmazonECS/latest/userguide/stopped-task-error-codes.html"
DOCKER_RESTART = "https://docs.docker.com/reference/api/engine/version/v1.57/schemas/RestartPolicy/"

RUNIT = "void-linux/runit"
RUNIT_HEAD = "2b8000f1ebd07fd68ee0e3c32737d97bcd1687fb"
RUNIT_SV = (RUNIT, "src/sv.c", RUNIT_HEAD)
RUNIT_RUNSV = (RUNIT, "man/runsv.8", RUNIT_HEAD)

SWARM_STATES = ("docker/docs", "content/manuals/engine/swarm/how-swarm-mode-works/swarm-task-states.md",
                "28bcc245b2923afc9a605f451d18f6586269996d")
WINEXP_SERVICE = ("prometheus-community/windows_exporter", "docs/collector.service.md",
                  "589ec15d12b25894f425d72d7a2396c9344b00a0")
GITLAB_MEMKILLER = "https://docs.gitlab.com/administration/sidekiq/sidekiq_memory_killer"
SF_CODE_ERRORS = "https://learn.microsoft.com/en-us/azure/service-fabric/service-fabric-diagnostics-code-package-errors"
SF_TYPE_STATUS = "https://learn.microsoft.com/en-us/rest/api/servicefabric/sfclient-model-servicetyperegistrationstatus"
SF_EP_STATS = "https://learn.microsoft.com/en-us/rest/api/servicefabric/sfclient-model-codepackageentrypointstatistics"

CF_EVENTS = ("cloudfoundry/cloud_controller_ng", "app/repositories/process_event_repository.rb",
             "b7e6139b47944c198d142ed3c6165ebd35ac7ddd")
ARGO_OPERATOR = ("argoproj/argo-workflows", "workflow/controller/operator.go", "f016ad89eb269d282aec06dc491c29f396a38df4")

DOCKER_AUTOSTART = ("docker/docs", "content/manuals/engine/containers/start-containers-automatically.md",
                    "fd7ecdc1c8744c52cfccd5f73e355ec86535c909")
WINEXP_UPDATE = ("prometheus-community/windows_exporter", "docs/collector.update.md",
                 "589ec15d12b25894f425d72d7a2396c9344b00a0")

COROOT_CHECKS = ("coroot/coroot", "model/check.go", "370a33fd4fd3a9fff4433ded83de335df64ecd2f")
COROOT_RULES = ("coroot/coroot", "model/alerting_rule.go", "370a33fd4fd3a9fff4433ded83de335df64ecd2f")
SYSTEMD_EXPORTER = ("prometheus-community/systemd_exporter", "systemd/systemd.go", "75ef6d44f6124001b9017f8de9504260701944a5")
OTEL_K8SCLUSTER = ("open-telemetry/opentelemetry-collector-contrib", "receiver/k8sclusterreceiver/documentation.md",
                   "a4e6819e0f8e0104cc947d9bdd53b09c4a2bda22")
OTEL_DOCKERSTATS = ("open-telemetry/opentelemetry-collector-contrib", "receiver/dockerstatsreceiver/documentation.md",
                    "e5ace5a949c93df9d9825d43602a97b109926ee5")

IIS_POOL_EVENTS = ("https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/"
                   "cc735151(v=ws.10)?redirectedfrom=MSDN")
IIS_CRASH_BLOG = "https://learn.microsoft.com/en-us/archive/blogs/parvez/iis-application-pool-crash-and-debug-diag"
COMPOSE_DEPLOY = ("docker/docs", "content/reference/compose-file/deploy.md", "e036e686f96071dbb2748c970fe20f9e6f5f20d9")

ONTAP_FPOLICY = "https://docs.netapp.com/us-en/ontap-ems/spm-fpolicy-events.html"
ONTAP_HASHD = "https://docs.netapp.com/us-en/ontap-ems/spm-hashd-events.html"
AVI_SE_CRASH = "https://developer.broadcom.com/xapis/vmware-avi-load-balancer/latest/data-structures/SeProcessCrashedDetails"
INSTANA_PROCESS = "https://www.ibm.com/docs/en/instana-observability/281?topic=technologies-monitoring-os-process"

OGG_AUTORESTART = "https://docs.oracle.com/en/middleware/goldengate/core/21.3/reference/autorestart.html"


def repo(src, expected, why, labels, annotations=None):
    family.add(src, expected, f"{src[0]} {src[1].rsplit('/', 1)[1]}: {why}", labels, annotations)


def page(url, expected, why, labels, annotations=None):
    family.add_page(url, expected, f"{url.split('/')[2]}: {why}", labels, annotations)


def supervisord():
    # ------------------------------------------------------------ loops and give-ups (rules 7, 9)
    repo(SUP_PROCESS, C, "'exited: ... (exit status 1; not expected)' six times in 10m with respawns (Loki count)",
         {"alertname": "SupervisorProgramExitingRepeatedly", "severity": "warning", "host": "queue-07",
          "program": "mail_dispatch", "job": "varlogs"},
         {"summary": "mail_dispatch exited unexpectedly 6 times in 10m on queue-07",
          "description": "Last lines of /var/log/supervisor/supervisord.log:\n"
                         "2026-11-30 03:12:44,118 WARN exited: mail_dispatch (exit status 1; not expected)\n"
                         "2026-11-30 03:12:45,121 INFO spawned: 'mail_dispatch' with pid 22817\n"
                         "2026-11-30 03:12:46,123 INFO success: mail_dispatch entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"})
    repo(SUP_PROCESS, C, "'gave up: ... entered FATAL state, too many start retries too quickly' in a Graylog stream alert",
         {"alertname": "GraylogStreamAlert", "stream": "supervisord", "severity": "critical", "source": "ingest-03"},
         {"title": "supervisord: program gave up on ingest-03",
          "message": "2026-12-01 07:41:09,552 INFO gave up: geoip_enricher entered FATAL state, too many start retries too quickly"})
    repo(SUP_PROCESS, C, "'exited: ... (terminated by SIGSEGV; not expected)' and BACKOFF lines repeated",
         {"alertname": "LogPatternMatch", "pattern": "not expected", "severity": "warning", "host": "render-2",
          "service": "supervisord"},
         {"summary": "thumbnailer: 4 unexpected exits in 5 minutes",
          "description": "WARN exited: thumbnailer (terminated by SIGSEGV (core dumped); not expected) - "
                         "4 occurrences between 11:02 and 11:06 on render-2, each followed by \"spawned: 'thumbnailer'\""})
    repo(SUP_EVENTS, C, "PROCESS_STATE_BACKOFF with tries:3 (startretries about to be exhausted)",
         {"alertname": "SupervisorEvent", "eventname": "PROCESS_STATE_BACKOFF", "severity": "warning",
          "host": "etl-02", "processname": "s3_uploader"},
         {"summary": "s3_uploader in BACKOFF on etl-02 (tries:3)",
          "body": "processname:s3_uploader groupname:uploaders from_state:STARTING tries:3"})
    repo(SUP_EVENTS, C, "PROCESS_STATE_FATAL: supervisord tried startretries times and gave up",
         {"alertname": "SupervisorEvent", "eventname": "PROCESS_STATE_FATAL", "severity": "critical",
          "host": "etl-02", "processname": "s3_uploader"},
         {"summary": "s3_uploader is FATAL on etl-02",
          "body": "processname:s3_uploader groupname:uploaders from_state:BACKOFF"})
    repo(SUP_PROCESS, C, "supervisorctl status BACKOFF with the spawnerr 'Exited too quickly' checked 3 times",
         {"alertname": "NagiosServiceCritical", "service": "supervisor_programs", "host": "ws-11"},
         {"output": "CRITICAL - 1 of 5 programs not RUNNING: websocket_hub BACKOFF Exited too quickly (process log may have details)",
          "long_output": "state CRITICAL for 3 consecutive checks (HARD)"})
    # ------------------------------------------------------------ look-alikes
    repo(SUP_EVENTS, N, "one PROCESS_STATE_EXITED with expected:0 (one unexpected exit; autorestart respawns it)",
         {"alertname": "SupervisorEvent", "eventname": "PROCESS_STATE_EXITED", "severity": "info",
          "host": "etl-02", "processname": "report_builder"},
         {"summary": "report_builder exited unexpectedly once on etl-02",
          "body": "processname:report_builder groupname:reports from_state:RUNNING expected:0 pid:30412"})
    repo(SUP_PROCESS, N, "one 'exited: ... (exit status 2; not expected)' in the window",
         {"alertname": "SupervisorUnexpectedExit", "severity": "info", "host": "api-05", "program": "pdf_worker"},
         {"summary": "pdf_worker exited once on api-05 (1 in the last hour)",
          "description": "WARN exited: pdf_worker (exit status 2; not expected)"})
    repo(SUP_PROCESS, N, "'waiting for ... to stop' then 'stopped: ... (terminated by SIGTERM)' during a deploy (rule 9)",
         {"alertname": "SupervisorProgramStopped", "severity": "info", "host": "api-05", "program": "gunicorn",
          "change": "deploy-4812"},
         {"summary": "gunicorn stopped by supervisorctl restart during deploy-4812",
          "description": "INFO waiting for gunicorn to stop\nWARN stopped: gunicorn (terminated by SIGTERM)\nINFO spawned: 'gunicorn' with pid 41207"})
    repo(SUP_SUPERVISORD, N, "'received SIGHUP indicating restart request' (a reload, rule 9)",
         {"alertname": "SupervisordRestartRequested", "severity": "info", "host": "batch-01"},
         {"summary": "supervisord on batch-01 is reloading",
          "description": "2026-12-02 09:00:01,004 WARN received SIGHUP indicating restart request"})
    repo(SUP_CTL, N, "'supervisorctl update' output 'updated process group' (config applied, rule 9)",
         {"alertname": "ConfigManagementChange", "severity": "info", "host": "batch-01", "tool": "ansible"},
         {"summary": "supervisor config applied on batch-01",
          "description": "supervisorctl update: csv_import: updated process group"})
    repo(SUP_OPTIONS, N, "supervisord refuses to start: minfds above the environment's hard limit (a configured limit, rule 16)",
         {"alertname": "ServiceStartFailed", "severity": "warning", "host": "legacy-3", "unit": "supervisord"},
         {"summary": "supervisord did not start on legacy-3",
          "description": "Error: The minimum number of file descriptors required to run this process is 65536 as per the "
                         "\"minfds\" command-line argument or config file setting. The current environment will only allow "
                         "you to open 4096 file descriptors.  Either raise the number of usable file descriptors in your "
                         "environment (see README.rst) or lower the minfds setting in the config file to allow the process to start."})


def windows_scm():
    # The SCOM management pack rule "A Service Terminated Unexpectedly" lists the SCM messages it alerts on.
    page(SCOM_RULE, C, "SCM 7034 'terminated unexpectedly. It has done this 5 time(s).' (rule 9: N >= 2)",
         {"alertname": "A Service Terminated Unexpectedly", "severity": "warning", "priority": "normal",
          "source": "Service Control Manager", "EventID": "7034", "host": "WIN-SQL-02.corp.example"},
         {"description": "The SQL Server Agent (MSSQLSERVER) service terminated unexpectedly.  It has done this 5 time(s)."})
    page(SCOM_RULE, N, "SCM 7034 with 'It has done this 1 time(s).' (one termination, rule 9)",
         {"alertname": "A Service Terminated Unexpectedly", "severity": "warning", "priority": "normal",
          "source": "Service Control Manager", "EventID": "7034", "host": "WIN-APP-07.corp.example"},
         {"description": "The Apache Tomcat 9.0 Tomcat9 service terminated unexpectedly.  It has done this 1 time(s)."})
    page(SCOM_RULE, C, "SCM 7031 with the corrective action 'Restart the service' after 2 terminations",
         {"alertname": "A Service Terminated Unexpectedly", "severity": "warning", "priority": "normal",
          "source": "Service Control Manager", "EventID": "7031", "host": "WIN-IIS-01.corp.example"},
         {"description": "The World Wide Web Publishing Service service terminated unexpectedly.  It has done this 2 time(s).  "
                         "The following corrective action will be taken in 60000 milliseconds: Restart the service."})
    page(SCOM_RULE, N, "SCM 7024 'terminated with service-specific error' (one termination)",
         {"alertname": "A Service Terminated Unexpectedly", "severity": "warning", "priority": "normal",
          "source": "Service Control Manager", "EventID": "7024", "host": "WIN-SQL-02.corp.example"},
         {"description": "The SQL Server (MSSQLSERVER) service terminated with the following service-specific error: \n"
                         "The specified resource name cannot be found in the image file."})
    page(SCOM_RULE, N, "SCM 7023 'terminated with the following error' (one termination)",
         {"alertname": "A Service Terminated Unexpectedly", "severity": "warning", "priority": "normal",
          "source": "Service Control Manager", "EventID": "7023", "host": "WIN-FS-03.corp.example"},
         {"description": "The Windows Update service terminated with the following error: \nThe system cannot find the file specified."})
    page(MYEVENTLOG_7031, C, "7031 '... It has done this 3 time(s). ... 0 milliseconds: No action.' (a loop the SCM no longer acts on)",
         {"alertname": "WindowsServiceCrash", "severity": "critical", "event_id": "7031", "host": "pos-gw-14",
          "service": "ScannerBridge"},
         {"summary": "Service ScannerBridge crashed on pos-gw-14",
          "description": "The ScannerBridge service terminated unexpectedly. It has done this 3 time(s). "
                         "The following corrective action will be taken in 0 milliseconds: No action."})


def heroku():
    page(HEROKU_CODES, O, "R14 'Memory quota exceeded' with 'Process running mem=...' (rule 2)",
         {"alertname": "HerokuLogAlert", "severity": "warning", "app": "shop-api-prod", "dyno": "web.2",
          "code": "R14"},
         {"summary": "web.2 over its memory quota",
          "description": "heroku[web.2]: Process running mem=1071M(104.6%)\nheroku[web.2]: Error R14 (Memory quota exceeded)"})
    page(HEROKU_CODES, O, "R15 'Memory quota vastly exceeded': the dyno manager restarts the dyno (rules 1, 8)",
         {"alertname": "HerokuLogAlert", "severity": "critical", "app": "shop-api-prod", "dyno": "worker.1",
          "code": "R15"},
         {"summary": "worker.1 killed over its memory quota",
          "description": "heroku[worker.1]: Process running mem=2565M(500.9%)\nheroku[worker.1]: Error R15 (Memory quota vastly exceeded)\n"
                         "heroku[worker.1]: Stopping process with SIGKILL"})
    page(HEROKU_CODES, O, "R15 restarts repeated: a loop whose cause is memory (rule 1)",
         {"alertname": "HerokuDynoRestartLoop", "severity": "critical", "app": "pdf-export", "dyno": "worker.3"},
         {"summary": "worker.3 restarted 4 times in 30m",
          "description": "Each restart was preceded by \"Error R15 (Memory quota vastly exceeded)\" on worker.3"})


def ecs():
    page(ECS_OOM, O, "stopped reason 'OutOfMemoryError: Container killed due to memory usage' (rule 8)",
         {"alertname": "EcsTaskStopped", "severity": "warning", "cluster": "prod-east", "group": "service:invoice-api"},
         {"summary": "Task 7c41e2d0 of invoice-api stopped",
          "description": "stoppedReason: OutOfMemoryError: Container killed due to memory usage; container invoice-api exitCode 137"})
    page(ECS_OOM, O, "tasks replaced over and over, each with the OutOfMemoryError stopped reason (cause over the loop)",
         {"alertname": "EcsServiceTasksStoppingRepeatedly", "severity": "critical", "cluster": "prod-east",
          "service": "report-renderer"},
         {"summary": "report-renderer: 5 tasks stopped in 20 minutes",
          "description": "Every stopped task reports \"OutOfMemoryError: Container killed due to memory usage\" (exitCode 137); the scheduler keeps launching replacements."})
    page(ECS_STOPPED, N, "one CannotPullContainerError (the container never started; no restart)",
         {"alertname": "EcsTaskStopped", "severity": "warning", "cluster": "stage", "group": "service:search-indexer"},
         {"summary": "Task 91be03aa of search-indexer stopped",
          "description": "stoppedReason: CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref "
                         "123456789012.dkr.ecr.eu-west-1.amazonaws.com/search-indexer:2.14.0: not found"})
    page(ECS_STOPPED, N, "one ContainerRuntimeTimeoutError (a start time limit, rule 10)",
         {"alertname": "EcsTaskStopped", "severity": "warning", "cluster": "batch", "group": "family:ledger-export"},
         {"summary": "Task c0d9e4f1 of ledger-export stopped",
          "description": "stoppedReason: ContainerRuntimeTimeoutError: Could not transition to running; timed out after waiting 4m0s"})


def docker():
    page(DOCKER_RESTART, C, "a container restarted by its policy with the ever-increasing delay (back-off, rule 9)",
         {"alertname": "DockerContainerRestartBackoff", "severity": "warning", "host": "edge-docker-3",
          "container": "mqtt-bridge", "restart_policy": "always"},
         {"summary": "mqtt-bridge restarted 9 times in 15m on edge-docker-3",
          "description": "RestartCount went from 31 to 40; the daemon now waits 51.2s between restarts "
                         "(an ever increasing delay, double the previous delay, starting at 100ms)."})
    page(DOCKER_RESTART, C, "on-failure policy gave up after MaximumRetryCount (give-up state, rule 15)",
         {"alertname": "DockerContainerGaveUp", "severity": "critical", "host": "ci-runner-5",
          "container": "artifact-cache"},
         {"summary": "artifact-cache exited after 5 restarts and will not be restarted",
          "description": "RestartPolicy on-failure, MaximumRetryCount 5; RestartCount 5, State.Status exited, ExitCode 1"})
    page(DOCKER_RESTART, N, "unless-stopped container stopped by the user (not restarted, rule 9)",
         {"alertname": "DockerContainerNotRunning", "severity": "info", "host": "edge-docker-3",
          "container": "grafana-old", "restart_policy": "unless-stopped"},
         {"summary": "grafana-old stopped by docker stop (manual)",
          "description": "Exited (0) 2 hours ago; restart policy unless-stopped: restart always except when the user has manually stopped the container"})
    page(DOCKER_RESTART, N, "one restart under the 'always' policy (RestartCount 0 -> 1)",
         {"alertname": "DockerContainerRestarted", "severity": "info", "host": "nas-02", "container": "photoprism"},
         {"summary": "photoprism restarted once on nas-02",
          "description": "RestartCount increased by 1 in the last hour (now 1); Up 43 minutes"})


def runit():
    repo(RUNIT_SV, C, "'sv status' shows a new pid and 0s-1s uptime at every check (runsv restarts ./run each second)",
         {"alertname": "RunitServiceFlapping", "severity": "warning", "host": "mx-relay-2", "service": "postfix-exporter"},
         {"summary": "postfix-exporter restarted 6 times in 5m on mx-relay-2",
          "description": "run: postfix-exporter: (pid 30981) 1s; run: log: (pid 611) 1209733s - pid changed at each of the last 6 checks"})
    repo(RUNIT_SV, N, "one short uptime in 'sv status' (one restart, rule 7)",
         {"alertname": "RunitServiceRecentlyStarted", "severity": "info", "host": "mx-relay-2", "service": "opendkim"},
         {"summary": "opendkim uptime below 60s",
          "description": "run: opendkim: (pid 4411) 12s; run: log: (pid 609) 1209733s"})
    repo(RUNIT_SV, N, "'down: ...s, normally up' without 'want up' (taken down with sv down, rule 9)",
         {"alertname": "RunitServiceDown", "severity": "info", "host": "build-07", "service": "docker-gc"},
         {"summary": "docker-gc is down on build-07",
          "description": "down: docker-gc: 86113s, normally up; run: log: (pid 733) 2419210s"})



def swarm():
    repo(SWARM_STATES, C, "swarm tasks of one slot FAILED (exited with an error code) and replaced 4 times in 3 minutes",
         {"alertname": "SwarmTaskFailuresRepeated", "severity": "warning", "service": "orders_web", "slot": "1",
          "node": "swarm-w3"},
         {"summary": "orders_web.1: 4 tasks failed in 3m",
          "description": "docker service ps orders_web: 4 tasks of orders_web.1 in CURRENT STATE Failed (the task exited "
                         "with an error code) within 3 minutes, DESIRED STATE Shutdown; a new task takes each one's place."})
    repo(SWARM_STATES, N, "one task FAILED and replaced (one restart)",
         {"alertname": "SwarmTaskFailed", "severity": "info", "service": "thumbs_worker", "slot": "2", "node": "swarm-w1"},
         {"summary": "thumbs_worker.2: 1 task failed in the last hour",
          "description": "thumbs_worker.2 Shutdown / Failed 41 minutes ago \"No such container: thumbs_worker.2.k3v…\"; replacement Running 41 minutes"})
    repo(SWARM_STATES, N, "tasks in state REMOVE after a scale-down (rule 9)",
         {"alertname": "SwarmTasksNotRunning", "severity": "info", "service": "api_gateway", "node": "swarm-m1"},
         {"summary": "3 api_gateway tasks not running",
          "description": "3 tasks in state REMOVE: the task is not terminal but the associated service was removed or scaled down "
                         "(docker service scale api_gateway=3)"})
    repo(SWARM_STATES, ND, "tasks ORPHANED: the node was down for too long (the node is down, rule 4)",
         {"alertname": "SwarmTasksOrphaned", "severity": "critical", "node": "swarm-w4"},
         {"summary": "5 tasks on swarm-w4 are ORPHANED",
          "description": "Task state ORPHANED: the node was down for too long. Node swarm-w4 STATUS Down, AVAILABILITY Active."})


def windows_exporter():
    repo(WINEXP_SERVICE, ND, "'SQL Server Agent DOWN': service not in the running state for 3 minutes (rule 16)",
         {"alertname": "SQL Server Agent DOWN", "severity": "high", "instance": "SQL", "name": "sqlserveragent",
          "state": "running"},
         {"summary": "Service sqlserveragent down",
          "description": "Service sqlserveragent on instance SQL has been down for more than 3 minutes."})


def gitlab():
    page(GITLAB_MEMKILLER, O, "Sidekiq restarted by the memory killer: RSS above SIDEKIQ_MEMORY_KILLER_MAX_RSS past the grace time (rule 1)",
         {"alertname": "GitLabSidekiqRestarts", "severity": "warning", "instance": "gitlab-01.example.net:8082",
          "job": "gitlab-sidekiq"},
         {"summary": "Sidekiq restarted 3 times in 1h on gitlab-01",
          "description": "Sidekiq memory killer: process RSS exceeded SIDEKIQ_MEMORY_KILLER_MAX_RSS (2000000 KB) for longer than "
                         "SIDEKIQ_MEMORY_KILLER_GRACE_TIME (900s); graceful restart by runit."})


def service_fabric():
    page(SF_TYPE_STATUS, C, "ServiceType registration Disabled: too many failures of the code package (give-up, rule 9)",
         {"alertname": "ServiceFabricServiceTypeDisabled", "severity": "error", "cluster": "sf-prod-weu",
          "node": "_nt1_3", "application": "fabric:/Billing", "service_type": "InvoiceWorkerType"},
         {"summary": "InvoiceWorkerType disabled on _nt1_3",
          "description": "Disabled - Indicates that the service type is disabled on this node. A type gets disabled when there are "
                         "too many failures of the code package hosting the service type."})
    page(SF_EP_STATS, C, "entry point ContinuousExitFailureCount 7 (exits that failed, in a row)",
         {"alertname": "ServiceFabricCodePackageExitFailures", "severity": "warning", "cluster": "sf-prod-weu",
          "node": "_nt1_1", "code_package": "Code", "application": "fabric:/Catalog"},
         {"summary": "Catalog Code package failing to exit gracefully repeatedly",
          "description": "MainEntryPoint: ContinuousExitFailureCount=7, ExitFailureCount=9, LastExitCode=3221225477, ActivationCount=10"})
    page(SF_CODE_ERRORS, N, "one 'The process/container terminated with exit code' health warning (one termination)",
         {"alertname": "ServiceFabricHealthWarning", "severity": "warning", "cluster": "sf-prod-weu", "node": "_nt1_2",
          "property": "CodePackageActivation:Code:EntryPoint"},
         {"description": "The process/container terminated with exit code: 3762504530. Please look at your application logs/dump "
                         "or debug your code package for more details."})
    page(SF_CODE_ERRORS, N, "one activation error 'Service host failed to activate' (a start that failed once)",
         {"alertname": "ServiceFabricHealthWarning", "severity": "warning", "cluster": "sf-test", "node": "_nt1_0",
          "property": "CodePackageActivation:Code:EntryPoint"},
         {"description": "There was an error during CodePackage activation. Service host failed to activate. Error: 0x80070005"})


def cloudfoundry():
    repo(CF_EVENTS, C, "'Process has crashed with type: \"web\"' five times in 10 minutes (audit.app.process.crash events)",
         {"alertname": "CfAppProcessCrashing", "severity": "critical", "org": "payments", "space": "prod",
          "app": "ledger-api"},
         {"summary": "ledger-api: 5 audit.app.process.crash events in 10m",
          "description": "[API/3] OUT Process has crashed with type: \"web\" (5 times since 14:02; instance index 0 and 1)"})
    repo(CF_EVENTS, N, "one audit.app.process.crash event in the last day",
         {"alertname": "CfAppProcessCrashed", "severity": "info", "org": "marketing", "space": "prod",
          "app": "landing-cms"},
         {"summary": "landing-cms: 1 crash event in 24h",
          "description": "event audit.app.process.crash, actor web (process), index 0; instance running again since 03:17"})
    repo(CF_EVENTS, N, "'Terminating process: \"worker\", index: \"2\"' by a user (cf restart-app-instance, rule 9)",
         {"alertname": "CfAppEvent", "severity": "info", "org": "payments", "space": "prod", "app": "ledger-worker",
          "event": "audit.app.process.terminate_instance"},
         {"summary": "ledger-worker instance 2 terminated by j.doe@example.com",
          "description": "[API/1] OUT Terminating process: \"worker\", index: \"2\""})


def argo():
    repo(ARGO_OPERATOR, N, "a workflow step 'No more retries left' (a batch step failed after its retry strategy: a failed job, rule 10)",
         {"alertname": "ArgoWorkflowFailed", "severity": "warning", "namespace": "data-pipelines",
          "workflow": "nightly-etl-8h2kq"},
         {"summary": "Workflow nightly-etl-8h2kq failed",
          "description": "node nightly-etl-8h2kq[2].load-warehouse: phase Failed, message \"No more retries left\" (retryStrategy limit 3)"})
    repo(ARGO_OPERATOR, N, "a workflow node errored with 'pod deleted'",
         {"alertname": "ArgoWorkflowError", "severity": "warning", "namespace": "ml", "workflow": "train-resnet-x9f2d"},
         {"summary": "Workflow train-resnet-x9f2d errored",
          "description": "node train-resnet-x9f2d.train: phase Error, message \"pod deleted\""})
    repo(ARGO_OPERATOR, N, "'Step exceeded its deadline' (a time limit on its own run, rule 10)",
         {"alertname": "ArgoWorkflowFailed", "severity": "warning", "namespace": "reports", "workflow": "month-end-4kx7p"},
         {"summary": "Workflow month-end-4kx7p failed",
          "description": "node month-end-4kx7p.render-pdf: phase Failed, message \"Step exceeded its deadline\" (activeDeadlineSeconds 1800)"})


def docker_autostart():
    repo(DOCKER_AUTOSTART, C, "an 'always' container exits 1 every few seconds and is restarted each time (RestartCount rising)",
         {"alertname": "DockerContainerRestarting", "severity": "warning", "host": "iot-gw-12", "container": "modbus-poller",
          "restart_policy": "always"},
         {"summary": "modbus-poller keeps exiting on iot-gw-12",
          "description": "docker ps: STATUS \"Up 4 seconds\", CREATED 9 seconds ago; exit code 1 each time; RestartCount 23 -> 41 in 10m"})
    repo(DOCKER_AUTOSTART, ND, "an on-failure container that exited 1 after 3s and was not restarted (up < 10s: the policy never took effect; stopped with a non-zero exit, rule 16)",
         {"alertname": "DockerContainerExited", "severity": "critical", "host": "iot-gw-12", "container": "mqtt-auth",
          "restart_policy": "on-failure:5"},
         {"summary": "mqtt-auth is not running on iot-gw-12",
          "description": "Exited (1) 14 minutes ago after 3 seconds; RestartCount 0 (a restart policy only takes effect after a "
                         "container is up for at least 10 seconds)"})
    repo(DOCKER_AUTOSTART, N, "'docker update --restart unless-stopped' (a restart policy changed: a setting, rule 9)",
         {"alertname": "DockerConfigChange", "severity": "info", "host": "db-docker-1", "container": "redis"},
         {"summary": "restart policy of redis changed",
          "description": "docker update --restart unless-stopped redis (RestartPolicy always -> unless-stopped) by ansible"})


def more_frames():
    repo(SUP_PROCESS, C, "a Datadog log monitor counting supervisord 'gave up:' lines",
         {"alertname": "[Log] supervisord program gave up", "monitor_type": "log alert", "host": "ml-serve-4",
          "service": "supervisord", "program": "triton_sidecar"},
         {"message": "Log count 2 > 0 over the last 15m for \"gave up\" on ml-serve-4",
          "description": "INFO gave up: triton_sidecar entered FATAL state, too many start retries too quickly"})
    repo(SUP_PROCESS, N, "a Loki alert on 'stopped: ... (exit status 0)' after supervisorctl stop (operator, rule 9)",
         {"alertname": "SupervisorProgramStopped", "severity": "info", "host": "batch-01", "program": "csv_import"},
         {"summary": "csv_import stopped on batch-01",
          "description": "INFO stopped: csv_import (exit status 0) - supervisorctl stop csv_import by ops (maintenance ticket OPS-2214)"})
    page(SCOM_RULE, C, "a Splunk search counting SCM 7031 events per service over 1h",
         {"alertname": "WinServiceCrashRepeated", "severity": "high", "search": "EventCode=7031 | stats count by host, Service",
          "host": "WIN-PRN-02", "Service": "Print Spooler"},
         {"summary": "Print Spooler terminated unexpectedly 6 times in 1h on WIN-PRN-02",
          "description": "The Print Spooler service terminated unexpectedly.  It has done this 6 time(s).  The following corrective "
                         "action will be taken in 120000 milliseconds: Restart the service."})
    page(SCOM_RULE, N, "SCM 7031 'It has done this 1 time(s)' with 'Restart the computer' (one termination)",
         {"alertname": "A Service Terminated Unexpectedly", "severity": "warning", "priority": "normal",
          "source": "Service Control Manager", "EventID": "7031", "host": "WIN-KIOSK-19.corp.example"},
         {"description": "The Kiosk Shell Host service terminated unexpectedly.  It has done this 1 time(s).  The following "
                         "corrective action will be taken in 0 milliseconds: Restart the computer."})
    repo(WINEXP_UPDATE, N, "pending Windows updates on a host (an update to install and reboot for, rule 10)",
         {"alertname": "WindowsUpdatesPending", "severity": "info", "instance": "WIN-APP-07:9182", "job": "windows",
          "category": "Security Updates"},
         {"summary": "3 updates pending on WIN-APP-07",
          "description": "windows_update_pending_info: 2026-11 Cumulative Update for Windows Server 2022 (KB5046616) and 2 more; "
                         "a restart will be required to finish installing."})


COROOT_RESTARTS_DESC = ("Application instances are restarting frequently. This may indicate crashes, health check failures, "
                        "or configuration issues.")
COROOT_OOM_DESC = ("Containers are being terminated by the kernel due to memory limits. This can cause request failures and "
                   "temporary service unavailability.")


def coroot():
    repo(COROOT_RULES, C, "built-in 'Instance restarts' rule: 'application restarted 6 times' (container restarts > 1)",
         {"alertname": "Instance restarts", "severity": "warning", "project": "production",
          "application": "default:Deployment:checkout"},
         {"summary": "application restarted 6 times", "description": COROOT_RESTARTS_DESC})
    repo(COROOT_RULES, C, "'Instance restarts' with 2 restarts (the default threshold: more than 1)",
         {"alertname": "Instance restarts", "severity": "warning", "project": "staging",
          "application": "payments:StatefulSet:ledger-db-proxy"},
         {"summary": "application restarted 2 times", "description": COROOT_RESTARTS_DESC})
    repo(COROOT_CHECKS, N, "'application restarted 1 time' under a threshold lowered to 0 (one restart, rule 7)",
         {"alertname": "Instance restarts", "severity": "warning", "project": "production",
          "application": "default:Deployment:search-api", "threshold": "0"},
         {"summary": "application restarted 1 time", "description": COROOT_RESTARTS_DESC})
    repo(COROOT_RULES, O, "built-in 'Out of memory kills': 'application has been restarted 3 times by the OOM killer' (rule 1)",
         {"alertname": "Out of memory kills", "severity": "warning", "project": "production",
          "application": "default:Deployment:image-resizer"},
         {"summary": "application has been restarted 3 times by the OOM killer", "description": COROOT_OOM_DESC})
    repo(COROOT_CHECKS, N, "'Deployment status': 'the rollout has already been in progress for 14m' (a rollout, not restarts)",
         {"alertname": "Deployment status", "severity": "warning", "project": "production",
          "application": "default:Deployment:checkout"},
         {"summary": "the rollout has already been in progress for 14m",
          "description": "Condition: a rollout is in progress > 3m"})


def systemd_exporter():
    repo(SYSTEMD_EXPORTER, C, "systemd_service_restart_total ('Service unit count of Restart triggers') up by 5 in 15m",
         {"alertname": "SystemdServiceRestartingOften", "severity": "warning", "instance": "edge-lb-2:9558",
          "job": "systemd", "name": "haproxy.service"},
         {"summary": "haproxy.service restarted by systemd 5 times in 15m",
          "description": "increase(systemd_service_restart_total{name=\"haproxy.service\"}[15m]) = 5 (Service unit count of Restart triggers)"})
    repo(SYSTEMD_EXPORTER, N, "systemd_service_restart_total up by 1 in an hour (one Restart= trigger)",
         {"alertname": "SystemdServiceRestarted", "severity": "info", "instance": "edge-lb-2:9558", "job": "systemd",
          "name": "chronyd.service"},
         {"summary": "chronyd.service restarted once",
          "description": "increase(systemd_service_restart_total{name=\"chronyd.service\"}[1h]) = 1"})


def otel():
    repo(OTEL_K8SCLUSTER, C, "k8s.container.restarts grew by 4 in 10 minutes (restarts in the recent past)",
         {"alertname": "ContainerRestartsRising", "severity": "warning", "k8s.cluster.name": "prod-eu1",
          "k8s.namespace.name": "shop", "k8s.pod.name": "cart-7d9c8b6f4-r2x8m", "k8s.container.name": "cart"},
         {"summary": "cart restarted 4 times in 10m",
          "description": "k8s.container.restarts went from 3 to 7 between 09:50 and 10:00 (How many times the container has restarted in the recent past)"})
    repo(OTEL_K8SCLUSTER, N, "k8s.container.restarts back to 0 (reset when dead containers are pruned; rule 15)",
         {"alertname": "ContainerRestartCounterChanged", "severity": "info", "k8s.cluster.name": "prod-eu1",
          "k8s.namespace.name": "shop", "k8s.pod.name": "catalog-5f7b9c6d8-9kq2w", "k8s.container.name": "catalog"},
         {"summary": "k8s.container.restarts dropped from 14 to 0",
          "description": "The value can go indefinitely high and be reset to 0 at any time depending on how your kubelet is "
                         "configured to prune dead containers; no restart in the last 24h."})
    repo(OTEL_K8SCLUSTER, N, "k8s.pod.status_reason = 1 (Evicted), one pod, no cause stated",
         {"alertname": "PodStatusReason", "severity": "info", "k8s.cluster.name": "prod-eu1",
          "k8s.namespace.name": "batch", "k8s.pod.name": "report-worker-6c9d7-x4m2p"},
         {"summary": "pod report-worker-6c9d7-x4m2p status reason Evicted",
          "description": "k8s.pod.status_reason = 1 (1 - Evicted, 2 - NodeAffinity, 3 - NodeLost, 4 - Shutdown, 5 - UnexpectedAdmissionError, 6 - Unknown); replacement pod Running"})
    repo(OTEL_DOCKERSTATS, C, "container.restarts (dockerstats) up by 8 in 15 minutes",
         {"alertname": "DockerContainerRestarts", "severity": "warning", "host.name": "vm-docker-09",
          "container.name": "keycloak"},
         {"summary": "keycloak restarted 8 times in 15m on vm-docker-09",
          "description": "container.restarts (Number of restarts for the container.) rose from 2 to 10; container.uptime never above 40s"})
    repo(OTEL_DOCKERSTATS, N, "container.uptime below 5 minutes after one restart (short uptime, rule 7)",
         {"alertname": "DockerContainerRecentlyStarted", "severity": "info", "host.name": "vm-docker-09",
          "container.name": "postgres"},
         {"summary": "postgres uptime 212s on vm-docker-09",
          "description": "container.uptime (Time elapsed since container start time.) = 212s; container.restarts unchanged at 1"})


def iis():
    page(IIS_POOL_EVENTS, C, "WAS 5002: pool 'is being automatically disabled due to a series of failures' (rapid-fail protection, a give-up)",
         {"alertname": "IISAppPoolRapidFail", "severity": "critical", "host": "WEB-IIS-04", "EventID": "5002",
          "source": "Microsoft-Windows-WAS", "app_pool": "ShopApi"},
         {"description": "Application pool 'ShopApi' is being automatically disabled due to a series of failures in the "
                         "process(es) serving that application pool."})
    page(IIS_CRASH_BLOG, C, "WAS 5009 'terminated unexpectedly' four times in 5 minutes for one pool",
         {"alertname": "IISWorkerProcessCrashes", "severity": "warning", "host": "WEB-IIS-02", "EventID": "5009",
          "app_pool": "PartnerPortal"},
         {"summary": "4 worker process crashes of PartnerPortal in 5 minutes",
          "description": "A process serving application pool 'PartnerPortal' terminated unexpectedly. The process id was '7716'. "
                         "The process exit code was '0xc0000374'. (4 events since 10:41; a new w3wp is spawned after each)"})
    page(IIS_CRASH_BLOG, N, "one WAS 5009 'terminated unexpectedly' (one crash; a new w3wp serves the pool)",
         {"alertname": "IISWorkerProcessCrash", "severity": "info", "host": "WEB-IIS-01", "EventID": "5009",
          "app_pool": "Intranet"},
         {"description": "A process serving application pool 'Intranet' terminated unexpectedly. The process id was '4512'. "
                         "The process exit code was '0xc0000005'."})
    page(IIS_CRASH_BLOG, N, "one WAS 5011 'fatal communication error' (one crash)",
         {"alertname": "IISWorkerProcessCrash", "severity": "info", "host": "WEB-IIS-03", "EventID": "5011",
          "app_pool": "ReportsPool"},
         {"description": "A process serving application pool 'ReportsPool' suffered a fatal communication error with the Windows "
                         "Process Activation Service. The process id was '9120'. The data field contains the error number."})
    page(IIS_POOL_EVENTS, N, "W3SVC-WP 2299 'reported as being unhealthy ... will now request a recycle' (one recycle, rule 16)",
         {"alertname": "IISWorkerProcessRecycle", "severity": "info", "host": "WEB-IIS-04", "EventID": "2299",
          "app_pool": "ShopApi"},
         {"description": "An application has reported as being unhealthy. The worker process will now request a recycle. "
                         "Reason given: ASP.NET application health monitor requested recycle."})


def more_platforms():
    page(SF_EP_STATS, C, "entry point ContinuousActivationFailureCount 5 (starts failing in a row, retried)",
         {"alertname": "ServiceFabricActivationFailures", "severity": "warning", "cluster": "sf-prod-weu",
          "node": "_nt1_4", "code_package": "Code", "application": "fabric:/Notifications"},
         {"summary": "Notifications Code package failed to start 5 times in a row",
          "description": "MainEntryPoint: ContinuousActivationFailureCount=5, ActivationFailureCount=5, ActivationCount=6, LastExitCode=1"})
    repo(COMPOSE_DEPLOY, C, "a stack service's restart_policy gave up after max_attempts (3 restarts within the window)",
         {"alertname": "StackServiceGaveUp", "severity": "critical", "stack": "billing", "service": "billing_worker",
          "node": "swarm-w2"},
         {"summary": "billing_worker stopped restarting after 3 attempts",
          "description": "deploy.restart_policy: condition on-failure, delay 5s, max_attempts 3, window 120s - 3 restarts failed "
                         "within 120s each; no further restart is attempted (giving up)."})
    repo(COMPOSE_DEPLOY, N, "an update paused by update_config failure_action 'pause' (a rollout, not restarts)",
         {"alertname": "StackServiceUpdatePaused", "severity": "warning", "stack": "billing", "service": "billing_api"},
         {"summary": "billing_api update paused",
          "description": "update_config: parallelism 2, failure_action pause, monitor 30s - update paused after 1 of 6 tasks "
                         "failed to reach RUNNING during the monitor period"})


def appliances():
    page(ONTAP_FPOLICY, C, "spm.fpolicy.process.exit posted 4 times in 10 minutes (the service restarts it each time)",
         {"alertname": "OntapEmsEvent", "severity": "alert", "cluster": "nas-prod-01", "node": "nas-prod-01-02",
          "message_name": "spm.fpolicy.process.exit"},
         {"summary": "spm.fpolicy.process.exit x4 in 10m on nas-prod-01-02",
          "description": "Fpolicy Service Manager process with ID 28114 exited as a result of signal SIGSEGV. The service will attempt "
                         "to restart. (4 occurrences since 02:11)"})
    page(ONTAP_FPOLICY, N, "one spm.fpolicy.process.exit (one exit; the service restarts it)",
         {"alertname": "OntapEmsEvent", "severity": "alert", "cluster": "nas-prod-02", "node": "nas-prod-02-01",
          "message_name": "spm.fpolicy.process.exit"},
         {"description": "Fpolicy Service Manager process with ID 9931 exited as a result of signal SIGABRT. The service will "
                         "attempt to restart."})
    page(ONTAP_HASHD, C, "spm.hashd.process.exit repeated, then the AutoSupport for retries past the threshold (a give-up)",
         {"alertname": "OntapEmsEvent", "severity": "alert", "cluster": "nas-dr-01", "node": "nas-dr-01-01",
          "message_name": "spm.hashd.process.exit"},
         {"summary": "hashd did not recover within the threshold number of retries on nas-dr-01-01",
          "description": "The hashd server (hashd) with ID 4410 exited as a result of signal SIGSEGV. This server will attempt to "
                         "restart. (6th occurrence in 15m; AutoSupport sent: process did not restart within the threshold number of retries)"})
    page(AVI_SE_CRASH, C, "Avi SE process crashed with crash_counter 5 ('Number of times the process has crashed')",
         {"alertname": "AviSeProcessCrashed", "severity": "high", "controller": "avi-ctrl-01", "se_name": "Avi-se-xk2ld"},
         {"summary": "se_dp crashed on Avi-se-xk2ld (crash_counter 5)",
          "description": "SeProcessCrashedDetails: process_name se_dp, se_name Avi-se-xk2ld, crash_counter 5 (crash_counter was 1 at 09:12; 4 crash events for se_dp in the last 30 minutes)"})
    page(INSTANA_PROCESS, O, "Instana 'Killed by out of memory killer' event on a container process (rule 8)",
         {"alertname": "Killed by out of memory killer", "severity": "critical", "host": "k8s-node-17",
          "process": "java -jar /app/pricing.jar", "container": "pricing"},
         {"summary": "Process java (pid 22914) killed by the out of memory killer",
          "description": "The out of memory killer terminated java (pid 22914) in container pricing; the container was restarted by its runtime."})
    page(INSTANA_PROCESS, N, "one Instana 'Abnormal Termination' (exit 1, once)",
         {"alertname": "Abnormal Termination", "severity": "warning", "host": "etl-05", "process": "python3 /opt/etl/run.py"},
         {"summary": "Process python3 (pid 8812) terminated abnormally",
          "description": "Exit with erroneous status code: exit 1"})
    page(INSTANA_PROCESS, C, "Instana 'Abnormal Termination' events for the same process 5 times in 10 minutes, respawned each time",
         {"alertname": "Abnormal Termination", "severity": "critical", "host": "web-22", "process": "php-fpm: master process"},
         {"summary": "php-fpm terminated abnormally 5 times in 10m on web-22",
          "description": "Segmentation faults (signal 11); the master process was respawned after each termination (pid 3011, 3187, 3342, 3519, 3702)"})
    repo(COROOT_CHECKS, O, "Coroot 'Memory pressure': 'high memory stall time on 2 instances' (memory stall, rule 7)",
         {"alertname": "Memory pressure", "severity": "warning", "project": "production",
          "application": "default:Deployment:image-resizer"},
         {"summary": "high memory stall time on 2 instances",
          "description": "High memory stall time indicates the application is waiting for memory operations, leading to increased latency and degraded performance."})


def goldengate_and_more():
    page(OGG_AUTORESTART, C, "a Replicat that abended again within RESETMINUTES until Manager's AUTORESTART retries ran out (a give-up)",
         {"alertname": "GoldenGateProcessAbended", "severity": "critical", "host": "ogg-tgt-01", "process": "REPLICAT RFIN01"},
         {"summary": "RFIN01 ABENDED; AUTORESTART retries exhausted",
          "description": "AUTORESTART REPLICAT RFIN*, RETRIES 2, WAITMINUTES 1, RESETMINUTES 15: Manager restarted RFIN01 3 times, "
                         "each run abended within 15 minutes; no more restarts are attempted. Status ABENDED."})
    page(OGG_AUTORESTART, C, "an Extract restarted by AUTORESTART twice in 20 minutes after abending",
         {"alertname": "GoldenGateProcessRestarted", "severity": "warning", "host": "ogg-src-02", "process": "EXTRACT EORD"},
         {"summary": "EORD abended and was restarted 2 times in 20m",
          "description": "Manager AUTORESTART EXTRACT EORD (RETRIES 5, WAITMINUTES 2): ABENDED at 03:02 and 03:14, restarted after each; status RUNNING"})
    page(OGG_AUTORESTART, N, "an Extract STOPPED with GGSCI STOP is not restarted (operator stop, rule 9)",
         {"alertname": "GoldenGateProcessNotRunning", "severity": "info", "host": "ogg-src-02", "process": "EXTRACT EHIST"},
         {"summary": "EHIST is STOPPED",
          "description": "GGSCI> STOP EXTRACT EHIST (maintenance CHG-7731); AUTORESTART does not restart processes whose last updated status was STOPPED."})
    page(SCOM_RULE, C, "SCM 7034 with 'It has done this 3 time(s).' forwarded by a log shipper",
         {"alertname": "WindowsEventLogMatch", "severity": "warning", "channel": "System", "event_id": "7034",
          "provider": "Service Control Manager", "host": "WIN-ERP-05"},
         {"message": "The Dynamics AX Object Server 6.3$01-ERP service terminated unexpectedly.  It has done this 3 time(s)."})
    repo(COROOT_RULES, C, "'Instance restarts': 'application restarted 3 times'",
         {"alertname": "Instance restarts", "severity": "warning", "project": "production",
          "application": "data:StatefulSet:kafka-connect"},
         {"summary": "application restarted 3 times", "description": COROOT_RESTARTS_DESC})
    page(IIS_POOL_EVENTS, C, "WAS 5002 for a second pool, forwarded as a Windows event alert",
         {"alertname": "WindowsEventLogMatch", "severity": "critical", "channel": "System", "event_id": "5002",
          "provider": "Microsoft-Windows-WAS", "host": "WEB-IIS-07"},
         {"message": "Application pool 'DefaultAppPool' is being automatically disabled due to a series of failures in the "
                    "process(es) serving that application pool."})


supervisord()
windows_scm()
heroku()
ecs()
docker()
runit()
swarm()
windows_exporter()
gitlab()
service_fabric()
cloudfoundry()
argo()
docker_autostart()
more_frames()
coroot()
systemd_exporter()
otel()
iis()
more_platforms()
appliances()
goldengate_and_more()
family.write()
