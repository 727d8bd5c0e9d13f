#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crash18.jsonl: restart loops outside Kubernetes'
CrashLoopBackOff, as schedulers, platforms and process supervisors word them, each next to the
look-alikes that must stay null (one crash, one restart, a restart on purpose or by schedule, a
task that ended with exit code 0, a restart policy that is only a setting, a scale-out).

What the family tests, by source (none of these phrasings was in the tuning corpora, checked with
/tmp/tgrep.py):
- Nomad's restart tracker and task events (hashicorp/nomad): the `RestartReason` "Restart within
  policy" counted over a window, the default Not Restarting text "Task exceeded restart policy",
  and the look-alikes "Error was unrecoverable", "Task's sibling failed", "Exit Code: 0", "Task
  successfully killed" and a job's `restart` block (a setting).
- Heroku's dyno manager (devcenter.heroku.com: dyno restarts and the crash restart policy's
  changelog): "State changed from starting to crashed" / "from up to crashed" repeated, with the
  exponential cool-off, against one crash, the daily "Cycling", a restart by a release and a
  scale to zero.
- Amazon ECS service events and EventBridge service actions (docs.aws.amazon.com): the service
  throttle event `SERVICE_TASK_START_IMPAIRED` / "is unable to consistently start tasks
  successfully" in new frames, against "has reached a steady state" (`SERVICE_STEADY_STATE`),
  "has started N tasks", "Scaling activity initiated by (deployment ...)", a task retired for
  infrastructure maintenance and one task that "failed container health checks".
- god's NotifyWhenFlapping behaviour (mojombo/god): "<watch> has called start/restart N times in
  S seconds".
- circus's flapping plugin (circus-tent/circus): "flapping detected: retry in 7s (attempt number
  N)".
- Marathon's launch rate limiter (mesosphere/marathon): "Increasing delay. Task launch delay for
  [...] is set to N" after failed tasks (its back-off), against "reset to zero", a delay reset
  because the agent is being drained and "Resetting the backoff delay before restarting the
  runSpec" (a deployment's restart).
- Erlang/OTP supervisor reports (erlang/otp): one `child_terminated` report (one crash and one
  restart of a child) is a look-alike.

One Nomad restart loop whose exits say "OOM Killed" (drivers/docker/handle.go) is
`out_of_memory`: the cause decides (rules 1 and 8).

