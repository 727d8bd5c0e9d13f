"""Prometheus rule templates filled the way the whole-rule-file builders render them
(`build_rulesets28a.py`, `build_rulesets28b.py`, `build_rulesets28c.py`): a template's
`$labels`/`$value` actions filled from a made-up series, the labels a rule's expression keeps,
Go raw-string escapes undone, a Helm chart's rule template rendered with its defaults."""

import re


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
