#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_events24.jsonl: platform and cloud events that reach alerting
pipelines, worded as their emitters write them: AWS Health events as EventBridge delivers them (the
aws/aws-health-tools samples and notifiers), OpenStack Nova's versioned notifications, and
node-problem-detector's conditions and health checkers in frames earlier families did not use.

Labels were decided from each event's meaning under POLICY.md before the classifier ran on the file.
See the `probes_events24.jsonl` section of tests/fixtures/corpus/SOURCES.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

OOM, CRASH, DOWN, DNS = "out_of_memory", "crash_loop", "node_down", "dns_failure"
DISK = "disk_full"

HEALTH_TOOLS = "aws/aws-health-tools"
HT_COMMIT = "fff28e910398291af7ba0164b53d85f51c76e65d"
EBS_LOST = (HEALTH_TOOLS, "automated-actions/AWS_EBS_VOLUME_LOST/stepbystep/mockpayload.json", HT_COMMIT)
STORE_DEGRADED = (HEALTH_TOOLS, "automated-actions/AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED/testevent.json", HT_COMMIT)
ENI_LIMIT = (HEALTH_TOOLS, "automated-actions/AWS_ELASTICLOADBALANCING_ENI_LIMIT_REACHED/README.md", HT_COMMIT)
DOS = (HEALTH_TOOLS, "dos-report-notifier/stepbystep/mockpayload.json", HT_COMMIT)
ECS_PATCH = (HEALTH_TOOLS, "automated-actions/ECS_TASK_PATCHING_AUTOMATION/sampleevent.json", HT_COMMIT)
DX_MAINT = (HEALTH_TOOLS, "dx-maintenance-notifier/README.md", HT_COMMIT)
TEST_EVENT = (HEALTH_TOOLS, "sms-notifier/testHeatlhEvent.json", HT_COMMIT)
CREDS = (HEALTH_TOOLS, "automated-actions/AWS_RISK_CREDENTIALS_EXPOSED/README.md", HT_COMMIT)

NPD = "kubernetes/node-problem-detector"
NPD_COMMIT = "6632ca67148f7a23df9cdbd98d9e89b388561a3a"
KERNEL = (NPD, "config/kernel-monitor.json", NPD_COMMIT)
SYSTEMD_COUNTER = (NPD, "config/systemd-monitor-counter.json", NPD_COMMIT)
SYSTEMD = (NPD, "config/systemd-monitor.json", NPD_COMMIT)
NTP = (NPD, "config/custom-plugin-monitor.json", NPD_COMMIT)
DNS_SH = (NPD, "config/plugin/dns_problem.sh", NPD_COMMIT)
READONLY = (NPD, "config/readonly-monitor.json", NPD_COMMIT)
HC_KUBELET = (NPD, "config/health-checker-kubelet.json", NPD_COMMIT)
HC_CRI = (NPD, "config/health-checker-containerd.json", NPD_COMMIT)

NOVA = "openstack/nova"
NOVA_CREATE_ERR = (NOVA, "doc/notification_samples/instance-create-error.json", "0308c00d0d33dc046c31f947b327b9687412c802")
NOVA_EXC = (NOVA, "doc/notification_samples/compute-exception.json", "1504459924335467ea7071b54d1b13a463bfbf97")

family = ProbeFamily("probes_events24.jsonl")


def health_sns(src, expected, why, code, service, category, desc, entity, region="eu-west-1"):
    """An AWS Health event forwarded by EventBridge to SNS and on to Alertmanager (sns-forwarder)."""
    family.add(src, expected, why,
               {"alertname": "AWSHealthEvent", "severity": "warning", "service": service,
                "event_type_code": code, "event_type_category": category, "region": region,
                "resource": entity},
               {"summary": f"AWS Health {category} event {code} for {entity}",
                "description": f"{desc} For more details, please see "
                               f"https://phd.aws.amazon.com/phd/home?region={region}#/dashboard/open-issues"})


