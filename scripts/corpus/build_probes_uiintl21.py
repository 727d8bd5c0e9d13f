#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_uiintl21.jsonl: the alert texts of Webmin's "System and
Server Status" module (status/) as a non-English team receives them: its email template, its
pager/SMS line and the "Current status" detail of a monitor, in German, French, Spanish,
Italian, Japanese, Korean, Russian, Chinese, Brazilian Portuguese, Dutch and Polish.

What the family tests: a monitoring appliance's own translated notification wording, read by no
rule writer before: a service detected down ("inaktiv", "en panne", "CAIDO", "fermo",
"다운", "не работает", "inoperante", "uit", "nie działa"); a disk-space monitor's "only N% free",
"only N free" and "only N inodes free"; a free-memory monitor's "only N real / virtual memory
free"; a mail-queue monitor's "Down - N messages queued". Look-alikes that must stay null: the
recovery mails and pager lines ("wieder aktiv", "remonté", "SE HA RECUPERADO", and the machine
translations that render "is up" as "is increasing": "増加しています", "выросли на", "está em
alta"), a RAID monitor's "bad disk detected" (a failed disk, not a full one), a service found
uninstalled (a monitor configuration state), and the load monitor's own failure to parse
`uptime` (the monitor failing to collect, POLICY.md rule 16).

Labels, decided from each text's meaning under POLICY.md before the classifier ran on the file:
a monitor mail or pager line saying the service is down is `node_down` (rule 4; rule 7 for a
stopped service); where the same down mail carries a disk-space monitor's status it is
`disk_full` and a free-memory monitor's status `out_of_memory` (cause over symptom, rule 1;
capacity warnings count toward their resource, rule 2); a mail-queue monitor's "N messages
queued" is `queue_backlog` (rule 4: messages waiting). Recoveries, a bad RAID disk, an
uninstalled service and the monitor's own parse failure are `null` (rule 5, rule 16).

