#!/usr/bin/env python3
"""Builds tests/fixtures/corpus-blind/blind_public.jsonl: the second blind set.

Written before the classifier was tuned, from projects that are used nowhere else in the
corpus (netdata health alarms, CrunchyData pgmonitor rules, Strimzi example rules). Labels follow
tests/fixtures/corpus/POLICY.md; rules whose root cause the policy does not settle are left out
rather than guessed. Reads local git mirrors (see MIRRORS); the JSONL output is committed, so
tests never need the network.

Usage: scripts/corpus/build_blind.py > tests/fixtures/corpus-blind/blind_public.jsonl
"""
import json
import os
import re
import subprocess
import sys

import yaml

MIRRORS = os.environ.get("MIRRORS", "/work/.mirror")
NETDATA = ("netdata/netdata", "04b1cf54270c4e21c02e322e577e7e96d547c9ee")
PGMONITOR = ("CrunchyData/pgmonitor", "4936a6e6195d7208d38c50e62ff449265b0cf252")
STRIMZI = ("strimzi/strimzi-kafka-operator", "8541da1e336bdcda9647aeacfbc2048e57580a52")

N = None  # must stay unclassified
NETDATA_LABELS = {
    # azure_monitor_aks
    "am_aks_apiserver_cpu": N, "am_aks_apiserver_memory": "out_of_memory",
    "am_aks_apiserver_inflight_requests": N, "am_aks_etcd_cpu": N,
    "am_aks_etcd_memory": "out_of_memory", "am_aks_etcd_database": "disk_full",
    "am_aks_autoscaler_safe_to_autoscale": N, "am_aks_autoscaler_unschedulable_pods": N,
    "am_aks_node_cpu": N, "am_aks_node_memory_working_set": "out_of_memory",
    "am_aks_node_memory_rss": "out_of_memory", "am_aks_node_disk": "disk_full",
    # azure redis
    "am_redis_cache_server_load": N, "am_redis_cache_cpu": N,
    "am_redis_cache_memory_utilization": "out_of_memory", "am_redis_cache_miss_rate": N,
    "am_redis_cache_latency": "high_latency", "am_redis_cache_latency_p99": "high_latency",
    "am_redis_cache_geo_replication_health": N,
    "am_redis_cache_geo_replication_lag": "replication_lag",
    # azure service bus
    "am_service_bus_server_errors": "high_error_rate",
    "am_service_bus_throttled_requests": "rate_limited", "am_service_bus_namespace_cpu": N,
    "am_service_bus_namespace_memory": "out_of_memory",
    "am_service_bus_send_latency": "high_latency",
    "am_service_bus_active_messages": "queue_backlog",
    "am_service_bus_replication_lag": "replication_lag",
    "am_service_bus_replication_lag_duration": "replication_lag",
    # azure sql
    "am_sql_database_availability": "node_down", "am_sql_database_cpu": N,
    "am_sql_database_instance_cpu": N, "am_sql_database_instance_memory": "out_of_memory",
    "am_sql_database_dtu_consumption": N, "am_sql_database_data_io": N,
    "am_sql_database_log_write": N, "am_sql_database_sessions": "connection_pool_exhaustion",
    "am_sql_database_firewall_blocks": N, "am_sql_database_deadlocks": "deadlock",
    "am_sql_database_storage_utilization": "disk_full",
    "am_sql_database_replication_lag": "replication_lag", "am_sql_database_serverless_cpu": N,
    "am_sql_database_serverless_memory": "out_of_memory",
    "am_sql_database_ledger_digest_failures": N,
    "boinc_compute_errors": N, "boinc_upload_errors": N, "boinc_total_tasks": N,
    "boinc_active_tasks": N,
    "btrfs_allocated": "disk_full", "btrfs_data": "disk_full", "btrfs_metadata": "disk_full",
    "btrfs_system": "disk_full", "btrfs_device_read_errors": N,
    "btrfs_device_write_errors": N, "btrfs_device_flush_errors": N,
    "btrfs_device_corruption_errors": N, "btrfs_device_generation_errors": N,
    "ceph_component_collection_failed": N,
    "ceph_cluster_physical_capacity_utilization": "disk_full",
    "cgroup_10min_cpu_usage": N, "cgroup_ram_in_use": "out_of_memory",
    "k8s_cgroup_10min_cpu_usage": N, "k8s_cgroup_ram_in_use": "out_of_memory",
    "clickhouse_restarted": N, "clickhouse_queries_preempted": N,
    "clickhouse_rejected_inserts": N, "clickhouse_replication_lag": "replication_lag",
    "clickhouse_replicated_readonly_tables": N, "clickhouse_max_part_count_for_partition": N,
    "clickhouse_distributed_connections_failures": N,
    "clickhouse_distributed_files_to_insert": "queue_backlog",
    "aws_cloudwatch_ec2_status_check_failed": "node_down",
    "aws_cloudwatch_alb_target_group_unhealthy_hosts": "node_down",
    "aws_cloudwatch_nlb_target_group_unhealthy_hosts": "node_down",
    "aws_cloudwatch_nat_gateway_port_allocation_errors": N,
    "aws_cloudwatch_efs_io_limit_reached": N, "aws_cloudwatch_efs_burst_credits_exhausted": N,
    "aws_cloudwatch_ecs_cpu_utilization": N,
    "aws_cloudwatch_ecs_memory_utilization": "out_of_memory",
    "aws_cloudwatch_ecs_ebs_filesystem_utilization": "disk_full",
    "aws_cloudwatch_opensearch_cluster_status_red": N,
    "aws_cloudwatch_opensearch_cluster_status_yellow": N,
    "aws_cloudwatch_opensearch_jvm_memory_pressure": "out_of_memory",
    "aws_cloudwatch_opensearch_cpu_utilization": N,
    "aws_cloudwatch_opensearch_automated_snapshot_failure": N,
    "aws_cloudwatch_opensearch_old_gen_jvm_memory_pressure": "out_of_memory",
    "aws_cloudwatch_elasticache_engine_cpu_utilization": N,
    "aws_cloudwatch_msk_active_controller_missing": N,
    "aws_cloudwatch_msk_multiple_active_controllers": N,
    "aws_cloudwatch_msk_offline_partitions": N, "aws_cloudwatch_msk_cpu_utilization": N,
    "aws_cloudwatch_msk_data_logs_disk_used": "disk_full",
    "aws_cloudwatch_msk_heap_memory_after_gc": "out_of_memory",
    "aws_cloudwatch_msk_under_replicated_partitions": N,
    "aws_cloudwatch_msk_under_min_isr_partitions": N,
    "aws_cloudwatch_rds_replica_lag": "replication_lag",
    "aws_cloudwatch_rds_maximum_used_transaction_ids": N,
    "aws_cloudwatch_rds_ebs_byte_balance": N, "aws_cloudwatch_rds_ebs_io_balance": N,
    "aws_cloudwatch_vpn_tunnel_down": N,
    "aws_cloudwatch_sns_invalid_notification_body": N,
    "cockroachdb_used_storage_capacity": "disk_full",
    "cockroachdb_used_usable_storage_capacity": "disk_full",
    "cockroachdb_unavailable_ranges": N, "cockroachdb_underreplicated_ranges": N,
    "cockroachdb_open_file_descriptors_limit": "fd_exhaustion",
    "consul_license_expiration_time": N, "consul_autopilot_health_status": N,
    "consul_raft_leader_last_contact_time": N, "consul_raft_leadership_transitions": N,
    "consul_raft_thread_main_saturation": N, "consul_raft_thread_fsm_saturation": N,
    "consul_client_rpc_requests_exceeded": "rate_limited", "consul_gc_pause_time": N,
    "disk_space_usage": "disk_full", "disk_inode_usage": "disk_full",
    "out_of_disk_space_time": "disk_full", "out_of_disk_inodes_time": "disk_full",
    "10min_disk_utilization": N, "10min_disk_backlog": N,
    "dns_query_query_status": "dns_failure",
    "docker_container_unhealthy": N, "docker_container_down": "node_down",
    "elasticsearch_cluster_health_status_red": N,
    "elasticsearch_cluster_health_status_yellow": N,
    "elasticsearch_node_index_health_red": N,
    "elasticsearch_node_indices_search_time_query": "high_latency",
    "elasticsearch_node_indices_search_time_fetch": "high_latency",
    "system_file_descriptors_utilization": "fd_exhaustion",
    "apps_group_file_descriptors_utilization": "fd_exhaustion",
    "haproxy_backend_server_status": "node_down", "haproxy_backend_status": "node_down",
    "hdfs_capacity_usage": "disk_full", "hdfs_missing_blocks": N, "hdfs_stale_nodes": N,
    "hdfs_dead_nodes": "node_down", "hdfs_num_failed_volumes": N,
    "httpcheck_web_service_bad_content": N, "httpcheck_web_service_bad_header": N,
    "k8s_apiserver_5xx_errors": "high_error_rate", "k8s_apiserver_4xx_errors": "high_error_rate",
    "k8s_apiserver_latency_high": "high_latency", "k8s_apiserver_inflight_mutating": N,
    "k8s_apiserver_inflight_readonly": N, "k8s_apiserver_workqueue_depth": "queue_backlog",
    "k8s_apiserver_goroutines": N, "k8s_apiserver_open_fds_utilization": "fd_exhaustion",
    "k8s_state_deployment_condition_available": N,
    "k8s_state_cronjob_last_execution_failed": N,
    "kubelet_node_config_error": N, "kubelet_token_requests": N,
    "kubelet_operations_error": N,
    "load_average_15": N, "load_average_5": N, "load_average_1": N,
    "memcached_cache_memory_usage": "out_of_memory",
    "1hour_memory_hw_corrupted": N, "ecc_memory_mc_correctable": N,
    "ecc_memory_mc_uncorrectable": N, "ecc_memory_dimm_correctable": N,
    "ecc_memory_dimm_uncorrectable": N,
    "mssql_sql_agent_job_last_execution_warning": N,
    "mssql_sql_agent_job_last_execution_failed": N,
    "mysql_10s_slow_queries": "high_latency",
    "mysql_connections": "connection_pool_exhaustion", "mysql_replication": N,
    "mysql_replication_lag": "replication_lag", "mysql_galera_cluster_size": N,
    "mysql_galera_cluster_state_warn": N, "mysql_galera_cluster_state_crit": N,
    "mysql_galera_cluster_status": N,
    "ping_host_reachable": "node_down", "ping_packet_loss": N,
    "postgres_total_connection_utilization": "connection_pool_exhaustion",
    "postgres_acquired_locks_utilization": N, "postgres_txid_exhaustion_perc": N,
    "postgres_db_cache_io_ratio": N, "postgres_db_transactions_rollback_ratio": N,
    "postgres_db_deadlocks_rate": "deadlock", "postgres_table_cache_io_ratio": N,
    "postgres_table_bloat_size_perc": N, "postgres_table_last_autovacuum_time": N,
    "postgres_index_bloat_size_perc": N,
    "active_processes": N,
    "proxysql_hostgroup_no_online_backends": "node_down",
    "rabbitmq_node_avail_status_down": "node_down",
    "rabbitmq_node_network_partition_status": N,
    "rabbitmq_node_mem_alarm_status_triggered": "out_of_memory",
    "rabbitmq.node_disk_free_alarm_status_triggered": "disk_full",
    "rabbitmq_vhost_status_unhealthy": N, "rabbitmq_queue_status_minority": N,
    "rabbitmq_queue_status_unhealthy": N,
    "ram_in_use": "out_of_memory", "ram_available": "out_of_memory",
    "oom_kill": "out_of_memory",
    "system_post_update_reboot_status": N, "system_reboot_detection": N,
    "redis_connections_rejected": "connection_pool_exhaustion", "redis_bgsave_broken": N,
    "redis_bgsave_slow": N, "redis_master_link_down": N,
    "snmp_bgp_peer_down": N, "snmp_bgp_peer_family_down": N,
    "snmp_bgp_peer_transitions_anomaly": N, "snmp_bgp_peer_updates_anomaly": N,
    "30min_ram_swapped_out": "out_of_memory",
    "systemd_service_unit_failed_state": N, "systemd_socket_unit_failed_state": N,
    "systemd_mount_unit_failed_state": N, "systemd_timer_unit_failed_state": N,
    "vernemq_socket_errors": N, "vernemq_netsplits": N, "vernemq_mqtt_subscribe_error": N,
    "vernemq_mqtt_publish_errors": N, "vernemq_average_scheduler_utilization": N,
    "web_log_1m_unmatched": N, "web_log_1m_redirects": N,
    "web_log_1m_bad_requests": "high_error_rate",
    "web_log_1m_internal_errors": "high_error_rate", "web_log_web_slow": "high_latency",
    "whoisquery_days_until_expiration": N,
    "x509check_days_until_expiration": "certificate_expiry", "x509check_revocation_status": N,
    "zfs_memory_throttle": N, "zfs_pool_state_warn": N, "zfs_pool_state_crit": N,
    "zfs_pool_space_utilization": "disk_full", "zfs_vdev_health_state": N,
}

