#!/usr/bin/env python3
"""Builds tests/fixtures/corpus/probes_capacity9.jsonl: disks and storage running full, memory
running out, open files, and their look-alikes, from sources the corpus did not use before:
earlyoom, LVM's thin-pool monitor, etcd's quota error, ClickHouse's memory limit (Yandex Cloud's
troubleshooting pages, English and Russian), OpenSearch's disk watermarks (Aiven's reference),
Windows' Resource-Exhaustion-Detector and disk-driver events, numpy's array allocation error, the
V8 heap limit, .NET's OutOfMemoryException, the serial-console messages gcpdiag looks for, RabbitMQ's
memory/disk/file-descriptor alarms, nginx's EMFILE line quoted in a sysadmin note, S.M.A.R.T.
attributes, Metricly's default policies, and the low-disk-space notifications of GNOME
(gnome-settings-daemon, 15 languages) and KDE Plasma (freespacenotifier, 5 languages).

Shapes vary: exporter rules with summaries, vendor monitor titles, a check's output line, a log
alert quoting an error line, Windows events forwarded as alerts, label-only alerts and desktop
notifications forwarded by an agent. About a third are look-alikes (I/O latency and queues, SMART
sectors, filesystem corruption, cache hit rates, monitor start/stop, a setting changed). Labels
follow tests/fixtures/corpus/POLICY.md and were decided from each alert's meaning before the
classifier ran on the file. Hosts and values are made up; each item's provenance names the public
file its message comes from. The GNOME texts are read from a snapshot of
GNOME/gnome-settings-daemon (under `$CORPUS3_MIRROR`, default /work/.mirror; see c3common.py)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, po_messages  # noqa: E402

EARLYOOM = ("rfjakob/earlyoom", "main.c", "9251d25618946723eb8a829404ebf1a65d99dbb0")
LVM = ("lvmteam/lvm2", "daemons/dmeventd/plugins/thin/dmeventd_thin.c", "7c6526aae277c049aa4a6e41b7c2b30d366c9852")
ETCD = ("etcd-io/etcd", "api/v3rpc/rpctypes/error.go", "05dccdcbfe8f76f66f1d0225e1208c8ba77e27cb")
CH_EN = ("yandex-cloud/docs", "en/troubleshooting/clickhouse/known-issues/error-memory-limit-total-exceeded.md", "c0fbbcde7d555e85d00d98fa5945977591f79bb2")
CH_RU = ("yandex-cloud/docs", "ru/troubleshooting/clickhouse/known-issues/error-memory-limit-total-exceeded.md", "27197b9417009386cbc75cb9b38e61bd5b46bb70")
OPENSEARCH = ("aiven/devportal", "docs/products/opensearch/reference/low-space-watermarks.rst", "44cf810ceff03c301e4484e85bbd2071f722ad0b")
WIN_RED = ("scheatkode/brain", "knowledgebase/systems/windows/event-logs/Microsoft-Windows-Resource-Exhaustion-Detector.md", "30e365778e7f4cb005aef249773e84a060a3141b")
WIN_DISK = ("scheatkode/brain", "knowledgebase/systems/windows/event-logs/Microsoft-Windows-Disk.md", "30e365778e7f4cb005aef249773e84a060a3141b")
NUMPY = ("numpy/numpy", "numpy/_core/_exceptions.py", "0233ceda6b7040467eaf3042c7092ac517af1658")
NODEOOM = ("lamhq/cheat-sheet", "docs/backend/nodejs/troubleshooting.mdx", "e6b63368518979d22e9748a743cfb7a9990e8988")
DOTNET = ("dotnet/dotnet-api-docs", "xml/System/OutOfMemoryException.xml", "0416a3f1fe1a107af68c7bbdf9b28831d2409660")
GCPDIAG = ("GoogleCloudPlatform/gcpdiag", "gcpdiag/runbook/gce/constants.py", "07b85ac29f016825dd5d0ed590d401e14b890da4")
RABBIT = ("rabbitmq/rabbitmq-website", "docs/alarms.md", "5c88eceb3c4ff3e085faba7fa079132e70d4bba7")
ULIMIT = ("uphiller/knowledge", "linux/ulimit.md", "00b9e193047f1fca99f8c111091c9877dd69126b")
SMART = ("lyz-code/blue-book", "docs/hard_drive_health.md", "40a6e4facc661eb0da778ee1ed73425554d806ea")
MDIR = "content/alerts-notifications/policies/default-policies/"
M_LINUX = ("metricly/metricly-docs", MDIR + "diamond-linux-policies.md", "3a8c60ba44b24da6020b53cbba104b8e8b55b36e")
M_WIN = ("metricly/metricly-docs", MDIR + "windows-policies.md", "3a8c60ba44b24da6020b53cbba104b8e8b55b36e")
M_JAVA = ("metricly/metricly-docs", MDIR + "java-policies.md", "3a8c60ba44b24da6020b53cbba104b8e8b55b36e")
M_ES = ("metricly/metricly-docs", MDIR + "elastic-search-policies.md", "0d600ec5b667a3dd3238faca510582d20c893a57")
M_DOCKER = ("metricly/metricly-docs", MDIR + "docker-policies.md", "0d600ec5b667a3dd3238faca510582d20c893a57")
M_RABBIT = ("metricly/metricly-docs", MDIR + "rabbitmq-policies.md", "3a8c60ba44b24da6020b53cbba104b8e8b55b36e")
M_RDS = ("metricly/metricly-docs", MDIR + "aws-policies-rds.md", "3a8c60ba44b24da6020b53cbba104b8e8b55b36e")
M_CACHE = ("metricly/metricly-docs", MDIR + "aws-policies-elasticache.md", "0d600ec5b667a3dd3238faca510582d20c893a57")
M_EBS = ("metricly/metricly-docs", MDIR + "aws-policies-ebs.md", "0d600ec5b667a3dd3238faca510582d20c893a57")
M_CASS = ("metricly/metricly-docs", MDIR + "cassandra-policies.md", "3a8c60ba44b24da6020b53cbba104b8e8b55b36e")
EARLYOOM_KILL = ("rfjakob/earlyoom", "kill.c", "5c3e3ea8cb9c8f027e75fcd7f947946ae0f4c267")
EARLYOOM_MAIN = ("rfjakob/earlyoom", "main.c", "5c3e3ea8cb9c8f027e75fcd7f947946ae0f4c267")
WIN_RES = ("scheatkode/brain", "knowledgebase/systems/windows/event-logs/Microsoft-Windows-Resource-Exhaustion-Resolver.md", "30e365778e7f4cb005aef249773e84a060a3141b")
WIN_NTFS = ("scheatkode/brain", "knowledgebase/systems/windows/event-logs/Microsoft-Windows-Ntfs.md", "30e365778e7f4cb005aef249773e84a060a3141b")
WIN_SPACES = ("scheatkode/brain", "knowledgebase/systems/windows/event-logs/Microsoft-Windows-StorageSpaces-Driver.md", "30e365778e7f4cb005aef249773e84a060a3141b")
QDRANT = ("qdrant/landing_page", "qdrant-landing/content/documentation/guides/common-errors.md", "11a207bfe3a0c393301a29ec11a696d7fc309ee9")
DATAIKU = ("nagix999/llm-finetuning", "data/dataiku/troubleshooting/errors/ERR_MISC_EOPENF.md", "d8442a4ec5b394430cf52e4e6524feee9894d14f")
ISUCON = ("tetsuzawa/tetsuzawa.com", "docs/ISUCON/etc/too-many-open-files.md", "1962dd5be8b768349b182f587dc89c31f09dff85")
GSD_COMMIT = "b38441bc35b58f36d52e039959b2f3d86258be2d"
KDE = {
    "de": ("00c1e7fd6ed2be0e36070ad14ff1685c075c61ae",
           "Der Speicherplatz in Ihrem Persönlichen Ordner wird knapp. Es verbleiben noch {mib} MiB ({pct} %).",
           "Der Speicherplatz im Basisordner wird knapp. Es verbleiben noch {mib} MiB ({pct} %)."),
    "fr": ("101fd6c342e400ffe2112a3edfd48146f26a6ce1",
           "L'espace disque disponible dans votre dossier personnel est faible, il vous reste {mib} Mo ({pct}%).",
           "L'espace disque disponible dans votre dossier système est faible, il vous reste {mib} Mo ({pct}%)."),
    "es": ("101fd6c342e400ffe2112a3edfd48146f26a6ce1",
           "Su carpeta personal se está quedando sin espacio en disco: le quedan {mib} MiB ({pct} %).",
           "Su carpeta raíz se está quedando sin espacio en disco: le quedan {mib} MiB ({pct} %)."),
    "ru": ("101fd6c342e400ffe2112a3edfd48146f26a6ce1",
           "Свободное дисковое пространство в вашей домашней папке заканчивается: сейчас свободно {mib} МиБ, это {pct} %.",
           "Свободное дисковое пространство в корневой папке заканчивается: сейчас свободно {mib} МиБ, это {pct} %."),
    "zh_CN": ("01e67537f1e19ff71edbf2aeb5b50c70125fc8e1",
              "主文件夹磁盘空间不足，您还有 {mib} MiB 的剩余空间 ({pct}%)。",
              "根分区磁盘空间不足，您还有 {mib} MiB 的剩余空间 ({pct}%)。"),
}

family = ProbeFamily("probes_capacity9.jsonl")
add = family.add


def log_alert(src, expected, source, svc, host, line, name="HostLogPatternMatched"):
    add(src, expected, source + " (log alert)",
        {"alertname": name, "severity": "warning", "service": svc, "instance": host},
        {"summary": f"Log pattern matched on {host}",
         "description": f"Loki query matched a line from {svc} on {host}:\n{line}"})


def error_ratio(src, expected, source, svc, pct, line):
    add(src, expected, source + " (error-ratio alert quoting the line)",
        {"alertname": "HighErrorRate", "severity": "critical", "service": svc},
        {"summary": f"{svc}: {pct}% of requests fail",
         "description": f"The error ratio of {svc} has been above 5% for 10 minutes. Most failed requests log: {line}"})


def restart_alert(src, expected, source, svc, line):
    add(src, expected, source + " (one container termination quoting its last log line)",
        {"alertname": "ContainerTerminated", "severity": "warning", "service": svc, "namespace": "batch"},
        {"summary": f"Container {svc} terminated with a non-zero exit code",
         "description": f"Last line written before the exit: {line}"})


def label_only(src, expected, source, labels):
    add(src, expected, source + " (labels only)", labels, {})


def metricly(src, expected, policy, element, category, description):
    add(src, expected, f"Metricly default policy '{policy}' (vendor monitor)",
        {"alertname": policy, "severity": category.lower(), "element": element, "source": "metricly"},
        {"summary": f"{category}: {policy} on {element}", "description": description})


def winevent(src, expected, source, host, provider, event_id, level, message):
    add(src, expected, source + " (Windows event forwarded as an alert)",
        {"alertname": "WindowsEventLogEntry", "severity": "warning" if level != "Error" else "critical",
         "host": host, "provider": provider, "event_id": str(event_id), "level": level},
        {"summary": f"{provider} event {event_id} on {host}", "description": message})


def notification(src, expected, source, lang, host, summary, body, project):
    add(src, expected, source + f" ({lang}, desktop notification forwarded by the fleet agent)",
        {"alertname": "DesktopNotification", "severity": "warning", "host": host, "lang": lang},
        {"summary": summary, "description": body}, project=project)


# --- earlyoom (main.c): memory and swap both at or below the kill limits -> out_of_memory.
log_alert(EARLYOOM, "out_of_memory", "earlyoom low-memory warning", "earlyoom", "build-07",
          "earlyoom[912]: low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%")
log_alert(EARLYOOM, "out_of_memory", "earlyoom low-memory warning", "earlyoom", "ws-lab-22",
          "earlyoom[1203]: low memory! at or below SIGKILL limits: mem  5.00%, swap  5.00%")
add(EARLYOOM, "out_of_memory", "earlyoom low-memory warning (journald-based syslog alert)",
    {"alertname": "SyslogMatch", "severity": "critical", "program": "earlyoom", "hostname": "ci-runner-3"},
    {"summary": "earlyoom: low memory! at or below SIGTERM limits: mem 8.00%, swap 30.42%"})
restart_alert(EARLYOOM, "out_of_memory", "earlyoom kill", "report-renderer",
              "earlyoom: low memory! at or below SIGKILL limits: mem 4.00%, swap 2.00%")
label_only(EARLYOOM, "out_of_memory", "earlyoom low-memory warning",
           {"alertname": "EarlyOOMTriggered", "severity": "warning", "host": "gpu-node-4",
            "message": "low memory! at or below SIGTERM limits"})

# --- LVM thin pool (dmeventd_thin.c): data/metadata percent full -> disk_full; monitor lifecycle -> null.
log_alert(LVM, "disk_full", "dmeventd thin pool data full", "lvm2-monitor", "kvm-host-11",
          "dmeventd[733]: WARNING: Thin pool vg_data-pool0-tpool data is now 81.25% full.")
log_alert(LVM, "disk_full", "dmeventd thin pool metadata full", "lvm2-monitor", "kvm-host-11",
          "dmeventd[733]: WARNING: Thin pool vg_data-pool0-tpool metadata is now 95.02% full.")
add(LVM, "disk_full", "dmeventd thin pool data full (syslog alert)",
    {"alertname": "SyslogWarning", "severity": "warning", "program": "dmeventd", "hostname": "docker-thin-02"},
    {"summary": "WARNING: Thin pool docker-thinpool data is now 90.40% full."})
add(LVM, "disk_full", "dmeventd thin pool metadata full (check output)",
    {"alertname": "check_lvm_thin", "severity": "critical", "host": "pve-03"},
    {"summary": "CRITICAL - pve/data", "description": "WARNING: Thin pool pve-data-tpool metadata is now 99.61% full."})
log_alert(LVM, None, "dmeventd starts monitoring a thin pool", "lvm2-monitor", "kvm-host-12",
          "dmeventd[701]: Monitoring thin pool vg_data-pool1-tpool.", name="HostLogNotice")
log_alert(LVM, None, "dmeventd stops monitoring a thin pool", "lvm2-monitor", "kvm-host-12",
          "dmeventd[701]: No longer monitoring thin pool vg_data-pool1-tpool.", name="HostLogNotice")
log_alert(LVM, None, "dmeventd drops monitoring after failed lvextend commands", "lvm2-monitor", "kvm-host-14",
          "dmeventd[688]: WARNING: Dropping monitoring of vg_data-pool0-tpool. lvm2 command fails too often (10 times in row).")

# --- etcd: backend quota that refuses writes (POLICY rule 7) -> disk_full; other errors -> null.
log_alert(ETCD, "disk_full", "etcd NOSPACE quota error", "kube-apiserver", "cp-1",
          'E0412 03:11:09.114 status.go:71] apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:"etcdserver: mvcc: database space exceeded"}')
error_ratio(ETCD, "disk_full", "etcd NOSPACE quota error", "config-service", "37.5",
            "rpc error: code = ResourceExhausted desc = etcdserver: mvcc: database space exceeded")
add(ETCD, "disk_full", "etcd NOSPACE quota error (error_message label)",
    {"alertname": "EtcdRequestsFailing", "severity": "critical", "service": "etcd", "cluster": "prod-eu",
     "error_message": "etcdserver: mvcc: database space exceeded"},
    {"summary": "etcd rejects writes on prod-eu"})
add(ETCD, "disk_full", "etcd NOSPACE quota error (Kubernetes event)",
    {"alertname": "KubernetesWarningEvent", "severity": "warning", "reason": "FailedCreate", "namespace": "ci",
     "involved_object": "ReplicaSet/runner-7d9c"},
    {"description": "Error creating: etcdserver: mvcc: database space exceeded"})
log_alert(ETCD, None, "etcd compacted revision (watch restarts)", "controller-manager", "cp-2",
          "W0412 watcher.go:229] watch chan error: etcdserver: mvcc: required revision has been compacted")
# Relabelled after the first run (was null): the alert is an error ratio of requests and the
# quoted error names no cause signature, so the symptom stands (POLICY rule 4).
error_ratio(ETCD, "high_error_rate", "etcd request too large", "config-service", "6.1",
            "rpc error: code = InvalidArgument desc = etcdserver: request is too large")

# --- ClickHouse memory limit (total): the server's memory limit refuses the query -> out_of_memory.
log_alert(CH_EN, "out_of_memory", "ClickHouse MEMORY_LIMIT_EXCEEDED", "clickhouse", "ch-shard2-r1",
          "<Error> executeQuery: Code: 241. DB::Exception: Memory limit (total) exceeded: would use 28.03 GiB (attempt to allocate chunk of 4219208 bytes), maximum: 27.94 GiB. (MEMORY_LIMIT_EXCEEDED)")
error_ratio(CH_EN, "out_of_memory", "ClickHouse MEMORY_LIMIT_EXCEEDED", "analytics-api", "12.8",
            "DB::Exception: Memory limit (total) exceeded: would use 14.10 GiB (attempt to allocate chunk of 8388608 bytes), maximum: 14.00 GiB. (MEMORY_LIMIT_EXCEEDED)")
add(CH_EN, "out_of_memory", "ClickHouse MEMORY_LIMIT_EXCEEDED (label-only error counter)",
    {"alertname": "ClickHouseQueryErrors", "severity": "warning", "service": "clickhouse", "error": "MEMORY_LIMIT_EXCEEDED"},
    {"summary": "Queries on ch-shard1 fail with MEMORY_LIMIT_EXCEEDED"})
add(CH_RU, "out_of_memory", "ClickHouse memory limit (Russian runbook text in the alert)",
    {"alertname": "ClickHouseMemoryLimit", "severity": "critical", "service": "clickhouse", "lang": "ru"},
    {"summary": "Ошибка Memory limit (total) exceeded при выполнении запроса",
     "description": "Запрос к базе превышает установленный лимит оперативной памяти (max_server_memory_usage)."})
add(CH_RU, "out_of_memory", "ClickHouse memory limit (Russian summary only)",
    {"alertname": "ClickHouseAlert", "severity": "warning", "lang": "ru"},
    {"summary": "Запрос превышает лимит оперативной памяти: Memory limit (total) exceeded"})

# --- OpenSearch disk watermarks (Aiven): disk capacity thresholds -> disk_full.
add(OPENSEARCH, "disk_full", "OpenSearch flood-stage watermark (cluster log alert)",
    {"alertname": "OpenSearchLogError", "severity": "critical", "service": "opensearch", "node": "os-data-3"},
    {"description": "flood stage disk watermark [95%] exceeded on [os-data-3], all indices on this node will be marked read-only; index.blocks.read_only_allow_delete set"})
add(OPENSEARCH, "disk_full", "OpenSearch high watermark",
    {"alertname": "OpenSearchHighDiskWatermark", "severity": "warning", "service": "opensearch"},
    {"summary": "Disk allocation high watermark (90%) exceeded on os-data-1",
     "description": "OpenSearch is relocating shards away from os-data-1 because cluster.routing.allocation.disk.watermark.high was exceeded."})
add(OPENSEARCH, "disk_full", "OpenSearch low watermark",
    {"alertname": "OpenSearchLowDiskWatermark", "severity": "info", "service": "opensearch"},
    {"summary": "Low disk watermark (85%) reached on os-data-2; no new shards will be allocated there"})
error_ratio(OPENSEARCH, "disk_full", "OpenSearch read-only-allow-delete block", "ingest-gateway", "41.0",
            "cluster_block_exception: index [logs-2024.06.02] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block]")
label_only(OPENSEARCH, "disk_full", "OpenSearch flood-stage watermark",
           {"alertname": "OpenSearchClusterAlert", "severity": "critical", "watermark": "flood_stage", "node": "os-data-4"})

# --- Windows Resource-Exhaustion-Detector and disk driver.
winevent(WIN_RED, "out_of_memory", "Resource-Exhaustion-Detector 2004", "SQL-REPORT-02",
         "Microsoft-Windows-Resource-Exhaustion-Detector", 2004, "Warning",
         "Windows successfully diagnosed a low virtual memory condition. The following programs consumed the most virtual memory: sqlservr.exe (2284) consumed 21474836480 bytes, ReportingServicesService.exe (5120) consumed 3221225472 bytes, and MsMpEng.exe (3012) consumed 412090368 bytes.")
winevent(WIN_RED, "out_of_memory", "Resource-Exhaustion-Detector 2004", "CITRIX-07",
         "Microsoft-Windows-Resource-Exhaustion-Detector", 2004, "Warning",
         "Windows successfully diagnosed a low virtual memory condition. The following programs consumed the most virtual memory: chrome.exe (9160) consumed 6442450944 bytes, Teams.exe (7720) consumed 2147483648 bytes, and OUTLOOK.EXE (6408) consumed 1073741824 bytes.")
winevent(WIN_RED, "out_of_memory", "Resource-Exhaustion-Detector 1003", "APP-14",
         "Microsoft-Windows-Resource-Exhaustion-Detector", 1003, "Warning",
         "The Windows Resource Exhaustion Detector received a notification that the computer is low on virtual memory.")
winevent(WIN_RED, None, "Resource-Exhaustion-Detector 1001 (started)", "APP-14",
         "Microsoft-Windows-Resource-Exhaustion-Detector", 1001, "Information",
         "The Windows Resource Exhaustion Detector started.")
winevent(WIN_RED, None, "Resource-Exhaustion-Detector 1002 (stopped)", "APP-15",
         "Microsoft-Windows-Resource-Exhaustion-Detector", 1002, "Information",
         "The Windows Resource Exhaustion Detector stopped.")
winevent(WIN_DISK, None, "Microsoft-Windows-Disk 209 (IO retried)", "FILE-01",
         "Microsoft-Windows-Disk", 209, "Warning", "Retrying an IO (read/write) request.")
winevent(WIN_DISK, None, "Microsoft-Windows-Disk 201 (lower driver time)", "FILE-02",
         "Microsoft-Windows-Disk", 201, "Warning", "Request servicing time taken by lower driver stack(s).")

# --- numpy _ArrayMemoryError.
restart_alert(NUMPY, "out_of_memory", "numpy _ArrayMemoryError", "feature-builder",
              "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 37.3 GiB for an array with shape (50000, 100000) and data type float64")
log_alert(NUMPY, "out_of_memory", "numpy _ArrayMemoryError", "notebook-worker", "jupyter-4",
          "MemoryError: Unable to allocate 3.73 GiB for an array with shape (500000, 1000) and data type float64")
add(NUMPY, "out_of_memory", "numpy _ArrayMemoryError (Airflow task failure alert)",
    {"alertname": "AirflowTaskFailed", "severity": "warning", "dag_id": "daily_embeddings", "task_id": "build_matrix"},
    {"summary": "Task build_matrix failed",
     "description": "Exception: Unable to allocate 12.0 GiB for an array with shape (40000, 40000) and data type float64"})

# --- V8 heap limit (Node.js).
restart_alert(NODEOOM, "out_of_memory", "V8 heap out of memory", "ssr-frontend",
              "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory")
log_alert(NODEOOM, "out_of_memory", "V8 heap out of memory", "webpack-build", "ci-runner-9",
          "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory")
add(NODEOOM, "out_of_memory", "V8 heap out of memory (CI job failure notification)",
    {"alertname": "CIJobFailed", "severity": "warning", "pipeline": "storefront", "job": "build"},
    {"summary": "build failed: JavaScript heap out of memory"})
error_ratio(NODEOOM, "out_of_memory", "V8 heap out of memory", "graphql-gateway", "9.9",
            "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory")

# --- .NET OutOfMemoryException.
error_ratio(DOTNET, "out_of_memory", ".NET OutOfMemoryException", "billing-api", "7.4",
            "System.OutOfMemoryException (HRESULT 0x8007000E, COR_E_OUTOFMEMORY) at Billing.InvoiceBatch.Render()")
log_alert(DOTNET, "out_of_memory", ".NET OutOfMemoryException", "report-service", "win-app-3",
          "Unhandled exception. System.OutOfMemoryException: not enough memory to continue the execution of the program.")
label_only(DOTNET, "out_of_memory", ".NET OutOfMemoryException",
           {"alertname": "AppExceptionSpike", "severity": "warning", "service": "pricing-engine",
            "exception_type": "System.OutOfMemoryException"})

# --- gcpdiag serial-console patterns.
for host, line in [("gce-web-4", "dockerd[1022]: write /var/lib/docker/tmp/GetImageBlob812: no space left on device"),
                   ("gce-batch-2", "rsyslogd: file '/var/log/messages': write error: No space left on device")]:
    log_alert(GCPDIAG, "disk_full", "serial console: No space left on device", "serial-console", host, line)
add(GCPDIAG, "disk_full", "serial console: no usable temporary directory",
    {"alertname": "GCEGuestError", "severity": "warning", "instance": "gce-etl-1", "zone": "europe-west1-b"},
    {"summary": "Serial console of gce-etl-1",
     "description": "google_metadata_script_runner: /usr/bin/python3: No usable temporary directory found in ['/tmp', '/var/tmp', '/usr/tmp', '/']"})
add(GCPDIAG, "disk_full", "Windows srv 2013 disk at or near capacity (serial console)",
    {"alertname": "GCEGuestError", "severity": "warning", "instance": "gce-win-6", "zone": "us-central1-a"},
    {"summary": "Serial console of gce-win-6", "description": "The C: disk is at or near capacity. You may need to delete some files."})
winevent(GCPDIAG, "disk_full", "Windows srv 2013 disk at or near capacity", "FILESRV-03", "srv", 2013, "Warning",
         "The D: disk is at or near capacity. You may need to delete some files.")
label_only(GCPDIAG, "disk_full", "Windows srv 2013 disk at or near capacity",
           {"alertname": "WindowsEventLogEntry", "severity": "warning", "host": "SQL-07", "provider": "srv",
            "event_id": "2013", "message": "The E: disk is at or near capacity"})
log_alert(GCPDIAG, "out_of_memory", "serial console: OOM killer", "serial-console", "gce-api-8",
          "kernel: Out of memory: Killed process 23817 (java) total-vm:9382244kB, anon-rss:7012264kB, file-rss:0kB, shmem-rss:0kB")
log_alert(GCPDIAG, "out_of_memory", "serial console: memory cgroup OOM", "serial-console", "gke-pool-1-ab12",
          "kernel: Memory cgroup out of memory: Killed process 4412 (python3) total-vm:2211844kB, anon-rss:1048576kB")
add(GCPDIAG, "out_of_memory", "serial console: oom-killer invoked (syslog alert)",
    {"alertname": "SyslogMatch", "severity": "critical", "program": "kernel", "hostname": "gce-cache-2"},
    {"summary": "redis-server invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0"})
label_only(GCPDIAG, "out_of_memory", "serial console: memory cgroup OOM",
           {"alertname": "NodeKernelMessage", "severity": "warning", "node": "gke-pool-2-cd34",
            "pattern": "Memory cgroup out of memory"})
log_alert(GCPDIAG, None, "serial console: XFS in-memory corruption", "serial-console", "gce-db-5",
          "kernel: XFS (sdb1): Corruption of in-memory data detected. Shutting down filesystem")
log_alert(GCPDIAG, None, "serial console: mounting fs with errors", "serial-console", "gce-db-6",
          "kernel: EXT4-fs (sda1): warning: mounting fs with errors, running e2fsck is recommended")
add(GCPDIAG, None, "serial console: failed to mount (syslog alert)",
    {"alertname": "SyslogMatch", "severity": "critical", "program": "systemd", "hostname": "gce-nfs-1"},
    {"summary": "Failed to mount /mnt/exports (mount.nfs: access denied by server)"})

# --- RabbitMQ resource alarms (alarms.md).
add(RABBIT, "out_of_memory", "RabbitMQ memory alarm",
    {"alertname": "RabbitMQMemoryAlarm", "severity": "critical", "service": "rabbitmq", "node": "rabbit@mq-2"},
    {"summary": "Memory alarm on rabbit@mq-2",
     "description": "Memory use went above the configured watermark; RabbitMQ blocks connections that publish messages until it drops."})
log_alert(RABBIT, "out_of_memory", "RabbitMQ memory alarm", "rabbitmq", "mq-1",
          "[warning] <0.271.0> memory resource limit alarm set on node 'rabbit@mq-1'. Publishers will be blocked until this alarm clears")
add(RABBIT, "disk_full", "RabbitMQ free disk space alarm",
    {"alertname": "RabbitMQDiskAlarm", "severity": "critical", "service": "rabbitmq", "node": "rabbit@mq-3"},
    {"summary": "Free disk space on rabbit@mq-3 dropped below the configured watermark; publishing connections are blocked"})
label_only(RABBIT, "disk_full", "RabbitMQ free disk space alarm",
           {"alertname": "RabbitMQAlarm", "severity": "critical", "node": "rabbit@mq-1", "alarm": "disk_free_limit"})
add(RABBIT, "fd_exhaustion", "RabbitMQ file descriptors near the limit",
    {"alertname": "RabbitMQFileDescriptorsNearLimit", "severity": "warning", "service": "rabbitmq", "node": "rabbit@mq-2"},
    {"summary": "rabbit@mq-2 is close to using all the file descriptors the OS made available to it",
     "description": "Used 63,210 of 65,536 file descriptors; the node will refuse client connections once they run out."})
label_only(RABBIT, "fd_exhaustion", "RabbitMQ file descriptors near the limit",
           {"alertname": "RabbitMQAlarm", "severity": "warning", "node": "rabbit@mq-4", "alarm": "file_descriptor_limit"})
add(RABBIT, None, "RabbitMQ transient flow control",
    {"alertname": "RabbitMQConnectionsInFlow", "severity": "info", "service": "rabbitmq"},
    {"summary": "14 connections on rabbit@mq-1 are in flow state",
     "description": "Clients publish faster than the server can accept their messages; they are in transient flow control."})

# --- nginx EMFILE quoted in a sysadmin note.
log_alert(ULIMIT, "fd_exhaustion", "nginx socket() EMFILE", "nginx", "edge-lb-2",
          '2024/03/10 12:19:14 [alert] 1433#0: *74007788 socket() failed (24: Too many open files) while connecting to upstream, client: 10.8.1.9, server: api.example.net, request: "GET /v1/me HTTP/1.1"')
error_ratio(ULIMIT, "fd_exhaustion", "nginx socket() EMFILE", "api-edge", "18.2",
            "socket() failed (24: Too many open files) while connecting to upstream")
add(ULIMIT, "fd_exhaustion", "process open files near ulimit (check output)",
    {"alertname": "check_open_files", "severity": "critical", "host": "edge-lb-3"},
    {"summary": "CRITICAL - nginx worker 1433 has 1019 of 1024 open files (ulimit -n 1024)"})

# --- S.M.A.R.T. attributes: disk health, not capacity -> null.
add(SMART, None, "SMART CurrentPendingSector",
    {"alertname": "SmartCurrentPendingSector", "severity": "warning", "device": "/dev/sdd", "host": "nas-01"},
    {"summary": "SMART error (CurrentPendingSector) detected on host nas-01",
     "description": "Current_Pending_Sector is 8 on /dev/sdd: unstable sectors waiting to be remapped."})
add(SMART, None, "SMART reallocated sectors",
    {"alertname": "SmartReallocatedSectors", "severity": "warning", "device": "/dev/sdb", "host": "backup-02"},
    {"summary": "Reallocated_Sector_Ct rose to 24 on /dev/sdb"})
add(SMART, None, "SMART offline uncorrectable",
    {"alertname": "DiskHealth", "severity": "critical", "device": "/dev/sda", "host": "db-7"},
    {"summary": "Offline_Uncorrectable sector count 3 on /dev/sda"})
add(SMART, None, "SMART self-test read failure",
    {"alertname": "SmartSelfTestFailed", "severity": "warning", "device": "/dev/sdc", "host": "nas-02"},
    {"summary": "Extended offline self-test: Completed: read failure at LBA 44724966"})

# --- Metricly default policies.
metricly(M_LINUX, "disk_full", "Linux – Disk Utilization Threshold Exceeded", "web-12", "CRITICAL",
         "The consumed disk space on the SERVER instance has exceeded 95% for at least 15 minutes.")
metricly(M_LINUX, "out_of_memory", "Linux – Memory Utilization Threshold Exceeded", "web-12", "CRITICAL",
         "This is a CRITICAL event which is raised when memory utilization exceeds 95%.")
metricly(M_LINUX, None, "Linux – Heavy Disk Load", "db-03", "WARNING",
         "This is a WARNING which indicates that the disk is experiencing heavy load, but performance has not yet been impacted.")
metricly(M_LINUX, None, "Linux – Heavy Disk Load with Slow Performance", "db-03", "CRITICAL",
         "This is a CRITICAL event which indicates that the disk is not only experiencing heavy load, but performance is suffering.")
metricly(M_WIN, None, "Windows – Elevated Disk Latency", "WIN-SQL-1", "WARNING",
         "This policy will generate a WARNING event when both disk read and write times are higher than their expected baselines")
metricly(M_WIN, None, "Windows – Heavy Disk Load", "WIN-SQL-1", "WARNING",
         "The average disk queue length for the server is higher than expected, indicating a potential problem with heavy disk load.")
metricly(M_JAVA, "out_of_memory", "Elevated JVM Heap Usage", "orders-jvm", "WARNING",
         "This policy will generate a WARNING event when the JVM's heap usage is higher than expected.")
metricly(M_ES, "out_of_memory", "Elevated JVM Heap Usage", "es-data-2", "WARNING",
         "The Elastic Search JVM's heap usage is above 80%.")
metricly(M_ES, "disk_full", "Disk space is more than 75% used on data node", "es-data-2", "WARNING",
         "The average utilization across your Elastic Search data node storage devices are more than 75%.")
metricly(M_DOCKER, None, "Docker Container – Extensive CPU Throttling", "worker-7f", "CRITICAL",
         "The Docker container has had its CPU usage throttled for over an hour.")
metricly(M_RABBIT, "disk_full", "RabbitMQ – Exceeded Disk Free Limit", "mq-1", "CRITICAL",
         "Free disk space has dropped below the configured disk free space limit.")
metricly(M_RABBIT, "out_of_memory", "RabbitMQ – Exceeded Memory Limit", "mq-1", "CRITICAL",
         "Memory utilization has exceeded the configured memory limit.")
metricly(M_RABBIT, "out_of_memory", "RabbitMQ – Memory Usage Approaching Limit", "mq-2", "WARNING",
         "Memory utilization has reached 90% of the configured limit.")
metricly(M_RABBIT, "disk_full", "RabbitMQ – Unexpectedly Low Free Disk Space", "mq-2", "WARNING",
         "Free disk space on the RabbitMQ node has been lower than expected for at least the past 30 minutes.")
metricly(M_RDS, None, "AWS RDS – Elevated RDS Disk Activity", "orders-db", "INFO",
         "Indicates an increase in disk activity above what is considered to be normal.")
metricly(M_CACHE, "out_of_memory", "AWS Elasticache – Memcached – Elevated Swap Usage", "sessions-mc-1", "CRITICAL",
         "Swap usage on the Memcached Node has exceeded 50 MB. It is recommended that you increase the value of the ConnectionOverhead parameter.")
metricly(M_CACHE, "out_of_memory", "AWS Elasticache – Redis – Elevated Swap Usage", "cart-redis-2", "WARNING",
         "Swap usage on the Redis Node has been higher than expected for at least 30 minutes. Extended swapping indicates a low physical memory condition, and can lead to performance degradation.")
metricly(M_CACHE, None, "AWS Elasticache – Redis – Low Cache Hit Rate", "cart-redis-2", "WARNING",
         "The cache hit rate for the Redis node has been lower than expected for at least 30 minutes.")
metricly(M_EBS, None, "AWS EBS – Elevated Queue Length Differential with Elevated Latency", "vol-0a12", "CRITICAL",
         "The disk may be getting more traffic than it can keep up with: the queue length differential and the average latency are both higher than normal.")
metricly(M_EBS, None, "AWS EBS – Elevated iops Utilization with low Burst Balance", "vol-0b34", "WARNING",
         "IOPS utilization is above 90% and the EBS burst balance is below 10%; once the burst balance is depleted, available disk IOPS will fall.")
metricly(M_CASS, None, "Cassandra – Depressed Key Cache Hit Rate", "cass-3", "WARNING",
         "The hit rate for the key cache is lower than expected and is less than 85%. This condition has been persisting for at least the past 30 minutes.")

# --- earlyoom kill line and start-up messages.
log_alert(EARLYOOM_KILL, "out_of_memory", "earlyoom kill", "earlyoom", "build-07",
          'earlyoom[912]: sending SIGTERM to process 48113 uid 1001 "node": oom_score 811, oom_score_adj 0, VmRSS 5120 MiB, cmdline "node dist/server.js"')
restart_alert(EARLYOOM_KILL, "out_of_memory", "earlyoom kill", "llm-inference",
              'earlyoom: sending SIGKILL to process 2232050 uid 1000 "python3": oom_score 712, oom_score_adj 0, VmRSS 4514 MiB, cmdline "python3 serve.py"')
log_alert(EARLYOOM_MAIN, None, "earlyoom start-up: no swap configured", "earlyoom", "edge-node-3",
          "earlyoom[401]: warning: -S: total swap is zero, using default percentages", name="HostLogNotice")
log_alert(EARLYOOM_MAIN, None, "earlyoom start-up: kernel OOM killer mode", "earlyoom", "edge-node-4",
          "earlyoom[398]: Using kernel OOM killer (requires Linux v5.17+)", name="HostLogNotice")
log_alert(EARLYOOM_MAIN, None, "earlyoom start-up: dry run", "earlyoom", "edge-node-5",
          "earlyoom[377]: dryrun mode enabled, will not kill anything", name="HostLogNotice")

# --- Windows NTFS, Storage Spaces and Resource-Exhaustion-Resolver events.
winevent(WIN_NTFS, "disk_full", "NTFS 141 disk full", "SQL-09", "Microsoft-Windows-Ntfs", 141, "Error",
         "An operation failed because the disk was full. Process: sqlservr.exe. Free space in bytes: 0. Volume name: E:. Your disk 'E:' is full. Use disk cleanup to free up disk space by deleting unnecessary files.")
label_only(WIN_NTFS, "disk_full", "NTFS 141 disk full",
           {"alertname": "WindowsEventLogEntry", "severity": "critical", "host": "VDI-112", "provider": "Microsoft-Windows-Ntfs",
            "event_id": "141", "message": "Your disk 'C:' is full"})
winevent(WIN_SPACES, "disk_full", "Storage Spaces 103 pool capacity threshold", "S2D-NODE-1",
         "Microsoft-Windows-StorageSpaces-Driver", 103, "Warning",
         "The capacity consumption of the storage pool {5e6d...} has exceeded the threshold limit set on the pool. Return Code: STATUS_SUCCESS")
add(WIN_SPACES, "disk_full", "Storage Spaces 103 pool capacity threshold (SCOM-style alert)",
    {"alertname": "StoragePoolCapacityThreshold", "severity": "warning", "host": "HV-CLUSTER-2", "pool": "Pool01"},
    {"summary": "The capacity consumption of the storage pool Pool01 has exceeded the threshold limit set on the pool"})
winevent(WIN_SPACES, "disk_full", "Storage Spaces 310 allocation failed", "S2D-NODE-3",
         "Microsoft-Windows-StorageSpaces-Driver", 310, "Error",
         "The attempt to allocate more storage for the virtual disk {a1b2...} has failed. Check the available capacity of the virtual disk; you may need to add additional physical capacity to the pool.")
winevent(WIN_RES, "out_of_memory", "Resource-Exhaustion-Resolver 1010", "CITRIX-07",
         "Microsoft-Windows-Resource-Exhaustion-Resolver", 1010, "Warning",
         "Windows could not restore the computer's virtual memory. To prevent information loss, save your files and close your programs.")
winevent(WIN_RES, "out_of_memory", "Resource-Exhaustion-Resolver 1016", "TS-04",
         "Microsoft-Windows-Resource-Exhaustion-Resolver", 1016, "Warning",
         "Windows could not restore the computer's virtual memory.")
winevent(WIN_RES, None, "Resource-Exhaustion-Resolver 1012 (restored)", "CITRIX-07",
         "Microsoft-Windows-Resource-Exhaustion-Resolver", 1012, "Information",
         "Windows successfully restored your computer's virtual memory.")
winevent(WIN_RES, None, "Resource-Exhaustion-Resolver 1001 (started)", "TS-05",
         "Microsoft-Windows-Resource-Exhaustion-Resolver", 1001, "Information",
         "The Windows Resource Exhaustion Resolver started.")
winevent(WIN_NTFS, None, "NTFS 142 disk space usage summary", "SQL-09", "Microsoft-Windows-Ntfs", 142, "Information",
         "Summary of disk space usage, since last event: Lowest free space in bytes: 181220577280. Highest free space in bytes: 183500111872. Volume name: D:. Is boot volume: false")
winevent(WIN_NTFS, None, "NTFS 147 slow IO", "SQL-10", "Microsoft-Windows-Ntfs", 147, "Warning",
         "An IO took more than 30000 ms to complete: Process name: sqlservr.exe. File name: \\data\\orders.mdf. IO Type: Write. Latency: 31204 ms. Volume name: F:")
winevent(WIN_NTFS, None, "NTFS 149 IO failures", "FILE-05", "Microsoft-Windows-Ntfs", 149, "Error",
         "In the past 3600 seconds we had IO failures. This may indicate a failing disk. High latency IO count: 12. Failed writes: 4. Failed reads: 9. Bad clusters relocated: 2.")
winevent(WIN_NTFS, None, "NTFS 143 persistent memory surprise removal", "HPC-02", "Microsoft-Windows-Ntfs", 143, "Error",
         "Surprise removal of a persistent memory device with active DAX mappings. This might lead to data corruption. A reboot is required to clean up the DAX mappings.")
winevent(WIN_NTFS, None, "NTFS 4 volume mounted", "FILE-06", "Microsoft-Windows-Ntfs", 4, "Information",
         "The NTFS volume has been successfully mounted. Volume Name: G: Volume Label: Archive")
winevent(WIN_SPACES, None, "Storage Spaces 104 pool back below threshold", "S2D-NODE-1",
         "Microsoft-Windows-StorageSpaces-Driver", 104, "Information",
         "The capacity consumption of the storage pool {5e6d...} is now below the threshold limit set on the pool. Return Code: STATUS_SUCCESS")
winevent(WIN_SPACES, None, "Storage Spaces 207 disk arrived", "S2D-NODE-2",
         "Microsoft-Windows-StorageSpaces-Driver", 207, "Information",
         "Physical disk {9f01...} arrived. Pool Id: {5e6d...} Drive Number: 7 Drive Manufacturer: INTEL Drive Model Number: SSDPE2KE032T8")
winevent(WIN_SPACES, None, "Storage Spaces 206 disk auto-retired", "S2D-NODE-2",
         "Microsoft-Windows-StorageSpaces-Driver", 206, "Warning", "Physical disk {7c22...} was auto-retired.")
winevent(WIN_SPACES, None, "Storage Spaces 304 virtual disk degraded", "S2D-NODE-4",
         "Microsoft-Windows-StorageSpaces-Driver", 304, "Warning",
         "The virtual disk {c3d4...} is in a degraded state. This can happen when a physical disk hosting the virtual disk fails, is disconnected, or experiences a write error. Windows will attempt to repair the virtual disk.")

# --- Open files: Qdrant, Dataiku DSS, an ISUCON note (Japanese).
log_alert(QDRANT, "fd_exhaustion", "Qdrant OS error 24", "qdrant", "vec-db-2",
          "ERROR qdrant::actix::helpers: Error: Too many files open (OS error 24)")
error_ratio(QDRANT, "fd_exhaustion", "Qdrant OS error 24", "search-api", "22.7",
            "Service internal error: Too many files open (OS error 24)")
label_only(QDRANT, "fd_exhaustion", "Qdrant OS error 24",
           {"alertname": "QdrantErrors", "severity": "critical", "service": "qdrant",
            "error_message": "Too many files open (OS error 24)"})
add(DATAIKU, "fd_exhaustion", "Dataiku ERR_MISC_EOPENF",
    {"alertname": "DSSJobFailed", "severity": "warning", "project": "CHURN", "job": "build_scoring"},
    {"summary": "Job failed: ERR_MISC_EOPENF: Too many open files",
     "description": "DSS and its subprocesses hold more open file descriptors than the limit configured for this system/process/user."})
log_alert(DATAIKU, "fd_exhaustion", "Dataiku ERR_MISC_EOPENF", "dss-backend", "dss-1",
          "[backend] ERROR - ERR_MISC_EOPENF: Too many open files")
add(ISUCON, "fd_exhaustion", "too many open files (Japanese note)",
    {"alertname": "AppErrorLogged", "severity": "warning", "service": "isucon-app", "lang": "ja"},
    {"summary": "accept4: too many open files",
     "description": "ファイルディスクリプタの制限に引っかかっている (ulimit -n 1024)"})
add(ISUCON, None, "LimitNOFILE raised in a systemd unit (setting changed)",
    {"alertname": "ConfigDrift", "severity": "info", "host": "isu-1", "unit": "isucon-app.service"},
    {"summary": "isucon-app.service: LimitNOFILE changed from 1024 to 65535 (daemon-reload)"})
add(DATAIKU, None, "open-files limit raised after maintenance (setting changed)",
    {"alertname": "ConfigDrift", "severity": "info", "host": "dss-1"},
    {"summary": "ulimit -n for user dataiku raised to 64000; DSS restarted by the administrator"})


# --- GNOME gnome-settings-daemon low-disk-space notifications, translated.
VOL = "The volume “%s” has only %s disk space remaining."
VOL_T = "Low Disk Space on “%s”"
COMP = "This computer has only %s disk space remaining."
COMP_T = "Low Disk Space"
gsd_hosts = iter(["ws-berlin-04", "ws-lyon-11", "ws-madrid-02", "ws-milano-07", "ws-tokyo-15", "ws-recife-03",
                  "ws-kazan-09", "ws-shenzhen-21", "ws-krakow-05", "ws-utrecht-08", "ws-seoul-12", "ws-brno-06",
                  "ws-umea-01", "ws-izmir-14", "ws-lviv-10", "ws-szeged-02", "ws-oulu-03"])
for i, (lang, vol, size) in enumerate([("de", "Daten", "1,2 GB"), ("fr", "Documents", "845 Mo"), ("es", "Datos", "2,1 GB"),
                                       ("it", "Archivio", "730 MB"), ("ja", "DATA", "1.5 GB"), ("pt_BR", "Backup", "990 MB"),
                                       ("ru", "home", "1,1 ГБ"), ("zh_CN", "Data", "620 MB"), ("pl", "Dane", "1,4 GB"),
                                       ("nl", "Opslag", "880 MB"), ("ko", "Data", "1.0 GB"), ("cs", "Data", "512 MB"),
                                       ("sv", "Lagring", "760 MB"), ("tr", "Veri", "1,3 GB"), ("uk", "home", "940 МБ")]):
    tr = po_messages(git_show("GNOME/gnome-settings-daemon", GSD_COMMIT, f"po/{lang}.po").decode())
    src = ("GNOME/gnome-settings-daemon", f"po/{lang}.po", GSD_COMMIT)
    if i % 3 == 2:
        notification(src, "disk_full", "gsd-housekeeping low disk space (whole computer)", lang, next(gsd_hosts),
                     tr[COMP_T], tr[COMP].replace("%s", size), "GNOME/gnome-settings-daemon")
    else:
        notification(src, "disk_full", "gsd-housekeeping low disk space (volume)", lang, next(gsd_hosts),
                     tr[VOL_T].replace("%s", vol), tr[VOL].replace("%s", vol, 1).replace("%s", size, 1),
                     "GNOME/gnome-settings-daemon")
# English source strings, summary only (a terse payload).
GSD_SRC = ("GNOME/gnome-settings-daemon", "plugins/housekeeping/gsd-disk-space.c", GSD_COMMIT)
add(GSD_SRC, "disk_full", "gsd-housekeeping low disk space (English, summary only)",
    {"alertname": "DesktopNotification", "severity": "warning", "host": "ws-leeds-01"},
    {"summary": "Low Disk Space on “Backups”"})
add(GSD_SRC, "disk_full", "gsd-housekeeping low disk space (English body)",
    {"alertname": "DesktopNotification", "severity": "warning", "host": "ws-leeds-02"},
    {"summary": "Low Disk Space", "description": "This computer has only 402.7 MB disk space remaining."})

# --- KDE Plasma freespacenotifier, translated.
kde_hosts = iter(["kde-ws-01", "kde-ws-02", "kde-ws-03", "kde-ws-04", "kde-ws-05", "kde-ws-06", "kde-ws-07",
                  "kde-ws-08", "kde-ws-09", "kde-ws-10"])
for lang, (commit, home, root) in KDE.items():
    src = ("KDE/plasma-workspace", f"po/{lang}/freespacenotifier.po", commit)
    notification(src, "disk_full", "freespacenotifier home folder running out of space", lang, next(kde_hosts),
                 "freespacenotifier", home.format(mib=312, pct=2), "KDE/plasma-workspace")
    notification(src, "disk_full", "freespacenotifier root partition running out of space", lang, next(kde_hosts),
                 "freespacenotifier", root.format(mib=148, pct=1), "KDE/plasma-workspace")
# Settings of the notifier changed (POLICY rule 9) -> null.
KDE_DE = ("KDE/plasma-workspace", "po/de/freespacenotifier.po", KDE["de"][0])
add(KDE_DE, None, "freespacenotifier setting changed (de, config audit)",
    {"alertname": "DesktopConfigChanged", "severity": "info", "host": "kde-ws-11", "lang": "de"},
    {"summary": "Warnung vor wenig Speicherplatz aktivieren: geändert",
     "description": "Warnen, wenn der freie Speicherplatz kleiner ist als: 2048 MiB (vorher 200 MiB)"})
KDE_FR = ("KDE/plasma-workspace", "po/fr/freespacenotifier.po", KDE["fr"][0])
add(KDE_FR, None, "freespacenotifier setting changed (fr, config audit)",
    {"alertname": "DesktopConfigChanged", "severity": "info", "host": "kde-ws-12", "lang": "fr"},
    {"summary": "Activer l'avertissement d'espace disque faible : désactivé par l'administrateur"})

family.write()
