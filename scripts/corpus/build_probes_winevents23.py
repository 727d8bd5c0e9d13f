#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_winevents23.jsonl: Windows event-log entries as monitoring forwards them
(Azure Monitor log search alerts on the Log Analytics `Event` table, SCOM event rules, Grafana/Loki alerts on
forwarded `windows_events`, Splunk WinEventLog searches, Windows event forwarding to a webhook), each carrying the
event's provider, Event ID and rendered message, next to look-alike events that share their words.

Sources (quoted as the source has them; hosts, domains, pools, volumes, counts and the frames are ours): Microsoft's
support articles (MicrosoftDocs/SupportArticles-docs), Exchange documentation (MicrosoftDocs/OfficeDocs-Exchange),
and event reference pages on learn.microsoft.com / docs.microsoft.com and their stored mirrors, support.microsoft.com,
systemcenter.wiki's management-pack rules. Every project was checked `OK` with heldout_check.py.

Labels are decided from each event's meaning under tests/fixtures/corpus/POLICY.md before the classifier ran.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_winevents23.jsonl")
DNS, OOM, DISK, ND, CL, REPL, CERT, QB, UT = ("dns_failure", "out_of_memory", "disk_full", "node_down", "crash_loop",
                                             "replication_lag", "certificate_expiry", "queue_backlog",
                                             "upstream_timeout")
N = None

SA = "MicrosoftDocs/SupportArticles-docs"
AD2087 = (SA, "support/windows-server/active-directory/active-directory-replication-event-id-2087.md",
          "2fed1959377110a32e61123f67f60613be9742c2")
AD2042 = (SA, "support/windows-server/active-directory/active-directory-replication-event-id-2042.md",
          "3017b037c79cb01de0fbd06ce7539e417b7b1fc8")

AD1925 = (SA, "support/windows-server/active-directory/active-directory-replication-event-id-1925-dns-lookup.md",
          "203da2e2bbaa4e616d79b251d2520fef0b1b9cb2")
CLUSTER = (SA, "support/windows-server/high-availability/failover-clustering-system-log-events.md",
           "0e64a6bede674296b17dbd7ab397d1a0678e0198")
EXCH_BP = ("x13-me/OfficeDocs-Exchange", "Exchange/ExchangeServer/mail-flow/back-pressure.md",
           "73450013cfe203e3ae69e164db2677c8e7d609b1")

DISK51 = (SA, "support/windows-server/backup-and-storage/event-id-51-information.md",
          "0f59c09e90864241493e4acf8bfb8aed64313bbb")
VOLSNAP32 = (SA, "support/windows-server/backup-and-storage/event-id-32-shadow-copies-are-unexpectedly-deleted.md",
             "15c082760eecf9cfae5972467a12392144419122")
NETLOGON5719 = (SA, "support/windows-server/windows-security/event-id-5719-when-netlogon-service-restarts.md",
                "16edcd96fdb14ca37ba40e5d89d494240df44777")

IIS_RECYCLE = ("https://video2.skills-academy.com/en-us/previous-versions/windows/it-pro/"
               "windows-server-2008-r2-and-2008/cc735206(v=ws.10)")


# ------------------------------------------------------------------ frames (ours)
def azmon(rule, computer, source, event_id, level, message, severity="2"):
    """An Azure Monitor log search alert over the Log Analytics Event table (common alert schema, flattened)."""
    labels = {"alertname": rule, "severity": f"Sev{severity}", "monitoringService": "Log Analytics",
              "Computer": computer, "Source": source, "EventID": str(event_id), "EventLevelName": level}
    annotations = {"description": f"Log search alert '{rule}' fired: 1 result(s) for Event | where EventID == {event_id}",
                   "RenderedDescription": message}
    return labels, annotations


def scom(rule, host, source, event_id, message, priority="Normal", severity="Error"):
    """A SCOM event rule's alert forwarded to a webhook (alert name = the rule's display name)."""
    labels = {"alertname": rule, "source": "SCOM", "MonitoringObjectPath": host, "Priority": priority,
              "Severity": severity, "EventSource": source, "EventID": str(event_id)}
    return labels, {"description": message}


