"""Check every corpus line: the fields, `expected` in the 15 signatures or null, provenance,
no repeated alertname+summary within the new files and no copy of an older corpus item."""
import glob
import json
import os
import sys

SIG = {"fd_exhaustion", "certificate_expiry", "dns_failure", "disk_full", "out_of_memory", "deadlock",
       "connection_pool_exhaustion", "rate_limited", "replication_lag", "upstream_timeout", "crash_loop",
       "node_down", "queue_backlog", "high_error_rate", "high_latency"}
ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures")
NEW = sys.argv[1:] or [os.path.join(ROOT, "corpus-public", f) for f in ("vendors.jsonl", "rulesets2.jsonl", "fired.jsonl", "errors2.jsonl")] + \
    glob.glob(os.path.join(ROOT, "corpus-blind3", "*.jsonl"))


def key(d):
    return (d["labels"].get("alertname"), d["annotations"].get("summary"))


def textkey(d):
    return json.dumps([d["labels"], d["annotations"]], sort_keys=True)


old = set()
for f in glob.glob(os.path.join(ROOT, "corpus*", "*.jsonl")):
    if os.path.abspath(f) in {os.path.abspath(n) for n in NEW}:
        continue
    for line in open(f):
        old.add(textkey(json.loads(line)))
errors, seen, n = [], {}, 0
for f in NEW:
    if not os.path.exists(f):
        continue
    for i, line in enumerate(open(f), 1):
        n += 1
        where = f"{os.path.basename(f)}:{i}"
        try:
            d = json.loads(line)
        except ValueError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        for k in ("labels", "annotations", "expected", "source", "project", "provenance"):
            if k not in d:
                errors.append(f"{where}: no {k}")
        if d.get("expected") is not None and d["expected"] not in SIG:
            errors.append(f"{where}: expected {d['expected']!r}")
        p = d.get("provenance") or {}
        if not all(k in p for k in ("repo", "path", "commit")) or not p.get("repo") or not p.get("path"):
            errors.append(f"{where}: provenance {p}")
        if not isinstance(d.get("labels"), dict) or "alertname" not in d["labels"]:
            errors.append(f"{where}: no alertname")
        if not all(isinstance(v, str) for v in list(d["labels"].values()) + list(d["annotations"].values())):
            errors.append(f"{where}: non-string label/annotation")
        k = key(d)
        if k in seen:
            errors.append(f"{where}: same alertname+summary as {seen[k]}")
        seen[k] = where
        if textkey(d) in old:
            errors.append(f"{where}: copies an older corpus item")
print(f"{n} lines checked, {len(errors)} problems")
for e in errors[:50]:
    print(" ", e)
sys.exit(1 if errors else 0)
