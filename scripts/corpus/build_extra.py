#!/usr/bin/env python3
"""Builds tests/fixtures/corpus-public/families.jsonl: the families the rule sets do not cover.

Each family from issue #17 gets items: driver and library error lines quoted inside symptom
alerts (the error text is the library's own message; `provenance` names the file that emits
it), non-English error text (the projects' translation files), label-only evidence, short
payloads, SLO alerts, backlogs without queue words, restart/readiness wording, camel-case
alertnames, look-alikes that must stay unclassified, and Kubernetes alerts without a `service`
label for service attribution. Labels follow tests/fixtures/corpus/POLICY.md. Every library or
family is its own `project`, so the corpus split keeps whole families out of tuning.

Usage: scripts/corpus/build_extra.py   (writes tests/fixtures/corpus-public/families.jsonl)
"""
import hashlib
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "corpus-public", "families.jsonl")

# (project, repo, path, expected, error line)
ERRORS = [
    ("npgsql", "npgsql/npgsql", "src/Npgsql/PoolingDataSource.cs", "connection_pool_exhaustion",
     "Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds) in your connection string."),
    ("tomcat-jdbc", "apache/tomcat", "modules/jdbc-pool/src/main/java/org/apache/tomcat/jdbc/pool/ConnectionPool.java", "connection_pool_exhaustion",
     "org.apache.tomcat.jdbc.pool.PoolExhaustedException: [http-nio-8080-exec-12] Timeout: Pool empty. Unable to fetch a connection in 30 seconds, none available[size:100; busy:100; idle:0; lastwait:30000]."),
    ("sqlclient", "dotnet/SqlClient", "src/Microsoft.Data.SqlClient/src/Resources/Strings.resx", "connection_pool_exhaustion",
     "System.InvalidOperationException: Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached."),
    ("mongo-node-driver", "mongodb/node-mongodb-native", "src/cmap/errors.ts", "connection_pool_exhaustion",
     "MongoWaitQueueTimeoutError: Timed out while checking out a connection from connection pool"),
    ("mongo-go-driver", "mongodb/mongo-go-driver", "x/mongo/driver/topology/pool.go", "connection_pool_exhaustion",
     "timed out while checking out a connection from connection pool: context deadline exceeded; maxPoolSize: 100, connections in use by cursors: 0, connections in use by transactions: 0, connections in use by other operations: 100"),
    ("commons-pool", "apache/commons-pool", "src/main/java/org/apache/commons/pool2/impl/GenericObjectPool.java", "connection_pool_exhaustion",
     "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.sql.SQLException: Cannot get a connection, pool error Timeout waiting for idle object, borrowMaxWaitDuration=PT30S"),
    ("jedis", "redis/jedis", "src/main/java/redis/clients/jedis/util/Pool.java", "connection_pool_exhaustion",
     "redis.clients.jedis.exceptions.JedisExhaustedPoolException: Could not get a resource since the pool is exhausted"),
    ("knex", "knex/knex", "lib/client.js", "connection_pool_exhaustion",
     "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"),
    ("activerecord", "rails/rails", "activerecord/lib/active_record/connection_adapters/abstract/connection_pool/queue.rb", "connection_pool_exhaustion",
     "ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.004 seconds); all pooled connections were in use"),
    ("oracle", "oracle/docs", "database/error-messages/ORA-00018", "connection_pool_exhaustion",
     "java.sql.SQLException: ORA-00018: maximum number of sessions exceeded"),
    ("go-tls", "golang/go", "src/crypto/tls/alert.go", "certificate_expiry",
     "Post \"https://payments.internal:8443/v1/charge\": remote error: tls: expired certificate"),
    ("boringssl", "google/boringssl", "ssl/ssl_lib.cc", "certificate_expiry",
     "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: TLS error: 268436501:SSL routines:OPENSSL_internal:SSLV3_ALERT_CERTIFICATE_EXPIRED"),
    ("nginx-ssl", "nginx/nginx", "src/event/ngx_event_openssl.c", "certificate_expiry",
     "SSL_do_handshake() failed (SSL: error:0A000415:SSL routines::sslv3 alert certificate expired:SSL alert number 45) while SSL handshaking to upstream"),
    ("dotnet-tls", "dotnet/runtime", "src/libraries/System.Net.Security/src/Resources/Strings.resx", "certificate_expiry",
     "System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: NotTimeValid"),
    ("openjdk-pkix", "openjdk/jdk", "src/java.base/share/classes/sun/security/provider/certpath/BasicChecker.java", "certificate_expiry",
     "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed"),
    ("dotnet-dns", "dotnet/runtime", "src/libraries/System.Net.Primitives/src/Resources/Strings.resx", "dns_failure",
     "System.Net.Http.HttpRequestException: No such host is known. (inventory.internal:443)"),
    ("netty-dns", "netty/netty", "resolver-dns/src/main/java/io/netty/resolver/dns/DnsResolveContext.java", "dns_failure",
     "io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Failed to resolve 'inventory.internal' [A(1)] after 2 queries"),
    ("mysql-client", "mysql/mysql-server", "libmysql/errmsg.cc", "dns_failure",
     "ERROR 2005 (HY000): Unknown MySQL server host 'db-primary.internal' (-2)"),
    ("libpq", "postgres/postgres", "src/interfaces/libpq/fe-connect.c", "dns_failure",
     "psycopg2.OperationalError: could not translate host name \"db-primary.internal\" to address: Temporary failure in name resolution"),
    ("nginx-resolver", "nginx/nginx", "src/http/ngx_http_upstream.c", "dns_failure",
     "no resolver defined to resolve inventory.internal, client: 10.0.3.4, server: shop.example.com"),
    ("grpc-go-resolver", "grpc/grpc-go", "resolver_wrapper.go", "dns_failure",
     "rpc error: code = Unavailable desc = name resolver error: produced zero addresses"),
    ("kafka-disk", "apache/kafka", "storage/src/main/java/org/apache/kafka/storage/internals/log/LogSegment.java", "disk_full",
     "ERROR Error while appending records to orders-3 in dir /var/lib/kafka/data (kafka.server.LogDirFailureChannel) java.io.IOException: No space left on device"),
    ("windows-disk", "MicrosoftDocs/win32", "desktop-src/Debug/system-error-codes--0-499-.md", "disk_full",
     "System.IO.IOException: There is not enough space on the disk. : 'D:\\logs\\app.log'"),
    ("ceph-full", "ceph/ceph", "src/mon/OSDMonitor.cc", "disk_full",
     "HEALTH_ERR 1 full osd(s); 3 pool(s) full; OSD_FULL: 1 full osd(s) osd.7 is full"),
    ("mongodb-wt", "mongodb/mongo", "src/third_party/wiredtiger/src/os_posix/os_fs.c", "disk_full",
     "WiredTiger error: __posix_file_write, 617: /data/db/journal/WiredTigerLog.0000000042: handle-write: pwrite: failed to write 128 bytes at offset 4096: No space left on device"),
    ("dotnet-oom", "dotnet/runtime", "src/libraries/System.Private.CoreLib/src/System/OutOfMemoryException.cs", "out_of_memory",
     "Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown."),
    ("php-memory", "php/php-src", "Zend/zend_alloc.c", "out_of_memory",
     "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/app/vendor/laravel/framework/src/Illuminate/Support/Collection.php on line 1622"),
    ("ruby-memory", "ruby/ruby", "gc.c", "out_of_memory",
     "failed to allocate memory (NoMemoryError)"),
    ("mysql-oom", "mysql/mysql-server", "share/messages_to_clients.txt", "out_of_memory",
     "ERROR 1041 (HY000): Out of memory; check if mysqld or some other process uses all available memory; if not, you may have to use 'ulimit' to allow mysqld to use more memory or you can add more swap space"),
    ("openjdk-thread", "openjdk/jdk", "src/hotspot/share/prims/jvm.cpp", "out_of_memory",
     "Exception in thread \"pool-3-thread-1\" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached"),
    ("systemd-restart", "systemd/systemd", "src/core/service.c", "crash_loop",
     "worker.service: Scheduled restart job, restart counter is at 5. worker.service: Start request repeated too quickly. worker.service: Failed with result 'start-limit-hit'."),
    ("supervisord", "Supervisor/supervisor", "supervisor/process.py", "crash_loop",
     "INFO gave up: celery-worker entered FATAL state, too many start retries too quickly"),
    ("docker-restart", "moby/moby", "daemon/container_operations.go", "crash_loop",
     "Error response from daemon: Container 3f2a is restarting, wait until the container is running"),
    ("kubelet-notready", "kubernetes/kubernetes", "pkg/controller/nodelifecycle/node_lifecycle_controller.go", "node_down",
     "Node ip-10-0-1-17.ec2.internal status is now: NodeNotReady. Kubelet stopped posting node status."),
    ("stripe", "stripe/stripe-node", "src/Error.ts", "rate_limited",
     "StripeRateLimitError: Too many requests hit the API too quickly. We recommend an exponential backoff of your requests."),
    ("slack-api", "slackapi/python-slack-sdk", "slack_sdk/http_retry/builtin_handlers.py", "rate_limited",
     "slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage) The server responded with: {'ok': False, 'error': 'ratelimited'}"),
    ("cloudflare-524", "cloudflare/cloudflare-docs", "src/content/docs/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524.mdx", "upstream_timeout",
     "Error 524: A timeout occurred. The origin web server timed out responding to this request."),
    ("java-httpclient", "openjdk/jdk", "src/java.net.http/share/classes/java/net/http/HttpTimeoutException.java", "upstream_timeout",
     "java.net.http.HttpTimeoutException: request timed out"),
    ("pg-replica", "postgres/postgres", "src/backend/replication/walreceiver.c", "replication_lag",
     "standby pg-replica-2 is 412 seconds behind the primary (replay_lsn 3/9A0021F8)"),
]

