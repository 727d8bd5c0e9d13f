#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_nodedown33.jsonl: hosts, nodes, VMs and instances that are down or
unreachable, said without the word "down", in the words cloud and virtualisation platforms and monitors use,
with look-alikes that share those words.

Positives (node_down): Azure Resource Health annotations of unplanned host failures (VirtualMachineHostCrashed,
VirtualMachineHostRebootedForRepair, VirtualMachineMigrationInitiatedForRepair), Gatus alerts whose failed
condition is `[CONNECTED] == true` (HTTP, TCP, SSH and ICMP endpoints), vCenter events (DasHostFailedEvent,
HostConnectionLostEvent, HostReconnectionFailedEvent, DasAgentUnavailableEvent) with the vSphere API's own
descriptions, Pacemaker's "state is now lost (was member)", XenServer/XCP-ng's HA_HOST_FAILED as XenCenter words
it, the Kubernetes node controller's `node.kubernetes.io/unreachable` and `not-ready` NoExecute taints,
Datadog's host monitor on `datadog.agent.up` (no data from the agent's own liveness check, rule 8), EC2
DescribeInstanceStatus `impaired` with `reachability: failed`, and a Masakari instance monitor's libvirt
STOPPED_FAILED event.

Other signatures in the same frames: Gatus `[RESPONSE_TIME]` (high_latency), `[CERTIFICATE_EXPIRATION]`
(certificate_expiry) and `[DNS_RCODE]` (dns_failure) conditions; memory-pressure and disk-pressure taints.

Look-alikes (null): Azure annotations for planned maintenance, customer-initiated deallocation, live migration
and predicted hardware failure; a Gatus alert resolved; vCenter maintenance and standby mode, a host disconnected
on a user's request or for an expired licence; Pacemaker's recovery and a node's expected (announced) shutdown;
XenCenter's "was fenced, and has now successfully restarted", a pool coordinator change, a VM shut down and the
pool's own statistics sync failing "probably because one or more servers were offline"; unschedulable, PID
pressure and uninitialized taints; a Datadog host monitor recovered; aws-node-termination-handler's spot
interruption, ASG scale-in and drain events; EC2 status `insufficient-data`, instances stopped by the API, spot
terminations and a retirement notice that says the instance "could already be unreachable"; a libvirt reboot
event and a corosync NIC check failing (a link).

Labels were decided from each alert's meaning under POLICY.md (rules 1, 2, 4, 5, 8, 9, 11, 14, 16, 17) before the
classifier ran on the file; see the SOURCES.md section "probes_nodedown33".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_nodedown33.jsonl")
N = "node_down"

# ---------------------------------------------------------------------------------------------------------
# Azure Resource Health: VM health annotations (the doc's annotation names, descriptions and attributes).
AZ = ("MicrosoftDocs/azure-docs", "articles/service-health/resource-health-vm-annotation.md",
      "1c689704694c0d15956caf208d6937b23c195510")
AZ_TEXT = {
    "VirtualMachineHostCrashed": (
        "The Virtual Machine has unexpectedly crashed due to the underlying host server experiencing a software "
        "failure or due to a failed hardware component. While the Virtual Machine is rebooting, the local data "
        "remains unaffected. You may attempt to redeploy the Virtual Machine to a different host server if you "
        "continue to experience issues.", "Platform Initiated", "Unplanned", "Downtime Reboot"),
    "VirtualMachineHostRebootedForRepair": (
        "The Virtual Machine is undergoing a reboot due to the underlying host server experiencing unexpected "
        "failures. While the Virtual Machine is rebooting, the local data remains unaffected.",
        "Platform Initiated", "Unplanned", "Downtime Reboot"),
    "VirtualMachineMigrationInitiatedForRepair": (
        "The Virtual Machine is being migrated to a different host server due to the underlying host server "
        "experiencing unexpected failures. Since the Virtual Machine is being migrated to a new host server, the "
        "local data won't persist.", "Platform Initiated", "Unplanned", "Downtime Reboot"),
    "VirtualMachineRebootInitiatedForPlannedMaintenance": (
        "The Virtual Machine is undergoing a reboot as part of routine maintenance workflows orchestrated by the "
        "platform. No other action is required at this time.", "Platform Initiated", "Planned", "Downtime Reboot"),
    "VirtualMachineMigrationInitiatedForPlannedMaintenance": (
        "The Virtual Machine is being migrated to a different host server as part of routine maintenance "
        "workflows orchestrated by the platform. No other action is required at this time.",
        "Platform Initiated", "Planned", "Downtime Reboot"),
    "VirtualMachineDeallocationInitiated": (
        "The Virtual Machine is in the process of being stopped and deallocated as requested by an authorized "
        "user or process. No other action is required at this time.", "Customer Initiated", "Not Applicable",
        "Informational"),
    "LiveMigrationSucceeded": (
        "The Virtual Machine was briefly paused as a Live Migration operation was successfully performed on your "
        "Virtual Machine. This operation was carried out either as a repair action, for allocation optimization "
        "or as part of routine maintenance workflows. No other action is required at this time.",
        "Platform Initiated", "Unplanned", "Downtime Freeze"),
    "VirtualMachineScheduledForServiceHealing": (
        "The Virtual Machine is experiencing an imminent risk to its availability as it is running on a host "
        "server that is experiencing fatal errors. Live Migration will be attempted to safely migrate your "
        "Virtual Machine to a healthy host server; however, the operation may fail depending on the failure "
        "signature encountered by the host server.", "Platform Initiated", "Unplanned", "Degraded"),
}