Labels, decided under POLICY.md before the classifier ran: two or more restarts or crashes in the
alert's window, a back-off/cool-off between restarts, a throttled or given-up start (rules 7, 9,
15) are `crash_loop`. One crash, one restart (rule 15), a restart done on purpose or on a schedule
(Heroku's daily cycling, a release, a scale-out, ECS's rolling deployment and infrastructure
maintenance: rule 9), a task that ended with exit code 0, a task killed by an operator, a
restart-policy block (a setting, rule 9), a steady state and one failed container health check
(one replacement, as rule 15's one liveness failure) are `null`.

Left out as ambiguous (rule 6): Heroku's router error H10 "App crashed" (a request refused while
the dyno is crashed: neither clearly a loop nor an error ratio of the app), ECS's deployment
circuit breaker ("deployment failed: tasks failed to start" / "ECS Deployment Circuit Breaker was
triggered": it also trips on health-check failures that are no crash), ECS's "has stopped N
running tasks" (deploys and health checks say it too), Marathon's "Task launch delay ... got
advanced" (the delay's meaning for the app is not said), Nomad's "Policy allows no restarts" (one
failure, already in the corpus), Erlang's `start_error` context, and Windows SCM's 7032 (a failed
recovery action: the service's state after it is not said).

Hosts, jobs, apps and numbers are made up; only the quoted strings come from the sources.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

NOMAD = "hashicorp/nomad"
NOMAD_COMMIT = "aa026cc99cfb74a77e519a1c1f0c78ba1b452705"
NOMAD_RESTARTS = (NOMAD, "client/allocrunner/taskrunner/restarts/restarts.go", NOMAD_COMMIT)
NOMAD_STRUCTS = (NOMAD, "nomad/structs/structs.go", NOMAD_COMMIT)
NOMAD_RESTART_DOC = (NOMAD, "nomad/structs/structs.go", NOMAD_COMMIT)  # RestartPolicy: attempts, interval, delay, mode
GOD = ("mojombo/god", "lib/god/behaviors/notify_when_flapping.rb", "92c06aa5f6293cf26498a306e9bb7ac856d7dca0")
CIRCUS = ("circus-tent/circus", "circus/plugins/flapping.py", "ce7bab244cdbc736591517fbddb4f92836906129")
MARATHON = ("mesosphere/marathon", "src/main/scala/mesosphere/marathon/core/launchqueue/impl/RateLimiter.scala", "90619da70d79a2ecf19368a21c6a695ea981bd74")
MARATHON_DRAIN = ("mesosphere/marathon", "src/main/scala/mesosphere/marathon/core/task/update/impl/steps/NotifyRateLimiterStepImpl.scala", "90619da70d79a2ecf19368a21c6a695ea981bd74")
MARATHON_REPLACE = ("mesosphere/marathon", "src/main/scala/mesosphere/marathon/core/deployment/impl/TaskReplaceActor.scala", "90619da70d79a2ecf19368a21c6a695ea981bd74")
NOMAD_DOCKER = (NOMAD, "drivers/docker/handle.go", NOMAD_COMMIT)
OTP = ("erlang/otp", "lib/stdlib/src/supervisor.erl", "41e6eaa01031284c6d0f89eee031593f77953c1d")

HEROKU_RESTARTS = "https://devcenter.heroku.com/articles/dyno-restarts"
HEROKU_POLICY = "https://devcenter.heroku.com/changelog-items/344"
ECS_THROTTLE = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-throttle-logic.html"
ECS_MESSAGES = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-event-messages.html"
ECS_EVENTS = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_service_events.html"
ECS_STOPPED = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-error-codes.html"
ECS_HEALTH = "https://repost.aws/knowledge-center/ecs-troubleshoot-deployment-failures"

family = ProbeFamily("probes_crash18.jsonl")
C, N = "crash_loop", None


def repo(src, expected, why, labels, annotations=None):
    family.add(src, expected, f"{src[0]} {src[1].rsplit('/', 1)[1]}: {why}", labels, annotations)


def page(url, expected, why, labels, annotations=None):
    family.add_page(url, expected, f"{url.split('/')[2]}: {why}", labels, annotations)


def nomad():
    # Restart within policy, counted: several restarts in the window (rule 15).
    repo(NOMAD_RESTARTS, C, "'Restart within policy' six times in 10m (several restarts)",
         {"alertname": "NomadTaskRestartLoop", "severity": "warning", "job": "checkout", "task": "api",
          "namespace": "shop"},
         {"summary": "checkout/api: 6 Restarting events in 10m",
          "description": "Every event has RestartReason \"Restart within policy\"; the task exits with code 1 about 20s after each start."})
    repo(NOMAD_RESTARTS, C, "event stream: 'Restart within policy' for the fourth time in 15m",
         {"alertname": "NomadEventStreamMatch", "topic": "Allocation", "node_name": "nomad-cl-07",
          "job": "ledger"},
         {"message": "{\"Type\":\"Restarting\",\"RestartReason\":\"Restart within policy\",\"DisplayMessage\":\"Task restarting in 17.42s\",\"ExitCode\":2} (4th occurrence for alloc 7e0b1c4d in 15m)"})
    repo(NOMAD_RESTARTS, C, "restart_reason label, restart count of 5 in the window",
         {"alertname": "NomadAllocRestarts", "severity": "warning", "job": "search-indexer",
          "restart_reason": "Restart within policy", "restarts_15m": "5"})
    repo(NOMAD_RESTARTS, C, "French frame: restarts in a loop within policy",
         {"alertname": "NomadTacheRedemarrages", "gravite": "avertissement", "job": "facturation"},
         {"resume": "La tâche pdf de facturation redémarre en boucle",
          "description": "8 événements Restarting en 20 min, raison : Restart within policy"})
    repo(NOMAD_STRUCTS, C, "Not Restarting's default text: the restart policy is used up",
         {"alertname": "NomadTaskDead", "severity": "critical", "job": "mailer", "task": "smtp-relay"},
         {"summary": "smtp-relay of mailer is dead",
          "description": "Not Restarting: Task exceeded restart policy"})
    repo(NOMAD_STRUCTS, C, "'Task exceeded restart policy' in a chat notification",
         {"alertname": "nomad-alerts", "channel": "#infra", "job": "geo-tiles"},
         {"text": ":x: geo-tiles/render alloc 0c9d2e41 on nomad-cl-03: Task exceeded restart policy after 3 crashes"})
    repo(NOMAD_STRUCTS, C, "label-only: task dead after its restart policy",
         {"alertname": "nomad_task_not_restarting", "job": "metrics-relay", "task": "relay",
          "display_message": "Task exceeded restart policy"})
    repo(NOMAD_STRUCTS, C, "German frame: restart policy used up",
         {"alertname": "NomadTaskTot", "schweregrad": "kritisch", "job": "lager-sync"},
         {"zusammenfassung": "Task sync von lager-sync wird nicht mehr neu gestartet",
          "beschreibung": "Letztes Ereignis: Not Restarting – Task exceeded restart policy"})
    repo(NOMAD_RESTARTS, N, "chat: first restart within policy, nothing repeated",
         {"alertname": "nomad-watcher", "channel": "#ops", "job": "avatars"},
         {"text": "avatars/resize alloc 2b7d restarted (RestartReason: Restart within policy), restart 1 of 2 allowed in 30m"})
    repo(NOMAD_DOCKER, "out_of_memory", "a restart loop whose exits say 'OOM Killed' (cause over symptom, rule 1)",
         {"alertname": "NomadTaskRestartLoop", "severity": "warning", "job": "image-cache", "task": "varnish"},
         {"summary": "image-cache/varnish: 5 Restarting events in 10m",
          "description": "Each restart follows Terminated: Exit Code: 137, Exit Message: \"OOM Killed\""})
    # Look-alikes.
    repo(NOMAD_RESTARTS, N, "one restart within policy (rule 15)",
         {"alertname": "NomadTaskRestarted", "severity": "info", "job": "reports", "task": "render"},
         {"summary": "render restarted once in the last hour",
          "description": "RestartReason: Restart within policy; restarts in window: 1"})
    repo(NOMAD_RESTARTS, N, "'Error was unrecoverable': one failure, no restart loop",
         {"alertname": "NomadTaskNotRestarting", "severity": "warning", "job": "etl", "task": "loader"},
         {"summary": "loader of etl will not be restarted",
          "description": "Not Restarting: Error was unrecoverable"})
    repo(NOMAD_STRUCTS, N, "a sibling task failed once",
         {"alertname": "NomadTaskEvent", "severity": "warning", "job": "api-gw", "task": "log-shipper"},
         {"summary": "log-shipper stopped", "description": "Sibling Failure: Task's sibling \"envoy\" failed"})
    repo(NOMAD_STRUCTS, N, "a task that terminated with exit code 0",
         {"alertname": "NomadTaskTerminated", "severity": "info", "job": "db-backup", "task": "dump"},
         {"summary": "dump terminated", "description": "Terminated: Exit Code: 0"})
    repo(NOMAD_STRUCTS, N, "a task killed by an operator's job stop (rule 9)",
         {"alertname": "NomadTaskEvent", "severity": "info", "job": "legacy-cron", "task": "runner"},
         {"summary": "runner killed after `nomad job stop legacy-cron`",
          "description": "Killing: Sent interrupt. Waiting 5s before force killing\nKilled: Task successfully killed"})
    repo(NOMAD_RESTART_DOC, N, "a restart block changed in a job (a setting, rule 9)",
         {"alertname": "NomadJobSpecChanged", "severity": "info", "job": "payments"},
         {"summary": "Job payments updated to version 42",
          "description": "Diff: restart { attempts = 2 -> 4, interval = \"30m\", delay = \"15s\", mode = \"fail\" -> \"delay\" }"})


def heroku():
    page(HEROKU_RESTARTS, C, "dyno crashed six times in 20m",
         {"alertname": "HerokuDynoCrashLoop", "severity": "critical", "app": "shop-storefront",
          "dyno": "worker.1"},
         {"summary": "worker.1 keeps crashing",
          "description": "6 × \"heroku[worker.1]: State changed from starting to crashed\" in the last 20 minutes"})
    page(HEROKU_RESTARTS, C, "log drain: up -> crashed -> starting, repeated",
         {"alertname": "LogDrainPattern", "source": "logplex", "app": "billing-api"},
         {"summary": "billing-api web.2 crashed 4 times since 09:12",
          "description": "heroku[web.2]: Process exited with status 1\nheroku[web.2]: State changed from up to crashed\nheroku[web.2]: State changed from crashed to starting\n(pattern repeated 4 times)"})
    page(HEROKU_RESTARTS, C, "saved search on 'starting to crashed', 9 hits in 30m",
         {"alertname": "saved-search-dyno-crashed", "severity": "high", "system": "papertrail",
          "app": "notify-hub"},
         {"message": "Search \"State changed from starting to crashed\" matched 9 events in the last 30 minutes (notify-hub web.1, web.2)"})
    page(HEROKU_POLICY, C, "repeated crashes, restarts with increasing cool-off",
         {"alertname": "HerokuDynoCoolOff", "severity": "critical", "app": "queue-reader", "dyno": "worker.3"},
         {"summary": "worker.3 crashed 5 times in a row",
          "description": "Heroku restarts worker.3 with exponentially increasing cool-off periods; last line: State changed from starting to crashed"})
    page(HEROKU_RESTARTS, C, "German frame: dyno crashed repeatedly",
         {"alertname": "HerokuDynoAbsturzSchleife", "schweregrad": "kritisch", "app": "kasse-web"},
         {"zusammenfassung": "web.1 stürzt wiederholt ab",
          "beschreibung": "7 Meldungen \"State changed from up to crashed\" in 15 Minuten"})
    page(HEROKU_RESTARTS, C, "Spanish frame: crashed then starting, again and again",
         {"alertname": "HerokuDynoReinicios", "severidad": "critica", "app": "reservas"},
         {"resumen": "El dyno web.1 de reservas se cae y reinicia en bucle",
          "descripcion": "heroku[web.1]: State changed from starting to crashed (x5 en 10 min)"})
    page(HEROKU_RESTARTS, C, "Japanese frame: repeated crashes",
         {"alertname": "Herokuダイノ再起動ループ", "重大度": "critical", "app": "yoyaku-api"},
         {"概要": "worker.2 が繰り返しクラッシュしています",
          "詳細": "heroku[worker.2]: State changed from starting to crashed（30分間に8回）"})
    page(HEROKU_RESTARTS, N, "a manual ps:restart by an operator (rule 9)",
         {"alertname": "HerokuRestartEvent", "severity": "info", "app": "wiki"},
         {"summary": "wiki web.1 restarted by ops@example.com",
          "description": "app[api]: Restart web.1 by user ops@example.com\nheroku[web.1]: Restarting\nheroku[web.1]: State changed from up to starting\nheroku[web.1]: State changed from starting to up"})
    page(HEROKU_RESTARTS, C, "label-only: state changes to crashed counted",
         {"alertname": "heroku_dyno_state_change", "app": "feeds", "dyno": "worker.1",
          "transition": "starting to crashed", "count_30m": "6"})
    # Look-alikes.
    page(HEROKU_RESTARTS, N, "the daily cycling (a scheduled restart, rule 9)",
         {"alertname": "LogDrainPattern", "source": "logplex", "app": "docs-site"},
         {"summary": "docs-site web.1 restarted",
          "description": "heroku[web.1]: Cycling\nheroku[web.1]: State changed from up to starting\nheroku[web.1]: Stopping all processes with SIGTERM\nheroku[web.1]: Process exited with status 143\nheroku[web.1]: State changed from starting to up"})
    page(HEROKU_RESTARTS, N, "one crash and one restart that came up (rule 15)",
         {"alertname": "HerokuDynoCrashed", "severity": "warning", "app": "partner-api", "dyno": "web.3"},
         {"summary": "web.3 crashed once and recovered",
          "description": "heroku[web.3]: State changed from up to crashed\nheroku[web.3]: State changed from crashed to starting\nheroku[web.3]: State changed from starting to up"})
    page(HEROKU_RESTARTS, N, "dynos restarted by a release (rule 9)",
         {"alertname": "HerokuRestartEvent", "severity": "info", "app": "crm-sync"},
         {"summary": "crm-sync dynos restarted",
          "description": "app[api]: Release v318 created by user deploy-bot@example.com\nheroku[web.1]: Restarting\nheroku[web.1]: State changed from up to starting"})
    page(HEROKU_RESTARTS, N, "a scale to zero: process exited with status 0, dyno down",
         {"alertname": "LogDrainPattern", "source": "logplex", "app": "promo-landing"},
         {"summary": "promo-landing web.1 went down",
          "description": "app[api]: Scaled to web@0:Basic by user ops@example.com\nheroku[web.1]: State changed from up to down\nheroku[web.1]: Process exited with status 0"})
    page(HEROKU_RESTARTS, N, "a one-off dyno that crashed once",
         {"alertname": "HerokuOneOffDyno", "severity": "info", "app": "analytics"},
         {"summary": "run.4821 ended", "description": "heroku[run.4821]: Process exited with status 1\nheroku[run.4821]: State changed from up to crashed"})
    page(HEROKU_POLICY, N, "the crash restart policy quoted as documentation, nothing happened",
         {"alertname": "RunbookLinkCheck", "severity": "info", "app": "status-page"},
         {"summary": "Runbook section 'Dyno crash restart policy' updated",
          "description": "If a dyno crashes multiple times in a row, it will be restarted with exponentially increasing cool-off periods."})


def ecs():
    page(ECS_EVENTS, C, "EventBridge service action SERVICE_TASK_START_IMPAIRED",
         {"alertname": "EcsServiceAction", "severity": "critical", "cluster": "prod-euw1",
          "service": "quote-engine"},
         {"summary": "ECS Service Action: SERVICE_TASK_START_IMPAIRED",
          "description": "detail-type \"ECS Service Action\", eventType WARN, eventName SERVICE_TASK_START_IMPAIRED for service quote-engine"})
    page(ECS_EVENTS, C, "label-only event name SERVICE_TASK_START_IMPAIRED",
         {"alertname": "ecs_service_event", "event_name": "SERVICE_TASK_START_IMPAIRED",
          "cluster": "batch-use2", "service": "thumbnailer"})
    page(ECS_THROTTLE, C, "service throttle message in a chat notification",
         {"alertname": "ecs-events-to-slack", "channel": "#deploys", "cluster": "stage"},
         {"text": ":warning: (service loyalty-api) is unable to consistently start tasks successfully."})
    page(ECS_THROTTLE, C, "throttle: restarts spaced out after repeated PENDING -> STOPPED",
         {"alertname": "EcsServiceThrottled", "severity": "warning", "cluster": "tools", "service": "pdf-merge"},
         {"summary": "pdf-merge tasks keep failing to start",
          "description": "Tasks went PENDING -> STOPPED 11 times in 30m; the scheduler is increasing the time between restart attempts (service throttle logic)."})
    page(ECS_EVENTS, C, "Japanese frame: start impaired",
         {"alertname": "ECSタスク起動障害", "重大度": "critical", "service": "order-sync"},
         {"概要": "order-sync のタスクが起動と停止を繰り返しています",
          "詳細": "eventName: SERVICE_TASK_START_IMPAIRED"})
    page(ECS_THROTTLE, C, "Portuguese frame: throttle message",
         {"alertname": "EcsServicoInstavel", "severidade": "critica", "service": "pedidos"},
         {"resumo": "O serviço pedidos não consegue manter tarefas em execução",
          "descricao": "(service pedidos) is unable to consistently start tasks successfully."})
    page(ECS_MESSAGES, N, "no container instance to place a task (scheduling capacity, rule 17)",
         {"alertname": "EcsServiceEvent", "severity": "warning", "cluster": "ec2-batch", "service": "transcoder"},
         {"summary": "(service transcoder) was unable to place a task because no container instance met all of its requirements."})
    page(ECS_EVENTS, N, "a deployment that completed (planned work)",
         {"alertname": "EcsDeploymentEvent", "severity": "info", "cluster": "prod-use1", "service": "cart"},
         {"summary": "ECS Deployment State Change: SERVICE_DEPLOYMENT_COMPLETED"})
    page(ECS_EVENTS, C, "Chinese frame: start impaired",
         {"alertname": "ECS服务任务启动受损", "级别": "严重", "service": "kucun-sync"},
         {"摘要": "kucun-sync 服务的任务反复启动失败",
          "描述": "EventBridge 事件 SERVICE_TASK_START_IMPAIRED"})
    # Look-alikes.
    page(ECS_MESSAGES, N, "a steady state (nothing wrong)",
         {"alertname": "EcsServiceEvent", "severity": "info", "cluster": "prod-euw1", "service": "quote-engine"},
         {"summary": "(service quote-engine) has reached a steady state."})
    page(ECS_EVENTS, N, "SERVICE_STEADY_STATE action (nothing wrong)",
         {"alertname": "EcsServiceAction", "severity": "info", "cluster": "prod-use1", "service": "cart"},
         {"summary": "ECS Service Action: SERVICE_STEADY_STATE",
          "description": "eventType INFO, eventName SERVICE_STEADY_STATE"})
    page(ECS_MESSAGES, N, "a scale-out: the service started tasks",
         {"alertname": "EcsServiceEvent", "severity": "info", "cluster": "prod-use1", "service": "cart"},
         {"summary": "(service cart) has started 2 tasks: (task 5b7e1d0c93f04a7c) (task a1f2903e6d8b4c55)."})
    page(ECS_STOPPED, N, "a task stopped by a rolling deployment (rule 9)",
         {"alertname": "EcsTaskStopped", "severity": "info", "cluster": "prod-use1", "group": "service:cart"},
         {"summary": "Task 91c0e7aa stopped",
          "description": "stopCode ServiceSchedulerInitiated, stoppedReason \"Scaling activity initiated by (deployment ecs-svc/4718290015526781234)\""})
    page(ECS_STOPPED, N, "a task retired for infrastructure maintenance (rule 9)",
         {"alertname": "EcsTaskStopped", "severity": "info", "cluster": "fargate-prod", "group": "service:search"},
         {"summary": "Task 3d0f5c21 stopped",
          "description": "stoppedReason: ECS is performing maintenance on the underlying infrastructure hosting the task"})
    page(ECS_HEALTH, N, "one task failed container health checks and was replaced",
         {"alertname": "EcsServiceEvent", "severity": "warning", "cluster": "stage", "service": "wishlist"},
         {"summary": "(service wishlist) (task 0e6b2f41c9a84d17) failed container health checks.",
          "description": "1 task replaced in the last hour"})


def supervisors():
    for watch, n, secs, frame in [
        ("resque-worker-2", 5, 300, "log"), ("unicorn-main", 8, 600, "mail"),
        ("sidekiq-low", 4, 120, "label"), ("thin-3001", 6, 300, "log")]:
        text = f"{watch} has called start/restart {n} times in {secs} seconds"
        if frame == "log":
            labels = {"alertname": "GodNotification", "severity": "warning", "host": "app-ruby-04"}
            ann = {"summary": text}
        elif frame == "mail":
            labels = {"alertname": "EmailAlertIngest", "sender": "god@app-ruby-02", "severity": "warning"}
            ann = {"subject": f"[god] {watch} flapping", "body": text}
        else:
            labels = {"alertname": "god_flapping", "watch": watch, "message": text}
            ann = {}
        repo(GOD, C, f"god NotifyWhenFlapping ({n} starts in {secs}s)", labels, ann)
    repo(CIRCUS, C, "circus flapping, second attempt",
         {"alertname": "CircusLog", "severity": "warning", "host": "py-batch-2"},
         {"message": "[INFO] image-resizer: flapping detected: retry in  7s (attempt number 2)"})
    repo(CIRCUS, C, "circus flapping, fourth attempt, in a Loki alert",
         {"alertname": "LokiCircusFlapping", "job": "circusd", "host": "py-web-6"},
         {"summary": "circusd restarts a watcher repeatedly",
          "description": "feeds-poller: flapping detected: retry in 10s (attempt number 4)"})
    repo(CIRCUS, C, "circus flapping in a chat notification, third attempt",
         {"alertname": "circus-to-slack", "channel": "#py-ops", "host": "py-batch-5"},
         {"text": "ocr-worker: flapping detected: retry in  7s (attempt number 3)"})
    repo(CIRCUS, N, "the flapping plugin's settings changed (a setting, rule 9)",
         {"alertname": "ConfigDrift", "severity": "info", "host": "py-web-6", "file": "/etc/circus/circusd.ini"},
         {"summary": "circusd.ini changed on py-web-6",
          "description": "[plugin:flapping] attempts = 2 -> 3, window = 1, retry_in = 7 -> 10, max_retry = 5"})
    # Erlang/OTP: one child crashed and was restarted once.
    repo(OTP, N, "one child_terminated supervisor report (one restart)",
         {"alertname": "ErlangSupervisorReport", "severity": "warning", "node": "chat@xmpp-3"},
         {"summary": "supervisor report on chat@xmpp-3",
          "description": "=SUPERVISOR REPORT====\n    supervisor: {local,chat_session_sup}\n    errorContext: child_terminated\n    reason: {badmatch,undefined}\n    offender: [{pid,<0.1934.0>},{id,session_reaper},{mfargs,{session_reaper,start_link,[]}},{restart_type,permanent},{shutdown,5000},{child_type,worker}]"})
    repo(OTP, N, "child_terminated in a Sentry issue (one crash)",
         {"alertname": "SentryIssue", "project": "ingest-beam", "level": "error"},
         {"title": "supervisor ingest_sup: child_terminated",
          "summary": "New issue in ingest-beam (1 event)"})
    repo(OTP, N, "child_terminated label, single event",
         {"alertname": "beam_supervisor_event", "error_context": "child_terminated", "supervisor": "pool_sup",
          "events_1h": "1"})


def marathon():
    repo(MARATHON, C, "launch delay increased to minutes (repeated failed tasks, back-off)",
         {"alertname": "MarathonLogPattern", "severity": "warning", "host": "marathon-2"},
         {"summary": "marathon is backing off launches of /shop/api",
          "description": "Increasing delay. Task launch delay for [/shop/api - 2026-12-01T09:14:02.117Z] is set to 3 minutes, 12 seconds"})
    repo(MARATHON, C, "launch delay growing in a Loki alert (9 failed tasks)",
         {"alertname": "LokiMarathonBackoff", "job": "marathon", "app_id": "/data/etl"},
         {"summary": "/data/etl failed 9 times in 15m",
          "description": "Task launch delay for [/data/etl - 2026-11-30T22:01:45.903Z] is set to 56 seconds"})
    repo(MARATHON, C, "launch queue waiting for back-offs after failures",
         {"alertname": "MarathonAppDelayed", "severity": "warning", "app_id": "/payments/ledger"},
         {"summary": "/payments/ledger delayed after repeated task failures",
          "description": "Increasing delay. Task launch delay for [/payments/ledger - 2026-12-02T07:40:10.000Z] is set to 5 minutes (TASK_FAILED x7)"})
    repo(MARATHON, C, "label-only: delayed app with its failure count",
         {"alertname": "marathon_app_backoff", "app_id": "/tools/crawler", "failed_tasks_10m": "6",
          "message": "Increasing delay"})
    repo(MARATHON, N, "launch delay reset to zero (the app is healthy again)",
         {"alertname": "MarathonLogPattern", "severity": "info", "host": "marathon-1"},
         {"summary": "Task launch delay for [/shop/api - 2026-12-01T09:14:02.117Z}] reset to zero"})
    repo(MARATHON_DRAIN, N, "delay reset because the agent is being drained (planned, rule 9)",
         {"alertname": "MarathonLogPattern", "severity": "info", "host": "marathon-3"},
         {"summary": "Reset delay for /search/indexer because status update for instance-7f1e indicated agent-42 is being drained"})
    repo(MARATHON_REPLACE, N, "back-off reset before a restart by a deployment (rule 9)",
         {"alertname": "MarathonDeploymentLog", "severity": "info", "app_id": "/web/frontend"},
         {"summary": "Resetting the backoff delay before restarting the runSpec",
          "description": "Deployment 3c5e... restarting /web/frontend after `dcos marathon app restart`"})


def main():
    nomad()
    heroku()
    ecs()
    supervisors()
    marathon()
    family.write()


if __name__ == "__main__":
    main()
