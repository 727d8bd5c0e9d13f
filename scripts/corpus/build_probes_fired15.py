#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_fired15.jsonl: alerts as they really fired, found in public
GitHub issue and pull-request threads (alert bots that open an issue per alert, notifications,
e-mails and status lines pasted by the teams who received them), aimed at the shapes that miss:
short payloads (a spaced alertname and one value, nothing in the annotations), label-only
evidence (an SLO burn alert whose only hint is its `slo` label), SLO/apdex/error-budget burn
alerts, backlog wording without queue words, and the look-alikes that must stay null (a BGP
session down, a datasource with no data, disk *read* throughput called "disk usage", a UPS on
battery, containers recreated by an update, a monitor's own query failing).

Each item keeps the facts of the alert as it fired (its rule, state, labels and values) but is
our own text: hosts, pods, namespaces and numbers are made up. Provenance is the thread: repo,
`issues/N` or `pull/N`, commit null (POLICY.md, "Provenance"); the project is the repository.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-17) from the alert's
meaning before the classifier ran on the file; the label is written next to the item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_fired15.jsonl")


add = family.add_thread


# ====================================================================== SLO and error-budget burn
# ---------------------------------------------------------------- Pyrra burn alerts: the evidence is the `slo` label only (rules 3, 4)
TH = "thaum-xyz/ankhmorpork"
add("high_error_rate", TH, 187, "Pyrra ErrorBudgetBurn, no annotations; slo label names an error SLO of Kubernetes SD requests",
    {"alertname": "ErrorBudgetBurn", "cluster": "lab-a", "job": "prometheus-k8s", "slo": "prometheus-sd-kubernetes-errors",
     "long": "12h", "short": "1h", "severity": "warning"}, {})
add("high_error_rate", TH, 296, "Pyrra ErrorBudgetBurn of an application's HTTP error SLO, labels only",
    {"alertname": "ErrorBudgetBurn", "cluster": "lab-a", "namespace": "petshop", "job": "petshop",
     "slo": "petshop-http-errors", "long": "12h", "short": "1h", "severity": "warning"}, {})
add("high_error_rate", TH, 337, "Pyrra ErrorBudgetBurn of the kubelet's runtime-operation error SLO, labels only",
    {"alertname": "ErrorBudgetBurn", "cluster": "lab-a", "job": "kubelet", "slo": "kubelet-runtime-errors",
     "long": "2d", "short": "3h", "severity": "warning"}, {})
add("high_error_rate", TH, 283, "Pyrra ErrorBudgetBurn of the operator's Kubernetes client request errors, labels only",
    {"alertname": "ErrorBudgetBurn", "cluster": "lab-a", "job": "prometheus-operator",
     "slo": "prometheus-operator-http-errors", "long": "12h", "short": "1h", "severity": "warning"}, {})
# CoreDNS response errors are SERVFAIL answers: resolution fails (rules 1, 7).
add("dns_failure", TH, 247, "Pyrra ErrorBudgetBurn of CoreDNS response errors (SERVFAIL ratio), labels only",
    {"alertname": "ErrorBudgetBurn", "cluster": "lab-a", "job": "kube-dns", "slo": "coredns-response-errors",
     "long": "12h", "short": "1h", "severity": "warning"}, {})
add("high_latency", TH, 277, "Pyrra ErrorBudgetBurn of a request-latency SLO (thanos receive handler), labels only",
    {"alertname": "ErrorBudgetBurn", "cluster": "lab-a", "namespace": "metrics-store", "handler": "receive",
     "slo": "receive-requests-latency", "long": "2d", "short": "3h", "severity": "warning"}, {})
add("high_latency", TH, 284, "Pyrra ErrorBudgetBurn of the API server's read latency SLO, labels only",
    {"alertname": "ErrorBudgetBurn", "cluster": "lab-a", "component": "apiserver",
     "slo": "apiserver-read-cluster-latency", "long": "2d", "short": "3h", "severity": "warning"}, {})
# ---------------------------------------------------------------- burn alerts of other teams
GEN = "google/exposure-notifications-verification-server"
add("high_error_rate", GEN, 1255, "Cloud Monitoring error-budget burn policy (availability SLO) firing",
    {"alertname": "_ErrorBudgetBurn", "project": "verification-prod", "service": "adminapi"},
    {"summary": "Fast error budget burn: 2% of the monthly availability budget spent in the last hour"})
