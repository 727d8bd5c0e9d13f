#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_hostdown32.jsonl: a host, hypervisor, VM, Juju unit, management
node or workload that is down or unreachable, as virtualisation managers and monitors word it in their
own events and notifications, with look-alikes that must stay null.

Down (node_down): oVirt engine audit-log events (a host "is non responsive", "is not responding",
"cannot be reached", "became non responsive" without fencing, a VM "is down with error" with vdsm's
exit reason "Lost connection with qemu process", a VM "is not responding", a Gluster brick down), the
oVirt hosted-engine HA agent's state-transition mail into EngineUnexpectedlyDown, Apache CloudStack's
HA alerts ("Host is down, name: …", "VM (name: …) stopped unexpectedly on host …", "Management server
node … is down"), libvirt's virsh lifecycle events and domain states for a guest that crashed or
stopped on a failure, Juju's lost unit agent ("agent lost, see 'juju show-status-log …'", "agent is not
communicating with the server"), COS Alerter's "Alertmanager is Down!" heartbeat mail, a Checkmk
DaemonSet service with no ready or available pods and a Datadog monitor on zero available replicas.

Look-alikes (null): work done on purpose (VMs powered off by a user, hosts switched to maintenance
mode, a host restarted by an operator, a cold reboot, a guest shutting itself down, a VM destroyed
through the API, a domain migrated away, HA global/local maintenance), recoveries and up notices
("was autorecovered", "Status of host … was set to Up.", "Management server node … is up", "recovered
from paused back to up", "is no longer 0", EngineUp again), links (interface state down, a vNIC link
down), VMs paused on storage I/O errors (disk I/O, rule 5), a watchdog reset (one restart), a test mail.
One VM paused on ENOSPC is disk_full (rule 1).

Labels were decided from each message's meaning under POLICY.md (rules 4, 5, 7, 8, 9, 11, 14) before
the classifier ran on the file; see the SOURCES.md section "probes_hostdown32".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_hostdown32.jsonl")
N = "node_down"

OVIRT = ("oVirt/ovirt-engine", "backend/manager/modules/dal/src/main/resources/bundles/AuditLogMessages.properties",
         "0111fc63036bca662aa6275a8ad16282cccf86bf")
VDSM = ("oVirt/vdsm", "lib/vdsm/virt/vmexitreason.py", "0a082dfff226e07437fb18017331ad75e6ca2b82")
HE_MAIL = ("oVirt/ovirt-hosted-engine-ha", "ovirt_hosted_engine_ha/broker/notifications/state_transition.txt",
           "8853073ddc47310000f1ce9e0cbc2cee77d77f22")
HE_STATES = ("oVirt/ovirt-hosted-engine-ha", "ovirt_hosted_engine_ha/agent/states.py",
             "a9bedf5bc32186ca28f08f55d84480f02f003b6d")
CS_HA = ("apache/cloudstack", "server/src/main/java/com/cloud/ha/HighAvailabilityManagerImpl.java",
         "f73eea8723b79c937e16c015c40bade35db5f8f2")
CS_MS = ("apache/cloudstack", "server/src/main/java/com/cloud/alert/ClusterAlertAdapter.java",
         "1898b2fd2b2addb54e3cc3847bc597303b563c5b")
VIRSH_EVENT = ("libvirt/libvirt", "tools/virsh-domain-event.c", "f9947f75b9044fe7273d221eccb34bad7e12daff")
VIRSH_STATE = ("libvirt/libvirt", "tools/virsh-domain-monitor.c", "3a344d55d9434501eb23260ee24e635f3f6257aa")
JUJU = ("juju/juju", "apiserver/common/unitstatus.go", "77a695090d31ee61c57e2aca70454949a6ad39d1")
COS = ("canonical/cos-alerter", "cos_alerter/alerter.py", "a9964527eff39ba7c3446a0d694ddc9bd8ad1119")
CMK = ("Checkmk/checkmk", "tests/unit/checks/generictests/datasets/k8s_daemon_pods.py",
       "2399551d86caeb51d213ff6b1dff0dfadbc4d812")
RODD = ("chrisferry/rodd", "test/files/test_deployment_replica_alert_one.tf", "58df79a3029a9e5095b1bd168f723acd3a9a25b4")


def notifier(subject_event, message, severity, host=None):
    """ovirt-engine-notifier's mail for one audit-log event, as a mail-to-alert bridge files it."""
    labels = {"alertname": "oVirtEngineEvent", "event": subject_event, "severity": severity,
              "engine": "rhvm.dc1.example.net"}
    if host:
        labels["host"] = host
    return labels, {"summary": f"Alert Notification. ({subject_event})", "description": message}


def ovirt_items():
    """oVirt engine audit-log messages (AuditLogMessages.properties), in several frames."""
    labels, ann = notifier("VDS_FAILURE", "Host kvm-r12-07 is non responsive.", "ERROR", "kvm-r12-07")
    family.add(OVIRT, N, "oVirt VDS_FAILURE: host is non responsive (notifier mail)", labels, ann)
    family.add(OVIRT, N, "oVirt VDS_FAILURE in a Loki alert on engine.log",
               {"alertname": "OvirtHostEvents", "severity": "critical", "job": "ovirt-engine-log",
                "instance": "engine01.virt.example.org"},
               {"summary": "engine.log: host event on hv-b-03",
                "description": "2026-12-05 23:41:09,512Z ERROR [org.ovirt.engine.core.dal.dbbroker.auditloghandling."
                               "AuditLogDirector] (EE-ManagedThreadFactory-engineScheduled-Thread-37) [] EVENT_ID: "
                               "VDS_FAILURE(12), Host hv-b-03 is non responsive."})
    family.add(OVIRT, N, "oVirt VDS_HOST_NOT_RESPONDING_CONNECTING: host not responding, grace period "
               "before fencing (Zabbix webhook frame)",
               {"alertname": "oVirt: host not responding", "severity": "High", "host": "hv-a-11",
                "trigger": "oVirt event severity >= WARNING"},
               {"summary": "PROBLEM: oVirt: host not responding",
                "description": "Host hv-a-11 is not responding. It will stay in Connecting state for a grace period "
                               "of 61 seconds and after that an attempt to fence the host will be issued."})
    labels, ann = notifier("VDS_RECOVER_FAILED_VMS_UNKNOWN",
                           "Host node-pod4-22 cannot be reached, VMs state on this host are marked as Unknown.",
                           "ERROR", "node-pod4-22")
    family.add(OVIRT, N, "oVirt VDS_RECOVER_FAILED_VMS_UNKNOWN: host cannot be reached", labels, ann)
    labels, ann = notifier("VDS_ALERT_NO_PM_CONFIG_FENCE_OPERATION_SKIPPED",
                           "Host hv-edge-02 became non responsive. It has no power management configured. Please "
                           "check the host status, manually reboot it, and click \"Confirm Host Has Been Rebooted\"",
                           "ALERT", "hv-edge-02")
    family.add(OVIRT, N, "oVirt: host became non responsive, no power management to fence it "
               "(advice after the verdict, rule 17)", labels, ann)
    family.add(OVIRT, N, "oVirt VDS_ALERT_NOT_RESTARTED_DUE_TO_POLICY in a Grafana alert on the events API",
               {"alertname": "oVirt alert events", "grafana_folder": "Virtualisation", "severity": "critical",
                "cluster": "prod-east"},
               {"summary": "1 new ALERT event in oVirt cluster prod-east",
                "description": "Host hv-east-19 became non responsive and was not restarted due to the Cluster "
                               "Fencing Policy."})
    family.add(OVIRT, N, "oVirt VDS_ALERT_FENCE_OPERATION_SKIPPED_BROKEN_CONNECTIVITY (fencing policy)",
               {"alertname": "OvirtAlertEvent", "severity": "critical", "host": "kvm-rack3-05",
                "data_center": "DC-Frankfurt"},
               {"summary": "kvm-rack3-05 non responsive",
                "description": "Host kvm-rack3-05 became non responsive and was not restarted due to Fencing Policy: "
                               "50 percents of the Hosts in the Cluster have connectivity issues."})
    family.add(OVIRT, N, "oVirt VDS_ALERT_FENCE_DISABLED_BY_CLUSTER_POLICY",
               {"alertname": "OvirtAlertEvent", "severity": "critical", "host": "hv-lab-08",
                "data_center": "Lab"},
               {"summary": "hv-lab-08 non responsive, no fencing",
                "description": "Host hv-lab-08 became Non Responsive and was not restarted due to disabled fencing "
                               "in the Cluster Fencing Policy."})
    def engine_log(expected, why, event, number, text, instance):
        family.add(OVIRT, expected, f"oVirt {event} in a Loki alert on engine.log: {why}",
                   {"alertname": "OvirtEngineLogEvent", "severity": "critical", "job": "ovirt-engine-log",
                    "instance": instance},
                   {"summary": f"engine.log: {event}",
                    "description": "2026-12-06 02:13:57,090Z WARN  [org.ovirt.engine.core.dal.dbbroker.auditloghandling."
                                   "AuditLogDirector] (EE-ManagedThreadFactory-engine-Thread-2291) [] EVENT_ID: "
                                   f"{event}({number}), {text}"})

    engine_log(N, "host not responding, 120 s grace period", "VDS_HOST_NOT_RESPONDING_CONNECTING", 9008,
               "Host ovn-gw-2 is not responding. It will stay in Connecting state for a grace period of 120 seconds "
               "and after that an attempt to fence the host will be issued.", "engine02.virt.example.org")
    engine_log(N, "brick down", "GLUSTER_BRICK_STATUS_DOWN", 4151,
               "Status of brick gfs-03.san:/bricks/engine/brick of volume engine on cluster Default is down.",
               "engine02.virt.example.org")
    labels, ann = notifier("VM_NOT_RESPONDING", "VM erp-app-02 is not responding.", "WARNING")
    labels["vm"] = "erp-app-02"
    family.add(OVIRT, N, "oVirt VM_NOT_RESPONDING: a guest not responding", labels, ann)
    family.add(OVIRT, N, "oVirt GLUSTER_BRICK_STATUS_DOWN (a storage daemon down, as OSDs in the corpus)",
               {"alertname": "OvirtGlusterEvent", "severity": "warning", "cluster": "hci-cluster-1",
                "volume": "vmstore"},
               {"summary": "Gluster brick down in vmstore",
                "description": "Status of brick hci-node-2.storage.local:/gluster_bricks/vmstore/vmstore of volume "
                               "vmstore on cluster hci-cluster-1 is down."})
    family.add(OVIRT, "disk_full", "oVirt VM_PAUSED_ENOSPC: a guest paused because its storage is out of space "
               "(the cause, rule 1)",
               {"alertname": "OvirtVmPaused", "severity": "critical", "vm": "elastic-data-4"},
               {"summary": "VM elastic-data-4 paused",
                "description": "VM elastic-data-4 has been paused due to no Storage space error."})

    # Look-alikes.
    labels, ann = notifier("USER_STOP_VM", "VM legacy-ftp-01 powered off by admin@internal-authz (Host: hv-a-04) "
                           "(Reason: decommissioning, CHG-88412).", "NORMAL")
    family.add(OVIRT, None, "oVirt USER_STOP_VM: a VM powered off by a user (planned, rule 9)", labels, ann)
    family.add(OVIRT, None, "oVirt USER_STOPPED_VM_INSTEAD_OF_SHUTDOWN: powered off ungracefully by a user "
               "(still an operator's act, rule 9)",
               {"alertname": "OvirtVmStateChange", "severity": "warning", "vm": "jenkins-agent-12"},
               {"summary": "jenkins-agent-12 is down",
                "description": "VM jenkins-agent-12 was powered off ungracefully by ops-bot@internal (Host: hv-c-02)."})
    labels, ann = notifier("USER_VDS_MAINTENANCE", "Host hv-b-07 was switched to Maintenance mode by "
                           "jdoe@corp.example (Reason: firmware update BIOS 2.19).", "NORMAL", "hv-b-07")
    family.add(OVIRT, None, "oVirt USER_VDS_MAINTENANCE: host switched to maintenance by a user (rule 9)",
               labels, ann)
    family.add(OVIRT, None, "oVirt VDS_MAINTENANCE: host switched to maintenance mode (rule 9)",
               {"alertname": "OvirtHostStatus", "severity": "info", "host": "hv-east-03", "status": "Maintenance"},
               {"summary": "hv-east-03 left service",
                "description": "Host hv-east-03 was switched to Maintenance Mode."})
    family.add(OVIRT, None, "oVirt USER_VDS_MAINTENANCE_MIGRATION_FAILED: maintenance work that could not "
               "finish (planned work, rule 9)",
               {"alertname": "OvirtHostEvent", "severity": "warning", "host": "hv-a-09"},
               {"summary": "hv-a-09 cannot enter maintenance",
                "description": "Host hv-a-09 cannot change into maintenance mode - not all Vms have been migrated "
                               "successfully. Consider manual intervention: stopping/migrating Vms running on this "
                               "host. (User: admin@internal)."})
    labels, ann = notifier("VDS_ACTIVATE_ASYNC", "Host kvm-r12-07 was autorecovered.", "NORMAL", "kvm-r12-07")
    family.add(OVIRT, None, "oVirt VDS_ACTIVATE_ASYNC: host autorecovered (a recovery, rule 14)", labels, ann)
    family.add(OVIRT, None, "oVirt VDS_DETECTED: status of host set to Up (an up notice, rule 14)",
               {"alertname": "OvirtHostStatus", "severity": "info", "host": "node-pod4-22", "status": "Up"},
               {"summary": "node-pod4-22 status changed",
                "description": "Status of host node-pod4-22 was set to Up."})
    family.add(OVIRT, None, "oVirt USER_VDS_RESTART: host restarted by an operator (rule 9)",
               {"alertname": "OvirtHostEvent", "severity": "warning", "host": "hv-b-03"},
               {"summary": "hv-b-03 rebooted",
                "description": "Host hv-b-03 was restarted by admin@internal."})
    family.add(OVIRT, None, "oVirt HOST_INTERFACE_STATE_DOWN: a host NIC down (a link, rule 9)",
               {"alertname": "OvirtHostEvent", "severity": "warning", "host": "hv-c-06",
                "interface": "ens3f1"},
               {"summary": "Interface down on hv-c-06",
                "description": "Interface ens3f1 on host hv-c-06, changed state to down"})
    family.add(OVIRT, None, "oVirt NETWORK_UPDATE_VM_INTERFACE_LINK_DOWN: a VM's vNIC link set down (a link)",
               {"alertname": "OvirtVmNicEvent", "severity": "info", "vm": "fw-test-01", "nic": "nic2"},
               {"summary": "fw-test-01 nic2 updated", "description": "Link State is DOWN."})
    family.add(OVIRT, None, "oVirt VM_RECOVERED_FROM_PAUSE_ERROR (a recovery, rule 14)",
               {"alertname": "OvirtVmStateChange", "severity": "info", "vm": "elastic-data-4"},
               {"summary": "elastic-data-4 resumed",
                "description": "VM elastic-data-4 has recovered from paused back to up."})
    family.add(OVIRT, None, "oVirt VM_PAUSED_EIO: a guest paused on a storage I/O problem (disk I/O, rule 5)",
               {"alertname": "OvirtVmPaused", "severity": "warning", "vm": "mq-broker-1"},
               {"summary": "VM mq-broker-1 paused",
                "description": "VM mq-broker-1 has been paused due to storage I/O problem."})
    family.add(OVIRT, None, "oVirt COLD_REBOOT_VM_DOWN: down as part of a cold reboot (planned)",
               {"alertname": "OvirtVmStateChange", "severity": "info", "vm": "win-rdp-03"},
               {"summary": "win-rdp-03 state Down",
                "description": "VM win-rdp-03 is down as a part of cold reboot process"})
    family.add(OVIRT, None, "oVirt SYSTEM_CHANGE_STORAGE_POOL_STATUS_UP_REPORTING_HOSTS (an up notice)",
               {"alertname": "OvirtDataCenterEvent", "severity": "info", "data_center": "DC-Frankfurt"},
               {"summary": "DC-Frankfurt status change",
                "description": "Data Center DC-Frankfurt status was changed to UP as some of its hosts are in "
                               "status UP."})


def vdsm_items():
    """oVirt VM_DOWN / VM_DOWN_ERROR with vdsm's exit reasons (vmexitreason.py)."""
    family.add(VDSM, N, "oVirt VM_DOWN_ERROR with vdsm's exit reason: lost connection with qemu",
               {"alertname": "OvirtVmDownError", "severity": "critical", "vm": "pg-replica-2",
                "host": "hv-a-11"},
               {"summary": "VM pg-replica-2 went down",
                "description": "VM pg-replica-2 is down with error. Exit message: Lost connection with qemu process."})
    family.add(VDSM, N, "oVirt VM_DOWN_ERROR: VM terminated with error (notifier mail)",
               *notifier("VM_DOWN_ERROR", "VM sap-ascs-01 is down with error. Exit message: VM terminated with "
                         "error.", "ERROR"))
    family.add(VDSM, None, "oVirt VM_DOWN: the guest shut itself down (planned, rule 9)",
               {"alertname": "OvirtVmStateChange", "severity": "info", "vm": "dev-sandbox-14"},
               {"summary": "VM dev-sandbox-14 is Down",
                "description": "VM dev-sandbox-14 is down. Exit message: User shut down from within the guest"})
    family.add(VDSM, None, "oVirt VM_DOWN: shut down from the engine by an admin (rule 9)",
               {"alertname": "OvirtVmStateChange", "severity": "info", "vm": "report-batch-2"},
               {"summary": "VM report-batch-2 is Down",
                "description": "VM report-batch-2 is down. Exit message: Admin shut down from the engine"})


def hosted_engine_items():
    """ovirt-hosted-engine-ha's state-transition mail (subject carries old-new state)."""
    def mail(detail, host):
        return ({"alertname": "HostedEngineStateTransition", "severity": "warning", "host": host,
                 "source": "ovirt-ha-broker"},
                {"summary": f"ovirt-hosted-engine state transition {detail}",
                 "description": "The state machine changed state."})

    family.add(HE_MAIL, N, "hosted-engine HA: EngineUp -> EngineUnexpectedlyDown (the engine VM went down "
               "unexpectedly)", *mail("EngineUp-EngineUnexpectedlyDown", "hv-he-01"))
    family.add(HE_STATES, None, "hosted-engine HA: EngineUp -> LocalMaintenance (maintenance, rule 9)",
               *mail("EngineUp-LocalMaintenance", "hv-he-02"))
    family.add(HE_STATES, None, "hosted-engine HA: EngineUp -> GlobalMaintenance (maintenance, rule 9)",
               *mail("EngineUp-GlobalMaintenance", "hv-he-01"))
    family.add(HE_STATES, None, "hosted-engine HA: EngineUnexpectedlyDown -> EngineUp (a recovery, rule 14)",
               *mail("EngineUnexpectedlyDown-EngineUp", "hv-he-03"))


def cloudstack_items():
    """Apache CloudStack HA and cluster alerts (subject, then body)."""
    family.add(CS_HA, N, "CloudStack ALERT_TYPE_HOST: host is down (alert mail)",
               {"alertname": "CloudStackAlert", "type": "ALERT_TYPE_HOST", "zone": "zone-ams1", "pod": "pod-2"},
               {"summary": "Host is down, name: kvm-pod2-14 (id:57), availability zone: zone-ams1, pod: pod-2",
                "description": "Host [name: kvm-pod2-14 (id:57), availability zone: zone-ams1, pod: pod-2] is down."})
    family.add(CS_HA, N, "CloudStack host down alert listed by listAlerts, forwarded to Alertmanager",
               {"alertname": "CloudStackHostAlert", "severity": "critical", "cloud": "cs-prod",
                "hypervisor": "XenServer"},
               {"summary": "CloudStack alert (type 7)",
                "description": "Host is down, name: xen-r4-09 (id:112), availability zone: Zone-West, pod: POD-W2"})
    family.add(CS_HA, N, "CloudStack: VM stopped unexpectedly on its host (not HA-enabled)",
               {"alertname": "CloudStackAlert", "type": "ALERT_TYPE_USERVM", "zone_id": "1"},
               {"summary": "VM (name: web-frontend-3, id: 1422) stopped unexpectedly on host id:57, availability "
                           "zone id:1, pod id:2",
                "description": "Virtual Machine web-frontend-3 (id: 1422) running on host [57] stopped unexpectedly."})
    family.add(CS_HA, N, "CloudStack: a virtual router stopped unexpectedly (ALERT_TYPE_DOMAIN_ROUTER)",
               {"alertname": "CloudStackAlert", "type": "ALERT_TYPE_DOMAIN_ROUTER", "zone_id": "3"},
               {"summary": "VM (name: r-2291-VM, id: 2291) stopped unexpectedly on host id:88, availability zone "
                           "id:3, pod id:5",
                "description": "Virtual Machine r-2291-VM (id: 2291) running on host [88] stopped unexpectedly."})
    family.add(CS_MS, N, "CloudStack ALERT_TYPE_MANAGMENT_NODE: management server node down",
               {"alertname": "CloudStackAlert", "type": "ALERT_TYPE_MANAGMENT_NODE", "severity": "critical"},
               {"summary": "Management server node 10.20.0.12 is down", "description": ""})
    family.add(CS_MS, None, "CloudStack: management server node is up (an up notice, rule 14)",
               {"alertname": "CloudStackAlert", "type": "ALERT_TYPE_MANAGMENT_NODE", "severity": "info"},
               {"summary": "Management server node 10.20.0.12 is up", "description": ""})


def libvirt_items():
    """virsh event --all --loop --timestamp lines and virsh domstate --reason, read by log alerts."""
    def event(expected, why, domain, text, host):
        family.add(VIRSH_EVENT, expected, f"virsh lifecycle event: {why}",
                   {"alertname": "LibvirtDomainEvent", "severity": "warning" if expected is None else "critical",
                    "hypervisor": host, "job": "virsh-event-tail"},
                   {"summary": f"libvirt event on {host}",
                    "description": f"2026-12-05 21:07:44.318+0000: event 'lifecycle' for domain '{domain}': {text}"})

    event(N, "Stopped Failed (the domain stopped on a failure)", "pg-replica-02", "Stopped Failed", "kvm-07")
    event(N, "Crashed Panicked (the guest crashed)", "ci-runner-7", "Crashed Panicked", "kvm-02")
    event(N, "Stopped Crashed", "mail-relay", "Stopped Crashed", "kvm-11")
    event(None, "Stopped Destroyed (a forced power-off asked through the API: an operator's act, rule 9)",
          "win-build-2", "Stopped Destroyed", "kvm-04")
    event(None, "Shutdown Finished after guest request (the guest shut itself down, rule 9)",
          "dev-box-31", "Shutdown Finished after guest request", "kvm-09")
    event(None, "Stopped Migrated (the domain moved to another host)", "app-cache-5", "Stopped Migrated", "kvm-03")
    event(None, "Suspended Paused (paused by a user, rule 9)", "qa-env-12", "Suspended Paused", "kvm-05")
    event(None, "Suspended I/O Error (paused on a disk I/O error, rule 5)", "nfs-client-3", "Suspended I/O Error",
          "kvm-06")
    event(None, "Started Booted (an up notice)", "pg-replica-02", "Started Booted", "kvm-07")
    family.add(VIRSH_EVENT, None, "virsh watchdog event: the guest was reset once (one restart, rule 15)",
               {"alertname": "LibvirtDomainEvent", "severity": "warning", "hypervisor": "kvm-08",
                "job": "virsh-event-tail"},
               {"summary": "libvirt watchdog on kvm-08",
                "description": "event 'watchdog' for domain 'app-03': reset"})

    def domstate(expected, why, domain, state, host):
        family.add(VIRSH_STATE, expected, f"virsh domstate --reason: {why}",
                   {"alertname": "NagiosServiceProblem", "host": host, "service": f"libvirt domain {domain}",
                    "state": "CRITICAL" if expected else "WARNING"},
                   {"summary": f"libvirt domain {domain} on {host}",
                    "description": f"{'CRITICAL' if expected else 'WARNING'} - domain {domain} state: {state}"})

    domstate(N, "crashed (panicked)", "dns-int-2", "crashed (panicked)", "kvm-12")
    domstate(N, "shut off (crashed)", "ldap-replica", "shut off (crashed)", "kvm-01")
    domstate(N, "shut off (failed)", "gitlab-runner-4", "shut off (failed)", "kvm-10")
    domstate(N, "crashed (unknown)", "vpn-gw-b", "crashed (unknown)", "kvm-05")
    domstate(None, "shut off (shutdown): a clean shutdown (rule 9)", "old-wiki", "shut off (shutdown)", "kvm-01")
    domstate(None, "shut off (saved): state saved on purpose (rule 9)", "lab-win7", "shut off (saved)", "kvm-10")


def juju_items():
    """Juju's unit status when the unit agent is not connected (apiserver/common/unitstatus.go)."""
    family.add(JUJU, N, "Juju: unit workload unknown, agent lost",
               {"alertname": "JujuUnitAgentLost", "severity": "critical", "model": "cos-prod",
                "juju_unit": "mysql/1", "juju_application": "mysql"},
               {"summary": "mysql/1 workload unknown",
                "description": "agent lost, see 'juju show-status-log mysql/1'"})
    family.add(JUJU, N, "Juju: agent status lost, not communicating with the server",
               {"alertname": "JujuAgentStatus", "severity": "critical", "model": "openstack",
                "juju_unit": "nova-compute/4", "agent_status": "lost"},
               {"summary": "nova-compute/4 agent lost",
                "description": "agent is not communicating with the server"})
    family.add(JUJU, N, "Juju: a status table row of two lost units in a scripted check",
               {"alertname": "JujuStatusCheck", "severity": "critical", "model": "k8s-etcd"},
               {"summary": "2 units lost in model k8s-etcd",
                "description": "etcd/1  unknown  lost  1  10.136.16.204  agent lost, see 'juju show-status-log "
                               "etcd/1'\netcd/2  unknown  lost  2  10.136.16.118  agent lost, see 'juju "
                               "show-status-log etcd/2'"})


def cos_items():
    """COS Alerter's notification when an Alertmanager's Watchdog heartbeat stops arriving."""
    family.add(COS, N, "COS Alerter: Alertmanager down (no heartbeat since a time; rule 8 liveness)",
               {"alertname": "COSAlerterNotification", "clientid": "cos-prod-eu", "receiver": "mattermost"},
               {"summary": "**Alertmanager is Down!**",
                "description": "Your Alertmanager instance: cos-prod-eu seems to be down!\nIt has not alerted "
                               "COS-Alerter since 2026-12-05T22:14:03.512201+00:00 UTC."})
    family.add(COS, N, "COS Alerter: Alertmanager down, never heard from",
               {"alertname": "COSAlerterNotification", "clientid": "edge-site-17", "receiver": "email"},
               {"summary": "**Alertmanager is Down!**",
                "description": "Your Alertmanager instance: edge-site-17 seems to be down!\nIt has not alerted "
                               "COS-Alerter ever."})
    family.add(COS, None, "COS Alerter: test notification",
               {"alertname": "COSAlerterNotification", "receiver": "email"},
               {"summary": "COS-Alerter test email.",
                "description": "This is a test email automatically generated by COS-alerter."})


def kube_items():
    """Workloads with no ready or available pods: Checkmk's DaemonSet pods service and a Datadog monitor."""
    family.add(CMK, N, "Checkmk k8s_daemon_pods: no pod ready or available (all pods down)",
               {"alertname": "Checkmk service CRIT", "host": "daemon_set_fluent-bit", "service": "Daemon Pods",
                "state": "CRIT"},
               {"summary": "CRIT - Daemon Pods on daemon_set_fluent-bit",
                "description": "Ready: 0, Scheduled: 6/6, Up to date: 6, Available: 0/6"})
    family.add(CMK, None, "Checkmk k8s_daemon_pods: back to OK (a recovery, rule 14)",
               {"alertname": "Checkmk service OK", "host": "daemon_set_fluent-bit", "service": "Daemon Pods",
                "state": "OK", "notification_type": "RECOVERY"},
               {"summary": "OK - Daemon Pods on daemon_set_fluent-bit",
                "description": "Ready: 6, Scheduled: 6/6, Up to date: 6, Available: 6/6"})
    family.add(RODD, N, "Datadog monitor: available replicas is currently 0",
               {"alertname": "[prod] Deployment replica alert payments", "monitor_type": "query alert",
                "kube_namespace": "payments", "deployment": "checkout-api"},
               {"summary": "[Triggered] [prod] Deployment replica alert payments",
                "description": "Available replicas is currently 0 for checkout-api"})
    family.add(RODD, None, "Datadog monitor: available replicas no longer 0 (a recovery, rule 14)",
               {"alertname": "[prod] Deployment replica alert payments", "monitor_type": "query alert",
                "kube_namespace": "payments", "deployment": "checkout-api"},
               {"summary": "[Recovered] [prod] Deployment replica alert payments",
                "description": "Available replicas is no longer 0 for checkout-api"})


ovirt_items()
vdsm_items()
hosted_engine_items()
cloudstack_items()
libvirt_items()
juju_items()
cos_items()
kube_items()
family.write()
