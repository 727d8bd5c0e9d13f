#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_vendor22.jsonl: vendor monitor templates as they fire —
Splunk Observability (SignalFx) detectors from splunk/observability-content-contrib (the
"Jumpstart" Terraform modules for AWS RDS/ELB/ECS, Azure SQL, GCP, Kafka, Kubernetes, Docker and
host detectors, the Snowflake detector JSONs and the MetricsHub hardware detectors).

What the family tests: a vendor's detector wording (detector name, rule `detect_label`, detector
description, "Rule ... in detector ... triggered") next to look-alikes sharing its words: CPU,
DTU consumption, disk queue depth and RDS read/write (disk I/O) latency, under-replicated
partitions, cold starts, one container restart, pod-count changes, a network link down, predicted
hardware failure.

Frames: each item is one detector rule firing, rendered as an Alertmanager-style alert:
`alertname` = the detector's name (its `${var.alert_prefix}` filled with "[prod]"), `severity` =
the rule's severity, the signal's dimensions as labels (made-up values), `summary` = the rule's
detect label, `description` = the detector's description followed by the vendor's standard
"Rule ... in detector ... triggered" line and a made-up signal value. Detector names, descriptions,
detect labels and metric names are the sources' own; values and dimensions are ours.

Labels were decided by hand under POLICY.md before the classifier ran on the file; see SOURCES.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

R = "splunk/observability-content-contrib"
RDS = (R, "detectors/Jumpstart/modules/aws/rds.tf", "116370b381e1667fedabb273e4ccc2eefecca97f")
ELB = (R, "detectors/Jumpstart/modules/aws/elb.tf", "116370b381e1667fedabb273e4ccc2eefecca97f")
ECS = (R, "detectors/Jumpstart/modules/aws/ecs.tf", "27a6592a3b52a2c3cf212e1690d0bd44d401d498")
LAMBDA = (R, "detectors/Jumpstart/modules/aws/lambda.tf", "27a6592a3b52a2c3cf212e1690d0bd44d401d498")
AZSQL = (R, "detectors/Jumpstart/modules/azure/sql.tf", "239fd2863addf8630500790c32ca8f58895eab14")
KAFKA = (R, "detectors/Jumpstart/modules/kafka/kafka.tf", "27a6592a3b52a2c3cf212e1690d0bd44d401d498")
K8SNODE = (R, "detectors/Jumpstart/modules/kubernetes/node.tf", "27a6592a3b52a2c3cf212e1690d0bd44d401d498")
K8SCONT = (R, "detectors/Jumpstart/modules/kubernetes/container.tf", "116370b381e1667fedabb273e4ccc2eefecca97f")
K8SPOD = (R, "detectors/Jumpstart/modules/kubernetes/pod.tf", "116370b381e1667fedabb273e4ccc2eefecca97f")
DOCKER = (R, "detectors/Jumpstart/modules/docker/container.tf", "116370b381e1667fedabb273e4ccc2eefecca97f")
DISK = (R, "detectors/Jumpstart/modules/host/disk.tf", "116370b381e1667fedabb273e4ccc2eefecca97f")
MEM = (R, "detectors/Jumpstart/modules/host/mem.tf", "239fd2863addf8630500790c32ca8f58895eab14")
GCPST = (R, "detectors/Jumpstart/modules/gcp/storage.tf", "116370b381e1667fedabb273e4ccc2eefecca97f")
GCPCE = (R, "detectors/Jumpstart/modules/gcp/compute.tf", "116370b381e1667fedabb273e4ccc2eefecca97f")
SFQ = (R, "detectors/snowflakedb/Snowflake - Queued Queries longer than 5 minutes.json", "239fd2863addf8630500790c32ca8f58895eab14")
SFO = (R, "detectors/snowflakedb/Snowflake - Overloaded Queries.json", "239fd2863addf8630500790c32ca8f58895eab14")
SFE = (R, "detectors/snowflakedb/Snowflake - Database Errors.json", "f41161780851a2162e6cb77f3660df7b92b51cfe")
SFR = (R, "detectors/snowflakedb/Snowflake - Login Failures By User.json", "239fd2863addf8630500790c32ca8f58895eab14")
SFL = (R, "detectors/snowflakedb/Snowflake - Long Queries over 15m.json", "239fd2863addf8630500790c32ca8f58895eab14")
HWP = (R, "detectors/metricshub/Hardware - Predicted failure.json", "4803fb087f1b38495f80952cd7624659204c978a")
HWL = (R, "detectors/metricshub/Hardware - Networking link down.json", "4803fb087f1b38495f80952cd7624659204c978a")

