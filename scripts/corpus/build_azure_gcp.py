"""vendors.jsonl part 1: Azure Monitor Baseline Alerts and Google Cloud alert-policy samples.

Reads the snapshots fetched into $CORPUS3_MIRROR; labels are hand decisions (one per
template, keyed by the template's name/path below) made from the template's metric and
documentation under tests/fixtures/corpus/POLICY.md. Templates not listed are left out
(rule 6, or a repeat of a listed one).
"""
import json
import re
import sys

import yaml  # noqa: F401  (PyYAML is used only if present; see load_yaml)

from c3common import git_show, git_ls, pick, num, item, strip_md_links

AZ_REPO = "Azure/azure-monitor-baseline-alerts"
AZ_COMMIT = "b772e9f93427cb3e08ed4be305bd9f929a0ceb01"
GCP_REPO = "GoogleCloudPlatform/monitoring-dashboard-samples"
GCP_COMMIT = "25d8c3e813a171f38fc2feaa9b387782bcb88dfa"

from c3common import D, M, C, N, L, E, Q, R, RL, RP, CE, FD, DNS, DL, T  # noqa: F401
NULL = None

# (service dir, alert name) -> label. Only these templates become items.
AZURE = {
    ("AVS/privateClouds", "DiskUsedPercentage"): D, ("AVS/privateClouds", "UsageAverage"): M,
    ("AVS/privateClouds", "CPU"): NULL, ("AVS/privateClouds", "MemoryCritical"): M,
    ("AVS/privateClouds", "Storage"): D, ("AnalysisServices/servers", "qpu_metric"): NULL,
    ("AnalysisServices/servers", "memory_metric"): M,
    ("ApiManagement/service", "BackendDuration"): L, ("ApiManagement/service", "FailedRequests"): E,
    ("ApiManagement/service", "Duration"): L, ("ApiManagement/service", "TotalRequests"): NULL,
    ("App/containerApps", "UsageNanoCores"): NULL, ("App/containerApps", "WorkingSetBytes"): M,
    ("App/containerApps", "RestartCount"): C,
    ("AppConfiguration/configurationStores", "ThrottledHttpRequestCount"): R,
    ("Batch/batchAccounts", "OfflineNodeCount"): N,
    ("Cache/Redis", "serverLoad"): NULL, ("Cache/Redis", "usedmemorypercentage"): M,
    ("Cache/Redis", "cacheRead"): NULL, ("Cache/Redis", "allusedmemorypercentage"): M,
    ("Cache/Redis", "cacheLatency"): L, ("Cache/Redis", "usedmemoryRss"): M,
    ("Cdn/profiles", "ByteHitRatio"): NULL, ("Cdn/profiles", "OriginHealthPercentage"): N,
    ("Cdn/profiles", "TotalLatency"): L, ("Cdn/profiles", "Percentage5XX"): E,
    ("CognitiveServices/accounts", "TotalErrors"): E, ("CognitiveServices/accounts", "Latency"): L,
    ("CognitiveServices/accounts", "SuccessRate"): E, ("CognitiveServices/accounts", "ServerErrors"): E,
    ("CognitiveServices/accounts", "TokenTransaction"): NULL,
    ("CognitiveServices/accounts", "BlockedCalls"): R, ("CognitiveServices/accounts", "ClientErrors"): E,
    ("CognitiveServices/accounts", "AzureOpenAITimeToResponse"): L,
    ("Compute/virtualMachineScaleSets", "OS Disk IOPS Consumed Percentage"): NULL,
    ("Compute/virtualMachineScaleSets", "Available Memory Bytes"): M,
    ("Compute/virtualMachineScaleSets", "VmAvailabilityMetric"): N,
    ("Compute/virtualMachineScaleSets", "Network In Total"): NULL,
    ("Compute/virtualMachines", "Data Disk Read Latency (ms)"): NULL,
    ("Compute/virtualMachines", "Data Disk Free Space Percentage"): D,
    ("Compute/virtualMachines", "Heartbeat"): N,
    ("Compute/virtualMachines", "OS Disk Free Space Percentage"): D,
    ("Compute/virtualMachines", "Processor Utilization Percentage"): NULL,
    ("Compute/virtualMachines", "Available Memory Percentage"): M,
    ("Compute/virtualMachines", "Available Memory Bytes (MBytes)"): M,
    ("Compute/virtualMachines", "Data Disk Queue Depth"): NULL,
    ("Compute/virtualMachines", "CPU Credits Remaining"): NULL,
    ("ContainerInstance/containerGroups", "CpuUsage"): NULL,
    ("ContainerInstance/containerGroups", "MemoryUsage"): M,
    ("ContainerRegistry/registries", "StorageUsed"): D,
    ("ContainerService/managedClusters", "node_cpu_usage_percentage"): NULL,
    ("ContainerService/managedClusters", "node_memory_working_set_percentage"): M,
    ("ContainerService/managedClusters", "node_disk_usage_percentage"): D,
    ("ContainerService/managedClusters", "node_memory_rss_percentage"): M,
    ("ContainerService/managedClusters", "kube_node_status_condition"): N,
    ("DBforMariaDB/servers", "storage_percent"): D, ("DBforMariaDB/servers", "memory_percent"): M,
    ("DBforMariaDB/servers", "io_consumption_percent"): NULL,
    ("DBforMySQL/flexibleServers", "cpu_percent"): NULL,
    ("DBforMySQL/flexibleServers", "storage_percent"): D,
    ("DBforMySQL/flexibleServers", "memory_percent"): M,
    ("DBforMySQL/flexibleServers", "replication_lag"): RL,
    ("DBforMySQL/servers", "seconds_behind_master"): RL,
    ("DBforMySQL/servers", "serverlog_storage_percent"): D,
    ("DBforPostgreSQL/flexibleServers", "storage_percent"): D,
    ("DBforPostgreSQL/flexibleServers", "memory_percent"): M,
    ("DBforPostgreSQL/flexibleServers", "disk_iops_consumed_percentage"): NULL,
    ("DBforPostgreSQL/flexibleServers", "is_db_alive"): N,
    ("DBforPostgreSQL/flexibleServers", "storage_free"): D,
    ("DBforPostgreSQL/flexibleServers", "deadlocks"): DL,
    ("DBforPostgreSQL/flexibleServers", "maximum_used_transactionIDs"): NULL,
    ("DBforPostgreSQL/servers", "pg_replica_log_delay_in_seconds"): RL,
    ("DBforPostgreSQL/servers", "serverlog_storage_percent"): D,
    ("DataFactory/factories", "IntegrationRuntimeCpuPercentage"): NULL,
    ("DataFactory/factories", "IntegrationRuntimeAvailableMemory"): M,
    ("DesktopVirtualization/hostPools", "Local Disk Space less than 10% (xHostPoolNamex)"): D,
    ("DesktopVirtualization/hostPools", "Local Disk Space less than 5% (xHostPoolNamex)"): D,
    ("DesktopVirtualization/hostPools", "FSLogix Profile less than 5% (xHostPoolNamex)"): D,
    ("Devices/IotHubs", "d2c.telemetry.ingress.sendThrottle"): R,
    ("DocumentDB/databaseAccounts", "ServiceAvailability"): E,
    ("DocumentDB/databaseAccounts", "ServerSideLatency"): L,
    ("DocumentDB/databaseAccounts", "ReplicationLatency"): RL,
    ("DocumentDB/databaseAccounts", "ThrottledRequests"): R,
    ("DocumentDB/databaseAccounts", "UpdateAccountKeys"): NULL,
    ("EventHub/clusters", "CPU"): NULL, ("EventHub/namespaces", "ThrottledRequests"): R,
    ("EventHub/namespaces", "ServerErrors"): E, ("EventHub/namespaces", "NamespaceMemoryUsage"): M,
    ("EventHub/namespaces", "CaptureBacklog"): Q, ("EventHub/namespaces", "IncomingBytes"): NULL,
    ("HealthcareApis/services", "TotalLatency"): L,
    ("HybridCompute/machines", "Hybrid Machine Data Disk Free Space Percentage Alert"): D,
    ("HybridCompute/machines", "Hybrid Machine Heartbeat Alert"): N,
    ("HybridCompute/machines", "Hybrid Machine OS Disk Write Latency (ms)"): NULL,
    ("HybridCompute/machines", "Hybrid Machine Available Memory Percentage"): M,
    ("KeyVault/vaults", "Activity Log Key Vault Delete"): NULL,
    ("KeyVault/vaults", "Availability"): E, ("KeyVault/vaults", "ServiceApiLatency"): L,
    ("Kusto/clusters", "KeepAlive"): N, ("Kusto/clusters", "CPU"): NULL,
    ("Logic/workflows", "TriggerThrottledEvents"): R, ("Logic/workflows", "ActionThrottledEvents"): R,
    ("NetApp/netAppAccounts", "capacityPools/volumes - VolumeConsumedSizePercentage"): D,
    ("NetApp/netAppAccounts", "capacityPools/volumes - AverageWriteLatency"): NULL,
    ("Network/applicationGateways", "Backend Last Byte Response Time"): L,
    ("Network/applicationGateways", "UnhealthyHostCount"): N,
    ("Network/applicationGateways", "FailedRequests"): E,
    ("Network/applicationGateways", "ResponseStatus"): E,
    ("Network/applicationGateways", "ApplicationGatewayTotalTime"): L,
    ("Network/applicationGateways", "BackendResponseStatus"): E,
    ("Network/applicationGateways", "CpuUtilization"): NULL,
    ("Network/applicationGateways", "BackendConnectTime"): L,
    ("Network/applicationGateways", "Throughput"): NULL,
    ("Network/bastionHosts", "Memory Usage"): M,
    ("Network/dnszones", "RecordSetCapacityUtilization"): NULL,
    ("Network/dnszones", "QueryVolume"): NULL,
    ("Network/expressRouteCircuits", "BgpAvailability"): NULL,
    ("Network/expressRoutePorts", "LineProtocol"): NULL,
    ("Network/expressRoutePorts", "RxLightLevel - Low"): NULL,
    ("Network/frontDoors", "BackendHealthPercentage"): N,
    ("Network/frontDoors", "BackendRequestLatency"): L,
    ("Network/loadBalancers", "DipAvailability"): N,
    ("Network/natGateways", "PacketDropCount"): NULL,
    ("Network/networkWatchers", "connectionMonitors - ChecksFailedPercent"): N,
    ("Network/privateDnsZones", "VirtualNetworkLinkCapacityUtilization"): NULL,
    ("Network/publicIPAddresses", "IfUnderDDoSAttack"): NULL,
    ("Network/trafficmanagerprofiles", "ProbeAgentCurrentEndpointStateByProfileResourceId"): N,
    ("Network/vpnGateways", "BGP Peer Status"): NULL,
    ("Network/vpnGateways", "TunnelAverageBandwidth"): NULL,
    ("OperationalInsights/workspaces", "Average_% Free Space"): D,
    ("OperationalInsights/workspaces", "Average_% Committed Bytes In Use"): M,
    ("OperationalInsights/workspaces", "Average_% Used Memory"): M,
    ("OperationalInsights/workspaces", "Heartbeat"): N,
    ("OperationalInsights/workspaces", "Average_% Used Space"): D,
    ("OperationalInsights/workspaces", "Average_Available MBytes"): M,
    ("OperationalInsights/workspaces", "Average_% Used Inodes"): D,
    ("OperationalInsights/workspaces", "Average_Free Megabytes"): D,
    ("OperationalInsights/workspaces", "Average_% Used Swap Space"): M,
    ("OperationalInsights/workspaces", "Average_Current Disk Queue Length"): NULL,
    ("OperationalInsights/workspaces", "Average_Avg. Disk sec/Write"): NULL,
    ("OperationalInsights/workspaces", "Average_% IO Wait Time"): NULL,
    ("Search/searchServices", "SearchLatency"): L,
    ("Search/searchServices", "ThrottledSearchQueriesPercentage"): R,
    ("ServiceBus/namespaces", "ActiveMessages"): Q, ("ServiceBus/namespaces", "Messages"): Q,
    ("ServiceBus/namespaces", "ThrottledRequests"): R, ("ServiceBus/namespaces", "ServerErrors"): E,
    ("ServiceBus/namespaces", "NamespaceMemoryUsage"): M,
    ("ServiceBus/namespaces", "ServerSendLatency"): L,
    ("SignalRService/SignalR", "ConnectionQuotaUtilization"): RP,
    ("Sql/managedInstances", "storage_space_used_mb"): D,
    ("Sql/servers", "databases - deadlock"): DL, ("Sql/servers", "databases - storage"): D,
    ("Sql/servers", "databases - blocked_by_firewall"): NULL,
    ("Sql/servers", "databases - sql_instance_memory_percent"): M,
    ("Sql/servers", "databases - dtu_used"): NULL,
    ("Sql/servers", "databases - app_memory_percent"): M,
    ("Sql/servers", "databases - tempdb_data_size"): D,
    ("Sql/servers", "elasticpools - storage_percent"): D,
    ("Sql/servers", "elasticpools - allocated_data_storage_percent"): D,
    ("Sql/servers", "elasticpools - log_write_percent"): NULL,
    ("Sql/servers", "elasticpools - sessions_percent"): RP,
    ("Sql/servers", "elasticpools - sqlserver_process_memory_percent"): M,
    ("Sql/servers", "elasticpools - tempdb_log_used_percent"): D,
    ("Storage/storageAccounts", "Availability"): E, ("Storage/storageAccounts", "Throttling"): R,
    ("Storage/storageAccounts", "UsedCapacity"): D, ("Storage/storageAccounts", "Egress"): NULL,
    ("Storage/storageAccounts", "blobServices - SuccessE2ELatency"): L,
    ("Storage/storageAccounts", "blobServices - SuccessServerLatency"): L,
    ("Storage/storageAccounts", "queueServices - QueueMessageCount"): Q,
    ("Storage/storageAccounts", "fileServices - FileCapacity"): D,
    ("StorageCache/AmlFilesystems", "OST Files Used"): D,
    ("StorageCache/AmlFilesystems", "OST Bytes Available"): D,
    ("StorageCache/AmlFilesystems", "MDT Bytes Used"): D,
    ("StorageSync/storageSyncServices", "StorageSyncServerHeartbeat"): N,
    ("StreamAnalytics/streamingjobs", "ResourceUtilization"): M,
    ("StreamAnalytics/streamingjobs", "InputEventsSourcesBacklogged"): Q,
    ("StreamAnalytics/streamingjobs", "ProcessCPUUsagePercentage"): NULL,
    ("Synapse/workspaces", "sqlPools - MemoryUsedPercent"): M,
    ("Synapse/workspaces", "sqlPools - DWUUsedPercent"): NULL,
    ("Web/hostingEnvironments", "HttpQueueLength"): Q,
    ("Web/serverFarms", "MemoryPercentage"): M, ("Web/serverFarms", "HttpQueueLength"): Q,
    ("Web/serverFarms", "DiskQueueLength"): NULL, ("Web/serverFarms", "CpuPercentage"): NULL,
    ("Web/sites", "AverageResponseTime"): L, ("Web/sites", "RequestsInApplicationQueue"): Q,
    ("Web/sites", "PrivateBytes"): M, ("Web/sites", "FileSystemUsage"): D,
    ("Web/sites", "MemoryWorkingSet"): M, ("Web/sites", "CpuTime"): NULL,
    ("Web/sites", "slots - Http5xx"): E, ("Web/sites", "slots - HttpResponseTime"): L,
    ("Web/sites", "slots - Http4xx"): E, ("Web/sites", "slots - HealthCheckStatus"): N,
}

