"""rulesets30d.jsonl: whole alerting-rule files of public projects no corpus used before (session 30,
fourth helper: infrastructure -- hypervisors (VMware, Proxmox), network devices and SD-WAN, BMC/IPMI
hardware, UPS, home-lab and NOC monitoring stacks).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import BLIND2, RuleFiles  # noqa: E402


OUT = "OUT"
FILES = RuleFiles()
take = FILES.take

NO_LIMIT_CONN = "a fixed threshold on a connection count, no stated limit (rule 7)"
NO_LIMIT_MEM = "a fixed threshold on memory bytes, no stated limit (rule 8)"


# ---------------------------------------------------------------------------------------------
# pryorda/vmware_exporter: alerts/vmware.rules.yml (the VMware vCenter/ESXi exporter's own example
# rules; its older alerts/vmware.rules is not valid YAML and is not read)
VMWARE = ("pryorda/vmware_exporter", "alerts/vmware.rules.yml", "9f9bfaf0b96cdaeb3ff293c1d489f9f3c716097f")
take(*VMWARE, {
    "VMWarnMemoryUsage": ("out_of_memory", "92.47"),
    "VMCritMemoryUsage": ("out_of_memory", "96.81"),
    "VMWarnNumberSnapshots": (None, 2),
    "VMCritNumberSnapshots": (None, 4),
    "VMWarnAgeSnapshots": (None, "9"),
}, {"instance": "vmware-exporter.example.org:9272", "job": "vmware_vm", "vm_name": "app-db-02",
    "host_name": "esxi-03.example.org", "cluster_name": "prod-cluster", "dc_name": "dc1"})


# ---------------------------------------------------------------------------------------------
# LFDM-85/observability-stack: prometheus/alerts/proxmox.yml and prometheus/alerts/host.yml (a
# home-lab stack's own Proxmox VE and host rules; host.yml is written in Portuguese)
LFDM = "LFDM-85/observability-stack"
LFDM_COMMIT = "a4773e4668a2de649cf4b6161f685b40f23a67cd"
take(LFDM, "prometheus/alerts/proxmox.yml", LFDM_COMMIT, {
    "ProxmoxNodeDown": ("node_down", 0),
    "ProxmoxNodeHighCPU": (None, "88.4"),
    "ProxmoxNodeHighCPUCritical": (None, "97.2"),
    "ProxmoxNodeHighMemory": ("out_of_memory", "92.3"),
    "ProxmoxNodeHighMemoryCritical": ("out_of_memory", "98.6"),
    "ProxmoxNodeHighIOWait": (None, "18.7"),
    "ProxmoxGuestDown": ("node_down", 0),
    "ProxmoxGuestHighCPU": (None, "91.0"),
    "ProxmoxGuestHighMemory": ("out_of_memory", "93.5"),
    "ProxmoxStorageHighUsage": ("disk_full", "87.2"),
    "ProxmoxStorageHighUsageCritical": ("disk_full", "96.4"),
    "ProxmoxStoragePredictiveFill": ("disk_full", 1.084),
}, {"instance": "192.168.1.10:9221", "job": "proxmox"},
    {"name": "vm-docker-01", "storage": "local-lvm", "id": "qemu/101"})
take(LFDM, "prometheus/alerts/host.yml", LFDM_COMMIT, {
    "InstanceDown": ("node_down", 0),
    "HostCpuHighUsageWarning": (None, "84.3"),
    "HostCpuHighUsageCritical": (None, "96.8"),
    "HostMemoryHighUsageWarning": ("out_of_memory", "83.1"),
    "HostMemoryHighUsageCritical": ("out_of_memory", "96.2"),
    "HostDiskSpaceWarning": ("disk_full", 11.6),
    "HostDiskSpaceCritical": ("disk_full", 3.9),
    "HostHighLoad": (None, 2.4),
    "HostNetworkReceiveErrors": (None, 0.018),
    "HostNetworkTransmitErrors": (None, 0.013),
    "HostHighIOWait": (None, "14.2"),
    "HostOOMKill": ("out_of_memory", 1),
    "HostTcpConnectionsHigh": (OUT, NO_LIMIT_CONN),
    "HostMemoryPredictiveFill": ("out_of_memory", -52428800),
    "HostCpuTrendWarning": (None, 74.1),
    "HostSwapUsageWarning": ("out_of_memory", "86.0"),
    "HostFilesystemInodesPrediction": ("disk_full", -1520),
}, {"instance": "192.168.1.20:9100", "job": "node"},
    {"mountpoint": "/var/lib/docker", "device": "enp3s0"})


# ---------------------------------------------------------------------------------------------
# xNiicki/argus: prometheus/alerts/{proxmox,network,uptime,resources,certs}.yml (a home-lab and
# cross-site monitoring stack's own rules, each with likely_cause/next_step annotations)
ARGUS = "xNiicki/argus"
ARGUS_COMMIT = "4ec6d78b004e5103ad8e26ab35772b1442840c3e"
_ARGUS_PVE = {"instance": "pve-01.home.arpa:8006", "job": "pve", "cluster": "homelab", "node": "pve-01",
              "host": "pve-01"}
_ARGUS_TEXTFILE = {"instance": "pve-01.home.arpa:9100", "job": "node", "host": "pve-01"}
take(ARGUS, "prometheus/alerts/proxmox.yml", ARGUS_COMMIT, {
    "ProxmoxExporterDown": ("node_down", 0),
    "ProxmoxGuestDown": ("node_down", 0, {"id": "qemu/104"}),
    "ProxmoxStorageFull": ("disk_full", "91", {"id": "storage/pve-01/local-zfs"}),
    "ProxmoxClusterNoQuorum": (None, 0, {"id": "cluster/homelab"}),
    "ZfsPoolDegraded": (None, 1),
    "ZfsScrubOverdue": (None, 3265920),
    "ProxmoxBackupFailed": (None, 1),
    "ProxmoxBackupStale": (None, 141120),
}, lambda name: _ARGUS_TEXTFILE if name.startswith(("Zfs", "ProxmoxBackup")) else _ARGUS_PVE,
    {"id": "qemu/104", "pool": "tank", "guest": "104-nextcloud"})
_ARGUS_ICMP = {"instance": "192.168.10.1", "job": "blackbox-icmp", "site": "home", "target_name": "opnsense-gw"}
take(ARGUS, "prometheus/alerts/network.yml", ARGUS_COMMIT, {
    "GatewayUnreachable": ("node_down", 0, {"tier": "gateway"}),
    "WanDown": (OUT, "every WAN anchor unreachable: the site's uplink (a link, rule 9) rather than the anchors, as its description says; not settled"),
    "HighPacketLossWan": (None, 0, {"tier": "wan", "instance": "1.1.1.1", "target_name": "cloudflare"}),
    "HighLatencyCrossSite": (None, "0", {"tier": "cross-site", "instance": "10.99.0.1", "target_name": "hetzner-fsn1"}),
    "CrossSitePathDown": (OUT, "the homelab-to-Hetzner path failing its ping: a VPN/tunnel path (a link, rule 9) or the peer site down, not settled"),
    "DnsResolutionFailing": ("dns_failure", 0, {"job": "blackbox-dns", "instance": "192.168.10.53", "target_name": "pihole"}),
}, _ARGUS_ICMP, {"resolver": "pihole", "tier": "gateway"})
_ARGUS_UPTIME = {
    "HostDown": {"instance": "nas-01.home.arpa:9100", "job": "node", "host": "nas-01", "role": "storage"},
    "ServicePortDown": {"instance": "192.168.10.20:5432", "job": "blackbox-tcp", "service": "postgres"},
}
take(ARGUS, "prometheus/alerts/uptime.yml", ARGUS_COMMIT, {
    "HostDown": ("node_down", 0),
    "ServicePortDown": ("node_down", 0),
    "HttpEndpointDown": ("node_down", 0),
    "HttpEndpointSlow": ("high_latency", "4.7"),
}, lambda name: _ARGUS_UPTIME.get(name, {"instance": "https://cloud.home.arpa", "job": "blackbox-http",
                                         "service": "nextcloud"}))
take(ARGUS, "prometheus/alerts/resources.yml", ARGUS_COMMIT, {
    "HighCpu": (None, "94"),
    "HighMemory": ("out_of_memory", "95"),
    "DiskFillingUp": ("disk_full", "9"),
    "DiskWillFillSoon": ("disk_full", -2147483648),
    "SmartFailurePredicted": (None, 0),
    "HighTemperature": (None, "88"),
    "HighLoad": (None, 2.6),
    "ContainerRestartLoop": ("crash_loop", 4, {"instance": "docker-01.home.arpa:8080", "job": "cadvisor",
                                               "host": "docker-01", "name": "immich-server"}),
}, {"instance": "nas-01.home.arpa:9100", "job": "node", "host": "nas-01"},
    {"mountpoint": "/srv/data", "sensor": "temp1", "name": "immich-server"})
take(ARGUS, "prometheus/alerts/certs.yml", ARGUS_COMMIT, {
    "CertExpiringSoon": ("certificate_expiry", 1555200),
    "CertExpiringCritical": ("certificate_expiry", 302400),
}, {"instance": "https://vault.example.net", "job": "blackbox-ssl", "service": "vaultwarden"})


# ---------------------------------------------------------------------------------------------
# boxops/netauto_lab: prometheus/alerts/network.yml (a network-automation lab's own rules: SNMP
# interface and BGP series from Telegraf, ICMP/HTTP probes, host resources)
NETAUTO = ("boxops/netauto_lab", "prometheus/alerts/network.yml", "ed0ede395f0eb740073bc9a51b0d9101630e17d9")
_NA_SNMP = {"instance": "telegraf:9273", "job": "telegraf", "sysName": "leaf2", "agent_host": "172.20.20.12",
            "ifDescr": "Ethernet3"}
_NA_NODE = {"instance": "monitoring-vm:9100", "job": "node"}
_NA_BASE = {
    "DeviceDown": {"instance": "172.20.20.12", "job": "icmp-probes"},
    "HighCPUUsage": _NA_NODE,
    "HighMemoryUsage": _NA_NODE,
    "DiskSpaceRunningLow": dict(_NA_NODE, mountpoint="/", device="/dev/sda1", fstype="ext4"),
    "BGPPeerDown": {"instance": "telegraf:9273", "job": "telegraf", "sysName": "spine1",
                    "agent_host": "172.20.20.2", "bgpPeerRemoteAddr": "10.0.1.3"},
    "BGPPrefixCountDecreased": {"instance": "telegraf:9273", "job": "telegraf", "sysName": "spine1",
                                "agent_host": "172.20.20.2", "bgpPeerRemoteAddr": "10.0.1.3"},
    "PrometheusConfigReloadFailed": {"instance": "localhost:9090", "job": "prometheus"},
}
take(*NETAUTO, {
    "DeviceDown": ("node_down", 0),
    "ServiceDown": (OUT, BLIND2),
    "InterfaceDown": (None, 2),
    "InterfaceAdminDown": (None, 2),
    "HighInterfaceUtilization": (None, "86.42%"),
    "InterfaceHighErrorRate": (None, 0.034),
    "HighCPUUsage": (None, "93.18"),
    "HighMemoryUsage": ("out_of_memory", 91.7),
    "DiskSpaceRunningLow": ("disk_full", "8712%"),
    "BGPPeerDown": (None, 1),
    "BGPPrefixCountDecreased": (None, -0.35),
    "PrometheusConfigReloadFailed": (None, 0),
}, lambda name: _NA_BASE.get(name, _NA_SNMP))


# ---------------------------------------------------------------------------------------------
# RealityNZ/vice-monitoring-infrastructure: prometheus/rules/network.yml (a community network's
# own network rules)
VICE = ("RealityNZ/vice-monitoring-infrastructure", "prometheus/rules/network.yml", "e7ff616f873d0a1030ec4022b4a1a91c16250d3c")
take(*VICE, {
    "HighNetworkBandwidth": (None, 1184000000),
    "NetworkInterfaceDown": (None, 0),
    "HighNetworkErrors": (None, 14.2),
    "HighNetworkDrops": (None, 8.6),
    "HighTCPConnections": (OUT, NO_LIMIT_CONN),
    "TCPListenQueueFull": (OUT, "TCP listen-queue overflows counted since boot: connections dropped at a full accept queue, neither a pool against its limit nor work waiting (not settled)"),
    "NetworkSpeedMismatch": (None, 12500000),
    "DNSResolutionFailure": ("dns_failure", 0.0667),
    "HighHTTPResponseTime": ("high_latency", 2.71),
    "SSLCertificateExpiringSoon": ("certificate_expiry", 1987200, {"instance": "https://status.vice.example.nz", "job": "blackbox-ssl"}),
    "HighNetworkLatency": (None, 0.142),
    "HighPacketLoss": (None, 0.08),
}, {"instance": "vice-gw-01:9100", "job": "linux-hosts"}, {"device": "eth0"})


# ---------------------------------------------------------------------------------------------
# CanuteTheGreat/patronus: prometheus/alerts.yml (an SD-WAN/firewall project's own rules: paths,
# BFD, QoS, DPI, SLA, its dashboard and API)
PATRONUS = ("CanuteTheGreat/patronus", "prometheus/alerts.yml", "bce18c7613f2b132577efd9ff5a3b698f585ffae")
take(*PATRONUS, {
    "DashboardDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", "7.3%"),
    "HighLoginFailureRate": (OUT, "rejected logins (wrong credentials): neither requests failing nor a cause POLICY settles"),
    "NoActiveUsers": (None, 0),
    "PathDown": (None, 3),
    "HighPathLatency": (None, 142.5),
    "HighPacketLoss": (None, 7.2),
    "HighDatabaseQueryTime": ("high_latency", 1.42),
    "DatabaseErrors": (OUT, "database errors per second: what fails (queries, connections) and why not said"),
    "HighMemoryUsage": (OUT, NO_LIMIT_MEM),
    "SlowHTTPResponses": ("high_latency", 2.83),
    "HighWebSocketConnections": (OUT, NO_LIMIT_CONN),
    "HighSiteCount": (None, 57),
    "HighPolicyCount": (None, 118),
    "BfdSessionDown": (None, 1),
    "BfdSlowDetection": (None, 1350),
    "BfdHighPacketLoss": (None, "14.2%"),
    "CompressionDisabled": (None, 0),
    "LowCompressionRatio": (None, "3.1%"),
    "CompressionErrors": (None, 0.04),
    "FrequentFailovers": (None, 7),
    "FailoverCooldown": (None, 1),
    "DpiClassificationFailure": (None, 0.37),
    "DpiLowAccuracy": (None, "6210%"),
    "DpiHighUnknownTraffic": (None, "4120%"),
    "QosBufferOverflow": (None, 23),
    "QosHighDropRate": (OUT, "packets dropped by traffic shaping: a shaper limiting packets, not throttled requests (rule 7), not settled"),
    "QosRealtimeLatencyViolation": (None, 63.4),
    "SlaLatencyViolation": (None, 0),
    "SlaPacketLossViolation": (None, 0),
    "SlaJitterViolation": (None, 0),
    "SlaComplianceLow": (None, "9120%"),
}, {"instance": "patronus-01:8080", "job": "patronus-dashboard"},
    {"path_id": "site-a-wan1-to-hub", "session_id": "bfd-7", "class": "realtime", "type": "select",
     "path": "/api/v1/paths", "paths_total": "", "target_latency_ms": "50", "target_loss_pct": "1",
     "target_jitter_ms": "10"})


# ---------------------------------------------------------------------------------------------
# ion-lgb/bmc-monitor: prometheus/rules/ipmi.yml (a BMC/IPMI monitoring stack's own rules, in
# Chinese, with its alert-forwarding webhook's rules)
BMC = ("ion-lgb/bmc-monitor", "prometheus/rules/ipmi.yml", "7c8e55d315aef47502ae9ac0cd03bb8934f2d14b")
take(*BMC, {
    "BMCUnreachable": ("node_down", 0),
    "BMCReachableWithPartialFailure": (None, 0),
    "CpuTemperatureHigh": (None, 93),
    "GpuTemperatureHigh": (None, 91),
    "FanSensorCritical": (None, 1, {"name": "FAN3"}),
    "PsuSensorCritical": (None, 2, {"name": "PSU2 Status"}),
    "AlertWebhookDown": ("node_down", 0, {"instance": "alert-webhook:8000", "job": "alert-webhook"}),
    "AlertDeliveryFailed": ("high_error_rate", 3, {"instance": "alert-webhook:8000", "job": "alert-webhook"}),
    "MemorySensorCritical": (None, 1, {"name": "DIMM_B2"}),
}, {"instance": "10.20.8.31", "job": "ipmi"}, {"name": "FAN3"})


# ---------------------------------------------------------------------------------------------
# Yakrel/proxmox-homelab-automation: config/prometheus/rules/homelab-alerts.yml (a Proxmox home
# lab's own rules for its LXC containers, Docker containers and Proxmox host; the file was removed
# later, read at the last commit that has it)
YAKREL = ("Yakrel/proxmox-homelab-automation", "config/prometheus/rules/homelab-alerts.yml",
          "018b190bfbb438bc31359a4f2119fbb5d8571f2d")
_YK_LXC = {"instance": "pve:9221", "job": "pve", "id": "lxc/104", "name": "media", "node": "pve"}
_YK_CADV = {"instance": "lxc-media:8080", "job": "cadvisor", "name": "jellyfin"}
_YK_NODE = {"instance": "pve:9221", "job": "pve", "id": "node/pve", "node": "pve", "type": "node"}
_YK_STORAGE = {"instance": "pve:9221", "job": "pve", "id": "storage/pve/datapool", "node": "pve",
               "storage": "datapool"}
_YK_BASE = {
    "ProxmoxHostHighCPU": _YK_NODE,
    "ProxmoxHostHighMemory": _YK_NODE,
    "ProxmoxStorageDiskSpaceLow": _YK_STORAGE,
    "ProxmoxStorageDiskSpaceCritical": _YK_STORAGE,
    "PrometheusTargetDown": {"instance": "lxc-files:9100", "job": "node"},
    "PromtailTargetDown": {"instance": "lxc-media:9080", "job": "promtail"},
}
take(*YAKREL, {
    "LXCContainerDown": ("node_down", 0),
    "LXCHighCPUUsage": (None, "93.41%"),
    "LXCHighMemoryUsage": ("out_of_memory", "94.2%"),
    "LXCDiskSpaceLow": ("disk_full", "88.73%"),
    "ProxmoxHostHighCPU": (None, "89.6%"),
    "ProxmoxHostHighMemory": ("out_of_memory", "91.07%"),
    "ContainerOOMEvent": ("out_of_memory", 1),
    "ProxmoxStorageDiskSpaceLow": ("disk_full", "87.5%"),
    "ProxmoxStorageDiskSpaceCritical": ("disk_full", "96.12%"),
    "PrometheusTargetDown": ("node_down", 0),
    "ContainerHighCPUUsage": (None, "97.3"),
    "ContainerRestartedRecently": (None, 1),
    "ContainerScrapeErrors": (None, 1),
    "HighNetworkErrors": (None, 12.5),
    "PromtailTargetDown": ("node_down", 0),
    "LokiPushErrors": ("high_error_rate", 0.0833),
    "TooManyAlertsFiring": (None, 14),
}, lambda name: _YK_BASE.get(name, _YK_CADV if name.startswith(("Container", "HighNetwork")) else _YK_LXC))


# ---------------------------------------------------------------------------------------------
# cplieger/docker-nut-upsd: alerts.yaml (a NUT UPS daemon image's own Loki-ruler rules on its
# upsmon event log lines; four rules, fewer than the five a file is preferred to have)
NUT = ("cplieger/docker-nut-upsd", "alerts.yaml", "8197f7955b405e54a8860adfe1e25e1b244da88f")
take(*NUT, {
    "UPSLowBattery": (None, 1),
    "UPSForcedShutdown": (None, 1),
    "UPSCommsLost": (OUT, "upsmon could not reach the UPS (a NOCOMM log event): the device down, or its cable, driver or network path, not said"),
    "UPSPowerOffPathBroken": (None, 2),
}, {"container": "nut-upsd", "host": "nas-01"})


FILES.write("rulesets30d.jsonl")
