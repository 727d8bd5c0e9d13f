#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_dbs23.jsonl: database servers' own error messages that the
corpus had used little or not at all (Firebird's engine messages, Vitess's tablet server, Apache
Doris's backend memory errors, Oracle ORA- codes and Db2 codes not quoted before, Informix's
message log, SAP HANA's native alerts as Quest Foglight's cartridge words them), inside realistic
alerts: a Loki log-pattern alert over the server's own log, a
Sentry issue alert, a Datadog log monitor, a failed Kubernetes job quoting its last log line, and
a database monitor's own alert.

What the family tests: a cause named only by a database server's own words (Firebird's "unable to
allocate memory from operating system", Vitess's "transaction pool connection limit exceeded",
ORA-04036, ...) and the same servers' look-alikes that share words with a signature but are
another thing under POLICY.md (snapshot too old, password expiry, a database shut down by its
operator, a statement time limit, syntax errors, a stack limit, a transaction killed for its age,
...). Look-alikes are only put in frames that assert no symptom of their own (log-pattern, Sentry,
Datadog log monitor, failed job; rule 8: a log line is not a request; rule 10: a failed job is not
a signature), so `null` is their whole meaning.

Labels are hand decisions under POLICY.md, made before the classifier ran on this file; the reason
of each is in its `source`. Frames, hosts, values and services are made up; only the quoted error
strings come from the sources listed in SOURCES.md (repo, path, commit, or page URL, in each item).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

# ---- sources (repo, path, commit) ----
FB = ("FirebirdSQL/firebird", "src/include/firebird/impl/msg/jrd.h",
      "f2a513ef2b3b012307e0c90e0330d0eb04e494cd")
VT_TXPOOL = ("vitessio/vitess", "go/vt/vttablet/tabletserver/tx_pool.go",
             "0172e6529b0f39cc307041c4434893c0509217ae")
VT_MEM = ("vitessio/vitess", "go/vt/vttablet/tabletserver/memory_pressure.go",
          "042017bd731e49bc0e9e8cf8fd3bf7f5241f6bd4")
VT_TS = ("vitessio/vitess", "go/vt/vttablet/tabletserver/tabletserver.go",
         "549c161d3d98715ff2b5f75c18911a98471b650b")
VT_POOL = ("vitessio/vitess", "go/pools/smartconnpool/pool.go",
           "5622ca7e79aa901b0f0a7de0242a1eaf7e6cfba7")
DORIS_MLE = ("apache/doris", "docs/en/docs/admin-manual/maint-monitor/memory-management/memory-limit-exceeded-analysis.md",
             "d38104d1ec20fd2757d4ea2fe6e2cabffcd42b5d")
DORIS_GC = ("apache/doris-website",
            "versioned_docs/version-2.1/admin-manual/memory-management/memory-analysis/query-cancelled-after-process-memory-exceeded.md",
            "0aa576454e233f7d2a4eae01be643da6194871e2")

family = ProbeFamily("probes_dbs23.jsonl")


def page(url, expected, source, labels, annotations, project=None):
    """An item whose quoted text comes from a public web page; its project is the page's host."""
    host = project or url.split("/")[2]
    family.append(probe_item(labels, annotations, expected, source, host, page_provenance(url)))


# ---- frames (ours) ----
def loki(app, ns, instance, line, name="DatabaseLogErrors", count=7):
    return ({"alertname": name, "severity": "warning", "namespace": ns, "app": app,
             "instance": instance},
            {"summary": f"Error lines in {app} logs",
             "description": f"{count} matching lines in the last 5m on {instance}. Sample line: {line}"})


def sentry(project, env, title, culprit, events=23, detail=None):
    return ({"alertname": "SentryIssueAlert", "severity": "error", "project": project,
             "environment": env, "level": "error"},
            {"summary": title,
             "description": f"New issue in {project} ({env}): {detail or title}\nculprit: {culprit}\n"
                            f"{events} events in the last hour"})


