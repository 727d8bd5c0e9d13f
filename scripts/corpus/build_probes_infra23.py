#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_infra23.jsonl: alerts that open-source organisations' and
university sites' sysadmins wrote for their OWN servers and services, kept in their infrastructure
repositories (Puppet, Ansible, Nomad, Kubernetes manifests), each rendered as the alert that fires:
Prometheus rules as Alertmanager delivers them (rule labels plus the labels the annotations name,
templates filled in with made-up values), Nagios/NRPE checks and Cachet event-handler checks as a
Nagios notification relayed to Alertmanager (the plugin's status line in `description`).

Labels are decided from each rule's meaning (its expression, its text) under POLICY.md before the
classifier ran on the file (see the SOURCES.md section `probes_infra23.jsonl`). Hosts, instances,
values and namespaces are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_infra23.jsonl")
CR, DF, DL, FD, M, N, Q = ("crash_loop", "disk_full", "replication_lag", "fd_exhaustion",
                           "out_of_memory", "node_down", "queue_backlog")
NULL = None


def nagios(src, expected, why, host, service, state, output, extra=None):
    """A Nagios/NRPE service notification relayed to Alertmanager: the plugin's first output line is
    the description, as a Nagios-to-Alertmanager bridge sends it."""
    labels = {"alertname": service, "host": host, "service": service, "severity": state.lower(),
              "source": "nagios"}
    if extra:
        labels.update(extra)
    family.add(src, expected, why, labels,
               {"summary": f"{service} on {host} is {state}", "description": output})


# ------------------------------------------------------------------ OCF (UC Berkeley) Puppet rules
OCF_C = "60f8aa325bce4ef8cc6f69a909efdf4841931cc9"
OCF = "ocf/puppet"
OCF_NODE = (OCF, "modules/ocf_prometheus/files/rules.d/node.rules.yaml", OCF_C)
OCF_PRN = (OCF, "modules/ocf_prometheus/files/rules.d/printer.rules.yaml", OCF_C)
OCF_MIR = (OCF, "modules/ocf_prometheus/files/rules.d/mirror.rules.yaml", OCF_C)
OCF_CUPS = (OCF, "modules/ocf_prometheus/files/rules.d/cups.rules.yaml", OCF_C)

family.add(OCF_NODE, DF, "OCF DiskUsageTooHigh: filesystem used above 95% (rule 2)",
           {"alertname": "DiskUsageTooHigh", "instance": "tsunami", "mountpoint": "/var",
            "fstype": "ext4", "host_type": "server", "job": "node"},
           {"summary": "Disk usage on tsunami /var is at 96.41%"})
family.add(OCF_NODE, DF, "OCF DiskWillFillIn3Hours: predict_linear of avail bytes < 0 in 3h (rule 2, predicted)",
           {"alertname": "DiskWillFillIn3Hours", "instance": "fallingrocks", "mountpoint": "/opt/mirrors",
            "fstype": "zfs", "host_type": "server", "job": "node"},
           {"summary": "Disk usage on fallingrocks /opt/mirrors is predicted to run out in 3 hours"})
family.add(OCF_PRN, N, "OCF PrinterDown: up{job=\"printer\"} == 0 for 2m (a scrape target down, rule 4)",
           {"alertname": "PrinterDown", "instance": "logjam", "job": "printer"},
           {"summary": "Printer logjam is down"})
family.add(OCF_PRN, NULL, "OCF LowToner: toner level below 3% (a consumable, no signature)",
           {"alertname": "LowToner", "instance": "papercut", "job": "printer"},
           {"summary": "Low toner on papercut",
            "description": "papercut toner is at level 0.02, replace it soon!"})
family.add(OCF_MIR, DL, "OCF MirrorOutOfDate: upstream's last update minus the local mirror's > 24h "
           "(a mirror's lag behind the archive it replicates; policy decision 1)",
           {"alertname": "MirrorOutOfDate", "instance": "fallingrocks", "job": "mirrors", "project": "debian"},
           {"summary": "Mirror debian has not been updated in 1d 7h 12m 40s",
            "suggestion": "On fallingrocks: read the logs by running `journalctl -eu debian` or "
                          "`journalctl -eu ftpsync-debian`.",
            "description": "Local mirror: 2026-12-03 14:02:11 +0000 UTC,\n"
                           "Upstream mirror: 2026-12-04 21:14:51 +0000 UTC"})
family.add(OCF_MIR, NULL, "OCF HealthcheckNotRunning: a mirror health-check job not run in 3h "
           "(a job that did not run, rule 10)",
           {"alertname": "HealthcheckNotRunning", "instance": "fallingrocks", "job": "mirrors",
            "project": "ubuntu"},
           {"summary": "Healthcheck for ubuntu has not been run in 3h 41m 5s",
            "suggestion": "On fallingrocks: read the logs by running `journalctl -eu ubuntu-health`."})
family.add(OCF_CUPS, NULL, "OCF CUPSClassInconsistent: a printer in one print class only (configuration)",
           {"alertname": "CUPSClassInconsistent", "instance": "printhost", "printername": "logjam",
            "job": "cups"},
           {"summary": "Printer logjam is in rotation on either single or double, but not both",
            "remediation": "https://printhost.ocf.berkeley.edu/classes/"})

# ------------------------------------------------------------------ Ceph Sepia lab (ceph-cm-ansible)
CEPH_C = "dab2cbedbdbdce9b079a61896e5b986ab8423f36"
CEPH = "ceph/ceph-cm-ansible"
CHECK_MEM = (CEPH, "roles/common/files/nagios/check_mem.sh", CEPH_C)
SMART = (CEPH, "roles/common/files/libexec/smart.sh", CEPH_C)
PINGS = (CEPH, "roles/public_facing/templates/status.sepia.ceph.com/lab-pings.j2", CEPH_C)
OVPN = (CEPH, "roles/public_facing/templates/status.sepia.ceph.com/openvpn.j2", CEPH_C)

nagios(CHECK_MEM, M, "Sepia NRPE check_mem -w 85 -c 95: memory used at or above 95% (rule 2)",
       "smithi042.front.sepia.ceph.com", "check_mem", "CRITICAL",
       "MEMORY CRITICAL - Total: 64215 MB - Used: 61490 MB - 95% used!")
nagios(CHECK_MEM, M, "Sepia NRPE check_mem warning: memory used at or above 85% (rule 2)",
       "mira118.front.sepia.ceph.com", "check_mem", "WARNING",
       "MEMORY WARNING - Total: 15884 MB - Used: 13702 MB - 86% used!")
nagios(SMART, NULL, "Sepia NRPE check_smart: SMART attributes of drives failing (disk hardware health, "
       "as ECC errors, rule 5)",
       "reesi004.front.sepia.ceph.com", "check_smart", "CRITICAL",
       "CRITICAL - 2 of 12 drives need replacing")
nagios(SMART, NULL, "Sepia NRPE check_smart warning: drives sick (hardware health, rule 5)",
       "o10.front.sepia.ceph.com", "check_smart", "WARNING",
       "WARNING - 1 of 8 drives sick")
family.add(PINGS, NULL, "Sepia status page: partial packet loss to the Community Cage edge router "
           "(link quality, rule 16)",
           {"alertname": "Packet Loss", "component": "Community Cage Network", "state_type": "SOFT",
            "severity": "critical", "source": "cachet"},
           {"summary": "Community Cage Network: Packet Loss CRITICAL", "description": "40% packet loss"})
family.add(PINGS, N, "Sepia status page: 100% packet loss to the edge router over 10 pings "
           "(all pings failing, rules 11 and 16)",
           {"alertname": "Packet Loss", "component": "Community Cage Network", "state_type": "HARD",
            "severity": "critical", "source": "cachet"},
           {"summary": "Community Cage Network: Packet Loss CRITICAL", "description": "100% packet loss"})
family.add(OVPN, N, "Sepia status page: the OpenVPN server's port not answering while the internet is "
           "reachable (a server unreachable or its service not listening, rule 4)",
           {"alertname": "OpenVPN", "component": "OpenVPN Server", "state_type": "HARD",
            "severity": "critical", "source": "cachet"},
           {"summary": "OpenVPN Server: OpenVPN CRITICAL",
            "description": "gw.sepia.ceph.com is unreachable or port 1194 closed"})

family.write()