def loki(rule, computer, channel, source, event_id, message, count=None, window="15m"):
    """A Grafana alert on forwarded Windows events in Loki (job windows_events)."""
    labels = {"alertname": rule, "job": "windows_events", "computer": computer, "channel": channel,
              "source": source, "event_id": str(event_id), "grafana_folder": "Windows"}
    summary = (f"{count} x event {event_id} from {source} on {computer} in {window}" if count
               else f"Event {event_id} from {source} on {computer}")
    return labels, {"summary": summary, "description": message}


def splunk(search_name, host, source_name, event_code, message, count=1):
    """A Splunk saved search over WinEventLog."""
    labels = {"alertname": search_name, "sourcetype": "WinEventLog", "host": host, "SourceName": source_name,
              "EventCode": str(event_code)}
    return labels, {"summary": f"{count} x EventCode={event_code} on {host} in the last 15 minutes",
                    "message": message}


def wef(host, provider, event_id, level, message, log="System"):
    """Windows event forwarding to a webhook: one event, rendered."""
    labels = {"alertname": "WindowsEventLogEntry", "host": host, "provider": provider, "event_id": str(event_id),
              "level": level, "log": log}
    return labels, {"summary": f"{provider} event {event_id} on {host}", "description": message}


def repo(src, expected, why, frame):
    labels, annotations = frame
    family.add(src, expected, f"{src[0]} {src[1].rsplit('/', 1)[1]}: {why}", labels, annotations)


def page(url, expected, why, frame):
    labels, annotations = frame
    domain = url.split("/")[2]
    family.append(probe_item(labels, annotations, expected, f"{domain}: {why}", domain, page_provenance(url)))


# ------------------------------------------------------------------ Active Directory replication
def active_directory():
    msg2087 = ("Active Directory could not resolve the following DNS host name of the source domain controller to an "
               "IP address. This error prevents additions, deletions and changes in Active Directory Domain Services "
               "from replicating between one or more domain controllers in the forest. Security groups, group policy, "
               "users and computers and their passwords will be inconsistent between domain controllers until this "
               "error is resolved, potentially affecting logon authentication and access to network resources. "
               "Source domain controller: {src} Failing DNS host name: {guid}._msdcs.{dom}")
    repo(AD2087, DNS, "NTDS 2087: the source DC's DNS host name could not be resolved (lookup failed, rule 13)",
         azmon("AD replication DNS lookup failures", "DC-EU-03.corp.example", "Microsoft-Windows-ActiveDirectory_DomainService",
               2087, "Error", msg2087.format(src="DC-EU-01", guid="5c2e8f14-93d7-4b0a-a2f1-7e6d0c9b4a35",
                                             dom="corp.example")))
    repo(AD2087, DNS, "NTDS 2087 in a Loki alert on the Directory Service channel (lookup failed, rule 13)",
         loki("ADReplicationDnsLookupFailure", "DC-APAC-02", "Directory Service", "NTDS Replication", 2087,
              msg2087.format(src="DC-APAC-01", guid="0b9f3a6e-2c41-4d85-9e07-b1a84c6f2d90", dom="ad.example.net"),
              count=3, window="1h"))
    repo(AD2042, N, "NTDS 2042: replication stopped after the tombstone lifetime (broken replication, rule 5), not lag",
         scom("AD Replication: Tombstone lifetime exceeded", "DC-BRANCH-07.corp.example",
              "Microsoft-Windows-ActiveDirectory_DomainService", 2042,
              "It has been too long since this machine last replicated with the named source machine. The time between "
              "replications with this source has exceeded the tombstone lifetime. Replication has been stopped with "
              "this source. Time of last successful replication: 2026-07-14 02:11:09 Name of source: "
              "8d1e7c52-4f0a-4b6e-9a3d-6c5f2e71b0a4._msdcs.corp.example Tombstone lifetime (days): 180 "
              "The replication operation has failed."))