def datadog(monitor, service, env, line):
    return ({"alertname": "DatadogLogMonitor", "monitor": monitor, "service": service,
             "env": env, "severity": "warning"},
            {"summary": f"[Triggered] {monitor}",
             "description": f"Log count above threshold for service:{service} env:{env}. "
                            f"Latest matching log: {line}"})


def failed_job(job, ns, line):
    return ({"alertname": "KubeJobFailed", "severity": "warning", "namespace": ns,
             "job_name": job},
            {"summary": "Job failed to complete.",
             "description": f"Job {ns}/{job} failed to complete. Last log line: {line}"})


def add(src, expected, source, frame):
    labels, annotations = frame
    family.add(src, expected, source, labels, annotations)


def addp(url, expected, source, frame):
    labels, annotations = frame
    page(url, expected, source, labels, annotations)


# ================= Firebird (jrd.h) =================
FBLOG = "fb-prod-02.db.internal\tFri Dec  4 21:14:07 2026\n\t"
add(FB, "deadlock", "Firebird isc_deadlock 335544336 'deadlock' (JRD 16): a detected deadlock",
    loki("firebird", "erp", "fb-prod-01:3050",
         "Error while executing UPDATE STOCK_LEVELS: GDS Exception. 335544336. deadlock"))
add(FB, "deadlock", "Firebird isc_lock_timeout 'lock time-out on wait transaction' (JRD 190): a "
    "lock wait that timed out, deadlock as MySQL 1205 and Derby 40XL1 are in the corpus",
    sentry("billing-worker", "production",
           "FirebirdSql.Data.FirebirdClient.FbException: lock time-out on wait transaction",
           "InvoiceRepository.MarkPaid"))
add(FB, "out_of_memory", "Firebird isc_virmemexh 'unable to allocate memory from operating "
    "system' (JRD 110): the engine's own allocation failed (rule 12)",
    loki("firebird", "erp", "fb-prod-02:3050",
         FBLOG + "Database: /var/lib/firebird/data/erp.fdb\n\tunable to allocate memory from operating system"))
add(FB, "out_of_memory", "Firebird isc_sort_mem_err 'sort error: not enough memory' (JRD 356): "
    "the sort could not get memory (rule 12)",
    datadog("[DB] Firebird engine errors", "fb-reporting", "prod",
            "statement failed, SQLSTATE = HY001\nsort error: not enough memory"))
add(FB, "out_of_memory", "Firebird isc_cache_too_small 'Insufficient memory to allocate page "
    "buffer cache' (JRD 371): memory for the page cache could not be allocated",
    failed_job("fb-nightly-sweep", "erp",
               "gfix -sweep failed: Insufficient memory to allocate page buffer cache"))
add(FB, "disk_full", "Firebird isc_out_of_temp_space 'No free space found in temporary "
    "directories' (JRD 665): the sort spill space is full",
    loki("firebird", "analytics", "fb-olap-01:3050",
         "Statement failed, SQLSTATE = HY000\nNo free space found in temporary directories"))
add(FB, "disk_full", "Firebird isc_io_error + isc_io_write_err with the OS error ENOSPC (JRD 24 "
    "and 417): a write failed because the disk is full",
    sentry("order-service", "production",
           'FbException: I/O error during "write" operation for file "/var/lib/firebird/data/orders.fdb"',
           "OrderWriter.Flush", events=41,
           detail='I/O error during "write" operation for file "/var/lib/firebird/data/orders.fdb"\n'
                  "-Error while trying to write to file\n-No space left on device"))
add(FB, "connection_pool_exhaustion", "Firebird isc_max_att_exceeded 'Maximum user count "
    "exceeded' (JRD 424): the server's own attachment limit refused the connection (rule 11: a "
    "server's own limit)",
    loki("firebird", "erp", "fb-prod-01:3050",
         "Statement failed, SQLSTATE = 08001\nMaximum user count exceeded.  Contact your database administrator."))
