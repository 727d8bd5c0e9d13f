"""Event-based alerts: KubeSphere kube-events ruler rules, Robusta findings, Graylog system notifications."""
from blind4_common import item

# --- kubesphere/kube-events: KubeEventsRule alerts as the events ruler sends them to Alertmanager ---
KE_REPO = "kubesphere/kube-events"
KE_PATH = "helm/templates/rules/cluster-rules-default.yaml"
KE_COMMIT = "e67d7e98d882b3d8ff9a9fcc7829941ccc4586bf"


def ke(rule, summary, reason, kind, ns, name, message, count, expected, node=None):
    labels = {"alertname": rule, "alerttype": "event", "severity": "warning", "cluster": "host",
              "reason": reason, "involvedObject_kind": kind, "involvedObject_name": name}
    if ns:
        labels["namespace"] = ns
    if node:
        labels["node"] = node
    annotations = {"summary": summary, "message": message, "count": str(count)}
    return item(labels, annotations, expected, f"{KE_REPO} {KE_PATH} [{rule}]", "kubesphere/kube-events",
                KE_REPO, KE_PATH, KE_COMMIT)


KUBE_EVENTS = [
    ke("ContainerBackoff", "Container back-off", "BackOff", "Pod", "shop", "cart-6c9d8f7b5-x2k4q",
       "Back-off restarting failed container cart in pod cart-6c9d8f7b5-x2k4q_shop(6a1f0c2e-93b4-4c55-a2d1-7f0e3b9c8d21)",
       14, "crash_loop"),
    ke("ContainerBackoff", "Container back-off", "BackOff", "Pod", "web", "frontend-7b6d9c8f5-wz4kd",
       "Back-off pulling image \"registry.example.internal/web/frontend:2.14.1\"", 9, None),
    ke("NodeSystemOOM", "Node system OOM encountered", "SystemOOM", "Node", None, "worker-07",
       "System OOM encountered, victim process: java, pid: 28311", 1, "out_of_memory", node="worker-07"),
    ke("DiskSpaceFreeFailed", "Failed to free disk space", "FreeDiskSpaceFailed", "Node", None, "worker-03",
       "failed to garbage collect required amount of images. Wanted to free 12884901888 bytes, but freed 0 bytes",
       6, "disk_full", node="worker-03"),
    ke("VolumeProvisionFailed", "Failed to provision volume", "ProvisioningFailed", "PersistentVolumeClaim", "analytics",
       "data-clickhouse-2",
       "failed to provision volume with StorageClass \"gp3\": rpc error: code = Internal desc = Could not create volume \"pvc-4f1d\": RequestLimitExceeded: Request limit exceeded.",
       5, "rate_limited"),
    ke("NodeRebooted", "Node Rebooted", "Rebooted", "Node", None, "worker-11",
       "Node worker-11 has been rebooted, boot id: 3c5b0e1d-7a2f-4d8e-9b61-0f2c4e6a8d13", 1, None, node="worker-11"),
    ke("PodCreateFailed", "Failed to create pod", "FailedCreate", "ReplicaSet", "batch", "nightly-export-7f9c8d",
       "Error creating: pods \"nightly-export-7f9c8d-q8m2z\" is forbidden: exceeded quota: compute-resources, requested: limits.memory=2Gi, used: limits.memory=15Gi, limited: limits.memory=16Gi",
       11, None),
]

# --- robusta-dev/robusta: findings as delivered by the Robusta webhook sink ---
RB_REPO = "robusta-dev/robusta"
RB_COMMIT = "acf0db9afcea25a5c4cfcf5986357c9c05a47c19"


def rb(path, key, title, severity, subject_type, ns, name, description, expected, node=None):
    labels = {"alertname": key, "source": "robusta", "severity": severity, "subject_type": subject_type,
              "subject_name": name, "cluster": "prod-gke-1"}
    if ns:
        labels["namespace"] = ns
    if node:
        labels["node"] = node
    annotations = {"title": title}
    if description:
        annotations["description"] = description
    return item(labels, annotations, expected, f"{RB_REPO} {path} [{key}]", "robusta", RB_REPO, path, RB_COMMIT)


ROBUSTA = [
    rb("src/robusta/core/playbooks/crash_reporter.py", "CrashLoopBackoff",
       "Crashing pod billing-api-84d5f9c7b6-m2xq8 in namespace billing", "HIGH", "pod", "billing",
       "billing-api-84d5f9c7b6-m2xq8", None, "crash_loop"),
    rb("playbooks/robusta_playbooks/oom_killer.py", "PodOOMKilled",
       "Pod search-indexer-0 in namespace search OOMKilled results", "HIGH", "pod", "search", "search-indexer-0",
       None, "out_of_memory"),
    rb("playbooks/robusta_playbooks/image_pull_backoff_enricher.py", "ImagePullBackoff",
       "Failed to pull at least one image in pod frontend-5f7c9d8b4-k9wq2 in namespace web", "HIGH", "pod", "web",
       "frontend-5f7c9d8b4-k9wq2", None, None),
    rb("playbooks/robusta_playbooks/node_enrichments.py", "NodeNotReady",
       "Unhealthy node gke-prod-gke-1-pool-3-8a1c2e4f-7tq9", "HIGH", "node", None,
       "gke-prod-gke-1-pool-3-8a1c2e4f-7tq9", None, "node_down", node="gke-prod-gke-1-pool-3-8a1c2e4f-7tq9"),
    rb("playbooks/robusta_playbooks/autoscaler.py", "HpaReachedMaximum",
       "HPA *checkout* in namespace *shop* reached max replicas: *20*", "LOW", "horizontalpodautoscaler", "shop",
       "checkout", None, None),
    rb("playbooks/robusta_playbooks/event_enrichments.py", "warning_events_report",
       "BackOff Warning for Pod ledger/ledger-sync-6b9d7c5f8-z4p2r", "INFO", "pod", "ledger",
       "ledger-sync-6b9d7c5f8-z4p2r",
       "Back-off restarting failed container ledger-sync in pod ledger-sync-6b9d7c5f8-z4p2r_ledger(0c1e2d3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f)",
       "crash_loop"),
    rb("playbooks/robusta_playbooks/event_enrichments.py", "warning_events_report",
       "FailedMount Warning for Pod reports/pdf-render-0", "INFO", "pod", "reports", "pdf-render-0",
       "MountVolume.SetUp failed for volume \"fonts\" : configmap \"pdf-fonts\" not found", None),
    rb("playbooks/robusta_playbooks/job_restart_on_oomkilled_community.py", "JobRestartOnOomkilledCommunity",
       "MAX REACHED", "INFO", "job", "etl", "nightly-aggregate",
       "*container request memory has reached the limit*\n```\naggregate\n```", "out_of_memory"),
]

