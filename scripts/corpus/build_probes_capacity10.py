#!/usr/bin/env python3
"""Builds tests/fixtures/corpus/probes_capacity10.jsonl: memory running out, connection pools
full and work waiting in queues, as runtimes, pool libraries, job systems and brokers word them
in their own logs and dashboards, with their look-alikes.

Sources the corpus had not quoted: PHP's Zend allocator, the Erlang efficiency guide's crash-dump
slogan, Rust's allocation-failure hook, Go's heap growth failure, Ruby's NoMemoryError (a Rails
write-up), Python's MemoryError, Netty's OutOfDirectMemoryError, Gradle's daemon health check,
systemd-oomd's kill notice, crun's OOM hint, containerd's TaskOOM event, Redis's OOM, client-limit
and AOF write errors, git pack-objects' out-of-memory warning (15 languages from po/*.po),
c3p0, DBCP2 and commons-pool, Agroal, Vibur, Knex, SQLAlchemy, Active Record, bb8, PgBouncer,
Microsoft.Data.SqlClient's pool timeout (14 languages from its Strings.*.resx), Burrow's consumer
group statuses, Hangfire's dashboard counters (10 languages), GoodJob, Oban, BullMQ, Resque, NATS
slow consumers, Pub/Sub outstanding messages and Service Bus message counters (English, and a
Hungarian translation of the counters page).

Shapes: a log alert quoting the line, an error-ratio or latency alert quoting it (cause over
symptom, POLICY rule 1), an `error`/`reason`/`message` label (rule 3), Loki/Grafana, Datadog and
Elastic-style notifications, and bare check or exporter alerts. Labels follow
tests/fixtures/corpus/POLICY.md (section 11 settles dead letters, scheduled and stalled jobs) and
were decided from each alert's meaning before the classifier ran on the file. Hosts and values
are made up; each item's provenance names the public file its message comes from."""
from probes_common import ProbeFamily

PHP = ("php/php-src", "Zend/zend_alloc.c", "21aa538e3c8adef8e2dc87b1b9cf32a177b3408d")
ERLANG = ("erlang/otp", "system/doc/efficiency_guide/profiling.md", "646028b1040228a42a38dfb413a886ad4f0ba801")
RUST_TRY = ("rust-lang/rust", "library/alloc/src/collections/mod.rs", "72d24d01f534550886f180a34864d168de393935")
RUST = ("rust-lang/rust", "library/std/src/alloc.rs", "441a33e81bf0351c5f91fb06232514c077cccffc")
GO = ("golang/go", "src/runtime/mheap.go", "baa72c25f19c5b515e9f92ce7f54041127c80f69")
RUBY = ("bdavidxyz/chirpy", "_drafts/2024-03-14-get-rid-of-failed-to-allocate-memory-no-memoryerror.md", "bc14526f9d8ecb46770d7f199cabfedefbda9095")
PYTHON = ("python/cpython", "Doc/library/exceptions.rst", "4f9c171278fa61ea5896e30465f6dd4076a910b2")
NETTY = ("netty/netty", "common/src/main/java/io/netty/util/internal/PlatformDependent.java", "0bb88a3e061f77355627e7fd7fc170ffdada7578")
GRADLE = ("gradle/gradle", "platforms/core-runtime/launcher/src/main/java/org/gradle/launcher/daemon/server/health/HealthExpirationStrategy.java", "65df2d16e6bf0efeb2fb9e5c28b6b7c8513d7745")
OOMD = ("systemd/systemd", "src/oom/oomd-manager.c", "0377c44b22dd2479fa68e328f42b25aa69723c8d")
CRUN = ("containers/crun", "src/libcrun/container.c", "ba38286f7d232be8087dbd393315bb05018da68c")
CONTAINERD = ("containerd/containerd", "internal/cri/server/events.go", "301026e58c619e63d09c0ec411012e54c0124b03")
REDIS_SRV = ("redis/redis", "src/server.c", "4f8cdc2a1ea53e42955af758aabffee67cb455dd")
REDIS_NET = ("redis/redis", "src/networking.c", "4f8cdc2a1ea53e42955af758aabffee67cb455dd")
GIT = ("git/git", "po/{}.po", "1a3e64c6c4a623626ff0687008732a8e007e2a1c")
GIT_SRC = ("git/git", "builtin/pack-objects.c", "1a3e64c6c4a623626ff0687008732a8e007e2a1c")
C3P0 = ("swaldman/c3p0", "src/com/mchange/v2/c3p0/impl/C3P0PooledConnectionPool.java", "8dd62b09a9ec577c7f2b6801bca3c3e8da9321b3")
C3P0_INIT = ("swaldman/c3p0", "src/com/mchange/v2/c3p0/impl/AbstractPoolBackedDataSource.java", "8dd62b09a9ec577c7f2b6801bca3c3e8da9321b3")
C3P0_RP = ("swaldman/c3p0", "src/com/mchange/v2/resourcepool/BasicResourcePool.java", "8dd62b09a9ec577c7f2b6801bca3c3e8da9321b3")
DBCP = ("apache/commons-dbcp", "src/main/java/org/apache/commons/dbcp2/PoolingDataSource.java", "423d1d0a013328cdbe3c3f8af9642b2549a79498")
POOL = ("apache/commons-pool", "src/main/java/org/apache/commons/pool3/impl/GenericObjectPool.java", "3c9d931482a6181fd6f5cef177ca16fbf90c8755")
AGROAL = ("agroal/agroal", "agroal-pool/src/main/java/io/agroal/pool/ConnectionPool.java", "b89d00fe9559da0ec73f32dd8aa64620d81c2e27")
VIBUR = ("vibur/vibur-dbcp", "src/main/java/org/vibur/dbcp/pool/PoolOperations.java", "90b320d0dad3f11fa44dc6974cad6344e31f02ac")
KNEX = ("knex/knex", "lib/client.js", "e25d54bcb707714a17f5a5744eba5c4246bb4d1d")
SQLA_BASE = ("sqlalchemy/sqlalchemy", "lib/sqlalchemy/pool/base.py", "f35da7e2b9349a08b8de1f6bd3b07c8bf8616790")
SQLA = ("sqlalchemy/sqlalchemy", "lib/sqlalchemy/pool/impl.py", "f35da7e2b9349a08b8de1f6bd3b07c8bf8616790")
RAILS = ("rails/rails", "activerecord/lib/active_record/connection_adapters/abstract/connection_pool/queue.rb", "2a2db1e8d6d104ee0611efcae7eb023af65cff34")
BB8 = ("djc/bb8", "bb8/src/api.rs", "15a6c5a01d3d21cf51165ff850afe89bc34382b3")
PGBOUNCER = ("pgbouncer/pgbouncer", "src/client.c", "13a344f2625381296fc02e29b986a11be9c6b983")
PGBOUNCER_J = ("pgbouncer/pgbouncer", "src/objects.c", "13a344f2625381296fc02e29b986a11be9c6b983")
SQLCLIENT = ("dotnet/SqlClient", "src/Microsoft.Data.SqlClient/src/Resources/Strings{}.resx", "c16adb7a11674b66f9e9ca5e5a38e768ce8d5ff3")
BURROW = ("linkedin/Burrow", "core/protocol/evaluator.go", "ced55ba90f6b833a45a124d411fd5eef63a70933")
HANGFIRE = ("HangfireIO/Hangfire", "src/Hangfire.Core/Dashboard/Content/resx/Strings{}.resx", "c236dd0f930f831ec151e436e138ddc429a02a72")
GOODJOB = ("bensheldon/good_job", "app/models/good_job/job.rb", "81db22b7cfde2579b2d735e076fa6eaacc65affa")
OBAN = ("sorentwo/oban", "lib/oban/job.ex", "412b56a0c2ba4399ec39f1305b63eb285673b226")
OBAN_LIFE = ("sorentwo/oban", "lib/oban/plugins/lifeline.ex", "412b56a0c2ba4399ec39f1305b63eb285673b226")
BULLMQ = ("taskforcesh/bullmq", "src/classes/queue-getters.ts", "352d3c72bf2bc5ec851630a4cdcba7d44c313ed0")
BULLMQ_STALL = ("taskforcesh/bullmq", "src/commands/moveStalledJobsToWait-9.lua", "352d3c72bf2bc5ec851630a4cdcba7d44c313ed0")
RESQUE = ("resque/resque", "lib/resque/server/views/queues.erb", "9fc870e7f99e084ba167447e018511c366b91c61")
NATS = ("nats-io/nats-server", "server/client.go", "1787eee035cf0253c201fa0f05afad92b6f296dc")
PUBSUB = ("stackql/stackql-registry-docs", "docs/google-docs/providers/google/pubsub/subscriptions/index.md", "fef85549a1924e8f6d7b5c438c83d517f9a2522b")
SERVICEBUS = ("MicrosoftDocs/azure-docs", "articles/service-bus-messaging/service-bus-metrics-azure-monitor.md", "ae0a8f23d51f37ed52fd9b8febb5fc34a3335eb7")
SERVICEBUS_HU = ("tsunami416604/azure-docs.hu-hu", "articles/service-bus-messaging/message-counters.md", "31543ba500e0dfe79a4182d4732e967c8b7252d7")