def azure_items():
    """Resource Health annotations in three frames: an Event Grid HealthResources event relayed by a Logic App,
    an Azure Resource Graph log-search alert, and an activity-log alert's common schema."""
    def event_grid(expected, why, annotation, vm, rg, availability):
        text, context, category, impact = AZ_TEXT[annotation]
        labels = {"alertname": "AzureVmHealthAnnotation", "severity": "warning", "source": "eventgrid-logicapp",
                  "resourceGroup": rg, "vm": vm}
        ann = {"summary": f"[Resource Health] {vm}: {annotation}",
               "description": f"eventType: Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated\n"
                              f"availabilityState: {availability}\nannotationName: {annotation}\n"
                              f"context: {context} | category: {category} | impactType: {impact}\n"
                              f"summary: {text}"}
        family.add(AZ, expected, f"Azure VM annotation {annotation}: {why}", labels, ann)

    def arg_alert(expected, why, annotation, vm, sub):
        text, context, category, impact = AZ_TEXT[annotation]
        family.add(AZ, expected, f"Azure Resource Graph alert on annotation {annotation}: {why}",
                   {"alertname": "arg-vm-unplanned-annotations", "severity": "Sev2", "monitoringService":
                    "Log Alerts V2", "signalType": "Log", "subscription": sub},
                   {"description": f"1 row(s) for HealthResources | where type == "
                                   f"'microsoft.resourcehealth/resourceannotations': {vm} | {annotation} | "
                                   f"{context} | {category} | {impact}",
                    "summary": text})

    event_grid(N, "the host server crashed, the VM is unavailable (unplanned downtime)",
               "VirtualMachineHostCrashed", "vm-erp-app-02", "rg-erp-prod", "Unavailable")
    arg_alert(N, "the host server crashed (unplanned downtime reboot)", "VirtualMachineHostCrashed",
              "aks-sys-31208764-vmss000004", "sub-platform-prod")
    event_grid(N, "the VM reboots because its host failed", "VirtualMachineHostRebootedForRepair",
               "vm-sftp-gw-01", "rg-integration", "Unavailable")
    arg_alert(N, "the VM is being moved off a failed host (service healing)",
              "VirtualMachineMigrationInitiatedForRepair", "vm-mq-broker-3", "sub-messaging")
    family.add(AZ, N, "Azure activity-log alert: Resource Health Unavailable with the host-repair annotation",
               {"alertname": "rh-vm-unavailable", "severity": "Sev1", "monitorCondition": "Fired",
                "signalType": "Activity Log", "monitoringService": "Resource Health",
                "resource": "vm-citrix-vda-17"},
               {"description": "Resource Health event for vm-citrix-vda-17: previousHealthStatus Available -> "
                               "currentHealthStatus Unavailable, cause PlatformInitiated, type Downtime. "
                               "Annotation: VirtualMachineHostRebootedForRepair. "
                               + AZ_TEXT["VirtualMachineHostRebootedForRepair"][0]})

    family.add(AZ, N, "Azure activity-log alert: Resource Health Unavailable with the host-crash annotation",
               {"alertname": "rh-vm-unavailable", "severity": "Sev1", "monitorCondition": "Fired",
                "signalType": "Activity Log", "monitoringService": "Resource Health", "resource": "vm-pbx-01"},
               {"description": "Resource Health event for vm-pbx-01: currentHealthStatus Unavailable, cause "
                               "PlatformInitiated. Annotation: VirtualMachineHostCrashed. "
                               + AZ_TEXT["VirtualMachineHostCrashed"][0]})
    event_grid(None, "a reboot for planned maintenance (rule 9)", "VirtualMachineRebootInitiatedForPlannedMaintenance",
               "vm-jenkins-ctl", "rg-ci", "Unavailable")
    arg_alert(None, "a migration for planned maintenance (rule 9)",
              "VirtualMachineMigrationInitiatedForPlannedMaintenance", "vm-sql-ag-02", "sub-data")
    event_grid(None, "a deallocation requested by a user or process (rule 9)", "VirtualMachineDeallocationInitiated",
               "vm-devbox-akr", "rg-devboxes", "Unavailable")
    arg_alert(None, "a live migration that succeeded after a brief pause (nothing is unreachable)",
              "LiveMigrationSucceeded", "vm-redis-cache-1", "sub-platform-prod")
    event_grid(None, "an imminent risk predicted on a failing host; the VM still runs (Degraded, not Unavailable)",
               "VirtualMachineScheduledForServiceHealing", "vm-kafka-04", "rg-streaming", "Degraded")


