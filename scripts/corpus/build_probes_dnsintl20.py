#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_dnsintl20.jsonl: a host name that did not resolve, as two
end-user programs that infrastructure still runs in batch say it in their own translations, inside
alert frames of our own (a log-pattern alert quoting a line, a failed job quoting its output, an
error-ratio alert quoting the most frequent error, a synthetic check, a vendor's log monitor, a
syslog match); next to look-alikes from the same catalogues and from git's that share the words
("host", "hostname", "resolve", "look up", 解析, "найти") but are not a failed lookup.

What the family tests:
- Mutt's "Could not find the host \"%s\"" (mutt_socket.c: getaddrinfo() failed for the SMTP, IMAP
  or POP server), printed by `mutt` in report-mailing cron jobs and mailbox checks, in English and
  twenty-two translations (bg, ca, cs, da, de, el, eo, es, et, eu, fi, fr, hu, ja, nl, pl, ru, sv,
  tr, uk, zh_CN, zh_TW): "Rechner „%s“ kann nicht gefunden werden",
  "Не удалось определить адрес сервера", "ホスト ... が見つからなかった", "%s 호스트를 찾을 수 없음",
  "无法找到主机", "找不到主機", "Kan adres van server ... niet achterhalen"...
- CUPS's "Unable to locate printer \"%s\"." as backend/network.c prints it when
  httpAddrGetList() finds no address for the printer's host name, in English and fifteen
  translations (ca, de, es, fr, it, ja, ka, pl, pt, pt_BR, ro, ru, sv, ta, zh_CN — Georgian and
  Tamil among them), quoted from cupsd's error_log, a job's printer-state-message and a test-print
  check.

Look-alikes, labelled `null`:
- Mutt: the certificate's owner does not match the host name ("Certificate host check failed:
  certificate owner does not match hostname %s", and GnuTLS's "WARNING: Server hostname does not
  match certificate") — a name mismatch, not an expired certificate, as
  probes_datadog11.jsonl already labels it; "POP host is not defined." (a missing setting); "Connection
  to %s closed" (the server hung up; the hexchat "Disconnected" items of probes_intl17 are null).
- CUPS: "A printer named \"%s\" already exists." (a name already in use), "Bad hostname/address in
  URI" (a malformed device URI), "IP address is not allowed as hostname when using Negotiate - use
  FQDN." (a configuration rule), lpadmin's "Expected hostname after \"-h\" option." (usage) and
  "The printer is in use." (busy).
- git: "could not resolve HEAD", "unable to resolve revision: %s", "failed to resolve '%s' as a
  valid ref" — resolving a *ref*, in languages whose word is the resolver's own (无法解析, 無法解析,
  "kunde inte slå upp", "không thể phân giải", "no s'ha pogut resoldre") — and "strange hostname
  '%s' blocked" (git refusing a host name that starts with '-', a safety check).
All look-alikes sit in log, job, syslog or synthetic frames: none is quoted by an error-ratio
alert (that alert would keep its symptom, rule 1).

Labels, decided by hand under POLICY.md before the classifier ran on the file: a program that could
not find its server's or printer's address is `dns_failure` (rule 7: "could not resolve"), whatever
frame quotes it (rules 1, 13). Failed report-mailing or print jobs are not requests (rule 10), so
the cause, not a symptom, decides. Decision where the policy is silent: a certificate whose
names do not match the host is `null` (not `certificate_expiry`: nothing expired), following
probes_datadog11.jsonl.

Left out as ambiguous (rule 6): CUPS's "Unable to locate printer." without a host name (printed
while a dnssd:// device URI is not yet resolved: a DNS-SD browse, which may only be waiting for
the printer to advertise) and "Couldn't resolve mDNS URI"; "Unable to resolve printer-uri." (the
same); Mutt's "Could not connect to %s (%s)." (its label hangs on the errno text), "Reconnect
failed" and "Connection to %s timed out"; CUPS's "The printer is not responding." (a single status
message, rule 7's single failed check).

