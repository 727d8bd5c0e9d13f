#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_net10.jsonl: failing name resolution and upstream timeouts
as client libraries, proxies and DNS servers of many ecosystems report them, quoted inside the
symptom alerts they usually arrive in (error ratios, latency, log counts, Grafana, Datadog and
Elastic-style rules with the line in a description or in an `error`/`message`/`reason` label),
next to look-alikes that must stay null or belong to another signature.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-11) from the
alert's meaning; the label is written next to the item and never taken from the classifier.
Hosts, pods and numbers are made up. Run from the repository root.
"""
from probes_common import ProbeFamily, probe_item
from probes_common import provenance as prov

FAMILY = ProbeFamily("probes_net10.jsonl")


CARES = prov("c-ares/c-ares", "src/lib/ares_strerror.c", "589b5887d47736e5b70a1fddaf9bf90297adde65")
GO_CLIENT = prov("golang/go", "src/net/http/client.go", "076c3d7f077ff0f8d02675b66b9794bbff8d2147")
GO_DNS = prov("golang/go", "src/net/dnsclient_unix.go", "44a0f15bd58d096559bddf370b84e9e979c32747")
DNSPYTHON = prov("rthalley/dnspython", "dns/resolver.py", "fdbbf4b429472242531d4121ff668c63c81d3a1a")
RESOLV_RB = prov("ruby/ruby", "lib/resolv.rb", "9682db065158da5fa4ec8a3bc267da45b429b92c")
NET_PROTOCOL_RB = prov("ruby/ruby", "lib/net/protocol.rb", "ef66d39f9687810f56dc2a3df01542db1fe82056")
HICKORY = prov("hickory-dns/hickory-dns", "crates/net/src/error.rs", "557e87d6de7de985cda7134c7718502475dd280d")
PHP_NET = prov("php/php-src", "main/network.c", "dc43dd1c9117822dd9140c3837cfff978d827c93")
NGX_RESOLVER = prov("nginx/nginx", "src/core/ngx_resolver.c", "3f6f7824d4e2eb1ac37dec76683d525ac0ff521c")
NGX_UPSTREAM = prov("nginx/nginx", "src/http/ngx_http_upstream.c", "3f6f7824d4e2eb1ac37dec76683d525ac0ff521c")
RESOLVED_TX = prov("systemd/systemd", "src/resolve/resolved-dns-transaction.c", "0a0f49556fa9b6110dad419efedec04adbfc75b1")
RESOLVED_SRV = prov("systemd/systemd", "src/resolve/resolved-dns-server.c", "b5efdb8af40ea759a1ea584c1bc44ecc81dd00ce")
UNBOUND = prov("NLnetLabs/unbound", "util/module.c", "7fb79b0677a03d6922c29880854e8fdeb271679e")
NETTY_CTX = prov("netty/netty", "resolver-dns/src/main/java/io/netty/resolver/dns/DnsResolveContext.java", "0bb88a3e061f77355627e7fd7fc170ffdada7578")
NETTY_QUERY = prov("netty/netty", "resolver-dns/src/main/java/io/netty/resolver/dns/DnsQueryContext.java", "0bb88a3e061f77355627e7fd7fc170ffdada7578")
COREDNS_ERRORS = prov("coredns/coredns", "plugin/errors/README.md", "4b26cced32717eac6dd725e308d7415c8b9db147")
COREDNS_METRICS = prov("coredns/coredns", "plugin/metrics/README.md", "4b26cced32717eac6dd725e308d7415c8b9db147")
COREDNS_RELOAD = prov("coredns/coredns", "plugin/reload/README.md", "4b26cced32717eac6dd725e308d7415c8b9db147")
COREDNS_FORWARD = prov("coredns/coredns", "plugin/forward/forward.go", "4b26cced32717eac6dd725e308d7415c8b9db147")
PDNS = prov("PowerDNS/pdns", "pdns/recursordist/metrics_table.py", "20096dc7c96883e6f92ed91ce8fa6e911f50bca0")
BIND_ZONE = prov("isc-projects/bind9", "lib/dns/zone.c", "bf74540dfe23bcb77afa62f65d1a290535435747")
GRPC_GO = prov("grpc/grpc-go", "internal/status/status.go", "4793ad0474669eafbd5346c8a3d098fdfa542498")
GRPC_JAVA = prov("grpc/grpc-java", "core/src/main/java/io/grpc/internal/ClientCallImpl.java", "5fda0c7c35a938b2b0be05cdbe168dcb0700d64a")
GRPC_JAVA_DNS = prov("grpc/grpc-java", "core/src/main/java/io/grpc/internal/DnsNameResolver.java", "5fda0c7c35a938b2b0be05cdbe168dcb0700d64a")
TRAEFIK = prov("traefik/traefik", "pkg/proxy/httputil/proxy.go", "fd5a576df2e8aeb0bfc8a96b6ef6e60a61f7ec0a")
CADDY = prov("caddyserver/caddy", "modules/caddyhttp/reverseproxy/reverseproxy.go", "0cf03d32f7d99cf160d5375e8a40fbe3d910d515")
TOKIO = prov("tokio-rs/tokio", "tokio/src/time/error.rs", "ea91b33ca57ff0581b38e735cc108f831bccbdaa")
SPRING = prov("spring-projects/spring-framework", "spring-web/src/main/java/org/springframework/web/client/RestTemplate.java", "91eb42645e26a7ef9382b4a655bcefe5c8682fee")
SPRING_ERR = prov("spring-projects/spring-framework", "spring-web/src/main/java/org/springframework/web/client/HttpServerErrorException.java", "91eb42645e26a7ef9382b4a655bcefe5c8682fee")
HC5_CONNECT = prov("apache/httpcomponents-client", "httpclient5/src/main/java/org/apache/hc/client5/http/ConnectExceptionSupport.java", "86c313b2876a8796ab696a2aab546ba4fe6ac227")
HC5_RUNTIME = prov("apache/httpcomponents-client", "httpclient5/src/main/java/org/apache/hc/client5/http/impl/classic/InternalExecRuntime.java", "86c313b2876a8796ab696a2aab546ba4fe6ac227")
HIKARI = prov("brettwooldridge/HikariCP", "src/main/java/com/zaxxer/hikari/pool/HikariPool.java", "604d7d5838e96afbbdd4e19eedab7497cf368eb6")
KSM_POD = prov("kubernetes/kube-state-metrics", "docs/metrics/workload/pod-metrics.md", "c92fe0c5ce02d3b52abf54490e00db6c706f2ba5")
KSM_JOB = prov("kubernetes/kube-state-metrics", "docs/metrics/workload/job-metrics.md", "c92fe0c5ce02d3b52abf54490e00db6c706f2ba5")

TF_STATE = prov("hashicorp/terraform-plugin-sdk", "helper/resource/state.go", "1413e22a8d8b7e0e6926dea8db4717f070d3617e")
GO_SERVER = prov("golang/go", "src/net/http/server.go", "cf501e05e138e6911f759a5db786e90b295499b9")
COREDNS_CACHE = prov("coredns/coredns", "plugin/cache/README.md", "4b26cced32717eac6dd725e308d7415c8b9db147")
GRPC_GO_CODES = prov("grpc/grpc-go", "codes/code_string.go", "4793ad0474669eafbd5346c8a3d098fdfa542498")

NODE_ERRORS = prov("nodejs/node", "lib/internal/errors.js", "d9214a7a2c91bf6c5d412b07fdce2827d15bb6ab")
GO_TRANSPORT = prov("golang/go", "src/net/http/transport.go", "a925402b62c06d1cfe2b345cba0b11fa06b8401d")
BLACKBOX_UTILS = prov("prometheus/blackbox_exporter", "prober/utils.go", "5bad55cfb3fa6d09b0b58942977f1e59cdbc045e")

def add(expected, project, source, provenance, labels, annotations):
    FAMILY.append(probe_item(labels, annotations, expected, source, project, provenance))


# ------------------------------------------------------------------ shapes
# Each shape renders one quoted line the way it reaches an on-call engineer. None of them names
# the cause in the alert's own words: the quoted line carries it (POLICY.md rule 1).

def error_ratio(service, line, ratio="7.4", where=None):
    """A Prometheus 5xx-ratio rule whose runbook annotation quotes the top error of the window."""
    labels = {"alertname": "HighErrorRatio", "severity": "critical", "service": service,
              "namespace": where or "prod"}
    return labels, {
        "summary": f"{service}: {ratio}% of requests failed in the last 5m",
        "description": f"The 5xx ratio of {service} is above 5% for 10 minutes.\nTop error in the logs: {line}",
    }


def error_label(service, line, ratio="12.9"):
    """A Grafana-managed error-rate alert that copies the last error into an `error` label."""
    return ({"alertname": "Error rate above threshold", "grafana_folder": "Services",
             "service": service, "error": line},
            {"summary": f"Error rate for {service} is {ratio}%"})


def log_count(app, line, n=37):
    """A Loki ruler log-count alert with the matched line in a `message` label."""
    return ({"alertname": "ErrorLogsDetected", "severity": "warning", "app": app,
             "namespace": "prod", "message": line},
            {"summary": f"{n} error lines from {app} in the last 5 minutes",
             "description": f"count_over_time({{app=\"{app}\"}} |= \"error\" [5m]) = {n}"})


def datadog(service, line, count=58):
    """A Datadog log monitor as its webhook delivers it: title and body with the sample."""
    return ({"alertname": f"[Triggered] Errors in {service} logs", "monitor_type": "log alert",
             "service": service, "env": "production"},
            {"title": f"[Triggered on {{service:{service}}}] Errors in {service} logs",
             "message": f"More than 50 error logs in 5 minutes ({count}).\nSample: {line}\n@pagerduty-{service}"})


def elastic(service, line, count=21):
    """An Elastic/Kibana log threshold rule with the matched message in `reason`."""
    return ({"alertname": "Log threshold breached", "rule_type": "logs.alert.document.count",
             "service.name": service},
            {"summary": f"{count} log entries matched in the last 5 minutes for {service}",
             "reason": line})


def latency(service, line, p99="4.8"):
    """A p99 latency rule whose description quotes a sample error of the slow requests."""
    return ({"alertname": "HighRequestLatency", "severity": "warning", "service": service},
            {"summary": f"{service} p99 latency is {p99}s",
             "description": f"p99 request latency of {service} is above 2s for 10 minutes. Sample error from the slow requests: {line}"})


def bare(check, host, output):
    """A check's output delivered alone (Nagios/Icinga-style notification)."""
    return ({"alertname": check, "host": host, "state": "CRITICAL"}, {"output": output})


