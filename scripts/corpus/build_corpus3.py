"""Regenerate the corpus-3 files from the snapshots in $CORPUS3_MIRROR.

  python3 scripts/corpus/build_corpus3.py            # corpus-public/vendors.jsonl, rulesets2.jsonl
Hand-curated files (fired.jsonl, errors2.jsonl, and the DataDog/New Relic parts of
vendors.jsonl) are built by build_curated3.py from data kept in that script.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from c3common import write_jsonl  # noqa: E402
import build_azure_gcp  # noqa: E402
import build_rulesets2  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures")

if __name__ == "__main__":
    pub = os.path.join(ROOT, "corpus-public")
    items = build_azure_gcp.azure_items() + build_azure_gcp.gcp_items()
    try:
        import build_curated3
        items += build_curated3.vendor_items()
    except ImportError:
        pass
    print("vendors.jsonl", write_jsonl(os.path.join(pub, "vendors.jsonl"), items))
    print("rulesets2.jsonl", write_jsonl(os.path.join(pub, "rulesets2.jsonl"), build_rulesets2.build()))
