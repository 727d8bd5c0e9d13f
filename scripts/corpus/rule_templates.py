"""Prometheus rule templates filled the way the whole-rule-file builders render them
(`build_rulesets27.py`, `build_rulesets28*.py`, `build_rulesets29*.py`, `build_rulesets30*.py`):
a template's `$labels`/`$value` actions filled from a made-up series, the labels a rule's
expression keeps, Go raw-string escapes undone, a Helm chart's rule template rendered with its
defaults (`helm_text`, `helm_file`); (`RuleFiles`) every alerting rule of a file read from its
snapshot and turned into labelled items; and the writer of a builder's items (`write_items`,
`RuleFiles.write`)."""

import json
import os
import re
import subprocess

import yaml

from probes_common import probe_item, provenance


def fmt_value(value, spec):
    return str(value)


def render(text, series, value, queried=()):
    """A template filled; `queried` gives, in order, the text each `{{ with query ... }}` or
    `{{ range query ... }}` block prints."""
    text = str(text)
    values = list(queried)
    text = re.sub(r"\{\{ with query .*?\{\{ end \}\}", lambda m: str(values.pop(0)), text)
    text = re.sub(r"\{\{ range query .*?\{\{ end \}\}", lambda m: str(values.pop(0)), text, flags=re.S)

    def label(m):
        return series[m.group(1)]
    text = re.sub(r"\{\{-?\s*\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*-?\}\}", label, text)
    text = re.sub(r"\{\{-?\s*index\s+\$labels\s+\"([A-Za-z_][A-Za-z0-9_]*)\"\s*-?\}\}", label, text)
    text = re.sub(r"\{\{\s*\$labels\s*\}\}",
                  "map[" + " ".join(f"{k}:{v}" for k, v in sorted(series.items())) + "]", text)
    text = re.sub(r"\{\{-?\s*(?:printf\s+\"[^\"]*\"\s+)?\$value(?:\s*\|[^}]*)?\s*-?\}\}", str(value), text)
    text = re.sub(r"\{\{-?\s*(?:humanize[A-Za-z0-9]*|humanizePercentage|humanizeDuration)\s+\$value\s*-?\}\}",
                  str(value), text)
    assert "{{" not in text and "$labels" not in text and "$value" not in text, text
    return text


def template_labels(texts):
    names = []
    for t in texts:
        names += re.findall(r"\$labels\.([A-Za-z_][A-Za-z0-9_]*)", str(t))
        names += re.findall(r"index\s+\$labels\s+\"([A-Za-z_][A-Za-z0-9_]*)\"", str(t))
    return names


def kept_labels(expr):
    """The labels an outermost aggregation keeps, or None when the expression keeps the series'."""
    e = " ".join(str(expr).split())
    e = re.sub(r"^histogram_quantile\(\s*[0-9.]+\s*,\s*", "", e)
    m = re.match(r"^\(?\s*(?:sum|max|min|avg|count|topk\(\d+,\s*)?\s*(?:sum|max|min|avg|count)?\s*by\s*\(([^)]*)\)", e)
    if m:
        return [x.strip() for x in m.group(1).split(",") if x.strip() and x.strip() != "le"]
    m = re.match(r"^\(?\s*(?:sum|max|min|avg|count)\s*\((.*)\)\s*by\s*\(([^)]*)\)", e)
    if m:
        return [x.strip() for x in m.group(2).split(",") if x.strip() and x.strip() != "le"]
    if re.match(r"^\(?\s*(?:sum|max|min|avg|count)\s*\(", e) and " by " not in e and " by(" not in e:
        return []
    return None


def unescape(text):
    """Go template raw strings ({{`...`}}) as the text they stand for; a bare `{{value}}` (a typo
    for `{{$value}}` in one source) as `{{$value}}`."""
    text = re.sub(r"\{\{`(.*?)`\}\}", lambda m: m.group(1), str(text))
    return text.replace("{{value}}", "{{$value}}")