add("high_latency", GEN, 1502, "latency SLO burn policies kept firing after a 0.6s latency spike",
    {"alertname": "LatencySLOSlowBurn", "project": "verification-prod", "service": "apiserver"},
    {"summary": "Latency SLO slow burn",
     "description": "Share of requests slower than the 0.5s objective is burning the budget 6x faster than allowed (spike to 0.6s)"})
add("high_latency", "GoogleChrome/webstatus.dev", 1992, "self-imposed latency SLO (1s for 95% of requests) breach notification",
    {"alertname": "Latency SLO breached", "service": "backend"},
    {"description": "Fewer than 95% of requests completed within 1s over the compliance window (93.8%)"})

# ---------------------------------------------------------------- apdex (rule 4: apdex is latency)
add("high_latency", "elifesciences/elife-xpub", 1542, "New Relic apdex violation on the app (apdex T 0.1s, endpoint averages 118ms)",
    {"alertname": "Apdex < 0.85", "policy": "xpub-prod", "entity": "xpub-app"},
    {"description": "Apdex score fell to 0.61 for at least 5 mins on xpub-app (apdex T = 0.1 s, /graphql averaging 0.75 s)"})
add("high_latency", "GSA/data.gov", 4475, "New Relic apdex condition keeping the site in a constant alert state",
    {"alertname": "Apdex Low", "condition": "Apdex (Low)", "application": "catalog-web"},
    {"summary": "Apdex score below 0.7 on catalog-web", "description": "apdex 0.58 over the last 10 minutes"})

# ====================================================================== short payloads (all in the alertname, one value)
add("disk_full", "grafana/grafana", 122730, "Grafana-managed alert: spaced alertname and one reduced value, no annotations",
    {"alertname": "RabbitMQ diskspace", "grafana_folder": "Unix", "host": "mq-cln2", "path": "/"},
    {"valueString": "[ var='B' labels={host=mq-cln2, path=/} type='reduce' value=6.1 ], [ var='C' labels={host=mq-cln2, path=/} type='threshold' value=1 ]"})
add(None, "grafana/grafana", 37995, "Grafana webhook of a streaming job failing (rule engine content), no value",
    {"alertname": "sync_orders_mysql_to_olap"},
    {"content": "sync_orders_mysql_to_olap_team7 fail", "key": "rule_engine", "who": "team7"})
add("disk_full", "m-lab/prometheus-support", 64, "github-receiver issue of a spaced alertname, one info line",
    {"alertname": "test DiskRunningFull", "dev": "sdb1", "instance": "mlab-node-4", "severity": "page"},
    {"info": "The disk sdb1 is running full", "summary": "please check the instance mlab-node-4"})
add("disk_full", "exelban/stats", 3596, "macOS menu-bar monitor notification: disk utilization at its limit",
    {"alertname": "Disk utilization", "host": "mbp-design-3"},
    {"title": "Disk utilization", "subtitle": "Disk utilization is 80%"})
add("disk_full", "tadashige-seki-1/hello-world", 41, "Zabbix action opening an issue in Japanese: disk capacity over",
    {"alertname": "zabbixでのアラート：localhost ディスク容量オーバー"},
    {"description": "詳細：ディスクが足りません"})
add("node_down", "tadashige-seki-1/hello-world", 5, "Zabbix action opening an issue in Japanese: ping error, no reply",
    {"alertname": "zabbixでのアラート：ping error"},
    {"description": "詳細：ping で応答がありません"})
add("out_of_memory", "qws941/infrastructure-alerts", 53, "Grafana webhook issue: memory usage high, template left unrendered",
    {"alertname": "Memory Usage High", "severity": "warning"},
    {"summary": "Memory usage exceeds 80%", "description": "Memory available on {{ $labels.instance }} is below 20% of total"})
add("high_error_rate", "qws941/infrastructure-alerts", 10, "Grafana webhook issue: count of 5xx responses",
    {"alertname": "HTTP 5xx Error Rate High", "severity": "warning"},
    {"summary": "High HTTP 5xx error rate detected", "description": "More than 10 HTTP 5xx errors in the last 5 minutes"})