# ---------------------------------------------------------------------------------------------------------
# Gatus: the alert texts of its e-mail (AWS SES), Slack and Datadog providers, and its condition placeholders.
GATUS_COMMIT = "08c463542f56872a267e5b2e1e1cf421f0ea8a6a"
GATUS_SES = ("TwiN/gatus", "alerting/provider/awsses/awsses.go", GATUS_COMMIT)
GATUS_SLACK = ("TwiN/gatus", "alerting/provider/slack/slack.go", GATUS_COMMIT)
GATUS_DD = ("TwiN/gatus", "alerting/provider/datadog/datadog.go", GATUS_COMMIT)
GATUS_README = ("TwiN/gatus", "README.md", GATUS_COMMIT)


def gatus_items():
    def ses(expected, why, name, n, desc, conditions, src=GATUS_SES):
        body = (f"An alert for {name} has been triggered due to having failed {n} time(s) in a row\n\n"
                f"Alert description: {desc}\n\nCondition results:\n"
                + "".join(f"{'✅' if ok else '❌'} {c}\n" for ok, c in conditions))
        family.add(src, expected, f"Gatus e-mail alert: {why}",
                   {"alertname": "GatusEndpointAlert", "severity": "critical", "source": "gatus",
                    "endpoint": name},
                   {"summary": f"[Gatus] {name}", "description": body})

    def slack(expected, why, name, n, desc, conditions, resolved=False):
        if resolved:
            msg = f"An alert for *{name}* has been resolved after passing successfully {n} time(s) in a row"
        else:
            msg = f"An alert for *{name}* has been triggered due to having failed {n} time(s) in a row"
        fields = "".join(f"{':white_check_mark:' if ok else ':x:'} - `{c}`\n" for ok, c in conditions)
        family.add(GATUS_SLACK, expected, f"Gatus Slack alert: {why}",
                   {"alertname": "gatus", "channel": "#ops-uptime", "endpoint": name},
                   {"title": ":helmet_with_white_cross: Gatus", "text": msg + ":\n> " + desc,
                    "condition_results": fields})

    def datadog(expected, why, name, n, conditions, tags):
        text = (f"Alert for {name} has been triggered due to having failed {n} time(s) in a row\n\n"
                f"Condition Results:" + "".join(f"\n{'✅' if ok else '❌'} {c}" for ok, c in conditions))
        family.add(GATUS_DD, expected, f"Gatus event in Datadog: {why}",
                   {"alertname": f"Alert: {name}", "source_type_name": "gatus", "alert_type": "error",
                    "priority": "normal"},
                   {"title": f"Alert: {name}", "text": text, "tags": ", ".join(tags)})

    ses(N, "an HTTP endpoint whose connection failed three times in a row ([CONNECTED] == true failed)",
        "core/api-gateway", 3, "healthcheck failed", [(False, "[CONNECTED] == true"), (False, "[STATUS] == 200")])
    datadog(N, "an ICMP endpoint (a hypervisor) not answering five times in a row",
            "hypervisors/kvm-rack2-07", 5, [(False, "[CONNECTED] == true")],
            ["source:gatus", "endpoint:kvm-rack2-07", "status:error", "group:hypervisors"])
    slack(N, "a TCP endpoint (PostgreSQL primary) that cannot be connected to", "databases/pg-primary:5432", 3,
          "tcp://10.30.1.21:5432 unreachable", [(False, "[CONNECTED] == true")])
    ses(N, "an SSH endpoint of a bastion whose connection failed", "edge/bastion-fra", 4,
        "ssh reachability", [(False, "[CONNECTED] == true"), (False, "[STATUS] == 0")])
    ses(N, "an ICMP endpoint (a NAS) not answering pings three times in a row", "storage/nas-01", 3,
        "icmp://10.12.0.40", [(False, "[CONNECTED] == true")])
    slack(None, "the same kind of alert resolved after passing twice (rule 14)", "databases/pg-primary:5432", 2,
          "tcp://10.30.1.21:5432 unreachable", [(True, "[CONNECTED] == true")], resolved=True)
    slack("high_latency", "response time condition failed five times while the endpoint answered 200",
          "shop/checkout", 5, "checkout slow", [(True, "[CONNECTED] == true"), (True, "[STATUS] == 200"),
                                                (False, "[RESPONSE_TIME] < 300")])
    ses("certificate_expiry", "certificate expiration less than 48h away", "public/www.example-shop.de", 1,
        "certificate renewal", [(True, "[STATUS] == 200"), (False, "[CERTIFICATE_EXPIRATION] > 48h")],
        src=GATUS_README)
    datadog("dns_failure", "a DNS endpoint whose answer code is no longer NOERROR", "dns/internal-resolver", 3,
            [(False, "[DNS_RCODE] == NOERROR"), (False, "[BODY] == 10.40.0.15")],
            ["source:gatus", "endpoint:internal-resolver", "status:error", "group:dns"])


# ---------------------------------------------------------------------------------------------------------
# vCenter events, described by the vSphere API (pyvisdk's generated docstrings of the event data objects).
PYVISDK_COMMIT = "de24eb4426eb76233dc2e57640d3274ffd304eb3"


