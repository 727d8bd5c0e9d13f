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
J9 = ("eclipse-openj9/openj9", "runtime/nls/dump/j9dmp.nls", "0f63b11be810930d42390fb023c7104a7b3b62e2")
PYFH = ("python/cpython", "Doc/library/faulthandler.rst", "024e37adccd9f0d879b014da28b02d04f0866f8c")
ELEC = ("electron/electron", "docs/api/structures/render-process-gone-details.md",
        "466021f53af95f18cb878678b9d103a1159ed8fa")
AOSP_ERR = ("aosp-mirror/platform_frameworks_base", "services/core/java/com/android/server/am/AppErrors.java",
            "045951b13322057a31595e570d1ec7ff9ae5d48e")
WER = ("netwrix/docs",
       "docs/kb/auditor/features-and-operations/glossaries-and-faqs/the-conceptqs-application-pool-crashes-on-startup.md",
       "4ec6c9c5f7fd901d3cb19a4fd6180e40aed7f4f8")
RUST_SO = ("rust-lang/rust", "library/std/src/sys/pal/unix/stack_overflow.rs",
           "6e1b2a540f684de3c704ca2d47bad961bb814c13")
ART_HEAP = ("GrapheneOS/platform_art", "runtime/gc/heap.cc", "295744ea77bc7ba8e03e78cae3fa26ead941286a")
RUBY_SIG = ("ruby/ruby", "signal.c", "79df14c04b452411b9d17e26a398e491bca1a811")
FB_ALERTS = "https://firebase.google.com/docs/crashlytics/alerts-default"
FB_VELOCITY = "https://firebase.google.com/docs/crashlytics/velocity-alerts"
FB_VPAYLOAD = ("https://firebase.google.com/docs/reference/functions/2nd-gen/node/"
               "firebase-functions.alerts.crashlytics.velocityalertpayload")
SENTRY_RH = "https://docs.sentry.io/product/releases/health/"
BUGSNAG_STAB = "https://docs.bugsnag.com/product/stability/"


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

# ------------------------------------------------------------------ OpenJ9 dump agents
def j9(event, detail, when):
    return (f'JVMDUMP039I Processing dump event "{event}", detail "{detail}" at {when} - please wait.')


l, a = loki("claims-api", "was-node-03", j9("systhrow", "java/lang/OutOfMemoryError", "2026/11/30 03:12:44"),
            1, "10m", severity="critical", alertname="OpenJ9DumpEvent")
family.add(J9, O, "OpenJ9 JVMDUMP039I: dump event systhrow with detail java/lang/OutOfMemoryError", l, a)

l = {"alertname": "JvmFatalDumpsRepeated", "severity": "critical", "service": "pricing-engine",
     "namespace": "pricing", "pod": "pricing-engine-6f9c7d-2xkq8", "container": "engine"}
a = {"summary": "pricing-engine wrote 4 JVM dumps in 30m",
     "description": ("The JVM in pricing-engine-6f9c7d-2xkq8 restarted 4 times in 30 minutes; before each "
                     "restart it logged: " + j9("systhrow", "java/lang/OutOfMemoryError", "2026/11/30 04:41:07")
                     + " JVMDUMP032I JVM requested Heap dump using '/dumps/heapdump.20261130.044107.1.0002.phd' "
                       "in response to an event")}
family.add(J9, O, "OpenJ9 JVMDUMP039I: OutOfMemoryError before each of 4 restarts (the cause decides)", l, a)

l, a = loki("ledger-batch", "batch-07", j9("gpf", "", "2026/11/29 22:05:13"), 1, "15m",
            severity="critical", alertname="OpenJ9DumpEvent")
family.add(J9, NULL, "OpenJ9 JVMDUMP039I: one gpf (general protection fault) dump event, one crash", l, a)

l, a = loki("claims-api", "was-node-01", j9("user", "", "2026/11/30 09:00:02"), 1, "10m",
            severity="info", alertname="OpenJ9DumpEvent")
family.add(J9, NULL, "OpenJ9 JVMDUMP039I: a 'user' dump event (javacore requested with kill -3)", l, a)

l, a = loki("report-gen", "batch-02", j9("vmstop", "#00000000", "2026/11/30 01:00:09"), 1, "10m",
            severity="info", alertname="OpenJ9DumpEvent")