# DatasourceError: the rule's own query failed; the annotations are the failed rule's (rule 16).
add(None, "qws941/infrastructure-alerts", 70, "Grafana DatasourceError carrying an error-count rule's annotations",
    {"alertname": "DatasourceError", "severity": "warning"},
    {"summary": "High error rate detected across homelab", "description": "More than 100 errors in the last 5 minutes"})
add(None, "qws941/infrastructure-alerts", 71, "Grafana DatasourceError of a log-error rule, value not rendered",
    {"alertname": "DatasourceError", "severity": "warning"},
    {"summary": "OpenCode errors detected", "description": "[no value] errors in the last 5 minutes"})

# ====================================================================== disks, memory, files, pools
add("disk_full", "CredentialEngine/CredentialRegistry", 928, "Cloud 66 disk usage alert e-mail: filesystem over the 80% threshold",
    {"alertname": "Disk Usage Alert", "server": "wombat12", "stack": "Registry (sandbox)"},
    {"description": "The server wombat12 has exceeded your disk usage threshold of 80%. Filesystems above 80% usage: \"/dev/root\" (49 GB) at \"/\" - 83% usage, 6% inodes"})
add("disk_full", "2i2c-org/infrastructure", 7100, "PagerDuty page: a hub's home directory disk nearly full (bumped in response)",
    {"alertname": "HomeDirectoryDiskNearlyFull", "cluster": "campus-hub", "namespace": "prod", "severity": "critical"},
    {"summary": "Home directory disk of hub prod on campus-hub is 95% full"})
add("disk_full", "2i2c-org/infrastructure", 6063, "hub database directory approaching fullness (db volume also holding hub logs)",
    {"alertname": "HubDatabaseDiskFull", "cluster": "uni-azure", "namespace": "staging"},
    {"summary": "hub-db-dir of staging is 92% full", "description": "Free space on the hub database volume is below 10%"}, kind="pull")
# IOPS/throughput limits are disk I/O, not capacity (rule 5).
add(None, "2i2c-org/infrastructure", 8349, "CloudWatch-driven page: home directory EBS volume IOPS/throughput limited for an extended period",
    {"alertname": "HomeDirectoryThroughputLimited", "volume": "vol-home-nfs", "cluster": "geo-hub"},
    {"description": "EBS volume throughput saturated in 6 of the last 10 evaluation periods"}, kind="pull")
# Pulse's "Disk usage (diskRead)" is read throughput in MB/s (rule 5: disk I/O).
add(None, "rcourtman/Pulse", 336, "Proxmox monitor alert named disk usage but measuring disk read throughput",
    {"alertname": "Disk usage (diskRead)", "guest": "vm-112", "node": "pve2"},
    {"description": "vm-112: 355.8% of 150% threshold"})
add("out_of_memory", "devantler-tech/platform", 3915, "Coroot: backup data mover container OOM-killed above its limit",
    {"alertname": "ContainerOOMKilled", "app": "velero/node-agent", "container": "node-agent"},
    {"description": "node-agent was OOM-killed at about 578 MiB (limit 512 MiB); three volume backups failed"})
add("fd_exhaustion", "oss-tsukuba/gfarm", 412, "metadata server log warning repeated under a stress test (EMFILE)",
    {"alertname": "GfmdLogWarnings", "host": "gfmd-1"},
    {"description": "<warning> [1000189] accept, Too many open files (repeated 4125 times in 60s)"})
add("connection_pool_exhaustion", "galaxyproject/galaxy", 18414, "Sentry issue alert: SQLAlchemy pool exhausted on an API route",
    {"alertname": "Sentry new issue", "project": "galaxy-main", "transaction": "/api/notifications/status"},
    {"title": "TimeoutError: QueuePool limit of size 10 overflow 20 reached, connection timed out, timeout 30.00"})
add("connection_pool_exhaustion", "numerique-gouv/ami-notifications-api", 375, "Sentry error 500 on staging quoting the async pool limit",
    {"alertname": "Sentry issue", "environment": "staging", "level": "error"},
    {"title": "TimeoutError", "message": "QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (AsyncAdaptedQueuePool._do_get)"})

