"""rulesets30f.jsonl: whole alerting-rule files of public projects no corpus used before (session 30,
sixth helper; ops/infra repositories of universities, research clouds and other organisations whose
own rule files cover their mixed services).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import RuleFiles, configmap_text, show  # noqa: E402


OUT = "OUT"
FILES = RuleFiles()
take = FILES.take


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
    text=configmap_text(NERC[0], NERC[2], NERC[1], "custom_rules.yaml"))


# ---------------------------------------------------------------------------------------------
# storpool/internal-monitoring-automation: StorPool's (a storage company) own monitoring of its
# offices, labs and network: files/prometheus/rules/*.rules. Its node.rules, postgres.rules and
# prometheus.rules are awesome-prometheus-alerts copies and its vm*.rules VictoriaMetrics' own, so
# they are not taken; generic.rules (Watchdog) and systemd.rules (SystemdUnitFailed) are copies too.
STORPOOL = "storpool/internal-monitoring-automation"
STORPOOL_COMMIT = "3ab5b0779594ca89845876586b35c6c8d4da3985"
SP_BASE = {"instance": "fgt-sof1.storpool.local", "job": "fortigate-exporter", "location": "sofia-dc1"}
SP_EXTRA = {"processor": "0", "vdom": "root", "hostname": "fgt-sof1-b", "name": "port5", "alias": "uplink-isp1",
            "ip": "10.20.0.53", "server": "ntp1.storpool.local", "ifName": "Ethernet1/12", "ifAlias": "storage-uplink",
            "collector": "ipmi", "type": "Temperature", "address": "influxdb.storpool.local:8086",
            "component_id": "loki_sink", "device": "enp65s0f1", "ike_id": "14", "ike_name": "sof-ams",
            "uniqueid": "14"}
take(STORPOOL, "files/prometheus/rules/forigate.rules", STORPOOL_COMMIT, {
    "FortigateHighCPU": (None, 0.93),
    "FortigateHighVDOMCPU": (None, 0.9),
    "FortigateHighCPUIOWait": (None, 0.37),
    "FortigateHighMemoryUsage": ("out_of_memory", 0.89),
    "FortigateHAMemberHighMemory": ("out_of_memory", 0.88),
    "FortigateHANodeDown": (None, 1),
    "FortigateHANoPrimary": (None, 0),
    "FortigateInterfaceDown": (None, 0),
    "FortigateInterfaceErrorsRX": (None, 0.4),
    "FortigateInterfaceErrorsTX": (None, 0.2),
    "FortigateHAUnexpectedFailover": (None, 3.1),
    "FortigateTrafficSpikeRX": (None, 1.21e9),
    "FortigateTrafficSpikeTX": (None, 1.08e9),
    "FortigateHighSessionCount": (OUT, "a fixed threshold on active sessions without a stated limit (rule 7)"),
    "FortigateHASessionSyncBroken": (None, 0),
    "FortigateHASessionSyncLag": (OUT, "named a sync lag, but the expression compares session counts of the HA members (name and expression disagree, rule 8)"),
    "FortigateLogDiskUsageHigh": ("disk_full", 0.84),
    "FortigateFortianalyzerQueueFailure": (OUT, "logs in the failed state of the FortiAnalyzer send queue: failed deliveries waiting for resend or dropped, not settled"),
    "FortigateDNSLatencyHigh": ("high_latency", 0.73),
    "FortigateNTPHighOffset": (None, 0.62),
    "FortigateCertificateExpiringSoon": ("certificate_expiry", 431234),
    "FortigateCertificateExpired": ("certificate_expiry", 1),
}, SP_BASE, SP_EXTRA)
take(STORPOOL, "files/prometheus/rules/ipsec.rules", STORPOOL_COMMIT, {
    "IKEDown": (None, 0),
    "ChildSADown": (None, 0),
    "IKEFlapping": (None, 4),
    "ChildSAFlapping": (None, 3),
    "IKERekeyIntervalTooLong": (None, 30600),
    "SARekeyIntervalTooLong": (None, 4200),
    "NoChildSA": (None, 1),
    "NoInboundTraffic": (None, 2),
    "NoOutboundTraffic": (None, 2),
    "NoRecentInbound": (None, 2),
    "NoRecentOutbound": (None, 2),
    "PacketRateDrop": (None, 2),
    "WeakSAEncryption": (None, 1),
    "WeakIKEEncryption": (None, 1),
    "MissingIntegrityProtection": (None, 0),
    "WeakIKEIntegrity": (None, 96),
    "LegacyIKEVersion": (None, 1),
    "RekeyDisabled": (None, 0),
    "IKERenewalDisabled": (None, 1),
}, dict(SP_BASE, instance="vpn-gw1.storpool.local:9903", job="strongswan"), dict(SP_EXTRA, name="sof-ams"))
take(STORPOOL, "files/prometheus/rules/snmp.rules", STORPOOL_COMMIT, {
    "SwitchPortStatusDown": (None, 1),
    "SwitchPortHighBandwithUtilization": (None, "94"),
    "UPSBatteryLow": (None, 1),
    "UPSBatteryCapacityDiminishing": (None, 74),
    "UPSBatteryCapacityLow": (None, 46),
    "UPSBatteryRuntimeDiminishing": (None, 1620),
    "UPSBatteryRuntimeLow": (None, 540),
    "UPSLowInputVoltage": (None, 19),
}, dict(SP_BASE, instance="sw-sof1-a.storpool.local", job="snmp"), SP_EXTRA)
take(STORPOOL, "files/prometheus/rules/bird.rules", STORPOOL_COMMIT, {
    "BGPSessionDown": (None, 0),
    "BGPNoImportedPrefixes": (None, 0),
    "BGPAnycastEndpointDown": (OUT, "no anycast prefix preferred from a BGP session, worded as an endpoint down: the endpoints withdrawn by their health checks or a routing fault, not settled"),
}, dict(SP_BASE, instance="rtr1.storpool.local:9324", job="bird", name="anycast_dns1"), SP_EXTRA)
take(STORPOOL, "files/prometheus/rules/blackbox.rules", STORPOOL_COMMIT, {
    "NoPing": ("node_down", 0),
    "NoSSH": ("node_down", 0),
    "NoHTTP": ("node_down", 0),
}, {"instance": "build-07.lab.storpool.local", "job": "lab-ping-v4"})
take(STORPOOL, "files/prometheus/rules/ipmi.rules", STORPOOL_COMMIT, {
    "IPMIDown": (OUT, "ipmi_up 0: the exporter's collector failing against a BMC (a monitor's own collection, rule 16) or the BMC unreachable, not settled"),
    "IPMISensorCritical": (None, 2),
    "IPMIFanSpeedCritical": (None, 2, {"name": "Fan3"}),
}, dict(SP_BASE, instance="s21.lab.storpool.local", job="ipmi"), SP_EXTRA)
take(STORPOOL, "files/prometheus/rules/influxdb.rules", STORPOOL_COMMIT, {
    "InfluxDBEndpointInaccessible": ("node_down", 0),
}, {"instance": "influxdb.storpool.local:8086", "job": "influxdb", "address": "influxdb.storpool.local:8086"})
take(STORPOOL, "files/prometheus/rules/jenkins.rules", STORPOOL_COMMIT, {
    "JenkinsNewKernelCheckFailure": (None, 80),
}, {"instance": "jenkins.storpool.local:8080", "job": "jenkins", "jenkins_job": "new-kernels-check"})
take(STORPOOL, "files/prometheus/rules/router.rules", STORPOOL_COMMIT, {
    "RouterNICLostCarrier": (None, 0),
}, {"instance": "rtr2.storpool.local:9100", "job": "node", "type": "bare-metal", "role": "router", "device": "enp65s0f1"})
take(STORPOOL, "files/prometheus/rules/vector.rules", STORPOOL_COMMIT, {
    "VectorBufferGettingFull": ("queue_backlog", "87.53"),
}, {"instance": "logs-1.storpool.local:9598", "job": "vector", "component_id": "loki_sink"})


# ---------------------------------------------------------------------------------------------
# Ferlab-Ste-Justine/terraform-etcd-prometheus-configuration: the CHU Sainte-Justine research
# centre's (Ferlab) Terraform module writing its Prometheus rule files to etcd; templates/*.yml.tpl
# are Terraform templates of its own rules for its hosts, external services, etcd, Patroni, Vault,
# terracd and Kubernetes services. Each is rendered as Terraform's templatefile() would for one job
# (tf_render below; the job's values are made up, alert_labels empty). prometheus-exporter.yml.tpl
# (two rules named after awesome-prometheus-alerts') and minio.yml.tpl (no alerts) are not taken.
FERLAB = "Ferlab-Ste-Justine/terraform-etcd-prometheus-configuration"
FERLAB_COMMIT = "e129b5602810ecc08cc903dd906e5408d3958bf9"


def tf_render(text, **objects):
    """A Terraform template rendered: `${expr}` interpolations and `%{ if/else/endif }`,
    `%{ for x in list }`/`%{ for k, v in map }` directives evaluated over `objects` (the template's
    variables, as SimpleNamespace)."""
    env = dict(objects, replace=lambda s, a, b: s.replace(a, b), title=lambda s: " ".join(w[:1].upper() + w[1:] for w in s.split(" ")),
               length=len)

    def ev(expr, scope):
        return eval(expr, {"__builtins__": {}}, scope)  # the template's own expressions only

    def interp(line, scope):
        return re.sub(r"\$\{([^}]*)\}", lambda m: str(ev(m.group(1), scope)), line)

    lines = text.splitlines(True)

    def block(i, scope, out, stop, live=True):
        """Lines from i to a directive in `stop`, appended to `out` when `live` (a skipped branch or
        an empty loop's body is only walked)."""
        while i < len(lines):
            m = re.match(r"\s*%\{\s*(.*?)\s*~?\}\s*$", lines[i])
            if not m:
                if live:
                    out.append(interp(lines[i], scope))
                i += 1
                continue
            d = m.group(1)
            if d in stop:
                return i, d
            if d.startswith("if "):
                cond = live and ev(d[3:], scope)
                i, end = block(i + 1, scope, out, ("else", "endif"), live and cond)
                if end == "else":
                    i, end = block(i + 1, scope, out, ("endif",), live and not cond)
                i += 1
            elif d.startswith("for "):
                fm = re.match(r"for\s+(\w+)(?:\s*,\s*(\w+))?\s+in\s+(.+)", d)
                seq = ev(fm.group(3), scope) if live else []
                items = list(seq.items()) if isinstance(seq, dict) else [(x,) for x in seq]
                end_i, _ = block(i + 1, scope, out, ("endfor",), False)
                for it in items:
                    inner = dict(scope)
                    inner[fm.group(1)] = it[0]
                    if fm.group(2):
                        inner[fm.group(2)] = it[1]
                    block(i + 1, inner, out, ("endfor",), True)
                i = end_i + 1
            else:
                raise ValueError(d)
        return i, None

    out = []
    block(0, env, out, ())
    return "".join(out)


def ferlab(name, **objects):
    return tf_render(show(FERLAB, FERLAB_COMMIT, f"templates/{name}.yml.tpl"), **objects)


def job(**kw):
    return SimpleNamespace(alert_labels={}, **kw)


take(FERLAB, "templates/node-exporter.yml.tpl", FERLAB_COMMIT, {
    "QliksenseMachineDown": ("node_down", 0),
    "QliksenseMemoryUsageHigh": ("out_of_memory", 91.7),
    "QliksenseCPUUsageHigh": (None, 93.2),
    "QliksenseDiskCountMismatch": (None, 1),
    "QliksenseDiskSpaceUsageHigh": ("disk_full", 88.4),
    "QliksenseDiskIoUsageHigh": (None, 97.1),
}, {"instance": "qliksense-1.ferlab.local:9100", "job": "qliksense-node-exporter", "device": "vda1",
    "mountpoint": "/", "fstype": "ext4"},
    text=ferlab("node-exporter", job=job(tag="qliksense", memory_usage_threshold=85, cpu_usage_threshold=90,
                                         expected_disks_count=2, disk_space_usage_threshold=85, disk_io_usage_threshold=90)))
take(FERLAB, "templates/blackbox-exporter.yml.tpl", FERLAB_COMMIT, {
    "PortalBlackboxExporterDown": (OUT, "the probe exporter itself down (up == 0), worded as alerts lost: a monitor's own scrape target, node_down of the exporter or a monitoring gap, not settled"),
    "PortalExternalServiceUnavailable": ("node_down", 0),
    "PortalExternalServiceSlow": ("high_latency", 3.42),
    "PortalExternalCertNotRenewed": ("certificate_expiry", 12.6),
    "PortalExternalTlsVersionDated": (None, 1),
}, {"instance": "https://portal.ferlab.bio", "job": "portal-blackbox-exporter"},
    text=ferlab("blackbox-exporter", job=job(tag="portal", unavailability_tolerance="5m", max_acceptable_latency=2,
                                             cert_renewal_window=20, has_tls=True, expect_recent_tls=True)))
take(FERLAB, "templates/etcd-exporter.yml.tpl", FERLAB_COMMIT, {
    "CoreEtcdMembersDown": ("node_down", 2),
    "CoreEtcdMembersLeaderless": (OUT, "fewer etcd members reporting a leader than expected: quorum loss or members down, not settled"),
    "CoreEtcdLeaderCountNot1": (OUT, "a cluster with no leader or two: quorum health, not settled"),
    "CoreEtcdLearningTooLong": (None, 1),
    "CoreEtcdLeaderChangesTooOften": (None, 0.0333),
    "CoreEtcdDbSizeTooBig": ("disk_full", 7.3),
    "CoreEtcdInconsistentVersions": (None, 2),
}, {"job": "core-etcd-exporter"},
    text=ferlab("etcd-exporter", job=job(tag="core", members_count=3, max_learn_time="30m", max_db_size=8)))
take(FERLAB, "templates/patroni-exporter.yml.tpl", FERLAB_COMMIT, {
    "ClinPgPatroniMembersDown": ("node_down", 2),
    "ClinPgPatroniMembersPostgresServiceDown": ("node_down", 2),
    "ClinPgPatroniMembersPostgresServiceRestarting": ("crash_loop", 3.5),
    "ClinPgPatroniPrimaryCountUnexpected": (OUT, "no primary or two: a failover or a split brain, not settled"),
    "ClinPgPatroniReplicaCountUnexpected": (OUT, "fewer replicas than members minus one: replicas down or promoted, not settled (rule 17's standby count below target is broken replication only for CloudNativePG)"),
    "ClinPgPatroniSyncStandbyCountUnexpected": (None, 0),
    "ClinPgPatroniStreamingCountUnexpected": (None, 1),
    "ClinPgPatroniVersionUnexpected": (None, 3),
    "ClinPgPatroniPostgresVersionUnexpected": (None, 15),
    "ClinPgPatroniPostgresTimelineInconsistent": (None, 1),
    "ClinPgPatroniReplicasWalDivergenceHigh": ("replication_lag", 212.4),
}, lambda name: ({"job": "clin-pg-patroni-exporter", "instance": "clin-pg-2.ferlab.local:8008"}
                 if name.endswith(("Restarting", "VersionUnexpected")) else {"job": "clin-pg-patroni-exporter"}),
    text=ferlab("patroni-exporter", job=job(tag="clin-pg", members_count=3, synchronous_replication=True,
                                            patroni_version="4", postgres_version="16", max_wal_divergence=100,
                                            patroni_full_version=False, postgres_full_version=False)))
take(FERLAB, "templates/terracd.yml.tpl", FERLAB_COMMIT, {
    "OpenstackInfraLastCommandTooLongAgo": (None, 31.5),
    "OpenstackInfraLastApplyTooLongAgo": (None, 50.2),
    "OpenstackInfraPlanCommandFailedForTooLong": (None, 2.4),
    "OpenstackInfraApplyCommandFailedForTooLong": (None, 1.1),
    "OpenstackInfraDestroyCommandFailedForTooLong": (None, 0.8),
}, {"job": "openstack-infra", "command": "apply"},
    text=ferlab("terracd", job=job(tag="openstack-infra", run_interval_threshold=30, apply_interval_threshold=48,
                                   failure_time_frame=24, provider_use_time_frame=24, unit="hour", time_dividor=3600,
                                   command_timestamp_metric="terracd_command_timestamp_seconds")))
take(FERLAB, "templates/vault-exporter.yml.tpl", FERLAB_COMMIT, {
    "CoreVaultVaultNodeSealed": (OUT, "fewer unsealed Vault nodes than expected: sealed after a restart (waiting for an operator's unseal) or down, not settled"),
}, {"job": "core-vault-vault-exporter"},
    text=ferlab("vault-exporter", job=job(tag="core-vault", expected_unsealed_count=3)))
take(FERLAB, "templates/kubernetes.yml.tpl", FERLAB_COMMIT, {
    "QaClinFrontendTooFewInstancesRunning": (OUT, "fewer running pods of a service than its expected minimum: a count below its target (pods down, pending or rolling), not settled"),
}, {"cluster": "qa"},
    text=ferlab("kubernetes", cluster=SimpleNamespace(tag="qa", expected_services=[
        SimpleNamespace(namespace="clin", name="clin-frontend", expected_min_count=2, expected_start_delay=60, alert_labels={})])))
take(FERLAB, "templates/heartbeat.yml.tpl", FERLAB_COMMIT, {
    "Heartbeat": (OUT, "shares its name with a blind set's rule"),
}, {"job": "prometheus"},
    text=ferlab("heartbeat", heartbeat=SimpleNamespace(hour=13, minute=0, alert_labels={})))


# ---------------------------------------------------------------------------------------------
# openfoodfacts/openfoodfacts-monitoring: Open Food Facts' (a non-profit association) monitoring
# stack; configs/prometheus/alerts.yml holds its own rules for its VMs, Postfix, certificates,
# Robotoff's availability SLO, probes and scrape targets.
OFF = ("openfoodfacts/openfoodfacts-monitoring", "configs/prometheus/alerts.yml", "752a3193d76f24eec8004d4c9b39f5fd0f367d2b")
take(*OFF, {
    "VMOutOfMemory": ("out_of_memory", "8.42"),
    "OutOfDiskSpace": ("disk_full", "6.71"),
    "Postfix mail messages queue is high": ("queue_backlog", 34),
    "Postfix - too few message sent": (None, 41),
    "SSLCertificateExpiringSoon": ("certificate_expiry", "2026-12-09 11:30:00 +0000 UTC"),
    "SSLCertificateExpired": ("certificate_expiry", "2026-12-04 08:12:41 +0000 UTC"),
    "APIHighRequestErrors": ("high_error_rate", "97.31"),
    "ServiceProbeFailed": ("node_down", 0),
    "PrometheusTargetMissing": ("node_down", 0),
}, lambda name: ({"instance": "https://world.openfoodfacts.org/", "job": "blackbox-exporter-http", "env": "prod"}
                 if name.startswith(("SSL", "ServiceProbe")) else
                 {"instance": "off1.openfoodfacts.org:9100", "job": "node-exporter", "env": "prod"}),
    {"queue": "deferred", "app": "off", "service": "robotoff-api", "mountpoint": "/", "device": "/dev/sda1"})


FILES.write("rulesets30f.jsonl")