# Non-English error text: (project, repo, path, expected, text)
TRANSLATED = [
    ("glibc-po-de", "bminor/glibc", "po/de.po", "disk_full", "Schreiben nach /var/lib/postgresql/data fehlgeschlagen: Auf dem Gerät ist kein Speicherplatz mehr verfügbar"),
    ("glibc-po-fr", "bminor/glibc", "po/fr.po", "disk_full", "écriture impossible dans /var/log/app.log : Aucun espace disponible sur le périphérique"),
    ("glibc-po-ja", "bminor/glibc", "po/ja.po", "disk_full", "/var/lib/mysql/ibdata1 に書き込めません: デバイスに空き領域がありません"),
    ("glibc-po-de", "bminor/glibc", "po/de.po", "fd_exhaustion", "accept() fehlgeschlagen: Zu viele offene Dateien"),
    ("glibc-po-fr", "bminor/glibc", "po/fr.po", "fd_exhaustion", "socket : Trop de fichiers ouverts"),
    ("glibc-po-ja", "bminor/glibc", "po/ja.po", "fd_exhaustion", "accept: 開いているファイルが多すぎます"),
    ("glibc-po-de", "bminor/glibc", "po/de.po", "out_of_memory", "fork fehlgeschlagen: Nicht genügend Hauptspeicher verfügbar"),
    ("glibc-po-fr", "bminor/glibc", "po/fr.po", "out_of_memory", "fork : Impossible d'allouer de la mémoire"),
    ("glibc-po-ja", "bminor/glibc", "po/ja.po", "out_of_memory", "fork: メモリを確保できません"),
    ("glibc-po-de", "bminor/glibc", "po/de.po", "dns_failure", "getaddrinfo(api.example.com): Der Name oder der Dienst ist nicht bekannt"),
    ("glibc-po-fr", "bminor/glibc", "po/fr.po", "dns_failure", "getaddrinfo(api.example.com) : Échec temporaire dans la résolution du nom"),
    ("glibc-po-ja", "bminor/glibc", "po/ja.po", "dns_failure", "getaddrinfo(api.example.com): 名前またはサービスが不明です"),
    ("glibc-po-de", "bminor/glibc", "po/de.po", "upstream_timeout", "connect() zu 10.0.3.4:8080 fehlgeschlagen: Die Wartezeit für die Verbindung ist abgelaufen"),
    ("glibc-po-fr", "bminor/glibc", "po/fr.po", "upstream_timeout", "connect() vers 10.0.3.4:8080 : Connexion terminée par expiration du délai d'attente"),
    ("postgres-po-de", "postgres/postgres", "src/backend/po/de.po", "connection_pool_exhaustion", "FATAL:  tut mir leid, schon zu viele Verbindungen"),
    ("postgres-po-fr", "postgres/postgres", "src/backend/po/fr.po", "connection_pool_exhaustion", "FATAL:  désolé, trop de clients sont déjà connectés"),
    ("postgres-po-ja", "postgres/postgres", "src/backend/po/ja.po", "connection_pool_exhaustion", "FATAL:  申し訳ありません、すでにクライアントが多すぎます"),
    ("postgres-po-de", "postgres/postgres", "src/backend/po/de.po", "deadlock", "FEHLER:  Verklemmung (Deadlock) entdeckt"),
    ("postgres-po-fr", "postgres/postgres", "src/backend/po/fr.po", "deadlock", "ERREUR:  blocage mortel détecté"),
    ("postgres-po-ja", "postgres/postgres", "src/backend/po/ja.po", "deadlock", "ERROR:  デッドロックを検出しました"),
    ("postgres-po-de", "postgres/postgres", "src/backend/po/de.po", "out_of_memory", "FEHLER:  Speicher aufgebraucht"),
    ("postgres-po-fr", "postgres/postgres", "src/backend/po/fr.po", "out_of_memory", "ERREUR:  mémoire épuisée"),
    ("postgres-po-ja", "postgres/postgres", "src/backend/po/ja.po", "out_of_memory", "ERROR:  メモリ不足です"),
    ("kubernetes-i18n-de", "kubernetes/kubernetes", "staging/src/k8s.io/kubectl/pkg/util/i18n/translations/kubectl/de_DE/LC_MESSAGES/k8s.po", "crash_loop", "Zurückstellung: Neustart des fehlgeschlagenen Containers (CrashLoopBackOff)"),
    ("http-status-ja", "mdn/translated-content", "files/ja/web/http/status/429/index.md", "rate_limited", "HTTP 429 リクエストが多すぎます (Too Many Requests)"),
    ("http-status-de", "mdn/translated-content", "files/de/web/http/status/429/index.md", "rate_limited", "Fehler 429: Zu viele Anfragen, bitte später erneut versuchen"),
    ("http-status-fr", "mdn/translated-content", "files/fr/web/http/status/504/index.md", "upstream_timeout", "Erreur 504 : délai d'attente de la passerelle dépassé"),
]

