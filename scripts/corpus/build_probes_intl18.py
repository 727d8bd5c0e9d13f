#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_intl18.jsonl: translated error messages of server and
command-line software (a JDBC driver, git, e2fsprogs, systemd's journal message catalogue) as
teams receive them in their own language: a log-pattern alert whose summary is written in the
team's language, a failed job's output, an error-ratio alert quoting its most frequent error, a
Sentry issue, and journald catalogue entries relayed by a log alert.

What the family tests: non-English wording (German, French, Spanish, Italian, Japanese, Korean,
Russian, Polish, Chinese, Swedish, Turkish, Ukrainian, Czech, Bulgarian, Serbian, Catalan,
Indonesian, Vietnamese, Portuguese) of:
- upstream_timeout: pgjdbc's "Connection attempt timed out." (a connect timeout: the driver gave
  up on the server it called, POLICY.md rules 11 and 13);
- out_of_memory: pgjdbc's "Ran out of memory retrieving query results." and e2fsprogs' "Memory
  allocation failed" (a driver's or tool's own allocation failure, rule 12); systemd's catalogue
  entry fe6faa94 "A process of @UNIT@ unit has been killed by the OOM killer." (rule 8: one OOM
  kill is the cause);
- node_down: pgjdbc's "Connection to {0} refused. Check that the hostname and port are
  correct..." (rule 11: the peer is not there);
- dns_failure: git's "unable to look up %s (port %s) (%s)" / "unable to look up %s (%s)" (a
  failed lookup of the remote host; the third placeholder is the resolver's own English reason,
  filled as a musl/glibc system without that locale prints it), and systemd-resolved's catalogue
  entry 1675d7f1 "DNSSEC validation failed" (rule 13: a DNSSEC validation failure is
  `dns_failure`);
- disk_full: e2fsprogs' "Could not allocate block in ext2 filesystem" and "Could not allocate
  inode in ext2 filesystem" (mke2fs -d / fuse2fs writing into a filesystem with no free block or
  inode left; inodes count as storage, rule 2).

Look-alikes labelled null: pgjdbc's "The server does not support SSL.", "The authentication type
{0} is not supported...", "Connection has been closed automatically because a new connection was
opened for the same PooledConnection..." (a pooled connection replaced, rule 12: closed, not
exhausted), "Interrupted while waiting to obtain lock on database connection" (an interrupted
wait, rule 12; no deadlock), "Network timeout must be a value greater than or equal to 0.",
"Unable to set network timeout." and "Invalid sslmode value: {0}" (settings, rule 9); git's
"Authentication failed for '%s'", "Unable to create '%s.lock': %s" (a lock file left by another
git process) and "invalid timeout '%s', expecting a non-negative integer" (a setting);
e2fsprogs' "%s: clean, %u/%u files, %llu/%llu blocks" (a clean fsck, rule 14 status line),
"Filesystem mounted or opened exclusively by another program?" and "Wrong magic number for
ext2_filsys structure" (corruption, not capacity); systemd's catalogue entries for a unit that
failed once (d9b373ed, be02cf68: rule 5), an automatic restart scheduled once (5eb03494: one
restart, rule 15), DNSSEC turned off because the server does not support it (36db2dfa: lookups
still answered, rule 13's "fewer features"), the journal's disk usage report (ec387f57: a
routine status line with space left, rule 14) and a unit that succeeded (7ad2d189). Null
messages are never put into an error-ratio frame (an error-ratio alert quoting a message that
names no cause keeps its symptom, rule 1); positives go into every frame.

Left out as ambiguous (rule 6): pgjdbc's "The connection attempt failed." (no reason), "An I/O
error occurred while sending to the backend.", "Connection has been closed.", "Interrupted while
attempting to connect." and "Could not find a server with specified targetServerType" (no
primary found: down, or only a role change); pgjdbc's Brazilian Portuguese "Connection attempt
timed out." (its translation says only "the connection attempt failed"); git's "the remote end
hung up unexpectedly"; e2fsprogs' "No free space in the directory" (a directory block, which
e2fsprogs then expands, not a full filesystem), "Ext2 file too big" and "Attempt to write block
to filesystem resulted in short write"; systemd's a596d6fe "Messages from a service have been
suppressed" (journald's own log rate limit: not requests refused, and not settled by rule 7),
0027229c "messages could not be forwarded to syslog" (a queue that does not keep up, not
settled) and fc2e22bc (one core dump). Wording pgjdbc already gives in probes_errors9.jsonl
(its timeout in German, French, Italian, Russian and Japanese, its out-of-memory message in
German, Italian, Brazilian Portuguese and Japanese, its English strings) is not repeated.

Sources, each checked with /work/briefs/heldout_check.py ("ok"): pgjdbc/pgjdbc
pgjdbc/src/main/java/org/postgresql/translation/<lang>.po at
3a699d57d957ca0c2b86e619d001a8763a130027; git/git po/<lang>.po at
1a3e64c6c4a623626ff0687008732a8e007e2a1c; tytso/e2fsprogs po/<lang>.po at
a9f482e55f3ca384226e76fceb15f274698cce93 (all read from the mirrors `fetch` leaves); and
systemd/systemd catalog/systemd.<lang>.catalog.in (the snapshot is too large to mirror; the
entries were read with read_file at the commits named in SYSTEMD below and are quoted here,
Subject and first paragraph). PostgreSQL's own catalogues, Tomcat, curl, apt, MariaDB and
Kubernetes were not used (held out). Placeholders are filled with made-up hosts, units, files and
sizes; the frames are our own.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick, po_decode, po_messages  # noqa: E402