# Realistic values for the ${label:...} placeholders of netdata summaries and infos.
LABEL_VALUES = {
    "mount_point": "/var/lib/postgresql", "device": "nvme0n1", "resource_name": "prod-weu-01",
    "resource_group": "rg-platform", "region": "westeurope", "cgroup_name": "payments-api",
    "k8s_container_name": "worker", "k8s_pod_name": "worker-7c9f6d5b8-q2lxm",
    "k8s_namespace": "jobs", "k8s_deployment_name": "checkout", "k8s_cronjob_name": "nightly-export",
    "cluster_name": "orders", "node_name": "es-data-3", "index": "logs-2026.11", "node": "rabbit@mq-1",
    "cluster_id": "mq-prod", "vhost": "/", "queue": "invoices", "host": "10.20.0.7", "port": "5432",
    "url": "https://shop.example.com/health", "server": "10.96.0.10", "record_type": "A",
    "instance_id": "i-0a1b2c3d4e5f", "load_balancer": "app/shop-alb/50dc6c495c0c9188",
    "target_group": "tg-checkout", "volume_id": "vol-0123456789", "domain_name": "search-prod",
    "cache_cluster_id": "sessions-001", "cache_node_id": "0001", "broker_id": "2",
    "db_instance_identifier": "orders-replica-1", "vpn_id": "vpn-0abc", "topic_name": "billing",
    "service_name": "checkout", "file_system_id": "fs-12345678", "nat_gateway_id": "nat-0abc",
    "datacenter": "dc1", "check_name": "service:web", "fsid": "4d9a-77e1", "component": "osd",
    "table": "orders", "database": "shop", "pool": "tank", "vdev": "sdb", "controller": "mc0",
    "dimm": "DIMM_A1", "dimm_location": "slot A1", "job_name": "backup", "hostgroup": "10",
    "neighbor": "192.0.2.1", "remote_as": "64512", "address_family": "ipv4",
    "subsequent_address_family": "unicast", "unit_name": "nginx.service", "app_group": "java",
    "source": "https://api.example.com:443", "common_name": "api.example.com",
    "domain": "example.com", "mqtt_version": "5",
}