def helm_text(source):
    """A Helm or operator Go template of a rule file, its rules as the chart renders them by default (`source`, the file as committed):
    lines holding only template actions (if/with/range/end/toYaml) are dropped, `{{ "{{" }}` and
    ``{{`...`}}`` escapes give the Prometheus template they stand for, and any other action left in
    metadata is replaced by a placeholder."""
    keep = []
    for line in source.splitlines(True):
        s = line.strip()
        if s.startswith("{{") and s.endswith("}}") and "`" not in s and "$labels" not in s:
            continue
        keep.append(line)
    # Only the YAML documents that hold alerting rules (an operator's bundle holds others too).
    text = "\n---\n".join(d for d in re.split(r"(?m)^---\s*$", "".join(keep)) if "alert:" in d)
    text = text.replace('{{ "{{" }}', "{{").replace('{{ "}}" }}', "}}")
    text = re.sub(r"\{\{`(.*?)`\}\}", lambda m: m.group(1), text)
    text = re.sub(r"\{\{-?\s*(?!\$labels|\$value|humanize|printf)[^{}$]*\}\}", "placeholder", text)
    return text


MIRROR = os.environ.get("CORPUS3_MIRROR", "/work/.mirror")
OUT = "OUT"
# The reason for leaving out a rule whose alertname a blind set already has (the blind sets
# must share no rule with the corpora the classifier is tuned on).
BLIND2 = "shares its name with a blind set's rule"
PUBLIC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "corpus-public")


