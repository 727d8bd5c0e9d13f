#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_fired12.jsonl: alerts as they really fired, found in public
GitHub issue threads (bots that open an issue per alert, notifications and log lines pasted by
users), for the three signatures with the weakest held-out figures -- crash_loop,
upstream_timeout and node_down -- next to their look-alikes that must stay null (failed jobs, one
restart, a reload or rollout that did not finish, a reboot only required, a monitor's own
evaluation timeout, a client that hung up).

Each item keeps the facts of the alert as it fired (its rule, its state, the error it quoted) but
is our own text: hosts, pods, namespaces, paths and numbers are made up. Provenance is the issue
thread: repo, `issues/N`, commit null (POLICY.md, "Provenance"); the project is the repository.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-17) from the alert's
meaning before the classifier ran on the file; the label is written next to the item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_fired12.jsonl")


add = family.add_thread


# ====================================================================== crash_loop
# ---------------------------------------------------------------- supervisord giving up (rule 9: FATAL is crash_loop)
SV = "Supervisor/supervisor"
add("crash_loop", SV, 578, "spawn/exit four times, then 'gave up: entered FATAL state' (log alert)",
    {"alertname": "SupervisorProcessGaveUp", "host": "vpn-gw-3", "program": "ss-relay", "severity": "critical"},
    {"summary": "supervisord gave up on ss-relay",
     "description": "INFO exited: ss-relay (exit status 1; not expected)\nINFO spawned: 'ss-relay' with pid 21877\nINFO exited: ss-relay (exit status 1; not expected)\nINFO gave up: ss-relay entered FATAL state, too many start retries too quickly"})
add("crash_loop", SV, 1126, "supervisorctl status line FATAL Exited too quickly (status check)",
    {"alertname": "SupervisorProgramNotRunning", "host": "build-web-1", "program": "asset-watch", "state": "FATAL"},
    {"summary": "asset-watch is FATAL on build-web-1",
     "description": "asset-watch                      FATAL     Exited too quickly (process log may have details)"})
add("crash_loop", SV, 1397, "supervisord e-mail alert, program FATAL after exiting too quickly",
    {"alertname": "supervisor_state_change", "hostname": "queue-node-07", "processname": "mail-sender", "to_state": "FATAL"},
    {"subject": "[supervisord] queue-node-07: mail-sender entered FATAL",
     "body": "Process mail-sender changed from BACKOFF to FATAL: Exited too quickly (process log may have details)"})
FATE = "FederatedAI/FATE"
for prog, host in [("fate-nodemanager", "fl-party-9999"), ("fate-rollsite", "fl-party-9999"), ("fate-fateflow", "fl-party-10000")]:
    add("crash_loop", FATE, 3986, "several programs gave up: entered FATAL state, too many start retries",
        {"alertname": "ProcessFatal", "instance": host, "program": prog, "severity": "page"},
        {"description": f"{prog} exited (exit status 0; not expected) and supervisord gave up: {prog} entered FATAL state, too many start retries too quickly"})
SEAT = "eve-seat/seat"
add("crash_loop", SEAT, 33, "queue workers spawned, exited, gave up (FATAL)",
    {"alertname": "QueueWorkerFatal", "host": "eve-tools-1", "worker": "seat3"},
    {"summary": "Queue worker seat3 is not running",
     "description": "supervisord: exited: seat3 (exit status 0; not expected); gave up: seat3 entered FATAL state, too many start retries too quickly. supervisorctl restart reports ERROR (abnormal termination)."})
DJS = "rfk/django-supervisor"
add("crash_loop", DJS, 15, "webserver exits right after every spawn (repeated spawn/exit in the window)",
    {"alertname": "LogPatternRepeated", "job": "supervisord", "host": "cms-2", "program": "webserver"},
    {"summary": "webserver respawned 3 times in 6s",
     "description": "spawned: 'webserver' with pid 4410 / exited: webserver (exit status 0; not expected) -- repeated 3 times between 12:06:35 and 12:06:41"})
MINOS = "XiaoMi/minos"
add("crash_loop", MINOS, 32, "supervisor web status: fatal, Exited too quickly; exit status 126 on every spawn",
    {"alertname": "SupervisorStatusFatal", "node": "10.12.4.8", "process": "zookeeper--stage--zookeeper"},
    {"description": "state fatal: Exited too quickly (process log may have details). Log: spawned ... exited: zookeeper--stage--zookeeper (exit status 126; not expected), spawned again a second later, exited again (126)"})
