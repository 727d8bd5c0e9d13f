#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_intlrules23.jsonl: alerting rules whose annotations their
authors wrote in their own language (German, French, Russian, Portuguese, Spanish, Japanese,
Korean, Turkish, Polish, Vietnamese, Indonesian...; not Chinese), each rendered as Alertmanager
delivers a fired alert: the rule's alertname and labels, the labels its annotations name
(instance, job, mountpoint, pod...) with made-up values, and its annotations with
`{{ $labels.x }}` and `{{ $value }}` filled in by `fill` below.

Sources are rule files in public repositories and localized tutorial / runbook pages (see
SOURCES below and tests/fixtures/corpus/SOURCES.md, section probes_intlrules23). Annotation
strings are quoted as the source has them; hosts, jobs, values are made up. Labels are decided by
hand from each rule's expression and text under POLICY.md before the classifier ran on the file
(one reason per item, in RULES).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

C, CE, DL, D, DNS, FD, H, L, M, N, Q, R, RL, T, E = (
    "crash_loop", "certificate_expiry", "deadlock", "disk_full", "dns_failure", "fd_exhaustion",
    "high_error_rate", "high_latency", "out_of_memory", "node_down", "queue_backlog",
    "replication_lag", "rate_limited", "upstream_timeout", "high_error_rate")
NULL = None
CP = "connection_pool_exhaustion"

family = ProbeFamily("probes_intlrules23.jsonl")


def fill(text, labels, value):
    """Alertmanager's rendering of one annotation: labels by name, the value by the pipe's format."""
    def repl(m):
        expr = m.group(1).strip()
        mm = re.match(r"\$labels\.([A-Za-z_][A-Za-z0-9_]*)", expr)
        if mm:
            assert mm.group(1) in labels, (mm.group(1), text)
            return labels[mm.group(1)]
        if "$value" in expr or expr.startswith("humanize") or expr.startswith("printf"):
            assert value is not None, text
            return value
        raise ValueError(expr)
    return re.sub(r"\{\{-?(.*?)-?\}\}", repl, text)


def page(url, project, expected, why, alert, labels, annotations, value=None):
    """A rule quoted from a web page (no repository): its project is the page's host."""
    lab = {"alertname": alert, **labels}
    ann = {k: fill(v, lab, value) for k, v in annotations.items()}
    family.append(probe_item(lab, ann, expected, f"{project}: rule {alert}: {why}", project,
                             page_provenance(url)))


def repo(src, expected, why, alert, labels, annotations, value=None):
    """A rule quoted from a repository file src = (repo, path, commit)."""
    lab = {"alertname": alert, **labels}
    ann = {k: fill(v, lab, value) for k, v in annotations.items()}
    family.add(src, expected, f"{src[0]} {src[1]}: rule {alert}: {why}", lab, ann)


# ------------------------------------------------------------------ German: wvds.it Data Gateway runbook
WVDS = "https://www.wvds.it/wiki/doku.php?id=de%3Aint%3Adbgway%3Aoperator%3Amonitoring%3Aalerting"
WV = "www.wvds.it"
page(WVDS, WV, N, "up{job=\"data-gateway\"} == 0 for 1m: the gateway's scrape target is down (rule 4)",
     "GatewayDown", {"severity": "critical", "job": "data-gateway", "instance": "dgw-prod-02.intern.example:5000"},
     {"summary": "Data Gateway ist nicht erreichbar",
      "description": "{{ $labels.instance }} ist seit 1 Minute nicht erreichbar."})
page(WVDS, WV, H, "5xx share of http_requests_total above 5% (rule 4)",
     "GatewayHighErrorRate", {"severity": "warning", "job": "data-gateway"},
     {"summary": "Hohe Fehlerrate im Gateway",
      "description": "Error-Rate ist {{ $value | humanizePercentage }} (> 5%)."}, "7.83%")
page(WVDS, WV, L, "p95 of http_request_duration_seconds above 2 s (rule 4)",
     "GatewaySlowResponses", {"severity": "warning", "job": "data-gateway"},
     {"summary": "Gateway antwortet langsam",
      "description": "P95 Response-Zeit ist {{ $value | humanizeDuration }}."}, "3.412s")

# ------------------------------------------------------------------ French: kaischool's alert board
KAI = "https://mkdocs.prod.kaischool.fr/alert1"
KS = "mkdocs.prod.kaischool.fr"
page(KAI, KS, N, "up == 0 for 3m (rule 4)", "service_down",
     {"env": "testing", "severity": "page", "instance": "10.12.4.21:9100", "job": "node"},
     {"summary": "Instance {{ $labels.instance }} indisponible",
      "description": "L'instance {{ $labels.instance }} du job {{ $labels.job }} est indisponible depuis plus de 2 minutes."})
page(KAI, KS, NULL, "node_load15 per CPU above 1: load (rule 2)", "high_load",
     {"env": "testing", "severity": "page", "instance": "10.12.4.22:9100", "job": "node"},
     {"summary": "Instance {{ $labels.instance }} sous charge élevée",
      "description": "L'instance {{ $labels.instance }} du job {{ $labels.job }} est sous charge élevée."})
page(KAI, KS, M, "MemFree / MemTotal below 20%: memory utilisation (rule 2)", "low_memory",
     {"env": "testing", "severity": "page", "instance": "10.12.4.23:9100", "job": "node"},
     {"summary": "Instance {{ $labels.instance }} a peu de mémoire",
      "description": "L'instance {{ $labels.instance }} du job {{ $labels.job }} a peu de mémoire."})
page(KAI, KS, NULL, "CPU busy above 85% (rule 2)", "CPUUsage",
     {"severity": "critical", "node_ip": "151.80.26.239", "hostname": "kai-prod-01", "instance": "151.80.26.239:9100"},
     {"summary": "Utilisation CPU élevée",
      "description": "L'utilisation CPU pour {{ $labels.node_ip }} est supérieure à 85%."})

if __name__ == "__main__":
    family.write()