Sources, read from local mirrors (`fetch`), all checked `ok` with heldout_check.py:
muttmua/mutt po/<lang>.po, mutt_socket.c, mutt_ssl.c, mutt_ssl_gnutls.c, pop.c
@15c45790fd593bb29d8d72c5fa87260109c96e6e; OpenPrinting/cups locale/cups_<lang>.po and
backend/network.c @d19bccfed26ac02b24dac80ba0258588dbeaea61; git/git po/<lang>.po and the
builtin/*.c files that print the messages @1a3e64c6c4a623626ff0687008732a8e007e2a1c.
Hosts, printers, jobs, pods, counts and ratios are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick, po_decode, po_messages  # noqa: E402

MUTT = ("muttmua/mutt", "15c45790fd593bb29d8d72c5fa87260109c96e6e")
CUPS = ("OpenPrinting/cups", "d19bccfed26ac02b24dac80ba0258588dbeaea61")
GIT = ("git/git", "1a3e64c6c4a623626ff0687008732a8e007e2a1c")

family = ProbeFamily("probes_dnsintl20.jsonl")
_cache = {}


def catalogue(src, path):
    key = (src[0], path)
    if key not in _cache:
        _cache[key] = po_messages(po_decode(git_show(src[0], src[1], path)))
    return _cache[key]


def tr(src, path, msgid):
    """The translation of msgid in the .po file `path` of `src`; English when path is None."""
    if path is None:
        return msgid
    text = catalogue(src, path).get(msgid)
    assert text, (src[0], path, msgid)
    return text


# ------------------------------------------------------------------------------ made-up values
MAIL_HOSTS = ["smtp.corp-mail.example", "imap.lager-nord.example", "mx-relay.kanzlei.example",
              "mail.stadtwerke-ost.example", "smtp.office.hafen.example", "pop.archiv.example",
              "smtp-out.fabrik3.example", "imaps.uni-campus.example"]
PRINT_HOSTS = ["prn-lager-2.office.example", "hp-m507-3og.print.example", "kyo-empfang.hq.example",
               "zebra-versand-04.wh.example", "lexmark-buchhaltung.corp.example",
               "brother-2f-east.branch.example", "ricoh-labor-1.lab.example"]
MAIL_JOBS = ["nightly-sales-report", "backup-summary-mail", "invoice-digest", "dunning-letters",
             "kpi-weekly-mail", "audit-export-mail"]
PRINT_QUEUES = ["lager_etiketten", "versand_zebra", "buchhaltung_a4", "empfang", "labor_ricoh",
                "picking_lists", "hr_payslips"]
MAIL_NODES = ["batch-01", "batch-02", "ops-cron-3", "util-vm-7", "report-vm-2"]
NODES = ["batch-01", "batch-02", "ops-cron-3", "util-vm-7", "print-gw-1", "print-gw-2", "cups-02"]
REPOS = ["platform/infra", "shop/backend", "data/pipelines", "ops/ansible", "mobile/app"]


# ------------------------------------------------------------------------------ Mutt frames
def mutt_frame(n, line, tag):
    host_job = pick(f"mjob{tag}{n}", MAIL_JOBS)
    node = pick(f"mnode{tag}{n}", MAIL_NODES)
    shape = n % 6
    if shape == 0:
        return ({"alertname": "CronJobFailed", "severity": "warning", "namespace": "reporting",
                 "cronjob": host_job},
                {"summary": f"CronJob reporting/{host_job} failed",
                 "description": f"Job {host_job}-{num(f'j{n}{tag}', 29000000, 29500000, 0)} exited "
                                f"with code 1. Last lines of output:\n+ mutt -s 'Report' "
                                f"-a /tmp/report.xlsx -- finance@example.com < body.txt\n{line}"})
    if shape == 1:
        return ({"alertname": "LogPatternMatched", "severity": "warning", "app": host_job,
                 "instance": node},
                {"summary": f"{num(f'c{n}{tag}', 3, 60, 0)} matching lines from {host_job} in the "
                            f"last 15m",
                 "description": f"{node} {host_job}[{num(f'p{n}{tag}', 1200, 39000, 0)}]: {line}"})
    if shape == 2:
        return ({"alertname": "MailDeliveryErrorRatioHigh", "severity": "critical",
                 "service": host_job},
                {"summary": f"{num(f'r{n}{tag}', 12, 100, 1)}% of {host_job} sends failing",
                 "description": f"Failure ratio above 10% for 15m. Most frequent error: {line}"})
    if shape == 3:
        return ({"alertname": "SyntheticCheckFailed", "severity": "critical",
                 "check": f"mailbox-login-{node}", "locations": "3/3"},
                {"summary": f"Synthetic check mailbox-login-{node} failing from all locations",
                 "description": f"Step 2 (mutt -f imaps://… -e 'push q') failed: {line}"})
    if shape == 4:
        return ({"alertname": "DatadogLogMonitor", "severity": "warning",
                 "monitor": f"{host_job} mail errors"},
                {"title": f"[Triggered] {host_job} mail errors",
                 "message": f"{num(f'd{n}{tag}', 2, 40, 0)} logs matched \"{line}\" on host:{node} "
                            f"in the last 10 minutes."})
    return ({"alertname": "JenkinsBuildFailed", "severity": "warning", "job": host_job,
             "build": str(num(f'b{n}{tag}', 100, 4000, 0))},
            {"summary": f"Build {host_job} failed",
             "message": f"[Pipeline] sh\n+ ./send-report.sh\n{line}\nERROR: script returned exit "
                        f"code 1"})


MUTT_FIND = 'Could not find the host "%s"'
MUTT_LANGS = ["de", "ru", "ja", "zh_CN", "zh_TW", "eu", "bg", "el", "uk", "fr", "es", "nl", "sv",
              "pl", "tr", "cs", "fi", "hu", "ca", "da", "et", "eo"]


def add_mutt(lang, msgid, fill, expected, why, n, tag):
    path = None if lang == "en" else f"po/{lang}.po"
    text = tr(MUTT, path, msgid)
    line = text.replace("%s", fill, 1) if "%s" in text else text
    labels, annotations = mutt_frame(n, line, tag)
    family.add((MUTT[0], path or "mutt_socket.c", MUTT[1]), expected,
               f"Mutt ({lang}): \"{msgid}\" — {why}", labels, annotations)


# ------------------------------------------------------------------------------ CUPS frames
def cups_frame(n, line, tag, job=True):
    queue = pick(f"q{tag}{n}", PRINT_QUEUES)
    node = pick(f"cn{tag}{n}", ["print-gw-1", "print-gw-2", "cups-02", "cups-lager", "cups-hq"])
    jobid = num(f"job{tag}{n}", 1000, 98000, 0)
    shape = n % 5
    if shape == 0:
        return ({"alertname": "CupsErrorLogPattern", "severity": "warning", "instance": node},
                {"summary": f"cupsd on {node}: printer errors",
                 "description": f"I [04/Dec/2026:03:{n % 60:02d}:17 +0000] [Job {jobid}] {line}"})
    if shape == 1:
        return ({"alertname": "PrintJobFailureRatioHigh", "severity": "critical", "queue": queue,
                 "instance": node},
                {"summary": f"{num(f'pr{n}{tag}', 20, 100, 0)}% of print jobs on {queue} not "
                            f"completed",
                 "description": f"Ratio of aborted/held jobs above 15% for 20m. Most frequent "
                                f"printer-state-message: {line}"})
    if shape == 2:
        return ({"alertname": "TestPrintCheckFailed", "severity": "warning", "queue": queue},
                {"summary": f"Hourly test page to {queue} did not print",
                 "description": f"lp -d {queue} testpage.pdf: job {queue}-{jobid} stopped with "
                                f"state message \"{line}\""})
    if shape == 3:
        return ({"alertname": "SyslogMatch", "severity": "warning", "program": "cupsd",
                 "hostname": node},
                {"summary": f"cupsd: [Job {jobid}] {line}"})
    return ({"alertname": "Log threshold breached", "rule_type": "logs.alert.document.count",
             "host.name": node},
            {"summary": f"{num(f'lc{n}{tag}', 5, 90, 0)} log entries matched in the last 10 minutes",
             "message": f"cups/error_log: [Job {jobid}] {line}"})


CUPS_LOCATE = 'Unable to locate printer "%s".'
CUPS_LANGS = ["de", "ja", "ka", "ta", "ru", "zh_CN", "fr", "es", "it", "pl", "pt_BR", "ro", "sv",
              "ca", "pt"]


def add_cups(lang, msgid, fill, expected, why, n, tag, frame=None):
    path = f"locale/cups_{lang}.po" if lang != "en" else "backend/network.c"
    text = msgid if lang == "en" else tr(CUPS, path, msgid)
    line = text.replace("%s", fill, 1) if "%s" in text else text
    labels, annotations = (frame or cups_frame)(n, line, tag)
    family.add((CUPS[0], path, CUPS[1]), expected, f"CUPS ({lang}): \"{msgid}\" — {why}", labels,
               annotations)


def lpadmin_frame(n, line, tag):
    """A provisioning job that adds printers with lpadmin."""
    queue = pick(f"lq{tag}{n}", PRINT_QUEUES)
    node = pick(f"ln{tag}{n}", ["print-gw-1", "print-gw-2", "cups-02", "cups-hq"])
    if n % 2:
        return ({"alertname": "AnsibleRunFailed", "severity": "warning", "playbook": "printers.yml",
                 "host": node},
                {"summary": f"printers.yml failed on {node}",
                 "description": f"TASK [cups : add queue {queue}] fatal: [{node}]: FAILED! => "
                                f"rc=1 stderr: {line}"})
    return ({"alertname": "JobFailed", "severity": "warning", "job_name": "printer-provisioning",
             "instance": node},
            {"summary": f"Job printer-provisioning failed on {node}",
             "description": f"Exit status 1. Last lines of output:\n+ lpadmin -p {queue} -E -v "
                            f"ipp://… -m everywhere\n{line}"})


# ------------------------------------------------------------------------------ git look-alikes
def git_frame(n, line, tag):
    repo = pick(f"gr{tag}{n}", REPOS)
    shape = n % 3
    if shape == 0:
        return ({"alertname": "GitLabPipelineFailed", "severity": "warning", "project": repo,
                 "stage": "release"},
                {"summary": f"Pipeline #{num(f'gp{n}{tag}', 10000, 99999, 0)} of {repo} failed",
                 "description": f"Job release-notes failed:\n$ git log --oneline $PREV..HEAD\n"
                                f"fatal: {line}"})
    if shape == 1:
        return ({"alertname": "CronJobFailed", "severity": "warning", "namespace": "gitops",
                 "cronjob": "mirror-sync"},
                {"summary": "CronJob gitops/mirror-sync failed",
                 "description": f"Last lines of output:\n+ git -C /srv/mirror/{repo.split('/')[1]} "
                                f"branch --contains\nfatal: {line}"})
    return ({"alertname": "LogPatternMatched", "severity": "warning", "app": "release-bot"},
            {"summary": "release-bot logged errors",
             "description": f"release-bot-6b9f7c-{tag}{n:02d}: error: {line}"})


def add_git(lang, msgid, fill, why, n, tag, frame=None):
    text = tr(GIT, f"po/{lang}.po", msgid)
    line = text.replace("%s", fill, 1) if "%s" in text else text
    labels, annotations = (frame or git_frame)(n, line, tag)
    family.add((GIT[0], f"po/{lang}.po", GIT[1]), None, f"git ({lang}): \"{msgid}\" — {why}",
               labels, annotations)


def strange_host_frame(n, line, tag):
    return ({"alertname": "JobFailed", "severity": "warning", "job_name": "vendor-sync",
             "instance": pick(f"sn{n}", NODES)},
            {"summary": "Job vendor-sync failed",
             "description": f"Exit status 128. Last lines of output:\n+ git clone "
                            f"ssh://-oProxyCommand=x/repo.git\nfatal: {line}"})


# ------------------------------------------------------------------------------ items
def main():
    why_find = "getaddrinfo() found no address for the mail server (a failed lookup)"
    # English originals.
    add_mutt("en", MUTT_FIND, pick("mh-en", MAIL_HOSTS), "dns_failure", why_find, 0, "en")
    add_cups("en", CUPS_LOCATE, pick("ph-en", PRINT_HOSTS), "dns_failure",
             "httpAddrGetList() found no address for the printer's host name", 3, "en")
    # Mutt's "Could not find the host" in twenty-two translations.
    for i, lang in enumerate(MUTT_LANGS):
        add_mutt(lang, MUTT_FIND, pick(f"mh{lang}", MAIL_HOSTS), "dns_failure", why_find, i + 1,
                 "f")
    # CUPS's "Unable to locate printer" in fifteen translations.
    for i, lang in enumerate(CUPS_LANGS):
        add_cups(lang, CUPS_LOCATE, pick(f"ph{lang}", PRINT_HOSTS), "dns_failure",
                 "httpAddrGetList() found no address for the printer's host name", i, "f")

    # ---- Mutt look-alikes (log, job, synthetic, vendor-log frames only: shapes 0, 1, 3, 4, 5).
    safe = [0, 1, 3, 4, 5]
    host_check = "Certificate host check failed: %s"
    owner = "certificate owner does not match hostname %s"
    for i, lang in enumerate(["de", "ja", "ru", "zh_CN"]):
        host = pick(f"ch{lang}", MAIL_HOSTS)
        path = f"po/{lang}.po"
        line = tr(MUTT, path, host_check).replace(
            "%s", tr(MUTT, path, owner).replace("%s", host, 1), 1)
        labels, annotations = mutt_frame(safe[i % 5], line, f"c{lang}")
        family.add((MUTT[0], path, MUTT[1]), None,
                   f"Mutt ({lang}): \"{host_check}\" with \"{owner}\" — the certificate's names do "
                   f"not match the host (a name mismatch, not expiry; look-alike)", labels,
                   annotations)
    for i, lang in enumerate(["uk", "tr", "it"]):
        add_mutt(lang, "WARNING: Server hostname does not match certificate", "", None,
                 "GnuTLS: the server's host name does not match its certificate (look-alike)",
                 safe[(i + 2) % 5], "w")
    for i, lang in enumerate(["ko", "el"]):
        add_mutt(lang, "POP host is not defined.", "", None,
                 "no POP server configured (a missing setting; look-alike)", safe[(i + 1) % 5], "p")
    for i, lang in enumerate(["bg", "zh_TW"]):
        add_mutt(lang, "Connection to %s closed", pick(f"cc{lang}", MAIL_HOSTS), None,
                 "the server closed the connection (look-alike)", [0, 1, 4][i], "x")

    # ---- CUPS look-alikes.
    for i, lang in enumerate(["de", "ja", "ta"]):
        add_cups(lang, 'A printer named "%s" already exists.', pick(f"lqa{i}", PRINT_QUEUES),
                 None, "the queue name is already in use (look-alike)", i, "a", lpadmin_frame)
    for i, lang in enumerate(["ka", "zh_CN", "pt"]):
        add_cups(lang, "Bad hostname/address in URI", "", None,
                 "a malformed device URI (configuration; look-alike)", i + 1, "u", lpadmin_frame)
    for i, lang in enumerate(["ro"]):
        add_cups(lang, "IP address is not allowed as hostname when using Negotiate - use FQDN.",
                 "", None, "a Kerberos configuration rule (look-alike)", [0, 3][i], "k")
    for i, lang in enumerate(["it", "pl"]):
        add_cups(lang, 'lpadmin: Expected hostname after "-h" option.', "", None,
                 "a usage error of lpadmin (look-alike)", i, "h", lpadmin_frame)
    for i, lang in enumerate(["ru"]):
        add_cups(lang, "The printer is in use.", "", None, "the printer is busy (look-alike)",
                 [3, 0][i], "b")

    # ---- git look-alikes: resolving a ref, not a host.
    for i, lang in enumerate(["zh_CN", "sv", "vi", "uk"]):
        add_git(lang, "could not resolve HEAD", "",
                "HEAD does not point at a commit (a ref, not a host; look-alike)", i, "h")
    for i, lang in enumerate(["zh_TW", "el", "fr"]):
        add_git(lang, "unable to resolve revision: %s", "v2026.12.0-rc1",
                "a revision name that does not exist (a ref, not a host; look-alike)", i + 1, "r")
    for i, lang in enumerate(["es", "tr"]):
        add_git(lang, "failed to resolve '%s' as a valid ref", "origin/release-2026.12",
                "an upstream ref that does not exist (look-alike)", i, "v")
    for i, lang in enumerate(["pl"]):
        add_git(lang, "strange hostname '%s' blocked", "-oProxyCommand=x", "git refused a host "
                "name that looks like an option (a safety check; look-alike)", i, "s",
                strange_host_frame)
    family.write()


if __name__ == "__main__":
    main()
