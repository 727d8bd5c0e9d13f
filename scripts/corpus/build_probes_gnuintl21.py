#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_gnuintl21.jsonl: resource-exhaustion and I/O failure messages of
GNU command-line tools in their own translations (the tools' .po catalogues), quoted inside alert
frames of our own (a cron job's failure mail, a CI job failing with its last log line, a backup
job's alert, a log-pattern alert, a batch scheduler's failed-task event); next to look-alikes from the
same catalogues that share the words (memory, exhausted, too many, too large, write, limit,
successfully) but report no resource exhaustion.

What the family tests (source strings; the translations are quoted exactly, placeholders filled):
- GNU coreutils (coreutils/coreutils po/<lang>.po, the last tree that carried po files): gnulib's
  xalloc_die "memory exhausted" (sort, du, ls, cp, tac, join...), gnulib regex's "Memory allocation
  failure"; look-alikes "write error", "%s: write error", "%s: file too large", "Output file suffixes
  exhausted" (csplit), "too many characters in set" (tr), the file type "shared memory object" (stat).
- GNU make (mirror/make po/<lang>.po, the last tree that carried po files): "virtual memory
  exhausted"; look-alikes " (did you mean TAB instead of 8 spaces?)", "Successfully remade target
  file `%s'.", "warning: jobserver unavailable: using -j1.  Add `+' to parent make rule.", "cannot
  enforce load limits on this operating system".
- GNU bash (bminor/bash po/<lang>.po): xmalloc's "%s: cannot allocate %lu bytes (%lu bytes
  allocated)" and "%s: %s:%d: cannot allocate %lu bytes", "brace expansion: cannot allocate memory
  for %s", and /dev/tcp's "%s: host unknown"; look-alikes "write error", "too many arguments",
  "cannot modify limit" (ulimit), the signal description "CPU limit" (SIGXCPU).
Languages: bg, ca, cs, da, de, el, es, fi, fr, gl, he, hr, hu, it, ja, ka, ko, nl, pl, pt_BR, ro,
ru, sk, sr, sv, tr, uk, vi, zh_CN, zh_TW.

Labels, decided by hand under POLICY.md before the classifier ran on the file:
- out_of_memory: the tool's own allocation failure (rule 12): "memory exhausted", "virtual memory
  exhausted", "cannot allocate N bytes", "cannot allocate memory for", "Memory allocation failure".
- dns_failure: bash's "%s: host unknown" for a /dev/tcp/HOST/PORT redirection (getaddrinfo failed;
  rule 7: resolution failed).
Failed cron, CI and backup jobs are not requests (rule 10), so the job's own failure gives no
symptom; the quoted line decides (rule 1).

Look-alikes, labelled `null`: a bare "write error" (no cause named: it may be a closed pipe, EIO,
ENOSPC...), "file too large" from coreutils (the tool's own size check on an input or an offset,
decided `null`: it is not a device or quota refusing a write), "Output file suffixes exhausted" (the
tool ran out of file names), "too many characters in set", "too many arguments", make's hint about
TAB and spaces, a target successfully remade (rule 14), make falling back to -j1 without a jobserver,
load limits not enforceable, ulimit unable to modify a limit (a setting, rule 9), a job killed by
SIGXCPU's "CPU limit" (CPU is `null`, rule 2) and stat reporting a "shared memory object" file type.

Decisions where the policy is silent: a tool's own "file too large" (coreutils) is `null`; a bare
translated "write error" is `null` (only a write failing for space would be `disk_full`).

