#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_restart20.jsonl: restarts as process supervisors word them
(systemd's journal catalog in Italian, French, Polish and Chinese, PHP-FPM's master process,
Celery's billiard pool, Erlang/OTP's supervisor in its single-line logger format, supervisord,
Phusion Passenger), quoted in log-pattern alerts, journal counters, job failures and chat
notifications; and the many look-alikes that only mention a restart.

What the family tests: crash loops worded by supervisors no rule was written from (PHP-FPM's
"child N exited on signal 11 (SIGSEGV - core dumped) after 0.38 seconds from start" repeated and
its emergency "failed processes threshold (10 in 60 sec) is reached, initiating reload"; billiard's
"Process 'ForkPoolWorker-3' pid:N exited with 'exitcode 1'" repeated and its pool giving up with
`RestartFreqExceeded('40 in 1s')`; OTP's "Context: shutdown. Reason: reached_max_restart_intensity";
systemd's "restart scheduled" and "unit failed with result 'start-limit-hit'" catalog entries in
four languages; Passenger's "no longer exists! Detaching it from the pool." repeated), and the
look-alikes: one scheduled restart, one failed unit or start job, a unit that succeeded, a child
recycled after its request limit or killed by the process manager when idle, a child started, a
supervisor's progress report, a child terminated at shutdown, a process stopped by an operator, an
expected exit, a restart by a deploy (`passenger-config restart-app`), and systemctl's "changed on
disk. Run 'systemctl daemon-reload'" (a reload required, POLICY.md rule 10).

Labels, decided from each alert's meaning under POLICY.md before the classifier ran on the file:
two or more restarts in the alert's window, a back-off or a supervisor's give-up state are
`crash_loop` (rules 7 and 9); a loop whose journal also carries the kernel OOM killer's catalog
entry for the unit is `out_of_memory` (rule 1, rule 8: the cause decides); one restart, one crash,
one failure and planned or requested restarts are `null` (rules 5, 7, 9, 10). A supervisor's
child restarted over and over because its peer refuses connections (`{error,econnrefused}`) is
`node_down`: the error names what is down (rule 11).

Decisions where POLICY.md is silent (see the report): PHP-FPM children, billiard pool workers and
Passenger application processes that die and are respawned by their master over and over are a
crash loop of the service, as a container's restarts are: `crash_loop`. PHP-FPM's emergency
restart threshold (N failed children in M seconds, "initiating reload") is a supervisor's limit on
restarts: `crash_loop`. billiard's `RestartFreqExceeded` is a give-up state (rule 9): `crash_loop`.

Left out as ambiguous (rule 6): repeated worker deaths by SIGKILL with no OOM line (OOM is only a
guess, rule 17, yet the reader would suspect it); a single SIGKILL of a worker; supervisord's
"Attempted to kill X, which is in BACKOFF state." (an operator stopping a looping process);
supervisorctl's "ERROR (spawn error)" and "ERROR (abnormal termination)" after one start; PHP-FPM's
"The maximum number of processes has been reached" (a process limit, neither a pool nor a restart);
billiard's WorkerLostError repeated (failed tasks, rule 10, or dying workers: not settled).

Sources (strings only; frames, hosts, units, pids and values are ours):
- systemd/systemd catalog/systemd.{it,fr,pl,zh_CN}.catalog.in (journal catalog entries
  5eb03494… restart scheduled, d9b373ed… unit failed, be02cf68… start job failed, 7ad2d189… unit
  succeeded, 98e32220… unit process exited, fe6faa94… OOM killer) and
  src/systemctl/systemctl-util.c (daemon-reload warning);
- php/php-src sapi/fpm/fpm/fpm_children.c;
- celery/billiard billiard/pool.py, billiard/common.py;
- erlang/otp lib/stdlib/src/supervisor.erl (format_log_single);
- Supervisor/supervisor supervisor/process.py, supervisor/options.py;
- phusion/passenger src/agent/Core/ApplicationPool/Pool/AnalyticsCollection.cpp and
  src/ruby_supportlib/phusion_passenger/config/restart_app_command.rb.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_restart20.jsonl")

C, O = "crash_loop", "out_of_memory"

SD = "systemd/systemd"
SD_IT = (SD, "catalog/systemd.it.catalog.in", "018333725f9d8565a47abc54b7a6e301e8492f39")
SD_FR = (SD, "catalog/systemd.fr.catalog.in", "db9ecf050165fd1033c6f81485917e229c4be537")
SD_PL = (SD, "catalog/systemd.pl.catalog.in", "38c6590d819a7d1fff42acf17817772c54a7419b")
SD_ZH = (SD, "catalog/systemd.zh_CN.catalog.in", "39461d01dd841e37fb81fb4ae98ed133beda3941")
SD_CTL = (SD, "src/systemctl/systemctl-util.c", "ffdd28c751b6dc42b34c252a623f1fbeb2c23a94")
FPM = ("php/php-src", "sapi/fpm/fpm/fpm_children.c", "00443c77e48cf43304addf6195b1e7986a9604c6")
BIL_POOL = ("celery/billiard", "billiard/pool.py", "bd2f803b78f9f2a7fce62ed6d846333270f29e07")
BIL_COMMON = ("celery/billiard", "billiard/common.py", "bd2f803b78f9f2a7fce62ed6d846333270f29e07")
OTP = ("erlang/otp", "lib/stdlib/src/supervisor.erl", "002130b616bb3941fd770e0930801df50fb3e95e")
SUP = ("Supervisor/supervisor", "supervisor/process.py", "abc60468ea4b78c446cf3a194f6fccb83d90f670")
PAS_POOL = ("phusion/passenger", "src/agent/Core/ApplicationPool/Pool/AnalyticsCollection.cpp",
            "080171e6e254972ae32e7724372879713743c6b2")
PAS_CFG = ("phusion/passenger", "src/ruby_supportlib/phusion_passenger/config/restart_app_command.rb",
           "080171e6e254972ae32e7724372879713743c6b2")

# ------------------------------------------------------------------ systemd's journal catalog
# The catalog's translated Subject and body lines, as `journalctl -x` prints them ("-- Subject:").
RESTART_SCHEDULED = {
    "it": (SD_IT, "Il riavvio automatico di un'unità è stato schedulato",
           "Il riavvio automatico dell'unità {unit} è stato schedulato, come risultato\n"
           "delle impostazioni configurate in Restart=."),
    "fr": (SD_FR, "Le redémarrage automatique d'une unité (unit) a été planifié",
           "Le redémarrage automatique de l'unité (unit) {unit} a été planifié, en\n"
           "raison de sa configuration avec le paramètre Restart=."),
    "pl": (SD_PL, "Zaplanowano automatyczne ponowne uruchamianie jednostki",
           "W wyniki skonfigurowania ustawienia Restart= zaplanowano automatyczne ponowne\n"
           "uruchamianie jednostki {unit}."),
}
UNIT_FAILED = {
    "it": (SD_IT, "Unit fallita",
           "Unità {unit} entrata nello stato 'failed' (fallito) con risultato '{result}'."),
    "pl": (SD_PL, "Jednostka się nie powiodła",
           "Jednostka {unit} przeszła do stanu „failed” (niepowodzenia)\nz wynikiem „{result}”."),
}
JOB_FAILED = {
    "pl": (SD_PL, "Zadanie uruchamiania dla jednostki {unit} się nie powiodło",
           "Zadanie uruchamiania dla jednostki {unit} zostało ukończone z niepowodzeniem.\n\n"
           "Identyfikator zadania: {job}, wynik zadania: {result}."),
    "zh_CN": (SD_ZH, "{unit} 单元已失败", "{unit} 单元已失败。\n\n结果为“{result}”。"),
}
UNIT_SUCCEEDED = {
    "it": (SD_IT, "Unità terminata", "Unità {unit} entrata con successo nello stato 'dead' (morto)."),
    "pl": (SD_PL, "Jednostka się powiodła",
           "Jednostka {unit} pomyślnie przeszła do stanu „dead” (martwego)."),
}
PROCESS_EXITED = {
    "it": (SD_IT, "Uscito processo unità",
           "Un processo {cmd} appartenente all'unità {unit} è uscito.\n\n"
           "Il codice di uscita del processo è '{code}' ed è uscito con {status}."),
    "pl": (SD_PL, "Proces jednostki zakończył działanie",
           "Proces {cmd}= należący do jednostki {unit} zakończył działanie.\n\n"
           "Kod wyjścia procesu: „{code}”, jego stan wyjścia: {status}."),
}
OOM_KILLED = {
    "it": (SD_IT, "Un processo dell'unità {unit} è stato terminato da un OOM killer."),
    "pl": (SD_PL, "Proces jednostki {unit} został zakończony przez OOM Killer"),
}


def loki(unit, host, pattern, count, window, text, severity="warning"):
    """A Loki ruler alert counting journal lines that match a catalog entry."""
    return ({"alertname": "JournalCatalogMatch", "severity": severity, "instance": host,
             "unit": unit, "job": "systemd-journal"},
            {"summary": f"{unit} on {host}: {count} matching journal entries in {window}",
             "description": f"count_over_time({{job=\"systemd-journal\", unit=\"{unit}\"}} |= "
                            f"\"{pattern}\" [{window}]) = {count}\n\n{text}"})


def systemd_items():
    # Restart scheduled, repeated: a restart loop (rule 7).
    for lang, unit, host, count, window in [("it", "gestionale.service", "erp-mi-02", 7, "15m"),
                                            ("fr", "facturation.service", "app-par-11", 12, "30m"),
                                            ("pl", "kolejka-zamowien.service", "srv-waw-07", 5,
                                             "10m")]:
        src, subject, body = RESTART_SCHEDULED[lang]
        text = f"-- Subject: {subject}\n-- \n-- {body.format(unit=unit)}"
        labels, ann = loki(unit, host, subject, count, window, text)
        family.add(src, C, f"systemd catalog 5eb03494 ({lang}): restart scheduled {count} times "
                   f"in {window} (rule 7: two or more restarts)", labels, ann)
    # Restart scheduled once: one restart (rule 7), null.
    src, subject, body = RESTART_SCHEDULED["it"]
    family.add(src, None, "systemd catalog 5eb03494 (it): one scheduled restart in the window "
               "(rule 7: one restart is null)",
               {"alertname": "RiavvioServizio", "severity": "info", "host": "cassa-to-04",
                "unit": "stampa-scontrini.service"},
               {"summary": "stampa-scontrini.service riavviato automaticamente (1 volta nelle ultime 24h)",
                "description": f"journalctl -x:\n-- Subject: {subject}\n-- "
                               f"{body.format(unit='stampa-scontrini.service')}"})
    # (The French entry once, alone, is already in probes_intl18.jsonl: not repeated here.)
    src, subject, body = RESTART_SCHEDULED["pl"]
    family.add(src, None, "systemd catalog 5eb03494 (pl): one scheduled restart (rule 7: one "
               "restart is null)",
               {"alertname": "JednostkaRestart", "severity": "info", "host": "druk-krk-1",
                "unit": "cups-bridge.service", "restarts_24h": "1"},
               {"summary": subject, "description": body.format(unit="cups-bridge.service")})
    # Unit failed with result 'start-limit-hit': systemd gave up (rule 9).
    for lang, unit, host in [("it", "sincronizzatore.service", "nas-bo-01"),
                             ("pl", "eksport-faktur.service", "fin-gda-02")]:
        src, subject, body = UNIT_FAILED[lang]
        family.add(src, C, f"systemd catalog d9b373ed ({lang}): unit failed with result "
                   "'start-limit-hit' (rule 9: start-limit-hit is a give-up state)",
                   {"alertname": "SystemdUnitFailedResult", "severity": "critical",
                    "instance": host, "unit": unit},
                   {"summary": f"-- Subject: {subject}",
                    "description": body.format(unit=unit, result="start-limit-hit")})
    # Unit failed once with 'exit-code': one failure (rule 5), null.
    for lang, unit, host in [("it", "backup-notturno.service", "nas-bo-01"),
                             ("pl", "raport-dzienny.service", "fin-gda-02")]:
        src, subject, body = UNIT_FAILED[lang]
        family.add(src, None, f"systemd catalog d9b373ed ({lang}): a unit failed once with result "
                   "'exit-code' (rule 5: a failed unit, no loop)",
                   {"alertname": "SystemdUnitFailedResult", "severity": "warning",
                    "instance": host, "unit": unit},
                   {"summary": f"-- Subject: {subject}",
                    "description": body.format(unit=unit, result="exit-code")})
    # A start job that failed once: null (rule 5).
    src, subject, body = JOB_FAILED["pl"]
    family.add(src, None, "systemd catalog be02cf68 (pl): one start job failed (rule 5)",
               {"alertname": "StartJobFailed", "severity": "warning", "host": "cms-poz-05"},
               {"summary": subject.format(unit="varnish.service"),
                "description": body.format(unit="varnish.service", job="4187", result="failed")})
    src, subject, body = JOB_FAILED["zh_CN"]
    family.add(src, None, "systemd catalog be02cf68 (zh_CN): one start job failed (rule 5)",
               {"alertname": "服务启动失败", "severity": "warning", "instance": "10.42.8.17:9100"},
               {"summary": subject.format(unit="nginx.service"),
                "description": body.format(unit="nginx.service", result="failed")})
    src, subject, body = JOB_FAILED["zh_CN"]
    family.add(src, None, "systemd catalog be02cf68 (zh_CN): a start job failed on a dependency, "
               "once (rule 5)",
               {"alertname": "JournalUnitJobFailed", "severity": "warning", "host": "pay-sh-03",
                "unit": "settlement-worker.service"},
               {"message": "-- Subject: " + subject.format(unit="settlement-worker.service") + "\n"
                           + body.format(unit="settlement-worker.service", result="dependency")})
    # A unit that succeeded: nothing failed.
    for lang, unit, host in [("it", "pulizia-log.service", "web-mi-09"),
                             ("pl", "certbot-renew.service", "edge-wro-2")]:
        src, subject, body = UNIT_SUCCEEDED[lang]
        family.add(src, None, f"systemd catalog 7ad2d189 ({lang}): a unit ended successfully "
                   "(look-alike)",
                   {"alertname": "JournalUnitEvent", "severity": "info", "host": host,
                    "unit": unit},
                   {"summary": f"-- Subject: {subject}", "description": body.format(unit=unit)})
    # A unit process exited once: null; repeated with restarts: crash loop.
    src, subject, body = PROCESS_EXITED["it"]
    family.add(src, None, "systemd catalog 98e32220 (it): one process exit (rule 7: no loop)",
               {"alertname": "ProcessoUscito", "severity": "info", "host": "crm-rm-02",
                "unit": "crm-import.service"},
               {"summary": f"-- Subject: {subject}",
                "description": body.format(cmd="ExecStart", unit="crm-import.service",
                                           code="exited", status="2")})
    src, subject, body = PROCESS_EXITED["pl"]
    family.add(src, C, "systemd catalog 98e32220 (pl): the unit's process exited 9 times in 10m, "
               "each followed by a scheduled restart (rule 7)",
               {"alertname": "JournalCatalogMatch", "severity": "warning", "instance": "api-waw-03",
                "unit": "bramka-platnosci.service", "job": "systemd-journal"},
               {"summary": "bramka-platnosci.service: 9 × proces zakończył działanie, 9 × "
                           "zaplanowane ponowne uruchomienie w ciągu 10 min",
                "description": body.format(cmd="ExecStart", unit="bramka-platnosci.service",
                                           code="exited", status="1")
                + "\n-- " + RESTART_SCHEDULED["pl"][1]})
    # A restart loop whose journal carries the OOM killer's entry: the cause decides (rule 1, 8).
    for lang, unit, host, n in [("it", "motore-ricerca.service", "search-mi-01", 4),
                                ("pl", "renderer-pdf.service", "docs-krk-03", 6)]:
        src, subject = OOM_KILLED[lang]
        rsrc, rsubject, rbody = RESTART_SCHEDULED[lang]
        family.add(src, O, f"systemd catalog fe6faa94 ({lang}): OOM killer entry for the unit "
                   f"within a restart loop ({n} restarts); cause over symptom (rules 1, 8)",
                   {"alertname": "SystemdServiceRestarting", "severity": "warning",
                    "instance": host, "name": unit},
                   {"summary": f"{unit}: {n} restarts in 15m",
                    "description": f"Last journal subjects:\n-- Subject: "
                                   f"{subject.format(unit=unit)}\n-- Subject: {rsubject}"})
    # systemctl's reload warning: a reload required (rule 10), null.
    family.add(SD_CTL, None, "systemctl's daemon-reload warning: a reload required after a "
               "config change (rule 10)",
               {"alertname": "AnsibleRunWarnings", "severity": "info", "host": "lb-ams-2",
                "playbook": "haproxy.yml"},
               {"summary": "1 warning in the last configuration run",
                "description": "TASK [restart haproxy] changed: Warning: The unit file, source "
                               "configuration file or drop-ins of haproxy.service changed on disk. "
                               "Run 'systemctl daemon-reload' to reload units."})
    family.add(SD_CTL, None, "systemctl's daemon-reload warning for a user unit (rule 10)",
               {"alertname": "NodeConfigDrift", "severity": "warning", "instance": "dev-box-14"},
               {"summary": "unit files changed on disk but not reloaded",
                "description": "Warning: The unit file, source configuration file or drop-ins of "
                               "syncthing.service changed on disk. Run 'systemctl --user "
                               "daemon-reload' to reload units."})


# ------------------------------------------------------------------ PHP-FPM's master
def fpm_items():
    family.add(FPM, C, "php-fpm: children exit on SIGSEGV 57 times in 10m, each respawned "
               "(repeated restarts of workers: crash_loop)",
               {"alertname": "PhpFpmChildCrashes", "severity": "critical", "host": "shop-web-04",
                "pool": "www"},
               {"summary": "php-fpm pool www: 57 segfaulting children in 10m",
                "description": "Last line: WARNING: [pool www] child 28114 exited on signal 11 "
                               "(SIGSEGV - core dumped) after 0.384217 seconds from start"})
    family.add(FPM, C, "php-fpm: emergency restart threshold reached (repeated child failures "
               "force a restart of the master)",
               {"alertname": "LogPatternMatch", "severity": "critical", "host": "cms-web-02",
                "source": "/var/log/php8.2-fpm.log"},
               {"message": "03-Dec-2026 22:41:07] WARNING: failed processes threshold (10 in 60 "
                           "sec) is reached, initiating reload"})
    family.add(FPM, C, "php-fpm: children exit with code 255 right after start, 23 times in 5m",
               {"alertname": "PhpFpmChildExits", "severity": "warning", "instance": "api-php-7:9253",
                "pool": "api"},
               {"summary": "23 php-fpm children of pool api exited in 5m",
                "description": "WARNING: [pool api] child 4410 exited with code 255 after 0.051233 "
                               "seconds from start\nNOTICE: [pool api] child 4431 started"})
    family.add(FPM, C, "php-fpm: children killed by SIGBUS, 6 times in 15m",
               {"alertname": "FpmWorkerSignal", "severity": "warning", "host": "wiki-web-1"},
               {"summary": "6 × php-fpm child exited on signal 7 (SIGBUS) in 15 minutes",
                "description": "[pool wiki] child 7781 exited on signal 7 (SIGBUS - core dumped) "
                               "after 211.008344 seconds from start"})
    family.add(FPM, C, "php-fpm: emergency restart threshold, in a chat notification",
               {"alertname": "php-fpm", "channel": "#ops-web", "host": "blog-1"},
               {"text": ":rotating_light: blog-1 php-fpm: failed processes threshold (5 in 10 "
                        "sec) is reached, initiating reload"})
    family.add(FPM, None, "php-fpm: a child recycled after pm.max_requests exits with code 0 "
               "(planned)",
               {"alertname": "LogPatternMatch", "severity": "info", "host": "shop-web-04",
                "source": "/var/log/php-fpm/www-error.log"},
               {"message": "NOTICE: [pool www] child 30017 exited with code 0 after 3601.482113 "
                           "seconds from start\nNOTICE: [pool www] child 30502 started"})
    family.add(FPM, None, "php-fpm: an idle child killed by the ondemand process manager (planned)",
               {"alertname": "FpmDebugLog", "severity": "info", "host": "intranet-1", "pool": "hr"},
               {"summary": "php-fpm debug log sample",
                "description": "DEBUG: pid 1203, fpm_children_bury(), line 289: [pool hr] child "
                               "18840 has been killed by the process management after 10.002117 "
                               "seconds from start"})
    family.add(FPM, None, "php-fpm: a child started (look-alike)",
               {"alertname": "FpmLogLine", "severity": "info", "instance": "api-php-2:9253"},
               {"message": "NOTICE: [pool api] child 5512 started"})
    family.add(FPM, None, "php-fpm: one segfaulting child in 24h, respawned once (one crash, "
               "rule 7)",
               {"alertname": "PhpFpmChildCrashes", "severity": "info", "host": "forum-web-3",
                "pool": "www"},
               {"summary": "php-fpm pool www: 1 segfaulting child in 24h",
                "description": "WARNING: [pool www] child 9912 exited on signal 11 (SIGSEGV) "
                               "after 48211.330012 seconds from start"})


# ------------------------------------------------------------------ Celery's billiard pool
def billiard_items():
    family.add(BIL_POOL, C, "billiard: pool workers exit with exitcode 1, 25 times in 10m",
               {"alertname": "CeleryWorkerProcessExits", "severity": "warning",
                "queue": "thumbnails", "host": "celery-img-2"},
               {"summary": "25 pool processes exited in 10m",
                "description": "Process 'ForkPoolWorker-3' pid:18224 exited "
                               "with 'exitcode 1'"})
    family.add(BIL_POOL, C, "billiard: the pool's Supervisor thread gives up, RestartFreqExceeded "
               "(restarts too fast: a give-up state, rule 9)",
               {"alertname": "SentryIssue", "project": "billing-tasks", "level": "error"},
               {"title": "RestartFreqExceeded: 40 in 1s",
                "summary": "New issue in billing-tasks",
                "culprit": "Thread 'Supervisor' crashed: RestartFreqExceeded('40 in 1s')"})
    family.add(BIL_POOL, C, "billiard: workers die by SIGSEGV, 9 times in 15m",
               {"alertname": "LogAlert", "app": "geo-worker", "severity": "warning"},
               {"summary": "celery pool processes crashing (9 in 15m)",
                "description": "[2026-12-03 04:12:55,118] Process "
                               "'ForkPoolWorker-12' pid:7731 exited with 'signal 11 (SIGSEGV)'"})
    family.add(BIL_POOL, C, "billiard: RestartFreqExceeded in a log line (give-up)",
               {"alertname": "CeleryLogErrors", "severity": "critical", "service": "etl-celery"},
               {"message": "2026-12-03 04:12:55,118 pool supervisor: Thread 'Supervisor' crashed: "
                           "RestartFreqExceeded('80 in 1s')"})
    family.add(BIL_POOL, None, "billiard: one pool process exited once (one restart, rule 7)",
               {"alertname": "CeleryWorkerProcessExits", "severity": "info", "queue": "emails",
                "host": "celery-mail-1"},
               {"summary": "1 pool process exited in 1h",
                "description": "Process 'ForkPoolWorker-2' pid:4120 exited with 'exitcode 70'"})
    family.add(BIL_POOL, None, "billiard: one task lost its worker to SIGTERM during a deploy "
               "(planned, rule 9)",
               {"alertname": "CeleryTaskFailed", "severity": "info", "task": "reports.build_pdf",
                "reason": "deploy"},
               {"summary": "Task reports.build_pdf failed during rolling deploy",
                "description": "WorkerLostError('Worker exited prematurely: signal 15 (SIGTERM) "
                               "Job: 12.')"})
    family.add(BIL_COMMON, None, "billiard: exit status wording of one process exit during a "
               "scale-down (planned)",
               {"alertname": "AutoscalerEvent", "severity": "info", "service": "celery-scrape"},
               {"summary": "celery autoscaler shrank pool from 8 to 4 processes",
                "description": "Process 'ForkPoolWorker-8' pid:22019 exited with 'exitcode 0' "
                               "(scale down by autoscaler)"})


# ------------------------------------------------------------------ Erlang/OTP supervisor
def otp_items():
    family.add(OTP, C, "OTP supervisor single-line report: shutdown, "
               "reached_max_restart_intensity (give-up, rule 9)",
               {"alertname": "BeamLogError", "severity": "critical", "node": "ingest@beam-3",
                "app": "ingest"},
               {"message": "2026-12-03T04:12:55.118 [error] Supervisor: {local,ingest_sup}. "
                           "Context: shutdown. Reason: reached_max_restart_intensity. Offender: "
                           "id=kafka_consumer,pid=<0.2231.0>."})
    family.add(OTP, C, "OTP supervisor: child_terminated 31 times in 5m (restarts repeated)",
               {"alertname": "BeamSupervisorChildRestarts", "severity": "warning",
                "node": "chat@beam-1", "supervisor": "session_sup"},
               {"summary": "31 child restarts under session_sup in 5m",
                "description": "Supervisor: {local,session_sup}. Context: child_terminated. "
                               "Reason: {badarg,[{ets,lookup,2}]}. Offender: "
                               "id=presence_tracker,pid=<0.915.0>."})
    family.add(OTP, None, "OTP supervisor: one child_terminated (one restart, rule 7)",
               {"alertname": "BeamSupervisorChildRestarts", "severity": "info",
                "node": "chat@beam-2", "supervisor": "pool_sup"},
               {"summary": "1 child restart under pool_sup in 1h",
                "description": "Supervisor: {local,pool_sup}. Context: child_terminated. Reason: "
                               "killed. Offender: id=db_conn_7,pid=<0.4410.0>."})
    family.add(OTP, None, "OTP supervisor progress report: a child started (look-alike)",
               {"alertname": "BeamLogInfo", "severity": "info", "node": "api@beam-4"},
               {"message": "Supervisor: {local,kernel_safe_sup}. Started: id=timer_server,"
                           "pid=<0.121.0>."})
    family.add(OTP, None, "OTP supervisor: a child killed at shutdown during a release upgrade "
               "(planned)",
               {"alertname": "BeamLogError", "severity": "warning", "node": "ingest@beam-3",
                "reason": "release_upgrade"},
               {"message": "Supervisor: {local,ingest_sup}. Context: shutdown_error. Reason: "
                           "killed. Offender: id=batch_writer,pid=<0.3301.0>. (node stopping for "
                           "release 2.14.0)"})


# ------------------------------------------------------------------ supervisord
def supervisor_items():
    family.add(SUP, C, "supervisord: a program terminated by SIGABRT and restarted, 8 times in "
               "10m",
               {"alertname": "SupervisordExits", "severity": "warning", "host": "ocr-2",
                "program": "pdf-ocr"},
               {"summary": "pdf-ocr: 8 unexpected exits in 10m",
                "description": "WARN exited: pdf-ocr (terminated by SIGABRT (core dumped); not "
                               "expected)\nINFO spawned: 'pdf-ocr' with pid 40917"})
    family.add(SUP, C, "supervisord: exit status 2 unexpected, 14 times in 30m",
               {"alertname": "LogPatternMatch", "severity": "warning", "host": "queue-1",
                "source": "/var/log/supervisor/supervisord.log"},
               {"summary": "`exited: .* not expected` matched 14 times in 30m",
                "message": "WARN exited: mailer_00 (exit status 2; not expected)"})
    family.add(SUP, None, "supervisord: a program stopped by the operator (planned, rule 9)",
               {"alertname": "SupervisordEvent", "severity": "info", "host": "queue-1",
                "program": "mailer_00"},
               {"message": "INFO stopped: mailer_00 (terminated by SIGTERM)"})
    family.add(SUP, None, "supervisord: one expected exit of a batch program (look-alike)",
               {"alertname": "SupervisordEvent", "severity": "info", "host": "etl-2",
                "program": "nightly-sync"},
               {"message": "INFO exited: nightly-sync (exit status 0; expected)"})
    family.add(SUP, None, "supervisord: one unexpected exit, restarted, running since (one "
               "restart, rule 7)",
               {"alertname": "SupervisordExits", "severity": "info", "host": "api-5",
                "program": "ws-gateway"},
               {"summary": "ws-gateway: 1 unexpected exit in 24h",
                "description": "WARN exited: ws-gateway (terminated by SIGSEGV; not expected)\n"
                               "INFO success: ws-gateway entered RUNNING state"})


# ------------------------------------------------------------------ Phusion Passenger
def passenger_items():
    family.add(PAS_POOL, C, "Passenger: application processes vanish and are detached 15 times "
               "in 10m (processes dying over and over)",
               {"alertname": "PassengerProcessesLost", "severity": "warning", "host": "rails-3"},
               {"summary": "15 application processes disappeared in 10m",
                "description": "[ W 2026-12-03 04:12:55.1183 1121/T5 Pool/AnalyticsCollection.cpp:104 ]: "
                               "Process (pid=30418, group=/srv/shop (production)) no longer exists! "
                               "Detaching it from the pool."})
    family.add(PAS_POOL, None, "Passenger: one process detached once in a day (one crash, rule 7)",
               {"alertname": "PassengerProcessesLost", "severity": "info", "host": "rails-7"},
               {"summary": "1 application process disappeared in 24h",
                "description": "Process (pid=8812, group=/srv/cms (production)) no longer exists! "
                               "Detaching it from the pool."})
    family.add(PAS_CFG, None, "Passenger: restart-app run by the deploy (planned, rule 9)",
               {"alertname": "DeployJobOutput", "severity": "info", "job_name": "shop-deploy",
                "host": "rails-3"},
               {"summary": "deploy step 'restart app' finished",
                "description": "$ passenger-config restart-app /srv/shop\nRestarting /srv/shop "
                               "(production)"})


# ------------------------------------------------------------------ more frames of the same loops
# Added before the classifier ran: the same supervisors' loop wording in other alert frames
# (chat notifications, event streams, job output), and two loops whose lines name a cause.
def more_items():
    src, subject, body = RESTART_SCHEDULED["fr"]
    family.add(src, C, "systemd catalog 5eb03494 (fr): restart scheduled 9 times in 20m, in a "
               "chat notification (rule 7)",
               {"alertname": "journal-watch", "channel": "#exploitation", "host": "crm-nte-2"},
               {"text": f"crm-nte-2 : « {subject} » ×9 en 20 min — {body.format(unit='synchro-crm.service')}"})
    src, subject, body = RESTART_SCHEDULED["it"]
    family.add(src, C, "systemd catalog 5eb03494 (it): restart scheduled 6 times in an event "
               "stream's window (rule 7)",
               {"alertname": "journald-events", "severity": "medium", "host": "pos-fi-12"},
               {"message": f"Stream 'journald' matched 6 message(s) in the last 10 minutes. "
                           f"pos-fi-12: {body.format(unit='cassa-sync.service')}"})
    src, subject, body = RESTART_SCHEDULED["fr"]
    family.add(src, C, "systemd catalog 5eb03494 (fr): a deploy check job failing because the "
               "unit was restarted 4 times in 2 minutes (rule 7)",
               {"alertname": "JobFailed", "severity": "critical", "job_name": "verif-demarrage-api"},
               {"summary": "Job verif-demarrage-api failed",
                "description": "Le service ne reste pas actif. journalctl -x -u api-devis.service "
                               "(4 entrées en 2 min) :\n-- Subject: " + subject + "\n-- "
                               + body.format(unit="api-devis.service")})
    src, subject, body = UNIT_FAILED["pl"]
    family.add(src, C, "systemd catalog d9b373ed (pl): start-limit-hit in a chat notification "
               "(rule 9)",
               {"alertname": "systemd-unit", "channel": "#dyzurni", "host": "hurtownia-db-1"},
               {"text": "hurtownia-db-1: " + body.format(unit="etl-hurtownia.service",
                                                         result="start-limit-hit")})
    src, subject, body = UNIT_FAILED["it"]
    family.add(src, C, "systemd catalog d9b373ed (it): start-limit-hit as an event title (rule 9)",
               {"alertname": "EventoSistema", "severity": "error", "host": "ordini-ge-3",
                "source_type": "journald"},
               {"title": "[ordini-ge-3] " + subject,
                "text": body.format(unit="ricezione-ordini.service", result="start-limit-hit")})
    src, subject, body = PROCESS_EXITED["it"]
    family.add(src, C, "systemd catalog 98e32220 (it): the unit's process exited 11 times in "
               "15m, restarted each time (rule 7)",
               {"alertname": "ProcessoUscitoRipetuto", "severity": "warning", "host": "tlm-ba-05",
                "unit": "telemetria.service"},
               {"summary": "telemetria.service: 11 uscite del processo in 15 minuti, riavviato "
                           "ogni volta",
                "description": body.format(cmd="ExecStart", unit="telemetria.service",
                                           code="killed", status="6")})
    src, subject = OOM_KILLED["pl"]
    family.add(src, O, "systemd catalog fe6faa94 (pl): OOM killer entry for a celery unit that "
               "keeps restarting; the cause decides (rules 1, 8)",
               {"alertname": "JournalCatalogMatch", "severity": "warning",
                "instance": "celery-ml-2", "unit": "celery-embeddings.service",
                "job": "systemd-journal"},
               {"summary": "celery-embeddings.service: 5 restarts in 20m",
                "description": "-- Subject: " + subject.format(unit="celery-embeddings.service")
                               + "\n-- Subject: " + RESTART_SCHEDULED["pl"][1]})
    family.add(FPM, C, "php-fpm: SIGSEGV children counted by a log item, 12 in 5m",
               {"alertname": "Log item matched", "severity": "High", "host": "php-app-09",
                "item": "log[/var/log/php-fpm.log,\"exited on signal\"]"},
               {"summary": "php-app-09: php-fpm children crashing (12 in 5m)",
                "description": "[03-Dec-2026 04:12:55] WARNING: [pool app] child 16604 exited on "
                               "signal 11 (SIGSEGV) after 2.004127 seconds from start"})
    family.add(FPM, C, "php-fpm: the emergency restart threshold as an Alertmanager rule",
               {"alertname": "PhpFpmEmergencyRestart", "severity": "critical",
                "instance": "checkout-php-3"},
               {"summary": "php-fpm restarted itself after repeated child failures",
                "description": "failed processes threshold (20 in 120 sec) is reached, initiating "
                               "reload"})
    family.add(BIL_POOL, C, "billiard: workers abort with SIGABRT, 7 times in 10m",
               {"alertname": "CeleryWorkerProcessExits", "severity": "warning",
                "queue": "ocr", "host": "celery-ocr-1"},
               {"summary": "7 pool processes exited in 10m",
                "description": "Process 'ForkPoolWorker-5' pid:9120 exited with 'signal 6 "
                               "(SIGABRT)'"})
    family.add(BIL_POOL, C, "billiard: exitcode 1 repeated, in a chat notification",
               {"alertname": "celery-logs", "channel": "#data-eng", "service": "feature-store"},
               {"text": "feature-store workers: \"Process 'ForkPoolWorker-1' pid:30112 exited "
                        "with 'exitcode 1'\" (x18 in 10 min)"})
    family.add(OTP, C, "OTP supervisor: a supervisor of supervisors shuts down, "
               "reached_max_restart_intensity with nb_children (give-up, rule 9)",
               {"alertname": "ElixirAppCrash", "severity": "critical", "node": "web@beam-7"},
               {"summary": "application web stopped",
                "description": "Supervisor: {local,web_app_sup}. Context: shutdown. Reason: "
                               "reached_max_restart_intensity. Offender: id=web_conn_sup,"
                               "nb_children=4."})
    family.add(OTP, "node_down", "OTP supervisor: a child restarted 20 times because its peer "
               "refuses connections (econnrefused names what is down, rule 11)",
               {"alertname": "BeamSupervisorChildRestarts", "severity": "warning",
                "node": "mqtt@beam-2", "supervisor": "bridge_sup"},
               {"summary": "20 child restarts under bridge_sup in 10m",
                "description": "Supervisor: {local,bridge_sup}. Context: child_terminated. "
                               "Reason: {error,econnrefused}. Offender: id=amqp_bridge,"
                               "pid=<0.771.0>."})
    family.add(PAS_POOL, C, "Passenger: processes detached 9 times in 10m, in a chat notification",
               {"alertname": "passenger-log", "channel": "#web-ops", "host": "rails-5"},
               {"text": "rails-5 (x9 in 10m): Process (pid=14121, group=/srv/api (production)) "
                        "no longer exists! Detaching it from the pool."})
    family.add(SUP, C, "supervisord: SIGSEGV exits, 5 in 5 minutes",
               {"alertname": "ProcessCrashRepeated", "severity": "warning", "host": "tiles-2",
                "program": "tile-render"},
               {"summary": "tile-render crashed 5 times in 5 minutes",
                "description": "WARN exited: tile-render (terminated by SIGSEGV (core dumped); "
                               "not expected)"})


def main():
    systemd_items()
    fpm_items()
    billiard_items()
    otp_items()
    supervisor_items()
    passenger_items()
    more_items()
    family.write()


if __name__ == "__main__":
    main()