family.add(J9, NULL, "OpenJ9 JVMDUMP039I: vmstop with exit status #00000000 (a normal shutdown)", l, a)

l, a = loki("quote-svc", "app-12", ("Abort signal received while running on Java stack. The JVM dump agents "
                                    "could not be run."), 1, "10m", severity="critical",
            alertname="JvmAborted")
family.add(J9, NULL, "OpenJ9 J9NLS_DMP_ABORT_ON_JAVA_STACK: one abort", l, a)

l = {"alertname": "WebSphereJvmCrashing", "severity": "critical", "instance": "was-node-02",
     "server": "claims_member2", "job": "was-nanny"}
a = {"summary": "claims_member2 crashed 3 times in 20 minutes",
     "description": ("The node agent restarted claims_member2 3 times in the last 20 minutes. Each time the "
                     "JVM log ended with " + j9("gpf", "", "2026/11/30 10:14:51") +
                     " followed by JVMDUMP032I JVM requested System dump.")}
family.add(J9, C, "OpenJ9 JVMDUMP039I gpf: a server JVM crashed and restarted 3 times in 20m", l, a)

# ------------------------------------------------------------------ CPython faulthandler
FH = ('Fatal Python error: Segmentation fault\n\nCurrent thread 0x00007f3b2c8ff700 (most recent call first):\n'
      '  File "/app/.venv/lib/python3.11/site-packages/lxml/html/__init__.py", line 875 in parse\n'
      '  File "/app/scraper/extract.py", line 62 in extract_links\nSegmentation fault')
l, a = loki("scraper", "crawl-05", FH, 1, "10m", severity="critical", alertname="PythonFatalError")
family.add(PYFH, NULL, "CPython faulthandler: one 'Fatal Python error: Segmentation fault' (one crash)", l, a)

l = {"alertname": "IngestWorkerCrashLoop", "severity": "critical", "instance": "ingest-2.prod",
     "unit": "ingest-worker.service", "job": "node"}
a = {"summary": "ingest-worker.service restarted 5 times in 10m",
     "description": ("node_systemd_service_restart_total increased by 5 in 10m. Each run ended with: "
                     "Fatal Python error: Segmentation fault / Current thread 0x00007f0e9a1fc740 (most recent "
                     "call first): File \"/srv/ingest/decode.py\", line 118 in decode_frame")}
family.add(PYFH, C, "CPython faulthandler: a unit restarted 5 times in 10m, each run a segfault", l, a)

l = {"alertname": "DatadogLogMonitor", "severity": "warning", "service": "ml-inference",
     "host": "gpu-node-4", "monitor_id": "48213307"}
a = {"title": "[Warn] Fatal Python error on ml-inference",
     "message": ("1 log matched \"Fatal Python error\" over the last 15m on service:ml-inference.\n"
                 "Fatal Python error: Segmentation fault\n\nThread 0x00007f11c47fe640 (most recent call first):\n"
                 "  File \"/opt/conda/lib/python3.10/site-packages/torch/nn/modules/conv.py\", line 456 in "
                 "_conv_forward")}
family.add(PYFH, NULL, "CPython faulthandler: one segfault in a Datadog log monitor", l, a)

# ------------------------------------------------------------------ Electron render-process-gone
def electron(reason, exit_code, clients, window, app="DeskPilot", extra=""):
    return ({"alertname": "ElectronRenderProcessGone", "severity": "warning", "app": app,
             "reason": reason, "channel": "stable", "source": "app-telemetry"},
            {"summary": f"{app}: render-process-gone reason={reason} from {clients} in {window}",
             "description": f"webContents 'render-process-gone' with details.reason='{reason}', "
                            f"exitCode={exit_code}. {extra}".strip()})


l, a = electron("oom", -536870904, "1 client", "15m",
                extra="Process ran out of memory (window: editor, build 4.12.1, host ws-fin-22).")
family.add(ELEC, O, "Electron RenderProcessGoneDetails: reason 'oom' (Process ran out of memory)", l, a)

l, a = electron("crashed", -1073741819, "1 client", "15m",
                extra="Process crashed (window: main, build 4.12.1, host ws-ops-07).")