FAMILY = ProbeFamily("probes_capacity10.jsonl")


def add(labels, annotations, expected, source, prov, path_arg=None):
    repo, path, commit = prov
    if path_arg is not None:
        path = path.format(path_arg)
    FAMILY.add((repo, path, commit), expected, source, labels, annotations)


# Frames: the same line as different alerting tools deliver it.
def log_alert(service, line, host="prod"):
    return ({"alertname": "ApplicationLogErrors", "severity": "warning", "service": service, "env": host},
            {"summary": "errors in application log",
             "description": f"Log pattern level=ERROR matched in {service} ({host}):\n{line}"})


def ratio_alert(service, line):
    return ({"alertname": "HighHttp5xxRatio", "severity": "critical", "service": service},
            {"summary": f"{service}: 5xx ratio 7.4% over the last 10m (SLO 1%)",
             "description": f"Most frequent error in the window: {line}"})


def latency_alert(service, line):
    return ({"alertname": "HighRequestLatencyP99", "severity": "warning", "service": service},
            {"summary": f"{service} p99 latency is 4.8s (threshold 1s)",
             "description": f"Top log line during the spike: {line}"})


def label_alert(service, line, key="error"):
    return ({"alertname": "ExceptionsThrown", "severity": "warning", "service": service, key: line},
            {"summary": f"{service} raised 23 exceptions in 5m"})


def loki_alert(service, line, pod):
    return ({"alertname": "LokiLogMatch", "grafana_folder": "Platform", "namespace": "apps", "pod": pod,
             "service": service},
            {"summary": f"[FIRING:1] LokiLogMatch apps/{pod}",
             "description": f"Value: A=3\nLabels: namespace=apps, pod={pod}\nLine: {line}"})


def datadog_alert(service, line):
    return ({"alertname": f"Logs: error spike on service:{service}", "source": "datadog", "priority": "P2",
             "service": service},
            {"summary": f"[Triggered] Logs: error spike on service:{service}",
             "description": f"%%%\nMore than 50 log events matched status:error service:{service} in the last 5m.\n\nSample: `{line}`\n%%%"})


def elastic_alert(service, line, host):
    return ({"alertname": "watcher-error-logs", "rule_type": "logs.threshold", "host_name": host,
             "service_name": service},
            {"summary": f"Log threshold breached for {service} on {host}",
             "reason": f"message: \"{line}\" matched 14 times in the last 5 minutes"})


# --- out_of_memory: runtimes and libraries in their own words ---------------------------------
php = "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/shop/vendor/laravel/framework/src/Illuminate/Support/Collection.php on line 1203"
add(*log_alert("shop-web", php), "out_of_memory", "PHP Zend allocator: memory_limit exhausted (log alert)", PHP)
add(*ratio_alert("shop-web", php), "out_of_memory", "PHP Zend allocator: memory_limit exhausted (5xx ratio alert quoting it)", PHP)
add(*label_alert("invoice-cron", "Allowed memory size of 268435456 bytes exhausted (tried to allocate 65536 bytes)", "error"),
    "out_of_memory", "PHP Zend allocator: memory_limit exhausted (error label)", PHP)
add(*datadog_alert("wp-blog", "PHP Fatal error:  Allowed memory size of 41943040 bytes exhausted (tried to allocate 8192 bytes) in /srv/www/wp-includes/class-wpdb.php"),
    "out_of_memory", "PHP Zend allocator: memory_limit exhausted (Datadog log monitor)", PHP)
add(*log_alert("catalog-import", "PHP Fatal error:  Out of memory (allocated 2097152) (tried to allocate 4096 bytes) in /app/src/Importer.php on line 88"),
    "out_of_memory", "PHP Zend allocator: out of memory from the OS (log alert)", PHP)
add(*loki_alert("php-fpm", "[02-Dec-2026 10:11:09] WARNING: [pool www] child 4412 said into stderr: \"PHP Fatal error:  Out of memory (allocated 1509949440) (tried to allocate 262144 bytes)\"", "php-fpm-7c9d4-xk2lp"),
    "out_of_memory", "PHP Zend allocator: out of memory from the OS (Loki alert via php-fpm)", PHP)

erl = 'Slogan: eheap_alloc: Cannot allocate 2733560184 bytes of memory (of type "old_heap").'
add({"alertname": "ErlangCrashDumpWritten", "severity": "critical", "instance": "rabbit@mq-2", "job": "node-crashdump"},
    {"summary": "rabbit@mq-2 wrote erl_crash.dump", "description": erl}, "out_of_memory",
    "Erlang runtime: eheap_alloc slogan (crash dump check)", ERLANG)
add(*log_alert("chat-gateway", 'eheap_alloc: Cannot allocate 762886488 bytes of memory (of type "heap").\nCrash dump is being written to: erl_crash.dump...done'),
    "out_of_memory", "Erlang runtime: eheap_alloc (Elixir release log alert)", ERLANG)
add(*latency_alert("presence-svc", 'beam.smp exited: eheap_alloc: Cannot allocate 1234567890 bytes of memory (of type "heap").'),
    "out_of_memory", "Erlang runtime: eheap_alloc (latency alert quoting it)", ERLANG)
