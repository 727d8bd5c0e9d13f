"""corpus-blind3 files other than zabbix_community.jsonl. Sources used by no other corpus:
openstack/openstack-helm-infra (Prometheus rules of its values_overrides), Debian/apt and
h2database/h2database translations, monitoring-plugins/monitoring-plugins outputs, New Relic
quickstart alert conditions, error lines of libraries no other corpus quotes, and alerts as
they fired in issue threads of repositories no other corpus cites. Labels are hand decisions
made before any classifier ran on these items."""
import json
import re
import subprocess

import yaml

from c3common import git_show, item, pick, num
from promrender import render_rule
from curated_errors import wrappers

from c3common import D, M, C, N, L, E, Q, R, RL, RP, CE, FD, DNS, DL, T  # noqa: F401
NULL = None

# --- openstack-helm-infra: the last commit before the repository was retired
OSH = ("openstack/openstack-helm-infra", "a96a6b955e478271f323620ef8b533c2e1e2a82e")
OSH_FILES = ["kubernetes", "openstack", "nodes", "elasticsearch", "ceph", "postgresql", "alertmanager"]
OSH_LABELS = {  # alertname -> label (etcd_* and K8S* rules are copies of old upstream mixins: left out)
    "prom_exporter_calico_unavailable": N, "calico_datapane_failures_high_1h": NULL, "calico_ipset_errors_high_1h": NULL,
    "pod_error_crash_loop_back_off": C, "volume_claim_capacity_high_utilization": D, "job_status_failed": NULL,
    "prom_exporter_mariadb_openstack_unavailable": N, "mariadb_innodb_replication_fallen_behind": RL,
    "os_glance_api_availability": N, "os_keystone_api_availability": N, "os_cinder_api_availability": N,
    "os_neutron_metadata_agent_availability": N, "os_nova_compute_disabled": NULL, "os_nova_compute_down": N,
    "os_nova_scheduler_down": N, "os_vm_vcpu_usage_high": NULL, "rabbitmq_down": N,
    "rabbitmq_file_descriptor_usage_high": FD, "rabbitmq_node_disk_free_alarm": D, "rabbitmq_node_memory_alarm": M,
    "rabbitmq_high_message_load": Q, "prom_exporter_node_unavailable": N, "node_filesystem_full_80percent": D,
    "node_filesystem_full_in_4h": D, "node_filedescriptors_full_in_3h": FD, "node_load1_90percent": NULL,
    "node_cpu_util_90percent": NULL, "node_ram_using_90percent": M, "node_swap_using_80percent": M,
    "node_high_memory_load": M, "node_high_storage_load": D, "node_high_swap": M, "node_high_network_drop_rcv": NULL,
    "node_high_network_errs_send": NULL, "node_entropy_available_low": NULL, "node_hwmon_high_cpu_temp": NULL,
    "node_network_bond_slaves_down": NULL, "node_ntp_clock_skew_high": NULL, "node_disk_read_latency": NULL,
    "es_high_process_open_files_count": FD, "es_high_process_cpu_percent": NULL, "es_fs_usage_high": D,
    "es_unassigned_shards": NULL, "es_cluster_health_status_alert": NULL, "no_active_ceph_mgr": N,
    "ceph_cluster_usage_high": D, "ceph_placement_group_degrade_pct_high": NULL, "ceph_osd_down_pct_high": N,
    "ceph_osd_down": N, "prom_exporter_postgresql_unavailable": N, "pg_replication_fallen_behind": RL,
    "pg_connections_too_high": RP, "pg_deadlocks_detected": DL, "AlertmanagerDownOrMissing": N, "FailedReload": NULL,
}


def osh_items():
    repo, commit = OSH
    out, seen = [], set()

    def walk(o, f):
        if isinstance(o, dict):
            if "alert" in o and "expr" in o and o["alert"] in OSH_LABELS and o["alert"] not in seen:
                seen.add(o["alert"])
                labels, anns = render_rule(o, o["alert"] + f, {"cluster": "osh-prod", "prometheus": "osh-infra/prometheus"})
                if not anns.get("summary"):
                    anns["summary"] = f"{o['alert']} firing"
                out.append(item(labels, anns, OSH_LABELS[o["alert"]], f"{repo} {f} {o['alert']}", "openstack-helm-infra", repo, f, commit))
            for v in o.values():
                walk(v, f)
        elif isinstance(o, list):
            for x in o:
                walk(x, f)
    for name in OSH_FILES:
        p = f"values_overrides/prometheus/{name}.yaml"
        walk(yaml.safe_load(git_show(repo, commit, p)), p)
    return out


