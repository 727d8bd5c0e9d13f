#!/usr/bin/env python3
"""Per-item classification of the *tuning* corpora, for writing rules from their misses.

Runs `recurrence-exporter classify` (default `target/release/recurrence-exporter`) over
`tests/fixtures/corpus/*.jsonl` and the tuning projects of `tests/fixtures/corpus-public/`
(the same FNV-1a split as `src/classify/corpus.rs`). Held-out projects and the blind sets are
never read: their items must not shape a rule.

    python3 scripts/corpus/tuning_misses.py                # accuracy per file, writes the TSV
    python3 scripts/corpus/tuning_misses.py probes_x.jsonl # only these files, misses printed
    python3 scripts/corpus/tuning_misses.py --diff old.tsv # items whose result changed

The TSV (`--out`, default `/tmp/tuning.tsv`) has one row per item: file, line, expected, got,
rule. Compare two builds' TSVs with `--diff`.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NONE = "(none)"


def held_out(project):
    h = 0xCBF29CE484222325
    for b in project.encode():
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h % 3 == 0


def tuning_items(only):
    for directory, public in (("tests/fixtures/corpus", False), ("tests/fixtures/corpus-public", True)):
        path = os.path.join(ROOT, directory)
        for name in sorted(os.listdir(path)):
            if not name.endswith(".jsonl") or (only and name not in only):
                continue
            with open(os.path.join(path, name), encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if not line.strip():
                        continue
                    item = json.loads(line)
                    if public and held_out(item.get("project") or ""):
                        continue
                    yield name, number, item


def classify(binary, items):
    feed = "".join(
        json.dumps({"labels": i["labels"], "annotations": i.get("annotations") or {}}) + "\n"
        for _, _, i in items
    )
    run = subprocess.run([binary, "classify"], input=feed, capture_output=True, text=True, check=True)
    return [json.loads(l) for l in run.stdout.splitlines() if l.strip()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", help="corpus file names (default: all tuning files)")
    parser.add_argument("--binary", default=os.path.join(ROOT, "target/release/recurrence-exporter"))
    parser.add_argument("--out", default="/tmp/tuning.tsv")
    parser.add_argument("--diff", help="an earlier TSV: print the items whose result changed")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()

    items = list(tuning_items(set(args.files)))
    results = classify(args.binary, items)
    assert len(results) == len(items), "classify skipped lines"
    rows = []
    per_file = collections.defaultdict(lambda: [0, 0])
    for (name, number, item), got in zip(items, results):
        signature = got["signature"]
        signature = NONE if signature.startswith("unclassified") else signature
        expected = item.get("expected") or NONE
        rows.append((name, number, expected, signature, got.get("rule", ""), item))
        per_file[name][0] += expected == signature
        per_file[name][1] += 1
    with open(args.out, "w", encoding="utf-8") as f:
        for name, number, expected, signature, rule, _ in rows:
            f.write(f"{name}\t{number}\t{expected}\t{signature}\t{rule}\n")

    if args.diff:
        old = {}
        with open(args.diff, encoding="utf-8") as f:
            for line in f:
                name, number, expected, signature, _rule = line.rstrip("\n").split("\t")
                old[(name, int(number))] = signature
        won = lost = 0
        for name, number, expected, signature, rule, item in rows:
            before = old.get((name, number))
            if before is None or before == signature:
                continue
            mark = "+" if signature == expected else ("-" if before == expected else "~")
            won += mark == "+"
            lost += mark == "-"
            print(f"{mark} {name}:{number} expected {expected}: {before} -> {signature} ({rule})")
            print("    " + json.dumps({"labels": item["labels"], "annotations": item.get("annotations")}, ensure_ascii=False)[:400])
        print(f"won {won}, lost {lost}")
        return

    total = sum(c for c, _ in per_file.values()), sum(n for _, n in per_file.values())
    for name, (correct, count) in sorted(per_file.items()):
        print(f"{name:40} {correct:5}/{count:<5} {correct / count:.3f}")
    print(f"{'all tuning items':40} {total[0]:5}/{total[1]:<5} {total[0] / total[1]:.3f}")
    if args.misses or args.files:
        for name, number, expected, signature, rule, item in rows:
            if expected != signature:
                print(f"\n{name}:{number} expected {expected}, got {signature} ({rule})")
                print("    " + json.dumps({"labels": item["labels"], "annotations": item.get("annotations")}, ensure_ascii=False)[:600])


if __name__ == "__main__":
    sys.exit(main())