def health_slack(src, expected, why, code, service, category, desc, entity, account="412398765012"):
    """The same event as aws-health-tools' slack-notifier posts it, re-routed into an incident tool."""
    family.add(src, expected, why,
               {"alertname": "aws-health-slack-notifier", "severity": "high", "source": "aws.health",
                "account": account, "service": service},
               {"message": f"AWS Health event: {code} ({category}) affecting {entity}. {desc}"})


# --- AWS Health (aws/aws-health-tools) -------------------------------------------------------
EBS_DESC = ("Your volume experienced a failure due to multiple component failures and we were unable "
            "to recover it. Although EBS volumes are designed for reliability, including being backed "
            "by multiple physical drives, we are still exposed to durability risks when multiple "
            "concurrent component failures occur before we are able to restore redundancy.")
health_sns(EBS_LOST, None, "AWS_EBS_VOLUME_LOST: a volume lost to component failures, not a full disk",
           "AWS_EBS_VOLUME_LOST", "EBS", "issue", EBS_DESC, "vol-0a3f91c2d84e7b615")
health_sns(STORE_DEGRADED, None, "instance-store drive performance degraded: disk I/O, not capacity (rule 5)",
           "AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED", "EC2", "issue",
           "A description of the event will be provided here", "i-0f4c2a9e7d1b83c56")
health_sns(ENI_LIMIT, None, "ELB ENI limit reached: a placement/scaling allowance, not a signature (rule 17)",
           "AWS_ELASTICLOADBALANCING_ENI_LIMIT_REACHED", "ELASTICLOADBALANCING", "issue",
           "An ELB has attempted to change load balancer nodes (for example, to scale) and this "
           "operation has been impacted by a lack of available ENIs in the associated region.", "arn:aws:elasticloadbalancing:eu-west-1:"
           "412398765012:loadbalancer/app/web-prod/5c1f0e7a2b9d4e36")
health_slack(DOS, None, "an abuse report about a DoS from the account's resources",
             "AWS_ABUSE_DOS_REPORT", "ABUSE", "issue",
             "Denial of Service (DOS) attack has been reported to have been caused by AWS resources "
             "in your account.", "i-0d92c5e1a7b34f680")
health_sns(CREDS, None, "exposed access key: a security notice, not a signature",
           "AWS_RISK_CREDENTIALS_EXPOSED", "RISK", "issue",
           "A description of the event will be provided here", "AKIAEXAMPLE7QW3RT2ZX", region="global")
ECS_DESC = ("A software update has been deployed to Fargate which includes CVE patches or other critical "
            "patches. No action is required on your part. For existing tasks, your tasks need to be "
            "restarted in order for these updates to apply. After Wed, 16 Aug 2023 23:18:51 GMT, the "
            "ECS scheduler will gradually replace these tasks, respecting the deployment settings for "
            "your service.")
health_sns(ECS_PATCH, None, "Fargate task patching retirement: a scheduled replacement (rule 9)",
           "AWS_ECS_TASK_PATCHING_RETIREMENT", "ECS", "scheduledChange", ECS_DESC,
           "prod-cluster/checkout-api")
DX_DESC = ("Planned maintenance has been scheduled on an AWS Direct Connect router in Seattle, WA. During "
           "this maintenance window, your AWS Direct Connect services associated with this event may "
           "become unavailable. This maintenance is scheduled to avoid disrupting redundant "
           "connections at the same time.")
family.add(DX_MAINT, None, "Direct Connect planned maintenance: may become unavailable, planned (rule 9)",
           {"alertname": "DXMaintNotify", "severity": "info", "service": "DIRECTCONNECT",
            "region": "us-west-2", "topic": "DXMaintNotify-SNSTopic"},
           {"description": DX_DESC + " If you encounter any problems with your connection after the end "
                           "of this maintenance window, please contact us at https://aws.amazon.com/support."
                           "\nRegion: us-west-2\nAffected Resources:\ndxcon-fg5t8r2q\ndxvif-ffx9k2m1"
                           "\n\nStart Time: Tue, 15 Dec 2026 07:00:00 GMT\nEnd Time: Tue, 15 Dec 2026 11:00:00 GMT"})
