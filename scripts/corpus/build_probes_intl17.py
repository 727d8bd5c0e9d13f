#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_intl17.jsonl: translated network, storage and memory errors of
desktop and system software (gettext .po catalogues), quoted in the alerts of fleets that run
that software: a log-pattern alert, a failed job's output, an error-ratio alert quoting its most
frequent error, a synthetic check, a vendor's log-monitor notification.

What the family tests: non-English wording, in 69 catalogues (among them Arabic, Persian,
Hebrew, Uyghur, Turkish, Azerbaijani, Vietnamese, Thai, Indonesian, Malay, Greek, Ukrainian,
Russian, Belarusian, Kazakh, Georgian, Romanian, Bulgarian, Macedonian, Serbian in both scripts,
Croatian, Slovak, Slovenian, Czech, Polish, Hungarian, Lithuanian, Latvian, Estonian, Finnish,
Swedish, Danish, Norwegian, Dutch, Catalan, Basque, Galician, Welsh, Korean, Japanese, Chinese,
Hindi, Marathi, Gujarati, Kannada, Tamil, Malayalam, Bengali, Assamese, Odia, Punjabi, Albanian),
of:
- dns_failure: HexChat's "Unknown host. Maybe you misspelled it?" and evolution-data-server's
  (Camel's) "Host lookup “%s” failed. Check your host name for spelling errors.";
- node_down: HexChat's "Connection failed (Connection refused)" and "No route to host"
  (POLICY.md rule 11: the peer is not there);
- upstream_timeout: HexChat's "Connection failed (Connection timed out)" (a connect timeout, rule
  11/13: the client gave up on the server it called);
- out_of_memory: evolution-data-server's "Out of memory" (its cache), "Insufficient memory" (its
  SQLite stores, SQLITE_NOMEM) and "security library: memory allocation failure." (NSS), a
  library's own allocation failure (rule 12);
- certificate_expiry: evolution-data-server's trust prompt "The certificate has expired." and
  its S/MIME "Peer's Certificate has expired.";
- disk_full: dnf's "Disk Requirements: At least {0}MB more space needed on the {1} filesystem."
  (the RPM transaction check refusing the update for lack of free space).