SHAPES = [error_ratio, error_label, log_count, datadog, elastic]


def spread(expected, project, source, provenance, rows, shapes=SHAPES):
    """One item per (service, line) row, cycling through the shapes."""
    for i, (service, line) in enumerate(rows):
        labels, annotations = shapes[i % len(shapes)](service, line)
        add(expected, project, source, provenance, labels, annotations)


# ================================================================== dns_failure
# c-ares's texts as gRPC C-core clients (Python, Ruby, PHP, C++) wrap them.
spread("dns_failure", "c-ares/c-ares", "c-ares: ares_strerror texts inside gRPC's resolver error", CARES, [
    ("checkout", 'grpc._channel._InactiveRpcError: status = StatusCode.UNAVAILABLE details = "DNS resolution failed for inventory:50051: C-ares status is not ARES_SUCCESS qtype=A name=inventory is_balancer=0: Domain name not found"'),
    ("recommendations", "14 UNAVAILABLE: DNS resolution failed for catalog.prod.svc:9090: C-ares status is not ARES_SUCCESS qtype=AAAA name=catalog.prod.svc is_balancer=0: Timeout while contacting DNS servers"),
    ("ml-scorer", "503 DNS resolution failed for feature-store.internal:443: C-ares status is not ARES_SUCCESS qtype=SRV name=_grpclb._tcp.feature-store.internal: Could not contact DNS servers"),
    ("ledger", "DNS resolution failed for accounts-api:8443: C-ares status is not ARES_SUCCESS qtype=A name=accounts-api is_balancer=0: DNS server returned general failure"),
    ("search-indexer", "GRPC::Unavailable: 14:DNS resolution failed for es-proxy.search:9200: C-ares status is not ARES_SUCCESS qtype=A name=es-proxy.search is_balancer=0: Domain name not found"),
])
add("dns_failure", "c-ares/c-ares", "c-ares: resolver error in a bare client log line", CARES,
    {"alertname": "GrpcClientErrors", "severity": "warning", "job": "quote-service"},
    {"summary": "quote-service cannot reach pricing",
     "description": "E1203 09:14:02.771 ares_resolver: request for pricing.svc.cluster.local failed: Could not contact DNS servers"})

# Go's resolver (net.DNSError): NXDOMAIN is "no such host", SERVFAIL "server misbehaving".
spread("dns_failure", "golang/go", "Go net: DNSError texts in a Go service's error line", GO_DNS, [
    ("orders-api", 'dial tcp: lookup orders-db.prod.svc.cluster.local on 10.96.0.10:53: no such host'),
    ("billing", 'Post "https://payments.internal/v1/charge": dial tcp: lookup payments.internal on 10.0.0.2:53: server misbehaving'),
    ("notifier", 'failed to send: dial tcp: lookup smtp.mailrelay.corp on 127.0.0.53:53: no such host'),
    ("gateway", 'lookup auth.prod.svc.cluster.local on 10.96.0.10:53: read udp 10.244.3.17:44012->10.96.0.10:53: i/o timeout'),
    ("metrics-relay", 'dial tcp: lookup influx.monitoring on 10.96.0.10:53: no answer from DNS server'),
    ("catalog", 'Get "http://images.cdn.internal/v2/thumb": dial tcp: lookup images.cdn.internal: server misbehaving'),
    ("session-store", 'redis: dial tcp: lookup redis-master.cache.svc.cluster.local on 10.96.0.10:53: no such host'),
])
# A Caddy reverse proxy logs the Go dial error of its upstream.
add("dns_failure", "caddyserver/caddy", "Caddy: reverse proxy error log with a Go lookup failure", CADDY,
    {"alertname": "CaddyProxyErrors", "severity": "warning", "instance": "edge-2:2019"},
    {"summary": "Caddy returned 502 for 4.1% of requests on edge-2",
     "description": '{"level":"error","logger":"http.log.error","msg":"dial tcp: lookup webapp on 127.0.0.11:53: no such host","status":502}'})
add("dns_failure", "golang/go", "Go net: scrape error of a Prometheus target", GO_DNS,
    {"alertname": "TargetScrapeFailing", "severity": "warning", "job": "node", "instance": "db-7.dc2.example.net:9100"},
    {"summary": "Scrapes of db-7.dc2.example.net:9100 fail",
     "description": 'last scrape error: Get "http://db-7.dc2.example.net:9100/metrics": dial tcp: lookup db-7.dc2.example.net on 10.1.0.53:53: no such host'})

# dnspython.
spread("dns_failure", "rthalley/dnspython", "dnspython: resolver exceptions in a Python job's error", DNSPYTHON, [
    ("mail-verifier", "dns.resolver.NXDOMAIN: The DNS query name does not exist: mx.partner-corp.example."),
    ("cert-renewer", "dns.resolver.NoNameservers: All nameservers failed to answer the query _acme-challenge.shop.example.com. IN TXT: Server 10.0.0.2 UDP port 53 answered SERVFAIL"),
    ("crawler", "dns.resolver.LifetimeTimeout: The resolution lifetime expired after 5.405 seconds: Server 10.0.0.2 UDP port 53 answered The DNS operation timed out."),
    ("spf-checker", "dns.resolver.NXDOMAIN: None of DNS query names exist: _spf.mailer.example., _spf.mailer.example.corp."),
], shapes=[datadog, elastic, error_label, log_count])
add("dns_failure", "rthalley/dnspython", "dnspython: resolver timeout inside a latency alert", DNSPYTHON,
    *latency("link-preview", "dns.resolver.LifetimeTimeout: The resolution lifetime expired after 10.012 seconds: Server 192.168.10.1 UDP port 53 answered The DNS operation timed out."))

# Ruby's Resolv.
spread("dns_failure", "ruby/ruby", "Ruby Resolv: ResolvError for a name with no address", RESOLV_RB, [
    ("storefront", "Resolv::ResolvError: no address for memcached-1.cache.internal"),
    ("webhooks", "Resolv::ResolvError (no address for hooks-receiver.partner.example)"),
], shapes=[error_ratio, log_count])

# hickory-dns (trust-dns) in Rust services.
spread("dns_failure", "hickory-dns/hickory-dns", "hickory-dns: no records found for a query", HICKORY, [
    ("ingest-rs", 'resolve error: no records found for Query { name: Name("kafka-0.kafka-headless.data.svc.cluster.local."), query_type: A, query_class: IN }'),
    ("edge-router", 'upstream resolution failed: no records found for Query { name: Name("api-v2.internal."), query_type: AAAA, query_class: IN }'),
], shapes=[elastic, error_label])