# --- Debian/apt translations (po/<lang>.po), quoted as apt prints them inside a job or node alert
APT = ("Debian/apt", "6b128124271e94bdb0f4e7850d9286170d712b04")
APT_MSGS = [  # msgid, fill, label, languages
    ("Temporary failure resolving '%s'", ("deb.debian.org",), DNS, ["cs", "es", "hu", "it", "nl", "pl", "ru", "sv", "tr", "zh_CN", "ko", "vi"]),
    ("Could not resolve '%s'", ("security.ubuntu.com",), DNS, ["da", "fi", "ro", "sk", "uk", "ca"]),
    ("You don't have enough free space in %s.", ("/var/cache/apt/archives/",), D, ["cs", "es", "it", "pl", "ru", "pt_BR", "ja", "zh_TW", "el", "ar"]),
    ("Could not connect to %s:%s (%s), connection timed out", ("mirror.example.net", "80", "203.0.113.10"), T, ["es", "it", "ru", "sv", "tr", "zh_CN", "ko", "gl"]),
    ("Release file for %s is expired (invalid since %s). Updates for this repository will not be applied.", ("http://deb.debian.org/debian/dists/bookworm-updates/InRelease", "2d 4h 11min 3s"), NULL, ["de", "es", "fr", "ja", "ru"]),
    ("Could not get lock %s. It is held by process %d (%s)", ("/var/lib/dpkg/lock-frontend", "20611", "unattended-upgr"), NULL, ["de", "es", "it", "sv", "zh_CN"]),
]


def po(repo, commit, lang):
    txt = git_show(repo, commit, f"po/{lang}.po").decode("utf-8", "replace")
    ents = {}
    for blk in txt.split("\n\n"):
        if "#, fuzzy" in blk:
            continue
        m = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', blk, re.M)
        if m:
            j = lambda s: "".join(re.findall(r'"(.*)"', s)).replace('\\"', '"')
            ents[j(m.group(1))] = j(m.group(2))
    return ents


def apt_items():
    repo, commit = APT
    out = []
    cache = {}
    for msgid, fill, label, langs in APT_MSGS:
        for lang in langs:
            ents = cache.setdefault(lang, po(repo, commit, lang))
            tr = ents.get(msgid)
            if not tr:
                continue
            i = iter(fill)
            text = re.sub(r"%[sd]", lambda m: next(i), tr)
            host = pick(lang + msgid, ["build-07", "ci-runner-3", "app-01.lan", "jenkins-agent-12", "edge-gw-2"])
            update = label in (DNS, T) or "Release" in msgid
            line = ("W: " if update else "E: ") + text
            labels = {"alertname": pick(msgid, ["AptUpdateFailed", "UnattendedUpgradesFailed", "PackageInstallFailed"]) + "", "host": host,
                      "job": "apt-update", "severity": "warning", "locale": lang}
            anns = {"summary": f"{'apt-get update' if update else 'apt-get install'} on {host} exited with status 100 (LANG={lang})", "output": line}
            out.append(item(labels, anns, label, f"{repo} po/{lang}.po msgid '{msgid}' as apt prints it in a failed-job alert",
                            f"debian-apt-{lang}", repo, f"po/{lang}.po", commit))
    return out


# --- h2database translations (h2/src/main/org/h2/res/_messages_<lang>.prop)
H2 = ("h2database/h2database", "a5e059b660ca71bc7ff19b6eed00815b19f8ab04")
H2_MSGS = [("40001", DL, ["de", "cs", "es", "fr", "ja", "pl", "ru", "sk", "zh_cn"]),
           ("90108", M, ["de", "cs", "fr", "pl", "ru", "zh_cn", "ja"])]


