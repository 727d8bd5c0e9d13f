#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_netdev23.jsonl: network devices, storage appliances,
load balancers, firewalls, UPSes and hypervisors as their alerts arrive in Alertmanager
(session 23, helper `netdev23`).

Frames (ours): NetApp Harvest's shipped Prometheus rules (`alert_rules.yml`) and its EMS rules
(`ems_alert_rules.yml`) rendered as Alertmanager delivers them (the rule's name, the severity the
rule maps from the EMS severity, the EMS event's own labels and the rendered `summary` and
`impact`; runbook links dropped); SNMP traps forwarded by snmptrapd/snmp_notifier-style
relays to a webhook; device syslog lines turned into alerts by a Loki ruler or a Graylog event
definition. Hosts, addresses, pools, volumes, values and dates are made up; the message texts are
quoted from the sources named beside each item.

Labels are decided under tests/fixtures/corpus/POLICY.md from each message's meaning before the
classifier ran on the file; the reason stands beside every item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402
from c3common import C, CE, D, DNS, E, FD, L, M, N, NULL, Q, R, T  # noqa: E402,F401

HARVEST_C = "7a7ba3dfd21216a4728d1f46c0af2350ee4df405"
HARVEST_RULES = ("NetApp/harvest", "container/prometheus/alert_rules.yml", HARVEST_C)
HARVEST_EMS = ("NetApp/harvest", "container/prometheus/ems_alert_rules.yml", HARVEST_C)

family = ProbeFamily("probes_netdev23.jsonl")


def harvest(alert, expected, why, labels, summary, description=None):
    """A rule of Harvest's alert_rules.yml as Alertmanager delivers it (summary = description
    in most of its rules)."""
    lab = {"alertname": alert}
    lab.update(labels)
    ann = {"summary": summary, "description": description or summary}
    family.add(HARVEST_RULES, expected, f"NetApp Harvest alert_rules.yml '{alert}': {why}",
               lab, ann)


def ems(alert, message, severity, expected, why, labels, summary, impact):
    """A rule of Harvest's ems_alert_rules.yml: `ems_events{message=...}` with the EMS event's
    labels, the mapped severity, the rendered summary and the rule's `impact`."""
    lab = {"alertname": alert, "severity": severity, "message": message,
           "datacenter": "dc-fra1", "cluster": labels.pop("cluster", "ontap-fra-01")}
    lab.update(labels)
    family.add(HARVEST_EMS, expected, f"NetApp Harvest ems_alert_rules.yml '{alert}' ({message}): {why}",
               lab, {"summary": summary, "impact": impact})


# ---- Harvest alert_rules.yml -------------------------------------------------------------
harvest("Volume Used Percentage Breach", D, "volume_size_used_percent > 90 (a volume near full, rule 2)",
        {"severity": "critical", "cluster": "ontap-ams-02", "svm": "svm_nfs01", "volume": "vol_home01",
         "instance": "harvest-poller-2:12990", "job": "harvest"},
        "Volume [vol_home01] is [94.37%] used")
harvest("Volume Used Percentage Breach", D, "volume_size_used_percent > 90 (rule 2)",
        {"severity": "critical", "cluster": "ontap-fra-01", "svm": "svm_cifs", "volume": "vol_projects",
         "instance": "harvest-poller-1:12990", "job": "harvest"},
        "Volume [vol_projects] is [99.1%] used")
harvest("Node nfs latency is high", L, "node_nfs_latency > 5000 us: latency of the NFS operations "
        "the node serves (request latency, rule 4)",
        {"severity": "critical", "cluster": "ontap-fra-01", "node": "ontap-fra-01-02",
         "instance": "harvest-poller-1:12990", "job": "harvest"},
        "Node [ontap-fra-01-02] has [8412.6] nfs latency (microsec)")
harvest("Snapmirror lag time is high", R, "snapmirror_lag_time > 3600 s: the destination behind its "
        "source (replication lag, rule 7)",
        {"severity": "critical", "cluster": "ontap-dr-01", "relationship_id": "5f1c9a2e-7b4d-11ee-9c1a-00a098d4e1f2",
         "source_volume": "vol_sap_data", "destination_volume": "vol_sap_data_dst",
         "instance": "harvest-poller-3:12990", "job": "harvest"},
        "Snapmirror [5f1c9a2e-7b4d-11ee-9c1a-00a098d4e1f2] has [10840] lag time (in secs)")
