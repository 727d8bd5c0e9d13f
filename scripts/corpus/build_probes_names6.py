"""Builds tests/fixtures/corpus/probes_names6.jsonl: "host not found" and its look-alikes in
the translations of sources not used before, quoted in alerts (Python 3 stdlib only).

- qt/qttranslations `translations/qtbase_<lang>.ts`: the socket, HTTP and DNS-lookup errors of
  QtNetwork ("Host not found", "Host %1 not found", "Non existent domain", "Connection
  refused", "Connection timed out", "Host unreachable", ...) and look-alikes ("File not found",
  "The shared library was not found."), read from a mirror.
- KDE/kio `po/<lang>/kio6.po` (KIO's job errors: "Unknown host %1", "Timeout on server",
  "Error. Out of memory.", "There is not enough space on the disk to write %1." and the
  look-alikes "The file or folder %1 does not exist.", "Access denied to %1."), read with the
  corpus tools (the repository is too large to mirror); the strings below are copied from the
  files at the commits named.
- linux-pam/linux-pam `po/<lang>.po` ("User not known to the underlying authentication
  module", "User account has expired": look-alikes), iputils/iputils `po/<lang>.po` (ping's
  "Destination Host Unreachable", "memory allocation failed") and GNU wget's English messages
  (`src/http.c`, `src/connect.c`, `src/utils.c` of the mirror/wget copy), read from mirrors.

Labels are hand decisions per message under POLICY.md, written before the classifier ran on
the file. Hosts, processes and counts are made up.
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import (  # noqa: E402
    D, DNS, M, N, NULL, T, ProbeFamily, git_ls, git_show, num, pick, po_messages)

QT = ("qt/qttranslations", "15290eb44fa00366cb7c7b6f44223886f38b627b")
KIO = "KDE/kio"
PAM = ("linux-pam/linux-pam", "ddab692c8409c9a3b5613bd21638dea404ba4edf")
IPUTILS = ("iputils/iputils", "9900265d41e1a71f3967c6484798a2fff1ffc48b")
WGET = ("mirror/wget", "8775506f632f14404e4755dbae679dea07abf12a")

# (Qt context, English source, label, share of the languages rendered). A host that cannot be
# resolved (QAbstractSocket::HostNotFoundError, QHttp's lookup, a DNS NXDOMAIN answer) is a
# name-resolution failure; "Connection refused" and "Host unreachable" say the target is down
# (as the corpus labels ECONNREFUSED and EHOSTUNREACH); a connection or network operation
# that timed out is `upstream_timeout` (ETIMEDOUT in glibc_translations.jsonl); files and
# libraries not found are look-alikes of "host not found".
QT_MESSAGES = [
    ("QAbstractSocket", "Host not found", DNS, 100),
    ("QHttp", "Host %1 not found", DNS, 100),
    ("QDnsLookupRunnable", "Non existent domain", DNS, 45),
    ("QImageReader", "File not found", NULL, 55),
    ("QLibrary", "The shared library was not found.", NULL, 30),
    ("QNativeSocketEngine", "Connection refused", N, 30),
    ("QNativeSocketEngine", "Host unreachable", N, 30),
    ("QNativeSocketEngine", "Connection timed out", T, 30),
    ("QNativeSocketEngine", "Network operation timed out", T, 20),
    ("QIODevice", "No space left on device", D, 25),
    ("QSslSocket", "Insufficient memory", M, 100),
]

# KDE/kio po/<lang>/kio6.po: lang -> (commit, Unknown host %1, Timeout on server\n%1,
# Error. Out of memory.\n%1, There is not enough space on the disk to write %1.,
# The file or folder %1 does not exist., Access denied to %1.)
KIO_PO = {
    "de": ("01326eca21152e01ac2e0e479c2c5a8258c089ed", "Unbekannter Rechner %1",
           "Zeitüberschreitung auf dem Server\n%1", "Fehler. Nicht genügend Speicher.\n%1",
           "Es ist nicht ausreichend Platz auf dem Datenträger vorhanden, um %1 zu schreiben.",
           "Die Datei oder der Ordner %1 existiert nicht.", "Zugriff verweigert auf %1."),
    "fr": ("00b8217facb6aea51dda26a930ebf7bad9e85da8", "Hôte %1 inconnu",
           "Pas de réponse du serveur\n%1", "Problème : plus de mémoire disponible.\n%1",
           "Il n'y a pas assez d'espace disque disponible pour écrire %1.",
           "Le fichier ou le dossier %1 n'existe pas.", "Accès refusé à %1."),
    "es": ("01326eca21152e01ac2e0e479c2c5a8258c089ed", "Máquina %1 desconocida",
           "Tiempo de espera agotado en el servidor\n%1", "Error. No queda memoria.\n%1",
           "No hay suficiente espacio en el disco para escribir %1.",
           "El archivo o carpeta %1 no existe.", "Acceso denegado a %1."),
    "ru": ("01326eca21152e01ac2e0e479c2c5a8258c089ed", "Неизвестный узел %1",
           "Истекло время ожидания сервера\n%1", "Ошибка. Недостаточно памяти.\n%1",
           "Недостаточно свободного дискового пространства чтобы записать «%1».",
           "Файл или папка %1 не существует.", "Доступ к %1 запрещён."),
    "zh_CN": ("01326eca21152e01ac2e0e479c2c5a8258c089ed", "未知的主机 %1", "服务器超时\n%1",
              "错误。内存不足。\n%1", "磁盘上没有足够的空间写入 %1。", "文件或者文件夹 %1 不存在。",
              "拒绝访问 %1。"),
}
KIO_LABELS = [("Unknown host %1", DNS), ("Timeout on server", T), ("Error. Out of memory.", M),
              ("There is not enough space on the disk to write %1.", D),
              ("The file or folder %1 does not exist.", NULL), ("Access denied to %1.", NULL)]

PAM_LANGS = ["de", "fr", "es", "it", "pt_BR", "ru", "ja", "zh_CN", "zh_TW", "ko", "pl", "nl",
             "tr", "uk", "cs", "sv", "fi", "hu", "ar", "he", "vi", "id", "ca", "bg", "da",
             "nb", "sk", "hr", "lt", "ro", "ka"]
# zh_Hant says "destination network unreachable" for the host message: left out.
IPUTILS_LANGS = ["cs", "de", "es", "fi", "fr", "id", "it", "ja", "ka", "ko", "pt_BR", "ro",
                 "tr", "uk", "zh_CN"]

UPSTREAMS = ["api.partner-example.com", "files.corp.example", "sync.example.net",
             "tiles.example.org", "voice.example.de", "updates.example.io",
             "mail.corp.example", "cloud.example.fr"]
SERVICES = ["murmur", "nextcloud-sync", "torrent-seed", "map-server", "desktop-farm",
            "media-import", "thin-clients", "kiosk-fleet"]
QT_PROCS = ["murmurd", "qbittorrent-nox", "nextcloudcmd", "qgis_mapserver", "owncloudcmd",
            "telegram-desktop", "qtwebengine-render"]
KIO_PROCS = ["kioworker", "kio-fuse", "dolphin", "baloo_file", "kded6"]


def msgstr(po, msgid):
    """The translation of `msgid` in a .po text, without surrounding white space, or None."""
    return po_messages(po).get(msgid, "").strip() or None


def qt_translations(ts):
    """(context, source) -> finished translation, of a Qt Linguist .ts file."""
    out = {}
    for ctx in re.finditer(r"<context>\s*<name>([^<]*)</name>(.*?)</context>", ts, re.S):
        for m in re.finditer(
                r"<message>\s*(?:<location[^>]*>\s*)*<source>([^<]*)</source>\s*"
                r"(?:<comment>[^<]*</comment>\s*)?(?:<extracomment>[^<]*</extracomment>\s*)?"
                r"<translation([^>]*)>([^<]*)</translation>", ctx.group(2)):
            attrs, text = m.group(2), html.unescape(m.group(3)).strip()
            if text and not any(a in attrs for a in ("unfinished", "vanished", "obsolete")):
                out[(ctx.group(1), html.unescape(m.group(1)))] = text
    return out


def frames(msg, seed, procs):
    """Ways an alert quotes the log line `msg`: a log alert (summary or description), a failed
    job's output, a vendor log monitor, a label holding the error and a message-only alert."""
    service = pick(seed + "s", SERVICES)
    proc = pick(seed + "p", procs)
    pid = num(seed, 700, 42000, 0)
    host = "%s-%02d" % (service, num(seed + "h", 1, 12, 0))
    one_line = msg.replace("\n", " ")
    return [
        ("a log alert (summary)", {
            "alertname": pick(seed + "a", ["LogErrors", "AppErrorLogged", "SyslogErrorPattern"]),
            "service": service, "severity": "warning"}, {
            "summary": "%s[%d]: %s" % (proc, pid, one_line),
            "description": "%s on %s logged this line at level error." % (proc, host)}),
        ("a log alert (description)", {
            "alertname": pick(seed + "b", ["LogErrors", "PromtailErrorLines", "JournalErrors"]),
            "service": service, "severity": "warning"}, {
            "summary": "Errors in the logs of %s" % service,
            "description": "%s %s[%d]: %s" % (host, proc, pid, one_line)}),
        ("a failed-job alert", {
            "alertname": pick(seed + "c", ["JobFailed", "SystemdTimerFailed", "CronJobFailed"]),
            "job_name": pick(seed + "j", ["media-refresh", "sync-shares", "tile-prefetch",
                                          "nightly-import", "seed-rotation"]),
            "severity": "critical"}, {
            "summary": "Scheduled run failed on %s" % host,
            "description": "Exit status 1. Output:\n%s" % msg}),
        ("a vendor log monitor", {
            "alertname": "DatadogLogMonitor", "monitor": "%s log errors" % service}, {
            "title": "[Triggered] %s log errors" % service,
            "message": "%d logs matched \"%s\" on host:%s over the last 10m. @pagerduty" % (
                num(seed + "n", 3, 250, 0), one_line, host)}),
        ("an error label", {
            "alertname": pick(seed + "e", ["ClientErrorsReported", "AppErrorReported"]),
            "service": service, "error_message": one_line, "severity": "warning"}, {
            "summary": "%s reported an error on %s" % (proc, host)}),
        ("a message-only alert", {"alertname": "LogAlert", "service": service}, {
            "message": "%s: %s" % (host, one_line)}),
    ]


