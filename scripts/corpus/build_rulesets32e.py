"""rulesets32e.jsonl: whole alerting-rule files of public projects no corpus used before (session 32,
fifth helper; rule files whose summaries and descriptions are written in languages the corpus has
little of: German, Italian, Dutch, Polish, Turkish, Vietnamese, Indonesian, Ukrainian, Czech,
Persian, Arabic).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md). The language does not change a label.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import BLIND2, OUT, RuleFiles  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# abdullah-aktas/FinAsis (Turkish): a Django accounting/ERP platform's own rules, four files
FINASIS = "abdullah-aktas/FinAsis"
FINASIS_COMMIT = "229cde7e9d48a7dd4bc1049a8f3da2db04899bbc"
FIN_BASE = {"instance": "finasis-web:8000", "job": "finasis"}
FIN_EXTRA = {"container": "finasis_web"}
PG_FIXED = "PostgreSQL active connections above a fixed count, no limit stated (rule 7)"

take(FINASIS, "prometheus/rules/alerts.yml", FINASIS_COMMIT, {
    "HighRequestLatency": ("high_latency", 1.84),
    "HighErrorRate": ("high_error_rate", 0.0731),
    "RedisDown": ("node_down", 0),
    "RedisHighMemoryUsage": ("out_of_memory", 0.9342),
    "PostgresDown": ("node_down", 0),
    "PostgresHighConnections": (OUT, PG_FIXED),
    "HighCPUUsage": (None, 87.31),
    "HighMemoryUsage": ("out_of_memory", 88.62),
    "HighDiskUsage": ("disk_full", 89.17),
    "TraefikDown": ("node_down", 0),
    "ContainerHighCPUUsage": (None, 0.913),
    "ContainerHighMemoryUsage": ("out_of_memory", 0.9417),
}, FIN_BASE, FIN_EXTRA)

take(FINASIS, "build/FinAsis/alert.rules", FINASIS_COMMIT, {
    "HighErrorRate": ("high_error_rate", 0.0682),
    "HighLatency": ("high_latency", 1.37),
    "HighConnections": (OUT, PG_FIXED),
    "HighCPUUsage": (None, 0.872),
    "HighMemoryUsage": ("out_of_memory", 0.8613),
    "HighKeyEvictionRate": ("out_of_memory", 14.2),
    "FailedTasks": (None, 0.05),
    "LongRunningTasks": (None, 412),
}, FIN_BASE, FIN_EXTRA)

take(FINASIS, "monitoring/grafana/provisioning/alerting/rules.yml", FINASIS_COMMIT, {
    "HighCPUUsage": (None, 0.9124),
    "HighMemoryUsage": ("out_of_memory", 91.38),
    "HighLatency": ("high_latency", 2.71),
    "HighErrorRate": ("high_error_rate", 7.42),
    "ServiceDown": (OUT, BLIND2),
}, FIN_BASE, FIN_EXTRA)

take(FINASIS, "monitoring/prometheus/alert_rules.yml", FINASIS_COMMIT, {
    "HighTransactionErrorRate": (OUT, "financial-transaction errors per second (business transactions, requests or jobs not said): not settled"),
    "SlowTransactionResponse": ("high_latency", 2.64),
    "HighSystemLoad": (None, 84.2),
    "HighMemoryUsage": ("out_of_memory", 87.4),
    "HighDiskUsage": ("disk_full", 86.9),
}, FIN_BASE, FIN_EXTRA)


# ---------------------------------------------------------------------------------------------
# CavdarKemal/EmployeeManagement (German): an employee and software-licence management application's
# own rules (Spring Boot backend, PostgreSQL, business and host groups)
EMPLOYEE = ("CavdarKemal/EmployeeManagement", "monitoring/prometheus/alert_rules.yml", "53fa1a301376217dc3ff9b016e48327c3b80f643")
take(*EMPLOYEE, {
    "BackendDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", "7.3"),
    "HighLatency": ("high_latency", "2841"),
    "HighJvmHeap": ("out_of_memory", "91"),
    "DbConnectionPoolExhausted": ("connection_pool_exhaustion", 12),
    "PostgresDown": ("node_down", 0, {"job": "postgres", "instance": "postgres-exporter:9187"}),
    "PostgresHighConnections": ("connection_pool_exhaustion", "87", {"job": "postgres", "instance": "postgres-exporter:9187", "datname": "employeemanagement"}),
    "LicenseCapacityCritical": (None, "97"),
    "HighCpuUsage": (None, "91", {"instance": "node-exporter:9100"}),
    "DiskSpaceLow": ("disk_full", "11", {"job": "node", "instance": "node-exporter:9100", "mountpoint": "/"}),
}, {"instance": "employeemanagement-backend:8080", "job": "employeemanagement-backend", "application": "employeemanagement-backend"},
    {"software": "Microsoft Office 365"})


FILES.write("rulesets32e.jsonl")