PGJDBC = ("pgjdbc/pgjdbc", "3a699d57d957ca0c2b86e619d001a8763a130027",
          "pgjdbc/src/main/java/org/postgresql/translation/{lang}.po")
GIT = ("git/git", "1a3e64c6c4a623626ff0687008732a8e007e2a1c", "po/{lang}.po")
E2FS = ("tytso/e2fsprogs", "a9f482e55f3ca384226e76fceb15f274698cce93", "po/{lang}.po")

family = ProbeFamily("probes_intl18.jsonl")
TIMEOUT, OOM, DOWN, DNS, DISK = ("upstream_timeout", "out_of_memory", "node_down", "dns_failure",
                                 "disk_full")


# ------------------------------------------------------------------ reading .po catalogues
def catalogue(src, lang):
    """msgid -> msgstr of one .po file in its declared charset; entries with a context and
    plural entries left out."""
    repo, commit, pattern = src
    return po_messages(po_decode(git_show(repo, commit, pattern.format(lang=lang))), with_context=False)


_CACHE = {}


def msg(src, lang, msgid):
    key = (src[0], lang)
    if key not in _CACHE:
        _CACHE[key] = catalogue(src, lang)
    text = _CACHE[key].get(msgid)
    assert text, (src[0], lang, msgid)
    return text


# ------------------------------------------------------------------ the team's own words
# log summary, job summary, error-ratio summary, "most frequent error", "last lines of output"
WORDS = {
    "de": ("Fehler im Log von {svc}", "Job {job} fehlgeschlagen", "Fehlerquote von {svc} über {pct} %",
           "Häufigster Fehler", "Letzte Zeilen der Ausgabe"),
    "fr": ("Erreurs dans les journaux de {svc}", "Échec de la tâche {job}",
           "Taux d'erreur de {svc} supérieur à {pct} %", "Erreur la plus fréquente",
           "Dernières lignes de la sortie"),
    "es": ("Errores en el log de {svc}", "El job {job} ha fallado",
           "Tasa de errores de {svc} por encima del {pct} %", "Error más frecuente",
           "Últimas líneas de la salida"),
    "it": ("Errori nel log di {svc}", "Job {job} fallito", "Tasso di errori di {svc} sopra il {pct}%",
           "Errore più frequente", "Ultime righe dell'output"),
    "ja": ("{svc} のログにエラー", "ジョブ {job} が失敗しました", "{svc} のエラー率が {pct}% を超えています",
           "最も多いエラー", "出力の最後の行"),
    "ko": ("{svc} 로그에 오류 발생", "작업 {job} 실패", "{svc} 오류율 {pct}% 초과", "가장 빈번한 오류",
           "출력 마지막 줄"),
    "ru": ("Ошибки в логе {svc}", "Задание {job} завершилось с ошибкой", "Доля ошибок {svc} выше {pct}%",
           "Самая частая ошибка", "Последние строки вывода"),
    "pl": ("Błędy w logu {svc}", "Zadanie {job} nie powiodło się", "Odsetek błędów {svc} powyżej {pct}%",
           "Najczęstszy błąd", "Ostatnie linie wyjścia"),
    "zh_CN": ("{svc} 日志出现错误", "任务 {job} 执行失败", "{svc} 错误率超过 {pct}%", "最常见的错误",
              "输出的最后几行"),
    "zh_TW": ("{svc} 日誌出現錯誤", "工作 {job} 執行失敗", "{svc} 錯誤率超過 {pct}%", "最常見的錯誤",
              "輸出的最後幾行"),
    "pt": ("Erros no log de {svc}", "Job {job} falhou", "Taxa de erros de {svc} acima de {pct}%",
           "Erro mais frequente", "Últimas linhas da saída"),
    "sv": ("Fel i loggen för {svc}", "Jobbet {job} misslyckades", "Felandel för {svc} över {pct} %",
           "Vanligaste fel", "Sista raderna av utdata"),
    "tr": ("{svc} günlüğünde hatalar", "{job} işi başarısız oldu", "{svc} hata oranı %{pct} üzerinde",
           "En sık hata", "Çıktının son satırları"),
    "uk": ("Помилки в журналі {svc}", "Завдання {job} завершилося з помилкою",
           "Частка помилок {svc} вище {pct}%", "Найчастіша помилка", "Останні рядки виводу"),
    "cs": ("Chyby v logu {svc}", "Úloha {job} selhala", "Chybovost {svc} nad {pct} %",
           "Nejčastější chyba", "Poslední řádky výstupu"),
    "en": ("Errors in the log of {svc}", "Job {job} failed", "Error ratio of {svc} above {pct}%",
           "Most frequent error", "Last lines of output"),
}


def words(lang):
    base = {"pt_BR": "pt", "pt_PT": "pt"}.get(lang, lang)
    return WORDS.get(base, WORDS["en"])


