#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_distrointl19.jsonl: translated messages of Linux userland
tools (dnf, util-linux's logger, sfdisk/libfdisk, lsfd/lslocks, flock, findfs and findmnt, and git)
as ops alerts quote them: a failed cron job or systemd timer, a failed configuration-management
run, a failed CI job, a log-pattern alert with a sample line, a vendor's log-monitor notification
and an error-ratio alert quoting its most frequent error.

What the family tests: the tools' own wording in their translations (Arabic, Catalan, Chinese in
both scripts, Croatian, Czech, Danish, Dutch, French, German, Indonesian, Japanese, Korean,
Polish, Portuguese (European and Brazilian), Romanian, Russian, Serbian, Spanish, Swedish,
Turkish, Ukrainian, Vietnamese, Bulgarian, Italian) of:
- disk_full: dnf's "Disk Requirements: At least {0}MB more space needed on the {1} filesystem."
  (the RPM transaction check refusing an update for lack of free space; POLICY.md rule 2), in the
  catalogues probes_intl17.jsonl did not already quote;
- dns_failure: util-linux logger's "failed to resolve name %s port %s: %s" (logger -n cannot
  resolve its remote syslog server; the reason is musl's gai_strerror, "Name does not resolve" or
  "Try again": rules 7 and 13, a lookup that fails or finds no answer in time);
- out_of_memory: libfdisk's "Cannot allocate memory!" (sfdisk in a provisioning job) and
  util-linux's "failed to allocate memory: %m" (a tool's own allocation failure, rule 12);
- node_down: git's "unable to connect to %s:" followed by its "host[n: address]: errno=Connection
  refused" / "No route to host" line (rule 11: the peer is not there);
- upstream_timeout: the same git message with "errno=Connection timed out" (a connect timeout,
  rules 11 and 13: the client gave up on the server it called);
- fd_exhaustion: git's "unable to create temporary file" with "Too many open files" (EMFILE) and
  flock's "cannot open lock file %s" with "File table overflow" (ENFILE: the system's file table
  is full). POLICY.md names open-file utilisation only (rule 2); a tool refused a descriptor by
  the per-process or system-wide limit is the cause itself, so `fd_exhaustion` (rule 1).

Look-alikes labelled null: dnf's "Public key for %s is not installed" + "GPG check FAILED" (a
GPG key error) and "No match for argument: %s" + "Unable to find a match" (a package not found);
flock's "timeout while waiting to get lock" (a wait the job's author set with `flock -w`: the
tool's own time limit on a lock held by the previous run, rules 9, 10 and 13, as probes_intl17
labelled evolution-data-server's lock timeout) and "failed to get lock" (`flock -n`, the lock is
held); flock's "cannot open lock file %s" with "Permission denied"; findfs' "unable to resolve
'%s'" (a filesystem LABEL= or UUID= tag not found: not a name lookup of a host); findmnt
--verify's "unreachable on boot required target: No such file or directory" (an fstab mount
point that does not exist, not a host); git's "repository '%s' not found", "Could not read from remote repository. Please
make sure you have the correct access rights and the repository exists." (access or a missing
repository) and "insufficient permission for adding an object to repository database %s".
Null messages are never put into an error-ratio frame (an error-ratio alert quoting a message
that names no cause keeps its symptom, rule 1); positives go into every frame.

Left out as ambiguous (rule 6): dnf's "Waiting for internet connection..." (dnf-automatic waiting
for NetworkManager: a local link, or a wait that later succeeds); logger's "failed to connect to
%s port %s" (no reason given); git's "the remote end hung up unexpectedly" and its "unable to
fork" (a process limit, memory or PIDs: not settled); util-linux's "mount table full" (an old
mtab limit) and hardlink's "Skipped (memory constraints) %s" (a cache limit the user set, not an
allocation failure); libmount's "No free space." in fdisk (no unpartitioned space on a device, a
partitioning state rather than a full filesystem). git's Turkish "unable to connect to" is left
out: its translation says "connecting to %s" (the message does not say what the msgid says).

Not used: rpm's own catalogues ("installing package %s needs %<PRIu64>%cB more space on the %s
filesystem"): its translations now live in rpm-software-management/rpm-l10n, which
heldout_check.py reports HELD-OUT, so the pre-split copies in rpm-software-management/rpm were
not quoted either (the brief forbids a held-out project's text through another repo). glibc's
translated strerror and gai_strerror texts (held out) are never quoted: placeholders that carry
an errno text are filled with musl's English strings (src/errno/__strerror.h,
src/network/gai_strerror.c), as a musl-based container prints them whatever its locale.
libdnf (HELD-OUT) and librepo/curl messages (curl is held out) were not used.

