"""Check that every line of tests/fixtures/corpus-blind4/*.jsonl parses and has every field."""
import glob
import json
import os
import sys

SIGS = {"fd_exhaustion", "certificate_expiry", "dns_failure", "disk_full", "out_of_memory", "deadlock",
        "connection_pool_exhaustion", "rate_limited", "replication_lag", "upstream_timeout", "crash_loop",
        "node_down", "queue_backlog", "high_error_rate", "high_latency", None}
HERE = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "corpus-blind4")
bad = 0
n = 0
for f in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
    for i, line in enumerate(open(f, encoding="utf-8"), 1):
        n += 1
        try:
            d = json.loads(line)
            assert set(d) == {"labels", "annotations", "expected", "source", "project", "provenance"}, sorted(d)
            assert isinstance(d["labels"], dict) and d["labels"].get("alertname"), "labels.alertname"
            assert all(isinstance(v, str) for v in d["labels"].values()), "label values must be strings"
            assert isinstance(d["annotations"], dict) and all(isinstance(v, str) for v in d["annotations"].values())
            assert d["expected"] in SIGS, d["expected"]
            assert isinstance(d["source"], str) and d["source"] and isinstance(d["project"], str) and d["project"]
            p = d["provenance"]
            assert set(p) == {"repo", "path", "commit"}, sorted(p)
            assert p["repo"].count("/") == 1 and p["path"]
            assert len(p["commit"]) == 40 and all(c in "0123456789abcdef" for c in p["commit"]), p["commit"]
        except Exception as e:  # noqa: BLE001
            bad += 1
            print(f"{os.path.basename(f)}:{i}: {e}")
print(f"{n} lines, {bad} bad")
sys.exit(1 if bad else 0)