health_slack(TEST_EVENT, None, "the health tools' test event ('something is wrong')",
             "AWS_EC2_HEALTH_TEST_EVENT", "AWS_EC2", "category", "something is wrong", "i-0123abcd4567ef890")

# --- OpenStack Nova versioned notifications (openstack/nova) ----------------------------------
family.add(NOVA_CREATE_ERR, None, "instance.create.error FlavorDiskTooSmall: a flavor's size check, not a full disk",
           {"alertname": "NovaNotificationError", "severity": "error", "event_type": "instance.create.error",
            "publisher_id": "nova-compute:cmp-r12-07", "exception": "FlavorDiskTooSmall"},
           {"summary": "instance.create.error for web-frontend-3 (178b0921-8f85-4257-88b6-2e743b5a975c)",
            "description": "FlavorDiskTooSmall: The created instance's disk would be too small. "
                           "(nova.compute.manager._build_resources)"})
family.add(NOVA_EXC, None, "compute.exception AggregateNameExists: an API error, not a signature",
           {"alertname": "NovaNotificationError", "severity": "error", "event_type": "compute.exception",
            "publisher_id": "nova-api:ctl-02"},
           {"summary": "compute.exception from nova-api:ctl-02",
            "description": "AggregateNameExists: Aggregate rack-b12 already exists. "
                           "(nova.db.main.api.aggregate_create)"})

# --- node-problem-detector, frames earlier families did not use -----------------------------
def datadog_k8s_event(src, expected, why, reason, source, node, message):
    family.add(src, expected, why,
               {"alertname": f"[Kubernetes] {reason} on {node}", "severity": "P2",
                "kube_node": node, "event_source": source, "monitor_type": "event-v2 alert"},
               {"message": f"{{{{#is_alert}}}}Kubernetes event {reason} from {source} on {node}: "
                          f"{message}{{{{/is_alert}}}} @slack-k8s-alerts"})


def azure_kubeevents(src, expected, why, reason, node, message, count=1):
    family.add(src, expected, why,
               {"alertname": "aks-node-events", "severity": "Sev2", "monitorCondition": "Fired",
                "signalType": "Log", "alertTargetIDs": "/subscriptions/7d1e.../aks-prod-weu"},
               {"description": f"KubeEvents | where Reason == \"{reason}\" returned {count} row(s): "
                               f"Node {node}, Reason {reason}, Message \"{message}\""})


OOM_LINE = "Killed process {pid} ({comm}) total-vm:{vm}kB, anon-rss:{rss}kB, file-rss:{frss}kB, shmem-rss:0kB"
datadog_k8s_event(KERNEL, OOM, "NPD OOMKilling: the kernel OOM killer (rule 1)", "OOMKilling", "kernel-monitor",
                  "aks-userpool-38214756-vmss000004",
                  OOM_LINE.format(pid=48211, comm="java", vm=9871232, rss=7340032, frss=2211))
azure_kubeevents(KERNEL, OOM, "NPD OOMKilling in an AKS KubeEvents log alert", "OOMKilling",
                 "aks-userpool-38214756-vmss000001",
                 OOM_LINE.format(pid=7731, comm="python3", vm=4194304, rss=3801088, frss=10512))
datadog_k8s_event(SYSTEMD_COUNTER, CRASH, "FrequentKubeletRestart: 5 kubelet starts in 20m (rule 7)",
                  "FrequentKubeletRestart", "systemd-monitor", "gke-data-pool-3-91ac2e0d-q7lm",
                  "Found 5 matching logs, which meets the threshold of 5")