Sources, read from local mirrors (`fetch github:owner/name`), each checked with
/work/briefs/heldout_check.py ("ok"): rpm-software-management/dnf po/<lang>.po at
5ad76abc97a6b82a70ddc828d2286a47567eff7f; util-linux/util-linux po/<lang>.po at
39465c780eed56034ed1440068a2722fc3331343; git/git po/<lang>.po at
1a3e64c6c4a623626ff0687008732a8e007e2a1c; bminor/musl src/errno/__strerror.h and
src/network/gai_strerror.c at 0b44a0315b47dd8eced9f3b7f31580cf14bbfc01 (read with read_file; only
the English errno texts quoted). Fuzzy entries are skipped; for dnf's plural message msgstr[0] is
used. Hosts, packages, sizes and the frames are our own.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick  # noqa: E402

DNF = ("rpm-software-management/dnf", "5ad76abc97a6b82a70ddc828d2286a47567eff7f", "po/{lang}.po")
UL = ("util-linux/util-linux", "39465c780eed56034ed1440068a2722fc3331343", "po/{lang}.po")
GIT = ("git/git", "1a3e64c6c4a623626ff0687008732a8e007e2a1c", "po/{lang}.po")
MUSL = ("bminor/musl", "0b44a0315b47dd8eced9f3b7f31580cf14bbfc01")

family = ProbeFamily("probes_distrointl19.jsonl")
DISK, DNS, OOM, DOWN, TIMEOUT, FD = ("disk_full", "dns_failure", "out_of_memory", "node_down",
                                     "upstream_timeout", "fd_exhaustion")


# ------------------------------------------------------------------ reading .po catalogues
def _unquote(s):
    s = s.strip()[1:-1]
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def catalogue(src, lang):
    """msgid -> msgstr of one .po file in its declared charset. Fuzzy entries, entries with a
    context and untranslated ones are left out; a plural entry gives its msgstr[0]."""
    repo, commit, pattern = src
    raw = git_show(repo, commit, pattern.format(lang=lang))
    m = re.search(rb"charset=([A-Za-z0-9_-]+)", raw)
    text = raw.decode(m.group(1).decode() if m else "utf-8")
    out = {}
    for block in re.split(r"\n[ \t]*\n", text):
        if re.search(r"^#,.*\bfuzzy\b", block, re.M):
            continue
        entry, cur = {}, None
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            mm = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$', line)
            if mm:
                cur = mm.group(1)
                entry[cur] = _unquote(mm.group(2))
            elif line.startswith('"') and cur:
                entry[cur] += _unquote(line)
        if "msgctxt" in entry:
            continue
        value = entry.get("msgstr") or entry.get("msgstr[0]")
        if entry.get("msgid") and value:
            out[entry["msgid"]] = value
    return out


_CACHE = {}


def msg(src, lang, msgid):
    key = (src[0], lang)
    if key not in _CACHE:
        _CACHE[key] = catalogue(src, lang)
    text = _CACHE[key].get(msgid)
    assert text, (src[0], lang, msgid)
    return text


def msg_or(src, lang, msgid):
    key = (src[0], lang)
    if key not in _CACHE:
        _CACHE[key] = catalogue(src, lang)
    return _CACHE[key].get(msgid, msgid)