# PHP streams and PDO.
spread("dns_failure", "php/php-src", "PHP: php_network_getaddresses failure in PDO, Redis and mail clients", PHP_NET, [
    ("shop-php", "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql-primary.db failed: Name or service not known"),
    ("cms", "RedisException: php_network_getaddresses: getaddrinfo for redis.cache failed: Temporary failure in name resolution"),
    ("newsletter", 'Connection could not be established with host "smtp.relay.example:587": stream_socket_client(): php_network_getaddresses: getaddrinfo for smtp.relay.example failed: Name or service not known'),
], shapes=[error_ratio, datadog, log_count])

# nginx's resolver (variables in proxy_pass, upstream zone re-resolution).
spread("dns_failure", "nginx/nginx", "nginx: upstream name could not be resolved", NGX_RESOLVER, [
    ("ingress-public", '2026/12/02 09:41:17 [error] 31#31: *8812 backend-svc.prod.svc.cluster.local could not be resolved (3: Host not found), client: 10.2.0.14, server: shop.example.com, request: "GET /api/cart HTTP/1.1"'),
    ("cdn-edge", '[error] 12#12: *4410 origin.assets.internal could not be resolved (2: Server failure), client: 192.0.2.77, server: static.example.com'),
    ("api-gw", '[error] 7#7: *120 auth.internal could not be resolved (110: Operation timed out), client: 10.0.4.3, server: api.example.com, request: "POST /login HTTP/1.1"'),
    ("ingress-internal", "[error] 9#9: upstream zone: app-backends.internal could not be resolved (3: Host not found) while resolving"),
], shapes=[error_ratio, log_count, latency, elastic])

# systemd-resolved DNSSEC validation failures (the lookup fails with them).
add("dns_failure", "systemd/systemd", "systemd-resolved: DNSSEC validation failed in the journal", RESOLVED_TX,
    {"alertname": "JournalErrorPattern", "severity": "warning", "host": "build-agent-4", "unit": "systemd-resolved.service"},
    {"summary": "systemd-resolved on build-agent-4 logs failing lookups",
     "description": "systemd-resolved[612]: DNSSEC validation failed for question registry.example.org IN A: signature-expired"})
add("dns_failure", "systemd/systemd", "systemd-resolved: DNSSEC failure quoted in a package mirror job's error", RESOLVED_TX,
    *datadog("apt-mirror-sync", "resolve call failed: DNSSEC validation failed: no-signature (systemd-resolved[418]: DNSSEC validation failed for question mirror.example.net IN AAAA: no-signature)"))

# Unbound's validator: bogus answers are SERVFAIL to clients.
for host, name, reason in [("resolver-1", "bank.example.", "signature expired from 192.0.2.53 for key bank.example. while building chain of trust"),
                           ("resolver-2", "www.shop.example.", "no signatures from 198.51.100.7 for DS shop.example. while building chain of trust")]:
    add("dns_failure", "NLnetLabs/unbound", "Unbound: validation failure logged for a bogus answer", UNBOUND,
        {"alertname": "UnboundValidationFailures", "severity": "warning", "instance": f"{host}:9167"},
        {"summary": f"{host} returns SERVFAIL for bogus answers",
         "description": f"info: validation failure <{name} A IN>: {reason}"})

# Netty's DNS resolver in JVM services (reactor-netty, Vert.x, Armeria).
spread("dns_failure", "netty/netty", "Netty: resolver failures in a JVM service", NETTY_CTX, [
    ("payment-gateway", "io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Failed to resolve 'fraud-check' [A(1), AAAA(28)] and search domain query for configured domains failed as well: [payments.svc.cluster.local, svc.cluster.local, cluster.local]"),
    ("order-events", "java.net.UnknownHostException: Failed to resolve 'kafka-2.kafka-headless' [A(1)] and search domain query for configured domains failed as well: [data.svc.cluster.local, svc.cluster.local]"),
], shapes=[error_label, error_ratio])
add("dns_failure", "netty/netty", "Netty: DNS query timed out in a JVM service", NETTY_QUERY,
    *log_count("inventory-sync", "io.netty.resolver.dns.DnsNameResolverTimeoutException: [/10.96.0.10:53] query '28641' via UDP timed out after 5000 milliseconds (no stack trace available)"))

# gRPC-Java's DNS name resolver.
spread("dns_failure", "grpc/grpc-java", "gRPC Java: name resolver cannot resolve the target", GRPC_JAVA_DNS, [
    ("loyalty", "io.grpc.StatusRuntimeException: UNAVAILABLE: Unable to resolve host points-ledger.loyalty.svc.cluster.local"),
    ("tax-engine", "UNAVAILABLE: Unable to resolve host rates-provider"),
], shapes=[datadog, elastic])

# CoreDNS: the errors plugin logs a failed forward; responses by rcode.
for pod, name, up in [("coredns-6d8c4cb4d-2xk9p", "orders-db.prod.svc.cluster.local.", "10.244.0.5:51234->8.8.8.8:53"),
                      ("coredns-6d8c4cb4d-7hq2m", "api.partner.example.", "10.244.1.9:40871->1.1.1.1:53")]:
    add("dns_failure", "coredns/coredns", "CoreDNS: errors plugin line for a failed forward", COREDNS_ERRORS,
        {"alertname": "CoreDNSErrorLogs", "severity": "warning", "namespace": "kube-system", "pod": pod},
        {"summary": f"CoreDNS pod {pod} logs errors",
         "description": f"[ERROR] plugin/errors: 2 {name} A: read udp {up}: i/o timeout"})
add("dns_failure", "coredns/coredns", "CoreDNS: SERVFAIL share of responses", COREDNS_METRICS,
    {"alertname": "CoreDNSServfailRatioHigh", "severity": "critical", "namespace": "kube-system", "server": "dns://:53"},
    {"summary": "CoreDNS answers 9.3% of queries with SERVFAIL",
     "description": 'sum(rate(coredns_dns_responses_total{rcode="SERVFAIL"}[5m])) / sum(rate(coredns_dns_responses_total[5m])) > 0.05'})
add("dns_failure", "coredns/coredns", "CoreDNS: rcode as label-only evidence", COREDNS_METRICS,
    {"alertname": "DNSResponsesAbnormal", "severity": "warning", "job": "coredns", "rcode": "SERVFAIL", "zone": "."},
    {"summary": "Abnormal DNS responses on coredns"})
add("dns_failure", "coredns/coredns", "CoreDNS: forward plugin has no healthy upstream", COREDNS_FORWARD,
    *log_count("coredns", "[ERROR] plugin/errors: 2 registry.npmjs.org. AAAA: no healthy proxies", n=212))

# PowerDNS Recursor counters.
add("dns_failure", "PowerDNS/pdns", "PowerDNS Recursor: servfail answers rate", PDNS,
    {"alertname": "PowerDNSRecursorServfailRate", "severity": "warning", "instance": "rec-1.dc1:8082"},
    {"summary": "rec-1.dc1 answers 14 servfail per second",
     "description": "rate(pdns_recursor_servfail_answers[5m]) = 14.2 (Number of servfail answers)"})
add("dns_failure", "PowerDNS/pdns", "PowerDNS Recursor: DNSSEC bogus results", PDNS,
    {"alertname": "PowerDNSRecursorBogus", "severity": "warning", "instance": "rec-2.dc1:8082"},
    {"summary": "DNSSEC validation is failing on rec-2.dc1",
     "description": "rate(pdns_recursor_dnssec_result_bogus[10m]) > 1: answers are bogus and clients receive SERVFAIL"})
add("dns_failure", "PowerDNS/pdns", "PowerDNS Recursor: nxdomain answers share", PDNS,
    {"alertname": "RecursorNxdomainRatio", "severity": "info", "instance": "rec-3.dc2:8082"},
    {"summary": "41% of answers on rec-3.dc2 are NXDOMAIN",
     "description": "rate(pdns_recursor_nxdomain_answers[5m]) / rate(pdns_recursor_questions[5m]) > 0.3"})

# BIND: a secondary whose zone expired answers SERVFAIL for it (POLICY.md rule 11).
add("dns_failure", "isc-projects/bind9", "BIND: secondary zone expired", BIND_ZONE,
    {"alertname": "NamedLogError", "severity": "critical", "host": "ns2.example.net"},
    {"summary": "named on ns2.example.net: zone expired",
     "description": "general: warning: zone corp.example/IN: expired"})

# Terse payloads.
add("dns_failure", "golang/go", "Go net: terse payload with the error only", GO_DNS,
    {"alertname": "probe_failed", "target": "https://status.partner.example"},
    {"error": "lookup status.partner.example: no such host"})
add("dns_failure", "c-ares/c-ares", "c-ares: terse payload with the error only", CARES,
    {"alertname": "sync_error", "job": "geo-sync"},
    {"message": "ares: Domain name not found (geo-api.vendor.example)"})

