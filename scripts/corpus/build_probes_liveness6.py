#!/usr/bin/env python3
"""Builds tests/fixtures/corpus/probes_liveness6.jsonl: alerts about restarts, gateway/upstream
timeouts and host/instance liveness, in the shapes of Prometheus rule renders, monitoring-product
notifications and log alerts quoting a line. Labels follow tests/fixtures/corpus/POLICY.md and were
decided from each alert's meaning before the classifier ran on the file. Hosts and values are
made up; each item's provenance names the public file its wording or fact comes from."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

SYSD_CAT = ("systemd/systemd", "catalog/systemd.catalog.in", "0467374d3947256881a6f21210826820f4cb103a")
SYSD_SVC = ("systemd/systemd", "src/core/service.c", "000d658296a8e26b08c6a319033b2a0c2784455f")
SYSD_EXP = ("prometheus-community/systemd_exporter", "systemd/systemd.go", "75ef6d44f6124001b9017f8de9504260701944a5")
GOSUP = ("ochinchina/supervisord", "process/process.go", "ce0722f7f6aac0886c5c996f8dbc581e28b9329e")
GOSUP_EV = ("ochinchina/supervisord", "events/events.go", "ce0722f7f6aac0886c5c996f8dbc581e28b9329e")
KONG_ERR = ("Kong/kong", "kong/error_handlers.lua", "22246ef28c16842098369b494eef879222e30c7b")
KONG_PROM = ("Kong/kong", "kong/plugins/prometheus/exporter.lua", "22246ef28c16842098369b494eef879222e30c7b")
TRAEFIK = ("traefik/traefik", "docs/content/reference/install-configuration/observability/metrics.md", "fd5a576df2e8aeb0bfc8a96b6ef6e60a61f7ec0a")
VARNISH = ("varnishcache/varnish-cache", "bin/varnishd/http1/cache_http1_fetch.c", "27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a")
VARNISH_F = ("varnishcache/varnish-cache", "bin/varnishd/cache/cache_fetch.c", "27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a")
HTTPD = ("apache/httpd", "modules/proxy/mod_proxy_http.c", "0cb680442ecaa6118cc610b5ecc6e824330bf61a")
ECS = ("aws/amazon-ecs-agent", "agent/vendor/github.com/aws/aws-sdk-go-v2/service/ecs/types/enums.go", "8dfceca6cf380a83c3007349317566f2862f0673")
DOCKER = ("docker/cli", "cli/command/container/attach.go", "28f756087eea5fa301f3fbf12b01ae62f91521c2")
ICINGA = ("Icinga/icinga2", "etc/icinga2/scripts/mail-host-notification.sh", "05971d401cd370ba822c8fb8628d6a672f95222c")
ICINGA_DOC = ("Icinga/icinga2", "doc/03-monitoring-basics.md", "81f7bce39040264a271f020a1e8f2d65a68a1d20")
LIBRENMS = ("librenms/librenms", "misc/alert_rules.json", "00221fa5c838dbd687d36c96edb3bfee9070d37a")
PVE = ("proxmox/pve-ha-manager", "src/PVE/HA/NodeStatus.pm", "b71218f279d57417dbcdd957128499695fe55171")
CONSUL = ("hashicorp/consul", "agent/checks/check.go", "0303d8c3e9dc4f3fda28567eb4593adb5d601e14")
APIGW = ("awsdocs/amazon-api-gateway-developer-guide", "doc_source/supported-gateway-response-types.md", "12fad5e8d71e93fd92fd98e195b2be962cbd7994")
GOVMOMI = ("vmware/govmomi", "vim25/types/enum.go", "fd06160642a8c3609c0cd86e2bc25f2b4e974631")
KSM = ("kubernetes/kube-state-metrics", "docs/metrics/workload/pod-metrics.md", "c92fe0c5ce02d3b52abf54490e00db6c706f2ba5")
CFCLI = ("cloudfoundry/cli", "actor/v7action/application_test.go", "ccfd649d158cf439db18788e6e77a13861e3c01a")
LINKERD = ("linkerd/linkerd2", "policy-controller/grpc/src/outbound/grpc.rs", "b24cd4059841f8cee2fb7a9c2ac23a693c583579")

family = ProbeFamily("probes_liveness6.jsonl")
add = family.add


# ---------------------------------------------------------------- systemd (journal lines, catalog)
for unit, host, n in [("billing-worker.service", "app-07", 5), ("nginx.service", "edge-02", 5),
                      ("pgbouncer.service", "db-proxy-1", 5), ("kafka-connect.service", "kc-03", 5)]:
    add(SYSD_SVC, "crash_loop", "systemd journal: start rate limit hit after automatic restarts",
        {"alertname": "JournalUnitStartLimitHit", "severity": "critical", "host": host, "unit": unit},
        {"summary": f"{unit} on {host} hit its start limit",
         "description": f"systemd[1]: {unit}: Scheduled restart job, restart counter is at {n}.\nsystemd[1]: {unit}: Start request repeated too quickly.\nsystemd[1]: {unit}: Failed with result 'exit-code'."})
for unit, host, n in [("ingest-api.service", "web-11", 12), ("celery-beat.service", "jobs-2", 37), ("node_exporter.service", "mon-04", 9)]:
    add(SYSD_SVC, "crash_loop", "systemd journal: restart counter climbing (log alert)",
        {"alertname": "LokiSystemdRestartCounter", "severity": "warning", "hostname": host, "job": "systemd-journal"},
        {"summary": f"{unit} keeps being restarted by systemd on {host}",
         "message": f"{unit}: Scheduled restart job, restart counter is at {n}."})
add(SYSD_SVC, "crash_loop", "systemd journal line as the only evidence",
    {"alertname": "journal_match", "host": "cache-05", "unit": "redis-server.service"},
    {"message": "redis-server.service: Scheduled restart job, restart counter is at 24."})
add(SYSD_CAT, "crash_loop", "systemd catalog: automatic restart scheduled, repeated",
    {"alertname": "SystemdAutoRestartRepeated", "severity": "warning", "instance": "batch-09:9100", "name": "etl-runner.service"},
    {"summary": "Automatic restarting of etl-runner.service has been scheduled 8 times in 10 minutes",
     "description": "Automatic restarting of the unit etl-runner.service has been scheduled, as the result for the configured Restart= setting for the unit. This happened 8 times in the last 10 minutes."})
add(SYSD_CAT, "crash_loop", "systemd catalog subject in a syslog alert, with a count",
    {"alertname": "SyslogPattern", "severity": "warning", "host": "vpn-gw-1", "program": "systemd"},
    {"summary": "Subject: Automatic restarting of a unit has been scheduled (x14 in 30m)",
     "description": "openvpn-server@corp.service restarted 14 times in 30 minutes."})
# look-alikes: one failure, one restart, manual stop
add(SYSD_CAT, None, "systemd catalog: unit failed once (POLICY rule 5)",
    {"alertname": "SystemdUnitFailed", "severity": "warning", "instance": "backup-01:9100", "name": "restic-backup.service"},
    {"summary": "Unit restic-backup.service failed",
     "description": "The unit restic-backup.service has entered the 'failed' state with result 'exit-code'."})
add(SYSD_CAT, None, "systemd catalog: unit failed once, oneshot timer job",
    {"alertname": "NodeSystemdServiceFailed", "severity": "warning", "instance": "db-02:9100", "name": "logrotate.service", "state": "failed"},
    {"summary": "Systemd service logrotate.service has failed on db-02",
     "description": "Unit logrotate.service is in the failed state."})
add(SYSD_CAT, None, "systemd catalog: start job failed once",
    {"alertname": "JournalStartJobFailed", "host": "nfs-3", "unit": "nfs-server.service"},
    {"summary": "A start job for unit nfs-server.service has failed",
     "description": "A start job for unit nfs-server.service has finished with a failure. The job identifier is 2231 and the job result is failed."})
add(SYSD_SVC, None, "systemd journal: a single scheduled restart (POLICY rule 7: one restart)",
    {"alertname": "LokiSystemdRestartCounter", "severity": "info", "hostname": "web-03", "job": "systemd-journal"},
    {"summary": "php-fpm.service was restarted once by systemd on web-03",
     "message": "php-fpm.service: Scheduled restart job, restart counter is at 1."})
add(SYSD_SVC, None, "systemd: manual stop, no automatic restart",
    {"alertname": "SystemdUnitInactive", "severity": "info", "instance": "mq-1:9100", "name": "rabbitmq-server.service"},
    {"summary": "rabbitmq-server.service stopped by operator for maintenance",
     "description": "Service will not restart (manual stop). Planned maintenance window CHG-4411."})

# ---------------------------------------------------------------- systemd_exporter restart counter
for name, inst, n, win in [("haproxy.service", "lb-01:9558", 6, "15m"), ("consul.service", "cs-2:9558", 4, "10m"),
                           ("vector.service", "log-7:9558", 11, "1h"), ("gitlab-runner.service", "ci-4:9558", 3, "30m")]:
    add(SYSD_EXP, "crash_loop", "systemd_exporter systemd_service_restart_total increase",
        {"alertname": "SystemdServiceRestarting", "severity": "warning", "instance": inst, "name": name, "job": "systemd"},
        {"summary": f"Service {name} restarted {n} times in {win}",
         "description": f"increase(systemd_service_restart_total{{name=\"{name}\"}}[{win}]) = {n}. The unit is being restarted by its Restart= setting over and over."})
add(SYSD_EXP, "crash_loop", "systemd_exporter restart counter, terse",
    {"alertname": "SystemdServiceFlapping", "instance": "edge-5:9558", "name": "envoy.service"},
    {"summary": "envoy.service flapping: 9 restarts"})
add(SYSD_EXP, "crash_loop", "systemd_exporter restart counter, Grafana-managed alert with a value only",
    {"alertname": "systemd unit restarts", "grafana_folder": "Hosts", "name": "telegraf.service", "instance": "iot-gw-2"},
    {"summary": "", "description": "", "value": "restarts=7"})
add(SYSD_EXP, None, "systemd_exporter: one restart in the window (POLICY rule 7)",
    {"alertname": "SystemdServiceRestarted", "severity": "info", "instance": "lb-02:9558", "name": "haproxy.service"},
    {"summary": "Service haproxy.service restarted once in the last hour",
     "description": "increase(systemd_service_restart_total[1h]) = 1 after a configuration reload."})
add(SYSD_EXP, None, "systemd_exporter: unit restart after a package upgrade (deliberate)",
    {"alertname": "SystemdServiceRestarted", "severity": "info", "instance": "pg-1:9558", "name": "postgresql.service"},
    {"summary": "postgresql.service was restarted by unattended-upgrades",
     "description": "One restart at 03:12 UTC following a minor-version package upgrade."})

# ---------------------------------------------------------------- supervisord (Go rewrite) states
for prog, host in [("celery-worker", "jobs-1"), ("uwsgi-api", "app-04"), ("sidekiq", "rails-2"), ("mailer", "smtp-out-1")]:
    add(GOSUP_EV, "crash_loop", "supervisord PROCESS_STATE_FATAL after BACKOFF retries",
        {"alertname": "SupervisorProcessFatal", "severity": "critical", "host": host, "program": prog},
        {"summary": f"{prog} entered FATAL on {host}",
         "description": f"processname:{prog} groupname:{prog} from_state:BACKOFF - supervisord gave up after too many start retries."})
for prog, host, n in [("queue-consumer", "worker-3", 3), ("gunicorn", "web-09", 5)]:
    add(GOSUP, "crash_loop", "supervisord BACKOFF state, retries in progress",
        {"alertname": "SupervisorProcessBackoff", "severity": "warning", "host": host, "program": prog, "state": "BACKOFF"},
        {"summary": f"{prog} is in BACKOFF on {host}",
         "description": f"fail to start program with error: exit status 1; retry {n} of startretries, state changed to Backoff."})
add(GOSUP, "crash_loop", "supervisord log alert: program keeps exiting and being restarted",
    {"alertname": "LogPatternMatch", "severity": "warning", "host": "ocr-1", "source": "/var/log/supervisord.log"},
    {"summary": "program exited (x21 in 10m)", "log": "program=tesseract-worker msg=\"program exited\" exitCode=134; restarting"})
add(GOSUP, "crash_loop", "supervisord liveness check failure action restarts the program repeatedly",
    {"alertname": "SupervisorLivenessRestarts", "severity": "warning", "host": "edge-api-2", "program": "edge-api"},
    {"summary": "edge-api restarted 6 times by its liveness check in 30m",
     "description": "liveness check failed, action: restart"})
add(GOSUP_EV, "crash_loop", "supervisord event listener forwarding PROCESS_STATE_BACKOFF events",
    {"alertname": "supervisor_event", "eventname": "PROCESS_STATE_BACKOFF", "host": "py-3"},
    {"summary": "PROCESS_STATE_BACKOFF received 4 times for program importer", "body": "processname:importer groupname:importer from_state:STARTING tries:4"})
add(GOSUP_EV, None, "supervisord PROCESS_STATE_STOPPED by an operator (deliberate)",
    {"alertname": "supervisor_event", "eventname": "PROCESS_STATE_STOPPED", "host": "py-3"},
    {"summary": "importer stopped via supervisorctl", "body": "processname:importer groupname:importer from_state:STOPPING pid:4411"})
add(GOSUP_EV, None, "supervisord PROCESS_STATE_EXITED expected (one clean exit)",
    {"alertname": "supervisor_event", "eventname": "PROCESS_STATE_EXITED", "host": "cron-1"},
    {"summary": "nightly-report exited (expected)", "body": "processname:nightly-report groupname:reports from_state:RUNNING expected:1 pid:9021"})
add(GOSUP, None, "supervisord restartpause notice for a single restart",
    {"alertname": "SupervisorProgramRestarted", "severity": "info", "host": "app-02", "program": "thumbnailer"},
    {"summary": "thumbnailer restarted once after deploy", "description": "don't restart the program, start it after restartPause seconds (restartPause=5)"})

# ---------------------------------------------------------------- kube-state-metrics restarts / waiting reasons
for ns, pod, c, n in [("payments", "ledger-7d9f8-xk2lp", "ledger", 8), ("search", "indexer-0", "indexer", 5),
                      ("kube-system", "coredns-5d78c9869d-q2wz8", "coredns", 12)]:
    add(KSM, "crash_loop", "kube-state-metrics kube_pod_container_status_restarts_total increase",
        {"alertname": "ContainerRestartingOften", "severity": "warning", "namespace": ns, "pod": pod, "container": c},
        {"summary": f"Container {c} in {ns}/{pod} restarted {n} times in 1h",
         "description": f"increase(kube_pod_container_status_restarts_total[1h]) is {n}."})
add(KSM, "crash_loop", "kube-state-metrics waiting reason CrashLoopBackOff (other team's wording)",
    {"alertname": "PodWaitingTooLong", "severity": "critical", "namespace": "ml", "pod": "trainer-5f7c-2kq9d", "container": "trainer", "reason": "CrashLoopBackOff"},
    {"summary": "trainer is waiting (CrashLoopBackOff) for 20m"})
add(KSM, "crash_loop", "kube-state-metrics init container restarts",
    {"alertname": "InitContainerRestarts", "severity": "warning", "namespace": "shop", "pod": "cart-6b8d-9xz7m", "container": "migrate-db"},
    {"summary": "Init container migrate-db of shop/cart-6b8d-9xz7m restarted 6 times",
     "description": "kube_pod_init_container_status_restarts_total increased by 6 in 30 minutes; the pod never becomes Ready."})
add(KSM, "out_of_memory", "kube-state-metrics last terminated reason OOMKilled with restarts (cause over symptom)",
    {"alertname": "ContainerRestartingOften", "severity": "warning", "namespace": "data", "pod": "spark-exec-3", "container": "executor", "reason": "OOMKilled"},
    {"summary": "executor restarted 4 times in 1h; last terminated reason OOMKilled"})
add(KSM, None, "kube-state-metrics waiting reason ImagePullBackOff (not a restart loop)",
    {"alertname": "PodWaitingTooLong", "severity": "warning", "namespace": "web", "pod": "frontend-8c5d-7v2nq", "container": "frontend", "reason": "ImagePullBackOff"},
    {"summary": "frontend is waiting (ImagePullBackOff) for 15m"})
add(KSM, None, "kube-state-metrics waiting reason CreateContainerConfigError",
    {"alertname": "PodWaitingTooLong", "severity": "warning", "namespace": "auth", "pod": "keycloak-0", "container": "keycloak", "reason": "CreateContainerConfigError"},
    {"summary": "keycloak is waiting (CreateContainerConfigError): secret \"kc-db\" not found"})
add(KSM, None, "kube-state-metrics: a single restart in the window (POLICY rule 7)",
    {"alertname": "ContainerRestarted", "severity": "info", "namespace": "payments", "pod": "ledger-7d9f8-xk2lp", "container": "ledger"},
    {"summary": "Container ledger restarted once in the last 24h"})
add(KSM, None, "kube-state-metrics last terminated reason Completed (a job that finished)",
    {"alertname": "ContainerTerminated", "severity": "info", "namespace": "batch", "pod": "report-28391-abcde", "container": "report", "reason": "Completed"},
    {"summary": "report container terminated: Completed (exit code 0)"})

# ---------------------------------------------------------------- Docker restarting state
for cname, host in [("nginx-proxy", "docker-01"), ("grafana", "mon-02"), ("mariadb", "nas-1")]:
    add(DOCKER, "crash_loop", "Docker container stuck in restarting state (restart policy loop)",
        {"alertname": "DockerContainerRestarting", "severity": "warning", "host": host, "container_name": cname},
        {"summary": f"Container {cname} is restarting on {host}",
         "description": f"State: Restarting (1) 4 seconds ago. RestartCount=17. cannot attach to a restarting container, wait until it is running"})
add(DOCKER, "crash_loop", "Docker CLI error quoted in a deploy job alert",
    {"alertname": "DeployHealthGateFailed", "severity": "warning", "service": "wiki", "env": "prod"},
    {"summary": "wiki did not come up after deploy",
     "description": "Error response from daemon: cannot attach to a restarting container, wait until it is running (container wiki-app restarted 9 times since deploy)"})
add(DOCKER, None, "Docker container restarted by a deploy (deliberate)",
    {"alertname": "DockerContainerRestarted", "severity": "info", "host": "docker-01", "container_name": "nginx-proxy"},
    {"summary": "nginx-proxy restarted by watchtower after an image update"})

# ---------------------------------------------------------------- ECS task stop codes
for svc, cl, n in [("orders-api", "prod-ecs", 7), ("pdf-render", "tools", 4)]:
    add(ECS, "crash_loop", "ECS tasks stopping with EssentialContainerExited, repeatedly",
        {"alertname": "EcsTasksStoppingRepeatedly", "severity": "critical", "cluster": cl, "service": svc, "stop_code": "EssentialContainerExited"},
        {"summary": f"{svc}: {n} tasks stopped in 15 minutes (EssentialContainerExited)",
         "description": "Essential container in task exited; the service scheduler keeps launching replacement tasks that exit again."})
add(ECS, "crash_loop", "EventBridge ECS task state change, counted",
    {"alertname": "ecs-task-state-change", "cluster": "stage", "group": "service:checkout"},
    {"summary": "ECS Task State Change: STOPPED x6 in 10m", "detail": "stopCode=EssentialContainerExited stoppedReason=\"Essential container in task exited\" containers[0].exitCode=1"})
add(ECS, None, "ECS task stopped by the scheduler during a scale-in (deliberate)",
    {"alertname": "ecs-task-state-change", "cluster": "prod-ecs", "group": "service:orders-api"},
    {"summary": "ECS Task State Change: STOPPED", "detail": "stopCode=ServiceSchedulerInitiated stoppedReason=\"Scaling activity initiated by (deployment ecs-svc/4411)\""})
add(ECS, None, "ECS task stopped by a user",
    {"alertname": "ecs-task-state-change", "cluster": "tools", "group": "family:adhoc-migrate"},
    {"summary": "ECS Task State Change: STOPPED", "detail": "stopCode=UserInitiated stoppedReason=\"Task stopped by user\""})
add(ECS, None, "ECS one task exited once (one termination, no loop)",
    {"alertname": "EcsTaskStopped", "severity": "info", "cluster": "batch", "group": "family:nightly-export"},
    {"summary": "nightly-export task exited with code 1", "detail": "stopCode=EssentialContainerExited, 1 task in 24h"})

# ---------------------------------------------------------------- Cloud Foundry instances
add(CFCLI, "crash_loop", "Cloud Foundry app instances crashing repeatedly",
    {"alertname": "CFAppCrashing", "severity": "critical", "org": "retail", "space": "prod", "app": "catalog-svc"},
    {"summary": "catalog-svc: all instances crashed", "description": "Instances 0-2 in state CRASHED; 11 crash events in the last 15 minutes."})
add(CFCLI, "crash_loop", "Cloud Foundry audit.app.process.crash events counted",
    {"alertname": "cf_app_crash_events", "app": "invoice-worker", "space": "prod"},
    {"summary": "invoice-worker crashed 5 times in 10m (audit.app.process.crash)"})
add(CFCLI, None, "Cloud Foundry: one instance crashed once",
    {"alertname": "cf_app_crash_events", "app": "pricing", "space": "staging"},
    {"summary": "pricing instance 1 crashed once (exit status 2) and was restarted"})
add(CFCLI, None, "Cloud Foundry app restaged by a deploy",
    {"alertname": "CFAppRestaged", "severity": "info", "app": "catalog-svc", "space": "prod"},
    {"summary": "catalog-svc restarted by cf push (deployment 7f2a)"})

# ---------------------------------------------------------------- Kong gateway
for svc, route, pct in [("billing", "billing-v2", "4.2"), ("profile", "profile-read", "11.8"), ("search", "search-suggest", "6.5")]:
    add(KONG_ERR, "upstream_timeout", "Kong 504 'The upstream server is timing out'",
        {"alertname": "KongUpstreamTimeouts", "severity": "critical", "service": svc, "route": route, "code": "504"},
        {"summary": f"Kong answers 504 for {pct}% of {route} requests",
         "description": f"sum(rate(kong_http_requests_total{{service=\"{svc}\",code=\"504\"}}[5m])) / sum(rate(kong_http_requests_total{{service=\"{svc}\"}}[5m])) = {pct}%. Clients receive \"The upstream server is timing out\"."})
add(KONG_ERR, "upstream_timeout", "Kong error body quoted in a log alert",
    {"alertname": "KongErrorBody", "severity": "warning", "service": "kong-proxy", "namespace": "gateway"},
    {"summary": "Gateway errors for /v1/orders", "log": "{\"message\":\"The upstream server is timing out\",\"request_id\":\"a1b2c3\"}"})
add(KONG_ERR, "upstream_timeout", "Kong error message as the only text",
    {"alertname": "kong_proxy_errors", "route": "inventory"},
    {"summary": "The upstream server is timing out"})
add(KONG_ERR, "upstream_timeout", "Kong timeout with the upstream named, Datadog log monitor shape",
    {"alertname": "[Log] Kong upstream timeouts on checkout", "monitor_type": "log alert", "env": "prod"},
    {"summary": "[Triggered] Kong upstream timeouts on checkout", "description": "52 log events matched status:504 \"The upstream server is timing out\" upstream:checkout.internal:8080 over the last 5m"})
add(KONG_PROM, "node_down", "Kong upstream target health unhealthy",
    {"alertname": "KongUpstreamTargetUnhealthy", "severity": "critical", "upstream": "orders-upstream", "target": "10.0.4.17:8080", "state": "unhealthy"},
    {"summary": "Kong upstream target 10.0.4.17:8080 is unhealthy",
     "description": "kong_upstream_target_health{state=\"unhealthy\"} == 1 for 5m: active health checks mark the target down."})
add(KONG_PROM, "node_down", "Kong upstream targets all unhealthy",
    {"alertname": "KongUpstreamNoHealthyTargets", "severity": "critical", "upstream": "catalog-upstream"},
    {"summary": "No healthy targets left in upstream catalog-upstream", "description": "All 3 targets of catalog-upstream are unhealthy (down) for 3 minutes."})
add(KONG_PROM, "dns_failure", "Kong upstream target in dns_error state (resolution failed)",
    {"alertname": "KongUpstreamTargetDnsError", "severity": "warning", "upstream": "legacy-upstream", "target": "legacy.svc.corp:80", "state": "dns_error"},
    {"summary": "Kong cannot resolve target legacy.svc.corp", "description": "kong_upstream_target_health{state=\"dns_error\"} == 1: the target's hostname does not resolve."})
add(KONG_PROM, None, "Kong upstream target with health checks off",
    {"alertname": "KongUpstreamHealthchecksOff", "severity": "info", "upstream": "static-upstream", "state": "healthchecks_off"},
    {"summary": "Health checks are disabled for upstream static-upstream"})

# ---------------------------------------------------------------- Traefik
for svc, pct in [("api@kubernetescrd", "3.1"), ("auth-svc@docker", "8.4"), ("grafana@file", "2.6")]:
    add(TRAEFIK, "upstream_timeout", "Traefik traefik_service_requests_total code=504 ratio",
        {"alertname": "TraefikServiceGatewayTimeouts", "severity": "warning", "service": svc, "code": "504"},
        {"summary": f"Traefik returns 504 Gateway Timeout for {pct}% of requests to {svc}",
         "description": f"rate(traefik_service_requests_total{{code=\"504\",service=\"{svc}\"}}[5m]) over all requests is {pct}%."})
add(TRAEFIK, "upstream_timeout", "Traefik access log alert on 504s",
    {"alertname": "TraefikAccessLog504", "severity": "warning", "router": "shop-router@docker"},
    {"summary": "37 requests ended in 504 Gateway Timeout in 5m", "description": "DownstreamStatus=504 OriginStatus=0 OriginDuration=30.0s ServiceName=shop@docker"})
for svc, url in [("api@kubernetescrd", "http://10.42.0.17:8080"), ("minio@file", "http://10.0.0.21:9000")]:
    add(TRAEFIK, "node_down", "Traefik traefik_service_server_up == 0",
        {"alertname": "TraefikServiceServerDown", "severity": "critical", "service": svc, "url": url},
        {"summary": f"Traefik backend server {url} is down",
         "description": f"traefik_service_server_up{{service=\"{svc}\",url=\"{url}\"}} == 0 for 2m: the health check marks the server down."})
add(TRAEFIK, "high_error_rate", "Traefik code=502 ratio (bad gateway, not a timeout)",
    {"alertname": "TraefikServiceBadGateway", "severity": "warning", "service": "legacy@file", "code": "502"},
    {"summary": "Traefik returns 502 Bad Gateway for 6.2% of requests to legacy@file"})
add(TRAEFIK, None, "Traefik timeout configuration change (deploy notice)",
    {"alertname": "ConfigChangeApplied", "severity": "info", "component": "traefik"},
    {"summary": "Traefik entryPoint websecure: respondingTimeouts.readTimeout changed from 60s to 120s",
     "description": "Configuration change deployed by pipeline #8812."})
add(TRAEFIK, None, "Traefik configuration reload",
    {"alertname": "TraefikConfigReloaded", "severity": "info", "instance": "traefik-0"},
    {"summary": "Traefik configuration reloaded (traefik_config_reloads_total increased by 1)"})

# ---------------------------------------------------------------- Varnish
for be, host in [("boot.app1", "cache-01"), ("boot.img", "cache-03")]:
    add(VARNISH, "upstream_timeout", "Varnish FetchError 'first byte timeout'",
        {"alertname": "VarnishFetchErrors", "severity": "warning", "instance": host, "backend": be},
        {"summary": f"Varnish backend {be} fetches failing on {host}",
         "description": "VSL FetchError \"first byte timeout\" seen 112 times in 5m; clients get 503 Backend fetch failed."})
add(VARNISH, "upstream_timeout", "varnishlog line quoted in a log alert",
    {"alertname": "LogAlert", "source": "varnishlog", "host": "cache-02"},
    {"summary": "FetchError on /api/products", "log": "-   FetchError     first byte timeout"})
add(VARNISH, "upstream_timeout", "Varnish first byte timeout on a reused connection",
    {"alertname": "VarnishBackendTimeout", "severity": "warning", "backend": "boot.cms"},
    {"summary": "first byte timeout (reused connection) on backend boot.cms"})
add(VARNISH_F, "high_error_rate", "Varnish 503 'Backend fetch failed' ratio (cause unknown)",
    {"alertname": "VarnishBackendFetchFailed", "severity": "warning", "instance": "cache-04"},
    {"summary": "Backend fetch failed for 5.5% of requests on cache-04",
     "description": "Share of client responses with status 503 \"Backend fetch failed\" above 5% for 10m."})
add(VARNISH, None, "Varnish first_byte_timeout parameter changed",
    {"alertname": "ParamChange", "severity": "info", "instance": "cache-01"},
    {"summary": "varnishadm param.set first_byte_timeout 90 applied on cache-01"})

# ---------------------------------------------------------------- Apache httpd mod_proxy
for be, host in [("app-backend:8080", "www-01"), ("10.1.2.30:8009", "portal-2")]:
    add(HTTPD, "upstream_timeout", "httpd AH01102 with APR timeout",
        {"alertname": "ApacheProxyErrors", "severity": "warning", "host": host},
        {"summary": f"mod_proxy errors on {host}",
         "description": f"[proxy_http:error] (70007)The timeout specified has expired: AH01102: error reading status line from remote server {be}"})
add(HTTPD, "upstream_timeout", "httpd 'Timeout on 100-Continue'",
    {"alertname": "LogAlert", "source": "/var/log/httpd/error_log", "host": "upload-1"},
    {"summary": "proxy error on /upload", "log": "[proxy:error] AH00898: Timeout on 100-Continue returned by /upload"})
add(HTTPD, "upstream_timeout", "httpd proxy 504 from the error page",
    {"alertname": "ApacheGatewayTimeout", "severity": "warning", "vhost": "intranet.corp"},
    {"summary": "Gateway Timeout: the proxy server did not receive a timely response from the upstream server (23 in 5m)"})
add(HTTPD, None, "httpd ProxyTimeout configuration change",
    {"alertname": "ConfigDrift", "severity": "info", "host": "www-01"},
    {"summary": "ProxyTimeout raised from 60 to 300 in /etc/httpd/conf.d/proxy.conf", "description": "Change applied by Ansible run 1142; httpd gracefully reloaded."})

# ---------------------------------------------------------------- API Gateway responses
for api, pct in [("orders-api", "2.4"), ("partner-api", "7.9")]:
    add(APIGW, "upstream_timeout", "API Gateway INTEGRATION_TIMEOUT gateway responses",
        {"alertname": "ApiGatewayIntegrationTimeouts", "severity": "warning", "api": api, "stage": "prod"},
        {"summary": f"{api}: {pct}% of requests ended in INTEGRATION_TIMEOUT (504)",
         "description": "The gateway response for an integration timed out error is returned to clients."})
add(APIGW, "upstream_timeout", "API Gateway execution log 'Endpoint request timed out'",
    {"alertname": "LogInsightsMatch", "log_group": "API-Gateway-Execution-Logs_abc123/prod"},
    {"summary": "Execution failed due to a timeout error (41 in 5m)", "sample": "Endpoint request timed out"})
add(APIGW, "upstream_timeout", "API Gateway response type as a label",
    {"alertname": "ApiGatewayErrors", "api": "mobile-bff", "response_type": "INTEGRATION_TIMEOUT"},
    {"summary": "mobile-bff gateway errors above threshold"})
add(APIGW, "high_error_rate", "API Gateway EXPIRED_TOKEN responses: a count of 4xx requests (POLICY rule 4), not a certificate",
    {"alertname": "ApiGatewayAuthErrors", "api": "partner-api", "response_type": "EXPIRED_TOKEN"},
    {"summary": "partner-api: 312 EXPIRED_TOKEN responses (403) in 15m", "description": "Callers present expired authentication tokens."})
add(APIGW, None, "API Gateway integration timeout setting changed",
    {"alertname": "CloudTrailChange", "severity": "info", "eventName": "UpdateIntegration"},
    {"summary": "timeoutInMillis of integration GET /orders changed from 29000 to 15000 by deploy-role"})

# ---------------------------------------------------------------- Linkerd route timeouts
add(LINKERD, "upstream_timeout", "Linkerd proxy response timeout on an outbound route",
    {"alertname": "LinkerdRouteTimeouts", "severity": "warning", "namespace": "shop", "deployment": "web", "route": "get-cart"},
    {"summary": "web -> cart: 4.8% of requests hit the route's response timeout",
     "description": "The outbound proxy cancels requests to cart after the configured response timeout (2s) and returns 504."})
add(LINKERD, None, "Linkerd route timeout annotation changed",
    {"alertname": "KubeConfigChange", "severity": "info", "namespace": "shop", "kind": "HTTPRoute", "name": "get-cart"},
    {"summary": "HTTPRoute get-cart: timeouts.request changed from 2s to 5s"})

# ---------------------------------------------------------------- Consul checks
for chk, node, err in [("service:payments", "app-12", "dial tcp 10.0.3.12:8443: connect: connection refused"),
                       ("service:redis", "cache-04", "dial tcp 10.0.5.4:6379: connect: no route to host")]:
    add(CONSUL, "node_down", "Consul TCP check critical: socket connection failed",
        {"alertname": "ConsulServiceCheckCritical", "severity": "critical", "node": node, "check": chk},
        {"summary": f"Consul check {chk} on {node} is critical",
         "description": f"agent: Check \"{chk}\" socket connection failed: {err}"})
add(CONSUL, "node_down", "Consul TTL check missed (heartbeat missing)",
    {"alertname": "ConsulServiceCheckCritical", "severity": "critical", "node": "batch-3", "check": "service:scheduler:ttl"},
    {"summary": "Check service:scheduler:ttl missed TTL, is now critical", "description": "TTL expired: the scheduler stopped sending its heartbeat."})
add(CONSUL, "node_down", "Consul agent log line in a log alert",
    {"alertname": "LogPatternMatch", "program": "consul", "host": "app-12"},
    {"summary": "Consul health check went critical", "log": "[WARN] agent: Check \"service:web\" socket connection failed: dial tcp 127.0.0.1:8080: connect: connection refused"})
add(CONSUL, "node_down", "Consul node health: serfHealth critical (agent not alive)",
    {"alertname": "ConsulNodeUnhealthy", "severity": "critical", "node": "worker-17", "check": "serfHealth"},
    {"summary": "Consul node worker-17 is failing serfHealth", "description": "Agent not live or unreachable."})
add(CONSUL, None, "Consul service in maintenance mode (deliberate)",
    {"alertname": "ConsulServiceMaintenance", "severity": "info", "node": "db-2", "check": "_service_maintenance:postgres"},
    {"summary": "Service postgres on db-2 is in maintenance mode", "description": "Reason: kernel patching, ticket OPS-2231"})

# ---------------------------------------------------------------- Icinga 2 notifications
for host, out, st in [("fw-edge-1", "CRITICAL - 10.0.0.1: rta nan, lost 100%", "DOWN"),
                      ("nas-backup", "PING CRITICAL - Packet loss = 100%", "DOWN"),
                      ("esx-07.corp", "CRITICAL - Host Unreachable (10.20.0.7)", "DOWN"),
                      ("branch-rtr-12", "CRITICAL - Network Unreachable (192.168.12.1)", "UNREACHABLE")]:
    add(ICINGA, "node_down", "Icinga 2 host notification (mail-host-notification.sh)",
        {"alertname": f"[PROBLEM] Host {host} is {st}!", "notification_type": "PROBLEM", "host": host, "state": st},
        {"summary": f"{host} is {st}!", "description": f"Info: {out}\nWhen: 2026-03-14 03:12:44 +0000\nHost: {host}"})
add(ICINGA, "node_down", "Icinga 2 host state label only",
    {"alertname": "IcingaHostProblem", "host": "mail-02", "host_state": "DOWN", "notification_type": "PROBLEM"},
    {})
add(ICINGA_DOC, None, "Icinga 2 host DOWNTIMESTART notification (planned)",
    {"alertname": "[DOWNTIMESTART] Host db-03 is UP!", "notification_type": "DOWNTIMESTART", "host": "db-03", "state": "UP"},
    {"summary": "db-03 is UP!", "description": "Comment by admin: scheduled downtime for RAM upgrade"})
add(ICINGA_DOC, None, "Icinga 2 host ACKNOWLEDGEMENT of a flapping interface (link)",
    {"alertname": "[FLAPPINGSTART] Service uplink-ge0/1 on core-sw-1", "notification_type": "FLAPPINGSTART", "host": "core-sw-1"},
    {"summary": "Interface ge-0/0/1 link state flapping", "description": "Info: ifOperStatus changed 6 times in 1h"})

# ---------------------------------------------------------------- LibreNMS default rules
for dev, ip in [("core-sw-02", "10.255.0.2"), ("ap-lobby-3", "10.40.3.13"), ("ups-dc1-a", "10.1.9.20")]:
    add(LIBRENMS, "node_down", "LibreNMS rule 'Device Down! Due to no ICMP response.'",
        {"alertname": "Device Down! Due to no ICMP response.", "severity": "critical", "hostname": dev, "sysName": dev},
        {"summary": f"Alert for device {dev} - Device Down! Due to no ICMP response.", "description": f"Severity: critical\nTimestamp: 2026-05-02 11:04:12\nUnique-ID: 4412\nRule: Device Down! Due to no ICMP response.\nFaults:\n #1: sysObjectID => .1.3.6.1.4.1.9.1.1208; IP {ip}"})
for dev in ["printer-hq-4", "pdu-rack12"]:
    add(LIBRENMS, "node_down", "LibreNMS rule 'Device Down (SNMP unreachable)'",
        {"alertname": "Device Down (SNMP unreachable)", "severity": "critical", "hostname": dev},
        {"summary": f"Alert for device {dev} - Device Down (SNMP unreachable)", "description": "Device may respond on ICMP but not on SNMP."})
add(LIBRENMS, "node_down", "LibreNMS rule 'Devices up/down'",
    {"alertname": "Devices up/down", "severity": "critical", "hostname": "cam-parking-2"},
    {"summary": "Alert for device cam-parking-2 - Devices up/down"})
add(LIBRENMS, "node_down", "LibreNMS rule 'Service up/down' (service check)",
    {"alertname": "Service up/down", "severity": "critical", "hostname": "web-lb-1", "service_type": "http"},
    {"summary": "Alert for device web-lb-1 - Service up/down", "description": "Service http on web-lb-1 is down: connect to address 10.0.8.3 and port 80: Connection refused"})
add(LIBRENMS, None, "LibreNMS rule 'Device rebooted' (one restart)",
    {"alertname": "Device rebooted", "severity": "warning", "hostname": "core-sw-02"},
    {"summary": "Alert for device core-sw-02 - Device rebooted", "description": "Uptime 212s (devices.uptime < 300)"})
add(LIBRENMS, None, "LibreNMS rule 'BGP Session down' (a link, not a node)",
    {"alertname": "BGP Session down", "severity": "critical", "hostname": "border-1"},
    {"summary": "Alert for device border-1 - BGP Session down", "description": "Peer 203.0.113.9 AS64500 state idle (bgpPeerState != established)"})
add(LIBRENMS, None, "LibreNMS rule 'ISIS Adjacency down'",
    {"alertname": "ISIS Adjacency down", "severity": "critical", "hostname": "core-rtr-1"},
    {"summary": "Alert for device core-rtr-1 - ISIS Adjacency down", "description": "isisISAdjState = down on xe-0/0/3"})
add(LIBRENMS, None, "LibreNMS rule 'Port status up/down' (interface link)",
    {"alertname": "Port status up/down", "severity": "warning", "hostname": "access-sw-14", "ifName": "Gi1/0/24"},
    {"summary": "Alert for device access-sw-14 - Port status up/down", "description": "Gi1/0/24 ifOperStatus down (was up)"})
add(LIBRENMS, None, "LibreNMS rule 'Port status change from up to down'",
    {"alertname": "Port status change from up to down", "severity": "warning", "hostname": "dist-sw-2", "ifName": "Te1/1/1"},
    {"summary": "Alert for device dist-sw-2 - Port status change from up to down"})
add(LIBRENMS, None, "LibreNMS rule 'IPSec tunnels down'",
    {"alertname": "IPSec tunnels down", "severity": "critical", "hostname": "fw-hq"},
    {"summary": "Alert for device fw-hq - IPSec tunnels down", "description": "tunnel_status != active for peer 198.51.100.23"})
add(LIBRENMS, None, "LibreNMS rule 'BGP Session established'",
    {"alertname": "BGP Session established", "severity": "ok", "hostname": "border-1"},
    {"summary": "Alert for device border-1 - BGP Session established"})
add(LIBRENMS, None, "LibreNMS rule 'Device added within the last 60 minutes'",
    {"alertname": "Device added within the last 60 minutes", "severity": "info", "hostname": "ap-floor5-2"},
    {"summary": "Alert for device ap-floor5-2 - Device added within the last 60 minutes"})

# ---------------------------------------------------------------- Proxmox HA node states
for node, old, new in [("pve2", "online", "unknown"), ("pve-node-04", "unknown", "fence"), ("hv3", "online", "unknown")]:
    add(PVE, "node_down", "pve-ha-manager node state change away from online",
        {"alertname": "ProxmoxHANodeState", "severity": "critical", "node": node, "state": new},
        {"summary": f"HA node {node} left the quorate partition",
         "description": f"pve-ha-crm: node '{node}': state changed from '{old}' => '{new}'"})
add(PVE, "node_down", "pve-ha-manager fence state (node needs to be fenced)",
    {"alertname": "ProxmoxNodeFence", "severity": "critical", "node": "pve5"},
    {"summary": "pve5: node needs to be fenced", "description": "Node is not a member of the quorate partition and did not come back within the fence delay."})
add(PVE, "node_down", "Proxmox node offline (exporter metric)",
    {"alertname": "ProxmoxNodeOffline", "severity": "critical", "id": "node/pve3", "instance": "pve-exporter:9221"},
    {"summary": "Proxmox node pve3 is offline", "description": "pve_up{id=\"node/pve3\"} == 0 for 2m"})
add(PVE, None, "pve-ha-manager node in maintenance (deliberate)",
    {"alertname": "ProxmoxHANodeState", "severity": "info", "node": "pve2", "state": "maintenance"},
    {"summary": "HA node pve2 entered maintenance mode", "description": "pve-ha-crm: node 'pve2': state changed from 'online' => 'maintenance'"})
add(PVE, None, "pve-ha-manager deleting a gone node (decommissioned)",
    {"alertname": "ProxmoxHANodeRemoved", "severity": "info", "node": "pve-old-1"},
    {"summary": "deleting gone node 'pve-old-1', not a cluster member anymore."})

# ---------------------------------------------------------------- vSphere hosts
for h in ["esx-12.dc1.corp", "esx-03.dc2.corp"]:
    add(GOVMOMI, "node_down", "vCenter 'Host connection and power state' alarm",
        {"alertname": "Host connection and power state", "severity": "critical", "host": h, "source": "vcenter-01"},
        {"summary": f"Alarm 'Host connection and power state' on {h} changed from Green to Red",
         "description": "The host is disconnected or it is not responding."})
add(GOVMOMI, "node_down", "vCenter host not responding event",
    {"alertname": "HostConnectionLostEvent", "severity": "critical", "host": "esx-21.dc1.corp"},
    {"summary": "Host esx-21.dc1.corp in DC1 is not responding"})
add(GOVMOMI, "node_down", "vSphere exporter host connection state metric",
    {"alertname": "VsphereHostDisconnected", "severity": "critical", "host_name": "esx-09", "connection_state": "notResponding"},
    {"summary": "ESXi host esx-09 connection state is notResponding"})
add(GOVMOMI, None, "vCenter host entered maintenance mode (deliberate)",
    {"alertname": "EnteredMaintenanceModeEvent", "severity": "info", "host": "esx-12.dc1.corp"},
    {"summary": "Host esx-12.dc1.corp in DC1 has entered maintenance mode"})


# ================================================================ second batch
TYK = ("TykTechnologies/tyk", "gateway/reverse_proxy.go", "31e219bebd5598ae9cce67c9b494cebba941f4a4")
HYSTRIX = ("Netflix/Hystrix", "hystrix-core/src/main/java/com/netflix/hystrix/AbstractCommand.java", "7c03bafe32b518182e09e92fa57358a01043a504")
R4J = ("resilience4j/resilience4j", "resilience4j-timelimiter/src/main/java/io/github/resilience4j/timelimiter/TimeLimiter.java", "af9e7c979f17804f23cc1b76dd7cf268fb58b5c7")
POLLY = ("App-vNext/Polly", "src/Polly/Timeout/AsyncTimeoutEngine.cs", "173d6d1d2e28a4697f1ac1d22da68f77ff19a0c9")
GRPCGW = ("grpc-ecosystem/grpc-gateway", "runtime/errors.go", "9648db43c0246058bec6e832bd53adb0cdf4eead")
OTP = ("erlang/otp", "lib/stdlib/src/supervisor.erl", "002130b616bb3941fd770e0930801df50fb3e95e")
SCM = ("reactos/reactos", "include/reactos/mc/neteventmsg.mc", "988016d6fe67efc3db9746874c2bbdbd869f83f8")
KSM_NODE = ("kubernetes/kube-state-metrics", "docs/metrics/cluster/node-metrics.md", "c92fe0c5ce02d3b52abf54490e00db6c706f2ba5")

# ---------------------------------------------------------------- Tyk
for api, pct in [("payments-api", "3.7"), ("geo-lookup", "12.0")]:
    add(TYK, "upstream_timeout", "Tyk 'Upstream service reached hard timeout.' (504)",
        {"alertname": "TykUpstreamHardTimeouts", "severity": "warning", "api_name": api, "response_code": "504"},
        {"summary": f"{api}: {pct}% of requests hit the upstream hard timeout",
         "description": "Tyk answers 504 \"Upstream service reached hard timeout.\" when the upstream does not respond within the API's hard_timeouts setting."})
add(TYK, "upstream_timeout", "Tyk gateway log line quoted",
    {"alertname": "LogAlert", "app": "tyk-gateway", "namespace": "apim"},
    {"summary": "Tyk proxy errors", "log": "level=error msg=\"Upstream service reached hard timeout.\" api_id=7f1c path=/v2/quotes prefix=proxy"})
add(TYK, "dns_failure", "Tyk 'Upstream host lookup failed'",
    {"alertname": "LogAlert", "app": "tyk-gateway", "namespace": "apim"},
    {"summary": "Tyk cannot reach legacy API", "log": "level=error msg=\"Upstream host lookup failed\" api_id=2c9e target=http://legacy-billing.internal"})
add(TYK, None, "Tyk hard timeout setting changed on an API",
    {"alertname": "ApiDefinitionChanged", "severity": "info", "api_name": "geo-lookup"},
    {"summary": "hard_timeouts for /lookup changed from 5s to 10s in API definition v42"})

# ---------------------------------------------------------------- Hystrix / resilience4j / Polly (client-side timeouts to a dependency)
for cmd, dep in [("GetInventoryCommand", "inventory-service"), ("PricingClient#quote", "pricing")]:
    add(HYSTRIX, "upstream_timeout", "Hystrix command timed-out with no fallback",
        {"alertname": "LogErrorSpike", "severity": "warning", "service": "storefront", "logger": "com.netflix.hystrix"},
        {"summary": f"storefront calls to {dep} failing",
         "description": f"HystrixRuntimeException: {cmd} timed-out and no fallback available."})
add(HYSTRIX, "upstream_timeout", "Hystrix TIMEOUT event count on a command",
    {"alertname": "HystrixCommandTimeouts", "severity": "warning", "command_group": "UserService", "command": "GetUserCommand", "event": "TIMEOUT"},
    {"summary": "GetUserCommand: 8% of executions end in TIMEOUT"})
add(R4J, "upstream_timeout", "resilience4j TimeLimiter timeouts",
    {"alertname": "Resilience4jTimeLimiterTimeouts", "severity": "warning", "application": "order-service", "name": "paymentGateway"},
    {"summary": "TimeLimiter 'paymentGateway' recorded 57 timeouts in 5m",
     "description": "resilience4j_timelimiter_calls_total{kind=\"timeout\",name=\"paymentGateway\"} rising: calls to the payment gateway exceed the time limit."})
add(R4J, "upstream_timeout", "resilience4j TimeoutException quoted in an APM error alert",
    {"alertname": "ApmErrorGroup", "service": "order-service", "exception": "java.util.concurrent.TimeoutException"},
    {"summary": "New error group in order-service", "description": "java.util.concurrent.TimeoutException: TimeLimiter 'shippingQuote' recorded a timeout exception."})
add(POLLY, "upstream_timeout", "Polly TimeoutRejectedException in an Application Insights exception alert",
    {"alertname": "ExceptionsSpike", "cloud_RoleName": "Checkout.Api", "type": "Polly.Timeout.TimeoutRejectedException"},
    {"summary": "Exceptions above baseline in Checkout.Api",
     "description": "Polly.Timeout.TimeoutRejectedException: The delegate executed asynchronously through TimeoutPolicy did not complete within the timeout. (calling https://tax-api.internal/v1/rates)"})
add(POLLY, None, "Polly timeout policy reconfigured",
    {"alertname": "ConfigurationChanged", "severity": "info", "app": "Checkout.Api"},
    {"summary": "HttpClient 'tax-api' timeout policy changed from 10s to 3s (release 2026.05.1)"})

# ---------------------------------------------------------------- grpc-gateway DeadlineExceeded -> 504
add(GRPCGW, "upstream_timeout", "grpc-gateway maps DeadlineExceeded to 504",
    {"alertname": "GrpcGatewayTimeouts", "severity": "warning", "service": "api-gateway", "grpc_code": "DeadlineExceeded"},
    {"summary": "REST gateway: 5.3% of calls to profile.v1.Profile/Get return 504 (DeadlineExceeded)"})
add(GRPCGW, "upstream_timeout", "gRPC DEADLINE_EXCEEDED ratio on a client",
    {"alertname": "GrpcClientDeadlineExceeded", "severity": "warning", "grpc_service": "inventory.v1.Stock", "grpc_code": "DeadlineExceeded"},
    {"summary": "Calls to inventory.v1.Stock exceed their deadline", "description": "rate(grpc_client_handled_total{grpc_code=\"DeadlineExceeded\"}[5m]) / rate(grpc_client_handled_total[5m]) > 2%"})
add(GRPCGW, "upstream_timeout", "gRPC status line quoted",
    {"alertname": "LogAlert", "app": "recommender"},
    {"summary": "rpc error calling feature-store", "log": "rpc error: code = DeadlineExceeded desc = context deadline exceeded"})
add(GRPCGW, "high_error_rate", "gRPC Unavailable ratio (not a timeout)",
    {"alertname": "GrpcClientErrors", "severity": "warning", "grpc_service": "inventory.v1.Stock", "grpc_code": "Unavailable"},
    {"summary": "6% of calls to inventory.v1.Stock fail with Unavailable"})

# ---------------------------------------------------------------- more gateway timeout wordings (Kong/Traefik/Varnish/httpd)
add(KONG_ERR, "upstream_timeout", "Kong 504 counts in a Grafana-managed alert, label only",
    {"alertname": "Kong 504s", "grafana_folder": "Gateway", "service": "quotes", "code": "504"},
    {})
add(KONG_ERR, "upstream_timeout", "Kong proxy latency alert that carries upstream timeouts (cause over symptom)",
    {"alertname": "KongHighProxyLatency", "severity": "warning", "service": "reports"},
    {"summary": "Kong p99 latency for reports above 30s",
     "description": "Requests are held until the upstream read timeout (60s) fires; clients then receive \"The upstream server is timing out\"."})
add(KONG_ERR, "high_error_rate", "Kong 502 'invalid response from upstream' ratio",
    {"alertname": "KongBadGateway", "severity": "warning", "service": "legacy-soap", "code": "502"},
    {"summary": "Kong: 9% of legacy-soap requests end in 502", "description": "An invalid response was received from the upstream server"})
add(TRAEFIK, "upstream_timeout", "Traefik error ratio alert whose text names the 504s (cause over symptom)",
    {"alertname": "TraefikHighErrorRate", "severity": "critical", "service": "billing@kubernetes"},
    {"summary": "billing@kubernetes 5xx above 5%", "description": "Almost all errors are 504 Gateway Timeout: the billing pods do not answer within the forwarding timeout."})
add(VARNISH, "upstream_timeout", "Varnish between-bytes / first-byte timeouts, Nagios-style check output",
    {"alertname": "SERVICE ALERT: cache-01;varnish-backend-fetch;CRITICAL", "host": "cache-01"},
    {"summary": "CRITICAL - backend_fail rate 31/s, FetchError first byte timeout dominant"})
add(HTTPD, "upstream_timeout", "httpd proxy timeout, German-speaking team's alert text",
    {"alertname": "ApacheProxyTimeout", "severity": "warning", "host": "www-02"},
    {"summary": "Zeitüberschreitung beim Backend app-backend:8080",
     "description": "AH01102: error reading status line from remote server app-backend:8080 – The timeout specified has expired"})
add(HTTPD, "upstream_timeout", "httpd 504 ratio by vhost (label only)",
    {"alertname": "ApacheStatusRatio", "vhost": "shop.example.com", "status": "504"},
    {"summary": "shop.example.com: 3.2% of responses"})
add(APIGW, "upstream_timeout", "API Gateway 5XXError alarm whose text names integration timeouts",
    {"alertname": "orders-api-prod-5XXError", "severity": "critical", "ApiName": "orders-api"},
    {"summary": "ALARM: \"orders-api-prod-5XXError\" in EU (Ireland)",
     "description": "Threshold Crossed: 5XXError > 1% for 3 datapoints. Execution logs show \"Execution failed due to a timeout error\" for the Lambda integration."})

# ---------------------------------------------------------------- Windows Service Control Manager
for svc, n in [("W3SVC", 4), ("MSSQL$REPORTING", 7), ("Print Spooler", 3)]:
    add(SCM, "crash_loop", "Windows SCM 7031: service terminated unexpectedly N times, restart action",
        {"alertname": "WindowsEventLog", "severity": "critical", "EventID": "7031", "source": "Service Control Manager", "host": "win-app-03"},
        {"summary": f"The {svc} service terminated unexpectedly",
         "description": f"The {svc} service terminated unexpectedly.  It has done this {n} time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service."})
add(SCM, None, "Windows SCM: service terminated once (one crash)",
    {"alertname": "WindowsEventLog", "severity": "warning", "EventID": "7031", "source": "Service Control Manager", "host": "win-file-1"},
    {"summary": "The Windows Search service terminated unexpectedly",
     "description": "The Windows Search service terminated unexpectedly.  It has done this 1 time(s).  The following corrective action will be taken in 120000 milliseconds: Restart the service."})
add(SCM, None, "Windows SCM 7040: start type changed (configuration)",
    {"alertname": "WindowsEventLog", "severity": "info", "EventID": "7040", "source": "Service Control Manager", "host": "win-app-03"},
    {"summary": "The start type of the Background Intelligent Transfer Service service was changed from auto start to demand start."})
add(SCM, "node_down", "Windows service stopped (POLICY rule 7: stopped service)",
    {"alertname": "WindowsServiceStopped", "severity": "critical", "host": "win-app-03", "name": "w3svc"},
    {"summary": "Service W3SVC on win-app-03 is Stopped (StartMode Auto)"})

# ---------------------------------------------------------------- Erlang/OTP supervisors
add(OTP, "crash_loop", "OTP supervisor gave up: reached_max_restart_intensity",
    {"alertname": "ErlangSupervisorShutdown", "severity": "critical", "app": "ejabberd", "node": "ejabberd@xmpp-1"},
    {"summary": "supervisor ejabberd_sup shut down",
     "description": "SUPERVISOR REPORT supervisor: {local,ejabberd_sup} errorContext: shutdown reason: reached_max_restart_intensity offender: [{pid,<0.1234.0>},{id,ejabberd_c2s}]"})
add(OTP, "crash_loop", "Elixir/OTP child restarting too often (log alert)",
    {"alertname": "LogAlert", "app": "phoenix-api"},
    {"summary": "Child Api.Repo of Supervisor Api.Supervisor restarted 3 times in 5 seconds, supervisor terminated (max restart intensity reached)"})
add(OTP, None, "OTP supervisor child terminated once with reason shutdown (deliberate)",
    {"alertname": "LogAlert", "app": "rabbitmq", "node": "rabbit@mq-2"},
    {"summary": "SUPERVISOR REPORT: child rabbit_mgmt_sup terminated with reason shutdown during a plugin disable"})

# ---------------------------------------------------------------- Kubernetes node liveness (kube-state-metrics)
for node, st in [("ip-10-0-12-34.ec2.internal", "unknown"), ("gke-prod-pool-2-9f8c", "false"), ("worker-07", "unknown")]:
    add(KSM_NODE, "node_down", "kube-state-metrics kube_node_status_condition Ready != true",
        {"alertname": "KubernetesNodeNotReadyTooLong", "severity": "critical", "node": node, "condition": "Ready", "status": st},
        {"summary": f"Node {node} Ready condition is {st}",
         "description": f"kube_node_status_condition{{condition=\"Ready\",status=\"{st}\",node=\"{node}\"}} == 1 for 5 minutes; the kubelet stopped posting node status."})
add(KSM_NODE, None, "kube-state-metrics node cordoned (unschedulable, deliberate)",
    {"alertname": "KubernetesNodeUnschedulable", "severity": "info", "node": "worker-07"},
    {"summary": "Node worker-07 is unschedulable", "description": "kube_node_spec_unschedulable == 1: node cordoned for a kernel upgrade."})
add(KSM_NODE, None, "kube-state-metrics node condition PIDPressure (PIDs are null)",
    {"alertname": "KubernetesNodePIDPressure", "severity": "warning", "node": "worker-03", "condition": "PIDPressure", "status": "true"},
    {"summary": "Node worker-03 has PIDPressure"})

# ---------------------------------------------------------------- more host liveness wordings
add(ICINGA, "node_down", "Icinga 2 host notification, ping output with packet loss, Slack text",
    {"alertname": "icinga2", "notification_type": "PROBLEM", "host": "sip-proxy-2"},
    {"summary": "Host sip-proxy-2 is DOWN!", "description": "PING CRITICAL - Packet loss = 100%"})
add(ICINGA, "node_down", "Icinga 2 host check with an SSH check-host output",
    {"alertname": "[PROBLEM] Host build-agent-5 is DOWN!", "host": "build-agent-5"},
    {"summary": "build-agent-5 is DOWN!", "description": "Info: connect to address 10.3.0.25 and port 22: No route to host"})
add(ICINGA_DOC, "node_down", "Icinga 2 host UNREACHABLE behind a parent",
    {"alertname": "IcingaHostUnreachable", "host": "ap-branch-9", "state": "UNREACHABLE", "parent": "branch-rtr-9"},
    {"summary": "ap-branch-9 is UNREACHABLE (parent branch-rtr-9 is DOWN)"})
add(LIBRENMS, "node_down", "LibreNMS device down, German-speaking team's e-mail subject",
    {"alertname": "Device Down! Due to no ICMP response.", "hostname": "sw-lager-2"},
    {"summary": "Gerät sw-lager-2 antwortet nicht auf ICMP (Device Down)"})
add(PVE, "node_down", "Proxmox cluster node lost from corosync membership",
    {"alertname": "ProxmoxClusterNodeLost", "severity": "critical", "node": "pve4"},
    {"summary": "Node pve4 left the cluster membership", "description": "pve-ha-crm: node 'pve4': state changed from 'online' => 'unknown'; pvecm nodes shows pve4 offline."})
add(GOVMOMI, "node_down", "vSphere HA host failure",
    {"alertname": "vSphere HA host status", "severity": "critical", "host": "esx-14.dc1.corp"},
    {"summary": "vSphere HA detected that host esx-14.dc1.corp failed", "description": "The host is not responding; virtual machines are being restarted on other hosts."})
add(GOVMOMI, None, "vCenter VM powered off by a user (deliberate)",
    {"alertname": "VmPoweredOffEvent", "severity": "info", "vm": "build-tmp-22"},
    {"summary": "build-tmp-22 on esx-03.dc2.corp in DC2 is powered off", "description": "Powered off by user CORP\\ops-jdoe"})
add(CONSUL, "node_down", "Consul service instance critical with 'connection refused', Nomad-registered",
    {"alertname": "ConsulServiceUnhealthy", "severity": "critical", "service": "api", "node": "nomad-client-4"},
    {"summary": "Service api has 2 of 3 instances critical", "description": "Check _nomad-check-a1b2: dial tcp 10.0.7.4:23145: connect: connection refused"})
add(TRAEFIK, "node_down", "Traefik service has no healthy server",
    {"alertname": "TraefikBackendDown", "severity": "critical", "service": "wiki@docker"},
    {"summary": "All servers of wiki@docker are down (traefik_service_server_up == 0)"})

# ---------------------------------------------------------------- more restart loops
add(KSM, "crash_loop", "Kubernetes restart count in a Datadog monitor title",
    {"alertname": "[Triggered on {kube_namespace:payments,pod_name:ledger-7d9f8-xk2lp}] Pod restarting", "monitor_type": "metric alert"},
    {"summary": "kubernetes.containers.restarts increased by 6 over the last 30m on ledger-7d9f8-xk2lp"})
add(KSM, "crash_loop", "Kubernetes waiting reason from an event exporter, counted",
    {"alertname": "KubeEvent", "reason": "BackOff", "namespace": "ml", "involved_object": "pod/trainer-5f7c-2kq9d"},
    {"summary": "Container trainer keeps entering CrashLoopBackOff (37 times in 1h)"})
add(SYSD_SVC, "crash_loop", "systemd start-limit-hit result (no counter quoted)",
    {"alertname": "SystemdUnitStartLimit", "severity": "critical", "instance": "dns-1:9100", "name": "unbound.service"},
    {"summary": "unbound.service failed with result 'start-limit-hit'",
     "description": "The unit restarted too quickly and systemd stopped trying."})
add(GOSUP, "crash_loop", "supervisord status output in a check",
    {"alertname": "check_supervisor", "host": "worker-5"},
    {"summary": "CRITICAL: image-resizer BACKOFF Exited too quickly (process log may have details)"})
add(DOCKER, "crash_loop", "Docker Compose service restarting (ps output)",
    {"alertname": "ComposeServiceUnhealthy", "host": "homelab-1", "service": "nextcloud"},
    {"summary": "nextcloud-app-1 Restarting (255) 10 seconds ago"})
add(ECS, "crash_loop", "ECS service event: unable to consistently start tasks",
    {"alertname": "EcsServiceEvent", "cluster": "prod-ecs", "service": "orders-api"},
    {"summary": "(service orders-api) is unable to consistently start tasks successfully.",
     "description": "Recent tasks stopped with EssentialContainerExited; the deployment circuit breaker counts 10 failed task launches."})
add(CFCLI, "crash_loop", "Cloud Foundry app crashing, Spanish-speaking team's text",
    {"alertname": "CFAppCrashing", "app": "facturacion", "space": "prod"},
    {"summary": "La aplicación facturacion se reinicia continuamente: 8 instancias CRASHED en 10 minutos"})
add(SYSD_EXP, "crash_loop", "systemd restart counter, French-speaking team's text",
    {"alertname": "ServiceRedemarreEnBoucle", "severity": "warning", "instance": "ged-1:9558", "name": "tomcat.service"},
    {"summary": "tomcat.service redémarre en boucle (12 redémarrages en 30 min)"})

# ---------------------------------------------------------------- more look-alikes
add(SYSD_CAT, None, "systemd catalog: system shut down (deliberate reboot)",
    {"alertname": "NodeRebooted", "severity": "info", "instance": "db-02:9100"},
    {"summary": "db-02 rebooted (uptime 3m) after scheduled kernel update"})
add(KONG_PROM, None, "Kong data plane configuration push (not a liveness problem)",
    {"alertname": "KongConfigHashChanged", "severity": "info", "instance": "kong-dp-2"},
    {"summary": "Kong data plane kong-dp-2 received a new configuration hash"})
add(TRAEFIK, None, "Traefik TLS certificate renewal notice",
    {"alertname": "TraefikCertRenewed", "severity": "info", "domain": "shop.example.com"},
    {"summary": "Certificate for shop.example.com renewed; new expiry in 90 days"})
add(PVE, None, "Proxmox node rebooted once for updates",
    {"alertname": "ProxmoxNodeUptimeLow", "severity": "info", "id": "node/pve2"},
    {"summary": "pve2 uptime is 4 minutes (rebooted for updates)"})


# ---------------------------------------------------------------- terse and label-only payloads
add(TRAEFIK, "upstream_timeout", "Traefik 504 ratio, Spanish-speaking team's text",
    {"alertname": "TraefikTimeoutsPasarela", "severity": "warning", "service": "pagos@docker"},
    {"summary": "Traefik devuelve 504 Gateway Timeout para el 4% de las peticiones a pagos@docker"})
add(CONSUL, "node_down", "Consul TTL check log line",
    {"alertname": "LogAlert", "program": "consul", "host": "batch-3"},
    {"log": "[WARN] agent: Check \"service:scheduler:ttl\" missed TTL, is now critical"})
add(LIBRENMS, "node_down", "LibreNMS SNMP-unreachable rule, name only",
    {"alertname": "Device Down (SNMP unreachable)", "hostname": "ups-dc2-b"}, {})
add(GOVMOMI, "node_down", "vCenter alarm name and status only",
    {"alertname": "Host connection and power state", "status": "red", "host": "esx-31.dc3.corp"}, {})
add(SYSD_SVC, "crash_loop", "systemd unit result start-limit-hit as a label",
    {"alertname": "SystemdUnitFailed", "name": "grafana-agent.service", "result": "start-limit-hit", "instance": "edge-9:9100"}, {})
add(GOSUP, "crash_loop", "supervisord FATAL state as a label",
    {"alertname": "SupervisorProcessState", "program": "scheduler", "state": "FATAL", "host": "jobs-4"}, {})

family.write()
