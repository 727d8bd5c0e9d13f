#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_oomintl24.jsonl: out-of-memory as it appears inside alerts,
in English and other languages: runtime and library allocation failures the corpus did not quote
yet (R's "cannot allocate vector of size", in its translations), quoted inside symptom and log
alerts, plus memory look-alikes that share words with the signature but name no exhaustion.

Labels, decided under POLICY.md before the classifier ran on the file (one reason per item):
- a runtime's own allocation failure is `out_of_memory` (rule 12), also inside a failed job, an
  error-ratio or a log-line alert (rule 1: the quoted cause decides; rule 8: the line quoted).
- look-alikes are `null` (see each item's reason).

Frames, hosts, values and services are made up; only the quoted strings come from the sources
listed in SOURCES.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

M = "out_of_memory"
NULL = None

R_SRC = "wch/r-source"
R_C = "0c26529e807a9b1dd65f7324958c17bf72e1de1a"
R_MEM = (R_SRC, "src/main/memory.c", R_C)


def r_po(lang):
    return (R_SRC, f"src/library/base/po/{lang}.po", R_C)


family = ProbeFamily("probes_oomintl24.jsonl")

SERVICES = ["claims-scoring", "risk-batch", "forecast-api", "geo-tiles", "billing-etl", "reco-train",
            "survey-report", "fraud-model", "ledger-export", "churn-notebook", "tariff-sim",
            "plates-ocr"]
NS = ["analytics", "data-science", "finance", "platform", "ml"]


def frame(n, text, symptom_ok=True):
    """The n-th frame quoting `text`. Error-ratio frames only when symptom_ok."""
    svc = SERVICES[n % len(SERVICES)]
    ns = NS[n % len(NS)]
    pod = f"{svc}-{6 + n % 4}d{n % 9}b{(n * 3) % 10}c-{'hjqrv'[n % 5]}{(n * 7) % 10}p"
    first = text.split("\n")[0]
    shapes = 6 if symptom_ok else 4
    s = n % shapes
    if s == 0:
        return ({"alertname": "LogPatternMatched", "severity": "warning", "namespace": ns, "pod": pod,
                 "container": svc},
                {"summary": f"error pattern in {ns}/{pod}",
                 "description": f"{3 + n % 11} matching lines in the last 5m, latest:\n{text}"})
    if s == 1:
        return ({"alertname": "KubeJobFailed", "severity": "warning", "namespace": ns,
                 "job_name": f"{svc}-nightly-{28990000 + n * 37}"},
                {"summary": "Job failed to complete.",
                 "description": f"Job {ns}/{svc}-nightly-{28990000 + n * 37} failed to complete. "
                                f"Last log lines:\n{text}"})
    if s == 2:
        return ({"alertname": "LokiAlertErrors", "severity": "warning", "app": svc,
                 "cluster": "prod-eu-west-1"},
                {"message": f"sum by (app) (count_over_time({{app=\"{svc}\"}} |~ \"(?i)error\" [10m])) > 0",
                 "sample": text})
    if s == 3:
        return ({"alertname": "ApplicationExceptionRaised", "severity": "error", "service": svc,
                 "env": "production", "error_message": first},
                {"summary": f"{svc}: unhandled exception ({2 + n % 5} occurrences in 15m)"})
    if s == 4:
        return ({"alertname": "HighErrorRate", "severity": "critical", "service": svc,
                 "namespace": ns, "top_error": first},
                {"summary": f"{svc} error rate is {5 + n % 7}.{n % 10}%",
                 "description": f"More than 5% of requests to {svc} failed over 10 minutes. "
                                f"Most frequent error: {first}"})
    return ({"alertname": "Log Alert", "monitor": f"[{svc}] errors in worker logs", "priority": "P3"},
            {"title": f"[Triggered] [{svc}] errors in worker logs",
             "body": f"status:error service:{svc} matched {12 + n} events in the last 15m.\n\n{text}"})


COUNTER = [0]


def add(src, expected, why, text, symptom_ok=True):
    n = COUNTER[0]
    COUNTER[0] += 1
    labels, annotations = frame(n, text, symptom_ok)
    family.add(src, expected, f"{src[0]} {src[1]}: {why}", labels, annotations)


def main():
    # ---- R: "cannot allocate vector of size %0.1f Gb" and its translations (rule 12)
    add(R_MEM, M, "R's allocation failure 'cannot allocate vector of size' (rule 12)",
        "Error: cannot allocate vector of size 3.7 Gb\nExecution halted")
    add(r_po("de"), M, "R's allocation failure in German (rule 12)",
        "Fehler: kann Vektor der Größe 2.4 GB nicht allozieren\nAusführung angehalten")
    add(r_po("fr"), M, "R's allocation failure in French (rule 12)",
        "Erreur : impossible d'allouer un vecteur de taille 1.9 Go\nExécution arrêtée")
    add(r_po("ja"), M, "R's allocation failure in Japanese (rule 12)",
        "エラー: サイズ 5.1 Gb のベクトルを割り当てることができません")
    add(r_po("it"), M, "R's allocation failure in Italian (rule 12)",
        "Errore: non è possibile allocare un vettore di dimensione 812.5 Mb")

    family.write()


if __name__ == "__main__":
    main()
