"""errors2.jsonl: error lines of libraries, drivers, kernels and servers that earlier corpora do
not quote, Kubernetes events as an event exporter forwards them, and MariaDB's translated
server errors. Each message is quoted in the alerts that would carry it (log-based alerts of
several vendors, event-exporter alerts, symptom alerts with an error field). The label is the
cause the message names (POLICY rule 1); look-alikes stay null."""
from c3common import item, pick, num

from c3common import D, M, C, N, L, E, Q, R, RL, RP, CE, FD, DNS, DL, T  # noqa: F401

# project, repo, path, commit, message, label
ERRORS = [
    ("hikaricp", "brettwooldridge/HikariCP", "src/main/java/com/zaxxer/hikari/pool/HikariPool.java", "8f3abb9e8420e9291f32727c54adf9877ea13f2f",
     "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30004ms (total=20, active=20, idle=0, waiting=41)", RP),
    ("psycopg-pool", "psycopg/psycopg", "psycopg_pool/psycopg_pool/pool.py", "ba2548893ebf451113087801a639b8202946af91",
     "psycopg_pool.PoolTimeout: couldn't get a connection after 30.00 sec", RP),
    ("sqlalchemy", "sqlalchemy/sqlalchemy", "lib/sqlalchemy/pool/impl.py", "573d004e5f210a199d8b25335c71f973fee21a4b",
     "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)", RP),
    ("redis-py", "redis/redis-py", "redis/connection.py", "65a4db7a9807ee99f050db8ea87805bd03dfa199",
     "redis.exceptions.ConnectionError: Too many connections", RP),
    ("redis-py", "redis/redis-py", "redis/connection.py", "65a4db7a9807ee99f050db8ea87805bd03dfa199",
     "redis.exceptions.ConnectionError: No connection available.", RP),
    ("stackexchange-redis", "StackExchange/StackExchange.Redis", "src/StackExchange.Redis/ExceptionFactory.cs", "6d792d0ce46121561b27ae23161fc6b9dfb4811e",
     "StackExchange.Redis.RedisTimeoutException: Timeout performing GET (5000ms), next: GET cart:8812, inst: 0, qu: 0, qs: 31, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, serverEndpoint: redis-cart:6379, mc: 1/1/0, mgr: 10 of 10 available, clientName: checkout-7d9f(SE.Redis-v2.6.122), IOCP: (Busy=0,Free=1000,Min=4,Max=1000), WORKER: (Busy=38,Free=32729,Min=4,Max=32767), v: 2.6.122.38350", T),
    ("lettuce", "redis/lettuce", "src/main/java/io/lettuce/core/internal/ExceptionFactory.java", "52dcea8ff959d0fd28db8be1edc0b8159aa03a64",
     "io.lettuce.core.RedisCommandTimeoutException: Command timed out after 1 minute(s)", T),
    ("botocore", "boto/botocore", "botocore/exceptions.py", "7661c836084bb9be4f4d53249da6867426eb24a8",
     "botocore.exceptions.ClientError: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: 9): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.", R),
    ("botocore", "boto/botocore", "botocore/exceptions.py", "7661c836084bb9be4f4d53249da6867426eb24a8",
     "botocore.exceptions.ClientError: An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.", R),
    ("botocore", "boto/botocore", "botocore/exceptions.py", "7661c836084bb9be4f4d53249da6867426eb24a8",
     "botocore.exceptions.ClientError: An error occurred (RequestLimitExceeded) when calling the DescribeInstances operation (reached max retries: 4): Request limit exceeded.", R),
    ("grpc-go-status", "grpc/grpc-go", "internal/status/status.go", "4eb418e5b2e10614c9638bc7748fb524636e5c4a",
     "rpc error: code = DeadlineExceeded desc = context deadline exceeded", T),
    ("grpc-go-status", "grpc/grpc-go", "internal/status/status.go", "4eb418e5b2e10614c9638bc7748fb524636e5c4a",
     "rpc error: code = ResourceExhausted desc = grpc: received message larger than max (5242880 vs. 4194304)", None),
    ("envoy-router", "envoyproxy/envoy", "source/common/router/router.cc", "39afb121ca798062e4525e536a2f429190b84c29",
     "upstream connect error or disconnect/reset before headers. reset reason: overflow", RP),
    ("envoy-router", "envoyproxy/envoy", "source/common/router/router.cc", "39afb121ca798062e4525e536a2f429190b84c29",
     "upstream connect error or disconnect/reset before headers. reset reason: connection timeout", T),
    ("go-net", "golang/go", "src/net/dnsclient_unix.go", "44a0f15bd58d096559bddf370b84e9e979c32747",
     "dial tcp: lookup orders-db.prod.svc.cluster.local on 10.96.0.10:53: server misbehaving", DNS),
    ("go-net", "golang/go", "src/net/dnsclient_unix.go", "44a0f15bd58d096559bddf370b84e9e979c32747",
     "read tcp 10.244.3.17:43512->10.244.1.9:5432: i/o timeout", T),
    ("openssl-verify", "openssl/openssl", "crypto/x509/x509_txt.c", "bc501570109e7837e1de1689de1eec9420e4cf89",
     "SSL_connect failed: error:0A000086:SSL routines::certificate verify failed (verify error:num=10:certificate has expired)", CE),
    ("openssl-verify", "openssl/openssl", "crypto/x509/x509_txt.c", "bc501570109e7837e1de1689de1eec9420e4cf89",
     "SSL_connect failed: error:0A000086:SSL routines::certificate verify failed (verify error:num=20:unable to get local issuer certificate)", None),
    ("openssl-verify", "openssl/openssl", "crypto/x509/x509_txt.c", "bc501570109e7837e1de1689de1eec9420e4cf89",
     "SSL_connect failed: error:0A000086:SSL routines::certificate verify failed (verify error:num=9:certificate is not yet valid)", None),
    ("libuv", "libuv/libuv", "include/uv.h", "fe3fbd63e5dfe26c473cdd422ad216a14ae2d7e4",
     "Error: EMFILE: too many open files, open '/srv/app/public/assets/app.3f9c1.js'", FD),
    ("libuv", "libuv/libuv", "include/uv.h", "fe3fbd63e5dfe26c473cdd422ad216a14ae2d7e4",
     "Error: ENOSPC: no space left on device, write", D),
    ("nginx-accept", "nginx/nginx", "src/event/ngx_event_accept.c", "c1882d9f3f05f39468ebbc00c5f21f01ec691fd9",
     "2026/03/14 02:11:45 [crit] 31#31: accept4() failed (24: Too many open files)", FD),
    ("pgx", "jackc/pgx", "pgconn/pgconn.go", "eee854fb069bc2f83344cfaef72d5c9589c4b48c",
     "failed to connect to `host=pg-primary.db.svc user=app database=orders`: hostname resolving error (lookup pg-primary.db.svc on 10.96.0.10:53: no such host)", DNS),
    ("mysqlconnector", "mysql-net/MySqlConnector", "src/MySqlConnector/Core/ConnectionPool.cs", "943a3766a5f68a09b56a4f785b4634c6f56cee99",
     "MySqlConnector.MySqlException (0x80004005): Connect Timeout expired. All pooled connections are in use.", RP),
    ("urllib3-pool", "urllib3/urllib3", "src/urllib3/connectionpool.py", "266b347d393a16684f2b5abb87aeb5b13ca4f0b7",
     "WARNING urllib3.connectionpool: Connection pool is full, discarding connection: api.partner.example. Connection pool size: 10", None),
    ("apimachinery-429", "kubernetes/kubernetes", "staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go", "04846cc25b862c1eabff03ea0b11cbf2f7fae8e2",
     "the server has received too many requests and has asked us to try again later (get pods)", R),
    ("redis-rdb", "redis/redis", "src/rdb.c", "c617c37467888b6b67ff1d29b1f4883dc41b62ef",
     "1:M 14 Mar 2026 02:11:45.118 # Can't save in background: fork: Cannot allocate memory", M),
    ("linux-tcp", "torvalds/linux", "net/ipv4/tcp.c", "feb7474b11e5b56bf7c83f72e363f97f67beffc6",
     "kernel: TCP: out of memory -- consider tuning tcp_mem", M),
    ("haproxy-check", "haproxy/haproxy", "src/check.c", "ea860837183c4800c97d6e8e7fb417d8f1ab2ef0",
     "Server be_api/api-3 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 2 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.", N),
    ("haproxy-check", "haproxy/haproxy", "src/check.c", "ea860837183c4800c97d6e8e7fb417d8f1ab2ef0",
     "Server be_api/api-1 is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 0ms. 1 active and 0 backup servers left.", N),
    ("es-bootstrap", "elastic/elasticsearch", "server/src/main/java/org/elasticsearch/bootstrap/BootstrapChecks.java", "0ea495d6537ec24c5f4a51d9c3c13669dddfa586",
     "bootstrap check failure [1] of [1]: max file descriptors [4096] for elasticsearch process is too low, increase to at least [65535]", FD),
    ("cpython-oserror", "python/cpython", "Objects/exceptions.c", None,
     "OSError: [Errno 28] No space left on device: '/var/lib/worker/tmp/export-5531.csv'", D),
    ("rust-io", "rust-lang/rust", "library/std/src/io/error.rs", None,
     "Error: Os { code: 24, kind: Uncategorized, message: \"Too many open files\" } (Too many open files (os error 24))", FD),
    ("go-runtime", "golang/go", "src/runtime/proc.go", "a6a5c30d2b1338a8445de2499fbe7e9dda103efb",
     "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t/app/cmd/worker/main.go:88 +0x1a5", DL),
    ("doctrine-dbal", "doctrine/dbal", "src/Exception/DeadlockException.php", "d4c78642ad7f2ab9163eb702b1f90cb4ef21ded8",
     "Doctrine\\DBAL\\Exception\\DeadlockException: An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction", DL),
    ("lib-pq", "lib/pq", "error.go", "0ab5dec42655934244e46c3ab4ae62e260fdac2d",
     "pq: deadlock detected", DL),
    ("pm2", "Unitech/pm2", "lib/God.js", "5ad39c83b7e48b059ed680a2ab92f5342b8f3485",
     "Script /srv/app/server.js had too many unstable restarts (16). Stopped. \"errored\"", C),
    ("nomad-restarts", "hashicorp/nomad", "client/allocrunner/taskrunner/restarts/restarts.go", "2d35e32ec938743e09cbe79a1f39fe1afee71e80",
     "Task \"api\" (alloc 5f1c2a7e): Restarting - Exceeded allowed attempts, applying a delay - Task restarting in 15m0s", C),
    ("c-ares", "c-ares/c-ares", "src/lib/ares_strerror.c", "03f248938d721a7cf28939d1cf0991d967e43117",
     "DNS lookup of orders.internal.example failed: Timeout while contacting DNS servers (ARES_ETIMEOUT)", DNS),
    ("c-ares", "c-ares/c-ares", "src/lib/ares_strerror.c", "03f248938d721a7cf28939d1cf0991d967e43117",
     "DNS lookup of cache.internal.example failed: DNS server returned answer with no data (ARES_ENODATA)", DNS),
    ("urllib3-resolve", "urllib3/urllib3", "src/urllib3/exceptions.py", "7b65c5b0a60344be8e3b925c0d377737733e2013",
     "urllib3.exceptions.NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f3a1c2b9d50>: Failed to resolve 'api.partner.example' ([Errno -3] Temporary failure in name resolution)", DNS),
    ("rustls", "rustls/rustls", "rustls/src/error.rs", "fcbeee0ee0655dbbd9b7b0ee211996b5b4bcf350",
     "error sending request for url (https://ledger.internal:8443/v1/entries): client error (Connect): invalid peer certificate: Expired", CE),
]