add(FB, "node_down", "Firebird isc_network_error + isc_net_connect_err with 'Connection refused' "
    "(JRD 401, 402): the server is not there (rule 11)",
    failed_job("erp-export", "erp",
               'Unable to complete network request to host "fb-prod-03.db.internal".\n'
               "-Failed to establish a connection.\n-Connection refused"))
add(FB, "dns_failure", "Firebird isc_network_error + isc_net_lookup_err + isc_host_unknown (JRD "
    "401, 384, 386): the host name could not be resolved",
    sentry("hr-portal", "staging",
           'FbException: Unable to complete network request to host "fb-hr.db.internal".',
           "DbContext.Open", events=12,
           detail='Unable to complete network request to host "fb-hr.db.internal".\n'
                  "-Failed to locate host machine.\n"
                  "-The specified name was not found in the hosts file or Domain Name Services."))
# look-alikes
add(FB, None, "Firebird isc_login 'Your user name and password are not defined' (JRD 152): a "
    "refused login, no signature",
    loki("firebird", "erp", "fb-prod-01:3050",
         "Statement failed, SQLSTATE = 28000\nYour user name and password are not defined. "
         "Ask your database administrator to set up a Firebird login."))
add(FB, None, "Firebird 'Dynamic SQL Error' + 'Token unknown' (JRD 249, 314): a syntax error",
    sentry("catalog-api", "production",
           "FbException: Dynamic SQL Error -SQL error code = -104 -Token unknown - line 1, column 37 -LIMIT",
           "ProductQuery.Search"))
add(FB, None, "Firebird isc_shutdown 'database @1 shutdown' (JRD 208): the database was shut "
    "down with gfix by its operator, planned work (rule 9)",
    failed_job("erp-import", "erp",
               "Statement failed, SQLSTATE = HY000\ndatabase /var/lib/firebird/data/erp.fdb shutdown"))
add(FB, None, "Firebird isc_shutwarn 'database @1 shutdown in @2 seconds' (JRD 240): an announced "
    "shutdown, planned work (rule 9)",
    loki("firebird", "erp", "fb-prod-01:3050",
         "database /var/lib/firebird/data/erp.fdb shutdown in 300 seconds", count=3))
add(FB, None, "Firebird isc_req_stmt_timeout 'Statement level timeout expired.' (JRD 809): the "
    "database's own statement time limit (rule 15)",
    datadog("[DB] Firebird engine errors", "fb-reporting", "prod",
            "Statement failed, SQLSTATE = HYT00\nStatement level timeout expired."))
add(FB, None, "Firebird isc_cancelled 'operation was cancelled' (JRD 474): a cancelled statement",
    sentry("reporting-ui", "production", "FbException: operation was cancelled",
           "ReportRunner.Execute"))
add(FB, None, "Firebird isc_err_stack_limit 'stack size insufficient to execute current "
    "request' (JRD 397): a stack limit, not memory (rule 12)",
    loki("firebird", "erp", "fb-prod-02:3050",
         "Statement failed, SQLSTATE = HY001\nstack size insufficient to execute current request"))
add(FB, None, "Firebird isc_imp_exc + isc_too_many_contexts (JRD 61, 480): an implementation "
    "limit of the query, no signature",
    failed_job("bi-refresh", "analytics",
               "Implementation limit exceeded\n-Too many Contexts of Relation/Procedure/Views. "
               "Maximum allowed is 256"))

# ================= Vitess (vttablet) =================
VTLINE = "vttablet: rpc error: code = ResourceExhausted desc = "
add(VT_TXPOOL, "connection_pool_exhaustion", "Vitess 'transaction pool connection limit "
    "exceeded' (RESOURCE_EXHAUSTED when no pool connection frees in time): the transaction pool "
    "is full; the reason decides, not the gRPC code (rules 1, 7)",
    sentry("checkout", "production",
           "VitessError: " + VTLINE + "transaction pool connection limit exceeded",
           "CartService.Checkout"))
