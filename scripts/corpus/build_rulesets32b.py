"""rulesets32b.jsonl: whole alerting-rule files of public projects no corpus used before (session 32,
second helper; home-lab, self-hosted and IoT projects' own rules: Pi-hole on a Raspberry Pi,
Synology, Home Assistant, UPS/NUT, Proxmox, BTRFS/SMART storage).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles  # noqa: E402


FILES = RuleFiles()
take = FILES.take
BLIND = "shares its name with a blind set's rule"


# ---------------------------------------------------------------------------------------------
# vonrobak/fedora-homelab-containers: config/prometheus/alerts/*.yml (a Fedora home server's
# rootless-Podman homelab and its Raspberry Pi Pi-hole resolver; the author's own rules)
VONROBAK = "vonrobak/fedora-homelab-containers"
VONROBAK_COMMIT = "103714d836cebb6e0d062c06ad5c16769bcd6362"
VONROBAK_JOBS = {
    "HostDown": "immich", "PrometheusDown": "prometheus", "AlertmanagerDown": "alertmanager",
    "TraefikDown": "traefik", "GrafanaDown": "grafana", "LokiDown": "loki", "NodeExporterDown": "node_exporter",
    "CadvisorDown": "cadvisor", "CrowdSecDown": "crowdsec", "PiHoleNodeDown": "node-exporter-pi",
    "PiHoleExporterDown": "pihole", "RedisMetricsDown": "redis-immich", "PiHoleResolverHot": "node-exporter-pi",
    "PiHoleResolverCriticalTemp": "node-exporter-pi", "DnsResolverFunctionalFail": "blackbox-dns-functional",
    "DnsResolverBlocklistRegression": "blackbox-dns-blocked", "NextcloudMaintenanceStuck": "blackbox-nextcloud-status",
    "BlackboxProbeLayerDown": "blackbox-dns-functional",
}
VONROBAK_INSTANCES = {
    "immich": "immich-server:2283", "prometheus": "localhost:9090", "alertmanager": "alertmanager:9093",
    "traefik": "traefik:8080", "grafana": "grafana:3000", "loki": "loki:3100", "node_exporter": "fedora-htpc:9100",
    "cadvisor": "cadvisor:8080", "crowdsec": "crowdsec:6060", "node-exporter-pi": "192.168.1.69:9100",
    "pihole": "pihole-exporter:9617", "redis-immich": "redis-immich-exporter:9121",
    "blackbox-dns-functional": "192.168.1.69", "blackbox-dns-blocked": "192.168.1.69",
    "blackbox-nextcloud-status": "https://nextcloud.patriark.org/status.php",
}


def vonrobak_series(name):
    job = VONROBAK_JOBS.get(name, "node_exporter")
    return {"instance": VONROBAK_INSTANCES[job], "job": job}


VONROBAK_EXTRA = {"cn": "nextcloud.patriark.org", "container": "nextcloud", "device": "/dev/sda",
                  "type": "corruption_errs", "filesystem": "pool", "model": "WDC WD80EFZZ-68BTXN0",
                  "serial": "WD-CA1B2C3D", "mountpoint": "/"}
STALE = "a collector's own last-run age (the monitor's failure to collect, rule 16)"
take(VONROBAK, "config/prometheus/alerts/infrastructure-critical.yml", VONROBAK_COMMIT, {
    "HostDown": ("node_down", 0),
    "SystemDiskSpaceCritical": ("disk_full", "17.42%"),
    "BtrfsPoolSpaceCritical": ("disk_full", "8.913%"),
    "CertificateExpiringSoon": ("certificate_expiry", "5.831747685185185", {"cn": "nextcloud.patriark.org"}),
    "PrometheusDown": ("node_down", 0),
    "AlertmanagerDown": ("node_down", 0),
    "TraefikDown": ("node_down", 0),
    "GrafanaDown": (OUT, BLIND),
    "LokiDown": ("node_down", 0),
    "NodeExporterDown": ("node_down", 0),
    "CadvisorDown": ("node_down", 0),
    "CrowdSecDown": ("node_down", 0),
    "PromtailLogsStale": (None, 0),
    "PrometheusRuleEvaluationFailed": (None, 0.2),
    "AlertmanagerNotificationsFailing": (None, 0.1333),
}, vonrobak_series, VONROBAK_EXTRA)
take(VONROBAK, "config/prometheus/alerts/storage-health.yml", VONROBAK_COMMIT, {
    "BtrfsDeviceErrors": (None, 3),
    "BtrfsDeviceStatsStale": (None, "1h 42m 10s"),
    "SmartDeviceHealthFailed": (None, 0),
    "SmartCurrentPendingSectors": (None, 8),
    "SmartOfflineUncorrectable": (None, 2),
    "SmartNvmeCriticalWarning": (None, 4, {"device": "/dev/nvme0"}),
    "SmartReallocatedSectorsIncreasing": (None, 24),
    "SmartDiskTemperatureHigh": (None, 57),
    "SmartNvmeWearHigh": (None, 87, {"device": "/dev/nvme0"}),
    "SmartCollectorStale": (None, "4h 3m 12s"),
    "BtrfsScrubUncorrectableErrors": (None, 5),
    "BtrfsScrubCorrectedErrors": (None, 2),
    "BtrfsScrubOverdue": (None, "52d 3h 14m 7s"),
}, {"instance": "fedora-htpc:9100", "job": "node_exporter"}, VONROBAK_EXTRA)
take(VONROBAK, "config/prometheus/alerts/infrastructure-warnings.yml", VONROBAK_COMMIT, {
    "SystemDiskSpaceWarning": ("disk_full", "22.17%"),
    "BtrfsPoolSpaceWarning": ("disk_full", "13.48%"),
    "CertificateRenewalOverdue": ("certificate_expiry", "11.4", {"cn": "jellyfin.patriark.org"}),
    "HighCPUUsage": (None, "93.41"),
    "FilesystemFillingUp": ("disk_full", 4213870592),
    "MemoryPressureHigh": ("out_of_memory", "91.37%"),
    "SwapThrashing": ("out_of_memory", "1.843k"),
    "HighSystemLoad": (None, "1.73"),
}, {"instance": "fedora-htpc:9100", "job": "node_exporter"}, VONROBAK_EXTRA)
take(VONROBAK, "config/prometheus/alerts/dns-resolver-alerts.yml", VONROBAK_COMMIT, {
    "PiHoleNodeDown": ("node_down", 0),
    "PiHoleExporterDown": ("node_down", 0),
    "DnsResolverFunctionalFail": (OUT, "a DNS resolver's functional probe failing, worded both as the resolver down and as SERVFAIL/empty answers: node_down (rule 7) and dns_failure both read; not settled"),
    "DnsResolverBlocklistRegression": (None, 0),
    "PiHoleResolverHot": (None, "81.3"),
    "PiHoleResolverCriticalTemp": (None, "84.6"),
    "NextcloudMaintenanceStuck": (None, 0),
}, vonrobak_series, VONROBAK_EXTRA)
take(VONROBAK, "config/prometheus/alerts/service-health.yml", VONROBAK_COMMIT, {
    "ContainerMemoryPressure": ("out_of_memory", "88.2%"),
    "ContainerRestarting": ("crash_loop", "4"),
    "ContainerNotRunning": ("node_down", 1287.4),
    "RedisMetricsDown": ("node_down", 0),
    "BlackboxProbeLayerDown": ("node_down", 0),
}, vonrobak_series, VONROBAK_EXTRA)


# ---------------------------------------------------------------------------------------------
# jakekausler/homelab-monitor: deploy/vmalert/metrics/{synology,pihole,home-assistant}.yaml (a
# home-lab monitor's own vmalert rules over its collectors' homelab_* metrics)
HLM = "jakekausler/homelab-monitor"
HLM_COMMIT = "85d2b6d6e662f5b233a68c0b35bc832a71a32c06"
HLM_BASE = {"instance": "homelab-collector:9464", "job": "homelab-collector"}
HLM_EXTRA = {"mount": "/mnt/rackstation/media", "state": "exited", "volume": "volume1", "pool": "reuse_1",
             "raid": "SHR-1", "disk": "sata3", "model": "ST8000VN004-3CP101", "api": "SYNO.Core.System/info",
             "upstream": "127.0.0.1#5335", "address": "https://v.firebog.net/hosts/AdguardDNS.txt",
             "status": "failed", "client_name": "living-room-tv", "client_ip": "192.168.1.57",
             "component": "FTL", "outcome": "timeout", "entity_id": "sensor.front_door_lock_battery",
             "domain": "zwave_js", "title": "Z-Wave JS"}
HLM_SYNOLOGY_BASE = {"instance": "homelab-collector:9464", "job": "synology"}
take(HLM, "deploy/vmalert/metrics/synology.yaml", HLM_COMMIT, {
    "SynologyMountDown": (OUT, "a network mount of the NAS unresponsive (a mount, not the NAS's own liveness signal): not settled"),
    "PlexContainerDown": ("node_down", 1, {"name": "plex", "state": "exited"}),
    "PodcastFeedContainerDown": ("node_down", 1, {"name": "podcast-feed", "state": "dead"}),
    "SynologyVolumeNearFull": ("disk_full", 84.2),
    "SynologyVolumeAlmostFull": ("disk_full", 93.1),
    "SynologyVolumeDegraded": (None, 0),
    "SynologyPoolDegraded": (None, 0),
    "SynologyUnverifiedDisk": (None, 1),
    "SynologyScrubOverdue": (None, 1712345678),
    "SynologyScrubError": (None, 1),
    "SynologyDiskFailed": (None, 0),
    "SynologyDiskHighTemp": (None, 56),
    "SynologyUpsOnBattery": (None, 1),
    "SynologyUpsLowBattery": (None, 1),
    "SynologyDown": (OUT, "named Down, computes DSM's SystemHealth verdict and says it is not unreachability: name and expression disagree (rule 8)"),
    "SynologySysHighTemp": (None, 1),
    "SynologyHighCpuMem": (OUT, "CPU or memory above 90% in one rule (CPU is null, memory out_of_memory): not settled"),
    "SynologyNeedReboot": (None, 1),
    "SynologyApiSlow": ("high_latency", 2.84),
    "SynologyBackupFailed": (None, 0, {"job": "HyperBackup-B2"}),
    "SynologyNoBackupConfigured": (None, 1),
    "SynologyUpdateAvailable": (None, 1),
    "SynologyDsmSecurityUpdateAvailable": (None, 1),
    "SynologyPackageUpdateAvailable": (None, 3),
    "SynologySecurityAdvisorNotSafe": (None, 0),
}, HLM_SYNOLOGY_BASE, HLM_EXTRA)
HLM_PIHOLE_BASE = {"instance": "homelab-collector:9464", "job": "pihole"}
take(HLM, "deploy/vmalert/metrics/pihole.yaml", HLM_COMMIT, {
    "PiholeDown": ("node_down", 0),
    "PiholeContainerDown": ("node_down", 1, {"name": "pihole-unbound", "state": "restarting"}),
    "PiholeBlockRateCollapsed": (None, 0.42),
    "PiholeUpstreamAllDown": (OUT, "absent() of upstream query traffic (no queries forwarded), worded as resolution broken: an absence of traffic, not a measured resolution failure; not settled"),
    "PiholeBlockingDisabled": (None, 0),
    "PiholeBlockingDisabledIndefinitely": (None, 0),
    "PiholeUpstreamDown": (OUT, "one upstream's query count at zero, \"may be unreachable\" only guessed (rule 17): not settled"),
    "PiholeGravityStale": (None, 734512),
    "PiholeGravityDomainsDropped": (None, 212),
    "PiholeAdlistFailing": (None, 1),
    "PiholeMessagesPresent": (None, 3),
    "PiholeDbTooLarge": (OUT, "the FTL database above a fixed 5 GB, no free-space limit stated: not settled"),
    "PiholeClientFlooding": (None, 412873),
    "PiholeUpdateAvailable": (None, 1),
    "PiholeBlockRateSpike": (None, 63.7),
    "PiholeApiSlow": ("high_latency", 2.63),
    "UnboundServfailSpike": ("dns_failure", 3.217),
    "UnboundDnssecBogusSpike": ("dns_failure", 0.183),
    "UnboundRecursionSlow": ("high_latency", 1.42),
    "UnboundCacheHitLow": (None, 0.0071),
    "PiholeDnsProbeFailing": (OUT, "the direct :53 probe's outcome not ok (timeout, refused or SERVFAIL by its label): a single probe result whose reason the rule does not fix (rule 7); not settled"),
    "PiholeDnsSplitDivergence": ("dns_failure", 0),
}, HLM_PIHOLE_BASE, HLM_EXTRA)
take(HLM, "deploy/vmalert/metrics/home-assistant.yaml", HLM_COMMIT, {
    "HaUnreachable": ("node_down", 0),
    "HaConfigEntryError": (None, 1, {"state": "setup_error", "title": "Z-Wave JS", "domain": "zwave_js"}),
    "HaBatteryCritical": (None, 7),
    "HaBatteryLow": (None, 14),
    "HaUpdatesPending": (None, 3),
}, {"instance": "homelab-collector:9464", "job": "home-assistant"}, HLM_EXTRA)


# ---------------------------------------------------------------------------------------------
# sulibot/home-ops: kubernetes/apps/tier-1-infrastructure/kube-prometheus-stack/rules/
# prometheusrule-{home-control,nfs-gateway}.yaml (a home-ops cluster's own rules for its Home
# Assistant / Matter / Thread home control and its Proxmox-hosted NFS gateways)
SULIBOT = "sulibot/home-ops"
SULIBOT_COMMIT = "34144891668675714f3e2086e0d212b7db7c7de0"
SULIBOT_RULES = "kubernetes/apps/tier-1-infrastructure/kube-prometheus-stack/rules/"
SULIBOT_EXTRA = {"friendly_name": "Living Room", "namespace": "music-assistant", "cronjob": "music-assistant-config-backup",
                 "gateway": "nfsgw02"}
UNAVAILABLE_DEVICES = "home-automation end devices (Matter bulbs, media players) reported unavailable by Home Assistant: neither hosts nor services; not settled"
take(SULIBOT, SULIBOT_RULES + "prometheusrule-home-control.yaml", SULIBOT_COMMIT, {
    "Cluster104HomeAssistantMetricsDown": ("node_down", 0),
    "HomeAssistantWallSwitchAutomationDisabled": (None, 1),
    "HomeAssistantControlledMatterLightsUnavailable": (OUT, UNAVAILABLE_DEVICES),
    "HomeAssistantWallSwitchTargetMismatch": (None, 1, {"friendly_name": "Master Bedroom"}),
    "HomeAssistantWallSwitchFollowFailure": (None, 2),
    "HomeAssistantSemanticMetricsMissing": (None, 1),
    "HomeAssistantBilresaButtonEventsStale": (None, 1),
    "HomeAssistantBilresaButtonBatteryLow": (None, 2),
    "HomeAssistantBilresaButtonBatteryTelemetryMissing": (None, 1),
    "HomeAssistantMusicPlayersUnavailable": (OUT, UNAVAILABLE_DEVICES),
    "HomeAssistantMusicScriptTargetsUnavailable": (OUT, UNAVAILABLE_DEVICES),
    "HomeAssistantGoogleAssistantEndpointDown": ("node_down", 0),
    "Cluster104MatterServerEndpointDown": ("node_down", 0),
    "Cluster104OTBRThreadRouterUnhealthy": (OUT, "a Thread border router's check failing for being down, not a router, or too few routers: an application's unhealthy status (rule 9); not settled"),
    "HomeAssistantConfigBackupFailed": (None, 1),
    "HomeAssistantConfigBackupStale": (None, 151203),
    "HomeControlStateBackupFailed": (None, 1),
    "HomeControlStateBackupStale": (None, 140877),
    "HomeAssistantConfigDiskUsageHigh": ("disk_full", 84.3),
    "HomeAssistantConfigDiskUsageCritical": ("disk_full", 92.6),
}, {"cluster": "cluster-104", "instance": "hass-app.sulibot.com:443", "job": "home-assistant"}, SULIBOT_EXTRA)
take(SULIBOT, SULIBOT_RULES + "prometheusrule-nfs-gateway.yaml", SULIBOT_COMMIT, {
    "NFSSharedEndpointUnavailable": (OUT, "an end-to-end write/read/delete transaction failing through the NFS exports (a synthetic check that names no target down, rule 7): not settled"),
    "NFSSharedAvailabilityFastBurn": ("high_error_rate", 0.113),
    "NFSSharedAvailabilitySlowBurn": ("high_error_rate", 0.041),
    "NFSGatewayUnsafeHAState": (None, 0),
    "NFSGatewayFailoverCapacityLost": (OUT, "fewer than two Keepalived instances healthy, worded as lost failover redundancy: not settled"),
    "NFSGatewayCephRouteMissing": (None, 1),
    "NFSGatewayHealthInhibited": (None, 1),
    "NFSGatewayMetricsTargetDown": ("node_down", 2),
    "NFSGatewayMetricsStale": (None, 184),
    "NFSClientProbeStale": (None, 311),
    "NFSClientProbeLatencyHigh": (OUT, "an NFS synthetic transaction's mount and IO time (storage IO latency, rule 5, or request latency): not settled"),
    "NFSGatewayClusterPathDown": ("node_down", 0),
}, {"instance": "10.200.0.209:2049", "job": "nfs-gateway-observability", "service": "nfs-gateway-observability"}, SULIBOT_EXTRA)


# ---------------------------------------------------------------------------------------------
# d-uzlov/k8s-homelab: metrics/{smart,cadvisor,ephemeral-storage}/alert.yaml (a Kubernetes home
# lab's own rules for its disks, cgroups and ephemeral storage)
DUZLOV = "d-uzlov/k8s-homelab"
DUZLOV_COMMIT = "4932f17cfe18fe7224d3eee29a747f7460dcd657"
DUZLOV_BASE = {"instance": "nas-1.lan:9633", "job": "smartctl", "device": "nvme0"}
DUZLOV_EXTRA = {"namespace": "media", "pod": "jellyfin-7d9c6b5f4-x2k8q", "container": "jellyfin", "name": "immich_server",
                "id": "/system.slice/docker.service", "node": "k8s-worker-2", "volume_name": "transcode-cache",
                "container_label_com_docker_compose_project": "immich",
                "container_label_com_docker_compose_service": "immich-server"}
take(DUZLOV, "metrics/smart/alert.yaml", DUZLOV_COMMIT, {
    "SmartDeviceTemperatureOver75": (None, "76"),
    "SmartDeviceTempOverTrip": (None, "85"),
    "SmartDeviceTempeOverOperationalLimit": (None, "71"),
    "SmartDeviceTempeOverCriticalLimit": (None, "86"),
    "SmartStatusError": (None, 0),
    "SmartCriticalWarning": (None, 4),
    "SmartMediaErrors": (None, "3"),
    "SmartWearoutIndicator": (None, "8"),
    "SmartMissingDeviceBytesWritten": (None, 48211934, {"device": "sda"}),
    "SmartMissingDeviceBytesRead": (None, 51873310, {"device": "sda"}),
}, DUZLOV_BASE, DUZLOV_EXTRA)
take(DUZLOV, "metrics/cadvisor/alert.yaml", DUZLOV_COMMIT, {
    "K8sCpuThrottling": (None, "41.2%"),
    "DockerCpuThrottling": (None, "37.8%"),
    "CgroupCpuThrottlingPeriods": (None, "26.4%"),
    "CgroupCpuThrottlingDuration": (None, "42.7s"),
    "K8sContainerMemoryAbove90": ("out_of_memory", "93.1%"),
    "DockerContainerMemoryAbove90": ("out_of_memory", "91.6%"),
    "CgroupContainerMemoryAbove90": ("out_of_memory", "94.2%"),
}, {"instance": "k8s-worker-2:10250", "job": "cadvisor"}, DUZLOV_EXTRA)
take(DUZLOV, "metrics/ephemeral-storage/alert.yaml", DUZLOV_COMMIT, {
    "ContainerEphemeralStorageUsageAtLimit": ("disk_full", "88.4%"),
    "ContainerEphemeralStorageUsageReachingLimit": ("disk_full", "41.7%"),
    "EphemeralStorageVolumeFilledUp": ("disk_full", "91.3%"),
    "EphemeralStorageVolumeFillingUp": ("disk_full", "52.6%"),
}, {"instance": "k8s-worker-2:9100", "job": "k8s-ephemeral-storage-metrics"}, DUZLOV_EXTRA)


# ---------------------------------------------------------------------------------------------
# VladCalo/RaspberryPi-monitoring: prometheus/rules/alerts.yml (a Raspberry Pi 5 monitoring
# stack's own rules)
take("VladCalo/RaspberryPi-monitoring", "prometheus/rules/alerts.yml", "5398669b7d3ff85b533d05734120adf97949902b", {
    "HighCPUUsage": (None, 93.47),
    "CriticalCPUUsage": (None, 96.8),
    "HighMemoryUsage": ("out_of_memory", 87.3),
    "CriticalMemoryUsage": ("out_of_memory", 96.1),
    "RootFSLowSpace": ("disk_full", 17.6),
    "RootFSCriticalSpace": ("disk_full", 8.2),
    "HighCPUTemperature": (None, 72.5),
    "CriticalCPUTemperature": (None, 81.3),
    "HighNVMETemperature": (None, 71.9),
    "CriticalNVMETemperature": (None, 80.4),
    "HighLoadAverage": (None, 3.61),
    "CriticalLoadAverage": (None, 5.07),
    "SystemRecentlyRebooted": (None, 142.5),
}, {"instance": "raspberrypi:9100", "job": "node-exporter"})


# ---------------------------------------------------------------------------------------------
# josephradford/home-server-stack: monitoring/prometheus/alert_rules.yml (a home server's own
# rules: AdGuard, n8n, Traefik, fail2ban)
JR_EXTRA = {"name": "adguard", "device": "eth0"}
JR_TRAEFIK = {"HighWebhookRate": ("n8n-webhook@docker", "200"), "TooMany401Errors": ("authelia@docker", "401"),
              "TooMany404Errors": ("homepage@docker", "404"), "RateLimitHit": ("n8n-webhook@docker", "429"),
              "HighServerErrors": ("n8n@docker", "502")}


def jr_series(name):
    if name in JR_TRAEFIK:
        service, code = JR_TRAEFIK[name]
        return {"instance": "traefik:8082", "job": "traefik", "service": service, "code": code}
    if name.startswith("Container") or name in ("N8nDown", "Fail2banDown"):
        return {"instance": "cadvisor:8080", "job": "cadvisor"}
    return {"instance": "node-exporter:9100", "job": "node-exporter"}


take("josephradford/home-server-stack", "monitoring/prometheus/alert_rules.yml", "b61c6b045260182b60b90de9a8b55a9cebcd5d37", {
    "ServiceDown": (OUT, BLIND),
    "HighCPUUsage": (None, "91.37"),
    "HighMemoryUsage": ("out_of_memory", "93.18"),
    "DiskSpaceLow": ("disk_full", "92.46"),
    "HighDiskIOWait": (None, 0.73, {"device": "sda"}),
    "HighNetworkTraffic": (None, 131072334.5),
    "SystemLoadHigh": (None, 2.41),
    "ContainerDown": ("node_down", 187.3),
    "ContainerHighCPU": (None, "86.41", {"name": "n8n"}),
    "ContainerHighMemory": ("out_of_memory", "88.73", {"name": "n8n"}),
    "ContainerRestartLoop": (OUT, "named a restart loop, computes the increase of the container's start time (any single restart exceeds 3 s): name and expression disagree (rule 8)"),
    "PrometheusTargetDown": ("node_down", 0, {"job": "cadvisor", "instance": "cadvisor:8080"}),
    "AdGuardDown": ("node_down", 0, {"job": "adguard", "instance": "adguard-exporter:9617"}),
    "N8nDown": ("node_down", 1, {"name": "n8n"}),
    "HighWebhookRate": (None, "1.73"),
    "TooMany401Errors": ("high_error_rate", "0.27"),
    "TooMany404Errors": ("high_error_rate", "0.83"),
    "RateLimitHit": ("rate_limited", "0.34"),
    "HighServerErrors": ("high_error_rate", "0.46"),
    "TraefikDown": ("node_down", 0, {"job": "traefik", "instance": "traefik:8082"}),
    "Fail2banDown": ("node_down", 1, {"name": "fail2ban"}),
}, jr_series, JR_EXTRA)


# ---------------------------------------------------------------------------------------------
# bischof-joerg/raspberry-pi-homelab: stacks/monitoring/vmalert/rules/basic-alerts.yml (a
# Raspberry Pi home lab's own vmalert rules)
take("bischof-joerg/raspberry-pi-homelab", "stacks/monitoring/vmalert/rules/basic-alerts.yml", "7f95f75b1f27052f9e05961911cc24d6a40d4c32", {
    "InstanceDown": ("node_down", 0),
    "NodeHighCpuUsage": (None, 0.912),
    "NodeHighMemoryUsage": ("out_of_memory", 0.934),
    "NodeSwapInUse": ("out_of_memory", 0.347),
    "NodeFilesystemSpaceLowWarning": ("disk_full", 0.163),
    "NodeFilesystemSpaceLowCritical": ("disk_full", 0.071),
    "ContainerDown": ("node_down", 143.2),
    "ContainerHighCpu": (None, 1.83),
    "ContainerHighMemory": (OUT, "a compose service's working set above a fixed ~1.5 GB, no limit stated (rule 8)"),
    "VMAlertRuleEvaluationErrors": (None, 1),
    "VMAlertConfigReloadErrors": (None, 1),
}, lambda name: (
    {"instance": "rpi-homelab:9100", "job": "node", "mountpoint": "/", "device": "/dev/nvme0n1p2", "fstype": "ext4"}
    if "Filesystem" in name else {"instance": "cadvisor:8080", "job": "cadvisor"} if name.startswith("Container")
    else {"instance": "vmalert:8880", "job": "vmalert"} if name.startswith("VMAlert")
    else {"instance": "rpi-homelab:9100", "job": "node"}),
    {"container_label_com_docker_compose_service": "grafana"})


# ---------------------------------------------------------------------------------------------
# chrisbensch/docker-metrics-hub: prometheus/alerts/homelab.yml (a home lab's metrics hub: Linux
# and Windows hosts, blackbox probes and a Proxmox cluster; the author's own rules)
def cb_series(name):
    if name.startswith("Proxmox"):
        return {"instance": "pve1.home.lan", "job": "proxmox-pve", "id": "node/pve1"}
    if name.startswith("Windows"):
        return {"instance": "gaming-pc.home.lan:9182", "job": "windows-exporter"}
    if name == "BlackboxProbeFailed":
        return {"instance": "https://jellyfin.home.lan", "job": "blackbox-http"}
    return {"instance": "docker-host.home.lan:9100", "job": "linux-node-exporter"}


take("chrisbensch/docker-metrics-hub", "prometheus/alerts/homelab.yml", "11953e78a23dd8934c66be75e814f221142942be", {
    "ExporterDown": (OUT, BLIND),
    "BlackboxProbeFailed": ("node_down", 0),
    "LinuxFilesystemUsageHigh": ("disk_full", 87.31),
    "LinuxMemoryUsageHigh": ("out_of_memory", 92.14),
    "WindowsLogicalDiskUsageHigh": ("disk_full", 88.62),
    "WindowsMemoryUsageHigh": ("out_of_memory", 93.4),
    "ProxmoxExporterDown": ("node_down", 0),
    "ProxmoxNodeDown": ("node_down", 0),
    "ProxmoxStorageUsageHigh": ("disk_full", 89.2, {"id": "storage/pve1/local-lvm"}),
    "ProxmoxHAError": (OUT, "a Proxmox HA resource in the `error` state (a guest the HA manager failed to start or migrate): not settled"),
}, cb_series, {"mountpoint": "/var/lib/docker", "volume": "D:"})


# ---------------------------------------------------------------------------------------------
# E-mma9/Monitoring-Homelab: monitoring/prometheus/alert_rules.yml (a Proxmox home lab's own rules)
take("E-mma9/Monitoring-Homelab", "monitoring/prometheus/alert_rules.yml", "ca7ed8402dc09209ccbc55c926e18e124eaa437e", {
    "NodeDown": ("node_down", 0),
    "DiskSpaceWarning": ("disk_full", "88.4"),
    "DiskSpaceCritical": ("disk_full", "96.2"),
    "HighMemoryUsage": ("out_of_memory", "92.7"),
    "HighCPUUsage": (None, "96.3"),
    "EndpointDown": ("node_down", 0),
    "SlowResponse": ("high_latency", "6.3"),
}, lambda name: ({"instance": "https://nextcloud.homelab.local", "job": "blackbox"} if name in ("EndpointDown", "SlowResponse")
                 else {"instance": "pve-node1:9100", "job": "proxmox-nodes"}))


FILES.write("rulesets32b.jsonl")
