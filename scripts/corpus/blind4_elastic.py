"""Kibana ES|QL alerting rule templates (elastic/integrations) and Watcher examples (elastic/examples),
rendered as a Kibana / Watcher webhook alert."""
from blind4_common import item

INT = "elastic/integrations"
T = "packages/{}/kibana/alerting_rule_template/{}.json"


def rule(pkg, fname, commit, name, window, groups, description, esql, expected, context=None):
    labels = {"alertname": name, "rule_type_id": ".es-query", "source": "kibana", "kibana_alert_status": "active"}
    labels.update(groups)
    grp = ",".join(str(v) for v in groups.values())
    annotations = {
        "reason": f"Query matched documents in the last {window} for {grp}.",
        "description": description,
        "esql": esql,
    }
    if context:
        annotations["context"] = context
    path = T.format(pkg, fname)
    return item(labels, annotations, expected, f"{INT} {path}", f"elastic-integrations/{pkg}", INT, path, commit)


K = "kubernetes"
ITEMS = [
    rule(K, "kubernetes-apiserver-high-error-rate", "864adbba253c4e53fcb662e36855de10ec2d69a6",
         "[Kubernetes] API Server High Error Rate", "10m", {"orchestrator_cluster_name": "prod-eu-west-1"},
         "Alert when API server error rate (4xx + 5xx responses / total) exceeds 20%.",
         "TS metrics-kubernetes.apiserver-* | STATS error_count = COUNT(*) WHERE `kubernetes.apiserver.request.code` LIKE \"5*\" OR `kubernetes.apiserver.request.code` LIKE \"4*\", total_count = COUNT(*) BY `orchestrator.cluster.name` | EVAL error_ratio = ROUND(error_count / TO_DOUBLE(total_count), 4) | WHERE error_ratio > 0.2",
         "high_error_rate", "error_ratio=0.2731"),
    rule(K, "kubernetes-apiserver-high-latency", "f5abedfee1d1d0ae9e249f62e2d00ecb76144666",
         "[Kubernetes] API Server High Latency", "10m", {"orchestrator_cluster_name": "prod-us-east-2"},
         "Alert when API server average request latency exceeds 600 seconds.",
         "TS metrics-kubernetes.apiserver-* | STATS max_duration_sum = MAX(`kubernetes.apiserver.request.duration.us.sum`), max_duration_count = MAX(`kubernetes.apiserver.request.duration.us.count`) BY `orchestrator.cluster.name` | EVAL avg_latency_us = max_duration_sum / max_duration_count | WHERE avg_latency_us > 600000000",
         "high_latency", "avg_latency_us=742118004"),
    rule(K, "kubernetes-container-high-memory-usage", "a4f35aa17952036ad1e849720cebc201820d0de5",
         "[Kubernetes] Container High Memory Usage", "10m",
         {"orchestrator_cluster_name": "prod-eu-west-1", "kubernetes_container_name": "checkout", "kubernetes_namespace": "shop"},
         "Alert when container memory usage exceeds 95% of its limit or node allocation.",
         "TS metrics-kubernetes.container-* | WHERE `kubernetes.container.memory.usage.limit.pct` > 0.95 OR `kubernetes.container.memory.usage.node.pct` > 0.95 | STATS doc_count = COUNT(*) BY `orchestrator.cluster.name`, `kubernetes.container.name`, `kubernetes.namespace` | WHERE doc_count > 0",
         "out_of_memory", "doc_count=14"),
    rule(K, "kubernetes-critical-persistent-volume-usage-alert", "f5abedfee1d1d0ae9e249f62e2d00ecb76144666",
         "[Kubernetes] Critical Persistent Volume Usage Alert", "5m",
         {"orchestrator_cluster_name": "prod-eu-west-1", "kubernetes_volume_name": "data", "kubernetes_pod_name": "postgres-0"},
         "Alert when persistent volume usage exceeds 90% on average.",
         "TS metrics-kubernetes.volume-* | WHERE `kubernetes.volume.name` IS NOT NULL | STATS avg_usage_pct = AVG(`kubernetes.volume.fs.used.pct`) BY `orchestrator.cluster.name`, `kubernetes.volume.name`, `kubernetes.pod.name` | WHERE avg_usage_pct > 0.9",
         "disk_full", "avg_usage_pct=0.934"),
    rule(K, "kubernetes-node-diskpressure-error", "864adbba253c4e53fcb662e36855de10ec2d69a6",
         "[Kubernetes] Node DiskPressure Error", "10m",
         {"orchestrator_cluster_name": "staging-1", "kubernetes_node_name": "ip-10-42-7-88.ec2.internal"},
         "Alert when Kubernetes nodes report disk pressure.",
         "TS metrics-kubernetes.node-* | WHERE `kubernetes.node.status.disk_pressure` == \"true\" | STATS doc_count = COUNT(*) BY `orchestrator.cluster.name`, `kubernetes.node.name` | WHERE doc_count > 0",
         "disk_full"),
    rule(K, "kubernetes-node-notready-error", "8142ea4c5ad3e1ea2a6206f23600d0108e1b4e59",
         "[Kubernetes] Node NotReady Error", "10m",
         {"orchestrator_cluster_name": "prod-us-east-2", "kubernetes_node_name": "gke-prod-pool-2-5c1e9a7b-q2xk"},
         "Alert when Kubernetes nodes report not ready status.",
         "TS metrics-kubernetes.node-* | WHERE `kubernetes.node.status.ready` == \"false\" | STATS doc_count = COUNT(*) BY `orchestrator.cluster.name`, `kubernetes.node.name` | WHERE doc_count > 0",
         "node_down"),
    rule(K, "kubernetes-pod-restart-storm", "11cac2a3858c66e3e67fff1fad3a4703785e3ddf",
         "[Kubernetes] Pod Restart Storm", "10m",
         {"orchestrator_cluster_name": "prod-eu-west-1", "kubernetes_pod_name": "payments-worker-7d4f9c6b8-kq2lz", "kubernetes_namespace": "payments"},
         "Alert when a pod has more than 10 distinct restarts within the time window.",
         "TS metrics-kubernetes.container-* | WHERE `kubernetes.container.status.last_terminated_timestamp` IS NOT NULL | STATS restart_count = COUNT_DISTINCT(`kubernetes.container.status.last_terminated_timestamp`) BY `orchestrator.cluster.name`, `kubernetes.pod.name`, `kubernetes.namespace` | WHERE restart_count > 10",
         "crash_loop", "restart_count=13"),
    rule(K, "kubernetes-node-memorypressure-error", "864adbba253c4e53fcb662e36855de10ec2d69a6",
         "[Kubernetes] Node MemoryPressure Error", "10m",
         {"orchestrator_cluster_name": "prod-eu-west-1", "kubernetes_node_name": "aks-nodepool1-31718369-vmss000004"},
         "Alert when Kubernetes nodes report memory pressure.",
         "TS metrics-kubernetes.node-* | WHERE `kubernetes.node.status.memory_pressure` == \"true\" | STATS doc_count = COUNT(*) BY `orchestrator.cluster.name`, `kubernetes.node.name` | WHERE doc_count > 0",
         "out_of_memory"),
    rule(K, "kubernetes-node-freediskspacefailed-error", "f5abedfee1d1d0ae9e249f62e2d00ecb76144666",
         "[Kubernetes] Node FreeDiskSpaceFailed Error", "10m",
         {"orchestrator_cluster_name": "edge-3", "kubernetes_event_involved_object_name": "edge-3-worker-02", "kubernetes_event_reason": "FreeDiskSpaceFailed"},
         "Alert on Kubernetes Node FreeDiskSpaceFailed events.",
         "FROM metrics-kubernetes.event-* | WHERE `kubernetes.event.involved_object.kind` == \"Node\" AND `kubernetes.event.source.component` == \"kubelet\" AND `kubernetes.event.reason` == \"FreeDiskSpaceFailed\" | STATS doc_count = COUNT(*) BY `orchestrator.cluster.name`, `kubernetes.event.involved_object.name`, `kubernetes.event.involved_object.kind`, `kubernetes.event.reason` | WHERE doc_count > 0",
         "disk_full"),
    rule(K, "kubernetes-node-outofdisk-error", "a4f35aa17952036ad1e849720cebc201820d0de5",
         "[Kubernetes] Node OutOfDisk Error", "10m",
         {"orchestrator_cluster_name": "staging-1", "kubernetes_node_name": "worker-06"},
         "Alert when Kubernetes nodes report out of disk status.",
         "TS metrics-kubernetes.node-* | WHERE `kubernetes.node.status.out_of_disk` == \"true\" | STATS doc_count = COUNT(*) BY `orchestrator.cluster.name`, `kubernetes.node.name` | WHERE doc_count > 0",
         "disk_full"),
    rule(K, "kubernetes-critical-pod-oomkilled-alert", "11cac2a3858c66e3e67fff1fad3a4703785e3ddf",
         "[Kubernetes] Critical Pod OOMKilled Alert", "5m",
         {"orchestrator_cluster_name": "prod-us-east-2", "kubernetes_pod_name": "api-gateway-5b8c7d9f44-n7wq2"},
         "Alert when critical pods are killed due to memory exhaustion (OOMKilled).",
         "TS metrics-kubernetes.container-* | WHERE `kubernetes.container.status.reason` == \"OOMKilled\" AND `kubernetes.pod.name` IS NOT NULL | STATS doc_count = COUNT(*) BY `orchestrator.cluster.name`, `kubernetes.pod.name` | WHERE doc_count > 1",
         "out_of_memory", "doc_count=3"),
    rule(K, "kubernetes-cluster-unhealthy", "11cac2a3858c66e3e67fff1fad3a4703785e3ddf",
         "[Kubernetes] Cluster Unhealthy", "10m",
         {"orchestrator_cluster_name": "prod-eu-west-1", "kubernetes_event_involved_object_name": "cluster-autoscaler-status", "kubernetes_event_reason": "ClusterUnhealthy"},
         "Alert on Kubernetes ClusterUnhealthy events from cluster-autoscaler.",
         "FROM metrics-kubernetes.event-* | WHERE `kubernetes.event.involved_object.kind` == \"ConfigMap\" AND `kubernetes.event.source.component` == \"cluster-autoscaler\" AND `kubernetes.event.reason` == \"ClusterUnhealthy\" | STATS doc_count = COUNT(*) BY `orchestrator.cluster.name`, `kubernetes.event.involved_object.name`, `kubernetes.event.involved_object.kind`, `kubernetes.event.reason` | WHERE doc_count > 0",
         None),
    rule("mysql", "mysql-slow-queries", "03ca5207881b7819a601743c7d362a33492c718a",
         "MySQL Slow Queries P95 Latency", "15m",
         {"host_name": "db-orders-replica-2", "mysql_performance_events_statements_schemaname": "orders"},
         "Query matched documents",
         "FROM metrics-mysql.performance-default | STATS p95_ms = max(`mysql.performance.events_statements.quantile.95`/1e9) BY host.name, mysql.performance.events_statements.query_id, mysql.performance.events_statements.schemaname | WHERE p95_ms > 500",
         "high_latency", "p95_ms=1873.4"),
    rule("system", "system-high-disk-io-latency", "b315beea9237de1bf1c3e9940fb3332153b9de07",
         "[System] High Disk I/O Latency", "5m", {"host_name": "build-runner-14", "system_diskio_name": "sdb"},
         "Alert when average disk I/O latency exceeds storage-type thresholds within the configured lookback window.",
         "FROM metrics-system.diskio-* | WHERE `system.diskio.name` NOT RLIKE \"(loop|ram|sr|dm-)\" | ... | WHERE (device_type == \"ssd\" AND avg_latency_ms > 5) OR (device_type == \"hdd\" AND avg_latency_ms > 30) OR (device_type == \"unknown\" AND avg_latency_ms > 10)",
         None, "avg_latency_ms=41.7 device_type=hdd"),
    rule("system", "system-memory-utilization", "811c7f0405acdfb7833d6126c799568fd5637678",
         "[System] Memory Utilization", "5m", {"host_name": "es-data-07"},
         "Alert when the average memory usage exceeds a threshold.",
         "FROM metrics-system.memory-* | KEEP `host.name`, `system.memory.actual.used.pct` | STATS avg_memory_util = AVG(`system.memory.actual.used.pct`), sample_count = COUNT(*) BY `host.name` | WHERE sample_count >= 5 AND avg_memory_util >= 0.9",
         "out_of_memory", "avg_memory_util=0.947"),
]

EX = "elastic/examples"


def watch(path, commit, watch_id, text, expected, hosts):
    labels = {"alertname": watch_id, "source": "elasticsearch-watcher", "watch_id": watch_id}
    annotations = {"summary": f"Watch [{watch_id}] condition met", "description": text}
    return item(labels, annotations, expected, f"{EX} {path}", "elastic-examples/sample-watches", EX, path, commit)


ITEMS += [
    watch("Alerting/Sample Watches/filesystem_usage/watch.json", "f06078e53fae3e0a11af2d7c49633208752c10fe",
          "filesystem_usage", "Some hosts are over 90% utilized:96%-web-03:92%-web-07:", "disk_full", None),
    watch("Alerting/Sample Watches/monitoring_free_disk_space/watch.json", "c6218899612791e9cacab81a07bbc741184cb49f",
          "monitoring_free_disk_space",
          "Available space on Filesystem is below recommended ratio of 0.5 for following nodes: For node es-node-2: 212gb of 1024gb is available:",
          "disk_full", None),
]