SERVICES = ["abrechnung-api", "kundenportal", "lager-sync", "facturation", "commandes-api",
            "pedidos-worker", "ordini-api", "zaiko-batch", "juchu-api", "jumun-api", "otchety",
            "platnosci", "dingdan-svc", "baobiao-job", "faktura-export", "siparis-api",
            "zvit-worker", "objednavky", "reports-bg", "narudzbe-api"]
NAMESPACES = ["prod", "production", "prd-eu", "shop", "billing", "default"]


def svc_for(seed):
    return pick("svc" + seed, SERVICES)


# ------------------------------------------------------------------ pgjdbc
PG_TIMEOUT = "Connection attempt timed out."
PG_OOM = "Ran out of memory retrieving query results."
PG_REFUSED = ("Connection to {0} refused. Check that the hostname and port are correct and that "
              "the postmaster is accepting TCP/IP connections.")
PG_NOSSL = "The server does not support SSL."
PG_AUTHTYPE = ("The authentication type {0} is not supported. Check that you have configured the "
               "pg_hba.conf file to include the client''s IP address or subnet, and that it is "
               "using an authentication scheme supported by the driver.")
PG_POOLED = ("Connection has been closed automatically because a new connection was opened for "
             "the same PooledConnection or the PooledConnection has been closed.")
PG_LOCKWAIT = "Interrupted while waiting to obtain lock on database connection"
PG_NETTIMEOUT_ARG = "Network timeout must be a value greater than or equal to 0."
PG_SETTIMEOUT = "Unable to set network timeout."
PG_SSLMODE = "Invalid sslmode value: {0}"

PG_CASES = [
    # (msgid, label, reason, languages)  -- languages whose wording is not yet in the corpora
    (PG_TIMEOUT, TIMEOUT, "a connect timeout (rules 11, 13)",
     ["bg", "ko", "sr", "tr", "zh_CN", "zh_TW"]),
    (PG_OOM, OOM, "the driver's own allocation failure (rule 12)",
     ["bg", "fr", "ko", "ru", "sr", "tr", "zh_CN"]),
    (PG_REFUSED, DOWN, "connection refused: the server is not there (rule 11)", ["ja", "ko", "ru"]),
    (PG_NOSSL, None, "the server does not offer SSL (look-alike)",
     ["de", "es", "pl", "zh_CN"]),
    (PG_AUTHTYPE, None, "an unsupported authentication method (look-alike)",
     ["de", "fr", "ko", "zh_TW"]),
    (PG_POOLED, None, "a pooled connection closed because it was replaced (rule 12; look-alike)",
     ["de", "ja", "ru", "pl"]),
    (PG_LOCKWAIT, None, "an interrupted wait for the connection's lock (rule 12; look-alike)",
     ["ja", "ko", "ru", "zh_CN"]),
    (PG_NETTIMEOUT_ARG, None, "a rejected timeout setting (rule 9; look-alike)", ["ja", "ko", "ru"]),
    (PG_SETTIMEOUT, None, "a timeout that could not be set (rule 9; look-alike)", ["it", "zh_CN"]),
    (PG_SSLMODE, None, "an invalid sslmode setting (look-alike)", ["ko", "ru"]),
]
PG_FILL = {
    PG_REFUSED: ["pg-orders-primary.db.svc:5432", "10.20.4.17:5432", "pg-ledger-rw:6432"],
    PG_AUTHTYPE: ["12"],
    PG_SSLMODE: ["prefered"],
}


def pg_text(lang, msgid, seed):
    text = msg(PGJDBC, lang, msgid).replace("''", "'")
    if msgid == PG_REFUSED:
        text = text.replace("{0}", pick("host" + seed, PG_FILL[PG_REFUSED]))
    elif msgid in PG_FILL:
        text = text.replace("{0}", PG_FILL[msgid][0])
    return text


CONNECT_PHASE = (PG_TIMEOUT, PG_REFUSED, PG_NOSSL, PG_AUTHTYPE)


def pg_frame(n, lang, msgid, text, positive, seed):
    svc = svc_for(seed)
    if msgid in CONNECT_PHASE:
        thread = "HikariPool-1 connection adder"
        culprit = "org.postgresql.core.v3.ConnectionFactoryImpl in openConnectionImpl"
        at = "org.postgresql.Driver.connect(Driver.java:297)"
    elif msgid == PG_OOM:
        thread, culprit = "scheduling-1", "org.postgresql.core.v3.QueryExecutorImpl in processResults"
        at = "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2601)"
    else:
        thread, culprit = "http-nio-8080-exec-4", "org.postgresql.jdbc.PgConnection in setNetworkTimeout"
        at = "org.postgresql.jdbc.PgConnection.checkClosed(PgConnection.java:1041)"
    ns = pick("ns" + seed, NAMESPACES)
    log_s, job_s, ratio_s, top, last = words(lang)
    exc = "org.postgresql.util.PSQLException"
    shapes = 4 if positive else 3
    shape = n % shapes
    if shape == 0:
        hits = num("hits" + seed, 3, 90, 0)
        return ({"alertname": "LogPatternMatched", "severity": "warning", "service": svc,
                 "namespace": ns},
                {"summary": log_s.format(svc=svc),
                 "description": f"level=ERROR ×{hits} (5m)\n"
                                f"2026-12-03T04:{n % 60:02d}:17.204Z ERROR 1 --- [{thread}] "
                                f"{exc}: {text}"})
    if shape == 1:
        return ({"alertname": "SentryIssue", "project": svc, "level": "error",
                 "environment": ns},
                {"title": f"PSQLException: {text}", "summary": log_s.format(svc=svc),
                 "culprit": culprit})
    if shape == 2:
        job = f"{svc}-nightly"
        return ({"alertname": "KubeJobFailed", "severity": "warning", "job_name": job,
                 "namespace": ns},
                {"summary": job_s.format(job=job),
                 "description": f"{last}:\n{exc}: {text}\n\tat {at}"})
    pct = num("pct" + seed, 5, 40)
    return ({"alertname": "HighErrorRate", "severity": "critical", "service": svc, "namespace": ns},
            {"summary": ratio_s.format(svc=svc, pct=int(pct)),
             "description": f"{top}: {exc}: {text}"})


