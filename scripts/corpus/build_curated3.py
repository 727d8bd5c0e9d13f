"""Hand-curated corpus-3 items: DataDog monitor templates (vendors.jsonl), alerts as they
really fired in public issue threads (fired.jsonl), library/driver error lines and Kubernetes
events quoted in the alerts that carry them (errors2.jsonl). Every quoted text keeps its
provenance (repository, path, commit as read from the stored copy); hosts, pods and values
are made up. Labels are hand decisions under tests/fixtures/corpus/POLICY.md."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from c3common import item, write_jsonl, num  # noqa: E402
import curated_datadog  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures")


def dd_render(s):
    def repl(m):
        k = m.group(1).strip()
        return curated_datadog.VALUES.get(k, k.split(".")[0] + "-01")
    s = re.sub(r"\{\{[#/^](is_alert|is_warning|is_recovery)\}\}", "", s)
    return re.sub(r"\{\{([^}]*)\}\}", repl, s).strip()


def vendor_items():
    out = []
    for integ, path, commit, name, msg, metric, group, label in curated_datadog.MONITORS:
        rname = dd_render(name)
        gval = curated_datadog.VALUES.get(group + ".name", curated_datadog.VALUES["host.name"])
        labels = {"alertname": rname, "alert_type": "error", "alert_transition": "Triggered",
                  "monitor_id": str(num(path, 10_000_000, 99_000_000, 0)), "metric": metric,
                  "priority": "P2", group: gval, "integration": integ}
        anns = {"summary": f"[Triggered on {{{group}:{gval}}}] {rname}", "message": dd_render(msg)}
        out.append(item(labels, anns, label, f"{curated_datadog.R} {path}", "datadog/" + integ,
                        curated_datadog.R, path, commit))
    return out


if __name__ == "__main__":
    pub = os.path.join(ROOT, "corpus-public")
    import curated_fired
    import curated_errors
    print("fired.jsonl", write_jsonl(os.path.join(pub, "fired.jsonl"), curated_fired.items()))
    print("errors2.jsonl", write_jsonl(os.path.join(pub, "errors2.jsonl"), curated_errors.items()))