# ================================================================== dns look-alikes
# DNS latency is latency (rule 4).
add("high_latency", "coredns/coredns", "CoreDNS: request duration p99", COREDNS_METRICS,
    {"alertname": "CoreDNSLatencyHigh", "severity": "warning", "namespace": "kube-system"},
    {"summary": "CoreDNS p99 request duration is 1.2s",
     "description": "histogram_quantile(0.99, sum(rate(coredns_dns_request_duration_seconds_bucket[5m])) by (le, server)) > 0.5"})
add("high_latency", "PowerDNS/pdns", "PowerDNS Recursor: slow answers", PDNS,
    {"alertname": "RecursorSlowAnswers", "severity": "warning", "instance": "rec-1.dc1:8082"},
    {"summary": "Resolver answers slowly on rec-1.dc1",
     "description": "More than 20% of answers on rec-1.dc1 took over 100ms (pdns_recursor_answers100_1000 and slower)"})
# A DNS server whose own probe fails is node_down of that server (rule 7).
add("node_down", "coredns/coredns", "CoreDNS: scrape target down", COREDNS_METRICS,
    {"alertname": "CoreDNSDown", "severity": "critical", "job": "kube-dns"},
    {"summary": "CoreDNS has disappeared from Prometheus target discovery",
     "description": "up{job=\"kube-dns\"} == 0 for 15 minutes"})
# systemd-resolved retrying a server with fewer features still answers (null).
for host, server in [("laptop-fleet-22", "192.168.1.1"), ("vpn-gw-1", "10.8.0.1")]:
    add(None, "systemd/systemd", "systemd-resolved: degraded feature set for a DNS server", RESOLVED_SRV,
        {"alertname": "JournalWarnings", "severity": "info", "host": host, "unit": "systemd-resolved.service"},
        {"summary": f"systemd-resolved warnings on {host}",
         "description": f"Using degraded feature set UDP instead of UDP+EDNS0 for DNS server {server}."})
# BIND: a refresh that failed leaves the zone served from the copy on disk (rule 11).
for zone, primary in [("corp.example", "10.0.0.11#53"), ("lab.example", "10.20.0.2#53")]:
    add(None, "isc-projects/bind9", "BIND: zone refresh failed against one primary", BIND_ZONE,
        {"alertname": "NamedLogWarning", "severity": "warning", "host": "ns2.example.net"},
        {"summary": f"zone {zone} refresh failed on ns2.example.net",
         "description": f"xfer-in: info: zone {zone}/IN: refresh: failure trying primary {primary} (source 0.0.0.0#0): timed out"})
# Settings changed (rule 9).
add(None, "coredns/coredns", "CoreDNS: Corefile reload", COREDNS_RELOAD,
    {"alertname": "CoreDNSConfigReloaded", "severity": "info", "namespace": "kube-system"},
    {"summary": "CoreDNS reloaded its Corefile",
     "description": "forward upstreams changed from 8.8.8.8 to 10.0.0.2 and health_check from 0.5s to 1s; [INFO] plugin/reload: Running configuration SHA512 = 3f1c…"})
# gRPC-Java's DEADLINE_EXCEEDED names a "Name resolution delay" that was zero: the call timed out.
for svc, target, secs in [("checkout", "inventory/10.0.3.7:9090", "4.999870512"),
                          ("search-api", "ranker/10.0.8.21:7070", "0.299911734")]:
    add("upstream_timeout", "grpc/grpc-java", "gRPC Java: DEADLINE_EXCEEDED with its name resolution delay", GRPC_JAVA,
        *error_ratio(svc, f"io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: CallOptions deadline exceeded after {secs}s. Name resolution delay 0.000000000 seconds. [closed=[], open=[[buffered_nanos=1203331, remote_addr={target}]]]"))

# ================================================================== upstream_timeout
# nginx: upstream timed out while talking to the backend.
spread("upstream_timeout", "nginx/nginx", "nginx: upstream timed out while reading the response", NGX_UPSTREAM, [
    ("ingress-public", '2026/12/02 10:02:55 [error] 29#29: *77120 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.2.0.9, server: shop.example.com, request: "GET /api/search?q=lamp HTTP/1.1", upstream: "http://10.244.2.31:8080/api/search?q=lamp"'),
    ("api-gw", '[error] 14#14: *5531 upstream timed out (110: Connection timed out) while connecting to upstream, client: 172.16.4.2, server: api.example.com, upstream: "http://10.0.5.18:9000/v1/orders"'),
    ("legacy-portal", "upstream timed out (110: Operation timed out) while reading upstream, upstream: \"fastcgi://unix:/run/php/php8.2-fpm.sock\""),
    ("docs-site", '[error] 11#11: *990 upstream timed out (110: Connection timed out) while SSL handshaking to upstream, upstream: "https://203.0.113.40:443/"'),
    ("media", '[error] 8#8: *3021 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.244.7.4:8081/thumb"'),
])
add("upstream_timeout", "nginx/nginx", "nginx: upstream timeout quoted in a latency alert", NGX_UPSTREAM,
    *latency("checkout-web", "upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: \"http://10.244.1.12:3000/cart\"", p99="30.1"))

# Go net/http clients.
spread("upstream_timeout", "golang/go", "Go net/http: Client.Timeout while awaiting headers", GO_CLIENT, [
    ("shipping", 'Post "http://rates.carrier.internal/quote": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'),
    ("webhook-dispatcher", 'Get "https://hooks.partner.example/notify": net/http: request canceled (Client.Timeout exceeded while awaiting headers)'),
    ("image-proxy", 'Get "http://origin-store:8080/img/1234.webp": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'),
], shapes=[error_ratio, elastic, error_label])
add("upstream_timeout", "caddyserver/caddy", "Caddy: reverse proxy gave up waiting for the upstream", CADDY,
    {"alertname": "CaddyUpstreamErrors", "severity": "warning", "instance": "edge-1:2019"},
    {"summary": "Caddy answered 504 to 3.2% of requests",
     "description": '{"level":"error","logger":"http.log.error","msg":"net/http: timeout awaiting response headers","status":504,"upstream":"app:8000"}'})

# gRPC Go: rpc error with DeadlineExceeded.
spread("upstream_timeout", "grpc/grpc-go", "gRPC Go: DeadlineExceeded from a downstream call", GRPC_GO, [
    ("cart", "rpc error: code = DeadlineExceeded desc = context deadline exceeded"),
    ("frontend", "could not retrieve product: rpc error: code = DeadlineExceeded desc = context deadline exceeded"),
    ("fraud-scoring", "calling model-server: rpc error: code = DeadlineExceeded desc = received context error while waiting for new LB policy update: context deadline exceeded"),
], shapes=[log_count, datadog, latency])
# gRPC Java and Python.
add("upstream_timeout", "grpc/grpc-java", "gRPC Java: DEADLINE_EXCEEDED in a log alert", GRPC_JAVA,
    *elastic("pricing-java", "io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: Context deadline exceeded after 2.000013870s. Name resolution delay 0.000000000 seconds. [closed=[], open=[[remote_addr=fx-rates/10.0.9.3:50051]]]"))
for svc in ["report-builder", "notification-py"]:
    add("upstream_timeout", "grpc/grpc", "gRPC Python: DEADLINE_EXCEEDED raised by a stub call",
        prov("grpc/grpc", "src/python/grpcio/grpc/_channel.py", "bccd32dafa1ed60e745c958a55960cf75c56d7d2"),
        *error_label(svc, 'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.DEADLINE_EXCEEDED details = "Deadline Exceeded">'))

# Ruby Net::HTTP.
spread("upstream_timeout", "ruby/ruby", "Ruby Net::HTTP: read timeout from a dependency", NET_PROTOCOL_RB, [
    ("storefront", "Net::ReadTimeout with #<TCPSocket:(closed)> (calling http://recommendations.internal/v1/for_user)"),
    ("billing-rails", "Faraday::TimeoutError: Net::ReadTimeout with #<TCPSocket:(closed)>"),
    ("admin", "Net::OpenTimeout: execution expired (connecting to reports.internal:443)"),
], shapes=[error_ratio, datadog, latency])

# Spring RestTemplate and Apache HttpClient 5.
spread("upstream_timeout", "spring-projects/spring-framework", "Spring RestTemplate: I/O error with a socket timeout", SPRING, [
    ("orders-java", 'org.springframework.web.client.ResourceAccessException: I/O error on GET request for "http://inventory:8080/api/stock/42": Read timed out'),
    ("claims", 'ResourceAccessException: I/O error on POST request for "https://kyc.vendor.example/verify": Connect timed out'),
], shapes=[error_ratio, log_count])
spread("upstream_timeout", "apache/httpcomponents-client", "Apache HttpClient 5: connect timeout to a remote endpoint", HC5_CONNECT, [
    ("partner-sync", "org.apache.hc.client5.http.ConnectTimeoutException: Connect to http://erp.partner.example:8443 [erp.partner.example/198.51.100.20] failed: Connect timed out"),
    ("ledger-java", "ConnectTimeoutException: Connect to https://fx.bank.example:443 [fx.bank.example/203.0.113.5] failed: connect timed out"),
], shapes=[datadog, elastic])