add(VT_TXPOOL, "connection_pool_exhaustion", "Vitess 'per-user transaction pool connection "
    "limit exceeded': a user's share of the transaction pool used up",
    loki("vttablet", "vitess", "zone1-0000000101",
         "E1204 21:14:07.118 tabletserver.go:1565] " + VTLINE
         + "per-user transaction pool connection limit exceeded (CallerID: batch-loader)"))
add(VT_TXPOOL, "connection_pool_exhaustion", "Vitess 'transaction pool waiter count exceeded': "
    "more callers wait for a full transaction pool than its waiter cap",
    datadog("[Vitess] tablet errors", "vttablet", "prod",
            VTLINE + "transaction pool waiter count exceeded"))
add(VT_POOL, "connection_pool_exhaustion", "Vitess smartconnpool 'resource pool timed out' "
    "(RESOURCE_EXHAUSTED): no connection came back to the full pool before the wait ended",
    loki("vttablet", "vitess", "zone1-0000000204",
         "W1204 21:20:31.004 query_executor.go:1098] " + VTLINE
         + "resource pool timed out (errno 1203) (sqlstate 42000)", name="VitessTabletErrors"))
add(VT_MEM, "out_of_memory", "Vitess memory-pressure admission control rejecting a request above "
    "its memory utilisation threshold (rule 2: memory pressure)",
    sentry("orders-api", "production",
           "VitessError: " + VTLINE + "memory pressure: request Begin rejected at 0.9412 "
           "utilization (threshold soft=0.9000, current state=soft)",
           "OrderService.Create"))
add(VT_TXPOOL, None, "Vitess transaction killer 'killing transaction (exceeded timeout: 30s)': "
    "the server's own transaction time limit, as a statement timeout (rule 15)",
    loki("vttablet", "vitess", "zone1-0000000101",
         "W1204 21:31:44.562 tx_pool.go:176] killing transaction (exceeded timeout: 30s): "
         "1733346674000012345\t'orders-api'\t'vt_app'\tDec  4 21:31:14.561\t",
         name="VitessTabletErrors", count=2))
add(VT_TXPOOL, None, "Vitess 'killing transaction for shutdown': stray transactions closed "
    "when the tablet's pool closes, planned work (rule 9)",
    loki("vttablet", "vitess", "zone1-0000000305",
         "W1204 21:02:10.881 tx_pool.go:146] killing transaction for shutdown: "
         "1733346120000000077\t'reporting'\t'vt_app'", name="VitessTabletErrors", count=1))

# ================= Oracle (pages) =================
addp("https://docs.oracle.com/en/error-help/db/ora-04036", "out_of_memory",
     "ORA-04036 'PGA memory used by the instance or PDB exceeds PGA_AGGREGATE_LIMIT': private "
     "memory over its hard limit, sessions interrupted (rule 2)",
     failed_job("ledger-close", "finance",
                "ORA-04036: PGA memory used by the instance or PDB exceeds PGA_AGGREGATE_LIMIT"))
addp("http://chandradba.blogspot.com/", "out_of_memory",
     "ORA-27102 'out of memory' at startup with the OS's ENOSPC from shmget: the SGA could not "
     "be allocated; memory, despite the errno's words (rule 12)",
     loki("oracle-db", "oracle", "ora-prod-01:1521",
          "SQL> startup\nORA-27102: out of memory\nLinux-x86_64 Error: 28: No space left on device",
          name="OracleAlertLogErrors", count=2))
addp("https://oracledaybyday.pages.dev/oracle-errors/ora-01536", "disk_full",
     "ORA-01536 'space quota exceeded for tablespace': a storage quota that refuses writes "
     "(rule 7)",
     sentry("claims-etl", "production",
            "java.sql.SQLException: ORA-01536: space quota exceeded for tablespace 'CLAIMS_DATA'",
            "ClaimsLoader.insertBatch"))