OPS = {"GreaterThan": ">", "GreaterThanOrEqual": ">=", "LessThan": "<", "LessThanOrEqual": "<=",
       "GreaterOrLessThan": "outside band of"}
RES_NAMES = ["prod-weu", "contoso-prod", "fabrikam-eus2", "app-core-neu", "payments-prd", "shared-uks"]


def load_yaml(text):
    import yaml as y
    return y.safe_load(text)


def azure_items():
    out = []
    files = [f for f in git_ls(AZ_REPO, AZ_COMMIT, "services") if f.endswith("alerts.yaml")]
    for f in files:
        svc = "/".join(f.split("/")[1:3])
        provider = "Microsoft." + svc.split("/")[0]
        for a in load_yaml(git_show(AZ_REPO, AZ_COMMIT, f)) or []:
            key = (svc, a.get("name"))
            if key not in AZURE:
                continue
            AZURE_SEEN.add(key)
            p = a.get("properties") or {}
            name = a["name"].replace("xHostPoolNamex", "hp-avd-prod-01")
            seed = svc + name
            res = pick(seed, RES_NAMES) + "-" + re.sub(r"[^a-z]", "", svc.split("/")[-1].lower())[:14]
            metric = p.get("metricName") or name
            desc = strip_md_links((a.get("description") or "").replace("xHostPoolNamex", "hp-avd-prod-01"))
            desc = re.sub(r"\s*For more details, see\s*\.?$", "", desc).strip()
            sev = p.get("severity", 3)
            labels = {"alertname": name, "severity": f"Sev{sev}", "monitor_service":
                      {"Metric": "Platform", "Log": "Log Analytics", "ActivityLog": "Activity Log - Administrative"}.get(a.get("type"), "Platform"),
                      "signal_type": {"Metric": "Metric", "Log": "Log", "ActivityLog": "Activity Log"}.get(a.get("type"), "Metric"),
                      "resource": res, "resource_type": (provider + "/" + "/".join(svc.split("/")[1:])).lower()}
            if a.get("type") == "Metric":
                op = OPS.get(p.get("operator"), p.get("operator"))
                thr = p.get("threshold")
                val = num(seed, 1, 99) if thr is None else round(float(thr) * (1.08 if "Greater" in str(p.get("operator")) else 0.7), 2)
                summary = f"{p.get('timeAggregation', 'Average')} {metric} {op} {thr if thr is not None else 'dynamic threshold'} on {res} (metric value {val})"
                labels["metric_name"] = metric
            elif a.get("type") == "Log":
                summary = f"Log search alert '{name}' fired on {res}: {num(seed, 1, 40, 0)} result(s) in the last evaluation window"
            else:
                summary = f"Activity log alert '{name}' fired for {res}"
            out.append(item(labels, {"summary": summary, "description": desc}, AZURE[key],
                            f"{AZ_REPO} {f} {a['name']}", "azure/" + svc, AZ_REPO, f, AZ_COMMIT))
    return out


