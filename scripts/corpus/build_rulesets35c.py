"""rulesets35c.jsonl: whole alerting-rule files of public projects no corpus used before (session 35,
third helper; non-Kubernetes orchestration and service discovery: Docker Swarm stacks, Nomad and
Consul homelabs, Ansible-deployed and systemd-based server fleets with their own Prometheus rules).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# neuroforgede/swarmsible-stacks: 02_monitoring/configs/prometheus/rules/swarm_{node,task}.rules.yml
# (NeuroForge's Docker Swarm monitoring stack, deployed with their Ansible "swarmsible"; the files
# start from swarmprom's node and task rules, reworded, and add Hetzner Cloud volume, fill-rate,
# memory-limit, restart and exit-code rules of their own)
SWARM = ("neuroforgede/swarmsible-stacks", "7de7ada40a9164f67dd9ba28187deae5e35fae4e")
SWARM_NODE = {"instance": "10.0.1.12:9100", "job": "node-exporter", "node_name": "swarm-worker-03",
              "node_id": "q3k8v1x0m2n5b7c9d4f6g8h1j", "device": "/dev/sda1", "mountpoint": "/"}
SWARM_TASK = {"container_label_com_docker_swarm_task_name": "app_api.2.kd93jf02md8s7c6x5z4q1w0e9",
              "container_label_com_docker_swarm_node_id": "q3k8v1x0m2n5b7c9d4f6g8h1j",
              "container_label_com_docker_swarm_service_name": "app_api",
              "instance": "10.0.1.12:8080", "image": "registry.example.org/app/api:1.14.2"}
SWARM_EVENTS = {"docker_hostname": "swarm-worker-03", "container_attributes_com_docker_swarm_service_name": "app_api",
                "container_attributes_exitcode": "1", "status": "die"}


def swarm_volume(name):
    s = dict(SWARM_NODE)
    s["device"] = "/dev/disk/by-id/scsi-0HC_Volume_31415926"
    s["mountpoint"] = "/mnt/HC_Volume_31415926"
    return s


take(SWARM[0], "02_monitoring/configs/prometheus/rules/swarm_node.rules.yml", SWARM[1], {
    "node_cpu_usage": (None, "67.42"),
    "node_memory_usage": ("out_of_memory", "84.3"),
    "node_disk_usage": ("disk_full", "88.17"),
    "node_disk_fill_rate_6h": ("disk_full", -1.2884901888e+09),
    "hetzner_cloud_volume_usage": ("disk_full", "91.76"),
    "hetzner_cloud_volume_fill_rate_6h": ("disk_full", -3.4359738368e+09),
}, lambda name: swarm_volume(name) if name.startswith("hetzner") else SWARM_NODE)
take(SWARM[0], "02_monitoring/configs/prometheus/rules/swarm_task.rules.yml", SWARM[1], {
    "task_high_cpu_usage_50": (None, "73.51"),
    "task_high_memory_usage_1g": (OUT, "a task's RSS above a fixed 1 GB where no memory limit is set (a fixed threshold without a stated limit, rule 8)"),
    "task_high_memory_usage_limit": ("out_of_memory", "1.717G"),
    "Container (Swarm) Too Many Restarts": ("crash_loop", 12),
    "Container (Swarm) died/is dying with exit code other than 0": (
        "out_of_memory", 1, {"status": "oom", "container_attributes_exitcode": "137"}),
}, SWARM_TASK, SWARM_EVENTS)


# ---------------------------------------------------------------------------------------------
# mjm/pi-tools: ansible/roles/bastille/files/templates/prometheus/rules/alerts.yml (a Raspberry Pi
# and FreeBSD homelab run with Nomad and Consul, later Bastille jails deployed by Ansible: the
# owner's own rules for DNS probes, the PiHole, his Telegram bot, node exporters, Consul's catalog,
# backups, the UPS and the ingress's virtual hosts; the older jobs/prometheus/alerts.yml of the same
# repository holds an earlier version of this file and is not taken again)
PI_BASE = {"instance": "10.0.2.15:9100", "job": "node-exporter"}
PI_DNS = {"instance": "1.1.1.1", "job": "blackbox-dns", "probe_type": "dns", "probe_scope": "public"}
take("mjm/pi-tools", "ansible/roles/bastille/files/templates/prometheus/rules/alerts.yml",
     "df0bd0c10398ec669bfcd9d741c0c3b0c23f7e1f", {
         "ExternalDNSFailing": ("dns_failure", 0),
         "DNSFailingExternalSite": ("dns_failure", 0),
         "DNSFailingInternalNode": ("dns_failure", 0, {"instance": "10.0.2.101", "probe_scope": "private"}),
         "DNSFailingInternalSite": ("dns_failure", 0, {"instance": "10.0.2.101", "probe_scope": "private-cname"}),
         "NoAdBlocking": (None, 0, {"instance": "10.0.2.101", "probe_scope": "ad-blocking"}),
         "HomebaseBotServiceDown": ("node_down", 0),
         "HomebaseBotNoLeader": (OUT, "no instance of the bot holds leadership (leader election state, not a process down): not settled"),
         "NodeExporterDown": ("node_down", 0, {"app": "node-exporter"}),
         "NodeTemperatureTooHigh": (None, 81.2),
         "LowDiskSpace": ("disk_full", 0.0412),
         "HighMemoryUsage": (OUT, "free+cached+buffers memory below a fixed 300 MB without a stated limit (rule 8)"),
         "ServiceUnhealthy": (OUT, "a Consul catalog service health check (a service registry's check of the application's own status, rule 18): not settled"),
         "ConsulDown": ("node_down", 0, {"instance": "10.0.2.15:9107", "job": "consul-exporter"}),
         "BackupFailed": (None, -86412),
         "BorgNotBackingUp": (None, 18244),
         "TarsnapNotBackingUp": (None, 104311),
         "NoUPSData": (None, 1),
         "UPSDischarging": (None, 1),
         "VhostFailing": (OUT, "a blackbox probe returning non-200 for five minutes: a synthetic check that says neither down nor unreachable (rule 7), not settled"),
     }, lambda name: PI_DNS if name in ("ExternalDNSFailing", "DNSFailingInternalNode", "DNSFailingInternalSite",
                                         "NoAdBlocking") else PI_BASE,
     {"exported_service_name": "homebase-bot", "kind": "borg"})


# ---------------------------------------------------------------------------------------------
# jedimasterjonny/lex-imperialis: roles/prometheus/files/rules/alerts.yml (a small openSUSE/Debian
# server fleet managed by Ansible, its services run as podman quadlets under systemd: the owner's own
# rules for host availability, blackbox probes, backups, file systems, systemd units and restarts,
# unattended updates, the WordPress site, the fleet's own reconcile and drift checks, a beets music
# pipeline and Prometheus itself)
LEX_BASE = {"instance": "solar.lan:9100", "job": "node"}
LEX_EXTRA = {"mountpoint": "/srv", "name": "sonarr.service", "reason": "other", "rule_group": "fleet",
             "package": "kernel-default", "class": "orphaned", "type": "plugin", "container": "sonarr"}
LEX_PROBE = {"instance": "https://blog.example.org/", "job": "blackbox"}
take("jedimasterjonny/lex-imperialis", "roles/prometheus/files/rules/alerts.yml",
     "49f921a60f6d8a4f541f0a8d97d649da8238214b", {
         "InstanceDown": ("node_down", 0),
         "BlackboxExporterDown": ("node_down", 0),
         "ProbeDown": ("node_down", 0, LEX_PROBE),
         "ProbeSSLCertExpiringSoon": ("certificate_expiry", 1036800, LEX_PROBE),
         "PodmanBackupFailed": (None, 0),
         "PodmanBackupOverdue": (None, 712800),
         "HomeBackupFailed": (None, 0),
         "HomeBackupOverdue": (None, 705600),
         "WordpressDbDumpFailed": (None, 0),
         "WordpressDbDumpOverdue": (None, 183600),
         "FilesystemSpaceLow": ("disk_full", 7.31, {"mountpoint": "/srv", "device": "/dev/nvme0n1p3", "fstype": "btrfs"}),
         "FilesystemReadOnly": (None, 1, {"mountpoint": "/var", "device": "/dev/nvme0n1p2", "fstype": "btrfs"}),
         "ContainerStoreMountMissing": (None, 1),
         "MemoryLow": ("out_of_memory", 8.4),
         "HostCpuTemperatureHigh": (None, 96),
         "ClockNotSynchronised": (None, 0),
         "ServiceRestartStorm": ("crash_loop", 5, {"name": "sonarr.service"}),
         "WireguardTunnelDown": (OUT, "named a tunnel down (a link, rule 9) while it measures the wireguard unit's restarts (two or more in 15 minutes, a crash loop): name and measurement disagree (rule 8)"),
         "AlertmanagerNotificationsFailing": (OUT, "failed notification deliveries to one integration (Alertmanager's own sends to Discord, neither an error ratio of served requests nor a settled cause): not settled"),
         "SystemdUnitFailed": (None, 1, {"name": "caddy.service"}),
         "AutoupdateFailed": (None, 0),
         "AutoupdateOverdue": (None, 801432),
         "MicroOSBuildStale": (None, 20260811),
         "AutoupdatePackageHeld": (None, 1),
         "AutoupdatePackagesUncleaned": (None, 3),
         "WordpressUpdateAvailable": (None, 2),
         "WordpressUpdateCheckFailed": (None, 0),
         "WordpressUpdateCheckOverdue": (None, 91422),
         "WordpressCronFailed": (None, 0),
         "WordpressCronOverdue": (None, 4012),
         "WordpressBoostCriticalCssMissing": (None, 0),
         "WordpressBoostCriticalCssStale": (None, 2764800),
         "WordpressBoostFailed": (None, 0),
         "WordpressBoostOverdue": (None, 90214),
         "ArbitesFailed": (None, 0),
         "ArbitesStale": (None, 7921),
         "ContainerDigestDrift": (None, 1),
         "UnmanagedContainerRunning": (None, 1, {"container": "test-nginx"}),
         "QuadletNotRunning": (OUT, "a declared container whose service is not active, 'never started, or stopped by hand' (not running, rule 16, or work done on purpose, rule 9): not settled"),
         "QuadletUnpinned": (None, 1),
         "QuadletsDisappeared": (None, 0),
         "InquisitionFailed": (None, 0),
         "InquisitionOverdue": (None, 11233),
         "BeetsPipelineLidarrRejected": (None, 2),
         "BeetsPipelineQuarantineBacklog": (OUT, "unmatched albums waiting for a person to process them by hand (a manual-review quarantine, not work waiting for a consumer): not settled"),
         "PrometheusRuleEvaluationFailing": (None, 4),
         "PrometheusConfigReloadFailed": (None, 0),
         "ScheduledJobMetricMissing": (None, 1, {"name": "home-backup.service"}),
         "Watchdog": (None, 1),
     }, LEX_BASE, LEX_EXTRA)


# ---------------------------------------------------------------------------------------------
# fabsau/homelab: roles/prometheus/templates/alerts.yml.j2 (an Ansible-deployed homelab: Proxmox
# host and guests, Traefik, Uptime Kuma, AdGuard, the download stack and Proxmox Backup; the role's
# Jinja template wraps each Prometheus template in {% raw %}...{% endraw %}, which the builder drops
# to give the rule file the role installs)
def fabsau_text():
    text = show("fabsau/homelab", FAB, "roles/prometheus/templates/alerts.yml.j2")
    return text.replace("{% raw %}", "").replace("{% endraw %}", "")


FAB = "0f2c90111629a8c0e3fe822bf18b12d8f12bc714"
FAB_BASE = {"instance": "192.168.100.11:9100", "job": "node"}
FAB_EXTRA = {"device": "/dev/sda2", "name": "docker-host", "id": "storage/prox/local-lvm", "sans": "*.home.example.net",
             "monitor_name": "Nextcloud", "url": "http://sonarr:8989", "message": "", "vm_id": "104"}
take("fabsau/homelab", "roles/prometheus/templates/alerts.yml.j2", FAB, {
    "PrometheusTargetDown": ("node_down", 0),
    "PrometheusConfigurationReloadFailure": (None, 0, {"instance": "localhost:9090", "job": "prometheus"}),
    "PrometheusTsdbReloadFailures": (None, 1, {"instance": "localhost:9090", "job": "prometheus"}),
    "PrometheusAlertmanagerNotificationFailing": (OUT, "errors sending notifications to Alertmanager (the monitor's own sends, neither an error ratio of served requests nor a settled cause): not settled"),
    "ProxmoxVMDown": (OUT, "a guest reported OFF (powered off on purpose, rule 9, or down): not settled"),
    "ProxmoxLowDiskSpace": (OUT, "named low disk space ('% left') while the expression fires when less than 15% of the storage is used: name and expression disagree (rule 8)"),
    "ProxmoxLowRAM": ("out_of_memory", "92.41", {"instance": "192.168.100.2", "job": "proxmox", "id": "node/prox"}),
    "HostLowRam": ("out_of_memory", "7.12"),
    "HostLowDiskSpace": ("disk_full", "11.37"),
    "HostSwapLow": ("out_of_memory", "2.14"),
    "HostClockSkew": (None, 0.0712),
    "SSLCertificate7DaysLeft": ("certificate_expiry", "1970-01-05 09:24:13 +0000 UTC",
                                {"instance": "traefik:8082", "job": "traefik"}),
    "Monitor Pending": (OUT, "an Uptime Kuma monitor in its pending (retrying) state, neither up nor down: not settled"),
    "Service Pending": ("node_down", 0, {"instance": "uptime-kuma:3001", "job": "uptime-kuma", "monitor_type": "http"}),
    "AdGuardDisabled": (OUT, "AdGuard 'not running or disabled' (a process down, or protection switched off as a setting, rule 9): not settled"),
    "SabnzbdQueueStalled": ("queue_backlog", 7, {"instance": "sabnzbd-exporter:9707", "job": "sabnzbd"}),
    "qBittorrentDown": (OUT, "qBittorrent not connected (its connection to the BitTorrent network, a link, or the client down): not settled"),
    "qBittorentQueueStalled": (OUT, "named a stalled download queue while it measures an unchanged count of all torrents (seeding and finished ones too): name and measurement disagree (rule 8)"),
    "ArrsError": (OUT, "an application's own health-check issues of type error (the application's status, rule 18) without a quoted cause: not settled"),
    "RadarrDownloadsWarning": (OUT, "completed downloads held with a warning status for a person to import (not work waiting for a consumer): not settled"),
    "SonarrDownloadsWarning": (OUT, "completed downloads held with a warning status for a person to import (not work waiting for a consumer): not settled"),
    "ProxmoxBackupClientDown": ("node_down", 0, {"instance": "pbs-exporter:10019", "job": "pbs"}),
    "ProxmoxBackupClientBackupStale48h": (None, 190211),
    "ProxmoxBackupClientBackupStale3d": (None, 702144),
    "ProxmoxBackupClientVerificationFailure": (None, 0),
}, FAB_BASE, FAB_EXTRA, text=fabsau_text())


# ---------------------------------------------------------------------------------------------
# gerrowadat/homelab: monitoring/*_alerting_rules.yml (a Nomad and Consul homelab: the owner's own
# rules for blackbox probes, Consul, the diun job, log collection into VictoriaLogs, the Newt tunnel,
# his nomad-botherer GitOps drift checker, Nomad task restarts and resource use; the file's
# node_exporter_alerting_rules.yml copies the node-mixin's rules and is not taken)
GER = ("gerrowadat/homelab", "a96b59710e277a49897f4d5633048c4b1dc66fe9")
GER_TASK = {"job": "immich", "task": "server", "host": "nuc-02", "instance": "192.168.1.22:4646"}


def ger(name, labels, base, extra=None):
    take(GER[0], "monitoring/%s_alerting_rules.yml" % name, GER[1], labels, base, extra)


ger("blackbox", {
    "HostNotPinging": ("node_down", 0, {"instance": "nas01.home.andvari.net", "job": "blackbox-ping"}),
    "HTTPStatus": (OUT, "a blackbox probe that 'returned non-200 HTTP status' for five minutes: a synthetic check that says neither down nor unreachable (rule 7), not settled"),
    "ConsulServiceDown": ("node_down", 0, {"instance": "grafana.service.home.consul:3000", "job": "blackbox-consul-http"}),
}, {"instance": "https://home.andvari.net/", "job": "blackbox-http-base"})
ger("consul", {
    "ConsulExporterDown": ("node_down", 0),
    "ConsulRaftPeersLow": (OUT, "a raft peer count below two (servers removed on purpose or failed; quorum at risk): not settled"),
    "ConsulMemberCountLow": (OUT, "a LAN member count below three ('nodes may have left': a graceful leave is planned work, rule 11, a failure is not): not settled"),
    "ConsulServiceCheckCritical": (OUT, "a Consul service health check critical (a service registry's check of the application's own status, rule 18): not settled"),
}, {"instance": "consul-exporter.service.home.consul:9107", "job": "consul"},
    {"service_name": "paperless", "check": "service:paperless-web", "node": "nuc-01"})
ger("diun", {
    "DiunNotRunning": ("node_down", 0, {"job": "diun", "instance": "192.168.1.21:4646"}),
}, {})
ger("log_collection", {
    "VictoriaLogsDown": ("node_down", 0, {"instance": "logs.service.home.consul:9428", "job": "blackbox-consul-http"}),
    "LogsNotFlowing": (None, 0, {"type": "opentelemetry_protobuf"}),
    "LogIngestionRateLow": (None, "3.217", {"type": "opentelemetry_protobuf"}),
    "VictoriaLogsRowsDropped": (None, "1.55", {"reason": "too_small_timestamp"}),
    "OtelCollectorDown": (OUT, "new failed allocations of a system job (failed task runs, rule 10) named a collector down: not settled"),
}, {"instance": "logs.service.home.consul:9428", "job": "victorialogs"})
ger("newt", {
    "NewtTunnelOffline": (None, 0),
    "NewtWriteDropsHigh": (None, "27"),
    "NewtServiceHTTP5xxHigh": ("high_error_rate", "0.1312", {"router": "immich@file"}),
    "NewtServiceDown": ("node_down", 0, {"instance": "http://kutt.service.home.consul:3000/api/v2/health", "job": "blackbox-newt-services"}),
}, {"instance": "newt.service.home.consul:2112", "job": "newt"})
ger("nomad_botherer", {
    "NomadJobDrift": (None, "2"),
    "NomadJobDriftPersistent": (None, "7h 3m 12s", {"job": "paperless", "diff_type": "modified"}),
    "NomadJobMissingFromNomad": (None, "41m 5s", {"job": "kutt", "diff_type": "missing_from_nomad"}),
    "NomadJobMissingFromHCL": (None, "2h 14m 40s", {"job": "scratch-test", "diff_type": "missing_from_hcl"}),
    "NomadBothererCheckStale": (None, "7m 31s"),
    "NomadBothererGitFetchFailing": (OUT, "failing git fetches of the drift checker (its own outgoing operations, neither an error ratio of served requests nor a settled cause): not settled"),
    "NomadBothererGitStale": (None, "42m 18s"),
    "NomadBothererAPIErrors": (OUT, "failing Nomad API operations of the drift checker (its own outgoing calls, neither an error ratio of served requests nor a settled cause): not settled"),
    "NomadBothererDown": ("node_down", 0),
    "NomadBothererWebhookErrors": ("high_error_rate", 0.0167),
}, {"instance": "nomad-botherer.service.home.consul:9112", "job": "nomad-botherer"}, {"op": "list_jobs"})
ger("nomad_flapping", {
    "NomadTaskFlapping": ("crash_loop", "3"),
}, GER_TASK)
ger("nomad_resource", {
    "NomadJobMemoryOverReservation": ("out_of_memory", "41.94M",
                                      {"_query": [" (reservation: 536.9MB)", "18m 20s"]}),
    "NomadJobCPUThrottled": (None, 0.412),
}, GER_TASK)


# ---------------------------------------------------------------------------------------------
# fastians/infra-ansible: roles/prometheus/templates/rules/alerts.yml.j2 (an Ansible-deployed
# fleet of FastAPI services on plain hosts behind blackbox probes, alerting to Telegram; the role
# templates the file, whose {% raw %}...{% endraw %} wrappers the builder drops)
FAST = "93e64e624feeeb5fbc2de7ebbb062c634bcc5701"


def fastians_text():
    text = show("fastians/infra-ansible", FAST, "roles/prometheus/templates/rules/alerts.yml.j2")
    return text.replace("{% raw %}", "").replace("{% endraw %}", "")


def fastians_series(name):
    if name.endswith("ServerDown"):
        svc = name[:-len("Down")].lower()
        return {"instance": "10.20.0.14:8000", "job": "fastapi", "service": svc, "target": "10.20.0.14:8000"}
    if name == "BlackboxProbeDown":
        return {"instance": "https://api.example.io/health", "job": "blackbox_http_probe"}
    return {"instance": "10.20.0.14:9100", "job": "nodes"}


take("fastians/infra-ansible", "roles/prometheus/templates/rules/alerts.yml.j2", FAST, {
    "BlackboxProbeDown": (OUT, "an HTTP(S) probe failing for a minute ('Blackbox probe down' names the probe): a synthetic check that says neither the target down nor unreachable (rule 7), not settled"),
    "BackendServerDown": ("node_down", 0),
    "GeoServerDown": ("node_down", 0),
    "LLMServerDown": ("node_down", 0),
    "SalomeServerDown": ("node_down", 0),
    "NodeExporterDown": ("node_down", 0),
    "HighMemory": ("out_of_memory", 0.9312),
    "HighCpu": (None, 0.9477),
}, fastians_series, text=fastians_text())


# ---------------------------------------------------------------------------------------------
# play-builder/cosmos-by-ansible: roles/prometheus/templates/alert_rules.yml.j2 (Ansible roles that
# deploy and watch a fleet of Cosmos/CometBFT blockchain nodes and validators on plain hosts under
# systemd; the role's Jinja template escapes each Prometheus action as {{ '{{' }} ... {{ '}}' }} and
# takes its thresholds from variables whose defaults (the same in inventory/group_vars/monitoring.yml)
# the builder puts in place)
COSMOS = "9a1717a8e17da98bd5a5b59d02c2be60160c2027"
COSMOS_SUBS = {"{{ '{{' }}": "{{", "{{ '}}' }}": "}}",
               "{{ alert_node_down_threshold | default('2m') }}": "2m",
               "{{ alert_high_block_miss_threshold | default(100) }}": "100",
               "{{ alert_cpu_usage_threshold | default(90) }}": "90",
               "{{ alert_memory_usage_threshold | default(90) }}": "90",
               "{{ alert_disk_usage_threshold | default(85) }}": "85"}


def cosmos_text():
    text = show("play-builder/cosmos-by-ansible", COSMOS, "roles/prometheus/templates/alert_rules.yml.j2")
    for k, v in COSMOS_SUBS.items():
        text = text.replace(k, v)
    return text


take("play-builder/cosmos-by-ansible", "roles/prometheus/templates/alert_rules.yml.j2", COSMOS, {
    "NodeDown": ("node_down", 0),
    "HighMissedBlocks": (None, 143),
    "NodeNotSyncing": ("replication_lag", 37),
    "LowPeerCount": (None, 2),
    "HighCPUUsage": (None, "94.61"),
    "HighMemoryUsage": ("out_of_memory", "93.17"),
    "HighDiskUsage": ("disk_full", "88.42", {"mountpoint": "/var/lib/cosmos", "device": "/dev/nvme1n1", "fstype": "ext4"}),
    "SystemReboot": (None, 1),
    "ValidatorJailed": (None, 1),
    "ValidatorLowRank": (None, 117),
    "ValidatorNotActive": (None, 0),
}, {"instance": "10.0.4.21:26660", "job": "cometbft", "chain": "cosmoshub-4"},
    {"moniker": "playbuilder-val-01", "mountpoint": "/var/lib/cosmos"}, text=cosmos_text())


FILES.write("rulesets35c.jsonl")
