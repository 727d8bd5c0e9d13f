"""Sumo Logic monitors (logs and metrics) from SumoLogic/sumologic-solution-templates
application-components/*_monitors.tf, rendered as a Sumo Logic webhook connection payload."""
import re
import subprocess

from blind4_common import item

REPO = "SumoLogic/sumologic-solution-templates"
COMMIT = "7f4033b5e228241a61caefab4548593fbff93015"
GIT = "/work/.mirror/SumoLogic+sumologic-solution-templates/repo"

# module name -> (expected, db_cluster, host)
CHOSEN = {
    "cassandra": [("Cassandra-NodeDown", "node_down"), ("Cassandra-HighCommitlogPendingTasks", "queue_backlog"),
                  ("Cassandra-CompactionTaskPending", "queue_backlog")],
    "couchbase": [("Couchbase-HighMemoryUsage", "out_of_memory"), ("Couchbase-NodeDown", "node_down"),
                  ("Couchbase-NodeNotRespond", "node_down")],
    "elasticsearch": [("Elasticsearch-QueryTimeTooSlow", "high_latency"), ("Elasticsearch-HeapUsageTooHigh", "out_of_memory"),
                      ("Elasticsearch-PendingTasks", "queue_backlog"), ("Elasticsearch-TooManySlowQuery", "high_latency"),
                      ("Elasticsearch-HealthyDataNodes", "node_down"), ("Elasticsearch-DiskOutofSpace", "disk_full"),
                      ("Elasticsearch-DiskSpaceLow", "disk_full"), ("Elasticsearch-ClusterYellow", None)],
    "mariadb": [("MariaDB-Largenumberofslowqueries", "high_latency"), ("MariaDB-Followerreplicationlagdetected", "replication_lag"),
                ("MariaDB-Largenumberofstatementerrors", "high_error_rate"), ("MariaDB-Instancedown", "node_down"),
                ("MariaDB-Connectionrefused", "connection_pool_exhaustion"), ("MariaDB-NoindexusedintheSQLstatements", None)],
    "memcached": [("Memcached-HighMemoryUsage", "out_of_memory"), ("Memcached-Uptime", None)],
    "mongodb": [("MongoDB-InstanceDown", "node_down"), ("MongoDB-ReplicationLag", "replication_lag"),
                ("MongoDB-SlowQueries", "high_latency"), ("MongoDB-ReplicationHeartbeatError", None),
                ("MongoDB-ShardingBalancerFailure", None)],
    "mysql": [("MySQL-Connectionrefused", "connection_pool_exhaustion"), ("MySQL-ExcessiveSlowQueryDetected", "high_latency"),
              ("MySQL-Followerreplicationlagdetected", "replication_lag"), ("MySQL-Highaveragequeryruntime", "high_latency"),
              ("MySQL-Instancedown", "node_down"), ("MySQL-Largenumberofstatementerrors", "high_error_rate")],
    "oracle": [("Oracle-Deadlock", "deadlock"), ("Oracle-TablespacesSpaceLow", "disk_full"),
               ("Oracle-SessionCritical", "connection_pool_exhaustion"), ("Oracle-SessionWarning", "connection_pool_exhaustion"),
               ("Oracle-TablespacesOutofSpace", "disk_full"), ("Oracle-UnableToExtendTablespace", "disk_full"),
               ("Oracle-DatabaseDown", "node_down"), ("Oracle-UserLimitCritical", "connection_pool_exhaustion"),
               ("Oracle-BlockCorruption", None)],
    "postgresql": [("Postgresql-SlowQueries", "high_latency"), ("Postgresql-InstanceDown", "node_down"),
                   ("Postgresql-HighRateDeadlock", "deadlock"), ("Postgresql-HighReplicationLag", "replication_lag"),
                   ("Postgresql-SSLCompressionActive", None)],
    "redis": [("Redis-OutOfMemory", "out_of_memory"), ("Redis-Instancedown", "node_down"),
              ("Redis-RejectedConnections", "connection_pool_exhaustion"), ("Redis-ReplicaLag", "replication_lag"),
              ("Redis-ReplicationBroken", None), ("Redis-MissingMaster", None)],
    "sqlserver": [("SQLServer-DiskUsage", "disk_full"), ("SQLServer-InsufficientSpace", "disk_full"),
                  ("SQLServer-Deadlock", "deadlock"), ("SQLServer-InstanceDown", "node_down"),
                  ("SQLServer-MirroringError", None)],
}

CLUSTERS = {"cassandra": ("cass-prod-eu", "cass-node-03"), "couchbase": ("cb-sessions", "cb-node-2"),
            "elasticsearch": ("es-logs-prod", "es-data-05"), "mariadb": ("mariadb-crm", "mdb-crm-02"),
            "memcached": ("memcache-web", "mc-web-04"), "mongodb": ("mongo-orders", "mongo-orders-rs0-2"),
            "mysql": ("mysql-shop", "mysql-shop-replica-1"), "oracle": ("ora-erp", "oraerp01"),
            "postgresql": ("pg-billing", "pg-billing-standby-1"), "redis": ("redis-cache", "redis-cache-7"),
            "sqlserver": ("mssql-hr", "SQLHR01")}


def parse(component):
    t = subprocess.check_output(["git", "-C", GIT, "show", f"{COMMIT}:application-components/{component}_monitors.tf"]).decode()
    mods = {}
    for m in re.finditer(r'module "([^"]+)" \{(.*?)\n\}', t, re.S):
        b = m.group(2)
        get = lambda k: (re.search(k + r'\s*=\s*"((?:[^"\\]|\\.)*)"', b) or [None, ""])[1]
        q = re.search(r'A = "(.*?)"\n', b, re.S)
        trig = None
        for blk in re.findall(r"\{([^{}]*)\}", b):
            if re.search(r'trigger_type\s*=\s*"Critical"', blk):
                tr = re.search(r'time_range\s*=\s*"([^"]+)"', blk)
                th = re.search(r'threshold\s*=\s*([0-9.]+)', blk)
                tt = re.search(r'threshold_type\s*=\s*"(\w+)"', blk)
                if tr and th and tt:
                    trig = (tr.group(1), th.group(1), tt.group(1))
                break
        mods[m.group(1)] = {"name": get("monitor_name"), "description": get("monitor_description"),
                            "type": get("monitor_monitor_type"), "query": q.group(1) if q else "", "trigger": trig}
    return mods


def clean_query(q, component):
    q = q.replace("\\n", " ").replace('\\"', '"')
    q = re.sub(r"\$\{var\.\w+_data_source\}", f"_sourceCategory=prod/db/{component}", q)
    q = " ".join(q.split())
    return q if len(q) <= 400 else q[:400] + " ..."


def build():
    out = []
    for comp, chosen in CHOSEN.items():
        mods = parse(comp)
        cluster, host = CLUSTERS[comp]
        for key, expected in chosen:
            m = mods[key]
            trig = m["trigger"]
            trigger = f"Critical: {trig[2]} {trig[1]} within {trig[0]}" if trig else "Critical"
            labels = {"alertname": m["name"], "source": "sumologic", "monitor_type": m["type"],
                      "trigger_type": "Critical", "db_system": comp, "db_cluster": cluster, "host": host}
            annotations = {"description": m["description"].replace('\\"', '"'), "query": clean_query(m["query"], comp),
                           "trigger_condition": trigger}
            path = f"application-components/{comp}_monitors.tf"
            out.append(item(labels, annotations, expected, f"{REPO} {path} [{key}]", f"sumologic/{comp}", REPO, path, COMMIT))
    return out


ITEMS = build()