harvest("Disk failure", NULL, "a failed disk (hardware, not a full disk; as the corpus's crashed disk)",
        {"severity": "critical", "cluster": "ontap-ams-02", "disk": "1.0.17", "node": "ontap-ams-02-01",
         "instance": "harvest-poller-2:12990", "job": "harvest"},
        "Disk [1.0.17] is in failure state")
harvest("Volume Created", NULL, "a volume created (planned work, rule 9)",
        {"severity": "info", "cluster": "ontap-fra-01", "object": "volume", "volume": "vol_ci_cache",
         "op": "create", "instance": "harvest-poller-1:12990", "job": "harvest"},
        "volume [vol_ci_cache] created")
harvest("Volume Modified", NULL, "a volume's size changed by an operator (a setting changed, rule 9)",
        {"severity": "info", "cluster": "ontap-fra-01", "object": "volume", "volume": "vol_logs",
         "op": "update", "track": "size", "old_value": "500GB", "new_value": "750GB",
         "instance": "harvest-poller-1:12990", "job": "harvest"},
        "volume [vol_logs] updated",
        "The [size] of volume [vol_logs] has been updated. The previous value was [500GB], and the new value is [750GB].")
harvest("Volume Deleted", NULL, "a volume deleted (planned work, rule 9)",
        {"severity": "warning", "cluster": "ontap-ams-02", "object": "volume", "volume": "vol_tmp_migr",
         "op": "delete", "instance": "harvest-poller-2:12990", "job": "harvest"},
        "volume [vol_tmp_migr] deleted")
harvest("Certificates expiring within 1 month", CE, "a certificate expiring within 30 days",
        {"severity": "warning", "cluster": "ontap-fra-01", "name": "ontap-fra-01_17A3C0B2E4F1",
         "expiry_time": "2027-01-02T09:14:55Z", "instance": "harvest-poller-1:12990", "job": "harvest"},
        "Certificate [ontap-fra-01_17A3C0B2E4F1] will be expiring on [2027-01-02T09:14:55Z]")
harvest("Certificates expired", CE, "a certificate past its expiry",
        {"severity": "critical", "cluster": "ontap-dr-01", "name": "svm_cifs_dr_1784B2",
         "expiry_time": "2026-11-30T00:00:00Z", "instance": "harvest-poller-3:12990", "job": "harvest"},
        "Certificate [svm_cifs_dr_1784B2] has been expired on [2026-11-30T00:00:00Z]")

# ---- Harvest ems_alert_rules.yml ---------------------------------------------------------
ems("Node Root Volume Space Low", "mgmtgwd.rootvolrec.low.space", "critical", D,
    "the root volume almost out of free space (rule 2)",
    {"node": "ontap-fra-01-01", "threshold_in_mb": "1024"},
    'The root volume on node "ontap-fra-01-01" is dangerously low on space. Less than 1024 MB of free space remaining.',
    "Capacity")
ems("FabricPool Space Usage Limit Reached", "fabricpool.full", "warning", NULL,
    "cloud-tier usage at the *licensed* capacity: a licence, not storage that refuses writes "
    "(rules 5 and 7)",
    {"cluster_uuid": "8c2f1e4a-3b5d-11ec-a0f1-00a098b2c7d3", "used_capacity": "10.0TB",
     "licensed_capacity": "10TB"},
    "Total, cluster-wide FabricPool space usage of object stores from capacity-licensed providers has reached "
    "the licensed limit. Cluster ID: 8c2f1e4a-3b5d-11ec-a0f1-00a098b2c7d3. Current usage: 10.0TB, licensed capacity: 10TB.",
    "Capacity")
