"""Shared helpers of the probe-family builders, scripts/corpus/build_probes_*.py (stdlib only).

Each builder writes one tests/fixtures/corpus/probes_<family>.jsonl. The builders used to carry
their own copies of the same few helpers: an item in the corpus's key order, its provenance, the
output path, the JSON-lines writer and a .po reader. They live here so that a new family holds
only its alerts, its labels and the renderers peculiar to it. What stays in each builder on
purpose: the wording of its alert frames (a log alert, an error ratio, a desktop notification...),
because that wording is part of the family's data.

Labels are never computed here: `expected` is the builder's hand decision under POLICY.md, and
this module only checks that it names a signature. blind4_common.py builds its items here too.
The corpus-3 builders and the third blind set use c3common.py (whose writer also drops repeated
alerts); this module re-exports its stable choices (`pick`, `num`), its mirror readers and its
short signature names so that a probe builder imports from one place.
"""
import json
import os
import re

from c3common import (  # noqa: F401  (re-exported for the probe builders)
    CE, D, DNS, M, N, NULL, SIGNATURES, T, git_ls, git_show, num, pick)

CORPUS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "corpus")


def provenance(repo, path, commit):
    """The provenance of an item whose wording or fact comes from a file of a public repository."""
    assert re.fullmatch(r"[0-9a-f]{40}", commit), commit
    return {"repo": repo, "path": path, "commit": commit}


def page_provenance(url):
    """The provenance of an item whose wording comes from a public web page, not a repository."""
    return {"url": url}


def thread_provenance(repo, n, kind="issues"):
    """The provenance of an alert quoted in issue (or pull request) #n of repo: no file, so no
    commit."""
    return {"repo": repo, "path": f"{kind}/{n}", "commit": None}


def probe_item(labels, annotations, expected, source, project, provenance):
    """One corpus line, its keys in the order every corpus file uses."""
    assert expected is None or expected in SIGNATURES, expected
    return {
        "labels": labels,
        "annotations": annotations,
        "expected": expected,
        "source": source,
        "project": project,
        "provenance": provenance,
    }


class ProbeFamily:
    """The items of one probe-family file, written in the order they were added."""

    def __init__(self, filename):
        self.filename = filename
        self.items = []

    def add(self, src, expected, source, labels, annotations=None, project=None):
        """An item quoting the file `src` = (repo, path, commit); its project is the repo unless
        named."""
        repo, path, commit = src
        self.append(probe_item(labels, annotations or {}, expected, source, project or repo,
                               provenance(repo, path, commit)))

    def add_page(self, url, expected, source, labels, annotations=None, project=None):
        """An item quoting the web page `url`; its project is the page's host unless named."""
        self.append(probe_item(labels, annotations or {}, expected, source, project or url.split("/")[2],
                               page_provenance(url)))

    def add_host_page(self, url, expected, why, labels, annotations=None):
        """An item quoting the web page `url`, its source named after the page's host
        ("status.example.com: why")."""
        self.add_page(url, expected, f"{url.split('/')[2]}: {why}", labels, annotations)

    def add_thread(self, expected, repo, n, source, labels, annotations, kind="issues"):
        """An alert quoted in issue (or pull request) #n of repo; its project is the repo."""
        what = "issue" if kind == "issues" else "pull request"
        self.append(probe_item(labels, annotations, expected, f"{repo} {what} #{n}: {source}",
                               repo, thread_provenance(repo, n, kind)))

    def append(self, item):
        self.items.append(item)

    def write(self):
        """Writes tests/fixtures/corpus/<filename>, one JSON object a line, and prints a count."""
        with open(os.path.join(CORPUS_DIR, self.filename), "w", encoding="utf-8") as f:
            for item in self.items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        nulls = sum(1 for item in self.items if item["expected"] is None)
        print(f"{self.filename}: {len(self.items)} items, {nulls} null")


def fill_annotation(text, labels, value):
    """Alertmanager's rendering of one annotation: `{{ $labels.x }}` by the alert's label x,
    `{{ $value }}` (bare, piped, humanized or printf'd) by `value` as given, already formatted."""
    def repl(m):
        expr = m.group(1).strip()
        mm = re.match(r"\$labels\.([A-Za-z_][A-Za-z0-9_]*)", expr)
        if mm:
            assert mm.group(1) in labels, (mm.group(1), text)
            return labels[mm.group(1)]
        if "$value" in expr or expr.startswith("humanize") or expr.startswith("printf"):
            assert value is not None, text
            return value
        raise ValueError(expr)
    return re.sub(r"\{\{-?(.*?)-?\}\}", repl, text)


def po_unquote(literal):
    """The string of a .po line's C string literal, its escapes (octal ones too) decoded."""
    s = literal.strip()[1:-1]
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            octal = re.match(r"[0-7]{1,3}", s[i + 1:])
            if octal:
                out.append(chr(int(octal.group(0), 8)))
                i += 1 + len(octal.group(0))
                continue
            nxt = s[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(s[i])
        i += 1
    return "".join(out)


def po_decode(raw):
    """A .po file's bytes as text, in the charset its header declares (UTF-8 without one)."""
    m = re.search(rb"charset=([A-Za-z0-9_-]+)", raw)
    return raw.decode(m.group(1).decode() if m else "utf-8")


def po_messages(text, with_context=True, plural_first=False):
    """msgid -> msgstr of a gettext .po text, escapes decoded; fuzzy, obsolete and untranslated
    entries are left out. An entry with a context (`msgctxt`) is kept unless `with_context` is
    false; a plural entry is left out, or gives its first form with `plural_first`."""
    out, entry, cur = {}, {}, None

    def flush():
        if entry.get("fuzzy") or (entry.get("ctx") is not None and not with_context):
            return
        if entry.get("plural") is not None and not plural_first:
            return
        if entry.get("id") and entry.get("str"):
            out[entry["id"]] = entry["str"]
    for line in text.splitlines() + [""]:
        if not line.strip():
            flush()
            entry, cur = {}, None
        elif line.startswith("#,") and "fuzzy" in line:
            entry["fuzzy"] = True
        elif line.startswith("#"):
            continue
        else:
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
            if m:
                keyword, index = m.group(1), m.group(2)
                if keyword in ("msgctxt", "msgid") and "id" in entry:
                    # An entry that follows without a blank line between.
                    flush()
                    entry = {}
                cur = {"msgctxt": "ctx", "msgid_plural": "plural", "msgid": "id"}.get(keyword)
                if cur is None:
                    cur = "str" if index in (None, "0") else "later"
                entry[cur] = po_unquote(m.group(3))
            elif line.startswith('"') and cur:
                entry[cur] += po_unquote(line)
    return out