addp("https://expertoracle.com/2023/01/03/ora-30036-unable-to-extend-segment-by-8-in-undo-tablespace-2/",
     "disk_full", "ORA-30036 'unable to extend segment by 8 in undo tablespace': the undo "
     "tablespace is full (rule 16: tablespaces near full are disk_full)",
     datadog("[DB] Oracle alert log ORA- errors", "oracle-prod", "prod",
             "ORA-30036: unable to extend segment by 8 in undo tablespace 'UNDOTBS1'"))
addp("https://rendc.org/article/34020-explain-an-ora-01555", None,
     "ORA-01555 'snapshot too old': undo needed for read consistency was overwritten (undo "
     "retention), no signature's cause",
     failed_job("nightly-report", "finance",
                "ORA-01555: snapshot too old: rollback segment number 9 with name "
                "\"_SYSSMU9_1650118276$\" too small"))
addp("https://learnomate.org/ora-28002-the-password-will-expire-within-7-days/", None,
     "ORA-28002 'the password will expire within 7 days': password expiry (rule 5)",
     loki("payroll-batch", "finance", "payroll-batch-7d9f:8080",
          "WARN  OracleConnection: ORA-28002: the password will expire within 7 days",
          name="ApplicationLogWarnings", count=48))

# ================= SAP HANA native alerts as Foglight's cartridge describes them (page) =================
QUEST = "https://support.quest.com/kb/4229656/rules-available-with-the-sap-hana-cartridge"


def foglight(rule, text, severity="Critical"):
    return ({"alertname": "FoglightAlarm", "severity": severity.lower(), "agent": "SAP HANA",
             "rule": rule, "host": "hana-prd-02", "sid": "PRD"},
            {"summary": f"{rule} on hana-prd-02 (PRD)",
             "description": f"HANA native alert published to Foglight. {text}"})


addp(QUEST, "out_of_memory", "HANA Alert 'Host physical memory usage': percentage of the host's "
     "physical memory used (rule 2)",
     foglight("Host physical memory usage", "Determines what percentage of total physical memory "
              "available on the host is used. All processes consuming memory are considered, "
              "including non-SAP HANA processes. Current value: 96%."))
addp(QUEST, "disk_full", "HANA Alert 'Disk usage': percentage of each disk with data, log and "
     "trace files used (rule 2)",
     foglight("Disk usage", "Determines what percentage of each disk containing data, log, and "
              "trace files is used. This includes space used by non-SAP HANA files. "
              "/hana/log: 97% used."))
addp(QUEST, "node_down", "HANA Alert 'Inactive services': a service that is not running "
     "(rule 16)",
     foglight("Inactive services", "Identifies inactive services. Service indexserver (port 30003) "
              "is inactive."))
addp(QUEST, None, "HANA Alert 'Restarted services': one restart since the last check (rule 7: "
     "one restart is null)",
     foglight("Restarted services", "Identifies services that have restarted since the last time "
              "the check was performed. Service xsengine (port 30007) restarted at 21:02.",
              severity="Warning"))
addp(QUEST, None, "HANA Alert 'Check regarding mergedog configuration': a setting (rule 9)",
     foglight("Mergedog configuration", "Determines whether or not the 'active' parameter in the "
              "'mergedog' section of the system configuration file(s) is 'yes'. Current value: no.",
              severity="Warning"))
addp(QUEST, None, "Foglight 'statistics server problem': the monitor's own collection (rule 16)",
     foglight("Internal statistics server problem", "Identifies internal statistics server "
              "problem. Statistics server alert checker 2 failed to run.", severity="Warning"))