add({"alertname": "ErlangNodeDown", "severity": "warning", "node": "ejabberd@xmpp-1", "reason": 'eheap_alloc: Cannot allocate 220742620 bytes of memory (of type "old_heap")'},
    {"summary": "ejabberd@xmpp-1 stopped"}, "out_of_memory", "Erlang runtime: eheap_alloc (reason label on a down node)", ERLANG)

rust = "memory allocation of 1073741824 bytes failed"
add(*log_alert("vector-agg", rust + "\nAborted (core dumped)"), "out_of_memory", "Rust std: allocation failure abort (log alert)", RUST)
add(*loki_alert("tantivy-indexer", "memory allocation of 3221225472 bytes failed", "indexer-0"), "out_of_memory",
    "Rust std: allocation failure abort (Loki alert)", RUST)
add({"alertname": "ContainerTerminated", "severity": "warning", "container": "edge-proxy", "namespace": "ingress"},
    {"summary": "edge-proxy exited with code 134", "description": "Last line before the exit: memory allocation of 536870912 bytes failed"},
    "out_of_memory", "Rust std: allocation failure abort (one termination quoting the last line)", RUST)
add(*log_alert("search-api", "thread 'tokio-runtime-worker' panicked: memory allocation failed due to capacity overflow"),
    None, "Rust alloc: capacity overflow (a size computation, not memory running out; look-alike)", RUST_TRY)
add(*latency_alert("search-api", "memory allocation failed due to capacity overflow"),
    "high_latency", "Rust alloc: capacity overflow quoted by a latency alert (not a cause; the symptom stands)", RUST_TRY)

go = "runtime: out of memory: cannot allocate 4194304-byte block (3221225472 in use)\nfatal error: out of memory"
add(*log_alert("ingest-worker", go), "out_of_memory", "Go runtime: heap growth failed (log alert)", GO)
add(*ratio_alert("thumbnailer", "fatal error: out of memory (runtime: out of memory: cannot allocate 8388608-byte block (1879048192 in use))"),
    "out_of_memory", "Go runtime: heap growth failed (5xx ratio alert quoting it)", GO)
add(*elastic_alert("metrics-gateway", "runtime: out of memory: cannot allocate 67108864-byte block (7516192768 in use)", "mgw-04"),
    "out_of_memory", "Go runtime: heap growth failed (Elastic log threshold rule)", GO)

add(*log_alert("storefront", "/usr/local/bundle/gems/bootsnap-1.18.3/lib/bootsnap/compile_cache/iseq.rb:53:in `fetch': failed to allocate memory (NoMemoryError)"),
    "out_of_memory", "Ruby: NoMemoryError (log alert)", RUBY)
add(*label_alert("reports-sidekiq", "NoMemoryError: failed to allocate memory", "exception"),
    "out_of_memory", "Ruby: NoMemoryError (exception label)", RUBY)
add(*latency_alert("storefront", "app/services/export_builder.rb:41:in `join': failed to allocate memory (NoMemoryError)"),
    "out_of_memory", "Ruby: NoMemoryError (latency alert quoting it)", RUBY)

add(*log_alert("ml-scoring", 'Traceback (most recent call last):\n  File "/srv/score/batch.py", line 77, in build_matrix\n    rows = [parse(r) for r in reader]\nMemoryError'),
    "out_of_memory", "Python: bare MemoryError ending a traceback (log alert)", PYTHON)
add(*label_alert("etl-airflow", "MemoryError", "exception_type"),
    "out_of_memory", "Python: MemoryError (exception type label)", PYTHON)
add(*ratio_alert("pdf-render", "MemoryError: Unable to allocate internal buffer."),
    "out_of_memory", "Python: MemoryError with a message (5xx ratio alert quoting it)", PYTHON)
add(*log_alert("etl-airflow", 'Traceback (most recent call last):\n  File "/opt/etl/tree.py", line 19, in walk\nRecursionError: maximum recursion depth exceeded while calling a Python object'),
    None, "Python: RecursionError (a recursion limit, not memory; look-alike)", PYTHON)

netty = "io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory (used: 4177526783, max: 4190109696)"
add(*log_alert("api-gateway", netty), "out_of_memory", "Netty: OutOfDirectMemoryError (log alert)", NETTY)
add(*latency_alert("es-proxy", netty), "out_of_memory", "Netty: OutOfDirectMemoryError (latency alert quoting it)", NETTY)
add(*label_alert("grpc-edge", "OutOfDirectMemoryError: failed to allocate 4194304 byte(s) of direct memory (used: 1069547520, max: 1073741824)", "error_message"),
    "out_of_memory", "Netty: OutOfDirectMemoryError (error_message label)", NETTY)
add(*datadog_alert("reactor-bff", "reactor.netty.ReactorNetty$InternalNettyException: io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 2097152 byte(s) of direct memory (used: 266338304, max: 268435456)"),
    "out_of_memory", "Netty: OutOfDirectMemoryError wrapped by Reactor Netty (Datadog)", NETTY)
add(*log_alert("api-gateway", "-Dio.netty.maxDirectMemory: 4190109696 bytes"), None,
    "Netty: direct memory limit logged at start-up (a setting; look-alike)", NETTY)

add({"alertname": "CIBuildLogMatch", "severity": "warning", "pipeline": "android-release", "runner": "ci-mac-3"},
    {"summary": "Gradle daemon unhealthy on ci-mac-3",
     "description": "The Daemon will expire immediately since the JVM garbage collector is thrashing.\nThe project memory settings are likely not configured or are configured to an insufficient value."},
    "out_of_memory", "Gradle daemon health: GC thrashing near the heap limit (CI log match)", GRADLE)
add(*log_alert("build-farm", "The Daemon will expire after the build after running out of JVM heap space.\nThe currently configured max heap space is '512 MiB' and the configured max metaspace is '384 MiB'."),
    "out_of_memory", "Gradle daemon health: out of JVM heap space (log alert)", GRADLE)
add(*loki_alert("gradle-runner", "The Daemon will expire after the build after running out of JVM Metaspace.", "runner-5d8f-2kq"),
    "out_of_memory", "Gradle daemon health: out of JVM Metaspace (Loki alert)", GRADLE)
add(*log_alert("build-farm", "To disable this warning, set 'org.gradle.daemon.performance.disable-logging=true'."),
    None, "Gradle daemon health: how to silence the warning (look-alike)", GRADLE)

oomd = "systemd-oomd[581]: Killed /system.slice/batch-runner.service due to memory pressure for /system.slice being 72.34% > 50.00% for > 20s with reclaim activity"
add({"alertname": "SyslogMatch", "severity": "critical", "program": "systemd-oomd", "hostname": "batch-07"},
    {"summary": oomd}, "out_of_memory", "systemd-oomd: kill under memory pressure (syslog alert)", OOMD)
add(*elastic_alert("systemd-oomd", "Killed /user.slice/user-1000.slice/user@1000.service/app.slice/code.scope due to memory pressure for /user.slice/user-1000.slice/user@1000.service being 86.80% > 50.00% for > 20s with reclaim activity", "dev-ws-12"),
    "out_of_memory", "systemd-oomd: kill under memory pressure (Elastic log threshold rule)", OOMD)