Left out as ambiguous (rule 6): bash's "cannot allocate new file descriptor for bash input from fd
%d" (may be EMFILE, may be any dup failure), the signal description "File limit" (SIGXFSZ: a
process's RLIMIT_FSIZE, not a device), make's "Resource lost" (SIGLOST), bash's "\\atimed out waiting
for input: auto-logout" (a control character in its msgid). No disk_full or fd_exhaustion item: these
catalogues carry no string of their own for a full device or too many open files (the tools print
the C library's strerror text, whose catalogue this corpus already used).

Sources, read from local mirrors (`fetch`), all checked `ok` with heldout_check.py:
coreutils/coreutils po/<lang>.po @11fd62b0080ce376b26241bd789b7e7390befef6 (2006, parent of the
commit that removed po files); mirror/make po/<lang>.po @8572d6adf04d397505770b0b0d5cfd91cf6a92a8
(2002, likewise); bminor/bash po/<lang>.po @637f5c8696a6adc9b4519f1cd74aa78492266b7f. Hosts, jobs,
paths, pids, byte counts are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick, po_decode, po_messages  # noqa: E402

CU = ("coreutils/coreutils", "11fd62b0080ce376b26241bd789b7e7390befef6")
MK = ("mirror/make", "8572d6adf04d397505770b0b0d5cfd91cf6a92a8")
BA = ("bminor/bash", "637f5c8696a6adc9b4519f1cd74aa78492266b7f")

family = ProbeFamily("probes_gnuintl21.jsonl")
_cache = {}


def msg(src, lang, msgid):
    repo, commit = src
    path = f"po/{lang}.po"
    if (repo, lang) not in _cache:
        _cache[(repo, lang)] = po_messages(po_decode(git_show(repo, commit, path)))
    text = _cache[(repo, lang)].get(msgid)
    assert text, (repo, lang, msgid)
    return text.strip("\n"), (repo, path, commit)


def fill(text, *values):
    """Fills printf placeholders (%s, %lu, %d, %1$s...) in order."""
    import re
    vals = list(values)
    def rep(m):
        return str(vals.pop(0)) if vals else m.group(0)
    return re.sub(r"%(?:\d\$)?'?(?:lu|ld|s|d)", rep, text)


HOSTS = ["batch-03.corp.example", "etl-worker-11", "backup-01.dc2.example", "ci-runner-07",
         "build-agent-14", "report-gen-2", "nas-sync-01", "log-archiver-4", "jump-02.lab.example",
         "ops-cron-05", "ci-runner-22", "data-prep-09"]
JOBS = ["nightly-dedupe", "export-orders", "rotate-archives", "build-firmware", "compile-docs",
        "sync-catalogue", "billing-rollup", "package-release", "weekly-index", "reindex-tiles"]


def _sep(tool):
    return " " if tool.endswith("***") else ": "


def frame(n, tool, line, tag):
    """One of five alert frames quoting a tool's stderr line."""
    host = pick(f"h{tag}{n}", HOSTS)
    job = pick(f"j{tag}{n}", JOBS)
    shape = n % 5
    if shape == 0:
        return ({"alertname": "CronJobFailed", "severity": "warning", "instance": host, "job": "cron-exporter",
                 "cronjob": job},
                {"summary": f"cron job {job} on {host} exited with status {num(f'x{tag}{n}', 1, 3, 0)}",
                 "description": f"stderr of {job}: {tool}{_sep(tool)}{line}"})
    if shape == 1:
        return ({"alertname": "CIJobFailed", "severity": "info", "pipeline": job, "runner": host,
                 "stage": pick(f"s{tag}{n}", ["build", "test", "package"])},
                {"summary": f"Job {job} #{num(f'b{tag}{n}', 1200, 9800, 0)} failed",
                 "message": f"Last log line: {tool}{_sep(tool)}{line}"})
    if shape == 2:
        return ({"alertname": "BackupJobError", "severity": "critical", "instance": host,
                 "backup_set": job},
                {"summary": f"Backup {job} failed on {host}",
                 "description": f"Pre-backup script aborted. Output: \"{tool}{_sep(tool)}{line}\""})
    if shape == 3:
        return ({"alertname": "LogPatternAlert", "severity": "warning", "host": host, "source": "syslog",
                 "namespace": "batch"},
                {"summary": f"Error pattern matched in {host} syslog",
                 "description": f"{host} {job}[{num(f'p{tag}{n}', 1500, 60000, 0)}]: {tool}{_sep(tool)}{line}"})
    return ({"alertname": "KubeJobFailed", "severity": "warning", "namespace": "batch",
             "job_name": f"{job}-{num(f'k{tag}{n}', 28000000, 29999999, 0)}",
             "pod": f"{job}-{num(f'q{tag}{n}', 10000, 99999, 0)}-x{n}"},
            {"summary": f"Job batch/{job} failed to complete",
             "description": f"Container log tail: {tool}{_sep(tool)}{line}"})


def add(expected, src, lang, msgid, tool, n, tag, values=(), note="", line=None):
    text, prov = msg(src, lang, msgid)
    if line is None:
        line = fill(text, *values)
    labels, ann = frame(n, tool, line, tag)
    family.add(prov, expected, f"{src[0]} po/{lang}.po msgid {msgid!r}{note}", labels, ann)


# ---------------------------------------------------------------------------- out_of_memory
CU_TOOLS = ["sort", "du", "ls", "cp", "tac", "join", "uniq", "split", "sort", "du", "ptx", "md5sum",
            "sort", "comm", "ls", "du"]
for i, lang in enumerate(["de", "fr", "ja", "zh_CN", "zh_TW", "vi", "fi", "da", "sr", "sk", "hu", "hr",
                          "gl", "nl", "sl", "ro"]):
    add("out_of_memory", CU, lang, "memory exhausted", CU_TOOLS[i], i, "cume")
for i, lang in enumerate(["bg", "hu", "ca"]):
    add("out_of_memory", CU, lang, "Memory allocation failure", ["csplit", "expr", "nl"][i], i + 1, "cumaf")
for i, lang in enumerate(["ja", "ko", "ru", "de", "he", "pl", "tr", "es"]):
    add("out_of_memory", MK, lang, "virtual memory exhausted", "make", i, "mkvm")
for i, lang in enumerate(["uk", "zh_CN", "ja", "ko", "el", "sr"]):
    add("out_of_memory", BA, lang, "%s: cannot allocate %lu bytes (%lu bytes allocated)", "bash", i, "baxm",
        ("xmalloc", num(f"a{i}", 65536, 900000000, 0), num(f"t{i}", 1000000, 2000000000, 0)))
for i, lang in enumerate(["ka", "zh_TW", "cs", "ro"]):
    add("out_of_memory", BA, lang, "%s: %s:%d: cannot allocate %lu bytes", "bash", i + 2, "baxf",
        ("xmalloc", pick(f"f{i}", ["subst.c", "array.c", "variables.c", "lib/sh/stringvec.c"]),
         num(f"l{i}", 100, 9000, 0), num(f"b{i}", 40000, 700000000, 0)))
for i, lang in enumerate(["it", "pt_BR", "fr"]):
    add("out_of_memory", BA, lang, "brace expansion: cannot allocate memory for %s", "bash", i + 1, "babr",
        (pick(f"w{i}", ["{1..999999999}", "img_{0000..9999}_{a..z}", "{1..2000000000}"]),))

# ---------------------------------------------------------------------------- dns_failure
for i, lang in enumerate(["de", "ja", "hr", "uk"]):
    host = pick(f"dh{i}", ["metrics-gw.corp.example", "graphite.dc2.example", "collector.lab.example",
                           "syslog-relay.example"])
    add("dns_failure", BA, lang, "%s: host unknown", "bash", i, "bahu", (host,),
        " (from a /dev/tcp/HOST/PORT redirection)")

# ---------------------------------------------------------------------------- look-alikes (null)
for i, lang in enumerate(["ru", "ja", "ko", "es"]):
    add(None, CU, lang, "write error", ["tee", "cat", "echo", "printf"][i], i, "cuwe")
for i, lang in enumerate(["zh_CN", "nl"]):
    add(None, CU, lang, "%s: write error", "csplit", i + 2, "cuwe2", (f"xx0{i}",))
for i, lang in enumerate(["ro", "it", "uk", "zh_TW"]):
    add(None, CU, lang, "%s: file too large", ["tail", "tac", "split", "tail"][i], i, "cuftl",
        (pick(f"ft{i}", ["/var/log/app/audit.log", "/srv/export/orders.csv", "dump.sql", "/data/events.ndjson"]),))
for i, lang in enumerate(["fr", "ja", "gl"]):
    add(None, CU, lang, "Output file suffixes exhausted", ["csplit", "split", "split"][i], i + 1, "cusx")
for i, lang in enumerate(["pl", "ca"]):
    add(None, CU, lang, "too many characters in set", "tr", i + 3, "cutr")
for i, lang in enumerate(["ko", "fi"]):
    add(None, CU, lang, "shared memory object", "stat", i, "cushm")
for i, lang in enumerate(["ru", "ja", "hr"]):
    sep, _ = msg(MK, lang, "missing separator%s")
    hint, _ = msg(MK, lang, " (did you mean TAB instead of 8 spaces?)")
    add(None, MK, lang, " (did you mean TAB instead of 8 spaces?)", f"Makefile:{num(f'mf{i}', 9, 240, 0)}: ***",
        i + 1, "mktab", note=" inside 'missing separator%s'", line=sep.replace("%s", hint) + ".  Stop.")
for i, lang in enumerate(["ko", "da"]):
    add(None, MK, lang, "Successfully remade target file `%s'.\n", "make", i + 2, "mkok",
        (pick(f"tg{i}", ["dist/app.tar.gz", "docs/index.html"]),))
for i, lang in enumerate(["de", "pt_BR"]):
    add(None, MK, lang, "warning: jobserver unavailable: using -j1.  Add `+' to parent make rule.", "make",
        i + 3, "mkjs")
for i, lang in enumerate(["nl", "tr"]):
    add(None, MK, lang, "cannot enforce load limits on this operating system", "make", i, "mkld")
for i, lang in enumerate(["uk", "sv"]):
    add(None, BA, lang, "write error", "bash", i + 4, "bawe")
for i, lang in enumerate(["ka", "el"]):
    add(None, BA, lang, "too many arguments", "bash: cd", i, "batma")
for i, lang in enumerate(["cs", "zh_CN"]):
    add(None, BA, lang, "cannot modify limit", "bash: ulimit", i + 1, "baul")
for i, lang in enumerate(["de", "ru"]):
    text, _ = msg(BA, lang, "CPU limit")
    add(None, BA, lang, "CPU limit", f"./run-{i}.sh: line {num(f'ln{i}', 10, 90, 0)}", i + 2, "bacpu",
        line=f"{num(f'pd{i}', 2000, 60000, 0)} {text}  ./compact-segments --all")

if __name__ == "__main__":
    family.write()