family = ProbeFamily("probes_vendor22.jsonl")
N = 0


def det(src, expected, reason, detector, label, severity, desc, dims, value, when="Fri, 4 Dec 2026 14:%02d:07 UTC"):
    """One detector rule firing, in the vendor's standard message shape."""
    global N
    N += 1
    labels = {"alertname": detector, "severity": severity.lower(), "detector": detector,
              "rule": label, "source": "splunk-observability"}
    labels.update(dims)
    text = (f"{desc}\n\nRule \"{label}\" in detector \"{detector}\" triggered at "
            f"{when % (N % 60)}.\n\nSignal value: {value}")
    family.add(src, expected, f"{src[0]} {src[1]}: {reason}", labels,
               {"summary": label, "description": text})


P = "[prod]"
# --- AWS RDS
det(RDS, "disk_full", "FreeStorageSpace countdown: free disk space predicted below 20% (rule 2, predicted capacity)",
    f"{P} AWS/RDS Free Space Running Out", "AWS/RDS free disk space is expected to be below 20% in 12 hours", "Warning",
    "RDS free disk space is expected to be below 20% in 12 hours",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "orders-pg-prod-1", "aws_region": "eu-west-1"}, "FreeStorageSpace 21.4 GiB, 9.8 hours left")
det(RDS, "disk_full", "FreeStorageSpace countdown, a second instance",
    f"{P} AWS/RDS Free Space Running Out", "AWS/RDS free disk space is expected to be below 20% in 12 hours", "Warning",
    "RDS free disk space is expected to be below 20% in 12 hours",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "billing-mysql-replica-2", "aws_region": "us-east-1"}, "FreeStorageSpace 6.2 GiB, 4.1 hours left")
det(RDS, None, "DiskQueueDepth: outstanding disk IOs (disk backlog, rule 5)",
    f"{P} AWS/RDS rds_DiskQueueDepth for the last 10 minutes where significantly higher than normal, as compared to the mean from the last 2 days",
    "Disk Queue Depth higher than normal", "Minor",
    "Alerts when the number of outstanding IOs (read/write requests) in AWS/RD was significantly higher than normal for 10 minutes, as compared to the last 12 hours",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "orders-pg-prod-1", "stat": "mean"}, "DiskQueueDepth 38.6")
det(RDS, None, "CPUUtilization above 95% (CPU, rule 2)",
    f"{P} AWS/RDS CPUUtilization for the last 10 minutes was above 95%", "AWS/RDS CPU usage has been over 95% for the past 10 minutes", "Critical",
    "Alerts when the cpu usage for AWS/RD was above 95% for ten minutes",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "catalog-aurora-writer"}, "97.3%")
det(RDS, None, "CPU against the historical norm (CPU, rule 2)",
    f"{P} AWS/RDS CPU % has been significantly higher for the past 10 minutes then the historical norm",
    "AWS RDS CPU has been significantly higher for the past 10 minutes then the historical norm", "Warning",
    "Alerts when CPU usage for SQL Database for the last 10 minutes was significantly higher than normal, as compared to the last 3 hours",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "analytics-pg-ro-3"}, "CPUUtilization 81.2% (norm 34.0%)")
det(RDS, "deadlock", "Deadlocks metric above 0.02/s: detected deadlocks",
    f"{P} AWS/RDS deadlocks exceeding 0.02 per second", "AWS/RDS there are more that 0.02 deadlocks/s for 5 minutes", "Warning",
    "Alerts when the average number of deadlocks in the RDS database exceeds 0.02 deadlocks/s for 5 minutes",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "inventory-aurora-mysql-1"}, "Deadlocks 0.07/s")
det(RDS, None, "RDS ReadLatency is the average time per disk I/O (disk I/O latency, rule 5)",
    f"{P} AWS/RDS Read Latency ", "Read Latency higher than normal", "Major",
    "Alerts when AWS/RDS read latency is greater than normal compared to the last 2 days",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "orders-pg-prod-1", "stat": "mean"}, "ReadLatency 0.0412 s")