# MariaDB/server sql/share/errmsg-utf8.txt translations: (language code in the file, error, text, label)
MARIADB = ("MariaDB/server", "sql/share/errmsg-utf8.txt", "0074796a76fcdf109a728209485edecad01ff8e5")
MARIADB_MSGS = [
    ("cze", 1040, "08004", "Příliš mnoho spojení", RP), ("est", 1040, "08004", "Liiga palju samaaegseid ühendusi", RP),
    ("hun", 1040, "08004", "Tul sok kapcsolat", RP), ("ita", 1040, "08004", "Troppe connessioni", RP),
    ("rus", 1040, "08004", "Слишком много соединений", RP), ("spa", 1040, "08004", "Demasiadas conexiones", RP),
    ("swe", 1040, "08004", "För många anslutningar", RP), ("kor", 1040, "08004", "너무 많은 연결... max_connection을 증가 시키시오...", RP),
    ("chi", 1040, "08004", "太多连接", RP), ("greek", 1040, "08004", "Υπάρχουν πολλές συνδέσεις...", RP),
    ("rus", 1041, "HY000", "Недостаточно памяти.", M), ("spa", 1041, "HY000", "Memoria agotada", M),
    ("nla", 1041, "HY000", "Geen thread geheugen meer; controleer of mariadbd of andere processen al het beschikbare geheugen gebruikt. Zo niet, dan moet u wellicht 'ulimit' gebruiken om mariadbd toe te laten meer geheugen te benutten, of u kunt extra swap ruimte toevoegen", M),
    ("por", 1037, "HY001", "Sem memória. Reinicie o programa e tente novamente (necessita de 65536 bytes)", M),
    ("pol", 1037, "HY001", "Zbyt mało pamięci. Uruchom ponownie demona i spróbuj ponownie (potrzeba 65536 bajtów)", M),
    ("ukr", 1037, "HY001", "Брак пам'яті. Рестартуйте сервер та спробуйте знову (потрібно 65536 байтів)", M),
    ("ita", 1045, "28000", "Accesso non consentito per l'utente: 'app'@'10.2.7.14' (Password: YES)", None),
    ("rus", 1045, "28000", "Доступ закрыт для пользователя 'app'@'10.2.7.14' (был использован пароль: YES)", None),
]