# ------------------------------------------------------------------ the team's own words
# job failed, error lines in a log, error ratio, "last lines of output", "most frequent error"
WORDS = {
    "de": ("Job {job} auf {host} fehlgeschlagen", "Fehlermeldungen von {prog} auf {host}",
           "Fehlerquote von {what} über {pct} %", "Letzte Zeilen der Ausgabe", "Häufigster Fehler"),
    "fr": ("Échec de la tâche {job} sur {host}", "Erreurs de {prog} sur {host}",
           "Taux d'échec de {what} supérieur à {pct} %", "Dernières lignes de la sortie",
           "Erreur la plus fréquente"),
    "es": ("La tarea {job} ha fallado en {host}", "Errores de {prog} en {host}",
           "Tasa de fallos de {what} por encima del {pct} %", "Últimas líneas de la salida",
           "Error más frecuente"),
    "it": ("Job {job} fallito su {host}", "Errori di {prog} su {host}",
           "Tasso di fallimento di {what} sopra il {pct}%", "Ultime righe dell'output",
           "Errore più frequente"),
    "pt": ("Tarefa {job} falhou em {host}", "Erros de {prog} em {host}",
           "Taxa de falhas de {what} acima de {pct}%", "Últimas linhas da saída",
           "Erro mais frequente"),
    "ru": ("Задание {job} на {host} завершилось с ошибкой", "Ошибки {prog} на {host}",
           "Доля неудачных {what} выше {pct}%", "Последние строки вывода", "Самая частая ошибка"),
    "uk": ("Завдання {job} на {host} завершилося з помилкою", "Помилки {prog} на {host}",
           "Частка невдалих {what} вище {pct}%", "Останні рядки виводу", "Найчастіша помилка"),
    "pl": ("Zadanie {job} na {host} nie powiodło się", "Błędy {prog} na {host}",
           "Odsetek nieudanych {what} powyżej {pct}%", "Ostatnie linie wyjścia", "Najczęstszy błąd"),
    "cs": ("Úloha {job} na {host} selhala", "Chyby {prog} na {host}",
           "Podíl neúspěšných {what} nad {pct} %", "Poslední řádky výstupu", "Nejčastější chyba"),
    "nl": ("Taak {job} op {host} mislukt", "Foutmeldingen van {prog} op {host}",
           "Percentage mislukte {what} boven {pct}%", "Laatste regels van de uitvoer",
           "Meest voorkomende fout"),
    "sv": ("Jobbet {job} på {host} misslyckades", "Fel från {prog} på {host}",
           "Andel misslyckade {what} över {pct} %", "Sista raderna av utdata", "Vanligaste fel"),
    "ja": ("{host} のジョブ {job} が失敗しました", "{host} の {prog} でエラー",
           "{what} の失敗率が {pct}% を超えています", "出力の最後の行", "最も多いエラー"),
    "ko": ("{host}의 작업 {job} 실패", "{host}의 {prog} 오류", "{what} 실패율 {pct}% 초과",
           "출력 마지막 줄", "가장 빈번한 오류"),
    "zh_CN": ("{host} 上的任务 {job} 执行失败", "{host} 上 {prog} 报错", "{what} 失败率超过 {pct}%",
              "输出的最后几行", "最常见的错误"),
    "zh_TW": ("{host} 上的工作 {job} 執行失敗", "{host} 上 {prog} 回報錯誤", "{what} 失敗率超過 {pct}%",
              "輸出的最後幾行", "最常見的錯誤"),
    "tr": ("{host} üzerinde {job} işi başarısız oldu", "{host} üzerinde {prog} hataları",
           "{what} başarısızlık oranı %{pct} üzerinde", "Çıktının son satırları", "En sık hata"),
    "en": ("Job {job} failed on {host}", "Errors from {prog} on {host}",
           "Failure ratio of {what} above {pct}%", "Last lines of output", "Most frequent error"),
}


def words(lang):
    base = {"pt_BR": "pt", "pt_PT": "pt", "zh_Hans": "zh_CN"}.get(lang, lang)
    return WORDS.get(base, WORDS["en"])


SITES = ["fra1", "ams2", "waw1", "mad1", "sto3", "tyo2", "sel1", "sha4", "gru1", "ist1", "kbp1",
         "prg1", "lis2", "mil3"]


def host(seed, role):
    return f"{role}-{pick(seed + 'site', SITES)}-{num(seed + 'n', 1, 48, 0):02d}"


def stamp(seed):
    return f"Dec  4 0{num(seed + 'h', 1, 6, 0)}:{num(seed + 'm', 10, 59, 0)}:{num(seed + 's', 10, 59, 0)}"


def add(src, lang, expected, why, labels, annotations, extra_src=None):
    repo, commit, pattern = src
    path = pattern.format(lang=lang)
    source = f"{repo} {path} ({lang}): {why}"
    if extra_src:
        source += f"; errno/resolver text from {extra_src}"
    family.add((repo, path, commit), expected, source, labels, annotations)


# Frames. Each returns (labels, annotations). `out` is the tool's output (one or more lines).
def job_frame(seed, lang, job, hst, out, runner="systemd"):
    w = words(lang)
    summary = w[0].format(job=job, host=hst)
    if runner == "systemd":
        labels = {"alertname": "SystemdTimerJobFailed", "instance": f"{hst}:9100",
                  "name": f"{job}.service", "severity": "warning"}
    elif runner == "cron":
        labels = {"alertname": "CronJobFailed", "host": hst, "job": job, "severity": "warning"}
    else:
        labels = {"alertname": "KubeJobFailed", "namespace": "ops", "job_name": f"{job}-29011540",
                  "severity": "warning"}
    code = num(seed + "rc", 1, 3, 0)
    return labels, {"summary": summary,
                    "description": f"exit status {code}. {w[3]}:\n{out}"}


