"""Shared helpers for the fourth blind corpus (log- and event-based alerts).

Labels in these files were decided by a helper who never saw the classifier's rules;
see tests/fixtures/corpus-blind4/SOURCES.md.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import probe_item, provenance  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "corpus-blind4")


def item(labels, annotations, expected, source, project, repo, path, commit):
    """One corpus line; the corpus-wide checks and key order are probes_common's."""
    return probe_item(labels, annotations, expected, source, project, provenance(repo, path, commit))


def write(family, items):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, family + ".jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    return len(items)