def fill(text):
    text = re.sub(r"\$\{label:([a-z_]+)\}", lambda m: LABEL_VALUES.get(m.group(1), m.group(1)), text)
    return re.sub(r"\s+", " ", text).strip()


def git_show(repo, commit, path):
    d = os.path.join(MIRRORS, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "-C", d, "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def git_ls(repo, commit):
    d = os.path.join(MIRRORS, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "-C", d, "ls-tree", "-r", "--name-only", commit], check=True,
                          capture_output=True, text=True).stdout.split()


def item(labels, annotations, expected, project, repo, path, commit, name):
    return {"labels": labels, "annotations": annotations, "expected": expected,
            "source": f"{repo} {path} {name}", "project": project,
            "provenance": {"repo": repo, "path": path, "commit": commit}}


def netdata():
    repo, commit = NETDATA
    out, seen = [], set()
    for path in sorted(p for p in git_ls(repo, commit) if re.search(r"health/health\.d/.*\.conf$", p)):
        text = re.sub(r"\\\n\s*", " ", git_show(repo, commit, path))
        block = None
        blocks = []
        for line in text.split("\n"):
            m = re.match(r"^\s*([a-z ]+):\s*(.*)$", line)
            if not m or line.strip().startswith("#"):
                continue
            k, v = m.group(1).strip(), m.group(2).strip()
            if k in ("alarm", "template"):
                block = {"name": v}
                blocks.append(block)
            elif block is not None:
                block[k] = v
        for b in blocks:
            name = b["name"]
            if name not in NETDATA_LABELS or name in seen or not ("warn" in b or "crit" in b):
                continue
            seen.add(name)
            labels = {"alertname": name, "chart": b.get("on", ""), "host": "ip-10-20-0-7",
                      "severity": "critical" if "crit" in b else "warning"}
            if b.get("component"):
                labels["component"] = b["component"]
            if b.get("class"):
                labels["class"] = b["class"]
            annotations = {}
            if b.get("summary"):
                annotations["summary"] = fill(b["summary"])
            if b.get("info"):
                units = b.get("units", "")
                annotations["info"] = fill(b["info"]) + (f" (value 93.4 {units})" if units else "")
            out.append(item(labels, annotations, NETDATA_LABELS[name], "netdata", repo, path,
                            commit, name))
    return out


