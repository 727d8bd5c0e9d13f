"""Shared helpers for the corpus-3 builders (Python 3 stdlib only).

Items are rendered from vendor templates and rule files read out of git snapshots
(`git --git-dir <mirror> show <commit>:<path>`); labels are hand decisions kept in the
builders next to each source, never computed from the text.
"""
import hashlib
import json
import os
import re
import subprocess

MIRROR = os.environ.get("CORPUS3_MIRROR", "/work/.mirror")
SIGNATURES = {
    "fd_exhaustion", "certificate_expiry", "dns_failure", "disk_full", "out_of_memory",
    "deadlock", "connection_pool_exhaustion", "rate_limited", "replication_lag",
    "upstream_timeout", "crash_loop", "node_down", "queue_backlog", "high_error_rate",
    "high_latency",
}

# Short names for the hand-written label tables of the builders.
D, M, C, N, L, E, Q, R, RL, RP, CE, FD, DNS, DL, T = (
    "disk_full", "out_of_memory", "crash_loop", "node_down", "high_latency", "high_error_rate",
    "queue_backlog", "rate_limited", "replication_lag", "connection_pool_exhaustion",
    "certificate_expiry", "fd_exhaustion", "dns_failure", "deadlock", "upstream_timeout")
NULL = None


def git_dir(repo):
    return os.path.join(MIRROR, repo.replace("/", "+"), "repo")


def git_show(repo, commit, path):
    return subprocess.check_output(["git", "--git-dir", git_dir(repo), "show", f"{commit}:{path}"])


def git_ls(repo, commit, under=""):
    out = subprocess.check_output(["git", "--git-dir", git_dir(repo), "ls-tree", "-r", "--name-only", commit] + ([under] if under else []))
    return [p for p in out.decode().split("\n") if p]


def pick(seed, options):
    """A stable choice: the same seed always renders the same made-up value."""
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return options[h % len(options)]


def num(seed, lo, hi, digits=1):
    h = int(hashlib.sha256(("n" + seed).encode()).hexdigest(), 16)
    v = lo + (h % 10_000) / 10_000 * (hi - lo)
    return round(v, digits) if digits else int(v)


def item(labels, annotations, expected, source, project, repo, path, commit, expected_service=None):
    assert expected is None or expected in SIGNATURES, expected
    d = {"labels": labels, "annotations": annotations, "expected": expected, "source": source,
         "project": project, "provenance": {"repo": repo, "path": path, "commit": commit}}
    if expected_service:
        d["expected_service"] = expected_service
    return d


def strip_md_links(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"https?://\S+", "", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def write_jsonl(path, items):
    seen = set()
    out = []
    for it in items:
        key = (it["labels"].get("alertname"), it["annotations"].get("summary"))
        if key in seen:
            continue
        seen.add(key)
        out.append(it)
    with open(path, "w") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    return len(out)