add({"alertname": "NodeJournalPattern", "severity": "warning", "instance": "gitlab-runner-2", "unit": "systemd-oomd.service",
     "message": "Killed /system.slice/docker-4be1.scope due to memory pressure for /system.slice being 61.02% > 60.00% for > 30s with reclaim activity"},
    {}, "out_of_memory", "systemd-oomd: kill under memory pressure (labels only)", OOMD)
add({"alertname": "SyslogMatch", "severity": "info", "program": "systemd-oomd", "hostname": "batch-07"},
    {"summary": "systemd-oomd[581]: Default Memory Pressure Limit: 60.00%, Default Memory Pressure Duration: 30s"},
    None, "systemd-oomd: its settings dumped (look-alike)", OOMD)

add({"alertname": "PodmanContainerDied", "severity": "warning", "container": "nextcloud-cron", "host": "pod-host-1"},
    {"summary": "nextcloud-cron exited", "description": "crun: OOM: the memory limit could be too low"},
    "out_of_memory", "crun: OOM hint on container exit (podman event alert)", CRUN)
add(*log_alert("quadlet-worker", "Error: OCI runtime error: crun: OOM: the memory limit could be too low"),
    "out_of_memory", "crun: OOM hint on container exit (log alert)", CRUN)
add(*loki_alert("containerd", 'level=info msg="TaskOOM event container_id:\\"9f3c1a7be2\\""', "node-exporter-host-14"),
    "out_of_memory", "containerd CRI: TaskOOM event (Loki alert on node logs)", CONTAINERD)
add({"alertname": "ContainerdEvent", "severity": "warning", "topic": "/tasks/oom", "namespace": "k8s.io", "node": "wk-22"},
    {"summary": "containerd published /tasks/oom for container 77ab0c"}, "out_of_memory",
    "containerd: /tasks/oom event topic (event exporter)", CONTAINERD)

add(*ratio_alert("session-api", "ReplyError: OOM command not allowed when used memory > 'maxmemory'."),
    "out_of_memory", "Redis: OOM error reply (5xx ratio alert quoting it)", REDIS_SRV)
add(*label_alert("rate-cache", "OOM command not allowed when used memory > 'maxmemory'.", "reason"),
    "out_of_memory", "Redis: OOM error reply (reason label)", REDIS_SRV)

# git pack-objects warns in the server's language when delta search runs out of memory.
git_msgs = {
    "en": "suboptimal pack - out of memory",
    "de": "ungünstiges Packet - Speicher voll",
    "fr": "paquet sous-optimal - mémoire insuffisante",
    "es": "suboptimal pack - fuera de memoria",
    "zh_CN": "次优（suboptimal）打包 - 内存不足",
    "sv": "icke-optimalt pack - minnet slut",
    "it": "pack subottimo - memoria esaurita",
    "tr": "standart altı paket - bellek yetersiz",
    "uk": "неоптимальний пакунок - не вистачає памʼяті",
    "pl": "nieoptymalna paczka — brak pamięci",
    "vi": "suboptimal pack - hết bộ nhớ",
    "bg": "неоптимизиран пакет — паметта свърши",
    "ca": "paquet subòptim - sense memòria",
    "id": "pak suboptimal - kekurangan memori",
    "zh_TW": "次優（suboptimal）打包 - 記憶體不足",
}
hosts = ["git-01", "gitea-2", "forge-3", "scm-04", "git-05"]
for i, (lang, msg) in enumerate(git_msgs.items()):
    host = hosts[i % len(hosts)]
    if i % 3 == 0:
        labels = {"alertname": "GitHousekeepingWarning", "severity": "warning", "instance": host, "repo": "platform/monorepo"}
        ann = {"summary": f"git gc on {host} logged a warning", "description": f"warning: {msg}"}
    elif i % 3 == 1:
        labels = {"alertname": "SyslogMatch", "severity": "warning", "program": "git-pack-objects", "hostname": host}
        ann = {"summary": f"git-pack-objects: warning: {msg}"}
    else:
        labels = {"alertname": "RepackJobWarning", "severity": "warning", "host": host, "message": f"warning: {msg}"}
        ann = {}
    if lang == "en":
        add(labels, ann, "out_of_memory", "git pack-objects: out of memory during delta search (English source)", GIT_SRC)
    else:
        add(labels, ann, "out_of_memory", f"git pack-objects: out of memory during delta search ({lang})", GIT, lang)

# --- disk_full as runtimes report it -------------------------------------------------------------
add(*ratio_alert("cart-api", "MISCONF Errors writing to the AOF file: No space left on device"),
    "disk_full", "Redis: AOF write error, no space (5xx ratio alert quoting it)", REDIS_SRV)
add(*label_alert("queue-cache", "MISCONF Errors writing to the AOF file: No space left on device", "error"),
    "disk_full", "Redis: AOF write error, no space (error label)", REDIS_SRV)

# --- connection_pool_exhaustion: pool libraries in their own words --------------------------------
c3 = "java.sql.SQLException: An attempt by a client to checkout a Connection has timed out."
add(*log_alert("claims-service", c3 + "\nCaused by: com.mchange.v2.resourcepool.TimeoutException: A client timed out while waiting to acquire a resource from com.mchange.v2.resourcepool.BasicResourcePool@5b6e8f77 -- timeout at awaitAvailable()"),
    "connection_pool_exhaustion", "c3p0: checkout timed out (log alert with the cause chain)", C3P0)
add(*latency_alert("claims-service", c3), "connection_pool_exhaustion", "c3p0: checkout timed out (latency alert quoting it)", C3P0)
add(*label_alert("hr-portal", "com.mchange.v2.resourcepool.TimeoutException: A client timed out while waiting to acquire a resource from com.mchange.v2.resourcepool.BasicResourcePool@1f2a -- timeout at awaitAvailable()", "exception"),
    "connection_pool_exhaustion", "c3p0: resource pool wait timed out (exception label)", C3P0_RP)

dbcp = "java.sql.SQLException: Cannot get a connection, pool error Timeout waiting for idle object, borrowMaxWaitDuration=PT30S"
add(*log_alert("ledger-api", dbcp), "connection_pool_exhaustion", "DBCP2: pool error, timeout waiting for idle object (log alert)", DBCP)
add(*ratio_alert("ledger-api", dbcp), "connection_pool_exhaustion", "DBCP2: pool error, timeout waiting for idle object (5xx ratio alert)", DBCP)
add(*elastic_alert("tomcat-legacy", "org.apache.commons.dbcp2.PoolingDataSource: Cannot get a connection, pool error Timeout waiting for idle object", "app-tc-3"),
    "connection_pool_exhaustion", "DBCP2: pool error (Elastic log threshold rule)", DBCP)
add(*label_alert("batch-loader", "java.util.NoSuchElementException: Pool exhausted", "exception"),
    "connection_pool_exhaustion", "commons-pool: Pool exhausted (exception label)", POOL)
add(*datadog_alert("ldap-bridge", "NoSuchElementException: Timeout waiting for idle object, borrowMaxWaitDuration=PT10S, Active: 20, Idle: 0, Waiters: 37"),
    "connection_pool_exhaustion", "commons-pool: timeout waiting for idle object with stats (Datadog)", POOL)