# Kubernetes events as kubernetes-event-exporter / event_exporter forward them:
# reason, kind, message, label, repo, path, commit
EVENTS = [
    ("Evicted", "Pod", "The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 8134Mi. Container app was using 14Gi, request is 0, has larger consumption of ephemeral-storage. ", D,
     "kubernetes/kubernetes", "pkg/kubelet/eviction/helpers.go", "de663b934f1fadd966d4136ea515c298f1e7f34a"),
    ("Evicted", "Pod", "The node was low on resource: memory. Threshold quantity: 100Mi, available: 83148Ki. Container worker was using 1450Mi, request is 512Mi, has larger consumption of memory. ", M,
     "kubernetes/kubernetes", "pkg/kubelet/eviction/helpers.go", "de663b934f1fadd966d4136ea515c298f1e7f34a"),
    ("FreeDiskSpaceFailed", "Node", "Failed to garbage collect required amount of images. Attempted to free 4523311104 bytes, but only found 0 bytes eligible to free.", D,
     "kubernetes/kubernetes", "pkg/kubelet/images/image_gc_manager.go", "923690b6184c7d6d7601d0c2e135ef199a1f564e"),
    ("SystemOOM", "Node", "System OOM encountered, victim process: java, pid: 21934", M,
     "kubernetes/kubernetes", "pkg/kubelet/oom/oom_watcher_linux.go", "843c0752dfaa6e58323096947bb76d02de76d4e0"),
    ("OOMKilling", "Node", "Memory cgroup out of memory: Killed process 48211 (node) total-vm:2514716kB, anon-rss:1046048kB, file-rss:31480kB, shmem-rss:0kB, UID:1000 pgtables:2720kB oom_score_adj:994", M,
     "kubernetes/node-problem-detector", "config/kernel-monitor.json", "532f933bd81e31f1df16065867ecd07c747c07c0"),
    ("BackOff", "Pod", "Back-off restarting failed container api in pod api-6d4cf56db6-h9ctn_shop(6c5e0b3e-2f7a-4d8e-9b1c-4a9e2f0d7c11)", C,
     "kubernetes/kubernetes", "pkg/kubelet/kuberuntime/kuberuntime_manager.go", "83f7b41cf6602957de9fb7b0eab31d95f6772557"),
    ("NodeHasDiskPressure", "Node", "Node ip-10-0-3-17.eu-west-1.compute.internal status is now: NodeHasDiskPressure", D,
     "kubernetes/kubernetes", "pkg/kubelet/nodestatus/setters.go", None),
    ("NodeHasInsufficientMemory", "Node", "Node ip-10-0-3-17.eu-west-1.compute.internal status is now: NodeHasInsufficientMemory", M,
     "kubernetes/kubernetes", "pkg/kubelet/nodestatus/setters.go", None),
    ("NodeHasInsufficientPID", "Node", "Node ip-10-0-5-201.eu-west-1.compute.internal status is now: NodeHasInsufficientPID", None,
     "kubernetes/kubernetes", "pkg/kubelet/nodestatus/setters.go", None),
    ("Rebooted", "Node", "Node ip-10-0-5-201.eu-west-1.compute.internal has been rebooted, boot id: 0f5c2b8e-6f2d-4b5e-9d7a-2f3e1c0b9a77", None,
     "kubernetes/kubernetes", "pkg/kubelet/kubelet_node_status.go", None),
    ("EvictionThresholdMet", "Node", "Attempting to reclaim ephemeral-storage", D,
     "kubernetes/kubernetes", "pkg/kubelet/eviction/eviction_manager.go", None),
    ("KernelOops", "Node", "kernel: BUG: unable to handle kernel NULL pointer dereference at 0000000000000010", None,
     "kubernetes/node-problem-detector", "config/kernel-monitor.json", "532f933bd81e31f1df16065867ecd07c747c07c0"),
]