def render(family, msg, expected, what, project, repo, path, commit, seed, procs):
    """One item: `msg` quoted in the frame the seed picks."""
    frame, labels, annotations = pick(seed + "f", frames(msg, seed, procs))
    source = "%s %s: the %s in %s" % (repo, path, what, frame)
    family.add((repo, path, commit), expected, source, labels, annotations, project)


def main():
    family = ProbeFamily("probes_names6.jsonl")
    repo, commit = QT
    for path in git_ls(repo, commit, "translations/"):
        m = re.match(r"translations/qtbase_(\w+)\.ts$", path)
        if not m:
            continue
        lang = m.group(1)
        found = qt_translations(git_show(repo, commit, path).decode())
        for context, source, expected, share in QT_MESSAGES:
            text = found.get((context, source))
            seed = "qt" + lang + source
            if not text or num(seed + "k", 0, 100, 0) >= share:
                continue
            msg = text.replace("%1", pick(seed + "u", UPSTREAMS))
            render(family, msg, expected, "%s translation of %s \"%s\"" % (lang, context, source),
                   "qt-translations-%s" % lang, repo, path, commit, seed, QT_PROCS)
    for lang, (commit, *texts) in KIO_PO.items():
        path = "po/%s/kio6.po" % lang
        for text, (source, expected) in zip(texts, KIO_LABELS):
            seed = "kio" + lang + source
            target = pick(seed + "u", UPSTREAMS)
            if expected in (D, NULL):
                target = pick(seed + "t", ["/srv/share/reports/q3.pdf", "/home/kiosk/Downloads",
                                           "smb://%s/media/intake" % target])
            render(family, text.replace("%1", target), expected,
                   "%s translation of \"%s\"" % (lang, source), "kio-po-%s" % lang, KIO, path,
                   commit, seed, KIO_PROCS)
    # One unknown user and one expired account are no outage of ours: look-alikes of "unknown
    # host" and of an expired certificate.
    repo, commit = PAM
    for i, lang in enumerate(PAM_LANGS):
        path = "po/%s.po" % lang
        po = git_show(repo, commit, path).decode()
        source = ("User not known to the underlying authentication module" if i % 3
                  else "User account has expired")
        text = msgstr(po, source)
        if text:
            user = pick(lang + "user", ["svc-backup", "jdoe", "deploy", "kiosk"])
            procs = ["sshd", "login", "sudo", "vsftpd"]
            service = pick("pam" + lang + "p", procs)
            line = "pam_unix(%s:auth): %s (%s)" % (service, text, user) if i % 2 else text
            render(family, line, NULL, "%s translation of \"%s\"" % (lang, source),
                   "linux-pam-po-%s" % lang, repo, path, commit, "pam" + lang, procs)
    repo, commit = IPUTILS
    for i, lang in enumerate(IPUTILS_LANGS):
        path = "po/%s.po" % lang
        po = git_show(repo, commit, path).decode()
        source, expected = (("Destination Host Unreachable\n", N) if i % 3
                            else ("memory allocation failed", M))
        text = msgstr(po, source)
        if text:
            if expected == N:
                text = "From 10.%d.%d.1 icmp_seq=%d %s" % (
                    num(lang + "a", 1, 250, 0), num(lang + "b", 1, 250, 0),
                    num(lang + "c", 1, 9, 0), text)
            render(family, text, expected, "%s translation of \"%s\"" % (
                lang, source.strip()), "iputils-po-%s" % lang, repo, path, commit,
                "ping" + lang, ["ping"] if expected == N else ["ping", "arping"])
    repo, commit = WGET
    wget = [
        ("src/http.c", "wget: unable to resolve host address ‘%s’" % "mirror.example.net",
         DNS, "\"%s: unable to resolve host address %s\""),
        ("src/http.c", "2026-11-30 03:12:44 ERROR 404: Not Found.", NULL,
         "\"%s ERROR %d: %s.\" with a 404"),
        ("src/http.c", "Cannot write to ‘/var/cache/mirror/pool/main.tar.zst’ (No space left "
         "on device).", D, "\"Cannot write to %s (%s).\" with ENOSPC"),
        ("src/connect.c", "Connecting to updates.example.io (updates.example.io)|203.0.113.7|"
         ":443... failed: Connection timed out.", T, "\"failed: %s.\" with ETIMEDOUT"),
        ("src/connect.c", "Connecting to tiles.example.org (tiles.example.org)|198.51.100.4|"
         ":80... failed: Connection refused.", N, "\"failed: %s.\" with ECONNREFUSED"),
        ("src/utils.c", "wget: xmalloc: Failed to allocate 536870912 bytes; memory exhausted.",
         M, "\"%s: %s: Failed to allocate %ld bytes; memory exhausted.\""),
    ]
    for path, line, expected, what in wget:
        for variant in range(2):
            render(family, line, expected, "message %s" % what, "gnu-wget", repo, path, commit,
                   "wget%d%s" % (variant, what), ["wget", "mirror-sync"])
    family.write()


if __name__ == "__main__":
    main()
