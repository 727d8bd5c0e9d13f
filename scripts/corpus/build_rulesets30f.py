"""rulesets30f.jsonl: whole alerting-rule files of public projects no corpus used before (session 30,
sixth helper; ops/infra repositories of universities, research clouds and other organisations whose
own rule files cover their mixed services).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import json
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import RuleFiles, show  # noqa: E402

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets30f.jsonl")

OUT = "OUT"
FILES = RuleFiles()
ITEMS = FILES.items
LEFT_OUT = FILES.left_out
take = FILES.take


def configmap_rules(repo, path, commit, key):
    """A rule file held as a string inside a Kubernetes ConfigMap's `data` (the text Prometheus or
    Thanos Ruler reads)."""
    return yaml.safe_load(show(repo, commit, path))["data"][key]


# ---------------------------------------------------------------------------------------------
# OCP-on-NERC/nerc-ocp-config: the New England Research Cloud's (Boston University, Harvard and
# the MGHPCC) OpenShift GitOps repository; acm-observability/.../thanos-ruler-custom-rules holds
# its own Thanos Ruler rules for storage, IPMI hardware, nodes, the Open Education project's quota
# status mails, machine config, CronJobs and (last group) IBM Autopilot's GPU health checks.
NERC = ("OCP-on-NERC/nerc-ocp-config",
        "acm-observability/overlays/nerc-ocp-infra/configmaps/thanos-ruler-custom-rules/configmap.yaml",
        "c257b1cf66e6e68db7a9af27d76b644fc233bab3")
NERC_STATUS = "a 6am status line reporting quota usage (rule 14): nothing wrong"


def nerc_base(name):
    if name.startswith("Custom605am"):
        return {"cluster": "nerc-ocp-edu", "resource": "limits.cpu"}
    if name.startswith("Custom6am"):
        return {"cluster": "nerc-ocp-prod", "namespace": "rhods-notebooks", "resource": "limits.cpu"}
    return {"cluster": "nerc-ocp-prod", "namespace": "rhods-notebooks", "instance": "wrk-97.nerc-ocp-prod.nerc.mghpcc.org",
            "job": "node-exporter"}


take(*NERC, {
    "CustomStoragePersistentVolumeFillingUp": ("disk_full", "7.342%", {"persistentvolumeclaim": "jupyterhub-nb-jdoe-pvc"}),
    "CustomStoragePersistentVolumeClaimPending": (None, 1, {"persistentvolumeclaim": "data-postgres-0"}),
    "CustomCephStorageFillingUp": ("disk_full", "83.12%", {"pool": "nerc_ocp_prod_rbd"}),
    "CustomCephStorageFillingUpPredicted": ("disk_full", -1.37e12, {"pool": "nerc_ocp_prod_rbd"}),
    "CustomNetworkInterfaceErrors": (None, 73),
    "CustomIpmiServerPowerSupplyFailure": (None, 1),
    "CustomIpmiChassisPowerSupplyFailure": (OUT, "chassis power off (state 0), worded as a power supply failure: a host powered off by a fault or on purpose, not settled"),
    "CustomIpmiServerMemoryError": (None, 1),
    "CustomIpmiLocalDiskError": (None, 1),
    "CustomIpmiInternalCoolingFanError": (None, 2),
    "CustomNodeNotReady": ("node_down", 1, {"node": "wrk-97"}),
    "CustomNodeLowAvailableMemory": ("out_of_memory", 0.143),
    "CustomOpeLimitsCpu": (None, "86.41%"),
    "CustomOpeStatusMetricsMissing": (None, 1, {"resource": "limits.cpu"}),
    "CustomOpeContainerCountMetricsMissing": (None, 1),
    "Custom6amOpeLimitsCpu": (None, "41.67%"),
    "Custom6amOpeLimitsEphemeralStorage": (None, "12.5%", {"resource": "limits.ephemeral-storage"}),
    "Custom6amOpeLimitsMemory": (None, "58.33%", {"resource": "limits.memory"}),
    "Custom6amOpePersistentVolumeClaims": (None, "23.4%", {"resource": "persistentvolumeclaims"}),
    "Custom6amOpeRequestsGpu": (None, "25%", {"resource": "requests.nvidia.com/gpu"}),
    "Custom6amOpeRequestsStorage": (None, "31.25%", {"resource": "requests.storage"}),
    "Custom6amOpeKubePodContainerInfo": (None, 214),
    "Custom6amOpeKubePodOwner": (None, 187),
    "Custom605amOpeLimitsCpu": (None, "18.75%"),
    "Custom605amOpeLimitsEphemeralStorage": (None, "6.25%", {"resource": "limits.ephemeral-storage"}),
    "Custom605amOpeLimitsMemory": (None, "27.08%", {"resource": "limits.memory"}),
    "Custom605amOpePersistentVolumeClaims": (None, "14%", {"resource": "persistentvolumeclaims"}),
    "Custom605amOpeRequestsGpu": (None, "0%", {"resource": "requests.nvidia.com/gpu"}),
    "Custom605amOpeRequestsStorage": (None, "9.375%", {"resource": "requests.storage"}),
    "Custom605amOpeKubePodContainerInfo": (None, 96),
    "Custom605amOpeKubePodOwner": (None, 88),
    "CustomBlockedMachineConfigUpdate": (None, 1, {"pool": "worker"}),
    "CustomMachineConfigHighUnavailable": (OUT, "machines of a config pool unavailable (not ready), as they are while an update drains and reboots them: planned work or nodes down, not settled"),
    "CustomMachineConfigPoolDegraded": (None, 1, {"pool": "worker"}),
    "CustomCronJobNotRunningRecently": (None, "7h 12m 5s", {"cronjob": "xdmod-openshift-prometheus"}),
    "CustomCronJobFailed": (None, 3, {"owner_name": "xdmod-openshift-prometheus", "job_name": "xdmod-openshift-prometheus-29012345"}),
    "CustomCronJobMissedSchedule": (None, 9123, {"cronjob": "xdmod-openshift-prometheus"}),
    "LowPCIeBandwidth": (None, 3),
    "DCGMLevel1Errors": (None, 1),
    "GPUPowerSlowdownEnabled": (None, 1),
    "RemappedRowsActive": (None, 1),
    "DCGMLevel3Errors": (None, 1),
    "PingFailures": (OUT, "Autopilot's ping check finding a node's secondary-network IPs unreachable: a node down or a link fault, not settled"),
    "PVCAlert": (None, 1),
    "GPUNodeHealth": (None, 1),
    "AutopilotPodsFailing": (OUT, "Autopilot containers in a waiting state (any reason: back-off, image pull, creating), worded as failing: not settled"),
}, nerc_base,
    {"node": "wrk-97", "device": "ens2f0", "deviceid": "0", "persistentvolumeclaim": "jupyterhub-nb-jdoe-pvc",
     "pool": "nerc_ocp_prod_rbd", "cronjob": "xdmod-openshift-prometheus", "owner_name": "xdmod-openshift-prometheus",
     "job_name": "xdmod-openshift-prometheus-29012345", "resource": "limits.cpu", "value": "4"},
    text=configmap_rules(*NERC, "custom_rules.yaml"))


def write():
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    nulls = sum(1 for i in ITEMS if i["expected"] is None)
    projects = {}
    for i in ITEMS:
        projects[i["project"]] = projects.get(i["project"], 0) + 1
    print(f"rulesets30f.jsonl: {len(ITEMS)} items, {nulls} null, {len(projects)} projects")
    for p, n in projects.items():
        print(f"  {p}: {n}")
    for r in LEFT_OUT:
        print("  out:", *r)


write()