def build_pgjdbc():
    n = 0
    for msgid, label, why, langs in PG_CASES:
        for lang in langs:
            seed = f"pg-{lang}-{msgid[:20]}"
            text = pg_text(lang, msgid, seed)
            for k in range(2 if label is not None else 1):
                # A positive is rendered in two frames (the second one shape later).
                labels, annotations = pg_frame(n + k, lang, msgid, text, label is not None, seed + str(k))
                family.add((PGJDBC[0], PGJDBC[2].format(lang=lang), PGJDBC[1]), label,
                           f"pgjdbc translation ({lang}) of \"{msgid[:60]}\": {why}", labels,
                           annotations)
            n += 1


# ------------------------------------------------------------------ git
GIT_LOOKUP_PORT = "unable to look up %s (port %s) (%s)"
GIT_LOOKUP = "unable to look up %s (%s)"
GIT_AUTH = "Authentication failed for '%s'"
GIT_LOCK = "Unable to create '%s.lock': %s"
GIT_TIMEOUT_ARG = "invalid timeout '%s', expecting a non-negative integer"
GIT_CASES = [
    (GIT_LOOKUP_PORT, DNS, "a failed lookup of the remote host", ["de", "fr"]),
    (GIT_LOOKUP, DNS, "a failed lookup of the remote host",
     ["de", "fr", "bg", "pt_PT"]),
    (GIT_AUTH, None, "refused credentials (look-alike)", ["de", "fr", "pl", "zh_CN"]),
    (GIT_LOCK, None, "a lock file left by another git process (look-alike)",
     ["de", "ru", "ko"]),
    (GIT_TIMEOUT_ARG, None, "a rejected timeout setting (rule 9; look-alike)", ["fr", "zh_CN", "uk"]),
]
GIT_HOSTS = ["git.intern.example", "gitmirror.corp.example", "scm.build.example",
             "code.lan.example"]
RESOLVER = ["Name or service not known", "Temporary failure in name resolution"]


def git_text(lang, msgid, seed):
    text = msg(GIT, lang, msgid)
    host = pick("h" + seed, GIT_HOSTS)
    if msgid == GIT_LOOKUP_PORT:
        args = [host, "9418", pick("r" + seed, RESOLVER)]
    elif msgid == GIT_LOOKUP:
        args = [host, pick("r" + seed, RESOLVER)]
    elif msgid == GIT_AUTH:
        args = [f"https://{host}/platform/deploy-config.git/"]
    elif msgid == GIT_LOCK:
        args = ["/srv/mirror/platform/deploy-config.git/index", "File exists"]
    else:
        args = [pick("t" + seed, ["-1", "30s", "zehn"])]
    for a in args:
        text = text.replace("%s", a, 1)
    return text


def git_frame(n, lang, text, positive, seed):
    log_s, job_s, ratio_s, top, last = words(lang)
    job = pick("job" + seed, ["repo-mirror-sync", "gitops-pull", "config-fetch", "docs-publish"])
    ns = pick("ns" + seed, NAMESPACES)
    shape = n % 3
    if shape == 0:
        return ({"alertname": "CronJobFailed", "severity": "warning", "cronjob": job, "namespace": ns},
                {"summary": job_s.format(job=job),
                 "description": f"{last}:\n+ git fetch --prune origin\nfatal: {text}"})
    if shape == 1:
        return ({"alertname": "JenkinsBuildFailed", "severity": "warning", "job": job,
                 "build": str(num("b" + seed, 100, 4000, 0))},
                {"summary": job_s.format(job=job),
                 "message": f"ERROR: Error fetching remote repo 'origin'\nstderr: fatal: {text}"})
    return ({"alertname": "LogPatternMatched", "severity": "warning", "app": job, "namespace": ns},
            {"summary": log_s.format(svc=job),
             "description": f"{job}-7d9f8c6b5-x2k4p: fatal: {text}"})