def show(repo, commit, path):
    """A file of a repository snapshot under $CORPUS3_MIRROR, as committed."""
    git_dir = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    if os.path.isdir(os.path.join(git_dir, ".git")):
        git_dir = os.path.join(git_dir, ".git")  # a snapshot brought with its work tree
    return subprocess.check_output(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"]).decode()


def configmap_text(repo, commit, path, key):
    """A rule file held as a string under `key` in a Kubernetes ConfigMap's `data` (the text
    Prometheus or Thanos Ruler reads): the first ConfigMap of the file's documents that holds it."""
    for doc in yaml.safe_load_all(show(repo, commit, path)):
        if doc and doc.get("kind") == "ConfigMap" and key in (doc.get("data") or {}):
            return doc["data"][key]
    raise AssertionError(f"{repo} {path}: no ConfigMap holds {key}")


def salt_rule_file(alarms, group):
    """A Salt formula's `server.alert` alarms (meta/prometheus.yml: name -> if, for, labels,
    annotations) written as a Prometheus rule file of one group."""
    rules = []
    for name, a in alarms.items():
        rule = {"alert": name, "expr": a["if"]}
        if "for" in a:
            rule["for"] = a["for"]
        rule["labels"] = a.get("labels") or {}
        rule["annotations"] = a.get("annotations") or {}
        rules.append(rule)
    return yaml.safe_dump({"groups": [{"name": group, "rules": rules}]}, sort_keys=False,
                          allow_unicode=True, width=1000)


def helm_file(repo, commit, path, subs):
    """A Helm chart's rule template rendered by `helm_text` after the chart's release name,
    namespace and default thresholds (values.yaml or the template's own `default`) are put in
    place of their actions: `subs` maps each action's text, as the template writes it, to its
    value, replaced in order."""
    text = show(repo, commit, path)
    for k, v in subs.items():
        text = text.replace(k, v)
    return helm_text(text)


def rules_of(text):
    """The alerting rules of a rule file in file order."""
    out = []

    def walk(x):
        if isinstance(x, dict):
            if "alert" in x and "expr" in x:
                out.append(x)
                return
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    for doc in yaml.safe_load_all(text):
        walk(doc)
    return out


def write_items(path, items):
    """Writes `items` to `path`, one JSON object a line in the order given, and prints the file's
    name, its count of items, of null items and of projects, then each project's count (in the
    order projects first appear)."""
    with open(path, "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    nulls = sum(1 for i in items if i["expected"] is None)
    projects = {}
    for i in items:
        projects[i["project"]] = projects.get(i["project"], 0) + 1
    print(f"{os.path.basename(path)}: {len(items)} items, {nulls} null, {len(projects)} projects")
    for p, n in projects.items():
        print(f"  {p}: {n}")


def label_string(value):
    """A rule label's value as Prometheus reads it into a string (YAML `true` is "true")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class RuleFiles:
    """The items taken from whole rule files, and the rules left out with their reasons.

    Each file is read from its snapshot (git object at the cited commit) under $CORPUS3_MIRROR and
    every alerting rule is taken, one item per alertname (the first rule of that name); a file
    holding an alertname the builder's table does not decide is refused. The alert's labels are
    the rule's own labels + alertname + the series labels the expression keeps (for an
    aggregation `by (...)`, those only; otherwise the made-up series), with any label the
    templates name added from the same made-up values. `{{ $labels.x }}` is filled with that
    value, `{{ $value }}` (bare, piped or printf'd) with the value given per rule, already in the
    form its `humanize*` function would print. Everything else keeps the source's wording."""

    def __init__(self):
        self.items = []
        self.left_out = []  # (repo, path, alertname, reason)

    def take(self, repo, path, commit, labels, base, extra=None, text=None, max_rules=60):
        """Every alerting rule of the file (its first `max_rules` alertnames), one item per
        alertname, labelled by `labels`: alertname -> (expected, value[, series overrides]) or
        (OUT, reason). `base` is the made-up series (or a function of the alertname giving it),
        `extra` the made-up values of labels only some rules keep or name; `text` the file's text
        once its deployment template is filled (default: the file as committed). A rule's series
        overrides may hold `_query`: the text each `{{ with query }}`/`{{ range query }}` block
        of its annotations prints, in order (see `render`)."""
        seen = set()
        taken = 0
        for r in rules_of(text if text is not None else show(repo, commit, path)):
            name = r["alert"]
            if name in seen:
                continue
            seen.add(name)
            if taken >= max_rules:
                break
            taken += 1
            assert name in labels, f"{repo} {path}: no decision for {name}"
            decision = labels[name]
            if decision[0] == OUT:
                self.left_out.append((repo, path, name, decision[1]))
                continue
            expected, value = decision[0], decision[1]
            rule_base = base(name) if callable(base) else base
            pool = dict(rule_base, **(extra or {}))
            overrides = dict(decision[2]) if len(decision) > 2 else {}
            queried = overrides.pop("_query", ())
            anns = {k: unescape(v) for k, v in (r.get("annotations") or {}).items()}
            rule_labels = r.get("labels") or {}
            kept = kept_labels(r.get("expr", ""))
            series = {}
            series.update(rule_base if kept is None else {k: pool[k] for k in kept if k in pool})
            series.update(overrides)
            for n in template_labels(list(anns.values()) + list(rule_labels.values())):
                if n not in series:
                    assert n in pool, f"{name}: no made-up value for {n}"
                    series[n] = pool[n]
            out_labels = {"alertname": name}
            out_labels.update({k: render(label_string(v), series, value) for k, v in rule_labels.items()})
            for k, v in series.items():
                if v != "":  # a label a template names but the series lacks renders empty, and is no label
                    out_labels.setdefault(k, v)
            out_anns = {k: render(v, series, value, queried) for k, v in anns.items()}
            self.items.append(probe_item(out_labels, out_anns, expected, f"{repo} {path}: {name}", repo,
                                         provenance(repo, path, commit)))
        unused = set(labels) - seen
        assert not unused, f"{repo} {path}: decisions for rules not in the file: {unused}"

    def write(self, filename):
        """Writes the items to tests/fixtures/corpus-public/<filename> (`write_items`) and prints
        each rule left out with its reason."""
        write_items(os.path.join(PUBLIC_DIR, filename), self.items)
        for r in self.left_out:
            print("  out:", *r)