# ================= Informix (pages) =================
addp("https://help.sap.com/saphelp_snc70/helpdata/DE/d1/a9faec4b8a11d189510000e829fbbd/content.htm",
     "disk_full", "Informix 'Logical Log Files are Full - Backup is Needed': the log space is used "
     "up and the server stops processing, as SQL Server 9002 and SQL0964C (log full) are disk_full "
     "in probes_dbcodes18",
     loki("informix", "sap", "ifx-erp-01", "16:44:49 Logical Log Files are Full - Backup is Needed",
          name="InformixMessageLogErrors", count=1))
IFXZONE = "http://www.informix-zone.com/idswiki/doku.php/idsdev:admin:onstat"
addp(IFXZONE, None, "Informix start-up line 'Memory sizes:resident ... no SHMTOTAL limit': memory "
     "settings printed at start-up (rule 12)",
     loki("informix", "sap", "ifx-erp-01",
          "16:16:45 Memory sizes:resident:5312 KB, virtual:16384 KB, no SHMTOTAL limit",
          name="InformixMessageLogErrors", count=1))
addp(IFXZONE, None, "Informix 'WARNING! Physical Log size 2000 is too small': a configured size "
     "below a recommended floor (rule 16)",
     loki("informix", "sap", "ifx-erp-01",
          "16:16:45 WARNING! Physical Log size 2000 is too small. Physical Log overflows may occur "
          "during peak activity. Recommended minimum Physical Log size is 80 times maximum "
          "concurrent user threads.", name="InformixMessageLogErrors", count=1))
addp(IFXZONE, None, "Informix 'Dynamically allocated new virtual shared memory segment': a "
     "routine allocation, nothing failed",
     datadog("[DB] Informix message log warnings", "informix-erp", "prod",
             "16:16:45 Dynamically allocated new virtual shared memory segment (size 8192KB)"))

# ================= Db2 (pages) =================
addp("https://www.ibm.com/docs/en/db2/11.5?topic=errors-sql30081n-tcpip-communication", "node_down",
     "Db2 SQL30081N with protocol error 111 (ECONNREFUSED) from connect: the server is not "
     "listening (rule 11)",
     failed_job("db2-etl-load", "dwh",
                'SQL30081N  A communication error has been detected. Communication protocol being '
                'used: "TCP/IP".  Communication API being used: "SOCKETS".  Location where the '
                'error was detected: "10.40.3.17".  Communication function detecting the error: '
                '"connect".  Protocol specific error code(s): "111", "*", "*".  SQLSTATE=08001'))
addp("https://www.ibm.com/support/knowledgecenter/SSEPEK_12.0.0/codes/src/tpc/00c20251.html",
     "out_of_memory", "Db2 for z/OS reason 00C20251: IRLM out of (virtual) storage for locks; "
     "'storage' is memory on z/OS",
     datadog("[DB2 z/OS] DSNT501I resource unavailable", "db2-dsnp", "prod",
             "DSNT501I -DSNP DSNILMCL RESOURCE UNAVAILABLE CORRELATION-ID=BATCH017 REASON 00C20251 "
             "TYPE 00000D01 -- Db2 is unable to obtain a physical lock (P-lock) because of an "
             "out-of-storage condition detected by IRLM."))
addp("https://www.ibm.com/support/pages/db2-running-within-systemd-slice-typically-when-started-db2-fault-monitor-might-fail-start-or-reject-connection-due-pthreadcreate-oserr-eagain-11-if-tasksmax-limit-set-too-low",
     None, "Db2 SQL1225N with pthread_create EAGAIN: a thread/process limit (systemd TasksMax), "
     "not memory (rule 2: PIDs are null; rule 16: process limits)",
     loki("db2", "dwh", "db2host1",
          "FUNCTION: DB2 UDB, base sys utilities, sqeAgentServices::CreateIdleAgent, probe:110 "
          "RETCODE : ZRC=0xFFFFFB37=-1225 SQL1225N  The request failed because an operating system "
          "process, thread, or swap space limit was reached. CALLED  : OS, -, pthread_create "
          "OSERR: EAGAIN (11)", name="Db2DiagLogErrors", count=4))