# ====================================================================== certificates (Let's Encrypt expiry e-mails)
add("certificate_expiry", "UniversityOfHelsinkiCS/palaute", 506, "expiry reminder e-mail pasted into an issue",
    {"alertname": "Let's Encrypt certificate expiration notice"},
    {"body": "Your certificate for the names listed below will expire in 9 days (on 24 Nov 07:27 +0000). feedback.uni.example"})
add("certificate_expiry", "openfoodfoundation/ofn-install", 478, "expiry reminder e-mail (10 days) for a production site",
    {"alertname": "Let's Encrypt certificate expiration notice", "environment": "uk-prod"},
    {"body": "Your certificate (or certificates) for the names listed below will expire in 10 days. shop.example.org.uk, www.shop.example.org.uk"})
add("certificate_expiry", "certbot/certbot", 5120, "expiry e-mail for a certificate covering 21 names, 0 days left",
    {"alertname": "Let's Encrypt certificate expiration notice for domain \"files.example.br\" (and 20 more)"},
    {"body": "will expire in 0 days (on 19 Sep 19:17 +0000)"})

# ====================================================================== liveness
add("node_down", "pratikpandey711/Zabbix", 24, "Zabbix problem issue: agent availability item not available",
    {"alertname": "Zabbix agent is not available (for 3m)", "host": "Windows Server", "severity": "Average"},
    {"description": "Problem started at 03:45:56. Operational data: not available (0)"})
add("node_down", "selivan/selivan.github.io", 42, "Zabbix trigger on the agent's liveness item (nodata), host shut down",
    {"alertname": "Zabbix agent on app-vm-7 is unreachable", "host": "app-vm-7"},
    {"description": "agent.ping.nodata(1m)=1; status unavailable (0)"})
add("node_down", "prometheus/alertmanager", 2744, "Slack digest of PrometheusTargetMissing (up == 0)",
    {"alertname": "PrometheusTargetMissing", "instance": "10.4.7.21:9100", "severity": "critical"},
    {"summary": "Prometheus target missing 10.4.7.21:9100",
     "description": "A Prometheus target has disappeared. An exporter might be crashed."})
# absent(up == 1) of the kubelet job: a no-data alert on the target's own up series (rule 8).
add("node_down", "sighupio/module-monitoring", 30, "KubeletDown always firing: absent(up{job=kubelet,...} == 1)",
    {"alertname": "KubeletDown", "severity": "critical"},
    {"message": "Kubelet has disappeared from Prometheus target discovery."})
add("node_down", "helm/charts", 18799, "KubeletDown pasted from the Prometheus alerts page: its label set, nothing else",
    {"alertname": "KubeletDown", "severity": "critical", "prometheus": "monitoring/kube-prom"}, {})
add("node_down", "codeforamerica/citizen-onboard", 43, "uptime service reporting downtime of several sites (timeouts)",
    {"alertname": "Monitor down", "monitor": "benefits-state-va", "check": "transaction"},
    {"description": "benefits-state-va is DOWN (request timed out)"})

# ====================================================================== names, replication, backlogs, restarts
add("dns_failure", "devantler-tech/platform", 3902, "Coroot DNS-server alert: peer lookups answered NXDOMAIN during startup",
    {"alertname": "DNS errors", "app": "monitoring/alertmanager"},
    {"description": "alertmanager-1.alertmanager-operated: NXDOMAIN for 14% of requests"}, kind="pull")
add("replication_lag", TH, 1416, "CloudNativePG standby behind the primary, seconds in the description",
    {"alertname": "CNPGReplicationLag", "namespace": "papers", "pod": "postgres-2", "severity": "warning"},
    {"summary": "Standby of postgres is lagging", "description": "The standby is 9m 29s behind the primary, past the 300s threshold."})
add("replication_lag", TH, 1415, "CloudNativePG replication lag with only its summary rendered",
    {"alertname": "CNPGReplicationLag", "namespace": "gallery", "severity": "warning"},
    {"summary": "Standby of postgres is lagging"})
# Sidekiq queue latency is time jobs wait in the queue (rule 4): backlog, not request latency.
add("queue_backlog", "alphagov/govuk-puppet", 10868, "Icinga check of a Sidekiq queue's latency (oldest job waiting)",
    {"alertname": "email-alert-api sidekiq queue latency", "queue": "delivery_immediate", "host": "backend-2"},
    {"description": "CRITICAL: latency of queue delivery_immediate is 1843s (critical above 1800s)"}, kind="pull")