def vsp(name):
    return ("xuru/pyvisdk", f"pyvisdk/do/{name}.py", PYVISDK_COMMIT)


HA_FAILED = "This event records when a host failure has been detected by HA."
CONN_LOST = "This event records the loss of a host connection."
RECONN_FAILED = "This event records a failed attempt to re-establish a host connection."
AGENT_UNAVAILABLE = ("This event records that VirtualCenter cannot contact any primary host in this HA cluster. "
                     "HA designates some hosts as primary hosts in the HA cluster. When adding a new host to an "
                     "existing cluster, HA needs to contact one of the primary hosts to finish the configuration. "
                     "VirtualCenter has lost contact with all primary nodes in the connected state.")
MAINT = ("This event records that the host has completely entered maintenance mode. A host in this mode has no "
         "running virtual machines and no provisioning operations are occuring.")
STANDBY = ("This event records that the host has successfully entered standby mode. A host in this mode has no "
           "running virtual machines and no provisioning operations are occurring.")
DISCONNECTED = "This event records a disconnection from a host."


def vsphere_items():
    def event(src, expected, why, event_type, host, cluster, vc, category, description, extra=""):
        family.add(src, expected, f"vCenter event {event_type}: {why}",
                   {"alertname": "VCenterEvent", "severity": "critical" if category == "error" else "info",
                    "vcenter": vc, "cluster": cluster, "host": host, "event_type": event_type},
                   {"summary": f"{event_type} on {host} ({cluster})",
                    "description": f"[{category}] {description}{extra}"})

    event(vsp("das_host_failed_event"), N, "HA detected a host failure", "DasHostFailedEvent", "esx-b07.dc2.lan",
          "Prod-Cl02", "vc-dc2", "error", HA_FAILED)
    family.add(vsp("das_host_failed_event"), N, "vCenter HA host failure forwarded to a Loki log alert",
               {"alertname": "VSphereHAHostFailure", "severity": "critical", "job": "vcenter-syslog",
                "datacenter": "DC-Nord"},
               {"summary": "vSphere HA: host failure in cluster GPU-Cl01",
                "description": "eventTypeId=DasHostFailedEvent failedHost=esx-gpu-03.dcn.lan "
                               "computeResource=GPU-Cl01 | " + HA_FAILED})
    event(vsp("host_connection_lost_event"), N, "vCenter lost its connection to the host",
          "HostConnectionLostEvent", "esx-a12.dc1.lan", "Prod-Cl01", "vc-dc1", "error", CONN_LOST)
    family.add(vsp("host_connection_lost_event"), N, "the same event in a Grafana alert on vCenter events",
               {"alertname": "vCenter host connection lost", "grafana_folder": "VMware", "severity": "page",
                "esxi_host": "esx-edge-02.branch-ham.lan"},
               {"summary": "HostConnectionLostEvent x1 for esx-edge-02.branch-ham.lan in the last 5m",
                "description": CONN_LOST})
    family.add(vsp("host_connection_lost_event"), N, "the same event as a PagerDuty incident from vRealize "
               "Log Insight",
               {"alertname": "vLI: ESXi host connection lost", "severity": "critical", "service": "VMware Core",
                "urgency": "high"},
               {"summary": "[Triggered] vLI: ESXi host connection lost - esx-a21.dc1.lan",
                "description": "vmw_vc_event_type=HostConnectionLostEvent vmw_esxi_host=esx-a21.dc1.lan: " + CONN_LOST})
    event(vsp("host_reconnection_failed_event"), N, "vCenter could not reconnect to the host",
          "HostReconnectionFailedEvent", "esx-a04.dc1.lan", "Prod-Cl01", "vc-dc1", "error", RECONN_FAILED,
          " (attempt 3 of 3)")
    event(vsp("das_agent_unavailable_event"), N, "vCenter lost contact with every HA primary host",
          "DasAgentUnavailableEvent", "esx-c01.dc3.lan", "VDI-Cl03", "vc-dc3", "error", AGENT_UNAVAILABLE)

    event(vsp("entered_maintenance_mode_event"), None, "a host entered maintenance mode (rule 9)",
          "EnteredMaintenanceModeEvent", "esx-a09.dc1.lan", "Prod-Cl01", "vc-dc1", "info", MAINT)
    event(vsp("entered_standby_mode_event"), None, "DPM put a host into standby (powered off on purpose, rule 9)",
          "EnteredStandbyModeEvent", "esx-b11.dc2.lan", "Prod-Cl02", "vc-dc2", "info", STANDBY)
    event(vsp("host_disconnected_event"), None, "a host disconnected on a user's request (rule 9)",
          "HostDisconnectedEvent", "esx-lab-01.dc1.lan", "Lab", "vc-dc1", "info", DISCONNECTED,
          " reason=userRequest: User requested disconnect")
    event(vsp("host_disconnected_event"), None, "a host disconnected because its licence expired (rule 5)",
          "HostDisconnectedEvent", "esx-b02.dc2.lan", "Prod-Cl02", "vc-dc2", "info", DISCONNECTED,
          " reason=licenseExpired: License expired for the host")


