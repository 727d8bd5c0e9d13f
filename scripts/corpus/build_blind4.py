"""Build tests/fixtures/corpus-blind4/*.jsonl (fourth blind set: log- and event-based alerts).

Every label was decided by hand from the alert's meaning and tests/fixtures/corpus/POLICY.md,
without sight of the classifier's rules or output. Needs the mirror of
cloudposse/terraform-datadog-platform for the Datadog family (see blind4_datadog.py).
"""
import sys
import os

sys.path.insert(0, os.path.dirname(__file__))

from blind4_common import write  # noqa: E402
import blind4_splunk, blind4_elastic, blind4_datadog, blind4_events, blind4_probes, blind4_grafana, blind4_sumo, blind4_sumo2  # noqa: E402,E401

FAMILIES = {
    "splunk": blind4_splunk.ITEMS,
    "elastic": blind4_elastic.ITEMS,
    "datadog": blind4_datadog.ITEMS,
    "k8s_events": blind4_events.KUBE_EVENTS + blind4_events.ROBUSTA,
    "graylog": blind4_events.GRAYLOG,
    "uptime_probes": blind4_probes.UPTIME_KUMA + blind4_probes.GATUS,
    "grafana_managed": blind4_grafana.GRAFANA,
    "sumologic_solutions": blind4_sumo.ITEMS,
    "sumologic_monitors": blind4_sumo2.ITEMS,
}

if __name__ == "__main__":
    total = 0
    for fam, items in FAMILIES.items():
        n = write(fam, items)
        total += n
        print(f"{fam}: {n}")
    print("total", total)