def h2_items():
    repo, commit = H2
    out = []
    for code, label, langs in H2_MSGS:
        for lang in langs:
            path = f"h2/src/main/org/h2/res/_messages_{lang}.prop"
            raw = git_show(repo, commit, path).decode("utf-8")
            m = re.search(rf"^{code}=(.*)$", raw, re.M)
            if not m or m.group(1).startswith("#"):
                continue
            text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda x: chr(int(x.group(1), 16)), m.group(1)).replace("''", "'")
            text = text.replace("{0}", '"PUBLIC.ORDERS"' if code == "40001" else "65536")
            exc = "JdbcSQLTransactionRollbackException" if code == "40001" else "JdbcSQLNonTransientException"
            msg = f"org.h2.jdbc.{exc}: {text}; SQL statement:\nUPDATE ORDERS SET STATUS = ? WHERE ID = ? [{code}-224]"
            for labels, anns in wrappers("h2" + lang + code, msg, label)[:1]:
                out.append(item(labels, anns, label, f"{repo} {path} ({code}) quoted in a '{labels['alertname']}' alert",
                                f"h2-messages-{lang}", repo, path, commit))
    return out


# --- monitoring-plugins outputs (verified in the snapshot), as an Icinga 2 notification
MP = ("monitoring-plugins/monitoring-plugins", "7db2b280a54d6f152dedd26d527e5b119d54045a")
MP_OUT = [  # service, path, output, label
    ("ping4", "plugins/check_ping.c", "PING CRITICAL - Packet loss = 100%", N),
    ("dns", "plugins/check_dns.c", "Domain 'billing.corp.example' was not found by the server", DNS),
    ("dns-resolver", "plugins/check_dns.c", "DNS CRITICAL - No response from DNS 10.20.0.2", DNS),
    ("https-cert", "plugins/sslutils.c", "CRITICAL - Certificate 'portal.example.org' expired on 2026-03-01 23:59 +0000.", CE),
    ("https-cert-expiry", "plugins/check_curl.c", "WARNING - Certificate 'api.example.org' expires in 9 day(s) (2026-03-23 12:00 +0000).", CE),
    ("mailq", "plugins-scripts/check_mailq.pl", "WARNING: postfix mailq is 1834 (threshold w = 500)", Q),
]


def mp_items():
    repo, commit = MP
    out = []
    for svc, path, output, label in MP_OUT:
        host = pick(svc, ["mx01.corp.example", "web02", "fw-edge-1", "ns1.corp.example"])
        state = output.split(" ")[0].split(":")[0] if output.split(" ")[0].rstrip(":") in ("WARNING", "CRITICAL") else "CRITICAL"
        labels = {"alertname": svc, "host": host, "service_state": state, "source": "icinga2"}
        anns = {"summary": f"{svc} on {host} is {state}!", "output": output,
                "notification": f"***** Service Monitoring on icinga2 *****\n\n{svc} on {host} is {state}!\n\nInfo: {output}\n\nWhen: 2026-03-14 02:11:45 +0000\nService: {svc}\nHost: {host}"}
        out.append(item(labels, anns, label, f"{repo} {path}: plugin output in an Icinga 2 notification", "monitoring-plugins", repo, path, commit))
    return out