SERVICES = ["checkout", "orders", "billing", "search-api", "notifier", "ledger", "catalog", "auth-gateway"]


def wrappers(seed, msg, label):
    """Two log-based alerts quoting the message, in the shapes several vendors deliver."""
    svc = pick(seed, SERVICES)
    ns = pick(seed + "ns", ["shop", "payments", "platform", "core"])
    count = num(seed, 12, 4800, 0)
    w = [
        ({"alertname": f"{svc.replace('-', '_')}_error_logs", "service": svc, "namespace": ns, "severity": "warning", "source": "loki-ruler"},
         {"summary": f"{count} error lines from {svc} in the last 5 minutes", "description": f"Most frequent line: {msg}"}),
        ({"alertname": f"[Logs] Errors in {svc}", "monitor_type": "log alert", "service": svc, "env": "prod", "priority": "P3"},
         {"summary": f"[Triggered on {{service:{svc}}}] [Logs] Errors in {svc} ({count} logs)", "message": f"{count} logs matched `status:error service:{svc}` over the last 10m.\nSample: {msg}"}),
        ({"alertname": "ServiceErrorBurst", "app": svc, "namespace": ns, "severity": "critical"},
         {"summary": f"{svc} is failing {num(seed, 5, 60, 2)}% of requests", "description": f"{svc} error ratio is above 5% over 5m", "error": msg}),
        ({"alertname": f"{svc} p99 latency", "grafana_folder": "Services", "service": svc, "severity": "warning"},
         {"summary": f"p99 latency of {svc} is {num(seed, 2, 14, 2)}s (threshold 2s)", "description": f"Top error in logs over the same window: {msg}"}),
        ({"alertname": "ElastAlert frequency rule", "rule_name": f"{svc}-exceptions", "index": f"logs-{svc}-*", "severity": "high"},
         {"summary": f"{svc}-exceptions: {count} matches in 10 minutes", "description": f"message: {msg}\nhost: {svc}-{num(seed, 1, 9, 0)}.prod.internal"}),
    ]
    i = num(seed, 0, len(w) - 0.01, 0)
    j = (i + 1 + num(seed + "b", 0, len(w) - 1.01, 0)) % len(w)
    return [w[i], w[j]]


