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

family.write()
