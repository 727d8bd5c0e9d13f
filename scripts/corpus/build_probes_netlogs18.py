#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_netlogs18.jsonl: device and operating-system event messages
delivered as alerts. A log pipeline (a Loki ruler, a Graylog event definition, a Splunk saved
search, a Kibana rule over winlogbeat, snmptrapd forwarding to a webhook, an IPMI SEL poller) turns
one device or OS message into an Alertmanager-style alert whose only evidence is the message text:
a Net-SNMP UCD-SNMP-MIB error string in a trap's varbinds, an IPMI SEL record, a Cisco IOS
mnemonic, a Windows Event Log message, an sshd or systemd line.

What the family tests: recall on terse device wording (`dskErrorMsg` "/var: less than 10% free",
"Running out of swap space", "No ntpd process running", `%SYS-2-MALLOCFAIL`, "unable to allocate
from the system nonpaged pool", "Under memory pressure, flushing caches", "accept: Too many open
files", "Name resolution for the name ... timed out") and the look-alikes that must stay null:
link and line-protocol changes, OSPF and BGP neighbours, configuration changes, login failures,
hardware events of a BMC (power supply, ECC, drive fault, SEL full), disk I/O retries and resets,
an unexpected reboot, a single service crash during a switchover, load average.

Labels, decided under POLICY.md before the classifier ran on the file:
- `disk_full`: a UCD-SNMP-MIB `dskErrorMsg`/`dskErrorFlag` (a disk under its configured minimum free
  space; rule 2, capacity warnings count toward their resource).
- `out_of_memory`: swap below its configured minimum (rule 2, swapping is memory), IOS MALLOCFAIL
  and Extreme's "Out of Memory. Cannot malloc" (an allocation failure of the device's own OS,
  rule 12), Windows Srv 2019/2020 (nonpaged/paged pool empty), journald/resolved "Under memory
  pressure" (memory pressure, rule 2 and rule 7's PSI), sshd "fork: Cannot allocate memory".
- `node_down`: UCD-SNMP-MIB `prErrMessage` "No <name> process running" (a process count of zero,
  rule 7).
- `fd_exhaustion`: sshd "accept: Too many open files" (EMFILE/ENFILE).
- `dns_failure`: Windows DNS Client 1014, "timed out after none of the configured DNS servers
  responded" (a lookup that times out is a failed resolution, rule 13).
