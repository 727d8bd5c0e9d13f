#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crash23.jsonl: crash loops outside the kubelet's wording and
their look-alikes, in English, as process supervisors and platforms document their messages:
supervisord's process log lines, event-listener payloads and start-up refusals
(Supervisor/supervisor), Windows Service Control Manager events as a management pack and an event
reference quote them (systemcenter.wiki, myeventlog.com), Heroku's error codes
(devcenter.heroku.com), Amazon ECS's stopped-task errors (docs.aws.amazon.com), Docker's restart
policies and `docker ps` states (docs.docker.com), runit's `sv` status lines (void-linux/runit) and
more, each rendered as an alert (Alertmanager labels/annotations, or a log alert carrying the line).

What the family tests: repeated exits and give-up states worded by each supervisor (crash_loop),
next to look-alikes that share their words and are not a loop: one unexpected exit, an expected
exit, a stop by an operator or a deploy, a configuration reload, a start-up refused because of a
configured limit, a short uptime, a boot or exit time limit, a single failed start; and restarts
whose cause another signature names (memory: out_of_memory, rule 1).

Labels are decided from each message's meaning under tests/fixtures/corpus/POLICY.md before the
classifier ran; hosts, programs, pids and counts are made up; every project was checked `OK` with
heldout_check.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_crash23.jsonl")
C, O, ND, N = "crash_loop", "out_of_memory", "node_down", None

SUP = "Supervisor/supervisor"
SUP_HEAD = "abc60468ea4b78c446cf3a194f6fccb83d90f670"
SUP_PROCESS = (SUP, "supervisor/process.py", SUP_HEAD)
SUP_OPTIONS = (SUP, "supervisor/options.py", SUP_HEAD)
SUP_SUPERVISORD = (SUP, "supervisor/supervisord.py", SUP_HEAD)
SUP_CTL = (SUP, "supervisor/supervisorctl.py", SUP_HEAD)
SUP_EVENTS = (SUP, "docs/events.rst", SUP_HEAD)


def repo(src, expected, why, labels, annotations=None):
    family.add(src, expected, f"{src[0]} {src[1].rsplit('/', 1)[1]}: {why}", labels, annotations)


def page(url, expected, why, labels, annotations=None):
    domain = url.split("/")[2]
    family.append(probe_item(labels, annotations or {}, expected, f"{domain}: {why}", domain,
                             page_provenance(url)))