family.add(ELEC, NULL, "Electron RenderProcessGoneDetails: one 'crashed' renderer", l, a)

l, a = electron("killed", 15, "1 client", "15m",
                extra="Process was sent a SIGTERM or otherwise killed externally (host lt-sales-31).")
family.add(ELEC, NULL, "Electron RenderProcessGoneDetails: a renderer 'killed' externally", l, a)

l, a = electron("memory-eviction", 0, "1 client", "15m",
                extra=("Process proactively terminated to prevent a future out-of-memory (OOM) situation "
                       "(window: report-viewer, host ws-fin-09)."))
family.add(ELEC, O, "Electron RenderProcessGoneDetails: 'memory-eviction' to prevent an OOM (memory pressure)", l, a)

l, a = electron("launch-failed", 2, "1 client", "15m",
                extra="Process never successfully launched (host vdi-pool-114).")
family.add(ELEC, NULL, "Electron RenderProcessGoneDetails: a renderer that never launched, once", l, a)

l, a = electron("crashed", -1073741819, "212 clients", "15m",
                extra="Crash reports from 212 distinct installs of build 4.13.0 in the last 15 minutes.")
family.add(ELEC, NULL, "Electron RenderProcessGoneDetails: renderer crashes counted across many user installs", l, a)

l, a = electron("abnormal-exit", 1, "3 clients", "30m",
                extra="Process exited with a non-zero exit code.")
family.add(ELEC, NULL, "Electron RenderProcessGoneDetails: 'abnormal-exit' on a few clients", l, a)

# ------------------------------------------------------------------ Android ActivityManager
l = {"alertname": "KioskAppCrashedTooManyTimes", "severity": "critical", "device": "kiosk-lobby-17",
     "fleet": "retail-kiosks", "package": "com.acme.kiosk"}
a = {"summary": "com.acme.kiosk killed by ActivityManager on kiosk-lobby-17",
     "description": ("logcat: W ActivityManager: Process com.acme.kiosk has crashed too many times: killing!\n"
                     "The app crashed again within a minute of its previous crash and will not be restarted "
                     "until it is launched again.")}
family.add(AOSP_ERR, C, "AOSP AppErrors: 'has crashed too many times: killing!' (crashed again within the minimum interval)",
           l, a)

l = {"alertname": "AndroidTvAppCrashLoop", "severity": "warning", "device": "signage-tv-042",
     "fleet": "digital-signage", "package": "com.acme.signage.player"}
a = {"summary": "com.acme.signage.player crashed 9 times in 30m on signage-tv-042",
     "description": ("am_crash events: 9 in 30m; last: W ActivityManager: Process com.acme.signage.player has "
                     "crashed too many times: killing!")}
family.add(AOSP_ERR, C, "AOSP AppErrors: a player app crashing 9 times in 30m, then killed", l, a)

# ------------------------------------------------------------------ Windows Error Reporting (event 1000)
WER_TEXT = ("Faulting application name: w3wp.exe, version: 8.0.9200.16384, time stamp: 0x50108835\n"
            "Faulting module name: PerfMon64.dll, version: 8.0.10918.0, time stamp: 0x577fd168\n"
            "Exception code: 0xc0000409\nFault offset: 0x0000000000149794\nFaulting process id: 0x{pid}\n"
            "Faulting application path: c:\\windows\\system32\\inetsrv\\w3wp.exe")
l = {"alertname": "WindowsApplicationError", "severity": "warning", "instance": "iis-web-03",
     "log": "Application", "event_id": "1000", "source": "Application Error"}
a = {"summary": "Application Error 1000 on iis-web-03",
     "description": WER_TEXT.format(pid="2c38")}
family.add(WER, NULL, "WER event 1000 'Faulting application name: w3wp.exe' once (one crash)", l, a)

l = {"alertname": "AppPoolWorkerCrashing", "severity": "critical", "instance": "iis-web-05",
     "app_pool": "conceptQS", "event_id": "1000"}
a = {"summary": "w3wp.exe for conceptQS faulted 7 times in 15 minutes",
     "description": ("7 Application Error events (ID 1000) in 15m; WAS started a new worker after each.\n"
                     + WER_TEXT.format(pid="41f0"))}
