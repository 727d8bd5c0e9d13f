#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_capintl19.jsonl: full disks and exhausted memory as desktop and
storage software words them in sixteen languages, OpenTelemetry Collector's memory limiter in
English, and their look-alikes.

What the family tests: the words for "not enough disk space" and "not enough memory" in German,
French, Spanish, Italian, Japanese, Chinese, Russian, Polish, Brazilian Portuguese, Korean, Dutch,
Swedish, Turkish, Ukrainian, Czech and Hungarian, said by programs no rule was written from and
relayed from a managed desktop and kiosk fleet (a log-pattern alert on the journal, a relayed
desktop notification, a failed provisioning job); and the memory limiter's English log lines
("Memory usage is above soft limit. Refusing data.", "data refused due to high memory usage"),
which no tuning item quotes. Look-alikes that must stay null although they speak of disks, space
and memory: S.M.A.R.T. health warnings ("A hard disk is likely to fail soon.", "DISK IS LIKELY TO
FAIL SOON", a failing "Uncorrectable ECC Count" attribute, a failed read self-test: disk health,
not capacity), a file too large for a FAT destination (EFBIG: a size limit of the file system,
not a full one), a read-only destination, the memory limiter's recovery line and its start-up
configuration lines, a changed low-disk-space setting and a routine status line of the space left.

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the file:
- `disk_full` (rule 2): GNOME Software's "Unable to install %s: not enough disk space", "There
  wasn't enough disk space. Please free up some space and try again.", "Not enough disk space for
  operation", "Unable to update: not enough disk space"; Nautilus's "There is not enough space on
  the destination. Try to remove files to make space.", "%s more space is required to copy to the
  destination.", "Not enough free space to extract “%s”". Each says a write failed for want of
  space.