ems("FabricPool Space Usage Limit Nearly Reached", "fabricpool.nearly.full", "warning", NULL,
    "the licensed cloud-tier capacity nearly used (a licence allowance, rules 5 and 7)",
    {"cluster": "ontap-ams-02", "cluster_uuid": "1d7e0b96-9a41-11ed-8f0c-00a098c1b5e0",
     "used_capacity": "4.6TB", "licensed_capacity": "5TB"},
    "Total, cluster-wide FabricPool space usage of object stores from capacity-licensed providers has nearly "
    "reached the licensed limit. Cluster id: 1d7e0b96-9a41-11ed-8f0c-00a098c1b5e0. Current usage: 4.6TB, licensed capacity: 5TB.",
    "Capacity")
ems("Volume Automatic Resizing Succeeded", "wafl.vol.autoSize.done", "info", NULL,
    "autosize grew a volume and is done: the system's own planned action, nothing is full (rule 9)",
    {"node": "ontap-fra-01-02", "volume": "vol_oradata", "app": "", "vol_ident": "@vserver:6b3c2d1e",
     "event_type": "grow", "size": "102GB"},
    "Volume autosize: Automatic grow of volume 'vol_oradata@vserver:6b3c2d1e' by 102GB is complete.",
    "Capacity")
ems("QoS Monitor Memory Maxed Out", "qos.monitor.memory.maxed", "warning", M,
    "a subsystem's dynamic memory at its limit (memory capacity, rules 2 and 12; decision 2)",
    {"node": "ontap-fra-01-01"},
    "QoS dynamic memory has reached its limit. Some QoS features might operate in a limited capacity.",
    "Capacity")
ems("FC Target Port Commands Exceeded", "scsitarget.fct.port.full", "warning", NULL,
    "outstanding SCSI commands over a port's limit: storage I/O backlog (disk backlog, rule 5)",
    {"node": "ontap-ams-02-02", "port": "0e", "active_commands": "2048", "max_commands": "2048"},
    "FC target port 0e has 2048 outstanding commands, which exceeds the maximum number of commands 2048 "
    "that can be supported by this port.",
    "Availability")
ems("Object Store Host Unresolvable", "objstore.host.unresolvable", "warning", DNS,
    "the object store's host name cannot be resolved (rule 4: resolution failed)",
    {"node": "ontap-fra-01-01", "node_uuid": "0b9a6e34-5d21-11ec-9bd1-00a098d0f0aa",
     "host": "s3.eu-tier.storage.example.net"},
    'Object-store server host name "s3.eu-tier.storage.example.net" cannot be resolved to an IP address on node '
    "0b9a6e34-5d21-11ec-9bd1-00a098d0f0aa.",
    "Availability")
ems("Object Store Intercluster LIF Down", "objstore.interclusterlifDown", "warning", NULL,
    "no operational intercluster interface (a network interface, rule 9)",
    {"node": "ontap-fra-01-02", "node_uuid": "2c8d7f55-5d21-11ec-9bd1-00a098d0f0ab", "ipspace_id": "4294967295"},
    "Object-store client could not find an operational intercluster LIF (IPspace ID: 4294967295) on node "
    "2c8d7f55-5d21-11ec-9bd1-00a098d0f0ab.",
    "Availability")
ems("ONTAP Mediator Unreachable", "sm.mediator.unreachable", "critical", N,
    "the mediator is unreachable from the cluster (a service unreachable, rule 4)",
    {"cluster": "ontap-ams-02", "ip_address": "10.20.8.45"},
    "ONTAP Mediator (IP: 10.20.8.45) is unreachable from cluster ontap-ams-02.",
    "Protection")
ems("ONTAP Mediator CA Certificate Expiring", "sm.mediator.cacert.expiring", "warning", CE,
    "a CA certificate expiring in 21 days",
    {"cluster": "ontap-ams-02", "ip_address": "10.20.8.45", "days_to_expire": "21",
     "expiry_date": "Dec 25 08:00:00 2026 GMT"},
    "CA certificate for the ONTAP Mediator (IP: 10.20.8.45) will expire in 21 days. Expiry: Dec 25 08:00:00 2026 GMT.",
    "Protection")
ems("ONTAP Mediator Server Certificate Expired", "sm.mediator.serverc.expired", "critical", CE,
    "a server certificate expired",
    {"cluster": "ontap-dr-01", "ip_address": "10.30.8.12", "expiry_date": "Nov 28 23:59:59 2026 GMT"},
    "Server certificate of the ONTAP Mediator (IP: 10.30.8.12) expired on Nov 28 23:59:59 2026 GMT.",
    "Protection")