# --- New Relic quickstart alert conditions (alert-policies/<integration>/<file>.yml): name, description, label
NR = "newrelic/newrelic-quickstarts"
NR_CONDS = [
    ("ado-dotnet", "PoolSizeExceeding.yml", "2c790c26a58a46bb227eaae57a0b709eeb6066bd", "Pool Size Exceeding Optimum Limit", "This alert is triggered when the Pool Size is above 50 for 1 minute.", "SELECT sum(NumberOfPooledConnections) FROM NETDataProviderforSqlServer", RP),
    ("apache-traffic-server", "SSLExpiredCertificate.yml", "8cb88738f0d3d975dc8d3dc658d556a3e5294ec0", "SSL Expired Certificates", "This alert is triggered when at least 1 SSL connection to an origin server with an expired original certificate is connected.", "SELECT latest(global.proxy.process.ssl.origin_server_expired_cert) AS 'ssl expired' FROM ATSSampleMetrics", CE),
    ("amazon-database-migration-service", "LowFreeableMemory.yml", "a03a091395cd78026fcd5e93462de1e60bdace8c", "Low Freeable Memory", "This alert occurs when Freeable Memory go below 100 Bytes for 5 minutes", "SELECT average(aws.dms.FreeableMemory) from Metric", M),
    ("ansible-tower", "Jobs-pending.yml", "35007bcefd82fe4de5a6f17f3a8c280664dc75ea", "Jobs pending", "This alert is triggered when the Awx pending_jobs are above 0.6 for 5 minutes", "FROM Metric SELECT sum(awx_pending_jobs_total)", Q),
    ("anthropic", "HighResponseLatency.yml", "950cba490473a1d09377de822db74354eeadd7f0", "High Response Latency", "This alert triggers when the time to first token (TTFT) for Anthropic LLM requests\nexceeds acceptable thresholds, indicating performance degradation in your AI services.", "SELECT average(llm.time_to_first_token) FROM Span WHERE llm.model IS NOT NULL", L),
    ("apache-hadoop", "RemainingDiskPercentage.yml", "cc8a09c331dbe33ff2bb1178d98bad2ee76c2ce3", "Remaining Disk Percent", "This alert is triggered when Remaining disk space below 5% for at least 5 minutes.", "SELECT latest(PercentRemaining) FROM HadoopNameNodeSampleMetrics", D),
    ("apache-hadoop", "NameNodeDeadDataNodes.yml", "37456e21958500d6f048a476b0145acf7b924c1a", "Dead DataNodes", "This alert is triggered if the dead DataNodes exceeds 1 for 5 minutes.", "SELECT latest(NumDeadDataNodes) AS 'Dead Data Nodes' FROM HadoopNameNodeSample", N),
    ("apache-hadoop", "HostStatus.yml", "d43fd2a0bfbc8964315440faede99cb219bfab08", "Host Status", "This alert is triggered when Host Status has been stopped for at least 5 minutes.", "SELECT IF(latest(hostStatus)= 'running', 'True', 'False') AS '' FROM HadoopNameNodeSample", N),
    ("amazon-mediatailor", "High5xxErrors.yml", "7697d4956949235471dfa46d21d7dd7a6fc5855e", "High 5xx errors", "This alert is triggered when 5xx errors are above 10 in 10 minutes.", "SELECT count(aws.mediatailor.5xxErrorCount) as 'Query' FROM Metric", E),
    ("ansible-automation-controller", "TimeSpentSavingEventstoDatabase.yml", "2c75200725cfd0432dcc28452c7ff303a732a7db", "Time Spent Saving Events to Database", "This alert is triggered when the time spent saving events to database is higher than 6 during 5 minutes.", "FROM Metric SELECT latest(callback_receiver_events_insert_db_seconds)", L),
    ("adobe-commerce-business-insights", "downtime.yml", "f32fdc74369e723b5682074a233ace288883232f", "Downtime (%)", "This alert is triggered if Downtime is more than 1% for 2 minutes.", "SELECT percentage(count(result), where result = 'FAILED') as 'Downtime (%)' from SyntheticCheck", N),
    ("ansible-tower", "Low-instance-memory.yml", "b19e37834062c5f3461e2e40057ea91ee60b8696", "Low Instance Memory", "This alert is triggered when there is less than 2048 Megabyte left for 5 minutes", "FROM Metric SELECT latest(awx_instance_memory)/1000000 AS 'Megabyte'", M),
    ("apache-zooKeeper", "FsyncTime.yml", "3fbeab227b1585675ba3fc79fff2a04d3423c9ac", "Fsync Time", "This alert is triggered when the fsync time exceeds 90 milliseconds for 5 minutes.", "SELECT latest(zkCntNodeChangedWatchCount) FROM zkSample", NULL),
]


def nr_items():
    out = []
    for integ, fname, commit, name, desc, nrql, label in NR_CONDS:
        entity = pick(name, ["prod-sql-01", "ats-edge-2", "dms-replication-1", "awx-prod", "namenode-1.hadoop", "llm-gateway"])
        labels = {"alertname": name, "policy_name": f"{integ} alert policy", "priority": "CRITICAL", "entity_name": entity,
                  "condition_type": "NRQL", "source": "newrelic"}
        anns = {"summary": f"{name} on '{entity}' - Critical priority issue is open", "description": desc.strip(), "nrql": nrql}
        path = f"alert-policies/{integ}/{fname}"
        out.append(item(labels, anns, label, f"{NR} {path}", "newrelic/" + integ, NR, path, commit))
    return out