family.add(WER, C, "WER event 1000 repeated: the pool's worker faults 7 times in 15m, respawned each time", l, a)

l = {"alertname": "GameServerCrashDump", "severity": "warning", "instance": "gs-eu-west-14",
     "server": "arena-27015", "event_id": "1000"}
a = {"summary": "Game server arena-27015 crashed",
     "description": ("Faulting application name: srcds.exe, version: 0.0.0.0, time stamp: 0x6523e1a0\n"
                     "Faulting module name: server.dll, version: 0.0.0.0, time stamp: 0x6523e19b\n"
                     "Exception code: 0xc0000005\nFault offset: 0x00000000003a1f20\n"
                     "Faulting process id: 0x1b7c\nMinidump uploaded; the match was ended.")}
family.add(WER, NULL, "WER event 1000 wording: one game-server crash with an access violation", l, a)

# ------------------------------------------------------------------ Rust: stack overflow abort
l, a = loki("indexer", "search-3", "thread 'tokio-runtime-worker' has overflowed its stack\n"
            "fatal runtime error: stack overflow", 1, "10m", severity="critical",
            alertname="RustFatalRuntimeError")
family.add(RUST_SO, NULL, "Rust std stack_overflow: one 'has overflowed its stack' abort (a stack limit, rule 12)",
           l, a)

l = {"alertname": "IndexerRestarting", "severity": "critical", "namespace": "search", "pod": "indexer-0",
     "container": "indexer"}
a = {"summary": "indexer-0 restarted 4 times in 15 minutes",
     "description": ("kube_pod_container_status_restarts_total increased by 4 in 15m. Last termination: "
                     "exit code 134; log tail: thread 'main' has overflowed its stack / fatal runtime error: "
                     "stack overflow")}
family.add(RUST_SO, C, "Rust std stack_overflow: the same abort at each of 4 restarts in 15m", l, a)

# ------------------------------------------------------------------ Ruby: [BUG] Segmentation fault
l, a = loki("billing-web", "web-08", "/app/vendor/bundle/ruby/3.2.0/gems/nokogiri-1.15.4/lib/nokogiri/xml/"
            "document.rb:61: [BUG] Segmentation fault at 0x0000000000000018", 1, "10m", severity="critical",
            alertname="RubyVMBug")
family.add(RUBY_SIG, NULL, "Ruby signal.c: one '[BUG] Segmentation fault at 0x…' (one crash)", l, a)

l = {"alertname": "UnicornWorkersDying", "severity": "critical", "service": "billing-web", "host": "web-08",
     "source": "datadog-logs"}
a = {"title": "[Alert] billing-web workers segfaulting on web-08",
     "message": ("9 logs matching \"[BUG] Segmentation fault\" in the last 15m; the unicorn master reaped and "
                 "respawned a worker after each (\"reaped #<Process::Status: pid 8812 SIGABRT (signal 6)> "
                 "worker=2\").\nSample: document.rb:61: [BUG] Segmentation fault at 0x0000000000000018")}
family.add(RUBY_SIG, C, "Ruby signal.c: workers segfault and are respawned 9 times in 15m", l, a)

# ------------------------------------------------------------------ Firebase Crashlytics
def crashlytics(kind, app, version, title, subtitle, extra):
    return ({"alertname": f"Crashlytics{kind}", "severity": "warning", "app": app, "platform": "android",
             "app_version": version, "source": "firebase-alerts"},
            {"summary": f"[Crashlytics] {kind} issue in {app} {version}: {title}",
             "description": f"{title}\n{subtitle}\n{extra}"})


l, a = crashlytics("Velocity", "com.shopfast.app", "5.8.0", "Fatal Exception: java.lang.NullPointerException",
                   "com.shopfast.cart.CartViewModel.applyCoupon", "crashPercentage: 2.3 (1,184 user sessions in "
                   "the last 30 minutes); an issue is causing crashes for a large number of users")
page(NULL, FB_VPAYLOAD, "firebase.google.com",
     "Crashlytics increasing-velocity alert for a NullPointerException (app crashes across users)", l, a)