azure_kubeevents(SYSTEMD_COUNTER, CRASH, "FrequentContainerdRestart in AKS KubeEvents (rule 7)",
                 "FrequentContainerdRestart", "aks-userpool-38214756-vmss000002",
                 "Found 6 matching logs, which meets the threshold of 5")
datadog_k8s_event(SYSTEMD_COUNTER, CRASH, "FrequentDockerRestart (rule 7)", "FrequentDockerRestart",
                  "systemd-monitor", "ip-10-8-44-17.us-east-2.compute.internal",
                  "Found 8 matching logs, which meets the threshold of 5")
datadog_k8s_event(NTP, DOWN, "NTPIsDown: ntp service is not running (rule 7, as probes_events17)",
                  "NTPIsDown", "ntp-custom-plugin-monitor", "gke-data-pool-3-91ac2e0d-x2vb",
                  "ntp service is not running")
azure_kubeevents(DNS_SH, DNS, "DNS lookup to kubernetes.default is not working (rule 7)", "DNSUnreachable",
                 "aks-userpool-38214756-vmss000003",
                 "DNS lookup to kubernetes.default.svc.cluster.local is not working")
# look-alikes
datadog_k8s_event(SYSTEMD, None, "KubeletStart: one start of the kubelet (rule 15)", "KubeletStart",
                  "systemd-monitor", "ip-10-8-44-17.us-east-2.compute.internal",
                  "Started Kubernetes kubelet.")
datadog_k8s_event(SYSTEMD_COUNTER, None, "NoFrequentKubeletRestart: recovery (rule 14)",
                  "NoFrequentKubeletRestart", "systemd-monitor", "gke-data-pool-3-91ac2e0d-q7lm",
                  "kubelet is functioning properly")
azure_kubeevents(KERNEL, None, "KernelHasNoDeadlock: recovery (rule 14)", "KernelHasNoDeadlock",
                 "aks-userpool-38214756-vmss000001", "kernel has no deadlock")
datadog_k8s_event(READONLY, None, "FilesystemIsNotReadOnly: status line (rule 14)", "FilesystemIsNotReadOnly",
                  "readonly-monitor", "gke-data-pool-3-91ac2e0d-x2vb", "Filesystem is not read-only")
azure_kubeevents(HC_KUBELET, None, "KubeletIsHealthy: status line (rule 14)", "KubeletIsHealthy",
                 "aks-userpool-38214756-vmss000002", "kubelet on the node is functioning properly")

# --- more node-problem-detector positives, other frames ---------------------------------------
def opsgenie_k8s(src, expected, why, reason, node, message, source="kernel-monitor"):
    family.add(src, expected, why,
               {"alertname": "k8s-node-problem", "priority": "P2", "entity": node, "source": source,
                "tags": f"kubernetes,node-problem-detector,{reason}"},
               {"message": f"[{reason}] {node}", "description": f"{source} reported {reason} on node {node}: {message}"})


opsgenie_k8s(KERNEL, OOM, "NPD OOMKilling in an Opsgenie alert (rule 1)", "OOMKilling",
             "gke-web-pool-1-4be2a1c9-tt8w",
             OOM_LINE.format(pid=3112, comm="node", vm=2826240, rss=2097152, frss=6880))
opsgenie_k8s(KERNEL, OOM, "NPD OOMKilling of a database process (rule 1)", "OOMKilling",
             "ip-10-8-61-19.us-east-2.compute.internal",
             OOM_LINE.format(pid=90217, comm="mysqld", vm=16777216, rss=15204352, frss=1024))
opsgenie_k8s(SYSTEMD_COUNTER, CRASH, "FrequentContainerdRestart in an Opsgenie alert (rule 7)",
             "FrequentContainerdRestart", "gke-web-pool-1-4be2a1c9-m0qd",
             "Found 5 matching logs, which meets the threshold of 5", source="systemd-monitor")
opsgenie_k8s(SYSTEMD_COUNTER, CRASH, "FrequentKubeletRestart in an Opsgenie alert (rule 7)",
             "FrequentKubeletRestart", "aks-sys-16829374-vmss000000",
             "Found 7 matching logs, which meets the threshold of 5", source="systemd-monitor")