det(RDS, None, "RDS WriteLatency is the average time per disk I/O (disk I/O latency, rule 5)",
    f"{P} AWS/RDS Write Latency ", "Write Latency higher than normal", "Major",
    "Alerts when AWS/RDS write latency is greater than normal compared to the last 2 days",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "billing-mysql-primary", "stat": "mean"}, "WriteLatency 0.0287 s")
det(RDS, "out_of_memory", "FreeableMemory below 200MB together with swap in use (memory pressure and swapping, rule 2)",
    f"{P} AWS/RDS Free Memory Running Out", "AWS/RDS free memory is below 200MB and swap space above 50MB for 1h", "Major",
    "Alerts when the amount of available memory, in bytes < 200MB for 1h and the amount of swap space used on the RDS DB instance in bytes  > 50MB for 1 h",
    {"namespace": "AWS/RDS", "DBInstanceIdentifier": "catalog-aurora-writer"}, "FreeableMemory 142 MB, SwapUsage 311 MB")
# --- AWS ELB
det(ELB, "high_error_rate", "HTTPCode_ELB_5XX / RequestCount >= 10% (5xx ratio naming no timeout, rules 4, 15)",
    f"{P} AWS/ELB has high 5XX response ratio", "AWS/ELB 10% of requests were 5XX for last 5m", "Critical",
    "Alerts when 10% of requests were 5XX for last 5m",
    {"namespace": "AWS/ELB", "LoadBalancerName": "web-public-elb", "stat": "count"}, "14.8%")
det(ELB, "high_error_rate", "5XX ratio, a second load balancer",
    f"{P} AWS/ELB has high 5XX response ratio", "AWS/ELB 10% of requests were 5XX for last 5m", "Critical",
    "Alerts when 10% of requests were 5XX for last 5m",
    {"namespace": "AWS/ELB", "LoadBalancerName": "api-internal-elb", "stat": "count"}, "31.2%")
det(ELB, "queue_backlog", "SurgeQueueLength near its 1024 capacity: requests waiting in the load balancer's queue (rules 4, 16)",
    f"{P} AWS/ELB has high Surge Queue Length (>= 90%)", "AWS/ELB SurgeQueueLength is close to capacity", "Critical",
    "Alerts when Surge Queue Length is >= 90%",
    {"namespace": "AWS/ELB", "LoadBalancerName": "web-public-elb", "stat": "upper"}, "SurgeQueueLength 961 (93.8%)")
# --- AWS ECS / Lambda
det(ECS, None, "ECS cluster CPU (rule 2)",
    f"{P} ECS Cluster High CPU 5m (SFX) - SmartAgent", "AWS/ECS Cluster High CPU 5m", "Major",
    "Alert when an ECS Cluster has sustained high CPU levels for 5 minutes",
    {"ecs_task_group": "service:checkout", "ClusterName": "prod-ecs-main"}, "max 94.1%")
det(LAMBDA, None, "cold-start count above its historical norm (not a signature)",
    f"{P} AWS/Lambda Errors", "AWS/Lambda Wrapper coldstart count has been greater then historical norm during the past 10 minutes", "Warning",
    "AWS/Lambda Function Error Rates",
    {"namespace": "AWS/Lambda", "FunctionName": "thumbnail-resizer", "Resource": "thumbnail-resizer"}, "function.cold_starts 212 (norm 35)")
# --- Azure SQL
det(AZSQL, None, "Azure SQL CPU at 100% (CPU, rule 2)",
    f"{P} Various Azure SQL Errors", "Azure SQL CPU % has been at 100% for the past 5 minutes", "Critical",
    "Alerts when for various scenarios for Azure SQL both Database or elasticpools",
    {"resource_type": "Microsoft.Sql/servers/databases", "azure_resource_name": "sqldb-orders-prod"}, "cpu_percent 100")
det(AZSQL, None, "elastic pool CPU above its 3-hour norm (CPU, rule 2)",
    f"{P} Various Azure SQL Errors", "Azure SQL elasticpools CPU % is significantly greater than the last 3 hours", "Warning",
    "Alerts when for various scenarios for Azure SQL both Database or elasticpools",
    {"resource_type": "Microsoft.Sql/servers/elasticpools", "azure_resource_name": "pool-tenants-weu"}, "cpu_percent 88.4 (norm 41.0)")
