#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_slo22.jsonl: SLO burn-rate alerts whose SLI is named only by a
label or the objective's name, generic alerts whose resource sits only in a label, and short
payloads whose alertname says everything; session 22, helper `slo22`.

Sources (each passed by /work/briefs/heldout_check.py):
- pyrra-dev/pyrra: the SLO examples under examples/ and examples/kubernetes/manifests/slos/, rendered
  as the ErrorBudgetBurn / SLOMetricAbsent alerts slo/rules.go generates (labels only: slo, the
  total metric's equality matchers, grouping labels, short, long, severity, exhaustion; windows
  from slo/rules.go Windows(), exhaustion from slo/slo.go Exhausts()).
- google/slo-generator: the samples' metadata labels (service_name, feature_name, slo_name), the
  error budget policy steps of samples/config.yaml (name, burn_rate_threshold, message_alert,
  message_ok) and the exported metric `error_budget_burn_rate` with `error_budget_policy_step_name`
  that docs/providers/cloud_monitoring.md says to alert on.
- Obmondo/kubeaid: build/kube-prometheus/mixins/node-pressure/prometheus.yaml (KubeNodePressure,
  the condition only in a label) and argocd-helm-charts/prometheus-linuxaid/rules/*.yaml (alertnames
  such as monitor::system::ram::used that carry the resource themselves).
- rea1shane/a2w: templates/base.md (lower-case spaced alertnames, a value-only `current`
  annotation) and demo/prometheus/rules/rule.yml.

Labels decided from each rule's meaning and POLICY.md before the classifier ran.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_slo22.jsonl")

PYRRA_C = "1ba95afbf90b2311cb9332b1633cf09218b7de9f"
SLOGEN_C = "967f1242db204a01c4a53bdf999edc96ee2481d8"
KUBEAID_C = "fc2defaa25dc9c9f2da00db3ecf893277e0250f6"
A2W_C = "9f32e462efdcb2af33baf6e5c4b3155d369dc441"


def pyrra(path):
    return ("pyrra-dev/pyrra", path, PYRRA_C)


K8S = "examples/kubernetes/manifests/slos/"

# Pyrra's four multi-window alerts per SLO window (slo/rules.go Windows(), rounded to minutes):
# (severity, short, long, exhaustion)
WINDOWS = {
    "2w": [("critical", "3m", "30m", "1d"), ("critical", "15m", "3h", "2d"),
           ("warning", "1h", "12h", "1w"), ("warning", "3h", "2d", "2w")],
    "4w": [("critical", "5m", "1h", "2d"), ("critical", "30m", "6h", "4d"),
           ("warning", "2h", "1d", "2w"), ("warning", "6h", "4d", "4w")],
    "7d": [("critical", "1m", "15m", "12h"), ("critical", "8m", "1h30m", "1d"),
           ("warning", "30m", "6h", "3d12h"), ("warning", "1h30m", "1d", "1w")],
}


def burn(path, expected, why, slo, window, idx, matchers, cluster="prod-eu1", annotations=None):
    sev, short, long_, exh = WINDOWS[window][idx]
    labels = {"alertname": "ErrorBudgetBurn", "slo": slo}
    labels.update(matchers)
    labels.update({"short": short, "long": long_, "severity": sev, "exhaustion": exh,
                   "cluster": cluster, "prometheus": "monitoring/k8s"})
    family.add(pyrra(path), expected,
               f"Pyrra ErrorBudgetBurn of SLO {slo} ({window} window, {short}/{long_}): {why}; labels only",
               labels, annotations or {})


# --- Pyrra: error-ratio SLOs -> high_error_rate (rule 4: SLO error budget burn, error-ratio SLI) ---
ERR = "high_error_rate"
burn(K8S + "slo-apiserver-read-response-errors.yaml", ERR,
     "ratio of LIST/GET apiserver_request_total with code 5xx", "apiserver-read-response-errors", "2w", 0,
     {"component": "apiserver"})
burn(K8S + "slo-apiserver-read-response-errors.yaml", ERR,
     "ratio of LIST/GET apiserver_request_total with code 5xx", "apiserver-read-response-errors", "2w", 2,
     {"component": "apiserver"}, cluster="prod-us2")
burn(K8S + "slo-apiserver-write-response-errors.yaml", ERR,
     "ratio of POST/PUT/PATCH/DELETE apiserver_request_total with code 5xx", "apiserver-write-response-errors",
     "2w", 1, {"component": "apiserver"})
burn(K8S + "slo-apiserver-write-response-errors.yaml", ERR,
     "ratio of POST/PUT/PATCH/DELETE apiserver_request_total with code 5xx", "apiserver-write-response-errors",
     "2w", 3, {"component": "apiserver"}, cluster="staging")
burn(K8S + "slo-kubelet-request-errors.yaml", ERR,
     "ratio of the kubelet's rest_client_requests_total with code 5xx", "kubelet-request-errors", "2w", 2,
     {"job": "kubelet"})
burn(K8S + "slo-prometheus-notification-errors.yaml", ERR,
     "ratio of prometheus_notifications_errors_total to notifications sent (failed sends to Alertmanager)",
     "prometheus-notification-errors", "2w", 1, {"job": "prometheus-k8s"})
burn(K8S + "slo-prometheus-query-errors.yaml", ERR,
     "ratio of /api/v1/query* prometheus_http_requests_total with code 5xx, grouped by handler",
     "prometheus-query-errors", "2w", 0, {"job": "prometheus-k8s", "handler": "/api/v1/query_range"})
burn("examples/nginx.yaml", ERR, "ratio of nginx_ingress_controller_requests with status 5xx",
     "nginx-api-errors", "4w", 1, {"namespace": "lastfm", "ingress": "lastfm", "service": "lastfm"})
burn("examples/parca-grpc-queryrange-errors.yaml", ERR,
     "ratio of QueryRange grpc_server_handled_total with Aborted/Unavailable/Internal/Unknown/Unimplemented/DataLoss",
     "parca-grpc-queryrange-errors", "2w", 0,
     {"team": "parca", "grpc_service": "parca.query.v1alpha1.QueryService", "grpc_method": "QueryRange"})
burn("examples/prometheus-http.yaml", ERR,
     "ratio of /api.* prometheus_http_requests_total with code 5xx; the SLO's name (prometheus-api-query) "
     "does not say errors", "prometheus-api-query", "7d", 1, {"handler": "/api/v1/query"})
burn("examples/prometheus-operator.yaml", ERR,
     "ratio of the operator's Kubernetes client HTTP requests with status_code 5xx; the name says only 'http'",
     "prometheus-operator-http", "7d", 2, {})
burn("examples/pyrra-connect-errors.yaml", ERR,
     "ratio of connect_server_requests_total with aborted/unavailable/internal/unknown codes, grouped by service and method",
     "pyrra-connect-errors", "2w", 1,
     {"job": "pyrra", "service": "objectives.v1alpha1.ObjectiveService", "method": "GetStatus"})
burn("examples/thanos-grpc.yaml", ERR,
     "ratio of thanos.Store/Series grpc_server_handled_total with error codes; the SLO is named only 'thanos-store'",
     "thanos-store", "7d", 0,
     {"grpc_service": "thanos.Store", "grpc_method": "Series", "namespace": "monitoring", "job": "thanos-store"})
burn("examples/thanos-http.yaml", ERR,
     "ratio of query/query_range http_requests_total with code 5xx; the SLO is named only 'thanos-query'",
     "thanos-query", "4w", 2, {"job": "thanos-query"})

# --- Pyrra: latency SLOs -> high_latency (rule 4: latency SLI violations) --------------------------
LAT = "high_latency"
burn(K8S + "slo-apiserver-read-namespace-latency.yaml", LAT,
     "share of namespace-scoped LIST/GET requests slower than 5s", "apiserver-read-namespace-latency", "2w", 1,
     {"component": "apiserver"})
burn(K8S + "slo-apiserver-read-resource-latency.yaml", LAT,
     "share of LIST/GET requests slower than 100ms", "apiserver-read-resource-latency", "2w", 0, {})
burn(K8S + "slo-apiserver-read-resource-latency.yaml", LAT,
     "share of LIST/GET requests slower than 100ms", "apiserver-read-resource-latency", "2w", 3, {},
     cluster="prod-us2")
burn("examples/caddy-response-latency.yaml", LAT,
     "share of Caddy subroute responses slower than 50ms (target 90%)", "caddy-response-latency", "4w", 0,
     {"job": "caddy", "handler": "subroute"})
burn("examples/nginx.yaml", LAT, "share of ingress requests slower than 1s", "nginx-api-latency", "4w", 2,
     {"namespace": "lastfm", "ingress": "lastfm", "service": "lastfm"})
burn("examples/pyrra-connect-latency.yaml", LAT,
     "share of connect requests slower than 200ms (native histogram), grouped by service and method",
     "pyrra-connect-latency", "2w", 0,
     {"job": "pyrra", "code": "ok", "service": "objectives.v1alpha1.ObjectiveService", "method": "List"})

# --- Pyrra: SLOMetricAbsent -> null (rule 5: an ...Absent alert, missing metrics) -------------------
for path, slo, extra in [
        (K8S + "slo-apiserver-read-response-errors.yaml", "apiserver-read-response-errors", {"component": "apiserver"}),
        ("examples/caddy-response-latency.yaml", "caddy-response-latency", {"job": "caddy", "handler": "subroute"}),
        ("examples/thanos-http.yaml", "thanos-query", {"job": "thanos-query"}),
        (K8S + "slo-kubelet-request-errors.yaml", "kubelet-request-errors", {"job": "kubelet"})]:
    labels = {"alertname": "SLOMetricAbsent", "slo": slo}
    labels.update(extra)
    labels.update({"severity": "critical", "cluster": "prod-eu1", "prometheus": "monitoring/k8s"})
    family.add(pyrra(path), None,
               f"Pyrra SLOMetricAbsent of SLO {slo}: the SLI's metric is absent (rule 5: an ...Absent alert, "
               "missing metrics), whatever the SLO measures", labels, {})


# --- google/slo-generator: alerts on the exported error_budget_burn_rate --------------------------
def slogen(path, expected, why, service, feature, slo, step, value, threshold, message, extra=None):
    labels = {"alertname": "error_budget_burn_rate", "service_name": service, "feature_name": feature,
              "slo_name": slo, "error_budget_policy_step_name": step, "severity": "page"}
    if extra:
        labels.update(extra)
    ann = {"summary": message,
           "description": f"error_budget_burn_rate {value} is above alerting_burn_rate_threshold {threshold}"}
    family.add(("google/slo-generator", path, SLOGEN_C), expected,
               f"slo-generator SLO {service}/{feature}/{slo}, policy step '{step}': {why}", labels, ann)


CFG = "samples/config.yaml"
slogen("samples/cloud_monitoring/slo_gae_app_availability.yaml", ERR,
       "availability SLI (good/bad ratio of App Engine responses) burning its budget (rule 4)",
       "gae", "app", "availability", "1 hour", "11.2", "9", "Page to defend the SLO")
slogen("samples/cloud_monitoring/slo_lb_request_availability.yaml", ERR,
       "availability of the HTTP Load Balancer burning its budget (rule 4)",
       "lb", "request", "availability", "12 hours", "3.6", "3", "Page to defend the SLO")
slogen("samples/cloud_service_monitoring/slo_gke_app_availability_basic.yaml", ERR,
       "availability of a GKE service (Service Monitoring basic SLI) burning its budget (rule 4)",
       "gke", "service", "availability", "24 hours", "4.8", "4", "Page to defend the SLO")
slogen("samples/prometheus/slo_prom_metrics_availability_ratio.yaml", ERR,
       "99.9% of Prometheus requests return a good HTTP code: budget burning (rule 4)",
       "prom", "metrics", "availability", "1 hour", "27.5", "9", "Page to defend the SLO", {"env": "dev"})
slogen("samples/cloud_monitoring/slo_gae_app_latency.yaml", LAT,
       "latency SLI (App Engine requests < 724ms) burning its budget (rule 4)",
       "gae", "app", "latency724ms", "1 hour", "9.8", "9", "Page to defend the SLO")
slogen("samples/cloud_monitoring/slo_lb_request_latency.yaml", LAT,
       "latency of the HTTP Load Balancer (< 724ms) burning its budget (rule 4)",
       "lb", "request", "latency724ms", "12 hours", "5.1", "3", "Page to defend the SLO")
slogen("samples/dynatrace/slo_dt_app_latency_threshold.yaml", LAT,
       "99.9% of app 2xx requests return within 50ms: budget burning (rule 4)",
       "dt", "app", "latency", "1 hour", "14.0", "9", "Page to defend the SLO")
slogen("samples/prometheus/slo_prom_metrics_latency_distribution_cut.yaml", LAT,
       "99.99% of Prometheus requests return in less than 250ms: budget burning (rule 4)",
       "prom", "metrics", "latency", "12 hours", "3.3", "3", "Page to defend the SLO", {"env": "dev"})
# the same steps when the burn rate is under the threshold: message_ok, nothing wrong (rule 14)
for path, feat, slo, step, value, thr, msg in [
        ("samples/datadog/slo_dd_app_availability_ratio.yaml", "app", "availability", "1 hour", "0.4", "9",
         "Last hour on track"),
        ("samples/prometheus/slo_prom_metrics_latency_query_sli.yaml", "metrics", "latency", "12 hours", "1.2", "3",
         "Last 12 hours on track")]:
    service = "dd" if "datadog" in path else "prom"
    family.add(("google/slo-generator", path, SLOGEN_C), None,
               f"slo-generator SLO {service}/{feat}/{slo}, policy step '{step}' with the burn rate under its "
               "threshold: the step's message_ok, a report that nothing is wrong (rule 14)",
               {"alertname": "error_budget_burn_rate", "service_name": service, "feature_name": feat,
                "slo_name": slo, "error_budget_policy_step_name": step, "severity": "info"},
               {"summary": msg,
                "description": f"error_budget_burn_rate {value} is below alerting_burn_rate_threshold {thr}"})

# --- Obmondo/kubeaid: KubeNodePressure, the condition only in a label ------------------------------
PRESS = ("Obmondo/kubeaid", "build/kube-prometheus/mixins/node-pressure/prometheus.yaml", KUBEAID_C)
for cond, node, exp, why in [
        ("MemoryPressure", "k8s-worker-07", "out_of_memory", "memory pressure (rule 2)"),
        ("MemoryPressure", "ip-10-4-18-201.eu-west-1.compute.internal", "out_of_memory", "memory pressure (rule 2)"),
        ("DiskPressure", "k8s-worker-03", "disk_full", "disk pressure: node filesystem past the eviction threshold (rule 2)"),
        ("DiskPressure", "aks-system-29381744-vmss000002", "disk_full", "disk pressure (rule 2)"),
        ("PIDPressure", "k8s-worker-11", None, "PID pressure: PIDs are null (rule 2)"),
        ("PIDPressure", "gke-prod-pool-2-8f1c3a2e-x7kq", None, "PID pressure: PIDs are null (rule 2)")]:
    family.add(PRESS, exp, f"kubeaid KubeNodePressure with condition={cond}: {why}; the condition is only a label",
               {"alertname": "KubeNodePressure", "cluster": "kbm-prod", "condition": cond, "node": node,
                "job": "kube-state-metrics", "status": "true", "severity": "warning"},
               {"description": f"{node} on cluster kbm-prod has active Condition {cond}. This is caused by "
                               "resource usage exceeding eviction thresholds.",
                "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubenodepressure",
                "summary": "Node has as active Condition."})

# --- Obmondo/kubeaid linuxaid rules: the alertname carries the resource ----------------------------
LA = "argocd-helm-charts/prometheus-linuxaid/rules/"


def la(file, expected, why, alertname, severity, certname, summary=None, description=None, extra=None,
       alert_id=None):
    labels = {"alertname": alertname, "alert_id": alert_id or alertname, "certname": certname,
              "severity": severity}
    if extra:
        labels.update(extra)
    ann = {}
    if summary is not None:
        ann["summary"] = summary
    if description is not None:
        ann["description"] = description
    frame = "" if ann else " (labels only: annotations left out by the receiver)"
    family.add(("Obmondo/kubeaid", LA + file, KUBEAID_C), expected,
               f"linuxaid rule {alertname}{frame}: {why}", labels, ann)


la("memory.yaml", "out_of_memory", "RAM used >= 80% for 30m (rule 2)", "monitor::system::ram::used", "warning",
   "web01.acme.obmondo.com", "System RAM usage too high",
   "Memory use on **web01.acme.obmondo.com** is around 86.42% which is above the threshold of 80% for 30 minutes.\n")
la("memory.yaml", "out_of_memory", "RAM used >= 95% for 10m (rule 2)", "monitor::system::ram::used", "critical",
   "db02.acme.obmondo.com")
la("memory.yaml", "out_of_memory", "node_vmstat_oom_kill increased in 15m: the OOM killer ran (rule 1)",
   "monitor::system::ram::oom", "critical", "app03.acme.obmondo.com",
   "System RAM out-of-memory killer triggered",
   "OOM-killer has been triggered on **app03.acme.obmondo.com** in the past 15 minutes")
la("memory.yaml", "out_of_memory", "the OOM killer ran (rule 1)", "monitor::system::ram::oom", "critical",
   "k8s-node-05.acme.obmondo.com")
la("disk.yaml", "disk_full", "filesystem usage above its size group's threshold (rule 2)",
   "monitor::system::disk::usage", "warning", "files01.acme.obmondo.com",
   "Available disk space on /var on **files01.acme.obmondo.com** is low",
   "Available space is very low on filesystem `/var` and current usage is around 91.3% which is above the threshold of 85%",
   {"mountpoint": "/var", "threshold": "85"})
la("disk.yaml", "disk_full", "filesystem usage above threshold (rule 2)", "monitor::system::disk::usage", "warning",
   "backup01.acme.obmondo.com", extra={"mountpoint": "/srv/backup"})
la("disk.yaml", "disk_full", "free space below 20% and predicted to fill within 2 days (rule 2, predicted)",
   "monitor::system::disk::fillingup", "critical", "log02.acme.obmondo.com",
   "partition `/var/log` is running out of space",
   "Based on last 6h sampling, the mount /var/log on server log02.acme.obmondo.com is expected to fill up within 2 days.\n"
   "Currently 14.87% is available.\n", {"mountpoint": "/var/log", "fstype": "ext4", "device": "/dev/sdb1"})
la("psi.yaml", "out_of_memory", "PSI memory stall above threshold (rule 7: memory stall is out_of_memory)",
   "monitor::system::psi::memory", "critical", "build04.acme.obmondo.com",
   "The PSI memory stalling is high for **build04.acme.obmondo.com**",
   "PSI memory stalling for **build04.acme.obmondo.com** is 0.07315 is above threshold of 0.04",
   {"threshold": "0.04"})
la("elasticsearch.yaml", "out_of_memory", "JVM heap used > 90% of max for 15m (rule 2)",
   "monitor::service::elasticsearch::ElasticsearchHeapTooHigh", "critical", "es02.acme.obmondo.com",
   "Elasticsearch node es02 on **es02.acme.obmondo.com** heap usage is high",
   "Heap usage of `93.1% > 90%` for 15m.\n", {"name": "es02", "cluster": "logging"})
la("haproxy.yaml", ERR, "share of backend responses with code 5xx above 5% (rule 4)",
   "monitor::service::haproxy::5xx_error", "warning", "lb01.acme.obmondo.com",
   "HAProxy high HTTP 5xx error rate server on lb01.acme.obmondo.com",
   "Too many HTTP requests with status 5xx on backend be_shop is more then 7.412%", {"proxy": "be_shop"})
la("haproxy.yaml", ERR, "share of backend responses with code 5xx above 50% (rule 4)",
   "monitor::service::haproxy::5xx_error", "critical", "lb02.acme.obmondo.com", extra={"proxy": "be_api"})
la("haproxy.yaml", LAT, "average backend response time above 0.5s with sessions open (rule 4)",
   "monitor::service::haproxy::backend_response_time", "warning", "lb01.acme.obmondo.com",
   "Haproxy average response time from backend servers too high",
   "The average response time on backend **lb01.acme.obmondo.com** **be_shop** is 1.84s", {"proxy": "be_shop"})
la("haproxy.yaml", "node_down", "a backend server marked down by HAProxy's health checks (rule 9)",
   "monitor::service::haproxy::backend_down", "critical", "lb02.acme.obmondo.com",
   "Haproxy backend server is down", "The backend server **be_api** is down for **lb02.acme.obmondo.com**",
   {"proxy": "be_api"})
la("dns.yaml", "dns_failure", "node_dns_test_result{status=failed}: resolution failed for 5m (rule 7)",
   "monitor::system::dns::resolution", "critical", "mail01.acme.obmondo.com", "DNS resolution failed",
   "DNS resolution has failed for **github.com** host because of **SERVFAIL** for certname **mail01.acme.obmondo.com**",
   {"host": "github.com", "result": "SERVFAIL"})
la("docker.yaml", "node_down", "container not seen for 15m: a container down (rule 4)",
   "monitor::system::docker::status", "critical", "docker01.acme.obmondo.com",
   "Docker container gitea is down on host docker01.acme.obmondo.com",
   "Docker container **gitea** is down since from 15min on server **docker01.acme.obmondo.com**", {"name": "gitea"})
la("docker.yaml", "node_down", "container down (rule 4)", "monitor::system::docker::status", "critical",
   "docker02.acme.obmondo.com", extra={"name": "keycloak"})
la("domain.yaml", "node_down",
   "blackbox probe gets status 0 or >= 500 with no content for 10m and says the domain is down (rules 4, 7)",
   "monitor::domains::status", "critical", "blackbox01.acme.obmondo.com",
   "For server **blackbox01.acme.obmondo.com** this **shop.acme.dk** domain is down",
   "Domain shop.acme.dk is down for certname blackbox01.acme.obmondo.com. Please fix this.",
   {"domain": "shop.acme.dk"})
la("cert_expiry.yaml", "certificate_expiry", "TLS certificate expires within the threshold days",
   "monitor::domains::cert_expiry", "warning", "blackbox01.acme.obmondo.com",
   "SSL certificate will expire soon for domain **intranet.acme.dk**",
   "Blackbox exporter on blackbox01.acme.obmondo.com, domain intranet.acme.dk certificate expires in 6d 4h 12m 9s",
   {"domain": "intranet.acme.dk"})

# linuxaid look-alikes (null)
la("disk.yaml", None, "filesystem mounted read-only: not full, no signature", "monitor::system::disk::mountpoint::readonly",
   "critical", "web02.acme.obmondo.com", "Filesystem / is in read-only mode on **web02.acme.obmondo.com**",
   "Filesystem `/` is in read-only mode on **web02.acme.obmondo.com**", {"mountpoint": "/"})
la("psi.yaml", None, "PSI I/O stall: disk I/O latency or backlog is null (rule 5)", "monitor::system::psi::io",
   "critical", "db02.acme.obmondo.com", "The PSI IO stalling is high for **db02.acme.obmondo.com**",
   "PSI IO stalling for **db02.acme.obmondo.com** is 0.6712 is above threshold of 0.5", {"threshold": "0.5"})
la("psi.yaml", None, "PSI CPU waiting: CPU is null (rule 2)", "monitor::system::psi::cpu", "critical",
   "build04.acme.obmondo.com")
la("cpu.yaml", None, "CPU usage above 80%: CPU is null (rule 2)", "monitor::system::cpu::usage", "critical",
   "app03.acme.obmondo.com", "CPU usage above threshold",
   "CPU usage on **app03.acme.obmondo.com** is around 93.7% which is above the threshold of 80\n")
la("cpu.yaml", None, "CPU usage: null (rule 2)", "monitor::system::cpu::usage", "critical", "ci-runner02.acme.obmondo.com")
la("cpu.yaml", None, "CPU temperature: hardware, no signature", "monitor::system::cpu::temperature", "warning",
   "hv01.acme.obmondo.com", "CPU temperature above threshold",
   "CPU temperature on **hv01.acme.obmondo.com** for **platform_coretemp_0** is around 106c which is above the threshold of 104",
   {"chip": "platform_coretemp_0"})
la("load.yaml", None, "load1 per CPU: load is null (rule 2)", "monitor::system::load::load1_percpu", "critical",
   "build04.acme.obmondo.com", "System load1 average per CPU too high",
   "System `load1` average per CPU on **build04.acme.obmondo.com** is 712.5% which is above the threshold of 600% for 5 minutes.\n",
   alert_id="monitor::system::load::load_percpu")
la("services.yaml", None, "a systemd unit in state failed (one failure, no loop: rule 5)",
   "monitor::system::service::down", "critical", "web01.acme.obmondo.com",
   "The system unit **nginx.service** failed on **web01.acme.obmondo.com**",
   "The system unit **nginx.service** failed on **web01.acme.obmondo.com**. Once resolved please clear using "
   "`systemctl reset-failed nginx.service`.", {"name": "nginx.service", "state": "failed"})
la("services.yaml", None, "a failed systemd unit (rule 5)", "monitor::system::service::down", "critical",
   "db02.acme.obmondo.com", extra={"name": "postgresql@14-main.service", "state": "failed"})
la("backup.yaml", None, "daily backup failed: failed backups are null (rule 10)", "monitor::system::backup::status",
   "critical", "files01.acme.obmondo.com", "Daily backup failed on server **files01.acme.obmondo.com**",
   "There is a backup failuer on server **files01.acme.obmondo.com**")
la("gitlab_runner.yaml", None,
   "rate of gitlab_runner_errors_total (error log lines of the runner), not requests (rule 8)",
   "monitor::system::service::gitlab_runner::failure", "critical", "ci-runner02.acme.obmondo.com",
   "High GitLab Runner Error Rate", "The rate of GitLab runner errors has increased (> 0.1 errors/sec)\n",
   {"level": "error"})
la("service_sssd.yaml", None, "SSSD cannot look up user accounts (directory lookup, not name resolution)",
   "monitor::system::service::sssd::lookup_failed", "critical", "web02.acme.obmondo.com",
   "SSSD on **web02.acme.obmondo.com** is unable to look up user accounts")
la("drbd.yaml", None, "DRBD node not connected: replication broken, not lag (rule 5)",
   "monitor::system::drbd::connected", "critical", "nfs01.acme.obmondo.com", "Drbd node is NOT connected.",
   "The DRBD server **nfs01.acme.obmondo.com** for device **drbd0** is not connected.\n", {"device": "drbd0"})
la("smartmon.yaml", None, "reallocated sectors above the SMART threshold: disk wear, not capacity (labels only)",
   "monitor::system::service::smartmon::smartmon_reallocated_sector_ct_raw_value", "critical",
   "hv01.acme.obmondo.com", extra={"disk": "/dev/sda", "type": "sat"})
la("ntp.yaml", None, "NTP clock out of sync for 60 minutes: no signature", "monitor::system::ntp::sync", "warning",
   "db01.acme.obmondo.com", "NTP clock out of sync for 60 minutes on **db01.acme.obmondo.com**")
la("smartmon.yaml", None, "SMART health failure of a disk: hardware, not capacity",
   "monitor::system::service::smartmon::disk_healthy", "critical", "hv02.acme.obmondo.com",
   "Disk **/dev/sdc** on **hv02.acme.obmondo.com** has SMART failure",
   "Disk **/dev/sdc** on **hv02.acme.obmondo.com** has SMART failure", {"disk": "/dev/sdc"})