add("queue_backlog", "alphagov/search-api", 1708, "health check alert on the default queue's latency after a spike",
    {"alertname": "search-api sidekiq health", "queue": "default"},
    {"description": "sidekiq: default queue latency 41s (warning above 30s)"}, kind="pull")
add("crash_loop", "tigerblue77/Dell_iDRAC_fan_controller_Docker", 335, "a configuration refusal under restart: unless-stopped loops forever",
    {"alertname": "ContainerRestarting", "container": "idrac-fan-ctl", "host": "rack-pve"},
    {"description": "idrac-fan-ctl exited with code 1 and was restarted again by its policy (9 restarts in 10 minutes)"})
add("crash_loop", "kOlapsis/maintenant", 117, "container monitor's restart_loop alert (restarts over the threshold in the window)",
    {"alertname": "restart_loop", "container": "ledger-sync", "host": "edge-3"},
    {"description": "ledger-sync restarted 6 times in 15m (threshold 3)"}, kind="pull")
add("deadlock", "openstreetmap/operations", 728, "Prometheus 'postgresql deadlock' alert on geocoder machines",
    {"alertname": "postgresql deadlocks", "instance": "geocoder-2", "database": "places"},
    {"summary": "PostgreSQL deadlocks detected on geocoder-2"})
add("deadlock", "rwlove/home-ops", 11196, "CloudNativePG DatabaseDeadlockConflicts latched on for one database",
    {"alertname": "DatabaseDeadlockConflicts", "pod": "postgres-notes-2", "namespace": "databases"},
    {"description": "There are over 10 deadlock conflicts in postgres-notes-2"}, kind="pull")
add("rate_limited", "hiero-ledger/hiero-json-rpc-relay", 3779, "a dedicated alert for 429 answers, split from the failed-requests alert",
    {"alertname": "mirrornode-rate-limit", "service": "json-rpc-relay"},
    {"description": "Relay received 57 HTTP 429 responses from the mirror node in 5 minutes"})

# ====================================================================== look-alikes that stay null
add(None, TH, 368, "UPS on battery power (flag OL off)",
    {"alertname": "UPSOnBattery", "flag": "OL", "instance": "192.168.40.9", "job": "probe/nut/exporter", "severity": "warning"},
    {"summary": "UPS has gone on battery power", "description": "UPS 192.168.40.9 is now supplying power to the system from the battery."})
add(None, "thoth-station/thoth-application", 1268, "workflow controller reports no running workflows (argo_workflows_count < 1)",
    {"alertname": "ThothAmunInspection", "job": "Argo Workflow Metrics", "status": "Running"},
    {"severity": "HIGH", "summary": "Workflows running in Inspection Prod is 0! Please verify status of Inspection or add more workload!"})
add(None, "pyrra-dev/pyrra", 820, "SLOMetricAbsent: the SLI series of an endpoint without traffic is missing",
    {"alertname": "SLOMetricAbsent", "slo": "checkout-http-latency", "job": "checkout", "severity": "critical"},
    {"description": "The SLI metric http_request_duration_seconds_count for checkout-http-latency is absent"})
add(None, "grafana/grafana", 90447, "Threema: DatasourceNoData of a rule named Service failed",
    {"alertname": "DatasourceNoData", "datasource_uid": "c1f8e2a9", "grafana_folder": "Alert rules", "ref_id": "A",
     "rulename": "Service failed"},
    {"summary": "Service failed"})
# BGP sessions are links (rules 5, 11).
add(None, "metallb/metallb", 2806, "MetalLBBGPSessionDown firing for every BGP peer after an upgrade",
    {"alertname": "MetalLBBGPSessionDown", "peer": "10.206.128.9", "job": "metallb-speaker", "severity": "critical"},
    {"description": "MetalLB speaker on speaker-4xk2p has BGP session 10.206.128.9 down for more than 1 minute"})
