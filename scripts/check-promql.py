#!/usr/bin/env python3
"""Checks every PromQL expression of the shipped dashboards and rules without building the
daemon: each one (Grafana variables substituted) must parse and run on a throwaway Prometheus
with an empty TSDB, and every history-derived series must be collapsed across replicas with
`max without (instance, pod) (...)` (see dashboards/README.md). Needs `prometheus` on PATH."""
import json, re, socket, subprocess, sys, tempfile, time, urllib.parse, urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# Families every replica exports with the same values; the others are per process.
HISTORY = """incidents incident_merges incident_open last_incident_start_timestamp_seconds
last_incident_end_timestamp_seconds interval_seconds incident_duration_seconds flaps regressions
fix_timestamp_seconds fix_info time_to_regression_seconds symptoms new_symptom window_incidents
window_firing_seconds service_incident_share_ratio signature_incident_share_ratio outages
outage_revisions outage_regressions outage_interval_seconds outage_open window_outages
service_outage_share_ratio pairs series_overflow episodes episodes_open""".split()
NAME = r"recurrence_(?:%s)(?:_bucket|_sum|_count|_total)?" % "|".join(sorted(HISTORY, key=len, reverse=True))
SELECTOR = re.compile(r"(?<![\w:])%s(?![\w:])(?:\{[^}]*\})?(?:\[[^\]]+\])?" % NAME)
COLLAPSED = re.compile(r"max without \(instance, pod(?:, \w+)*\) \((?:\w+\()?$")
VARS = {"__rate_interval": "1m", "__interval": "15s", "__range": "1h", "signature": ".*",
        "service": ".*", "window": "30d", "job": "recurrence"}


def expressions():
    for path in sorted((ROOT / "dashboards").glob("*.json")):
        def walk(o):
            if isinstance(o, dict):
                for k, v in o.items():
                    yield from [v] if k == "expr" and isinstance(v, str) else walk(v)
            elif isinstance(o, list):
                for x in o:
                    yield from walk(x)
        for e in walk(json.loads(path.read_text())):
            yield path.name, e
    rules = yaml.safe_load((ROOT / "config/prometheus/recurrence-rules.yml").read_text())
    for group in rules["groups"]:
        for rule in group["rules"]:
            yield rule.get("record") or rule["alert"], rule["expr"]


def main():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "prometheus.yml").write_text("global: {}\n")
        prom = subprocess.Popen(["prometheus", f"--config.file={tmp}/prometheus.yml",
                                 f"--storage.tsdb.path={tmp}/data", f"--web.listen-address=127.0.0.1:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/-/ready", timeout=1)
                    break
                except OSError:
                    time.sleep(0.2)
            problems, n = [], 0
            for where, expr in expressions():
                n += 1
                for m in SELECTOR.finditer(expr):
                    if not COLLAPSED.search(expr[:m.start()]):
                        problems.append(f"{where}: {m.group(0)} not under max without (instance, pod): {expr}")
                q = expr
                for var in sorted(VARS, key=len, reverse=True):
                    q = q.replace("${%s}" % var, VARS[var]).replace("$" + var, VARS[var])
                url = base + "/api/v1/query?" + urllib.parse.urlencode({"query": q})
                try:
                    body = json.load(urllib.request.urlopen(url, timeout=10))
                except urllib.error.HTTPError as e:
                    body = json.load(e)
                if body.get("status") != "success":
                    problems.append(f"{where}: {body.get('error')}: {q}")
        finally:
            prom.terminate()
            prom.wait()
    print("\n".join(problems) or f"{n} expressions parse and run; history series collapsed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