det(AZSQL, None, "DTU consumption (a blended compute unit: CPU and I/O, not memory or storage; decision 1)",
    f"{P} Various Azure SQL Errors", "Azure SQL DTU Consumption is greater than 80% over the past 10 minutes", "Minor",
    "Alerts when for various scenarios for Azure SQL both Database or elasticpools",
    {"resource_type": "Microsoft.Sql/servers", "azure_resource_name": "sql-crm-prod"}, "dtu_consumption_percent 86.7")
det(AZSQL, None, "physical data read percent: I/O utilisation (rule 5 disk I/O look-alike)",
    f"{P} Various Azure SQL Errors", "Azure SQL physical data read above 95%", "Warning",
    "Alerts when for various scenarios for Azure SQL both Database or elasticpools",
    {"resource_type": "Microsoft.Sql/servers/databases", "azure_resource_name": "sqldb-reporting"}, "physical_data_read_percent 97.9")
# --- Kafka
det(KAFKA, None, "under-replicated partitions (rule 8)",
    f"{P} Kafka - Under Replicated Partitions", "At least one Kafka partition is under-replicated", "Critical",
    "Alerts when at least one kafka partition is under replicated for atleast 5m",
    {"cluster": "kafka-prod-eu", "host": "kafka-broker-2.prod.internal"}, "gauge.kafka-underreplicated-partitions 3")
det(KAFKA, "queue_backlog", "consumer group lag above 100 (rule 4)",
    f"{P} Kafka - Consumer Lag > 100 for 1m", "consumergroup is lagging for this partition", "Critical",
    "Alerts when a consumergroup is lagging behind the latest offset by a 100",
    {"host": "kafka-broker-1.prod.internal", "topic": "orders.created", "partition": "7", "consumergroup": "fulfilment-service"}, "kafka_consumergroup_lag 18423")
det(KAFKA, "queue_backlog", "consumer group lag, a second group",
    f"{P} Kafka - Consumer Lag > 100 for 1m", "consumergroup is lagging for this partition", "Critical",
    "Alerts when a consumergroup is lagging behind the latest offset by a 100",
    {"host": "kafka-broker-3.prod.internal", "topic": "clickstream.raw", "partition": "0", "consumergroup": "sessionizer"}, "kafka_consumergroup_lag 412")
# --- Kubernetes
det(K8SNODE, "node_down", "k8s.node.condition_ready below 1: NodeNotReady (rule 4)",
    f"{P} K8S Nodes are not ready", "K8s Node is not in a ready state", "Critical",
    "Alerts when K8s Node is not a ready state",
    {"k8s.cluster.name": "prod-eks-1", "k8s.node.name": "ip-10-42-17-88.eu-west-1.compute.internal"}, "k8s.node.condition_ready 0")
det(K8SNODE, "out_of_memory", "node memory utilisation above 90% (rule 2)",
    f"{P} K8S Node Memory > 90%", "K8s Node Memory is higher than 90% for 5m", "Major",
    "Alerts when K8s Node is using memory > 90% for 5m",
    {"k8s.cluster.name": "prod-gke-2", "host": "gke-prod-pool-b-7c1e-xk2p"}, "memory.utilization 94.6")
det(K8SCONT, None, "one container restart in 5m (rule 7: one restart)",
    f"{P} K8S Container restart count is > 0", "K8S Container restart count is > 0", "Warning",
    "Container restart count in the last 5m is > 0",
    {"k8s.cluster.name": "prod-eks-1", "k8s.namespace.name": "payments", "k8s.pod.name": "ledger-api-6d9f7c8b5-q2wzt"}, "1")
det(K8SCONT, "crash_loop", "five container restarts in 5m (rule 7: two or more restarts in the window)",
    f"{P} K8S Container restart count is > 0", "K8S Container restart count is > 0", "Warning",
    "Container restart count in the last 5m is > 0",
    {"k8s.cluster.name": "prod-eks-1", "k8s.namespace.name": "search", "k8s.pod.name": "indexer-7b5d9c-9hqlm"}, "5")
det(K8SCONT, None, "container CPU above its recent norm (CPU, rule 2)",
    f"{P} K8S Container CPU utilization is higher than normal, and increasing", "K8S Container CPU Usage higher than normal, and increasing", "Warning",
    "Alerts when container CPU utilization (%) in the last 5m is more than 2.5 standard deviations above the mean of its preceding 30m",
    {"k8s.cluster.name": "prod-aks-3", "k8s.namespace.name": "media", "k8s.deployment.name": "transcoder"}, "container_cpu_percent 183")