# ---------------------------------------------------------------------------------------------------------
# Pacemaker's peer membership messages (lib/cluster/membership.c).
PCMK = ("ClusterLabs/pacemaker", "lib/cluster/membership.c", "a21e2a2c09c909c7ef6e5622f75f577b329120bc")


def pacemaker_items():
    family.add(PCMK, N, "Pacemaker: a peer's state is now lost (was member)",
               {"alertname": "PacemakerPeerLost", "severity": "critical", "job": "journald", "host": "pg-ha-1",
                "unit": "pacemaker.service"},
               {"summary": "pacemaker on pg-ha-1 reports a lost peer",
                "description": "pacemaker-controld[2114]:  notice: crm_update_peer_proc: Node pg-ha-2[2] - state "
                               "is now lost (was member)"})
    family.add(PCMK, N, "Pacemaker: peer lost, seen by the quorum callback, in an Elastic log alert",
               {"alertname": "[Logs] cluster membership change", "severity": "high", "host.name": "nfs-a",
                "service.type": "pacemaker"},
               {"summary": "1 document matched in the last 2 minutes",
                "description": "pacemaker-controld[1880]: notice: pcmk_quorum_notification: Node nfs-b[3] - state "
                               "is now lost (was member)"})
    family.add(PCMK, None, "Pacemaker: the peer came back, state is now member (was lost) (rule 14)",
               {"alertname": "PacemakerPeerStateChange", "severity": "info", "job": "journald", "host": "pg-ha-1"},
               {"summary": "pacemaker peer state change on pg-ha-1",
                "description": "pacemaker-controld[2114]:  notice: crm_update_peer_proc: Node pg-ha-2[2] - state "
                               "is now member (was lost)"})
    family.add(PCMK, None, "Pacemaker: a peer's planned shutdown completed, expected state now down (rule 9)",
               {"alertname": "PacemakerPeerStateChange", "severity": "info", "job": "journald", "host": "sap-ha-1"},
               {"summary": "pacemaker peer state change on sap-ha-1",
                "description": "pacemaker-controld[1702]:  notice: peer_update_callback: do_shutdown of sap-ha-2 "
                               "(op 41) is complete\npacemaker-controld[1702]:  info: peer_update_callback: Node "
                               "sap-ha-2[2] - expected state is now down (was member)"})


# ---------------------------------------------------------------------------------------------------------
# XenServer / XCP-ng pool messages as XenCenter words them (XenModel/FriendlyNames.resx).
XEN = ("xenserver/xenadmin", "XenModel/FriendlyNames.resx", "b210cd2c2d8547f5bb48b49d71f17429c7d65e44")


def xen_items():
    def msg(expected, why, name, prio, obj, body, pool):
        family.add(XEN, expected, f"XenServer pool message {name}: {why}",
                   {"alertname": "XenPoolMessage", "severity": "critical" if prio <= 2 else "warning",
                    "pool": pool, "message": name, "obj": obj},
                   {"summary": f"{name} (priority {prio}) on {obj}", "description": body})

    msg(N, "an HA host failed", "HA_HOST_FAILED", 3, "xcp-h04", "Server 'xcp-h04' has failed.", "prod-pool-a")
    family.add(XEN, N, "HA_HOST_FAILED relayed by a Xen Orchestra e-mail transport",
               {"alertname": "XO pool alert", "severity": "high", "source": "xo-server", "pool": "vdi-pool"},
               {"summary": "[Xen Orchestra] vdi-pool: HA_HOST_FAILED",
                "description": "Server 'xen-vdi-11.corp.lan' has failed."})
    family.add(XEN, N, "HA_HOST_FAILED collected by a Prometheus exporter of XAPI messages",
               {"alertname": "XapiMessage", "severity": "critical", "job": "xen-exporter", "pool": "edge-pool",
                "name": "HA_HOST_FAILED", "priority": "3"},
               {"summary": "XAPI message HA_HOST_FAILED on edge-pool",
                "description": "Server 'xcp-edge-2' has failed."})
    msg(None, "a host fenced that has since restarted and rejoined (over, rule 14)", "HA_HOST_WAS_FENCED", 4,
        "xcp-h02", "Server 'xcp-h02' was fenced, and has now successfully restarted and rejoined the pool.",
        "prod-pool-a")
    msg(None, "a new pool coordinator (a role change, nothing unreachable)", "POOL_MASTER_TRANSITION", 4, "xcp-h01",
        "Server 'xcp-h01' is now the coordinator of pool 'prod-pool-a'.", "prod-pool-a")
    msg(None, "a VM shut down (rule 9)", "VM_SHUTDOWN", 5, "build-win-03",
        "Virtual machine 'build-win-03' has been shut down.", "ci-pool")
    msg(None, "the pool's own statistics sync failed; 'probably ... offline' is a guess (rules 16, 17)",
        "HOST_SYNC_DATA_FAILED", 3, "xcp-h01",
        "There was a temporary failure synchronizing performance statistics across the pool, probably because "
        "one or more servers were offline.  Another synchronization attempt will be made later.", "prod-pool-a")