def config_frame(seed, lang, tool, hst, task, out):
    labels = {"alertname": "ConfigRunFailed", "tool": tool, "host": hst, "severity": "warning"}
    if tool == "ansible":
        desc = (f"Playbook site.yml stopped on {hst} at task '{task}' "
                f"(1 failed, {num(seed + 'ok', 12, 60, 0)} ok).\nmsg: {out}")
    else:
        desc = f"Salt highstate on {hst}: state '{task}' failed.\nComment: {out}"
    return labels, {"summary": f"{tool} run failed on {hst}", "description": desc}


def ci_frame(seed, lang, project, jobname, out):
    pid = num(seed + "pipe", 40000, 99000, 0)
    return ({"alertname": "CIJobFailed", "project": project, "job": jobname, "ref": "main",
             "severity": "info"},
            {"summary": f"{project}: job {jobname} failed in pipeline #{pid}",
             "description": f"{out}\n[job exited with status 1 after {num(seed + 'dur', 4, 95, 0)}s]"})


def log_frame(seed, lang, prog, hst, line, vendor=False):
    w = words(lang)
    count = num(seed + "count", 3, 140, 0)
    if vendor:
        return ({"alertname": "DatadogLogMonitor", "monitor": f"{prog} errors", "severity": "warning"},
                {"title": f"[Triggered] {prog} errors on {hst}",
                 "message": f"{count} logs matched \"{line}\" on host:{hst} over the last 15m."})
    return ({"alertname": "LogPatternMatched", "program": prog, "instance": hst, "severity": "warning"},
            {"summary": w[1].format(prog=prog, host=hst),
             "description": f"{count} matching lines in the last 10m, e.g.:\n{stamp(seed)} {hst} "
                            f"{prog}[{num(seed + 'pid', 900, 60000, 0)}]: {line}"})


def ratio_frame(seed, lang, what, service, line):
    w = words(lang)
    pct = num(seed + "pct", 6, 38, 1)
    return ({"alertname": "OperationFailureRatioHigh", "service": service, "severity": "critical"},
            {"summary": w[2].format(what=what, pct=pct),
             "description": f"Ratio above 5% for 15m. {w[4]}: {line}"})


# ------------------------------------------------------------------ dnf
D_SUMMARY, D_DISKREQ = "Error Summary", "Disk Requirements:"
D_SPACE = "At least {0}MB more space needed on the {1} filesystem."
D_ERROR = "Error: %s"
D_PUBKEY, D_GPG = "Public key for %s is not installed", "GPG check FAILED"
D_NOMATCH, D_NOMATCH2 = "No match for argument: %s", "Unable to find a match"

DNF_SPACE_LANGS = ["de", "es", "fr", "it", "nl", "pt", "pt_BR", "ru", "sv", "tr", "zh_CN"]
DNF_GPG_LANGS = ["cs", "de", "fr", "ja", "ru"]
DNF_NOMATCH_LANGS = ["es", "it", "pl", "uk", "zh_CN"]
PACKAGES = ["kernel-core-6.11.9-200.fc41.x86_64.rpm", "glibc-2.40-12.fc41.x86_64.rpm",
            "postgresql16-server-16.6-1PGDG.rhel9.x86_64.rpm", "containerd.io-1.7.24-3.1.el9.x86_64.rpm",
            "nginx-1.26.2-1.el9.ngx.x86_64.rpm", "grafana-11.3.1-1.x86_64.rpm"]
MISSING = ["python3-pyyaml6", "htop-ng", "node_exporter", "qemu-guest-agent2", "zabbix-agent3",
           "crowdstrike-falcon-sensor"]