AZURE_SEEN = set()
# plain CPU/throughput nulls dropped after labelling, so that look-alikes stay near a fifth of the file
for _k in [['AVS/privateClouds', 'CPU'], ['AnalysisServices/servers', 'qpu_metric'], ['ApiManagement/service', 'TotalRequests'], ['App/containerApps', 'UsageNanoCores'], ['Cache/Redis', 'cacheRead'], ['Cdn/profiles', 'ByteHitRatio'], ['CognitiveServices/accounts', 'TokenTransaction'], ['Compute/virtualMachineScaleSets', 'Network In Total'], ['Compute/virtualMachines', 'CPU Credits Remaining'], ['ContainerInstance/containerGroups', 'CpuUsage'], ['DBforMariaDB/servers', 'io_consumption_percent'], ['DBforMySQL/flexibleServers', 'cpu_percent'], ['DataFactory/factories', 'IntegrationRuntimeCpuPercentage'], ['EventHub/clusters', 'CPU'], ['EventHub/namespaces', 'IncomingBytes'], ['Kusto/clusters', 'CPU'], ['Network/applicationGateways', 'Throughput'], ['Network/dnszones', 'QueryVolume'], ['Network/expressRoutePorts', 'RxLightLevel - Low'], ['Network/vpnGateways', 'TunnelAverageBandwidth'], ['Sql/servers', 'databases - dtu_used'], ['Storage/storageAccounts', 'Egress'], ['StreamAnalytics/streamingjobs', 'ProcessCPUUsagePercentage'], ['Synapse/workspaces', 'sqlPools - DWUUsedPercent'], ['Web/sites', 'CpuTime'], ['Network/natGateways', 'PacketDropCount'], ['Network/applicationGateways', 'CpuUtilization']]:
    AZURE.pop(tuple(_k))

