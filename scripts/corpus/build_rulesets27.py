"""rulesets27.jsonl: whole alerting-rule files of public projects no corpus used before (session 27).

One item per alertname of each file (identical copies once); labels decided by hand under
tests/fixtures/corpus/POLICY.md from each rule's expression and wording, before any classifier ran.
Rules left out under POLICY rule 6 are listed in OUT with their reason (and in SOURCES.md).
Templates are filled here: `{{ $labels.x }}` with the made-up value of that label (which also becomes
an alert label), `{{ $value }}` (with or without a pipe) with the number given, `{{ $labels }}` with Go's
map rendering of the series' labels. Everything else keeps the source's wording.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import probe_item, provenance  # noqa: E402

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets27.jsonl")

ITEMS = []
OUT = []  # (repo, path, alertname, reason): left out under POLICY rule 6


def render(text, series, value):
    def label(m):
        return series[m.group(1)]
    text = re.sub(r"\{\{\s*\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}", label, text)
    text = re.sub(r"\{\{\s*\$labels\s*\}\}",
                  "map[" + " ".join(f"{k}:{v}" for k, v in sorted(series.items())) + "]", text)
    text = re.sub(r"\{\{\s*(?:printf\s+\"[^\"]*\"\s+)?\$value(?:\s*\|[^}]*)?\s*\}\}", str(value), text)
    text = re.sub(r"\{\{\s*\$value\s*\|\s*printf\s+\"[^\"]*\"\s*\}\}", str(value), text)
    assert "{{" not in text, text
    return text


def rule(src, alertname, rule_labels, annotations, expected, series, value=1):
    """One alerting rule of file src = (repo, path, commit), fired for one series."""
    repo, path, commit = src
    labels = {"alertname": alertname}
    labels.update(rule_labels)
    labels.update(series)
    anns = {k: render(v, series, value) for k, v in annotations.items()}
    ITEMS.append(probe_item(labels, anns, expected, f"{repo} {path}: {alertname}", repo,
                            provenance(repo, path, commit)))


def out(src, alertname, reason):
    OUT.append((src[0], src[1], alertname, reason))


# ---------------------------------------------------------------------------------------------
# canonical/mysql-k8s-operator: src/prometheus_alert_rules/general_rules.yaml, replication_rules.yaml
# (metrics_alert_rules.yaml is the older name of general_rules.yaml: not taken twice)
MYSQL = "canonical/mysql-k8s-operator"
MY_GEN = (MYSQL, "src/prometheus_alert_rules/general_rules.yaml", "29ea602cb205c31651e14377fc00a56484b2f883")
MY_REP = (MYSQL, "src/prometheus_alert_rules/replication_rules.yaml", "0f8417378d7506f48fde5d4fe05502b9e997a4ca")
my = {"instance": "mysql-k8s-1", "juju_application": "mysql-k8s", "juju_model": "prod-db",
      "juju_unit": "mysql-k8s/1"}
rule(MY_GEN, "MySQLDown", {"severity": "critical"}, {
    "summary": "MySQL instance {{ $labels.instance }} is down.",
    "description": "The MySQL instance is not reachable.\nPlease check if the MySQL process is running and the network connectivity.\nLABELS = {{ $labels }}.\n"},
    "node_down", my, 0)
rule(MY_GEN, "MySQLMetricsScrapeError", {"severity": "warning"}, {
    "summary": "MySQL instance {{ $labels.instance }} has a metrics scrape error.",
    "description": "The MySQL Exporter encountered an error while scraping metrics.\nCheck the MySQL Exporter logs for more details.\nLABELS = {{ $labels }}.\n"},
    None, my, 2)
rule(MY_GEN, "MySQLTooManyConnections(>90%)", {"severity": "warning"}, {
    "summary": "MySQL instance {{ $labels.instance }} is using > 90% of `max_connections`.",
    "description": "Consider checking the client application responsible for generating those additional connections.\nLABELS = {{ $labels }}.\n"},
    "connection_pool_exhaustion", my, 93.4)
rule(MY_GEN, "MySQLHighThreadsRunning", {"severity": "warning"}, {
    "summary": "MySQL instance {{ $labels.instance }} is actively using > 80% of `max_connections`.",
    "description": "Consider reviewing the value of the `max-connections` config parameter or allocate more resources to your database server.\nLABELS = {{ $labels }}.\n"},
    "connection_pool_exhaustion", my, 84.2)
out(MY_GEN, "MySQLHighPreparedStatementsUtilization(>80%)",
    "prepared-statement count against its limit: neither connections nor memory (the memory is a guess, rule 17)")
rule(MY_GEN, "MySQLSlowQueries", {"severity": "info"}, {
    "summary": "MySQL instance {{ $labels.instance }} has slow queries.",
    "description": "Consider optimizing the query by reviewing its execution plan, then rewrite the query and add any relevant indexes.\nLABELS = {{ $labels }}.\n"},
    "high_latency", my, 3)
out(MY_GEN, "MySQLInnoDBLogWaits", "InnoDB log-buffer waits: write stalls, neither latency of requests nor disk capacity")
rule(MY_GEN, "MySQLRestarted", {"severity": "info"}, {
    "summary": "MySQL instance {{ $labels.instance }} restarted.",
    "description": "MySQL restarted less than one minute ago.\nIf the restart was unplanned or frequent, check Loki logs (e.g. `error.log`).\nLABELS = {{ $labels }}.\n"},
    None, my, 41)
out(MY_GEN, "MySQLConnectionErrors", "connection_errors_total mixes refused (max_connections), accept and internal errors; cause not settled")
myr = {"instance": "mysql-k8s-2", "juju_application": "mysql-k8s", "juju_model": "prod-db",
       "juju_unit": "mysql-k8s/2", "member_state": "OFFLINE"}
rule(MY_REP, "MySQLClusterUnitOffline", {"severity": "warning"}, {
    "summary": "MySQL cluster member {{ $labels.instance }} is offline",
    "description": "The MySQL member is marked offline in the cluster, although the process might still be running.\nIf this is unexptected, please check the logs.\nLABELS = {{ $labels }}.\n"},
    "node_down", myr, 1)
myc = {"juju_application": "mysql-k8s", "juju_model": "prod-db"}
rule(MY_REP, "MySQLClusterNoPrimary", {"severity": "critical"}, {
    "summary": "MySQL cluster reports no primariy",
    "description": "MySQL has no primaries. The cluster will likely be in a Read-Only state.\nPlease check the cluster health, the logs and investigate.\nLABELS = {{ $labels }}.\n"},
    None, myc, 1)
rule(MY_REP, "MySQLClusterTooManyPrimaries", {"severity": "critical"}, {
    "summary": "MySQL cluster reports more than one primary.",
    "description": "MySQL reports more than one primary. This is can indicate a split-brain situation.\nPlease refer to the troubleshooting docs.\nLABELS = {{ $labels }}.\n"},
    None, myc, 2)
rule(MY_REP, "MySQLNoReplication", {"severity": "warning"}, {
    "summary": "MySQL cluster has no secondaries.",
    "description": "The MySQL cluster has no secondaries. This means that the cluster is not redundant and a failure of the primary will lead to downtime.\nPlease check the cluster health, the logs and investigate.\nLABELS = {{ $labels }}.\n"},
    None, myc, 1)
rule(MY_REP, "MySQLGroupReplicationReduced", {"severity": "warning"}, {
    "summary": "MySQL cluster's Group Replication size reduced",
    "description": "The number of ONLINE members in the MySQL Group Replication cluster has reduced compared to the maximum observed in the last 6 hours.\nPlease check the cluster health, the logs and investigate.\nLABELS = {{ $labels }}.\n"},
    None, myc, 2)
rule(MY_REP, "MySQLGroupReplicationConflicts", {"severity": "warning"}, {
    "summary": "MySQL cluster reports Group Replication conflicts",
    "description": "Conflicts indicate concurrent writes to the same rows/keys across members.\nPlease check the cluster health, the logs and investigate.\nLABELS = {{ $labels }}.\n"},
    None, dict(my, instance="mysql-k8s-0", juju_unit="mysql-k8s/0"), 0.4)
out(MY_REP, "MySQLGroupReplicationQueueSizeHigh",
    "transactions waiting for certification: replication lag or a queue, POLICY does not settle which")


def write():
    with open(OUT_PATH, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    nulls = sum(1 for it in ITEMS if it["expected"] is None)
    projects = {}
    for it in ITEMS:
        projects[it["project"]] = projects.get(it["project"], 0) + 1
    print(f"rulesets27.jsonl: {len(ITEMS)} items, {nulls} null, {len(projects)} projects")
    for p, n in projects.items():
        print(f"  {p}: {n}")
    print(f"left out: {len(OUT)}")


if __name__ == "__main__":
    write()
