#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_netintl21.jsonl: network failures as five command-line network
clients print them in their own translations (gettext .po catalogues), quoted inside alert frames of
our own (a CronJob or CI job quoting the tool's stderr, a log-pattern alert quoting a log line, an
error-ratio alert quoting its most frequent error, a repeated synthetic check, a backup job, a vendor
log monitor), next to look-alikes from the same catalogues that mention hosts, DNS, connections or
timeouts without anything failing.

What the family tests (recall on wording nobody here wrote rules for):
- dns_failure: wget's "%s: unable to resolve host address %s" and its host.c results after
  "Resolving %s... " ("failed: Temporary failure in name resolution.", "failed: Unknown host.",
  "failed: timed out." — the lookup itself timed out, rule 13 — and "failed: No IPv4/IPv6
  addresses for host."); aria2's "Failed to resolve the hostname %s, cause: %s"; openconnect's
  "getaddrinfo failed for host '%s': %s"; gFTP's "Cannot look up hostname %s: %s"; ELinks's
  "Host not found". Languages: ja, zh_CN, de, vi, ru, zh_TW, hu, uk, pt_BR, el, tr, ar, hi, th, ko,
  ta, bg.
- node_down (rule 11: the client's error names a peer that is not there): aria2's "Failed to
  connect to the host %s, cause: Connection refused"; openconnect's "SOCKS proxy error 04: host
  unreachable", "05: connection refused by destination host", "03: network unreachable"
  (Punjabi, Uyghur, Greek, Chinese, Polish, Ukrainian); gFTP's "Cannot connect to %s: %s" with
  "Connection refused" / "No route to host".
- upstream_timeout (rule 13: the caller gave up on what it called): gFTP's "Connection to %s
  timed out" (a connect timeout, rule 11), aria2's "Timeout." (its read/connect timeout on a
  download), ELinks's connection state "Receive timeout".

Look-alikes, labelled `null`: progress and success lines (wget "Resolving %s... " with nothing
after it is NOT used; "Connecting to %s|%s|:%d... connected.", "Reusing existing connection",
openconnect "CSTP connected. DPD %d, Keepalive %d", gFTP "Connected to %s:%d", ELinks "Looking up
host", "Making connection"); option help and settings labels that name DNS or timeouts (wget
--dns-timeout, --connect-timeout, --retry-connrefused usage text after a mistyped option; aria2
--async-dns and --timeout help; gFTP "Network timeout:", its help text and "Connect retries:"
changed by config management — rule 9; ELinks "Asynchronous DNS", "Timeout for non-restartable
connections (in seconds).", "Maximum connections per host"); information pushed by a VPN
gateway ("Received DNS server %s", "Received DNS search domain"), openconnect's "Idle timeout is
%d minutes.", "Tunnel timeout (rekey interval) is %d minutes.", "User requested reconnect" (an
operator's action, rule 9); configuration and usage errors ("Missing colon in resolve option",
"No --script argument provided; DNS and routing are not configured", wget "Invalid host name"
from URL parsing); the "resolve" of something that is not a host (wget "Cannot resolve
incomplete link", gFTP "Resolve Remote Symlinks (LIST -L)"); gFTP "Cannot look up service name
%s/tcp. Please check your services file" (a missing /etc/services entry, not DNS); a
certificate name mismatch (aria2 "Hostname not match.", null as in probes_dnsintl20); aria2's
"Stop downloading torrent due to --bt-stop-timeout option." (a time limit on its own run, rule 10).
No look-alike sits in an error-ratio frame (that frame would keep its symptom, rule 1).

Labels, decided by hand under POLICY.md before the classifier ran on the file. Failed jobs and
backups are not requests (rule 10), so the quoted line decides (rules 1, 8, 11, 13).
Decisions where the policy is silent: a SOCKS proxy's reply that the destination is
unreachable or refused the connection is node_down of that destination (rule 11's wording, said
by the proxy on the client's behalf); a lookup restricted to one address family finding no
address ("No IPv4/IPv6 addresses for host") is dns_failure.

Left out as ambiguous (rule 6): openconnect's "Failed to connect to host %s" (no reason given),
its Dead Peer Detection lines ("CSTP Dead Peer Detection detected dead peer!": a VPN session,
rule 5's link, or a dead gateway?), "DTLS handshake timed out" (openconnect falls back to TLS)
and "Reconnect failed"; gFTP's "Remote site %s disconnected. Max retries reached...giving up"
and "Waiting %d seconds until trying to connect again"; aria2's "Connection failed." and "Proxy
connection failed."; wget's "Read error at byte" lines (their reason is glibc's strerror, a
project this corpus already used). Where a message carries a system error text (gai_strerror,
strerror), it is filled with the English C-library text, as on hosts without libc language packs.

Sources, read from local mirrors (`fetch`), all checked `ok` with heldout_check.py (also the bare
names wget, aria2, openconnect, gftp, elinks):
mirror/wget po/<lang>.po, src/host.c, src/connect.c @282798f52e2cde76eaeb1384d6fcbdc624c79611
(the last commit with po/ in the repository); aria2/aria2 po/<lang>.po
@74520b03f86cbe043e594035f229d2079668671c (the last with po/); openconnect/openconnect
po/<lang>.po, ssl.c, http.c @ca7bc36520e53561eda2c44186dd2a2e20f69d20; masneyb/gftp po/<lang>.po
@48114635f7b7b1f9a5eda985021ea53b10a7a030; rkd77/elinks po/<lang>.po, src/network/state.c
@939e101c86958790e2140840e5d826a9848ca750. Hosts, jobs, pods, counts and ratios are made up.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick, po_decode, po_messages  # noqa: E402

WGET = ("mirror/wget", "282798f52e2cde76eaeb1384d6fcbdc624c79611")
ARIA2 = ("aria2/aria2", "74520b03f86cbe043e594035f229d2079668671c")
OC = ("openconnect/openconnect", "ca7bc36520e53561eda2c44186dd2a2e20f69d20")
GFTP = ("masneyb/gftp", "48114635f7b7b1f9a5eda985021ea53b10a7a030")
ELINKS = ("rkd77/elinks", "939e101c86958790e2140840e5d826a9848ca750")

family = ProbeFamily("probes_netintl21.jsonl")
_cache = {}


def tr(src, lang, msgid):
    key = (src[0], lang)
    if key not in _cache:
        _cache[key] = po_messages(po_decode(git_show(src[0], src[1], f"po/{lang}.po")))
    text = _cache[key].get(msgid)
    assert text, (src[0], lang, msgid)
    return text


_PH = re.compile(r"%(?:\d+\$)?(?:<PRId64>|\.\*s|[-0-9]*[sdux])")


def fill(text, *values):
    """The message with its printf placeholders filled in order (a trailing newline dropped)."""
    vals = list(values)

    def sub(m):
        assert vals, (text, values)
        return str(vals.pop(0))
    out = _PH.sub(sub, text).rstrip("\n")
    assert not vals, (text, values)
    return out


# ------------------------------------------------------------------------------ made-up values
HOSTS = ["mirror.pkg-lager.example", "ftp.stadtwerke-nord.example", "files.partner-logistik.example",
         "repo.build-farm.example", "dl.vendor-firmware.example", "backup.offsite-dc2.example",
         "artifacts.shop-intern.example", "sftp.bank-export.example", "cdn-origin.media.example",
         "updates.kassensystem.example"]
VPN = ["vpn-gw1.zentrale.example", "vpn.filiale-ost.example", "asa-edge.hq.example",
       "gp-portal.corp.example", "ocserv.lab.example"]
IPS = ["203.0.113.17", "198.51.100.42", "192.0.2.88", "203.0.113.201", "198.51.100.9"]
NODES = ["batch-01", "batch-02", "ops-cron-3", "util-vm-7", "backup-01", "edge-gw-2", "mirror-sync-1"]
JOBS = {"wget": ["mirror-sync", "firmware-fetch", "price-list-import", "geoip-refresh", "feed-pull"],
        "aria2": ["iso-mirror", "dataset-download", "media-ingest", "image-prefetch"],
        "openconnect": ["vpn-branch-link", "vpn-partner-tunnel", "vpn-backup-path"],
        "gftp": ["edi-upload", "offsite-ftp-backup", "partner-export", "invoice-drop"],
        "elinks": ["status-page-dump", "intranet-snapshot", "price-scrape"]}
CMDS = {"wget": "wget -q -N https://{h}/pub/current.tar.gz",
        "aria2": "aria2c -x4 --async-dns=true https://{h}/images/base.qcow2",
        "openconnect": "openconnect --protocol=anyconnect --proxy=socks5://10.8.0.2:1080 {h}",
        "gftp": "gftp-text -u ftp://svc_export@{h}/outbox/",
        "elinks": "elinks -dump https://{h}/status"}


# ------------------------------------------------------------------------------ frames
def frame(n, tool, line, host, shape):
    job = pick(f"job{tool}{n}", JOBS[tool])
    node = pick(f"node{tool}{n}", NODES)
    cmd = CMDS[tool].format(h=host)
    pid = num(f"pid{tool}{n}", 1200, 48000, 0)
    if shape == "cron":
        return ({"alertname": "KubeJobFailed", "severity": "warning", "namespace": "batch",
                 "job_name": f"{job}-{num(f'j{tool}{n}', 29100000, 29400000, 0)}"},
                {"summary": f"Job batch/{job} failed to complete",
                 "description": f"Exit code 1 after {num(f'a{tool}{n}', 2, 4, 0)} attempts. "
                                f"Last lines of output:\n+ {cmd}\n{line}"})
    if shape == "log":
        return ({"alertname": "LogPatternMatched", "severity": "warning", "app": tool,
                 "instance": node},
                {"summary": f"{num(f'c{tool}{n}', 3, 80, 0)} matching lines from {tool} on {node} "
                            f"in the last 15m",
                 "description": f"{node} {tool}[{pid}]: {line}"})
    if shape == "ratio":
        return ({"alertname": "DownloadFailureRatioHigh", "severity": "critical", "service": job},
                {"summary": f"{num(f'r{tool}{n}', 15, 100, 1)}% of {job} attempts failing",
                 "description": f"Failure ratio above 10% for 20m. Most frequent error: {line}"})
    if shape == "synthetic":
        return ({"alertname": "SyntheticCheckFailing", "severity": "critical",
                 "check": f"{job}-reachability", "locations": "3/3"},
                {"summary": f"{job}-reachability failed 4 consecutive runs from all locations",
                 "description": f"Step 1 ({cmd}) failed: {line}"})
    if shape == "backup":
        return ({"alertname": "BackupJobFailed", "severity": "critical", "job": job,
                 "instance": node},
                {"summary": f"Backup/transfer job {job} on {node} failed",
                 "message": f"Run #{num(f'b{tool}{n}', 300, 9000, 0)} ended with status FAILED. "
                            f"Tool stderr: {line}"})
    if shape == "ci":
        return ({"alertname": "GitLabJobFailed", "severity": "warning", "project": "ops/fetchers",
                 "stage": "fetch"},
                {"summary": f"Pipeline #{num(f'p{tool}{n}', 40000, 99999, 0)} of ops/fetchers: "
                            f"job {job} failed",
                 "description": f"$ {cmd}\n{line}\nERROR: Job failed: exit code 1"})
    if shape == "datadog":
        return ({"alertname": "DatadogLogMonitor", "severity": "warning",
                 "monitor": f"{job} errors"},
                {"title": f"[Triggered] {job} errors",
                 "message": f"{num(f'd{tool}{n}', 2, 40, 0)} logs matched \"{line}\" on "
                            f"host:{node} in the last 10 minutes."})
    if shape == "timer":
        return ({"alertname": "SystemdTimerRunFailed", "severity": "warning",
                 "unit": f"{job}.service", "instance": node},
                {"summary": f"{job}.service (timer-triggered) exited with failure on {node}",
                 "description": f"journal: {tool}[{pid}]: {line}"})
    raise ValueError(shape)


POS_SHAPES = ["cron", "log", "ratio", "synthetic", "backup", "ci", "datadog", "timer"]
NULL_SHAPES = ["cron", "log", "backup", "ci", "datadog", "timer"]


def config_frame(n, tool, line, old, new):
    """Configuration management reporting a changed setting (rule 9: null)."""
    node = pick(f"cfg{tool}{n}", NODES)
    return ({"alertname": "ConfigDriftDetected", "severity": "info", "instance": node,
             "tool": tool},
            {"summary": f"Managed setting changed on {node}",
             "description": f"{tool} option \"{line}\" changed from {old} to {new} by the "
                            f"ansible run of 03:10."})


def add(src, lang, label, why, labels, annotations, path=None):
    family.add((src[0], path or f"po/{lang}.po", src[1]), label,
               f"{src[0].split('/')[1]} ({lang}): {why}", labels, annotations)


_count = [0]


def item(src, tool, lang, line, label, why, host, shapes=None):
    n = _count[0]
    _count[0] += 1
    shapes = shapes or (POS_SHAPES if label else NULL_SHAPES)
    labels, ann = frame(n, tool, line, host, shapes[n % len(shapes)])
    add(src, lang, label, why, labels, ann)


def main():
    D, N, T = "dns_failure", "node_down", "upstream_timeout"
    h = lambda k: pick(k, HOSTS)  # noqa: E731

    # ------------------------------------------------------------------ wget
    for lang in ["ja", "zh_CN", "de", "vi"]:
        host = h(f"wu{lang}")
        item(WGET, "wget", lang, fill(tr(WGET, lang, "%s: unable to resolve host address %s\n"),
                                      "wget", host), D,
             "\"%s: unable to resolve host address %s\" (connect.c: the lookup found no address)",
             host)
    for lang, res, why in [("ru", "Temporary failure in name resolution", "TRY_AGAIN"),
                           ("zh_TW", "Temporary failure in name resolution", "TRY_AGAIN"),
                           ("hu", "Unknown host", "HOST_NOT_FOUND"),
                           ("pt_BR", None, "no address of the requested family"),
                           ("uk", "timed out", "the lookup timed out (rule 13)")]:
        host = h(f"wr{lang}")
        head = fill(tr(WGET, lang, "Resolving %s... "), host)
        if res == "timed out":
            tail = tr(WGET, lang, "failed: timed out.\n").rstrip("\n")
        elif res is None:
            tail = tr(WGET, lang, "failed: No IPv4/IPv6 addresses for host.\n").rstrip("\n")
        else:
            tail = fill(tr(WGET, lang, "failed: %s.\n"), tr(WGET, lang, res))
        item(WGET, "wget", lang, head + tail, D,
             f"\"Resolving %s... \" + host.c failure ({why}): a failed lookup", host)
    # look-alikes
    for lang in ["ru", "ja"]:
        host, ip = h(f"wc{lang}"), pick(f"ip{lang}", IPS)
        line = fill(tr(WGET, lang, "Connecting to %s|%s|:%d... "), host, ip, 443) + \
            tr(WGET, lang, "connected.\n").rstrip("\n")
        item(WGET, "wget", lang, line, None,
             "\"Connecting to %s|%s|:%d... connected.\" — a successful connect (look-alike)", host,
             ["log", "datadog"])
    item(WGET, "wget", "zh_CN", fill(tr(WGET, "zh_CN", "Reusing existing connection to %s:%d.\n"),
                                     h("wre"), 443), None,
         "\"Reusing existing connection to %s:%d.\" — keep-alive reuse (look-alike)", h("wre"),
         ["log"])
    for lang, opt in [("de", "       --dns-timeout=SECS        set the DNS lookup timeout to SECS.\n"),
                      ("zh_TW", "       --dns-timeout=SECS        set the DNS lookup timeout to SECS.\n"),
                      ("pl", "       --retry-connrefused       retry even if connection is refused.\n"),
                      ("ja", "       --connect-timeout=SECS    set the connect timeout to SECS.\n")]:
        line = "wget: unrecognized option '--dns-timout=5'\n" + tr(WGET, lang, opt).rstrip("\n")
        item(WGET, "wget", lang, line, None,
             f"option help \"{opt.strip()}\" printed after a mistyped option (usage; look-alike)",
             h(f"wo{lang}"), ["cron", "ci"])
    for lang in ["it", "tr"]:
        line = f"https://mirror..pkg-lager.example/pub/: {tr(WGET, lang, 'Invalid host name')}."
        item(WGET, "wget", lang, line, None,
             "\"Invalid host name\" — url.c rejected a malformed URL (parsing; look-alike)",
             h(f"wi{lang}"), ["ci", "cron"])
    for lang in ["uk", "el"]:
        line = fill(tr(WGET, lang, "%s: Cannot resolve incomplete link %s.\n"),
                    "/srv/mirror/index.html", "../pool/")
        item(WGET, "wget", lang, line, None,
             "\"%s: Cannot resolve incomplete link %s.\" — a relative link in a page, not a host "
             "(look-alike)", h(f"wl{lang}"), ["log", "timer"])

    # ------------------------------------------------------------------ aria2
    for lang, cause in [("el", "Name or service not known"), ("ru", "Temporary failure in name "
                        "resolution"), ("ja", "Name or service not known"),
                        ("bg", "Name or service not known")]:
        host = h(f"ar{lang}")
        line = "errorCode=19 " + fill(tr(ARIA2, lang, "Failed to resolve the hostname %s, cause: %s"),
                                      host, cause)
        item(ARIA2, "aria2", lang, line, D,
             "\"Failed to resolve the hostname %s, cause: %s\" — a failed lookup", host)
    for lang, cause in [("ja", "Connection refused"), ("tr", "Connection refused"),
                        ("de", "No route to host"), ("uk", "Connection refused")]:
        host = h(f"ac{lang}")
        line = "errorCode=1 " + fill(tr(ARIA2, lang, "Failed to connect to the host %s, cause: %s"),
                                     host, cause)
        item(ARIA2, "aria2", lang, line, N,
             f"\"Failed to connect to the host %s, cause: {cause}\" — the peer is not there "
             f"(rule 11)", host)
    for lang in ["he", "zh_TW", "it"]:
        host = h(f"at{lang}")
        line = f"CUID#7 - Download aborted. URI=https://{host}/images/base.qcow2 errorCode=2 " + \
            tr(ARIA2, lang, "Timeout.")
        item(ARIA2, "aria2", lang, line, T,
             "\"Timeout.\" with errorCode=2 — aria2 gave up waiting for the server (rule 13)", host)
    # look-alikes
    for lang, opt in [("uk", " --async-dns[=true|false]     Enable asynchronous DNS."),
                      ("ru", " -t, --timeout=SEC            Set timeout in seconds.")]:
        line = "aria2c: unrecognized option '--asyncdns'\n" + tr(ARIA2, lang, opt)
        item(ARIA2, "aria2", lang, line, None, f"option help \"{opt.strip()}\" after a usage "
             "error (look-alike)", h(f"ao{lang}"), ["cron", "ci"])
    for lang in ["ja", "el"]:
        host = h(f"ah{lang}")
        item(ARIA2, "aria2", lang, "errorCode=1 " + tr(ARIA2, lang, "Hostname not match."), None,
             "\"Hostname not match.\" — a certificate name mismatch (null as in probes_dnsintl20; "
             "look-alike)", host, ["log", "backup"])
    item(ARIA2, "aria2", "ru", fill(tr(ARIA2, "ru", "GID#%<PRId64> Stop downloading torrent due to "
                                           "--bt-stop-timeout option."), 3),
         None, "\"Stop downloading torrent due to --bt-stop-timeout option.\" — a time limit on its "
         "own run (rule 10; look-alike)", h("abt"), ["log"])

    # ------------------------------------------------------------------ openconnect
    for lang in ["uk", "zh_CN", "tr"]:
        host = pick(f"og{lang}", VPN)
        line = fill(tr(OC, lang, "getaddrinfo failed for host '%s': %s\n"), host,
                    "Name or service not known")
        item(OC, "openconnect", lang, line, D,
             "\"getaddrinfo failed for host '%s': %s\" (ssl.c) — a failed lookup", host)
    for lang, code, reason, why in [
            ("pa", "04", "host unreachable", "the destination host is unreachable"),
            ("ug", "04", "host unreachable", "the destination host is unreachable"),
            ("el", "04", "host unreachable", "the destination host is unreachable"),
            ("zh_CN", "05", "connection refused by destination host", "the destination refused"),
            ("pl", "05", "connection refused by destination host", "the destination refused"),
            ("uk", "03", "network unreachable", "the destination network is unreachable")]:
        host = pick(f"os{lang}{code}", VPN)
        line = fill(tr(OC, lang, "SOCKS proxy error %02x: %s\n"), code, tr(OC, lang, reason))
        item(OC, "openconnect", lang, line, N,
             f"\"SOCKS proxy error %02x: {reason}\" (http.c) — {why} (rule 11)", host)
    # look-alikes
    oc_nulls = [
        ("uk", "Received DNS server %s\n", ("10.20.0.53",), "DNS settings pushed by the gateway"),
        ("zh_CN", "Received DNS server %s\n", ("10.44.1.10",), "DNS settings pushed by the gateway"),
        ("sv", "Received DNS search domain %.*s\n", ("corp.example",), "a search domain pushed"),
        ("de", "User requested reconnect\n", (), "an operator's reconnect (rule 9)"),
        ("el", "No --script argument provided; DNS and routing are not configured\n", (),
         "a configuration warning at start-up"),
        ("pl", "Idle timeout is %d minutes.\n", (30,), "a session setting announced"),
        ("zh_CN", "Tunnel timeout (rekey interval) is %d minutes.\n", (720,), "a rekey setting"),
        ("tr", "CSTP connected. DPD %d, Keepalive %d\n", (30, 20), "the tunnel came up"),
        ("hu", "Missing colon in resolve option\n", (), "a malformed --resolve option (usage)")]
    for lang, msgid, vals, why in oc_nulls:
        host = pick(f"on{lang}{msgid[:5]}", VPN)
        item(OC, "openconnect", lang, fill(tr(OC, lang, msgid), *vals), None,
             f"\"{msgid.strip()}\" — {why} (look-alike)", host, ["log", "datadog", "timer"])

    # ------------------------------------------------------------------ gFTP
    for lang in ["ar", "hi", "th", "ko", "ta"]:
        host = h(f"gl{lang}")
        line = fill(tr(GFTP, lang, "Cannot look up hostname %s: %s\n"), host,
                    "Name or service not known")
        item(GFTP, "gftp", lang, line, D,
             "\"Cannot look up hostname %s: %s\" — a failed lookup", host)
    for lang, err in [("ar", "Connection refused"), ("th", "No route to host"),
                      ("zh_TW", "Connection refused"), ("hi", "Connection refused")]:
        host = h(f"gc{lang}")
        line = fill(tr(GFTP, lang, "Cannot connect to %s: %s\n"), host, err)
        item(GFTP, "gftp", lang, line, N,
             f"\"Cannot connect to %s: {err}\" — the server is not there (rule 11)", host)
    for lang in ["ko", "bg", "zh_HK", "ta", "ru", "ja"]:
        host = h(f"gt{lang}")
        line = fill(tr(GFTP, lang, "Connection to %s timed out\n"), host)
        item(GFTP, "gftp", lang, line, T,
             "\"Connection to %s timed out\" — a connect timeout (rules 11, 13)", host)
    # look-alikes
    for i, (lang, label, old, new) in enumerate([("ar", "Network timeout:", 60, 120),
                                                 ("th", "Network timeout:", 30, 90),
                                                 ("mr", "Connect retries:", 3, 5)]):
        labels, ann = config_frame(i, "gftp", tr(GFTP, lang, label), old, new)
        add(GFTP, lang, None, f"the settings label \"{label}\" changed (rule 9; look-alike)",
            labels, ann)
    labels, ann = config_frame(9, "gftp", tr(GFTP, "hi", "The timeout waiting for network "
                                             "input/output. This is NOT an idle timeout."), 60, 300)
    add(GFTP, "hi", None, "a setting's help text changed with it (rule 9; look-alike)", labels, ann)
    for lang in ["ko", "bn"]:
        host = h(f"gok{lang}")
        item(GFTP, "gftp", lang, fill(tr(GFTP, lang, "Connected to %s:%d\n"), host, 21), None,
             "\"Connected to %s:%d\" — a successful connect (look-alike)", host, ["log", "datadog"])
    item(GFTP, "gftp", "ja", tr(GFTP, "ja", "Resolve Remote Symlinks (LIST -L)"), None,
         "\"Resolve Remote Symlinks (LIST -L)\" — a settings label about symlinks (look-alike)",
         h("gsym"), ["log"])
    item(GFTP, "gftp", "ru", fill(tr(GFTP, "ru", "Cannot look up service name %s/tcp. Please check "
                                         "your services file\n"), "ftps"), None,
         "\"Cannot look up service name %s/tcp\" — a missing /etc/services entry, not DNS "
         "(look-alike)", h("gsvc"), ["cron"])
    item(GFTP, "gftp", "ta", fill(tr(GFTP, "ta", "Disconnecting from site %s\n"), h("gdis")), None,
         "\"Disconnecting from site %s\" — a normal disconnect at the end of a session "
         "(look-alike)", h("gdis"), ["log"])

    # ------------------------------------------------------------------ ELinks
    for lang in ["ru", "bg", "el"]:
        host = h(f"eh{lang}")
        item(ELINKS, "elinks", lang, "ELinks: " + tr(ELINKS, lang, "Host not found"), D,
             "\"Host not found\" (state.c S_NO_DNS) — a failed lookup", host)
    for lang in ["uk", "be", "sv"]:
        host = h(f"et{lang}")
        item(ELINKS, "elinks", lang, "ELinks: " + tr(ELINKS, lang, "Receive timeout"), T,
             "\"Receive timeout\" (state.c S_TIMEOUT) — the server did not send in time (rule 13)",
             host)
    # look-alikes
    for lang, msgid, why in [("ru", "Looking up host", "a progress state"),
                             ("bg", "Making connection", "a progress state")]:
        item(ELINKS, "elinks", lang, tr(ELINKS, lang, msgid), None,
             f"\"{msgid}\" — {why} (look-alike)", h(f"ep{lang}"), ["log"])
    for i, (lang, msgid, old, new) in enumerate([
            ("cs", "Asynchronous DNS", 0, 1),
            ("fr", "Timeout for non-restartable connections (in seconds).", 600, 900),
            ("fi", "Maximum connections per host", 2, 4)]):
        labels, ann = config_frame(20 + i, "elinks", tr(ELINKS, lang, msgid), old, new)
        add(ELINKS, lang, None, f"the option \"{msgid}\" changed (rule 9; look-alike)", labels, ann)
    family.write()


if __name__ == "__main__":
    main()
