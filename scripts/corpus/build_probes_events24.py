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
health_slack(EBS_LOST, None, "AWS_EBS_VOLUME_LOST in the slack-notifier wording",
             "AWS_EBS_VOLUME_LOST", "EBS", "issue", EBS_DESC, "vol-07c2e9b14fa05d3e1")
health_sns(STORE_DEGRADED, None, "instance-store drive performance degraded: disk I/O, not capacity (rule 5)",
           "AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED", "EC2", "issue",
           "A description of the event will be provided here", "i-0f4c2a9e7d1b83c56")
health_slack(STORE_DEGRADED, None, "instance-store drive performance degraded, slack wording",
             "AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED", "EC2", "issue",
             "A description of the event will be provided here", "i-03b8e1d6c7a2f9041")
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
health_slack(ECS_PATCH, None, "Fargate task patching retirement, slack wording",
             "AWS_ECS_TASK_PATCHING_RETIREMENT", "ECS", "scheduledChange", ECS_DESC,
             "batch-cluster/report-worker")
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
azure_kubeevents(SYSTEMD, None, "ContainerdStart: one start of containerd (rule 15)", "ContainerdStart",
                 "aks-userpool-38214756-vmss000004",
                 "Starting containerd container runtime...")
datadog_k8s_event(SYSTEMD_COUNTER, None, "NoFrequentKubeletRestart: recovery (rule 14)",
                  "NoFrequentKubeletRestart", "systemd-monitor", "gke-data-pool-3-91ac2e0d-q7lm",
                  "kubelet is functioning properly")
azure_kubeevents(KERNEL, None, "KernelHasNoDeadlock: recovery (rule 14)", "KernelHasNoDeadlock",
                 "aks-userpool-38214756-vmss000001", "kernel has no deadlock")
datadog_k8s_event(READONLY, None, "FilesystemIsNotReadOnly: status line (rule 14)", "FilesystemIsNotReadOnly",
                  "readonly-monitor", "gke-data-pool-3-91ac2e0d-x2vb", "Filesystem is not read-only")
azure_kubeevents(HC_KUBELET, None, "KubeletIsHealthy: status line (rule 14)", "KubeletIsHealthy",
                 "aks-userpool-38214756-vmss000002", "kubelet on the node is functioning properly")
datadog_k8s_event(HC_CRI, None, "ContainerRuntimeIsHealthy: status line (rule 14)", "ContainerRuntimeIsHealthy",
                  "health-checker", "ip-10-8-51-203.us-east-2.compute.internal",
                  "Container runtime on the node is functioning properly")
azure_kubeevents(NTP, None, "NTPIsUp: status line (rule 14)", "NTPIsUp",
                 "aks-userpool-38214756-vmss000003", "ntp service is up")

family.write()