ems("ONTAP Mediator Client Certificate Expiring", "sm.mediator.clientc.expiring", "warning", CE,
    "a client certificate expiring in 7 days",
    {"cluster": "ontap-fra-01", "ip_address": "10.10.8.33", "days_to_expire": "7",
     "expiry_date": "Dec 11 12:00:00 2026 GMT"},
    "Client certificate for the ONTAP Mediator (IP: 10.10.8.33) will expire in 7 days. Expiry: Dec 11 12:00:00 2026 GMT.",
    "Protection")
ems("ONTAP Mediator Removed", "sm.mediator.removed", "info", NULL,
    "the mediator removed by an administrator (planned work, rule 9)",
    {"cluster": "ontap-fra-01", "version": "1.7", "peer_cluster": "ontap-dr-01", "ip_address": "10.10.8.33"},
    "ONTAP Mediator (version 1.7) was removed on cluster 'ontap-fra-01' having peer cluster 'ontap-dr-01' and "
    "mediator IP address '10.10.8.33'.",
    "Protection")
ems("SnapMirror Relationship Out of Sync", "sms.status.out.of.sync", "warning", NULL,
    "a synchronous relationship that fell out of sync: replication broken, not measured lag (rules 5, 10)",
    {"cluster": "ontap-dr-01", "src_path": "svm_prod:vol_erp", "dst_path": "svm_dr:vol_erp_dst",
     "relationship_id": "a9e4c1d2-8f33-11ee-b1c2-00a098f3a4b5",
     "error_msg": "Transfer failed. Network connection to the source cluster was lost."},
    'Source volume "svm_prod:vol_erp" and destination volume "svm_dr:vol_erp_dst" with relationship UUID '
    '"a9e4c1d2-8f33-11ee-b1c2-00a098f3a4b5" is in "out-of-sync" status due to the following reason: '
    '"Transfer failed. Network connection to the source cluster was lost.".',
    "Protection")
ems("SnapMirror Relationship Initialization Failed", "smc.snapmir.init.fail", "warning", NULL,
    "an initialise operation that failed (a failed job, rule 10)",
    {"cluster": "ontap-dr-01", "src_path": "svm_prod:vol_mail", "dst_path": "svm_dr:vol_mail_dst",
     "relationship_id": "c3b7d8e1-9a02-11ee-a7f3-00a098f3a4b5", "error": "Destination volume is not of type DP."},
    'Initialize from source volume "svm_prod:vol_mail" to destination volume "svm_dr:vol_mail_dst" with relationship '
    'UUID "c3b7d8e1-9a02-11ee-a7f3-00a098f3a4b5" failed with error "Destination volume is not of type DP.".',
    "Protection")
ems("SnapMirror Relationship Resync Attempt Failed", "sms.resync.attempt.failed", "warning", NULL,
    "a resync operation failed; another attempt is scheduled (a failed job, rule 10)",
    {"cluster": "ontap-dr-01", "src_path": "svm_prod:vol_vm01", "dst_path": "svm_dr:vol_vm01_dst",
     "relationship_id": "e1f2a3b4-9a02-11ee-a7f3-00a098f3a4b5", "next_resync_interval": "5"},
    'Resynchronize operation between source volume "svm_prod:vol_vm01" and destination volume "svm_dr:vol_vm01_dst" '
    'with relationship UUID "e1f2a3b4-9a02-11ee-a7f3-00a098f3a4b5" has failed. The next auto-resync will be '
    'attempted after "5" mins.',
    "Protection")
ems("HA Interconnect Down", "callhome.hainterconnect.down", "critical", NULL,
    "the HA interconnect link down (a link, rules 5 and 9)",
    {"cluster": "ontap-ams-02", "node": "ontap-ams-02-01", "subject": "HA INTERCONNECT DOWN",
     "reason": "link down on port e0b"},
    "Call home for HA INTERCONNECT DOWN due to link down on port e0b.",
    "Availability")
ems("NVRAM Battery Low", "callhome.battery.low", "critical", NULL,
    "the NVRAM battery charge low (hardware, as the corpus's UPS battery)",
    {"node": "ontap-fra-01-02"},
    "Call home for BATTERY_LOW.",
    "Availability")
