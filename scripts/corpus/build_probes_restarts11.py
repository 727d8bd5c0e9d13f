#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_restarts11.jsonl: restart loops and gateway/upstream
timeouts as process supervisors, schedulers, proxies, CDNs and load balancers word them, each
next to look-alikes that must not be those signatures (one restart, a restart on purpose, a
restart with a cause another signature names, a client that stalled or cancelled, a timeout
that is a setting, a database's own statement limit, a 502/503 that is not a timeout).

Sources not quoted by the corpus before: superlance's crash and fatal mail listeners
(Supervisor/superlance), Nomad's restart tracker and task events (hashicorp/nomad), Upstart's
job supervisor (ubports/upstart), s6's supervisor and s6-permafailon (skarnet/s6), Elixir's
supervisor reports (elixir-lang/elixir), the Kubernetes documentation's pod lifecycle, probes,
kubectl and drain pages (kubernetes/website), ECS task-state events (gists), CPython's HTTP
status phrases, Spring Cloud Gateway's response timeout, YARP's forwarder errors
(microsoft/reverse-proxy), gRPC for Node (grpc/grpc-node), APR's error strings behind httpd's
proxy lines (apache/apr), Squid's error pages (squid-cache/squid), Fastly's 503 errors, the
Application Load Balancer's CloudWatch metrics and AWS re:Post's 504 articles, Cloudflare's
522, Istio's request timeouts and metrics (istio/istio.io) and CockroachDB's statement timeout.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-15; rule 15 was
written for this family) from the alert's meaning; the label is written next to the item and
never taken from the classifier. Hosts, pods and numbers are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item, provenance  # noqa: E402

SUPERLANCE_FATAL = provenance("Supervisor/superlance", "superlance/fatalmailbatch.py", "ebde11bd8b571196382ca5bbae10be1ea465d17d")
SUPERLANCE_BATCH = provenance("Supervisor/superlance", "superlance/crashmailbatch.py", "ebde11bd8b571196382ca5bbae10be1ea465d17d")
SUPERLANCE_MAIL = provenance("Supervisor/superlance", "superlance/crashmail.py", "ebde11bd8b571196382ca5bbae10be1ea465d17d")
NOMAD_RESTARTS = provenance("hashicorp/nomad", "client/allocrunner/taskrunner/restarts/restarts.go", "0f3f79f19e17f52198b20e584b21549f78e4a4f2")
NOMAD_STATUS = provenance("hashicorp/nomad", "command/alloc_status.go", "880ba14a96e8f2d0ab0583f5a6d08e98ac8998a0")
UPSTART = provenance("ubports/upstart", "init/job_process.c", "47a2d086b8c1758e1ca4f91f52fad18a21222cab")
S6_SUPERVISE = provenance("skarnet/s6", "src/supervision/s6-supervise.c", "d73e65752c7f3785b09c26bb084b589be4e142af")
S6_PERMAFAIL = provenance("skarnet/s6", "src/supervision/s6-permafailon.c", "d73e65752c7f3785b09c26bb084b589be4e142af")
ELIXIR_LOG = provenance("elixir-lang/elixir", "lib/logger/lib/logger/translator.ex", "63a7a054ceb2383d795731db8e6ea28aa30e4a03")
ELIXIR_DYN = provenance("elixir-lang/elixir", "lib/elixir/lib/dynamic_supervisor.ex", "63a7a054ceb2383d795731db8e6ea28aa30e4a03")
K8S_LIFECYCLE = provenance("kubernetes/website", "content/en/docs/concepts/workloads/pods/pod-lifecycle.md", "3842a2847339fe9ad1013653ef81c9aa0f77b639")
K8S_PROBES = provenance("kubernetes/website", "content/en/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes.md", "7a429867096690db609b8bb486bfd22500da7829")
K8S_KUBECTL = provenance("kubernetes/website", "content/en/docs/reference/kubectl/quick-reference.md", "07ba5d5ea3411bc0f46a750761326e6e85a74492")
K8S_DRAIN = provenance("kubernetes/website", "content/en/docs/tasks/administer-cluster/safely-drain-node.md", "b8e058cfb054c2428670e3efb06b31bda67e67b9")
ECS_EVENT = page_provenance("https://gist.github.com/KensoDev/9831acfa00acf11999b635be1e8ad97d")
ECS_RULE = page_provenance("https://gist.github.com/KensoDev/b5f9436f8f39ee71a74bb22e7b4be349")
PYHTTP = provenance("python/cpython", "Lib/http/__init__.py", "01646472da49ab0fcf142455c5ea7c831dc0a508")
SCG_FILTER = provenance("spring-cloud/spring-cloud-gateway", "spring-cloud-gateway-server-webflux/src/main/java/org/springframework/cloud/gateway/filter/NettyRoutingFilter.java", "5227205c743d6d2b743bedf2f58cc76c65ca7408")
SCG_EXC = provenance("spring-cloud/spring-cloud-gateway", "spring-cloud-gateway-server-webflux/src/main/java/org/springframework/cloud/gateway/support/TimeoutException.java", "5227205c743d6d2b743bedf2f58cc76c65ca7408")
SCG_TAGS = provenance("spring-cloud/spring-cloud-gateway", "spring-cloud-gateway-server-webflux/src/main/java/org/springframework/cloud/gateway/support/tagsprovider/GatewayHttpTagsProvider.java", "5227205c743d6d2b743bedf2f58cc76c65ca7408")
SCG_DOCS = provenance("spring-cloud/spring-cloud-gateway", "docs/modules/ROOT/pages/spring-cloud-gateway-server-webflux/http-timeouts-configuration.adoc", "5227205c743d6d2b743bedf2f58cc76c65ca7408")
YARP = provenance("microsoft/reverse-proxy", "src/ReverseProxy/Forwarder/HttpForwarder.cs", "202cca96df8a732dc36dbc2fbf3de9acf138e5c4")
GRPC_NODE_CALL = provenance("grpc/grpc-node", "packages/grpc-js/src/call.ts", "2670b37a25dcd1e7b655609b0dc041060b1d8921")
GRPC_NODE_RESOLVING = provenance("grpc/grpc-node", "packages/grpc-js/src/resolving-call.ts", "2670b37a25dcd1e7b655609b0dc041060b1d8921")
APR = provenance("apache/apr", "misc/unix/errorcodes.c", "afda3e317010b521dfb934ec8aa494fd835770b2")
SQUID_READ = provenance("squid-cache/squid", "errors/templates/ERR_READ_TIMEOUT", "16b4b2cfafbae128d68e94a54407c3138c21daa9")
SQUID_CONNECT = provenance("squid-cache/squid", "errors/templates/ERR_CONNECT_FAIL", "2cd0bda2018e90408faf5162c2854e17721bab74")
SQUID_DNS = provenance("squid-cache/squid", "errors/templates/ERR_DNS_FAIL", "677df0808da41e2cf2a86e210d90640a625944d7")
FASTLY_503 = page_provenance("https://docs.fastly.com/en/guides/common-503-errors")
FASTLY_VCL = page_provenance("https://www.fastly.com/documentation/guides/vcl/errors/")
FASTLY_TIMEOUTS = page_provenance("https://docs.fastly.com/en/guides/changing-connection-timeouts-to-your-origin")
ALB_METRICS = page_provenance("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html")
REPOST_CLB = page_provenance("https://www.repost.aws/knowledge-center/504-error-classic")
REPOST_CLB_JA = page_provenance("https://repost.aws/ja/knowledge-center/504-error-classic")
REPOST_EKS = page_provenance("https://www.repost.aws/knowledge-center/eks-http-504-errors")
CLOUDFLARE_522 = page_provenance("https://p.rizon.top/https/developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522")
ISTIO_TIMEOUTS = provenance("istio/istio.io", "content/en/docs/tasks/traffic-management/request-timeouts/index.md", "a2b59b352c627f86c9e50feed6650d52998d6bd3")
ISTIO_METRICS = provenance("istio/istio.io", "content/en/docs/reference/config/metrics/index.md", "77e0ccd4a81e380580284ca72be37ce6b33f056c")
COCKROACH_ERR = provenance("cockroachdb/cockroach", "pkg/sql/sqlerrors/errors.go", "63bfb49f053b110c50fbbf67f16077593422e0b5")

family = ProbeFamily("probes_restarts11.jsonl")