det(K8SPOD, None, "number of active pods changed significantly (not a signature)",
    f"{P} K8S Pods active", "K8S Pods active changed significantly", "Critical",
    "Alerts when number of active pods changed significantly",
    {"k8s.cluster.name": "prod-eks-1", "k8s.namespace.name": "batch"}, "active pods 212 (recent mean 64)")
# --- Docker / GCP compute
det(DOCKER, None, "container CPU above 80% (CPU, rule 2)",
    f"{P} Container CPU utilization % high", "Container CPU utilization % is above 80 for 5m", "Major",
    "Alerts when CPU Utilization % is between 70% & 80% for 10mins and > 80% for 5mins",
    {"plugin": "docker", "container_name": "nginx-edge", "host": "docker-host-04"}, "Container CPU 91.5")
det(DOCKER, None, "container CPU between 70 and 80% (CPU, rule 2)",
    f"{P} Container CPU utilization % high", "Container CPU utilization % is within 70 and 80 for 10m", "Warning",
    "Alerts when CPU Utilization % is between 70% & 80% for 10mins and > 80% for 5mins",
    {"plugin": "docker", "container_name": "redis-cache", "host": "docker-host-02"}, "Container CPU 74.2")
det(GCPCE, None, "GCE instance CPU above its 24h norm (CPU, rule 2)",
    f"{P} GCP Compute Engine CPU % greater than historical norm", "CPU utilization is significantly greater than normal, and increasing", "Warning",
    "Alerts when CPU usage for this host for the last 10 minutes was significantly higher than normal, as compared to the last 24 hours",
    {"project_id": "shop-prod-318204", "instance_name": "etl-worker-3", "zone": "europe-west1-b"}, "instance/cpu/utilization 0.93")
# --- Host disk and memory
det(DISK, "disk_full", "disk utilisation between 80 and 90% (rule 2)",
    f"{P} Low Disk Space", "Disk space has filled upto greater than 80% but less than 90%", "Major",
    "Alerts when a partition is filling up or total disk space will fill up within 24hrs",
    {"host": "app-vm-12", "plugin_instance": "dev-nvme0n1p1", "mountpoint": "/var"}, "disk.utilization 84.3")
det(DISK, "disk_full", "disk utilisation at or above 90% (rule 2)",
    f"{P} Low Disk Space", "Disk space has filled upto or is greater than 90%", "Critical",
    "Alerts when a partition is filling up or total disk space will fill up within 24hrs",
    {"host": "db-vm-03", "plugin_instance": "dev-sdb1", "mountpoint": "/data"}, "disk.utilization 96.1")
det(DISK, "disk_full", "disk summary utilisation projected to reach 100% (rule 2, predicted)",
    f"{P} Low Disk Space", "Disk space utilization is projected to reach 100% within 24 hours", "Critical",
    "Alerts when a partition is filling up or total disk space will fill up within 24hrs",
    {"host": "log-vm-07"}, "disk.summary_utilization 78.0, 17.5 hours left")
det(MEM, "out_of_memory", "memory utilisation far above its norm and increasing (rule 2)",
    f"{P} Mem utilization % greater than historical norm", "Memory utilization is significantly greater than normal, and increasing", "Warning",
    "Alerts when Mem usage for this host for the last 30 minutes was significantly higher than normal, as compared to the last 24 hours",
    {"host": "cache-vm-05"}, "memory.utilization 92.8 (norm 61.0)")
det(MEM, "out_of_memory", "memory utilisation above the same window of the last 3 days (rule 2)",
    f"{P} Memory utilization % greater than 3.5 std dev compared to the same time window over the last 3 days",
    "Memory Utilization is greater than normal for the same time window compared to the last 3 days", "Warning",
    "Alerts when Memory usage for this host for the last 30 minutes was significantly higher than normal, as compared to the last 24 hours",
    {"host": "jvm-app-11"}, "memory.utilization 89.5")
# --- GCP Cloud Storage
det(GCPST, "high_error_rate", "4xx ratio of bucket requests (rule 4)",
    f"{P} GCP Cloud Storage Requests High Error Rate", "GCP Cloud Storage 10% of requests were 4xx for 5m", "Major",
    "Alerts when there is a high 4xx or 5xx error rate",
    {"bucket_name": "shop-prod-assets", "project_id": "shop-prod-318204"}, "17.9%")
