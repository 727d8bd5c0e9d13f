#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_runtime21.jsonl: error lines of client libraries and language
runtimes that the corpus did not quote yet (Jedis, Vert.x's connection pool, Polly v8, Apache
HttpClient 4's route pool, Erlang/OTP's TLS alerts), quoted inside symptom alerts: a log-pattern
alert, an error-ratio alert naming its most frequent error, an APM exception alert, a failed job,
a Loki ruler alert and a Datadog log monitor.

What the family tests: a cause named only by a library's own words (a pool's wait queue full, a
pool lease timing out, a resilience pipeline's timeout, an expired peer certificate in an Erlang
TLS alert), and the same libraries' look-alikes that share words but name no cause: Jedis failing
to *return* or *destroy* pool resources, a Vert.x pool already closed, Polly's open circuit, and
Erlang TLS alerts for an unknown CA, a bad certificate or a handshake failure (not expiry).

Labels, decided under POLICY.md before the classifier ran on the file (rule 1: the quoted cause
decides, also inside error-ratio and log alerts):
- Jedis "Could not get a resource from the pool" caused by commons-pool's "Timeout waiting for
  idle object": `connection_pool_exhaustion` (every pooled connection lent out, the borrow timed
  out). Vert.x "Connection pool reached max wait queue size of N": `connection_pool_exhaustion`
  (rule 7: a pool that is full or overflowing). HttpClient "Timeout waiting for connection from
  pool": `connection_pool_exhaustion`.
- Polly "The operation didn't complete within the allowed timeout of '...'": `upstream_timeout`
  (rule 13: the caller gave up on what it called).
- Erlang/OTP ssl alert "Certificate Expired": `certificate_expiry`.
- Look-alikes, `null`: Jedis "Could not return the resource to the pool" / "Could not destroy the
  pool", Vert.x "Pool already closed" (rule 12: a pool shut down), Polly "The circuit is now open
  and is not allowing calls." (a breaker state naming no cause; quoted only in log-line frames,
  rule 8), Erlang "Unknown CA", "Bad Certificate", "Handshake Failure" (TLS failures that are
  not expiry). Look-alikes are put only in frames that assert no symptom of their own.

Left out as ambiguous (rule 6): Jedis "Could not get a resource from the pool" without its cause
(it is also raised when Redis refuses connections), and Polly's open circuit inside an
error-ratio alert (symptom vs none: kept out to keep the look-alikes clean).

Frames, hosts, values and services are made up; only the quoted error strings come from the
sources listed in SOURCES.md.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

JEDIS = ("redis/jedis", "src/main/java/redis/clients/jedis/util/Pool.java",
         "60ccce4d4e55d877ad6ffb511bc057528325ee31")
VERTX = ("eclipse-vertx/vert.x", "src/main/java/io/vertx/core/net/impl/pool/SimpleConnectionPool.java",
         "24ae8815303308a11678accc0f617aa12dc31922")
POLLY_T = ("App-vNext/Polly", "src/Polly.Core/Timeout/TimeoutResilienceStrategy.cs",
           "a14508b9d2839efbd9141305bb3e327ca261dbeb")
POLLY_C = ("App-vNext/Polly", "src/Polly.Core/CircuitBreaker/BrokenCircuitException.cs",
           "29f6e842a6c35a7f5c9a8402d19962115da49298")
HTTPC = ("apache/httpcomponents-client",
         "httpclient/src/main/java/org/apache/http/impl/conn/tsccm/ConnPoolByRoute.java",
         "2ebe3b1378a23ef01522c5a96d1341d8fe5ed339")
OTP = ("erlang/otp", "lib/ssl/src/ssl_alert.erl", "54e20b0df9e643f48bcc4bcb8d58bdc97335b42b")

family = ProbeFamily("probes_runtime21.jsonl")

SERVICES = ["cart-svc", "pricing-engine", "fulfil-api", "ledger-sync", "notify-gw", "search-edge",
            "tariff-calc", "geo-lookup", "media-proxy", "quota-keeper"]
NS = ["shop", "payments", "platform", "logistics"]


def frame(n, text, symptom_ok):
    """The n-th frame quoting `text`. Error-ratio/latency frames only when symptom_ok."""
    svc = SERVICES[n % len(SERVICES)]
    ns = NS[n % len(NS)]
    pod = f"{svc}-{7 + n % 5}c{n % 9}f{(n * 7) % 10}d-{'xqkzt'[n % 5]}{n % 10}w"
    first = text.split("\n")[0]
    shapes = 6 if symptom_ok else 4
    s = n % shapes
    if s == 0:
        return ({"alertname": "AppLogErrorPattern", "severity": "warning", "namespace": ns, "pod": pod,
                 "service": svc},
                {"summary": f"error pattern matched in {svc} logs",
                 "description": f"{14 + n} matching lines in 5m, latest:\n{text}"})
    if s == 1:
        return ({"alertname": "APMExceptionSpike", "severity": "warning", "service": svc,
                 "env": "prod", "error_message": first},
                {"summary": f"{svc}: new exception group over threshold ({3 + n % 7} per minute)"})
    if s == 2:
        return ({"alertname": "KubeJobFailed", "severity": "critical", "namespace": ns,
                 "job_name": f"{svc}-reconcile-{29000 + n * 13}"},
                {"summary": f"Job {ns}/{svc}-reconcile failed",
                 "description": f"Pod log tail:\n{text}\nexit status 1"})
    if s == 3:
        return ({"alertname": "LokiRuleErrorLines", "severity": "warning", "app": svc,
                 "cluster": "eu-central-2"},
                {"message": f"sum(count_over_time({{app=\"{svc}\"}} |= \"ERROR\" [5m])) > 10\n"
                            f"sample: {text}"})
    if s == 4:
        return ({"alertname": "ServiceErrorRatioHigh", "severity": "critical", "service": svc,
                 "namespace": ns, "error_message": first},
                {"summary": f"{svc}: {4 + n % 6}.{n % 10}% of requests failed in the last 10m",
                 "description": "Error ratio above the 2% SLO threshold. Top error message in the window "
                                "is in the error_message label."})
    return ({"alertname": "[Datadog] Log monitor", "monitor_priority": "P2", "service": svc},
            {"summary": f"[Triggered] Errors in {svc}",
             "description": f"%%%\nlog query status:error service:{svc} matched {20 + n} events.\n\n"
                            f"```\n{text}\n```\n%%%"})