l, a = crashlytics("Velocity", "com.shopfast.app", "5.8.1", "Fatal Exception: java.lang.OutOfMemoryError",
                   "Failed to allocate a 35389452 byte allocation with 25165824 free bytes and 30MB until OOM",
                   "crashPercentage: 1.4 (712 user sessions in the last 30 minutes)")
page(O, FB_VPAYLOAD, "firebase.google.com",
     "Crashlytics increasing-velocity alert whose issue is java.lang.OutOfMemoryError (the cause)", l, a)

l, a = crashlytics("Regressed", "com.shopfast.app", "5.9.0", "SIGSEGV", "libimagepipeline.so (+0x2a1f0)",
                   "This issue was marked closed and has occurred again in a new version.")
page(NULL, FB_ALERTS, "firebase.google.com",
     "Crashlytics regressed-issue alert: a native SIGSEGV crash that reopened", l, a)

l, a = crashlytics("NewFatal", "com.shopfast.app", "5.9.0",
                   "Fatal Exception: kotlin.UninitializedPropertyAccessException",
                   "lateinit property binding has not been initialized",
                   "A new fatal issue that Crashlytics hasn't seen before.")
page(NULL, FB_ALERTS, "firebase.google.com", "Crashlytics new fatal issue alert", l, a)

l, a = crashlytics("Trending", "com.shopfast.app", "5.9.0", "Fatal Exception: java.lang.IllegalStateException",
                   "Fragment CheckoutFragment not attached to a context.",
                   "This issue is emerging: crash events up 340% in the last 24 hours.")
page(NULL, FB_ALERTS, "firebase.google.com", "Crashlytics trending-issue alert", l, a)

l = {"alertname": "CrashlyticsVelocity", "severity": "critical", "app": "com.shopfast.ios",
     "platform": "ios", "app_version": "7.2.0", "source": "firebase-alerts"}
a = {"summary": "[Crashlytics] Velocity alert in ShopFast iOS 7.2.0: EXC_BAD_ACCESS KERN_INVALID_ADDRESS",
     "description": ("Crashed: com.apple.main-thread EXC_BAD_ACCESS KERN_INVALID_ADDRESS 0x0000000000000010\n"
                     "ProductListViewController.swift line 214\nThe issue crossed the velocity threshold of 1% "
                     "of sessions in a 30-minute period.")}
page(NULL, FB_VELOCITY, "firebase.google.com", "Crashlytics velocity alert for an iOS EXC_BAD_ACCESS crash", l, a)

# ------------------------------------------------------------------ Sentry release health, Bugsnag stability
l = {"alertname": "SentryMetricAlert", "severity": "critical", "project": "shopfast-android",
     "environment": "production", "release": "5.9.0", "aggregate": "percentage(sessions_crashed, sessions)"}
a = {"summary": "Crash free session rate is 98.42% (below 99%)",
     "description": ("Critical: Crash Free Session Rate for release 5.9.0 in the last 1 hour is 98.42%, "
                     "below the threshold of 99%.")}
page(NULL, SENTRY_RH, "docs.sentry.io", "Sentry metric alert on release health's crash free session rate", l, a)

l = {"alertname": "SentryMetricAlert", "severity": "warning", "project": "shopfast-ios",
     "environment": "production", "aggregate": "percentage(users_crashed, users)"}
a = {"summary": "Crash free user rate dropped below 99%",
     "description": "Warning: Crash Free User Rate in the last 24 hours is 98.9% (threshold 99%)."}
page(NULL, SENTRY_RH, "docs.sentry.io", "Sentry metric alert: crash-free users below 99%", l, a)

l = {"alertname": "BugsnagStabilityBelowCritical", "severity": "warning", "project": "Field Service iOS",
     "release_stage": "production", "app_version": "3.14.0"}
a = {"summary": "Field Service iOS 3.14.0 stability 97.81% is below critical stability (98.5%)",
     "description": ("Session stability for 3.14.0 is 97.81% over the last 24 hours, below the critical "
                     "stability target of 98.5% (target stability 99.5%). Any session in which a user experiences "
                     "an unhandled error is considered a crashing session.")}
page(NULL, BUGSNAG_STAB, "docs.bugsnag.com", "Bugsnag session stability below its critical stability target", l, a)

l = {"alertname": "BugsnagUserStability", "severity": "info", "project": "Field Service Android",
     "release_stage": "production"}