azure_kubeevents(NTP, DOWN, "NTPIsDown in AKS KubeEvents (rules 7, 16)", "NTPIsDown",
                 "aks-userpool-38214756-vmss000005", "ntp service is not running")
datadog_k8s_event(DNS_SH, DNS, "DNSUnreachable in a Datadog event monitor (rule 7)", "DNSUnreachable",
                  "network-custom-plugin-monitor", "gke-web-pool-1-4be2a1c9-tt8w",
                  "DNS lookup to kubernetes.default.svc.cluster.local is not working")

# --- GCE system events as scylla-cluster-tests publishes them (scylladb/scylla-cluster-tests) ---
SCT = "scylladb/scylla-cluster-tests"
SCT_COMMIT = "bcde45b0a301e87821896a6e43237560d993204c"
SCT_GCE = (SCT, "sdcm/cluster_gce.py", SCT_COMMIT)
SCT_GCE_EVENTS = (SCT, "sdcm/sct_events/gce_events.py", SCT_COMMIT)
SCT_GCE_TEST = (SCT, "unit_tests/unit/test_gce_log_monitor.py", SCT_COMMIT)


def sct_gce(src, expected, why, method, node, severity, message, date="2026-12-04 22:41:07.512331+00:00"):
    family.add(src, expected, why,
               {"alertname": "SctGceInstanceEvent", "severity": severity.lower(), "event": "GceInstanceEvent",
                "type": method.rsplit(".", 1)[-1], "node": node, "zone": "us-east1-d"},
               {"summary": f"GceInstanceEvent Severity.{severity}",
                "description": f"(GceInstanceEvent Severity.{severity}) period_type=informational: "
                               f"{method} on node {node} at {date}: {message}"})


sct_gce(SCT_GCE_TEST, DOWN, "hostError: the VM terminated by a host failure (decision: unplanned termination)",
        "compute.instances.hostError", "longevity-twcs-48h-db-node-3c9e10a2-0-4", "ERROR",
        "Instance terminated by Compute Engine.")
family.add(SCT_GCE_TEST, DOWN, "hostError as a Cloud Logging log-based alert on the system_event log",
           {"alertname": "gce-host-error", "severity": "critical", "resource_type": "gce_instance",
            "instance_id": "5518720930177264103", "zone": "europe-west1-b", "project_id": "ledger-prod-7731"},
           {"summary": "Log match: protoPayload.methodName=\"compute.instances.hostError\" on pg-primary-2",
            "description": "cloudaudit.googleapis.com/system_event: compute.instances.hostError "
                           "(principalEmail system@google.com): Instance terminated by Compute Engine."})
sct_gce(SCT_GCE_TEST, None, "migrateOnHostMaintenance: a live migration for maintenance (rule 9)",
        "compute.instances.migrateOnHostMaintenance", "longevity-twcs-48h-db-node-3c9e10a2-0-2", "CRITICAL",
        "Instance terminated by Compute Engine.")
sct_gce(SCT_GCE_TEST, None, "terminateOnHostMaintenance: a planned maintenance termination (rule 9)",
        "compute.instances.terminateOnHostMaintenance", "longevity-twcs-48h-db-node-3c9e10a2-0-5", "CRITICAL",
        "Instance terminated by Compute Engine.")
family.add(SCT_GCE, None, "spot VM preempted: the platform reclaiming capacity by design (decision)",
           {"alertname": "SctSpotTerminationEvent", "severity": "critical", "event": "SpotTerminationEvent",
            "node": "longevity-1tb-7d-loader-node-77a0e1b3-0-1"},
           {"summary": "Got spot termination notification from GCE",
            "description": "(SpotTerminationEvent Severity.CRITICAL) node=longevity-1tb-7d-loader-node-77a0e1b3-0-1 "
                           "message=Instance was preempted."})

