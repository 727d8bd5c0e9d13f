#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_oomintl24.jsonl: out-of-memory as it appears inside alerts,
in English and other languages: runtime and server allocation failures the corpus did not quote
yet, many in their own translations, quoted inside log-pattern, failed-job, Loki, exception,
error-ratio and Datadog-style log alerts, plus memory look-alikes that share words with the
signature but name no exhaustion.

Sources (SOURCES.md has the commits): R's "cannot allocate vector of size", its vector memory
limit and R_Calloc failure (wch/r-source, base .po files); PostgreSQL's "out of memory" with its
"Failed on request of size ... in memory context" DETAIL line in twelve translations and its
ENOMEM on anonymous shared memory (babelfish-for-postgresql/postgresql_modified_for_babelfish,
a PostgreSQL fork carrying the server's .po files); Lua's panic "not enough memory"; Julia's
OutOfMemoryError; V8's "Array buffer allocation failed"; OpenJ9's JVMDUMP039I dump event
"systhrow" for java/lang/OutOfMemoryError in ten translations (runtime/nls/dump/j9dmp_*.nls).

Labels, decided under POLICY.md before the classifier ran on the file (one reason per item):
- a runtime's or server's own allocation failure is `out_of_memory` (rule 12), also inside a
  failed job, an error-ratio or a log-line alert (rule 1: the quoted cause decides; rule 8: a
  log alert is decided by the line it quotes);
- look-alikes, `null`: stack and recursion limits (R's C stack overflow, Lua "stack overflow" and
  "C stack overflow", Julia's StackOverflowError, V8's "Maximum call stack size exceeded") and a
  size limit (V8 "Invalid string length") under rule 12; R's "memory profiling is not available"
  (a missing feature); PostgreSQL reloads setting work_mem/maintenance_work_mem/shared_buffers
  (rule 9: a setting changed); PostgreSQL log_temp_files lines (a query spilled to a temp file,
  nothing failed: a policy decision recorded in SOURCES.md); OpenJ9 dumps requested by an
  operator (event "user", JVMDUMP034I; rule 9); KeyDB's start-up warnings about
  vm.overcommit_memory and Transparent Huge Pages (settings and a guess, rules 16, 17) and its
  MEMORY DOCTOR reports finding no issue (rule 14). Look-alikes are put only in frames that
  assert no symptom of their own (no error-ratio frame).

Frames, hosts, values and services are made up; only the quoted strings come from the sources.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

M = "out_of_memory"
NULL = None

R_SRC = "wch/r-source"
R_C = "0c26529e807a9b1dd65f7324958c17bf72e1de1a"
R_MEM = (R_SRC, "src/main/memory.c", R_C)


def r_po(lang):
    return (R_SRC, f"src/library/base/po/{lang}.po", R_C)


PG = "babelfish-for-postgresql/postgresql_modified_for_babelfish"
PG_C = "4f6fa60f2f4465e0713f01667af667cd33bf8a7b"
PG_MCXT = (PG, "src/backend/utils/mmgr/mcxt.c", PG_C)
PG_GUC = (PG, "src/backend/utils/misc/guc.c", PG_C)
PG_SHMEM = (PG, "src/backend/port/sysv_shmem.c", PG_C)
PG_FD = (PG, "src/backend/storage/file/fd.c", PG_C)


def pg_po(lang):
    return (PG, f"src/backend/po/{lang}.po", PG_C)


LUA_C = "53b41d0cddd80bf33fdc631bdd32e3ba53842b89"
LUA_AUX = ("lua/lua", "lauxlib.c", LUA_C)
LUA_DO = ("lua/lua", "ldo.c", LUA_C)
LUA_STATE = ("lua/lua", "lstate.c", LUA_C)
JULIA = ("JuliaLang/julia", "base/boot.jl", "003472759c0f8e7c9211887525e7e9a61cd8095a")
J9_C = "724852a5d37fb738a39a284798df308603bffe59"
KEYDB_C = "603ebb27fb82a27fb98b0feb6749b0f7661a1c4b"
KEYDB_SERVER = ("Snapchat/KeyDB", "src/server.cpp", KEYDB_C)
KEYDB_OBJECT = ("Snapchat/KeyDB", "src/object.cpp", KEYDB_C)


def j9_nls(lang):
    suffix = "" if lang == "en" else f"_{lang}"
    return ("eclipse-openj9/openj9", f"runtime/nls/dump/j9dmp{suffix}.nls", J9_C)


V8 = ("v8/v8", "src/common/message-template.h", "8d1b4774bf78601280230b8054551cf8dc4304b0")


family = ProbeFamily("probes_oomintl24.jsonl")

SERVICES = ["claims-scoring", "risk-batch", "forecast-api", "geo-tiles", "billing-etl", "reco-train",
            "survey-report", "fraud-model", "ledger-export", "churn-notebook", "tariff-sim",
            "plates-ocr"]
NS = ["analytics", "data-science", "finance", "platform", "ml"]


def frame(n, text, symptom_ok=True):
    """The n-th frame quoting `text`. Error-ratio frames only when symptom_ok."""
    svc = SERVICES[n % len(SERVICES)]
    ns = NS[n % len(NS)]
    pod = f"{svc}-{6 + n % 4}d{n % 9}b{(n * 3) % 10}c-{'hjqrv'[n % 5]}{(n * 7) % 10}p"
    first = text.split("\n")[0]
    shapes = 6 if symptom_ok else 4
    s = n % shapes
    if s == 0:
        return ({"alertname": "LogPatternMatched", "severity": "warning", "namespace": ns, "pod": pod,
                 "container": svc},
                {"summary": f"error pattern in {ns}/{pod}",
                 "description": f"{3 + n % 11} matching lines in the last 5m, latest:\n{text}"})
    if s == 1:
        return ({"alertname": "KubeJobFailed", "severity": "warning", "namespace": ns,
                 "job_name": f"{svc}-nightly-{28990000 + n * 37}"},
                {"summary": "Job failed to complete.",
                 "description": f"Job {ns}/{svc}-nightly-{28990000 + n * 37} failed to complete. "
                                f"Last log lines:\n{text}"})
    if s == 2:
        return ({"alertname": "LokiAlertErrors", "severity": "warning", "app": svc,
                 "cluster": "prod-eu-west-1"},
                {"message": f"sum by (app) (count_over_time({{app=\"{svc}\"}} |~ \"(?i)error\" [10m])) > 0",
                 "sample": text})
    if s == 3:
        return ({"alertname": "ApplicationExceptionRaised", "severity": "error", "service": svc,
                 "env": "production", "error_message": first},
                {"summary": f"{svc}: unhandled exception ({2 + n % 5} occurrences in 15m)"})
    if s == 4:
        return ({"alertname": "HighErrorRate", "severity": "critical", "service": svc,
                 "namespace": ns, "top_error": first},
                {"summary": f"{svc} error rate is {5 + n % 7}.{n % 10}%",
                 "description": f"More than 5% of requests to {svc} failed over 10 minutes. "
                                f"Most frequent error: {first}"})
    return ({"alertname": "Log Alert", "monitor": f"[{svc}] errors in worker logs", "priority": "P3"},
            {"title": f"[Triggered] [{svc}] errors in worker logs",
             "body": f"status:error service:{svc} matched {12 + n} events in the last 15m.\n\n{text}"})


COUNTER = [0]


def add(src, expected, why, text, symptom_ok=True):
    n = COUNTER[0]
    COUNTER[0] += 1
    labels, annotations = frame(n, text, symptom_ok)
    family.add(src, expected, f"{src[0]} {src[1]}: {why}", labels, annotations)


DBS = [("pg-orders-01", "orders"), ("pg-ledger-02", "ledger"), ("pg-analytics-03", "dwh"),
       ("pg-crm-01", "crm"), ("pg-geo-02", "gis"), ("pg-billing-04", "billing")]


def pg_frame(n, text):
    """The n-th Postgres log-alert frame quoting `text` (log lines only: no symptom asserted)."""
    host, db = DBS[n % len(DBS)]
    s = n % 3
    if s == 0:
        return ({"alertname": "PostgresqlLogErrors", "severity": "warning", "instance": f"{host}:9187",
                 "datname": db, "job": "postgres"},
                {"summary": f"New lines in the PostgreSQL log of {host}",
                 "description": text})
    if s == 1:
        return ({"alertname": "LokiPostgresLog", "severity": "warning", "host": host,
                 "unit": "postgresql@16-main.service"},
                {"message": f"{{host=\"{host}\", unit=\"postgresql@16-main.service\"}}\n{text}"})
    return ({"alertname": "Log Alert", "monitor": f"[postgres] log lines on {host}", "priority": "P3"},
            {"title": f"[Triggered] [postgres] log lines on {host}",
             "body": f"source:postgresql host:{host} matched {2 + n} events in the last 10m.\n\n{text}"})


PG_COUNTER = [0]


def add_pg(src, expected, why, text):
    n = PG_COUNTER[0]
    PG_COUNTER[0] += 1
    labels, annotations = pg_frame(n, text)
    family.add(src, expected, f"{src[0]} {src[1]}: {why}", labels, annotations)


def main():
    # ---- R: "cannot allocate vector of size %0.1f Gb" and its translations (rule 12)
    add(R_MEM, M, "R's allocation failure 'cannot allocate vector of size' (rule 12)",
        "Error: cannot allocate vector of size 3.7 Gb\nExecution halted")
    add(r_po("de"), M, "R's allocation failure in German (rule 12)",
        "Fehler: kann Vektor der Größe 2.4 GB nicht allozieren\nAusführung angehalten")
    add(r_po("fr"), M, "R's allocation failure in French (rule 12)",
        "Erreur : impossible d'allouer un vecteur de taille 1.9 Go\nExécution arrêtée")
    add(r_po("ja"), M, "R's allocation failure in Japanese (rule 12)",
        "エラー: サイズ 5.1 Gb のベクトルを割り当てることができません")
    add(r_po("it"), M, "R's allocation failure in Italian (rule 12)",
        "Errore: non è possibile allocare un vettore di dimensione 812.5 Mb")

    add(r_po("pl"), M, "R's allocation failure in Polish (rule 12)",
        "BŁĄD: nie można przydzielić wektora o rozmiarze 1.2 Gb")
    add(r_po("ko"), M, "R's allocation failure in Korean (rule 12)",
        "에러: 크기가 2.6 Gb인 벡터를 할당할 수 없습니다")
    add(r_po("zh_CN"), M, "R's allocation failure in Chinese (rule 12)",
        "错误: 无法分配大小为4.0 Gb的向量")
    add(r_po("ru"), M, "R's vector memory limit reached, in Russian (rule 12: the runtime's own limit hit)",
        "Ошибка: достигнут предел (16.0 Gb) памяти векторов, см. mem.maxVSize()")
    add(r_po("ru"), M, "R's 'R_Calloc' could not allocate memory, in Russian (rule 12)",
        "Ошибка: 'R_Calloc' не может выделить память (1048576 * 8 байт)")
    add(r_po("de"), NULL, "R's C stack overflow in German: a stack limit, not memory (rule 12)",
        "Fehler: segmentation fault wegen eines C-Stack-Überlaufes", symptom_ok=False)
    add(r_po("fr"), NULL, "R's 'memory profiling is not available' in French: a missing feature (rule 12 look-alike)",
        "Erreur : le profilage de la mémoire n'est pas disponible sur ce système", symptom_ok=False)

    # ---- PostgreSQL: "out of memory" with its DETAIL line, in the server's translations (rule 12)
    pg_oom = [
        (PG_MCXT, "ERROR", "out of memory", "DETAIL", 'Failed on request of size 268435456 in memory context "ExecutorState".', "English"),
        (pg_po("de"), "FEHLER", "Speicher aufgebraucht", "DETAIL", "Fehler bei Anfrage mit Größe 536870912 im Speicherkontext »HashTableContext«.", "German"),
        (pg_po("fr"), "ERREUR", "mémoire épuisée", "DÉTAIL", "Échec d'une requête de taille 134217728 dans le contexte mémoire « TupleSort main ».", "French"),
        (pg_po("ja"), "ERROR", "メモリ不足です", "詳細", 'メモリコンテクスト"ExecutorState"でサイズ1073741824の要求が失敗しました。', "Japanese"),
        (pg_po("ru"), "ОШИБКА", "нехватка памяти", "ПОДРОБНОСТИ", 'Ошибка при запросе блока размером 67108864 в контексте памяти "MessageContext".', "Russian"),
        (pg_po("es"), "ERROR", "memoria agotada", "DETALLE", "Falló una petición de tamaño 33554432 en el contexto de memoria «CacheMemoryContext».", "Spanish"),
        (pg_po("pt_BR"), "ERRO", "sem memória", "DETALHE", 'Falha na solicitação de tamanho 16777216 no contexto de memória "ExprContext".', "Brazilian Portuguese"),
        (pg_po("zh_CN"), "错误", "内存用尽", "详细信息", '在内存上下文"ExecutorState"中请求大小为402653184时失败.', "Chinese"),
        (pg_po("ko"), "오류", "메모리 부족", "상세정보", '크기가 8388608인 요청에서 오류가 발생했습니다. 해당 메모리 컨텍스트 "HashBatchContext"', "Korean"),
        (pg_po("sv"), "FEL", "slut på minne", "DETALJ", 'Misslyckades med förfrågan av storlek 201326592 i minneskontext "TupleSort main".', "Swedish"),
        (pg_po("it"), "ERRORE", "memoria esaurita", "DETTAGLI", 'Errore durante la richiesta di dimensione 50331648 nel contesto di memoria "ExecutorState".', "Italian"),
        (pg_po("ka"), "შეცდომა", "არასაკმარისი მეხსიერება", "დეტალები", '1610612736 ზომის მეხსიერების კონტექსტიდან "HashTableContext" გამოთხოვა ჩავარდა.', "Georgian"),
        (pg_po("uk"), "ПОМИЛКА", "недостатньо пам'яті", "ВІДОМОСТІ", 'Помилка в запиті розміру 100663296 в контексті пам\'яті "ExecutorState".', "Ukrainian"),
    ]
    for i, (src, err, msg, det, detail, lang) in enumerate(pg_oom):
        pid = 41207 + i * 613
        add_pg(src, M, f"PostgreSQL's 'out of memory' with 'Failed on request of size' in {lang} (rule 12: the server's own allocation failure)",
               f"2026-03-{10 + i:02d} 0{i % 10}:1{i % 6}:4{i % 10}.{120 + i * 7} UTC [{pid}] app@{DBS[i % len(DBS)][1]} {err}:  {msg}\n"
               f"2026-03-{10 + i:02d} 0{i % 10}:1{i % 6}:4{i % 10}.{120 + i * 7} UTC [{pid}] app@{DBS[i % len(DBS)][1]} {det}:  {detail}")
    # look-alikes: a memory setting changed on reload (rule 9: a setting changed is null)
    pg_set = [
        (PG_GUC, "LOG", "received SIGHUP, reloading configuration files", 'parameter "work_mem" changed to "256MB"', "English"),
        (pg_po("de"), "LOG", "SIGHUP empfangen, Konfigurationsdateien werden neu geladen", "Parameter »maintenance_work_mem« auf »2GB« gesetzt", "German"),
        (pg_po("ru"), "СООБЩЕНИЕ", "получен SIGHUP, файлы конфигурации перезагружаются", 'параметр "work_mem" принял значение "64MB"', "Russian"),
        (pg_po("ja"), "LOG", "SIGHUPを受け取りました。設定ファイルをリロードしています", 'パラメータ"shared_buffers"は"8GB"に変更されました', "Japanese"),
    ]
    for i, (src, lvl, reload, changed, lang) in enumerate(pg_set):
        add_pg(src, NULL, f"PostgreSQL reload setting a memory parameter, in {lang} (rule 9: a setting changed is null)",
               f"2026-03-2{i} 10:0{i}:11.502 UTC [1184] {lvl}:  {reload}\n"
               f"2026-03-2{i} 10:0{i}:11.507 UTC [1184] {lvl}:  {changed}")

    # ---- Lua: "not enough memory" (rule 12); stack overflows are null (rule 12)
    add(LUA_AUX, M, "Lua's panic on its own allocation failure 'not enough memory' (rule 12)",
        "PANIC: unprotected error in call to Lua API (not enough memory)")
    add(LUA_DO, NULL, "Lua 'stack overflow': a recursion/stack limit (rule 12)",
        "lua: rules/route.lua:88: stack overflow\nstack traceback:\n\t[C]: in ?", symptom_ok=False)
    add(LUA_STATE, NULL, "Lua 'C stack overflow': a stack limit (rule 12)",
        "lua_pcall failed: error in __index metamethod: C stack overflow", symptom_ok=False)

    # ---- Julia: OutOfMemoryError (rule 12); StackOverflowError null (rule 12)
    add(JULIA, M, "Julia's OutOfMemoryError (rule 12: the runtime's own allocation failure)",
        "ERROR: LoadError: OutOfMemoryError()\nStacktrace:\n [1] Array at ./boot.jl:477 [inlined]")
    add(JULIA, NULL, "Julia's StackOverflowError: a stack limit (rule 12)",
        "ERROR: LoadError: StackOverflowError:\nStacktrace:\n [1] solve(n::Int64) at /app/src/solver.jl:41", symptom_ok=False)

    # ---- V8: ArrayBuffer allocation failed (rule 12); stack and string-length limits null (rule 12)
    add(V8, M, "V8 'Array buffer allocation failed': the runtime could not allocate the buffer (rule 12)",
        "RangeError: Array buffer allocation failed\n    at new ArrayBuffer (<anonymous>)\n    at new Uint8Array (<anonymous>)")
    add(V8, NULL, "V8 'Maximum call stack size exceeded': a recursion limit (rule 12)",
        "RangeError: Maximum call stack size exceeded\n    at flatten (/srv/app/lib/tree.js:14:20)", symptom_ok=False)
    add(V8, NULL, "V8 'Invalid string length': a size limit, not an allocation failure (rule 12)",
        "RangeError: Invalid string length\n    at JSON.stringify (<anonymous>)\n    at writeReport (/srv/app/report.js:57:23)", symptom_ok=False)

    # ---- OpenJ9: JVMDUMP039I dump event "systhrow" for java/lang/OutOfMemoryError, translated (rule 12)
    j9_oom = [
        ("de", 'JVMDUMP039I Speicherauszugsereignis "systhrow", Detail "java/lang/OutOfMemoryError" um 2026/03/14 02:17:51 - bitte warten.', "German"),
        ("fr", 'JVMDUMP039I Traitement de l\'événement de vidage "systhrow", détails "java/lang/OutOfMemoryError" à 2026/03/14 02:17:51 - Veuillez patienter.', "French"),
        ("ja", 'JVMDUMP039I ダンプ・イベント "systhrow"、詳細 "java/lang/OutOfMemoryError" (場所: 2026/03/14 02:17:51) を処理しています - お待ちください。', "Japanese"),
        ("ru", 'JVMDUMP039I Обработка события дампа "systhrow", элемент "java/lang/OutOfMemoryError" в 2026/03/14 02:17:51. Подождите.', "Russian"),
        ("zh_CN", 'JVMDUMP039I 正在处理转储事件“systhrow”，详细信息“java/lang/OutOfMemoryError”，位于 2026/03/14 02:17:51 - 请稍候。', "Chinese"),
        ("pl", 'JVMDUMP039I Przetwarzanie zdarzenia zrzutu "systhrow", szczegół "java/lang/OutOfMemoryError": 2026/03/14 02:17:51 - proszę czekać.', "Polish"),
        ("ko", 'JVMDUMP039I 덤프 이벤트 "systhrow" 처리 중, 2026/03/14 02:17:51의 세부사항 "java/lang/OutOfMemoryError" - 잠시 기다리십시오.', "Korean"),
        ("it", 'JVMDUMP039I Elaborazione dell\'evento dump "systhrow", dettagli "java/lang/OutOfMemoryError" in 2026/03/14 02:17:51 - attendere.', "Italian"),
        ("pt_BR", 'JVMDUMP039I Processando o evento de dump "systhrow", detalhe "java/lang/OutOfMemoryError" em 2026/03/14 02:17:51 - aguarde.', "Brazilian Portuguese"),
        ("es", 'JVMDUMP039I Procesando el suceso de volcado "systhrow", detalles "java/lang/OutOfMemoryError" en 2026/03/14 02:17:51 - espere.', "Spanish"),
    ]
    for lang, line, name in j9_oom:
        add(j9_nls(lang), M, f"OpenJ9 JVMDUMP039I dump event systhrow for java/lang/OutOfMemoryError, in {name} (rule 12)", line)
    # look-alikes: dumps an operator asked for (rule 9: work done on purpose)
    add(j9_nls("en"), NULL, "OpenJ9 JVMDUMP039I for a 'user' event (SIGQUIT from an operator): a requested dump, no OOM (rule 9)",
        'JVMDUMP039I Processing dump event "user", detail "" at 2026/03/14 09:02:10 - please wait.\n'
        "JVMDUMP032I JVM requested Java dump using '/var/dumps/javacore.20260314.090210.1.0001.txt' in response to an event",
        symptom_ok=False)
    add(j9_nls("de"), NULL, "OpenJ9 JVMDUMP034I user-requested heap dump, in German: requested on purpose (rule 9)",
        'JVMDUMP034I Benutzer forderte Speicherauszug von Heap mit "/var/dumps/heapdump.20260314.091500.1.0002.phd" durch com.ibm.jvm.Dump.triggerDump an.',
        symptom_ok=False)
    add(j9_nls("ja"), NULL, "OpenJ9 JVMDUMP034I user-requested system dump, in Japanese: requested on purpose (rule 9)",
        "JVMDUMP034I ユーザーは、com.ibm.jvm.Dump.triggerDump を介して System ダンプ ('/var/dumps/core.20260314.091500.1.0003.dmp' を使用する) を要求しました。",
        symptom_ok=False)

    # ---- KeyDB (Redis fork): memory start-up warnings and MEMORY DOCTOR reports, none an exhaustion
    add(KEYDB_SERVER, NULL, "KeyDB start-up warning that vm.overcommit_memory is 0: a setting and a guess ('may fail'), no exhaustion (rules 16, 17)",
        "1:M 14 Mar 2026 02:11:07.214 # WARNING overcommit_memory is set to 0! Background save may fail under low memory condition. "
        "To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command "
        "'sysctl vm.overcommit_memory=1' for this to take effect.", symptom_ok=False)
    add(KEYDB_SERVER, NULL, "KeyDB start-up warning about Transparent Huge Pages: a kernel setting (rule 16)",
        "1:M 14 Mar 2026 02:11:07.215 # WARNING you have Transparent Huge Pages (THP) support enabled in your kernel. "
        "This will create latency and memory usage issues with KeyDB.", symptom_ok=False)
    add(KEYDB_OBJECT, NULL, "KeyDB MEMORY DOCTOR finding no memory issue: a status line saying all is normal (rule 14)",
        "MEMORY DOCTOR: Hi Sam, I can't find any memory issue in your instance. I can only account for what occurs on this base.",
        symptom_ok=False)
    add(KEYDB_OBJECT, NULL, "KeyDB MEMORY DOCTOR on an instance using very little memory: nothing exhausted (rule 14)",
        "MEMORY DOCTOR: Hi Sam, this instance is empty or is using very little memory, my issues detector can't be used in these conditions.",
        symptom_ok=False)

    # ---- PostgreSQL start-up: anonymous shared memory could not be mapped, ENOMEM (rule 12)
    add_pg(PG_SHMEM, M, "PostgreSQL FATAL 'could not map anonymous shared memory: Cannot allocate memory' (ENOMEM; rule 12)",
           "2026-03-18 06:00:02.118 UTC [1] FATAL:  could not map anonymous shared memory: Cannot allocate memory\n"
           "2026-03-18 06:00:02.118 UTC [1] HINT:  This error usually means that PostgreSQL's request for a shared memory "
           "segment exceeded available memory, swap space, or huge pages. To reduce the request size (currently "
           "17616322560 bytes), reduce PostgreSQL's shared memory usage, perhaps by reducing shared_buffers or max_connections.")
    # look-alikes: log_temp_files lines (a sort or hash spilled past work_mem into a temp file; nothing failed)
    pg_tmp = [
        (PG_FD, "LOG", 'temporary file: path "base/pgsql_tmp/pgsql_tmp48211.0", size 1073741824', "STATEMENT", "English"),
        (pg_po("de"), "LOG", "temporäre Datei: Pfad »base/pgsql_tmp/pgsql_tmp48211.3«, Größe 536870912", "ANWEISUNG", "German"),
        (pg_po("fr"), "LOG", "fichier temporaire : chemin « base/pgsql_tmp/pgsql_tmp51877.1 », taille 268435456", "INSTRUCTION ", "French"),
        (pg_po("zh_CN"), "日志", '临时文件: 路径 "base/pgsql_tmp/pgsql_tmp60412.0", 大小805306368', "语句", "Chinese"),
    ]
    for i, (src, lvl, line, stmt, lang) in enumerate(pg_tmp):
        add_pg(src, NULL, f"PostgreSQL log_temp_files line in {lang}: a query spilled past work_mem to a temp file, nothing exhausted (policy decision, see SOURCES)",
               f"2026-03-19 1{i}:42:07.331 UTC [{48211 + i * 977}] {lvl}:  {line}\n"
               f"2026-03-19 1{i}:42:07.331 UTC [{48211 + i * 977}] {stmt}:  SELECT customer_id, sum(amount) FROM payments GROUP BY 1 ORDER BY 2 DESC")

    family.write()


if __name__ == "__main__":
    main()