# ------------------------------------------------------------------ IIS / WAS application-pool recycling
def iis_recycle():
    base = "A worker process with process id of '{pid}' serving application pool '{pool}' has requested a recycle because {why}."
    page(IIS_RECYCLE, OOM, "WAS 5077: a worker process recycled because it reached its virtual memory limit "
         "(a memory limit reached, rule 1 as probes_crash23's memory watchdogs)",
         wef("WEB-IIS-11", "Microsoft-Windows-WAS", 5077, "Warning",
             base.format(pid="14872", pool="CustomerPortal", why="it reached its virtual memory limit")))
    page(IIS_RECYCLE, OOM, "WAS 5077 counted by a Splunk search (memory-limit recycles, rule 1)",
         splunk("IIS pool memory-limit recycles", "WEB-IIS-12", "Microsoft-Windows-WAS", 5077,
                base.format(pid="9316", pool="OrdersApi", why="it reached its virtual memory limit"), count=7))
    page(IIS_RECYCLE, N, "WAS 5074: recycle at the configured processing-time limit (a pool recycle, rule 16; planned, rule 9)",
         wef("WEB-IIS-11", "Microsoft-Windows-WAS", 5074, "Information",
             base.format(pid="11204", pool="CustomerPortal", why="the worker process reached its allowed processing time limit")))
    page(IIS_RECYCLE, N, "WAS 5075: recycle at the configured request limit (a pool recycle, rule 16)",
         scom("IIS Application Pool recycled (request limit)", "WEB-IIS-04.corp.example", "Microsoft-Windows-WAS", 5075,
              base.format(pid="7720", pool="ShopApi", why="it reached its allowed request limit"), severity="Warning"))
    page(IIS_RECYCLE, N, "WAS 5076: recycle at the scheduled time (planned, rule 9)",
         loki("IISPoolRecycled", "WEB-IIS-07", "System", "Microsoft-Windows-WAS", 5076,
              base.format(pid="5128", pool="DefaultAppPool", why="it reached its scheduled recycle time")))


# ------------------------------------------------------------------ AD replication link, DNS lookup
def ad_link():
    msg = ("The attempt to establish a replication link for the following writable directory partition failed. "
           "Directory partition: CN=Configuration,DC=corp,DC=example Source domain controller address: "
           "3e9a51c7-0d24-4f8b-b6e2-91c07d5a8e13._msdcs.corp.example This domain controller will be unable to replicate "
           "with the source domain controller until this problem is corrected. User Action Verify if the source domain "
           "controller is accessible or network connectivity is available. Additional Data Error value: "
           "8524 The DSA operation is unable to proceed because of a DNS lookup failure.")
    repo(AD1925, DNS, "NTDS 1925 with error 8524 'unable to proceed because of a DNS lookup failure' (rule 13)",
         splunk("AD KCC replication link failures", "DC-US-04", "Microsoft-Windows-ActiveDirectory_DomainService", 1925,
                msg, count=2))