# --- Docker engine `die` events (cgs-earth/OregonWaterDataPortal-ETL container_monitor) ---------
CM = ("cgs-earth/OregonWaterDataPortal-ETL", "docker/container_monitor/eventHandler.go",
      "49a87a8b63d66bdbe213b1ac82cafd6c9c11c64f")


def container_died(expected, why, name, code, tail=None):
    text = f"Container {name} exited unexpectedly with exit code {code}."
    if tail:
        text += f"\nLast 5 lines of logs for container `{name}`:\n```{tail}```"
    family.add(CM, expected, why,
               {"alertname": "container-monitor", "severity": "error", "channel": "#owdp-alerts",
                "container": name, "exit_code": str(code)},
               {"message": text})


container_died(DOWN, "a container stopped with a non-zero exit code (rule 16)", "owdp-pygeoapi", 1)
container_died(DOWN, "a container stopped on SIGSEGV, exit 139 (rule 16)", "owdp-frost-http", 139)
container_died(DOWN, "a container stopped with exit 2 (rule 16)", "owdp-dagster-daemon", 2,
               "dagster._core.errors.DagsterInvariantViolationError: Could not load repository location\n"
               "  Exiting.")
container_died(OOM, "a die event whose log tail quotes the JVM heap error (rule 1)", "owdp-frost-http", 1,
               "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"
               "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)")
container_died(DISK, "a die event whose log tail quotes ENOSPC (rule 1)", "owdp-harvest-usgs", 1,
               "OSError: [Errno 28] No space left on device: '/tmp/harvest/usgs_nwis_2026-12-04.csv'")
container_died(DNS, "a die event whose log tail quotes a failed lookup (rule 13)", "owdp-dagster-webserver", 1,
               "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "
               "\"owdp-postgres\" to address: Name or service not known")
container_died(DOWN, "a die event whose log tail quotes connection refused (rule 11)", "owdp-pygeoapi", 1,
               "requests.exceptions.ConnectionError: HTTPConnectionPool(host='owdp-frost-http', port=8080): "
               "Max retries exceeded with url: /FROST-Server/v1.1 (Caused by NewConnectionError(': Failed to "
               "establish a new connection: [Errno 111] Connection refused'))")

# --- Azure Resource Health VM availability and annotations (Microsoft Learn pages) -------------
RH_ANNOT = "https://learn.microsoft.com/en-gb/azure/service-health/resource-health-vm-annotation"
RH_ARG = "https://learn.microsoft.com/en-us/azure/virtual-machines/resource-graph-availability"


def resource_health(url, expected, why, vm, state, summary, context, category, annotation=None,
                    impact=None, frame="activity"):
    if frame == "activity":
        labels = {"alertname": "rh-vm-availability", "severity": "Sev1", "monitorCondition": "Fired",
                  "signalType": "Activity Log", "monitoringService": "Resource Health",
                  "alertTargetIDs": f"/subscriptions/0b5e.../resourcegroups/rg-prod/providers/"
                                    f"microsoft.compute/virtualmachines/{vm}"}
        desc = (f"Resource Health event for {vm}: currentHealthStatus {state}. {summary} "
                f"Context: {context}. Category: {category}.")
    else:
        labels = {"alertname": "eventgrid-health-resources", "severity": "warning",
                  "eventType": "Microsoft.ResourceNotifications.HealthResources."
                               + ("ResourceAnnotated" if annotation else "AvailabilityStatusChanged"),
                  "vm": vm}
        desc = f"availabilityState: {state}; {summary} context: {context}; category: {category}"
    if annotation:
        desc += f" Annotation: {annotation}" + (f" (ImpactType: {impact})." if impact else ".")
    family.append(probe_item(labels, {"description": desc}, expected,
                             f"learn.microsoft.com: {why}", "learn.microsoft.com",
                             page_provenance(url)))