PGMONITOR_LABELS = {
    "BlackBoxProbe": "node_down", "ETCDAbsent": N, "ETCDOddCount": N, "ETCDLeader": N,
    "PatroniPGIsRunning": "node_down", "PatroniPendingRestart": N, "PatroniIsPaused": N,
    "PatroniDCSLastSeen": N, "PatroniRapidTimelineSwitch": N, "PatroniTimelineSwitch": N,
    "PatroniNoLeader": N, "SQLExporterScrapeError": N, "PGMonitorMatViewRefreshTime": N,
    "PGMonitorTableRefreshTime": N, "PGMonitorMatViewRefreshFail": N,
    "PGMonitorTableRefreshFail": N, "PGIsUp": "node_down", "PGNoPrimary": N,
    "PGRecoveryStatusSwitch": N, "PGDataChecksum": N, "PGIdleTxn": N, "PGQueryTime": N,
    "PGConnPerc": "connection_pool_exhaustion", "PGDBSize": N,
    "PGReplicationByteLag": "replication_lag", "PGReplicationSlotsInactive": N,
    "PGXIDWraparound": N, "PGEmergencyVacuum": N, "PGArchiveCommandStatus": N,
    "PGSequenceExhaustion": N, "PGSettingsPendingRestart": N, "PGExporterScrapeError": N,
    "ExporterDown": "node_down", "DiskFillPredict": "disk_full", "PGClusterRoleChange": N,
    "PGDiskSize": "disk_full", "NodeExporterScrapeError": N, "DiskUsagePerc": "disk_full",
    "SystemLoad5m": N, "MemoryAvailable": "out_of_memory", "OOMKiller": "out_of_memory",
}