def dnf():
    for i, lang in enumerate(DNF_SPACE_LANGS):
        seed = f"dnfspace{lang}"
        mb = num(seed, 40, 2400, 0)
        fs = pick(seed + "fs", ["/", "/usr", "/var", "/boot"])
        space = msg(DNF, lang, D_SPACE).format(mb, fs)
        block = (f"{msg(DNF, lang, D_SUMMARY)}\n-------------\n{msg(DNF, lang, D_DISKREQ)}\n"
                 f"   {space}")
        hst = host(seed, pick(seed + "role", ["app", "db", "web", "build", "edge"]))
        why = "the RPM transaction check needs more free space on a filesystem (disk_full, rule 2)"
        shape = i % 5
        if shape == 0:
            lab, ann = job_frame(seed, lang, "dnf-automatic", hst, block)
        elif shape == 1:
            lab, ann = config_frame(seed, lang, "ansible", hst, "common : upgrade all packages",
                                    block.replace("\n", " "))
        elif shape == 2:
            lab, ann = log_frame(seed, lang, "dnf", hst, space)
        elif shape == 3:
            lab, ann = ratio_frame(seed, lang, "package updates", "patching", f"{hst}: {space}")
        else:
            lab, ann = log_frame(seed, lang, "dnf", hst, space, vendor=True)
        add(DNF, lang, DISK, why, lab, ann)
    for i, lang in enumerate(DNF_GPG_LANGS):
        seed = f"dnfgpg{lang}"
        pkg = pick(seed, PACKAGES)
        out = (f"{msg(DNF, lang, D_PUBKEY) % pkg}\n"
               f"{msg(DNF, lang, D_ERROR) % msg(DNF, lang, D_GPG)}")
        hst = host(seed, "app")
        why = "a package's GPG key is not installed and the GPG check failed (look-alike)"
        if i % 3 == 0:
            lab, ann = job_frame(seed, lang, "dnf-automatic", hst, out)
        elif i % 3 == 1:
            lab, ann = config_frame(seed, lang, "salt", hst, "pkg.uptodate", out.replace("\n", " "))
        else:
            lab, ann = log_frame(seed, lang, "dnf", hst, msg(DNF, lang, D_PUBKEY) % pkg)
        add(DNF, lang, None, why, lab, ann)
    for i, lang in enumerate(DNF_NOMATCH_LANGS):
        seed = f"dnfnomatch{lang}"
        pkg = pick(seed, MISSING)
        out = (f"{msg(DNF, lang, D_NOMATCH) % pkg}\n"
               f"{msg(DNF, lang, D_ERROR) % msg(DNF, lang, D_NOMATCH2)}: {pkg}")
        hst = host(seed, "web")
        why = "the package asked for does not exist in the enabled repositories (look-alike)"
        if i % 3 == 0:
            lab, ann = config_frame(seed, lang, "ansible", hst, "monitoring : install agent",
                                    out.replace("\n", " "))
        elif i % 3 == 1:
            lab, ann = ci_frame(seed, lang, "platform/base-images", "build-rocky9",
                                f"$ dnf -y install {pkg}\n{out}")
        else:
            lab, ann = job_frame(seed, lang, "provision-agents", hst, out, runner="cron")
        add(DNF, lang, None, why, lab, ann)


# ------------------------------------------------------------------ util-linux
U_RESOLVE = "failed to resolve name %s port %s: %s"
U_ALLOC = "failed to allocate memory: %m"
U_FDISK = "Cannot allocate memory!"
U_FLOCK_TIMEOUT = "timeout while waiting to get lock"
U_FLOCK_FAILED = "failed to get lock"
U_FLOCK_OPEN = "cannot open lock file %s"
U_FINDFS = "unable to resolve '%s'"
U_UNREACH = "unreachable on boot required target: %m"
MUSL_ERRNO = "bminor/musl src/errno/__strerror.h @ " + MUSL[1]
MUSL_GAI = "bminor/musl src/network/gai_strerror.c @ " + MUSL[1]

LOGGER_LANGS = ["ar", "cs", "de", "es", "fr", "hr", "ja", "ko", "nl", "ro", "uk"]
FDISK_LANGS = ["de", "fi", "fr", "ja", "nl", "pt_BR", "sv"]
ALLOC_LANGS = ["cs", "es", "pl", "zh_CN"]
FLOCK_TIMEOUT_LANGS = ["de", "fr", "ja", "pl", "zh_CN"]
FLOCK_FAILED_LANGS = ["es", "sv", "uk"]
FLOCK_ENFILE_LANGS = ["ja", "nl", "ro"]
FLOCK_EACCES_LANGS = ["da", "pt", "sr"]
FINDFS_LANGS = ["de", "fr", "id", "ru"]
UNREACH_LANGS = ["cs", "es", "sr"]
LOGHOSTS = ["syslog.corp.internal", "loghost.prod.lan", "rsyslog-relay.dc2.example.net",
            "logs.infra.local", "graylog-in.ops.example.org"]


