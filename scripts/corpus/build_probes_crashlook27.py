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

family.write()