def add(expected, project, source, origin, labels, annotations):
    family.append(probe_item(labels, annotations, expected, source, project, origin))


# ====================================================================== restart loops
# ---------------------------------------------------------------- superlance (supervisord listeners)
SL = "Supervisor/superlance"
# fatalmailbatch: PROCESS_STATE_FATAL, supervisord gave up after too many start retries (rule 9).
for group, proc, host in [("workers", "celery-beat", "batch-2"), ("web", "gunicorn", "app-7"),
                          ("ingest", "kafka-bridge", "etl-1")]:
    add("crash_loop", SL, "superlance fatalmailbatch: the FATAL-state mail", SUPERLANCE_FATAL,
        {"alertname": "SupervisorFatalStart", "severity": "critical", "host": host},
        {"summary": "Fatal start alert from supervisord",
         "description": f"Dec 02 14:03:11 -- Process {group}:{proc} failed to start too many times"})
add("crash_loop", SL, "superlance fatalmailbatch: two processes in one batch", SUPERLANCE_FATAL,
    {"alertname": "EmailToAlert", "source": "mailbox", "host": "cron-4"},
    {"subject": "Fatal start alert from supervisord",
     "body": "Mar 14 02:11:40 -- Process jobs:mailer failed to start too many times\nMar 14 02:11:52 -- Process jobs:reports failed to start too many times"})
add("crash_loop", SL, "superlance fatalmailbatch: terse event", SUPERLANCE_FATAL,
    {"alertname": "supervisord_process_fatal", "process": "jobs:mailer", "event": "PROCESS_STATE_FATAL"},
    {})
# crashmailbatch: several unexpected exits of the same process in one batch interval -> loop (rule 7).
add("crash_loop", SL, "superlance crashmailbatch: one process died four times in the batch", SUPERLANCE_BATCH,
    {"alertname": "SupervisorCrashBatch", "severity": "warning", "host": "api-3"},
    {"summary": "Crash alert from supervisord",
     "description": "Dec 02 09:14:02 -- Process web:api (pid 30121) died unexpectedly\nDec 02 09:14:05 -- Process web:api (pid 30140) died unexpectedly\nDec 02 09:14:09 -- Process web:api (pid 30162) died unexpectedly\nDec 02 09:14:14 -- Process web:api (pid 30187) died unexpectedly"})
add("crash_loop", SL, "superlance crashmail: log alert counting its mails for one process", SUPERLANCE_MAIL,
    {"alertname": "LogMonitor: supervisord crash mails", "source": "datadog", "service": "billing"},
    {"summary": "[Triggered] 7 matches in 10m",
     "description": "Process invoicer in group billing exited unexpectedly (pid 8812) from state RUNNING\n(7 matching log events for process invoicer in the last 10 minutes)"})
add("crash_loop", SL, "superlance crashmail: exits from STARTING, repeated", SUPERLANCE_MAIL,
    {"alertname": "LokiLogMatch", "job": "supervisor", "host": "queue-2"},
    {"summary": "5 crash mails for consumer in 5m",
     "description": "Process consumer in group queue exited unexpectedly (pid 412) from state STARTING (x5 in 5m)"})
add("crash_loop", SL, "superlance crashmailbatch: German frame", SUPERLANCE_BATCH,
    {"alertname": "ProzessAbstuerze", "schwere": "warnung", "host": "app-12"},
    {"zusammenfassung": "supervisord: Prozess web:api stürzt wiederholt ab",
     "beschreibung": "Crash alert from supervisord — 6 Meldungen in 5 Minuten: Process web:api (pid 7712) died unexpectedly"})
# A single unexpected exit (supervisord restarts it once) is one restart: null (rules 5, 7).
add(None, SL, "superlance crashmail: one crash mail", SUPERLANCE_MAIL,
    {"alertname": "EmailToAlert", "source": "mailbox", "host": "api-3"},
    {"subject": " api crashed at 2026-12-02 09:14:02,113",
     "body": "Process api in group web exited unexpectedly (pid 30121) from state RUNNING"})
add(None, SL, "superlance crashmail: one crash mail with the optional header", SUPERLANCE_MAIL,
    {"alertname": "EmailToAlert", "source": "mailbox", "host": "worker-9"},
    {"subject": "prod-eu: thumbnailer crashed at 2026-11-30 22:41:07,560",
     "body": "Process thumbnailer in group media exited unexpectedly (pid 5521) from state RUNNING"})
add(None, SL, "superlance crashmailbatch: one line in the batch", SUPERLANCE_BATCH,
    {"alertname": "SupervisorCrashBatch", "severity": "warning", "host": "etl-3"},
    {"summary": "Crash alert from supervisord",
     "description": "Nov 29 03:00:41 -- Process etl:loader (pid 2210) died unexpectedly"})

# ---------------------------------------------------------------- Nomad restart tracker
NM = "hashicorp/nomad"
add("crash_loop", NM, "Nomad: Not Restarting after exceeding attempts (mode fail)", NOMAD_RESTARTS,
    {"alertname": "NomadTaskNotRestarting", "severity": "critical", "job": "payments", "task": "api"},
    {"summary": "Task api of payments will not be restarted",
     "description": "Not Restarting: Exceeded allowed attempts 2 in interval 30m0s and mode is \"fail\""})
add("crash_loop", NM, "Nomad: event stream TaskEvent quoted", NOMAD_RESTARTS,
    {"alertname": "NomadEventStream", "topic": "Allocation", "node": "nomad-client-14"},
    {"summary": "alloc 5f1c2a7e task web: Not Restarting",
     "description": "{\"Type\":\"Not Restarting\",\"RestartReason\":\"Exceeded allowed attempts 3 in interval 5m0s and mode is \\\"fail\\\"\",\"FailsTask\":true}"})
add("crash_loop", NM, "Nomad: restart delayed after exceeding attempts (mode delay)", NOMAD_STATUS,
    {"alertname": "NomadAllocRestarting", "severity": "warning", "job": "search", "task": "indexer"},
    {"summary": "indexer restarting with delay",
     "description": "Restarting: Exceeded allowed attempts, applying a delay - Task restarting in 29m31.4s"})
add("crash_loop", NM, "Nomad: terse restart reason label", NOMAD_RESTARTS,
    {"alertname": "nomad_task_event", "task": "gateway", "restart_reason": "Exceeded allowed attempts, applying a delay"},
    {})
add("crash_loop", NM, "Nomad: six Restarting events in the window", NOMAD_STATUS,
    {"alertname": "NomadTaskRestartsHigh", "severity": "warning", "job": "checkout", "task": "app"},
    {"summary": "6 restarts of checkout/app in 10m",
     "description": "Recent events: Restarting - Task restarting in 15.3s (x6), Terminated - Exit Code: 1"})
add("crash_loop", NM, "Nomad: German frame", NOMAD_RESTARTS,
    {"alertname": "NomadTaskNeustartSchleife", "schwere": "kritisch", "job": "zahlungen"},
    {"zusammenfassung": "Task api wird nicht mehr neu gestartet",
     "beschreibung": "Nomad meldet: Exceeded allowed attempts 2 in interval 30m0s and mode is \"fail\""})
add("crash_loop", NM, "Nomad: Slack-style notification", NOMAD_STATUS,
    {"alertname": "nomad-watcher", "channel": "#ops", "job": "ledger"},
    {"text": ":rotating_light: ledger/ledger-api alloc 91d2 — Restarting: Exceeded allowed attempts, applying a delay - Task restarting in 4m12s"})
# One restart within policy, a task that ended well, a policy with no restarts, an unrecoverable start error: no loop.
add(None, NM, "Nomad: one Restarting event within policy", NOMAD_STATUS,
    {"alertname": "NomadTaskRestarted", "severity": "info", "job": "search", "task": "indexer"},
    {"summary": "indexer restarted",
     "description": "Restarting: Task restarting in 16.8s (restart 1 of 3 within policy)"})
add(None, NM, "Nomad: restart unnecessary, task ended successfully", NOMAD_RESTARTS,
    {"alertname": "NomadTaskEvent", "severity": "info", "job": "nightly-export", "task": "export"},
    {"summary": "export terminated",
     "description": "Restart unnecessary as task terminated successfully"})
add(None, NM, "Nomad: policy allows no restarts (one failure)", NOMAD_RESTARTS,
    {"alertname": "NomadTaskEvent", "severity": "warning", "job": "migrate", "task": "db-migrate"},
    {"summary": "db-migrate: Not Restarting",
     "description": "Not Restarting: Policy allows no restarts"})