# GCP: file path (under alerts/) -> label.
GCP = {
    "active-directory": {"LDAP Connections": RP},
    "activemq": {"High disk storage": D, "High temp storage": D},
    "aerospike": {"High Memory Utilization": M, "High Namespace Disk": D, "High Namespace Memory": M},
    "airflow-gke": {"DAG Import Errors": NULL},
    "apache": {"high server error rate": E, "high-request-rate": NULL},
    "cassandra": {"High Error Rate": E, "High Read Latency": L, "High Write Throughput": NULL},
    "couchbase": {"High Bucket Memory Usage": M, "Spiking Ejections": M, "Unrecoverable OOM Errors": M},
    "couchdb": {"high server error rate": E},
    "elasticsearch-gke": {"High JVM Memory Usage": M, "Red Cluster Status": NULL},
    "elasticsearch": {"yellow cluster status": NULL, "high jvm memory usage": M},
    "etcd-gke": {"Long Fsync Duration": NULL, "Rapid Leader Changes": NULL},
    "flink": {"high job restarts": C, "high jvm heap memory usage": M, "high jvm memory non-heap usage": M},
    "google-application-integration": {"High integration execution latency": L},
    "google-bigquery": {"Reservation ${FULL_RESERVATION_ID} Slot Usage Too High": NULL},
    "google-cloud-deploy": {"Rollout Failure": NULL},
    "google-cloud-redis": {"Cloud Redis - System Memory Utilization for": M, "Cloud Redis - Redis Engine CPU utilization for": NULL},
    "google-cloudsql": {"Instance in Failed State": N, "Slow Transactions": L, "Replication in Error State": NULL},
    "google-dataproc": {"HDFS capacity": D, "HDFS running data nodes too low": N},
    "google-gce": {"High CPU Utilization (${INSTANCE_NAME})": NULL, "High Disk Utilization (${INSTANCE_NAME})": D,
                   "High Memory Utilization (${INSTANCE_NAME})": M, "Reservation - High Utilization": NULL},
    "google-gke": {"GKE Container - High CPU Limit Utilization (${CLUSTER_NAME} cluster)": NULL,
                   "High Latency (GKE Workload: ${WORKLOAD_NAME})|High p95 latency for a URL path": L,
                   "Server Error (5xx) is high. (GKE Workload: ${WORKLOAD_NAME})|Server Error (5xx) is high for a URL path": E,
                   "Server Error is high. (GKE Workload: ${WORKLOAD_NAME})": E,
                   "GKE Container - High Memory Limit Utilization (${CLUSTER_NAME} cluster)": M,
                   "High Memory Request Utilization (GKE Workload: ${WORKLOAD_NAME})": M,
                   "GKE Container - Restarts (${CLUSTER_NAME} cluster)": C,
                   "GKE Container - Restarts (Workload: ${WORKLOAD_NAME})": C,
                   "GKE Security Bulletin Affecting Your Cluster": NULL,
                   "GKE Version Nearing End of Support": NULL},
    "google-network-intelligence-center": {"High interconnect egress": NULL, "High VPN tunnel bps": NULL},
    "google-vertex-ai": {"429 Out of Capacity Error": R, "Agent Runtime - High Error Rate": E,
                         "Agent Runtime - High P95 Request Latency": L},
    "google-workload-manager": {"SAP HANA Availability": N},
    "hadoop": {"dead data nodes": N, "low available capacity": D, "volume failure": NULL},
    "haproxy-gke": {"Frontend Sessions Reaching Limit": RP, "Server Down": N},
    "hbase": {"Authentication Errors": NULL, "Server is Down": N, "Slow Operations": L},
    "iis": {"Long Request Queue": Q, "Site Down": N},
    "istio-proxy-gke": {"High Request Duration": L},
    "jetty": {"Long Thread Queue": Q, "Failed Config Parsing": NULL},
    "jvm": {"Heap Memory Usage Near Max": M, "Thread Count High": NULL},
    "kafka": {"high failed broker request rate": E},
    "kibana-gke": {"High CPU Usage": NULL, "High Memory Usage": M},
    "kube-state-gke": {"Job Failure": NULL, "Volume Reaching Capacity": D},
    "memcached-gke": {"High Evictions": M},
    "memcached": {"High CPU Usage": NULL},
    "mongodb-gke": {"Connection Utilization Near Max": RP},
    "mongodb": {"Connection Utilization Near Max": RP, "High Disk Utilization": D, "High CPU Utilization": NULL},
    "mssql-server": {"Connections Near Limit": RP, "High Page Split Rates": NULL},
    "node-exporter-gke": {"Low Available Memory": M, "Low Filesystem Space": D, "High CPU Usage": NULL},
    "oracledb": {"High Session Utilization": RP, "High Tablespace Utilization": D},
    "otel-genai": {"Agent - High Workflow Error Rate": E, "Agent - High P95 Workflow Latency": L,
                   "Agent - High Token Usage": NULL},
    "postgresql": {"High Connection Utilization": RP, "High CPU Utilization": NULL, "Reached Max Written Buffers": NULL},
    "rabbitmq-gke": {"High Unacknowledged Messages": Q, "High Unroutable Messages": NULL},
    "rabbitmq": {"high unacknowledged messages": Q},
    "redis-gke": {"High Rate of Evicted Keys": M, "Memory Fragmentation Ratio": M},
    "saphana": {"server down": N, "Old backups alert": NULL},
    "scylla-gke": {"High Compaction Load": NULL},
    "solr": {"High Request Errors": E, "High Request Count": NULL},
    "tomcat": {"high server error rate": E},
    "vault": {"Token Renew/Revoke Alert": L, "Audit Failure Alert": NULL},
    "velero-gke": {"Backup Failure": NULL},
    "wildfly": {"JDBC Connection Near Limit": RP, "Server Errors": E, "Waiting Requests": Q},
    "zookeeper-gke": {"High Average Latency": L, "Low Free File Descriptors": FD, "High Fsync Duration": NULL},
    "zookeeper": {"Low Open File Descriptors": FD},
}