# Rust: tokio's timeout wrapped around a call to a dependency.
add("upstream_timeout", "tokio-rs/tokio", "tokio: a timeout around an outbound call elapsed", TOKIO,
    *error_label("ingest-rs", "request to schema-registry:8081 failed: deadline has elapsed"))
add("upstream_timeout", "tokio-rs/tokio", "tokio: a timeout around an outbound call in a log alert", TOKIO,
    *log_count("edge-router", "ERROR edge_router::proxy: upstream call to http://10.0.2.14:8080 failed: deadline has elapsed"))

# Gateways answering 504 (label-only evidence, rule 3; Traefik and Caddy map a timeout to 504).
add("upstream_timeout", "traefik/traefik", "Traefik: 504 responses of a service", TRAEFIK,
    {"alertname": "TraefikServiceErrors", "severity": "warning", "service": "shop@kubernetes", "code": "504"},
    {"summary": "Traefik service shop@kubernetes returns errors",
     "description": "sum(rate(traefik_service_requests_total{code=\"504\",service=\"shop@kubernetes\"}[5m])) > 1"})
add("upstream_timeout", "traefik/traefik", "Traefik: gateway timeout share of an entrypoint", TRAEFIK,
    {"alertname": "HighGatewayTimeoutRate", "severity": "critical", "entrypoint": "websecure"},
    {"summary": "2.7% of requests on websecure end in 504 Gateway Timeout"})
add("upstream_timeout", "caddyserver/caddy", "Caddy: 504 status as a label", CADDY,
    {"alertname": "HTTPErrorRatio", "severity": "warning", "handler": "reverse_proxy", "status": "504", "server": "srv0"},
    {"summary": "Error ratio of srv0 is 6.2%"})
add("upstream_timeout", "traefik/traefik", "Traefik: terse payload with a 504 code", TRAEFIK,
    {"alertname": "errors", "code": "504", "router": "api@file"},
    {})

# ================================================================== upstream_timeout look-alikes
# nginx: a client that stopped sending is the client's, not the upstream's (rule 10).
for host in ["ingress-public", "api-gw"]:
    add(None, "nginx/nginx", "nginx: client timed out", NGX_UPSTREAM,
        {"alertname": "NginxLogWarnings", "severity": "info", "app": host},
        {"summary": f"{host}: clients time out",
         "description": "[info] 27#27: *9112 client timed out (110: Connection timed out) while reading client request headers, client: 198.51.100.23, server: 0.0.0.0:443"})
# A Job's own active deadline (rule 10).
for job, ns in [("nightly-report", "analytics"), ("db-backup-full", "ops")]:
    add(None, "kubernetes/kube-state-metrics", "kube-state-metrics: job failed with reason DeadlineExceeded", KSM_JOB,
        {"alertname": "KubeJobFailed", "severity": "warning", "namespace": ns, "job_name": job, "reason": "DeadlineExceeded"},
        {"summary": f"Job {ns}/{job} failed to complete.",
         "description": f"kube_job_status_failed{{job_name=\"{job}\",reason=\"DeadlineExceeded\"}} = 1: the Job ran longer than its activeDeadlineSeconds."})
# Pool acquire timeouts are the pool's (capacity10's family; here only as look-alikes).
for pool, ms in [("HikariPool-1", 30000), ("orders-pool", 5000)]:
    add("connection_pool_exhaustion", "brettwooldridge/HikariCP", "HikariCP: connection not available, request timed out", HIKARI,
        *error_ratio("orders-java", f"java.sql.SQLTransientConnectionException: {pool} - Connection is not available, request timed out after {ms + 4}ms (total=20, active=20, idle=0, waiting=31)"))
add("connection_pool_exhaustion", "apache/httpcomponents-client", "Apache HttpClient 5: timed out leasing a pooled connection", HC5_RUNTIME,
    *log_count("partner-sync", "org.apache.hc.client5.http.impl.classic.ConnectionRequestTimeoutException: timed out leasing a connection from the pool (max per route 5, leased 5, pending 48)"))
# Timeout settings changed (rule 9).
add(None, "nginx/nginx", "nginx: proxy timeout raised in a deploy", NGX_UPSTREAM,
    {"alertname": "ConfigChange", "severity": "info", "app": "ingress-public"},
    {"summary": "proxy_read_timeout raised from 60s to 300s on ingress-public",
     "description": "nginx -s reload after the config change; no upstream errors."})
add(None, "grpc/grpc-go", "gRPC: a client's deadline setting changed", GRPC_GO,
    {"alertname": "ServiceConfigUpdated", "severity": "info", "service": "cart"},
    {"summary": "cart: gRPC call deadline changed from 2s to 5s for GetCart"})
# Latency near a timeout, with no request given up on, is latency.
add("high_latency", "nginx/nginx", "latency rule: p99 close to the proxy timeout", NGX_UPSTREAM,
    {"alertname": "HighRequestLatency", "severity": "warning", "service": "search-api"},
    {"summary": "search-api p99 latency is 27s",
     "description": "p99 request latency of search-api is above 10s for 15 minutes, close to the 30s proxy timeout."})
# Error ratios with no cause quoted stay symptoms; a 502 is not a timeout.
add("high_error_rate", "traefik/traefik", "Traefik: 502 responses of a service", TRAEFIK,
    {"alertname": "TraefikServiceErrors", "severity": "warning", "service": "shop@kubernetes", "code": "502"},
    {"summary": "Traefik service shop@kubernetes returns errors",
     "description": "sum(rate(traefik_service_requests_total{code=\"502\",service=\"shop@kubernetes\"}[5m])) > 1"})
add("high_error_rate", "grpc/grpc-go", "gRPC: failed RPC ratio without a cause", GRPC_GO,
    {"alertname": "GRPCServerErrorsHigh", "severity": "critical", "grpc_service": "cart.CartService"},
    {"summary": "cart.CartService: 8.1% of RPCs fail",
     "description": "sum(rate(grpc_server_handled_total{grpc_code!=\"OK\"}[5m])) / sum(rate(grpc_server_handled_total[5m])) > 0.05"})
# tokio's deadline on a task's own run (a job's own time limit, rule 10).
add(None, "tokio-rs/tokio", "tokio: a maintenance task exceeded its own time budget", TOKIO,
    {"alertname": "CompactionTaskAborted", "severity": "info", "service": "ingest-rs"},
    {"summary": "ingest-rs: compaction run aborted after its 10m budget",
     "description": "compaction task stopped: deadline has elapsed (the run's own limit; it resumes next cycle)"})


# ================================================================== second set of renders
# The same texts in the shapes they also arrive in: Grafana's datasource error state, Kubernetes
# events, Alertmanager's own notification failures, bare check outputs and terse payloads.
add("dns_failure", "golang/go", "Go net: Grafana datasource error state with a lookup failure", GO_DNS,
    {"alertname": "DatasourceError", "grafana_folder": "Infra", "datasource_uid": "influx-prod",
     "ref_id": "A", "rulename": "Disk writes per host",
     "Error": "Post \"http://influxdb:8086/api/v2/query\": dial tcp: lookup influxdb on 127.0.0.11:53: no such host"},
    {"summary": "Rule Disk writes per host could not be evaluated"})
add("dns_failure", "golang/go", "Go net: image pull failing on a registry lookup (Kubernetes event)", GO_DNS,
    {"alertname": "KubePodImagePullFailing", "severity": "warning", "namespace": "payments", "pod": "ledger-7f9c6d5b8-kq2xz", "reason": "ErrImagePull"},
    {"summary": "Pod payments/ledger-7f9c6d5b8-kq2xz cannot pull its image",
     "description": "Failed to pull image \"registry.corp.example/ledger:4.2.1\": rpc error: code = Unknown desc = failed to resolve reference \"registry.corp.example/ledger:4.2.1\": failed to do request: Head \"https://registry.corp.example/v2/ledger/manifests/4.2.1\": dial tcp: lookup registry.corp.example on 10.0.0.2:53: server misbehaving"})
add("dns_failure", "golang/go", "Go net: Alertmanager cannot reach its webhook's host name", GO_DNS,
    {"alertname": "AlertmanagerFailedToSendAlerts", "severity": "warning", "integration": "webhook", "instance": "alertmanager-0"},
    {"summary": "Alertmanager alertmanager-0 failed to send 100% of notifications to webhook.",
     "description": "level=error component=dispatcher msg=\"Notify for alerts failed\" err=\"ops-webhook/webhook[0]: notify retry canceled after 7 attempts: Post \\\"https://hooks.ops.example/alert\\\": dial tcp: lookup hooks.ops.example on 10.96.0.10:53: no such host\""})
