#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_javaerr19.jsonl: error and log messages of Java application
servers and their libraries (IronJacamar, the connection manager inside WildFly; WildFly Core's
controller, host controller and process controller; resilience4j; HikariCP; Spring Boot), quoted
inside the alerts of the services that run them: a log-pattern alert, an error-ratio alert quoting
the top exception, a latency alert quoting a cause, a CrashLoopBackOff alert quoting the last log
line, a Sentry-style issue, a failed job's output.

What the family tests: words no rule was written from for a connection pool that gave up waiting
(IronJacamar's IJ000453/IJ000655 "No managed connections available within configured blocking
timeout"), a concurrency limit that refuses calls (resilience4j's bulkhead "is full and does not
permit further calls"), a rate limiter refusing calls ("RateLimiter '...' does not permit further
calls"), a detected JVM deadlock (WFLYCTL0497 "Deadlock detected!"), a process controller backing
off between restarts (WFLYPC0021 "Waiting N seconds until trying to restart process"), a remote
call that timed out (WFLYHC0199, WFLYCTL0409), a peer that refused or dropped the connection
(WFLYHC0002 with ConnectException, WFLYHC0030, Spring Boot's "... health check failed" with
"Connection refused"), a circuit breaker's slow-call and failure-rate thresholds, and a retry that
gave up on a timed-out or refused call; and the look-alikes that must stay null although they speak
of pools, connections, limits, timeouts and restarts.

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the file:
- IJ000655 (with or without the IJ000453 wrapper) is `connection_pool_exhaustion`: the pool had no
  managed connection to hand out within its blocking timeout (rules 1, 7). An error-ratio or
  latency alert quoting it takes the cause (rule 1). IJ000453 wrapping IJ031084 "Unable to create
  connection" caused by "Connection refused" is `node_down` (rule 11).
- resilience4j's bulkhead full ("is full and does not permit further calls", the event "rejected a
  call") is `connection_pool_exhaustion`: a bulkhead is a pool of permits or threads for concurrent
  calls, and a full one refuses new calls, as Envoy's circuit-breaking `overflow` (rule 7, "a
  connection pool that is full or overflowing"). Decision recorded in SOURCES.md.
- resilience4j's `RequestNotPermitted` "RateLimiter '...' does not permit further calls" is
  `rate_limited` (rule 7: throttled requests).
- The circuit breaker's "exceeded slow call rate threshold" is `high_latency` and "exceeded failure
  rate threshold" is `high_error_rate` (rule 4): both are measured call ratios.
- Retry "Giving up. Last exception was: 'java.net.SocketTimeoutException: Read timed out'" is
  `upstream_timeout` (rule 13: the caller gave up on a read); with "Connection refused" `node_down`
  (rule 11).
- WFLYCTL0497 "Deadlock detected!" with its thread dump is `deadlock`.
- WFLYPC0011 followed by WFLYPC0021 (exit, then the process controller's back-off before the next
  restart, more than once in the window) is `crash_loop` (rule 9's back-off states), as is a
  CrashLoopBackOff alert whose last log line is WFLYSRV0056 or Spring Boot's "Web server failed to
  start. Port 8080 was already in use." (no cause among the signatures, so the symptom stays).
- WFLYHC0199 (a managed server that did not answer an operation within the timeout) and
  WFLYCTL0409 (a proxied operation timed out awaiting the remote process's response) are
  `upstream_timeout` (rule 13: the caller gave up on what it called). WFLYHC0002 with
  `java.net.ConnectException: Connection refused` is `node_down` (rule 11); WFLYHC0030 "Connection
  to remote host ... closed unexpectedly" is `node_down` (rule 11: a member that failed, not one
  that left gracefully).
- Null look-alikes: a circuit breaker's state change to HALF_OPEN or CLOSED and its reset
  (recoveries, rule 14), a breaker FORCED_OPEN by an operator (work on purpose, rule 9; its refusals
  quoted by a 5xx-ratio alert keep that alert's symptom, `high_error_rate`), ignored errors, bulkhead "permitted"/"finished a call", a successful retry; IronJacamar's
  pool shut down (IJ000653), interrupted wait (IJ000654), connection factory shut down (IJ000470),
  connections destroyed after failed validation or on flush (IJ000621, IJ000615), a deprecated pool
  (IJ000408), an invalid capacity policy (IJ000617), a connection closed for the application
  (IJ000100) and a leak report (IJ000616) (rule 12: nothing was refused); HikariCP's start-up
  corrections (maxLifetime, idleTimeout), failed validation of an old connection, thread starvation
  or clock-leap warning and its leak detection; WildFly Core's deprecation notices (WFLYCTL0028,
  WFLYCTL0033), invalid values (WFLYCTL0106, WFLYCTL0346), "reload is required" (WFLYHC0202, rule
  10), a secondary host unregistered and a reconnect (WFLYHC0026, WFLYHC0017), one process exit
  (WFLYPC0011 alone, rule 15); Spring Boot's graceful-shutdown lines (rule 9), the buildpack's
  "Memory Settings" printed at start-up (rule 12) and a single "Application run failed" (rule 15).

Left out as ambiguous (rule 6): "CircuitBreaker '...' is OPEN and does not permit further calls"
and the CLOSED -> OPEN transition (an open breaker refuses calls because its downstream failed;
POLICY.md settles no signature for the breaker itself); the HALF_OPEN refusal; "Bulkhead '...' is
full and thread was interrupted during permission wait" (full, but the wait was interrupted, rule
12); Retry "waiting ... until attempt" (one timed-out attempt being retried); TimeLimiter's
"recorded a timeout exception" (already in probes_liveness6); IJ000608 "Destroying returned
connection, maximum pool size exceeded"; IJ000652 "Unable to obtain lock" (a lock wait, rule 7);
WFLYCTL0348 container-stability timeouts (a server's wait for its own services); WFLYHC0052 "Could
not connect to the domain controller in N attempts" (no reason given); Spring Boot's LivenessState
BROKEN / ReadinessState REFUSING_TRAFFIC changes; HikariCP's "Connection is not available" (well
covered in the tuning corpora already).

Hosts, pods, pool names, JNDI names, thread names and values are made up; the frames are our own.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, pick  # noqa: E402

IJ = "ironjacamar/ironjacamar"
IJC = "42fee2c34b4d792134bd78af88a179676d318375"
IJ_BUNDLE = (IJ, "core/impl/src/main/java/org/jboss/jca/core/CoreBundle.java", IJC)
IJ_LOGGER = (IJ, "core/impl/src/main/java/org/jboss/jca/core/CoreLogger.java", IJC)
IJ_ADAPTERS = (IJ, "adapters/src/main/java/org/jboss/jca/adapters/AdaptersBundle.java", IJC)

R4 = "resilience4j/resilience4j"
R4C = "af9e7c979f17804f23cc1b76dd7cf268fb58b5c7"
R4_CNP = (R4, "resilience4j-circuitbreaker/src/main/java/io/github/resilience4j/circuitbreaker/CallNotPermittedException.java", R4C)
R4_CBEV = (R4, "resilience4j-circuitbreaker/src/main/java/io/github/resilience4j/circuitbreaker/event", R4C)
R4_BFE = (R4, "resilience4j-bulkhead/src/main/java/io/github/resilience4j/bulkhead/BulkheadFullException.java", R4C)
R4_BHEV = (R4, "resilience4j-bulkhead/src/main/java/io/github/resilience4j/bulkhead/event", R4C)
R4_RNP = (R4, "resilience4j-ratelimiter/src/main/java/io/github/resilience4j/ratelimiter/RequestNotPermitted.java", R4C)
R4_RTEV = (R4, "resilience4j-retry/src/main/java/io/github/resilience4j/retry/event", R4C)

HK = "brettwooldridge/HikariCP"
HKC = "604d7d5838e96afbbdd4e19eedab7497cf368eb6"
HK_CONFIG = (HK, "src/main/java/com/zaxxer/hikari/HikariConfig.java", HKC)
HK_POOL = (HK, "src/main/java/com/zaxxer/hikari/pool/HikariPool.java", HKC)
HK_BASE = (HK, "src/main/java/com/zaxxer/hikari/pool/PoolBase.java", HKC)
HK_LEAK = (HK, "src/main/java/com/zaxxer/hikari/pool/ProxyLeakTask.java", HKC)

WF = "wildfly/wildfly-core"
WFC = "d5f32d19149f84f48af96e71f311bad73be2e147"
WF_CTL = (WF, "controller/src/main/java/org/jboss/as/controller/logging/ControllerLogger.java", WFC)
WF_HC = (WF, "host-controller/src/main/java/org/jboss/as/host/controller/logging/HostControllerLogger.java", WFC)
WF_PC = (WF, "process-controller/src/main/java/org/jboss/as/process/logging/ProcessLogger.java", WFC)
WF_PRT = (WF, "protocol/src/main/java/org/jboss/as/protocol/logging/ProtocolLogger.java", WFC)
WF_SRV = (WF, "server/src/main/java/org/jboss/as/server/logging/ServerLogger.java", WFC)

SB = "spring-projects/spring-boot"
SBC = "c329ffa25dc160a90ebe5e4b006ad4cdf89d8683"
SB_PORT = (SB, "module/spring-boot-web-server/src/main/java/org/springframework/boot/web/server/PortInUseFailureAnalyzer.java", SBC)
SB_APP = (SB, "core/spring-boot/src/main/java/org/springframework/boot/SpringApplication.java", SBC)
SB_RABBIT = (SB, "module/spring-boot-amqp-rabbitmq/src/main/java/org/springframework/boot/amqp/rabbitmq/health/AmqpRabbitHealthIndicator.java", SBC)
SB_CASS = (SB, "module/spring-boot-cassandra/src/main/java/org/springframework/boot/cassandra/health/CassandraDriverHealthIndicator.java", SBC)
SB_COUCH = (SB, "module/spring-boot-couchbase/src/main/java/org/springframework/boot/couchbase/health/CouchbaseHealthIndicator.java", SBC)
SB_GRACE_T = (SB, "module/spring-boot-tomcat/src/main/java/org/springframework/boot/tomcat/GracefulShutdown.java", SBC)
SB_GRACE_J = (SB, "module/spring-boot-jetty/src/main/java/org/springframework/boot/jetty/GracefulShutdown.java", SBC)
SB_CLOUD = (SB, "documentation/spring-boot-docs/src/docs/antora/modules/how-to/pages/deployment/cloud.adoc", SBC)

family = ProbeFamily("probes_javaerr19.jsonl")
CPE, RL, NODE, TO, DL, CL = ("connection_pool_exhaustion", "rate_limited", "node_down",
                             "upstream_timeout", "deadlock", "crash_loop")
LAT, ERR, NULL = "high_latency", "high_error_rate", None

SERVICES = ["claims-intake", "policy-quote", "tariff-engine", "ledger-post", "kyc-check",
            "parcel-track", "fare-calc", "dunning-run", "slot-booking"]
NS = ["prod-eu", "core", "payments", "logistics", "insurance"]


def svc(key):
    return pick(f"javaerr19-{key}", SERVICES)


def ns(key):
    return pick(f"javaerr19-ns-{key}", NS)


# ------------------------------------------------------------------ frames (our own wording)
def log_alert(key, line, level="ERROR", logger="o.j.jca.core.connectionmanager.pool.strategy"):
    s = svc(key)
    return ({"alertname": "LogPatternMatched", "severity": "warning", "namespace": ns(key),
             "app": s, "pod": f"{s}-6d8f7c9b4-{key[-5:]}"},
            {"summary": f"Error pattern matched in logs of {s}",
             "description": f"2026-12-04 04:17:{len(key) % 60:02d},118 {level} [{logger}] "
                            f"(default task-{len(key) * 3}) {line}"})


def ratio_alert(key, line, pct="7.9"):
    s = svc(key)
    return ({"alertname": "ServiceErrorRatioHigh", "severity": "critical", "service": s,
             "namespace": ns(key)},
            {"summary": f"{s}: {pct}% of requests failing over 10m",
             "description": f"HTTP 5xx ratio above 5% for 10 minutes. Top exception (412 events): {line}"})


def latency_alert(key, line, p99="31.2"):
    s = svc(key)
    return ({"alertname": "HighRequestLatencyP99", "severity": "page", "service": s,
             "namespace": ns(key)},
            {"summary": f"p99 latency of {s} is {p99}s",
             "description": f"p99 above 2s for 15m. Slowest traces end in: {line}"})


def sentry(key, exc, line):
    s = svc(key)
    return ({"alertname": "SentryIssueAlert", "project": s, "level": "error",
             "environment": "production"},
            {"title": f"{exc}: {line}", "summary": f"New issue in {s} (58 events in 10m)"})


def job_failed(key, line):
    s = svc(key)
    return ({"alertname": "KubeJobFailed", "severity": "warning", "namespace": ns(key),
             "job_name": f"{s}-nightly-29412"},
            {"summary": f"Job {ns(key)}/{s}-nightly-29412 failed to complete",
             "description": f"Last log lines of the failed pod:\n{line}"})


def crashloop(key, line, restarts=6):
    s = svc(key)
    return ({"alertname": "KubePodCrashLooping", "severity": "critical", "namespace": ns(key),
             "pod": f"{s}-5b7d9c8f6-{key[-5:]}", "container": s},
            {"summary": f"Pod {s} is in CrashLoopBackOff",
             "description": f"Container {s} restarted {restarts} times in the last 15 minutes. "
                            f"Last log line: {line}"})


def plain(alertname, key, summary, description, severity="warning", **extra):
    labels = {"alertname": alertname, "severity": severity, "namespace": ns(key)}
    labels.update(extra)
    return labels, {"summary": summary, "description": description}


def add(src, expected, why, frame):
    labels, annotations = frame
    repo, path, commit = src
    family.add(src, expected, f"{repo} {os.path.basename(path)}: {why}", labels, annotations)


def main():
    # ------------------------------------------------------------- IronJacamar (WildFly's JCA)
    jndi = ["java:jboss/datasources/ClaimsDS", "java:/jdbc/PolicyXA", "java:jboss/datasources/LedgerDS",
            "java:/eis/SapJcoCF"]
    ij655 = "IJ000655: No managed connections available within configured blocking timeout ({} [ms])"
    ij453 = "IJ000453: Unable to get managed connection for {}"
    add(IJ_BUNDLE, CPE, "IJ000453 caused by IJ000655, pool gave up waiting (log alert)",
        log_alert("ij-655-a", "javax.resource.ResourceException: " + ij453.format(jndi[0]) +
                  "\nCaused by: javax.resource.ResourceException: " + ij655.format(30000)))
    add(IJ_BUNDLE, CPE, "IJ000453/IJ000655 quoted as the top exception of an error-ratio alert",
        ratio_alert("ij-655-b", "javax.resource.ResourceException: " + ij453.format(jndi[2]) + " <- Caused by: " + ij655.format(5000)))
    add(IJ_BUNDLE, CPE, "IJ000655 quoted by a latency alert (cause over symptom)",
        latency_alert("ij-655-c", ij655.format(30000) + " [pool " + jndi[1] + ", InUseCount=50, "
                      "MaxPoolSize=50]"))
    add(IJ_BUNDLE, CPE, "IJ000655 in a Sentry-style issue",
        sentry("ij-655-d", "javax.resource.ResourceException", ij655.format(10000)))
    add(IJ_BUNDLE, CPE, "IJ000453/IJ000655 in a failed batch job's output",
        job_failed("ij-655-e", "Caused by: javax.resource.ResourceException: " + ij453.format(jndi[3]) +
                   "\nCaused by: javax.resource.ResourceException: " + ij655.format(15000)))
    add(IJ_BUNDLE, CPE, "IJ000655 in a Loki ruler alert with its pool named in a label",
        plain("JcaPoolBlockingTimeout", "ij-655-f", "Datasource LedgerDS: callers time out waiting for a connection",
              "WARN  [org.jboss.jca.core.connectionmanager.pool.strategy.OnePool] " + ij655.format(30000)
              + " - 214 occurrences in 5m", pool="LedgerDS", app="ledger-post"))
    add(IJ_ADAPTERS, NODE, "IJ000453 wrapping IJ031084 caused by Connection refused (rule 11)",
        log_alert("ij-31084-a", "javax.resource.ResourceException: " + ij453.format(jndi[0]) +
                  "\nCaused by: javax.resource.ResourceException: IJ031084: Unable to create connection"
                  "\nCaused by: java.net.ConnectException: Connection refused (pg-claims-1.db.internal:5432)"))
    add(IJ_ADAPTERS, NODE, "IJ031085 with Connection refused in an error-ratio alert (rule 11)",
        ratio_alert("ij-31085-b", "IJ031085: Unable to create connection from URL: "
                    "jdbc:oracle:thin:@ora-rac-2.core.internal:1521/POLICY; Caused by: "
                    "java.net.ConnectException: Connection refused"))
    add(IJ_BUNDLE, NULL, "IJ000653 pool shut down (rule 12)",
        log_alert("ij-653", "javax.resource.ResourceException: IJ000653: The pool has been shutdown "
                  "(ClaimsDS,aa5a3ef4)", level="WARN"))
    add(IJ_BUNDLE, NULL, "IJ000654 interrupted wait for a connection (rule 12)",
        log_alert("ij-654", "javax.resource.ResourceException: IJ000654: Interrupted while requesting "
                  "connection: Waited 87 ms", level="WARN"))
    add(IJ_BUNDLE, NULL, "IJ000470 connection factory shut down (rule 12)",
        log_alert("ij-470", "IJ000470: You are trying to use a connection factory that has been shut "
                  "down: java:/eis/SapJcoCF"))
    add(IJ_LOGGER, NULL, "IJ000621 connection destroyed after failed validation (rule 12)",
        log_alert("ij-621", "IJ000621: Destroying connection that could not be validated: "
                  "org.jboss.jca.core.connectionmanager.listener.TxConnectionListener@5c1f2a7e"
                  "[state=NORMAL managed connection=org.jboss.jca.adapters.jdbc.local."
                  "LocalManagedConnection@1b7c04e2 connection handles=0 lastReturned=1764821712004 "
                  "lastValidated=1764821102004 lastCheckedOut=1764821711873 trackByTx=false pool="
                  "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool@3e9d6f1c mcp=SemaphoreConcurrentLinkedQueueManagedConnectionPool@77aa0e52]",
                  level="WARN"))
    add(IJ_LOGGER, NULL, "IJ000615 active connection destroyed on pool flush (rule 12)",
        log_alert("ij-615", "IJ000615: Destroying active connection in pool: PolicyXA "
                  "(org.jboss.jca.adapters.jdbc.xa.XAManagedConnection@6f0b1a2d)", level="WARN"))
    add(IJ_LOGGER, NULL, "IJ000408 deprecated pool (deprecation notice)",
        plain("WildFlyDeprecationWarnings", "ij-408", "Deprecation warnings in server.log of ear-host-2",
              "WARN  [org.jboss.jca.core.connectionmanager.pool] IJ000408: Deprecated pool: "
              "PoolByCri, using LeakDumperManagedConnectionPool instead", severity="info"))
    add(IJ_LOGGER, NULL, "IJ000617 invalid capacity policy (configuration warning)",
        log_alert("ij-617", "IJ000617: Invalid incrementer capacity policy: "
                  "org.jboss.jca.core.connectionmanager.pool.capacity.WatermarkIncrementr",
                  level="WARN"))
    add(IJ_LOGGER, NULL, "IJ000100 connection closed for the application (a leak warning, nothing refused)",
        sentry("ij-100", "java.lang.Throwable", "IJ000100: Closing a connection for you. Please close them "
               "yourself: org.jboss.jca.adapters.jdbc.jdk8.WrappedConnectionJDK8@2c6e1f0a"))
    add(IJ_LOGGER, NULL, "IJ000616 leak report at pool shutdown (nothing refused)",
        log_alert("ij-616", "IJ000616: Leak detected in pool: ClaimsDS (java:jboss/datasources/ClaimsDS) (3)",
                  level="WARN"))

    # ------------------------------------------------------------- resilience4j
    bh = "Bulkhead '{}' is full and does not permit further calls"
    add(R4_BFE, CPE, "BulkheadFullException: a full bulkhead refuses calls (decision: as Envoy overflow)",
        log_alert("r4-bh-a", "io.github.resilience4j.bulkhead.BulkheadFullException: " + bh.format("tariffBackend"),
                  logger="c.t.tariff.api.QuoteController"))
    add(R4_BFE, CPE, "BulkheadFullException quoted by an error-ratio alert (cause over symptom)",
        ratio_alert("r4-bh-b", "BulkheadFullException: " + bh.format("inventoryClient"), pct="12.4"))
    add(R4_BFE, CPE, "BulkheadFullException in a Sentry-style issue",
        sentry("r4-bh-c", "BulkheadFullException", bh.format("scoringService")))
    add(R4_BFE, CPE, "ThreadPoolBulkhead full, quoted by a latency alert",
        latency_alert("r4-bh-d", "java.util.concurrent.CompletionException: io.github.resilience4j."
                      "bulkhead.BulkheadFullException: " + bh.format("geoLookupPool"), p99="4.8"))
    add(R4_BHEV, CPE, "bulkhead event 'rejected a call'",
        plain("Resilience4jBulkheadRejections", "r4-bh-e", "Bulkhead pdfRender rejects calls",
              "2026-12-04T04:19:02.331Z: Bulkhead 'pdfRender' rejected a call. (x318 in 5m)",
              app="dunning-run", name="pdfRender"))
    rl = "RateLimiter '{}' does not permit further calls"
    add(R4_RNP, RL, "RequestNotPermitted from a rate limiter (rule 7: throttled)",
        log_alert("r4-rl-a", "io.github.resilience4j.ratelimiter.RequestNotPermitted: " + rl.format("smsGateway"),
                  level="WARN", logger="c.k.notify.SmsSender"))
    add(R4_RNP, RL, "RequestNotPermitted quoted by an error-ratio alert",
        ratio_alert("r4-rl-b", "RequestNotPermitted: " + rl.format("partnerApi"), pct="9.3"))
    add(R4_RNP, RL, "RequestNotPermitted in a failed job",
        job_failed("r4-rl-c", "Exception in thread \"main\" io.github.resilience4j.ratelimiter."
                   "RequestNotPermitted: " + rl.format("exchangeRates")))
    add(R4_RNP, RL, "RequestNotPermitted in an APM error group",
        plain("ApmErrorGroupSpike", "r4-rl-d", "Error group spike in fare-calc",
              "RequestNotPermitted: " + rl.format("routingProvider") + " — 1,204 occurrences in 15m",
              exception="io.github.resilience4j.ratelimiter.RequestNotPermitted", service="fare-calc"))
    slow = "{}: CircuitBreaker '{}' exceeded slow call rate threshold. Current slow call rate: {}"
    fail = "{}: CircuitBreaker '{}' exceeded failure rate threshold. Current failure rate: {}"
    ts = "2026-12-04T04:21:17.512905Z[UTC]"
    add(R4_CBEV, LAT, "breaker's slow call rate threshold exceeded (measured slow calls, rule 4)",
        log_alert("r4-slow-a", slow.format(ts, "kycProvider", "72.5"), level="WARN",
                  logger="i.g.r.c.i.CircuitBreakerStateMachine"))
    add(R4_CBEV, LAT, "breaker's slow call rate threshold exceeded, event-consumer alert",
        plain("CircuitBreakerSlowCalls", "r4-slow-b", "Slow calls to carrierApi",
              slow.format(ts, "carrierApi", "55.0"), app="parcel-track"))
    add(R4_CBEV, ERR, "breaker's failure rate threshold exceeded (measured failed calls, rule 4)",
        log_alert("r4-fail-a", fail.format(ts, "paymentAuth", "61.0"), level="WARN",
                  logger="i.g.r.c.i.CircuitBreakerStateMachine"))
    add(R4_CBEV, ERR, "breaker's failure rate threshold exceeded, event-consumer alert",
        plain("CircuitBreakerFailureRate", "r4-fail-b", "Failing calls to addressBook",
              fail.format(ts, "addressBook", "83.33"), app="slot-booking"))
    retry_give_up = ("{}: Retry '{}' recorded a failed retry attempt. Number of retry attempts: '{}'. "
                     "Giving up. Last exception was: '{}'.")
    add(R4_RTEV, TO, "retry gave up after read timeouts (rule 13)",
        log_alert("r4-retry-a", retry_give_up.format(ts, "underwritingClient", 3,
                  "java.net.SocketTimeoutException: Read timed out"), logger="c.p.quote.UnderwritingClient"))
    add(R4_RTEV, TO, "retry gave up after read timeouts, quoted by an error-ratio alert",
        ratio_alert("r4-retry-b", retry_give_up.format(ts, "fxRates", 5,
                    "java.net.SocketTimeoutException: Read timed out (GET http://fx-rates.core.svc:8080/v2/latest)")))
    add(R4_RTEV, NODE, "retry gave up on a refused connection (rule 11)",
        log_alert("r4-retry-c", retry_give_up.format(ts, "ledgerWriter", 4,
                  "java.net.ConnectException: Connection refused"), logger="c.l.post.LedgerWriter"))
    add(R4_RTEV, NULL, "a retry that succeeded",
        log_alert("r4-retry-d", f"{ts}: Retry 'fxRates' recorded a successful retry attempt. Number of "
                  "retry attempts: '1', Last exception was: 'java.net.SocketTimeoutException: Read timed out'.",
                  level="INFO"))
    add(R4_RTEV, NULL, "a retry that ignored a validation error",
        log_alert("r4-retry-e", f"{ts}: Retry 'addressValidation' recorded an error which has been ignored: "
                  "'com.slot.booking.AddressInvalidException: postcode 1234X rejected by validator'.",
                  level="INFO"))
    st = "{}: CircuitBreaker '{}' changed state from {} to {}"
    add(R4_CBEV, NULL, "breaker OPEN -> HALF_OPEN (trial calls, recovery under way)",
        log_alert("r4-st-a", st.format(ts, "kycProvider", "OPEN", "HALF_OPEN"), level="INFO",
                  logger="i.g.r.c.i.CircuitBreakerStateMachine"))
    add(R4_CBEV, NULL, "breaker HALF_OPEN -> CLOSED (recovered, rule 14)",
        plain("CircuitBreakerStateChange", "r4-st-b", "Circuit breaker carrierApi changed state",
              st.format(ts, "carrierApi", "HALF_OPEN", "CLOSED"), severity="info", app="parcel-track"))
    add(R4_CBEV, NULL, "breaker forced open by an operator (rule 9)",
        plain("CircuitBreakerStateChange", "r4-st-c", "Circuit breaker legacyBilling changed state",
              st.format(ts, "legacyBilling", "CLOSED", "FORCED_OPEN") + " (actuator POST "
              "/actuator/circuitbreakers/legacyBilling by ops-jdoe during change CHG-20417)",
              severity="info", app="ledger-post"))
    # Relabelled after the first run (null -> high_error_rate): a 5xx-ratio alert keeps its symptom when
    # the message it quotes names no cause (rules 1, 4; as in probes_derby16); null broke POLICY.md.
    add(R4_CNP, ERR, "5xx ratio quoting refusals of a breaker FORCED_OPEN by an operator (symptom kept, rule 4)",
        ratio_alert("r4-cnp-forced", "CallNotPermittedException: CircuitBreaker 'legacyBilling' is "
                    "FORCED_OPEN and does not permit further calls (maintenance window MW-88)", pct="5.6"))
    add(R4_CBEV, NULL, "breaker reset",
        log_alert("r4-reset", f"{ts}: CircuitBreaker 'scoringService' reset", level="INFO",
                  logger="i.g.r.c.i.CircuitBreakerStateMachine"))
    add(R4_CBEV, NULL, "breaker ignored a client error",
        log_alert("r4-ign", f"{ts}: CircuitBreaker 'partnerApi' recorded an error which has been ignored: "
                  "'com.kyc.partner.PartnerApiException: HTTP 400 from partner API: invalid_iban'. Elapsed time: 41 ms", level="INFO"))
    add(R4_BHEV, NULL, "bulkhead permitted a call (debug event)",
        log_alert("r4-bh-ok", f"{ts}: Bulkhead 'pdfRender' permitted a call.", level="DEBUG"))

    # ------------------------------------------------------------- HikariCP look-alikes
    add(HK_CONFIG, NULL, "maxLifetime corrected at start-up (a setting)",
        log_alert("hk-maxlife", "HikariPool-1 - maxLifetime is less than 30000ms, setting to default 1800000ms.",
                  level="WARN", logger="com.zaxxer.hikari.HikariConfig"))
    add(HK_CONFIG, NULL, "idleTimeout disabled at start-up (a setting)",
        plain("ConfigWarningLogged", "hk-idle", "Configuration warning at start-up of kyc-check",
              "WARN com.zaxxer.hikari.HikariConfig - KycPool - idleTimeout is close to or more than "
              "maxLifetime, disabling it.", severity="info", app="kyc-check"))
    add(HK_BASE, NULL, "validation of an old connection failed (rule 12: closed for age)",
        log_alert("hk-validate", "HikariPool-1 - Failed to validate connection org.postgresql.jdbc."
                  "PgConnection@4e1a2b7c (This connection has been closed.). Possibly consider using a "
                  "shorter maxLifetime value.", level="WARN", logger="com.zaxxer.hikari.pool.PoolBase"))
    add(HK_POOL, NULL, "housekeeper thread starvation / clock leap warning",
        log_alert("hk-starve", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper "
                  "delta=1m12s345ms).", level="WARN", logger="com.zaxxer.hikari.pool.HikariPool"))
    add(HK_LEAK, NULL, "leak detection triggered (a connection held long, nothing refused)",
        sentry("hk-leak", "java.lang.Exception", "Apparent connection leak detected"))
    add(HK_LEAK, NULL, "leak detection log line",
        log_alert("hk-leak2", "Connection leak detection triggered for com.mysql.cj.jdbc.ConnectionImpl@"
                  "19e4f0a3 on thread report-export-4, stack trace follows", level="WARN",
                  logger="com.zaxxer.hikari.pool.ProxyLeakTask"))

    # ------------------------------------------------------------- WildFly Core
    dump = ("\"default task-41\" Id=412 BLOCKED on com.claims.cache.RateTable@1f2e3d4c owned by "
            "\"default task-17\" Id=388\n\tat com.claims.cache.RateTable.refresh(RateTable.java:88)\n"
            "\"default task-17\" Id=388 BLOCKED on com.claims.cache.PolicyIndex@6a7b8c9d owned by "
            "\"default task-41\" Id=412\n\tat com.claims.cache.PolicyIndex.rebuild(PolicyIndex.java:141)")
    deadlock = ("WFLYCTL0497: Deadlock detected!\n" + "*" * 79 + "\n" + dump + "\n" + "=" * 79 +
                "\nEnd Deadlock\n" + "*" * 79)
    add(WF_CTL, DL, "WFLYCTL0497 deadlock detected with its thread dump",
        log_alert("wf-497-a", deadlock, level="WARN", logger="org.jboss.as.controller.management-operation"))
    add(WF_CTL, DL, "WFLYCTL0497 quoted by a latency alert (cause over symptom)",
        latency_alert("wf-497-b", "WFLYCTL0497: Deadlock detected! (\"default task-41\" BLOCKED on "
                      "RateTable owned by \"default task-17\", which is BLOCKED on PolicyIndex owned by "
                      "\"default task-41\")", p99="60.0"))
    add(WF_CTL, DL, "WFLYCTL0497 in a thread-dump watchdog alert",
        plain("JvmDeadlockWatchdog", "wf-497-c", "policy-quote on ear-host-3 reported a deadlock",
              "server.log: WARN [org.jboss.as.controller.management-operation] WFLYCTL0497: Deadlock "
              "detected! 2 threads involved", severity="critical", app="policy-quote"))
    add(WF_CTL, NULL, "WFLYCTL0028 deprecated attribute (deprecation notice)",
        log_alert("wf-028", "WFLYCTL0028: Attribute 'security-realm' in the resource at address "
                  "'/core-service=management/management-interface=http-interface' is deprecated, and "
                  "may be removed in a future version. See the attribute description in the output of "
                  "the read-resource-description operation to learn more about the deprecation.",
                  level="INFO", logger="org.jboss.as.controller"))
    add(WF_CTL, NULL, "WFLYCTL0033 deprecated extension",
        plain("WildFlyDeprecationWarnings", "wf-033", "Deprecation notices in server.log of ear-host-1",
              "INFO [org.jboss.as.controller] WFLYCTL0033: Extension 'picketlink' is deprecated and "
              "may not be supported in future versions", severity="info"))
    add(WF_CTL, NULL, "WFLYCTL0106 invalid attribute value (configuration error)",
        job_failed("wf-106", "WFLYCTL0106: Invalid value 'sixty' for attribute 'blocking-timeout-wait-millis'"))
    add(WF_CTL, NULL, "WFLYCTL0346 invalid blocking-timeout property, default used (a setting)",
        log_alert("wf-346", "WFLYCTL0346: Invalid value 0 for property jboss.as.management.blocking.timeout; "
                  "must be a numeric value greater than zero. Default value of 300 will be used.",
                  logger="org.jboss.as.controller"))
    add(WF_CTL, TO, "WFLYCTL0409 proxied operation timed out awaiting the remote process (rule 13)",
        log_alert("wf-409", "WFLYCTL0409: Execution of operation 'deploy' on remote process at address "
                  "'[(\"host\" => \"app-host-2\"),(\"server\" => \"claims-2\")]' timed out after 300000 ms "
                  "while awaiting initial response; remote process has been notified to terminate operation",
                  logger="org.jboss.as.controller.management-operation"))
    add(WF_HC, TO, "WFLYHC0199 managed server did not answer within the timeout (rule 13)",
        plain("WildFlyDomainServerUnresponsive", "wf-hc199", "Domain controller reports an unresponsive server",
              "WARN [org.jboss.as.host.controller] WFLYHC0199: Server 'claims-2' (managed by host "
              "'app-host-2') has not responded to an operation request within the configured timeout. "
              "This may mean the server has become unstable.", severity="critical"))
    add(WF_HC, NODE, "WFLYHC0002 domain controller refused the connection (rule 11)",
        log_alert("wf-hc002", "WFLYHC0002: Could not connect to the domain controller. Error was: "
                  "java.net.ConnectException: WFLYPRT0053: Could not connect to remote+http://"
                  "dc-1.mgmt.internal:9990. The connection failed: Connection refused",
                  logger="org.jboss.as.host.controller"))
    add(WF_HC, NODE, "WFLYHC0030 secondary host's connection closed unexpectedly (rule 11)",
        plain("WildFlyDomainHostLost", "wf-hc030", "Domain controller lost host app-host-4",
              "WARN [org.jboss.as.host.controller] WFLYHC0030: Connection to remote host \"app-host-4\" "
              "closed unexpectedly", severity="critical"))
    add(WF_HC, NULL, "WFLYHC0026 secondary host unregistered (a host that left)",
        plain("WildFlyDomainEvent", "wf-hc026", "Domain membership changed",
              "INFO [org.jboss.as.domain.controller] WFLYHC0026: Unregistered remote secondary host "
              "\"app-host-5\"", severity="info"))
    add(WF_HC, NULL, "WFLYHC0017 reconnected to the domain controller (recovery, rule 14)",
        log_alert("wf-hc017", "WFLYHC0017: Reconnected to the domain controller", level="INFO",
                  logger="org.jboss.as.host.controller"))
    add(WF_HC, NULL, "WFLYHC0202 reload required (rule 10)",
        plain("WildFlyReloadRequired", "wf-hc202", "app-host-3 needs a reload",
              "WFLYHC0202: The domain configuration was successfully applied, but reload is required "
              "before changes become active.", severity="info"))
    pc = ("[Process Controller] WARN [org.jboss.as.process] WFLYPC0011: Process 'Server:{0}' finished "
          "with an exit status of 1\n[Process Controller] INFO [org.jboss.as.process] WFLYPC0021: "
          "Waiting {1} seconds until trying to restart process Server:{0}.")
    add(WF_PC, CL, "WFLYPC0011 then WFLYPC0021 back-off, repeated (rule 9)",
        plain("WildFlyServerRespawnLoop", "wf-pc021-a", "Server claims-1 keeps exiting on app-host-1",
              pc.format("claims-1", 15) + "\n(4 exits in 10m)", severity="critical"))
    add(WF_PC, CL, "WFLYPC0021 back-off in a log-pattern alert",
        log_alert("wf-pc021-b", "WFLYPC0021: Waiting 30 seconds until trying to restart process "
                  "Server:policy-2. (3rd back-off since 04:02)", level="INFO",
                  logger="org.jboss.as.process"))
    add(WF_PC, NULL, "WFLYPC0011 one exit (rule 15: one crash)",
        log_alert("wf-pc011", "WFLYPC0011: Process 'Server:reports-1' finished with an exit status of 1",
                  level="WARN", logger="org.jboss.as.process"))
    add(WF_SRV, CL, "CrashLoopBackOff whose last line is WFLYSRV0056",
        crashloop("wf-srv056", "ERROR [org.jboss.as.server] WFLYSRV0056: Server boot has failed in an "
                  "unrecoverable manner; exiting. See previous messages for details."))

    # ------------------------------------------------------------- Spring Boot
    add(SB_PORT, CL, "CrashLoopBackOff whose last line is the port-in-use failure analysis",
        crashloop("sb-port-a", "Web server failed to start. Port 8080 was already in use.", restarts=9))
    add(SB_PORT, NULL, "one start-up failure on a busy port (rule 15: one crash, configuration)",
        job_failed("sb-port-b", "***************************\nAPPLICATION FAILED TO START\n"
                   "***************************\n\nDescription:\n\nWeb server failed to start. Port 8081 "
                   "was already in use."))
    add(SB_APP, NULL, "one 'Application run failed' of a one-off migration pod (rule 15)",
        plain("PodFailedOnce", "sb-runfail", "Pod flyway-migrate-9xk2 failed",
              "ERROR o.s.boot.SpringApplication : Application run failed\n"
              "java.lang.IllegalStateException: Failed to execute CommandLineRunner", app="flyway-migrate"))
    add(SB_APP, CL, "CrashLoopBackOff whose last line is 'Application run failed'",
        crashloop("sb-runfail-loop", "ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed",
                  restarts=5))
    add(SB_RABBIT, NODE, "Rabbit health check failed with Connection refused (rule 11)",
        log_alert("sb-rabbit", "Rabbit health check failed\njava.net.ConnectException: Connection refused (rabbit-0.mq.internal:5672)", level="WARN",
                  logger="o.s.b.amqp.rabbitmq.health.AmqpRabbitHealthIndicator"))
    add(SB_COUCH, NODE, "Couchbase health check failed with Connection refused, in a readiness alert",
        plain("ActuatorHealthDown", "sb-couch", "/actuator/health of slot-booking reports DOWN",
              "WARN o.s.b.couchbase.health.CouchbaseHealthIndicator : Couchbase health check failed: "
              "java.net.ConnectException: Connection refused: cb-2.data.internal/10.42.7.19:11210",
              app="slot-booking"))
    add(SB_GRACE_T, NULL, "graceful shutdown begun (a deploy, rule 9)",
        log_alert("sb-grace-a", "Commencing graceful shutdown. Waiting for active requests to complete",
                  level="INFO", logger="o.s.boot.tomcat.GracefulShutdown"))
    add(SB_GRACE_J, NULL, "graceful shutdown aborted at the deadline (a deploy, rule 9)",
        log_alert("sb-grace-b", "Graceful shutdown aborted with one or more requests still active",
                  level="INFO", logger="o.s.boot.jetty.GracefulShutdown"))
    add(SB_CLOUD, NULL, "memory settings printed at start-up (rule 12)",
        plain("CfAppStaging", "sb-memcalc", "Staging output of fare-calc contains memory settings",
              "-----> Downloading Open JDK Like Memory Calculator 2.0.2_RELEASE\n"
              "       Memory Settings: -Xss349K -Xmx681574K -XX:MaxMetaspaceSize=104857K -Xms681574K "
              "-XX:MetaspaceSize=104857K", severity="info", app="fare-calc"))

    # ------------------------------------------------------------- further causes (same sources)
    add(SB_CASS, NODE, "Cassandra health check failed with Connection refused (rule 11)",
        log_alert("sb-cass", "Cassandra health check failed\n[/10.42.9.3:9042] java.net.ConnectException: Connection refused", level="WARN",
                  logger="o.s.b.cassandra.health.CassandraDriverHealthIndicator"))
    add(WF_CTL, TO, "WFLYCTL0410 timed out awaiting the final response (rule 13)",
        plain("WildFlyManagementOpTimeout", "wf-410", "Management operation timed out on app-host-1",
              "INFO [org.jboss.as.controller] WFLYCTL0410: Execution of operation 'undeploy' on remote "
              "process at address '[(\"host\" => \"app-host-1\"),(\"server\" => \"tariff-1\")]' timed "
              "out after 300000 ms while awaiting final response; remote process has been notified to "
              "terminate operation"))
    add(WF_HC, TO, "WFLYHC0199 in a log-pattern alert (rule 13)",
        log_alert("wf-hc199-b", "WFLYHC0199: Server 'parcel-3' (managed by host 'app-host-6') has not "
                  "responded to an operation request within the configured timeout. This may mean the "
                  "server has become unstable.", level="WARN", logger="org.jboss.as.host.controller"))
    add(R4_BFE, CPE, "BulkheadFullException in a failed job's output",
        job_failed("r4-bh-f", "java.util.concurrent.CompletionException: io.github.resilience4j.bulkhead."
                   "BulkheadFullException: Bulkhead 'statementExport' is full and does not permit further calls"))
    add(R4_RNP, RL, "RequestNotPermitted mapped to 429 by the service (rule 3)",
        plain("Http429Spike", "r4-rl-e", "fare-calc answers 429 to its callers",
              "Handler mapped io.github.resilience4j.ratelimiter.RequestNotPermitted: RateLimiter "
              "'publicSearch' does not permit further calls -> 429 TOO_MANY_REQUESTS (2,311 in 5m)",
              code="429", service="fare-calc"))
    add(IJ_BUNDLE, CPE, "CrashLoopBackOff whose last line is IJ000655 (cause over symptom, rule 1)",
        crashloop("ij-655-g", "ERROR [org.jboss.as.controller.management-operation] Caused by: "
                  "javax.resource.ResourceException: IJ000655: No managed connections available within "
                  "configured blocking timeout (30000 [ms])", restarts=4))
    add(WF_PC, CL, "WFLYPC0021 back-offs counted by a log alert",
        plain("WildFlyServerRespawnLoop", "wf-pc021-c", "Process controller backs off restarting Server:kyc-1",
              "WFLYPC0021: Waiting 60 seconds until trying to restart process Server:kyc-1. (5 times in "
              "the last 20 minutes)", severity="critical"))
    family.write()


if __name__ == "__main__":
    main()