TEMPLATE_VALUES = {
    "job": "pg-billing", "instance": "10.30.1.12:9187", "cluster": "billing",
    "cluster_name": "billing", "pg_cluster": "billing", "kubernetes_pod_name": "billing-instance1-6xqv-0",
    "deployment": "billing-instance1-6xqv", "dbname": "billing", "datname": "billing",
    "mount_point": "/pgdata", "topic": "orders", "partition": "3", "consumergroup": "invoicer",
    "persistentvolumeclaim": "data-my-cluster-kafka-1", "clientId": "bridge-client-1",
    "path": "/topics/orders", "type": "cluster-ca", "resource_namespace": "kafka",
}


def render_template(text, value):
    text = re.sub(r"\{\{\s*\$labels\.([A-Za-z_]+)\s*\}\}", lambda m: TEMPLATE_VALUES.get(m.group(1), m.group(1)), text)
    text = re.sub(r"\{\{\s*\$value[^}]*\}\}", value, text)
    return re.sub(r"\s+", " ", text).strip()


def prom_rules(repo, commit, path, labels_by_name, project, extra_labels, value="87.5"):
    out, seen = [], set()
    groups = []
    for doc in yaml.safe_load_all(git_show(repo, commit, path)):
        groups += doc["spec"]["groups"] if "spec" in doc else doc["groups"]
    for g in groups:
        for r in g.get("rules", []):
            name = r.get("alert")
            if name not in labels_by_name:
                continue
            ann = {k: render_template(str(v), value) for k, v in (r.get("annotations") or {}).items()}
            key = (name, json.dumps(ann, sort_keys=True))
            if key in seen:
                continue
            seen.add(key)
            labels = {"alertname": name, **extra_labels}
            labels.update({k: str(v) for k, v in (r.get("labels") or {}).items()})
            out.append(item(labels, ann, labels_by_name[name], project, repo, path, commit, name))
    return out


