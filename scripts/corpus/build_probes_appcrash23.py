#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_appcrash23.jsonl: application-level crashes and failures
that are not a server process restarting in a loop -- crash reporters' alerts (Firebase
Crashlytics), runtimes' fatal errors (Erlang's "Kernel pid terminated", CPython's faulthandler,
OpenJ9's dump events), Android's ActivityManager, Electron's render-process-gone reasons, a
memory watchdog for Unicorn workers -- and their look-alikes. See the SOURCES.md section
`probes_appcrash23.jsonl` for sources, labels, decisions and left-outs.

Labels are decided from each alert's meaning under POLICY.md before the classifier ran on the file.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_appcrash23.jsonl")

C, O, N = "crash_loop", "out_of_memory", "node_down"
NULL = None

OTP_INIT = ("erlang/otp", "erts/preloaded/src/init.erl", "00678f41aaa14191dc333596fee33075ce515e24")
UWK = ("kzk/unicorn-worker-killer", "lib/unicorn/worker_killer.rb",
       "0119f7f8a180444209f7c7ba27e539079c95d0cd")


def page(expected, url, domain, why, labels, annotations):
    family.append(probe_item(labels, annotations, expected, f"{domain}: {why}", domain,
                             page_provenance(url)))


def loki(app, host, line, count, window, severity="warning", alertname="AppLogPatternMatch"):
    """A Loki ruler alert counting log lines that match a pattern, with the last line."""
    return ({"alertname": alertname, "severity": severity, "instance": host, "app": app,
             "job": "loki-ruler"},
            {"summary": f"{app} on {host}: {count} matching log lines in {window}",
             "description": f"Last matching line:\n{line}"})


# ------------------------------------------------------------------ Erlang/OTP init
KPT = ('Kernel pid terminated (application_controller) ({application_start_failure,'
       'ledger,{{shutdown,{failed_to_start_child,ledger_sup,{badarg,[{ets,lookup,[ledger_cache,'
       'tx_index],[]}]}}},{ledger_app,start,[normal,[]]}}})')
l, a = loki("ledger", "ledger-02.prod.internal", KPT, 1, "15m", severity="critical",
            alertname="ErlangVMHalted")
family.add(OTP_INIT, NULL, "erlang/otp init: one 'Kernel pid terminated' halt at boot (one crash)", l, a)

l = {"alertname": "BeamNodeRestartLoop", "severity": "critical", "instance": "chat-ejb-3:9100",
     "job": "node", "unit": "chatd.service"}
a = {"summary": "chatd on chat-ejb-3 halted 6 times in 20m",
     "description": ("systemd restarted chatd.service 6 times in the last 20 minutes; each start "
                     "ended with: Kernel pid terminated (application_controller) "
                     "({application_start_failure,chatd,{bad_return,{{chatd_app,start,[normal,[]]},"
                     "{'EXIT',{undef,[{jiffy,decode,[<<>>],[]}]}}}}})")}
family.add(OTP_INIT, C, "erlang/otp init: 'Kernel pid terminated' at every start, 6 restarts in 20m", l, a)

l, a = loki("billing-worker", "bw-7", ('{"Kernel pid terminated",application_controller,'
                                        '"{application_terminated,billing,shutdown}"}'),
            1, "10m", alertname="ErlangKernelPidTerminated")
family.add(OTP_INIT, NULL, "erlang/otp init: erlang:display tuple of one Kernel pid termination", l, a)

l, a = loki("mqtt-bridge", "edge-gw-14", "init terminating in do_boot ({undef,[{mqtt_bridge,main,[],[]},"
            "{init,start_em,1,[]},{init,do_boot,3,[]}]})", 1, "5m", alertname="ErlangBootFailed")
family.add(OTP_INIT, NULL, "erlang/otp init: 'init terminating in do_boot' once (one failed start)", l, a)

# ------------------------------------------------------------------ unicorn-worker-killer
UWK_OOM = ("#<Unicorn::HttpServer:0x000055d5c1e3a8b0>: worker (pid: {pid}) exceeds memory limit "
           "({rss} bytes > {lim} bytes)")
l, a = loki("storefront", "web-04", UWK_OOM.format(pid=23817, rss=1288437760, lim=1181116006), 1,
            "10m", alertname="UnicornWorkerMemoryKill")
family.add(UWK, O, "unicorn-worker-killer Oom: a worker over its memory limit kills itself", l, a)

l = {"alertname": "UnicornWorkerKillerFiring", "severity": "warning", "service": "api",
     "host": "api-11", "source": "datadog-logs"}
a = {"title": "[Warn] Unicorn workers killed for memory on api-11",
     "message": ("Log monitor: 14 logs matching \"exceeds memory limit\" over the last 30m on "
                 "host:api-11.\nSample: " + UWK_OOM.format(pid=4411, rss=2213527552, lim=2147483648))}
family.add(UWK, O, "unicorn-worker-killer Oom: repeated memory kills (the cause decides, rule 1)", l, a)

l, a = loki("storefront", "web-02",
            "#<Unicorn::HttpServer:0x00007f3a2c18e1d8>: worker (pid: 30991) exceeds max number of "
            "requests (limit: 3583)", 1, "10m", alertname="UnicornWorkerRecycled")
family.add(UWK, NULL, "unicorn-worker-killer MaxRequests: a worker recycled after its request limit", l, a)

family.write()