# ---------------------------------------------------------------------------------------------------------
# Kubernetes node-controller taints, with the documentation's descriptions.
K8S_TAINTS = ("kubernetes/website", "content/en/docs/concepts/scheduling-eviction/taint-and-toleration.md",
              "0008cd26e2dc3d7c153c5596a7435b02fc252c89")


def taint_items():
    def taint(expected, why, key, effect, node, cluster, doc):
        family.add(K8S_TAINTS, expected, f"taint {key}:{effect}: {why}",
                   {"alertname": "KubeNodeTainted", "severity": "warning", "cluster": cluster, "node": node,
                    "key": key, "effect": effect},
                   {"summary": f"Node {node} has taint {key}:{effect}",
                    "description": f"kube_node_spec_taint{{node=\"{node}\",key=\"{key}\",effect=\"{effect}\"}} == 1 "
                                   f"for 5m. {doc}"})

    taint(N, "the node controller cannot reach the node", "node.kubernetes.io/unreachable", "NoExecute",
          "ip-10-21-7-143.eu-central-1.compute.internal", "eks-prod-euc1",
          "Node is unreachable from the node controller. This corresponds to the NodeCondition Ready being "
          "\"Unknown\".")
    family.add(K8S_TAINTS, N, "unreachable taint in a Kubernetes event exporter alert",
               {"alertname": "KubeEventTaintNodeUnreachable", "severity": "critical", "cluster": "onprem-ber",
                "involved_object": "worker-b-12"},
               {"summary": "worker-b-12 tainted node.kubernetes.io/unreachable:NoExecute; 23 pods pending eviction",
                "description": "Node is unreachable from the node controller."})
    taint(N, "the node is not ready (NodeNotReady, rule 4)", "node.kubernetes.io/not-ready", "NoExecute",
          "gke-prod-pool-2-6f1d2c3a-x7kq", "gke-prod-ew4",
          "Node is not ready. This corresponds to the NodeCondition Ready being \"False\".")
    taint("out_of_memory", "memory pressure (rule 2)", "node.kubernetes.io/memory-pressure", "NoSchedule",
          "worker-a-03", "onprem-ber", "Node has memory pressure.")
    taint("disk_full", "disk pressure (rule 2)", "node.kubernetes.io/disk-pressure", "NoSchedule",
          "aks-user-41177330-vmss00000c", "aks-prod-we", "Node has disk pressure.")
    taint(None, "a cordoned node (rule 9)", "node.kubernetes.io/unschedulable", "NoSchedule", "worker-a-07",
          "onprem-ber", "Node is unschedulable.")
    taint(None, "PID pressure (PIDs are null, rule 2)", "node.kubernetes.io/pid-pressure", "NoSchedule",
          "ci-runner-pool-b-4", "gke-ci", "Node has PID pressure.")
    taint(None, "a node not yet initialized by the cloud controller", "node.cloudprovider.kubernetes.io/uninitialized",
          "NoSchedule", "ip-10-21-9-14.eu-central-1.compute.internal", "eks-prod-euc1",
          "When the kubelet is started with \"external\" cloud provider, this taint is set on a node to mark it as "
          "unusable. After a controller from the cloud-controller-manager initializes this node, the kubelet "
          "removes this taint.")


# ---------------------------------------------------------------------------------------------------------
# Datadog host monitor: datadog.agent.up stops reporting OK (the agent's own liveness check, rule 8).
DD_HOST = ("DataDog/documentation", "content/en/monitors/types/host.md", "0dadccd6613946359d0bf486c3b34fa15df247eb")


def datadog_items():
    family.add(DD_HOST, N, "Datadog host monitor (check alert): datadog.agent.up stopped reporting OK",
               {"alertname": "[Host] prod host not reporting", "monitor_type": "service check",
                "host": "ip-10-4-12-77", "env": "prod", "alert_transition": "Triggered"},
               {"summary": "[Triggered on {host:ip-10-4-12-77}] [Host] prod host not reporting",
                "description": "datadog.agent.up has not reported an OK status for more than 2 minutes on "
                               "host:ip-10-4-12-77 (No Data)."})
    family.add(DD_HOST, N, "Datadog host monitor (cluster alert): a share of hosts stopped reporting",
               {"alertname": "[Host] payments cluster hosts missing", "monitor_type": "service check",
                "service": "payments", "alert_transition": "Triggered"},
               {"summary": "[Triggered] [Host] payments cluster hosts missing",
                "description": "3 of 8 hosts (37.5%) with tag service:payments stopped reporting datadog.agent.up "
                               "OK for more than 5 minutes; threshold 25%."})
    family.add(DD_HOST, None, "the same host monitor recovered (rule 14)",
               {"alertname": "[Host] prod host not reporting", "monitor_type": "service check",
                "host": "ip-10-4-12-77", "env": "prod", "alert_transition": "Recovered"},
               {"summary": "[Recovered on {host:ip-10-4-12-77}] [Host] prod host not reporting",
                "description": "datadog.agent.up reports OK again on host:ip-10-4-12-77."})