a = {"summary": "User stability 99.1% is below target stability 99.5%",
     "description": "User stability (percentage of users who were error free within a given day) is 99.1%."}
page(NULL, BUGSNAG_STAB, "docs.bugsnag.com", "Bugsnag user stability below its target", l, a)

# ------------------------------------------------------------------ unicorn-worker-killer, repeated
l = {"alertname": "UnicornMemoryKillsFrequent", "severity": "critical", "service": "storefront",
     "host": "web-04"}
a = {"summary": "storefront workers killed for memory 12 times in 1h on web-04",
     "description": ("12 log lines \"worker (pid: …) exceeds memory limit\" in the last hour; the master "
                     "respawns each worker. Last: " + UWK_OOM.format(pid=24410, rss=1311506432, lim=1207959552))}
family.add(UWK, O, "unicorn-worker-killer Oom: 12 memory kills and respawns in 1h (cause over count)", l, a)

# ------------------------------------------------------------------ batch 3: more causes and look-alikes
ART_OOM = ("java.lang.OutOfMemoryError: Failed to allocate a {n} byte allocation with {free} free bytes and "
           "{until} until OOM, target footprint {tf}, growth limit {gl}")
l = {"alertname": "KioskAppOutOfMemory", "severity": "critical", "device": "kiosk-gate-03",
     "fleet": "retail-kiosks", "package": "com.acme.kiosk"}
a = {"summary": "com.acme.kiosk threw OutOfMemoryError on kiosk-gate-03",
     "description": ("logcat: E AndroidRuntime: FATAL EXCEPTION: main\nProcess: com.acme.kiosk, PID: 8123\n"
                     + ART_OOM.format(n=33177612, free=16777216, until="16MB", tf=268435456, gl=268435456))}
family.add(ART_HEAP, O, "ART heap.cc ThrowOutOfMemoryError: one app OOM crash on a kiosk", l, a)

l = {"alertname": "SentryIssueAlert", "severity": "warning", "project": "field-service-android",
     "environment": "production", "level": "fatal"}
a = {"summary": "New issue: OutOfMemoryError in PhotoUploadWorker.compress",
     "description": ("java.lang.OutOfMemoryError\n"
                     + ART_OOM.format(n=47185932, free=23068672, until="22MB", tf=536870912, gl=536870912)
                     + "\n  at android.graphics.Bitmap.nativeCreate\n  at com.acme.field.upload.PhotoUploadWorker."
                       "compress(PhotoUploadWorker.kt:88)\nEvents: 318 in 1h, users: 141")}
family.add(ART_HEAP, O, "ART heap.cc ThrowOutOfMemoryError: an error tracker's issue alert (the cause decides)", l, a)

l, a = electron("oom", -536870904, "57 clients", "15m",
                extra="Process ran out of memory. 57 installs of build 4.13.0 reported it (window: dashboard).")
family.add(ELEC, O, "Electron RenderProcessGoneDetails: 'oom' reported by many installs (the cause decides)", l, a)

l = {"alertname": "GraylogJvmDumpEvent", "severity": "critical", "stream": "claims-app", "source": "was-node-04"}
a = {"summary": "JVM dump event on was-node-04",
     "description": ('JVMDUMP039I Processing dump event "systhrow", detail "java/lang/OutOfMemoryError", '
                     'exception "Java heap space" at 2026/11/30 05:02:18 - please wait.')}
family.add(J9, O, "OpenJ9 J9NLS_DMP_PROCESSING_DETAILED_EVENT_TIME: systhrow OutOfMemoryError 'Java heap space'", l, a)

l = {"alertname": "GraylogUnicornKiller", "severity": "warning", "stream": "storefront", "source": "web-06"}
a = {"summary": "unicorn worker killed itself on web-06",
     "description": (UWK_OOM.format(pid=17702, rss=1244659712, lim=1160774041) + "\n"
                     "Unicorn::WorkerKiller send SIGQUIT (pid: 17702) alive: 5412 sec (trial 1)")}
family.add(UWK, O, "unicorn-worker-killer Oom: memory limit line followed by the self-kill line", l, a)

