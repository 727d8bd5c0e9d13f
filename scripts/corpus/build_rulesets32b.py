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


FILES.write("rulesets32b.jsonl")