# --- error lines of libraries no other corpus quotes: project, repo, path, commit, message, label
LIB = [
    ("prisma", "prisma/prisma-engines", "libs/user-facing-errors/src/query_engine/mod.rs", "3dd25f3c2b8bf8085ebb20e6d745576a20775c98",
     "PrismaClientKnownRequestError: Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 5)", RP),
    ("sequelize", "sequelize/sequelize", "src/errors/connection/connection-acquire-timeout-error.js", "042cd693635ffba83ff7a2079974692af6f710a7",
     "SequelizeConnectionAcquireTimeoutError: Operation timeout", RP),
    ("node-mysql2", "sidorares/node-mysql2", "lib/pool.js", "9cfada5f25cfbcacf4aafa3b6bfbf7f44ede5dbb",
     "Error: Queue limit reached.", RP),
    ("mongo-java-driver", "mongodb/mongo-java-driver", "driver-core/src/main/com/mongodb/MongoWaitQueueFullException.java", "d3ea5fa73d480eb05551a841dbc5985c44fa2892",
     "com.mongodb.MongoWaitQueueFullException: Too many threads are already waiting for a connection. Max number of threads (maxWaitQueueSize) of 500 has been exceeded.", RP),
    ("cassandra-java-driver", "apache/cassandra-java-driver", "core/src/main/java/com/datastax/oss/driver/api/core/servererrors/ReadTimeoutException.java", "d26becc1e792c0d4f825d41f331c15529ad3bd69",
     "com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException: Cassandra timeout during read query at consistency LOCAL_QUORUM (2 responses were required but only 1 replica responded)", T),
    ("uwsgi", "unbit/uwsgi", "core/master_checks.c", "239ea68a709ce95c32c94e994ffa1672d3b412fd",
     "*** uWSGI listen queue of socket \"127.0.0.1:8000\" (fd: 3) full !!! (101/100) ***", Q),
    ("zookeeper", "apache/zookeeper", "zookeeper-server/src/main/java/org/apache/zookeeper/server/NIOServerCnxnFactory.java", "d31330e6ac16cc63956f6703bc295a811e5b9d57",
     "WARN  [NIOServerCxnFactory.AcceptThread:0.0.0.0/0.0.0.0:2181] - Too many connections from /10.0.4.17 - max is 60", RP),
    ("vault-quotas", "hashicorp/vault", "vault/quotas/quotas.go", "19d470725cb422f874814404c931c9976351021b",
     "Error making API request.\n\nURL: PUT https://vault.internal:8200/v1/transit/encrypt/orders\nCode: 429. Errors:\n\n* 1 error occurred:\n\t* request path \"transit/encrypt/orders\": rate limit quota exceeded", R),
    ("librdkafka", "confluentinc/librdkafka", "src/rdkafka.c", "3b7b197dd1bf0c0f1b58d8c2f8ad80cce845ec27",
     "KafkaError{code=_QUEUE_FULL,val=-184,str=\"Local: Queue full\"}", Q),
    ("axios", "axios/axios", "lib/adapters/http.js", "c7ce25cd26e8fd9ca3b40f99414434defadefaf6",
     "AxiosError: timeout of 5000ms exceeded (code ECONNABORTED)", T),
    ("aiohttp", "aio-libs/aiohttp", "aiohttp/client_proto.py", "e4b3c5cb97d8d4f8c2b86c14e8c312b57185a588",
     "aiohttp.client_exceptions.ServerTimeoutError: Timeout on reading data from socket", T),
    ("undici", "nodejs/undici", "lib/core/errors.js", "f1e8e14ade8101a5c6cc406eabf8dd79e2d61dd8",
     "ConnectTimeoutError: Connect Timeout Error (attempted address: api.payments.internal:443, timeout: 10000ms) code: 'UND_ERR_CONNECT_TIMEOUT'", T),
]


def lib_items():
    out = []
    for project, repo, path, commit, msg, label in LIB:
        for labels, anns in wrappers("blind3:" + project + msg, msg, label):
            out.append(item(labels, anns, label, f"{repo} {path}: message quoted in a '{labels['alertname']}' alert", project, repo, path, commit))
    return out


# --- alerts as they fired, from issue threads no other corpus cites
def fired_items():
    return [item({"alertname": "InstanceDown", "job": "backend", "instance": "backend-aws:8002", "severity": "critical"},
                 {"summary": "FIRING [critical] InstanceDown (job=backend)", "description": "scrape backend-aws:8002 >2m"},
                 N, "ccruz0/crypto-2.0 issue #616 (Telegram alert text quoted by the reporter)", "crypto-2.0-issues",
                 "ccruz0/crypto-2.0", "issues/616", None)]


def files():
    return {"openstack_helm.jsonl": osh_items(),
            "translations.jsonl": apt_items() + h2_items(),
            "vendors.jsonl": nr_items() + mp_items(),
            "errors.jsonl": lib_items() + fired_items()}