add("dns_failure", "golang/go", "Go net: lookup timeout in a Thanos/Loki-style component log", GO_DNS,
    *elastic("loki-distributor", "level=warn caller=memberlist_client.go msg=\"error resolving memberlist members\" err=\"lookup loki-memberlist.loki.svc.cluster.local on 10.96.0.10:53: read udp 10.244.5.3:39811->10.96.0.10:53: i/o timeout\""))
add("dns_failure", "rthalley/dnspython", "dnspython: bare check output", DNSPYTHON,
    *bare("check_mx_records", "mail-gw-1", "CRITICAL - dns.resolver.NoNameservers: All nameservers failed to answer the query example.org. IN MX: Server 10.0.0.53 UDP port 53 answered SERVFAIL"))
add("dns_failure", "ruby/ruby", "Ruby Resolv: bare check output", RESOLV_RB,
    *bare("check_ldap_lookup", "auth-3", "UNKNOWN: Resolv::ResolvError: no address for ldap.corp.example"))
add("dns_failure", "nginx/nginx", "nginx: terse payload", NGX_RESOLVER,
    {"alertname": "nginx_error", "host": "lb-4"},
    {"message": "media-origin.internal could not be resolved (3: Host not found)"})
add("dns_failure", "hickory-dns/hickory-dns", "hickory-dns: terse payload", HICKORY,
    {"alertname": "resolver_error", "service": "mesh-agent"},
    {"error": "no records found for Query { name: Name(\"control-plane.mesh.internal.\"), query_type: A, query_class: IN }"})
add("dns_failure", "netty/netty", "Netty: resolver failure inside a latency alert", NETTY_CTX,
    *latency("gateway-java", "java.net.UnknownHostException: Failed to resolve 'user-profile' [A(1), AAAA(28)] and search domain query for configured domains failed as well: [edge.svc.cluster.local, svc.cluster.local, cluster.local]", p99="5.0"))
add("dns_failure", "c-ares/c-ares", "c-ares: resolver error inside a latency alert", CARES,
    *latency("vertex-client", "503 DNS resolution failed for europe-west4-aiplatform.googleapis.com:443: C-ares status is not ARES_SUCCESS qtype=SRV name=_grpclb._tcp.europe-west4-aiplatform.googleapis.com: Timeout while contacting DNS servers", p99="20.0"))
add("dns_failure", "php/php-src", "PHP: getaddrinfo failure in an Elastic log rule", PHP_NET,
    *elastic("wordpress", "PHP Warning:  fsockopen(): php_network_getaddresses: getaddrinfo for api.payments-provider.example failed: Temporary failure in name resolution in /var/www/html/wp-includes/class-wp-http.php"))
add("dns_failure", "systemd/systemd", "systemd-resolved: DNSSEC failure in a Loki log-count alert", RESOLVED_TX,
    *log_count("systemd-resolved", "DNSSEC validation failed for question updates.vendor.example IN A: failed-auxiliary", n=88))
add("dns_failure", "coredns/coredns", "CoreDNS: errors plugin line in a Datadog log monitor", COREDNS_ERRORS,
    *datadog("coredns", "[ERROR] plugin/errors: 2 storage.googleapis.com. AAAA: read udp 10.8.0.12:53211->169.254.169.254:53: i/o timeout", count=412))
add("dns_failure", "grpc/grpc-java", "gRPC Java: name resolver failure as a Grafana error label", GRPC_JAVA_DNS,
    *error_label("kyc-adapter", "io.grpc.StatusRuntimeException: UNAVAILABLE: Unable to resolve host document-ocr.ml.svc.cluster.local"))

add("upstream_timeout", "golang/go", "Go net/http: Alertmanager notification timed out", GO_CLIENT,
    {"alertname": "AlertmanagerFailedToSendAlerts", "severity": "warning", "integration": "slack", "instance": "alertmanager-1"},
    {"summary": "Alertmanager alertmanager-1 failed to send 42% of notifications to slack.",
     "description": "msg=\"Notify for alerts failed\" err=\"ops/slack[0]: notify retry canceled due to unrecoverable error after 1 attempts: Post \\\"<redacted>\\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\""})
add("upstream_timeout", "golang/go", "Go net/http: bare check output", GO_CLIENT,
    *bare("check_partner_api", "monitor-2", 'CRITICAL: Get "https://api.partner.example/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'))
add("upstream_timeout", "grpc/grpc-go", "gRPC Go: DeadlineExceeded as an error label", GRPC_GO,
    *error_label("payments-go", "rpc error: code = DeadlineExceeded desc = context deadline exceeded"))
add("upstream_timeout", "grpc/grpc-go", "gRPC Go: terse payload", GRPC_GO,
    {"alertname": "rpc_failures", "service": "cart", "grpc_method": "GetCart"},
    {"error": "rpc error: code = DeadlineExceeded desc = context deadline exceeded"})
add("upstream_timeout", "grpc/grpc", "gRPC Python: DEADLINE_EXCEEDED in a Datadog log monitor", prov("grpc/grpc", "src/python/grpcio/grpc/_channel.py", "bccd32dafa1ed60e745c958a55960cf75c56d7d2"),
    *datadog("etl-py", 'grpc.RpcError: <_MultiThreadedRendezvous of RPC that terminated with: status = StatusCode.DEADLINE_EXCEEDED details = "Deadline Exceeded">'))
add("upstream_timeout", "ruby/ruby", "Ruby Net::HTTP: read timeout in an Elastic rule", NET_PROTOCOL_RB,
    *elastic("sidekiq-mailer", "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)> (POST https://api.mail-provider.example/v3/send)"))
add("upstream_timeout", "spring-projects/spring-framework", "Spring RestTemplate: read timeout inside a latency alert", SPRING,
    *latency("quotes-java", 'ResourceAccessException: I/O error on GET request for "http://fx-rates:8080/rates/EUR": Read timed out', p99="10.2"))
add("upstream_timeout", "spring-projects/spring-framework", "Spring: 504 from a downstream service", SPRING_ERR,
    *error_ratio("bff-web", "org.springframework.web.client.HttpServerErrorException$GatewayTimeout: 504 Gateway Timeout: [no body] (GET http://catalog-gw/api/items)"))
add("upstream_timeout", "apache/httpcomponents-client", "Apache HttpClient 5: connect timeout as an error label", HC5_CONNECT,
    *error_label("partner-sync", "Connect to https://edi.partner.example:443 [edi.partner.example/192.0.2.45] failed: Connect timed out"))
add("upstream_timeout", "nginx/nginx", "nginx: upstream timeout as bare output", NGX_UPSTREAM,
    *bare("check_nginx_errorlog", "lb-2", 'CRITICAL - 57 matches: upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.0.3.8:8080/report"'))
add("upstream_timeout", "caddyserver/caddy", "Caddy: timeout in a Loki log-count alert", CADDY,
    *log_count("caddy", '{"level":"error","logger":"http.log.error","msg":"net/http: timeout awaiting response headers","request":{"host":"shop.example.com","uri":"/checkout"},"status":504}', n=63))
add("upstream_timeout", "tokio-rs/tokio", "tokio: timeout around an outbound call in a Datadog monitor", TOKIO,
    *datadog("pricing-rs", "WARN pricing::client: call to inventory-svc timed out: deadline has elapsed"))

# More look-alikes: error ratios and latency with no cause quoted, a 500 from a dependency,
# a slow (not failed) name lookup, and a pool wait inside a latency alert.
add("high_error_rate", "spring-projects/spring-framework", "Spring: 500 from a downstream service in an error-ratio alert", SPRING_ERR,
    *error_ratio("bff-web", "org.springframework.web.client.HttpServerErrorException$InternalServerError: 500 Internal Server Error: [{\"error\":\"unexpected\"}]"))
add("high_error_rate", "grpc/grpc-go", "gRPC Go: Internal errors of a service", GRPC_GO,
    *error_ratio("cart", "rpc error: code = Internal desc = failed to decode cart: unexpected EOF"))
add("high_latency", "coredns/coredns", "CoreDNS: forward latency to an upstream", COREDNS_FORWARD,
    {"alertname": "CoreDNSForwardLatencyHigh", "severity": "warning", "namespace": "kube-system", "to": "10.0.0.2:53"},
    {"summary": "CoreDNS forward p99 to 10.0.0.2:53 is 800ms",
     "description": "histogram_quantile(0.99, sum(rate(coredns_proxy_request_duration_seconds_bucket{to=\"10.0.0.2:53\"}[5m])) by (le)) > 0.25"})