agroal = "java.sql.SQLException: Acquisition timeout while waiting for new connection"
add(*log_alert("quarkus-orders", agroal), "connection_pool_exhaustion", "Agroal: acquisition timeout (log alert)", AGROAL)
add(*latency_alert("quarkus-orders", "io.agroal.pool.ConnectionPool: Acquisition timeout while waiting for new connection"),
    "connection_pool_exhaustion", "Agroal: acquisition timeout (latency alert quoting it)", AGROAL)
add(*loki_alert("keycloak", "ERROR [org.hibernate.engine.jdbc.spi.SqlExceptionHelper] Acquisition timeout while waiting for new connection", "keycloak-0"),
    "connection_pool_exhaustion", "Agroal: acquisition timeout under Keycloak (Loki alert)", AGROAL)
add(*log_alert("quarkus-orders", "WARN [io.agroal.pool] Datasource '<default>': Login timeout should be smaller than acquisition timeout"),
    None, "Agroal: a configuration warning at start-up (look-alike)", AGROAL)

add(*log_alert("pricing-engine", "java.sql.SQLTimeoutException: Pool p1, couldn't obtain SQL connection within 5000.000 ms."),
    "connection_pool_exhaustion", "Vibur DBCP: couldn't obtain a connection in time (log alert)", VIBUR)
add(*label_alert("pricing-engine", "SQLTimeoutException: Pool reporting, couldn't obtain SQL connection within 2000.412 ms.", "error_message"),
    "connection_pool_exhaustion", "Vibur DBCP: couldn't obtain a connection in time (error_message label)", VIBUR)

knex = "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"
add(*log_alert("strapi-cms", knex), "connection_pool_exhaustion", "Knex: timeout acquiring a connection (log alert)", KNEX)
add(*ratio_alert("bookings-api", knex), "connection_pool_exhaustion", "Knex: timeout acquiring a connection (5xx ratio alert)", KNEX)
add(*datadog_alert("ghost-blog", "Knex: Timeout acquiring a connection. The pool is probably full."),
    "connection_pool_exhaustion", "Knex: timeout acquiring a connection (Datadog)", KNEX)

sqla = "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"
add(*latency_alert("fastapi-users", sqla), "connection_pool_exhaustion", "SQLAlchemy: QueuePool limit reached (latency alert quoting it)", SQLA)
add(*loki_alert("superset", "QueuePool limit of size 10 overflow 20 reached, connection timed out, timeout 30.00", "superset-worker-6b"),
    "connection_pool_exhaustion", "SQLAlchemy: QueuePool limit reached (Loki alert)", SQLA)

ar = "ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.003 seconds); all pooled connections were in use"
add(*log_alert("storefront", ar), "connection_pool_exhaustion", "Active Record: could not obtain a connection from the pool (log alert)", RAILS)
add(*ratio_alert("storefront", ar), "connection_pool_exhaustion", "Active Record: could not obtain a connection (5xx ratio alert)", RAILS)
add({"alertname": "SentryIssueAlert", "severity": "error", "project": "helpdesk", "level": "error"},
    {"summary": "212 events in 1h for an issue in helpdesk",
     "title": "ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.001 seconds); all pooled connections were in use",
     "culprit": "app/jobs/sync_tickets_job.rb in perform"},
    "connection_pool_exhaustion", "Active Record: could not obtain a connection (error-tracker issue)", RAILS)

add(*log_alert("ws-hub", "ERROR ws_hub::db: get connection failed: Timed out in bb8"),
    "connection_pool_exhaustion", "bb8: timed out waiting for a pooled connection (log alert)", BB8)
add(*label_alert("ws-hub", "RunError::TimedOut (Timed out in bb8)", "error"),
    "connection_pool_exhaustion", "bb8: timed out waiting for a pooled connection (error label)", BB8)
add({"alertname": "PoolIdleClosuresHigh", "severity": "info", "service": "ws-hub"},
    {"summary": "bb8 pool closed 240 connections in 1h", "description": "connections_closed_idle_timeout rose by 240; connections: 12, idle_connections: 12"},
    None, "bb8: idle connections closed by the idle timeout (look-alike)", BB8)

add(*latency_alert("reporting-api", "psycopg2.OperationalError: server closed the connection unexpectedly ... ERROR:  no more connections allowed (max_client_conn)"),
    "connection_pool_exhaustion", "PgBouncer: max_client_conn reached (latency alert quoting it)", PGBOUNCER)
add(*log_alert("pgbouncer", "LOG C-0x55d0f2a3b8c0: app/app@10.4.2.17:52814 closing because: client_idle_timeout (age=600s)"),
    None, "PgBouncer: idle client closed by client_idle_timeout (look-alike)", PGBOUNCER_J)

add(*ratio_alert("session-api", "ReplyError: ERR max number of clients reached"),
    "connection_pool_exhaustion", "Redis: maxclients reached (5xx ratio alert quoting it)", REDIS_NET)
add(*log_alert("rq-worker", "redis.exceptions.ConnectionError: max number of clients reached"),
    "connection_pool_exhaustion", "Redis: maxclients reached (log alert)", REDIS_NET)
add(*label_alert("feature-flags", "ERR max number of clients reached", "reason"),
    "connection_pool_exhaustion", "Redis: maxclients reached (reason label)", REDIS_NET)