addp("https://www.ibm.com/support/knowledgecenter/ja/SSEPEK_12.0.0/codes/src/tpc/n905.html", None,
     "Db2 for z/OS SQLCODE -905 ASUTIME: a statement stopped by its CPU-time limit (rules 2, 15)",
     sentry("claims-batch", "production",
            "com.ibm.db2.jcc.am.SqlException: DB2 SQL Error: SQLCODE=-905, SQLSTATE=57014, "
            "SQLERRMC=ASUTIME;000000000010;000000200000;SYSIBM.DSNRLST01",
            "ClaimsBatch.runMonthly"))

# ================= Apache Doris (BE memory) =================
add(DORIS_MLE, "out_of_memory", "Doris 'Memory limit exceeded' because the BE process memory "
    "exceeds its limit (process memory used 2.68 GB exceed limit 2.47 GB): process memory, not a "
    "per-query quota (rules 2, 12)",
    sentry("bi-dashboards", "production",
           "MySQLdb.OperationalError: (1105, 'errCode = 2, detailMessage = Memory limit exceeded:"
           "<consuming tracker:<Query#Id=3c88608cf35c461d-95fe88969aa6fc30>, process memory used "
           "2.68 GB exceed limit 2.47 GB or sys mem available 50.95 GB less than low water mark "
           "3.20 GB, failed alloc size 2.00 MB>')",
           "dashboards.queries.run_tile"))
add(DORIS_MLE, "out_of_memory", "Doris be.INFO 'System Mem Exceed Limit Check Failed': the BE "
    "process over its memory limit (rule 2)",
    loki("doris-be", "olap", "doris-be-2:9060",
         "W1127 17:23:16.372572 19896 mem_tracker_limiter.cpp:214] System Mem Exceed Limit Check "
         "Failed, Try Alloc: 1062688", name="DorisBackendLogErrors", count=31))
add(DORIS_GC, "out_of_memory", "Doris MEM_LIMIT_EXCEEDED 'Process memory not enough, cancel top "
    "memory used query': queries cancelled by the memory Full GC (rule 2)",
    failed_job("olap-nightly-rollup", "olap",
               "ERROR 1105 (HY000): errCode = 2, detailMessage = (10.16.10.8)[MEM_LIMIT_EXCEEDED]"
               "Process memory not enough, cancel top memory used query: "
               "<Query#Id=e862471398b14e71-9361a1ab8153cb29> consumption 866.97 MB, backend "
               "10.16.10.8, process memory used 3.12 GB exceed limit 3.01 GB or sys available "
               "memory 191.25 GB less than low water mark 3.20 GB. Execute again after enough "
               "memory, details see be.INFO."))

# ================= more Firebird look-alikes =================
add(FB, None, "Firebird isc_nopoolids 'too many requests' (JRD 66): an engine implementation "
    "limit on compiled requests, not a throttled call (no quota, no 429)",
    loki("firebird", "erp", "fb-prod-02:3050",
         "Statement failed, SQLSTATE = HY000\ntoo many requests", count=2))
add(FB, None, "Firebird isc_index_root_page_full 'cannot add index, index root page is full.' "
    "(JRD 341): a full page structure that is not storage (rule 17)",
    failed_job("erp-migrate", "erp",
               "unsuccessful metadata update\n-cannot add index, index root page is full."))
add(FB, None, "Firebird isc_shutdown_timeout 'Firebird shutdown is still in progress after the "
    "specified timeout' (JRD 597): an operator's shutdown still running, planned work (rule 9)",
    loki("firebird", "erp", "fb-prod-01:3050",
         "Firebird shutdown is still in progress after the specified timeout", count=1))