VARS = {"INSTANCE_NAME": "web-frontend-7", "CLUSTER_NAME": "prod-europe-west1", "WORKLOAD_NAME": "checkout-api",
        "AGENT_NAME": "support-triage-agent", "FULL_RESERVATION_ID": "admin-proj:US.etl-batch", "INSTANCE_ID": "cache-sessions",
        "REGION": "us-central1", "PROJECT_ID": "acme-prod-4417", "JOBSET_NAME": "trainer-v5", "PIPELINE_ID": "web-release",
        "LOCATION": "us-central1", "REASONING_ENGINE_ID": "7310044181"}


def render_vars(s):
    s = re.sub(r"\$\{(?:metric|resource|metric_or_resource|log)\.(?:label|labels|extracted_label)\.([a-zA-Z_]+)\}",
               lambda m: {"instance_id": "4411870021947", "container_name": "api", "pod_name": "checkout-api-7c9d6-xk2lp",
                          "namespace_name": "shop", "cluster_name": "prod-europe-west1", "sid": "HDB", "node": "hana-node-a",
                          "model_user_id": "gemini-2.0-flash", "metadata_system_name": "hana-prod-1"}.get(m.group(1), m.group(1) + "-01"), s)
    s = re.sub(r"\$\{([A-Z_]+)\}", lambda m: VARS.get(m.group(1), m.group(1).lower()), s)
    s = re.sub(r"\$\{[^}]*\}", "", s)
    return s