# ------------------------------------------------------------------ Failover Clustering
def cluster():
    m1135 = ("Cluster node '{n}' was removed from the active failover cluster membership. The Cluster service on this "
             "node may have stopped. This could also be due to the node having lost communication with other active "
             "nodes in the failover cluster. Run the Validate a Configuration wizard to check your network "
             "configuration. If the condition persists, check for hardware or software errors related to the network "
             "adapters on this node. Also check for failures in any other network components to which the node is "
             "connected such as hubs, switches, or bridges.")
    repo(CLUSTER, ND, "FailoverClustering 1135: a node removed from membership (a cluster member failed, rule 11)",
         scom("Cluster node removed from active failover cluster membership", "HVCL01.corp.example",
              "Microsoft-Windows-FailoverClustering", 1135, m1135.format(n="HV-NODE-03"), priority="High"))
    repo(CLUSTER, ND, "FailoverClustering 1135 as an Azure Monitor Event-table alert (rule 11)",
         azmon("WSFC node down", "SQLCL-N1.corp.example", "Microsoft-Windows-FailoverClustering", 1135, "Critical",
               m1135.format(n="SQLCL-N2"), severity="1"))
    repo(CLUSTER, CL, "FailoverClustering 1254: a role that exhausted its failover attempts and is left failed "
         "(a give-up state after repeated failures, rules 9 and 15)",
         loki("WSFCRoleFailoverThreshold", "FSCL-N1", "System", "Microsoft-Windows-FailoverClustering", 1254,
              "Clustered role 'FS-Profiles' has exceeded its failover threshold. It has exhausted the configured number "
              "of failover attempts within the failover period of time allotted to it and will be left in a failed "
              "state. No additional attempts will be made to bring the role online or fail it over to another node in "
              "the cluster. Please check the events associated with the failure. After the issues causing the failure "
              "are resolved the role can be brought online manually or the cluster may attempt to bring it online "
              "again after the restart delay period."))
    repo(CLUSTER, N, "FailoverClustering 1146: the RHS process terminated and will be restarted once (one restart, rule 15)",
         wef("HV-NODE-05", "Microsoft-Windows-FailoverClustering", 1146, "Critical",
             "The cluster Resource Hosting Subsystem (RHS) process was terminated and will be restarted. This is "
             "typically associated with cluster health detection and recovery of a resource. Refer to the System event "
             "log to determine which resource and resource DLL is causing the issue."))
    repo(CLUSTER, N, "FailoverClustering 1257: DNS registration refused by a secure zone (an update denied, not a failed lookup)",
         scom("Cluster network name DNS registration failed", "SQLCL-N1.corp.example",
              "Microsoft-Windows-FailoverClustering", 1257,
              "Cluster network name resource failed registration of one or more associated DNS names(s) because the "
              "access to update the secure DNS Zone was denied. Cluster Network name: 'SQLAG-LSNR' DNS Zone: "
              "'corp.example' Ensure that cluster name object (CNO) is granted permissions to the Secure DNS Zone.",
              severity="Warning"))
    repo(CLUSTER, N, "FailoverClustering 1256: the zone does not accept dynamic updates (registration, not resolution)",
         loki("WSFCDnsRegistration", "FSCL-N2", "System", "Microsoft-Windows-FailoverClustering", 1256,
              "Cluster network name resource failed registration of one or more associated DNS names(s) because the "
              "corresponding DNS Zone does not accept dynamic updates. Cluster Network name: 'FS-PROFILES' DNS Zone: "
              "'branch.corp.example'"))
    repo(CLUSTER, N, "FailoverClustering 1242: a DHCP lease that expired and cannot be renewed (a lease, no signature)",
         wef("FSCL-N2", "Microsoft-Windows-FailoverClustering", 1242, "Error",
             "Lease of IP address '10.20.4.61' associated with cluster IP address resource 'Cluster IP Address' has "
             "expired or is about to expire, and currently cannot be renewed. Ensure that the associated DHCP server is "
             "accessible and properly configured to renew the lease on this IP address."))
    repo(CLUSTER, N, "FailoverClustering 1569: cloud witness access denied with an invalid key (credentials, rule 5)",
         azmon("WSFC cloud witness errors", "HVCL02-N1.corp.example", "Microsoft-Windows-FailoverClustering", 1569,
               "Error", "Cloud witness resource failed to authenticate with Microsoft Azure storage services. An access "
               "denied error was returned while attempting to contact the Microsoft Azure storage account. Cluster "
               "resource: Cloud Witness", severity="3"))