# ---------------------------------------------------------------------------------------------------------
# aws-node-termination-handler's Kubernetes events: planned interruptions and its own drains (all null).
NTH_COMMIT = "62a8761d812b331620a0f006b55f70bcadb0462e"


def nth_items():
    def ev(path, why, reason, node, message):
        family.add(("aws/aws-node-termination-handler", path, NTH_COMMIT), None,
                   f"aws-node-termination-handler event {reason}: {why}",
                   {"alertname": "KubernetesNodeEvent", "severity": "warning", "cluster": "eks-batch-use1",
                    "node": node, "reason": reason, "source": "aws-node-termination-handler"},
                   {"summary": f"{reason} on node {node}", "description": message})

    ev("pkg/monitor/spotitn/spot-itn-monitor.go", "a spot interruption announced (planned for the node, rule 9)",
       "SpotInterruption", "ip-10-60-14-201.ec2.internal",
       "Spot ITN received. Instance will be interrupted at 2026-12-06T07:41:12Z \n")
    ev("pkg/monitor/sqsevent/asg-lifecycle-event.go", "an Auto Scaling scale-in termination (rule 9)",
       "ASGLifecycle", "ip-10-60-3-88.ec2.internal",
       "ASG Lifecycle Termination event received. Instance will be interrupted at 2026-12-06 06:12:40 +0000 UTC \n")
    ev("pkg/observability/k8s-events.go", "the handler's own cordon and drain done (rule 9)", "CordonAndDrain",
       "ip-10-60-3-88.ec2.internal", "Node successfully cordoned and drained")


# ---------------------------------------------------------------------------------------------------------
# EC2 status checks and state reasons (AWS documentation pages).
BOTO_STATUS = ("https://boto3.amazonaws.com/v1/documentation/api/1.35.10/reference/services/ec2/client/"
               "describe_instance_status.html")
KC_REACH = "https://aws.amazon.com/premiumsupport/knowledge-center/system-reachability-check/"
STATE_REASON = "https://docs.amazonaws.cn/AWSEC2/latest/APIReference/API_StateReason.html"
RETIREMENT = "http://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/instance-retirement.html"


def ec2_items():
    def status(url, expected, why, labels, ann):
        family.add_page(url, expected, f"EC2 DescribeInstanceStatus: {why}", labels, ann, project="aws.amazon.com")

    status(BOTO_STATUS, N, "instance status impaired, reachability failed",
           {"alertname": "EC2InstanceImpaired", "severity": "critical", "region": "eu-west-1",
            "instance_id": "i-0c41f7a2be93d8e15", "Name": "wazuh-manager-1", "check": "instance"},
           {"summary": "i-0c41f7a2be93d8e15 (wazuh-manager-1) InstanceStatus impaired",
            "description": "InstanceStatus.Status=impaired; Details: [{Name: reachability, Status: failed, "
                           "ImpairedSince: 2026-12-06T06:58:00Z}]; SystemStatus.Status=ok"})
    status(KC_REACH, N, "system status impaired: the underlying host is unresponsive or unreachable",
           {"alertname": "ec2-status-poller", "severity": "P2", "source": "lambda/ec2-status-poller",
            "account": "prod-core", "instance_id": "i-07d2c9b1e4a8f3360"},
           {"summary": "SystemStatus impaired for i-07d2c9b1e4a8f3360 (nat-gw-b)",
            "description": "system-status.reachability=failed since 2026-12-06T05:41:00Z, instance-status."
                           "reachability=insufficient-data. The system status check detects issues with the "
                           "underlying host that your instance runs on."})
    status(BOTO_STATUS, N, "both checks impaired, reported by a Prometheus exporter",
           {"alertname": "AwsEc2StatusCheckImpaired", "severity": "critical", "job": "yace",
            "dimension_InstanceId": "i-0f9e3b7a61c2d4058", "name": "mongo-shard2-b"},
           {"summary": "EC2 mongo-shard2-b: instance-status impaired, system-status impaired",
            "description": "describe-instance-status: instance-status.reachability failed, "
                           "system-status.reachability failed (ImpairedSince 2026-12-06T07:02:00Z)"})
    status(BOTO_STATUS, N, "instance reachability failed, as an Opsgenie alert",
           {"alertname": "EC2 reachability check failed", "priority": "P1", "source": "opsgenie",
            "entity": "i-0d6a2f8c3e1b7a945", "tags": "ec2,prod,jump-host"},
           {"summary": "jump-host-ams (i-0d6a2f8c3e1b7a945): instance-status impaired",
            "description": "Status checks 1/2 passed. Instance reachability check failed at 07:12 UTC "
                           "(reachability: failed)."})
    status(BOTO_STATUS, None, "status insufficient-data: the checks have no result yet (the monitor's own gap, "
           "rule 16)",
           {"alertname": "EC2InstanceStatusUnknown", "severity": "info", "region": "eu-west-1",
            "instance_id": "i-02b6c8e4f1a9d7305", "Name": "etl-worker-9"},
           {"summary": "i-02b6c8e4f1a9d7305 (etl-worker-9) InstanceStatus insufficient-data",
            "description": "InstanceStatus.Status=insufficient-data; Details: [{Name: reachability, Status: "
                           "insufficient-data}]"})

    def state_change(expected, why, instance, name, state, code, message):
        family.add_page(STATE_REASON, expected, f"EC2 state change with StateReason {code}: {why}",
                        {"alertname": "EC2InstanceStateChange", "severity": "warning", "source": "aws.ec2",
                         "detail_type": "EC2 Instance State-change Notification", "instance_id": instance,
                         "Name": name},
                        {"summary": f"{instance} ({name}) is now {state}",
                         "description": f"StateReason: {code}: {message}"}, project="aws.amazon.com")

    state_change(None, "stopped through the EC2 API (rule 9)", "i-0a77e3c91d5b2f460", "reporting-db-dev",
                 "stopped", "Client.UserInitiatedShutdown", "The instance was shut down using the Amazon EC2 API.")
    state_change(None, "a spot instance terminated for capacity or price (an announced interruption, rule 9)",
                 "i-05c2d8f7a3e91b640", "render-spot-17", "terminated", "Server.SpotInstanceTermination",
                 "The instance was terminated because the number of Spot requests with a maximum price equal to "
                 "or higher than the Spot price exceeded available capacity or because of an increase in the "
                 "Spot price.")
    state_change(None, "stopped at its scheduled retirement (planned, rule 9)", "i-0e18b4d6c2a7f9351",
                 "legacy-ftp-01", "stopped", "Server.ScheduledStop",
                 "The instance was stopped due to a scheduled retirement.")
    family.add_page(RETIREMENT, None, "EC2 retirement notice: 'could already be unreachable' is a caution, the "
                    "event is scheduled (rules 9, 17)",
                    {"alertname": "AWSHealthEvent", "severity": "warning", "service": "EC2",
                     "eventTypeCode": "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED", "instance_id": "i-0b39a6e2d17c4f582"},
                    {"summary": "EC2 instance i-0b39a6e2d17c4f582 scheduled for retirement on 2026-12-20",
                     "description": "An instance is scheduled to be retired when AWS detects irreparable failure of "
                                    "the underlying hardware that hosts the instance. Due to this degradation your "
                                    "instance could already be unreachable."}, project="aws.amazon.com")