UNAVAILABLE = "A disruption to the normal functioning of the VM has been detected."
resource_health(RH_ARG, DOWN, "VM Unavailable, platform-initiated, unplanned (rule 4)", "vm-sql-01",
                "Unavailable", UNAVAILABLE, "Platform Initiated", "Unplanned")
resource_health(RH_ARG, DOWN, "VM Unavailable in an Event Grid AvailabilityStatusChanged event (rule 4)",
                "vmss-web_3", "Unavailable", UNAVAILABLE, "Platform Initiated", "Unplanned", frame="eventgrid")
resource_health(RH_ANNOT, DOWN, "VirtualMachineStorageOffline, Downtime Reboot: the VM unavailable (rule 4)",
                "vm-app-02", "Unavailable", UNAVAILABLE, "Platform Initiated", "Unplanned",
                annotation="VirtualMachineStorageOffline", impact="Downtime Reboot")
resource_health(RH_ANNOT, None, "LiveMigrationSucceeded: planned, a brief freeze (rule 9)", "vm-sql-02",
                "Available", "The VM is up and running as expected.", "Platform Initiated", "Planned",
                annotation="LiveMigrationSucceeded", impact="Downtime Freeze", frame="eventgrid")
resource_health(RH_ANNOT, None, "VirtualMachineRestarted by an authorized user (rule 9)", "vm-app-03",
                "Unavailable", "An authorized user or process triggered a control plane operation.",
                "Customer Initiated", "Not Applicable", annotation="VirtualMachineRestarted",
                impact="Informational")
resource_health(RH_ANNOT, None, "VirtualMachinePreempted: spot eviction by the platform (decision)", "vmss-batch_12",
                "Unavailable", "", "Platform Initiated", "Not Applicable",
                annotation="VirtualMachinePreempted", impact="Informational", frame="eventgrid")
resource_health(RH_ANNOT, None, "VirtualMachinePossiblyDegradedDueToHardwareFailure: a predicted HW fault (rule 5)",
                "vm-kafka-01", "Degraded", "Azure predicts a HW failure on the host server.",
                "Platform Initiated", "Unplanned",
                annotation="VirtualMachinePossiblyDegradedDueToHardwareFailure", impact="Degraded")
resource_health(RH_ARG, None, "VM Available again: status line (rule 14)", "vm-sql-01", "Available",
                "The VM is up and running as expected.", "Platform Initiated", "Unplanned")

# --- EC2 status checks as CloudWatch alarms (AWS Knowledge Center page) ------------------------
KC = "https://aws.amazon.com/premiumsupport/knowledge-center/system-reachability-check/"


def ec2_alarm(expected, why, alarm, metric, instance, state="ALARM", reason=None, extra=""):
    reason = reason or (f"Threshold Crossed: 2 out of the last 2 datapoints [1.0 (04/12/26 22:31:00), "
                        f"1.0 (04/12/26 22:30:00)] were greater than or equal to the threshold (1.0).")
    family.append(probe_item(
        {"alertname": alarm, "severity": "critical" if state == "ALARM" else "info", "namespace": "AWS/EC2",
         "metric_name": metric, "InstanceId": instance, "state": state, "region": "eu-west-1"},
        {"summary": f"{state}: \"{alarm}\" in EU (Ireland)",
         "description": f"{metric} for {instance}: {reason}{extra}"},
        expected, f"aws.amazon.com: {why}", "aws.amazon.com", page_provenance(KC)))


ec2_alarm(DOWN, "system status check failing: host unreachable (rule 4)", "web-3-system-status-check",
          "StatusCheckFailed_System", "i-0b7e4f2a91c3d5e68",
          extra=" The system status check detects issues with the underlying host; if the host is "
                "unresponsive or unreachable due to network, hardware, or software issues, this check fails.")
ec2_alarm(DOWN, "both status checks failing (rule 4)", "bastion-status-check", "StatusCheckFailed",
          "i-04d1a8c7e2f9b3a60")