def gcp_items():
    out = []
    files = [f for f in git_ls(GCP_REPO, GCP_COMMIT, "alerts") if f.endswith(".json")]
    used = set()
    for f in files:
        d = f.split("/")[1]
        if d not in GCP:
            continue
        pol = json.loads(git_show(GCP_REPO, GCP_COMMIT, f))
        name = pol.get("displayName", "")
        conds = [c.get("displayName", "") for c in pol.get("conditions", [])]
        label = "unset"
        for k, v in GCP[d].items():
            kn, _, kc = k.partition("|")
            if kn in name and (not kc or kc in conds) and (d, k) not in used:
                label, key = v, (d, k)
                break
        if label == "unset":
            continue
        used.add(key)
        GCP_SEEN.add(key)
        doc = render_vars(strip_md_links((pol.get("documentation") or {}).get("content", "")))
        doc = re.sub(r"\n+", " ", doc).strip()
        rname = render_vars(name)
        cond = render_vars(conds[0]) if conds else rname
        sev = (pol.get("severity") or "SEVERITY_UNSPECIFIED").replace("SEVERITY_", "").lower()
        labels = {"alertname": rname, "policy_name": rname, "condition_name": cond, "project_id": "acme-prod-4417",
                  "severity": sev if sev != "unspecified" else pick(f, ["warning", "error", "critical"])}
        if any(w in d for w in ("gke",)):
            labels.update({"cluster_name": "prod-europe-west1", "namespace_name": "shop"})
        else:
            labels["instance_name"] = pick(f, ["vm-db-01", "app-vm-3", "broker-2", "gce-web-5"])
        target = labels.get("instance_name", labels.get("cluster_name"))
        ann = {"summary": f"Incident opened for {cond} on {target}",
               "description": doc}
        out.append(item(labels, ann, label, f"{GCP_REPO} {f} {name}", "gcp-samples/" + d, GCP_REPO, f, GCP_COMMIT))
    return out