add(None, "Cray-HPE/csm", 4359, "alert table line: speaker's BGP session down for more than a minute",
    {"alertname": "MetalLBBGPSessionDown", "instance": "10.252.1.18", "severity": "critical"},
    {"message": "MetalLB \"speaker\" on \"metallb-speaker-7hq2d\" has BGP session \"10.252.0.2:179\" down for > 1 minute"}, kind="pull")
add(None, "deckhouse/deckhouse", 17574, "platform alert on the speaker's BGP session gauge (peer series without port reads 0)",
    {"alertname": "D8MetallbBGPSessionDown", "peer": "172.20.4.0", "job": "speaker", "pod": "speaker-hskxt"},
    {"description": "metallb_bgp_session_up is 0 for peer 172.20.4.0"}, kind="pull")
add(None, "amir20/dozzle", 4741, "container event alerts (die/stop) sent when compose recreated the container for an update",
    {"alertname": "container event", "container": "swag", "event": "die", "host": "homeserver"},
    {"description": "swag: die (exitCode 0) during docker compose up after image update"})
add(None, "devantler-tech/platform", 3894, "one liveness probe failure during a scan, pod stayed Ready, no restart",
    {"alertname": "Liveness probe failed", "app": "kubescape/kubescape"},
    {"description": "liveness probe timed out once (1s timeout) during the daily scan; 0 restarts"})
add("high_latency", "devantler-tech/platform", 3980, "Coroot DNS-latency warning: peer lookups slow, none failing",
    {"alertname": "DNS latency", "app": "kubescape/StatefulSet/alertmanager"},
    {"description": "DNS p95 latency 0.58s (threshold 100ms); no NXDOMAIN or SERVFAIL answers"})


# ====================================================================== second round: label-only and name-only payloads, more look-alikes
# Sourcegraph's generated alerts: a generic series whose only resource is the `name` label (rule 3).
SG = "sourcegraph/sourcegraph-public-snapshot"
add("disk_full", SG, 11988, "frequently firing critical alert of gitserver, disk_space_remaining",
    {"alertname": "alert_count", "level": "critical", "service_name": "gitserver", "name": "disk_space_remaining"},
    {"description": "gitserver: less than 15% disk space remaining by instance"}, kind="pull")
add("disk_full", SG, 12014, "bundle manager's disk_space_remaining alert, labels only",
    {"alertname": "alert_count", "level": "warning", "service_name": "precise-code-intel-bundle-manager",
     "name": "disk_space_remaining"}, {})
add("high_latency", "prometheus/alertmanager", 622, "debug log of a received alert: the alertname is all there is",
    {"alertname": "APIHighRequestLatency95Percentile"}, {})
add("node_down", "prometheus/alertmanager", 2406, "debug log of a blackbox InstanceDown group: labels only",
    {"alertname": "InstanceDown", "instance": "http://shop.example.xyz", "job": "blackbox_exporter", "severity": "critical"}, {})
# Envoy's response flag UT is an upstream request timeout; code 504 in a label (rule 3).
add("upstream_timeout", "istio/istio", 17533, "source-side 5xx alert firing after an upgrade: 504 with response flag UT",
    {"alertname": "IstioSource5xxHigh", "reporter": "source", "response_code": "504", "response_flags": "UT",
     "destination_service": "pricing.shop.svc.cluster.local", "source_workload": "checkout"},
    {"summary": "5xx ratio from checkout to pricing above 1% for 5m"})
add("high_latency", "mozilla/persona", 2659, "graphite/cepmon response-time monitor, the metric path is the alert",
    {"alertname": "verifier.req_time.upper_90", "host": "verifier3.phx1"},
    {"description": "verifier.req_time.upper_90 = 2.9 (threshold 2.5)"})
add("out_of_memory", TH, 1455, "node-problem-detector's OOMKilling event as an alert",
    {"alertname": "NodeProblemOOMKilling", "node": "mini-02", "reason": "OOMKilling", "job": "node-problem-detector", "severity": "warning"},
    {"description": "Process Out-Of-Memory Killed in node mini-02"})
add("out_of_memory", "abahmed/kwatch", 51, "kwatch notification of a pod killed for memory",
    {"alertname": "kwatch", "namespace": "jobs", "pod": "report-builder-6c9f-xk2lp", "container": "builder"},
    {"text": "There is an issue with container in a pod! reason: OOMKilled, exit code 137"})