COUNTER = [0]


def add(src, expected, why, text, symptom_ok=True):
    n = COUNTER[0]
    COUNTER[0] += 1
    labels, annotations = frame(n, text, symptom_ok)
    family.add(src, expected, f"{src[0]} {src[1]}: {why}", labels, annotations)


def main():
    # ---- Jedis + commons-pool: borrow timed out, all connections lent out
    for i, (cls, wait) in enumerate([("JedisConnectionException", "2000"),
                                     ("JedisException", "500"),
                                     ("JedisConnectionException", "3000"),
                                     ("JedisConnectionException", "1000"),
                                     ("JedisException", "250"),
                                     ("JedisConnectionException", "800")]):
        add(JEDIS, "connection_pool_exhaustion",
            "Jedis could not borrow from its pool, commons-pool timed out waiting for an idle object",
            f"redis.clients.jedis.exceptions.{cls}: Could not get a resource from the pool\n"
            f"Caused by: java.util.NoSuchElementException: Timeout waiting for idle object, "
            f"borrowMaxWaitDuration=PT{int(wait) / 1000:g}S")
    # ---- Jedis look-alikes
    for i, msg in enumerate(["Could not return the resource to the pool",
                             "Could not destroy the pool",
                             "Could not return the broken resource to the pool",
                             "Could not return the resource to the pool",
                             "Could not destroy the pool",
                             "Could not return the broken resource to the pool"]):
        add(JEDIS, None, "Jedis failed to return or destroy pool resources (no exhaustion; look-alike)",
            f"redis.clients.jedis.exceptions.JedisException: {msg}\n"
            f"Caused by: java.lang.IllegalStateException: Object has already been returned to this pool "
            f"or is invalid", symptom_ok=False)
    # ---- Vert.x pool wait queue full
    for q in [0, 32, 128, 200, 500, 1024]:
        add(VERTX, "connection_pool_exhaustion",
            "Vert.x connection pool's wait queue is full (pool overflowing, rule 7)",
            f"io.vertx.core.http.ConnectionPoolTooBusyException: Connection pool reached max wait "
            f"queue size of {q}")
    # ---- Vert.x look-alike: pool closed
    for i in range(5):
        add(VERTX, None, "a Vert.x pool that was already closed (rule 12 look-alike)",
            "io.vertx.core.impl.NoStackTraceThrowable: Pool already closed", symptom_ok=False)
    # ---- Polly v8 timeout
    for t in ["00:00:10", "00:00:30", "00:00:02", "00:01:40", "00:00:05", "00:00:15", "00:00:08.5000000"]:
        add(POLLY_T, "upstream_timeout",
            "Polly's timeout strategy gave up on the call it wrapped (rule 13)",
            f"Polly.Timeout.TimeoutRejectedException: The operation didn't complete within the allowed "
            f"timeout of '{t}'.")
    # ---- Polly look-alike: open circuit, only in frames asserting no symptom
    for i in range(6):
        add(POLLY_C, None, "Polly's circuit breaker is open; the line names no cause (look-alike)",
            "Polly.CircuitBreaker.BrokenCircuitException: The circuit is now open and is not "
            "allowing calls.", symptom_ok=False)
    # ---- Apache HttpClient 4 route pool
    for i in range(6):
        add(HTTPC, "connection_pool_exhaustion",
            "HttpClient could not lease a connection from its route pool in time",
            "org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection from pool")
    # ---- Erlang/OTP TLS alerts
    peers = ["payments.partner-bank.example:443", "idp.corp.example:8443", "s3.eu.objstore.example:443",
             "hooks.vendor.example:443", "ldap.int.example:636", "mq.int.example:5671",
             "api.carrier.example:443", "telemetry.example:4318", "sso.example:443"]
    for i, peer in enumerate(peers):
        side = "CLIENT" if i % 3 else "SERVER"
        verb = "generated" if side == "CLIENT" else "received"
        add(OTP, "certificate_expiry", "an Erlang/OTP TLS alert for an expired certificate",
            f"[error] TLS client: In state certify {verb} {side} ALERT: Fatal - Certificate Expired "
            f"(peer {peer})")
    for i, desc in enumerate(["Unknown CA", "Bad Certificate", "Handshake Failure",
                              "Unknown CA", "Bad Certificate", "Handshake Failure",
                              "Unknown CA", "Handshake Failure", "Bad Certificate"]):
        add(OTP, None, f"an Erlang/OTP TLS alert '{desc}': a TLS failure that is not expiry (look-alike)",
            f"[error] TLS client: In state certify generated CLIENT ALERT: Fatal - {desc} "
            f"(peer {peers[i]})", symptom_ok=False)
    family.write()


if __name__ == "__main__":
    main()