add("connection_pool_exhaustion", "brettwooldridge/HikariCP", "HikariCP: pool wait inside a latency alert", HIKARI,
    *latency("orders-java", "HikariPool-1 - Connection is not available, request timed out after 30001ms (total=10, active=10, idle=0, waiting=57)", p99="30.0"))
add(None, "kubernetes/kube-state-metrics", "kube-state-metrics: terse payload of a Job past its deadline", KSM_JOB,
    {"alertname": "job_failed", "job_name": "export-invoices", "reason": "DeadlineExceeded"},
    {})
add(None, "nginx/nginx", "nginx: terse payload of a client timeout", NGX_UPSTREAM,
    {"alertname": "nginx_info", "host": "lb-1"},
    {"message": "client timed out (110: Connection timed out) while reading client request body"})


# ================================================================== third set: look-alikes
# A deploy pipeline's own wait for a cloud resource (rule 10).
for res, state, last, t in [("aws_db_instance.orders", "available", "creating", "40m0s"),
                            ("aws_elasticache_replication_group.sessions", "available", "modifying", "60m0s")]:
    add(None, "hashicorp/terraform-plugin-sdk", "Terraform: apply gave up waiting for a resource state", TF_STATE,
        {"alertname": "DeployPipelineFailed", "severity": "warning", "pipeline": "infra-prod-apply"},
        {"summary": "infra-prod-apply failed at terraform apply",
         "description": f"Error: waiting for {res} to be created: timeout while waiting for state to become '{state}' (last state: '{last}', timeout: {t})"})
# Clients that stall during our own TLS handshake are the clients' (rule 10).
for svc, client in [("public-api", "203.0.113.99:51514"), ("grafana", "198.51.100.3:40022")]:
    add(None, "golang/go", "Go net/http server: TLS handshake error from a client", GO_SERVER,
        {"alertname": "ServerLogWarnings", "severity": "info", "app": svc},
        {"summary": f"{svc} logs TLS handshake errors",
         "description": f"http: TLS handshake error from {client}: read tcp 10.0.1.5:443->{client}: i/o timeout"})
# Requests the caller cancelled, and client-closed requests, are errors without a cause.
add("high_error_rate", "grpc/grpc-go", "gRPC Go: Canceled calls in an error-rate alert", GRPC_GO_CODES,
    *error_label("search-api", "rpc error: code = Canceled desc = context canceled"))
add("high_error_rate", "traefik/traefik", "Traefik: 499 client-closed requests of a service", TRAEFIK,
    {"alertname": "TraefikServiceErrors", "severity": "warning", "service": "search@kubernetes", "code": "499"},
    {"summary": "Traefik service search@kubernetes returns errors",
     "description": "sum(rate(traefik_service_requests_total{code=\"499\",service=\"search@kubernetes\"}[5m])) > 2"})
# Timeout settings changed (rule 9).
add(None, "spring-projects/spring-framework", "Spring: a client's read timeout changed", SPRING,
    {"alertname": "ConfigRolledOut", "severity": "info", "service": "orders-java"},
    {"summary": "orders-java: RestTemplate read timeout raised from 5s to 15s for inventory calls",
     "description": "Rolled out with release 2026.12.02-3; no errors since."})
add(None, "caddyserver/caddy", "Caddy: a reverse proxy's response header timeout changed", CADDY,
    {"alertname": "ConfigReloaded", "severity": "info", "instance": "edge-1:2019"},
    {"summary": "Caddy config reloaded on edge-1",
     "description": "reverse_proxy transport response_header_timeout set from 30s to 60s; dial_timeout unchanged"})
# Latency alerts that name timeouts only as a possible consequence are latency.
add("high_latency", "caddyserver/caddy", "latency rule: timeouts named as a risk", CADDY,
    {"alertname": "SlowResponses", "severity": "warning", "service": "checkout-web"},
    {"summary": "checkout-web p95 response time is 6.4s",
     "description": "Responses are slow; if this continues clients may start to time out."})
# DNS words in alerts that are not failing lookups.
add(None, "coredns/coredns", "CoreDNS: cache hit ratio low", COREDNS_CACHE,
    {"alertname": "CoreDNSCacheHitRatioLow", "severity": "info", "namespace": "kube-system"},
    {"summary": "CoreDNS cache hit ratio is 31%",
     "description": "sum(rate(coredns_cache_hits_total[10m])) / sum(rate(coredns_dns_requests_total[10m])) < 0.5"})
add(None, "PowerDNS/pdns", "PowerDNS Recursor: query rate above baseline", PDNS,
    {"alertname": "RecursorQueryRateHigh", "severity": "info", "instance": "rec-1.dc1:8082"},
    {"summary": "rec-1.dc1 receives 3x its usual questions per second",
     "description": "rate(pdns_recursor_questions[5m]) is 18,400/s against a 7-day baseline of 6,100/s"})
# A crash loop whose last log line names the failing lookup: the cause wins (rule 1).
for pod, line in [("ledger-5c7d9b8f4-x2r8w", "panic: dial tcp: lookup postgres-primary.db.svc.cluster.local on 10.96.0.10:53: no such host"),
                  ("worker-6b9f7c6d5-p4m2z", "fatal: Resolv::ResolvError: no address for rabbitmq.queues.svc.cluster.local")]:
    add("dns_failure", "golang/go" if "panic" in line else "ruby/ruby",
        "crash loop quoting a failed lookup in its last log line", GO_DNS if "panic" in line else RESOLV_RB,
        {"alertname": "KubePodCrashLooping", "severity": "warning", "namespace": "prod", "pod": pod, "container": "app"},
        {"summary": "Pod is crash looping.",
         "description": f"Pod prod/{pod} (app) is in waiting state (reason: \"CrashLoopBackOff\"). Last log line: {line}"})
# A crash loop with no cause in it stays a crash loop.
add("crash_loop", "kubernetes/kube-state-metrics", "crash loop without a quoted cause", KSM_POD,
    {"alertname": "KubePodCrashLooping", "severity": "warning", "namespace": "prod", "pod": "api-7d9f8c-kv7q2", "container": "api"},
    {"summary": "Pod is crash looping.",
     "description": "Pod prod/api-7d9f8c-kv7q2 (api) is in waiting state (reason: \"CrashLoopBackOff\"), 9 restarts in the last hour."})


# ================================================================== second batch
# Written after the first measurement and the changes made from it; labelled and committed
# before the classifier ran on it. Log-metric alerts grouped by a field of the log line (Loki's
# `sum by (err)`, `sum by (msg)`), so the line arrives as a label (`err`, `msg`, `log`), and
# OpenTelemetry's `exception.message`.

def by_field(field, app, line, n=23):
    """A Loki metric rule grouped by a field extracted from the log line."""
    return ({"alertname": "AppErrorsByMessage", "severity": "warning", "app": app, field: line},
            {"summary": f"{app}: {n} errors with the same message in 5 minutes",
             "description": f'sum by ({field}) (count_over_time({{app="{app}"}} | json | level="error" [5m])) > 10'})


def otel(service, line):
    """An APM error-rate alert keeping the span's exception message as a label."""
    return ({"alertname": "SpanErrorRateHigh", "severity": "warning", "service.name": service,
             "exception.message": line},
            {"summary": f"{service}: 6.3% of spans end in error"})


# dns_failure
add("dns_failure", "golang/go", "Go net: lookup failure as a grouped `err` label", GO_DNS,
    *by_field("err", "payments-go", "dial tcp: lookup ledger.payments.svc.cluster.local on 10.96.0.10:53: no such host"))
add("dns_failure", "nodejs/node", "Node.js: getaddrinfo ENOTFOUND as a grouped `msg` label", NODE_ERRORS,
    *by_field("msg", "storefront-node", "getaddrinfo ENOTFOUND redis-master.cache.svc.cluster.local"))
add("dns_failure", "nodejs/node", "Node.js: c-ares query timeout as a grouped `err` label", NODE_ERRORS,
    *by_field("err", "orders-node", "queryA ETIMEOUT orders-db.internal"))
add("dns_failure", "nodejs/node", "Node.js: SRV lookup failure of a MongoDB seed list", NODE_ERRORS,
    *error_ratio("profile-api", "MongoServerSelectionError: querySrv ENOTFOUND _mongodb._tcp.cluster0.db.example.net"))
add("dns_failure", "netty/netty", "Netty: resolver failure as an OpenTelemetry exception message", NETTY_CTX,
    *otel("pricing-java", "Failed to resolve 'rates-cache' [A(1), AAAA(28)] and search domain query for configured domains failed as well: [pricing.svc.cluster.local, svc.cluster.local, cluster.local]"))