# ------------------------------------------------------------------ Exchange transport back pressure
def exchange():
    repo(EXCH_BP, DISK, "MSExchangeTransport 15006: rejecting messages because available disk space is below the threshold",
         scom("Transport: critically low available disk space", "EXCH-MBX-02.corp.example", "MSExchangeTransport", 15006,
              "The Microsoft Exchange Transport service is rejecting messages because available disk space is below "
              "the configured threshold. Administrative action may be required to free disk space for the service to "
              "continue operations.", priority="High"))
    repo(EXCH_BP, OOM, "MSExchangeTransport 15007: rejecting submissions because the service uses more memory than its threshold",
         azmon("Exchange back pressure (memory)", "EXCH-MBX-04.corp.example", "MSExchangeTransport", 15007, "Error",
               "The Microsoft Exchange Transport service is rejecting message submissions because the service continues "
               "to consume more memory than the configured threshold. This may require that this service be restarted "
               "to continue normal operation."))
    repo(EXCH_BP, QB, "MSExchangeTransport 15004 on QueueLength[SubmissionQueue]: messages waiting in the Submission queue "
         "(rule 4; the doc: 'A large number of messages in the Submission queue')",
         loki("ExchangeBackPressure", "EXCH-EDGE-01", "Application", "MSExchangeTransport", 15004,
              "Resource pressure increased from Medium to High. Resource: QueueLength[SubmissionQueue] = 15284 "
              "(MediumToHigh 15000)."))
    repo(EXCH_BP, OOM, "MSExchangeTransport 15004 on PrivateBytes (EdgeTransport.exe memory, rule 2)",
         splunk("Exchange resource pressure", "EXCH-MBX-03", "MSExchangeTransport", 15004,
                "Resource pressure increased from Normal to Medium. Resource: PrivateBytes = 73% (LowToMedium 72%)."))
    repo(EXCH_BP, DISK, "MSExchangeTransport 15004 on DatabaseUsedSpace (queue database drive, rule 2)",
         wef("EXCH-MBX-01", "MSExchangeTransport", 15004, "Error",
             "Resource pressure increased from Medium to High. Resource: DatabaseUsedSpace[C:\\Program Files\\Microsoft"
             "\\Exchange Server\\V15\\TransportRoles\\data\\Queue] = 99% (MediumToHigh 99%).", log="Application"))
    repo(EXCH_BP, N, "MSExchangeTransport 15005: pressure decreased back to Normal (a recovery, rule 14)",
         scom("Transport resource pressure decreased", "EXCH-MBX-04.corp.example", "MSExchangeTransport", 15005,
              "Resource pressure decreased from High to Normal.", severity="Information"))