# Microsoft.Data.SqlClient's pool timeout and two look-alikes, in the languages of its resources.
# Read from the resource files named in SQLCLIENT (one per language) at its commit.
SQLCLIENT_TEXTS = {
    'en': {
        'ADP_PooledOpenTimeout': 'Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached.',
        'SQL_ConnectionPoolShutDown': 'The connection pool has been shut down.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Invalid min or max pool size values, min pool size cannot be greater than the max pool size.',
    },
    'cs': {
        'ADP_PooledOpenTimeout': 'Časový limit vypršel.  Časový limit vypršel před získáním připojení od fondu.  Pravděpodobným důvodem je využití všech připojení fondu a dosažení maximální velikosti fondu.',
        'SQL_ConnectionPoolShutDown': 'Fond připojení byl vypnut.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Neplatné hodnoty maximální a minimální velikosti fondu. Minimální velikost fondu nemůže být větší než maximální.',
    },
    'de': {
        'ADP_PooledOpenTimeout': 'Timeout abgelaufen. Das Zeitlimit ist vor dem Anfordern einer Verbindung aus dem Pool abgelaufen. Möglicherweise werden alle Verbindungen im Pool bereits verwendet, und die maximale Poolgröße wurde erreicht.',
        'SQL_ConnectionPoolShutDown': 'Der Verbindungspool wurde heruntergefahren.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Ungültiger Wert für die minimale oder maximale Poolgröße. Die minimale Poolgröße kann nicht größer als die maximale Poolgröße sein.',
    },
    'es': {
        'ADP_PooledOpenTimeout': 'Valor de tiempo de espera caducado. El período de tiempo de espera expiró antes de obtener una conexión del grupo. Esto puede suceder porque todas las conexiones de la agrupación estaban en uso y se alcanzó el máximo tamaño del grupo.',
        'SQL_ConnectionPoolShutDown': 'El grupo de conexiones se ha cerrado.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Valor mínimo o máximo del tamaño de grupo no válido, el tamaño mínimo del grupo no puede ser mayor que el tamaño máximo del grupo.',
    },
    'fr': {
        'ADP_PooledOpenTimeout': "Expiration du délai d'attente. Le délai d'attente s'est écoulé avant obtention d'une connexion du pool. Ceci est probablement dû au fait que toutes les connexions regroupées sont en cours d'utilisation et que la taille maximale du pool a été atteinte.",
        'SQL_ConnectionPoolShutDown': 'Le pool de connexions a été arrêté.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Valeurs de taille de pool min et max non valides, la taille min ne peut pas être supérieure à la taille max.',
    },
    'it': {
        'ADP_PooledOpenTimeout': 'Timeout scaduto. Il tempo disponibile è scaduto prima di aver ottenuto la connessione dal pool.  Ciò potrebbe essere accaduto perché tutte le connessioni dal pool erano in uso ed era già stata raggiunta la dimensione massima del pool.',
        'SQL_ConnectionPoolShutDown': 'Il pool di connessioni è stato chiuso.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Valori minimo e massimo delle dimensioni di pool non validi. La dimensione di pool minima deve essere inferiore a quella massima.',
    },
    'ja': {
        'ADP_PooledOpenTimeout': 'タイムアウトに達しました。プールから接続を取得する前にタイムアウト期間が過ぎました。プールされた接続がすべて使用中で、プール サイズの制限値に達した可能性があります。',
        'SQL_ConnectionPoolShutDown': '接続プールはシャットダウンされています。',
        'ADP_InvalidMinMaxPoolSizeValues': 'プール サイズの最小値または最大値が無効です。最小プール サイズを最大プール サイズより大きい値に設定することはできません。',
    },
    'ko': {
        'ADP_PooledOpenTimeout': '제한 시간이 만료되었습니다. 풀에서 연결을 만들기 전에 제한 시간이 경과되었습니다. 풀링된 연결이 사용 중이었거나 최대 풀 크기에 도달했기 때문일 수 있습니다.',
        'SQL_ConnectionPoolShutDown': '연결 풀이 종료되었습니다.',
        'ADP_InvalidMinMaxPoolSizeValues': '풀 크기의 최소값 또는 최대값이 잘못되었습니다. 최소 풀 크기는 최대 풀 크기보다 클 수 없습니다.',
    },
    'pl': {
        'ADP_PooledOpenTimeout': 'Upłynął limit czasu.  Upłynął limit czasu przed uzyskaniem połączenia z puli.  Mogło to być spowodowane tym, że wszystkie połączenia w puli były używane i osiągnięto maksymalny rozmiar puli.',
        'SQL_ConnectionPoolShutDown': 'Pula połączeń została zamknięta.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Nieprawidłowa minimalna lub maksymalna wartość rozmiaru puli, minimalny rozmiar puli nie może być większy niż maksymalny rozmiar puli.',
    },
    'pt-BR': {
        'ADP_PooledOpenTimeout': 'Tempo limite expirado.  O período de tempo limite foi atingido antes que fosse obtida uma conexão do pool.  Isso pode ter ocorrido porque todas as conexões do pool estavam em uso e o tamanho máximo do pool foi atingido.',
        'SQL_ConnectionPoolShutDown': 'O pool de conexões foi desligado.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Valores inválidos de tamanho mínimo e máximo de pool. O tamanho mínimo do pool não pode ser maior do que o tamanho máximo do pool.',
    },
    'ru': {
        'ADP_PooledOpenTimeout': 'Истекло время ожидания. Время ожидания истекло раньше, чем удалось получить подключение из пула. Возможно, все подключения в пуле уже используются и достигнут максимальный размер пула.',
        'SQL_ConnectionPoolShutDown': 'Пул подключений отключен.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Недопустимое значение минимального или максимального размера пула; минимальный размер пула не может быть больше максимального размера пула.',
    },
    'tr': {
        'ADP_PooledOpenTimeout': 'Zaman aşımı süresi sona erdi.  Havuzdan bağlantı alınmadan zaman aşımı süresi doldu.  Bu durum, havuza alınmamış tüm bağlantılar kullanımda olduğundan ve havuz boyutu üst sınırına ulaşıldığından olabilir.',
        'SQL_ConnectionPoolShutDown': 'Bağlantı havuzu kapatıldı.',
        'ADP_InvalidMinMaxPoolSizeValues': 'Geçersiz en küçük ve en büyük havuz boyutu değerleri, en küçük havuz boyutu, en büyük havuz boyutundan büyük olamaz.',
    },
    'zh-Hans': {
        'ADP_PooledOpenTimeout': '超时时间已到。超时时间已到，但是尚未从池中获取连接。出现这种情况可能是因为所有池连接均在使用，并且达到了最大池大小。',
        'SQL_ConnectionPoolShutDown': '连接池已关闭。',
        'ADP_InvalidMinMaxPoolSizeValues': '最小或最大池大小值无效，最小池大小不能大于最大池大小。',
    },
    'zh-Hant': {
        'ADP_PooledOpenTimeout': '已超過連接逾時的設定。在取得集區連接之前超過逾時等待的時間，可能的原因為所有的共用連接已在使用中，並已達共用集區大小的最大值。',
        'SQL_ConnectionPoolShutDown': '連線集區已關閉。',
        'ADP_InvalidMinMaxPoolSizeValues': '無效的最小或最大共用區大小值，共用區最小值不可以大於共用區最大值。',
    },
}
sqlc = SQLCLIENT_TEXTS
services = ["billing-api", "crm-web", "erp-sync", "hr-api", "orders-svc", "ledger-web", "pos-api"]
for i, (lang, d) in enumerate(sqlc.items()):
    svc = services[i % len(services)]
    suffix = "" if lang == "en" else "." + lang
    frame = i % 4
    if frame == 0:
        labels, ann = log_alert(svc, "System.InvalidOperationException: " + d["ADP_PooledOpenTimeout"])
    elif frame == 1:
        labels, ann = ratio_alert(svc, d["ADP_PooledOpenTimeout"])
    elif frame == 2:
        labels, ann = label_alert(svc, d["ADP_PooledOpenTimeout"], "exception_message")
    else:
        labels, ann = elastic_alert(svc, "System.InvalidOperationException: " + d["ADP_PooledOpenTimeout"], f"win-app-{i:02d}")
    add(labels, ann, "connection_pool_exhaustion", f"SqlClient: pool timeout, max pool size reached ({lang})", SQLCLIENT, suffix)
for lang in ["en", "de", "fr", "ja", "pt-BR"]:
    suffix = "" if lang == "en" else "." + lang
    add(*log_alert("erp-sync", "System.InvalidOperationException: " + sqlc[lang]["SQL_ConnectionPoolShutDown"]),
        None, f"SqlClient: the pool was shut down (look-alike, {lang})", SQLCLIENT, suffix)
for lang in ["en", "es", "ru"]:
    suffix = "" if lang == "en" else "." + lang
    add(*log_alert("hr-api", "System.ArgumentException: " + sqlc[lang]["ADP_InvalidMinMaxPoolSizeValues"]),
        None, f"SqlClient: invalid pool size settings (a configuration error; look-alike, {lang})", SQLCLIENT, suffix)