add(None, NM, "Nomad: unrecoverable start error (one failure)", NOMAD_RESTARTS,
    {"alertname": "NomadTaskEvent", "severity": "warning", "job": "reports", "task": "render"},
    {"summary": "render: Not Restarting",
     "description": "Driver Failure: failed to pull image registry.internal/render:4.2: not found; Not Restarting: Error was unrecoverable"})

# ---------------------------------------------------------------- Upstart job supervisor
UP = "ubports/upstart"
add("crash_loop", UP, "Upstart: respawning too fast, stopped", UPSTART,
    {"alertname": "SyslogPattern", "severity": "critical", "host": "legacy-web-2"},
    {"summary": "init: gunicorn respawning too fast, stopped",
     "description": "Matched in /var/log/syslog on legacy-web-2."})
add("crash_loop", UP, "Upstart: the respawn sequence ending in the stop", UPSTART,
    {"alertname": "LokiLogMatch", "job": "syslog", "host": "kiosk-17"},
    {"summary": "upstart gave up on network-manager",
     "description": "init: network-manager main process (1112) killed by SEGV signal\ninit: network-manager main process ended, respawning\ninit: network-manager main process (1120) killed by SEGV signal\ninit: network-manager respawning too fast, stopped"})
add("crash_loop", UP, "Upstart: French frame", UPSTART,
    {"alertname": "JournalMotif", "gravite": "critique", "hote": "vieux-srv-3"},
    {"resume": "Le service cron-worker redémarre en boucle",
     "description": "Ligne trouvée : init: cron-worker respawning too fast, stopped"})
add("crash_loop", UP, "Upstart: Nagios log check output", UPSTART,
    {"alertname": "check_log_upstart", "severity": "critical", "host": "pos-gw-1"},
    {"output": "CRITICAL - 1 match: 'init: pos-agent respawning too fast, stopped'"})
add(None, UP, "Upstart: one respawn", UPSTART,
    {"alertname": "SyslogPattern", "severity": "info", "host": "legacy-web-2"},
    {"summary": "init: cron main process ended, respawning",
     "description": "One match in /var/log/syslog in the last hour."})
add(None, UP, "Upstart: one exit with status and one respawn", UPSTART,
    {"alertname": "LokiLogMatch", "job": "syslog", "host": "bastion-1"},
    {"summary": "ssh exited once",
     "description": "init: ssh main process (812) terminated with status 255\ninit: ssh main process ended, respawning"})

# ---------------------------------------------------------------- s6
S6 = "skarnet/s6"
add("crash_loop", S6, "s6-permafailon: permanent failure after N deaths", S6_PERMAFAIL,
    {"alertname": "ContainerLogPattern", "severity": "critical", "container": "nginx-s6"},
    {"summary": "s6 gave up on nginx",
     "description": "s6-permafailon: info: PERMANENT FAILURE triggered after 5 events involving exit code 1 in the last 60 seconds"})
add("crash_loop", S6, "s6-permafailon: deaths by signal", S6_PERMAFAIL,
    {"alertname": "LokiLogMatch", "app": "media-transcoder"},
    {"summary": "Error lines in the logs of media-transcoder",
     "description": "s6-permafailon: info: PERMANENT FAILURE triggered after 3 events involving signal 11 in the last 30 seconds"})
add("crash_loop", S6, "s6-supervise: spawn warning repeated every minute", S6_SUPERVISE,
    {"alertname": "LokiLogMatch", "app": "homeassistant-addon"},
    {"summary": "14 lines in 15m",
     "description": "s6-supervise nginx: warning: unable to spawn ./run (waiting 60 seconds): Permission denied (x14 in 15m)"})
add("crash_loop", S6, "s6-supervise: spawn failures counted in Grafana", S6_SUPERVISE,
    {"alertname": "S6ServiceCannotStart", "grafana_folder": "Edge", "instance": "edge-box-4"},
    {"summary": "[FIRING:1] s6 keeps failing to start valhalla",
     "message": "s6-supervise valhalla: warning: unable to spawn ./run (waiting 60 seconds): No such file or directory — 9 times since 10:02"})

# ---------------------------------------------------------------- Elixir supervisor reports
EX = "elixir-lang/elixir"
add("crash_loop", EX, "Elixir: child caused shutdown at max restart intensity", ELIXIR_LOG,
    {"alertname": "LokiLogMatch", "app": "billing-phx"},
    {"summary": "Error lines in the logs of billing-phx",
     "description": "[error] Child Billing.InvoiceWorker of Supervisor Billing.Supervisor caused shutdown\n** (exit) :reached_max_restart_intensity\nStart Call: Billing.InvoiceWorker.start_link([])"})
add("crash_loop", EX, "Elixir: DynamicSupervisor child at max restart intensity", ELIXIR_DYN,
    {"alertname": "SentryIssueAlert", "project": "chat-backend"},
    {"summary": "New issue in chat-backend",
     "title": "Child :undefined of Supervisor Chat.SessionSupervisor caused shutdown",
     "culprit": "** (exit) :reached_max_restart_intensity"})
add("crash_loop", EX, "Elixir: terse exit reason label", ELIXIR_LOG,
    {"alertname": "BeamSupervisorShutdown", "app": "ingest", "reason": "reached_max_restart_intensity"},
    {})
add(None, EX, "Elixir: child terminated once", ELIXIR_LOG,
    {"alertname": "LokiLogMatch", "app": "billing-phx"},
    {"summary": "Error lines in the logs of billing-phx",
     "description": "[error] Child Billing.Cache of Supervisor Billing.Supervisor terminated\n** (exit) killed\nPid: #PID<0.612.0>\nStart Call: Billing.Cache.start_link([])"})
add(None, EX, "Elixir: progress report, child started", ELIXIR_LOG,
    {"alertname": "LogLevelInfoSpike", "app": "billing-phx"},
    {"summary": "info lines",
     "description": "[info] Child Billing.Repo of Supervisor Billing.Supervisor started\nPid: #PID<0.245.0>"})
add("node_down", EX, "Elixir: child failed to start, the database refused the connection (rule 11)", ELIXIR_LOG,
    {"alertname": "LokiLogMatch", "app": "orders-phx"},
    {"summary": "Error lines in the logs of orders-phx",
     "description": "[error] Child Orders.Repo of Supervisor Orders.Supervisor failed to start\n** (exit) an exception was raised:\n    ** (DBConnection.ConnectionError) tcp connect (db-orders:5432): connection refused - :econnrefused"})

# ---------------------------------------------------------------- Kubernetes (documentation's events and states)
KW = "kubernetes/website"
add("crash_loop", KW, "Kubernetes: BackOff event counted by an event exporter", K8S_LIFECYCLE,
    {"alertname": "KubeEventWarning", "namespace": "shop", "reason": "BackOff", "involved_object": "pod/cart-6c9f7d-x2kqp"},
    {"summary": "Warning BackOff on pod/cart-6c9f7d-x2kqp (x14 over 12m)",
     "description": "Back-off restarting failed container cart in pod cart-6c9f7d-x2kqp_shop"})
add("crash_loop", KW, "Kubernetes: BackOff, terse", K8S_LIFECYCLE,
    {"alertname": "k8s_event", "reason": "BackOff", "kind": "Pod", "name": "etl-0"},
    {"message": "Back-off restarting failed container loader in pod etl-0_data(8a1e...)"})
add("crash_loop", KW, "Kubernetes: container waiting in CrashLoopBackOff, Grafana", K8S_LIFECYCLE,
    {"alertname": "PodWaitingCrashLoop", "grafana_folder": "Kubernetes", "namespace": "search", "pod": "indexer-0"},
    {"summary": "[FIRING:1] indexer-0 waiting: CrashLoopBackOff",
     "message": "back-off 5m0s restarting failed container=indexer pod=indexer-0_search"})
add("crash_loop", KW, "Kubernetes: liveness probe failing repeatedly, container restarted each time", K8S_PROBES,
    {"alertname": "KubeEventWarning", "namespace": "api", "reason": "Unhealthy", "involved_object": "pod/gw-5d7b9-qq4lm"},
    {"summary": "Liveness probe failures on pod/gw-5d7b9-qq4lm (x9 over 20m)",
     "description": "Liveness probe failed: HTTP probe failed with statuscode: 500; Container gw failed liveness probe, will be restarted (x9 over 20m); RESTARTS 9"})