def build_git():
    n = 0
    for msgid, label, why, langs in GIT_CASES:
        for lang in langs:
            seed = f"git-{lang}-{msgid[:20]}"
            labels, annotations = git_frame(n, lang, git_text(lang, msgid, seed), label is not None,
                                            seed)
            n += 1
            family.add((GIT[0], GIT[2].format(lang=lang), GIT[1]), label,
                       f"git translation ({lang}) of \"{msgid}\": {why}", labels, annotations)


# ------------------------------------------------------------------ e2fsprogs
E2_BLOCK = "Could not allocate block in ext2 filesystem"
E2_INODE = "Could not allocate inode in ext2 filesystem"
E2_MEM = "Memory allocation failed"
E2_CLEAN = "%s: clean, %u/%u files, %llu/%llu blocks"
E2_EXCL = "Filesystem mounted or opened exclusively by another program?\n"
E2_MAGIC = "Wrong magic number for ext2_filsys structure"
E2_CASES = [
    (E2_BLOCK, DISK, "no free block left in the filesystem being written",
     ["de", "fr", "es", "pl", "zh_CN", "uk", "sv", "cs", "hu", "nl", "ro", "ca", "pt", "ms", "da"]),
    (E2_INODE, DISK, "no free inode left (inodes count as storage, rule 2)",
     ["de", "es", "cs", "zh_CN", "pl", "uk", "fr", "da", "ro", "nl", "hu", "ca", "ms"]),
    (E2_MEM, OOM, "the tool's own allocation failure (rule 12)",
     ["de", "fr", "it", "pl", "sv", "cs", "es", "uk", "ro", "fi", "hu", "da", "ca", "ka"]),
    (E2_CLEAN, None, "a clean fsck (status line, rule 14; look-alike)", ["de", "es", "pl", "uk"]),
    (E2_EXCL, None, "a device opened by another program (look-alike)", ["fr", "sv", "zh_CN"]),
    (E2_MAGIC, None, "a corrupt superblock structure, not capacity (look-alike)", ["de", "pl"]),
]


def e2_text(lang, msgid, seed):
    text = msg(E2FS, lang, msgid).strip()
    if msgid == E2_CLEAN:
        used = num("u" + seed, 1000, 90000, 0)
        blocks = num("bl" + seed, 100000, 2000000, 0)
        for a in ["/dev/nvme1n1p1", str(used), "655360", str(blocks), "2621440"]:
            text = re.sub(r"%(?:'?)(?:s|u|llu)", a, text, count=1)
    return text


def e2_frame(n, lang, msgid, text, positive, seed):
    log_s, job_s, ratio_s, top, last = words(lang)
    if msgid in (E2_BLOCK, E2_INODE):
        job = pick("job" + seed, ["rootfs-image", "edge-image-build", "appliance-image"])
        if n % 2 == 0:
            return ({"alertname": "CIPipelineFailed", "severity": "warning", "pipeline": job,
                     "stage": "image"},
                    {"summary": job_s.format(job=job),
                     "description": f"{last}:\n$ mkfs.ext4 -d build/rootfs -L root build/root.img 2G\n"
                                    f"__populate_fs: {text}\nmkfs.ext4: {text}"})
        return ({"alertname": "LogPatternMatched", "severity": "warning", "app": "fuse2fs",
                 "host": pick("h" + seed, ["edge-gw-03", "kiosk-117", "sensor-hub-9"])},
                {"summary": log_s.format(svc="fuse2fs"),
                 "description": f"fuse2fs[{num('p' + seed, 300, 9000, 0)}]: {text}"})
    if msgid == E2_MEM:
        host = pick("h" + seed, ["nas-02", "backup-07", "archive-fs-1"])
        if n % 2 == 0:
            job = "fsck-weekly"
            return ({"alertname": "SystemdTimerJobFailed", "severity": "warning", "host": host,
                     "unit": "fsck-weekly.service"},
                    {"summary": job_s.format(job=job),
                     "description": f"{last}:\ne2fsck: {text}\ne2fsck: aborted"})
        return ({"alertname": "LogPatternMatched", "severity": "critical", "host": host,
                 "unit": "systemd-fsck@dev-sdb1.service"},
                {"summary": log_s.format(svc="systemd-fsck"),
                 "description": f"systemd-fsck[{num('p' + seed, 300, 900, 0)}]: e2fsck: {text}"})
    host = pick("h" + seed, ["nas-02", "backup-07", "archive-fs-1", "db-data-3"])
    if msgid == E2_CLEAN:
        return ({"alertname": "LogPatternMatched", "severity": "info", "host": host,
                 "unit": "systemd-fsck@dev-nvme1n1p1.service"},
                {"summary": log_s.format(svc="systemd-fsck"),
                 "description": f"systemd-fsck[{num('p' + seed, 300, 900, 0)}]: {text}"})
    job = "fsck-weekly"
    return ({"alertname": "SystemdTimerJobFailed", "severity": "warning", "host": host,
             "unit": "fsck-weekly.service"},
            {"summary": job_s.format(job=job),
             "description": f"{last}:\ne2fsck: {text}"})