# ================= batch 4: more servers' words =================
add(VT_TS, "rate_limited", "Vitess tx throttler 'Transaction throttled' (returned as UNAVAILABLE): "
    "the tablet refuses to begin a transaction because its throttler says so; a throttled request "
    "is rate_limited (rule 7), whatever gRPC code carries it",
    sentry("ledger-writer", "production",
           "VitessError: vttablet: rpc error: code = Unavailable desc = Transaction throttled",
           "LedgerWriter.append"))
addp("http://www.oratea.com/2017/04/12/%E6%96%87%E4%BB%B6%E7%B3%BB%E7%BB%9F%E7%94%A8%E6%BB%A1%E5%AF%BC%E8%87%B4%E7%9A%84%E4%B8%B4%E6%97%B6%E6%96%87%E4%BB%B6io%E6%95%85%E9%9A%9C/",
     "disk_full", "ORA-01114 IO error writing block with ORA-27061 and 'Linux-x86_64 Error: 28: No "
     "space left on device': the temp file's file system is full (rule 1: the errno decides)",
     loki("oracle-db", "oracle", "ora-prod-02:1521",
          "ORA-01114: IO error writing block to file 4097 (block # 1042048)\nORA-01110: data file "
          "4097: '/oradata/ORCL/temp01.dbf'\nORA-27061: waiting for async I/Os failed\n"
          "Linux-x86_64 Error: 28: No space left on device", name="OracleAlertLogErrors", count=3))
addp("https://techgoeasy.com/how-to-solve-ora-28000-the-account-is-locked", None,
     "ORA-28000 'the account is locked': a login refused after failed attempts or by the DBA, no "
     "signature (rule 5: logins, like password expiry)",
     sentry("partner-portal", "production",
            "java.sql.SQLException: ORA-28000: the account is locked", "PartnerDao.connect"))
addp("https://www.ibm.com/support/pages/sql0952n-error-returned-long-running-sql-statement", None,
     "Db2 SQL0952N (SQLSTATE 57014): the application's own query timeout cancelled the statement "
     "(rules 13, 15)",
     failed_job("dwh-monthly-agg", "dwh",
                "DB2 SQL Error: SQLCODE=-952, SQLSTATE=57014 -- SQL0952N  Processing was cancelled "
                "due to an interrupt  SQLSTATE=57014"))
add(FB, None, "Firebird isc_att_stmt_timeout 'Attachment level timeout expired.' (JRD 808): the "
    "database's own statement time limit set for the attachment (rule 15)",
    sentry("reporting-ui", "production", "FbException: Attachment level timeout expired.",
           "ReportRunner.Execute", events=9))
addp(QUEST, "node_down", "Foglight SAP HANA rule 'the SAP HANA database becomes unreachable': "
     "the database is not reachable (rule 4)",
     foglight("HANA database unreachable", "Alerts if the SAP HANA database becomes unreachable. "
              "Connection to hana-prd-02:30015 failed for 3 consecutive collections."))
addp(QUEST, "out_of_memory", "Foglight SAP HANA rule: memory used by an instance against its "
     "allocation limit (rule 2)",
     foglight("Instance memory allocation", "Alerts if the memory used by an instance as a "
              "percentage of its allocation limit is too high. Instance PRD/00: 94% of its "
              "allocation limit."))
addp(QUEST, "out_of_memory", "Foglight SAP HANA rule: a service's usage of its effective memory "
     "allocation (rule 2)",
     foglight("Service memory allocation", "Alerts if the service's usage of its effective memory "
              "allocation is too high. indexserver: 92% of its effective allocation limit."))
addp(QUEST, "disk_full", "Foglight SAP HANA rule: percentage of disk used on a volume (rule 2)",
     foglight("Volume disk usage", "Alerts if the percentage of disk used on a volume is too high. "
              "Volume /hana/data/PRD: 95% used."))
addp(QUEST, None, "Foglight SAP HANA rule: CPU utilisation on the host (rule 2: CPU is null)",
     foglight("Host CPU utilization", "Alerts if CPU utilization on the host is high. "
              "hana-prd-02: 97% busy.", severity="Warning"))

family.write()
