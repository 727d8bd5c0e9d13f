"""Regenerate tests/fixtures/corpus-blind3/*.jsonl (see corpus-blind3/SOURCES.md)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from c3common import write_jsonl  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "corpus-blind3")

if __name__ == "__main__":
    import build_blind3_zabbix
    print("zabbix_community.jsonl", write_jsonl(os.path.join(OUT, "zabbix_community.jsonl"), build_blind3_zabbix.build()))
    try:
        import curated_blind3
    except ImportError:
        curated_blind3 = None
    if curated_blind3:
        for name, items in curated_blind3.files().items():
            print(name, write_jsonl(os.path.join(OUT, name), items))