def items():
    out = []
    for project, repo, path, commit, msg, label in ERRORS:
        for labels, anns in wrappers(project + msg, msg, label):
            out.append(item(labels, anns, label, f"{repo} {path}: message quoted in a '{labels['alertname']}' alert", project, repo, path, commit))
    repo, path, commit = MARIADB
    for lang, code, state, text, label in MARIADB_MSGS:
        msg = f"ERROR {code} ({state}): {text}"
        for labels, anns in wrappers(lang + str(code), msg, label)[:1 if label is None else 2]:
            out.append(item(labels, anns, label, f"{repo} {path} ({lang}): message quoted in a '{labels['alertname']}' alert",
                            f"mariadb-errmsg-{lang}", repo, path, commit))
    for reason, kind, msg, label, repo, path, commit in EVENTS:
        node = "ip-10-0-3-17.eu-west-1.compute.internal"
        obj = node if kind == "Node" else pick(msg, ["api-6d4cf56db6-h9ctn", "worker-7b8c9d5f4-q2lxz", "export-5f6d7c8b9-mm4rt", "web-84c5d6f7b8-zx9kp"])
        labels = {"alertname": "KubernetesWarningEvent", "reason": reason, "involved_object_kind": kind,
                  "involved_object_name": obj, "namespace": "default" if kind == "Node" else "shop", "severity": "warning",
                  "source": "kubernetes-event-exporter"}
        if kind == "Node":
            labels["node"] = node
        anns = {"summary": f"{kind} {obj}: {reason}", "message": msg.strip()}
        out.append(item(labels, anns, label, f"{repo} {path}: event reason {reason} forwarded by an event exporter",
                        "k8s-events", repo, path, commit))
    return out