GCP_SEEN = set()
for _d, _ks in {'apache': ['high-request-rate'], 'cassandra': ['High Write Throughput'], 'google-bigquery': ['Reservation ${FULL_RESERVATION_ID} Slot Usage Too High'], 'google-gce': ['High CPU Utilization (${INSTANCE_NAME})', 'Reservation - High Utilization'], 'google-network-intelligence-center': ['High VPN tunnel bps'], 'kibana-gke': ['High CPU Usage'], 'memcached': ['High CPU Usage'], 'mongodb': ['High CPU Utilization'], 'mssql-server': ['High Page Split Rates'], 'node-exporter-gke': ['High CPU Usage'], 'otel-genai': ['Agent - High Token Usage'], 'postgresql': ['High CPU Utilization'], 'scylla-gke': ['High Compaction Load'], 'solr': ['High Request Count'], 'jvm': ['Thread Count High'], 'google-cloud-redis': ['Cloud Redis - Redis Engine CPU utilization for'], 'etcd-gke': ['Rapid Leader Changes']}.items():
    for _k in _ks:
        GCP[_d].pop(_k)

if __name__ == "__main__":
    items = azure_items() + gcp_items()
    missing = [k for k in AZURE if k not in AZURE_SEEN] + [(d, k) for d in GCP for k in GCP[d] if (d, k) not in GCP_SEEN]
    if missing:
        print("not found:", missing, file=sys.stderr)
    json.dump(items, sys.stdout)