Look-alikes labelled null (rule 5 and the family's brief): HexChat's "Disconnected (Remote host
closed socket)" (a closed connection says nothing of the peer being down) and "Cannot join
(You are banned)" (refused access); evolution-data-server's "The certificate’s activation time is
still in the future." (not yet valid), "The signing certificate authority is not known."
(untrusted issuer), "Authentication failed.", "Connection cancelled", "The user pressed
cancel.", "Timed out trying to get lock file on %s. Try again later." (a lock held by another
process; the timeout is a wait on a lock, not a caller giving up on something it called, rule
13) and "Expired password" (password expiry, rule 5); dnf's "Waiting for process with pid %d to
finish." (its lock held by another dnf). Null messages are never put in an error-ratio frame
(an error-ratio alert quoting a message that names no cause keeps its symptom, rule 1) nor in a
synthetic check (rule 7 leaves a single failed check's other reasons out); positives go into
every frame except that a timeout is never the result of a synthetic check (rule 7: a single
timed-out probe is left out).

Left out as ambiguous (rule 6): evolution-data-server's "No space" (an address-book error code
whose meaning, storage or a slot, the text does not settle), glib-style "Not enough space in
destination" (a buffer, not a disk), HexChat's "Connection reset by peer" (neither closed
gracefully nor a peer known to be down), its "No ping reply for N seconds, disconnecting." (an
idle server that may be alive), and its DCC transfer timeouts (a peer-to-peer transfer, not a
service); Camel's "Host lookup “%s” failed: %s", whose reason is an untranslated resolver string. Also left out: catalogues whose translation does not say what the
msgid says (HexChat's Gujarati "Connection refused" reads "the connection broke";
evolution-data-server's Croatian "The certificate has expired." is only "[ISTEKLA]", "[EXPIRED]").
The Croatian item was meant to be left out before the first classifier run, but the Bosnian one
was dropped by mistake; it was removed after that run (disclosed in SOURCES.md), no label changed.

Sources, read from local mirrors (`fetch github:owner/name`), checked with
/work/briefs/heldout_check.py (all "ok"): hexchat/hexchat po/<lang>.po at
b544ac3350e85d4cc41fe3414cbdb82d75ce5d7a; GNOME/evolution-data-server po/<lang>.po at
ccb3cba2c0458ee08b1ea5f34b0521d3fde4d231; rpm-software-management/dnf po/<lang>.po at
5ad76abc97a6b82a70ddc828d2286a47567eff7f. Only the translated strings are quoted; HexChat's
colour codes (%C20, %O, $t) are stripped as its log files do, its `$1` and the `%s`/`{0}`
placeholders are filled with made-up hosts, folders and sizes, and the frames are our own.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick, po_messages  # noqa: E402

HEXCHAT = ("hexchat/hexchat", "b544ac3350e85d4cc41fe3414cbdb82d75ce5d7a")
EDS = ("GNOME/evolution-data-server", "ccb3cba2c0458ee08b1ea5f34b0521d3fde4d231")
DNF = ("rpm-software-management/dnf", "5ad76abc97a6b82a70ddc828d2286a47567eff7f")

family = ProbeFamily("probes_intl17.jsonl")
DNS, DOWN, TIMEOUT, OOM, CERT, DISK = ("dns_failure", "node_down", "upstream_timeout",
                                      "out_of_memory", "certificate_expiry", "disk_full")


# ------------------------------------------------------------------ reading .po catalogues
def catalogue(src, lang):
    """msgid -> msgstr of po/<lang>.po; a plural entry gives its first form (msgstr[0])."""
    repo, commit = src
    return po_messages(git_show(repo, commit, f"po/{lang}.po").decode("utf-8"), plural_first=True)


_CACHE = {}


def msg(src, lang, msgid):
    key = (src, lang)
    if key not in _CACHE:
        _CACHE[key] = catalogue(src, lang)
    text = _CACHE[key].get(msgid)
    assert text, (src[0], lang, msgid)
    return text


def hexchat_clean(text):
    """HexChat's text-event colour and format codes removed, as its plain-text logs show them."""
    text = re.sub(r"%C\d+(,\d+)?", "", text)
    return text.replace("%O", "").replace("%B", "").replace("%U", "").replace("$t", "").strip()


# ------------------------------------------------------------------ frames
FLEETS = ["kiosk-fleet", "desk-ws", "lab-pcs", "thin-client", "ops-desktops", "call-center",
          "library-terminals", "newsroom-ws", "clinic-pcs", "edu-lab"]
LOGPATTERN, JOB, RATIO, SYNTH, VENDOR = range(5)


def host_of(seed):
    return f"{pick(seed + 'f', FLEETS)}-{num(seed, 1, 48, 0):02d}"


def frame(kind, seed, program, line, what):
    """One alert quoting `line`, logged by `program`, in the frame `kind`."""
    host = host_of(seed)
    fleet = host.rsplit("-", 1)[0]
    pid = num(seed + "pid", 1200, 64000, 0)
    if kind == LOGPATTERN:
        count = num(seed + "c", 3, 240, 0)
        style = num(seed + "s", 0, 2.99, 0)
        if style == 0:
            return ({"alertname": "LogPatternMatched", "service": fleet, "severity": "warning",
                     "instance": host},
                    {"summary": f"{count} matching lines from {program} in the last 15m",
                     "description": f"{host} {program}[{pid}]: {line}"})
        if style == 1:
            return ({"alertname": "LokiErrorLines", "namespace": "desktop-ops", "app": program,
                     "severity": "warning"},
                    {"summary": f"{program} on {host}: {line}",
                     "description": f"Seen {count} times since the last evaluation."})
        return ({"alertname": "SyslogErrorPattern", "host": host, "program": program,
                 "severity": "warning"},
                {"message": f"Dec  4 03:{num(seed + 'm', 10, 59, 0)}:07 {host} {program}[{pid}]: {line}"})
    if kind == JOB:
        job = {"hexchat": "irc-archive-export", "evolution-source-registry": "calendar-sync",
               "evolution-addressbook-factory": "gal-refresh",
               "evolution-calendar-factory": "calendar-sync", "dnf": "dnf-automatic"}.get(program, "nightly-sync")
        return ({"alertname": "JobFailed", "job_name": job, "instance": host, "severity": "critical"},
                {"summary": f"Job {job} failed on {host}",
                 "description": f"Exit status 1. Last lines of output:\n{line}"})
    if kind == RATIO:
        pct = num(seed + "p", 6, 38)
        return ({"alertname": "SyncErrorRatioHigh", "service": fleet, "severity": "critical"},
                {"summary": f"{pct}% of {what} attempts from {fleet} failing",
                 "description": f"Error ratio above 5% for 15m. Most frequent error ({host}): {line}"})
    if kind == SYNTH:
        return ({"alertname": "SyntheticCheckFailed", "check": f"{what}-{fleet}", "severity": "critical",
                 "locations": "3/3"},
                {"summary": f"Synthetic check {what}-{fleet} failing from all locations for 10m",
                 "description": f"Last result from runner {host}: {line}"})
    monitor = f"{fleet} {program} errors"
    return ({"alertname": "DatadogLogMonitor", "monitor": monitor, "severity": "warning"},
            {"title": f"[Triggered] {monitor}",
             "message": f"{num(seed + 'c', 12, 300, 0)} logs matched \"{line}\" on host:{host} over the "
                        f"last 10m. @slack-desktop-ops"})


def add(src, lang, msgid, expected, kind, program, line, why, what="sync"):
    repo, commit = src
    seed = f"{repo}{lang}{msgid}{kind}"
    if expected is None:
        assert kind not in (RATIO, SYNTH), (lang, msgid)
    if expected == TIMEOUT:
        assert kind != SYNTH
    labels, annotations = frame(kind, seed, program, line, what)
    family.add((repo, f"po/{lang}.po", commit), expected,
               f"{repo} po/{lang}.po: {msgid!r} — {why}", labels, annotations)


# ------------------------------------------------------------------ HexChat
IRC_HOSTS = ["irc.libera.example", "irc.oftc.example", "chat.corp.example", "irc.intra.example",
             "irc.campus.example"]
H_UNKNOWN = "%C20*%O$tUnknown host. Maybe you misspelled it?"
H_FAILED = "%C20*%O$tConnection failed (%C20$1%O)"
H_DISCON = "%C20*%O$tDisconnected (%C20$1%O)"
H_BANNED = "%C22*%O$tCannot join %C22$1 %O(%C20You are banned%O)."
HEXCHAT_PLAN = [
    # (reason msgid or None, label, why, languages)
    ("unknown", DNS, "the IRC server's host name was not found",
     ["ca", "da", "hu", "id", "ko", "lt", "nb", "sq", "sv", "tr", "pt_BR"]),
    ("Connection refused", DOWN, "the server refused the connection (rule 11)",
     ["be", "bg", "cs", "el", "et", "kn", "lv", "mk", "sk", "th"]),
    ("No route to host", DOWN, "no route to the server's host (rule 11)",
     ["az", "eu", "fi", "gl", "hi", "ja_JP", "nl", "pa", "sl", "uk"]),
    ("Connection timed out", TIMEOUT, "the connect to the server timed out (rules 11, 13)",
     ["cs", "el", "eu", "fi", "gl", "hi", "lv", "sr", "uk", "vi", "zh_TW"]),
    ("Remote host closed socket", None, "the server closed the connection (look-alike)",
     ["ca", "ko", "pl", "ru", "tr", "vi", "zh_TW", "sr"]),
    ("banned", None, "refused entry to a channel (look-alike, access refused)",
     ["el", "id", "it", "sv", "pt", "es"]),
]


def hexchat():
    n = 0
    for reason, expected, why, langs in HEXCHAT_PLAN:
        for lang in langs:
            if reason == "unknown":
                line, key = hexchat_clean(msg(HEXCHAT, lang, H_UNKNOWN)), H_UNKNOWN
            elif reason == "banned":
                key = H_BANNED
                line = hexchat_clean(msg(HEXCHAT, lang, H_BANNED)).replace("$1", "#ops-oncall")
            else:
                reason_text = msg(HEXCHAT, lang, reason)
                key = H_DISCON if expected is None else H_FAILED
                cat = _CACHE[(HEXCHAT, lang)]
                if key in cat:
                    line = hexchat_clean(cat[key]).replace("$1", reason_text)
                else:
                    key, line = reason, reason_text
            host = pick(f"{lang}{reason}", IRC_HOSTS)
            if expected is not None and reason != "unknown":
                line = f"{host}:6697 — {line}"
            elif reason == "unknown":
                line = f"{host}: {line}"
            kinds = [LOGPATTERN, JOB, VENDOR] if expected is None else [LOGPATTERN, JOB, RATIO, VENDOR, SYNTH]
            if expected == TIMEOUT:
                kinds = [LOGPATTERN, JOB, RATIO, VENDOR]
            kind = kinds[n % len(kinds)]
            n += 1
            add(HEXCHAT, lang, key if key != reason else reason, expected, kind, "hexchat", line, why,
                what="irc-connect")


# ------------------------------------------------------------------ evolution-data-server
ACCOUNTS = ["mail.corp.example", "imap.clinic.example", "exchange.intra.example",
            "caldav.school.example", "smtp.newsroom.example"]
EDS_PLAN = [
    ("Host lookup “%s” failed. Check your host name for spelling errors.", DNS,
     "Camel could not resolve the mail server's host name", "evolution-source-registry",
     ["bg", "cs", "eu", "fr", "hu", "id", "kk", "lv", "pl", "sl", "sr", "uk", "tr"]),
    ("Out of memory", OOM, "the data server's cache ran out of memory (rule 12)",
     "evolution-addressbook-factory",
     ["az", "cy", "fa", "fi", "he", "ka", "mk", "nn", "xh", "ie", "ro", "ml"]),
    ("Insufficient memory", OOM, "its SQLite store ran out of memory (SQLITE_NOMEM, rule 12)",
     "evolution-calendar-factory",
     ["ar", "bn", "hi", "mr", "gu", "ja", "ko", "ms", "ro", "th", "vi", "el"]),
    ("security library: memory allocation failure.", OOM,
     "NSS could not allocate memory (rule 12)", "evolution-source-registry",
     ["da", "lt", "ru", "sv"]),
    ("The certificate has expired.", CERT, "the server's TLS certificate has expired",
     "evolution-source-registry",
     ["be", "bn_IN", "gl", "hr", "kn", "nb", "or", "sk", "ug", "zh_HK"]),
    ("Peer's Certificate has expired.", CERT, "the peer's certificate has expired",
     "evolution-source-registry", ["id", "kk", "pt_BR", "uk"]),
    ("The certificate’s activation time is still in the future.", None,
     "a certificate not yet valid (look-alike)", "evolution-source-registry",
     ["fa", "ka", "ro", "tr", "ms", "oc", "fur", "hr"]),
    ("The signing certificate authority is not known.", None,
     "an untrusted issuer (look-alike)", "evolution-source-registry",
     ["as", "fa", "fi", "hi", "ja", "ta", "mr", "ml"]),
    ("Authentication failed.", None, "a rejected login (look-alike)", "evolution-source-registry",
     ["bg", "el", "es", "hr", "it", "lv", "sr", "zh_TW"]),
    ("Connection cancelled", None, "a connection cancelled (look-alike)",
     "evolution-source-registry", ["cs", "eu", "gl", "nl", "pl", "sl"]),
    ("Timed out trying to get lock file on %s.  Try again later.", None,
     "a lock file held by another process (look-alike; a lock wait, not an upstream, rule 13)",
     "evolution-source-registry", ["de", "hu", "lt", "ru", "sr@latin", "uk"]),
    ("Expired password", None, "password expiry (look-alike, rule 5)",
     "evolution-source-registry", ["eo", "id", "ka", "pt_BR"]),
    ("The user pressed cancel.", None, "an operation cancelled by the user (look-alike)",
     "evolution-source-registry", ["fr", "pl", "sv", "zh_CN"]),
]

# Left out (rule 6) after the first classifier run, as intended before it: the translation says
# only "[ISTEKLA]" ("[EXPIRED]"). It keeps its turn in the frame rotation so that the other items
# stay as they were classified.
EDS_LEFT_OUT = {("hr", "The certificate has expired.")}


def eds():
    n = 0
    for msgid, expected, why, program, langs in EDS_PLAN:
        for lang in langs:
            text = msg(EDS, lang, msgid)
            account = pick(f"eds{lang}{msgid}", ACCOUNTS)
            if "%s" in text:
                fill = account if "Host lookup" in msgid else "/var/mail/oncall"
                text = text.replace("%s", fill, 1)
            elif expected in (CERT, None) and "certif" in msgid.lower():
                text = f"{account}: {text}"
            elif expected is None:
                text = f"{account}: {text}"
            if expected is None:
                kinds = [LOGPATTERN, JOB, VENDOR]
            elif expected in (DNS, CERT):
                kinds = [LOGPATTERN, RATIO, SYNTH, JOB, VENDOR]
            else:
                kinds = [LOGPATTERN, JOB, RATIO, VENDOR]
            kind = kinds[n % len(kinds)]
            n += 1
            if (lang, msgid) in EDS_LEFT_OUT:
                continue
            add(EDS, lang, msgid, expected, kind, program, text, why, what="mail-sync")


# ------------------------------------------------------------------ dnf
D_SPACE = "At least {0}MB more space needed on the {1} filesystem."
D_WAIT = "Waiting for process with pid %d to finish."
DNF_SPACE_LANGS = ["bg", "cs", "fi", "fur", "hu", "ja", "ka", "ko", "lt", "pa", "pl", "sl", "uk",
                   "zh_TW"]
DNF_WAIT_LANGS = ["ca", "da", "eu", "it", "sk", "sr", "th"]


def dnf():
    for i, lang in enumerate(DNF_SPACE_LANGS):
        mb = num(f"dnf{lang}", 40, 900, 0)
        fs = pick(f"dnffs{lang}", ["/", "/usr", "/var", "/boot"])
        space = msg(DNF, lang, D_SPACE).replace("{0}", str(mb)).replace("{1}", fs)
        cat = _CACHE[(DNF, lang)]
        head = [cat[k] for k in ("Error Summary", "Disk Requirements:") if k in cat]
        line = "\n".join(head + ["   " + space])
        kind = [JOB, LOGPATTERN, VENDOR, RATIO][i % 4]
        if kind != JOB:
            line = space
        add(DNF, lang, D_SPACE, DISK, kind, "dnf", line,
            "the RPM transaction needs more free space on a filesystem", what="package-update")
    for i, lang in enumerate(DNF_WAIT_LANGS):
        pid = num(f"dnfpid{lang}", 900, 40000, 0)
        line = msg(DNF, lang, D_WAIT).replace("%d", str(pid))
        add(DNF, lang, D_WAIT, None, [JOB, LOGPATTERN][i % 2], "dnf", line,
            "dnf waits for its lock held by another dnf process (look-alike)", what="package-update")


def main():
    hexchat()
    eds()
    dnf()
    family.write()


if __name__ == "__main__":
    main()
