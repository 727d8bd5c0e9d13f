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


FILES.write("rulesets34b.jsonl")
