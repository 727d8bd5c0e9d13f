"""Datadog monitors from cloudposse/terraform-datadog-platform catalog/monitors/*.yaml, rendered as a
Datadog webhook notification (title, rendered message body, query, group tags)."""
import re
import subprocess

import yaml

from blind4_common import item

REPO = "cloudposse/terraform-datadog-platform"
COMMIT = "be98a66d466536646b2029223c6a5f194fa7d4b8"
GIT = "/work/.mirror/cloudposse+terraform-datadog-platform/repo"

# (file, key, expected, tags, alert level)
CHOSEN = [
    ("amq", "amq-cpu-utilization", None, {"broker": "mq-orders-prod-1"}, "alert"),
    ("amq", "amq-heap-usage", "out_of_memory", {"broker": "mq-orders-prod-1"}, "alert"),
    ("aurora", "aurora-replica-lag", "replication_lag", {"dbinstanceidentifier": "aurora-pg-prod-instance-2"}, "alert"),
    ("ec2", "ec2-failed-status-check", "node_down", {"instance_id": "i-0a7f3c9e12b45d680", "stage": "prod", "region": "eu-west-1"}, "alert"),
    ("host", "host-io-wait-times", None, {"host": "ip-10-0-12-41", "host.ip": "10.0.12.41"}, "alert"),
    ("host", "host-disk-use", "disk_full", {"host": "ip-10-0-3-117", "host.ip": "10.0.3.117"}, "alert"),
    ("host", "host-high-mem-use", "out_of_memory", {"host": "ip-10-0-7-9", "host.ip": "10.0.7.9"}, "alert"),
    ("k8s", "k8s-deployment-replica-pod-down", "node_down", {"cluster_name": "prod-use1", "deployment": "checkout-api"}, "alert"),
    ("k8s", "k8s-pod-restarting", "crash_loop", {"cluster_name": "prod-use1", "kube_namespace": "search", "pod_name": "indexer-5c7d8b9f6-2mlpq"}, "alert"),
    ("k8s", "k8s-statefulset-replica-down", "node_down", {"cluster_name": "prod-euw1", "kube_namespace": "data", "statefulset": "kafka"}, "alert"),
    ("k8s", "k8s-daemonset-pod-down", "node_down", {"cluster_name": "prod-euw1", "kube_namespace": "kube-system", "daemonset": "aws-node"}, "alert"),
    ("k8s", "k8s-crashloopBackOff", "crash_loop", {"cluster_name": "staging-use1", "kube_namespace": "notifications", "pod_name": "mailer-6f9b7c5d4-tx8rw"}, "alert"),
    ("k8s", "k8s-unavailable-deployment-replica", "node_down", {"cluster_name": "prod-use1", "kube_namespace": "identity"}, "alert"),
    ("k8s", "k8s-node-status-unschedulable", None, {"cluster_name": "prod-use1"}, "alert"),
    ("k8s", "k8s-imagepullbackoff", None, {"kube_cluster_name": "staging-use1", "kube_namespace": "web", "pod_name": "frontend-7b6d9c8f5-wz4kd"}, "alert"),
    ("k8s", "k8s-high-disk-usage", "disk_full", {"host": "ip-10-1-40-77", "cluster_name": "prod-use1"}, "alert"),
    ("k8s", "k8s-high-memory-usage", "out_of_memory", {"cluster_name": "prod-euw1"}, "alert"),
    ("k8s", "k8s-high-filesystem-usage", "disk_full", {"cluster_name": "staging-use1"}, "warning"),
    ("k8s", "k8s-node-not-ready", "node_down", {"host": "ip-10-1-18-220", "host.cluster_name": "prod-use1", "host.region": "us-east-1"}, "alert"),
    ("k8s", "k8s-kube-api-down", "node_down", {"cluster_name": "prod-euw1"}, "alert"),
    ("k8s", "k8s-increased-pod-crash", "crash_loop", {"cluster_name": "prod-use1", "kube_namespace": "ledger", "pod": "ledger-sync-0"}, "alert"),
    ("k8s", "k8s-hpa-errors", None, {"event.tags.cluster_name": "prod-use1", "hpa": "web-hpa", "threshold": "200"}, "alert"),
    ("k8s", "k8s-pending-pods", None, {"cluster_name": "staging-use1", "value": "4"}, "alert"),
    ("rabbitmq", "rabbitmq-messages-unacknowledged-rate-too-high", "queue_backlog", {"host": "rmq-prod-2", "rabbitmq_queue": "invoice.render"}, "alert"),
    ("rds", "rds-disk-queue-depth", None, {"dbinstanceidentifier": "orders-prod-db"}, "alert"),
    ("rds", "rds-freeable-memory", "out_of_memory", {"dbinstanceidentifier": "catalog-prod-db"}, "alert"),
    ("rds", "rds-swap-usage", "out_of_memory", {"dbinstanceidentifier": "catalog-prod-db"}, "warning"),
    ("redshift", "redshift-write-latency", None, {"clusteridentifier": "analytics-dw"}, "alert"),
    ("redshift", "redshift-disk-space-used", "disk_full", {"clusteridentifier": "analytics-dw"}, "alert"),
]


def render(text, tags, level):
    # keep only the branch of {{#is_warning}}/{{#is_alert}} that fires
    keep = "is_alert" if level == "alert" else "is_warning"
    drop = "is_warning" if level == "alert" else "is_alert"
    text = re.sub(r"\{\{#%s\}\}.*?\{\{/%s\}\}" % (drop, drop), "", text, flags=re.S)
    text = text.replace("{{#%s}}" % keep, "").replace("{{/%s}}" % keep, "")
    for k, v in tags.items():
        text = text.replace("{{%s.name}}" % k, v).replace("{{%s}}" % k, v).replace("{%s}" % k, v)
    text = text.replace("\\n", "\n")
    return " ".join(text.split())


def build():
    out = []
    cache = {}
    for fname, key, expected, tags, level in CHOSEN:
        if fname not in cache:
            cache[fname] = yaml.safe_load(subprocess.check_output(
                ["git", "-C", GIT, "show", f"{COMMIT}:catalog/monitors/{fname}.yaml"]))
        mon = cache[fname][key]
        name = render(mon["name"], tags, level)
        scope = ",".join(f"{k}:{v}" for k, v in tags.items() if k not in ("value", "threshold"))
        status = "Triggered" if level == "alert" else "Warn"
        labels = {"alertname": name, "source": "datadog", "alert_type": "error" if level == "alert" else "warning",
                  "priority": f"P{mon.get('priority', 3)}", "monitor_type": mon.get("type", "query alert")}
        labels.update({k.replace(".", "_"): v for k, v in tags.items() if k not in ("value", "threshold")})
        annotations = {
            "title": f"[{status} on {{{scope}}}] {name}",
            "body": render(mon["message"], tags, level),
            "query": " ".join(mon["query"].split()),
        }
        path = f"catalog/monitors/{fname}.yaml"
        out.append(item(labels, annotations, expected, f"{REPO} {path} [{key}]",
                        f"cloudposse-datadog/{fname}", REPO, path, COMMIT))
    return out


ITEMS = build()
