#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crashlook27.jsonl: crash loops and upstream timeouts as rule
files, vendor monitor templates and documented log lines word them, and their look-alikes.

Labels were decided from each alert's meaning under POLICY.md before the classifier ran on the
file (see the crashlook27 section of tests/fixtures/corpus/SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_crashlook27.jsonl")

C, U = "crash_loop", "upstream_timeout"

SYSDIG_IAC = ("sysdiglabs/alerts-iac-example", "alerts/prometheus_alerts.tf",
              "6fe713e205b6468df3b274f5a440194dba58c4ba")

# Sysdig Monitor's Prometheus alert: restarts at a rate above zero over 5m for 10 minutes, so the
# container restarted again and again over the window (POLICY rule 7): crash_loop.
family.add(SYSDIG_IAC, C, "sysdiglabs/alerts-iac-example alerts/prometheus_alerts.tf: 'container "
           "restarts', rate(kube_pod_container_status_restarts_total[5m])>0 for 10 minutes",
           {"alertname": "container restarts", "severity": "high", "kube_cluster_name": "prod",
            "namespace": "payments", "pod": "ledger-api-6d9f7c5b8-q2xkp", "container": "ledger-api"},
           {"description": "scrape job uptime",
            "query": "rate(kube_pod_container_status_restarts_total{kube_cluster_name=\"prod\"}[5m])>0",
            "value": "0.0133"})



def page(url, expected, source, labels, annotations):
    """An item whose wording comes from a public web page; its project is the page's host."""
    host = url.split("/")[2]
    family.append(probe_item(labels, annotations, expected, f"{host}: {source}", host,
                             page_provenance(url)))


# ------------------------------------------------------------------ nikitinay/supervisor
# A small process supervisor's README shows its log: five "starting bash" lines, then
# "ERROR:max number of restarts reached" (a supervisor giving up after its limit, rule 15).
NIKI = ("nikitinay/supervisor", "README.md", "93fb70b9d340b018432d45f1e5d26875a1d39803")
family.add(NIKI, C, "nikitinay/supervisor README.md: five 'starting' lines then 'max number of restarts "
           "reached' (a supervisor's give-up state, rule 15)",
           {"alertname": "SupervisorLogError", "severity": "critical", "instance": "etl-runner-02",
            "job": "docker-logs", "container": "report-worker"},
           {"summary": "ERROR line in report-worker supervisor log",
            "description": "2026-12-05 09:14:03,248:INFO:starting report-export\n"
                           "2026-12-05 09:14:06,259:INFO:starting report-export\n"
                           "2026-12-05 09:14:09,266:INFO:starting report-export\n"
                           "2026-12-05 09:14:12,274:INFO:starting report-export\n"
                           "2026-12-05 09:14:15,281:INFO:starting report-export\n"
                           "2026-12-05 09:14:16,286:ERROR:max number of restarts reached"})

# ------------------------------------------------------------------ jadavdisha9-ui/devops-zero-to-operator
# Incident notes of a Docker container under --restart always that exits with status 1: "Restarting
# (1)", "Container repeatedly restarting", "Docker keeps restarting it" (a restart loop, rule 7).
JAD = "jadavdisha9-ui/devops-zero-to-operator"
JAD59 = (JAD, "day59_crash_and_restart.md", "70b625dcc65cb161fba36f1fa6a8cc38473df3d7")
JAD60 = (JAD, "day60_restart_loop_diagnosis.md", "444327cf61ca145d51b8d977f54074a5ba9fbc39")
JAD67 = (JAD, "day67_restart_loop.md", "119ae8b06ba6b75a370deecde1653e433bff87e7")
family.add(JAD59, C, "day59_crash_and_restart.md: 'Restarting (1)', 'Container repeatedly restarting "
           "automatically' under --restart always",
           {"alertname": "DockerContainerState", "severity": "warning", "host": "web-lab-03",
            "container": "crash-test", "state": "restarting"},
           {"summary": "crash-test: Restarting (1)",
            "description": "Container repeatedly restarting automatically. Container exited with status 1 "
                           "(failure). Restart policy (--restart always) triggered automatic restart."})
family.add(JAD60, C, "day60_restart_loop_diagnosis.md: 'Container Stuck in Restart Loop', exit code 1",
           {"alertname": "ContainerStuckInRestartLoop", "severity": "critical", "host": "docker-02",
            "container": "billing-sync"},
           {"summary": "Container Stuck in Restart Loop",
            "description": "Container showing status: Restarting (1). Exit code: 1. Logs: No meaningful "
                           "output (container exits immediately). Restart policy (--restart always) causing "
                           "continuous restart loop."})
family.add(JAD67, C, "day67_restart_loop.md: 'Container never becomes stable', 'Docker restarts it "
           "continuously'",
           {"alertname": "DockerEventsAlert", "severity": "warning", "host": "app-host-7",
            "container": "bad-app", "image": "nginx"},
           {"summary": "bad-app never becomes stable",
            "description": "Status shows: Restarting (1). Container exits immediately and Docker restarts it "
                           "continuously."})

# ------------------------------------------------------------------ cyrus-mc/helm-prometheus
CYR_POD = ("cyrus-mc/helm-prometheus", "rules/pod.rules.yaml.tpl", "0030ee951c151073f528ddcd845ebd1e82a625d5")
CYR_RST = ("cyrus-mc/helm-prometheus", "rules/pod-restart.rules.yaml.tpl",
           "7151ac3745f2ecc6a59bf59e454b223383efdf44")
family.add(CYR_POD, C, "rules/pod.rules.yaml.tpl PodFrequentlyRestarting: increase(restarts[1h]) > 5",
           {"alertname": "PodFrequentlyRestarting", "severity": "warning", "namespace": "checkout",
            "pod": "cart-api-7f9c8d6b5-x2kqv", "container": "cart-api"},
           {"description": "Pod checkout/cart-api-7f9c8d6b5-x2kqv was restarted 7 times within the last hour",
            "summary": "cart-api-7f9c8d6b5-x2kqv : is restarting frequently"})
family.add(CYR_RST, C, "rules/pod-restart.rules.yaml.tpl PodRestartigTooOften: rate(restarts[2h]) * 7200 > 1",
           {"alertname": "PodRestartigTooOften", "severity": "page", "namespace": "ingest",
            "pod": "kafka-bridge-0", "container": "bridge"},
           {"description": "Pod ingest/kafka-bridge-0 restarting more than once times during last 2 hours",
            "summary": "Pod restarting too often"})

# ------------------------------------------------------------------ web pages
OPENILLUMI = "https://openillumi.com/?p=57163"
page(OPENILLUMI, C, "PodCrashLooping: rate(kube_pod_container_status_restarts_total[5m]) * 300 > 0 for 5m",
     {"alertname": "PodCrashLooping", "severity": "critical", "namespace": "orders",
      "pod": "order-worker-5b7d9c-hp2lt", "container": "order-worker"},
     {"description": "Pod orders/order-worker-5b7d9c-hp2lt (order-worker) is restarting 2.40 times / 5 minutes."})

KPULSE = "https://docs.kpulse.io/monitors/pods/"
page(KPULSE, C, "pod_restarts: 'container restarts more than threshold times within window'",
     {"alertname": "pod_restarts", "severity": "warning", "namespace": "search",
      "pod": "indexer-6c8b7f-2mzvw", "container": "indexer", "monitor": "pod_restarts"},
     {"summary": "indexer-6c8b7f-2mzvw: container indexer restarted 4 times in 10m (threshold 3)"})
for reason, exp, ns, pod in [("CrashLoopBackOff", C, "payments", "fraud-scorer-84d5b9-k7q2n"),
                             ("OOMKilled", "out_of_memory", "analytics", "duckdb-runner-6f9b4-twx8c"),
                             ("ImagePullBackOff", None, "web", "storefront-7d6c5f-9vq4r"),
                             ("CreateContainerConfigError", None, "auth", "token-svc-5c8d7-bn2wp"),
                             ("FailedScheduling", None, "ml", "trainer-gpu-0"),
                             ("Evicted", None, "batch", "thumbnailer-77c9d-zr5mh")]:
    page(KPULSE, exp, f"pod_crashes with reason {reason}",
         {"alertname": "pod_crashes", "severity": "critical", "namespace": ns, "pod": pod,
          "reason": reason, "monitor": "pod_crashes"},
         {"summary": f"{ns}/{pod}: {reason}"})

GROK = "https://grokdatum.github.io/grokdevops-wiki/library/patterns/observability-gap/alert-on-restart"
page(GROK, None, "PodRestarted: kube_pod_container_status_restarts_total > 0 (fires for every restart; a "
     "single restart, rule 7)",
     {"alertname": "PodRestarted", "severity": "warning", "namespace": "default",
      "pod": "notifier-65f7d8c9b-4ltzp", "container": "notifier"},
     {"summary": "notifier-65f7d8c9b-4ltzp restarted", "value": "1"})

DRDROID = "https://drdroid.io/stack-diagnosis/load-balancers-504-gateway-timeout"
page(DRDROID, U, "'Load Balancers 504 Gateway Timeout: The load balancer timed out waiting for a response "
     "from the backend server.'",
     {"alertname": "LoadBalancer504", "severity": "critical", "lb": "edge-lb-eu1", "backend": "api-pool"},
     {"summary": "504 Gateway Timeout",
      "description": "The load balancer timed out waiting for a response from the backend server."})

PROXYPROV = "https://proxyproviders.ru/?p=411"
page(PROXYPROV, U, "'Proxy Connection Timeout, also known as HTTP 504 Gateway Timeout ... did not receive a "
     "timely response from the upstream server'",
     {"alertname": "ProxyConnectionTimeout", "severity": "warning", "proxy": "squid-dmz-2"},
     {"summary": "Proxy Connection Timeout (Error 504)",
      "description": "The server acting as a gateway or proxy did not receive a timely response from the "
                     "upstream server it needed to access in order to complete the request."})

PAULO = ("pauloig/demoApp", "proxy/default.conf.tpl", "2f2c3994825b7773a84387aebab4906db399d368")
# A configuration-drift notice quoting the proxy's timeout directives: a setting, not a timeout that
# happened (rule 9).
family.add(PAULO, None, "proxy/default.conf.tpl: proxy_read_timeout 600s / uwsgi_read_timeout 600s in a "
           "config-drift notice (a setting, rule 9)",
           {"alertname": "NginxConfigChanged", "severity": "info", "instance": "proxy-1:9113",
            "file": "/etc/nginx/conf.d/default.conf"},
           {"summary": "nginx configuration changed on proxy-1",
            "description": "New directives in location /: proxy_connect_timeout 600s; proxy_send_timeout 600s; "
                           "proxy_read_timeout 600s; uwsgi_read_timeout 600s; send_timeout 600s;"})

# ------------------------------------------------------------------ batch 2
VPSF_SD = ("vpsfreecz/vpsfree-cz-configuration", "modules/clusterconf/monitor/rules/systemd.nix",
           "2b959c6513af88bc27e3a19b02f2906dfad09975")
VPSF_NODES = ("vpsfreecz/vpsfree-cz-configuration", "modules/clusterconf/monitor/rules/nodes.nix",
              "79b6e50bc2e25a2008830958262f4e53c7f05785")
family.add(VPSF_SD, None, "rules/systemd.nix SystemdUnitFailed: node_systemd_unit_state{state=\"failed\"} == 1 "
           "(a failed unit, no loop: rule 5)",
           {"alertname": "SystemdUnitFailed", "severity": "warning", "frequency": "15m",
            "instance": "node4.prg:9100", "name": "nightly-rsync.service", "state": "failed"},
           {"summary": "systemd unit failed (instance node4.prg:9100)",
            "description": "systemd unit is in a failed state\n\nLABELS: map[instance:node4.prg:9100 "
                           "name:nightly-rsync.service state:failed]"})
family.add(VPSF_NODES, None, "rules/nodes.nix HypervisorBooting: time() - node_boot_time_seconds < 2400 "
           "(a node that just booted: short uptime, rule 7)",
           {"alertname": "HypervisorBooting", "severity": "none", "instance": "node12.prg:9100",
            "role": "hypervisor"},
           {"description": "This alert fires when a node is booting. It can be used to inhibit other alerts. "
                           "It should be blackholed by Alertmanager."})

AKH = "akhil27051999/devops-cloud-interview-guide"
AKH22 = (AKH, "09-observability/22-k8s-observability-edge-cases-crashloopbackoff.md",
         "a6843dcf33cd7ec8c9238422f9e3af939849eced")
AKH10 = (AKH, "09-observability/10-alerting-on-db-vault-and-argocd-restarts.md",
         "0543076555dc3982ad94f0e544aa21fe55f33c2f")
family.add(AKH22, C, "22-k8s-observability-edge-cases-crashloopbackoff.md PodCrashLoop: "
           "increase(kube_pod_container_status_restarts_total[5m]) > 3 for 5m",
           {"alertname": "PodCrashLoop", "severity": "critical", "namespace": "identity",
            "pod": "keycloak-0", "container": "keycloak"},
           {"value": "4"})
family.add(AKH10, None, "10-alerting-on-db-vault-and-argocd-restarts.md ServiceRestart: increase(restarts[5m]) > 0 "
           "('Critical service restarted': fires on one restart, rule 7)",
           {"alertname": "ServiceRestart", "severity": "critical", "namespace": "default",
            "pod": "vault-0", "container": "vault"},
           {"summary": "Critical service restarted",
            "description": "Vault, ArgoCD, or DB pod restarted in last 5 minutes"})

MRASH = ("mrashwini/production-alert-rollback", "scripts/deploy.sh", "17a4022d16d57b5996373eafd31bcc6626a4118f")
# A deploy script's "kubectl rollout restart" relayed to chat: a restart done on purpose (rule 9).
family.add(MRASH, None, "scripts/deploy.sh: 'Restarting deployment to pick up changes...' then kubectl rollout "
           "restart (a deliberate rollout restart, rule 9)",
           {"alertname": "DeploymentRolloutRestart", "severity": "info", "namespace": "default",
            "deployment": "prod-alert-app", "source": "ci-deploy"},
           {"summary": "prod-alert-app restarted by deploy.sh",
            "description": "Restarting deployment to pick up changes... kubectl rollout restart deployment "
                           "prod-alert-app; Watching rollout status... deployment \"prod-alert-app\" "
                           "successfully rolled out"})

APIGEE = "https://docs.apigee.com/api-platform/troubleshoot/runtime/"
page(APIGEE + "504-gateway-timeout", U, "504 Gateway Timeout: faultstring 'Gateway Timeout', errorcode "
     "messaging.adaptors.http.flow.GatewayTimeout",
     {"alertname": "ApigeeProxyFaults", "severity": "critical", "org": "acme-prod", "env": "prod",
      "proxy": "orders-v2", "response_code": "504"},
     {"summary": "orders-v2: 37 faults in 5m",
      "description": "{\"fault\": {\"faultstring\": \"Gateway Timeout\", \"detail\": {\"errorcode\": "
                     "\"messaging.adaptors.http.flow.GatewayTimeout\"}}}"})
page(APIGEE + "504-gateway-timeout-router-timing-out", U, "504 Gateway timeout - Router timing out: 'the client "
     "did not receive a timely response from Apigee Edge or the backend server'",
     {"alertname": "EdgeRouter504", "severity": "warning", "router": "r-use1-03", "virtual_host": "secure"},
     {"summary": "HTTP/1.1 504 Gateway Time-out from Edge Router",
      "description": "The client did not receive a timely response from Apigee Edge or the backend server "
                     "during the execution of an API call."})
page(APIGEE + "504-gateway-timeout-backend-server", U, "504 Gateway timeout - backend server: '<h1>504 Gateway "
     "Timeout</h1>' returned to the client",
     {"alertname": "SyntheticCheckFailed", "severity": "warning", "check": "payments-api-health",
      "location": "eu-west"},
     {"summary": "payments-api-health: HTTP 504 on 3 of 3 attempts",
      "description": "Response body: <html><head><title>504 Gateway Timeout</title></head><body "
                     "bgcolor=\"white\"><center><h1>504 Gateway Timeout</h1></center></body></html>"})

page("https://pastebin.com/VSa0dNCv", None, "Apache 408 'Server timeout waiting for the HTTP request from the "
     "client.' (the client was too slow: rule 15)",
     {"alertname": "UploadEndpointErrors", "severity": "warning", "instance": "api-upload-1",
      "path": "/fifth_api/index.php/uploadVideo", "code": "408"},
     {"summary": "408 Request Timeout on uploadVideo",
      "description": "Request Timeout: Server timeout waiting for the HTTP request from the client."})
page("https://developers.glean.com/errors/request-timeout", None, "Glean API error request_timeout, status 408 "
     "(HTTP 408: rule 15)",
     {"alertname": "SearchConnectorErrors", "severity": "info", "connector": "glean-sync",
      "status": "408"},
     {"summary": "glean-sync got request_timeout (408)",
      "description": "code: request_timeout, status: 408. The server timed out while processing the request."})

WSO2 = "https://apim.docs.wso2.com/en/4.0.0/deploy-and-publish/deploy-on-gateway/choreo-connect/troubleshooting/error-handling/"
page(WSO2, U, "Choreo Connect error code 102504 (Envoy UT): 'Upstream connection timeout'",
     {"alertname": "ChoreoConnectRouterErrors", "severity": "critical", "gateway": "choreo-connect-router",
      "api": "PizzaShackAPI", "error_code": "102504"},
     {"summary": "PizzaShackAPI: error 102504",
      "description": "Router error 102504 (UT): Upstream connection timeout"})

# ------------------------------------------------------------------ batch 3: process supervisors
GRIZZ = ("https://www.grizzlypeaksoftware.com/articles/p/"
         "stop-pm2-crash-loops-the-unstable-restarts-fix-that-actually-works-6lvxhqim")
page(GRIZZ, C, "PM2 '[PM2] Script app.js had too many unstable restarts (16). Stopped. \"errored\"' (a supervisor "
     "giving up, rule 15)",
     {"alertname": "PM2LogPattern", "severity": "critical", "host": "api-vps-2", "app": "checkout-api"},
     {"summary": "PM2 stopped checkout-api",
      "description": "[PM2] Script /srv/checkout/dist/server.js had too many unstable restarts (16). Stopped. "
                     "\"errored\""})
page("https://getreflex.dev/errors/pm2-process-not-restarting", C, "PM2 process in 'errored' status with a high "
     "restart count after hitting its max restart limit",
     {"alertname": "PM2ProcessErrored", "severity": "critical", "host": "web-03", "app": "worker",
      "status": "errored", "restarts": "15"},
     {"summary": "worker is errored after 15 restarts",
      "description": "The application crashes immediately on startup, causing PM2 to hit its max restart limit "
                     "(max_restarts: 15, min_uptime: 10s)."})

PROG = "https://blog.programster.org/supervisor-stop-subprocesses-entering-fatal-state"
page(PROG, C, "supervisord log: spawned/exited (exit status 255; not expected) four times, then 'gave up: "
     "SyncScript entered FATAL state, too many start retries too quickly' (rule 9)",
     {"alertname": "SupervisordFatal", "severity": "critical", "instance": "sync-01", "program": "SyncScript"},
     {"summary": "SyncScript entered FATAL state",
      "description": "2026-12-05 11:50:04,714 INFO spawned: 'SyncScript' with pid 20968\n"
                     "2026-12-05 11:50:04,766 INFO exited: SyncScript (exit status 255; not expected)\n"
                     "2026-12-05 11:50:05,768 INFO spawned: 'SyncScript' with pid 20969\n"
                     "2026-12-05 11:50:05,831 INFO exited: SyncScript (exit status 255; not expected)\n"
                     "2026-12-05 11:50:11,993 INFO gave up: SyncScript entered FATAL state, too many start "
                     "retries too quickly"})
page(PROG, None, "supervisord log: 'exited: SyncScript (exit status 0; expected)' (an expected exit, rule 15)",
     {"alertname": "SupervisordProcessExited", "severity": "info", "instance": "sync-01", "program": "SyncScript"},
     {"summary": "SyncScript exited",
      "description": "2026-12-05 11:50:03,712 INFO exited: SyncScript (exit status 0; expected)"})

DEEPAK = "https://sites.google.com/view/deepakk/home/linux-and-freebsd/tbdunderstanding-systemd"
page(DEEPAK, C, "journal: 'docker.service: Start request repeated too quickly.' then 'Failed to start Docker "
     "Application Container Engine.' (systemd's start limit, rule 9)",
     {"alertname": "JournalPatternMatch", "severity": "critical", "host": "build-agent-07",
      "unit": "docker.service", "job": "journald"},
     {"summary": "docker.service on build-agent-07",
      "description": "Dec 05 19:16:58 build-agent-07 systemd[1]: docker.service: Start request repeated too quickly.\n"
                     "Dec 05 19:16:58 build-agent-07 systemd[1]: Failed to start Docker Application Container "
                     "Engine."})
BINADIT = "https://binadit.com/tutorials/fix-systemd-service-keeps-restarting-in-a-loop"
page(BINADIT, None, "a single 'Main process exited, code=exited, status=1' journal line (one crash, no loop: rules 5 "
     "and 15)",
     {"alertname": "JournalPatternMatch", "severity": "warning", "host": "app-02", "unit": "invoice-export.service",
      "job": "journald"},
     {"summary": "invoice-export.service on app-02",
      "description": "app-02 systemd[1]: invoice-export.service: Main process exited, code=exited, status=1/FAILURE"})

# ------------------------------------------------------------------ gateways: a 502 that names no timeout
page(APIGEE + "502-bad-gateway", "high_error_rate", "502 Bad Gateway 'Unexpected EOF at target' "
     "(messaging.adaptors.http.UnexpectedEOFAtTarget) counted over 5m: a 502 that names no timeout is "
     "high_error_rate (rule 15)",
     {"alertname": "ApigeeProxyFaults", "severity": "warning", "org": "acme-prod", "env": "prod",
      "proxy": "catalog-v1", "response_code": "502"},
     {"summary": "catalog-v1: 52 faults in 5m",
      "description": "{\"fault\": {\"faultstring\": \"Unexpected EOF at target\", \"detail\": {\"errorcode\": "
                     "\"messaging.adaptors.http.UnexpectedEOFAtTarget\"}}}"})

# ------------------------------------------------------------------ an alert as it really fired (issue thread)
family.add_thread(U, "cpanato/mattermost-plugin-alertmanager", 504, "the plugin's status call to Alertmanager "
                  "ends in 'context deadline exceeded' (the caller gave up, rule 13)",
                  {"alertname": "MattermostPluginError", "severity": "warning", "plugin": "alertmanager",
                   "instance": "mattermost-1"},
                  {"summary": "alertmanager plugin: failed to get status",
                   "description": "AlertManagerURL \"https://alertmanager.example.net/\": failed to get status... "
                                  "Get \"https://alertmanager.example.net/api/v2/status\": context deadline "
                                  "exceeded"})

# ------------------------------------------------------------------ batch 4
KNK = "sapcc/kubernikus"
KNK_OOM = (KNK, "charts/kubernikus-monitoring/vendor/kube-rules/alerts/oomkill.alerts.tpl",
           "4ac96ec403f3322365ae35d278d959faede8c2ad")
KNK_SCHED = (KNK, "charts/kubernikus-monitoring/vendor/kube-rules/alerts/scheduling.alerts.tpl",
             "e8c15ebe0b6776aa0c47fe19862171d28e0a078d")
KNK_KUBELET = (KNK, "charts/kubernikus-monitoring/vendor/kube-rules/alerts/kubelet.alerts.tpl",
               "e8c15ebe0b6776aa0c47fe19862171d28e0a078d")
family.add(KNK_OOM, "out_of_memory", "kube-rules oomkill.alerts PodOOMKilled: 'was hit at least once by the oom "
           "killer within 24h' (one OOM kill: the cause decides, rule 8)",
           {"alertname": "PodOOMKilled", "severity": "info", "service": "resources", "context": "memory",
            "tier": "kks", "namespace": "kube-system", "pod_name": "kube-proxy-7xk2p",
            "meta": "kube-system/kube-proxy-7xk2p"},
           {"summary": "Pod was oomkilled recently",
            "description": "The pod kube-system/kube-proxy-7xk2p was hit at least once by the oom killer within 24h"})
family.add(KNK_OOM, "out_of_memory", "kube-rules oomkill.alerts PodConstantlyOOMKilled: changes(klog_pod_oomkill[30m]) "
           "> 2 (repeated kills whose cause is OOM: rules 1 and 8)",
           {"alertname": "PodConstantlyOOMKilled", "severity": "warning", "service": "resources",
            "context": "memory", "tier": "kks", "namespace": "monitoring", "pod_name": "prometheus-k8s-0",
            "meta": "monitoring/prometheus-k8s-0"},
           {"summary": "Pod was oomkilled more than 2 times in 30 minutes",
            "description": "The pod monitoring/prometheus-k8s-0 killed several times in short succession. This could "
                           "be due to wrong resource limits."})
family.add(KNK_SCHED, None, "kube-rules scheduling.alerts PodSchedulingInsufficientMemory: a pod that cannot be "
           "scheduled (placement capacity, rule 17; a pending pod)",
           {"alertname": "PodSchedulingInsufficientMemory", "severity": "warning", "service": "scheduling",
            "context": "cpu", "tier": "kks", "namespace": "analytics", "pod_name": "spark-exec-3",
            "meta": "analytics/spark-exec-3"},
           {"summary": "Scheduling of Pod failed due to insufficient memory",
            "description": "The pod analytics/spark-exec-3 failed to be scheduled. Insuffient memory!"})
family.add(KNK_KUBELET, None, "kube-rules kubelet.alerts KubernetesKubeletFull: kubelet_running_pod_count >= 250 "
           "(pods per kubelet, rule 17)",
           {"alertname": "KubernetesKubeletFull", "severity": "warning", "service": "kubelet", "context": "kubelet",
            "tier": "kks", "instance": "node-pool1-4", "meta": "node-pool1-4"},
           {"summary": "Kubelet node-pool1-4 is running 251 pods. That's too much!",
            "description": "Kubelet is full"})

BK = ("buildkite/agent-stack-k8s", "docs/long_running_jobs.md", "bdc4bc0098c174762f63aa854471db084b60beea")
family.add(BK, None, "docs/long_running_jobs.md: a Job past activeDeadlineSeconds (21600 s) ends 'type: Failed' "
           "'reason: DeadlineExceeded', shown as 'Exited with status -1 (agent lost)' (a job's own time limit "
           "and a failed job: rule 10)",
           {"alertname": "KubeJobFailed", "severity": "warning", "namespace": "buildkite",
            "job_name": "buildkite-018f2c9a-7d1e-4b3c-9a55-3f2b6c1d9e07", "reason": "DeadlineExceeded"},
           {"summary": "Job buildkite/buildkite-018f2c9a-7d1e-4b3c-9a55-3f2b6c1d9e07 failed to complete.",
            "description": "Job status type: Failed, reason: DeadlineExceeded (activeDeadlineSeconds 21600). "
                           "Buildkite: Exited with status -1 (agent lost)"})

COMP = "https://companions.bot/posts/8a067da6-8876-4487-9d35-7045724c8383/"
page(COMP, U, "ingress-nginx log 'upstream timed out (110: Connection timed out) while reading response header "
     "from upstream' counted by a log alert",
     {"alertname": "IngressUpstreamTimeouts", "severity": "critical", "namespace": "ingress-nginx",
      "ingress": "slow-api-ingress", "service": "slow-api"},
     {"summary": "14 upstream timeouts on slow-api-ingress in 5m",
      "description": "upstream timed out (110: Connection timed out) while reading response header from upstream"})
page(COMP, None, "the Ingress annotations nginx.ingress.kubernetes.io/proxy-read-timeout: \"300\" applied (a "
     "setting changed, rule 9)",
     {"alertname": "IngressAnnotationChanged", "severity": "info", "namespace": "default",
      "ingress": "slow-api-ingress", "source": "argocd"},
     {"summary": "slow-api-ingress annotations updated",
      "description": "nginx.ingress.kubernetes.io/proxy-read-timeout: \"300\"\n"
                     "nginx.ingress.kubernetes.io/proxy-send-timeout: \"300\"\n"
                     "nginx.ingress.kubernetes.io/proxy-connect-timeout: \"60\""})
page("https://stackengine.dev/nginx-kubernetes-ingress-long-running-504", U, "ingress controller log line "
     "'upstream timed out (110: Connection timed out) while reading response header from upstream' for POST "
     "/api/v1/batch-process",
     {"alertname": "LokiNginxErrors", "severity": "warning", "namespace": "ingress-nginx",
      "app": "ingress-nginx", "host": "api.example.com"},
     {"summary": "nginx [error] lines on ingress-nginx-controller",
      "description": "2026/12/05 14:32:07 [error] 31#31: *10482 upstream timed out (110: Connection timed out) while "
                     "reading response header from upstream, client: 10.0.1.45, server: api.example.com, request: "
                     "\"POST /api/v1/batch-process HTTP/1.1\", upstream: "
                     "\"http://10.96.14.22:8080/api/v1/batch-process\", host: \"api.example.com\""})
page("https://zuplo.com/docs/errors/gateway-timeout", U, "Zuplo gateway-timeout error: 'The upstream server did "
     "not respond within the allowed time.'",
     {"alertname": "ApiGatewayErrors", "severity": "warning", "gateway": "zuplo", "route": "/v1/quotes",
      "status": "504"},
     {"summary": "GATEWAY_TIMEOUT on /v1/quotes",
      "description": "The upstream server did not respond within the allowed time."})
page("https://errorcanon.top/errors/api/http-504-gateway-timeout-upstream/", U, "'504 Gateway Timeout: upstream "
     "response timeout'",
     {"alertname": "UpstreamCallFailures", "severity": "warning", "service": "mobile-bff", "upstream": "pricing-api"},
     {"summary": "504 Gateway Timeout: upstream response timeout",
      "description": "pricing-api calls from mobile-bff ended with 504 Gateway Timeout: upstream response timeout"})

# ------------------------------------------------------------------ batch 5
MASU = ("masudhan/kubernetes-CrashLoopBackOff-Slack", "README.md", "c6300646e1eea77d8fda78874eb44dd0a0fb45c6")
family.add(MASU, C, "README.md: the Slack table the script posts, Pod_Status CrashLoopBackOff for two pods",
           {"alertname": "CrashLoopBackOffReport", "severity": "warning", "namespace": "staging",
            "source": "crashloop.py"},
           {"summary": "Pods in CrashLoopBackOff in staging",
            "description": "| | Pod_Name | Pod_Status | Reason, if any |\n"
                           "| 0 | facebook-service-218b115bc4c-c9jdx | CrashLoopBackOff | |\n"
                           "| 1 | google-service-distrubuter-4884c422b4-f4pxw | CrashLoopBackOff | |"})

GLGEO = ("gitlabhq/gitlabhq", "doc/administration/geo/replication/troubleshooting/client_http.md",
         "6c522f75d42af16db74754b3442440d9dba35a41")
family.add(GLGEO, U, "Geo troubleshooting: gitlab-shell.log 'Failed to contact primary ... Error: Net::ReadTimeout' "
           "(Rails proxying the push to the primary gave up after its 60 s timeout)",
           {"alertname": "GitlabShellErrors", "severity": "warning", "instance": "geo-secondary-1",
            "component": "gitlab-shell"},
           {"summary": "gitlab-shell: push proxy to primary failed",
            "description": "Failed to contact primary https://primary.example.com/namespace/push_test.git\\nError: "
                           "Net::ReadTimeout\",\"result\":null}\" code=500 method=POST pid=5483 "
                           "url=\"http://127.0.0.1:3000/api/v4/geo/proxy_git_push_ssh/push\""})

family.add(KNK_OOM, "out_of_memory", "kube-rules oomkill.alerts PodOOMExceedingLimits: working set predicted above "
           "the memory limit in 8h (predicted capacity, rule 2)",
           {"alertname": "PodOOMExceedingLimits", "severity": "info", "service": "resources", "context": "memory",
            "tier": "kks", "namespace": "logging", "pod_name": "fluentd-9vx4d", "container_name": "fluentd",
            "meta": "logging/fluentd-9vx4d"},
           {"summary": "Pod will likely exceed memory limits in 8h",
            "description": "The pod logging/fluentd-9vx4d will exceed its memory limit in 8h."})

page(KPULSE, None, "pod_crashes with reason ErrImagePull (an image pull failure, not a restart loop)",
     {"alertname": "pod_crashes", "severity": "critical", "namespace": "web", "pod": "checkout-ui-6b9d7c-7tq2m",
      "reason": "ErrImagePull", "monitor": "pod_crashes"},
     {"summary": "web/checkout-ui-6b9d7c-7tq2m: ErrImagePull"})

page(WSO2, "node_down", "Choreo Connect error code 102508 (Envoy UH): 'No healthy upstream' (targets marked "
     "unhealthy, rule 9)",
     {"alertname": "ChoreoConnectRouterErrors", "severity": "critical", "gateway": "choreo-connect-router",
      "api": "InventoryAPI", "error_code": "102508"},
     {"summary": "InventoryAPI: error 102508",
      "description": "Router error 102508 (UH): No healthy upstream"})
page(WSO2, "connection_pool_exhaustion", "Choreo Connect error code 102505 (Envoy UO): 'Upstream overflow' (Envoy "
     "overflow, rule 7)",
     {"alertname": "ChoreoConnectRouterErrors", "severity": "warning", "gateway": "choreo-connect-router",
      "api": "PaymentsAPI", "error_code": "102505"},
     {"summary": "PaymentsAPI: error 102505",
      "description": "Router error 102505 (UO): Upstream overflow"})

page("https://askubuntu.com/questions/164/how-can-i-tell-from-the-command-line-whether-the-machine-requires-a-reboot",
     None, "'*** System restart required ***' / /var/run/reboot-required present (a restart only required, rule 10)",
     {"alertname": "RebootRequired", "severity": "info", "instance": "web-07:9100", "file": "/var/run/reboot-required"},
     {"summary": "web-07 needs a reboot", "description": "*** System restart required ***"})
page("https://superuser.com/questions/815433/how-urgent-is-a-system-restart-required-for-security/815437", None,
     "reboot-required.pkgs lists linux-image and dbus (a restart only required, rule 10)",
     {"alertname": "NodeRebootPending", "severity": "warning", "instance": "db-02:9100"},
     {"summary": "Reboot pending after unattended-upgrades",
      "description": "/var/run/reboot-required.pkgs: linux-image-6.8.0-51-generic linux-base dbus"})
page("https://googleapis.dev/ruby/google-apis-core/v0.9.4/Google/Apis/RequestTimeOutError.html", None,
     "Google::Apis::RequestTimeOutError 'A 408 HTTP error occurred.' (HTTP 408, rule 15)",
     {"alertname": "SidekiqJobErrors", "severity": "warning", "queue": "calendar_sync",
      "error_class": "Google::Apis::RequestTimeOutError"},
     {"summary": "calendar_sync: Google::Apis::RequestTimeOutError",
      "description": "Google::Apis::RequestTimeOutError: A 408 HTTP error occurred."})

page(BINADIT, C, "journalctl grep 'start request repeated too quickly' for the unit (systemd's start limit, rule 9)",
     {"alertname": "JournalPatternMatch", "severity": "critical", "host": "app-02", "unit": "report-api.service",
      "job": "journald"},
     {"summary": "report-api.service on app-02",
      "description": "app-02 systemd[1]: report-api.service: start request repeated too quickly.\n"
                     "app-02 systemd[1]: report-api.service: Failed with result 'exit-code'."})
family.add(BK, None, "docs/long_running_jobs.md: controller values 'job-active-deadline-seconds: 86400 # 24h' "
           "rolled out (a setting changed, rule 9)",
           {"alertname": "HelmReleaseUpgraded", "severity": "info", "namespace": "buildkite",
            "release": "agent-stack-k8s"},
           {"summary": "agent-stack-k8s upgraded",
            "description": "values changed: config.job-active-deadline-seconds: 21600 -> 86400 # 24h"})
page("https://errormedic.com/networking/traefik/fixing-traefik-502-bad-gateway-and-504-gateway-timeout-errors", U,
     "Traefik 504 Gateway Timeout: 'The backend application is legitimately taking too long to respond, exceeding "
     "Traefik's default or configured forwarding timeouts'",
     {"alertname": "TraefikServiceErrors", "severity": "warning", "service": "reports@docker",
      "code": "504", "entrypoint": "websecure"},
     {"summary": "reports@docker returned 504 Gateway Timeout",
      "description": "The backend did not respond within the forwarding timeout; Traefik answered 504 Gateway "
                     "Timeout for 23 requests in 5m."})

family.write()