ec2_alarm(DOWN, "instance status check failing; the memory-pressure sentence is only a guess (rule 17)",
          "worker-12-instance-status-check", "StatusCheckFailed_Instance", "i-09c3e5b7a1d2f4086",
          extra=" Instance status checks might also fail due to severe memory pressures caused by "
                "over-utilization of instance resources.")
ec2_alarm(DOWN, "instance status check failing on a database host (rule 4)", "pg-replica-1-instance-check",
          "StatusCheckFailed_Instance", "i-0e2a6c8b4f1d3e579")
ec2_alarm(None, "status check alarm back to OK (rule 14)", "web-3-system-status-check",
          "StatusCheckFailed_System", "i-0b7e4f2a91c3d5e68", state="OK",
          reason="Threshold Crossed: 1 out of the last 1 datapoints [0.0 (04/12/26 22:52:00)] was not "
                 "greater than or equal to the threshold (1.0).")

# --- a last batch: same emitters, other hosts and frames ---------------------------------------
azure_kubeevents(KERNEL, OOM, "NPD OOMKilling of a Go binary in AKS KubeEvents (rule 1)", "OOMKilling",
                 "aks-userpool-38214756-vmss000006",
                 OOM_LINE.format(pid=20114, comm="prometheus", vm=12582912, rss=11534336, frss=40960), count=2)
azure_kubeevents(SYSTEMD_COUNTER, CRASH, "FrequentDockerRestart in AKS KubeEvents (rule 7)",
                 "FrequentDockerRestart", "aks-legacy-22019384-vmss000001",
                 "Found 9 matching logs, which meets the threshold of 5")
sct_gce(SCT_GCE_TEST, DOWN, "hostError on a loader node (decision: unplanned termination)",
        "compute.instances.hostError", "longevity-lwt-3h-loader-node-51d0b7e3-0-1", "ERROR",
        "Instance terminated by Compute Engine.", date="2026-12-03 08:12:44.918201+00:00")
resource_health(RH_ARG, DOWN, "VM Unavailable, platform-initiated, unplanned, on a domain controller (rule 4)",
                "vm-dc-01", "Unavailable", UNAVAILABLE, "Platform Initiated", "Unplanned")
ec2_alarm(DOWN, "system status check failing on a NAT instance (rule 4)", "nat-a-system-status-check",
          "StatusCheckFailed_System", "i-07f3b9d2c6a1e8054")
container_died(DOWN, "a container stopped with exit 1 after a panic (rule 16)", "owdp-frost-mqtt", 1,
               "panic: runtime error: invalid memory address or nil pointer dereference\n"
               "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6c2f1a]")
NOVA_POWER_OFF = (NOVA, "doc/notification_samples/instance-power_off-end.json",
                  "b649190ca85fdd29b640632a1eef184a3952ba15")
NOVA_SERVICE = (NOVA, "doc/notification_samples/common_payloads/ServiceStatusPayload.json",
                "2f128404d03b9bd69775c71292d3536c04c4fcd3")
family.add(NOVA_POWER_OFF, None, "instance.power_off.end: a VM powered off on request (rule 9)",
           {"alertname": "NovaInstanceEvent", "severity": "info", "event_type": "instance.power_off.end",
            "publisher_id": "nova-compute:cmp-r08-14"},
           {"summary": "instance.power_off.end for billing-batch-2",
            "description": "state: stopped, power_state: shutdown, task_state: null, host: cmp-r08-14"})
family.add(NOVA_SERVICE, None, "service.update: nova-compute disabled by an operator (rule 9)",
           {"alertname": "NovaServiceUpdate", "severity": "warning", "event_type": "service.update",
            "binary": "nova-compute", "host": "cmp-r11-03"},
           {"summary": "nova-compute on cmp-r11-03 disabled",
            "description": "disabled: true, disabled_reason: \"RAM replacement, ticket OPS-4471\", "
                           "forced_down: false, last_seen_up: 2026-12-04T21:58:12Z"})

family.write()