# A FATAL program whose quoted last error is a failed lookup: the lookup decides (rule 13).
GANY = "Zibbp/ganymede"
add("dns_failure", GANY, 908, "worker FATAL after retries; its last error is a failed lookup of the database host",
    {"alertname": "ContainerProgramFatal", "container": "vodarchive", "program": "worker"},
    {"description": "error running auto migration: querying server version dial tcp: lookup archive-db on 127.0.0.11:53: server misbehaving\nWARN exited: worker (exit status 1; not expected)\nINFO gave up: worker entered FATAL state, too many start retries too quickly"}, kind="pull")

# ---------------------------------------------------------------- systemd's start limit (rule 9: start-limit-hit is crash_loop)
add("crash_loop", "remind101/empire", 160, "unit failed, holdoff over, restart scheduled, then start request repeated too quickly",
    {"alertname": "SystemdUnitStartLimit", "host": "c7", "unit": "r7-lexicon.1.web.1.service"},
    {"description": "r7-lexicon.1.web.1.service: holdoff time over, scheduling restart. start request repeated too quickly for r7-lexicon.1.web.1.service; Failed to start r7-lexicon.1.web.1; unit entered failed state"})
add("crash_loop", "john30/ebusd", 229, "French journal: exit-code, restart scheduled, start request repeated too quickly",
    {"alertname": "ServiceStartLimitHit", "host": "chaufferie-pi", "unit": "heatbus.service"},
    {"description": "déc. 11 08:29:21 heatbus.service: Service hold-off time over, scheduling restart.\ndéc. 11 08:29:21 heatbus.service: Start request repeated too quickly.\ndéc. 11 08:29:21 heatbus.service: Failed with result 'exit-code'."})
add("crash_loop", "systemd/systemd", 42912, "a unit with Restart=on-failure refused further starts (start limit) after failing",
    {"alertname": "UserUnitFailed", "host": "ws-41", "unit": "mail-archive.service", "result": "start-limit-hit"},
    {"description": "mail-archive.service: Main process exited, code=exited, status=1/FAILURE; Scheduled restart job; Start request repeated too quickly; Failed with result 'start-limit-hit'"})
add("crash_loop", "openshift/origin", 10417, "oc status warns of restarts: the new deployment's pod is crash looping",
    {"alertname": "DeploymentPodRestarts", "namespace": "default", "deploymentconfig": "image-registry", "severity": "warning"},
    {"description": "deployment #3 running for about a minute - 1 pod (warning: 4 restarts); image-registry-3-0gcza 0/1 CrashLoopBackOff 4"})

# ---------------------------------------------------------------- kubelet back-off (rule 4)
PO = "prometheus-operator/prometheus-operator"
add("crash_loop", PO, 1902, "kubelet journal: Back-off 2m40s restarting failed container (log alert)",
    {"alertname": "KubeletBackoffLogged", "node": "k8s-w2", "namespace": "monitoring", "pod": "alertmanager-main-1"},
    {"summary": "kubelet is backing off restarts of alertmanager",
     "description": "Error syncing pod, skipping: failed to \"StartContainer\" for \"alertmanager\" with CrashLoopBackOff: \"Back-off 2m40s restarting failed container=alertmanager pod=alertmanager-main-1_monitoring\""})
add("crash_loop", PO, 2200, "Alertmanager pods in CrashLoopBackOff after the operator created them",
    {"alertname": "PodStatusCrashLoop", "namespace": "monitoring", "pod": "alertmanager-edge-0", "container": "alertmanager"},
    {"description": "kubectl get pods: alertmanager-edge-0   1/2   CrashLoopBackOff   6   9m"})

# ---------------------------------------------------------------- KubePodCrashLooping as it fired (new renderings)
TH = "thaum-xyz/ankhmorpork"
for n, ns, pod, ctr in [(168, "monitoring", "alertmanager-main-2", "alertmanager"),
                        (632, "intrusion", "sentinel-agent-x8h2k", "sentinel-agent"),
                        (454, "photos", "photos-workers-7c9d5b8f6-k2jzq", "photos-workers"),
                        (738, "pdf-tools", "pdftool-chart-6b8f7d9c5-2nw4r", "pdftool-chart")]:
    add("crash_loop", TH, n, "KubePodCrashLooping rendered as the issue bot's title and table",
        {"alertname": "KubePodCrashLooping", "cluster": "homelab-b", "namespace": ns, "pod": pod,
         "container": ctr, "reason": "CrashLoopBackOff", "severity": "warning", "job": "kube-state-metrics"},
        {"summary": f"Alert KubePodCrashLooping firing in {ns} namespace",
         "description": f"Pod {ns}/{pod} ({ctr}) is in waiting state (reason: \"CrashLoopBackOff\")."})