def util_linux():
    for i, lang in enumerate(LOGGER_LANGS):
        seed = f"logger{lang}"
        reason = "Try again" if i % 3 == 2 else "Name does not resolve"
        loghost = pick(seed, LOGHOSTS)
        port = pick(seed + "port", ["514", "6514", "1514"])
        line = "logger: " + msg(UL, lang, U_RESOLVE) % (loghost, port, reason)
        hst = host(seed, pick(seed + "role", ["backup", "db", "batch", "mail"]))
        why = ("logger -n cannot resolve its remote syslog server (dns_failure, rules 7 and 13)")
        shape = i % 5
        if shape == 0:
            lab, ann = job_frame(seed, lang, "ship-audit-log", hst,
                                 f"+ logger -n {loghost} -P {port} -t audit --file /var/log/audit/summary\n{line}",
                                 runner="cron")
        elif shape == 1:
            lab, ann = log_frame(seed, lang, "ship-audit-log", hst, line)
        elif shape == 2:
            lab, ann = ratio_frame(seed, lang, "audit log shipments", "audit-shipper", f"{hst}: {line}")
        elif shape == 3:
            lab, ann = job_frame(seed, lang, "ship-audit-log", hst, line, runner="systemd")
        else:
            lab, ann = log_frame(seed, lang, "ship-audit-log.sh", hst, line, vendor=True)
        add(UL, lang, DNS, why, lab, ann, extra_src=MUSL_GAI)
    for i, lang in enumerate(FDISK_LANGS):
        seed = f"fdisk{lang}"
        dev = pick(seed, ["/dev/nvme1n1", "/dev/sdb", "/dev/vdb", "/dev/xvdf"])
        line = msg(UL, lang, U_FDISK)
        hst = host(seed, pick(seed + "role", ["kafka", "ceph", "db", "worker"]))
        why = "libfdisk (sfdisk) cannot allocate memory: the tool's own allocation failure (rule 12)"
        out = f"+ sfdisk --label gpt {dev} < /etc/provision/{dev.rsplit('/', 1)[1]}.sfdisk\n{line}"
        shape = i % 4
        if shape == 0:
            lab, ann = config_frame(seed, lang, "ansible", hst, "storage : partition data disk",
                                    out.replace("\n", " "))
        elif shape == 1:
            lab, ann = job_frame(seed, lang, "provision-data-disk", hst, out, runner="k8s")
        elif shape == 2:
            lab, ann = log_frame(seed, lang, "cloud-init", hst, f"sfdisk {dev}: {line}")
        else:
            lab, ann = ratio_frame(seed, lang, "node provisioning runs", "provisioner",
                                   f"{hst}: sfdisk: {line}")
        add(UL, lang, OOM, why, lab, ann)
    for i, lang in enumerate(ALLOC_LANGS):
        seed = f"alloc{lang}"
        prog = pick(seed, ["lslocks", "lsfd"])
        line = f"{prog}: " + msg(UL, lang, U_ALLOC).replace("%m", "Out of memory")
        hst = host(seed, "db")
        why = f"{prog} cannot allocate memory, errno ENOMEM (tool's own allocation failure, rule 12)"
        if i % 2 == 0:
            lab, ann = job_frame(seed, lang, "textfile-collector-locks", hst,
                                 f"+ {prog} --json --output-all\n{line}", runner="systemd")
        else:
            lab, ann = log_frame(seed, lang, "node-exporter-textfile", hst, line)
        add(UL, lang, OOM, why, lab, ann, extra_src=MUSL_ERRNO)
    for i, lang in enumerate(FLOCK_TIMEOUT_LANGS):
        seed = f"flockto{lang}"
        job = pick(seed, ["pg-basebackup", "restic-backup", "certbot-renew", "rsync-mirror"])
        wait = pick(seed + "w", ["300", "600", "900", "1800"])
        line = "flock: " + msg(UL, lang, U_FLOCK_TIMEOUT)
        hst = host(seed, "backup")
        why = ("flock -w gave up waiting for a lock held by the previous run: a time limit set by "
               "the job's author on its own wait (rules 9, 10, 13; look-alike)")
        if i % 2 == 0:
            lab, ann = job_frame(seed, lang, job, hst,
                                 f"+ flock -w {wait} /run/lock/{job}.lock /usr/local/bin/{job}.sh\n{line}",
                                 runner="cron")
        else:
            lab, ann = log_frame(seed, lang, job, hst, line)
        add(UL, lang, None, why, lab, ann)
    for i, lang in enumerate(FLOCK_FAILED_LANGS):
        seed = f"flockfail{lang}"
        job = pick(seed, ["logrotate-app", "rsync-mirror", "db-vacuum"])
        line = "flock: " + msg(UL, lang, U_FLOCK_FAILED)
        hst = host(seed, "batch")
        why = "flock -n found the lock held by another run (look-alike)"
        lab, ann = job_frame(seed, lang, job, hst,
                             f"+ flock -n -E 75 /run/lock/{job}.lock /usr/local/bin/{job}.sh\n{line}",
                             runner="cron" if i % 2 == 0 else "systemd")
        add(UL, lang, None, why, lab, ann)
    for i, lang in enumerate(FLOCK_ENFILE_LANGS):
        seed = f"flockenfile{lang}"
        job = pick(seed, ["restic-backup", "rsync-mirror", "pg-basebackup"])
        line = "flock: " + (msg(UL, lang, U_FLOCK_OPEN) % f"/run/lock/{job}.lock") + ": File table overflow"
        hst = host(seed, "backup")
        why = ("flock cannot open its lock file: ENFILE, the system's file table is full "
               "(fd_exhaustion, rule 1)")
        if i % 2 == 0:
            lab, ann = job_frame(seed, lang, job, hst, line, runner="cron")
        else:
            lab, ann = log_frame(seed, lang, job, hst, line)
        add(UL, lang, FD, why, lab, ann, extra_src=MUSL_ERRNO)
    for i, lang in enumerate(FLOCK_EACCES_LANGS):
        seed = f"flockeacces{lang}"
        job = pick(seed, ["db-vacuum", "certbot-renew", "logrotate-app"])
        line = "flock: " + (msg(UL, lang, U_FLOCK_OPEN) % f"/var/lock/{job}.lock") + ": Permission denied"
        hst = host(seed, "batch")
        why = "flock cannot open its lock file: permission denied (look-alike)"
        lab, ann = job_frame(seed, lang, job, hst, line, runner="cron" if i % 2 == 0 else "systemd")
        add(UL, lang, None, why, lab, ann, extra_src=MUSL_ERRNO)
    for i, lang in enumerate(FINDFS_LANGS):
        seed = f"findfs{lang}"
        tag = pick(seed, ["LABEL=backup01", "LABEL=pgdata", "UUID=6f1c2a9e-3b7d-4e21-9c55-0d8e4a7b1f30",
                          "PARTLABEL=scratch"])
        line = "findfs: " + msg(UL, lang, U_FINDFS) % tag
        hst = host(seed, "backup")
        why = "findfs cannot find a filesystem by its LABEL/UUID tag: not a host name lookup (look-alike)"
        if i % 2 == 0:
            lab, ann = job_frame(seed, lang, "mount-backup-disk", hst,
                                 f"+ dev=$(findfs {tag})\n{line}", runner="cron")
        else:
            lab, ann = config_frame(seed, lang, "salt", hst, "mount.mounted", line)
        add(UL, lang, None, why, lab, ann)
    for i, lang in enumerate(UNREACH_LANGS):
        seed = f"unreach{lang}"
        mnt = pick(seed, ["/srv/nfs/exports", "/mnt/backup", "/data/scratch"])
        line = f"{mnt}\n   [E] " + msg(UL, lang, U_UNREACH).replace("%m", "No such file or directory")
        why = "findmnt --verify: a mount point in fstab does not exist (not a host; look-alike)"
        if i % 2 == 0:
            lab, ann = ci_frame(seed, lang, "infra/golden-image", "verify-fstab",
                                f"$ findmnt --verify --verbose\n{line}")
        else:
            hst = host(seed, "nfs")
            lab, ann = job_frame(seed, lang, "fstab-lint", hst, line,
                                 runner="systemd")
        add(UL, lang, None, why, lab, ann, extra_src=MUSL_ERRNO)