# ------------------------------------------------------------------ storage, Netlogon, more renderings
def more():
    m51 = "An error was detected on device \\Device\\Harddisk{n}\\DR{n} during a paging operation."
    repo(DISK51, N, "Disk 51: an I/O error during a paging operation (disk I/O error, rule 5; 'paging' is not memory)",
         wef("SQL-OLTP-07", "Disk", 51, "Warning", m51.format(n=3)))
    repo(DISK51, N, "Disk 51 counted by a Splunk search (a burst of disk I/O errors, rule 5)",
         splunk("Disk paging errors", "HV-NODE-12", "Disk", 51, m51.format(n=1), count=14))
    repo(DISK51, N, "Disk 51 as a SCOM event rule alert (disk I/O error, rule 5)",
         scom("Disk: error during a paging operation", "FILE-ARCH-02.corp.example", "Disk", 51, m51.format(n=2),
              severity="Warning"))
    repo(VOLSNAP32, N, "volsnap 32: shadow copies aborted because the storage volume was not present (not a full disk)",
         loki("VolsnapShadowCopiesAborted", "FILE-ARCH-02", "System", "volsnap", 32,
              "The shadow copies of volume E: were aborted because the shadow copy storage volume was not present."))
    repo(NETLOGON5719, N, "NETLOGON 5719 'An internal error occurred' at a Netlogon restart, which the article says does not "
         "persist (no DC down, no lookup failed)",
         azmon("Netlogon secure channel errors", "APP-WS25-03.corp.example", "NETLOGON", 5719, "Error",
               "This computer was not able to set up a secure session with a domain controller in domain CORP due to "
               "the following: An internal error occurred.", severity="3"))
    # second renderings of the positive events
    repo(AD2087, DNS, "NTDS 2087 forwarded as one event (lookup failed, rule 13)",
         wef("DC-EU-05", "Microsoft-Windows-ActiveDirectory_DomainService", 2087, "Error",
             "Active Directory could not resolve the following DNS host name of the source domain controller to an IP "
             "address. This error prevents additions, deletions and changes in Active Directory Domain Services from "
             "replicating between one or more domain controllers in the forest. Source domain controller: DC-EU-02 "
             "Failing DNS host name: a4c09e2b-71f5-4d3a-8e60-2b9d14f7c5e8._msdcs.corp.example", log="Directory Service"))
    repo(AD1925, DNS, "NTDS 1925 / 8524 as a SCOM rule alert (rule 13)",
         scom("AD Replication: replication link could not be established", "DC-APAC-03.ad.example.net",
              "Microsoft-Windows-ActiveDirectory_DomainService", 1925,
              "The attempt to establish a replication link for the following writable directory partition failed. "
              "Directory partition: DC=ad,DC=example,DC=net This domain controller will be unable to replicate with the "
              "source domain controller until this problem is corrected. Error value: 8524 The DSA operation is unable "
              "to proceed because of a DNS lookup failure.", severity="Warning"))
    repo(AD2042, N, "NTDS 2042 counted by Splunk (replication stopped, broken replication, rule 5)",
         splunk("AD tombstone lifetime exceeded", "DC-BRANCH-09", "Microsoft-Windows-ActiveDirectory_DomainService", 2042,
                "It has been too long since this machine last replicated with the named source machine. The time "
                "between replications with this source has exceeded the tombstone lifetime. Replication has been "
                "stopped with this source."))
    repo(CLUSTER, ND, "FailoverClustering 1135 in a Loki alert (a member removed, rule 11)",
         loki("WSFCNodeRemoved", "SQLAG-N3", "System", "Microsoft-Windows-FailoverClustering", 1135,
              "Cluster node 'SQLAG-N1' was removed from the active failover cluster membership. The Cluster service on "
              "this node may have stopped. This could also be due to the node having lost communication with other "
              "active nodes in the failover cluster."))
    repo(CLUSTER, ND, "FailoverClustering 1585: a file server resource failed its health check because the Server service "
         "is not started (a service not running, rule 16)",
         scom("Cluster file server resource failed a health check", "FSCL-N1.corp.example",
              "Microsoft-Windows-FailoverClustering", 1585,
              "Cluster file server resource 'File Server (\\\\FS-PROFILES)' failed a health check. This was due to the "
              "Server service not being started. Please use Server Manager to confirm the state of the Server service "
              "on this cluster node."))
    repo(CLUSTER, N, "FailoverClustering 1257 as an Azure Monitor alert (registration denied, not a failed lookup)",
         azmon("WSFC DNS registration", "HVCL02-N2.corp.example", "Microsoft-Windows-FailoverClustering", 1257, "Error",
               "Cluster network name resource failed registration of one or more associated DNS names(s) because the "
               "access to update the secure DNS Zone was denied. Cluster Network name: 'HVCL02' DNS Zone: 'corp.example'",
               severity="3"))
    repo(EXCH_BP, DISK, "MSExchangeTransport 15006 in a Loki alert (disk space below threshold)",
         loki("ExchangeTransportDiskSpace", "EXCH-MBX-05", "Application", "MSExchangeTransport", 15006,
              "The Microsoft Exchange Transport service is rejecting messages because available disk space is below the "
              "configured threshold. Administrative action may be required to free disk space for the service to "
              "continue operations."))
    repo(EXCH_BP, OOM, "MSExchangeTransport 15007 counted by Splunk (memory above threshold)",
         splunk("Exchange memory back pressure", "EXCH-MBX-06", "MSExchangeTransport", 15007,
                "The Microsoft Exchange Transport service is rejecting message submissions because the service "
                "continues to consume more memory than the configured threshold.", count=4))
    repo(EXCH_BP, N, "MSExchangeTransport 15005 in a Loki alert (pressure decreased, a recovery, rule 14)",
         loki("ExchangeBackPressure", "EXCH-EDGE-02", "Application", "MSExchangeTransport", 15005,
              "Resource pressure decreased from Medium to Normal."))
    page(IIS_RECYCLE, OOM, "WAS 5077 as a SCOM alert (virtual memory limit reached, rule 1)",
         scom("IIS Application Pool recycled (memory limit)", "WEB-IIS-09.corp.example", "Microsoft-Windows-WAS", 5077,
              "A worker process with process id of '20412' serving application pool 'ReportServer' has requested a "
              "recycle because it reached its virtual memory limit.", severity="Warning"))
    page(IIS_RECYCLE, N, "WAS 5074 as an Azure Monitor alert (processing-time recycle, rule 16)",
         azmon("IIS pool recycles", "WEB-IIS-10.corp.example", "Microsoft-Windows-WAS", 5074, "Information",
               "A worker process with process id of '3384' serving application pool 'Intranet' has requested a recycle "
               "because the worker process reached its allowed processing time limit.", severity="4"))


active_directory()
iis_recycle()
ad_link()
more()
cluster()
exchange()
family.write()