# Erlang distribution: a peer node that stopped answering net ticks (rule 11).
DIST = ("erlang/otp", "lib/kernel/src/dist_util.erl", "e176b62e96e4452443b5be347fb7b97a561c5b3b")
l, a = loki("ledger", "ledger-01", "** Node 'ledger@ledger-02' not responding **\n** Removing (timedout) "
            "connection **", 1, "5m", severity="critical", alertname="ErlangNodeNotResponding")
family.add(DIST, N, "erlang/otp dist_util: '** Node … not responding ** Removing (timedout) connection' (a peer unreachable)",
           l, a)

l = {"alertname": "BeamNodeDown", "severity": "critical", "instance": "chat-ejb-1:9568", "job": "beam"}
a = {"summary": "chat-ejb-1 BEAM exporter down for 5 minutes",
     "description": ("up{job=\"beam\"} == 0 for 5m; the VM halted and was not restarted. Last log line: Kernel "
                     "pid terminated (application_controller) ({application_terminated,chatd,shutdown})")}
family.add(OTP_INIT, N, "erlang/otp init: the VM halted and its target stays down (up == 0 for 5m, rule 8)", l, a)

l = {"alertname": "ErlangBootLoop", "severity": "critical", "namespace": "iot", "pod": "mqtt-bridge-0",
     "container": "bridge", "reason": "CrashLoopBackOff"}
a = {"summary": "mqtt-bridge-0 is in CrashLoopBackOff",
     "description": ("Back-off restarting failed container bridge; 7 restarts in 20m. Last log: init terminating "
                     "in do_boot ({undef,[{mqtt_bridge,main,[],[]}]})")}
family.add(OTP_INIT, C, "erlang/otp init: 'init terminating in do_boot' at every start, CrashLoopBackOff", l, a)

l = {"alertname": "GameServerProcessMissing", "severity": "critical", "instance": "gs-eu-west-14",
     "process": "srcds.exe", "server": "arena-27015"}
a = {"summary": "srcds.exe not running on gs-eu-west-14 for 10 minutes",
     "description": ("windows_process_count{process=\"srcds\"} == 0 for 10m. Last Application Error 1000: "
                     "Faulting application name: srcds.exe, version: 0.0.0.0 ... Exception code: 0xc0000005")}
family.add(WER, N, "WER event 1000 wording: the game-server process count is zero for 10m (rule 7)", l, a)

l = {"alertname": "WindowsServiceNotRunning", "severity": "critical", "instance": "app-win-02",
     "name": "ConceptQSScheduler", "state": "stopped"}
a = {"summary": "Service ConceptQSScheduler is Stopped on app-win-02 (15m)",
     "description": ("windows_service_state{name=\"conceptqsscheduler\",state=\"stopped\"} == 1 for 15m after "
                     "Application Error 1000: Faulting application name: ConceptQS.Scheduler.exe ... Exception code: "
                     "0xc0000409")}
family.add(WER, N, "WER event 1000 wording: a crashed Windows service left Stopped for 15m (rule 7)", l, a)

RUST_PANIC = ("rust-lang/rust", "library/std/src/panicking.rs", "b9245bdb919c6d955b2aa1e0bb6cc8f8ae2800b2")
l, a = loki("edge-router", "edge-2", "thread 'main' panicked at src/config.rs:42:10:\ncalled `Result::unwrap()` "
            "on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }", 1, "10m",
            severity="critical", alertname="RustPanic")
family.add(RUST_PANIC, NULL, "Rust std panicking: one 'thread … panicked at' line (one crash)", l, a)

l = {"alertname": "EdgeRouterRestartLoop", "severity": "critical", "instance": "edge-3", "job": "node",
     "unit": "edge-router.service"}
a = {"summary": "edge-router.service restarted 8 times in 15m on edge-3",
     "description": ("Each start exits with status 101: thread 'main' panicked at src/config.rs:42:10: called "
                     "`Result::unwrap()` on an `Err` value: ParseError(\"listen\")")}
family.add(RUST_PANIC, C, "Rust std panicking: a unit that panics at start, restarted 8 times in 15m", l, a)

l = {"alertname": "SentryIssueAlert", "severity": "warning", "project": "sync-daemon", "environment": "production",
     "level": "fatal"}