add("crash_loop", TH, 278, "the reboot daemon itself crash looping (a crash loop even of a maintenance tool)",
    {"alertname": "KubePodCrashLooping", "namespace": "node-reboots", "container": "reboot-daemon", "reason": "CrashLoopBackOff"},
    {"summary": "Pod is crash looping.", "description": "Pod node-reboots/reboot-daemon-4kq7m (reboot-daemon) is in waiting state (reason: \"CrashLoopBackOff\")."})
AG = "AndreiGavriliu/homelab"
for n, ns, pod, ctr in [(4478, "automation", "ops-web-6d5f8b7c9-q2lzx", "ops-web"),
                        (4701, "automation", "ops-web-6d5f8b7c9-v8hjt", "ops-web"),
                        (5594, "tunnels", "edge-tunnel-58c7d9f6b-mm4xw", "edge-tunnel")]:
    add("crash_loop", AG, n, "KubePodCrashLooping as an issue title of its label pairs",
        {"alertname": "KubePodCrashLooping", "namespace": ns, "pod": pod, "container": ctr, "reason": "CrashLoopBackOff"},
        {"title": f"[ALERT] alertname:KubePodCrashLooping container:{ctr} namespace:{ns} pod:{pod}",
         "summary": "Pod is crash looping."})
# Slack rendering of the older mixin text (restarts per window, rule 7: two or more restarts).
add("crash_loop", "openshift/cluster-monitoring-operator", 1619, "KubePodCrashLooping firing on a pod that restarts (restart-rate wording)",
    {"alertname": "KubePodCrashLooping", "namespace": "openshift-ingress", "pod": "router-default-5c9f7-abcde", "severity": "warning"},
    {"message": "Pod openshift-ingress/router-default-5c9f7-abcde (router) is restarting 2.07 times / 10 minutes."}, kind="pull")

# ====================================================================== node_down
# ---------------------------------------------------------------- NodeNotReady as it fired
add("node_down", "linode/apl-core", 319, "KubeNodeNotReady in a Slack [FIRING:1] message",
    {"alertname": "KubeNodeNotReady", "condition": "Ready", "node": "ip-10-4-13-77.eu-west-1.compute.internal", "severity": "warning", "status": "true"},
    {"title": "[FIRING:1] Notification for cluster \"apl/aws/stage-2\"",
     "description": "ip-10-4-13-77.eu-west-1.compute.internal has been unready for more than 15 minutes."})
add("node_down", "ministryofjustice/cloud-platform", 6009, "node went NotReady with the unreachable taint",
    {"alertname": "NodeNotReadyState", "node": "ip-172-20-88-14", "severity": "info-warning"},
    {"message": "The Node is in a state of NotReady, investigate further",
     "taints": "node.kubernetes.io/unreachable:NoExecute"})
add("node_down", "ministryofjustice/cloud-platform", 6372, "KubeNodeNotReady fired for a worker stuck NotReady (low-priority channel)",
    {"alertname": "KubeNodeNotReady", "node": "ip-172-20-51-9.eu-west-2.compute.internal", "cluster": "manager", "severity": "warning"},
    {"summary": "Node is not ready.", "description": "ip-172-20-51-9.eu-west-2.compute.internal has been unready for more than 15 minutes."})
add("node_down", "SUSE/doc-caasp", 684, "a master NotReady in kubectl get nodes (status check alert)",
    {"alertname": "K8sNodeStatus", "node": "kube-m-02", "role": "master"},
    {"description": "kube-m-02   NotReady   master   127d   v1.16.2"})
# ---------------------------------------------------------------- TargetDown as it fired (new renderings)
for n, job, ns in [(631, "ids-agent-service", "intrusion"), (266, "home-hub", "home"),
                   (772, "kube-state-metrics", "monitoring")]:
    add("node_down", TH, n, "TargetDown: 100% of a job's targets down",
        {"alertname": "TargetDown", "job": job, "namespace": ns, "severity": "warning"},
        {"summary": "One or more targets are unreachable.",
         "description": f"100% of the {job}/ targets in {ns} namespace are down."})