# ------------------------------------------------------------------ git
G_CONNECT = "unable to connect to %s:\n%s"
G_NOTFOUND = "repository '%s' not found"
G_READREMOTE = ("Could not read from remote repository.\n\nPlease make sure you have the correct "
                "access rights\nand the repository exists.")
G_TMPFILE = "unable to create temporary file"
G_PERM = "insufficient permission for adding an object to repository database %s"
G_FATAL, G_ERROR = "fatal: ", "error: "

REFUSED_LANGS = ["de", "es", "fr", "it", "pl", "uk"]
NOROUTE_LANGS = ["ca", "id"]
TIMEDOUT_LANGS = ["bg", "pt_PT", "sv", "vi", "zh_TW"]
TMPFILE_LANGS = ["de", "fr", "pl", "tr", "zh_CN"]
NOTFOUND_LANGS = ["de", "es", "fr"]
READREMOTE_LANGS = ["ko", "ru", "it"]
PERM_LANGS = ["es", "sv", "uk"]
GITHOSTS = [("git.corp.example", "10.20.4.17"), ("gitmirror.dc1.internal", "10.8.0.42"),
            ("scm.prod.lan", "192.168.40.9"), ("git-daemon.build.local", "172.16.3.25")]
REPOS = ["platform/terraform-modules", "payments/ledger", "infra/ansible-roles", "data/etl-jobs",
         "mobile/app-config"]