# --- queue_backlog: work waiting, in the words of job systems and brokers ------------------------
add({"alertname": "BurrowConsumerStatus", "severity": "warning", "cluster": "events-prod", "group": "billing-projector", "status": "WARN"},
    {"summary": "Consumer group billing-projector is WARN on events-prod",
     "description": "WARN invoices:3 (offset 8812201, lag 15230) -> (offset 8816004, lag 48877): making progress, falling further behind"},
    "queue_backlog", "Burrow: group WARN, a partition falling further behind", BURROW)
add({"alertname": "BurrowConsumerStatus", "severity": "critical", "cluster": "events-prod", "group": "search-indexer", "status": "ERR"},
    {"summary": "Consumer group search-indexer is ERR on events-prod",
     "description": "STALL products:0 (offset 118220, lag 9921) -> (offset 118220, lag 40218): offsets committed but not increasing"},
    "queue_backlog", "Burrow: partition STALL (committing, not advancing, lag non-zero)", BURROW)
add({"alertname": "BurrowPartitionStatus", "severity": "critical", "cluster": "events-dr", "group": "audit-sink", "partition_status": "STOP"},
    {"summary": "audit-sink has not committed an offset for audit:7 in 15m; lag 250114"},
    "queue_backlog", "Burrow: partition STOP (no commits, lag non-zero)", BURROW)
add({"alertname": "BurrowGroupStatus", "severity": "warning", "group": "mail-sender", "cluster": "ops", "status": "WARN", "total_lag": "73211"},
    {}, "queue_backlog", "Burrow: group WARN with total lag (labels only)", BURROW)
add({"alertname": "BurrowPartitionStatus", "severity": "warning", "cluster": "events-prod", "group": "replayer", "partition_status": "REWIND"},
    {"summary": "replayer committed an offset for orders:2 lower than its previous one"},
    None, "Burrow: partition REWIND (an offset reset, not work waiting; look-alike)", BURROW)
add({"alertname": "BurrowConsumerStatus", "severity": "info", "cluster": "events-prod", "group": "legacy-etl", "status": "NOTFOUND"},
    {"summary": "Consumer group legacy-etl is NOTFOUND on events-prod"},
    None, "Burrow: group NOTFOUND (look-alike)", BURROW)

# Hangfire's dashboard counters scraped by an exporter and alerted on, in the dashboard's language.
hangfire = {
    "": ("Enqueued Jobs", "Failed Jobs", "Scheduled Jobs"),
    "de": ("Jobs in Warteschlange", "Fehlerhafte Aufträge", "Geplante Aufträge"),
    "fr": ("Tâches en file d'attente", "Tâches échouées", "Tâches programmées"),
    "es": ("Tareas en la cola", "Tareas fallidas", "Tareas programadas"),
    "ru": ("Задания в очереди", "Завершённые с ошибкой задания", "Запланированные задания"),
    "nl": ("In wachtrij", "Mislukte taken", "Ingeplande taken"),
    "pt-BR": ("Tarefas enfileiradas", "Tarefas em falha", "Tarefas Agendadas"),
    "sv": ("Köade jobb", "Misslyckade jobb", "Schemalagda jobb"),
    "tr-TR": ("Sıralanmış İşler", "Başarısız İşler", "Planlanan İşler"),
    "zh": ("队列作业", "失败", "计划"),
}
for i, (lang, (enq, failed, sched)) in enumerate(hangfire.items()):
    suffix = "." + lang if lang else ""
    name = lang or "en"
    add({"alertname": "HangfireDashboardThreshold", "severity": "warning", "instance": f"hangfire-{i}", "counter": enq},
        {"summary": f"{enq}: 18 452 (threshold 5 000 for 20m)"},
        "queue_backlog", f"Hangfire dashboard: enqueued jobs above a threshold ({name})", HANGFIRE, suffix)
    if i % 2 == 0:
        add({"alertname": "HangfireDashboardThreshold", "severity": "warning", "instance": f"hangfire-{i}", "counter": failed},
            {"summary": f"{failed}: 312 (threshold 100)"},
            None, f"Hangfire dashboard: failed jobs (look-alike, {name})", HANGFIRE, suffix)
    if i % 3 == 0:
        add({"alertname": "HangfireDashboardThreshold", "severity": "info", "instance": f"hangfire-{i}", "counter": sched},
            {"summary": f"{sched}: 4 021 (threshold 2 000)"},
            None, f"Hangfire dashboard: scheduled jobs (future work; look-alike, {name})", HANGFIRE, suffix)

add({"alertname": "GoodJobQueuedHigh", "severity": "warning", "service": "helpdesk", "queue_name": "default"},
    {"summary": "GoodJob: 9 204 jobs queued and not yet performed (scheduled_at in the past) for 15m"},
    "queue_backlog", "GoodJob: queued jobs not yet performed", GOODJOB)
add({"alertname": "GoodJobOldestQueued", "severity": "critical", "service": "helpdesk"},
    {"summary": "Oldest GoodJob job ready to run has waited 42m to start (performed_at is null)"},
    "queue_backlog", "GoodJob: oldest ready job waiting to start", GOODJOB)
add({"alertname": "GoodJobRetriedHigh", "severity": "warning", "service": "helpdesk"},
    {"summary": "GoodJob: 380 jobs retried in the last hour"},
    None, "GoodJob: retried jobs (failures; look-alike)", GOODJOB)

add({"alertname": "ObanAvailableJobs", "severity": "warning", "app": "payments", "queue": "mailers"},
    {"summary": "Oban: 27 118 jobs in state 'available' on mailers, 0 executing"},
    "queue_backlog", "Oban: available jobs piling up with none executing", OBAN)
add(*loki_alert("payments", "[info] Oban jobs available=11873 executing=10 limit=10 queue=webhooks", "payments-7f9c8-qz2m"),
    "queue_backlog", "Oban: available jobs far above the concurrency limit (Loki alert)", OBAN)
add({"alertname": "ObanDiscardedJobs", "severity": "warning", "app": "payments", "queue": "exports"},
    {"summary": "Oban: 57 jobs moved to state 'discarded' in 1h"},
    None, "Oban: discarded jobs (failures; look-alike)", OBAN)
add(*log_alert("payments", "[info] Oban.Plugins.Lifeline rescued 3 orphaned jobs stuck in executing"),
    None, "Oban Lifeline: orphaned jobs rescued (look-alike)", OBAN_LIFE)

add({"alertname": "BullMQWaitingJobs", "severity": "warning", "service": "video-transcode", "queue": "transcode"},
    {"summary": "BullMQ getWaitingCount() = 6 412 for 10m; active = 4"},
    "queue_backlog", "BullMQ: waiting jobs (getWaitingCount)", BULLMQ)
add({"alertname": "BullBoardThreshold", "severity": "critical", "service": "notifications", "state": "waiting"},
    {"summary": "notifications: 48 991 jobs waiting for a worker to pick them up"},
    "queue_backlog", "BullMQ: jobs waiting for a worker (board threshold)", BULLMQ)
add(*log_alert("video-transcode", "Job 77812 failed: job stalled more than allowable limit"),
    None, "BullMQ: a job failed after stalling too often (a failed job; look-alike)", BULLMQ_STALL)
add({"alertname": "BullMQDelayedJobs", "severity": "info", "service": "reminders", "queue": "reminders"},
    {"summary": "BullMQ getDelayedCount() = 120 033"},
    None, "BullMQ: delayed jobs (scheduled for later; look-alike)", BULLMQ)