def build_e2fs():
    n = 0
    for msgid, label, why, langs in E2_CASES:
        for lang in langs:
            seed = f"e2-{lang}-{msgid[:20]}"
            labels, annotations = e2_frame(n, lang, msgid, e2_text(lang, msgid, seed),
                                           label is not None, seed)
            n += 1
            family.add((E2FS[0], E2FS[2].format(lang=lang), E2FS[1]), label,
                       f"e2fsprogs translation ({lang}) of \"{msgid.strip()}\": {why}", labels,
                       annotations)


# ------------------------------------------------------------------ systemd's catalogue
SD_REPO = "systemd/systemd"
SD_COMMIT = {
    "pl": "38c6590d819a7d1fff42acf17817772c54a7419b",
    "it": "018333725f9d8565a47abc54b7a6e301e8492f39",
    "ru": "0c697941389b7379c4471bc0a067ede02814bc57",
    "fr": "0c697941389b7379c4471bc0a067ede02814bc57",
    "zh_CN": "0c697941389b7379c4471bc0a067ede02814bc57",
    "ko": "f8de05abf49a5251bbb9cf57e5978b17f9394396",
    "bg": "c7525dd4aa6be6357feee1cbcda4b55e8ff1914c",
    "zh_TW": "462d630eb80c04cc1ccae029105231e2e7c07d81",
}
# (message id, language) -> (Subject, first paragraph), quoted from
# catalog/systemd.<lang>.catalog.in at SD_COMMIT[lang].
SD = {
    ("fe6faa94e7774663a0da52717891d8ef", "pl"): (
        "Proces jednostki @UNIT@ został zakończony przez OOM Killer",
        "Proces jednostki @UNIT został zakończony przez mechanizm kończenia\nprocesów przy braku "
        "pamięci (OOM) jądra Linux. Zwykle wskazuje to,\nże system ma mało pamięci i należało ją "
        "zwolnić."),
    ("fe6faa94e7774663a0da52717891d8ef", "it"): (
        "Un processo dell'unità @UNIT@ è stato terminato da un OOM killer.",
        "Un processo dell'unità @UNIT@ è stato terminato dalla logica del kernel Linux per\ngestire "
        "gli eventi out-of-memory (OOM). In altri termini, il sistema ha\npoca memoria e dovrebbe "
        "essere liberata."),
    ("fe6faa94e7774663a0da52717891d8ef", "bg"): (
        "Процес от модула „@UNIT@“ е убит поради липса на памет",
        "Процес от модула „@UNIT@“ е убит от подсистемата на Linux за\nработа при недостиг на "
        "памет (OOM killer). Това обикновено означава, че\nсистемата е имала  малко памет и се е "
        "наложило аварийното ѝ освобождаване."),
    ("1675d7f172174098b1108bf8c7dc8f5d", "bg"): (
        "Неуспешна проверка на DNSSEC",
        "Заявка или запис в DNS не издържа̀ проверка с DNSSEC.\nТова обикновено показва "
        "вмешателство на трета страна в канала ви за връзка."),
    ("36db2dfa5a9045e1bd4af5f93e1cf057", "bg"): (
        "Режимът DNSSEC е изключен, защото сървърът не го поддържа",
        "Локалната услуга за имена (systemd-resolved.service) установи, че\nнастроеният сървър за "
        "DNS не поддържа DNSSEC, затова този режим е изключен."),
    ("be02cf6855d2428ba40df7e9d022f03d", "zh_TW"): (
        "單位 @UNIT@ 已失敗", "單位 @UNIT@ 已失敗。\n\n結果為 @JOB_RESULT@。"),
    ("1675d7f172174098b1108bf8c7dc8f5d", "pl"): (
        "Walidacja DNSSEC się nie powiodła",
        "Zapytanie DNS lub ustawiony wpis zasobu nie przeszedł walidacji DNSSEC.\nZwykle wskazuje "
        "to, że ktoś manipulował używanym kanałem komunikacji."),
    ("1675d7f172174098b1108bf8c7dc8f5d", "it"): (
        "La validazione DNSSEC è fallita",
        "Una query DNS o un dato hanno fatto fallire la validazione DNSSEC. Questo è\nusualmente un "
        "segnale che il canale di comunicazione utilizzato è stato\nmanomesso."),
    ("1675d7f172174098b1108bf8c7dc8f5d", "ru"): (
        "Проверка DNSSEC провалена",
        "DNS-запрос или отдельная ресурсная запись не прошла проверку DNSSEC.\nКак правило, это "
        "свидетельствует о постороннем вмешательстве в канал связи."),
    ("1675d7f172174098b1108bf8c7dc8f5d", "fr"): (
        "La validation DNSSEC a échoué",
        "Une requête ou une ressource DNS n'a pas passé la validation DNSSEC.\nCeci est "
        "généralement une indication que le canal de communication a été\naltéré."),
    ("1675d7f172174098b1108bf8c7dc8f5d", "ko"): (
        "DNSSEC 검증 실패",
        "DNS 요청 또는 리소스 레코드가 DNSSEC 검증에 실패했습니다. 이것은 보통\n해당 통신 채널이 "
        "조작되었다는 뜻입니다."),
    ("36db2dfa5a9045e1bd4af5f93e1cf057", "pl"): (
        "Wyłączono tryb DNSSEC, ponieważ serwer go nie obsługuje",
        "Usługa resolver (systemd-resolved.service) wykryła, że skonfigurowany serwer\nDNS nie "
        "obsługuje DNSSEC, w wyniku czego walidacja DNSSEC została wyłączona."),
    ("36db2dfa5a9045e1bd4af5f93e1cf057", "ru"): (
        "Механизм DNSSEC был отключен, так как DNS-сервер его не поддерживает",
        "Служба разрешения имен хостов (systemd-resolved.service) определила, что\nуказанный в "
        "настойках DNS-сервер не поддерживает технологию DNSSEC, и\nавтоматически отключила "
        "DNSSEC-проверки."),
    ("36db2dfa5a9045e1bd4af5f93e1cf057", "ko"): (
        "서버 미지원으로 인하여 DNSSEC 모드 종료",
        "해당 DNS 서버가 DNSSEC을 지원하지 않는다는 것을 리졸버 서비스\n(systemd-resolved.service)가 "
        "인식했습니다. 따라서 DNSSEC 검증 기능도\n꺼집니다."),
    ("5eb03494b6584870a536b337290809b3", "pl"): (
        "Zaplanowano automatyczne ponowne uruchamianie jednostki",
        "W wyniki skonfigurowania ustawienia Restart= zaplanowano automatyczne ponowne\n"
        "uruchamianie jednostki @UNIT@."),
    ("5eb03494b6584870a536b337290809b3", "it"): (
        "Il riavvio automatico di un'unità è stato schedulato",
        "Il riavvio automatico dell'unità @UNIT@ è stato schedulato, come risultato\ndelle "
        "impostazioni configurate in Restart=."),
    ("5eb03494b6584870a536b337290809b3", "fr"): (
        "Le redémarrage automatique d'une unité (unit) a été planifié",
        "Le redémarrage automatique de l'unité (unit) @UNIT@ a été planifié, en\nraison de sa "
        "configuration avec le paramètre Restart=."),
    ("5eb03494b6584870a536b337290809b3", "ru"): (
        "Назначен автоматический перезапуск юнита",
        "Назначен автоматический перезапуск юнита @UNIT@, так как для него был задан \nпараметр "
        "Restart=."),
    ("d9b373ed55a64feb8242e02dbe79a49c", "pl"): (
        "Jednostka się nie powiodła",
        "Jednostka @UNIT@ przeszła do stanu „failed” (niepowodzenia)\nz wynikiem „@UNIT_RESULT@”."),
    ("d9b373ed55a64feb8242e02dbe79a49c", "it"): (
        "Unit fallita",
        "Unità @UNIT@ entrata nello stato 'failed' (fallito) con risultato '@UNIT_RESULT@'."),
    ("be02cf6855d2428ba40df7e9d022f03d", "ru"): (
        "Ошибка юнита @UNIT@", "Произошел сбой юнита @UNIT@.\n\nРезультат: @RESULT@."),
    ("be02cf6855d2428ba40df7e9d022f03d", "fr"): (
        "L'unité (unit) @UNIT@ a échoué", "L'unité (unit) @UNIT@ a échoué, avec le résultat @RESULT@."),
    ("be02cf6855d2428ba40df7e9d022f03d", "zh_CN"): (
        "@UNIT@ 单元已失败", "@UNIT@ 单元已失败。\n\n结果为“@RESULT@”。"),
    ("be02cf6855d2428ba40df7e9d022f03d", "ko"): (
        "@UNIT@ 유닛 동작 실패", "@UNIT@ 유닛 동작에 실패했습니다.\n\n결과는 @JOB_RESULT@ 입니다."),
    ("ec387f577b844b8fa948f33cad9a75e6", "pl"): (
        "Miejsce na dysku używane przez dziennik",
        "@JOURNAL_NAME@ (@JOURNAL_PATH@) obecnie używa @CURRENT_USE_PRETTY@.\nMaksymalnie może "
        "używać @MAX_USE_PRETTY@.\nZostawianie co najmniej @DISK_KEEP_FREE_PRETTY@ wolnego (z "
        "obecnie dostępnego @DISK_AVAILABLE_PRETTY@ miejsca na dysku).\nWymuszone ograniczenie "
        "użycia wynosi więc @LIMIT_PRETTY@, z czego @AVAILABLE_PRETTY@ jest nadal dostępne."),
    ("ec387f577b844b8fa948f33cad9a75e6", "ru"): (
        "Место на диске, занятое журналом",
        "@JOURNAL_NAME@ (@JOURNAL_PATH@) сейчас занимает @CURRENT_USE_PRETTY@.\nМаксимальный "
        "разрешенный размер составляет @MAX_USE_PRETTY@.\nОставляем свободными как минимум "
        "@DISK_KEEP_FREE_PRETTY@ (сейчас на диске\nсвободно @DISK_AVAILABLE_PRETTY@).\nТаким "
        "образом, предел использования составляет @LIMIT_PRETTY@, из которых\n@AVAILABLE_PRETTY@ "
        "пока свободно."),
    ("ec387f577b844b8fa948f33cad9a75e6", "fr"): (
        "Espace disque utilisé par le journal",
        "@JOURNAL_NAME@ (@JOURNAL_PATH@) utilise actuellement @CURRENT_USE_PRETTY@.\nLe maximum "
        "autorisé est défini à @MAX_USE_PRETTY@.\nAu moins @DISK_KEEP_FREE_PRETTY@ doivent être "
        "laissés libres\n(sur @DISK_AVAILABLE_PRETTY@ d'espace disque actuellement libre).\nLa "
        "limite appliquée est donc @LIMIT_PRETTY@, dont @AVAILABLE_PRETTY@\nsont toujours "
        "disponibles."),
    ("7ad2d189f7e94e70a38c781354912448", "pl"): (
        "Jednostka się powiodła", "Jednostka @UNIT@ pomyślnie przeszła do stanu „dead” (martwego)."),
    ("7ad2d189f7e94e70a38c781354912448", "it"): (
        "Unità terminata", "Unità @UNIT@ entrata con successo nello stato 'dead' (morto)."),
}
SD_LABEL = {
    "fe6faa94e7774663a0da52717891d8ef": (OOM, "a process killed by the kernel's OOM killer (rule 8)"),
    "1675d7f172174098b1108bf8c7dc8f5d": (DNS, "DNSSEC validation failed (rule 13)"),
    "36db2dfa5a9045e1bd4af5f93e1cf057": (None, "DNSSEC turned off, lookups still answered "
                                               "(rule 13; look-alike)"),
    "5eb03494b6584870a536b337290809b3": (None, "one automatic restart scheduled (rule 15; "
                                               "look-alike)"),
    "d9b373ed55a64feb8242e02dbe79a49c": (None, "a unit failed once (rule 5; look-alike)"),
    "be02cf6855d2428ba40df7e9d022f03d": (None, "a unit's start job failed once (rule 5; look-alike)"),
    "ec387f577b844b8fa948f33cad9a75e6": (None, "the journal's routine disk-usage report (rule 14; "
                                               "look-alike)"),
    "7ad2d189f7e94e70a38c781354912448": (None, "a unit that succeeded (look-alike)"),
}
SD_UNITS = ["reporting-worker.service", "pdf-render.service", "ingest@3.service",
            "clamd@scan.service", "etl-loader.service", "mailer-queue.service"]