# ---------------------------------------------------------------------------------------------------------
# Masakari instance monitor (libvirt events) and host monitor (corosync NIC check).
MASAKARI_CB = ("openstack/masakari-monitors", "masakarimonitors/instancemonitor/libvirt_handler/callback.py",
               "03aeac48f1d96cc9c5e9bb04cdd17228e3568b9b")
MASAKARI_TABLE = ("openstack/masakari-monitors", "masakarimonitors/instancemonitor/libvirt_handler/eventfilter_table.py",
                  "182b0633274d116e7bcb7ee0487499df90711e4a")
MASAKARI_HOST = ("openstack/masakari-monitors", "masakarimonitors/hostmonitor/host_handler/handle_host.py",
                 "0cdbb23587241a5f8fd11307d884ed36573a837f")


def masakari_items():
    def lv(expected, why, host, uuid, event_id, detail, t):
        family.add(MASAKARI_TABLE, expected, f"masakari-instancemonitor {event_id}/{detail}: {why}",
                   {"alertname": "MasakariInstanceEvent", "severity": "warning", "host": host,
                    "service": "masakari-instancemonitor"},
                   {"summary": f"libvirt event {event_id} {detail} on {host}",
                    "log": f"INFO masakarimonitors.instancemonitor.libvirt_handler.callback Libvirt Event: type=VM, "
                           f"hostname={host}, uuid={uuid}, time={t}, event_id={event_id}, detail={detail})"})

    lv(N, "a guest stopped because it failed", "cmp-r3-11", "5b0e9c7a-2f41-4d8e-9a63-1c7f0e2b8d54", "LIFECYCLE",
       "STOPPED_FAILED", "2026-12-06 06:44:19.201552")
    lv(N, "another failed guest", "cmp-r1-02", "e7a1d3f9-6c25-4b80-8f1e-3d9a2c6b7e10", "LIFECYCLE",
       "STOPPED_FAILED", "2026-12-05 23:08:02.774113")
    lv(None, "one guest reboot (a single restart)", "cmp-r3-11", "9c2f6a41-0d3b-47e8-b5a9-6e1d8f4c2a73", "REBOOT",
       "UNKNOWN", "2026-12-06 02:15:47.009318")
    family.add(MASAKARI_HOST, None, "masakari-hostmonitor: corosync communication on one NIC failed (a link, "
               "rule 9)",
               {"alertname": "MasakariHostMonitorWarning", "severity": "warning", "host": "cmp-r2-05",
                "service": "masakari-hostmonitor"},
               {"summary": "masakari-hostmonitor warning on cmp-r2-05",
                "log": "WARNING masakarimonitors.hostmonitor.host_handler.handle_host Corosync communication using "
                       "'bond1.412' is failed."})


azure_items()
gatus_items()
vsphere_items()
pacemaker_items()
xen_items()
taint_items()
datadog_items()
nth_items()
ec2_items()
masakari_items()
family.write()
