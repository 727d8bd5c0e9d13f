"""Shared helpers for the fourth blind corpus (log- and event-based alerts).

Labels in these files were decided by a helper who never saw the classifier's rules;
see tests/fixtures/corpus-blind4/SOURCES.md.
"""
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "corpus-blind4")

SIGNATURES = {
    "fd_exhaustion", "certificate_expiry", "dns_failure", "disk_full", "out_of_memory",
    "deadlock", "connection_pool_exhaustion", "rate_limited", "replication_lag",
    "upstream_timeout", "crash_loop", "node_down", "queue_backlog", "high_error_rate",
    "high_latency", None,
}


def item(labels, annotations, expected, source, project, repo, path, commit):
    assert expected in SIGNATURES, expected
    assert len(commit) == 40, commit
    return {
        "labels": labels,
        "annotations": annotations,
        "expected": expected,
        "source": source,
        "project": project,
        "provenance": {"repo": repo, "path": path, "commit": commit},
    }


def write(family, items):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, family + ".jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    return len(items)