- `null`: load average (rule 2); IF-MIB linkDown/linkUp, Cisco LINK/LINEPROTO, OSPF neighbour
  changes and BGP notifications (links, rules 5, 9, 11); coldStart/warmStart (one restart, rule 7);
  SNMP authenticationFailure and sshd login failures (no signature); configuration changes
  (rule 9); IPMI SEL power-supply, ECC, IERR, drive fault, redundancy, watchdog reset and SEL full
  or cleared (hardware with no signature; ECC rule 5; a full SEL rule 17); Windows disk I/O
  retried/reset, surprise removal, file-system corruption and chkdsk (disk I/O, rule 5, not a full
  disk); Kernel-Power 41 (one unclean reboot, rule 7's single restart); NX-OS switchover messages
  (one crash during a switchover, a completed switchover); module online and an unsupported
  transceiver.

Left out as ambiguous (rule 6): Linux kernel lines (the kernel's project is held out, so no OOM
killer, conntrack, file-max or hung-task text is quoted here); UCD-SNMP-MIB "Too many/Too few
<name> running" (a process count against a min/max that is not zero); file-size `fileErrorMsg`;
NX-OS "Switchover threshold exceeded" (repeated switchovers: a loop of the device, not of a
service); IPMI "Run-time critical stop" (an OS crash, one event); Windows DNS Client 1016
(one NXDOMAIN); sshd "past MaxStartups" (a limit on unauthenticated connections, not a pool);
NFS "server not responding" (kernel text, held out). Windows 7031/7034 and Resource-Exhaustion
2004 are already in the tuning corpora (probes_liveness6, probes_capacity9) and are not repeated.

Sources (facts only; hosts, values and the alert frames are ours): net-snmp/net-snmp
(agent/mibgroup/ucd-snmp/{disk,memory,proc,loadave}.c, mibs/{UCD-SNMP-MIB,IF-MIB,SNMPv2-MIB}.txt),
ipmitool/ipmitool include/ipmitool/ipmi_sel.h, openssh/openssh-portable sshd.c and auth.c,
systemd/systemd journald-server.c and resolved-manager.c, and vendor or knowledge-base pages named
per item (Cisco Catalyst system message guide, a MALLOCFAIL write-up, Huawei and Extreme message
references, Cisco NX-OS system messages reference, Microsoft's disk-error troubleshooting page,
KB archives for Srv 2019/2020, a Windows event catalogue for DNS Client 1014, a shutdown-event
explainer for Kernel-Power 41).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, pick  # noqa: E402

family = ProbeFamily("probes_netlogs18.jsonl")

D, M, N, F, DNS = "disk_full", "out_of_memory", "node_down", "fd_exhaustion", "dns_failure"

SNMP = "net-snmp/net-snmp"
SNMP_DISK = (SNMP, "agent/mibgroup/ucd-snmp/disk.c", "13d4106856659c947b00a52cb6732233e448f058")
SNMP_MEM = (SNMP, "agent/mibgroup/ucd-snmp/memory.c", "27e7443fc67a60fb95184700f61228eceb11405a")
SNMP_PROC = (SNMP, "agent/mibgroup/ucd-snmp/proc.c", "a749b10f06d0e936461ef179d3f874a87c89276b")
SNMP_LOAD = (SNMP, "agent/mibgroup/ucd-snmp/loadave.c", "80623d3c3a2a1c5411940a2c463751378971d34c")
UCD_MIB = (SNMP, "mibs/UCD-SNMP-MIB.txt", "c08d81c1df24d557c855a8aa27dd249c833f1ff4")
IF_MIB = (SNMP, "mibs/IF-MIB.txt", "22c15294bc8755b50c78ae5138e33c7d0a99f7a3")
V2_MIB = (SNMP, "mibs/SNMPv2-MIB.txt", "92b73eb4253219bb8cc7311b89994c4bc07eff97")
IPMI = ("ipmitool/ipmitool", "include/ipmitool/ipmi_sel.h", "05dc409b57f1a4b9df1347ad97e774a071117c8a")
SSHD = ("openssh/openssh-portable", "sshd.c", "4f9757382072765c09893a630608c39de0b1a3f4")
SSH_AUTH = ("openssh/openssh-portable", "auth.c", "f14b2aa6725f93dce537a0d693d3562c53a85b19")
JOURNALD = ("systemd/systemd", "src/journal/journald-server.c",
            "e150e82097211f09b911c7784a89ef9efed713ca")
RESOLVED = ("systemd/systemd", "src/resolve/resolved-manager.c",
            "1c4baffc1895809bae9ac36b670af90a4cb9cd7d")

# (project, url) of pages quoting the message texts
MALLOC = ("www.booches.nl", "https://www.booches.nl/tag/leak/")
CAT_GUIDE = ("manualsdump.com",
             "https://manualsdump.com/en/manuals/cisco_systems-3750-x-3560-x/121000/791")
HW_OSPF = ("a10.tagan.ru",
           "http://a10.tagan.ru/huawei/netengine8000f1a/log/8090/VLINK_NBR_CHG_DOWN_3.html")
HW_BGP = ("a10.tagan.ru", "http://a10.tagan.ru/huawei/netengine8000f1a/log/8090/NOTIFY_SEND_6.html")
EXT_OSPF = ("documentation.extremenetworks.com",
            "https://documentation.extremenetworks.com/ems_catalog_22.1/EMS_Messages_22_1/22.1.1/"
            "ospf/ospf_neighbor_ChgState.shtml")
EXT_MSDP = ("documentation.extremenetworks.com",
            "https://documentation.extremenetworks.com/ems_catalog_22.1/EMS_Messages_22_1/22.1.1/"
            "pim/pim_msdp_AllocMSDPMsgFail.shtml")
NXOS_SYSMGR = ("www.easymanua.ls", "https://www.easymanua.ls/cisco/ap775a-nexus-converged-network-"
               "switch-5010/manual/510917?p=732")
NXOS_INTRO = ("www.easymanua.ls", "https://www.easymanua.ls/cisco/ap775a-nexus-converged-network-"
              "switch-5010/manual/510917?p=35")
WIN_DISK = ("learn.microsoft.com", "https://learn.microsoft.com/en-us/troubleshoot/windows-server/"
            "backup-and-storage/troubleshoot-data-corruption-and-disk-errors")
SRV_PARALLELS = ("kb.parallels.com", "http://kb.parallels.com/1675")
SRV_Q133384 = ("jeffpar.github.io", "https://jeffpar.github.io/kbarchive/kb/133/Q133384/")
SRV_968684 = ("mskb.pkisolutions.com", "https://mskb.pkisolutions.com/kb/968684")
DNS_CLIENT = ("detection-wiki-staging.pages.dev",
              "https://detection-wiki-staging.pages.dev/microsoft-windows-dns-client/")
KPOWER = ("www.explaintopic.com", "https://www.explaintopic.com/windows/understanding-windows-event-"
          "viewer-shutdown-codes-and-their-1766641743.html")


def add_page(src, expected, source, labels, annotations):
    project, url = src
    family.add_page(url, expected, source, labels, annotations, project)


# ---- alert frames (ours) -------------------------------------------------------------------------

def trap_frame(trap, agent, varbinds, severity="warning"):
    """snmptrapd -> webhook -> Alertmanager: the trap OID as alertname, varbinds in the text."""
    vb = "; ".join(f"{k} = {v}" for k, v in varbinds)
    return ({"alertname": "SNMPTrapReceived", "trap": trap, "agent_address": agent,
             "severity": severity, "job": "snmptrapd"},
            {"summary": f"SNMP trap {trap} from {agent}", "description": f"Varbinds: {vb}"})


def disman_frame(host, path_key, path, msg):
    """A DISMAN-EVENT-MIB monitor (`defaultMonitors yes`) firing mteTriggerFired."""
    return ({"alertname": "mteTriggerFired", "source": "snmp-notifier", "instance": host,
             "severity": "warning"},
            {"summary": f"DISMAN-EVENT-MIB::mteTriggerFired from {host}",
             "description": f"mteHotTrigger.0 = STRING: {path_key}; {path} ; "
                            f"mteHotValue.0 = INTEGER: 1; errMessage = STRING: \"{msg}\""})


def loki_frame(alertname, host, app, line, count, window="5m", severity="warning"):
    return ({"alertname": alertname, "severity": severity, "host": host, "app": app,
             "job": "syslog", "ruler": "loki"},
            {"summary": f"{count} matching log lines from {host} in {window}",
             "description": f"Last matching line: {line}"})


def graylog_frame(event_def, source, message, priority=2):
    return ({"alertname": "GraylogEventNotification", "event_definition": event_def,
             "source": source, "priority": str(priority)},
            {"message": message,
             "description": f"Event definition \"{event_def}\" triggered for source {source}."})


def splunk_frame(search, host, sourcetype, message, count):
    return ({"alertname": f"Splunk: {search}", "search_name": search, "host": host,
             "sourcetype": sourcetype, "severity": "high"},
            {"summary": f"Splunk alert \"{search}\": {count} result(s)",
             "description": f"host={host} sourcetype={sourcetype} _raw=\"{message}\""})


def win_frame(event_id, provider, host, message, level="Error", channel="System"):
    """winlogbeat -> Elasticsearch -> Kibana rule -> Alertmanager."""
    return ({"alertname": f"WindowsEvent{event_id}", "winlog_event_id": str(event_id),
             "winlog_provider_name": provider, "winlog_channel": channel, "host": host,
             "log_level": level.lower(), "severity": "warning"},
            {"summary": f"{provider} event {event_id} on {host}", "description": message})


def wef_splunk_frame(event_id, provider, host, message, count):
    return ({"alertname": "WinEventLogBurst", "EventCode": str(event_id), "SourceName": provider,
             "ComputerName": host, "sourcetype": "WinEventLog:System"},
            {"summary": f"{count} x EventCode={event_id} on {host} in the last 15 minutes",
             "message": message})


def sel_frame(bmc, rec, sensor, event, direction="Asserted"):
    """An ipmitool `sel elist` poller turning a new SEL record into an alert."""
    return ({"alertname": "IpmiSelNewRecord", "bmc": bmc, "sensor": sensor, "severity": "warning",
             "job": "ipmi-sel"},
            {"summary": f"New SEL record on {bmc}",
             "description": f"{rec} | {pick(bmc + rec, ['11/29/2026', '12/01/2026', '12/03/2026'])}"
                            f" | {pick(rec, ['02:14:55', '13:07:41', '22:40:03'])} | {sensor} | "
                            f"{event} | {direction}"})


# ---- Net-SNMP UCD-SNMP-MIB error strings ---------------------------------------------------------

def ucd_items():
    why = "UCD-SNMP-MIB dskErrorMsg: a disk under its configured minimum (rule 2)"
    disk_msgs = [
        ("nas-ops-01", "/var", "/var: less than 10% free (= 4%)"),
        ("db-ledger-2", "/var/lib/pgsql", "/var/lib/pgsql: less than 15% free (= 9%)"),
        ("fw-mgmt-03", "/", "/: less than 500000 free (= 212344)"),
        ("bkp-stor-7", "/srv/backup", "/srv/backup: less than 5% free (= 2%)"),
        ("mail-relay-4", "/var/spool", "/var/spool: less than 100000 free (= 48812)"),
        ("lb-edge-02", "/opt", "/opt: less than 20% free (= 11%)"),
        ("syslog-agg-1", "/var/log", "/var/log: less than 10% free (= 1%)"),
        ("git-mirror-2", "/srv/git", "/srv/git: less than 250000 free (= 90112)"),
        ("pbx-core-01", "/home", "/home: less than 12% free (= 6%)"),
        ("ceph-mon-3", "/var/lib/ceph", "/var/lib/ceph: less than 30% free (= 22%)"),
    ]
    for i, (host, path, msg) in enumerate(disk_msgs):
        if i >= 6:
            if i % 2 == 0:
                labels, ann = splunk_frame("snmp disk errors", host, "snmptrap",
                                           f"dskErrorMsg.1 = {msg}", pick(host, ["1", "2", "4"]))
            else:
                labels, ann = loki_frame("SnmpdDiskError", host, "snmptrapd",
                                         f"UCD-SNMP-MIB::dskErrorMsg.2 = STRING: {msg}", 1)
        elif i % 3 == 0:
            labels, ann = trap_frame("UCD-SNMP-MIB::dskErrorFlag", host,
                                     [("UCD-SNMP-MIB::dskPath.1", f"STRING: {path}"),
                                      ("UCD-SNMP-MIB::dskErrorFlag.1", "INTEGER: error(1)"),
                                      ("UCD-SNMP-MIB::dskErrorMsg.1", f"STRING: {msg}")])
        elif i % 3 == 1:
            labels, ann = disman_frame(host, "dskTable", path, msg)
        else:
            labels, ann = graylog_frame("SNMP agent error message", host,
                                        f"{host} snmpd dskErrorMsg: {msg}")
        family.add(SNMP_DISK, D, f"Net-SNMP disk.c dskErrorMsg ({why})", labels, ann)
    for host, msg in [("vpn-conc-02", "/var/tmp: less than 8% free (= 3%)"),
                      ("siem-idx-4", "/data/indexes: less than 2000000 free (= 733410)")]:
        labels = {"alertname": "SnmpDiskErrorMsg", "severity": "warning", "instance": host,
                  "mib": "UCD-SNMP-MIB"}
        family.add(SNMP_DISK, D, f"Net-SNMP disk.c dskErrorMsg as a bare description ({why})",
                   labels, {"description": msg})
    labels, ann = trap_frame("UCD-SNMP-MIB::dskErrorFlag", "10.40.2.19",
                             [("UCD-SNMP-MIB::dskPath.3", "STRING: /var/lib/mysql"),
                              ("UCD-SNMP-MIB::dskErrorFlag.3", "INTEGER: error(1)")])
    ann["description"] += (" -- dskErrorFlag: Error flag signaling that the disk or partition is "
                           "under the minimum required space configured for it.")
    family.add(UCD_MIB, D, f"UCD-SNMP-MIB dskErrorFlag description ({why})", labels, ann)

    why = "swap below its configured minimum (rule 2: swapping is memory)"
    for i, (host, kb) in enumerate([("app-legacy-3", 15232), ("erp-db-01", 8192),
                                    ("print-srv-2", 4096), ("voip-sbc-2", 2048),
                                    ("nms-poller-1", 12876), ("jenkins-agt-6", 30120)]):
        msg = f"Running out of swap space ({kb})"
        if i == 0:
            labels, ann = trap_frame("UCD-SNMP-MIB::memSwapError", host,
                                     [("UCD-SNMP-MIB::memSwapError.0", "INTEGER: error(1)"),
                                      ("UCD-SNMP-MIB::memSwapErrorMsg.0", f"STRING: {msg}")])
        elif i == 1:
            labels, ann = disman_frame(host, "memory", "memSwapErrorMsg", msg)
        elif i == 2:
            labels, ann = splunk_frame("snmp swap error", host, "snmptrap", msg, 3)
        elif i == 3:
            labels, ann = graylog_frame("snmpd memory error", host, f"memSwapErrorMsg: {msg}")
        elif i == 4:
            labels, ann = loki_frame("SnmpdSwapError", host, "snmptrapd",
                                     f"UCD-SNMP-MIB::memSwapErrorMsg.0 = STRING: {msg}", 2)
        else:
            labels = {"alertname": "SwapSpaceLow", "severity": "warning", "instance": host,
                      "source": "snmp"}
            ann = {"summary": msg}
        family.add(SNMP_MEM, M, f"Net-SNMP memory.c memSwapErrorMsg ({why})", labels, ann)
    labels, ann = trap_frame("UCD-SNMP-MIB::memSwapError", "ci-runner-09",
                             [("UCD-SNMP-MIB::memSwapError.0", "INTEGER: error(1)")])
    ann["description"] += (" (Indicates whether the amount of available swap space (as reported by "
                           "'memAvailSwap(4)'), is less than the desired minimum (specified by "
                           "'memMinimumSwap(12)').)")
    family.add(UCD_MIB, M, f"UCD-SNMP-MIB memSwapError description ({why})", labels, ann)

    why = "a process count of zero (rule 7: a process that is not running is node_down)"
    for i, (host, proc) in enumerate([("ntp-gw-1", "ntpd"), ("bastion-02", "sshd"),
                                      ("lb-int-05", "haproxy"), ("dns-cache-3", "unbound"),
                                      ("ns-auth-2", "named"), ("mta-out-1", "postfix")]):
        msg = f"No {proc} process running"
        if i == 0:
            labels, ann = trap_frame("UCD-SNMP-MIB::prErrorFlag", host,
                                     [("UCD-SNMP-MIB::prNames.1", f"STRING: {proc}"),
                                      ("UCD-SNMP-MIB::prCount.1", "INTEGER: 0"),
                                      ("UCD-SNMP-MIB::prErrMessage.1", f"STRING: {msg}")],
                                     severity="critical")
        elif i == 1:
            labels, ann = disman_frame(host, "prTable", proc, msg)
        elif i == 2:
            labels, ann = splunk_frame("snmp process check", host, "snmptrap", msg, 1)
        elif i == 3:
            labels, ann = graylog_frame("snmpd process table error", host, f"prErrMessage: {msg}")
        elif i == 4:
            labels, ann = loki_frame("SnmpdProcessError", host, "snmptrapd",
                                     f"UCD-SNMP-MIB::prErrMessage.2 = STRING: {msg}", 1,
                                     severity="critical")
        else:
            labels = {"alertname": "ProcessNotRunning", "severity": "critical", "instance": host,
                      "process": proc, "source": "snmp"}
            ann = {"description": msg}
        family.add(SNMP_PROC, N, f"Net-SNMP proc.c prErrMessage ({why})", labels, ann)

    for host, minutes, val in [("build-farm-2", 1, "14.20"), ("kvm-host-11", 15, "9.87")]:
        msg = f"{minutes} min Load Average too high (= {val})"
        labels, ann = trap_frame("UCD-SNMP-MIB::laErrorFlag", host,
                                 [("UCD-SNMP-MIB::laErrMessage.1", f"STRING: {msg}")])
        family.add(SNMP_LOAD, None, "Net-SNMP loadave.c laErrMessage (load average: null, rule 2)",
                   labels, ann)


# ---- standard traps (IF-MIB, SNMPv2-MIB) --------------------------------------------------------

def std_trap_items():
    link_down = ("A linkDown trap signifies that the SNMP entity, acting in an agent role, has "
                 "detected that the ifOperStatus object for one of its communication links is about "
                 "to enter the down state from some other state (but not from the notPresent "
                 "state).")
    link_up = ("A linkUp trap signifies that the SNMP entity, acting in an agent role, has detected "
               "that the ifOperStatus object for one of its communication links left the down state "
               "and transitioned into some other state (but not into the notPresent state).")
    for agent, ifd, idx in [("acc-sw-14", "GigabitEthernet1/0/37", 10137),
                            ("core-rtr-02", "TenGigabitEthernet0/1/0", 3)]:
        labels, ann = trap_frame("IF-MIB::linkDown", agent,
                                 [("IF-MIB::ifIndex", f"INTEGER: {idx}"),
                                  ("IF-MIB::ifDescr", f"STRING: {ifd}"),
                                  ("IF-MIB::ifAdminStatus", "INTEGER: up(1)"),
                                  ("IF-MIB::ifOperStatus", "INTEGER: down(2)")])
        ann["description"] = link_down + " " + ann["description"]
        family.add(IF_MIB, None, "IF-MIB linkDown (an interface: a link, rule 9)", labels, ann)
    labels, ann = loki_frame("SnmpTrapLinkDown", "snmptrap-rx-1", "snmptrapd",
                             "<UNKNOWN> [UDP: [10.8.0.14]:161->[10.8.0.2]:162]: "
                             "SNMPv2-MIB::snmpTrapOID.0 = OID: IF-MIB::linkDown "
                             "IF-MIB::ifIndex.49 = INTEGER: 49 IF-MIB::ifAdminStatus.49 = "
                             "INTEGER: up(1) IF-MIB::ifOperStatus.49 = INTEGER: down(2)", 3)
    family.add(IF_MIB, None, "IF-MIB linkDown in snmptrapd's log (a link, rule 9: null)", labels,
               ann)
    labels, ann = trap_frame("IF-MIB::linkUp", "acc-sw-14",
                             [("IF-MIB::ifIndex", "INTEGER: 10137"),
                              ("IF-MIB::ifOperStatus", "INTEGER: up(1)")], severity="info")
    ann["description"] = link_up + " " + ann["description"]
    family.add(IF_MIB, None, "IF-MIB linkUp (a link coming up: null)", labels, ann)

    v2 = [
        ("SNMPv2-MIB::coldStart", "ups-rack-b4",
         "A coldStart trap signifies that the SNMP entity, supporting a notification originator "
         "application, is reinitializing itself and that its configuration may have been altered.",
         "coldStart (one restart, rule 7)"),
        ("SNMPv2-MIB::warmStart", "pdu-row3-12",
         "A warmStart trap signifies that the SNMP entity, supporting a notification originator "
         "application, is reinitializing itself such that its configuration is unaltered.",
         "warmStart (one restart, rule 7)"),
        ("SNMPv2-MIB::authenticationFailure", "dist-sw-06",
         "An authenticationFailure trap signifies that the SNMP entity has received a protocol "
         "message that is not properly authenticated.",
         "authenticationFailure (no signature)"),
    ]
    for trap, agent, text, why in v2:
        labels, ann = trap_frame(trap, agent, [("SNMPv2-MIB::sysUpTime.0",
                                                "Timeticks: (1843) 0:00:18.43")], severity="info")
        ann["description"] = text + " " + ann["description"]
        family.add(V2_MIB, None, f"SNMPv2-MIB {why}", labels, ann)


# ---- IPMI SEL records (ipmitool) -----------------------------------------------------------------

def sel_items():
    recs = [
        ("idrac-db-07", "1a2", "Power Supply PS2 Status", "Power Supply AC lost", "power supply"),
        ("ilo-web-12", "0f3", "Power Supply PS1", "Failure detected", "power supply"),
        ("bmc-kvm-03", "3b", "Memory #0x02", "Uncorrectable ECC", "ECC (rule 5)"),
        ("idrac-app-21", "200", "Event Logging Disabled SEL", "Log full",
         "the SEL full (rule 17: not storage)"),
        ("idrac-app-21", "201", "Event Logging Disabled #0x72", "Log area reset/cleared",
         "the SEL cleared"),
        ("bmc-hpc-044", "7d", "Processor CPU2 Status", "IERR", "a processor error"),
        ("bmc-stor-09", "112", "Drive Slot HDD3", "Drive Fault", "a drive fault (not a full disk)"),
        ("bmc-hpc-051", "9", "Watchdog2 OS Watchdog", "Hard reset",
         "one watchdog reset (rule 7: one restart)"),
        ("bmc-kvm-03", "3d", "Processor CPU1 Status", "Thermal Trip", "temperature"),
        ("bmc-hpc-044", "7e", "Memory #0x05", "Critical Overtemperature", "temperature"),
    ]
    for bmc, rec, sensor, event, why in recs:
        labels, ann = sel_frame(bmc, rec, sensor, event)
        family.add(IPMI, None, f"ipmitool SEL '{event}' ({why}: null)", labels, ann)
    labels, ann = sel_frame("idrac-db-07", "1a3", "Power Supply PS2 Status", "Power Supply AC lost",
                            "Deasserted")
    family.add(IPMI, None, "ipmitool SEL 'Power Supply AC lost' deasserted (power back: null)",
               labels, ann)


# ---- network-device syslog ----------------------------------------------------------------------

def device_syslog_items():
    why = "an allocation failure of the device's own OS (rule 12)"
    mallocs = [
        ("core-sw-02", "Memory allocation of 1680 bytes failed from 0x161B38, alignment 0 "
                       "Pool: I/O  Free: 7412  Cause: Memory fragmentation "
                       "Alternate Pool: None  Free: 0  Cause: No Alternate pool"),
        ("wan-rtr-5", "Memory allocation of 65560 bytes failed from 0x60A1C2F4, alignment 8 "
                      "Pool: Processor  Free: 31872  Cause: Memory fragmentation "
                      "Alternate Pool: None  Free: 0  Cause: No Alternate pool"),
        ("dist-sw-11", "Memory allocation of 4120 bytes failed from 0x1B44A0, alignment 0 "
                       "Pool: I/O  Free: 2216  Cause: Memory fragmentation "
                       "Alternate Pool: None  Free: 0  Cause: No Alternate pool"),
    ]
    host, m = mallocs[0]
    labels, ann = loki_frame("NetworkDeviceCriticalSyslog", host, "ios",
                             f"{host}: %SYS-2-MALLOCFAIL: {m}", 4, severity="critical")
    add_page(MALLOC, M, f"IOS %SYS-2-MALLOCFAIL ({why})", labels, ann)
    host, m = mallocs[1]
    labels, ann = graylog_frame("Cisco severity 0-2", host, f"%SYS-2-MALLOCFAIL: {m}", 1)
    add_page(MALLOC, M, f"IOS %SYS-2-MALLOCFAIL ({why})", labels, ann)
    host, m = mallocs[2]
    labels, ann = splunk_frame("cisco ios memory allocation failures", host, "cisco:ios",
                               f"%SYS-2-MALLOCFAIL: {m}", 17)
    add_page(MALLOC, M, f"IOS %SYS-2-MALLOCFAIL ({why})", labels, ann)
    labels, ann = loki_frame("IOSMemoryAllocationFailure", "br-rtr-17", "ios",
                             "br-rtr-17: %SYS-2-MALLOCFAIL: Memory allocation of 260 bytes failed "
                             "from 0x4021B7E0, alignment 0 Pool: Processor  Free: 1904  Cause: "
                             "Memory fragmentation Alternate Pool: None  Free: 0  Cause: No "
                             "Alternate pool", 31, window="10m", severity="critical")
    add_page(MALLOC, M, f"IOS %SYS-2-MALLOCFAIL ({why})", labels, ann)
    labels = {"alertname": "CiscoMallocFail", "severity": "critical", "device": "edge-rtr-01",
              "mnemonic": "SYS-2-MALLOCFAIL", "facility": "SYS"}
    add_page(MALLOC, M, f"IOS MALLOCFAIL mnemonic as a label only ({why})", labels,
             {"summary": "MALLOCFAIL on edge-rtr-01 (Pool: Processor)"})

    for dev, frame in [("mcast-rp-01", "loki"), ("mcast-rp-02", "graylog"),
                       ("mcast-rp-03", "splunk")]:
        text = "Out of Memory. Cannot malloc MSDP message"
        if frame == "loki":
            labels, ann = loki_frame("ExtremeEMSCritical", dev, "exos",
                                     f"<Crit:pim.msdp.AllocMSDPMsgFail> {text}", 2,
                                     severity="critical")
        elif frame == "splunk":
            labels, ann = splunk_frame("exos ems critical", dev, "extreme:exos",
                                       f"pim.msdp.AllocMSDPMsgFail {text}", 5)
        else:
            labels, ann = graylog_frame("EXOS critical EMS", dev,
                                        f"pim.msdp.AllocMSDPMsgFail: {text}", 1)
        add_page(EXT_MSDP, M, f"Extreme EMS pim.msdp.AllocMSDPMsgFail ({why})", labels, ann)

    # look-alikes: links, neighbours, configuration
    link_lines = [
        ("acc-sw-22", "%LINK-3-UPDOWN: Interface GigabitEthernet1/0/24, changed state to down"),
        ("acc-sw-22", "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/24, "
                      "changed state to down"),
        ("core-sw-01", "%LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan120, changed state to "
                       "down"),
        ("core-sw-01", "%LINK-3-UPDOWN: Interface Port-channel1, changed state to up"),
    ]
    for i, (host, line) in enumerate(link_lines):
        if i % 2 == 0:
            labels, ann = loki_frame("NetworkInterfaceDown", host, "ios", line, 1)
        else:
            labels, ann = graylog_frame("Interface state changes", host, line, 3)
        add_page(CAT_GUIDE, None, "IOS interface/line-protocol change (a link, rule 9: null)",
                 labels, ann)
    labels, ann = splunk_frame("interface flapping", "acc-sw-09", "cisco:ios",
                               "%LINK-3-UPDOWN: Interface GigabitEthernet2/0/7, changed state to "
                               "down", 6)
    add_page(CAT_GUIDE, None, "IOS interface flapping (a link, rule 16: null)", labels, ann)
    labels, ann = graylog_frame("Config change audit", "dist-sw-03",
                                "%SYS-5-CONFIG_I: Configured from console by vty2 (10.20.5.14)", 5)
    add_page(CAT_GUIDE, None, "IOS configuration change (rule 9: null)", labels, ann)

    labels, ann = loki_frame(
        "OSPFNeighborDown", "pe-ams-01", "vrp",
        "OSPF/3/VLINK_NBR_CHG_DOWN: Virtual link peer event: neighbor state changed to Down. "
        "(ProcessId=1, VirtualLinkNeighborAddress=10.255.1.9, NeighborEvent=InactivityTimer, "
        "NeighborPreviousState=Full, NeighborCurrentState=Down, CpuUsage=12%)", 1)
    add_page(HW_OSPF, None, "Huawei OSPF neighbour down (a routing peer, rule 11: null)", labels,
             ann)
    labels, ann = graylog_frame(
        "BGP session events", "pe-ams-02",
        "BGP/6/NOTIFY_SEND: Sent a NOTIFICATION to the peer. (Peer=192.0.2.41, "
        "SourceInterface=GE0/3/0, ErrorCode=4, SubErrorCode=0, NotifyInfo=hold timer expired, "
        "VpnInstance=_public_, ErrorData=NULL)", 2)
    add_page(HW_BGP, None, "Huawei BGP NOTIFICATION sent (a BGP session down, rule 5: null)",
             labels, ann)
    for state, reason in [("DOWN", "Inactivity timer expired"), ("FULL", "Loading done")]:
        labels, ann = loki_frame(
            "ExtremeOSPFNeighborChange", "agg-sw-04", "exos",
            f"<Noti:ospf.neighbor.ChgState> Changing the state of neighbor rtid 10.0.0.17 ipa "
            f"10.30.1.2 to state = {state} {reason}.", 1, severity="info")
        add_page(EXT_OSPF, None, f"Extreme OSPF neighbour to {state} (a routing peer: null)",
                 labels, ann)

    nx = [
        ("n7k-core-a", "%SYSMGR-2-SWITCHOVER_SRVCRASHED: Service \"ospf\" (PID 4811) crashed "
                       "during switchover - hasn't caught signal 11 .",
         "one service crash during a switchover (rule 7: one restart)", NXOS_SYSMGR),
        ("n7k-core-a", "%SYSMGR-2-SWITCHOVER_OVER: Switchover completed.",
         "a completed supervisor switchover", NXOS_SYSMGR),
        ("n5k-edge-3", "%MODULE-5-MOD_OK: Module 1 is online", "a module online", NXOS_INTRO),
        ("n5k-edge-3", "%PORT-3-IF_UNSUPPORTED_TRANSCEIVER: Transceiver for interface fc1/13 is "
                       "not supported", "an unsupported transceiver", NXOS_INTRO),
    ]
    for host, line, why, src in nx:
        labels, ann = graylog_frame("NX-OS syslog severity <= 3", host, line, 2)
        add_page(src, None, f"NX-OS {why}: null", labels, ann)


# ---- Windows Event Log ---------------------------------------------------------------------------

def windows_items():
    why = "the kernel's memory pool empty (an allocation failure, rule 12)"
    labels, ann = win_frame(2019, "Srv", "FS-CLUSTER-02",
                            "The server was unable to allocate from the system Non-Paged pool "
                            "because the pool was empty.")
    add_page(SRV_PARALLELS, M, f"Windows Srv 2019 ({why})", labels, ann)
    labels, ann = wef_splunk_frame(2019, "Srv", "TS-FARM-07",
                                   "The server was unable to allocate from the system nonpaged pool "
                                   "because the pool was empty.", 41)
    add_page(SRV_Q133384, M, f"Windows Srv 2019 ({why})", labels, ann)
    labels, ann = graylog_frame("Windows Srv pool exhaustion", "EXCH-MBX-03",
                                "EventID 2019 Srv: The server was unable to allocate from the "
                                "system nonpaged pool because the pool was empty.", 1)
    add_page(SRV_968684, M, f"Windows Srv 2019 ({why})", labels, ann)
    labels, ann = win_frame(2020, "Srv", "FS-CLUSTER-02",
                            "The server was unable to allocate from the system paged pool because "
                            "the pool was empty.")
    add_page(SRV_PARALLELS, M, f"Windows Srv 2020 ({why})", labels, ann)
    labels, ann = wef_splunk_frame(2019, "Srv", "SP-WFE-02",
                                   "The server was unable to allocate from the system nonpaged pool "
                                   "because the pool was empty.", 6)
    add_page(SRV_Q133384, M, f"Windows Srv 2019 ({why})", labels, ann)
    labels, ann = wef_splunk_frame(2020, "Srv", "HV-NODE-14",
                                   "The server was unable to allocate from the system paged pool "
                                   "because the pool was empty.", 12)
    add_page(SRV_PARALLELS, M, f"Windows Srv 2020 ({why})", labels, ann)

    labels = {"alertname": "WindowsNonPagedPoolEmpty", "severity": "critical",
              "host": "CTX-VDA-22", "event_id": "2019", "provider": "Srv"}
    add_page(SRV_Q133384, M, f"Windows Srv 2019 as labels and a short summary ({why})", labels,
             {"summary": "Srv 2019: nonpaged pool empty on CTX-VDA-22"})
    labels, ann = loki_frame("WindowsSrvPoolEmpty", "PRN-SRV-03", "windows-eventlog",
                             "EventID=2020 Source=Srv Level=Error Message=\"The server was unable "
                             "to allocate from the system paged pool because the pool was "
                             "empty.\"", 8, window="15m")
    add_page(SRV_PARALLELS, M, f"Windows Srv 2020 ({why})", labels, ann)

    why = "a lookup that timed out with no server answering (rule 13)"
    for host, name, frame in [("WKS-FIN-0231", "fileserver01.corp.example", "elastic"),
                              ("APP-BATCH-04", "sql-listener.corp.example", "splunk"),
                              ("RDS-GW-02", "_ldap._tcp.dc._msdcs.corp.example", "graylog"),
                              ("POS-STORE-118", "payments.internal.example", "loki"),
                              ("SCCM-DP-05", "wsus.corp.example", "labels")]:
        msg = (f"Name resolution for the name {name} timed out after none of the configured DNS "
               f"servers responded.")
        if frame == "elastic":
            labels, ann = win_frame(1014, "Microsoft-Windows-DNS-Client", host, msg, "Warning")
        elif frame == "splunk":
            labels, ann = wef_splunk_frame(1014, "Microsoft-Windows-DNS-Client", host, msg, 58)
        elif frame == "graylog":
            labels, ann = graylog_frame("DNS client timeouts", host, f"EventID 1014: {msg}", 2)
        elif frame == "loki":
            labels, ann = loki_frame("WindowsDnsClientTimeouts", host, "windows-eventlog",
                                     f"EventID=1014 Source=Microsoft-Windows-DNS-Client "
                                     f"Message=\"{msg}\"", 26, window="10m")
        else:
            labels = {"alertname": "DnsClientEvent1014", "severity": "warning", "host": host,
                      "provider": "Microsoft-Windows-DNS-Client"}
            ann = {"message": msg}
        add_page(DNS_CLIENT, DNS, f"Windows DNS Client 1014 ({why})", labels, ann)

    disk = [
        (153, "disk", "SQL-OLTP-01", "The IO operation at logical block address 0x3f1a08 for Disk 2 "
                                     "was retried.", "an I/O retried (disk I/O, rule 5)"),
        (129, "storahci", "HV-NODE-09", "Reset to device, \\Device\\RaidPort1, was issued.",
         "a device reset (disk I/O, rule 5)"),
        (157, "disk", "FS-ARCHIVE-01", "Disk 3 has been surprise removed.",
         "a disk removed (not a full disk)"),
        (55, "Ntfs", "FS-ARCHIVE-01", "The file system structure on the disk is corrupt and "
                                      "unusable. Please run the chkdsk utility on the volume.",
         "file-system corruption (not a full disk)"),
        (98, "Ntfs", "APP-IIS-06", "Volume D: (\\Device\\HarddiskVolume5) needs to be taken offline "
                                   "to perform a Full Chkdsk. Please run \"CHKDSK /F\" locally via "
                                   "the command line or run \"REPAIR-VOLUME <drive:>\" locally or "
                                   "remotely via PowerShell.", "chkdsk needed (not a full disk)"),
    ]
    for eid, prov, host, msg, why in disk:
        labels, ann = win_frame(eid, prov, host, msg, "Warning")
        add_page(WIN_DISK, None, f"Windows event {eid}: {why}: null", labels, ann)
    labels, ann = wef_splunk_frame(153, "disk", "SQL-OLTP-02",
                                   "The IO operation at logical block address 0x9c2210 for Disk 1 "
                                   "was retried.", 212)
    add_page(WIN_DISK, None, "Windows event 153 burst (disk I/O retries, rule 5: null)", labels,
             ann)
    labels, ann = graylog_frame("Storport resets", "HV-NODE-11",
                                "EventID 129 storahci: Reset to device, \\Device\\RaidPort0, was "
                                "issued.", 2)
    add_page(WIN_DISK, None, "Windows event 129 (disk I/O resets, rule 5: null)", labels, ann)

    for host, frame in [("DC-EU-02", "elastic"), ("KIOSK-117", "splunk")]:
        msg = "The system has rebooted without cleanly shutting down first."
        if frame == "elastic":
            labels, ann = win_frame(41, "Microsoft-Windows-Kernel-Power", host, msg, "Critical")
        else:
            labels, ann = wef_splunk_frame(41, "Microsoft-Windows-Kernel-Power", host, msg, 1)
        add_page(KPOWER, None, "Windows Kernel-Power 41 (one unclean reboot, rule 7: null)",
                 labels, ann)


# ---- Linux userland: systemd and sshd ------------------------------------------------------------

def linux_items():
    why = "memory pressure (rule 2; rule 7: memory stall is out_of_memory)"
    labels, ann = loki_frame("JournaldMemoryPressure", "k8s-worker-17", "systemd-journald",
                             "systemd-journald[412]: Under memory pressure, flushing caches.", 14)
    family.add(JOURNALD, M, f"journald memory-pressure line ({why})", labels, ann)
    labels, ann = graylog_frame("Linux memory pressure", "vdi-host-05",
                                "systemd-journald[377]: Under memory pressure, flushing caches.", 2)
    family.add(JOURNALD, M, f"journald memory-pressure line ({why})", labels, ann)
    labels, ann = loki_frame("ResolvedMemoryPressure", "edge-cache-08", "systemd-resolved",
                             "systemd-resolved[688]: Under memory pressure, flushing caches.", 9)
    family.add(RESOLVED, M, f"resolved memory-pressure line ({why})", labels, ann)
    labels, ann = splunk_frame("memory pressure in journal", "ml-train-03", "linux:journal",
                               "systemd-resolved[702]: Under memory pressure, flushing caches.", 23)
    family.add(RESOLVED, M, f"resolved memory-pressure line ({why})", labels, ann)

    labels = {"alertname": "JournalMemoryPressure", "severity": "warning",
              "instance": "db-replica-6:9100", "unit": "systemd-journald.service"}
    family.add(JOURNALD, M, f"journald memory-pressure line ({why})", labels,
               {"description": "journald logged: Under memory pressure, flushing caches."})

    why = "accept(2) failing with EMFILE/ENFILE"
    for i, (host, err) in enumerate([("bastion-01", "Too many open files"),
                                     ("sftp-in-02", "Too many open files"),
                                     ("jump-eu-3", "Too many open files in system"),
                                     ("sftp-in-05", "Too many open files")]):
        line = f"sshd[{pick(host, ['1123', '901', '2077', '640'])}]: error: accept: {err}"
        if i == 0:
            labels, ann = loki_frame("SSHDAcceptErrors", host, "sshd", line, 37, severity="critical")
        elif i == 1:
            labels, ann = graylog_frame("sshd errors", host, line, 1)
        elif i == 2:
            labels, ann = splunk_frame("sshd accept failures", host, "linux_secure", line, 112)
        else:
            labels = {"alertname": "SshdErrors", "severity": "critical", "host": host,
                      "service": "sshd"}
            ann = {"summary": "sshd cannot accept connections", "message": line}
        family.add(SSHD, F, f"sshd accept error ({why})", labels, ann)

    why = "fork failing with ENOMEM (rule 12: an allocation failure)"
    for i, host in enumerate(["bastion-04", "git-ssh-01", "sftp-out-2"]):
        line = f"sshd[{pick(host, ['3310', '871', '15022'])}]: error: fork: Cannot allocate memory"
        if i == 0:
            labels, ann = loki_frame("SSHDForkFailed", host, "sshd", line, 12, severity="critical")
        elif i == 2:
            labels, ann = splunk_frame("sshd fork failures", host, "linux_secure", line, 9)
        else:
            labels, ann = graylog_frame("sshd errors", host, line, 1)
        family.add(SSHD, M, f"sshd fork error ({why})", labels, ann)

    for host, line, count in [
            ("bastion-01", "sshd[22871]: Failed password for invalid user admin from 198.51.100.23 "
                           "port 50412 ssh2", 314),
            ("sftp-in-02", "sshd[9120]: Failed publickey for deploy from 203.0.113.77 port 41822 "
                           "ssh2: ED25519 SHA256:Yk3tE0pQ", 41),
            ("jump-eu-3", "sshd[5531]: Invalid user oracle from 192.0.2.200 port 38120", 77)]:
        labels, ann = loki_frame("SSHBruteForce", host, "sshd", line, count)
        family.add(SSH_AUTH, None, "sshd login failures (no signature: null)", labels, ann)


ucd_items()
std_trap_items()
sel_items()
device_syslog_items()
windows_items()
linux_items()
family.write()