add("dns_failure", "grpc/grpc-java", "gRPC Java: name resolver failure as an OpenTelemetry exception message", GRPC_JAVA_DNS,
    *otel("billing-java", "UNAVAILABLE: Unable to resolve host invoice-renderer"))
add("dns_failure", "nginx/nginx", "nginx: resolver failure as a grouped `log` label", NGX_RESOLVER,
    *by_field("log", "ingress-nginx", "[error] 33#33: *1201 checkout-svc.shop.svc.cluster.local could not be resolved (3: Host not found)"))
add("dns_failure", "golang/go", "Go net: SERVFAIL in an Elastic rule's error.message", GO_DNS,
    {"alertname": "Log threshold breached", "rule_type": "logs.alert.document.count", "service.name": "event-router"},
    {"summary": "44 log entries with error.message in the last 5 minutes for event-router",
     "error.message": "kafka: client has run out of available brokers to talk to: dial tcp: lookup kafka-1.kafka-headless on 10.0.0.2:53: server misbehaving"})
add("dns_failure", "c-ares/c-ares", "c-ares: resolver error as a grouped `err` label", CARES,
    *by_field("err", "recs-py", "DNS resolution failed for embeddings:50051: C-ares status is not ARES_SUCCESS qtype=A name=embeddings is_balancer=0: Could not contact DNS servers"))
add("dns_failure", "rthalley/dnspython", "dnspython: NXDOMAIN as a grouped `msg` label", DNSPYTHON,
    *by_field("msg", "dmarc-reporter", "The DNS query name does not exist: _dmarc.partner.example."))
add("dns_failure", "systemd/systemd", "systemd-resolved: DNSSEC failure as a grouped `msg` label", RESOLVED_TX,
    *by_field("msg", "systemd-resolved", "DNSSEC validation failed for question pkg.vendor.example IN AAAA: signature-expired", n=61))
add("dns_failure", "golang/go", "Go net: terse scrape error with the error only", GO_DNS,
    {"alertname": "scrape_error", "job": "node", "err": 'Get "http://gpu-node-4.dc1:9100/metrics": dial tcp: lookup gpu-node-4.dc1 on 127.0.0.53:53: no such host'},
    {})
add("dns_failure", "hickory-dns/hickory-dns", "hickory-dns: no records as a grouped `log` label", HICKORY,
    *by_field("log", "edge-rs", 'ERROR edge::upstream: resolve failed: no records found for Query { name: Name("origin-eu.cdn.internal."), query_type: A, query_class: IN }'))
add("dns_failure", "NLnetLabs/unbound", "Unbound: validation failure as a grouped `msg` label", UNBOUND,
    *by_field("msg", "unbound", "validation failure <secure.example. A IN>: signature expired from 198.51.100.53 for key secure.example. while building chain of trust", n=140))

# upstream_timeout
add("upstream_timeout", "golang/go", "Go net/http: Client.Timeout as a grouped `err` label", GO_CLIENT,
    *by_field("err", "notifier-go", 'Post "https://push.vendor.example/v1/send": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'))
add("upstream_timeout", "golang/go", "Go net/http: TLS handshake timeout to a dependency", GO_TRANSPORT,
    *by_field("msg", "image-sync", 'Get "https://registry.partner.example/v2/": net/http: TLS handshake timeout'))
add("upstream_timeout", "golang/go", "Go net: connect timeout to a database", GO_DNS,
    *error_label("orders-go", "connecting to orders-db: dial tcp 10.0.4.7:5432: i/o timeout"))
add("upstream_timeout", "grpc/grpc-go", "gRPC Go: DeadlineExceeded as a grouped `msg` label", GRPC_GO,
    *by_field("msg", "cart-go", "rpc error: code = DeadlineExceeded desc = context deadline exceeded"))
add("upstream_timeout", "grpc/grpc-go", "gRPC Go: grpc_code DeadlineExceeded as label-only evidence", GRPC_GO_CODES,
    {"alertname": "GRPCClientErrors", "severity": "warning", "grpc_service": "inventory.Inventory", "grpc_method": "Reserve", "grpc_code": "DeadlineExceeded"},
    {"summary": "inventory.Inventory/Reserve calls fail for checkout"})
add("upstream_timeout", "spring-projects/spring-framework", "Spring RestTemplate: read timeout as an OpenTelemetry exception message", SPRING,
    *otel("claims-java", 'I/O error on GET request for "http://policy-service:8080/policies/981": Read timed out'))
add("upstream_timeout", "ruby/ruby", "Ruby Net::HTTP: read timeout as a grouped `err` label", NET_PROTOCOL_RB,
    *by_field("err", "rails-web", "Net::ReadTimeout with #<TCPSocket:(closed)>"))
add("upstream_timeout", "nginx/nginx", "nginx: upstream timeout as a grouped `log` label", NGX_UPSTREAM,
    *by_field("log", "ingress-nginx", '[error] 31#31: *5512 upstream timed out (110: Operation timed out) while reading response header from upstream, upstream: "http://10.244.3.9:8080/api/report"'))
add("upstream_timeout", "apache/httpcomponents-client", "Apache HttpClient 5: connect timeout as an OpenTelemetry exception message", HC5_CONNECT,
    *otel("edi-java", "Connect to https://as2.partner.example:4080 [as2.partner.example/203.0.113.80] failed: Connect timed out"))
add("upstream_timeout", "caddyserver/caddy", "Caddy: response header timeout as a grouped `msg` label", CADDY,
    *by_field("msg", "caddy", "net/http: timeout awaiting response headers"))
add("upstream_timeout", "grpc/grpc", "gRPC Python: DEADLINE_EXCEEDED as a grouped `msg` label", prov("grpc/grpc", "src/python/grpcio/grpc/_channel.py", "bccd32dafa1ed60e745c958a55960cf75c56d7d2"),
    *by_field("msg", "ranker-py", '<_InactiveRpcError of RPC that terminated with: status = StatusCode.DEADLINE_EXCEEDED details = "Deadline Exceeded">'))

# look-alikes
add("high_error_rate", "grpc/grpc-go", "gRPC Go: canceled calls as a grouped `err` label in an error ratio", GRPC_GO_CODES,
    *error_label("search-go", "context canceled"))
add("high_error_rate", "grpc/grpc-go", "gRPC Go: grpc_code Canceled as label-only evidence", GRPC_GO_CODES,
    {"alertname": "GRPCClientErrors", "severity": "warning", "grpc_service": "search.Search", "grpc_method": "Query", "grpc_code": "Canceled"},
    {"summary": "search.Search/Query calls fail for web-bff"})
add(None, "golang/go", "Go net/http server: TLS handshake errors counted as log lines", GO_SERVER,
    *by_field("msg", "public-api", "http: TLS handshake error from 198.51.100.71:50211: EOF", n=310))
add(None, "nginx/nginx", "nginx: client timeouts counted as log lines", NGX_UPSTREAM,
    *by_field("log", "ingress-nginx", "[info] 31#31: *7781 client timed out (110: Connection timed out) while reading client request body, client: 203.0.113.14", n=95))
add("high_latency", "prometheus/blackbox_exporter", "blackbox_exporter: DNS lookup time of a probe", BLACKBOX_UTILS,
    {"alertname": "BlackboxSlowDNSLookup", "severity": "warning", "instance": "https://shop.example.com"},
    {"summary": "DNS lookup for https://shop.example.com takes 2.3s",
     "description": "avg_over_time(probe_dns_lookup_time_seconds[5m]) > 1"})
add(None, "nginx/nginx", "nginx: a timeout setting changed, as a grouped `msg` label", NGX_UPSTREAM,
    *by_field("msg", "ingress-nginx", "configuration changed: proxy-read-timeout from 60 to 120 for ingress shop/checkout; reloading nginx", n=4))
add("connection_pool_exhaustion", "brettwooldridge/HikariCP", "HikariCP: pool timeout as an OpenTelemetry exception message", HIKARI,
    *otel("ledger-java", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=16, active=16, idle=0, waiting=44)"))
add("high_error_rate", "golang/go", "Go: EOF from a dependency in an error ratio", GO_CLIENT,
    *error_label("checkout-go", 'Post "http://tax-svc:8080/quote": EOF'))
add(None, "kubernetes/kube-state-metrics", "kube-state-metrics: a Pod's own deadline", KSM_POD,
    {"alertname": "KubePodFailed", "severity": "warning", "namespace": "batch", "pod": "reindex-28391-7xk2p", "reason": "DeadlineExceeded"},
    {"summary": "Pod batch/reindex-28391-7xk2p failed",
     "description": "The pod was terminated because it ran past its activeDeadlineSeconds of 3600."})


def main():
    FAMILY.write()


if __name__ == "__main__":
    main()