def supervisord():
    # ------------------------------------------------------------ loops and give-ups (rules 7, 9)
    repo(SUP_PROCESS, C, "'exited: ... (exit status 1; not expected)' six times in 10m with respawns (Loki count)",
         {"alertname": "SupervisorProgramExitingRepeatedly", "severity": "warning", "host": "queue-07",
          "program": "mail_dispatch", "job": "varlogs"},
         {"summary": "mail_dispatch exited unexpectedly 6 times in 10m on queue-07",
          "description": "Last lines of /var/log/supervisor/supervisord.log:\n"
                         "2026-11-30 03:12:44,118 WARN exited: mail_dispatch (exit status 1; not expected)\n"
                         "2026-11-30 03:12:45,121 INFO spawned: 'mail_dispatch' with pid 22817\n"
                         "2026-11-30 03:12:46,123 INFO success: mail_dispatch entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"})
    repo(SUP_PROCESS, C, "'gave up: ... entered FATAL state, too many start retries too quickly' in a Graylog stream alert",
         {"alertname": "GraylogStreamAlert", "stream": "supervisord", "severity": "critical", "source": "ingest-03"},
         {"title": "supervisord: program gave up on ingest-03",
          "message": "2026-12-01 07:41:09,552 INFO gave up: geoip_enricher entered FATAL state, too many start retries too quickly"})
    repo(SUP_PROCESS, C, "'exited: ... (terminated by SIGSEGV; not expected)' and BACKOFF lines repeated",
         {"alertname": "LogPatternMatch", "pattern": "not expected", "severity": "warning", "host": "render-2",
          "service": "supervisord"},
         {"summary": "thumbnailer: 4 unexpected exits in 5 minutes",
          "description": "WARN exited: thumbnailer (terminated by SIGSEGV (core dumped); not expected) - "
                         "4 occurrences between 11:02 and 11:06 on render-2, each followed by \"spawned: 'thumbnailer'\""})
    repo(SUP_EVENTS, C, "PROCESS_STATE_BACKOFF with tries:3 (startretries about to be exhausted)",
         {"alertname": "SupervisorEvent", "eventname": "PROCESS_STATE_BACKOFF", "severity": "warning",
          "host": "etl-02", "processname": "s3_uploader"},
         {"summary": "s3_uploader in BACKOFF on etl-02 (tries:3)",
          "body": "processname:s3_uploader groupname:uploaders from_state:STARTING tries:3"})
    repo(SUP_EVENTS, C, "PROCESS_STATE_FATAL: supervisord tried startretries times and gave up",
         {"alertname": "SupervisorEvent", "eventname": "PROCESS_STATE_FATAL", "severity": "critical",
          "host": "etl-02", "processname": "s3_uploader"},
         {"summary": "s3_uploader is FATAL on etl-02",
          "body": "processname:s3_uploader groupname:uploaders from_state:BACKOFF"})
    repo(SUP_PROCESS, C, "supervisorctl status BACKOFF with the spawnerr 'Exited too quickly' checked 3 times",
         {"alertname": "NagiosServiceCritical", "service": "supervisor_programs", "host": "ws-11"},
         {"output": "CRITICAL - 1 of 5 programs not RUNNING: websocket_hub BACKOFF Exited too quickly (process log may have details)",
          "long_output": "state CRITICAL for 3 consecutive checks (HARD)"})
    # ------------------------------------------------------------ look-alikes
    repo(SUP_EVENTS, N, "one PROCESS_STATE_EXITED with expected:0 (one unexpected exit; autorestart respawns it)",
         {"alertname": "SupervisorEvent", "eventname": "PROCESS_STATE_EXITED", "severity": "info",
          "host": "etl-02", "processname": "report_builder"},
         {"summary": "report_builder exited unexpectedly once on etl-02",
          "body": "processname:report_builder groupname:reports from_state:RUNNING expected:0 pid:30412"})
    repo(SUP_PROCESS, N, "one 'exited: ... (exit status 2; not expected)' in the window",
         {"alertname": "SupervisorUnexpectedExit", "severity": "info", "host": "api-05", "program": "pdf_worker"},
         {"summary": "pdf_worker exited once on api-05 (1 in the last hour)",
          "description": "WARN exited: pdf_worker (exit status 2; not expected)"})
    repo(SUP_PROCESS, N, "'waiting for ... to stop' then 'stopped: ... (terminated by SIGTERM)' during a deploy (rule 9)",
         {"alertname": "SupervisorProgramStopped", "severity": "info", "host": "api-05", "program": "gunicorn",
          "change": "deploy-4812"},
         {"summary": "gunicorn stopped by supervisorctl restart during deploy-4812",
          "description": "INFO waiting for gunicorn to stop\nWARN stopped: gunicorn (terminated by SIGTERM)\nINFO spawned: 'gunicorn' with pid 41207"})
    repo(SUP_SUPERVISORD, N, "'received SIGHUP indicating restart request' (a reload, rule 9)",
         {"alertname": "SupervisordRestartRequested", "severity": "info", "host": "batch-01"},
         {"summary": "supervisord on batch-01 is reloading",
          "description": "2026-12-02 09:00:01,004 WARN received SIGHUP indicating restart request"})
    repo(SUP_CTL, N, "'supervisorctl update' output 'updated process group' (config applied, rule 9)",
         {"alertname": "ConfigManagementChange", "severity": "info", "host": "batch-01", "tool": "ansible"},
         {"summary": "supervisor config applied on batch-01",
          "description": "supervisorctl update: csv_import: updated process group"})
    repo(SUP_OPTIONS, N, "supervisord refuses to start: minfds above the environment's hard limit (a configured limit, rule 16)",
         {"alertname": "ServiceStartFailed", "severity": "warning", "host": "legacy-3", "unit": "supervisord"},
         {"summary": "supervisord did not start on legacy-3",
          "description": "Error: The minimum number of file descriptors required to run this process is 65536 as per the "
                         "\"minfds\" command-line argument or config file setting. The current environment will only allow "
                         "you to open 4096 file descriptors.  Either raise the number of usable file descriptors in your "
                         "environment (see README.rst) or lower the minfds setting in the config file to allow the process to start."})


supervisord()
family.write()