add("crash_loop", KW, "Kubernetes: Japanese frame", K8S_LIFECYCLE,
    {"alertname": "ポッド再起動ループ", "namespace": "shop", "pod": "cart-6c9f7d-x2kqp"},
    {"summary": "コンテナが再起動を繰り返しています",
     "description": "Back-off restarting failed container cart（15分間に11回）"})
add("crash_loop", KW, "Kubernetes: Spanish frame", K8S_LIFECYCLE,
    {"alertname": "ContenedorEnBucle", "severidad": "critica", "pod": "pagos-0"},
    {"resumen": "El contenedor pagos se reinicia una y otra vez",
     "descripcion": "Estado: CrashLoopBackOff, 8 reinicios en 10 minutos"})
add(None, KW, "Kubernetes: liveness probe failed once, one restart", K8S_PROBES,
    {"alertname": "KubeEventWarning", "namespace": "api", "reason": "Unhealthy", "involved_object": "pod/gw-5d7b9-qq4lm"},
    {"summary": "Liveness probe failed on pod/gw-5d7b9-qq4lm",
     "description": "Liveness probe failed: HTTP probe failed with statuscode: 500\nContainer gw failed liveness probe, will be restarted"})
add(None, KW, "Kubernetes: the probes page's exec liveness failure, once", K8S_PROBES,
    {"alertname": "k8s_event", "reason": "Unhealthy", "kind": "Pod", "name": "liveness-exec"},
    {"message": "Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"})
add(None, KW, "Kubernetes: rollout restart (work done on purpose, rule 9)", K8S_KUBECTL,
    {"alertname": "DeploymentRestarted", "severity": "info", "namespace": "shop", "deployment": "cart"},
    {"summary": "deployment.apps/cart restarted",
     "description": "kubectl rollout restart deployment/cart by ci-bot; pods replaced one by one (kubectl.kubernetes.io/restartedAt=2026-12-02T10:00:00Z)"})
add(None, KW, "Kubernetes: pods restarted by a rollout, event exporter", K8S_KUBECTL,
    {"alertname": "KubeEventNormal", "namespace": "shop", "reason": "ScalingReplicaSet"},
    {"summary": "Scaled up replica set cart-7f4d9 to 3; Scaled down replica set cart-6c9f7d to 0",
     "description": "Rolling restart of deployment cart after kubectl rollout restart."})
add(None, KW, "Kubernetes: node drained for maintenance, pods evicted (rule 9)", K8S_DRAIN,
    {"alertname": "NodeDrained", "severity": "info", "node": "worker-7"},
    {"summary": "worker-7 drained for kernel upgrade",
     "description": "kubectl drain worker-7 --ignore-daemonsets; evicting pod shop/cart-6c9f7d-x2kqp; planned reboot at 02:00"})
add(None, KW, "Kubernetes: restart counter reset by a new pod", K8S_LIFECYCLE,
    {"alertname": "PodRestartCounterReset", "severity": "info", "namespace": "shop", "pod": "cart-7f4d9-8xk2l"},
    {"summary": "restart count went from 12 to 0",
     "description": "The pod was replaced by its ReplicaSet; restartCount of the new container is 0 and it has been Running for 3h."})
add("out_of_memory", KW, "Kubernetes: restarts whose last state is OOMKilled (rule 8, cause over symptom)", K8S_LIFECYCLE,
    {"alertname": "KubeEventWarning", "namespace": "ml", "reason": "BackOff", "involved_object": "pod/trainer-0"},
    {"summary": "Back-off restarting failed container trainer in pod trainer-0_ml (x6 over 9m)",
     "description": "Last State: Terminated, Reason: OOMKilled, Exit Code: 137; Restart Count: 6"})
add("dns_failure", KW, "Kubernetes: crash loop whose last log line is a failed lookup (rule 13)", K8S_LIFECYCLE,
    {"alertname": "PodCrashLooping", "severity": "warning", "namespace": "shop", "pod": "orders-5c8-lk2"},
    {"summary": "orders-5c8-lk2 is in CrashLoopBackOff",
     "description": "last log line: dial tcp: lookup postgres.db.svc.cluster.local on 10.96.0.10:53: no such host"})

# ---------------------------------------------------------------- ECS task state events
add("crash_loop", "aws/ecs-events", "ECS: many stopped tasks of one service in the window", ECS_EVENT,
    {"alertname": "EcsServiceTasksStopping", "severity": "critical", "cluster": "prod", "service": "checkout"},
    {"summary": "9 tasks of service checkout stopped in 30m",
     "description": "ECS Task State Change: lastStatus STOPPED, stoppedReason \"Essential container in task exited\", exitCode 1 (9 events in 30m; the service keeps replacing them)"})
add("crash_loop", "aws/ecs-events", "ECS: EventBridge rule matches, counted", ECS_RULE,
    {"alertname": "EventBridgeRuleMatches", "rule": "ecs-essential-exit", "service": "worker"},
    {"summary": "ecs-essential-exit matched 6 times in 15m for service:worker",
     "description": "detail-type \"ECS Task State Change\", stoppedReason \"Essential container in task exited\""})
add(None, "aws/ecs-events", "ECS: one stopped task, exit code 0", ECS_EVENT,
    {"alertname": "EcsTaskStopped", "severity": "info", "cluster": "batch", "group": "family:nightly-report"},
    {"summary": "Task 02ecccab stopped",
     "description": "lastStatus STOPPED, stoppedReason \"Essential container in task exited\", exitCode 0"})
add(None, "aws/ecs-events", "ECS: one stopped task of a service", ECS_EVENT,
    {"alertname": "EcsTaskStopped", "severity": "warning", "cluster": "prod", "group": "service:checkout"},
    {"summary": "Task 4ce75a22 of service checkout stopped",
     "description": "stoppedReason: Essential container in task exited; container checkout exitCode 1 (first stop today)"})

# ====================================================================== upstream timeouts
# ---------------------------------------------------------------- HTTP status phrases (CPython's http module)
PY = "python/cpython"
add("upstream_timeout", PY, "HTTP 504 phrase in an error-ratio alert", PYHTTP,
    {"alertname": "HighErrorRate", "severity": "critical", "service": "storefront"},
    {"summary": "storefront: 6.1% of requests failing",
     "description": "Most frequent status: 504 Gateway Timeout (The gateway server did not receive a timely response)"})
add("upstream_timeout", PY, "HTTP 504 as a label", PYHTTP,
    {"alertname": "ProxyResponses", "status": "504", "reason": "Gateway Timeout", "service": "edge"},
    {})
add(None, PY, "HTTP 408 Request Timeout: the client was too slow (rule 13)", PYHTTP,
    {"alertname": "RequestTimeoutsHigh", "severity": "warning", "service": "upload-api"},
    {"summary": "upload-api answered 408 Request Timeout 340 times in 10m",
     "description": "408 Request Timeout: Request timed out; try again later — clients did not finish sending their requests"})
add("high_error_rate", PY, "HTTP 503 phrase in an error-ratio alert (no timeout)", PYHTTP,
    {"alertname": "HighErrorRate", "severity": "critical", "service": "search-api"},
    {"summary": "search-api: 9.4% of requests failing",
     "description": "Most frequent status: 503 Service Unavailable (The server cannot process the request due to a high load)"})
add("high_error_rate", PY, "HTTP 502 phrase in an error-ratio alert (no timeout)", PYHTTP,
    {"alertname": "HighErrorRate", "severity": "warning", "service": "media-proxy"},
    {"summary": "media-proxy: 3.2% of requests failing",
     "description": "Most frequent status: 502 Bad Gateway (Invalid responses from another server/proxy)"})

# ---------------------------------------------------------------- Spring Cloud Gateway
SCG = "spring-cloud/spring-cloud-gateway"
add("upstream_timeout", SCG, "Spring Cloud Gateway: response timeout in a log alert", SCG_FILTER,
    {"alertname": "LokiLogMatch", "app": "api-gateway"},
    {"summary": "Error lines in the logs of api-gateway",
     "description": "ERROR o.s.c.g.h.DefaultErrorWebExceptionHandler : [3f9a1c2e-42] 500 Server Error for HTTP GET \"/orders/17\"\norg.springframework.cloud.gateway.support.TimeoutException: Response took longer than timeout: PT5S"})