# Symptom alerts an error line is quoted in: (alertname, labels, annotation key, summary)
WRAPPERS = [
    ("HighErrorRate", {"severity": "critical"}, "description", "{svc} error rate above 5%"),
    ("HighRequestLatency", {"severity": "warning"}, "description", "p99 latency of {svc} above 2s"),
    ("KubePodCrashLooping", {"severity": "warning", "job": "kube-state-metrics"}, "message", "Pod is crash looping."),
    ("Http5xxRateHigh", {"severity": "critical"}, "log", "{svc} returns 5xx"),
    ("ServiceUnhealthy", {"severity": "critical"}, "error", "{svc} health check failing"),
    ("LogErrorSpike", {"severity": "warning", "source": "loki"}, "sample", "error log lines for {svc}"),
]
SERVICES = ["checkout", "payments-api", "orders", "catalog", "billing", "inventory", "search-api", "notifier"]


def pick(seq, key):
    return seq[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(seq)]


def it(labels, annotations, expected, project, repo, path, source, commit=None, service=None):
    d = {"labels": labels, "annotations": annotations, "expected": expected, "source": source,
         "project": project, "provenance": {"repo": repo, "path": path, "commit": commit}}
    if service:
        d["expected_service"] = service
    return d


def errors():
    out = []
    for project, repo, path, expected, line in ERRORS + TRANSLATED:
        for n in range(2):
            key = f"{project}{line}{n}"
            alertname, extra, ann, summary = pick(WRAPPERS, key)
            svc = pick(SERVICES, key + "s")
            labels = {"alertname": alertname, "service": svc, **extra}
            out.append(it(labels, {"summary": summary.format(svc=svc), ann: line}, expected, project, repo, path,
                          f"{repo} {path}: message quoted in a {alertname} alert"))
    return out