add("node_down", TH, 770, "TargetDown with an empty namespace in the text",
    {"alertname": "TargetDown", "job": "kube-state-metrics", "severity": "warning"},
    {"summary": "One or more targets are unreachable.", "description": "100% of the kube-state-metrics/ targets in  namespace are down."})
add("node_down", AG, 1311, "TargetDown: over half of the kubelet targets down",
    {"alertname": "TargetDown", "job": "kubelet", "namespace": "kube-system", "service": "kps-kubelet", "severity": "warning"},
    {"summary": "One or more targets are unreachable.",
     "description": "55.56% of the kubelet/kps-kubelet targets in kube-system namespace are down."})
# The kubelet's own `up` series absent: a no-data alert on a liveness signal (rule 8).
add("node_down", AG, 1383, "KubeletDown: absent(up{job=kubelet} == 1), kubelet gone from target discovery",
    {"alertname": "KubeletDown", "severity": "critical"},
    {"summary": "Target disappeared from Prometheus target discovery.",
     "description": "Kubelet has disappeared from Prometheus target discovery."})
# ---------------------------------------------------------------- status-page bot (HTTP code 0: no answer at all)
ZU = "Zan1456/uptime"
for n, site, url in [(20, "Gradebook", "https://app.example-school.hu"), (21, "Gradebook", "https://app.example-school.hu"),
                     (24, "Gradebook", "https://app.example-school.hu"), (26, "Gradebook", "https://app.example-school.hu"),
                     (31, "Gradebook API", "https://api.example-school.hu")]:
    add("node_down", ZU, n, "Upptime issue: site was down, HTTP code 0, response time 0 ms",
        {"alertname": f"🛑 {site} is down", "site": site, "status": "down"},
        {"description": f"In 5dd5ba4, {site} ({url}) was **down**:\n- HTTP code: 0\n- Response time: 0 ms"})
# ---------------------------------------------------------------- proxy's "connection refused" to its backend (rule 11)
TK = "proteinevolution/Toolkit"
add("node_down", TK, 179, "nginx error log: connect() failed (111: Connection refused) while connecting to upstream",
    {"alertname": "NginxUpstreamErrors", "host": "toolkit-fe-1", "level": "error"},
    {"description": "connect() failed (111: Connection refused) while connecting to upstream, client: 10.9.2.14, server: tools.example.org, upstream: \"http://127.0.0.1:9000/api/jobs\""})

# ====================================================================== upstream_timeout
# ---------------------------------------------------------------- nginx "upstream timed out (110)" (rule 13: a caller gave up)
add("upstream_timeout", "alerta/docker-alerta", 374, "nginx in the alerta container: upstream timed out reading the response header",
    {"alertname": "NginxErrorLog", "container": "alerta-web", "host": "alerts-01"},
    {"description": "[error] 31#31: *118 upstream timed out (110: Connection timed out) while reading response header from upstream, request: \"GET /api/alerts?status=open HTTP/1.1\", upstream: \"uwsgi://unix:/tmp/uwsgi.sock\""})
add("upstream_timeout", "alerta/docker-alerta", 374, "the same timeouts as a 504 ratio alert",
    {"alertname": "AlertaApi504", "service": "alerta-web", "code": "504"},
    {"summary": "504 responses from the alerta API",
     "description": "8.2% of /api requests ended 504: nginx upstream timed out (110: Connection timed out) while reading response header from uwsgi"})
add("upstream_timeout", "NodeBB/NodeBB", 5295, "nginx error log flooded with upstream timed out on socket.io polling",
    {"alertname": "ForumNginxErrors", "host": "forum-lb", "severity": "warning"},
    {"summary": "312 nginx error lines in 10m",
     "description": "upstream timed out (110: Connection timed out) while reading response header from upstream, server: forum.example.net, request: \"GET /forum/socket.io/?EIO=3&transport=polling HTTP/1.1\", upstream: \"http://127.0.0.1:4567/forum/socket.io/\""})
add("upstream_timeout", "fossar/selfoss", 1427, "a 504 page whose log says the FastCGI upstream timed out",
    {"alertname": "ReaderUpdate504", "host": "rss-box", "path": "/update"},
    {"description": "GET /update returned 504; error log: upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: \"fastcgi://127.0.0.1:9000\""})