add("queue_backlog", "PostHog/charts-clickhouse", 669, "ingestion alert: captured events delayed more than 5 minutes (no queue word)",
    {"alertname": "CapturedEventsDelayed", "severity": "critical"},
    {"summary": "Captured events, including session recordings, have been delayed by more than 5 minutes for more than 5 minutes."}, kind="pull")
add("node_down", "naemon/naemon-core", 243, "repeated host DOWN notification for an unplugged device behind a flaky router",
    {"alertname": "Host DOWN", "host": "sensor-7.example.com", "state": "DOWN"},
    {"description": "PING CRITICAL - Packet loss = 100%"})
add("node_down", "centreon-archive/centreon-archived", 4861, "DOWN notification for a child host after its parent recovered",
    {"alertname": "Host alert", "host": "branch-sw-2", "state": "DOWN"},
    {"output": "CRITICAL - 10.20.3.2: rta nan, lost 100%"})
add(None, TH, 466, "NodeSystemdServiceFailed: one unit entered failed state (no restart loop)",
    {"alertname": "NodeSystemdServiceFailed", "instance": "ns1.lab.example:9100", "name": "unbound-anchor.service", "state": "failed",
     "severity": "warning"},
    {"summary": "Systemd service has entered failed state."})
# A ResourceQuota is an accounting allowance (rule 7), even when it counts storage.
add(None, "kubernetes-sigs/kubernetes-mixin", 441, "KubeQuotaExceeded always firing for a namespace whose storage quota is fully allocated",
    {"alertname": "KubeQuotaExceeded", "namespace": "cluster-logging", "resource": "requests.storage", "severity": "warning"},
    {"description": "Namespace cluster-logging is using 100% of its requests.storage quota."})
add(None, "deckhouse/deckhouse", 8631, "etcd WAL fsync p99 above 0.5s (disk I/O latency)",
    {"alertname": "KubeEtcdHighFsyncDurations", "node": "master-1", "tier": "cluster"},
    {"description": "In the last 15 minutes, the 99th percentile of the fsync duration for WAL files is longer than 0.5 seconds: 0.71."})
add(None, "prometheus/prometheus", 12832, "remote write behind while every series is dropped by write relabelling",
    {"alertname": "PrometheusRemoteWriteBehind", "remote_name": "central", "severity": "critical"},
    {"description": "Prometheus monitoring/prom-0 remote write is 187s behind for central."})

add("node_down", TH, 197, "synthetic monitoring (UptimeRobot exporter) reports the site not up for 15m",
    {"alertname": "SiteExternallyDown", "instance": "https://portal.lab.example/", "job": "probe/monitoring/uptimerobot",
     "monitor": "lab - portal", "severity": "warning"},
    {"summary": "Site is not available", "description": "Synthetic monitoring reports site https://portal.lab.example/ not to be up for 15m."})
add("node_down", TH, 582, "TargetDown of a blackbox probe job: every probed site down",
    {"alertname": "TargetDown", "job": "probe/monitoring/partner-sites", "namespace": "monitoring", "severity": "warning"},
    {"description": "100% of the probe/monitoring/partner-sites/ targets in monitoring namespace are down."})
# Device checksum/read errors are hardware faults, not capacity (rule 5's look-alikes).
add(None, "rcourtman/Pulse", 1731, "Proxmox monitor: ZFS errors on one SSD of the pool",
    {"alertname": "ZFS pool errors", "node": "pve0", "pool": "rpool"},
    {"description": "rpool: device ata-SSD_512GB-part3 has 14 checksum errors, pool ONLINE"})
# A service not running is node_down (rules 7, 16).
add("node_down", "truenas/middleware", 2791, "NAS alert that the S.M.A.R.T. daemon is not running",
    {"alertname": "SMARTDNotRunning", "level": "WARNING", "host": "nas-02"},
    {"text": "smartd is not running."}, kind="pull")

# ELB 503s while no instance was in service: a count of 5xx naming no timeout (rule 15).
add("high_error_rate", "guardian/manage-frontend", 377, "CloudWatch 5XX alarm (backend + ELB) sent while the group was scaled to zero",
    {"alertname": "manage-frontend-CODE-5XX", "metric": "HTTPCode_ELB_5XX_Count", "state": "ALARM"},
    {"reason": "Threshold Crossed: 1 datapoint [12.0] was greater than the threshold (0.0)."}, kind="pull")