def rows(project, source, rows_):
    """Hand-written items of one family: (labels, annotations, expected[, expected_service])."""
    out = []
    for r in rows_:
        labels, annotations, expected = r[0], r[1], r[2]
        out.append(it(labels, annotations, expected, project, "recurrence-exporter/issue-17", "families", source,
                      service=r[3] if len(r) > 3 else None))
    return out


def families():
    out = []
    out += rows("label-only", "issue #17 family: evidence only in labels", [
        ({"alertname": "HTTPErrors", "service": "checkout", "code": "504"}, {"summary": "checkout errors"}, "upstream_timeout"),
        ({"alertname": "IngressErrors", "ingress": "shop", "status": "504"}, {}, "upstream_timeout"),
        ({"alertname": "HTTPErrors", "service": "search-api", "code": "429"}, {"summary": "search-api errors"}, "rate_limited"),
        ({"alertname": "ApiFailures", "service": "orders", "error_message": "pq: sorry, too many clients already"}, {}, "connection_pool_exhaustion"),
        ({"alertname": "JobFailed", "service": "exporter", "error.message": "write /data/export.csv: no space left on device"}, {}, "disk_full"),
        ({"alertname": "RequestsFailing", "service": "billing", "error_message": "dial tcp: lookup ledger.internal on 10.96.0.10:53: no such host"}, {}, "dns_failure"),
        ({"alertname": "ResourceSaturation", "host": "db-2", "component": "disk_space"}, {"summary": "saturation 96%"}, "disk_full"),
        ({"alertname": "ResourceSaturation", "host": "db-2", "component": "memory"}, {"summary": "saturation 97%"}, "out_of_memory"),
        ({"alertname": "ResourceSaturation", "host": "web-1", "component": "file_descriptors"}, {"summary": "saturation 91%"}, "fd_exhaustion"),
        ({"alertname": "ResourceSaturation", "host": "pg-1", "component": "connections"}, {"summary": "saturation 95%"}, "connection_pool_exhaustion"),
        ({"alertname": "ResourceSaturation", "host": "web-1", "component": "cpu"}, {"summary": "saturation 99%"}, None),
        ({"alertname": "ThresholdExceeded", "resource": "disk", "host": "nas-1"}, {"summary": "used 97%"}, "disk_full"),
        ({"alertname": "ThresholdExceeded", "resource": "heap", "app": "search"}, {"summary": "used 95%"}, "out_of_memory"),
        ({"alertname": "HTTPErrors", "service": "checkout", "code": "500"}, {"summary": "checkout errors above 5%"}, "high_error_rate"),
        ({"alertname": "EnvoyResponseFlags", "envoy_cluster_name": "payments", "response_flags": "UT"}, {}, "upstream_timeout"),
    ])
    out += rows("short-payloads", "issue #17 family: short payloads (Grafana-style)", [
        ({"alertname": "disk usage high", "instance": "nas-1"}, {"summary": "93%"}, "disk_full"),
        ({"alertname": "memory usage", "instance": "app-3"}, {"summary": "96.2"}, "out_of_memory"),
        ({"alertname": "kafka lag", "topic": "orders"}, {"summary": "120034"}, "queue_backlog"),
        ({"alertname": "pg connections", "instance": "pg-1"}, {"summary": "497"}, "connection_pool_exhaustion"),
        ({"alertname": "api p99", "service": "checkout"}, {"summary": "2.4s"}, "high_latency"),
        ({"alertname": "5xx ratio", "service": "checkout"}, {"summary": "0.07"}, "high_error_rate"),
        ({"alertname": "cert expiry days", "instance": "shop.example.com"}, {"summary": "6"}, "certificate_expiry"),
        ({"alertname": "host down", "instance": "web-4"}, {}, "node_down"),
        ({"alertname": "open files", "instance": "web-4"}, {"summary": "64231"}, "fd_exhaustion"),
        ({"alertname": "replica delay", "instance": "mysql-2"}, {"summary": "381s"}, "replication_lag"),
        ({"alertname": "cpu usage", "instance": "web-4"}, {"summary": "99%"}, None),
        ({"alertname": "RedisMemoryAlmostFull"}, {}, "out_of_memory"),
        ({"alertname": "ElasticsearchHeapTooHigh"}, {}, "out_of_memory"),
        ({"alertname": "VolumeNearlyFull"}, {}, "disk_full"),
        ({"alertname": "DiskFreeBelow5Percent"}, {}, "disk_full"),
    ])
    out += rows("camelcase-names", "issue #17 family: camel-case alertnames", [
        ({"alertname": "KafkaLagIsTooHigh", "consumergroup": "invoicer"}, {}, "queue_backlog"),
        ({"alertname": "PGBouncerHighSaturationCritical", "instance": "pgbouncer-1"}, {}, "connection_pool_exhaustion"),
        ({"alertname": "MongoConnectionsNearlyExhausted"}, {}, "connection_pool_exhaustion"),
        ({"alertname": "SqsOldestMessageAgeHigh", "queue_name": "emails"}, {}, "queue_backlog"),
        ({"alertname": "CeleryPendingTasksHigh"}, {}, "queue_backlog"),
        ({"alertname": "JvmHeapUsageCritical", "app": "search"}, {}, "out_of_memory"),
        ({"alertname": "NodeRootFsAlmostFull", "instance": "10.0.1.17:9100"}, {}, "disk_full"),
        ({"alertname": "TlsCertExpiresSoon", "instance": "api.example.com:443"}, {}, "certificate_expiry"),
        ({"alertname": "MysqlReplicaSecondsBehindSourceHigh"}, {}, "replication_lag"),
        ({"alertname": "ApiP99LatencyBreached", "service": "checkout"}, {}, "high_latency"),
        ({"alertname": "CheckoutHttp5xxRatioHigh"}, {}, "high_error_rate"),
        ({"alertname": "GithubApiRateLimitNearlyExhausted"}, {}, "rate_limited"),
        ({"alertname": "ProcessOpenFdsNearLimit", "job": "api"}, {}, "fd_exhaustion"),
        ({"alertname": "NginxUpstreamTimeoutsIncreasing"}, {}, "upstream_timeout"),
        ({"alertname": "ServiceRestartLoopDetected", "unit": "worker.service"}, {}, "crash_loop"),
        ({"alertname": "ExternalDnsResolutionFailing"}, {}, "dns_failure"),
        ({"alertname": "InnodbDeadlocksDetected"}, {}, "deadlock"),
        ({"alertname": "RabbitmqMessagesReadyHigh", "queue": "emails"}, {}, "queue_backlog"),
    ])
    out += rows("slo", "issue #17 family: SLO alerts (Sloth, Pyrra, Grafana SLO conventions)", [
        ({"alertname": "SLOViolation", "service": "checkout", "sli": "apdex"}, {"summary": "checkout apdex 0.71 below objective 0.85"}, "high_latency"),
        ({"alertname": "SLOViolation", "service": "checkout", "sli": "error_ratio"}, {"summary": "checkout SLO violated"}, "high_error_rate"),
        ({"alertname": "ErrorBudgetBurn", "slo": "api-latency", "service": "search-api"}, {"summary": "error budget burning fast"}, "high_latency"),
        ({"alertname": "ErrorBudgetBurn", "slo": "api-availability", "service": "search-api"}, {"summary": "error budget burning fast"}, "high_error_rate"),
        ({"alertname": "CheckoutRequestsAvailability", "sloth_slo": "requests-availability", "sloth_service": "checkout", "sloth_severity": "page"}, {"title": "High error rate on 'checkout' requests responses", "summary": "{{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is over expected."}, "high_error_rate"),
        ({"alertname": "CheckoutRequestsLatency", "sloth_slo": "requests-latency", "sloth_service": "checkout", "sloth_severity": "ticket"}, {"summary": "checkout requests-latency SLO error budget burn rate is over expected."}, "high_latency"),
        ({"alertname": "ApdexLow", "application": "storefront"}, {"description": "Apdex score 0.62 (target 0.9)"}, "high_latency"),
        ({"alertname": "SLIBreach", "service": "payments-api", "indicator": "latency_p95"}, {}, "high_latency"),
        ({"alertname": "SLIBreach", "service": "payments-api", "indicator": "success_rate"}, {}, "high_error_rate"),
    ])
    out += rows("backlog-wording", "issue #17 family: backlogs without queue words", [
        ({"alertname": "KafkaConsumerGroupStatus", "group": "invoicer", "status": "ERR"}, {"description": "Burrow reports consumer group invoicer status ERR: consumption is too far behind on topic orders"}, "queue_backlog"),
        ({"alertname": "JournalUtilizationHigh", "node": "graylog-1"}, {"description": "Graylog journal utilization is 93% with 1.2M uncommitted messages"}, "queue_backlog"),
        ({"alertname": "UncommittedMessages", "node": "graylog-2"}, {"summary": "4.3M uncommitted messages in the journal"}, "queue_backlog"),
        ({"alertname": "SidekiqJobsPending", "service": "billing"}, {"description": "12803 pending jobs, oldest waiting 41 minutes"}, "queue_backlog"),
        ({"alertname": "WorkerBehind", "service": "indexer"}, {"description": "indexer is too far behind in consumption: 3.5h of events not processed"}, "queue_backlog"),
        ({"alertname": "RabbitMQQueueGrowing", "queue": "emails"}, {"description": "queue is growing: 48211 messages ready, 0 consumers"}, "queue_backlog"),
        ({"alertname": "EventHubIncomingExceedsOutgoing", "namespace": "telemetry"}, {"description": "incoming messages exceed outgoing messages for 30 minutes"}, "queue_backlog"),
    ])
    out += rows("restart-readiness", "issue #17 family: restarts and node readiness wording", [
        ({"alertname": "NodeNotReady", "node": "ip-10-0-1-17.ec2.internal"}, {"message": "Node ip-10-0-1-17.ec2.internal status is now: NodeNotReady"}, "node_down"),
        ({"alertname": "KubeEvent", "reason": "NodeNotReady", "node": "gke-pool-1-a1b2"}, {"message": "Node is not ready"}, "node_down"),
        ({"alertname": "ProbeFailure", "instance": "https://shop.example.com", "job": "blackbox"}, {"summary": "probe failed"}, "node_down"),
        ({"alertname": "PingFailed", "host": "router-2"}, {"description": "Host router-2 (10.0.0.2) does not reply to ICMP echo requests"}, "node_down"),
        ({"alertname": "HostUnreachable", "host": "db-7"}, {"description": "db-7 does not reply to ICMP"}, "node_down"),
        ({"alertname": "SystemdUnitRestarting", "name": "worker.service", "instance": "app-2:9100"}, {"description": "worker.service restarted 14 times in 10 minutes (restart loop)"}, "crash_loop"),
        ({"alertname": "SupervisorProcessFatal", "process": "celery-worker"}, {"description": "celery-worker entered FATAL state, too many start retries too quickly"}, "crash_loop"),
        ({"alertname": "ContainerRestartsHigh", "namespace": "shop", "pod": "checkout-6b8f9d7c44-x9kqd", "container": "checkout"}, {"description": "Container checkout restarted 9 times in the last hour"}, "crash_loop", "checkout"),
        ({"alertname": "NodeUnschedulable", "node": "ip-10-0-1-20"}, {"description": "Node ip-10-0-1-20 is cordoned"}, None),
    ])
    out += rows("look-alikes", "issue #17 family: single-word false positives", [
        ({"alertname": "NodeSystemdServiceFailed", "name": "backup.service", "instance": "10.0.1.31:9100"}, {"summary": "Systemd service has entered failed state.", "description": "Systemd service backup.service has entered failed state at 10.0.1.31:9100"}, None),
        ({"alertname": "SystemdUnitFailed", "name": "certbot.service"}, {"description": "systemd unit certbot.service is in failed state"}, None),
        ({"alertname": "BGPSessionDown", "peer": "192.0.2.1", "instance": "edge-1"}, {"description": "BGP session to 192.0.2.1 is down (state Idle)"}, None),
        ({"alertname": "BgpPeerDown", "neighbor": "203.0.113.9"}, {"summary": "BGP peer 203.0.113.9 down"}, None),
        ({"alertname": "RateLimitMetricsUnavailable", "service": "gateway"}, {"description": "Redis is not available for rate limiting; requests are allowed without limits"}, None),
        ({"alertname": "CoreDNSLatencyHigh", "namespace": "kube-system", "job": "coredns"}, {"description": "CoreDNS has 99th percentile latency of 1.2 seconds for server dns://:53 zone ."}, "high_latency"),
        ({"alertname": "CertManagerAbsent", "job": "cert-manager"}, {"description": "New certificates will not be able to be minted, and existing ones can't be renewed until cert-manager is back."}, None),
        ({"alertname": "KubeStateMetricsAbsent"}, {"summary": "kube-state-metrics has disappeared from Prometheus target discovery."}, None),
        ({"alertname": "NodeExporterAbsent"}, {}, None),
        ({"alertname": "CPUThrottlingHigh", "namespace": "shop", "pod": "checkout-6b8f9d7c44-x9kqd", "container": "checkout"}, {"description": "43% throttling of CPU in namespace shop for container checkout in pod checkout-6b8f9d7c44-x9kqd."}, None),
        ({"alertname": "DomainExpiring", "domain": "example.com"}, {"description": "Domain example.com will expire in 12 days"}, None),
        ({"alertname": "LicenseExpiring", "product": "elastic"}, {"description": "Elastic license expires in 5 days"}, None),
        ({"alertname": "PostgresqlTooManyDeadTuples"}, {"description": "PostgreSQL dead tuples is too large"}, None),
        ({"alertname": "HostUnusualDiskReadLatency", "instance": "db-2:9100"}, {"description": "Disk latency is growing (read operations > 100ms)"}, None),
        ({"alertname": "DiskBacklogHigh", "device": "sda"}, {"description": "Average backlog size of the sda disk over the last 10 minutes is 5100ms"}, None),
        ({"alertname": "EdacUncorrectableErrorsDetected", "instance": "db-2:9100"}, {"description": "memory controller reports uncorrectable ECC errors"}, None),
        ({"alertname": "RedisReplicationBroken"}, {"description": "Redis instance lost a slave"}, None),
        ({"alertname": "WatchdogDeadMansSwitch"}, {"description": "This is an alert meant to ensure that the entire alerting pipeline is functional."}, None),
        ({"alertname": "VPNTunnelDown", "tunnel": "office"}, {"description": "IPsec tunnel to office is down"}, None),
        ({"alertname": "PostgresqlNotEnoughConnections"}, {"description": "PostgreSQL instance should have more connections (> 5)"}, None),
    ])
    out += rows("k8s-workloads", "issue #17 item 4: Kubernetes alerts without a service label", [
        ({"alertname": "KubePodCrashLooping", "job": "kube-state-metrics", "namespace": "shop", "pod": "checkout-6b8f9d7c44-x9kqd", "container": "checkout", "service": "kube-prometheus-stack-kube-state-metrics"}, {"description": "Pod shop/checkout-6b8f9d7c44-x9kqd (checkout) is in waiting state (reason: \"CrashLoopBackOff\")."}, "crash_loop", "checkout"),
        ({"alertname": "KubePodNotReady", "job": "kube-state-metrics", "namespace": "data", "pod": "kafka-2"}, {"description": "Pod data/kafka-2 has been in a non-ready state for longer than 15 minutes."}, "node_down", "kafka"),
        ({"alertname": "KubeDeploymentReplicasMismatch", "job": "kube-state-metrics", "namespace": "shop", "deployment": "cart"}, {"description": "Deployment shop/cart has not matched the expected number of replicas for longer than 15 minutes."}, None, "cart"),
        ({"alertname": "KubeStatefulSetReplicasMismatch", "job": "kube-state-metrics", "namespace": "data", "statefulset": "postgres"}, {}, None, "postgres"),
        ({"alertname": "KubeDaemonSetRolloutStuck", "job": "kube-state-metrics", "namespace": "logging", "daemonset": "fluent-bit"}, {}, None, "fluent-bit"),
        ({"alertname": "KubeJobFailed", "job": "kube-state-metrics", "namespace": "batch", "job_name": "nightly-report-28911520"}, {"description": "Job batch/nightly-report-28911520 failed to complete."}, None, "nightly-report"),
        ({"alertname": "KubernetesContainerOomKiller", "job": "kube-state-metrics", "namespace": "ml", "pod": "trainer-7d4f8b9c6d-5kq2x", "container": "trainer"}, {"description": "Container trainer in pod ml/trainer-7d4f8b9c6d-5kq2x has been OOMKilled 3 times in the last 10 minutes."}, "out_of_memory", "trainer"),
        ({"alertname": "ContainerHighMemoryUsage", "job": "cadvisor", "namespace": "search", "pod": "elasticsearch-data-1"}, {"description": "Container Memory usage is above 80%"}, "out_of_memory", "elasticsearch-data"),
        ({"alertname": "KubePersistentVolumeFillingUp", "job": "kubelet", "namespace": "data", "persistentvolumeclaim": "data-postgres-0", "service": "kube-prometheus-stack-kubelet"}, {"description": "The PersistentVolume claimed by data-postgres-0 in Namespace data is only 3% free."}, "disk_full"),
        ({"alertname": "KafkaConsumerGroupLag", "job": "kafka-exporter", "namespace": "data", "consumergroup": "invoicer", "deployment": "invoicer"}, {"description": "consumer group invoicer lag is 120034"}, "queue_backlog", "invoicer"),
        ({"alertname": "KubeContainerWaiting", "job": "kube-state-metrics", "namespace": "payments", "pod": "ledger-0", "container": "ledger", "reason": "CrashLoopBackOff"}, {}, "crash_loop", "ledger"),
        ({"alertname": "KubeHpaMaxedOut", "job": "kube-state-metrics", "namespace": "shop", "horizontalpodautoscaler": "checkout"}, {}, None, "checkout"),
    ])
    return out


def main():
    items = errors() + families()
    with open(OUT, "w") as f:
        for i in items:
            f.write(json.dumps(i, ensure_ascii=False) + "\n")
    print(len(items))


if __name__ == "__main__":
    main()