STRIMZI_LABELS = {
    "KafkaRunningOutOfSpace": "disk_full", "UnderReplicatedPartitions": N,
    "AbnormalControllerState": N, "OfflinePartitions": N, "UnderMinIsrPartitionCount": N,
    "OfflineLogDirectoryCount": N, "ScrapeProblem": "node_down",
    "ClusterOperatorContainerDown": "node_down", "KafkaBrokerContainersDown": "node_down",
    "KafkaContainerRestartedInTheLast5Minutes": "crash_loop",
    "AvgRequestLatency": "high_latency", "OutstandingRequests": "queue_backlog",
    "ZookeeperRunningOutOfSpace": "disk_full",
    "ZookeeperContainerRestartedInTheLast5Minutes": "crash_loop",
    "ZookeeperContainersDown": "node_down", "TopicOperatorContainerDown": "node_down",
    "UserOperatorContainerDown": "node_down", "ConnectContainersDown": "node_down",
    "ConnectFailedConnector": N, "ConnectFailedTask": N, "BridgeContainersDown": "node_down",
    "AvgProducerLatency": "high_latency", "AvgConsumerFetchLatency": "high_latency",
    "AvgConsumerCommitLatency": "high_latency", "Http4xxErrorRate": "high_error_rate",
    "Http5xxErrorRate": "high_error_rate", "MirrorMakerContainerDown": "node_down",
    "UnderReplicatedPartition": N, "TooLargeConsumerGroupLag": "queue_backlog",
    "NoMessageForTooLong": N, "CertificateExpiration": "certificate_expiry",
}
# Strimzi custom-resource readiness rules (kube-state-metrics custom resource state): a
# resource that is not ready or carries warnings names no root cause.
for kind in ("KafkaTopic", "KafkaUser", "Kafka", "KafkaNodePool", "KafkaRebalance", "KafkaConnect",
             "KafkaConnector", "KafkaMirrorMaker2", "KafkaAccess"):
    for suffix in ("NotReady", "Warnings", "Deprecated"):
        STRIMZI_LABELS[kind + suffix] = N


def main():
    items = netdata()
    repo, commit = PGMONITOR
    for path in git_ls(repo, commit):
        if "alert-rules.d/" in path:
            items += prom_rules(repo, commit, path, PGMONITOR_LABELS, "pgmonitor",
                                {"job": "pg-billing", "instance": "10.30.1.12:9187"})
    repo, commit = STRIMZI
    for path in git_ls(repo, commit):
        if path.startswith("examples/metrics/") and "prometheus-rules" in path:
            items += prom_rules(repo, commit, path, STRIMZI_LABELS, "strimzi",
                                {"namespace": "kafka", "pod": "my-cluster-kafka-1",
                                 "strimzi_io_cluster": "my-cluster"}, value="1234")
    for i in items:
        print(json.dumps(i, ensure_ascii=False))
    print(f"{len(items)} items", file=sys.stderr)


if __name__ == "__main__":
    main()