a = {"summary": "Regression: panic in sync_daemon::queue::drain",
     "description": ("thread 'tokio-runtime-worker' panicked at src/queue.rs:211:33:\nindex out of bounds: the len "
                     "is 0 but the index is 0\nEvents: 42 in 1h across 39 installs")}
family.add(RUST_PANIC, NULL, "Rust std panicking: an error tracker's regression alert counting panics across installs", l, a)

l = {"alertname": "ScraperPodCrashLoop", "severity": "critical", "namespace": "crawl", "pod": "scraper-7c9d-kp2x",
     "container": "scraper", "reason": "CrashLoopBackOff"}
a = {"summary": "scraper-7c9d-kp2x in CrashLoopBackOff (exit code 139)",
     "description": ("Back-off restarting failed container; last log: Fatal Python error: Segmentation fault / "
                     "Current thread 0x00007f3b2c8ff700 (most recent call first)")}
family.add(PYFH, C, "CPython faulthandler: a segfaulting pod in CrashLoopBackOff", l, a)

l, a = electron("memory-eviction", 0, "38 clients", "30m",
                extra=("Process proactively terminated to prevent a future out-of-memory (OOM) situation; "
                       "38 installs, window: report-viewer."))
family.add(ELEC, O, "Electron RenderProcessGoneDetails: 'memory-eviction' across installs (memory pressure)", l, a)

# ------------------------------------------------------------------ batch 4
NODE_ERR = ("nodejs/node", "src/node_errors.cc", "2a9615758e50de190c79be7c49a6d74bd00a2fae")
l, a = loki("render-svc", "render-4", "FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal.", 1, "10m",
            severity="critical", alertname="NodeFatalError")
family.add(NODE_ERR, NULL, "Node OnFatalError 'FATAL ERROR: <location> <message>': one V8 API check failure", l, a)

l = {"alertname": "RenderSvcRestartLoop", "severity": "critical", "instance": "render-5", "job": "node",
     "unit": "render-svc.service"}
a = {"summary": "render-svc.service restarted 6 times in 10m on render-5",
     "description": ("node_systemd_service_restart_total +6 in 10m; every run aborted with \"FATAL ERROR: "
                     "v8::ToLocalChecked Empty MaybeLocal.\" (exit code 134)")}
family.add(NODE_ERR, C, "Node OnFatalError: the same fatal error at each of 6 restarts in 10m", l, a)

l = {"alertname": "KioskAppOomRepeated", "severity": "critical", "device": "kiosk-gate-03",
     "fleet": "retail-kiosks", "package": "com.acme.kiosk"}
a = {"summary": "com.acme.kiosk crashed with OutOfMemoryError 3 times in 1h on kiosk-gate-03",
     "description": ("The kiosk watchdog relaunched the app after each crash. Last: "
                     + ART_OOM.format(n=33177612, free=12582912, until="12MB", tf=268435456, gl=268435456))}
family.add(ART_HEAP, O, "ART heap.cc ThrowOutOfMemoryError: three OOM crashes and relaunches on one kiosk", l, a)

l = {"alertname": "BillingWebCrashLoop", "severity": "critical", "namespace": "billing", "pod": "billing-web-5d8f-q7w2",
     "container": "web", "reason": "CrashLoopBackOff"}
a = {"summary": "billing-web-5d8f-q7w2 is in CrashLoopBackOff",
     "description": ("6 restarts in 15m, exit code 134 (SIGABRT). Last log: config/initializers/pdf.rb:3: [BUG] "
                     "Segmentation fault at 0x0000000000000000")}
family.add(RUBY_SIG, C, "Ruby signal.c: a pod crashing with '[BUG] Segmentation fault' in CrashLoopBackOff", l, a)

l = {"alertname": "QuoteSvcJvmAborts", "severity": "critical", "instance": "app-12", "job": "node",
     "unit": "quote-svc.service"}
a = {"summary": "quote-svc.service aborted and restarted 5 times in 30m",
     "description": ("Each run ended with \"Abort signal received while running on Java stack. The JVM dump "
                     "agents could not be run.\"; systemd restarted the unit after each abort.")}
family.add(J9, C, "OpenJ9 J9NLS_DMP_ABORT_ON_JAVA_STACK: five aborts with restarts in 30m", l, a)

family.write()