add({"alertname": "ResquePendingJobs", "severity": "warning", "service": "legacy-rails", "queue": "mailer"},
    {"summary": "resque-web: 14 220 jobs currently pending on mailer"},
    "queue_backlog", "Resque: jobs pending on a queue", RESQUE)

add(*log_alert("nats", "[WRN] 10.2.0.14:41822 - cid:8812 - \"v1.33.0:go\" - Slow Consumer Detected: MaxPending of 67108864 Exceeded"),
    "queue_backlog", "NATS: slow consumer, pending buffer full (log alert)", NATS)
add(*loki_alert("nats", "Slow Consumer Detected: WriteDeadline of 10s exceeded with 412 chunks of 52812217 total bytes.", "nats-1"),
    "queue_backlog", "NATS: slow consumer, write deadline (Loki alert)", NATS)
add(*log_alert("nats", "[INF] 10.2.0.14:41822 - cid:8812 - Slow Consumer Recovered: Flush took 0.412s with 3 chunks of 20480 total bytes."),
    None, "NATS: slow consumer recovered (look-alike)", NATS)

add({"alertname": "PubSubOutstandingMessages", "severity": "warning", "subscription_id": "orders-fulfilment-sub", "project_id": "shop-prod"},
    {"summary": "orders-fulfilment-sub: 182 440 messages delivered and outstanding (not acknowledged) for 20m"},
    "queue_backlog", "Pub/Sub: outstanding unacknowledged messages", PUBSUB)
add({"alertname": "GCP Pub/Sub oldest unacked message age", "severity": "critical", "subscription_id": "invoice-render-sub"},
    {"summary": "Oldest unacknowledged message on invoice-render-sub is 47 minutes old"},
    "queue_backlog", "Pub/Sub: oldest unacknowledged message age", PUBSUB)
add({"alertname": "PubSubAckDeadlineChanged", "severity": "info", "subscription_id": "invoice-render-sub"},
    {"summary": "ackDeadlineSeconds changed from 10 to 60 on invoice-render-sub"},
    None, "Pub/Sub: ack deadline setting changed (look-alike)", PUBSUB)

add({"alertname": "Service Bus active messages", "severity": "2", "entity_name": "payments-in", "metric_name": "ActiveMessages"},
    {"summary": "ActiveMessages on sb-prod/payments-in averaged 25 118 over 15 minutes (threshold 1 000)"},
    "queue_backlog", "Service Bus: ActiveMessages above a threshold", SERVICEBUS)
add({"alertname": "Service Bus dead-lettered messages", "severity": "1", "entity_name": "payments-in", "metric_name": "DeadletteredMessages"},
    {"summary": "DeadletteredMessages on sb-prod/payments-in is 37 (threshold 0)"},
    None, "Service Bus: dead-lettered messages (failures; look-alike, POLICY 11)", SERVICEBUS)
add({"alertname": "Service Bus scheduled messages", "severity": "3", "entity_name": "reminders", "metric_name": "ScheduledMessages"},
    {"summary": "ScheduledMessages on sb-prod/reminders is 88 400"},
    None, "Service Bus: scheduled messages (future work; look-alike)", SERVICEBUS)
add({"alertname": "ServiceBusUzenetek", "severity": "warning", "entity": "szamlak", "counter": "ActiveMessageCount"},
    {"summary": "ActiveMessageCount: 31 552 üzenet aktív állapotú és kézbesítésre kész a szamlak üzenetsorban (küszöb: 2 000)"},
    "queue_backlog", "Service Bus: active message count (Hungarian)", SERVICEBUS_HU)
add({"alertname": "ServiceBusUzenetek", "severity": "warning", "entity": "szamlak", "counter": "DeadLetterMessageCount"},
    {"summary": "DeadLetterMessageCount: 214 kézbesítetlen üzenet a szamlak üzenetsorban"},
    None, "Service Bus: dead-letter count (Hungarian; look-alike, POLICY 11)", SERVICEBUS_HU)

# --- more look-alikes: non-causes quoted by symptom alerts, empty queues, idle recycling ----------
add(*ratio_alert("erp-sync", "System.InvalidOperationException: The connection pool has been shut down."),
    "high_error_rate", "SqlClient: pool shut down quoted by a 5xx ratio alert (not a cause; the symptom stands)", SQLCLIENT, "")
add(*ratio_alert("ml-scoring", "RecursionError: maximum recursion depth exceeded in comparison"),
    "high_error_rate", "Python: RecursionError quoted by a 5xx ratio alert (not a cause)", PYTHON)
add(*ratio_alert("bookings-api", "Error: Unable to acquire a connection"),
    "high_error_rate", "Knex: no pool initialised (destroyed client) quoted by a 5xx ratio alert (not a full pool)", KNEX)
add(*log_alert("pricing-engine", "java.sql.SQLException: Pool p1, interrupted while getting SQL connection, waited for 12.118 ms."),
    None, "Vibur DBCP: the waiting thread was interrupted (not a full pool; look-alike)", VIBUR)
add(*log_alert("claims-service", "INFO com.mchange.v2.c3p0.impl.AbstractPoolBackedDataSource: Initializing c3p0 pool... com.mchange.v2.c3p0.ComboPooledDataSource [ acquireIncrement -> 3, maxPoolSize -> 15, minPoolSize -> 3 ]"),
    None, "c3p0: pool initialised with its settings (look-alike)", C3P0_INIT)
add(*log_alert("superset", "DEBUG sqlalchemy.pool.impl.QueuePool: Connection <psycopg2.extensions.connection object at 0x7f3a> exceeded timeout; recycling"),
    None, "SQLAlchemy: an old connection recycled (look-alike)", SQLA_BASE)
add(*loki_alert("containerd", 'level=info msg="TaskExit event container_id:\\"9f3c1a7be2\\" pid:41822 exit_status:0"', "node-exporter-host-14"),
    None, "containerd CRI: TaskExit with status 0 (look-alike)", CONTAINERD)
for lang, text in [("", "The queue is empty."), ("de", "Die Warteschlange ist leer."), ("fr", "La file d'attente est vide.")]:
    add({"alertname": "HangfireDashboardCheck", "severity": "info", "instance": "hangfire-0", "queue": "default"},
        {"summary": f"default: {text}"}, None,
        f"Hangfire dashboard: the queue is empty (look-alike, {lang or 'en'})", HANGFIRE, "." + lang if lang else "")
add({"alertname": "ResqueQueueCheck", "severity": "info", "service": "legacy-rails", "queue": "mailer"},
    {"summary": "resque-web: There are no pending jobs in this queue"},
    None, "Resque: no pending jobs (look-alike)", RESQUE)
add(*latency_alert("nats-bridge", "Slow Consumer Recovered: Flush took 0.097s with 2 chunks of 8192 total bytes."),
    "high_latency", "NATS: slow consumer recovered, quoted by a latency alert (not a backlog now; the symptom stands)", NATS)
add(*log_alert("api-gateway", "maxDirectMemory: 1073741824 bytes (maybe)"),
    None, "Netty: direct memory limit guessed at start-up (look-alike)", NETTY)

FAMILY.write()
