"""rulesets28b.jsonl: whole alerting-rule files of public projects no corpus used before (session 28,
second helper).

Each rule file is read from its snapshot (git object at the cited commit) under $CORPUS3_MIRROR
(default /work/.mirror) and every alerting rule is taken, one item per alertname (the first rule
of that name in the file). Labels are decided by hand under tests/fixtures/corpus/POLICY.md from
each rule's expression and wording, before any classifier ran, in the tables below; a rule mapped
to OUT is left out under POLICY rule 6 (reason given, and listed in SOURCES.md). The builder
refuses a rule file holding an alertname that has no decision here.

Rendering: BOSH job templates (`<%= p('x') %>`) are filled with the defaults of the job's `spec`;
Helm/operator templates are filled with the chart's default values (see each project). The alert's
labels are the rule's own labels + alertname + the series labels the expression keeps (for an
aggregation `by (...)`, those labels only; otherwise the file's made-up series), with any label the
templates name added from the same made-up values. `{{ $labels.x }}` is filled with that value
(also when the source escapes it as ``{{`{{ $labels.x }}`}}``), `{{ $value }}` (bare, piped or
printf'd) with the number given per rule. Everything else keeps the source's wording.
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import probe_item, provenance  # noqa: E402
from rule_templates import OUT, RuleFiles, helm_text, render, show, template_labels  # noqa: E402

FILES = RuleFiles()
take = FILES.take


def bosh_text(repo, commit, path):
    """A BOSH job's rule template with `<%= p('x') %>` filled from the job's spec defaults."""
    job_dir = path.split("/templates/")[0]
    spec = yaml.safe_load(show(repo, commit, job_dir + "/spec"))
    props = spec.get("properties") or {}

    def p(m):
        return str(props[m.group(1)]["default"])
    def if_p(m):
        # `<% if_p("x") do |v| %> ... <%= v %> ... <% end %>`: the block with v = x's default; a
        # property without a default (a rule deployed only when set) keeps the rule, its lines
        # naming v dropped (they only set `for:`).
        prop = props.get(m.group(1)) or {}
        if "default" not in prop:
            return "".join(line for line in m.group(3).splitlines(True) if f"<%= {m.group(2)} %>" not in line)
        return m.group(3).replace(f"<%= {m.group(2)} %>", str(prop["default"]))
    text = show(repo, commit, path)
    text = re.sub(r"[ \t]*<% if_p\([\"']([^\"']+)[\"']\) do \|(\w+)\| %>\n(.*?)[ \t]*<% end %>\n", if_p, text, flags=re.S)
    text = re.sub(r"<%=\s*p\(['\"]([^'\"]+)['\"]\)\s*%>", p, text)
    assert "<%" not in text, path
    return text


# ---------------------------------------------------------------------------------------------
# bosh-prometheus/prometheus-boshrelease: jobs/*_alerts/templates/*.alerts.yml (the BOSH release's
# own rule files; thresholds and `for` from each job's spec defaults)
BOSH = "bosh-prometheus/prometheus-boshrelease"
BOSH_COMMIT = "4719e952b4edf2ecc00e4cd1413a662329a8fa63"


def bosh(path, labels, base, extra=None):
    take(BOSH, path, BOSH_COMMIT, labels, base, extra, text=bosh_text(BOSH, BOSH_COMMIT, path))


bosh("jobs/rabbitmq_alerts/templates/rabbitmq.alerts.yml", {
    "RabbitMQServerDown": ("node_down", 0),
    "RabbitMqClusterNotAllNodesRunning": ("node_down", 2),
    "RabbitMqDiskSpaceAlarm": ("disk_full", 1),
    "RabbitMqMemoryAlarm": ("out_of_memory", 1),
    "RabbitMqMemoryUsageHigh": ("out_of_memory", 0.93),
    "RabbitMqFileDescriptorsLow": ("fd_exhaustion", 0.94),
    "RabbitMqDiskSpaceLow": ("disk_full", 48213504),
}, {"instance": "10.244.8.12:9419", "job": "rabbitmq", "node": "rabbit@rmq-server-1"})
bosh("jobs/redis_alerts/templates/redis.alerts.yml", {
    "RedisNoClientsConnected": (None, 0),
    "RedisRejectedConnections": ("connection_pool_exhaustion", 37),
    "RedisHighMemoryFragmentation": (OUT, "fragmentation ratio of allocated memory: neither utilisation nor pressure against a limit; POLICY does not settle it"),
    "RedisHighAOFRewriteTime": (None, "3m12s"),
    "RedisHighRDBBgSaveTime": (None, "2m47s"),
}, {"addr": "redis://10.244.9.4:6379", "instance": "10.244.9.4:9121", "job": "redis"})

bosh("jobs/mysql_alerts/templates/galera.alerts.yml", {
    "MySQLGaleraClusterSize": (OUT, "cluster size below a threshold: members may have failed or been removed on purpose; POLICY does not settle it"),
    "MySQLGaleraClusterEvenNodes": (None, 4),
    "MySQLGaleraNotOperational": (None, 0),
    "MySQLGaleraNotReady": (OUT, "a node not ready to accept queries (wsrep_ready OFF): neither down nor a settled look-alike"),
    "MySQLGaleraNotConnected": (OUT, "a node not connected to its cluster (partition or start-up): which member is down is not settled"),
    "MySQLGaleraOutOfSync": (OUT, "a node out of sync (joining, donor or desynced): lag or broken replication, not settled"),
    "MySQLGaleraDonorFallingBehind": ("replication_lag", 142),
    "MySQLGaleraFlowControlPaused": (OUT, "replication paused by flow control: throttling of writes, neither lag measured nor a settled look-alike"),
    "MySQLGaleraFlowControlPauseTooHigh": (OUT, "fraction of time paused by flow control: as above"),
    "MySQLGaleraSendQueueLengthTooHigh": ("replication_lag", 0.41),
    "MySQLGaleraRecvQueueLengthTooHigh": ("replication_lag", 0.73),
}, {"instance": "10.244.7.21:9104", "job": "mysqld", "bosh_deployment": "pxc"})
bosh("jobs/mysql_alerts/templates/performance.alerts.yml", {
    "MySQLInnoDBLogWaits": (None, 12.6),
}, {"instance": "10.244.7.21:9104", "job": "mysqld"})
bosh("jobs/mysql_alerts/templates/prometheus_mysqld_exporter.alerts.yml", {
    "MySQLdExporterScrapeError": (None, 1),
}, {"instance": "10.244.7.21:9104", "job": "mysqld"})
bosh("jobs/redis_alerts/templates/prometheus_redis_exporter.alerts.yml", {
    "RedisExporterScrapeError": (None, 1),
}, {"instance": "10.244.9.4:9121", "job": "redis"})
bosh("jobs/postgres_alerts/templates/prometheus_postgres_exporter.alerts.yml", {
    "PostgresExporterScrapeError": (None, 1),
}, {"instance": "10.244.6.30:9187", "job": "postgres"})
bosh("jobs/elasticsearch_alerts/templates/cluster.alerts.yml", {
    "ElasticUp": ("node_down", 0),
    "ElasticClusterRed": (None, 1),
    "ElasticClusterYellow": (None, 1),
    "ElasticHeapUsage": ("out_of_memory", 0.91),
}, {"instance": "10.244.5.11:9114", "job": "elasticsearch", "cluster": "logsearch", "name": "elasticsearch_data/2"})
bosh("jobs/haproxy_alerts/templates/haproxy.alerts.yml", {
    "HAProxyDown": ("node_down", 0),
}, {"instance": "10.244.0.34:9101", "job": "haproxy"})
bosh("jobs/consul_alerts/templates/consul.alerts.yml", {
    "ConsulDown": ("node_down", 0),
    "ConsulNodeHealthCheckFailing": (OUT, "a Consul node's health check failing: an application's unhealthy status is not settled (POLICY rule 9)"),
    "ConsulMoreThanOneLeader": (None, 2),
}, {"instance": "10.244.1.5:9107", "job": "consul", "node": "consul-server-1", "check": "serfHealth"})
bosh("jobs/vault_alerts/templates/vault.alerts.yml", {
    "VaultUp": ("node_down", 0),
    "VaultUninitialized": (None, 0),
    "VaultSealed": (None, 1),
    "VaultStandby": (None, 2),
}, {"instance": "10.244.2.8:9410", "job": "vault"})
bosh("jobs/probe_alerts/templates/probe.alerts.yml", {
    "ProbeUnsuccessful": ("node_down", 0),
    "ProbeHighDuration": ("high_latency", 2.84),
}, {"instance": "https://api.sys.example-cf.net/v2/info", "job": "blackbox"})
bosh("jobs/probe_alerts/templates/ssl.alerts.yml", {
    "ProbeSSLCertExpiryWarning": ("certificate_expiry", "24d 6h 11m 40s"),
    "ProbeSSLCertExpiryCritical": ("certificate_expiry", "5d 2h 48m 9s"),
}, {"instance": "https://login.sys.example-cf.net", "job": "blackbox"})
bosh("jobs/kubernetes_alerts/templates/nodes.alerts.yml", {
    "KubernetesNodeMemoryRequests": (None, 0.92),
    "KubernetesNodeCPURequests": (None, 0.95),
}, {"node": "worker-7a3c.k8s.internal", "instance": "10.244.3.9:8080", "job": "kube-state-metrics"})
bosh("jobs/kubernetes_alerts/templates/pods.alerts.yml", {
    "KubernetesPodNotRunning": (OUT, "a pod Pending, Failed or Unknown: unscheduled, failed once or unreachable; the cause is not settled"),
}, {"namespace": "payments", "pod": "ledger-api-5f7d9c8b6-x2lqp", "phase": "Pending", "instance": "10.244.3.9:8080",
    "job": "kube-state-metrics"})
bosh("jobs/concourse_alerts/templates/concourse.alerts.yml", {
    "ConcourseHighWorkerContainers": (None, 231),
}, {"bosh_deployment": "concourse", "worker": "worker/3e1f2b9c", "instance": "10.244.4.2:9391", "job": "concourse"})
bosh("jobs/prometheus_alerts/templates/prometheus.alerts.yml", {
    "PrometheusScrapeError": ("node_down", 0),
    "PrometheusConfigReloadFailed": (None, 0),
    "PrometheusExceededSampleLimit": (None, 0.2),
    "PrometheusNotificationsDroppedTooHigh": (None, 3.5),
    "PrometheusNotificationsQueueTooHigh": ("queue_backlog", 187),
}, {"instance": "10.244.4.17:9100", "job": "node"})


# ---------------------------------------------------------------------------------------------
# kubeovn/kube-ovn: the chart's PrometheusRule and the BFD daemon's rules
KUBEOVN = "kubeovn/kube-ovn"
KUBEOVN_COMMIT = "1533681d7a6b3dbdd7e8870fa70f0dc6aa49a82a"
KO_CHART = "charts/kube-ovn-v2/templates/monitor/prometheus-rules.yaml"
KO_SERIES = {
    "KubeOvnControllerDown": {"job": "kube-ovn-controller", "instance": "10.0.12.4:10660", "namespace": "kube-system",
                              "pod": "kube-ovn-controller-7d8b9c6f5-kp2xq"},
    "KubeOvnControllerAbsent": {},
    "KubeOvnSubnetIPExhaustion": {"subnet_name": "ovn-default", "subnet_cidr": "10.16.0.0/16",
                                  "job": "kube-ovn-controller", "instance": "10.0.12.4:10660"},
    "KubeOvnOvsdbSlowRequest": {"job": "kube-ovn-monitor", "instance": "10.0.12.4:10661", "db": "OVN_Northbound",
                                "method": "transact"},
    "pinger": {"nodeName": "worker-03", "job": "kube-ovn-pinger", "instance": "10.0.12.23:8080",
               "namespace": "kube-system", "pod": "kube-ovn-pinger-6xk2w"},
}
take(KUBEOVN, KO_CHART, KUBEOVN_COMMIT, {
    "KubeOvnControllerDown": ("node_down", 0),
    "KubeOvnControllerAbsent": ("node_down", 1),
    "KubeOvnSubnetIPExhaustion": (None, 0.94),
    "KubeOvnOvsDown": ("node_down", 1),
    "KubeOvnOvnControllerDown": ("node_down", 1),
    "KubeOvnApiserverUnhealthy": ("node_down", 1),
    "KubeOvnInternalDNSUnhealthy": ("dns_failure", 1),
    "KubeOvnOvsdbSlowRequest": ("high_latency", 183.4),
}, lambda name: KO_SERIES.get(name, KO_SERIES["pinger"]),
     text=helm_text(show(KUBEOVN, KUBEOVN_COMMIT, KO_CHART)))
take(KUBEOVN, "dist/monitoring/bfdd-rules.yaml", KUBEOVN_COMMIT, {
    "KubeOVNBFDSessionRecoveryCircuitOpen": (None, 1),
    "KubeOVNBFDChildRecoveryCircuitOpen": ("crash_loop", 1),
    "KubeOVNBFDZeroSessions": (None, 412),
    "KubeOVNBFDRecoveryFailure": (None, 2),
}, {"namespace": "kube-system", "pod": "ovn-bfdd-gw-2-5c7f8", "local": "10.0.1.12", "remote": "10.0.1.1",
    "job": "kube-ovn-bfdd", "instance": "10.0.1.12:10665"})


# ---------------------------------------------------------------------------------------------
# openshift/ptp-operator: bindata/linuxptp/ptp-daemon.yaml (the daemon's PrometheusRule; its two
# rules are exclusive alternatives of one operator setting, both taken)
PTP = ("openshift/ptp-operator", "bindata/linuxptp/ptp-daemon.yaml", "8b36d28fe3460e6493d254f16be599a2544165ed")
take(*PTP, {
    "NodeOutOfPtpSync": (None, 0),
    "HighPtpSyncOffset": (None, 412),
}, {"iface": "ens5f0", "instance": "10.46.55.14:9091", "job": "ptp-monitor-service", "namespace": "openshift-ptp",
    "pod": "linuxptp-daemon-9rk4t", "node": "cnf-worker-1.example.net", "process": "ptp4l"},
     text=helm_text(show(PTP[0], PTP[2], PTP[1])))


# ---------------------------------------------------------------------------------------------
# GoogleCloudPlatform/prometheus-engine: examples/<exporter>/rules.yaml (Google Cloud Managed Service
# for Prometheus's sample rules for third-party exporters), files in alphabetical order up to 60
# rules. Not taken as copies of other projects' rule sets: istio (awesome-prometheus-alerts),
# kube-state-metrics (the kube-state-metrics mixin), node-exporter, redis and haproxy (awesome-
# prometheus-alerts wording); velero and zookeeper fall past the 60-rule cut.
GMP = "GoogleCloudPlatform/prometheus-engine"
GMP_COMMIT = "2ffde4ec7b7e4ca1da4e32f36b692945b78a60e4"


def gmp(exporter, labels, port, extra=None):
    app = exporter.replace("-", "")
    base = {"cluster": "prod-us-central1", "location": "us-central1", "namespace": f"{app}-prod",
            "pod": f"{app}-0", "instance": f"{app}-0:{port}", "job": exporter}
    base.update(extra or {})
    take(GMP, f"examples/{exporter}/rules.yaml", GMP_COMMIT, labels, base)


ZERO_CONN = "name and summary say the broker is down, the expression counts zero connections: rule 8, they disagree"
DROPPED = ("connections accepted but not handled: nginx drops them at a resource limit (worker_connections), which "
           "POLICY does not settle as a pool")
gmp("activemq", {
    "ActiveMQNoConnections": (OUT, ZERO_CONN),
    "ActiveMQHighStoreUsage": ("disk_full", 0.94),
    "ActiveMQHighTempStoreUsage": ("disk_full", 0.97),
}, 9779)
gmp("aerospike", {
    "AerospikeHighMemoryUtilization": ("out_of_memory", 3),
    "AerospikeHighNamespaceDiskUtilization": ("disk_full", 4, {"ns": "users"}),
    "AerospikeHighNamespaceMemoryUtilization": ("out_of_memory", 2, {"ns": "users"}),
}, 9145)
gmp("airflow", {
    "AirflowDAGImportErrors": (None, 2),
}, 9102)
gmp("argo-workflows", {
    "ArgoWorkflowsWorkflowErrors": (None, 1, {"error_type": "OperationPanic"}),
}, 9090)
gmp("couchdb", {
    "CouchDBHighRequestRate": (None, 164.2),
    "CouchDBHighServerErrorRate": ("high_error_rate", 0.37, {"code": "500"}),
    "CouchDBLowRequestRate": (None, 3.1),
}, 9984)
gmp("elasticsearch", {
    "ElasticsearchHighJVMMemoryUsage": ("out_of_memory", 0.93, {"area": "heap"}),
    "ElasticsearchRedClusterStatus": (None, 1),
    "ElasticsearchYellowClusterStatus": (None, 1),
}, 9114)
gmp("etcd", {
    "EtcdLongFsyncDuration": (None, 0.162),
    "EtcdRapidLeaderChanges": (None, 4),
}, 2379)
gmp("flink", {
    "FlinkHighJVMMemoryNonHeapUsage": ("out_of_memory", 0.92),
    "FlinkHighJVMMemoryHeapUsage": ("out_of_memory", 0.95),
}, 9249)
gmp("hadoop", {
    "HadoopDown": ("node_down", 2),
    "HadoopLowAvailableCapacity": ("disk_full", 0.86),
    "HadoopVolumeFailure": (None, 1),
}, 7071)
gmp("hbase", {
    "HBaseAuthenticationErrors": (OUT, "failed authentications of RPC clients: whether these are failed requests (rule 4) or a client's misconfiguration is not settled"),
}, 7072)
gmp("ingress-nginx", {
    "NGINXIngressDroppedConnections": (OUT, DROPPED),
    "NGINXIngressHighRequestRate": (None, 241.7),
    "NGINXIngressLowRequestRate": (None, 4.2),
}, 10254)
gmp("jenkins", {
    "JenkinsHealthScoreBelowOne": (OUT, "Jenkins' aggregate health-check score: an application's unhealthy status is not settled (rule 9)"),
    "JenkinsPluginFailure": (None, 1),
}, 8080)
gmp("jetty", {
    "JettyLongThreadQueue": ("queue_backlog", 27),
    "JettyNoThreadsAvailable": (OUT, "a thread pool with no idle thread: not a connection pool, and POLICY does not settle worker-pool exhaustion"),
}, 9404)
gmp("kafka", {
    "KafkaChangeInNumberOfISRs": (None, 2, {"topic": "orders", "partition": "3"}),
    "KafkaUnderReplicatedPartitions": (None, 1, {"topic": "orders", "partition": "3"}),
}, 9308)
gmp("kibana", {
    "KibanaHighCPUUsage": (None, 93.4),
    "KibanaHighMemoryUsage": ("out_of_memory", 0.92),
}, 9684)
gmp("memcached", {
    "MemcachedHighEvictions": ("out_of_memory", 1834),
    "MemcachedNoConnections": (None, 0),
}, 9150)
gmp("mongodb", {
    "MongoDBConnectionUtilizationNearMax": (OUT, "a fixed threshold on established TCP connections with no stated limit (rule 7)"),
    "MongoDBDown": ("node_down", 0),
}, 9216)
gmp("mysql", {
    "MySQLConnectionErrors": (OUT, "MySQL's connection errors counter sums several causes (max_connections, accept, internal, select); which one is not said"),
}, 9104, {"error": "max_connections"})
gmp("nginx", {
    "NginxDown": ("node_down", 0),
    "NginxDroppedConnections": (OUT, DROPPED),
    "NginxTrafficSpike": (None, 1.46),
    "NginxTrafficDrop": (None, 0.52),
}, 9113)
gmp("postgresql", {
    "PostgreSQLDatabaseSizeTooLarge": (OUT, "a fixed size threshold on one database with no stated capacity (rules 7 and 8, by analogy)"),
}, 9187, {"datname": "orders"})
gmp("rabbitmq", {
    "RabbitMQHighUnacknowledgedMessages": ("queue_backlog", 148, {"channel": "<0.1347.0>"}),
    "RabbitMQHighUnroutableMessages": (None, 0.4),
    "RabbitMQLowDeliveredMessages": (None, 2.7),
}, 15692)
gmp("scylladb", {
    "ScyllaDBHighCompactionLoad": (None, 1000, {"shard": "3", "group": "compaction"}),
    "ScyllaDBHighPreparedStatementEvictionRate": (OUT, "prepared-statement cache evictions: whether memory pressure or the cache's own size limit causes them is not said (rule 7)"),
}, 9180, {"shard": "3"})
gmp("solr", {
    "SolrHighCacheEvictions": (OUT, "Solr cache evictions at the cache's configured size: not memory pressure, not TTL; not settled"),
    "SolrHighRequestCount": (None, 38, {"name": "requests", "core": "products_shard1_replica_n1"}),
    "SolrHighRequestErrors": ("high_error_rate", 12, {"name": "errors", "core": "products_shard1_replica_n1"}),
}, 8989, {"core": "products_shard1_replica_n1"})
gmp("tomcat", {
    "TomcatHighRequestRate": (None, 187.3),
    "TomcatLowRequestRate": (None, 6.4),
    "TomcatHighErrorRate": ("high_error_rate", 142.8),
}, 9404)
gmp("varnish", {
    "VarnishBackendConnectionFailure": (OUT, "backend connection failures: refused (node_down) or timed out (upstream_timeout) is not said"),
    "VarnishHighCacheEvictions": (OUT, "counts objects purged (explicit invalidation), named evictions: name and measurement disagree (rule 8)"),
    "VarnishHighServerLimit": (OUT, "worker threads that could not be created: a thread limit, not settled by POLICY"),
    "VarnishSessionsDropped": (OUT, "sessions dropped when the thread pool queue is full: not settled between queue and pool"),
}, 9131)


# ---------------------------------------------------------------------------------------------
# keycloak/keycloak-operator: pkg/model/prometheus_rule.go (the operator's PrometheusRule, written as
# Go structs: each rule transcribed here as the operator creates it; the last rule is added when the
# database is not external, the default)
KEYCLOAK = ("keycloak/keycloak-operator", "pkg/model/prometheus_rule.go", "4b9abfb2922643cd6eb847fa7dacbba6bd9e2c81")
KC_NS = "keycloak"
KC_RULES = [
    ("KeycloakJavaNonHeapThresholdExceeded", "warning",
     '{{ printf "%0.0f" $value }}% nonheap usage of {{ $labels.area }} in pod {{ $labels.pod }}, namespace {{ $labels.namespace }}.',
     True),
    ("KeycloakJavaGCTimePerMinuteScavenge", "warning",
     "Amount of time per minute spent on garbage collection of {{ $labels.area }} in pod {{ $labels.pod }}, namespace {{ $labels.namespace }} exceeds 90%. This could indicate that the available heap memory is insufficient.",
     True),
    ("KeycloakJavaGCTimePerMinuteMarkSweep", "warning",
     "Amount of time per minute spent on garbage collection of {{ $labels.area }} in pod {{ $labels.pod }}, namespace {{ $labels.namespace }} exceeds 90%. This could indicate that the available heap memory is insufficient.",
     True),
    ("KeycloakJavaDeadlockedThreads", "warning",
     "Number of threads in deadlock state of {{ $labels.area }} in pod {{ $labels.pod }}, namespace {{ $labels.namespace }}",
     True),
    ("KeycloakLoginFailedThresholdExceeded", "warning",
     'More than 50 failed login attempts for realm {{ $labels.realm }}, provider {{ $labels.provider }}, namespace {{ $labels.namespace }} over the last 5 minutes. (Rate of {{ printf "%0f" $value }})',
     True),
    ("KeycloakInstanceNotAvailable", "critical",
     "Keycloak instance in namespace {{ $labels.namespace }} has not been available for the last 5 minutes.", False),
    ("KeycloakAPIRequestDuration90PercThresholdExceeded", "warning",
     "More than 10% the RH SSO API endpoints in namespace {{ $labels.namespace }} are taking longer than 1s for the last 5 minutes.",
     False),
    ("KeycloakAPIRequestDuration99.5PercThresholdExceeded", "warning",
     "More than 0.5% of the RH SSO API endpoints in namespace {{ $labels.namespace }} are taking longer than 10s for the last 5 minutes.",
     False),
    ("KeycloakDatabaseNotAvailable", "critical",
     "RH SSO database in namespace {{ $labels.namespace }} is not available for the last 5 minutes.", False),
]
KC_LABELS = {
    "KeycloakJavaNonHeapThresholdExceeded": ("out_of_memory", "93", {"area": "nonheap"}),
    "KeycloakJavaGCTimePerMinuteScavenge": (OUT, "time spent in garbage collection: the description only guesses at insufficient heap (rule 17); POLICY does not settle GC time"),
    "KeycloakJavaGCTimePerMinuteMarkSweep": (OUT, "as KeycloakJavaGCTimePerMinuteScavenge"),
    "KeycloakJavaDeadlockedThreads": ("deadlock", 2, {"area": ""}),
    "KeycloakLoginFailedThresholdExceeded": (OUT, "failed logins (wrong credentials or an attack): neither requests failing on the server's side nor a settled look-alike"),
    "KeycloakInstanceNotAvailable": ("node_down", 0),
    "KeycloakAPIRequestDuration90PercThresholdExceeded": ("high_latency", 0.84),
    "KeycloakAPIRequestDuration99.5PercThresholdExceeded": ("high_latency", 0.981),
    "KeycloakDatabaseNotAvailable": ("node_down", 0),
}
KC_SERIES = {"namespace": KC_NS, "pod": "keycloak-0", "instance": "10.131.2.47:8080", "job": "keycloak",
             "area": "heap", "realm": "customers", "provider": "keycloak"}


def keycloak():
    repo, path, commit = KEYCLOAK
    for name, severity, message, per_pod in KC_RULES:
        decision = KC_LABELS[name]
        if decision[0] == OUT:
            FILES.left_out.append((repo, path, name, decision[1]))
            continue
        expected, value = decision[0], decision[1]
        series = {"namespace": KC_NS}
        if per_pod:
            series.update({"pod": "keycloak-0", "instance": "10.131.2.47:8080", "job": "keycloak"})
        if name.startswith("KeycloakAPIRequest"):
            series = {"job": "keycloak"}  # `sum ... by (job)`
        series.update(decision[2] if len(decision) > 2 else {})
        for n in template_labels([message]):
            series.setdefault(n, KC_SERIES[n])
        labels = {"alertname": name, "severity": severity}
        labels.update({k: v for k, v in series.items() if v != ""})
        FILES.items.append(probe_item(labels, {"message": render(message, series, value)}, expected,
                                      f"{repo} {path}: {name}", repo, provenance(repo, path, commit)))


keycloak()


# ---------------------------------------------------------------------------------------------
# kubevirt/containerized-data-importer: pkg/monitoring/rules/alerts/operator.go (CDI's alerts, Go
# structs read by go_rules: alertname, `Expr`, the `summary` annotation, `severity` and
# `operator_health_impact` labels as the file's label keys name them)
def go_rules(text):
    out = []
    for block in re.split(r"\n\t\{\n", text)[1:]:
        m = re.search(r'Alert:\s+"([^"]+)"', block)
        if not m:
            continue
        expr = re.search(r"Expr:\s+intstr\.FromString\((?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`)\)", block, re.S)
        summary = re.search(r'"summary":\s+"((?:[^"\\\\]|\\\\.)*)"', block)
        sev = re.search(r'severityAlertLabelKey:\s+"([^"]+)"', block)
        impact = re.search(r'operatorHealthImpactLabelKey:\s+"([^"]+)"', block)
        out.append({"alert": m.group(1), "expr": expr.group(1) or expr.group(2),
                    "annotations": {"summary": summary.group(1)},
                    "labels": {"severity": sev.group(1), "operator_health_impact": impact.group(1)}})
    return out


CDI = ("kubevirt/containerized-data-importer", "pkg/monitoring/rules/alerts/operator.go",
       "c07cdb6fbd18976c44f65f1e4c0deae03e33e718")
CDI_RULES = go_rules(show(CDI[0], CDI[2], CDI[1]))
take(*CDI, {
    "CDIOperatorDown": ("node_down", 0),
    "CDINotReady": (None, 0),
    "CDIDataVolumeUnusualRestartCount": ("crash_loop", 2),
    "CDIStorageProfilesIncomplete": (None, 1),
    "CDIDataImportCronOutdated": (None, 1),
    "CDINoDefaultStorageClass": (None, 0),
    "CDIMultipleDefaultVirtStorageClasses": (None, 2),
    "CDIDefaultStorageClassDegraded": (None, 0),
}, lambda name: {"storageclass": "ocs-storagecluster-ceph-rbd", "provisioner": "openshift-storage.rbd.csi.ceph.com"}
    if name == "CDIStorageProfilesIncomplete" else {"namespace": "openshift-virtualization-os-images",
                                                     "cron_name": "fedora-image-cron"}
    if name == "CDIDataImportCronOutdated" else {} if name != "CDINotReady"
    else {"namespace": "openshift-cnv", "pod": "cdi-operator-7c9d8b6f54-9wz2x", "instance": "10.129.2.31:8443",
          "job": "kubevirt-hyperconverged-cluster-metrics", "service": "kubevirt-hyperconverged-cluster-metrics"},
     text=yaml.safe_dump({"groups": [{"name": "cdi", "rules": CDI_RULES}]}))


# ---------------------------------------------------------------------------------------------
# integr8ly/application-monitoring-operator: templates/prometheus-rule.yaml (its one rule)
AMO = ("integr8ly/application-monitoring-operator", "templates/prometheus-rule.yaml",
       "dcc8db19f0a083284dba541df66ae9ec79ddba0e")
take(*AMO, {
    "DeadMansSwitch": (None, 1),
}, {}, text=helm_text(show(AMO[0], AMO[2], AMO[1])))


# ---------------------------------------------------------------------------------------------
# kubevirt/hyperconverged-cluster-operator: pkg/monitoring/observability/rules/alerts/cluster_alerts.go
# (HCO's cluster alerts, Go structs; read by go_structs: each rule's name, annotations and labels;
# the series each expression keeps are given per rule below, read off its expression)
def go_structs(text):
    out = []
    for block in re.split(r"\n\t\t\{\n", text)[1:]:
        m = re.search(r'Alert:\s+"([^"]+)"', block)
        if not m:
            continue
        anns = dict(re.findall(r'"(summary|description)":\s+"((?:[^"\\\\]|\\\\.)*)"', block))
        labels = dict(re.findall(r'"(severity|operator_health_impact)":\s+"([^"]+)"', block))
        if "kubernetes_operator_component" in block:
            labels["kubernetes_operator_component"] = "kubevirt"
        out.append({"alert": m.group(1), "expr": "", "annotations": anns, "labels": labels})
    return out


HCO = ("kubevirt/hyperconverged-cluster-operator", "pkg/monitoring/observability/rules/alerts/cluster_alerts.go",
       "03da3cff7325b28b4a7361a90bc921e184f875ef")
HCO_SERIES = {
    "HighCPUWorkload": {"instance": "worker-2.ocp.example.net"},
    "HAControlPlaneDown": {"node": "master-1.ocp.example.net", "role": "control-plane", "job": "kube-state-metrics",
                           "namespace": "openshift-monitoring", "service": "kube-state-metrics"},
    "NodeNetworkInterfaceDown": {"instance": "worker-2.ocp.example.net"},
    "HighNodeCPUFrequency": {"instance": "worker-2.ocp.example.net", "cpu": "14", "job": "node-exporter",
                             "namespace": "openshift-monitoring"},
    "VMNonRecoverableOSPanic": {"namespace": "vm-prod", "name": "rhel9-db-01", "vm": "rhel9-db-01"},
}
take(*HCO, {
    "HighCPUWorkload": (None, 0.94),
    "HAControlPlaneDown": ("node_down", 0),
    "NodeNetworkInterfaceDown": (None, 2),
    "PersistentVolumeFillingUp": (OUT, "a verbatim copy of the kubernetes-mixin rule KubePersistentVolumeFillingUp's wording: not this project's own"),
    "HighNodeCPUFrequency": (None, "3.312G"),
    "VMNonRecoverableOSPanic": (None, 2),
    "ClusterVMPanicDetected": (None, 3),
    "DuplicateWaspAgentDSDetected": (None, 2),
}, lambda name: HCO_SERIES.get(name, {}),
     text=yaml.safe_dump({"groups": [{"name": "cluster", "rules": go_structs(show(HCO[0], HCO[2], HCO[1]))}]}))


FILES.write("rulesets28b.jsonl")
