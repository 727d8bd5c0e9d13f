"""rulesets31b.jsonl: whole alerting-rule files of public projects no corpus used before (session 31,
second helper; networking and edge: VoIP/telecom platforms, mesh-VPN control planes, network
operations centres and SNMP/ISP monitoring stacks).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles  # noqa: E402

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets31b.jsonl")

FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# teliax/ringer-warp: the WARP voice platform (Kamailio SIP proxy, RTPEngine media relay, Homer,
# Consul, its API) -- its PrometheusRule files.
WARP = "teliax/ringer-warp"
WARP_COMMIT = "07dfb77e8ca0c889b3a1b9d7d439afe8214d5fb4"
WARP_KAMAILIO = {"instance": "10.0.3.21:9494", "job": "kamailio", "namespace": "warp-core",
                 "pod": "kamailio-6d9f7c5b8-2xk8p"}
WARP_RTP = {"instance": "10.0.3.34:9103", "job": "rtpengine", "namespace": "warp-core",
            "pod": "rtpengine-0"}
WARP_EXTRA = {"handler": "/v1/calls", "account_id": "acct-20931", "phase": "Pending",
              "deployment": "warp-api", "spec_replicas": "3", "persistentvolumeclaim": "homer-db-data",
              "node": "gke-warp-pool-1-7c2a", "device": "eth0"}


def warp_series(name):
    """RTPEngine's made-up series for the media rules, Kamailio's for the others."""
    media = ("RTP", "Rtp", "Media", "Jitter", "PacketLoss")
    return WARP_RTP if any(m in name for m in media) else WARP_KAMAILIO


WARP_PORTS = ("RTP media-port utilisation (ports used of the relay's port range): a port range, "
              "neither connections against a connection limit nor settled by POLICY")
take(WARP, "infrastructure/kubernetes/warp/alerting/enhanced-prometheus-rules.yaml", WARP_COMMIT, {
    "HighSIPFailureRate": ("high_error_rate", "7.3%"),
    "KamailioDown": ("node_down", 0),
    "HighMemoryUsage": ("out_of_memory", "93.2%"),
    "LowRegisteredUsers": (None, 4),
    "SIPRegistrationFailures": ("high_error_rate", 14.2),
    "RTPEngineDown": ("node_down", 0),
    "HighPacketLoss": (None, "4.1%"),
    "HighJitter": (None, 63.5),
    "RTPPortExhaustion": (OUT, WARP_PORTS),
    "MediaTimeouts": (None, 6.3),
    "RevenueDropAlert": (None, 0.74),
    "HighCallFailureRate": ("high_error_rate", "12.4%"),
    "HighChurnRate": (None, "6.1%"),
    "LowAccountBalance": (None, 7.5),
    "ConsulDown": ("node_down", 0),
    "APIHighLatency": ("high_latency", 1.84),
    "DatabaseConnectionFailure": (OUT, "database connection errors per second, no cause named (refused, timeout or pool): not settled"),
    "HomerStorageNearFull": (OUT, "a database's size over a fixed 80 GB, no capacity or limit stated (rule 8's fixed threshold without a limit)"),
    "HighErrorRate": ("high_error_rate", "6.8%"),
    "PodCrashLooping": ("crash_loop", 0.2),
    "PodNotReady": (OUT, "a pod in a phase other than Running or Succeeded (Pending, Failed, Unknown): not settled"),
    "DeploymentReplicasNotMatched": ("node_down", 2),
    "PersistentVolumeNearFull": ("disk_full", "87.3%"),
    "NodeNotReady": ("node_down", 0),
    "UnauthorizedAPIAccess": ("high_error_rate", 14.6),
    "SSLCertificateExpiringSoon": ("certificate_expiry", 21.4),
    "AnomalousTrafficPattern": (None, 3.4),
    "HighCPUUsage": (None, 86.2),
    "DiskSpaceRunningOut": ("disk_full", "11.2%"),
    "NetworkInterfaceSaturated": (None, "124.6M"),
}, warp_series, WARP_EXTRA)

take(WARP, "infrastructure/terraform/environments/v01/kubernetes/monitoring/alertmanager/rules/rtp-alerts.yaml", WARP_COMMIT, {
    "HighRtpJitter": (None, 57.3),
    "CriticalRtpJitter": (None, 112.8),
    "HighPacketLoss": (None, "1.8%"),
    "CriticalPacketLoss": (None, "6.2%"),
    "RtpEngineHighCpu": (None, 84.1),
    "RtpEngineDown": ("node_down", 0),
}, WARP_RTP)

take(WARP, "infrastructure/terraform/environments/v01/kubernetes/monitoring/alertmanager/rules/sip-alerts.yaml", WARP_COMMIT, {
    "HighSipErrorRate": ("high_error_rate", "6.4%"),
    "CriticalSipErrorRate": ("high_error_rate", "11.9%"),
    "LowActiveRegistrations": (None, 87),
    "HighCallSetupTime": ("high_latency", 2.7),
    "NoNewCalls": (None, 0),
}, WARP_KAMAILIO)


# ---------------------------------------------------------------------------------------------
# Await-d/edge-link: EdgeLink, a mesh-VPN control plane (device registry, topology, NAT
# traversal coordinator, tunnels) -- monitoring/prometheus/alerts.yml. Its Helm chart's
# PrometheusRule (thresholds from values) is not read.
EDGE = "Await-d/edge-link"
EDGE_COMMIT = "1568db7e4c0edffc6a2977880eb9e310169aa7b4"
EDGE_JOBS = {"APIGatewayDown": "api-gateway", "DeviceServiceDown": "device-service",
             "TopologyServiceDown": "topology-service", "NATCoordinatorDown": "nat-coordinator",
             "PostgreSQLDown": "postgres", "RedisDown": "redis", "RedisHighMemoryUsage": "redis",
             "RedisConnectionSpike": "redis", "HighDatabaseConnections": "postgres",
             "SlowDatabaseQueries": "postgres", "HighCPUUsage": "node", "HighMemoryUsage": "node",
             "DiskSpaceLow": "node", "DiskSpaceCritical": "node"}
EDGE_INSTANCES = {"postgres": "10.20.0.31:9187", "redis": "10.20.0.32:9121", "node": "10.20.0.11:9100"}


def edge_series(name):
    job = EDGE_JOBS.get(name, "api-gateway")
    return {"instance": EDGE_INSTANCES.get(job, "10.20.0.14:8080"), "job": job}


take(EDGE, "monitoring/prometheus/alerts.yml", EDGE_COMMIT, {
    "APIGatewayDown": ("node_down", 0),
    "DeviceServiceDown": ("node_down", 0),
    "TopologyServiceDown": ("node_down", 0),
    "NATCoordinatorDown": ("node_down", 0),
    "HighHTTPLatency": ("high_latency", 1.73),
    "HighGRPCLatency": ("high_latency", 0.82),
    "HighErrorRate": ("high_error_rate", "7.4%"),
    "HighOfflineDeviceRate": ("node_down", "24.3%"),
    "CriticalOfflineDeviceRate": ("node_down", "56.8%"),
    "DeviceRegistrationFailures": ("high_error_rate", 0.37),
    "RapidDeviceChurn": (None, 14.2),
    "HighTunnelFailureRate": (None, 0.8),
    "HighTunnelLatency": (None, 612),
    "TunnelPacketLoss": (None, "7.3%"),
    "HighCPUUsage": (None, 87.4),
    "HighMemoryUsage": ("out_of_memory", 89.2),
    "DiskSpaceLow": ("disk_full", 11.6),
    "DiskSpaceCritical": ("disk_full", 3.8),
    "PostgreSQLDown": ("node_down", 0),
    "HighDatabaseConnections": ("connection_pool_exhaustion", "84.5%"),
    "SlowDatabaseQueries": (OUT, "named slow queries, but the expression is a fetched/returned tuple ratio, not a query time (rule 8: name and expression disagree)"),
    "RedisDown": ("node_down", 0),
    "RedisHighMemoryUsage": ("out_of_memory", "93.1%"),
    "RedisConnectionSpike": (OUT, "the growth rate of a connected-client count, no limit stated (rule 7)"),
    "AlertDeliveryFailures": (OUT, "failed outbound notification deliveries, no cause named: neither requests served nor settled"),
    "AlertBacklogGrowing": ("queue_backlog", 1487),
    "HighAuthFailureRate": ("high_error_rate", 7.8),
    "KeyExpirationWarningsFailing": (None, 0.0006),
}, edge_series)


# ---------------------------------------------------------------------------------------------
# bforejt/o11y-composer: an SNMP network-monitoring stack's starter rules,
# prometheus/alerts/network.yml.
take("bforejt/o11y-composer", "prometheus/alerts/network.yml", "1c8a9922afd293db1091fe17c43a1a54896f421a", {
    "InterfaceDown": (None, 2),
    "InterfaceHighUtilization": (None, 0.87),
    "InterfaceErrors": (None, 3.2),
    "TargetDown": ("node_down", 0),
    "SNMPScrapeFailure": (None, 27.4),
}, {"instance": "10.44.0.2", "job": "snmp", "ifDescr": "GigabitEthernet1/0/24", "ifIndex": "10124",
    "ifAdminStatus": "1"})


# ---------------------------------------------------------------------------------------------
# Thr1v/network-monitor: SNMP switch and blackbox monitoring, prometheus/rules/network-alerts.yml.
take("Thr1v/network-monitor", "prometheus/rules/network-alerts.yml", "28665e9ff227ddad16e2fb8cc252a45ebff2be3a", {
    "PrometheusTargetDown": ("node_down", 0),
    "NetworkDeviceDown": ("node_down", 0),
    "InterfaceHighInboundUsage": (None, 912000000),
    "InterfaceHighOutboundUsage": (None, 874000000),
    "InterfaceErrorsIncreasing": (None, 23),
    "InterfaceDiscardsIncreasing": (None, 41),
}, {"instance": "192.168.10.2", "job": "snmp-switches", "ifName": "Gi1/0/48", "ifIndex": "10148"})


# ---------------------------------------------------------------------------------------------
# gravity182/home-ops: a home cluster's own Cilium (CNI, kube-proxy replacement) rules,
# kubernetes/apps/kube-system/cilium/app/prometheusrule.yaml. Its other rule files hold one rule each
# or are not networking (authentik, flux, volsync...), not read.
take("gravity182/home-ops", "kubernetes/apps/kube-system/cilium/app/prometheusrule.yaml", "83a0f97e67f3c470b3e0a7e1031dbb9abfc08c4d", {
    "CiliumAgentControllersFailingHigh": (None, 3),
    "CiliumBPFMapPressureHigh": (None, "84.2%"),
    "CiliumBPFMapPressureCritical": (None, "96.7%"),
    "CiliumEndpointsNotReady": (None, 7),
    "CiliumEndpointRegenerationSlow": (OUT, "the agent's endpoint regeneration time (its own reconcile of policy and datapath): neither request latency nor settled"),
    "CiliumUnreachableNodes": ("node_down", 2),
    "CiliumNodeConnectivityUnreachable": ("node_down", 1),
    "CiliumHighPacketDropRate": (None, 14.3),
    "CiliumOperatorErrors": (None, 0.05),
    "CiliumAgentErrors": (None, 0.23),
    "CiliumIPCacheErrors": (None, 0.7),
}, {"namespace": "kube-system", "pod": "cilium-7xk2d", "node": "talos-w2", "instance": "192.168.1.22:9962",
    "job": "cilium-agent"},
    {"map_name": "cilium_lb4_services_v2", "source_node_name": "talos-w2", "type": "node", "reason": "Stale or unroutable IP",
     "direction": "EGRESS", "subsystem": "daemon", "level": "ERROR", "error": "cannot_overwrite_by_source"})


# ---------------------------------------------------------------------------------------------
# minhtt159/infra-talos: a home cluster's Envoy Gateway edge rules ("NOC baseline for the edge"),
# kubernetes/apps/network/envoy-gateway/app/prometheusrule.yaml.
INFRA_TALOS_PROXY = {"job": "network/envoy-proxy", "namespace": "network", "instance": "10.42.1.37:19001",
                     "pod": "envoy-network-internal-7f9c6d5b4-2kq8v"}


def infra_talos_series(name):
    if name == "GatewayCertExpiringSoon":
        return {"job": "cert-manager/cert-manager", "namespace": "network", "name": "wildcard-internal-tls",
                "instance": "10.42.2.11:9402"}
    if name == "EnvoyRatelimitDown":
        return {"job": "network/envoy-ratelimit", "namespace": "network", "instance": "10.42.1.52:6070",
                "pod": "envoy-ratelimit-5d8b9c7f6-xq2lm"}
    return INFRA_TALOS_PROXY


take("minhtt159/infra-talos", "kubernetes/apps/network/envoy-gateway/app/prometheusrule.yaml", "ca4d1e1e93eb13d657278914608f0e870107043d", {
    "EnvoyProxyDown": ("node_down", 0),
    "EnvoyHigh5xxRate": ("high_error_rate", 0.083),
    "EnvoyXdsDisconnected": (None, 0),
    "EnvoyUpstreamUnhealthy": ("node_down", 2),
    "EnvoyGatewayReconcileErrors": (None, 0.07),
    "EnvoyRatelimitDown": ("node_down", 0),
    "GatewayCertExpiringSoon": ("certificate_expiry", 1012345),
}, infra_talos_series, {"envoy_cluster_name": "httproute/media/jellyfin/rule/0"})


# ---------------------------------------------------------------------------------------------
# brunovlucena/home: a home cluster's Cloudflare Tunnel (cloudflared) rules and the external canary
# rules of the site it publishes, flux/clusters/homelab/infrastructure/cloudflare-tunnel/.
BRUNO = "brunovlucena/home"
BRUNO_COMMIT = "f8c1c0ff5f8d6684df055fd77f0960df32490576"
BRUNO_DIR = "flux/clusters/homelab/infrastructure/cloudflare-tunnel/"
take(BRUNO, BRUNO_DIR + "prometheus-rule.yaml", BRUNO_COMMIT, {
    "CloudflareTunnelDown": ("node_down", 0),
    "CloudflareTunnelHighRestartRate": ("crash_loop", 0.13),
    "CloudflareTunnelHighMemoryUsage": ("out_of_memory", "86.4%"),
    "CloudflareTunnelHighCPUUsage": (None, "91.2%"),
    "CloudflareTunnelNotReady": (OUT, "a pod's Ready condition false (readiness probe failing or starting): not settled"),
    "CloudflareTunnelHealthCheckFailing": ("node_down", 0),
    "CloudflareTunnelMetricsDown": ("node_down", 0),
    "CloudflareTunnelMultiplePodsDown": ("node_down", 0),
    "CloudflareTunnelConnectionErrors": (None, 3),
    "CloudflareTunnelHighLatency": (None, 1342),
}, {"instance": "10.42.0.88:2000", "job": "cloudflare-tunnel", "namespace": "cloudflare-tunnel",
    "pod": "cloudflared-6c9d8f7b5-4hx2m", "container": "cloudflared"})

take(BRUNO, BRUNO_DIR + "canary-monitoring.yaml", BRUNO_COMMIT, {
    "LucenaCloudHTTPDown": ("node_down", 0),
    "LucenaCloudHTTPSDown": ("node_down", 0),
    "LucenaCloudHighResponseTime": ("high_latency", 6.8),
    "LucenaCloudSSLCertExpiring": ("certificate_expiry", 21.6),
    "LucenaCloudDNSResolutionFailed": ("dns_failure", 0),
    "LucenaCloudMultipleEndpointsDown": ("node_down", 1),
    "LucenaCloudTunnelCorrelationAlert": ("node_down", 0),
}, {"instance": "https://lucena.cloud", "job": "lucena-cloud-https", "namespace": "cloudflare-tunnel",
    "probe": "http_2xx"})


# ---------------------------------------------------------------------------------------------
# keepwalking86/prometheus: an operator's SNMP rules for the office core switch (rules/network.yml)
# and for a Nexus switch (rules/network-v2.yml). Its other rule files (databases, hosts, JVM...)
# are not networking, not read.
KEEPWALKING = "keepwalking86/prometheus"
KEEPWALKING_COMMIT = "4acc15d726587ca7898a08379192b1088ed9653d"
KEEPWALKING_SWITCH = {"instance": "192.168.1.254", "job": "snmp", "ifName": "Gi1/0/12",
                      "ifDescr": "GigabitEthernet1/0/12", "ifIndex": "10112"}
PORT_CHANNEL = {"ifName": "Po1", "ifDescr": "Port-channel1", "ifIndex": "5001"}
take(KEEPWALKING, "rules/network.yml", KEEPWALKING_COMMIT, {
    "InterfaceDown": (None, 0),
    "ThroughputIn": (None, 612.4),
    "ThroughputOut": (None, 1436.2),
    "PortChannel": (None, 2000, PORT_CHANNEL),
    "ChangedInterfaceSpeed": (None, 100),
}, KEEPWALKING_SWITCH)

take(KEEPWALKING, "rules/network-v2.yml", KEEPWALKING_COMMIT, {
    "ThroughputIn": (None, 3124.7),
    "ThroughputOut": (None, 5210.3),
    "Switch254PortChannel": (None, 2000, PORT_CHANNEL),
    "Switch254ChangedSpeed": (None, 1000, {"ifName": "Ethernet1/11", "ifDescr": "Ethernet1/11", "ifIndex": "436209152"}),
    "NetworkInterfaceDown": (None, 2, {"ifName": "Ethernet1/47", "ifDescr": "Ethernet1/47", "ifIndex": "436231168"}),
}, KEEPWALKING_SWITCH)


FILES.write("rulesets31b.jsonl")
