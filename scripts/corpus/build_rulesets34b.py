"""rulesets34b.jsonl: whole alerting-rule files of public projects no corpus used before (session 34,
second helper; HPC, research and university computing: Slurm clusters, research testbeds, grid and
university infrastructure that write their own Prometheus alerting rules).

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
# charmed-hpc/slurm-charms: charms/*/src/cos/alert_rules/prometheus/*.rules (Canonical's Slurm
# charms: the controller's scheduler, partition and job rules and the compute nodes' GPU rules,
# shipped to COS). The sackd and slurmd `general.rules` files are not YAML (a summary starts with a
# backquote) and are not taken. The GPU file's `{{ value }}` (a typo for `{{ $value }}`, with
# spaces, which `unescape` does not undo) is read as `{{ $value }}`.
SLURM = ("charmed-hpc/slurm-charms", "0188dc1c03c1c5042c5145d92c3de166947fdfeb")
SLURM_CTLD = {"instance": "slurmctld-0.hpc.example.edu:9092", "job": "slurmctld",
              "juju_application": "slurmctld", "juju_model": "hpc-prod", "juju_unit": "slurmctld/0"}
SLURM_NODE = {"instance": "compute-gpu-07.hpc.example.edu:9400", "job": "dcgm",
              "juju_application": "slurmd", "juju_model": "hpc-prod", "juju_unit": "slurmd/7",
              "juju_unit_slurm_name": "gpu-07", "gpu": "2"}
take(SLURM[0], "charms/slurmctld/src/cos/alert_rules/prometheus/jobs.rules", SLURM[1], {
    "SlurmJobsHighFailureRate": (None, 14),
    "SlurmJobsPendingForTooLong": ("queue_backlog", 37),
}, SLURM_CTLD)
take(SLURM[0], "charms/slurmctld/src/cos/alert_rules/prometheus/partition.rules", SLURM[1], {
    "SlurmPartitionNearingFull": (None, 0.0625),
    "SlurmPartitionMaxMemoryLimit": (None, 0.934),
    "SlurmPartitionMaxCPULimit": (None, 0.957),
}, dict(SLURM_CTLD, partition="gpu"))
take(SLURM[0], "charms/slurmctld/src/cos/alert_rules/prometheus/scheduler.rules", SLURM[1], {
    "SlurmTooManyFailedDbdMessages": ("queue_backlog", 6241),
    "SlurmNodesDrainingTooLong": (None, 3),
    "SlurmNodesFailing": (OUT, "nodes in Slurm's FAIL state (expected to fail soon, drained from scheduling, often set by an administrator): neither down nor planned work; not settled"),
    "SlurmNodesNotResponding": ("node_down", 2),
    "SlurmNodesInUnknownState": (OUT, "nodes that have not yet reported their state to the controller (UNKNOWN, also at registration): not settled"),
}, SLURM_CTLD)
take(SLURM[0], "charms/slurmd/src/cos/alert_rules/prometheus/nvidia-gpu.rules", SLURM[1], {
    "SlurmComputeNodeNvidiaGPUIsOverheating": (None, 93),
    "SlurmComputeNodeGPUXIDErrorsDetected": (None, 0.0333),
}, SLURM_NODE, text=show(SLURM[0], SLURM[1], "charms/slurmd/src/cos/alert_rules/prometheus/nvidia-gpu.rules").replace("{{ value }}", "{{ $value }}"))


# ---------------------------------------------------------------------------------------------
# ChameleonCloud/chi-in-a-box: kolla/node_custom_config/prometheus/*.rules.yml (Chameleon, the
# NSF-funded bare-metal research testbed of the University of Chicago and TACC: its own rules for an
# OpenStack/Ironic site's control node, bare-metal nodes, cron jobs and MySQL; the copies under
# roles/chameleon_prometheus/files/rules/ are not taken again). OpenStackAPIDown's
# `{{ $labels.service | title }}` is rendered as Go's `title` prints the made-up service "nova".
CHI = ("ChameleonCloud/chi-in-a-box", "a47a923999e1bb08cf7152b4eaed12ca04178dbc")
CHI_BASE = {"hostname": "chi-ctl01", "instance": "chi-ctl01:9100", "job": "node"}
take(CHI[0], "kolla/node_custom_config/prometheus/baremetal.rules.yml", CHI[1], {
    "NovaIronicInstanceLaunchFailure": (None, 5),
    "IronicNodeInErrorState": (None, 1),
    "IronicNodeConsoleDisabled": (None, 1),
}, CHI_BASE, {"name": "P3-CPU-017"})
take(CHI[0], "kolla/node_custom_config/prometheus/control.rules.yml", CHI[1], {
    "IronicLowImageCacheSpace": ("disk_full", 11811160064),
    "NodeExporterDown": ("node_down", 0),
    "NodeNetworkBridgeDown": (None, 48211, {"device": "br-ex"}),
    "NodeFileSystemAlmostOutOfSpace": ("disk_full", -2.1e10, {"mountpoint": "/var/lib/docker", "device": "/dev/sda3"}),
    "NodeNetworkBridgeLowTraffic": (None, 0, {"device": "br-ex"}),
    "OpenStackAPIDown": ("node_down", 0, {"service": "nova"}),
    "PrecisParsedEventsLow": (None, 0, {"service": "blazar"}),
}, CHI_BASE, {"device": "br-ex", "mountpoint": "/var/lib/docker", "service": "nova"},
    text=show(CHI[0], CHI[1], "kolla/node_custom_config/prometheus/control.rules.yml").replace("{{ $labels.service | title }}", "Nova"))
take(CHI[0], "kolla/node_custom_config/prometheus/cron.rules.yml", CHI[1], {
    "CronJobNoRecentSuccess": (None, "1d 7h 12m 40s", {"name": "ironic_db_cleanup"}),
    "PeriodicTaskNoRecentSuccess": (None, "33d 2h 5m 11s", {"name": "precis_cleanup"}),
}, CHI_BASE)
take(CHI[0], "kolla/node_custom_config/prometheus/mysql.rules.yml", CHI[1], {
    "MySQLHostDown": ("node_down", 0),
}, dict(CHI_BASE, instance="chi-ctl01:9104", job="mysqld"))


# ---------------------------------------------------------------------------------------------
# SckyzO/slurm_exporter: monitoring/prometheus/alerts.yml (a Slurm exporter's own alerting rules for
# HPC clusters: node states, partitions, the job queue, job failures, the scheduler and GPUs). Five
# alertnames are written twice (a warning and a critical threshold); the first of each is taken.
SCKY = ("SckyzO/slurm_exporter", "ff418afaa4a4b4752ddf4b02657ee1836feaae2c")
SCKY_BASE = {"cluster": "hpc1", "env": "prod", "instance": "slurm-ctl01.hpc.example.edu:9341", "job": "slurm"}
take(SCKY[0], "monitoring/prometheus/alerts.yml", SCKY[1], {
    "SlurmNodeCritical": ("node_down", 64, {"node": "cn0412", "status": "down"}),
    "SlurmNodeWarning": (None, 64, {"node": "cn0388", "status": "drain"}),
    "SlurmPartitionNodesDown": ("node_down", 3, {"partition": "compute"}),
    "SlurmJobsPendingHigh": ("queue_backlog", 734),
    "SlurmJobFailureRateHigh": (None, "0.2"),
    "SlurmSchedulerCycleSlow": (OUT, "the duration of the scheduler's last cycle (an internal loop, neither a request's latency nor work waiting in a queue): not settled"),
    "SlurmSchedulerDBDQueueHigh": ("queue_backlog", 342),
    "SlurmNoGPUsAvailable": (None, 0),
}, SCKY_BASE, {"partition": "compute", "node": "cn0412", "status": "down"})


# ---------------------------------------------------------------------------------------------
# vimc/montagu-monitor: config/prometheus/alert-rules.yml (the monitoring of Imperial College's
# Vaccine Impact Modelling Consortium and the DIDE research software team: the Montagu portal,
# Packit/outpack research-report servers, Buildkite CI agents, Redis, the department's HPC and GPU
# nodes' disks, blackbox probes and certificates). CertificateExpiry's `{{ humanizeDuration .Value }}`
# (the `.Value` form of `$value`, which `render` does not read) is read as `{{ humanizeDuration $value }}`.
VIMC = ("vimc/montagu-monitor", "f57118a1370655cb5c55b5a0e731159144c29adc")
VIMC_JOBS = {"ProxyDown": "proxy-metrics", "PackitAPIDown": "packit-api", "OutpackServerDown": "outpack-server",
             "BuildkiteMetricsDown": "buildkite-metrics", "RedisExporterDown": "redis", "RedisDown": "redis",
             "BlackBoxHttpDown": "blackbox-http"}


def vimc_series(name):
    if name in ("DefaultAgentsDown", "NcovAgentDown"):
        return {"instance": "buildkite-metrics:8080", "job": "buildkite-metrics",
                "queue": "default" if name == "DefaultAgentsDown" else "ncov-cdi"}
    if name == "DiskNearlyFull":
        return {"instance": "wpia-gpu-02.dide.ic.ac.uk:9100", "job": "machine-metrics", "mountpoint": "/home",
                "device": "/dev/sdb1", "fstype": "ext4"}
    if name in ("BlackBoxProbeFailed", "CertificateExpiry"):
        return {"instance": "https://montagu.vaccineimpact.org", "job": "blackbox-https"}
    if name == "AcmeBuddyCertificateNotLoaded":
        return {"instance": "packit.dide.ic.ac.uk:2112", "job": "acme-buddy", "domain": "packit.dide.ic.ac.uk",
                "fingerprint_sha256": "5f3c9e0a41d2b7"}
    if name == "TRMNLBatteryLow":
        return {"instance": "trmnl-server:9090", "job": "trmnl", "device": "trmnl-office-1"}
    return {"instance": "montagu.dide.ic.ac.uk:9113" if name == "ProxyDown" else "montagu.dide.ic.ac.uk:9121",
            "job": VIMC_JOBS[name]}


take(VIMC[0], "config/prometheus/alert-rules.yml", VIMC[1], {
    "ProxyDown": ("node_down", 0),
    "PackitAPIDown": ("node_down", 0),
    "OutpackServerDown": ("node_down", 0),
    "BuildkiteMetricsDown": ("node_down", 0),
    "DefaultAgentsDown": (OUT, "fewer than 8 connected CI agents in a queue (a pool below a fixed count, which also falls when agents are retired or scaled in): not settled"),
    "NcovAgentDown": ("node_down", 0),
    "DiskNearlyFull": ("disk_full", 86.4),
    "RedisExporterDown": ("node_down", 0),
    "RedisDown": ("node_down", 0),
    "BlackBoxHttpDown": ("node_down", 0),
    "BlackBoxProbeFailed": ("node_down", 0),
    "CertificateExpiry": ("certificate_expiry", "18d 3h 12m 5s"),
    "AcmeBuddyCertificateNotLoaded": (None, 1),
    "TRMNLBatteryLow": (None, 3.31),
}, vimc_series, text=show(VIMC[0], VIMC[1], "config/prometheus/alert-rules.yml").replace("humanizeDuration .Value", "humanizeDuration $value"))


FILES.write("rulesets34b.jsonl")