Left out as ambiguous (rule 6): the French and Polish "gone down" mails as node_down items
("le service a baissé à $3", "usługa spadła do $3": "the service lowered / fell to <time>"; their
"is down" mails are used instead; in disk-space items the status line decides the label); the
Chinese "service down" mail ("检测到服务已降至 $3", a machine
translation that reads "the service has dropped to <time>") and pager line ("下降", "dropped"),
whose words say a value fell rather than a service went down; the "timed out" mails (a monitor
check timing out says neither down nor slow, rule 7); "Failed to resolve hostname" of the ping
monitor (the monitor's own lookup); and any string whose "translation" is still the English text
(Webmin loads lang/<xx> over lang/<xx>.auto over lang/en, so such a string reaches the team in
English).

Source: webmin/webmin, status/lang/<lang> and status/lang/<lang>.auto at
d16d9ea205a2b4ca4f5bdcd895de0236e15c0fa9, read from the local mirror (`fetch github:webmin/webmin`).
$1, $2, $3 are filled with made-up hosts, monitor descriptions, times and sizes, as the rendered
mail reads; the Alertmanager frames around them (an email-to-alert bridge, a pager webhook, a
log-pattern alert on the monitor mailbox) are our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_ls, git_show, num, pick  # noqa: E402

REPO = "webmin/webmin"
COMMIT = "d16d9ea205a2b4ca4f5bdcd895de0236e15c0fa9"
LANGS = ["de", "fr", "es", "it", "ja", "ko", "ru", "zh", "pt_BR", "nl", "pl"]

family = ProbeFamily("probes_uiintl21.jsonl")


FILES = set(git_ls(REPO, COMMIT, "status/lang/"))


def lang_file(name):
    if f"status/lang/{name}" not in FILES:
        return {}
    raw = git_show(REPO, COMMIT, f"status/lang/{name}").decode("utf-8")
    out = {}
    for line in raw.split("\n"):
        if "=" in line and not line.startswith("#"):
            k, v = line.split("=", 1)
            out[k.strip()] = v.strip()
    return out


EN = lang_file("en")


def text(lang, key):
    """(string, path) as Webmin shows it: lang/<xx> over lang/<xx>.auto; None when missing or
    still English."""
    for name in (lang, lang + ".auto"):
        t = lang_file(name).get(key)
        if t:
            if t == EN.get(key):
                return None
            return t, f"status/lang/{name}"
    return None


def fill(t, *values):
    for i in range(len(values), 0, -1):
        t = t.replace(f"${i}", str(values[i - 1]))
    return t


HOSTS = ["web-03.intra.example", "mx1.praxis-nord.example", "files02.lab.example",
         "erp-db.kanzlei.example", "gw-filiale7.example", "nas01.studio.example",
         "vps-4411.hosting.example", "intranet.schule.example"]
DOWN_MONITORS = ["Apache Webserver", "SSH Server", "PostgreSQL Database Server",
                 "Ping gw-branch2", "Remote HTTP Service https://shop.example.net/",
                 "MySQL Database Server", "Postfix Server", "Samba Servers"]
SPACE_MONITORS = ["Disk Space /var", "Disk Space /srv/backup", "Disk Space /home",
                  "Disk Space /"]
MEM_MONITORS = ["Free Memory", "Free Memory (swap)"]
MONTHS = ["Nov", "Dec"]


def when(seed):
    return f"{num(seed + 'd', 1, 28, 0):02d}/{pick(seed + 'm', MONTHS)}/2026 {num(seed + 'h', 0, 23, 0):02d}:{num(seed + 'mi', 0, 59, 0):02d}"


def size(seed):
    return pick(seed, ["212 MB", "480 MB", "1.2 GB", "96 MB", "850 MB", "3.1 GB"])


def frame(n, host, lang, summary, detail, what):
    """One alert in the n-th of three frames."""
    shape = n % 3
    sev = pick(f"sev{n}", ["warning", "critical"])
    if shape == 0:
        labels = {"alertname": "WebminStatusMonitor", "severity": sev, "instance": host,
                  "monitor": what, "source": "webmin-mail-bridge", "lang": lang}
        ann = {"summary": summary}
        if detail:
            ann["description"] = detail
    elif shape == 1:
        labels = {"alertname": "WebminPager", "severity": "page", "instance": host,
                  "receiver": "oncall-sms"}
        ann = {"message": summary + (" — " + detail if detail else "")}
    else:
        labels = {"alertname": "StatusMailboxPattern", "severity": sev, "job": "mailbox-exporter",
                  "mailbox": "monitoring@" + host.split(".", 1)[1], "instance": host}
        ann = {"summary": f"Status monitor mail from {host}",
               "description": summary + ("\n" + detail if detail else "")}
    return labels, ann


def add(n, lang, key_paths, expected, why, summary, detail, what, host):
    labels, ann = frame(n, host, lang, summary, detail, what)
    paths = sorted(set(key_paths.values()))
    keys = ", ".join(key_paths)
    src = f"webmin/webmin {'+'.join(paths)} ({keys}): {why}"
    family.add((REPO, paths[0], COMMIT), expected, src, labels, ann)


n = 0
for li, lang in enumerate(LANGS):
    seed = lambda s: f"{lang}-{s}"  # noqa: E731
    host = lambda s: pick(seed(s) + "host", HOSTS)  # noqa: E731
    stat = text(lang, "monitor_email_stat")

    # 1. service down (node_down), mail or pager line
    if lang != "zh":
        key = ["monitor_email_isdown", "monitor_email_down", "monitor_pager_down"][li % 3]
        if lang in ("fr", "pl") and key == "monitor_email_down":
            key = "monitor_email_isdown"
        t = text(lang, key)
        if t:
            h, mon = host("down"), pick(seed("dm"), DOWN_MONITORS)
            if key.startswith("monitor_pager"):
                s = fill(t[0], h, mon, when(seed("down")))
            else:
                s = fill(t[0], h, mon, when(seed("down")))
            add(n, lang, {key: t[1]}, "node_down", "a monitored service detected down", s, None,
                mon, h)
            n += 1
        # a second down item in the other wording
        key2 = "monitor_pager_down" if not key.startswith("monitor_pager") else "monitor_email_isdown"
        t2 = text(lang, key2)
        if t2 and t2 != t:
            h, mon = host("down2"), pick(seed("dm2"), DOWN_MONITORS)
            add(n, lang, {key2: t2[1]}, "node_down", "a monitored service detected down",
                fill(t2[0], h, mon, when(seed("down2"))), None, mon, h)
            n += 1

    # 2. disk space (disk_full): down mail + "Current status: only ..."
    for j, dk in enumerate(["space_perr", "space_merr", "space_ierr"]):
        if (li + j) % 3 == 2:
            continue
        d = text(lang, dk)
        if not d or not stat:
            continue
        val = {"space_perr": num(seed(dk), 1, 6, 0), "space_merr": size(seed(dk)),
               "space_ierr": num(seed(dk), 200, 4000, 0)}[dk]
        h, mon = host(dk), pick(seed(dk + "m"), SPACE_MONITORS)
        wrap_key = "monitor_pager_down" if j == 1 else "monitor_email_down"
        w = text(lang, wrap_key) if lang != "zh" else None
        detail = fill(stat[0], fill(d[0], val))
        kp = {dk: d[1], "monitor_email_stat": stat[1]}
        if w:
            summary = fill(w[0], h, mon, when(seed(dk)))
            kp[wrap_key] = w[1]
        else:
            summary = f"{mon} @ {h}"
        add(n, lang, kp, "disk_full",
            "a disk-space monitor down with only little free space or inodes left (rule 2)",
            summary, detail, mon, h)
        n += 1

    # 3. free memory (out_of_memory)
    mk = "memory_freelow" if li % 2 == 0 else "memory_freelowswap"
    m = text(lang, mk)
    if m and stat:
        h = host("mem")
        mon = MEM_MONITORS[0] if mk == "memory_freelow" else MEM_MONITORS[1]
        detail = fill(stat[0], fill(m[0], size(seed("mem"))))
        w = text(lang, "monitor_pager_down")
        if lang == "zh" or not w:
            summary, kp = f"{mon} @ {h}", {mk: m[1], "monitor_email_stat": stat[1]}
        else:
            summary = fill(w[0], h, mon, when(seed("mem")))
            kp = {mk: m[1], "monitor_email_stat": stat[1], "monitor_pager_down": w[1]}
        add(n, lang, kp, "out_of_memory",
            "a free-memory monitor down with only little real or virtual memory free (rule 2)",
            summary, detail, mon, h)
        n += 1

    # 4. mail queue (queue_backlog) in every other language
    if li % 2 == 1:
        q = text(lang, "mailq_toomany")
        if q and stat:
            h = host("mailq")
            add(n, lang, {"mailq_toomany": q[1], "monitor_email_stat": stat[1]}, "queue_backlog",
                "a mail-queue monitor over its threshold: messages waiting (rule 4)",
                f"Mail Queue Length @ {h}", fill(stat[0], fill(q[0], num(seed("q"), 300, 4000, 0))),
                "Mail Queue Length", h)
            n += 1

    # look-alikes (null)
    up_key = "monitor_email_up" if li % 2 == 0 else "monitor_pager_isup"
    u = text(lang, up_key)
    if u:
        h, mon = host("up"), pick(seed("um"), DOWN_MONITORS + SPACE_MONITORS)
        add(n, lang, {up_key: u[1]}, None, "a recovery: the service is back up (look-alike)",
            fill(u[0], h, mon, when(seed("up"))), None, mon, h)
        n += 1
    r = text(lang, "raid_bad")
    if r and stat:
        h = host("raid")
        add(n, lang, {"raid_bad": r[1], "monitor_email_stat": stat[1]}, None,
            "a RAID monitor's failed disk, not a full one (look-alike)",
            f"RAID Device Status /dev/md{num(seed('md'), 0, 3, 0)} @ {h}", fill(stat[0], r[0]),
            "RAID Device Status", h)
        n += 1
    if li % 2 == 0:
        un = text(lang, "monitor_email_un")
        if un:
            h, mon = host("un"), pick(seed("unm"), DOWN_MONITORS)
            add(n, lang, {"monitor_email_un": un[1]}, None,
                "a monitored service found uninstalled: monitor configuration (look-alike)",
                fill(un[0], h, mon, when(seed("un"))), None, mon, h)
            n += 1
    else:
        le = text(lang, "load_efmt")
        if le and stat:
            h = host("load")
            add(n, lang, {"load_efmt": le[1], "monitor_email_stat": stat[1]}, None,
                "the load monitor failed to read uptime: the monitor's own failure (rule 16)",
                f"Load Average @ {h}", fill(stat[0], le[0].replace("<tt>", "").replace("</tt>", "")),
                "Load Average", h)
            n += 1

family.write()