la("zfs.yaml", None, "ZFS pool degraded (a vdev missing), not full: no signature", "zfs::pool::status", "critical",
   "nas01.acme.obmondo.com", "ZFS Pool is Degraded.", "The zfs pool **tank** is degraded on 10.0.4.21:9100",
   {"zpool": "tank", "state": "degraded", "instance": "10.0.4.21:9100"})
la("ntp.yaml", None, "clock skew against the fleet: no signature", "monitor::system::ntp::skew", "critical",
   "db01.acme.obmondo.com", "NTP clock skew",
   "System time on **db01.acme.obmondo.com** is offset compared to average across all nodes")
la("file_size.yaml", None, "a zero-byte file found: no signature", "monitor::system::file::size", "warning",
   "app03.acme.obmondo.com", "Zero-byte file found in app03.acme.obmondo.com",
   "The /var/lib/app/export/latest.csv has a size of 0 byte", {"path": "/var/lib/app/export/latest.csv"})

# --- rea1shane/a2w: lower-case spaced alertnames, value-only `current` annotation ------------------
A2W = ("rea1shane/a2w", "templates/base.md", A2W_C)
for inst, dev, mp, val in [("10.1.0.12:9100", "/dev/vda1", "/", "88.71"),
                           ("10.1.0.37:9100", "/dev/nvme1n1", "/data", "96.04")]:
    family.add(A2W, "disk_full",
               "a2w example rule 'High disk usage' (filesystem use > 85% for 15m, rule 2): the alertname and a value only",
               {"alertname": "High disk usage", "level": "warning", "instance": inst, "device": dev,
                "fstype": "ext4", "mountpoint": mp},
               {"current": f"{val}% usage",
                "labels": f'instance="{inst}", device="{dev}", fstype="ext4", mountpoint="{mp}"'})
family.add(A2W, None,
           "a2w example rule 'High node load' (load15 per core > 100%): load is null (rule 2)",
           {"alertname": "High node load", "level": "critical", "instance": "10.1.0.12:9100"},
           {"current": "Average load_15 per core is 137.5%", "labels": 'instance="10.1.0.12:9100"'})
family.add(("rea1shane/a2w", "demo/prometheus/rules/rule.yml", A2W_C), None,
           "a2w demo rule 'Service status updated' (up == 1): the target is up, nothing is wrong",
           {"alertname": "Service status updated", "level": "critical", "instance": "node-exporter:9100",
            "job": "node"},
           {"current": "1", "labels": 'instance="node-exporter:9100", job="node"'})

family.write()