add("upstream_timeout", SCG, "Spring Cloud Gateway: the exception's 504 reason", SCG_EXC,
    {"alertname": "SentryIssueAlert", "project": "edge-gateway"},
    {"summary": "New issue in edge-gateway",
     "title": "TimeoutException: 504 GATEWAY_TIMEOUT \"Response took longer than configured timeout\"",
     "culprit": "org.springframework.cloud.gateway.filter.NettyRoutingFilter"})
add("upstream_timeout", SCG, "Spring Cloud Gateway: metric tags, label-only", SCG_TAGS,
    {"alertname": "GatewayRouteErrors", "routeId": "orders", "status": "GATEWAY_TIMEOUT", "httpStatusCode": "504", "outcome": "SERVER_ERROR"},
    {"summary": "route orders: 41 responses in 5m"})
add("upstream_timeout", SCG, "Spring Cloud Gateway: German frame", SCG_FILTER,
    {"alertname": "GatewayZeitueberschreitung", "schwere": "warnung", "route": "katalog"},
    {"zusammenfassung": "Backend antwortet nicht rechtzeitig",
     "beschreibung": "Response took longer than timeout: PT10S (Route katalog, 27 Mal in 10 Minuten)"})
add("upstream_timeout", SCG, "Spring Cloud Gateway: latency alert quoting the timeout", SCG_FILTER,
    {"alertname": "HighRequestLatency", "severity": "warning", "service": "api-gateway"},
    {"summary": "p99 latency of api-gateway above 5s",
     "description": "Slow requests end in: Response took longer than timeout: PT5S"})
add(None, SCG, "Spring Cloud Gateway: response-timeout setting changed (rule 9)", SCG_DOCS,
    {"alertname": "ConfigChanged", "severity": "info", "app": "api-gateway"},
    {"summary": "spring.cloud.gateway.httpclient.response-timeout changed from 5s to 30s",
     "description": "Config server pushed a new value for response-timeout; connect-timeout unchanged (1000)."})
add(None, SCG, "Spring Cloud Gateway: timeouts listed in a config audit", SCG_DOCS,
    {"alertname": "GatewayConfigAudit", "severity": "info", "app": "edge-gateway"},
    {"summary": "route orders has response-timeout: 5s and connect-timeout: 1000",
     "description": "Per-route timeouts differ from the global httpclient defaults; review only."})

# ---------------------------------------------------------------- YARP
YP = "microsoft/reverse-proxy"
add("upstream_timeout", YP, "YARP: RequestTimedOut forwarding error", YARP,
    {"alertname": "LokiLogMatch", "app": "yarp-edge"},
    {"summary": "Error lines in the logs of yarp-edge",
     "description": "warn: Yarp.ReverseProxy.Forwarder.HttpForwarder[48] RequestTimedOut: The request timed out before receiving a response."})
add("upstream_timeout", YP, "YARP: error ratio quoting RequestTimedOut", YARP,
    {"alertname": "HighErrorRate", "severity": "critical", "service": "yarp-edge"},
    {"summary": "yarp-edge: 4.8% of requests failing",
     "description": "Most frequent forwarder error: RequestTimedOut (504)"})
add(None, YP, "YARP: the caller cancelled (rule 13)", YARP,
    {"alertname": "LokiLogMatch", "app": "yarp-edge"},
    {"summary": "Debug lines in the logs of yarp-edge",
     "description": "dbug: Yarp.ReverseProxy.Forwarder.HttpForwarder[57] RequestCanceled: The request was canceled before receiving a response."})
add(None, YP, "YARP: the client failed while sending its body", YARP,
    {"alertname": "LokiLogMatch", "app": "yarp-upload"},
    {"summary": "Error lines in the logs of yarp-upload",
     "description": "warn: Yarp.ReverseProxy.Forwarder.HttpForwarder[48] RequestBodyClient: The client reported an error when copying the request body."})

# ---------------------------------------------------------------- gRPC for Node
GN = "grpc/grpc-node"
add("upstream_timeout", GN, "grpc-js: DEADLINE_EXCEEDED in an error log", GRPC_NODE_CALL,
    {"alertname": "LokiLogMatch", "app": "bff-web"},
    {"summary": "Error lines in the logs of bff-web",
     "description": "Error: 4 DEADLINE_EXCEEDED: Deadline exceeded after 2.001s,LB pick: 0.001s,remote_addr=10.60.2.14:50051"})
add("upstream_timeout", GN, "grpc-js: DEADLINE_EXCEEDED with a name-resolution measurement", GRPC_NODE_RESOLVING,
    {"alertname": "SentryIssueAlert", "project": "bff-mobile"},
    {"summary": "New issue in bff-mobile",
     "title": "Error: 4 DEADLINE_EXCEEDED: Deadline exceeded after 5.003s,name resolution: 0.002s,metadata filters: 0.001s",
     "culprit": "Object.callErrorFromStatus (@grpc/grpc-js/build/src/call.js)"})
add("upstream_timeout", GN, "grpc-js: error ratio quoting the deadline", GRPC_NODE_CALL,
    {"alertname": "HighErrorRate", "severity": "warning", "service": "bff-web"},
    {"summary": "bff-web: 2.7% of requests failing",
     "description": "Most frequent error: 4 DEADLINE_EXCEEDED: Deadline exceeded (calls to inventory.v1.Stock/Get)"})
add(None, GN, "grpc-js: cancelled on client (rule 13)", GRPC_NODE_CALL,
    {"alertname": "LokiLogMatch", "app": "bff-web"},
    {"summary": "Error lines in the logs of bff-web",
     "description": "Error: 1 CANCELLED: Cancelled on client"})

# ---------------------------------------------------------------- APR behind httpd's proxy lines
AP = "apache/apr"
add("upstream_timeout", AP, "APR timeout while reading the backend's status line", APR,
    {"alertname": "ApacheErrorLog", "severity": "warning", "host": "web-front-2"},
    {"summary": "mod_proxy errors on web-front-2",
     "description": "[proxy_http:error] [pid 2211:tid 140] (70007)The timeout specified has expired: [client 10.1.2.3:51514] AH01102: error reading status line from remote server app-3.internal:8080"})
add("upstream_timeout", AP, "APR timeout while connecting to the backend", APR,
    {"alertname": "LokiLogMatch", "app": "httpd"},
    {"summary": "Error lines in the logs of httpd",
     "description": "[proxy:error] [pid 3120] (70007)The timeout specified has expired: AH00957: HTTP: attempt to connect to 10.0.4.12:8080 (app-4) failed"})
add("upstream_timeout", AP, "APR timeout, French frame", APR,
    {"alertname": "ErreursProxyApache", "gravite": "avertissement", "hote": "web-front-5"},
    {"resume": "Le backend ne répond pas à temps",
     "description": "(70007)The timeout specified has expired: AH01102: error reading status line from remote server 10.0.9.4:8009"})
add("node_down", AP, "APR connection refused while connecting to the backend (rule 11)", APR,
    {"alertname": "LokiLogMatch", "app": "httpd"},
    {"summary": "Error lines in the logs of httpd",
     "description": "[proxy:error] [pid 3120] (111)Connection refused: AH00957: HTTP: attempt to connect to 10.0.4.12:8080 (app-4) failed"})
add(None, AP, "APR timeout while reading the client's request body (the client stalled, rule 13)", APR,
    {"alertname": "ApacheErrorLog", "severity": "warning", "host": "web-front-2"},
    {"summary": "mod_proxy errors on web-front-2",
     "description": "[proxy_http:error] (70007)The timeout specified has expired: [client 198.51.100.23:40112] AH01095: prefetch request body failed to 10.0.4.12:8080 (app-4) from 198.51.100.23 ()"})
add(None, AP, "httpd ProxyTimeout raised (a setting, rule 9)", APR,
    {"alertname": "ConfigDeployed", "severity": "info", "host": "web-front-2"},
    {"summary": "ProxyTimeout raised from 60 to 300 in vhost api.conf",
     "description": "Apache reloaded gracefully after the change; no errors."})

# ---------------------------------------------------------------- Squid error pages
SQ = "squid-cache/squid"
add("upstream_timeout", SQ, "Squid: Read Timeout page", SQUID_READ,
    {"alertname": "ProxyErrorPages", "severity": "warning", "proxy": "squid-dmz-1"},
    {"summary": "ERR_READ_TIMEOUT served 57 times in 10m",
     "description": "ERROR: The requested URL could not be retrieved. Read Timeout. The system returned: (110) Connection timed out. A Timeout occurred while waiting to read data from the network."})