add("upstream_timeout", TK, 179, "nginx error log: upstream timed out while reading the response header",
    {"alertname": "NginxUpstreamTimeouts", "host": "toolkit-fe-1"},
    {"description": "upstream timed out (110: Connection timed out) while reading response header from upstream, request: \"POST /api/jobs/submit HTTP/1.1\""})
add("upstream_timeout", "leeyoshinari/mycloud", 1, "Chinese frame: nginx reports the upstream timed out reading the response header",
    {"alertname": "网关超时", "host": "cloud-nas", "级别": "严重"},
    {"摘要": "Nginx 读取上游响应头超时",
     "描述": "upstream timed out (110: Connection timed out) while reading response header from upstream，上游服务器 127.0.0.1:8084 未在 proxy_read_timeout 内响应"})
# ---------------------------------------------------------------- CDN / load balancer 504s (rule 10: the platform ended the request)
add("upstream_timeout", "mozilla/donate.mozilla.org", 981, "CloudWatch alarm on CloudFront 504 Gateway Timeouts, each after ~30 s",
    {"alertname": "CloudFront504Alarm", "distribution": "E2EXAMPLE7Q", "severity": "page"},
    {"summary": "ALARM: 6 504 Gateway Timeouts within two minutes",
     "description": "CloudFront returned 504 Gateway Timeout for /api/checkout-redirect and /api/polyfill.js; response times 30014-30055 ms (origin did not answer in time)"})
add("upstream_timeout", "CDCgov/prime-reportstream", 4247, "log-search alert on 504s issued by Front Door",
    {"alertname": "frontdoor-504-alert", "resource": "pdh-prod-frontdoor", "severity": "2"},
    {"description": "More than 5 HTTP 504 responses returned by Front Door in 10 minutes (httpStatusCode_d == 504)"})
add("upstream_timeout", "nano-byte/helm-charts", 52, "generic-service chart: the separate gateway-timeout alert",
    {"alertname": "HttpGatewayTimeout", "service": "orders-api", "namespace": "shop", "severity": "warning"},
    {"summary": "HTTP gateway timeouts from orders-api",
     "description": "orders-api returned 3 HTTP 504 Gateway Timeout responses in the last 5 minutes"}, kind="pull")
add("upstream_timeout", "openhatch/oh-mainline", 961, "users hit 504 Gateway Timeout: nginx in front of Apache gave up",
    {"alertname": "Frontend504", "host": "web-front-2", "code": "504"},
    {"description": "nginx returned 504 Gateway Timeout on /search (backend Apache took longer than the proxy timeout)"})
add("upstream_timeout", "GSA/api.data.gov", 251, "ELB access log: a small share of requests answered 504 by the load balancer",
    {"alertname": "ElbGatewayTimeouts", "load_balancer": "api-gw-prod", "elb_status_code": "504"},
    {"description": "0.02% of requests got 504 Gateway Timeout from the ELB; backend_status_code \"-\" (no response from a registered instance)"})
add("upstream_timeout", "ONSdigital/eq-survey-runner", 1912, "intermittent 504s from the load balancer in front of the Apache instances",
    {"alertname": "BeanstalkELB504", "environment": "survey-preprod", "code": "504"},
    {"description": "Intermittent HTTP 504 errors returned by the ELB in front of the survey runner instances"}, kind="pull")
add("upstream_timeout", "govuk-paas/paas-cf", 751, "requests on the identity service's ELB fail with 504 from time to time",
    {"alertname": "UaaElb504", "elb": "cf-uaa", "severity": "warning"},
    {"summary": "504 errors on the UAA load balancer",
     "description": "HTTPCode_ELB_5XX above 0 for cf-uaa: requests answered 504 Gateway Timeout by the load balancer"}, kind="pull")
# ---------------------------------------------------------------- envoy: connect timeout to the upstream
add("upstream_timeout", "envoyproxy/gateway", 4114, "Envoy Gateway 504: reset reason connection timeout",
    {"alertname": "GatewayUpstreamResets", "gateway": "eg-public", "route": "web-static", "response_code": "504"},
    {"description": "504 - upstream connect error or disconnect/reset before headers. reset reason: connection timeout"})