# --- Graylog2/graylog2-server: system notifications (PLAINTEXT templates) ---
GL_REPO = "Graylog2/graylog2-server"
GL_DIR = "graylog2-server/src/main/resources/org/graylog2/freemarker/templates/PLAINTEXT/"


def gl(ntype, commit, title, description, expected, node="5a0c41fb-8b2e-4d7e-9f13-1c2d3e4f5a6b", severity="URGENT"):
    labels = {"alertname": ntype, "source": "graylog", "severity": severity, "node_id": node}
    annotations = {"title": title, "description": description}
    path = GL_DIR + ntype + ".ftl"
    return item(labels, annotations, expected, f"{GL_REPO} {path}", "graylog", GL_REPO, path, commit)


GRAYLOG = [
    gl("es_node_disk_watermark_flood_stage", "6b034a4e04fac197896af41ee9405aa16dc38a1a",
       "Elasticsearch nodes disk usage above flood stage watermark",
       "There are Elasticsearch nodes in the cluster without free disk, their disk usage is above the flood stage watermark. For this reason Elasticsearch enforces a read-only index block on all indexes having any of their shards in any of the affected nodes. The affected nodes are: [os-data-2, os-data-3]",
       "disk_full"),
    gl("es_node_disk_watermark_high", "13959dad912b72464a1578f529da91119b121d38",
       "Elasticsearch nodes disk usage above high watermark",
       "There are Elasticsearch nodes in the cluster with almost no free disk, their disk usage is above the high watermark. For this reason Elasticsearch will attempt to relocate shards away from the affected nodes. The affected nodes are: [os-data-1]",
       "disk_full", severity="NORMAL"),
    gl("journal_utilization_too_high", "b1d61c3bebcdf6ed0fbdc3317dcf33f7fec66da0",
       "Journal utilization is too high",
       "Journal utilization is too high and may go over the limit soon. Please verify that your Elasticsearch cluster is healthy and fast enough. You may also want to review your Graylog journal settings and set a higher limit. (Node: 5a0c41fb-8b2e-4d7e-9f13-1c2d3e4f5a6b)",
       "queue_backlog"),
    gl("journal_uncommitted_messages_deleted", "a5a626ac8eb49833a362526ad533d5842c61933f",
       "Uncommitted messages deleted from journal",
       "Some messages were deleted from the journal before they could be written to the Indexer. Please verify that your Indexer cluster is healthy and fast enough. You may also want to review your journal settings and set a higher limit. (Node: 9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b)",
       "queue_backlog", node="9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"),
    gl("es_unavailable", "b90d959feef6c2fff8c39ff939972ab383cb831e",
       "Elasticsearch cluster unavailable",
       "Graylog could not successfully connect to the Elasticsearch cluster. If you are using multicast, check that it is working in your network and that Elasticsearch is accessible. Also check that the cluster name setting is correct. Read how to fix this here: https://docs.graylog.org/docs/elasticsearch#configuration",
       "node_down"),
    gl("certificate_needs_renewal", "bb7854d0c291e1990b9a15d062bda010a5f4026e",
       "Certificate renewal necessary", "Your DataNodes need new certificates. Please renew them.",
       "certificate_expiry", severity="NORMAL"),
    gl("data_node_heap_warning", "2fc346d17b178a112c0da2f805d62dc044623c4c",
       "Data Node Heap Size Warning",
       "There are Data Nodes in the cluster which could potentially run with a higher configured heap size for better performance. Data node datanode-2.graylog.internal only has 1g Java Heap assigned, out of a total of 16g RAM. We recommend to assign half of memory to Java Heap.",
       None, severity="NORMAL"),
    gl("check_server_clocks", "7cb1072c715daf1597db4a53ae9091d81bb4717b",
       "Check the system clocks of your server nodes",
       "A server node detected a condition where it was deemed to be inactive immediately after being active. This usually indicates either a significant jump in system time, e.g. via NTP, or that a second server node is active on a system that has a different system time. Please make sure that the clocks are synchronized.",
       None, severity="NORMAL"),
    gl("es_cluster_red", "b2bf9f29bb4d5b3f7589d4584923ce1be0289a74",
       "Elasticsearch cluster unhealthy (RED)",
       "The Elasticsearch cluster state is RED which means shards are unassigned. This usually indicates a crashed and corrupt cluster and needs to be investigated. Graylog will write into the local disk journal.",
       None),
]