add("upstream_timeout", SQ, "Squid: connect failure with a connect timeout", SQUID_CONNECT,
    {"alertname": "ProxyErrorPages", "severity": "warning", "proxy": "squid-dmz-1"},
    {"summary": "ERR_CONNECT_FAIL for partner-api.example.net",
     "description": "Connection to 203.0.113.40 failed. The system returned: (110) Connection timed out"})
add("upstream_timeout", SQ, "Squid: read timeout, terse", SQUID_READ,
    {"alertname": "squid_error", "error_page": "ERR_READ_TIMEOUT", "dst": "billing.internal:443"},
    {})
add("node_down", SQ, "Squid: connect failure, connection refused (rule 11)", SQUID_CONNECT,
    {"alertname": "ProxyErrorPages", "severity": "warning", "proxy": "squid-dmz-1"},
    {"summary": "ERR_CONNECT_FAIL for reports.internal",
     "description": "Connection to 10.20.3.7 failed. The system returned: (111) Connection refused. The remote host or network may be down."})
add("dns_failure", SQ, "Squid: DNS failure page", SQUID_DNS,
    {"alertname": "ProxyErrorPages", "severity": "warning", "proxy": "squid-dmz-1"},
    {"summary": "ERR_DNS_FAIL for api.partner.example",
     "description": "Unable to determine IP address from host name api.partner.example. The DNS server returned: Name Error: The domain name does not exist."})

# ---------------------------------------------------------------- Fastly
FY = "fastly-docs"
add("upstream_timeout", FY, "Fastly: first byte timeout", FASTLY_503,
    {"alertname": "CdnSyntheticErrors", "severity": "critical", "service": "www"},
    {"summary": "Fastly served \"Error 503 first byte timeout\" 212 times in 5m",
     "description": "The origin did not send the first byte of its response before first_byte_timeout."})
add("upstream_timeout", FY, "Fastly: backend read error (timeout fetching from the origin)", FASTLY_503,
    {"alertname": "FastlyLogErrors", "service": "assets"},
    {"summary": "Error 503 backend read error",
     "description": "A timeout occurred while Fastly cache servers fetched content from origin assets-origin-1."})
add("upstream_timeout", FY, "Fastly: first byte timeout, terse", FASTLY_VCL,
    {"alertname": "fastly_obj_response", "obj_response": "first byte timeout", "status": "503"},
    {})
add("node_down", FY, "Fastly: all backends failed or unhealthy (rule 9)", FASTLY_VCL,
    {"alertname": "FastlyLogErrors", "service": "www"},
    {"summary": "Error 503 All backends failed or unhealthy",
     "description": "Every backend of director origin_pool is failing its health check."})
add("node_down", FY, "Fastly: backend is unhealthy (rule 9)", FASTLY_VCL,
    {"alertname": "FastlyLogErrors", "service": "api"},
    {"summary": "Error 503 Backend is unhealthy",
     "description": "The health check of backend api-origin-eu reports it down."})
add(None, FY, "Fastly: origin timeout setting changed (rule 9)", FASTLY_TIMEOUTS,
    {"alertname": "FastlyServiceVersionActivated", "severity": "info", "service": "www"},
    {"summary": "Version 42 activated",
     "description": "Host origin-eu: first_byte_timeout changed from 15000 to 60000 ms; between_bytes_timeout 10000 ms."})

# ---------------------------------------------------------------- Application Load Balancer / ELB
AW = "aws-elb-docs"
add("upstream_timeout", AW, "ALB: HTTPCode_ELB_504_Count alarm", ALB_METRICS,
    {"alertname": "CloudWatchAlarm", "AlarmName": "prod-web-alb-504", "namespace": "AWS/ApplicationELB"},
    {"summary": "ALARM: HTTPCode_ELB_504_Count > 10 for 2 datapoints within 5 minutes",
     "description": "LoadBalancer app/prod-web/50dc6c495c0c9188"})
add("upstream_timeout", AW, "ALB: 504 metric, terse", ALB_METRICS,
    {"alertname": "aws_applicationelb_httpcode_elb_504_count_sum", "load_balancer": "app/internal-api/8f3c"},
    {})
add("upstream_timeout", AW, "CLB: latency at the idle timeout with 5XX datapoints", REPOST_CLB,
    {"alertname": "ElbRequestsTimingOut", "severity": "warning", "load_balancer": "legacy-web"},
    {"summary": "HTTP 504 from legacy-web",
     "description": "Latency datapoints equal the configured idle timeout (60s) and HTTPCode_ELB_5XX has datapoints: backend instances did not respond before the idle timeout."})
add("upstream_timeout", AW, "EKS: 504 behind an ALB", REPOST_EKS,
    {"alertname": "IngressGatewayTimeouts", "severity": "warning", "ingress": "shop/web"},
    {"summary": "HTTP 504 (Gateway timeout) from k8s-shop-web ALB",
     "description": "The load balancer established a connection to the target, but the target didn't respond before the idle timeout period elapsed."})
add("upstream_timeout", AW, "CLB: Japanese frame", REPOST_CLB_JA,
    {"alertname": "ELB504エラー", "load_balancer": "legacy-web"},
    {"summary": "HTTP 504 エラー: ゲートウェイまたはプロキシがタイムアウトしました",
     "description": "インスタンスが設定されたアイドルタイムアウト内にリクエストに応答しませんでした"})
add("high_error_rate", AW, "ALB: 502 count (no timeout)", ALB_METRICS,
    {"alertname": "CloudWatchAlarm", "AlarmName": "prod-web-alb-502", "namespace": "AWS/ApplicationELB"},
    {"summary": "ALARM: HTTPCode_ELB_502_Count > 20 for 3 datapoints within 5 minutes",
     "description": "LoadBalancer app/prod-web/50dc6c495c0c9188"})
add("high_error_rate", AW, "ALB: 503 count (no timeout)", ALB_METRICS,
    {"alertname": "CloudWatchAlarm", "AlarmName": "prod-web-alb-503", "namespace": "AWS/ApplicationELB"},
    {"summary": "ALARM: HTTPCode_ELB_503_Count > 5 for 1 datapoints within 1 minute",
     "description": "LoadBalancer app/prod-web/50dc6c495c0c9188"})
add("high_error_rate", AW, "ALB: target 5XX count", ALB_METRICS,
    {"alertname": "CloudWatchAlarm", "AlarmName": "orders-tg-5xx", "namespace": "AWS/ApplicationELB"},
    {"summary": "ALARM: HTTPCode_Target_5XX_Count > 50 for 2 datapoints within 10 minutes",
     "description": "TargetGroup targetgroup/orders/73e2d6bc24d8a067"})
add("high_latency", AW, "ALB: target response time", ALB_METRICS,
    {"alertname": "CloudWatchAlarm", "AlarmName": "orders-p99", "namespace": "AWS/ApplicationELB"},
    {"summary": "ALARM: TargetResponseTime p99 > 2 for 3 datapoints within 15 minutes",
     "description": "TargetGroup targetgroup/orders/73e2d6bc24d8a067"})
add(None, AW, "ELB: idle timeout attribute changed (a setting, rule 9)", REPOST_CLB,
    {"alertname": "CloudTrailEvent", "eventName": "ModifyLoadBalancerAttributes", "severity": "info"},
    {"summary": "idle_timeout.timeout_seconds changed from 60 to 120 on app/prod-web",
     "description": "Changed by role deploy-pipeline to let long exports finish."})

# ---------------------------------------------------------------- Cloudflare 522
CF = "cloudflare-docs"
add("upstream_timeout", CF, "Cloudflare: Error 522 connection timed out", CLOUDFLARE_522,
    {"alertname": "CloudflareOriginErrors", "severity": "critical", "zone": "example.com"},
    {"summary": "Error 522: connection timed out",
     "description": "Cloudflare timed out contacting the origin web server: no SYN+ACK within 19 seconds."})
add("upstream_timeout", CF, "Cloudflare: 522 as a label", CLOUDFLARE_522,
    {"alertname": "cloudflare_zone_requests_origin_status", "zone": "shop.example.com", "origin_status": "522"},
    {})
