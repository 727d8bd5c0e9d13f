"""rulesets28c.jsonl: whole alerting-rule files of public projects no corpus used before (session 28,
third helper).

Each rule file is read from its snapshot (git object at the cited commit) under $CORPUS3_MIRROR
(default /work/.mirror) and every alerting rule is taken, one item per alertname (the first rule
of that name in the file). Labels are decided by hand under tests/fixtures/corpus/POLICY.md from
each rule's expression and wording, before any classifier ran, in the tables below; a rule mapped
to OUT is left out under POLICY rule 6 (reason given, and listed in SOURCES.md). The builder
refuses a rule file holding an alertname that has no decision here.

Rendering: the alert's labels are the rule's own labels + alertname + the series labels the
expression keeps (for an aggregation `by (...)`, those labels only; otherwise the file's made-up
series), with any label the templates name added from the same made-up values. `{{ $labels.x }}`
is filled with that value, `{{ $value }}` (bare, piped or printf'd) with the value given per rule
(already in the form its `humanize*` function would print). Everything else keeps the source's
wording.
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402

FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# edgequota/edgequota: deploy/prometheus/alerts.yaml (a rate-limiting reverse proxy's own rules)
EDGEQUOTA = ("edgequota/edgequota", "deploy/prometheus/alerts.yaml", "28659c9d1d0f7a810f04432c3e3fc80b0e5a5c28")
take(*EDGEQUOTA, {
    "EdgeQuotaHighErrorRate": ("high_error_rate", "7.31%"),
    "EdgeQuotaTrafficSpike": (None, 1843.2),
    "EdgeQuotaNoTraffic": (None, 0),
    "EdgeQuotaHighP99Latency": ("high_latency", "2.847s"),
    "EdgeQuotaP99LatencyCritical": ("high_latency", "6.12s"),
    "EdgeQuotaBackendLatencyHigh": ("high_latency", 7.4),
    "EdgeQuotaHighRateLimitRatio": ("rate_limited", "63.8%"),
    "EdgeQuotaConcurrencyRejections": (OUT, "requests rejected with 503 at max_concurrent_requests: a concurrency limit on requests, neither a connection pool nor a rate limit settled by POLICY"),
    "EdgeQuotaRedisUnhealthy": (OUT, "a pool's healthy gauge at 0 (an application's unhealthy status, rule 9), the description's \"connectivity is down\" not measured"),
    "EdgeQuotaRedisErrors": ("high_error_rate", "3.42"),
    "EdgeQuotaFallbackActive": ("node_down", 0.5),
    "EdgeQuotaAuthErrors": ("high_error_rate", "1.87"),
    "EdgeQuotaAuthLatencyHigh": ("high_latency", 1.38),
    "EdgeQuotaEventsDropped": (OUT, "usage events dropped because a ring buffer overflows: dropping (null) or a full buffer waiting (queue_backlog) not settled"),
    "EdgeQuotaEventSendFailures": ("high_error_rate", 0.2),
    "EdgeQuotaLowCacheHitRate": (None, "21.4%"),
    "EdgeQuotaHighMemory": ("out_of_memory", "91.2%"),
    "EdgeQuotaHighGoroutines": (None, 14873),
    "EdgeQuotaConfigReloadStale": (None, "1d 3h 12m 40s"),
}, {"instance": "10.42.3.17:9090", "job": "edgequota", "namespace": "edge", "pod": "edgequota-6f9c7d8b5-x2kqp"},
    {"pool": "ratelimit"})


# ---------------------------------------------------------------------------------------------
# mesh-db/mesh: deploy/prometheus/alerts.yaml (a multi-raft graph database's own rules)
MESHDB = ("mesh-db/mesh", "deploy/prometheus/alerts.yaml", "876825476034d85adc60a67124d1cb3385157de4")
take(*MESHDB, {
    "MeshdbPeerDown": ("node_down", 0),
    "MeshdbMetaWithoutLeader": (OUT, "a peer leading no partitions: an election in flight or a drained peer (planned), not settled"),
    "MeshdbApplyLagHigh": ("replication_lag", 1874),
    "MeshdbInDoubtPreparesStuck": (OUT, "in-doubt two-phase-commit PREPAREs staged: neither a queue of work nor a detected deadlock, not settled"),
    "MeshdbDdlGateTimeout": (OUT, "a DDL not applied by every peer within its deadline: a time limit on the operation's own propagation, neither lag measured nor an upstream timeout"),
    "MeshdbHighQueryLatency": ("high_latency", 1.73),
}, {"instance": "meshdb-1.meshdb.svc:9464", "job": "meshdb"}, {"group": "3", "mode": "multi-raft"})


# ---------------------------------------------------------------------------------------------
# magma/magma: the NMS's predefined alert sets (nms/server/alerts/{lte,feg,cwf}Alerts.ts, TypeScript
# objects of PromAlertConfig, read by ts_rules) and the 5G deployment's PrometheusRule
# (cn/deploy/helm/templates/alert_rules.yml, whose repeated `rules:` keys are merged into one list)
MAGMA = "magma/magma"
MAGMA_COMMIT = "a368d2096173e3bf49ddd99c36a787a6e7059267"


def ts_rules(text):
    """The PromAlertConfig objects of a magma alert-set module, in file order: alert, expr,
    labels and annotations (single-quoted or backtick strings)."""
    out = []
    for block in re.split(r"\n    '[^']+': \{\n", text)[1:]:
        def field(name):
            m = re.search(name + r":\s*(?:'((?:[^'\\\\]|\\\\.)*)'|`([^`]*)`)", block)
            return None if m is None else (m.group(1) if m.group(1) is not None else m.group(2))
        rule = {"alert": field("alert"), "expr": field("expr"), "labels": {"severity": field("severity")},
                "annotations": {}}
        for ann in ("description", "remediation", "troubleshooting"):
            v = field(ann)
            if v is not None:
                rule["annotations"][ann] = v
        out.append(rule)
    return out


def magma_ts(name, labels, base):
    path = f"nms/server/alerts/{name}.ts"
    take(MAGMA, path, MAGMA_COMMIT, labels, base,
         text=yaml.safe_dump({"groups": [{"name": name, "rules": ts_rules(show(MAGMA, MAGMA_COMMIT, path))}]}))


RPC_FAILS = "high_error_rate"
magma_ts("lteAlerts", {
    "Certificate Expiring Soon": ("certificate_expiry", 312),
    "Service Restart Alert": (None, 1),
    "Cpu Percent Alert": (None, 83.4),
    "High Disk Usage Alert": ("disk_full", 78.2),
    "High Memory Usage Alert": ("out_of_memory", 86.9),
    "Unexpected Service Restart Alert": (None, 1),
    "Service Crashlooping Alert": ("crash_loop", 5),
    "Sctpd Crashlooping Alert": ("crash_loop", 4),
    "Bootstrap Exception Alert": (None, 2),
    "S6A Auth Failure": (OUT, "subscriber authentication failures over S6a: failed logins or failed RPCs, not settled"),
    "S1 Setup Failure": (OUT, "an eNodeB's S1 setup (its interface to the core) failing: a link or a request, not settled"),
    "UE attach Failure": (OUT, "failed UE attach procedures: a failed request or a refused subscriber, not settled"),
    "High duplicate attach requests": (None, 231),
    "Gateway Checkin Failure": ("node_down", 0),
    "Dip in Connected UEs": (None, -0.62),
}, lambda name: {"networkID": "lte-net-prod", "gatewayID": "agw-site12"}
    if name not in ("Certificate Expiring Soon",) else {"instance": "orc8r-controller:9090", "service": "bootstrapper"})
magma_ts("fegAlerts", {
    "Certificate Expiring Soon": ("certificate_expiry", 168),
    "Service Restart Alert": (None, 0.2),
    "Cpu Percent Alert": (None, 88.1),
    "Unexpected Service Restart Alert": (None, 1),
    "Gateway Certificate is expiring": ("certificate_expiry", 1),
    "OCS CCR_INIT Send Failed": (RPC_FAILS, 14),
    "OCS CCR_UPDATE Send Failed": (RPC_FAILS, 37),
    "OCS CCR_TERMINATE Send Failed": (RPC_FAILS, 6),
    "PCRF CCR_INIT Send Failed": (RPC_FAILS, 12),
    "PCRF CCR_UPDATE Send Failed": (RPC_FAILS, 29),
    "PCRF CCR_TERMINATE Send Failed": (RPC_FAILS, 4),
    "AIR requests that failed to send to HSS": (RPC_FAILS, 18),
    "MAR requests that failed to send to HSS": (RPC_FAILS, 9),
    "SAR requests that failed to send to HSS": (RPC_FAILS, 7),
    "SWx Proxy RPC Failures": (RPC_FAILS, 11),
    "SEAP SIM SWx Proxy RPC Failures": (RPC_FAILS, 5),
    "EAP SIM Errors/Failures originated from peers": (OUT, "EAP-SIM errors or failures sent by peers: failed authentications or failed requests, not settled"),
}, lambda name: {"networkID": "feg-net-east", "gatewayID": "feg-gw-1"}
    if name not in ("Certificate Expiring Soon",) else {"instance": "orc8r-controller:9090", "service": "bootstrapper"})
magma_ts("cwfAlerts", {
    "Certificate Expiring Soon": ("certificate_expiry", 540),
    "Container Restarts": ("crash_loop", 212),
    "Container CPU Usage High": (None, 0.97),
    "SWx Proxy RPC Failures": (RPC_FAILS, 8),
    "EAP SIM SWx Proxy RPC Failures": (RPC_FAILS, 3),
    "EAP SIM Errors/Failures originated from peers": (OUT, "EAP-SIM errors or failures sent by peers: failed authentications or failed requests, not settled"),
}, lambda name: {"networkID": "cwf-net-1", "gatewayID": "cwag-hq-2", "name": "radius"}
    if name not in ("Certificate Expiring Soon",) else {"instance": "orc8r-controller:9090", "service": "bootstrapper"})

MAGMA_CN = "cn/deploy/helm/templates/alert_rules.yml"
_cn_text = show(MAGMA, MAGMA_COMMIT, MAGMA_CN)
_first = _cn_text.index("    rules:\n") + len("    rules:\n")
_cn_text = _cn_text[:_first] + _cn_text[_first:].replace("    rules:\n", "")
_down = [n for n in re.findall(r"- alert: (.+)", _cn_text) if n != "service_error"]
take(MAGMA, MAGMA_CN, MAGMA_COMMIT, dict(
    {"service_error": (OUT, "a count of unspecified service errors reported by the gateway: neither requests nor a named cause")},
    **{n: ("node_down", 0) for n in _down}), {"instance": "agw-5g-0:9091", "job": "magma-agw", "namespace": "kubevirt"},
    text=_cn_text)


# ---------------------------------------------------------------------------------------------
# aerospike/aerospike-monitoring: config/prometheus/aerospike_rules.yml (the vendor's own rules for
# the Aerospike database; 63 rules, cut to the first 60: XDRLatencyWarning, XDRLap and XDRRecoveries
# left unread)
AEROSPIKE = ("aerospike/aerospike-monitoring", "config/prometheus/aerospike_rules.yml",
             "87223069964c737e4815c18e51eea2b83654581c")
AS_CONN = "a fixed threshold on a count of client connections, no stated limit (rule 7)"
take(*AEROSPIKE, {
    "AerospikeExporterAgentDown": ("node_down", 0),
    "AerospikeNodeDown": ("node_down", 0),
    "NamespaceStopWrites": ("disk_full", 1),
    "AerospikeAllFlashAverageObjectsPerSprig": (None, 61.2),
    "AerospikeAverageObjectsPerSprig": (None, 5210),
    "AerospikeIndexStageSizeWarn": (None, 8589934592),
    "AerospikeSIndexStageSizeWarn": (None, 8589934592),
    "AerospikeIndexPressureDirtyMemoryWarn": (OUT, "dirty (unflushed) index memory against total: a write-back ratio, neither memory utilisation against a limit nor a settled look-alike"),
    "NamespaceDiskCloseToStopWrites": ("disk_full", 6),
    "NamespaceMemoryCloseToStopWrites": ("out_of_memory", 4),
    "NamespacePmemCloseToStopWrites": ("disk_full", 7),
    "NamespaceFreeMemoryCloseToStopWrites": ("out_of_memory", 3),
    "ActiveProxies": (None, 412),
    "NamespaceSupervisorFallingBehind": (OUT, "the expiration/eviction supervisor (NSUP) lagging: neither replication lag nor a queue of work settled"),
    "HwmBreached": (OUT, "high-water-disk-pct or high-water-memory-pct breached: which resource is not said"),
    "LowDeviceAvailWarning": ("disk_full", 48),
    "LowDeviceAvailCritical": ("disk_full", 19),
    "ClientTimeouts": (OUT, "client transactions timing out on the server (network or contention, either side): who gave up on what is not settled (rule 13)"),
    "LowMemoryNamespaceWarning": ("out_of_memory", 17),
    "LowMemoryNamespaceCritical": ("out_of_memory", 11),
    "DeviceWriteQWarning": (None, 6),
    "ShadowDeviceWriteQWarning": (None, 4),
    "DeviceDefragQWarning": (None, 2841),
    "ClockSkewStopWrites": (None, 1),
    "UnavailablePartitions": (OUT, "partitions unavailable with roster nodes missing: which member is down (or a partition of the network) is not settled"),
    "DeadPartitions": (OUT, "dead partitions after unclean shutdowns: data loss, neither a node down now nor a settled look-alike"),
    "NamespaceDataCloseToStopWrites": ("disk_full", 8),
    "LowDataAvailWarning": ("disk_full", 41),
    "LowDataAvailCritical": ("disk_full", 22),
    "HighDataUseNamespaceWarning": ("out_of_memory", 82.4),
    "HighDataUseNamespaceCritical": ("out_of_memory", 88.9),
    "PrometheusNodeExporterNotPresent": (None, 1),
    "BestPracticesFailure": (None, 2),
    "ClusterSize": (OUT, "cluster size below 3: members may have failed or been removed on purpose, not said"),
    "ClientConnectionsWarning": (OUT, AS_CONN),
    "ClientConnectionsCritical": (OUT, AS_CONN),
    "ClientConnectionChurn": (None, 143),
    "ClockSkewWarning": (None, 2711),
    "ClockSkewCritical": (None, 24180),
    "LowMemorySystemWarning": ("out_of_memory", 16),
    "LowMemorySystemCritical": ("out_of_memory", 7),
    "HeapEfficiencyWarning": (OUT, "heap efficiency (fragmentation) low: neither utilisation nor pressure against a limit"),
    "RwInProgressWarning": (OUT, "read/write transactions in progress on a device (\"underperforming storage\"): disk backlog or a request queue, not settled"),
    "DetailLogEnabled": (None, 1),
    "DebugLogEnabled": (None, 1),
    "pre7x_NamespaceSetQuotaWarning": ("disk_full", 83),
    "pre7x_NamespaceSetQuotaAlertCritical": ("disk_full", 99.4),
    "NamespaceSetQuotaWarning": ("disk_full", 86),
    "NamespaceSetQuotaAlertCritical": ("disk_full", 99.7),
    "ReadLatencyP95Warning": ("high_latency", 3.1),
    "ReadLatencyP99Warning": ("high_latency", 6.4),
    "ReadLatencyP999Warning": ("high_latency", 21.7),
    "WriteLatencyP95Warning": ("high_latency", 5.2),
    "WriteLatencyP99Warning": ("high_latency", 19.8),
    "WriteLatencyP999Warning": ("high_latency", 88.0),
    "XDRTimelag": ("replication_lag", 14),
    "XDRAbandonedRecords": (None, 0.4),
    "XDRRetryNoNode": (OUT, "XDR cannot tell which destination node is master: retries, neither lag nor a node down settled"),
    "XDRRetryConnReset": (OUT, "connection resets towards a destination cluster: a link or a peer, not settled"),
    "XDRRetryDest": (OUT, "retries on errors returned by the destination (key busy, device overload): not settled"),
}, {"instance": "10.0.4.21:9145", "job": "aerospike"},
    {"ns": "test", "cluster_name": "as-prod", "service": "10.0.4.21:3000", "device_index": "0", "dc": "dc-west",
     "set": "users"})

# ---------------------------------------------------------------------------------------------
# 3scale/3scale-operator: doc/prometheusrules/*.yaml (the PrometheusRules the operator deploys for
# each 3scale component, as documented); threescale-kube-state-metrics*.yaml left out (kubernetes-
# mixin wording: KubePodCrashLooping, KubePodNotReady, KubeContainerWaiting, CPUThrottlingHigh)
THREESCALE = "3scale/3scale-operator"
THREESCALE_COMMIT = "de2fb00501f99b53123dd9ba9c02bfd09d2a6793"
TS_NS = "3scale-prod"


def threescale(name, labels, job, extra=None):
    base = {"namespace": TS_NS, "job": f"{TS_NS}/{job}", "instance": "10.128.4.37:9421",
            "pod": f"{job}-1-x7k2q"}
    take(THREESCALE, f"doc/prometheusrules/{name}.yaml", THREESCALE_COMMIT, labels, base, extra)


threescale("apicast", {
    "ThreescaleApicastJobDown": ("node_down", 0),
    "ThreescaleApicastHttp4xxErrorRate": ("high_error_rate", 7.8),
    "ThreescaleApicastLatencyHigh": ("high_latency", 6.21),
    "ThreescaleApicastWorkerRestart": (None, 1),
}, "apicast-production")
threescale("backend-listener", {
    "ThreescaleBackendListener5XXRequestsHigh": ("high_error_rate", 6120),
    "ThreescaleBackendListenerJobDown": ("node_down", 0),
}, "backend-listener", {"resp_code": "5xx"})
threescale("backend-worker", {
    "ThreescaleBackendWorkerJobsCountRunningHigh": (None, 12480),
    "ThreescaleBackendWorkerJobDown": ("node_down", 0),
}, "backend-worker", {"container_name": "backend-worker"})
threescale("system-app", {
    "ThreescaleSystemApp5XXRequestsHigh": ("high_error_rate", 63),
    "ThreescaleSystemAppJobDown": ("node_down", 0),
}, "system-app")
threescale("system-sidekiq", {
    "ThreescaleSystemSidekiqJobDown": ("node_down", 0),
}, "system-sidekiq")
threescale("zync-que", {
    "ThreescaleZyncQueJobDown": ("node_down", 0),
    "ThreescaleZyncQueScheduledJobCountHigh": (None, 312),
    "ThreescaleZyncQueFailedJobCountHigh": (None, 287),
    "ThreescaleZyncQueReadyJobCountHigh": ("queue_backlog", 341),
}, "zync-que", {"exported_job": "ZyncWorker"})
threescale("zync", {
    "ThreescaleZyncJobDown": ("node_down", 0),
    "ThreescaleZync5XXRequestsHigh": ("high_error_rate", 57),
}, "zync")

# ---------------------------------------------------------------------------------------------
# cybozu-go/neco-apps: monitoring/base/victoriametrics/rules/<name>-alertrule.yaml (Cybozu's own
# VMRule files for its Neco data centres); files taken: cke, ingress, etcd, node, metallb, rook,
# cert-manager, sabakan, argocd (57 rules); monitoring, kubernetes, external-dns and the smaller
# files not read (the project is near 60 items)
NECO = "cybozu-go/neco-apps"
NECO_COMMIT = "50764bc8ff20b102d4241030c9f07920486045a7"


def neco(name, labels, base, extra=None):
    take(NECO, f"monitoring/base/victoriametrics/rules/{name}-alertrule.yaml", NECO_COMMIT, labels, base, extra)


neco("cke", {
    "CKEDown": ("node_down", 0),
    "CKENearlyDown": ("node_down", 0.33),
    "CKERestartsFrequently": ("crash_loop", 7),
    "CKENoLeader": (OUT, "no CKE leader elected: an election or every member down, not settled"),
    "CKEOperationTakesLongTime": (None, 1),
    "CKEPerformOps": (None, 1),
    "CKEDoesNotPerformAnyOps": (None, 0),
    "CKERebootQueueStuck": ("queue_backlog", 0),
    "CKESabakanIntegrationSeemsToBeFailed": (None, 0),
    "CKESabakanIntegrationDoesNotPerformAnyOps": (None, 0),
    "CKELeaderChangesFrequently": (None, 8),
}, {"job": "cke", "instance": "10.69.0.3:10180"})
neco("ingress", {
    "ContourGlobalDown": ("node_down", 1),
    "IngressGlobalDown": ("node_down", 1),
    "ContourForestDown": ("node_down", 1),
    "IngressForestDown": ("node_down", 1),
    "ContourBastionDown": ("node_down", 1),
    "IngressBastionDown": ("node_down", 1),
    "InvalidHTTPProxyExist": (None, 2),
}, lambda name: {"job": "contour-envoy" if name.startswith("Ingress") else "contour",
                 "kubernetes_namespace": "ingress-" + re.sub(r"^(Contour|Ingress)(\w+?)Down$", r"\2", name).lower()}
    if name.endswith("Down") else {"namespace": "app-shop", "label_team": "neco"})
neco("etcd", {
    "DatabaseSpaceExceeded": ("disk_full", 0.84),
    "LogicalDatabaseUsageIncreaseRapidly": (OUT, "growth of the in-use database size per hour: a fixed rate threshold, no capacity stated (rule 7)"),
    "BootserverEtcdMissing": ("node_down", 2),
    "CKEEtcdMissing": ("node_down", 2),
}, lambda name: {"job": "bootserver-etcd" if name.startswith("Bootserver") else "cke-etcd" if name.startswith("CKE")
                 else "cke-etcd", "instance": "10.69.0.196:2379"})
neco("node", {
    "NodeExporterDown": ("node_down", 0),
    "MonitorHWDown": ("node_down", 0),
    "ConntrackEntriesReachLimit": (OUT, "conntrack table entries near their limit: a kernel table of tracked flows, neither a connection pool nor a settled look-alike"),
    "AvailableMemoryTooLow": ("out_of_memory", 3.2),
    "AvailableFileSystemLow": ("disk_full", 21.7),
}, {"instance": "10.69.1.131:9100", "job": "node-exporter"}, {"address": "10.69.1.131", "mountpoint": "/var/lib/kubelet"})
neco("metallb", {
    "MetalLBControllerDown": ("node_down", 1),
    "MetalLBSpeakerDown": ("node_down", 0),
    "MetalLBBGPSessionDown": (None, 0),
    "MetalLBConfigStale": (None, 1),
    "MetalLBAddressPoolHighUtilization": (None, 0.92),
}, lambda name: {"job": "metallb-controller"} if name == "MetalLBControllerDown" else
    {"job": "metallb-speaker", "instance": "10.69.1.67:7472", "namespace": "metallb-system", "node": "rack1-cs3"},
    {"pool": "internet"})
neco("rook", {
    "CephHddIsDown": ("node_down", 1),
    "CephSsdIsDown": ("node_down", 1),
    "RookCephStatusIsError": (None, 2),
    "CephOSDIsNearlyNearFull": ("disk_full", 0.83),
}, lambda name: {"job": "rook", "namespace": "ceph-ssd" if name == "CephSsdIsDown" else "ceph-hdd",
                 "instance": "10.64.2.14:9283"}, {"ceph_daemon": "osd.17"})
neco("cert-manager", {
    # Left out by the maintainer: a second blind set has a rule of this name (session 28).
    "CertManagerDown": (OUT, "a rule of this name is in a blind set (second blind set test)"),
    "CertificateNotReady": (None, 1),
    "CertificateExpire": ("certificate_expiry", 1),
}, {"job": "cert-manager", "instance": "10.64.0.88:9402"},
    {"exported_namespace": "ingress-global", "name": "wildcard-global-tls"})
neco("sabakan", {
    "SabakanDown": ("node_down", 1),
    "SabakanMachineUnavailable10": (OUT, "unhealthy, unreachable, retiring or retired machines together: failures and planned retirement mixed"),
    "BootServerNotHealthy": (OUT, "a boot server in any non-healthy state (unhealthy, unreachable, retiring...): not settled"),
}, {"job": "sabakan", "instance": "10.69.0.3:10081"})
neco("argocd", {
    "AppOutOfSync": (None, 1),
    "AllAppMissing": (None, 1),
    "ArgoCDDown": ("node_down", 1),
}, {"job": "argocd", "namespace": "argocd"}, {"name": "ingress"})

# ---------------------------------------------------------------------------------------------
# vpsieinc/vpsie-k8s-autoscaler: deploy/prometheus/alerts.yaml (a ConfigMap; its `alerts.yaml` data
# holds the rules, read as they are loaded)
VPSIE = ("vpsieinc/vpsie-k8s-autoscaler", "deploy/prometheus/alerts.yaml", "bbbed3a4a62abb735f6087574988172871e2734a")
_vpsie_text = "\n---\n".join(d["data"]["alerts.yaml"] for d in yaml.safe_load_all(show(VPSIE[0], VPSIE[2], VPSIE[1])) if d)
take(*VPSIE, {
    "HighVPSieAPIErrorRate": ("high_error_rate", "17.4%"),
    "ControllerDown": (OUT, "no reconciliation activity (absent or zero rate of a work counter, not a liveness signal, rule 8) summarised as \"down\": name and measurement disagree"),
    "NodeProvisioningFailed": (None, 4),
    "NodeGroupAtMaxCapacity": (None, 10),
    "SlowNodeProvisioning": (None, "14m 22s"),
    "HighControllerReconcileDuration": (OUT, "p99 duration of a controller's reconcile loop: its own work, neither request latency nor a settled look-alike"),
    "VPSieAPIRateLimited": ("rate_limited", 0.3),
    "FrequentScaleDownBlocking": (None, 14),
    "HighSafetyCheckFailureRate": (None, "0.2"),
    "NodesStuckDraining": (None, 2),
    "RebalancingFailed": (None, 3),
    "UnschedulablePodsExtended": (None, 6),
    "HighReconciliationQueueDepth": ("queue_backlog", 27),
    "CostOptimizationStalled": (None, 184.5),
    "HighWebhookValidationLatency": ("high_latency", "1.84s"),
}, {"namespace": "kube-system", "pod": "vpsie-autoscaler-7d9f8c6b5-2mxkl", "instance": "10.244.1.23:8080",
    "job": "vpsie-autoscaler", "controller": "nodegroup"},
    {"method": "CreateVM", "nodegroup": "workers-general", "reason": "pdb", "check_type": "pdb", "constraint": "memory",
     "webhook": "vnodegroup-validator", "pending_pods": ""}, text=_vpsie_text)


# ---------------------------------------------------------------------------------------------
# opendecree/decree: deploy/prometheus/alerts.yaml (a configuration service's own rules)
DECREE = ("opendecree/decree", "deploy/prometheus/alerts.yaml", "26e63ba3dcdece72f8dd861e9c0a33934bea4eac")
take(*DECREE, {
    "DecreeDBPoolExhaustion": ("connection_pool_exhaustion", "97.5%"),
    "DecreeDBPoolHighUtilization": ("connection_pool_exhaustion", "84.4%"),
    "DecreeCacheMissRateHigh": (None, "62.3%"),
    "DecreePubSubDropped": (OUT, "events dropped because a subscriber channel is full: dropping (null) or a full queue waiting (queue_backlog) not settled"),
    "DecreeRateLimitRejectionHigh": ("rate_limited", "37.2"),
    "DecreeJWKSRefreshFailing": (None, 3),
    "DecreeCELCostCapExceeded": (None, 0.07),
}, {"instance": "10.0.12.5:9090", "job": "decree", "namespace": "decree", "pod": "decree-5c8d9f7b6-qrt4m"},
    {"pool": "primary"})

# ---------------------------------------------------------------------------------------------
# ray-project/kuberay: config/prometheus/rules/prometheusRules.yaml (its one alerting rule; the
# recording rule beside it is not an alert)
KUBERAY = ("ray-project/kuberay", "config/prometheus/rules/prometheusRules.yaml", "feeaf72facab4881ba2b179248bb67315634e229")
take(*KUBERAY, {
    "MissingMetricRayGlobalControlStore": (None, 1),
}, {})


# ---------------------------------------------------------------------------------------------
# appuio/emergency-credentials-controller: config/prometheus/prometheus_rule.yaml (its one rule)
APPUIO = ("appuio/emergency-credentials-controller", "config/prometheus/prometheus_rule.yaml",
          "5831fc3d8bfa90cc22462b9d1b1e6ec8f6cd9b88")
take(*APPUIO, {
    "EmergencyAccountTokenExpiring": (None, 431200),
}, {"emergency_account": "cluster-admin-emergency"})


# ---------------------------------------------------------------------------------------------
# smetal1/thunder-db: deploy/prometheus/alerts.yaml (a database's own rules)
THUNDER = ("smetal1/thunder-db", "deploy/prometheus/alerts.yaml", "6716b358ce68fe6cdc8923d6bb8bca1baf9835b4")
take(*THUNDER, {
    "ThunderDBDown": ("node_down", 0),
    "ThunderDBHighErrorRate": ("high_error_rate", "8.37"),
    "ThunderDBSlowQueries": ("high_latency", "7.12"),
    "ThunderDBDiskSpaceLow": ("disk_full", "8.64"),
    "ThunderDBDiskSpaceCritical": ("disk_full", "3.91"),
    "ThunderDBHighConnections": ("connection_pool_exhaustion", "86.25"),
    "ThunderDBReplicationLag": ("replication_lag", "47.3"),
    "ThunderDBBackupFailed": (None, "2d 3h 14m 5s"),
}, {"instance": "thunderdb-1.db.internal:9187", "job": "thunderdb"})


# ---------------------------------------------------------------------------------------------
# YASSERRMD/celrix: deploy/prometheus/alerts.yaml (an in-memory cache's own rules)
CELRIX = ("YASSERRMD/celrix", "deploy/prometheus/alerts.yaml", "718b33abab706ac4d8891fd8d4146f1313955a7c")
take(*CELRIX, {
    "CelrixHighMemory": ("out_of_memory", 0.87),
    "CelrixReplicationLag": ("replication_lag", 2416384),
    "CelrixNodeDown": ("node_down", 0),
    "CelrixHighLatency": ("high_latency", 0.023),
    "CelrixSplitBrain": (None, 2),
}, {"instance": "celrix-2:9100", "job": "celrix"})

FILES.write("rulesets28c.jsonl")