# ====================================================================== third round (labelled before the classifier ran on it)
# CoreDNS marks every upstream unhealthy after failed health checks: the upstream resolvers are
# down (POLICY.md rules 9 and 11), not names failing to resolve.
add("dns_failure", TH, 436, "CoreDNSForwardHealthcheckBrokenCount: health checks failed for every upstream",
    {"alertname": "CoreDNSForwardHealthcheckBrokenCount", "job": "dns/coredns", "namespace": "dns", "severity": "warning"},
    {"summary": "CoreDNS health checks have failed for all upstream servers.",
     "description": "CoreDNS health checks have failed for all upstream servers."})
add("dns_failure", TH, 374, "CoreDNSForwardErrorsHigh with only its summary rendered",
    {"alertname": "CoreDNSForwardErrorsHigh", "job": "dns/coredns", "namespace": "dns", "to": "127.0.0.1:5301",
     "severity": "warning"},
    {"summary": "CoreDNS is returning SERVFAIL for forward requests."})
add("high_error_rate", "rhobs/configuration", 512, "API error-budget burn alerts at a 99.5% target paged the on-call team",
    {"alertname": "APIErrorBudgetBurning", "service": "observatorium-api", "handler": "query", "severity": "high"},
    {"message": "High error budget burn for the query handler (current value: 14.9)"}, kind="pull")
# Upptime says "was down" whatever the reason (a 503, a 404, no answer at all): POLICY.md rule 7.
add("node_down", "fujexo/upptime", 15, "status-repository issue: site was down, HTTP code 503",
    {"alertname": "🛑 portal is down"},
    {"body": "In 7642467, portal (https://portal.c0d3.example) was down: HTTP code: 503, Response time: 109 ms"})
add("node_down", "fujexo/upptime", 21, "status-repository issue: site was down, HTTP code 404",
    {"alertname": "🛑 portal is down"},
    {"body": "In 48552af, portal (https://portal.c0d3.example) was down: HTTP code: 404, Response time: 140 ms"})
add("node_down", "davidkast/upptime", 2, "status-repository issue: no answer at all (HTTP code 0)",
    {"alertname": "🛑 Uptime is down"},
    {"body": "Uptime ($UPTIME) was down: HTTP code: 0, Response time: 0 ms"})
add("node_down", "AndreiGavriliu/homelab", 885, "blackbox ingress probe: the ingress is unreachable (probe_success == 0)",
    {"alertname": "IngressDown", "instance": "notify.home.example", "job": "ingress-blackbox", "severity": "critical"},
    {"summary": "Ingress notify.home.example is unreachable"})
add("certificate_expiry", "certbot/certbot", 2483, "expiry reminder e-mail (17 days) for a certificate auto-renewed since",
    {"alertname": "Let's Encrypt certificate expiration notice"},
    {"body": "Your certificate (or certificates) for the names listed below will expire in 17 days (on 03 Mar 18:43 +0000). Please make sure to renew your certificate before then."})
add("queue_backlog", "linkedin/Burrow", 145, "old Burrow e-mail: groups in WARNING (falling behind), no lag word",
    {"alertname": "Burrow notification", "cluster": "cluster1", "group": "invoice-consumer"},
    {"body": "The Kafka consumer groups you are monitoring are currently showing problems. Group: invoice-consumer Status: WARNING Complete: false Errors: 0 partitions have problems"})
# Counts of exceptions or error log lines are not requests (POLICY.md rule 8).
add(None, "GiganticMinecraft/seichi_infra", 5612, "Loki ruler alert on browser exceptions grouped by type, labels only",
    {"alertname": "PortalBrowserException", "app_name": "portal-browser", "kind": "exception", "type": "Error",
     "notify": "discord"},
    {"summary": "7 browser exceptions of type Error in 5m"})
add(None, "alexization/git-ranker", 32, "Grafana log alert firing on one error log line",
    {"alertname": "High Error Log Count", "grafana_folder": "app"},
    {"summary": "1 ERROR log lines in the last minute"})

family.write()
