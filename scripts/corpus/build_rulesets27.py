"""rulesets27.jsonl: whole alerting-rule files of public projects no corpus used before (session 27).

One item per alertname of each file (identical copies once); labels decided by hand under
tests/fixtures/corpus/POLICY.md from each rule's expression and wording, before any classifier ran.
Rules left out under POLICY rule 6 are listed in OUT with their reason (and in SOURCES.md).
Templates are filled here: `{{ $labels.x }}` with the made-up value of that label (which also becomes
an alert label), `{{ $value }}` (with or without a pipe) with the number given, `{{ $labels }}` with Go's
map rendering of the series' labels. Everything else keeps the source's wording.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import probe_item, provenance  # noqa: E402
from rule_templates import PUBLIC_DIR, write_items  # noqa: E402

ITEMS = []
OUT = []  # (repo, path, alertname, reason): left out under POLICY rule 6


def render(text, series, value):
    def label(m):
        return series[m.group(1)]
    text = re.sub(r"\{\{\s*toLower\s+\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}",
                  lambda m: series[m.group(1)].lower(), text)
    text = re.sub(r"\{\{\s*\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}", label, text)
    text = re.sub(r"\{\{\s*\$labels\s*\}\}",
                  "map[" + " ".join(f"{k}:{v}" for k, v in sorted(series.items())) + "]", text)
    text = re.sub(r"\{\{\s*(?:printf\s+\"[^\"]*\"\s+)?\$value(?:\s*\|[^}]*)?\s*\}\}", str(value), text)
    text = re.sub(r"\{\{\s*\$value\s*\|\s*printf\s+\"[^\"]*\"\s*\}\}", str(value), text)
    assert "{{" not in text, text
    return text


def rule(src, alertname, rule_labels, annotations, expected, series, value=1):
    """One alerting rule of file src = (repo, path, commit), fired for one series."""
    repo, path, commit = src
    labels = {"alertname": alertname}
    labels.update({k: render(v, series, value) for k, v in rule_labels.items()})
    labels.update(series)
    anns = {k: render(v, series, value) for k, v in annotations.items()}
    ITEMS.append(probe_item(labels, anns, expected, f"{repo} {path}: {alertname}", repo,
                            provenance(repo, path, commit)))


def out(src, alertname, reason):
    OUT.append((src[0], src[1], alertname, reason))


# ---------------------------------------------------------------------------------------------
# canonical/mysql-k8s-operator: src/prometheus_alert_rules/general_rules.yaml, replication_rules.yaml
# (metrics_alert_rules.yaml is the older name of general_rules.yaml: not taken twice)
MYSQL = "canonical/mysql-k8s-operator"
MY_GEN = (MYSQL, "src/prometheus_alert_rules/general_rules.yaml", "29ea602cb205c31651e14377fc00a56484b2f883")
MY_REP = (MYSQL, "src/prometheus_alert_rules/replication_rules.yaml", "0f8417378d7506f48fde5d4fe05502b9e997a4ca")
my = {"instance": "mysql-k8s-1", "juju_application": "mysql-k8s", "juju_model": "prod-db",
      "juju_unit": "mysql-k8s/1"}
rule(MY_GEN, "MySQLDown", {"severity": "critical"}, {
    "summary": "MySQL instance {{ $labels.instance }} is down.",
    "description": "The MySQL instance is not reachable.\nPlease check if the MySQL process is running and the network connectivity.\nLABELS = {{ $labels }}.\n"},
    "node_down", my, 0)
rule(MY_GEN, "MySQLMetricsScrapeError", {"severity": "warning"}, {
    "summary": "MySQL instance {{ $labels.instance }} has a metrics scrape error.",
    "description": "The MySQL Exporter encountered an error while scraping metrics.\nCheck the MySQL Exporter logs for more details.\nLABELS = {{ $labels }}.\n"},
    None, my, 2)
rule(MY_GEN, "MySQLTooManyConnections(>90%)", {"severity": "warning"}, {
    "summary": "MySQL instance {{ $labels.instance }} is using > 90% of `max_connections`.",
    "description": "Consider checking the client application responsible for generating those additional connections.\nLABELS = {{ $labels }}.\n"},
    "connection_pool_exhaustion", my, 93.4)
rule(MY_GEN, "MySQLHighThreadsRunning", {"severity": "warning"}, {
    "summary": "MySQL instance {{ $labels.instance }} is actively using > 80% of `max_connections`.",
    "description": "Consider reviewing the value of the `max-connections` config parameter or allocate more resources to your database server.\nLABELS = {{ $labels }}.\n"},
    "connection_pool_exhaustion", my, 84.2)
out(MY_GEN, "MySQLHighPreparedStatementsUtilization(>80%)",
    "prepared-statement count against its limit: neither connections nor memory (the memory is a guess, rule 17)")
rule(MY_GEN, "MySQLSlowQueries", {"severity": "info"}, {
    "summary": "MySQL instance {{ $labels.instance }} has slow queries.",
    "description": "Consider optimizing the query by reviewing its execution plan, then rewrite the query and add any relevant indexes.\nLABELS = {{ $labels }}.\n"},
    "high_latency", my, 3)
out(MY_GEN, "MySQLInnoDBLogWaits", "InnoDB log-buffer waits: write stalls, neither latency of requests nor disk capacity")
rule(MY_GEN, "MySQLRestarted", {"severity": "info"}, {
    "summary": "MySQL instance {{ $labels.instance }} restarted.",
    "description": "MySQL restarted less than one minute ago.\nIf the restart was unplanned or frequent, check Loki logs (e.g. `error.log`).\nLABELS = {{ $labels }}.\n"},
    None, my, 41)
out(MY_GEN, "MySQLConnectionErrors", "connection_errors_total mixes refused (max_connections), accept and internal errors; cause not settled")
myr = {"instance": "mysql-k8s-2", "juju_application": "mysql-k8s", "juju_model": "prod-db",
       "juju_unit": "mysql-k8s/2", "member_state": "OFFLINE"}
rule(MY_REP, "MySQLClusterUnitOffline", {"severity": "warning"}, {
    "summary": "MySQL cluster member {{ $labels.instance }} is offline",
    "description": "The MySQL member is marked offline in the cluster, although the process might still be running.\nIf this is unexptected, please check the logs.\nLABELS = {{ $labels }}.\n"},
    "node_down", myr, 1)
myc = {"juju_application": "mysql-k8s", "juju_model": "prod-db"}
rule(MY_REP, "MySQLClusterNoPrimary", {"severity": "critical"}, {
    "summary": "MySQL cluster reports no primariy",
    "description": "MySQL has no primaries. The cluster will likely be in a Read-Only state.\nPlease check the cluster health, the logs and investigate.\nLABELS = {{ $labels }}.\n"},
    None, myc, 1)
rule(MY_REP, "MySQLClusterTooManyPrimaries", {"severity": "critical"}, {
    "summary": "MySQL cluster reports more than one primary.",
    "description": "MySQL reports more than one primary. This is can indicate a split-brain situation.\nPlease refer to the troubleshooting docs.\nLABELS = {{ $labels }}.\n"},
    None, myc, 2)
rule(MY_REP, "MySQLNoReplication", {"severity": "warning"}, {
    "summary": "MySQL cluster has no secondaries.",
    "description": "The MySQL cluster has no secondaries. This means that the cluster is not redundant and a failure of the primary will lead to downtime.\nPlease check the cluster health, the logs and investigate.\nLABELS = {{ $labels }}.\n"},
    None, myc, 1)
rule(MY_REP, "MySQLGroupReplicationReduced", {"severity": "warning"}, {
    "summary": "MySQL cluster's Group Replication size reduced",
    "description": "The number of ONLINE members in the MySQL Group Replication cluster has reduced compared to the maximum observed in the last 6 hours.\nPlease check the cluster health, the logs and investigate.\nLABELS = {{ $labels }}.\n"},
    None, myc, 2)
rule(MY_REP, "MySQLGroupReplicationConflicts", {"severity": "warning"}, {
    "summary": "MySQL cluster reports Group Replication conflicts",
    "description": "Conflicts indicate concurrent writes to the same rows/keys across members.\nPlease check the cluster health, the logs and investigate.\nLABELS = {{ $labels }}.\n"},
    None, dict(my, instance="mysql-k8s-0", juju_unit="mysql-k8s/0"), 0.4)
out(MY_REP, "MySQLGroupReplicationQueueSizeHigh",
    "transactions waiting for certification: replication lag or a queue, POLICY does not settle which")

# ---------------------------------------------------------------------------------------------
# canonical/openstack-exporter-operator: src/prometheus_alert_rules/*.yaml (all five files)
OSE = "canonical/openstack-exporter-operator"
OS_GEN = (OSE, "src/prometheus_alert_rules/general.yaml", "4118b0d73222f1acac761074e2081dcc94ea900b")
OS_CIN = (OSE, "src/prometheus_alert_rules/cinder_rules.yaml", "4ae84add9fb116d22ed5a7ef0b77c40e48025fba")
OS_NEU = (OSE, "src/prometheus_alert_rules/neutron_rules.yaml", "742678739839a5bc08c63c78e0579537f525461d")
OS_NOV = (OSE, "src/prometheus_alert_rules/nova_compute.yaml", "742678739839a5bc08c63c78e0579537f525461d")
OS_OCT = (OSE, "src/prometheus_alert_rules/octavia_rules.yaml", "69ea1c676a0a7378eeb1486dcb97febed0937322")
rule(OS_GEN, "OpenStackServicesDown", {"severity": "critical", "service": "{{ $labels.service }}"}, {
    "summary": "OpenStack Services Down",
    "description": "The OpenStack service {{ $labels.service }} is down\n"},
    "node_down", {"service": "placement"}, 0)
rule(OS_GEN, "OpenStackMetricsMissing", {"severity": "critical"}, {
    "summary": "OpenStack Metrics Missing",
    "description": "All OpenStack metrics are missing for over 5 minutes. This could be due to the\nconnectivity issue of the OpenStack APIs, or the cache of the metrics has expired.\n"},
    None, {}, 1)
cin = {"hostname": "cinder-volume-2@lvm", "service": "cinder-volume", "zone": "nova",
       "juju_application": "openstack-exporter", "juju_model": "openstack"}
rule(OS_CIN, "CinderStateWarning", {"severity": "warning"}, {
    "summary": "Cinder service disabled. (Instance {{ $labels.hostname }})",
    "description": "The Cinder service is currently disabled on host {{ $labels.hostname }}.\n  LABELS = {{ $labels }}\n"},
    None, dict(cin, adminState="disabled"), 1)
rule(OS_CIN, "CinderStateCritical", {"severity": "critical"}, {
    "summary": "Cinder service down. (Instance {{ $labels.hostname }})",
    "description": "The Cinder service is currently down on host {{ $labels.hostname }}.\n  LABELS = {{ $labels }}\n"},
    "node_down", dict(cin, adminState="enabled"), 0)
rule(OS_NEU, "NeutronMetricsMissing", {"severity": "critical"}, {
    "summary": "Neutron Metrics Missing",
    "description": "No Neutron metrics have been received in the last 5 minutes.\n"},
    None, {}, 1)
rule(OS_NEU, "NeutronStateCritical", {"severity": "critical"}, {
    "summary": "Neutron service down. (Instance {{ $labels.hostname }})",
    "description": "The Neutron service '{{ $labels.service }}' is currently down on host {{ $labels.hostname }}.\n  LABELS = {{ $labels }}\n"},
    "node_down", {"adminState": "up", "hostname": "compute-07", "service": "neutron-openvswitch-agent",
                  "zone": "nova"}, 0)
port = {"admin_state_up": "true", "binding_vif_type": "binding_failed", "mac_address": "fa:16:3e:4c:91:0a",
        "network_id": "5e0d3c1a-7b2f-4d58-9a61-2f8c0b7e4d13", "uuid": "a7c1e2f4-3b9d-4e0a-8c6f-1d2e3f4a5b6c"}
rule(OS_NEU, "NeutronPortsCritical", {"severity": "critical"}, {
    "summary": "Neutron gateway ports binding failing.",
    "description": "Please check if neutron workers and/or server is overloaded\n  LABELS = {{ $labels }}\n"},
    None, dict(port, device_owner="network:router_gateway"), 1)
rule(OS_NEU, "NeutronPortsWarning", {"severity": "warning"}, {
    "summary": "Neutron ports binding failing.",
    "description": "Some ports are failing to bind\n  LABELS = {{ $labels }}\n"},
    None, dict(port, device_owner="compute:nova"), 1)
rule(OS_NOV, "NoveMetricsMissing", {"severity": "critical"}, {
    "summary": "Nova Metrics Missing",
    "description": "No Nova metrics have been received in the last 5 minutes.\n"},
    None, {}, 1)
rule(OS_NOV, "NovaComputeDown", {"severity": "critical"}, {
    "summary": "Nova Compute Agent Down",
    "description": "The Compute Agent {{ $labels.service }} on {{ $labels.hostname }} is down\n"},
    "node_down", {"adminState": "enabled", "hostname": "compute-12", "service": "nova-compute", "zone": "nova"}, 0)
lb = {"id": "3f2b9c4e-1a7d-4c55-8e0b-6d9a2f1c7e38", "name": "k8s-ingress-lb", "project_id": "9b1e4d2c7a6f48e3b5d0c1a2e3f4a5b6",
      "provider": "amphora", "vip_address": "10.5.0.214"}
rule(OS_OCT, "LoadBalancerProvisioningError", {"severity": "critical"}, {
    "summary": "OpenStack Loadbalancer {{ $labels.id }} Provisioning State in ERROR",
    "description": "The OpenStack Loadbalancer {{ $labels.id }}, {{ $labels.name }} is in provisioning_status: ERROR. Additional data:\nProject ID: {{ $labels.project_id }}\nVIP Address: {{ $labels.vip_address }}\nOperating Status: {{ $value }}\n"},
    None, dict(lb, provisioning_status="ERROR"), 1)
rule(OS_OCT, "LoadBalancerProvisioningPending", {"severity": "critical"}, {
    "summary": "OpenStack Loadbalancer {{ $labels.id }} has been in provisioning State in a {{ $labels.provisioning_status }} for more than an hour",
    "description": "The OpenStack Loadbalancer {{ $labels.id }}, {{ $labels.name }} has been  in provisioning_status: {{ $labels.provisioning_status }}. Additional data:\nProject ID: {{ $labels.project_id }}\nVIP Address: {{ $labels.vip_address }}\nOperating Status: {{ $value }}"},
    None, dict(lb, name="magnum-api-lb", id="c81d0e6a-2f4b-4b7e-9d3c-5a6e7f8091ab", vip_address="10.5.0.87",
               provisioning_status="PENDING_UPDATE"), 1)

# ---------------------------------------------------------------------------------------------
# canonical/vault-k8s-operator: src/prometheus_alert_rules/*.rule (one rule a file)
VAULT = "canonical/vault-k8s-operator"
V_FT = (VAULT, "src/prometheus_alert_rules/failure_tolerance.rule", "2e6c8a0a77517f98d96726bd86cd89dfd815c984")
V_LC = (VAULT, "src/prometheus_alert_rules/leader_last_contact.rule", "2e6c8a0a77517f98d96726bd86cd89dfd815c984")
V_LS = (VAULT, "src/prometheus_alert_rules/leadership_setup_failure.rule", "2e6c8a0a77517f98d96726bd86cd89dfd815c984")
V_SE = (VAULT, "src/prometheus_alert_rules/vault_sealed.rule", "2b1cfa538f13a10ad2431a0a63f5d0546e5ac760")
rule(V_FT, "VaultFailureToleranceRule", {"severity": "critical"}, {
    "summary": "Vault cluster has low failure tolerance and the quorum could be lost.",
    "description": "Vault autopilot reports that the cluster has 1 or fewer extra healthy nodes in excess of quorum."},
    None, {"instance": "vault-k8s-0.vault-k8s-endpoints.vault.svc.cluster.local:8200", "juju_application": "vault-k8s",
           "juju_model": "vault"}, 1)
out(V_LC, "VaultClusterLeaderLastContactRule",
    "raft leader's last contact with followers: peer heartbeat delay, not request latency; not settled")
out(V_LS, "VaultClusterLeadershipSetupFailureRule",
    "name says failed setup, expression and wording measure a setup delay (POLICY rule 8: name and expression disagree)")
out(V_SE, "VaultSealedRule", "a sealed Vault refuses requests but is up; sealing is not settled")

# ---------------------------------------------------------------------------------------------
# canonical/hardware-observer-operator: src/prometheus_alert_rules/{general,smart,ipmi_sensors,ipmi_sel,
# redfish,dcgm}.yaml (the RAID-tool files mega_raid, ssacli, perccli, lsi_sas*, ipmi_dcmi not taken)
HWO = "canonical/hardware-observer-operator"
HW_GEN = (HWO, "src/prometheus_alert_rules/general.yaml", "0367d86fa54adbc83e4f7731697367e434829aee")
HW_SMART = (HWO, "src/prometheus_alert_rules/smart.yaml", "0d8177a35792092eacb0b5877fa2831d4c5eb6f6")
HW_SENS = (HWO, "src/prometheus_alert_rules/ipmi_sensors.yaml", "138ab173c75e516201f7054f2579a4f1abe83a90")
HW_SEL = (HWO, "src/prometheus_alert_rules/ipmi_sel.yaml", "286e7059eaa67eb64b3bd3a733b1f8452971e327")
HW_RF = (HWO, "src/prometheus_alert_rules/redfish.yaml", "2cf7b2aa1466963b19e09bf6d7d8725a103014d9")
HW_DCGM = (HWO, "src/prometheus_alert_rules/dcgm.yaml", "2770f804dc22a58cd040a17a15b86b7436b1333d")
hw = {"instance": "ceph-osd-3", "juju_application": "hardware-observer", "juju_model": "openstack",
      "juju_unit": "hardware-observer/3"}
rule(HW_GEN, "CollectorFailed", {"severity": "critical"}, {
    "summary": "Collector failed. (instance {{ $labels.instance }})",
    "description": "A collector failed to fetch the metrics. Please reach out to hardware-observer maintainers.\n  LABELS = {{ $labels }}\n"},
    None, dict(hw, __name__="redfish_collector_failed"), 1)
smart = dict(hw, device="nvme0")
rule(HW_SMART, "SMARTCriticalWarning", {"severity": "critical"}, {
    "summary": "SMART controller has a warning that is critical. (instance {{ $labels.instance }})",
    "description": "Critical warnings present for the state of the controller.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    None, smart, 4)
rule(HW_SMART, "SMARTDeviceSmartStatusFail", {"severity": "critical"}, {
    "summary": "SMART status for device is 0. (instance {{ $labels.instance }})",
    "description": "SMART status for a device is 0.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    None, dict(hw, device="sdc"), 0)
rule(HW_SMART, "SMARTExitStatusFail", {"severity": "warning"}, {
    "summary": "SMARTCTL exit status is bad. (instance {{ $labels.instance }})",
    "description": "SMARTCTL exit status for a device is not 0.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    None, dict(hw, device="sdb"), 64)
rule(HW_SENS, "IPMIMonitoringCommandFailed", {"severity": "critical"}, {
    "summary": "Failed to run ipmimonitoring. (instance {{ $labels.instance }})",
    "description": "Failed to get ipmi sensor data using ipmimonitoring.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    None, hw, 0)
for name, what, unit, metric_unit, sensor, val in [
        ("IPMITemperatureStateNotOk", "Temperature", "TEMPERATURE_CELSIUS", "Temperature", "CPU1 Temp", 91),
        ("IPMIPowerStateNotOk", "Power", "POWER_WATTS", "Power", "PS2 Input Power", 0),
        ("IPMIVoltageStateNotOk", "Voltage", "VOLTAGE_VOLTS", "Voltage", "P12V", 10.8),
        ("IPMICurrentStateNotOk", "Current", "CURRENT_AMPERES", "Current", "PS1 Current", 9.6),
        ("IPMIFanSpeedStateNotOk", "Fan speed", "FAN_SPEED_RPM", "Fan", "FAN3", 720)]:
    state = "Critical" if name in ("IPMITemperatureStateNotOk", "IPMIPowerStateNotOk") else "Warning"
    rule(HW_SENS, name, {"severity": "{{ toLower $labels.state }}"}, {
        "summary": what + " in {{ toLower $labels.state }} state. (instance {{ $labels.instance }})",
        "description": what + ", recorded by ipmi sensor, in {{ toLower $labels.state }} state.\n  " + unit
        + " = {{ $value }}\n  LABELS = {{ $labels }}\n"},
        None, dict(hw, name=sensor, state=state, id=str(len(ITEMS) + 11)), val)
rule(HW_SENS, "IPMISensorStateNotOk", {"severity": "{{ toLower $labels.state }}"}, {
    "summary": "IPMI sensor value in {{ toLower $labels.state }} state. (instance {{ $labels.instance }})",
    "description": "A sensor value, recorded by ipmi sensor, in {{ toLower $labels.state }} state. Entity Presence and Slot Connector sensors are ignored.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    None, dict(hw, name="PS1 Status", state="Critical", type="Power Supply", unit=""), 1)
rule(HW_SEL, "IPMISELCommandFailed", {"severity": "critical"}, {
    "summary": "Failed to run ipmi-sel. (instance {{ $labels.instance }})",
    "description": "Failed to get system event logs using ipmi-sel.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    None, hw, 0)
rule(HW_SEL, "IPMISELStateWarning", {"severity": "warning"}, {
    "summary": "IPMI system event log in warning state. (instance {{ $labels.instance }})",
    "description": "IPMI SEL entry in warning state.\n  LABELS = {{ $labels }}\n"},
    None, dict(hw, name="Drive Presence", type="Drive Slot"), 1)
rule(HW_SEL, "IPMISELStateCritical", {"severity": "critical"}, {
    "summary": "IPMI system event log in critical state. (instance {{ $labels.instance }})",
    "description": "IPMI SEL entry in critical state.\n  LABELS = {{ $labels }}\n"},
    None, dict(hw, name="PS2 Status", type="Power Supply"), 2)
rule(HW_SEL, "IPMISELDStateWarning", {"severity": "warning"}, {
    "summary": "IPMISELD service is not active. (instance {{ $labels.instance }})",
    "description": "The ipmiseld service is not active, indicating a potential problem.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    "node_down", dict(hw, name="ipmiseld.service", state="active"), 0)
rule(HW_RF, "RedfishCallFailed", {"severity": "warning"}, {
    "summary": "Call to the Redfish API failed. (instance {{ $labels.instance }})",
    "description": "Failure in calling the Redfish API.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    None, hw, 0)
out(HW_RF, "RedfishServiceUnavailable",
    "the BMC's Redfish service answers none: the monitor's source unavailable or the BMC down, not settled")
rule(HW_RF, "RedfishSensorHealthNotOk", {"severity": "critical"}, {
    "summary": "Redfish sensor health not Ok. (instance {{ $labels.instance }})",
    "description": "Redfish sensor health not Ok.\n  SENSOR_READING = {{ $labels.reading }}\n  LABELS = {{ $labels }}\n"},
    None, dict(hw, health="Warning", reading="89.0Cel", sensor="Inlet Temp", system_id="1"), 1)
for name, what, extra in [
        ("RedfishProcessorHealthNotOk", "processor", {"processor_id": "CPU.Socket.2", "system_id": "System.Embedded.1"}),
        ("RedfishStorageControllerHealthNotOk", "storage controller", {"controller_id": "RAID.Integrated.1-1", "system_id": "System.Embedded.1"}),
        ("RedfishChassisHealthNotOk", "chassis", {"chassis_id": "System.Embedded.1"}),
        ("RedfishStorageDriveHealthNotOk", "storage drive", {"drive_id": "Disk.Bay.4:Enclosure.Internal.0-1", "system_id": "System.Embedded.1"}),
        ("RedfishMemoryDimmHealthNotOk", "memory dimm", {"memory_id": "DIMM.Socket.B3", "system_id": "System.Embedded.1"})]:
    rule(HW_RF, name, {"severity": "critical"}, {
        "summary": "Redfish " + what + " health not OK. (instance {{ $labels.instance }})",
        "description": "Redfish " + what + " health not OK.\n  LABELS = {{ $labels }}\n"},
        None, dict(hw, health="Critical", **extra), 1)
rule(HW_RF, "RedfishSmartStorageHealthNotOk", {"severity": "critical"}, {
    "summary": "Redfish smart storage health not OK. (instance {{ $labels.instance }})",
    "description": "Redfish smart storage health not OK.\n  VALUE = {{ $value }}\n  LABELS = {{ $labels }}\n"},
    None, dict(hw, system_id="1"), 0)
gpu = dict(hw, instance="gpu-node-2", juju_unit="hardware-observer/5", nvidia_gpu="0", UUID="GPU-6c1f0e2a-8d3b-4f7e-a915-2b4c6d8e0f13")
rule(HW_DCGM, "HWPowerBrakeThrottle", {"severity": "warning"}, {
    "summary": "GPU Hardware Power Brake Slowdown throttling detected. (instance {{ $labels.instance }})",
    "description": "HW Power Brake Slowdown (reducing the core clocks by a factor of 2 or more) is engaged on NVIDIA GPU: {{ $labels.nvidia_gpu }}.\nThis is an indicator of: \n    - External Power Brake Assertion being triggered (e.g. by the system power supply)\nLABELS = {{ $labels }}\n"},
    None, gpu, 1)
rule(HW_DCGM, "HWThermalThrottle", {"severity": "warning"}, {
    "summary": "GPU Hardware Thermal throttling detected. (instance {{ $labels.instance }})",
    "description": "HW Thermal Slowdown (reducing the core clocks by a factor of 2 or more) is engaged on NVIDIA GPU: {{ $labels.nvidia_gpu }}.\nThis is an indicator of:\n    - Temperature being too high\nLABELS = {{ $labels }}\n"},
    None, dict(gpu, nvidia_gpu="3"), 1)
rule(HW_DCGM, "SWThermalThrottle", {"severity": "warning"}, {
    "summary": "GPU Software Thermal throttling detected. (instance {{ $labels.instance }})",
    "description": "SW Thermal Slowdown is engaged on NVIDIA GPU: {{ $labels.nvidia_gpu }}.\nThis is an indicator of:\n    - Current GPU temperature above the GPU Max Operating Temperature\n    - Current memory temperature above the Memory Max Operating Temperature\nLABELS = {{ $labels }}\n"},
    None, dict(gpu, nvidia_gpu="1"), 1)
rule(HW_DCGM, "HWSlowdownThrottle", {"severity": "warning"}, {
    "summary": "GPU Hardware Slowdown throttling detected. (instance {{ $labels.instance }})",
    "description": "HW Slowdown (reducing the core clocks by a factor of 2 or more) is engaged on NVIDIA GPU: {{ $labels.nvidia_gpu }}.\nThis is an indicator of:\n    - Temperature being too high\n    - External Power Brake Assertion is triggered (e.g. by the system power supply)\n    - Power draw is too high and Fast Trigger protection is reducing the clocks\n    - May be also reported during PState or clock change\nLABELS = {{ $labels }}\n"},
    None, dict(gpu, nvidia_gpu="2"), 1)
rule(HW_DCGM, "SWPowerThrottle", {"severity": "warning"}, {
    "summary": "GPU Software Power throttling detected. (instance {{ $labels.instance }})",
    "description": "SW Power Scaling algorithm is reducing the clocks below requested clocks on NVIDIA GPU: {{ $labels.nvidia_gpu }}.\nLABELS = {{ $labels }}\n"},
    None, gpu, 1)

# ---------------------------------------------------------------------------------------------
# canonical/valkey-operator: src/cos/alert_rules/prometheus/valkey.yaml
VALKEY = ("canonical/valkey-operator", "src/cos/alert_rules/prometheus/valkey.yaml",
          "75a4077b2ebfff98daa2d0ecdc8e5b6ff8bc0811")
vk = {"instance": "valkey-1", "juju_application": "valkey", "juju_model": "cache", "juju_unit": "valkey/1"}
vka = {"juju_application": "valkey", "juju_model": "cache"}
rule(VALKEY, "ValkeyDown", {"severity": "critical"}, {
    "summary": "Valkey is down on {{ $labels.juju_unit }}",
    "description": "Valkey process on unit {{ $labels.juju_unit }} is unreachable by metrics exporter."},
    "node_down", vk, 0)
rule(VALKEY, "ValkeyMissingPrimary", {"severity": "critical"}, {
    "summary": "Valkey cluster has no primary",
    "description": "Valkey cluster has no unit reporting role=\"master\". Automatic failover may have stalled."},
    None, {}, 0)
rule(VALKEY, "ValkeyTooManyPrimaries", {"severity": "critical"}, {
    "summary": "Valkey cluster has multiple primaries (split-brain)",
    "description": "More than one Valkey unit reports role=\"master\". Sentinel split-brain detected."},
    None, {}, 2)
rule(VALKEY, "ValkeyDisconnectedReplicas", {"severity": "critical"}, {
    "summary": "Valkey replicas disconnected from replication",
    "description": "Replicas are not replicating from primary on Valkey cluster {{ $labels.juju_application }}."},
    None, vka, 1)
rule(VALKEY, "ValkeyReplicationBroken", {"severity": "critical"}, {
    "summary": "Valkey replication connection dropped",
    "description": "A replica node was lost from primary on {{ $labels.juju_unit }}."},
    None, dict(vk, instance="valkey-0", juju_unit="valkey/0"), -1)
rule(VALKEY, "ValkeyClusterFlapping", {"severity": "critical"}, {
    "summary": "Valkey replication connection is flapping",
    "description": "Rapid reconnect/disconnect cycles detected on {{ $labels.juju_unit }}."},
    None, dict(vk, instance="valkey-0", juju_unit="valkey/0"), 4)
rule(VALKEY, "ValkeyOutOfSystemMemory", {"severity": "warning"}, {
    "summary": "Valkey system memory usage > 90%",
    "description": "Memory usage on {{ $labels.juju_unit }} exceeds 90% of available system memory."},
    "out_of_memory", vk, 92.7)
rule(VALKEY, "ValkeyOutOfConfiguredMaxmemory", {"severity": "warning"}, {
    "summary": "Valkey memory usage approaching maxmemory (> 90%)",
    "description": "Memory usage on {{ $labels.juju_unit }} is above 90% of configured maxmemory limit."},
    "out_of_memory", dict(vk, instance="valkey-2", juju_unit="valkey/2"), 96.1)
rule(VALKEY, "ValkeyTooManyConnections", {"severity": "warning"}, {
    "summary": "Valkey client connections > 90% of limit",
    "description": "Connected clients on {{ $labels.juju_unit }} exceeds 90% of maxclients."},
    "connection_pool_exhaustion", vk, 94.0)

# ---------------------------------------------------------------------------------------------
# canonical/cassandra-operator: src/alert_rules/prometheus/prometheus_alerts.yaml
CASS = ("canonical/cassandra-operator", "src/alert_rules/prometheus/prometheus_alerts.yaml",
        "60bdeb7d0902834f47eb286b57c98e12edb103e6")
rule(CASS, "CassandraHeapMemoryHigh", {"severity": "warning"}, {
    "summary": "Cassandra heap memory usage high (instance {{ $labels.instance }})",
    "description": "Cassandra JVM heap memory is above 80%.\nVALUE = {{ $value }}\nLABELS = {{ $labels }}\n"},
    "out_of_memory", {"instance": "cassandra-2"}, 87.3)
rule(CASS, "CassandraInstanceDown", {"severity": "critical"}, {
    "summary": "Cassandra instance down ({{ $labels.instance }})",
    "description": "Target is down for more than 1 minute.\nLABELS = {{ $labels }}\n"},
    "node_down", {"instance": "10.12.4.31:7071", "job": "cassandra", "juju_application": "cassandra",
                  "juju_model": "data", "juju_unit": "cassandra/1"}, 0)

# ---------------------------------------------------------------------------------------------
# canonical/traefik-k8s-operator: src/prometheus_alert_rules/*.rule
TRAEFIK = "canonical/traefik-k8s-operator"
TR_UN = (TRAEFIK, "src/prometheus_alert_rules/unit_unavailable.rule", "15b1adf13ae83ea810b0a958b6a4b3bbde9206df")
TR_RL = (TRAEFIK, "src/prometheus_alert_rules/reload_failure.rule", "1a2b4fe67b430bd9479b9518793ebe6f05c57694")
tr = {"instance": "traefik-k8s-0", "juju_application": "traefik-k8s", "juju_model": "cos",
      "juju_unit": "traefik-k8s/0", "job": "juju_cos_traefik-k8s_prometheus_scrape"}
rule(TR_UN, "TraefikIngressUnitIsUnavailable", {"severity": "critical"}, {
    "summary": "Traefik ingress unit {{ $labels.juju_model }}/{{ $labels.juju_unit }} unavailable",
    "description": "The Traefik ingress unit {{ $labels.juju_model }} {{ $labels.juju_unit }} is unavailable LABELS = {{ $labels }}\n"},
    "node_down", tr, 0)
rule(TR_RL, "TraefikConfigReloadFailure", {"severity": "critical"}, {
    "summary": "Traefik config reload failure (instance {{ $labels.instance }})",
    "description": "Traefik keeps failing to reload its config file"},
    None, tr, 2)

# ---------------------------------------------------------------------------------------------
# red-hat-storage/ocs-operator: metrics/deploy/prometheus-ocs-rules.yaml (alerting rules only;
# an alertname repeated at another threshold is taken once, at its first rule)
OCS = ("red-hat-storage/ocs-operator", "metrics/deploy/prometheus-ocs-rules.yaml",
       "020c913868dc7bd5f22e3c65fb6e594940dbce90")
RB = "https://github.com/openshift/runbooks/blob/master/alerts/openshift-container-storage-operator/"
ocs = {"namespace": "openshift-storage", "managedBy": "ocs-storagecluster"}
rule(OCS, "OdfMirrorDaemonStatus", {"severity": "critical"}, {
    "description": "Mirror daemon is in unhealthy status for more than 1m. Mirroring is not working as expected in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "message": "Mirror daemon is unhealthy in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "runbook_url": RB + "OdfMirrorDaemonStatus.md", "severity_level": "error", "storage_type": "ceph"},
    None, ocs, 1)
rule(OCS, "OdfPoolMirroringImageHealth", {"mirroring_image_status": "unknown", "severity": "warning"}, {
    "description": "Mirroring image(s) (PV) in the pool {{ $labels.name }} and rados namespace {{ $labels.rados_namespace }} are in Unknown state for more than 1m. Mirroring might not work as expected in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "message": "Mirroring image(s) (PV) in the pool {{ $labels.name }} and rados namespace {{ $labels.rados_namespace }} are in Unknown state in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "runbook_url": RB + "OdfPoolMirroringImageHealth.md", "severity_level": "warning", "storage_type": "ceph"},
    None, dict(ocs, name="ocs-storagecluster-cephblockpool", rados_namespace="", job="ocs-metrics-exporter"), 1)
rule(OCS, "ODFPersistentVolumeMirrorStatus", {"severity": "critical"}, {
    "description": "Persistent volume {{ $labels.name }}/{{ $labels.namespace }} is not mirrored properly to peer site {{ $labels.site_name }} for more than 1m. RBD image={{ $labels.image }} and CephBlockPool={{ $labels.pool_name }}. Please check namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "message": "Persistent volume {{ $labels.name }}/{{ $labels.namespace }} is not mirrored properly to peer site {{ $labels.site_name }} in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "runbook_url": RB + "ODFPersistentVolumeMirrorStatus.md", "severity_level": "error", "storage_type": "ceph"},
    None, dict(ocs, name="pvc-5b1e0f7a-93c2-4d1e-b8a4-2c6f0d9e1a73", namespace="payments", site_name="dr-site-b",
               image="csi-vol-7f3a9c1e-2b4d-4e6f-8a0b-1c2d3e4f5a6b", pool_name="ocs-storagecluster-cephblockpool",
               job="ocs-metrics-exporter"), 1)
obc = dict(ocs, objectbucketclaim="loki-chunks-obc", objectbucket="obc-logging-loki-chunks-obc", namespace="openshift-logging")
for name, kind, first, sev, sevlvl, val in [
        ("ObcQuotaBytesAlert", "bytes", True, "warning", "warning", 0.87),
        ("ObcQuotaObjectsAlert", "objects", True, "warning", "warning", 0.91),
        ("ObcQuotaBytesExhausedAlert", "bytes", False, "critical", "error", 1),
        ("ObcQuotaObjectsExhausedAlert", "objects", False, "critical", "error", 1)]:
    short = "object" if kind == "objects" else "bytes"
    if first:
        desc = ("ObjectBucketClaim {{ $labels.objectbucketclaim }} has crossed 80% of the size limit set by the quota("
                + kind + ") and will become read-only on reaching the quota limit in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}. Increase the quota in the {{ $labels.objectbucketclaim }} OBC custom resource.")
        msg = "OBC has crossed 80% of the quota(" + short + ") in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}."
    else:
        desc = ("ObjectBucketClaim {{ $labels.objectbucketclaim }} has crossed the limit set by the quota(" + kind
                + ") and will be read-only now in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}. Increase the quota in the {{ $labels.objectbucketclaim }} OBC custom resource immediately.")
        msg = "OBC reached quota(" + short + ") limit in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}."
    rule(OCS, name, {"severity": sev}, {"description": desc, "message": msg, "runbook_url": RB + name + ".md",
                                        "severity_level": sevlvl, "storage_type": "RGW"}, "disk_full", obc, val)
out(OCS, "ClusterObjectStoreState", "RGW health failure or fewer ready RGW replicas: node_down or a health state, not settled")
out(OCS, "ODFRBDClientBlocked", "an RBD client blocklisted by Ceph with pods in CreateContainerError: not settled")
out(OCS, "KMSServerConnectionAlert", "the cluster's KMS server 'un-connected' (config or server down): not settled")
rule(OCS, "StorageClientHeartbeatMissed", {"severity": "warning"}, {
    "description": "Storage Client ({{ $labels.storage_consumer_name }}) heartbeat missed for more than 120 (s). Lossy network connectivity might exist in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "message": "Storage Client ({{ $labels.storage_consumer_name }}) heartbeat missed for more than 120 (s) in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "runbook_url": RB + "StorageClientHeartbeatMissed.md", "severity_level": "warning"},
    "node_down", dict(ocs, storage_consumer_name="storageconsumer-hcp-east-2"), 1.7336e9)
rule(OCS, "StorageClientIncompatibleOperatorVersion", {"severity": "warning"}, {
    "description": "Storage Client Operator ({{ $labels.storage_consumer_name }}) lags by 1 minor version. Client configuration may be incompatible in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "message": "Storage Client Operator ({{ $labels.storage_consumer_name }}) lags by 1 minor version in namespace:cluster {{ $labels.namespace }}:{{ $labels.managedBy }}.",
    "runbook_url": RB + "StorageClientIncompatibleOperatorVersion.md", "severity_level": "warning"},
    None, dict(ocs, storage_consumer_name="storageconsumer-hcp-west-1"), 1)
out(OCS, "StorageQuotaUtilizationThresholdReached",
    "a client's storage consumption against a provider-set quota that blocks new PVCs: storage quota or accounting allowance (rule 7), not settled")
rule(OCS, "CephMonLowNumber", {"severity": "info"}, {
    "description": "The number of failure zones available allow to increase the number of Ceph monitors from 3 to 5 in order to improve cluster resilience.",
    "message": "The current number of Ceph monitors can be increased in order to improve cluster resilience.",
    "runbook_url": RB + "CephMonLowNumber.md", "severity_level": "info", "storage_type": "ceph"},
    None, ocs, -2)
rule(OCS, "OSDCPULoadHigh", {"severity": "warning"}, {
    "description": "CPU usage for osd on pod {{ $labels.pod }} has exceeded 80%. Consider creating more OSDs to increase performance",
    "message": "High CPU usage detected in OSD container on pod {{ $labels.pod }}.",
    "runbook_url": RB + "OSDCPULoadHigh.md", "severity_level": "warning"},
    None, dict(ocs, pod="rook-ceph-osd-2-7c9d6b5f4-q8xkz"), 0.86)
# the description's {{if query ...}} branch rendered as Prometheus would when the MDS request rate is low
rule(OCS, "MDSCPUUsageHigh", {"severity": "warning"}, {
    "description": "Ceph metadata server pod (rook-ceph-mds-ocs-storagecluster-cephfilesystem-a-6f8b9c7d5-x2lqp) has high cpu usage. Please consider Vertical\nscaling, by adding more resources to the existing MDS pod.\nPlease see 'runbook_url' for more details.",
    "message": "Ceph metadata server pod ({{ $labels.pod }}) has high cpu usage",
    "runbook_url": RB + "CephMdsCPUUsageHighNeedsVerticalScaling.md\n",
    "severity_level": "warning"},
    None, dict(ocs, pod="rook-ceph-mds-ocs-storagecluster-cephfilesystem-a-6f8b9c7d5-x2lqp",
               ceph_daemon="mds.ocs-storagecluster-cephfilesystem-a"), 0.74)
rule(OCS, "ODFClusterHasLegacyOSDs", {"severity": "warning"}, {
    "description": "Ceph Cluster {{ $labels.ceph_cluster }} has legacy OSDs in the namespace {{ $labels.namespace }}.\nLVM-based OSDs on a PVC are deprecated, see documentation on replacing OSDs.",
    "message": "Ceph Cluster {{ $labels.ceph_cluster }} has legacy OSDs",
    "runbook_url": RB + "ODFClusterHasLegacyOSDs.md", "severity_level": "warning"},
    None, dict(ocs, ceph_cluster="ocs-storagecluster-cephcluster"), 3)
asc = dict(ocs, name="ocs-storagecluster-ssd", device_class="ssd", storagecluster="ocs-storagecluster")
rule(OCS, "StorageAutoScalingFailed", {"severity": "warning"}, {
    "description": "StorageAutoScaler, {{ $labels.name }}, has failed for device class {{ $labels.device_class }} under storage cluster {{ $labels.storagecluster }} in the namespace {{ $labels.namespace }}.",
    "message": "Auto scaling failed.",
    "runbook_url": RB + "StorageAutoScalingFailed.md", "severity_level": "warning"},
    None, asc, 1)
rule(OCS, "StorageAutoScalingSuccessfull", {"severity": "info"}, {
    "description": "StorageAutoScaler, {{ $labels.name }}, has completed the scaling successfully in the namespace {{ $labels.namespace }}.",
    "message": "Auto scaling completed successfully.", "runbook_url": "NA", "severity_level": "info"},
    None, asc, 1)
out(OCS, "StorageAutoScalingCapacityReached",
    "the auto-scaler's configured maximum reached, not the storage itself full: not settled")
rule(OCS, "StorageAutoScalerCRIsInvalid", {"severity": "warning"}, {
    "description": "Invalid phase detected for StorageAutoScaler {{ $labels.name }} attached with device class {{ $labels.device_class }} under storage cluster {{ $labels.storagecluster }} in the namespace {{ $labels.namespace }}.",
    "message": "StorageAutoScaler is in an invalid state.",
    "runbook_url": RB + "StorageAutoScalerCRIsInvalid.md", "severity_level": "warning"},
    None, asc, 1)

# ---------------------------------------------------------------------------------------------
# openshift/machine-api-operator: install/0000_90_machine-api-operator_04_alertrules.yaml
MAO = ("openshift/machine-api-operator", "install/0000_90_machine-api-operator_04_alertrules.yaml",
       "027826971f0bc669dcd150d01a4fbd9b69622112")
rule(MAO, "MachineWithoutValidNode", {"severity": "critical"}, {
    "message": "machine {{ $labels.name }} does not have valid node reference"},
    None, {"name": "ocp-prod-7xk2p-worker-us-east-1b-vq9zn", "namespace": "openshift-machine-api",
           "phase": "Provisioned"}, 1.7335e9)
rule(MAO, "MachineWithNoRunningPhase", {"severity": "critical"}, {
    "message": "machine {{ $labels.name }} is in phase: {{ $labels.phase }}"},
    None, {"name": "ocp-prod-7xk2p-worker-us-east-1c-4hl8d", "namespace": "openshift-machine-api",
           "phase": "Provisioning"}, 1.7335e9)
rule(MAO, "MachineAPIOperatorMetricsCollectionFailing", {"severity": "critical"}, {
    "message": "machine api operator metrics collection is failing. For more details:  oc logs <machine-api-operator-pod-name> -n openshift-machine-api"},
    None, {"namespace": "openshift-machine-api", "pod": "machine-api-operator-6d7f8b9c5-lm4tq"}, 0)
rule(MAO, "MachineAPIOperatorDown", {"severity": "critical"}, {
    "message": "machine api operator is down"},
    "node_down", {}, 1)

# ---------------------------------------------------------------------------------------------
# dmwm/CMSKubernetes: kubernetes/cmsweb/monitoring/prometheus/rules/{frontend,dbs}.rules
# (alert names with spaces, as in the source)
CMS = "dmwm/CMSKubernetes"
CMS_FE = (CMS, "kubernetes/cmsweb/monitoring/prometheus/rules/frontend.rules", "03371d5077b1230bb6349dfebb64048c20264308")
CMS_DBS = (CMS, "kubernetes/cmsweb/monitoring/prometheus/rules/dbs.rules", "03371d5077b1230bb6349dfebb64048c20264308")
fe = {"instance": "cmsweb-fe-7b9d4c6f5-k2m8p:18443", "host": "cmsweb-k8s-prodsrv-node-3", "job": "frontend-prod"}
rule(CMS_FE, "Frontend service is down", {"severity": "high", "tag": "cmsweb", "service": "apache",
     "host": "{{ $labels.host }}", "action": "Please restart frontend {{ $labels.instance }}"}, {
    "summary": "Frontend {{ $labels.instance }} down",
    "description": "Frontend {{ $labels.instance }} has been down for more than 5m"},
    "node_down", fe, 0.4)
rule(CMS_FE, "Frontend is under high load", {"severity": "medium", "tag": "cmsweb", "service": "apache",
     "host": "{{ $labels.host }}"}, {
    "summary": "Instance {{ $labels.instance }} under high load",
    "description": "{{ $labels.instance }} is under high load, rate_access_total > 250"},
    None, fe, 312.5)
rule(CMS_FE, "Frontend is under high request load", {"severity": "medium", "tag": "cmsweb", "service": "apache",
     "host": "{{ $labels.host }}"}, {
    "summary": "Instance {{ $labels.instance }} under high load",
    "description": "{{ $labels.instance }} is under high load, sent request is above 5KB for 5m"},
    None, fe, 12874.2)
out(CMS_FE, "Frontend high scoreboard", "Apache workers in the reply state above a fixed count, no limit stated (rule 7)")
dbs = {"instance": "dbs-global-r-5c8d7f9b6-tq4wz:18252", "host": "cmsweb-k8s-prodsrv-node-7", "env": "prod",
       "job": "dbs-global-r"}
rule(CMS_DBS, "DBS service is down", {"severity": "high", "tag": "cmsweb", "service": "dbs",
     "host": "{{ $labels.host }}", "action": "Please restart DBS instance {{ $labels.instance }}"}, {
    "summary": "DBS global instance {{ $labels.env }} down",
    "description": "{{ $labels.env }} has been down for more than 5m"},
    "node_down", dbs, 0)
for name, limit in [("DBS service has large number of fds", 300), ("DBS service has high number of fds", 800)]:
    out(CMS_DBS, name, f"open file descriptors above a fixed count ({limit}) with no limit stated (rule 8)")
out(CMS_DBS, "DBS service has no cpu activity",
    "zero CPU of the process: a hung or a stopped service, or no data; not settled")
out(CMS_DBS, "DBS service has number of high connection",
    "established connections above a fixed count (1000) with no limit stated (rule 7)")
for part, rate_rec in [("globalW", "avg_dbs_global_w_cpu_rate"), ("migrate", "max_dbs_migrate_cpu_rate"),
                       ("phys03R", "avg_dbs_phys03_r_cpu_rate"), ("phys03W", "avg_dbs_phys03_w_cpu_rate")]:
    inst = "dbs-" + part.lower() + "-6f7c8d9b5-h3j5k:18258"
    rule(CMS_DBS, f"No data for DBS-{part} CPU rate", {"severity": "high", "tag": "cmsweb", "service": "dbs",
         "host": "{{ $labels.host }}",
         "action": f"There is no data for DBS-{part} CPU rate, please check DBS instance " + "{{ $labels.instance }}"}, {
        "summary": "DBS global {{ $labels.env }} environment",
        "description": "For {{ $labels.env }} environment : there is no data for DBS-" + part + " CPU rate"},
        None, dict(dbs, instance=inst, job="dbs-" + part.lower()), 0)
for name in ["Number of DBS-globalW file descriptors is high", "Number of DBS-migrate file descriptors is in warning",
             "Number of DBS-migrate file descriptors is high", "Number of DBS-phys03R file descriptors is high",
             "Number of DBS-phys03W file descriptors is high"]:
    out(CMS_DBS, name, "open file descriptors above a fixed count (500 or 1000) with no limit stated (rule 8)")

# ---------------------------------------------------------------------------------------------
# OpenNebula/one: src/oneprometheus/prometheus/etc/rules.yml (the rules OpenNebula ships as
# /etc/one/prometheus/rules.yml)
ONE = ("OpenNebula/one", "src/oneprometheus/prometheus/etc/rules.yml", "11ee85086744cc7607535f38b2ecb8635a68d0d9")
node = {"instance": "kvm-host-04.cloud.local:9100", "job": "node_exporter"}
rule(ONE, "InstanceDown", {"severity": "critical"}, {
    "title": "Instance {{ $labels.instance }} down",
    "description": "{{ $labels.instance }} of job {{ $labels.job }} has been down for more than 30 seconds"},
    "node_down", node, 0)
rule(ONE, "DiskFree", {"severity": "warning"}, {
    "title": "Instance {{ $labels.instance }} has less than 10% of free space in rootfs"},
    "disk_full", dict(node, device="/dev/sda2", fstype="ext4", mountpoint="/"), 7.4)
rule(ONE, "AvailableMemory10", {"severity": "warning"}, {
    "title": "Instance {{ $labels.instance }} has less than 10% of free memory"},
    "out_of_memory", node, 6.2)
rule(ONE, "LoadAverage15", {"severity": "warning"}, {
    "title": "Instance {{ $labels.instance }} has higher load average then 80% CPU count in last 15 minutes"},
    None, node, 41.7)
rule(ONE, "RebootInLast5Minutes", {"severity": "warning"}, {
    "title": "Instance {{ $labels.instance }} has has been rebooted in last 5 minutes"},
    None, node, 2.3)
onehost = {"instance": "one-frontend.cloud.local:9925", "job": "opennebula_exporter", "one_host_id": "7"}
rule(ONE, "HostDown", {"severity": "critical"}, {
    "title": "OpenNebula host {{ $labels.one_host_id }} down",
    "description": "OpenNebula host {{ $labels.one_host_id }} of job {{ $labels.job }} has been down for more than 30 seconds"},
    "node_down", onehost, 3)
rule(ONE, "LibvirtDown", {"severity": "critical"}, {
    "title": "Libvirt daemon on host {{ $labels.one_host_id }} down",
    "description": "Libvirt daemon on host {{ $labels.one_host_id }} of job {{ $labels.job }} has been down for more than 30 seconds"},
    "node_down", dict(onehost, one_host_id="3", instance="kvm-host-03.cloud.local:9926",
                      job="opennebula_libvirt_exporter"), 0)
onevm = {"instance": "one-frontend.cloud.local:9925", "job": "opennebula_exporter", "name": "web-frontend-12"}
rule(ONE, "VMFailed", {"severity": "critical"}, {
    "title": "OpenNebula VMs in failed state",
    "description": "OpenNebula VMs of job {{ $labels.job }} are in failed state for more than 30 seconds"},
    None, onevm, 1)
rule(ONE, "VMPending", {"severity": "critical"}, {
    "title": "OpenNebula VMs in pending",
    "description": "OpenNebula VMs of job {{ $labels.job }} are in pending state for more than 300 seconds"},
    None, dict(onevm, name="ci-runner-04"), 1)
onesvc = {"instance": "one-frontend.cloud.local:9925", "job": "opennebula_exporter",
          "one_server_fqdn": "one-frontend.cloud.local"}
for name, what in [("OnedDown", "oned"), ("SchedulerDown", "scheduler"), ("HookManagerDown", "hook manager")]:
    rule(ONE, name, {"severity": "critical"}, {
        "title": "OpenNebula " + what + " {{ $labels.one_server_fqdn }} down",
        "description": "OpenNebula " + what + " {{ $labels.one_server_fqdn }} of job {{ $labels.job }} has been down for more than 30 seconds"},
        "node_down", onesvc, 0)


def write():
    write_items(os.path.join(PUBLIC_DIR, "rulesets27.jsonl"), ITEMS)
    print(f"left out: {len(OUT)}")  # this builder's rules left out are counted, not listed


if __name__ == "__main__":
    write()