add("upstream_timeout", CF, "Cloudflare: 522 share of edge responses", CLOUDFLARE_522,
    {"alertname": "EdgeErrorRatio", "severity": "warning", "zone": "api.example.com"},
    {"summary": "3.4% of responses are 522",
     "description": "Cloudflare could not complete the connection to the origin in time (HTTP 522)."})

# ---------------------------------------------------------------- Istio
IS = "istio/istio.io"
add("upstream_timeout", IS, "Istio: istio_requests_total with response_code 504, label-only (rule 3)", ISTIO_METRICS,
    {"alertname": "IstioRequestErrors", "destination_service": "reviews.default.svc.cluster.local", "response_code": "504", "reporter": "source"},
    {"summary": "reviews: 88 responses in 5m"})
add(None, IS, "Istio: a VirtualService timeout set (a setting, rule 9)", ISTIO_TIMEOUTS,
    {"alertname": "IstioConfigChanged", "severity": "info", "namespace": "default", "kind": "VirtualService"},
    {"summary": "VirtualService reviews updated",
     "description": "route to reviews v2 now has timeout: 0.5s (was unset)"})

# ---------------------------------------------------------------- a database's own statement limit (rule 15)
CR = "cockroachdb/cockroach"
add(None, CR, "CockroachDB: statement timeout in an application log", COCKROACH_ERR,
    {"alertname": "LokiLogMatch", "app": "ledger"},
    {"summary": "Error lines in the logs of ledger",
     "description": "ERROR: query execution canceled due to statement timeout (SQLSTATE 57014)"})
add("high_error_rate", CR, "CockroachDB: statement timeout quoted in an error ratio", COCKROACH_ERR,
    {"alertname": "HighErrorRate", "severity": "warning", "service": "ledger-api"},
    {"summary": "ledger-api: 2.2% of requests failing",
     "description": "Most frequent error: pq: query execution canceled due to statement timeout"})
add("high_latency", CR, "CockroachDB: statement timeout quoted in a latency alert", COCKROACH_ERR,
    {"alertname": "HighRequestLatency", "severity": "warning", "service": "ledger-api"},
    {"summary": "p99 latency of ledger-api above 3s",
     "description": "Slow requests; the traces end in: query execution canceled due to statement timeout"})

# ====================================================================== more shapes of the same sources
# ---------------------------------------------------------------- Docker's restart manager (moby/moby)
MOBY = provenance("moby/moby", "restartmanager/restartmanager.go", "2454e42e3fdaf77472853643f68afb9b3cc8122a")
MB = "moby/moby"
add("crash_loop", MB, "Docker: restart count climbing under the always policy", MOBY,
    {"alertname": "DockerContainerRestarting", "severity": "warning", "host": "docker-3", "container": "api"},
    {"summary": "api has restarted 17 times in 20m",
     "description": "docker inspect: RestartCount=17, RestartPolicy=always; each exit doubles the restart delay up to one minute"})
add("crash_loop", MB, "Docker: on-failure retries used up", MOBY,
    {"alertname": "DockerContainerGaveUp", "severity": "critical", "host": "docker-7", "container": "importer"},
    {"summary": "importer exited (1) after 5 restarts",
     "description": "RestartPolicy on-failure:5 reached MaximumRetryCount; the container stays exited."})
add("crash_loop", MB, "Docker: events counted for one container", MOBY,
    {"alertname": "LokiLogMatch", "job": "docker-events", "container": "worker"},
    {"summary": "12 die events for container worker in 10m",
     "description": "container die worker (exitCode=1) followed by container start worker, 12 times"})
add(None, MB, "Docker: restart canceled because the container was stopped by hand", MOBY,
    {"alertname": "LokiLogMatch", "job": "dockerd", "host": "docker-3"},
    {"summary": "dockerd: restart canceled",
     "description": "restart canceled: container api was stopped with docker stop by an operator during maintenance"})
add(None, MB, "Docker: one restart, running since", MOBY,
    {"alertname": "DockerContainerRestarted", "severity": "info", "host": "docker-9", "container": "cache"},
    {"summary": "cache restarted once",
     "description": "RestartCount=1, Status: Up 3 hours"})

# ---------------------------------------------------------------- more Kubernetes shapes
K8S_MEMORY = provenance("kubernetes/website", "content/en/docs/tasks/configure-pod-container/assign-memory-resource.md", "6e635466b8722c167880ea7657b985e9734c2282")
add("crash_loop", KW, "Kubernetes: kubernetes-event-exporter style JSON", K8S_LIFECYCLE,
    {"alertname": "KubeEventsWarning", "cluster": "eu-prod"},
    {"description": "{\"reason\":\"BackOff\",\"type\":\"Warning\",\"count\":23,\"message\":\"Back-off restarting failed container api in pod api-7d9f-2lq\",\"involvedObject\":{\"kind\":\"Pod\",\"namespace\":\"payments\"}}"})
add("crash_loop", KW, "Kubernetes: restarts counted by a PromQL rule over the pod's status", K8S_LIFECYCLE,
    {"alertname": "ContainerRestartingOften", "severity": "warning", "namespace": "payments", "pod": "api-7d9f-2lq", "container": "api"},
    {"summary": "api restarted 5 times in the last 15 minutes",
     "description": "The container exits and the kubelet restarts it with an exponential back-off delay."})
add(None, KW, "Kubernetes: Started container event", K8S_LIFECYCLE,
    {"alertname": "k8s_event", "reason": "Started", "kind": "Pod", "name": "api-7d9f-2lq"},
    {"message": "Started container api"})
add(None, KW, "Kubernetes: pod restarted once and running since", K8S_LIFECYCLE,
    {"alertname": "PodRestarted", "severity": "info", "namespace": "payments", "pod": "api-7d9f-2lq"},
    {"summary": "api-7d9f-2lq restarted 1 time",
     "description": "RESTARTS 1 (2h ago); STATUS Running"})
add("out_of_memory", KW, "Kubernetes: restarting container OOMKilled, the memory page's example", K8S_MEMORY,
    {"alertname": "PodCrashLooping", "severity": "warning", "namespace": "mem-example", "pod": "memory-demo-2"},
    {"summary": "memory-demo-2 is restarting",
     "description": "lastState.terminated.reason: OOMKilled; the container is killed each time it exceeds its memory limit (RESTARTS 4)"})
add("out_of_memory", KW, "Kubernetes: a single OOMKilled termination (rule 8)", K8S_MEMORY,
    {"alertname": "ContainerTerminated", "severity": "warning", "namespace": "mem-example", "reason": "OOMKilled"},
    {"summary": "memory-demo terminated: OOMKilled (exit code 137)"})
add(None, KW, "Kubernetes: cordon and drain before a planned reboot (rule 9)", K8S_DRAIN,
    {"alertname": "NodeMaintenance", "severity": "info", "node": "worker-3"},
    {"summary": "node worker-3 cordoned and drained",
     "description": "Planned reboot for kernel patching; pods will be restarted on other nodes."})

# ---------------------------------------------------------------- more supervisors
add("crash_loop", UP, "Upstart: respawning too fast, terse", UPSTART,
    {"alertname": "upstart_job_stopped", "job": "carbon-cache", "reason": "respawning too fast, stopped"},
    {})
add("crash_loop", S6, "s6-permafailon: Spanish frame", S6_PERMAFAIL,
    {"alertname": "ServicioEnBucle", "severidad": "critica", "contenedor": "php-fpm"},
    {"resumen": "s6 dejó de reiniciar php-fpm",
     "descripcion": "PERMANENT FAILURE triggered after 10 events involving exit code 255 in the last 120 seconds"})
add("crash_loop", EX, "Elixir: max restart intensity, Grafana", ELIXIR_LOG,
    {"alertname": "ElixirSupervisorGaveUp", "grafana_folder": "Apps", "app": "notifier"},
    {"summary": "[FIRING:1] notifier supervisor shut down",
     "message": "Child Notifier.Pusher of Supervisor Notifier.Supervisor caused shutdown ** (exit) :reached_max_restart_intensity"})
add("crash_loop", NM, "Nomad: Not Restarting, terse", NOMAD_RESTARTS,
    {"alertname": "nomad_alloc_failed", "job": "reports", "task": "render", "event": "Not Restarting",
     "detail": "Exceeded allowed attempts 2 in interval 30m0s and mode is \"fail\""},
    {})