ems("Disk Out of Service", "disk.outOfService", "warning", NULL,
    "a drive failed out of service (hardware, not a full disk)",
    {"cluster": "ontap-ams-02", "node": "ontap-ams-02-02", "disk": "2.1.9", "serial_no": "S3Z8NX0M401234",
     "reason": " failed", "power_on_hours": "38211", "glistEntries": "412",
     "disk_information": "X357_S16433T8ATE NA54"},
    "Drive 2.1.9 (S3Z8NX0M401234) failed. Power-On Hours: 38211, GList Count: 412, Drive Info: X357_S16433T8ATE NA54.",
    "Availability")
ems("Storage VM Stop Succeeded", "vserver.stop.succeeded", "info", NULL,
    "an SVM stopped on request (planned work, rule 9)",
    {"cluster": "ontap-fra-01", "svm": "svm_test02", "svm_uuid": "77d2c1a0-4e0b-11ed-8a9f-00a098b2c7d3"},
    "Vserver svm_test02 (UUID: 77d2c1a0-4e0b-11ed-8a9f-00a098b2c7d3) stopped successfully.",
    "Availability")
ems("READDIR Timeout", "wafl.readdir.expired", "warning", NULL,
    "the file system's own directory read expired: an operation's own time limit, no caller gave up "
    "on a peer (rules 13, 15)",
    {"node": "ontap-fra-01-01", "volume": "vol_builds", "app": "", "vol_ident": "@vserver:6b3c2d1e",
     "snap_id": "0", "directory_inum": "9821734"},
    'A READDIR file operation has expired for the directory associated with volume "vol_builds/@vserver:6b3c2d1e" '
    "Snapshot copy ID 0 and inode 9821734.",
    "Availability")
ems("NetBIOS Name Conflict", "Nblade.cifsNbNameConflict", "warning", NULL,
    "a NetBIOS name owned by another machine (naming, not a failed DNS lookup)",
    {"node": "ontap-ams-02-01", "nb": "FILESRV02", "ip_address": "10.20.4.17", "object_type": "vserver",
     "object_uuid": "5e0a9b7c-4e0b-11ed-8a9f-00a098c1b5e0"},
    "The NetBIOS Name Service received a negative name registration response. The name FILESRV02 is owned by a "
    "remote machine. The IP address being registered is 10.20.4.17. Object type is: vserver with UUID: "
    "5e0a9b7c-4e0b-11ed-8a9f-00a098c1b5e0.",
    "Availability")
ems("NVMe-oF License Grace Period Expired", "nvmf.graceperiod.expired", "critical", NULL,
    "a licence grace period expired (licence expiry, rule 5)",
    {"cluster": "ontap-ams-02"},
    "The NVMe-oF feature requires a license in this version of ONTAP and the grace period has expired. NVMe-oF "
    "functionality will be disabled until a license is added to the cluster.",
    "Availability")
ems("LUN Offline", "LUN.offline", "info", NULL,
    "a LUN brought offline (an administrative state change, rule 9)",
    {"node": "ontap-fra-01-02", "lun_path": "/vol/vol_esx01/lun0", "volume": "vol_esx01",
     "volume_ds_id": "1027", "object_uuid": "3f6e2b1a-5c4d-4e3f-9a8b-7c6d5e4f3a2b"},
    "LUN /vol/vol_esx01/lun0, vol vol_esx01 (DSID 1027) was brought offline (UUID: 3f6e2b1a-5c4d-4e3f-9a8b-7c6d5e4f3a2b).",
    "Availability")
ems("SFP in FC target adapter receiving low power", "scsitarget.fct.sfpRxPowerLow", "warning", NULL,
    "optics receiving low power (a link's physical layer, rules 9, 16)",
    {"node": "ontap-ams-02-01", "adapter": "0g", "operating_value": "31.2", "threshold_value": "63.1"},
    "The SFP in FC target adapter 0g reports that it is receiving (RX) at a low level of power. Operating value "
    "31.2 (uWatts), Threshold value 63.1 (uWatts).",
    "Availability")

family.write()