add("upstream_timeout", "Smana/cloud-native-ref", 136, "HTTPRoute answers with a delayed connect error 110 (ETIMEDOUT)",
    {"alertname": "HTTPRouteErrors", "route": "capacitor", "namespace": "flux-system"},
    {"description": "upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: 110"})

# ====================================================================== look-alikes that stay null
# ---------------------------------------------------------------- failed jobs (rule 10: not requests, not restarts)
for n, ns, job in [(1543, "media", "backup-k8up-zz9qd-prebackup"), (362, "mirror-quay", "registry-gc-28816128"),
                   (294, "photo-mgmt", "manager-28673279")]:
    add(None, TH, n, "KubeJobFailed: a Job failed to complete",
        {"alertname": "KubeJobFailed", "namespace": ns, "job_name": job, "condition": "true", "severity": "warning"},
        {"summary": "Job failed to complete.",
         "description": f"Job {ns}/{job} failed to complete. Removing failed job after investigation should clear this alert."})
for n, job in [(1519, "cronjob-ledger-01-29169240"), (1522, "cronjob-ledger-01-29169480")]:
    add(None, AG, n, "KubeJobFailed as an issue title of its label pairs",
        {"alertname": "KubeJobFailed", "namespace": "finance", "job_name": job, "condition": "true"},
        {"title": f"[ALERT] alertname:KubeJobFailed condition:true job_name:{job} namespace:finance",
         "description": f"Job finance/{job} failed to complete. Removing failed job after investigation should clear this alert on cluster ."})
# ---------------------------------------------------------------- config reloads and rollouts (rule 9: settings and deploys)
for n, ns, pod in [(481, "monitoring", "alertmanager-main-0"), (589, "monitoring", "prometheus-k8s-1"),
                   (1209, "lake-alerts", "alertmanager-main-1")]:
    add(None, TH, n, "ConfigReloaderSidecarErrors: the config-reloader has not reloaded for 10m",
        {"alertname": "ConfigReloaderSidecarErrors", "namespace": ns, "pod": pod, "container": "config-reloader"},
        {"summary": "config-reloader sidecar has not had a successful reload for 10m",
         "description": f"Errors encountered while the {pod} config-reloader sidecar attempts to sync config in {ns} namespace. As a result, configuration for service running in {pod} may be stale and cannot be updated anymore."})
for repo, n, ns, sts in [(TH, 455, "objects", "main-objstore"), (TH, 352, "recipes", "recipes"),
                         (AG, 3787, "ipam", "ipam-valkey-primary")]:
    add(None, repo, n, "KubeStatefulSetUpdateNotRolledOut: an update not rolled out",
        {"alertname": "KubeStatefulSetUpdateNotRolledOut", "namespace": ns, "statefulset": sts, "severity": "warning"},
        {"summary": "StatefulSet update has not been rolled out.",
         "description": f"StatefulSet {ns}/{sts} update has not been rolled out."})
# ---------------------------------------------------------------- a reboot only required (rule 10)
add(None, "kubereboot/kured", 45, "RebootRequired: a node needs a reboot that the operator does by hand",
    {"alertname": "RebootRequired", "node": "worker-eu-4", "severity": "info"},
    {"description": "Machine worker-eu-4 needs to be rebooted (kured_reboot_required == 1); reboots are blocked and done manually."}, kind="pull")
add(None, "elastisys/compliantkubernetes-apps", 2062, "a node has required a reboot for a long time",
    {"alertname": "KuredRebootPendingTooLong", "node": "wc-worker-2"},
    {"description": "kured has reported reboot required on wc-worker-2 for over 30 days"})
# ---------------------------------------------------------------- the monitor's own evaluation timeout (rules 8, 10)
add(None, "grafana/grafana", 9220, "a Grafana alert in the alerting state only because its query run hit the deadline",
    {"alertname": "Disk usage alert", "rule_state": "alerting", "datasource": "influx-metrics"},
    {"message": "Error: tsdb.HandleRequest() error context deadline exceeded",
     "description": "alert rule execution took longer than the 30 s evaluation timeout"})
add(None, "grafana/grafana", 11020, "alert execution timeout: the rule's own run exceeded its limit",
    {"alertname": "Queue length alert", "state": "alerting"},
    {"description": "Alert execution exceeded the timeout; rule evaluation took longer than 30 seconds (execution error)"})