- `out_of_memory` (rule 12: a tool's own allocation failure; rule 2: memory pressure): GNOME Disks'
  xz decompressor "Not enough memory" (restoring a compressed disk image); the memory limiter's
  "Memory usage is above soft limit. Refusing data.", "Memory usage is above hard limit. Forcing
  a GC.", "Forced GC did not reclaim enough memory..." and its error "data refused due to high
  memory usage" as a client sees it (an error-ratio alert quoting it takes the cause, rule 1).
- `null`: S.M.A.R.T. notifications and assessments (rule 5: ECC errors, disk health; the policy
  names ECC memory errors and disk I/O, a failing drive is the same kind of fault, not
  capacity); "File too Large for Destination" / "Files bigger than 4.3 GB cannot be copied onto a
  FAT filesystem." (a file-size limit, EFBIG; nothing is full); "The destination is read-only.";
  "Memory usage back within limits. Resuming normal operation." (rule 14); "Memory limiter
  configured" and "Using percentage memory limiter" (a limit printed at start-up, rule 12);
  Tracker's "Low disk space limit" setting changed (rule 9); Tracker's "Remaining space on database
  partition" in a routine daily status report with plenty left (rule 14).

Left out as ambiguous (rule 6) or already in the tuning corpora: gnome-settings-daemon's
housekeeping notifications ("Low Disk Space on “%s”", "This computer has only %s disk space
remaining.": probes_capacity9 quotes them in these languages); GNOME Disks' "Not enough memory" in
French, Chinese, Russian, Dutch and Turkish (the same words are quoted from other catalogues in
probes_intl11, probes_capacity10, probes_intl18, glibc_translations and probes_names6); the plural
"Disk is OK, %d bad sectors" (a healthy verdict with a warning, left out); GNOME Disks' "Error
allocating space for disk image file: " (its reason follows in another catalogue's words).

Sources (each checked with /work/briefs/heldout_check.py: ok), read from the mirrors `fetch`
leaves, fuzzy entries skipped: GNOME/gnome-software, GNOME/nautilus, GNOME/gnome-disk-utility,
GNOME/tracker-miners `po/<lang>.po`, and open-telemetry/opentelemetry-collector
`internal/memorylimiter/memorylimiter.go`, at the commits below. Hosts, users, sizes, file names
and the frames are our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import D, M, ProbeFamily, git_show, num, pick, po_messages  # noqa: E402

GS = ("GNOME/gnome-software", "0512a608afc3b022989dab9797992b9b2c9b8a4d")
NAU = ("GNOME/nautilus", "a7e2395be6a7bbbb47ae1147dacce3bc063176b2")
GDU = ("GNOME/gnome-disk-utility", "e76d4f7f081344f9457d30d47956d476683c698b")
TRK = ("GNOME/tracker-miners", "eae431ef23ddbf0910bc716f36b5f7512c783752")
OTEL = ("open-telemetry/opentelemetry-collector", "934999fbab274d10cbf18704b4594a6fb2049887")
OTEL_PATH = "internal/memorylimiter/memorylimiter.go"

family = ProbeFamily("probes_capintl19.jsonl")
_PO = {}

APPS = ["LibreOffice", "Inkscape", "GNU Image Manipulation Program", "Firefox", "Thunderbird",
        "Blender", "Kdenlive", "Audacity"]
ARCHIVES = ["lehrmaterial-2026.zip", "scans-q4.tar.xz", "kursdaten.7z", "fotos-exkursion.zip",
            "projekt-backup.tar.gz"]


LANG_HOST = {"de": ["ws-graz-014", "ws-bremen-203"], "fr": ["kiosk-lyon-07", "ws-nantes-52"],
             "es": ["ws-sevilla-27", "lab-bilbao-08"], "it": ["kiosk-torino-04", "ws-bari-61"],
             "ja": ["ws-osaka-221", "lab-sendai-15"], "zh_CN": ["ws-chengdu-88", "kiosk-xian-03"],
             "ru": ["lab-kazan-19", "ws-tomsk-40"], "pl": ["lab-krakow-03", "ws-gdansk-77"],
             "pt_BR": ["ws-porto-118", "kiosk-recife-06"], "ko": ["kiosk-busan-02", "ws-daegu-34"],
             "nl": ["ws-utrecht-45", "lab-delft-11"], "sv": ["lab-umea-09", "ws-malmo-58"],
             "tr": ["ws-izmir-31", "kiosk-bursa-09"], "uk": ["kiosk-lviv-12", "ws-odesa-23"],
             "cs": ["ws-brno-66", "lab-ostrava-02"], "hu": ["lab-szeged-05", "ws-pecs-17"]}


def host_for(seed, lang):
    return pick(seed, LANG_HOST[lang])


def po(src, lang):
    key = (src, lang)
    if key not in _PO:
        _PO[key] = po_messages(git_show(src[0], src[1], f"po/{lang}.po").decode("utf-8"))
    return _PO[key]


def tr(src, lang, msgid, *values):
    """The catalogue's translation of msgid, its %s / %N$s placeholders filled in order."""
    text = po(src, lang)[msgid]
    for i, v in enumerate(values, 1):
        if f"%{i}$s" in text:
            text = text.replace(f"%{i}$s", v)
        else:
            text = text.replace("%s", v, 1)
    assert "%s" not in text, text
    return text


def size(seed, lo, hi, unit="GB"):
    return f"{num(seed, lo, hi)} {unit}"


# ------------------------------------------------------------------ frames (our own wording)
def journal_alert(n, host, proc, line):
    pid = num(f"pid{n}", 1200, 48000, 0)
    if n % 2:
        return ({"alertname": "DesktopJournalPattern", "severity": "warning", "host": host,
                 "unit": f"{proc}.service" if proc != "nautilus" else "user@1000.service",
                 "job": "fleet-journal"},
                {"summary": f"{proc} logged an error on {host}",
                 "description": f"{host} {proc}[{pid}]: {line}"})
    return ({"alertname": "LokiLogPattern", "severity": "warning", "instance": host,
             "app": proc, "namespace": "desktop-fleet"},
            {"summary": f"error pattern matched in {proc} logs",
             "message": f"{proc}[{pid}]: {line}"})


def notification(host, app, title, body):
    return ({"alertname": "DesktopNotificationRelayed", "severity": "warning", "host": host,
             "app": app, "source": "fleet-agent"},
            {"summary": title, "description": body})


def job_failed(n, host, job, line):
    return ({"alertname": "ProvisioningJobFailed", "severity": "critical", "host": host,
             "job_name": job},
            {"summary": f"Job {job} failed on {host} (exit status {pick(f'rc{n}', ['1', '2', '4'])})",
             "description": f"Last lines of output:\n{line}"})


# ------------------------------------------------------------------ items
def gnome_software():
    src = (GS[0], "", GS[1])
    cases = [
        ("Unable to install %s: not enough disk space", ["de", "ja", "ru", "pl"], True),
        ("There wasn’t enough disk space. Please free up some space and try again.",
         ["fr", "zh_CN", "ko", "tr"], False),
        ("Not enough disk space for operation", ["es", "it", "uk", "sv", "hu"], False),
        ("Unable to update: not enough disk space", ["nl", "cs", "pt_BR"], False),
    ]
    n = 0
    for msgid, langs, with_app in cases:
        for lang in langs:
            host = host_for(f"gs{n}{lang}", lang)
            app = pick(f"gsapp{n}", APPS)
            text = tr(GS, lang, msgid, app) if with_app else tr(GS, lang, msgid)
            shape = n % 3
            if shape == 0:
                labels, ann = journal_alert(n, host, "gnome-software", text)
            elif shape == 1:
                labels, ann = notification(host, "org.gnome.Software", "Software", text)
            else:
                labels, ann = job_failed(n, host, "kiosk-app-refresh",
                                         f"$ gnome-software --install {app.split()[0].lower()}\n{text}")
            family.add((GS[0], f"po/{lang}.po", GS[1]), D,
                       f"GNOME Software ({lang}) \"{msgid}\": an install or update failed for want "
                       f"of disk space (rule 2)", labels, ann)
            n += 1


def nautilus():
    cases = [
        ("There is not enough space on the destination. Try to remove files to make space.",
         ["de", "fr", "zh_CN", "ko", "ja", "sv"], D,
         "a copy failed for want of space on the destination (rule 2)"),
        ("%s more space is required to copy to the destination.", ["es", "ja", "ru", "hu"], D,
         "a copy needs more space than the destination has (rule 2)"),
        ("Not enough free space to extract “%s”", ["it", "pl", "pt_BR", "uk"], D,
         "an archive could not be extracted for want of free space (rule 2)"),
        ("File too Large for Destination", ["de", "fr", "es", "ja", "ru", "zh_CN"], None,
         "a file larger than the FAT file system's 4 GB file-size limit (EFBIG): a size limit, "
         "nothing is full (look-alike)"),
        ("The destination is read-only.", ["it", "pl", "ko"], None,
         "a read-only destination, not a full one (look-alike)"),
    ]
    n = 0
    for msgid, langs, expected, why in cases:
        for lang in langs:
            host = host_for(f"nau{n}{lang}", lang)
            if msgid.startswith("%s"):
                text = tr(NAU, lang, msgid, size(f"nau{n}", 1.2, 38.0))
            elif "“%s”" in msgid:
                text = tr(NAU, lang, msgid, pick(f"arc{n}", ARCHIVES))
            else:
                text = tr(NAU, lang, msgid)
            if msgid == "File too Large for Destination":
                text = text + "\n" + tr(NAU, lang,
                                        "Files bigger than 4.3 GB cannot be copied onto a FAT filesystem.")
            shape = n % 3
            if shape == 0:
                labels, ann = journal_alert(n, host, "nautilus", text.replace("\n", " "))
            elif shape == 1:
                title, _, body = text.partition("\n")
                labels, ann = notification(host, "org.gnome.Nautilus", title, body or title)
            else:
                labels, ann = job_failed(n, host, "usb-export-handout",
                                         f"nautilus file operation on /media/{pick(f'usr{n}', ['lehrer', 'kiosk', 'lab'])}/USB-STICK failed:\n{text}")
            family.add((NAU[0], f"po/{lang}.po", NAU[1]), expected,
                       f"Nautilus ({lang}) \"{msgid}\": {why}", labels, ann)
            n += 1


def gnome_disks():
    n = 0
    # A tool's own allocation failure while decompressing an image (rule 12).
    for lang in ["de", "es", "it", "ja", "pl", "pt_BR", "ko", "sv", "uk", "cs", "hu"]:
        host = host_for(f"gdu{n}{lang}", lang)
        text = tr(GDU, lang, "Not enough memory")
        image = pick(f"img{n}", ["kiosk-base-2026.12.img.xz", "lab-image-v41.img.xz",
                                 "signage-golden.img.xz"])
        if n % 3 == 0:
            labels, ann = job_failed(n, host, "reimage-from-xz",
                                     f"$ gnome-disks --restore-disk-image {image} --block-device /dev/sdb\n"
                                     f"Error restoring disk image: {text}")
        elif n % 3 == 1:
            labels, ann = journal_alert(n, host, "gnome-disks", f"Error restoring disk image {image}: {text}")
        else:
            labels, ann = notification(host, "org.gnome.DiskUtility", "Disks", f"{image}: {text}")
        family.add((GDU[0], f"po/{lang}.po", GDU[1]), M,
                   f"GNOME Disks ({lang}) \"Not enough memory\" from its xz decompressor: the tool "
                   f"could not allocate memory (rule 12)", labels, ann)
        n += 1
    # S.M.A.R.T.: disk health, not capacity (rule 5).
    for lang in ["de", "fr", "ja", "zh_CN", "ru", "es", "pt_BR"]:
        host = host_for(f"smart{n}{lang}", lang)
        title = tr(GDU, lang, "Hard Disk Problems Detected")
        body = tr(GDU, lang, "A hard disk is likely to fail soon.")
        if n % 2:
            labels, ann = notification(host, "gsd-disk-utility-notify", title, body)
        else:
            labels, ann = journal_alert(n, host, "gsd-disk-utility-notify", f"{title}: {body}")
        family.add((GDU[0], f"po/{lang}.po", GDU[1]), None,
                   f"GNOME Disks ({lang}) S.M.A.R.T. failure notification: a drive predicted to fail "
                   f"(disk health, rule 5; look-alike)", labels, ann)
        n += 1
    for lang in ["it", "pl", "ko", "nl"]:
        host = host_for(f"smart{n}{lang}", lang)
        text = tr(GDU, lang, "DISK IS LIKELY TO FAIL SOON")
        labels = {"alertname": "DiskHealthReport", "severity": "warning", "host": host,
                  "device": "/dev/sda", "job": "smart-inventory"}
        ann = {"summary": f"S.M.A.R.T. assessment of /dev/sda on {host}",
               "description": f"Overall assessment: {text} (powered on {num(f'poh{n}', 2.1, 6.8)} years, "
                              f"{num(f'tmp{n}', 31, 44, 0)} °C)"}
        family.add((GDU[0], f"po/{lang}.po", GDU[1]), None,
                   f"GNOME Disks ({lang}) \"DISK IS LIKELY TO FAIL SOON\": S.M.A.R.T. assessment "
                   f"(disk health, rule 5; look-alike)", labels, ann)
        n += 1
    for lang in ["de", "fr", "ja", "ru", "sv"]:
        host = host_for(f"ecc{n}{lang}", lang)
        attr = tr(GDU, lang, "Uncorrectable ECC Count")
        labels = {"alertname": "SmartAttributeFailing", "severity": "warning", "host": host,
                  "device": "/dev/nvme0n1" if n % 2 else "/dev/sdb", "attribute_id": "201"}
        ann = {"summary": f"S.M.A.R.T. attribute failing on {host}",
               "description": f"{attr}: {num(f'eccv{n}', 3, 90, 0)} (threshold 0)"}
        family.add((GDU[0], f"po/{lang}.po", GDU[1]), None,
                   f"GNOME Disks ({lang}) S.M.A.R.T. attribute \"Uncorrectable ECC Count\": ECC errors "
                   f"of a drive (rule 5; look-alike)", labels, ann)
        n += 1
    for lang in ["es", "zh_CN", "tr", "cs"]:
        host = host_for(f"st{n}{lang}", lang)
        text = tr(GDU, lang, "Last self-test failed (read)")
        labels, ann = job_failed(n, host, "weekly-smart-selftest",
                                 f"$ smart-selftest-report /dev/sda\n{text}")
        family.add((GDU[0], f"po/{lang}.po", GDU[1]), None,
                   f"GNOME Disks ({lang}) \"Last self-test failed (read)\": a drive's self-test "
                   f"(disk health, rule 5; look-alike)", labels, ann)
        n += 1


def tracker():
    n = 0
    for lang in ["de", "fr", "es"]:
        host = host_for(f"trk{n}{lang}", lang)
        setting = tr(TRK, lang, "Low disk space limit")
        labels = {"alertname": "DesktopPolicyChanged", "severity": "info", "host": host,
                  "schema": "org.freedesktop.Tracker3.Miner.Files", "key": "low-disk-space-limit"}
        ann = {"summary": f"Fleet policy applied on {host}",
               "description": f"{setting}: 1 → 5"}
        family.add((TRK[0], f"po/{lang}.po", TRK[1]), None,
                   f"Tracker ({lang}) \"Low disk space limit\" setting changed: a setting, not a "
                   f"full disk (rule 9; look-alike)", labels, ann)
        n += 1
    for lang in ["it", "ru", "pt_BR"]:
        host = host_for(f"trk{n}{lang}", lang)
        line = tr(TRK, lang, "Remaining space on database partition")
        left = num(f"trkleft{n}", 180, 420, 0)
        labels = {"alertname": "DailyStatusReport", "severity": "info", "host": host,
                  "job": "tracker3-status"}
        ann = {"summary": f"tracker3 status on {host}: OK",
               "description": f"{line}: {left} GB"}
        family.add((TRK[0], f"po/{lang}.po", TRK[1]), None,
                   f"Tracker ({lang}) \"Remaining space on database partition\" in a routine status "
                   f"report with plenty left (rule 14; look-alike)", labels, ann)
        n += 1


def memory_limiter():
    add = lambda exp, why, labels, ann: family.add((OTEL[0], OTEL_PATH, OTEL[1]), exp,
                                                    f"OpenTelemetry Collector memory limiter: {why}",
                                                    labels, ann)
    fields = lambda n: (f'{{"cur_mem_mib": {num(f"mib{n}", 1480, 1990, 0)}}}')
    soft = "Memory usage is above soft limit. Refusing data."
    hard = "Memory usage is above hard limit. Forcing a GC."
    backoff = ("Forced GC did not reclaim enough memory. Will back off GC frequency to preserve "
               "CPU for recovery.")
    refused = "data refused due to high memory usage"
    add(M, "\"" + soft + "\": memory pressure refuses data (rule 2)",
        {"alertname": "OtelCollectorLogPattern", "severity": "warning", "namespace": "observability",
         "pod": "otel-gateway-6c9f7d5b8-x2kqp", "container": "otc-container"},
        {"summary": "otel-gateway logged warnings",
         "description": f"2026-12-04T06:41:17.204Z\twarn\tmemorylimiter/memorylimiter.go:301\t{soft}\t{fields(1)}"})
    add(M, "\"" + soft + "\" counted by a log metric (rule 2)",
        {"alertname": "CollectorRefusingData", "severity": "critical", "service": "otel-agent",
         "instance": "node-pool-b-7:8888"},
        {"summary": "otel-agent is refusing telemetry",
         "description": f"{num('cnt2', 12, 60, 0)} log lines \"{soft}\" in the last 5 minutes"})
    add(M, "\"" + hard + "\": memory above the hard limit (rule 2)",
        {"alertname": "LokiLogPattern", "severity": "critical", "namespace": "observability",
         "app": "otel-collector", "instance": "otel-collector-2"},
        {"summary": "error pattern matched in otel-collector logs",
         "message": f"warn\tmemorylimiter/memorylimiter.go:282\t{hard}\t{{\"kind\": \"processor\", \"name\": \"memory_limiter\", \"cur_mem_mib\": 2011}}"})
    add(M, "\"" + hard + "\" in a systemd journal alert (rule 2)",
        {"alertname": "JournalPattern", "severity": "warning", "host": "edge-gw-04",
         "unit": "otelcol-contrib.service"},
        {"summary": "otelcol-contrib on edge-gw-04: memory_limiter warnings",
         "description": f"edge-gw-04 otelcol-contrib[913]: {hard}"})
    add(M, "\"Forced GC did not reclaim enough memory\": memory pressure persists (rule 2)",
        {"alertname": "OtelCollectorLogPattern", "severity": "warning", "namespace": "telemetry",
         "pod": "otel-agent-ds-9wq4m"},
        {"summary": "otel-agent logged warnings", "description": f"warn\t{backoff}"})
    add(M, "\"" + refused + "\" quoted by an error-ratio alert: the cause decides (rule 1)",
        {"alertname": "OtlpExportErrorRatioHigh", "severity": "critical", "service": "checkout-api",
         "namespace": "shop"},
        {"summary": "checkout-api: 38% of OTLP exports failing",
         "description": "Export error ratio above 10% for 10m. Most frequent error: rpc error: code = "
                        f"Unavailable desc = {refused}"})
    add(M, "\"" + refused + "\" in an SDK exporter's log line (rule 2)",
        {"alertname": "AppLogErrors", "severity": "warning", "service": "ledger-worker",
         "namespace": "payments"},
        {"summary": "ledger-worker: telemetry export failing",
         "message": f"2026/12/04 06:44:02 traces export: rpc error: code = "
                    f"Unavailable desc = {refused}"})
    add(M, "\"" + refused + "\" from a downstream collector's exporter (rule 2)",
        {"alertname": "OtelExporterSendFailed", "severity": "warning", "exporter": "otlp/gateway",
         "pod": "otel-agent-ds-h7c2d"},
        {"summary": "otel-agent exporter otlp/gateway failing",
         "description": f"Exporting failed. Will retry the request after interval.\terror: rpc error: "
                        f"code = Unavailable desc = {refused}"})
    # Look-alikes.
    add(None, "\"Memory usage back within limits. Resuming normal operation.\": over (rule 14; "
              "look-alike)",
        {"alertname": "OtelCollectorLogPattern", "severity": "info", "namespace": "observability",
         "pod": "otel-gateway-6c9f7d5b8-x2kqp"},
        {"summary": "otel-gateway logged info",
         "description": "info\tmemorylimiter/memorylimiter.go:270\tMemory usage back within limits. "
                        "Resuming normal operation.\t{\"cur_mem_mib\": 901}"})
    add(None, "\"Memory usage back within limits\" in a journal alert: over (rule 14; look-alike)",
        {"alertname": "JournalPattern", "severity": "info", "host": "edge-gw-04",
         "unit": "otelcol-contrib.service"},
        {"summary": "otelcol-contrib on edge-gw-04: memory_limiter message",
         "description": "edge-gw-04 otelcol-contrib[913]: Memory usage back within limits. Resuming "
                        "normal operation."})
    add(None, "\"Memory limiter configured\": a limit printed at start-up (rule 12; look-alike)",
        {"alertname": "CollectorStartupLog", "severity": "info", "namespace": "observability",
         "pod": "otel-gateway-6c9f7d5b8-m4vtn"},
        {"summary": "otel-gateway started",
         "description": "info\tmemorylimiter/memorylimiter.go:109\tMemory limiter configured\t"
                        "{\"limit_mib\": 1800, \"spike_limit_mib\": 360, \"check_interval\": 1}"})
    add(None, "\"Using percentage memory limiter\": a limit printed at start-up (rule 12; look-alike)",
        {"alertname": "CollectorStartupLog", "severity": "info", "host": "edge-gw-07",
         "unit": "otelcol-contrib.service"},
        {"summary": "otelcol-contrib started on edge-gw-07",
         "description": "Using percentage memory limiter\t{\"total_memory_mib\": 7953, "
                        "\"limit_percentage\": 80, \"spike_limit_percentage\": 25}"})


def main():
    gnome_software()
    nautilus()
    gnome_disks()
    tracker()
    memory_limiter()
    family.write()


if __name__ == "__main__":
    main()