det(GCPST, "high_error_rate", "5xx ratio of bucket requests (rule 4)",
    f"{P} GCP Cloud Storage Requests High Error Rate", "GCP Cloud Storage 10% of requests were 5xx for 5m", "Major",
    "Alerts when there is a high 4xx or 5xx error rate",
    {"bucket_name": "ml-training-data", "project_id": "ml-prod-552190"}, "11.3%")
# --- Snowflake
det(SFQ, "queue_backlog", "queries queued (overload/provisioning) longer than 5 minutes: time waiting in a queue (rule 4)",
    "Snowflake - Queued Queries longer than 5 minutes", "Snowflake - Queued Queries", "Critical",
    "Queries Queued longer than 5 Minutes",
    {"DATABASE_NAME": "ANALYTICS", "SCHEMA_NAME": "MARTS", "WAREHOUSE_SIZE": "X-Small", "USER_NAME": "DBT_PROD", "QUERY_TYPE": "SELECT"},
    "queued_repair_time: 0 queued_overload_time: 412870 queued_provisioning_time 0 (Milliseconds)")
det(SFO, "queue_backlog", "queries queued because the warehouse is overloaded, for 1h (rule 4)",
    "Snowflake - Overloaded Queries", "Snowflake - Overloaded Queries", "Critical",
    "Overloaded Queries in Snowflake",
    {"WAREHOUSE_NAME": "REPORTING_WH"}, "Queries Overloaded for Warehouse(REPORTING_WH) value: 37")
det(SFE, "high_error_rate", "count of failed queries (queries with an ERROR_MESSAGE) above 100 (rule 4; decision 2)",
    "Snowflake - Database Errors", "Snowflake Database Errors", "Warning",
    "Errors on Snowflake Databases",
    {"DATABASE_NAME": "RAW", "SCHEMA_NAME": "EVENTS", "USER_NAME": "FIVETRAN"}, "Database Errors Count: 264")
det(SFR, "high_error_rate", "error rate of queries per database above 15% (rule 4)",
    "Snowflake - Database Error Rate", "Snowflake - DB Error Rate", "Critical",
    "Snowflake Database Error rate exceeded threshold value",
    {"DATABASE_NAME": "FINANCE", "SCHEMA_NAME": "LEDGER", "USER_NAME": "LOOKER"}, "Database Error Rate for Database(FINANCE): 22.6 Errors/Minute")
det(SFL, "high_latency", "mean query elapsed time above 15 minutes (slow queries, rule 4)",
    "Snowflake - Long Queries over 15m", "Snowflake - Long Queries over 15m", "Major",
    "Alert on Snowflake queries longer than 15 minutes",
    {"DATABASE_NAME": "ANALYTICS", "SCHEMA_NAME": "STAGING", "WAREHOUSE_SIZE": "Small", "USER_NAME": "AIRFLOW", "QUERY_TYPE": "MERGE"},
    "snowflake.total_elapsed_time.avg 1284000 (Milliseconds)")
# --- MetricsHub hardware
det(HWP, None, "a device predicted to fail (not failed; not a signature)",
    "Hardware - Predicted failure", "Hardware - Predicted Failure", "Warning",
    "Predicted physical_disk failure\n\n**Disk 3 (PERC H740P)** is predicted to fail soon on **esx-node-07** in **dc-fra-2**.",
    {"hw.type": "physical_disk", "name": "Disk 3 (PERC H740P)", "host.name": "esx-node-07", "site": "dc-fra-2"}, "hw.status{state=predicted_failure} 1")
det(HWL, None, "network adapter link down (a link, rules 5, 9)",
    "Hardware - Networking link down", "Hardware - Networking link down", "Warning",
    "Link down\n\nInterface **NIC.Integrated.1-2** is disconnected on **esx-node-03** in **dc-fra-2**.\n\nConsequence\nThe network traffic (if any) that was processed by this adapter is no longer being handled, or is overloading another network adapter.",
    {"hw.type": "network", "name": "NIC.Integrated.1-2", "host.name": "esx-node-03", "site": "dc-fra-2"}, "hw.network.up 0")

family.write()