add("crash_loop", SL, "superlance fatalmailbatch: Grafana", SUPERLANCE_FATAL,
    {"alertname": "SupervisordFatal", "grafana_folder": "Legacy", "host": "app-7"},
    {"summary": "[FIRING:1] supervisord gave up",
     "message": "Process web:gunicorn failed to start too many times"})
add(None, NM, "Nomad: task started", NOMAD_STATUS,
    {"alertname": "NomadTaskEvent", "severity": "info", "job": "search", "task": "indexer"},
    {"summary": "indexer: Started",
     "description": "Started: Task started by client"})
add(None, SL, "superlance crashmail: exited expectedly (no mail; deploy stop)", SUPERLANCE_MAIL,
    {"alertname": "SupervisorProcessExited", "severity": "info", "host": "api-3"},
    {"summary": "web:api exited (expected)",
     "description": "PROCESS_STATE_EXITED expected=1 after supervisorctl restart web:api during the deploy"})

# ---------------------------------------------------------------- more upstream timeouts
add("upstream_timeout", SQ, "Squid: read timeout, German frame", SQUID_READ,
    {"alertname": "ProxyFehlerseiten", "schwere": "warnung", "proxy": "squid-lan-2"},
    {"zusammenfassung": "Squid: Lese-Zeitüberschreitung beim Zielserver",
     "beschreibung": "ERR_READ_TIMEOUT — The system returned: (110) Connection timed out (43 Mal in 10 Minuten)"})
add("upstream_timeout", FY, "Fastly: Grafana panel alert on first byte timeouts", FASTLY_503,
    {"alertname": "FastlyFirstByteTimeouts", "grafana_folder": "CDN", "service": "www"},
    {"summary": "[FIRING:1] 503 first byte timeout rising",
     "message": "obj.response == \"first byte timeout\" for 2.1% of requests"})
add("upstream_timeout", AW, "ALB: 504 count in a Grafana CloudWatch alert", ALB_METRICS,
    {"alertname": "ALB 504s", "grafana_folder": "AWS", "LoadBalancer": "app/checkout/1a2b3c"},
    {"summary": "[FIRING:1] ALB 504s",
     "message": "HTTPCode_ELB_504_Count Sum = 37 over 5m"})
add("upstream_timeout", CF, "Cloudflare: 522, Spanish frame", CLOUDFLARE_522,
    {"alertname": "ErroresOrigen", "severidad": "critica", "zona": "tienda.example.es"},
    {"resumen": "Error 522: connection timed out",
     "descripcion": "Cloudflare agotó el tiempo de espera al contactar con el servidor de origen"})
add("upstream_timeout", SCG, "Spring Cloud Gateway: Datadog log monitor", SCG_FILTER,
    {"alertname": "Logs: gateway timeouts", "source": "datadog", "service": "api-gateway"},
    {"summary": "[Triggered] Logs: gateway timeouts",
     "description": "More than 20 log events matched \"Response took longer than timeout\" service:api-gateway in the last 5m"})
add("upstream_timeout", YP, "YARP: forwarder error label", YARP,
    {"alertname": "YarpForwarderErrors", "cluster": "orders", "error": "RequestTimedOut"},
    {"summary": "orders: 19 forwarder errors in 5m"})
add("upstream_timeout", GN, "grpc-js: deadline in a Datadog APM error", GRPC_NODE_CALL,
    {"alertname": "APM: error rate on bff-web", "source": "datadog", "service": "bff-web"},
    {"summary": "[Triggered] error rate above 2%",
     "description": "error.message: 4 DEADLINE_EXCEEDED: Deadline exceeded; resource: grpc.inventory.v1.Stock/Get"})
add("upstream_timeout", AP, "APR timeout in an error ratio", APR,
    {"alertname": "HighErrorRate", "severity": "warning", "service": "web-front"},
    {"summary": "web-front: 5xx ratio 4.1%",
     "description": "Most frequent error in the window: (70007)The timeout specified has expired: AH01102: error reading status line from remote server app-3.internal:8080"})
add("upstream_timeout", IS, "Istio: 504 ratio from the mesh metrics", ISTIO_METRICS,
    {"alertname": "MeshGatewayTimeouts", "severity": "warning", "destination_workload": "ratings-v1"},
    {"summary": "ratings-v1: 4% of requests end in 504",
     "description": "sum(rate(istio_requests_total{response_code=\"504\",destination_workload=\"ratings-v1\"}[5m])) / sum(rate(istio_requests_total{destination_workload=\"ratings-v1\"}[5m]))"})
add("upstream_timeout", PY, "HTTP 504 in a synthetic check through the gateway", PYHTTP,
    {"alertname": "SyntheticCheckFailing", "severity": "critical", "check": "checkout-flow"},
    {"summary": "checkout-flow failing for 3 consecutive runs",
     "description": "step 4 POST /api/cart: 504 Gateway Timeout from the gateway after 30s (upstream cart-svc did not respond)"})

# ---------------------------------------------------------------- more look-alikes of timeouts
add(None, PY, "HTTP 408 as a label (slow clients)", PYHTTP,
    {"alertname": "ClientTimeouts", "status": "408", "service": "upload-api"},
    {"summary": "408 responses above baseline"})
add(None, GN, "grpc-js: cancelled on client, terse", GRPC_NODE_CALL,
    {"alertname": "grpc_client_errors", "grpc_code": "CANCELLED", "details": "Cancelled on client"},
    {})
add(None, YP, "YARP: request canceled, error label", YARP,
    {"alertname": "YarpForwarderErrors", "cluster": "search", "error": "RequestCanceled"},
    {"summary": "search: 233 forwarder errors in 5m (clients closed the connection)"})
add(None, AP, "APR timeout on the client's body, Spanish frame", APR,
    {"alertname": "ErroresApache", "severidad": "aviso", "host": "web-front-3"},
    {"resumen": "El cliente no terminó de enviar el cuerpo",
     "descripcion": "(70007)The timeout specified has expired: [client 203.0.113.50:6022] AH01095: prefetch request body failed to 10.0.4.13:8080 (app-5) from 203.0.113.50 ()"})
add(None, SCG, "Spring Cloud Gateway: connect-timeout documented in a runbook check", SCG_DOCS,
    {"alertname": "RunbookLint", "severity": "info", "app": "api-gateway"},
    {"summary": "connect-timeout must be specified in milliseconds",
     "description": "The gateway's connect-timeout is 45000 and response-timeout is PT60S; both within policy."})
add(None, IS, "Istio: VirtualService retries and per-try timeout set", ISTIO_TIMEOUTS,
    {"alertname": "IstioConfigChanged", "severity": "info", "namespace": "bookinfo", "kind": "VirtualService"},
    {"summary": "VirtualService ratings updated",
     "description": "timeout: 10s, retries.perTryTimeout: 2s"})
add(None, AW, "CLB: idle timeout documentation check", REPOST_CLB,
    {"alertname": "ConfigAudit", "severity": "info", "load_balancer": "legacy-web"},
    {"summary": "idle timeout 60s; backend KeepAliveTimeout 65s",
     "description": "Keep-alive timeout on backends is greater than the load balancer's idle timeout, as recommended."})
add("high_error_rate", YP, "YARP: generic request error in a ratio (502, no timeout)", YARP,
    {"alertname": "HighErrorRate", "severity": "warning", "service": "yarp-edge"},
    {"summary": "yarp-edge: 3.0% of requests failing",
     "description": "Most frequent forwarder error: Request (An error was encountered before receiving a response.) answered 502"})
add(None, CR, "CockroachDB: statement timeout, terse", COCKROACH_ERR,
    {"alertname": "db_errors", "sqlstate": "57014", "error": "query execution canceled due to statement timeout"},
    {})
add(None, CR, "CockroachDB: statement timeout, German frame", COCKROACH_ERR,
    {"alertname": "DatenbankFehler", "schwere": "warnung", "dienst": "konten"},
    {"zusammenfassung": "Abfragen abgebrochen",
     "beschreibung": "query execution canceled due to statement timeout (statement_timeout = 5s für die Rolle app)"})
add("node_down", SQ, "Squid: connect refused, terse", SQUID_CONNECT,
    {"alertname": "squid_error", "error_page": "ERR_CONNECT_FAIL", "errno": "111", "dst": "10.20.3.7:8080"},
    {})
add("node_down", FY, "Fastly: all backends unhealthy, terse", FASTLY_VCL,
    {"alertname": "fastly_obj_response", "obj_response": "All backends failed or unhealthy", "status": "503"},
    {})

family.write()