def git():
    groups = [(REFUSED_LANGS, "Connection refused", DOWN,
               "git cannot connect to the git daemon: connection refused (node_down, rule 11)"),
              (NOROUTE_LANGS, "No route to host", DOWN,
               "git cannot connect to the git daemon: no route to host (node_down, rule 11)"),
              (TIMEDOUT_LANGS, "Connection timed out", TIMEOUT,
               "git gave up connecting to the git daemon: connect timeout (upstream_timeout, rules 11, 13)")]
    n = 0
    for langs, errno, expected, why in groups:
        for lang in langs:
            seed = f"gitconn{lang}{errno}"
            gh, ip = pick(seed, GITHOSTS)
            repo = pick(seed + "repo", REPOS)
            detail = f"{gh}[0: {ip}]: errno={errno}"
            text = msg_or(GIT, lang, G_FATAL) + msg(GIT, lang, G_CONNECT) % (gh, detail)
            shape = n % 5
            n += 1
            if shape == 0:
                lab, ann = ci_frame(seed, lang, repo, "checkout",
                                    f"$ git fetch origin git://{gh}/{repo}.git\n{text}")
            elif shape == 1:
                hst = host(seed, "mirror")
                lab, ann = job_frame(seed, lang, "git-mirror-sync", hst,
                                     f"+ git -C /srv/mirror/{repo.split('/')[1]}.git remote update --prune\n{text}",
                                     runner="systemd")
            elif shape == 2:
                hst = host(seed, "build")
                lab, ann = log_frame(seed, lang, "git-mirror-sync", hst, text.replace("\n", " "))
            elif shape == 3:
                lab, ann = ratio_frame(seed, lang, "repository syncs", "git-mirror-sync",
                                       text.replace("\n", " "))
            else:
                hst = host(seed, "deploy")
                lab, ann = config_frame(seed, lang, "ansible", hst, "app : checkout release",
                                        text.replace("\n", " "))
            add(GIT, lang, expected, why, lab, ann, extra_src=MUSL_ERRNO)
    for i, lang in enumerate(TMPFILE_LANGS):
        seed = f"gittmp{lang}"
        repo = pick(seed, REPOS)
        text = msg_or(GIT, lang, G_ERROR) + msg(GIT, lang, G_TMPFILE) + ": Too many open files"
        why = ("git cannot create a temporary object file: EMFILE, the process's open-file limit "
               "(fd_exhaustion, rule 1)")
        if i % 3 == 0:
            lab, ann = ci_frame(seed, lang, repo, "vendor-sync", f"$ git add -A vendor/\n{text}")
        elif i % 3 == 1:
            hst = host(seed, "mirror")
            lab, ann = log_frame(seed, lang, "git-mirror-sync", hst, text)
        else:
            lab, ann = ratio_frame(seed, lang, "repository syncs", "git-mirror-sync", text)
        add(GIT, lang, FD, why, lab, ann, extra_src=MUSL_ERRNO)
    for i, lang in enumerate(NOTFOUND_LANGS):
        seed = f"gitnf{lang}"
        repo = pick(seed, REPOS)
        url = f"https://git.corp.example/{repo}.git/"
        text = msg_or(GIT, lang, G_FATAL) + msg(GIT, lang, G_NOTFOUND) % url
        why = "the repository does not exist (or is hidden) on the server (look-alike)"
        lab, ann = ci_frame(seed, lang, repo, "checkout", f"$ git clone {url}\n{text}")
        add(GIT, lang, None, why, lab, ann)
    for i, lang in enumerate(READREMOTE_LANGS):
        seed = f"gitrr{lang}"
        repo = pick(seed, REPOS)
        text = f"{msg_or(GIT, lang, G_FATAL)}{msg(GIT, lang, G_READREMOTE)}"
        why = ("git cannot read the remote over ssh and asks for access rights or an existing "
               "repository (access; look-alike)")
        hst = host(seed, "deploy")
        if i % 2 == 0:
            lab, ann = job_frame(seed, lang, "git-mirror-sync", hst, text, runner="systemd")
        else:
            lab, ann = config_frame(seed, lang, "ansible", hst, "app : checkout release",
                                    text.replace("\n", " "))
        add(GIT, lang, None, why, lab, ann)
    for i, lang in enumerate(PERM_LANGS):
        seed = f"gitperm{lang}"
        repo = pick(seed, REPOS)
        text = (msg_or(GIT, lang, G_ERROR) + msg(GIT, lang, G_PERM) % ".git/objects")
        why = "git may not write into the object store (permissions; look-alike)"
        hst = host(seed, "build")
        lab, ann = job_frame(seed, lang, "git-mirror-sync", hst,
                             f"+ git -C /srv/mirror/{repo.split('/')[1]}.git fetch --all\n{text}",
                             runner="cron")
        add(GIT, lang, None, why, lab, ann)


if __name__ == "__main__":
    dnf()
    util_linux()
    git()
    family.write()