SD_HOSTS = ["app-waw-04", "app-mil-02", "app-mow-11", "app-par-07", "app-sha-03", "app-icn-05"]
JOURNAL = {"@JOURNAL_NAME@": "System journal", "@JOURNAL_PATH@": "/var/log/journal/4f1c9a0e2b7d4e55a1c3d2b6e8f90a17",
           "@CURRENT_USE_PRETTY@": "1.1G", "@MAX_USE_PRETTY@": "4.0G",
           "@DISK_KEEP_FREE_PRETTY@": "4.0G", "@DISK_AVAILABLE_PRETTY@": "61.3G",
           "@LIMIT_PRETTY@": "4.0G", "@AVAILABLE_PRETTY@": "2.8G"}


def sd_fill(text, unit):
    for k, v in JOURNAL.items():
        text = text.replace(k, v)
    text = text.replace("@UNIT_RESULT@", "exit-code").replace("@JOB_RESULT@", "failed")
    text = text.replace("@RESULT@", "failed").replace("@UNIT@", unit).replace("@UNIT ", unit + " ")
    return text


def build_systemd():
    n = 0
    for (mid, lang), (subject, body) in SD.items():
        label, why = SD_LABEL[mid]
        seed = f"sd-{mid}-{lang}"
        unit = pick("u" + seed, SD_UNITS)
        if mid in ("1675d7f172174098b1108bf8c7dc8f5d", "36db2dfa5a9045e1bd4af5f93e1cf057"):
            unit = "systemd-resolved.service"
        if mid == "ec387f577b844b8fa948f33cad9a75e6":
            unit = "systemd-journald.service"
        subject, body = sd_fill(subject, unit), sd_fill(body, unit)
        log_s = words(lang)[0]
        for k in range(2 if label is not None else 1):
            # A positive is rendered in both frames.
            host = pick("h" + seed + str(k), SD_HOSTS)
            labels, annotations = sd_frame(n + k, mid, host, unit, subject, body, log_s)
            family.add((SD_REPO, f"catalog/systemd.{lang}.catalog.in", SD_COMMIT[lang]), label,
                       f"systemd journal catalogue ({lang}) entry {mid}: {why}", labels,
                       annotations)
        n += 1


def sd_frame(n, mid, host, unit, subject, body, log_s):
    if n % 2 == 0:
        labels = {"alertname": "JournalCatalogMessage", "severity": "warning", "host": host,
                  "unit": unit, "message_id": mid}
        annotations = {"summary": subject, "description": body}
    else:
        labels = {"alertname": "JournalErrors", "severity": "warning", "instance": f"{host}:9100",
                  "syslog_identifier": "systemd"}
        annotations = {"summary": log_s.format(svc=host),
                       "description": f"journalctl -x -u {unit}:\n-- Subject: {subject}\n"
                                      f"-- Defined-By: systemd\n--\n-- {body.replace(chr(10), chr(10) + '-- ')}"}
    return labels, annotations


def main():
    build_pgjdbc()
    build_git()
    build_e2fs()
    build_systemd()
    family.write()


if __name__ == "__main__":
    main()