# ---------------------------------------------------------------- a client that hung up (rule 13)
add(None, TK, 179, "nginx error log: recv() failed (104: Connection reset by peer) while sending to client",
    {"alertname": "NginxClientResets", "host": "toolkit-fe-1"},
    {"description": "recv() failed (104: Connection reset by peer) while sending to client, client: 10.9.7.201, server: tools.example.org"})
# 499: the client closed the request before the answer (rule 13: not upstream_timeout). A count
# or ratio of 499 responses is a count of 4xx requests, high_error_rate (rule 4, as
# probes_net10.jsonl labels Traefik's code="499" rate); one 499 response is not a rate.
add("high_error_rate", "ministryofjustice/cloud-platform", 4976, "a large number of 499 in the ingress-nginx access logs",
    {"alertname": "IngressHigh499", "ingress_class": "default", "cluster": "live"},
    {"description": "ingress-nginx logged 1,240 responses with status 499 (client closed request) in the last hour"})
add(None, "alerta/alerta-webui", 367, "ingress answers 499 CLIENT CLOSED REQUEST on a webhook POST",
    {"alertname": "IngressClientClosed", "path": "/api/webhooks/prometheus", "status": "499"},
    {"description": "HTTP 499 CLIENT CLOSED REQUEST; uwsgi-body-read: Error reading 94648 bytes ... message: Client closed connection"})
add("high_error_rate", "yangweijie/note", 46, "Chinese frame: 499 about 1% of the nginx access log",
    {"alertname": "Nginx499比例", "host": "web-portal-3"},
    {"描述": "access.log 中状态码 499（client has closed connection）约占全部请求的 1%"})
add("high_error_rate", "matyhtf/framework", 131, "Chinese frame: runs of 499 in the nginx log (the client cancelled)",
    {"alertname": "Nginx日志499", "host": "php-app-2"},
    {"描述": "nginx 日志连续出现大量 499：客户端在响应返回前取消了请求"})
# ---------------------------------------------------------------- restarts by a deploy (rule 9: work done on purpose)
add(None, "sourcegraph/sourcegraph-public-snapshot", 17299, "container restart alert paging during a deployment without zero-downtime rollout",
    {"alertname": "container_restarts", "service": "searcher", "level": "critical"},
    {"description": "searcher: 2 container restarts during the rollout of the new release (deployment in progress)"}, kind="pull")
add(None, "grafana/mimir", 5397, "ingester restart alert fired on a rolling update (process start time changed)",
    {"alertname": "MimirIngesterRestarts", "namespace": "metrics-prod", "pod": "ingester-zone-b-3"},
    {"message": "Mimir ingester-zone-b-3 in metrics-prod has restarted 1 time in the last 30 mins (rolling update of the ingester StatefulSet)."}, kind="pull")
add(None, "hyperlane-xyz/hyperlane-monorepo", 782, "pod restart alert fired by a normal deploy recreating the pod",
    {"alertname": "Pod restarts", "pod": "relayer-agent-validator-0", "namespace": "relayers"},
    {"description": "relayer-agent-validator-0 started again after the deploy recreated the pod (cpu counter reset once)"})
# ---------------------------------------------------------------- one restart (rules 5, 7, 15)
add(None, "willfarrell/docker-autoheal", 125, "autoheal restarted one unhealthy container once",
    {"alertname": "AutohealWebhook", "host": "nas-docker"},
    {"text": "Container invoice-ui (3fa9c1d2e7b0) found to be unhealthy. Successfully restarted the container!"})
add(None, "rancher/rancher", 20339, "a workload alert that a pod was restarted (one restart)",
    {"alertname": "Pod restarted", "workload": "default/orders", "pod": "orders-5f7b9c-kq2x8", "restarts": "1"},
    {"description": "Pod default/orders-5f7b9c-kq2x8 restarted 1 time in the last 5 minutes"})
add(None, "amayer1983/docksentry", 2, "a container's restart count went from 0 to 1 (one restart by its policy)",
    {"alertname": "ContainerRestarted", "container": "shelfapp", "host": "homeserver"},
    {"text": "Container shelfapp restarted (RestartCount 0 -> 1), exit code 1"})
add(None, "jjethwa/icinga2", 28, "one unexpected exit followed by one respawn",
    {"alertname": "SupervisorExitSeen", "host": "icinga-c1", "program": "postfix"},
    {"description": "INFO exited: postfix (exit status 1; not expected)\nINFO spawned: 'postfix' with pid 9821"})

family.write()
